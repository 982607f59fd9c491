/*
 * test_resolve_pairs: the table of unordered pairs of stages/resolve-pairs.c
 * (pairs_get, pairs_put): a pair reads the same either way round, a pair
 * never filed reads 0, answers survive the table's growth, and filing a
 * pair again replaces its answer.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <cmocka.h>

#include "resolve.h"

static void
test_pairs_table(void **state)
{
	struct pairs s = { NULL, NULL, 0, 0 };
	size_t a, b;

	(void)state;
	assert_int_equal(pairs_get(&s, 1, 2), 0);
	/* 200 x 200 / 2 pairs: the table grows many times */
	for (a = 0; a < 200; a++)
		for (b = a + 1; b < 200; b++)
			pairs_put(&s, b, a, (int)((a + b) % 255) + 1);
	assert_int_equal(s.n, 200 * 199 / 2);
	for (a = 0; a < 200; a++)
		for (b = a + 1; b < 200; b++) {
			assert_int_equal(pairs_get(&s, a, b), (int)((a + b) % 255) + 1);
			assert_int_equal(pairs_get(&s, b, a), (int)((a + b) % 255) + 1);
		}
	assert_int_equal(pairs_get(&s, 5, 5), 0);
	assert_int_equal(pairs_get(&s, 3, 200), 0);
	pairs_put(&s, 7, 3, 9);
	assert_int_equal(pairs_get(&s, 3, 7), 9);
	assert_int_equal(s.n, 200 * 199 / 2);
	pairs_free(&s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pairs_table),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
