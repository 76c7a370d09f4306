/* Replies: problem+json, JSON, bytes, tables, ETag and 304, Link and
 * Location, content negotiation and body decoding (http.h). */
#include "http.h"

#include <microhttpd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "accept.h"
#include "crypto.h"
#include "json.h"
#include "log.h"
#include "mem.h"

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

bool http_table_start(struct http_request *request, enum http_format format, struct csv *csv,
		      const char *sheet)
{
	enum csv_dialect dialect;

	if (format == FORMAT_XLSX) {
		if (csv_init_xlsx(csv, sheet) == RESULT_OK)
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

void http_respond_table_file(struct http_request *request, enum http_format format,
			     struct csv *csv)
{
	size_t size;
	int fd = csv_finish_file(csv, &size);

	if (fd < 0) {
		log_error("request %s: the table could not be written to its file",
			  request->request_id);
		http_respond_problem(request, 500, "an internal error occurred; it has been logged");
		return;
	}
	if (request->response != NULL)
		MHD_destroy_response(request->response);
	/* libmicrohttpd sends from the file (sendfile where it can) and closes it */
	request->response = MHD_create_response_from_fd(size, fd);
	if (request->response == NULL)
		abort();
	request->status = 200;
	MHD_add_response_header(request->response, MHD_HTTP_HEADER_CONTENT_TYPE,
				format == FORMAT_XLSX ? HTTP_XLSX_TYPE : "text/csv; charset=utf-8");
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

