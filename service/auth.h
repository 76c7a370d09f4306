/* Bearer tokens: 256 random bits, shown once, stored only as a SHA-256 hash.
 * A principal is what a valid token grants: a role and, for all but admins
 * and unscoped viewers, the partnerships it may see. */
#ifndef CACD_AUTH_H
#define CACD_AUTH_H

#include <stdbool.h>
#include <stddef.h>

#include "crypto.h"
#include "principal.h"
#include "db.h"
#include "result.h"
#include "validate.h"

/* "cacd_" + 43 characters of base64url (32 random bytes) + NUL */
#define AUTH_TOKEN_SIZE 49
#define AUTH_TOKEN_MAX_LENGTH 128


enum auth_outcome {
	AUTH_OK,
	AUTH_MISSING,      /* 401 */
	AUTH_INVALID,      /* 401: unknown, expired, revoked, malformed */
	AUTH_UNAVAILABLE,  /* 503: the database did not answer */
};

const char *auth_role_name(enum auth_role role);
bool auth_role_parse(const char *name, enum auth_role *role);

/* Pure: the token of an "Authorization: Bearer <token>" header, or NULL. */
const char *auth_bearer_token(const char *header, size_t *length);

/* Makes a new token and its hash. */
enum result auth_token_generate(char token[AUTH_TOKEN_SIZE],
				char hash[CRYPTO_SHA256_HEX_SIZE]) MUST_CHECK;

void auth_token_hash(const char *token, size_t length, char hash[CRYPTO_SHA256_HEX_SIZE]);

/* Invitation codes: 128 random bits as 26 characters of Crockford's
 * base32 in lower case (no i, l, o or u), short enough for a link or a QR
 * code and safe to type from paper. Stored only as the SHA-256 of the
 * canonical form. */
#define AUTH_CODE_LENGTH 26
#define AUTH_CODE_SIZE (AUTH_CODE_LENGTH + 1)
enum result auth_code_generate(char code[AUTH_CODE_SIZE],
			       char hash[CRYPTO_SHA256_HEX_SIZE]) MUST_CHECK;
/* Pure: a code as given (any case, with '-' or spaces between groups, i
 * or l for 1, o for 0) in canonical form; false when it cannot be one. */
bool auth_code_normalize(const char *given, char code[AUTH_CODE_SIZE]);
void auth_code_hash(const char *code, char hash[CRYPTO_SHA256_HEX_SIZE]);

/* Pure: the token of an "Authorization: Basic <base64 of user:token>"
 * header (any user name, the token as the password: Power BI and Excel ask
 * for credentials so), copied into out; false when it holds none. */
#define AUTH_BASIC_MAX_LENGTH 512
bool auth_basic_token(const char *header, char out[AUTH_TOKEN_MAX_LENGTH + 1]);

/* Looks the header's token up, within milliseconds (the request's time
 * left); fills principal on AUTH_OK. With basic, Basic credentials are taken
 * as well as a bearer token: for reads only, since a browser sends them by
 * itself, also to a forged form. */
enum auth_outcome auth_authenticate(const char *header, bool basic, long milliseconds,
				    struct auth_principal *principal);

/* Only reads the header's token and hashes it into principal->token_hash,
 * for a statement that checks the token itself (cacd_token in SQL); the
 * _basic form takes Basic credentials too. */
enum auth_outcome auth_token_read(const char *header, struct auth_principal *principal);
enum auth_outcome auth_token_read_basic(const char *header, struct auth_principal *principal);

/* The principal columns that start such a statement's rows (token id,
 * role, scope, member, wave): fills principal from the first row, or
 * AUTH_INVALID when there is none. */
#define AUTH_PRINCIPAL_COLUMNS 5
enum auth_outcome auth_principal_read(const struct db_result *rows,
				      struct auth_principal *principal);

void auth_principal_clear(struct auth_principal *principal);

/* Whether the principal's scope covers a partnership (by id text). */
bool auth_in_scope(const struct auth_principal *principal, const char *partnership_id);

#endif
