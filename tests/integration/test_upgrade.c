/* A database migrated and filled by the schema-5 binary (before answers and
 * totals became vectors), migrated by this binary, answers every score view
 * and the export exactly as the schema-5 binary did, for an admin. The
 * fixture and those replies were made once by tests/upgrade/make-fixture.sh.
 * What a viewer sees changed on purpose with privacy rule 6 (published at
 * close, cells resting on k); the privacy tests cover that view. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "world.h"

#define UPGRADE_DATABASE "cacd_upgrade"

static char upgrade_url[1024];
static char upgrade_setting[1100];

static void upgrade_exec(const char *sql)
{
	PGconn *connection = test_database();
	PGresult *result = PQexec(connection, sql);

	cr_assert_eq(PQresultStatus(result), PGRES_COMMAND_OK, "%s: %s", sql,
		     PQresultErrorMessage(result));
	PQclear(result);
	PQfinish(connection);
}

static void upgrade_restore(const char *fixture)
{
	char command[4096];

	/* In a libpq connection string the last dbname wins. */
	snprintf(upgrade_url, sizeof(upgrade_url), "%s dbname=%s",
		 test_env("CACDTEST_DATABASE_URL"), UPGRADE_DATABASE);
	snprintf(upgrade_setting, sizeof(upgrade_setting), "CACD_DATABASE_URL=%s", upgrade_url);
	upgrade_exec("DROP DATABASE IF EXISTS " UPGRADE_DATABASE);
	upgrade_exec("CREATE DATABASE " UPGRADE_DATABASE);
	snprintf(command, sizeof(command),
		 "psql -q -v ON_ERROR_STOP=1 -f '%s/tests/upgrade/%s' '%s' >/dev/null",
		 test_env("CACDTEST_ROOT"), fixture, upgrade_url);
	cr_assert_eq(system(command), 0, "restoring the fixture failed");
}

static void upgrade_setup(void)
{
	upgrade_restore("fixture-005.sql");
}

static void upgrade_setup_011(void)
{
	upgrade_restore("fixture-011.sql");
}

static void upgrade_teardown(void)
{
	server_stop();
	upgrade_exec("DROP DATABASE IF EXISTS " UPGRADE_DATABASE " WITH (FORCE)");
}

static json_t *upgrade_load(const char *name)
{
	char path[1024];
	json_error_t error;
	json_t *loaded;

	snprintf(path, sizeof(path), "%s/tests/upgrade/%s", test_env("CACDTEST_ROOT"), name);
	loaded = json_load_file(path, 0, &error);
	cr_assert(loaded != NULL, "%s: %s", path, error.text);
	return loaded;
}

/* Every value of expected is in actual, numbers equal to the last bit
 * (integer 1 and real 1.0 alike); actual may carry fields added since, and
 * may show a group the old binary hid from an admin too (rule 6e: admins
 * see everything). */
static bool upgrade_contains(const json_t *expected, const json_t *actual, char *where,
			     size_t size)
{
	const char *key;
	json_t *value;
	size_t index;

	if (json_is_number(expected))
		return json_is_number(actual) && json_number_value(expected) == json_number_value(actual);
	if (json_is_object(expected)) {
		if (json_is_true(json_object_get(expected, "suppressed")) &&
		    json_object_get(expected, "n_responses") == NULL)
			return json_is_object(actual);
		json_object_foreach((json_t *)expected, key, value) {
			if (!upgrade_contains(value, json_object_get(actual, key), where, size)) {
				snprintf(where + strlen(where), size - strlen(where), " <- %s", key);
				return false;
			}
		}
		return json_is_object(actual);
	}
	if (json_is_array(expected)) {
		if (!json_is_array(actual) || json_array_size(actual) != json_array_size(expected))
			return false;
		json_array_foreach(expected, index, value) {
			if (!upgrade_contains(value, json_array_get(actual, index), where, size)) {
				snprintf(where + strlen(where), size - strlen(where), " <- [%zu]", index);
				return false;
			}
		}
		return true;
	}
	return json_equal(expected, actual);
}

/* Every wave's totals in the upgraded database, the overall means that
 * migration 011 filled in included, equal a recomputation from the raw
 * answers. The harness's queries follow CACDTEST_DATABASE_URL, pointed at
 * the upgraded database meanwhile. */
static void upgrade_totals_recomputed(void)
{
	char *original = strdup(test_env("CACDTEST_DATABASE_URL"));
	char *waves, *wave, *saved = NULL;
	int count = 0;

	setenv("CACDTEST_DATABASE_URL", upgrade_url, 1);
	waves = test_query_value("SELECT string_agg(id::text, ' ') FROM waves");
	for (wave = strtok_r(waves, " ", &saved); wave; wave = strtok_r(NULL, " ", &saved), count++)
		assert_totals_recomputed(wave);
	assert_query("SELECT (count(*) > 0)::text FROM wave_totals WHERE overall_n > 0", "true");
	setenv("CACDTEST_DATABASE_URL", original, 1);
	cr_assert_gt(count, 0);
	free(waves);
	free(original);
}

Test(upgrade, schema_5_database_keeps_every_number, .init = upgrade_setup,
     .fini = upgrade_teardown, .timeout = 120)
{
	const char *const settings[] = { upgrade_setting, NULL };
	const char *const migrate[] = { "migrate", NULL };
	json_t *manifest = upgrade_load("expected/manifest.json");
	json_t *tokens = upgrade_load("tokens.json");
	json_t *entry;
	size_t index;

	cr_assert_eq(cacd_command(migrate, settings, NULL), 0, "cacd migrate failed");
	upgrade_totals_recomputed();
	server_start(settings);
	cr_assert_gt(json_array_size(manifest), 40);
	json_array_foreach(manifest, index, entry) {
		const char *path = json_string_value(json_object_get(entry, "path"));
		const char *role = json_string_value(json_object_get(entry, "role"));
		char file[256], where[512] = "";
		struct reply *reply;
		json_t *expected;

		if (strcmp(role, "admin") != 0)
			continue;
		snprintf(file, sizeof(file), "expected/%s",
			 json_string_value(json_object_get(entry, "file")));
		expected = upgrade_load(file);
		reply = api("GET", path, json_string_value(json_object_get(tokens, role)), NULL);
		assert_status(reply, 200);
		cr_assert(upgrade_contains(expected, reply->json, where, sizeof(where)),
			  "%s as %s differs at%s", path, role, where);
		reply_free(reply);
		json_decref(expected);
	}
	json_decref(tokens);
	json_decref(manifest);
}

/* Respondent tokens handed out before invitations became one-time codes
 * (schema 11, tests/upgrade/make-fixture-011.sh) keep working for their
 * own response until their wave closes, then stop; they are listed as
 * claimed, so inviting again leaves those members alone. */
Test(upgrade, old_respondent_tokens_work_until_their_wave_closes, .init = upgrade_setup_011,
     .fini = upgrade_teardown, .timeout = 60)
{
	const char *const settings[] = { upgrade_setting, NULL };
	const char *const migrate[] = { "migrate", NULL };
	json_t *tokens = upgrade_load("tokens-011.json");
	const char *admin = json_string_value(json_object_get(tokens, "admin"));
	const char *wave = json_string_value(json_object_get(tokens, "wave_id"));
	json_t *respondents = json_object_get(tokens, "respondents");
	const char *answered = json_string_value(json_object_get(json_array_get(respondents, 0),
								  "token"));
	const char *member = json_string_value(json_object_get(json_array_get(respondents, 0),
								"member_id"));
	const char *other = json_string_value(json_object_get(json_array_get(respondents, 1),
							       "token"));
	const char *other_member = json_string_value(json_object_get(json_array_get(respondents,
										    1), "member_id"));
	char path[256];
	json_t *reply, *entry;
	size_t index;

	cr_assert_eq(cacd_command(migrate, settings, NULL), 0, "cacd migrate failed");
	/* the import check of schema 11 took the forms as jsonb; only the
	 * set-based one is left */
	assert_query("SELECT string_agg(pg_get_function_identity_arguments(oid), ';') "
		     "FROM pg_proc WHERE proname = 'cacd_import_errors'",
		     "p_wave waves");
	server_start(settings);
	snprintf(path, sizeof(path), "/v1/waves/%s/responses/%s", wave, member);
	reply = expect("GET", path, answered, NULL, 200);
	cr_assert_eq(json_integer_value(json_object_get(json_object_get(reply, "answers_on_scale"),
							"2")), 4);
	json_decref(reply);
	json_decref(expect("PUT", path, answered, "{\"scale\":\"agree4\",\"answers\":{\"1\":2}}",
			   200));
	json_decref(expect("GET", "/v1/me", answered, NULL, 200));
	snprintf(path, sizeof(path), "/v1/waves/%s/responses/%s", wave, other_member);
	json_decref(expect("PUT", path, other, "{\"answers\":{\"1\":70}}", 201));
	/* their responses count toward k as they did */
	snprintf(path, sizeof(path), "/v1/waves/%s", wave);
	reply = expect("GET", path, admin, NULL, 200);
	cr_assert_eq(json_integer_value(json_object_get(reply, "n_toward_k")), 2);
	json_decref(reply);
	/* listed as claimed; a reminder makes no new code for them */
	snprintf(path, sizeof(path), "/v1/waves/%s/invitations", wave);
	reply = expect("GET", path, admin, NULL, 200);
	json_array_foreach(json_object_get(reply, "data"), index, entry)
		cr_assert(json_is_true(json_object_get(entry, "claimed")), "entry %zu", index);
	cr_assert_eq(json_array_size(json_object_get(reply, "data")), 3);
	json_decref(reply);
	reply = expect("POST", path, admin, NULL, 201);
	cr_assert_eq(json_array_size(json_object_get(reply, "data")), 0);
	json_decref(reply);
	/* the wave closes: the old tokens read and write nothing */
	snprintf(path, sizeof(path), "/v1/waves/%s/close", wave);
	json_decref(expect("POST", path, admin, NULL, 200));
	snprintf(path, sizeof(path), "/v1/waves/%s/responses/%s", wave, member);
	expect_problem("GET", path, answered, NULL, 409);
	expect_problem("PUT", path, answered, "{\"answers\":{\"1\":10}}", 409);
	json_decref(tokens);
}
