#include "harness.h"

#include <criterion/hooks.h>
#include <curl/curl.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

/* Up to two servers on the one test database (server_use picks which one
 * the calls below talk to), for what crosses instances. */
struct server {
	pid_t pid;
	unsigned port;
	char log_path[512];
	pthread_t drain_thread;
};
static struct server servers[2];
static struct server *server = &servers[0];

const char *test_env(const char *name)
{
	const char *value = getenv(name);

	if (value == NULL || *value == '\0')
		cr_assert_fail("%s is not set: run the integration tests through make test", name);
	return value;
}

static void log_path_for_current_test(char *out, size_t size)
{
	snprintf(out, size, "%s/%s.%s%s.log", test_env("CACDTEST_LOG_DIR"),
		 criterion_current_test->category, criterion_current_test->name,
		 server == &servers[0] ? "" : ".second");
}

void server_use(int index)
{
	cr_assert(index >= 0 && index < 2);
	server = &servers[index];
}

/* Child: stderr to the pipe, stdout to the log too, then exec. The server
 * gets SIGTERM when the test process ends, whichever way it ends, so no
 * server outlives its test. */
static void server_exec(int write_end, const char *const *extra, pid_t parent)
{
	char database[1024];

	if (prctl(PR_SET_PDEATHSIG, SIGTERM) != 0 || getppid() != parent)
		_exit(126);
	dup2(write_end, STDERR_FILENO);
	dup2(write_end, STDOUT_FILENO);
	snprintf(database, sizeof(database), "CACD_DATABASE_URL=%s",
		 test_env("CACDTEST_DATABASE_URL"));
	putenv(database);
	putenv("CACD_LISTEN=127.0.0.1:0");
	putenv("CACD_WORKERS=2");
	putenv("CACD_CONFIG=/dev/null");
	putenv("CACD_FORM_URL=https://cac.example/form?t={token}&lang=nl");
	for (size_t i = 0; extra && extra[i]; i++)
		putenv((char *)extra[i]);
	execl(test_env("CACDTEST_BINARY"), "cacd", "serve", (char *)NULL);
	_exit(127);
}

struct drain {
	FILE *from;
	FILE *to;
};

/* Copies the rest of the server's output to its log file until it exits. */
static void *server_drain(void *argument)
{
	struct drain *drain = argument;
	char line[4096];

	while (fgets(line, sizeof(line), drain->from) != NULL) {
		fputs(line, drain->to);
		fflush(drain->to);
	}
	fclose(drain->from);
	fclose(drain->to);
	free(drain);
	return NULL;
}

/* Reads the server's output until "listening on HOST:PORT": the server is
 * accepting then, so no test needs to sleep or poll. */
static unsigned server_wait_listening(FILE *from, FILE *to)
{
	char line[4096];

	while (fgets(line, sizeof(line), from) != NULL) {
		char *at = strstr(line, "listening on 127.0.0.1:");

		fputs(line, to);
		fflush(to);
		if (at != NULL)
			return (unsigned)strtoul(at + strlen("listening on 127.0.0.1:"), NULL, 10);
	}
	return 0;
}

void server_start(const char *const *extra)
{
	int pipe_ends[2];
	struct drain *drain = calloc(1, sizeof(*drain));

	cr_assert(pipe(pipe_ends) == 0);
	log_path_for_current_test(server->log_path, sizeof(server->log_path));
	pid_t parent = getpid();

	server->pid = fork();
	cr_assert(server->pid >= 0);
	if (server->pid == 0) {
		close(pipe_ends[0]);
		server_exec(pipe_ends[1], extra, parent);
	}
	close(pipe_ends[1]);
	drain->from = fdopen(pipe_ends[0], "r");
	drain->to = fopen(server->log_path, "a");
	cr_assert(drain->from && drain->to);
	server->port = server_wait_listening(drain->from, drain->to);
	cr_assert(server->port != 0, "the server did not start; its log: %s", server->log_path);
	pthread_create(&server->drain_thread, NULL, server_drain, drain);
}

int server_terminate(void)
{
	int status = 0;

	if (server->pid <= 0)
		return 0;
	kill(server->pid, SIGTERM);
	waitpid(server->pid, &status, 0);
	pthread_join(server->drain_thread, NULL);
	server->pid = 0;
	return status;
}

void server_stop(void)
{
	int status;

	if (server->pid <= 0)
		return;
	status = server_terminate();
	cr_expect(WIFEXITED(status) && WEXITSTATUS(status) == 0,
		  "the server did not stop cleanly (status %d); its log: %s", status, server->log_path);
}

pid_t server_process_id(void)
{
	return server->pid;
}

unsigned server_port(void)
{
	return server->port;
}

const char *server_log_path(void)
{
	return server->log_path;
}

char *server_log(void)
{
	FILE *file = fopen(server->log_path, "r");
	char *text = NULL;
	size_t length = 0;

	if (file == NULL)
		return strdup("");
	FILE *memory = open_memstream(&text, &length);
	char buffer[4096];
	size_t got;

	while ((got = fread(buffer, 1, sizeof(buffer), file)) > 0)
		fwrite(buffer, 1, got, memory);
	fclose(memory);
	fclose(file);
	return text;
}

void server_wait_log(const char *text, int seconds)
{
	const struct timespec nap = { 0, 5 * 1000000L };
	struct timespec start, now;

	clock_gettime(CLOCK_MONOTONIC, &start);
	for (;;) {
		char *log = server_log();
		bool found = strstr(log, text) != NULL;

		free(log);
		if (found)
			return;
		clock_gettime(CLOCK_MONOTONIC, &now);
		cr_assert(now.tv_sec - start.tv_sec < seconds, "the server never logged '%s'", text);
		nanosleep(&nap, NULL);
	}
}

void server_setup(void)
{
	server_start(NULL);
}

void server_teardown(void)
{
	server_use(1);
	server_stop();
	server_use(0);
	server_stop();
}

/* Criterion's runner: show the server log of every failed test. */
ReportHook(POST_TEST)(struct criterion_test_stats *stats)
{
	char path[512];
	char line[4096];
	FILE *file;

	if (stats->test_status != CR_STATUS_FAILED)
		return;
	snprintf(path, sizeof(path), "%s/%s.%s.log", getenv("CACDTEST_LOG_DIR"),
		 stats->test->category, stats->test->name);
	file = fopen(path, "r");
	if (file == NULL)
		return;
	fprintf(stderr, "---- server log of %s::%s ----\n", stats->test->category,
		stats->test->name);
	while (fgets(line, sizeof(line), file) != NULL)
		fputs(line, stderr);
	fprintf(stderr, "---- end of server log ----\n");
	fclose(file);
}

/* ---- HTTP ---- */

static size_t collect(char *data, size_t size, size_t count, void *user)
{
	FILE *memory = user;

	return fwrite(data, size, count, memory);
}

struct reply *api_with_headers(const char *method, const char *path, const char *token,
			       const char *body, const char *const *headers)
{
	int code;
	struct reply *reply = api_try(method, path, token, body, headers, &code);

	cr_assert_eq(code, CURLE_OK, "%s %s: %s", method, path,
		     curl_easy_strerror((CURLcode)code));
	return reply;
}

/* Every reply, one JSON line each, to CACDTEST_REPLY_LOG when it is set:
 * tests/openapi/validate.py checks them against the served document. */
static void reply_record(const char *method, const char *path, const struct reply *reply)
{
	static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
	const char *log = getenv("CACDTEST_REPLY_LOG");
	char *type = reply_header(reply, "Content-Type");
	json_t *line;
	FILE *file;

	if (log == NULL || *log == '\0') {
		free(type);
		return;
	}
	line = json_pack("{s:s, s:s, s:i, s:s, s:O}", "method", method, "path", path, "status",
			 (int)reply->status, "type", type ? type : "", "body",
			 reply->json ? reply->json : json_null());
	pthread_mutex_lock(&lock);
	file = fopen(log, "a");
	if (file != NULL) {
		json_dumpf(line, file, JSON_COMPACT);
		fputc('\n', file);
		fclose(file);
	}
	pthread_mutex_unlock(&lock);
	json_decref(line);
	free(type);
}

struct reply *api_try(const char *method, const char *path, const char *token,
		      const char *body, const char *const *headers, int *curl_code)
{
	struct reply *reply = calloc(1, sizeof(*reply));
	CURL *curl = curl_easy_init();
	struct curl_slist *list = NULL;
	char url[2048], authorization[512];
	size_t header_length = 0;
	FILE *body_stream = open_memstream(&reply->body, &reply->length);
	FILE *header_stream = open_memstream(&reply->headers, &header_length);
	CURLcode code;

	snprintf(url, sizeof(url), "http://127.0.0.1:%u%s", server->port, path);
	curl_easy_setopt(curl, CURLOPT_URL, url);
	curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method);
	if (strcmp(method, "HEAD") == 0)
		curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
	if (token != NULL) {
		snprintf(authorization, sizeof(authorization), "Authorization: Bearer %s", token);
		list = curl_slist_append(list, authorization);
	}
	bool typed = false;

	for (size_t i = 0; headers && headers[i]; i++) {
		list = curl_slist_append(list, headers[i]);
		typed = typed || strncasecmp(headers[i], "Content-Type:", 13) == 0;
	}
	if (body != NULL) {
		curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body);
		if (!typed)
			list = curl_slist_append(list, "Content-Type: application/json");
	}
	curl_easy_setopt(curl, CURLOPT_HTTPHEADER, list);
	curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
	curl_easy_setopt(curl, CURLOPT_WRITEDATA, body_stream);
	curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, collect);
	curl_easy_setopt(curl, CURLOPT_HEADERDATA, header_stream);
	curl_easy_setopt(curl, CURLOPT_TIMEOUT, 30L);
	code = curl_easy_perform(curl);
	fclose(body_stream);
	fclose(header_stream);
	*curl_code = (int)code;
	curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply->status);
	curl_slist_free_all(list);
	curl_easy_cleanup(curl);
	reply->json = json_loadb(reply->body, reply->length, 0, NULL);
	if (code == CURLE_OK)
		reply_record(method, path, reply);
	return reply;
}

long metric_value(const char *token, const char *name)
{
	struct reply *reply = api("GET", "/metrics", token, NULL);
	char line_start[128];
	const char *line;
	char *end;
	long value;

	/* a sample's own line, not its # HELP or # TYPE line */
	snprintf(line_start, sizeof(line_start), "\n%s ", name);
	cr_assert_eq(reply->status, 200);
	line = strstr(reply->body, line_start);
	cr_assert(line != NULL, "no sample %s in /metrics", name);
	value = strtol(line + strlen(line_start), &end, 10);
	cr_assert(end != line + strlen(line_start) && (*end == '\n' || *end == '\0'),
		  "the sample %s is not a whole number", name);
	reply_free(reply);
	return value;
}

struct reply *api(const char *method, const char *path, const char *token, const char *body)
{
	return api_with_headers(method, path, token, body, NULL);
}

void reply_free(struct reply *reply)
{
	if (reply == NULL)
		return;
	json_decref(reply->json);
	free(reply->body);
	free(reply->headers);
	free(reply);
}

char *reply_header(const struct reply *reply, const char *name)
{
	size_t length = strlen(name);

	for (const char *line = reply->headers; line && *line;) {
		const char *end = strstr(line, "\r\n");

		if (strncasecmp(line, name, length) == 0 && line[length] == ':') {
			const char *value = line + length + 1;

			while (*value == ' ')
				value++;
			return strndup(value, (size_t)((end ? end : value + strlen(value)) - value));
		}
		line = end ? end + 2 : NULL;
	}
	return NULL;
}

void expect_problem(const char *method, const char *path, const char *token, const char *body,
		    long status)
{
	struct reply *reply = api(method, path, token, body);

	assert_problem(reply, status);
	reply_free(reply);
}

void assert_problem(const struct reply *reply, long status)
{
	char *type = reply_header(reply, "Content-Type");

	assert_status(reply, status);
	cr_assert(type && strcmp(type, "application/problem+json") == 0,
		  "content type %s", type ? type : "(none)");
	cr_assert(reply->json != NULL, "problem body is not JSON: %s", reply->body);
	cr_assert_eq(json_integer_value(json_object_get(reply->json, "status")), status);
	cr_assert(json_is_string(json_object_get(reply->json, "title")));
	cr_assert(json_is_string(json_object_get(reply->json, "detail")));
	cr_assert(json_is_string(json_object_get(reply->json, "type")));
	cr_assert(json_is_array(json_object_get(reply->json, "errors")), "no errors array");
	free(type);
}

/* ---- the binary and the database ---- */

int cacd_command(const char *const *arguments, const char *const *extra, char **output)
{
	int pipe_ends[2], status;
	pid_t child;
	char database[1024];

	cr_assert(pipe(pipe_ends) == 0);
	child = fork();
	if (child == 0) {
		const char *argv[32] = { "cacd" };
		size_t count = 1;

		close(pipe_ends[0]);
		dup2(pipe_ends[1], STDOUT_FILENO);
		snprintf(database, sizeof(database), "CACD_DATABASE_URL=%s",
			 test_env("CACDTEST_DATABASE_URL"));
		putenv(database);
		putenv("CACD_CONFIG=/dev/null");
		for (size_t i = 0; extra && extra[i]; i++)
			putenv((char *)extra[i]);
		for (size_t i = 0; arguments[i] && count < 31; i++)
			argv[count++] = arguments[i];
		argv[count] = NULL;
		execv(test_env("CACDTEST_BINARY"), (char **)argv);
		_exit(127);
	}
	close(pipe_ends[1]);
	{
		FILE *from = fdopen(pipe_ends[0], "r");
		char *text = NULL;
		size_t length = 0;
		FILE *memory = open_memstream(&text, &length);
		char buffer[4096];
		size_t got;

		while ((got = fread(buffer, 1, sizeof(buffer), from)) > 0)
			fwrite(buffer, 1, got, memory);
		fclose(memory);
		fclose(from);
		if (output)
			*output = text;
		else
			free(text);
	}
	waitpid(child, &status, 0);
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

char *token_create(const char *role, const char *partnership_id)
{
	const char *arguments[] = { "token", "create", "--role", role,
				    partnership_id ? "--partnership" : NULL, partnership_id, NULL };
	char *output = NULL;
	int status = cacd_command(arguments, NULL, &output);
	size_t length;

	cr_assert_eq(status, 0, "token create --role %s failed", role);
	length = strlen(output);
	while (length > 0 && output[length - 1] == '\n')
		output[--length] = '\0';
	cr_assert(strncmp(output, "cacd_", 5) == 0 && length == 48, "token: %s", output);
	return output;
}

PGconn *test_database(void)
{
	PGconn *connection = PQconnectdb(test_env("CACDTEST_DATABASE_URL"));

	cr_assert_eq(PQstatus(connection), CONNECTION_OK, "%s", PQerrorMessage(connection));
	PQclear(PQexec(connection, "SET client_min_messages = warning"));
	return connection;
}

char *test_query_value(const char *sql)
{
	PGconn *connection = test_database();
	PGresult *result = PQexec(connection, sql);
	char *value;

	cr_assert_eq(PQresultStatus(result), PGRES_TUPLES_OK, "%s: %s", sql,
		     PQresultErrorMessage(result));
	cr_assert_eq(PQntuples(result), 1, "%s gave %d rows", sql, PQntuples(result));
	value = strdup(PQgetvalue(result, 0, 0));
	PQclear(result);
	PQfinish(connection);
	return value;
}

void assert_query(const char *sql, const char *expected)
{
	char *value = test_query_value(sql);

	cr_assert_str_eq(value, expected, "%s", sql);
	free(value);
}

static void database_control(const char *action)
{
	char command[2048];

	snprintf(command, sizeof(command), "%s/scripts/pg.sh %s %s %s >&2",
		 test_env("CACDTEST_ROOT"), action, test_env("CACDTEST_PG_DIR"),
		 strcmp(action, "start") == 0 ? test_env("CACDTEST_PG_PORT") : "");
	cr_assert_eq(system(command), 0, "%s failed", command);
}

void database_stop(void)
{
	database_control("stop");
}

void database_start(void)
{
	database_control("start");
}

/* SIGSTOP or SIGCONT to the cluster's postmaster and every backend. */
void database_signal(const char *signal_name)
{
	char command[2048];

	snprintf(command, sizeof(command),
		 "pid=$(head -1 '%s/postmaster.pid') && pkill -%s -P \"$pid\"; kill -%s \"$pid\"",
		 test_env("CACDTEST_PG_DIR"), signal_name, signal_name);
	cr_assert_eq(system(command), 0, "%s failed", command);
}



long server_memory_kib(const char *field)
{
	char path[64], line[256];
	size_t length = strlen(field);
	long kib = -1;
	FILE *status;

	snprintf(path, sizeof(path), "/proc/%d/status", (int)server_process_id());
	status = fopen(path, "r");
	cr_assert(status != NULL);
	while (fgets(line, sizeof(line), status) != NULL) {
		if (strncmp(line, field, length) == 0 && line[length] == ':')
			kib = strtol(line + length + 1, NULL, 10);
	}
	fclose(status);
	cr_assert(kib >= 0, "no %s in %s", field, path);
	return kib;
}
