/* Scores, trend and comparisons through the HTTP API: the published table,
 * privacy, latest revisions only, CSV, and the running totals checked
 * against a full recomputation. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "world.h"

TestSuite(scores, .init = server_setup, .fini = server_teardown, .timeout = 120);

#define PUBLISHED "{\"answers\":{\"1\":95,\"2\":50,\"3\":95,\"4\":30,\"5\":100,\"6\":90," \
	"\"7\":100,\"8\":100,\"9\":55,\"10\":90,\"11\":50,\"12\":55,\"13\":30,\"14\":65,\"15\":50," \
	"\"16\":70,\"17\":50,\"18\":50,\"19\":90,\"20\":80,\"21\":85,\"22\":70,\"23\":45,\"24\":50," \
	"\"25\":70,\"26\":70}}"


/* Closing publishes a wave's scores to non-admins (privacy rule 6a). */
static void close_wave(const char *token, const char *wave)
{
	char path[128];

	snprintf(path, sizeof(path), "/v1/waves/%s/close", wave);
	json_decref(expect("POST", path, token, NULL, 200));
}

static json_t *wave_scores(const char *token, const char *wave, const char *query)
{
	char path[256];

	snprintf(path, sizeof(path), "/v1/waves/%s/scores%s", wave, query);
	return expect("GET", path, token, NULL, 200);
}

static double dimension_score(const json_t *scores, size_t index)
{
	return json_number_value(json_object_get(json_array_get(json_object_get(scores, "dimensions"),
								index), "score"));
}

static long scores_count(const json_t *scores)
{
	return (long)json_integer_value(json_object_get(scores, "n_responses"));
}

/* Rule 6a as a viewer sees it: counts only while the wave is open, then
 * closer closes it and the viewer reads the published scores; returns
 * them (caller decrefs). */
static json_t *scores_published_at_close(const struct world *world, const char *closer,
					 long respondents)
{
	json_t *scores = wave_scores(world->viewer, world->wave, "");

	cr_assert_eq(scores_count(scores), respondents);
	cr_assert(json_is_false(json_object_get(scores, "published")));
	cr_assert(json_is_null(json_object_get(scores, "overall")));
	json_decref(scores);
	close_wave(closer, world->wave);
	scores = wave_scores(world->viewer, world->wave, "");
	cr_assert(json_is_true(json_object_get(scores, "published")));
	cr_assert_eq(scores_count(scores), respondents);
	return scores;
}

Test(scores, published_table_through_the_api)
{
	static const long rounded[6] = { 95, 81, 56, 57, 81, 59 };
	static const double exact[6] = { 95.0, 565.0 / 7, 56.0, 57.0, 81.25, 58.75 };
	struct world world;
	json_t *scores;

	world_build(&world);
	/* entered by an admin and sent with an invitation: all three count
	 * toward k (rule 6c) */
	world_answer(world.admin, world.wave, world.member, PUBLISHED, 201);
	world_answer(world.admin, world.wave, world.second_member, PUBLISHED, 201);
	world_answer(world.respondent, world.wave, world.respondent_member, PUBLISHED, 201);
	scores = scores_published_at_close(&world, world.coordinator, 3);
	cr_assert(json_is_false(json_object_get(scores, "suppressed")));
	for (size_t d = 0; d < 6; d++) {
		cr_assert_float_eq(dimension_score(scores, d), exact[d], 1e-9);
		cr_assert_eq(lround(dimension_score(scores, d)), rounded[d]);
	}
	cr_assert_float_eq(json_number_value(json_object_get(scores, "overall")), 1785.0 / 26, 1e-9);
	cr_assert_eq(lround(json_number_value(json_object_get(scores, "overall"))), 69);
	cr_assert_eq(json_array_size(json_object_get(scores, "items")), 26);
	json_decref(scores);
	world_free(&world);
}

Test(scores, scale_conversion_sd_and_latest_revision)
{
	struct world world;
	json_t *scores, *item;

	world_build(&world);
	/* agree4 4 and 1 -> 100 and 0; likert5 3 -> 50 */
	world_answer(world.admin, world.wave, world.member, "{\"scale\":\"agree4\",\"answers\":{\"2\":4,\"3\":2}}", 201);
	world_answer(world.admin, world.wave, world.second_member, "{\"scale\":\"agree4\",\"answers\":{\"2\":1}}", 201);
	world_answer(world.admin, world.wave, world.respondent_member, "{\"scale\":\"likert5\",\"answers\":{\"2\":3,\"3\":null}}", 201);
	scores = wave_scores(world.admin, world.wave, "");
	item = json_array_get(json_object_get(scores, "items"), 1);
	cr_assert_float_eq(json_number_value(json_object_get(item, "score")), 50.0, 1e-9);
	cr_assert_eq(json_integer_value(json_object_get(item, "n")), 3);
	cr_assert_float_eq(json_number_value(json_object_get(item, "sd")), 50.0, 1e-9);
	item = json_array_get(json_object_get(scores, "items"), 2);
	cr_assert_eq(json_integer_value(json_object_get(item, "n")), 1);
	cr_assert(json_is_null(json_object_get(item, "sd")));
	cr_assert_float_eq(json_number_value(json_object_get(item, "score")), 100.0 / 3, 1e-9);
	/* suitability (items 2-8) = mean of items 2 and 3; its n counts respondents */
	cr_assert_float_eq(dimension_score(scores, 1), (50.0 + 100.0 / 3) / 2, 1e-9);
	json_decref(scores);

	/* a new revision replaces the old one entirely; a withdrawal removes it */
	world_answer(world.admin, world.wave, world.second_member, "{\"scale\":\"agree4\",\"answers\":{\"2\":4}}", 200);
	world_answer(world.admin, world.wave, world.respondent_member, "{\"answers\":{\"2\":100}}", 200);
	scores = wave_scores(world.admin, world.wave, "");
	item = json_array_get(json_object_get(scores, "items"), 1);
	cr_assert_float_eq(json_number_value(json_object_get(item, "score")), 100.0, 1e-9);
	cr_assert_float_eq(json_number_value(json_object_get(item, "sd")), 0.0, 1e-6);
	item = json_array_get(json_object_get(scores, "items"), 2);
	cr_assert_eq(json_integer_value(json_object_get(item, "n")), 1);
	json_decref(scores);
	world_free(&world);
}

Test(scores, small_waves_are_suppressed_for_all_but_admins)
{
	struct world world;
	json_t *scores;
	char path[256];

	world_build(&world);
	world_answer(world.coordinator, world.wave, world.member, PUBLISHED, 201);
	world_answer(world.coordinator, world.wave, world.second_member, PUBLISHED, 201);
	scores = wave_scores(world.viewer, world.wave, "?by=role");
	cr_assert(json_is_true(json_object_get(scores, "suppressed")));
	cr_assert_eq(json_integer_value(json_object_get(scores, "n_responses")), 2);
	cr_assert(json_is_null(json_object_get(scores, "overall")));
	cr_assert(json_is_null(json_object_get(json_array_get(json_object_get(scores, "dimensions"), 0), "score")));
	cr_assert(json_is_null(json_object_get(json_array_get(json_object_get(scores, "items"), 0), "score")));
	cr_assert(json_is_true(json_object_get(json_array_get(json_object_get(scores, "groups"), 0), "suppressed")));
	json_decref(scores);
	scores = wave_scores(world.admin, world.wave, "");
	cr_assert(json_is_false(json_object_get(scores, "suppressed")));
	cr_assert_float_eq(json_number_value(json_object_get(scores, "overall")), 1785.0 / 26, 1e-9);
	json_decref(scores);

	snprintf(path, sizeof(path), "/v1/partnerships/%s/trend", world.partnership);
	scores = expect("GET", path, world.coordinator, NULL, 200);
	cr_assert(json_is_null(json_object_get(json_array_get(json_object_get(scores, "waves"), 0), "overall")));
	cr_assert(json_is_true(json_object_get(json_array_get(json_object_get(scores, "waves"), 0), "suppressed")));
	json_decref(scores);
	world_free(&world);
}

Test(scores, groups_by_sector_with_complementary_suppression)
{
	const char *settings[] = { "CACD_MIN_GROUP_SIZE=3", NULL };
	struct world world;
	const char *sectors[] = { "health_care", "health_care", "health_care", "health_care",
				  "police", "police", "police", "citizen" };
	json_t *scores, *groups;

	server_stop();
	server_start(settings);
	world_build(&world);
	for (size_t i = 0; i < 8; i++) {
		char *member = world_member_add(world.admin, world.partnership, NULL, sectors[i], "professional");

		world_answer(world.admin, world.wave, member, "{\"answers\":{\"1\":60}}", 201);
		free(member);
	}
	close_wave(world.admin, world.wave);
	scores = wave_scores(world.viewer, world.wave, "?by=sector");
	groups = json_object_get(scores, "groups");
	cr_assert_eq(json_array_size(groups), 3);
	/* citizen (1) is too small; hidden alone it could be read off the
	 * total, so police (3), the smallest group still shown, goes too */
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(groups, 0), "group")), "citizen");
	cr_assert(json_is_true(json_object_get(json_array_get(groups, 0), "suppressed")));
	cr_assert_null(json_object_get(json_array_get(groups, 0), "n_responses"));
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(groups, 1), "group")), "health_care");
	cr_assert(json_is_false(json_object_get(json_array_get(groups, 1), "suppressed")));
	cr_assert_eq(json_integer_value(json_object_get(json_array_get(groups, 1), "n_responses")), 4);
	cr_assert_float_eq(json_number_value(json_object_get(json_array_get(groups, 1), "overall")), 60.0, 1e-9);
	cr_assert(json_is_true(json_object_get(json_array_get(groups, 2), "suppressed")));
	json_decref(scores);
	world_free(&world);
}

Test(scores, trend_orders_waves_and_measures_change)
{
	struct world world;
	char path[256], wave_path[128], later[40];
	json_t *created, *trend, *waves, *second;
	char *extra[3];

	world_build(&world);
	snprintf(wave_path, sizeof(wave_path), "/v1/partnerships/%s/waves", world.partnership);
	created = expect("POST", wave_path, world.admin, "{\"label\":\"2026-autumn\",\"opens_at\":"
			 "\"2026-06-01T00:00:00Z\",\"closes_at\":\"2099-01-01T00:00:00Z\"}", 201);
	copy_id(created, later);
	json_decref(created);
	for (int i = 0; i < 3; i++) {
		extra[i] = world_member_add(world.admin, world.partnership, NULL, "welfare", "professional");
		world_answer(world.admin, world.wave, extra[i], "{\"answers\":{\"1\":40,\"2\":60}}", 201);
		world_answer(world.admin, later, extra[i], "{\"answers\":{\"1\":70,\"2\":60}}", 201);
		free(extra[i]);
	}
	close_wave(world.admin, world.wave);
	close_wave(world.admin, later);
	snprintf(path, sizeof(path), "/v1/partnerships/%s/trend", world.partnership);
	trend = expect("GET", path, world.viewer, NULL, 200);
	waves = json_object_get(trend, "waves");
	cr_assert_eq(json_array_size(waves), 3); /* spring, autumn, the scheduled 2098 wave */
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(waves, 0), "label")), "2026-spring");
	cr_assert(json_is_null(json_object_get(json_array_get(waves, 0), "change")));
	second = json_array_get(waves, 1);
	cr_assert_str_eq(json_string_value(json_object_get(second, "label")), "2026-autumn");
	cr_assert_float_eq(json_number_value(json_object_get(second, "overall")), 65.0, 1e-9);
	cr_assert_float_eq(json_number_value(json_object_get(json_object_get(second, "change"), "overall")), 15.0, 1e-9);
	cr_assert_float_eq(json_number_value(json_object_get(json_object_get(json_object_get(second, "change"),
				"dimensions"), "general")), 30.0, 1e-9);
	cr_assert(json_is_null(json_object_get(json_object_get(json_object_get(second, "change"),
				"dimensions"), "task")));
	json_decref(trend);

	snprintf(path, sizeof(path), "/v1/partnerships/%s/trend?format=csv", world.partnership);
	struct reply *csv = api("GET", path, world.viewer, NULL);

	assert_status(csv, 200);
	cr_assert(strncmp(csv->body, "wave_id,partnership_id,label,opens_at,n_responses,overall,general,"
			  "suitability,task,relation,growth,visibility,change_overall,change_general,",
			  135) == 0, "%s", csv->body);
	/* three respondents: too few for a spread, so no interval (empty
	 * change_low_, change_high_, beyond_noise_), nor a gap */
	cr_assert(strstr(csv->body, ",2026-autumn,2026-06-01T00:00:00.000000Z,3,65,70,60,,,,,15,30,0,,,,,"
			 ",,,,,,,,,,,,,,,,,,,,,,,,,,,,TRUE,FALSE\r\n") != NULL, "%s", csv->body);
	reply_free(csv);
	world_free(&world);
}

/* Three partnerships in one municipality with known overall scores. */
Test(scores, comparisons_rank_and_average)
{
	char *admin = token_create("admin", NULL);
	char municipality[8], body[512], id[3][40], neighbourhood[40], path[512];
	const int answers[3] = { 50, 90, 70 };
	json_t *created, *result, *rows;

	unique_municipality(municipality);
	snprintf(body, sizeof(body), "{\"code\":\"BU%s0001\",\"name\":\"Noord\",\"ses_score\":-1.5}",
		 municipality + 2);
	created = expect("POST", "/v1/neighbourhoods", admin, body, 201);
	copy_id(created, neighbourhood);
	json_decref(created);
	for (int p = 0; p < 3; p++) {
		char wave[40];

		snprintf(body, sizeof(body), "{\"name\":\"P%d\",\"neighbourhood_id\":\"%s\"}", p, neighbourhood);
		created = expect("POST", "/v1/partnerships", admin, body, 201);
		copy_id(created, id[p]);
		json_decref(created);
		snprintf(path, sizeof(path), "/v1/partnerships/%s/waves", id[p]);
		created = expect("POST", path, admin, "{\"label\":\"cmp-2026\",\"opens_at\":"
				 "\"2026-01-01T00:00:00Z\",\"closes_at\":\"2099-01-01T00:00:00Z\"}", 201);
		copy_id(created, wave);
		json_decref(created);
		for (int m = 0; m < 3; m++) {
			char *member = world_member_add(admin, id[p], NULL, "welfare", "coproducer");

			snprintf(body, sizeof(body), "{\"answers\":{\"1\":%d}}", answers[p]);
			world_answer(admin, wave, member, body, 201);
			free(member);
		}
		close_wave(admin, wave);
	}
	char *viewer = token_create("viewer", NULL);

	snprintf(path, sizeof(path), "/v1/comparisons?wave_label=cmp-2026&municipality_code=%s",
		 municipality);
	result = expect("GET", path, viewer, NULL, 200);
	rows = json_object_get(result, "rows");
	cr_assert_eq(json_array_size(rows), 3);
	for (int p = 0; p < 3; p++) {
		json_t *row = json_array_get(rows, (size_t)p);

		cr_assert_str_eq(json_string_value(json_object_get(row, "partnership_id")), id[p]);
		cr_assert_float_eq(json_number_value(json_object_get(row, "overall")), answers[p], 1e-9);
		cr_assert_eq(json_integer_value(json_object_get(row, "rank")), p == 0 ? 3 : p == 1 ? 1 : 2);
		cr_assert_float_eq(json_number_value(json_object_get(json_object_get(row, "neighbourhood"),
								     "ses_score")), -1.5, 1e-12);
	}
	cr_assert_float_eq(json_number_value(json_object_get(json_object_get(result, "mean"), "overall")),
			   70.0, 1e-9);
	json_decref(result);

	snprintf(path, sizeof(path), "/v1/comparisons?wave_label=cmp-2026&partnership_id=%s"
		 "&partnership_id=%s", id[0], id[2]);
	result = expect("GET", path, viewer, NULL, 200);
	cr_assert_eq(json_array_size(json_object_get(result, "rows")), 2);
	json_decref(result);

	snprintf(path, sizeof(path), "/v1/comparisons?wave_label=cmp-2026&municipality_code=%s&format=csv",
		 municipality);
	struct reply *csv = api("GET", path, viewer, NULL);

	assert_status(csv, 200);
	/* tidy: the mean stays in the JSON, no summary row charts as a partnership */
	cr_assert(strstr(csv->body, ",mean,") == NULL, "%s", csv->body);
	cr_assert(strstr(csv->body, ",P1,BU") != NULL && strstr(csv->body, ",Noord,-1.5,") != NULL,
		  "%s", csv->body);
	reply_free(csv);
	json_decref(expect("GET", "/v1/comparisons", viewer, NULL, 422));
	free(viewer);
	free(admin);
}

/* After random submissions, revisions and withdrawals, the running totals
 * equal a recomputation from the stored answers. */
Test(scores, totals_match_a_full_recomputation)
{
	static const char *const scales[] = { "agree4", "likert5", "percent" };
	static const int maximum[] = { 4, 5, 100 }, minimum[] = { 1, 1, 0 };
	const char *sectors[] = { "health_care", "police", "citizen", "welfare" };
	const char *roles[] = { "professional", "coproducer" };
	struct world world;
	char *members[12], body[2048], path[200], sql[4096];

	world_build(&world);
	for (size_t i = 0; i < 12; i++)
		members[i] = world_member_add(world.admin, world.partnership, NULL, sectors[i % 4], roles[i % 2]);
	srand(42);
	for (int operation = 0; operation < 120; operation++) {
		const char *member = members[rand() % 12];
		const char *wave = rand() % 2 ? world.wave : world.scheduled_wave;
		int scale = rand() % 3;
		size_t used;

		if (wave == world.scheduled_wave)
			wave = world.wave; /* only open waves take answers; keep one wave busy */
		if (rand() % 6 == 0) {
			snprintf(path, sizeof(path), "/v1/waves/%s/responses/%s", wave, member);
			reply_free(api("DELETE", path, world.admin, NULL));
			continue;
		}
		used = (size_t)snprintf(body, sizeof(body), "{\"scale\":\"%s\",\"answers\":{", scales[scale]);
		for (int item = 1, first = 1; item <= 26; item++) {
			int kind = rand() % 4;

			if (kind == 0)
				continue;
			used += (size_t)snprintf(body + used, sizeof(body) - used, "%s\"%d\":", first ? "" : ",", item);
			first = 0;
			if (kind == 1)
				used += (size_t)snprintf(body + used, sizeof(body) - used, "null");
			else
				used += (size_t)snprintf(body + used, sizeof(body) - used, "%d",
							 minimum[scale] + rand() % (maximum[scale] - minimum[scale] + 1));
		}
		snprintf(body + used, sizeof(body) - used, "%s}}", used > 40 ? "" : "\"1\":null");
		snprintf(path, sizeof(path), "/v1/waves/%s/responses/%s", wave, member);
		reply_free(api("PUT", path, world.admin, body));
	}
	assert_totals_recomputed(world.wave);
	/* the random run did store, replace and withdraw answers */
	snprintf(sql, sizeof(sql), "SELECT (SELECT count(*) FROM responses WHERE wave_id = '%s') >= 5"
		 " AND (SELECT count(*) FROM response_history WHERE wave_id = '%s' AND withdrawn) >= 3"
		 " AND (SELECT count(*) FROM response_history WHERE wave_id = '%s' AND NOT withdrawn) >= 20",
		 world.wave, world.wave, world.wave);
	assert_query(sql, "t");
	for (size_t i = 0; i < 12; i++)
		free(members[i]);
	world_free(&world);
}

/* Score replies are kept (service/reply_cache.h) and found again by the data
 * they were computed from: a read of unchanged data is answered as kept,
 * and every change below shows in the next read. */
Test(scores, kept_replies_follow_every_change)
{
	struct world world;
	json_t *first, *again, *scores;
	struct reply *reply;
	char path[160], *type;
	long hits;

	world_build(&world);
	world_answer(world.admin, world.wave, world.member, PUBLISHED, 201);
	first = wave_scores(world.admin, world.wave, "");
	hits = metric_value(world.admin, "cacd_reply_cache_hits_total");
	again = wave_scores(world.admin, world.wave, "");
	cr_assert(json_equal(first, again));
	cr_assert_eq(metric_value(world.admin, "cacd_reply_cache_hits_total"), hits + 1);

	/* a new response: the admin, who sees a wave live, sees it at once */
	world_answer(world.admin, world.wave, world.second_member, PUBLISHED, 201);
	scores = wave_scores(world.admin, world.wave, "");
	cr_assert_eq(scores_count(scores), scores_count(first) + 1);
	json_decref(scores);

	/* a new label, which is no total */
	snprintf(path, sizeof(path), "/v1/waves/%s", world.wave);
	json_decref(expect("PATCH", path, world.admin, "{\"label\":\"renamed\"}", 200));
	scores = wave_scores(world.admin, world.wave, "");
	cr_assert_str_eq(json_string_value(json_object_get(scores, "label")), "renamed");
	json_decref(scores);

	/* the same data in another format and language */
	snprintf(path, sizeof(path), "/v1/waves/%s/scores?format=csv", world.wave);
	reply = api("GET", path, world.admin, NULL);
	assert_status(reply, 200);
	type = reply_header(reply, "Content-Type");
	cr_assert(type != NULL && strncmp(type, "text/csv", 8) == 0, "Content-Type %s", type);
	free(type);
	reply_free(reply);
	scores = wave_scores(world.admin, world.wave, "?lang=nl");
	cr_assert(json_object_get(json_array_get(json_object_get(scores, "dimensions"), 0), "name"));
	json_decref(scores);

	/* the admin's live reply is not a viewer's: before the wave closes a
	 * viewer sees counts only, after it the scores */
	json_decref(scores_published_at_close(&world, world.admin, 2));
	json_decref(first);
	json_decref(again);
	world_free(&world);
}
