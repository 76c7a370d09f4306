/* Every role against every route, asserting the exact status: 403 for what
 * a role may never do, 404 for ids outside a token's scope, 401 without a
 * token. Rows run in order, so later rows see what earlier rows did. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "world.h"

enum { ADMIN, COORDINATOR, VIEWER, RESPONDENT, NOBODY, ROLES };

struct matrix_row {
	const char *method;
	const char *path;   /* {P} {Q} {N} {M} {M2} {X} {RM} {W} {V} {S} {Z} */
	const char *body;   /* {R} becomes the role's name */
	long status[ROLES];
};

#define ANSWERS "{\"scale\":\"agree4\",\"answers\":{\"1\":4,\"2\":3}}"

static const struct matrix_row matrix[] = {
	{ "GET", "/healthz", NULL, { 200, 200, 200, 200, 200 } },
	{ "GET", "/v1/instruments", NULL, { 200, 200, 200, 200, 401 } },
	{ "GET", "/v1/instruments/cac", NULL, { 200, 200, 200, 200, 401 } },
	{ "POST", "/v1/tokens", "{\"role\":\"viewer\"}", { 201, 403, 403, 403, 401 } },
	{ "GET", "/v1/tokens", NULL, { 200, 403, 403, 403, 401 } },
	{ "DELETE", "/v1/tokens/{Z}", NULL, { 404, 403, 403, 403, 401 } },
	{ "POST", "/v1/neighbourhoods", "{\"name\":\"N {R}\"}", { 201, 403, 403, 403, 401 } },
	{ "GET", "/v1/neighbourhoods", NULL, { 200, 200, 200, 403, 401 } },
	{ "GET", "/v1/neighbourhoods/{N}", NULL, { 200, 200, 200, 403, 401 } },
	{ "GET", "/v1/neighbourhoods/{Z}", NULL, { 404, 404, 404, 403, 401 } },
	{ "PATCH", "/v1/neighbourhoods/{N}", "{\"name\":\"Wijk\"}", { 200, 403, 403, 403, 401 } },
	{ "POST", "/v1/partnerships", "{\"name\":\"x {R}\"}", { 201, 403, 403, 403, 401 } },
	{ "GET", "/v1/partnerships", NULL, { 200, 200, 200, 403, 401 } },
	{ "GET", "/v1/partnerships/{P}", NULL, { 200, 200, 200, 403, 401 } },
	{ "GET", "/v1/partnerships/{Q}", NULL, { 200, 404, 404, 403, 401 } },
	{ "PATCH", "/v1/partnerships/{P}", "{\"description\":\"d\"}", { 200, 403, 403, 403, 401 } },
	{ "POST", "/v1/partnerships/{P}/members",
	  "{\"label\":\"L-{R}\",\"sector\":\"housing\",\"role\":\"professional\"}",
	  { 201, 201, 403, 403, 401 } },
	{ "POST", "/v1/partnerships/{Q}/members",
	  "{\"label\":\"L-{R}\",\"sector\":\"housing\",\"role\":\"professional\"}",
	  { 201, 404, 403, 403, 401 } },
	{ "GET", "/v1/partnerships/{P}/members", NULL, { 200, 200, 403, 403, 401 } },
	{ "GET", "/v1/partnerships/{Q}/members", NULL, { 200, 404, 403, 403, 401 } },
	{ "PATCH", "/v1/members/{M2}", "{\"organisation\":\"o\"}", { 200, 200, 403, 403, 401 } },
	{ "PATCH", "/v1/members/{X}", "{\"organisation\":\"o\"}", { 200, 404, 403, 403, 401 } },
	{ "POST", "/v1/partnerships/{P}/waves",
	  "{\"label\":\"w-{R}\",\"opens_at\":\"2026-01-01T00:00:00Z\",\"closes_at\":\"2099-01-01T00:00:00Z\"}",
	  { 201, 201, 403, 403, 401 } },
	{ "POST", "/v1/partnerships/{Q}/waves",
	  "{\"label\":\"w-{R}\",\"opens_at\":\"2026-01-01T00:00:00Z\",\"closes_at\":\"2099-01-01T00:00:00Z\"}",
	  { 201, 404, 403, 403, 401 } },
	{ "GET", "/v1/partnerships/{P}/waves", NULL, { 200, 200, 200, 403, 401 } },
	{ "GET", "/v1/partnerships/{Q}/waves", NULL, { 200, 404, 404, 403, 401 } },
	{ "GET", "/v1/waves/{W}", NULL, { 200, 200, 200, 200, 401 } },
	{ "GET", "/v1/waves/{V}", NULL, { 200, 404, 404, 404, 401 } },
	{ "GET", "/v1/waves/{S}", NULL, { 200, 200, 200, 404, 401 } },
	{ "PATCH", "/v1/waves/{S}", "{\"label\":\"s-{R}\"}", { 200, 200, 403, 403, 401 } },
	{ "PATCH", "/v1/waves/{V}", "{\"label\":\"v-{R}\"}", { 200, 404, 403, 403, 401 } },
	{ "POST", "/v1/waves/{V}/invitations", NULL, { 201, 404, 403, 403, 401 } },
	{ "GET", "/v1/waves/{W}/invitations", NULL, { 200, 200, 403, 403, 401 } },
	{ "GET", "/v1/waves/{V}/invitations", NULL, { 200, 404, 403, 403, 401 } },
	{ "PUT", "/v1/waves/{W}/responses/{M}", ANSWERS, { 201, 200, 403, 404, 401 } },
	{ "PUT", "/v1/waves/{W}/responses/{RM}", ANSWERS, { 201, 200, 403, 200, 401 } },
	{ "PUT", "/v1/waves/{V}/responses/{X}", ANSWERS, { 201, 404, 403, 404, 401 } },
	{ "PUT", "/v1/waves/{W}/responses/{X}", ANSWERS, { 404, 404, 403, 404, 401 } },
	{ "GET", "/v1/waves/{W}/responses/{RM}", NULL, { 200, 403, 403, 200, 401 } },
	{ "GET", "/v1/waves/{W}/responses/{M}", NULL, { 200, 403, 403, 404, 401 } },
	{ "GET", "/v1/waves/{W}/responses", NULL, { 200, 200, 403, 403, 401 } },
	{ "GET", "/v1/waves/{V}/responses", NULL, { 200, 404, 403, 403, 401 } },
	{ "DELETE", "/v1/waves/{W}/responses/{M}", NULL, { 204, 403, 403, 403, 401 } },
	{ "DELETE", "/v1/waves/{V}", NULL, { 409, 404, 403, 403, 401 } },
	{ "GET", "/v1/export/responses", NULL, { 200, 403, 403, 403, 401 } },
	{ "GET", "/v1/waves/{W}/scores", NULL, { 200, 200, 200, 403, 401 } },
	{ "GET", "/v1/waves/{W}/scores?by=sector", NULL, { 200, 200, 200, 403, 401 } },
	{ "GET", "/v1/waves/{V}/scores", NULL, { 200, 404, 404, 403, 401 } },
	{ "GET", "/v1/waves/{W}/scores?by=age", NULL, { 422, 422, 422, 403, 401 } },
	{ "GET", "/v1/partnerships/{P}/trend", NULL, { 200, 200, 200, 403, 401 } },
	{ "GET", "/v1/partnerships/{Q}/trend", NULL, { 200, 404, 404, 403, 401 } },
	{ "GET", "/v1/comparisons?wave_label=2026-spring", NULL, { 200, 200, 200, 403, 401 } },
	{ "POST", "/v1/waves/{S}/close", NULL, { 200, 409, 403, 403, 401 } },
	{ "DELETE", "/v1/members/{M2}", NULL, { 204, 204, 403, 403, 401 } },
	{ "DELETE", "/v1/members/{X}", NULL, { 204, 404, 403, 403, 401 } },
	{ "DELETE", "/v1/partnerships/{Q}", NULL, { 204, 403, 403, 403, 401 } },
};

static void substitute(const char *template, const struct world *world, const char *role,
		       char *out, size_t size)
{
	static const char *const zero = "00000000-0000-4000-8000-000000000000";
	const struct {
		const char *name;
		const char *value;
	} names[] = {
		{ "{P}", world->partnership },  { "{Q}", world->other_partnership },
		{ "{N}", world->neighbourhood }, { "{M2}", world->second_member },
		{ "{M}", world->member },        { "{X}", world->other_member },
		{ "{RM}", world->respondent_member }, { "{W}", world->wave },
		{ "{V}", world->other_wave },    { "{S}", world->scheduled_wave },
		{ "{Z}", zero },                 { "{R}", role },
	};
	size_t used = 0;

	for (const char *at = template; *at && used + 1 < size;) {
		bool replaced = false;

		for (size_t i = 0; i < sizeof(names) / sizeof(names[0]) && !replaced; i++) {
			size_t length = strlen(names[i].name);

			if (strncmp(at, names[i].name, length) == 0) {
				used += (size_t)snprintf(out + used, size - used, "%s", names[i].value);
				at += length;
				replaced = true;
			}
		}
		if (!replaced)
			out[used++] = *at++;
	}
	out[used < size ? used : size - 1] = '\0';
}

TestSuite(access, .init = server_setup, .fini = server_teardown, .timeout = 120);

Test(access, every_role_against_every_route)
{
	static const char *const role_names[] = { "admin", "coordinator", "viewer",
						  "respondent", "nobody" };
	struct world world;
	int failures = 0;

	world_build(&world);
	const char *tokens[] = { world.admin, world.coordinator, world.viewer, world.respondent,
				 NULL };

	for (size_t row = 0; row < sizeof(matrix) / sizeof(matrix[0]); row++) {
		for (int role = 0; role < ROLES; role++) {
			char path[512], body[1024];
			struct reply *reply;

			substitute(matrix[row].path, &world, role_names[role], path, sizeof(path));
			if (matrix[row].body)
				substitute(matrix[row].body, &world, role_names[role], body, sizeof(body));
			reply = api(matrix[row].method, path, tokens[role],
				    matrix[row].body ? body : NULL);
			if (reply->status != matrix[row].status[role]) {
				cr_log_error("%s %s as %s: expected %ld, got %ld: %s", matrix[row].method,
					     matrix[row].path, role_names[role], matrix[row].status[role],
					     reply->status, reply->body);
				failures++;
			}
			reply_free(reply);
		}
	}
	cr_assert_eq(failures, 0, "%d cells of the role matrix differ", failures);
	world_free(&world);
}

Test(access, respondent_never_reads_scores_or_other_waves)
{
	struct world world;
	char path[256];

	world_build(&world);
	snprintf(path, sizeof(path), "/v1/partnerships/%s", world.partnership);
	expect_problem("GET", path, world.respondent, NULL, 403);
	snprintf(path, sizeof(path), "/v1/waves/%s/responses", world.wave);
	expect_problem("GET", path, world.respondent, NULL, 403);
	snprintf(path, sizeof(path), "/v1/waves/%s/responses/%s", world.scheduled_wave,
		 world.respondent_member);
	expect_problem("PUT", path, world.respondent, ANSWERS, 404);
	world_free(&world);
}
