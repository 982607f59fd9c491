/*
 * test_extract_aliases: the statements of other names of a person
 * (stages/extract-aliases.c, run after extract_persons) on short texts.
 * Table-driven: each row is a text, the persons it must yield (name and
 * all of its aliases, in any order), and the cue and written form of the
 * statements; look-alikes ("known as a hardliner", "called Bob Doe a
 * liar", "now lives") must state nothing.  Every name and sentence here
 * is invented.
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

struct awant {
	const char *name;
	const char *aliases[4];	/* all of them; NULL ends */
};

struct alias_case {
	const char *text;
	struct awant p[4];	/* every person of the text; name NULL ends */
	const char *cue;	/* the first statement's cue, NULL: none at all */
	const char *written;	/* and the alias as the text writes it */
	const char *known_bug;
};

static const struct alias_case alias_cases[] = {
	/* the cues of alias-cues.tsv, form "name" */
	{ "Ann Roe, also known as Annie Roe, was held in May.",
	    { { "Ann Roe", { "Annie Roe" } } }, "also known as", "Annie Roe", NULL },
	{ "Ri Song-il, whose real name is Ri Song-ho, was sentenced.",
	    { { "Ri Song-il", { "Ri Song-ho" } } }, "whose real name is", "Ri Song-ho", NULL },
	{ "Ri Song-il is referred to as Ri Sung Il by the state media.",
	    { { "Ri Song-il", { "Ri Sung Il" } } }, "referred to as", "Ri Sung Il", NULL },
	{ "Ann Roe, a.k.a. Annie Roe, spoke.",
	    { { "Ann Roe", { "Annie Roe" } } }, "a.k.a.", "Annie Roe", NULL },
	{ "Kim Tae-hun (also Kim Tae-hoon) was tried.",
	    { { "Kim Tae-hun", { "Kim Tae-hoon" } } }, "also", "Kim Tae-hoon", NULL },
	{ "Carl Poe, who was better known as \"Charlie Poe\", died.",
	    { { "Carl Poe", { "Charlie Poe" } } }, "better known as", "Charlie Poe", NULL },
	/* a given name alone: a nickname, with the family name */
	{ "Kim Tae-hun, known as Danny, was detained.",
	    { { "Kim Tae-hun", { "Danny Kim" } } }, "known as", "Danny", NULL },
	/* an alias taken for a person of its own is merged, its later
	 * mentions too */
	{ "Kim Tae-hun, also known as Danny Kim, was detained. Danny Kim said little.",
	    { { "Kim Tae-hun", { "Danny Kim" } } }, "also known as", "Danny Kim", NULL },
	/* two names, where each is used */
	{ "Lee Ji-su was called Ri Ji Su in the North but Lee Jee-soo in the South.",
	    { { "Lee Ji-su", { "Ri Ji Su", "Lee Jee-soo" } } }, "called", "Ri Ji Su", NULL },
	{ "He was called Ri Ji Su in the North but Lee Ji-su in the South.",
	    { { "Ri Ji Su", { "Lee Ji-su" } } }, "called", "Lee Ji-su", NULL },
	/* form "family": the family name now or at birth */
	{ "Ann Roe (now Doe) was freed in 2002.",
	    { { "Ann Roe", { "Ann Doe" } } }, "now", "Doe", NULL },
	{ "Mary Doyle, née Quinn, was taken.",
	    { { "Mary Doyle", { "Mary Quinn" } } }, "née", "Quinn", NULL },
	/* a single word there was another person's: only that mention moves */
	{ "Tom Hale and Ann Marsh (now Hale) were taken.",
	    { { "Tom Hale", { NULL } }, { "Ann Marsh", { "Ann Hale" } } }, "now", "Hale", NULL },
	/* a name in Korean or Japanese script in brackets */
	{ "Han Ji-su (한지수) fled.", { { "Han Ji-su", { "한지수" } } },
	    "written in brackets", "한지수", NULL },
	{ "Choe Min-ho (Korean: 최민호) stayed.", { { "Choe Min-ho", { "최민호" } } },
	    "Korean", "최민호", NULL },
	{ "Aiko Tanabe (田辺愛子) was taken.", { { "Aiko Tanabe", { "田辺愛子" } } },
	    "written in brackets", "田辺愛子", NULL },

	/* look-alikes: no statement */
	{ "Kim Tae-hun, who is known as a hardliner, spoke.",
	    { { "Kim Tae-hun", { NULL } } }, NULL, NULL, NULL },
	{ "Kim Tae-hun was known as a loyal cadre.",
	    { { "Kim Tae-hun", { NULL } } }, NULL, NULL, NULL },
	{ "Kim Tae-hun called Park Min-ho a liar.",
	    { { "Kim Tae-hun", { NULL } }, { "Park Min-ho", { NULL } } }, NULL, NULL, NULL },
	{ "Kim Tae-hun, who called Park Min-ho a liar, left.",
	    { { "Kim Tae-hun", { NULL } }, { "Park Min-ho", { NULL } } }, NULL, NULL, NULL },
	{ "Ann Roe called Bob Doe in May and Carl Poe in June.",
	    { { "Ann Roe", { NULL } }, { "Bob Doe", { NULL } }, { "Carl Poe", { NULL } } },
	    NULL, NULL, NULL },
	{ "Ann Roe now lives in Osaka.", { { "Ann Roe", { NULL } } }, NULL, NULL, NULL },
	{ "Han Ji-su (Seoul) spoke.", { { "Han Ji-su", { NULL } } }, NULL, NULL, NULL },
	{ "Kim Tae-hun (right) smiled.", { { "Kim Tae-hun", { NULL } } }, NULL, NULL, NULL },
	{ "Kim Tae-hun, known as Pyongyang's envoy, left.",
	    { { "Kim Tae-hun", { NULL } } }, NULL, NULL, NULL },
	{ "Ann Roe, known as Chollima, left.", { { "Ann Roe", { NULL } } }, NULL, NULL, NULL },
	{ "Ann Roe called for the release of Bob Doe.",
	    { { "Ann Roe", { NULL } }, { "Bob Doe", { NULL } } }, NULL, NULL, NULL },
};

static int
has_alias(const struct xperson *p, const char *a)
{
	int i;

	for (i = 0; i < p->naliases; i++)
		if (strcmp(p->aliases[i], a) == 0)
			return 1;
	return 0;
}

/* Does d hold exactly the persons of c, with exactly their aliases? */
static int
persons_ok(const struct alias_case *c, const struct xdoc *d)
{
	size_t i, want = 0;
	int k, n;

	for (; want < 4 && c->p[want].name; want++) {
		for (i = 0; i < d->nperson && strcmp(d->persons[i].name, c->p[want].name); i++)
			;
		if (i == d->nperson) {
			print_message("%s: no person \"%s\"\n", c->text, c->p[want].name);
			return 0;
		}
		for (n = 0; n < 4 && c->p[want].aliases[n]; n++)
			if (!has_alias(&d->persons[i], c->p[want].aliases[n])) {
				print_message("%s: \"%s\" lacks alias \"%s\"\n", c->text,
				    c->p[want].name, c->p[want].aliases[n]);
				return 0;
			}
		if (d->persons[i].naliases != n) {
			for (k = 0; k < d->persons[i].naliases; k++)
				print_message("%s: \"%s\" has alias \"%s\"\n", c->text,
				    c->p[want].name, d->persons[i].aliases[k]);
			return 0;
		}
	}
	if (d->nperson != want) {
		print_message("%s: %zu persons, want %zu\n", c->text, d->nperson, want);
		return 0;
	}
	return 1;
}

/* The first statement of c: its cue and written form; none if c says none. */
static int
statement_ok(const struct alias_case *c, const struct xdoc *d)
{
	size_t i, all = 0;
	const struct xalias *first = NULL;

	for (i = 0; i < d->nperson; i++) {
		all += (size_t)d->persons[i].nsaid;
		if (!first && d->persons[i].nsaid)
			first = &d->persons[i].said[0];
	}
	if (c->cue == NULL) {
		if (all)
			print_message("%s: a statement by \"%s\"\n", c->text, first->cue);
		return all == 0;
	}
	if (!first || strcmp(first->cue, c->cue) != 0 ||
	    strlen(c->written) != first->e - first->s ||
	    memcmp(d->text + first->s, c->written, first->e - first->s) != 0) {
		print_message("%s: want \"%s\" by \"%s\", got %s\n", c->text, c->written, c->cue,
		    first ? first->cue : "none");
		return 0;
	}
	return 1;
}

static int
alias_row_ok(const struct alias_case *c, int verbose)
{
	struct xdoc d;
	int ok;

	(void)verbose;
	extract_test_open(&d, c->text, NULL);
	extract_persons(&d, NULL);
	extract_aliases(&d);
	ok = persons_ok(c, &d) && statement_ok(c, &d);
	extract_doc_free(&d);
	return ok;
}

EXTRACT_TEST_TABLE(test_alias_table, test_alias_known_bugs, alias_cases, alias_row_ok)

/* Every person mention after the merge names a person that is still
 * there, and the merged alias's mention is the first person's. */
static void
test_mentions_after_merge(void **state)
{
	static const char *text = "Bob Doe spoke. Kim Tae-hun, also known as Danny Kim, was held. "
	    "Danny Kim and Bob Doe left.";
	struct xdoc d;
	size_t i, tony = 0;

	(void)state;
	extract_test_open(&d, text, NULL);
	extract_persons(&d, NULL);
	extract_aliases(&d);
	assert_int_equal(d.nperson, 2);
	for (i = 0; i < d.nent; i++) {
		const struct xent *e = &d.ents[i];

		if (e->kind != ENT_PERSON)
			continue;
		assert_true(e->id >= 0 && (size_t)e->id < d.nperson);
		if (strncmp(text + d.toks[e->t0].s, "Danny", 5) == 0) {
			assert_string_equal(d.persons[e->id].name, "Kim Tae-hun");
			tony++;
		}
	}
	assert_int_equal(tony, 2);
	extract_doc_free(&d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_alias_table),
		cmocka_unit_test(test_mentions_after_merge),
		cmocka_unit_test(test_alias_known_bugs),
	};

	return cmocka_run_group_tests(tests, extract_test_setup, extract_test_teardown);
}
