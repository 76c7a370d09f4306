/* The OData feed as Excel and Power BI use it: the service document and
 * $metadata, sets with the REST views' numbers and privacy, query options,
 * server-driven pages and OData errors. (tests/odata/ reads the same feed
 * with an OData client from npm.) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>

#include "world.h"

TestSuite(odata, .init = server_setup, .fini = server_teardown);

/* path with its query percent-encoded (curl_easy_escape), as clients send it. */
static struct reply *odata_get(const char *set, const char *query, const char *token,
			       const char *const *headers)
{
	char path[2048];
	CURL *curl = curl_easy_init();
	size_t used = (size_t)snprintf(path, sizeof(path), "/odata/%s", set);

	/* query: name=value pairs joined by & with raw values */
	for (const char *at = query; at != NULL && *at;) {
		const char *end = strchrnul(at, '&'), *equals = memchr(at, '=', (size_t)(end - at));
		char *value;

		cr_assert(equals != NULL);
		value = curl_easy_escape(curl, equals + 1, (int)(end - equals - 1));
		used += (size_t)snprintf(path + used, sizeof(path) - used, "%c%.*s=%s",
					 at == query ? '?' : '&', (int)(equals - at), at, value);
		curl_free(value);
		at = *end ? end + 1 : end;
	}
	curl_easy_cleanup(curl);
	return api_with_headers("GET", path, token, NULL, headers);
}

static json_t *odata_rows(struct reply *reply)
{
	assert_status(reply, 200);
	cr_assert(json_is_array(json_object_get(reply->json, "value")), "%s", reply->body);
	return json_object_get(reply->json, "value");
}

static void odata_answers(int i, char *body, size_t size)
{
	snprintf(body, size, "{\"answers\":{\"1\":%d,\"2\":%d,\"5\":%d}}", 30 + 5 * i,
		 90 - 7 * i, 40 + i);
}

/* Eight answers in a closed wave (k = 3 is met by each role of four). */
static void odata_published_wave(const struct world *world, char wave[40])
{
	world_closed_round(world, "feed", "2025-02-01", odata_answers, wave);
}

Test(odata, service_document_and_metadata_name_the_same_sets)
{
	struct world world;
	struct reply *reply;
	char *version;
	size_t index;
	json_t *entry;
	bool responses = false;

	world_build(&world);
	reply = api("GET", "/odata", world.viewer, NULL);
	assert_status(reply, 200);
	version = reply_header(reply, "OData-Version");
	cr_assert_str_eq(version, "4.0");
	free(version);
	json_array_foreach(json_object_get(reply->json, "value"), index, entry) {
		char path[96];
		struct reply *set;

		cr_assert_str_eq(json_string_value(json_object_get(entry, "kind")), "EntitySet");
		snprintf(path, sizeof(path), "/odata/%s?$top=1",
			 json_string_value(json_object_get(entry, "url")));
		set = api("GET", path, world.viewer, NULL);
		assert_status(set, 200);
		reply_free(set);
		responses |= strcmp(json_string_value(json_object_get(entry, "name")), "Responses") == 0;
	}
	cr_assert(!responses, "a viewer is offered the responses");
	cr_assert(strstr(json_string_value(json_object_get(reply->json, "@odata.context")),
			 "/odata/$metadata") != NULL);
	reply_free(reply);
	reply = api("GET", "/odata/Responses", world.viewer, NULL);
	assert_problem(reply, 403);
	reply_free(reply);

	reply = api("GET", "/odata/$metadata", world.viewer, NULL);
	assert_status(reply, 200);
	cr_assert(strstr(reply->body, "<EntitySet Name=\"Scores\" EntityType=\"cacd.Score\"/>"));
	cr_assert(strstr(reply->body, "<Property Name=\"score\" Type=\"Edm.Double\" "
				      "Nullable=\"true\"/>"));
	cr_assert(strstr(reply->body, "<Property Name=\"item_26\" Type=\"Edm.Double\""));
	reply_free(reply);
	world_free(&world);
}

/* The feed's scores are the REST view's, to the last digit. */
Test(odata, scores_equal_the_rest_view)
{
	struct world world;
	char wave[40], path[128], filter[256];
	json_t *rest, *rows, *dimension, *row;
	size_t index;

	world_build(&world);
	odata_published_wave(&world, wave);
	snprintf(path, sizeof(path), "/v1/waves/%s/scores?by=role", wave);
	rest = expect("GET", path, world.viewer, NULL, 200);
	snprintf(filter, sizeof(filter), "$filter=wave_id eq %s and grouping eq 'all' and "
		 "level eq 'dimension'&$orderby=key", wave);
	struct reply *reply = odata_get("Scores", filter, world.viewer, NULL);

	rows = odata_rows(reply);
	cr_assert_eq(json_array_size(rows), 6, "%s", reply->body);
	json_array_foreach(json_object_get(rest, "dimensions"), index, dimension) {
		const char *key = json_string_value(json_object_get(dimension, "key"));
		size_t at;

		json_array_foreach(rows, at, row) {
			if (strcmp(json_string_value(json_object_get(row, "key")), key) != 0)
				continue;
			cr_assert(json_equal(json_object_get(row, "score"),
					     json_object_get(dimension, "score")),
				  "%s: %s", key, reply->body);
			cr_assert(json_equal(json_object_get(row, "suppressed"),
					     json_object_get(dimension, "suppressed")));
		}
	}
	reply_free(reply);
	/* the role groups' overall scores, as the REST groups give them */
	snprintf(filter, sizeof(filter), "$filter=wave_id eq %s and grouping eq 'role' and "
		 "level eq 'overall' and group eq 'coproducer'", wave);
	reply = odata_get("Scores", filter, world.viewer, NULL);
	rows = odata_rows(reply);
	cr_assert_eq(json_array_size(rows), 1, "%s", reply->body);
	json_array_foreach(json_object_get(rest, "groups"), index, dimension) {
		if (strcmp(json_string_value(json_object_get(dimension, "group")), "coproducer") == 0)
			cr_assert(json_equal(json_object_get(json_array_get(rows, 0), "score"),
					     json_object_get(dimension, "overall")),
				  "%s", reply->body);
	}
	reply_free(reply);
	json_decref(rest);
	world_free(&world);
}

/* A wave still open shows a viewer no score in the feed either: rows are
 * there, suppressed, their numbers null (rule 6a). */
Test(odata, open_waves_stay_suppressed_for_viewers)
{
	struct world world;
	char filter[256];
	struct reply *reply;
	json_t *rows, *row;
	size_t index;

	world_build(&world);
	world_answer(world.admin, world.wave, world.member, "{\"answers\":{\"1\":60}}", 201);
	snprintf(filter, sizeof(filter), "$filter=wave_id eq %s", world.wave);
	reply = odata_get("Scores", filter, world.viewer, NULL);
	rows = odata_rows(reply);
	cr_assert_gt(json_array_size(rows), 0);
	json_array_foreach(rows, index, row) {
		cr_assert(json_is_true(json_object_get(row, "suppressed")), "%s", reply->body);
		cr_assert(json_is_null(json_object_get(row, "score")), "%s", reply->body);
	}
	reply_free(reply);
	/* an admin sees them */
	reply = odata_get("Scores", filter, world.admin, NULL);
	rows = odata_rows(reply);
	row = json_array_get(rows, 0);
	cr_assert(json_is_real(json_object_get(row, "score")), "%s", reply->body);
	reply_free(reply);
	world_free(&world);
}

/* Server-driven pages: Prefer odata.maxpagesize as Power Query sends it;
 * following @odata.nextLink gives every row once, as many as @odata.count
 * said. */
Test(odata, pages_follow_next_links_to_every_row)
{
	struct world world;
	char wave[40], filter[256], *link;
	const char *prefer[] = { "Prefer: odata.maxpagesize=7", NULL };
	struct reply *reply;
	json_t *seen = json_object(), *row;
	json_int_t total;
	size_t index, pages = 0;

	world_build(&world);
	odata_published_wave(&world, wave);
	snprintf(filter, sizeof(filter), "$filter=wave_id eq %s and level ne 'overall'"
		 "&$count=true&$select=grouping,group,level,key,score", wave);
	reply = odata_get("Scores", filter, world.viewer, prefer);
	assert_status(reply, 200);
	link = reply_header(reply, "Preference-Applied");
	cr_assert_str_eq(link, "odata.maxpagesize=7");
	free(link);
	total = json_integer_value(json_object_get(reply->json, "@odata.count"));
	cr_assert_gt(total, 20);
	for (;;) {
		const char *next;

		pages++;
		cr_assert_leq(json_array_size(json_object_get(reply->json, "value")), 7);
		json_array_foreach(json_object_get(reply->json, "value"), index, row) {
			char key[160];

			cr_assert_eq(json_object_size(row), 5, "$select: %s", reply->body);
			snprintf(key, sizeof(key), "%s/%s/%s/%s",
				 json_string_value(json_object_get(row, "grouping")),
				 json_string_value(json_object_get(row, "group")),
				 json_string_value(json_object_get(row, "level")),
				 json_string_value(json_object_get(row, "key")));
			cr_assert_null(json_object_get(seen, key), "%s came twice", key);
			json_object_set_new(seen, key, json_true());
		}
		next = json_string_value(json_object_get(reply->json, "@odata.nextLink"));
		if (next == NULL)
			break;
		cr_assert(strncmp(next, "http://127.0.0.1:", 17) == 0, "%s", next);
		next = strstr(next + 7, "/odata/");
		link = strdup(next);
		reply_free(reply);
		reply = api_with_headers("GET", link, world.viewer, NULL, prefer);
		assert_status(reply, 200);
		free(link);
	}
	cr_assert_eq((json_int_t)json_object_size(seen), total);
	cr_assert_eq(pages, (size_t)((total + 6) / 7));
	reply_free(reply);
	json_decref(seen);
	world_free(&world);
}

/* $orderby, $top and $skip, and $filter with or, not and parentheses,
 * agree with the same choice made here from the whole set. */
Test(odata, query_options_choose_and_order_rows)
{
	struct world world;
	char wave[40], filter[512];
	struct reply *all, *chosen, *ordered;
	json_t *rows, *row, *previous = NULL;
	size_t index, expected = 0;

	world_build(&world);
	odata_published_wave(&world, wave);
	snprintf(filter, sizeof(filter), "$filter=wave_id eq %s and level eq 'item'", wave);
	all = odata_get("Scores", filter, world.admin, NULL);
	json_array_foreach(odata_rows(all), index, row) {
		json_t *score = json_object_get(row, "score");

		if (json_is_real(score) && (json_real_value(score) >= 45 ||
					    strcmp(json_string_value(json_object_get(row, "dimension")),
						   "suitability") == 0))
			expected++;
	}
	cr_assert_gt(expected, 1);
	snprintf(filter, sizeof(filter), "$filter=wave_id eq %s and level eq 'item' and not "
		 "(score eq null) and (score ge 45 or dimension eq 'suitability')&$orderby=score desc",
		 wave);
	ordered = odata_get("Scores", filter, world.admin, NULL);
	rows = odata_rows(ordered);
	cr_assert_eq(json_array_size(rows), expected, "%s", ordered->body);
	json_array_foreach(rows, index, row) {
		if (previous != NULL)
			cr_assert_geq(json_real_value(json_object_get(previous, "score")),
				      json_real_value(json_object_get(row, "score")));
		previous = row;
	}
	snprintf(filter, sizeof(filter), "$filter=wave_id eq %s and level eq 'item' and not "
		 "(score eq null) and (score ge 45 or dimension eq 'suitability')&$orderby=score desc"
		 "&$skip=1&$top=1", wave);
	chosen = odata_get("Scores", filter, world.admin, NULL);
	cr_assert_eq(json_array_size(odata_rows(chosen)), 1);
	/* the second of the ordered rows (ties keep the set's own order) */
	cr_assert(json_equal(json_array_get(odata_rows(chosen), 0), json_array_get(rows, 1)),
		  "%s\n%s", chosen->body, ordered->body);
	reply_free(chosen);
	reply_free(ordered);
	reply_free(all);
	world_free(&world);
}

/* A query option that is wrong or not supported answers 400 with an OData
 * error body, naming what was wrong. */
Test(odata, bad_options_answer_odata_errors)
{
	struct world world;
	static const char *const bad[][2] = {
		{ "$filter=nope eq 1", "nope" },
		{ "$filter=score eq 'high'", "score" },
		{ "$filter=score eq", "score" },
		{ "$filter=(score eq 1", "parenthesis" },
		{ "$filter=contains(key,'a')", "contains" },
		{ "$orderby=score sideways", "sideways" },
		{ "$select=score,nope", "nope" },
		{ "$top=-1", "$top" },
		{ "$skip=x", "$skip" },
		{ "$count=maybe", "$count" },
		{ "$expand=Waves", "$expand" },
		{ "$format=xml", "$format" },
	};

	world_build(&world);
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		struct reply *reply = odata_get("Scores", bad[i][0], world.viewer, NULL);
		const char *message;

		cr_assert_eq(reply->status, 400, "%s: %ld %s", bad[i][0], reply->status, reply->body);
		message = json_string_value(json_object_get(json_object_get(reply->json, "error"),
							    "message"));
		cr_assert(message != NULL && strstr(message, bad[i][1]) != NULL, "%s: %s", bad[i][0],
			  reply->body);
		cr_assert(json_is_string(json_object_get(json_object_get(reply->json, "error"),
							 "code")));
		reply_free(reply);
	}
	world_free(&world);
}

/* Excel's and Power BI's Basic credentials open the feed; the scope of a
 * coordinator's token holds in it as in the REST lists. */
Test(odata, basic_credentials_and_scope_hold)
{
	struct world world;
	char command[256], header[512], encoded[400], filter[128];
	const char *headers[] = { header, NULL };
	struct reply *reply;
	json_t *row;
	size_t index;
	FILE *base64;

	world_build(&world);
	snprintf(command, sizeof(command), "printf 'excel:%s' | base64 -w0", world.coordinator);
	base64 = popen(command, "r");
	cr_assert(base64 != NULL && fgets(encoded, sizeof(encoded), base64) != NULL);
	pclose(base64);
	snprintf(header, sizeof(header), "Authorization: Basic %s", encoded);
	reply = odata_get("Waves", NULL, NULL, headers);
	json_array_foreach(odata_rows(reply), index, row)
		cr_assert_str_eq(json_string_value(json_object_get(row, "partnership_id")),
				 world.partnership);
	cr_assert_gt(json_array_size(odata_rows(reply)), 0);
	reply_free(reply);
	snprintf(filter, sizeof(filter), "$filter=wave_id eq %s", world.other_wave);
	reply = odata_get("Scores", filter, NULL, headers);
	cr_assert_eq(json_array_size(odata_rows(reply)), 0, "%s", reply->body);
	reply_free(reply);
	reply = odata_get("Waves", NULL, NULL, (const char *[]){ "Authorization: Basic "
								   "eDpjYWNkX25vcGU=", NULL });
	assert_problem(reply, 401);
	reply_free(reply);
	world_free(&world);
}
