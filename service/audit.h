/* The audit log: every write request that reached the API (POST, PUT,
 * PATCH, DELETE), whatever its outcome, with the token's id and role, the
 * route, the resource and the status; never the body. GET /v1/audit lists
 * it for admins. */
#ifndef CACD_AUDIT_H
#define CACD_AUDIT_H

#include "http.h"

/* The writer thread that stores the rows in batches, each with one
 * statement; audit_stop stores what is queued, then ends it. */
enum result audit_start(const struct config *config) MUST_CHECK;
void audit_stop(void);

/* After the request was answered (its status set): queues one row if it
 * was a write. A failure to store is logged; the answer stands, since the
 * write it describes has happened. */
void audit_record(struct http_request *request);

void audit_list(struct http_request *request);

#endif
