/* The form's pages as HTML, from a plain model: pure, no I/O. Every text
 * from the database or the request goes through html_text (html.h). Pages
 * work without JavaScript and use one stylesheet, /form.css. */
#ifndef CACD_FORM_VIEW_H
#define CACD_FORM_VIEW_H

#include <stdbool.h>
#include <stddef.h>

#include "form_input.h"
#include "form_text.h"

#define FORM_MAX_PARTS 12
#define FORM_MAX_CATEGORIES 5

struct form_item {
	int number;
	int part;              /* 1-based */
	const char *text;      /* in the page's language */
};

struct form_view {
	enum form_language language;
	const struct form_text *text;
	const char *partnership, *contact, *wave_label, *closes_at, *member_label;
	const char *csrf;
	bool percent;                             /* a number field 0-100, else radios */
	long minimum, maximum;
	const char *labels[FORM_MAX_CATEGORIES];  /* for minimum..maximum */
	size_t item_count;
	struct form_item items[FORM_MAX_ITEM];
	int part_count;
	const char *part_names[FORM_MAX_PARTS + 1];  /* by part number */
	long answers[FORM_MAX_ITEM];              /* by item number; FORM_UNANSWERED */
	const char *comment;
	/* a page sent back: what was entered and where it was wrong */
	bool item_error[FORM_MAX_ITEM];
	const char *entered[FORM_MAX_ITEM];
	bool saved;
};

/* Each returns a page (caller frees; *length its size). */
char *form_view_welcome(const struct form_view *view, const char *code, size_t *length);
char *form_view_part(const struct form_view *view, int part, size_t *length);
char *form_view_review(const struct form_view *view, size_t *length);
char *form_view_done(const struct form_view *view, size_t *length);
/* A page that says what happened and whom to ask; partnership and contact
 * may be NULL. */
char *form_view_problem(enum form_language language, const char *title, const char *text,
			const char *partnership, const char *contact, const char *path,
			size_t *length);

/* The start of any page for people, up to and with <body>: language,
 * viewport, "title – subtitle" and the one stylesheet. */
struct html;
void form_view_document(struct html *html, enum form_language language, const char *title,
			const char *subtitle, const char *body_class);

/* Pure: "2099-01-01T00:00:00Z" as "1 januari 2099" / "1 January 2099". */
void form_view_date(const char *timestamp, enum form_language language, char *out,
		    size_t size);

#endif
