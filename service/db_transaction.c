/* A write request's transaction on this thread's primary connection, in
 * libpq's pipeline mode: BEGIN goes out with the first statement, and the
 * audit row with COMMIT, so a write costs two round trips, and its change
 * and its audit row are stored together or not at all. */
#include <poll.h>
#include <stdio.h>
#include <string.h>

#include "db_connection.h"
#include "log.h"
#include "timing.h"

/* What a worker thread's current request holds. */
struct db_transaction {
	bool wanted;                       /* between begin and end */
	bool open;                         /* BEGIN was sent and not yet ended */
	bool failed;                       /* a statement in it failed */
	long statement_timeout_ms;         /* 0: the connection's own */
	struct db_connection *connection;  /* the one it is open on */
};

static _Thread_local struct db_transaction db_tx;

/* ROLLBACK and COMMIT are short; this bounds waiting for them when the
 * request's own time is spent. */
#define DB_TRANSACTION_END_MILLISECONDS 1000

void db_transaction_begin(long statement_timeout_ms)
{
	memset(&db_tx, 0, sizeof(db_tx));
	db_tx.wanted = true;
	db_tx.statement_timeout_ms = statement_timeout_ms;
}

bool db_transaction_joins(enum db_target target)
{
	return db_tx.wanted && target == DB_PRIMARY;
}

bool db_transaction_holding(void)
{
	return db_tx.wanted && db_tx.open;
}

bool db_transaction_usable(void)
{
	return db_tx.open && !db_tx.failed && db_tx.connection != NULL &&
	       PQtransactionStatus(db_tx.connection->pg) == PQTRANS_INTRANS;
}

void db_transaction_forget(const struct db_connection *connection)
{
	if (db_tx.connection == connection) {
		db_tx.open = false;
		db_tx.connection = NULL;
	}
}

/* Every result up to the pipeline's sync point: the last command's result,
 * or the first error; NULL when the connection failed or *late. */
static PGresult *db_pipeline_collect(PGconn *pg, const struct timespec *deadline, bool *late)
{
	PGresult *kept = NULL, *next;
	bool broken = false;
	int idle = 0;

	if (!db_flush(pg, deadline, late))
		return NULL;
	for (;;) {
		next = db_next_result(pg, deadline, late, &broken);
		if (broken || (next == NULL && (++idle > 2 || PQstatus(pg) != CONNECTION_OK))) {
			PQclear(kept);
			return NULL;
		}
		if (next == NULL)
			continue;
		idle = 0;
		if (PQresultStatus(next) == PGRES_PIPELINE_SYNC) {
			PQclear(next);
			return kept;
		}
		if (PQresultStatus(next) == PGRES_PIPELINE_ABORTED ||
		    (kept != NULL && PQresultStatus(kept) == PGRES_FATAL_ERROR)) {
			PQclear(next);
			continue;
		}
		PQclear(kept);
		kept = next;
	}
}

static bool db_pipeline_send_begin(PGconn *pg)
{
	char timeout[24];
	const char *values[] = { timeout };

	if (!PQsendQueryParams(pg, "BEGIN", 0, NULL, NULL, NULL, NULL, 0))
		return false;
	if (db_tx.statement_timeout_ms <= 0)
		return true;
	snprintf(timeout, sizeof(timeout), "%ld", db_tx.statement_timeout_ms);
	return PQsendQueryParams(pg, "SELECT set_config('statement_timeout', $1, true)", 1, NULL,
				 values, NULL, NULL, 0) != 0;
}

/* ROLLBACK on the transaction's connection; a connection that cannot is
 * dropped, which rolls back on the server's side as well. */
static void db_transaction_rollback(void)
{
	struct db_connection *connection = db_tx.connection;
	struct timespec deadline;
	PGresult *rows = NULL;
	bool late = false;

	db_tx.open = false;
	db_tx.connection = NULL;
	if (connection == NULL || connection->pg == NULL)
		return;
	timing_after(CLOCK_MONOTONIC, DB_TRANSACTION_END_MILLISECONDS, &deadline);
	if (PQpipelineStatus(connection->pg) == PQ_PIPELINE_OFF &&
	    PQsendQuery(connection->pg, "ROLLBACK"))
		rows = db_collect(connection->pg, &deadline, &late);
	if (rows == NULL || PQresultStatus(rows) != PGRES_COMMAND_OK ||
	    PQtransactionStatus(connection->pg) != PQTRANS_IDLE)
		db_connection_drop(connection);
	PQclear(rows);
}

/* The first statement: BEGIN, [the time-out,] the statement, one sync. */
static PGresult *db_transaction_open(struct db_connection *connection,
				     const struct db_statement *statement, int count,
				     const char *const *values, const struct timespec *deadline,
				     bool *late)
{
	PGconn *pg = connection->pg;
	PGresult *rows = NULL;

	if (!PQenterPipelineMode(pg))
		return NULL;
	if (db_pipeline_send_begin(pg) &&
	    PQsendQueryPrepared(pg, statement->name, count, values, NULL, NULL,
				statement->binary ? 1 : 0) &&
	    PQpipelineSync(pg))
		rows = db_pipeline_collect(pg, deadline, late);
	if (rows == NULL || !PQexitPipelineMode(pg)) {
		PQclear(rows);
		db_connection_drop(connection);
		return NULL;
	}
	db_tx.open = true;
	db_tx.connection = connection;
	/* a first statement that failed leaves nothing to keep: roll back now,
	 * so that it may be sent again on a clean slate */
	if (PQresultStatus(rows) != PGRES_TUPLES_OK && PQresultStatus(rows) != PGRES_COMMAND_OK)
		db_transaction_rollback();
	return rows;
}

PGresult *db_transaction_send(struct db_connection *connection,
			      const struct db_statement *statement, int count,
			      const char *const *values, const struct timespec *deadline,
			      bool *late)
{
	PGresult *rows = NULL;

	if (!db_tx.open)
		return db_transaction_open(connection, statement, count, values, deadline, late);
	if (PQsendQueryPrepared(connection->pg, statement->name, count, values, NULL, NULL,
				statement->binary ? 1 : 0))
		rows = db_collect(connection->pg, deadline, late);
	if (rows == NULL || (PQresultStatus(rows) != PGRES_TUPLES_OK &&
			     PQresultStatus(rows) != PGRES_COMMAND_OK))
		db_tx.failed = true;
	return rows;
}

/* Every result of the pipeline up to its sync point, up to max of them
 * (one per command); -1 when the connection failed or the time ran out. */
static int db_pipeline_results(PGconn *pg, const struct timespec *deadline, PGresult **results,
			       int max)
{
	bool late = false, broken = false;
	int count = 0, idle = 0;
	PGresult *next;

	if (!db_flush(pg, deadline, &late))
		return -1;
	for (;;) {
		next = db_next_result(pg, deadline, &late, &broken);
		if (broken || (next == NULL && (++idle > 2 || PQstatus(pg) != CONNECTION_OK))) {
			while (count > 0)
				PQclear(results[--count]);
			return -1;
		}
		if (next == NULL)
			continue;
		idle = 0;
		if (PQresultStatus(next) == PGRES_PIPELINE_SYNC) {
			PQclear(next);
			return count;
		}
		if (count < max)
			results[count++] = next;
		else
			PQclear(next);
	}
}

/* The last statement, COMMIT and the WAL position after it, in one
 * pipeline; lsn gets the position when COMMIT succeeded. */
static enum db_commit db_transaction_send_commit(struct db_connection *connection,
						 const struct db_statement *last, int count,
						 const char *const *values,
						 const struct timespec *deadline,
						 char lsn[DB_LSN_TEXT_SIZE])
{
	PGconn *pg = connection->pg;
	PGresult *results[3] = { NULL, NULL, NULL };
	int got = -1;
	bool sent;

	if (!PQenterPipelineMode(pg))
		return DB_COMMIT_FAILED;
	sent = PQsendQueryPrepared(pg, last->name, count, values, NULL, NULL, 0) &&
	       PQsendQueryParams(pg, "COMMIT", 0, NULL, NULL, NULL, NULL, 0) &&
	       PQsendQueryParams(pg, "SELECT pg_current_wal_lsn()::text", 0, NULL, NULL, NULL,
				 NULL, 0) &&
	       PQpipelineSync(pg);
	if (sent)
		got = db_pipeline_results(pg, deadline, results, 3);
	if (got < 0 || !PQexitPipelineMode(pg)) {
		for (int i = 0; i < got; i++)
			PQclear(results[i]);
		return sent ? DB_COMMIT_UNKNOWN : DB_COMMIT_FAILED;
	}
	/* COMMIT of a failed transaction answers ROLLBACK, not an error */
	enum db_commit outcome = got >= 2 && PQresultStatus(results[1]) == PGRES_COMMAND_OK &&
					 strcmp(PQcmdStatus(results[1]), "COMMIT") == 0
				 ? DB_COMMIT_DONE
				 : DB_COMMIT_FAILED;

	if (outcome == DB_COMMIT_FAILED)
		log_error("database: commit failed: %s",
			  got > 0 ? PQresultErrorMessage(results[got > 1 ? 1 : 0]) : "no answer");
	else if (got == 3 && PQresultStatus(results[2]) == PGRES_TUPLES_OK &&
		 PQntuples(results[2]) == 1)
		snprintf(lsn, DB_LSN_TEXT_SIZE, "%s", PQgetvalue(results[2], 0, 0));
	for (int i = 0; i < got; i++)
		PQclear(results[i]);
	return outcome;
}

enum db_commit db_transaction_commit(const struct db_statement *last, int count,
				     const char *const *values, long milliseconds,
				     char lsn[DB_LSN_TEXT_SIZE])
{
	struct db_connection *connection = db_tx.connection;
	struct db_result prepared = { 0 };
	struct timespec deadline;
	enum db_commit outcome;
	bool late = false;

	if (!db_tx.open)
		return DB_COMMIT_NOTHING;
	if (!db_transaction_usable() || count != last->parameters) {
		db_transaction_rollback();
		return DB_COMMIT_FAILED;
	}
	timing_after(CLOCK_MONOTONIC, milliseconds, &deadline);
	if (db_prepare(connection, last, &prepared, &deadline, &late) != DB_OK) {
		db_result_clear(&prepared);
		db_transaction_rollback();
		return DB_COMMIT_FAILED;
	}
	lsn[0] = '\0';
	outcome = db_transaction_send_commit(connection, last, count, values, &deadline, lsn);
	db_tx.open = false;
	db_tx.connection = NULL;
	if (outcome == DB_COMMIT_UNKNOWN)
		db_connection_drop(connection);
	else if (PQtransactionStatus(connection->pg) != PQTRANS_IDLE)
		db_connection_drop(connection);
	return outcome;
}

void db_transaction_end(void)
{
	if (db_tx.open)
		db_transaction_rollback();
	memset(&db_tx, 0, sizeof(db_tx));
}
