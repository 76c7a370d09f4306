/* The foundation: health, readiness through a database restart, problem
 * bodies for 401/404/405/413/415, the instrument, migrations, the CLI. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"

TestSuite(foundation, .init = server_setup, .fini = server_teardown);

Test(foundation, healthz_answers_without_token)
{
	struct reply *reply = api("GET", "/healthz", NULL, NULL);
	char *request_id = reply_header(reply, "X-Request-Id");

	assert_status(reply, 200);
	cr_assert_str_eq(json_string_value(json_object_get(reply->json, "status")), "ok");
	cr_assert(request_id != NULL && strlen(request_id) >= 16);
	free(request_id);
	reply_free(reply);
}

Test(foundation, request_id_from_client_is_echoed_and_logged)
{
	const char *headers[] = { "X-Request-Id: trace-abc.123", NULL };
	struct reply *reply = api_with_headers("GET", "/healthz", NULL, NULL, headers);
	char *echoed = reply_header(reply, "X-Request-Id");
	char *log;

	cr_assert_str_eq(echoed, "trace-abc.123");
	reply_free(reply);
	free(echoed);
	server_stop(); /* flushes the access log */
	log = server_log();
	cr_assert(strstr(log, "method=\"GET\" path=\"/healthz\" status=200 us=") != NULL, "%s", log);
	cr_assert(strstr(log, "id=trace-abc.123") != NULL, "%s", log);
	free(log);
}

Test(foundation, readyz_follows_the_database_down_and_up)
{
	struct reply *reply = api("GET", "/readyz", NULL, NULL);
	char *retry_after;

	assert_status(reply, 200);
	reply_free(reply);

	database_stop();
	reply = api("GET", "/readyz", NULL, NULL);
	assert_problem(reply, 503);
	retry_after = reply_header(reply, "Retry-After");
	cr_assert(retry_after != NULL, "503 without Retry-After");
	free(retry_after);
	reply_free(reply);

	database_start();
	/* The workers' old connections died with the server; the first query
	 * on each must reconnect rather than fail. */
	for (int i = 0; i < 4; i++) {
		reply = api("GET", "/readyz", NULL, NULL);
		assert_status(reply, 200);
		reply_free(reply);
	}
}

Test(foundation, database_restart_does_not_fail_authenticated_reads)
{
	char *token = token_create("admin", NULL);
	struct reply *reply = api("GET", "/v1/instruments/cac", token, NULL);

	assert_status(reply, 200);
	reply_free(reply);
	database_stop();
	database_start();
	for (int i = 0; i < 4; i++) {
		reply = api("GET", "/v1/instruments/cac", token, NULL);
		assert_status(reply, 200);
		reply_free(reply);
	}
	free(token);
}

Test(foundation, no_token_is_401_with_www_authenticate)
{
	struct reply *reply = api("GET", "/v1/instruments", NULL, NULL);
	char *challenge = reply_header(reply, "WWW-Authenticate");

	assert_problem(reply, 401);
	cr_assert(challenge != NULL && strncmp(challenge, "Bearer", 6) == 0);
	free(challenge);
	reply_free(reply);
}

Test(foundation, unknown_or_malformed_token_is_401)
{
	const char *tokens[] = { "cacd_notarealtokenbutwellformed000000000000000000",
				 "x", "cacd_with space" };

	for (size_t i = 0; i < sizeof(tokens) / sizeof(tokens[0]); i++) {
		struct reply *reply = api("GET", "/v1/instruments", tokens[i], NULL);
		char *challenge = reply_header(reply, "WWW-Authenticate");

		assert_problem(reply, 401);
		cr_assert(challenge != NULL);
		free(challenge);
		reply_free(reply);
	}
}

/* Both ways a token is checked: by its own lookup (instruments) and inside
 * the statement of a score view (comparisons). */
Test(foundation, revoked_token_is_401)
{
	static const char *const paths[] = { "/v1/instruments", "/v1/comparisons?wave_label=x" };
	char *admin = token_create("admin", NULL);
	struct reply *created = api("POST", "/v1/tokens", admin, "{\"role\":\"viewer\"}");
	const char *viewer, *id;
	char path[128];
	struct reply *reply;

	assert_status(created, 201);
	viewer = json_string_value(json_object_get(created->json, "token"));
	id = json_string_value(json_object_get(created->json, "id"));
	for (size_t i = 0; i < 2; i++) {
		reply = api("GET", paths[i], viewer, NULL);
		assert_status(reply, 200);
		reply_free(reply);
	}
	snprintf(path, sizeof(path), "/v1/tokens/%s", id);
	reply = api("DELETE", path, admin, NULL);
	assert_status(reply, 204);
	reply_free(reply);
	for (size_t i = 0; i < 2; i++) {
		expect_problem("GET", paths[i], viewer, NULL, 401);
	}
	reply_free(created);
	free(admin);
}

Test(foundation, unknown_path_is_404_problem)
{
	const char *paths[] = { "/nothing", "/v1/instruments/cac/extra", "/v1/waves/not-a-uuid",
				"/v1/tokens/", "/v1" };

	for (size_t i = 0; i < sizeof(paths) / sizeof(paths[0]); i++) {
		struct reply *reply = api("GET", paths[i], NULL, NULL);

		assert_problem(reply, 404);
		reply_free(reply);
	}
}

Test(foundation, wrong_method_is_405_with_allow)
{
	struct reply *reply = api("DELETE", "/v1/instruments", NULL, NULL);
	char *allow = reply_header(reply, "Allow");

	assert_problem(reply, 405);
	cr_assert_str_eq(allow, "GET, HEAD");
	free(allow);
	reply_free(reply);

	reply = api("PUT", "/v1/tokens", NULL, "{}");
	allow = reply_header(reply, "Allow");
	assert_problem(reply, 405);
	cr_assert_str_eq(allow, "GET, HEAD, POST");
	free(allow);
	reply_free(reply);
}

Test(foundation, body_over_the_limit_is_413)
{
	const char *settings[] = { "CACD_MAX_BODY_BYTES=1024", NULL };
	char *admin = token_create("admin", NULL);
	char *body = malloc(4096);

	server_stop();
	server_start(settings);
	memset(body, ' ', 4095);
	body[0] = '{';
	body[4094] = '}';
	body[4095] = '\0';
	expect_problem("POST", "/v1/tokens", admin, body, 413);

	/* Just under the limit is read and judged on its content. */
	body[1000] = '}';
	body[1001] = '\0';
	expect_problem("POST", "/v1/tokens", admin, body, 422);
	free(body);
	free(admin);
}

Test(foundation, body_that_is_not_json_is_400_or_415)
{
	char *admin = token_create("admin", NULL);
	const char *form[] = { "Content-Type: text/plain", NULL };
	struct reply *reply = api("POST", "/v1/tokens", admin, "{\"role\": ");

	assert_problem(reply, 400);
	reply_free(reply);
	reply = api_with_headers("POST", "/v1/tokens", admin, "{\"role\":\"viewer\"}", form);
	assert_problem(reply, 415);
	reply_free(reply);
	expect_problem("POST", "/v1/tokens", admin, "{\"role\":\"viewer\",\"role\":\"admin\"}",
		       422);
	expect_problem("POST", "/v1/tokens", admin, "{\"label\":\"\xff\xfe\"}", 400);
	free(admin);
}

static json_t *load_shared_instrument(void)
{
	const char *path = getenv("CACDTEST_INSTRUMENT");

	return path ? json_load_file(path, 0, NULL) : NULL;
}

Test(foundation, instrument_has_26_items_in_6_dimensions)
{
	static const char *const keys[] = { "general", "suitability", "task",
					    "relation", "growth", "visibility" };
	static const size_t sizes[] = { 1, 7, 5, 5, 4, 4 };
	char *token = token_create("viewer", NULL);
	struct reply *reply = api("GET", "/v1/instruments/cac", token, NULL);
	json_t *dimensions, *items;

	assert_status(reply, 200);
	dimensions = json_object_get(reply->json, "dimensions");
	items = json_object_get(reply->json, "items");
	cr_assert_eq(json_array_size(dimensions), 6);
	cr_assert_eq(json_array_size(items), 26);
	for (size_t i = 0; i < 6; i++) {
		json_t *dimension = json_array_get(dimensions, i);

		cr_assert_str_eq(json_string_value(json_object_get(dimension, "key")), keys[i]);
		cr_assert_eq(json_array_size(json_object_get(dimension, "items")), sizes[i]);
	}
	for (size_t i = 0; i < 26; i++) {
		json_t *item = json_array_get(items, i);

		cr_assert_eq(json_integer_value(json_object_get(item, "number")), (json_int_t)i + 1);
		cr_assert(json_is_string(json_object_get(json_object_get(item, "text"), "nl")));
	}
	cr_assert_eq(json_array_size(json_object_get(json_object_get(json_object_get(
			     reply->json, "answer_scales"), "agree4"), "labels")), 0);
	cr_assert_eq(json_integer_value(json_object_get(json_object_get(json_object_get(
			     reply->json, "answer_scales"), "likert5"), "max")), 5);
	reply_free(reply);
	free(token);
}

Test(foundation, instrument_texts_match_the_shared_file)
{
	json_t *shared = load_shared_instrument();
	char *token;
	struct reply *reply;
	json_t *items, *dimension;
	size_t index;

	/* Skipped before anything is allocated: a skip does not return here. */
	if (shared == NULL)
		cr_skip_test("../shared/cac-instrument.json is not beside this clone");
	token = token_create("viewer", NULL);
	reply = api("GET", "/v1/instruments/cac", token, NULL);
	items = json_object_get(reply->json, "items");
	json_array_foreach(json_object_get(shared, "dimensions"), index, dimension) {
		size_t item_index;
		json_t *item;

		json_array_foreach(json_object_get(dimension, "items"), item_index, item) {
			json_int_t number = json_integer_value(json_object_get(item, "number"));
			json_t *served = json_array_get(items, (size_t)number - 1);

			cr_assert(json_equal(json_object_get(item, "text"),
					     json_object_get(served, "text")),
				  "item %lld differs", (long long)number);
			cr_assert_str_eq(json_string_value(json_object_get(served, "dimension")),
					 json_string_value(json_object_get(dimension, "key")));
		}
	}
	json_decref(shared);
	reply_free(reply);
	free(token);
}

Test(foundation, instrument_label_language)
{
	char *token = token_create("viewer", NULL);
	const char *dutch[] = { "Accept-Language: nl-NL,nl;q=0.9,en;q=0.5", NULL };
	struct reply *reply = api("GET", "/v1/instruments/cac?lang=nl", token, NULL);
	json_t *first;

	assert_status(reply, 200);
	first = json_array_get(json_object_get(reply->json, "items"), 0);
	cr_assert_str_eq(json_string_value(json_object_get(first, "label")),
			 json_string_value(json_object_get(json_object_get(first, "text"), "nl")));
	reply_free(reply);

	reply = api_with_headers("GET", "/v1/instruments/cac", token, NULL, dutch);
	first = json_array_get(json_object_get(reply->json, "items"), 0);
	cr_assert_str_eq(json_string_value(json_object_get(first, "label")),
			 json_string_value(json_object_get(json_object_get(first, "text"), "nl")));
	reply_free(reply);

	expect_problem("GET", "/v1/instruments/cac?lang=fr", token, NULL, 422);

	expect_problem("GET", "/v1/instruments/nope", token, NULL, 404);
	free(token);
}

Test(foundation, instruments_list_and_head)
{
	char *token = token_create("viewer", NULL);
	struct reply *reply = api("GET", "/v1/instruments", token, NULL);
	json_t *data = json_object_get(reply->json, "data");

	assert_status(reply, 200);
	cr_assert_eq(json_array_size(data), 1);
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(data, 0), "key")), "cac");
	cr_assert(json_is_null(json_object_get(reply->json, "next_cursor")));
	reply_free(reply);

	reply = api("HEAD", "/v1/instruments/cac", token, NULL);
	assert_status(reply, 200);
	cr_assert_eq(reply->length, 0);
	reply_free(reply);
	free(token);
}

/* Basic credentials (any user name, the token as password), as Power BI
 * and Excel send them: on reads, by both ways a token is checked, exactly
 * as a bearer token; never on writes, which a browser would otherwise send
 * them with from any forged form. */
Test(foundation, basic_credentials_read_and_never_write)
{
	char *admin = token_create("admin", NULL);
	char credentials[256], header[512], encoded[400];
	const char *headers[] = { header, NULL };
	struct reply *reply;
	char *challenge;
	FILE *base64;

	snprintf(credentials, sizeof(credentials), "printf 'powerbi:%s' | base64 -w0", admin);
	base64 = popen(credentials, "r");
	cr_assert(base64 != NULL && fgets(encoded, sizeof(encoded), base64) != NULL);
	pclose(base64);
	snprintf(header, sizeof(header), "Authorization: Basic %s", encoded);
	reply = api_with_headers("GET", "/v1/instruments", NULL, NULL, headers);
	assert_status(reply, 200);
	reply_free(reply);
	reply = api_with_headers("GET", "/v1/comparisons?wave_label=none", NULL, NULL, headers);
	assert_status(reply, 200);
	reply_free(reply);
	reply = api_with_headers("POST", "/v1/partnerships", NULL, "{\"name\":\"Basic\"}", headers);
	assert_problem(reply, 401);
	challenge = reply_header(reply, "WWW-Authenticate");
	cr_assert(challenge != NULL && strstr(challenge, "Basic") == NULL, "%s", challenge);
	free(challenge);
	reply_free(reply);
	/* a read's challenge offers Basic, so that Excel asks for it */
	reply = api("GET", "/v1/instruments", NULL, NULL);
	challenge = reply_header(reply, "WWW-Authenticate");
	cr_assert(challenge != NULL && strstr(challenge, "Basic realm=\"cacd\"") != NULL);
	free(challenge);
	reply_free(reply);
	/* a wrong password is refused as a wrong bearer token is */
	snprintf(header, sizeof(header), "Authorization: Basic %s", "cG93ZXJiaTpjYWNkX25vcGU=");
	reply = api_with_headers("GET", "/v1/instruments", NULL, NULL, headers);
	assert_problem(reply, 401);
	reply_free(reply);
	free(admin);
}
