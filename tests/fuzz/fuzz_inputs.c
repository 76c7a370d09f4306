/* Fuzz target for the parsers that face the network and the operator: the
 * strict JSON decoder with the token and pagination validators behind it,
 * the router, the bearer header, the configuration file and the OData
 * query options.
 * Built two ways: for libFuzzer (`make fuzz`), and with -DFUZZ_REPLAY as a
 * program that runs every file of the corpus through the same code, so
 * `make test` replays the corpus under the sanitizers. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth.h"
#include "config.h"
#include "json.h"
#include "odata_query.h"
#include "pagination.h"
#include "routes.h"
#include "tokens.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void fuzz_json(const char *text, size_t size)
{
	struct validation validation;
	struct token_request request;
	char detail[256];
	json_t *root = NULL;

	validation_init(&validation);
	if (json_decode_object(text, size, &root, detail, sizeof(detail), &validation) !=
	    JSON_DECODED)
		return;
	tokens_validate(root, 0, &request, &validation);
	tokens_request_clear(&request);
	json_decref(root);
}

/* The OData options, each the whole text, against a small set. */
static void fuzz_odata(const char *text)
{
	static const struct odata_property properties[] = {
		{ "key", ODATA_STRING, false }, { "score", ODATA_DOUBLE, true },
		{ "n", ODATA_INT, true },       { "opens_at", ODATA_TIME, false },
	};
	struct csv_cell row[4] = { { .type = CSV_CELL_TEXT, .text = (char *)"task" },
				   { .type = CSV_CELL_NULL },
				   { .type = CSV_CELL_INTEGER, .integer = 3 },
				   { .type = CSV_CELL_TIME, .text = (char *)"2025-01-01T00:00:00Z" } };
	const struct odata_options each[] = { { .filter = text }, { .orderby = text },
					      { .select = text }, { .top = text },
					      { .skip = text }, { .count = text } };
	struct odata_query query;

	for (size_t option = 0; option < sizeof(each) / sizeof(each[0]); option++) {
		if (odata_query_parse(&query, properties, 4, &each[option]) == RESULT_OK) {
			(void)odata_query_matches(&query, row);
			(void)odata_query_compare(&query, row, row);
		}
		odata_query_free(&query);
	}
}

static void fuzz_lines(const char *text)
{
	const struct route *found;
	struct route_params params;
	struct validation validation;
	struct config config;
	struct config_error error;
	struct page page;
	size_t count, length;
	unsigned allowed;
	const struct route *routes = routes_table(&count);

	fuzz_odata(text);
	router_match(routes, count, METHOD_GET, text, &found, &params, &allowed);
	auth_bearer_token(text, &length);
	validation_init(&validation);
	pagination_parse(text, text, &page, &validation);
	config_defaults(&config);
	if (config_parse_text(&config, text, "fuzz", &error) == RESULT_OK &&
	    config_validate(&config, &error) != RESULT_OK)
		config.listen_port = 0;
	config_free(&config);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);

	memcpy(text, data, size);
	text[size] = '\0';
	fuzz_json(text, size);
	fuzz_lines(text);
	free(text);
	return 0;
}

#ifdef FUZZ_REPLAY
static int fuzz_replay_file(const char *path)
{
	FILE *file = fopen(path, "rb");
	uint8_t buffer[1 << 16];
	size_t size;

	if (file == NULL) {
		perror(path);
		return 1;
	}
	size = fread(buffer, 1, sizeof(buffer), file);
	fclose(file);
	LLVMFuzzerTestOneInput(buffer, size);
	return 0;
}

int main(int argc, char **argv)
{
	int replayed = 0, failed = 0;

	for (int i = 1; i < argc; i++) {
		DIR *directory = opendir(argv[i]);
		struct dirent *entry;

		if (directory == NULL) {
			failed += fuzz_replay_file(argv[i]);
			replayed++;
			continue;
		}
		while ((entry = readdir(directory)) != NULL) {
			char path[4096];

			if (entry->d_name[0] == '.')
				continue;
			snprintf(path, sizeof(path), "%s/%s", argv[i], entry->d_name);
			failed += fuzz_replay_file(path);
			replayed++;
		}
		closedir(directory);
	}
	printf("fuzz replay: %d passed, %d failed\n", replayed - failed, failed);
	return failed ? 1 : 0;
}
#endif
