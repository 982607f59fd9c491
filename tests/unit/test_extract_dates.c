/*
 * test_extract_dates.c: when an act happened (stages/extract-dates.c),
 * on sentences written for these tests, each with its publication date:
 * a time counted from a date of the act's own sentence ("two months
 * later") or from the one before ("a year later"), a date held by a
 * participle on the subject ("sailors picked up in April have been
 * handed back"), a present perfect with an adverb inside, a date of the
 * main clause after a relative clause that holds the act, a custody's
 * length counted back from its end ("after being kept for 40 years"),
 * a span in the sentence before that frames no act, a perfect after
 * "to" ("believed to have been executed"), a "that" clause between the
 * date and the act ("found proof in May that he was captured"), the
 * date of a trial for its sentence and back, a span that an opening
 * "since" starts ("Since 2012, 40 have been executed"), two people and
 * two dates joined after their act (an act each), "It was" and a date
 * setting the time of the paragraph after it, a sentence
 * wrapped across lines, and a month without its year in a story set
 * long before the report.  Each row has its look-alikes, which must keep
 * another date or none.
 */
#include "extract_test.h"

#include <stdio.h>

/* pub (NULL: none), the type of the event looked at (the last one of
 * that type), the text, the date it must get ("": none). */
static const struct when_case {
	const char *pub, *type, *text, *date, *known_bug;
} when_cases[] = {
	/* "N years after fleeing," with a main clause in the present: N years
	 * before the report; in the past, none */
	{ "2012-06-21", "defection", "Three years after defecting to South Korea, Ri Su-yon is slowly getting better.",
	  "2009", NULL },
	{ "2012-06-21", "defection", "BUSAN (Agency) -- Two years after fleeing North Korea, Ri Su-yon has a shop.",
	  "2010", NULL },
	{ "2012-06-21", "defection", "Eighteen months after escaping from North Korea, Ri Su-yon lives in Seoul.",
	  "2010-12", NULL },
	{ "2012-06-21", "defection", "Three years after defecting to South Korea, Ri Su-yon was honoured by the city.",
	  "", NULL },
	/* one time from the sentence before dates every act of its sentence,
	 * not each a step after the one before */
	{ "2023-07-28", "death", "Ri Su-yon, a fisherman, was lost at sea on Oct. 2, 2021. On the next day guards seized him "
	  "and, within hours, shot him dead.", "2021-10-03", NULL },
	{ "2023-07-28", "arrest", "Ri Su-yon, a fisherman, was lost at sea on Oct. 2, 2021. On the next day guards seized him "
	  "and, within hours, shot him dead.", "2021-10-03", NULL },
	/* a time told from a date before it, in the act's sentence */
	{ "2020-06-15", "sentence", "Ri Su-yon was arrested in North Korea in May 2010 and sentenced two months later.",
	  "2010-07", NULL },
	{ "2020-06-15", "arrest", "Ri Su-yon was arrested in North Korea in May 2010 and sentenced two months later.",
	  "2010-05", NULL },
	{ "2009-01-01", "death",
	  "Ri Su-yon was taken to a prison camp in North Korea in July 2000 after weeks of beatings and died in "
	  "custody two months later.",
	  "2000-09", NULL },
	/* another verb stands between: the time is that verb's */
	{ "2020-06-15", "defection",
	  "Ri Su-yon swam the Tumen River on March 3, 2011, fleeing to China, and got to Seoul 40 days later.",
	  "2011-03-03", NULL },
	/* the date comes after the time: no anchor before it */
	{ "2020-06-15", "release", "Two months later, in May 2012, Ri Su-yon was freed by North Korea.", "2012-05", NULL },
	/* a gerund inside the trigger's own words ("taken for questioning")
	 * is no other verb; one after them is ("held for smuggling") */
	{ "2019-03-08", "arrest", "Border guards took Jo Mi-rae in for questioning on Tuesday, her lawyer said.",
	  "2019-03-05", NULL },
	{ "2019-03-08", "arrest", "Jo Mi-rae was taken for questioning in May 2017 and never seen again.", "2017-05",
	  NULL },
	{ "2019-03-08", "arrest", "Jo Mi-rae was taken into custody for smuggling copper wire in 2014.", "", NULL },
	/* two acts joined by "and" after "three months later" share that
	 * time; the second does not count again from the first */
	{ "2021-11-02", "arrest", "Guards caught Kim Mi-ran in Yanji in May 2016.\nShe was sent back across the "
	  "river three months later and held for six weeks in a cell in Hoeryong.", "2016-08", NULL },
	/* a time counted back ("a week earlier") from the time before it,
	 * or, with none told before it, from the report's day */
	{ "1951-04-12", "arrest", "Pvt. Hal Jessup, captured four days earlier near the pass, has been seen in "
	  "an enemy newsreel, officers said today.", "1951-04-08", NULL },
	{ NULL, "arrest", "Kim Mi-ran reached the border on March 20, 2011. Guards had seized her brother "
	  "Kim Do-hyun two weeks earlier.", "2011-03", NULL },
	{ NULL, "release", "Kim Mi-ran fled across the border in 2011. Guards had freed her brother Kim Do-hyun "
	  "two years earlier.", "2009", NULL },
	/* a date in a relative clause on the subject is the clause's act's,
	 * not the main verb's after it */
	{ "2017-03-14", "defection", "A North Korean girl who crossed the Yalu River into China in February has "
	  "been held by police in Dalian since Sunday.", "2017-02", NULL },
	{ "2017-03-14", "defection", "A North Korean girl who crossed the Yalu River into China was held by police "
	  "in Dalian in February.", "", NULL },
	/* the time a cleft stresses is the story's time after it, past the
	 * acts the cleft tells; an opening date is not */
	{ NULL, "release", "It was only in 1998 that the regime admitted that agents had seized Ana Ruiz. "
	  "Its envoy later won Jens Holm's release.", "1998", NULL },
	{ NULL, "release", "In 1998 the regime admitted that agents had seized Ana Ruiz. "
	  "Its envoy later won Jens Holm's release.", "", NULL },
	{ NULL, "release", "It was clear that agents had seized Ana Ruiz in 1998. "
	  "Its envoy later won Jens Holm's release.", "", NULL },
	/* "a year later" counts one, from the year named before */
	{ NULL, "defection",
	  "Ri Su-yon escaped to China in 1997.\nHer cousin Pak Un-hui, barely 16 when she escaped from the North a year later, "
	  "was sold to a farmer.", "1998", NULL },
	/* "a year" without "later" counts nothing */
	{ "2020-06-15", "arrest", "Ri Su-yon was arrested in North Korea in 2011 and spent a year in a cell.", "2011",
	  NULL },

	/* a date held by a participle on the subject (a reduced relative) */
	{ "2025-07-10", "repatriation",
	  "Seven North Korean sailors picked up off the coast in April have been handed back to the North.",
	  "2025-07", NULL },
	{ "2020-06-15", "release", "Two North Korean sailors detained in March were released on Friday.", "2020-06-12",
	  NULL },
	{ "2020-06-15", "arrest", "Two North Korean sailors detained in March were released on Friday.", "2020-03",
	  NULL },
	/* the participle is the main verb: its date is its own */
	{ "2020-06-15", "arrest", "Chinese police detained two North Korean sailors in March.", "2020-03", NULL },

	/* a phrase of an occasion that opens the sentence frames its main
	 * clause, not a participle on the subject; a date that opens it, a
	 * date in the participle's phrase, a passive or an active verb do */
	{ "2023-03-10", "arrest",
	  "In a television interview on Wednesday, two sailors seized by coast guards near the island, both "
	  "fishermen, said they hoped to go home.", "", NULL },
	{ "2023-03-10", "arrest",
	  "At a briefing in Seoul last week, two sailors seized by coast guards near the island were shown to "
	  "reporters.", "", NULL },
	{ "2023-03-10", "arrest",
	  "In March, two sailors seized by coast guards near the island were sent home.", "2023-03", NULL },
	{ "2023-03-10", "arrest",
	  "In a television interview, two sailors seized by coast guards on Wednesday said they hoped to go home.",
	  "2023-03-08", NULL },
	{ "2023-03-10", "arrest", "In a raid on Wednesday, coast guards seized Ri Su-yon near the island.", "2023-03-08",
	  NULL },
	{ "2023-03-10", "arrest", "In a raid on Wednesday, Ri Su-yon was seized by coast guards near the island.",
	  "2023-03-08", NULL },

	/* a span after an act named by its noun: that act's date moved on,
	 * at the unit's precision */
	{ "2016-04-02", "release", "Ri Su-yon was arrested in March 2011. She was freed eight months after her arrest.",
	  "2011-11", NULL },
	{ "2016-04-02", "abduction",
	  "Agents kidnapped Ri Su-yon in July 1977. The same agents went on to kidnap Yun Chol-ho, a cook in Kobe, "
	  "two years after her abduction.", "1979", NULL },
	{ "2016-04-02", "release", "Ri Su-yon was arrested in 2011. She was freed three days after her arrest.", "",
	  NULL },

	/* an act on a vessel alone, dated, then one of its type on "the
	 * boat" with its people: at that time, across paragraphs; not an act
	 * of another type, nor people with no word of the boat */
	{ "2010-08-09", "arrest",
	  "Patrol craft seized a fishing boat off the coast on Sunday.\n\nThe boat, with six fishermen on board, is now "
	  "being held at a northern port.", "2010-08-08", NULL },
	{ "2010-08-09", "release",
	  "On July 3, talks led to the release of the trawler.\n\nOfficials welcomed the release of the trawler and "
	  "its six fishermen.", "2010-07-03", NULL },
	{ "2010-08-09", "arrest",
	  "Patrol craft seized a fishing boat off the coast on Sunday.\n\nSix fishermen from a nearby village are now "
	  "being held at a northern port.", "", NULL },
	{ "2010-08-09", "release",
	  "Patrol craft seized a fishing boat off the coast on Sunday.\n\nThe six fishermen of the boat were set free by "
	  "the North.", "", NULL },

	/* "became a prisoner of war": taken then */
	{ "2016-04-02", "arrest", "Ri Su-yon, a private, became a prisoner of war near the river in June 1953.",
	  "1953-06", NULL },

	/* two acts of the same people joined by "and" in a sentence that
	 * tells no time: when the other is dated by another telling, both
	 * then; not across a saying or a comma */
	{ "2012-08-20", "sentence",
	  "Guards executed Ri Su-yon in April, a monitor says.\n\nRi Su-yon was sentenced to death and shortly "
	  "afterwards executed.", "2012-04", NULL },
	{ "2012-08-20", "sentence",
	  "Guards executed Ri Su-yon in April, a monitor says.\n\nRi Su-yon was sentenced to death, the monitor says, "
	  "and executed.", "", NULL },
	/* "the imprisonment": the penalty told just before */
	{ "2012-08-20", "sentence",
	  "Police have executed two pastors and jailed nine other believers, a monitor says. The imprisonment "
	  "and the shootings were carried out in April.", "2012-04", NULL },

	/* an act told in the simple past with a closing ", X said" and no
	 * date: the report's news, its month; not a past perfect, nor a
	 * saying that opens the sentence or goes on past its verb */
	{ "2013-12-09", "release",
	  "Ri Su-yon was freed on humanitarian grounds after he said sorry, the official news agency said.", "2013-12",
	  NULL },
	{ "2013-12-09", "release", "Ri Su-yon had been freed on humanitarian grounds, the official news agency said.", "",
	  NULL },
	{ "2013-12-09", "release", "The official news agency said Ri Su-yon was freed on humanitarian grounds.", "",
	  NULL },
	{ "2013-12-09", "release",
	  "Ri Su-yon was freed on humanitarian grounds, the official news agency said in a weekly report.", "", NULL },

	/* a present perfect with an adverb inside: just done */
	{ "2015-05-13", "death", "Ri Su-yon has reportedly been executed in North Korea.", "2015-05", NULL },
	{ "2015-05-13", "death", "Ri Su-yon was reportedly executed in North Korea.", "", NULL },

	/* a perfect after "to" tells no time */
	{ "2015-05-13", "death", "Ri Su-yon is thought to have been executed in a prison.", "", NULL },

	/* a "that" clause after the date holds the act: the date is the
	 * finding's, not the capture's; a cleft's date is the act's */
	{ "2009-07-22", "arrest", "A team found proof in March of last year that Ri Su-yon was captured by the army.", "",
	  NULL },
	{ "2009-07-22", "arrest", "It was in March 2008 that Ri Su-yon was captured by the army.", "2008-03", NULL },
	{ "2009-07-22", "arrest", "Ri Su-yon was captured by the army in March 2008, a team found.", "2008-03", NULL },

	/* a saying of the report's week dates an act it tells in the past
	 * perfect, not one inside a clause it tells so */
	{ "2011-08-15", "release", "The agency said on Saturday it had released Ri Su-yon.", "2011-08-13", NULL },
	{ "2011-08-15", "arrest",
	  "Ri Su-yon flew home on Saturday and told friends he had eaten little during his arrest.", "", NULL },

	/* an act in a relative clause begun after a date: that date's year
	 * or month only if it gets no other; the date goes to the act
	 * before the clause */
	{ "2007-06-03", "defection",
	  "Ri Su-yon, 30, was among nine people escaping the North in 2001 who were caught in Mongolia.", "2001", NULL },
	{ "2007-06-03", "arrest",
	  "Ri Su-yon, 30, was among nine people escaping the North in 2001 who were caught in Mongolia.", "2001", NULL },
	{ "2007-06-03", "repatriation", "Ri Su-yon was caught in Mongolia on May 3, 2001 by guards who sent her back.", "",
	  NULL },
	{ "2007-06-03", "repatriation",
	  "Ri Su-yon was caught in Mongolia in May 2001 by guards who later sent her back.", "", NULL },

	/* an act in a relative clause takes no date of the main clause */
	{ "2020-06-15", "arrest",
	  "Ri Su-yon, a farmer who was detained by North Korean guards, was reunited with his son on Monday.", "", NULL },
	{ "2020-06-15", "arrest", "Ri Su-yon, who was detained by guards in Sinuiju in May, was freed on Monday.", "2020-05",
	  NULL },
	/* a custody's length back from its known end */
	{ "2003-12-27", "arrest",
	  "Ri Su-yon, a former soldier who returned last week after being held in a labour camp for 40 years, met his "
	  "sister yesterday.", "1963", NULL },
	{ "2020-06-15", "arrest", "Ri Su-yon has been held in a labour camp for three years.", "2017", NULL },
	{ "2020-06-15", "arrest", "Ri Su-yon was held in a labour camp for three years.", "", NULL },
	{ "2020-06-15", "arrest", "Ri Su-yon has been held in a labour camp for five decades.", "", NULL },

	/* a span in the sentence before frames no single act */
	{ "2020-06-15", "release",
	  "It was only in 2003 that the North admitted it had seized fishermen in the 1960s and 1970s. Soon after, "
	  "talks secured the release of Ri Su-yon.", "2003", NULL },
	{ "2020-06-15", "release",
	  "The North admitted it had seized fishermen in the 1960s. Then talks secured the release of Ri Su-yon.", "",
	  NULL },

	/* a month without its year in a story set long before the
	 * publication: the year of the sentence before, or its own */
	{ "2010-05-01", "death",
	  "Ko Min-jae was seized by enemy troops on June 2, 1952, near a ford. He died of hunger in September and was "
	  "laid to rest by the fence.", "1952-09", NULL },
	{ "2010-05-01", "death", "Ko Min-jae was seized by enemy troops in 1952 and died of hunger in September.",
	  "1952-09", NULL },
	/* a year close to the report's, another paragraph, "last": the
	 * month by the publication */
	{ "2010-05-01", "release", "Ko Min-jae was seized by border guards in 2009. He was let go in March.", "2010-03",
	  NULL },
	{ "2010-05-01", "release", "Ko Min-jae was seized by enemy troops on June 2, 1952.\n\nHe was let go in March.",
	  "2010-03", NULL },
	{ "2010-05-01", "release", "Ko Min-jae was seized by enemy troops on June 2, 1952. He was let go last March.",
	  "2009-03", NULL },

	/* an undated sentence takes its victim's trial's date, a trial its
	 * sentence's (event-types.tsv dated-by); an arrest lends none */
	{ "2013-12-09", "sentence",
	  "Jo Hye-rin was convicted by a court in Wonsan in May of spying. She has been serving a ten-year "
	  "hard-labour sentence.", "2013-05", NULL },
	{ "2013-12-09", "sentence",
	  "Jo Hye-rin is serving a ten-year sentence. A court in Wonsan convicted her in May of spying.", "2013-05",
	  NULL },
	{ "2013-12-09", "trial", "Jo Hye-rin was sentenced on May 3 to ten years of hard labour. Her trial lasted an hour.",
	  "2013-05-03", NULL },
	{ "2013-12-09", "sentence", "Jo Hye-rin was arrested in May. She is serving a ten-year sentence.", "", NULL },
	{ "2013-12-09", "sentence",
	  "Jo Hye-rin was convicted by a court in Wonsan in May of spying. Her husband Paek Chol-ho is serving a ten-year sentence.",
	  "", NULL },

	/* a "since" that opens the sentence starts a span the acts after it
	 * fill; a custody held since a bare date, or a "since" after the
	 * act, or an act inside the "since" phrase, begins then */
	{ "2016-12-12", "arrest", "Since Kim took power in 2012, Ri Su-yon has been arrested twice.", "", NULL },
	{ "2016-12-12", "death", "Since 2012, at least 40 army officers have been executed in public.", "", NULL },
	{ "2016-12-12", "arrest", "Since 2012, Ri Su-yon has been held in a camp.", "2012", NULL },
	{ "2016-12-12", "arrest", "Ri Su-yon has been held since May 2014, when guards seized her at the border.",
	  "2014-05", NULL },
	{ "2016-12-12", "arrest", "Since his arrest in May 2014, Ri Su-yon has been held in a camp.", "2014-05", NULL },

	/* "It was" and a date sets the time of the paragraph after it, so
	 * does "It was" a time of day and a date (test_extract_narrative.c);
	 * a date told otherwise in the paragraph before does not */
	{ "2012-08-01", "arrest",
	  "Ri Su-yon still recalls the knock at the door. It was May 3, 1951, a week after the fighting reached the "
	  "town.\n\nSoldiers arrested her father Yun Chol-ho outside the gate.", "1951-05-03", NULL },
	{ "2012-08-01", "arrest",
	  "Ri Su-yon still recalls the knock at the door in May 1951.\n\nSoldiers arrested her father Yun Chol-ho "
	  "outside the gate.", "", NULL },
	{ "2012-08-01", "arrest",
	  "It was a cold day in May 1951.\n\nSoldiers arrested her father Yun Chol-ho outside the gate.", "1951-05",
	  NULL },

	/* a line of prose wrapped after a preposition goes on */
	{ "2006-06-28", "abduction",
	  "When she was 13, agents abducted Ri Su-yon in\n1979. She later married a teacher.", "1979", NULL },
	/* a line that ends a sentence, or a short one, still ends it */
	{ "2006-06-28", "abduction", "Agents abducted Ri Su-yon in 1979.\nIn the end she married a teacher.", "1979",
	  NULL },
};

static int
when_ok(const struct when_case *c, int verbose)
{
	return extract_test_text_date(c->text, c->pub, c->type, c->date, verbose);
}

EXTRACT_TEST_TABLE(test_when_table, test_when_known_bugs, when_cases, when_ok)

/* Two people and two dates joined after the act: each one's act at the
 * date of their rank.  pub, text, the person looked at, the date of
 * their act of type ("": none). */
static const struct each_case {
	const char *pub, *type, *text, *who, *date, *known_bug;
} each_cases[] = {
	{ "2015-06-01", "arrest",
	  "Pastor Ri Su-yon and Mr. Pak Un-hui were detained in March 2012 and August 2013, respectively.",
	  "Pak Un-hui", "2013-08", NULL },
	{ "2015-06-01", "arrest",
	  "Pastor Ri Su-yon and Mr. Pak Un-hui were detained in March 2012 and August 2013, respectively.",
	  "Ri Su-yon", "2012-03", NULL },
	{ "2015-06-01", "arrest", "Ri Su-yon and Pak Un-hui were detained by guards in 2011 and 2013.", "Pak Un-hui",
	  "2013", NULL },
	/* another verb between the dates: one act of both at the first */
	{ "2015-06-01", "arrest",
	  "Ri Su-yon and Pak Un-hui were detained in March 2012 and freed in August 2013.", "Pak Un-hui",
	  "2012-03", NULL },
	/* more dates than people, or one person: the nearest date */
	{ "2015-06-01", "arrest",
	  "Ri Su-yon and Pak Un-hui were detained in March 2012, August 2013 and May 2014.", "Pak Un-hui",
	  "2012-03", NULL },
	{ "2015-06-01", "arrest", "Ri Su-yon was detained in March 2012 and August 2013.", "Ri Su-yon", "2012-03",
	  NULL },
};

static int
each_ok(const struct each_case *c, int verbose)
{
	const char *got = NULL;
	struct xdoc d;
	size_t i;
	int a, ok;

	extract_test_open(&d, c->text, c->pub);
	extract_passes(&d, NULL);
	for (i = 0; i < d.nevent; i++)
		for (a = 0; a < d.events[i].nvictims; a++)
			if (!strcmp(d.events[i].type, c->type) && d.events[i].victims[a] >= 0 &&
			    !strcmp(d.persons[d.events[i].victims[a]].name, c->who))
				got = d.events[i].date;
	ok = got && !strcmp(got, c->date);
	if (!ok && verbose)
		print_message("%s: want %s of %s \"%s\", got %s\n", c->text, c->type, c->who, c->date,
		    got ? got : "no event");
	extract_doc_free(&d);
	return ok;
}

EXTRACT_TEST_TABLE(test_each_table, test_each_known_bugs, each_cases, each_ok)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_when_table),
		cmocka_unit_test(test_when_known_bugs),
		cmocka_unit_test(test_each_table),
		cmocka_unit_test(test_each_known_bugs),
	};

	return cmocka_run_group_tests(tests, extract_test_setup, extract_test_teardown);
}
