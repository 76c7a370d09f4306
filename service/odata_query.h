/* OData v4 query options, pure: $filter, $orderby, $select, $top, $skip
 * and $count parsed against an entity set's properties, and applied to rows
 * of typed cells (csv.h's cells tables). The subset: comparisons (eq, ne,
 * gt, ge, lt, le) of a property with a literal, joined by and, or, not and
 * parentheses; literals as OData writes them ('text' with '' for a quote,
 * numbers, true, false, null, bare GUIDs and RFC 3339 times). */
#ifndef CACD_ODATA_QUERY_H
#define CACD_ODATA_QUERY_H

#include <stdbool.h>
#include <stddef.h>

#include "csv.h"
#include "result.h"

#define ODATA_MAX_PROPERTIES 64
#define ODATA_MAX_ORDER 8

/* Edm types of the properties cacd's sets have. */
enum odata_type {
	ODATA_STRING,   /* Edm.String */
	ODATA_GUID,     /* Edm.Guid */
	ODATA_INT,      /* Edm.Int64 */
	ODATA_DOUBLE,   /* Edm.Double */
	ODATA_BOOLEAN,  /* Edm.Boolean */
	ODATA_TIME,     /* Edm.DateTimeOffset */
};

struct odata_property {
	const char *name;
	enum odata_type type;
	bool nullable;
};

struct odata_node; /* of a parsed $filter; odata_query_free frees it */

struct odata_order {
	size_t property;
	bool descending;
};

struct odata_query {
	struct odata_node *filter;          /* NULL: every row */
	struct odata_order order[ODATA_MAX_ORDER];
	size_t order_count;
	bool selected[ODATA_MAX_PROPERTIES];
	bool select_all;
	long top;                           /* -1: none */
	long skip;
	bool count;
	char error[256];                    /* why parsing failed */
};

/* The raw options as the request gave them; NULL where absent. */
struct odata_options {
	const char *filter, *orderby, *select, *top, *skip, *count;
};

/* Parses options against the set's properties; RESULT_ERROR with
 * query->error set (for a 400) when one is not valid or not supported. */
enum result odata_query_parse(struct odata_query *query, const struct odata_property *properties,
			      size_t property_count, const struct odata_options *options)
	MUST_CHECK;
void odata_query_free(struct odata_query *query);

/* Whether a row (property_count cells, in the set's order) passes $filter. */
bool odata_query_matches(const struct odata_query *query, const struct csv_cell *row);
/* $orderby's order of two rows: <0, 0 or >0. */
int odata_query_compare(const struct odata_query *query, const struct csv_cell *a,
			const struct csv_cell *b);

/* Pure: an RFC 3339 time as seconds since 1970 (with its offset applied);
 * false when text is not one. */
bool odata_time_parse(const char *text, double *seconds);

#endif
