/*
 * extract-counts.c: counts and the words around them.
 *
 * A count is digits ("1,180") or number words ("nine", "twenty-one",
 * "two dozen"), with a quantifier before it ("about", "more than"); a
 * range ("20 to 30") or a vague count ("hundreds of", "dozens") is one
 * too.  Not a count: a year, an age, a sum, a part of a larger number
 * ("20 million residents").  The head noun of a counted group is found
 * past the words that may stand between (nationalities, adjectives).
 * extract-groups.c makes groups of these; extract-pronouns.c reads
 * plurals.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "buf.h"
#include "extract.h"

static const char *quantifiers[] = { "about", "around", "some", "nearly",
	"almost", "approximately", "roughly", "over", "only", "least", "than",
	"many", "another", "all", NULL };

static long count_word_at(const struct xdoc *d, size_t t, size_t *n);

int
extract_is_quant(const struct xdoc *d, size_t t)
{
	size_t i;

	for (i = 0; quantifiers[i]; i++)
		if (extract_tok_is(d, t, quantifiers[i]))
			return 1;
	return 0;
}

/* The count at token t: digits (1,180) or number words (nine, twenty-one,
 * a dozen), times a multiplier after them ("two dozen", "20 million",
 * "three hundred").  Returns the value and sets *n to the tokens used, or
 * 0. */
long
extract_count_at(const struct xdoc *d, size_t t, size_t *n)
{
	static const struct { const char *w; long times; } mult[] = {
		{ "dozen", 12 }, { "hundred", 100 }, { "thousand", 1000 },
		{ "million", 1000000 }, { "billion", 1000000000 },
	};
	long v = count_word_at(d, t, n);
	size_t i;

	if (v <= 0 || t + *n >= d->ntok)
		return v;
	for (i = 0; i < sizeof(mult) / sizeof(mult[0]); i++)
		if (extract_tok_is(d, t + *n, mult[i].w) && v < 1000) {
			(*n)++;
			return v * mult[i].times;
		}
	return v;
}

static long
count_word_at(const struct xdoc *d, size_t t, size_t *n)
{
	const struct xtok *k = &d->toks[t];
	const struct lex_entry *e;
	long v = 0;

	*n = 0;
	if (!(k->flags & TOK_WORD))
		return 0;
	if (k->flags & TOK_NUM) {
		/* "an 83-man crew", "its 12-member crew": the size of what
		 * the noun after it names */
		static const char *const sized[] = { "-man", "-member", "-strong", "-person" };
		size_t i, j, end = k->e;

		for (j = 0; j < sizeof(sized) / sizeof(sized[0]); j++)
			if (k->e - k->s > strlen(sized[j]) && !strncasecmp(d->text + k->e - strlen(sized[j]),
			    sized[j], strlen(sized[j])))
				end = k->e - strlen(sized[j]);
		for (i = k->s; i < end; i++) {
			if (d->text[i] == ',')
				continue;
			if (d->text[i] < '0' || d->text[i] > '9' || v > 10000000)
				return 0;
			v = v * 10 + (d->text[i] - '0');
		}
		*n = 1;
		return v;
	}
	if (extract_tok_is(d, t, "a") || extract_tok_is(d, t, "an"))
		return 0;
	if ((e = extract_match(d, d->lx->numbers, t, 3, n)))
		return atol(lex_get(d->lx->numbers, e, "value"));
	/* twenty-one */
	{
		const char *dash = memchr(d->text + k->s, '-', k->e - k->s);

		if (dash) {
			const struct lex_entry *a = lex_lookupn(d->lx->numbers, d->text + k->s,
			    (size_t)(dash - d->text - k->s));
			const struct lex_entry *b = lex_lookupn(d->lx->numbers, dash + 1,
			    (size_t)(d->text + k->e - dash - 1));

			if (a && b) {
				*n = 1;
				return atol(lex_get(d->lx->numbers, a, "value")) +
				    atol(lex_get(d->lx->numbers, b, "value"));
			}
		}
	}
	return 0;
}

/* Words that may stand between a count and its head noun. */
static const char *skipwords[] = { "of", "the", "to", "in", "and", "or",
	"were", "was", "who", "that", "which", "are", "is", "had", "have", "for",
	"from", "at", "on", "by", "with", "as", "into", "their", "his", "her",
	"years", "year", "days", "months", NULL };

int
extract_is_skip(const struct xdoc *d, size_t t)
{
	size_t i;

	for (i = 0; skipwords[i]; i++)
		if (extract_tok_is(d, t, skipwords[i]))
			return 1;
	return 0;
}

/*
 * A plural compound of people the lexicon lacks at token t ("yachtsmen",
 * "militiamen", "policewomen"): a lowercase word of at least three
 * letters before a final "men" or "women", which gives the entry of that
 * last part (its role and sex), or NULL.  Read only where a count or a
 * nationality word stands before it, so a singular word that merely ends
 * in "men" ("abdomen", "regimen") cannot agree and does not come up.
 */
static const struct lex_entry *
people_compound(const struct xdoc *d, size_t t)
{
	const struct xtok *k = &d->toks[t];
	size_t n = k->e - k->s, i;
	const char *w = d->text + k->s;
	const char *last = n > 8 && !strncasecmp(w + n - 5, "women", 5) ? "women" : "men";

	if (!(k->flags & TOK_WORD) || (k->flags & (TOK_NUM | TOK_CAP)) || n < strlen(last) + 3 ||
	    strncasecmp(w + n - strlen(last), last, strlen(last)))
		return NULL;
	for (i = 0; i < n - strlen(last); i++)
		if (w[i] < 'a' || w[i] > 'z')
			return NULL;
	return lex_lookup(d->lx->groupn, last);
}

/* A head noun within four words after token t: its entry, start, length. */
const struct lex_entry *
extract_head_after(const struct xdoc *d, size_t t, size_t s1, size_t *at, size_t *n, char *nat)
{
	size_t k, m;
	const struct lex_entry *e;

	for (k = t; k < s1 && k < t + 5; k++) {
		if ((e = extract_match(d, d->lx->groupn, k, 3, n))) {
			/* "North Koreans" is a head; "North Korean defectors" is not yet */
			size_t n2;
			const struct lex_entry *e2 = NULL;

			if (k + *n < s1)
				e2 = extract_match(d, d->lx->groupn, k + *n, 3, &n2);
			if (e2 && extract_match(d, d->lx->demonyms, k, 3, &m) && m == *n) {
				k += m - 1;
				continue;
			}
			if (extract_match(d, d->lx->demonyms, k, 3, &m))
				snprintf(nat, 3, "%s", lex_get(d->lx->demonyms,
				    extract_match(d, d->lx->demonyms, k, 3, &m), "country"));
			*at = k;
			return e;
		}
		if ((e = extract_match(d, d->lx->demonyms, k, 3, &m))) {
			snprintf(nat, 3, "%s", lex_get(d->lx->demonyms, e, "country"));
			k += m - 1;
			continue;
		}
		/* "three yachtsmen", "two chairwomen": a compound whose last
		 * part is "men" or "women" is people of that part's kind */
		if ((e = people_compound(d, k)) != NULL) {
			*at = k;
			*n = 1;
			return e;
		}
		/* "three North Korean loggers": after a demonym, a plural noun
		 * the lexicon lacks is still people */
		if (nat[0] && (d->toks[k].flags & TOK_WORD) && !(d->toks[k].flags & (TOK_NUM | TOK_CAP)) &&
		    d->toks[k].e - d->toks[k].s >= 4 && d->text[d->toks[k].e - 1] == 's' &&
		    d->text[d->toks[k].e - 2] != 's' && !extract_is_skip(d, k) &&
		    !extract_is_trigger(d, k) && !extract_tok_lex(d, d->lx->cues, k) &&
		    (e = lex_lookup(d->lx->groupn, "people")) != NULL) {
			*at = k;
			*n = 1;
			return e;
		}
		/* "two detained journalists": a participle may qualify the head */
		if (extract_is_trigger(d, k) && d->text[d->toks[k].e - 1] == 'd' &&
		    k + 1 < s1 && !extract_tok_is(d, k + 1, "by") && !extract_is_skip(d, k + 1))
			continue;
		if (!(d->toks[k].flags & TOK_WORD) || (d->toks[k].flags & (TOK_NUM | TOK_CAP)) ||
		    extract_is_skip(d, k) || extract_is_trigger(d, k) ||
		    extract_tok_lex(d, d->lx->cues, k))
			return NULL;
	}
	return NULL;
}

/* "In 2015 nine defectors", "since 2009", "Camp No. 15": a year or a
 * number, not how many people; so is a number right after a noun that
 * takes one as its name ("Article 48", "labour camp 14", "Flight 17": the
 * label list of event-words.tsv), for a count comes before its noun. */
int
extract_not_a_count(const struct xdoc *d, size_t t, size_t s0, size_t s1, long count, size_t n)
{
	size_t m;

	if (t >= s0 + 2 && extract_tok_is(d, t - 1, ".") && (extract_tok_is(d, t - 2, "No") ||
	    extract_tok_is(d, t - 2, "Nos")))
		return 1;
	if (t > s0 && (d->toks[t].flags & TOK_NUM) && extract_evword(d, t - 1, "label"))
		return 1;
	if (count < 1900 || count > 2100 || d->toks[t].e - d->toks[t].s != 4)
		return 0;
	return (t > s0 && (extract_tok_is(d, t - 1, "in") || extract_tok_is(d, t - 1, "since") ||
	    extract_tok_is(d, t - 1, "by") || extract_tok_is(d, t - 1, "until") ||
	    extract_tok_is(d, t - 1, "from"))) ||
	    (t + n < s1 && extract_count_at(d, t + n, &m) > 0);
}

/* "dozens", "hundreds", "thousands", "scores", "tens of thousands", "a
 * (large) number", each before "of": how many tokens the quantity spans
 * (through "of" less one, so that "of" follows as after a count), or 0. */
size_t
extract_vague_count(const struct xdoc *d, size_t t, size_t s1)
{
	static const char *const words[] = { "dozens", "hundreds", "thousands", "scores",
	    "millions" };
	size_t i, k = t;

	/* "a number of", "a large number of": as many, unsaid */
	if (k + 3 < s1 && extract_tok_is(d, k, "a") && extract_tok_is(d, k + 1, "number") &&
	    extract_tok_is(d, k + 2, "of"))
		return 2;
	if (k + 4 < s1 && extract_tok_is(d, k, "a") && extract_tok_is(d, k + 2, "number") &&
	    extract_tok_is(d, k + 3, "of") && (d->toks[k + 1].flags & TOK_WORD) &&
	    !(d->toks[k + 1].flags & (TOK_CAP | TOK_NUM)))
		return 3;

	if (k + 2 < s1 && (extract_tok_is(d, k, "tens") || extract_tok_is(d, k, "hundreds")) &&
	    extract_tok_is(d, k + 1, "of") && extract_tok_is(d, k + 2, "thousands"))
		k += 2;
	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (extract_tok_is(d, k, words[i]) && k + 1 < s1 && extract_tok_is(d, k + 1, "of"))
			return k + 1 - t;
	return 0;
}

/*
 * "30,000 to 50,000 believers", "between 200 and 300 prisoners": a range
 * of two counts, a size not known.  The count at t spans n tokens; returns
 * the tokens through the second count (and moves *t0 back over
 * "between"), or 0.  "From 300 to 500" tells a change, not a range.
 */
size_t
extract_count_range(const struct xdoc *d, size_t *t0, size_t t, size_t n, size_t s0, size_t s1)
{
	size_t m;
	int between = *t0 > s0 && extract_tok_is(d, *t0 - 1, "between");

	if (t + n + 1 >= s1 || !(extract_tok_is(d, t + n, between ? "and" : "to") ||
	    (!between && extract_tok_is(d, t + n, "-"))) ||
	    (*t0 > s0 && extract_tok_is(d, *t0 - 1, "from")) ||
	    extract_count_at(d, t + n + 1, &m) <= 0)
		return 0;
	if (between)
		(*t0)--;
	return n + 1 + m;
}

/* A plural noun: defectors, fishermen, people, children. */
int
extract_is_plural(const struct xdoc *d, size_t t)
{
	const struct xtok *k = &d->toks[t];
	size_t n = k->e - k->s;
	const struct lex_entry *e;

	return d->text[k->e - 1] == 's' || (n >= 3 && !strncmp(d->text + k->e - 3, "men", 3)) ||
	    extract_tok_is(d, t, "people") || extract_tok_is(d, t, "children") ||
	    extract_tok_is(d, t, "crew") || ((e = extract_tok_lex(d, d->lx->demonyms, t)) &&
	    !strcmp(lex_get(d->lx->demonyms, e, "number"), "pl"));
}

/* "the crew of the USS Ardent", "the sailors of a Thai trawler": "of"
 * at k and, within five words in its sentence, a vessel (event-words.tsv,
 * vessel or vessel-prefix), the noun before being a crew's. */
int
extract_of_vessel(const struct xdoc *d, size_t k)
{
	size_t j;

	if (k >= d->ntok || !extract_tok_is(d, k, "of"))
		return 0;
	for (j = k + 1; j < d->ntok && j < k + 7 && d->toks[j].sent == d->toks[k].sent; j++) {
		if (extract_evword(d, j, "vessel") || extract_evword(d, j, "vessel-prefix"))
			return 1;
		if (!(d->toks[j].flags & TOK_WORD) && !extract_tok_is(d, j, "-"))
			return 0;
	}
	return 0;
}
