/*
 * test_extract_coref.c: one act told twice or more, where one telling
 * has the time and the other the event, on sentences written for these
 * tests (issue 9, event dates):
 *
 *   the victims' passage out of the country that held them, after their
 *   release, dates the release ("across the bridge into China", a month
 *   and day in the release's year) (extract-retold.c);
 *   an indefinite description ("a man who was being held") in a
 *   story with one man alone held is his arrest, and its sentence's time
 *   is the arrest's (extract-retold.c);
 *   one who went missing and whom a later sentence tells captured was
 *   taken then (extract-vanish.c);
 *   a bare count told again far from its group ("a captain said two were
 *   caught in March") is the one group of that count told before, so the
 *   two tellings are one act (extract-groups.c, extract-merge.c);
 *   the act's noun and a verb that says only when ("the executions took
 *   place in August") date the one act of that type told before
 *   (extract-retold.c);
 * and their look-alikes: a passage at a time that is no finer telling,
 * into the captor's own country, or of other people; two persons held,
 * one held twice, a description of the other sex, a description in an
 * apposition on the name; a capture told as later, one freed before
 * going missing; another count, a
 * larger group near; two acts of the type told before.
 * Each row: a text, all its events as "type:victim" in text order (a
 * group as g<count>), and NULL or their dates in order ("-": none).
 * Invented names and sentences.
 */
#include "extract_test.h"

#include <stdio.h>

static const struct coref_case {
	const char *text, *events, *dates, *known_bug;
} coref_cases[] = {
	/* a passage out dates the release */
	{ "Twelve years ago, the North freed the crew of the trawler Sea Lark. Ole Berg, a cook on the boat, "
	  "recalled the cold. On March 3, the crew were sent across a bridge into China.",
	  "release:g0", "2008-03-03", NULL },
	{ "Last year North Korea released Ann Roe, a nurse from Oslo. She recalled the cold. On 4 May she was "
	  "escorted across the border to South Korea by two officers.",
	  "release:Ann Roe", "2019-05-04", NULL },
	{ "In 2008, the North freed the crew of the trawler Sea Lark. Ole Berg, a cook on the boat, recalled "
	  "the cold. On March 3, 2009, the crew were sent across a bridge into China.",
	  "release:g0", "2008", NULL },
	{ "Twelve years ago, the North freed the crew of the trawler Sea Lark. Ole Berg, a cook on the boat, "
	  "recalled the cold. On March 3, the crew was taken to Pyongyang for a rally.",
	  "release:g0", "2008", NULL },
	{ "Twelve years ago, the North freed the crew of the trawler Sea Lark. Ole Berg, a cook on the boat, "
	  "recalled the cold. On March 3, a party of tourists was sent across the bridge into China.",
	  "release:g0", "2008", NULL },
	/* a description of the one person held */
	{ "Park Jun-seo, a guide from Busan, had been caught taking photos of a dock, the agency said. He was "
	  "freed on Monday. His mother thanked the ministry. In early May, officials said they were asking "
	  "about a man who was being held in the North.",
	  "arrest:Park Jun-seo release:Park Jun-seo", "2020-05~ 2020-06-15", NULL },
	{ "In early May, officials said they were asking about a man who was being held in the North. "
	  "His mother thanked the ministry. Park Jun-seo, a guide from Busan, had been caught taking photos of "
	  "a dock, the agency said.",
	  "arrest:Park Jun-seo", "2020-05~", NULL },
	{ "Park Jun-seo and Lee Do-hyun, two guides from Busan, had been caught taking photos of a dock, the "
	  "agency said. Their families thanked the ministry. In early May, officials said they were asking "
	  "about a man who was being held in the North.",
	  "arrest:g2 arrest:Lee Do-hyun arrest:Park Jun-seo", "-", NULL },
	{ "Kim Se-ri, a nurse from Busan, had been caught taking photos of a dock, the agency said. She "
	  "thanked the ministry. In early May, officials said they were asking about a man who was being "
	  "held in the North.",
	  "arrest:Kim Se-ri", "-", NULL },
	{ "Park Jun-seo, a guide from Busan, had been caught taking photos of a dock in 2015. He was arrested "
	  "again after his return. In early May, officials said they were asking about a man who was being "
	  "held in the North.",
	  "arrest:Park Jun-seo arrest:Park Jun-seo", "2015 -", NULL },
	{ "Kim Se-ri, a nurse who was detained by guards in the North, met her son on Monday.",
	  "arrest:Kim Se-ri", "-", NULL },
	/* one missing, told captured in a later sentence */
	{ "Sgt. Bo Lund vanished in May 1952 while on patrol. Files show that he was in fact captured by "
	  "enemy troops.", "arrest:Bo Lund", "1952-05", NULL },
	{ "Sgt. Bo Lund vanished in May 1952 while on patrol. Files show that he was later captured by "
	  "enemy troops in Laos on 4 June 1953.", "arrest:Bo Lund", "1953-06-04", NULL },
	{ "Sgt. Bo Lund was freed by the rebels in 1950 and vanished in May 1952. Files show that he had been "
	  "captured by enemy troops.", "release:Bo Lund arrest:Bo Lund", "1950 -", NULL },
	/* a count told again, far from its group */
	{ "Guards captured two soldiers near the river. The soldiers are now in a field hospital. Their "
	  "families have asked to visit. Officials would not say where they are kept. A captain said two "
	  "were captured in late March.",
	  "arrest:g2", "2020-03~", NULL },
	{ "Guards captured two soldiers near the river. The soldiers are now in a field hospital. Their "
	  "families have asked to visit. Officials would not say where they are kept. A captain said three "
	  "were captured in late March.",
	  "arrest:g2", "-", NULL },
	{ "Guards captured two soldiers near the river. Their families have asked to visit. Officials would "
	  "not say where they are kept. Of the 12 sailors held in May, two were released in June.",
	  "arrest:g2 arrest:g12 release:g2", "- 2020-05 2020-06", NULL },
	/* the act's noun and a time */
	{ "Ann Roe said nine defectors were sent back in June 2019. Two were executed while six were "
	  "jailed. The executions took place in August or September, she said.",
	  "repatriation:g9 death:g2 sentence:g6", "2019-06 2019 -", NULL },
	{ "Two soldiers were executed near the river. Guards then executed Bo Lund, a farmer, as well. The "
	  "executions took place in August, a witness said.",
	  "death:g2 death:Bo Lund", "- -", NULL },
};

/* c's text (published 2020-06-17, a Wednesday) gives its events and, when it has
 * them, their dates. */
static int
coref_ok(const struct coref_case *c, int verbose)
{
	return extract_test_events_dated(c->text, "2020-06-17", c->events, c->dates, verbose);
}

EXTRACT_TEST_TABLE(test_coref_table, test_coref_known_bugs, coref_cases, coref_ok)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_coref_table),
		cmocka_unit_test(test_coref_known_bugs),
	};

	return cmocka_run_group_tests(tests, extract_test_setup, extract_test_teardown);
}
