/*
 * test_extract_orgs: the names of organizations in one document
 * (stages/extract-orgs.c, after extract_persons): acronyms defined in
 * brackets become aliases, the acronym alone and "the ministry" become
 * mentions when one organization fits, an acronym after an article is
 * an organization of its own.  Table-driven; look-alikes ("(USA)" that
 * spells no initials, "the US", "the ministry" between two ministries)
 * must give nothing.  Invented sentences.
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

struct org_case {
	const char *text;
	const char *orgs[4][3];		/* every organization: name, its aliases; NULL ends */
	const char *mentions[6];	/* the texts of the first organization's mentions */
	const char *known_bug;
};

static const struct org_case org_cases[] = {
	{ "Agents of the Ministry of State Security (MSS) held Ann Roe. The MSS denied it.",
	    { { "Ministry of State Security", "MSS" } },
	    { "Ministry of State Security", "MSS", "MSS" }, NULL },
	{ "The Committee for the Abducted Families (CAF) wrote to the envoy.",
	    { { "Committee for the Abducted Families", "CAF" } },
	    { "Committee for the Abducted Families", "CAF" }, NULL },
	{ "The Council of Abducted Families (CAF) met Bob Doe.",
	    { { "Council of Abducted Families", "CAF" } },
	    { "Council of Abducted Families", "CAF" }, NULL },
	{ "The Ministry of Unification said so. The ministry gave no names.",
	    { { "Ministry of Unification" } },
	    { "Ministry of Unification", "The ministry" }, NULL },
	{ "An NIS official said Bob Doe was alive.", { { "NIS" } }, { "NIS" }, NULL },
	/* look-alikes */
	{ "The Ministry of Unification and the Ministry of Defense met. The ministry said nothing.",
	    { { "Ministry of Unification" }, { "Ministry of Defense" } },
	    { "Ministry of Unification" }, NULL },
	{ "The National Police Agency (USA) said so.", { { "National Police Agency" } },
	    { "National Police Agency" }, NULL },
	{ "Bob Doe flew to the US in May.", { { NULL } }, { NULL }, NULL },
	{ "The Ministry of Unification said the ministry of another country had asked.",
	    { { "Ministry of Unification" } }, { "Ministry of Unification" }, NULL },
};

static const struct xorg *
org_named(const struct xdoc *d, const char *name)
{
	size_t i;

	for (i = 0; i < d->norg; i++)
		if (strcmp(d->orgs[i].name, name) == 0)
			return &d->orgs[i];
	return NULL;
}

static int
orgs_ok(const struct org_case *c, const struct xdoc *d)
{
	size_t want = 0, i, n;
	const struct xorg *o;

	for (; want < 4 && c->orgs[want][0]; want++) {
		if ((o = org_named(d, c->orgs[want][0])) == NULL) {
			print_message("%s: no organization \"%s\"\n", c->text, c->orgs[want][0]);
			return 0;
		}
		for (n = 0; n < 2 && c->orgs[want][n + 1]; n++)
			if (n >= (size_t)o->naliases || strcmp(o->aliases[n], c->orgs[want][n + 1]) != 0) {
				print_message("%s: \"%s\" lacks alias \"%s\"\n", c->text, o->name,
				    c->orgs[want][n + 1]);
				return 0;
			}
		if ((size_t)o->naliases != n) {
			print_message("%s: \"%s\" has %d aliases\n", c->text, o->name, o->naliases);
			return 0;
		}
	}
	for (i = 0; i < d->norg; i++)
		print_message(d->norg != want ? "%s: found \"%s\"\n" : "", c->text, d->orgs[i].name);
	return d->norg == want;
}

static int
mentions_ok(const struct org_case *c, struct xdoc *d)
{
	size_t i, n = 0;
	const struct xorg *first = c->orgs[0][0] ? org_named(d, c->orgs[0][0]) : NULL;

	extract_index_ents(d);
	for (i = 0; i < d->nent && first; i++) {
		const struct xent *e = &d->ents[i];
		size_t s = d->toks[e->t0].s, len = d->toks[e->t1 - 1].e - s;

		if (e->kind != ENT_ORG || &d->orgs[e->id] != first)
			continue;
		if (n >= 6 || !c->mentions[n] || strlen(c->mentions[n]) != len ||
		    memcmp(d->text + s, c->mentions[n], len) != 0) {
			print_message("%s: mention %zu is \"%.*s\"\n", c->text, n, (int)len, d->text + s);
			return 0;
		}
		n++;
	}
	if (n < 6 && c->mentions[n]) {
		print_message("%s: no mention \"%s\"\n", c->text, c->mentions[n]);
		return 0;
	}
	return 1;
}

static int
org_row_ok(const struct org_case *c, int verbose)
{
	struct xdoc d;
	int ok;

	(void)verbose;
	extract_test_open(&d, c->text, NULL);
	extract_persons(&d, NULL);
	extract_aliases(&d);
	extract_org_names(&d);
	ok = orgs_ok(c, &d) && mentions_ok(c, &d);
	extract_doc_free(&d);
	return ok;
}

EXTRACT_TEST_TABLE(test_org_table, test_org_known_bugs, org_cases, org_row_ok)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_org_table),
		cmocka_unit_test(test_org_known_bugs),
	};

	return cmocka_run_group_tests(tests, extract_test_setup, extract_test_teardown);
}
