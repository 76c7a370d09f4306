/* The request: its accessors, its database calls, its authorization, and
 * freeing all it acquired in one place (http.h). */
#include "http.h"

#include <microhttpd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "replica.h"
#include "http_internal.h"
#include "log.h"
#include "mem.h"

/* ---- request accessors ---- */

const char *http_query(const struct http_request *request, const char *name)
{
	return MHD_lookup_connection_value(request->connection, MHD_GET_ARGUMENT_KIND, name);
}

const char *http_header(const struct http_request *request, const char *name)
{
	return MHD_lookup_connection_value(request->connection, MHD_HEADER_KIND, name);
}

const char *http_cookie(const struct http_request *request, const char *name)
{
	return MHD_lookup_connection_value(request->connection, MHD_COOKIE_KIND, name);
}

struct http_query_collect {
	const char *name;
	const char **values;
	size_t max;
	size_t count;
};

static enum MHD_Result http_query_collect_one(void *cls, enum MHD_ValueKind kind,
					      const char *key, const char *value)
{
	struct http_query_collect *collect = cls;

	(void)kind;
	if (strcmp(key, collect->name) == 0) {
		if (collect->count < collect->max)
			collect->values[collect->count] = value ? value : "";
		collect->count++;
	}
	return MHD_YES;
}

size_t http_query_all(const struct http_request *request, const char *name,
		      const char **values, size_t max)
{
	struct http_query_collect collect = { name, values, max, 0 };

	MHD_get_connection_values(request->connection, MHD_GET_ARGUMENT_KIND,
				  http_query_collect_one, &collect);
	return collect.count;
}

long http_elapsed_microseconds(const struct timespec *started)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (now.tv_sec - started->tv_sec) * 1000000L +
	       (now.tv_nsec - started->tv_nsec) / 1000L;
}

long http_time_left(const struct http_request *request)
{
	long left = (request->route != NULL && (request->route->bulk_body ||
						 request->route->bulk_reply)
			     ? request->config->import_timeout_ms
			     : request->config->db_timeout_ms) -
		    http_elapsed_microseconds(&request->queued) / 1000;

	return left > 1 ? left : 1;
}

/* A read that sent back a write's Cacd-Lsn is never older than it. */
static void http_read_floor(struct http_request *request)
{
	const char *seen = http_header(request, "Cacd-Lsn");
	unsigned long long floor = 0;

	if (seen != NULL && !replica_lsn_parse(seen, &floor))
		floor = ~0ULL; /* unreadable: only the primary is sure */
	db_read_floor_set(floor);
}

enum db_status http_db_query(struct http_request *request, enum db_target target,
			     const struct db_statement *statement, int count,
			     const char *const *values, const struct db_result **result)
{
	struct db_result *owned;

	if (request->result_count == HTTP_MAX_RESULTS) {
		static const struct db_result none = { .status = DB_ERROR };

		log_error("request %s: more than %d statements; raise HTTP_MAX_RESULTS",
			  request->request_id, HTTP_MAX_RESULTS);
		*result = &none;
		return DB_ERROR;
	}
	owned = &request->results[request->result_count++];
	*result = owned;
	if (target == DB_READ)
		http_read_floor(request);
	/* db_timeout_ms counts from when the request was queued, so a request
	 * that waited behind others on a hung database still gets its 503 in
	 * time */
	return db_query_within(target, statement, count, values, owned, http_time_left(request));
}

enum db_status http_db_stream(struct http_request *request, enum db_target target,
			      const struct db_statement *statement, int count,
			      const char *const *values, db_row_handler handler, void *context)
{
	if (target == DB_READ)
		http_read_floor(request);
	return db_stream(target, statement, count, values, http_time_left(request), handler,
			 context);
}

/* Everything the request acquired, freed in one place. */
void http_request_free(struct http_request *request)
{
	for (size_t i = 0; i < request->result_count; i++)
		db_result_clear(&request->results[i]);
	if (request->response != NULL)
		MHD_destroy_response(request->response);
	auth_principal_clear(&request->principal);
	free(request->body);
	free(request);
}

/* Imports take up to max_import_bytes; every other body max_body_bytes. */
bool http_is_read(const struct http_request *request)
{
	return request->method == METHOD_GET || request->method == METHOD_HEAD;
}

static void http_respond_unauthorized(struct http_request *request, const char *header)
{
	http_respond_problem(request, 401, header ? "the token is not valid"
						  : "a token is required (Bearer, or Basic on reads)");
	http_add_header(request, MHD_HTTP_HEADER_WWW_AUTHENTICATE,
			http_is_read(request) ? "Bearer realm=\"cacd\", Basic realm=\"cacd\""
					      : "Bearer realm=\"cacd\"");
}

static bool http_authorize_outcome(struct http_request *request, enum auth_outcome outcome)
{
	switch (outcome) {
	case AUTH_OK:
		break;
	case AUTH_UNAVAILABLE:
		http_respond_db_error(request, DB_UNAVAILABLE);
		return false;
	case AUTH_MISSING:
	case AUTH_INVALID:
		http_respond_unauthorized(request,
					  http_header(request, MHD_HTTP_HEADER_AUTHORIZATION));
		return false;
	}
	if (!(request->route->roles & request->principal.role)) {
		http_respond_problem(request, 403, "this token's role may not do this");
		return false;
	}
	return true;
}

bool http_authorize_rows(struct http_request *request, const struct db_result *rows)
{
	return http_authorize_outcome(request, auth_principal_read(rows, &request->principal));
}

bool http_authorize_now(struct http_request *request)
{
	const char *header = http_header(request, MHD_HTTP_HEADER_AUTHORIZATION);

	return http_authorize_outcome(request, auth_authenticate(header, http_is_read(request),
								 http_time_left(request),
								 &request->principal));
}

bool http_authorize(struct http_request *request)
{
	const char *header = http_header(request, MHD_HTTP_HEADER_AUTHORIZATION);
	enum auth_outcome outcome;

	if (request->route->token_in_statement) {
		outcome = http_is_read(request) ? auth_token_read_basic(header, &request->principal)
						: auth_token_read(header, &request->principal);
		if (outcome != AUTH_OK)
			return http_authorize_outcome(request, outcome);
		return true;
	}
	return http_authorize_now(request);
}

/* Matches the route; answers 404, 405 and OPTIONS itself (false then). */
