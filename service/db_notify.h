/* PostgreSQL's LISTEN/NOTIFY, for what instances keep in memory: a thread
 * with its own connection to the primary listens on cacd_tokens and
 * cacd_waves and tells the token cache and the published views. When the
 * connection is lost they are told (and empty themselves); the thread
 * connects again, twice a second at most, and says when it listens again. */
#ifndef CACD_DB_NOTIFY_H
#define CACD_DB_NOTIFY_H

#include "config.h"
#include "result.h"

enum result db_notify_start(const struct config *config) MUST_CHECK;
void db_notify_stop(void);

#endif
