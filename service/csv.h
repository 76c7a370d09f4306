/* The tables cacd answers, written one cell at a time through one
 * interface in three forms: CSV text, an xlsx sheet, or typed cells in
 * memory (the OData feed's rows). Writers (scores_csv.c, the export) do not
 * know which.
 *
 * RFC 4180 CSV: CRLF line ends, fields quoted when they hold the
 * separator, a quote, CR or LF, quotes doubled; numbers at full precision;
 * booleans TRUE and FALSE. The "nl" dialect is what Dutch spreadsheet
 * settings read: ';' between fields, a decimal comma, and a UTF-8
 * byte-order mark. A text cell that a spreadsheet would run as a formula
 * (it begins with =, +, -, @, tab or CR) gets a leading ' ; numbers are
 * never altered. */
#ifndef CACD_CSV_H
#define CACD_CSV_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <time.h>

#include "result.h"

enum csv_dialect {
	CSV_STANDARD,
	CSV_DUTCH,
};

/* A cell of a cells table (csv_init_cells). */
enum csv_cell_type {
	CSV_CELL_NULL,
	CSV_CELL_TEXT,
	CSV_CELL_NUMBER,
	CSV_CELL_INTEGER,
	CSV_CELL_BOOLEAN,
	CSV_CELL_TIME,     /* text: an RFC 3339 UTC time */
};

struct csv_cell {
	enum csv_cell_type type;
	bool boolean;
	long long integer;
	double number;
	char *text;        /* owned */
};

struct lxw_workbook;
struct lxw_worksheet;

/* Writes CSV text, or (after csv_init_xlsx) the same cells into a one-sheet
 * xlsx workbook: numbers as numbers, booleans as booleans, timestamps as
 * dates, text as text (never a formula, so it needs no leading quote there).
 * A spooled table (csv_spool) goes to an unlinked temporary file as it is
 * written, so a table of any length costs the same memory. */
struct csv {
	char *text;
	size_t length;
	size_t capacity;
	FILE *spool;                     /* CSV text past the buffer; owned */
	size_t spooled;                  /* bytes already in spool */
	bool line_started;
	enum csv_dialect dialect;
	struct lxw_workbook *workbook;   /* xlsx only; owned */
	struct lxw_worksheet *sheet;
	struct lxw_format *time_format;  /* of timestamp cells */
	char *path;                      /* the workbook's temporary file */
	time_t created;                  /* the workbook's date; 0: now */
	unsigned row, column;
	/* a cells table: rows of typed cells in memory, row after row */
	bool cells_mode;
	struct csv_cell *cells;          /* owned; csv_cells_free */
	size_t cell_count, cell_capacity;
	unsigned width;                  /* cells in the first row */
	bool ragged;                     /* a row had another number of cells */
	/* cells mode: asked at the end of each row whether to keep it (NULL:
	 * keep all); a row not kept is dropped at once, so a table can hold a
	 * page of what is written */
	bool (*row_kept)(const struct csv_cell *row, unsigned width, void *context);
	void *row_context;
};

void csv_init(struct csv *csv, enum csv_dialect dialect);
/* An xlsx workbook in a temporary file whose one sheet is called sheet (the
 * view's name, at most 31 characters); written row by row in libxlsxwriter's
 * constant-memory mode. RESULT_ERROR when none can be made. */
enum result csv_init_xlsx(struct csv *csv, const char *sheet) MUST_CHECK;
/* The cells themselves, typed, in memory (for the OData feed): csv->row
 * rows of csv->width cells in csv->cells. Free with csv_cells_free. */
void csv_init_cells(struct csv *csv);
void csv_cells_free(struct csv *csv);
/* CSV text goes to a temporary file once the buffer holds 64 KiB; for
 * csv_finish_file. RESULT_ERROR when no file can be made. */
enum result csv_spool(struct csv *csv) MUST_CHECK;
void csv_text(struct csv *csv, const char *value);     /* NULL = empty field */
void csv_number(struct csv *csv, double value);
void csv_integer(struct csv *csv, long long value);
void csv_boolean(struct csv *csv, bool value);          /* TRUE / FALSE */
/* An RFC 3339 UTC time ("2026-03-01T09:30:00.000Z"): the text in CSV, a
 * date cell in xlsx; NULL or "" an empty field. */
void csv_timestamp(struct csv *csv, const char *value);
/* A JSON scalar as a field: null empty, numbers as numbers, booleans as
 * booleans, strings quoted. */
void csv_json(struct csv *csv, const json_t *value);
void csv_end_line(struct csv *csv);
/* Hands the text (or the xlsx file's bytes) over; caller frees. NULL when
 * the workbook could not be written. */
char *csv_finish(struct csv *csv, size_t *length);
/* Hands the table over as an open file at its start (unlinked: closing it
 * frees the disk), with its size; -1 when it could not be written. */
int csv_finish_file(struct csv *csv, size_t *size);
/* Drops an unfinished table and its file. */
void csv_discard(struct csv *csv);

#endif
