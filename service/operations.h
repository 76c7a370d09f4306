/* For operators: /healthz, /readyz (the primary's readiness, the
 * replica's state), /metrics and /openapi.json. */
#ifndef CACD_OPERATIONS_H
#define CACD_OPERATIONS_H

#include "http.h"

void operations_healthz(struct http_request *request);
void operations_readyz(struct http_request *request);
void operations_metrics(struct http_request *request);
void operations_openapi(struct http_request *request);

#endif
