/* cacd: the Coordinated Action Checklist service. Reads the configuration
 * and hands over to one command. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "config.h"
#include "log.h"
#include "probe.h"

extern char **environ;

static const char usage[] =
	"usage: cacd [--config FILE] COMMAND\n"
	"\n"
	"commands:\n"
	"  serve                         migrate (unless migrate_on_serve = false) and serve HTTP\n"
	"  migrate                       apply the schema migrations and exit\n"
	"  token create --role ROLE [--partnership UUID]... [--label TEXT] [--expires TIME]\n"
	"                                print one new bearer token on stdout\n"
	"  probe                         exit 0 when the server at the configured listen\n"
	"                                address answers /readyz with 200 (health checks)\n"
	"  --help, --version\n"
	"\n"
	"The configuration file defaults to conf/cacd.conf when present, or $CACD_CONFIG;\n"
	"every key can be overridden by CACD_<KEY> in the environment, or read from a\n"
	"file named by CACD_<KEY>_FILE (for secrets).\n";

static int main_dispatch(const struct config *config, int argc, char **argv)
{
	if (strcmp(argv[0], "serve") == 0 && argc == 1)
		return cli_serve(config);
	if (strcmp(argv[0], "migrate") == 0 && argc == 1)
		return cli_migrate(config);
	if (strcmp(argv[0], "probe") == 0 && argc == 1)
		return probe_ready(config);
	if (strcmp(argv[0], "token") == 0)
		return cli_token_create(config, argc - 1, argv + 1);
	fputs(usage, stderr);
	return 2;
}

int main(int argc, char **argv)
{
	const char *path = getenv("CACD_CONFIG");
	bool required = path != NULL;
	struct config config;
	struct config_error error;
	int first = 1, status;

	if (argc > 2 && strcmp(argv[1], "--config") == 0) {
		path = argv[2];
		required = true;
		first = 3;
	}
	if (argc <= first || strcmp(argv[first], "--help") == 0) {
		fputs(usage, argc <= first ? stderr : stdout);
		return argc <= first ? 2 : 0;
	}
	if (strcmp(argv[first], "--version") == 0) {
		printf("cacd %s\n", CACD_VERSION);
		return 0;
	}
	config_defaults(&config);
	if (config_load(&config, path ? path : "conf/cacd.conf", required, environ, &error) !=
	    RESULT_OK) {
		fprintf(stderr, "cacd: configuration: %s\n", error.message);
		config_free(&config);
		return 2;
	}
	if (config.database_url[0] == '\0') {
		fprintf(stderr, "cacd: configuration: database_url is not set (CACD_DATABASE_URL)\n");
		config_free(&config);
		return 2;
	}
	log_set_format(strcmp(config.log_format, "json") == 0 ? LOG_FORMAT_JSON : LOG_FORMAT_TEXT);
	status = main_dispatch(&config, argc - first, argv + first);
	config_free(&config);
	return status;
}
