/* Members of a partnership, under pseudonyms (staff within their scope).
 * Deleting deactivates: the member's responses stay and keep counting. */
#include "members.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "invitations.h"
#include "json.h"
#include "pagination.h"
#include "queries.h"
#include "resource.h"

const char *const members_sectors[] = { "health_care", "mental_health", "social_care",
				       "welfare", "municipality", "police", "housing",
				       "education", "citizen", "other", NULL };
const char *const members_roles[] = { "professional", "coproducer", "coordinator",
					    "volunteer", "other", NULL };

void members_validate(const json_t *body, bool patch, struct validation *validation)
{
	static const char *const keys[] = { "label", "organisation", "sector", "role", "active",
					    NULL };
	static const char *const required[] = { "label", "sector", "role", NULL };
	const char *text = NULL;
	json_t *active = json_object_get(body, "active");

	validate_known_keys(body, keys, validation);
	if (!patch && active != NULL)
		validation_add(validation, "active", "is set by DELETE and PATCH, not on creation");
	validate_string(body, "label", !patch, 1, 100, &text, validation);
	validate_string(body, "organisation", false, 0, 200, &text, validation);
	validate_choice(body, "sector", !patch, members_sectors, &text, validation);
	validate_choice(body, "role", !patch, members_roles, &text, validation);
	if (active != NULL && !json_is_boolean(active))
		validation_add(validation, "active", "must be true or false");
	if (patch)
		validate_no_nulls(body, required, validation);
}

/* resource_validator form: context points at a bool, true for a PATCH. */
static void members_check(const json_t *body, void *patch, struct validation *validation)
{
	members_validate(body, *(const bool *)patch, validation);
}

static const struct resource_state insert_states[] = {
	{ "archived", 409, "the partnership is archived" },
	{ NULL, 0, NULL },
};

static const char label_conflict[] = "a member with this label exists in the partnership";

static const struct resource_write member_create = {
	RESOURCE_WRITE_STATEMENT(query_members_insert, true, true),
	.validate = members_check,
	.status = 201,
	.location = "/v1/members/",
	.not_found = "no partnership with this id",
	.conflict = label_conflict,
	.states = insert_states,
};

static const struct resource_write member_update = {
	RESOURCE_WRITE_STATEMENT(query_members_update, true, true),
	.validate = members_check,
	.patch = true,
	.status = 200,
	.not_found = "no member with this id",
	.conflict = label_conflict,
};

void members_create(struct http_request *request)
{
	resource_write(request, &member_create);
}

void members_update(struct http_request *request)
{
	resource_write(request, &member_update);
}

void members_deactivate(struct http_request *request)
{
	const char *values[] = { request->params.values[0], request->principal.scope };
	struct resource_call call = {
		.target = DB_PRIMARY,
		RESOURCE_STATEMENT(query_members_deactivate, values),
		.status = 204,
		.not_found = "no member with this id",
	};

	resource_answer_empty(request, &call);
}

static bool members_choice_query(struct http_request *request, const char *name,
				 const char *const *choices, const char **out,
				 struct validation *validation)
{
	const char *value = http_query(request, name);

	*out = NULL;
	if (value == NULL)
		return true;
	for (const char *const *choice = choices; *choice; choice++) {
		if (strcmp(*choice, value) == 0) {
			*out = *choice;
			return true;
		}
	}
	validation_add(validation, name, "is not one of the known values");
	return false;
}

void members_list(struct http_request *request)
{
	const char *inactive = http_query(request, "include_inactive");
	const char *sector, *role;
	struct validation validation;
	struct page page;

	validation_init(&validation);
	members_choice_query(request, "sector", members_sectors, &sector, &validation);
	members_choice_query(request, "role", members_roles, &role, &validation);
	if (inactive && strcmp(inactive, "true") != 0 && strcmp(inactive, "false") != 0)
		validation_add(&validation, "include_inactive", "must be true or false");
	if (!resource_page(request, &page, &validation))
		return;
	const char *values[] = { PAGE_PARAMS(page), request->params.values[0],
				 request->principal.scope, inactive ? inactive : "false",
				 sector, role };
	struct resource_call call = {
		.target = DB_READ,
		RESOURCE_STATEMENT(query_members_list, values),
		.status = 200,
		.not_found = "no partnership with this id",
		.page = true,
	};

	resource_answer(request, &call);
}

static const struct resource_state confirm_states[] = {
	{ "unknown_members", 422, "member_ids: not all of them are members of the partnership" },
	{ NULL, 0, NULL },
};

static void members_confirm_with(struct http_request *request, const char *partnership,
				 const char *member_ids)
{
	const char *values[] = { partnership, member_ids };
	struct resource_call call = {
		.target = DB_PRIMARY,
		RESOURCE_STATEMENT(query_members_confirm, values),
		.status = 200,
		.not_found = partnership ? "no partnership with this id" : "no member with this id",
		.states = confirm_states,
	};

	resource_answer(request, &call);
}

/* The body's member_ids, as invitations name them. */
static void members_confirm_validate(const json_t *body, void *out,
				     struct validation *validation)
{
	static const char *const allowed[] = { "member_ids", NULL };
	struct invitations_request *wanted = out;

	validate_known_keys(body, allowed, validation);
	invitations_validate(body, wanted, validation);
	if (wanted->member_ids == NULL && validation_ok(validation))
		validation_add(validation, "member_ids", "is required: name the members confirmed");
}

void members_confirm_many(struct http_request *request)
{
	struct invitations_request wanted = { 0 };
	json_t *body = resource_body(request, members_confirm_validate, &wanted);

	if (body != NULL)
		members_confirm_with(request, request->params.values[0], wanted.member_ids);
	free(wanted.member_ids);
	json_decref(body);
}

void members_confirm_one(struct http_request *request)
{
	char ids[ROUTE_PARAM_SIZE + 3];

	snprintf(ids, sizeof(ids), "{%s}", request->params.values[0]);
	members_confirm_with(request, NULL, ids);
}
