/*
 * extract_test.h: what the unit tests of extract's helpers
 * (test_extract_text.c, test_extract_names.c, test_extract_groups.c,
 * test_extract_triggers.c)
 * share, so that each of them keeps only its own table and checks:
 *
 *   extract_test_setup, extract_test_teardown: the cmocka group setup
 *   and teardown that load and free the lexicons, in extract_test_lx.
 *   extract_test_open: an xdoc on a text, tokenized and split into
 *   sentences, for the test to run its stage on.
 *   EXTRACT_TEST_TABLE: the two tests over a table with known_bug rows.
 *
 * Each test file is one program that includes this header once; the
 * functions are static, and each of them uses all of them.
 */
#ifndef EXTRACT_TEST_H
#define EXTRACT_TEST_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "date.h"
#include "extract.h"
#include "lex.h"

/* The lexicons, loaded once for the whole group of tests. */
static struct xlex extract_test_lx;

/*
 * Group setup: load the lexicons from CAPTIVE_SCHEMA, or from schema/
 * when it is unset (make check runs from the top of the tree).  Returns
 * extract_lex_load's 0 or -1, which fails the whole group.
 */
static int
extract_test_setup(void **state)
{
	(void)state;
	if (!getenv("CAPTIVE_SCHEMA"))
		schema_set_dir("schema");
	return extract_lex_load(&extract_test_lx);
}

static int
extract_test_teardown(void **state)
{
	(void)state;
	extract_lex_free(&extract_test_lx);
	return 0;
}

/*
 * Open d on text: document "doc-test" with the lexicons, published on
 * pub (an ISO date; NULL: no date), tokenized and split into sentences.
 * d borrows text, which must outlive it; the caller frees d with
 * extract_doc_free.
 */
static void
extract_test_open(struct xdoc *d, const char *text, const char *pub)
{
	memset(d, 0, sizeof(*d));
	d->docid = "doc-test";
	d->text = text;
	d->len = strlen(text);
	d->lx = &extract_test_lx;
	if (pub)
		date_parse_iso(pub, &d->pub);
	extract_tokenize(d);
	extract_split_sentences(d);
}

/*
 * The live events of d as "type:victim" joined by spaces in text order (a
 * group's victim is g<count>), only those of type when it is not NULL;
 * into out, cut at outsz.
 */
static inline void
extract_test_events(const struct xdoc *d, const char *type, char *out, size_t outsz)
{
	size_t i, len = 0;

	out[0] = 0;
	for (i = 0; i < d->nevent; i++) {
		const struct xevent *e = &d->events[i];
		int a;

		if (e->dead > 0 || (type && strcmp(e->type, type)))
			continue;
		for (a = 0; a < e->nvictims && len + 1 < outsz; a++) {
			int v = e->victims[a];

			if (v >= 0)
				len += (size_t)snprintf(out + len, outsz - len, "%s%s:%s", len ? " " : "", e->type,
				    d->persons[v].name);
			else
				len += (size_t)snprintf(out + len, outsz - len, "%s%s:g%ld", len ? " " : "", e->type,
				    d->groups[-v - 1].count);
			if (len >= outsz)
				len = outsz - 1;
		}
	}
}

/* The dates of d's live events, "-" for none, joined by spaces. */
static inline void
extract_test_dates(const struct xdoc *d, char *out, size_t outsz)
{
	size_t i, len = 0;

	out[0] = 0;
	for (i = 0; i < d->nevent && len + 1 < outsz; i++)
		if (d->events[i].dead <= 0) {
			len += (size_t)snprintf(out + len, outsz - len, "%s%s", len ? " " : "",
			    d->events[i].date[0] ? d->events[i].date : "-");
			if (len >= outsz)
				len = outsz - 1;
		}
}

/*
 * Does text, published on pub, through every pass, give the events want
 * (extract_test_events' form) and, unless dates is NULL, those dates
 * (extract_test_dates' form)?  When verbose, say what it gave.
 */
static inline int
extract_test_events_dated(const char *text, const char *pub, const char *want, const char *dates,
    int verbose)
{
	struct xdoc d;
	char got[512];
	int ok;

	extract_test_open(&d, text, pub);
	extract_passes(&d, NULL);
	extract_test_events(&d, NULL, got, sizeof(got));
	ok = !strcmp(got, want);
	if (!ok && verbose)
		print_message("%s: want \"%s\", got \"%s\"\n", text, want, got);
	if (ok && dates) {
		extract_test_dates(&d, got, sizeof(got));
		ok = !strcmp(got, dates);
		if (!ok && verbose)
			print_message("%s: want dates \"%s\", got \"%s\"\n", text, dates, got);
	}
	extract_doc_free(&d);
	return ok;
}

/*
 * Does d, after every pass, give the last live event of type the date
 * want ("" none; want NULL: there must be no such event)?  When verbose,
 * say what it gave (text names the row).
 */
static inline int
extract_test_last_date(const struct xdoc *d, const char *text, const char *type, const char *want,
    int verbose)
{
	const struct xevent *e = NULL;
	size_t i;
	int ok;

	for (i = 0; i < d->nevent; i++)
		if (d->events[i].dead <= 0 && !strcmp(d->events[i].type, type))
			e = &d->events[i];
	ok = want ? e && !strcmp(e->date, want) : !e;
	if (!ok && verbose)
		print_message("%s: want %s \"%s\", got %s\n", text, type, want ? want : "no event",
		    e ? e->date : "no event");
	return ok;
}

/* The same for text published on pub, read here. */
static inline int
extract_test_text_date(const char *text, const char *pub, const char *type, const char *want, int verbose)
{
	struct xdoc d;
	int ok;

	extract_test_open(&d, text, pub);
	extract_passes(&d, NULL);
	ok = extract_test_last_date(&d, text, type, want, verbose);
	extract_doc_free(&d);
	return ok;
}

/* The same, published 2020-06-15, for the events alone. */
static inline int
extract_test_events_are(const char *text, const char *want, int verbose)
{
	return extract_test_events_dated(text, "2020-06-15", want, NULL, verbose);
}

/*
 * EXTRACT_TEST_TABLE(run, bugs, cases, row_ok) defines two cmocka tests
 * over the array cases, whose rows have a text and a known_bug (NULL, or
 * why the row fails today); row_ok(&cases[i], 1) returns 1 when the row
 * passes, else prints why and returns 0.
 *   run: every row without known_bug; fails if any of them fails.
 *   bugs: the rows with known_bug.  Unless CAPTIVE_TEST_KNOWN_BUGS is set
 *   in the environment it prints them and is SKIPPED; with it, it runs
 *   them for whoever fixes the defect, and fails if any of them fails.
 * A macro, not a function, because each file's rows are a struct of its
 * own, and so that a failure names the test file and line, as before.
 */
#define EXTRACT_TEST_NROWS(cases) (sizeof(cases) / sizeof((cases)[0]))
#define EXTRACT_TEST_TABLE(run, bugs, cases, row_ok)				\
static void									\
run(void **state)								\
{										\
	size_t i, bad = 0;							\
										\
	(void)state;								\
	for (i = 0; i < EXTRACT_TEST_NROWS(cases); i++)				\
		if (!(cases)[i].known_bug && !row_ok(&(cases)[i], 1))		\
			bad++;							\
	assert_int_equal(bad, 0);						\
}										\
										\
static void									\
bugs(void **state)								\
{										\
	size_t i, bad = 0;							\
										\
	(void)state;								\
	if (!getenv("CAPTIVE_TEST_KNOWN_BUGS")) {				\
		for (i = 0; i < EXTRACT_TEST_NROWS(cases); i++)			\
			if ((cases)[i].known_bug)				\
				print_message("# known bug: %s: %s\n",		\
				    (cases)[i].text, (cases)[i].known_bug);	\
		skip();								\
	}									\
	for (i = 0; i < EXTRACT_TEST_NROWS(cases); i++)				\
		if ((cases)[i].known_bug && !row_ok(&(cases)[i], 1))		\
			bad++;							\
	assert_int_equal(bad, 0);						\
}

#endif /* EXTRACT_TEST_H */
