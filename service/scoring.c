#include "scoring.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "result.h"

static const struct {
	enum score_scale scale;
	const char *name;
	long minimum, maximum;
} scales[] = {
	{ SCALE_PERCENT, "percent", 0, 100 },
	{ SCALE_LIKERT5, "likert5", 1, 5 },
	{ SCALE_AGREE4, "agree4", 1, 4 },
};

const char *score_scale_name(enum score_scale scale)
{
	return scales[scale].name;
}

bool score_scale_parse(const char *name, enum score_scale *scale)
{
	for (size_t i = 0; i < ARRAY_LENGTH(scales); i++) {
		if (strcmp(scales[i].name, name) == 0) {
			*scale = scales[i].scale;
			return true;
		}
	}
	return false;
}

void score_scale_range(enum score_scale scale, long *minimum, long *maximum)
{
	*minimum = scales[scale].minimum;
	*maximum = scales[scale].maximum;
}

double score_to_percent(enum score_scale scale, long value)
{
	switch (scale) {
	case SCALE_LIKERT5:
		return (double)(value - 1) * 25.0;
	case SCALE_AGREE4:
		return (double)(value - 1) * 100.0 / 3.0;
	case SCALE_PERCENT:
		break;
	}
	return (double)value;
}

static struct score_value score_present(double value)
{
	struct score_value result = { true, value };

	return result;
}

static const struct score_value score_absent = { false, 0.0 };

/* Sample standard deviation from running sums; rounding can leave the sum
 * of squared deviations a hair below zero when all values are equal. */
static struct score_value score_sd(long n, double sum, double squares)
{
	double deviations;

	if (n < 2)
		return score_absent;
	deviations = squares - sum * sum / (double)n;
	return score_present(sqrt(deviations > 0.0 ? deviations / (double)(n - 1) : 0.0));
}

static void score_compute_items(const struct score_instrument *instrument,
				const struct score_totals *totals, struct score_result *result)
{
	for (size_t i = 0; i < instrument->item_count; i++) {
		long n = totals->item_n[i];

		result->items[i].n = n;
		result->items[i].score = n > 0 ? score_present(totals->item_sum[i] / (double)n)
					       : score_absent;
		result->items[i].sd = score_sd(n, totals->item_sum[i], totals->item_squares[i]);
	}
}

void score_compute(const struct score_instrument *instrument,
		   const struct score_totals *totals, struct score_result *result)
{
	score_compute_over(instrument, totals, NULL, result);
}

void score_compute_over(const struct score_instrument *instrument,
			const struct score_totals *totals, const bool *items_used,
			struct score_result *result)
{
	double dimension_sums[SCORE_MAX_DIMENSIONS] = { 0 };
	double overall_sum = 0.0;
	size_t overall_count = 0;

	memset(result, 0, sizeof(*result));
	score_compute_items(instrument, totals, result);
	for (size_t i = 0; i < instrument->item_count; i++) {
		size_t dimension = instrument->item_dimension[i];

		if (!result->items[i].score.present || (items_used && !items_used[i]))
			continue;
		dimension_sums[dimension] += result->items[i].score.value;
		result->dimensions[dimension].n_items++;
		overall_sum += result->items[i].score.value;
		overall_count++;
	}
	for (size_t d = 0; d < instrument->dimension_count; d++) {
		size_t n_items = result->dimensions[d].n_items;

		result->dimensions[d].score = n_items ? score_present(dimension_sums[d] / (double)n_items)
						      : score_absent;
		result->dimensions[d].n = totals->dimension_n[d];
		result->dimensions[d].sd = score_sd(totals->dimension_n[d], totals->dimension_sum[d],
						    totals->dimension_squares[d]);
	}
	result->overall = overall_count ? score_present(overall_sum / (double)overall_count)
					: score_absent;
}

void score_totals_apply(const struct score_instrument *instrument,
			struct score_totals *totals, const double *values, int sign)
{
	double sums[SCORE_MAX_DIMENSIONS] = { 0 };
	long counts[SCORE_MAX_DIMENSIONS] = { 0 };

	totals->n_responses += sign;
	for (size_t i = 0; i < instrument->item_count; i++) {
		if (isnan(values[i]))
			continue;
		totals->item_n[i] += sign;
		totals->item_sum[i] += sign * values[i];
		totals->item_squares[i] += sign * values[i] * values[i];
		sums[instrument->item_dimension[i]] += values[i];
		counts[instrument->item_dimension[i]]++;
	}
	for (size_t d = 0; d < instrument->dimension_count; d++) {
		double mean;

		if (counts[d] == 0)
			continue;
		mean = sums[d] / (double)counts[d];
		totals->dimension_n[d] += sign;
		totals->dimension_sum[d] += sign * mean;
		totals->dimension_squares[d] += sign * mean * mean;
	}
}

struct score_ranked {
	double value;
	size_t index;
};

static int score_ranked_compare(const void *a, const void *b)
{
	const struct score_ranked *left = a, *right = b;

	return (left->value < right->value) - (left->value > right->value);
}

/* Sorted once, highest first, so 1,000 rows cost n log n, not n squared. */
void score_rank(const struct score_value *values, size_t count, long *ranks)
{
	struct score_ranked *sorted = mem_calloc(count + 1, sizeof(*sorted));
	size_t present = 0;

	for (size_t i = 0; i < count; i++) {
		ranks[i] = 0;
		if (values[i].present)
			sorted[present++] = (struct score_ranked){ values[i].value, i };
	}
	qsort(sorted, present, sizeof(*sorted), score_ranked_compare);
	for (size_t i = 0; i < present; i++) {
		bool tied = i > 0 && sorted[i].value == sorted[i - 1].value;

		ranks[sorted[i].index] = tied ? ranks[sorted[i - 1].index] : (long)i + 1;
	}
	free(sorted);
}

struct score_value score_mean(const struct score_value *values, size_t count)
{
	double sum = 0.0;
	size_t present = 0;

	for (size_t i = 0; i < count; i++) {
		if (values[i].present) {
			sum += values[i].value;
			present++;
		}
	}
	return present ? score_present(sum / (double)present) : score_absent;
}

struct score_value score_change(struct score_value before, struct score_value after)
{
	if (!before.present || !after.present)
		return score_absent;
	return score_present(after.value - before.value);
}

long score_item_index(const struct score_instrument *instrument, int number)
{
	for (size_t i = 0; i < instrument->item_count; i++) {
		if (instrument->item_numbers[i] == number)
			return (long)i;
	}
	return -1;
}

long score_dimension_index(const struct score_instrument *instrument, const char *key)
{
	for (size_t d = 0; d < instrument->dimension_count; d++) {
		if (strcmp(instrument->dimension_keys[d], key) == 0)
			return (long)d;
	}
	return -1;
}
