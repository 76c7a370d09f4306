#include "migrate.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crypto.h"
#include "embedded.h"
#include "log.h"

/* "cacdmigr" in ASCII: one advisory lock key for every cacd instance. */
#define MIGRATE_LOCK_KEY "7161115110097431"

static const char create_table_sql[] =
	"CREATE TABLE IF NOT EXISTS schema_migrations ("
	" version integer PRIMARY KEY,"
	" name text NOT NULL,"
	" checksum text NOT NULL,"
	" applied_at timestamptz NOT NULL DEFAULT now())";

static enum result migrate_exec(PGconn *connection, const char *sql, int count,
				const char *const *values, PGresult **rows_out)
{
	PGresult *rows = PQexecParams(connection, sql, count, NULL, values, NULL, NULL, 0);
	ExecStatusType status = PQresultStatus(rows);

	if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
		log_error("migrate: %s", PQresultErrorMessage(rows));
		PQclear(rows);
		return RESULT_ERROR;
	}
	if (rows_out != NULL)
		*rows_out = rows;
	else
		PQclear(rows);
	return RESULT_OK;
}

/* The migration's text, in one simple-protocol call: it holds many
 * statements, and it is our own file, never input. */
static enum result migrate_exec_script(PGconn *connection, const char *name,
				       const char *sql)
{
	PGresult *rows = PQexec(connection, sql);

	if (PQresultStatus(rows) != PGRES_COMMAND_OK &&
	    PQresultStatus(rows) != PGRES_TUPLES_OK) {
		log_error("migrate: %s failed: %s", name, PQresultErrorMessage(rows));
		PQclear(rows);
		return RESULT_ERROR;
	}
	PQclear(rows);
	return RESULT_OK;
}

static int migrate_version(const char *name)
{
	return atoi(name);
}

/* Returns 1 when applied with the same checksum, 0 when not applied, -1 on
 * error or when the applied file has changed since. */
static int migrate_applied(PGconn *connection, const struct embedded_file *file,
			   const char *checksum)
{
	char version[16];
	const char *values[] = { version };
	PGresult *rows;
	int applied;

	snprintf(version, sizeof(version), "%d", migrate_version(file->name));
	if (migrate_exec(connection,
			 "SELECT checksum FROM schema_migrations WHERE version = $1::integer",
			 1, values, &rows) != RESULT_OK)
		return -1;
	applied = PQntuples(rows) == 1;
	if (applied && strcmp(PQgetvalue(rows, 0, 0), checksum) != 0) {
		log_error("migrate: %s was changed after it was applied; add a new "
			  "migration instead", file->name);
		applied = -1;
	}
	PQclear(rows);
	return applied;
}

static enum result migrate_apply(PGconn *connection, const struct embedded_file *file,
				 const char *checksum)
{
	char version[16];
	const char *values[] = { version, file->name, checksum };

	snprintf(version, sizeof(version), "%d", migrate_version(file->name));
	if (migrate_exec(connection, "BEGIN", 0, NULL, NULL) != RESULT_OK)
		return RESULT_ERROR;
	if (migrate_exec_script(connection, file->name, file->text) != RESULT_OK ||
	    migrate_exec(connection,
			 "INSERT INTO schema_migrations (version, name, checksum) "
			 "VALUES ($1::integer, $2, $3)",
			 3, values, NULL) != RESULT_OK ||
	    migrate_exec(connection, "COMMIT", 0, NULL, NULL) != RESULT_OK) {
		PQclear(PQexec(connection, "ROLLBACK"));
		return RESULT_ERROR;
	}
	log_info("migrate: applied %s", file->name);
	return RESULT_OK;
}

static enum result migrate_all(PGconn *connection)
{
	int applied_now = 0;

	for (size_t i = 0; i < embedded_migrations_count; i++) {
		const struct embedded_file *file = &embedded_migrations[i];
		char checksum[CRYPTO_SHA256_HEX_SIZE];
		int applied;

		crypto_sha256_hex(file->text, file->length, checksum);
		applied = migrate_applied(connection, file, checksum);
		if (applied < 0)
			return RESULT_ERROR;
		if (applied == 0) {
			if (migrate_apply(connection, file, checksum) != RESULT_OK)
				return RESULT_ERROR;
			applied_now++;
		}
	}
	log_info("migrate: schema is current (%zu migrations, %d applied now)",
		 embedded_migrations_count, applied_now);
	return RESULT_OK;
}

static void migrate_warn_newer(PGconn *connection)
{
	char known[16];
	const char *values[] = { known };
	PGresult *rows;

	int newest = 0;

	for (size_t i = 0; i < embedded_migrations_count; i++) {
		if (migrate_version(embedded_migrations[i].name) > newest)
			newest = migrate_version(embedded_migrations[i].name);
	}
	snprintf(known, sizeof(known), "%d", newest);
	if (migrate_exec(connection,
			 "SELECT count(*) FROM schema_migrations WHERE version > $1::integer",
			 1, values, &rows) != RESULT_OK)
		return;
	if (strcmp(PQgetvalue(rows, 0, 0), "0") != 0)
		log_warn("migrate: the database has migrations newer than this binary");
	PQclear(rows);
}

/* The functions of sql/functions, all in one transaction, after the
 * migrations: CREATE OR REPLACE lets them change with every release, where
 * a migration may never change once it has landed. */
static enum result migrate_functions(PGconn *connection)
{
	if (migrate_exec(connection, "BEGIN", 0, NULL, NULL) != RESULT_OK)
		return RESULT_ERROR;
	for (size_t i = 0; i < embedded_functions_count; i++) {
		const struct embedded_file *file = &embedded_functions[i];

		if (migrate_exec_script(connection, file->name, file->text) != RESULT_OK) {
			PQclear(PQexec(connection, "ROLLBACK"));
			return RESULT_ERROR;
		}
	}
	if (migrate_exec(connection, "COMMIT", 0, NULL, NULL) != RESULT_OK)
		return RESULT_ERROR;
	log_info("migrate: functions are current (%zu files)", embedded_functions_count);
	return RESULT_OK;
}

enum result migrate_run(PGconn *connection)
{
	enum result result = RESULT_ERROR;

	if (migrate_exec(connection, "SELECT pg_advisory_lock(" MIGRATE_LOCK_KEY ")", 0,
			 NULL, NULL) != RESULT_OK)
		return RESULT_ERROR;
	if (migrate_exec(connection, create_table_sql, 0, NULL, NULL) == RESULT_OK &&
	    migrate_all(connection) == RESULT_OK && migrate_functions(connection) == RESULT_OK) {
		migrate_warn_newer(connection);
		result = RESULT_OK;
	}
	PQclear(PQexec(connection, "SELECT pg_advisory_unlock(" MIGRATE_LOCK_KEY ")"));
	return result;
}
