/*
 * test_extract_lengths.c: dates an act gets from a length or a span of
 * time the story tells (stages/extract-lengths.c), on sentences written
 * for these tests:
 *   a custody told with its length ("toiled six years in a labour camp",
 *   "was held for 14 months", "spent 21 years inside the North") dates its
 *   start from its known end, or its end from its known start;
 *   a confinement told as a span ("between April 1960 and May 1963",
 *   "from 1971 to 1975") dates the act that began it by its start, and a
 *   release told next, undated, by its end;
 *   an age when an act befell someone whose year of birth the text tells
 *   ("born in 1950 ... was nine years old when he was taken");
 *   a page with no publication date whose text says "last year" (or
 *   "this year") and names years: the year of the report is inferred,
 *   only for the acts' relative dates.
 * Each has look-alikes that must keep another date or none.
 */
#include "extract_test.h"

#include <stdio.h>

/* pub (NULL: none), the type of the event looked at (the last one of
 * that type), the text, the date it must get ("": none). */
static const struct length_case {
	const char *pub, *type, *text, *date, *known_bug;
} length_cases[] = {
	/* a length ending at a dated release: the arrest began that long
	 * before, at the unit's precision */
	{ "2001-03-02", "arrest", "Ri Chol-su was arrested by border guards.\n\n"
	  "He toiled six years in a labour camp until his release in June 1988.", "1982", NULL },
	{ "2001-03-02", "release", "Ri Chol-su was arrested by border guards.\n\n"
	  "He toiled six years in a labour camp until his release in June 1988.", "1988-06", NULL },
	/* from a dated abduction to the release the length ends in */
	{ "2012-10-20", "release", "Agents abducted Kenji Mori from a harbour town in 1981.\n\n"
	  "Mori spent 21 years inside the North before he was freed.", "2002", NULL },
	/* months count on from a month */
	{ "2001-03-02", "release", "Dale Roe, a pilot, was captured in March 1951 after his plane went down.\n\n"
	  "Roe was held for 14 months before he was released.", "1952-05", NULL },
	{ "2001-03-02", "release", "Dale Roe, a pilot, was captured in March 1951 after his plane went down.\n\n"
	  "Roe was kept in a camp for almost 14 months before he was released.", "1952-05", NULL },
	/* from a year, only whole years */
	{ "2001-03-02", "release", "Dale Roe, a pilot, was captured in 1951 after his plane went down.\n\n"
	  "Roe was held for 24 months before he was released.", "1953", NULL },
	{ "2001-03-02", "release", "Dale Roe, a pilot, was captured in 1951 after his plane went down.\n\n"
	  "Roe was held for 14 months before he was released.", "", NULL },
	/* told of "a poet" in a story of one person held and freed */
	{ "2016-04-22", "arrest", "Jon Aske was jailed for a poem.\n\nOSLO, April 22 (Agency) -- A Norwegian poet "
	  "toiled eight years in a labour camp before going home.\n\nAske was freed in October 1975.", "1967", NULL },
	{ "2016-04-22", "arrest", "Jon Aske was jailed for a poem.\n\nOSLO, April 22 (Agency) -- The other prisoners "
	  "toiled eight years in a labour camp before going home.\n\nAske was freed in October 1975.", "", NULL },
	/* a length of someone else's custody */
	{ "2001-03-02", "release", "Dale Roe, a pilot, was captured in 1951 after his plane went down.\n\n"
	  "His navigator, Sam Birch, spent three years in a camp. Roe was released.", "", NULL },
	/* a stay, not a custody: no length of it */
	{ "2012-10-20", "release", "Agents abducted Kenji Mori from a harbour town in 1981.\n\n"
	  "Mori spent 21 years in Osaka before he was freed.", "", NULL },
	/* a stretch that ends at the arrest */
	{ "2012-10-20", "release", "Kenji Mori was freed in 2005.\n\n"
	  "He had spent 21 years inside the North before he was arrested.", "2005", NULL },
	{ "2012-10-20", "arrest", "Kenji Mori was freed in 2005.\n\n"
	  "He had spent 21 years inside the North before he was arrested.", "", NULL },
	{ "2012-10-20", "arrest", "Kenji Mori was freed in 2005.\n\n"
	  "He was arrested after 21 years inside the North.", "", NULL },
	{ "2012-10-20", "arrest", "Police arrested Kenji Mori at sea.\n\n"
	  "He was released after 21 years inside the North, in 2005.", "1984", NULL },
	/* "a year", "for years": no count */
	{ "2012-10-20", "release", "Agents abducted Kenji Mori from a harbour town in 1981.\n\n"
	  "Mori spent years inside the North before he was freed.", "", NULL },
	/* two arrests: which one the length counts from is not told */
	{ "2012-10-20", "release", "Police arrested Kenji Mori in 1981. He was arrested again in 1990.\n\n"
	  "Mori was held for five years before he was freed.", "", NULL },

	/* a confinement told as a span: its start for the act that began it */
	{ "2016-10-14", "sentence", "Ri Chol-su and Pak Un-hui were sentenced to penal camps, where they mined "
	  "coal between April 1960 and May 1963, a rights group says.\n\n"
	  "Both men were freed and settled in a farming village.", "1960-04", NULL },
	/* and its end for the release told after it with no date */
	{ "2016-10-14", "release", "Ri Chol-su and Pak Un-hui were sentenced to penal camps, where they mined "
	  "coal between April 1960 and May 1963, a rights group says.\n\n"
	  "Both men were freed and settled in a farming village.", "1963-05", NULL },
	{ "2016-10-14", "release", "Ri Chol-su was jailed in a prison camp from 1971 to 1975.\n\n"
	  "He was freed and went back to his farm.", "1975", NULL },
	{ "2016-10-14", "arrest", "Ri Chol-su was jailed in a prison camp from 1971 to 1975.\n\n"
	  "He was freed and went back to his farm.", "1971", NULL },
	/* a release with a date of its own keeps it */
	{ "2016-10-14", "release", "Ri Chol-su was jailed in a prison camp from 1971 to 1975.\n\n"
	  "He was freed in 1977 and went back to his farm.", "1977", NULL },
	/* a span that is no confinement ends no custody */
	{ "2016-10-14", "release", "Ri Chol-su was arrested in a raid. He had taught at a school from 1971 to 1975.\n\n"
	  "He was freed and went back to his farm.", "", NULL },

	/* an age when the act befell one whose year of birth is told */
	{ "2012-01-01", "abduction", "Kenji Mori was born in 1950 in a fishing port.\n\nHe was nine years old "
	  "when agents abducted him.", "1959", NULL },
	{ "2012-01-01", "abduction", "Kenji Mori, born in 1950, was abducted at the age of 13.", "1963", NULL },
	{ "2012-01-01", "abduction", "Kenji Mori, who was born in Hamhung in 1950, was abducted aged 13.", "1963",
	  NULL },
	/* a birth is no act's date */
	{ "2012-01-01", "abduction", "Kenji Mori, born in 1950, was abducted by agents.", "", NULL },
	/* someone else's age, or no year of birth: none */
	{ "2012-01-01", "abduction", "Kenji Mori was born in 1950.\n\nHe was nine when his mother, Aiko Mori, "
	  "was abducted by agents.", "", NULL },
	{ "2012-01-01", "abduction", "Kenji Mori lived in a fishing port.\n\nHe was nine years old "
	  "when agents abducted him.", "", NULL },

	/* no publication date: "last year" in a story whose latest year is
	 * 2019 was written in 2020 */
	{ NULL, "arrest", "Police seized Kim Mi-ran on 9 March last year near the river. "
	  "She had first left her village in February 2019.", "2019-03-09", NULL },
	{ NULL, "sentence", "A court on Friday sentenced Kim Mi-ran to five years of hard labour. She had been "
	  "caught last year. Her brother got out in 2019.", "2020", NULL },
	{ NULL, "arrest", "A court on Friday sentenced Kim Mi-ran to five years of hard labour. She had been "
	  "caught last year. Her brother got out in 2019.", "2019", NULL },
	/* "this year": the latest year named */
	{ NULL, "arrest", "Guards detained Kim Mi-ran earlier this year. She had tried to get out in 2018.", "2018",
	  NULL },
	/* no clue, no year named, both clues, or a subject: nothing */
	{ NULL, "arrest", "Guards detained Kim Mi-ran on Friday. She had tried to get out in 2018.", "", NULL },
	{ NULL, "arrest", "Guards detained Kim Mi-ran last year.", "", NULL },
	{ NULL, "arrest", "Guards detained Kim Mi-ran on Friday. Her son left last year, and this year "
	  "her husband, who fled in 2018, wrote to her.", "", NULL },
	{ NULL, "arrest", "This year marks a decade since Kim Mi-ran tried to get out in 2008.\n\nGuards detained Pak Un-hui, "
	  "her friend, on Monday.", "", NULL },
	/* a month the report's day would place: none */
	{ NULL, "arrest", "Guards detained Kim Mi-ran last October. Her son left last year, in 2018.", "", NULL },
	/* with a publication date, the clue is not needed */
	{ "2021-06-15", "arrest", "Guards detained Kim Mi-ran last year. She had tried to get out in 2018.", "2020",
	  NULL },
};

static int
length_ok(const struct length_case *c, int verbose)
{
	return extract_test_text_date(c->text, c->pub, c->type, c->date, verbose);
}

EXTRACT_TEST_TABLE(test_length_table, test_length_known_bugs, length_cases, length_ok)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_length_table),
		cmocka_unit_test(test_length_known_bugs),
	};

	return cmocka_run_group_tests(tests, extract_test_setup, extract_test_teardown);
}
