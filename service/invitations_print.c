#include "invitations_print.h"

#include "form_view.h"
#include "html.h"
#include "qr.h"

static void invitations_sheet(struct html *html, const struct form_text *text,
			      const struct invitations_round *round, const json_t *entry,
			      const char *date)
{
	const char *link = json_string_value(json_object_get(entry, "link"));

	html_raw(html, "<section class=\"sheet\">\n<h1>");
	html_text(html, text->invite_title);
	html_raw(html, "</h1>\n<p class=\"for\">");
	html_text(html, text->invite_for);
	html_raw(html, " <strong>");
	html_text(html, json_string_value(json_object_get(entry, "label")));
	html_raw(html, "</strong></p>\n<p><strong>");
	html_text(html, round->partnership);
	html_raw(html, "</strong> ");
	html_text(html, text->invite_asks);
	html_raw(html, "</p>\n<p>");
	html_text(html, text->invite_round);
	html_raw(html, " ");
	html_text(html, round->wave_label);
	html_raw(html, ". ");
	html_text(html, text->invite_until);
	html_raw(html, " <strong>");
	html_text(html, date);
	html_raw(html, "</strong>.</p>\n<p>");
	html_text(html, text->invite_scan);
	html_raw(html, "</p>\n<div class=\"code\">");
	(void)qr_svg(html, link, text->invite_qr);
	html_raw(html, "</div>\n<p class=\"link\">");
	html_text(html, link);
	html_raw(html, "</p>\n<p>");
	html_text(html, text->invite_once);
	html_raw(html, "</p>\n</section>\n");
}

char *invitations_print(enum form_language language, const struct invitations_round *round,
			const json_t *data, size_t *length)
{
	const struct form_text *text = form_text(language);
	struct html html;
	char date[48];
	size_t index;
	json_t *entry;

	form_view_date(round->closes_at, language, date, sizeof(date));
	html_init(&html);
	form_view_document(&html, language, text->invite_title, round->partnership,
			   "invitations");
	html_raw(&html, "<main>\n");
	json_array_foreach(data, index, entry)
		invitations_sheet(&html, text, round, entry, date);
	html_raw(&html, "</main>\n</body>\n</html>\n");
	return html_take(&html, length);
}

void invitations_table(struct csv *table, const json_t *data)
{
	static const char *const columns[] = { "label", "role", "sector", "link", "expires_at" };
	size_t index;
	json_t *entry;

	for (size_t c = 0; c < sizeof(columns) / sizeof(columns[0]); c++)
		csv_text(table, columns[c]);
	csv_end_line(table);
	json_array_foreach(data, index, entry) {
		for (size_t c = 0; c < sizeof(columns) / sizeof(columns[0]); c++)
			csv_text(table, json_string_value(json_object_get(entry, columns[c])));
		csv_end_line(table);
	}
}
