/*
 * extract-pronouns.c: pronouns and descriptions, and the index of all
 * mentions in text order.
 *
 * "he", "she", "they", "the two men", "the defectors", "the American",
 * "the 34-year-old": a mention that stands for a person or group named
 * before it (extract-antecedents.c decides which); marked with its
 * number and gender, and whether it may be a person at all ("the
 * ministry said" is no one).  The index sorts persons, groups, places,
 * organizations and pronouns by where they start.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "buf.h"
#include "extract.h"

/*
 * After "the" at t: at most two modifiers (lowercase words, an age
 * "24-year-old", a nationality) and a singular noun of a person
 * (group-nouns.tsv: woman, fisherman; titles.tsv of no official's role:
 * engineer, missionary), or an age alone ("the 24-year-old").  Returns
 * the tokens through that noun (the noun is at t + n - 1), or 0.
 */
static size_t
definite_person(const struct xdoc *d, size_t t)
{
	size_t k, s1 = d->sents[d->toks[t].sent].t1, m;

	for (k = t; k < s1 && k < t + 6; k++) {
		const struct lex_entry *e;
		const struct xtok *w = &d->toks[k];

		/* "24-year-old": tokens 24 - year - old */
		if ((w->flags & TOK_NUM) && k + 4 < s1 && extract_tok_is(d, k + 1, "-") &&
		    extract_tok_is(d, k + 2, "year") && extract_tok_is(d, k + 4, "old")) {
			k += 4;
			if (k + 1 >= s1 || !(d->toks[k + 1].flags & TOK_WORD) ||
			    extract_is_trigger(d, k + 1) || extract_tok_lex(d, d->lx->cues, k + 1))
				return k - t + 1;	/* the age alone names the person */
			continue;
		}
		if ((e = extract_tok_lex(d, d->lx->groupn, k)) && !extract_is_plural(d, k))
			return k - t + 1;
		if ((e = extract_match(d, d->lx->titles, k, 1, &m)) && !(w->flags & TOK_CAP) &&
		    strcmp(lex_get(d->lx->titles, e, "role"), "official") && w->e - w->s > 2 &&
		    d->text[w->e - 1] != 's')
			return k - t + 1;
		if (extract_match(d, d->lx->demonyms, k, 2, &m)) {
			k += m - 1;
			continue;
		}
		if (!(w->flags & TOK_WORD) || (w->flags & (TOK_CAP | TOK_NUM)) || k >= t + 2 ||
		    extract_is_trigger(d, k))
			return 0;
	}
	return 0;
}

/*
 * After "a" at t: an age ("41-year-old"), then at most two words that
 * describe (a nationality, a faith: "Thai", "Christian", "young") and a
 * singular noun of a person of group-nouns.tsv (man, woman, fisherman).
 * An age marks one person the text tells of, not a kind.  Returns the
 * tokens through the noun (the noun is at t + n - 1), or 0.
 */
static size_t
aged_person(const struct xdoc *d, size_t t)
{
	size_t k, s1, m, a;
	const struct xtok *w = &d->toks[t];

	/* "41-year-old", one token or five */
	if (t + 1 >= d->ntok || !(w->flags & TOK_NUM))
		return 0;
	if (w->e - w->s > 9 && !strncasecmp(d->text + w->e - 9, "-year-old", 9))
		a = 1;
	else if (t + 5 < d->ntok && extract_tok_is(d, t + 1, "-") && extract_tok_is(d, t + 2, "year") &&
	    extract_tok_is(d, t + 4, "old"))
		a = 5;
	else
		return 0;
	s1 = d->sents[d->toks[t].sent].t1;
	for (k = t + a; k < s1 && k < t + a + 3; k++) {
		if (extract_tok_lex(d, d->lx->groupn, k))
			return extract_is_plural(d, k) ? 0 : k - t + 1;
		if (extract_match(d, d->lx->demonyms, k, 2, &m)) {
			k += m - 1;
			continue;
		}
		if (!(d->toks[k].flags & TOK_WORD) || (d->toks[k].flags & TOK_NUM) ||
		    extract_is_trigger(d, k) || extract_tok_lex(d, d->lx->cues, k) || extract_is_skip(d, k))
			return 0;
	}
	return 0;
}

/* An auxiliary at k ("was", "has"): a cue of kind aux or perf. */
static int
is_aux(const struct xdoc *d, size_t k)
{
	const struct lex_entry *c = extract_tok_lex(d, d->lx->cues, k);

	return c && (!strcmp(lex_get(d->lx->cues, c, "kind"), "aux") ||
	    !strcmp(lex_get(d->lx->cues, c, "kind"), "perf"));
}

/* "Ann Roe, a Danish nurse,": a person's name ends right before the
 * comma before token t (name_end, a person's index + 1 at the token that
 * ends a name), so what t opens is an apposition on it: that person's
 * index, or -1. */
static int
name_before_comma(const struct xdoc *d, const int *name_end, size_t t)
{
	return t >= 2 && extract_tok_is(d, t - 1, ",") ? name_end[t - 2] - 1 : -1;
}

/* "the Chinese port", "the Thai police": a nationality word at
 * k that qualifies the lowercase noun after it, no people of its own.
 * A verb (a trigger, a cue, a past in -ed), a preposition or a
 * conjunction after it leaves it the people ("the Chinese arrested
 * him", "the Chinese said", "the Chinese refused"). */
static int
demonym_modifier(const struct xdoc *d, size_t k)
{
	const struct xtok *w;

	if (!(d->toks[k].flags & TOK_CAP) || !extract_tok_lex(d, d->lx->demonyms, k) || k + 1 >= d->ntok)
		return 0;
	w = &d->toks[k + 1];
	if (w->sent != d->toks[k].sent || !(w->flags & TOK_WORD) || (w->flags & (TOK_CAP | TOK_NUM)))
		return 0;
	return !extract_tok_lex(d, d->lx->cues, k + 1) && !extract_is_trigger(d, k + 1) &&
	    !(w->e - w->s > 3 && !strncmp(d->text + w->e - 2, "ed", 2)) && !extract_evword(d, k + 1, "prep") &&
	    !extract_evword(d, k + 1, "object-prep") && !extract_evword(d, k + 1, "relative") &&
	    !extract_evword(d, k + 1, "adverb") && !extract_tok_is(d, k + 1, "and") &&
	    !extract_tok_is(d, k + 1, "or") && !extract_tok_is(d, k + 1, "have") &&
	    !extract_tok_is(d, k + 1, "had") && !extract_tok_is(d, k + 1, "are") &&
	    !extract_tok_is(d, k + 1, "were");
}

/* A speech verb at token k or the one after ("the group said", "the
 * group has said"). */
static int
said_after(const struct xdoc *d, size_t k)
{
	size_t j;

	for (j = k; j < d->ntok && j < k + 2; j++) {
		const struct lex_entry *c = extract_tok_lex(d, d->lx->cues, j);

		if (c && !strcmp(lex_get(d->lx->cues, c, "kind"), "speech"))
			return 1;
	}
	return 0;
}

void
extract_pronouns(struct xdoc *d)
{
	static const struct { const char *w; int plural, gender; } pr[] = {
		{ "he", 0, 'm' }, { "him", 0, 'm' }, { "she", 0, 'f' }, { "her", 0, 'f' },
		{ "they", 1, 0 }, { "them", 1, 0 },
	};
	size_t t, i, n;
	/* the tokens that end a person's name (the tokens' index of
	 * mentions is made after this pass) */
	int *name_end = xcalloc(d->ntok + 1, sizeof(*name_end));

	for (i = 0; i < d->nent; i++)
		if (d->ents[i].kind == ENT_PERSON && d->ents[i].t1 > 0)
			name_end[d->ents[i].t1 - 1] = d->ents[i].id + 1;
	for (t = 0; t < d->ntok; t++) {
		for (i = 0; i < sizeof(pr) / sizeof(pr[0]); i++)
			if (extract_tok_is(d, t, pr[i].w)) {
				size_t e = extract_add_ent(d, ENT_PRONOUN, t, t + 1, -1);

				d->ents[e].plural = pr[i].plural;
				d->ents[e].gender = pr[i].gender;
				break;
			}
		/* "an American tourist": the person the article is about;
		 * in an apposition on a name ("Ann Roe, a Danish nurse,"),
		 * that name's bearer */
		/* "a 41-year-old Thai man", "a 33-year-old Christian
		 * woman": an unnamed person, or the one named after; not
		 * one of a group ("the nine, including a 13-year-old
		 * girl": event-words.tsv aside) */
		if ((extract_tok_is(d, t, "a") || extract_tok_is(d, t, "an")) && (n = aged_person(d, t + 1)) > 0 &&
		    !(t > 0 && extract_evword(d, t - 1, "aside"))) {
			const struct lex_entry *g = extract_tok_lex(d, d->lx->groupn, t + n);
			const char *gen = g ? lex_get(d->lx->groupn, g, "gender") : "";
			size_t e = extract_add_ent(d, ENT_PRONOUN, t, t + 1 + n, -3);

			d->ents[e].cataphor = 4;
			d->ents[e].gender = !strcmp(gen, "male") ? 'm' : !strcmp(gen, "female") ? 'f' : 0;
			t += n;
			continue;
		}
		if ((extract_tok_is(d, t, "a") || extract_tok_is(d, t, "an")) && t + 1 < d->ntok) {
			size_t k = t + 1, m;
			const struct lex_entry *dm = extract_match(d, d->lx->demonyms, k, 3, &m);

			if (dm) {
				const struct lex_entry *ti;
				const char *role;
				size_t skip;

				k += m;
				/* "a U.S. college student", "an American English
				 * teacher", "a South Korean Daesan Motors worker":
				 * up to three words, an employer's name among them,
				 * may stand before the title */
				for (skip = 0; skip < 3 && k + skip < d->ntok &&
				    !extract_match(d, d->lx->titles, k + skip, 1, &m) &&
				    (d->toks[k + skip].flags & TOK_WORD) &&
				    !(d->toks[k + skip].flags & TOK_NUM); skip++)
					;
				if (k + skip < d->ntok && extract_match(d, d->lx->titles, k + skip, 1, &m))
					k += skip;
				ti = extract_match(d, d->lx->titles, k, 1, &m);
				role = ti ? lex_get(d->lx->titles, ti, "role") : "";
				/* "a North Korean woman": a person by a noun of people,
				 * who is named after (the noun's sex must agree) */
				const struct lex_entry *gn = NULL;

				if (!ti && k < d->ntok && (gn = extract_tok_lex(d, d->lx->groupn, k)) &&
				    !extract_is_plural(d, k) && (d->toks[k].flags & TOK_WORD) &&
				    !(d->toks[k].flags & TOK_CAP))
					role = "victim";
				else
					gn = NULL;
				/* "An American has been sentenced": the demonym as
				 * the noun, an auxiliary or a verb after it */
				if (!ti && !gn && k < d->ntok &&
				    (is_aux(d, k) || extract_is_trigger(d, k))) {
					role = "victim";
					k--;
				}

				/* "a South Korean activist", "a Danish pastor": who
				 * speaks for others as often as the one held, so
				 * not the article's main person but, like "a North
				 * Korean woman", the person named next */
				if (!strcmp(role, "activist"))
					gn = ti;
				/* not "a North Korean official": the article is
				 * about someone held, not whoever speaks */
				if (*role && strcmp(role, "official") && strcmp(role, "family")) {
					size_t pe = extract_add_ent(d, ENT_PRONOUN, t, k + 1, -3);
					int app = name_before_comma(d, name_end, t);

					if (app >= 0) {
						d->ents[pe].cataphor = 3;
						d->ents[pe].ref = app;
					} else if (gn == ti && ti) {
						const char *g = lex_get(d->lx->titles, ti, "gender");

						d->ents[pe].cataphor = 2;	/* else unnamed */
						d->ents[pe].gender = !strcmp(g, "male") ? 'm' :
						    !strcmp(g, "female") ? 'f' : 0;
					} else if (gn) {
						const char *g = lex_get(d->lx->groupn, gn, "gender");

						d->ents[pe].cataphor = 1;
						d->ents[pe].gender = !strcmp(g, "male") ? 'm' :
						    !strcmp(g, "female") ? 'f' : 0;
					}
					t = k;
					continue;
				}
			}
		}
		/* "his detention", "their brief arrest": the possessive names
		 * the victim of the act the noun states */
		if ((extract_tok_is(d, t, "his") || extract_tok_is(d, t, "their")) && t + 1 < d->ntok &&
		    (extract_is_trigger(d, t + 1) ||
		    (t + 2 < d->ntok && (d->toks[t + 1].flags & TOK_WORD) && extract_is_trigger(d, t + 2)))) {
			size_t e = extract_add_ent(d, ENT_PRONOUN, t, t + 1, -1);

			d->ents[e].plural = extract_tok_is(d, t, "their");
			d->ents[e].gender = d->ents[e].plural ? 0 : 'm';
			continue;
		}
		/* "his wife", "her husband": an unnamed person; not after a
		 * copula ("sold to a farmer to be his wife", "became her
		 * husband"): a predicate that says who the subject is */
		if ((extract_tok_is(d, t, "his") || extract_tok_is(d, t, "her")) && t + 1 < d->ntok &&
		    !(t > 0 && extract_evword(d, t - 1, "copula"))) {
			const struct lex_entry *k = extract_match(d, d->lx->kinship, t + 1, 2, &n);

			if (k && *lex_get(d->lx->kinship, k, "gender")) {
				size_t e = extract_add_ent(d, ENT_PRONOUN, t, t + 1 + n, -2);

				d->ents[e].gender = lex_get(d->lx->kinship, k, "gender")[0];
				t += n;
				continue;
			}
		}
		/* "the woman", "the young engineer", "the 24-year-old": a
		 * person named before or after */
		if (extract_tok_is(d, t, "the") && t + 1 < d->ntok && (n = definite_person(d, t + 1)) > 0) {
			const struct lex_entry *g = extract_tok_lex(d, d->lx->groupn, t + n);	/* the noun */
			const char *gen = g ? lex_get(d->lx->groupn, g, "gender") : "";
			size_t e = extract_add_ent(d, ENT_PRONOUN, t, t + 1 + n, -4);

			d->ents[e].gender = !strcmp(gen, "male") ? 'm' : !strcmp(gen, "female") ? 'f' : 0;
			t += n;
			continue;
		}
		/* "the group had fled": a collective noun for the latest
		 * group; not "the group of seven" (a count), nor "the group
		 * said" (an organization speaks) */
		if (extract_tok_is(d, t, "the") && t + 1 < d->ntok && extract_evword(d, t + 1, "collective-ref") &&
		    !(d->toks[t + 1].flags & TOK_CAP) && d->toks[t + 1].sent == d->toks[t].sent &&
		    !(t + 2 < d->ntok && (extract_tok_is(d, t + 2, "of") || extract_tok_is(d, t + 2, "'s") ||
		    extract_tok_is(d, t + 2, "\xe2\x80\x99s") || said_after(d, t + 2)))) {
			size_t e = extract_add_ent(d, ENT_PRONOUN, t, t + 2, -1);

			d->ents[e].plural = 1;
			t++;
			continue;
		}
		/* "the defectors", "the young North Koreans", "the men": the
		 * latest group.  Not "the two men": a count makes it the group
		 * of that count (extract_groups), never one of another count */
		if (extract_tok_is(d, t, "the") && t + 2 < d->ntok) {
			size_t a = t + 1;

			if (extract_count_at(d, a, &n) > 0)
				continue;
			if (!(d->toks[a].flags & (TOK_CAP | TOK_NUM)) && (d->toks[a].flags & TOK_WORD) &&
			    !extract_match(d, d->lx->groupn, a, 3, &n))
				a++;
			/* "the South Korean soldiers": a nationality before the noun */
			else if ((d->toks[a].flags & TOK_CAP) && !extract_match(d, d->lx->groupn, a, 3, &n) &&
			    extract_match(d, d->lx->demonyms, a, 3, &n) && a + n < d->ntok &&
			    !(d->toks[a + n].flags & TOK_CAP))
				a += n;
			if (extract_match(d, d->lx->groupn, a, 3, &n) &&
			    !(a + n < d->ntok && extract_tok_is(d, a + n, "of") &&
			    !(extract_evword(d, a + n - 1, "crew") && extract_of_vessel(d, a + n))) &&
			    extract_is_plural(d, a + n - 1) && d->toks[a].sent == d->toks[t].sent &&
			    !demonym_modifier(d, a + n - 1)) {
				size_t e = extract_add_ent(d, ENT_PRONOUN, t, a + n, -1);

				d->ents[e].plural = 1;
				t = a + n - 1;
			}
		}
	}
	free(name_end);
}

static int
ent_cmp(const void *a, const void *b)
{
	const struct xent *x = a, *y = b;

	if (x->t0 != y->t0)
		return x->t0 < y->t0 ? -1 : 1;
	if (x->t1 != y->t1)
		return x->t1 > y->t1 ? -1 : 1;
	return (int)x->kind - (int)y->kind;
}

void
extract_index_ents(struct xdoc *d)
{
	size_t i, w = 0;
	size_t cover = 0;

	if (d->nent > 1)	/* qsort must not be handed the NULL of no mentions */
		qsort(d->ents, d->nent, sizeof(*d->ents), ent_cmp);
	/* Drop a mention that starts inside an earlier one ("the 11" within a
	 * group phrase, a place inside a name). */
	for (i = 0; i < d->nent; i++) {
		if (w > 0 && d->ents[i].t0 < cover)
			continue;
		d->ents[w++] = d->ents[i];
		cover = d->ents[i].t1;
	}
	d->nent = w;
	for (i = 0; i < d->ntok; i++)
		d->toks[i].ent = -1;
	for (i = 0; i < d->nent; i++)
		d->toks[d->ents[i].t0].ent = (int)i;
	/* whether a word is a trigger may turn on the places now indexed
	 * ("walked out of North Korea to Laos"): what the passes before
	 * found no trigger is asked again */
	if (d->trig_state)
		memset(d->trig_state, 0, d->ntok + 1);
}
