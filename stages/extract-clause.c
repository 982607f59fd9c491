/*
 * extract-clause.c: the clause structure that the event rules read.
 *
 * What a word is to the rules around it: a cue of cues.tsv (negation,
 * auxiliary, speech verb, clause word), a break in the clause, a
 * preposition, a relative pronoun, a past tense that starts no event;
 * where a relative clause runs; where a sentence starts after its
 * dateline.  The victim, date and place rules (extract-events.c,
 * extract-dates.c, extract-places.c) all ask these questions, so they sit
 * here, below all three.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "extract-events.h"

const char *
extract_cue_kind(const struct xdoc *d, size_t t)
{
	const struct lex_entry *e = extract_tok_lex(d, d->lx->cues, t);

	return e ? lex_get(d->lx->cues, e, "kind") : "";
}

int
extract_punct_break(const struct xdoc *d, size_t t)
{
	return !(d->toks[t].flags & TOK_WORD) && !extract_tok_is(d, t, "-") &&
	    !extract_tok_is(d, t, "'s") && !extract_tok_is(d, t, "\xe2\x80\x99s");
}

/*
 * Where the sentence proper starts: after a dateline that opens it
 * ("SEOUL, April 2, 2019 (Agency) -- Since ..."): a dash in its first
 * words after a closing bracket, a number or an all-capital first word.
 */
size_t
extract_after_dateline(const struct xdoc *d, size_t s0, size_t s1)
{
	size_t k;

	for (k = s0 + 1; k < s1 && k < s0 + 16; k++)
		if (extract_tok_is(d, k, "-") || extract_tok_is(d, k, "\xe2\x80\x94") ||
		    extract_tok_is(d, k, "\xe2\x80\x93")) {
			if (!extract_tok_is(d, k - 1, ")") && !(d->toks[k - 1].flags & TOK_NUM) &&
			    !(d->toks[s0].flags & TOK_UPPER) && !extract_tok_is(d, k - 1, "-"))
				return s0;
			while (k + 1 < s1 && (extract_tok_is(d, k + 1, "-") ||
			    extract_tok_is(d, k + 1, "\xe2\x80\x94")))
				k++;
			return k + 1 < s1 ? k + 1 : s0;
		}
	return s0;
}

/* A preposition that starts another phrase ("from China" after "in late
 * November"): the look-back for "in" stops there. */
int
extract_is_prep(const struct xdoc *d, size_t t)
{
	return extract_evword(d, t, "prep");
}

/* "deport X, a man who slipped into the country in May": a date
 * after a relative pronoun that follows the trigger is the clause's. */
int
extract_is_relative(const struct xdoc *d, size_t k)
{
	return extract_evword(d, k, "relative");
}

/* A verb in the past at k that is no trigger: "came", "walked". */
int
extract_past_verb(const struct xdoc *d, size_t k)
{
	char lem[6][XLEMMA_MAX];
	const struct xtok *w = &d->toks[k];
	enum xinfl infl;

	if (!(w->flags & TOK_WORD) || (w->flags & (TOK_CAP | TOK_NUM)) || extract_is_trigger(d, k))
		return 0;
	extract_lemmas(d->lx, d->text + w->s, w->e - w->s, lem, 6, &infl);
	return infl == INFL_PAST && !extract_evword(d, k - 1, "determiner");
}

/* Does a relative clause open after token t and still run at byte pos?
 * A comma closes it: "lured from X, where he studied, to Y in 1985". */
int
extract_relative_between(const struct xdoc *d, size_t t, size_t s1, size_t pos)
{
	size_t k;
	int open = 0;

	for (k = t + 1; k < s1 && d->toks[k].s < pos; k++)
		if (extract_is_relative(d, k))
			open = 1;
		else if (extract_tok_is(d, k, ","))
			open = 0;
	return open;
}

/* Is token t a dash that sets off an aside ("-", an en or em dash)? */
static int
aside_dash(const struct xdoc *d, size_t t)
{
	return extract_tok_is(d, t, "-") || extract_tok_is(d, t, "\xe2\x80\x93") ||
	    extract_tok_is(d, t, "\xe2\x80\x94") || extract_tok_is(d, t, "--");
}

/*
 * An aside on a group that closes at token c (a comma or a dash): ",
 * mostly fishermen," or "- mainly farmers -", opened by the same mark and
 * a word of the aside list (event-words.tsv) at most eight words before,
 * with no verb of an act in it.  Returns the token of the opening mark,
 * or (size_t)-1.
 */
static size_t
aside_before(const struct xdoc *d, size_t c, size_t s0)
{
	size_t k;
	int dash = aside_dash(d, c);

	if (!dash && !extract_tok_is(d, c, ","))
		return (size_t)-1;
	for (k = c; k > s0 + 1 && k + 9 > c; k--) {
		size_t o = k - 1;

		if (dash ? aside_dash(d, o) : extract_tok_is(d, o, ","))
			return o + 2 < c && extract_evword(d, o + 1, "aside") ? o : (size_t)-1;
		if (!(d->toks[o].flags & TOK_WORD) || extract_is_trigger(d, o) ||
		    *extract_cue_kind(d, o))
			return (size_t)-1;
	}
	return (size_t)-1;
}

size_t
extract_state_bridge(const struct xdoc *d, size_t t, size_t s0, int never)
{
	size_t k = t, o;

	while (k > s0) {
		if (extract_evword(d, k - 1, "state") || extract_evword(d, k - 1, "belief") ||
		    (never && extract_tok_is(d, k - 1, "never")))
			k--;
		else if ((o = aside_before(d, k - 1, s0)) != (size_t)-1)
			k = o;
		else
			break;
	}
	return k;
}
