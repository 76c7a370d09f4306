/* PUT /v1/waves/{id}/responses/{member}: conversion to 0-100, revisions,
 * idempotent replays, every 4xx of the contract; withdraw and export. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "world.h"

TestSuite(responses, .init = server_setup, .fini = server_teardown, .timeout = 120);

static void response_path(const struct world *world, const char *wave, const char *member,
			  char *out, size_t size)
{
	snprintf(out, size, "/v1/waves/%s/responses/%s", wave, member);
	(void)world;
}

static double answer(const json_t *reply, const char *item)
{
	return json_number_value(json_object_get(json_object_get(reply, "answers"), item));
}

Test(responses, scales_convert_to_percent)
{
	struct world world;
	char path[256];
	json_t *reply;

	world_build(&world);
	response_path(&world, world.wave, world.member, path, sizeof(path));
	reply = expect("PUT", path, world.coordinator,
		       "{\"scale\":\"agree4\",\"answers\":{\"1\":1,\"2\":2,\"3\":3,\"4\":4,\"5\":null}}", 201);
	cr_assert_float_eq(answer(reply, "1"), 0.0, 1e-12);
	cr_assert_float_eq(answer(reply, "2"), 100.0 / 3, 1e-12);
	cr_assert_float_eq(answer(reply, "3"), 200.0 / 3, 1e-12);
	cr_assert_float_eq(answer(reply, "4"), 100.0, 1e-12);
	cr_assert(json_is_null(json_object_get(json_object_get(reply, "answers"), "5")));
	cr_assert_eq(json_integer_value(json_object_get(reply, "revision")), 1);
	cr_assert_str_eq(json_string_value(json_object_get(reply, "scale")), "agree4");
	json_decref(reply);

	reply = expect("PUT", path, world.coordinator,
		       "{\"scale\":\"likert5\",\"answers\":{\"1\":1,\"2\":2,\"3\":5}}", 200);
	cr_assert_float_eq(answer(reply, "1"), 0.0, 1e-12);
	cr_assert_float_eq(answer(reply, "2"), 25.0, 1e-12);
	cr_assert_float_eq(answer(reply, "3"), 100.0, 1e-12);
	cr_assert_null(json_object_get(json_object_get(reply, "answers"), "4"));
	cr_assert_eq(json_integer_value(json_object_get(reply, "revision")), 2);
	json_decref(reply);

	/* scale defaults to percent */
	reply = expect("PUT", path, world.coordinator, "{\"answers\":{\"26\":37}}", 200);
	cr_assert_float_eq(answer(reply, "26"), 37.0, 1e-12);
	cr_assert_str_eq(json_string_value(json_object_get(reply, "scale")), "percent");
	cr_assert_eq(json_integer_value(json_object_get(reply, "revision")), 3);
	json_decref(reply);
	world_free(&world);
}

Test(responses, the_same_body_100_times_is_one_row_one_revision)
{
	struct world world;
	char path[256], sql[512];
	json_t *first;

	world_build(&world);
	response_path(&world, world.wave, world.member, path, sizeof(path));
	first = expect("PUT", path, world.coordinator,
		       "{\"scale\":\"agree4\",\"answers\":{\"1\":4,\"2\":3},\"comment\":\"fijn\"}", 201);
	for (int i = 0; i < 100; i++) {
		/* the same content, keys in another order */
		json_t *again = expect("PUT", path, world.coordinator,
				       "{\"comment\":\"fijn\",\"answers\":{\"2\":3,\"1\":4},"
				       "\"scale\":\"agree4\"}", 200);

		cr_assert(json_equal(again, first), "replay %d changed the response", i);
		json_decref(again);
	}
	snprintf(sql, sizeof(sql), "SELECT count(*) || '/' || max(revision) FROM responses"
		 " WHERE wave_id = '%s' AND member_id = '%s'", world.wave, world.member);
	assert_query(sql, "1/1");
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM response_history WHERE wave_id = '%s'",
		 world.wave);
	assert_query(sql, "0");
	snprintf(sql, sizeof(sql), "SELECT count(*) FILTER (WHERE a IS NOT NULL) FROM responses,"
		 " unnest(answers) AS a WHERE wave_id = '%s'", world.wave);
	assert_query(sql, "2");
	json_decref(first);
	world_free(&world);
}

Test(responses, a_change_keeps_the_old_revision_in_history)
{
	struct world world;
	char path[256], sql[512];

	world_build(&world);
	response_path(&world, world.wave, world.member, path, sizeof(path));
	json_decref(expect("PUT", path, world.admin, "{\"answers\":{\"1\":10}}", 201));
	json_decref(expect("PUT", path, world.admin, "{\"answers\":{\"1\":20}}", 200));
	json_decref(expect("PUT", path, world.admin, "{\"answers\":{\"1\":20},\"comment\":\"x\"}", 200));
	snprintf(sql, sizeof(sql), "SELECT string_agg(revision || ':' || answers[1], ',' "
		 "ORDER BY revision) FROM response_history WHERE wave_id = '%s'", world.wave);
	assert_query(sql, "1:10,2:20");
	snprintf(sql, sizeof(sql), "SELECT revision FROM responses WHERE wave_id = '%s'", world.wave);
	assert_query(sql, "3");
	world_free(&world);
}

Test(responses, bad_answers_are_422_with_the_field)
{
	static const struct {
		const char *body;
		const char *field;
	} rows[] = {
		{ "{\"answers\":{\"27\":50}}", "answers.27" },
		{ "{\"answers\":{\"0\":50}}", "answers.0" },
		{ "{\"answers\":{\"01\":50}}", "answers.01" },
		{ "{\"answers\":{\"one\":50}}", "answers.one" },
		{ "{\"answers\":{\"1\":101}}", "answers.1" },
		{ "{\"answers\":{\"1\":-1}}", "answers.1" },
		{ "{\"scale\":\"agree4\",\"answers\":{\"1\":5}}", "answers.1" },
		{ "{\"scale\":\"agree4\",\"answers\":{\"1\":0}}", "answers.1" },
		{ "{\"scale\":\"likert5\",\"answers\":{\"1\":6}}", "answers.1" },
		{ "{\"answers\":{\"1\":4.5}}", "answers.1" },
		{ "{\"answers\":{\"1\":\"4\"}}", "answers.1" },
		{ "{\"answers\":{\"1\":true}}", "answers.1" },
		{ "{\"answers\":{\"1\":4,\"1\":3}}", "body" },
		{ "{\"answers\":{}}", "answers" },
		{ "{\"answers\":[4,3]}", "answers" },
		{ "{}", "answers" },
		{ "{\"scale\":\"stars\",\"answers\":{\"1\":4}}", "scale" },
		{ "{\"answers\":{\"1\":4},\"extra\":1}", "extra" },
		{ "{\"answers\":{\"1\":4},\"comment\":5}", "comment" },
	};
	struct world world;
	char path[256], sql[512];

	world_build(&world);
	response_path(&world, world.wave, world.member, path, sizeof(path));
	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		struct reply *reply = api("PUT", path, world.coordinator, rows[i].body);
		json_t *errors = json_object_get(reply->json, "errors");

		cr_expect_eq(reply->status, 422, "%s: %ld %s", rows[i].body, reply->status, reply->body);
		cr_expect_str_eq(json_string_value(json_object_get(json_array_get(errors, 0), "field")),
				 rows[i].field, "%s: %s", rows[i].body, reply->body);
		reply_free(reply);
	}
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM responses WHERE wave_id = '%s'", world.wave);
	assert_query(sql, "0");
	world_free(&world);
}

Test(responses, wave_state_and_membership_conflicts)
{
	struct world world;
	char path[256];

	world_build(&world);
	/* a wave that has not opened yet */
	response_path(&world, world.scheduled_wave, world.member, path, sizeof(path));
	json_decref(expect("PUT", path, world.coordinator, "{\"answers\":{\"1\":50}}", 409));
	/* a member of another partnership: 404 even for the admin */
	response_path(&world, world.wave, world.other_member, path, sizeof(path));
	json_decref(expect("PUT", path, world.admin, "{\"answers\":{\"1\":50}}", 404));
	/* a deactivated member answers no more */
	snprintf(path, sizeof(path), "/v1/members/%s", world.second_member);
	json_decref(expect("DELETE", path, world.coordinator, NULL, 204));
	response_path(&world, world.wave, world.second_member, path, sizeof(path));
	json_decref(expect("PUT", path, world.coordinator, "{\"answers\":{\"1\":50}}", 409));
	/* a closed wave: new answers are refused, a replay of what is stored is not */
	response_path(&world, world.wave, world.member, path, sizeof(path));
	json_decref(expect("PUT", path, world.coordinator, "{\"answers\":{\"1\":50}}", 201));
	snprintf(path, sizeof(path), "/v1/waves/%s/close", world.wave);
	json_decref(expect("POST", path, world.coordinator, NULL, 200));
	response_path(&world, world.wave, world.member, path, sizeof(path));
	json_decref(expect("PUT", path, world.coordinator, "{\"answers\":{\"1\":60}}", 409));
	json_decref(expect("PUT", path, world.coordinator, "{\"answers\":{\"1\":50}}", 200));
	world_free(&world);
}

Test(responses, respondent_writes_only_its_own)
{
	struct world world;
	char path[256];
	json_t *reply;

	world_build(&world);
	response_path(&world, world.wave, world.respondent_member, path, sizeof(path));
	reply = expect("PUT", path, world.respondent,
		       "{\"scale\":\"agree4\",\"answers\":{\"1\":3},\"comment\":\"geheim\"}", 201);
	cr_assert_str_eq(json_string_value(json_object_get(reply, "member_id")),
			 world.respondent_member);
	json_decref(reply);
	response_path(&world, world.wave, world.member, path, sizeof(path));
	json_decref(expect("PUT", path, world.respondent, "{\"answers\":{\"1\":3}}", 404));
	response_path(&world, world.other_wave, world.respondent_member, path, sizeof(path));
	json_decref(expect("PUT", path, world.respondent, "{\"answers\":{\"1\":3}}", 404));
	world_free(&world);
}

/* Read-back gives what was stored, converted, to its own respondent and to
 * admins; a colleague's response stays as unknown as a missing one. */
Test(responses, a_respondent_reads_back_only_its_own)
{
	struct world world;
	char own[256], colleague[256], unanswered[256];
	json_t *reply;

	world_build(&world);
	response_path(&world, world.wave, world.respondent_member, own, sizeof(own));
	response_path(&world, world.wave, world.member, colleague, sizeof(colleague));
	response_path(&world, world.wave, world.second_member, unanswered, sizeof(unanswered));
	json_decref(expect("GET", own, world.respondent, NULL, 404));
	world_answer(world.respondent, world.wave, world.respondent_member,
		     "{\"scale\":\"agree4\",\"answers\":{\"1\":3,\"2\":null},"
		     "\"comment\":\"half af\"}", 201);
	world_answer(world.coordinator, world.wave, world.member, "{\"answers\":{\"1\":10}}", 201);

	reply = expect("GET", own, world.respondent, NULL, 200);
	cr_assert_float_eq(answer(reply, "1"), 200.0 / 3, 1e-9);
	cr_assert(json_is_null(json_object_get(json_object_get(reply, "answers"), "2")));
	cr_assert_null(json_object_get(json_object_get(reply, "answers"), "3"));
	cr_assert_str_eq(json_string_value(json_object_get(reply, "comment")), "half af");
	cr_assert_str_eq(json_string_value(json_object_get(reply, "scale")), "agree4");
	cr_assert_eq(json_integer_value(json_object_get(reply, "revision")), 1);
	json_decref(reply);

	json_decref(expect("GET", colleague, world.respondent, NULL, 404));
	json_decref(expect("GET", unanswered, world.respondent, NULL, 404));
	json_decref(expect("GET", colleague, world.coordinator, NULL, 403));
	json_decref(expect("GET", colleague, world.viewer, NULL, 403));
	reply = expect("GET", colleague, world.admin, NULL, 200);
	cr_assert_float_eq(answer(reply, "1"), 10.0, 1e-12);
	cr_assert_str_eq(json_string_value(json_object_get(reply, "member_id")), world.member);
	json_decref(reply);
	json_decref(expect("GET", unanswered, world.admin, NULL, 404));
	world_free(&world);
}

Test(responses, list_withdraw_and_export)
{
	struct world world;
	char path[256], sql[512];
	json_t *list, *exported;
	struct reply *csv;
	char *log;

	world_build(&world);
	response_path(&world, world.wave, world.member, path, sizeof(path));
	json_decref(expect("PUT", path, world.coordinator,
			   "{\"scale\":\"agree4\",\"answers\":{\"1\":4,\"3\":null},"
			   "\"comment\":\"line one, \\\"two\\\"\"}", 201));
	response_path(&world, world.wave, world.second_member, path, sizeof(path));
	json_decref(expect("PUT", path, world.coordinator, "{\"answers\":{\"2\":55}}", 201));

	snprintf(path, sizeof(path), "/v1/waves/%s/responses", world.wave);
	list = expect("GET", path, world.coordinator, NULL, 200);
	cr_assert_eq(json_array_size(json_object_get(list, "data")), 2);
	cr_assert_null(json_object_get(json_array_get(json_object_get(list, "data"), 0), "answers"));
	json_decref(list);

	snprintf(path, sizeof(path), "/v1/export/responses?wave_id=%s", world.wave);
	exported = expect("GET", path, world.admin, NULL, 200);
	cr_assert_eq(json_array_size(json_object_get(exported, "data")), 2);
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(json_object_get(exported, "data"), 0),
							   "member_label")), "P01");
	json_decref(exported);
	snprintf(path, sizeof(path), "/v1/export/responses?wave_id=%s&format=csv", world.wave);
	csv = api("GET", path, world.admin, NULL);
	assert_status(csv, 200);
	cr_assert(strncmp(csv->body, "wave_id,partnership_id,member_id,member_label,revision,"
			  "submitted_at,scale,item_1,item_2,", 81) == 0, "%s", csv->body);
	cr_assert(strstr(csv->body, ",item_26,dk_items,comment\r\n") != NULL, "%s", csv->body);
	cr_assert(strstr(csv->body, ",P01,1,") != NULL, "%s", csv->body);
	/* don't know and unanswered leave the item's cell empty, so the column
	 * stays numeric; dk_items names the items answered don't know */
	cr_assert(strstr(csv->body, ",agree4,100,,,,,,,,,,,,,,,,,,,,,,,,,,3,\"line one, \"\"two\"\"\"\r\n")
		  != NULL, "%s", csv->body);
	reply_free(csv);

	response_path(&world, world.wave, world.member, path, sizeof(path));
	json_decref(expect("DELETE", path, world.admin, NULL, 204));
	json_decref(expect("DELETE", path, world.admin, NULL, 404));
	snprintf(sql, sizeof(sql), "SELECT count(*) || '/' || bool_and(withdrawn) FROM response_history"
		 " WHERE wave_id = '%s'", world.wave);
	assert_query(sql, "1/true");
	/* answering again after a withdrawal continues the revision count */
	json_decref(expect("PUT", path, world.coordinator, "{\"answers\":{\"1\":4}}", 201));
	snprintf(sql, sizeof(sql), "SELECT revision FROM responses WHERE wave_id = '%s'"
		 " AND member_id = '%s'", world.wave, world.member);
	assert_query(sql, "2");

	server_stop();
	log = server_log();
	cr_assert_null(strstr(log, "line one"));
	cr_assert_null(strstr(log, "\"answers\""));
	free(log);
	world_free(&world);
}
