/*
 * extract-singles.c: one word alone.
 *
 * A word that is the first or last word of a full name found in the
 * document is a mention of that name's bearer: the one named last with
 * it, unless two were named side by side.  A one-word name the text
 * licenses (a kinship word, a surname cue, a title) and no full name
 * has is a person of its own, made after the runs are read.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "buf.h"
#include "extract-names.h"
#include "utf8.h"

/*
 * Who bears a word of full names, as the text goes: the person whose full
 * name was written last with it (at tokens [t0, t1)), and the one before
 * (a rival), when the two were named side by side ("Kim Min-jun and Kim
 * Eun-ji": coordinated).  Before any full mention, the first person whose
 * name has the word (a headline's "Kim").
 */
struct bearer {
	int p, rival;		/* persons, or -1 */
	size_t t0, t1;		/* the latest full mention */
	int coordinated;	/* p named in a list right after rival */
};

/* Are tokens [from, to) the rest of a list after one of its names, up to
 * the next: ", born in 1983, and", ", and", " and"?  At most eight
 * tokens, no capitalised word, no sentence mark; the last "and" or ",". */
static int
list_rest(const struct xdoc *d, size_t from, size_t to)
{
	size_t k;

	if (to <= from || to - from > 8 ||
	    !(extract_tok_is(d, to - 1, "and") || extract_tok_is(d, to - 1, ",")))
		return 0;
	for (k = from; k < to; k++)
		if ((d->toks[k].flags & TOK_CAP) || extract_tok_is(d, k, ".") ||
		    extract_tok_is(d, k, ";") || extract_tok_is(d, k, ":"))
			return 0;
	return 1;
}

/*
 * Note the one-word name at t (its run [a, b)) when the text licenses it
 * (single_licence); a word listed after one with a plural cue ("two
 * daughters, Ann and Mia", "their surnames Roe and Doe") shares it.  A
 * given name before "and" and a full name ("Ken and Mia Sato") is noted
 * too: it shares the family name (LIC_SHARED, made by make_singles).
 */
void
extract_note_single(struct xdoc *d, struct pctx *c, size_t a, size_t t, const struct lex_entry *title,
    size_t s0, size_t s1)
{
	const struct lex_entry *e;
	const struct single *prev = c->nsg ? &c->sg[c->nsg - 1] : NULL;
	int plural, lic = extract_single_licence(d, c, t, title, s0, s1, &e, &plural);

	if (lic == LIC_NONE && prev && prev->plural && d->toks[prev->t].sent == d->toks[t].sent &&
	    list_rest(d, prev->t + 1, t) && extract_single_shape(d, c, t)) {
		lic = prev->lic;
		e = prev->e;
		plural = 1;
	}
	if (lic == LIC_NONE && extract_tok_lex(d, d->lx->given, t) &&
	    !extract_tok_lex(d, d->lx->family, t) && t + 2 < s1 &&
	    extract_tok_is(d, t + 1, "and") && extract_is_namish(d, t + 2))
		lic = LIC_SHARED;
	if (lic == LIC_NONE)
		return;
	if (c->nsg == c->csg) {
		c->csg = c->csg ? c->csg * 2 : 8;
		c->sg = xrealloc(c->sg, c->csg * sizeof(*c->sg));
	}
	c->sg[c->nsg].t = t;
	c->sg[c->nsg].a = a;
	c->sg[c->nsg].lic = lic;
	c->sg[c->nsg].plural = plural;
	c->sg[c->nsg].e = e;
	c->nsg++;
}

/* The words, lowercased, of the names and aliases of the persons named
 * by more than one word: a map the caller frees with hmap_free(m, NULL). */
static struct hmap *
full_name_words(const struct xdoc *d)
{
	struct hmap *m = hmap_new();
	size_t i;
	int k;

	for (i = 0; i < d->nperson; i++)
		for (k = -1; k < d->persons[i].naliases; k++) {
			const char *s = k < 0 ? d->persons[i].name : d->persons[i].aliases[k];

			if (!strchr(s, ' '))
				continue;
			while (*s) {
				size_t n = strcspn(s, " ");
				char *w = xstrndup(s, n);

				for (char *z = w; *z; z++)
					*z = (*z >= 'A' && *z <= 'Z') ? *z + 32 : *z;
				hmap_put(m, w, (void *)1);
				free(w);
				s += n;
				s += strspn(s, " ");
			}
		}
	return m;
}

/* A new person named name (taken), registered under key (borrowed). */
int
extract_add_named_person(struct xdoc *d, struct pctx *c, char *name, const char *key)
{
	struct xperson *p;

	if (d->nperson == d->cperson) {
		d->cperson = d->cperson ? d->cperson * 2 : 16;
		d->persons = xrealloc(d->persons, d->cperson * sizeof(*d->persons));
	}
	p = &d->persons[d->nperson];
	memset(p, 0, sizeof(*p));
	p->name = name;
	p->bl_s = p->bl_e = -1;
	hmap_put(c->bykey, key, (void *)(intptr_t)(d->nperson + 1));
	return (int)d->nperson++;
}

/*
 * "Ken and Mia Sato": the given name at t shares the family name of the
 * full name right after "and" (a given name and a family name), and is
 * a person "Ken Sato", written "Ken" (an alias).  -1 when no such name
 * follows.  The first ne ents of d are those of the runs, in text order.
 */
static int
shared_family(struct xdoc *d, struct pctx *c, size_t t, size_t ne)
{
	size_t i, lo = 0, hi = ne;

	/* the first ne ents are the runs', in text order */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (d->ents[mid].t0 < t + 2)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = lo; i < ne && d->ents[i].t0 == t + 2; i++) {
		const struct xent *en = &d->ents[i];
		const struct xperson *q;
		struct buf nm = BUF_INIT;
		char *key, *alias;
		size_t f = en->t1 - 1;
		intptr_t v;
		int pi;

		if (en->kind != ENT_PERSON || en->t0 != t + 2)
			continue;
		q = &d->persons[en->id];
		if (q->korean_order || en->t1 - en->t0 != 2 || !extract_tok_lex(d, d->lx->given, en->t0) ||
		    !(d->toks[f].flags & TOK_WORD) || (d->toks[f].flags & TOK_INITIAL))
			return -1;
		buf_add(&nm, d->text + d->toks[t].s, d->toks[t].e - d->toks[t].s);
		buf_addc(&nm, ' ');
		buf_add(&nm, d->text + d->toks[f].s, d->toks[f].e - d->toks[f].s);
		key = xstrdup(nm.data);
		for (char *z = key; *z; z++)
			*z = (*z >= 'A' && *z <= 'Z') ? *z + 32 : *z;
		if ((v = (intptr_t)hmap_get(c->bykey, key))) {
			free(key);
			buf_release(&nm);
			return (int)v - 1;
		}
		alias = extract_name_text(d, t, t + 1);
		pi = extract_add_named_person(d, c, buf_detach(&nm, NULL), key);
		free(key);
		d->persons[pi].aliases[d->persons[pi].naliases++] = alias;
		return pi;
	}
	return -1;
}

/*
 * The one-word names noted by note_single, made persons now that every
 * full name of the document is known: a word of a full name is a mention
 * of its bearer (link_single_words), not a person of its own, unless a
 * surname cue says it is one ("his father, identified only by his
 * surname Roe").
 */
void
extract_make_singles(struct xdoc *d, struct pctx *c, unsigned char *inname)
{
	const struct xlex *lx = d->lx;
	struct hmap *words;
	size_t i, ne = d->nent;

	if (c->nsg == 0)
		return;
	words = full_name_words(d);
	for (i = 0; i < c->nsg; i++) {
		const struct single *g = &c->sg[i];
		size_t t = g->t, s0 = d->sents[d->toks[t].sent].t0;
		char *key = extract_name_key(d, t, t + 1, 0);
		struct xperson *p;
		int pi, full = hmap_get(words, key) != NULL;

		free(key);
		if (g->lic == LIC_SHARED)
			pi = shared_family(d, c, t, ne);
		else if (g->lic == LIC_SURNAME || !full)
			pi = extract_find_or_add_person(d, c, t, t + 1, 0);
		else
			pi = -1;
		if (pi < 0)
			continue;
		p = &d->persons[pi];
		p->nmentions++;
		if (g->lic == LIC_KIN) {
			p->roles |= ROLE_FAMILY;
			if (!p->gender && *lex_get(lx->kinship, g->e, "gender"))
				p->gender = lex_get(lx->kinship, g->e, "gender")[0];
		} else if (g->lic == LIC_TITLE) {
			p->roles |= extract_role_bit(lex_get(lx->titles, g->e, "role"));
			if (!p->gender && *lex_get(lx->titles, g->e, "gender"))
				p->gender = lex_get(lx->titles, g->e, "gender")[0];
			if (!p->title)
				p->title = xstrdup(lex_get(lx->titles, g->e, "title"));
		}
		extract_look_before(d, g->a, s0, p);
		inname[t] = 1;
		extract_add_ent(d, ENT_PERSON, t, t + 1, pi);
	}
	hmap_free(words, NULL);
}

/* Are tokens [a, b) only the commas and "and", "or" of a list? */
static int
list_glue(const struct xdoc *d, size_t a, size_t b)
{
	size_t t;

	if (b < a || b - a > 2 || b == a)
		return 0;
	for (t = a; t < b; t++)
		if (!extract_tok_is(d, t, ",") && !extract_tok_is(d, t, "and") &&
		    !extract_tok_is(d, t, "or"))
			return 0;
	return 1;
}

static void
bearer_saw(const struct xdoc *d, struct hmap *bearers, const char *w, int p, size_t t0, size_t t1)
{
	struct bearer *b = hmap_get(bearers, w);

	if (b == NULL) {
		b = xmalloc(sizeof *b);
		b->p = b->rival = -1;
		b->t0 = b->t1 = 0;
		b->coordinated = 0;
		hmap_put(bearers, w, b);
	}
	if (b->p >= 0 && b->p != p) {
		b->rival = b->p;
		b->coordinated = b->t1 > 0 && list_glue(d, b->t1, t0);
	} else
		b->coordinated = 0;
	b->p = p;
	b->t0 = t0;
	b->t1 = t1;
}

/* The gender a title right before token t gives ("Mr. Kim"), or 0. */
static int
title_gender(const struct xdoc *d, size_t t)
{
	const struct lex_entry *e;
	size_t k = t, n;

	if (k > 0 && extract_tok_is(d, k - 1, "."))
		k--;
	if (k == 0 || d->toks[k - 1].sent != d->toks[t].sent)
		return 0;
	e = extract_match(d, d->lx->titles, k - 1, 1, &n);
	return e ? lex_get(d->lx->titles, e, "gender")[0] : 0;
}

/*
 * The person a single word at token t names, or -1: the latest bearer,
 * unless it was named in a list with a rival ("Kim Min-jun and Kim
 * Eun-ji were held. Kim said": nobody), when a title's gender ("Mr.
 * Kim") may still tell which.
 */
static int
bearer_of(const struct xdoc *d, const struct bearer *b, size_t t)
{
	int g = title_gender(d, t), pg, rg;

	if (b->p < 0)
		return -1;
	if (!b->coordinated)
		return g && d->persons[b->p].gender && d->persons[b->p].gender != g ? -1 : b->p;
	pg = d->persons[b->p].gender;
	rg = d->persons[b->rival].gender;
	if (g && pg == g && rg && rg != g)
		return b->p;
	if (g && rg == g && pg && pg != g)
		return b->rival;
	return -1;
}

static int
ent_by_start(const void *x, const void *y)
{
	const struct xent *a = x, *b = y;

	if (a->t0 != b->t0)
		return a->t0 < b->t0 ? -1 : 1;
	return a->t1 < b->t1 ? -1 : a->t1 > b->t1;
}

/*
 * Single words (Jung, Mr. Kim) that are a word of a full name found in
 * the document: mentions of the person who bears it (bearer_of), every
 * word of a full name ("Ho" of "Daniel Ho Min-jae" too), not a word
 * followed by another capitalised one (a name of its own).
 */
void
extract_link_single_words(struct xdoc *d, const unsigned char *inname)
{
	struct hmap *bearers = hmap_new();
	size_t i, t, k = 0, ne = d->nent;
	struct bearer *b;
	int p;

	for (i = 0; i < d->nperson; i++) {
		const char *nm = d->persons[i].name, *w = nm;

		if (!strchr(nm, ' '))
			continue;
		while (*w) {
			size_t wl = strcspn(w, " ");
			char *key = xstrndup(w, wl);

			for (char *q = key; *q; q++)
				*q = (*q >= 'A' && *q <= 'Z') ? *q + 32 : *q;
			if (wl > 2 && !hmap_get(bearers, key))
				bearer_saw(d, bearers, key, (int)i, 0, 0);
			free(key);
			w += wl;
			while (*w == ' ')
				w++;
		}
	}
	/* a one-word person (make_singles) bears its word, when no full
	 * name has it */
	for (i = 0; i < d->nperson; i++) {
		char *key;

		if (strchr(d->persons[i].name, ' '))
			continue;
		key = xstrdup(d->persons[i].name);
		for (char *q = key; *q; q++)
			*q = (*q >= 'A' && *q <= 'Z') ? *q + 32 : *q;
		if (!hmap_get(bearers, key))
			bearer_saw(d, bearers, key, (int)i, 0, 0);
		free(key);
	}
	/* in text order: the runs were scanned in order, the one-word
	 * names made after them */
	if (ne > 1)
		qsort(d->ents, ne, sizeof(*d->ents), ent_by_start);
	for (t = 0; t < d->ntok; t++) {
		while (k < ne && d->ents[k].t1 <= t)
			k++;
		if (k < ne && d->ents[k].kind == ENT_PERSON && d->ents[k].t0 == t) {
			/* a full mention: the latest bearer of its words */
			const struct xent *en = &d->ents[k];
			size_t w;

			/* a one-word person's mention bears no word of a
			 * full name ("his father, surnamed Roe": Roe is
			 * still Ann Roe) */
			if (!strchr(d->persons[en->id].name, ' '))
				continue;

			for (w = en->t0; w < en->t1; w++) {
				char *key;

				if (!(d->toks[w].flags & TOK_WORD) || (d->toks[w].flags & TOK_INITIAL))
					continue;
				key = extract_name_key(d, w, w + 1, 0);
				bearer_saw(d, bearers, key, en->id, en->t0, en->t1);
				free(key);
			}
			continue;
		}
		if (inname[t] || !extract_is_namish(d, t) || extract_is_stop(d, t))
			continue;
		if (t + 1 < d->ntok && extract_is_namish(d, t + 1) && d->toks[t + 1].sent == d->toks[t].sent &&
		    !(d->toks[t + 1].flags & TOK_NL) && !extract_is_stop(d, t + 1))
			continue;
		{
			char *w = extract_name_key(d, t, t + 1, 0);

			b = hmap_get(bearers, w);
			free(w);
		}
		if (b && (p = bearer_of(d, b, t)) >= 0) {
			extract_add_ent(d, ENT_PERSON, t, t + 1, p);
			d->persons[p].nmentions++;
		}
	}
	hmap_free(bearers, free);
}
