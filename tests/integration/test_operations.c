/* Migrations, the command line, metrics, the API document, connections. */
#include <curl/curl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "harness.h"
#include "world.h"

static char *fresh_database(const char *name)
{
	PGconn *connection = test_database();
	char sql[256];
	const char *url = test_env("CACDTEST_DATABASE_URL");
	char *fresh = malloc(strlen(url) + 64);
	PGresult *result;

	snprintf(sql, sizeof(sql), "DROP DATABASE IF EXISTS %s", name);
	PQclear(PQexec(connection, sql));
	snprintf(sql, sizeof(sql), "CREATE DATABASE %s", name);
	result = PQexec(connection, sql);
	cr_assert_eq(PQresultStatus(result), PGRES_COMMAND_OK, "%s", PQresultErrorMessage(result));
	PQclear(result);
	PQfinish(connection);
	/* the test URL ends in "dbname=cacd user=cacd"; point it elsewhere */
	sprintf(fresh, "CACD_DATABASE_URL=%s dbname=%s", url, name);
	return fresh;
}

static char *count_in(const char *database_setting, const char *sql);

static void assert_value_in(const char *database_setting, const char *sql,
			    const char *expected)
{
	char *value = count_in(database_setting, sql);

	cr_assert_str_eq(value, expected, "%s", sql);
	free(value);
}

static char *count_in(const char *database_setting, const char *sql)
{
	PGconn *connection = PQconnectdb(strchr(database_setting, '=') + 1);
	PGresult *result = PQexec(connection, sql);
	char *value;

	cr_assert_eq(PQresultStatus(result), PGRES_TUPLES_OK, "%s", PQresultErrorMessage(result));
	value = strdup(PQgetvalue(result, 0, 0));
	PQclear(result);
	PQfinish(connection);
	return value;
}

Test(migrations, migrate_twice_applies_once)
{
	char *database = fresh_database("cacd_migrate_twice");
	const char *environment[] = { database, NULL };
	const char *migrate[] = { "migrate", NULL };
	char *count;

	cr_assert_eq(cacd_command(migrate, environment, NULL), 0);
	count = count_in(database, "SELECT count(*) || '/' || max(version) FROM schema_migrations");
	cr_assert_eq(cacd_command(migrate, environment, NULL), 0);
	assert_value_in(database, "SELECT count(*) || '/' || max(version) FROM schema_migrations",
			count);
	assert_value_in(database, "SELECT count(*) FROM items", "26");
	assert_value_in(database, "SELECT count(*) FROM dimensions", "6");
	assert_value_in(database, "SELECT count(*) FROM instruments", "1");
	free(count);
	free(database);
}

Test(migrations, two_instances_migrating_at_once_are_safe)
{
	char *database = fresh_database("cacd_migrate_race");
	pid_t children[4];

	for (size_t i = 0; i < 4; i++) {
		children[i] = fork();
		if (children[i] == 0) {
			const char *environment[] = { database, NULL };
			const char *migrate[] = { "migrate", NULL };

			_exit(cacd_command(migrate, environment, NULL));
		}
	}
	for (size_t i = 0; i < 4; i++) {
		int status;

		waitpid(children[i], &status, 0);
		cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0, "migrate %zu failed", i);
	}
	assert_value_in(database, "SELECT count(*) FROM instruments", "1");
	assert_value_in(database, "SELECT count(*) FROM items", "26");
	free(database);
}

Test(cli, version_help_and_bad_usage)
{
	const char *version[] = { "--version", NULL };
	const char *help[] = { "--help", NULL };
	const char *nonsense[] = { "frobnicate", NULL };
	char *output = NULL;

	cr_assert_eq(cacd_command(version, NULL, &output), 0);
	cr_assert(strncmp(output, "cacd ", 5) == 0, "%s", output);
	free(output);
	cr_assert_eq(cacd_command(help, NULL, &output), 0);
	cr_assert(strstr(output, "token create") != NULL);
	free(output);
	cr_assert_eq(cacd_command(nonsense, NULL, NULL), 2);
}

Test(cli, bad_configuration_exits_2)
{
	const char *serve[] = { "serve", NULL };
	const char *bad_workers[] = { "CACD_WORKERS=many", NULL };
	const char *unknown[] = { "CACD_WORKER=4", NULL };
	const char *bad_listen[] = { "CACD_LISTEN=nowhere", NULL };

	cr_assert_eq(cacd_command(serve, bad_workers, NULL), 2);
	cr_assert_eq(cacd_command(serve, unknown, NULL), 2);
	cr_assert_eq(cacd_command(serve, bad_listen, NULL), 2);
}

Test(cli, token_create_validates_and_stores_only_a_hash)
{
	const char *no_role[] = { "token", "create", NULL };
	const char *bad_role[] = { "token", "create", "--role", "king", NULL };
	const char *coordinator_unscoped[] = { "token", "create", "--role", "coordinator", NULL };
	char *token = token_create("viewer", NULL);
	char sql[256];

	cr_assert_eq(cacd_command(no_role, NULL, NULL), 2);
	cr_assert_eq(cacd_command(bad_role, NULL, NULL), 2);
	cr_assert_eq(cacd_command(coordinator_unscoped, NULL, NULL), 2);
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM tokens WHERE token_hash = '%s'"
		 " OR label = '%s'", token, token);
	assert_query(sql, "0");
	free(token);
}

TestSuite(operations, .init = server_setup, .fini = server_teardown);

/* /metrics needs an admin or metrics token: what it counts says how the
 * service is used. */
Test(operations, metrics_count_requests_by_route_and_status)
{
	char *metrics = token_create("metrics", NULL);
	char *viewer = token_create("viewer", NULL);
	struct reply *reply = api("GET", "/healthz", NULL, NULL);

	reply_free(reply);
	reply = api("GET", "/nowhere", NULL, NULL);
	reply_free(reply);
	expect_problem("GET", "/metrics", NULL, NULL, 401);
	expect_problem("GET", "/metrics", viewer, NULL, 403);
	expect_problem("GET", "/v1/instruments", metrics, NULL, 403);
	reply = api("GET", "/metrics", metrics, NULL);
	assert_status(reply, 200);
	cr_assert(strstr(reply->body,
			 "cacd_http_requests_total{route=\"/healthz\",method=\"GET\",status=\"200\"} 1")
		  != NULL, "%s", reply->body);
	cr_assert(strstr(reply->body,
			 "cacd_http_requests_total{route=\"unmatched\",method=\"\",status=\"404\"} 1")
		  != NULL, "%s", reply->body);
	cr_assert(strstr(reply->body, "cacd_db_connections_open") != NULL);
	reply_free(reply);
	free(metrics);
	free(viewer);
}

/* The exposition as Prometheus reads it: promtool (Debian's prometheus
 * package) lints it, a 304 is counted as itself, and the latency histogram
 * has one series per route pattern. */
Test(operations, metrics_pass_promtool_and_count_304_by_route)
{
	struct world world;
	struct reply *reply;
	char path[256], header[160], command[512], *etag;
	char metrics_file[] = "/tmp/cacd-metrics-XXXXXX";
	int descriptor, status;

	world_build(&world);
	snprintf(path, sizeof(path), "/v1/waves/%s/responses/%s", world.wave, world.member);
	json_decref(expect("PUT", path, world.admin, "{\"answers\":{\"1\":40}}", 201));
	snprintf(path, sizeof(path), "/v1/waves/%s/scores", world.wave);
	reply = api("GET", path, world.admin, NULL);
	assert_status(reply, 200);
	etag = reply_header(reply, "ETag");
	reply_free(reply);
	snprintf(header, sizeof(header), "If-None-Match: %s", etag);
	const char *conditional[] = { header, NULL };

	reply = api_with_headers("GET", path, world.admin, NULL, conditional);
	assert_status(reply, 304);
	reply_free(reply);
	free(etag);

	reply = api("GET", "/metrics", world.admin, NULL);
	assert_status(reply, 200);
	cr_assert(strstr(reply->body, "cacd_http_requests_total{route=\"/v1/waves/{id}/scores\","
				      "method=\"GET\",status=\"304\"} 1\n") != NULL,
		  "%s", reply->body);
	cr_assert(strstr(reply->body, "status=\"other\"") == NULL, "%s", reply->body);
	cr_assert(strstr(reply->body, "cacd_http_request_duration_seconds_count{route=\"/v1/waves/"
				      "{id}/scores\",method=\"GET\"} 2\n") != NULL,
		  "%s", reply->body);
	descriptor = mkstemp(metrics_file);
	cr_assert(descriptor >= 0);
	cr_assert_eq(write(descriptor, reply->body, reply->length), (ssize_t)reply->length);
	close(descriptor);
	snprintf(command, sizeof(command), "promtool check metrics < '%s' 2>&1", metrics_file);
	status = system(command);
	unlink(metrics_file);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0,
		  "promtool check metrics found problems (output above):\n%s", reply->body);
	reply_free(reply);
	world_free(&world);
}

/* log_format = json: every line, the access log's included, is one JSON
 * object, and the access log's carries the request id and route. */
Test(operations, json_log_lines_carry_the_request_id)
{
	const char *settings[] = { "CACD_LOG_FORMAT=json", NULL };
	const char *traced[] = { "X-Request-Id: trace-json-1", NULL };
	char *log, *line, *end;
	int access_lines = 0;

	server_stop();
	server_start(settings);
	reply_free(api_with_headers("GET", "/healthz", NULL, NULL, traced));
	reply_free(api("GET", "/v1/nowhere\"%0a", NULL, NULL));
	server_stop();
	log = server_log();
	/* the log file holds the fixture's first server (text) before this one */
	line = strstr(log, "\n{\"time\"");
	cr_assert(line != NULL, "no JSON line: %s", log);
	for (line++; *line; line = end + 1) {
		json_error_t error;
		json_t *object;

		end = strchr(line, '\n');
		cr_assert(end != NULL, "a line without its end: %s", line);
		*end = '\0';
		object = json_loads(line, 0, &error);
		cr_assert(json_is_object(object), "not a JSON object: %s (%s)", line, error.text);
		cr_assert(json_is_string(json_object_get(object, "time")), "%s", line);
		cr_assert(json_is_string(json_object_get(object, "level")), "%s", line);
		if (json_is_string(json_object_get(object, "request_id")) &&
		    strcmp(json_string_value(json_object_get(object, "request_id")), "trace-json-1")
			    == 0) {
			cr_assert_str_eq(json_string_value(json_object_get(object, "route")), "/healthz");
			cr_assert_eq(json_integer_value(json_object_get(object, "status")), 200);
			access_lines++;
		}
		json_decref(object);
	}
	cr_assert_eq(access_lines, 1, "%s", log);
	free(log);
}

Test(operations, openapi_document_is_json)
{
	struct reply *reply = api("GET", "/openapi.json", NULL, NULL);

	assert_status(reply, 200);
	cr_assert(reply->json != NULL);
	cr_assert(json_is_string(json_object_get(reply->json, "openapi")));
	cr_assert(json_object_get(json_object_get(reply->json, "paths"), "/v1/instruments/{key}"));
	reply_free(reply);
}

/* A response must not be queued on the first call of the access handler:
 * that turns keep-alive off. Two requests on one handle share a connection. */
Test(operations, connections_are_kept_alive)
{
	CURL *curl = curl_easy_init();
	char url[128];
	long connects = -1;
	FILE *sink = fopen("/dev/null", "w");

	snprintf(url, sizeof(url), "http://127.0.0.1:%u/healthz", server_port());
	curl_easy_setopt(curl, CURLOPT_URL, url);
	curl_easy_setopt(curl, CURLOPT_WRITEDATA, sink);
	cr_assert_eq(curl_easy_perform(curl), CURLE_OK);
	cr_assert_eq(curl_easy_perform(curl), CURLE_OK);
	curl_easy_getinfo(curl, CURLINFO_NUM_CONNECTS, &connects);
	cr_assert_eq(connects, 0, "the second request opened a new connection");
	curl_easy_cleanup(curl);
	fclose(sink);
}

Test(operations, cors_only_for_configured_origins)
{
	const char *settings[] = { "CACD_CORS_ORIGINS=https://dash.example", NULL };
	const char *allowed[] = { "Origin: https://dash.example",
				  "Access-Control-Request-Method: GET", NULL };
	const char *other[] = { "Origin: https://evil.example", NULL };
	struct reply *reply;
	char *header;

	server_stop();
	server_start(settings);
	reply = api_with_headers("OPTIONS", "/v1/instruments", NULL, NULL, allowed);
	assert_status(reply, 204);
	header = reply_header(reply, "Access-Control-Allow-Origin");
	cr_assert_str_eq(header, "https://dash.example");
	free(header);
	reply_free(reply);
	reply = api_with_headers("GET", "/healthz", NULL, NULL, other);
	header = reply_header(reply, "Access-Control-Allow-Origin");
	cr_assert_null(header);
	reply_free(reply);
}

/* /readyz until the replica's state reads as wanted (the monitor looks ten
 * times a second); the body of the last answer. */
static json_t *readyz_until_replica(bool up)
{
	for (int tries = 0; tries < 200; tries++) {
		struct reply *reply = api("GET", "/readyz", NULL, NULL);
		json_t *replica;

		assert_status(reply, 200);
		replica = json_object_get(reply->json, "replica");
		cr_assert(replica != NULL, "/readyz says nothing of the replica: %s", reply->body);
		if (json_is_true(json_object_get(replica, "up")) == up) {
			json_t *body = json_incref(reply->json);

			reply_free(reply);
			return body;
		}
		reply_free(reply);
	}
	cr_assert_fail("the replica never read as %s", up ? "up" : "down");
	return NULL;
}

/* The replica accelerates and never gates: reads go through it while it
 * answers, and to the primary, without an error, when it does not; the
 * service stays ready either way, and says how the replica is. */
Test(operations, a_read_replica_serves_reads_and_never_gates_readiness)
{
	char replica[1200], dead[1200];
	const char *with_replica[] = { replica, NULL };
	const char *with_dead_replica[] = { dead, NULL };
	char *token = token_create("viewer", NULL);
	char *admin = token_create("admin", NULL);
	const char *far[] = { "Cacd-Lsn: FFFFFFFF/FFFFFFFF", NULL };
	struct reply *reply;
	json_t *ready;
	char *lsn;

	/* the test database stands in for a replica: reads must work through it */
	snprintf(replica, sizeof(replica), "CACD_READ_DATABASE_URL=%s",
		 test_env("CACDTEST_DATABASE_URL"));
	server_stop();
	server_start(with_replica);
	ready = readyz_until_replica(true);
	cr_assert_geq(json_integer_value(json_object_get(json_object_get(ready, "replica"),
							 "lag_ms")), 0);
	json_decref(ready);
	reply = api("GET", "/v1/instruments/cac", token, NULL);
	assert_status(reply, 200);
	reply_free(reply);
	/* every answered write says where it is in the WAL; a read that sends
	 * a position no replica has reached is served by the primary */
	reply = api("POST", "/v1/partnerships", admin, "{\"name\":\"WAL\"}");
	assert_status(reply, 201);
	lsn = reply_header(reply, "Cacd-Lsn");
	cr_assert(lsn != NULL && strchr(lsn, '/') != NULL, "%s", lsn ? lsn : "(none)");
	free(lsn);
	reply_free(reply);
	reply = api_with_headers("GET", "/v1/partnerships?limit=1", token, NULL, far);
	assert_status(reply, 200);
	reply_free(reply);

	/* a replica that does not answer: still ready, reads from the primary */
	snprintf(dead, sizeof(dead), "CACD_READ_DATABASE_URL=host=127.0.0.1 port=1 dbname=cacd "
		 "connect_timeout=1");
	server_stop();
	server_start(with_dead_replica);
	json_decref(readyz_until_replica(false));
	reply = api("GET", "/v1/instruments/cac", token, NULL);
	assert_status(reply, 200);
	reply_free(reply);
	reply = api("GET", "/v1/partnerships?limit=1", token, NULL);
	assert_status(reply, 200);
	reply_free(reply);
	free(admin);
	free(token);
}

/* `cacd probe` (the container health check) reads the same configuration
 * as the server, so it follows the listen address wherever it is set. */
Test(operations, probe_follows_the_listen_address_and_readiness)
{
	char listen[64], dead[200];
	const char *probe[] = { "probe", NULL };
	const char *at_listen[] = { listen, NULL };
	const char *with_dead_replica[] = { dead, NULL };

	snprintf(listen, sizeof(listen), "CACD_LISTEN=127.0.0.1:%u", server_port());
	cr_assert_eq(cacd_command(probe, at_listen, NULL), 0);
	/* a wildcard listen address is probed through loopback */
	snprintf(listen, sizeof(listen), "CACD_LISTEN=0.0.0.0:%u", server_port());
	cr_assert_eq(cacd_command(probe, at_listen, NULL), 0);
	/* nothing listens on port 1 */
	snprintf(listen, sizeof(listen), "CACD_LISTEN=127.0.0.1:1");
	cr_assert_eq(cacd_command(probe, at_listen, NULL), 1);

	/* a server that answers but is not ready (its primary is down) fails
	 * the probe; a replica that is down does not */
	snprintf(dead, sizeof(dead), "CACD_READ_DATABASE_URL=host=127.0.0.1 port=1 dbname=cacd "
		 "connect_timeout=1");
	server_stop();
	server_start(with_dead_replica);
	snprintf(listen, sizeof(listen), "CACD_LISTEN=127.0.0.1:%u", server_port());
	cr_assert_eq(cacd_command(probe, at_listen, NULL), 0);
	database_stop();
	cr_assert_eq(cacd_command(probe, at_listen, NULL), 1);
	database_start();
	cr_assert_eq(cacd_command(probe, at_listen, NULL), 0);
}
