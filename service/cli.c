#include "cli.h"

#include <jansson.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "audit.h"
#include "http_server.h"
#include "db_notify.h"
#include "db_replica.h"
#include "db.h"
#include "http.h"
#include "log.h"
#include "mem.h"
#include "metrics.h"
#include "migrate.h"
#include "reply_cache.h"
#include "routes.h"
#include "tokens.h"

static int cli_migrate_with(const struct config *config)
{
	struct db_session *session = db_session_open(config->database_url, config);
	enum result result;

	if (session == NULL)
		return 1;
	result = migrate_run(session);
	db_session_close(session);
	return result == RESULT_OK ? 0 : 1;
}

int cli_migrate(const struct config *config)
{
	return cli_migrate_with(config);
}

/* Blocks SIGINT and SIGTERM in every thread, so that the workers started
 * afterwards never take them, and waits for one in the main thread. */
static void cli_block_signals(sigset_t *signals)
{
	/* A shell starts background jobs with SIGINT ignored; sigwait needs it
	 * delivered. */
	signal(SIGINT, SIG_DFL);
	signal(SIGTERM, SIG_DFL);
	sigemptyset(signals);
	sigaddset(signals, SIGINT);
	sigaddset(signals, SIGTERM);
	pthread_sigmask(SIG_BLOCK, signals, NULL);
	signal(SIGPIPE, SIG_IGN);
}

/* Stops accepting, then waits until the requests under way have been
 * answered, the grace period is over, or a second signal asks for it. */
static void cli_drain(struct http_server *server, const struct config *config,
		      const sigset_t *signals)
{
	const struct timespec tick = { 0, 20 * 1000000L };
	struct timespec now, until;

	http_server_quiesce(server);
	log_info("serve: new connections are refused; %ld requests under way",
		 http_server_in_flight(server));
	clock_gettime(CLOCK_MONOTONIC, &until);
	until.tv_sec += config->shutdown_grace_seconds;
	for (;;) {
		clock_gettime(CLOCK_MONOTONIC, &now);
		if (http_server_in_flight(server) == 0)
			return;
		if (now.tv_sec > until.tv_sec ||
		    (now.tv_sec == until.tv_sec && now.tv_nsec >= until.tv_nsec)) {
			log_warn("serve: %ld requests still under way after the grace period",
				 http_server_in_flight(server));
			return;
		}
		if (sigtimedwait(signals, NULL, &tick) > 0) {
			log_warn("serve: a second signal; stopping now");
			return;
		}
	}
}

int cli_serve(const struct config *config)
{
	struct http_server *server = NULL;
	const struct route *routes;
	size_t route_count;
	sigset_t signals;
	int received = 0;

	if (config->migrate_on_serve && cli_migrate_with(config) != 0) {
		log_error("serve: migrations failed; not serving");
		return 1;
	}
	cli_block_signals(&signals);
	routes = routes_table(&route_count);
	db_setup(config);
	metrics_setup(routes, route_count);
	reply_cache_setup((size_t)config->reply_cache_bytes);
	log_buffer_start();
	if (audit_start(config) != RESULT_OK) {
		log_error("serve: cannot start the audit writer");
		log_buffer_stop();
		return 1;
	}
	if (db_replica_start(config) != RESULT_OK || db_notify_start(config) != RESULT_OK) {
		log_error("serve: cannot start the replica's monitor or the notifications");
		db_replica_stop();
		audit_stop();
		log_buffer_stop();
		return 1;
	}
	if (http_server_start(config, routes, route_count, &server) != RESULT_OK) {
		db_notify_stop();
		db_replica_stop();
		audit_stop();
		log_buffer_stop();
		return 1;
	}
	log_info("cacd %s serving; stop with Ctrl-C", CACD_VERSION);
	sigwait(&signals, &received);
	log_info("received %s; finishing requests and stopping", strsignal(received));
	cli_drain(server, config, &signals);
	http_server_stop(server);
	db_notify_stop();
	db_replica_stop();
	audit_stop();
	reply_cache_teardown();
	log_info("stopped");
	log_buffer_stop();
	return 0;
}

static void cli_token_usage(void)
{
	fprintf(stderr, "usage: cacd token create --role ROLE [--partnership UUID]... "
			"[--label TEXT] [--expires RFC3339]\n");
}

/* Gathers the options into the same JSON body POST /v1/tokens takes, so
 * both paths share one validation. Caller decrefs. */
static json_t *cli_token_body(int argc, char **argv)
{
	json_t *body = json_object();
	json_t *ids = json_array();

	/* options come in pairs: --name value */
	for (int i = 0; i < argc; i += 2) {
		const char *value = i + 1 < argc ? argv[i + 1] : NULL;

		if (value == NULL)
			goto fail;
		if (strcmp(argv[i], "--role") == 0)
			json_object_set_new(body, "role", json_string(value));
		else if (strcmp(argv[i], "--partnership") == 0)
			json_array_append_new(ids, json_string(value));
		else if (strcmp(argv[i], "--label") == 0)
			json_object_set_new(body, "label", json_string(value));
		else if (strcmp(argv[i], "--expires") == 0)
			json_object_set_new(body, "expires_at", json_string(value));
		else
			goto fail;
	}
	json_object_set_new(body, "partnership_ids", ids);
	return body;
fail:
	json_decref(ids);
	json_decref(body);
	return NULL;
}

static int cli_token_issue(const struct config *config, const struct token_request *request)
{
	char token[AUTH_TOKEN_SIZE];
	char *metadata = NULL;
	enum db_status status;

	db_setup(config);
	status = tokens_issue(request, token, &metadata);
	db_thread_close();
	if (status != DB_OK || metadata == NULL) {
		fprintf(stderr, "cacd: %s\n", status != DB_OK ? "could not store the token"
							       : "a partnership does not exist");
		return 1;
	}
	printf("%s\n", token);
	explicit_bzero(token, sizeof(token));
	free(metadata);
	return 0;
}

int cli_token_create(const struct config *config, int argc, char **argv)
{
	struct token_request request;
	struct validation validation;
	json_t *body;
	int status;

	if (argc < 1 || strcmp(argv[0], "create") != 0 ||
	    (body = cli_token_body(argc - 1, argv + 1)) == NULL) {
		cli_token_usage();
		return 2;
	}
	validation_init(&validation);
	tokens_validate(body, time(NULL), &request, &validation);
	if (!validation_ok(&validation)) {
		for (size_t i = 0; i < validation.count; i++)
			fprintf(stderr, "cacd: %s %s\n", validation.errors[i].field,
				validation.errors[i].message);
		status = 2;
	} else {
		status = cli_token_issue(config, &request);
	}
	tokens_request_clear(&request);
	json_decref(body);
	return status;
}
