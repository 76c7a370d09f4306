/* Neighbourhoods: reference data with CBS codes (admin writes, staff and
 * viewers read). */
#include "neighbourhoods.h"

#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "mem.h"
#include "pagination.h"
#include "queries.h"
#include "resource.h"

static void neighbourhoods_derive_municipality(json_t *body, const char *code,
					       struct validation *validation)
{
	json_t *given = json_object_get(body, "municipality_code");
	char derived[7] = "GM";

	if (code == NULL)
		return;
	/* GM0363, WK036301 and BU03630101 all lie in municipality GM0363. */
	memcpy(derived + 2, code + 2, 4);
	derived[6] = '\0';
	if (given == NULL)
		json_object_set_new(body, "municipality_code", json_string(derived));
	else if (json_is_string(given) && strcmp(json_string_value(given), derived) != 0)
		validation_add(validation, "municipality_code", "must be %s for code %s", derived,
			       code);
}

void neighbourhoods_validate(json_t *body, bool patch, struct validation *validation)
{
	static const char *const keys[] = { "code", "code_year", "name", "municipality_code",
					    "ses_score", NULL };
	const char *code = NULL, *name = NULL, *municipality = NULL;
	long long year;
	double ses;

	validate_known_keys(body, keys, validation);
	validate_string(body, "name", !patch, 1, 200, &name, validation);
	if (patch)
		validate_no_nulls(body, (const char *const[]){ "name", NULL }, validation);
	if (validate_string(body, "code", false, 6, 10, &code, validation) == FIELD_SET &&
	    !validate_cbs_code(code)) {
		validation_add(validation, "code", "must be a CBS code: GM+4, WK+6 or BU+8 "
			       "digits or capitals");
		code = NULL;
	}
	validate_integer(body, "code_year", false, 1900, 2200, &year, validation);
	if (validate_string(body, "municipality_code", false, 6, 6, &municipality, validation) ==
		    FIELD_SET &&
	    !validate_municipality_code(municipality))
		validation_add(validation, "municipality_code", "must be GM followed by 4 digits or capitals");
	validate_number(body, "ses_score", false, -1000, 1000, &ses, validation);
	neighbourhoods_derive_municipality(body, code, validation);
}

/* resource_validator form: context points at a bool, true for a PATCH. */
static void neighbourhoods_check(const json_t *body, void *patch, struct validation *validation)
{
	neighbourhoods_validate((json_t *)body, *(const bool *)patch, validation);
}

static const char conflict[] = "a neighbourhood with this code and year exists already";

static const struct resource_write neighbourhood_create = {
	RESOURCE_WRITE_STATEMENT(query_neighbourhoods_insert, false, false),
	.validate = neighbourhoods_check,
	.status = 201,
	.location = "/v1/neighbourhoods/",
	.not_found = "",
	.conflict = conflict,
};

static const struct resource_write neighbourhood_update = {
	RESOURCE_WRITE_STATEMENT(query_neighbourhoods_update, true, false),
	.validate = neighbourhoods_check,
	.patch = true,
	.status = 200,
	.not_found = "no neighbourhood with this id",
	.conflict = conflict,
};

void neighbourhoods_create(struct http_request *request)
{
	resource_write(request, &neighbourhood_create);
}

void neighbourhoods_update(struct http_request *request)
{
	resource_write(request, &neighbourhood_update);
}

void neighbourhoods_get(struct http_request *request)
{
	const char *values[] = { request->params.values[0] };
	struct resource_call call = {
		.target = DB_READ,
		RESOURCE_STATEMENT(query_neighbourhoods_get, values),
		.status = 200,
		.not_found = "no neighbourhood with this id",
	};

	resource_answer(request, &call);
}

void neighbourhoods_list(struct http_request *request)
{
	struct validation validation;
	struct page page;
	const char *municipality = http_query(request, "municipality_code");
	const char *code = http_query(request, "code");

	validation_init(&validation);
	if (municipality && !validate_municipality_code(municipality))
		validation_add(&validation, "municipality_code", "must be GM followed by 4 digits or capitals");
	if (!resource_page(request, &page, &validation))
		return;
	const char *values[] = { PAGE_PARAMS(page), municipality, code };
	struct resource_call call = {
		.target = DB_READ,
		RESOURCE_STATEMENT(query_neighbourhoods_list, values),
		.status = 200,
		.not_found = "",
		.page = true,
	};

	resource_answer(request, &call);
}
