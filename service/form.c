#include "form.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "embedded.h"
#include "form_items.h"
#include "form_view.h"
#include "invitations.h"
#include "log.h"
#include "mem.h"
#include "queries.h"
#include "responses.h"

#define FORM_COOKIE "cacd_form"

/* Columns of form_page (sql/queries/form.sql). */
enum form_column {
	PAGE_TOKEN_ID, PAGE_VALID, PAGE_MEMBER, PAGE_WAVE, PAGE_STATUS, PAGE_PARTNERSHIP,
	PAGE_CONTACT, PAGE_WAVE_LABEL, PAGE_CLOSES_AT, PAGE_SCALE, PAGE_MINIMUM, PAGE_MAXIMUM,
	PAGE_LABELS, PAGE_STORED_SCALE, PAGE_ANSWERS, PAGE_COMMENT, PAGE_INSTRUMENT,
};

/* A page's model and what it borrows from. */
struct form_page {
	struct form_view view;
	const struct db_result *rows;
	json_t *labels;
	char csrf[CRYPTO_SHA256_HEX_SIZE];
	char token_hash[CRYPTO_SHA256_HEX_SIZE];
};

/* ---- answers ---- */

static enum form_language form_language_wanted(const struct http_request *request)
{
	const char *code = validate_language_or(http_query(request, "lang"),
						http_header(request, "Accept-Language"), "nl");

	return form_language_of(code);
}

/* Pages that show answers are never stored, framed or referred from. */
static void form_respond(struct http_request *request, int status, char *body, size_t length)
{
	http_respond_bytes(request, status, "text/html; charset=utf-8", body, length);
	http_add_header(request, "Content-Security-Policy",
			"default-src 'self'; frame-ancestors 'none'; form-action 'self'; "
			"base-uri 'none'");
	http_add_header(request, "Referrer-Policy", "no-referrer");
}

static void form_problem(struct http_request *request, int status, const char *title,
			 const char *text, const char *partnership, const char *contact)
{
	size_t length;
	char *body = form_view_problem(form_language_wanted(request), title, text, partnership,
				       contact, NULL, &length);

	form_respond(request, status, body, length);
}

static void form_redirect(struct http_request *request, const char *location)
{
	http_respond_empty(request, 303);
	http_add_header(request, "Location", location);
	http_add_header(request, "Referrer-Policy", "no-referrer");
}

/* ---- the session ---- */

static void form_csrf_of(const char *token_hash, char csrf[CRYPTO_SHA256_HEX_SIZE])
{
	char material[CRYPTO_SHA256_HEX_SIZE + 8];

	snprintf(material, sizeof(material), "csrf:%s", token_hash);
	crypto_sha256_hex(material, strlen(material), csrf);
}

static bool form_same(const char *a, const char *b)
{
	unsigned char differ = 0;
	size_t length = strlen(b);

	if (strlen(a) != length)
		return false;
	for (size_t i = 0; i < length; i++)
		differ |= (unsigned char)(a[i] ^ b[i]);
	return differ == 0;
}

static void form_model_scale(struct form_page *page, const struct db_result *rows)
{
	struct form_view *view = &page->view;

	view->percent = strcmp(db_value(rows, 0, PAGE_SCALE), "percent") == 0;
	view->minimum = atol(db_value(rows, 0, PAGE_MINIMUM));
	view->maximum = atol(db_value(rows, 0, PAGE_MAXIMUM));
	if (!view->percent && view->maximum - view->minimum >= FORM_MAX_CATEGORIES)
		view->maximum = view->minimum + FORM_MAX_CATEGORIES - 1;
	page->labels = json_loads(db_value(rows, 0, PAGE_LABELS), 0, NULL);
	for (long value = view->minimum; !view->percent && value <= view->maximum; value++) {
		char key[8];
		const char *label;

		snprintf(key, sizeof(key), "%ld", value);
		label = json_string_value(json_object_get(page->labels, key));
		view->labels[value - view->minimum] = label ? label : "";
	}
}

/* The model of every page, from form_page's rows. */
static void form_model(struct form_page *page, enum form_language language)
{
	const struct db_result *rows = page->rows;
	struct form_view *view = &page->view;

	view->language = language;
	view->text = form_text(language);
	view->partnership = db_value(rows, 0, PAGE_PARTNERSHIP);
	view->contact = db_is_null(rows, 0, PAGE_CONTACT) ? NULL : db_value(rows, 0, PAGE_CONTACT);
	view->wave_label = db_value(rows, 0, PAGE_WAVE_LABEL);
	view->closes_at = db_value(rows, 0, PAGE_CLOSES_AT);
	view->comment = db_is_null(rows, 0, PAGE_COMMENT) ? NULL : db_value(rows, 0, PAGE_COMMENT);
	view->csrf = page->csrf;
	form_model_scale(page, rows);
	/* answers given on another scale (through the API) are not shown */
	form_input_stored(strcmp(db_value(rows, 0, PAGE_STORED_SCALE),
				 db_value(rows, 0, PAGE_SCALE)) == 0
				  ? db_value(rows, 0, PAGE_ANSWERS)
				  : NULL,
			  view->answers);
}

/* Loads the session's page; answers a problem page and returns false when
 * there is no valid session for an open round. */
static bool form_load(struct http_request *request, struct form_page *page)
{
	enum form_language language = form_language_wanted(request);
	const struct form_text *text = form_text(language);
	const char *token = http_cookie(request, FORM_COOKIE);
	const char *values[] = { page->token_hash, text->code };
	enum db_status status;

	memset(page, 0, sizeof(*page));
	if (token == NULL || strlen(token) > AUTH_TOKEN_MAX_LENGTH) {
		form_problem(request, 403, text->session_title, text->session_text, NULL, NULL);
		return false;
	}
	auth_token_hash(token, strlen(token), page->token_hash);
	status = http_db_query(request, DB_PRIMARY, DB_ARGS(query_form_page, values), &page->rows);
	if (status != DB_OK) {
		http_respond_db_error(request, status);
		return false;
	}
	if (db_row_count(page->rows) == 0 || strcmp(db_value(page->rows, 0, PAGE_VALID), "true") != 0) {
		bool known = db_row_count(page->rows) > 0;

		form_problem(request, 403, text->session_title, text->session_text,
			     known ? db_value(page->rows, 0, PAGE_PARTNERSHIP) : NULL,
			     known && !db_is_null(page->rows, 0, PAGE_CONTACT)
				     ? db_value(page->rows, 0, PAGE_CONTACT) : NULL);
		return false;
	}
	if (strcmp(db_value(page->rows, 0, PAGE_STATUS), "open") != 0) {
		form_problem(request, 409, text->closed_title, text->closed_text,
			     db_value(page->rows, 0, PAGE_PARTNERSHIP),
			     db_is_null(page->rows, 0, PAGE_CONTACT)
				     ? NULL : db_value(page->rows, 0, PAGE_CONTACT));
		return false;
	}
	form_csrf_of(page->token_hash, page->csrf);
	form_model(page, language);
	if (!form_items_fill(request, db_value(page->rows, 0, PAGE_INSTRUMENT), &page->view)) {
		http_respond_problem(request, 503, "the form's questions cannot be read; try again");
		return false;
	}
	return true;
}

static void form_page_free(struct form_page *page)
{
	json_decref(page->labels);
}

/* ---- pages ---- */

/* "1".."parts", "review" or "done": the part number, 0 for review, -1 for
 * done, or -2 for no page. */
static int form_page_number(const char *name, int parts)
{
	char *end;
	long part;

	if (strcmp(name, "review") == 0)
		return 0;
	if (strcmp(name, "done") == 0)
		return -1;
	part = strtol(name, &end, 10);
	return *end == '\0' && name[0] != '0' && part >= 1 && part <= parts ? (int)part : -2;
}

static void form_render(struct http_request *request, struct form_page *page, int number,
			int status)
{
	size_t length;
	char *body = number > 0 ? form_view_part(&page->view, number, &length)
		     : number == 0 ? form_view_review(&page->view, &length)
				   : form_view_done(&page->view, &length);

	form_respond(request, status, body, length);
}

void form_show(struct http_request *request)
{
	struct form_page page;
	int number;

	if (!form_load(request, &page))
		return;
	number = form_page_number(request->params.values[0], page.view.part_count);
	const char *saved = http_query(request, "saved");

	page.view.saved = saved != NULL && strcmp(saved, "1") == 0;
	if (number < -1)
		form_problem(request, 404, page.view.text->unknown_title,
			     page.view.text->unknown_text, page.view.partnership, page.view.contact);
	else
		form_render(request, &page, number, 200);
	form_page_free(&page);
}

/* ---- saving ---- */

/* The posted answers of one part into the model; false when one is off
 * the scale (the page then shows it beside its question). */
static bool form_take_answers(struct form_page *page, const struct form_input *input, int part)
{
	struct form_view *view = &page->view;
	bool fine = true;

	for (size_t i = 0; i < view->item_count; i++) {
		int number = view->items[i].number;
		long answer;

		if (view->items[i].part != part)
			continue;
		if (form_input_answer(input->values[number], view->percent ? 0 : view->minimum,
				      view->percent ? 100 : view->maximum, &answer)) {
			view->answers[number] = answer;
		} else {
			view->item_error[number] = true;
			view->entered[number] = input->values[number];
			fine = false;
		}
	}
	return fine;
}

static bool form_submission(const struct form_page *page, struct response_submission *out)
{
	const struct form_view *view = &page->view;

	memset(out, 0, sizeof(*out));
	if (!score_scale_parse(db_value(page->rows, 0, PAGE_SCALE), &out->scale))
		return false;
	for (int number = 1; number < FORM_MAX_ITEM; number++) {
		struct response_answer *answer;

		if (view->answers[number] == FORM_UNANSWERED || out->count == RESPONSES_MAX_ANSWERS)
			continue;
		answer = &out->answers[out->count++];
		answer->item = number;
		answer->dont_know = view->answers[number] == FORM_DONT_KNOW;
		answer->raw = answer->dont_know ? 0 : view->answers[number];
		answer->value = answer->dont_know ? 0 : score_to_percent(out->scale, answer->raw);
	}
	out->comment = view->comment != NULL && view->comment[0] != '\0' ? view->comment : NULL;
	return out->count > 0;
}

/* Stores the answers so far as the member's next revision (nothing when
 * there is nothing to store yet); false after answering a problem. */
static bool form_store(struct http_request *request, struct form_page *page)
{
	struct response_submission *submission = mem_alloc(sizeof(*submission));
	char digest[CRYPTO_SHA256_HEX_SIZE];
	struct submission_vectors vectors;
	const struct db_result *result = NULL;
	enum db_status status = DB_OK;
	const char *outcome = "unchanged";

	if (form_submission(page, submission)) {
		responses_sort(submission);
		responses_digest(submission, digest);
		responses_vectors(submission, &vectors);
		const char *values[] = { page->token_hash, "{respondent}",
					 db_value(page->rows, 0, PAGE_WAVE),
					 db_value(page->rows, 0, PAGE_MEMBER),
					 score_scale_name(submission->scale), vectors.answers,
					 vectors.values, submission->comment, digest };

		status = http_db_query(request, DB_PRIMARY, DB_ARGS(query_responses_submit, values),
				       &result);
		free(vectors.answers);
		free(vectors.values);
		if (status == DB_OK)
			outcome = db_row_count(result) > 0 ? db_value(result, 0, 5) : "forbidden";
	}
	free(submission);
	if (status != DB_OK) {
		http_respond_db_error(request, status);
		return false;
	}
	if (strcmp(outcome, "created") == 0 || strcmp(outcome, "replaced") == 0 ||
	    strcmp(outcome, "unchanged") == 0)
		return true;
	if (strcmp(outcome, "wave_not_open") == 0)
		form_problem(request, 409, page->view.text->closed_title,
			     page->view.text->closed_text, page->view.partnership, page->view.contact);
	else
		http_respond_problem(request, 500, "an internal error occurred; it has been logged");
	return false;
}

/* Where a button leads: the next or previous page, or the same one. */
static void form_after(struct http_request *request, const struct form_page *page, int number,
		       const char *action)
{
	const struct form_text *text = page->view.text;
	int parts = page->view.part_count;
	char location[64];

	if (strcmp(action, "send") == 0 && number == 0)
		snprintf(location, sizeof(location), "/form/done?lang=%s", text->code);
	else if (strcmp(action, "next") == 0 && number > 0 && number < parts)
		snprintf(location, sizeof(location), "/form/%d?lang=%s", number + 1, text->code);
	else if (strcmp(action, "next") == 0 && number == parts)
		snprintf(location, sizeof(location), "/form/review?lang=%s", text->code);
	else if (strcmp(action, "prev") == 0 && number > 1)
		snprintf(location, sizeof(location), "/form/%d?lang=%s", number - 1, text->code);
	else if (strcmp(action, "prev") == 0 && number == 0)
		snprintf(location, sizeof(location), "/form/%d?lang=%s", parts, text->code);
	else if (strcmp(action, "lang") == 0 && number > 0)
		snprintf(location, sizeof(location), "/form/%d?lang=%s", number, text->switch_code);
	else if (strcmp(action, "lang") == 0)
		snprintf(location, sizeof(location), "/form/review?lang=%s", text->switch_code);
	else if (number > 0)
		snprintf(location, sizeof(location), "/form/%d?lang=%s&saved=1", number, text->code);
	else
		snprintf(location, sizeof(location), "/form/review?lang=%s&saved=1", text->code);
	form_redirect(request, location);
}

static bool form_is_urlencoded(const char *type)
{
	return type != NULL && strncasecmp(type, "application/x-www-form-urlencoded", 33) == 0 &&
	       (type[33] == '\0' || type[33] == ';');
}

/* The posted page, checked: its input read, the session's page loaded, the
 * anti-forgery token matched. False after answering a problem. */
static bool form_receive(struct http_request *request, struct form_input *input,
			 struct form_page *page)
{
	const struct form_text *text = form_text(form_language_wanted(request));

	if (!form_is_urlencoded(http_header(request, "Content-Type"))) {
		http_respond_problem(request, 415, "send the form as "
					"application/x-www-form-urlencoded");
		return false;
	}
	form_input_parse(request->body ? request->body : "", request->body_length, input);
	if (input->malformed) {
		http_respond_problem(request, 400, "the form holds fields no page of it has");
		return false;
	}
	if (!form_load(request, page))
		return false;
	if (!form_same(input->csrf, page->csrf)) {
		form_problem(request, 403, text->forgery_title, text->forgery_text,
			     page->view.partnership, page->view.contact);
		return false;
	}
	/* the audit row names the member's session and the member */
	snprintf(request->principal.token_id, sizeof(request->principal.token_id), "%s",
		 db_value(page->rows, 0, PAGE_TOKEN_ID));
	request->principal.role = ROLE_RESPONDENT;
	snprintf(request->location_id, sizeof(request->location_id), "%s",
		 db_value(page->rows, 0, PAGE_MEMBER));
	return true;
}

void form_save(struct http_request *request)
{
	struct form_input input = { 0 };
	struct form_page page = { 0 };
	int number;

	if (!form_receive(request, &input, &page)) {
		form_input_free(&input);
		form_page_free(&page);
		return;
	}
	number = form_page_number(request->params.values[0], page.view.part_count);
	if (number == 0 && input.has_comment)
		page.view.comment = input.comment;
	if (number < 0)
		http_respond_problem(request, 404, "no page of the form at this path");
	else if (number > 0 && !form_take_answers(&page, &input, number))
		form_render(request, &page, number, 422);
	else if (form_store(request, &page))
		form_after(request, &page, number, input.action);
	form_input_free(&input);
	form_page_free(&page);
}

/* ---- the link ---- */

/* Columns of form_invitation. */
enum { LINK_STATE, LINK_WAVE_STATUS, LINK_PARTNERSHIP, LINK_CONTACT, LINK_WAVE_LABEL,
       LINK_CLOSES_AT, LINK_MINE };

/* Why a link leads to no form, as a page; false when it does. */
static bool form_link_refused(struct http_request *request, const struct db_result *link,
			      const struct form_text *text)
{
	const char *state = db_value(link, 0, LINK_STATE);
	const char *status = db_value(link, 0, LINK_WAVE_STATUS);
	const char *partnership = db_value(link, 0, LINK_PARTNERSHIP);
	const char *contact = db_is_null(link, 0, LINK_CONTACT) ? NULL : db_value(link, 0,
										     LINK_CONTACT);

	if (strcmp(status, "closed") == 0 || strcmp(state, "expired") == 0)
		form_problem(request, 410, text->closed_title, text->closed_text, partnership,
			     contact);
	else if (strcmp(status, "scheduled") == 0)
		form_problem(request, 409, text->early_title, text->early_text, partnership,
			     contact);
	else if (strcmp(state, "spent") == 0)
		form_problem(request, 410, text->used_title, text->used_text, partnership, contact);
	else
		return false;
	return true;
}

/* The invitation a code stands for; false after answering 404. */
static bool form_link(struct http_request *request, const char *given,
		      char code[AUTH_CODE_SIZE], const struct db_result **link)
{
	const struct form_text *text = form_text(form_language_wanted(request));
	const char *cookie = http_cookie(request, FORM_COOKIE);
	char code_hash[CRYPTO_SHA256_HEX_SIZE], cookie_hash[CRYPTO_SHA256_HEX_SIZE] = "";
	const char *values[] = { code_hash, cookie_hash };
	enum db_status status;

	if (!auth_code_normalize(given, code)) {
		form_problem(request, 404, text->unknown_title, text->unknown_text, NULL, NULL);
		return false;
	}
	auth_code_hash(code, code_hash);
	if (cookie != NULL && strlen(cookie) <= AUTH_TOKEN_MAX_LENGTH)
		auth_token_hash(cookie, strlen(cookie), cookie_hash);
	status = http_db_query(request, DB_PRIMARY, DB_ARGS(query_form_invitation, values), link);
	if (status != DB_OK) {
		http_respond_db_error(request, status);
		return false;
	}
	if (db_row_count(*link) == 0) {
		form_problem(request, 404, text->unknown_title, text->unknown_text, NULL, NULL);
		return false;
	}
	return true;
}

static void form_first_page(struct http_request *request, const struct form_text *text)
{
	char location[32];

	snprintf(location, sizeof(location), "/form/1?lang=%s", text->code);
	form_redirect(request, location);
}

void form_welcome(struct http_request *request)
{
	const struct form_text *text = form_text(form_language_wanted(request));
	const struct db_result *link = NULL;
	char code[AUTH_CODE_SIZE];
	struct form_view view = { 0 };
	size_t length;
	char *body;

	if (!form_link(request, request->params.values[0], code, &link))
		return;
	/* back through the same link, with the session it made: carry on */
	if (strcmp(db_value(link, 0, LINK_MINE), "t") == 0 &&
	    strcmp(db_value(link, 0, LINK_WAVE_STATUS), "open") == 0) {
		form_first_page(request, text);
		return;
	}
	if (form_link_refused(request, link, text))
		return;
	view.language = form_language_of(text->code);
	view.text = text;
	view.partnership = db_value(link, 0, LINK_PARTNERSHIP);
	view.contact = db_is_null(link, 0, LINK_CONTACT) ? NULL : db_value(link, 0, LINK_CONTACT);
	view.wave_label = db_value(link, 0, LINK_WAVE_LABEL);
	view.closes_at = db_value(link, 0, LINK_CLOSES_AT);
	body = form_view_welcome(&view, code, &length);
	form_respond(request, 200, body, length);
}

/* The session cookie: until the round closes, for this site only, never
 * to scripts; Secure when members reach cacd over https. */
static void form_set_cookie(struct http_request *request, const char *token,
			    const char *expires_at)
{
	time_t closes = 0, now = time(NULL);
	char cookie[256];

	(void)validate_parse_time(expires_at, &closes);
	snprintf(cookie, sizeof(cookie), "%s=%s; Path=/; Max-Age=%ld; HttpOnly; SameSite=Strict%s",
		 FORM_COOKIE, token, closes > now ? (long)(closes - now) : 0L,
		 strncmp(request->config->public_url, "https://", 8) == 0 ? "; Secure" : "");
	http_add_header(request, "Set-Cookie", cookie);
	explicit_bzero(cookie, sizeof(cookie));
}

void form_begin(struct http_request *request)
{
	const struct form_text *text = form_text(form_language_wanted(request));
	const struct db_result *link = NULL, *claimed = NULL;
	struct form_input input;
	char code[AUTH_CODE_SIZE], token[AUTH_TOKEN_SIZE];
	enum db_status status;

	form_input_parse(request->body ? request->body : "", request->body_length, &input);
	form_input_free(&input);
	if (!form_is_urlencoded(http_header(request, "Content-Type")) || input.malformed) {
		http_respond_problem(request, 400, "send the welcome page's form");
		return;
	}
	if (!form_link(request, input.code, code, &link) || form_link_refused(request, link, text))
		return;
	status = invitations_redeem(request, code, token, &claimed);
	if (status != DB_OK) {
		http_respond_db_error(request, status);
	} else if (strcmp(db_value(claimed, 0, 0), "claimed") != 0) {
		form_problem(request, 410, text->used_title, text->used_text,
			     db_value(link, 0, LINK_PARTNERSHIP),
			     db_is_null(link, 0, LINK_CONTACT) ? NULL : db_value(link, 0, LINK_CONTACT));
	} else {
		form_first_page(request, text);
		form_set_cookie(request, token, db_value(claimed, 0, 5));
	}
	explicit_bzero(token, sizeof(token));
	explicit_bzero(code, sizeof(code));
}

void form_stylesheet(struct http_request *request)
{
	const struct embedded_file *sheet = &embedded_assets[0];

	request->cacheable = true;
	http_respond_cacheable(request, "text/css; charset=utf-8", mem_strdup(sheet->text),
			       sheet->length, 0);
}
