/* The OData feed's entity sets: their properties and how each is filled.
 * Resource sets read their own statement (sql/queries/odata.sql); score
 * sets read every wave in the caller's scope once and write rows with the
 * REST views' own code (scores_csv.c, gaps.c, scores_json.c), after
 * scores_privacy has applied rule 6 for the caller. */
#include "odata.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth.h"
#include "gaps.h"
#include "mem.h"
#include "queries.h"
#include "responses.h"
#include "scores_csv.h"
#include "scores_json.h"
#include "scores_privacy.h"
#include "scores_read.h"

#define P(name, type, nullable) { name, ODATA_##type, nullable }

/* ---- resources ---- */

static const struct odata_property neighbourhood_properties[] = {
	P("id", GUID, false),          P("code", STRING, true),
	P("code_year", INT, true),     P("name", STRING, false),
	P("municipality_code", STRING, true), P("ses_score", DOUBLE, true),
	P("created_at", TIME, false),  P("updated_at", TIME, false),
};

static const struct odata_property partnership_properties[] = {
	P("id", GUID, false),          P("name", STRING, false),
	P("neighbourhood_id", GUID, true), P("archived", BOOLEAN, false),
	P("archived_at", TIME, true),  P("created_at", TIME, false),
	P("updated_at", TIME, false),
};

static const struct odata_property wave_properties[] = {
	P("id", GUID, false),          P("partnership_id", GUID, false),
	P("label", STRING, false),     P("instrument", STRING, false),
	P("opens_at", TIME, false),    P("closes_at", TIME, false),
	P("closed_at", TIME, true),    P("status", STRING, false),
	P("paper_entry", BOOLEAN, false), P("created_at", TIME, false),
	P("updated_at", TIME, false),
};

/* A text column as the property's cell. */
static void odata_cell_from_text(struct csv *table, const struct odata_property *property,
				 const struct db_result *rows, int row, int column)
{
	const char *text = db_value(rows, row, column);

	if (db_is_null(rows, row, column)) {
		csv_text(table, NULL);
		return;
	}
	switch (property->type) {
	case ODATA_INT:
		csv_integer(table, strtoll(text, NULL, 10));
		break;
	case ODATA_DOUBLE:
		csv_number(table, strtod(text, NULL));
		break;
	case ODATA_BOOLEAN:
		csv_boolean(table, strcmp(text, "true") == 0 || strcmp(text, "t") == 0);
		break;
	case ODATA_TIME:
		csv_timestamp(table, text);
		break;
	default:
		csv_text(table, text);
		break;
	}
}

/* Runs a resource set's statement and copies its columns, one a property,
 * into cells. */
static bool odata_fill_rows(struct http_request *request, struct csv *table,
			    const struct odata_property *properties, size_t property_count,
			    const struct db_statement *statement, int count,
			    const char *const *values)
{
	const struct db_result *rows = NULL;
	enum db_status status = http_db_query(request, DB_READ, statement, count, values, &rows);

	if (status != DB_OK) {
		http_respond_db_error(request, status);
		return false;
	}
	for (int row = 0; row < db_row_count(rows); row++) {
		for (size_t column = 0; column < property_count; column++)
			odata_cell_from_text(table, &properties[column], rows, row, (int)column);
		csv_end_line(table);
	}
	return true;
}

static bool odata_fill_neighbourhoods(struct http_request *request, struct csv *table)
{
	return odata_fill_rows(request, table, neighbourhood_properties,
			       ARRAY_LENGTH(neighbourhood_properties),
			       DB_NO_ARGS(query_odata_neighbourhoods));
}

static bool odata_fill_partnerships(struct http_request *request, struct csv *table)
{
	const char *values[] = { request->principal.scope };

	return odata_fill_rows(request, table, partnership_properties,
			       ARRAY_LENGTH(partnership_properties),
			       DB_ARGS(query_odata_partnerships, values));
}

static bool odata_fill_waves(struct http_request *request, struct csv *table)
{
	const char *values[] = { request->principal.scope };

	return odata_fill_rows(request, table, wave_properties, ARRAY_LENGTH(wave_properties),
			       DB_ARGS(query_odata_waves, values));
}

/* ---- scores ---- */

/* The columns of scores_wave_rows, language NULL. */
static const struct odata_property score_properties[] = {
	P("wave_id", GUID, false),     P("partnership_id", GUID, false),
	P("label", STRING, false),     P("grouping", STRING, false),
	P("group", STRING, false),     P("level", STRING, false),
	P("key", STRING, false),       P("dimension", STRING, false),
	P("score", DOUBLE, true),      P("sd", DOUBLE, true),
	P("n", INT, true),             P("n_items", INT, true),
	P("n_responses", INT, true),   P("suppressed", BOOLEAN, false),
};

/* One row per wave and measure, tidy, for following a partnership. */
static const struct odata_property trend_properties[] = {
	P("wave_id", GUID, false),     P("partnership_id", GUID, false),
	P("label", STRING, false),     P("opens_at", TIME, false),
	P("dimension", STRING, false), P("score", DOUBLE, true),
	P("change", DOUBLE, true),     P("change_low", DOUBLE, true),
	P("change_high", DOUBLE, true), P("beyond_noise", BOOLEAN, true),
	P("gap", DOUBLE, true),        P("n_responses", INT, false),
	P("published", BOOLEAN, false), P("suppressed", BOOLEAN, false),
};

/* One row per wave and measure, with its neighbourhood and its rank among
 * the waves of the same label. */
static const struct odata_property comparison_properties[] = {
	P("wave_id", GUID, false),     P("wave_label", STRING, false),
	P("partnership_id", GUID, false), P("partnership", STRING, false),
	P("neighbourhood_code", STRING, true), P("neighbourhood_name", STRING, true),
	P("ses_score", DOUBLE, true),  P("dimension", STRING, false),
	P("score", DOUBLE, true),      P("rank", INT, true),
	P("n_responses", INT, false),  P("published", BOOLEAN, false),
	P("suppressed", BOOLEAN, false),
};

/* Reads every wave in scope as the caller may see it; false when it
 * answered an error. */
static bool odata_scored(struct http_request *request, struct scored *scored)
{
	const char *values[] = { request->principal.token_hash };
	const struct db_result *rows = NULL;
	enum db_status status = http_db_query(request, DB_PRIMARY,
					      DB_ARGS(query_odata_scores, values), &rows);

	memset(scored, 0, sizeof(*scored));
	if (status != DB_OK) {
		http_respond_db_error(request, status);
		return false;
	}
	if (!http_authorize_rows(request, rows))
		return false;
	status = scores_read(scored, rows, http_time_left(request));
	if (status == DB_OK && request->principal.role != ROLE_ADMIN)
		status = scores_privacy_apply(request, scored, request->config->min_group_size);
	if (status != DB_OK) {
		http_respond_db_error(request, status);
		scores_read_free(scored);
		return false;
	}
	return true;
}

static bool odata_fill_scores(struct http_request *request, struct csv *table)
{
	struct scored scored;

	if (!odata_scored(request, &scored))
		return false;
	for (size_t i = 0; i < scored.wave_count; i++)
		if (scored.waves[i].wave_id != NULL)
			scores_wave_rows(&scored.waves[i], table, NULL);
	scores_read_free(&scored);
	return true;
}

/* A trend row of one measure: the overall score (dimension -1) or a
 * dimension's, by its index in wave and in previous (-1: it lacks it). */
static void odata_trend_row(struct csv *table, const struct scored_wave *previous,
			    const struct scored_wave *wave, long before, long dimension)
{
	struct score_value absent = { false, 0.0 };
	struct score_value score = dimension < 0 ? scores_overall(wave)
						 : scores_dimension(wave, (size_t)dimension);
	struct score_value earlier = previous == NULL ? absent
				     : dimension < 0 ? scores_overall(previous)
				     : before >= 0 ? scores_dimension(previous, (size_t)before)
						   : absent;

	csv_text(table, wave->wave_id);
	csv_text(table, wave->partnership_id);
	csv_text(table, wave->label);
	csv_timestamp(table, wave->opens_at);
	csv_text(table, dimension < 0 ? "overall" : wave->instrument->dimension_keys[dimension]);
	scores_csv_value(table, score, false);
	scores_csv_value(table, previous ? score_change(earlier, score) : absent, false);
	scores_csv_change_range(table, previous, wave, before, dimension);
	scores_csv_value(table, gaps_trend_value(wave, dimension), false);
	csv_integer(table, wave->n_responses);
	csv_boolean(table, wave->published);
	csv_boolean(table, wave->suppressed);
	csv_end_line(table);
}

static bool odata_fill_trend(struct http_request *request, struct csv *table)
{
	struct scored scored;

	if (!odata_scored(request, &scored))
		return false;
	for (size_t i = 0; i < scored.wave_count; i++) {
		const struct scored_wave *wave = &scored.waves[i];
		const struct scored_wave *previous =
			i > 0 && strcmp(scored.waves[i - 1].partnership_id, wave->partnership_id) == 0
				? &scored.waves[i - 1]
				: NULL;

		if (wave->wave_id == NULL)
			continue;
		odata_trend_row(table, previous, wave, -1, -1);
		for (size_t d = 0; d < wave->instrument->dimension_count; d++)
			odata_trend_row(table, previous, wave,
					previous ? score_dimension_index(previous->instrument,
									 wave->instrument->dimension_keys[d])
						 : -1,
					(long)d);
	}
	scores_read_free(&scored);
	return true;
}

static void odata_comparison_row(struct csv *table, const struct scored_wave *wave,
				 const char *dimension, struct score_value score, long rank)
{
	json_t *neighbourhood = wave->neighbourhood;

	csv_text(table, wave->wave_id);
	csv_text(table, wave->label);
	csv_text(table, wave->partnership_id);
	csv_json(table, wave->partnership);
	csv_json(table, json_object_get(neighbourhood, "code"));
	csv_json(table, json_object_get(neighbourhood, "name"));
	csv_json(table, json_object_get(neighbourhood, "ses_score"));
	csv_text(table, dimension);
	scores_csv_value(table, score, false);
	if (rank > 0)
		csv_integer(table, rank);
	else
		csv_text(table, NULL);
	csv_integer(table, wave->n_responses);
	csv_boolean(table, wave->published);
	csv_boolean(table, wave->suppressed);
	csv_end_line(table);
}

static int odata_by_label(const void *a, const void *b)
{
	const struct scored_wave *x = a, *y = b;

	return strcmp(x->label, y->label);
}

/* The waves of one label, ranked among themselves as GET /v1/comparisons
 * ranks them. */
static void odata_comparison_label(struct csv *table, struct scored_wave *waves, size_t count)
{
	struct scored same = { .waves = waves, .wave_count = count };
	long *ranks = scores_ranks(&same);

	for (size_t i = 0; i < count; i++) {
		const struct score_instrument *instrument = waves[i].instrument;

		odata_comparison_row(table, &waves[i], "overall", scores_overall(&waves[i]),
				     ranks[i]);
		for (size_t d = 0; d < instrument->dimension_count; d++)
			odata_comparison_row(table, &waves[i], instrument->dimension_keys[d],
					     scores_dimension(&waves[i], d), ranks[i]);
	}
	free(ranks);
}

static bool odata_fill_comparisons(struct http_request *request, struct csv *table)
{
	struct scored scored;
	struct scored_wave *copies;
	size_t count = 0;

	if (!odata_scored(request, &scored))
		return false;
	/* shallow copies, sorted by label; scored still owns what they point to */
	copies = mem_calloc(scored.wave_count + 1, sizeof(*copies));
	for (size_t i = 0; i < scored.wave_count; i++)
		if (scored.waves[i].wave_id != NULL)
			copies[count++] = scored.waves[i];
	qsort(copies, count, sizeof(*copies), odata_by_label);
	for (size_t start = 0, end; start < count; start = end) {
		for (end = start + 1; end < count && strcmp(copies[end].label, copies[start].label) == 0;
		     end++)
			;
		odata_comparison_label(table, copies + start, end - start);
	}
	free(copies);
	scores_read_free(&scored);
	return true;
}

/* ---- responses (admin) ---- */

static const char *const response_leading[] = { "wave_id", "partnership_id", "member_id",
						"member_label", "revision", "submitted_at",
						"scale" };
static const enum odata_type response_leading_types[] = { ODATA_GUID, ODATA_GUID, ODATA_GUID,
							  ODATA_STRING, ODATA_INT, ODATA_TIME,
							  ODATA_STRING };

static bool odata_response_row(const struct db_result *row, void *table)
{
	responses_export_write(table, row, 0);
	return true;
}

/* Read a row at a time: the table keeps only the page's rows (odata.c),
 * so a feed of every response costs a page of memory. */
static bool odata_fill_responses(struct http_request *request, struct csv *table)
{
	const char *values[] = { NULL, NULL, NULL };
	enum db_status status = http_db_stream(request, DB_READ, &query_responses_export_rows,
					       DB_VALUES(query_responses_export_rows, values),
					       odata_response_row, table);

	if (status != DB_OK) {
		http_respond_db_error(request, status);
		return false;
	}
	return true;
}

/* The export's columns, an item_N per item; what they point to is made in
 * one block (*storage). */
static const struct odata_property *odata_response_properties(struct http_request *request,
							      size_t *count, void **storage)
{
	const struct db_result *items = NULL;
	enum db_status status = http_db_query(request, DB_READ,
					      DB_NO_ARGS(query_responses_export_items), &items);
	size_t leading = ARRAY_LENGTH(response_leading), total, at = 0;
	struct odata_property *properties;
	char (*names)[24];

	if (status != DB_OK) {
		http_respond_db_error(request, status);
		return NULL;
	}
	total = leading + (size_t)db_row_count(items) + 2;
	properties = mem_calloc(1, total * (sizeof(*properties) + sizeof(*names)));
	names = (char (*)[24])(void *)(properties + total);
	for (; at < leading; at++)
		properties[at] = (struct odata_property){ response_leading[at],
							  response_leading_types[at], false };
	for (int row = 0; row < db_row_count(items); row++, at++) {
		snprintf(names[at], sizeof(names[at]), "item_%s", db_value(items, row, 0));
		properties[at] = (struct odata_property){ names[at], ODATA_DOUBLE, true };
	}
	properties[at++] = (struct odata_property){ "dk_items", ODATA_STRING, true };
	properties[at++] = (struct odata_property){ "comment", ODATA_STRING, true };
	*storage = properties;
	*count = total;
	return properties;
}

/* ---- the table ---- */

#define SET(list) list, ARRAY_LENGTH(list)

static const struct odata_set odata_set_list[] = {
	{ "Neighbourhoods", "Neighbourhood", SET(neighbourhood_properties), { "id" }, false,
	  false, odata_fill_neighbourhoods },
	{ "Partnerships", "Partnership", SET(partnership_properties), { "id" }, false, false,
	  odata_fill_partnerships },
	{ "Waves", "Wave", SET(wave_properties), { "id" }, false, false, odata_fill_waves },
	{ "Scores", "Score", SET(score_properties),
	  { "wave_id", "grouping", "group", "level", "key" }, false, true, odata_fill_scores },
	{ "Trend", "TrendRow", SET(trend_properties), { "wave_id", "dimension" }, false, true,
	  odata_fill_trend },
	{ "Comparisons", "ComparisonRow", SET(comparison_properties), { "wave_id", "dimension" },
	  false, true, odata_fill_comparisons },
	{ "Responses", "Response", NULL, 0, { "wave_id", "member_id" }, true, false,
	  odata_fill_responses },
};

const struct odata_set *odata_sets(size_t *count)
{
	*count = ARRAY_LENGTH(odata_set_list);
	return odata_set_list;
}

const struct odata_set *odata_set_of(const char *pattern)
{
	const char *name = strrchr(pattern, '/');

	for (size_t i = 0; name != NULL && i < ARRAY_LENGTH(odata_set_list); i++)
		if (strcmp(odata_set_list[i].name, name + 1) == 0)
			return &odata_set_list[i];
	return NULL;
}

const struct odata_property *odata_set_properties(struct http_request *request,
						  const struct odata_set *set, size_t *count,
						  void **storage)
{
	*storage = NULL;
	if (set->properties == NULL)
		return odata_response_properties(request, count, storage);
	*count = set->property_count;
	return set->properties;
}
