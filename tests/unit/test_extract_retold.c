/*
 * test_extract_retold.c: one act told twice, and acts that are no new
 * act, on sentences written for these tests (issue 9, events precision):
 *
 *   people joined to the act's victims by "along with", "together with"
 *   share the act, so a later "they" that stands for some of them tells
 *   the same act (extract-events.c); a taking of one abducted, told with
 *   those taken along, is still the abduction told again (extract-merge.c);
 *   a participle that describes the speaker of a saying ("a sailor seized
 *   by the navy said") takes no date of the saying's scene
 *   (extract-dates.c); a conviction with no penalty named and no hearing
 *   told is the verdict of a sentence of the same persons told beside it
 *   (extract-merge.c); people "turned over to immigration authorities",
 *   of no country named, are passed on by the state that holds them: no
 *   forced return (extract-events.c); an act in a clause of sequence
 *   ("after sending them back") that a comma closes takes no date of the
 *   main clause after it (extract-dates.c); a noun of an act after "to"
 *   that closes a span "from" opened ("from his birth to his escape") is
 *   no aim; a confinement in a series after a trial ("court-martialed,
 *   imprisoned") is its penalty (extract-events.c); one named in an
 *   apposition as one among a group told before ("the only woman among
 *   the seven - X -", "X, one of the seven,") shares the group's acts
 *   (extract-merge.c); foreigners who defect "to North Korea" are held
 *   there from then on: an arrest (event-types.tsv into-kp);
 * and their look-alikes: "along with" a thing, "along with" opening the
 * sentence before someone who only speaks, a participle that is no
 * speaker's, the main verb after the scene's date, a conviction with a
 * hearing told or only a lawyer's word after it, a sentence of another
 * person, a hand-over to another state's guards or to one's embassy, a
 * date inside the clause of sequence, "to" of an aim, a confinement after
 * an arrest, someone who only works for a group, a North Korean "to North
 * Korea", a flight elsewhere.
 * Each row: a text, all its events as "type:victim" in text order (a
 * group as g<count>), and NULL or their dates in order ("-": none).
 * Invented names and sentences.
 */
#include "extract_test.h"

#include <stdio.h>

static const struct retold_case {
	const char *text, *events, *dates, *known_bug;
} retold_cases[] = {
	/* along with */
	{ "Lee Min-ho was seized and detained, along with three fellow pastors from Seoul, in China in May. "
	  "They were held there until August, when they were finally freed.",
	  "arrest:Lee Min-ho arrest:g3 release:g3", "2020-05 2019-08", NULL },
	{ "Lee Min-ho, along with three other pastors, was arrested in China in May.",
	  "arrest:g3 arrest:Lee Min-ho", NULL, NULL },
	{ "Police arrested Lee Min-ho along with his wife Pak Mi-ran in May.",
	  "arrest:Lee Min-ho arrest:Pak Mi-ran", NULL, NULL },
	{ "Police arrested Lee Min-ho along with his car.", "arrest:Lee Min-ho", NULL, NULL },
	{ "Lee Min-ho was detained along with two other pastors, who were seized in 2010 and 2013, in turn.",
	  "arrest:Lee Min-ho arrest:g2", "- 2010", NULL },
	{ "Lee Min-ho was arrested in May along with his camera and two laptops.", "arrest:Lee Min-ho", NULL, NULL },
	{ "Along with three other pastors, Lee Min-ho spoke to reporters after he was freed.",
	  "release:Lee Min-ho", NULL, NULL },
	/* a taking of one abducted, with those taken along */
	{ "Mr Cho says he was abducted by the North decades ago. Mr Cho says he was seized together with "
	  "11 other fishermen off the east coast in 1971.", "abduction:Cho abduction:g11", "1971", NULL },
	/* a participle that describes a speaker */
	{ "In a talk with a Danish paper on Friday, a North Korean sailor seized by the Estonian navy, named "
	  "only as Pak, said he hoped to go to Seoul.", "arrest:g1", "-", NULL },
	{ "On Friday, police seized a North Korean sailor, his lawyer said.", "arrest:g1", "2020-06-12", NULL },
	{ "On Friday, a North Korean sailor was seized by the navy, his lawyer said.", "arrest:g1", "2020-06-12",
	  NULL },
	/* a conviction with no penalty named, and the sentence told beside it */
	{ "Ann Roe, a teacher from Ohio, was convicted by a Pyongyang court in March of hostile acts. She has been "
	  "serving a ten-year sentence.", "sentence:Ann Roe", "2020-03", NULL },
	{ "Ann Roe is serving a ten-year sentence. She was convicted in March of hostile acts.",
	  "sentence:Ann Roe", "2020-03", NULL },
	{ "Ann Roe was convicted in March of hostile acts. Her lawyer called the verdict unjust.",
	  "trial:Ann Roe", NULL, NULL },
	{ "Ann Roe was tried and convicted in March of hostile acts. She has been serving a ten-year sentence.",
	  "trial:Ann Roe sentence:Ann Roe", NULL, NULL },
	{ "Ann Roe was convicted in March of hostile acts. Tom Hale is serving a ten-year sentence.",
	  "trial:Ann Roe sentence:Tom Hale", NULL, NULL },
	/* handed to an authority of no country: passed on, no forced return */
	{ "Police freed 20 North Korean sailors on Monday. They were then turned over to immigration "
	  "authorities, who were helping them leave.", "release:g20", NULL, NULL },
	{ "Chinese police caught 20 North Korean defectors and handed them over to North Korean soldiers at the bridge.",
	  "arrest:g20 repatriation:g20", NULL, NULL },
	{ "Chinese police caught 20 North Korean defectors and turned them over to the North Korean authorities.",
	  "arrest:g20 repatriation:g20", NULL, NULL },
	{ "Thai police caught 20 North Korean defectors and handed them over to their embassy.",
	  "arrest:g20 release:g20", NULL, NULL },
	/* a clause of sequence closed by a comma: the main clause's date */
	{ "Nine teenage North Korean refugees were caught in Laos in May 2013. As the North came under fire "
	  "after brutally sending them back, it paraded the youths on TV on June 3, 2014.",
	  "arrest:g9 repatriation:g9", "2013-05 -", NULL },
	{ "Ann Roe fled North Korea. After being sent back in May, she was jailed in June.",
	  "defection:Ann Roe repatriation:Ann Roe arrest:Ann Roe", "- 2020-05 2020-06", NULL },
	{ "Ann Roe fled North Korea. She was executed on Monday after being sent back.",
	  "defection:Ann Roe death:Ann Roe repatriation:Ann Roe", "- 2020-06-15 -", NULL },
	/* "from ... to his escape": the end of a span told, no aim */
	{ "Lee Min-ho spoke of his years in the compound, from his childhood there up to his escape out of "
	  "North Korea when he was 19.", "defection:Lee Min-ho", NULL, NULL },
	{ "Lee Min-ho went to Seoul to seek his freedom from North Korea.", "", NULL, NULL },
	/* a confinement in a series after a trial: the trial's penalty */
	{ "Tom Hale, a sergeant, crossed into the North in 1966. Back home he was court-martialed, imprisoned "
	  "and given a bad-conduct discharge.", "trial:Tom Hale sentence:Tom Hale", NULL, NULL },
	{ "Tom Hale was tried and jailed in 2001.", "trial:Tom Hale sentence:Tom Hale", NULL, NULL },
	{ "Tom Hale was arrested, jailed and beaten in 2001.", "arrest:Tom Hale", NULL, NULL },
	/* one named as one among a group told before */
	{ "Six North Korean refugees were held in Mongolia in 2003. Mongolian guards deported them to "
	  "China. The sole female among the six - Ann Roe - died in a camp.",
	  "arrest:g6 arrest:Ann Roe repatriation:g6 repatriation:Ann Roe", NULL, NULL },
	{ "Six North Korean refugees were held in Mongolia in 2003. Ann Roe, one of the six, spoke on Monday.",
	  "arrest:g6 arrest:Ann Roe", NULL, NULL },
	{ "Six North Korean refugees were held in Mongolia in 2003. Ann Roe, a lawyer for the six, spoke "
	  "on Monday.", "arrest:g6", NULL, NULL },
	/* foreigners who go into North Korea are held there */
	{ "Tom Hale, an American soldier, defected to North Korea in 1964.", "arrest:Tom Hale", "1964", NULL },
	{ "Yun Chol, a North Korean soldier, defected to North Korea in 1964.", "", NULL, NULL },
	{ "Tom Hale, an American soldier, fled to Japan in 1964.", "", NULL, NULL },
	{ "Tom Hale spoke of the war. The army holds that in the spring of 1964 Hale defected to North Korea.",
	  "arrest:Tom Hale", "1964", NULL },
	{ "Tom Hale spoke of the war. He escaped to North Korea on May 2, 1964.", "", NULL, NULL },
};

/* c's text (published 2020-06-17, a Wednesday) gives its events and, when it has
 * them, their dates. */
static int
retold_ok(const struct retold_case *c, int verbose)
{
	return extract_test_events_dated(c->text, "2020-06-17", c->events, c->dates, verbose);
}

EXTRACT_TEST_TABLE(test_retold_table, test_retold_known_bugs, retold_cases, retold_ok)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_retold_table),
		cmocka_unit_test(test_retold_known_bugs),
	};

	return cmocka_run_group_tests(tests, extract_test_setup, extract_test_teardown);
}
