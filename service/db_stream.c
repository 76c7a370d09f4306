/* Statements whose rows are handed over one at a time (db.h: db_stream). */
#include "db.h"

#include <stdatomic.h>
#include <string.h>

#include "db_connection.h"
#include "log.h"
#include "replica.h"
#include "timing.h"

/* What one try of a stream saw. */
struct db_stream_try {
	enum db_status status;
	long rows;       /* handed to the handler */
	bool stopped;    /* by the handler */
	bool late;
	char sqlstate[6];
};

/* Sends the statement and switches the connection to single-row mode. */
static bool db_stream_send(struct db_connection *connection, const struct db_statement *statement,
			   int count, const char *const *values, const struct timespec *deadline,
			   bool *late)
{
	return PQsendQueryPrepared(connection->pg, statement->name, count, values, NULL, NULL,
				   statement->binary ? 1 : 0) &&
	       PQsetSingleRowMode(connection->pg) && db_flush(connection->pg, deadline, late);
}

/* Hands each row over until the statement ends, fails or is stopped. */
static void db_stream_rows(PGconn *pg, const struct timespec *deadline, db_row_handler handler,
			   void *context, struct db_stream_try *outcome)
{
	bool broken = false;
	PGresult *next;

	while (!outcome->stopped &&
	       (next = db_next_result(pg, deadline, &outcome->late, &broken)) != NULL) {
		struct db_result row = { 0 };

		db_result_fill(&row, next);
		switch (PQresultStatus(next)) {
		case PGRES_SINGLE_TUPLE:
			outcome->rows++;
			outcome->stopped = !handler(&row, context);
			break;
		case PGRES_TUPLES_OK:
			break; /* the end: no rows of its own */
		default:
			memcpy(outcome->sqlstate, row.sqlstate, sizeof(outcome->sqlstate));
			outcome->status = db_status_from_sqlstate(row.sqlstate);
			break;
		}
		PQclear(next);
	}
	if (outcome->late || broken)
		outcome->status = DB_UNAVAILABLE;
}

static void db_stream_once(enum db_target target, const struct db_statement *statement,
			   int count, const char *const *values, const struct timespec *deadline,
			   db_row_handler handler, void *context, struct db_stream_try *outcome)
{
	struct db_connection *connection = db_connection_get(target, deadline);
	struct db_result prepared = { 0 };

	memset(outcome, 0, sizeof(*outcome));
	outcome->status = DB_UNAVAILABLE;
	if (connection == NULL)
		return;
	outcome->status = db_prepare(connection, statement, &prepared, deadline, &outcome->late);
	db_result_clear(&prepared);
	if (outcome->status == DB_OK) {
		if (db_stream_send(connection, statement, count, values, deadline, &outcome->late))
			db_stream_rows(connection->pg, deadline, handler, context, outcome);
		else
			outcome->status = DB_UNAVAILABLE;
	}
	/* a stopped or late statement is still under way on the connection */
	if (outcome->stopped || outcome->late || outcome->status == DB_UNAVAILABLE ||
	    PQstatus(connection->pg) != CONNECTION_OK ||
	    PQtransactionStatus(connection->pg) != PQTRANS_IDLE)
		db_connection_drop(connection);
}

enum db_status db_stream(enum db_target target, const struct db_statement *statement,
			 int count, const char *const *values, long milliseconds,
			 db_row_handler handler, void *context)
{
	struct db_stream_try outcome;
	struct timespec deadline;

	if (count != statement->parameters) {
		log_error("database: statement %s takes %d parameters, given %d", statement->name,
			  statement->parameters, count);
		return DB_ERROR;
	}
	timing_after(CLOCK_MONOTONIC, milliseconds, &deadline);
	if (target == DB_READ)
		target = db_read_choose();
	db_stream_once(target, statement, count, values, &deadline, handler, context, &outcome);
	/* nothing was handed over yet: the primary may still answer */
	if (target == DB_REPLICA && outcome.status == DB_UNAVAILABLE && outcome.rows == 0 &&
	    !outcome.late) {
		replica_failed();
		db_stream_once(DB_PRIMARY, statement, count, values, &deadline, handler, context,
			       &outcome);
	}
	if (outcome.status == DB_ERROR)
		log_error("database: statement %s failed with SQLSTATE %s", statement->name,
			  outcome.sqlstate);
	return outcome.stopped ? DB_ERROR : outcome.status;
}
