#include "migrate.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crypto.h"
#include "embedded.h"
#include "log.h"
#include "queries.h"

/* Runs a statement that answers no rows the caller needs. */
static enum result migrate_exec(struct db_session *session, const struct db_statement *statement,
				int count, const char *const *values)
{
	struct db_result result;
	enum db_status status = db_session_query(session, statement, count, values, &result);

	db_result_clear(&result);
	return status == DB_OK ? RESULT_OK : RESULT_ERROR;
}

static enum result migrate_script(struct db_session *session, const char *name, const char *sql)
{
	return db_session_script(session, name, sql) == DB_OK ? RESULT_OK : RESULT_ERROR;
}

static int migrate_version(const char *name)
{
	return atoi(name);
}

/* Returns 1 when applied with the same checksum, 0 when not applied, -1 on
 * error or when the applied file has changed since. */
static int migrate_applied(struct db_session *session, const struct embedded_file *file,
			   const char *checksum)
{
	char version[16];
	const char *values[] = { version };
	struct db_result result;
	int applied;

	snprintf(version, sizeof(version), "%d", migrate_version(file->name));
	if (db_session_query(session, DB_ARGS(query_migrate_checksum, values), &result) != DB_OK) {
		db_result_clear(&result);
		return -1;
	}
	applied = db_row_count(&result) == 1;
	if (applied && strcmp(db_value(&result, 0, 0), checksum) != 0) {
		log_error("migrate: %s was changed after it was applied; add a new "
			  "migration instead", file->name);
		applied = -1;
	}
	db_result_clear(&result);
	return applied;
}

static enum result migrate_apply(struct db_session *session, const struct embedded_file *file,
				 const char *checksum)
{
	char version[16];
	const char *values[] = { version, file->name, checksum };

	snprintf(version, sizeof(version), "%d", migrate_version(file->name));
	if (migrate_script(session, "BEGIN", "BEGIN") != RESULT_OK)
		return RESULT_ERROR;
	if (migrate_script(session, file->name, file->text) != RESULT_OK ||
	    migrate_exec(session, DB_ARGS(query_migrate_record, values)) != RESULT_OK ||
	    migrate_script(session, "COMMIT", "COMMIT") != RESULT_OK) {
		(void)migrate_script(session, "ROLLBACK", "ROLLBACK");
		return RESULT_ERROR;
	}
	log_info("migrate: applied %s", file->name);
	return RESULT_OK;
}

static enum result migrate_all(struct db_session *session)
{
	int applied_now = 0;

	for (size_t i = 0; i < embedded_migrations_count; i++) {
		const struct embedded_file *file = &embedded_migrations[i];
		char checksum[CRYPTO_SHA256_HEX_SIZE];
		int applied;

		crypto_sha256_hex(file->text, file->length, checksum);
		applied = migrate_applied(session, file, checksum);
		if (applied < 0)
			return RESULT_ERROR;
		if (applied == 0) {
			if (migrate_apply(session, file, checksum) != RESULT_OK)
				return RESULT_ERROR;
			applied_now++;
		}
	}
	log_info("migrate: schema is current (%zu migrations, %d applied now)",
		 embedded_migrations_count, applied_now);
	return RESULT_OK;
}

/* The functions of sql/functions, all in one transaction, after the
 * migrations: CREATE OR REPLACE lets them change with every release, where
 * a migration may never change once it has landed. */
static enum result migrate_functions(struct db_session *session)
{
	if (migrate_script(session, "BEGIN", "BEGIN") != RESULT_OK)
		return RESULT_ERROR;
	for (size_t i = 0; i < embedded_functions_count; i++) {
		const struct embedded_file *file = &embedded_functions[i];

		if (migrate_script(session, file->name, file->text) != RESULT_OK) {
			(void)migrate_script(session, "ROLLBACK", "ROLLBACK");
			return RESULT_ERROR;
		}
	}
	if (migrate_script(session, "COMMIT", "COMMIT") != RESULT_OK)
		return RESULT_ERROR;
	log_info("migrate: functions are current (%zu files)", embedded_functions_count);
	return RESULT_OK;
}

static void migrate_warn_newer(struct db_session *session)
{
	char known[16];
	const char *values[] = { known };
	struct db_result result;
	int newest = 0;

	for (size_t i = 0; i < embedded_migrations_count; i++) {
		if (migrate_version(embedded_migrations[i].name) > newest)
			newest = migrate_version(embedded_migrations[i].name);
	}
	snprintf(known, sizeof(known), "%d", newest);
	if (db_session_query(session, DB_ARGS(query_migrate_newer, values), &result) == DB_OK &&
	    strcmp(db_value(&result, 0, 0), "0") != 0)
		log_warn("migrate: the database has migrations newer than this binary");
	db_result_clear(&result);
}

enum result migrate_run(struct db_session *session)
{
	enum result result = RESULT_ERROR;

	if (migrate_exec(session, DB_NO_ARGS(query_migrate_lock)) != RESULT_OK)
		return RESULT_ERROR;
	if (migrate_exec(session, DB_NO_ARGS(query_migrate_create_table)) == RESULT_OK &&
	    migrate_all(session) == RESULT_OK && migrate_functions(session) == RESULT_OK) {
		migrate_warn_newer(session);
		result = RESULT_OK;
	}
	(void)migrate_exec(session, DB_NO_ARGS(query_migrate_unlock));
	return result;
}
