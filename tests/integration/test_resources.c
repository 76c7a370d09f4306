/* Neighbourhoods, partnerships, members, waves and invitations: success
 * paths, validation, conflicts, scope, pagination. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "world.h"

TestSuite(resources, .init = server_setup, .fini = server_teardown, .timeout = 60);

static const char *field_of(const json_t *problem, size_t index)
{
	return json_string_value(json_object_get(json_array_get(json_object_get(problem, "errors"),
								index), "field"));
}

Test(resources, neighbourhood_codes_are_validated)
{
	static const struct {
		const char *body;
		long status;
		const char *field;
	} rows[] = {
		{ "{\"name\":\"A\",\"code\":\"BU0363AB01\"}", 201, NULL },
		{ "{\"name\":\"A\",\"code\":\"BU036301\"}", 422, "code" },
		{ "{\"name\":\"A\",\"code\":\"wk036301\"}", 422, "code" },
		{ "{\"name\":\"A\",\"code\":\"XX0363\"}", 422, "code" },
		{ "{\"name\":\"A\",\"code\":\"WK036301\",\"municipality_code\":\"GM0999\"}", 422,
		  "municipality_code" },
		{ "{\"name\":\"A\",\"code_year\":1800}", 422, "code_year" },
		{ "{\"name\":\"A\",\"ses_score\":\"low\"}", 422, "ses_score" },
		{ "{\"name\":\"\"}", 422, "name" },
		{ "{\"code\":\"GM0363\"}", 422, "name" },
		{ "{\"name\":\"A\",\"colour\":\"red\"}", 422, "colour" },
	};
	char *admin = token_create("admin", NULL);

	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		struct reply *reply = api("POST", "/v1/neighbourhoods", admin, rows[i].body);

		cr_expect_eq(reply->status, rows[i].status, "%s: %ld %s", rows[i].body, reply->status,
			     reply->body);
		if (rows[i].field && reply->status == 422)
			cr_expect_str_eq(field_of(reply->json, 0), rows[i].field, "%s", rows[i].body);
		reply_free(reply);
	}
	free(admin);
}

Test(resources, neighbourhood_lifecycle)
{
	char *admin = token_create("admin", NULL);
	char municipality[8], body[256], path[128], id[40];
	json_t *created, *list, *patched;

	unique_municipality(municipality);
	snprintf(body, sizeof(body), "{\"code\":\"BU%s0102\",\"code_year\":2023,\"name\":\"Oost\","
		 "\"ses_score\":0.5}", municipality + 2);
	created = expect("POST", "/v1/neighbourhoods", admin, body, 201);
	copy_id(created, id);
	/* the municipality is read from the code */
	cr_assert_str_eq(json_string_value(json_object_get(created, "municipality_code")),
			 municipality);
	expect_problem("POST", "/v1/neighbourhoods", admin, body, 409);

	snprintf(path, sizeof(path), "/v1/neighbourhoods?municipality_code=%s", municipality);
	list = expect("GET", path, admin, NULL, 200);
	cr_assert_eq(json_array_size(json_object_get(list, "data")), 1);

	snprintf(path, sizeof(path), "/v1/neighbourhoods/%s", id);
	patched = expect("PATCH", path, admin, "{\"ses_score\":null,\"name\":\"Oost-Noord\"}", 200);
	cr_assert(json_is_null(json_object_get(patched, "ses_score")));
	cr_assert_str_eq(json_string_value(json_object_get(patched, "name")), "Oost-Noord");
	cr_assert_eq(json_integer_value(json_object_get(patched, "code_year")), 2023);
	expect_problem("PATCH", path, admin, "{\"name\":null}", 422);
	json_decref(created);
	json_decref(list);
	json_decref(patched);
	free(admin);
}

Test(resources, partnerships_filter_scope_and_archive)
{
	struct world world;
	char path[256];
	json_t *list, *one;

	world_build(&world);
	snprintf(path, sizeof(path), "/v1/partnerships?municipality_code=%s", world.municipality);
	list = expect("GET", path, world.admin, NULL, 200);
	cr_assert_eq(json_array_size(json_object_get(list, "data")), 1);
	json_decref(list);
	snprintf(path, sizeof(path), "/v1/partnerships?neighbourhood_id=%s", world.neighbourhood);
	list = expect("GET", path, world.admin, NULL, 200);
	cr_assert_eq(json_array_size(json_object_get(list, "data")), 1);
	json_decref(list);

	/* a coordinator's list holds only its own partnership */
	list = expect("GET", "/v1/partnerships?limit=500", world.coordinator, NULL, 200);
	cr_assert_eq(json_array_size(json_object_get(list, "data")), 1);
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(json_object_get(list, "data"), 0), "id")),
			 world.partnership);
	json_decref(list);

	json_decref(expect("POST", "/v1/partnerships", world.admin, "{\"name\":\"x\",\"neighbourhood_id\":"
			   "\"00000000-0000-4000-8000-000000000000\"}", 422));

	snprintf(path, sizeof(path), "/v1/partnerships/%s", world.partnership);
	json_decref(expect("DELETE", path, world.admin, NULL, 204));
	one = expect("GET", path, world.admin, NULL, 200);
	cr_assert(json_is_true(json_object_get(one, "archived")));
	json_decref(one);
	snprintf(path, sizeof(path), "/v1/partnerships?municipality_code=%s", world.municipality);
	list = expect("GET", path, world.admin, NULL, 200);
	cr_assert_eq(json_array_size(json_object_get(list, "data")), 0);
	json_decref(list);
	snprintf(path, sizeof(path), "/v1/partnerships?municipality_code=%s&include_archived=true",
		 world.municipality);
	list = expect("GET", path, world.admin, NULL, 200);
	cr_assert_eq(json_array_size(json_object_get(list, "data")), 1);
	json_decref(list);
	/* no new members or waves in an archived partnership */
	snprintf(path, sizeof(path), "/v1/partnerships/%s/members", world.partnership);
	json_decref(expect("POST", path, world.admin,
			   "{\"label\":\"late\",\"sector\":\"other\",\"role\":\"other\"}", 409));
	world_free(&world);
}

Test(resources, pagination_walks_every_row_once)
{
	char *admin = token_create("admin", NULL);
	char municipality[8], body[256], path[512], cursor[128] = "";
	int seen = 0, pages = 0;

	unique_municipality(municipality);
	for (int i = 0; i < 7; i++) {
		snprintf(body, sizeof(body), "{\"name\":\"N%d\",\"municipality_code\":\"%s\"}", i,
			 municipality);
		json_decref(expect("POST", "/v1/neighbourhoods", admin, body, 201));
	}
	do {
		json_t *page;

		snprintf(path, sizeof(path), "/v1/neighbourhoods?municipality_code=%s&limit=3%s%s",
			 municipality, cursor[0] ? "&cursor=" : "", cursor);
		page = expect("GET", path, admin, NULL, 200);
		for (size_t i = 0; i < json_array_size(json_object_get(page, "data")); i++) {
			char expected[16];

			snprintf(expected, sizeof(expected), "N%d", seen++);
			cr_assert_str_eq(json_string_value(json_object_get(
				json_array_get(json_object_get(page, "data"), i), "name")), expected);
		}
		snprintf(cursor, sizeof(cursor), "%s",
			 json_string_value(json_object_get(page, "next_cursor")) ?: "");
		json_decref(page);
		pages++;
	} while (cursor[0] && pages < 10);
	cr_assert_eq(seen, 7);
	cr_assert_eq(pages, 3);
	json_decref(expect("GET", "/v1/neighbourhoods?limit=501", admin, NULL, 422));
	json_decref(expect("GET", "/v1/neighbourhoods?cursor=bogus", admin, NULL, 422));
	free(admin);
}

Test(resources, members_validation_conflict_and_deactivation)
{
	struct world world;
	char path[256];
	json_t *list, *patched;
	struct reply *reply;

	world_build(&world);
	snprintf(path, sizeof(path), "/v1/partnerships/%s/members", world.partnership);
	expect_problem("POST", path, world.coordinator,
		       "{\"label\":\"P01\",\"sector\":\"health_care\",\"role\":\"professional\"}",
		       409);
	reply = api("POST", path, world.coordinator,
		    "{\"label\":\"Z\",\"sector\":\"bakery\",\"role\":\"king\"}");
	assert_problem(reply, 422);
	cr_assert_str_eq(field_of(reply->json, 0), "sector");
	cr_assert_str_eq(field_of(reply->json, 1), "role");
	reply_free(reply);

	snprintf(path, sizeof(path), "/v1/members/%s", world.second_member);
	json_decref(expect("DELETE", path, world.coordinator, NULL, 204));
	snprintf(path, sizeof(path), "/v1/partnerships/%s/members", world.partnership);
	list = expect("GET", path, world.coordinator, NULL, 200);
	cr_assert_eq(json_array_size(json_object_get(list, "data")), 2);
	json_decref(list);
	snprintf(path, sizeof(path), "/v1/partnerships/%s/members?include_inactive=true&sector=citizen",
		 world.partnership);
	list = expect("GET", path, world.coordinator, NULL, 200);
	cr_assert_eq(json_array_size(json_object_get(list, "data")), 1);
	cr_assert(json_is_false(json_object_get(json_array_get(json_object_get(list, "data"), 0), "active")));
	json_decref(list);
	snprintf(path, sizeof(path), "/v1/members/%s", world.second_member);
	patched = expect("PATCH", path, world.coordinator, "{\"active\":true,\"role\":\"volunteer\"}", 200);
	cr_assert(json_is_true(json_object_get(patched, "active")));
	cr_assert(json_is_null(json_object_get(patched, "deactivated_at")));
	cr_assert_str_eq(json_string_value(json_object_get(patched, "role")), "volunteer");
	json_decref(patched);
	world_free(&world);
}

Test(resources, waves_status_counts_and_close)
{
	struct world world;
	char path[256];
	json_t *wave;
	struct reply *reply;

	world_build(&world);
	snprintf(path, sizeof(path), "/v1/partnerships/%s/waves", world.partnership);
	expect_problem("POST", path, world.coordinator, "{\"label\":\"2026-spring\",\"opens_at\":"
		       "\"2026-01-01T00:00:00Z\",\"closes_at\":\"2099-01-01T00:00:00Z\"}", 409);
	reply = api("POST", path, world.coordinator, "{\"label\":\"bad\",\"opens_at\":"
		    "\"2026-02-01T00:00:00Z\",\"closes_at\":\"2026-01-01T00:00:00Z\"}");
	assert_problem(reply, 422);
	cr_assert_str_eq(field_of(reply->json, 0), "closes_at");
	reply_free(reply);
	expect_problem("POST", path, world.coordinator, "{\"label\":\"bad\",\"instrument\":\"abc\","
		       "\"opens_at\":\"2026-01-01T00:00:00Z\",\"closes_at\":\"2027-01-01T00:00:00Z\"}",
		       422);

	snprintf(path, sizeof(path), "/v1/waves/%s", world.scheduled_wave);
	wave = expect("GET", path, world.viewer, NULL, 200);
	cr_assert_str_eq(json_string_value(json_object_get(wave, "status")), "scheduled");
	json_decref(wave);

	snprintf(path, sizeof(path), "/v1/waves/%s/responses/%s", world.wave, world.member);
	json_decref(expect("PUT", path, world.coordinator, "{\"answers\":{\"1\":80}}", 201));
	snprintf(path, sizeof(path), "/v1/waves/%s", world.wave);
	wave = expect("GET", path, world.viewer, NULL, 200);
	cr_assert_str_eq(json_string_value(json_object_get(wave, "status")), "open");
	cr_assert_eq(json_integer_value(json_object_get(wave, "n_members")), 3);
	cr_assert_eq(json_integer_value(json_object_get(wave, "n_responses")), 1);
	cr_assert_float_eq(json_real_value(json_object_get(wave, "response_rate")), 1.0 / 3, 1e-12);
	json_decref(wave);

	snprintf(path, sizeof(path), "/v1/waves/%s/close", world.wave);
	wave = expect("POST", path, world.coordinator, NULL, 200);
	cr_assert_str_eq(json_string_value(json_object_get(wave, "status")), "closed");
	json_decref(wave);
	json_decref(expect("POST", path, world.coordinator, NULL, 409));
	snprintf(path, sizeof(path), "/v1/waves/%s/invitations", world.wave);
	json_decref(expect("POST", path, world.coordinator, NULL, 409));
	world_free(&world);
}

/* Inviting again leaves live and claimed codes alone: a reminder breaks
 * no link. A reissue replaces one on purpose: the old session ends, the
 * new code works once. */
Test(resources, reminders_keep_links_and_reissues_replace_them)
{
	struct world world;
	char path[256], body[128];
	json_t *invited, *entry;
	char *token;

	world_build(&world);
	snprintf(path, sizeof(path), "/v1/waves/%s/invitations", world.wave);
	invited = expect("POST", path, world.coordinator, NULL, 201);
	cr_assert_eq(json_array_size(json_object_get(invited, "data")), 0, "a reminder reissued");
	json_decref(invited);
	/* the member's session still works */
	snprintf(path, sizeof(path), "/v1/me");
	json_decref(expect("GET", path, world.respondent, NULL, 200));

	snprintf(path, sizeof(path), "/v1/waves/%s/invitations", world.wave);
	snprintf(body, sizeof(body), "{\"member_ids\":[\"%s\"],\"reissue\":true}",
		 world.respondent_member);
	invited = expect("POST", path, world.coordinator, body, 201);
	cr_assert_eq(json_array_size(json_object_get(invited, "data")), 1);
	entry = json_array_get(json_object_get(invited, "data"), 0);
	cr_assert_str_eq(json_string_value(json_object_get(entry, "member_id")),
			 world.respondent_member);
	expect_problem("GET", "/v1/me", world.respondent, NULL, 401);
	token = world_claim(json_string_value(json_object_get(entry, "code")));
	json_decref(expect("GET", "/v1/me", token, NULL, 200));
	free(token);
	/* a reissue names its members; an unknown one is 422 */
	expect_problem("POST", path, world.coordinator, "{\"reissue\":true}", 422);
	snprintf(body, sizeof(body), "{\"member_ids\":[\"%s\"]}", world.other_member);
	expect_problem("POST", path, world.coordinator, body, 422);
	json_decref(invited);
	world_free(&world);
}

/* Each invitation says whom it is for, when it expires (the wave's end),
 * its one-time code and the link to send: the configured form address with
 * the code in it (the test server runs with CACD_FORM_URL set). */
Test(resources, invitations_carry_label_code_link_and_expiry)
{
	struct world world;
	char path[256], link[256];
	json_t *invited, *entry;
	const char *code;

	world_build(&world);
	snprintf(path, sizeof(path), "/v1/waves/%s/invitations", world.scheduled_wave);
	invited = expect("POST", path, world.coordinator, NULL, 201);
	cr_assert_eq(json_array_size(json_object_get(invited, "data")), 3);
	entry = json_array_get(json_object_get(invited, "data"), 0);
	cr_assert_str_eq(json_string_value(json_object_get(entry, "member_id")), world.member);
	cr_assert_str_eq(json_string_value(json_object_get(entry, "label")), "P01");
	cr_assert_str_eq(json_string_value(json_object_get(entry, "expires_at")),
			 "2099-01-01T00:00:00.000000Z");
	code = json_string_value(json_object_get(entry, "code"));
	cr_assert(code != NULL && strlen(code) == 26, "%s", code ? code : "(none)");
	cr_assert_null(json_object_get(entry, "token"), "an invitation holds a credential");
	snprintf(link, sizeof(link), "https://cac.example/form?t=%s&lang=nl", code);
	cr_assert_str_eq(json_string_value(json_object_get(entry, "link")), link);
	json_decref(invited);
	world_free(&world);
}

static json_t *invitation_status(const json_t *list, const char *member)
{
	return find_entry(json_object_get(list, "data"), "member_id", member);
}

/* The list shows who was invited and who has responded, never answers or
 * tokens; a member never invited is not in it. */
Test(resources, invitations_list_who_responded)
{
	struct world world;
	char path[256];
	json_t *list, *entry;
	char *late, *text;

	world_build(&world);
	late = world_member_add(world.admin, world.partnership, "L01", "housing", "professional");
	world_answer(world.respondent, world.wave, world.respondent_member,
		     "{\"answers\":{\"1\":61}}", 201);
	snprintf(path, sizeof(path), "/v1/waves/%s/invitations", world.wave);
	list = expect("GET", path, world.coordinator, NULL, 200);
	cr_assert_eq(json_array_size(json_object_get(list, "data")), 3);
	entry = invitation_status(list, world.respondent_member);
	cr_assert_not_null(entry);
	cr_assert(json_is_true(json_object_get(entry, "responded")));
	cr_assert_str_eq(json_string_value(json_object_get(entry, "label")), "R01");
	cr_assert(json_is_string(json_object_get(entry, "invited_at")));
	cr_assert(json_is_true(json_object_get(entry, "claimed")));
	cr_assert(json_is_string(json_object_get(entry, "claimed_at")));
	entry = invitation_status(list, world.member);
	cr_assert(json_is_false(json_object_get(entry, "claimed")));
	cr_assert_not_null(entry);
	cr_assert(json_is_false(json_object_get(entry, "responded")));
	cr_assert_null(invitation_status(list, late));
	/* counts say whom to remind; no role has k = 3 members, so none apart */
	json_t *counts = json_object_get(list, "counts");

	cr_assert_eq(json_integer_value(json_object_get(counts, "invited")), 3);
	cr_assert_eq(json_integer_value(json_object_get(counts, "claimed")), 1);
	cr_assert_eq(json_integer_value(json_object_get(counts, "responded")), 1);
	cr_assert_eq(json_object_size(json_object_get(counts, "by_role")), 0);
	text = json_dumps(list, 0);
	cr_assert_null(strstr(text, "cacd_"), "a token in the list");
	free(text);
	json_decref(list);
	snprintf(path, sizeof(path), "/v1/waves/%s/invitations", world.other_wave);
	json_decref(expect("GET", path, world.coordinator, NULL, 404));
	free(late);
	world_free(&world);
}

Test(resources, tokens_api_never_reveals_tokens)
{
	char *admin = token_create("admin", NULL);
	json_t *created = expect("POST", "/v1/tokens", admin,
				 "{\"role\":\"viewer\",\"label\":\"dashboard\","
				 "\"expires_at\":\"2099-01-01T00:00:00Z\"}", 201);
	const char *secret = json_string_value(json_object_get(created, "token"));
	struct reply *list = api("GET", "/v1/tokens?limit=500", admin, NULL);
	char *log;

	assert_status(list, 200);
	cr_assert(secret != NULL && strlen(secret) == 48);
	cr_assert_null(strstr(list->body, secret));
	cr_assert_null(strstr(list->body, admin));
	cr_assert_null(strstr(list->body, "hash"));
	json_decref(expect("POST", "/v1/tokens", admin, "{\"role\":\"viewer\","
			   "\"expires_at\":\"2001-01-01T00:00:00Z\"}", 422));
	json_decref(expect("POST", "/v1/tokens", admin, "{\"role\":\"respondent\"}", 422));
	json_decref(expect("POST", "/v1/tokens", admin, "{\"role\":\"coordinator\","
			   "\"partnership_ids\":[\"00000000-0000-4000-8000-000000000000\"]}", 422));
	server_stop();
	log = server_log();
	cr_assert_null(strstr(log, secret));
	cr_assert_null(strstr(log, admin));
	free(log);
	reply_free(list);
	json_decref(created);
	free(admin);
}

static json_t *wave_patch(const char *wave, const char *token, const char *body, long status)
{
	char path[128];

	snprintf(path, sizeof(path), "/v1/waves/%s", wave);
	return expect("PATCH", path, token, body, status);
}

/* A label may always change; dates while the wave is not closed, never so
 * that an open wave goes back to scheduled or closes in the past. */
Test(resources, wave_patch_extends_and_relabels)
{
	struct world world;
	json_t *wave;
	char *before, path[128];

	world_build(&world);
	wave = wave_patch(world.wave, world.coordinator, "{}", 200);
	before = strdup(json_string_value(json_object_get(wave, "updated_at")));
	json_decref(wave);
	wave = wave_patch(world.wave, world.coordinator,
			  "{\"label\":\"voorjaar 2026\",\"closes_at\":\"2100-06-01T00:00:00Z\"}", 200);
	cr_assert_str_eq(json_string_value(json_object_get(wave, "label")), "voorjaar 2026");
	cr_assert_str_eq(json_string_value(json_object_get(wave, "closes_at")),
			 "2100-06-01T00:00:00.000000Z");
	cr_assert_str_eq(json_string_value(json_object_get(wave, "status")), "open");
	cr_assert_str_neq(json_string_value(json_object_get(wave, "updated_at")), before);
	json_decref(wave);
	free(before);

	json_decref(wave_patch(world.wave, world.coordinator,
			       "{\"opens_at\":\"2099-01-01T00:00:00Z\"}", 409));
	json_decref(wave_patch(world.wave, world.coordinator,
			       "{\"closes_at\":\"2001-01-01T00:00:00Z\"}", 409));
	json_decref(wave_patch(world.wave, world.coordinator, "{\"label\":\"2098-later\"}", 409));
	json_decref(wave_patch(world.wave, world.coordinator, "{\"label\":null}", 422));
	json_decref(wave_patch(world.wave, world.coordinator, "{\"instrument\":\"cac\"}", 422));
	json_decref(wave_patch(world.wave, world.coordinator,
			       "{\"opens_at\":\"2026-03-01T00:00:00Z\","
			       "\"closes_at\":\"2026-02-01T00:00:00Z\"}", 422));
	json_decref(wave_patch(world.other_wave, world.coordinator, "{\"label\":\"x\"}", 404));

	/* a scheduled wave may move; a closed one keeps its dates */
	wave = wave_patch(world.scheduled_wave, world.coordinator,
			  "{\"opens_at\":\"2097-01-01T00:00:00Z\",\"closes_at\":\"2097-06-01T00:00:00Z\"}",
			  200);
	cr_assert_str_eq(json_string_value(json_object_get(wave, "status")), "scheduled");
	json_decref(wave);
	snprintf(path, sizeof(path), "/v1/waves/%s/close", world.wave);
	json_decref(expect("POST", path, world.coordinator, NULL, 200));
	json_decref(wave_patch(world.wave, world.coordinator,
			       "{\"closes_at\":\"2101-01-01T00:00:00Z\"}", 409));
	wave = wave_patch(world.wave, world.coordinator, "{\"label\":\"2026\"}", 200);
	cr_assert_str_eq(json_string_value(json_object_get(wave, "status")), "closed");
	json_decref(wave);
	world_free(&world);
}

/* A wave made by mistake goes with its invitations; one that held a
 * response, even a withdrawn one, stays. */
Test(resources, wave_delete_only_without_responses)
{
	struct world world;
	char path[128];
	struct reply *reply;

	world_build(&world);
	snprintf(path, sizeof(path), "/v1/waves/%s", world.wave);
	json_decref(expect("DELETE", path, world.coordinator, NULL, 204));
	json_decref(expect("GET", path, world.coordinator, NULL, 404));
	json_decref(expect("DELETE", path, world.coordinator, NULL, 404));
	reply = api("GET", "/v1/instruments", world.respondent, NULL);
	assert_problem(reply, 401);  /* its invitation went with it */
	reply_free(reply);

	world_answer(world.admin, world.other_wave, world.other_member, "{\"answers\":{\"1\":50}}",
		     201);
	snprintf(path, sizeof(path), "/v1/waves/%s/responses/%s", world.other_wave,
		 world.other_member);
	json_decref(expect("DELETE", path, world.admin, NULL, 204));
	snprintf(path, sizeof(path), "/v1/waves/%s", world.other_wave);
	json_decref(expect("DELETE", path, world.admin, NULL, 409));
	json_decref(expect("GET", path, world.admin, NULL, 200));
	world_free(&world);
}
