#include "http.h"

#include <arpa/inet.h>
#include <stdatomic.h>
#include <stdint.h>
#include <microhttpd.h>
#include <netdb.h>
#include <sys/socket.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "accept.h"
#include "db_replica.h"
#include "crypto.h"
#include "json.h"
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

static const struct {
	int status;
	const char *title;
} status_titles[] = {
	{ 400, "Bad Request" },		  { 401, "Unauthorized" },
	{ 403, "Forbidden" },		  { 404, "Not Found" },
	{ 405, "Method Not Allowed" },	  { 409, "Conflict" },
	{ 413, "Content Too Large" },	  { 415, "Unsupported Media Type" },
	{ 422, "Unprocessable Content" }, { 500, "Internal Server Error" },
	{ 503, "Service Unavailable" },
};

static const char *http_status_title(int status)
{
	for (size_t i = 0; i < ARRAY_LENGTH(status_titles); i++) {
		if (status_titles[i].status == status)
			return status_titles[i].title;
	}
	return "Error";
}

/* ---- answers ---- */

void http_respond_bytes(struct http_request *request, int status, const char *content_type,
			char *body, size_t length)
{
	if (request->response != NULL)
		MHD_destroy_response(request->response);
	request->response = MHD_create_response_from_buffer_with_free_callback(length, body,
									       free);
	if (request->response == NULL)
		abort();
	request->status = status;
	MHD_add_response_header(request->response, MHD_HTTP_HEADER_CONTENT_TYPE, content_type);
}

void http_respond_json(struct http_request *request, int status, json_t *body)
{
	size_t length;
	char *text = json_encode(body, &length);

	json_decref(body);
	http_respond_bytes(request, status, "application/json", text, length);
}

void http_respond_json_text(struct http_request *request, int status, const char *text)
{
	size_t length = strlen(text);

	http_respond_bytes(request, status, "application/json", mem_strndup(text, length),
			   length);
}

/* Whether If-None-Match names tag (weakly compared, as RFC 9110 says for
 * If-None-Match), or is "*". */
static bool http_etag_matches(const char *header, const char *tag)
{
	size_t length = strlen(tag);

	for (const char *at = header; at != NULL && *at != '\0';) {
		size_t size;

		at += strspn(at, " \t,");
		if (strncmp(at, "W/", 2) == 0)
			at += 2;
		size = strcspn(at, ", \t");
		if ((size == 1 && *at == '*') || (size == length && strncmp(at, tag, length) == 0))
			return true;
		at += size;
	}
	return false;
}

void http_etag_of(const char *body, size_t length, char tag[40])
{
	char hash[CRYPTO_SHA256_HEX_SIZE];

	crypto_sha256_hex(body, length, hash);
	snprintf(tag, 40, "\"%.32s\"", hash);
}

void http_respond_cacheable(struct http_request *request, const char *content_type, char *body,
			    size_t length, time_t modified)
{
	char tag[40];

	http_etag_of(body, length, tag);
	http_respond_tagged(request, content_type, body, length, modified, tag);
}

void http_respond_tagged(struct http_request *request, const char *content_type, char *body,
			 size_t length, time_t modified, const char *tag)
{
	char date[40];
	struct tm utc;

	if (http_etag_matches(http_header(request, MHD_HTTP_HEADER_IF_NONE_MATCH), tag)) {
		free(body);
		http_respond_empty(request, 304);
	} else {
		http_respond_bytes(request, 200, content_type, body, length);
	}
	request->cacheable = true;
	http_add_header(request, MHD_HTTP_HEADER_ETAG, tag);
	/* the wave scores view answers in the Accept-Language it is asked */
	http_add_header(request, MHD_HTTP_HEADER_VARY, "Accept, Accept-Language");
	if (modified > 0 && gmtime_r(&modified, &utc) != NULL &&
	    strftime(date, sizeof(date), "%a, %d %b %Y %H:%M:%S GMT", &utc) > 0)
		http_add_header(request, MHD_HTTP_HEADER_LAST_MODIFIED, date);
}

void http_respond_empty(struct http_request *request, int status)
{
	if (request->response != NULL)
		MHD_destroy_response(request->response);
	request->response = MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
	if (request->response == NULL)
		abort();
	request->status = status;
}

void http_add_header(struct http_request *request, const char *name, const char *value)
{
	if (request->response != NULL)
		MHD_add_response_header(request->response, name, value);
}

struct http_link {
	char *text;
	size_t used, size;
};

static void http_link_append(struct http_link *link, const char *text, bool encode)
{
	static const char hex[] = "0123456789ABCDEF";

	for (const unsigned char *at = (const unsigned char *)text; *at; at++) {
		bool plain = !encode || (*at >= 'a' && *at <= 'z') || (*at >= 'A' && *at <= 'Z') ||
			     (*at >= '0' && *at <= '9') || strchr("-._~", *at) != NULL;

		if (link->used + 4 >= link->size) {
			link->size = link->size * 2 + 64;
			link->text = mem_realloc(link->text, link->size);
		}
		if (plain) {
			link->text[link->used++] = (char)*at;
		} else {
			link->text[link->used++] = '%';
			link->text[link->used++] = hex[*at >> 4];
			link->text[link->used++] = hex[*at & 15];
		}
	}
	link->text[link->used] = '\0';
}

static enum MHD_Result http_link_argument(void *cls, enum MHD_ValueKind kind, const char *key,
					  const char *value)
{
	struct http_link *link = cls;

	(void)kind;
	if (strcmp(key, "cursor") == 0)
		return MHD_YES;
	http_link_append(link, key, true);
	http_link_append(link, "=", false);
	http_link_append(link, value ? value : "", true);
	http_link_append(link, "&", false);
	return MHD_YES;
}

void http_add_next_link(struct http_request *request, const char *cursor)
{
	struct http_link link = { NULL, 0, 0 };

	if (cursor == NULL || *cursor == '\0')
		return;
	http_link_append(&link, "<", false);
	http_link_append(&link, request->path, false);
	http_link_append(&link, "?", false);
	MHD_get_connection_values(request->connection, MHD_GET_ARGUMENT_KIND, http_link_argument,
				  &link);
	http_link_append(&link, "cursor=", false);
	http_link_append(&link, cursor, true);
	http_link_append(&link, ">; rel=\"next\"", false);
	http_add_header(request, MHD_HTTP_HEADER_LINK, link.text);
	free(link.text);
}

void http_add_location(struct http_request *request, const char *prefix, const char *id,
		       const char *suffix)
{
	char location[256];

	if (id == NULL || *id == '\0')
		return;
	snprintf(location, sizeof(location), "%s%s%s", prefix, id, suffix);
	http_add_header(request, MHD_HTTP_HEADER_LOCATION, location);
	/* what the request made: the last id of its Location */
	const char *last = strrchr(location, '/');

	if (last != NULL && validate_is_uuid(last + 1))
		snprintf(request->location_id, sizeof(request->location_id), "%s", last + 1);
}

static void http_respond_problem_with(struct http_request *request, int status,
				      const char *detail, json_t *errors)
{
	json_t *body = json_pack("{s:s, s:s, s:i, s:s}", "type", "about:blank", "title",
				 http_status_title(status), "status", status, "detail", detail);
	size_t length;
	char *text;

	/* Always present, as the contract shows it; empty without field errors. */
	json_object_set_new(body, "errors", errors != NULL ? errors : json_array());
	json_object_set_new(body, "request_id", json_string(request->request_id));
	text = json_encode(body, &length);
	json_decref(body);
	http_respond_bytes(request, status, "application/problem+json", text, length);
}

void http_respond_problem(struct http_request *request, int status, const char *detail)
{
	http_respond_problem_with(request, status, detail, NULL);
}

void http_respond_invalid(struct http_request *request, const char *detail,
			  const struct validation *validation)
{
	json_t *errors = json_array();

	for (size_t i = 0; i < validation->count; i++) {
		json_t *error = json_pack("{s:s, s:s}", "field", validation->errors[i].field,
					  "message", validation->errors[i].message);

		if (validation->errors[i].row > 0)
			json_object_set_new(error, "row", json_integer(validation->errors[i].row));
		json_array_append_new(errors, error);
	}
	http_respond_problem_with(request, 422, detail, errors);
}

void http_respond_db_error(struct http_request *request, enum db_status status)
{
	switch (status) {
	case DB_UNAVAILABLE:
		http_respond_problem(request, 503, "the database is not answering; try again");
		http_add_header(request, MHD_HTTP_HEADER_RETRY_AFTER, "1");
		return;
	case DB_CONFLICT:
		http_respond_problem(request, 409, "this conflicts with an existing record");
		return;
	case DB_FOREIGN_KEY:
		http_respond_problem(request, 404, "a record this refers to does not exist");
		return;
	case DB_INVALID:
		http_respond_problem(request, 422, "a value is outside what the database accepts");
		return;
	case DB_OK:
	case DB_ERROR:
		break;
	}
	http_respond_problem(request, 500, "an internal error occurred; it has been logged");
}

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

bool http_format_wanted_of(struct http_request *request, size_t offered,
			   enum http_format *format)
{
	static const char *const names[] = { "json", "csv", "xlsx", "html" };
	static const char *const types[] = { "application/json", "text/csv", HTTP_XLSX_TYPE,
					     "text/html" };
	const char *asked = http_query(request, "format");
	struct validation validation;
	long chosen;

	if (asked == NULL) {
		chosen = accept_choose(http_header(request, MHD_HTTP_HEADER_ACCEPT), types, offered);
		*format = chosen < 0 ? FORMAT_JSON : (enum http_format)chosen;
		return true;
	}
	for (size_t i = 0; i < offered; i++) {
		if (strcmp(asked, names[i]) == 0) {
			*format = (enum http_format)i;
			return true;
		}
	}
	validation_init(&validation);
	validation_add(&validation, "format", "must be json, csv or xlsx%s",
		       offered > FORMAT_HTML ? " or html" : "");
	http_respond_invalid(request, "the query is not valid", &validation);
	return false;
}

bool http_format_wanted(struct http_request *request, enum http_format *format)
{
	return http_format_wanted_of(request, FORMAT_HTML, format);
}

bool http_table_start(struct http_request *request, enum http_format format, struct csv *csv)
{
	enum csv_dialect dialect;

	if (format == FORMAT_XLSX) {
		if (csv_init_xlsx(csv) == RESULT_OK)
			return true;
		log_error("request %s: no temporary file for the xlsx workbook",
			  request->request_id);
		http_respond_problem(request, 500, "an internal error occurred; it has been logged");
		return false;
	}
	if (!http_csv_dialect(request, &dialect))
		return false;
	csv_init(csv, dialect);
	return true;
}

void http_respond_table(struct http_request *request, enum http_format format,
			struct csv *csv, long modified)
{
	const char *type = format == FORMAT_XLSX ? HTTP_XLSX_TYPE : "text/csv; charset=utf-8";
	size_t length;
	char *bytes;

	if (modified > 0)
		csv->created = (time_t)modified;
	bytes = csv_finish(csv, &length);

	if (bytes == NULL) {
		log_error("request %s: the xlsx workbook could not be written", request->request_id);
		http_respond_problem(request, 500, "an internal error occurred; it has been logged");
	} else if (modified >= 0) {
		http_respond_cacheable(request, type, bytes, length, (time_t)modified);
	} else {
		http_respond_bytes(request, 200, type, bytes, length);
	}
}

bool http_csv_dialect(struct http_request *request, enum csv_dialect *dialect)
{
	const char *asked = http_query(request, "dialect");
	struct validation validation;

	*dialect = CSV_STANDARD;
	if (asked == NULL || strcmp(asked, "rfc4180") == 0)
		return true;
	if (strcmp(asked, "nl") == 0) {
		*dialect = CSV_DUTCH;
		return true;
	}
	validation_init(&validation);
	validation_add(&validation, "dialect", "must be nl or rfc4180");
	http_respond_invalid(request, "the query is not valid", &validation);
	return false;
}

bool http_is_json_type(const char *content_type)
{
	size_t length;

	if (content_type == NULL)
		return false;
	length = strcspn(content_type, "; ");
	if (length == 16 && strncasecmp(content_type, "application/json", 16) == 0)
		return true;
	/* application/merge-patch+json and friends */
	return length > 17 && strncasecmp(content_type, "application/", 12) == 0 &&
	       strncasecmp(content_type + length - 5, "+json", 5) == 0;
}

json_t *http_body_object(struct http_request *request)
{
	struct validation validation;
	char detail[256];
	json_t *root = NULL;

	const char *type = http_header(request, MHD_HTTP_HEADER_CONTENT_TYPE);

	if (request->body_length > 0 && !http_is_json_type(type)) {
		http_respond_problem(request, 415, "send the body as application/json");
		return NULL;
	}
	if (!accept_charset_is_utf8(type)) {
		http_respond_problem(request, 415, "send JSON in UTF-8 (charset=utf-8, or none)");
		return NULL;
	}
	validation_init(&validation);
	switch (json_decode_object(request->body, request->body_length, &root, detail,
				   sizeof(detail), &validation)) {
	case JSON_DECODED:
		return root;
	case JSON_MALFORMED:
		http_respond_problem(request, 400, detail);
		return NULL;
	case JSON_INVALID:
		http_respond_invalid(request, detail, &validation);
		return NULL;
	}
	return NULL;
}

/* ---- the request's life ---- */

static bool http_request_id_acceptable(const char *given)
{
	size_t length = given ? strlen(given) : 0;

	if (length == 0 || length >= HTTP_REQUEST_ID_SIZE)
		return false;
	for (size_t i = 0; i < length; i++) {
		char c = given[i];

		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		      c == '-' || c == '_' || c == '.'))
			return false;
	}
	return true;
}

/* Request ids only tell requests apart in logs; they guard nothing, so a
 * per-thread generator (xorshift64*, seeded once from the system's
 * randomness) spares every request a trip through OpenSSL's. */
static uint64_t http_request_id_next(void)
{
	static _Thread_local uint64_t state;

	if (state == 0 && (crypto_random((unsigned char *)&state, sizeof(state)) != RESULT_OK ||
			   state == 0))
		state = (uint64_t)(uintptr_t)&state ^ 0x9e3779b97f4a7c15u;
	state ^= state >> 12;
	state ^= state << 25;
	state ^= state >> 27;
	return state * 0x2545f4914f6cdd1du;
}

static void http_request_id_assign(struct http_request *request)
{
	const char *given = http_header(request, "X-Request-Id");
	uint64_t random[2];

	if (http_request_id_acceptable(given)) {
		snprintf(request->request_id, sizeof(request->request_id), "%s", given);
		return;
	}
	random[0] = http_request_id_next();
	random[1] = http_request_id_next();
	crypto_base64url((const unsigned char *)random, 12, request->request_id);
}

/* A byte no path may hold: NUL (which would cut it short once decoded) or
 * another control character. */
static bool http_control(unsigned char c)
{
	return c < 0x20 || c == 0x7f;
}

/* The byte a %XX stands for, or -1 when at is no such escape. */
static int http_escaped(const char *at)
{
	if (at[0] != '%' || validate_hex_digit(at[1]) < 0 || validate_hex_digit(at[2]) < 0)
		return -1;
	return validate_hex_digit(at[1]) * 16 + validate_hex_digit(at[2]);
}

/* Whether the path holds %2F or %00: inside a segment these would route as
 * a separator or cut it short once decoded, so the path names nothing. */
static bool http_path_encodes_separator(const char *uri)
{
	for (const char *at = uri; *at && *at != '?'; at++) {
		if (http_escaped(at) == '/' || http_escaped(at) == 0)
			return true;
	}
	return false;
}

/* Whether the URI, raw or percent-decoded, holds a control character (a
 * %00 in the path aside: that one is a path that names nothing, 404). */
static bool http_uri_unsafe(const char *uri)
{
	bool in_query = false;

	for (const char *at = uri; *at; at++) {
		int escaped = http_escaped(at);

		in_query = in_query || *at == '?';
		if (http_control((unsigned char)*at))
			return true;
		if (escaped >= 0 && http_control((unsigned char)escaped) &&
		    (escaped != 0 || in_query))
			return true;
	}
	return false;
}

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

struct http_framing {
	size_t content_lengths;
	const char *content_length;
	bool differing_lengths;
	bool transfer_encoding;
	bool host;
	bool bad_name;
	size_t authorizations;
};

/* RFC 9110's token: what a header name is made of. */
static bool http_is_token(const char *name)
{
	if (*name == '\0')
		return false;
	for (const unsigned char *at = (const unsigned char *)name; *at; at++) {
		if (!((*at >= 'a' && *at <= 'z') || (*at >= 'A' && *at <= 'Z') ||
		      (*at >= '0' && *at <= '9') || strchr("!#$%&'*+-.^_`|~", *at) != NULL))
			return false;
	}
	return true;
}

static enum MHD_Result http_framing_header(void *cls, enum MHD_ValueKind kind, const char *key,
					   const char *value)
{
	struct http_framing *framing = cls;

	(void)kind;
	if (!http_is_token(key))
		framing->bad_name = true;
	if (strcasecmp(key, MHD_HTTP_HEADER_AUTHORIZATION) == 0)
		framing->authorizations++;
	if (strcasecmp(key, MHD_HTTP_HEADER_CONTENT_LENGTH) == 0) {
		if (framing->content_lengths++ > 0 && strcmp(framing->content_length, value ?: "") != 0)
			framing->differing_lengths = true;
		framing->content_length = value ?: "";
	} else if (strcasecmp(key, MHD_HTTP_HEADER_TRANSFER_ENCODING) == 0) {
		framing->transfer_encoding = true;
	} else if (strcasecmp(key, MHD_HTTP_HEADER_HOST) == 0) {
		framing->host = true;
	}
	return MHD_YES;
}

/* A request the server could read two ways (and a proxy in front of it
 * another way: request smuggling), or one HTTP/1.1 forbids. NULL if fine. */
static const char *http_framing_problem(const struct http_request *request, const char *version)
{
	struct http_framing framing = { 0 };

	if (request->unsafe_path)
		return "the path holds a control character";
	MHD_get_connection_values(request->connection, MHD_HEADER_KIND, http_framing_header,
				  &framing);
	/* "Content-Length : 52" read as another header would leave its body to
	 * be read as the next request */
	if (framing.bad_name)
		return "a header name holds a character outside RFC 9110's token";
	if (framing.authorizations > 1)
		return "more than one Authorization header";
	if (framing.content_lengths > 0 && framing.transfer_encoding)
		return "Content-Length and Transfer-Encoding may not come together";
	if (framing.differing_lengths)
		return "the Content-Length headers differ";
	if (strcmp(version, MHD_HTTP_VERSION_1_1) == 0 && !framing.host)
		return "an HTTP/1.1 request needs a Host header";
	return NULL;
}

static long http_elapsed_microseconds(const struct timespec *started)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (now.tv_sec - started->tv_sec) * 1000000L +
	       (now.tv_nsec - started->tv_nsec) / 1000L;
}

enum db_status http_db_query(struct http_request *request, enum db_target target,
			     const struct db_statement *statement, int count,
			     const char *const *values, const struct db_result **result)
{
	struct db_result *owned;
	long left;

	if (request->result_count == HTTP_MAX_RESULTS) {
		static const struct db_result none = { .status = DB_ERROR };

		log_error("request %s: more than %d statements; raise HTTP_MAX_RESULTS",
			  request->request_id, HTTP_MAX_RESULTS);
		*result = &none;
		return DB_ERROR;
	}
	owned = &request->results[request->result_count++];
	*result = owned;
	/* db_timeout_ms counts from when the request was queued, so a request
	 * that waited behind others on a hung database still gets its 503 in
	 * time */
	/* a read that sent back a write's Cacd-Lsn is never older than it */
	if (target == DB_READ) {
		const char *seen = http_header(request, "Cacd-Lsn");
		unsigned long long floor = 0;

		if (seen != NULL && !db_lsn_parse(seen, &floor))
			floor = ~0ULL; /* unreadable: only the primary is sure */
		db_read_floor_set(floor);
	}
	left = (request->route != NULL && request->route->bulk_body
			? request->config->import_timeout_ms
			: request->config->db_timeout_ms) -
	       http_elapsed_microseconds(&request->queued) / 1000;
	return db_query_within(target, statement, count, values, owned, left > 1 ? left : 1);
}

/* Everything the request acquired, freed in one place. */
static void http_request_free(struct http_request *request)
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
static bool http_is_read(const struct http_request *request)
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
								 &request->principal));
}

static bool http_authorize(struct http_request *request)
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

/* An access-log value, quoted (logfmt): control characters, quotes,
 * backslashes and bytes past ASCII as \xNN inside the quotes, so no request
 * can end the value early, add a field or forge a line. */
static void http_log_value(const char *path, char *out, size_t size)
{
	static const char hex[] = "0123456789abcdef";
	size_t used = 0;

	out[used++] = '"';
	for (const unsigned char *at = (const unsigned char *)path; *at && used + 6 < size; at++) {
		if (http_control(*at) || *at == '"' || *at == '\\' || *at >= 0x80) {
			out[used++] = '\\';
			out[used++] = 'x';
			out[used++] = hex[*at >> 4];
			out[used++] = hex[*at & 15];
		} else {
			out[used++] = (char)*at;
		}
	}
	out[used++] = '"';
	out[used] = '\0';
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
		char path[1024], method[64];

		/* an invitation link's path holds its one-time code: not logged */
		http_log_value(request->path && strncmp(request->path, "/i/", 3) == 0
				       ? "/i/{code}"
				       : request->path ? request->path : "",
			       path, sizeof(path));
		http_log_value(request->method_name ? request->method_name : "", method,
			       sizeof(method));
		log_request("request method=%s path=%s status=%d us=%ld id=%s%s", method, path,
			    request->status, microseconds, request->request_id,
			    code == MHD_REQUEST_TERMINATED_COMPLETED_OK ? "" : " aborted=1");
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
