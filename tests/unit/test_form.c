/* The form's pure parts: reading a posted page, answers on a scale, stored
 * answers, escaping, dates, and invitation codes as people type them. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "auth.h"
#include "form_input.h"
#include "form_view.h"
#include "html.h"

Test(form, a_posted_page_is_read_into_its_fields)
{
	static const char body[] = "csrf=abc&item-3=2&item-12=dk&comment=Goed+zo%21+%C3%A9%26"
				   "&action=next&item-5=&item-5=dk&item-3=4";
	struct form_input input;

	form_input_parse(body, strlen(body), &input);
	cr_assert_not(input.malformed);
	cr_assert_str_eq(input.csrf, "abc");
	cr_assert_str_eq(input.action, "next");
	cr_assert_str_eq(input.values[3], "2", "the first value of a field counts");
	cr_assert_str_eq(input.values[12], "dk");
	cr_assert_str_eq(input.values[5], "dk", "an empty number field, then don't know");
	cr_assert(input.has_comment);
	cr_assert_str_eq(input.comment, "Goed zo! \xc3\xa9&");
	form_input_free(&input);
}

Test(form, a_field_no_page_has_or_a_bad_escape_is_malformed)
{
	static const char *const bodies[] = { "item-0=1", "item-01=1", "item-64=1", "other=1",
					      "item-1=%zz", "item-1=%0", "comment=%00" };

	for (size_t i = 0; i < sizeof(bodies) / sizeof(bodies[0]); i++) {
		struct form_input input;

		form_input_parse(bodies[i], strlen(bodies[i]), &input);
		cr_assert(input.malformed, "%s", bodies[i]);
		form_input_free(&input);
	}
}

Test(form, answers_are_on_the_scale_or_refused)
{
	static const struct {
		const char *text;
		bool fine;
		long answer;
	} cases[] = {
		{ NULL, true, FORM_UNANSWERED }, { "", true, FORM_UNANSWERED },
		{ "dk", true, FORM_DONT_KNOW },  { "1", true, 1 },  { "4", true, 4 },
		{ "0", false, 0 },               { "5", false, 0 }, { "01", false, 0 },
		{ "-1", false, 0 },              { "2.5", false, 0 }, { "ja", false, 0 },
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		long answer = 99;

		cr_assert_eq(form_input_answer(cases[i].text, 1, 4, &answer), cases[i].fine, "%s",
			     cases[i].text ? cases[i].text : "(null)");
		if (cases[i].fine)
			cr_assert_eq(answer, cases[i].answer);
	}
}

Test(form, stored_answers_are_read_by_item_number)
{
	long answers[FORM_MAX_ITEM];

	form_input_stored("{3,NULL,-1,4}", answers);
	cr_assert_eq(answers[1], 3);
	cr_assert_eq(answers[2], FORM_UNANSWERED);
	cr_assert_eq(answers[3], FORM_DONT_KNOW);
	cr_assert_eq(answers[4], 4);
	cr_assert_eq(answers[5], FORM_UNANSWERED);
	form_input_stored(NULL, answers);
	cr_assert_eq(answers[1], FORM_UNANSWERED);
}

Test(form, every_text_is_escaped_in_one_place)
{
	struct html html;
	size_t length;
	char *text;

	html_init(&html);
	html_raw(&html, "<p title=\"");
	html_text(&html, "\"><script>alert('x')</script>&");
	html_raw(&html, "\">");
	text = html_take(&html, &length);
	cr_assert_str_eq(text, "<p title=\"&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"
			       "&amp;\">");
	cr_assert_eq(length, strlen(text));
	free(text);
}

Test(form, dates_read_as_people_say_them)
{
	char out[48];

	form_view_date("2099-01-01T00:00:00.000000Z", FORM_DUTCH, out, sizeof(out));
	cr_assert_str_eq(out, "1 januari 2099");
	form_view_date("2026-03-15T12:00:00Z", FORM_ENGLISH, out, sizeof(out));
	cr_assert_str_eq(out, "15 March 2026");
}

Test(form, codes_are_read_as_typed_from_paper)
{
	char code[AUTH_CODE_SIZE], hash[CRYPTO_SHA256_HEX_SIZE], again[AUTH_CODE_SIZE];

	cr_assert_eq(auth_code_generate(code, hash), RESULT_OK);
	cr_assert_eq(strlen(code), AUTH_CODE_LENGTH);
	cr_assert(strpbrk(code, "ilou") == NULL, "%s", code);
	cr_assert(auth_code_normalize(code, again));
	cr_assert_str_eq(code, again);
	cr_assert(auth_code_normalize("ABCDE-FGHJK MNPQR-STVWX-YZ0123", again));
	cr_assert_str_eq(again, "abcdefghjkmnpqrstvwxyz0123");
	cr_assert(auth_code_normalize("IL0O-abcdefghjkmnpqrstvwxyz", again));
	cr_assert_str_eq(again, "1100abcdefghjkmnpqrstvwxyz");
	cr_assert_not(auth_code_normalize("abc", again));
	cr_assert_not(auth_code_normalize("abcdefghjkmnpqrstvwxyz012u", again));
	cr_assert_not(auth_code_normalize("abcdefghjkmnpqrstvwxyz01234", again));
}
