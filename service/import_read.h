/* Paper forms, imported in bulk (POST /v1/waves/{id}/import): one row per
 * respondent, from CSV or JSON. Pure: rows are read, checked and converted
 * here with every error naming its row and column; the database then
 * stores them all or none (cacd_import_responses). */
#ifndef CACD_IMPORT_READ_H
#define CACD_IMPORT_READ_H

#include <jansson.h>

#include "crypto.h"
#include "scoring.h"
#include "validate.h"

/* At most this many forms in one import. */
#define IMPORT_MAX_ROWS 20000

/* One form, checked. Either member_id names an existing member, or label,
 * role and sector describe a new one. */
struct import_row {
	char member_id[UUID_TEXT_SIZE];  /* "" for a new member */
	const char *label;               /* points into the batch's JSON */
	const char *role, *sector;
	enum score_scale scale;
	char *answers, *values;          /* PostgreSQL array text, owned */
	char digest[CRYPTO_SHA256_HEX_SIZE];
};

struct import_batch {
	size_t count;
	struct import_row *rows;
	json_t *source;  /* the rows as JSON objects (CSV converted), owned */
};

/* A CSV body: a header line naming the columns (member_id, label, role,
 * sector, scale, and item numbers), then one line per form. Errors name
 * the row (1 = the line after the header) and the column. */
void import_read_csv(const char *text, size_t length, struct import_batch *out,
		     struct validation *validation);

/* A JSON body {"rows":[{"member_id":..,"1":4,"2":"dk"},..]}: item values
 * are whole numbers on the scale, "dk" for don't know, null or absent for
 * unanswered. Takes a reference to body. */
void import_read_json(json_t *body, struct import_batch *out, struct validation *validation);

/* The rows as the JSON array cacd_import_responses takes; caller frees. */
char *import_batch_encode(const struct import_batch *batch);

void import_batch_free(struct import_batch *batch);

#endif
