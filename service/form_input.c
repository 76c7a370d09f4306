#include "form_input.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "validate.h"

/* Decodes one urlencoded name or value ('+' is a space) into a new string;
 * NULL for a malformed escape or a NUL. */
static char *form_decode(const char *from, size_t length)
{
	char *out = mem_alloc(length + 1);
	size_t used = 0;

	for (size_t i = 0; i < length; i++) {
		char c = from[i];

		if (c == '+') {
			c = ' ';
		} else if (c == '%') {
			if (i + 2 >= length || validate_hex_digit(from[i + 1]) < 0 || validate_hex_digit(from[i + 2]) < 0 ||
			    (validate_hex_digit(from[i + 1]) == 0 && validate_hex_digit(from[i + 2]) == 0)) {
				free(out);
				return NULL;
			}
			c = (char)(validate_hex_digit(from[i + 1]) * 16 + validate_hex_digit(from[i + 2]));
			i += 2;
		}
		out[used++] = c;
	}
	out[used] = '\0';
	return out;
}

static void form_copy(char *to, size_t size, const char *value, bool *malformed)
{
	if (strlen(value) >= size) {
		*malformed = true;
		return;
	}
	strcpy(to, value);
}

/* item-N with N a canonical number in range; 0 otherwise. */
static int form_item_field(const char *name)
{
	char *end;
	long number;

	if (strncmp(name, "item-", 5) != 0 || !isdigit((unsigned char)name[5]) || name[5] == '0')
		return 0;
	errno = 0;
	number = strtol(name + 5, &end, 10);
	if (errno != 0 || *end != '\0' || number < 1 || number >= FORM_MAX_ITEM)
		return 0;
	return (int)number;
}

static void form_field(struct form_input *input, const char *name, char *value)
{
	int item = form_item_field(name);

	/* a number field left empty, then its "don't know" box: the box counts */
	if (item > 0 && (input->values[item] == NULL || input->values[item][0] == '\0')) {
		free(input->values[item]);
		input->values[item] = value;
		return;
	}
	if (item > 0) {
		free(value);
		return;
	}
	if (strcmp(name, "csrf") == 0)
		form_copy(input->csrf, sizeof(input->csrf), value, &input->malformed);
	else if (strcmp(name, "action") == 0)
		form_copy(input->action, sizeof(input->action), value, &input->malformed);
	else if (strcmp(name, "code") == 0)
		form_copy(input->code, sizeof(input->code), value, &input->malformed);
	else if (strcmp(name, "comment") == 0) {
		input->has_comment = true;
		form_copy(input->comment, sizeof(input->comment), value, &input->malformed);
	} else
		input->malformed = true;
	free(value);
}

void form_input_parse(const char *body, size_t length, struct form_input *input)
{
	memset(input, 0, sizeof(*input));
	for (size_t at = 0; at < length;) {
		const char *pair = body + at;
		size_t pair_length = 0, name_length;
		char *name, *value;

		while (at + pair_length < length && pair[pair_length] != '&')
			pair_length++;
		at += pair_length + 1;
		if (pair_length == 0)
			continue;
		for (name_length = 0; name_length < pair_length && pair[name_length] != '=';)
			name_length++;
		name = form_decode(pair, name_length);
		value = name_length < pair_length
				? form_decode(pair + name_length + 1, pair_length - name_length - 1)
				: form_decode("", 0);
		if (name == NULL || value == NULL) {
			input->malformed = true;
			free(name);
			free(value);
			continue;
		}
		form_field(input, name, value);
		free(name);
	}
}

void form_input_free(struct form_input *input)
{
	for (size_t i = 0; i < FORM_MAX_ITEM; i++) {
		free(input->values[i]);
		input->values[i] = NULL;
	}
}

bool form_input_answer(const char *text, long minimum, long maximum, long *answer)
{
	char *end;
	long value;

	if (text == NULL || *text == '\0') {
		*answer = FORM_UNANSWERED;
		return true;
	}
	if (strcmp(text, "dk") == 0) {
		*answer = FORM_DONT_KNOW;
		return true;
	}
	if (!isdigit((unsigned char)text[0]) || (text[0] == '0' && text[1] != '\0') ||
	    strlen(text) > 6)
		return false;
	value = strtol(text, &end, 10);
	if (*end != '\0' || value < minimum || value > maximum)
		return false;
	*answer = value;
	return true;
}

void form_input_stored(const char *array, long answers[FORM_MAX_ITEM])
{
	int item = 1;

	for (size_t i = 0; i < FORM_MAX_ITEM; i++)
		answers[i] = FORM_UNANSWERED;
	if (array == NULL || *array != '{')
		return;
	for (const char *at = array + 1; *at != '\0' && *at != '}' && item < FORM_MAX_ITEM;
	     item++) {
		size_t length = strcspn(at, ",}");

		if (!(length == 4 && strncmp(at, "NULL", 4) == 0))
			answers[item] = strtol(at, NULL, 10);
		at += length + (at[length] == ',');
	}
}
