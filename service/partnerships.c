/* Partnerships: admins create and archive them; coordinators and viewers
 * see those in their scope (every statement takes the scope, NULL = all). */
#include "partnerships.h"

#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "pagination.h"
#include "resource.h"
#include "scope.h"


static const struct db_statement statement_insert = {
	"partnerships_insert",
	"INSERT INTO partnerships AS p (name, neighbourhood_id, description)"
	" VALUES ($1::jsonb->>'name', ($1::jsonb->>'neighbourhood_id')::uuid,"
	" $1::jsonb->>'description') RETURNING cacd_partnership_json(p)::text",
	false,
};


static const struct db_statement statement_update = {
	"partnerships_update",
	"UPDATE partnerships AS p SET " PATCHED("p", "name", "", 2) ", "
	PATCHED("p", "neighbourhood_id", "::uuid", 2) ", " PATCHED("p", "description", "", 2)
	", updated_at = now() WHERE p.id = $1::uuid RETURNING cacd_partnership_json(p)::text",
	false,
};

static const struct db_statement statement_archive = {
	"partnerships_archive",
	"UPDATE partnerships SET archived_at = coalesce(archived_at, now()), updated_at = now()"
	" WHERE id = $1::uuid RETURNING id",
	true,
};

static const struct db_statement statement_get = {
	"partnerships_get",
	"SELECT cacd_partnership_json(p)::text FROM partnerships p"
	" WHERE p.id = $1::uuid AND " SCOPED("p.id", 2),
	true,
};

static const struct db_statement statement_list = {
	"partnerships_list",
	PAGE_ENVELOPE("SELECT p.created_at, p.id, cacd_partnership_json(p) AS item"
		      " FROM partnerships p WHERE " PAGE_AFTER(2, 3) " AND " SCOPED("p.id", 4)
		      " AND ($5::uuid IS NULL OR p.neighbourhood_id = $5::uuid)"
		      " AND ($6::text IS NULL OR p.neighbourhood_id IN (SELECT n.id FROM"
		      " neighbourhoods n WHERE n.municipality_code = $6))"
		      " AND ($7::boolean OR p.archived_at IS NULL)", 1),
	true,
};

void partnerships_validate(const json_t *body, bool patch, struct validation *validation)
{
	static const char *const keys[] = { "name", "neighbourhood_id", "description", NULL };
	char neighbourhood[UUID_TEXT_SIZE];
	const char *text = NULL;

	validate_known_keys(body, keys, validation);
	validate_string(body, "name", !patch, 1, 200, &text, validation);
	if (patch && json_is_null(json_object_get(body, "name")))
		validation_add(validation, "name", "must not be null");
	validate_uuid_field(body, "neighbourhood_id", false, neighbourhood, validation);
	validate_string(body, "description", false, 0, 4000, &text, validation);
}

/* resource_validator form: context points at resource_creating or
 * resource_patching. */
static void partnerships_check(const json_t *body, void *patch, struct validation *validation)
{
	partnerships_validate(body, *(const bool *)patch, validation);
}

void partnerships_create(struct http_request *request)
{
	const char *values[] = { NULL };
	struct resource_call call = {
		.target = DB_PRIMARY,
		.statement = &statement_insert,
		.count = 1,
		.values = values,
		.status = 201,
		.not_found = "",
		.reference_field = "neighbourhood_id",
	};

	resource_answer_body(request, partnerships_check, &resource_creating, &call, values, 0);
}

void partnerships_update(struct http_request *request)
{
	const char *values[] = { request->params.values[0], NULL };
	struct resource_call call = {
		.target = DB_PRIMARY,
		.statement = &statement_update,
		.count = 2,
		.values = values,
		.status = 200,
		.not_found = "no partnership with this id",
		.reference_field = "neighbourhood_id",
	};

	resource_answer_body(request, partnerships_check, &resource_patching, &call, values, 1);
}

void partnerships_archive(struct http_request *request)
{
	const char *values[] = { request->params.values[0] };
	struct resource_call call = {
		.target = DB_PRIMARY,
		.statement = &statement_archive,
		.count = 1,
		.values = values,
		.status = 204,
		.not_found = "no partnership with this id",
	};

	resource_answer_empty(request, &call);
}

void partnerships_get(struct http_request *request)
{
	const char *values[] = { request->params.values[0], request->principal.scope };
	struct resource_call call = {
		.target = DB_READ,
		.statement = &statement_get,
		.count = 2,
		.values = values,
		.status = 200,
		.not_found = "no partnership with this id",
	};

	resource_answer(request, &call);
}

void partnerships_list(struct http_request *request)
{
	struct validation validation;
	char neighbourhood[UUID_TEXT_SIZE];
	const char *neighbourhood_id, *municipality = http_query(request, "municipality_code");
	const char *archived = http_query(request, "include_archived");
	struct page page;

	validation_init(&validation);
	neighbourhood_id = resource_query_uuid(request, "neighbourhood_id", neighbourhood,
					       &validation);
	if (municipality && !validate_municipality_code(municipality))
		validation_add(&validation, "municipality_code", "must be GM followed by 4 digits or capitals");
	if (archived && strcmp(archived, "true") != 0 && strcmp(archived, "false") != 0)
		validation_add(&validation, "include_archived", "must be true or false");
	if (!resource_page(request, &page, &validation))
		return;
	const char *values[] = { PAGE_PARAMS(page), request->principal.scope, neighbourhood_id,
				 municipality, archived ? archived : "false" };
	struct resource_call call = {
		.target = DB_READ,
		.statement = &statement_list,
		.count = 7,
		.values = values,
		.status = 200,
		.not_found = "",
	};

	resource_answer(request, &call);
}
