#include "privacy.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"

enum privacy_grouping {
	GROUPING_ALL,
	GROUPING_ROLE,
	GROUPING_SECTOR,
};

/* Respondent sets as bit sets, one per node, for the cell being decided. */
struct privacy_sets {
	size_t nodes, words;
	uint64_t *bits;       /* [node * words + word] */
	long *sizes;          /* [node] */
	enum privacy_grouping *grouping;  /* [node] */
};

static uint64_t *privacy_set(struct privacy_sets *sets, size_t node)
{
	return &sets->bits[node * sets->words];
}

static long privacy_count(const uint64_t *bits, size_t words)
{
	long total = 0;

	for (size_t w = 0; w < words; w++)
		total += __builtin_popcountll(bits[w]);
	return total;
}

/* |A \ B| */
static long privacy_difference(struct privacy_sets *sets, size_t a, size_t b)
{
	const uint64_t *left = privacy_set(sets, a), *right = privacy_set(sets, b);
	long total = 0;

	for (size_t w = 0; w < sets->words; w++)
		total += __builtin_popcountll(left[w] & ~right[w]);
	return total;
}

static bool privacy_too_close(long difference, long minimum)
{
	return difference > 0 && difference < minimum;
}

/* Within a grouping: while the hidden sets hold fewer than k together (but
 * some), hide the smallest shown one. Sets of one grouping are disjoint. */
static bool privacy_complement(struct privacy_sets *sets, bool *hidden, long minimum,
			       enum privacy_grouping grouping)
{
	long hidden_total = 0, smallest = -1;

	for (size_t n = 0; n < sets->nodes; n++) {
		if (sets->grouping[n] != grouping)
			continue;
		if (hidden[n])
			hidden_total += sets->sizes[n];
		else if (smallest < 0 || sets->sizes[n] < sets->sizes[smallest])
			smallest = (long)n;
	}
	if (hidden_total == 0 || hidden_total >= minimum || smallest < 0)
		return false;
	hidden[smallest] = true;
	return true;
}

/* Any two shown sets differ by 0 or at least k each way; else the smaller
 * (the later on a tie: a group before the whole wave) is hidden. */
static bool privacy_pairs(struct privacy_sets *sets, bool *hidden, long minimum)
{
	for (size_t a = 0; a < sets->nodes; a++) {
		for (size_t b = a + 1; b < sets->nodes && !hidden[a]; b++) {
			if (hidden[b])
				continue;
			if (!privacy_too_close(privacy_difference(sets, a, b), minimum) &&
			    !privacy_too_close(privacy_difference(sets, b, a), minimum))
				continue;
			hidden[sets->sizes[b] <= sets->sizes[a] ? b : a] = true;
			return true;
		}
	}
	return false;
}

static void privacy_suppress(struct privacy_sets *sets, long minimum, bool *hidden)
{
	bool changed = true;

	for (size_t n = 0; n < sets->nodes; n++) {
		sets->sizes[n] = privacy_count(privacy_set(sets, n), sets->words);
		hidden[n] = sets->sizes[n] < minimum;
	}
	while (changed) {
		changed = privacy_complement(sets, hidden, minimum, GROUPING_ROLE) ||
			  privacy_complement(sets, hidden, minimum, GROUPING_SECTOR) ||
			  privacy_pairs(sets, hidden, minimum);
	}
}

static int privacy_compare_names(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Distinct names (roles or sectors) of the respondents, sorted. */
static size_t privacy_names(const struct privacy_respondent *respondents, size_t count,
			    bool sectors, const char **names)
{
	size_t found = 0;

	for (size_t r = 0; r < count; r++) {
		const char *name = sectors ? respondents[r].sector : respondents[r].role;
		bool known = false;

		for (size_t i = 0; i < found && !known; i++)
			known = strcmp(names[i], name) == 0;
		if (!known)
			names[found++] = name;
	}
	qsort(names, found, sizeof(*names), privacy_compare_names);
	return found;
}

static void privacy_add_node(struct privacy_decision *decision, struct privacy_sets *sets,
			     enum privacy_grouping grouping, const char *name)
{
	static const char *const grouping_names[] = { "all", "role", "sector" };
	size_t node = decision->node_count++;

	snprintf(decision->groupings[node], PRIVACY_GROUPING_SIZE, "%s", grouping_names[grouping]);
	snprintf(decision->groups[node], SCORE_KEY_SIZE, "%s", name);
	sets->grouping[node] = grouping;
}

/* Node 0 the whole wave, then roles, then sectors. */
static void privacy_nodes(const struct privacy_respondent *respondents, size_t count,
			  struct privacy_decision *decision, struct privacy_sets *sets)
{
	const char **names = mem_calloc(count + 1, sizeof(*names));
	size_t found;

	decision->groupings = mem_calloc(2 * count + 1, PRIVACY_GROUPING_SIZE);
	decision->groups = mem_calloc(2 * count + 1, SCORE_KEY_SIZE);
	sets->grouping = mem_calloc(2 * count + 1, sizeof(*sets->grouping));
	privacy_add_node(decision, sets, GROUPING_ALL, "");
	found = privacy_names(respondents, count, false, names);
	for (size_t i = 0; i < found; i++)
		privacy_add_node(decision, sets, GROUPING_ROLE, names[i]);
	found = privacy_names(respondents, count, true, names);
	for (size_t i = 0; i < found; i++)
		privacy_add_node(decision, sets, GROUPING_SECTOR, names[i]);
	free(names);
}

static bool privacy_in_node(const struct privacy_decision *decision, size_t node,
			    const struct privacy_respondent *respondent)
{
	if (strcmp(decision->groupings[node], "all") == 0)
		return true;
	return strcmp(decision->groups[node],
		      strcmp(decision->groupings[node], "role") == 0 ? respondent->role
								     : respondent->sector) == 0;
}

/* Whether a respondent answered a shown item of dimension (or of any
 * dimension, when dimension is SIZE_MAX). */
static bool privacy_contributes(const struct score_instrument *instrument,
				const struct privacy_decision *decision,
				const struct privacy_respondent *respondent, size_t dimension)
{
	for (size_t i = 0; i < instrument->item_count; i++) {
		if (respondent->answered[i] && decision->item_shown[i] &&
		    (dimension == SIZE_MAX || instrument->item_dimension[i] == dimension))
			return true;
	}
	return false;
}

static void privacy_fill_sets(const struct score_instrument *instrument,
			      const struct privacy_decision *decision,
			      const struct privacy_respondent *respondents, size_t count,
			      size_t dimension, struct privacy_sets *sets)
{
	memset(sets->bits, 0, sets->nodes * sets->words * sizeof(*sets->bits));
	for (size_t r = 0; r < count; r++) {
		if (!respondents[r].counts ||
		    !privacy_contributes(instrument, decision, &respondents[r], dimension))
			continue;
		for (size_t n = 0; n < sets->nodes; n++) {
			if (privacy_in_node(decision, n, &respondents[r]))
				privacy_set(sets, n)[r / 64] |= (uint64_t)1 << (r % 64);
		}
	}
}

static void privacy_decide_items(const struct score_instrument *instrument,
				 const struct privacy_respondent *respondents, size_t count,
				 long minimum, struct privacy_decision *decision)
{
	for (size_t i = 0; i < instrument->item_count; i++) {
		long answered = 0;

		for (size_t r = 0; r < count; r++)
			answered += respondents[r].counts && respondents[r].answered[i];
		decision->item_shown[i] = answered >= minimum;
	}
}

void privacy_decide(const struct score_instrument *instrument,
		    const struct privacy_respondent *respondents, size_t count, long minimum,
		    struct privacy_decision *decision)
{
	struct privacy_sets sets = { 0 };
	bool *hidden;

	memset(decision, 0, sizeof(*decision));
	privacy_nodes(respondents, count, decision, &sets);
	sets.nodes = decision->node_count;
	sets.words = count / 64 + 1;
	sets.bits = mem_calloc(sets.nodes * sets.words, sizeof(*sets.bits));
	sets.sizes = mem_calloc(sets.nodes, sizeof(*sets.sizes));
	hidden = mem_calloc(sets.nodes, sizeof(*hidden));
	decision->dimension_count = instrument->dimension_count;
	decision->dimension_shown = mem_calloc(sets.nodes * instrument->dimension_count + 1,
					       sizeof(bool));
	decision->overall_shown = mem_calloc(sets.nodes, sizeof(bool));
	privacy_decide_items(instrument, respondents, count, minimum, decision);
	for (size_t d = 0; d <= instrument->dimension_count; d++) {
		bool overall = d == instrument->dimension_count;

		privacy_fill_sets(instrument, decision, respondents, count, overall ? SIZE_MAX : d,
				  &sets);
		privacy_suppress(&sets, minimum, hidden);
		for (size_t n = 0; n < sets.nodes; n++) {
			if (overall)
				decision->overall_shown[n] = !hidden[n];
			else
				decision->dimension_shown[n * instrument->dimension_count + d] = !hidden[n];
		}
	}
	free(hidden);
	free(sets.bits);
	free(sets.sizes);
	free(sets.grouping);
}

void privacy_decision_copy(struct privacy_decision *to, const struct privacy_decision *from)
{
	size_t nodes = from->node_count;

	*to = *from;
	to->groupings = mem_calloc(nodes + 1, PRIVACY_GROUPING_SIZE);
	to->groups = mem_calloc(nodes + 1, SCORE_KEY_SIZE);
	to->dimension_shown = mem_calloc(nodes * from->dimension_count + 1, sizeof(bool));
	to->overall_shown = mem_calloc(nodes + 1, sizeof(bool));
	memcpy(to->groupings, from->groupings, nodes * PRIVACY_GROUPING_SIZE);
	memcpy(to->groups, from->groups, nodes * SCORE_KEY_SIZE);
	memcpy(to->dimension_shown, from->dimension_shown,
	       nodes * from->dimension_count * sizeof(bool));
	memcpy(to->overall_shown, from->overall_shown, nodes * sizeof(bool));
}

void privacy_decision_free(struct privacy_decision *decision)
{
	free(decision->groupings);
	free(decision->groups);
	free(decision->dimension_shown);
	free(decision->overall_shown);
	memset(decision, 0, sizeof(*decision));
}

long privacy_node(const struct privacy_decision *decision, const char *grouping,
		  const char *group)
{
	for (size_t n = 0; n < decision->node_count; n++) {
		if (strcmp(decision->groupings[n], grouping) == 0 &&
		    strcmp(decision->groups[n], group) == 0)
			return (long)n;
	}
	return -1;
}
