/* GET /v1/audit: the audit log for admins, in the order the rows were
 * stored (their seq), paged. */
#ifndef CACD_AUDIT_LOG_H
#define CACD_AUDIT_LOG_H

#include "http.h"

void audit_log_list(struct http_request *request);

#endif
