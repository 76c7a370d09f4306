/* Waves (measurement rounds) and their invitations. A wave's status comes
 * from its times and an explicit close; it is never stored. */
#include "waves.h"

#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "log.h"
#include "mem.h"
#include "pagination.h"
#include "resource.h"
#include "scope.h"

static const struct db_statement statement_insert = {
	"waves_insert",
	"WITH p AS (SELECT id, archived_at FROM partnerships WHERE id = $1::uuid AND "
	SCOPED("id", 2) "), i AS (SELECT id FROM instruments"
	" WHERE key = coalesce($3::jsonb->>'instrument', 'cac')),"
	" inserted AS (INSERT INTO waves AS w (partnership_id, instrument_id, label, opens_at, closes_at)"
	" SELECT p.id, i.id, $3::jsonb->>'label', ($3::jsonb->>'opens_at')::timestamptz,"
	" ($3::jsonb->>'closes_at')::timestamptz FROM p, i WHERE p.archived_at IS NULL"
	" RETURNING cacd_wave_json(w) AS body)"
	" SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM p) THEN 'not_found'"
	"             WHEN NOT EXISTS (SELECT 1 FROM i) THEN 'unknown_instrument'"
	"             WHEN NOT EXISTS (SELECT 1 FROM inserted) THEN 'archived' ELSE 'ok' END,"
	"        (SELECT body::text FROM inserted)",
	false,
};

/* $3: a respondent sees only the wave of its invitation. */
static const struct db_statement statement_get = {
	"waves_get",
	"SELECT cacd_wave_json(w)::text FROM waves w WHERE w.id = $1::uuid AND "
	SCOPED("w.partnership_id", 2) " AND ($3::uuid IS NULL OR w.id = $3::uuid)",
	true,
};

static const struct db_statement statement_list = {
	"waves_list",
	"SELECT (" PAGE_ENVELOPE("SELECT w.created_at, w.id, cacd_wave_json(w) AS item"
				 " FROM waves w WHERE w.partnership_id = $4::uuid AND "
				 PAGE_AFTER(2, 3), 1) ")"
	" WHERE EXISTS (SELECT 1 FROM partnerships WHERE id = $4::uuid AND " SCOPED("id", 5) ")",
	true,
};

static const struct db_statement statement_close = {
	"waves_close",
	"WITH w AS (SELECT * FROM waves WHERE id = $1::uuid AND " SCOPED("partnership_id", 2)
	" FOR UPDATE), closed AS (UPDATE waves AS c SET closed_at = now() FROM w"
	" WHERE c.id = w.id AND w.closed_at IS NULL RETURNING cacd_wave_json(c) AS body)"
	" SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM w) THEN 'not_found'"
	"             WHEN NOT EXISTS (SELECT 1 FROM closed) THEN 'already_closed' ELSE 'ok' END,"
	"        (SELECT body::text FROM closed)",
	true,
};

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

void waves_create(struct http_request *request)
{
	const char *values[] = { request->params.values[0], request->principal.scope, NULL };
	struct resource_call call = {
		.target = DB_PRIMARY,
		.statement = &statement_insert,
		.count = 3,
		.values = values,
		.status = 201,
		.not_found = "no partnership with this id",
		.conflict = "a wave with this label exists in the partnership",
		.states = insert_states,
	};

	resource_answer_body(request, waves_validate_create, NULL, &call, values, 2);
}

void waves_get(struct http_request *request)
{
	const char *own_wave = request->principal.role == ROLE_RESPONDENT
				       ? request->principal.wave_id : NULL;
	const char *values[] = { request->params.values[0], request->principal.scope, own_wave };
	struct resource_call call = {
		.target = DB_READ,
		.statement = &statement_get,
		.count = 3,
		.values = values,
		.status = 200,
		.not_found = "no wave with this id",
	};

	resource_answer(request, &call);
}

void waves_list(struct http_request *request)
{
	resource_list_children(request, &statement_list, "no partnership with this id");
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
		.statement = &statement_close,
		.count = 2,
		.values = values,
		.status = 200,
		.not_found = "no wave with this id",
		.states = close_states,
	};

	resource_answer(request, &call);
}

/* ---- invitations ---- */

/* Active members without a response; the tokens are made here, in C, and
 * only their hashes go to the database. */
static const struct db_statement statement_invitees = {
	"waves_invitees",
	"SELECT cacd_wave_status(w, now()),"
	"       array(SELECT m.id FROM members m WHERE m.partnership_id = w.partnership_id"
	"              AND m.active AND NOT EXISTS (SELECT 1 FROM responses r"
	"              WHERE r.wave_id = w.id AND r.member_id = m.id)"
	"             ORDER BY m.created_at, m.id)::text"
	"  FROM waves w WHERE w.id = $1::uuid AND " SCOPED("w.partnership_id", 2),
	true,
};

/* Earlier invitations of the same members are revoked: one valid link each. */
static const struct db_statement statement_invite = {
	"waves_invite",
	"WITH given AS (SELECT * FROM unnest($2::uuid[], $3::text[]) AS g(member_id, token_hash)),"
	" revoked AS (UPDATE tokens SET revoked_at = now() WHERE wave_id = $1::uuid"
	"   AND member_id IN (SELECT member_id FROM given) AND revoked_at IS NULL RETURNING id)"
	" INSERT INTO tokens (token_hash, role, partnership_ids, label, member_id, wave_id, expires_at)"
	" SELECT g.token_hash, 'respondent', ARRAY[w.partnership_id], 'invitation', g.member_id,"
	"        w.id, w.closes_at FROM given g, waves w WHERE w.id = $1::uuid"
	" RETURNING member_id",
	false,
};

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
}

static void invitations_issue(struct http_request *request, const char *members)
{
	struct invitation_batch batch;
	struct db_result result = { 0 };
	enum db_status status;

	if (invitations_prepare(members, &batch) != RESULT_OK) {
		log_error("request %s: no randomness for tokens", request->request_id);
		http_respond_problem(request, 500, "an internal error occurred; it has been logged");
	} else if (batch.count == 0) {
		invitations_respond(request, &batch);
	} else {
		const char *values[] = { request->params.values[0], batch.member_array,
					 batch.hash_array };

		status = db_query(DB_PRIMARY, &statement_invite, 3, values, &result);
		if (status != DB_OK)
			http_respond_db_error(request, status);
		else
			invitations_respond(request, &batch);
	}
	db_result_clear(&result);
	invitations_free(&batch);
}

void waves_invite(struct http_request *request)
{
	const char *values[] = { request->params.values[0], request->principal.scope };
	struct db_result result;
	enum db_status status = db_query(DB_PRIMARY, &statement_invitees, 2, values, &result);

	if (status != DB_OK)
		http_respond_db_error(request, status);
	else if (PQntuples(result.rows) == 0)
		http_respond_problem(request, 404, "no wave with this id");
	else if (strcmp(PQgetvalue(result.rows, 0, 0), "closed") == 0)
		http_respond_problem(request, 409, "the wave is closed");
	else
		invitations_issue(request, PQgetvalue(result.rows, 0, 1));
	db_result_clear(&result);
}
