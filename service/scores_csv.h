#ifndef CACD_SCORES_CSV_H
#define CACD_SCORES_CSV_H

#include <stddef.h>

#include "csv.h"
#include "scores_read.h"

/* Each returns the CSV text (caller frees) and its length. */
char *scores_wave_csv(const struct scored_wave *wave, enum csv_dialect dialect,
		      size_t *length);
char *scores_trend_csv(const struct scored *scored, enum csv_dialect dialect, size_t *length);
char *scores_comparison_csv(const struct scored *scored, enum csv_dialect dialect,
			    size_t *length);

#endif
