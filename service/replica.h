/* What an instance knows of its read replica, and the decisions that follow
 * (pure state; the monitor in db_replica.c feeds it): whether a read may go
 * to the replica, given what it has replayed, how far it lags and what the
 * read must see. Safe for any thread. */
#ifndef CACD_REPLICA_H
#define CACD_REPLICA_H

#include <stdbool.h>

/* "16/B374D848" (PostgreSQL's text of a WAL position) as a number. */
bool replica_lsn_parse(const char *text, unsigned long long *lsn);

/* Once, before serving. */
void replica_configure(bool configured, long max_lag_ms);
bool replica_configured(void);

/* A look at both servers (db_replica.c): the primary's position, what the
 * replica replayed, each when it answered; now_ms on a monotonic clock. */
void replica_observe(bool primary_answered, unsigned long long primary,
		     bool replica_answered, unsigned long long replayed, long long now_ms);

/* Whether a read that must see floor may go to the replica: it answered,
 * lags no more than max_replica_lag_ms, and replayed floor and this
 * instance's own last commit. */
bool replica_current(unsigned long long floor);
/* A read on the replica failed: reads go to the primary until the next look
 * sees it answer. */
void replica_failed(void);
/* This instance committed up to lsn: its next reads must see it. */
void replica_written(unsigned long long lsn);

struct replica_state {
	bool configured, healthy;
	long lag_ms;               /* -1 when unknown */
	unsigned long long replayed;
};
void replica_read(struct replica_state *state);

#endif
