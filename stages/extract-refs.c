/*
 * extract-refs.c: a person named again by what they are.
 *
 * "The pastor", "the missionary", "the American": "the" and a title of
 * titles.tsv or a nationality word of demonyms.tsv, in lowercase (or
 * "The" opening a sentence), the title also after at most two words that
 * describe ("the late fisheries official"), not before a name ("the pastor Ann Roe" is a
 * title, extract-names.c's).  It is a mention of the one person named
 * before it with that title (its last word: "pastor" for "Pastor",
 * "Senior Pastor") or that nationality; with two such persons named
 * before, it is nobody's.  Runs after extract_persons, before the
 * pronouns, so that "he" after "the pastor" is the pastor.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "buf.h"
#include "extract.h"

/* Does title (a person's) end in the word w[0..n), any case? */
static int
title_ends(const char *title, const char *w, size_t n)
{
	size_t l;

	if (title == NULL)
		return 0;
	l = strlen(title);
	return l >= n && strncasecmp(title + l - n, w, n) == 0 &&
	    (l == n || title[l - n - 1] == ' ');
}

/*
 * The one person before token t (first named before it, in first[]) who
 * fits the word at token w: its title ends in it, or the word is a
 * nationality word of the person's country.  -1 if none or several.
 */
static int
the_one(const struct xdoc *d, const size_t *first, size_t t, size_t w)
{
	const struct xtok *k = &d->toks[w];
	const struct lex_entry *dem = extract_tok_lex(d, d->lx->demonyms, w);
	const char *cc = dem ? lex_get(d->lx->demonyms, dem, "country") : NULL;
	int found = -1;
	size_t i;

	if (dem && strcmp(lex_get(d->lx->demonyms, dem, "number"), "pl") == 0)
		return -1;	/* "the Americans": a group */
	for (i = 0; i < d->nperson; i++) {
		const struct xperson *p = &d->persons[i];

		if (first[i] >= t)
			continue;
		if (!title_ends(p->title, d->text + k->s, k->e - k->s) &&
		    !(cc && *cc && strcmp(p->nationality, cc) == 0))
			continue;
		if (found >= 0)
			return -1;
		found = (int)i;
	}
	return found;
}

/*
 * "the late fisheries official", "the detained aid worker": the words
 * (at most two, lowercase, no act nor cue, no preposition) before a
 * title word at t + n that describe the person the title names again.
 * Returns n, or 0 when the word at t is the title or no title follows.
 */
static size_t
modifiers(const struct xdoc *d, size_t t)
{
	size_t n;

	for (n = 0; n < 2 && t + n + 1 < d->ntok; n++) {
		const struct xtok *k = &d->toks[t + n];

		if (extract_tok_lex(d, d->lx->titles, t + n))
			break;
		if (!(k->flags & TOK_WORD) || (k->flags & (TOK_CAP | TOK_NUM)) ||
		    d->toks[t + n + 1].sent != k->sent || extract_tok_lex(d, d->lx->cues, t + n) ||
		    extract_evword(d, t + n, "prep") || extract_evword(d, t + n, "determiner") ||
		    extract_tok_is(d, t + n, "of") || extract_tok_is(d, t + n, "and"))
			return 0;
	}
	return n < 2 || extract_tok_lex(d, d->lx->titles, t + n) ? n : 0;
}

void
extract_refs(struct xdoc *d)
{
	size_t *first, i, t, nent = d->nent;
	int p;

	if (d->nperson == 0)
		return;
	first = xmalloc(d->nperson * sizeof *first);
	for (i = 0; i < d->nperson; i++)
		first[i] = (size_t)-1;
	for (i = 0; i < nent; i++)
		if (d->ents[i].kind == ENT_PERSON && d->ents[i].t0 < first[d->ents[i].id])
			first[d->ents[i].id] = d->ents[i].t0;
	for (t = 0; t + 1 < d->ntok; t++) {
		size_t h;
		const struct xtok *k;

		/* "the" first: the modifiers' lookups cost much more, and
		 * most tokens are not "the" */
		if (!extract_tok_is(d, t, "the"))
			continue;
		h = t + 1 + modifiers(d, t + 1);	/* the head: "official" */
		k = &d->toks[h];
		if (h >= d->ntok || d->toks[t].sent != k->sent ||
		    !(k->flags & TOK_WORD) || ((k->flags & TOK_CAP) &&
		    !extract_tok_lex(d, d->lx->demonyms, h)) ||
		    (!extract_tok_lex(d, d->lx->titles, h) &&
		    !extract_tok_lex(d, d->lx->demonyms, h)) ||
		    (h > t + 1 && !extract_tok_lex(d, d->lx->titles, h)))
			continue;
		/* before a name or another capitalised word: a title, or "the
		 * American embassy" */
		if (h + 1 < d->ntok && d->toks[h + 1].sent == k->sent &&
		    ((d->toks[h + 1].flags & TOK_CAP) || (extract_tok_lex(d, d->lx->demonyms, h) &&
		    (d->toks[h + 1].flags & TOK_WORD) && !extract_tok_lex(d, d->lx->cues, h + 1) &&
		    !extract_tok_is(d, h + 1, "was") && !extract_tok_is(d, h + 1, "is") &&
		    !extract_tok_is(d, h + 1, "had") && !extract_tok_is(d, h + 1, "has"))))
			continue;
		if ((p = the_one(d, first, t, h)) < 0)
			continue;
		extract_add_ent(d, ENT_PERSON, t, h + 1, p);
		d->persons[p].nmentions++;
	}
	free(first);
}
