/* Content negotiation, pure: which of the media types cacd offers an
 * Accept header prefers, q-values and wildcards honoured (RFC 9110). */
#ifndef CACD_ACCEPT_H
#define CACD_ACCEPT_H

#include <stdbool.h>
#include <stddef.h>

/* The index of the offered type with the highest quality (ties go to the
 * earlier one); 0 when accept is NULL or empty; -1 when it accepts none. */
long accept_choose(const char *accept, const char *const *offered, size_t count);

/* Whether a Content-Type's charset parameter, if it has one, names UTF-8
 * (quoted or not, any case): JSON and CSV bodies are read as UTF-8, so a
 * body declared in another charset would be misread. */
bool accept_charset_is_utf8(const char *content_type);

#endif
