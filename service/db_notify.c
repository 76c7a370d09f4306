#include "db_notify.h"

#include <errno.h>
#include <libpq-fe.h>
#include <poll.h>
#include <pthread.h>
#include <stdbool.h>
#include <string.h>

#include "log.h"
#include "published.h"
#include "token_cache.h"

#define DB_NOTIFY_POLL_MS 250
#define DB_NOTIFY_RETRY_MS 500

static struct {
	pthread_mutex_t lock;
	pthread_t thread;
	bool running, stopping;
	const struct config *config;
} notify = { .lock = PTHREAD_MUTEX_INITIALIZER };

static bool db_notify_stopping(void)
{
	pthread_mutex_lock(&notify.lock);
	bool stopping = notify.stopping;
	pthread_mutex_unlock(&notify.lock);
	return stopping;
}

static PGconn *db_notify_connect(void)
{
	char timeout[16];
	const char *keywords[] = { "dbname", "connect_timeout", "application_name", NULL };
	const char *values[] = { notify.config->database_url, timeout, "cacd-listen", NULL };
	PGconn *pg;
	PGresult *listened;

	snprintf(timeout, sizeof(timeout), "%ld", notify.config->database_connect_timeout_seconds);
	pg = PQconnectdbParams(keywords, values, 1);
	if (PQstatus(pg) != CONNECTION_OK) {
		PQfinish(pg);
		return NULL;
	}
	listened = PQexec(pg, "LISTEN cacd_tokens; LISTEN cacd_waves");
	if (PQresultStatus(listened) != PGRES_COMMAND_OK) {
		PQclear(listened);
		PQfinish(pg);
		return NULL;
	}
	PQclear(listened);
	return pg;
}

static void db_notify_handle(PGconn *pg)
{
	PGnotify *note;

	while ((note = PQnotifies(pg)) != NULL) {
		if (strcmp(note->relname, "cacd_tokens") == 0)
			token_cache_forget(note->extra);
		else
			published_forget_all();
		PQfreemem(note);
	}
}

/* Listens on one connection until it fails or the thread stops. */
static void db_notify_listen(PGconn *pg)
{
	struct pollfd ready = { .fd = PQsocket(pg), .events = POLLIN };

	while (!db_notify_stopping()) {
		int got = poll(&ready, 1, DB_NOTIFY_POLL_MS);

		if (got < 0 && errno != EINTR)
			return;
		if (got > 0 && !PQconsumeInput(pg))
			return;
		db_notify_handle(pg);
		if (PQstatus(pg) != CONNECTION_OK)
			return;
	}
}

static void *db_notify_run(void *unused)
{
	bool warned = false;

	(void)unused;
	while (!db_notify_stopping()) {
		PGconn *pg = db_notify_connect();

		if (pg == NULL) {
			if (!warned)
				log_warn("notifications: cannot listen; tokens are checked on every "
					 "request until it can");
			warned = true;
			poll(NULL, 0, DB_NOTIFY_RETRY_MS);
			continue;
		}
		if (warned)
			log_info("notifications: listening again");
		warned = false;
		token_cache_listening(true);
		published_listening(true);
		db_notify_listen(pg);
		token_cache_listening(false);
		published_listening(false);
		PQfinish(pg);
		if (!db_notify_stopping())
			log_warn("notifications: connection lost; tokens are checked on every request "
				 "until it is back");
		warned = true;
	}
	return NULL;
}

enum result db_notify_start(const struct config *config)
{
	notify.config = config;
	notify.stopping = false;
	if (pthread_create(&notify.thread, NULL, db_notify_run, NULL) != 0)
		return RESULT_ERROR;
	notify.running = true;
	return RESULT_OK;
}

void db_notify_stop(void)
{
	if (!notify.running)
		return;
	pthread_mutex_lock(&notify.lock);
	notify.stopping = true;
	pthread_mutex_unlock(&notify.lock);
	pthread_join(notify.thread, NULL);
	notify.running = false;
	token_cache_teardown();
	published_forget_all();
}
