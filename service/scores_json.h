/* The score views as JSON: a wave, a trend, comparisons, with rule 6
 * applied (suppressed cells are null). */
#ifndef CACD_SCORES_JSON_H
#define CACD_SCORES_JSON_H

#include <jansson.h>

#include "scores_read.h"

/* Each returns a new reference. language ("en", "nl" or NULL for none)
 * adds dimension names and item texts. */
json_t *scores_wave_json(const struct scored_wave *wave, const char *by, const char *language);
json_t *scores_trend_json(const struct scored *scored, const char *partnership_id);
json_t *scores_comparison_json(const struct scored *scored);
/* {"overall", "dimensions"}: the mean of the ranked rows. */
json_t *scores_mean_json(const struct scored *scored);
/* Adds "dimension_names" {key: name in language} to a trend or comparison,
 * whose dimensions are objects keyed by dimension. */
void scores_dimension_names(json_t *body, const struct scored *scored, const char *language);

#endif
