/*
 * test_extract_states.c: acts told of a group, or as a state, on
 * sentences written for these tests (stages/extract-triggers.c,
 * extract-events.c, extract-mentions.c):
 *
 *   custody told as a state: people said to be in a prison, a camp, in
 *   jail ("are still in labour camps", "remain in the camps") are held,
 *   an arrest that names no date; not a place that only has the
 *   word in it ("the prison yard"), a hypothesis, a thing;
 *   the owner after "of" in "two employees of Anna van der Berg" is no
 *   victim of the employees' act, however the name is cut;
 *   acts on groups: an order of their deaths is their killing ("ordered
 *   the deaths of 12 monks"), "individuals" are people a count makes a
 *   group of; not a killing only possible, not a thing's death.
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

/* A text and its events as "type:victim" in text order (a group is
 * g<count>, g0 when it has none), and the dates of those events ("-"
 * for none), or NULL when the dates are not checked. */
static const struct state_case {
	const char *text, *events, *dates, *known_bug;
} state_cases[] = {
	/* a state of custody: held, with no date of the act */
	{ "An estimated 30,000 monks are currently in prison labour camps because of their faith.",
	  "arrest:g30000", "-", NULL },
	{ "Tens of thousands of farmers remain in the labour camps.", "arrest:g0", "-", NULL },
	{ "Some 90,000 people are trapped in prison camps, the report says.", "arrest:g90000", "-", NULL },
	{ "Olga Brandt is still in jail.", "arrest:Olga Brandt", "-", NULL },
	{ "Dario Vlk was in a penitentiary until 2011.", "arrest:Dario Vlk", "-", NULL },
	/* the state adds to the act told with a date, and takes no date
	 * from the act beside it */
	{ "Police arrested Olga Brandt in March 2015. She was in jail for a year.", "arrest:Olga Brandt",
	  "2015-03", NULL },
	{ "Dario Vlk has been in a penitentiary since May, when he was sentenced to two years.",
	  "arrest:Dario Vlk sentence:Dario Vlk", "- 2020-05", NULL },
	/* no state of custody: a place that merely has the word, a
	 * hypothesis, things, a visit */
	{ "The 30 monks were in the prison yard.", "", NULL, NULL },
	{ "If the 30 monks were in prison camps, nobody would know.", "", NULL, NULL },
	{ "The files are in the prison archive.", "", NULL, NULL },
	{ "Some 40 nurses are in the camp's clinic.", "", NULL, NULL },
	/* acts on groups: the order of a killing, people counted */
	{ "The dictator ordered the deaths of 12 top officials in May.", "death:g12", "2020-05", NULL },
	{ "Kim Jae-su ordered the deaths of Pak Ro-min and his aides.", "death:Pak Ro-min", NULL, NULL },
	{ "The purge goes on, with the leader ordering the killings of 12 senior officials.", "death:g12",
	  NULL, NULL },
	{ "Kim Jae-su ordered the death of his dog.", "", NULL, NULL },
	{ "The agency protested the deportation of eight individuals from Laos.", "repatriation:g8",
	  NULL, NULL },
	{ "Five individuals were arrested in Dandong in May.", "arrest:g5", "2020-05", NULL },
	{ "The dictator could order the deaths of 12 monks.", "", NULL, NULL },
	{ "The general ordered the death of the dog.", "", NULL, NULL },
	{ "Some individuals disagreed with the ruling.", "", NULL, NULL },
	/* the owner after "of" is not whom the act befalls */
	{ "Anna van der Berg, 61, flew home. Two Danish employees of Van der Berg have not been heard "
	  "from and still remain in custody.", "arrest:g2", NULL, NULL },
};

static int
state_ok(const struct state_case *c, int verbose)
{
	struct xdoc d;
	char got[256], dates[128];
	int ok;

	open_extracted(&d, c->text);
	extract_test_events(&d, NULL, got, sizeof(got));
	extract_test_dates(&d, dates, sizeof(dates));
	ok = !strcmp(got, c->events) && (!c->dates || !strcmp(dates, c->dates));
	if (!ok && verbose)
		print_message("%s: want \"%s\" (%s), got \"%s\" (%s)\n", c->text, c->events,
		    c->dates ? c->dates : "any dates", got, dates);
	extract_doc_free(&d);
	return ok;
}

EXTRACT_TEST_TABLE(test_state_table, test_state_known_bugs, state_cases, state_ok)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_state_table),
		cmocka_unit_test(test_state_known_bugs),
	};

	return cmocka_run_group_tests(tests, extract_test_setup, extract_test_teardown);
}
