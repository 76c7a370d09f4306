/* The audit log: every write request that reached the API (POST, PUT,
 * PATCH, DELETE), whatever its outcome, with the token's id and role, the
 * route, the resource, the status and when the request arrived; never the
 * body. A write that changes data stores its row in its own transaction,
 * just before COMMIT, so an answered change always has its row, on every
 * instance at once. A refusal (a write that changed nothing) is stored
 * shortly after its answer by a writer thread, in batches; see
 * docs/operations.md for what can be lost where. */
#ifndef CACD_AUDIT_H
#define CACD_AUDIT_H

#include "http.h"

/* Starts the writer thread and sets the server's write hooks (before
 * http_server_start); audit_stop stores what is queued, then ends it. */
enum result audit_start(const struct config *config) MUST_CHECK;
void audit_stop(void);

/* Returns once every refusal queued before the call is stored: a reader of
 * the log sees what this instance answered before. */
void audit_flush(void);

#endif
