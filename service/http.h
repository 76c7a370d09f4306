/* The HTTP layer on libmicrohttpd: a pool of poll() worker threads, each with
 * its own database connections; bounded bodies, connections and time-outs;
 * problem+json for every error; a request id and one access-log line per
 * request. Handlers see a struct http_request with validated routing and
 * authentication already done, and answer through http_respond_*. */
#ifndef CACD_HTTP_H
#define CACD_HTTP_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "auth.h"
#include "config.h"
#include "csv.h"
#include "db.h"
#include "result.h"
#include "router.h"
#include "validate.h"

#define HTTP_REQUEST_ID_SIZE 65
#define HTTP_MAX_RESULTS 4

struct MHD_Connection;
struct MHD_Response;

struct http_server;

struct http_request {
	struct http_server *server;
	struct MHD_Connection *connection;
	const struct config *config;
	enum http_method method;
	const char *method_name;
	const char *path;
	char request_id[HTTP_REQUEST_ID_SIZE];
	struct timespec started;

	char *body;            /* NUL-terminated; owned */
	size_t body_length;
	bool body_too_large;
	bool unsafe_path;      /* the raw URI held a NUL or control character */
	bool encoded_separator; /* its path held %2F or %00: it names nothing */
	bool cacheable;        /* revalidate with the ETag, rather than no-store */
	bool close;            /* the connection ends after this answer */
	bool answered;         /* a worker answered it; queue the answer */
	struct timespec queued;

	/* Matched when the headers are in (the body's limit depends on the
	 * route); answered 404 or 405 only once the body has been read. */
	enum router_outcome route_outcome;
	unsigned allowed_methods;  /* when ROUTER_METHOD_NOT_ALLOWED */
	const struct route *route; /* when ROUTER_FOUND, else NULL */
	size_t route_index;
	struct route_params params;
	struct auth_principal principal;

	int status;
	struct MHD_Response *response;

	struct timespec arrived;   /* wall-clock time the request began */
	char location_id[ROUTE_PARAM_SIZE];  /* the id a Location named, or "" */
	bool audited;              /* its audit row is stored (write hooks) */

	/* Database results of this request, freed with it. */
	struct db_result results[HTTP_MAX_RESULTS];
	size_t result_count;
};

struct http_server;

/* What runs around a write request (POST, PUT, PATCH, DELETE), set once
 * before serving, as nginx runs its log phase: the HTTP layer names no
 * module that uses them. begin and end run on the request's worker, around
 * its handler (end may replace the answer); answered runs as the answer
 * is queued, for every write, also those refused before reaching a worker
 * (404, 405, 413), and for a body cut off as too large. */
struct http_write_hooks {
	void (*begin)(struct http_request *request);
	void (*end)(struct http_request *request);
	void (*answered)(const struct http_request *request);
};
void http_set_write_hooks(const struct http_write_hooks *hooks);
/* Whether the method writes. */
bool http_is_write(enum http_method method);

/* Request accessors: values live as long as the request. */
const char *http_query(const struct http_request *request, const char *name);
const char *http_header(const struct http_request *request, const char *name);
/* A cookie the request carries, or NULL. */
const char *http_cookie(const struct http_request *request, const char *name);
/* Collects every value of a repeated query parameter; returns the count. */
size_t http_query_all(const struct http_request *request, const char *name,
		      const char **values, size_t max);
enum http_format {
	FORMAT_JSON,
	FORMAT_CSV,
	FORMAT_XLSX,
	FORMAT_HTML,   /* only where http_format_wanted_of offers it */
};

#define HTTP_XLSX_TYPE "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

/* What the client asked for: ?format=json|csv|xlsx, else the Accept
 * header's preference (q-values honoured), else JSON. Answers 422 and
 * returns false for a format cacd does not have. */
bool http_format_wanted(struct http_request *request, enum http_format *format);
/* The same among the first offered formats of json, csv, xlsx, html. */
bool http_format_wanted_of(struct http_request *request, size_t offered,
			   enum http_format *format);

/* Sets up csv for the format asked for (CSV in its dialect, or xlsx with
 * one sheet named sheet) and answers 422 or 500 and returns false when it
 * cannot. */
bool http_table_start(struct http_request *request, enum http_format format, struct csv *csv,
		      const char *sheet);

/* Answers the table csv holds, as CSV or xlsx; caching as
 * http_respond_cacheable when modified >= 0. */
void http_respond_table(struct http_request *request, enum http_format format,
			struct csv *csv, long modified);
/* Answers a table of any length from the file it was spooled to
 * (csv_spool): the body is sent from the file, never held in memory. */
void http_respond_table_file(struct http_request *request, enum http_format format,
			     struct csv *csv);
/* The CSV dialect asked for (?dialect=nl); answers 422 and returns false
 * for one cacd does not know. */
bool http_csv_dialect(struct http_request *request, enum csv_dialect *dialect);

/* Milliseconds left of the request's database time (db_timeout_ms, or
 * import_timeout_ms for imports and complete exports, counted from when it
 * was queued); 1 at least. */
long http_time_left(const struct http_request *request);

/* Runs a statement (db_query) for the request: *result belongs to the
 * request and is freed with it, whatever the status. */
enum db_status http_db_query(struct http_request *request, enum db_target target,
			     const struct db_statement *statement, int count,
			     const char *const *values, const struct db_result **result);

/* Runs a statement row by row for the request (db_stream), within its
 * time left. */
enum db_status http_db_stream(struct http_request *request, enum db_target target,
			      const struct db_statement *statement, int count,
			      const char *const *values, db_row_handler handler, void *context);

/* Answers: each replaces any earlier answer of the request. */
void http_respond_json(struct http_request *request, int status, json_t *body); /* steals body */
void http_respond_json_text(struct http_request *request, int status, const char *text);
void http_respond_bytes(struct http_request *request, int status, const char *content_type,
			char *body, size_t length); /* steals body */
void http_respond_empty(struct http_request *request, int status);
/* 200 with a strong ETag (a hash of the body) and Last-Modified (when
 * modified is not 0), or 304 without the body when If-None-Match already
 * names that ETag. Steals body. */
void http_respond_cacheable(struct http_request *request, const char *content_type, char *body,
			    size_t length, time_t modified);
/* As http_respond_cacheable, with the ETag (quotes included) already known. */
void http_respond_tagged(struct http_request *request, const char *content_type, char *body,
			 size_t length, time_t modified, const char *tag);
/* The strong ETag http_respond_cacheable gives body; tag needs 40 bytes. */
void http_etag_of(const char *body, size_t length, char tag[40]);
void http_respond_problem(struct http_request *request, int status, const char *detail);
void http_respond_invalid(struct http_request *request, const char *detail,
			  const struct validation *validation);
/* Maps a failed database call: 503 with Retry-After, 409, 422 or 500. */
void http_respond_db_error(struct http_request *request, enum db_status status);
void http_add_header(struct http_request *request, const char *name, const char *value);
/* For a page of a list whose JSON carries "next_cursor": a Link header to
 * the next page (this path and query, cursor replaced), while there is one. */
void http_add_next_link(struct http_request *request, const char *cursor);

/* Location of what a 201 made: prefix, id and suffix (which may be ""). */
void http_add_location(struct http_request *request, const char *prefix, const char *id,
		       const char *suffix);

/* For routes whose statement checks the token: reads the principal from
 * the statement's first columns (auth_principal_read), answers 401 or 403
 * and returns false when the token does not grant the route. */
bool http_authorize_rows(struct http_request *request, const struct db_result *rows);

/* Checks the token by its own lookup and the route's roles; answers 401,
 * 403 or 503 and returns false when they do not grant the route. (The
 * dispatcher calls it for token_in_statement routes that failed before
 * their statement ran, so 401 and 403 still come before any other 4xx.) */
bool http_authorize_now(struct http_request *request);

/* Decodes the JSON body; on failure answers 400/415/422 and returns NULL. */
json_t *http_body_object(struct http_request *request);
/* Whether a Content-Type is application/json or application/...+json. */
bool http_is_json_type(const char *content_type);

#endif
