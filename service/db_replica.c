#include "db_replica.h"

#include <pthread.h>
#include <stdbool.h>
#include <time.h>

#include "db.h"
#include "queries.h"
#include "replica.h"
#include "timing.h"

#define DB_REPLICA_POLL_MS 100
/* How long one look at either server may take. */
#define DB_REPLICA_LOOK_MS 300

static struct {
	pthread_mutex_t lock;
	pthread_cond_t wake;
	pthread_t thread;
	bool running, stopping;
} monitor = { .lock = PTHREAD_MUTEX_INITIALIZER, .wake = PTHREAD_COND_INITIALIZER };

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
			replica_lsn_parse(db_value(&result, 0, 0), lsn);

	db_result_clear(&result);
	return answered;
}

static void db_replica_poll(void)
{
	unsigned long long primary = 0, replayed = 0;
	bool primary_answered = db_replica_look(
		DB_PRIMARY, DB_STATEMENT_OF(query_db_primary_position, 0), &primary);
	bool replica_answered = db_replica_look(
		DB_REPLICA, DB_STATEMENT_OF(query_db_replica_position, 0), &replayed);

	replica_observe(primary_answered, primary, replica_answered, replayed, db_replica_now_ms());
}

static void *db_replica_monitor(void *unused)
{
	struct timespec until;

	(void)unused;
	pthread_mutex_lock(&monitor.lock);
	while (!monitor.stopping) {
		pthread_mutex_unlock(&monitor.lock);
		db_replica_poll();
		pthread_mutex_lock(&monitor.lock);
		timing_after(CLOCK_REALTIME, DB_REPLICA_POLL_MS, &until);
		if (!monitor.stopping)
			pthread_cond_timedwait(&monitor.wake, &monitor.lock, &until);
	}
	pthread_mutex_unlock(&monitor.lock);
	db_thread_close();
	return NULL;
}

enum result db_replica_start(const struct config *config)
{
	replica_configure(config->read_database_url[0] != '\0', config->max_replica_lag_ms);
	if (!replica_configured())
		return RESULT_OK;
	monitor.stopping = false;
	if (pthread_create(&monitor.thread, NULL, db_replica_monitor, NULL) != 0)
		return RESULT_ERROR;
	monitor.running = true;
	return RESULT_OK;
}

void db_replica_stop(void)
{
	if (!monitor.running)
		return;
	pthread_mutex_lock(&monitor.lock);
	monitor.stopping = true;
	pthread_cond_signal(&monitor.wake);
	pthread_mutex_unlock(&monitor.lock);
	pthread_join(monitor.thread, NULL);
	monitor.running = false;
}
