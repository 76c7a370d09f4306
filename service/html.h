/* HTML written for people (the form, invitations): a growing buffer where
 * markup goes in as literals and every other text through html_text, the
 * one place that escapes. Pure. */
#ifndef CACD_HTML_H
#define CACD_HTML_H

#include <stddef.h>

struct html {
	char *text;   /* NUL-terminated; owned */
	size_t length, capacity;
};

void html_init(struct html *html);
/* Markup, as written in cacd's own code: never text from a request or the
 * database. */
void html_raw(struct html *html, const char *markup);
/* Any other text, escaped for element content and quoted attribute values
 * alike (& < > " '). NULL writes nothing. */
void html_text(struct html *html, const char *text);
void html_int(struct html *html, long value);
/* Takes the text out (the caller frees it) and leaves html empty. */
char *html_take(struct html *html, size_t *length);

#endif
