/*
 * test_extract_names: the name recognizer of stages/extract-names.c
 * (extract_persons) on short texts.  Table-driven: each row is a text and
 * the persons it names, with what the text says of them (title, gender,
 * roles, nationality, Korean order), and whether those must be all of them.
 * Every name here is invented; none comes from the seeds or the corpus.
 *
 * Rows with a known_bug string show a defect not fixed yet: they are
 * skipped (the test is reported SKIPPED, each row printed) unless
 * CAPTIVE_TEST_KNOWN_BUGS is set in the environment.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "extract.h"
#include "extract_test.h"
#include "lex.h"

#define ANY (-1)

struct pwant {
	const char *name;	/* the person's (fullest) name */
	const char *title;	/* NULL: any; "": none; else the title starts so */
	int gender;		/* ANY, 0 (unknown), 'm', 'f' */
	unsigned roles;		/* ROLE_* bits that must be set */
	const char *nat;	/* NULL: any; "": none; else ISO 3166 alpha-2 */
	int korean;		/* ANY, 0, 1: family name first */
};

struct name_case {
	const char *text;
	const char *byline;	/* NULL: none */
	struct pwant p[4];	/* name NULL ends */
	int exact;		/* 1: no other person may be found */
	const char *orgs[3];	/* organizations that must be found */
	const char *known_bug;
};

static const struct name_case name_cases[] = {
	/* a given name an editor put in brackets is the name's */
	{ "Talks now focus on (Peter) Kwon, a missionary held since May. Kwon was tried in June.", NULL,
	    { { "Peter Kwon", NULL, 'm', 0, NULL, 0 } }, 1, { NULL }, NULL },
	{ "Police held Ri Su-yon (Peter) in May.", NULL,
	    { { "Ri Su-yon", NULL, ANY, 0, NULL, ANY } }, 1, { NULL }, NULL },
	{ "Ri Su-yon met (Peter) Kwon Min-ho in May.", NULL,
	    { { "Ri Su-yon", NULL, ANY, 0, NULL, ANY }, { "Kwon Min-ho", NULL, ANY, 0, NULL, ANY } }, 0, { NULL }, NULL },
	/* a month's short form is a family name when no date follows */
	{ "Jun Chol-su, a soldier, was freed on Jun. 4.", NULL,
	    { { "Jun Chol-su", NULL, ANY, 0, NULL, 1 } }, 1, { NULL }, NULL },
	/* a weekday after a name ends it (news style: "freed X Friday") */
	{ "Guards released Ri Su-yon Friday and John Smith Tuesday.", NULL,
	    { { "Ri Su-yon", NULL, ANY, 0, NULL, 1 }, { "John Smith", NULL, ANY, 0, NULL, 0 } },
	    1, { NULL }, NULL },
	/* a capitalised run after "the town of" is a place */
	{ "Ri Su-yon was caught near the market in the town of Phong Lan.", NULL,
	    { { "Ri Su-yon", NULL, ANY, 0, NULL, 1 } }, 1, { NULL }, NULL },
	/* a quoted title is no person; a quoted saying may name one */
	{ "Ri Su-yon wrote \"The Road That Even Kim Chol Min Fears to Take\" in prison.", NULL,
	    { { "Ri Su-yon", NULL, ANY, 0, NULL, 1 } }, 1, { NULL }, NULL },
	{ "\"Kim Chol Min was taken away at night,\" Ri Su-yon said.", NULL,
	    { { "Kim Chol Min", NULL, ANY, 0, NULL, 1 }, { "Ri Su-yon", NULL, ANY, 0, NULL, 1 } },
	    1, { NULL }, NULL },
	/* Korean names, family name first: hyphenated, spaced, two or three
	 * syllables */
	{ "Kim Min-jun was detained in Pyongyang.", NULL,
	    { { "Kim Min-jun", "", 0, 0, "", 1 } }, 1, { NULL }, NULL },
	{ "Choe Song Il and Pak Ji Hye were freed.", NULL,
	    { { "Choe Song Il", NULL, ANY, 0, NULL, 1 }, { "Pak Ji Hye", NULL, ANY, 0, NULL, 1 } },
	    1, { NULL }, NULL },
	{ "Yoo Hyo-rin told the court that Lee Soo-jin and Kim Eun-ji had left.", NULL,
	    { { "Yoo Hyo-rin", NULL, ANY, 0, NULL, 1 }, { "Lee Soo-jin", NULL, ANY, 0, NULL, 1 },
	    { "Kim Eun-ji", NULL, ANY, 0, NULL, 1 } }, 1, { NULL }, NULL },
	{ "Ri Mi Sun was detained.", NULL, { { "Ri Mi Sun", NULL, ANY, 0, NULL, 1 } }, 1, { NULL }, NULL },
	{ "Kang Sun Hui was detained.", NULL, { { "Kang Sun Hui", NULL, ANY, 0, NULL, 1 } }, 1,
	    { NULL }, NULL },
	{ "Police said Nam Pyong-il fled.", NULL, { { "Nam Pyong-il", NULL, ANY, 0, NULL, 1 } }, 1,
	    { "Police" }, NULL },
	{ "Kim Min-jun, 36, was detained.", NULL, { { "Kim Min-jun", NULL, ANY, 0, NULL, 1 } }, 1,
	    { NULL }, NULL },
	/* a later single word is a mention, not a second person */
	{ "Kim Min-jun was detained. Kim said he was fine.", NULL,
	    { { "Kim Min-jun", NULL, ANY, 0, NULL, 1 } }, 1, { NULL }, NULL },
	{ "Ri Dong-hyun spoke. Later Ri said more.", NULL,
	    { { "Ri Dong-hyun", NULL, ANY, 0, NULL, 1 } }, 1, { NULL }, NULL },

	/* Western names, initials */
	{ "In March, Maria Delgado left.", NULL, { { "Maria Delgado", "", 'f', 0, "", 0 } }, 1,
	    { NULL }, NULL },
	{ "Andrew J. Pike spoke.", NULL, { { "Andrew J. Pike", NULL, 'm', 0, NULL, 0 } }, 1,
	    { NULL }, NULL },
	{ "Lt. Col. Daniel Whitcombe spoke.", NULL, { { "Daniel Whitcombe", NULL, 'm', 0, NULL, 0 } }, 1,
	    { NULL }, NULL },

	/* titles before the name */
	{ "Pastor Choe Song Il was detained.", NULL,
	    { { "Choe Song Il", "Pastor", ANY, ROLE_ACTIVIST, NULL, 1 } }, 1, { NULL }, NULL },
	{ "South Korean pastor Choe Song Il was arrested.", NULL,
	    { { "Choe Song Il", "pastor", ANY, ROLE_ACTIVIST, "KR", 1 } }, 1, { NULL }, NULL },
	{ "President Albert Fenwick met Minister Ri Chol-ho.", NULL,
	    { { "Albert Fenwick", "President", 'm', ROLE_OFFICIAL, NULL, 0 },
	    { "Ri Chol-ho", "Minister", ANY, ROLE_OFFICIAL, NULL, 1 } }, 1, { NULL }, NULL },
	{ "Foreign Minister Albert Fenwick said.", NULL,
	    { { "Albert Fenwick", "Foreign Minister", 'm', ROLE_OFFICIAL, NULL, 0 } }, 1,
	    { NULL }, NULL },
	{ "Unification Ministry spokesman Ri Dong-hyun said.", NULL,
	    { { "Ri Dong-hyun", "spokesman", 'm', ROLE_OFFICIAL, NULL, 1 } }, 1,
	    { "Unification Ministry" }, NULL },
	{ "Mr Kim Min-jun arrived.", NULL, { { "Kim Min-jun", "Mr", 'm', 0, NULL, 1 } }, 1,
	    { NULL }, NULL },

	/* appositions */
	{ "Tom Allard, a South Korean missionary, was arrested.", NULL,
	    { { "Tom Allard", "missionary", 'm', 0, "KR", 0 } }, 1, { NULL }, NULL },
	{ "Rev. Daniel Whitcombe, a Canadian pastor, was released.", NULL,
	    { { "Daniel Whitcombe", NULL, 'm', ROLE_ACTIVIST, "CA", 0 } }, 1, { NULL }, NULL },
	{ "Jane Whitfield, an American tourist, and her husband Marcus Hale were held.", NULL,
	    { { "Jane Whitfield", "tourist", 'f', 0, "US", 0 },
	    { "Marcus Hale", NULL, 'm', ROLE_FAMILY, NULL, 0 } }, 1, { NULL }, NULL },
	{ "Pak Ji Hye, the wife of Ri Dong-hyun, said she was worried.", NULL,
	    { { "Pak Ji Hye", NULL, 'f', ROLE_FAMILY, NULL, 1 },
	    { "Ri Dong-hyun", NULL, ANY, 0, NULL, 1 } }, 1, { NULL }, NULL },
	{ "His mother, Han Myong Hui, cried.", NULL,
	    { { "Han Myong Hui", NULL, 'f', ROLE_FAMILY, NULL, 1 } }, 1, { NULL }, NULL },
	{ "Maria Delgado, 45, a nurse from Texas, said.", NULL,
	    { { "Maria Delgado", NULL, 'f', 0, NULL, 0 } }, 1, { NULL }, NULL },

	/* names after a sentence-initial word or clause */
	{ "Speaking to reporters, Pak Ji Hye said.", NULL,
	    { { "Pak Ji Hye", NULL, ANY, 0, NULL, 1 } }, 1, { NULL }, NULL },
	{ "However, Kim Min-jun said.", NULL, { { "Kim Min-jun", NULL, ANY, 0, NULL, 1 } }, 1,
	    { NULL }, NULL },
	{ "According to Lee Soo-jin, the trial was short.", NULL,
	    { { "Lee Soo-jin", NULL, ANY, 0, NULL, 1 } }, 1, { NULL }, NULL },

	/* a byline names a journalist */
	{ "A man was held in Dandong.", "By Jane Whitfield",
	    { { "Jane Whitfield", NULL, ANY, ROLE_JOURNALIST, NULL, 0 } }, 1, { NULL }, NULL },

	/* not names: sentence-initial capitals, places, organizations, months */
	{ "Activists said the man was held.", NULL, { { NULL } }, 1, { NULL }, NULL },
	{ "Officials said nothing. Relatives told reporters he was alive.", NULL, { { NULL } }, 1,
	    { NULL }, NULL },
	{ "Meanwhile Seoul said nothing.", NULL, { { NULL } }, 1, { NULL }, NULL },
	{ "Seoul and Tokyo agreed.", NULL, { { NULL } }, 1, { NULL }, NULL },
	{ "North Korea detained a man in March.", NULL, { { NULL } }, 1, { NULL }, NULL },
	{ "In January the court ruled. On Friday officials said more.", NULL, { { NULL } }, 1,
	    { NULL }, NULL },
	{ "Monday was quiet. March was cold. Witnesses Say Little.", NULL, { { NULL } }, 1,
	    { NULL }, NULL },
	{ "Human Rights Watch said the Unification Ministry had no comment.", NULL, { { NULL } }, 1,
	    { "Human Rights Watch", "Unification Ministry" }, NULL },
	{ "Amnesty International condemned the trial.", NULL, { { NULL } }, 1,
	    { "Amnesty International" }, NULL },
	{ "Reporters Without Borders said.", NULL, { { NULL } }, 1, { NULL }, NULL },
	{ "SEOUL, Jan. 4 (Yonhap) -- North Korea detained a man.", NULL, { { NULL } }, 1,
	    { "Yonhap" }, NULL },

	/* titles with a full stop; Korean given names written apart */
	{ "Yesterday Mr. Kim Min-jun arrived.", NULL, { { "Kim Min-jun", "Mr", 'm', 0, NULL, 1 } }, 1,
	    { NULL }, NULL },
	{ "Ms. Han Soo-bin said she was held.", NULL, { { "Han Soo-bin", "Ms", 'f', 0, NULL, 1 } }, 1,
	    { NULL }, NULL },
	{ "Rev. Pak Ji Hye spoke.", NULL,
	    { { "Pak Ji Hye", "Rev", ANY, ROLE_ACTIVIST, NULL, 1 } }, 1, { NULL }, NULL },
	{ "Dr. Jane Whitfield spoke.", NULL, { { "Jane Whitfield", "Dr", 'f', 0, NULL, 0 } }, 1,
	    { NULL }, NULL },
	{ "Pak Myong Un was detained.", NULL, { { "Pak Myong Un", NULL, ANY, 0, NULL, 1 } }, 1,
	    { NULL }, NULL },
	{ "Han Ok Sun was detained.", NULL, { { "Han Ok Sun", NULL, ANY, 0, NULL, 1 } }, 1,
	    { NULL }, NULL },
	{ "Kim Kwang Chol was detained.", NULL, { { "Kim Kwang Chol", NULL, 0, 0, NULL, 1 } }, 1,
	    { NULL }, NULL },
	{ "Lee Jae Won was detained.", NULL, { { "Lee Jae Won", NULL, 0, 0, NULL, 1 } }, 1,
	    { NULL }, NULL },

	/* a one-word name licensed by a kinship word before it or heading
	 * its apposition, by a plural one for the whole list, by a
	 * possessive before a kinship word; a word of a full name stays a
	 * mention of its bearer */
	{ "His sister, Min-seo, wept.", NULL,
	    { { "Min-seo", NULL, 'f', ROLE_FAMILY, NULL, ANY } }, 1, { NULL }, NULL },
	{ "Her mother, who wept, spoke.", NULL, { { NULL } }, 1, { NULL }, NULL },
	{ "Ana Whitfield was held. Her husband Whitfield said nothing.", NULL,
	    { { "Ana Whitfield", NULL, ANY, 0, NULL, ANY } }, 1, { NULL }, NULL },
	{ "They had two sons, Dario, born in 1990, and Teodor, born in 1992.", NULL,
	    { { "Dario", NULL, 'm', ROLE_FAMILY, NULL, ANY }, { "Teodor", NULL, 'm', ROLE_FAMILY, NULL, ANY } },
	    1, { NULL }, NULL },
	{ "Ye-jin, the daughter of Pak Ji Hye, was taken.", NULL,
	    { { "Ye-jin", NULL, 'f', ROLE_FAMILY, NULL, ANY }, { "Pak Ji Hye", NULL, ANY, 0, NULL, 1 } },
	    1, { NULL }, NULL },
	{ "Haruka's father kept up the fight.", NULL,
	    { { "Haruka", NULL, ANY, 0, NULL, ANY } }, 1, { NULL }, NULL },
	{ "Japan's father figure spoke.", NULL, { { NULL } }, 1, { NULL }, NULL },
	/* a surname cue licenses a family name alone, also one a full name
	 * of the text has; a capitalised title does when no full name has
	 * the word */
	{ "A soldier identified by his surname Paek said he wanted to go south.", NULL,
	    { { "Paek", NULL, ANY, 0, NULL, ANY } }, 1, { NULL }, NULL },
	{ "The two men, identified by their surnames Moon and Seo, were held.", NULL,
	    { { "Moon", NULL, ANY, 0, NULL, ANY }, { "Seo", NULL, ANY, 0, NULL, ANY } }, 1, { NULL }, NULL },
	{ "Kim Min-jun was freed. His father, identified only by his family name Kim, wept.", NULL,
	    { { "Kim Min-jun", NULL, ANY, 0, NULL, 1 }, { "Kim", NULL, ANY, 0, NULL, ANY } }, 1,
	    { NULL }, NULL },
	{ "President Halvorsen said.", NULL,
	    { { "Halvorsen", "President", ANY, ROLE_OFFICIAL, NULL, ANY } }, 1, { NULL }, NULL },
	{ "President Albert Fenwick arrived. President Fenwick said.", NULL,
	    { { "Albert Fenwick", "President", 'm', ROLE_OFFICIAL, NULL, 0 } }, 1, { NULL }, NULL },
	{ "Lt. Col. Ivo Brandt spoke.", NULL,
	    { { "Ivo Brandt", NULL, 'm', 0, NULL, 0 } }, 1, { NULL }, NULL },
	/* a given name before "and" and a full name shares its family name */
	{ "Kenji and Aiko Morimoto were taken.", NULL,
	    { { "Kenji Morimoto", NULL, ANY, 0, NULL, 0 }, { "Aiko Morimoto", NULL, 'f', 0, NULL, 0 } },
	    1, { NULL }, NULL },
	{ "Kim and Aiko Morimoto were taken.", NULL,
	    { { "Aiko Morimoto", NULL, 'f', 0, NULL, 0 } }, 1, { NULL }, NULL },
	/* a middle initial that is a common word; a grade begun before the
	 * run ("1st Class"); a title before a name past its full stop */
	{ "Pvt. Dale A. Whitcombe, 52, was held.", NULL,
	    { { "Dale A. Whitcombe", "Pvt", 'm', 0, NULL, 0 } }, 1, { NULL }, NULL },
	{ "Sgt. 1st Class Dale Hartwick was held.", NULL,
	    { { "Dale Hartwick", NULL, 'm', 0, NULL, 0 } }, 1, { NULL }, NULL },
	{ "In 1990 he and Mr. Hwan Oh, a former prisoner, fled.", NULL,
	    { { "Hwan Oh", "Mr", 'm', 0, NULL, ANY } }, 1, { NULL }, NULL },
	/* an unknown given name, by the title heading its apposition; not
	 * after an article, not a thing's apposition, not a list's "and" */
	{ "Torvald Esk, the agency's special envoy, said.", NULL,
	    { { "Torvald Esk", NULL, ANY, ROLE_OFFICIAL, NULL, 0 } }, 1, { NULL }, NULL },
	{ "Nordic Light, the agency's new magazine, said.", NULL, { { NULL } }, 1, { NULL }, NULL },
	{ "said Ann Roe, author of The Harbor Lights, and a professor at the college.", NULL,
	    { { "Ann Roe", NULL, ANY, 0, NULL, 0 } }, 1, { NULL }, NULL },
	{ "Secretary of the Navy Albert Fenwick rejected it.", NULL,
	    { { "Albert Fenwick", NULL, 'm', 0, NULL, 0 } }, 1, { "Navy" }, NULL },
	/* ships, broadcasters, groups, job titles and lead-ins in capitals
	 * are no persons */
	{ "Guards seized the USS Harrow and its crew.", NULL, { { NULL } }, 1, { NULL }, NULL },
	{ "They boarded the freighter Sea Star Gale.", NULL, { { NULL } }, 1, { NULL }, NULL },
	{ "Sea Jewel Bright, a cargo ship, sank.", NULL, { { NULL } }, 1, { NULL }, NULL },
	{ "A friend told the broadcaster RTN Vale. He left, RTN Vale reported.", NULL, { { NULL } }, 1,
	    { "RTN Vale" }, NULL },
	{ "Jane Whitfield, the group's Advocacy Director said.", NULL,
	    { { "Jane Whitfield", NULL, 'f', 0, NULL, 0 } }, 1, { NULL }, NULL },
	{ "Korea Bright Future, a group of defectors, said.", NULL, { { NULL } }, 1, { NULL }, NULL },
	{ "CLARA VOSS SITS QUIETLY in her kitchen. Voss, 71, says.", NULL,
	    { { "Clara Voss", NULL, 'f', 0, NULL, 0 } }, 1, { NULL }, NULL },
	{ "MARKET DAY BEGINS EARLY in the town.", NULL, { { NULL } }, 1, { NULL }, NULL },

	/* known defects (skipped unless CAPTIVE_TEST_KNOWN_BUGS is set) */
	{ "Open Doors said.", NULL, { { NULL } }, 1, { NULL },
	    "an organization without an org word before a speech verb: got person "
	    "'Open Doors'" },
	{ "Christian Solidarity Worldwide said.", NULL, { { NULL } }, 1, { NULL },
	    "the demonym 'Christian' is peeled off and the rest taken for a "
	    "person: got person 'Solidarity Worldwide'" },
};

/* The text's persons, found as extract finds them; free with extract_doc_free. */
static void
doc_open(struct xdoc *d, const char *text, const char *byline)
{
	extract_test_open(d, text, "2016-03-16");
	extract_persons(d, byline);
}

static void
dump(const struct xdoc *d)
{
	size_t i;

	for (i = 0; i < d->nperson; i++) {
		const struct xperson *p = &d->persons[i];

		print_message("  got person <%s> title <%s> gender %c roles %#x nat <%s> korean %d\n",
		    p->name, p->title ? p->title : "(null)", p->gender ? p->gender : '-',
		    p->roles, p->nationality, p->korean_order);
	}
	for (i = 0; i < d->norg; i++)
		print_message("  got organization <%s> (%s)\n", d->orgs[i].name, d->orgs[i].kind);
}

static const struct xperson *
find_person(const struct xdoc *d, const char *name)
{
	size_t i;

	for (i = 0; i < d->nperson; i++)
		if (strcmp(d->persons[i].name, name) == 0)
			return &d->persons[i];
	return NULL;
}

/* Why the person p does not match w, or NULL when it does. */
static const char *
pwant_diff(const struct xperson *p, const struct pwant *w)
{
	if (!p)
		return "not found";
	if (w->title && (*w->title ? !p->title || strncmp(p->title, w->title, strlen(w->title)) :
	    p->title != NULL))
		return "title";
	if (w->gender != ANY && p->gender != w->gender)
		return "gender";
	if ((p->roles & w->roles) != w->roles)
		return "roles";
	if (w->nat && strcmp(p->nationality, w->nat) != 0)
		return "nationality";
	if (w->korean != ANY && !p->korean_order != !w->korean)
		return "korean_order";
	return NULL;
}

static int
name_ok(const struct name_case *c, int verbose)
{
	struct xdoc d;
	size_t i, n, k;
	int ok = 1;

	doc_open(&d, c->text, c->byline);
	for (n = 0; n < 4 && c->p[n].name; n++) {
		const char *why = pwant_diff(find_person(&d, c->p[n].name), &c->p[n]);

		if (why) {
			if (verbose)
				print_message("text: %s\n  %s: %s\n", c->text, c->p[n].name, why);
			ok = 0;
		}
	}
	if (c->exact && d.nperson != n) {
		if (verbose)
			print_message("text: %s\n  want %zu persons, got %zu\n", c->text, n, d.nperson);
		ok = 0;
	}
	for (i = 0; i < 3 && c->orgs[i]; i++) {
		for (k = 0; k < d.norg; k++)
			if (strcmp(d.orgs[k].name, c->orgs[i]) == 0)
				break;
		if (k == d.norg) {
			if (verbose)
				print_message("text: %s\n  organization <%s> not found\n", c->text, c->orgs[i]);
			ok = 0;
		}
	}
	if (!ok && verbose)
		dump(&d);
	extract_doc_free(&d);
	return ok;
}

EXTRACT_TEST_TABLE(test_name_table, test_name_known_bugs, name_cases, name_ok)

/* "X, the wife of Y": a family_of relation from X to Y. */
static void
test_family_relation(void **state)
{
	struct xdoc d;
	const struct xperson *a, *b;

	(void)state;
	doc_open(&d, "Pak Ji Hye, the wife of Ri Dong-hyun, said she was worried.", NULL);
	a = find_person(&d, "Pak Ji Hye");
	b = find_person(&d, "Ri Dong-hyun");
	assert_non_null(a);
	assert_non_null(b);
	assert_int_equal(d.nrel, 1);
	assert_string_equal(d.rels[0].pred, "family_of");
	assert_ptr_equal(&d.persons[d.rels[0].subj], a);
	assert_ptr_equal(&d.persons[d.rels[0].obj], b);
	extract_doc_free(&d);
}

/* Mentions: the full name once, the single word after it, both of the
 * one person; the longer form of a name becomes the name, the shorter an
 * alias. */
static void
test_mentions(void **state)
{
	static const char *text = "Choe Song Il was held. Choe said the guards beat him.";
	struct xdoc d;
	size_t i, n = 0;

	(void)state;
	doc_open(&d, text, NULL);
	assert_int_equal(d.nperson, 1);
	for (i = 0; i < d.nent; i++) {
		const struct xent *e = &d.ents[i];

		if (e->kind != ENT_PERSON)
			continue;
		assert_int_equal(e->id, 0);
		n++;
	}
	assert_int_equal(n, 2);
	assert_int_equal(d.persons[0].nmentions, 2);
	extract_doc_free(&d);

	doc_open(&d, "Albert Fenwick spoke. Albert J. Fenwick left.", NULL);
	assert_int_equal(d.nperson, 1);
	assert_string_equal(d.persons[0].name, "Albert J. Fenwick");
	assert_int_equal(d.persons[0].naliases, 1);
	assert_string_equal(d.persons[0].aliases[0], "Albert Fenwick");
	extract_doc_free(&d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_name_table),
		cmocka_unit_test(test_family_relation),
		cmocka_unit_test(test_mentions),
		cmocka_unit_test(test_name_known_bugs),
	};

	return cmocka_run_group_tests(tests, extract_test_setup, extract_test_teardown);
}
