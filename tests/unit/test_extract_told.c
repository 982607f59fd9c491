/*
 * test_extract_told.c: acts done to named persons that the text tells
 * indirectly, on sentences written for these tests (issue 9):
 *
 *   membership: "X was one of (at least) 17 citizens abducted" makes the
 *   group's act X's too, as "X was among ..." does (extract-events.c);
 *   "one of" after a copula is no part of its own (extract-groups.c);
 *   a disappearance ("disappeared", "went missing") of someone the story
 *   tells abducted is the abduction, dated by its clause (extract-vanish.c);
 *   a list of persons and a list of as many dates joined after the
 *   trigger pair up, one event a person (extract-respective.c);
 *   a resultative word after the object ("shot him dead");
 *   a pronoun that stands for someone makes that one the latest of that
 *   sex for the pronouns after it; a plural description of people with
 *   no count after a list of persons ("the South Korean soldiers") stands
 *   for them; "the crew of" a vessel is its crew (extract-antecedents.c);
 *   an opener past a counted time ("Three years after defecting, X")
 *   dangles on the main clause's subject (extract-events.c);
 * and their look-alikes: "One of 12 fishermen was seized", someone only
 * speaking of a group, a disappearance of someone never told abducted,
 * dates with a verb between them, a list of three dates for two persons,
 * a span of decades of a group the persons are among, a list of people
 * who only speak or meet others, "the captain of" a vessel, an opener
 * with no act.
 * Each row: a text and all its events as "type:victim" in text order, a
 * group as g<count>.  Invented names and sentences.
 */
#include "extract_test.h"

#include <stdio.h>

static const struct told_case {
	const char *text, *events, *known_bug;
	const char *dates;	/* NULL, or the events' dates in order ("-": none) */
} told_cases[] = {
	/* membership */
	{ "Yumi Arai was one of at least 14 Danish students kidnapped by foreign agents during the 1980s.",
	  "abduction:g14 abduction:Yumi Arai", NULL, NULL },
	{ "Yumi Arai was one of what police think were 14 Danish students kidnapped by foreign agents.",
	  "abduction:g14 abduction:Yumi Arai", NULL, NULL },
	{ "Tom Hale was one of 12 fishermen seized by guards in 1980.", "arrest:g12 arrest:Tom Hale", NULL, NULL },
	{ "Tom Hale was among more than 300 refugees sent back by Chinese police.",
	  "repatriation:g300 repatriation:Tom Hale", NULL, NULL },
	{ "One of 12 fishermen was seized in 1981.", "arrest:g1", NULL, NULL },
	{ "Tom Hale was one of the first to speak about the 12 fishermen seized by guards.", "arrest:g12", NULL, NULL },
	{ "Tom Hale, one of the lawyers, said 12 fishermen were seized.", "arrest:g12", NULL, NULL },
	/* a disappearance of one told abducted */
	{ "Yumi Arai was one of at least 14 Danish students kidnapped by foreign agents during the 1980s. "
	  "Yumi Arai vanished in 1984 on her way to a lecture.",
	  "abduction:g14 abduction:Yumi Arai abduction:Yumi Arai", NULL, "1980/1989 1984" },
	{ "Tom Hale went missing in 1978 while fishing off the coast. Agents are thought to have kidnapped him.",
	  "abduction:Tom Hale", NULL, "1978" },
	{ "Yumi Arai was kidnapped by agents in 1984. Her uncle vanished in 1990.", "abduction:Yumi Arai", NULL, NULL },
	{ "Tom Hale went missing in 1978. He was arrested in Pyongyang in 1990.", "arrest:Tom Hale", NULL, NULL },
	{ "Tom Hale said the ship disappeared in 1978. He was kidnapped by agents in 1990.",
	  "abduction:Tom Hale", NULL, NULL },
	/* a list of persons, a list of dates */
	{ "Mr. Kenji Sato and Mr. Tom Hale were picked up by police in March 2016 and in April 2017.",
	  "arrest:Kenji Sato arrest:Tom Hale", NULL, "2016-03 2017-04" },
	{ "Ann Roe was held along with two other pastors, Peter Lund and Tom Hale, who were taken into custody "
	  "in 2011 and 2012, respectively.", "arrest:Ann Roe arrest:Peter Lund arrest:Tom Hale", NULL, "- 2011 2012" },
	{ "Peter Lund and Tom Hale were caught in 2011 and freed in 2012.",
	  "arrest:Tom Hale arrest:Peter Lund release:Tom Hale release:Peter Lund", NULL, NULL },
	{ "Peter Lund and Tom Hale were caught in May, June and July 2011.",
	  "arrest:Tom Hale arrest:Peter Lund", NULL, NULL },
	{ "Rui Ito and Kenji Sato were among 20 Thai sailors kidnapped by agents in the 1960s and 1970s.",
	  "abduction:g20 abduction:Kenji Sato abduction:Rui Ito", NULL, NULL },
	/* a plural description of people by what they are, after a list */
	{ "Court papers give the two veterans only by their surnames Ko and Ma. The two men were taken prisoner "
	  "in 1951. Ko and Ma stayed in the camps. The complaint states the Thai soldiers were later sent to a "
	  "prison camp.", "arrest:g2 arrest:Ko arrest:Ma sentence:g2 sentence:Ko sentence:Ma", NULL, NULL },
	{ "Police held Ann Roe and Mary Hale. The women were sent to a prison camp.",
	  "arrest:Ann Roe arrest:Mary Hale sentence:g2 sentence:Ann Roe sentence:Mary Hale", NULL, NULL },
	{ "Ann Roe and Tom Hale spoke on Monday. The sailors were freed in 2002.", "", NULL, NULL },
	{ "Ann Roe and Tom Hale met the families on Monday. The abductees were freed in 2002.", "", NULL, NULL },
	/* the crew of a vessel */
	{ "Guards released the crew of the trawler Sea Lark on Monday.", "release:g0", NULL, NULL },
	{ "Guards released the captain of the trawler Sea Lark on Monday.", "", NULL, NULL },
	/* an opener past a time counted before it */
	{ "Two years after defecting to the South, Ana Ruiz works as a nurse in Busan.",
	  "defection:Ana Ruiz", NULL, NULL },
	{ "Two years after the war, Ana Ruiz works as a nurse in Busan.", "", NULL, NULL },
	/* a resultative word after the object */
	{ "Guards shot the two men dead at the border in May.", "death:g2", NULL, NULL },
	{ "Guards shot the two men in the leg and left them for dead.", "", NULL, NULL },
	/* a pronoun makes its person the latest of that sex */
	{ "The brother of Lee Tae-ho, a customs officer killed at sea, spoke on Friday. He met the parents of "
	  "Mr. Tom Hale last year. The late customs officer drifted over the sea line. Hours later he was caught "
	  "by a patrol, whose crew shot him dead.", "arrest:Lee Tae-ho death:Lee Tae-ho", NULL, NULL },
};

/* c's text (published 2020-06-15) gives its events and, when it has
 * them, their dates. */
static int
told_ok(const struct told_case *c, int verbose)
{
	return extract_test_events_dated(c->text, "2020-06-15", c->events, c->dates, verbose);
}

EXTRACT_TEST_TABLE(test_told_table, test_told_known_bugs, told_cases, told_ok)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_told_table),
		cmocka_unit_test(test_told_known_bugs),
	};

	return cmocka_run_group_tests(tests, extract_test_setup, extract_test_teardown);
}
