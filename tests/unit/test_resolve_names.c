/*
 * test_resolve_names: the name matching of stages/resolve-name.c and
 * stages/resolve-roman.c (rname_parse, rname_match).  Table-driven: each
 * row is one invented person written several ways (Revised Romanization,
 * McCune-Reischauer, older spellings, family name last, Hangul; a name
 * may be read two ways, as rname_parse_other says); rows
 * close to each other (Jeong-hyeon and Jeong-eun, Yong-chun and Yong-sik,
 * Song-il and Seung-il, Ashworth and Ashford) are different people.  Every
 * pair of spellings is compared: a pair of one row must match, a pair of
 * two rows must not.  The pairwise precision and recall are printed.
 * rname_compete: names of two members of one family, a table of pairs.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "lex.h"
#include "resolve.h"

#define SPELLINGS_MAX 8

/* One invented person a row; NULL ends a row. */
static const char *const people[][SPELLINGS_MAX] = {
	{ "Kim Jeong-hyeon", "Kim Jong Hyon", "Kim Jung-hyun", "Jeong-hyeon Kim",
	  "Gim Jeonghyeon", "KIM JONG HYON", "김정현", NULL },
	{ "Kim Jeong-eun", "Kim Jung Eun", "Jeong-eun Kim", NULL },
	{ "Kim Seon-ok", "Kim Sun-ok", "Kim Son Ok", NULL },
	{ "Choe Yong-chun", "Choi Young-choon", "Choi Yong Chun", "Yong-chun Choe",
	  "Ch'oe Yŏng-ch'un", "최영춘", NULL },
	{ "Choe Yong-sik", "Choi Young-shik", NULL },
	{ "Ri Hyon-mi", "Lee Hyun-mi", "Yi Hyeon-mi", "Rhee Hyunmi", "이현미", NULL },
	{ "Ri Hyang-mi", "Lee Hyang-mi", NULL },
	{ "Pak Kwang-chol", "Park Gwang-cheol", "Bak Kwang Chul", "Kwang-chul Park",
	  "P'ak Kwang-ch'ŏl", NULL },
	{ "Ro Tae-sok", "Roh Tae-seok", "No Tae-suk", "Noh Tae Seok", NULL },
	{ "Ku Min-jae", "Koo Min-jae", "Gu Minjae", NULL },
	{ "Kuk Sang-ho", "Guk Sang-ho", "Kook Sang Ho", NULL },
	{ "Jong Song-il", "Jeong Seong-il", "Chung Song Il", NULL },
	{ "Kim Jong Sik", "Kim Jong-sik", "Jong Sik Kim", "Jong-sik Kim", NULL },
	{ "Jong Seung-il", "Jeong Seung Il", NULL },
	{ "Kang Mi-ran", "Gang Mi-ran", "Mi-ran Kang", NULL },
	{ "Kang Mi-ryeon", "Kang Mi-ryon", NULL },
	{ "Ha Hyo-jin", "Ha Hyojin", "Hyo-jin Ha", NULL },
	{ "Ha Hyo-jun", "Ha Hyo-joon", "Ha Hyo-jun Ha Hyo-jun", NULL },
	{ "Ahn Sang-hoon", "An Sang-hun", "Sang-hoon Ahn", NULL },
	{ "Steve Ahn", NULL },
	{ "Ri Ryong-nam", "Lee Yong-nam", "Ryong-nam Ri", NULL },
	{ "Daniel Ashworth", "Daniel R. Ashworth", "Daniel Robert Ashworth",
	  "Daniel Ashworth Jr.", NULL },
	{ "Daniel Ashford", "Daniel Ashford Daniel Ashford", NULL },
	{ "Dana Ashworth", NULL },
	{ "Maria Teresa Lindqvist", "Maria Lindqvist", "Maria T. Lindqvist", NULL },
	{ "Mario Lindqvist", NULL },
	{ "Hiroshi Sato", "Sato Hiroshi", "SATO Hiroshi", NULL },
	{ "Hiroshi Suzuki", NULL },
};
#define NPEOPLE (sizeof people / sizeof people[0])

static struct rname_lex lx;

static int
setup(void **state)
{
	(void)state;
	if (!getenv("CAPTIVE_SCHEMA"))
		schema_set_dir("schema");
	return rname_lex_load(&lx);
}

static int
teardown(void **state)
{
	(void)state;
	rname_lex_free(&lx);
	return 0;
}

/* Every reading of name, as resolve-cluster.c takes them; returns how many. */
static int
parse_all(const char *name, struct rname r[2])
{
	int n = 0;

	if (rname_parse(&lx, name, &r[n]) == 0)
		n++;
	if (n == 1 && rname_parse_other(&lx, name, &r[n]) == 0)
		n++;
	return n;
}

/* Whether some reading of a matches some reading of b. */
static int
names_match(const char *a, const char *b)
{
	struct rname ra[2], rb[2];
	int na = parse_all(a, ra), nb = parse_all(b, rb), i, j, hit = 0;

	for (i = 0; i < na; i++)
		for (j = 0; j < nb; j++)
			hit |= rname_match(&lx, &ra[i], &rb[j]) != NULL;
	for (i = 0; i < na; i++)
		rname_free(&ra[i]);
	for (j = 0; j < nb; j++)
		rname_free(&rb[j]);
	return hit;
}

static void
test_pairs(void **state)
{
	size_t p, q, i, j, tp = 0, fp = 0, fn = 0;
	int same, got;

	(void)state;
	for (p = 0; p < NPEOPLE; p++)
		for (i = 0; people[p][i]; i++)
			for (q = p; q < NPEOPLE; q++)
				for (j = q == p ? i + 1 : 0; people[q][j]; j++) {
					same = p == q;
					got = names_match(people[p][i], people[q][j]);
					if (got != same)
						print_message("%s: \"%s\" and \"%s\"\n",
						    same ? "missed" : "wrongly joined",
						    people[p][i], people[q][j]);
					tp += got && same;
					fp += got && !same;
					fn += !got && same;
				}
	print_message("# name pairs: %zu true, %zu false, %zu missed: precision %.3f, recall %.3f\n",
	    tp, fp, fn, tp + fp ? (double)tp / (double)(tp + fp) : 0.0,
	    tp + fn ? (double)tp / (double)(tp + fn) : 0.0);
	assert_int_equal(fp, 0);
	assert_int_equal(fn, 0);
}

/*
 * Names of two members of one family compete (rname_compete): a chain of
 * aliases never joins them.  Different families, an English name beside
 * a Korean one, a short form of a first name: no competition.
 */
static void
test_compete(void **state)
{
	static const struct { const char *a, *b; int compete; } cases[] = {
		{ "Kim Yong-chol", "Kim Yong-sik", 1 },
		{ "Ri Tong Chol", "Lee Dong-chun", 1 },
		{ "John A. Smith", "John B. Smith", 1 },
		{ "Martha Whitlock", "Daniel Whitlock", 1 },
		{ "Kim Yong-chol", "Kim Yeong-cheol", 0 },
		{ "Peter Kang", "Kang Chol-su", 0 },
		{ "Dan Whitlock", "Daniel Whitlock", 0 },
		{ "J. Smith", "John Smith", 0 },
		{ "Lee Dong-chul", "Park Dong-chul", 0 },
		{ "Martha Whitlock", "Martha Whitford", 0 },
	};
	struct rname a, b;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		assert_int_equal(rname_parse(&lx, cases[i].a, &a), 0);
		assert_int_equal(rname_parse(&lx, cases[i].b, &b), 0);
		if (rname_compete(&lx, &a, &b) != cases[i].compete)
			fail_msg("\"%s\" and \"%s\": want compete %d", cases[i].a, cases[i].b,
			    cases[i].compete);
		assert_int_equal(rname_compete(&lx, &b, &a), cases[i].compete);
		rname_free(&a);
		rname_free(&b);
	}
}

/* A name in kanji or kana matches the same name only, and competes with none. */
static void
test_ideographs(void **state)
{
	struct rname a, b, c;

	(void)state;
	assert_int_equal(rname_parse(&lx, "田辺愛子", &a), 0);
	assert_int_equal(rname_parse(&lx, "田辺 愛子", &b), 0);
	assert_int_equal(rname_parse(&lx, "田辺愛", &c), 0);
	assert_non_null(rname_match(&lx, &a, &b));
	assert_null(rname_match(&lx, &a, &c));
	assert_int_equal(rname_compete(&lx, &a, &c), 0);
	rname_free(&a);
	rname_free(&b);
	rname_free(&c);
	assert_int_equal(rname_parse(&lx, "田", &a), -1);
	rname_free(&a);
	assert_int_equal(rname_parse(&lx, "田辺愛子Aiko", &a), -1);
	rname_free(&a);
}

/* One word, or nothing a name is made of: too weak to join documents. */
static void
test_weak(void **state)
{
	static const char *const weak[] = { "Kim", "Keiko", "", "  ", "-", "김" };
	struct rname n;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof weak / sizeof weak[0]; i++) {
		assert_int_equal(rname_parse(&lx, weak[i], &n), -1);
		rname_free(&n);
	}
}

/* The romanization of Hangul, by the table and the syllable arithmetic. */
static void
test_hangul(void **state)
{
	static const struct { const char *hangul, *rr; } cases[] = {
		{ "김정현", "gim-jeong-hyeon" },
		{ "최영춘", "choe-yeong-chun" },
		{ "이", "i" },
		{ "박", "bak" },
	};
	struct buf b = BUF_INIT;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		buf_reset(&b);
		assert_int_not_equal(roman_hangul(lx.roman, cases[i].hangul, &b), 0);
		assert_string_equal(b.data, cases[i].rr);
	}
	buf_reset(&b);
	assert_int_equal(roman_hangul(lx.roman, "Kim", &b), 0);
	assert_int_equal(b.len, 0);
	buf_release(&b);
}

/*
 * Issue 13, found by tests/fuzz/fuzz_names: a long name part that cannot
 * be cut into syllables ("ooo...dozen") made the search of cuts take
 * minutes.  Each rest is tried once now: 200 letters, a few milliseconds.
 * The bound of a second leaves room for a slow, shared machine.
 */
static void
test_long_parts(void **state)
{
	char a[256], b[300];
	struct rname n;
	clock_t t0 = clock();

	(void)state;
	snprintf(a, sizeof a, "%.*sdozendozen", 190,
	    "oooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooo"
	    "oooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooo");
	snprintf(b, sizeof b, "%.*sdozen", 190, a);
	assert_int_equal(roman_syllabic(lx.roman, a), 0);
	assert_int_equal(roman_match(lx.roman, a, b), 0);
	assert_int_equal(roman_match(lx.roman, "jungwook", "jeong-uk"), 1);
	memset(&n, 0, sizeof n);
	snprintf(b, sizeof b, "Ahn %s", a);
	rname_parse(&lx, b, &n);
	rname_free(&n);
	assert_true((double)(clock() - t0) / CLOCKS_PER_SEC < 1.0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pairs),
		cmocka_unit_test(test_compete),
		cmocka_unit_test(test_ideographs),
		cmocka_unit_test(test_weak),
		cmocka_unit_test(test_hangul),
		cmocka_unit_test(test_long_parts),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
