/* Computed replies of the score views, kept by a digest of everything that
 * makes them: the view, whether the caller is an admin (who sees every
 * cell), the options the reply depends on, and every value the view's
 * statement returned besides the token's own columns. A changed total,
 * label or publication gives another digest, so a kept reply is never
 * stale and nothing needs invalidating; published waves never change, so
 * a dashboard's repeated reads of them cost the statement and no more.
 *
 * Bounded by reply_cache_bytes (0 keeps nothing); when a new reply does not
 * fit, the oldest kept go first. Safe to call from any thread. */
#ifndef CACD_REPLY_CACHE_H
#define CACD_REPLY_CACHE_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "crypto.h"

struct reply_key {
	unsigned char digest[CRYPTO_SHA256_SIZE];
};

/* What a reply is; the body is the caller's to free when found. */
struct reply {
	const char *content_type;  /* a string literal: kept as a pointer */
	char *body;
	size_t length;
	char etag[40];
	time_t modified;
};

/* Called once before the server starts, and once after it stopped. */
void reply_cache_setup(size_t bytes);
void reply_cache_teardown(void);

/* Fills *out with a copy of the kept reply (body malloc'ed) and says true,
 * or says false. */
bool reply_cache_find(const struct reply_key *key, struct reply *out);

/* Keeps a copy of reply under key (the caller keeps its own). */
void reply_cache_keep(const struct reply_key *key, const struct reply *reply);

struct reply_cache_counters {
	long hits;
	long misses;
	long bytes;
};
void reply_cache_counters_read(struct reply_cache_counters *counters);

#endif
