#include "layouts.h"

#include <jansson.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "mem.h"
#include "queries.h"
#include "validate.h"

#define LAYOUTS_MAX 16

struct layout_entry {
	char instrument_id[UUID_TEXT_SIZE];
	struct score_instrument layout;
	json_t *words;  /* dimension names and item texts by language; kept */
};

static pthread_mutex_t layouts_lock = PTHREAD_MUTEX_INITIALIZER;
static struct layout_entry *layouts;   /* written once, under the lock */
static size_t layout_count;

/* Splits the text of a one-dimensional array of simple words ("{a,b,c}":
 * keys and numbers never need quotes) and calls take for each element. */
static enum result layouts_split(const char *text, void (*take)(void *, size_t, const char *,
								    size_t),
				 void *context, size_t max, size_t *count)
{
	size_t length = strlen(text);
	const char *at = text + 1;

	*count = 0;
	if (length < 2 || text[0] != '{' || text[length - 1] != '}')
		return RESULT_ERROR;
	while (at < text + length - 1) {
		size_t size = strcspn(at, ",}");

		if (*count == max || size == 0 || size >= SCORE_KEY_SIZE)
			return RESULT_ERROR;
		take(context, (*count)++, at, size);
		at += size + 1;
	}
	return RESULT_OK;
}

static void layouts_take_key(void *context, size_t index, const char *text, size_t size)
{
	char (*keys)[SCORE_KEY_SIZE] = context;

	memcpy(keys[index], text, size);
	keys[index][size] = '\0';
}

static void layouts_take_number(void *context, size_t index, const char *text, size_t size)
{
	int *numbers = context;

	(void)size;
	numbers[index] = atoi(text);
}

enum result layouts_parse(const char *dimension_keys, const char *item_numbers,
			  const char *item_dimensions, struct score_instrument *out)
{
	char (*keys)[SCORE_KEY_SIZE] = mem_calloc(SCORE_MAX_ITEMS, SCORE_KEY_SIZE);
	enum result result = RESULT_ERROR;
	size_t count = 0;

	memset(out, 0, sizeof(*out));
	if (layouts_split(dimension_keys, layouts_take_key, out->dimension_keys,
			  SCORE_MAX_DIMENSIONS, &out->dimension_count) != RESULT_OK ||
	    layouts_split(item_numbers, layouts_take_number, out->item_numbers, SCORE_MAX_ITEMS,
			  &out->item_count) != RESULT_OK ||
	    layouts_split(item_dimensions, layouts_take_key, keys, SCORE_MAX_ITEMS, &count) !=
		    RESULT_OK ||
	    count != out->item_count)
		goto done;
	for (size_t i = 0; i < count; i++) {
		long dimension = score_dimension_index(out, keys[i]);

		if (dimension < 0 || out->item_numbers[i] < 1)
			goto done;
		out->item_dimension[i] = (size_t)dimension;
	}
	result = RESULT_OK;
done:
	free(keys);
	return result;
}

static enum db_status layouts_load(long milliseconds)
{
	struct db_result result;
	/* from the primary: a replica that is down or behind never stops it */
	enum db_status status = db_query_within(DB_PRIMARY, DB_NO_ARGS(query_layouts_load), &result,
						milliseconds);
	int rows = status == DB_OK ? db_row_count(&result) : 0;
	struct layout_entry *loaded = mem_calloc((size_t)rows + 1, sizeof(*loaded));

	for (int row = 0; row < rows && status == DB_OK; row++) {
		snprintf(loaded[row].instrument_id, UUID_TEXT_SIZE, "%s",
			 db_value(&result, row, 0));
		loaded[row].words = json_loads(db_value(&result, row, 4), 0, NULL);
		if (loaded[row].words == NULL ||
		    layouts_parse(db_value(&result, row, 1), db_value(&result, row, 2),
				  db_value(&result, row, 3), &loaded[row].layout) != RESULT_OK) {
			log_error("layouts: instrument %s does not fit (at most %d items, %d dimensions)",
				  loaded[row].instrument_id, SCORE_MAX_ITEMS, SCORE_MAX_DIMENSIONS);
			status = DB_ERROR;
		}
	}
	db_result_clear(&result);
	if (status != DB_OK || rows > LAYOUTS_MAX) {
		for (int row = 0; row < rows; row++)
			json_decref(loaded[row].words);
		free(loaded);
		return status == DB_OK ? DB_ERROR : status;
	}
	layouts = loaded; /* only ever set once: readers keep pointers into it */
	layout_count = (size_t)rows;
	return DB_OK;
}

static const struct score_instrument *layouts_find(const char *instrument_id)
{
	for (size_t i = 0; i < layout_count; i++) {
		if (strcmp(layouts[i].instrument_id, instrument_id) == 0)
			return &layouts[i].layout;
	}
	return NULL;
}

enum db_status layouts_get(const char *instrument_id, long milliseconds,
			   const struct score_instrument **out)
{
	enum db_status status = DB_OK;

	pthread_mutex_lock(&layouts_lock);
	*out = layouts_find(instrument_id);
	if (*out == NULL && layouts == NULL)
		status = layouts_load(milliseconds);
	if (status == DB_OK && *out == NULL)
		*out = layouts_find(instrument_id);
	pthread_mutex_unlock(&layouts_lock);
	if (status == DB_OK && *out == NULL)
		return DB_ERROR;
	return status;
}

/* Layouts are loaded before any instrument pointer exists, and never
 * change: no lock is needed to read them. */
static const json_t *layouts_words(const struct score_instrument *instrument, const char *kind,
				   const char *key)
{
	for (size_t i = 0; i < layout_count; i++) {
		if (&layouts[i].layout == instrument)
			return json_object_get(json_object_get(layouts[i].words, kind), key);
	}
	return NULL;
}

const char *layouts_dimension_name(const struct score_instrument *instrument, size_t dimension,
				   const char *language)
{
	return json_string_value(json_object_get(
		layouts_words(instrument, "dimensions", instrument->dimension_keys[dimension]),
		language));
}

const char *layouts_item_text(const struct score_instrument *instrument, size_t item,
			      const char *language)
{
	char number[16];

	snprintf(number, sizeof(number), "%d", instrument->item_numbers[item]);
	return json_string_value(
		json_object_get(layouts_words(instrument, "items", number), language));
}
