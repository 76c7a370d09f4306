/* Valid tokens kept in memory, so that most requests authenticate without a
 * round trip to the primary. A token is forgotten as soon as PostgreSQL
 * announces a change to it (LISTEN cacd_tokens, db_notify.c): a token
 * revoked through any instance is refused by every other within the time
 * a notification takes. While the notification connection is down the
 * cache is empty and off, and every request asks the database.
 *
 * A lookup races a revocation: the database said "valid" just before the
 * revocation's notification was handled. Each notification moves a
 * generation on, and a lookup keeps its answer only when the generation is
 * still the one it read before asking the database. Safe for any thread. */
#ifndef CACD_TOKEN_CACHE_H
#define CACD_TOKEN_CACHE_H

#include <stdbool.h>
#include <time.h>

#include "principal.h"

/* A copy of the kept principal of a token hash (scope malloc'ed), or
 * false. */
bool token_cache_find(const char *hash, struct auth_principal *out);

/* Read before asking the database; passed to token_cache_keep. */
unsigned long token_cache_generation(void);
/* Keeps principal (copied) until expires (0: no expiry), unless a change
 * was announced since generation. */
void token_cache_keep(const struct auth_principal *principal, time_t expires,
		      unsigned long generation);

/* The notifications: a token changed; the connection is up or down. */
void token_cache_forget(const char *hash);
void token_cache_listening(bool listening);

void token_cache_teardown(void);

#endif
