#include "metrics.h"

#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "replica.h"
#include "mem.h"
#include "reply_cache.h"
#include "result.h"

/* Every status cacd or libmicrohttpd answers with; 0 collects any other. */
static const int tracked_statuses[] = { 200, 201, 204, 303, 304, 400, 401, 403, 404, 405,
					406, 409, 410, 412, 413, 414, 415, 422, 429, 431,
					500, 501, 503, 0 /* other */ };
#define STATUS_SLOTS ARRAY_LENGTH(tracked_statuses)

static const long bucket_microseconds[] = { 1000, 5000, 10000, 25000, 50000, 100000,
					    250000, 500000, 1000000, 2500000, 5000000 };
#define BUCKETS ARRAY_LENGTH(bucket_microseconds)

static const struct route *metrics_routes;
static size_t metrics_route_count;
static atomic_long *request_counts; /* [(route_count + 1) * STATUS_SLOTS] */
/* per route (the last slot: unmatched), BUCKETS + 1 counts and a sum */
#define LATENCY_SLOTS (BUCKETS + 2)
static atomic_long *latency_counts; /* [(route_count + 1) * LATENCY_SLOTS] */

void metrics_setup(const struct route *routes, size_t route_count)
{
	metrics_routes = routes;
	metrics_route_count = route_count;
	free(request_counts);
	free(latency_counts);
	request_counts = mem_calloc((route_count + 1) * STATUS_SLOTS, sizeof(atomic_long));
	latency_counts = mem_calloc((route_count + 1) * LATENCY_SLOTS, sizeof(atomic_long));
}

static size_t metrics_status_slot(int status)
{
	for (size_t i = 0; i + 1 < STATUS_SLOTS; i++) {
		if (tracked_statuses[i] == status)
			return i;
	}
	return STATUS_SLOTS - 1;
}

void metrics_record(size_t route_index, int status, long microseconds)
{
	size_t bucket = 0;

	if (request_counts == NULL || route_index > metrics_route_count)
		return;
	atomic_fetch_add(&request_counts[route_index * STATUS_SLOTS + metrics_status_slot(status)],
			 1);
	while (bucket < BUCKETS && microseconds > bucket_microseconds[bucket])
		bucket++;
	atomic_fetch_add(&latency_counts[route_index * LATENCY_SLOTS + bucket], 1);
	atomic_fetch_add(&latency_counts[route_index * LATENCY_SLOTS + BUCKETS + 1], microseconds);
}

struct metrics_text {
	char *text;
	size_t length;
	size_t capacity;
};

static void metrics_append(struct metrics_text *out, const char *format, ...)
	PRINTF_LIKE(2, 3);

static void metrics_append(struct metrics_text *out, const char *format, ...)
{
	va_list arguments;
	int needed;

	va_start(arguments, format);
	needed = vsnprintf(NULL, 0, format, arguments);
	va_end(arguments);
	if (out->length + (size_t)needed + 1 > out->capacity) {
		out->capacity = (out->length + (size_t)needed + 1) * 2;
		out->text = mem_realloc(out->text, out->capacity);
	}
	va_start(arguments, format);
	vsnprintf(out->text + out->length, out->capacity - out->length, format, arguments);
	va_end(arguments);
	out->length += (size_t)needed;
}

/* The route's labels: its pattern and method, or "unmatched". */
static void metrics_route_labels(size_t route, char *labels, size_t size)
{
	char method[16] = "";

	if (route == metrics_route_count) {
		snprintf(labels, size, "route=\"unmatched\",method=\"\"");
		return;
	}
	router_allow_text(metrics_routes[route].method, method, sizeof(method));
	snprintf(labels, size, "route=\"%s\",method=\"%s\"", metrics_routes[route].pattern,
		 method);
}

static void metrics_render_requests(struct metrics_text *out)
{
	metrics_append(out, "# HELP cacd_http_requests_total Requests answered, by route and status.\n"
			    "# TYPE cacd_http_requests_total counter\n");
	for (size_t route = 0; route <= metrics_route_count; route++) {
		char labels[256];

		metrics_route_labels(route, labels, sizeof(labels));
		for (size_t slot = 0; slot < STATUS_SLOTS; slot++) {
			long count = atomic_load(&request_counts[route * STATUS_SLOTS + slot]);

			if (count == 0)
				continue;
			if (tracked_statuses[slot] == 0)
				metrics_append(out, "cacd_http_requests_total{%s,status=\"other\"} %ld\n",
					       labels, count);
			else
				metrics_append(out, "cacd_http_requests_total{%s,status=\"%d\"} %ld\n",
					       labels, tracked_statuses[slot], count);
		}
	}
}

/* One route's histogram; routes never asked are left out. */
static void metrics_render_route_latency(struct metrics_text *out, size_t route)
{
	const atomic_long *slots = &latency_counts[route * LATENCY_SLOTS];
	long cumulative = 0;
	char labels[256];

	for (size_t i = 0; i <= BUCKETS; i++)
		cumulative += atomic_load(&slots[i]);
	if (cumulative == 0)
		return;
	metrics_route_labels(route, labels, sizeof(labels));
	cumulative = 0;
	for (size_t i = 0; i < BUCKETS; i++) {
		cumulative += atomic_load(&slots[i]);
		metrics_append(out, "cacd_http_request_duration_seconds_bucket{%s,le=\"%g\"} %ld\n",
			       labels, (double)bucket_microseconds[i] / 1e6, cumulative);
	}
	cumulative += atomic_load(&slots[BUCKETS]);
	metrics_append(out, "cacd_http_request_duration_seconds_bucket{%s,le=\"+Inf\"} %ld\n"
			    "cacd_http_request_duration_seconds_sum{%s} %.6f\n"
			    "cacd_http_request_duration_seconds_count{%s} %ld\n",
		       labels, cumulative, labels,
		       (double)atomic_load(&slots[BUCKETS + 1]) / 1e6, labels, cumulative);
}

static void metrics_render_latency(struct metrics_text *out)
{
	metrics_append(out, "# HELP cacd_http_request_duration_seconds Time from request to answer, by route.\n"
			    "# TYPE cacd_http_request_duration_seconds histogram\n");
	for (size_t route = 0; route <= metrics_route_count; route++)
		metrics_render_route_latency(out, route);
}

static void metrics_render_database(struct metrics_text *out)
{
	struct db_counters counters;

	db_counters_read(&counters);
	metrics_append(out,
		       "# HELP cacd_db_connections_open Database connections held by workers.\n"
		       "# TYPE cacd_db_connections_open gauge\n"
		       "cacd_db_connections_open %ld\n"
		       "# HELP cacd_db_connects_total Database connections made, the first and every reconnection.\n"
		       "# TYPE cacd_db_connects_total counter\n"
		       "cacd_db_connects_total %ld\n"
		       "# HELP cacd_db_connect_failures_total Database connections that could not be made.\n"
		       "# TYPE cacd_db_connect_failures_total counter\n"
		       "cacd_db_connect_failures_total %ld\n"
		       "# HELP cacd_db_queries_total Statements sent to the database.\n"
		       "# TYPE cacd_db_queries_total counter\n"
		       "cacd_db_queries_total %ld\n"
		       "# HELP cacd_db_query_failures_total Statements the database answered with an error.\n"
		       "# TYPE cacd_db_query_failures_total counter\n"
		       "cacd_db_query_failures_total %ld\n"
		       "# HELP cacd_db_rollback_retries_total Statements sent again after a deadlock or serialization failure.\n"
		       "# TYPE cacd_db_rollback_retries_total counter\n"
		       "cacd_db_rollback_retries_total %ld\n"
		       "# HELP cacd_db_timeouts_total Database calls that ran past db_timeout_ms.\n"
		       "# TYPE cacd_db_timeouts_total counter\n"
		       "cacd_db_timeouts_total %ld\n",
		       counters.connections_open, counters.connects, counters.connect_failures,
		       counters.queries, counters.query_failures, counters.rollback_retries,
		       counters.timeouts);
}

static void metrics_render_replies(struct metrics_text *out)
{
	struct reply_cache_counters counters;

	reply_cache_counters_read(&counters);
	metrics_append(out,
		       "# HELP cacd_reply_cache_hits_total Score replies answered as kept, not computed.\n"
		       "# TYPE cacd_reply_cache_hits_total counter\n"
		       "cacd_reply_cache_hits_total %ld\n"
		       "# HELP cacd_reply_cache_misses_total Score replies computed because none was kept.\n"
		       "# TYPE cacd_reply_cache_misses_total counter\n"
		       "cacd_reply_cache_misses_total %ld\n"
		       "# HELP cacd_reply_cache_bytes Bytes of score replies kept.\n"
		       "# TYPE cacd_reply_cache_bytes gauge\n"
		       "cacd_reply_cache_bytes %ld\n",
		       counters.hits, counters.misses, counters.bytes);
}

/* The read replica, when one is configured: whether reads may use it. */
static void metrics_render_replica(struct metrics_text *out)
{
	struct replica_state state;

	replica_read(&state);
	if (!state.configured)
		return;
	metrics_append(out,
		       "# HELP cacd_replica_up Whether the read replica answered its last look.\n"
		       "# TYPE cacd_replica_up gauge\n"
		       "cacd_replica_up %d\n"
		       "# HELP cacd_replica_lag_milliseconds How far the replica's replay is behind the primary (-1: unknown).\n"
		       "# TYPE cacd_replica_lag_milliseconds gauge\n"
		       "cacd_replica_lag_milliseconds %ld\n",
		       state.healthy ? 1 : 0, state.lag_ms);
}

char *metrics_render(size_t *length)
{
	struct metrics_text out = { 0 };

	metrics_render_requests(&out);
	metrics_render_latency(&out);
	metrics_render_database(&out);
	metrics_render_replies(&out);
	metrics_render_replica(&out);
	*length = out.length;
	return out.text;
}
