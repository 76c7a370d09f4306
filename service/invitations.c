#include "invitations.h"

#include <stdlib.h>
#include <string.h>

#include "accept.h"
#include "invitations_print.h"
#include "log.h"
#include "mem.h"
#include "queries.h"
#include "resource.h"

/* At most this many members named in one call. */
#define INVITATIONS_MAX_NAMED 1000

/* ---- links ---- */

/* text with every occurrence of slot replaced by value; caller frees. */
static char *invitations_replace(const char *text, const char *slot, const char *value)
{
	size_t slot_length = strlen(slot), value_length = strlen(value), count = 0;
	char *out, *to;

	for (const char *at = text; (at = strstr(at, slot)) != NULL; at += slot_length)
		count++;
	out = mem_alloc(strlen(text) + count * value_length + 1);
	to = out;
	for (const char *at = text;;) {
		const char *next = strstr(at, slot);

		if (next == NULL) {
			strcpy(to, at);
			return out;
		}
		memcpy(to, at, (size_t)(next - at));
		to += next - at;
		memcpy(to, value, value_length);
		to += value_length;
		at = next + slot_length;
	}
}

char *invitations_link(const struct config *config, const char *code, const char *wave_id,
		       const char *member_id)
{
	char *with_code, *with_wave, *link;

	if (config->form_url[0] == '\0')
		return mem_printf("%s/i/%s", config->public_url, code);
	with_code = invitations_replace(config->form_url, "{code}", code);
	link = invitations_replace(with_code, "{token}", code);
	free(with_code);
	with_wave = invitations_replace(link, "{wave_id}", wave_id);
	free(link);
	link = invitations_replace(with_wave, "{member_id}", member_id);
	free(with_wave);
	return link;
}

/* ---- the request ---- */

static void invitations_validate_members(const json_t *list, struct invitations_request *out,
					 struct validation *validation)
{
	size_t index, used = 1;
	json_t *item;

	if (!json_is_array(list) || json_array_size(list) == 0 ||
	    json_array_size(list) > INVITATIONS_MAX_NAMED) {
		validation_add(validation, "member_ids", "must be an array of 1 to %d member ids",
			       INVITATIONS_MAX_NAMED);
		return;
	}
	out->member_ids = mem_alloc(json_array_size(list) * UUID_TEXT_SIZE + 3);
	out->member_ids[0] = '{';
	json_array_foreach(list, index, item) {
		const char *id = json_string_value(item);

		if (id == NULL || !validate_is_uuid(id)) {
			validation_add(validation, "member_ids", "item %zu is not a member id", index);
			return;
		}
		if (index > 0)
			out->member_ids[used++] = ',';
		validate_uuid_lower(id, out->member_ids + used);
		used += UUID_TEXT_SIZE - 1;
	}
	memcpy(out->member_ids + used, "}", 2);
}

void invitations_validate(const json_t *body, struct invitations_request *out,
			  struct validation *validation)
{
	static const char *const allowed[] = { "member_ids", "reissue", NULL };
	const json_t *reissue = json_object_get(body, "reissue");
	const json_t *members = json_object_get(body, "member_ids");

	memset(out, 0, sizeof(*out));
	validate_known_keys(body, allowed, validation);
	if (reissue != NULL && !json_is_boolean(reissue))
		validation_add(validation, "reissue", "must be true or false");
	out->reissue = json_is_true(reissue);
	if (members != NULL)
		invitations_validate_members(members, out, validation);
	if (out->reissue && members == NULL)
		validation_add(validation, "member_ids", "is required with reissue: name the "
			       "members whose links are replaced");
}

static void invitations_validate_body(const json_t *body, void *out,
				      struct validation *validation)
{
	invitations_validate(body, out, validation);
}

/* ---- issuing codes ---- */

struct invitation_batch {
	size_t count;
	char (*member_ids)[UUID_TEXT_SIZE];
	char (*codes)[AUTH_CODE_SIZE];
	char *member_array;  /* "{id,...}" */
	char *hash_array;    /* "{hash,...}" */
};

static void invitation_batch_free(struct invitation_batch *batch)
{
	if (batch->codes != NULL)
		explicit_bzero(batch->codes, batch->count * AUTH_CODE_SIZE);
	free(batch->member_ids);
	free(batch->codes);
	free(batch->member_array);
	free(batch->hash_array);
}

/* Parses the "{id,id}" array text of invitees and makes one code each. */
static enum result invitation_batch_prepare(const char *members,
					    struct invitation_batch *batch)
{
	size_t length = strlen(members), capacity = length / 36 + 1, used = 1;

	memset(batch, 0, sizeof(*batch));
	batch->member_ids = mem_calloc(capacity, UUID_TEXT_SIZE);
	batch->codes = mem_calloc(capacity, AUTH_CODE_SIZE);
	batch->member_array = mem_strdup(members);
	batch->hash_array = mem_alloc(capacity * CRYPTO_SHA256_HEX_SIZE + 3);
	batch->hash_array[0] = '{';
	for (const char *at = members + 1; at + 36 <= members + length; at += 37) {
		char hash[CRYPTO_SHA256_HEX_SIZE];

		memcpy(batch->member_ids[batch->count], at, 36);
		if (auth_code_generate(batch->codes[batch->count], hash) != RESULT_OK)
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

/* Adds each invitee's code and link to the statement's entries; false when
 * the entries are not the batch's members in the batch's order. */
static bool invitation_batch_complete(json_t *data, const struct invitation_batch *batch,
				      const struct config *config, const char *wave_id)
{
	if (!json_is_array(data) || json_array_size(data) != batch->count)
		return false;
	for (size_t i = 0; i < batch->count; i++) {
		json_t *entry = json_array_get(data, i);
		const char *member = json_string_value(json_object_get(entry, "member_id"));

		if (member == NULL || strcmp(member, batch->member_ids[i]) != 0)
			return false;
		char *link = invitations_link(config, batch->codes[i], wave_id, member);

		json_object_set_new(entry, "code", json_string(batch->codes[i]));
		json_object_set_new(entry, "link", json_string(link));
		free(link);
	}
	return true;
}

static void invitations_respond_as(struct http_request *request, enum http_format format,
				   const struct invitations_round *round, json_t *data)
{
	struct csv table;
	size_t length;
	char *page;

	if (format == FORMAT_HTML) {
		page = invitations_print(form_language_of(validate_language_or(
						 http_query(request, "lang"),
						 http_header(request, "Accept-Language"), "nl")),
					 round, data, &length);
		http_respond_bytes(request, 201, "text/html; charset=utf-8", page, length);
		http_add_header(request, "Content-Security-Policy",
				"default-src 'self'; frame-ancestors 'none'; base-uri 'none'");
		http_add_header(request, "Referrer-Policy", "no-referrer");
		json_decref(data);
	} else if (format != FORMAT_JSON) {
		if (http_table_start(request, format, &table, "invitations")) {
			invitations_table(&table, data);
			http_respond_table(request, format, &table, -1);
			request->status = 201;
		}
		json_decref(data);
	} else {
		http_respond_json(request, 201, json_pack("{s:o}", "data", data));
	}
	http_add_location(request, "/v1/waves/", request->params.values[0], "/invitations");
}

/* issued: the statement's {member_id, label, role, sector, expires_at} per
 * invitee, in the batch's order (NULL when there were none). Codes and
 * links exist only in this answer. */
static void invitations_respond(struct http_request *request,
				const struct invitation_batch *batch, const char *issued,
				enum http_format format,
				const struct invitations_round *round)
{
	json_t *data = issued != NULL ? json_loads(issued, 0, NULL) : json_array();

	if (!invitation_batch_complete(data, batch, request->config, request->params.values[0])) {
		log_error("request %s: the issued invitations do not match the batch",
			  request->request_id);
		json_decref(data);
		http_respond_problem(request, 500, "an internal error occurred; it has been logged");
		return;
	}
	invitations_respond_as(request, format, round, data);
}

static void invitations_issue(struct http_request *request, const char *members, bool reissue,
			      enum http_format format,
			      const struct invitations_round *round)
{
	struct invitation_batch batch;
	const struct db_result *result = NULL;
	enum db_status status;

	if (invitation_batch_prepare(members, &batch) != RESULT_OK) {
		log_error("request %s: no randomness for invitation codes", request->request_id);
		http_respond_problem(request, 500, "an internal error occurred; it has been logged");
	} else if (batch.count == 0) {
		invitations_respond(request, &batch, NULL, format, round);
	} else {
		const char *values[] = { request->params.values[0], batch.member_array,
					 batch.hash_array, reissue ? "true" : "false" };

		status = http_db_query(request, DB_PRIMARY, DB_ARGS(query_invitations_issue, values),
				       &result);
		if (status != DB_OK)
			http_respond_db_error(request, status);
		else
			invitations_respond(request, &batch, db_value(result, 0, 0), format, round);
	}
	invitation_batch_free(&batch);
}

/* The invitees' row: 404, 409 or 422 when the wave takes no invitations. */
static bool invitations_allowed(struct http_request *request, const struct db_result *result)
{
	if (db_row_count(result) == 0) {
		http_respond_problem(request, 404, "no wave with this id");
		return false;
	}
	if (strcmp(db_value(result, 0, 0), "closed") == 0) {
		http_respond_problem(request, 409, "the wave is closed");
		return false;
	}
	if (strcmp(db_value(result, 0, 1), "t") == 0) {
		http_respond_problem(request, 409, "the partnership is archived: it takes no new "
					"members or invitations");
		return false;
	}
	if (!db_is_null(result, 0, 3)) {
		struct validation validation;

		validation_init(&validation);
		validation_add(&validation, "member_ids", "not active members of the wave's "
			       "partnership: %s", db_value(result, 0, 3));
		http_respond_invalid(request, "the request body is not valid", &validation);
		return false;
	}
	return true;
}

void invitations_create(struct http_request *request)
{
	struct invitations_request wanted = { 0 };
	const struct db_result *result = NULL;
	enum http_format format;
	enum db_status status;
	json_t *body = NULL;

	if (!http_format_wanted_of(request, FORMAT_HTML + 1, &format))
		return;
	if (request->body_length > 0) {
		body = resource_body(request, invitations_validate_body, &wanted);
		if (body == NULL) {
			free(wanted.member_ids);
			return;
		}
	}
	const char *values[] = { request->params.values[0], request->principal.scope,
				 wanted.member_ids, wanted.reissue ? "true" : "false" };

	status = http_db_query(request, DB_PRIMARY, DB_ARGS(query_invitations_invitees, values), &result);
	if (status != DB_OK)
		http_respond_db_error(request, status);
	else if (invitations_allowed(request, result)) {
		struct invitations_round round = { db_value(result, 0, 6), db_value(result, 0, 4),
						   db_value(result, 0, 5) };

		invitations_issue(request, db_value(result, 0, 2), wanted.reissue, format, &round);
	}
	free(wanted.member_ids);
	json_decref(body);
}

void invitations_list(struct http_request *request)
{
	char minimum[24];
	const char *values[] = { request->params.values[0], request->principal.scope, minimum };
	struct resource_call call = {
		.target = DB_PRIMARY,
		RESOURCE_STATEMENT(query_invitations_list, values),
		.status = 200,
		.not_found = "no wave with this id",
	};

	snprintf(minimum, sizeof(minimum), "%ld", request->config->min_group_size);
	resource_answer(request, &call);
}

/* ---- claiming a code ---- */

/* The outcome of a claim that made no session: the problem that says it. */
static void invitations_refuse(struct http_request *request, const char *outcome)
{
	if (strcmp(outcome, "unknown") == 0)
		http_respond_problem(request, 404, "no invitation has this code: check the link, or "
					"ask your coordinator for a new one");
	else if (strcmp(outcome, "spent") == 0)
		http_respond_problem(request, 410, "this invitation link was already used; ask your "
					"coordinator for a new one");
	else if (strcmp(outcome, "expired") == 0)
		http_respond_problem(request, 410, "this invitation link has expired; ask your "
					"coordinator for a new one");
	else
		http_respond_problem(request, 410, "the round this invitation is for is not open");
}

/* The session the claim made is who the audit names. */
static void invitations_principal(struct http_request *request, const struct db_result *result)
{
	snprintf(request->principal.token_id, sizeof(request->principal.token_id), "%s",
		 db_value(result, 0, 2));
	request->principal.role = ROLE_RESPONDENT;
	snprintf(request->principal.wave_id, sizeof(request->principal.wave_id), "%s",
		 db_value(result, 0, 3));
	snprintf(request->principal.member_id, sizeof(request->principal.member_id), "%s",
		 db_value(result, 0, 4));
}

enum db_status invitations_redeem(struct http_request *request, const char *code,
				  char token[AUTH_TOKEN_SIZE], const struct db_result **result)
{
	char code_hash[CRYPTO_SHA256_HEX_SIZE], token_hash[CRYPTO_SHA256_HEX_SIZE];
	const char *values[] = { code_hash, token_hash };
	enum db_status status;

	auth_code_hash(code, code_hash);
	if (auth_token_generate(token, token_hash) != RESULT_OK) {
		log_error("request %s: no randomness for a session token", request->request_id);
		return DB_ERROR;
	}
	status = http_db_query(request, DB_PRIMARY, DB_ARGS(query_invitations_claim, values), result);
	if (status != DB_OK)
		return status;
	/* the invitation is what the audit row is about; never the code */
	snprintf(request->location_id, sizeof(request->location_id), "%s",
		 db_value(*result, 0, 1));
	if (strcmp(db_value(*result, 0, 0), "claimed") == 0) {
		invitations_principal(request, *result);
		snprintf(request->principal.token_hash, sizeof(request->principal.token_hash), "%s",
			 token_hash);
	}
	return DB_OK;
}

static void invitations_exchange(struct http_request *request, const char *code)
{
	char token[AUTH_TOKEN_SIZE];
	const struct db_result *result = NULL;
	enum db_status status = invitations_redeem(request, code, token, &result);

	if (status != DB_OK) {
		http_respond_db_error(request, status);
	} else if (strcmp(db_value(result, 0, 0), "claimed") != 0) {
		invitations_refuse(request, db_value(result, 0, 0));
	} else {
		http_respond_json(request, 201, json_pack("{s:s, s:s, s:s, s:s}", "token", token,
			"wave_id", db_value(result, 0, 3), "member_id", db_value(result, 0, 4),
			"expires_at", db_value(result, 0, 5)));
		http_add_header(request, "Location", "/v1/me");
	}
	explicit_bzero(token, sizeof(token));
}

static void invitations_validate_claim(const json_t *body, void *out,
				       struct validation *validation)
{
	static const char *const allowed[] = { "code", NULL };
	const char *given = NULL;
	char *code = out;

	validate_known_keys(body, allowed, validation);
	if (validate_string(body, "code", true, 1, 100, &given, validation) == FIELD_SET &&
	    !auth_code_normalize(given, code))
		validation_add(validation, "code", "is not an invitation code");
}

void invitations_claim(struct http_request *request)
{
	char code[AUTH_CODE_SIZE] = "";
	json_t *body = resource_body(request, invitations_validate_claim, code);

	if (body == NULL)
		return;
	invitations_exchange(request, code);
	explicit_bzero(code, sizeof(code));
	json_decref(body);
}

void invitations_me(struct http_request *request)
{
	const char *values[] = { request->principal.wave_id, request->principal.member_id };
	struct resource_call call = {
		.target = DB_PRIMARY,
		RESOURCE_STATEMENT(query_invitations_me, values),
		.status = 200,
		.not_found = "this session is for no wave",
	};

	resource_answer(request, &call);
}
