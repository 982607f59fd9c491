/*
 * test_extract_crowds.c: acts done to groups of people, on sentences
 * written for these tests (stages/extract-groups.c, extract-antecedents.c,
 * extract-events.c):
 *
 *   a part counted out of a whole ("14 of 20 sailors") is the victim, not
 *   the whole;
 *   two counts sharing one noun ("12 Thai and three Lao sailors") are two
 *   groups, both victims;
 *   a crew sized by a hyphenated count ("its 22-man crew") is a group;
 *   people joined to a thing seized ("a trawler as well as nine crew");
 *   a vessel's crew named after it ("the crew members") is a group
 *   of its own, not the latest group named;
 *   people of no count with an act on them ("Thai fishermen were also
 *   seized", "several wounded soldiers who later died") are a group,
 *   and people of one kind told again are the same group;
 *   and the look-alikes: perpetrators ("by Thai agents"), a plural that
 *   does something ("several officers held placards"), a participle on a
 *   noun after another verb ("sending back captured refugees"), a group
 *   before a subject "he" whom the text does not name, a description of
 *   another nationality than the latest group's.
 * Each row: a text and all its events as "type:victim" in text order, a
 * group as g<count> (g0: no count).  Invented names and sentences.
 */
#include "extract_test.h"

#include <stdio.h>

static const struct crowd_case {
	const char *text, *events, *known_bug;
} crowd_cases[] = {
	/* a part of a counted whole */
	{ "A judge in Oslo freed 14 of 20 Thai sailors on Friday.",
	  "release:g14", NULL },
	{ "Police arrested two of the nine defectors in a raid.", "arrest:g2", NULL },
	{ "Four out of ten prisoners died in the camp that winter.", "death:g4", NULL },
	{ "Guards seized 11 fishermen in May. Three of the fishermen were freed in June.",
	  "arrest:g11 release:g3", NULL },
	/* ... and the whole, told again by its count, keeps its own acts */
	{ "A judge freed 14 of 20 sailors on Monday. The 20 sailors had been held since May.",
	  "release:g14 arrest:g20", NULL },
	/* two counts sharing a noun; the sum of a list by sex stays one */
	{ "Coast guards detained 12 Thai and three Burmese sailors on Monday.",
	  "arrest:g12 arrest:g3", NULL },
	{ "Coast guards detained eight women and three men on Monday.", "arrest:g11", NULL },
	{ "Between 12 and 15 sailors were detained.", "arrest:g0", NULL },
	/* a crew by its size */
	{ "The trawler, along with the 22-man crew aboard, was seized by patrol boats.", "arrest:g22", NULL },
	{ "Patrol boats seized the trawler and its 14-member crew in May.", "arrest:g14", NULL },
	{ "A 20-year-old was held in May.", "", NULL },
	/* people joined to a thing by "as well as" */
	{ "Coast guards detained a trawler owned by a firm in Busan as well as nine crew members.",
	  "arrest:g9", NULL },
	{ "Coast guards seized a trawler as well as its cargo.", "", NULL },
	/* "the crew members" of a vessel named since the latest group */
	{ "Some 40 workers were detained in May. Patrol boats captured a trawler in June. The crew "
	  "members were kidnapped as well.", "arrest:g40 abduction:g0", NULL },
	{ "Guards seized 11 men and their trawler in May. The crew were freed in June.",
	  "arrest:g11 release:g11", NULL },
	/* people of no count, acted upon */
	{ "Japanese fishermen were also seized.", "arrest:g0", NULL },
	{ "Several wounded Thai soldiers were captured.", "arrest:g0", NULL },
	{ "Other foreigners were detained.", "arrest:g0", NULL },
	{ "Police questioned several Thai smugglers who had been caught at the border.", "arrest:g0", NULL },
	{ "Militias captured several wounded Thai soldiers who later died.", "arrest:g0 death:g0", NULL },
	{ "Agents kidnapped Thai citizens in the 1980s.", "abduction:g0", NULL },
	{ "Rebels captured Thai soldiers in May. The captured Thai soldiers were freed in June.",
	  "arrest:g0 release:g0", NULL },
	/* after "of", people a passive after them befalls; not what a kind
	 * of people did, nor a participle before them */
	{ "The envoy sat down with the kin of Japanese who had been kidnapped by agents.", "abduction:g0", NULL },
	{ "Cousins of Danish nationals kidnapped by agents marched in Oslo.", "abduction:g0", NULL },
	{ "He works for the sake of Thai refugees who fled the war.", "", NULL },
	{ "The envoy sat down with the kin of Japanese who live in Oslo.", "", NULL },
	/* look-alikes: perpetrators, doers, qualifiers, people in general */
	{ "Ann Roe was kidnapped by Thai agents.", "abduction:Ann Roe", NULL },
	{ "Several officers held placards.", "", NULL },
	{ "She begged Laos to stop sending back captured Thai refugees.", "", NULL },
	{ "The envoy wrote of detained Thai seamen in his report.", "", NULL },
	{ "Thai officials said Ann Roe was detained.", "arrest:Ann Roe", NULL },
	{ "Many Thai workers say they fear arrest.", "", NULL },
	/* not a group for a subject that is one person, though unknown;
	 * nor a group of another nationality */
	{ "Two armed men broke in at night. When they came home, they learned that he had been jailed.",
	  "", NULL },
	{ "Police held 40 Thai workers in May. The young North Koreans were freed in June.",
	  "arrest:g40", NULL },
	{ "Police held 40 Thai workers in May. The young workers were instead freed in June.",
	  "arrest:g40 release:g40", NULL },
	/* a compound of people the lexicon lacks ("yachtsmen"), and a group
	 * later named as a person and a group of as many in all */
	{ "Guards freed three Danish yachtsmen on Friday. The skipper, Ann Roe, and two crewmates "
	  "had sailed from Oslo.", "release:g3 release:Ann Roe release:g2", NULL },
	{ "Guards freed three Danish yachtsmen on Friday. The skipper, Ann Roe, and three crewmates "
	  "had sailed from Oslo.", "release:g3", NULL },
	{ "Guards freed three Danish yachtsmen on Friday. Ann Roe and Bo Lund had sailed from Oslo.",
	  "release:g3", NULL },
	/* a part of those a vessel carried, object of a split verb */
	{ "The navy sent six of those aboard the Thai junk back across the border.", "repatriation:g6", NULL },
};

static int
crowd_ok(const struct crowd_case *c, int verbose)
{
	return extract_test_events_are(c->text, c->events, verbose);
}

EXTRACT_TEST_TABLE(test_crowd_table, test_crowd_known_bugs, crowd_cases, crowd_ok)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_crowd_table),
		cmocka_unit_test(test_crowd_known_bugs),
	};

	return cmocka_run_group_tests(tests, extract_test_setup, extract_test_teardown);
}
