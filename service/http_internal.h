/* Inside the HTTP layer: what http.c (the server), http_request.c and
 * http_reply.c share. Handlers include http.h only. */
#ifndef CACD_HTTP_INTERNAL_H
#define CACD_HTTP_INTERNAL_H

#include <stdbool.h>
#include <time.h>

#include "http.h"

/* Microseconds since started (CLOCK_MONOTONIC). */
long http_elapsed_microseconds(const struct timespec *started);
/* Everything the request acquired, freed in one place. */
void http_request_free(struct http_request *request);
/* GET and HEAD: the routes that take Basic credentials too. */
bool http_is_read(const struct http_request *request);
/* The token of a route that needs one: by its own lookup, or only read
 * for a statement that checks it; answers 401, 403 or 503 and returns
 * false when it does not grant the route. */
bool http_authorize(struct http_request *request);

/* http_framing.c: the request's id (X-Request-Id when it is a fit one,
 * else a new one); a byte no path may hold; a path that names nothing
 * (%2F or %00 in a segment); a URI with a control character; and why the
 * headers frame the request more than one way (NULL when they do not). */
void http_request_id_assign(struct http_request *request);
bool http_control(unsigned char c);
bool http_path_encodes_separator(const char *uri);
bool http_uri_unsafe(const char *uri);
const char *http_framing_problem(const struct http_request *request, const char *version);

#endif
