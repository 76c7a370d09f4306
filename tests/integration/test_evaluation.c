/* Evaluation views: the perspective gap between coproducers and
 * professionals with its Welch interval, checked against SciPy run on the
 * raw answers (Debian's python3-scipy), not against the service's own
 * arithmetic. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "world.h"

TestSuite(evaluation, .init = server_setup, .fini = server_teardown, .timeout = 60);

/* Answers on the percent scale to items 1 (general) and 2 (suitability). */
static const int coproducer_answers[4][2] = { { 80, 50 }, { 60, 40 }, { 90, 60 }, { 70, 30 } };
static const int professional_answers[4][2] = { { 40, 70 }, { 50, 80 }, { 30, 60 }, { 60, 90 } };

/* gap, ci_low, ci_high of SciPy's Welch interval for a - b. */
struct expected_gap {
	double gap, low, high;
};

static struct expected_gap scipy_welch_sizes(const double *a, size_t a_count, const double *b,
					     size_t b_count)
{
	char command[1024], list_a[256] = "", list_b[256] = "";
	struct expected_gap out;
	FILE *python;

	for (size_t i = 0; i < a_count; i++)
		snprintf(list_a + strlen(list_a), sizeof(list_a) - strlen(list_a), "%s%.17g",
			 i ? "," : "", a[i]);
	for (size_t i = 0; i < b_count; i++)
		snprintf(list_b + strlen(list_b), sizeof(list_b) - strlen(list_b), "%s%.17g",
			 i ? "," : "", b[i]);
	snprintf(command, sizeof(command),
		 "/usr/bin/python3 -c 'import numpy as np; from scipy import stats\n"
		 "a = np.array([%s]); b = np.array([%s])\n"
		 "va, vb = a.var(ddof=1) / len(a), b.var(ddof=1) / len(b)\n"
		 "df = (va + vb) ** 2 / (va ** 2 / (len(a) - 1) + vb ** 2 / (len(b) - 1))\n"
		 "t = stats.t.ppf(0.975, df); d = a.mean() - b.mean(); se = (va + vb) ** 0.5\n"
		 "print(repr(d), repr(d - t * se), repr(d + t * se))'",
		 list_a, list_b);
	python = popen(command, "r");
	cr_assert(python != NULL);
	cr_assert_eq(fscanf(python, "%lf %lf %lf", &out.gap, &out.low, &out.high), 3,
		     "python3-scipy did not answer");
	cr_assert_eq(pclose(python), 0);
	return out;
}

static struct expected_gap scipy_welch(const double *a, const double *b, size_t n)
{
	return scipy_welch_sizes(a, n, b, n);
}

static void assert_cell(const json_t *cell, struct expected_gap expected, const char *what)
{
	cr_assert(json_is_false(json_object_get(cell, "suppressed")), "%s is suppressed", what);
	cr_assert_float_eq(json_real_value(json_object_get(cell, "gap")), expected.gap, 1e-9, "%s",
			   what);
	/* SciPy's t.ppf is itself within about 1e-9 of the exact quantile */
	cr_assert_float_eq(json_real_value(json_object_get(cell, "ci_low")), expected.low, 1e-7,
			   "%s low", what);
	cr_assert_float_eq(json_real_value(json_object_get(cell, "ci_high")), expected.high, 1e-7,
			   "%s high", what);
}

/* A wave where four coproducers and four professionals answered, entered
 * by the admin (so each counts toward k). */
static void gap_wave(const struct world *world, char wave[40])
{
	char path[128], body[128];
	json_t *created;

	snprintf(path, sizeof(path), "/v1/partnerships/%s/waves", world->partnership);
	created = expect("POST", path, world->admin,
			 "{\"label\":\"gap\",\"opens_at\":\"2026-01-01T00:00:00Z\","
			 "\"closes_at\":\"2099-01-01T00:00:00Z\"}", 201);
	copy_id(created, wave);
	json_decref(created);
	for (int i = 0; i < 8; i++) {
		const int *answers = i < 4 ? coproducer_answers[i] : professional_answers[i - 4];
		char *member = world_member_add(world->admin, world->partnership, NULL, "welfare",
						i < 4 ? "coproducer" : "professional");

		snprintf(body, sizeof(body), "{\"answers\":{\"1\":%d,\"2\":%d}}", answers[0],
			 answers[1]);
		world_answer(world->admin, wave, member, body, 201);
		free(member);
	}
}

/* The interval tests check the arithmetic on groups of four and five; a
 * spread is published only where a group has at least 2k respondents
 * (privacy rule 6, tested in test_privacy.c), so these run with k = 2. */
static void serve_with_k_of_2(void)
{
	static const char *const settings[] = { "CACD_MIN_GROUP_SIZE=2", NULL };

	server_stop();
	server_start(settings);
}

Test(evaluation, perspective_gap_with_welch_intervals)
{
	struct world world;
	char wave[40], path[128];
	double a[4], b[4];
	json_t *gaps, *cell;

	serve_with_k_of_2();
	world_build(&world);
	gap_wave(&world, wave);
	snprintf(path, sizeof(path), "/v1/waves/%s/gaps", wave);

	/* before the wave closes a viewer sees no gap, an admin every one */
	gaps = expect("GET", path, world.viewer, NULL, 200);
	cr_assert(json_is_true(json_object_get(json_object_get(gaps, "overall"), "suppressed")));
	cr_assert(json_is_null(json_object_get(json_object_get(gaps, "overall"), "gap")));
	json_decref(gaps);
	snprintf(path, sizeof(path), "/v1/waves/%s/close", wave);
	json_decref(expect("POST", path, world.admin, NULL, 200));

	snprintf(path, sizeof(path), "/v1/waves/%s/gaps", wave);
	gaps = expect("GET", path, world.viewer, NULL, 200);
	/* items 1 and 2, and their dimensions (each the only item answered in
	 * it, so respondents' dimension means are their answers) */
	for (int item = 0; item < 2; item++) {
		for (int i = 0; i < 4; i++) {
			a[i] = coproducer_answers[i][item];
			b[i] = professional_answers[i][item];
		}
		cell = find_entry(json_object_get(gaps, "dimensions"), "key",
				  item == 0 ? "general" : "suitability");
		assert_cell(json_array_get(json_object_get(gaps, "items"), (size_t)item),
			    scipy_welch(a, b, 4), item == 0 ? "item 1" : "item 2");
		assert_cell(cell, scipy_welch(a, b, 4), item == 0 ? "general" : "suitability");
	}
	/* overall: everyone answered both items, so the gap of the overall
	 * scores equals that of the respondents' own overall means */
	for (int i = 0; i < 4; i++) {
		a[i] = (coproducer_answers[i][0] + coproducer_answers[i][1]) / 2.0;
		b[i] = (professional_answers[i][0] + professional_answers[i][1]) / 2.0;
	}
	assert_cell(json_object_get(gaps, "overall"), scipy_welch(a, b, 4), "overall");
	/* an item nobody answered has no gap to show */
	cell = json_array_get(json_object_get(gaps, "items"), 2);
	cr_assert(json_is_null(json_object_get(cell, "gap")));

	/* the trend carries each wave's gap too */
	{
		json_t *trend, *entry;

		snprintf(path, sizeof(path), "/v1/partnerships/%s/trend", world.partnership);
		trend = expect("GET", path, world.viewer, NULL, 200);
		entry = json_object_get(find_entry(json_object_get(trend, "waves"), "wave_id", wave),
					"gap");
		cr_assert_float_eq(json_real_value(json_object_get(entry, "overall")),
				   json_real_value(json_object_get(json_object_get(gaps, "overall"),
								   "gap")), 1e-12);
		cr_assert_float_eq(json_real_value(json_object_get(json_object_get(entry,
					   "dimensions"), "general")), 30.0, 1e-9);
		json_decref(trend);
	}
	json_decref(gaps);
	world_free(&world);
}

/* A past round with these answers to items 1 and 2, closed. */
static void trend_round(const struct world *world, const char *label, const char *opens,
			const int (*answers)[2], int count, char wave[40])
{
	char path[128], body[256];
	json_t *created;

	snprintf(path, sizeof(path), "/v1/partnerships/%s/waves", world->partnership);
	snprintf(body, sizeof(body), "{\"label\":\"%s\",\"opens_at\":\"%sT00:00:00Z\","
		 "\"closes_at\":\"%sT12:00:00Z\"}", label, opens, opens);
	created = expect("POST", path, world->admin, body, 201);
	copy_id(created, wave);
	json_decref(created);
	for (int i = 0; i < count; i++) {
		char *member = world_member_add(world->admin, world->partnership, NULL, "welfare",
						"professional");

		snprintf(body, sizeof(body), "{\"answers\":{\"1\":%d,\"2\":%d}}", answers[i][0],
			 answers[i][1]);
		world_answer(world->admin, wave, member, body, 201);
		free(member);
	}
	snprintf(path, sizeof(path), "/v1/waves/%s/close", wave);
	json_decref(expect("POST", path, world->admin, NULL, 200));
}

static void assert_interval(const json_t *interval, struct expected_gap expected,
			    const char *what)
{
	bool beyond = expected.low > 0 || expected.high < 0;

	cr_assert(json_is_object(interval), "%s has no change_ci", what);
	cr_assert_float_eq(json_real_value(json_object_get(interval, "low")), expected.low, 1e-7,
			   "%s low", what);
	cr_assert_float_eq(json_real_value(json_object_get(interval, "high")), expected.high, 1e-7,
			   "%s high", what);
	cr_assert_eq(json_is_true(json_object_get(interval, "beyond_noise")), beyond, "%s", what);
}

/* Each trend wave's change from the one before, with its 95% Welch
 * interval over independent samples (members differ between rounds). */
Test(evaluation, trend_changes_carry_their_intervals)
{
	static const int earlier[4][2] = { { 40, 30 }, { 50, 60 }, { 45, 35 }, { 55, 50 } };
	static const int later[5][2] = { { 80, 40 }, { 90, 70 }, { 70, 45 }, { 85, 55 }, { 75, 60 } };
	struct world world;
	char first[40], second[40], path[128];
	double a[5], b[5];
	json_t *trend, *waves, *entry, *ci;

	serve_with_k_of_2();
	world_build(&world);
	trend_round(&world, "2024", "2024-03-01", earlier, 4, first);
	trend_round(&world, "2025", "2025-03-01", later, 5, second);
	snprintf(path, sizeof(path), "/v1/partnerships/%s/trend", world.partnership);
	trend = expect("GET", path, world.viewer, NULL, 200);
	waves = json_object_get(trend, "waves");
	cr_assert(json_is_null(json_object_get(find_entry(waves, "wave_id", first), "change_ci")));
	entry = find_entry(waves, "wave_id", second);
	ci = json_object_get(entry, "change_ci");

	/* general is item 1 alone: respondents' dimension means are their answers */
	for (int i = 0; i < 5; i++)
		a[i] = later[i][0];
	for (int i = 0; i < 4; i++)
		b[i] = earlier[i][0];
	{
		struct expected_gap general = scipy_welch_sizes(a, 5, b, 4);

		assert_interval(json_object_get(json_object_get(ci, "dimensions"), "general"),
				general, "general");
		cr_assert_float_eq(json_real_value(json_object_get(json_object_get(json_object_get(
					   entry, "change"), "dimensions"), "general")),
				   general.gap, 1e-9);
	}
	/* overall: everyone answered both items */
	for (int i = 0; i < 5; i++)
		a[i] = (later[i][0] + later[i][1]) / 2.0;
	for (int i = 0; i < 4; i++)
		b[i] = (earlier[i][0] + earlier[i][1]) / 2.0;
	assert_interval(json_object_get(ci, "overall"), scipy_welch_sizes(a, 5, b, 4), "overall");
	json_decref(trend);
	world_free(&world);
}

/* Every write, refused or not, lands in the audit log with who, what and
 * the outcome; reads do not, and no body is kept. */
Test(evaluation, the_audit_log_records_writes_never_answers)
{
	struct world world;
	char path[256], wave[40], sql[512];
	json_t *created, *page, *entry;
	struct reply *reply;
	size_t index;
	bool saw_refusal = false;
	const char *retention[] = { "CACD_AUDIT_RETENTION_DAYS=1", NULL };

	world_build(&world);
	snprintf(path, sizeof(path), "/v1/partnerships/%s/waves", world.partnership);
	created = expect("POST", path, world.admin, "{\"label\":\"audited\",\"opens_at\":"
			 "\"2026-01-01T00:00:00Z\",\"closes_at\":\"2099-01-01T00:00:00Z\"}", 201);
	copy_id(created, wave);
	json_decref(created);
	snprintf(path, sizeof(path), "/v1/waves/%s/responses/%s", wave, world.member);
	json_decref(expect("PUT", path, world.admin,
			   "{\"answers\":{\"1\":77},\"comment\":\"geheim-4711\"}", 201));
	snprintf(path, sizeof(path), "/v1/waves/%s", wave);
	expect_problem("DELETE", path, world.viewer, NULL, 403);
	json_decref(expect("GET", path, world.admin, NULL, 200));

	snprintf(path, sizeof(path), "/v1/audit?resource_id=%s", wave);
	reply = api("GET", path, world.admin, NULL);
	assert_status(reply, 200);
	cr_assert(strstr(reply->body, "geheim-4711") == NULL, "the audit log holds a body");
	page = json_object_get(reply->json, "data");
	entry = json_array_get(page, 0);
	cr_assert_str_eq(json_string_value(json_object_get(entry, "route")),
			 "/v1/partnerships/{id}/waves");
	cr_assert_str_eq(json_string_value(json_object_get(entry, "role")), "admin");
	cr_assert_eq(json_integer_value(json_object_get(entry, "status")), 201);
	cr_assert(json_is_string(json_object_get(entry, "token_id")));
	json_array_foreach(page, index, entry) {
		cr_assert_str_neq(json_string_value(json_object_get(entry, "method")), "GET");
		saw_refusal = saw_refusal ||
			      (json_integer_value(json_object_get(entry, "status")) == 403 &&
			       strcmp(json_string_value(json_object_get(entry, "role")), "viewer") == 0);
	}
	cr_assert(saw_refusal, "the viewer's refused DELETE is not in the log: %s", reply->body);
	reply_free(reply);
	/* the PUT names the member it was about */
	snprintf(path, sizeof(path), "/v1/audit?resource_id=%s&since=2020-01-01T00:00:00Z",
		 world.member);
	page = expect("GET", path, world.admin, NULL, 200);
	entry = find_entry(json_object_get(page, "data"), "method", "PUT");
	cr_assert(entry != NULL);
	cr_assert_eq(json_integer_value(json_object_get(entry, "status")), 201);
	json_decref(page);
	expect_problem("GET", "/v1/audit", world.viewer, NULL, 403);
	expect_problem("GET", "/v1/audit?since=yesterday", world.admin, NULL, 422);

	/* rows older than the retention go as new ones come */
	snprintf(sql, sizeof(sql), "WITH old AS (INSERT INTO audit_log (at, method, route, "
		 "status, request_id) VALUES (now() - interval '2 days', 'POST', '/old', 201, "
		 "'old') RETURNING 1) SELECT count(*) FROM old");
	free(test_query_value(sql));
	server_stop();
	server_start(retention);
	snprintf(path, sizeof(path), "/v1/waves/%s/close", wave);
	json_decref(expect("POST", path, world.admin, NULL, 200));
	/* rows are stored in batches; reading the log waits for those queued */
	json_decref(expect("GET", "/v1/audit?limit=1", world.admin, NULL, 200));
	assert_query("SELECT count(*) FROM audit_log WHERE route = '/old'", "0");
	world_free(&world);
}

/* The report follows rule 6 like every view: before the wave closes a
 * viewer's page says so and shows no score. */
Test(evaluation, the_report_is_a_page_that_keeps_rule_6)
{
	struct world world;
	char wave[40], path[160];
	struct reply *reply;
	char *type;

	world_build(&world);
	gap_wave(&world, wave);
	snprintf(path, sizeof(path), "/v1/waves/%s/report?lang=en", wave);
	reply = api("GET", path, world.viewer, NULL);
	assert_status(reply, 200);
	type = reply_header(reply, "Content-Type");
	cr_assert(type && strncmp(type, "text/html", 9) == 0, "%s", type ? type : "(none)");
	free(type);
	cr_assert(strstr(reply->body, "not closed yet") != NULL);
	/* item 1's eight answers average 60: that number may not show (the
	 * chart's axis says 0, 25, 50, 75 and 100) */
	cr_assert(strstr(reply->body, ">60<") == NULL, "an unpublished score is on the page");
	cr_assert(strstr(reply->body, "<td class=\"n\">&#8211;</td>") != NULL);
	reply_free(reply);

	reply = api("GET", path, world.admin, NULL);
	assert_status(reply, 200);
	cr_assert(strstr(reply->body, ">60<") != NULL, "an admin sees the live score");
	cr_assert(strstr(reply->body, "<svg") != NULL);
	cr_assert(strstr(reply->body, "Overall score") != NULL);
	reply_free(reply);
	snprintf(path, sizeof(path), "/v1/waves/%s/report?lang=fr", wave);
	expect_problem("GET", path, world.admin, NULL, 422);
	world_free(&world);
}

/* Answers to items 1 and 2 (two rounds apart by shift), one "don't know"
 * to item 3. */
static int table_shift;

static void table_answers(int i, char *body, size_t size)
{
	snprintf(body, size, "{\"answers\":{\"1\":%d,\"2\":%d,\"3\":%s}}",
		 20 + table_shift + 7 * i, 70 - 5 * i, i == 0 ? "null" : "50");
}

static void table_round(const struct world *world, const char *label, const char *opens,
			int shift, char wave[40])
{
	table_shift = shift;
	world_closed_round(world, label, opens, table_answers, wave);
}

/* Fetches path (with a query already) as format into a new file whose
 * name the caller frees after unlinking it. */
static char *table_fetch(const char *path, const char *token, const char *format)
{
	char url[512], *file = strdup(strcmp(format, "csv") == 0 ? "/tmp/cacd-table-XXXXXX.csv"
								 : "/tmp/cacd-table-XXXXXX.xlsx");
	struct reply *reply;
	int fd;

	snprintf(url, sizeof(url), "%s%sformat=%s", path, strchr(path, '?') ? "&" : "?", format);
	reply = api("GET", url, token, NULL);
	assert_status(reply, 200);
	fd = mkstemps(file, strcmp(format, "csv") == 0 ? 4 : 5);
	cr_assert(fd >= 0);
	cr_assert_eq(write(fd, reply->body, reply->length), (ssize_t)reply->length);
	close(fd);
	reply_free(reply);
	return file;
}

/* The value of column in the CSV's data row (1 the first), as a number. */
static double table_cell(const char *csv, const char *column, int row)
{
	const char *line = csv, *at;
	int index = 0, wanted = -1;
	size_t length = strlen(column);

	for (at = csv; *at != '\r'; index++) {
		if (strncmp(at, column, length) == 0 && (at[length] == ',' || at[length] == '\r'))
			wanted = index;
		at += strcspn(at, ",\r");
		if (*at == ',')
			at++;
	}
	cr_assert(wanted >= 0, "no column %s", column);
	for (int i = 0; i < row; i++)
		line = strstr(line, "\r\n") + 2;
	for (index = 0; index < wanted; index++)
		line += strcspn(line, ",") + 1;
	return strtod(line, NULL);
}

/* Every table view, as CSV and as xlsx, loads with the column types an
 * analyst expects under the defaults of pandas and openpyxl (tests/tables/
 * check.py) and of R's read.csv, read.csv2 (the Dutch dialect), readr and
 * readxl (tests/tables/check.R), and the trend's table carries the interval
 * its JSON has. */
Test(evaluation, every_table_view_loads_typed, .timeout = 120)
{
	struct world world;
	char first[40], second[40], paths[5][256], command[1024];
	static const char *const views[] = { "scores", "gaps", "trend", "comparisons",
					     "responses" };
	json_t *trend, *interval;
	struct reply *csv;

	serve_with_k_of_2();
	world_build(&world);
	table_round(&world, "2024", "2024-03-01", 0, first);
	table_round(&world, "2025", "2025-03-01", 15, second);
	snprintf(paths[0], sizeof(paths[0]), "/v1/waves/%s/scores?by=role", second);
	snprintf(paths[1], sizeof(paths[1]), "/v1/waves/%s/gaps", second);
	snprintf(paths[2], sizeof(paths[2]), "/v1/partnerships/%s/trend", world.partnership);
	snprintf(paths[3], sizeof(paths[3]), "/v1/comparisons?wave_label=2025&partnership_id=%s",
		 world.partnership);
	snprintf(paths[4], sizeof(paths[4]), "/v1/export/responses?partnership_id=%s",
		 world.partnership);
	for (size_t i = 0; i < 5; i++) {
		const char *token = i == 4 ? world.admin : world.viewer;
		char *csv_file = table_fetch(paths[i], token, "csv");
		char *xlsx_file = table_fetch(paths[i], token, "xlsx");
		char dutch[300], *nl_file;

		snprintf(dutch, sizeof(dutch), "%s%sdialect=nl", paths[i],
			 strchr(paths[i], '?') ? "&" : "?");
		nl_file = table_fetch(dutch, token, "csv");
		snprintf(command, sizeof(command), "/usr/bin/python3 '%s/tests/tables/check.py' "
			 "%s '%s' '%s'", test_env("CACDTEST_ROOT"), views[i], csv_file, xlsx_file);
		cr_assert_eq(system(command), 0, "%s: the table's types are not what they should be",
			     views[i]);
		snprintf(command, sizeof(command), "Rscript '%s/tests/tables/check.R' %s '%s' '%s' '%s'",
			 test_env("CACDTEST_ROOT"), views[i], csv_file, nl_file, xlsx_file);
		cr_assert_eq(system(command), 0, "%s: R reads the table with other types", views[i]);
		unlink(csv_file);
		unlink(xlsx_file);
		unlink(nl_file);
		free(csv_file);
		free(xlsx_file);
		free(nl_file);
	}

	trend = expect("GET", paths[2], world.viewer, NULL, 200);
	interval = json_object_get(json_object_get(find_entry(json_object_get(trend, "waves"),
							      "wave_id", second),
						   "change_ci"),
				   "overall");
	cr_assert(json_is_object(interval), "the second round has no change_ci");
	snprintf(command, sizeof(command), "%s?format=csv", paths[2]);
	csv = api("GET", command, world.viewer, NULL);
	assert_status(csv, 200);
	cr_assert_float_eq(table_cell(csv->body, "change_low_overall", 2),
			   json_real_value(json_object_get(interval, "low")), 1e-9);
	cr_assert_float_eq(table_cell(csv->body, "change_high_overall", 2),
			   json_real_value(json_object_get(interval, "high")), 1e-9);
	cr_assert_float_eq(table_cell(csv->body, "gap_overall", 2),
			   json_real_value(json_object_get(json_object_get(
				   find_entry(json_object_get(trend, "waves"), "wave_id", second),
				   "gap"), "overall")), 1e-9);
	reply_free(csv);
	json_decref(trend);
	world_free(&world);
}
