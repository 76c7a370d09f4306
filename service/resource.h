/* What every resource handler does after validation: run one statement
 * whose single value is the JSON answer, and map what can go wrong. */
#ifndef CACD_RESOURCE_H
#define CACD_RESOURCE_H

#include "http.h"

/* A statement may return (state, body): state "ok" answers body with the
 * call's status; any other state is looked up here. */
struct resource_state {
	const char *state;
	int status;
	const char *detail;
};

struct resource_call {
	enum db_target target;
	const struct db_statement *statement;
	int count;
	const char *const *values;
	int status;                  /* on success */
	const char *not_found;       /* detail when the statement gives no row */
	const char *conflict;        /* detail for a unique violation, or NULL */
	const char *reference_field; /* field named on a foreign-key violation */
	const struct resource_state *states; /* NULL-state-terminated, or NULL */
	const char *location;        /* with status 201: "/v1/things/", before the answer's id */
	bool page;                   /* a page of a list: add the Link to the next one */
};

/* A resource_call's statement, count and values, the count checked against
 * the statement when compiled (DB_ARGS in db.h). */
#define RESOURCE_STATEMENT(name, values_) \
	.statement = &name, .count = DB_COUNT_CHECKED(name, DB_LENGTH(values_)), .values = values_

/* Answers with the first column of the first row (JSON text), or with the
 * problem that fits; a NULL value is treated as "not found". */
void resource_answer(struct http_request *request, const struct resource_call *call);

/* Answers 204 when the statement returned a row, else 404 not_found. With
 * states, the row's first value names the outcome: an entry with status 204
 * answers empty, another its problem, an unlisted one 404 not_found. */
void resource_answer_empty(struct http_request *request, const struct resource_call *call);

/* Decodes the body and runs validate on it; answers 4xx and returns NULL on
 * failure. The caller decrefs the returned object. */
typedef void (*resource_validator)(const json_t *body, void *out,
				   struct validation *validation);
json_t *resource_body(struct http_request *request, resource_validator validate, void *out);

/* Decodes and validates the body (context goes to the validator), puts its
 * JSON text at values[body_slot] (call->values must be that array) and
 * answers through call. */
void resource_answer_body(struct http_request *request, resource_validator validate,
			  void *context, const struct resource_call *call, const char **values,
			  size_t body_slot);

/* A create or update whose statement takes the id from the path (when
 * with_id), the caller's scope (when with_scope) and the validated body, in
 * that order: resources differ in these data, not in code. */
struct resource_write {
	const struct db_statement *statement;
	resource_validator validate;  /* gets a pointer to a bool: true for a PATCH */
	bool patch;
	bool with_id;
	bool with_scope;
	int status;
	const char *not_found;
	const char *conflict;
	const char *reference_field;
	const struct resource_state *states;
	const char *location;        /* "/v1/things/", before a created one's id */
};

/* A resource_write's statement: it takes the path's id (id), the caller's
 * scope (scope) and the body, in that order, which the build checks
 * against the statement's own count. */
#define RESOURCE_WRITE_STATEMENT(name, id, scope)                                      \
	.statement = &name, .with_id = (id), .with_scope = (scope) +                      \
		0 * (int)sizeof(char[name##_parameters == 1 + (id) + (scope) ? 1 : -1])

void resource_write(struct http_request *request, const struct resource_write *write);

/* A page of a parent's children: the statement takes limit, cursor time,
 * cursor id, the parent id from the path and the caller's scope, and gives
 * NULL when the parent is not in scope. */
#define RESOURCE_LIST_CHILDREN(request, name, not_found)                              \
	resource_list_children(request, DB_STATEMENT_OF(name, 6), not_found)
void resource_list_children(struct http_request *request, const struct db_statement *statement,
			    const char *not_found);

/* Validates limit/cursor; answers 422 and returns false when bad. */
struct page;
bool resource_page(struct http_request *request, struct page *page,
		   struct validation *validation);

/* A query value that must be a UUID when present: lower-cased into out.
 * Returns the text to pass as a parameter (NULL when absent). */
const char *resource_query_uuid(struct http_request *request, const char *name,
				char out[UUID_TEXT_SIZE], struct validation *validation);

#endif
