/* The read replica's monitor: a thread that asks the primary for its WAL
 * position and the replica for what it has replayed, ten times a second,
 * and tells replica.c, which decides where reads go. Nothing runs without
 * read_database_url. */
#ifndef CACD_DB_REPLICA_H
#define CACD_DB_REPLICA_H

#include "config.h"
#include "result.h"

/* Before serving; db_replica_stop ends the thread. */
enum result db_replica_start(const struct config *config) MUST_CHECK;
void db_replica_stop(void);

#endif
