/* The score views as JSON: a wave, a trend, comparisons, with rule 6
 * applied (suppressed cells are null). */
#ifndef CACD_SCORES_JSON_H
#define CACD_SCORES_JSON_H

#include <jansson.h>

#include "scores_read.h"
#include "welch.h"

/* Each returns a new reference. language ("en", "nl" or NULL for none)
 * adds dimension names and item texts. */
json_t *scores_wave_json(const struct scored_wave *wave, const char *by, const char *language);
json_t *scores_trend_json(const struct scored *scored, const char *partnership_id);
json_t *scores_comparison_json(const struct scored *scored);
/* {"overall", "dimensions"}: the mean of the ranked rows. */
json_t *scores_mean_json(const struct scored *scored);
/* The 95% Welch interval of a wave's change from previous: of the overall
 * score (dimension -1, before -1), or of the dimension at its index in
 * wave, before its index in previous (-1: previous lacks it). False where
 * there is none (too few respondents to show a spread, or rule 6). */
bool scores_change_range(const struct scored_wave *previous, const struct scored_wave *wave,
			 long before, long dimension, struct welch_interval *interval);
/* Adds "dimension_names" {key: name in language} to a trend or comparison,
 * whose dimensions are objects keyed by dimension. */
void scores_dimension_names(json_t *body, const struct scored *scored, const char *language);

#endif
