/* Starting and stopping the HTTP server: for cli.c only. */
#ifndef CACD_HTTP_SERVER_H
#define CACD_HTTP_SERVER_H

#include <stddef.h>

#include "config.h"
#include "result.h"
#include "router.h"

struct http_server;

/* Starts listening; *server is freed by http_server_stop. */
enum result http_server_start(const struct config *config, const struct route *routes,
			      size_t route_count, struct http_server **server) MUST_CHECK;
unsigned http_server_port(const struct http_server *server);

/* Stops accepting connections and asks every open one to close after its
 * current answer; requests under way go on. */
void http_server_quiesce(struct http_server *server);
/* Requests begun and not yet answered and sent. */
long http_server_in_flight(const struct http_server *server);
/* Ends the server: what is still queued is answered first. */
void http_server_stop(struct http_server *server);

#endif
