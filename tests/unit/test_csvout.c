/* Unit tests for csvout: RFC 4180 quoting of one record. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>
#include "csvout.h"

static const struct {
	const char *fields[3];
	size_t n;
	const char *want;
} cases[] = {
	{ { "a", "b", "c" }, 3, "a,b,c\r\n" },
	{ { "", NULL, "" }, 3, ",,\r\n" },
	{ { "Seoul, South Korea" }, 1, "\"Seoul, South Korea\"\r\n" },
	{ { "say \"no\"", "x" }, 2, "\"say \"\"no\"\"\",x\r\n" },
	{ { "two\nlines", "cr\r" }, 2, "\"two\nlines\",\"cr\r\"\r\n" },
	{ { "victim;defector", "\xEA\xB9\x80" }, 2, "victim;defector,\xEA\xB9\x80\r\n" },
	{ { "\"" }, 1, "\"\"\"\"\r\n" },
};

static void
test_rows(void **state)
{
	struct buf out = BUF_INIT;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		buf_reset(&out);
		csvout_row(&out, cases[i].fields, cases[i].n);
		assert_string_equal(out.data, cases[i].want);
	}
	buf_release(&out);
}

/* Issue 13: text that a spreadsheet would run as a formula gets a quote. */
static const struct {
	const char *text, *want;
} text_cases[] = {
	{ "=HYPERLINK(\"http://x.example\")", "\"'=HYPERLINK(\"\"http://x.example\"\")\"" },
	{ "+1 555 0100", "'+1 555 0100" },
	{ "-2+3", "'-2+3" },
	{ "@SUM(A1)", "'@SUM(A1)" },
	{ "\tindented", "'\tindented" },
	{ "\rreturn", "\"'\rreturn\"" },
	{ "Jane Roe said = fine", "Jane Roe said = fine" },
	{ "a-b", "a-b" },
	{ "", "" },
	{ "'quoted'", "'quoted'" },
};

static void
test_text_fields(void **state)
{
	struct buf out = BUF_INIT;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof text_cases / sizeof text_cases[0]; i++) {
		buf_reset(&out);
		csvout_text_field(&out, text_cases[i].text, strlen(text_cases[i].text));
		assert_string_equal(out.data, text_cases[i].want);
	}
	/* Plain fields (numbers, ids) are left alone. */
	buf_reset(&out);
	csvout_field(&out, "-5", 2);
	assert_string_equal(out.data, "-5");
	buf_release(&out);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rows),
		cmocka_unit_test(test_text_fields),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
