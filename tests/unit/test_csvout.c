/* Unit tests for csvout: RFC 4180 quoting of one record. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rows),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
