/* The score views as CSV: the same numbers as the JSON, one header row. */
#include "scores_csv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "gaps.h"
#include "layouts.h"
#include "scores_json.h"

/* The last column of a row that rule 6 can hide: true or false. */
static void scores_csv_suppressed(struct csv *csv, bool hidden)
{
	csv_boolean(csv, hidden);
	csv_end_line(csv);
}

void scores_csv_value(struct csv *csv, struct score_value value, bool hidden)
{
	if (value.present && !hidden)
		csv_number(csv, value.value);
	else
		csv_text(csv, NULL);
}

static void scores_csv_count(struct csv *csv, long count, bool hidden)
{
	if (hidden)
		csv_text(csv, NULL);
	else
		csv_integer(csv, count);
}

/* The words of a row (a dimension's name, an item's text) go in the
 * column after "dimension", which is there only with ?lang. */
struct csv_row_words {
	const char *language;  /* NULL: no such column */
	const char *text;
};

static void scores_csv_row_start(struct csv *csv, const struct scored_wave *wave,
				 const char *grouping, const char *group, const char *level,
				 const char *key, const char *dimension, struct csv_row_words words)
{
	csv_text(csv, wave->wave_id);
	csv_text(csv, wave->partnership_id);
	csv_text(csv, wave->label);
	csv_text(csv, grouping);
	csv_text(csv, group);
	csv_text(csv, level);
	csv_text(csv, key);
	csv_text(csv, dimension);
	if (words.language != NULL)
		csv_text(csv, words.text);
}

static void scores_csv_result(struct csv *csv, const struct scored_wave *wave,
			      const struct scored_group *group, bool hidden, const char *language)
{
	const struct score_instrument *instrument = wave->instrument;
	const struct score_result *result = group ? &group->result : NULL;
	const char *name = group && strcmp(group->grouping, "all") ? group->group : "";
	const char *grouping = group ? group->grouping : "all";
	long responses = group ? group->totals.n_responses : 0;
	struct score_value absent = { false, 0.0 };
	char number[16];

	scores_csv_row_start(csv, wave, grouping, name, "overall", "", "",
			     (struct csv_row_words){ language, NULL });
	scores_csv_value(csv, result ? result->overall : absent, hidden);
	csv_text(csv, NULL);
	csv_text(csv, NULL);
	csv_text(csv, NULL);
	scores_csv_count(csv, responses, hidden && strcmp(name, "") != 0);
	scores_csv_suppressed(csv, hidden || (result && result->overall_hidden));
	for (size_t d = 0; d < instrument->dimension_count; d++) {
		scores_csv_row_start(csv, wave, grouping, name, "dimension", instrument->dimension_keys[d],
				     instrument->dimension_keys[d],
				     (struct csv_row_words){ language,
					     language ? layouts_dimension_name(instrument, d, language)
						      : NULL });
		scores_csv_value(csv, result ? result->dimensions[d].score : absent, hidden);
		scores_csv_value(csv, result ? result->dimensions[d].sd : absent, hidden);
		scores_csv_count(csv, result ? result->dimensions[d].n : 0, hidden);
		scores_csv_count(csv, result ? (long)result->dimensions[d].n_items : 0, hidden);
		scores_csv_count(csv, responses, hidden && strcmp(name, "") != 0);
		scores_csv_suppressed(csv, hidden || (result && result->dimensions[d].hidden));
	}
	/* Items are shown for the whole wave only, as in the JSON. */
	if (group != NULL && strcmp(group->grouping, "all") != 0)
		return;
	for (size_t i = 0; i < instrument->item_count; i++) {
		snprintf(number, sizeof(number), "%d", instrument->item_numbers[i]);
		scores_csv_row_start(csv, wave, grouping, name, "item", number,
				     instrument->dimension_keys[instrument->item_dimension[i]],
				     (struct csv_row_words){ language,
					     language ? layouts_item_text(instrument, i, language)
						      : NULL });
		scores_csv_value(csv, result ? result->items[i].score : absent, hidden);
		scores_csv_value(csv, result ? result->items[i].sd : absent, hidden);
		scores_csv_count(csv, result ? result->items[i].n : 0,
				 hidden || (result && result->items[i].hidden));
		csv_text(csv, NULL);
		scores_csv_count(csv, responses, false);
		scores_csv_suppressed(csv, hidden || (result && result->items[i].hidden));
	}
}

void scores_wave_rows(const struct scored_wave *wave, struct csv *csv, const char *language)
{
	scores_csv_result(csv, wave, wave->all, wave->suppressed, language);
	for (size_t i = 0; i < wave->group_count; i++)
		scores_csv_result(csv, wave, &wave->groups[i], wave->groups[i].hidden, language);
}

char *scores_wave_csv(const struct scored_wave *wave, struct csv *csv, size_t *length,
		      const char *language)
{
	static const char *const header[] = { "wave_id", "partnership_id", "label", "grouping",
					      "group", "level", "key", "dimension", "score", "sd",
					      "n", "n_items", "n_responses", "suppressed" };

	for (size_t i = 0; i < ARRAY_LENGTH(header); i++) {
		csv_text(csv, header[i]);
		if (language != NULL && strcmp(header[i], "dimension") == 0)
			csv_text(csv, "text");
	}
	csv_end_line(csv);
	scores_wave_rows(wave, csv, language);
	return csv_finish(csv, length);
}

static void scores_csv_dimension_header(struct csv *csv, const struct score_instrument *instrument,
					const char *prefix)
{
	for (size_t d = 0; instrument && d < instrument->dimension_count; d++) {
		char name[64];

		snprintf(name, sizeof(name), "%s%s", prefix, instrument->dimension_keys[d]);
		csv_text(csv, name);
	}
}

void scores_csv_change_range(struct csv *csv, const struct scored_wave *previous,
				    const struct scored_wave *wave, long before, long dimension)
{
	struct welch_interval interval;

	if (previous == NULL ||
	    !scores_change_range(previous, wave, before, dimension, &interval)) {
		csv_text(csv, NULL);
		csv_text(csv, NULL);
		csv_text(csv, NULL);
		return;
	}
	csv_number(csv, interval.low);
	csv_number(csv, interval.high);
	csv_boolean(csv, welch_beyond_noise(interval));
}

static void scores_csv_trend_header(struct csv *csv, const struct score_instrument *instrument)
{
	static const char *const leading[] = { "wave_id", "partnership_id", "label", "opens_at",
					       "n_responses", "overall" };

	for (size_t i = 0; i < ARRAY_LENGTH(leading); i++)
		csv_text(csv, leading[i]);
	scores_csv_dimension_header(csv, instrument, "");
	csv_text(csv, "change_overall");
	scores_csv_dimension_header(csv, instrument, "change_");
	csv_text(csv, "change_low_overall");
	csv_text(csv, "change_high_overall");
	csv_text(csv, "beyond_noise_overall");
	for (size_t d = 0; instrument != NULL && d < instrument->dimension_count; d++) {
		char name[64];

		snprintf(name, sizeof(name), "change_low_%s", instrument->dimension_keys[d]);
		csv_text(csv, name);
		snprintf(name, sizeof(name), "change_high_%s", instrument->dimension_keys[d]);
		csv_text(csv, name);
		snprintf(name, sizeof(name), "beyond_noise_%s", instrument->dimension_keys[d]);
		csv_text(csv, name);
	}
	csv_text(csv, "gap_overall");
	scores_csv_dimension_header(csv, instrument, "gap_");
	csv_text(csv, "published");
	csv_text(csv, "suppressed");
	csv_end_line(csv);
}

/* The dimension of the first wave's instrument at index d, in wave. */
static long scores_csv_dimension_in(const struct scored_wave *wave,
				    const struct score_instrument *instrument, size_t d)
{
	return wave ? score_dimension_index(wave->instrument, instrument->dimension_keys[d]) : -1;
}

static void scores_csv_trend_row(struct csv *csv, const struct score_instrument *instrument,
				 const struct scored_wave *previous, const struct scored_wave *wave)
{
	struct score_value absent = { false, 0.0 };

	csv_text(csv, wave->wave_id);
	csv_text(csv, wave->partnership_id);
	csv_text(csv, wave->label);
	csv_timestamp(csv, wave->opens_at);
	scores_csv_count(csv, wave->n_responses, false);
	scores_csv_value(csv, scores_overall(wave), false);
	for (size_t d = 0; d < instrument->dimension_count; d++)
		scores_csv_value(csv, scores_dimension_by_key(wave, instrument->dimension_keys[d]), false);
	scores_csv_value(csv, previous ? score_change(scores_overall(previous), scores_overall(wave))
					: absent, false);
	for (size_t d = 0; d < instrument->dimension_count; d++) {
		const char *key = instrument->dimension_keys[d];

		scores_csv_value(csv, previous ? score_change(scores_dimension_by_key(previous, key),
							       scores_dimension_by_key(wave, key))
						: absent, false);
	}
	scores_csv_change_range(csv, previous, wave, -1, -1);
	for (size_t d = 0; d < instrument->dimension_count; d++)
		scores_csv_change_range(csv, previous, wave,
					scores_csv_dimension_in(previous, instrument, d),
					scores_csv_dimension_in(wave, instrument, d));
	scores_csv_value(csv, gaps_trend_value(wave, -1), false);
	for (size_t d = 0; d < instrument->dimension_count; d++) {
		long here = scores_csv_dimension_in(wave, instrument, d);

		scores_csv_value(csv, here >= 0 ? gaps_trend_value(wave, here) : absent, false);
	}
	csv_boolean(csv, wave->published);
	scores_csv_suppressed(csv, wave->suppressed);
}

char *scores_trend_csv(const struct scored *scored, struct csv *csv, size_t *length)
{
	const struct score_instrument *instrument = scores_first_instrument(scored);

	scores_csv_trend_header(csv, instrument);
	for (size_t i = 0; i < scored->wave_count; i++)
		scores_csv_trend_row(csv, instrument, i ? &scored->waves[i - 1] : NULL,
				     &scored->waves[i]);
	return csv_finish(csv, length);
}

static void scores_csv_comparison_row(struct csv *csv, const struct scored *scored, size_t i,
				      long rank)
{
	const struct scored_wave *wave = &scored->waves[i];
	const struct score_instrument *instrument = scores_first_instrument(scored);
	json_t *neighbourhood = wave->neighbourhood;

	csv_text(csv, wave->partnership_id);
	csv_json(csv, wave->partnership);
	csv_json(csv, json_object_get(neighbourhood, "code"));
	csv_json(csv, json_object_get(neighbourhood, "name"));
	csv_json(csv, json_object_get(neighbourhood, "ses_score"));
	csv_text(csv, wave->wave_id);
	csv_text(csv, wave->label);
	scores_csv_count(csv, wave->n_responses, false);
	scores_csv_value(csv, scores_overall(wave), false);
	for (size_t d = 0; d < instrument->dimension_count; d++)
		scores_csv_value(csv, scores_dimension_by_key(wave, instrument->dimension_keys[d]), false);
	scores_csv_count(csv, rank, rank == 0);
	csv_boolean(csv, wave->published);
	scores_csv_suppressed(csv, wave->suppressed);
}

char *scores_comparison_csv(const struct scored *scored, struct csv *csv, size_t *length)
{
	static const char *const header[] = { "partnership_id", "partnership", "neighbourhood_code",
					      "neighbourhood_name", "ses_score", "wave_id",
					      "wave_label", "n_responses", "overall" };
	const struct score_instrument *instrument = scores_first_instrument(scored);
	long *ranks = scores_ranks(scored);

	for (size_t i = 0; i < ARRAY_LENGTH(header); i++)
		csv_text(csv, header[i]);
	scores_csv_dimension_header(csv, instrument, "");
	csv_text(csv, "rank");
	csv_text(csv, "published");
	csv_text(csv, "suppressed");
	csv_end_line(csv);
	for (size_t i = 0; i < scored->wave_count; i++)
		scores_csv_comparison_row(csv, scored, i, ranks[i]);
	free(ranks);
	return csv_finish(csv, length);
}

char *scores_gaps_csv(const struct scored *scored, struct csv *csv, size_t *length)
{
	static const char *const header[] = { "wave_id", "label", "published", "level",
					      "dimension", "item", "coproducer", "professional",
					      "gap", "ci_low", "ci_high", "suppressed" };
	const struct scored_wave *wave = &scored->waves[0];
	size_t count;
	struct gap_cell *cells = gaps_cells(scored, &count);

	for (size_t i = 0; i < ARRAY_LENGTH(header); i++)
		csv_text(csv, header[i]);
	csv_end_line(csv);
	for (size_t i = 0; i < count; i++) {
		const struct gap_cell *cell = &cells[i];

		csv_text(csv, wave->wave_id);
		csv_text(csv, wave->label);
		csv_boolean(csv, wave->published);
		csv_text(csv, cell->level);
		csv_text(csv, cell->key);
		if (cell->number > 0)
			csv_integer(csv, cell->number);
		else
			csv_text(csv, NULL);
		scores_csv_value(csv, cell->coproducer, false);
		scores_csv_value(csv, cell->professional, false);
		scores_csv_value(csv, cell->gap, false);
		scores_csv_value(csv, (struct score_value){ cell->ranged, cell->ci_low }, false);
		scores_csv_value(csv, (struct score_value){ cell->ranged, cell->ci_high }, false);
		scores_csv_suppressed(csv, cell->suppressed);
	}
	free(cells);
	return csv_finish(csv, length);
}
