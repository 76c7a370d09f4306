#include <criterion/criterion.h>
#include <string.h>

#include "odata_query.h"

static const struct odata_property properties[] = {
	{ "key", ODATA_STRING, false },     { "score", ODATA_DOUBLE, true },
	{ "n", ODATA_INT, true },           { "suppressed", ODATA_BOOLEAN, false },
	{ "wave_id", ODATA_GUID, false },   { "opens_at", ODATA_TIME, false },
};
#define COUNT (sizeof(properties) / sizeof(properties[0]))

static struct csv_cell text(const char *value)
{
	return (struct csv_cell){ .type = CSV_CELL_TEXT, .text = (char *)value };
}

static struct csv_cell number(double value)
{
	return (struct csv_cell){ .type = CSV_CELL_NUMBER, .number = value };
}

/* A row: key, score (or null below 0), n, suppressed, wave, opens_at. */
static void row_of(struct csv_cell row[COUNT], const char *key, double score, long n,
		   bool suppressed, const char *opens_at)
{
	row[0] = text(key);
	row[1] = score < 0 ? (struct csv_cell){ .type = CSV_CELL_NULL } : number(score);
	row[2] = (struct csv_cell){ .type = CSV_CELL_INTEGER, .integer = n };
	row[3] = (struct csv_cell){ .type = CSV_CELL_BOOLEAN, .boolean = suppressed };
	row[4] = text("3f2c1d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f");
	row[5] = (struct csv_cell){ .type = CSV_CELL_TIME, .text = (char *)opens_at };
}

static bool matches(const char *filter, const struct csv_cell *row)
{
	struct odata_options options = { .filter = filter };
	struct odata_query query;
	bool result;

	cr_assert_eq(odata_query_parse(&query, properties, COUNT, &options), RESULT_OK, "%s: %s",
		     filter, query.error);
	result = odata_query_matches(&query, row);
	odata_query_free(&query);
	return result;
}

Test(odata_query, comparisons_and_logic)
{
	struct csv_cell row[COUNT];

	row_of(row, "task", 62.5, 7, false, "2025-03-01T00:00:00.000000Z");
	cr_assert(matches("score gt 60", row));
	cr_assert(!matches("score gt 62.5", row));
	cr_assert(matches("score ge 62.5 and n eq 7", row));
	cr_assert(matches("key eq 'nope' or key eq 'task'", row));
	cr_assert(matches("not (key eq 'nope')", row));
	cr_assert(!matches("not(key eq 'task' and suppressed eq false)", row));
	cr_assert(matches("wave_id eq 3F2C1D4E-5A6B-4C7D-8E9F-0A1B2C3D4E5F", row));
	cr_assert(matches("opens_at gt 2025-02-28T23:00:00Z", row));
	/* an offset is applied: 01:00+01:00 is midnight UTC */
	cr_assert(matches("opens_at eq 2025-03-01T01:00:00+01:00", row));
	cr_assert(matches("score ne null", row));
	cr_assert(matches("key eq 'it''s' or n le 7", row));
}

/* null as OData has it: eq null only for null, and null in no order */
Test(odata_query, null_compares_only_as_equal)
{
	struct csv_cell row[COUNT];

	row_of(row, "task", -1, 7, true, "2025-03-01T00:00:00Z");
	cr_assert(matches("score eq null", row));
	cr_assert(!matches("score gt 0", row));
	cr_assert(!matches("score lt 0", row));
	cr_assert(matches("score ne 5", row));
}

Test(odata_query, errors_name_what_is_wrong)
{
	static const char *const bad[][2] = {
		{ "nope eq 1", "nope" },
		{ "score eq 'x'", "score" },
		{ "key eq 5", "key" },
		{ "score", "score" },
		{ "score eq", "needs a value" },
		{ "(score eq 1", "parenthesis" },
		{ "score eq 1 and", "comparison" },
		{ "startswith(key,'t')", "startswith" },
		{ "score eq 1 xor n eq 2", "xor" },
		{ "key eq 'open", "not closed" },
		{ "score eq 1e999", "literal" },
	};

	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		struct odata_options options = { .filter = bad[i][0] };
		struct odata_query query;

		cr_assert_eq(odata_query_parse(&query, properties, COUNT, &options), RESULT_ERROR,
			     "%s", bad[i][0]);
		cr_assert(strstr(query.error, bad[i][1]) != NULL, "%s: %s", bad[i][0], query.error);
		odata_query_free(&query);
	}
}

Test(odata_query, deep_nesting_is_refused_not_recursed)
{
	char filter[4096] = "";
	struct odata_options options = { .filter = filter };
	struct odata_query query;

	for (int i = 0; i < 1000; i++)
		strcat(filter, "(");
	cr_assert_eq(odata_query_parse(&query, properties, COUNT, &options), RESULT_ERROR);
	cr_assert(strstr(query.error, "nested") != NULL, "%s", query.error);
	odata_query_free(&query);
}

Test(odata_query, orderby_select_top_skip_count)
{
	struct odata_options options = { .orderby = "score desc, key", .select = "key,score",
					 .top = "5", .skip = "10", .count = "true" };
	struct odata_query query;
	struct csv_cell a[COUNT], b[COUNT], c[COUNT];

	cr_assert_eq(odata_query_parse(&query, properties, COUNT, &options), RESULT_OK, "%s",
		     query.error);
	cr_assert_eq(query.top, 5);
	cr_assert_eq(query.skip, 10);
	cr_assert(query.count);
	cr_assert(!query.select_all && query.selected[0] && query.selected[1] && !query.selected[2]);
	row_of(a, "a", 50, 1, false, "2025-01-01T00:00:00Z");
	row_of(b, "b", 70, 1, false, "2025-01-01T00:00:00Z");
	row_of(c, "c", -1, 1, false, "2025-01-01T00:00:00Z");
	cr_assert_gt(odata_query_compare(&query, a, b), 0, "70 comes before 50 descending");
	/* null is lowest: first ascending, last descending */
	cr_assert_gt(odata_query_compare(&query, c, a), 0);
	odata_query_free(&query);

	options = (struct odata_options){ .top = "-1" };
	cr_assert_eq(odata_query_parse(&query, properties, COUNT, &options), RESULT_ERROR);
	options = (struct odata_options){ .orderby = "score upward" };
	cr_assert_eq(odata_query_parse(&query, properties, COUNT, &options), RESULT_ERROR);
	options = (struct odata_options){ .select = "score,nope" };
	cr_assert_eq(odata_query_parse(&query, properties, COUNT, &options), RESULT_ERROR);
	options = (struct odata_options){ .count = "yes" };
	cr_assert_eq(odata_query_parse(&query, properties, COUNT, &options), RESULT_ERROR);
}

Test(odata_query, rfc3339_times)
{
	double seconds;

	cr_assert(odata_time_parse("1970-01-01T00:00:10Z", &seconds));
	cr_assert_float_eq(seconds, 10.0, 1e-9);
	cr_assert(odata_time_parse("1970-01-01T01:00:00.5+01:00", &seconds));
	cr_assert_float_eq(seconds, 0.5, 1e-9);
	cr_assert(!odata_time_parse("1970-13-01T00:00:00Z", &seconds));
	cr_assert(!odata_time_parse("1970-01-01T00:00:00", &seconds));
	cr_assert(!odata_time_parse("1970-01-01", &seconds));
}
