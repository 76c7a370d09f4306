/* The read side: a wave's scores (by role or sector), a partnership's trend
 * over its waves, and comparisons across partnerships; JSON or CSV. The
 * database hands over running totals, scoring.c does the arithmetic. */
#ifndef CACD_SCORES_H
#define CACD_SCORES_H

#include "http.h"

void scores_wave(struct http_request *request);
void scores_trend(struct http_request *request);
void scores_comparisons(struct http_request *request);
void scores_gaps(struct http_request *request);
void scores_report(struct http_request *request);

#endif
