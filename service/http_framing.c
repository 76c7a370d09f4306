/* Reading a request strictly, before it is routed: its id, whether its
 * raw path holds what no path may, and whether its headers frame it one
 * way only (http_internal.h). */
#include "http.h"

#include <microhttpd.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "crypto.h"
#include "http_internal.h"
#include "validate.h"

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

void http_request_id_assign(struct http_request *request)
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
bool http_control(unsigned char c)
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
bool http_path_encodes_separator(const char *uri)
{
	for (const char *at = uri; *at && *at != '?'; at++) {
		if (http_escaped(at) == '/' || http_escaped(at) == 0)
			return true;
	}
	return false;
}

/* Whether the URI, raw or percent-decoded, holds a control character (a
 * %00 in the path aside: that one is a path that names nothing, 404). */
bool http_uri_unsafe(const char *uri)
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
const char *http_framing_problem(const struct http_request *request, const char *version)
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
