/*
 * test_extract_journey.c: acts of named persons that the text tells
 * with no word of the act's own, on sentences written for these tests
 * (issue 9, second round):
 *
 *   people named after a group in its apposition, each one its member:
 *   "two couples who had been seized, A and B Roe, from X, and C and D
 *   Doe" (a couple counts two; where an item comes from may stand in
 *   the list: extract-groups.c, extract-merge.c);
 *   a verb that only moves someone to their own country, not North
 *   Korea, sends them home: a release (extract-events.c), also with an
 *   object of given names joined by "and" (extract-triggers.c);
 *   a flight "to" a country (not a town) in a story about North Korea,
 *   and a journey out: "made the long journey to Seoul", "set off on the
 *   same journey" as one told before (extract-triggers.c, <journey>);
 *   "to be his wife" after a copula is the subject, no other woman for
 *   "she" to stand for (extract-groups.c);
 *   "would go on to seize": the next act of the story, real;
 *   "ended up in a labour camp", "to the North's Camp No. 16", "the
 *   camp" after a camp of custody: a place of custody (extract-triggers.c);
 *   "allowed X to be deported": what was let happen happened;
 *   "a group of seven": a count after a collective noun (extract-groups.c);
 * and their look-alikes: a list of as many names only speaking, a
 * return to North Korea, to a country not the victims', of someone
 * whose country is not told, a flight to a town, into North Korea, a
 * journey to Pyongyang or with no path, a story with no North Korea,
 * "his wife" of another man, "did not go on to", ending up in a town,
 * "the camp" with none named before, "never allowed".
 * Each row: a text and all its events as "type:victim" in text order, a
 * group as g<count>.  Invented names and sentences.
 */
#include "extract_test.h"

static const struct journey_case {
	const char *text, *events, *known_bug;
} journey_cases[] = {
	/* people named in the apposition of a group */
	{ "The envoy met two Danish couples who had also been abducted, Jens and Mette Lund, from Odense, "
	  "and Peter and Karen Holm, of Aalborg.",
	  "abduction:g4 abduction:Jens Lund abduction:Mette Lund abduction:Peter Holm abduction:Karen Holm", NULL },
	{ "Two Danish couples who had been abducted met the envoy, Jens Lund and Erik Berg said.",
	  "abduction:g4", NULL },
	/* sent home */
	{ "Kenji Sato and Aiko Mori were abducted by agents in 1978. North Korea returned Kenji and Aiko "
	  "to Japan in 2002.",
	  "abduction:Aiko Mori abduction:Kenji Sato release:Kenji Sato release:Aiko Mori", NULL },
	{ "China returned Kim Chol-su and Ri Mi-ok to North Korea in 2002.",
	  "repatriation:Kim Chol-su repatriation:Ri Mi-ok", NULL },
	{ "Thailand returned Kenji Sato to China in 2002.", "repatriation:Kenji Sato", NULL },
	{ "North Korea returned Tom Hale to Japan in 2002.", "repatriation:Tom Hale", NULL },
	/* a flight to a country, a journey out */
	{ "Rim Hae-ju spoke about North Korea in Geneva. Hae-ju escaped to China in 1997.",
	  "defection:Rim Hae-ju", NULL },
	{ "Rim Hae-ju spoke about North Korea in Geneva. Hae-ju fled to Busan in 1997.", "", NULL },
	{ "Rim Hae-ju spoke in Geneva. Hae-ju escaped to North Korea in 1997.", "", NULL },
	{ "Rim Hae-ju spoke about North Korea in Geneva. In 2015, Hae-ju made the long journey to South Korea. "
	  "Rim Ok-sun set off with her son on the same hard journey in 2016.",
	  "defection:Rim Hae-ju defection:Rim Ok-sun", NULL },
	{ "Rim Hae-ju spoke about North Korea in Geneva. Rim Ok-sun set off on a journey to Pyongyang.", "", NULL },
	{ "Rim Hae-ju spoke about North Korea in Geneva. Rim Ok-sun began the same journey in 2016.", "", NULL },
	{ "Ana Ruiz made the long journey to Spain in 2015.", "", NULL },
	/* a predicate after a copula */
	{ "Rim Ok-sun was sold to a farmer to be his wife. Last year she hid in a barn but was caught by police.",
	  "arrest:Rim Ok-sun", NULL },
	{ "Rim Ok-sun met a farmer and his wife. In 2023, she was caught by police.", "", NULL },
	/* the next act of the story */
	{ "The spy Rim Chol-su would go on to abduct Kenji Sato in 1980.", "abduction:Kenji Sato", NULL },
	{ "The spy Rim Chol-su did not go on to abduct Kenji Sato.", "", NULL },
	/* where one came to be held, and what was let happen */
	{ "Tom Hale ended up in a labour camp after trying to cross the river.", "arrest:Tom Hale", NULL },
	{ "Tom Hale ended up in Busan after the war.", "", NULL },
	{ "Tom Hale was sent to the North's Camp No. 16 in May.", "sentence:Tom Hale", NULL },
	{ "Guards ran a prison camp near the lake. Tom Hale spent four months in the camp.", "arrest:Tom Hale", NULL },
	{ "Tom Hale spent four months in the camp near the lake.", "", NULL },
	{ "Police allowed Tom Hale to be deported in May.", "repatriation:Tom Hale", NULL },
	{ "Police never allowed Tom Hale to be deported.", "", NULL },
	/* a count after a collective noun */
	{ "Guards caught a group of seven fleeing the country in 1999.", "arrest:g7 defection:g7", NULL },
	{ "Tom Hale was one of a party of six seized by guards in 1999.", "arrest:g6 arrest:Tom Hale", NULL },
};

static int
journey_ok(const struct journey_case *c, int verbose)
{
	return extract_test_events_are(c->text, c->events, verbose);
}

EXTRACT_TEST_TABLE(test_journey_table, test_journey_known_bugs, journey_cases, journey_ok)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_journey_table),
		cmocka_unit_test(test_journey_known_bugs),
	};

	return cmocka_run_group_tests(tests, extract_test_setup, extract_test_teardown);
}
