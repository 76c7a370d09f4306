/* The arithmetic of the contract's scoring rules, pure: answers to 0-100,
 * item, dimension and overall scores, suppression of small groups. */
#ifndef CACD_SCORING_H
#define CACD_SCORING_H

#include <stdbool.h>
#include <stddef.h>

enum score_scale {
	SCALE_PERCENT,
	SCALE_LIKERT5,
	SCALE_AGREE4,
};

const char *score_scale_name(enum score_scale scale);
bool score_scale_parse(const char *name, enum score_scale *scale);
void score_scale_range(enum score_scale scale, long *minimum, long *maximum);
/* Rule 1: percent v; likert5 (v-1)*25; agree4 (v-1)*100/3. */
double score_to_percent(enum score_scale scale, long value);

#endif
