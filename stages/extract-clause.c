/*
 * extract-clause.c: the clause structure that the event rules read.
 *
 * What a word is to the rules around it: a cue of cues.tsv (negation,
 * auxiliary, speech verb, clause word), a break in the clause, a
 * preposition, a relative pronoun, a past tense that starts no event;
 * where a relative clause runs; where a sentence starts after its
 * dateline.  The victim, date and place rules (extract-victims.c,
 * extract-dates.c, extract-places.c) all ask these questions, so they sit
 * here, below all three.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "extract-events.h"

/* A cue written as a month's name is the month ("In May 2010 police
 * held him", "since May", "May 4"): capitalised past the sentence's first
 * word, or before a number.  Modal "may" inside a sentence is lowercase. */
static int
month_not_cue(const struct xdoc *d, size_t t)
{
	const struct xtok *w = &d->toks[t];

	return (w->flags & TOK_CAP) && date_month_from_name(d->text + w->s, w->e - w->s) > 0 &&
	    (t > d->sents[w->sent].t0 || (t + 1 < d->ntok && (d->toks[t + 1].flags & TOK_NUM)));
}

const char *
extract_cue_kind(const struct xdoc *d, size_t t)
{
	const struct lex_entry *e = extract_tok_lex(d, d->lx->cues, t);

	return e && !month_not_cue(d, t) ? lex_get(d->lx->cues, e, "kind") : "";
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

/* An adverb that may stand inside a verb chain ("must also be", "be
 * quickly freed"), not "not" or "never", which the cues weigh. */
int
extract_adverb_tok(const struct xdoc *d, size_t t)
{
	return extract_is_adverb(d, t) && !*extract_cue_kind(d, t);
}

/* A speech verb ("said", "announced") a few words before t, as in "said
 * it would", "announced Friday that he would". */
static int
reported(const struct xdoc *d, size_t t, size_t s0)
{
	size_t k;

	/* "has not said when she would": no decision is reported; "have
	 * been told police will expel them": a warning its hearer got, not
	 * a decision the teller reports */
	for (k = 1; k <= 4 && t >= s0 + k; k++)
		if (!strcmp(extract_cue_kind(d, t - k), "speech"))
			return !(t >= s0 + k + 1 && (!strcmp(extract_cue_kind(d, t - k - 1), "neg") ||
			    !strcmp(extract_cue_kind(d, t - k - 1), "aux")));
	return 0;
}

/*
 * "that X be tried", "demanded that they be freed", "must be released":
 * a bare "be" right before t (adverbs between) whose own word before is
 * no "to" and no modal the cues weigh ("could", "would", "will" after a
 * speech verb) states a demand or a need, not an act.  "to be" is
 * judged by the caller; a modal of cues.tsv (hypo) by the look-back.
 */
static int
bare_be(const struct xdoc *d, size_t t, size_t s0)
{
	size_t k = t;

	while (k > s0 && extract_adverb_tok(d, k - 1))
		k--;
	if (k <= s0 + 1 || !extract_tok_is(d, k - 1, "be"))
		return 0;
	k--;
	while (k > s0 && extract_adverb_tok(d, k - 1))
		k--;
	if (k == s0)
		return 1;	/* "Be freed", an order */
	return !extract_tok_is(d, k - 1, "to") && !*extract_cue_kind(d, k - 1);
}

/* A word in -ing at t: "kidnapping", "detaining". */
static int
gerund(const struct xdoc *d, size_t t)
{
	const struct xtok *w = &d->toks[t];

	return w->e - w->s > 4 && !strncmp(d->text + w->e - 3, "ing", 3);
}

/* A word of the falsity list at k, past adverbs and an article after a
 * copula at k - 1 or before ("are false", "was a hoax", "is simply
 * untrue"), with no "not" between ("were not false": the report
 * stands)?  Tokens [k, e) are looked at. */
static int
called_false(const struct xdoc *d, size_t k, size_t e)
{
	for (; k < e; k++) {
		if (extract_evword(d, k, "falsity"))
			return 1;
		if (!extract_adverb_tok(d, k) && !extract_tok_is(d, k, "a") && !extract_tok_is(d, k, "an") &&
		    !extract_tok_is(d, k, "completely") && !extract_tok_is(d, k, "entirely"))
			return 0;
	}
	return 0;
}

/*
 * "Reports that she was seized are false", "It is untrue that he was
 * held": the act at t is inside a clause that "that" opens (no comma
 * between), and the sentence calls that clause untrue: a copula and a
 * word of falsity right after the clause (no comma, no word that opens
 * another clause or a saying between), or a word of falsity and a
 * copula right before its "that".  "Reports that she was held were
 * confirmed", "..., who was held, said the charges were false" tell
 * the act.
 */
static int
denied_report(const struct xdoc *d, size_t t, size_t s0)
{
	size_t k, that = (size_t)-1, s1 = d->sents[d->toks[t].sent].t1;

	for (k = t; k > s0 && k + 20 > t; k--) {
		if (extract_punct_break(d, k - 1) || extract_tok_is(d, k - 1, ","))
			return 0;
		if (extract_tok_is(d, k - 1, "that")) {
			that = k - 1;
			break;
		}
	}
	if (that == (size_t)-1)
		return 0;
	/* "It is untrue that", "it was simply false that" */
	for (k = that; k > s0 && k + 3 > that; k--)
		if (extract_evword(d, k - 1, "copula"))
			return called_false(d, k, that) && k < that;
	for (k = t + 1; k < s1; k++) {
		const char *c = extract_cue_kind(d, k);

		if (extract_punct_break(d, k) || extract_tok_is(d, k, ",") || extract_tok_is(d, k, "that") ||
		    !strcmp(c, "clause") || !strcmp(c, "speech") || !strcmp(c, "neg"))
			return 0;
		if (extract_evword(d, k, "copula"))
			return called_false(d, k + 1, s1);
	}
	return 0;
}

/* Negated or hypothetical: a cue in the six words before t, same clause. */
int
extract_irrealis(const struct xdoc *d, size_t t, size_t s0)
{
	size_t k;

	/* "went on to seize", "would go on to kidnap": the act that came
	 * next in the story, real as the going on is */
	if (t > s0 + 2 && extract_tok_is(d, t - 1, "to") && extract_tok_is(d, t - 2, "on") &&
	    (extract_tok_is(d, t - 3, "go") || extract_tok_is(d, t - 3, "goes") ||
	    extract_tok_is(d, t - 3, "went") || extract_tok_is(d, t - 3, "going") ||
	    extract_tok_is(d, t - 3, "gone"))) {
		k = t - 3;
		if (k > s0 && extract_tok_is(d, k - 1, "would"))
			k--;
		return extract_irrealis(d, k, s0);
	}
	/* "managed to escape": what one managed to do was done, as real
	 * as the managing */
	if (t > s0 + 1 && extract_tok_is(d, t - 1, "to") && extract_evword(d, t - 2, "implicative"))
		return extract_irrealis(d, t - 2, s0);
	/* "thought to remain in custody": a state asserted; "admitted to
	 * kidnapping them": a gerund after "to", the act owned up to (but
	 * "close to being freed", "objected to deporting" are none) */
	if (t > s0 && extract_tok_is(d, t - 1, "to"))
		return !(t > s0 + 1 && (extract_evword(d, t - 2, "belief") ||
		    (extract_evword(d, t - 2, "admission") && gerund(d, t))));
	/* "known to have been detained": said of a kind, not an act; but
	 * "believed to have been taken" is an act those who know it assert */
	if (t > s0 + 2 && extract_tok_is(d, t - 1, "been") && extract_tok_is(d, t - 2, "have") &&
	    extract_tok_is(d, t - 3, "to"))
		return !(t > s0 + 3 && extract_evword(d, t - 4, "belief") && !extract_tok_is(d, t - 4, "known"));
	/* "to be freed" is an aim; "allowed himself to be lured" happened;
	 * "believed to be held" is held, as those who know it say */
	if (t > s0 + 1 && extract_tok_is(d, t - 1, "be") && extract_tok_is(d, t - 2, "to")) {
		/* "allowed the seven to be sent back": what was let happen
		 * happened, as real as the letting */
		for (k = t - 2; k > s0 && k + 6 > t - 2; k--)
			if (extract_tok_is(d, k - 1, "allowed") || extract_tok_is(d, k - 1, "permitted"))
				return extract_irrealis(d, k - 1, s0);
		return !(t > s0 + 2 && (extract_evword(d, t - 3, "reflexive") ||
		    extract_evword(d, t - 3, "belief")));
	}
	if (bare_be(d, t, s0))
		return 1;
	/* "to keep China from repatriating them", "stopped police from
	 * deporting her", "saved from being sent back": an act kept from
	 * happening (the prevention list of event-words.tsv) */
	k = t > s0 && extract_tok_is(d, t - 1, "being") ? t - 1 : t;
	if (k > s0 + 1 && extract_tok_is(d, k - 1, "from") && (k < t || gerund(d, t))) {
		size_t j;

		for (j = k - 1; j > s0 && j + 5 > k; j--)
			if (extract_evword(d, j - 1, "prevention"))
				return 1;
	}
	if (denied_report(d, t, s0))
		return 1;
	/* "If reports are right that they shot him, ...": a condition
	 * that opens the sentence holds every act before its comma */
	for (k = s0; k < t && !(d->toks[k].flags & TOK_WORD); k++)
		;
	if (k < t && (extract_tok_is(d, k, "if") || extract_tok_is(d, k, "unless"))) {
		while (k < t && !extract_tok_is(d, k, ","))
			k++;
		if (k == t)
			return 1;
	}
	for (k = 1; k <= 6 && t >= s0 + k; k++) {
		size_t at = t - k;
		const char *c;

		if (extract_punct_break(d, at))
			break;
		c = extract_cue_kind(d, at);
		/* "announced that he would be freed", "said it would expel":
		 * a decision reported, not a supposition */
		if ((extract_tok_is(d, at, "would") || extract_tok_is(d, at, "will")) &&
		    reported(d, at, s0))
			continue;
		if (!strcmp(c, "neg") || !strcmp(c, "hypo"))
			return 1;
		/* "is about to be freed" */
		if (extract_tok_is(d, at, "about") && at > s0 && !strcmp(extract_cue_kind(d, at - 1), "aux") &&
		    extract_tok_is(d, at + 1, "to"))
			return 1;
		if (!strcmp(c, "clause"))
			break;
	}
	return 0;
}

/*
 * "spoke of his years there, from his childhood up to his escape": "to" at
 * k, before the noun at t with only determiners between, closes a span
 * that "from" opened before it in its clause (at most ten words back, no
 * punctuation between): the noun ends a stretch of the story, no aim.
 */
static int
range_end(const struct xdoc *d, size_t k, size_t t, size_t s0)
{
	size_t j;

	for (j = k + 1; j < t; j++)
		if (!extract_evword(d, j, "determiner") && !extract_evword(d, j, "possessive"))
			return 0;
	for (j = k; j > s0 && j + 10 > k; j--) {
		if (extract_punct_break(d, j - 1))
			return 0;
		if (extract_tok_is(d, j - 1, "from"))
			return 1;
	}
	return 0;
}

/* "to win the swift freedom of", "called for her freeing": an aim,
 * not an act; but "led to the arrest of" is one. */
static int
purpose_before(const struct xdoc *d, size_t t, size_t s0, const char *type)
{
	size_t k;

	for (k = 1; k <= 4 && t >= s0 + k; k++) {
		size_t at = t - k;

		if (extract_punct_break(d, at))
			return 0;
		if (extract_tok_is(d, at, "to"))
			return !(at > s0 && extract_evword(d, at - 1, "cause")) && !range_end(d, at, t, s0);
		/* "pressed Pyongyang for her release": asked for, not done
		 * (but "punished for his escape" tells an act) */
		if (extract_tok_is(d, at, "for"))
			return extract_in_list(d, type, strlen(type), "aim-for");
	}
	return 0;
}

int
extract_is_adverb(const struct xdoc *d, size_t t)
{
	const struct xtok *k = &d->toks[t];
	size_t n = k->e - k->s;

	return (n > 3 && !strncmp(d->text + k->e - 2, "ly", 2)) || extract_evword(d, t, "adverb");
}

int
extract_is_passive(const struct xdoc *d, size_t t, size_t s0)
{
	size_t k;

	for (k = 1; k <= 4 && t >= s0 + k; k++) {
		size_t at = t - k;

		if (!strcmp(extract_cue_kind(d, at), "aux"))
			return 1;
		if (!extract_is_adverb(d, at))
			break;
	}
	return 0;
}

/* Is the trigger at t (tr) unreal: negated, hypothetical, an aim ("to
 * win her release"), or joined by "or"/"and" to an unreal one ("if she
 * was ever tried or convicted")? */
int
extract_act_unreal(const struct xdoc *d, const struct xacts *sc, size_t t, const struct xtrig *tr)
{
	size_t s0 = sc->s0;

	return extract_irrealis(d, t, s0) || (!strcmp(tr->form, "noun") && purpose_before(d, t, s0, tr->type)) ||
	    (sc->unreal_tok != (size_t)-1 && t >= s0 + 1 && sc->unreal_tok + 6 > t &&
	    /* "recommended for release and freed": a verb after "and"
	     * is joined to a verb, not to a noun asked for */
	    !(sc->unreal_noun && strcmp(tr->form, "noun")) &&
	    (extract_tok_is(d, t - 1, "or") || extract_tok_is(d, t - 1, "and")));
}

/* A word in a past form ("confirmed", "held"), by verbs.tsv or "-ed". */
int
extract_past_form(const struct xdoc *d, size_t t)
{
	const struct xtok *w = &d->toks[t];
	char lem[6][XLEMMA_MAX];
	enum xinfl infl;

	if (!(w->flags & TOK_WORD) || (w->flags & TOK_CAP))
		return 0;
	extract_lemmas(d->lx, d->text + w->s, w->e - w->s, lem, 6, &infl);
	return infl == INFL_PAST;
}

/* Clause boundaries between bytes a and b: a date across one is less
 * likely the date of the act. */
size_t
extract_clause_gap(const struct xdoc *d, size_t a, size_t b)
{
	size_t i, n = 0;

	for (i = a; i < b && i < d->len; i++)
		if (d->text[i] == ',' || d->text[i] == ';')
			n++;
	return n;
}

/* An adverb that may stand inside a verb group ("has reportedly been",
 * "have now been"), no negation or other cue. */
int
extract_inner_adverb(const struct xdoc *d, size_t t)
{
	const struct xtok *k = &d->toks[t];

	return ((k->e - k->s > 3 && !strncmp(d->text + k->e - 2, "ly", 2) && !(k->flags & TOK_CAP)) ||
	    extract_evword(d, t, "adverb")) && !*extract_cue_kind(d, t);
}

/* "have been allowed home", "has been released", "has reportedly been
 * executed": just done, as of the publication.  Not a perfect after "to"
 * or a modal ("believed to have been executed", "may have been
 * killed"), which tells no time. */
int
extract_present_perfect(const struct xdoc *d, size_t t, size_t s0)
{
	size_t h = t >= s0 + 2 ? t - 2 : t;

	if (h >= s0 + 1 && h < t && extract_inner_adverb(d, h))
		h--;
	if (h < t && h > s0 && extract_tok_is(d, h, "have") && (extract_tok_is(d, h - 1, "to") ||
	    extract_tok_is(d, h - 1, "must") || !strcmp(extract_cue_kind(d, h - 1), "hypo")))
		return 0;
	return h < t && extract_tok_is(d, t - 1, "been") &&
	    (extract_tok_is(d, h, "has") || extract_tok_is(d, h, "have"));
}

/* The act at t told in a clause of sequence on another verb: "before
 * being deported", "after being held", "before deporting him": the token
 * of "before" or "after", or -1. */
size_t
extract_sequenced_after(const struct xdoc *d, size_t t, size_t s0)
{
	size_t k = t;

	if (k > s0 && (extract_tok_is(d, k - 1, "being") || extract_tok_is(d, k - 1, "been")))
		k--;
	if (k > s0 && extract_tok_is(d, k - 1, "having"))
		k--;
	/* "after forcibly sending them back" */
	if (k > s0 + 1 && extract_inner_adverb(d, k - 1))
		k--;
	if (k > s0 + 1 && (extract_tok_is(d, k - 1, "before") || extract_tok_is(d, k - 1, "after")))
		return k - 1;
	return (size_t)-1;
}

/* Is the trigger at token t a verb of taking (the taking list of
 * event-words.tsv, by its base: "seized", "captured")? */
int
extract_taking_verb(const struct xdoc *d, size_t t)
{
	char lem[6][XLEMMA_MAX];
	enum xinfl infl;
	int n, i;

	if (t >= d->ntok)
		return 0;
	n = extract_lemmas(d->lx, d->text + d->toks[t].s, d->toks[t].e - d->toks[t].s, lem, 6, &infl);
	for (i = 0; i < n; i++)
		if (extract_in_list(d, lem[i], strlen(lem[i]), "taking"))
			return 1;
	return 0;
}
