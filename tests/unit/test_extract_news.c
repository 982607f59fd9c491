/*
 * test_extract_news.c: acts told as news, dated by the report
 * (stages/extract-dates.c, extract-news.c, and the date expressions of
 * stages/lib/date.c they read), on sentences written for these tests:
 * an act just done in the present perfect, passive or active ("has been
 * set free", "have detained"), an act greeted as news ("hailed the
 * release of"), a headline that tells the act in the present
 * ("Pyongyang frees two sailors"), a time counted from the report
 * ("over the weekend"), two dates joined by "or" ("in May or June
 * 2010"), and an anniversary ("on this day in 1971", "thirty years ago
 * today", "the 24th anniversary of").  Each has its look-alikes, which
 * must keep another date or none: a state with its own start ("has been
 * kept in a camp since 2019"), a date of its own, a negation, a
 * hypothesis, the past perfect, a headline in the past or to come, a
 * habit ("at weekends"), a count of years with no word of the day.
 */
#include "extract_test.h"

#include <stdio.h>

/* pub, the headline (NULL: none), the type of the event looked at (the
 * last one of that type), the text, the date it must get ("": none;
 * NULL: no event of that type at all). */
static const struct news_case {
	const char *pub, *title, *type, *text, *date, *known_bug;
} news_cases[] = {
	/* the present perfect of an act: just done, the report's month */
	{ "2017-03-22", NULL, "release", "Pak Sung-min has been set free by the North, his lawyer says.", "2017-03",
	  NULL },
	{ "2017-03-22", NULL, "death", "Army general Pak Sung-min has reportedly been executed at a rifle range.",
	  "2017-03", NULL },
	{ "2017-03-22", NULL, "release", "The two sailors have been freed and are on their way home.", "2017-03",
	  NULL },
	{ "2017-03-22", NULL, "release", "Pyongyang has released Pak Sung-min, a retired engineer from Ohio.",
	  "2017-03", NULL },
	{ "2017-03-22", NULL, "death", "The regime has executed Pak Sung-min, a vice-minister of rail.", "2017-03",
	  NULL },
	{ "2017-03-22", NULL, "arrest", "Pak Sung-min has been arrested by border guards near Hyesan.", "2017-03",
	  NULL },
	{ "2017-03-22", NULL, "arrest", "Chinese police have detained Pak Sung-min at a bus station in Yanji.",
	  "2017-03", NULL },
	/* look-alikes: a state, its own date, its own start, a count over a
	 * span, the past, a perfect after "to" or a modal, a negation */
	{ "2017-03-22", NULL, "arrest", "Pak Sung-min has been held in a labour camp since 2015.", "2015", NULL },
	{ "2017-03-22", NULL, "arrest", "Pak Sung-min has been held in a labour camp near Kaechon.", "", NULL },
	{ "2017-03-22", NULL, "arrest", "Pak Sung-min has been jailed in a provincial prison.", "", NULL },
	{ "2017-03-22", NULL, "sentence", "Pak Sung-min has been sentenced to six years in prison in January.",
	  "2017-01", NULL },
	{ "2017-03-22", NULL, "death", "Since 2012, at least 30 officials have been executed, a monitor says.", "", NULL },
	{ "2017-03-22", NULL, "release", "Pak Sung-min was set free by the North.", "", NULL },
	{ "2017-03-22", NULL, "release", "Pyongyang may have released Pak Sung-min, a retired engineer.", NULL, NULL },
	{ "2017-03-22", NULL, "death", "Pak Sung-min is thought to have been executed at a rifle range.", "", NULL },
	{ "2017-03-22", NULL, "release", "The regime has not released Pak Sung-min, his lawyer says.", NULL, NULL },
	{ "2017-03-22", NULL, "abduction", "Pak Sung-min has been kidnapped by agents, his family fears.", "", NULL },

	/* an act greeted as news: the report's month; a greeting to come,
	 * or an act with its own date, is not */
	{ "2017-03-22", NULL, "release",
	  "Five sailors were let go by the North. Tokyo has welcomed news of the sailors' release.",
	  "2017-03", NULL },
	{ "2017-03-22", NULL, "release",
	  "Five sailors were let go by the North. Tokyo hailed their release as a sign of goodwill.", "2017-03",
	  NULL },
	{ "2017-03-22", NULL, "release",
	  "Five sailors were let go by the North. Tokyo would welcome the release of more captives.", "", NULL },
	/* the greeting of an act told before with its date: not the report's
	 * (the later telling takes none of its own) */
	{ "2017-03-22", NULL, "release",
	  "Five sailors were let go by the North in 2009. Tokyo hailed their release as a sign of goodwill.",
	  "", NULL },

	/* a headline in the present tells the report's act: the story's first
	 * act of its type, undated, takes the report's month */
	{ "2017-03-22", "Pyongyang frees two sailors", "release",
	  "Two sailors from Sokcho were let go at the sea border, the ministry says.", "2017-03", NULL },
	{ "2017-03-22", "Regime Executes Rail Vice-Minister", "death",
	  "Pak Sung-min, the vice-minister of rail, was executed with machine guns, lawmakers were told.", "2017-03",
	  NULL },
	/* not: a headline in the past, one to come, a count that differs,
	 * the past perfect, another person than the one it names */
	{ "2017-03-22", "Pyongyang freed two sailors", "release",
	  "Two sailors from Sokcho were let go at the sea border, the ministry says.", "", NULL },
	{ "2017-03-22", "Pyongyang to free two sailors", "release",
	  "Two sailors from Sokcho were let go at the sea border, the ministry says.", "", NULL },
	{ "2017-03-22", "Pyongyang frees two sailors", "release",
	  "Five sailors from Sokcho were let go at the sea border, the ministry says.", "", NULL },
	{ "2017-03-22", "Pyongyang frees two sailors", "release",
	  "Two sailors from Sokcho had been let go at the sea border, the ministry says.", "", NULL },
	{ "2017-03-22", "Pyongyang frees Pak Sung-min", "release",
	  "Ko Yong-su was let go at the sea border. Pak Sung-min was let go too.", "", NULL },

	/* a time counted from the report, the act's own */
	{ "2017-03-22", NULL, "repatriation", "Pak Sung-min was sent back to the North over the weekend.", "2017-03",
	  NULL },
	{ "2017-03-06", NULL, "repatriation", "Pak Sung-min was sent back to the North at the weekend.", "2017-03",
	  NULL },
	{ "2017-03-22", NULL, "repatriation", "Pak Sung-min was sent back to the North earlier this month.",
	  "2017-03", NULL },
	{ "2017-03-22", NULL, "repatriation",
	  "Pak Sung-min landed in Beijing on Monday after the North deported him.", "2017-03-20", NULL },
	{ "2017-03-22", NULL, "repatriation", "Pak Sung-min, who crossed at weekends, was sent back to the North.",
	  "", NULL },

	/* two dates joined by "or": the part they share */
	{ "2014-12-02", NULL, "death", "Two of the nine sailors were executed in July or August this year, a source says.",
	  "2014", NULL },
	{ "2014-12-02", NULL, "death", "Pak Sung-min was executed in May or June 2010, a source says.", "2010", NULL },
	{ "2014-12-02", NULL, "death", "Pak Sung-min was executed in 2008 or 2009, a source says.", "2008/2009", NULL },
	{ "2014-12-02", NULL, "death", "Pak Sung-min was executed in May, or so a source says.", "2014-05", NULL },

	/* an anniversary: the report's day in the year counted back, as far
	 * as the words tie it to the day; else the year */
	{ "1999-01-23", NULL, "arrest", "On this day in 1968, patrol boats seized the survey ship and its 40 sailors.",
	  "1968-01-23", NULL },
	{ "2003-06-14", NULL, "release", "Thirty years ago today, the North freed the ferry's 12 sailors.",
	  "1973-06-14", NULL },
	{ "2003-06-14", NULL, "release", "Thirty years ago, the North freed the ferry's 12 sailors.", "1973", NULL },
	{ "2001-07-17", NULL, "abduction",
	  "Lawmakers met Ko's mother on Tuesday, the 24th anniversary of the kidnapping of Ko Yong-su by agents.",
	  "1977-07-17", NULL },
	{ "2001-07-17", NULL, "release",
	  "Ko Yong-su was let go on Tuesday, the tenth anniversary of the end of the war.", "2001-07-17", NULL },
	{ "2001-07-17", NULL, "abduction",
	  "Lawmakers met Ko's mother on Tuesday, the 24th anniversary of the night he went missing.\n"
	  "Officials say agents kidnapped Ko Yong-su that night.", "1977-07-17", NULL },
};

static int
news_ok(const struct news_case *c, int verbose)
{
	struct xdoc d;
	int ok;

	extract_test_open(&d, c->text, c->pub);
	d.title = c->title;
	extract_passes(&d, NULL);
	ok = extract_test_last_date(&d, c->text, c->type, c->date, verbose);
	extract_doc_free(&d);
	return ok;
}

EXTRACT_TEST_TABLE(test_news_table, test_news_known_bugs, news_cases, news_ok)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_news_table),
		cmocka_unit_test(test_news_known_bugs),
	};

	return cmocka_run_group_tests(tests, extract_test_setup, extract_test_teardown);
}
