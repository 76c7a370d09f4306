#include "qr.h"

#include <qrencode.h>

/* Modules of white around the code, as the standard asks. */
#define QR_QUIET 4

static void qr_row(struct html *html, const QRcode *code, int y)
{
	for (int x = 0; x < code->width;) {
		int run = 0;

		while (x + run < code->width && (code->data[y * code->width + x + run] & 1))
			run++;
		if (run == 0) {
			x++;
			continue;
		}
		html_raw(html, "M");
		html_int(html, x + QR_QUIET);
		html_raw(html, " ");
		html_int(html, y + QR_QUIET);
		html_raw(html, "h");
		html_int(html, run);
		html_raw(html, "v1h-");
		html_int(html, run);
		html_raw(html, "z");
		x += run;
	}
}

bool qr_svg(struct html *html, const char *text, const char *label)
{
	QRcode *code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
	int size;

	if (code == NULL)
		return false;
	size = code->width + 2 * QR_QUIET;
	html_raw(html, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" viewBox=\"0 0 ");
	html_int(html, size);
	html_raw(html, " ");
	html_int(html, size);
	html_raw(html, "\" role=\"img\" aria-label=\"");
	html_text(html, label);
	html_raw(html, "\" shape-rendering=\"crispEdges\"><rect width=\"");
	html_int(html, size);
	html_raw(html, "\" height=\"");
	html_int(html, size);
	html_raw(html, "\" fill=\"#fff\"/><path fill=\"#000\" d=\"");
	for (int y = 0; y < code->width; y++)
		qr_row(html, code, y);
	html_raw(html, "\"/></svg>");
	QRcode_free(code);
	return true;
}
