#include "json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static size_t json_depth(const json_t *value)
{
	size_t deepest = 0;

	if (json_is_object(value)) {
		const char *key;
		json_t *child;

		json_object_foreach((json_t *)value, key, child) {
			size_t depth = json_depth(child);

			(void)key;
			if (depth > deepest)
				deepest = depth;
		}
		return deepest + 1;
	}
	if (json_is_array(value)) {
		size_t index;
		json_t *child;

		json_array_foreach(value, index, child) {
			size_t depth = json_depth(child);

			if (depth > deepest)
				deepest = depth;
		}
		return deepest + 1;
	}
	return 0;
}

/* The end of the number token that starts at text[i]. */
static size_t json_number_end(const char *text, size_t length, size_t i)
{
	while (i < length && strchr("0123456789+-.eE", text[i]) != NULL && text[i] != '\0')
		i++;
	return i;
}

/* Whether a number token has a non-zero digit before its exponent, yet
 * reads as 0: it underflowed (1e-400), which Jansson takes as 0 silently. */
static bool json_number_underflows(const char *token, size_t length)
{
	char copy[512];
	bool nonzero = false;

	for (size_t i = 0; i < length && token[i] != 'e' && token[i] != 'E'; i++)
		nonzero = nonzero || (token[i] >= '1' && token[i] <= '9');
	if (!nonzero)
		return false;
	if (length >= sizeof(copy))
		return true; /* over 500 characters of number: no request needs it */
	memcpy(copy, token, length);
	copy[length] = '\0';
	return strtod(copy, NULL) == 0.0;
}

bool json_find_underflow(const char *text, size_t length, int *line, int *column)
{
	bool in_string = false;
	int at_line = 1, at_column = 0;

	for (size_t i = 0; i < length; i++, at_column++) {
		char c = text[i];

		if (c == '\n') {
			at_line++;
			at_column = -1;
		} else if (in_string) {
			if (c == '\\')
				i++, at_column++;
			else if (c == '"')
				in_string = false;
		} else if (c == '"') {
			in_string = true;
		} else if (c == '-' || (c >= '0' && c <= '9')) {
			size_t end = json_number_end(text, length, i);

			if (json_number_underflows(text + i, end - i)) {
				*line = at_line;
				*column = at_column + 1;
				return true;
			}
			at_column += (int)(end - i) - 1;
			i = end - 1;
		}
	}
	return false;
}

enum json_decode_outcome json_decode_object(const char *body, size_t length, json_t **out,
					    char *detail, size_t detail_size,
					    struct validation *validation)
{
	json_error_t error;
	json_t *root;

	*out = NULL;
	if (length == 0) {
		snprintf(detail, detail_size, "the request body is empty; a JSON object is expected");
		return JSON_MALFORMED;
	}
	root = json_loadb(body, length, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, &error);
	if (root == NULL) {
		enum json_error_code code = json_error_code(&error);

		if (code == json_error_duplicate_key || code == json_error_numeric_overflow) {
			snprintf(detail, detail_size, "the JSON is well-formed but not acceptable");
			validation_add(validation, "body", "line %d column %d: %s", error.line,
				       error.column, error.text);
			return JSON_INVALID;
		}
		snprintf(detail, detail_size, "malformed JSON at line %d column %d: %s",
			 error.line, error.column, error.text);
		return JSON_MALFORMED;
	}
	int line, column;

	if (json_find_underflow(body, length, &line, &column)) {
		json_decref(root);
		snprintf(detail, detail_size, "the JSON is well-formed but not acceptable");
		validation_add(validation, "body", "line %d column %d: real number underflow",
			       line, column);
		return JSON_INVALID;
	}
	/* Well-formed JSON of the wrong kind ([] or 4) is unprocessable, not
	 * malformed: 422, as the contract says. */
	if (!json_is_object(root)) {
		json_decref(root);
		snprintf(detail, detail_size, "the request body must be a JSON object");
		validation_add(validation, "body", "must be a JSON object");
		return JSON_INVALID;
	}
	if (json_depth(root) > JSON_MAX_DEPTH) {
		json_decref(root);
		snprintf(detail, detail_size, "the JSON is nested deeper than any request needs");
		validation_add(validation, "body", "nesting deeper than %d levels", JSON_MAX_DEPTH);
		return JSON_INVALID;
	}
	*out = root;
	return JSON_DECODED;
}

char *json_encode(const json_t *value, size_t *length)
{
	/* JSON_REAL_PRECISION(17) keeps every bit of a double: scores go out at
	 * full precision and clients round. */
	char *text = json_dumps(value, JSON_COMPACT | JSON_REAL_PRECISION(17) |
					   JSON_ENCODE_ANY);

	if (text == NULL)
		abort();
	*length = strlen(text);
	return text;
}

json_t *json_score(struct score_value value, bool hidden)
{
	return value.present && !hidden ? json_real(value.value) : json_null();
}
