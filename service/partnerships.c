/* Partnerships: admins create and archive them; coordinators and viewers
 * see those in their scope (every statement takes the scope, NULL = all). */
#include "partnerships.h"

#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "pagination.h"
#include "queries.h"
#include "resource.h"



void partnerships_validate(const json_t *body, bool patch, struct validation *validation)
{
	static const char *const keys[] = { "name", "neighbourhood_id", "description", "contact",
					    NULL };
	char neighbourhood[UUID_TEXT_SIZE];
	const char *text = NULL;

	validate_known_keys(body, keys, validation);
	validate_string(body, "name", !patch, 1, 200, &text, validation);
	if (patch)
		validate_no_nulls(body, (const char *const[]){ "name", NULL }, validation);
	validate_uuid_field(body, "neighbourhood_id", false, neighbourhood, validation);
	validate_string(body, "description", false, 0, 4000, &text, validation);
	validate_string(body, "contact", false, 0, 300, &text, validation);
}

/* resource_validator form: context points at a bool, true for a PATCH. */
static void partnerships_check(const json_t *body, void *patch, struct validation *validation)
{
	partnerships_validate(body, *(const bool *)patch, validation);
}

static const struct resource_write partnership_create = {
	RESOURCE_WRITE_STATEMENT(query_partnerships_insert, false, false),
	.validate = partnerships_check,
	.status = 201,
	.location = "/v1/partnerships/",
	.not_found = "",
	.reference_field = "neighbourhood_id",
};

static const struct resource_write partnership_update = {
	RESOURCE_WRITE_STATEMENT(query_partnerships_update, true, false),
	.validate = partnerships_check,
	.patch = true,
	.status = 200,
	.not_found = "no partnership with this id",
	.reference_field = "neighbourhood_id",
};

void partnerships_create(struct http_request *request)
{
	resource_write(request, &partnership_create);
}

void partnerships_update(struct http_request *request)
{
	resource_write(request, &partnership_update);
}

void partnerships_archive(struct http_request *request)
{
	const char *values[] = { request->params.values[0] };
	struct resource_call call = {
		.target = DB_PRIMARY,
		RESOURCE_STATEMENT(query_partnerships_archive, values),
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
		RESOURCE_STATEMENT(query_partnerships_get, values),
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
		RESOURCE_STATEMENT(query_partnerships_list, values),
		.status = 200,
		.not_found = "",
		.page = true,
	};

	resource_answer(request, &call);
}
