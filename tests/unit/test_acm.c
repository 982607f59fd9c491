/* Unit tests for acm: words found in one pass, against a plain search. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "acm.h"

/* Does s[0..len) hold w, ASCII case ignored?  The slow way, to compare. */
static int
plain_holds(const char *s, size_t len, const char *w)
{
	size_t n = strlen(w), i, k;

	for (i = 0; i + n <= len; i++) {
		for (k = 0; k < n; k++) {
			unsigned char a = (unsigned char)s[i + k], b = (unsigned char)w[k];

			if (a >= 'A' && a <= 'Z')
				a = (unsigned char)(a + 32);
			if (b >= 'A' && b <= 'Z')
				b = (unsigned char)(b + 32);
			if (a != b)
				break;
		}
		if (k == n)
			return 1;
	}
	return 0;
}

static const char *const words[] = {
	"he", "she", "his", "hers", "told", "interview", "app", "apple",
	"\xC2\xA9", "caf\xC3\xA9", "e", "sign up", "newsletter", NULL
};

static const char *const texts[] = {
	"",
	"ushers",
	"She told our reporter in an INTERVIEW.",
	"Get the App for iPhone",
	"\xC2\xA9 2020 The Harbor Daily",
	"CAF\xC3\xA9 au lait",
	"Sign Up for the newsletter",
	"sign  up",
	"no match at all: xyz",
	"appl",
	"applE pie",
};

static void
test_table(void **state)
{
	struct acm *a = acm_new();
	int ids[32];
	size_t i, k;

	(void)state;
	for (k = 0; words[k]; k++)
		ids[k] = acm_add(a, words[k], strlen(words[k]));
	/* the same word again, in another case, keeps its id */
	assert_int_equal(acm_add(a, "TOLD", 4), ids[4]);
	acm_build(a);
	assert_int_equal(acm_nwords(a), k);
	for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		uint64_t hits[4] = { 0 };

		assert_true(acm_setwords(a) <= 4);
		acm_scan(a, texts[i], strlen(texts[i]), hits);
		for (k = 0; words[k]; k++)
			assert_int_equal(acm_hit(hits, ids[k]),
			    plain_holds(texts[i], strlen(texts[i]), words[k]));
	}
	acm_free(a);
}

/* Random words and texts over a small alphabet (many overlaps), with
 * capitals and a byte of no word; the automaton agrees with the search. */
static void
test_random(void **state)
{
	static const char alpha[] = "abAB c\xC3";
	unsigned seed = 12345;
	int round;

	(void)state;
	for (round = 0; round < 200; round++) {
		struct acm *a = acm_new();
		char w[40][8], text[200];
		int ids[40], nw = 1 + round % 40, k;
		size_t len, i;
		uint64_t hits[2] = { 0, 0 };

		for (k = 0; k < nw; k++) {
			size_t n = 1 + (seed = seed * 1103515245 + 12345) / 65536 % 6;

			for (i = 0; i < n; i++)
				w[k][i] = alpha[(seed = seed * 1103515245 + 12345) / 65536 % 6];
			w[k][n] = '\0';
			ids[k] = acm_add(a, w[k], n);
		}
		acm_build(a);
		len = (seed = seed * 1103515245 + 12345) / 65536 % sizeof text;
		for (i = 0; i < len; i++)
			text[i] = alpha[(seed = seed * 1103515245 + 12345) / 65536 % (sizeof alpha - 1)];
		acm_scan(a, text, len, hits);
		for (k = 0; k < nw; k++)
			assert_int_equal(acm_hit(hits, ids[k]), plain_holds(text, len, w[k]));
		acm_free(a);
	}
}

/* No words: a scan finds nothing and needs one uint64_t. */
static void
test_empty(void **state)
{
	struct acm *a = acm_new();
	uint64_t hits[1] = { 0 };

	(void)state;
	acm_build(a);
	assert_int_equal(acm_setwords(a), 1);
	acm_scan(a, "anything", 8, hits);
	assert_int_equal(hits[0], 0);
	acm_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_random),
		cmocka_unit_test(test_empty),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
