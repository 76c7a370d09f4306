/* RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote,
 * CR or LF, quotes doubled; numbers with a dot and full precision. */
#ifndef CACD_CSV_H
#define CACD_CSV_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

struct csv {
	char *text;
	size_t length;
	size_t capacity;
	bool line_started;
};

void csv_init(struct csv *csv);
void csv_text(struct csv *csv, const char *value);     /* NULL = empty field */
void csv_number(struct csv *csv, double value);
/* A JSON scalar as a field: null empty, numbers as numbers, strings quoted. */
void csv_json(struct csv *csv, const json_t *value);
void csv_end_line(struct csv *csv);
/* Hands the text over; caller frees. */
char *csv_finish(struct csv *csv, size_t *length);

#endif
