/* Tokens: admins create (shown once), list (metadata only) and revoke. */
#ifndef CACD_TOKENS_H
#define CACD_TOKENS_H

#include <jansson.h>
#include <time.h>

#include "auth.h"
#include "http.h"
#include "validate.h"

#define TOKENS_MAX_PARTNERSHIPS 100

/* A validated POST /v1/tokens body. Strings point into the JSON or are
 * owned as noted. */
struct token_request {
	enum auth_role role;
	char *partnership_ids;   /* "{uuid,uuid}" array text; owned */
	size_t partnership_count;
	const char *label;       /* or NULL */
	const char *expires_at;  /* or NULL */
};

/* Pure: checks a request body against the rules for tokens. */
void tokens_validate(const json_t *body, time_t now, struct token_request *out,
		     struct validation *validation);
void tokens_request_clear(struct token_request *request);

/* Stores a new token (only its hash). On DB_OK, *metadata is the new row as
 * JSON text (caller frees) and token holds the secret, or *metadata is NULL
 * when a partnership id does not exist. */
enum db_status tokens_issue(const struct token_request *request, char token[AUTH_TOKEN_SIZE],
			    char **metadata);

void tokens_create(struct http_request *request);
void tokens_list(struct http_request *request);
void tokens_revoke(struct http_request *request);

#endif
