/* Unit tests for utf8: validation, decoding, counting, NFC and folding. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "utf8.h"

static const struct {
	const char *bytes;
	size_t len;
	int valid;
	size_t bad;		/* offset of the first bad byte */
} check_cases[] = {
	{ "plain ascii", 11, 1, 0 },
	{ "caf\xC3\xA9", 5, 1, 0 },
	{ "\xE2\x80\x9Cquoted\xE2\x80\x9D", 12, 1, 0 },
	{ "\xF0\x9F\xA4\xAF emoji", 10, 1, 0 },
	{ "\xEC\x84\xB8\xEA\xB3\x84", 6, 1, 0 },		/* Korean */
	{ "ab\xC3\x28", 4, 0, 2 },				/* bad continuation */
	{ "\xC0\xAF", 2, 0, 0 },				/* overlong slash */
	{ "\xE0\x80\xAF", 3, 0, 0 },				/* overlong */
	{ "x\xED\xA0\x80", 4, 0, 1 },				/* surrogate */
	{ "\xF4\x90\x80\x80", 4, 0, 0 },			/* above U+10FFFF */
	{ "abc\xE2\x82", 5, 0, 3 },				/* truncated */
	{ "a\0b", 3, 0, 1 },					/* NUL */
	{ "\xFF", 1, 0, 0 },
	{ "Latin-1 \xE9t\xE9", 11, 0, 8 },
};

static void
test_check(void **state)
{
	size_t i, bad;

	(void)state;
	for (i = 0; i < sizeof check_cases / sizeof check_cases[0]; i++) {
		bad = 99;
		assert_int_equal(utf8_check(check_cases[i].bytes, check_cases[i].len, &bad),
		    check_cases[i].valid ? 0 : -1);
		if (!check_cases[i].valid)
			assert_int_equal(bad, check_cases[i].bad);
	}
}

/*
 * The eight-bytes-at-a-time ASCII path: every sequence, good or bad, put
 * at each offset of a run of ASCII, so that it starts before, on and after
 * an eight-byte boundary and straddles one, and the text ends inside it
 * or after it.  The answer (and the bad offset) must be what decoding
 * byte by byte gives.
 */
static const struct {
	const char *bytes;
	size_t len;
	int valid;
	size_t bad;		/* offset of the first bad byte in bytes */
} seq_cases[] = {
	{ "\xC3\xA9", 2, 1, 0 },
	{ "\xE2\x80\x9C", 3, 1, 0 },
	{ "\xF0\x9F\xA4\xAF", 4, 1, 0 },
	{ "\x7F", 1, 1, 0 },				/* DEL is ASCII */
	{ "\x01", 1, 1, 0 },
	{ "\0", 1, 0, 0 },				/* NUL */
	{ "\x80", 1, 0, 0 },				/* lone continuation */
	{ "\xC3\x28", 2, 0, 0 },			/* bad continuation */
	{ "\xC3", 1, 0, 0 },				/* cut short, or 'a' next */
	{ "\xE2\x82", 2, 0, 0 },
	{ "\xF0\x9F\xA4", 3, 0, 0 },
	{ "\xC0\xAF", 2, 0, 0 },			/* overlong */
	{ "\xED\xA0\x80", 3, 0, 0 },			/* surrogate */
	{ "\xF4\x90\x80\x80", 4, 0, 0 },		/* above U+10FFFF */
	{ "\xFF", 1, 0, 0 },
	{ "\xC3\xA9\0", 3, 0, 2 },			/* NUL after a good one */
	{ "\xC3\xA9\xC3", 3, 0, 2 },
};

static void
test_check_words(void **state)
{
	char buf[64];
	size_t i, at, tail, len, bad, want;
	int rc;

	(void)state;
	for (i = 0; i < sizeof seq_cases / sizeof seq_cases[0]; i++) {
		for (at = 0; at <= 17; at++) {
			for (tail = 0; tail <= 9; tail++) {
				memset(buf, 'a', sizeof buf);
				memcpy(buf + at, seq_cases[i].bytes, seq_cases[i].len);
				len = at + seq_cases[i].len + tail;
				bad = 999;
				rc = utf8_check(buf, len, &bad);
				if (seq_cases[i].valid) {
					assert_int_equal(rc, 0);
					continue;
				}
				want = at + seq_cases[i].bad;
				assert_int_equal(rc, -1);
				assert_int_equal(bad, want);
			}
			/* The text ends inside the sequence: bad at its start. */
			if (seq_cases[i].valid && seq_cases[i].len > 1) {
				memset(buf, 'a', sizeof buf);
				memcpy(buf + at, seq_cases[i].bytes, seq_cases[i].len);
				bad = 999;
				assert_int_equal(utf8_check(buf, at + seq_cases[i].len - 1, &bad), -1);
				assert_int_equal(bad, at);
			}
		}
	}
	/* Long ASCII, and a NUL or high byte at every offset of it. */
	memset(buf, 'x', sizeof buf);
	assert_int_equal(utf8_check(buf, sizeof buf, NULL), 0);
	for (at = 0; at < sizeof buf; at++) {
		buf[at] = '\0';
		bad = 999;
		assert_int_equal(utf8_check(buf, sizeof buf, &bad), -1);
		assert_int_equal(bad, at);
		assert_int_equal(utf8_check(buf, at, NULL), 0);
		buf[at] = (char)0x80;
		bad = 999;
		assert_int_equal(utf8_check(buf, sizeof buf, &bad), -1);
		assert_int_equal(bad, at);
		buf[at] = 'x';
	}
}

static void
test_decode_encode(void **state)
{
	int32_t cps[] = { 0x41, 0xE9, 0x20AC, 0xC138, 0x1F92F, 0x10FFFF };
	char out[4];
	int32_t cp;
	size_t i, n;

	(void)state;
	for (i = 0; i < sizeof cps / sizeof cps[0]; i++) {
		n = utf8_encode(cps[i], out);
		assert_int_equal(utf8_decode(out, n, &cp), n);
		assert_int_equal(cp, cps[i]);
	}
}

static void
test_count(void **state)
{
	(void)state;
	assert_int_equal(utf8_count("", 0), 0);
	assert_int_equal(utf8_count("abc", 3), 3);
	assert_int_equal(utf8_count("caf\xC3\xA9", 5), 4);
	assert_int_equal(utf8_count("\xE2\x80\x9Cx\xE2\x80\x9D", 7), 3);
	assert_int_equal(utf8_count("\xF0\x9F\xA4\xAF", 4), 1);
}

static void
test_nfc(void **state)
{
	size_t n;
	char *s;

	(void)state;
	s = utf8_nfc("cafe\xCC\x81", 6, &n);		/* e + combining acute */
	assert_non_null(s);
	assert_int_equal(n, 5);
	assert_memory_equal(s, "caf\xC3\xA9", 5);
	free(s);
	s = utf8_nfc("\xE1\x84\x80\xE1\x85\xA1", 6, &n);	/* Hangul jamo -> syllable */
	assert_string_equal(s, "\xEA\xB0\x80");
	free(s);
	assert_null(utf8_nfc("bad\xFF", 4, &n));
}

static void
test_fold(void **state)
{
	char *s;

	(void)state;
	s = utf8_fold("Jos\xC3\xA9 KIM", 9);
	assert_string_equal(s, "jose kim");
	free(s);
	s = utf8_fold("\xC5\x8Csaka", 6);		/* O with macron */
	assert_string_equal(s, "osaka");
	free(s);
}

/* Issue 13: any file name prints on one line, in UTF-8. */
static void
test_printable_name(void **state)
{
	static const struct {
		const char *name, *want;
	} cases[] = {
		{ "plain.txt", "plain.txt" },
		{ "caf\xE9.txt", "caf\\xE9.txt" },
		{ "two\nlines", "two\\nlines" },
		{ "tab\there\r", "tab\\there\\r" },
		{ "bell\a", "bell\\x07" },
		{ "del\x7F", "del\\x7F" },
		{ "c1\xC2\x85", "c1\\u0085" },
		{ "\xEA\xB9\x80 \"q\" it's.txt", "\xEA\xB9\x80 \"q\" it's.txt" },
		{ "cut\xEA\xB9", "cut\\xEA\\xB9" },
		{ "", "" },
	};
	size_t i;
	char *got;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		got = utf8_printable_name(cases[i].name);
		assert_string_equal(got, cases[i].want);
		free(got);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_check),
		cmocka_unit_test(test_check_words),
		cmocka_unit_test(test_decode_encode),
		cmocka_unit_test(test_count),
		cmocka_unit_test(test_nfc),
		cmocka_unit_test(test_fold),
		cmocka_unit_test(test_printable_name),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
