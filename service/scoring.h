/* The arithmetic of the contract's scoring rules, pure: answers to 0-100,
 * item, dimension and overall scores, suppression of small groups. */
#ifndef CACD_SCORING_H
#define CACD_SCORING_H

#include <stdbool.h>
#include <stddef.h>

enum score_scale {
	SCALE_PERCENT,
	SCALE_LIKERT5,
	SCALE_AGREE4,
};

const char *score_scale_name(enum score_scale scale);
bool score_scale_parse(const char *name, enum score_scale *scale);
void score_scale_range(enum score_scale scale, long *minimum, long *maximum);
/* Rule 1: percent v; likert5 (v-1)*25; agree4 (v-1)*100/3. */
double score_to_percent(enum score_scale scale, long value);

#define SCORE_MAX_ITEMS 64
#define SCORE_MAX_DIMENSIONS 16
#define SCORE_KEY_SIZE 41

/* An instrument's shape: items in order, each in one dimension. */
struct score_instrument {
	size_t item_count;
	int item_numbers[SCORE_MAX_ITEMS];
	size_t item_dimension[SCORE_MAX_ITEMS];  /* index into dimension_keys */
	size_t dimension_count;
	char dimension_keys[SCORE_MAX_DIMENSIONS][SCORE_KEY_SIZE];
};

/* Running totals of one group of responses, indexed like the instrument:
 * per item over its values, per dimension over respondents' own dimension
 * means. */
struct score_totals {
	long n_responses;
	long item_n[SCORE_MAX_ITEMS];
	double item_sum[SCORE_MAX_ITEMS];
	double item_squares[SCORE_MAX_ITEMS];
	long dimension_n[SCORE_MAX_DIMENSIONS];
	double dimension_sum[SCORE_MAX_DIMENSIONS];
	double dimension_squares[SCORE_MAX_DIMENSIONS];
};

/* A number that may be absent (JSON null). */
struct score_value {
	bool present;
	double value;
};

/* hidden marks a cell that privacy rule 6 keeps from the caller (its
 * values are then absent too). */
struct score_result {
	struct score_value overall;
	bool overall_hidden;
	struct {
		struct score_value score, sd;
		long n;
		bool hidden;
	} items[SCORE_MAX_ITEMS];
	struct {
		struct score_value score, sd;
		long n;
		size_t n_items;
		bool hidden;
	} dimensions[SCORE_MAX_DIMENSIONS];
};

/* Rules 3-5: item mean, n and sample sd (absent when n < 2); dimension score
 * = mean of its items' scores with n >= 1, sd and n over respondents' own
 * dimension means; overall = mean of all item scores with n >= 1. */
void score_compute(const struct score_instrument *instrument,
		   const struct score_totals *totals, struct score_result *result);

/* The same, with dimension scores and the overall score taken over the
 * items marked in items_used only (privacy rule 6b: a hidden item must not
 * be read back out of them); items_used NULL means every item. */
void score_compute_over(const struct score_instrument *instrument,
			const struct score_totals *totals, const bool *items_used,
			struct score_result *result);

/* Adds (sign +1) or takes away (-1) one respondent's answers; values[i] is
 * NAN for an item left out or answered "don't know". */
void score_totals_apply(const struct score_instrument *instrument,
			struct score_totals *totals, const double *values, int sign);

/* Standard competition ranking, highest first (1, 2, 2, 4); absent values
 * get rank 0. */
void score_rank(const struct score_value *values, size_t count, long *ranks);

/* Mean of the present values; absent when there are none. */
struct score_value score_mean(const struct score_value *values, size_t count);

/* b - a when both are present. */
struct score_value score_change(struct score_value before, struct score_value after);

/* Index of an item number or a dimension key in the instrument, or -1. */
long score_item_index(const struct score_instrument *instrument, int number);
long score_dimension_index(const struct score_instrument *instrument, const char *key);

#endif
