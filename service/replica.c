#include "replica.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

/* Samples of the primary's position kept: 12.8 s at one look each 100 ms. */
#define REPLICA_SAMPLES 128

struct replica_sample {
	long long at_ms;
	unsigned long long lsn;
};

static struct {
	pthread_mutex_t lock;
	bool configured;
	long max_lag_ms;
	/* under lock */
	bool healthy;
	long lag_ms;
	unsigned long long replayed;
	struct replica_sample samples[REPLICA_SAMPLES];
	size_t sample_count, sample_next;
} replica = { .lock = PTHREAD_MUTEX_INITIALIZER, .lag_ms = -1 };

static atomic_ullong replica_floor;

bool replica_lsn_parse(const char *text, unsigned long long *lsn)
{
	unsigned int high, low;
	int used = 0;

	if (text == NULL || sscanf(text, "%8X/%8X%n", &high, &low, &used) != 2 ||
	    text[used] != '\0')
		return false;
	*lsn = ((unsigned long long)high << 32) | low;
	return true;
}

void replica_configure(bool configured, long max_lag_ms)
{
	replica.configured = configured;
	replica.max_lag_ms = max_lag_ms;
}

bool replica_configured(void)
{
	return replica.configured;
}

/* How far behind: from the newest sample of the primary that the replica
 * has replayed up to, until now (lock held); -1 when none is that old. */
static long replica_lag(unsigned long long replayed, long long now)
{
	long long caught_up = -1;

	for (size_t i = 0; i < replica.sample_count; i++) {
		const struct replica_sample *sample = &replica.samples[i];

		if (sample->lsn <= replayed && sample->at_ms > caught_up)
			caught_up = sample->at_ms;
	}
	return caught_up < 0 ? -1 : (long)(now - caught_up);
}

void replica_observe(bool primary_answered, unsigned long long primary,
		     bool replica_answered, unsigned long long replayed, long long now_ms)
{
	pthread_mutex_lock(&replica.lock);
	if (primary_answered) {
		replica.samples[replica.sample_next] = (struct replica_sample){ now_ms, primary };
		replica.sample_next = (replica.sample_next + 1) % REPLICA_SAMPLES;
		if (replica.sample_count < REPLICA_SAMPLES)
			replica.sample_count++;
	}
	replica.healthy = replica_answered;
	replica.replayed = replica_answered ? replayed : 0;
	replica.lag_ms = replica_answered ? replica_lag(replayed, now_ms) : -1;
	pthread_mutex_unlock(&replica.lock);
}

bool replica_current(unsigned long long floor)
{
	unsigned long long written = atomic_load(&replica_floor);
	bool current;

	if (!replica.configured)
		return false;
	if (written > floor)
		floor = written;
	pthread_mutex_lock(&replica.lock);
	current = replica.healthy && replica.lag_ms >= 0 && replica.lag_ms <= replica.max_lag_ms &&
		  replica.replayed >= floor;
	pthread_mutex_unlock(&replica.lock);
	return current;
}

void replica_failed(void)
{
	pthread_mutex_lock(&replica.lock);
	replica.healthy = false;
	pthread_mutex_unlock(&replica.lock);
}

void replica_written(unsigned long long lsn)
{
	unsigned long long seen = atomic_load(&replica_floor);

	while (lsn > seen && !atomic_compare_exchange_weak(&replica_floor, &seen, lsn))
		;
}

void replica_read(struct replica_state *state)
{
	pthread_mutex_lock(&replica.lock);
	state->configured = replica.configured;
	state->healthy = replica.healthy;
	state->lag_ms = replica.lag_ms;
	state->replayed = replica.replayed;
	pthread_mutex_unlock(&replica.lock);
}
