/* Privacy rule 6 for published waves, pure: which cells of which aggregates
 * a non-admin may see, decided from who responded, with what source, in
 * which role and sector, and which items each answered.
 *
 * Only respondents who count toward k (rule 6c: their own invitation, an
 * admin, an import) are in the sets below; the others still count in the
 * numbers, but a coordinator who entered them knows them already.
 *
 * 1. An item of the whole wave is shown when at least k counting
 *    respondents answered it (6b). Only shown items go into dimension
 *    scores and the overall score, for the wave and for every group.
 * 2. For each dimension, and for the overall score, the set behind an
 *    aggregate (the wave, each role, each sector) is its counting
 *    respondents who answered at least one shown item of it. A set of fewer
 *    than k is hidden (6b); within a grouping, while the hidden sets hold
 *    fewer than k together, the smallest shown one is hidden too; and any
 *    two shown sets must differ by 0 or at least k each way, or the smaller
 *    is hidden (6d). This repeats until nothing changes. */
#ifndef CACD_PRIVACY_H
#define CACD_PRIVACY_H

#include <stdbool.h>
#include <stddef.h>

#include "scoring.h"

#define PRIVACY_GROUPING_SIZE 8

struct privacy_respondent {
	bool counts;               /* toward k (rule 6c) */
	const char *role;
	const char *sector;
	bool answered[SCORE_MAX_ITEMS];  /* by the instrument's item index */
};

/* The aggregates: node 0 is the whole wave ("all", ""), then each role,
 * then each sector, in name order. Owns all of its memory. */
struct privacy_decision {
	size_t node_count;
	char (*groupings)[PRIVACY_GROUPING_SIZE];
	char (*groups)[SCORE_KEY_SIZE];
	size_t dimension_count;
	bool item_shown[SCORE_MAX_ITEMS];   /* of the whole wave, by item index */
	bool *dimension_shown;              /* [node * dimension_count + d] */
	bool *overall_shown;                /* [node] */
};

void privacy_decide(const struct score_instrument *instrument,
		    const struct privacy_respondent *respondents, size_t count, long minimum,
		    struct privacy_decision *decision);
void privacy_decision_copy(struct privacy_decision *to, const struct privacy_decision *from);
void privacy_decision_free(struct privacy_decision *decision);

/* The node of an aggregate, or -1 when it has none (nobody in it). */
long privacy_node(const struct privacy_decision *decision, const char *grouping,
		  const char *group);

#endif
