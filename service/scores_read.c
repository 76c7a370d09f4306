#include "scores_read.h"

#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "auth.h"
#include "layouts.h"
#include "mem.h"

/* Columns of every scores_* statement (sql/queries/scores.sql), after the
 * principal's. */
enum scores_column {
	COLUMN_WAVE = AUTH_PRINCIPAL_COLUMNS, COLUMN_PARTNERSHIP, COLUMN_LABEL, COLUMN_OPENS_AT,
	COLUMN_INSTRUMENT,
	COLUMN_PARTNERSHIP_NAME, COLUMN_NEIGHBOURHOOD, COLUMN_CODE, COLUMN_NAME, COLUMN_SES,
	COLUMN_GROUPING, COLUMN_GROUP, COLUMN_RESPONSES, COLUMN_ITEM_N, COLUMN_ITEM_SUM,
	COLUMN_ITEM_SQUARES, COLUMN_DIMENSION_N, COLUMN_DIMENSION_SUM, COLUMN_DIMENSION_SQUARES,
	COLUMN_VERSION, COLUMN_CREATED_AT, COLUMN_PUBLISHED, COLUMN_CHANGED_AT,
	COLUMN_OVERALL_SPREAD, /* scores_wave (role rows), trend, report */
};

/* Item vectors are indexed by item number, which the schema allows up to
 * RESPONSES_MAX_ITEM; one row's vectors are read into this scratch space. */
#define SCORES_VECTOR_MAX 10000

/* PostgreSQL's type ids of the two element types the vectors have. */
#define SCORES_OID_INT4 23
#define SCORES_OID_FLOAT8 701

static uint32_t scores_be32(const unsigned char *at)
{
	return (uint32_t)at[0] << 24 | (uint32_t)at[1] << 16 | (uint32_t)at[2] << 8 | at[3];
}

static double scores_element(const unsigned char *at, uint32_t type)
{
	uint64_t bits = (uint64_t)scores_be32(at) << 32 | scores_be32(at + 4);
	double value;

	if (type == SCORES_OID_INT4)
		return (double)(int32_t)scores_be32(at);
	memcpy(&value, &bits, sizeof(value));
	return value;
}

long scores_vector_parse(const unsigned char *data, size_t length, double *out, size_t max)
{
	const unsigned char *at = data + 20, *end = data + length;
	uint32_t type, count, size;

	if (length == 0)
		return 0; /* an empty array: no dimensions at all */
	if (length < 12 || scores_be32(data) > 1)
		return -1;
	if (scores_be32(data) == 0)
		return 0;
	type = scores_be32(data + 8);
	size = type == SCORES_OID_INT4 ? 4 : 8;
	if (length < 20 || (type != SCORES_OID_INT4 && type != SCORES_OID_FLOAT8) ||
	    scores_be32(data + 16) != 1 || (count = scores_be32(data + 12)) > max)
		return -1;
	for (uint32_t i = 1; i <= count; i++) {
		uint32_t element = at + 4 <= end ? scores_be32(at) : 0;

		at += 4;
		if (element == UINT32_MAX) { /* NULL */
			out[i] = 0.0;
			continue;
		}
		if (element != size || at + size > end)
			return -1;
		out[i] = scores_element(at, type);
		at += size;
	}
	return (long)count;
}

/* Copies vector elements at the instrument's item numbers (or dimension
 * positions) into a totals array; SQL NULL (a vector the view does not
 * need) leaves zeros. */
static enum result scores_read_vector(const struct db_result *rows, int row, int column,
				      double *scratch, const int *indexes, size_t count,
				      double *out_double, long *out_long)
{
	long length = db_is_null(rows, row, column)
			      ? 0
			      : scores_vector_parse((const unsigned char *)db_value(rows, row, column),
						    (size_t)db_length(rows, row, column), scratch,
						    SCORES_VECTOR_MAX - 1);

	if (length < 0)
		return RESULT_ERROR;
	for (size_t i = 0; i < count; i++) {
		int index = indexes ? indexes[i] : (int)i + 1;
		double value = index <= length ? scratch[index] : 0.0;

		if (out_double)
			out_double[i] = value;
		else
			out_long[i] = (long)value;
	}
	return RESULT_OK;
}

static enum result scores_read_totals(const struct db_result *rows, int row,
				      const struct score_instrument *instrument,
				      struct score_totals *totals, double *scratch)
{
	const int *items = instrument->item_numbers;
	size_t item_count = instrument->item_count, dimensions = instrument->dimension_count;

	memset(totals, 0, sizeof(*totals));
	totals->n_responses = atol(db_value(rows, row, COLUMN_RESPONSES));
	if (scores_read_vector(rows, row, COLUMN_ITEM_N, scratch, items, item_count, NULL,
			       totals->item_n) != RESULT_OK ||
	    scores_read_vector(rows, row, COLUMN_ITEM_SUM, scratch, items, item_count,
			       totals->item_sum, NULL) != RESULT_OK ||
	    scores_read_vector(rows, row, COLUMN_ITEM_SQUARES, scratch, items, item_count,
			       totals->item_squares, NULL) != RESULT_OK ||
	    scores_read_vector(rows, row, COLUMN_DIMENSION_N, scratch, NULL, dimensions, NULL,
			       totals->dimension_n) != RESULT_OK ||
	    scores_read_vector(rows, row, COLUMN_DIMENSION_SUM, scratch, NULL, dimensions,
			       totals->dimension_sum, NULL) != RESULT_OK ||
	    scores_read_vector(rows, row, COLUMN_DIMENSION_SQUARES, scratch, NULL, dimensions,
			       totals->dimension_squares, NULL) != RESULT_OK)
		return RESULT_ERROR;
	return RESULT_OK;
}

/* Comparison rows carry the partnership's name and its neighbourhood. */
static void scores_read_places(const struct db_result *rows, int row, struct scored_wave *wave)
{
	json_t *ses;

	if (db_is_null(rows, row, COLUMN_PARTNERSHIP_NAME))
		return;
	wave->partnership = json_string(db_value(rows, row, COLUMN_PARTNERSHIP_NAME));
	if (db_is_null(rows, row, COLUMN_NEIGHBOURHOOD)) {
		wave->neighbourhood = json_null();
		return;
	}
	/* As JSON reads it: 1 stays an integer, 0.4 a real. */
	ses = db_is_null(rows, row, COLUMN_SES)
		      ? json_null()
		      : json_loads(db_value(rows, row, COLUMN_SES), JSON_DECODE_ANY, NULL);
	wave->neighbourhood = json_pack("{s:o, s:s, s:o}", "code",
		db_is_null(rows, row, COLUMN_CODE) ? json_null()
						    : json_string(db_value(rows, row, COLUMN_CODE)),
		"name", db_value(rows, row, COLUMN_NAME), "ses_score", ses ? ses : json_null());
}

static enum db_status scores_read_wave(const struct db_result *rows, int row,
				       struct scored_wave *wave, long milliseconds)
{
	wave->wave_id = db_value(rows, row, COLUMN_WAVE);
	wave->partnership_id = db_value(rows, row, COLUMN_PARTNERSHIP);
	wave->label = db_value(rows, row, COLUMN_LABEL);
	wave->opens_at = db_value(rows, row, COLUMN_OPENS_AT);
	wave->published = strcmp(db_value(rows, row, COLUMN_PUBLISHED), "true") == 0;
	wave->version = "";
	scores_read_places(rows, row, wave);
	return layouts_get(db_value(rows, row, COLUMN_INSTRUMENT), milliseconds, &wave->instrument);
}

/* {"n", "mean", "sd"} as cacd_overall_spread gives it. */
static void scores_read_spread(const char *text, struct scored_group *group)
{
	json_t *spread = json_loads(text, 0, NULL);
	json_t *sd = json_object_get(spread, "sd");

	group->overall_n = (long)json_integer_value(json_object_get(spread, "n"));
	group->overall_sd = (struct score_value){ json_is_number(sd), json_number_value(sd) };
	json_decref(spread);
}

/* One row: a new wave when its id differs from the previous row's, and a
 * group of it when it carries totals. */
static enum db_status scores_read_row(struct scored *scored, int row, double *scratch,
				      long milliseconds)
{
	const struct db_result *rows = scored->rows;
	struct scored_wave *wave = scored->wave_count ? &scored->waves[scored->wave_count - 1] : NULL;
	struct scored_group *group;
	enum db_status status;

	if (db_is_null(rows, row, COLUMN_WAVE))
		return DB_OK; /* a partnership without waves */
	if (wave == NULL || strcmp(wave->wave_id, db_value(rows, row, COLUMN_WAVE)) != 0) {
		wave = &scored->waves[scored->wave_count++];
		if ((status = scores_read_wave(rows, row, wave, milliseconds)) != DB_OK)
			return status;
		wave->groups = &scored->group_pool[row];
	}
	if (db_is_null(rows, row, COLUMN_GROUPING))
		return DB_OK; /* nobody responded */
	group = &scored->group_pool[row];
	group->grouping = db_value(rows, row, COLUMN_GROUPING);
	if (atol(db_value(rows, row, COLUMN_CHANGED_AT)) > scored->changed_at)
		scored->changed_at = atol(db_value(rows, row, COLUMN_CHANGED_AT));
	group->group = db_value(rows, row, COLUMN_GROUP);
	if (db_column_count(rows) > COLUMN_OVERALL_SPREAD &&
	    !db_is_null(rows, row, COLUMN_OVERALL_SPREAD))
		scores_read_spread(db_value(rows, row, COLUMN_OVERALL_SPREAD), group);
	if (scores_read_totals(rows, row, wave->instrument, &group->totals, scratch) != RESULT_OK)
		return DB_ERROR;
	score_compute(wave->instrument, &group->totals, &group->result);
	if (strcmp(group->grouping, "all") == 0) {
		wave->all = group;
		wave->n_responses = group->totals.n_responses;
		wave->version = db_value(rows, row, COLUMN_VERSION);
		wave->groups = group + 1;
	} else {
		wave->group_count++;
	}
	return DB_OK;
}

enum db_status scores_read(struct scored *scored, const struct db_result *rows,
			   long milliseconds)
{
	int count = db_row_count(rows);
	double *scratch = mem_alloc(SCORES_VECTOR_MAX * sizeof(*scratch));
	enum db_status status = DB_OK;

	memset(scored, 0, sizeof(*scored));
	scored->rows = rows;
	scored->waves = mem_calloc((size_t)count + 1, sizeof(*scored->waves));
	scored->group_pool = mem_calloc((size_t)count + 1, sizeof(*scored->group_pool));
	for (int row = 0; row < count && status == DB_OK; row++)
		status = scores_read_row(scored, row, scratch, milliseconds);
	free(scratch);
	return status;
}

void scores_read_free(struct scored *scored)
{
	for (size_t i = 0; i < scored->wave_count; i++) {
		json_decref(scored->waves[i].partnership);
		json_decref(scored->waves[i].neighbourhood);
	}
	free(scored->waves);
	free(scored->group_pool);
}

struct score_value scores_overall(const struct scored_wave *wave)
{
	struct score_value absent = { false, 0.0 };

	return wave->all && !wave->suppressed ? wave->all->result.overall : absent;
}

struct score_value scores_dimension(const struct scored_wave *wave, size_t dimension)
{
	struct score_value absent = { false, 0.0 };

	return wave->all && !wave->suppressed ? wave->all->result.dimensions[dimension].score
					      : absent;
}

struct score_value scores_dimension_by_key(const struct scored_wave *wave, const char *key)
{
	long index = score_dimension_index(wave->instrument, key);
	struct score_value absent = { false, 0.0 };

	return index < 0 ? absent : scores_dimension(wave, (size_t)index);
}

const struct score_instrument *scores_first_instrument(const struct scored *scored)
{
	return scored->wave_count ? scored->waves[0].instrument : NULL;
}

long *scores_ranks(const struct scored *scored)
{
	struct score_value *values = mem_calloc(scored->wave_count + 1, sizeof(*values));
	long *ranks = mem_calloc(scored->wave_count + 1, sizeof(*ranks));

	for (size_t i = 0; i < scored->wave_count; i++)
		values[i] = scores_overall(&scored->waves[i]);
	score_rank(values, scored->wave_count, ranks);
	free(values);
	return ranks;
}
