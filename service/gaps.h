/* The perspective gap of a wave (GET /v1/waves/{id}/gaps): per overall,
 * dimension and item, the score of coproducer respondents and of
 * professional ones, their difference (coproducer - professional) and its
 * 95% Welch interval. A cell either group may not show under rule 6 is null
 * with "suppressed": true. Pure: it encodes what scores_read computed and
 * scores_privacy left visible. */
#ifndef CACD_GAPS_H
#define CACD_GAPS_H

#include <jansson.h>

#include "scores_read.h"

/* One row of the gap view. Values not present where rule 6 hides either
 * side (suppressed) or either side has no score. */
struct gap_cell {
	const char *level;  /* "overall", "dimension" or "item" (static) */
	const char *key;    /* the dimension's key (the item's); NULL for overall */
	int number;         /* the item's number; 0 otherwise */
	struct score_value coproducer, professional, gap;
	bool ranged;        /* the 95% Welch interval below is there */
	double ci_low, ci_high;
	bool suppressed;
};

/* The gap view of scored->waves[0], read with the role groups: overall,
 * then each dimension, then each item. Caller frees the array; its strings
 * belong to scored. */
struct gap_cell *gaps_cells(const struct scored *scored, size_t *count);

/* The same as JSON; a new reference. */
json_t *gaps_json(const struct scored *scored);

/* A trend wave's gap (coproducer - professional) overall (dimension -1)
 * or of the dimension at its index; not present where rule 6 hides either
 * side. The wave must have been read with its role groups. */
struct score_value gaps_trend_value(const struct scored_wave *wave, long dimension);

/* {"overall", "dimensions": {key: gap}}, null where not present; a new
 * reference. */
json_t *gaps_trend_json(const struct scored_wave *wave);

#endif
