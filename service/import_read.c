#include "import_read.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv_read.h"
#include "mem.h"
#include "members.h"
#include "responses.h"

static const char *const import_columns[] = { "member_id", "label", "role", "sector", "scale",
					      NULL };

static bool import_is_item(const char *key)
{
	int item;

	return responses_item_key(key, &item);
}

static bool import_is_column(const char *key)
{
	for (size_t i = 0; import_columns[i]; i++) {
		if (strcmp(import_columns[i], key) == 0)
			return true;
	}
	return import_is_item(key);
}

static bool import_cell_empty(const json_t *value)
{
	return value == NULL || json_is_null(value) ||
	       (json_is_string(value) && json_string_value(value)[0] == '\0');
}

/* One item's cell: a whole number on the form's scale, "dk", or nothing. */
static void import_answer(const char *key, const json_t *value, struct response_submission *form,
			  struct validation *validation)
{
	struct response_answer *answer = &form->answers[form->count];
	long minimum, maximum;

	if (import_cell_empty(value))
		return;
	if (form->count == RESPONSES_MAX_ANSWERS) {
		validation_add(validation, key, "is one item more than any instrument has");
		return;
	}
	responses_item_key(key, &answer->item);
	answer->dont_know = json_is_string(value) && strcmp(json_string_value(value), "dk") == 0;
	if (!answer->dont_know) {
		score_scale_range(form->scale, &minimum, &maximum);
		if (!json_is_integer(value) || json_integer_value(value) < minimum ||
		    json_integer_value(value) > maximum) {
			validation_add(validation, key,
				       "must be a whole number from %ld to %ld on the %s scale, dk, "
				       "or empty", minimum, maximum, score_scale_name(form->scale));
			return;
		}
		answer->raw = (long)json_integer_value(value);
		answer->value = score_to_percent(form->scale, answer->raw);
	}
	form->count++;
}

/* Who filled the form in: an existing member, or a new one. */
static void import_respondent(const json_t *row, struct import_row *out,
			      struct validation *validation)
{
	static const char *const new_member[] = { "label", "role", "sector", NULL };

	if (!import_cell_empty(json_object_get(row, "member_id"))) {
		validate_uuid_field(row, "member_id", true, out->member_id, validation);
		for (size_t i = 0; new_member[i]; i++) {
			if (!import_cell_empty(json_object_get(row, new_member[i])))
				validation_add(validation, new_member[i],
					       "describes a new member: give member_id, or label, "
					       "role and sector, not both");
		}
		return;
	}
	validate_string(row, "label", true, 1, 100, &out->label, validation);
	validate_choice(row, "role", true, members_roles, &out->role, validation);
	validate_choice(row, "sector", true, members_sectors, &out->sector, validation);
}

static void import_row_check(const json_t *row, struct import_row *out,
			     struct validation *validation)
{
	static const char *const scales[] = { "agree4", "likert5", "percent", NULL };
	struct response_submission *form = mem_calloc(1, sizeof(*form));
	struct submission_vectors vectors;
	size_t errors = validation->count;
	const char *scale = "percent", *key;
	json_t *value;

	memset(out, 0, sizeof(*out));
	if (!json_is_object(row)) {
		validation_add(validation, "row", "must be an object of column to value");
		free(form);
		return;
	}
	json_object_foreach((json_t *)row, key, value) {
		if (!import_is_column(key))
			validation_add(validation, key, "is not a column of an import (member_id, "
					"label, role, sector, scale or an item number)");
	}
	import_respondent(row, out, validation);
	if (!import_cell_empty(json_object_get(row, "scale")))
		validate_choice(row, "scale", false, scales, &scale, validation);
	score_scale_parse(scale, &form->scale);
	json_object_foreach((json_t *)row, key, value) {
		if (import_is_item(key))
			import_answer(key, value, form, validation);
	}
	if (form->count == 0 && validation->count == errors)
		validation_add(validation, "items", "a form needs at least one answer or dk");
	if (validation->count == errors) {
		responses_sort(form);
		out->scale = form->scale;
		responses_vectors(form, &vectors);
		out->answers = vectors.answers;
		out->values = vectors.values;
		responses_digest(form, out->digest);
	}
	free(form);
}

/* Checks every row of the batch's source; out->rows gets one entry each. */
static void import_rows_check(struct import_batch *out, struct validation *validation)
{
	const json_t *rows = json_object_get(out->source, "rows");

	if (!json_is_array(rows) || json_array_size(rows) == 0 ||
	    json_array_size(rows) > IMPORT_MAX_ROWS) {
		validation_add(validation, "rows", "must be an array of 1 to %d forms",
			       IMPORT_MAX_ROWS);
		return;
	}
	out->count = json_array_size(rows);
	out->rows = mem_calloc(out->count, sizeof(*out->rows));
	for (size_t i = 0; i < out->count; i++) {
		validation->row = (long)i + 1;
		import_row_check(json_array_get(rows, i), &out->rows[i], validation);
	}
	validation->row = 0;
}

void import_read_json(json_t *body, struct import_batch *out, struct validation *validation)
{
	static const char *const keys[] = { "rows", NULL };

	memset(out, 0, sizeof(*out));
	out->source = json_incref(body);
	validate_known_keys(body, keys, validation);
	import_rows_check(out, validation);
}

/* A cell of an item column: a canonical whole number becomes a number, so
 * that the same checks serve CSV and JSON; anything else stays text. */
static json_t *import_item_cell(const char *text)
{
	const char *digits = text[0] == '-' ? text + 1 : text;
	size_t length = strlen(digits);

	if (length == 0 || length > 9 || strspn(digits, "0123456789") != length ||
	    (digits[0] == '0' && length > 1))
		return json_string(text);
	return json_integer(strtol(text, NULL, 10));
}

static bool import_header_check(const struct csv_record *header, struct validation *validation)
{
	size_t errors = validation->count;

	for (size_t i = 0; i < header->count; i++) {
		if (!import_is_column(header->fields[i]))
			validation_add(validation, header->fields[i],
				       "is not a column of an import (member_id, label, role, "
				       "sector, scale or an item number)");
		for (size_t j = 0; j < i; j++) {
			if (strcmp(header->fields[i], header->fields[j]) == 0)
				validation_add(validation, header->fields[i],
					       "appears twice in the header");
		}
	}
	return validation->count == errors;
}

/* One line as a JSON row: empty cells are left out (unanswered). NULL when
 * a cell is not UTF-8 text or the line has too few or too many cells. */
static json_t *import_csv_row(const struct csv_record *header, const struct csv_record *record,
			      struct validation *validation)
{
	json_t *row;

	if (record->count != header->count) {
		validation_add(validation, "row", "has %zu cells where the header has %zu",
			       record->count, header->count);
		return NULL;
	}
	row = json_object();
	for (size_t i = 0; i < record->count; i++) {
		const char *name = header->fields[i], *cell = record->fields[i];
		json_t *value;

		if (cell[0] == '\0')
			continue;
		value = import_is_item(name) ? import_item_cell(cell) : json_string(cell);
		if (value == NULL) {
			validation_add(validation, name, "is not UTF-8 text");
			continue;
		}
		json_object_set_new(row, name, value);
	}
	return row;
}

void import_read_csv(const char *text, size_t length, struct import_batch *out,
		     struct validation *validation)
{
	struct csv_table table;
	char error[160];
	json_t *rows;

	memset(out, 0, sizeof(*out));
	if (!csv_read(text, length, IMPORT_MAX_ROWS + 1, &table, error, sizeof(error))) {
		/* the header row is a line too: speak of forms */
		if (strncmp(error, "more than ", 10) == 0)
			validation_add(validation, "body", "more than %d forms; an import holds at "
				       "most %d", IMPORT_MAX_ROWS, IMPORT_MAX_ROWS);
		else
			validation_add(validation, "body", "%s", error);
		return;
	}
	if (table.count < 2) {
		validation_add(validation, "body", "needs a header line and at least one form");
		csv_table_free(&table);
		return;
	}
	if (!import_header_check(&table.records[0], validation)) {
		csv_table_free(&table);
		return;
	}
	rows = json_array();
	for (size_t i = 1; i < table.count; i++) {
		json_t *row;

		validation->row = (long)i;
		row = import_csv_row(&table.records[0], &table.records[i], validation);
		json_array_append_new(rows, row ? row : json_null());
	}
	validation->row = 0;
	csv_table_free(&table);
	out->source = json_pack("{s:o}", "rows", rows);
	if (validation_ok(validation))
		import_rows_check(out, validation);
}

char *import_batch_encode(const struct import_batch *batch)
{
	json_t *rows = json_array();
	char *text;

	for (size_t i = 0; i < batch->count; i++) {
		const struct import_row *row = &batch->rows[i];

		json_array_append_new(
			rows, json_pack("{s:s?, s:s?, s:s?, s:s?, s:s, s:s, s:s, s:s}", "member_id",
					row->member_id[0] ? row->member_id : NULL, "label",
					row->label, "role", row->role, "sector", row->sector,
					"scale", score_scale_name(row->scale), "answers",
					row->answers, "values", row->values, "digest",
					row->digest));
	}
	text = json_dumps(rows, JSON_COMPACT);
	json_decref(rows);
	return text;
}

void import_batch_free(struct import_batch *batch)
{
	for (size_t i = 0; i < batch->count; i++) {
		free(batch->rows[i].answers);
		free(batch->rows[i].values);
	}
	free(batch->rows);
	json_decref(batch->source);
	memset(batch, 0, sizeof(*batch));
}
