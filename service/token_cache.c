#include "token_cache.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"

/* Open addressing by the hash's first bits; a full table is emptied
 * rather than grown: it refills from the database at one lookup a token. */
#define TOKEN_CACHE_SLOTS 4096
/* However quiet the notifications, an entry is asked again after this. */
#define TOKEN_CACHE_SECONDS 300

struct token_entry {
	bool used;
	struct auth_principal principal;  /* scope owned */
	time_t expires, kept_at;
};

static struct {
	pthread_mutex_t lock;
	struct token_entry slots[TOKEN_CACHE_SLOTS];
	size_t count;
	unsigned long generation;
	bool listening;
} cache = { .lock = PTHREAD_MUTEX_INITIALIZER };

static size_t token_cache_slot(const char *hash)
{
	return (size_t)strtoul((char[9]){ hash[0], hash[1], hash[2], hash[3], hash[4], hash[5],
					  hash[6], hash[7], '\0' },
			       NULL, 16) % TOKEN_CACHE_SLOTS;
}

/* The slot holding hash, or the free one where it would go (lock held);
 * NULL when neither is found. */
static struct token_entry *token_cache_probe(const char *hash, bool free_too)
{
	size_t start = token_cache_slot(hash);

	for (size_t step = 0; step < TOKEN_CACHE_SLOTS; step++) {
		struct token_entry *entry = &cache.slots[(start + step) % TOKEN_CACHE_SLOTS];

		if (!entry->used)
			return free_too ? entry : NULL;
		if (strcmp(entry->principal.token_hash, hash) == 0)
			return entry;
	}
	return NULL;
}

/* Empties the table (lock held). Open addressing cannot drop one entry
 * without breaking the probe chains behind it, so a forgotten token marks
 * its entry dead instead, and dead entries go with the next emptying. */
static void token_cache_empty(void)
{
	for (size_t i = 0; i < TOKEN_CACHE_SLOTS; i++) {
		if (cache.slots[i].used)
			free(cache.slots[i].principal.scope);
		cache.slots[i].used = false;
	}
	cache.count = 0;
}

static void token_cache_copy(const struct auth_principal *from, struct auth_principal *to)
{
	*to = *from;
	to->scope = from->scope ? mem_strdup(from->scope) : NULL;
}

bool token_cache_find(const char *hash, struct auth_principal *out)
{
	time_t now = time(NULL);
	struct token_entry *entry;
	bool found = false;

	pthread_mutex_lock(&cache.lock);
	entry = cache.listening ? token_cache_probe(hash, false) : NULL;
	if (entry != NULL && entry->principal.role != 0 &&
	    (entry->expires == 0 || entry->expires > now) &&
	    now - entry->kept_at < TOKEN_CACHE_SECONDS) {
		token_cache_copy(&entry->principal, out);
		found = true;
	}
	pthread_mutex_unlock(&cache.lock);
	return found;
}

unsigned long token_cache_generation(void)
{
	pthread_mutex_lock(&cache.lock);
	unsigned long generation = cache.generation;
	pthread_mutex_unlock(&cache.lock);
	return generation;
}

void token_cache_keep(const struct auth_principal *principal, time_t expires,
		      unsigned long generation)
{
	struct token_entry *entry;

	pthread_mutex_lock(&cache.lock);
	if (cache.listening && cache.generation == generation) {
		if (cache.count >= TOKEN_CACHE_SLOTS / 2)
			token_cache_empty();
		entry = token_cache_probe(principal->token_hash, true);
		if (entry != NULL) {
			if (entry->used)
				free(entry->principal.scope);
			else
				cache.count++;
			entry->used = true;
			token_cache_copy(principal, &entry->principal);
			entry->expires = expires;
			entry->kept_at = time(NULL);
		}
	}
	pthread_mutex_unlock(&cache.lock);
}

void token_cache_forget(const char *hash)
{
	struct token_entry *entry;

	pthread_mutex_lock(&cache.lock);
	cache.generation++;
	entry = token_cache_probe(hash, false);
	if (entry != NULL)
		entry->principal.role = 0;  /* dead: found, never answered */
	pthread_mutex_unlock(&cache.lock);
}

void token_cache_listening(bool listening)
{
	pthread_mutex_lock(&cache.lock);
	cache.generation++;
	cache.listening = listening;
	token_cache_empty();
	pthread_mutex_unlock(&cache.lock);
}

void token_cache_teardown(void)
{
	token_cache_listening(false);
}
