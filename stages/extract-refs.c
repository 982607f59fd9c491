/*
 * extract-refs.c: a person named again by what they are.
 *
 * "The pastor", "the missionary", "the American": "the" and a title of
 * titles.tsv or a nationality word of demonyms.tsv, in lowercase (or
 * "The" opening a sentence), not before a name ("the pastor Ann Roe" is a
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
		const struct xtok *k = &d->toks[t + 1];

		if (!extract_tok_is(d, t, "the") || d->toks[t].sent != k->sent ||
		    !(k->flags & TOK_WORD) || ((k->flags & TOK_CAP) &&
		    !extract_tok_lex(d, d->lx->demonyms, t + 1)) ||
		    (!extract_tok_lex(d, d->lx->titles, t + 1) &&
		    !extract_tok_lex(d, d->lx->demonyms, t + 1)))
			continue;
		/* before a name or another capitalised word: a title, or "the
		 * American embassy" */
		if (t + 2 < d->ntok && d->toks[t + 2].sent == k->sent &&
		    ((d->toks[t + 2].flags & TOK_CAP) || (extract_tok_lex(d, d->lx->demonyms, t + 1) &&
		    (d->toks[t + 2].flags & TOK_WORD) && !extract_tok_lex(d, d->lx->cues, t + 2) &&
		    !extract_tok_is(d, t + 2, "was") && !extract_tok_is(d, t + 2, "is") &&
		    !extract_tok_is(d, t + 2, "had") && !extract_tok_is(d, t + 2, "has"))))
			continue;
		if ((p = the_one(d, first, t, t + 1)) < 0)
			continue;
		extract_add_ent(d, ENT_PERSON, t, t + 2, p);
		d->persons[p].nmentions++;
	}
	free(first);
}
