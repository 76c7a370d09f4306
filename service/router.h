/* The route table's matching: method + path pattern -> route, with UUID and
 * key parameters captured. Pure: no I/O, so a table of cases tests it. */
#ifndef CACD_ROUTER_H
#define CACD_ROUTER_H

#include <stdbool.h>
#include <stddef.h>

enum http_method {
	METHOD_OTHER = 0,
	METHOD_GET = 1 << 0,
	METHOD_HEAD = 1 << 1,
	METHOD_POST = 1 << 2,
	METHOD_PUT = 1 << 3,
	METHOD_PATCH = 1 << 4,
	METHOD_DELETE = 1 << 5,
	METHOD_OPTIONS = 1 << 6,
};

#define ROUTE_MAX_PARAMS 3
#define ROUTE_PARAM_SIZE 41

struct http_request;
typedef void (*route_handler)(struct http_request *request);

/* In a pattern, "{id}" matches a UUID (captured in lower case) and "{key}"
 * a short lower-case slug; any other segment matches itself. */
struct scores_view;

struct route {
	enum http_method method;
	const char *pattern;
	route_handler handler;
	unsigned roles;          /* bit mask of enum auth_role; 0 = no token needed */
	/* The handler's statement checks the token itself (one round trip
	 * instead of two) and the handler calls http_authorize_rows. */
	bool token_in_statement;
	/* The query parameters it reads, space-separated; any other is 422. */
	const char *query;
	/* A bulk body (an import): up to max_import_bytes, not max_body_bytes. */
	bool bulk_body;
	/* A complete table (an export): import_timeout_ms for its database work. */
	bool bulk_reply;
	/* A score view's row (scores.c), for scores_view_handler: the
	 * dispatch table carries what the view is, as PgBouncer's show_map
	 * does. */
	const struct scores_view *scores_view;
};

/* Pure: whether name is one of the space-separated words of list. */
bool router_query_known(const char *list, const char *name);

struct route_params {
	size_t count;
	char values[ROUTE_MAX_PARAMS][ROUTE_PARAM_SIZE];
};

enum router_outcome {
	ROUTER_FOUND,
	ROUTER_NOT_FOUND,
	ROUTER_METHOD_NOT_ALLOWED,
};

enum http_method router_method_parse(const char *name);

/* On ROUTER_FOUND sets *found and params; on ROUTER_METHOD_NOT_ALLOWED sets
 * *allowed to the methods the path does answer (GET implies HEAD). */
enum router_outcome router_match(const struct route *routes, size_t count,
				 enum http_method method, const char *path,
				 const struct route **found, struct route_params *params,
				 unsigned *allowed);

/* Writes "GET, HEAD, POST" style text for an Allow header. */
void router_allow_text(unsigned allowed, char *out, size_t size);

#endif
