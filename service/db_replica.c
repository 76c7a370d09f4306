#include "db_replica.h"

#include <inttypes.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "log.h"
#include "queries.h"

#define DB_REPLICA_POLL_MS 100
/* How long one look at either server may take. */
#define DB_REPLICA_LOOK_MS 300
/* Samples of the primary's position kept: 12.8 s at 100 ms. */
#define DB_REPLICA_SAMPLES 128

struct db_replica_sample {
	long long at_ms;
	unsigned long long lsn;
};

static struct {
	pthread_mutex_t lock;
	pthread_cond_t wake;
	pthread_t thread;
	bool configured, running, stopping;
	long max_lag_ms;
	/* under lock */
	bool healthy;
	long lag_ms;
	unsigned long long replayed;
	struct db_replica_sample samples[DB_REPLICA_SAMPLES];
	size_t sample_count, sample_next;
} replica = { .lock = PTHREAD_MUTEX_INITIALIZER, .wake = PTHREAD_COND_INITIALIZER,
	      .lag_ms = -1 };

static atomic_ullong replica_written;

bool db_lsn_parse(const char *text, unsigned long long *lsn)
{
	unsigned int high, low;
	int used = 0;

	if (text == NULL || sscanf(text, "%8X/%8X%n", &high, &low, &used) != 2 ||
	    text[used] != '\0')
		return false;
	*lsn = ((unsigned long long)high << 32) | low;
	return true;
}

void db_lsn_format(unsigned long long lsn, char out[DB_LSN_SIZE])
{
	snprintf(out, DB_LSN_SIZE, "%X/%X", (unsigned)(lsn >> 32), (unsigned)(lsn & 0xffffffffu));
}

static long long db_replica_now_ms(void)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (long long)now.tv_sec * 1000 + now.tv_nsec / 1000000;
}

/* The one value of a look; false when the server did not answer. */
static bool db_replica_look(enum db_target target, const struct db_statement *statement,
			    unsigned long long *lsn)
{
	struct db_result result;
	bool answered = db_query_within(target, statement, 0, NULL, &result,
					DB_REPLICA_LOOK_MS) == DB_OK &&
			db_row_count(&result) == 1 &&
			db_lsn_parse(db_value(&result, 0, 0), lsn);

	db_result_clear(&result);
	return answered;
}

/* How far behind: from the newest sample of the primary that the replica
 * has replayed up to, until now (under lock). */
static long db_replica_lag(unsigned long long replayed, long long now)
{
	long long caught_up = -1;

	for (size_t i = 0; i < replica.sample_count; i++) {
		const struct db_replica_sample *sample = &replica.samples[i];

		if (sample->lsn <= replayed && sample->at_ms > caught_up)
			caught_up = sample->at_ms;
	}
	return caught_up < 0 ? -1 : (long)(now - caught_up);
}

static void db_replica_poll(void)
{
	unsigned long long primary = 0, replayed = 0;
	bool primary_answered = db_replica_look(DB_PRIMARY, &query_db_primary_position, &primary);
	bool replica_answered = db_replica_look(DB_REPLICA, &query_db_replica_position, &replayed);
	long long now = db_replica_now_ms();

	pthread_mutex_lock(&replica.lock);
	if (primary_answered) {
		replica.samples[replica.sample_next] = (struct db_replica_sample){ now, primary };
		replica.sample_next = (replica.sample_next + 1) % DB_REPLICA_SAMPLES;
		if (replica.sample_count < DB_REPLICA_SAMPLES)
			replica.sample_count++;
	}
	replica.healthy = replica_answered;
	replica.replayed = replica_answered ? replayed : 0;
	replica.lag_ms = replica_answered ? db_replica_lag(replayed, now) : -1;
	pthread_mutex_unlock(&replica.lock);
}

static void *db_replica_monitor(void *unused)
{
	struct timespec until;

	(void)unused;
	pthread_mutex_lock(&replica.lock);
	while (!replica.stopping) {
		pthread_mutex_unlock(&replica.lock);
		db_replica_poll();
		pthread_mutex_lock(&replica.lock);
		clock_gettime(CLOCK_REALTIME, &until);
		until.tv_nsec += DB_REPLICA_POLL_MS * 1000000L;
		if (until.tv_nsec >= 1000000000L) {
			until.tv_sec++;
			until.tv_nsec -= 1000000000L;
		}
		if (!replica.stopping)
			pthread_cond_timedwait(&replica.wake, &replica.lock, &until);
	}
	pthread_mutex_unlock(&replica.lock);
	db_thread_close();
	return NULL;
}

enum result db_replica_start(const struct config *config)
{
	replica.configured = config->read_database_url[0] != '\0';
	replica.max_lag_ms = config->max_replica_lag_ms;
	if (!replica.configured)
		return RESULT_OK;
	replica.stopping = false;
	if (pthread_create(&replica.thread, NULL, db_replica_monitor, NULL) != 0)
		return RESULT_ERROR;
	replica.running = true;
	return RESULT_OK;
}

void db_replica_stop(void)
{
	if (!replica.running)
		return;
	pthread_mutex_lock(&replica.lock);
	replica.stopping = true;
	pthread_cond_signal(&replica.wake);
	pthread_mutex_unlock(&replica.lock);
	pthread_join(replica.thread, NULL);
	replica.running = false;
}

enum db_target db_replica_route(unsigned long long floor)
{
	unsigned long long written = atomic_load(&replica_written);
	bool current;

	if (!replica.configured)
		return DB_PRIMARY;
	if (written > floor)
		floor = written;
	pthread_mutex_lock(&replica.lock);
	current = replica.healthy && replica.lag_ms >= 0 && replica.lag_ms <= replica.max_lag_ms &&
		  replica.replayed >= floor;
	pthread_mutex_unlock(&replica.lock);
	return current ? DB_REPLICA : DB_PRIMARY;
}

bool db_replica_configured(void)
{
	return replica.configured;
}

void db_replica_failed(void)
{
	pthread_mutex_lock(&replica.lock);
	replica.healthy = false;
	pthread_mutex_unlock(&replica.lock);
}

void db_replica_written(unsigned long long lsn)
{
	unsigned long long seen = atomic_load(&replica_written);

	while (lsn > seen && !atomic_compare_exchange_weak(&replica_written, &seen, lsn))
		;
}

void db_replica_read(struct db_replica_state *state)
{
	pthread_mutex_lock(&replica.lock);
	state->configured = replica.configured;
	state->healthy = replica.healthy;
	state->lag_ms = replica.lag_ms;
	state->replayed = replica.replayed;
	pthread_mutex_unlock(&replica.lock);
}
