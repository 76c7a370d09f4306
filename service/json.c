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
