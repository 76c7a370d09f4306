/* The read replica as an accelerator that never gates: a monitor thread
 * asks the primary for its WAL position and the replica for what it has
 * replayed, ten times a second, and keeps how far behind the replica is.
 * DB_READ calls go to the replica only while it answers and has replayed
 * what this instance wrote, what the request asked for (Cacd-Lsn) and all
 * but max_replica_lag_ms of the primary; otherwise to the primary, at once.
 * Nothing here is needed without read_database_url. */
#ifndef CACD_DB_REPLICA_H
#define CACD_DB_REPLICA_H

#include <stdbool.h>
#include <stddef.h>

#include "config.h"
#include "db.h"
#include "result.h"

/* "16/B374D848" (PostgreSQL's text of a WAL position) and back. */
#define DB_LSN_SIZE 24
bool db_lsn_parse(const char *text, unsigned long long *lsn);
void db_lsn_format(unsigned long long lsn, char out[DB_LSN_SIZE]);

/* Starts the monitor when a replica is configured (before serving). */
enum result db_replica_start(const struct config *config) MUST_CHECK;
void db_replica_stop(void);

/* DB_PRIMARY or DB_REPLICA for a read that must see floor. */
enum db_target db_replica_route(unsigned long long floor);
bool db_replica_configured(void);
/* A read on the replica failed: reads go to the primary until the monitor
 * sees it answer again. */
void db_replica_failed(void);
/* This instance committed up to lsn: its next reads must see it. */
void db_replica_written(unsigned long long lsn);

struct db_replica_state {
	bool configured, healthy;
	long lag_ms;               /* -1 when unknown */
	unsigned long long replayed;
};
void db_replica_read(struct db_replica_state *state);

#endif
