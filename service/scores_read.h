/* The score views' model: the rows of a scores_* statement (one per wave
 * and group, see sql/queries/scores.sql) turned into numbers, with privacy
 * rule 6 applied for the caller. Pure but for the layouts it looks up. */
#ifndef CACD_SCORES_READ_H
#define CACD_SCORES_READ_H

#include <jansson.h>
#include <stdbool.h>

#include "db.h"
#include "scoring.h"

struct scored_group {
	const char *grouping;          /* "all", "role" or "sector" */
	const char *group;
	struct score_totals totals;
	struct score_result result;
	bool hidden;
	/* the spread of the group's respondents' own overall means, where the
	 * statement gives it (column overall_spread, sql/queries/scores.sql):
	 * how many, and their sd (absent with fewer than two); else 0 */
	long overall_n;
	struct score_value overall_sd;
};

struct scored_wave {
	const char *wave_id, *partnership_id, *label, *opens_at;
	const char *version;           /* of the wave's totals; "" without responses */
	json_t *partnership;           /* comparisons: name; else NULL */
	json_t *neighbourhood;         /* comparisons: {code, name, ses_score} or null */
	const struct score_instrument *instrument;
	struct scored_group *all;      /* NULL when nobody responded */
	struct scored_group *groups;   /* of the by= grouping */
	size_t group_count;
	long n_responses;
	bool published;                /* closed: non-admins may see its scores */
	bool suppressed;               /* unpublished or too few for this caller */
};

/* Points into rows the request owns; owns what it allocated. */
struct scored {
	const struct db_result *rows;
	struct scored_group *group_pool;
	size_t wave_count;
	struct scored_wave *waves;
	long changed_at;               /* latest change of the totals read, epoch seconds */
};

/* Reads the rows, which must outlive scored, and computes every number as
 * an admin sees it (scores_privacy applies rule 6 for anyone else).
 * DB_ERROR when a row does not parse. */
/* milliseconds: the request's time left, for loading the instruments'
 * layouts on first use. */
enum db_status scores_read(struct scored *scored, const struct db_result *rows,
			   long milliseconds) MUST_CHECK;
void scores_read_free(struct scored *scored);

/* What a caller may see of a wave's numbers (absent when suppressed). */
struct score_value scores_overall(const struct scored_wave *wave);
struct score_value scores_dimension(const struct scored_wave *wave, size_t dimension);
struct score_value scores_dimension_by_key(const struct scored_wave *wave, const char *key);

/* The dimension keys of the first wave's instrument: comparisons line rows
 * up by key, so a wave of another instrument shows null for keys it lacks. */
const struct score_instrument *scores_first_instrument(const struct scored *scored);

/* Competition ranks by overall score (0 = unranked); caller frees. */
long *scores_ranks(const struct scored *scored);

/* Pure: reads a one-dimensional int4 or float8 array in PostgreSQL's binary
 * format into out[1..], indexed as the array is; NULL elements count as 0.
 * Returns the number of elements, or -1 when the bytes are not such an
 * array or it is longer than max. */
long scores_vector_parse(const unsigned char *data, size_t length, double *out, size_t max);

#endif
