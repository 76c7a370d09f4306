/* The words of the form's pages, in plain Dutch and in English. */
#ifndef CACD_FORM_TEXT_H
#define CACD_FORM_TEXT_H

enum form_language {
	FORM_DUTCH,
	FORM_ENGLISH,
};

struct form_text {
	const char *code;          /* "nl", "en" */
	const char *title;
	const char *switch_to;     /* the other language's name, in that language */
	const char *switch_code;   /* its code */
	const char *welcome;
	const char *welcome_intro; /* before the partnership's name */
	const char *welcome_round; /* before the round's label */
	const char *welcome_time;
	const char *welcome_private;
	const char *until;         /* "You can change your answers until" */
	const char *start;
	const char *part_of;       /* "Deel %d van %d": two numbers follow */
	const char *of;
	const char *dont_know;
	const char *next, *previous, *save, *to_review;
	const char *saved;
	const char *review, *review_intro, *all_answered, *not_answered, *change;
	const char *comment, *comment_hint, *send;
	const char *thanks, *thanks_text;
	const char *error_summary, *error_choose, *error_number;
	const char *questions;     /* "Questions?" before the contact */
	const char *ask_coordinator; /* without a contact text */
	const char *used_title, *used_text;
	const char *unknown_title, *unknown_text;
	const char *closed_title, *closed_text;
	const char *early_title, *early_text;
	const char *session_title, *session_text;
	const char *forgery_title, *forgery_text;
	const char *percent_hint;
	/* the printed invitation */
	const char *invite_title, *invite_for, *invite_asks, *invite_round, *invite_until;
	const char *invite_scan, *invite_once, *invite_qr;
};

const struct form_text *form_text(enum form_language language);
/* "nl" or "en" (anything else: Dutch). */
enum form_language form_language_of(const char *code);

#endif
