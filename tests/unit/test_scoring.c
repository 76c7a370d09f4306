/* The scoring rules, checked against numbers computed independently: by
 * hand for the published table, and by a plain two-pass computation over
 * the raw answers for random data. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "scoring.h"

/* The CAC: 26 items in dimensions of 1, 7, 5, 5, 4 and 4 items. */
static void cac_instrument(struct score_instrument *instrument)
{
	static const char *const keys[] = { "general", "suitability", "task", "relation",
					    "growth", "visibility" };
	static const size_t sizes[] = { 1, 7, 5, 5, 4, 4 };
	size_t item = 0;

	memset(instrument, 0, sizeof(*instrument));
	instrument->dimension_count = 6;
	for (size_t d = 0; d < 6; d++) {
		strcpy(instrument->dimension_keys[d], keys[d]);
		for (size_t i = 0; i < sizes[d]; i++, item++) {
			instrument->item_numbers[item] = (int)item + 1;
			instrument->item_dimension[item] = d;
		}
	}
	instrument->item_count = item;
}

Test(scoring, published_table_is_reproduced)
{
	static const double published[26] = { 95, 50, 95, 30, 100, 90, 100, 100, 55, 90, 50, 55,
					       30, 65, 50, 70, 50, 50, 90, 80, 85, 70, 45, 50,
					       70, 70 };
	/* by hand: 95; (50+95+30+100+90+100+100)/7; 280/5; 285/5; 325/4; 235/4 */
	static const double dimensions[6] = { 95.0, 565.0 / 7, 56.0, 57.0, 81.25, 58.75 };
	static const long rounded[6] = { 95, 81, 56, 57, 81, 59 };
	struct score_instrument instrument;
	struct score_totals *totals = calloc(1, sizeof(*totals));
	struct score_result *result = calloc(1, sizeof(*result));

	cac_instrument(&instrument);
	score_totals_apply(&instrument, totals, published, 1);
	score_compute(&instrument, totals, result);
	for (size_t d = 0; d < 6; d++) {
		cr_assert_float_eq(result->dimensions[d].score.value, dimensions[d], 1e-9);
		cr_assert_eq(lround(result->dimensions[d].score.value), rounded[d], "dimension %zu", d);
		cr_assert_eq(result->dimensions[d].n, 1);
		cr_assert_not(result->dimensions[d].sd.present, "sd needs n >= 2");
	}
	/* overall is the mean of the 26 item scores, not of the 6 dimensions */
	cr_assert_float_eq(result->overall.value, 1785.0 / 26, 1e-9);
	cr_assert_eq(lround(result->overall.value), 69);
	cr_assert_float_neq(result->overall.value, (95 + 565.0 / 7 + 56 + 57 + 81.25 + 58.75) / 6, 1e-3);
	free(totals);
	free(result);
}

/* The second method: straight from the answer matrix, two passes for sd. */
struct naive {
	double item_score[26], item_sd[26];
	long item_n[26];
	double dimension_score[6], dimension_sd[6], overall;
	long dimension_n[6];
	bool item_present[26], dimension_present[6], overall_present;
};

static double two_pass_sd(const double *values, long n)
{
	double mean = 0, deviations = 0;

	for (long i = 0; i < n; i++)
		mean += values[i] / n;
	for (long i = 0; i < n; i++)
		deviations += (values[i] - mean) * (values[i] - mean);
	return sqrt(deviations / (n - 1));
}

static void naive_scores(const struct score_instrument *instrument, double (*answers)[26],
			 const bool *counted, size_t respondents, struct naive *out)
{
	double column[1000];
	double overall_sum = 0;
	long overall_count = 0;

	memset(out, 0, sizeof(*out));
	for (size_t i = 0; i < 26; i++) {
		long n = 0;

		for (size_t r = 0; r < respondents; r++)
			if (counted[r] && !isnan(answers[r][i]))
				column[n++] = answers[r][i];
		out->item_n[i] = n;
		out->item_present[i] = n > 0;
		for (long k = 0; k < n; k++)
			out->item_score[i] += column[k] / n;
		out->item_sd[i] = n > 1 ? two_pass_sd(column, n) : NAN;
		if (n > 0) {
			overall_sum += out->item_score[i];
			overall_count++;
		}
	}
	out->overall_present = overall_count > 0;
	out->overall = overall_sum / overall_count;
	for (size_t d = 0; d < 6; d++) {
		double sum = 0;
		long items = 0, n = 0;

		for (size_t i = 0; i < 26; i++)
			if (instrument->item_dimension[i] == d && out->item_present[i]) {
				sum += out->item_score[i];
				items++;
			}
		out->dimension_present[d] = items > 0;
		out->dimension_score[d] = items ? sum / items : NAN;
		for (size_t r = 0; r < respondents; r++) {
			double own = 0;
			long answered = 0;

			for (size_t i = 0; i < 26 && counted[r]; i++)
				if (instrument->item_dimension[i] == d && !isnan(answers[r][i])) {
					own += answers[r][i];
					answered++;
				}
			if (answered)
				column[n++] = own / answered;
		}
		out->dimension_n[d] = n;
		out->dimension_sd[d] = n > 1 ? two_pass_sd(column, n) : NAN;
	}
}

static void compare(const struct score_result *result, const struct naive *naive)
{
	for (size_t i = 0; i < 26; i++) {
		cr_assert_eq(result->items[i].n, naive->item_n[i], "item %zu n", i + 1);
		cr_assert_eq(result->items[i].score.present, naive->item_present[i]);
		if (naive->item_present[i])
			cr_assert_float_eq(result->items[i].score.value, naive->item_score[i], 1e-9);
		cr_assert_eq(result->items[i].sd.present, naive->item_n[i] > 1);
		if (naive->item_n[i] > 1)
			cr_assert_float_eq(result->items[i].sd.value, naive->item_sd[i], 1e-6,
					   "item %zu sd", i + 1);
	}
	for (size_t d = 0; d < 6; d++) {
		cr_assert_eq(result->dimensions[d].n, naive->dimension_n[d], "dimension %zu n", d);
		if (naive->dimension_present[d])
			cr_assert_float_eq(result->dimensions[d].score.value, naive->dimension_score[d], 1e-9);
		if (naive->dimension_n[d] > 1)
			cr_assert_float_eq(result->dimensions[d].sd.value, naive->dimension_sd[d], 1e-6,
					   "dimension %zu sd", d);
	}
	cr_assert_eq(result->overall.present, naive->overall_present);
	if (naive->overall_present)
		cr_assert_float_eq(result->overall.value, naive->overall, 1e-9);
}

Test(scoring, random_answers_match_a_second_method)
{
	static double answers[300][26];
	bool counted[300];
	struct score_instrument instrument;
	struct score_totals *totals = calloc(1, sizeof(*totals));
	struct score_result *result = calloc(1, sizeof(*result));
	struct naive naive;

	cac_instrument(&instrument);
	srand(20261123);
	for (int round = 0; round < 20; round++) {
		size_t respondents = 1 + (size_t)(rand() % 300);

		memset(totals, 0, sizeof(*totals));
		for (size_t r = 0; r < respondents; r++) {
			for (size_t i = 0; i < 26; i++) {
				int kind = rand() % 4;

				/* a quarter unanswered; values of all three scales */
				answers[r][i] = kind == 0 ? NAN
						: kind == 1 ? (rand() % 4) * 100.0 / 3
						: kind == 2 ? (rand() % 5) * 25.0 : rand() % 101;
			}
			counted[r] = true;
			score_totals_apply(&instrument, totals, answers[r], 1);
		}
		/* revisions and withdrawals: take some respondents away again */
		for (size_t r = 0; r < respondents; r++) {
			if (rand() % 3 == 0) {
				counted[r] = false;
				score_totals_apply(&instrument, totals, answers[r], -1);
			}
		}
		score_compute(&instrument, totals, result);
		naive_scores(&instrument, answers, counted, respondents, &naive);
		compare(result, &naive);
	}
	free(totals);
	free(result);
}

Test(scoring, dont_know_counts_nowhere_and_empty_is_absent)
{
	struct score_instrument instrument;
	struct score_totals *totals = calloc(1, sizeof(*totals));
	struct score_result *result = calloc(1, sizeof(*result));
	double nothing[26];

	cac_instrument(&instrument);
	for (size_t i = 0; i < 26; i++)
		nothing[i] = NAN;
	score_totals_apply(&instrument, totals, nothing, 1);
	score_compute(&instrument, totals, result);
	cr_assert_eq(totals->n_responses, 1);
	cr_assert_not(result->overall.present);
	cr_assert_not(result->dimensions[0].score.present);
	cr_assert_eq(result->dimensions[0].n_items, 0);
	cr_assert_eq(result->items[0].n, 0);
	free(totals);
	free(result);
}

Test(scoring, ranks_means_and_changes)
{
	struct score_value values[] = { { true, 70 }, { true, 80 }, { false, 0 }, { true, 70 },
					{ true, 90 } };
	long ranks[5];
	struct score_value mean = score_mean(values, 5);

	score_rank(values, 5, ranks);
	cr_assert_eq(ranks[4], 1);
	cr_assert_eq(ranks[1], 2);
	cr_assert_eq(ranks[0], 3);
	cr_assert_eq(ranks[3], 3);
	cr_assert_eq(ranks[2], 0);
	cr_assert(mean.present);
	cr_assert_float_eq(mean.value, 77.5, 1e-12);
	cr_assert_float_eq(score_change(values[0], values[1]).value, 10.0, 1e-12);
	cr_assert_not(score_change(values[2], values[1]).present);
	cr_assert_not(score_mean(values + 2, 1).present);
}
