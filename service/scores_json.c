/* The score views as JSON: the contract's shapes for a wave, a trend and a
 * comparison, with null where rule 6 hides a number. */
#include "scores_json.h"

#include <stdlib.h>

#include "gaps.h"
#include "json.h"
#include "layouts.h"
#include "mem.h"
#include "welch.h"

static json_t *scores_count(long count, bool hidden)
{
	return hidden ? json_null() : json_integer(count);
}

/* One dimension's entry; a cell rule 6 hides is null with "suppressed". */
static json_t *scores_dimension_json(const struct score_instrument *instrument,
				     const struct score_result *result, size_t d, bool hidden)
{
	struct score_value absent = { false, 0.0 };

	hidden = hidden || (result && result->dimensions[d].hidden);
	return json_pack("{s:s, s:o, s:o, s:o, s:o, s:b}", "key", instrument->dimension_keys[d],
		"score", json_score(result ? result->dimensions[d].score : absent, hidden),
		"n_items", scores_count(result ? (long)result->dimensions[d].n_items : 0, hidden),
		"sd", json_score(result ? result->dimensions[d].sd : absent, hidden),
		"n", scores_count(result ? result->dimensions[d].n : 0, hidden),
		"suppressed", hidden);
}

static json_t *scores_dimensions_list(const struct score_instrument *instrument,
				      const struct score_result *result, bool hidden)
{
	json_t *list = json_array();

	for (size_t d = 0; d < instrument->dimension_count; d++)
		json_array_append_new(list, scores_dimension_json(instrument, result, d, hidden));
	return list;
}

static json_t *scores_item_json(const struct score_instrument *instrument,
				const struct score_result *result, size_t i, bool hidden)
{
	struct score_value absent = { false, 0.0 };

	hidden = hidden || (result && result->items[i].hidden);
	return json_pack("{s:i, s:s, s:o, s:o, s:o, s:b}", "number", instrument->item_numbers[i],
		"dimension", instrument->dimension_keys[instrument->item_dimension[i]],
		"score", json_score(result ? result->items[i].score : absent, hidden),
		"sd", json_score(result ? result->items[i].sd : absent, hidden),
		"n", scores_count(result ? result->items[i].n : 0, hidden), "suppressed", hidden);
}

static json_t *scores_items_list(const struct score_instrument *instrument,
				 const struct score_result *result, bool hidden)
{
	json_t *list = json_array();

	for (size_t i = 0; i < instrument->item_count; i++)
		json_array_append_new(list, scores_item_json(instrument, result, i, hidden));
	return list;
}

static json_t *scores_dimensions_object(const struct scored_wave *wave)
{
	json_t *object = json_object();

	for (size_t d = 0; d < wave->instrument->dimension_count; d++)
		json_object_set_new(object, wave->instrument->dimension_keys[d],
				    json_score(scores_dimension(wave, d), false));
	return object;
}

static json_t *scores_groups_list(const struct scored_wave *wave)
{
	json_t *list = json_array();

	for (size_t i = 0; i < wave->group_count; i++) {
		const struct scored_group *group = &wave->groups[i];

		if (group->hidden) {
			json_array_append_new(list, json_pack("{s:s, s:b}", "group", group->group,
							      "suppressed", 1));
			continue;
		}
		json_array_append_new(list, json_pack("{s:s, s:I, s:o, s:o, s:b}", "group",
			group->group, "n_responses", (json_int_t)group->totals.n_responses,
			"overall", json_score(group->result.overall, false),
			"dimensions", scores_dimensions_list(wave->instrument, &group->result, false),
			"suppressed", 0));
	}
	return list;
}

/* ?lang: each dimension entry gains its name, each item entry its text,
 * entries being in the instrument's order. */
static void scores_add_words(json_t *dimensions, json_t *items,
			     const struct score_instrument *instrument, const char *language)
{
	const char *word;

	for (size_t d = 0; d < json_array_size(dimensions); d++) {
		word = layouts_dimension_name(instrument, d, language);
		json_object_set_new(json_array_get(dimensions, d), "name",
				    word ? json_string(word) : json_null());
	}
	for (size_t i = 0; items && i < json_array_size(items); i++) {
		word = layouts_item_text(instrument, i, language);
		json_object_set_new(json_array_get(items, i), "text",
				    word ? json_string(word) : json_null());
	}
}

json_t *scores_wave_json(const struct scored_wave *wave, const char *by, const char *language)
{
	const struct score_result *result = wave->all ? &wave->all->result : NULL;
	json_t *body = json_pack("{s:s, s:s, s:s, s:I, s:b, s:o, s:o, s:o}", "wave_id",
		wave->wave_id, "partnership_id", wave->partnership_id, "label", wave->label,
		"n_responses", (json_int_t)wave->n_responses, "suppressed", wave->suppressed,
		"overall", json_score(scores_overall(wave), false),
		"dimensions", scores_dimensions_list(wave->instrument, result, wave->suppressed),
		"items", scores_items_list(wave->instrument, result, wave->suppressed));
	size_t index;
	json_t *group;

	json_object_set_new(body, "published", json_boolean(wave->published));
	json_object_set_new(body, "by", by ? json_string(by) : json_null());
	json_object_set_new(body, "groups", by ? scores_groups_list(wave) : json_array());
	if (language == NULL)
		return body;
	scores_add_words(json_object_get(body, "dimensions"), json_object_get(body, "items"),
			 wave->instrument, language);
	json_array_foreach(json_object_get(body, "groups"), index, group)
		scores_add_words(json_object_get(group, "dimensions"), NULL, wave->instrument,
				 language);
	return body;
}

/* A wave's sample behind a change: its score, with the spread of the
 * respondent means it rests on. False when the score is hidden or absent,
 * or the spread unknown. */
static bool scores_change_sample(const struct scored_wave *wave, long dimension,
				 struct welch_sample *out)
{
	struct score_value score = dimension < 0 ? scores_overall(wave)
						 : scores_dimension(wave, (size_t)dimension);

	if (!score.present || wave->all == NULL)
		return false;
	out->mean = score.value;
	if (dimension >= 0) {
		out->n = wave->all->result.dimensions[dimension].n;
		out->sd = wave->all->result.dimensions[dimension].sd.value;
		return wave->all->result.dimensions[dimension].sd.present;
	}
	out->n = wave->all->overall_sd.present ? wave->all->overall_n : 0;
	out->sd = wave->all->overall_sd.value;
	return out->n > 0;
}

bool scores_change_range(const struct scored_wave *previous, const struct scored_wave *wave,
			 long before, long dimension, struct welch_interval *interval)
{
	struct welch_sample earlier, later;

	if (dimension >= 0 && before < 0)
		return false;
	return scores_change_sample(previous, before, &earlier) &&
	       scores_change_sample(wave, dimension, &later) &&
	       welch_interval95(later, earlier, interval);
}

/* change_ci, beside change: {"low","high","beyond_noise"} of the 95%
 * Welch interval of the change, or null. */
static json_t *scores_change_interval(const struct scored_wave *previous,
				      const struct scored_wave *wave, long before, long after)
{
	struct welch_interval interval;

	if (!scores_change_range(previous, wave, before, after, &interval))
		return json_null();
	return json_pack("{s:f, s:f, s:b}", "low", interval.low, "high", interval.high,
			 "beyond_noise", welch_beyond_noise(interval));
}

/* One cell of a wave's change from previous: of the overall score
 * (dimension -1), or of a dimension at its index in each wave (before -1
 * when previous lacks it). */
typedef json_t *(*scores_change_cell)(const struct scored_wave *previous,
				      const struct scored_wave *wave, long before, long dimension);

/* change: the difference of the two scores, null where either is. */
static json_t *scores_change_point(const struct scored_wave *previous,
				   const struct scored_wave *wave, long before, long dimension)
{
	struct score_value absent = { false, 0.0 };

	if (dimension < 0)
		return json_score(score_change(scores_overall(previous), scores_overall(wave)),
				     false);
	return json_score(score_change(before < 0 ? absent
						     : scores_dimension(previous, (size_t)before),
					  scores_dimension(wave, (size_t)dimension)),
			     false);
}

/* {"overall", "dimensions": {key: cell}} of a wave's change from the one
 * before, or null for the first wave. */
static json_t *scores_changes(const struct scored_wave *previous, const struct scored_wave *wave,
			      scores_change_cell cell)
{
	json_t *dimensions;

	if (previous == NULL)
		return json_null();
	dimensions = json_object();
	for (size_t d = 0; d < wave->instrument->dimension_count; d++) {
		long before = score_dimension_index(previous->instrument,
						    wave->instrument->dimension_keys[d]);

		json_object_set_new(dimensions, wave->instrument->dimension_keys[d],
				    cell(previous, wave, before, (long)d));
	}
	return json_pack("{s:o, s:o}", "overall", cell(previous, wave, -1, -1), "dimensions",
			 dimensions);
}

json_t *scores_trend_json(const struct scored *scored, const char *partnership_id)
{
	json_t *waves = json_array();

	for (size_t i = 0; i < scored->wave_count; i++) {
		const struct scored_wave *wave = &scored->waves[i];
		const struct scored_wave *previous = i ? &scored->waves[i - 1] : NULL;

		json_array_append_new(waves, json_pack("{s:s, s:s, s:s, s:I, s:b, s:b, s:o, s:o, s:o, s:o, s:o}",
			"wave_id", wave->wave_id, "label", wave->label, "opens_at", wave->opens_at,
			"n_responses", (json_int_t)wave->n_responses, "published", wave->published,
			"suppressed", wave->suppressed,
			"overall", json_score(scores_overall(wave), false),
			"dimensions", scores_dimensions_object(wave),
			"change", scores_changes(previous, wave, scores_change_point),
			"change_ci", scores_changes(previous, wave, scores_change_interval),
			"gap", gaps_trend_json(wave)));
	}
	return json_pack("{s:s, s:o}", "partnership_id", partnership_id, "waves", waves);
}

json_t *scores_mean_json(const struct scored *scored)
{
	const struct score_instrument *instrument = scores_first_instrument(scored);
	struct score_value *values = mem_calloc(scored->wave_count + 1, sizeof(*values));
	json_t *dimensions = json_object();
	json_t *mean;

	for (size_t i = 0; i < scored->wave_count; i++)
		values[i] = scores_overall(&scored->waves[i]);
	mean = json_pack("{s:o}", "overall", json_score(score_mean(values, scored->wave_count), false));
	for (size_t d = 0; instrument && d < instrument->dimension_count; d++) {
		for (size_t i = 0; i < scored->wave_count; i++)
			values[i] = scores_dimension_by_key(&scored->waves[i], instrument->dimension_keys[d]);
		json_object_set_new(dimensions, instrument->dimension_keys[d],
				    json_score(score_mean(values, scored->wave_count), false));
	}
	json_object_set_new(mean, "dimensions", dimensions);
	free(values);
	return mean;
}

json_t *scores_comparison_json(const struct scored *scored)
{
	const struct score_instrument *instrument = scores_first_instrument(scored);
	long *ranks = scores_ranks(scored);
	json_t *rows = json_array();

	for (size_t i = 0; i < scored->wave_count; i++) {
		const struct scored_wave *wave = &scored->waves[i];
		json_t *dimensions = json_object();

		for (size_t d = 0; instrument && d < instrument->dimension_count; d++)
			json_object_set_new(dimensions, instrument->dimension_keys[d],
					    json_score(scores_dimension_by_key(wave,
						instrument->dimension_keys[d]), false));
		json_array_append_new(rows, json_pack("{s:s, s:O, s:O, s:s, s:s, s:I, s:b, s:b, s:o, s:o, s:o}",
			"partnership_id", wave->partnership_id,
			"partnership", wave->partnership,
			"neighbourhood", wave->neighbourhood,
			"wave_id", wave->wave_id, "wave_label", wave->label,
			"n_responses", (json_int_t)wave->n_responses,
			"published", wave->published, "suppressed", wave->suppressed,
			"overall", json_score(scores_overall(wave), false),
			"dimensions", dimensions,
			"rank", ranks[i] ? json_integer(ranks[i]) : json_null()));
	}
	free(ranks);
	return json_pack("{s:o, s:o}", "rows", rows, "mean", scores_mean_json(scored));
}

void scores_dimension_names(json_t *body, const struct scored *scored, const char *language)
{
	const struct score_instrument *instrument = scores_first_instrument(scored);
	json_t *names = json_object();

	for (size_t d = 0; instrument && d < instrument->dimension_count; d++) {
		const char *name = layouts_dimension_name(instrument, d, language);

		json_object_set_new(names, instrument->dimension_keys[d],
				    name ? json_string(name) : json_null());
	}
	json_object_set_new(body, "dimension_names", names);
}
