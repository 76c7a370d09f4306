#include "validate.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>
#include <string.h>

void validation_init(struct validation *validation)
{
	validation->count = 0;
	validation->row = 0;
}

void validation_add(struct validation *validation, const char *field,
		    const char *format, ...)
{
	va_list arguments;

	if (validation->count == VALIDATION_MAX_ERRORS)
		return;
	snprintf(validation->errors[validation->count].field, VALIDATION_FIELD_SIZE, "%s",
		 field);
	validation->errors[validation->count].row = validation->row;
	va_start(arguments, format);
	vsnprintf(validation->errors[validation->count].message, VALIDATION_MESSAGE_SIZE,
		  format, arguments);
	va_end(arguments);
	validation->count++;
}

void validate_known_keys(const json_t *object, const char *const *allowed,
			 struct validation *validation)
{
	const char *key;
	json_t *value;

	json_object_foreach((json_t *)object, key, value) {
		bool known = false;

		(void)value;
		for (const char *const *name = allowed; *name != NULL; name++)
			known = known || strcmp(*name, key) == 0;
		if (!known)
			validation_add(validation, key, "is not a known field");
	}
}

static enum field_presence validate_lookup(const json_t *object, const char *key,
					   bool required, json_t **value,
					   struct validation *validation)
{
	*value = json_object_get(object, key);
	if (*value == NULL) {
		if (required)
			validation_add(validation, key, "is required");
		return FIELD_ABSENT;
	}
	if (json_is_null(*value)) {
		if (required)
			validation_add(validation, key, "must not be null");
		return FIELD_NULL;
	}
	return FIELD_SET;
}

void validate_no_nulls(const json_t *object, const char *const *keys,
		       struct validation *validation)
{
	for (const char *const *key = keys; *key != NULL; key++)
		if (json_is_null(json_object_get(object, *key)))
			validation_add(validation, *key, "must not be null");
}

/* Jansson has already rejected invalid UTF-8; this counts code points. */
bool validate_utf8_length(const char *text, size_t *code_points)
{
	size_t count = 0;

	for (const unsigned char *at = (const unsigned char *)text; *at; at++) {
		if ((*at & 0xc0) != 0x80)
			count++;
		if (*at < 0x20 && *at != '\n' && *at != '\t' && *at != '\r')
			return false;
		if (*at == 0x7f)
			return false;
	}
	*code_points = count;
	return true;
}

enum field_presence validate_string(const json_t *object, const char *key, bool required,
				    size_t min, size_t max, const char **out,
				    struct validation *validation)
{
	json_t *value;
	enum field_presence presence = validate_lookup(object, key, required, &value,
						       validation);
	size_t length = 0;

	if (presence != FIELD_SET)
		return presence;
	if (!json_is_string(value)) {
		validation_add(validation, key, "must be a string");
		return FIELD_ABSENT;
	}
	/* NUL inside a JSON string ("\u0000") cannot go to PostgreSQL. */
	if (strlen(json_string_value(value)) != json_string_length(value) ||
	    !validate_utf8_length(json_string_value(value), &length)) {
		validation_add(validation, key, "must not contain control characters");
		return FIELD_ABSENT;
	}
	if (length < min || length > max) {
		validation_add(validation, key, "must be %zu to %zu characters long", min, max);
		return FIELD_ABSENT;
	}
	*out = json_string_value(value);
	return FIELD_SET;
}

enum field_presence validate_choice(const json_t *object, const char *key, bool required,
				    const char *const *choices, const char **out,
				    struct validation *validation)
{
	const char *text = NULL;
	enum field_presence presence = validate_string(object, key, required, 1, 64, &text,
						       validation);
	char list[256] = "";
	size_t used = 0;

	if (presence != FIELD_SET)
		return presence;
	for (const char *const *choice = choices; *choice != NULL; choice++) {
		if (strcmp(*choice, text) == 0) {
			*out = *choice;
			return FIELD_SET;
		}
		used += (size_t)snprintf(list + used, used < sizeof(list) ? sizeof(list) - used : 0,
					 "%s%s", used ? ", " : "", *choice);
	}
	validation_add(validation, key, "must be one of: %s", list);
	return FIELD_ABSENT;
}

enum field_presence validate_integer(const json_t *object, const char *key, bool required,
				     long long min, long long max, long long *out,
				     struct validation *validation)
{
	json_t *value;
	enum field_presence presence = validate_lookup(object, key, required, &value,
						       validation);
	long long number;

	if (presence != FIELD_SET)
		return presence;
	if (!json_is_integer(value)) {
		validation_add(validation, key, "must be a whole number");
		return FIELD_ABSENT;
	}
	number = json_integer_value(value);
	if (number < min || number > max) {
		validation_add(validation, key, "must be between %lld and %lld", min, max);
		return FIELD_ABSENT;
	}
	*out = number;
	return FIELD_SET;
}

enum field_presence validate_number(const json_t *object, const char *key, bool required,
				    double min, double max, double *out,
				    struct validation *validation)
{
	json_t *value;
	enum field_presence presence = validate_lookup(object, key, required, &value,
						       validation);
	double number;

	if (presence != FIELD_SET)
		return presence;
	if (!json_is_number(value)) {
		validation_add(validation, key, "must be a number");
		return FIELD_ABSENT;
	}
	number = json_number_value(value);
	if (!isfinite(number) || number < min || number > max) {
		validation_add(validation, key, "must be between %g and %g", min, max);
		return FIELD_ABSENT;
	}
	*out = number;
	return FIELD_SET;
}

bool validate_is_uuid(const char *text)
{
	if (text == NULL || strlen(text) != 36)
		return false;
	for (size_t i = 0; i < 36; i++) {
		bool dash = i == 8 || i == 13 || i == 18 || i == 23;

		if (dash ? text[i] != '-' : !isxdigit((unsigned char)text[i]))
			return false;
	}
	return true;
}

void validate_uuid_lower(const char *text, char out[UUID_TEXT_SIZE])
{
	for (size_t i = 0; i < 36; i++)
		out[i] = (char)tolower((unsigned char)text[i]);
	out[36] = '\0';
}

enum field_presence validate_uuid_field(const json_t *object, const char *key, bool required,
					char out[UUID_TEXT_SIZE],
					struct validation *validation)
{
	json_t *value;
	enum field_presence presence = validate_lookup(object, key, required, &value,
						       validation);

	if (presence != FIELD_SET)
		return presence;
	if (!json_is_string(value) || !validate_is_uuid(json_string_value(value))) {
		validation_add(validation, key, "must be a UUID");
		return FIELD_ABSENT;
	}
	validate_uuid_lower(json_string_value(value), out);
	return FIELD_SET;
}

static bool validate_digits(const char *text, size_t count, int *out)
{
	int number = 0;

	for (size_t i = 0; i < count; i++) {
		if (!isdigit((unsigned char)text[i]))
			return false;
		number = number * 10 + (text[i] - '0');
	}
	*out = number;
	return true;
}

static bool validate_time_offset(const char *at, long *offset_seconds)
{
	int hours, minutes;

	if ((*at == 'Z' || *at == 'z') && at[1] == '\0') {
		*offset_seconds = 0;
		return true;
	}
	if ((*at != '+' && *at != '-') || !validate_digits(at + 1, 2, &hours) ||
	    at[3] != ':' || !validate_digits(at + 4, 2, &minutes) || at[6] != '\0' ||
	    hours > 23 || minutes > 59)
		return false;
	*offset_seconds = (hours * 3600L + minutes * 60L) * (*at == '-' ? -1 : 1);
	return true;
}

static bool validate_day_exists(int year, int month, int day)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

	if (month < 1 || month > 12 || day < 1)
		return false;
	return day <= days[month - 1] + (month == 2 && leap);
}

/* RFC 3339 date-time: 2026-11-23T10:00:00[.fraction](Z|+hh:mm). */
bool validate_parse_time(const char *text, time_t *seconds)
{
	struct tm parts = { 0 };
	int year, month, day, hour, minute, second;
	long offset;
	const char *at = text + 19;

	if (text == NULL || strlen(text) < 20 || !validate_digits(text, 4, &year) ||
	    text[4] != '-' || !validate_digits(text + 5, 2, &month) || text[7] != '-' ||
	    !validate_digits(text + 8, 2, &day) || (text[10] != 'T' && text[10] != 't') ||
	    !validate_digits(text + 11, 2, &hour) || text[13] != ':' ||
	    !validate_digits(text + 14, 2, &minute) || text[16] != ':' ||
	    !validate_digits(text + 17, 2, &second))
		return false;
	if (*at == '.') {
		const char *digits = ++at;

		while (isdigit((unsigned char)*at))
			at++;
		if (at == digits || at - digits > 9)
			return false;
	}
	if (!validate_time_offset(at, &offset) || year < 1970 || year > 9999 ||
	    !validate_day_exists(year, month, day) || hour > 23 || minute > 59 || second > 60)
		return false;
	parts.tm_year = year - 1900;
	parts.tm_mon = month - 1;
	parts.tm_mday = day;
	parts.tm_hour = hour;
	parts.tm_min = minute;
	parts.tm_sec = second;
	*seconds = timegm(&parts) - offset;
	return true;
}

enum field_presence validate_time_field(const json_t *object, const char *key, bool required,
					const char **out, time_t *seconds,
					struct validation *validation)
{
	json_t *value;
	enum field_presence presence = validate_lookup(object, key, required, &value,
						       validation);

	if (presence != FIELD_SET)
		return presence;
	if (!json_is_string(value) || !validate_parse_time(json_string_value(value), seconds)) {
		validation_add(validation, key,
			       "must be an RFC 3339 time such as 2026-03-01T09:00:00Z");
		return FIELD_ABSENT;
	}
	*out = json_string_value(value);
	return FIELD_SET;
}

static bool validate_code_body(const char *text, size_t length)
{
	if (strlen(text) != length)
		return false;
	for (size_t i = 0; i < length; i++) {
		if (!isdigit((unsigned char)text[i]) && !(text[i] >= 'A' && text[i] <= 'Z'))
			return false;
	}
	return true;
}

/* CBS codes: GM + 4 (municipality), WK + 6 (district), BU + 8 (neighbourhood). */
bool validate_cbs_code(const char *code)
{
	if (strncmp(code, "GM", 2) == 0)
		return validate_code_body(code + 2, 4);
	if (strncmp(code, "WK", 2) == 0)
		return validate_code_body(code + 2, 6);
	if (strncmp(code, "BU", 2) == 0)
		return validate_code_body(code + 2, 8);
	return false;
}

bool validate_municipality_code(const char *code)
{
	return strncmp(code, "GM", 2) == 0 && validate_code_body(code + 2, 4);
}

static const char *validate_language_known(const char *tag, size_t length)
{
	if (length >= 2 && strncasecmp(tag, "nl", 2) == 0 && (length == 2 || tag[2] == '-'))
		return "nl";
	if (length >= 2 && strncasecmp(tag, "en", 2) == 0 && (length == 2 || tag[2] == '-'))
		return "en";
	return NULL;
}

static double validate_language_quality(const char *parameters, size_t length)
{
	const char *q = memmem(parameters, length, "q=", 2);

	return q ? strtod(q + 2, NULL) : 1.0;
}

int validate_hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

const char *validate_language(const char *query, const char *accept_language)
{
	return validate_language_or(query, accept_language, "en");
}

const char *validate_language_or(const char *query, const char *accept_language,
				 const char *fallback)
{
	const char *best = fallback;
	double best_quality = 0.0;

	if (query != NULL)
		return validate_language_known(query, strlen(query));
	for (const char *at = accept_language; at != NULL && *at != '\0';) {
		size_t entry = strcspn(at, ",");
		size_t tag = strcspn(at, ";,");
		const char *known;
		double quality;

		while (*at == ' ' && entry > 0) {
			at++;
			entry--;
			tag--;
		}
		known = validate_language_known(at, tag);
		quality = validate_language_quality(at + tag, entry - tag);
		if (known != NULL && quality > best_quality) {
			best = known;
			best_quality = quality;
		}
		at += entry + (at[entry] == ',');
	}
	return best;
}
