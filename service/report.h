/* The group-session report of a wave (GET /v1/waves/{id}/report): one
 * printable HTML page with inline SVG, in English or Dutch, for the
 * partnership to talk its scores through: the table of items, dimensions
 * and overall score as the CAC's authors print it, a bar chart of each
 * dimension against the previous round, the perspective gap, and points of
 * attention. Pure: it writes what scores_read computed and scores_privacy
 * left visible; a hidden number shows as a dash, never as a value. */
#ifndef CACD_REPORT_H
#define CACD_REPORT_H

#include <stddef.h>

#include "scores_read.h"

/* scored: the partnership's waves up to the reported one, which is last,
 * the one before it (if any) the previous round; language "en" or "nl".
 * The page, NUL-terminated; caller frees. */
char *report_html(const struct scored *scored, const char *language, size_t *length);

#endif
