/* Counters for GET /metrics (Prometheus text format): requests by route and
 * status, a latency histogram, and the database connections. Lock-free. */
#ifndef CACD_METRICS_H
#define CACD_METRICS_H

#include <stddef.h>

#include "router.h"

void metrics_setup(const struct route *routes, size_t route_count);
/* route_index == route_count stands for "no route matched". */
void metrics_record(size_t route_index, int status, long microseconds);
/* The exposition text; caller frees. */
char *metrics_render(size_t *length);

#endif
