#include "scores_privacy.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "privacy.h"
#include "queries.h"

/* Decisions kept, one slot per hash of the wave id (a wave whose slot
 * another takes is decided again when asked for): enough for the waves a
 * busy dashboard compares, small enough to forget. */
#define PRIVACY_CACHE_SIZE 4096

struct privacy_entry {
	char wave_id[UUID_TEXT_SIZE];
	char version[24];
	long minimum;
	struct privacy_decision decision;
};

static pthread_mutex_t cache_lock = PTHREAD_MUTEX_INITIALIZER;
static struct privacy_entry *cache;

/* FNV-1a of the wave id. */
static size_t privacy_slot(const char *wave_id)
{
	uint32_t hash = 2166136261u;

	for (const char *at = wave_id; *at; at++)
		hash = (hash ^ (unsigned char)*at) * 16777619u;
	return hash % PRIVACY_CACHE_SIZE;
}

/* A copy of the kept decision, so no lock is held while it is used. */
static bool privacy_cache_find(const struct scored_wave *wave, long minimum,
			       struct privacy_decision *out)
{
	const struct privacy_entry *entry;
	bool found = false;

	pthread_mutex_lock(&cache_lock);
	entry = cache ? &cache[privacy_slot(wave->wave_id)] : NULL;
	if (entry != NULL && entry->minimum == minimum &&
	    strcmp(entry->wave_id, wave->wave_id) == 0 && strcmp(entry->version, wave->version) == 0) {
		privacy_decision_copy(out, &entry->decision);
		found = true;
	}
	pthread_mutex_unlock(&cache_lock);
	return found;
}

static void privacy_cache_keep(const struct scored_wave *wave, long minimum,
			       const struct privacy_decision *decision)
{
	struct privacy_entry *entry;

	pthread_mutex_lock(&cache_lock);
	if (cache == NULL)
		cache = mem_calloc(PRIVACY_CACHE_SIZE, sizeof(*cache));
	entry = &cache[privacy_slot(wave->wave_id)];
	privacy_decision_free(&entry->decision);
	snprintf(entry->wave_id, sizeof(entry->wave_id), "%s", wave->wave_id);
	snprintf(entry->version, sizeof(entry->version), "%s", wave->version);
	entry->minimum = minimum;
	privacy_decision_copy(&entry->decision, decision);
	pthread_mutex_unlock(&cache_lock);
}

/* "{3,NULL,-1,...}": answered where an element is a value, not NULL or -1. */
static void privacy_answered(const char *text, const struct score_instrument *instrument,
			     bool *answered)
{
	int number = 1;

	for (const char *at = text + 1; *at != '\0' && *at != '}'; number++) {
		size_t length = strcspn(at, ",}");
		long item = score_item_index(instrument, number);

		if (item >= 0)
			answered[item] = strncmp(at, "NULL", 4) != 0 && *at != '-';
		at += length + (at[length] == ',');
	}
}

/* The respondents of one wave from rows [first, end) of privacy_respondents. */
static void privacy_decide_rows(const struct db_result *rows, int first, int end,
				const struct scored_wave *wave, long minimum,
				struct privacy_decision *decision)
{
	size_t count = (size_t)(end - first);
	struct privacy_respondent *people = mem_calloc(count + 1, sizeof(*people));

	for (int row = first; row < end; row++) {
		struct privacy_respondent *person = &people[row - first];

		person->counts = strcmp(db_value(rows, row, 1), "t") == 0;
		person->role = db_value(rows, row, 2);
		person->sector = db_value(rows, row, 3);
		privacy_answered(db_value(rows, row, 4), wave->instrument, person->answered);
	}
	privacy_decide(wave->instrument, people, count, minimum, decision);
	free(people);
}

/* Marks and empties the cells the decision hides in one aggregate. */
static void privacy_hide(struct score_result *result, const struct score_instrument *instrument,
			 const struct privacy_decision *decision, size_t node)
{
	for (size_t i = 0; i < instrument->item_count; i++) {
		result->items[i].hidden = !decision->item_shown[i];
		if (result->items[i].hidden)
			result->items[i].score.present = result->items[i].sd.present = false;
	}
	for (size_t d = 0; d < instrument->dimension_count; d++) {
		bool partial = false;

		for (size_t i = 0; i < instrument->item_count; i++)
			partial |= instrument->item_dimension[i] == d && result->items[i].n > 0 &&
				   result->items[i].hidden;
		result->dimensions[d].hidden =
			!decision->dimension_shown[node * decision->dimension_count + d];
		if (result->dimensions[d].hidden)
			result->dimensions[d].score.present = false;
		/* respondents' own dimension means include the hidden items */
		if (result->dimensions[d].hidden || partial)
			result->dimensions[d].sd.present = false;
	}
	result->overall_hidden = !decision->overall_shown[node];
	if (result->overall_hidden)
		result->overall.present = false;
}

/* A spread of fewer than twice k values is not published: with n = k = 3
 * on four categories, an item's mean and sd name the exact answers, and an
 * sd of 0 tells each respondent what the others answered. The intervals
 * that rest on the overall spread (gaps, change_ci) go with it. */
static void privacy_hide_spread(struct scored_group *group,
				const struct score_instrument *instrument, long minimum)
{
	for (size_t i = 0; i < instrument->item_count; i++)
		if (group->result.items[i].n < 2 * minimum)
			group->result.items[i].sd.present = false;
	for (size_t d = 0; d < instrument->dimension_count; d++)
		if (group->result.dimensions[d].n < 2 * minimum)
			group->result.dimensions[d].sd.present = false;
	if (group->overall_n < 2 * minimum)
		group->overall_sd.present = false;
}

static void privacy_apply_group(const struct scored_wave *wave, struct scored_group *group,
				const struct privacy_decision *decision, long minimum)
{
	long node = privacy_node(decision, group->grouping, group->group);

	score_compute_over(wave->instrument, &group->totals, decision->item_shown, &group->result);
	if (node >= 0)
		privacy_hide(&group->result, wave->instrument, decision, (size_t)node);
	privacy_hide_spread(group, wave->instrument, minimum);
	group->hidden = node < 0 || group->result.overall_hidden;
}

static void privacy_apply_wave(struct scored_wave *wave, const struct privacy_decision *decision,
			       long minimum)
{
	privacy_apply_group(wave, wave->all, decision, minimum);
	wave->suppressed = wave->all->hidden;
	for (size_t i = 0; i < wave->group_count; i++)
		privacy_apply_group(wave, &wave->groups[i], decision, minimum);
}

/* Unpublished, or nobody responded: counts only. */
static void privacy_counts_only(struct scored_wave *wave)
{
	wave->suppressed = true;
	for (size_t i = 0; i < wave->group_count; i++)
		wave->groups[i].hidden = true;
}

/* The waves still without a decision, as "{id,id}" (caller frees), or NULL. */
static char *privacy_missing(struct scored *scored, long minimum, bool *decided,
			     struct privacy_decision *decisions)
{
	char *list = NULL;
	size_t used = 0;

	for (size_t i = 0; i < scored->wave_count; i++) {
		struct scored_wave *wave = &scored->waves[i];

		if (!wave->published || wave->all == NULL) {
			privacy_counts_only(wave);
			decided[i] = true;
			continue;
		}
		decided[i] = privacy_cache_find(wave, minimum, &decisions[i]);
		if (decided[i])
			continue;
		if (list == NULL)
			list = mem_alloc(scored->wave_count * (UUID_TEXT_SIZE + 1) + 3);
		used += (size_t)sprintf(list + used, "%s%s", used ? "," : "{", wave->wave_id);
	}
	if (list != NULL)
		strcpy(list + used, "}");
	return list;
}

/* Decides every wave whose respondents the rows list, and keeps it. */
static void privacy_decide_all(struct scored *scored, const struct db_result *rows, long minimum,
			       bool *decided, struct privacy_decision *decisions)
{
	int count = db_row_count(rows);

	for (int first = 0, end; first < count; first = end) {
		const char *wave_id = db_value(rows, first, 0);

		for (end = first + 1; end < count && strcmp(db_value(rows, end, 0), wave_id) == 0;)
			end++;
		for (size_t i = 0; i < scored->wave_count; i++) {
			if (decided[i] || strcmp(scored->waves[i].wave_id, wave_id) != 0)
				continue;
			privacy_decide_rows(rows, first, end, &scored->waves[i], minimum, &decisions[i]);
			privacy_cache_keep(&scored->waves[i], minimum, &decisions[i]);
			decided[i] = true;
		}
	}
}

enum db_status scores_privacy_apply(struct http_request *request, struct scored *scored,
				    long minimum)
{
	bool *decided = mem_calloc(scored->wave_count + 1, sizeof(*decided));
	struct privacy_decision *decisions = mem_calloc(scored->wave_count + 1, sizeof(*decisions));
	char *missing = privacy_missing(scored, minimum, decided, decisions);
	enum db_status status = DB_OK;

	if (missing != NULL) {
		const char *values[] = { missing };
		const struct db_result *rows = NULL;

		status = http_db_query(request, DB_PRIMARY, DB_ARGS(query_privacy_respondents, values),
				       &rows);
		if (status == DB_OK)
			privacy_decide_all(scored, rows, minimum, decided, decisions);
	}
	for (size_t i = 0; i < scored->wave_count && status == DB_OK; i++) {
		if (decisions[i].node_count > 0)
			privacy_apply_wave(&scored->waves[i], &decisions[i], minimum);
		else if (!decided[i])
			privacy_counts_only(&scored->waves[i]);
	}
	for (size_t i = 0; i < scored->wave_count; i++)
		privacy_decision_free(&decisions[i]);
	free(decisions);
	free(decided);
	free(missing);
	return status;
}
