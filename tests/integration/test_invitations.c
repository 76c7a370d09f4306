/* Invitations only the member can use (privacy rule 6c): whoever hands out
 * the links never holds a credential that reads or writes an answer, a
 * code works once, and members a coordinator makes up do not count toward
 * k until an admin confirms them. */
#include <string.h>

#include "harness.h"
#include "world.h"

TestSuite(invitations, .init = server_setup, .fini = server_teardown, .timeout = 60);

/* The invitation entry of a member in a fresh invitation reply of wave. */
static json_t *invite(const char *token, const char *wave, const char *body)
{
	char path[160];

	snprintf(path, sizeof(path), "/v1/waves/%s/invitations", wave);
	return expect("POST", path, token, body, 201);
}

static const char *code_of(const json_t *invited, const char *member)
{
	json_t *entry = find_entry(json_object_get(invited, "data"), "member_id", member);

	cr_assert(entry != NULL, "no invitation for %s", member);
	return json_string_value(json_object_get(entry, "code"));
}

static struct reply *claim(const char *code)
{
	char body[128];

	snprintf(body, sizeof(body), "{\"code\":\"%s\"}", code);
	return api("POST", "/v1/invitations/claim", NULL, body);
}

/* What the coordinator is handed reads and writes nothing: a code is no
 * bearer token, and a coordinator's own token reads no answer. */
Test(invitations, the_coordinator_holds_no_credential_that_reads_an_answer)
{
	struct world world;
	char path[256];
	json_t *invited;
	const char *code;
	struct reply *reply;

	world_build(&world);
	invited = invite(world.coordinator, world.scheduled_wave, NULL);
	code = code_of(invited, world.member);
	snprintf(path, sizeof(path), "/v1/waves/%s/responses/%s", world.wave,
		 world.respondent_member);
	world_answer(world.respondent, world.wave, world.respondent_member,
		     "{\"scale\":\"agree4\",\"answers\":{\"1\":4,\"2\":null},\"comment\":\"eerlijk\"}",
		     201);
	/* the code as a bearer token */
	expect_problem("GET", path, code, NULL, 401);
	expect_problem("GET", "/v1/me", code, NULL, 401);
	/* the coordinator's and the viewer's own tokens */
	expect_problem("GET", path, world.coordinator, NULL, 403);
	expect_problem("GET", path, world.viewer, NULL, 403);
	/* nothing the coordinator can list holds a code or an answer */
	snprintf(path, sizeof(path), "/v1/waves/%s/invitations", world.scheduled_wave);
	reply = api("GET", path, world.coordinator, NULL);
	assert_status(reply, 200);
	cr_assert_null(strstr(reply->body, code), "the list holds a code");
	reply_free(reply);
	/* the member, through its own session, reads its answers as given */
	snprintf(path, sizeof(path), "/v1/waves/%s/responses/%s", world.wave,
		 world.respondent_member);
	json_t *own = expect("GET", path, world.respondent, NULL, 200);
	json_t *on_scale = json_object_get(own, "answers_on_scale");

	cr_assert_eq(json_integer_value(json_object_get(on_scale, "1")), 4);
	cr_assert(json_is_null(json_object_get(on_scale, "2")));
	cr_assert_float_eq(json_number_value(json_object_get(json_object_get(own, "answers"), "1")),
			   100.0, 1e-9);
	json_decref(own);
	/* a session is for its own member only */
	snprintf(path, sizeof(path), "/v1/waves/%s/responses/%s", world.wave, world.member);
	expect_problem("GET", path, world.respondent, NULL, 404);
	json_decref(invited);
	world_free(&world);
}

/* The code of a new invitation for member in wave, replacing any. */
static char *reissue(const char *token, const char *wave, const char *member)
{
	char body[128];
	json_t *invited;
	char *code;

	snprintf(body, sizeof(body), "{\"member_ids\":[\"%s\"],\"reissue\":true}", member);
	invited = invite(token, wave, body);
	code = strdup(code_of(invited, member));
	json_decref(invited);
	return code;
}

/* A code works once: the second use is 410 and says what to do; the audit
 * log records both claims, never the code; a scheduled round's code waits. */
Test(invitations, a_spent_code_answers_410_and_is_audited_without_the_code)
{
	struct world world;
	struct reply *reply;
	json_t *me;
	char *code, *token, *log, sql[256], upper[64];

	world_build(&world);
	code = reissue(world.coordinator, world.wave, world.member);
	reply = claim(code);
	assert_status(reply, 201);
	token = strdup(json_string_value(json_object_get(reply->json, "token")));
	cr_assert_str_eq(json_string_value(json_object_get(reply->json, "member_id")), world.member);
	reply_free(reply);
	/* again, as typed from paper in capitals with dashes */
	for (size_t i = 0; i < strlen(code); i++)
		upper[i] = (char)(code[i] >= 'a' && code[i] <= 'z' ? code[i] - 32 : code[i]);
	upper[strlen(code)] = '\0';
	memmove(upper + 6, upper + 5, strlen(upper + 5) + 1);
	upper[5] = '-';
	reply = claim(upper);
	assert_problem(reply, 410);
	cr_assert(strstr(reply->body, "already used") != NULL, "%s", reply->body);
	cr_assert(strstr(reply->body, "coordinator") != NULL, "%s", reply->body);
	reply_free(reply);
	expect_problem("POST", "/v1/invitations/claim", NULL, "{\"code\":\"not-a-code\"}", 422);
	/* the session says what it is for */
	me = expect("GET", "/v1/me", token, NULL, 200);
	cr_assert_str_eq(json_string_value(json_object_get(json_object_get(me, "wave"), "id")),
			 world.wave);
	cr_assert_str_eq(json_string_value(json_object_get(json_object_get(me, "member"),
							   "label")), "P01");
	cr_assert_str_eq(json_string_value(json_object_get(me, "instrument")), "cac");
	cr_assert(json_is_false(json_object_get(me, "responded")));
	json_decref(me);
	/* both claims are in the audit log, the code nowhere */
	json_decref(expect("GET", "/v1/audit?limit=1", world.admin, NULL, 200));
	assert_query("SELECT string_agg(status::text, ',' ORDER BY seq) FROM audit_log WHERE "
		     "route = '/v1/invitations/claim' AND resource_id IN (SELECT id::text FROM "
		     "invitations WHERE member_id = (SELECT member_id FROM invitations WHERE "
		     "claimed_at IS NOT NULL ORDER BY claimed_at DESC LIMIT 1))", "201,410");
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM audit_log a WHERE a::text ILIKE '%%%s%%'",
		 code);
	assert_query(sql, "0");
	server_stop();
	log = server_log();
	cr_assert_null(strstr(log, code), "the code is in the server log");
	free(log);
	server_start(NULL);
	/* a scheduled round's code cannot be claimed yet */
	free(code);
	code = reissue(world.coordinator, world.scheduled_wave, world.member);
	reply = claim(code);
	assert_problem(reply, 410);
	cr_assert(strstr(reply->body, "not open") != NULL, "%s", reply->body);
	reply_free(reply);
	free(code);
	free(token);
	world_free(&world);
}

/* After its wave closes, a member's session reads and writes nothing. */
Test(invitations, a_closed_wave_response_is_unreadable_by_its_member)
{
	struct world world;
	char path[256];

	world_build(&world);
	world_answer(world.respondent, world.wave, world.respondent_member,
		     "{\"answers\":{\"1\":40}}", 201);
	snprintf(path, sizeof(path), "/v1/waves/%s/responses/%s", world.wave,
		 world.respondent_member);
	json_decref(expect("GET", path, world.respondent, NULL, 200));
	snprintf(path, sizeof(path), "/v1/waves/%s/close", world.wave);
	json_decref(expect("POST", path, world.coordinator, NULL, 200));
	snprintf(path, sizeof(path), "/v1/waves/%s/responses/%s", world.wave,
		 world.respondent_member);
	expect_problem("GET", path, world.respondent, NULL, 409);
	expect_problem("PUT", path, world.respondent, "{\"answers\":{\"1\":60}}", 409);
	json_decref(expect("GET", path, world.admin, NULL, 200));
	world_free(&world);
}

/* A new open wave of the world's partnership; its id in out. */
static void open_wave(const struct world *world, const char *label, char out[40])
{
	char path[160], body[256];
	json_t *created;

	snprintf(path, sizeof(path), "/v1/partnerships/%s/waves", world->partnership);
	snprintf(body, sizeof(body), "{\"label\":\"%s\",\"opens_at\":\"2026-01-01T00:00:00Z\","
		 "\"closes_at\":\"2099-01-01T00:00:00Z\"}", label);
	created = expect("POST", path, world->admin, body, 201);
	copy_id(created, out);
	json_decref(created);
}

/* Answers through the member's own invitation: invite (as inviter), claim,
 * PUT. */
static void answer_by_link(const char *inviter, const char *wave, const char *member,
			   const char *body)
{
	char *code = reissue(inviter, wave, member);
	char *session = world_claim(code);

	world_answer(session, wave, member, body, 201);
	free(session);
	free(code);
}

/* The attack of rule 6c: one real member answers; the coordinator adds two
 * members of its own, claims their links itself and answers for them, then
 * closes the wave, so that at k = 3 the published numbers would be the real
 * member's own. With member_confirmation on (the default) the made-up
 * members count in the numbers but not toward k: nothing is published.
 * Once an admin confirms them (while the wave is open), they count. */
Test(invitations, padding_with_coordinator_members_reveals_nothing)
{
	static const char real[] = "{\"scale\":\"agree4\",\"answers\":{\"1\":4,\"2\":1,\"3\":3}}";
	static const char made_up[] = "{\"scale\":\"agree4\",\"answers\":{\"1\":1,\"2\":1,\"3\":1}}";
	struct world world;
	char wave[40], second[40], path[200], body[256];
	char *padding[2];
	json_t *scores, *item, *confirmed;
	size_t index;

	world_build(&world);
	open_wave(&world, "padded", wave);
	open_wave(&world, "confirmed", second);
	answer_by_link(world.coordinator, wave, world.member, real);
	answer_by_link(world.coordinator, second, world.member, real);
	for (int i = 0; i < 2; i++) {
		padding[i] = world_member_add(world.coordinator, world.partnership, NULL, "other",
					      "other");
		answer_by_link(world.coordinator, wave, padding[i], made_up);
		answer_by_link(world.coordinator, second, padding[i], made_up);
	}
	/* the first wave closes with them unconfirmed; in the second an admin
	 * confirms them while it is open */
	snprintf(path, sizeof(path), "/v1/waves/%s/close", wave);
	json_decref(expect("POST", path, world.coordinator, NULL, 200));
	snprintf(path, sizeof(path), "/v1/partnerships/%s/members/confirm", world.partnership);
	snprintf(body, sizeof(body), "{\"member_ids\":[\"%s\",\"%s\"]}", padding[0], padding[1]);
	expect_problem("POST", path, world.coordinator, body, 403);
	confirmed = expect("POST", path, world.admin, body, 200);
	/* only the open wave's responses now count; the closed one's numbers
	 * stay as they were published */
	cr_assert_eq(json_integer_value(json_object_get(confirmed, "responses_now_counted")), 2);
	json_decref(confirmed);
	for (int w = 0; w < 2; w++) {
		const char *id = w == 0 ? wave : second;
		json_t *state;

		snprintf(path, sizeof(path), "/v1/waves/%s", id);
		state = expect("GET", path, world.coordinator, NULL, 200);
		cr_assert_eq(json_integer_value(json_object_get(state, "n_responses")), 3);
		cr_assert_eq(json_integer_value(json_object_get(state, "n_toward_k")), w == 0 ? 1 : 3,
			     "wave %d", w);
		json_decref(state);
		if (w == 1) {
			snprintf(path, sizeof(path), "/v1/waves/%s/close", id);
			json_decref(expect("POST", path, world.coordinator, NULL, 200));
		}
		snprintf(path, sizeof(path), "/v1/waves/%s/scores", id);
		scores = expect("GET", path, world.viewer, NULL, 200);
		json_array_foreach(json_object_get(scores, "items"), index, item) {
			if (w == 0)
				cr_assert(json_is_null(json_object_get(item, "score")),
					  "item %zu is published from one real member", index + 1);
		}
		if (w == 1)
			cr_assert_float_eq(json_number_value(json_object_get(json_array_get(
				json_object_get(scores, "items"), 0), "score")), 100.0 / 3.0, 1e-9);
		json_decref(scores);
	}
	free(padding[0]);
	free(padding[1]);
	world_free(&world);
}

/* Random rounds: members made by an admin or a coordinator, some confirmed,
 * answering through their own claimed link, entered by a coordinator or an
 * admin. Whether each response counts toward k is worked out here from who
 * did what (rule 6c), apart from the server's SQL, and compared with the
 * wave's n_toward_k and each stored response; a wave whose counted
 * respondents are fewer than k publishes no overall score. */
Test(invitations, random_rounds_count_toward_k_as_rule_6c_says, .timeout = 120)
{
	struct world world;

	world_build(&world);
	srand(18);
	for (int round = 0; round < 6; round++) {
		int members = 3 + rand() % 6, expected = 0;
		char wave[40], label[32], path[200], sql[256];
		json_t *state, *scores;

		snprintf(label, sizeof(label), "random %d", round);
		open_wave(&world, label, wave);
		for (int m = 0; m < members; m++) {
			bool by_admin = rand() % 2 == 0, confirm = !by_admin && rand() % 2 == 0;
			int entry = rand() % 3; /* 0 own link, 1 coordinator, 2 admin */
			char *member = world_member_add(by_admin ? world.admin : world.coordinator,
							world.partnership, NULL,
							rand() % 2 ? "welfare" : "citizen",
							rand() % 2 ? "professional" : "coproducer");
			bool counts = entry == 2 || (entry == 0 && (by_admin || confirm));

			if (confirm) {
				snprintf(path, sizeof(path), "/v1/members/%s/confirm", member);
				json_decref(expect("POST", path, world.admin, NULL, 200));
			}
			if (entry == 0)
				answer_by_link(world.coordinator, wave, member,
					       "{\"answers\":{\"1\":50,\"2\":70}}");
			else
				world_answer(entry == 1 ? world.coordinator : world.admin, wave, member,
					     "{\"answers\":{\"1\":50,\"2\":70}}", 201);
			snprintf(sql, sizeof(sql), "SELECT counts_toward_k::text FROM responses WHERE "
				 "wave_id = '%s' AND member_id = '%s'", wave, member);
			assert_query(sql, counts ? "true" : "false");
			expected += counts;
			free(member);
		}
		snprintf(path, sizeof(path), "/v1/waves/%s", wave);
		state = expect("GET", path, world.coordinator, NULL, 200);
		cr_assert_eq(json_integer_value(json_object_get(state, "n_toward_k")), expected,
			     "round %d", round);
		json_decref(state);
		snprintf(path, sizeof(path), "/v1/waves/%s/close", wave);
		json_decref(expect("POST", path, world.coordinator, NULL, 200));
		snprintf(path, sizeof(path), "/v1/waves/%s/scores", wave);
		scores = expect("GET", path, world.viewer, NULL, 200);
		if (expected < 3)
			cr_assert(json_is_null(json_object_get(scores, "overall")),
				  "round %d: published on %d counted respondents", round, expected);
		json_decref(scores);
	}
	world_free(&world);
}

/* The wave and the list count invited, claimed and responded members; per
 * role only where a role has at least k members invited. */
Test(invitations, the_coordinator_sees_the_round)
{
	struct world world;
	char wave[40], path[200];
	json_t *list, *state, *role;

	world_build(&world);
	open_wave(&world, "telling", wave);
	for (int i = 0; i < 3; i++) {
		char *member = world_member_add(world.admin, world.partnership, NULL, "citizen",
						"coproducer");

		if (i < 2)
			answer_by_link(world.coordinator, wave, member, "{\"answers\":{\"1\":50}}");
		free(member);
	}
	json_decref(invite(world.coordinator, wave, NULL)); /* the rest of the members */
	snprintf(path, sizeof(path), "/v1/waves/%s/invitations", wave);
	list = expect("GET", path, world.coordinator, NULL, 200);
	role = json_object_get(json_object_get(json_object_get(list, "counts"), "by_role"),
			       "coproducer");
	cr_assert(role != NULL, "the coproducers are not counted apart");
	cr_assert_eq(json_integer_value(json_object_get(role, "invited")), 4);
	cr_assert_eq(json_integer_value(json_object_get(role, "claimed")), 2);
	cr_assert_eq(json_integer_value(json_object_get(role, "responded")), 2);
	cr_assert_null(json_object_get(json_object_get(json_object_get(list, "counts"), "by_role"),
				       "professional"));
	json_decref(list);
	snprintf(path, sizeof(path), "/v1/waves/%s", wave);
	state = expect("GET", path, world.coordinator, NULL, 200);
	cr_assert_eq(json_integer_value(json_object_get(state, "n_invited")), 6);
	cr_assert_eq(json_integer_value(json_object_get(state, "n_claimed")), 2);
	cr_assert_eq(json_integer_value(json_object_get(state, "n_responses")), 2);
	json_decref(state);
	world_free(&world);
}
