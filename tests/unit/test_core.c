/* Unit tests for buf, hmap, sha256 and lex. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include "buf.h"
#include "hmap.h"
#include "lex.h"
#include "sha256.h"

static void
test_buf(void **state)
{
	struct buf b = BUF_INIT;
	char *p;
	size_t len;
	int i;

	(void)state;
	assert_string_equal(b.data, "");
	buf_adds(&b, "abc");
	buf_addc(&b, '-');
	buf_addf(&b, "%d", 42);
	assert_string_equal(b.data, "abc-42");
	for (i = 0; i < 1000; i++)
		buf_add(&b, "xy", 2);
	assert_int_equal(b.len, 6 + 2000);
	buf_setlen(&b, 3);
	assert_string_equal(b.data, "abc");
	p = buf_detach(&b, &len);
	assert_int_equal(len, 3);
	assert_string_equal(p, "abc");
	assert_string_equal(b.data, "");
	free(p);
	buf_release(&b);
}

static void
test_hmap(void **state)
{
	struct hmap *m = hmap_new();
	char key[32];
	long i;

	(void)state;
	for (i = 0; i < 5000; i++) {
		snprintf(key, sizeof key, "k%ld", i);
		assert_null(hmap_put(m, key, (void *)(i + 1)));
	}
	assert_int_equal(hmap_size(m), 5000);
	for (i = 0; i < 5000; i++) {
		snprintf(key, sizeof key, "k%ld", i);
		assert_int_equal((long)hmap_get(m, key), i + 1);
		assert_string_equal(hmap_key_at(m, (size_t)i), key);	/* insertion order */
	}
	assert_null(hmap_get(m, "absent"));
	assert_int_equal((long)hmap_put(m, "k7", (void *)99), 8);
	assert_int_equal((long)hmap_get(m, "k7"), 99);
	/* a span of a longer text, hashed by the caller: "k7" of "k70",
	 * not "k70" nor "k" */
	assert_int_equal((long)hmap_get_hashed(m, "k70", 2, hmap_hash(HMAP_HASH_INIT, "k7", 2)), 99);
	assert_int_equal((long)hmap_get_hashed(m, "k70", 3, hmap_hash(HMAP_HASH_INIT, "k70", 3)), 71);
	assert_null(hmap_get_hashed(m, "k70", 1, hmap_hash(HMAP_HASH_INIT, "k", 1)));
	hmap_free(m, NULL);
}

static void
test_sha256(void **state)
{
	char hex[SHA256_HEX_LEN + 1];
	struct sha256 h;

	(void)state;
	sha256_hex("abc", 3, hex);
	assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	sha256_begin(&h);
	sha256_add(&h, "a", 1);
	sha256_add(&h, "bc", 2);
	sha256_end(&h, hex);
	assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	sha256_hex("", 0, hex);
	assert_string_equal(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

static void
test_lex(void **state)
{
	char path[] = "/tmp/test_lex.XXXXXX";
	const char *text = "# a comment\nword\tcode\tnote\n\nKorean\tKR\tdemonym\n"
	    "korean\tXX\tduplicate: the first wins\nLao\tLA\nTake into custody\tT\nU.S.\tUS\n";
	const struct lex_entry *e;
	struct lex *l;
	int fd = mkstemp(path);

	(void)state;
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	l = lex_load_file(path);
	assert_non_null(l);
	assert_int_equal(l->n, 5);
	/* prefixes at a word's end: a search of several words goes on */
	assert_true(lex_is_prefixn(l, "take", 4));
	assert_true(lex_is_prefixn(l, "TAKE INTO", 9));
	assert_false(lex_is_prefixn(l, "take in", 7));
	assert_false(lex_is_prefixn(l, "take into custody", 17));
	assert_true(lex_is_prefixn(l, "u.s", 3));
	assert_false(lex_is_prefixn(l, "korean", 6));
	assert_int_equal(lex_column(l, "code"), 1);
	e = lex_lookup(l, "KOREAN");
	assert_non_null(e);
	assert_string_equal(lex_get(l, e, "code"), "KR");
	assert_int_equal(e->line, 4);
	e = lex_lookupn(l, "Laos", 3);
	assert_string_equal(lex_get(l, e, "note"), "");	/* short line */
	assert_null(lex_lookup(l, "Japanese"));
	lex_free(l);
	unlink(path);
	assert_null(lex_load_file("/nonexistent/lexicon.tsv"));
}

/* A key lowercased and hashed by the caller (lex_lookup_hashed) answers as
 * lex_lookupn and lex_is_prefixn do: "Sea" is an entry and a prefix of
 * "Sea of Stars", so one lookup must tell both; the key is a span of a
 * longer text, as a matcher's key is of the lowered text. */
static void
test_lex_hashed(void **state)
{
	char path[] = "/tmp/test_lex_hashed.XXXXXX";
	const char *text = "word\tcode\nSea\t1\nSea of Stars\t2\nsea\t3\n";
	const char *lowered = "sea of stars sea stars se";
	static const struct {
		size_t off, len;
		const char *code;	/* NULL: no entry */
		int goes_on;
	} cases[] = {
		{ 0, 3, "1", 1 },	/* sea */
		{ 0, 6, NULL, 1 },	/* sea of */
		{ 0, 12, "2", 0 },	/* sea of stars */
		{ 13, 9, NULL, 0 },	/* sea stars */
		{ 23, 2, NULL, 0 },	/* se */
	};
	const struct lex_entry *e;
	struct lex *l;
	size_t i;
	int fd = mkstemp(path), more;

	(void)state;
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	l = lex_load_file(path);
	assert_non_null(l);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const char *k = lowered + cases[i].off;
		size_t n = cases[i].len;

		e = lex_lookup_hashed(l, k, n, hmap_hash(HMAP_HASH_INIT, k, n), &more);
		if (cases[i].code) {
			assert_non_null(e);
			assert_string_equal(lex_get(l, e, "code"), cases[i].code);
		} else {
			assert_null(e);
		}
		assert_int_equal(more, cases[i].goes_on);
		assert_ptr_equal(e, lex_lookupn(l, k, n));
		assert_int_equal(more, lex_is_prefixn(l, k, n));
	}
	/* a hash grown in pieces is the hash of the whole */
	assert_true(hmap_hash(hmap_hash(HMAP_HASH_INIT, "sea", 3), " of stars", 9) ==
	    hmap_hash(HMAP_HASH_INIT, lowered, 12));
	lex_free(l);
	unlink(path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_buf),
		cmocka_unit_test(test_hmap),
		cmocka_unit_test(test_sha256),
		cmocka_unit_test(test_lex),
		cmocka_unit_test(test_lex_hashed),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
