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

static void upgrade_setup(void)
{
	char command[4096];

	/* In a libpq connection string the last dbname wins. */
	snprintf(upgrade_url, sizeof(upgrade_url), "%s dbname=%s",
		 test_env("CACDTEST_DATABASE_URL"), UPGRADE_DATABASE);
	snprintf(upgrade_setting, sizeof(upgrade_setting), "CACD_DATABASE_URL=%s", upgrade_url);
	upgrade_exec("DROP DATABASE IF EXISTS " UPGRADE_DATABASE);
	upgrade_exec("CREATE DATABASE " UPGRADE_DATABASE);
	snprintf(command, sizeof(command),
		 "psql -q -v ON_ERROR_STOP=1 -f '%s/tests/upgrade/fixture-005.sql' '%s' >/dev/null",
		 test_env("CACDTEST_ROOT"), upgrade_url);
	cr_assert_eq(system(command), 0, "restoring the fixture failed");
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
