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

static void waves_validate_create(const json_t *body, void *out, struct validation *validation)
{
	(void)out;
	waves_validate(body, validation);
}

static const struct resource_state insert_states[] = {
	{ "archived", 409, "the partnership is archived" },
	{ "unknown_instrument", 422, "no instrument with this key" },
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

static void invitations_respond(struct http_request *request,
				const struct invitation_batch *batch)
{
	json_t *data = json_array();

	for (size_t i = 0; i < batch->count; i++)
		json_array_append_new(data, json_pack("{s:s, s:s}", "member_id",
						      batch->member_ids[i], "token",
						      batch->tokens[i]));
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
		invitations_respond(request, &batch);
	} else {
		const char *values[] = { request->params.values[0], batch.member_array,
					 batch.hash_array };

		status = http_db_query(request, DB_PRIMARY, &query_waves_invite, 3, values, &result);
		if (status != DB_OK)
			http_respond_db_error(request, status);
		else
			invitations_respond(request, &batch);
	}
	invitations_free(&batch);
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
	else
		invitations_issue(request, db_value(result, 0, 1));
}
