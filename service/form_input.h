/* What a form page posts (application/x-www-form-urlencoded), read into a
 * plain struct before anything else looks at it. Pure. */
#ifndef CACD_FORM_INPUT_H
#define CACD_FORM_INPUT_H

#include <stdbool.h>
#include <stddef.h>

#define FORM_MAX_ITEM 64          /* item numbers 1..FORM_MAX_ITEM - 1 */
#define FORM_COMMENT_SIZE 4001    /* the API's limit, 4000 characters */

/* An answer: a value on the scale, don't know, or none. */
#define FORM_UNANSWERED (-2)
#define FORM_DONT_KNOW (-1)

struct form_input {
	char csrf[72];
	char action[16];      /* next, prev, save, lang, send */
	char code[64];        /* the welcome page's invitation code */
	bool has_comment;
	char comment[FORM_COMMENT_SIZE];
	/* per item number: the text posted for item-N, or NULL when absent */
	char *values[FORM_MAX_ITEM];
	bool malformed;       /* a field that is no field of any form page */
};

/* Reads body (length bytes, not NUL-terminated); values point into storage
 * the input owns. */
void form_input_parse(const char *body, size_t length, struct form_input *input);
void form_input_free(struct form_input *input);

/* Pure: an answer's posted text on a scale of minimum..maximum: the value,
 * FORM_DONT_KNOW for "dk", FORM_UNANSWERED for NULL or ""; false when it is
 * none of these (a tampered form). */
bool form_input_answer(const char *text, long minimum, long maximum, long *answer);

/* Pure: PostgreSQL array text of raw answers ("{3,NULL,-1}") into answers
 * by item number (FORM_UNANSWERED where none). */
void form_input_stored(const char *array, long answers[FORM_MAX_ITEM]);

#endif
