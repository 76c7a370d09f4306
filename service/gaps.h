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

/* The gap view of scored->waves[0], read with the role groups; a new
 * reference. */
json_t *gaps_json(const struct scored *scored);

/* A trend wave's gap, {"overall", "dimensions": {key: gap}}, null where
 * rule 6 hides either side; the wave must have been read with its role
 * groups. A new reference. */
json_t *gaps_trend_json(const struct scored_wave *wave);

#endif
