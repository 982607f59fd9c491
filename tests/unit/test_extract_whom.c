/*
 * test_extract_whom.c: who the victim of an act is, on wording the
 * rules were not first written for (sentences written for these tests):
 *
 *   a list whose later item is named by a kinship with commas around the
 *   name ("A, 40, and his wife, B, 38, were held": both), not a saying
 *   ("A said his wife, B, was held": B alone) (extract-mentions.c);
 *   the article's main person, whom an unnamed description ("a Danish
 *   fisherman") stands for, is not one who only tells the story ("..., B
 *   said") when another is named outside a saying (extract-antecedents.c);
 *   an act inside a report the sentence calls untrue ("Reports that A was
 *   held are false", "It is untrue that A was held") is none, but a report
 *   confirmed, or called true, tells it (extract-clause.c);
 *   an end of custody told as unreal ("are expected to be freed", "has
 *   not been released") is no act, but whom it would free is held: a
 *   victim; an unreal start ("was not arrested") says nothing of the
 *   kind (extract-events.c);
 *   a possessive in a phrase that opens the sentence ("After his arrest
 *   in March, A was sent to a camp") is the person named right after its
 *   comma, before anyone named earlier (extract-antecedents.c).
 * Each row: a text (published 2020-06-15), all its events as
 * "type:victim" in text order (a group as g<count>), and the names of
 * the persons with the role victim, in the order they are first named.
 * Invented names and sentences.
 */
#include "extract_test.h"

#include <stdio.h>

static const struct whom_case {
	const char *text, *events, *victims, *known_bug;
} whom_cases[] = {
	/* a possessive in an opening phrase: the name after its comma */
	{ "Tomas Hale ran a bakery in Dandong. After his arrest in March, Erik Lund was sent to a labour camp.",
	  "arrest:Erik Lund sentence:Erik Lund", "Erik Lund", NULL },
	{ "After her release in May, Greta Lind flew home to Oslo.", "release:Greta Lind", "Greta Lind", NULL },
	/* not when the phrase names someone first, nor in a sentence opened otherwise */
	{ "Tomas Hale ran a bakery in Dandong until his arrest in March, Erik Lund said.",
	  "arrest:Tomas Hale", "Tomas Hale", NULL },
	/* a kinship with commas around the name, in a list */
	{ "Tomas Hale, 40, and his wife, Greta Lind, 38, were arrested at a hotel in Hanoi on Monday.",
	  "arrest:Greta Lind arrest:Tomas Hale", "Tomas Hale Greta Lind", NULL },
	{ "Tomas Hale and his wife, Greta Lind, were arrested at a hotel in Hanoi on Monday.",
	  "arrest:Greta Lind arrest:Tomas Hale", "Tomas Hale Greta Lind", NULL },
	{ "Tomas Hale, 40, said his wife, Greta Lind, 38, was arrested at a hotel in Hanoi on Monday.",
	  "arrest:Greta Lind", "Greta Lind", NULL },
	{ "Police in Hanoi detained Tomas Hale, 40, on Monday; his wife, Greta Lind, 38, was not held.",
	  "arrest:Tomas Hale", "Tomas Hale", NULL },
	/* the main person is not one who only speaks */
	{ "A Danish fisherman held by North Korean guards near Rason in May has sent no word home since, "
	  "his wife said on Monday. Erik Lund, 52, was detained on May 3 while mending his nets, Karin Holm "
	  "said. \"Nobody tells us anything,\" Holm said.",
	  "arrest:Erik Lund", "Erik Lund", NULL },
	{ "An American teacher held in the North for a year was freed on Monday. Tom Reed, 44, said he had "
	  "been treated well. Reed said he was grateful.",
	  "arrest:Tom Reed release:Tom Reed", "Tom Reed", NULL },
	/* a report called untrue tells no act */
	{ "Rumours that a Thai trader had been abducted by North Korean agents near Rason are false, his "
	  "brother said on Friday. Somchai Deng, 50, is at home in Udon Thani.",
	  "", "", NULL },
	{ "Reports that Ann Roe was arrested in Sinuiju were untrue, the ministry said.", "", "", NULL },
	{ "It is untrue that Ann Roe was arrested in Sinuiju, the ministry said.", "", "", NULL },
	{ "The ministry said it was false that Ann Roe had been detained in Sinuiju.", "", "", NULL },
	{ "Reports that Ann Roe was arrested in Sinuiju were confirmed by the ministry on Monday.",
	  "arrest:Ann Roe", "Ann Roe", NULL },
	{ "Reports that Ann Roe was arrested in Sinuiju are true, the ministry said.",
	  "arrest:Ann Roe", "Ann Roe", NULL },
	{ "Ann Roe, who was arrested in Sinuiju in May, said the charges were false.",
	  "arrest:Ann Roe", "Ann Roe", NULL },
	{ "He said that Ann Roe was arrested in Sinuiju and that the charges are false.",
	  "arrest:Ann Roe", "Ann Roe", NULL },
	/* an end of custody told as unreal: whom it would free is held */
	{ "Ann Roe and Tom Hale are expected to be freed next week, the ministry said.",
	  "", "Ann Roe Tom Hale", NULL },
	{ "Tom Hale has not been released, his brother said on Monday.", "", "Tom Hale", NULL },
	{ "Activists urged the North to free Tom Hale, a teacher from Perth.", "", "Tom Hale", NULL },
	{ "Tom Hale was questioned for hours but was not arrested, police said.", "", "", NULL },
	{ "Tom Hale could face arrest if he returns to the North, his lawyer said.", "", "", NULL },
};

/* The persons of d with the role victim, by name, in their order. */
static void
victims_of(const struct xdoc *d, char *out, size_t outsz)
{
	size_t i, len = 0;

	out[0] = 0;
	for (i = 0; i < d->nperson && len + 1 < outsz; i++)
		if (d->persons[i].roles & ROLE_VICTIM) {
			len += (size_t)snprintf(out + len, outsz - len, "%s%s", len ? " " : "", d->persons[i].name);
			if (len >= outsz)
				len = outsz - 1;
		}
}

static int
whom_ok(const struct whom_case *c, int verbose)
{
	struct xdoc d;
	char got[512];
	int ok;

	extract_test_open(&d, c->text, "2020-06-15");
	extract_passes(&d, NULL);
	extract_test_events(&d, NULL, got, sizeof(got));
	ok = !strcmp(got, c->events);
	if (!ok && verbose)
		print_message("%s: want \"%s\", got \"%s\"\n", c->text, c->events, got);
	if (ok) {
		victims_of(&d, got, sizeof(got));
		ok = !strcmp(got, c->victims);
		if (!ok && verbose)
			print_message("%s: want victims \"%s\", got \"%s\"\n", c->text, c->victims, got);
	}
	extract_doc_free(&d);
	return ok;
}

EXTRACT_TEST_TABLE(test_whom_table, test_whom_known_bugs, whom_cases, whom_ok)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_whom_table),
		cmocka_unit_test(test_whom_known_bugs),
	};

	return cmocka_run_group_tests(tests, extract_test_setup, extract_test_teardown);
}
