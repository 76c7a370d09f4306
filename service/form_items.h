/* An instrument's items as the form shows them (number, part, texts in
 * Dutch and English), read once per instrument and kept for the life of the
 * process: the instrument's texts change only with a migration, which a
 * restart brings in. Safe for the worker threads. */
#ifndef CACD_FORM_ITEMS_H
#define CACD_FORM_ITEMS_H

#include "form_view.h"
#include "http.h"

/* Fills the view's items and part names in its language from the kept
 * texts of instrument (read with the request's database call the first
 * time); false when they cannot be read. */
bool form_items_fill(struct http_request *request, const char *instrument,
		     struct form_view *view) MUST_CHECK;

#endif
