/*
 * test_extract_parts.c: groups split into parts and the penalties of
 * groups, on sentences written for these tests (stages/extract-groups.c,
 * extract-antecedents.c, extract-events.c):
 *
 *   a count with no noun as the subject of a verb, after a larger group
 *   ("out of nine X sent back, two were shot while seven were jailed") is
 *   a part of it, the victim of its own act, and the same part again
 *   later by its count;
 *   "they" after two parts of one whole named in one sentence is the
 *   whole;
 *   a confinement ("jailed", "imprisoned") of people held already, or
 *   joined by "and" to a killing, is a penalty (a sentence); told first,
 *   it is an arrest;
 *   an act in a condition opening the sentence ("If it is true that
 *   ..., ") is none;
 *   "nine others" after a group of no whole are beside it, and with it a
 *   part of the group their sum counts, whose act theirs is;
 *   "the pair were among the six": a part; parts of one whole that
 *   undergo one act together make it the whole's;
 *   and the look-alikes: a bare count with no larger group before it,
 *   parts whose acts differ.
 * Each row: a text and all its events as "type:victim" in text order, a
 * group as g<count> (g0: no count).  Invented names and sentences.
 */
#include "extract_test.h"

#include <stdio.h>

static const struct part_case {
	const char *text, *events, *known_bug;
} part_cases[] = {
	/* a bare count, a part of the larger group before it */
	{ "Of the 12 miners sent back in May, three were executed, while nine were sent to a prison camp.",
	  "repatriation:g12 death:g3 sentence:g9", NULL },
	{ "Police seized 30 refugees in June. Officials said four were freed in July.",
	  "arrest:g30 release:g4", NULL },
	{ "Police seized 30 refugees in June. Four were freed in July, and four were deported in August.",
	  "arrest:g30 release:g4 repatriation:g4", NULL },
	/* look-alike: no larger group before it */
	{ "In May, three were arrested at the border.", "", NULL },
	/* "they" after two parts: the whole */
	{ "Of the 12 miners sent back in May, three were executed, while nine were sent to a prison camp. "
	  "Critics said China had deported them without a hearing.",
	  "repatriation:g12 death:g3 sentence:g9", NULL },
	/* a confinement of people held already: their penalty */
	{ "Guards caught 11 fishermen in March. The 11 were imprisoned in a prison camp in June.",
	  "arrest:g11 sentence:g11", NULL },
	{ "Guards caught 11 fishermen in March. The other seven were jailed in a camp in June.",
	  "arrest:g11 sentence:g7", NULL },
	{ "The regime executed two pastors and jailed 15 other believers.",
	  "death:g2 sentence:g15", NULL },
	/* look-alikes: told first, or in one sentence with the arrest */
	{ "Ann Roe was jailed in 2011 for writing a letter.", "arrest:Ann Roe", NULL },
	{ "Police arrested Ann Roe in May and jailed her in Dandong.", "arrest:Ann Roe", NULL },
	/* others beside a group, and the sum told before: one act */
	{ "In May, police detained 17 loggers. Officials said 12 loggers were detained in Hunchun and "
	  "five others in Yanji.", "arrest:g17", NULL },
	{ "Police detained 12 loggers in Hunchun and five others in Yanji.", "arrest:g12", NULL },
	/* parts named apart that together make the whole: its act */
	{ "Police caught two refugees in a hotel on Friday. The pair were among the six refugees. "
	  "At the station police detained the other four.", "arrest:g2 arrest:g4 arrest:g6", NULL },
	/* look-alike: parts whose acts differ stay apart */
	{ "Police caught two refugees in a hotel on Friday. The pair were among the six refugees. "
	  "The other four were freed in May.", "arrest:g2 release:g4", NULL },
	/* an act in a condition that opens the sentence */
	{ "If reports are right and the regime executed Ann Roe, the talks will fail.", "", NULL },
	{ "If convicted, Ann Roe faces ten years. Ann Roe was arrested in May.", "arrest:Ann Roe", NULL },
};

static int
part_ok(const struct part_case *c, int verbose)
{
	return extract_test_events_are(c->text, c->events, verbose);
}

EXTRACT_TEST_TABLE(test_part_table, test_part_known_bugs, part_cases, part_ok)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_part_table),
		cmocka_unit_test(test_part_known_bugs),
	};

	return cmocka_run_group_tests(tests, extract_test_setup, extract_test_teardown);
}
