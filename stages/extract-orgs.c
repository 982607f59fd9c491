/*
 * extract-orgs.c: the other names of an organization in its document.
 *
 * Runs after extract_persons, which found the organizations by their
 * words (org-words.tsv: "Ministry of State Security").  Then:
 *   - capitals in brackets right after an organization's name, which
 *     its capitalised words' initials spell ("Ministry of State
 *     Security (MSS)", "Association for the Defence of Northern
 *     Captives (DNC)"), are its acronym: an alias;
 *   - the acronym written alone later ("The MSS denied it") is a
 *     mention of the organization; an acronym after an article that
 *     no definition gave ("the MSS", "an NIS official") is an
 *     organization of its own, which resolve joins to the one another
 *     document defines it for;
 *   - "the ministry", "the agency" (the word of org-words.tsv in
 *     lowercase after "the") is a mention of the organization named
 *     before it with that word, when there is exactly one: with two
 *     ministries named, "the ministry" stays nobody's.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "buf.h"
#include "extract.h"
#include "hmap.h"

/*
 * Whether the letters of acronym a[0..n) are initials of the capitalised
 * words of name, in order (each word's initial used at most once, some
 * skipped: DNC in Association for the Defence of Northern Captives), the first
 * letter the initial of one of its first two words.
 */
static int
acronym_of(const char *name, const char *a, size_t n)
{
	const char *w = name;
	size_t i = 0, word = 0;

	if (n < 2)
		return 0;
	while (*w && i < n) {
		while (*w == ' ')
			w++;
		if (*w >= 'A' && *w <= 'Z') {
			if (*w == a[i]) {
				if (i == 0 && word > 1)
					return 0;
				i++;
			}
			word++;
		}
		w += strcspn(w, " ");
	}
	return i == n;
}

static void
add_org_alias(struct xorg *o, const char *s, size_t n)
{
	int i;

	for (i = 0; i < o->naliases; i++)
		if (strlen(o->aliases[i]) == n && strncmp(o->aliases[i], s, n) == 0)
			return;
	if (o->naliases < (int)(sizeof o->aliases / sizeof o->aliases[0]))
		o->aliases[o->naliases++] = xstrndup(s, n);
}

/* Does an entity's mention cover token t? */
static unsigned char *
covered_tokens(const struct xdoc *d)
{
	unsigned char *cov = xcalloc(d->ntok + 1, 1);
	size_t i, t;

	for (i = 0; i < d->nent; i++)
		for (t = d->ents[i].t0; t < d->ents[i].t1 && t < d->ntok; t++)
			cov[t] = 1;
	return cov;
}

/* "(MSS)" after each organization's name: its acronym, and a mention. */
static void
defined_acronyms(struct xdoc *d, unsigned char *cov)
{
	size_t i, nent = d->nent, t;

	for (i = 0; i < nent; i++) {
		const struct xent *e = &d->ents[i];
		const struct xtok *k;
		struct xorg *o;

		if (e->kind != ENT_ORG || e->t1 + 2 >= d->ntok)
			continue;
		t = e->t1 + 1;
		k = &d->toks[t];
		o = &d->orgs[e->id];
		if (!extract_tok_is(d, e->t1, "(") || !extract_tok_is(d, t + 1, ")") ||
		    !(k->flags & TOK_UPPER) || !acronym_of(o->name, d->text + k->s, k->e - k->s))
			continue;
		add_org_alias(o, d->text + k->s, k->e - k->s);
		extract_add_ent(d, ENT_ORG, t, t + 1, e->id);
		cov[t] = 1;
	}
}

/*
 * Is token t an acronym of an organization no definition gave: capitals
 * (two to six, no dots) after "the", "a" or "an" ("the MSS", "an NIS
 * official"), that no lexicon knows as a country, place, nationality,
 * title or common word ("the US", "the DPRK")?
 */
static int
bare_acronym(const struct xdoc *d, size_t t)
{
	const struct xlex *lx = d->lx;
	const struct xtok *k = &d->toks[t];
	size_t i;

	if (!(k->flags & TOK_UPPER) || k->e - k->s < 2 || k->e - k->s > 6 || t == 0 ||
	    d->toks[t - 1].sent != k->sent ||
	    !(extract_tok_is(d, t - 1, "the") || extract_tok_is(d, t - 1, "a") ||
	    extract_tok_is(d, t - 1, "an")))
		return 0;
	for (i = k->s; i < k->e; i++)
		if (d->text[i] < 'A' || d->text[i] > 'Z')
			return 0;
	return !extract_tok_lex(d, lx->countries, t) && !extract_tok_lex(d, lx->places, t) &&
	    !extract_tok_lex(d, lx->demonyms, t) && !extract_tok_lex(d, lx->titles, t) &&
	    !extract_tok_lex(d, lx->stop, t) && !extract_tok_lex(d, lx->orgw, t);
}

/* Acronyms written alone: mentions of the organization they stand for,
 * or, after an article, an organization of their own (resolve joins it
 * to the one another document defines it for). */
static void
acronym_mentions(struct xdoc *d, unsigned char *cov)
{
	struct hmap *by = hmap_new();
	struct buf key = BUF_INIT;
	size_t i, t;
	int a;
	intptr_t v;

	for (i = 0; i < d->norg; i++)
		for (a = 0; a < d->orgs[i].naliases; a++)
			if (!hmap_get(by, d->orgs[i].aliases[a]))
				hmap_put(by, d->orgs[i].aliases[a], (void *)(intptr_t)(i + 1));
	for (t = 0; t < d->ntok; t++) {
		const struct xtok *k = &d->toks[t];

		if (cov[t] || !(k->flags & TOK_UPPER))
			continue;
		buf_reset(&key);
		buf_add(&key, d->text + k->s, k->e - k->s);
		if ((v = (intptr_t)hmap_get(by, key.data)) != 0) {
			extract_add_ent(d, ENT_ORG, t, t + 1, (int)v - 1);
			cov[t] = 1;
		} else if (bare_acronym(d, t)) {
			extract_add_org(d, t, t + 1, "other");
			hmap_put(by, key.data, (void *)(intptr_t)d->norg);
			cov[t] = 1;
		}
	}
	buf_release(&key);
	hmap_free(by, NULL);
}

/* Does the name of organization o hold the word w[0..n) (any case)? */
static int
org_has_word(const struct xorg *o, const char *w, size_t n)
{
	const char *p = o->name;

	while (*p) {
		size_t l = strcspn(p, " ");

		if (l == n && strncasecmp(p, w, n) == 0)
			return 1;
		p += l;
		while (*p == ' ')
			p++;
	}
	return 0;
}

/*
 * "the ministry": a mention of the one organization named before it
 * whose name holds the word.  Organizations are numbered in the order
 * they are first named, so those before token t are those whose first
 * mention starts before it.
 */
static void
definite_mentions(struct xdoc *d, unsigned char *cov)
{
	size_t t, i, nent = d->nent;
	size_t *first = xmalloc((d->norg + 1) * sizeof *first);

	for (i = 0; i < d->norg; i++)
		first[i] = (size_t)-1;
	for (i = 0; i < nent; i++)
		if (d->ents[i].kind == ENT_ORG && d->ents[i].t0 < first[d->ents[i].id])
			first[d->ents[i].id] = d->ents[i].t0;
	for (t = 0; t + 1 < d->ntok; t++) {
		const struct xtok *k = &d->toks[t + 1];
		const struct lex_entry *e;
		int found = -1, many = 0;

		if (cov[t + 1] || !extract_tok_is(d, t, "the") || (k->flags & TOK_CAP) ||
		    d->toks[t].sent != k->sent ||
		    (e = extract_tok_lex(d, d->lx->orgw, t + 1)) == NULL ||
		    strcmp(lex_get(d->lx->orgw, e, "kind"), "place") == 0)
			continue;
		/* "the ministry's", fine; "the ministry of", a name of its own */
		if (t + 2 < d->ntok && extract_tok_is(d, t + 2, "of"))
			continue;
		for (i = 0; i < d->norg; i++)
			if (first[i] < t && org_has_word(&d->orgs[i], d->text + k->s, k->e - k->s)) {
				many += found >= 0;
				found = (int)i;
			}
		if (found >= 0 && !many) {
			extract_add_ent(d, ENT_ORG, t, t + 2, found);
			cov[t] = cov[t + 1] = 1;
		}
	}
	free(first);
}

void
extract_org_names(struct xdoc *d)
{
	unsigned char *cov;

	cov = covered_tokens(d);
	defined_acronyms(d, cov);
	acronym_mentions(d, cov);
	definite_mentions(d, cov);
	free(cov);
}
