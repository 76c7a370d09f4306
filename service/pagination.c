#include "pagination.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

static void pagination_parse_limit(const char *limit, struct page *page,
				   struct validation *validation)
{
	long value = 0;
	size_t length = limit ? strlen(limit) : 0;

	snprintf(page->limit, sizeof(page->limit), "%d", PAGINATION_DEFAULT_LIMIT);
	if (limit == NULL)
		return;
	for (size_t i = 0; i < length && i < 4; i++) {
		if (!isdigit((unsigned char)limit[i])) {
			value = 0;
			break;
		}
		value = value * 10 + (limit[i] - '0');
	}
	if (length == 0 || length > 3 || value < 1 || value > PAGINATION_MAX_LIMIT) {
		validation_add(validation, "limit", "must be a whole number from 1 to %d",
			       PAGINATION_MAX_LIMIT);
		return;
	}
	snprintf(page->limit, sizeof(page->limit), "%ld", value);
}

static void pagination_parse_cursor(const char *cursor, struct page *page,
				    struct validation *validation)
{
	const char *separator = cursor ? strchr(cursor, '_') : NULL;
	size_t digits = separator ? (size_t)(separator - cursor) : 0;

	page->has_cursor = false;
	if (cursor == NULL)
		return;
	for (size_t i = 0; i < digits; i++) {
		if (!isdigit((unsigned char)cursor[i]))
			digits = 0;
	}
	if (digits == 0 || digits > 17 || !validate_is_uuid(separator + 1)) {
		validation_add(validation, "cursor", "is not a cursor this API gave out");
		return;
	}
	memcpy(page->after_microseconds, cursor, digits);
	page->after_microseconds[digits] = '\0';
	validate_uuid_lower(separator + 1, page->after_id);
	page->has_cursor = true;
}

void pagination_parse(const char *limit, const char *cursor, struct page *page,
		      struct validation *validation)
{
	memset(page, 0, sizeof(*page));
	pagination_parse_limit(limit, page, validation);
	pagination_parse_cursor(cursor, page, validation);
}

void pagination_parse_since(const char *field, const char *since, struct page *page,
			    struct validation *validation)
{
	time_t seconds;

	page->updated_since = NULL;
	if (since == NULL)
		return;
	if (!validate_parse_time(since, &seconds)) {
		validation_add(validation, field, "must be an RFC 3339 time");
		return;
	}
	page->updated_since = since;
}
