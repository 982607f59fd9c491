/*
 * Unit tests for clean-index.c: the patterns a line could meet.  The
 * index may list a pattern that does not match (the pattern decides),
 * never leave out one that does: every pair of pattern and line below is
 * matched by PCRE2 too, and a match the index left out fails the test.
 * Then the narrowing itself: which lines get which patterns.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "acm.h"
#include "clean.h"

/* Patterns of the shapes the lexicons use, with their needed words. */
static const struct {
	const char *re;		/* NULL: a prefix phrase */
	const char *prefix;
	const char *needs;
} items[] = {
	/* 0 */ { "(?i)^(?:share|post|send) (?:on|to) (?:mastodon|email)\\b", NULL, "" },
	/* 1 */ { "(?i)^(?:tags?|labels?|filed under)\\s*:", NULL, "" },
	/* 2 */ { NULL, "Skip to", "" },
	/* 3 */ { NULL, "Advert", "" },
	/* 4 */ { "(?i)\\bsign up (?:for|to) our\\b", NULL, "sign up" },
	/* 5 */ { "^\\d+\\s+[Cc]omments?$", NULL, "" },
	/* 6 */ { "(?i)^(?:an? |the )?(?:screen ?grab|still image)s? (?:from|of)\\b", NULL, "" },
	/* 7 */ { "(?i)^disclaimer\\b", NULL, "" },
	/* 8 */ { "(?i)^(?:home|news)\\s*(?:>|/)\\s*\\S", NULL, "" },
	/* 9 */ { "(?i)^follow us|^like us", NULL, "" },
	/* 10 */ { "(?i)^kiosk (?:hours|map)$", NULL, "" },
	/* 11 */ { "(?i)^(?:reading|estimated reading) time\\b", NULL, "" },
	/* 12 */ { "(?i)^photos?(?: by)?:", NULL, "" },
	/* 13 */ { "(?i)^(?:(?:home|news|world)\\s*(?:[|/]\\s*)?){3,}$", NULL, "" },
};
#define NITEMS (sizeof items / sizeof items[0])

/* Invented lines: furniture, look-alikes, and prose. */
static const char *const lines[] = {
	"Share on Mastodon",
	"SEND TO EMAIL",
	"Shared on Mastodon by many",
	"Sharepoint on Mastodon",
	"Tags: harbor, rivers",
	"Tag : harbor",
	"Filed under: Harbor",
	"Labelsmith: a tool",
	"Skip to main content",
	"Skipper Jane Roe sailed home.",
	"Advertisement",
	"ADVERTISING FEATURE",
	"Please sign up for our letters today.",
	"12 comments",
	"A screen grab from a harbor video",
	"Still images of the pier",
	"Disclaimer: views are the author's",
	"Disclaimers apply",
	"Home > World > Harbor",
	"News/Harbor",
	"Homeless shelters opened in the town on Monday.",
	"Follow us on the feed",
	"Like us on the page",
	"\xE2\x84\xAAiosk hours",	/* Kelvin sign for the K */
	"Reading time 4 min",
	"Estimated reading time: 4 min",
	"Photos: Jane Roe",
	"Photo by: Jane Roe",
	"Photographs were taken",
	"Home | News | World",
	"World / Homes / Newsroom",
	"",
	"The harbor reopened on Tuesday after the storm.",
};
#define NLINES (sizeof lines / sizeof lines[0])

struct fixture {
	struct acm *words;
	struct clean_index *x;
	pcre2_code *re[NITEMS];
	int *needs[NITEMS];
	pcre2_match_data *md;
};

static struct fixture *
fixture_new(void)
{
	struct fixture *f = calloc(1, sizeof *f);
	size_t i;

	f->words = acm_new();
	f->x = clean_index_new();
	f->md = pcre2_match_data_create(8, NULL);
	for (i = 0; i < NITEMS; i++) {
		f->needs[i] = clean_needs_parse(items[i].needs, f->words);
		if (items[i].re)
			f->re[i] = clean_regex(items[i].re, 0, "test");
		clean_index_add(f->x, (int)i, items[i].re, items[i].prefix, f->needs[i]);
	}
	acm_build(f->words);
	return f;
}

static void
fixture_free(struct fixture *f)
{
	for (size_t i = 0; i < NITEMS; i++) {
		pcre2_code_free(f->re[i]);
		free(f->needs[i]);
	}
	pcre2_match_data_free(f->md);
	clean_index_free(f->x);
	acm_free(f->words);
	free(f);
}

/* Does item i match s, as the stage would try it? */
static int
item_matches(struct fixture *f, size_t i, const char *s)
{
	size_t n = strlen(s), k;

	if (items[i].re)
		return pcre2_match(f->re[i], (PCRE2_SPTR)s, n, 0, 0, f->md, NULL) >= 0;
	for (k = 0; items[i].prefix[k]; k++)
		if (k >= n || (s[k] | 0x20) != (items[i].prefix[k] | 0x20))
			return 0;
	return 1;
}

/* The items the index gives line s, as a bit set. */
static uint64_t
found(struct fixture *f, const char *s)
{
	uint64_t hits[4] = { 0 }, set = 0;
	int *out = malloc(clean_index_room(f->x) * sizeof *out);
	size_t n, k;

	assert_true(acm_setwords(f->words) <= 4);
	acm_scan(f->words, s, strlen(s), hits);
	n = clean_index_find(f->x, s, strlen(s), hits, out);
	for (k = 0; k < n; k++) {
		if (k > 0)
			assert_true(out[k - 1] < out[k]);	/* ascending, once each */
		set |= (uint64_t)1 << out[k];
	}
	assert_int_equal(out[n], -1);
	free(out);
	return set;
}

/* No match is ever left out. */
static void
test_never_misses(void **state)
{
	struct fixture *f = fixture_new();
	size_t i, k;

	(void)state;
	for (k = 0; k < NLINES; k++) {
		uint64_t set = found(f, lines[k]);

		for (i = 0; i < NITEMS; i++)
			if (item_matches(f, i, lines[k]) && !(set & ((uint64_t)1 << i))) {
				fprintf(stderr, "item %zu matches \"%s\", not listed\n", i, lines[k]);
				fail();
			}
	}
	fixture_free(f);
}

/* The narrowing: a line gets the items its first word or its words allow. */
static void
test_narrows(void **state)
{
	static const struct {
		const char *line;
		uint64_t want;
	} rows[] = {
		/* first words that must be whole: "share", "tags", "skip" */
		{ "Share on Mastodon", 1u << 0 | 1u << 5 | 1u << 9 },
		{ "Sharepoint on Mastodon", 1u << 5 | 1u << 9 },
		{ "Skipper Jane Roe sailed home.", 1u << 5 | 1u << 9 },
		{ "Skip to main content", 1u << 2 | 1u << 5 | 1u << 9 },
		/* a first word that may go on: "Advert...", "tag(s)", "photo(s)";
		 * an optional "an? " before "screen grab": "a..." */
		{ "ADVERTISING FEATURE", 1u << 3 | 1u << 5 | 1u << 6 | 1u << 9 },
		{ "Tags: harbor, rivers", 1u << 1 | 1u << 5 | 1u << 9 },
		{ "Photographs were taken", 1u << 12 | 1u << 5 | 1u << 9 },
		/* a needed word anywhere */
		{ "Please sign up for our letters today.", 1u << 4 | 1u << 5 | 1u << 9 },
		/* "home" may go on: "\\s*" may be nothing; nested alternatives */
		{ "Homeless shelters opened in the town on Monday.",
		    1u << 8 | 1u << 13 | 1u << 5 | 1u << 9 },
		{ "World / Homes / Newsroom", 1u << 13 | 1u << 5 | 1u << 9 },
		/* the Kelvin sign: every item with first words */
		{ "\xE2\x84\xAAiosk hours", 0x3fffu & ~(1u << 4) },
		/* past an optional group: "the" or its group's own first words */
		{ "The harbor reopened on Tuesday after the storm.", 1u << 5 | 1u << 6 | 1u << 9 },
		{ "Still images of the pier", 1u << 5 | 1u << 6 | 1u << 9 },
		/* prose: only the items without first words or needs */
		{ "Harbor crews reopened the pier on Tuesday.", 1u << 5 | 1u << 9 },
	};
	struct fixture *f = fixture_new();
	size_t k;

	(void)state;
	for (k = 0; k < sizeof rows / sizeof rows[0]; k++) {
		uint64_t set = found(f, rows[k].line);

		if (set != rows[k].want)
			fprintf(stderr, "\"%s\": got %#llx, want %#llx\n", rows[k].line,
			    (unsigned long long)set, (unsigned long long)rows[k].want);
		assert_true(set == rows[k].want);
	}
	fixture_free(f);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_never_misses),
		cmocka_unit_test(test_narrows),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
