#include "form_view.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "html.h"

/* ---- the frame every page shares ---- */

void form_view_document(struct html *html, enum form_language language, const char *title,
			const char *subtitle, const char *body_class)
{
	html_raw(html, "<!DOCTYPE html>\n<html lang=\"");
	html_raw(html, form_text(language)->code);
	html_raw(html, "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
		       "content=\"width=device-width, initial-scale=1\">\n<title>");
	html_text(html, title);
	html_raw(html, " – ");
	html_text(html, subtitle);
	html_raw(html, "</title>\n<link rel=\"stylesheet\" href=\"/form.css\">\n</head>\n<body class=\"");
	html_raw(html, body_class);
	html_raw(html, "\">\n");
}

static void form_view_head(struct html *html, enum form_language language, const char *title)
{
	const struct form_text *text = form_text(language);

	form_view_document(html, language, title, text->title, "form");
	html_raw(html, "<header class=\"top\"><p class=\"brand\">");
	html_text(html, text->title);
	html_raw(html, "</p></header>\n<main>\n");
}

/* Whom to ask: the partnership's contact text, or its coordinator. */
static void form_view_contact(struct html *html, const struct form_text *text,
			      const char *partnership, const char *contact)
{
	if (partnership == NULL && contact == NULL)
		return;
	html_raw(html, "<p class=\"contact\">");
	html_text(html, text->questions);
	html_raw(html, " ");
	if (contact != NULL && *contact != '\0') {
		html_text(html, contact);
	} else {
		html_text(html, text->ask_coordinator);
		html_raw(html, " ");
		html_text(html, partnership);
		html_raw(html, ".");
	}
	html_raw(html, "</p>\n");
}

/* The other language, as a link to path (NULL: none; forms switch with a
 * button that keeps the answers instead). */
static void form_view_foot(struct html *html, const struct form_text *text,
			   const char *partnership, const char *contact, const char *path)
{
	html_raw(html, "</main>\n<footer class=\"bottom\">\n");
	form_view_contact(html, text, partnership, contact);
	if (path != NULL) {
		html_raw(html, "<p class=\"language\"><a href=\"");
		html_text(html, path);
		html_raw(html, strchr(path, '?') ? "&amp;lang=" : "?lang=");
		html_raw(html, text->switch_code);
		html_raw(html, "\" lang=\"");
		html_raw(html, text->switch_code);
		html_raw(html, "\" hreflang=\"");
		html_raw(html, text->switch_code);
		html_raw(html, "\">");
		html_text(html, text->switch_to);
		html_raw(html, "</a></p>\n");
	}
	html_raw(html, "</footer>\n</body>\n</html>\n");
}

static void form_view_paragraph(struct html *html, const char *class_name, const char *text)
{
	html_raw(html, class_name ? "<p class=\"" : "<p");
	if (class_name != NULL) {
		html_raw(html, class_name);
		html_raw(html, "\"");
	}
	html_raw(html, ">");
	html_text(html, text);
	html_raw(html, "</p>\n");
}

void form_view_date(const char *timestamp, enum form_language language, char *out, size_t size)
{
	static const char *const dutch[] = { "januari", "februari", "maart", "april", "mei",
					     "juni", "juli", "augustus", "september", "oktober",
					     "november", "december" };
	static const char *const english[] = { "January", "February", "March", "April", "May",
					       "June", "July", "August", "September", "October",
					       "November", "December" };
	int year, month, day;

	if (timestamp == NULL || sscanf(timestamp, "%4d-%2d-%2d", &year, &month, &day) != 3 ||
	    month < 1 || month > 12) {
		snprintf(out, size, "%s", timestamp ? timestamp : "");
		return;
	}
	const char *name = language == FORM_ENGLISH ? english[month - 1] : dutch[month - 1];

	snprintf(out, size, "%d %s %d", day, name, year);
}

static void form_view_until(struct html *html, const struct form_view *view)
{
	char date[48];

	form_view_date(view->closes_at, view->language, date, sizeof(date));
	html_raw(html, "<p>");
	html_text(html, view->text->until);
	html_raw(html, " <strong>");
	html_text(html, date);
	html_raw(html, "</strong>.</p>\n");
}

static char *form_view_end(struct html *html, const struct form_view *view, const char *path,
			   size_t *length)
{
	form_view_foot(html, view->text, view->partnership, view->contact, path);
	return html_take(html, length);
}

/* ---- pages ---- */

char *form_view_welcome(const struct form_view *view, const char *code, size_t *length)
{
	const struct form_text *text = view->text;
	struct html html;
	char path[96];

	html_init(&html);
	form_view_head(&html, view->language, text->welcome);
	html_raw(&html, "<h1>");
	html_text(&html, text->welcome);
	html_raw(&html, "</h1>\n<p>");
	html_text(&html, text->welcome_intro);
	html_raw(&html, " <strong>");
	html_text(&html, view->partnership);
	html_raw(&html, "</strong>.</p>\n<p>");
	html_text(&html, text->welcome_round);
	html_raw(&html, " ");
	html_text(&html, view->wave_label);
	html_raw(&html, "</p>\n");
	form_view_paragraph(&html, NULL, text->welcome_time);
	form_view_paragraph(&html, NULL, text->welcome_private);
	form_view_until(&html, view);
	/* the code is exchanged by this POST, not by opening the link: mail
	 * scanners open links before people do */
	html_raw(&html, "<form method=\"post\" action=\"/i?lang=");
	html_raw(&html, text->code);
	html_raw(&html, "\">\n<input type=\"hidden\" name=\"code\" value=\"");
	html_text(&html, code);
	html_raw(&html, "\">\n<div class=\"actions\"><button type=\"submit\" class=\"primary\">");
	html_text(&html, text->start);
	html_raw(&html, "</button></div>\n</form>\n");
	snprintf(path, sizeof(path), "/i/%s", code);
	return form_view_end(&html, view, path, length);
}

/* The form element's opening, posting back to path. */
static void form_view_form_open(struct html *html, const struct form_view *view,
				const char *path)
{
	html_raw(html, "<form method=\"post\" action=\"");
	html_text(html, path);
	html_raw(html, "?lang=");
	html_raw(html, view->text->code);
	html_raw(html, "\" novalidate>\n<input type=\"hidden\" name=\"csrf\" value=\"");
	html_text(html, view->csrf);
	html_raw(html, "\">\n");
}

static void form_view_button(struct html *html, const char *action, const char *label,
			     bool primary)
{
	html_raw(html, "<button type=\"submit\" name=\"action\" value=\"");
	html_raw(html, action);
	html_raw(html, primary ? "\" class=\"primary\">" : "\">");
	html_text(html, label);
	html_raw(html, "</button>\n");
}

/* The switch to the other language: a button of the form, so that what
 * was entered is kept. Last in the form, so that Enter never presses it. */
static void form_view_form_close(struct html *html, const struct form_text *text)
{
	html_raw(html, "<div class=\"language\"><button type=\"submit\" name=\"action\" "
		       "value=\"lang\" lang=\"");
	html_raw(html, text->switch_code);
	html_raw(html, "\">");
	html_text(html, text->switch_to);
	html_raw(html, "</button></div>\n</form>\n");
}

static void form_view_choice(struct html *html, int number, const char *value,
			     const char *label, bool checked, bool invalid)
{
	html_raw(html, "<label class=\"choice\"><input type=\"radio\" name=\"item-");
	html_int(html, number);
	html_raw(html, "\" value=\"");
	html_raw(html, value);
	html_raw(html, checked ? "\" checked" : "\"");
	if (invalid) {
		html_raw(html, " aria-invalid=\"true\" aria-describedby=\"e");
		html_int(html, number);
		html_raw(html, "\"");
	}
	html_raw(html, "> <span>");
	html_text(html, label);
	html_raw(html, "</span></label>\n");
}

static void form_view_percent(struct html *html, const struct form_view *view,
			      const struct form_item *item, bool invalid)
{
	long answer = view->answers[item->number];
	const char *entered = view->entered[item->number];

	html_raw(html, "<p class=\"hint\" id=\"h");
	html_int(html, item->number);
	html_raw(html, "\">");
	html_text(html, view->text->percent_hint);
	html_raw(html, "</p>\n<label class=\"number\"><span class=\"visually-hidden\">");
	html_text(html, view->text->percent_hint);
	html_raw(html, "</span><input type=\"number\" name=\"item-");
	html_int(html, item->number);
	html_raw(html, "\" min=\"0\" max=\"100\" step=\"1\" inputmode=\"numeric\" "
		       "aria-describedby=\"h");
	html_int(html, item->number);
	if (invalid) {
		html_raw(html, " e");
		html_int(html, item->number);
		html_raw(html, "\" aria-invalid=\"true");
	}
	html_raw(html, "\" value=\"");
	if (entered != NULL && strcmp(entered, "dk") != 0)
		html_text(html, entered);
	else if (entered == NULL && answer >= 0)
		html_int(html, answer);
	html_raw(html, "\"></label>\n");
	form_view_choice(html, item->number, "dk", view->text->dont_know,
			 answer == FORM_DONT_KNOW, false);
}

static void form_view_item(struct html *html, const struct form_view *view,
			   const struct form_item *item)
{
	bool invalid = view->item_error[item->number];
	long answer = view->answers[item->number];

	html_raw(html, "<fieldset class=\"item\" id=\"q");
	html_int(html, item->number);
	html_raw(html, "\">\n<legend><span class=\"number\">");
	html_int(html, item->number);
	html_raw(html, ".</span> ");
	html_text(html, item->text);
	html_raw(html, "</legend>\n");
	if (invalid) {
		html_raw(html, "<p class=\"error\" id=\"e");
		html_int(html, item->number);
		html_raw(html, "\">");
		html_text(html, view->percent ? view->text->error_number : view->text->error_choose);
		html_raw(html, "</p>\n");
	}
	if (view->percent) {
		form_view_percent(html, view, item, invalid);
	} else {
		for (long value = view->minimum; value <= view->maximum; value++) {
			char text[8];

			snprintf(text, sizeof(text), "%ld", value);
			form_view_choice(html, item->number, text,
					 view->labels[value - view->minimum], answer == value, invalid);
		}
		form_view_choice(html, item->number, "dk", view->text->dont_know,
				 answer == FORM_DONT_KNOW, invalid);
	}
	html_raw(html, "</fieldset>\n");
}

static bool form_view_has_errors(const struct form_view *view)
{
	for (size_t i = 0; i < FORM_MAX_ITEM; i++)
		if (view->item_error[i])
			return true;
	return false;
}

static void form_view_notices(struct html *html, const struct form_view *view)
{
	if (form_view_has_errors(view))
		form_view_paragraph(html, "error-summary\" role=\"alert", view->text->error_summary);
	else if (view->saved)
		form_view_paragraph(html, "notice\" role=\"status", view->text->saved);
}

char *form_view_part(const struct form_view *view, int part, size_t *length)
{
	const struct form_text *text = view->text;
	struct html html;
	char path[32];

	html_init(&html);
	form_view_head(&html, view->language, view->part_names[part]);
	html_raw(&html, "<p class=\"progress\">");
	html_text(&html, text->part_of);
	html_raw(&html, " ");
	html_int(&html, part);
	html_raw(&html, " ");
	html_text(&html, text->of);
	html_raw(&html, " ");
	html_int(&html, view->part_count);
	html_raw(&html, "</p>\n<h1>");
	html_text(&html, view->part_names[part]);
	html_raw(&html, "</h1>\n");
	form_view_notices(&html, view);
	snprintf(path, sizeof(path), "/form/%d", part);
	form_view_form_open(&html, view, path);
	for (size_t i = 0; i < view->item_count; i++)
		if (view->items[i].part == part)
			form_view_item(&html, view, &view->items[i]);
	html_raw(&html, "<div class=\"actions\">\n");
	form_view_button(&html, "next", part == view->part_count ? text->to_review : text->next,
			 true);
	form_view_button(&html, "save", text->save, false);
	if (part > 1)
		form_view_button(&html, "prev", text->previous, false);
	html_raw(&html, "</div>\n");
	form_view_form_close(&html, text);
	return form_view_end(&html, view, NULL, length);
}

static void form_view_unanswered(struct html *html, const struct form_view *view)
{
	bool any = false;

	for (size_t i = 0; i < view->item_count; i++) {
		const struct form_item *item = &view->items[i];

		if (view->answers[item->number] != FORM_UNANSWERED)
			continue;
		if (!any)
			html_raw(html, "<ul class=\"unanswered\">\n");
		any = true;
		html_raw(html, "<li><a href=\"/form/");
		html_int(html, item->part);
		html_raw(html, "?lang=");
		html_raw(html, view->text->code);
		html_raw(html, "#q");
		html_int(html, item->number);
		html_raw(html, "\">");
		html_int(html, item->number);
		html_raw(html, ". ");
		html_text(html, item->text);
		html_raw(html, "</a></li>\n");
	}
	if (any)
		html_raw(html, "</ul>\n");
}

char *form_view_review(const struct form_view *view, size_t *length)
{
	const struct form_text *text = view->text;
	bool complete = true;
	struct html html;

	for (size_t i = 0; i < view->item_count; i++)
		complete &= view->answers[view->items[i].number] != FORM_UNANSWERED;
	html_init(&html);
	form_view_head(&html, view->language, text->review);
	html_raw(&html, "<h1>");
	html_text(&html, text->review);
	html_raw(&html, "</h1>\n");
	form_view_notices(&html, view);
	form_view_paragraph(&html, NULL, text->review_intro);
	form_view_paragraph(&html, NULL, complete ? text->all_answered : text->not_answered);
	form_view_unanswered(&html, view);
	form_view_form_open(&html, view, "/form/review");
	html_raw(&html, "<label for=\"comment\" class=\"field\">");
	html_text(&html, text->comment);
	html_raw(&html, "</label>\n<p class=\"hint\" id=\"comment-hint\">");
	html_text(&html, text->comment_hint);
	html_raw(&html, "</p>\n<textarea id=\"comment\" name=\"comment\" rows=\"4\" "
			"maxlength=\"4000\" aria-describedby=\"comment-hint\">");
	html_text(&html, view->comment);
	html_raw(&html, "</textarea>\n<div class=\"actions\">\n");
	form_view_button(&html, "send", text->send, true);
	form_view_button(&html, "prev", text->previous, false);
	html_raw(&html, "</div>\n");
	form_view_form_close(&html, text);
	return form_view_end(&html, view, NULL, length);
}

char *form_view_done(const struct form_view *view, size_t *length)
{
	const struct form_text *text = view->text;
	struct html html;

	html_init(&html);
	form_view_head(&html, view->language, text->thanks);
	html_raw(&html, "<h1>");
	html_text(&html, text->thanks);
	html_raw(&html, "</h1>\n");
	form_view_paragraph(&html, NULL, text->thanks_text);
	form_view_until(&html, view);
	html_raw(&html, "<p><a href=\"/form/1?lang=");
	html_raw(&html, text->code);
	html_raw(&html, "\">");
	html_text(&html, text->change);
	html_raw(&html, " 1</a></p>\n");
	return form_view_end(&html, view, "/form/done", length);
}

char *form_view_problem(enum form_language language, const char *title, const char *text,
			const char *partnership, const char *contact, const char *path,
			size_t *length)
{
	struct html html;

	html_init(&html);
	form_view_head(&html, language, title);
	html_raw(&html, "<h1>");
	html_text(&html, title);
	html_raw(&html, "</h1>\n");
	form_view_paragraph(&html, NULL, text);
	form_view_foot(&html, form_text(language), partnership, contact, path);
	return html_take(&html, length);
}
