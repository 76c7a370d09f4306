/* Privacy rule 6 on made-up partnerships: the attacks that read one
 * member's answers back, and a property test over random partnerships
 * whose checker recomputes every published set on its own. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "privacy.h"

/* Two dimensions: items 1-2 in "a", item 3 in "b". */
static void instrument_small(struct score_instrument *instrument)
{
	memset(instrument, 0, sizeof(*instrument));
	instrument->item_count = 3;
	instrument->dimension_count = 2;
	strcpy(instrument->dimension_keys[0], "a");
	strcpy(instrument->dimension_keys[1], "b");
	for (int i = 0; i < 3; i++)
		instrument->item_numbers[i] = i + 1;
	instrument->item_dimension[2] = 1;
}

static struct privacy_respondent person(bool counts, const char *role, const char *sector,
					const char *answered)
{
	struct privacy_respondent respondent = { counts, role, sector, { false } };

	for (size_t i = 0; answered[i]; i++)
		respondent.answered[i] = answered[i] == 'x';
	return respondent;
}

static bool overall_shown(const struct privacy_decision *decision, const char *grouping,
			  const char *group)
{
	long node = privacy_node(decision, grouping, group);

	cr_assert_geq(node, 0, "no node %s %s", grouping, group);
	return decision->overall_shown[node];
}

Test(privacy, a_lone_item_is_hidden_alone)
{
	struct score_instrument instrument;
	struct privacy_decision decision;
	struct privacy_respondent people[] = {
		person(true, "professional", "welfare", "xx."),
		person(true, "professional", "welfare", "xx."),
		person(true, "professional", "welfare", "xxx"),
	};

	instrument_small(&instrument);
	privacy_decide(&instrument, people, 3, 3, &decision);
	cr_assert(decision.item_shown[0] && decision.item_shown[1]);
	cr_assert(!decision.item_shown[2], "item 3 rests on one respondent");
	cr_assert(decision.dimension_shown[0], "dimension a rests on three");
	cr_assert(!decision.dimension_shown[1], "dimension b has no shown item");
	cr_assert(overall_shown(&decision, "all", ""));
	privacy_decision_free(&decision);
}

Test(privacy, coordinator_entries_do_not_count_toward_k)
{
	struct score_instrument instrument;
	struct privacy_decision decision;
	struct privacy_respondent people[] = {
		person(true, "professional", "welfare", "xxx"),
		person(false, "professional", "welfare", "xxx"),
		person(false, "professional", "welfare", "xxx"),
	};

	instrument_small(&instrument);
	privacy_decide(&instrument, people, 3, 3, &decision);
	cr_assert(!decision.item_shown[0]);
	cr_assert(!overall_shown(&decision, "all", ""));
	privacy_decision_free(&decision);
}

/* Citizens are the three coproducers and one professional: citizen minus
 * coproducer would be that one professional. */
Test(privacy, groupings_that_differ_by_fewer_than_k_are_not_both_shown)
{
	struct score_instrument instrument;
	struct privacy_decision decision;
	struct privacy_respondent people[] = {
		person(true, "coproducer", "citizen", "xxx"),
		person(true, "coproducer", "citizen", "xxx"),
		person(true, "coproducer", "citizen", "xxx"),
		person(true, "professional", "citizen", "xxx"),
		person(true, "professional", "health_care", "xxx"),
		person(true, "professional", "health_care", "xxx"),
		person(true, "professional", "health_care", "xxx"),
		person(true, "professional", "health_care", "xxx"),
	};

	instrument_small(&instrument);
	privacy_decide(&instrument, people, 8, 3, &decision);
	cr_assert(overall_shown(&decision, "all", ""));
	cr_assert(!(overall_shown(&decision, "sector", "citizen") &&
		    overall_shown(&decision, "role", "coproducer")));
	cr_assert(!(overall_shown(&decision, "sector", "health_care") &&
		    overall_shown(&decision, "role", "professional")));
	privacy_decision_free(&decision);
}

/* One grouping of groups of these sizes, everyone counting and answering
 * everything: which groups' overall scores are hidden. */
Test(privacy, groups_within_a_grouping)
{
	static const struct {
		int sizes[4];
		size_t count;
		long minimum;
		bool hidden[4];
	} rows[] = {
		{ { 5, 4, 3 }, 3, 3, { false, false, false } },
		{ { 10, 2 }, 2, 3, { true, true } },            /* 2 alone would leak from the total */
		{ { 10, 5, 2 }, 3, 3, { false, true, true } },  /* smallest shown goes too */
		{ { 10, 1, 1, 1 }, 4, 3, { false, true, true, true } }, /* 3 hidden together: enough */
		{ { 2, 2 }, 2, 3, { true, true } },
		{ { 4, 1, 6 }, 3, 3, { true, true, false } },
		{ { 7 }, 1, 3, { false } },
		{ { 1 }, 1, 1, { false } },
	};
	static const char *const names[] = { "g0", "g1", "g2", "g3" };
	struct score_instrument instrument;

	instrument_small(&instrument);
	for (size_t r = 0; r < sizeof(rows) / sizeof(rows[0]); r++) {
		struct privacy_respondent people[40];
		struct privacy_decision decision;
		size_t count = 0;

		for (size_t g = 0; g < rows[r].count; g++) {
			for (int m = 0; m < rows[r].sizes[g]; m++)
				people[count++] = person(true, names[g], "welfare", "xxx");
		}
		privacy_decide(&instrument, people, count, rows[r].minimum, &decision);
		for (size_t g = 0; g < rows[r].count; g++)
			cr_expect_eq(!overall_shown(&decision, "role", names[g]), rows[r].hidden[g],
				     "row %zu group %zu", r, g);
		privacy_decision_free(&decision);
	}
}

/* ---- the property test ---- */

static const char *const roles[] = { "professional", "coproducer", "volunteer", "coordinator" };
static const char *const sectors[] = { "health_care", "welfare", "citizen", "police", "housing" };

/* Bit r set: respondent r counts, is in the aggregate and answered a shown
 * item of the cell (dimension d, or any when d < 0). Written apart from
 * privacy.c. */
static unsigned long long checker_set(const struct score_instrument *instrument,
				      const struct privacy_decision *decision,
				      const struct privacy_respondent *people, size_t count,
				      size_t node, long d)
{
	unsigned long long set = 0;

	for (size_t r = 0; r < count; r++) {
		const char *grouping = decision->groupings[node], *group = decision->groups[node];
		bool member = strcmp(grouping, "all") == 0 ||
			      strcmp(group, strcmp(grouping, "role") == 0 ? people[r].role
									: people[r].sector) == 0;
		bool answered = false;

		for (size_t i = 0; i < instrument->item_count; i++)
			answered |= people[r].answered[i] && decision->item_shown[i] &&
				    (d < 0 || instrument->item_dimension[i] == (size_t)d);
		if (people[r].counts && member && answered)
			set |= 1ULL << r;
	}
	return set;
}

static void checker_cell(const struct score_instrument *instrument,
			 const struct privacy_decision *decision,
			 const struct privacy_respondent *people, size_t count, long k, long d)
{
	for (size_t a = 0; a < decision->node_count; a++) {
		bool shown_a = d < 0 ? decision->overall_shown[a]
				     : decision->dimension_shown[a * decision->dimension_count + (size_t)d];
		unsigned long long set_a = checker_set(instrument, decision, people, count, a, d);

		if (!shown_a)
			continue;
		cr_assert_geq(__builtin_popcountll(set_a), k, "a shown cell rests on fewer than k");
		for (size_t b = 0; b < decision->node_count; b++) {
			bool shown_b = d < 0 ? decision->overall_shown[b]
					     : decision->dimension_shown[b * decision->dimension_count + (size_t)d];
			unsigned long long set_b = checker_set(instrument, decision, people, count, b, d);
			int only_a = __builtin_popcountll(set_a & ~set_b);

			if (b != a && shown_b)
				cr_assert(only_a == 0 || only_a >= k,
					  "%s %s and %s %s differ by %d (k %ld)", decision->groupings[a],
					  decision->groups[a], decision->groupings[b],
					  decision->groups[b], only_a, k);
		}
	}
}

Test(privacy, random_partnerships_keep_every_published_set_apart)
{
	struct score_instrument instrument;

	instrument_small(&instrument);
	srand(6);
	for (int round = 0; round < 400; round++) {
		size_t count = 5 + (size_t)(rand() % 36);
		long k = 2 + rand() % 4;
		struct privacy_respondent people[40];
		struct privacy_decision decision;

		for (size_t r = 0; r < count; r++) {
			people[r] = (struct privacy_respondent){ rand() % 5 != 0,
				roles[rand() % 4], sectors[rand() % 5], { false } };
			for (size_t i = 0; i < instrument.item_count; i++)
				people[r].answered[i] = rand() % 4 != 0;
		}
		privacy_decide(&instrument, people, count, k, &decision);
		for (size_t i = 0; i < instrument.item_count; i++) {
			int answered = 0;

			for (size_t r = 0; r < count; r++)
				answered += people[r].counts && people[r].answered[i];
			cr_assert_eq(decision.item_shown[i], answered >= k);
		}
		for (long d = -1; d < (long)instrument.dimension_count; d++)
			checker_cell(&instrument, &decision, people, count, k, d);
		privacy_decision_free(&decision);
	}
}
