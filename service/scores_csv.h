/* The score views as tables: one tidy row per observation, for CSV and
 * xlsx alike (csv.h writes the cells). */
#ifndef CACD_SCORES_CSV_H
#define CACD_SCORES_CSV_H

#include <stddef.h>

#include "csv.h"
#include "scores_read.h"

/* A score's cell: the number, or empty when it is absent or hidden. */
void scores_csv_value(struct csv *csv, struct score_value value, bool hidden);
/* A wave's change from previous (NULL for the first): its 95% interval and
 * whether it is beyond noise, three cells, empty where there is no interval;
 * the measure as scores_change_range takes it. */
void scores_csv_change_range(struct csv *csv, const struct scored_wave *previous,
			     const struct scored_wave *wave, long before, long dimension);

/* Each writes its rows into csv (CSV text or an xlsx sheet, as the caller
 * set it up) and returns what csv_finish gives (caller frees). */
/* language ("en", "nl" or NULL): a "text" column after "dimension" with the
 * dimension's name or the item's text. */
char *scores_wave_csv(const struct scored_wave *wave, struct csv *csv, size_t *length,
		      const char *language);
/* The same rows without the header, for the OData feed: the whole wave's,
 * then each group's (grouping "all", "role" or "sector"). */
void scores_wave_rows(const struct scored_wave *wave, struct csv *csv, const char *language);
char *scores_trend_csv(const struct scored *scored, struct csv *csv, size_t *length);
char *scores_comparison_csv(const struct scored *scored, struct csv *csv, size_t *length);
/* The perspective gap of scored->waves[0] (gaps.h): one row for overall,
 * each dimension and each item. */
char *scores_gaps_csv(const struct scored *scored, struct csv *csv, size_t *length);

#endif
