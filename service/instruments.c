/* GET /v1/instruments and /v1/instruments/{key}: the instrument as seeded
 * from cac-instrument.json, with a "label" in the language asked for. */
#include "instruments.h"

#include "db.h"
#include "queries.h"

/* $1 = key or NULL for all, $2 = label language. PostgreSQL builds the JSON:
 * the instrument is reference data and needs no arithmetic. */
#define INSTRUMENT_JSON_SQL \
	"json_build_object(" \
	"  'key', i.key," \
	"  'title', json_build_object('en', i.title_en, 'nl', i.title_nl)," \
	"  'label', CASE $2 WHEN 'nl' THEN i.title_nl ELSE i.title_en END," \
	"  'source', i.source," \
	"  'scale', json_build_object('min', i.score_min, 'max', i.score_max)," \
	"  'dimensions', (SELECT json_agg(json_build_object(" \
	"        'key', d.key, 'position', d.position," \
	"        'name', json_build_object('en', d.name_en, 'nl', d.name_nl)," \
	"        'label', CASE $2 WHEN 'nl' THEN d.name_nl ELSE d.name_en END," \
	"        'items', (SELECT json_agg(t.number ORDER BY t.number) FROM items t" \
	"                   WHERE t.instrument_id = i.id AND t.dimension_key = d.key))" \
	"        ORDER BY d.position) FROM dimensions d WHERE d.instrument_id = i.id)," \
	"  'items', (SELECT json_agg(json_build_object(" \
	"        'number', t.number, 'dimension', t.dimension_key," \
	"        'text', json_build_object('en', t.text_en, 'nl', t.text_nl)," \
	"        'label', CASE $2 WHEN 'nl' THEN t.text_nl ELSE t.text_en END)" \
	"        ORDER BY t.number) FROM items t WHERE t.instrument_id = i.id)," \
	"  'answer_scales', (SELECT json_object_agg(s.key, json_build_object(" \
	"        'description', s.description, 'min', s.minimum, 'max', s.maximum," \
	"        'to_percent', s.to_percent, 'labels', s.labels) ORDER BY s.key)" \
	"        FROM answer_scales s))"

static const char *instruments_language(struct http_request *request)
{
	const char *language = validate_language(http_query(request, "lang"),
						 http_header(request, "Accept-Language"));
	struct validation validation;

	if (language == NULL) {
		validation_init(&validation);
		validation_add(&validation, "lang", "must be en or nl");
		http_respond_invalid(request, "unsupported language", &validation);
	}
	return language;
}

static void instruments_answer(struct http_request *request,
			       const struct db_statement *statement, const char *key)
{
	const char *language = instruments_language(request);
	const char *values[] = { key, language };
	const struct db_result *result = NULL;
	enum db_status status;

	if (language == NULL)
		return;
	status = http_db_query(request, DB_READ, statement, 2, values, &result);
	if (status != DB_OK)
		http_respond_db_error(request, status);
	else if (db_row_count(result) == 0)
		http_respond_problem(request, 404, "no instrument with this key");
	else
		http_respond_json_text(request, 200, db_value(result, 0, 0));
}

void instruments_list(struct http_request *request)
{
	instruments_answer(request, DB_STATEMENT_OF(query_instruments_list, 2), NULL);
}

void instruments_get(struct http_request *request)
{
	instruments_answer(request, DB_STATEMENT_OF(query_instruments_get, 2),
			   request->params.values[0]);
}
