#include "csv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistd.h>
#include <xlsxwriter.h>

#include "mem.h"

void csv_init(struct csv *csv, enum csv_dialect dialect)
{
	memset(csv, 0, sizeof(*csv));
	csv->dialect = dialect;
}

enum result csv_init_xlsx(struct csv *csv)
{
	const char *directory = getenv("TMPDIR");
	int fd;

	csv_init(csv, CSV_STANDARD);
	csv->path = mem_printf("%s/cacd-xlsx-XXXXXX", directory && *directory ? directory : "/tmp");
	fd = mkstemp(csv->path);
	if (fd < 0) {
		free(csv->path);
		csv->path = NULL;
		return RESULT_ERROR;
	}
	close(fd);
	csv->workbook = workbook_new(csv->path);
	csv->sheet = csv->workbook ? workbook_add_worksheet(csv->workbook, NULL) : NULL;
	if (csv->sheet == NULL) {
		unlink(csv->path);
		free(csv->path);
		csv->path = NULL;
		return RESULT_ERROR;
	}
	return RESULT_OK;
}

static void csv_append(struct csv *csv, const char *data, size_t length)
{
	if (csv->length + length + 1 > csv->capacity) {
		csv->capacity = (csv->length + length + 1) * 2;
		csv->text = mem_realloc(csv->text, csv->capacity);
	}
	memcpy(csv->text + csv->length, data, length);
	csv->length += length;
	csv->text[csv->length] = '\0';
}

static void csv_separator(struct csv *csv)
{
	if (csv->length == 0 && csv->dialect == CSV_DUTCH)
		csv_append(csv, "\xef\xbb\xbf", 3);
	if (csv->line_started)
		csv_append(csv, csv->dialect == CSV_DUTCH ? ";" : ",", 1);
	csv->line_started = true;
}

void csv_text(struct csv *csv, const char *value)
{
	bool formula;

	if (csv->sheet != NULL) {
		if (value != NULL && *value != '\0')
			worksheet_write_string(csv->sheet, csv->row, (lxw_col_t)csv->column, value,
					       NULL);
		csv->column++;
		return;
	}
	csv_separator(csv);
	if (value == NULL)
		return;
	formula = *value != '\0' && strchr("=+-@\t\r", *value) != NULL;
	if (strpbrk(value, csv->dialect == CSV_DUTCH ? ";\"\r\n" : ",\"\r\n") == NULL) {
		if (formula)
			csv_append(csv, "'", 1);
		csv_append(csv, value, strlen(value));
		return;
	}
	csv_append(csv, formula ? "\"'" : "\"", formula ? 2 : 1);
	for (const char *at = value; *at != '\0'; at++) {
		if (*at == '"')
			csv_append(csv, "\"", 1);
		csv_append(csv, at, 1);
	}
	csv_append(csv, "\"", 1);
}

void csv_integer(struct csv *csv, long long value)
{
	char text[24];

	if (csv->sheet != NULL) {
		worksheet_write_number(csv->sheet, csv->row, (lxw_col_t)csv->column++,
				       (double)value, NULL);
		return;
	}
	snprintf(text, sizeof(text), "%lld", value);
	csv_separator(csv);
	csv_append(csv, text, strlen(text));
}

void csv_number(struct csv *csv, double value)
{
	char text[40];

	if (csv->sheet != NULL) {
		worksheet_write_number(csv->sheet, csv->row, (lxw_col_t)csv->column++, value, NULL);
		return;
	}
	/* The shortest form that reads back as the same double: full precision
	 * without 0.10000000000000001. cacd never calls setlocale, so the
	 * decimal separator is a dot. */
	for (int precision = 15; precision <= 17; precision++) {
		snprintf(text, sizeof(text), "%.*g", precision, value);
		if (strtod(text, NULL) == value)
			break;
	}
	if (csv->dialect == CSV_DUTCH && strchr(text, '.') != NULL)
		*strchr(text, '.') = ',';
	csv_separator(csv);
	csv_append(csv, text, strlen(text));
}

void csv_json(struct csv *csv, const json_t *value)
{
	if (value == NULL || json_is_null(value)) {
		csv_text(csv, NULL);
	} else if (json_is_integer(value)) {
		csv_integer(csv, (long long)json_integer_value(value));
	} else if (json_is_real(value)) {
		csv_number(csv, json_real_value(value));
	} else if (json_is_true(value) || json_is_false(value)) {
		csv_text(csv, json_is_true(value) ? "true" : "false");
	} else {
		csv_text(csv, json_string_value(value));
	}
}

void csv_end_line(struct csv *csv)
{
	if (csv->sheet != NULL) {
		csv->row++;
		csv->column = 0;
		return;
	}
	csv_append(csv, "\r\n", 2);
	csv->line_started = false;
}

/* Closes the workbook and takes its file's bytes; NULL on failure. */
static char *csv_finish_xlsx(struct csv *csv, size_t *length)
{
	FILE *file;
	char *bytes = NULL;
	long size = -1;

	/* the data's date, not the reply's, so that every instance gives the
	 * same bytes for the same data (and one ETag) */
	if (csv->created != 0) {
		lxw_doc_properties properties = { .created = csv->created };

		workbook_set_properties(csv->workbook, &properties);
	}
	if (workbook_close(csv->workbook) == LXW_NO_ERROR && (file = fopen(csv->path, "rb"))) {
		if (fseek(file, 0, SEEK_END) == 0 && (size = ftell(file)) >= 0 &&
		    fseek(file, 0, SEEK_SET) == 0) {
			bytes = mem_alloc((size_t)size + 1);
			if (fread(bytes, 1, (size_t)size, file) != (size_t)size) {
				free(bytes);
				bytes = NULL;
			}
		}
		fclose(file);
	}
	unlink(csv->path);
	free(csv->path);
	csv->path = NULL;
	csv->workbook = NULL;
	csv->sheet = NULL;
	*length = bytes ? (size_t)size : 0;
	return bytes;
}

char *csv_finish(struct csv *csv, size_t *length)
{
	char *text;

	if (csv->workbook != NULL)
		return csv_finish_xlsx(csv, length);
	text = csv->text ? csv->text : mem_strdup("");

	*length = csv->length;
	csv->text = NULL;
	return text;
}
