#include "gaps.h"

#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "mem.h"
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

static struct gap_cell gaps_cell(struct gap_side coproducer, struct gap_side professional)
{
	struct welch_interval interval;
	struct gap_cell cell = { .level = "overall" };
	bool shown = coproducer.visible && professional.visible && coproducer.score.present &&
		     professional.score.present;

	cell.suppressed = !shown;
	if (!shown)
		return cell;
	cell.coproducer = coproducer.score;
	cell.professional = professional.score;
	cell.gap = (struct score_value){ true, coproducer.score.value - professional.score.value };
	cell.ranged = coproducer.sd.present && professional.sd.present &&
		      welch_interval95((struct welch_sample){ coproducer.score.value,
							      coproducer.sd.value, coproducer.n },
				       (struct welch_sample){ professional.score.value,
							      professional.sd.value,
							      professional.n },
				       &interval);
	if (cell.ranged) {
		cell.ci_low = interval.low;
		cell.ci_high = interval.high;
	}
	return cell;
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

struct gap_cell *gaps_cells(const struct scored *scored, size_t *count)
{
	const struct scored_wave *wave = &scored->waves[0];
	const struct score_instrument *instrument = wave->instrument;
	/* an unpublished wave shows a non-admin nothing (rule 6a) */
	const struct scored_group *coproducer = wave->suppressed ? NULL
								 : gaps_group(wave, "coproducer");
	const struct scored_group *professional = wave->suppressed ? NULL
								   : gaps_group(wave, "professional");
	struct gap_cell *cells = mem_calloc(1 + instrument->dimension_count + instrument->item_count,
					    sizeof(*cells));
	size_t used = 0;

	cells[used++] = gaps_cell(gaps_overall_side(coproducer), gaps_overall_side(professional));
	for (size_t d = 0; d < instrument->dimension_count; d++) {
		cells[used] = gaps_cell(gaps_dimension_side(coproducer, d),
					gaps_dimension_side(professional, d));
		cells[used].level = "dimension";
		cells[used++].key = instrument->dimension_keys[d];
	}
	for (size_t i = 0; i < instrument->item_count; i++) {
		cells[used] = gaps_cell(gaps_item_side(coproducer, i), gaps_item_side(professional, i));
		cells[used].level = "item";
		cells[used].key = instrument->dimension_keys[instrument->item_dimension[i]];
		cells[used++].number = instrument->item_numbers[i];
	}
	*count = used;
	return cells;
}

static json_t *gaps_cell_json(const struct gap_cell *cell)
{
	return json_pack("{s:o, s:o, s:o, s:o, s:o, s:b}",
			 "coproducer", json_score(cell->coproducer, cell->suppressed),
			 "professional", json_score(cell->professional, cell->suppressed),
			 "gap", json_score(cell->gap, cell->suppressed),
			 "ci_low", cell->ranged ? json_real(cell->ci_low) : json_null(),
			 "ci_high", cell->ranged ? json_real(cell->ci_high) : json_null(),
			 "suppressed", cell->suppressed);
}

json_t *gaps_json(const struct scored *scored)
{
	const struct scored_wave *wave = &scored->waves[0];
	json_t *dimensions = json_array(), *items = json_array(), *cell, *overall = NULL;
	size_t count;
	struct gap_cell *cells = gaps_cells(scored, &count);

	for (size_t i = 0; i < count; i++) {
		cell = gaps_cell_json(&cells[i]);
		if (strcmp(cells[i].level, "overall") == 0) {
			overall = cell;
		} else if (strcmp(cells[i].level, "dimension") == 0) {
			json_object_set_new(cell, "key", json_string(cells[i].key));
			json_array_append_new(dimensions, cell);
		} else {
			json_object_set_new(cell, "number", json_integer(cells[i].number));
			json_array_append_new(items, cell);
		}
	}
	free(cells);
	return json_pack("{s:s, s:s, s:b, s:o, s:o, s:o}", "wave_id", wave->wave_id, "label",
			 wave->label, "published", wave->published, "overall", overall,
			 "dimensions", dimensions, "items", items);
}

struct score_value gaps_trend_value(const struct scored_wave *wave, long dimension)
{
	const struct scored_group *coproducer = wave->suppressed ? NULL
								 : gaps_group(wave, "coproducer");
	const struct scored_group *professional = wave->suppressed ? NULL
								   : gaps_group(wave, "professional");
	struct gap_cell cell = dimension < 0
				       ? gaps_cell(gaps_overall_side(coproducer),
						   gaps_overall_side(professional))
				       : gaps_cell(gaps_dimension_side(coproducer, (size_t)dimension),
						   gaps_dimension_side(professional, (size_t)dimension));

	return cell.gap;
}

json_t *gaps_trend_json(const struct scored_wave *wave)
{
	json_t *dimensions = json_object();

	for (size_t d = 0; d < wave->instrument->dimension_count; d++)
		json_object_set_new(dimensions, wave->instrument->dimension_keys[d],
				    json_score(gaps_trend_value(wave, (long)d), false));
	return json_pack("{s:o, s:o}", "overall", json_score(gaps_trend_value(wave, -1), false),
			 "dimensions", dimensions);
}
