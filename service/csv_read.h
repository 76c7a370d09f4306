/* Reading RFC 4180 CSV, as spreadsheets save it: fields separated by ','
 * (or ';', as Dutch settings write it), records ended by CRLF or LF, a
 * field in double quotes may hold separators, line ends and doubled
 * quotes. Pure: text in, a table out. */
#ifndef CACD_CSV_READ_H
#define CACD_CSV_READ_H

#include <stdbool.h>
#include <stddef.h>

struct csv_record {
	size_t count;
	char **fields;  /* NUL-terminated, owned by the table */
	long line;      /* where the record starts, 1 for the first line */
};

struct csv_table {
	size_t count;
	struct csv_record *records;
};

/* Reads text into *out (a leading UTF-8 byte-order mark is skipped; ';' is
 * the separator when the first line has a ';' and no ','). Blank lines are
 * skipped. False, with a message naming the line, for a quote that is not
 * closed or text after a closing quote; *out is then empty. At most
 * max_records records are read; more is an error too. */
bool csv_read(const char *text, size_t length, size_t max_records, struct csv_table *out,
	      char *error, size_t error_size);
void csv_table_free(struct csv_table *table);

#endif
