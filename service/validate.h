/* Pure input checks: each reads one field of a decoded JSON object (or a
 * query value), and on a bad value adds a field-level message that becomes
 * part of a 422 problem. No I/O, so tests drive them table by table. */
#ifndef CACD_VALIDATE_H
#define CACD_VALIDATE_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "result.h"

#define VALIDATION_MAX_ERRORS 32
#define VALIDATION_FIELD_SIZE 64
#define VALIDATION_MESSAGE_SIZE 160
#define UUID_TEXT_SIZE 37
#define TIME_TEXT_SIZE 32

struct validation {
	size_t count;
	/* The row of a bulk body (an import) that errors added now are about,
	 * 1 for the first; 0 when the body is not made of rows. */
	long row;
	struct {
		char field[VALIDATION_FIELD_SIZE];
		char message[VALIDATION_MESSAGE_SIZE];
		long row;
	} errors[VALIDATION_MAX_ERRORS];
};

/* A field present and null is "null"; absent is "absent". */
enum field_presence {
	FIELD_ABSENT,
	FIELD_NULL,
	FIELD_SET,
};

void validation_init(struct validation *validation);
void validation_add(struct validation *validation, const char *field,
		    const char *format, ...) PRINTF_LIKE(3, 4);
static inline bool validation_ok(const struct validation *validation)
{
	return validation->count == 0;
}

/* Adds "must not be null" for each of keys (NULL-ended) that object holds
 * as null: for fields that have a value or a default, never none. */
void validate_no_nulls(const json_t *object, const char *const *keys,
		       struct validation *validation);
/* Rejects any key of object not in allowed (NULL-terminated). */
void validate_known_keys(const json_t *object, const char *const *allowed,
			 struct validation *validation);

/* A string of min..max characters (UTF-8 code points), no control characters.
 * *out points into the JSON value (lives as long as it). */
enum field_presence validate_string(const json_t *object, const char *key, bool required,
				    size_t min, size_t max, const char **out,
				    struct validation *validation);

/* One of the NULL-terminated choices. */
enum field_presence validate_choice(const json_t *object, const char *key, bool required,
				    const char *const *choices, const char **out,
				    struct validation *validation);

enum field_presence validate_integer(const json_t *object, const char *key, bool required,
				     long long min, long long max, long long *out,
				     struct validation *validation);

enum field_presence validate_number(const json_t *object, const char *key, bool required,
				    double min, double max, double *out,
				    struct validation *validation);

/* A canonical UUID, written lower-case into out. */
enum field_presence validate_uuid_field(const json_t *object, const char *key, bool required,
					char out[UUID_TEXT_SIZE],
					struct validation *validation);

/* An RFC 3339 time with an offset; out gets the text as given. */
enum field_presence validate_time_field(const json_t *object, const char *key, bool required,
					const char **out, time_t *seconds,
					struct validation *validation);

/* The value of a hexadecimal digit, or -1. */
int validate_hex_digit(char c);

/* Plain checks usable on query values too. */
bool validate_is_uuid(const char *text);
bool validate_parse_time(const char *text, time_t *seconds);
bool validate_utf8_length(const char *text, size_t *code_points);
bool validate_cbs_code(const char *code);
bool validate_municipality_code(const char *code);

/* Copies a UUID in canonical lower-case form. */
void validate_uuid_lower(const char *text, char out[UUID_TEXT_SIZE]);



/* The label language: ?lang= wins, then Accept-Language (q-values honoured),
 * then "en". Returns NULL when ?lang= names a language the instrument lacks. */
const char *validate_language(const char *query, const char *accept_language);
/* The same with another language when neither names one (the form: "nl"). */
const char *validate_language_or(const char *query, const char *accept_language,
				 const char *fallback);
#endif
