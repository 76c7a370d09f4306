/* Cursor pagination: ?limit= (default 50, at most 500) and ?cursor=, where a
 * cursor is "<microseconds since 1970>_<uuid>" of the last row shown: lists
 * go in (created_at, id) order and continue strictly after it. Pure. */
#ifndef CACD_PAGINATION_H
#define CACD_PAGINATION_H

#include "validate.h"

#define PAGINATION_DEFAULT_LIMIT 50
#define PAGINATION_MAX_LIMIT 500

struct page {
	char limit[8];            /* as text, for a statement parameter */
	char after_microseconds[24];
	char after_id[UUID_TEXT_SIZE];
	bool has_cursor;
};

/* Either text may be NULL. Adds a field message on a bad value. */
void pagination_parse(const char *limit, const char *cursor, struct page *page,
		      struct validation *validation);

/* Statement parameters: limit, cursor time (or NULL), cursor id (or NULL). */
#define PAGE_PARAMS(page) \
	(page).limit, (page).has_cursor ? (page).after_microseconds : NULL, \
	(page).has_cursor ? (page).after_id : NULL

/* SQL pieces shared by every list: the keyset condition on columns
 * created_at and id, given the parameter numbers of cursor time and id. */
#define PAGE_AFTER(time_param, id_param) \
	"($" #time_param "::bigint IS NULL OR (created_at, id) > " \
	"('epoch'::timestamptz + $" #time_param "::bigint * interval '1 microsecond', $" \
	#id_param "::uuid))"

/* Wraps a query whose rows carry columns created_at, id and item (json) into
 * {"data":[...],"next_cursor":...}; limit_param is the limit's number. */
#define PAGE_ENVELOPE(rows_sql, limit_param) \
	"WITH page_rows AS (" rows_sql " ORDER BY created_at, id LIMIT $" #limit_param \
	"::integer + 1), numbered AS (SELECT *, row_number() OVER (ORDER BY created_at, id)" \
	" AS position FROM page_rows) SELECT json_build_object('data', coalesce(json_agg(" \
	"item ORDER BY position) FILTER (WHERE position <= $" #limit_param "::integer), '[]')," \
	" 'next_cursor', CASE WHEN count(*) > $" #limit_param "::integer THEN (SELECT " \
	"(extract(epoch FROM n.created_at) * 1000000)::bigint || '_' || n.id FROM numbered n" \
	" WHERE n.position = $" #limit_param "::integer) END)::text FROM numbered"

#endif
