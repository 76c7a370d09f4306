#include "auth.h"

#include <ctype.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "db.h"
#include "mem.h"
#include "replica.h"
#include "queries.h"
#include "timing.h"
#include "token_cache.h"

static const struct {
	enum auth_role role;
	const char *name;
} role_names[] = {
	{ ROLE_ADMIN, "admin" },
	{ ROLE_COORDINATOR, "coordinator" },
	{ ROLE_VIEWER, "viewer" },
	{ ROLE_RESPONDENT, "respondent" },
	{ ROLE_METRICS, "metrics" },
};

const char *auth_role_name(enum auth_role role)
{
	for (size_t i = 0; i < ARRAY_LENGTH(role_names); i++) {
		if (role_names[i].role == role)
			return role_names[i].name;
	}
	return "unknown";
}

bool auth_role_parse(const char *name, enum auth_role *role)
{
	for (size_t i = 0; i < ARRAY_LENGTH(role_names); i++) {
		if (strcmp(role_names[i].name, name) == 0) {
			*role = role_names[i].role;
			return true;
		}
	}
	return false;
}

static bool auth_token_character(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
	       c == '-' || c == '_';
}

const char *auth_bearer_token(const char *header, size_t *length)
{
	const char *token;
	size_t count = 0;

	if (header == NULL || strncasecmp(header, "Bearer ", 7) != 0)
		return NULL;
	token = header + 7;
	while (*token == ' ')
		token++;
	while (auth_token_character(token[count]))
		count++;
	if (count == 0 || count > AUTH_TOKEN_MAX_LENGTH)
		return NULL;
	for (size_t i = count; token[i] != '\0'; i++) {
		if (token[i] != ' ')
			return NULL;
	}
	*length = count;
	return token;
}

enum result auth_token_generate(char token[AUTH_TOKEN_SIZE],
				char hash[CRYPTO_SHA256_HEX_SIZE])
{
	unsigned char secret[32];

	if (crypto_random(secret, sizeof(secret)) != RESULT_OK)
		return RESULT_ERROR;
	memcpy(token, "cacd_", 5);
	crypto_base64url(secret, sizeof(secret), token + 5);
	explicit_bzero(secret, sizeof(secret));
	auth_token_hash(token, strlen(token), hash);
	return RESULT_OK;
}

void auth_token_hash(const char *token, size_t length, char hash[CRYPTO_SHA256_HEX_SIZE])
{
	crypto_sha256_hex(token, length, hash);
}

static const char auth_code_alphabet[] = "0123456789abcdefghjkmnpqrstvwxyz";

enum result auth_code_generate(char code[AUTH_CODE_SIZE], char hash[CRYPTO_SHA256_HEX_SIZE])
{
	unsigned char secret[16];
	unsigned bits = 0, held = 0;
	size_t used = 0;

	if (crypto_random(secret, sizeof(secret)) != RESULT_OK)
		return RESULT_ERROR;
	for (size_t i = 0; i < sizeof(secret); i++) {
		held = (held << 8) | secret[i];
		bits += 8;
		while (bits >= 5) {
			bits -= 5;
			code[used++] = auth_code_alphabet[(held >> bits) & 31];
		}
	}
	code[used++] = auth_code_alphabet[(held << (5 - bits)) & 31];
	code[used] = '\0';
	explicit_bzero(secret, sizeof(secret));
	auth_code_hash(code, hash);
	return RESULT_OK;
}

bool auth_code_normalize(const char *given, char code[AUTH_CODE_SIZE])
{
	size_t used = 0;

	for (const char *at = given; at != NULL && *at != '\0'; at++) {
		char c = (char)tolower((unsigned char)*at);

		if (c == '-' || c == ' ')
			continue;
		if (c == 'i' || c == 'l')
			c = '1';
		else if (c == 'o')
			c = '0';
		if (strchr(auth_code_alphabet, c) == NULL || used == AUTH_CODE_LENGTH)
			return false;
		code[used++] = c;
	}
	code[used] = '\0';
	return used == AUTH_CODE_LENGTH;
}

void auth_code_hash(const char *code, char hash[CRYPTO_SHA256_HEX_SIZE])
{
	crypto_sha256_hex(code, strlen(code), hash);
}

static void auth_copy(char *out, size_t size, const struct db_result *rows, int column)
{
	snprintf(out, size, "%s", db_is_null(rows, 0, column) ? "" : db_value(rows, 0, column));
}

enum auth_outcome auth_principal_read(const struct db_result *rows,
				      struct auth_principal *principal)
{
	if (db_row_count(rows) < 1)
		return AUTH_INVALID;
	auth_copy(principal->token_id, sizeof(principal->token_id), rows, 0);
	if (!auth_role_parse(db_value(rows, 0, 1), &principal->role))
		return AUTH_INVALID;
	free(principal->scope);
	principal->scope = db_is_null(rows, 0, 2) ? NULL : mem_strdup(db_value(rows, 0, 2));
	auth_copy(principal->member_id, sizeof(principal->member_id), rows, 3);
	auth_copy(principal->wave_id, sizeof(principal->wave_id), rows, 4);
	return AUTH_OK;
}

bool auth_basic_token(const char *header, char out[AUTH_TOKEN_MAX_LENGTH + 1])
{
	unsigned char decoded[3 * (AUTH_BASIC_MAX_LENGTH / 4) + 3];
	const char *encoded, *password;
	size_t length, count = 0;
	int size;

	if (header == NULL || strncasecmp(header, "Basic ", 6) != 0)
		return false;
	encoded = header + 6;
	while (*encoded == ' ')
		encoded++;
	length = strcspn(encoded, " ");
	if (length == 0 || length > AUTH_BASIC_MAX_LENGTH || length % 4 != 0 ||
	    encoded[length + strspn(encoded + length, " ")] != '\0')
		return false;
	size = EVP_DecodeBlock(decoded, (const unsigned char *)encoded, (int)length);
	if (size < 0)
		return false;
	/* EVP_DecodeBlock counts the padding's bytes too */
	size -= (encoded[length - 1] == '=') + (encoded[length - 2] == '=');
	decoded[size] = '\0';
	if (memchr(decoded, '\0', (size_t)size) != NULL ||
	    (password = strchr((const char *)decoded, ':')) == NULL)
		return false;
	for (password++; auth_token_character(password[count]); count++)
		;
	if (count == 0 || count > AUTH_TOKEN_MAX_LENGTH || password[count] != '\0')
		return false;
	memcpy(out, password, count + 1);
	explicit_bzero(decoded, sizeof(decoded));
	return true;
}

enum auth_outcome auth_token_read_basic(const char *header, struct auth_principal *principal)
{
	char token[AUTH_TOKEN_MAX_LENGTH + 1];

	if (header == NULL || strncasecmp(header, "Basic ", 6) != 0)
		return auth_token_read(header, principal);
	memset(principal, 0, sizeof(*principal));
	if (!auth_basic_token(header, token))
		return AUTH_INVALID;
	auth_token_hash(token, strlen(token), principal->token_hash);
	explicit_bzero(token, sizeof(token));
	return AUTH_OK;
}

enum auth_outcome auth_token_read(const char *header, struct auth_principal *principal)
{
	size_t length = 0;
	const char *token;

	memset(principal, 0, sizeof(*principal));
	if (header == NULL)
		return AUTH_MISSING;
	token = auth_bearer_token(header, &length);
	if (token == NULL)
		return AUTH_INVALID;
	auth_token_hash(token, length, principal->token_hash);
	return AUTH_OK;
}

enum auth_outcome auth_authenticate(const char *header, bool basic, long milliseconds,
				    struct auth_principal *principal)
{
	enum auth_outcome outcome = basic ? auth_token_read_basic(header, principal)
					  : auth_token_read(header, principal);
	const char *values[] = { principal->token_hash };
	struct db_result result;
	unsigned long generation;
	char hash[CRYPTO_SHA256_HEX_SIZE];
	struct timespec started;

	if (outcome != AUTH_OK)
		return outcome;
	memcpy(hash, principal->token_hash, sizeof(hash));
	if (token_cache_find(hash, principal))
		return AUTH_OK;
	generation = token_cache_generation();
	/* The primary, not a replica: a revoked token must stop working at once,
	 * not after the replication lag. Only while the primary does not answer
	 * does the replica say (a revocation needs the primary anyway). */
	clock_gettime(CLOCK_MONOTONIC, &started);
	if (db_query_within(DB_PRIMARY, DB_ARGS(query_auth_token_lookup, values), &result,
			    milliseconds) != DB_OK) {
		db_result_clear(&result);
		if (!replica_configured() ||
		    db_query_within(DB_REPLICA, DB_ARGS(query_auth_token_lookup, values), &result,
				    timing_ms_left(&started, milliseconds)) != DB_OK) {
			db_result_clear(&result);
			return AUTH_UNAVAILABLE;
		}
		generation = ~0UL; /* what the replica says is not kept */
	}
	outcome = auth_principal_read(&result, principal);
	if (outcome == AUTH_OK)
		token_cache_keep(principal,
				 db_is_null(&result, 0, AUTH_PRINCIPAL_COLUMNS)
					 ? 0
					 : (time_t)atoll(db_value(&result, 0, AUTH_PRINCIPAL_COLUMNS)),
				 generation);
	db_result_clear(&result);
	return outcome;
}

void auth_principal_clear(struct auth_principal *principal)
{
	free(principal->scope);
	principal->scope = NULL;
}

bool auth_in_scope(const struct auth_principal *principal, const char *partnership_id)
{
	if (principal->scope == NULL)
		return true;
	/* Elements of the array text are whole 36-character UUIDs. */
	return validate_is_uuid(partnership_id) && strstr(principal->scope, partnership_id) != NULL;
}
