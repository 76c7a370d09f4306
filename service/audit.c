#include "audit.h"

#include <microhttpd.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "log.h"
#include "mem.h"
#include "pagination.h"
#include "queries.h"
#include "resource.h"

static bool audit_is_write(enum http_method method)
{
	return method == METHOD_POST || method == METHOD_PUT || method == METHOD_PATCH ||
	       method == METHOD_DELETE;
}

/* What the request was about: a new resource's id (from its Location), else
 * the last id in the path; NULL for routes without one (POST /v1/tokens
 * refused, say). */
static const char *audit_resource(const struct http_request *request)
{
	const char *location = request->response
				       ? MHD_get_response_header(request->response,
								 MHD_HTTP_HEADER_LOCATION)
				       : NULL;
	const char *last = location ? strrchr(location, '/') : NULL;

	if (request->status == 201 && last != NULL && validate_is_uuid(last + 1))
		return last + 1;
	if (request->params.count > 0)
		return request->params.values[request->params.count - 1];
	return NULL;
}

/* Rows wait here for the writer thread, which stores them in batches: a
 * write request then costs its own statement only, not a second one. */
#define AUDIT_QUEUE_SIZE 4096
#define AUDIT_BATCH_SIZE 256
/* Once a row waits, the writer gathers more for this long before storing:
 * under load a batch then holds tens of rows, not the two or three that
 * came in while the last statement ran, and the statements per second stay
 * few. A reader of the log does not wait for it (audit_flush). */
#define AUDIT_GATHER_NS (20 * 1000 * 1000L)

struct audit_entry {
	char token_id[UUID_TEXT_SIZE];
	char role[16];
	char method[8];
	const char *route;  /* a pattern of the static route table */
	char resource[ROUTE_PARAM_SIZE];
	bool has_resource;
	int status;
	char request_id[HTTP_REQUEST_ID_SIZE];
};

static struct {
	pthread_mutex_t lock;
	pthread_cond_t wake;     /* the writer: rows are waiting, or stop */
	pthread_cond_t progress; /* rows were stored, or room was made */
	struct audit_entry *ring;
	size_t head, count;
	unsigned long queued, stored;
	int flushing;            /* readers waiting for every row to be stored */
	long retention_days;
	bool running, stopping;
	pthread_t writer;
} audit;

/* One batch as the JSON that query audit_record takes. */
static char *audit_batch_json(const struct audit_entry *entries, size_t count)
{
	json_t *rows = json_array();
	char *text;

	for (size_t i = 0; i < count; i++) {
		const struct audit_entry *entry = &entries[i];

		json_array_append_new(rows, json_pack("{s:s?, s:s?, s:s, s:s, s:s?, s:i, s:s}",
			"token_id", entry->token_id[0] ? entry->token_id : NULL,
			"role", entry->role[0] ? entry->role : NULL, "method", entry->method,
			"route", entry->route, "resource_id",
			entry->has_resource ? entry->resource : NULL, "status", entry->status,
			"request_id", entry->request_id));
	}
	text = json_dumps(rows, JSON_COMPACT);
	json_decref(rows);
	return text;
}

static void audit_store(const struct audit_entry *entries, size_t count)
{
	char *rows = audit_batch_json(entries, count);
	char retention[16];
	struct db_result result;

	snprintf(retention, sizeof(retention), "%ld", audit.retention_days);
	const char *values[] = { rows, retention };

	if (db_query(DB_PRIMARY, &query_audit_record, 2, values, &result) != DB_OK)
		log_error("audit: %zu rows were not stored", count);
	db_result_clear(&result);
	free(rows);
}

/* Waits, lock held, until a batch is full, AUDIT_GATHER_NS passed, or
 * someone waits for the rows (a reader, or the end of serving). */
static void audit_gather(void)
{
	struct timespec until;

	clock_gettime(CLOCK_REALTIME, &until);
	until.tv_nsec += AUDIT_GATHER_NS;
	if (until.tv_nsec >= 1000000000L) {
		until.tv_sec++;
		until.tv_nsec -= 1000000000L;
	}
	while (audit.count < AUDIT_BATCH_SIZE && !audit.stopping && audit.flushing == 0)
		if (pthread_cond_timedwait(&audit.wake, &audit.lock, &until) != 0)
			return;
}

static void *audit_writer(void *unused)
{
	struct audit_entry *batch = mem_calloc(AUDIT_BATCH_SIZE, sizeof(*batch));
	size_t count;

	(void)unused;
	pthread_mutex_lock(&audit.lock);
	for (;;) {
		while (audit.count == 0 && !audit.stopping)
			pthread_cond_wait(&audit.wake, &audit.lock);
		if (audit.count == 0)
			break;
		audit_gather();
		for (count = 0; count < AUDIT_BATCH_SIZE && audit.count > 0; count++) {
			batch[count] = audit.ring[audit.head];
			audit.head = (audit.head + 1) % AUDIT_QUEUE_SIZE;
			audit.count--;
		}
		pthread_cond_broadcast(&audit.progress);
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

enum result audit_start(const struct config *config)
{
	pthread_mutex_init(&audit.lock, NULL);
	pthread_cond_init(&audit.wake, NULL);
	pthread_cond_init(&audit.progress, NULL);
	audit.ring = mem_calloc(AUDIT_QUEUE_SIZE, sizeof(*audit.ring));
	audit.retention_days = config->audit_retention_days;
	audit.stopping = false;
	if (pthread_create(&audit.writer, NULL, audit_writer, NULL) != 0) {
		free(audit.ring);
		return RESULT_ERROR;
	}
	audit.running = true;
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

/* Until every row queued before now is stored: an admin reading the log
 * sees its own writes. */
static void audit_flush(void)
{
	pthread_mutex_lock(&audit.lock);
	audit.flushing++;
	pthread_cond_signal(&audit.wake);
	for (unsigned long target = audit.queued; audit.running && audit.stored < target;)
		pthread_cond_wait(&audit.progress, &audit.lock);
	audit.flushing--;
	pthread_mutex_unlock(&audit.lock);
}

static void audit_fill(const struct http_request *request, struct audit_entry *entry)
{
	const char *resource = audit_resource(request);
	bool known = request->principal.role != 0;

	memset(entry, 0, sizeof(*entry));
	if (known) {
		snprintf(entry->token_id, sizeof(entry->token_id), "%s", request->principal.token_id);
		snprintf(entry->role, sizeof(entry->role), "%s",
			 auth_role_name(request->principal.role));
	}
	snprintf(entry->method, sizeof(entry->method), "%s", request->method_name);
	entry->route = request->route->pattern;
	entry->has_resource = resource != NULL;
	snprintf(entry->resource, sizeof(entry->resource), "%s", resource ? resource : "");
	entry->status = request->status;
	snprintf(entry->request_id, sizeof(entry->request_id), "%s", request->request_id);
}

void audit_record(struct http_request *request)
{
	struct audit_entry entry;

	if (!audit.running || request->route == NULL || request->route->roles == 0 ||
	    !audit_is_write(request->method))
		return;
	audit_fill(request, &entry);
	pthread_mutex_lock(&audit.lock);
	/* audit.running is set before serving starts and cleared after it
	 * ends, so workers read it without the lock. A full queue holds the
	 * worker back rather than lose a row. */
	while (audit.count == AUDIT_QUEUE_SIZE)
		pthread_cond_wait(&audit.progress, &audit.lock);
	audit.ring[(audit.head + audit.count) % AUDIT_QUEUE_SIZE] = entry;
	audit.count++;
	audit.queued++;
	/* the writer waits for a first row, then gathers until a batch is full */
	if (audit.count == 1 || audit.count == AUDIT_BATCH_SIZE)
		pthread_cond_signal(&audit.wake);
	pthread_mutex_unlock(&audit.lock);
}

void audit_list(struct http_request *request)
{
	const char *resource = http_query(request, "resource_id");
	struct validation validation;
	struct page page;

	validation_init(&validation);
	pagination_parse(http_query(request, "limit"), http_query(request, "cursor"), &page,
			 &validation);
	pagination_parse_since("since", http_query(request, "since"), &page, &validation);
	if (!validation_ok(&validation)) {
		http_respond_invalid(request, "the query is not valid", &validation);
		return;
	}
	audit_flush();
	const char *values[] = { PAGE_PARAMS(page), resource };
	struct resource_call call = {
		.target = DB_PRIMARY,
		.statement = &query_audit_list,
		.count = 5,
		.values = values,
		.status = 200,
		.not_found = "",
		.page = true,
	};

	resource_answer(request, &call);
}
