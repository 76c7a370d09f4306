#include "html.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"

void html_init(struct html *html)
{
	html->capacity = 4096;
	html->text = mem_alloc(html->capacity);
	html->text[0] = '\0';
	html->length = 0;
}

static void html_append(struct html *html, const char *bytes, size_t length)
{
	if (html->length + length + 1 > html->capacity) {
		while (html->length + length + 1 > html->capacity)
			html->capacity *= 2;
		html->text = mem_realloc(html->text, html->capacity);
	}
	memcpy(html->text + html->length, bytes, length);
	html->length += length;
	html->text[html->length] = '\0';
}

void html_raw(struct html *html, const char *markup)
{
	html_append(html, markup, strlen(markup));
}

void html_text(struct html *html, const char *text)
{
	for (const char *at = text; at != NULL && *at != '\0';) {
		size_t plain = strcspn(at, "&<>\"'");
		const char *entity = NULL;

		html_append(html, at, plain);
		at += plain;
		switch (*at) {
		case '&': entity = "&amp;"; break;
		case '<': entity = "&lt;"; break;
		case '>': entity = "&gt;"; break;
		case '"': entity = "&quot;"; break;
		case '\'': entity = "&#39;"; break;
		default: return;
		}
		html_append(html, entity, strlen(entity));
		at++;
	}
}

void html_int(struct html *html, long value)
{
	char digits[24];

	html_append(html, digits, (size_t)snprintf(digits, sizeof(digits), "%ld", value));
}

char *html_take(struct html *html, size_t *length)
{
	char *text = html->text;

	*length = html->length;
	html->text = NULL;
	html->length = html->capacity = 0;
	return text;
}
