/* Waves (measurement rounds) and their invitations. A wave's status comes
 * from its times and an explicit close; it is never stored. */
#include "waves.h"

#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "log.h"
#include "mem.h"
#include "pagination.h"
#include "queries.h"
#include "resource.h"

void waves_validate(const json_t *body, struct validation *validation)
{
	static const char *const keys[] = { "label", "instrument", "opens_at", "closes_at", NULL };
	const char *text = NULL;
	time_t opens = 0, closes = 0;
	bool times = true;

	validate_known_keys(body, keys, validation);
	validate_string(body, "label", true, 1, 100, &text, validation);
	validate_string(body, "instrument", false, 1, 40, &text, validation);
	times &= validate_time_field(body, "opens_at", true, &text, &opens, validation) == FIELD_SET;
	times &= validate_time_field(body, "closes_at", true, &text, &closes, validation) ==
		 FIELD_SET;
	if (times && closes <= opens)
		validation_add(validation, "closes_at", "must be after opens_at");
}

/* A PATCH: any of label and dates, none null; the instrument of a wave
 * never changes. Whether the dates may change depends on the stored wave
 * and is decided by cacd_wave_update. */
void waves_validate_patch(const json_t *body, struct validation *validation)
{
	static const char *const keys[] = { "label", "opens_at", "closes_at", NULL };
	const char *text = NULL;
	time_t opens = 0, closes = 0;
	enum field_presence opens_state, closes_state;

	validate_known_keys(body, keys, validation);
	validate_string(body, "label", false, 1, 100, &text, validation);
	opens_state = validate_time_field(body, "opens_at", false, &text, &opens, validation);
	closes_state = validate_time_field(body, "closes_at", false, &text, &closes, validation);
	for (const char *const *key = keys; *key; key++) {
		if (json_is_null(json_object_get(body, *key)))
			validation_add(validation, *key, "must not be null");
	}
	if (opens_state == FIELD_SET && closes_state == FIELD_SET && closes <= opens)
		validation_add(validation, "closes_at", "must be after opens_at");
}

static void waves_validate_change(const json_t *body, void *out, struct validation *validation)
{
	(void)out;
	waves_validate_patch(body, validation);
}

static const struct resource_state update_states[] = {
	{ "closed", 409, "the wave is closed: its dates and published numbers do not change" },
	{ "closes_before_opens", 409, "closes_at would not be after opens_at" },
	{ "reopens_later", 409, "the wave is open: opens_at cannot move into the future" },
	{ "closes_in_past", 409, "closes_at would be in the past; close a wave with POST "
				 "/v1/waves/{id}/close" },
	{ NULL, 0, NULL },
};

static const struct resource_write wave_update = {
	.statement = &query_waves_update,
	.validate = waves_validate_change,
	.patch = true,
	.with_id = true,
	.with_scope = true,
	.status = 200,
	.not_found = "no wave with this id",
	.conflict = "a wave with this label exists in the partnership",
	.states = update_states,
};

void waves_update(struct http_request *request)
{
	resource_write(request, &wave_update);
}

static const struct resource_state delete_states[] = {
	{ "deleted", 204, NULL },
	{ "has_responses", 409, "the wave has responses; it stays in the record" },
	{ NULL, 0, NULL },
};

/* Only a wave that never held a response goes: a mistake, not history. */
void waves_delete(struct http_request *request)
{
	const char *values[] = { request->params.values[0], request->principal.scope };
	struct resource_call call = {
		.target = DB_PRIMARY,
		.statement = &query_waves_delete,
		.count = 2,
		.values = values,
		.not_found = "no wave with this id",
		.states = delete_states,
	};

	resource_answer_empty(request, &call);
}

static void waves_validate_create(const json_t *body, void *out, struct validation *validation)
{
	(void)out;
	waves_validate(body, validation);
}

static const struct resource_state insert_states[] = {
	{ "archived", 409, "the partnership is archived" },
	{ "unknown_instrument", 422, "no instrument with this key" },
	{ "past_for_admins", 422, "closes_at lies in the past: only an admin creates a past "
				  "round, to enter its paper forms" },
	{ NULL, 0, NULL },
};

static const struct resource_write wave_create = {
	.statement = &query_waves_insert,
	.validate = waves_validate_create,
	.with_id = true,
	.with_scope = true,
	.status = 201,
	.location = "/v1/waves/",
	.not_found = "no partnership with this id",
	.conflict = "a wave with this label exists in the partnership",
	.states = insert_states,
};

void waves_create(struct http_request *request)
{
	resource_write(request, &wave_create);
}

void waves_get(struct http_request *request)
{
	const char *own_wave = request->principal.role == ROLE_RESPONDENT
				       ? request->principal.wave_id : NULL;
	const char *values[] = { request->params.values[0], request->principal.scope, own_wave };
	struct resource_call call = {
		.target = DB_READ,
		.statement = &query_waves_get,
		.count = 3,
		.values = values,
		.status = 200,
		.not_found = "no wave with this id",
	};

	resource_answer(request, &call);
}

void waves_list(struct http_request *request)
{
	resource_list_children(request, &query_waves_list, "no partnership with this id");
}

static const struct resource_state close_states[] = {
	{ "already_closed", 409, "the wave is closed already" },
	{ NULL, 0, NULL },
};

void waves_close(struct http_request *request)
{
	const char *values[] = { request->params.values[0], request->principal.scope };
	struct resource_call call = {
		.target = DB_PRIMARY,
		.statement = &query_waves_close,
		.count = 2,
		.values = values,
		.status = 200,
		.not_found = "no wave with this id",
		.states = close_states,
	};

	resource_answer(request, &call);
}

/* ---- invitations ---- */

struct invitation_batch {
	size_t count;
	char (*member_ids)[UUID_TEXT_SIZE];
	char (*tokens)[AUTH_TOKEN_SIZE];
	char *member_array;  /* "{id,...}" */
	char *hash_array;    /* "{hash,...}" */
};

static void invitations_free(struct invitation_batch *batch)
{
	if (batch->tokens != NULL)
		explicit_bzero(batch->tokens, batch->count * AUTH_TOKEN_SIZE);
	free(batch->member_ids);
	free(batch->tokens);
	free(batch->member_array);
	free(batch->hash_array);
}

/* Parses the "{id,id}" array text of invitees and makes one token each. */
static enum result invitations_prepare(const char *members, struct invitation_batch *batch)
{
	size_t length = strlen(members);
	size_t capacity = length / 36 + 1;
	size_t used = 1;

	memset(batch, 0, sizeof(*batch));
	batch->member_ids = mem_calloc(capacity, UUID_TEXT_SIZE);
	batch->tokens = mem_calloc(capacity, AUTH_TOKEN_SIZE);
	batch->member_array = mem_strdup(members);
	batch->hash_array = mem_alloc(capacity * CRYPTO_SHA256_HEX_SIZE + 3);
	batch->hash_array[0] = '{';
	for (const char *at = members + 1; at + 36 <= members + length; at += 37) {
		char hash[CRYPTO_SHA256_HEX_SIZE];

		memcpy(batch->member_ids[batch->count], at, 36);
		if (auth_token_generate(batch->tokens[batch->count], hash) != RESULT_OK)
			return RESULT_ERROR;
		if (batch->count > 0)
			batch->hash_array[used++] = ',';
		memcpy(batch->hash_array + used, hash, CRYPTO_SHA256_HEX_SIZE - 1);
		used += CRYPTO_SHA256_HEX_SIZE - 1;
		batch->count++;
	}
	memcpy(batch->hash_array + used, "}", 2);
	return RESULT_OK;
}

/* The link to send: the configured form address with the token in it, or
 * null when none is configured. */
static json_t *invitations_link(const char *form_url, const char *token)
{
	const char *slot = strstr(form_url, "{token}");
	char *link;
	json_t *value;

	if (*form_url == '\0' || slot == NULL)
		return json_null();
	link = mem_printf("%.*s%s%s", (int)(slot - form_url), form_url, token,
			  slot + strlen("{token}"));
	value = json_string(link);
	free(link);
	return value;
}

/* Adds each invitee's token and link to the statement's entries; false
 * when the entries are not the batch's members in the batch's order. */
static bool invitations_complete(json_t *data, const struct invitation_batch *batch,
				 const char *form_url)
{
	if (!json_is_array(data) || json_array_size(data) != batch->count)
		return false;
	for (size_t i = 0; i < batch->count; i++) {
		json_t *entry = json_array_get(data, i);
		const char *member = json_string_value(json_object_get(entry, "member_id"));

		if (member == NULL || strcmp(member, batch->member_ids[i]) != 0)
			return false;
		json_object_set_new(entry, "token", json_string(batch->tokens[i]));
		json_object_set_new(entry, "link", invitations_link(form_url, batch->tokens[i]));
	}
	return true;
}

/* issued: the statement's {member_id, label, expires_at} per invitee, in
 * the batch's order (NULL when there were none). Tokens and links exist
 * only in this answer. */
static void invitations_respond(struct http_request *request,
				const struct invitation_batch *batch, const char *issued)
{
	json_t *data = issued != NULL ? json_loads(issued, 0, NULL) : json_array();

	if (!invitations_complete(data, batch, request->config->form_url)) {
		log_error("request %s: the issued invitations do not match the batch",
			  request->request_id);
		json_decref(data);
		http_respond_problem(request, 500, "an internal error occurred; it has been logged");
		return;
	}
	http_respond_json(request, 201, json_pack("{s:o}", "data", data));
	http_add_location(request, "/v1/waves/", request->params.values[0], "/invitations");
}

static void invitations_issue(struct http_request *request, const char *members)
{
	struct invitation_batch batch;
	const struct db_result *result = NULL;
	enum db_status status;

	if (invitations_prepare(members, &batch) != RESULT_OK) {
		log_error("request %s: no randomness for tokens", request->request_id);
		http_respond_problem(request, 500, "an internal error occurred; it has been logged");
	} else if (batch.count == 0) {
		invitations_respond(request, &batch, NULL);
	} else {
		const char *values[] = { request->params.values[0], batch.member_array,
					 batch.hash_array };

		status = http_db_query(request, DB_PRIMARY, &query_waves_invite, 3, values, &result);
		if (status != DB_OK)
			http_respond_db_error(request, status);
		else
			invitations_respond(request, &batch, db_value(result, 0, 0));
	}
	invitations_free(&batch);
}

/* Who was invited and who has responded; never answers or tokens. */
void waves_invitations(struct http_request *request)
{
	const char *values[] = { request->params.values[0], request->principal.scope };
	struct resource_call call = {
		.target = DB_PRIMARY,
		.statement = &query_waves_invitations,
		.count = 2,
		.values = values,
		.status = 200,
		.not_found = "no wave with this id",
	};

	resource_answer(request, &call);
}

void waves_invite(struct http_request *request)
{
	const char *values[] = { request->params.values[0], request->principal.scope };
	const struct db_result *result = NULL;
	enum db_status status = http_db_query(request, DB_PRIMARY, &query_waves_invitees, 2, values,
					      &result);

	if (status != DB_OK)
		http_respond_db_error(request, status);
	else if (db_row_count(result) == 0)
		http_respond_problem(request, 404, "no wave with this id");
	else if (strcmp(db_value(result, 0, 0), "closed") == 0)
		http_respond_problem(request, 409, "the wave is closed");
	else if (strcmp(db_value(result, 0, 2), "t") == 0)
		http_respond_problem(request, 409, "the partnership is archived: it takes no new "
					"members or invitations");
	else
		invitations_issue(request, db_value(result, 0, 1));
}
