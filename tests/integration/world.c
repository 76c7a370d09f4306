#include "world.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

json_t *expect(const char *method, const char *path, const char *token, const char *body,
	       long status)
{
	struct reply *reply = api(method, path, token, body);
	json_t *json;

	cr_assert_eq(reply->status, status, "%s %s: expected %ld, got %ld: %s", method, path,
		     status, reply->status, reply->body);
	json = json_incref(reply->json);
	reply_free(reply);
	return json;
}

void copy_id(const json_t *object, char out[40])
{
	const char *id = json_string_value(json_object_get(object, "id"));

	cr_assert(id != NULL, "no id in the reply");
	snprintf(out, 40, "%s", id);
}

void unique_municipality(char out[8])
{
	/* A sequence in the test database: unique across every test process
	 * of a run (a pid-based number collided once pids grew 10,000 apart). */
	char *next = test_query_value("SELECT nextval('cacdtest_municipality') % 10000");

	snprintf(out, 8, "GM%04u", (unsigned)strtoul(next, NULL, 10));
	free(next);
}

static void create(const char *path, const char *token, const char *body, char out[40])
{
	json_t *json = expect("POST", path, token, body, 201);

	copy_id(json, out);
	json_decref(json);
}

static void world_members(struct world *world)
{
	char path[128];

	snprintf(path, sizeof(path), "/v1/partnerships/%s/members", world->partnership);
	create(path, world->admin, "{\"label\":\"P01\",\"organisation\":\"GGD\","
	       "\"sector\":\"health_care\",\"role\":\"professional\"}", world->member);
	create(path, world->admin, "{\"label\":\"C01\",\"sector\":\"citizen\","
	       "\"role\":\"coproducer\"}", world->second_member);
	create(path, world->admin, "{\"label\":\"R01\",\"sector\":\"welfare\","
	       "\"role\":\"professional\"}", world->respondent_member);
	snprintf(path, sizeof(path), "/v1/partnerships/%s/members", world->other_partnership);
	create(path, world->admin, "{\"label\":\"X01\",\"sector\":\"police\","
	       "\"role\":\"professional\"}", world->other_member);
}

static void world_waves(struct world *world)
{
	char path[128];

	snprintf(path, sizeof(path), "/v1/partnerships/%s/waves", world->partnership);
	create(path, world->admin, "{\"label\":\"2026-spring\",\"opens_at\":\"2026-01-01T00:00:00Z\","
	       "\"closes_at\":\"2099-01-01T00:00:00Z\"}", world->wave);
	create(path, world->admin, "{\"label\":\"2098-later\",\"opens_at\":\"2098-01-01T00:00:00Z\","
	       "\"closes_at\":\"2099-01-01T00:00:00Z\"}", world->scheduled_wave);
	snprintf(path, sizeof(path), "/v1/partnerships/%s/waves", world->other_partnership);
	create(path, world->admin, "{\"label\":\"2026-spring\",\"opens_at\":\"2026-01-01T00:00:00Z\","
	       "\"closes_at\":\"2099-01-01T00:00:00Z\"}", world->other_wave);
}

char *world_claim(const char *code)
{
	char body[128];
	json_t *claimed;
	char *token;

	snprintf(body, sizeof(body), "{\"code\":\"%s\"}", code);
	claimed = expect("POST", "/v1/invitations/claim", NULL, body, 201);
	token = strdup(json_string_value(json_object_get(claimed, "token")));
	json_decref(claimed);
	return token;
}

/* The respondent token comes from an invitation the member claims, as in
 * real use. */
static void world_respondent(struct world *world)
{
	char path[128];
	json_t *reply, *entry;

	snprintf(path, sizeof(path), "/v1/waves/%s/invitations", world->wave);
	reply = expect("POST", path, world->admin, NULL, 201);
	entry = find_entry(json_object_get(reply, "data"), "member_id", world->respondent_member);
	cr_assert(entry != NULL, "no invitation for the respondent member");
	world->respondent = world_claim(json_string_value(json_object_get(entry, "code")));
	json_decref(reply);
}

json_t *find_entry(const json_t *array, const char *key, const char *value)
{
	size_t index;
	json_t *entry;

	json_array_foreach(array, index, entry) {
		const char *text = json_string_value(json_object_get(entry, key));

		if (text != NULL && strcmp(text, value) == 0)
			return entry;
	}
	return NULL;
}

void world_build(struct world *world)
{
	char body[512];

	memset(world, 0, sizeof(*world));
	world->admin = token_create("admin", NULL);
	unique_municipality(world->municipality);
	snprintf(body, sizeof(body), "{\"code\":\"WK%s01\",\"code_year\":2024,\"name\":\"Wijk\","
		 "\"ses_score\":-0.25}", world->municipality + 2);
	create("/v1/neighbourhoods", world->admin, body, world->neighbourhood);
	snprintf(body, sizeof(body), "{\"name\":\"Samen Gezond\",\"neighbourhood_id\":\"%s\"}",
		 world->neighbourhood);
	create("/v1/partnerships", world->admin, body, world->partnership);
	create("/v1/partnerships", world->admin, "{\"name\":\"Elsewhere\"}",
	       world->other_partnership);
	world->coordinator = token_create("coordinator", world->partnership);
	world->viewer = token_create("viewer", world->partnership);
	world_members(world);
	world_waves(world);
	world_respondent(world);
}

void world_free(struct world *world)
{
	free(world->admin);
	free(world->coordinator);
	free(world->viewer);
	free(world->respondent);
}

char *world_member_add(const char *token, const char *partnership, const char *label,
		       const char *sector, const char *role)
{
	static unsigned counter;
	char path[128], body[256], made[32], id[40];
	json_t *created;

	snprintf(made, sizeof(made), "m%u", counter++);
	snprintf(path, sizeof(path), "/v1/partnerships/%s/members", partnership);
	snprintf(body, sizeof(body), "{\"label\":\"%s\",\"sector\":\"%s\",\"role\":\"%s\"}",
		 label ? label : made, sector, role);
	created = expect("POST", path, token, body, 201);
	copy_id(created, id);
	json_decref(created);
	return strdup(id);
}

void world_answer(const char *token, const char *wave, const char *member, const char *body,
		  long status)
{
	char path[160];

	snprintf(path, sizeof(path), "/v1/waves/%s/responses/%s", wave, member);
	json_decref(expect("PUT", path, token, body, status));
}

void world_closed_round(const struct world *world, const char *label, const char *day,
			world_answers answers, char wave[40])
{
	char path[128], body[256];
	json_t *created;

	snprintf(path, sizeof(path), "/v1/partnerships/%s/waves", world->partnership);
	snprintf(body, sizeof(body), "{\"label\":\"%s\",\"opens_at\":\"%sT00:00:00Z\","
		 "\"closes_at\":\"%sT12:00:00Z\"}", label, day, day);
	created = expect("POST", path, world->admin, body, 201);
	copy_id(created, wave);
	json_decref(created);
	for (int i = 0; i < 8; i++) {
		char *member = world_member_add(world->admin, world->partnership, NULL,
						i % 2 ? "welfare" : "citizen",
						i % 2 ? "professional" : "coproducer");

		answers(i, body, sizeof(body));
		world_answer(world->admin, wave, member, body, 201);
		free(member);
	}
	snprintf(path, sizeof(path), "/v1/waves/%s/close", wave);
	json_decref(expect("POST", path, world->admin, NULL, 200));
}

void assert_totals_recomputed(const char *wave_id)
{
	char sql[8192];

	snprintf(sql, sizeof(sql),
		 "WITH answered AS (SELECT r.member_id, m.role, m.sector, s.i AS item_number,"
		 "   CASE r.scale WHEN 'percent' THEN r.answers[s.i]::float8"
		 "     WHEN 'likert5' THEN (r.answers[s.i] - 1) * 25.0"
		 "     ELSE (r.answers[s.i] - 1) * 100.0 / 3 END AS value, i.dimension_key"
		 "   FROM responses r JOIN members m ON m.id = r.member_id"
		 "   JOIN waves w ON w.id = r.wave_id"
		 "   CROSS JOIN generate_subscripts(r.answers, 1) AS s(i)"
		 "   JOIN items i ON i.instrument_id = w.instrument_id AND i.number = s.i"
		 "  WHERE r.wave_id = '%1$s' AND r.answers[s.i] >= 0),"
		 " grouped AS (SELECT 'all' AS grouping, '' AS group_value, * FROM answered"
		 "   UNION ALL SELECT 'role', role, * FROM answered"
		 "   UNION ALL SELECT 'sector', sector, * FROM answered),"
		 " items AS (SELECT grouping, group_value, item_number, count(*) AS n, sum(value) AS total,"
		 "   sum(value * value) AS squares FROM grouped GROUP BY 1, 2, 3),"
		 " means AS (SELECT grouping, group_value, dimension_key, member_id, avg(value) AS mean"
		 "   FROM grouped GROUP BY 1, 2, 3, 4),"
		 " dims AS (SELECT grouping, group_value, dimension_key, count(*) AS n, sum(mean) AS total,"
		 "   sum(mean * mean) AS squares FROM means GROUP BY 1, 2, 3),"
		 " overall AS (SELECT grouping, group_value, count(*) AS n, sum(mean) AS total,"
		 "   sum(mean * mean) AS squares FROM (SELECT grouping, group_value, member_id,"
		 "   avg(value) AS mean FROM grouped GROUP BY 1, 2, 3) AS o GROUP BY 1, 2),"
		 " counts AS (SELECT g.grouping, g.group_value, count(*) AS n"
		 "   FROM responses r JOIN members m ON m.id = r.member_id,"
		 "   LATERAL (VALUES ('all', ''), ('role', m.role), ('sector', m.sector)) AS g(grouping, group_value)"
		 "   WHERE r.wave_id = '%1$s' GROUP BY 1, 2),"
		 " stored_items AS (SELECT t.grouping, t.group_value, u.i AS item_number, u.n, u.total, u.squares"
		 "   FROM wave_totals t, unnest(t.item_n, t.item_sum, t.item_squares)"
		 "   WITH ORDINALITY AS u(n, total, squares, i) WHERE t.wave_id = '%1$s' AND u.n <> 0),"
		 " stored_dims AS (SELECT t.grouping, t.group_value, d.key AS dimension_key, u.n, u.total,"
		 "   u.squares FROM wave_totals t JOIN waves w ON w.id = t.wave_id,"
		 "   unnest(t.dimension_n, t.dimension_sum, t.dimension_squares)"
		 "   WITH ORDINALITY AS u(n, total, squares, i)"
		 "   JOIN dimensions d ON d.position = u.i"
		 "   WHERE d.instrument_id = w.instrument_id AND t.wave_id = '%1$s' AND u.n <> 0)"
		 " SELECT (SELECT count(*) FROM items e FULL JOIN stored_items t"
		 "   USING (grouping, group_value, item_number)"
		 "   WHERE e.n IS DISTINCT FROM t.n OR abs(e.total - t.total) > 1e-6"
		 "      OR abs(e.squares - t.squares) > 1e-4)"
		 " || '/' || (SELECT count(*) FROM dims e FULL JOIN stored_dims t"
		 "   USING (grouping, group_value, dimension_key)"
		 "   WHERE e.n IS DISTINCT FROM t.n OR abs(e.total - t.total) > 1e-6"
		 "      OR abs(e.squares - t.squares) > 1e-4)"
		 " || '/' || (SELECT count(*) FROM counts e FULL JOIN (SELECT * FROM wave_totals"
		 "   WHERE wave_id = '%1$s' AND n_responses <> 0) t USING (grouping, group_value)"
		 "   WHERE e.n IS DISTINCT FROM t.n_responses)"
		 " || '/' || (SELECT count(*) FROM overall e FULL JOIN (SELECT * FROM wave_totals"
		 "   WHERE wave_id = '%1$s' AND overall_n <> 0) t USING (grouping, group_value)"
		 "   WHERE e.n IS DISTINCT FROM t.overall_n OR abs(e.total - t.overall_sum) > 1e-6"
		 "      OR abs(e.squares - t.overall_squares) > 1e-4)",
		 wave_id);
	assert_query(sql, "0/0/0/0");
}
