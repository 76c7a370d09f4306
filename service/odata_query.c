#include "odata_query.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mem.h"
#include "validate.h"

/* Nesting deeper than this is refused: a filter is a few comparisons. */
#define ODATA_MAX_DEPTH 32
#define ODATA_MAX_TOP 1000000L

enum odata_operator { OP_EQ, OP_NE, OP_GT, OP_GE, OP_LT, OP_LE };

enum odata_node_kind { NODE_AND, NODE_OR, NODE_NOT, NODE_COMPARE };

struct odata_node {
	enum odata_node_kind kind;
	struct odata_node *left, *right;    /* and, or; not: left */
	size_t property;                    /* compare */
	enum odata_operator operator;
	struct csv_cell literal;            /* CSV_CELL_NULL for null */
	double literal_time;
};

/* ---- the parser's state ---- */

struct odata_parser {
	const char *at;
	const struct odata_property *properties;
	size_t property_count;
	struct odata_query *query;
	int depth;
	char word[256];      /* the current token */
	bool quoted;         /* it was a '...' string */
};

static void odata_fail(struct odata_query *query, const char *format, ...) PRINTF_LIKE(2, 3);

static void odata_fail(struct odata_query *query, const char *format, ...)
{
	va_list arguments;

	if (query->error[0] != '\0')
		return; /* the first reason is the one to tell */
	va_start(arguments, format);
	vsnprintf(query->error, sizeof(query->error), format, arguments);
	va_end(arguments);
}

static bool odata_word_char(char c)
{
	return isalnum((unsigned char)c) || c == '_' || c == '.' || c == ':' || c == '+' ||
	       c == '-';
}

/* Reads the next token into parser->word: "(", ")", a quoted string, or a
 * run of word characters; "" at the end. False on a malformed one. */
static bool odata_next(struct odata_parser *parser)
{
	size_t used = 0;

	parser->quoted = false;
	while (*parser->at == ' ')
		parser->at++;
	if (*parser->at == '(' || *parser->at == ')') {
		parser->word[0] = *parser->at++;
		parser->word[1] = '\0';
		return true;
	}
	if (*parser->at == '\'') {
		parser->quoted = true;
		for (parser->at++;; parser->at++) {
			if (*parser->at == '\0') {
				odata_fail(parser->query, "$filter: a string is not closed");
				return false;
			}
			if (*parser->at == '\'' && parser->at[1] != '\'')
				break;
			if (*parser->at == '\'')
				parser->at++; /* '' is one quote */
			if (used + 1 >= sizeof(parser->word)) {
				odata_fail(parser->query, "$filter: a string is too long");
				return false;
			}
			parser->word[used++] = *parser->at;
		}
		parser->at++;
		parser->word[used] = '\0';
		return true;
	}
	while (odata_word_char(*parser->at) && used + 1 < sizeof(parser->word))
		parser->word[used++] = *parser->at++;
	parser->word[used] = '\0';
	if (used == 0 && *parser->at != '\0') {
		odata_fail(parser->query, "$filter: unexpected '%c'", *parser->at);
		return false;
	}
	return true;
}

static bool odata_is(const struct odata_parser *parser, const char *word)
{
	return !parser->quoted && strcmp(parser->word, word) == 0;
}

static long odata_property_index(const struct odata_property *properties, size_t count,
				 const char *name)
{
	for (size_t i = 0; i < count; i++)
		if (strcmp(properties[i].name, name) == 0)
			return (long)i;
	return -1;
}

static bool odata_operator_of(const char *word, enum odata_operator *operator)
{
	static const char *const names[] = { "eq", "ne", "gt", "ge", "lt", "le" };

	for (size_t i = 0; i < ARRAY_LENGTH(names); i++) {
		if (strcmp(word, names[i]) == 0) {
			*operator = (enum odata_operator)i;
			return true;
		}
	}
	return false;
}

bool odata_time_parse(const char *text, double *seconds)
{
	struct tm parts = { 0 };
	double second = 0;
	int used = 0, offset_hours = 0, offset_minutes = 0;
	char sign;

	if (sscanf(text, "%4d-%2d-%2dT%2d:%2d:%lf%n", &parts.tm_year, &parts.tm_mon,
		   &parts.tm_mday, &parts.tm_hour, &parts.tm_min, &second, &used) != 6 ||
	    text[4] != '-' || text[10] != 'T')
		return false;
	sign = text[used];
	if (sign == 'Z' && text[used + 1] == '\0') {
		offset_hours = 0;
	} else if ((sign == '+' || sign == '-') &&
		   sscanf(text + used + 1, "%2d:%2d", &offset_hours, &offset_minutes) == 2 &&
		   strlen(text + used) == 6) {
		if (sign == '-') {
			offset_hours = -offset_hours;
			offset_minutes = -offset_minutes;
		}
	} else {
		return false;
	}
	if (parts.tm_mon < 1 || parts.tm_mon > 12 || parts.tm_mday < 1 || parts.tm_mday > 31 ||
	    parts.tm_hour > 23 || parts.tm_min > 59 || second < 0 || second >= 61)
		return false;
	parts.tm_year -= 1900;
	parts.tm_mon -= 1;
	*seconds = (double)timegm(&parts) + second - offset_hours * 3600.0 -
		   offset_minutes * 60.0;
	return true;
}

/* The literal in parser->word, typed as OData writes it, checked against
 * the property it is compared with. */
static bool odata_literal(struct odata_parser *parser, const struct odata_property *property,
			  struct odata_node *node)
{
	const char *word = parser->word;
	char *end;
	bool fits;

	if (odata_is(parser, "null")) {
		node->literal.type = CSV_CELL_NULL;
		return true;
	}
	if (parser->quoted) {
		node->literal.type = CSV_CELL_TEXT;
		fits = property->type == ODATA_STRING;
	} else if (odata_is(parser, "true") || odata_is(parser, "false")) {
		node->literal.type = CSV_CELL_BOOLEAN;
		node->literal.boolean = odata_is(parser, "true");
		fits = property->type == ODATA_BOOLEAN;
	} else if (validate_is_uuid(word)) {
		node->literal.type = CSV_CELL_TEXT;
		fits = property->type == ODATA_GUID;
	} else if (odata_time_parse(word, &node->literal_time)) {
		node->literal.type = CSV_CELL_TIME;
		fits = property->type == ODATA_TIME;
	} else {
		errno = 0;
		node->literal.number = strtod(word, &end);
		if (*word == '\0' || *end != '\0' || errno != 0 || !isfinite(node->literal.number)) {
			odata_fail(parser->query, "$filter: '%s' is not a literal", word);
			return false;
		}
		node->literal.type = CSV_CELL_NUMBER;
		fits = property->type == ODATA_INT || property->type == ODATA_DOUBLE;
	}
	if (!fits) {
		odata_fail(parser->query, "$filter: %s cannot be compared with %s%s%s",
			   property->name, parser->quoted ? "'" : "", word, parser->quoted ? "'" : "");
		return false;
	}
	if (node->literal.type == CSV_CELL_TEXT && property->type == ODATA_GUID) {
		node->literal.text = mem_alloc(UUID_TEXT_SIZE);
		validate_uuid_lower(word, node->literal.text);
	} else if (node->literal.type == CSV_CELL_TEXT) {
		node->literal.text = mem_strdup(word);
	}
	return true;
}

static void odata_node_free(struct odata_node *node)
{
	if (node == NULL)
		return;
	odata_node_free(node->left);
	odata_node_free(node->right);
	free(node->literal.text);
	free(node);
}

static struct odata_node *odata_parse_or(struct odata_parser *parser);

/* property op literal; the current token is the property. */
static struct odata_node *odata_parse_comparison(struct odata_parser *parser)
{
	long property = parser->quoted ? -1
				       : odata_property_index(parser->properties,
							      parser->property_count, parser->word);
	struct odata_node *node;

	if (property < 0) {
		if (parser->word[0] == '\0')
			odata_fail(parser->query, "$filter: a comparison is missing");
		else if (*parser->at == '(')
			odata_fail(parser->query, "$filter: the function %s is not supported",
				   parser->word);
		else
			odata_fail(parser->query, "$filter: %s is not a property of this set",
				   parser->word);
		return NULL;
	}
	node = mem_calloc(1, sizeof(*node));
	node->kind = NODE_COMPARE;
	node->property = (size_t)property;
	if (!odata_next(parser) || parser->quoted ||
	    !odata_operator_of(parser->word, &node->operator)) {
		odata_fail(parser->query, "$filter: after %s comes eq, ne, gt, ge, lt or le",
			   parser->properties[property].name);
		odata_node_free(node);
		return NULL;
	}
	if (!odata_next(parser) || (parser->word[0] == '\0' && !parser->quoted) ||
	    !odata_literal(parser, &parser->properties[property], node)) {
		odata_fail(parser->query, "$filter: %s %s needs a value",
			   parser->properties[property].name, parser->word);
		odata_node_free(node);
		return NULL;
	}
	return odata_next(parser) ? node : (odata_node_free(node), NULL);
}

/* not, a parenthesis or a comparison; reads one token past it. */
static struct odata_node *odata_parse_unary(struct odata_parser *parser)
{
	struct odata_node *node;

	if (++parser->depth > ODATA_MAX_DEPTH) {
		odata_fail(parser->query, "$filter is nested too deeply");
		return NULL;
	}
	if (odata_is(parser, "not")) {
		if (!odata_next(parser))
			return NULL;
		node = mem_calloc(1, sizeof(*node));
		node->kind = NODE_NOT;
		node->left = odata_parse_unary(parser);
		if (node->left == NULL) {
			odata_node_free(node);
			return NULL;
		}
	} else if (odata_is(parser, "(")) {
		if (!odata_next(parser) || (node = odata_parse_or(parser)) == NULL)
			return NULL;
		if (!odata_is(parser, ")")) {
			odata_fail(parser->query, "$filter: a parenthesis is not closed");
			odata_node_free(node);
			return NULL;
		}
		if (!odata_next(parser)) {
			odata_node_free(node);
			return NULL;
		}
	} else {
		node = odata_parse_comparison(parser);
	}
	parser->depth--;
	return node;
}

/* One level of and or or: operands joined by word. */
static struct odata_node *odata_parse_joined(struct odata_parser *parser, const char *word,
					     enum odata_node_kind kind,
					     struct odata_node *(*operand)(struct odata_parser *))
{
	struct odata_node *left = operand(parser);

	while (left != NULL && odata_is(parser, word)) {
		struct odata_node *joined = mem_calloc(1, sizeof(*joined));

		joined->kind = kind;
		joined->left = left;
		left = joined;
		if (!odata_next(parser) || (joined->right = operand(parser)) == NULL) {
			odata_node_free(joined);
			return NULL;
		}
	}
	return left;
}

static struct odata_node *odata_parse_and(struct odata_parser *parser)
{
	return odata_parse_joined(parser, "and", NODE_AND, odata_parse_unary);
}

static struct odata_node *odata_parse_or(struct odata_parser *parser)
{
	return odata_parse_joined(parser, "or", NODE_OR, odata_parse_and);
}

static enum result odata_parse_filter(struct odata_query *query,
				      const struct odata_property *properties, size_t count,
				      const char *text)
{
	struct odata_parser parser = { .at = text, .properties = properties,
				       .property_count = count, .query = query };

	if (!odata_next(&parser))
		return RESULT_ERROR;
	query->filter = odata_parse_or(&parser);
	if (query->filter != NULL && parser.word[0] != '\0') {
		odata_fail(query, "$filter: unexpected '%s'", parser.word);
		return RESULT_ERROR;
	}
	return query->filter != NULL ? RESULT_OK : RESULT_ERROR;
}

/* ---- $orderby, $select, $top, $skip, $count ---- */

/* The comma-separated items of text, white space trimmed, one at a time:
 * copies the next into item and returns where the rest begins (NULL at
 * the end). */
static const char *odata_next_item(const char *text, char *item, size_t size)
{
	const char *end = strchrnul(text, ',');
	size_t length;

	while (*text == ' ' && text < end)
		text++;
	length = (size_t)(end - text);
	while (length > 0 && text[length - 1] == ' ')
		length--;
	if (length >= size)
		length = size - 1;
	memcpy(item, text, length);
	item[length] = '\0';
	return *end == ',' ? end + 1 : NULL;
}

static enum result odata_parse_orderby(struct odata_query *query,
				       const struct odata_property *properties, size_t count,
				       const char *text)
{
	char item[128], name[128], direction[16];

	for (const char *at = text; at != NULL;) {
		long property;
		int fields;

		at = odata_next_item(at, item, sizeof(item));
		direction[0] = '\0';
		fields = sscanf(item, "%127s %15s", name, direction);
		property = fields >= 1 ? odata_property_index(properties, count, name) : -1;
		if (property < 0) {
			odata_fail(query, "$orderby: '%s' is not a property of this set", item);
			return RESULT_ERROR;
		}
		if (fields == 2 && strcmp(direction, "asc") != 0 && strcmp(direction, "desc") != 0) {
			odata_fail(query, "$orderby: '%s' is neither asc nor desc", direction);
			return RESULT_ERROR;
		}
		if (query->order_count == ODATA_MAX_ORDER) {
			odata_fail(query, "$orderby: at most %d properties", ODATA_MAX_ORDER);
			return RESULT_ERROR;
		}
		query->order[query->order_count].property = (size_t)property;
		query->order[query->order_count++].descending = strcmp(direction, "desc") == 0;
	}
	return RESULT_OK;
}

static enum result odata_parse_select(struct odata_query *query,
				      const struct odata_property *properties, size_t count,
				      const char *text)
{
	char item[128];

	query->select_all = false;
	for (const char *at = text; at != NULL;) {
		long property;

		at = odata_next_item(at, item, sizeof(item));
		if (strcmp(item, "*") == 0) {
			query->select_all = true;
			continue;
		}
		property = odata_property_index(properties, count, item);
		if (property < 0) {
			odata_fail(query, "$select: '%s' is not a property of this set", item);
			return RESULT_ERROR;
		}
		query->selected[property] = true;
	}
	return RESULT_OK;
}

static enum result odata_parse_count_of(struct odata_query *query, const char *name,
					const char *text, long *out)
{
	char *end;

	errno = 0;
	*out = strtol(text, &end, 10);
	if (*text < '0' || *text > '9' || *end != '\0' || errno != 0 || *out > ODATA_MAX_TOP) {
		odata_fail(query, "%s must be a whole number from 0 to %ld", name, ODATA_MAX_TOP);
		return RESULT_ERROR;
	}
	return RESULT_OK;
}

enum result odata_query_parse(struct odata_query *query, const struct odata_property *properties,
			      size_t property_count, const struct odata_options *options)
{
	memset(query, 0, sizeof(*query));
	query->top = -1;
	query->select_all = true;
	if (property_count > ODATA_MAX_PROPERTIES) {
		odata_fail(query, "the set has too many properties");
		return RESULT_ERROR;
	}
	if (options->filter != NULL &&
	    odata_parse_filter(query, properties, property_count, options->filter) != RESULT_OK)
		return RESULT_ERROR;
	if (options->orderby != NULL &&
	    odata_parse_orderby(query, properties, property_count, options->orderby) != RESULT_OK)
		return RESULT_ERROR;
	if (options->select != NULL &&
	    odata_parse_select(query, properties, property_count, options->select) != RESULT_OK)
		return RESULT_ERROR;
	if (options->top != NULL &&
	    odata_parse_count_of(query, "$top", options->top, &query->top) != RESULT_OK)
		return RESULT_ERROR;
	if (options->skip != NULL &&
	    odata_parse_count_of(query, "$skip", options->skip, &query->skip) != RESULT_OK)
		return RESULT_ERROR;
	if (options->count != NULL) {
		if (strcmp(options->count, "true") != 0 && strcmp(options->count, "false") != 0) {
			odata_fail(query, "$count must be true or false");
			return RESULT_ERROR;
		}
		query->count = strcmp(options->count, "true") == 0;
	}
	return RESULT_OK;
}

void odata_query_free(struct odata_query *query)
{
	odata_node_free(query->filter);
	query->filter = NULL;
}

/* ---- applying it ---- */

static int odata_sign(double difference)
{
	return (difference > 0) - (difference < 0);
}

static double odata_cell_number(const struct csv_cell *cell)
{
	return cell->type == CSV_CELL_INTEGER ? (double)cell->integer : cell->number;
}

/* Two cells of one property, neither null: their order. */
static int odata_cells_compare(const struct csv_cell *a, const struct csv_cell *b)
{
	double a_time, b_time;

	switch (a->type) {
	case CSV_CELL_INTEGER:
	case CSV_CELL_NUMBER:
		return odata_sign(odata_cell_number(a) - odata_cell_number(b));
	case CSV_CELL_BOOLEAN:
		return (int)a->boolean - (int)b->boolean;
	case CSV_CELL_TIME:
		if (odata_time_parse(a->text, &a_time) && odata_time_parse(b->text, &b_time))
			return odata_sign(a_time - b_time);
		return strcmp(a->text, b->text);
	default:
		return strcmp(a->text ? a->text : "", b->text ? b->text : "");
	}
}

static bool odata_compare_matches(const struct odata_node *node, const struct csv_cell *cell)
{
	int order;
	double time;

	if (node->literal.type == CSV_CELL_NULL || cell->type == CSV_CELL_NULL) {
		bool both = node->literal.type == cell->type;

		return node->operator == OP_EQ ? both : node->operator == OP_NE ? !both : false;
	}
	if (node->literal.type == CSV_CELL_TIME)
		order = cell->text && odata_time_parse(cell->text, &time)
				? odata_sign(time - node->literal_time)
				: 0;
	else if (node->literal.type == CSV_CELL_NUMBER)
		order = odata_sign(odata_cell_number(cell) - node->literal.number);
	else
		order = odata_cells_compare(cell, &node->literal);
	switch (node->operator) {
	case OP_EQ: return order == 0;
	case OP_NE: return order != 0;
	case OP_GT: return order > 0;
	case OP_GE: return order >= 0;
	case OP_LT: return order < 0;
	default: return order <= 0;
	}
}

static bool odata_node_matches(const struct odata_node *node, const struct csv_cell *row)
{
	switch (node->kind) {
	case NODE_AND:
		return odata_node_matches(node->left, row) && odata_node_matches(node->right, row);
	case NODE_OR:
		return odata_node_matches(node->left, row) || odata_node_matches(node->right, row);
	case NODE_NOT:
		return !odata_node_matches(node->left, row);
	default:
		return odata_compare_matches(node, &row[node->property]);
	}
}

bool odata_query_matches(const struct odata_query *query, const struct csv_cell *row)
{
	return query->filter == NULL || odata_node_matches(query->filter, row);
}

int odata_query_compare(const struct odata_query *query, const struct csv_cell *a,
			const struct csv_cell *b)
{
	for (size_t i = 0; i < query->order_count; i++) {
		const struct csv_cell *x = &a[query->order[i].property];
		const struct csv_cell *y = &b[query->order[i].property];
		int order;

		/* null sorts first, as OData's ascending order has it */
		if (x->type == CSV_CELL_NULL || y->type == CSV_CELL_NULL)
			order = (y->type == CSV_CELL_NULL) - (x->type == CSV_CELL_NULL);
		else
			order = odata_cells_compare(x, y);
		if (order != 0)
			return query->order[i].descending ? -order : order;
	}
	return 0;
}
