#include "csv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "mem.h"

void csv_init(struct csv *csv, enum csv_dialect dialect)
{
	memset(csv, 0, sizeof(*csv));
	csv->dialect = dialect;
}

/* CSV text held before it goes to the spool file */
#define CSV_SPOOL_BYTES (64 * 1024)

static const char *csv_temporary_directory(void)
{
	const char *directory = getenv("TMPDIR");

	return directory && *directory ? directory : "/tmp";
}

enum result csv_init_xlsx(struct csv *csv, const char *sheet)
{
	char directory[512];
	lxw_workbook_options options = { .constant_memory = LXW_TRUE, .tmpdir = directory };
	int fd;

	csv_init(csv, CSV_STANDARD);
	snprintf(directory, sizeof(directory), "%s", csv_temporary_directory());
	csv->path = mem_printf("%s/cacd-xlsx-XXXXXX", directory);
	fd = mkstemp(csv->path);
	if (fd < 0) {
		free(csv->path);
		csv->path = NULL;
		return RESULT_ERROR;
	}
	close(fd);
	csv->workbook = workbook_new_opt(csv->path, &options);
	csv->sheet = csv->workbook ? workbook_add_worksheet(csv->workbook, sheet) : NULL;
	if (csv->sheet == NULL) {
		if (csv->workbook != NULL)
			workbook_close(csv->workbook);
		csv->workbook = NULL;
		unlink(csv->path);
		free(csv->path);
		csv->path = NULL;
		return RESULT_ERROR;
	}
	csv->time_format = workbook_add_format(csv->workbook);
	format_set_num_format(csv->time_format, "yyyy-mm-dd hh:mm:ss");
	return RESULT_OK;
}

enum result csv_spool(struct csv *csv)
{
	if (csv->workbook != NULL)
		return RESULT_OK; /* a workbook is a file already */
	csv->spool = tmpfile();
	return csv->spool != NULL ? RESULT_OK : RESULT_ERROR;
}

void csv_init_cells(struct csv *csv)
{
	csv_init(csv, CSV_STANDARD);
	csv->cells_mode = true;
}

/* The next cell of a cells table, typed, empty for the caller to fill. */
static struct csv_cell *csv_cell_next(struct csv *csv, enum csv_cell_type type)
{
	struct csv_cell *cell;

	if (csv->cell_count == csv->cell_capacity) {
		csv->cell_capacity = csv->cell_capacity ? csv->cell_capacity * 2 : 256;
		csv->cells = mem_realloc(csv->cells, csv->cell_capacity * sizeof(*csv->cells));
	}
	cell = &csv->cells[csv->cell_count++];
	memset(cell, 0, sizeof(*cell));
	cell->type = type;
	csv->column++;
	return cell;
}

void csv_cells_free(struct csv *csv)
{
	for (size_t i = 0; i < csv->cell_count; i++)
		free(csv->cells[i].text);
	free(csv->cells);
	csv->cells = NULL;
	csv->cell_count = csv->cell_capacity = 0;
}

static void csv_append(struct csv *csv, const char *data, size_t length)
{
	if (csv->spool != NULL && csv->length + length > CSV_SPOOL_BYTES) {
		/* a failed write shows in ferror at csv_finish_file */
		csv->spooled += fwrite(csv->text, 1, csv->length, csv->spool);
		csv->length = 0;
	}
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
	if (csv->length == 0 && csv->spooled == 0 && csv->dialect == CSV_DUTCH)
		csv_append(csv, "\xef\xbb\xbf", 3);
	if (csv->line_started)
		csv_append(csv, csv->dialect == CSV_DUTCH ? ";" : ",", 1);
	csv->line_started = true;
}

void csv_text(struct csv *csv, const char *value)
{
	bool formula;

	if (csv->cells_mode) {
		struct csv_cell *cell = csv_cell_next(csv, value ? CSV_CELL_TEXT : CSV_CELL_NULL);

		cell->text = value ? mem_strdup(value) : NULL;
		return;
	}
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

	if (csv->cells_mode) {
		csv_cell_next(csv, CSV_CELL_INTEGER)->integer = value;
		return;
	}
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

	if (csv->cells_mode) {
		csv_cell_next(csv, CSV_CELL_NUMBER)->number = value;
		return;
	}
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

void csv_boolean(struct csv *csv, bool value)
{
	if (csv->cells_mode) {
		csv_cell_next(csv, CSV_CELL_BOOLEAN)->boolean = value;
		return;
	}
	if (csv->sheet != NULL) {
		worksheet_write_boolean(csv->sheet, csv->row, (lxw_col_t)csv->column++, value, NULL);
		return;
	}
	/* TRUE and FALSE are what every reader takes as a boolean: R's
	 * read.csv (lower case only from R 4.3), readr, pandas and Excel */
	csv_separator(csv);
	csv_append(csv, value ? "TRUE" : "FALSE", value ? 4 : 5);
}

void csv_timestamp(struct csv *csv, const char *value)
{
	lxw_datetime time = { 0 };

	if (csv->cells_mode && value != NULL && *value != '\0') {
		csv_cell_next(csv, CSV_CELL_TIME)->text = mem_strdup(value);
		return;
	}
	if (csv->sheet == NULL || value == NULL || *value == '\0') {
		csv_text(csv, value != NULL && *value != '\0' ? value : NULL);
		return;
	}
	if (sscanf(value, "%4d-%2d-%2dT%2d:%2d:%lf", &time.year, &time.month, &time.day,
		   &time.hour, &time.min, &time.sec) != 6) {
		csv_text(csv, value);
		return;
	}
	worksheet_write_datetime(csv->sheet, csv->row, (lxw_col_t)csv->column++, &time,
				 csv->time_format);
}

void csv_json(struct csv *csv, const json_t *value)
{
	if (value == NULL || json_is_null(value)) {
		csv_text(csv, NULL);
	} else if (json_is_integer(value)) {
		csv_integer(csv, (long long)json_integer_value(value));
	} else if (json_is_real(value)) {
		csv_number(csv, json_real_value(value));
	} else if (json_is_boolean(value)) {
		csv_boolean(csv, json_is_true(value));
	} else {
		csv_text(csv, json_string_value(value));
	}
}

void csv_end_line(struct csv *csv)
{
	if (csv->cells_mode) {
		size_t start = csv->cell_count - csv->column;

		if (csv->row == 0 && csv->width == 0)
			csv->width = csv->column;
		csv->ragged = csv->ragged || csv->column != csv->width;
		if (csv->row_kept == NULL || csv->ragged ||
		    csv->row_kept(&csv->cells[start], csv->column, csv->row_context)) {
			csv->row++;
		} else {
			for (size_t i = start; i < csv->cell_count; i++)
				free(csv->cells[i].text);
			csv->cell_count = start;
		}
		csv->column = 0;
		return;
	}
	if (csv->sheet != NULL) {
		csv->row++;
		csv->column = 0;
		return;
	}
	csv_append(csv, "\r\n", 2);
	csv->line_started = false;
}

/* Closes the workbook and opens its file (unlinked); -1 on failure. */
static int csv_close_xlsx(struct csv *csv)
{
	int fd = -1;

	/* the data's date, not the reply's, so that every instance gives the
	 * same bytes for the same data (and one ETag) */
	if (csv->created != 0) {
		lxw_doc_properties properties = { .created = csv->created };

		workbook_set_properties(csv->workbook, &properties);
	}
	if (workbook_close(csv->workbook) == LXW_NO_ERROR)
		fd = open(csv->path, O_RDONLY | O_CLOEXEC);
	unlink(csv->path);
	free(csv->path);
	csv->path = NULL;
	csv->workbook = NULL;
	csv->sheet = NULL;
	return fd;
}

/* The CSV text, the buffer's last part added to the spool; -1 on failure. */
static int csv_close_spool(struct csv *csv)
{
	int fd = -1;

	if (csv->spool == NULL && csv_spool(csv) != RESULT_OK)
		return -1;
	csv->spooled += fwrite(csv->text ? csv->text : "", 1, csv->length, csv->spool);
	if (fflush(csv->spool) == 0 && !ferror(csv->spool))
		fd = dup(fileno(csv->spool));
	fclose(csv->spool);
	csv->spool = NULL;
	free(csv->text);
	csv->text = NULL;
	csv->length = 0;
	return fd;
}

int csv_finish_file(struct csv *csv, size_t *size)
{
	int fd = csv->workbook != NULL ? csv_close_xlsx(csv) : csv_close_spool(csv);
	struct stat status;

	*size = 0;
	if (fd < 0)
		return -1;
	if (fstat(fd, &status) != 0 || lseek(fd, 0, SEEK_SET) != 0) {
		close(fd);
		return -1;
	}
	*size = (size_t)status.st_size;
	return fd;
}

/* The whole of a finished file; NULL on failure. */
static char *csv_read_file(int fd, size_t size)
{
	char *bytes = mem_alloc(size + 1);
	size_t got = 0;

	while (got < size) {
		ssize_t read_now = read(fd, bytes + got, size - got);

		if (read_now <= 0) {
			free(bytes);
			return NULL;
		}
		got += (size_t)read_now;
	}
	bytes[size] = '\0';
	return bytes;
}

char *csv_finish(struct csv *csv, size_t *length)
{
	char *text;

	if (csv->workbook != NULL || csv->spool != NULL) {
		int fd = csv_finish_file(csv, length);

		if (fd < 0)
			return NULL;
		text = csv_read_file(fd, *length);
		close(fd);
		return text;
	}
	text = csv->text ? csv->text : mem_strdup("");

	*length = csv->length;
	csv->text = NULL;
	return text;
}

void csv_discard(struct csv *csv)
{
	size_t unused;
	int fd = -1;

	if (csv->workbook != NULL || csv->spool != NULL)
		fd = csv_finish_file(csv, &unused);
	if (fd >= 0)
		close(fd);
	free(csv->text);
	csv->text = NULL;
}
