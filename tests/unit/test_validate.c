#include <criterion/criterion.h>
#include <string.h>

#include "json.h"
#include "pagination.h"
#include "validate.h"
#include "waves.h"

Test(validate, rfc3339_table)
{
	static const struct {
		const char *text;
		bool ok;
		time_t seconds;
	} rows[] = {
		{ "2026-03-01T09:00:00Z", true, 1772355600 },
		{ "2026-03-01T10:00:00+01:00", true, 1772355600 },
		{ "2026-03-01T08:30:00-00:30", true, 1772355600 },
		{ "2026-03-01t09:00:00z", true, 1772355600 },
		{ "2026-03-01T09:00:00.123456Z", true, 1772355600 },
		{ "2024-02-29T00:00:00Z", true, 1709164800 },
		{ "2026-02-29T00:00:00Z", false, 0 },
		{ "2026-13-01T00:00:00Z", false, 0 },
		{ "2026-03-01 09:00:00Z", false, 0 },
		{ "2026-03-01T09:00:00", false, 0 },
		{ "2026-03-01T09:00Z", false, 0 },
		{ "2026-03-01T24:00:00Z", false, 0 },
		{ "2026-03-01T09:00:00.Z", false, 0 },
		{ "2026-03-01T09:00:00+0100", false, 0 },
		{ "2026-03-01", false, 0 },
		{ "", false, 0 },
		{ "1969-12-31T23:59:59Z", false, 0 },
	};

	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		time_t seconds = 0;
		bool ok = validate_parse_time(rows[i].text, &seconds);

		cr_expect_eq(ok, rows[i].ok, "'%s'", rows[i].text);
		if (ok && rows[i].ok)
			cr_expect_eq(seconds, rows[i].seconds, "'%s': %ld", rows[i].text, (long)seconds);
	}
}

Test(validate, cbs_codes_table)
{
	static const struct {
		const char *code;
		bool ok;
	} rows[] = {
		{ "GM0363", true },     { "WK036300", true },  { "BU03630000", true },
		{ "BU0363A0B1", true }, { "GM036", false },    { "GM03633", false },
		{ "WK0363", false },    { "BU036300", false }, { "gm0363", false },
		{ "GM03a3", false },    { "XX0363", false },   { "", false },
		{ "BU03630000 ", false },
	};

	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++)
		cr_expect_eq(validate_cbs_code(rows[i].code), rows[i].ok, "'%s'", rows[i].code);
	cr_assert(validate_municipality_code("GM0363"));
	cr_assert_not(validate_municipality_code("WK036300"));
}

Test(validate, language_choice)
{
	cr_assert_str_eq(validate_language(NULL, NULL), "en");
	cr_assert_str_eq(validate_language("nl", "en"), "nl");
	cr_assert_null(validate_language("fr", NULL));
	cr_assert_str_eq(validate_language(NULL, "nl-NL,nl;q=0.9,en;q=0.8"), "nl");
	cr_assert_str_eq(validate_language(NULL, "fr, en;q=0.5, nl;q=0.4"), "en");
	cr_assert_str_eq(validate_language(NULL, "en;q=0.2, nl;q=0.9"), "nl");
	cr_assert_str_eq(validate_language(NULL, "de"), "en");
}

static enum json_decode_outcome decode(const char *text, json_t **root)
{
	struct validation validation;
	char detail[256];

	validation_init(&validation);
	return json_decode_object(text, strlen(text), root, detail, sizeof(detail), &validation);
}

Test(validate, strict_json_table)
{
	static const struct {
		const char *text;
		enum json_decode_outcome outcome;
	} rows[] = {
		{ "{}", JSON_DECODED },
		{ "{\"a\":{\"b\":{\"c\":1}}}", JSON_DECODED },
		{ "{\"a\":{\"b\":{\"c\":{\"d\":1}}}}", JSON_DECODED },
		{ "{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":1}}}}}", JSON_INVALID },
		{ "{\"a\":1,\"a\":2}", JSON_INVALID },
		{ "{\"a\":99999999999999999999999}", JSON_INVALID },
		/* well-formed, but not an object: 422, as the contract says */
		{ "[1,2]", JSON_INVALID },
		{ "[]", JSON_INVALID },
		{ "\"text\"", JSON_INVALID },
		{ "{\"a\":\"\xc3\x28\"}", JSON_MALFORMED },
		{ "{\"a\":1", JSON_MALFORMED },
		{ "{\"a\":1} trailing", JSON_MALFORMED },
		{ "", JSON_MALFORMED },
	};

	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		json_t *root = NULL;

		cr_expect_eq(decode(rows[i].text, &root), rows[i].outcome, "'%s'", rows[i].text);
		json_decref(root);
	}
}

Test(validate, field_checks)
{
	static const char *const choices[] = { "health_care", "police", NULL };
	static const char *const keys[] = { "name", "sector", "count", NULL };
	json_t *body = json_pack("{s:s, s:s, s:i, s:s, s:s}", "name", "Wijk \xc3\xa9\xc3\xa9n",
				 "sector", "bakery", "count", 7, "extra", "x", "ctrl", "a\x01");
	struct validation validation;
	const char *text = NULL;
	long long number = 0;

	validation_init(&validation);
	cr_assert_eq(validate_string(body, "name", true, 1, 8, &text, &validation), FIELD_SET);
	cr_assert_eq(validate_string(body, "name", true, 1, 7, &text, &validation), FIELD_ABSENT);
	cr_assert_eq(validate_choice(body, "sector", true, choices, &text, &validation), FIELD_ABSENT);
	cr_assert_eq(validate_integer(body, "count", true, 1, 10, &number, &validation), FIELD_SET);
	cr_assert_eq(number, 7);
	cr_assert_eq(validate_integer(body, "count", true, 8, 10, &number, &validation), FIELD_ABSENT);
	cr_assert_eq(validate_string(body, "missing", false, 1, 5, &text, &validation), FIELD_ABSENT);
	cr_assert_eq(validate_string(body, "ctrl", false, 1, 5, &text, &validation), FIELD_ABSENT);
	validate_known_keys(body, keys, &validation);
	cr_assert_eq(validation.count, 6);
	cr_assert_str_eq(validation.errors[0].field, "name");
	cr_assert_str_eq(validation.errors[1].field, "sector");
	cr_assert(strstr(validation.errors[1].message, "health_care, police") != NULL);
	cr_assert_str_eq(validation.errors[3].field, "ctrl");
	cr_assert_str_eq(validation.errors[4].field, "extra");
	json_decref(body);
}

Test(validate, pagination_table)
{
	static const struct {
		const char *limit, *cursor;
		bool ok;
		const char *expected_limit;
	} rows[] = {
		{ NULL, NULL, true, "50" },
		{ "1", NULL, true, "1" },
		{ "500", NULL, true, "500" },
		{ "501", NULL, false, NULL },
		{ "0", NULL, false, NULL },
		{ "-1", NULL, false, NULL },
		{ "ten", NULL, false, NULL },
		{ "", NULL, false, NULL },
		{ NULL, "1795426576579774_3f2c1d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f", true, "50" },
		{ NULL, "_3f2c1d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f", false, NULL },
		{ NULL, "12x_3f2c1d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f", false, NULL },
		{ NULL, "12_nope", false, NULL },
		{ NULL, "garbage", false, NULL },
	};

	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		struct validation validation;
		struct page page;

		validation_init(&validation);
		pagination_parse(rows[i].limit, rows[i].cursor, &page, &validation);
		cr_expect_eq(validation_ok(&validation), rows[i].ok, "row %zu", i);
		if (rows[i].expected_limit)
			cr_expect_str_eq(page.limit, rows[i].expected_limit);
	}
}

/* A wave PATCH: each field optional, none null, the instrument never, and
 * dates given together in order. The first field named is the one wrong. */
Test(validate, wave_patch_table)
{
	static const struct {
		const char *body;
		const char *field;  /* NULL = valid */
	} rows[] = {
		{ "{}", NULL },
		{ "{\"label\":\"voorjaar 2024\"}", NULL },
		{ "{\"closes_at\":\"2030-01-01T00:00:00Z\"}", NULL },
		{ "{\"opens_at\":\"2030-01-01T00:00:00Z\",\"closes_at\":\"2030-02-01T00:00:00Z\"}",
		  NULL },
		{ "{\"opens_at\":\"2030-02-01T00:00:00Z\",\"closes_at\":\"2030-01-01T00:00:00Z\"}",
		  "closes_at" },
		{ "{\"label\":null}", "label" },
		{ "{\"label\":\"\"}", "label" },
		{ "{\"closes_at\":null}", "closes_at" },
		{ "{\"opens_at\":\"soon\"}", "opens_at" },
		{ "{\"instrument\":\"cac\"}", "instrument" },
	};

	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		json_t *body = json_loads(rows[i].body, 0, NULL);
		struct validation validation;

		cr_assert_not_null(body);
		validation_init(&validation);
		waves_validate_patch(body, &validation);
		if (rows[i].field == NULL)
			cr_expect_eq(validation.count, 0, "%s: %s", rows[i].body,
				     validation.count ? validation.errors[0].message : "");
		else
			cr_expect(validation.count > 0 &&
					  strcmp(validation.errors[0].field, rows[i].field) == 0,
				  "%s: expected an error on %s", rows[i].body, rows[i].field);
		json_decref(body);
	}
}

/* Jansson refuses a number too large for a double but reads one too small
 * as 0: json_find_underflow finds those, outside strings only. */
Test(json, numbers_too_small_for_a_double_are_found)
{
	static const struct {
		const char *text;
		bool underflows;
		int column;
	} cases[] = {
		{ "{\"a\":1e-400}", true, 6 },
		{ "{\"a\": -2.5E-330}", true, 7 },
		{ "{\"a\":[1, 2,\n 3e-999]}", true, 2 },
		{ "{\"a\":0}", false, 0 },
		{ "{\"a\":0.0e-500}", false, 0 },
		{ "{\"a\":1e-300}", false, 0 },
		{ "{\"a\":\"1e-400\"}", false, 0 },
		{ "{\"a\\\"1e-400\":2}", false, 0 },
		{ "{\"a\":4.9e-324}", false, 0 },
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		int line = 0, column = 0;
		bool found = json_find_underflow(cases[i].text, strlen(cases[i].text), &line,
						 &column);

		cr_assert_eq(found, cases[i].underflows, "%s", cases[i].text);
		if (found)
			cr_assert_eq(column, cases[i].column, "%s: column %d", cases[i].text, column);
	}
}
