/* POST/GET/DELETE /v1/tokens (admin). The secret is returned once and never
 * stored, listed or logged; lists show metadata only. */
#include "tokens.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "mem.h"
#include "pagination.h"
#include "queries.h"
#include "resource.h"

static void tokens_validate_scope(const json_t *body, struct token_request *out,
				  struct validation *validation)
{
	json_t *ids = json_object_get(body, "partnership_ids");
	size_t index, used = 1;
	json_t *id;

	out->partnership_ids = mem_alloc(TOKENS_MAX_PARTNERSHIPS * (UUID_TEXT_SIZE + 1) + 3);
	strcpy(out->partnership_ids, "{");
	if (ids == NULL || json_is_null(ids)) {
		strcat(out->partnership_ids, "}");
		return;
	}
	if (!json_is_array(ids) || json_array_size(ids) > TOKENS_MAX_PARTNERSHIPS) {
		validation_add(validation, "partnership_ids", "must be an array of at most %d UUIDs",
			       TOKENS_MAX_PARTNERSHIPS);
		return;
	}
	json_array_foreach(ids, index, id) {
		char lower[UUID_TEXT_SIZE];

		if (!json_is_string(id) || !validate_is_uuid(json_string_value(id))) {
			validation_add(validation, "partnership_ids", "item %zu is not a UUID", index);
			return;
		}
		validate_uuid_lower(json_string_value(id), lower);
		if (strstr(out->partnership_ids, lower) != NULL) {
			validation_add(validation, "partnership_ids", "item %zu is a duplicate", index);
			return;
		}
		used += (size_t)sprintf(out->partnership_ids + used, "%s%s", index ? "," : "", lower);
	}
	strcat(out->partnership_ids, "}");
	out->partnership_count = json_array_size(ids);
}

static void tokens_validate_role(const struct token_request *out,
				 struct validation *validation)
{
	if (out->role == ROLE_RESPONDENT)
		validation_add(validation, "role", "respondent tokens come from "
			       "POST /v1/waves/{id}/invitations");
	else if (out->role == ROLE_COORDINATOR && out->partnership_count == 0)
		validation_add(validation, "partnership_ids",
			       "a coordinator token needs at least one partnership");
	else if ((out->role == ROLE_ADMIN || out->role == ROLE_METRICS) &&
		 out->partnership_count > 0)
		validation_add(validation, "partnership_ids", "admin and metrics tokens are not scoped");
}

void tokens_validate(const json_t *body, time_t now, struct token_request *out,
		     struct validation *validation)
{
	static const char *const keys[] = { "role", "partnership_ids", "label", "expires_at",
					    NULL };
	static const char *const roles[] = { "admin", "coordinator", "viewer", "respondent",
					     "metrics", NULL };
	const char *role = NULL;
	time_t expires = 0;

	memset(out, 0, sizeof(*out));
	validate_known_keys(body, keys, validation);
	if (validate_choice(body, "role", true, roles, &role, validation) == FIELD_SET &&
	    !auth_role_parse(role, &out->role))
		validation_add(validation, "role", "is not a role");
	tokens_validate_scope(body, out, validation);
	validate_string(body, "label", false, 1, 200, &out->label, validation);
	if (validate_time_field(body, "expires_at", false, &out->expires_at, &expires,
				validation) == FIELD_SET &&
	    expires <= now)
		validation_add(validation, "expires_at", "must be in the future");
	if (out->role != 0)
		tokens_validate_role(out, validation);
}

void tokens_request_clear(struct token_request *request)
{
	free(request->partnership_ids);
	request->partnership_ids = NULL;
}

enum db_status tokens_issue(const struct token_request *request, char token[AUTH_TOKEN_SIZE],
			    char **metadata)
{
	char hash[CRYPTO_SHA256_HEX_SIZE];
	const char *values[5];
	struct db_result result;
	enum db_status status;

	*metadata = NULL;
	if (auth_token_generate(token, hash) != RESULT_OK) {
		log_error("tokens: no randomness available");
		return DB_ERROR;
	}
	values[0] = hash;
	values[1] = auth_role_name(request->role);
	values[2] = request->partnership_ids;
	values[3] = request->label;
	values[4] = request->expires_at;
	status = db_query(DB_PRIMARY, DB_ARGS(query_tokens_insert, values), &result);
	if (status == DB_OK && db_row_count(&result) == 1)
		*metadata = mem_strdup(db_value(&result, 0, 0));
	db_result_clear(&result);
	return status;
}

static void tokens_respond_created(struct http_request *request, const char *metadata,
				   const char *token)
{
	json_t *body = json_loads(metadata, 0, NULL);

	if (body == NULL) {
		http_respond_problem(request, 500, "an internal error occurred");
		return;
	}
	json_object_set_new(body, "token", json_string(token));
	http_respond_json(request, 201, json_incref(body));
	http_add_location(request, "/v1/tokens/", json_string_value(json_object_get(body, "id")), "");
	json_decref(body);
}

void tokens_create(struct http_request *request)
{
	json_t *body = http_body_object(request);
	struct token_request token_request;
	struct validation validation;
	char token[AUTH_TOKEN_SIZE];
	char *metadata = NULL;
	enum db_status status;

	if (body == NULL)
		return;
	validation_init(&validation);
	tokens_validate(body, time(NULL), &token_request, &validation);
	if (!validation_ok(&validation)) {
		http_respond_invalid(request, "the token request is not valid", &validation);
	} else {
		status = tokens_issue(&token_request, token, &metadata);
		if (status != DB_OK) {
			http_respond_db_error(request, status);
		} else if (metadata == NULL) {
			validation_add(&validation, "partnership_ids", "names a partnership that does not exist");
			http_respond_invalid(request, "the token request is not valid", &validation);
		} else {
			tokens_respond_created(request, metadata, token);
		}
	}
	explicit_bzero(token, sizeof(token));
	free(metadata);
	tokens_request_clear(&token_request);
	json_decref(body);
}

void tokens_list(struct http_request *request)
{
	static const char *const roles[] = { "admin", "coordinator", "viewer", "respondent",
					     "metrics" };
	const char *role = http_query(request, "role");
	struct validation validation;
	struct page page;
	bool known_role = role == NULL;

	validation_init(&validation);
	pagination_parse(http_query(request, "limit"), http_query(request, "cursor"), &page,
			 &validation);
	pagination_parse_since("updated_since", http_query(request, "updated_since"), &page,
			       &validation);
	for (size_t i = 0; i < ARRAY_LENGTH(roles) && role != NULL; i++)
		known_role = known_role || strcmp(roles[i], role) == 0;
	if (!known_role)
		validation_add(&validation, "role",
			       "must be admin, coordinator, viewer, respondent or metrics");
	if (!validation_ok(&validation)) {
		http_respond_invalid(request, "the query is not valid", &validation);
		return;
	}
	const char *values[] = { PAGE_PARAMS(page), role };
	struct resource_call call = {
		.target = DB_READ,
		RESOURCE_STATEMENT(query_tokens_list, values),
		.status = 200,
		.not_found = "",
		.page = true,
	};

	resource_answer(request, &call);
}

void tokens_revoke(struct http_request *request)
{
	const char *values[] = { request->params.values[0] };
	const struct db_result *result = NULL;
	enum db_status status = http_db_query(request, DB_PRIMARY, DB_ARGS(query_tokens_revoke, values),
					      &result);

	if (status != DB_OK)
		http_respond_db_error(request, status);
	else if (db_row_count(result) == 0)
		http_respond_problem(request, 404, "no token with this id");
	else
		http_respond_empty(request, 204);
}
