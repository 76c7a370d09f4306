/* Instrument layouts (dimensions in order, items and their dimension),
 * read from the database once per process and kept: instruments change
 * only with a migration, never while cacd serves. */
#ifndef CACD_LAYOUTS_H
#define CACD_LAYOUTS_H

#include "db.h"
#include "scoring.h"

/* The layout of an instrument by id, loading every layout on first use
 * (within milliseconds, the request's time left). *out stays valid until
 * the process ends. DB_ERROR for an unknown id. */
enum db_status layouts_get(const char *instrument_id, long milliseconds,
			   const struct score_instrument **out) MUST_CHECK;

/* A dimension's name or an item's text ("en" or "nl") for a layout that
 * layouts_get returned; NULL when the instrument has none. */
const char *layouts_dimension_name(const struct score_instrument *instrument, size_t dimension,
				   const char *language);
const char *layouts_item_text(const struct score_instrument *instrument, size_t item,
			      const char *language);

/* Pure: fills a layout from the array texts of query layouts_load. */
enum result layouts_parse(const char *dimension_keys, const char *item_numbers,
			  const char *item_dimensions, struct score_instrument *out) MUST_CHECK;

#endif
