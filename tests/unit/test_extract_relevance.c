/*
 * test_extract_relevance: the relevance judgement of a document
 * (stages/extract-relevance.c) on short texts, after every pass of
 * extract as extract.c runs them.  Table-driven: each row is a text,
 * whether it is relevant, the act's words and the kind of tie the
 * judgement must give as its evidence, and why.  The look-alikes are the
 * point: North Korea without an act against a person (a missile test),
 * an act with no tie to North Korea (an arrest in Texas), and the field's
 * own cases that never say "North Korea".  Every name and sentence here
 * is invented.
 */
#include <stdio.h>

#include "extract_test.h"

struct rel_case {
	const char *text;
	int relevant;
	const char *act;	/* the act's trigger words, NULL: no act */
	const char *tie;	/* the tie's kind, NULL: none */
	const char *why;
	const char *known_bug;
};

static const struct rel_case rel_cases[] = {
	/* relevant: an act and a tie, each kind of tie */
	{ "Ann Roe was arrested in Pyongyang in May.", 1, "arrested", "place",
	    "a place of North Korea in the act's sentence", NULL },
	{ "Kim Chol-ho, a North Korean defector, was arrested in China last year.", 1,
	    "arrested", "victim_nationality", "the victim is North Korean", NULL },
	{ "Five North Korean workers were detained in Vladivostok on Monday.", 1,
	    "detained", "victim_nationality", "a group of North Koreans", NULL },
	{ "Lee Jun-seo, a South Korean fisherman, was abducted at sea by unknown men in 1971.",
	    1, "abducted", "field_act", "a South Korean abductee (relevance.tsv)", NULL },
	{ "Aiko Tanabe never came home from school. She was kidnapped on the way in 1978, "
	    "her parents said.", 1, "kidnapped", "field_act",
	    "a Japanese abductee's story that never names the state that took her", NULL },
	{ "Pak Sun-ok and her brother were held for a year. They had fled North Korea.", 1,
	    "held", NULL, "an act extract made no event of still counts", NULL },
	{ "Bob Doe, an American teacher, was sentenced to ten years of hard labour on Friday. "
	    "He had taught in North Korea since 2015.", 1, "sentenced", NULL,
	    "the act's tie is elsewhere in the text (its country or the place)", NULL },
	/* look-alikes: not relevant */
	{ "North Korea fired two ballistic missiles into the sea on Tuesday, the South Korean "
	    "military said. Analysts in Seoul said Pyongyang was testing a new engine.", 0, NULL,
	    NULL, "North Korea, but no act against a person", NULL },
	{ "Police arrested Rod Kettle, 42, in Dallas on Sunday after a bank robbery.", 0,
	    "arrested", NULL, "an act, but no tie to North Korea", NULL },
	{ "A judge in Chicago sentenced former mayor Gerald Ashby to four years in prison.",
	    0, "sentenced", NULL, "a US court case", NULL },
	{ "Senator Hal Bramley said 40 state residents would get help.", 0, NULL, NULL,
	    "US politics: persons and a group, no act", NULL },
	{ "An American businessman, Doug Prentice, was kidnapped in Monterrey last week.", 0,
	    "kidnapped", NULL, "an abduction, but of an American in Mexico", NULL },
	{ "North Korean state media said the launch was a success. Minister Ellen Fair said "
	    "it released a statement.", 0, NULL, NULL,
	    "a North Korean tie and a trigger, but \"it\" names no person", NULL },
};

/* The judgement of text, after every pass of extract.c. */
static void
judge(const char *text, struct xdoc *d, struct xrelevance *r)
{
	extract_test_open(d, text, "2020-06-01");
	extract_persons(d, NULL);
	extract_aliases(d);
	extract_org_names(d);
	extract_refs(d);
	extract_groups(d);
	extract_places(d);
	extract_pronouns(d);
	extract_index_ents(d);
	extract_events(d);
	extract_make_ids(d);
	extract_relevance(d, r);
}

static int
rel_row_ok(const struct rel_case *c, int verbose)
{
	struct xdoc d;
	struct xrelevance r;
	const char *tie;
	char act[64] = "";
	int ok;

	judge(c->text, &d, &r);
	tie = extract_tie_name(r.tie);
	if (r.act)
		snprintf(act, sizeof(act), "%.*s", (int)(r.ae - r.as), c->text + r.as);
	ok = r.relevant == c->relevant && (c->act ? r.act && !strcmp(act, c->act) : !r.act) &&
	    (!c->relevant || !c->tie || (tie && !strcmp(tie, c->tie))) &&
	    (c->relevant || !tie);
	/* a relevant document always says its tie, and its words are in the text */
	if (r.relevant && (r.tie == TIE_NONE || r.s >= r.e || r.e > d.len))
		ok = 0;
	if (!ok && verbose)
		print_message("# %s\n#   want %s act \"%s\" tie %s (%s)\n#   got %s act \"%s\" tie %s\n",
		    c->text, c->relevant ? "relevant" : "off-topic", c->act ? c->act : "",
		    c->tie ? c->tie : "-", c->why, r.relevant ? "relevant" : "off-topic", act,
		    tie ? tie : "-");
	extract_doc_free(&d);
	return ok;
}

EXTRACT_TEST_TABLE(test_relevance_table, test_relevance_known_bugs, rel_cases, rel_row_ok)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_relevance_table),
		cmocka_unit_test(test_relevance_known_bugs),
	};

	return cmocka_run_group_tests(tests, extract_test_setup, extract_test_teardown);
}
