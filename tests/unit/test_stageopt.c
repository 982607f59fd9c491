/*
 * test_stageopt: the size values of the limit options (stage_parse_size):
 * digits and an optional K, M or G, nothing else, no overflow.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "stageopt.h"

static const struct {
	const char *text;
	int ok;
	unsigned long want;
} cases[] = {
	{ "0", 1, 0 },
	{ "1000", 1, 1000 },
	{ "1K", 1, 1024 },
	{ "64M", 1, 64UL << 20 },
	{ "2g", 1, 2UL << 30 },
	{ "", 0, 0 },
	{ "M", 0, 0 },
	{ "-1", 0, 0 },
	{ " 5", 0, 0 },
	{ "5 ", 0, 0 },
	{ "1.5M", 0, 0 },
	{ "10KB", 0, 0 },
	{ "99999999999999999999", 0, 0 },
	{ "18446744073709551615G", 0, 0 },
};

static void
test_parse_size(void **state)
{
	unsigned long v;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		v = 12345;
		assert_int_equal(stage_parse_size(cases[i].text, &v), cases[i].ok ? 0 : -1);
		if (cases[i].ok)
			assert_int_equal(v, cases[i].want);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_size),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
