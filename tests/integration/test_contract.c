/* HTTP conventions clients and dashboards rely on: Location on every 201,
 * a Link to the next page, unknown query parameters refused, and a body of
 * the wrong JSON kind unprocessable. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "world.h"

TestSuite(contract, .init = server_setup, .fini = server_teardown, .timeout = 60);

static void expect_location(struct reply *reply, const char *prefix, const char *suffix)
{
	char *location = reply_header(reply, "Location");
	const char *id = json_string_value(json_object_get(reply->json, "id"));
	char expected[256];

	assert_status(reply, 201);
	snprintf(expected, sizeof(expected), "%s%s%s", prefix, id ? id : "", suffix);
	cr_assert(location != NULL, "no Location: %s", reply->headers);
	if (id != NULL || suffix[0] != '\0')
		cr_assert_str_eq(location, expected);
	free(location);
}

Test(contract, every_201_says_where_the_new_thing_is)
{
	struct world world;
	struct reply *reply;
	char path[256], member[40], *location;

	world_build(&world);
	reply = api("POST", "/v1/neighbourhoods", world.admin, "{\"name\":\"Zuid\"}");
	expect_location(reply, "/v1/neighbourhoods/", "");
	reply_free(reply);
	reply = api("POST", "/v1/partnerships", world.admin, "{\"name\":\"Nieuw\"}");
	expect_location(reply, "/v1/partnerships/", "");
	reply_free(reply);
	snprintf(path, sizeof(path), "/v1/partnerships/%s/members", world.partnership);
	reply = api("POST", path, world.admin, "{\"label\":\"L9\",\"sector\":\"police\",\"role\":\"other\"}");
	expect_location(reply, "/v1/members/", "");
	copy_id(reply->json, member);
	reply_free(reply);
	snprintf(path, sizeof(path), "/v1/partnerships/%s/waves", world.partnership);
	reply = api("POST", path, world.admin, "{\"label\":\"later\",\"opens_at\":"
		    "\"2026-01-01T00:00:00Z\",\"closes_at\":\"2099-01-01T00:00:00Z\"}");
	expect_location(reply, "/v1/waves/", "");
	reply_free(reply);
	reply = api("POST", "/v1/tokens", world.admin, "{\"role\":\"viewer\"}");
	expect_location(reply, "/v1/tokens/", "");
	reply_free(reply);
	snprintf(path, sizeof(path), "/v1/waves/%s/responses/%s", world.wave, member);
	reply = api("PUT", path, world.admin, "{\"answers\":{\"1\":50}}");
	location = reply_header(reply, "Location");
	cr_assert_str_eq(location, path);
	free(location);
	reply_free(reply);
	snprintf(path, sizeof(path), "/v1/waves/%s/invitations", world.wave);
	reply = api("POST", path, world.admin, NULL);
	location = reply_header(reply, "Location");
	cr_assert_str_eq(location, path);
	free(location);
	reply_free(reply);
	world_free(&world);
}

Test(contract, pages_link_to_the_next_one)
{
	struct world world;
	char path[256];
	char *link = NULL;
	int pages = 0;

	world_build(&world);
	snprintf(path, sizeof(path), "/v1/partnerships/%s/members?limit=1", world.partnership);
	for (;;) {
		struct reply *reply = api("GET", path, world.admin, NULL);
		const char *cursor = json_string_value(json_object_get(reply->json, "next_cursor"));

		assert_status(reply, 200);
		pages++;
		link = reply_header(reply, "Link");
		if (cursor == NULL) {
			cr_assert_null(link, "the last page links on: %s", link);
			reply_free(reply);
			break;
		}
		cr_assert(link != NULL && strstr(link, "rel=\"next\"") != NULL, "%s", reply->headers);
		cr_assert(strstr(link, "limit=1") != NULL, "%s", link);
		/* <path?query>; rel="next" */
		snprintf(path, sizeof(path), "%.*s", (int)(strchr(link, '>') - link - 1), link + 1);
		free(link);
		reply_free(reply);
		cr_assert_lt(pages, 10);
	}
	cr_assert_eq(pages, 3, "three members, one a page");
	world_free(&world);
}

Test(contract, unknown_query_parameters_are_422)
{
	struct world world;
	struct reply *reply;
	char path[256];

	world_build(&world);
	snprintf(path, sizeof(path), "/v1/partnerships?municipality=%s", world.municipality);
	reply = api("GET", path, world.admin, NULL);
	assert_problem(reply, 422);
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(
		json_object_get(reply->json, "errors"), 0), "field")), "municipality");
	reply_free(reply);
	snprintf(path, sizeof(path), "/v1/partnerships?municipality_code=%s", world.municipality);
	reply = api("GET", path, world.admin, NULL);
	assert_status(reply, 200);
	cr_assert_eq(json_array_size(json_object_get(reply->json, "data")), 1);
	reply_free(reply);
	/* on a view whose statement checks its own token, the token comes first */
	snprintf(path, sizeof(path), "/v1/waves/%s/scores?grouping=role", world.wave);
	expect_problem("GET", path, world.viewer, NULL, 422);
	expect_problem("GET", path, "cacd_nonsense", NULL, 401);
	world_free(&world);
}

Test(contract, a_body_of_the_wrong_json_kind_is_422)
{
	char *admin = token_create("admin", NULL);

	expect_problem("POST", "/v1/neighbourhoods", admin, "[]", 422);
	expect_problem("POST", "/v1/neighbourhoods", admin, "42", 422);
	expect_problem("POST", "/v1/neighbourhoods", admin, "{\"name\":", 400);
	free(admin);
}

/* Score views carry a strong ETag and Last-Modified; If-None-Match gets
 * 304 while nothing changed, and 200 with a new ETag once something did. */
Test(contract, score_views_answer_304_while_nothing_changed)
{
	struct world world;
	struct reply *reply;
	char path[256], header[128], *etag, *modified, *cache, *again;

	world_build(&world);
	snprintf(path, sizeof(path), "/v1/waves/%s/responses/%s", world.wave, world.member);
	json_decref(expect("PUT", path, world.admin, "{\"answers\":{\"1\":40}}", 201));
	snprintf(path, sizeof(path), "/v1/waves/%s/scores", world.wave);
	reply = api("GET", path, world.admin, NULL);
	assert_status(reply, 200);
	etag = reply_header(reply, "ETag");
	modified = reply_header(reply, "Last-Modified");
	cache = reply_header(reply, "Cache-Control");
	cr_assert(etag != NULL && etag[0] == '"', "ETag %s", etag ? etag : "(none)");
	cr_assert(modified != NULL && strstr(modified, " GMT") != NULL);
	cr_assert_str_eq(cache, "private, no-cache");
	reply_free(reply);

	snprintf(header, sizeof(header), "If-None-Match: %s", etag);
	const char *conditional[] = { header, NULL };

	reply = api_with_headers("GET", path, world.admin, NULL, conditional);
	assert_status(reply, 304);
	cr_assert_eq(reply->length, 0);
	again = reply_header(reply, "ETag");
	cr_assert_str_eq(again, etag);
	free(again);
	reply_free(reply);

	/* CSV is another representation: another ETag */
	snprintf(path, sizeof(path), "/v1/waves/%s/scores?format=csv", world.wave);
	reply = api_with_headers("GET", path, world.admin, NULL, conditional);
	assert_status(reply, 200);
	reply_free(reply);

	snprintf(path, sizeof(path), "/v1/waves/%s/responses/%s", world.wave, world.member);
	json_decref(expect("PUT", path, world.admin, "{\"answers\":{\"1\":90}}", 200));
	snprintf(path, sizeof(path), "/v1/waves/%s/scores", world.wave);
	reply = api_with_headers("GET", path, world.admin, NULL, conditional);
	assert_status(reply, 200);
	again = reply_header(reply, "ETag");
	cr_assert_str_neq(again, etag);
	free(again);
	reply_free(reply);
	free(etag);
	free(modified);
	free(cache);
	world_free(&world);
}

/* pandas (Debian's python3-pandas) reads the export as a dashboard would:
 * revision an integer column, item_1 a float column even with a decimal
 * comma, item_2 the text dk, and the formula-looking label as text. */
static void csv_read_by_pandas(const struct reply *reply, const char *options)
{
	char file[] = "/tmp/cacd-test-XXXXXX.csv", command[1024];
	int fd = mkstemps(file, 4);
	FILE *out = fdopen(fd, "wb");

	fwrite(reply->body, 1, reply->length, out);
	fclose(out);
	snprintf(command, sizeof(command),
		 "/usr/bin/python3 -c \"import pandas, sys\n"
		 "rows = pandas.read_csv(sys.argv[1], %s)\n"
		 "assert rows['revision'].dtype.kind == 'i', rows.dtypes\n"
		 "assert rows['item_1'].dtype.kind == 'f', rows.dtypes\n"
		 "assert abs(rows['item_1'][0] - 100 / 3) < 1e-9, rows['item_1'][0]\n"
		 "assert rows['item_2'].dtype.kind == 'f' and pandas.isna(rows['item_2'][0]), rows.dtypes\n"
		 "assert str(rows['dk_items'][0]) == '2', rows['dk_items'][0]\n"
		 "assert rows['member_label'][0] == \\\"'=1+1\\\"\n"
		 "\" '%s'", options, file);
	cr_assert_eq(system(command), 0, "pandas did not read what it should");
	unlink(file);
}

/* Exports as a spreadsheet reads them: a label that looks like a formula
 * stays text, and dialect=nl is what Dutch settings expect. */
Test(contract, csv_is_safe_for_spreadsheets_and_speaks_dutch)
{
	struct world world;
	struct reply *reply;
	char path[256], *member;

	world_build(&world);
	member = world_member_add(world.admin, world.partnership, "=1+1", "police", "other");
	world_answer(world.admin, world.wave, member,
		     "{\"scale\":\"agree4\",\"answers\":{\"1\":2,\"2\":null},"
		     "\"comment\":\"@SUM(A1)\"}", 201);
	snprintf(path, sizeof(path), "/v1/export/responses?wave_id=%s&format=csv", world.wave);
	reply = api("GET", path, world.admin, NULL);
	assert_status(reply, 200);
	cr_assert(strstr(reply->body, ",'=1+1,") != NULL, "%s", reply->body);
	cr_assert(strstr(reply->body, ",'@SUM(A1)\r\n") != NULL, "%s", reply->body);
	cr_assert(strstr(reply->body, ",agree4,33.333333333333336,,") != NULL, "%s", reply->body);
	cr_assert(strstr(reply->body, ",2,'@SUM(A1)\r\n") != NULL, "%s", reply->body);
	csv_read_by_pandas(reply, "sep=','");
	reply_free(reply);
	snprintf(path, sizeof(path), "/v1/export/responses?wave_id=%s&format=csv&dialect=nl",
		 world.wave);
	reply = api("GET", path, world.admin, NULL);
	assert_status(reply, 200);
	cr_assert(strncmp(reply->body, "\xef\xbb\xbfwave_id;partnership_id;", 26) == 0, "%s",
		  reply->body);
	cr_assert(strstr(reply->body, ";agree4;33,333333333333336;;") != NULL, "%s", reply->body);
	csv_read_by_pandas(reply, "sep=';', decimal=',', encoding='utf-8-sig'");
	reply_free(reply);
	snprintf(path, sizeof(path), "/v1/waves/%s/scores?format=csv&dialect=fr", world.wave);
	expect_problem("GET", path, world.admin, NULL, 422);
	free(member);
	world_free(&world);
}

/* xlsx, read back by openpyxl (Debian's python3-openpyxl, so Debian's
 * python3, whatever else is on the PATH): numbers are
 * numbers, text is text, and a label like =1+1 is a string, not a
 * formula. */
Test(contract, xlsx_keeps_numbers_numbers_and_text_text)
{
	struct world world;
	struct reply *reply;
	char path[256], file[] = "/tmp/cacd-test-XXXXXX.xlsx", command[1024], *member;
	FILE *out;
	int fd;

	world_build(&world);
	member = world_member_add(world.admin, world.partnership, "=1+1", "police", "other");
	world_answer(world.admin, world.wave, member,
		     "{\"scale\":\"likert5\",\"answers\":{\"1\":4,\"2\":null}}", 201);
	const char *accept[] = { "Accept: " "application/vnd.openxmlformats-officedocument."
				 "spreadsheetml.sheet", NULL };

	snprintf(path, sizeof(path), "/v1/export/responses?wave_id=%s", world.wave);
	reply = api_with_headers("GET", path, world.admin, NULL, accept);
	assert_status(reply, 200);
	cr_assert(reply->length > 100 && memcmp(reply->body, "PK", 2) == 0, "not a zip file");
	fd = mkstemps(file, 5); /* openpyxl goes by the .xlsx ending */
	out = fdopen(fd, "wb");
	fwrite(reply->body, 1, reply->length, out);
	fclose(out);
	reply_free(reply);
	snprintf(command, sizeof(command),
		 "/usr/bin/python3 -c \"import openpyxl, sys\n"
		 "sheet = openpyxl.load_workbook(sys.argv[1]).active\n"
		 "assert sheet.title == 'responses', sheet.title\n"
		 "rows = list(sheet.iter_rows())\n"
		 "header = [c.value for c in rows[0]]\n"
		 "row = {h: c for h, c in zip(header, rows[1])}\n"
		 "assert header[:3] == ['wave_id', 'partnership_id', 'member_id'], header\n"
		 "assert row['member_label'].data_type == 's' and row['member_label'].value == '=1+1', row['member_label'].data_type\n"
		 "assert row['revision'].data_type == 'n' and row['revision'].value == 1\n"
		 "assert row['item_1'].data_type == 'n' and row['item_1'].value == 75\n"
		 "assert row['item_2'].value is None, row['item_2'].value\n"
		 "assert row['dk_items'].value == '2', row['dk_items'].value\n"
		 "assert row['submitted_at'].is_date, row['submitted_at'].value\n"
		 "assert row['item_3'].value is None\n"
		 "\" '%s'", file);
	cr_assert_eq(system(command), 0, "openpyxl did not read what it should");
	unlink(file);

	snprintf(path, sizeof(path), "/v1/waves/%s/scores?format=xlsx", world.wave);
	reply = api("GET", path, world.admin, NULL);
	assert_status(reply, 200);
	cr_assert(memcmp(reply->body, "PK", 2) == 0);
	reply_free(reply);
	free(member);
	world_free(&world);
}

/* ?updated_since= pulls only what changed after a time (here, the moment
 * the last member was created, as the API said it). */
Test(contract, updated_since_pulls_only_what_changed)
{
	struct world world;
	char path[512], since[64];
	json_t *list, *last;
	size_t count;

	world_build(&world);
	snprintf(path, sizeof(path), "/v1/partnerships/%s/members", world.partnership);
	list = expect("GET", path, world.admin, NULL, 200);
	count = json_array_size(json_object_get(list, "data"));
	last = json_array_get(json_object_get(list, "data"), count - 1);
	snprintf(since, sizeof(since), "%s", json_string_value(json_object_get(last, "updated_at")));
	json_decref(list);
	snprintf(path, sizeof(path), "/v1/members/%s", world.member);
	json_decref(expect("PATCH", path, world.admin, "{\"organisation\":\"Wijkteam\"}", 200));
	snprintf(path, sizeof(path), "/v1/partnerships/%s/members?updated_since=%s",
		 world.partnership, since);
	list = expect("GET", path, world.admin, NULL, 200);
	cr_assert_eq(json_array_size(json_object_get(list, "data")), 1);
	cr_assert_str_eq(json_string_value(json_object_get(json_array_get(json_object_get(list, "data"), 0),
							   "id")), world.member);
	json_decref(list);
	snprintf(path, sizeof(path), "/v1/partnerships/%s/members?updated_since=yesterday",
		 world.partnership);
	expect_problem("GET", path, world.admin, NULL, 422);
	world_free(&world);
}
