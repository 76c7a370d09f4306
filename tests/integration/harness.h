/* Integration harness: starts the real cacd binary against the test
 * cluster, talks HTTP to it with libcurl, and saves its log so a failing
 * test can show it. Environment from scripts/test.sh:
 *   CACDTEST_BINARY, CACDTEST_DATABASE_URL, CACDTEST_PG_DIR, CACDTEST_ROOT */
#ifndef CACD_TEST_HARNESS_H
#define CACD_TEST_HARNESS_H

#include <criterion/criterion.h>
#include <jansson.h>
#include <libpq-fe.h>
#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

struct reply {
	long status;
	char *body;
	size_t length;
	char *headers;
	json_t *json; /* parsed body when it is JSON, else NULL */
};

/* Which of two servers (0, the default, or 1) the calls below start, stop
 * and talk to; both use the one test database. */
void server_use(int index);
/* Starts cacd serve with extra NULL-terminated "KEY=VALUE" settings. */
void server_start(const char *const *extra_environment);
void server_stop(void);
/* SIGTERM to the server; waits for it to exit and returns its wait status. */
int server_terminate(void);
unsigned server_port(void);
pid_t server_process_id(void);
const char *server_log_path(void);
/* A memory figure of the server's /proc status in KiB: "VmRSS" (resident
 * now) or "VmHWM" (the most it was resident). */
long server_memory_kib(const char *field);
/* The server log so far; caller frees. */
char *server_log(void);
/* Waits until the server has logged text (a state change it announces),
 * failing the test after seconds. */
void server_wait_log(const char *text, int seconds);

/* Standard fixture: a server with default settings. */
void server_setup(void);
void server_teardown(void);

/* One request; token may be NULL; body may be NULL. Caller frees reply. */
struct reply *api(const char *method, const char *path, const char *token, const char *body);
struct reply *api_with_headers(const char *method, const char *path, const char *token,
			       const char *body, const char *const *headers);
/* The same without asserting that the exchange worked (for other threads,
 * and for tests of failures): *curl_code is libcurl's result. */
struct reply *api_try(const char *method, const char *path, const char *token,
		      const char *body, const char *const *headers, int *curl_code);
void reply_free(struct reply *reply);
/* The value of a sample without labels in /metrics (read with token),
 * failing the test when the server does not print it. */
long metric_value(const char *token, const char *name);
/* A response header's value (case-insensitive name); caller frees; NULL if absent. */
char *reply_header(const struct reply *reply, const char *name);

/* Runs the cacd binary with arguments; returns its exit status and, when
 * output is not NULL, what it printed on stdout (caller frees). */
int cacd_command(const char *const *arguments, const char *const *extra_environment,
		 char **output);
/* A new token of this role via `cacd token create`; caller frees. */
char *token_create(const char *role, const char *partnership_id);

/* A direct libpq connection to the test database for checking rows. */
PGconn *test_database(void);
/* The single value of a query without parameters; caller frees. */
char *test_query_value(const char *sql);
/* Asserts that query's single value is expected. */
void assert_query(const char *sql, const char *expected);
/* Start / stop the test cluster (for readiness tests). */
void database_stop(void);
void database_start(void);
/* Freezes ("STOP") or thaws ("CONT") the test cluster's processes. */
void database_signal(const char *signal_name);


const char *test_env(const char *name);

/* Asserting helpers that print the body on failure. */
#define assert_status(reply, expected)                                                    \
	cr_assert_eq((reply)->status, (expected), "expected %d, got %ld: %s", (expected), \
		     (reply)->status, (reply)->body ? (reply)->body : "")

void assert_problem(const struct reply *reply, long status);
/* Sends a request and asserts a problem+json reply of that status. */
void expect_problem(const char *method, const char *path, const char *token, const char *body,
		    long status);

#endif
