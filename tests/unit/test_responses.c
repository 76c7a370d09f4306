/* The pure half of a submission: checks, conversion, digest; and CSV. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "responses.h"
#include "scoring.h"

static json_t *parse(const char *text)
{
	json_t *value = json_loads(text, 0, NULL);

	cr_assert(value != NULL, "test JSON: %s", text);
	return value;
}

Test(responses, conversion_rule_1)
{
	/* computed by hand from the contract's rule 1 */
	cr_assert_float_eq(score_to_percent(SCALE_PERCENT, 37), 37.0, 1e-12);
	cr_assert_float_eq(score_to_percent(SCALE_LIKERT5, 1), 0.0, 1e-12);
	cr_assert_float_eq(score_to_percent(SCALE_LIKERT5, 4), 75.0, 1e-12);
	cr_assert_float_eq(score_to_percent(SCALE_AGREE4, 2), 33.333333333333336, 1e-12);
	cr_assert_float_eq(score_to_percent(SCALE_AGREE4, 4), 100.0, 1e-12);
}

Test(responses, validate_sorts_and_converts)
{
	json_t *body = parse("{\"scale\":\"agree4\",\"answers\":{\"12\":4,\"3\":null,\"7\":1}}");
	struct response_submission *out = malloc(sizeof(*out));
	struct validation validation;

	validation_init(&validation);
	responses_validate(body, out, &validation);
	cr_assert_eq(validation.count, 0, "%s", validation.errors[0].message);
	cr_assert_eq(out->count, 3);
	cr_assert_eq(out->answers[0].item, 3);
	cr_assert(out->answers[0].dont_know);
	cr_assert_eq(out->answers[1].item, 7);
	cr_assert_float_eq(out->answers[1].value, 0.0, 1e-12);
	cr_assert_eq(out->answers[2].item, 12);
	cr_assert_float_eq(out->answers[2].value, 100.0, 1e-12);
	cr_assert_null(out->comment);
	json_decref(body);
	free(out);
}

Test(responses, digest_ignores_order_but_not_content)
{
	const char *bodies[] = {
		"{\"answers\":{\"1\":4,\"2\":3}}",
		"{\"answers\":{\"2\":3,\"1\":4},\"scale\":\"percent\"}",
		"{\"answers\":{\"1\":4,\"2\":4}}",
		"{\"answers\":{\"1\":4,\"2\":3},\"comment\":\"\"}",
		"{\"answers\":{\"1\":4,\"2\":null}}",
		"{\"scale\":\"likert5\",\"answers\":{\"1\":4,\"2\":3}}",
	};
	char digests[6][CRYPTO_SHA256_HEX_SIZE];
	struct response_submission *out = malloc(sizeof(*out));

	for (size_t i = 0; i < 6; i++) {
		json_t *body = parse(bodies[i]);
		struct validation validation;

		validation_init(&validation);
		responses_validate(body, out, &validation);
		cr_assert_eq(validation.count, 0, "%s", bodies[i]);
		responses_digest(out, digests[i]);
		json_decref(body);
	}
	cr_assert_str_eq(digests[0], digests[1]);
	for (size_t i = 2; i < 6; i++)
		for (size_t j = 0; j < i; j++)
			cr_assert_str_neq(digests[i], digests[j], "%zu and %zu", i, j);
	free(out);
}

Test(responses, csv_quotes_per_rfc_4180)
{
	struct csv csv;
	size_t length;
	char *text;

	csv_init(&csv, CSV_STANDARD);
	csv_text(&csv, "plain");
	csv_text(&csv, "a,b");
	csv_text(&csv, "say \"hi\"");
	csv_text(&csv, NULL);
	csv_number(&csv, 0.1);
	csv_number(&csv, 200.0 / 3);
	csv_number(&csv, 95);
	csv_end_line(&csv);
	csv_text(&csv, "two\nlines");
	csv_end_line(&csv);
	text = csv_finish(&csv, &length);
	cr_assert_str_eq(text, "plain,\"a,b\",\"say \"\"hi\"\"\",,0.1,66.66666666666667,95\r\n"
			       "\"two\nlines\"\r\n");
	cr_assert_eq(length, strlen(text));
	cr_assert_eq(strtod("66.66666666666667", NULL), 200.0 / 3);
	free(text);
}

/* Text a spreadsheet would run gets a leading quote; numbers never do. */
Test(responses, csv_defuses_formulas_but_not_numbers)
{
	struct csv csv;
	size_t length;
	char *text;

	csv_init(&csv, CSV_STANDARD);
	csv_text(&csv, "=1+1");
	csv_text(&csv, "=cmd|' /C calc'!A0");
	csv_text(&csv, "+31 6");
	csv_text(&csv, "-x");
	csv_text(&csv, "@SUM(A1)");
	csv_text(&csv, "\tx");
	csv_text(&csv, "=a,b");
	csv_number(&csv, -1.25);
	csv_integer(&csv, -3);
	csv_end_line(&csv);
	text = csv_finish(&csv, &length);
	cr_assert_str_eq(text, "'=1+1,'=cmd|' /C calc'!A0,'+31 6,'-x,'@SUM(A1),'\tx,\"'=a,b\",-1.25,-3\r\n");
	free(text);
}

/* Dutch spreadsheet settings: a byte-order mark, ';' and a decimal comma. */
Test(responses, csv_dutch_dialect)
{
	struct csv csv;
	size_t length;
	char *text;

	csv_init(&csv, CSV_DUTCH);
	csv_text(&csv, "a;b");
	csv_text(&csv, "a,b");
	csv_number(&csv, 66.5);
	csv_number(&csv, 95);
	csv_end_line(&csv);
	text = csv_finish(&csv, &length);
	cr_assert_str_eq(text, "\xef\xbb\xbf\"a;b\";a,b;66,5;95\r\n");
	free(text);
}
