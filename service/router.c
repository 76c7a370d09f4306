#include "router.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "result.h"

static const struct {
	enum http_method method;
	const char *name;
} method_names[] = {
	{ METHOD_GET, "GET" },     { METHOD_HEAD, "HEAD" },
	{ METHOD_POST, "POST" },   { METHOD_PUT, "PUT" },
	{ METHOD_PATCH, "PATCH" }, { METHOD_DELETE, "DELETE" },
	{ METHOD_OPTIONS, "OPTIONS" },
};

enum http_method router_method_parse(const char *name)
{
	for (size_t i = 0; i < ARRAY_LENGTH(method_names); i++) {
		if (strcmp(method_names[i].name, name) == 0)
			return method_names[i].method;
	}
	return METHOD_OTHER;
}

static bool router_is_uuid(const char *segment, size_t length)
{
	if (length != 36)
		return false;
	for (size_t i = 0; i < length; i++) {
		bool dash = i == 8 || i == 13 || i == 18 || i == 23;

		if (dash ? segment[i] != '-' : !isxdigit((unsigned char)segment[i]))
			return false;
	}
	return true;
}

static bool router_is_key(const char *segment, size_t length)
{
	if (length == 0 || length >= ROUTE_PARAM_SIZE)
		return false;
	for (size_t i = 0; i < length; i++) {
		char c = segment[i];

		if (!(islower((unsigned char)c) || isdigit((unsigned char)c) || c == '_' ||
		      c == '-'))
			return false;
	}
	return true;
}

static void router_capture(struct route_params *params, const char *segment,
			   size_t length)
{
	char *value = params->values[params->count++];

	for (size_t i = 0; i < length; i++)
		value[i] = (char)tolower((unsigned char)segment[i]);
	value[length] = '\0';
}

static bool router_segment_matches(const char *pattern, size_t pattern_length,
				   const char *segment, size_t length,
				   struct route_params *params)
{
	bool is_id = pattern_length == 4 && memcmp(pattern, "{id}", 4) == 0;
	bool is_key = pattern_length == 5 && memcmp(pattern, "{key}", 5) == 0;

	if (!is_id && !is_key)
		return pattern_length == length && memcmp(pattern, segment, length) == 0;
	if (params->count >= ROUTE_MAX_PARAMS)
		return false;
	if (is_id ? !router_is_uuid(segment, length) : !router_is_key(segment, length))
		return false;
	router_capture(params, segment, length);
	return true;
}

/* Walks pattern and path one '/'-separated segment at a time. */
static bool router_path_matches(const char *pattern, const char *path,
				struct route_params *params)
{
	params->count = 0;
	while (*pattern == '/' && *path == '/') {
		const char *pattern_end = strchrnul(pattern + 1, '/');
		const char *path_end = strchrnul(path + 1, '/');

		if (!router_segment_matches(pattern + 1, (size_t)(pattern_end - pattern - 1),
					    path + 1, (size_t)(path_end - path - 1), params))
			return false;
		pattern = pattern_end;
		path = path_end;
	}
	return *pattern == '\0' && *path == '\0';
}

static bool router_method_accepts(enum http_method route_method, enum http_method method)
{
	return route_method == method || (route_method == METHOD_GET && method == METHOD_HEAD);
}

enum router_outcome router_match(const struct route *routes, size_t count,
				 enum http_method method, const char *path,
				 const struct route **found, struct route_params *params,
				 unsigned *allowed)
{
	struct route_params scratch;

	*allowed = 0;
	for (size_t i = 0; i < count; i++) {
		if (!router_path_matches(routes[i].pattern, path, &scratch))
			continue;
		*allowed |= routes[i].method;
		if (routes[i].method == METHOD_GET)
			*allowed |= METHOD_HEAD;
		if (router_method_accepts(routes[i].method, method)) {
			*found = &routes[i];
			*params = scratch;
			return ROUTER_FOUND;
		}
	}
	return *allowed ? ROUTER_METHOD_NOT_ALLOWED : ROUTER_NOT_FOUND;
}

void router_allow_text(unsigned allowed, char *out, size_t size)
{
	size_t used = 0;

	out[0] = '\0';
	for (size_t i = 0; i < ARRAY_LENGTH(method_names); i++) {
		if (!(allowed & method_names[i].method))
			continue;
		used += (size_t)snprintf(out + used, used < size ? size - used : 0, "%s%s",
					 used ? ", " : "", method_names[i].name);
	}
}

bool router_query_known(const char *list, const char *name)
{
	size_t length = strlen(name);

	for (const char *at = list ? list : ""; *at != '\0';) {
		size_t word = strcspn(at, " ");

		if (word == length && strncmp(at, name, length) == 0)
			return true;
		at += word + (at[word] == ' ');
	}
	return false;
}
