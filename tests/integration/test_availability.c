/* Staying up: a frozen database costs quick 503s while /healthz and
 * /readyz answer at once; SIGTERM lets every accepted request get its
 * answer; no server outlives its test. Load stays small and on loopback. */
#include <curl/curl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "world.h"

static void thaw(void)
{
	database_signal("CONT");
	server_teardown();
}

TestSuite(availability, .init = server_setup, .fini = server_teardown, .timeout = 90);

static long milliseconds_since(const struct timespec *start)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (now.tv_sec - start->tv_sec) * 1000L + (now.tv_nsec - start->tv_nsec) / 1000000L;
}

struct waiting_call {
	const char *path;
	const char *token;
	long status;
	long milliseconds;
};

static void *waiting_call_run(void *argument)
{
	struct waiting_call *call = argument;
	struct timespec start;
	struct reply *reply;
	int code;

	clock_gettime(CLOCK_MONOTONIC, &start);
	reply = api_try("GET", call->path, call->token, NULL, NULL, &code);
	call->status = code == 0 ? reply->status : -code;
	call->milliseconds = milliseconds_since(&start);
	reply_free(reply);
	return NULL;
}

/* Eight dashboard calls wait on a frozen database: each gets 503 within
 * db_timeout_ms; meanwhile /healthz answers at once and /readyz says 503
 * within a second. After the thaw all is well again. */
Test(availability, a_frozen_database_costs_quick_503s, .fini = thaw)
{
	const char *settings[] = { "CACD_DB_TIMEOUT_MS=1500", NULL };
	static struct waiting_call calls[8];
	pthread_t threads[8];
	struct timespec start;
	struct reply *reply;
	struct world world;
	char path[128];
	long worst_health = 0, readiness, slowest_call = 0;

	server_stop();
	server_start(settings);
	world_build(&world);
	snprintf(path, sizeof(path), "/v1/partnerships/%s/trend", world.partnership);
	curl_global_init(CURL_GLOBAL_DEFAULT);
	database_signal("STOP");
	for (int i = 0; i < 8; i++) {
		calls[i] = (struct waiting_call){ path, world.viewer, 0, 0 };
		pthread_create(&threads[i], NULL, waiting_call_run, &calls[i]);
	}
	for (int i = 0; i < 5; i++) {
		clock_gettime(CLOCK_MONOTONIC, &start);
		reply = api("GET", "/healthz", NULL, NULL);
		assert_status(reply, 200);
		reply_free(reply);
		if (milliseconds_since(&start) > worst_health)
			worst_health = milliseconds_since(&start);
	}
	clock_gettime(CLOCK_MONOTONIC, &start);
	reply = api("GET", "/readyz", NULL, NULL);
	assert_problem(reply, 503);
	readiness = milliseconds_since(&start);
	cr_assert_lt(readiness, 1000, "/readyz took %ld ms", readiness);
	reply_free(reply);
	for (int i = 0; i < 8; i++)
		pthread_join(threads[i], NULL);
	for (int i = 0; i < 8; i++) {
		cr_assert_eq(calls[i].status, 503, "call %d: %ld", i, calls[i].status);
		/* db_timeout_ms counts from when the call was queued, also for
		 * those that waited for a worker behind the others */
		cr_assert_lt(calls[i].milliseconds, 1500 + 500, "call %d took %ld ms", i,
			     calls[i].milliseconds);
		if (calls[i].milliseconds > slowest_call)
			slowest_call = calls[i].milliseconds;
	}
	cr_assert_lt(worst_health, 1000, "/healthz took %ld ms", worst_health);
	cr_log_info("frozen database: worst /healthz %ld ms, /readyz 503 in %ld ms, "
		    "slowest of 8 trend calls 503 in %ld ms (db_timeout_ms 1500)",
		    worst_health, readiness, slowest_call);
	database_signal("CONT");
	reply = api("GET", path, world.viewer, NULL);
	assert_status(reply, 200);
	reply_free(reply);
	reply = api("GET", "/readyz", NULL, NULL);
	assert_status(reply, 200);
	reply_free(reply);
	world_free(&world);
}

#define WRITER_MEMBERS 4
#define WRITER_MAX_REVISION 40000

/* Which (member, revision) pairs a client got an answer for. */
static bool answered_revision[WRITER_MEMBERS][WRITER_MAX_REVISION];

struct writer {
	const char *token, *wave;
	char (*members)[40];
	int sent, answered;
	volatile bool *stop;
};

static void *writer_run(void *argument)
{
	struct writer *writer = argument;
	char path[160], body[64];

	for (int i = 0; !*writer->stop && i < 2000; i++) {
		struct reply *reply;
		int code;

		snprintf(path, sizeof(path), "/v1/waves/%s/responses/%s", writer->wave,
			 writer->members[i % WRITER_MEMBERS]);
		snprintf(body, sizeof(body), "{\"answers\":{\"1\":%d}}", i % 101);
		reply = api_try("PUT", path, writer->token, body, NULL, &code);
		writer->sent++;
		if (code == CURLE_OK && (reply->status == 200 || reply->status == 201)) {
			json_int_t revision = json_integer_value(json_object_get(reply->json,
										 "revision"));

			writer->answered++;
			if (revision > 0 && revision < WRITER_MAX_REVISION)
				__atomic_store_n(&answered_revision[i % WRITER_MEMBERS][revision],
						 true, __ATOMIC_RELAXED);
		}
		reply_free(reply);
		if (code == CURLE_COULDNT_CONNECT)
			break;
	}
	return NULL;
}

/* Stored revisions (history and current) that no client was answered for. */
static int sigterm_unanswered(const char *wave, char (*members)[40])
{
	PGconn *connection = test_database();
	char sql[512];
	PGresult *rows;
	int missing = 0;

	snprintf(sql, sizeof(sql), "SELECT member_id::text, revision FROM response_history"
		 " WHERE wave_id = '%s' UNION ALL SELECT member_id::text, revision FROM responses"
		 " WHERE wave_id = '%s'", wave, wave);
	rows = PQexec(connection, sql);
	cr_assert_eq(PQresultStatus(rows), PGRES_TUPLES_OK, "%s", PQresultErrorMessage(rows));
	for (int row = 0; row < PQntuples(rows); row++) {
		int revision = atoi(PQgetvalue(rows, row, 1));

		for (int m = 0; m < WRITER_MEMBERS; m++) {
			if (strcmp(PQgetvalue(rows, row, 0), members[m]) == 0 &&
			    revision < WRITER_MAX_REVISION && !answered_revision[m][revision])
				missing++;
		}
	}
	PQclear(rows);
	PQfinish(connection);
	return missing;
}

/* SIGTERM while 12 clients write: every revision the server stored was
 * answered to its client (a request still in the kernel's queue when the
 * server stops accepting is reset unread, which a client may retry), and
 * the server exits 0. */
Test(availability, sigterm_lets_accepted_requests_answer)
{
	static struct writer writers[12];
	static char members[WRITER_MEMBERS][40];
	static volatile bool stop;
	pthread_t threads[12];
	struct world world;
	char path[128];
	int answered = 0, lost = 0, status;

	world_build(&world);
	snprintf(path, sizeof(path), "/v1/partnerships/%s/members", world.partnership);
	for (int i = 0; i < WRITER_MEMBERS; i++) {
		char body[128];
		json_t *created;

		snprintf(body, sizeof(body), "{\"label\":\"w%d\",\"sector\":\"welfare\",\"role\":\"other\"}", i);
		created = expect("POST", path, world.admin, body, 201);
		copy_id(created, members[i]);
		json_decref(created);
	}
	curl_global_init(CURL_GLOBAL_DEFAULT);
	for (int i = 0; i < 12; i++) {
		writers[i] = (struct writer){ world.admin, world.wave, members, 0, 0, &stop };
		pthread_create(&threads[i], NULL, writer_run, &writers[i]);
	}
	/* let the writers get going: wait for the first answers, not a time */
	while (writers[0].answered < 5)
		sched_yield();
	status = server_terminate();
	for (int i = 0; i < 12; i++)
		pthread_join(threads[i], NULL);
	stop = true;
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0, "exit status %d", status);
	for (int i = 0; i < 12; i++)
		answered += writers[i].answered;
	lost = sigterm_unanswered(world.wave, members);
	cr_log_info("SIGTERM under 12 writers: %d answered, %d stored but not answered", answered,
		    lost);
	cr_assert_gt(answered, 0);
	cr_assert_eq(lost, 0, "%d stored revisions were never answered", lost);
	/* the audit writer stores what it holds before the process ends */
	{
		char sql[256];
		char *audited;

		snprintf(sql, sizeof(sql), "SELECT count(*) FROM audit_log WHERE method = 'PUT' "
			 "AND status IN (200, 201) AND route LIKE '/v1/waves/%%' AND resource_id IN "
			 "(SELECT member_id::text FROM responses WHERE wave_id = '%s')", world.wave);
		audited = test_query_value(sql);
		cr_assert_geq(atoi(audited), answered, "%s of %d answered writes audited", audited,
			      answered);
		free(audited);
	}
	world_free(&world);
}
