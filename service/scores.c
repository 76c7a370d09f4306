/* The score views: a wave's scores, its perspective gaps and report, a
 * partnership's trend and comparisons across partnerships, one row each in
 * a table (struct scores_view). Each handler validates its query; the row
 * runs one statement of plain totals rows (sql/queries/scores.sql) and
 * encodes what scores_read computed as JSON, CSV, xlsx or a page. */
#include "scores.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gaps.h"
#include "json.h"
#include "log.h"
#include "mem.h"
#include "published.h"
#include "queries.h"
#include "reply_cache.h"
#include "report.h"
#include "resource.h"
#include "scores_csv.h"
#include "scores_json.h"
#include "scores_privacy.h"
#include "scores_read.h"

/* What a score view shows besides its numbers: the wave's grouping (by=)
 * and, with ?lang or Accept-Language, dimension names and item texts. */
struct scores_options {
	const char *by;
	const char *language;  /* "en", "nl", or NULL for keys only */
};

/* One score view: a row of the table below. Adding a view is a row, its
 * writers, its handler (which reads its query), its route and its OpenAPI
 * entry. */
struct scores_view {
	unsigned char tag;                     /* apart in reply keys */
	const struct db_statement *statement;  /* sql/queries/scores.sql */
	int found_column;  /* after the token's columns: NULL when the path names
			    * nothing in scope; -1 when any rows are a view */
	const char *not_found;
	const char *sheet;  /* the xlsx sheet's name */
	/* the JSON body, or (with page) an HTML page instead */
	json_t *(*json)(struct http_request *request, const struct scored *scored,
			const struct scores_options *options);
	char *(*page)(const struct scored *scored, const struct scores_options *options,
		      size_t *length);
	/* CSV or xlsx; NULL when the view answers JSON only */
	char *(*table)(const struct scored *scored, const struct scores_options *options,
		       struct csv *table, size_t *length);
	/* reads the request's options and path into the statement's values,
	 * then answers (scores_answer) */
	void (*ask)(struct http_request *request, const struct scores_view *view);
};

/* ---- the writers, in the table's form ---- */

static void scores_add_names(json_t *body, const struct scored *scored,
			     const struct scores_options *options)
{
	if (options->language != NULL)
		scores_dimension_names(body, scored, options->language);
}

static json_t *scores_wave_body(struct http_request *request, const struct scored *scored,
				const struct scores_options *options)
{
	(void)request;
	return scores_wave_json(&scored->waves[0], options->by, options->language);
}

static json_t *scores_trend_body(struct http_request *request, const struct scored *scored,
				 const struct scores_options *options)
{
	json_t *body = scores_trend_json(scored, request->params.values[0]);

	scores_add_names(body, scored, options);
	return body;
}

static json_t *scores_comparison_body(struct http_request *request, const struct scored *scored,
				      const struct scores_options *options)
{
	json_t *body = scores_comparison_json(scored);

	(void)request;
	scores_add_names(body, scored, options);
	return body;
}

static json_t *scores_gaps_body(struct http_request *request, const struct scored *scored,
				const struct scores_options *options)
{
	(void)request;
	(void)options;
	return gaps_json(scored);
}

static char *scores_report_page(const struct scored *scored, const struct scores_options *options,
				size_t *length)
{
	return report_html(scored, options->language, length);
}

static char *scores_wave_table(const struct scored *scored, const struct scores_options *options,
			       struct csv *table, size_t *length)
{
	return scores_wave_csv(&scored->waves[0], table, length, options->language);
}

static char *scores_trend_table(const struct scored *scored, const struct scores_options *options,
				struct csv *table, size_t *length)
{
	(void)options;
	return scores_trend_csv(scored, table, length);
}

static char *scores_comparison_table(const struct scored *scored,
				     const struct scores_options *options, struct csv *table,
				     size_t *length)
{
	(void)options;
	return scores_comparison_csv(scored, table, length);
}

static char *scores_gaps_table(const struct scored *scored, const struct scores_options *options,
			       struct csv *table, size_t *length)
{
	(void)options;
	return scores_gaps_csv(scored, table, length);
}

/* CSV or xlsx, as the request asked; false when it answered an error. */
static bool scores_render_table(struct http_request *request, const struct scored *scored,
				const struct scores_view *view, const struct scores_options *options,
				enum http_format format, struct reply *reply)
{
	struct csv table;

	if (!http_table_start(request, format, &table, view->sheet))
		return false;
	/* the data's date, so that every instance gives the same bytes */
	table.created = (time_t)scored->changed_at;
	reply->content_type = format == FORMAT_XLSX ? HTTP_XLSX_TYPE : "text/csv; charset=utf-8";
	reply->body = view->table(scored, options, &table, &reply->length);
	if (reply->body == NULL) {
		http_respond_problem(request, 500, "an internal error occurred");
		return false;
	}
	return true;
}

/* Renders what scored holds as the view's reply in the format asked for;
 * false when it answered an error instead. */
static bool scores_render(struct http_request *request, const struct scored *scored,
			  const struct scores_view *view, const struct scores_options *options,
			  struct reply *reply)
{
	enum http_format format = FORMAT_JSON;
	json_t *body;

	reply->modified = scored->changed_at;
	if (view->page != NULL) {
		reply->content_type = "text/html; charset=utf-8";
		reply->body = view->page(scored, options, &reply->length);
		return true;
	}
	if (view->table != NULL && !http_format_wanted(request, &format))
		return false;
	if (format != FORMAT_JSON)
		return scores_render_table(request, scored, view, options, format, reply);
	reply->content_type = "application/json";
	body = view->json(request, scored, options);
	reply->body = json_encode(body, &reply->length);
	json_decref(body);
	return true;
}

static void scores_digest_text(struct crypto_digest *digest, const char *text)
{
	/* the length first, so ("ab", "c") and ("a", "bc") differ, and NULL
	 * apart from "" */
	size_t length = text != NULL ? strlen(text) + 1 : 0;

	crypto_digest_add(digest, &length, sizeof(length));
	crypto_digest_add(digest, text != NULL ? text : "", length);
}

/* What both keys of a reply hold: the view, whether the caller is an
 * admin, k, the options and the statement's parameters (the token aside). */
static void scores_digest_request(struct crypto_digest *digest, struct http_request *request,
				  int count, const char *const *values, const struct scores_view *view,
				  const struct scores_options *options)
{
	unsigned char admin = request->principal.role == ROLE_ADMIN;
	long minimum = request->config->min_group_size;

	crypto_digest_add(digest, &view->tag, 1);
	crypto_digest_add(digest, &admin, 1);
	crypto_digest_add(digest, &minimum, sizeof(minimum));
	scores_digest_text(digest, options->by);
	scores_digest_text(digest, options->language);
	scores_digest_text(digest, http_query(request, "format"));
	scores_digest_text(digest, http_query(request, "dialect"));
	scores_digest_text(digest, http_header(request, "Accept"));
	for (int i = 1; i < count; i++)
		scores_digest_text(digest, values[i]);
}

/* Everything the reply depends on (reply_cache.h): the statement and the
 * view (the gaps read the wave's statement), the caller's class, the
 * options, the parameters but the token, and every value the statement
 * returned besides the token's own columns. */
static void scores_reply_key(struct http_request *request, int count, const char *const *values, const struct db_result *rows,
			     const struct scores_view *view, const struct scores_options *options,
			     struct reply_key *key)
{
	struct crypto_digest *digest = crypto_digest_start();

	scores_digest_text(digest, view->statement->name);
	scores_digest_request(digest, request, count, values, view, options);
	for (int row = 0; row < db_row_count(rows); row++) {
		for (int column = AUTH_PRINCIPAL_COLUMNS; column < db_column_count(rows); column++) {
			size_t length = db_is_null(rows, row, column) ? SIZE_MAX
								      : db_length(rows, row, column);

			crypto_digest_add(digest, &length, sizeof(length));
			if (length != SIZE_MAX)
				crypto_digest_add(digest, db_value(rows, row, column), length);
		}
	}
	crypto_digest_finish(digest, key->digest);
}

/* Computes the view from its rows, and answers it; the reply is kept, and
 * also by request under published when that is not NULL. */
static void scores_compute(struct http_request *request, const struct db_result *rows,
			   const struct scores_view *view, const struct scores_options *options,
			   const struct reply_key *key, const struct reply_key *published)
{
	struct reply reply;
	struct scored scored;
	enum db_status status = scores_read(&scored, rows, http_time_left(request));

	if (status == DB_OK && request->principal.role != ROLE_ADMIN)
		status = scores_privacy_apply(request, &scored, request->config->min_group_size);
	if (status != DB_OK) {
		log_error("request %s: the score totals did not read", request->request_id);
		http_respond_db_error(request, status);
	} else if (scores_render(request, &scored, view, options, &reply)) {
		http_etag_of(reply.body, reply.length, reply.etag);
		reply_cache_keep(key, &reply);
		if (published != NULL)
			reply_cache_keep(published, &reply);
		http_respond_tagged(request, reply.content_type, reply.body, reply.length,
				    reply.modified, reply.etag);
	}
	scores_read_free(&scored);
}

/* Whether the statement found what the path names: a wave, or for a trend
 * the partnership (whose waves may be none). */
static bool scores_found(const struct db_result *rows, const struct scores_view *view)
{
	return view->found_column < 0 ||
	       !db_is_null(rows, 0, AUTH_PRINCIPAL_COLUMNS + view->found_column);
}

/* ---- published wave views, from memory (published.h) ---- */

/* The key of a published view: the epoch, the view and what the request
 * asked, and who asks (admin or not, and the scope), not the data. */
static void scores_published_key(struct http_request *request, const struct scores_view *view,
				 int count, const char *const *values,
				 const struct scores_options *options, unsigned long epoch,
				 struct reply_key *key)
{
	struct crypto_digest *digest = crypto_digest_start();

	scores_digest_text(digest, "published");
	crypto_digest_add(digest, &epoch, sizeof(epoch));
	scores_digest_text(digest, auth_role_name(request->principal.role));
	scores_digest_text(digest, request->principal.scope ? request->principal.scope : "*");
	scores_digest_request(digest, request, count, values, view, options);
	crypto_digest_finish(digest, key->digest);
}

/* Whether a view can be kept once all its waves are published: each of
 * them, its rows telling (comparisons read their rows by request, so a
 * new wave anywhere is announced too). */
static bool scores_keeps_published(const struct scores_view *view)
{
	(void)view;
	return published_on();
}

/* The caller from the token cache (asking the database once, which fills
 * it), when it may read this route; false otherwise. */
static bool scores_known_caller(struct http_request *request)
{
	struct auth_principal known;

	if (auth_authenticate(http_header(request, "Authorization"), true,
			      http_time_left(request), &known) != AUTH_OK)
		return false;
	if (!(request->route->roles & known.role)) {
		auth_principal_clear(&known);
		return false;
	}
	auth_principal_clear(&request->principal);
	request->principal = known;
	return true;
}

/* Answers from memory when the view was kept; true then. */
static bool scores_answer_published(struct http_request *request, const struct scores_view *view,
				    int count, const char *const *values,
				    const struct scores_options *options, unsigned long epoch)
{
	struct reply_key key;
	struct reply reply;

	if (!scores_known_caller(request))
		return false;
	scores_published_key(request, view, count, values, options, epoch, &key);
	if (!reply_cache_find(&key, &reply))
		return false;
	http_respond_tagged(request, reply.content_type, reply.body, reply.length, reply.modified,
			    reply.etag);
	return true;
}

/* Whether every wave of the rows is published (closed): then the view
 * changes only with what cacd_waves announces. */
static bool scores_rows_published(const struct db_result *rows)
{
	int count = db_row_count(rows);

	if (count == 0 || db_column_count(rows) <= AUTH_PRINCIPAL_COLUMNS + 21)
		return false;
	for (int row = 0; row < count; row++)
		if (strcmp(db_value(rows, row, AUTH_PRINCIPAL_COLUMNS + 21), "true") != 0)
			return false;
	return true;
}

/* Runs the view's statement, which checks the token too
 * (sql/queries/scores.sql), then answers the reply kept for the same data or
 * computes it; 404 with the view's not_found when the path names nothing in
 * scope. The primary answers, so a revoked
 * token fails at once, also when the reply is kept. A published wave view
 * asked again is answered from memory, without the database: the token
 * cache has the caller, and LISTEN/NOTIFY keeps both true. */
static void scores_answer(struct http_request *request, const struct scores_view *view,
			  int count, const char *const *values,
			  const struct scores_options *options)
{
	bool keeps = scores_keeps_published(view);
	unsigned long epoch = published_epoch();
	const struct db_result *rows = NULL;
	enum db_status status;
	struct reply_key key, published;
	const struct reply_key *keep_published = NULL;
	struct reply reply;

	if (keeps && scores_answer_published(request, view, count, values, options, epoch))
		return;
	status = http_db_query(request, DB_PRIMARY, view->statement, count, values, &rows);
	if (status != DB_OK) {
		http_respond_db_error(request, status);
	} else if (!http_authorize_rows(request, rows)) {
		/* answered 401 or 403 */
	} else if (!scores_found(rows, view)) {
		http_respond_problem(request, 404, view->not_found);
	} else {
		scores_reply_key(request, count, values, rows, view, options, &key);
		if (keeps && scores_rows_published(rows)) {
			scores_published_key(request, view, count, values, options, epoch,
					     &published);
			keep_published = &published;
		}
		if (reply_cache_find(&key, &reply)) {
			if (keep_published != NULL)
				reply_cache_keep(keep_published, &reply);
			http_respond_tagged(request, reply.content_type, reply.body, reply.length,
					    reply.modified, reply.etag);
		} else {
			scores_compute(request, rows, view, options, &key, keep_published);
		}
	}
}

/* ?lang, else Accept-Language when the client sent one: words besides keys. */
static void scores_language(struct http_request *request, struct scores_options *options,
			    struct validation *validation)
{
	const char *lang = http_query(request, "lang");
	const char *accept = http_header(request, "Accept-Language");

	options->language = NULL;
	if (lang == NULL && accept == NULL)
		return;
	options->language = validate_language(lang, accept);
	if (options->language == NULL)
		validation_add(validation, "lang", "must be en or nl");
}

static bool scores_format_valid(struct http_request *request, struct validation *validation)
{
	const char *format = http_query(request, "format");

	if (format != NULL && strcmp(format, "csv") != 0 && strcmp(format, "json") != 0 &&
	    strcmp(format, "xlsx") != 0)
		validation_add(validation, "format", "must be json, csv or xlsx");
	return validation_ok(validation);
}

static void scores_ask_wave(struct http_request *request, const struct scores_view *view)
{
	struct scores_options options = { http_query(request, "by"), NULL };
	struct validation validation;

	validation_init(&validation);
	if (options.by != NULL && strcmp(options.by, "role") != 0 &&
	    strcmp(options.by, "sector") != 0)
		validation_add(&validation, "by", "must be role or sector");
	scores_language(request, &options, &validation);
	if (!scores_format_valid(request, &validation)) {
		http_respond_invalid(request, "the query is not valid", &validation);
		return;
	}
	const char *values[] = { request->principal.token_hash, request->params.values[0],
				 options.by ? options.by : "" };

	scores_answer(request, view, DB_VALUES(query_scores_wave, values), &options);
}

static void scores_ask_trend(struct http_request *request, const struct scores_view *view)
{
	struct scores_options options = { NULL, NULL };
	struct validation validation;

	validation_init(&validation);
	scores_language(request, &options, &validation);
	if (!scores_format_valid(request, &validation)) {
		http_respond_invalid(request, "the query is not valid", &validation);
		return;
	}
	const char *values[] = { request->principal.token_hash, request->params.values[0] };

	scores_answer(request, view, DB_VALUES(query_scores_trend, values), &options);
}

#define SCORES_MAX_FILTER_IDS 1000

/* ?partnership_id= may repeat; gathered into "{id,id}" (caller frees). */
static char *scores_partnership_filter(struct http_request *request, struct validation *validation)
{
	const char **ids = mem_calloc(SCORES_MAX_FILTER_IDS, sizeof(char *));
	size_t count = http_query_all(request, "partnership_id", ids, SCORES_MAX_FILTER_IDS);
	char *array = NULL;
	size_t used = 1;

	if (count > SCORES_MAX_FILTER_IDS)
		validation_add(validation, "partnership_id", "at most %d may be given",
			       SCORES_MAX_FILTER_IDS);
	else if (count > 0) {
		array = mem_alloc(count * (UUID_TEXT_SIZE + 1) + 3);
		strcpy(array, "{");
		for (size_t i = 0; i < count; i++) {
			if (!validate_is_uuid(ids[i])) {
				validation_add(validation, "partnership_id", "must be a UUID");
				break;
			}
			used += (size_t)sprintf(array + used, "%s%s", i ? "," : "", ids[i]);
		}
		strcpy(array + used, "}");
	}
	free(ids);
	return array;
}

/* A period bound: a date (YYYY-MM-DD, midnight UTC) or an RFC 3339 time,
 * as the text PostgreSQL reads into *out. */
static bool scores_period_bound(const char *text, char out[TIME_TEXT_SIZE], time_t *seconds)
{
	char with_time[TIME_TEXT_SIZE];

	if (strlen(text) == 10) {
		snprintf(with_time, sizeof(with_time), "%sT00:00:00Z", text);
		text = with_time;
	}
	if (strlen(text) >= TIME_TEXT_SIZE || !validate_parse_time(text, seconds))
		return false;
	snprintf(out, TIME_TEXT_SIZE, "%s", text);
	return true;
}

/* What the comparison compares: waves of one label, or per partnership its
 * latest closed wave that opened in [from, to). */
struct comparison_query {
	const char *label;
	char from[TIME_TEXT_SIZE], to[TIME_TEXT_SIZE];
	bool period, similar_ses;
};

static void scores_comparison_query(struct http_request *request, struct comparison_query *q,
				    size_t partnership_count, struct validation *validation)
{
	const char *from = http_query(request, "from"), *to = http_query(request, "to");
	const char *similar = http_query(request, "similar_ses");
	time_t from_seconds = 0, to_seconds = 0;

	q->label = http_query(request, "wave_label");
	q->period = from != NULL || to != NULL;
	if (q->label != NULL && *q->label == '\0')
		q->label = NULL;
	if (q->label == NULL && !q->period)
		validation_add(validation, "wave_label", "give wave_label, or from and to");
	if (q->label != NULL && q->period)
		validation_add(validation, "wave_label", "give wave_label, or from and to, not both");
	if (q->period && (from == NULL || !scores_period_bound(from, q->from, &from_seconds)))
		validation_add(validation, "from", "must be a date (YYYY-MM-DD) or an RFC 3339 time");
	if (q->period && (to == NULL || !scores_period_bound(to, q->to, &to_seconds)))
		validation_add(validation, "to", "must be a date (YYYY-MM-DD) or an RFC 3339 time");
	if (validation_ok(validation) && q->period && to_seconds <= from_seconds)
		validation_add(validation, "to", "must be after from");
	q->similar_ses = similar != NULL && strcmp(similar, "true") == 0;
	if (similar != NULL && !q->similar_ses && strcmp(similar, "false") != 0)
		validation_add(validation, "similar_ses", "must be true or false");
	if (q->similar_ses && partnership_count != 1)
		validation_add(validation, "partnership_id",
			       "similar_ses compares with one partnership: give exactly one");
}

static void scores_ask_comparisons(struct http_request *request,
				   const struct scores_view *view)
{
	const char *municipality = http_query(request, "municipality_code");
	struct comparison_query query = { 0 };
	struct scores_options options = { NULL, NULL };
	struct validation validation;
	char *partnerships;

	validation_init(&validation);
	scores_language(request, &options, &validation);
	if (municipality != NULL && !validate_municipality_code(municipality))
		validation_add(&validation, "municipality_code", "must be GM followed by 4 digits or capitals");
	partnerships = scores_partnership_filter(request, &validation);
	scores_comparison_query(request, &query,
				http_query_all(request, "partnership_id", NULL, 0), &validation);
	if (!scores_format_valid(request, &validation)) {
		http_respond_invalid(request, "the query is not valid", &validation);
		free(partnerships);
		return;
	}
	const char *values[] = { request->principal.token_hash, query.label, municipality,
				 partnerships, query.period ? query.from : NULL,
				 query.period ? query.to : NULL,
				 query.similar_ses ? "true" : "false" };

	scores_answer(request, view, DB_VALUES(query_scores_comparisons, values),
		      &options);
	free(partnerships);
}

/* The perspective gap: coproducers against professionals, with intervals. */
static void scores_ask_gaps(struct http_request *request, const struct scores_view *view)
{
	const char *values[] = { request->principal.token_hash, request->params.values[0], "role" };

	scores_answer(request, view, DB_VALUES(query_scores_wave, values),
		      &(struct scores_options){ NULL, NULL });
}

/* The group-session report: a printable page, in ?lang or the browser's
 * language (English when it asks for neither). */
static void scores_ask_report(struct http_request *request, const struct scores_view *view)
{
	struct scores_options options = { NULL, NULL };
	struct validation validation;

	validation_init(&validation);
	scores_language(request, &options, &validation);
	if (!validation_ok(&validation)) {
		http_respond_invalid(request, "the query is not valid", &validation);
		return;
	}
	if (options.language == NULL)
		options.language = "en";
	const char *values[] = { request->principal.token_hash, request->params.values[0] };

	scores_answer(request, view, DB_VALUES(query_scores_report, values), &options);
}

/* ---- the views: one row each, which its route carries ---- */

const struct scores_view scores_view_wave = {
	.tag = 'w',
	.sheet = "scores",
	.statement = &query_scores_wave,
	.found_column = 0,
	.not_found = "no wave with this id",
	.json = scores_wave_body,
	.table = scores_wave_table,
	.ask = scores_ask_wave,
};

const struct scores_view scores_view_trend = {
	.tag = 't',
	.sheet = "trend",
	.statement = &query_scores_trend,
	.found_column = 1, /* the partnership, whose waves may be none */
	.not_found = "no partnership with this id",
	.json = scores_trend_body,
	.table = scores_trend_table,
	.ask = scores_ask_trend,
};

const struct scores_view scores_view_comparison = {
	.tag = 'c',
	.sheet = "comparisons",
	.statement = &query_scores_comparisons,
	.found_column = -1,
	.not_found = "",
	.json = scores_comparison_body,
	.table = scores_comparison_table,
	.ask = scores_ask_comparisons,
};

/* the perspective gap reads the wave's statement, grouped by role */
const struct scores_view scores_view_gaps = {
	.tag = 'g',
	.sheet = "gaps",
	.statement = &query_scores_wave,
	.found_column = 0,
	.not_found = "no wave with this id",
	.json = scores_gaps_body,
	.table = scores_gaps_table,
	.ask = scores_ask_gaps,
};

const struct scores_view scores_view_report = {
	.tag = 'r',
	.statement = &query_scores_report,
	.found_column = 0,
	.not_found = "no wave with this id",
	.page = scores_report_page,
	.ask = scores_ask_report,
};

void scores_view_handler(struct http_request *request)
{
	const struct scores_view *view = request->route->scores_view;

	view->ask(request, view);
}
