/* Schema migrations: the numbered files of sql/, compiled in. Each runs once,
 * in its own transaction, and is recorded with its checksum in
 * schema_migrations. A session advisory lock lets two instances start at once:
 * the second waits and then finds nothing left to do. */
#ifndef CACD_MIGRATE_H
#define CACD_MIGRATE_H

#include <libpq-fe.h>

#include "result.h"

enum result migrate_run(PGconn *connection) MUST_CHECK;

#endif
