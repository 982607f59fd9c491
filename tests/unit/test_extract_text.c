/*
 * test_extract_text: tokens, sentences and character offsets of
 * stages/extract-text.c.  Table-driven like test_date.c: each row is a
 * text and the sentences it must split into, byte for byte, so an offset
 * one off fails the row.  Names in the texts are invented.
 *
 * Rows with a known_bug string show a defect of the splitter that is not
 * fixed yet: they are skipped (cmocka reports the test as SKIPPED) unless
 * CAPTIVE_TEST_KNOWN_BUGS is set in the environment, which runs them for
 * whoever fixes the splitter.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "extract.h"
#include "extract_test.h"
#include "lex.h"

#define MAXS 6

struct split_case {
	const char *text;
	const char *want[MAXS];	/* the sentences, in order; NULL ends */
	const char *known_bug;	/* NULL, or why the row fails today */
};

static const struct split_case split_cases[] = {
	/* plain stops, question and exclamation marks */
	{ "He was held. She was freed.", { "He was held.", "She was freed." }, NULL },
	{ "Is he alive? Nobody knows! We hope.",
	    { "Is he alive?", "Nobody knows!", "We hope." }, NULL },
	{ "He was held (for two years). Then he left.",
	    { "He was held (for two years).", "Then he left." }, NULL },
	{ "No full stop at the end", { "No full stop at the end" }, NULL },

	/* abbreviations that never end a sentence */
	{ "Mr. Kim Min-jun arrived. Dr. Jane Whitfield left.",
	    { "Mr. Kim Min-jun arrived.", "Dr. Jane Whitfield left." }, NULL },
	{ "Yesterday Mr. Kim Min-jun arrived in Seoul.",
	    { "Yesterday Mr. Kim Min-jun arrived in Seoul." }, NULL },
	{ "He was arrested on Jan. 4 in Dandong. He is 45.",
	    { "He was arrested on Jan. 4 in Dandong.", "He is 45." }, NULL },
	{ "It was Mar. 3. Nothing happened.", { "It was Mar. 3.", "Nothing happened." }, NULL },
	{ "He was held in Camp No. 15 for a year.", { "He was held in Camp No. 15 for a year." }, NULL },
	{ "They met at St. Mary's Church. It rained.",
	    { "They met at St. Mary's Church.", "It rained." }, NULL },
	{ "Rev. Pak Ji Hye and Sen. Rob Halley spoke.",
	    { "Rev. Pak Ji Hye and Sen. Rob Halley spoke." }, NULL },
	{ "Lt. Col. Andrew Pike spoke.", { "Lt. Col. Andrew Pike spoke." }, NULL },

	/* U.S. and a.m. may end a sentence: only before a sentence starter */
	{ "He left the U.S. The next day he flew.",
	    { "He left the U.S.", "The next day he flew." }, NULL },
	{ "The U.S. Embassy said nothing.", { "The U.S. Embassy said nothing." }, NULL },
	{ "He met Sen. Rob Halley at 9 a.m. The meeting ended.",
	    { "He met Sen. Rob Halley at 9 a.m.", "The meeting ended." }, NULL },
	{ "A U.S. citizen, Tom Allard, was held.", { "A U.S. citizen, Tom Allard, was held." }, NULL },

	/* initials */
	{ "John F. Kennedy spoke. It was late.", { "John F. Kennedy spoke.", "It was late." }, NULL },
	{ "Marcus J. Hale and A. B. Fenwick left.", { "Marcus J. Hale and A. B. Fenwick left." }, NULL },

	/* decimal numbers and amounts */
	{ "It cost $1.2 million. He paid 2.5 percent.",
	    { "It cost $1.2 million.", "He paid 2.5 percent." }, NULL },
	{ "The rate was 3.75 in 2015.", { "The rate was 3.75 in 2015." }, NULL },

	/* ellipses: three dots or U+2026, a sentence end only before a capital */
	{ "She waited... and waited. Then she left.",
	    { "She waited... and waited.", "Then she left." }, NULL },
	{ "It cost 3.5 million won... Then it ended.",
	    { "It cost 3.5 million won...", "Then it ended." }, NULL },
	{ "Prices rose\xe2\x80\xa6 Then they fell.",
	    { "Prices rose\xe2\x80\xa6", "Then they fell." }, NULL },

	/* quotes: the closing quote belongs to the sentence it ends */
	{ "He said, \"I was beaten.\" The guards left.",
	    { "He said, \"I was beaten.\"", "The guards left." }, NULL },
	{ "He asked, \xe2\x80\x9cWhy?\xe2\x80\x9d Nobody answered.",
	    { "He asked, \xe2\x80\x9cWhy?\xe2\x80\x9d", "Nobody answered." }, NULL },
	{ "\"We are afraid,\" she said.", { "\"We are afraid,\" she said." }, NULL },
	{ "She said: \xe2\x80\x9cWe are afraid.\xe2\x80\x9d \xe2\x80\x9cHelp us.\xe2\x80\x9d",
	    { "She said: \xe2\x80\x9cWe are afraid.\xe2\x80\x9d", "\xe2\x80\x9cHelp us.\xe2\x80\x9d" }, NULL },

	/* datelines: one sentence with the first one of the story */
	{ "SEOUL, Jan. 4 (Yonhap) -- North Korea detained a man. He was freed.",
	    { "SEOUL, Jan. 4 (Yonhap) -- North Korea detained a man.", "He was freed." }, NULL },
	{ "WASHINGTON (AP) \xe2\x80\x94 A man was held. He is 45.",
	    { "WASHINGTON (AP) \xe2\x80\x94 A man was held.", "He is 45." }, NULL },
	{ "PYONGYANG, Sept. 12 (KCNA) -- A trial was held.",
	    { "PYONGYANG, Sept. 12 (KCNA) -- A trial was held." }, NULL },

	/* lines: a blank line always ends a sentence; so does a short line */
	{ "North Korea frees man\n\nKim Min-jun was freed.",
	    { "North Korea frees man", "Kim Min-jun was freed." }, NULL },
	{ "By Jane Whitfield\nSEOUL -- A man was held.",
	    { "By Jane Whitfield", "SEOUL -- A man was held." }, NULL },

	/* lowercase words after an abbreviation that may end a sentence */
	{ "He flew to the U.S. on Monday and returned.",
	    { "He flew to the U.S. on Monday and returned." }, NULL },
	{ "She moved to the U.S. in 2010.", { "She moved to the U.S. in 2010." }, NULL },
	{ "He lives in the U.S. and works there.", { "He lives in the U.S. and works there." }, NULL },
	{ "U.S. officials said nothing.", { "U.S. officials said nothing." }, NULL },
	{ "He met him at 9 a.m. on Friday.", { "He met him at 9 a.m. on Friday." }, NULL },
	{ "He went to the U.S. The visit was short.",
	    { "He went to the U.S.", "The visit was short." }, NULL },
	/* a straight quote after a space opens the next sentence */
	{ "\"We are afraid,\" she said. \"Help us.\"",
	    { "\"We are afraid,\" she said.", "\"Help us.\"" }, NULL },
};

/* 1 if the row's sentences come out as written, byte for byte. */
static int
split_ok(const struct split_case *c, int verbose)
{
	struct xdoc d;
	size_t i, n = 0;
	int ok = 1;

	while (n < MAXS && c->want[n])
		n++;
	extract_test_open(&d, c->text, NULL);
	if (d.nsent != n)
		ok = 0;
	for (i = 0; i < d.nsent && i < n && ok; i++) {
		const struct xsent *s = &d.sents[i];

		if (s->e - s->s != strlen(c->want[i]) ||
		    memcmp(d.text + s->s, c->want[i], s->e - s->s) != 0)
			ok = 0;
		/* tokens and bytes agree */
		if (d.toks[s->t0].s != s->s || d.toks[s->t1 - 1].e != s->e)
			ok = 0;
	}
	if (!ok && verbose) {
		print_message("text: %s\n", c->text);
		for (i = 0; i < d.nsent; i++)
			print_message("  got  [%zu, %zu) <%.*s>\n", d.sents[i].s, d.sents[i].e,
			    (int)(d.sents[i].e - d.sents[i].s), d.text + d.sents[i].s);
		for (i = 0; i < n; i++)
			print_message("  want <%s>\n", c->want[i]);
	}
	extract_doc_free(&d);
	return ok;
}

EXTRACT_TEST_TABLE(test_split_table, test_split_known_bugs, split_cases, split_ok)

/* Tokens: inner hyphens and apostrophes join, "'s" stands alone, acronyms
 * keep their last dot, numbers keep their separators. */
static void
test_tokens(void **state)
{
	static const char *text = "Kim Min-jun's O'Neill U.S. 1,200 3.5 F. \"No.\"";
	static const char *want[] = { "Kim", "Min-jun", "'s", "O'Neill", "U.S.", "1,200",
	    "3.5", "F", ".", "\"", "No", ".", "\"" };
	struct xdoc d;
	size_t i;

	(void)state;
	extract_test_open(&d, text, NULL);
	for (i = 0; i < d.ntok && i < sizeof(want) / sizeof(want[0]); i++) {
		if (d.toks[i].e - d.toks[i].s != strlen(want[i]) ||
		    memcmp(text + d.toks[i].s, want[i], strlen(want[i])) != 0)
			print_message("token %zu: got <%.*s> want <%s>\n", i,
			    (int)(d.toks[i].e - d.toks[i].s), text + d.toks[i].s, want[i]);
		assert_int_equal(d.toks[i].e - d.toks[i].s, strlen(want[i]));
		assert_memory_equal(text + d.toks[i].s, want[i], strlen(want[i]));
	}
	assert_int_equal(d.ntok, sizeof(want) / sizeof(want[0]));
	assert_true(d.toks[0].flags & TOK_CAP);
	assert_true(d.toks[4].flags & TOK_UPPER);
	assert_true(d.toks[5].flags & TOK_NUM);
	assert_true(d.toks[7].flags & TOK_INITIAL);
	assert_false(d.toks[0].flags & TOK_INITIAL);
	extract_doc_free(&d);
}

/* Character offsets: cp[] counts code points, so a sentence after
 * multi-byte characters starts at its character, not its byte. */
static void
test_char_offsets(void **state)
{
	/* 2-byte é, 3-byte curly quotes and ellipsis, 4-byte emoji */
	static const char *text = "Caf\xc3\xa9 owner Pak Ji Hye said \xe2\x80\x9cno\xe2\x80\xa6\xe2\x80\x9d "
	    "\xf0\x9f\x98\x80 She left. Then Kim Min-jun came.";
	struct xdoc d;
	size_t i;

	(void)state;
	extract_test_open(&d, text, NULL);
	assert_int_equal(d.cp[d.len], 67);	/* characters in all (Python's len) */
	assert_int_equal(d.nsent, 2);
	/* "Then" is character 45: Python's text.index("Then") */
	assert_int_equal(d.cp[d.sents[1].s], 45);
	assert_int_equal(d.cp[d.sents[1].e], 67);
	assert_int_equal(d.cp[d.sents[0].s], 0);
	assert_int_equal(d.cp[d.sents[0].e], 44);
	/* every token start maps to the characters before it */
	for (i = 0; i < d.ntok; i++) {
		size_t b, chars = 0;

		for (b = 0; b < d.toks[i].s; b++)
			chars += ((unsigned char)text[b] & 0xC0) != 0x80;
		assert_int_equal(d.cp[d.toks[i].s], chars);
	}
	extract_doc_free(&d);
}

/* No sentences, one very long sentence: no crash, bounded sentences. */
static void
test_edges(void **state)
{
	struct xdoc d;
	char *big;
	size_t i, n = 20000;

	(void)state;
	extract_test_open(&d, "", NULL);
	assert_int_equal(d.nsent, 0);
	extract_doc_free(&d);
	extract_test_open(&d, "   \n\n  ", NULL);
	assert_int_equal(d.nsent, 0);
	extract_doc_free(&d);

	big = malloc(n * 2 + 1);
	assert_non_null(big);
	for (i = 0; i < n; i++)
		memcpy(big + 2 * i, "a ", 2);
	big[2 * n] = '\0';
	extract_test_open(&d, big, NULL);
	assert_int_equal(d.ntok, n);
	assert_true(d.nsent >= n / XSENT_MAX_TOKENS);
	for (i = 0; i < d.nsent; i++)
		assert_true(d.sents[i].t1 - d.sents[i].t0 <= XSENT_MAX_TOKENS);
	extract_doc_free(&d);
	free(big);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tokens),
		cmocka_unit_test(test_split_table),
		cmocka_unit_test(test_char_offsets),
		cmocka_unit_test(test_edges),
		cmocka_unit_test(test_split_known_bugs),
	};

	return cmocka_run_group_tests(tests, extract_test_setup, extract_test_teardown);
}
