/* Schema migrations: the files of sql/migrations, compiled in. Each runs
 * once, in its own transaction, and is recorded with its checksum in
 * schema_migrations; then every file of sql/functions, in one transaction.
 * A session advisory lock lets two instances start at once: the second
 * waits and then finds nothing left to do. */
#ifndef CACD_MIGRATE_H
#define CACD_MIGRATE_H

#include "db.h"
#include "result.h"

enum result migrate_run(struct db_session *session) MUST_CHECK;

#endif
