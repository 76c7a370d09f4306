/* Strict JSON decoding of request bodies (Jansson): duplicate keys, invalid
 * UTF-8 and nesting deeper than the contract needs are refused. Pure. */
#ifndef CACD_JSON_H
#define CACD_JSON_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "scoring.h"
#include "validate.h"

#define JSON_MAX_DEPTH 4

enum json_decode_outcome {
	JSON_DECODED,
	JSON_MALFORMED,  /* 400: not JSON, or not UTF-8 */
	JSON_INVALID,    /* 422: JSON, but a duplicate key, too deep, a number too big */
};

/* On JSON_DECODED *out is an object (caller decrefs). Otherwise detail gets
 * a message fit for the client, and for JSON_INVALID validation a field. */
enum json_decode_outcome json_decode_object(const char *body, size_t length, json_t **out,
					    char *detail, size_t detail_size,
					    struct validation *validation);

/* Encodes compactly with full double precision; caller frees. */
char *json_encode(const json_t *value, size_t *length);

/* A score as a JSON number, or null when absent or hidden (rule 6). */
json_t *json_score(struct score_value value, bool hidden);

/* Pure: whether a number in the JSON text (outside strings) is not zero as
 * written but reads as 0, too small for a double; where, when it is. An
 * overflow Jansson refuses itself; this is its other side. */
bool json_find_underflow(const char *text, size_t length, int *line, int *column);

#endif
