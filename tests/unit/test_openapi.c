/* service/openapi.json describes every route of the table, and nothing else. */
#include <criterion/criterion.h>
#include <jansson.h>
#include <string.h>

#include "auth.h"
#include "router.h"
#include "routes.h"

/* "/v1/waves/{wave_id}/responses/{member_id}" -> "/v1/waves/{}/responses/{}" */
static void normalise(const char *path, char *out, size_t size)
{
	size_t used = 0;

	for (const char *at = path; *at && used + 3 < size; at++) {
		out[used++] = *at;
		if (*at == '{') {
			at = strchr(at, '}');
			out[used++] = '}';
		}
	}
	out[used] = '\0';
}

static const char *method_key(enum http_method method)
{
	switch (method) {
	case METHOD_GET: return "get";
	case METHOD_POST: return "post";
	case METHOD_PUT: return "put";
	case METHOD_PATCH: return "patch";
	case METHOD_DELETE: return "delete";
	default: return "other";
	}
}

static json_t *find_operation(json_t *paths, const char *pattern, enum http_method method)
{
	char wanted[256], candidate[256];
	const char *path;
	json_t *item;

	normalise(pattern, wanted, sizeof(wanted));
	json_object_foreach(paths, path, item) {
		normalise(path, candidate, sizeof(candidate));
		if (strcmp(candidate, wanted) == 0)
			return json_object_get(item, method_key(method));
	}
	return NULL;
}

Test(openapi, every_route_is_documented_and_every_operation_routed)
{
	json_error_t error;
	json_t *document = json_load_file("service/openapi.json", JSON_REJECT_DUPLICATES, &error);
	json_t *paths = json_object_get(document, "paths"), *item, *operation;
	size_t count, operations = 0;
	const struct route *routes = routes_table(&count);
	const char *path, *method;

	cr_assert(document != NULL, "service/openapi.json: %s", error.text);
	for (size_t i = 0; i < count; i++)
		cr_expect(find_operation(paths, routes[i].pattern, routes[i].method) != NULL,
			  "%s %s is not in service/openapi.json", method_key(routes[i].method),
			  routes[i].pattern);
	json_object_foreach(paths, path, item) {
		json_object_foreach(item, method, operation) {
			(void)operation;
			(void)method;
			operations++;
		}
	}
	cr_assert_eq(operations, count, "the document has %zu operations, the table %zu routes",
		     operations, count);
	json_decref(document);
}

/* A parameter, or what its "$ref" (#/components/parameters/NAME) names. */
static json_t *openapi_resolve(json_t *document, json_t *parameter)
{
	const char *ref = json_string_value(json_object_get(parameter, "$ref"));
	const char *prefix = "#/components/parameters/";

	if (ref == NULL || strncmp(ref, prefix, strlen(prefix)) != 0)
		return parameter;
	return json_object_get(json_object_get(json_object_get(document, "components"),
					       "parameters"),
			       ref + strlen(prefix));
}

/* Each query parameter a route reads is documented, and none it does not
 * (an unknown one is a 422); every operation has an operationId and a
 * tag, and every route that needs a token documents 401, 403 and 503. */
Test(openapi, parameters_statuses_and_names_match_the_route_table)
{
	json_error_t error;
	json_t *document = json_load_file("service/openapi.json", JSON_REJECT_DUPLICATES, &error);
	json_t *paths = json_object_get(document, "paths");
	size_t count;
	const struct route *routes = routes_table(&count);

	cr_assert(document != NULL, "service/openapi.json: %s", error.text);
	for (size_t i = 0; i < count; i++) {
		json_t *operation = find_operation(paths, routes[i].pattern, routes[i].method);
		json_t *responses = json_object_get(operation, "responses"), *parameter;
		size_t documented = 0, index;

		cr_expect(json_is_string(json_object_get(operation, "operationId")), "%s",
			  routes[i].pattern);
		cr_expect(json_array_size(json_object_get(operation, "tags")) == 1, "%s",
			  routes[i].pattern);
		json_array_foreach(json_object_get(operation, "parameters"), index, parameter) {
			const char *name;

			parameter = openapi_resolve(document, parameter);
			name = json_string_value(json_object_get(parameter, "name"));

			if (strcmp(json_string_value(json_object_get(parameter, "in")), "query") != 0)
				continue;
			documented++;
			cr_expect(router_query_known(routes[i].query, name),
				  "%s documents ?%s, which it does not read", routes[i].pattern, name);
		}
		for (const char *at = routes[i].query ? routes[i].query : ""; *at;) {
			size_t length = strcspn(at, " ");

			if (length > 0)
				documented--;
			at += length + (at[length] == ' ');
		}
		cr_expect_eq(documented, 0, "%s: query parameters documented and read differ",
			     routes[i].pattern);
		for (const char *const *status = (const char *const[]){ "401", "403", "503", NULL };
		     routes[i].roles != 0 && routes[i].roles != ROLE_ANONYMOUS && *status; status++)
			cr_expect(json_object_get(responses, *status) != NULL, "%s %s lacks %s",
				  method_key(routes[i].method), routes[i].pattern, *status);
	}
	json_decref(document);
}
