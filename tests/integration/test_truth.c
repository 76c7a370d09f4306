/* Every acknowledged change is audited, in order, on every instance; an
 * import's answer says what happened; a refusal is logged too. */
#include <signal.h>
#include <string.h>
#include <sched.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "harness.h"
#include "world.h"

TestSuite(truth, .init = server_setup, .fini = server_teardown);

/* A new partnership through the API; its id. */
static void partnership_new(const char *admin, const char *name, char out[40])
{
	char body[128];
	json_t *created;

	snprintf(body, sizeof(body), "{\"name\":\"%s\"}", name);
	created = expect("POST", "/v1/partnerships", admin, body, 201);
	copy_id(created, out);
	json_decref(created);
}

/* A write; its X-Request-Id, after asserting the status. */
static char *write_request_id(const char *method, const char *path, const char *token,
			      const char *body, long status)
{
	struct reply *reply = api(method, path, token, body);
	char *id;

	assert_status(reply, status);
	id = reply_header(reply, "X-Request-Id");
	cr_assert(id != NULL);
	reply_free(reply);
	return id;
}

/* Every audit row of one resource, following the pages (limit rows each). */
static json_t *audit_rows(const char *admin, const char *resource, int limit)
{
	json_t *rows = json_array();
	char path[512], cursor[128] = "";

	for (;;) {
		json_t *page;
		const char *next;

		snprintf(path, sizeof(path), "/v1/audit?resource_id=%s&limit=%d%s%s", resource, limit,
			 cursor[0] ? "&cursor=" : "", cursor);
		page = expect("GET", path, admin, NULL, 200);
		json_array_extend(rows, json_object_get(page, "data"));
		next = json_string_value(json_object_get(page, "next_cursor"));
		if (next == NULL) {
			json_decref(page);
			return rows;
		}
		snprintf(cursor, sizeof(cursor), "%s", next);
		json_decref(page);
	}
}

/* Fifty writes one after another are listed in the order they were made,
 * request id for request id, across pages of seven. */
Test(truth, fifty_sequential_writes_are_listed_in_their_order)
{
	char *admin = token_create("admin", NULL);
	char partnership[40], path[128], body[64];
	char *made[50];
	json_t *rows, *row;
	size_t index;
	long long last_seq = 0;

	partnership_new(admin, "Volgorde", partnership);
	snprintf(path, sizeof(path), "/v1/partnerships/%s", partnership);
	for (int i = 0; i < 49; i++) {
		snprintf(body, sizeof(body), "{\"description\":\"stap %d\"}", i);
		made[i] = write_request_id("PATCH", path, admin, body, 200);
	}
	made[49] = write_request_id("DELETE", path, admin, NULL, 204);
	rows = audit_rows(admin, partnership, 7);
	/* the creation, then the fifty */
	cr_assert_eq(json_array_size(rows), 51, "%zu rows", json_array_size(rows));
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(rows, 0), "method")),
			 "POST");
	json_array_foreach(rows, index, row) {
		long long seq = json_integer_value(json_object_get(row, "seq"));

		cr_assert_gt(seq, last_seq, "row %zu is listed out of order", index);
		last_seq = seq;
		if (index > 0)
			cr_assert_str_eq(json_string_value(json_object_get(row, "request_id")),
					 made[index - 1], "row %zu", index);
	}
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(rows, 50), "method")),
			 "DELETE");
	for (int i = 0; i < 50; i++)
		free(made[i]);
	json_decref(rows);
	free(admin);
}

/* kill -9 right after the answer: the change and its row are both there. */
Test(truth, an_answered_write_keeps_its_row_through_kill_9)
{
	char *admin = token_create("admin", NULL);
	char partnership[40], path[128], sql[256];

	partnership_new(admin, "Hard gestopt", partnership);
	snprintf(path, sizeof(path), "/v1/partnerships/%s", partnership);
	for (int i = 0; i < 3; i++) {
		char *id = write_request_id("PATCH", path, admin, "{\"description\":\"x\"}", 200);

		kill(server_process_id(), SIGKILL);
		(void)server_terminate(); /* reaps it */
		snprintf(sql, sizeof(sql), "SELECT count(*) FROM audit_log WHERE request_id = '%s' "
			 "AND method = 'PATCH' AND status = 200 AND resource_id = '%s'", id,
			 partnership);
		assert_query(sql, "1");
		free(id);
		server_start(NULL);
	}
	free(admin);
}

/* Two instances on one database: each lists the other's writes at once. */
Test(truth, two_instances_list_each_others_writes_at_once)
{
	char *admin = token_create("admin", NULL);
	char partnership[40], path[128];

	server_use(1);
	server_start(NULL);
	server_use(0);
	partnership_new(admin, "Twee", partnership);
	snprintf(path, sizeof(path), "/v1/partnerships/%s", partnership);
	for (int i = 0; i < 20; i++) {
		int writer = i % 2;
		char *id;
		json_t *rows;

		server_use(writer);
		id = write_request_id("PATCH", path, admin, "{\"description\":\"y\"}", 200);
		server_use(1 - writer);
		rows = audit_rows(admin, partnership, 500);
		cr_assert(find_entry(rows, "request_id", id) != NULL,
			  "write %d through instance %d is not listed by the other", i, writer);
		json_decref(rows);
		free(id);
	}
	server_use(0);
	free(admin);
}

/* The id of the one audit row of a request, read after the log was read
 * through the API (which waits for queued refusals). */
static void assert_refusal_logged(const char *admin, const char *request_id, const char *row)
{
	char sql[256];

	json_decref(expect("GET", "/v1/audit?limit=1", admin, NULL, 200));
	snprintf(sql, sizeof(sql), "SELECT method || ' ' || coalesce(route, '-') || ' ' || status "
		 "FROM audit_log WHERE request_id = '%s'", request_id);
	assert_query(sql, row);
}

/* Writes refused before they reach a handler are logged too: a body too
 * large (413), a path that names nothing (404), a method a path does not
 * answer (405). */
Test(truth, refused_writes_are_logged)
{
	const char *settings[] = { "CACD_MAX_BODY_BYTES=1024", NULL };
	char *admin, body[2048], *id;

	server_stop();
	server_start(settings);
	admin = token_create("admin", NULL);
	memset(body, ' ', sizeof(body) - 1);
	body[0] = '{';
	body[sizeof(body) - 2] = '}';
	body[sizeof(body) - 1] = '\0';
	id = write_request_id("POST", "/v1/partnerships", admin, body, 413);
	assert_refusal_logged(admin, id, "POST /v1/partnerships 413");
	free(id);
	id = write_request_id("POST", "/v1/nothing-here", admin, "{}", 404);
	assert_refusal_logged(admin, id, "POST - 404");
	free(id);
	id = write_request_id("DELETE", "/v1/instruments", admin, NULL, 405);
	assert_refusal_logged(admin, id, "DELETE - 405");
	free(id);
	free(admin);
}

/* A number too small for a double is refused as one too large is, never
 * stored as 0; a JSON body in another charset than UTF-8 is 415. */
Test(truth, numbers_that_do_not_fit_and_other_charsets_are_refused)
{
	char *admin = token_create("admin", NULL);
	static const char *const numbers[] = { "1e-400", "-2.5e-330", "1e400" };
	const char *headers[] = { "Content-Type: application/json; charset=latin-1", NULL };
	char body[160];
	struct reply *reply;

	unsigned series = (unsigned)getpid() % 10000;

	for (size_t i = 0; i < sizeof(numbers) / sizeof(numbers[0]); i++) {
		snprintf(body, sizeof(body), "{\"code\":\"BU%04u%04zu\",\"name\":\"Klein\","
			 "\"ses_score\":%s}", series, i, numbers[i]);
		reply = api("POST", "/v1/neighbourhoods", admin, body);
		assert_problem(reply, 422);
		cr_assert(strstr(reply->body, "real number") != NULL, "%s", reply->body);
		reply_free(reply);
	}
	/* a zero written with digits, and a string that looks small, are fine */
	snprintf(body, sizeof(body), "{\"code\":\"BU%04u0009\",\"name\":\"1e-400\","
		 "\"ses_score\":0.000e-12}", series);
	json_decref(expect("POST", "/v1/neighbourhoods", admin, body, 201));
	reply = api_with_headers("POST", "/v1/partnerships", admin, "{\"name\":\"Latijn\"}",
				 headers);
	assert_problem(reply, 415);
	reply_free(reply);
	headers[0] = "Content-Type: application/json; charset=\"UTF-8\"";
	reply = api_with_headers("POST", "/v1/partnerships", admin, "{\"name\":\"Unicode\"}",
				 headers);
	assert_status(reply, 201);
	reply_free(reply);
	free(admin);
}

/* The same data gives the same bytes on any instance, xlsx included (its
 * document date is the data's Last-Modified, not the moment of the reply),
 * so ETag and 304 hold through a balancer. The second reply comes from the
 * other instance in a later second of the clock. */
Test(truth, xlsx_is_the_same_bytes_on_every_instance)
{
	struct world world;
	char path[200];
	struct reply *first, *second;
	char *first_tag, *second_tag;
	time_t started;

	world_build(&world);
	world_answer(world.admin, world.wave, world.member, "{\"answers\":{\"1\":80}}", 201);
	snprintf(path, sizeof(path), "/v1/waves/%s/scores?format=xlsx", world.wave);
	first = api("GET", path, world.admin, NULL);
	assert_status(first, 200);
	started = time(NULL);
	server_use(1);
	server_start(NULL);
	while (time(NULL) == started)
		sched_yield(); /* the clock's second must change: the old date was "now" */
	second = api("GET", path, world.admin, NULL);
	assert_status(second, 200);
	first_tag = reply_header(first, "ETag");
	second_tag = reply_header(second, "ETag");
	cr_assert(first_tag && second_tag && strcmp(first_tag, second_tag) == 0, "%s / %s",
		  first_tag ? first_tag : "-", second_tag ? second_tag : "-");
	cr_assert_eq(first->length, second->length);
	cr_assert(memcmp(first->body, second->body, first->length) == 0);
	free(first_tag);
	free(second_tag);
	reply_free(first);
	reply_free(second);
	server_use(0);
	world_free(&world);
}

/* Tokens are kept in memory and forgotten on PostgreSQL's notification:
 * a token revoked through instance A is refused by instance B, whose cache
 * held it, within a second. */
Test(truth, a_token_revoked_through_one_instance_is_refused_by_the_other_within_a_second)
{
	char *admin = token_create("admin", NULL);
	json_t *created;
	char path[128], token[128];
	struct timespec revoked, now;
	long waited = -1;

	server_use(1);
	server_start(NULL);
	server_use(0);
	created = expect("POST", "/v1/tokens", admin, "{\"role\":\"viewer\",\"label\":\"kept\"}", 201);
	snprintf(token, sizeof(token), "%s", json_string_value(json_object_get(created, "token")));
	snprintf(path, sizeof(path), "/v1/tokens/%s", json_string_value(json_object_get(created, "id")));
	json_decref(created);
	server_use(1);
	for (int i = 0; i < 3; i++) /* in B's cache now */
		json_decref(expect("GET", "/v1/partnerships?limit=1", token, NULL, 200));
	server_use(0);
	json_decref(expect("DELETE", path, admin, NULL, 204));
	clock_gettime(CLOCK_MONOTONIC, &revoked);
	server_use(1);
	for (int tries = 0; tries < 100000 && waited < 0; tries++) {
		struct reply *reply = api("GET", "/v1/partnerships?limit=1", token, NULL);

		clock_gettime(CLOCK_MONOTONIC, &now);
		if (reply->status == 401)
			waited = (now.tv_sec - revoked.tv_sec) * 1000 +
				 (now.tv_nsec - revoked.tv_nsec) / 1000000;
		else
			cr_assert((now.tv_sec - revoked.tv_sec) * 1000 +
					  (now.tv_nsec - revoked.tv_nsec) / 1000000 < 1000,
				  "B still takes the revoked token after a second");
		reply_free(reply);
	}
	cr_log_info("a token revoked through A was refused by B after %ld ms", waited);
	cr_assert(waited >= 0 && waited < 1000);
	server_use(0);
	free(admin);
}

/* While the notifications are not heard, nothing is taken from memory: the
 * listening connection cut, a revoked token is refused at once. */
Test(truth, without_notifications_every_token_is_checked)
{
	char *admin = token_create("admin", NULL);
	json_t *created;
	char path[128], token[128];

	created = expect("POST", "/v1/tokens", admin, "{\"role\":\"viewer\",\"label\":\"cut\"}", 201);
	snprintf(token, sizeof(token), "%s", json_string_value(json_object_get(created, "token")));
	snprintf(path, sizeof(path), "/v1/tokens/%s", json_string_value(json_object_get(created, "id")));
	json_decref(created);
	json_decref(expect("GET", "/v1/partnerships?limit=1", token, NULL, 200));
	free(test_query_value("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
			      "WHERE application_name = 'cacd-listen'"));
	json_decref(expect("DELETE", path, admin, NULL, 204));
	expect_problem("GET", "/v1/partnerships?limit=1", token, NULL, 401);
	free(admin);
}

/* A published wave's scores, read once, are answered from memory: with the
 * database frozen, the same read still answers. A change of the wave (its
 * label) is heard, and the next read shows it. */
Test(truth, published_scores_are_read_from_memory_and_follow_a_change)
{
	struct world world;
	char path[200];
	struct reply *reply;
	json_t *scores;

	world_build(&world);
	for (int i = 0; i < 3; i++) {
		char *member = world_member_add(world.admin, world.partnership, NULL, "welfare",
						"professional");

		world_answer(world.admin, world.wave, member, "{\"answers\":{\"1\":60}}", 201);
		free(member);
	}
	snprintf(path, sizeof(path), "/v1/waves/%s/close", world.wave);
	json_decref(expect("POST", path, world.coordinator, NULL, 200));
	snprintf(path, sizeof(path), "/v1/waves/%s/scores", world.wave);
	json_decref(expect("GET", path, world.viewer, NULL, 200));
	database_signal("STOP");
	reply = api("GET", path, world.viewer, NULL);
	database_signal("CONT");
	assert_status(reply, 200);
	cr_assert(strstr(reply->body, "\"published\":true") != NULL, "%s", reply->body);
	reply_free(reply);
	/* a revoked viewer is not answered from memory either */
	snprintf(path, sizeof(path), "/v1/waves/%s", world.wave);
	json_decref(expect("PATCH", path, world.admin, "{\"label\":\"2026 (herzien)\"}", 200));
	snprintf(path, sizeof(path), "/v1/waves/%s/scores", world.wave);
	for (int tries = 0; tries < 200; tries++) {
		scores = expect("GET", path, world.viewer, NULL, 200);
		bool renamed = strcmp(json_string_value(json_object_get(scores, "label")) ?: "",
				      "2026 (herzien)") == 0;

		json_decref(scores);
		if (renamed)
			break;
		cr_assert_lt(tries, 199, "the kept view never showed the new label");
	}
	world_free(&world);
}
