#include "gaps.h"

#include <string.h>

#include "json.h"
#include "welch.h"

/* One side of a gap cell: the group's score and the spread its interval
 * rests on; visible false when rule 6 hides it from the caller. */
struct gap_side {
	bool visible;
	struct score_value score, sd;
	long n;
};

static const struct scored_group *gaps_group(const struct scored_wave *wave, const char *role)
{
	for (size_t i = 0; i < wave->group_count; i++) {
		if (strcmp(wave->groups[i].grouping, "role") == 0 &&
		    strcmp(wave->groups[i].group, role) == 0)
			return wave->groups[i].hidden ? NULL : &wave->groups[i];
	}
	return NULL;
}

static json_t *gaps_cell(struct gap_side coproducer, struct gap_side professional)
{
	struct welch_interval interval;
	bool shown = coproducer.visible && professional.visible && coproducer.score.present &&
		     professional.score.present;
	bool ranged = shown && coproducer.sd.present && professional.sd.present &&
		      welch_interval95((struct welch_sample){ coproducer.score.value,
							      coproducer.sd.value, coproducer.n },
				       (struct welch_sample){ professional.score.value,
							      professional.sd.value,
							      professional.n },
				       &interval);
	struct score_value gap = { shown, shown ? coproducer.score.value -
						  professional.score.value : 0.0 };

	return json_pack("{s:o, s:o, s:o, s:o, s:o, s:b}",
			 "coproducer", json_score(coproducer.score, !shown),
			 "professional", json_score(professional.score, !shown),
			 "gap", json_score(gap, !shown),
			 "ci_low", ranged ? json_real(interval.low) : json_null(),
			 "ci_high", ranged ? json_real(interval.high) : json_null(),
			 "suppressed", !shown);
}

static struct gap_side gaps_overall_side(const struct scored_group *group)
{
	struct gap_side side = { 0 };

	if (group == NULL || group->result.overall_hidden)
		return side;
	side.visible = true;
	side.score = group->result.overall;
	side.n = group->overall_n;
	side.sd = group->overall_sd;
	return side;
}

static struct gap_side gaps_dimension_side(const struct scored_group *group, size_t d)
{
	struct gap_side side = { 0 };

	if (group == NULL || group->result.dimensions[d].hidden)
		return side;
	side.visible = true;
	side.score = group->result.dimensions[d].score;
	side.sd = group->result.dimensions[d].sd;
	side.n = group->result.dimensions[d].n;
	return side;
}

static struct gap_side gaps_item_side(const struct scored_group *group, size_t i)
{
	struct gap_side side = { 0 };

	if (group == NULL || group->result.items[i].hidden)
		return side;
	side.visible = true;
	side.score = group->result.items[i].score;
	side.sd = group->result.items[i].sd;
	side.n = group->result.items[i].n;
	return side;
}

json_t *gaps_json(const struct scored *scored)
{
	const struct scored_wave *wave = &scored->waves[0];
	const struct score_instrument *instrument = wave->instrument;
	/* an unpublished wave shows a non-admin nothing (rule 6a) */
	const struct scored_group *coproducer = wave->suppressed ? NULL
								 : gaps_group(wave, "coproducer");
	const struct scored_group *professional = wave->suppressed ? NULL
								   : gaps_group(wave, "professional");
	json_t *dimensions = json_array(), *items = json_array(), *cell;

	for (size_t d = 0; d < instrument->dimension_count; d++) {
		cell = gaps_cell(gaps_dimension_side(coproducer, d),
				 gaps_dimension_side(professional, d));
		json_object_set_new(cell, "key", json_string(instrument->dimension_keys[d]));
		json_array_append_new(dimensions, cell);
	}
	for (size_t i = 0; i < instrument->item_count; i++) {
		cell = gaps_cell(gaps_item_side(coproducer, i), gaps_item_side(professional, i));
		json_object_set_new(cell, "number", json_integer(instrument->item_numbers[i]));
		json_array_append_new(items, cell);
	}
	return json_pack("{s:s, s:s, s:b, s:o, s:o, s:o}", "wave_id", wave->wave_id, "label",
			 wave->label, "published", wave->published, "overall",
			 gaps_cell(gaps_overall_side(coproducer), gaps_overall_side(professional)),
			 "dimensions", dimensions, "items", items);
}

/* A gap (coproducer - professional) when both sides may be shown. */
static json_t *gaps_value(struct gap_side coproducer, struct gap_side professional)
{
	if (!coproducer.visible || !professional.visible || !coproducer.score.present ||
	    !professional.score.present)
		return json_null();
	return json_real(coproducer.score.value - professional.score.value);
}

json_t *gaps_trend_json(const struct scored_wave *wave)
{
	const struct scored_group *coproducer = wave->suppressed ? NULL
								 : gaps_group(wave, "coproducer");
	const struct scored_group *professional = wave->suppressed ? NULL
								   : gaps_group(wave, "professional");
	json_t *dimensions = json_object();

	for (size_t d = 0; d < wave->instrument->dimension_count; d++)
		json_object_set_new(dimensions, wave->instrument->dimension_keys[d],
				    gaps_value(gaps_dimension_side(coproducer, d),
					       gaps_dimension_side(professional, d)));
	return json_pack("{s:o, s:o}", "overall",
			 gaps_value(gaps_overall_side(coproducer), gaps_overall_side(professional)),
			 "dimensions", dimensions);
}
