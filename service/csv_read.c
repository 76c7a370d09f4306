#include "csv_read.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"

struct csv_cursor {
	const char *at, *end;
	long line;
	char separator;
};

/* The separator the first line uses: ';' only when it has no ','. */
static char csv_separator(const char *text, const char *end)
{
	const char *line_end = memchr(text, '\n', (size_t)(end - text));
	size_t length = (size_t)((line_end ? line_end : end) - text);

	return memchr(text, ';', length) != NULL && memchr(text, ',', length) == NULL ? ';' : ',';
}

static bool csv_at_record_end(const struct csv_cursor *cursor)
{
	return cursor->at == cursor->end || *cursor->at == '\n' ||
	       (*cursor->at == '\r' && cursor->at + 1 < cursor->end && cursor->at[1] == '\n');
}

/* One quoted field, the cursor on its opening quote. NULL when malformed. */
static char *csv_quoted_field(struct csv_cursor *cursor)
{
	char *field = mem_alloc((size_t)(cursor->end - cursor->at) + 1);
	size_t used = 0;

	for (cursor->at++; cursor->at < cursor->end; cursor->at++) {
		if (*cursor->at == '"') {
			if (cursor->at + 1 < cursor->end && cursor->at[1] == '"') {
				field[used++] = '"';
				cursor->at++;
				continue;
			}
			cursor->at++;
			if (!csv_at_record_end(cursor) && *cursor->at != cursor->separator)
				break;
			field[used] = '\0';
			return field;
		}
		if (*cursor->at == '\n')
			cursor->line++;
		field[used++] = *cursor->at;
	}
	free(field);
	return NULL;
}

static char *csv_plain_field(struct csv_cursor *cursor)
{
	const char *start = cursor->at;

	while (!csv_at_record_end(cursor) && *cursor->at != cursor->separator)
		cursor->at++;
	return mem_strndup(start, (size_t)(cursor->at - start));
}

/* One record into *record; false when a field is malformed. */
static bool csv_record_read(struct csv_cursor *cursor, struct csv_record *record)
{
	size_t capacity = 0;

	record->line = cursor->line;
	for (;;) {
		char *field = cursor->at < cursor->end && *cursor->at == '"'
				      ? csv_quoted_field(cursor)
				      : csv_plain_field(cursor);

		if (field == NULL)
			return false;
		if (record->count == capacity) {
			capacity = capacity ? capacity * 2 : 32;
			record->fields = mem_realloc(record->fields, capacity * sizeof(char *));
		}
		record->fields[record->count++] = field;
		if (cursor->at < cursor->end && *cursor->at == cursor->separator) {
			cursor->at++;
			continue;
		}
		break;
	}
	if (cursor->at < cursor->end && *cursor->at == '\r')
		cursor->at++;
	if (cursor->at < cursor->end) {
		cursor->at++;
		cursor->line++;
	}
	return true;
}

static void csv_record_free(struct csv_record *record)
{
	for (size_t i = 0; i < record->count; i++)
		free(record->fields[i]);
	free(record->fields);
}

static bool csv_blank_line(const struct csv_cursor *cursor)
{
	return *cursor->at == '\n' ||
	       (*cursor->at == '\r' && cursor->at + 1 < cursor->end && cursor->at[1] == '\n');
}

static void csv_skip_line_end(struct csv_cursor *cursor)
{
	cursor->at += *cursor->at == '\r' ? 2 : 1;
	cursor->line++;
}

bool csv_read(const char *text, size_t length, size_t max_records, struct csv_table *out,
	      char *error, size_t error_size)
{
	struct csv_cursor cursor = { text, text + length, 1, ',' };
	size_t capacity = 0;

	memset(out, 0, sizeof(*out));
	if (length >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0)
		cursor.at += 3;
	cursor.separator = csv_separator(cursor.at, cursor.end);
	while (cursor.at < cursor.end) {
		struct csv_record record = { 0 };

		if (csv_blank_line(&cursor)) {
			csv_skip_line_end(&cursor);
			continue;
		}
		if (out->count == max_records) {
			snprintf(error, error_size, "more than %zu lines", max_records);
			csv_table_free(out);
			return false;
		}
		if (!csv_record_read(&cursor, &record)) {
			snprintf(error, error_size,
				 "line %ld: a quoted field is not closed, or text follows its "
				 "closing quote", record.line);
			csv_record_free(&record);
			csv_table_free(out);
			return false;
		}
		if (out->count == capacity) {
			capacity = capacity ? capacity * 2 : 64;
			out->records = mem_realloc(out->records, capacity * sizeof(*out->records));
		}
		out->records[out->count++] = record;
	}
	return true;
}

void csv_table_free(struct csv_table *table)
{
	for (size_t i = 0; i < table->count; i++)
		csv_record_free(&table->records[i]);
	free(table->records);
	memset(table, 0, sizeof(*table));
}
