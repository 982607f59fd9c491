/*
 * test_extract_refs: later mentions of a person within one document
 * (stages/extract-names.c's single words, stages/extract-refs.c's "the
 * pastor", extract_pronouns' "he"), and the look-alikes where the text
 * leaves it open (two Kims named together, two pastors) or names no
 * person ("the American embassy").  Table-driven: each row is a text and
 * every mention that is not a full name, with the person it must name
 * (NULL: no mention there).  Invented names and sentences.
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

struct ref_want {
	const char *text;	/* the words of the mention, as written */
	const char *person;	/* the full name it names; NULL: none there */
};

struct ref_case {
	const char *text;
	struct ref_want m[4];	/* text NULL ends */
	const char *known_bug;
};

static const struct ref_case ref_cases[] = {
	{ "Kim Min-jun was detained. Kim said he was fine.",
	    { { "Kim", "Kim Min-jun" }, { "he", "Kim Min-jun" } }, NULL },
	/* two Kims named side by side: "Kim" is nobody's */
	{ "Kim Min-jun and Kim Eun-ji were detained. Kim said little.",
	    { { "Kim", NULL } }, NULL },
	/* ... unless the title's gender tells */
	{ "Ann Roe and Bob Roe were detained. Mr. Roe said little.",
	    { { "Roe", "Bob Roe" } }, NULL },
	/* the latest, when the other was named apart */
	{ "Kim Min-jun, the son of Kim Eun-ji, spoke. Kim said more.",
	    { { "Kim", "Kim Eun-ji" } }, NULL },
	{ "Pastor Ann Roe was arrested in May. The pastor was later sentenced.",
	    { { "The pastor", "Ann Roe" } }, NULL },
	{ "Pastor Ann Roe and Pastor Bob Doe were arrested. The pastor was sentenced.",
	    { { "The pastor", NULL }, { "pastor", NULL } }, NULL },
	{ "American student Bob Doe was held in 2016. The American was freed in June.",
	    { { "The American", "Bob Doe" } }, NULL },
	{ "American student Bob Doe was held. The American embassy said so.",
	    { { "The American", NULL } }, NULL },
	{ "Pastor Ann Roe was arrested. She was later sentenced.",
	    { { "She", "Ann Roe" } }, NULL },
	/* "a North Korean woman" named after it: a woman, for the pronouns
	 * past another woman named since; "a man" leaves her to the other */
	{ "A North Korean woman was arrested in Yanji in May. Choe Su-ja, 56, was caught at a market, "
	  "Mary Jones told reporters. Guards took Choe to the border. A court sentenced her in July.",
	    { { "her", "Choe Su-ja" } }, NULL },
	/* "X, 22, and her brother": the possessive is hers and tells her
	 * sex; not an apposition on her (no brother she is) */
	{ "Kang Su-mi, 22, and her brother Kang Il-do, 19, fled in May. She was caught in June.",
	    { { "She", "Kang Su-mi" } }, NULL },
	{ "Kang Su-mi, 22, said her brother was fine. She was caught in June.",
	    { { "She", "Kang Su-mi" } }, NULL },
	{ "Kang Su-mi, 22, said his brother was fine. She was caught in June.",
	    { { "She", NULL } }, NULL },
	{ "A North Korean man was arrested in Yanji in May. Choe Su-ja, 56, was caught at a market, "
	  "Mary Jones told reporters. Guards took Choe to the border. A court sentenced her in July.",
	    { { "her", "Mary Jones" } }, NULL },
};

/* The mention of d that starts with the words w, or NULL. */
static const struct xent *
mention_at(const struct xdoc *d, const char *w)
{
	const char *at = strstr(d->text, w);
	size_t i, s;

	/* the first occurrence after the first sentence: the later mention */
	if (at && (size_t)(at - d->text) < d->sents[0].e)
		at = strstr(d->text + d->sents[0].e, w);
	if (at == NULL)
		return NULL;
	s = (size_t)(at - d->text);
	for (i = 0; i < d->nent; i++)
		/* persons, and pronouns proper (not "the woman": id -4) */
		if ((d->ents[i].kind == ENT_PERSON || (d->ents[i].kind == ENT_PRONOUN &&
		    d->ents[i].id == -1)) && d->toks[d->ents[i].t0].s == s)
			return &d->ents[i];
	return NULL;
}

static int
ref_row_ok(const struct ref_case *c, int verbose)
{
	struct xdoc d;
	size_t k;
	int ok = 1;

	(void)verbose;
	extract_test_open(&d, c->text, NULL);
	extract_passes(&d, NULL);	/* the events set what pronouns stand for */
	for (k = 0; k < 4 && c->m[k].text; k++) {
		const struct xent *e = mention_at(&d, c->m[k].text);
		const char *got = e && e->ref >= 0 && (size_t)e->ref < d.nperson ?
		    d.persons[e->ref].name : NULL;

		if ((got == NULL) != (c->m[k].person == NULL) ||
		    (got && strcmp(got, c->m[k].person) != 0)) {
			print_message("%s: \"%s\" names %s, want %s\n", c->text, c->m[k].text,
			    got ? got : "nobody", c->m[k].person ? c->m[k].person : "nobody");
			ok = 0;
		}
	}
	extract_doc_free(&d);
	return ok;
}

EXTRACT_TEST_TABLE(test_ref_table, test_ref_known_bugs, ref_cases, ref_row_ok)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ref_table),
		cmocka_unit_test(test_ref_known_bugs),
	};

	return cmocka_run_group_tests(tests, extract_test_setup, extract_test_teardown);
}
