/* PostgreSQL access: one libpq connection per worker thread and per target
 * (primary, read replica), opened on first use and again after the database
 * went away. Every call has a deadline (db_timeout_ms): the connection is
 * non-blocking and polled, so a database that hangs costs a 503 within it,
 * never a stuck worker. Only named prepared statements, prepared lazily on each
 * connection; parameters travel apart from the SQL text. The statements are
 * written in sql/queries and compiled in (build/gen/queries.h). libpq
 * is used here and nowhere else in the service. */
#ifndef CACD_DB_H
#define CACD_DB_H

#include <stdbool.h>
#include <stddef.h>

#include "config.h"
#include "result.h"

enum db_target {
	DB_PRIMARY,
	/* the replica while it answers and has replayed what this instance
	 * wrote, what the request's Cacd-Lsn names (db_read_floor) and all but
	 * max_replica_lag_ms of the primary; else the primary, at once */
	DB_READ,
	DB_REPLICA, /* the replica itself, for its monitor (db_replica.c) */
};

/* The next DB_READ on this thread must see at least this WAL position
 * (the request's Cacd-Lsn); 0 for none. */
void db_read_floor_set(unsigned long long lsn);

enum db_status {
	DB_OK,
	DB_UNAVAILABLE,  /* no connection, lost connection, timeout: 503 */
	DB_CONFLICT,     /* 23505 unique violation: 409 */
	DB_FOREIGN_KEY,  /* 23503: the handler decides 404 or 422 */
	DB_INVALID,      /* 22xxx data exception, 23514 check: 422 */
	DB_ERROR,        /* anything else: 500, logged */
};

struct db_statement {
	const char *name;   /* unique across the program */
	const char *sql;
	int parameters;     /* $1..$parameters; a call with another count fails */
	bool idempotent;    /* may be sent again on a fresh connection */
	bool binary;        /* results in binary format (libpq appends a NUL to
			     * every value, so text columns stay C strings) */
};

struct pg_result; /* libpq's PGresult, which only db.c looks into */

struct db_result {
	struct pg_result *rows;  /* caller frees with db_result_clear */
	enum db_status status;
	char sqlstate[6];
	char constraint[64];     /* the violated constraint, when there is one */
};

/* A statement, its parameter count and its values, for the calls below:
 * DB_ARGS(query_x, values) with values an array, whose length must equal
 * query_x's $n count (query_x_parameters, emitted into queries.h by
 * scripts/embed.c) or the call does not compile (an array of negative
 * size); DB_NO_ARGS(query_x) for a statement without parameters. */
#define DB_LENGTH(values) (sizeof(values) / sizeof((values)[0]))
#define DB_COUNT_CHECKED(name, length) \
	((int)(length) + 0 * (int)sizeof(char[(length) == (size_t)name##_parameters ? 1 : -1]))
#define DB_ARGS(name, values) &name, DB_COUNT_CHECKED(name, DB_LENGTH(values)), values
#define DB_NO_ARGS(name) &name, DB_COUNT_CHECKED(name, 0), NULL
/* &name, when name takes exactly count parameters (else the build fails):
 * for a function that is handed the statement and passes values of a fixed
 * count on */
#define DB_STATEMENT_OF(name, count) \
	(&name + 0 * sizeof(char[name##_parameters == (count) ? 1 : -1]))
/* DB_ARGS without the statement, for a caller that holds it elsewhere */
#define DB_VALUES(name, values) DB_COUNT_CHECKED(name, DB_LENGTH(values)), values

/* Called once before the server starts; keeps a pointer to config. */
void db_setup(const struct config *config);

/* Runs a prepared statement; values[i] == NULL sends SQL NULL. Each call is
 * its own transaction, so one that PostgreSQL rolled back as a deadlock
 * victim or a serialization failure is sent again, a few times, before
 * DB_UNAVAILABLE is answered. */
enum db_status db_query(enum db_target target, const struct db_statement *statement,
			int count, const char *const *values, struct db_result *result);

/* As db_query, with milliseconds for the call instead of db_timeout_ms:
 * a request's time left of it. */
enum db_status db_query_within(enum db_target target, const struct db_statement *statement,
			       int count, const char *const *values, struct db_result *result,
			       long milliseconds);

void db_result_clear(struct db_result *result);

/* A statement whose rows are handed to handler one at a time as they arrive
 * (libpq's single-row mode), so that a table of any length costs the memory
 * of one row. row holds that one row (row 0) and is cleared after the call;
 * a handler that returns false stops the statement (the connection is
 * dropped). A DB_READ goes to the replica when it is current enough, and to
 * the primary when the replica fails before its first row. The whole
 * statement, every row included, gets milliseconds. */
typedef bool (*db_row_handler)(const struct db_result *row, void *context);
enum db_status db_stream(enum db_target target, const struct db_statement *statement,
			 int count, const char *const *values, long milliseconds,
			 db_row_handler handler, void *context);

/* A result's rows: count, a value (always NUL-terminated, also in binary
 * results; "" for NULL), whether it is NULL, and its length in bytes. */
int db_row_count(const struct db_result *result);
int db_column_count(const struct db_result *result);
const char *db_value(const struct db_result *result, int row, int column);
bool db_is_null(const struct db_result *result, int row, int column);
size_t db_length(const struct db_result *result, int row, int column);

/* A write request's transaction. Between db_transaction_begin and
 * db_transaction_end, this thread's statements on the primary run in one
 * transaction, opened by the first of them (BEGIN travels with it, so it
 * costs no round trip of its own). db_transaction_commit sends one last
 * statement (the audit row) and COMMIT together, so the change and its
 * record are stored together or not at all. A statement that opened the
 * transaction and failed rolls it back at once; one that failed later
 * leaves it failed, and only db_transaction_end (a rollback) remains.
 * statement_timeout_ms > 0 replaces statement_timeout inside it (imports). */
void db_transaction_begin(long statement_timeout_ms);

enum db_commit {
	DB_COMMIT_NOTHING,  /* no statement opened a transaction */
	DB_COMMIT_DONE,     /* committed */
	DB_COMMIT_FAILED,   /* not committed: nothing of it is stored */
	DB_COMMIT_UNKNOWN,  /* COMMIT went out and no answer came back */
};

/* Whether a transaction is open and none of its statements failed. */
bool db_transaction_usable(void);
/* Sends last (with its values), COMMIT and a look at the WAL position after
 * it in one round trip; lsn gets that position ("16/B374D848"), or "". The answer to
 * COMMIT is waited for up to milliseconds; after that, or when the
 * connection breaks, the outcome is DB_COMMIT_UNKNOWN and the caller may
 * look for last's row on a new connection. */
#define DB_LSN_TEXT_SIZE 24
enum db_commit db_transaction_commit(const struct db_statement *last, int count,
				     const char *const *values, long milliseconds,
				     char lsn[DB_LSN_TEXT_SIZE]);
/* Rolls back whatever is still open and ends the transaction's scope. */
void db_transaction_end(void);

/* Closes this thread's connections (worker threads do it when they end). */
void db_thread_close(void);

/* A standalone connection, for the CLI and migrations. */
struct db_session;

/* NULL on failure, after logging why. Close with db_session_close. */
struct db_session *db_session_open(const char *url, const struct config *config);
void db_session_close(struct db_session *session);

/* Runs a script of several statements (one of cacd's own files, never
 * input) in one call of the simple protocol; name is for the log. */
enum db_status db_session_script(struct db_session *session, const char *name,
				 const char *sql) MUST_CHECK;

/* Runs a statement unprepared, with its parameters apart from its text. */
enum db_status db_session_query(struct db_session *session, const struct db_statement *statement,
				int count, const char *const *values,
				struct db_result *result) MUST_CHECK;

/* "SELECT 1" on each configured target: readiness. */
bool db_ping(void);

struct db_counters {
	long connections_open;
	long connects;
	long connect_failures;
	long queries;
	long query_failures;
	long rollback_retries;  /* statements sent again after a deadlock or serialization failure */
	long timeouts;          /* calls that ran past db_timeout_ms */
};
void db_counters_read(struct db_counters *counters);

#endif
