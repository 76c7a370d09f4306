#include "report.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gaps.h"
#include "layouts.h"
#include "mem.h"

/* The page's own words, in the two languages of the instrument. */
enum report_word {
	WORD_TITLE, WORD_RESPONDENTS, WORD_RESPONDENT, WORD_SCALE, WORD_TABLE, WORD_ITEM, WORD_SCORE,
	WORD_OVERALL, WORD_CHART, WORD_PREVIOUS, WORD_CURRENT, WORD_NO_PREVIOUS, WORD_GAP_TITLE,
	WORD_GAP_INTRO, WORD_COPRODUCERS, WORD_PROFESSIONALS, WORD_GAP, WORD_INTERVAL,
	WORD_ATTENTION, WORD_LOWEST, WORD_WIDEST, WORD_CHANGES, WORD_NONE, WORD_DASH_NOTE,
	WORD_UNPUBLISHED,
};

static const char *const report_words[][2] = {
	[WORD_TITLE] = { "Coordinated Action Checklist", "Checklist Gecoördineerde Actie" },
	[WORD_RESPONDENTS] = { "respondents", "respondenten" },
	[WORD_RESPONDENT] = { "respondent", "respondent" },
	[WORD_SCALE] = { "Scores run from 0 to 100.", "Scores lopen van 0 tot 100." },
	[WORD_TABLE] = { "Scores by item and dimension", "Scores per item en dimensie" },
	[WORD_ITEM] = { "Item", "Item" },
	[WORD_SCORE] = { "Score", "Score" },
	[WORD_OVERALL] = { "Overall score", "Totaalscore" },
	[WORD_CHART] = { "Dimensions against the previous round",
			 "Dimensies ten opzichte van de vorige ronde" },
	[WORD_PREVIOUS] = { "previous round", "vorige ronde" },
	[WORD_CURRENT] = { "this round", "deze ronde" },
	[WORD_NO_PREVIOUS] = { "There is no earlier round to compare with.",
			       "Er is geen eerdere ronde om mee te vergelijken." },
	[WORD_GAP_TITLE] = { "Coproducers and professionals", "Coproducenten en professionals" },
	[WORD_GAP_INTRO] = { "Gap = coproducers minus professionals, with its 95% interval.",
			     "Verschil = coproducenten min professionals, met 95%-interval." },
	[WORD_COPRODUCERS] = { "Coproducers", "Coproducenten" },
	[WORD_PROFESSIONALS] = { "Professionals", "Professionals" },
	[WORD_GAP] = { "Gap", "Verschil" },
	[WORD_INTERVAL] = { "95% interval", "95%-interval" },
	[WORD_ATTENTION] = { "Points of attention", "Aandachtspunten" },
	[WORD_LOWEST] = { "Lowest items", "Laagste items" },
	[WORD_WIDEST] = { "Widest gaps between coproducers and professionals",
			  "Grootste verschillen tussen coproducenten en professionals" },
	[WORD_CHANGES] = { "Largest changes since the previous round",
			   "Grootste veranderingen sinds de vorige ronde" },
	[WORD_NONE] = { "none to show", "geen te tonen" },
	[WORD_DASH_NOTE] = { "A dash stands for a number resting on too few respondents to show.",
			     "Een streepje staat voor een getal dat op te weinig respondenten "
			     "rust om te tonen." },
	[WORD_UNPUBLISHED] = { "This round is not closed yet: its scores are published when it "
			       "closes.",
			       "Deze ronde is nog niet gesloten: de scores verschijnen zodra zij "
			       "sluit." },
};

static const char *report_or_empty(const char *text)
{
	return text ? text : "";
}

struct report {
	FILE *out;
	int language;  /* 0 en, 1 nl */
	const char *language_code;
	const struct scored_wave *wave, *previous;
	struct gap_cell *gaps;  /* gaps_cells of the wave: overall, dimensions, items */
	size_t gap_count;
};

static const char *report_word(const struct report *report, enum report_word word)
{
	return report_words[word][report->language];
}

static void report_text(const struct report *report, const char *text)
{
	for (const char *at = text ? text : ""; *at; at++) {
		switch (*at) {
		case '&': fputs("&amp;", report->out); break;
		case '<': fputs("&lt;", report->out); break;
		case '>': fputs("&gt;", report->out); break;
		case '"': fputs("&quot;", report->out); break;
		case '\'': fputs("&#39;", report->out); break;
		default: fputc(*at, report->out);
		}
	}
}

/* A score as the paper prints it, a whole number; a dash when hidden. */
static void report_score(const struct report *report, struct score_value value)
{
	if (value.present)
		fprintf(report->out, "%.0f", value.value);
	else
		fputs("&#8211;", report->out);
}

static void report_head(const struct report *report)
{
	const struct scored_wave *wave = report->wave;

	fprintf(report->out, "<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">"
		"<title>", report->language_code);
	report_text(report, report_word(report, WORD_TITLE));
	fputs(" &#8211; ", report->out);
	report_text(report, wave->label);
	fputs("</title><style>"
	      "body{font-family:sans-serif;margin:2em;color:#1a202c;max-width:60em}"
	      "table{border-collapse:collapse;margin:1em 0;width:100%}"
	      "td,th{border-bottom:1px solid #cbd5e0;padding:.25em .5em;text-align:left}"
	      "td.n{text-align:right;white-space:nowrap}tr.dimension th{background:#edf2f7}"
	      "tr.overall th{background:#e2e8f0}h2{margin-top:1.5em;page-break-after:avoid}"
	      "svg{max-width:100%}section{page-break-inside:avoid}.note{color:#4a5568}"
	      "@media print{body{margin:0}}"
	      "</style></head><body>\n<h1>", report->out);
	report_text(report, report_word(report, WORD_TITLE));
	fputs("</h1>\n<p>", report->out);
	if (json_is_string(wave->partnership)) {
		report_text(report, json_string_value(wave->partnership));
		fputs(" &#183; ", report->out);
	}
	report_text(report, wave->label);
	fprintf(report->out, " &#183; %ld ", wave->n_responses);
	report_text(report, report_word(report, wave->n_responses == 1 ? WORD_RESPONDENT
									: WORD_RESPONDENTS));
	fputs(". ", report->out);
	report_text(report, report_word(report, WORD_SCALE));
	fputs("</p>\n", report->out);
	if (wave->suppressed && !wave->published) {
		fputs("<p class=\"note\">", report->out);
		report_text(report, report_word(report, WORD_UNPUBLISHED));
		fputs("</p>\n", report->out);
	}
}

static struct score_value report_item(const struct scored_wave *wave, size_t item)
{
	struct score_value absent = { false, 0.0 };

	if (wave->all == NULL || wave->suppressed || wave->all->result.items[item].hidden)
		return absent;
	return wave->all->result.items[item].score;
}

/* The table as in the CAC's publications: each dimension with its score,
 * its items below it, the overall score last. */
static void report_table(const struct report *report)
{
	const struct score_instrument *instrument = report->wave->instrument;

	fputs("<section><h2>", report->out);
	report_text(report, report_word(report, WORD_TABLE));
	fputs("</h2>\n<table><thead><tr><th>", report->out);
	report_text(report, report_word(report, WORD_ITEM));
	fputs("</th><th></th><th>", report->out);
	report_text(report, report_word(report, WORD_SCORE));
	fputs("</th></tr></thead><tbody>\n", report->out);
	for (size_t d = 0; d < instrument->dimension_count; d++) {
		fputs("<tr class=\"dimension\"><th colspan=\"2\">", report->out);
		report_text(report, layouts_dimension_name(instrument, d, report->language_code));
		fputs("</th><th class=\"n\">", report->out);
		report_score(report, scores_dimension(report->wave, d));
		fputs("</th></tr>\n", report->out);
		for (size_t i = 0; i < instrument->item_count; i++) {
			if (instrument->item_dimension[i] != d)
				continue;
			fprintf(report->out, "<tr><td class=\"n\">%d</td><td>",
				instrument->item_numbers[i]);
			report_text(report, layouts_item_text(instrument, i, report->language_code));
			fputs("</td><td class=\"n\">", report->out);
			report_score(report, report_item(report->wave, i));
			fputs("</td></tr>\n", report->out);
		}
	}
	fputs("<tr class=\"overall\"><th colspan=\"2\">", report->out);
	report_text(report, report_word(report, WORD_OVERALL));
	fputs("</th><th class=\"n\">", report->out);
	report_score(report, scores_overall(report->wave));
	fputs("</th></tr>\n</tbody></table></section>\n", report->out);
}

#define CHART_LABEL_WIDTH 230
#define CHART_BAR_WIDTH 380
#define CHART_ROW_HEIGHT 44

static void report_bar(const struct report *report, double y, struct score_value value,
		       const char *colour)
{
	if (!value.present)
		return;
	fprintf(report->out,
		"<rect x=\"%d\" y=\"%.0f\" width=\"%.1f\" height=\"14\" fill=\"%s\"/>"
		"<text x=\"%.1f\" y=\"%.0f\" font-size=\"12\">%.0f</text>\n",
		CHART_LABEL_WIDTH, y, value.value * CHART_BAR_WIDTH / 100.0, colour,
		CHART_LABEL_WIDTH + value.value * CHART_BAR_WIDTH / 100.0 + 4, y + 12,
		value.value);
}

/* Horizontal bars per dimension, this round under the previous one, on one
 * 0-100 axis. */
static void report_chart(const struct report *report)
{
	const struct score_instrument *instrument = report->wave->instrument;
	size_t rows = instrument->dimension_count;
	int height = (int)rows * CHART_ROW_HEIGHT + 50;

	fputs("<section><h2>", report->out);
	report_text(report, report_word(report, WORD_CHART));
	fputs("</h2>\n", report->out);
	if (report->previous == NULL) {
		fputs("<p class=\"note\">", report->out);
		report_text(report, report_word(report, WORD_NO_PREVIOUS));
		fputs("</p>\n", report->out);
	}
	fprintf(report->out, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" "
		"height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">\n",
		CHART_LABEL_WIDTH + CHART_BAR_WIDTH + 40, height, CHART_LABEL_WIDTH +
		CHART_BAR_WIDTH + 40, height);
	for (int tick = 0; tick <= 100; tick += 25)
		fprintf(report->out, "<line x1=\"%d\" x2=\"%d\" y1=\"0\" y2=\"%d\" stroke=\"#cbd5e0\"/>"
			"<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%d</text>\n",
			CHART_LABEL_WIDTH + tick * CHART_BAR_WIDTH / 100,
			CHART_LABEL_WIDTH + tick * CHART_BAR_WIDTH / 100, height - 30,
			CHART_LABEL_WIDTH + tick * CHART_BAR_WIDTH / 100, height - 16, tick);
	for (size_t d = 0; d < rows; d++) {
		double y = (double)d * CHART_ROW_HEIGHT + 4;
		long before = report->previous
				      ? score_dimension_index(report->previous->instrument,
							      instrument->dimension_keys[d])
				      : -1;

		fprintf(report->out, "<text x=\"0\" y=\"%.0f\" font-size=\"13\">", y + 20);
		report_text(report, layouts_dimension_name(instrument, d, report->language_code));
		fputs("</text>\n", report->out);
		if (before >= 0)
			report_bar(report, y, scores_dimension(report->previous, (size_t)before),
				   "#a0aec0");
		report_bar(report, y + 17, scores_dimension(report->wave, d), "#2b6cb0");
	}
	fprintf(report->out, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"#a0aec0\"/>"
		"<text x=\"%d\" y=\"%d\" font-size=\"12\">", CHART_LABEL_WIDTH, height - 12,
		CHART_LABEL_WIDTH + 16, height - 2);
	report_text(report, report_word(report, WORD_PREVIOUS));
	fprintf(report->out, "</text><rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" "
		"fill=\"#2b6cb0\"/><text x=\"%d\" y=\"%d\" font-size=\"12\">",
		CHART_LABEL_WIDTH + 150, height - 12, CHART_LABEL_WIDTH + 166, height - 2);
	report_text(report, report_word(report, WORD_CURRENT));
	fputs("</text></svg></section>\n", report->out);
}

static void report_number(const struct report *report, struct score_value value, bool sign)
{
	if (!value.present) {
		fputs("&#8211;", report->out);
		return;
	}
	fprintf(report->out, sign ? "%+.0f" : "%.0f", value.value);
}

static void report_gap_row(const struct report *report, const char *name,
			   const struct gap_cell *cell)
{
	fputs("<tr><td>", report->out);
	report_text(report, name);
	fputs("</td><td class=\"n\">", report->out);
	report_number(report, cell->coproducer, false);
	fputs("</td><td class=\"n\">", report->out);
	report_number(report, cell->professional, false);
	fputs("</td><td class=\"n\">", report->out);
	report_number(report, cell->gap, true);
	fputs("</td><td class=\"n\">", report->out);
	if (cell->ranged) {
		report_number(report, (struct score_value){ true, cell->ci_low }, true);
		fputs(" &#8230; ", report->out);
		report_number(report, (struct score_value){ true, cell->ci_high }, true);
	} else {
		fputs("&#8211;", report->out);
	}
	fputs("</td></tr>\n", report->out);
}

/* The gap cells of one level, in the instrument's order. */
static const struct gap_cell *report_gap_cells(const struct report *report, const char *level,
					       size_t *count)
{
	size_t first = 0;

	while (first < report->gap_count && strcmp(report->gaps[first].level, level) != 0)
		first++;
	*count = 0;
	while (first + *count < report->gap_count &&
	       strcmp(report->gaps[first + *count].level, level) == 0)
		(*count)++;
	return &report->gaps[first];
}

static void report_gaps(const struct report *report)
{
	const struct score_instrument *instrument = report->wave->instrument;
	size_t count, overall_count;
	const struct gap_cell *dimensions = report_gap_cells(report, "dimension", &count);
	const struct gap_cell *overall = report_gap_cells(report, "overall", &overall_count);

	fputs("<section><h2>", report->out);
	report_text(report, report_word(report, WORD_GAP_TITLE));
	fputs("</h2>\n<p class=\"note\">", report->out);
	report_text(report, report_word(report, WORD_GAP_INTRO));
	fputs("</p>\n<table><thead><tr><th></th><th>", report->out);
	report_text(report, report_word(report, WORD_COPRODUCERS));
	fputs("</th><th>", report->out);
	report_text(report, report_word(report, WORD_PROFESSIONALS));
	fputs("</th><th>", report->out);
	report_text(report, report_word(report, WORD_GAP));
	fputs("</th><th>", report->out);
	report_text(report, report_word(report, WORD_INTERVAL));
	fputs("</th></tr></thead><tbody>\n", report->out);
	for (size_t d = 0; d < count; d++)
		report_gap_row(report, layouts_dimension_name(instrument, d, report->language_code),
			       &dimensions[d]);
	if (overall_count == 1)
		report_gap_row(report, report_word(report, WORD_OVERALL), overall);
	fputs("</tbody></table></section>\n", report->out);
}

/* A point of attention: what, and its number. */
struct report_point {
	char label[512];
	double value, rank;  /* rank: what orders the points, largest first */
};

static int report_point_compare(const void *a, const void *b)
{
	const struct report_point *left = a, *right = b;

	return (left->rank < right->rank) - (left->rank > right->rank);
}

/* The three first of points (sorted here), as a list under a heading. */
static void report_points(const struct report *report, enum report_word heading,
			  struct report_point *points, size_t count, bool sign)
{
	qsort(points, count, sizeof(*points), report_point_compare);
	fputs("<h3>", report->out);
	report_text(report, report_word(report, heading));
	fputs("</h3>\n<ul>", report->out);
	if (count == 0) {
		fputs("<li>", report->out);
		report_text(report, report_word(report, WORD_NONE));
		fputs("</li>", report->out);
	}
	for (size_t i = 0; i < count && i < 3; i++) {
		fputs("<li>", report->out);
		report_text(report, points[i].label);
		fprintf(report->out, sign ? " (%+.0f)</li>" : " (%.0f)</li>", points[i].value);
	}
	fputs("</ul>\n", report->out);
}

static void report_attention(const struct report *report)
{
	const struct score_instrument *instrument = report->wave->instrument;
	struct report_point *points = mem_calloc(SCORE_MAX_ITEMS + SCORE_MAX_DIMENSIONS,
						 sizeof(*points));
	size_t count = 0, item_count;
	const struct gap_cell *items = report_gap_cells(report, "item", &item_count);

	fputs("<section><h2>", report->out);
	report_text(report, report_word(report, WORD_ATTENTION));
	fputs("</h2>\n", report->out);
	for (size_t i = 0; i < instrument->item_count; i++) {
		struct score_value score = report_item(report->wave, i);

		if (!score.present)
			continue;
		snprintf(points[count].label, sizeof(points[count].label), "%d. %s",
			 instrument->item_numbers[i],
			 report_or_empty(layouts_item_text(instrument, i, report->language_code)));
		points[count].value = score.value;
		points[count++].rank = -score.value;
	}
	report_points(report, WORD_LOWEST, points, count, false);

	count = 0;
	for (size_t i = 0; i < item_count; i++) {
		if (!items[i].gap.present)
			continue;
		snprintf(points[count].label, sizeof(points[count].label), "%d. %s",
			 instrument->item_numbers[i],
			 report_or_empty(layouts_item_text(instrument, i, report->language_code)));
		points[count].value = items[i].gap.value;
		points[count++].rank = fabs(items[i].gap.value);
	}
	report_points(report, WORD_WIDEST, points, count, true);

	count = 0;
	for (size_t d = 0; report->previous && d < instrument->dimension_count; d++) {
		long before = score_dimension_index(report->previous->instrument,
						    instrument->dimension_keys[d]);
		struct score_value change = score_change(
			before < 0 ? (struct score_value){ false, 0.0 }
				   : scores_dimension(report->previous, (size_t)before),
			scores_dimension(report->wave, d));

		if (!change.present)
			continue;
		snprintf(points[count].label, sizeof(points[count].label), "%s",
			 report_or_empty(layouts_dimension_name(instrument, d,
								report->language_code)));
		points[count].value = change.value;
		points[count++].rank = fabs(change.value);
	}
	report_points(report, WORD_CHANGES, points, count, true);
	free(points);
	fputs("</section>\n<p class=\"note\">", report->out);
	report_text(report, report_word(report, WORD_DASH_NOTE));
	fputs("</p>\n", report->out);
}

char *report_html(const struct scored *scored, const char *language, size_t *length)
{
	struct scored current = *scored;
	struct report report = { 0 };
	char *page = NULL;

	report.language = strcmp(language, "nl") == 0 ? 1 : 0;
	report.language_code = report.language ? "nl" : "en";
	report.wave = &scored->waves[scored->wave_count - 1];
	report.previous = scored->wave_count > 1 ? &scored->waves[scored->wave_count - 2] : NULL;
	current.waves = (struct scored_wave *)report.wave;
	current.wave_count = 1;
	report.gaps = gaps_cells(&current, &report.gap_count);
	report.out = open_memstream(&page, length);
	report_head(&report);
	report_table(&report);
	report_chart(&report);
	report_gaps(&report);
	report_attention(&report);
	fputs("</body></html>\n", report.out);
	fclose(report.out);
	free(report.gaps);
	return page;
}
