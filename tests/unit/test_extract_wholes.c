/*
 * test_extract_wholes.c: acts of whole groups told in ways the counted
 * phrase alone misses, on sentences written for these tests
 * (stages/extract-groups.c, extract-antecedents.c, extract-events.c):
 *
 *   "all nine of them" is the whole the pronoun stands for, counted
 *   anew when the count differs from the latest group's, not a part;
 *   a participle in an aside after "N of M sailors of a trawler," tells
 *   an act of the whole crew;
 *   "the skipper and crew of" a vessel is the crew the document counts,
 *   before or after, else a crew of no count;
 *   "a (large) number of" people is a group of no count;
 *   "a 41-year-old Thai man" is the person named after (one whose sex
 *   the text tells alike first), else an unnamed one, a group of one;
 *   a relative acted upon ("his wife was also held", "after her
 *   grandfather defected") whom the text never names is a group of one,
 *   unless a relative of someone is named (a family's story);
 *   and the look-alikes: "three of them" stays a part, no group before
 *   "all four of them", an aside on a vessel that names no crew, "a
 *   number of" things, one of a group "including a 9-year-old girl", a
 *   person by age who acts, a relative named there or elsewhere or who
 *   acts.
 * Each row: a text and all its events as "type:victim" in text order, a
 * group as g<count> (g0: no count).  Invented names and sentences.
 */
#include "extract_test.h"

#include <stdio.h>

static const struct whole_case {
	const char *text, *events, *known_bug;
} whole_cases[] = {
	/* "all N of them": the whole, counted again */
	{ "A band of seven Thai loggers reached the river in May. Guards caught all eight of them, "
	  "a baby too.", "arrest:g8", NULL },
	{ "Guards held 12 loggers in May. A court freed all 12 of them in June.",
	  "arrest:g12 release:g12", NULL },
	{ "Guards held 12 loggers in May. A court freed three of them in June.",
	  "arrest:g12 release:g3", NULL },
	{ "Guards caught all four of them.", "", NULL },
	/* an aside on a counted crew of a vessel */
	{ "A judge freed 30 of 33 sailors of a Thai trawler, seized last May for fishing "
	  "illegally.", "release:g30 arrest:g33", NULL },
	{ "Police found 12 sailors of the USS Harrow, captured in May.", "arrest:g12", NULL },
	{ "Police found 12 sailors in the hold of a cargo ship, registered in Panama.", "", NULL },
	{ "Police boarded the trawler Sea Star, seized in May.", "", NULL },
	/* "the captain and crew of" a vessel */
	{ "Decades ago, the skipper and crew of the Thai trawler Sea Star were freed after six months. "
	  "Its 14-man crew had been seized by patrol boats in May 1970.",
	  "release:g14 arrest:g14", NULL },
	{ "Decades ago, the crew of the Thai trawler Sea Star were freed after six months. "
	  "Its 14-man crew had been seized by patrol boats in May 1970.",
	  "release:g14 arrest:g14", NULL },
	{ "The skipper and crew of a trawler were freed in June.", "release:g0", NULL },
	{ "The skipper and his wife were freed in June.", "release:g1", NULL },
	/* "a large number of": a group of no count */
	{ "Lately a large number of Thai loggers in Laos were forcibly repatriated.", "repatriation:g0", NULL },
	{ "A number of Thai loggers were detained at the border.", "arrest:g0", NULL },
	{ "A number of reports said the border was closed.", "", NULL },
	/* a person by an age and a noun: the one named after, else an
	 * unnamed one, a group of one, never the story's main person */
	{ "In 2011, a 41-year-old Thai man charged with selling radios was executed by firing squad.",
	  "death:g1", NULL },
	{ "In 2011, a 41-year-old Thai man was executed. Somchai Roe, 41, had sold radios.",
	  "death:Somchai Roe", NULL },
	{ "Ann Roe was arrested in May. A 52-year-old Thai man was also detained.",
	  "arrest:Ann Roe arrest:g1", NULL },
	{ "A 16-year-old Thai girl was detained in May, her father, Bo Roe, said of his daughter, "
	  "Ida Roe.", "arrest:Ida Roe", NULL },
	{ "A 41-year-old woman said the police had arrested her son.", "", NULL },
	{ "Police caught six Thai loggers, including a 9-year-old girl, in May.", "arrest:g6", NULL },
	/* a relative acted upon whom the text never names: a group of one */
	{ "Officials said the couple's daughter, a student in Oslo, was repatriated in May.",
	  "repatriation:g1", NULL },
	{ "Ho Roe was arrested in May. His wife was also arrested.", "arrest:Ho Roe arrest:g1", NULL },
	{ "Ho Roe fled in 1990, years after his grandfather defected to the South.", "defection:g1", NULL },
	/* look-alikes: named there or elsewhere, a family's story, no act */
	{ "Ho Roe was arrested in May. His wife, Ana Roe, was also arrested.",
	  "arrest:Ho Roe arrest:Ana Roe", NULL },
	{ "Ho Roe was arrested in May. His wife was also arrested. Ana Roe, his wife, said guards beat her.",
	  "arrest:Ho Roe", NULL },
	{ "Her father, Bo Roe, said his son had been abducted in 1977.", "", NULL },
	{ "His wife said the police had been rude.", "", NULL },
};

static int
whole_ok(const struct whole_case *c, int verbose)
{
	return extract_test_events_are(c->text, c->events, verbose);
}

EXTRACT_TEST_TABLE(test_whole_table, test_whole_known_bugs, whole_cases, whole_ok)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_whole_table),
		cmocka_unit_test(test_whole_known_bugs),
	};

	return cmocka_run_group_tests(tests, extract_test_setup, extract_test_teardown);
}
