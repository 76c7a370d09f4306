#include "resource.h"

#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "log.h"
#include "pagination.h"

/* The Location of a 201 (call->location, then the new row's id) and the
 * Link to a list's next page: the statement gives the id, or the next
 * cursor (NULL on the last page), as its row's last column, so the answer's
 * JSON is passed on and never read back. */
static void resource_locate(struct http_request *request, const struct resource_call *call,
			    const struct db_result *rows, int body_column)
{
	int last = db_column_count(rows) - 1;

	if ((call->status != 201 || call->location == NULL) && !call->page)
		return;
	if (last <= body_column) {
		log_error("request %s: statement %s gives no id or cursor column",
			  request->request_id, call->statement->name);
		return;
	}
	if (call->page)
		http_add_next_link(request, db_is_null(rows, 0, last) ? NULL
								      : db_value(rows, 0, last));
	else
		http_add_location(request, call->location, db_value(rows, 0, last), "");
}

static void resource_fail(struct http_request *request, const struct resource_call *call,
			  enum db_status status)
{
	struct validation validation;

	if (status == DB_CONFLICT && call->conflict != NULL) {
		http_respond_problem(request, 409, call->conflict);
	} else if (status == DB_FOREIGN_KEY && call->reference_field != NULL) {
		validation_init(&validation);
		validation_add(&validation, call->reference_field, "does not exist");
		http_respond_invalid(request, "the request refers to a record that does not exist",
				     &validation);
	} else {
		http_respond_db_error(request, status);
	}
}

static void resource_answer_state(struct http_request *request,
				  const struct resource_call *call, const struct db_result *rows)
{
	const char *state = db_value(rows, 0, 0);

	if (strcmp(state, "ok") == 0) {
		http_respond_json_text(request, call->status, db_value(rows, 0, 1));
		resource_locate(request, call, rows, 1);
		return;
	}
	for (const struct resource_state *entry = call->states; entry->state; entry++) {
		if (strcmp(entry->state, state) == 0) {
			http_respond_problem(request, entry->status, entry->detail);
			return;
		}
	}
	http_respond_problem(request, 404, call->not_found);
}

void resource_answer(struct http_request *request, const struct resource_call *call)
{
	const struct db_result *result = NULL;
	enum db_status status = http_db_query(request, call->target, call->statement, call->count,
					 call->values, &result);

	if (status != DB_OK) {
		resource_fail(request, call, status);
	} else if (db_row_count(result) == 0 || db_is_null(result, 0, 0)) {
		http_respond_problem(request, 404, call->not_found);
	} else if (call->states != NULL) {
		resource_answer_state(request, call, result);
	} else {
		http_respond_json_text(request, call->status, db_value(result, 0, 0));
		resource_locate(request, call, result, 0);
	}
}

void resource_answer_empty(struct http_request *request, const struct resource_call *call)
{
	const struct db_result *result = NULL;
	enum db_status status = http_db_query(request, call->target, call->statement, call->count,
					 call->values, &result);

	if (status != DB_OK) {
		resource_fail(request, call, status);
		return;
	}
	if (db_row_count(result) == 0) {
		http_respond_problem(request, 404, call->not_found);
		return;
	}
	for (const struct resource_state *entry = call->states; entry && entry->state; entry++) {
		if (strcmp(entry->state, db_value(result, 0, 0)) != 0)
			continue;
		if (entry->status == 204)
			http_respond_empty(request, 204);
		else
			http_respond_problem(request, entry->status, entry->detail);
		return;
	}
	if (call->states != NULL)
		http_respond_problem(request, 404, call->not_found);
	else
		http_respond_empty(request, 204);
}

json_t *resource_body(struct http_request *request, resource_validator validate, void *out)
{
	json_t *body = http_body_object(request);
	struct validation validation;

	if (body == NULL)
		return NULL;
	validation_init(&validation);
	validate(body, out, &validation);
	if (!validation_ok(&validation)) {
		http_respond_invalid(request, "the request body is not valid", &validation);
		json_decref(body);
		return NULL;
	}
	return body;
}

bool resource_page(struct http_request *request, struct page *page,
		   struct validation *validation)
{
	pagination_parse(http_query(request, "limit"), http_query(request, "cursor"), page,
			 validation);
	pagination_parse_since("updated_since", http_query(request, "updated_since"), page,
			       validation);
	if (validation_ok(validation))
		return true;
	http_respond_invalid(request, "the query is not valid", validation);
	return false;
}

const char *resource_query_uuid(struct http_request *request, const char *name,
				char out[UUID_TEXT_SIZE], struct validation *validation)
{
	const char *value = http_query(request, name);

	if (value == NULL)
		return NULL;
	if (!validate_is_uuid(value)) {
		validation_add(validation, name, "must be a UUID");
		return NULL;
	}
	validate_uuid_lower(value, out);
	return out;
}

void resource_answer_body(struct http_request *request, resource_validator validate,
			  void *context, const struct resource_call *call, const char **values,
			  size_t body_slot)
{
	json_t *body = resource_body(request, validate, context);
	size_t length;
	char *text;

	if (body == NULL)
		return;
	text = json_encode(body, &length);
	values[body_slot] = text;
	resource_answer(request, call);
	values[body_slot] = NULL;
	free(text);
	json_decref(body);
}

void resource_list_children(struct http_request *request, const struct db_statement *statement,
			    const char *not_found)
{
	struct validation validation;
	struct page page;

	validation_init(&validation);
	if (!resource_page(request, &page, &validation))
		return;
	const char *values[] = { PAGE_PARAMS(page), request->params.values[0],
				 request->principal.scope };
	struct resource_call call = {
		.target = DB_READ,
		.statement = statement,
		.count = 6,
		.values = values,
		.status = 200,
		.not_found = not_found,
		.page = true,
	};

	resource_answer(request, &call);
}

void resource_write(struct http_request *request, const struct resource_write *write)
{
	const char *values[3] = { NULL };
	size_t count = 0;

	if (write->with_id)
		values[count++] = request->params.values[0];
	if (write->with_scope)
		values[count++] = request->principal.scope;
	struct resource_call call = {
		.target = DB_PRIMARY,
		.statement = write->statement,
		.count = (int)count + 1,
		.values = values,
		.status = write->status,
		.not_found = write->not_found,
		.conflict = write->conflict,
		.reference_field = write->reference_field,
		.states = write->states,
		.location = write->location,
	};

	/* the validator's context: whether this is a PATCH (read during the
	 * call only) */
	bool patching = write->patch;

	resource_answer_body(request, write->validate, &patching, &call, values, count);
}
