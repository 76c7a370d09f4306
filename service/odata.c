/* The OData feed's handlers: the service document, $metadata, and a set's
 * rows filtered, ordered, counted and paged as the query options ask. */
#include "odata.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth.h"
#include "json.h"
#include "log.h"
#include "mem.h"

/* Rows per page unless the client prefers fewer or more (Prefer:
 * odata.maxpagesize), and the most it may prefer. */
#define ODATA_PAGE_SIZE 1000L
#define ODATA_MAX_PAGE_SIZE 10000L

#define ODATA_JSON_TYPE "application/json;odata.metadata=minimal;odata.streaming=true"

static void odata_headers(struct http_request *request)
{
	http_add_header(request, "OData-Version", "4.0");
}

/* An OData error body ({"error":{"code","message"}}), as OData clients
 * read them, instead of problem+json. */
static void odata_respond_error(struct http_request *request, int status, const char *code,
				const char *message)
{
	json_t *body = json_pack("{s:{s:s, s:s}}", "error", "code", code, "message", message);
	size_t length;
	char *text = json_encode(body, &length);

	json_decref(body);
	http_respond_bytes(request, status, "application/json", text, length);
	odata_headers(request);
}

/* A 200 with an OData JSON body; steals body. */
static void odata_respond_body(struct http_request *request, json_t *body)
{
	size_t length;
	char *text = json_encode(body, &length);

	json_decref(body);
	http_respond_bytes(request, 200, ODATA_JSON_TYPE, text, length);
	odata_headers(request);
}

/* The address clients reach the feed at: public_url's scheme and the Host
 * they used (so that links work on any port and name), or public_url. */
static char *odata_base(struct http_request *request)
{
	const char *host = http_header(request, "Host");
	const char *scheme_end = strstr(request->config->public_url, "://");
	bool usable = host != NULL && *host != '\0' && scheme_end != NULL &&
		      strspn(host, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
				   "0123456789.-:[]") == strlen(host);

	if (!usable)
		return mem_printf("%s/odata", request->config->public_url);
	return mem_printf("%.*s://%s/odata", (int)(scheme_end - request->config->public_url),
			  request->config->public_url, host);
}

/* ---- the service document and $metadata ---- */

void odata_service(struct http_request *request)
{
	size_t count;
	const struct odata_set *sets = odata_sets(&count);
	char *base = odata_base(request);
	char *context = mem_printf("%s/$metadata", base);
	json_t *value = json_array();

	for (size_t i = 0; i < count; i++) {
		if (sets[i].admin_only && request->principal.role != ROLE_ADMIN)
			continue;
		json_array_append_new(value, json_pack("{s:s, s:s, s:s}", "name", sets[i].name,
						       "kind", "EntitySet", "url", sets[i].name));
	}
	odata_respond_body(request, json_pack("{s:s, s:o}", "@odata.context", context, "value",
					      value));
	free(context);
	free(base);
}

void odata_metadata(struct http_request *request)
{
	size_t length;
	char *xml = odata_metadata_xml(request, &length);

	if (xml == NULL)
		return; /* answered */
	http_respond_bytes(request, 200, "application/xml; charset=utf-8", xml, length);
	odata_headers(request);
}

/* ---- a set ---- */

/* The query options; false when it answered 400 for one cacd does not have. */
static bool odata_options_read(struct http_request *request, struct odata_options *options)
{
	static const char *const unsupported[] = { "$expand", "$search", "$apply", "$compute",
						   "$levels", "$skiptoken", "$deltatoken" };
	const char *format = http_query(request, "$format");
	char message[96];

	for (size_t i = 0; i < ARRAY_LENGTH(unsupported); i++) {
		if (http_query(request, unsupported[i]) != NULL) {
			snprintf(message, sizeof(message), "%s is not supported by this feed",
				 unsupported[i]);
			odata_respond_error(request, 400, "NotSupported", message);
			return false;
		}
	}
	if (format != NULL && strcmp(format, "json") != 0 &&
	    strncmp(format, "application/json", 16) != 0) {
		odata_respond_error(request, 400, "BadRequest", "$format must be json");
		return false;
	}
	*options = (struct odata_options){
		.filter = http_query(request, "$filter"),
		.orderby = http_query(request, "$orderby"),
		.select = http_query(request, "$select"),
		.top = http_query(request, "$top"),
		.skip = http_query(request, "$skip"),
		.count = http_query(request, "$count"),
	};
	return true;
}

/* Prefer: odata.maxpagesize=N (among other preferences), bounded. */
static long odata_page_size(struct http_request *request, bool *preferred)
{
	const char *prefer = http_header(request, "Prefer");
	const char *at = prefer ? strstr(prefer, "odata.maxpagesize=") : NULL;
	long size;

	*preferred = false;
	if (at == NULL)
		return ODATA_PAGE_SIZE;
	size = strtol(at + strlen("odata.maxpagesize="), NULL, 10);
	if (size < 1)
		return ODATA_PAGE_SIZE;
	*preferred = true;
	return size < ODATA_MAX_PAGE_SIZE ? size : ODATA_MAX_PAGE_SIZE;
}

struct odata_sort {
	const struct odata_query *query;
	const struct csv_cell *cells;
	size_t width;
};

static _Thread_local const struct odata_sort *odata_sorting;

/* qsort's order of two row numbers: $orderby, then the rows' own order,
 * so that pages never overlap or skip a row. */
static int odata_row_order(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	int order = odata_query_compare(odata_sorting->query,
					&odata_sorting->cells[x * odata_sorting->width],
					&odata_sorting->cells[y * odata_sorting->width]);

	return order != 0 ? order : (x > y) - (x < y);
}

/* A cell as the property's JSON value. */
static json_t *odata_cell_json(const struct csv_cell *cell, enum odata_type type)
{
	switch (cell->type) {
	case CSV_CELL_NULL:
		return json_null();
	case CSV_CELL_BOOLEAN:
		return json_boolean(cell->boolean);
	case CSV_CELL_INTEGER:
		return type == ODATA_DOUBLE ? json_real((double)cell->integer)
					    : json_integer((json_int_t)cell->integer);
	case CSV_CELL_NUMBER:
		return type == ODATA_INT ? json_integer((json_int_t)cell->number)
					 : json_real(cell->number);
	default:
		return json_string(cell->text);
	}
}

static json_t *odata_row_json(const struct csv_cell *row, const struct odata_property *properties,
			      size_t count, const struct odata_query *query)
{
	json_t *object = json_object();

	for (size_t i = 0; i < count; i++)
		if (query->select_all || query->selected[i])
			json_object_set_new(object, properties[i].name,
					    odata_cell_json(&row[i], properties[i].type));
	return object;
}

/* Appends a query option to a link, percent-encoded. */
static void odata_link_option(char **link, const char *name, const char *value)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t length = strlen(*link), size = length + strlen(name) + 3 * strlen(value) + 3;
	char *out;

	*link = mem_realloc(*link, size);
	out = *link + length;
	*out++ = strchr(*link, '?') ? '&' : '?';
	out += sprintf(out, "%s=", name);
	for (const unsigned char *at = (const unsigned char *)value; *at; at++) {
		if (isalnum(*at) || strchr("-._~", *at)) {
			*out++ = (char)*at;
		} else {
			*out++ = '%';
			*out++ = hex[*at >> 4];
			*out++ = hex[*at & 15];
		}
	}
	*out = '\0';
}

/* The next page's address: the same options, further on. */
static char *odata_next_link(struct http_request *request, const struct odata_set *set,
			     const struct odata_options *options, long skip, long top)
{
	char *base = odata_base(request), number[24];
	char *link = mem_printf("%s/%s", base, set->name);

	free(base);
	if (options->filter)
		odata_link_option(&link, "$filter", options->filter);
	if (options->orderby)
		odata_link_option(&link, "$orderby", options->orderby);
	if (options->select)
		odata_link_option(&link, "$select", options->select);
	if (options->count)
		odata_link_option(&link, "$count", options->count);
	if (top >= 0) {
		snprintf(number, sizeof(number), "%ld", top);
		odata_link_option(&link, "$top", number);
	}
	snprintf(number, sizeof(number), "%ld", skip);
	odata_link_option(&link, "$skip", number);
	return link;
}

/* What the set's fill keeps, decided row by row as it writes them: rows
 * that pass $filter; without $orderby only those of the page asked for,
 * the others counted, so that a set of any size costs a page of memory. */
struct odata_selection {
	const struct odata_query *query;
	size_t matched;                 /* rows passing $filter so far */
	size_t keep_from, keep_until;   /* unordered: the page's match numbers */
};

static bool odata_row_kept(const struct csv_cell *row, unsigned width, void *context)
{
	struct odata_selection *selection = context;
	size_t number;

	(void)width;
	if (!odata_query_matches(selection->query, row))
		return false;
	number = selection->matched++;
	return selection->query->order_count > 0 ||
	       (number >= selection->keep_from && number < selection->keep_until);
}

/* The rows of the page with $top: how many the page holds, and whether
 * more follow. */
static size_t odata_page_length(const struct odata_query *query, size_t matched,
				long page_size, bool *more)
{
	size_t first = (size_t)query->skip < matched ? (size_t)query->skip : matched;
	size_t limit = matched - first;

	if (query->top >= 0 && (size_t)query->top < limit)
		limit = (size_t)query->top;
	*more = limit > (size_t)page_size;
	return *more ? (size_t)page_size : limit;
}

/* The page's rows of table in order: sorted and cut when the selection
 * kept every match, else the rows kept, which are the page. */
static size_t *odata_page_rows(const struct odata_query *query, const struct csv *table,
			       size_t width, size_t length)
{
	size_t *rows = mem_calloc(table->row + 1, sizeof(*rows));
	struct odata_sort sort = { query, table->cells, width };

	for (size_t row = 0; row < table->row; row++)
		rows[row] = row;
	if (query->order_count == 0)
		return rows;
	odata_sorting = &sort;
	qsort(rows, table->row, sizeof(*rows), odata_row_order);
	odata_sorting = NULL;
	/* the page starts at $skip among them */
	if (length > 0)
		memmove(rows, rows + query->skip, length * sizeof(*rows));
	return rows;
}

static void odata_answer_page(struct http_request *request, const struct odata_set *set,
			      const struct odata_property *properties, size_t count,
			      const struct odata_options *options, const struct odata_query *query,
			      const struct csv *table, size_t matched, long page_size)
{
	bool more;
	size_t length = odata_page_length(query, matched, page_size, &more);
	size_t *rows = odata_page_rows(query, table, count, length);
	char *base = odata_base(request);
	char *context = mem_printf("%s/$metadata#%s", base, set->name);
	json_t *value = json_array(), *body;

	for (size_t i = 0; i < length; i++)
		json_array_append_new(value, odata_row_json(&table->cells[rows[i] * count],
							    properties, count, query));
	body = json_pack("{s:s}", "@odata.context", context);
	if (query->count)
		json_object_set_new(body, "@odata.count", json_integer((json_int_t)matched));
	json_object_set_new(body, "value", value);
	if (more) {
		char *next = odata_next_link(request, set, options, query->skip + (long)length,
					     query->top >= 0 ? query->top - (long)length : -1);

		json_object_set_new(body, "@odata.nextLink", json_string(next));
		free(next);
	}
	odata_respond_body(request, body);
	free(rows);
	free(context);
	free(base);
}

/* Fills the table with what the page needs; false when it answered. */
static bool odata_fill(struct http_request *request, const struct odata_set *set,
		       size_t count, struct csv *table, struct odata_selection *selection)
{
	table->row_kept = odata_row_kept;
	table->row_context = selection;
	if (!set->fill(request, table))
		return false;
	if (table->ragged || (table->row > 0 && table->width != count)) {
		log_error("request %s: OData set %s has rows of %u cells, not %zu",
			  request->request_id, set->name, table->width, count);
		odata_respond_error(request, 500, "InternalError",
				    "an internal error occurred; it has been logged");
		return false;
	}
	return true;
}

/* Answers the set's page once the query parsed. */
static void odata_answer_set(struct http_request *request, const struct odata_set *set,
			     const struct odata_property *properties, size_t count,
			     const struct odata_options *options, const struct odata_query *query)
{
	bool preferred;
	long page_size = odata_page_size(request, &preferred);
	size_t wanted = query->top >= 0 && query->top < page_size ? (size_t)query->top
								  : (size_t)page_size;
	struct odata_selection selection = { .query = query,
					     .keep_from = (size_t)query->skip,
					     .keep_until = (size_t)query->skip + wanted };
	struct csv table;

	csv_init_cells(&table);
	if (odata_fill(request, set, count, &table, &selection)) {
		odata_answer_page(request, set, properties, count, options, query, &table,
				  selection.matched, page_size);
		if (preferred) {
			char applied[48];

			snprintf(applied, sizeof(applied), "odata.maxpagesize=%ld", page_size);
			http_add_header(request, "Preference-Applied", applied);
		}
	}
	csv_cells_free(&table);
}

void odata_set(struct http_request *request)
{
	const struct odata_set *set = odata_set_of(request->route->pattern);
	struct odata_options options;
	struct odata_query query;
	const struct odata_property *properties;
	size_t count;
	void *storage = NULL;

	if (set == NULL || !odata_options_read(request, &options))
		return;
	properties = odata_set_properties(request, set, &count, &storage);
	if (properties == NULL)
		return;
	if (odata_query_parse(&query, properties, count, &options) == RESULT_OK)
		odata_answer_set(request, set, properties, count, &options, &query);
	else
		odata_respond_error(request, 400, "BadRequest", query.error);
	odata_query_free(&query);
	free(storage);
}
