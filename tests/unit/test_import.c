/* The pure half of paper-form imports: the CSV reader, and rows checked and
 * converted with errors naming row and column. */
#include <criterion/criterion.h>
#include <string.h>

#include "csv_read.h"
#include "import_read.h"

Test(csv_read, quotes_separators_and_line_ends)
{
	const char text[] = "\xef\xbb\xbf" "a;b;c\r\n\"x;\"\"y\"\"\";\"two\nlines\";\r\n\r\nlast;;z";
	struct csv_table table;
	char error[128];

	cr_assert(csv_read(text, strlen(text), 10, &table, error, sizeof(error)), "%s", error);
	cr_assert_eq(table.count, 3);
	cr_assert_str_eq(table.records[0].fields[0], "a");
	cr_assert_str_eq(table.records[1].fields[0], "x;\"y\"");
	cr_assert_str_eq(table.records[1].fields[1], "two\nlines");
	cr_assert_str_eq(table.records[1].fields[2], "");
	cr_assert_eq(table.records[2].line, 5);
	cr_assert_eq(table.records[2].count, 3);
	cr_assert_str_eq(table.records[2].fields[2], "z");
	csv_table_free(&table);
}

Test(csv_read, malformed_quoting_names_the_line)
{
	static const char *const bad[] = { "a,b\n\"open,1\n", "a,b\n\"x\"y,1\n" };
	struct csv_table table;
	char error[128];

	for (size_t i = 0; i < 2; i++) {
		cr_assert_not(csv_read(bad[i], strlen(bad[i]), 10, &table, error, sizeof(error)));
		cr_assert(strstr(error, "line 2") != NULL, "%s", error);
		cr_assert_eq(table.count, 0);
	}
	cr_assert_not(csv_read("a\n1\n2\n", 6, 2, &table, error, sizeof(error)));
	cr_assert(strstr(error, "more than 2") != NULL, "%s", error);
}

Test(import, rows_are_converted_to_vectors_on_0_100)
{
	const char text[] = "label,role,sector,scale,1,3,2\nA1,coproducer,citizen,agree4,4,dk,\n";
	struct import_batch batch;
	struct validation validation;

	validation_init(&validation);
	import_read_csv(text, strlen(text), &batch, &validation);
	cr_assert(validation_ok(&validation), "%s: %s", validation.errors[0].field,
		  validation.errors[0].message);
	cr_assert_eq(batch.count, 1);
	cr_assert_str_eq(batch.rows[0].label, "A1");
	cr_assert_str_eq(batch.rows[0].answers, "{4,NULL,-1}");
	cr_assert_str_eq(batch.rows[0].values, "{100,NULL,NULL}");
	import_batch_free(&batch);
}

Test(import, every_error_names_its_row_and_column)
{
	json_t *body = json_loads("{\"rows\":[{\"member_id\":\"not-a-uuid\",\"1\":4},"
				  "{\"label\":\"B\",\"role\":\"coproducer\",\"sector\":\"citizen\","
				  "\"scale\":\"agree4\",\"1\":5,\"x\":1},"
				  "{\"label\":\"C\",\"role\":\"coproducer\",\"sector\":\"citizen\"}]}",
				  0, NULL);
	struct import_batch batch;
	struct validation validation;
	static const struct {
		long row;
		const char *field;
	} expected[] = { { 1, "member_id" }, { 2, "x" }, { 2, "1" }, { 3, "items" } };

	validation_init(&validation);
	import_read_json(body, &batch, &validation);
	cr_assert_eq(validation.count, 4);
	for (size_t i = 0; i < 4; i++) {
		cr_expect_eq(validation.errors[i].row, expected[i].row, "error %zu", i);
		cr_expect_str_eq(validation.errors[i].field, expected[i].field, "error %zu", i);
	}
	import_batch_free(&batch);
	json_decref(body);
}
