#include "reply_cache.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"

/* Slots by the digest's first bytes; a reply whose slot another takes is
 * computed again when asked for. Eviction by age is a clock hand over the
 * slots, oldest kept first. */
#define REPLY_CACHE_SLOTS 1024

struct reply_entry {
	bool used;
	unsigned long kept;  /* when, in keeps: the order eviction follows */
	struct reply_key key;
	struct reply reply;
};

static pthread_mutex_t cache_lock = PTHREAD_MUTEX_INITIALIZER;
static struct reply_entry *slots;
static size_t budget, used_bytes;
static unsigned long keeps;
static long hits, misses;

void reply_cache_setup(size_t bytes)
{
	pthread_mutex_lock(&cache_lock);
	budget = bytes;
	if (slots == NULL && bytes > 0)
		slots = mem_calloc(REPLY_CACHE_SLOTS, sizeof(*slots));
	pthread_mutex_unlock(&cache_lock);
}

static void reply_entry_clear(struct reply_entry *entry)
{
	if (!entry->used)
		return;
	used_bytes -= entry->reply.length;
	free(entry->reply.body);
	memset(entry, 0, sizeof(*entry));
}

void reply_cache_teardown(void)
{
	pthread_mutex_lock(&cache_lock);
	for (size_t i = 0; slots != NULL && i < REPLY_CACHE_SLOTS; i++)
		reply_entry_clear(&slots[i]);
	free(slots);
	slots = NULL;
	budget = 0;
	pthread_mutex_unlock(&cache_lock);
}

static struct reply_entry *reply_slot(const struct reply_key *key)
{
	size_t index = ((size_t)key->digest[0] << 8 | key->digest[1]) % REPLY_CACHE_SLOTS;

	return &slots[index];
}

bool reply_cache_find(const struct reply_key *key, struct reply *out)
{
	struct reply_entry *entry;
	bool found = false;

	pthread_mutex_lock(&cache_lock);
	entry = slots != NULL ? reply_slot(key) : NULL;
	if (entry != NULL && entry->used &&
	    memcmp(entry->key.digest, key->digest, sizeof(key->digest)) == 0) {
		*out = entry->reply;
		out->body = mem_alloc(entry->reply.length + 1);
		memcpy(out->body, entry->reply.body, entry->reply.length);
		found = true;
	}
	if (found)
		hits++;
	else
		misses++;
	pthread_mutex_unlock(&cache_lock);
	return found;
}

/* Frees the oldest kept replies until length more bytes fit. */
static void reply_make_room(size_t length)
{
	while (used_bytes + length > budget) {
		struct reply_entry *oldest = NULL;

		for (size_t i = 0; i < REPLY_CACHE_SLOTS; i++)
			if (slots[i].used && (oldest == NULL || slots[i].kept < oldest->kept))
				oldest = &slots[i];
		if (oldest == NULL)
			return;
		reply_entry_clear(oldest);
	}
}

void reply_cache_keep(const struct reply_key *key, const struct reply *reply)
{
	struct reply_entry *entry;

	pthread_mutex_lock(&cache_lock);
	/* one reply may take at most an eighth, so a few large ones cannot
	 * push out every small one */
	if (slots == NULL || reply->length > budget / 8) {
		pthread_mutex_unlock(&cache_lock);
		return;
	}
	entry = reply_slot(key);
	reply_entry_clear(entry);
	reply_make_room(reply->length);
	entry->used = true;
	entry->kept = ++keeps;
	entry->key = *key;
	entry->reply = *reply;
	entry->reply.body = mem_alloc(reply->length + 1);
	memcpy(entry->reply.body, reply->body, reply->length);
	used_bytes += reply->length;
	pthread_mutex_unlock(&cache_lock);
}

void reply_cache_counters_read(struct reply_cache_counters *counters)
{
	pthread_mutex_lock(&cache_lock);
	counters->hits = hits;
	counters->misses = misses;
	counters->bytes = (long)used_bytes;
	pthread_mutex_unlock(&cache_lock);
}
