#include "audit.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "crypto.h"
#include "replica.h"
#include "log.h"
#include "mem.h"
#include "queries.h"
#include "timing.h"

/* Refusals wait here for the writer thread, which stores them in batches.
 * The queue is bounded; a full one drops the row (counted and logged)
 * rather than hold up the server: a refusal changed nothing. */
#define AUDIT_QUEUE_SIZE 4096
#define AUDIT_BATCH_SIZE 256
/* Once a row waits, the writer gathers more for this long before storing,
 * so that under load a batch holds tens of rows. A reader of the log does
 * not wait for it (audit_flush). */
#define AUDIT_GATHER_MS 20L
/* How often the writer removes rows past audit_retention_days. */
#define AUDIT_EXPIRE_SECONDS 60
/* How long a change's COMMIT may take to answer before its outcome is
 * looked up instead: the request's own deadline no longer applies once
 * COMMIT went out, since giving up then could only lie. */
#define AUDIT_COMMIT_MILLISECONDS 10000

struct audit_entry {
	char id[CRYPTO_UUID_TEXT_SIZE];
	long long arrived_micros;
	char token_id[UUID_TEXT_SIZE];
	char role[16];
	char method[8];
	const char *route;  /* a pattern of the static route table, or NULL */
	char resource[ROUTE_PARAM_SIZE];
	int status;
	char request_id[HTTP_REQUEST_ID_SIZE];
};

static struct {
	pthread_mutex_t lock;
	pthread_cond_t wake;     /* the writer: rows are waiting, or stop */
	pthread_cond_t progress; /* rows were stored */
	struct audit_entry *ring;
	size_t head, count;
	unsigned long queued, stored;
	int flushing;            /* readers waiting for every row to be stored */
	long retention_days;
	long import_timeout_ms;
	bool running, stopping;
	pthread_t writer;
} audit;

/* What the request was about: what its Location named, else the last id in
 * its path; "" for neither. */
static void audit_fill(const struct http_request *request, struct audit_entry *entry)
{
	const char *resource = request->location_id;

	memset(entry, 0, sizeof(*entry));
	if (resource[0] == '\0' && request->route != NULL && request->params.count > 0)
		resource = request->params.values[request->params.count - 1];
	if (request->principal.role != 0) {
		snprintf(entry->token_id, sizeof(entry->token_id), "%s", request->principal.token_id);
		snprintf(entry->role, sizeof(entry->role), "%s",
			 auth_role_name(request->principal.role));
	}
	entry->arrived_micros = (long long)request->arrived.tv_sec * 1000000LL +
				request->arrived.tv_nsec / 1000;
	snprintf(entry->method, sizeof(entry->method), "%s", request->method_name);
	entry->route = request->route ? request->route->pattern : NULL;
	snprintf(entry->resource, sizeof(entry->resource), "%s", resource);
	entry->status = request->status;
	snprintf(entry->request_id, sizeof(entry->request_id), "%s", request->request_id);
}

static const char *audit_or_null(const char *text)
{
	return text != NULL && text[0] != '\0' ? text : NULL;
}

/* ---- a change's row, in the change's transaction ---- */

static void audit_begin(struct http_request *request)
{
	db_transaction_begin(request->route->bulk_body ? audit.import_timeout_ms : 0);
}

/* After COMMIT got no answer: whether the change is stored, by its row. */
static enum db_commit audit_confirm(const char *id)
{
	const char *values[] = { id };
	struct db_result result;
	enum db_commit outcome = DB_COMMIT_UNKNOWN;

	if (db_query(DB_PRIMARY, DB_ARGS(query_audit_confirm, values), &result) == DB_OK &&
	    db_row_count(&result) == 1)
		outcome = db_value(&result, 0, 0)[0] == 't' ? DB_COMMIT_DONE : DB_COMMIT_FAILED;
	db_result_clear(&result);
	return outcome;
}

static enum db_commit audit_commit(const struct audit_entry *entry, char lsn[DB_LSN_TEXT_SIZE])
{
	char arrived[24], status[8];
	const char *values[] = { entry->id, arrived, audit_or_null(entry->token_id),
				 audit_or_null(entry->role), entry->method, entry->route,
				 audit_or_null(entry->resource), status, entry->request_id };

	snprintf(arrived, sizeof(arrived), "%lld", entry->arrived_micros);
	snprintf(status, sizeof(status), "%d", entry->status);
	return db_transaction_commit(DB_ARGS(query_audit_insert, values), AUDIT_COMMIT_MILLISECONDS, lsn);
}

/* The answer stands only if the change it reports is stored. */
static void audit_answer_outcome(struct http_request *request, enum db_commit outcome)
{
	switch (outcome) {
	case DB_COMMIT_DONE:
		request->audited = true;
		return;
	case DB_COMMIT_NOTHING:
		return;
	case DB_COMMIT_FAILED:
		http_respond_problem(request, 503, "the change was not stored; try again");
		break;
	case DB_COMMIT_UNKNOWN:
		http_respond_problem(request, 503, "the database did not confirm the change, so it "
					"may or may not be stored: read it back before trying again");
		break;
	}
	http_add_header(request, "Retry-After", "1");
}

static void audit_end(struct http_request *request)
{
	struct audit_entry entry;
	enum db_commit outcome;
	char lsn[DB_LSN_TEXT_SIZE] = "";
	unsigned long long position;

	/* a failed statement, or an answer that says the server failed: the
	 * transaction is rolled back, and the refusal logged after the answer */
	if (!db_transaction_usable() || request->status >= 500) {
		db_transaction_end();
		return;
	}
	audit_fill(request, &entry);
	if (crypto_uuid(entry.id) != RESULT_OK) {
		db_transaction_end();
		http_respond_problem(request, 500, "an internal error occurred; it has been logged");
		log_error("audit: no randomness for a row id");
		return;
	}
	outcome = audit_commit(&entry, lsn);
	db_transaction_end();
	if (outcome == DB_COMMIT_UNKNOWN)
		outcome = audit_confirm(entry.id);
	audit_answer_outcome(request, outcome);
	/* where the change is in the WAL: this instance's next reads, and any
	 * read that sends it back, see at least that much */
	if (outcome == DB_COMMIT_DONE && replica_lsn_parse(lsn, &position)) {
		replica_written(position);
		if (request->status >= 200 && request->status < 300)
			http_add_header(request, "Cacd-Lsn", lsn);
	}
}

/* ---- refusals, by the writer thread ---- */

static char *audit_batch_json(const struct audit_entry *entries, size_t count)
{
	json_t *rows = json_array();
	char *text;

	for (size_t i = 0; i < count; i++) {
		const struct audit_entry *entry = &entries[i];

		json_array_append_new(rows, json_pack("{s:I, s:s?, s:s?, s:s, s:s?, s:s?, s:i, s:s}",
			"at_micros", (json_int_t)entry->arrived_micros,
			"token_id", audit_or_null(entry->token_id), "role", audit_or_null(entry->role),
			"method", entry->method, "route", entry->route,
			"resource_id", audit_or_null(entry->resource), "status", entry->status,
			"request_id", entry->request_id));
	}
	text = json_dumps(rows, JSON_COMPACT);
	json_decref(rows);
	return text;
}

static void audit_store(const struct audit_entry *entries, size_t count)
{
	char *rows = audit_batch_json(entries, count);
	const char *values[] = { rows };
	struct db_result result;

	if (db_query(DB_PRIMARY, DB_ARGS(query_audit_record, values), &result) != DB_OK)
		log_error("audit: %zu refusals were not logged", count);
	db_result_clear(&result);
	free(rows);
}

static void audit_expire(void)
{
	char retention[16];
	const char *values[] = { retention };
	struct db_result result;

	snprintf(retention, sizeof(retention), "%ld", audit.retention_days);
	if (db_query(DB_PRIMARY, DB_ARGS(query_audit_expire, values), &result) != DB_OK)
		log_warn("audit: expired rows were not removed; trying again later");
	db_result_clear(&result);
}

/* Waits, lock held, until a batch is full, AUDIT_GATHER_MS passed, or
 * someone waits for the rows (a reader, or the end of serving). */
static void audit_gather(void)
{
	struct timespec until;

	timing_after(CLOCK_REALTIME, AUDIT_GATHER_MS, &until);
	while (audit.count < AUDIT_BATCH_SIZE && !audit.stopping && audit.flushing == 0)
		if (pthread_cond_timedwait(&audit.wake, &audit.lock, &until) != 0)
			return;
}

/* Waits, lock held, for rows or the next expiry; true when it is time to
 * expire. */
static bool audit_idle(time_t *next_expiry)
{
	struct timespec until = { .tv_sec = *next_expiry };

	while (audit.count == 0 && !audit.stopping)
		if (pthread_cond_timedwait(&audit.wake, &audit.lock, &until) != 0)
			break;
	if (time(NULL) < *next_expiry)
		return false;
	*next_expiry = time(NULL) + AUDIT_EXPIRE_SECONDS;
	return true;
}

static size_t audit_take(struct audit_entry *batch)
{
	size_t count;

	for (count = 0; count < AUDIT_BATCH_SIZE && audit.count > 0; count++) {
		batch[count] = audit.ring[audit.head];
		audit.head = (audit.head + 1) % AUDIT_QUEUE_SIZE;
		audit.count--;
	}
	return count;
}

static void *audit_writer(void *unused)
{
	struct audit_entry *batch = mem_calloc(AUDIT_BATCH_SIZE, sizeof(*batch));
	time_t next_expiry = time(NULL);
	size_t count;

	(void)unused;
	pthread_mutex_lock(&audit.lock);
	for (;;) {
		if (audit_idle(&next_expiry)) {
			pthread_mutex_unlock(&audit.lock);
			audit_expire();
			pthread_mutex_lock(&audit.lock);
		}
		if (audit.count == 0 && audit.stopping)
			break;
		if (audit.count == 0)
			continue;
		audit_gather();
		count = audit_take(batch);
		pthread_mutex_unlock(&audit.lock);
		audit_store(batch, count);
		pthread_mutex_lock(&audit.lock);
		audit.stored += count;
		pthread_cond_broadcast(&audit.progress);
	}
	pthread_mutex_unlock(&audit.lock);
	free(batch);
	db_thread_close();
	return NULL;
}

/* As the answer goes out: a write whose row is not stored yet (a refusal,
 * or a change that was rolled back) is queued for the writer. */
static void audit_answered(const struct http_request *request)
{
	struct audit_entry entry;
	bool full;

	if (request->audited || !audit.running)
		return;
	audit_fill(request, &entry);
	pthread_mutex_lock(&audit.lock);
	full = audit.count == AUDIT_QUEUE_SIZE;
	if (!full) {
		audit.ring[(audit.head + audit.count) % AUDIT_QUEUE_SIZE] = entry;
		audit.count++;
		audit.queued++;
		if (audit.count == 1 || audit.count == AUDIT_BATCH_SIZE)
			pthread_cond_signal(&audit.wake);
	}
	pthread_mutex_unlock(&audit.lock);
	if (full)
		log_warn("audit: queue full; a refused %s was not logged", entry.method);
}

enum result audit_start(const struct config *config)
{
	static const struct http_write_hooks hooks = {
		.begin = audit_begin,
		.end = audit_end,
		.answered = audit_answered,
	};

	pthread_mutex_init(&audit.lock, NULL);
	pthread_cond_init(&audit.wake, NULL);
	pthread_cond_init(&audit.progress, NULL);
	audit.ring = mem_calloc(AUDIT_QUEUE_SIZE, sizeof(*audit.ring));
	audit.retention_days = config->audit_retention_days;
	audit.import_timeout_ms = config->import_timeout_ms;
	audit.stopping = false;
	if (pthread_create(&audit.writer, NULL, audit_writer, NULL) != 0) {
		free(audit.ring);
		return RESULT_ERROR;
	}
	audit.running = true;
	http_set_write_hooks(&hooks);
	return RESULT_OK;
}

void audit_stop(void)
{
	if (!audit.running)
		return;
	pthread_mutex_lock(&audit.lock);
	audit.stopping = true;
	pthread_cond_signal(&audit.wake);
	pthread_mutex_unlock(&audit.lock);
	pthread_join(audit.writer, NULL);
	audit.running = false;
	free(audit.ring);
	audit.ring = NULL;
}

void audit_flush(void)
{
	pthread_mutex_lock(&audit.lock);
	audit.flushing++;
	pthread_cond_signal(&audit.wake);
	for (unsigned long target = audit.queued; audit.running && audit.stored < target;)
		pthread_cond_wait(&audit.progress, &audit.lock);
	audit.flushing--;
	pthread_mutex_unlock(&audit.lock);
}
