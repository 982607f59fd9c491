/*
 * test_extract_narrative.c: an act whose date is not in its own sentence
 * but in the story around it (narrative reference time;
 * stages/extract-narrative.c and extract-dates.c), on sentences written
 * for these tests:
 *
 *   an arrest told with the crossing that led to it ("walked into the
 *   North and was held") took place when that crossing did, as another
 *   sentence dates it for the same person ("who entered the country on
 *   May 4"); a simple-past act between two times of one month (the one
 *   before it, across at most one paragraph, and the one right after)
 *   took place in that month; a sentence that only says when ("It was a
 *   cold morning in late May 1951", "the raid and the arrests happened in
 *   mid-June") sets the time of the paragraph after it; an act told
 *   in the simple past after "then" or "soon" took place in the month of
 *   the act on the same people told in the sentence before; a flashback that
 *   such a sentence opens and that tells an act of a type refines that
 *   act's year, told before, to its month; "that May" is the May of the
 *   year the story has reached, in the act's own sentence first (a
 *   "that" of a time opens no clause after a trigger); one act told twice, once with a year and
 *   once with a day of it, is at the day;
 * and their look-alikes: "then" of another person's act or in a past
 * perfect, a crossing of someone else, an arrest told
 * without a crossing, a past perfect, another person's dated act, a
 * time after of another year or none, a time sentence about a meeting,
 * "that year" of a verb after the act,
 * a date told in a sentence with its own verb, a flashback that tells no
 * act of the type or is set in another year, "this May".
 * Each row: the publication date, the type of the event looked at (the
 * last one of that type), the text, the date it must get ("": none).
 * Invented names and sentences.
 */
#include "extract_test.h"

#include <stdio.h>

static const struct narr_case {
	const char *pub, *type, *text, *date, *known_bug;
} narr_cases[] = {
	/* the crossing that led to the arrest, dated elsewhere */
	{ "2019-06-10", "arrest",
	  "Pyongyang said it would deport Tomas Varga, a 30-year-old Czech cook who slipped into the country in "
	  "March.\n\nVarga had worked in Dandong for a year. He then ran across the frontier, where guards soon "
	  "detained him.", "2019-03", NULL },
	{ "2010-04-08", "arrest",
	  "Tomas Varga is the second Czech in a year to wade across the Yalu into North Korea and be held.\n\n"
	  "State media said Varga, who entered North Korea on Feb. 14, stood trial on Tuesday.", "2010-02-14", NULL },
	/* no crossing told with the arrest */
	{ "2019-06-10", "arrest",
	  "Tomas Varga, who slipped into North Korea in March, ran a small bakery for a while.\n\nGuards later "
	  "detained him.", "", NULL },
	/* the dated crossing is another person's */
	{ "2019-06-10", "arrest",
	  "Hana Dvorak, who slipped into North Korea in March, was freed last week.\n\nHer friend Tomas Varga "
	  "ran across the frontier, where guards detained him.", "", NULL },

	/* between two times of one month */
	{ "2016-01-20", "arrest",
	  "When seven North Korean men got to the river port of Ha Khau on May 2, they had walked for weeks.\n\nSoldiers "
	  "stopped their van and detained the seven men. By May 6 the group had been handed to Chinese guards.",
	  "2015-05", NULL },
	/* no time after it, or one of another year */
	{ "2016-01-20", "arrest",
	  "When seven North Korean men got to the river port of Ha Khau on May 2, they had walked for weeks.\n\nSoldiers "
	  "stopped their van and detained the seven men. The group was later handed to Chinese guards.", "", NULL },
	{ "2016-01-20", "arrest",
	  "When seven North Korean men got to the river port of Ha Khau on May 2, 2014, they had walked for weeks.\n\n"
	  "Soldiers stopped their van and detained the seven men. By May 6, 2015, the group was in a Chinese cell.",
	  "", NULL },
	/* a past perfect is before the time, not at it */
	{ "2016-01-20", "arrest",
	  "When seven North Korean men got to the river port of Ha Khau on May 2, they had walked for weeks.\n\nSoldiers "
	  "had detained the seven men. By May 6 the group had been handed to Chinese guards.", "", NULL },
	/* the time before is another person's act */
	{ "2016-01-20", "arrest",
	  "Hana Dvorak was freed by the police on May 2.\n\nSoldiers arrested Tomas Varga at a checkpoint. On "
	  "May 6 a court in the town fined a smuggler.", "", NULL },

	/* "then", "soon after": the month of the act on the same people just before */
	{ "2016-05-01", "repatriation",
	  "Chinese police caught Ri Su-yon near the border on March 3, 2015. They then sent her back over "
	  "the river.", "2015-03", NULL },
	{ "2016-05-01", "repatriation",
	  "Chinese police caught Ri Su-yon near the border on March 3, 2015. Soon after, she was sent back over "
	  "the river.", "2015-03", NULL },
	/* no such adverb, another person, a past perfect */
	{ "2016-05-01", "repatriation",
	  "Chinese police caught Ri Su-yon near the border on March 3, 2015. She was sent back over the river.",
	  "", NULL },
	{ "2016-05-01", "repatriation",
	  "Chinese police caught Ri Su-yon near the border on March 3, 2015. Her cousin Pak Ung was then sent "
	  "back over the river.", "", NULL },
	{ "2016-05-01", "repatriation",
	  "Chinese police caught Ri Su-yon near the border on March 3, 2015. She had then been sent back over "
	  "the river.", "", NULL },

	/* a sentence that only says when sets the time of the paragraph after it */
	{ "2012-08-01", "arrest",
	  "It was a cold morning in late May 1951.\n\nSoldiers arrested her father Yun Chol-ho outside the gate.",
	  "1951-05~", NULL },
	{ "2012-08-20", "arrest",
	  "Police in the North have jailed 11 worshippers, a monitor says.\n\nThe raid and the arrests happened "
	  "in mid-June, but the news reached Seoul only on Friday.\n\nOfficers burst into a flat in Hyesan and "
	  "detained Paek Chol-ho, the group's leader.", "2012-06~", NULL },
	{ "2012-08-20", "arrest",
	  "The meeting with the envoy happened in mid-June.\n\nOfficers burst into a flat in Hyesan and "
	  "detained Paek Chol-ho.", "", NULL },

	/* a flashback set by a time sentence that tells an act of the type */
	{ "2005-01-01", "arrest",
	  "Ri Su-yon was arrested with her mother in 1979. They were freed in 1985.\n\nThe Knock\n\nIt was a rainy "
	  "evening in early March 1979. Men in grey coats pushed into our flat. \"You are all under arrest,\" "
	  "one of them shouted.", "1979-03", NULL },
	{ "2005-01-01", "arrest",
	  "Ri Su-yon was arrested with her mother in 1979. They were freed in 1985.\n\nThe Knock\n\nIt was a rainy "
	  "evening in early March 1979. We ate cold rice and went to bed early.", "1979", NULL },
	{ "2005-01-01", "arrest",
	  "Ri Su-yon was arrested with her mother in 1979. They were freed in 1985.\n\nThe Knock\n\nIt was a rainy "
	  "evening in early March 1980. Men in grey coats pushed into our flat. \"You are all under arrest,\" "
	  "one of them shouted.", "1979", NULL },

	/* "that May": the story's year */
	{ "2021-02-02", "release",
	  "Agents seized Ri Su-yon, a nurse, on a ferry in February 1971.\n\nShe was freed that May after weeks of "
	  "talks.", "1971-05", NULL },
	{ "2018-10-05", "sentence",
	  "Tomas Varga was held at the airport in March 2016 and was handed a ten-year sentence of hard labour that June.", "2016-06",
	  NULL },
	{ "2018-10-05", "sentence",
	  "Tomas Varga walked free on Friday. He was held at the airport in March 2016 and was handed a ten-year "
	  "sentence of hard labour that June.", "2016-06", NULL },
	/* the words belong to another verb after the act */
	{ "2020-06-15", "arrest",
	  "Pyongyang admitted in 2009 that its agents had seized Tomas Varga and allowed him to go home that "
	  "year.", "", NULL },
	{ "2021-06-02", "release",
	  "Agents seized Ri Su-yon, a nurse, on a ferry in February 1971.\n\nShe was freed this May after decades "
	  "of talks.", "2021-05", NULL },

	/* one act told with a year, and again with a day of it */
	{ "2016-01-20", "arrest",
	  "Tomas Varga was arrested by North Korean guards in 2014. He says he was arrested on a train near "
	  "Hyesan on March 3, 2014.", "2014-03-03", NULL },
};

static int
narr_ok(const struct narr_case *c, int verbose)
{
	return extract_test_text_date(c->text, c->pub, c->type, c->date, verbose);
}

EXTRACT_TEST_TABLE(test_narr_table, test_narr_known_bugs, narr_cases, narr_ok)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_narr_table),
		cmocka_unit_test(test_narr_known_bugs),
	};

	return cmocka_run_group_tests(tests, extract_test_setup, extract_test_teardown);
}
