/* Configuration parsing, one row a case (PgBouncer's table style). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"

struct config_case {
	const char *text;
	bool ok;
	const char *error_contains;
};

static const struct config_case config_cases[] = {
	{ "", true, NULL },
	{ "# only a comment\n\n   \n", true, NULL },
	{ "workers = 4\n", true, NULL },
	{ "workers=4", true, NULL },
	{ "  listen =  0.0.0.0:9000   # trailing comment\n", true, NULL },
	{ "database_url = \"host=db # not a comment\"\n", true, NULL },
	{ "migrate_on_serve = off\n", true, NULL },
	{ "access_log = YES\n", true, NULL },
	{ "workers = -1\n", false, "cacd.conf:1: workers: -1 is out of range 0..256" },
	{ "workers = 257\n", false, "out of range" },
	{ "workers = four\n", false, "cacd.conf:1: workers: 'four' is not a whole number" },
	{ "workers = 4x\n", false, "not a whole number" },
	{ "workers =\n", false, "not a whole number" },
	{ "\n\nfrobnicate = 1\n", false, "cacd.conf:3: unknown key 'frobnicate'" },
	{ "min_group_size = 0\n", false, "min_group_size: 0 is out of range 1..1000" },
	{ "max_body_bytes = 100\n", false, "out of range 1024..16777216" },
	{ "migrate_on_serve = maybe\n", false, "is not true or false" },
	{ "just words\n", false, "cacd.conf:1: expected 'key = value'" },
	{ "database_url = \"unterminated\n", false, "unterminated quote" },
	{ "WORKERS = 2\n", false, "unknown key 'WORKERS'" },
};

Test(config, parse_table)
{
	for (size_t i = 0; i < sizeof(config_cases) / sizeof(config_cases[0]); i++) {
		const struct config_case *row = &config_cases[i];
		struct config config;
		struct config_error error = { "" };
		enum result result;

		config_defaults(&config);
		result = config_parse_text(&config, row->text, "cacd.conf", &error);
		cr_expect_eq(result == RESULT_OK, row->ok, "row %zu (%s): %s", i, row->text,
			     error.message);
		if (row->error_contains != NULL)
			cr_expect(strstr(error.message, row->error_contains) != NULL,
				  "row %zu: message '%s' lacks '%s'", i, error.message,
				  row->error_contains);
		config_free(&config);
	}
}

Test(config, defaults_match_the_contract)
{
	struct config config;
	struct config_error error;

	config_defaults(&config);
	cr_assert_eq(config_validate(&config, &error), RESULT_OK);
	cr_assert_str_eq(config.listen_host, "127.0.0.1");
	cr_assert_eq(config.listen_port, 8080);
	cr_assert_eq(config.min_group_size, 3);
	cr_assert_eq(config.max_body_bytes, 65536);
	cr_assert_eq(config.workers, 0);
	cr_assert_str_eq(config.cors_origins, "");
	config_free(&config);
}

Test(config, values_are_applied)
{
	struct config config;
	struct config_error error;

	config_defaults(&config);
	cr_assert_eq(config_parse_text(&config,
				       "workers = 7\nlisten = [::1]:9090\n"
				       "database_url = \"host=x dbname=y\"\nmigrate_on_serve = no\n",
				       "t", &error), RESULT_OK, "%s", error.message);
	cr_assert_eq(config_validate(&config, &error), RESULT_OK, "%s", error.message);
	cr_assert_eq(config.workers, 7);
	cr_assert_str_eq(config.listen_host, "::1");
	cr_assert_eq(config.listen_port, 9090);
	cr_assert_str_eq(config.database_url, "host=x dbname=y");
	cr_assert_eq(config.migrate_on_serve, false);
	config_free(&config);
}

Test(config, environment_overrides_the_file)
{
	char *environment[] = { "PATH=/bin", "CACD_WORKERS=3", "CACD_LISTEN=127.0.0.1:1",
				"CACD_CONFIG=/elsewhere", NULL };
	char *unknown[] = { "CACD_WORKER=3", NULL };
	char *bad[] = { "CACD_MIN_GROUP_SIZE=zero", NULL };
	struct config config;
	struct config_error error;

	config_defaults(&config);
	cr_assert_eq(config_parse_text(&config, "workers = 9\n", "t", &error), RESULT_OK);
	cr_assert_eq(config_apply_environment(&config, environment, &error), RESULT_OK,
		     "%s", error.message);
	cr_assert_eq(config.workers, 3);
	cr_assert_str_eq(config.listen, "127.0.0.1:1");
	cr_assert_eq(config_apply_environment(&config, unknown, &error), RESULT_ERROR);
	cr_assert(strstr(error.message, "CACD_WORKER: unknown key 'worker'") != NULL, "%s",
		  error.message);
	cr_assert_eq(config_apply_environment(&config, bad, &error), RESULT_ERROR);
	cr_assert(strstr(error.message, "min_group_size") != NULL, "%s", error.message);
	config_free(&config);
}

Test(config, listen_and_origins_are_checked)
{
	static const struct {
		const char *key, *value;
		bool ok;
	} rows[] = {
		{ "listen", "127.0.0.1:8080", true },  { "listen", "[::1]:80", true },
		{ "listen", "localhost:0", true },     { "listen", "8080", false },
		{ "listen", ":8080", false },          { "listen", "host:99999", false },
		{ "listen", "[::1]8080", false },      { "listen", "host:", false },
		{ "cors_origins", "*", true },         { "cors_origins", "https://a.example", true },
		{ "cors_origins", "https://a.example,http://b.example:8080", true },
		{ "cors_origins", "a.example", false }, { "cors_origins", "https://a, https://b", false },
		{ "form_url", "", true },              { "form_url", "https://f.example/{token}", true },
		{ "form_url", "https://f.example/", false }, { "form_url", "f.example/{token}", false },
	};

	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		struct config config;
		struct config_error error = { "" };

		config_defaults(&config);
		cr_assert_eq(config_set(&config, rows[i].key, rows[i].value, &error), RESULT_OK);
		cr_expect_eq(config_validate(&config, &error) == RESULT_OK, rows[i].ok,
			     "%s = %s: %s", rows[i].key, rows[i].value, error.message);
		config_free(&config);
	}
}

/* Every setting is documented in conf/cacd.conf, and the file parses. */
Test(config, every_setting_is_documented)
{
	FILE *file = fopen("conf/cacd.conf", "r");
	char text[16384];
	size_t length, count;
	const struct config_setting *settings = config_settings(&count);
	struct config config;
	struct config_error error;

	cr_assert(file != NULL, "run from the repository root");
	length = fread(text, 1, sizeof(text) - 1, file);
	text[length] = '\0';
	fclose(file);
	for (size_t i = 0; i < count; i++) {
		char line[128];

		snprintf(line, sizeof(line), "\n%s =", settings[i].key);
		cr_expect(strstr(text, line) != NULL, "%s is not in conf/cacd.conf", settings[i].key);
	}
	config_defaults(&config);
	cr_assert_eq(config_parse_text(&config, text, "conf/cacd.conf", &error), RESULT_OK, "%s",
		     error.message);
	config_free(&config);
}

/* CACD_<KEY>_FILE reads a secret from a file (Docker and systemd secrets). */
Test(config, a_setting_can_come_from_a_file)
{
	char path[] = "/tmp/cacd-secret.XXXXXX", variable[64];
	int fd = mkstemp(path);
	struct config config;
	struct config_error error;

	cr_assert(fd >= 0);
	cr_assert_eq(write(fd, "postgresql://cacd:s3cret@db/cacd\n", 33), 33);
	close(fd);
	snprintf(variable, sizeof(variable), "CACD_DATABASE_URL_FILE=%s", path);
	char *from_file[] = { variable, NULL };
	char *both[] = { variable, "CACD_DATABASE_URL=postgresql://other", NULL };
	char *missing[] = { "CACD_DATABASE_URL_FILE=/nonexistent/secret", NULL };
	char *unknown[] = { "CACD_NOPE_FILE=/etc/hostname", NULL };

	config_defaults(&config);
	cr_assert_eq(config_apply_environment(&config, from_file, &error), RESULT_OK, "%s",
		     error.message);
	cr_assert_str_eq(config.database_url, "postgresql://cacd:s3cret@db/cacd");
	cr_assert_eq(config_apply_environment(&config, both, &error), RESULT_ERROR);
	cr_assert(strstr(error.message, "not both") != NULL, "%s", error.message);
	cr_assert_eq(config_apply_environment(&config, missing, &error), RESULT_ERROR);
	cr_assert(strstr(error.message, "cannot read /nonexistent/secret") != NULL, "%s",
		  error.message);
	cr_assert_eq(config_apply_environment(&config, unknown, &error), RESULT_ERROR);
	cr_assert(strstr(error.message, "unknown key 'nope_file'") != NULL, "%s", error.message);
	config_free(&config);
	unlink(path);
}
