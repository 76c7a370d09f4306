#include "scores.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "log.h"
#include "mem.h"
#include "resource.h"
#include "scope.h"
#include "scoring.h"

/* ---- statements: each gives {"layouts": {instrument_id: layout}, ...} ---- */

static const struct db_statement statement_wave = {
	"scores_wave",
	"SELECT json_build_object('layouts', json_build_object(w.instrument_id,"
	" cacd_layout_json(w.instrument_id)), 'waves', json_build_array(json_build_object("
	" 'wave', cacd_wave_scores_json(w, $3))))::text"
	" FROM waves w WHERE w.id = $1::uuid AND " SCOPED("w.partnership_id", 2),
	true,
};

static const struct db_statement statement_trend = {
	"scores_trend",
	"SELECT CASE WHEN EXISTS (SELECT 1 FROM partnerships WHERE id = $1::uuid AND "
	SCOPED("id", 2) ") THEN json_build_object("
	" 'layouts', (SELECT coalesce(json_object_agg(x.id, cacd_layout_json(x.id)), '{}')"
	"   FROM (SELECT DISTINCT instrument_id AS id FROM waves WHERE partnership_id = $1::uuid) x),"
	" 'waves', (SELECT coalesce(json_agg(json_build_object('wave', cacd_wave_scores_json(w, ''))"
	"   ORDER BY w.opens_at, w.created_at), '[]') FROM waves w WHERE w.partnership_id = $1::uuid)"
	")::text END",
	true,
};

static const struct db_statement statement_comparisons = {
	"scores_comparisons",
	"WITH chosen AS (SELECT w, p, n FROM waves w JOIN partnerships p ON p.id = w.partnership_id"
	"  LEFT JOIN neighbourhoods n ON n.id = p.neighbourhood_id"
	"  WHERE w.label = $1 AND " SCOPED("p.id", 2)
	"  AND ($3::text IS NULL OR n.municipality_code = $3)"
	"  AND ($4::uuid[] IS NULL OR p.id = ANY ($4::uuid[])))"
	" SELECT json_build_object("
	"  'layouts', (SELECT coalesce(json_object_agg(x.id, cacd_layout_json(x.id)), '{}')"
	"    FROM (SELECT DISTINCT (c.w).instrument_id AS id FROM chosen c) x),"
	"  'waves', (SELECT coalesce(json_agg(json_build_object('wave', cacd_wave_scores_json(c.w, ''),"
	"    'partnership', (c.p).name, 'neighbourhood', CASE WHEN (c.n).id IS NULL THEN NULL"
	"    ELSE json_build_object('code', (c.n).code, 'name', (c.n).name,"
	"    'ses_score', (c.n).ses_score) END) ORDER BY (c.p).name, (c.p).id), '[]') FROM chosen c)"
	" )::text",
	true,
};

/* ---- parsing what the database gave ---- */

struct scored_group {
	const char *grouping;
	const char *group;
	struct score_totals totals;
	struct score_result result;
	bool hidden;
};

struct scored_wave {
	const json_t *source;          /* the "waves" entry: wave, partnership, neighbourhood */
	const char *wave_id, *partnership_id, *label, *opens_at;
	struct score_instrument *instrument;
	struct scored_group *all;      /* NULL when nobody responded */
	struct scored_group *groups;   /* of the by= grouping */
	size_t group_count;
	long n_responses;
	bool suppressed;               /* too few responses for this caller */
};

struct scored {
	json_t *document;
	size_t instrument_count;
	struct score_instrument *instruments;
	const char **instrument_ids;
	size_t wave_count;
	struct scored_wave *waves;
};

static enum result scores_parse_layout(const json_t *layout, struct score_instrument *out)
{
	json_t *dimensions = json_object_get(layout, "dimensions");
	json_t *items = json_object_get(layout, "items");
	size_t index;
	json_t *entry;

	memset(out, 0, sizeof(*out));
	if (json_array_size(dimensions) > SCORE_MAX_DIMENSIONS ||
	    json_array_size(items) > SCORE_MAX_ITEMS)
		return RESULT_ERROR;
	json_array_foreach(dimensions, index, entry)
		snprintf(out->dimension_keys[index], SCORE_KEY_SIZE, "%s", json_string_value(entry));
	out->dimension_count = json_array_size(dimensions);
	json_array_foreach(items, index, entry) {
		long dimension = score_dimension_index(
			out, json_string_value(json_array_get(entry, 1)) ?: "");

		if (dimension < 0)
			return RESULT_ERROR;
		out->item_numbers[index] = (int)json_integer_value(json_array_get(entry, 0));
		out->item_dimension[index] = (size_t)dimension;
	}
	out->item_count = json_array_size(items);
	return RESULT_OK;
}

static void scores_parse_totals(const json_t *group, const struct score_instrument *instrument,
				struct score_totals *totals)
{
	size_t index;
	json_t *entry;

	memset(totals, 0, sizeof(*totals));
	totals->n_responses = (long)json_integer_value(json_object_get(group, "n_responses"));
	json_array_foreach(json_object_get(group, "items"), index, entry) {
		long item = score_item_index(instrument,
					     (int)json_integer_value(json_array_get(entry, 0)));

		if (item < 0)
			continue;
		totals->item_n[item] = (long)json_integer_value(json_array_get(entry, 1));
		totals->item_sum[item] = json_number_value(json_array_get(entry, 2));
		totals->item_squares[item] = json_number_value(json_array_get(entry, 3));
	}
	json_array_foreach(json_object_get(group, "dimensions"), index, entry) {
		long dimension = score_dimension_index(instrument,
						       json_string_value(json_array_get(entry, 0)) ?: "");

		if (dimension < 0)
			continue;
		totals->dimension_n[dimension] = (long)json_integer_value(json_array_get(entry, 1));
		totals->dimension_sum[dimension] = json_number_value(json_array_get(entry, 2));
		totals->dimension_squares[dimension] = json_number_value(json_array_get(entry, 3));
	}
}

static struct score_instrument *scores_find_instrument(struct scored *scored, const char *id)
{
	for (size_t i = 0; i < scored->instrument_count; i++) {
		if (strcmp(scored->instrument_ids[i], id) == 0)
			return &scored->instruments[i];
	}
	return NULL;
}

static void scores_parse_groups(struct scored_wave *wave, const json_t *totals)
{
	size_t index, count = json_array_size(totals);
	json_t *entry;

	wave->groups = mem_calloc(count, sizeof(*wave->groups));
	json_array_foreach(totals, index, entry) {
		bool whole = strcmp(json_string_value(json_object_get(entry, "grouping")), "all") == 0;
		struct scored_group *group = whole ? mem_calloc(1, sizeof(*group))
						   : &wave->groups[wave->group_count++];

		group->grouping = json_string_value(json_object_get(entry, "grouping"));
		group->group = json_string_value(json_object_get(entry, "group"));
		scores_parse_totals(entry, wave->instrument, &group->totals);
		score_compute(wave->instrument, &group->totals, &group->result);
		if (whole)
			wave->all = group;
	}
	wave->n_responses = wave->all ? wave->all->totals.n_responses : 0;
}

/* Rule 6: small groups hidden for everyone; small waves for all but admins. */
static void scores_apply_privacy(struct scored_wave *wave, long minimum, bool admin)
{
	long *sizes = mem_calloc(wave->group_count + 1, sizeof(*sizes));
	bool *hidden = mem_calloc(wave->group_count + 1, sizeof(*hidden));

	wave->suppressed = !admin && wave->n_responses < minimum;
	for (size_t i = 0; i < wave->group_count; i++)
		sizes[i] = wave->groups[i].totals.n_responses;
	score_suppress(sizes, wave->group_count, minimum, hidden);
	for (size_t i = 0; i < wave->group_count; i++)
		wave->groups[i].hidden = hidden[i] || wave->suppressed;
	free(sizes);
	free(hidden);
}

static enum result scores_parse_layouts(struct scored *scored)
{
	json_t *layouts = json_object_get(scored->document, "layouts");
	const char *id;
	json_t *layout;
	size_t index = 0;

	scored->instrument_count = json_object_size(layouts);
	scored->instruments = mem_calloc(scored->instrument_count + 1, sizeof(*scored->instruments));
	scored->instrument_ids = mem_calloc(scored->instrument_count + 1, sizeof(char *));
	json_object_foreach(layouts, id, layout) {
		scored->instrument_ids[index] = id;
		if (scores_parse_layout(layout, &scored->instruments[index++]) != RESULT_OK)
			return RESULT_ERROR;
	}
	return RESULT_OK;
}

static enum result scores_parse(struct scored *scored, const char *text, long minimum, bool admin)
{
	json_t *waves;
	size_t index;
	json_t *entry;

	memset(scored, 0, sizeof(*scored));
	scored->document = json_loads(text, 0, NULL);
	if (scored->document == NULL || scores_parse_layouts(scored) != RESULT_OK)
		return RESULT_ERROR;
	waves = json_object_get(scored->document, "waves");
	scored->waves = mem_calloc(json_array_size(waves) + 1, sizeof(*scored->waves));
	json_array_foreach(waves, index, entry) {
		struct scored_wave *wave = &scored->waves[scored->wave_count++];
		json_t *fields = json_object_get(entry, "wave");

		wave->source = entry;
		wave->wave_id = json_string_value(json_object_get(fields, "wave_id"));
		wave->partnership_id = json_string_value(json_object_get(fields, "partnership_id"));
		wave->label = json_string_value(json_object_get(fields, "label"));
		wave->opens_at = json_string_value(json_object_get(fields, "opens_at"));
		wave->instrument = scores_find_instrument(
			scored, json_string_value(json_object_get(fields, "instrument_id")) ?: "");
		if (wave->instrument == NULL)
			return RESULT_ERROR;
		scores_parse_groups(wave, json_object_get(fields, "totals"));
		scores_apply_privacy(wave, minimum, admin);
	}
	return RESULT_OK;
}

static void scores_free(struct scored *scored)
{
	for (size_t i = 0; i < scored->wave_count; i++) {
		free(scored->waves[i].all);
		free(scored->waves[i].groups);
	}
	free(scored->waves);
	free(scored->instruments);
	free(scored->instrument_ids);
	json_decref(scored->document);
}

/* ---- JSON ---- */

static json_t *scores_number(struct score_value value, bool hidden)
{
	return value.present && !hidden ? json_real(value.value) : json_null();
}

static json_t *scores_count(long count, bool hidden)
{
	return hidden ? json_null() : json_integer(count);
}

static struct score_value scores_overall(const struct scored_wave *wave)
{
	struct score_value absent = { false, 0.0 };

	return wave->all && !wave->suppressed ? wave->all->result.overall : absent;
}

static struct score_value scores_dimension(const struct scored_wave *wave, size_t dimension)
{
	struct score_value absent = { false, 0.0 };

	return wave->all && !wave->suppressed ? wave->all->result.dimensions[dimension].score : absent;
}

static json_t *scores_dimensions_list(const struct score_instrument *instrument,
				      const struct score_result *result, bool hidden)
{
	json_t *list = json_array();

	for (size_t d = 0; d < instrument->dimension_count; d++)
		json_array_append_new(list, json_pack("{s:s, s:o, s:o, s:o, s:o}", "key",
			instrument->dimension_keys[d],
			"score", scores_number(result ? result->dimensions[d].score
						      : (struct score_value){ 0 }, hidden),
			"n_items", scores_count(result ? (long)result->dimensions[d].n_items : 0, hidden),
			"sd", scores_number(result ? result->dimensions[d].sd
						   : (struct score_value){ 0 }, hidden),
			"n", scores_count(result ? result->dimensions[d].n : 0, hidden)));
	return list;
}

static json_t *scores_items_list(const struct score_instrument *instrument,
				 const struct score_result *result, bool hidden)
{
	json_t *list = json_array();

	for (size_t i = 0; i < instrument->item_count; i++)
		json_array_append_new(list, json_pack("{s:i, s:s, s:o, s:o, s:o}", "number",
			instrument->item_numbers[i],
			"dimension", instrument->dimension_keys[instrument->item_dimension[i]],
			"score", scores_number(result ? result->items[i].score
						      : (struct score_value){ 0 }, hidden),
			"sd", scores_number(result ? result->items[i].sd
						   : (struct score_value){ 0 }, hidden),
			"n", scores_count(result ? result->items[i].n : 0, hidden)));
	return list;
}

static json_t *scores_dimensions_object(const struct scored_wave *wave)
{
	json_t *object = json_object();

	for (size_t d = 0; d < wave->instrument->dimension_count; d++)
		json_object_set_new(object, wave->instrument->dimension_keys[d],
				    scores_number(scores_dimension(wave, d), false));
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
			"overall", scores_number(group->result.overall, false),
			"dimensions", scores_dimensions_list(wave->instrument, &group->result, false),
			"suppressed", 0));
	}
	return list;
}

static json_t *scores_wave_json(const struct scored_wave *wave, const char *by)
{
	const struct score_result *result = wave->all ? &wave->all->result : NULL;
	json_t *body = json_pack("{s:s, s:s, s:s, s:I, s:b, s:o, s:o, s:o}", "wave_id",
		wave->wave_id, "partnership_id", wave->partnership_id, "label", wave->label,
		"n_responses", (json_int_t)wave->n_responses, "suppressed", wave->suppressed,
		"overall", scores_number(scores_overall(wave), false),
		"dimensions", scores_dimensions_list(wave->instrument, result, wave->suppressed),
		"items", scores_items_list(wave->instrument, result, wave->suppressed));

	json_object_set_new(body, "by", by ? json_string(by) : json_null());
	json_object_set_new(body, "groups", by ? scores_groups_list(wave) : json_array());
	return body;
}

static json_t *scores_change_json(const struct scored_wave *previous,
				  const struct scored_wave *wave)
{
	json_t *dimensions = json_object();

	if (previous == NULL) {
		json_decref(dimensions);
		return json_null();
	}
	for (size_t d = 0; d < wave->instrument->dimension_count; d++) {
		long before = score_dimension_index(previous->instrument,
						    wave->instrument->dimension_keys[d]);
		struct score_value absent = { false, 0.0 };

		json_object_set_new(dimensions, wave->instrument->dimension_keys[d],
				    scores_number(score_change(before < 0 ? absent
									  : scores_dimension(previous, (size_t)before),
							       scores_dimension(wave, d)), false));
	}
	return json_pack("{s:o, s:o}", "overall",
			 scores_number(score_change(scores_overall(previous), scores_overall(wave)),
				       false),
			 "dimensions", dimensions);
}

static json_t *scores_trend_json(const struct scored *scored, const char *partnership_id)
{
	json_t *waves = json_array();

	for (size_t i = 0; i < scored->wave_count; i++) {
		const struct scored_wave *wave = &scored->waves[i];

		json_array_append_new(waves, json_pack("{s:s, s:s, s:s, s:I, s:b, s:o, s:o, s:o}",
			"wave_id", wave->wave_id, "label", wave->label, "opens_at", wave->opens_at,
			"n_responses", (json_int_t)wave->n_responses, "suppressed", wave->suppressed,
			"overall", scores_number(scores_overall(wave), false),
			"dimensions", scores_dimensions_object(wave),
			"change", scores_change_json(i ? &scored->waves[i - 1] : NULL, wave)));
	}
	return json_pack("{s:s, s:o}", "partnership_id", partnership_id, "waves", waves);
}

/* The dimension keys of the first instrument: comparisons line rows up by
 * key, so a wave of another instrument shows null for keys it lacks. */
static const struct score_instrument *scores_first_instrument(const struct scored *scored)
{
	return scored->wave_count ? scored->waves[0].instrument : NULL;
}

static struct score_value scores_dimension_by_key(const struct scored_wave *wave, const char *key)
{
	long index = score_dimension_index(wave->instrument, key);
	struct score_value absent = { false, 0.0 };

	return index < 0 ? absent : scores_dimension(wave, (size_t)index);
}

static json_t *scores_mean_json(const struct scored *scored)
{
	const struct score_instrument *instrument = scores_first_instrument(scored);
	struct score_value *values = mem_calloc(scored->wave_count + 1, sizeof(*values));
	json_t *dimensions = json_object();
	json_t *mean;

	for (size_t i = 0; i < scored->wave_count; i++)
		values[i] = scores_overall(&scored->waves[i]);
	mean = json_pack("{s:o}", "overall", scores_number(score_mean(values, scored->wave_count), false));
	for (size_t d = 0; instrument && d < instrument->dimension_count; d++) {
		for (size_t i = 0; i < scored->wave_count; i++)
			values[i] = scores_dimension_by_key(&scored->waves[i], instrument->dimension_keys[d]);
		json_object_set_new(dimensions, instrument->dimension_keys[d],
				    scores_number(score_mean(values, scored->wave_count), false));
	}
	json_object_set_new(mean, "dimensions", dimensions);
	free(values);
	return mean;
}

static long *scores_ranks(const struct scored *scored)
{
	struct score_value *values = mem_calloc(scored->wave_count + 1, sizeof(*values));
	long *ranks = mem_calloc(scored->wave_count + 1, sizeof(*ranks));

	for (size_t i = 0; i < scored->wave_count; i++)
		values[i] = scores_overall(&scored->waves[i]);
	score_rank(values, scored->wave_count, ranks);
	free(values);
	return ranks;
}

static json_t *scores_comparison_json(const struct scored *scored)
{
	const struct score_instrument *instrument = scores_first_instrument(scored);
	long *ranks = scores_ranks(scored);
	json_t *rows = json_array();

	for (size_t i = 0; i < scored->wave_count; i++) {
		const struct scored_wave *wave = &scored->waves[i];
		json_t *dimensions = json_object();

		for (size_t d = 0; instrument && d < instrument->dimension_count; d++)
			json_object_set_new(dimensions, instrument->dimension_keys[d],
					    scores_number(scores_dimension_by_key(wave,
						instrument->dimension_keys[d]), false));
		json_array_append_new(rows, json_pack("{s:s, s:O, s:O, s:s, s:I, s:b, s:o, s:o, s:o}",
			"partnership_id", wave->partnership_id,
			"partnership", json_object_get(wave->source, "partnership"),
			"neighbourhood", json_object_get(wave->source, "neighbourhood"),
			"wave_id", wave->wave_id, "n_responses", (json_int_t)wave->n_responses,
			"suppressed", wave->suppressed,
			"overall", scores_number(scores_overall(wave), false),
			"dimensions", dimensions,
			"rank", ranks[i] ? json_integer(ranks[i]) : json_null()));
	}
	free(ranks);
	return json_pack("{s:o, s:o}", "rows", rows, "mean", scores_mean_json(scored));
}

/* ---- CSV: the same numbers, one header row ---- */

static void scores_csv_value(struct csv *csv, struct score_value value, bool hidden)
{
	if (value.present && !hidden)
		csv_number(csv, value.value);
	else
		csv_text(csv, NULL);
}

static void scores_csv_count(struct csv *csv, long count, bool hidden)
{
	char text[24];

	snprintf(text, sizeof(text), "%ld", count);
	csv_text(csv, hidden ? NULL : text);
}

static void scores_csv_row_start(struct csv *csv, const struct scored_wave *wave,
				 const char *group, const char *level, const char *key,
				 const char *dimension)
{
	csv_text(csv, wave->wave_id);
	csv_text(csv, wave->label);
	csv_text(csv, group);
	csv_text(csv, level);
	csv_text(csv, key);
	csv_text(csv, dimension);
}

static void scores_csv_result(struct csv *csv, const struct scored_wave *wave,
			      const struct scored_group *group, bool hidden)
{
	const struct score_instrument *instrument = wave->instrument;
	const struct score_result *result = group ? &group->result : NULL;
	const char *name = group && strcmp(group->grouping, "all") ? group->group : "";
	long responses = group ? group->totals.n_responses : 0;
	struct score_value absent = { false, 0.0 };
	char number[16];

	scores_csv_row_start(csv, wave, name, "overall", "", "");
	scores_csv_value(csv, result ? result->overall : absent, hidden);
	csv_text(csv, NULL);
	csv_text(csv, NULL);
	csv_text(csv, NULL);
	scores_csv_count(csv, responses, hidden && strcmp(name, "") != 0);
	csv_end_line(csv);
	for (size_t d = 0; d < instrument->dimension_count; d++) {
		scores_csv_row_start(csv, wave, name, "dimension", instrument->dimension_keys[d],
				     instrument->dimension_keys[d]);
		scores_csv_value(csv, result ? result->dimensions[d].score : absent, hidden);
		scores_csv_value(csv, result ? result->dimensions[d].sd : absent, hidden);
		scores_csv_count(csv, result ? result->dimensions[d].n : 0, hidden);
		scores_csv_count(csv, result ? (long)result->dimensions[d].n_items : 0, hidden);
		scores_csv_count(csv, responses, hidden && strcmp(name, "") != 0);
		csv_end_line(csv);
	}
	/* Items are shown for the whole wave only, as in the JSON. */
	if (group != NULL && strcmp(group->grouping, "all") != 0)
		return;
	for (size_t i = 0; i < instrument->item_count; i++) {
		snprintf(number, sizeof(number), "%d", instrument->item_numbers[i]);
		scores_csv_row_start(csv, wave, name, "item", number,
				     instrument->dimension_keys[instrument->item_dimension[i]]);
		scores_csv_value(csv, result ? result->items[i].score : absent, hidden);
		scores_csv_value(csv, result ? result->items[i].sd : absent, hidden);
		scores_csv_count(csv, result ? result->items[i].n : 0, hidden);
		csv_text(csv, NULL);
		scores_csv_count(csv, responses, false);
		csv_end_line(csv);
	}
}

static char *scores_wave_csv(const struct scored_wave *wave, size_t *length)
{
	static const char *const header[] = { "wave_id", "label", "group", "level", "key",
					      "dimension", "score", "sd", "n", "n_items",
					      "n_responses" };
	struct csv csv;

	csv_init(&csv);
	for (size_t i = 0; i < ARRAY_LENGTH(header); i++)
		csv_text(&csv, header[i]);
	csv_end_line(&csv);
	scores_csv_result(&csv, wave, wave->all, wave->suppressed);
	for (size_t i = 0; i < wave->group_count; i++)
		scores_csv_result(&csv, wave, &wave->groups[i], wave->groups[i].hidden);
	return csv_finish(&csv, length);
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

static char *scores_trend_csv(const struct scored *scored, size_t *length)
{
	const struct score_instrument *instrument = scores_first_instrument(scored);
	struct csv csv;

	csv_init(&csv);
	csv_text(&csv, "wave_id");
	csv_text(&csv, "label");
	csv_text(&csv, "opens_at");
	csv_text(&csv, "n_responses");
	csv_text(&csv, "overall");
	scores_csv_dimension_header(&csv, instrument, "");
	csv_text(&csv, "change_overall");
	scores_csv_dimension_header(&csv, instrument, "change_");
	csv_end_line(&csv);
	for (size_t i = 0; i < scored->wave_count; i++) {
		const struct scored_wave *wave = &scored->waves[i];
		const struct scored_wave *previous = i ? &scored->waves[i - 1] : NULL;
		struct score_value absent = { false, 0.0 };

		csv_text(&csv, wave->wave_id);
		csv_text(&csv, wave->label);
		csv_text(&csv, wave->opens_at);
		scores_csv_count(&csv, wave->n_responses, false);
		scores_csv_value(&csv, scores_overall(wave), false);
		for (size_t d = 0; d < instrument->dimension_count; d++)
			scores_csv_value(&csv, scores_dimension_by_key(wave, instrument->dimension_keys[d]), false);
		scores_csv_value(&csv, previous ? score_change(scores_overall(previous), scores_overall(wave))
						: absent, false);
		for (size_t d = 0; d < instrument->dimension_count; d++) {
			const char *key = instrument->dimension_keys[d];

			scores_csv_value(&csv, previous ? score_change(scores_dimension_by_key(previous, key),
								       scores_dimension_by_key(wave, key))
							: absent, false);
		}
		csv_end_line(&csv);
	}
	return csv_finish(&csv, length);
}

static void scores_csv_comparison_row(struct csv *csv, const struct scored *scored, size_t i,
				      long rank)
{
	const struct scored_wave *wave = &scored->waves[i];
	const struct score_instrument *instrument = scores_first_instrument(scored);
	json_t *neighbourhood = json_object_get(wave->source, "neighbourhood");

	csv_text(csv, wave->partnership_id);
	csv_json(csv, json_object_get(wave->source, "partnership"));
	csv_json(csv, json_object_get(neighbourhood, "code"));
	csv_json(csv, json_object_get(neighbourhood, "name"));
	csv_json(csv, json_object_get(neighbourhood, "ses_score"));
	csv_text(csv, wave->wave_id);
	scores_csv_count(csv, wave->n_responses, false);
	scores_csv_value(csv, scores_overall(wave), false);
	for (size_t d = 0; d < instrument->dimension_count; d++)
		scores_csv_value(csv, scores_dimension_by_key(wave, instrument->dimension_keys[d]), false);
	scores_csv_count(csv, rank, rank == 0);
	csv_end_line(csv);
}

/* The mean row of the JSON, as a last row without a partnership id. */
static void scores_csv_mean_row(struct csv *csv, const struct scored *scored)
{
	json_t *mean = scores_mean_json(scored);
	const struct score_instrument *instrument = scores_first_instrument(scored);

	csv_text(csv, NULL);
	csv_text(csv, "mean");
	for (int i = 0; i < 5; i++)
		csv_text(csv, NULL);
	csv_json(csv, json_object_get(mean, "overall"));
	for (size_t d = 0; instrument && d < instrument->dimension_count; d++)
		csv_json(csv, json_object_get(json_object_get(mean, "dimensions"),
					      instrument->dimension_keys[d]));
	csv_text(csv, NULL);
	csv_end_line(csv);
	json_decref(mean);
}

static char *scores_comparison_csv(const struct scored *scored, size_t *length)
{
	static const char *const header[] = { "partnership_id", "partnership", "neighbourhood_code",
					      "neighbourhood_name", "ses_score", "wave_id",
					      "n_responses", "overall" };
	const struct score_instrument *instrument = scores_first_instrument(scored);
	long *ranks = scores_ranks(scored);
	struct csv csv;

	csv_init(&csv);
	for (size_t i = 0; i < ARRAY_LENGTH(header); i++)
		csv_text(&csv, header[i]);
	scores_csv_dimension_header(&csv, instrument, "");
	csv_text(&csv, "rank");
	csv_end_line(&csv);
	for (size_t i = 0; i < scored->wave_count; i++)
		scores_csv_comparison_row(&csv, scored, i, ranks[i]);
	scores_csv_mean_row(&csv, scored);
	free(ranks);
	return csv_finish(&csv, length);
}

/* ---- handlers ---- */

enum scores_view {
	VIEW_WAVE,
	VIEW_TREND,
	VIEW_COMPARISON,
};

static void scores_encode(struct http_request *request, const struct scored *scored,
			  enum scores_view view, const char *by)
{
	size_t length;
	char *text;

	if (http_wants_csv(request)) {
		text = view == VIEW_WAVE    ? scores_wave_csv(&scored->waves[0], &length)
		       : view == VIEW_TREND ? scores_trend_csv(scored, &length)
					    : scores_comparison_csv(scored, &length);
		http_respond_bytes(request, 200, "text/csv; charset=utf-8", text, length);
		return;
	}
	http_respond_json(request, 200,
			  view == VIEW_WAVE    ? scores_wave_json(&scored->waves[0], by)
			  : view == VIEW_TREND ? scores_trend_json(scored, request->params.values[0])
					       : scores_comparison_json(scored));
}

/* Runs the statement, computes and answers; not_found when it gives NULL. */
static void scores_answer(struct http_request *request, const struct db_statement *statement,
			  int count, const char *const *values, enum scores_view view,
			  const char *by, const char *not_found)
{
	struct db_result result;
	struct scored scored;
	enum db_status status = db_query(DB_READ, statement, count, values, &result);

	if (status != DB_OK) {
		http_respond_db_error(request, status);
	} else if (PQntuples(result.rows) == 0 || PQgetisnull(result.rows, 0, 0)) {
		http_respond_problem(request, 404, not_found);
	} else if (scores_parse(&scored, PQgetvalue(result.rows, 0, 0),
				request->config->min_group_size,
				request->principal.role == ROLE_ADMIN) != RESULT_OK) {
		log_error("request %s: the score totals did not parse", request->request_id);
		http_respond_problem(request, 500, "an internal error occurred; it has been logged");
		scores_free(&scored);
	} else {
		scores_encode(request, &scored, view, by);
		scores_free(&scored);
	}
	db_result_clear(&result);
}

static bool scores_format_valid(struct http_request *request, struct validation *validation)
{
	const char *format = http_query(request, "format");

	if (format != NULL && strcmp(format, "csv") != 0 && strcmp(format, "json") != 0)
		validation_add(validation, "format", "must be json or csv");
	return validation_ok(validation);
}

void scores_wave(struct http_request *request)
{
	const char *by = http_query(request, "by");
	struct validation validation;

	validation_init(&validation);
	if (by != NULL && strcmp(by, "role") != 0 && strcmp(by, "sector") != 0)
		validation_add(&validation, "by", "must be role or sector");
	if (!scores_format_valid(request, &validation)) {
		http_respond_invalid(request, "the query is not valid", &validation);
		return;
	}
	const char *values[] = { request->params.values[0], request->principal.scope,
				 by ? by : "" };

	scores_answer(request, &statement_wave, 3, values, VIEW_WAVE, by, "no wave with this id");
}

void scores_trend(struct http_request *request)
{
	struct validation validation;

	validation_init(&validation);
	if (!scores_format_valid(request, &validation)) {
		http_respond_invalid(request, "the query is not valid", &validation);
		return;
	}
	const char *values[] = { request->params.values[0], request->principal.scope };

	scores_answer(request, &statement_trend, 2, values, VIEW_TREND, NULL,
		      "no partnership with this id");
}

#define SCORES_MAX_FILTER_IDS 1000

/* ?partnership_id= may repeat; gathered into "{id,id}" (caller frees). */
static char *scores_partnership_filter(struct http_request *request, struct validation *validation)
{
	const char **ids = mem_calloc(SCORES_MAX_FILTER_IDS, sizeof(char *));
	size_t count = http_query_all(request, "partnership_id", ids, SCORES_MAX_FILTER_IDS);
	char *array = NULL;
	size_t used = 1;

	if (count > SCORES_MAX_FILTER_IDS)
		validation_add(validation, "partnership_id", "at most %d may be given",
			       SCORES_MAX_FILTER_IDS);
	else if (count > 0) {
		array = mem_alloc(count * (UUID_TEXT_SIZE + 1) + 3);
		strcpy(array, "{");
		for (size_t i = 0; i < count; i++) {
			if (!validate_is_uuid(ids[i])) {
				validation_add(validation, "partnership_id", "must be a UUID");
				break;
			}
			used += (size_t)sprintf(array + used, "%s%s", i ? "," : "", ids[i]);
		}
		strcpy(array + used, "}");
	}
	free(ids);
	return array;
}

void scores_comparisons(struct http_request *request)
{
	const char *label = http_query(request, "wave_label");
	const char *municipality = http_query(request, "municipality_code");
	struct validation validation;
	char *partnerships;

	validation_init(&validation);
	if (label == NULL || *label == '\0')
		validation_add(&validation, "wave_label", "is required");
	if (municipality != NULL && !validate_municipality_code(municipality))
		validation_add(&validation, "municipality_code", "must be GM followed by 4 digits or capitals");
	partnerships = scores_partnership_filter(request, &validation);
	if (!scores_format_valid(request, &validation)) {
		http_respond_invalid(request, "the query is not valid", &validation);
		free(partnerships);
		return;
	}
	const char *values[] = { label, request->principal.scope, municipality, partnerships };

	scores_answer(request, &statement_comparisons, 4, values, VIEW_COMPARISON, NULL, "");
	free(partnerships);
}
