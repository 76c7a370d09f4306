/* The server: libmicrohttpd's daemon and its threads, strict framing,
 * limits and time-outs, routing and dispatch to the workers, the write
 * hooks and the access log (http_server.h). The request's accessors, its
 * database calls and its authorization are in http_request.c, replies in
 * http_reply.c, the framing checks in http_framing.c. */
#include "http_server.h"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netdb.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

#include "http.h"
#include "http_internal.h"
#include "log.h"
#include "mem.h"
#include "metrics.h"
#include "pool.h"

/* Requests waiting for a worker at most; more get 503 at once. */
#define HTTP_QUEUE_CAPACITY 4096

struct http_server {
	struct MHD_Daemon *daemon;
	const struct config *config;
	const struct route *routes;
	size_t route_count;
	unsigned port;
	struct pool *pool;
	atomic_long in_flight;
	atomic_long connections;
	atomic_bool stopping;
	/* the listening socket, ours to close once quiesced and stopped */
	int listening;
};

/* When more than three quarters of max_connections are open, a connection
 * may idle this many seconds only, so that idle keep-alive connections
 * give their slots to new clients. */
#define HTTP_SCARCE_IDLE_SECONDS 2

/* ---- the request's life ---- */

/* libmicrohttpd's URI log callback: the request begins here, where the URI
 * is still raw (the access handler gets it decoded, after a %00 has cut
 * it). */
static void *http_request_begin(void *cls, const char *uri, struct MHD_Connection *connection)
{
	struct http_server *server = cls;
	struct http_request *request = mem_calloc(1, sizeof(*request));

	clock_gettime(CLOCK_MONOTONIC, &request->started);
	clock_gettime(CLOCK_REALTIME, &request->arrived);
	request->server = server;
	request->connection = connection;
	request->config = server->config;
	request->route_index = server->route_count; /* "no route" until matched */
	request->unsafe_path = http_uri_unsafe(uri);
	request->encoded_separator = http_path_encodes_separator(uri);
	atomic_fetch_add(&server->in_flight, 1);
	return request;
}

/* The first call of the access handler: what the request line said. */
static void http_request_start(struct http_request *request, const char *url,
			       const char *method)
{
	request->method = router_method_parse(method);
	request->method_name = method;
	request->path = url;
	http_request_id_assign(request);
}

/* Imports take up to max_import_bytes; every other body max_body_bytes. */
static long http_body_limit(const struct http_request *request)
{
	return request->route != NULL && request->route->bulk_body
		       ? request->config->max_import_bytes
		       : request->config->max_body_bytes;
}

static void http_body_append(struct http_request *request, const char *data, size_t size)
{
	size_t limit = (size_t)http_body_limit(request);

	if (request->body_too_large || request->body_length + size > limit) {
		request->body_too_large = true;
		return;
	}
	request->body = mem_realloc(request->body, request->body_length + size + 1);
	memcpy(request->body + request->body_length, data, size);
	request->body_length += size;
	request->body[request->body_length] = '\0';
}

static bool http_origin_allowed(const struct config *config, const char *origin)
{
	const char *list = config->cors_origins;
	size_t length;

	if (origin == NULL || list[0] == '\0')
		return false;
	if (strcmp(list, "*") == 0)
		return true;
	length = strlen(origin);
	for (const char *at = list; *at != '\0';) {
		size_t item = strcspn(at, ",");

		if (item == length && strncmp(at, origin, length) == 0)
			return true;
		at += item + (at[item] == ',');
	}
	return false;
}

static void http_add_common_headers(struct http_request *request)
{
	const char *origin = http_header(request, "Origin");

	http_add_header(request, "X-Request-Id", request->request_id);
	http_add_header(request, "X-Content-Type-Options", "nosniff");
	http_add_header(request, MHD_HTTP_HEADER_CACHE_CONTROL,
			request->cacheable ? "private, no-cache" : "no-store");
	if (http_origin_allowed(request->config, origin)) {
		bool any = strcmp(request->config->cors_origins, "*") == 0;

		http_add_header(request, "Access-Control-Allow-Origin", any ? "*" : origin);
		http_add_header(request, "Access-Control-Expose-Headers",
				"X-Request-Id, Retry-After, Location, ETag, Last-Modified, Link");
		if (!any)
			http_add_header(request, MHD_HTTP_HEADER_VARY, "Origin");
	}
}

static void http_respond_options(struct http_request *request, unsigned allowed)
{
	char allow[128];

	router_allow_text(allowed | METHOD_OPTIONS, allow, sizeof(allow));
	http_respond_empty(request, 204);
	http_add_header(request, MHD_HTTP_HEADER_ALLOW, allow);
	if (http_origin_allowed(request->config, http_header(request, "Origin"))) {
		http_add_header(request, "Access-Control-Allow-Methods", allow);
		http_add_header(request, "Access-Control-Allow-Headers",
				"Authorization, Content-Type, Accept, Accept-Language, X-Request-Id");
		http_add_header(request, "Access-Control-Max-Age", "600");
	}
}

/* GET and HEAD: the routes that take Basic credentials too. */
static void http_route_match(struct http_server *server, struct http_request *request)
{
	request->route_outcome = request->encoded_separator
					 ? ROUTER_NOT_FOUND
					 : router_match(server->routes, server->route_count,
							request->method, request->path, &request->route,
							&request->params, &request->allowed_methods);
	if (request->route_outcome != ROUTER_FOUND)
		request->route = NULL;
}

/* Answers the outcome of the match: 404, 405 or OPTIONS (false then). */
static bool http_route(struct http_server *server, struct http_request *request)
{
	unsigned allowed = request->allowed_methods;
	char allow[128];

	switch (request->route_outcome) {
	case ROUTER_NOT_FOUND:
		http_respond_problem(request, 404, "no resource at this path");
		return false;
	case ROUTER_METHOD_NOT_ALLOWED:
		if (request->method == METHOD_OPTIONS) {
			http_respond_options(request, allowed);
			return false;
		}
		router_allow_text(allowed, allow, sizeof(allow));
		http_respond_problem(request, 405, "this path does not answer this method");
		http_add_header(request, MHD_HTTP_HEADER_ALLOW, allow);
		return false;
	case ROUTER_FOUND:
		break;
	}
	request->route_index = (size_t)(request->route - server->routes);
	return true;
}

struct http_query_check {
	const char *known;
	struct validation *validation;
};

static enum MHD_Result http_query_check_one(void *cls, enum MHD_ValueKind kind,
					    const char *key, const char *value)
{
	struct http_query_check *check = cls;

	(void)kind;
	(void)value;
	if (!router_query_known(check->known, key))
		validation_add(check->validation, key, "is not a query parameter of this path");
	return MHD_YES;
}

/* 422 naming every query parameter the route does not read. */
static bool http_query_known(struct http_request *request)
{
	struct validation validation;
	struct http_query_check check = { request->route->query, &validation };

	validation_init(&validation);
	MHD_get_connection_values(request->connection, MHD_GET_ARGUMENT_KIND, http_query_check_one,
				  &check);
	if (validation_ok(&validation))
		return true;
	http_respond_invalid(request, "the query is not valid", &validation);
	return false;
}

/* The matched route's work: the token, the query, then the handler. */
static void http_dispatch(struct http_request *request)
{
	if (request->route->roles != 0 && request->route->roles != ROLE_ANONYMOUS &&
	    !http_authorize(request))
		return;
	if (http_query_known(request))
		request->route->handler(request);
	/* A request that failed before its statement checked the token: the
	 * token is checked now, so 401 and 403 come before any other 4xx. */
	if (request->route->token_in_statement && request->principal.role == 0 &&
	    request->status >= 400 && request->status < 500 && request->status != 401 &&
	    request->status != 403)
		(void)http_authorize_now(request);
	if (request->response == NULL) {
		log_error("request %s: handler for %s gave no answer", request->request_id,
			  request->route->pattern);
		http_respond_problem(request, 500, "an internal error occurred; it has been logged");
	}
}

static struct http_write_hooks http_hooks;

/* Every write that reached the API, answered here or by a worker. */
static void http_answered(const struct http_request *request)
{
	if (http_hooks.answered != NULL && request->method_name != NULL &&
	    http_is_write(request->method) && (request->route == NULL || request->route->roles != 0))
		http_hooks.answered(request);
}

static enum MHD_Result http_queue(struct http_request *request)
{
	enum MHD_Result queued;

	http_answered(request);
	http_add_common_headers(request);
	if (request->close || atomic_load(&request->server->stopping))
		http_add_header(request, MHD_HTTP_HEADER_CONNECTION, "close");
	/* Counted when answered, not when the connection is done with it, so
	 * a client's next request already sees this one in /metrics. */
	metrics_record(request->route_index, request->status,
		       http_elapsed_microseconds(&request->started));
	queued = MHD_queue_response(request->connection, (unsigned)request->status,
				    request->response);
	MHD_destroy_response(request->response);
	request->response = NULL;
	return queued;
}

static bool http_declared_too_large(struct http_request *request)
{
	const char *declared = http_header(request, MHD_HTTP_HEADER_CONTENT_LENGTH);

	return declared != NULL &&
	       strtoull(declared, NULL, 10) > (unsigned long long)http_body_limit(request);
}

/* Answers at once and ends the connection (the rest of the request, if
 * any, is never read). */
static enum MHD_Result http_refuse(struct http_request *request, int status, const char *detail)
{
	http_respond_problem(request, status, detail);
	request->close = true;
	return http_queue(request);
}

static enum MHD_Result http_body_too_large(struct http_request *request)
{
	char detail[96];

	snprintf(detail, sizeof(detail), "the body is larger than %ld bytes",
		 http_body_limit(request));
	return http_refuse(request, 413, detail);
}

/* Mid-body, libmicrohttpd 0.9.75 takes no answer: the connection ends
 * without one, and the access log and metrics say why. */
static enum MHD_Result http_abandon(struct http_request *request, int status)
{
	request->status = status;
	metrics_record(request->route_index, status,
		       http_elapsed_microseconds(&request->started));
	http_answered(request);
	return MHD_NO;
}

static enum MHD_Result http_access(void *cls, struct MHD_Connection *connection,
				   const char *url, const char *method, const char *version,
				   const char *upload_data, size_t *upload_data_size,
				   void **state)
{
	struct http_server *server = cls;
	struct http_request *request = *state;
	const char *problem;

	if (request->answered)
		return http_queue(request);
	if (request->method_name == NULL) {
		http_request_start(request, url, method);
		if ((problem = http_framing_problem(request, version)) != NULL)
			return http_refuse(request, 400, problem);
		http_route_match(server, request);
		/* Answering now closes the connection, which a body we refuse to
		 * read needs anyway. Any other answer waits for a later call: one
		 * queued on the first call turns keep-alive off. */
		if (http_declared_too_large(request))
			return http_body_too_large(request);
		return MHD_YES;
	}
	if (*upload_data_size > 0) {
		http_body_append(request, upload_data, *upload_data_size);
		*upload_data_size = 0;
		/* a chunked body has no declared length: cut it here */
		if (request->body_too_large)
			return http_abandon(request, 413);
		if (http_elapsed_microseconds(&request->started) >
		    request->config->request_deadline_seconds * 1000000L)
			return http_abandon(request, 408);
		return MHD_YES;
	}
	if (!http_route(server, request))
		return http_queue(request);
	/* Operations (no token: /healthz, /readyz, /openapi.json) answer here
	 * and never wait behind database work; the rest go to the workers. */
	if (request->route->roles == 0) {
		http_dispatch(request);
		return http_queue(request);
	}
	clock_gettime(CLOCK_MONOTONIC, &request->queued);
	MHD_suspend_connection(connection);
	if (!pool_submit(server->pool, request)) {
		http_respond_problem(request, 503, "the server is busy; try again");
		http_add_header(request, MHD_HTTP_HEADER_RETRY_AFTER, "1");
		request->answered = true;
		MHD_resume_connection(connection);
	}
	return MHD_YES;
}

void http_set_write_hooks(const struct http_write_hooks *hooks)
{
	http_hooks = *hooks;
}

bool http_is_write(enum http_method method)
{
	return method == METHOD_POST || method == METHOD_PUT || method == METHOD_PATCH ||
	       method == METHOD_DELETE;
}

/* A write to a route that takes a token: the hooks run around it. */
static bool http_write_hooked(const struct http_request *request)
{
	return http_hooks.begin != NULL && request->route != NULL && request->route->roles != 0 &&
	       http_is_write(request->method);
}

/* A worker: the request's work, unless it waited in the queue longer than
 * a database call may take, then the connection goes back to
 * libmicrohttpd, which calls http_access to send the answer. */
static void http_work(void *job, void *context)
{
	struct http_request *request = job;

	(void)context;
	if (http_elapsed_microseconds(&request->queued) > request->config->db_timeout_ms * 1000L) {
		http_respond_problem(request, 503, "the server is busy; try again");
		http_add_header(request, MHD_HTTP_HEADER_RETRY_AFTER, "1");
	} else if (http_write_hooked(request)) {
		http_hooks.begin(request);
		http_dispatch(request);
		http_hooks.end(request);
	} else {
		http_dispatch(request);
	}
	request->answered = true;
	MHD_resume_connection(request->connection);
}

static bool http_connections_scarce(const struct http_server *server)
{
	return atomic_load(&server->connections) * 4 > server->config->max_connections * 3;
}

static void http_connection_notify(void *cls, struct MHD_Connection *connection,
				   void **socket_state, enum MHD_ConnectionNotificationCode code)
{
	struct http_server *server = cls;

	(void)socket_state;
	if (code == MHD_CONNECTION_NOTIFY_CLOSED) {
		atomic_fetch_sub(&server->connections, 1);
		return;
	}
	atomic_fetch_add(&server->connections, 1);
	if (http_connections_scarce(server))
		MHD_set_connection_option(connection, MHD_CONNECTION_OPTION_TIMEOUT,
					  (unsigned)HTTP_SCARCE_IDLE_SECONDS);
}

static void http_completed(void *cls, struct MHD_Connection *connection, void **state,
			   enum MHD_RequestTerminationCode code)
{
	struct http_server *server = cls;
	struct http_request *request = *state;
	long microseconds;

	if (request == NULL)
		return;
	microseconds = http_elapsed_microseconds(&request->started);
	if (server->config->access_log) {
		/* an invitation link's path holds its one-time code: not logged */
		bool invitation = request->path && strncmp(request->path, "/i/", 3) == 0;
		struct log_access entry = {
			.method = request->method_name ? request->method_name : "",
			.path = invitation ? "/i/{code}" : request->path ? request->path : "",
			.route = request->route ? request->route->pattern : "",
			.status = request->status,
			.microseconds = microseconds,
			.request_id = request->request_id,
			.aborted = code != MHD_REQUEST_TERMINATED_COMPLETED_OK,
		};

		log_access(&entry);
	}
	http_request_free(request);
	*state = NULL;
	atomic_fetch_sub(&server->in_flight, 1);
	/* the connection now idles until its next request */
	if (http_connections_scarce(server))
		MHD_set_connection_option(connection, MHD_CONNECTION_OPTION_TIMEOUT,
					  (unsigned)HTTP_SCARCE_IDLE_SECONDS);
}

static void http_log_library(void *cls, const char *format, va_list arguments)
	__attribute__((format(printf, 2, 0)));

static void http_log_library(void *cls, const char *format, va_list arguments)
{
	char message[512];
	size_t length;

	(void)cls;
	vsnprintf(message, sizeof(message), format, arguments);
	length = strlen(message);
	while (length > 0 && message[length - 1] == '\n')
		message[--length] = '\0';
	log_warn("http: %s", message);
}

/* libmicrohttpd's own default writes to stderr, which is buffered here:
 * the reason would be lost with the process. */
static void http_library_panic(void *cls, const char *file, unsigned int line,
			       const char *reason)
{
	(void)cls;
	log_error("http: libmicrohttpd gave up at %s:%u: %s", file ? file : "?", line,
		  reason ? reason : "");
	abort();
}

static enum result http_resolve(const struct config *config, struct sockaddr_storage *address)
{
	struct addrinfo hints = { .ai_flags = AI_PASSIVE, .ai_socktype = SOCK_STREAM };
	struct addrinfo *found = NULL;
	char port[8];

	snprintf(port, sizeof(port), "%ld", config->listen_port);
	if (getaddrinfo(config->listen_host, port, &hints, &found) != 0 || found == NULL)
		return RESULT_ERROR;
	memcpy(address, found->ai_addr, found->ai_addrlen);
	freeaddrinfo(found);
	return RESULT_OK;
}

static unsigned http_worker_count(const struct config *config)
{
	long cores = sysconf(_SC_NPROCESSORS_ONLN);

	if (config->workers > 0)
		return (unsigned)config->workers;
	return cores > 0 ? (unsigned)cores : 1;
}

enum result http_server_start(const struct config *config, const struct route *routes,
			      size_t route_count, struct http_server **out)
{
	struct http_server *server = mem_calloc(1, sizeof(*server));
	struct sockaddr_storage address;
	unsigned workers = http_worker_count(config);
	const union MHD_DaemonInfo *info;

	server->config = config;
	server->listening = -1;
	server->routes = routes;
	server->route_count = route_count;
	if (http_resolve(config, &address) != RESULT_OK) {
		log_error("listen: cannot resolve '%s'", config->listen);
		free(server);
		return RESULT_ERROR;
	}
	server->pool = pool_start(workers, HTTP_QUEUE_CAPACITY, http_work, server);
	if (server->pool == NULL) {
		log_error("serve: cannot start %u worker threads", workers);
		free(server);
		return RESULT_ERROR;
	}
	MHD_set_panic_func(http_library_panic, NULL);
	server->daemon = MHD_start_daemon(
		MHD_USE_POLL_INTERNAL_THREAD | MHD_USE_ITC | MHD_USE_ERROR_LOG |
			MHD_ALLOW_SUSPEND_RESUME |
			(address.ss_family == AF_INET6 ? MHD_USE_IPv6 : 0),
		0, NULL, NULL, http_access, server,
		MHD_OPTION_EXTERNAL_LOGGER, http_log_library, NULL,
		MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&address,
		MHD_OPTION_THREAD_POOL_SIZE, workers,
		MHD_OPTION_CONNECTION_LIMIT, (unsigned)config->max_connections,
		MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)config->connection_timeout_seconds,
		MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)65536,
		MHD_OPTION_NOTIFY_COMPLETED, http_completed, server,
		MHD_OPTION_NOTIFY_CONNECTION, http_connection_notify, server,
		MHD_OPTION_URI_LOG_CALLBACK, http_request_begin, server,
		MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)config->max_connections_per_address,
		MHD_OPTION_END);
	if (server->daemon == NULL) {
		log_error("listen: cannot listen on %s", config->listen);
		pool_stop(server->pool);
		pool_free(server->pool);
		free(server);
		return RESULT_ERROR;
	}
	info = MHD_get_daemon_info(server->daemon, MHD_DAEMON_INFO_BIND_PORT);
	server->port = info ? info->port : (unsigned)config->listen_port;
	log_info("listening on %s:%u with %u workers", config->listen_host, server->port,
		 workers);
	*out = server;
	return RESULT_OK;
}

unsigned http_server_port(const struct http_server *server)
{
	return server->port;
}

/* Stops accepting. libmicrohttpd's workers let go of the listening socket
 * only some time after MHD_quiesce_daemon returns, so it must stay open
 * until MHD_stop_daemon (closing it earlier aborts the process when a
 * worker touches it). shutdown() makes the kernel refuse new connections
 * at once, as a closed socket would, while the descriptor stays valid.
 * Workers poll() rather than epoll: libmicrohttpd 0.9.75 can abort when a
 * worker and MHD_quiesce_daemon both remove the socket from an epoll set. */
void http_server_quiesce(struct http_server *server)
{
	MHD_socket listening;

	atomic_store(&server->stopping, true);
	listening = MHD_quiesce_daemon(server->daemon);
	if (listening == MHD_INVALID_SOCKET)
		return;
	server->listening = listening;
	shutdown(listening, SHUT_RD);
}

long http_server_in_flight(const struct http_server *server)
{
	return atomic_load(&server->in_flight);
}

void http_server_stop(struct http_server *server)
{
	if (server == NULL)
		return;
	/* Suspended connections must be resumed before the daemon stops: the
	 * pool answers what it holds first. */
	pool_stop(server->pool);
	MHD_stop_daemon(server->daemon);
	if (server->listening >= 0)
		close(server->listening);
	pool_free(server->pool);
	free(server);
}
