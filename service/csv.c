#include "csv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"

void csv_init(struct csv *csv)
{
	memset(csv, 0, sizeof(*csv));
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
	if (csv->line_started)
		csv_append(csv, ",", 1);
	csv->line_started = true;
}

void csv_text(struct csv *csv, const char *value)
{
	csv_separator(csv);
	if (value == NULL)
		return;
	if (strpbrk(value, ",\"\r\n") == NULL) {
		csv_append(csv, value, strlen(value));
		return;
	}
	csv_append(csv, "\"", 1);
	for (const char *at = value; *at != '\0'; at++) {
		if (*at == '"')
			csv_append(csv, "\"", 1);
		csv_append(csv, at, 1);
	}
	csv_append(csv, "\"", 1);
}

void csv_number(struct csv *csv, double value)
{
	char text[40];

	/* The shortest form that reads back as the same double: full precision
	 * without 0.10000000000000001. cacd never calls setlocale, so the
	 * decimal separator is a dot. */
	for (int precision = 15; precision <= 17; precision++) {
		snprintf(text, sizeof(text), "%.*g", precision, value);
		if (strtod(text, NULL) == value)
			break;
	}
	csv_separator(csv);
	csv_append(csv, text, strlen(text));
}

void csv_json(struct csv *csv, const json_t *value)
{
	char text[40];

	if (value == NULL || json_is_null(value)) {
		csv_text(csv, NULL);
	} else if (json_is_integer(value)) {
		snprintf(text, sizeof(text), "%lld", (long long)json_integer_value(value));
		csv_text(csv, text);
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
	csv_append(csv, "\r\n", 2);
	csv->line_started = false;
}

char *csv_finish(struct csv *csv, size_t *length)
{
	char *text = csv->text ? csv->text : mem_strdup("");

	*length = csv->length;
	csv->text = NULL;
	return text;
}
