/* Content negotiation: q-values, wildcards and specificity, table-driven. */
#include <criterion/criterion.h>

#include "accept.h"

Test(accept, choices_table)
{
	static const char *const offered[] = { "application/json", "text/csv",
		"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };
	static const struct {
		const char *accept;
		long chosen;
	} rows[] = {
		{ NULL, 0 },
		{ "", 0 },
		{ "*/*", 0 },
		{ "text/csv", 1 },
		{ "text/csv;q=0.5, application/json;q=0.9", 0 },
		{ "application/json;q=0.1, text/csv", 1 },
		{ "text/*", 1 },
		{ "text/html", -1 },
		{ "text/csv;q=0", -1 },
		{ "*/*;q=0.1, text/csv;q=0.8", 1 },
		{ "application/*;q=0.2, application/json;q=0.1", 2 },
		{ "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 2 },
		{ "TEXT/CSV ; q=1", 1 },
		{ "text/csv;charset=utf-8;q=0.7, */*;q=0.5", 1 },
	};

	for (size_t r = 0; r < sizeof(rows) / sizeof(rows[0]); r++)
		cr_expect_eq(accept_choose(rows[r].accept, offered, 3), rows[r].chosen, "'%s'",
			     rows[r].accept ? rows[r].accept : "(none)");
}

Test(accept, a_charset_other_than_utf8_is_named)
{
	static const struct {
		const char *type;
		bool utf8;
	} cases[] = {
		{ NULL, true },
		{ "application/json", true },
		{ "application/json; charset=utf-8", true },
		{ "application/json;charset=UTF-8", true },
		{ "application/json; charset=\"utf-8\"", true },
		{ "text/csv; header=present; charset=utf8", true },
		{ "application/json; charset=latin-1", false },
		{ "application/json; charset=\"iso-8859-1\"", false },
		{ "text/csv; charset=utf-16", false },
		{ "application/json; charset=", false },
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		cr_assert_eq(accept_charset_is_utf8(cases[i].type), cases[i].utf8, "%s",
			     cases[i].type ? cases[i].type : "(none)");
}
