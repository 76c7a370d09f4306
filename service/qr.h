/* QR codes as inline SVG (libqrencode), for invitations printed on paper. */
#ifndef CACD_QR_H
#define CACD_QR_H

#include <stdbool.h>

#include "html.h"

/* Writes text as a QR code (error correction M), an <svg> with a quiet
 * zone, labelled for screen readers by label; false when text cannot be
 * encoded. */
bool qr_svg(struct html *html, const char *text, const char *label);

#endif
