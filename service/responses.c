/* Responses: PUT per member and wave (idempotent), who responded, withdraw,
 * and the admin export. Each submission is one call of the database
 * function cacd_submit_response, one transaction. */
#include "responses.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "json.h"
#include "mem.h"
#include "pagination.h"
#include "queries.h"
#include "resource.h"

bool responses_item_key(const char *key, int *item)
{
	size_t length = strlen(key);
	int number = 0;

	/* Canonical decimal only: "01" or "+1" would name item 1 twice. */
	if (length == 0 || length > 4 || key[0] == '0')
		return false;
	for (size_t i = 0; i < length; i++) {
		if (key[i] < '0' || key[i] > '9')
			return false;
		number = number * 10 + (key[i] - '0');
	}
	*item = number;
	return true;
}

static void responses_validate_answer(const char *key, const json_t *value,
				      struct response_submission *out,
				      struct validation *validation)
{
	struct response_answer *answer = &out->answers[out->count];
	char field[VALIDATION_FIELD_SIZE];
	long minimum, maximum;

	snprintf(field, sizeof(field), "answers.%.40s", key);
	if (!responses_item_key(key, &answer->item)) {
		validation_add(validation, field, "is not an item number");
		return;
	}
	score_scale_range(out->scale, &minimum, &maximum);
	answer->dont_know = json_is_null(value);
	if (!answer->dont_know && !json_is_integer(value)) {
		validation_add(validation, field, "must be a whole number from %ld to %ld, or null",
			       minimum, maximum);
		return;
	}
	if (!answer->dont_know) {
		json_int_t raw = json_integer_value(value);

		if (raw < minimum || raw > maximum) {
			validation_add(validation, field, "must be from %ld to %ld on the %s scale",
				       minimum, maximum, score_scale_name(out->scale));
			return;
		}
		answer->raw = (long)raw;
		answer->value = score_to_percent(out->scale, answer->raw);
	}
	out->count++;
}

static int responses_compare(const void *a, const void *b)
{
	const struct response_answer *left = a, *right = b;

	return (left->item > right->item) - (left->item < right->item);
}

void responses_sort(struct response_submission *submission)
{
	qsort(submission->answers, submission->count, sizeof(submission->answers[0]),
	      responses_compare);
}

static void responses_validate_answers(const json_t *answers, struct response_submission *out,
				       struct validation *validation)
{
	const char *key;
	json_t *value;

	if (answers == NULL || !json_is_object(answers)) {
		validation_add(validation, "answers", "must be an object of item number to answer");
		return;
	}
	if (json_object_size(answers) == 0) {
		validation_add(validation, "answers", "must hold at least one answer");
		return;
	}
	if (json_object_size(answers) > RESPONSES_MAX_ANSWERS) {
		validation_add(validation, "answers", "holds more answers than any instrument has items");
		return;
	}
	json_object_foreach((json_t *)answers, key, value)
		responses_validate_answer(key, value, out, validation);
	responses_sort(out);
}

void responses_validate(const json_t *body, struct response_submission *out,
			struct validation *validation)
{
	static const char *const keys[] = { "scale", "answers", "comment", NULL };
	static const char *const scales[] = { "agree4", "likert5", "percent", NULL };
	const char *scale = "percent";

	memset(out, 0, sizeof(*out));
	validate_known_keys(body, keys, validation);
	if (validate_choice(body, "scale", false, scales, &scale, validation) == FIELD_ABSENT &&
	    json_object_get(body, "scale") != NULL)
		return;
	if (!score_scale_parse(scale, &out->scale))
		return;
	validate_string(body, "comment", false, 0, 4000, &out->comment, validation);
	responses_validate_answers(json_object_get(body, "answers"), out, validation);
}

void responses_digest(const struct response_submission *submission,
		      char digest[CRYPTO_SHA256_HEX_SIZE])
{
	char *text = mem_printf("%s\n", score_scale_name(submission->scale));

	for (size_t i = 0; i < submission->count; i++) {
		const struct response_answer *answer = &submission->answers[i];
		char *longer = submission->answers[i].dont_know
				       ? mem_printf("%s%d=null\n", text, answer->item)
				       : mem_printf("%s%d=%ld\n", text, answer->item, answer->raw);

		free(text);
		text = longer;
	}
	/* "\x01" marks "no comment" apart from an empty one. */
	char *whole = mem_printf("%scomment=%s", text,
				 submission->comment ? submission->comment : "\x01");

	crypto_sha256_hex(whole, strlen(whole), digest);
	free(whole);
	free(text);
}

/* ---- PUT ---- */

/* Columns of query responses_submit after the principal's. */
enum submit_column {
	SUBMIT_OUTCOME = AUTH_PRINCIPAL_COLUMNS,
	SUBMIT_REVISION,
	SUBMIT_SUBMITTED_AT,
	SUBMIT_DETAIL,
};

void responses_vectors(const struct response_submission *submission,
			      struct submission_vectors *vectors)
{
	int highest = submission->count ? submission->answers[submission->count - 1].item : 0;
	size_t size = (size_t)highest * 32 + 3;
	size_t answers = 0, values = 0, next = 0;

	vectors->answers = mem_alloc(size);
	vectors->values = mem_alloc(size);
	for (int item = 1; item <= highest; item++) {
		const struct response_answer *answer = &submission->answers[next];
		const char *comma = item > 1 ? "," : "{";

		if (answer->item != item) {
			answers += (size_t)sprintf(vectors->answers + answers, "%sNULL", comma);
			values += (size_t)sprintf(vectors->values + values, "%sNULL", comma);
			continue;
		}
		next++;
		answers += (size_t)sprintf(vectors->answers + answers, "%s%ld", comma,
					   answer->dont_know ? -1L : answer->raw);
		if (answer->dont_know)
			values += (size_t)sprintf(vectors->values + values, "%sNULL", comma);
		else
			values += (size_t)sprintf(vectors->values + values, "%s%.17g", comma,
						  answer->value);
	}
	strcpy(vectors->answers + answers, highest ? "}" : "{}");
	strcpy(vectors->values + values, highest ? "}" : "{}");
}

static void responses_unknown_items(struct http_request *request, const char *list)
{
	struct validation validation;
	json_t *items = json_loads(list, 0, NULL);
	size_t index;
	json_t *item;

	validation_init(&validation);
	json_array_foreach(items, index, item) {
		char field[VALIDATION_FIELD_SIZE];

		snprintf(field, sizeof(field), "answers.%lld", (long long)json_integer_value(item));
		validation_add(&validation, field, "is not an item of this wave's instrument");
	}
	json_decref(items);
	http_respond_invalid(request, "the response names items the instrument does not have",
			     &validation);
}

static const struct {
	const char *outcome;
	int status;
	const char *detail;
} submit_problems[] = {
	{ "forbidden", 403, "this token's role may not do this" },
	{ "not_yours", 404, "no response of yours at this path" },
	{ "wave_not_found", 404, "no wave with this id" },
	{ "member_not_found", 404, "no member with this id in the wave's partnership" },
	{ "member_inactive", 409, "the member is deactivated" },
	{ "wave_not_open", 409, "the wave is not open" },
};

static void responses_answer_outcome(struct http_request *request,
				     const struct db_result *rows)
{
	const char *outcome = db_value(rows, 0, SUBMIT_OUTCOME);

	if (strcmp(outcome, "created") == 0 || strcmp(outcome, "replaced") == 0 ||
	    strcmp(outcome, "unchanged") == 0) {
		bool created = strcmp(outcome, "created") == 0;
		char member[ROUTE_PARAM_SIZE + 16];

		/* the stored response as GET shows it: one encoder, in SQL */
		http_respond_json_text(request, created ? 201 : 200,
				       db_value(rows, 0, SUBMIT_DETAIL));
		snprintf(member, sizeof(member), "/responses/%s", request->params.values[1]);
		if (created)
			http_add_location(request, "/v1/waves/", request->params.values[0], member);
		return;
	}
	if (strcmp(outcome, "unknown_items") == 0) {
		responses_unknown_items(request, db_value(rows, 0, SUBMIT_DETAIL));
		return;
	}
	for (size_t i = 0; i < ARRAY_LENGTH(submit_problems); i++) {
		if (strcmp(outcome, submit_problems[i].outcome) == 0) {
			http_respond_problem(request, submit_problems[i].status,
					     submit_problems[i].detail);
			return;
		}
	}
	http_respond_problem(request, 500, "an internal error occurred");
}

/* The roles the route admits, as the array the statement checks. */
static void responses_roles(const struct http_request *request, char *out, size_t size)
{
	static const enum auth_role roles[] = { ROLE_ADMIN, ROLE_COORDINATOR, ROLE_VIEWER,
						ROLE_RESPONDENT };
	size_t used = (size_t)snprintf(out, size, "{");

	for (size_t i = 0; i < ARRAY_LENGTH(roles); i++) {
		if (request->route->roles & roles[i])
			used += (size_t)snprintf(out + used, size - used, "%s%s", used > 1 ? "," : "",
						 auth_role_name(roles[i]));
	}
	snprintf(out + used, size - used, "}");
}

static void responses_submit(struct http_request *request,
			     const struct response_submission *submission)
{
	char digest[CRYPTO_SHA256_HEX_SIZE], roles[64];
	struct submission_vectors vectors;
	const struct db_result *result = NULL;
	enum db_status status;

	responses_digest(submission, digest);
	responses_vectors(submission, &vectors);
	responses_roles(request, roles, sizeof(roles));
	const char *values[] = { request->principal.token_hash, roles, request->params.values[0],
				 request->params.values[1], score_scale_name(submission->scale),
				 vectors.answers, vectors.values, submission->comment, digest };

	status = http_db_query(request, DB_PRIMARY, DB_ARGS(query_responses_submit, values), &result);
	if (status != DB_OK)
		http_respond_db_error(request, status);
	else if (http_authorize_rows(request, result))
		responses_answer_outcome(request, result);
	free(vectors.answers);
	free(vectors.values);
}

static void responses_validate_body(const json_t *body, void *out,
				    struct validation *validation)
{
	responses_validate(body, out, validation);
}

/* The token is checked by the submission's own statement: one round trip. */
void responses_put(struct http_request *request)
{
	struct response_submission *submission = mem_alloc(sizeof(*submission));
	json_t *body = resource_body(request, responses_validate_body, submission);

	if (body != NULL)
		responses_submit(request, submission);
	json_decref(body);
	free(submission);
}

/* ---- read back ---- */

/* A respondent reads its own response to check or finish it; admins any.
 * Read from the primary: the reader may have just written it. */
static const struct resource_state get_states[] = {
	{ "wave_not_open", 409, "the round is closed: its answers can no longer be read, not "
				"even by the member who gave them" },
	{ NULL, 0, NULL },
};

/* A member's own response while the wave is open (the session checks it),
 * or any response for an admin. */
void responses_get(struct http_request *request)
{
	bool own = request->principal.role == ROLE_RESPONDENT;
	const char *values[] = { request->params.values[0], request->params.values[1],
				 own ? request->principal.wave_id : NULL,
				 own ? request->principal.member_id : NULL };
	struct resource_call call = {
		.target = DB_PRIMARY,
		RESOURCE_STATEMENT(query_responses_get, values),
		.status = 200,
		.not_found = "no response of yours at this path",
		.states = get_states,
	};

	resource_answer(request, &call);
}

/* ---- who responded, withdraw ---- */

void responses_list(struct http_request *request)
{
	RESOURCE_LIST_CHILDREN(request, query_responses_list, "no wave with this id");
}

static const struct resource_state withdraw_states[] = {
	{ "withdrawn", 204, NULL },
	{ "wave_closed", 409, "the wave is closed: its published numbers do not change" },
	{ NULL, 0, NULL },
};

void responses_withdraw(struct http_request *request)
{
	const char *values[] = { request->params.values[0], request->params.values[1] };
	struct resource_call call = {
		.target = DB_PRIMARY,
		RESOURCE_STATEMENT(query_responses_withdraw, values),
		.not_found = "no response of this member in this wave",
		.states = withdraw_states,
	};

	resource_answer_empty(request, &call);
}

/* ---- export ---- */

static const char *const export_leading[] = { "wave_id", "partnership_id", "member_id",
					      "member_label", "revision", "submitted_at", "scale" };

/* The header: the leading columns, item_N for every item, dk_items, comment. */
static void responses_export_header(struct csv *table, const struct db_result *items)
{
	for (size_t i = 0; i < ARRAY_LENGTH(export_leading); i++)
		csv_text(table, export_leading[i]);
	for (int row = 0; row < db_row_count(items); row++) {
		char header[24];

		snprintf(header, sizeof(header), "item_%s", db_value(items, row, 0));
		csv_text(table, header);
	}
	csv_text(table, "dk_items");
	csv_text(table, "comment");
	csv_end_line(table);
}

/* The answers' cells: numbers, or empty for unanswered and don't know. */
static void responses_export_cells(struct csv *table, const char *cells)
{
	const char *at = cells;

	for (;;) {
		const char *end = strchr(at, ',');
		char *parsed;
		double value = strtod(at, &parsed);

		if (parsed == at)
			csv_text(table, NULL);
		else
			csv_number(table, value);
		if (end == NULL)
			return;
		at = end + 1;
	}
}

void responses_export_write(struct csv *table, const struct db_result *rows, int row)
{
	for (int column = 0; column < 4; column++)
		csv_text(table, db_value(rows, row, column));
	csv_integer(table, strtoll(db_value(rows, row, 4), NULL, 10));
	csv_timestamp(table, db_value(rows, row, 5));
	csv_text(table, db_value(rows, row, 6));
	responses_export_cells(table, db_value(rows, row, 7));
	csv_text(table, db_is_null(rows, row, 8) ? NULL : db_value(rows, row, 8));
	csv_text(table, db_is_null(rows, row, 9) ? NULL : db_value(rows, row, 9));
	csv_end_line(table);
}

/* One row of responses_export_rows (db_row_handler). */
static bool responses_export_row(const struct db_result *row, void *context)
{
	responses_export_write(context, row, 0);
	return true;
}

/* Every matching response in one body, written to a file as the rows
 * arrive and sent from it: memory stays that of one row. */
static void responses_export_table(struct http_request *request, enum http_format format,
				   int count, const char *const *values)
{
	const struct db_result *items = NULL;
	enum db_status status;
	struct csv table;

	if (!http_table_start(request, format, &table, "responses"))
		return;
	status = http_db_query(request, DB_READ, DB_NO_ARGS(query_responses_export_items), &items);
	if (status == DB_OK && csv_spool(&table) != RESULT_OK)
		status = DB_ERROR;
	if (status == DB_OK) {
		responses_export_header(&table, items);
		status = http_db_stream(request, DB_READ, &query_responses_export_rows, count,
					values, responses_export_row, &table);
	}
	if (status != DB_OK) {
		csv_discard(&table);
		http_respond_db_error(request, status);
		return;
	}
	http_respond_table_file(request, format, &table);
}

/* The rows of a table export have no pages: limit and cursor are JSON's. */
static bool responses_export_unpaged(struct http_request *request)
{
	struct validation validation;

	validation_init(&validation);
	if (http_query(request, "limit") != NULL)
		validation_add(&validation, "limit", "pages the JSON export only; CSV and xlsx "
						     "carry every matching response");
	if (http_query(request, "cursor") != NULL)
		validation_add(&validation, "cursor", "pages the JSON export only; CSV and xlsx "
						      "carry every matching response");
	if (validation_ok(&validation))
		return true;
	http_respond_invalid(request, "the query is not valid", &validation);
	return false;
}

void responses_export(struct http_request *request)
{
	char wave[UUID_TEXT_SIZE], partnership[UUID_TEXT_SIZE];
	struct validation validation;
	struct page page;
	const char *wave_id, *partnership_id;
	enum http_format format;

	validation_init(&validation);
	wave_id = resource_query_uuid(request, "wave_id", wave, &validation);
	partnership_id = resource_query_uuid(request, "partnership_id", partnership, &validation);
	if (!resource_page(request, &page, &validation))
		return;
	const char *values[] = { PAGE_PARAMS(page), wave_id, partnership_id };
	const char *table_values[] = { page.updated_since, wave_id, partnership_id };

	struct resource_call call = {
		.target = DB_READ,
		RESOURCE_STATEMENT(query_responses_export, values),
		.status = 200,
		.not_found = "",
		.page = true,
	};

	if (!http_format_wanted(request, &format))
		return;
	if (format == FORMAT_JSON)
		resource_answer(request, &call);
	else if (responses_export_unpaged(request))
		responses_export_table(request, format,
				       DB_VALUES(query_responses_export_rows, table_values));
}
