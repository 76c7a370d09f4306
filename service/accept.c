#include "accept.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* One media range of the header: its type, and where it ends. */
struct accept_range {
	const char *type;
	size_t type_length;
	double quality;
};

static const char *accept_skip_spaces(const char *at)
{
	while (*at == ' ' || *at == '\t')
		at++;
	return at;
}

/* Parses the range at *at and moves *at past it. */
static struct accept_range accept_next(const char **at)
{
	struct accept_range range = { accept_skip_spaces(*at), 0, 1.0 };
	const char *end = range.type + strcspn(range.type, ",");
	const char *parameter = range.type + strcspn(range.type, ";,");

	range.type_length = (size_t)(parameter - range.type);
	while (range.type_length > 0 && (range.type[range.type_length - 1] == ' ' ||
					  range.type[range.type_length - 1] == '\t'))
		range.type_length--;
	while (parameter < end && *parameter == ';') {
		parameter = accept_skip_spaces(parameter + 1);
		if ((parameter[0] == 'q' || parameter[0] == 'Q') && parameter[1] == '=')
			range.quality = strtod(parameter + 2, NULL);
		parameter += strcspn(parameter, ";,");
	}
	*at = *end == ',' ? end + 1 : end;
	return range;
}

/* How specifically a range names a type: 3 exactly, 2 type/x, 1 x/x, 0 not. */
static int accept_specificity(const struct accept_range *range, const char *type)
{
	size_t slash = strcspn(type, "/");

	if (range->type_length == strlen(type) &&
	    strncasecmp(range->type, type, range->type_length) == 0)
		return 3;
	if (range->type_length == slash + 2 && strncasecmp(range->type, type, slash + 1) == 0 &&
	    range->type[slash + 1] == '*')
		return 2;
	if (range->type_length == 3 && strncmp(range->type, "*/*", 3) == 0)
		return 1;
	return 0;
}

static double accept_quality(const char *accept, const char *type)
{
	double quality = 0.0;
	int best = 0;

	for (const char *at = accept; *accept_skip_spaces(at) != '\0';) {
		struct accept_range range = accept_next(&at);
		int specificity = accept_specificity(&range, type);

		if (specificity > best) {
			best = specificity;
			quality = range.quality;
		}
	}
	return quality;
}

long accept_choose(const char *accept, const char *const *offered, size_t count)
{
	double best = 0.0;
	long chosen = -1;

	if (accept == NULL || *accept_skip_spaces(accept) == '\0')
		return 0;
	for (size_t i = 0; i < count; i++) {
		double quality = accept_quality(accept, offered[i]);

		if (quality > best) {
			best = quality;
			chosen = (long)i;
		}
	}
	return chosen;
}

/* The value of parameter name in a media type's parameters, copied to out
 * without quotes; false when absent. */
static bool accept_parameter(const char *type, const char *name, char *out, size_t size)
{
	size_t name_length = strlen(name);

	for (const char *at = strchr(type, ';'); at != NULL; at = strchr(at + 1, ';')) {
		const char *key = at + 1 + strspn(at + 1, " \t");
		size_t length;

		if (strncasecmp(key, name, name_length) != 0 || key[name_length] != '=')
			continue;
		key += name_length + 1;
		if (*key == '"')
			key++;
		length = strcspn(key, "\"; \t");
		if (length >= size)
			length = size - 1;
		memcpy(out, key, length);
		out[length] = '\0';
		return true;
	}
	return false;
}

bool accept_charset_is_utf8(const char *content_type)
{
	char charset[32];

	if (content_type == NULL || !accept_parameter(content_type, "charset", charset,
						      sizeof(charset)))
		return true;
	return strcasecmp(charset, "utf-8") == 0 || strcasecmp(charset, "utf8") == 0;
}
