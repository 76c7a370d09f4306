/* Cursor pagination: ?limit= (default 50, at most 500) and ?cursor=, where a
 * cursor is "<microseconds since 1970>_<uuid>" of the last row shown: lists
 * go in (created_at, id) order and continue strictly after it. Pure. The
 * SQL side is cacd_after and cacd_page (sql/functions/050_paging.sql). */
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
	const char *updated_since; /* RFC 3339, as given; NULL for all rows */
};

/* Either text may be NULL. Adds a field message on a bad value. */
void pagination_parse(const char *limit, const char *cursor, struct page *page,
		      struct validation *validation);

/* ?updated_since= (or the audit log's ?since=; field names it in the error)
 * for incremental pulls: only rows changed after it. The text must outlive
 * the page. */
void pagination_parse_since(const char *field, const char *since, struct page *page,
			    struct validation *validation);

/* Statement parameters $1-$4: limit, cursor time (or NULL), cursor id (or
 * NULL), updated since (or NULL). */
#define PAGE_PARAMS(page) \
	(page).limit, (page).has_cursor ? (page).after_microseconds : NULL, \
	(page).has_cursor ? (page).after_id : NULL, (page).updated_since

#endif
