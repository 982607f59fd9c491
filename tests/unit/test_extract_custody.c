/*
 * test_extract_custody.c: who holds the victims of an act, on sentences
 * written for these tests (stages/extract-places.c, extract-events.c):
 *
 *   where a repatriation happened: in the country that sends its victims
 *   back (whoever acted, the place it sent them from, whoever the story
 *   said would do it, where they were last held), never the country it
 *   sends them to;
 *   when a death is an act: a killing, or a death in custody, not the
 *   natural death of someone free.
 */
#include "extract_test.h"

#include <stdio.h>

/* d on text (published 2020-06-15) with every pass of extract.c run on
 * it, events last; the caller frees d with extract_doc_free. */
static void
open_extracted(struct xdoc *d, const char *text)
{
	extract_test_open(d, text, "2020-06-15");
	extract_passes(d, NULL);
}

/* The country of the last event of type in d, "-" when it has none, or
 * NULL when there is no such event.  Borrowed from d. */
static const char *
last_country(const struct xdoc *d, const char *type)
{
	const char *cc = NULL;
	size_t i;

	for (i = 0; i < d->nevent; i++)
		if (d->events[i].dead <= 0 && !strcmp(d->events[i].type, type))
			cc = d->events[i].country[0] ? d->events[i].country : "-";
	return cc;
}

/* A text and the country of its (last) repatriation: "-" for none. */
static const struct repat_case {
	const char *text, *country, *known_bug;
} repat_cases[] = {
	/* the place it sent them from */
	{ "Ri Su-yon was deported from Cambodia to Pyongyang in June.", "KH", NULL },
	{ "Pak Myong-min was forcibly sent back from China in 2009.", "CN", NULL },
	{ "The pastor Han Mi-rae was expelled from North Korea in May.", "KP", NULL },
	/* whoever acted */
	{ "Thai police sent Ri Su-yon back to North Korea.", "TH", NULL },
	{ "Ri Su-yon was repatriated to North Korea by Chinese authorities.", "CN", NULL },
	{ "North Korea returned John Smith to South Korea on Friday.", "KP", NULL },
	/* whoever the story said would do it, though the place of the
	 * handover is on the other side */
	{ "South Korea decided to repatriate two North Korean fishermen. They were handed back at "
	  "Panmunjom on Friday.", "KR", NULL },
	{ "Rights groups urged Thailand not to deport the nine North Koreans. The nine were deported "
	  "to North Korea in May.", "TH", NULL },
	/* where they were last held: the latest arrest, or the country an
	 * earlier transfer sent them to */
	{ "Police in China arrested Ri Su-yon in 2010, but she was freed. In 2012 Lao police arrested "
	  "her again. She was deported to North Korea.", "LA", NULL },
	{ "Two North Korean sailors were caught in South Korean waters in May. In June they were "
	  "handed over to North Korean soldiers at the border.", "KR", NULL },
	{ "Laos deported seven North Korean defectors to China on Monday. They were repatriated to North Korea "
	  "on Tuesday.", "CN", NULL },
	/* "a North Korean defector" is whom it befell, not who acted; and
	 * no one sends people back into their own country */
	{ "Ri Su-yon, a North Korean defector who knows what being repatriated means, spoke.", "-", NULL },
	{ "Ri Su-yon was then sent back to North Korea.", "-", NULL },
};

static int
repat_ok(const struct repat_case *c, int verbose)
{
	struct xdoc d;
	const char *got;
	int ok;

	open_extracted(&d, c->text);
	got = last_country(&d, "repatriation");
	ok = got && !strcmp(got, c->country);
	if (!ok && verbose)
		print_message("%s: want %s, got %s\n", c->text, c->country, got ? got : "no event");
	extract_doc_free(&d);
	return ok;
}

EXTRACT_TEST_TABLE(test_repat_table, test_repat_known_bugs, repat_cases, repat_ok)

/* A text and its deaths as "death:victim" joined by spaces in text
 * order ("" for none; a group is g<count>): a killing, or a death in
 * custody, not the natural death of someone free. */
static const struct death_case {
	const char *text, *deaths, *known_bug;
} death_cases[] = {
	/* natural deaths of people who are free, or were never held */
	{ "John Smith died peacefully at age 81 last winter.", "", NULL },
	{ "Mary Jones passed away on Sunday at 79.", "", NULL },
	{ "Ri Su-yon, who was held in the North for years before escaping home, has died aged 91.",
	  "", NULL },
	{ "Pak Myong-min, a campaigner for his abducted son, died on Friday near Osaka.", "", NULL },
	{ "Agents abducted Han Mi-rae in 1980. Her father, Han Do-yun, passed away eight years later "
	  "without learning where she was.", "", NULL },
	{ "Police arrested John Smith in 1998 and freed him in 2001. He died of cancer in 2010.", "", NULL },
	{ "John Smith died two years after his release.", "", NULL },
	{ "Some 40 defectors died in the desert.", "", NULL },
	/* killings, and deaths in custody */
	{ "The regime executed Pak Myong-min in 2013.", "death:Pak Myong-min", NULL },
	{ "Pak Myong-min was shot dead by the soldiers who seized him.", "death:Pak Myong-min", NULL },
	{ "John Smith died in a prison camp in 1995.", "death:John Smith", NULL },
	{ "Mary Jones died in custody last year.", "death:Mary Jones", NULL },
	{ "Agents abducted John Smith in 1978. He died of disease in captivity in 1985.", "death:John Smith", NULL },
	{ "Agents abducted Mary Jones in 1978. The North says she died in 1994.", "death:Mary Jones", NULL },
	{ "Ri Su-yon was sent to a labour camp in 2000. She died there two months after arriving.",
	  "death:Ri Su-yon", NULL },
	{ "John Smith, who was freed from a prison last week after a year in captivity, died on Monday.",
	  "death:John Smith", NULL },
	{ "Some 300 prisoners died of hunger that winter.", "death:g300", NULL },
	{ "Ri Su-yon was tortured to death by guards.", "death:Ri Su-yon", NULL },
	{ "John Smith died while being held by the North.", "death:John Smith", NULL },
};

static int
death_ok(const struct death_case *c, int verbose)
{
	struct xdoc d;
	char got[256];
	int ok;

	open_extracted(&d, c->text);
	extract_test_events(&d, "death", got, sizeof(got));
	ok = !strcmp(got, c->deaths);
	if (!ok && verbose)
		print_message("%s: want \"%s\", got \"%s\"\n", c->text, c->deaths, got);
	extract_doc_free(&d);
	return ok;
}

EXTRACT_TEST_TABLE(test_death_table, test_death_known_bugs, death_cases, death_ok)

/* Whom the acts befall, as the deaths need it: a relative named only by
 * kinship is not the parent before it; a participle on a noun qualifies
 * that noun; those "among" a group share its act.  All the events, as
 * "type:victim" in text order. */
static const struct death_case victim_cases[] = {
	/* the parents are no victims; the daughter, never named, is a
	 * group of one (test_extract_wholes.c), and so is the wife */
	{ "Kim Mi-ja and her husband never learned that their daughter had been seized.", "arrest:g1", NULL },
	{ "Kim Mi-ja, whose son was arrested in 1990, spoke on Monday.", "", NULL },
	{ "John Smith and his wife were arrested in May.", "arrest:g1 arrest:John Smith", NULL },
	{ "Pak Myong-min, a campaigner for his abducted son, spoke on Monday.", "", NULL },
	{ "Police freed the detained 23 believers.", "release:g23 arrest:g23", NULL },
	{ "Ri Su-yon and Pak Myong-min were among 12 Japanese who were kidnapped in the 1980s.",
	  "abduction:g12 abduction:Pak Myong-min abduction:Ri Su-yon", NULL },
};

static int
victims_ok(const struct death_case *c, int verbose)
{
	struct xdoc d;
	char got[256];
	int ok;

	open_extracted(&d, c->text);
	extract_test_events(&d, NULL, got, sizeof(got));
	ok = !strcmp(got, c->deaths);
	if (!ok && verbose)
		print_message("%s: want \"%s\", got \"%s\"\n", c->text, c->deaths, got);
	extract_doc_free(&d);
	return ok;
}

EXTRACT_TEST_TABLE(test_victim_table, test_victim_known_bugs, victim_cases, victims_ok)

/* A text and the date of its (last) event of type: an act told in a
 * clause of sequence ("before being deported", "after being held") has
 * no date of the verb it comes before or after. */
static const struct date_case {
	const char *text, *type, *date, *known_bug;
} date_cases[] = {
	{ "Ri Su-yon was moved to Dandong on Friday evening before being deported to North Korea.",
	  "repatriation", "", NULL },
	{ "Ri Su-yon was deported to North Korea on June 3 after being held for a month.",
	  "repatriation", "2020-06-03", NULL },
	{ "Ri Su-yon was deported to North Korea on June 3 after being held for a month.",
	  "arrest", "", NULL },
	{ "Ri Su-yon was deported to North Korea on June 3.", "repatriation", "2020-06-03", NULL },
};

static int
date_ok(const struct date_case *c, int verbose)
{
	struct xdoc d;
	int ok;

	open_extracted(&d, c->text);
	ok = extract_test_last_date(&d, c->text, c->type, c->date, verbose);
	extract_doc_free(&d);
	return ok;
}

EXTRACT_TEST_TABLE(test_date_table, test_date_known_bugs, date_cases, date_ok)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_repat_table),
		cmocka_unit_test(test_repat_known_bugs),
		cmocka_unit_test(test_death_table),
		cmocka_unit_test(test_death_known_bugs),
		cmocka_unit_test(test_victim_table),
		cmocka_unit_test(test_victim_known_bugs),
		cmocka_unit_test(test_date_table),
		cmocka_unit_test(test_date_known_bugs),
	};

	return cmocka_run_group_tests(tests, extract_test_setup, extract_test_teardown);
}
