/* Survey rounds as coordinators run them: rounds held on paper before cacd,
 * entered later by an admin, one by one or as an import. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "world.h"

TestSuite(rounds, .init = server_setup, .fini = server_teardown, .timeout = 60);

static const char *text_of(const json_t *object, const char *key)
{
	const char *value = json_string_value(json_object_get(object, key));

	cr_assert(value != NULL, "no string %s", key);
	return value;
}

/* A past round of the world's partnership, made by the admin. */
static void paper_wave_create(const struct world *world, const char *label, char out[40])
{
	char path[128], body[256];
	json_t *wave;

	snprintf(path, sizeof(path), "/v1/partnerships/%s/waves", world->partnership);
	snprintf(body, sizeof(body), "{\"label\":\"%s\",\"opens_at\":\"2024-03-01T00:00:00Z\","
		 "\"closes_at\":\"2024-04-01T00:00:00Z\"}", label);
	wave = expect("POST", path, world->admin, body, 201);
	cr_assert_str_eq(text_of(wave, "status"), "open");
	cr_assert(json_is_true(json_object_get(wave, "paper_entry")));
	copy_id(wave, out);
	json_decref(wave);
}

Test(rounds, an_admin_enters_a_past_round_and_publishes_it_once)
{
	struct world world;
	char wave[40], path[160], body[256];
	json_t *reply, *waves, *entry;

	world_build(&world);
	/* a coordinator's past wave would be closed and empty at once: refused */
	snprintf(path, sizeof(path), "/v1/partnerships/%s/waves", world.partnership);
	expect_problem("POST", path, world.coordinator,
		       "{\"label\":\"2023\",\"opens_at\":\"2023-03-01T00:00:00Z\","
		       "\"closes_at\":\"2023-04-01T00:00:00Z\"}", 422);
	/* a current wave made by an admin is an ordinary one */
	reply = expect("POST", path, world.admin,
		       "{\"label\":\"2027\",\"opens_at\":\"2027-03-01T00:00:00Z\","
		       "\"closes_at\":\"2027-04-01T00:00:00Z\"}", 201);
	cr_assert(json_is_false(json_object_get(reply, "paper_entry")));
	json_decref(reply);

	paper_wave_create(&world, "voorjaar 2024", wave);
	/* staff enter the forms; the numbers stay unpublished meanwhile */
	world_answer(world.admin, wave, world.member, "{\"scale\":\"agree4\",\"answers\":{\"1\":4}}",
		     201);
	world_answer(world.coordinator, wave, world.second_member,
		     "{\"scale\":\"agree4\",\"answers\":{\"1\":2}}", 201);
	world_answer(world.admin, wave, world.respondent_member,
		     "{\"scale\":\"agree4\",\"answers\":{\"1\":3}}", 201);
	snprintf(path, sizeof(path), "/v1/waves/%s/scores", wave);
	reply = expect("GET", path, world.viewer, NULL, 200);
	cr_assert(json_is_false(json_object_get(reply, "published")));
	json_decref(reply);

	/* its dates may be corrected while it takes entries */
	snprintf(path, sizeof(path), "/v1/waves/%s", wave);
	reply = expect("PATCH", path, world.admin, "{\"closes_at\":\"2024-05-01T00:00:00Z\"}",
		       200);
	cr_assert_str_eq(text_of(reply, "status"), "open");
	json_decref(reply);

	/* closing publishes it, and then it takes nothing more */
	snprintf(path, sizeof(path), "/v1/waves/%s/close", wave);
	json_decref(expect("POST", path, world.coordinator, NULL, 200));
	world_answer(world.admin, wave, world.member, "{\"scale\":\"agree4\",\"answers\":{\"1\":1}}",
		     409);
	snprintf(path, sizeof(path), "/v1/waves/%s/scores", wave);
	reply = expect("GET", path, world.viewer, NULL, 200);
	cr_assert(json_is_true(json_object_get(reply, "published")));
	cr_assert_eq(json_integer_value(json_object_get(reply, "n_responses")), 3);
	json_decref(reply);

	/* the trend puts the paper round first, by when it was held */
	snprintf(path, sizeof(path), "/v1/partnerships/%s/trend", world.partnership);
	reply = expect("GET", path, world.admin, NULL, 200);
	waves = json_object_get(reply, "waves");
	entry = json_array_get(waves, 0);
	cr_assert_str_eq(text_of(entry, "wave_id"), wave);
	/* agree4 4, 2, 3 are 100, 33.3, 66.7 on 0-100: item 1's mean is 66.7 */
	snprintf(body, sizeof(body), "%.4f",
		 json_real_value(json_object_get(json_object_get(entry, "dimensions"), "general")));
	cr_assert_str_eq(body, "66.6667");
	json_decref(reply);
	world_free(&world);
}

static struct reply *import_send(const char *wave, const char *token, const char *type,
				 const char *body)
{
	char path[128], header[64];
	const char *headers[] = { header, NULL };

	snprintf(path, sizeof(path), "/v1/waves/%s/import", wave);
	snprintf(header, sizeof(header), "Content-Type: %s", type);
	return api_with_headers("POST", path, token, body, headers);
}

static long count_of(const char *sql)
{
	char *text = test_query_value(sql);
	long value = strtol(text, NULL, 10);

	free(text);
	return value;
}

/* The error of a 422 about row and field, or NULL. */
static const json_t *import_error(const struct reply *reply, long row, const char *field)
{
	size_t index;
	json_t *error;

	json_array_foreach(json_object_get(reply->json, "errors"), index, error) {
		if (json_integer_value(json_object_get(error, "row")) == row &&
		    strcmp(json_string_value(json_object_get(error, "field")), field) == 0)
			return error;
	}
	return NULL;
}

Test(rounds, a_csv_import_stores_every_form_marked_as_imported)
{
	struct world world;
	char wave[40], body[1024], sql[256], path[128];
	struct reply *reply;
	json_t *scores, *item;
	char *location;

	world_build(&world);
	paper_wave_create(&world, "najaar 2024", wave);
	/* ';' as Dutch spreadsheets save it, a quoted label, CRLF line ends */
	snprintf(body, sizeof(body),
		 "member_id;label;role;sector;scale;1;2;26\r\n"
		 "%s;;;;agree4;4;dk;\r\n"
		 ";\"Papier; 01\";coproducer;citizen;likert5;5;1;3\r\n"
		 ";Papier-02;professional;welfare;;50;;\r\n", world.member);
	reply = import_send(wave, world.admin, "text/csv; charset=utf-8", body);
	assert_status(reply, 201);
	cr_assert_eq(json_integer_value(json_object_get(reply->json, "imported")), 3);
	location = reply_header(reply, "Location");
	cr_assert(location != NULL && strstr(location, wave) != NULL);
	free(location);
	reply_free(reply);

	snprintf(sql, sizeof(sql), "SELECT count(*) FROM responses WHERE wave_id = '%s' "
		 "AND source = 'import'", wave);
	cr_assert_eq(count_of(sql), 3);
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM members WHERE partnership_id = '%s' "
		 "AND label IN ('Papier; 01', 'Papier-02')", world.partnership);
	cr_assert_eq(count_of(sql), 2);
	assert_totals_recomputed(wave);

	/* item 1: agree4 4 = 100, likert5 5 = 100, percent 50: mean 83.33 */
	snprintf(path, sizeof(path), "/v1/waves/%s/scores", wave);
	scores = expect("GET", path, world.admin, NULL, 200);
	item = json_array_get(json_object_get(scores, "items"), 0);
	cr_assert_eq(json_integer_value(json_object_get(item, "number")), 1);
	cr_assert_float_eq(json_real_value(json_object_get(item, "score")), 250.0 / 3, 1e-9);
	json_decref(scores);
	world_free(&world);
}

Test(rounds, a_failed_import_changes_nothing_and_names_row_and_field)
{
	struct world world;
	char wave[40], body[1024], members[256], responses[256];
	struct reply *reply;
	long members_before;

	world_build(&world);
	paper_wave_create(&world, "2023", wave);
	snprintf(members, sizeof(members), "SELECT count(*) FROM members WHERE partnership_id = '%s'",
		 world.partnership);
	snprintf(responses, sizeof(responses), "SELECT count(*) FROM responses WHERE wave_id = '%s'",
		 wave);
	members_before = count_of(members);

	/* errors the service sees alone: a value off the scale, a bad role */
	reply = import_send(wave, world.admin, "text/csv",
			    "label,role,sector,scale,1,2\n"
			    "N1,coproducer,citizen,agree4,4,3\n"
			    "N2,coproducer,citizen,agree4,7,3\n"
			    "N3,mayor,citizen,agree4,1,dk\n");
	assert_problem(reply, 422);
	cr_assert(import_error(reply, 2, "1") != NULL, "%s", reply->body);
	cr_assert(import_error(reply, 3, "role") != NULL, "%s", reply->body);
	cr_assert_null(import_error(reply, 1, "1"));
	reply_free(reply);

	/* errors only the database sees: a label taken, a member of another
	 * partnership, an item the instrument lacks; row 1 alone was fine */
	snprintf(body, sizeof(body),
		 "{\"rows\":[{\"label\":\"N1\",\"role\":\"coproducer\",\"sector\":\"citizen\","
		 "\"1\":90},{\"label\":\"P01\",\"role\":\"other\",\"sector\":\"other\",\"1\":1},"
		 "{\"member_id\":\"%s\",\"2\":\"dk\"},"
		 "{\"label\":\"N4\",\"role\":\"other\",\"sector\":\"other\",\"27\":1}]}",
		 world.other_member);
	reply = import_send(wave, world.admin, "application/json", body);
	assert_problem(reply, 422);
	cr_assert(import_error(reply, 2, "label") != NULL, "%s", reply->body);
	cr_assert(import_error(reply, 3, "member_id") != NULL, "%s", reply->body);
	cr_assert(import_error(reply, 4, "27") != NULL, "%s", reply->body);
	reply_free(reply);
	cr_assert_eq(count_of(members), members_before, "a failed import created members");
	cr_assert_eq(count_of(responses), 0, "a failed import stored responses");

	/* who and what else is refused */
	reply = import_send(wave, world.coordinator, "text/csv", "label\nx\n");
	assert_problem(reply, 403);
	reply_free(reply);
	reply = import_send(wave, world.admin, "text/plain", "label\nx\n");
	assert_problem(reply, 415);
	reply_free(reply);
	reply = import_send(wave, world.admin, "text/csv", "label,nonsense\nx,1\n");
	assert_problem(reply, 422);
	/* a header error names the column and no row */
	cr_assert(import_error(reply, 0, "nonsense") != NULL, "%s", reply->body);
	reply_free(reply);
	reply = import_send(wave, world.admin, "text/csv", "label,role,sector,1\n\"open,x,y,1\n");
	assert_problem(reply, 422);
	reply_free(reply);

	/* a closed wave's numbers are published: no import changes them */
	reply = import_send(world.wave, world.admin, "text/csv",
			    "label,role,sector,1\nN9,other,other,50\n");
	assert_status(reply, 201);
	reply_free(reply);
	reply = import_send("00000000-0000-4000-8000-000000000000", world.admin, "text/csv",
			    "label,role,sector,1\nN7,other,other,50\n");
	assert_problem(reply, 404);
	reply_free(reply);
	snprintf(body, sizeof(body), "/v1/waves/%s/close", wave);
	json_decref(expect("POST", body, world.admin, NULL, 200));
	reply = import_send(wave, world.admin, "text/csv", "label,role,sector,1\nN8,other,other,50\n");
	assert_problem(reply, 409);
	reply_free(reply);
	world_free(&world);
}

/* A CSV of count paper forms by label, items 1-26 with don't-knows and
 * blanks; malloc'd. */
static char *forms_csv(int count, const char *prefix, size_t *length)
{
	size_t size = (size_t)count * 128 + 256, used = 0;
	char *body = malloc(size);

	used += (size_t)snprintf(body + used, size - used, "label,role,sector,scale");
	for (int item = 1; item <= 26; item++)
		used += (size_t)snprintf(body + used, size - used, ",%d", item);
	used += (size_t)snprintf(body + used, size - used, "\n");
	for (int row = 0; row < count; row++) {
		used += (size_t)snprintf(body + used, size - used, "%s%05d,%s,%s,agree4", prefix, row,
					 row % 3 ? "professional" : "coproducer",
					 row % 2 ? "welfare" : "citizen");
		for (int item = 1; item <= 26; item++)
			used += (size_t)snprintf(body + used, size - used, ",%s",
						 (row + item) % 7 == 0 ? "dk" :
						 (row + item) % 11 == 0 ? "" :
						 (const char *[]){ "1", "2", "3", "4" }[(row * item) % 4]);
		used += (size_t)snprintf(body + used, size - used, "\n");
	}
	*length = used;
	return body;
}

/* Imports count forms into a new paper wave: 201, every form stored, the
 * totals equal to a recount from the raw answers. The time is logged; its
 * target is make bench's. */
static void import_forms_of(int count)
{
	struct world world;
	char wave[40], sql[160];
	struct timespec start, end;
	struct reply *reply;
	size_t used;
	char *body;

	world_build(&world);
	paper_wave_create(&world, "2022", wave);
	body = forms_csv(count, "F", &used);
	clock_gettime(CLOCK_MONOTONIC, &start);
	reply = import_send(wave, world.admin, "text/csv", body);
	clock_gettime(CLOCK_MONOTONIC, &end);
	assert_status(reply, 201);
	cr_assert_eq(json_integer_value(json_object_get(reply->json, "imported")), count);
	cr_log_info("%d forms (%zu bytes of CSV) imported in %.0f ms", count, used,
		    (double)(end.tv_sec - start.tv_sec) * 1e3 +
			    (double)(end.tv_nsec - start.tv_nsec) / 1e6);
	reply_free(reply);
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM responses WHERE wave_id = '%s'", wave);
	cr_assert_eq(count_of(sql), count);
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM audit_log WHERE resource_id = '%s' "
		 "AND route = '/v1/waves/{id}/import' AND status = 201", wave);
	cr_assert_eq(count_of(sql), 1, "the import's audit row");
	assert_totals_recomputed(wave);
	free(body);
	world_free(&world);
}

Test(rounds, a_thousand_forms_in_one_import)
{
	import_forms_of(1000);
}

Test(rounds, five_thousand_forms_in_one_import)
{
	import_forms_of(5000);
}

/* The limit: a municipality's past rounds in one file. */
Test(rounds, twenty_thousand_forms_in_one_import, .timeout = 120)
{
	import_forms_of(20000);
}

/* How many answers of forms_csv's forms are don't know: worked out from
 * how it writes them, not from the server. */
static long forms_dont_know(int count)
{
	long dont_know = 0;

	for (int row = 0; row < count; row++)
		for (int item = 1; item <= 26; item++)
			dont_know += (row + item) % 7 == 0;
	return dont_know;
}

/* Fetches path as a file named with ending; its size. */
static size_t export_to_file(const char *path, const char *token, char *file, int ending)
{
	struct reply *reply = api("GET", path, token, NULL);
	int fd;
	size_t length;

	assert_status(reply, 200);
	fd = mkstemps(file, ending);
	cr_assert(fd >= 0);
	cr_assert_eq(write(fd, reply->body, reply->length), (ssize_t)reply->length);
	close(fd);
	length = reply->length;
	reply_free(reply);
	return length;
}

/* Whether the server's memory figures mean what they say: under
 * AddressSanitizer (scripts/test.sh sets ASAN_OPTIONS for the sanitize
 * build) freed memory stays in its quarantine, so resident memory grows
 * with every allocation made and freed, and only the plain build's figures
 * are asserted. */
static bool memory_is_measured(void)
{
	return getenv("ASAN_OPTIONS") == NULL;
}

/* A complete export of 20,000 responses: every one in one body, as CSV
 * and as xlsx, while the server's resident memory grows by less than
 * 20 MiB; pandas and openpyxl count the rows, the don't-knows and the
 * column types. */
Test(rounds, twenty_thousand_responses_export_in_constant_memory, .timeout = 180)
{
	struct world world;
	char wave[40], path[256], command[1400];
	char csv_file[] = "/tmp/cacd-export-XXXXXX.csv", xlsx_file[] = "/tmp/cacd-export-XXXXXX.xlsx";
	struct reply *reply;
	long before, peak;
	size_t used, length;
	char *body;

	world_build(&world);
	paper_wave_create(&world, "2021", wave);
	body = forms_csv(20000, "E", &used);
	reply = import_send(wave, world.admin, "text/csv", body);
	assert_status(reply, 201);
	reply_free(reply);
	free(body);
	/* a fresh server: the import's memory is not there to be reused */
	server_stop();
	server_start(NULL);

	before = server_memory_kib("VmRSS");
	snprintf(path, sizeof(path), "/v1/export/responses?wave_id=%s&format=csv", wave);
	length = export_to_file(path, world.admin, csv_file, 4);
	peak = server_memory_kib("VmHWM");
	cr_log_info("CSV export of 20,000 responses: %zu bytes; resident %ld KiB before, "
		    "at most %ld KiB after", length, before, peak);
	cr_assert(!memory_is_measured() || peak - before < 20 * 1024,
		  "the CSV export grew the server by %ld KiB", peak - before);

	snprintf(path, sizeof(path), "/v1/export/responses?wave_id=%s&format=xlsx", wave);
	length = export_to_file(path, world.admin, xlsx_file, 5);
	peak = server_memory_kib("VmHWM");
	cr_log_info("xlsx export of 20,000 responses: %zu bytes; resident at most %ld KiB",
		    length, peak);
	cr_assert(!memory_is_measured() || peak - before < 20 * 1024,
		  "the xlsx export grew the server by %ld KiB", peak - before);

	/* the OData feed of every response holds a page in memory, not the set */
	snprintf(path, sizeof(path), "/odata/Responses?$count=true&$filter=wave_id%%20eq%%20%s",
		 wave);
	reply = api("GET", path, world.admin, NULL);
	assert_status(reply, 200);
	cr_assert_eq(json_integer_value(json_object_get(reply->json, "@odata.count")), 20000);
	cr_assert_eq(json_array_size(json_object_get(reply->json, "value")), 1000);
	reply_free(reply);
	peak = server_memory_kib("VmHWM");
	cr_log_info("OData page of 1,000 of 20,000 responses: resident at most %ld KiB", peak);
	cr_assert(!memory_is_measured() || peak - before < 20 * 1024,
		  "the OData feed grew the server by %ld KiB", peak - before);

	snprintf(command, sizeof(command),
		 "/usr/bin/python3 -c \"import pandas, openpyxl, sys\n"
		 "rows = pandas.read_csv(sys.argv[1])\n"
		 "assert len(rows) == 20000, len(rows)\n"
		 "items = ['item_%%d' %% n for n in range(1, 27)]\n"
		 "assert all(rows[c].dtype.kind == 'f' for c in items), rows.dtypes\n"
		 "dk = sum(len(str(v).split()) for v in rows['dk_items'] if isinstance(v, str))\n"
		 "dk += sum(1 for v in rows['dk_items'] if not isinstance(v, str) and v == v)\n"
		 "assert dk == %ld, dk\n"
		 "sheet = openpyxl.load_workbook(sys.argv[2], read_only=True)['responses']\n"
		 "assert sum(1 for _ in sheet.iter_rows(min_row=2)) == 20000\n"
		 "\" '%s' '%s'", forms_dont_know(20000), csv_file, xlsx_file);
	cr_assert_eq(system(command), 0, "pandas or openpyxl did not read what it should");
	unlink(csv_file);
	unlink(xlsx_file);
	world_free(&world);
}

/* One form more than the limit is refused whole, with the limit named. */
Test(rounds, an_import_past_the_limit_is_refused)
{
	struct world world;
	char wave[40], sql[160];
	struct reply *reply;
	size_t used;
	char *body;

	world_build(&world);
	paper_wave_create(&world, "2022", wave);
	body = forms_csv(20001, "X", &used);
	reply = import_send(wave, world.admin, "text/csv", body);
	assert_problem(reply, 422);
	cr_assert(strstr(reply->body, "20000") != NULL, "%s", reply->body);
	reply_free(reply);
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM responses WHERE wave_id = '%s'", wave);
	cr_assert_eq(count_of(sql), 0);
	free(body);
	world_free(&world);
}

/* A partnership in its own neighbourhood of the given SES; its id. */
static void partnership_at(const char *admin, const char *municipality, int number, double ses,
			   char out[40])
{
	char body[256];
	json_t *created;
	char neighbourhood[40];

	snprintf(body, sizeof(body), "{\"code\":\"BU%s%04d\",\"name\":\"Buurt %d\",\"ses_score\":%g}",
		 municipality + 2, number, number, ses);
	created = expect("POST", "/v1/neighbourhoods", admin, body, 201);
	copy_id(created, neighbourhood);
	json_decref(created);
	snprintf(body, sizeof(body), "{\"name\":\"Samen %d\",\"neighbourhood_id\":\"%s\"}", number,
		 neighbourhood);
	created = expect("POST", "/v1/partnerships", admin, body, 201);
	copy_id(created, out);
	json_decref(created);
}

/* A past round with three forms of the given answer to item 1, closed or
 * still taking forms. */
static void past_round(const char *admin, const char *partnership, const char *label,
		       const char *opens, int answer, bool close)
{
	char path[160], body[256], wave[40];
	json_t *created;

	snprintf(path, sizeof(path), "/v1/partnerships/%s/waves", partnership);
	snprintf(body, sizeof(body), "{\"label\":\"%s\",\"opens_at\":\"%sT00:00:00Z\","
		 "\"closes_at\":\"%sT12:00:00Z\"}", label, opens, opens);
	created = expect("POST", path, admin, body, 201);
	copy_id(created, wave);
	json_decref(created);
	for (int i = 0; i < 3; i++) {
		char *member = world_member_add(admin, partnership, NULL, "welfare", "professional");

		snprintf(body, sizeof(body), "{\"answers\":{\"1\":%d}}", answer);
		world_answer(admin, wave, member, body, 201);
		free(member);
	}
	if (close) {
		snprintf(path, sizeof(path), "/v1/waves/%s/close", wave);
		json_decref(expect("POST", path, admin, NULL, 200));
	}
}

static const json_t *row_of(const json_t *rows, const char *partnership)
{
	return find_entry(rows, "partnership_id", partnership);
}

/* Rounds named "2024-2", "voorjaar 2024" and "2024" compare by when they
 * were held; similar_ses narrows to neighbourhoods like one's own. */
Test(rounds, comparisons_by_period_and_similar_neighbourhoods)
{
	char *admin = token_create("admin", NULL);
	char municipality[8], a[40], b[40], c[40], path[256];
	json_t *reply, *rows;

	unique_municipality(municipality);
	partnership_at(admin, municipality, 1, -1.0, a);
	partnership_at(admin, municipality, 2, -0.6, b);
	partnership_at(admin, municipality, 3, 0.2, c);
	past_round(admin, a, "2024-1", "2024-02-01", 20, true);
	past_round(admin, a, "2024-2", "2024-09-01", 80, true);
	past_round(admin, b, "voorjaar 2024", "2024-04-01", 60, true);
	past_round(admin, b, "2025", "2025-03-01", 10, true);
	past_round(admin, c, "2024", "2024-05-01", 40, true);
	past_round(admin, c, "najaar 2024", "2024-10-01", 99, false); /* not closed */

	snprintf(path, sizeof(path), "/v1/comparisons?from=2024-01-01&to=2025-01-01"
		 "&municipality_code=%s", municipality);
	reply = expect("GET", path, admin, NULL, 200);
	rows = json_object_get(reply, "rows");
	cr_assert_eq(json_array_size(rows), 3);
	cr_assert_str_eq(json_string_value(json_object_get(row_of(rows, a), "wave_label")), "2024-2");
	cr_assert_str_eq(json_string_value(json_object_get(row_of(rows, b), "wave_label")),
			 "voorjaar 2024");
	cr_assert_str_eq(json_string_value(json_object_get(row_of(rows, c), "wave_label")), "2024");
	cr_assert_float_eq(json_real_value(json_object_get(row_of(rows, a), "overall")), 80, 1e-9);
	cr_assert_eq(json_integer_value(json_object_get(row_of(rows, a), "rank")), 1);
	cr_assert_eq(json_integer_value(json_object_get(row_of(rows, c), "rank")), 3);
	cr_assert_float_eq(json_real_value(json_object_get(json_object_get(reply, "mean"), "overall")),
			   60, 1e-9);
	json_decref(reply);

	/* within 0.5 of partnership a's SES (-1.0): a and b (-0.6), not c (0.2) */
	snprintf(path, sizeof(path), "/v1/comparisons?from=2024-01-01&to=2025-01-01"
		 "&municipality_code=%s&similar_ses=true&partnership_id=%s", municipality, a);
	reply = expect("GET", path, admin, NULL, 200);
	rows = json_object_get(reply, "rows");
	cr_assert_eq(json_array_size(rows), 2);
	cr_assert(row_of(rows, a) && row_of(rows, b) && !row_of(rows, c));
	json_decref(reply);

	/* the CSV carries the label too */
	snprintf(path, sizeof(path), "/v1/comparisons?from=2024-01-01&to=2025-01-01"
		 "&municipality_code=%s&format=csv", municipality);
	{
		struct reply *csv = api("GET", path, admin, NULL);

		assert_status(csv, 200);
		cr_assert(strstr(csv->body, ",wave_id,wave_label,") != NULL, "%.200s", csv->body);
		cr_assert(strstr(csv->body, ",voorjaar 2024,") != NULL, "%.400s", csv->body);
		reply_free(csv);
	}

	expect_problem("GET", "/v1/comparisons?wave_label=2024&from=2024-01-01&to=2025-01-01", admin,
		       NULL, 422);
	expect_problem("GET", "/v1/comparisons?from=2024-01-01", admin, NULL, 422);
	expect_problem("GET", "/v1/comparisons?from=2025-01-01&to=2024-01-01", admin, NULL, 422);
	expect_problem("GET", "/v1/comparisons?from=2024-13-01&to=2025-01-01", admin, NULL, 422);
	expect_problem("GET", "/v1/comparisons?from=2024-01-01&to=2025-01-01&similar_ses=true",
		       admin, NULL, 422);
	expect_problem("GET", "/v1/comparisons", admin, NULL, 422);
	free(admin);
}

/* ?lang (or Accept-Language) adds the instrument's words to a wave's
 * scores, as the database holds them; without either, keys only. */
Test(rounds, score_views_speak_the_language_asked)
{
	struct world world;
	char path[160];
	const char *english[] = { "Accept-Language: en-GB;q=0.9, fr;q=1", NULL };
	char *general_nl = test_query_value("SELECT name_nl FROM dimensions d JOIN instruments i "
					    "ON i.id = d.instrument_id WHERE i.key = 'cac' "
					    "AND d.key = 'general'");
	char *general_en = test_query_value("SELECT name_en FROM dimensions d JOIN instruments i "
					    "ON i.id = d.instrument_id WHERE i.key = 'cac' "
					    "AND d.key = 'general'");
	char *item1_nl = test_query_value("SELECT text_nl FROM items t JOIN instruments i "
					  "ON i.id = t.instrument_id WHERE i.key = 'cac' "
					  "AND t.number = 1");
	json_t *scores;
	struct reply *reply;

	world_build(&world);
	snprintf(path, sizeof(path), "/v1/waves/%s/scores?lang=nl", world.wave);
	scores = expect("GET", path, world.admin, NULL, 200);
	cr_assert_str_eq(json_string_value(json_object_get(
				 json_array_get(json_object_get(scores, "dimensions"), 0), "name")),
			 general_nl);
	cr_assert_str_eq(json_string_value(json_object_get(
				 json_array_get(json_object_get(scores, "items"), 0), "text")),
			 item1_nl);
	json_decref(scores);

	snprintf(path, sizeof(path), "/v1/waves/%s/scores", world.wave);
	reply = api_with_headers("GET", path, world.admin, NULL, english);
	assert_status(reply, 200);
	cr_assert_str_eq(json_string_value(json_object_get(
				 json_array_get(json_object_get(reply->json, "dimensions"), 0),
				 "name")), general_en);
	reply_free(reply);

	scores = expect("GET", path, world.admin, NULL, 200);
	cr_assert_null(json_object_get(json_array_get(json_object_get(scores, "dimensions"), 0),
				       "name"));
	json_decref(scores);

	snprintf(path, sizeof(path), "/v1/waves/%s/scores?lang=fr", world.wave);
	expect_problem("GET", path, world.admin, NULL, 422);

	/* trend and comparisons key their dimensions: the names come beside */
	snprintf(path, sizeof(path), "/v1/partnerships/%s/trend?lang=nl", world.partnership);
	scores = expect("GET", path, world.admin, NULL, 200);
	cr_assert_str_eq(json_string_value(json_object_get(json_object_get(scores,
				 "dimension_names"), "general")), general_nl);
	json_decref(scores);
	scores = expect("GET", "/v1/comparisons?wave_label=2026-spring&lang=en", world.admin, NULL,
			200);
	cr_assert_str_eq(json_string_value(json_object_get(json_object_get(scores,
				 "dimension_names"), "general")), general_en);
	json_decref(scores);
	snprintf(path, sizeof(path), "/v1/partnerships/%s/trend", world.partnership);
	scores = expect("GET", path, world.admin, NULL, 200);
	cr_assert_null(json_object_get(scores, "dimension_names"));
	json_decref(scores);

	snprintf(path, sizeof(path), "/v1/waves/%s/scores?lang=nl&format=csv", world.wave);
	reply = api("GET", path, world.admin, NULL);
	assert_status(reply, 200);
	cr_assert(strstr(reply->body, ",dimension,text,score,") != NULL, "%.200s", reply->body);
	cr_assert(strstr(reply->body, general_nl) != NULL, "%.600s", reply->body);
	reply_free(reply);
	free(general_nl);
	free(general_en);
	free(item1_nl);
	world_free(&world);
}

/* Whatever the time an import takes against its limit, its answer says
 * what happened: 201 and every form stored, or 503 and nothing stored (no
 * member made either). The limits straddle the time 5,000 forms take. */
Test(rounds, an_import_answers_what_happened_whatever_its_time, .timeout = 120)
{
	static const char *const limits[] = { "CACD_IMPORT_TIMEOUT_MS=100",
					       "CACD_IMPORT_TIMEOUT_MS=300",
					       "CACD_IMPORT_TIMEOUT_MS=500",
					       "CACD_IMPORT_TIMEOUT_MS=700",
					       "CACD_IMPORT_TIMEOUT_MS=1000",
					       "CACD_IMPORT_TIMEOUT_MS=60000" };
	int stored_answers = 0, refused_answers = 0;

	server_stop(); /* each limit gets a server of its own */
	for (size_t i = 0; i < sizeof(limits) / sizeof(limits[0]); i++) {
		const char *settings[] = { limits[i], NULL };
		struct world world;
		char wave[40], sql[256];
		struct reply *reply;
		size_t used;
		char *body;

		server_start(settings);
		world_build(&world);
		paper_wave_create(&world, "2021", wave);
		body = forms_csv(5000, "T", &used);
		reply = import_send(wave, world.admin, "text/csv", body);
		snprintf(sql, sizeof(sql), "SELECT count(*) FROM responses WHERE wave_id = '%s'", wave);
		if (reply->status == 201) {
			cr_assert_eq(count_of(sql), 5000, "%s: 201 but not all stored", limits[i]);
			stored_answers++;
		} else {
			assert_problem(reply, 503);
			cr_assert_eq(count_of(sql), 0, "%s: 503 but forms stored", limits[i]);
			snprintf(sql, sizeof(sql), "SELECT count(*) FROM members WHERE partnership_id = "
				 "'%s' AND label LIKE 'T%%'", world.partnership);
			cr_assert_eq(count_of(sql), 0, "%s: 503 but members made", limits[i]);
			refused_answers++;
		}
		reply_free(reply);
		free(body);
		world_free(&world);
		server_stop();
	}
	cr_log_info("5,000 forms against six limits: %d stored, %d refused", stored_answers,
		    refused_answers);
	cr_assert_gt(stored_answers, 0);
	cr_assert_gt(refused_answers, 0);
}

/* An archived partnership takes no new members: not through an import and
 * not through invitations either, as not through POST /members. */
Test(rounds, an_archived_partnership_takes_no_imports_or_invitations)
{
	struct world world;
	char wave[40], path[160];
	struct reply *reply;

	world_build(&world);
	paper_wave_create(&world, "2020", wave);
	snprintf(path, sizeof(path), "/v1/partnerships/%s", world.partnership);
	json_decref(expect("DELETE", path, world.admin, NULL, 204));
	reply = import_send(wave, world.admin, "text/csv", "label,role,sector,1\nA1,other,other,50\n");
	assert_problem(reply, 409);
	cr_assert(strstr(reply->body, "archived") != NULL, "%s", reply->body);
	reply_free(reply);
	snprintf(path, sizeof(path), "/v1/waves/%s/invitations", world.wave);
	expect_problem("POST", path, world.admin, NULL, 409);
	world_free(&world);
}

/* Forms declared in another charset than UTF-8 would be misread: 415. */
Test(rounds, an_import_in_another_charset_is_415)
{
	struct world world;
	char wave[40];
	struct reply *reply;

	world_build(&world);
	paper_wave_create(&world, "2019", wave);
	reply = import_send(wave, world.admin, "text/csv; charset=latin-1",
			    "label,role,sector,1\nA1,other,other,50\n");
	assert_problem(reply, 415);
	reply_free(reply);
	world_free(&world);
}
