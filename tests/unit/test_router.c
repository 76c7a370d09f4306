#include <criterion/criterion.h>
#include <string.h>

#include "router.h"

static void handler_a(struct http_request *request) { (void)request; }

static const struct route table[] = {
	{ .method = METHOD_GET, .pattern = "/healthz", .handler = handler_a, .roles = 0 },
	{ .method = METHOD_GET, .pattern = "/v1/instruments/{key}", .handler = handler_a, .roles = 1 },
	{ .method = METHOD_GET, .pattern = "/v1/waves/{id}", .handler = handler_a, .roles = 1 },
	{ .method = METHOD_POST, .pattern = "/v1/waves/{id}/close", .handler = handler_a, .roles = 1 },
	{ .method = METHOD_PUT, .pattern = "/v1/waves/{id}/responses/{id}", .handler = handler_a, .roles = 1 },
	{ .method = METHOD_DELETE, .pattern = "/v1/waves/{id}/responses/{id}", .handler = handler_a, .roles = 1 },
	{ .method = METHOD_GET, .pattern = "/v1/tokens", .handler = handler_a, .roles = 1 },
	{ .method = METHOD_POST, .pattern = "/v1/tokens", .handler = handler_a, .roles = 1 },
};

#define WAVE "3f2c1d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
#define MEMBER "AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE"

struct router_case {
	const char *method;
	const char *path;
	enum router_outcome outcome;
	int route;            /* index in table when found */
	size_t params;
	const char *first, *second;
	const char *allow;    /* on 405 */
};

static const struct router_case router_cases[] = {
	{ "GET", "/healthz", ROUTER_FOUND, 0, 0, NULL, NULL, NULL },
	{ "HEAD", "/healthz", ROUTER_FOUND, 0, 0, NULL, NULL, NULL },
	{ "POST", "/healthz", ROUTER_METHOD_NOT_ALLOWED, -1, 0, NULL, NULL, "GET, HEAD" },
	{ "GET", "/healthz/", ROUTER_NOT_FOUND, -1, 0, NULL, NULL, NULL },
	{ "GET", "/healthzz", ROUTER_NOT_FOUND, -1, 0, NULL, NULL, NULL },
	{ "GET", "/", ROUTER_NOT_FOUND, -1, 0, NULL, NULL, NULL },
	{ "GET", "", ROUTER_NOT_FOUND, -1, 0, NULL, NULL, NULL },
	{ "GET", "/v1/instruments/cac", ROUTER_FOUND, 1, 1, "cac", NULL, NULL },
	{ "GET", "/v1/instruments/CAC", ROUTER_NOT_FOUND, -1, 0, NULL, NULL, NULL },
	{ "GET", "/v1/instruments/", ROUTER_NOT_FOUND, -1, 0, NULL, NULL, NULL },
	{ "GET", "/v1/waves/" WAVE, ROUTER_FOUND, 2, 1, WAVE, NULL, NULL },
	{ "GET", "/v1/waves/3f2c1d4e5a6b4c7d8e9f0a1b2c3d4e5f", ROUTER_NOT_FOUND, -1, 0, NULL, NULL, NULL },
	{ "GET", "/v1/waves/" WAVE "x", ROUTER_NOT_FOUND, -1, 0, NULL, NULL, NULL },
	{ "GET", "/v1/waves/g" WAVE, ROUTER_NOT_FOUND, -1, 0, NULL, NULL, NULL },
	{ "POST", "/v1/waves/" WAVE "/close", ROUTER_FOUND, 3, 1, WAVE, NULL, NULL },
	{ "GET", "/v1/waves/" WAVE "/close", ROUTER_METHOD_NOT_ALLOWED, -1, 0, NULL, NULL, "POST" },
	{ "PUT", "/v1/waves/" WAVE "/responses/" MEMBER, ROUTER_FOUND, 4, 2, WAVE,
	  "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee", NULL },
	{ "DELETE", "/v1/waves/" WAVE "/responses/" MEMBER, ROUTER_FOUND, 5, 2, WAVE, NULL, NULL },
	{ "PATCH", "/v1/waves/" WAVE "/responses/" MEMBER, ROUTER_METHOD_NOT_ALLOWED, -1, 0,
	  NULL, NULL, "PUT, DELETE" },
	{ "GET", "/v1/tokens", ROUTER_FOUND, 6, 0, NULL, NULL, NULL },
	{ "POST", "/v1/tokens", ROUTER_FOUND, 7, 0, NULL, NULL, NULL },
	{ "TRACE", "/v1/tokens", ROUTER_METHOD_NOT_ALLOWED, -1, 0, NULL, NULL, "GET, HEAD, POST" },
	{ "GET", "/v1//tokens", ROUTER_NOT_FOUND, -1, 0, NULL, NULL, NULL },
	{ "GET", "v1/tokens", ROUTER_NOT_FOUND, -1, 0, NULL, NULL, NULL },
};

Test(router, match_table)
{
	for (size_t i = 0; i < sizeof(router_cases) / sizeof(router_cases[0]); i++) {
		const struct router_case *row = &router_cases[i];
		const struct route *found = NULL;
		struct route_params params;
		unsigned allowed = 0;
		enum router_outcome outcome = router_match(
			table, sizeof(table) / sizeof(table[0]), router_method_parse(row->method),
			row->path, &found, &params, &allowed);

		cr_expect_eq(outcome, row->outcome, "%s %s: outcome %d", row->method, row->path,
			     outcome);
		if (outcome == ROUTER_FOUND && row->outcome == ROUTER_FOUND) {
			cr_expect_eq(found, &table[row->route], "%s %s: wrong route", row->method,
				     row->path);
			cr_expect_eq(params.count, row->params, "%s %s: params", row->method, row->path);
			if (row->first)
				cr_expect_str_eq(params.values[0], row->first);
			if (row->second)
				cr_expect_str_eq(params.values[1], row->second);
		}
		if (row->allow != NULL) {
			char text[128];

			router_allow_text(allowed, text, sizeof(text));
			cr_expect_str_eq(text, row->allow, "%s %s", row->method, row->path);
		}
	}
}

Test(router, method_names)
{
	cr_assert_eq(router_method_parse("GET"), METHOD_GET);
	cr_assert_eq(router_method_parse("get"), METHOD_OTHER);
	cr_assert_eq(router_method_parse("PATCH"), METHOD_PATCH);
	cr_assert_eq(router_method_parse(""), METHOD_OTHER);
}

Test(router, query_parameters_known_by_word)
{
	static const struct {
		const char *list, *name;
		bool known;
	} rows[] = {
		{ "limit cursor", "limit", true },
		{ "limit cursor", "cursor", true },
		{ "limit cursor", "curs", false },
		{ "limit cursor", "municipality", false },
		{ "municipality_code", "municipality", false },
		{ NULL, "limit", false },
		{ "", "", false },
	};

	for (size_t r = 0; r < sizeof(rows) / sizeof(rows[0]); r++)
		cr_expect_eq(router_query_known(rows[r].list, rows[r].name), rows[r].known, "row %zu",
			     r);
}
