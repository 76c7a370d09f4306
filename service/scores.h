/* The read side: a wave's scores (by role or sector), a partnership's trend
 * over its waves, and comparisons across partnerships; JSON or CSV. The
 * database hands over running totals, scoring.c does the arithmetic. */
#ifndef CACD_SCORES_H
#define CACD_SCORES_H

#include "http.h"

/* The views, one row each (statement, not-found rule, writers, how the
 * request is read): a route carries its view's row (router.h) and
 * scores_view_handler answers it. */
struct scores_view;
extern const struct scores_view scores_view_wave;       /* GET /v1/waves/{id}/scores */
extern const struct scores_view scores_view_gaps;       /* GET /v1/waves/{id}/gaps */
extern const struct scores_view scores_view_report;     /* GET /v1/waves/{id}/report */
extern const struct scores_view scores_view_trend;      /* GET /v1/partnerships/{id}/trend */
extern const struct scores_view scores_view_comparison; /* GET /v1/comparisons */

void scores_view_handler(struct http_request *request);

#endif
