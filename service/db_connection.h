/* Inside the database layer: what db.c and db_transaction.c share. No other
 * file includes this header; the rest of the service sees db.h only. */
#ifndef CACD_DB_CONNECTION_H
#define CACD_DB_CONNECTION_H

#include <libpq-fe.h>
#include <stdbool.h>
#include <time.h>

#include "db.h"

#define DB_MAX_PREPARED 128

/* One thread's connection to one target, and what is prepared on it. */
struct db_connection {
	PGconn *pg;
	const struct db_statement *prepared[DB_MAX_PREPARED];
	size_t prepared_count;
};

/* This thread's connection to target, made (before deadline) if needed;
 * NULL when it cannot be had. */
struct db_connection *db_connection_get(enum db_target target, const struct timespec *deadline);
/* Closes it; the next db_connection_get makes a new one. */
void db_connection_drop(struct db_connection *connection);

bool db_wait(PGconn *pg, short events, const struct timespec *deadline);
/* Sends what libpq holds for the server; false when the connection failed
 * or (*late) the deadline passed first. */
bool db_flush(PGconn *pg, const struct timespec *deadline, bool *late);
/* The next result, waiting for it up to the deadline; NULL at the end of a
 * command's results, or with *broken when the connection failed or (also
 * *late) the deadline passed. */
PGresult *db_next_result(PGconn *pg, const struct timespec *deadline, bool *late, bool *broken);
/* The last result of one command, or its first error; NULL when the
 * connection failed, or *late when the deadline passed. */
PGresult *db_collect(PGconn *pg, const struct timespec *deadline, bool *late);
enum db_status db_prepare(struct db_connection *connection, const struct db_statement *statement,
			  struct db_result *result, const struct timespec *deadline, bool *late);
void db_result_fill(struct db_result *result, PGresult *rows);
enum db_status db_status_from_sqlstate(const char *sqlstate);
bool db_rolled_back(const struct db_result *result);

/* Where this thread's next DB_READ goes (the replica when it is current
 * enough for the read floor set, else the primary); clears the floor. */
enum db_target db_read_choose(void);

/* db_transaction.c, for db_query: whether a statement on target joins this
 * thread's transaction; sends it (with BEGIN, when it opens it) and
 * collects its result as db_collect does. */
bool db_transaction_joins(enum db_target target);
PGresult *db_transaction_send(struct db_connection *connection,
			      const struct db_statement *statement, int count,
			      const char *const *values, const struct timespec *deadline,
			      bool *late);
/* Whether an open transaction holds earlier statements' work, so that a
 * failed statement may not simply be sent again. */
bool db_transaction_holding(void);
/* The connection is going away: its transaction with it. */
void db_transaction_forget(const struct db_connection *connection);

#endif
