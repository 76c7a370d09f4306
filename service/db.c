#include "db.h"

#include <errno.h>
#include <libpq-fe.h>
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "db_connection.h"
#include "replica.h"
#include "log.h"
#include "mem.h"
#include "queries.h"
#include "timing.h"

/* Tries of a statement that lost a deadlock or a serialization race. */
#define DB_MAX_ROLLBACK_TRIES 5

static const struct config *db_config;
static pthread_key_t db_keys[2];
static pthread_once_t db_keys_once = PTHREAD_ONCE_INIT;

static atomic_long counter_open, counter_connects, counter_connect_failures;
static atomic_long counter_queries, counter_query_failures, counter_rollback_retries;
static atomic_long counter_timeouts;

void db_connection_drop(struct db_connection *connection)
{
	db_transaction_forget(connection);
	if (connection->pg != NULL) {
		PQfinish(connection->pg);
		atomic_fetch_sub(&counter_open, 1);
	}
	connection->pg = NULL;
	connection->prepared_count = 0;
}

static void db_connection_destroy(void *pointer)
{
	struct db_connection *connection = pointer;

	db_connection_drop(connection);
	free(connection);
}

static void db_keys_create(void)
{
	pthread_key_create(&db_keys[0], db_connection_destroy);
	pthread_key_create(&db_keys[1], db_connection_destroy);
}

void db_setup(const struct config *config)
{
	db_config = config;
	pthread_once(&db_keys_once, db_keys_create);
}

/* The connection's settings. Keepalives and tcp_user_timeout let the
 * kernel give up on a peer that stopped answering; a slow query must not
 * hold a worker for long; times go out in UTC whatever the server's zone. */
struct db_parameters {
	char timeout[16], user_timeout[16], options[160];
	const char *keywords[12];
	const char *values[12];
};

static void db_parameters_fill(struct db_parameters *p, const char *url,
			       const struct config *config)
{
	static const char *const keywords[] = { "dbname", "connect_timeout", "options",
						"application_name", "keepalives",
						"keepalives_idle", "keepalives_interval",
						"keepalives_count", "tcp_user_timeout", NULL };
	const char *values[] = { url, p->timeout, p->options, "cacd", "1", "10", "5", "3",
				 p->user_timeout, NULL };

	snprintf(p->timeout, sizeof(p->timeout), "%ld", config->database_connect_timeout_seconds);
	snprintf(p->user_timeout, sizeof(p->user_timeout), "%ld", config->db_timeout_ms);
	snprintf(p->options, sizeof(p->options),
		 "-c statement_timeout=%ld -c TimeZone=UTC -c client_min_messages=warning "
		 "-c cacd.member_confirmation=%s",
		 config->statement_timeout_ms, config->member_confirmation ? "on" : "off");
	memcpy(p->keywords, keywords, sizeof(keywords));
	memcpy(p->values, values, sizeof(values));
}

static PGconn *db_connect_failed(PGconn *pg)
{
	const char *message = pg ? PQerrorMessage(pg) : "out of memory";
	size_t length = strlen(message);

	while (length > 0 && (message[length - 1] == '\n' || message[length - 1] == ' '))
		length--;
	log_warn("database connection failed: %.*s", (int)length, message);
	atomic_fetch_add(&counter_connect_failures, 1);
	PQfinish(pg);
	return NULL;
}

/* A blocking connection, bounded by connect_timeout: for the CLI. */
static PGconn *db_connect(const char *url, const struct config *config)
{
	struct db_parameters parameters;
	PGconn *pg;

	db_parameters_fill(&parameters, url, config);
	pg = PQconnectdbParams(parameters.keywords, parameters.values, 1);
	atomic_fetch_add(&counter_connects, 1);
	return PQstatus(pg) == CONNECTION_OK ? pg : db_connect_failed(pg);
}

/* Waits for the connection's socket; false when the deadline came first. */
bool db_wait(PGconn *pg, short events, const struct timespec *deadline)
{
	struct pollfd ready = { .fd = PQsocket(pg), .events = events };
	int left, got;

	do {
		left = (int)timing_ms_until(deadline);
		if (left == 0)
			return false;
		got = poll(&ready, 1, left);
	} while (got < 0 && errno == EINTR);
	return got > 0;
}

/* A connection for the workers, made without blocking past the deadline. */
static PGconn *db_connect_until(const char *url, const struct config *config,
				const struct timespec *deadline)
{
	struct db_parameters parameters;
	PostgresPollingStatusType state = PGRES_POLLING_WRITING;
	PGconn *pg;

	db_parameters_fill(&parameters, url, config);
	pg = PQconnectStartParams(parameters.keywords, parameters.values, 1);
	atomic_fetch_add(&counter_connects, 1);
	if (pg == NULL || PQstatus(pg) == CONNECTION_BAD)
		return db_connect_failed(pg);
	while (state != PGRES_POLLING_OK && state != PGRES_POLLING_FAILED) {
		if (!db_wait(pg, state == PGRES_POLLING_READING ? POLLIN : POLLOUT, deadline)) {
			log_warn("database connection failed: no answer in time");
			atomic_fetch_add(&counter_connect_failures, 1);
			PQfinish(pg);
			return NULL;
		}
		state = PQconnectPoll(pg);
	}
	if (state == PGRES_POLLING_FAILED || PQsetnonblocking(pg, 1) != 0)
		return db_connect_failed(pg);
	return pg;
}

/* Sends what libpq holds and collects the results of one command, all
 * before the deadline. The last result, or the first error; NULL when the
 * connection failed or *late when the deadline passed. */
bool db_flush(PGconn *pg, const struct timespec *deadline, bool *late)
{
	int flushed;

	while ((flushed = PQflush(pg)) == 1) {
		if (!db_wait(pg, POLLOUT | POLLIN, deadline) || !PQconsumeInput(pg)) {
			*late = timing_ms_until(deadline) == 0;
			return false;
		}
	}
	return flushed == 0;
}

PGresult *db_next_result(PGconn *pg, const struct timespec *deadline, bool *late, bool *broken)
{
	while (PQisBusy(pg)) {
		if (!db_wait(pg, POLLIN, deadline)) {
			*late = true;
			*broken = true;
			return NULL;
		}
		if (!PQconsumeInput(pg)) {
			*broken = true;
			return NULL;
		}
	}
	return PQgetResult(pg);
}

PGresult *db_collect(PGconn *pg, const struct timespec *deadline, bool *late)
{
	PGresult *kept = NULL, *next;

	if (!db_flush(pg, deadline, late))
		return NULL;
	for (;;) {
		while (PQisBusy(pg)) {
			if (!db_wait(pg, POLLIN, deadline)) {
				*late = true;
				PQclear(kept);
				return NULL;
			}
			if (!PQconsumeInput(pg)) {
				PQclear(kept);
				return NULL;
			}
		}
		if ((next = PQgetResult(pg)) == NULL)
			return kept;
		if (kept != NULL && PQresultStatus(kept) == PGRES_FATAL_ERROR) {
			PQclear(next);
			continue;
		}
		PQclear(kept);
		kept = next;
	}
}

/* Connections are kept per thread for the primary and for the replica. */
static enum db_target db_effective_target(enum db_target target)
{
	return db_config->read_database_url[0] != '\0' && target != DB_PRIMARY ? DB_REPLICA
										 : DB_PRIMARY;
}

static const char *db_url(enum db_target target)
{
	return db_effective_target(target) == DB_REPLICA ? db_config->read_database_url
							  : db_config->database_url;
}

struct db_connection *db_connection_get(enum db_target target,
					      const struct timespec *deadline)
{
	enum db_target effective = db_effective_target(target);
	size_t slot = effective == DB_REPLICA ? 1 : 0;
	struct db_connection *connection = pthread_getspecific(db_keys[slot]);

	if (connection == NULL) {
		connection = mem_calloc(1, sizeof(*connection));
		pthread_setspecific(db_keys[slot], connection);
	}
	if (connection->pg != NULL && PQstatus(connection->pg) != CONNECTION_OK)
		db_connection_drop(connection);
	if (connection->pg == NULL) {
		connection->pg = db_connect_until(db_url(target), db_config, deadline);
		if (connection->pg == NULL)
			return NULL;
		atomic_fetch_add(&counter_open, 1);
	}
	return connection;
}

static bool db_is_prepared(const struct db_connection *connection,
			   const struct db_statement *statement)
{
	for (size_t i = 0; i < connection->prepared_count; i++) {
		if (connection->prepared[i] == statement)
			return true;
	}
	return false;
}

void db_result_fill(struct db_result *result, PGresult *rows)
{
	const char *sqlstate = PQresultErrorField(rows, PG_DIAG_SQLSTATE);
	const char *constraint = PQresultErrorField(rows, PG_DIAG_CONSTRAINT_NAME);

	result->rows = rows;
	snprintf(result->sqlstate, sizeof(result->sqlstate), "%s", sqlstate ? sqlstate : "");
	snprintf(result->constraint, sizeof(result->constraint), "%s",
		 constraint ? constraint : "");
}

/* SQLSTATE classes: 08 connection, 57P0x shutdown, 57014 statement timeout,
 * 53 insufficient resources, 40 rollbacks (serialization, deadlock). */
enum db_status db_status_from_sqlstate(const char *sqlstate)
{
	if (strcmp(sqlstate, "23505") == 0)
		return DB_CONFLICT;
	if (strcmp(sqlstate, "23503") == 0)
		return DB_FOREIGN_KEY;
	if (strcmp(sqlstate, "23514") == 0 || strcmp(sqlstate, "23502") == 0 ||
	    strncmp(sqlstate, "22", 2) == 0)
		return DB_INVALID;
	if (sqlstate[0] == '\0' || strncmp(sqlstate, "08", 2) == 0 ||
	    strncmp(sqlstate, "57", 2) == 0 || strncmp(sqlstate, "53", 2) == 0 ||
	    strncmp(sqlstate, "40", 2) == 0)
		return DB_UNAVAILABLE;
	return DB_ERROR;
}

enum db_status db_prepare(struct db_connection *connection,
				 const struct db_statement *statement,
				 struct db_result *result, const struct timespec *deadline,
				 bool *late)
{
	PGresult *prepared;

	if (db_is_prepared(connection, statement))
		return DB_OK;
	if (connection->prepared_count == DB_MAX_PREPARED) {
		log_error("database: more than %d statements; raise DB_MAX_PREPARED",
			  DB_MAX_PREPARED);
		return DB_ERROR;
	}
	if (!PQsendPrepare(connection->pg, statement->name, statement->sql, 0, NULL))
		return DB_UNAVAILABLE;
	prepared = db_collect(connection->pg, deadline, late);
	if (prepared == NULL)
		return DB_UNAVAILABLE;
	if (PQresultStatus(prepared) != PGRES_COMMAND_OK) {
		db_result_fill(result, prepared);
		return DB_ERROR;
	}
	PQclear(prepared);
	connection->prepared[connection->prepared_count++] = statement;
	return DB_OK;
}

/* 40001 serialization failure, 40P01 deadlock: the transaction was rolled
 * back whole, so sending it again is safe. */
bool db_rolled_back(const struct db_result *result)
{
	return strcmp(result->sqlstate, "40001") == 0 || strcmp(result->sqlstate, "40P01") == 0;
}

/* One try. *connection_lost when the connection broke (it is dropped);
 * *late when the deadline passed first (dropped too: a command is still
 * under way on it). */
static enum db_status db_query_once(enum db_target target,
				    const struct db_statement *statement, int count,
				    const char *const *values, struct db_result *result,
				    const struct timespec *deadline, bool *connection_lost,
				    bool *late)
{
	struct db_connection *connection = db_connection_get(target, deadline);
	enum db_status status;
	PGresult *rows = NULL;

	memset(result, 0, sizeof(*result));
	if (connection == NULL)
		return DB_UNAVAILABLE;
	status = db_prepare(connection, statement, result, deadline, late);
	if (status == DB_OK) {
		if (db_transaction_joins(db_effective_target(target)))
			rows = db_transaction_send(connection, statement, count, values, deadline,
						   late);
		else if (PQsendQueryPrepared(connection->pg, statement->name, count, values, NULL,
					     NULL, statement->binary ? 1 : 0))
			rows = db_collect(connection->pg, deadline, late);
		if (rows != NULL) {
			db_result_fill(result, rows);
			if (PQresultStatus(rows) == PGRES_TUPLES_OK ||
			    PQresultStatus(rows) == PGRES_COMMAND_OK)
				return DB_OK;
			status = db_status_from_sqlstate(result->sqlstate);
		} else {
			status = DB_UNAVAILABLE;
		}
	} else if (result->rows != NULL) {
		status = db_status_from_sqlstate(result->sqlstate);
		if (status != DB_UNAVAILABLE)
			status = DB_ERROR;
	}
	if (*late || connection->pg == NULL || PQstatus(connection->pg) != CONNECTION_OK) {
		db_connection_drop(connection);
		*connection_lost = !*late;
	}
	return status;
}

static _Thread_local unsigned long long db_read_floor;

void db_read_floor_set(unsigned long long lsn)
{
	db_read_floor = lsn;
}

enum db_target db_read_choose(void)
{
	enum db_target target = replica_current(db_read_floor) ? DB_REPLICA : DB_PRIMARY;

	db_read_floor = 0;
	return target;
}

/* Replica reads get at most half the time left (and a second), so that a
 * replica that stopped answering leaves time to read from the primary. */
#define DB_REPLICA_TRY_MILLISECONDS 1000

static enum db_status db_query_routed(const struct db_statement *statement, int count,
				      const char *const *values, struct db_result *result,
				      long milliseconds);

enum db_status db_query_within(enum db_target target, const struct db_statement *statement,
			       int count, const char *const *values, struct db_result *result,
			       long milliseconds)
{
	bool connection_lost = false, late = false;
	struct timespec deadline;
	enum db_status status;

	if (target == DB_READ)
		return db_query_routed(statement, count, values, result, milliseconds);
	atomic_fetch_add(&counter_queries, 1);
	if (count != statement->parameters) {
		memset(result, 0, sizeof(*result));
		log_error("database: statement %s takes %d parameters, given %d", statement->name,
			  statement->parameters, count);
		return DB_ERROR;
	}
	timing_after(CLOCK_MONOTONIC, milliseconds, &deadline);
	status = db_query_once(target, statement, count, values, result, &deadline,
			       &connection_lost, &late);
	/* A connection kept from before a database restart fails on first use;
	 * one more try on a fresh connection hides that, where it is safe. A
	 * statement that ran out of time is not tried again. */
	if (status == DB_UNAVAILABLE && connection_lost && !late && statement->idempotent &&
	    !db_transaction_holding()) {
		db_result_clear(result);
		status = db_query_once(target, statement, count, values, result, &deadline,
				       &connection_lost, &late);
	}
	/* In a write request's transaction only its first statement may be
	 * sent again: a later one's failure undid the earlier ones too. */
	for (int tries = 1; status == DB_UNAVAILABLE && db_rolled_back(result) &&
			    !db_transaction_holding() && tries < DB_MAX_ROLLBACK_TRIES; tries++) {
		atomic_fetch_add(&counter_rollback_retries, 1);
		db_result_clear(result);
		status = db_query_once(target, statement, count, values, result, &deadline,
				       &connection_lost, &late);
	}
	if (late)
		atomic_fetch_add(&counter_timeouts, 1);
	if (status != DB_OK) {
		atomic_fetch_add(&counter_query_failures, 1);
		if (status == DB_ERROR || db_rolled_back(result))
			log_error("database: statement %s failed with SQLSTATE %s",
				  statement->name, result->sqlstate);
	}
	return status;
}

/* A read: on the replica when it is current enough, else, or when it
 * fails, on the primary. */
static enum db_status db_query_routed(const struct db_statement *statement, int count,
				      const char *const *values, struct db_result *result,
				      long milliseconds)
{
	enum db_target target = db_read_choose();
	long replica_time = milliseconds / 2 < DB_REPLICA_TRY_MILLISECONDS
				    ? milliseconds / 2
				    : DB_REPLICA_TRY_MILLISECONDS;
	struct timespec started;
	enum db_status status;

	if (target == DB_PRIMARY)
		return db_query_within(DB_PRIMARY, statement, count, values, result, milliseconds);
	clock_gettime(CLOCK_MONOTONIC, &started);
	status = db_query_within(DB_REPLICA, statement, count, values, result,
				 replica_time > 1 ? replica_time : 1);
	if (status != DB_UNAVAILABLE)
		return status;
	replica_failed();
	db_result_clear(result);
	return db_query_within(DB_PRIMARY, statement, count, values, result,
			       timing_ms_left(&started, milliseconds));
}

enum db_status db_query(enum db_target target, const struct db_statement *statement,
			int count, const char *const *values, struct db_result *result)
{
	return db_query_within(target, statement, count, values, result,
			       db_config->db_timeout_ms);
}

void db_result_clear(struct db_result *result)
{
	PQclear(result->rows);
	result->rows = NULL;
}

int db_column_count(const struct db_result *result)
{
	return result->rows ? PQnfields(result->rows) : 0;
}

int db_row_count(const struct db_result *result)
{
	return result->rows ? PQntuples(result->rows) : 0;
}

const char *db_value(const struct db_result *result, int row, int column)
{
	return PQgetvalue(result->rows, row, column);
}

bool db_is_null(const struct db_result *result, int row, int column)
{
	return PQgetisnull(result->rows, row, column) != 0;
}

size_t db_length(const struct db_result *result, int row, int column)
{
	return (size_t)PQgetlength(result->rows, row, column);
}

/* ---- standalone sessions ---- */

struct db_session {
	PGconn *pg;
};

struct db_session *db_session_open(const char *url, const struct config *config)
{
	PGconn *pg = db_connect(url, config);
	struct db_session *session;

	if (pg == NULL)
		return NULL;
	session = mem_calloc(1, sizeof(*session));
	session->pg = pg;
	return session;
}

void db_session_close(struct db_session *session)
{
	if (session == NULL)
		return;
	PQfinish(session->pg);
	free(session);
}

static enum db_status db_session_outcome(PGresult *rows, const char *name)
{
	ExecStatusType status = PQresultStatus(rows);

	if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
		return DB_OK;
	log_error("database: %s failed: %s", name, PQresultErrorMessage(rows));
	return DB_ERROR;
}

enum db_status db_session_script(struct db_session *session, const char *name, const char *sql)
{
	PGresult *rows = PQexec(session->pg, sql);
	enum db_status status = db_session_outcome(rows, name);

	PQclear(rows);
	return status;
}

enum db_status db_session_query(struct db_session *session, const struct db_statement *statement,
				int count, const char *const *values, struct db_result *result)
{
	memset(result, 0, sizeof(*result));
	if (count != statement->parameters) {
		log_error("database: statement %s takes %d parameters, given %d", statement->name,
			  statement->parameters, count);
		return DB_ERROR;
	}
	result->rows = PQexecParams(session->pg, statement->sql, count, NULL, values, NULL, NULL, 0);
	return db_session_outcome(result->rows, statement->name);
}

void db_thread_close(void)
{
	for (size_t i = 0; i < ARRAY_LENGTH(db_keys); i++) {
		struct db_connection *connection = pthread_getspecific(db_keys[i]);

		if (connection != NULL) {
			db_connection_destroy(connection);
			pthread_setspecific(db_keys[i], NULL);
		}
	}
}

/* Readiness waits 0.8 s at most for a database, whatever db_timeout_ms
 * says, so that a probe with a one-second time-out gets the 503 itself. */
#define DB_PING_MILLISECONDS 800

static bool db_ping_target(enum db_target target)
{
	struct db_result result;
	enum db_status status = db_query_within(target, DB_NO_ARGS(query_db_ping), &result,
						db_config->db_timeout_ms < DB_PING_MILLISECONDS
							? db_config->db_timeout_ms
							: DB_PING_MILLISECONDS);

	db_result_clear(&result);
	return status == DB_OK;
}

/* Readiness is the primary's: writes and every read can be served by it,
 * and a replica that stops answering only sends reads to the primary. */
bool db_ping(void)
{
	return db_ping_target(DB_PRIMARY);
}

void db_counters_read(struct db_counters *counters)
{
	counters->connections_open = atomic_load(&counter_open);
	counters->connects = atomic_load(&counter_connects);
	counters->connect_failures = atomic_load(&counter_connect_failures);
	counters->queries = atomic_load(&counter_queries);
	counters->query_failures = atomic_load(&counter_query_failures);
	counters->rollback_retries = atomic_load(&counter_rollback_retries);
	counters->timeouts = atomic_load(&counter_timeouts);
}
