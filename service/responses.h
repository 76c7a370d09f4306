/* Responses: a member's PUT (one transaction, idempotent), its read-back,
 * who responded, withdrawals and the export; the pure checks of a body. */
#ifndef CACD_RESPONSES_H
#define CACD_RESPONSES_H

#include "crypto.h"
#include "http.h"
#include "scoring.h"

#define RESPONSES_MAX_ANSWERS 200
#define RESPONSES_MAX_ITEM 9999

struct response_answer {
	int item;
	long raw;         /* on the scale */
	bool dont_know;   /* null: counts nowhere */
	double value;     /* on 0-100 */
};

/* A validated PUT body, answers sorted by item number. comment points into
 * the JSON (or is NULL). */
struct response_submission {
	enum score_scale scale;
	size_t count;
	struct response_answer answers[RESPONSES_MAX_ANSWERS];
	const char *comment;
};

/* Pure: checks and converts a PUT body. Field names in messages are
 * "answers.<key>" for a single answer. */
void responses_validate(const json_t *body, struct response_submission *out,
			struct validation *validation);

/* Pure: a digest of what was submitted, the same for the same content
 * whatever the key order or spacing. */
void responses_digest(const struct response_submission *submission,
		      char digest[CRYPTO_SHA256_HEX_SIZE]);

/* Pure: whether key is an item number in canonical decimal ("1", not
 * "01"); the number in *item. */
bool responses_item_key(const char *key, int *item);

/* The answers as two vectors indexed by item number, in PostgreSQL's array
 * text: raw values (NULL unanswered, -1 don't know) and 0-100 values (NULL
 * where nothing counts). Both owned by the caller. */
struct submission_vectors {
	char *answers, *values;
};

/* Pure: puts the answers in item order, as the vectors and digest need. */
void responses_sort(struct response_submission *submission);

/* Pure: the submission's answers as those two vectors. */
void responses_vectors(const struct response_submission *submission,
		       struct submission_vectors *vectors);

void responses_put(struct http_request *request);
/* GET: the caller's own stored response (respondent), or any (admin). */
void responses_get(struct http_request *request);
void responses_list(struct http_request *request);
void responses_withdraw(struct http_request *request);
void responses_export(struct http_request *request);
/* One row of responses_export_rows as the export's table row (also the
 * OData feed's Responses). */
struct csv;
struct db_result;
void responses_export_write(struct csv *table, const struct db_result *rows, int row);

#endif
