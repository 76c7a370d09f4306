#include "form_items.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "mem.h"
#include "queries.h"

#define FORM_ITEMS_INSTRUMENTS 8

struct form_text_pair {
	char *nl, *en;
};

struct form_instrument {
	char id[UUID_TEXT_SIZE];
	size_t count;
	int numbers[FORM_MAX_ITEM], parts[FORM_MAX_ITEM];
	struct form_text_pair texts[FORM_MAX_ITEM], part_names[FORM_MAX_ITEM];
};

static pthread_mutex_t form_items_lock = PTHREAD_MUTEX_INITIALIZER;
static struct form_instrument *form_instruments[FORM_ITEMS_INSTRUMENTS];

/* Kept entries are never changed or freed once published, so a found one
 * is read without the lock. */
static const struct form_instrument *form_items_find(const char *id)
{
	const struct form_instrument *found = NULL;

	pthread_mutex_lock(&form_items_lock);
	for (size_t i = 0; i < FORM_ITEMS_INSTRUMENTS && form_instruments[i] && !found; i++)
		if (strcmp(form_instruments[i]->id, id) == 0)
			found = form_instruments[i];
	pthread_mutex_unlock(&form_items_lock);
	return found;
}

static struct form_instrument *form_items_read(const char *id, const struct db_result *rows)
{
	struct form_instrument *instrument = mem_calloc(1, sizeof(*instrument));
	int count = db_row_count(rows);

	snprintf(instrument->id, sizeof(instrument->id), "%s", id);
	for (int row = 0; row < count && instrument->count < FORM_MAX_ITEM - 1; row++) {
		size_t at = instrument->count++;

		instrument->numbers[at] = atoi(db_value(rows, row, 0));
		instrument->parts[at] = atoi(db_value(rows, row, 1));
		instrument->part_names[at] = (struct form_text_pair){
			mem_strdup(db_value(rows, row, 2)), mem_strdup(db_value(rows, row, 3)) };
		instrument->texts[at] = (struct form_text_pair){
			mem_strdup(db_value(rows, row, 4)), mem_strdup(db_value(rows, row, 5)) };
	}
	return instrument;
}

/* Keeps it, unless another thread kept the same instrument first; NULL
 * when there is no room left. */
static const struct form_instrument *form_items_keep(struct form_instrument *instrument)
{
	const struct form_instrument *kept = NULL;

	pthread_mutex_lock(&form_items_lock);
	for (size_t i = 0; i < FORM_ITEMS_INSTRUMENTS && !kept; i++) {
		if (form_instruments[i] == NULL) {
			form_instruments[i] = instrument;
			kept = instrument;
		} else if (strcmp(form_instruments[i]->id, instrument->id) == 0) {
			kept = form_instruments[i];
		}
	}
	pthread_mutex_unlock(&form_items_lock);
	return kept;
}

static void form_items_free(struct form_instrument *instrument)
{
	for (size_t i = 0; i < instrument->count; i++) {
		free(instrument->texts[i].nl);
		free(instrument->texts[i].en);
		free(instrument->part_names[i].nl);
		free(instrument->part_names[i].en);
	}
	free(instrument);
}

static void form_items_copy(const struct form_instrument *instrument, struct form_view *view)
{
	bool english = view->language == FORM_ENGLISH;

	for (size_t i = 0; i < instrument->count; i++) {
		int part = instrument->parts[i];
		struct form_item *item;

		if (instrument->numbers[i] <= 0 || instrument->numbers[i] >= FORM_MAX_ITEM ||
		    part < 1 || part > FORM_MAX_PARTS)
			continue;
		item = &view->items[view->item_count++];
		item->number = instrument->numbers[i];
		item->part = part;
		item->text = english ? instrument->texts[i].en : instrument->texts[i].nl;
		if (part > view->part_count)
			view->part_count = part;
		if (view->part_names[part] == NULL)
			view->part_names[part] = english ? instrument->part_names[i].en
							 : instrument->part_names[i].nl;
	}
}

bool form_items_fill(struct http_request *request, const char *instrument_id,
		     struct form_view *view)
{
	const struct form_instrument *instrument = form_items_find(instrument_id);
	const char *values[] = { instrument_id };
	const struct db_result *rows = NULL;
	struct form_instrument *read;

	if (instrument == NULL) {
		if (http_db_query(request, DB_READ, DB_ARGS(query_form_items, values), &rows) != DB_OK)
			return false;
		read = form_items_read(instrument_id, rows);
		instrument = form_items_keep(read);
		if (instrument != read)
			form_items_free(read);
		if (instrument == NULL) {
			log_error("form: more than %d instruments; raise FORM_ITEMS_INSTRUMENTS",
				  FORM_ITEMS_INSTRUMENTS);
			return false;
		}
	}
	form_items_copy(instrument, view);
	return true;
}
