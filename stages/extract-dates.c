/*
 * extract-dates.c: when an act happened.
 *
 * The date expressions of a sentence (date.h finds and resolves them
 * against the publication date), less datelines and citations; how far
 * each is from a trigger, a date that opens the sentence being every
 * act's (or a time counted from one of them, "two months later"; or a
 * custody's length back from its end, "after being held for 40 years");
 * and the dates an act takes from elsewhere when its sentence gives none: a span from another act of the same people ("released
 * after six months' detention"), a time told from the one before ("two
 * months later", "that night"), "also" (the time of the act before), the
 * latest date of the sentences before it, or the publication's month for
 * an act just done ("has been released", "welcomed the release of"; the
 * act a headline tells in the present, extract-news.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "buf.h"
#include "extract-events.h"

static size_t sequenced_after(const struct xdoc *d, size_t t, size_t s0);
static int clause_opens_between(const struct xdoc *d, size_t s0, size_t t, size_t pos);

/* "SEOUL, May 29 (Yonhap) --": the date of the dispatch, not of an act. */
static int
is_dateline(const struct xdoc *d, size_t e)
{
	while (e < d->len && d->text[e] == ' ')
		e++;
	return e < d->len && (d->text[e] == '(' || (d->text[e] == '-' && e + 1 < d->len &&
	    d->text[e + 1] == '-') || !strncmp(d->text + e, "\xe2\x80\x94", 3) ||
	    !strncmp(d->text + e, "\xe2\x80\x93", 3));
}

/* Clause boundaries between bytes a and b: a date across one is less
 * likely the date of the act. */
static size_t
clause_gap(const struct xdoc *d, size_t a, size_t b)
{
	size_t i, n = 0;

	for (i = a; i < b && i < d->len; i++)
		if (d->text[i] == ',' || d->text[i] == ';')
			n++;
	return n;
}

static int
is_citation(const struct xdoc *d, size_t s)
{
	/* "(Kim, 2023)": a reference, not a date of the text */
	size_t i = s;

	while (i > 0 && d->text[i - 1] == ' ')
		i--;
	return i > 0 && d->text[i - 1] == ',' && i >= 3 && memchr(d->text + (i > 40 ? i - 40 : 0), '(',
	    i - (i > 40 ? i - 40 : 0)) != NULL && (s + 5 <= d->len && d->text[s + 4] == ')');
}

/* An adverb that may stand inside a verb group ("has reportedly been",
 * "have now been"), no negation or other cue. */
static int
inner_adverb(const struct xdoc *d, size_t t)
{
	const struct xtok *k = &d->toks[t];

	return ((k->e - k->s > 3 && !strncmp(d->text + k->e - 2, "ly", 2) && !(k->flags & TOK_CAP)) ||
	    extract_evword(d, t, "adverb")) && !*extract_cue_kind(d, t);
}

/* "have been allowed home", "has been released", "has reportedly been
 * executed": just done, as of the publication.  Not a perfect after "to"
 * or a modal ("believed to have been executed", "may have been
 * killed"), which tells no time. */
static int
present_perfect(const struct xdoc *d, size_t t, size_t s0)
{
	size_t h = t >= s0 + 2 ? t - 2 : t;

	if (h >= s0 + 1 && h < t && inner_adverb(d, h))
		h--;
	if (h < t && h > s0 && extract_tok_is(d, h, "have") && (extract_tok_is(d, h - 1, "to") ||
	    extract_tok_is(d, h - 1, "must") || !strcmp(extract_cue_kind(d, h - 1), "hypo")))
		return 0;
	return h < t && extract_tok_is(d, t - 1, "been") &&
	    (extract_tok_is(d, h, "has") || extract_tok_is(d, h, "have"));
}

/*
 * "has freed", "have reportedly executed", "has sent back": the active
 * present perfect of the verb trigger at t (its past form right after
 * "has" or "have", an adverb between or none); not after "to" or a
 * modal ("may have shot"), nor a noun ("have the release papers").
 */
static int
active_perfect(const struct xdoc *d, size_t t, size_t s0)
{
	struct xtrig tr;
	size_t h;

	if (t < s0 + 1)
		return 0;
	h = t - 1;
	if (h > s0 && inner_adverb(d, h))
		h--;
	if (!(extract_tok_is(d, h, "has") || extract_tok_is(d, h, "have")) ||
	    (h > s0 && (extract_tok_is(d, h - 1, "to") || extract_tok_is(d, h - 1, "must") ||
	    !strcmp(extract_cue_kind(d, h - 1), "hypo"))))
		return 0;
	return extract_trigger(d, t, &tr) && strcmp(tr.form, "noun") && tr.infl == INFL_PAST;
}

/*
 * "the embassy welcomed news of the sailors' release", "hailed the
 * release of": the noun trigger at t is the object (or the news) of a
 * verb of the greet list of event-words.tsv a few words before it, no
 * clause or other act between: an act just done, greeted as news.  Not
 * a greeting to come or denied ("would welcome the release", "to
 * welcome", "did not welcome"): a modal, "to" or a negation before it.
 */
static int
greeted_news(const struct xdoc *d, size_t t, size_t s0)
{
	struct xtrig tr;
	size_t k;

	/* a noun, or a verb's bare form after a plural's possessive ("the
	 * sailors' release"), not a verb in the past ("hailed, freed") */
	if (!extract_trigger(d, t, &tr) || (strcmp(tr.form, "noun") && tr.infl == INFL_PAST))
		return 0;
	for (k = t; k-- > s0 && k + 8 > t;) {
		/* "the sailors' release": a plural's possessive mark */
		if (extract_tok_is(d, k, "'") || extract_tok_is(d, k, "\xe2\x80\x99"))
			continue;
		if (extract_punct_break(d, k) || extract_is_relative(d, k) || extract_is_trigger(d, k) ||
		    extract_tok_is(d, k, "to"))
			return 0;
		if (!extract_evword(d, k, "greet"))
			continue;
		if (k > s0 && (extract_tok_is(d, k - 1, "to") || !strcmp(extract_cue_kind(d, k - 1), "hypo") ||
		    !strcmp(extract_cue_kind(d, k - 1), "neg")))
			return 0;
		return 1;
	}
	return 0;
}

/* "freed in 2009.  Tokyo hailed their release": an act of e's type on
 * one of its victims told before e with a date of its own sentence, which
 * the greeting may be about. */
static int
dated_before(const struct xdoc *d, const struct xevent *e)
{
	size_t i, at = (size_t)(e - d->events);
	int a, b;

	for (i = 0; i < at; i++) {
		const struct xevent *f = &d->events[i];

		if (!f->date[0] || strcmp(f->type, e->type))
			continue;
		for (a = 0; a < e->nvictims; a++)
			for (b = 0; b < f->nvictims; b++)
				if (e->victims[a] == f->victims[b])
					return 1;
	}
	return 0;
}

/* "have been executed since 2011": a count over a span, no news */
static int
since_after(const struct xdoc *d, size_t t, size_t s1)
{
	size_t k;

	for (k = t + 1; k < s1 && k < t + 8; k++)
		if (extract_tok_is(d, k, "since"))
			return 1;
	return 0;
}

/* "executed since Kim came to power in 2011": between trigger t and the
 * date at byte pos, a clause of a span's bound opens ("since", "until")
 * with a verb of its own; the date is that clause's, no time of the act
 * (a "when" clause's is: "arrested when he crossed in 2011"). */
static int
subclause_between(const struct xdoc *d, size_t t, size_t s1, size_t pos)
{
	size_t k, j;

	for (k = t + 1; k < s1 && d->toks[k].s < pos; k++)
		if (extract_tok_is(d, k, "since") || extract_tok_is(d, k, "until"))
			for (j = k + 1; j < s1 && d->toks[j].s < pos; j++)
				if (extract_past_verb(d, j))
					return 1;
	return 0;
}

/* verb_between's search, over tokens from k0 to byte pos (before s1),
 * token skip aside; with own_subject, only a verb of a clause of its own,
 * before any comma. */
static int
verb_in(const struct xdoc *d, size_t k0, size_t s1, size_t pos, size_t skip, int own_subject)
{
	char lem[6][XLEMMA_MAX];
	enum xinfl infl;
	size_t k;

	for (k = k0; k < s1 && d->toks[k].s < pos; k++) {
		const struct xtok *w = &d->toks[k];
		int n;

		/* "After her release, she left in May": past a comma, the
		 * main clause's time is the act's too */
		if (own_subject && extract_tok_is(d, k, ","))
			return 0;

		if (k != skip && !own_subject && extract_is_trigger(d, k))
			return 1;	/* "picked up ... on Saturday and told" */
		if (k == skip || k == 0 || !(w->flags & TOK_WORD) || (w->flags & (TOK_CAP | TOK_NUM)) ||
		    extract_is_trigger(d, k) ||
		    extract_tok_is(d, k - 1, "and") || extract_tok_is(d, k - 1, "or") ||
		    extract_evword(d, k - 1, "same-time-conj") ||
		    (k >= 2 && extract_evword(d, k - 2, "same-time-conj")))
			continue;
		n = extract_lemmas(d->lx, d->text + w->s, w->e - w->s, lem, 6, &infl);
		if (n > 0 && (!strcmp(lem[0], "be") || !strcmp(lem[0], "have") || !strcmp(lem[0], "do")))
			continue;
		if (infl == INFL_ING && extract_evword(d, k - 1, "complement-prep") &&
		    !extract_evword(d, k, "ing-noun"))
			return 1;
		/* a clause of its own: "crimes he committed", "a man who
		 * arrived"; not the main verb after a reduced relative ("X,
		 * released after a year's detention, arrived Saturday") */
		if (extract_past_verb(d, k) && (!own_subject || extract_evword(d, k - 1, "subject-pronoun") ||
		    extract_tok_is(d, k - 1, "it") || extract_is_relative(d, k - 1) ||
		    extract_tok_is(d, k - 1, "that")))
			return 1;
	}
	return 0;
}

/*
 * Another verb between trigger t and the date at byte pos, which the date
 * is that verb's: a verb in the past with a subject of its own ("detained
 * X for crimes he committed in the war"), a gerund after a preposition
 * ("accused him of spying in 2009"); not one joined to the act ("detained
 * and questioned in May") or told at its time ("as he tried to leave in
 * May"), nor be, have or do.
 */
static int
verb_between(const struct xdoc *d, size_t t, size_t s1, size_t pos)
{
	return verb_in(d, t + 1, s1, pos, t, 1);
}

/* "A fisherman who drifted into the North in August was sent back": the
 * date at byte pos, before trigger t, sits in a relative clause still open
 * when the trigger comes, so it is that clause's. */
static int
in_relative_before(const struct xdoc *d, size_t s0, size_t t, size_t pos)
{
	size_t k;
	int open = 0;

	for (k = s0; k < t; k++) {
		if (d->toks[k].s >= pos)
			return open && !extract_tok_is(d, t - 1, ",");
		if (extract_is_relative(d, k))
			open = 1;
		else if (extract_tok_is(d, k, ","))
			open = 0;
	}
	return 0;
}

/*
 * "Six sailors rescued at sea in March have been sent back": the date at
 * byte pos, before trigger t, follows a participle right after a noun
 * (a reduced relative clause on the subject), and t has its own
 * auxiliary after it, the main clause's verb group: the date is the
 * participle's.  Not when the participle is the main verb ("Police
 * rescued six sailors in March and they were sent back": a conjunction,
 * a comma or a pronoun stands between).
 */
static int
reduced_relative_before(const struct xdoc *d, size_t s0, size_t t, size_t pos)
{
	char lem[6][XLEMMA_MAX];
	enum xinfl infl;
	size_t k, p = (size_t)-1, a = t;

	while (a > s0 && (!strcmp(extract_cue_kind(d, a - 1), "aux") ||
	    !strcmp(extract_cue_kind(d, a - 1), "perf") || inner_adverb(d, a - 1)))
		a--;
	if (a == t || a == s0 || d->toks[a].s < pos || (strcmp(extract_cue_kind(d, a), "aux") &&
	    strcmp(extract_cue_kind(d, a), "perf")))
		return 0;
	for (k = s0 + 1; k < a && d->toks[k].s < pos; k++) {
		const struct xtok *w = &d->toks[k];

		if (!(w->flags & TOK_WORD) || (w->flags & TOK_CAP))
			continue;
		extract_lemmas(d->lx, d->text + w->s, w->e - w->s, lem, 6, &infl);
		/* an auxiliary ("It was in May that") is no participle */
		if (infl == INFL_PAST && !*extract_cue_kind(d, k) && (d->toks[k - 1].flags & TOK_WORD) &&
		    !*extract_cue_kind(d, k - 1) &&
		    !extract_evword(d, k - 1, "subject-pronoun") && !extract_evword(d, k - 1, "determiner") &&
		    !extract_is_relative(d, k - 1) && !extract_tok_is(d, k - 1, "and") &&
		    !extract_tok_is(d, k - 1, "or") && !extract_tok_is(d, k - 1, "to") &&
		    !extract_is_prep(d, k - 1))
			p = k;
	}
	if (p == (size_t)-1)
		return 0;
	for (k = p + 1; k < a; k++)
		if (extract_tok_is(d, k, ",") || extract_tok_is(d, k, ";") || extract_tok_is(d, k, "and") ||
		    extract_tok_is(d, k, "but") || extract_evword(d, k, "subject-pronoun") ||
		    extract_is_relative(d, k))
			return 0;
	return 1;
}

/*
 * "X, a soldier who came home after being held for years, met his sister
 * yesterday": trigger t is in a relative clause (a relative pronoun
 * before it, no comma between) that a comma closes before the date at
 * byte pos; the date is the main clause's, not the act's.
 */
static int
relative_closes_before(const struct xdoc *d, size_t s0, size_t t, size_t s1, size_t pos)
{
	size_t k;

	for (k = t; k > s0; k--) {
		if (extract_tok_is(d, k - 1, ",") || extract_tok_is(d, k - 1, ";"))
			return 0;
		if (extract_is_relative(d, k - 1))
			break;
	}
	if (k == s0)
		return 0;
	for (k = t + 1; k < s1 && d->toks[k].s < pos; k++)
		if (extract_tok_is(d, k, ","))
			return 1;
	return 0;
}

/*
 * "In an interview on Wednesday, a soldier captured by rebels said he
 * wants to go home": trigger t is a participle on a noun of the subject
 * (no auxiliary before it, a preposition or comma after it, not an
 * object: a reduced relative clause) and the main clause's verb (an
 * auxiliary or a saying) comes after it; the date at byte pos lies in the
 * phrase that opens the sentence before its first comma, with no verb
 * of its own, after a word of an occasion ("an interview", "a
 * briefing").  That phrase frames the main clause, not the participle's
 * act, which came before.  Not the participle as the main verb ("On
 * Monday, police captured two soldiers": an object follows), nor a
 * passive ("On Monday, a soldier was captured by rebels").
 */
int
extract_framed_participle(const struct xdoc *d, size_t s0, size_t s1, size_t t, size_t pos)
{
	char lem[6][XLEMMA_MAX];
	enum xinfl infl;
	size_t k0 = extract_after_dateline(d, s0, s1), c, k;

	if (t == 0 || t + 1 >= s1 || d->toks[t].s <= pos)
		return 0;
	for (c = k0; c < t && !extract_tok_is(d, c, ","); c++)
		if (c > k0 && (extract_past_verb(d, c) || extract_is_trigger(d, c) ||
		    *extract_cue_kind(d, c)))
			return 0;
	/* the date inside the opening phrase, which a comma closes before
	 * the subject; not the date that opens it ("In early May, two
	 * sailors caught at sea were sent back": a stretch of time the
	 * whole story may fill), but a phrase of an occasion ("In an
	 * interview on Monday", "At a briefing last week") */
	if (c >= t || c == k0 || d->toks[c].s < pos || d->toks[k0].s >= pos)
		return 0;
	/* the subject: words with no verb up to the participle (an
	 * apposition may stand in it: "Ri, a sailor seized by ...") */
	for (k = c + 1; k < t; k++)
		if (extract_past_verb(d, k) || extract_is_trigger(d, k) || *extract_cue_kind(d, k) ||
		    extract_is_relative(d, k))
			return 0;
	if (k == c + 1 || !(d->toks[t - 1].flags & TOK_WORD) || extract_evword(d, t - 1, "subject-pronoun") ||
	    extract_evword(d, t - 1, "determiner") || extract_tok_is(d, t - 1, "and") ||
	    extract_tok_is(d, t - 1, "or") || extract_tok_is(d, t - 1, "to") || extract_is_prep(d, t - 1))
		return 0;
	extract_lemmas(d->lx, d->text + d->toks[t].s, d->toks[t].e - d->toks[t].s, lem, 6, &infl);
	if (infl != INFL_PAST)
		return 0;
	/* its phrase: a preposition after it, no object */
	for (k = t + 1; k < s1 && extract_evword(d, k, "particle"); k++)
		;
	if (k >= s1 || !(extract_is_prep(d, k) || extract_tok_is(d, k, "in") || extract_tok_is(d, k, "at") ||
	    extract_tok_is(d, k, "near") || extract_tok_is(d, k, "during")))
		return 0;
	/* the main clause's verb after it */
	for (; k < s1; k++)
		if (!strcmp(extract_cue_kind(d, k), "aux") || !strcmp(extract_cue_kind(d, k), "perf") ||
		    !strcmp(extract_cue_kind(d, k), "speech"))
			return 1;
	return 0;
}

/* The word that ends before byte pos (spaces skipped): its start in *ws,
 * its length returned (0: none). */
static size_t
word_before(const struct xdoc *d, size_t pos, size_t *ws)
{
	size_t e = pos;

	while (e > 0 && d->text[e - 1] == ' ')
		e--;
	*ws = e;
	while (*ws > 0 && ((d->text[*ws - 1] >= 'a' && d->text[*ws - 1] <= 'z') ||
	    (d->text[*ws - 1] >= 'A' && d->text[*ws - 1] <= 'Z')))
		(*ws)--;
	return e - *ws;
}

/* "born in 1950", "(born 1950)", "born in Hamhung in 1950": a birth, no
 * act's date (extract-lengths.c counts an age from it).  Up to four
 * words back: a place's name and "in" may come between. */
static int
is_birth(const struct xdoc *d, size_t s)
{
	size_t ws, n, k;

	for (k = 0; k < 4 && (n = word_before(d, s, &ws)) > 0; k++, s = ws) {
		if (n == 4 && !strncasecmp(d->text + ws, "born", 4))
			return 1;
		if (!(d->text[ws] >= 'A' && d->text[ws] <= 'Z') && !(n == 2 && !strncasecmp(d->text + ws, "in", 2)))
			return 0;
	}
	return 0;
}

/*
 * "in the final stages of that 1950-53 war": the end of the span; "at
 * the outbreak of the 1950-53 war": its start.  (The date's own span
 * already holds "of the".)
 */
static void
span_end_or_start(const struct xdoc *d, struct sdate *sd)
{
	size_t ws, n = word_before(d, sd->s, &ws);

	if (n && extract_in_list(d, d->text + ws, n, "span-unit"))
		n = word_before(d, ws, &ws);
	if (n && extract_in_list(d, d->text + ws, n, "span-end")) {
		sd->v.year = sd->v.end_year;
		sd->v.end_year = 0;
	} else if (n && extract_in_list(d, d->text + ws, n, "span-start"))
		sd->v.end_year = 0;
}

/* Has s[0..n) four digits in a row, as the year of a date has?  A
 * sentence without them names no year: its dates need not be read for
 * one. */
static int
has_year_digits(const char *s, size_t n)
{
	size_t i, run = 0;

	for (i = 0; i < n; i++)
		if ((run = s[i] >= '0' && s[i] <= '9' ? run + 1 : 0) == 4)
			return 1;
	return 0;
}

/* The years of the absolute dates of sentence si, read once (cached in
 * xsent): the latest one named, with no "~" (last), and the largest,
 * "~" or not (max); no span's.  0 when none. */
static void
sentence_years(const struct xdoc *d, size_t si, int *last, int *max)
{
	struct xsent *sn = &d->sents[si];
	size_t pos, st, span;
	struct date v;

	if (!sn->years_read) {
		sn->year_last = sn->year_max = 0;
		if (has_year_digits(d->text + sn->s, sn->e - sn->s))
			for (pos = sn->s; pos < sn->e; pos += st + span) {
				if (!(span = date_find(d->text + pos, sn->e - pos, NULL, &v, &st)))
					break;
				if (v.prec < DATE_PREC_YEAR || v.end_year)
					continue;
				if (!v.approx)
					sn->year_last = v.year;
				if (v.year > sn->year_max)
					sn->year_max = v.year;
			}
		sn->years_read = 1;
	}
	*last = sn->year_last;
	*max = sn->year_max;
}

/* The latest year of the absolute dates of sentence si (no span, no
 * "~"), or 0. */
static int
sentence_year(const struct xdoc *d, size_t si)
{
	int last, max;

	sentence_years(d, si, &last, &max);
	return last;
}

int
extract_latest_year(const struct xdoc *d)
{
	size_t si;
	int year = 0, last, max;

	for (si = 0; si < d->nsent; si++) {
		sentence_years(d, si, &last, &max);
		if (max > year)
			year = max;
	}
	return year;
}

/*
 * Each sentence's reference time for a month told without its year.  A
 * page with no publication date: the latest year the text names before
 * it ("In 2021 she tried to escape.  In October she was sent back").  A
 * page with one: a story set long before it, the year named in the
 * sentence before, in its paragraph, when that is two years or more
 * before the publication ("captured on May 18, 1951.  He died in July":
 * July 1951, not the July before the report); else none, and the month
 * is the latest one by the publication.  Only a month's name takes it
 * (see narrative_month): "on Friday", "last year" need the publication
 * date.
 */
void
extract_narrative_years(struct xdoc *d)
{
	size_t si;
	int year = 0, before = 0;

	for (si = 0; si < d->nsent; si++) {
		/* with a publication date, a sentence's year serves only the
		 * next sentence of its paragraph: a sentence that ends one
		 * need not be scanned */
		int y = d->pub.prec == DATE_PREC_NONE || (si + 1 < d->nsent &&
		    !(d->toks[d->sents[si + 1].t0].flags & (TOK_PARA | TOK_NL))) ? sentence_year(d, si) : 0;

		if (d->pub.prec == DATE_PREC_NONE)
			d->sents[si].narr_year = year;
		else
			d->sents[si].narr_year = before && before < d->pub.year - 1 &&
			    !(d->toks[d->sents[si].t0].flags & (TOK_PARA | TOK_NL)) ? before : 0;
		if (y)
			year = y;
		before = y;
	}
}

/* Is the expression at s[0..n), which needs a reference time, a month
 * named without a year ("in October", "mid-May", "on 4 June"), with no
 * word that counts from the publication ("last", "this", "ago")? */
static int
narrative_month(const char *s, size_t n)
{
	static const char *const from_now[] = { "last", "this", "next", "ago", "week",
	    "yesterday", "today", "day", NULL };
	size_t i = 0, w, k;
	int month = 0;

	while (i < n) {
		while (i < n && !((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z')))
			i++;
		for (w = i; i < n && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z')); i++)
			;
		if (i == w)
			break;
		if (date_weekday_from_name(s + w, i - w) >= 0)
			return 0;
		for (k = 0; from_now[k]; k++)
			if (i - w == strlen(from_now[k]) && !strncasecmp(s + w, from_now[k], i - w))
				return 0;
		month |= date_month_from_name(s + w, i - w) > 0;
	}
	return month;
}

/*
 * "on Tuesday, the 30th anniversary of the night he vanished": after the
 * date sd, set off by a comma, an anniversary (date_anniversary) dates
 * what its phrase tells that many years before sd, at sd's precision
 * (February 29 in a year without it: the month).  The phrase runs to the
 * next comma or the sentence's end (byte end).  Fills *an, only for the
 * acts of that phrase; 1 if there is one.
 */
static int
anniversary_after(const struct xdoc *d, const struct sdate *sd, size_t end, struct sdate *an)
{
	size_t k = sd->e, n;
	int years;

	while (k < end && d->text[k] == ' ')
		k++;
	if (k >= end || d->text[k] != ',' || sd->v.end_year || sd->v.approx || sd->v.prec == DATE_PREC_NONE)
		return 0;
	for (k++; k < end && d->text[k] == ' '; k++)
		;
	if ((n = date_anniversary(d->text + k, end - k, &years)) == 0 || years >= sd->v.year)
		return 0;
	an->s = k;
	an->e = k + n;
	an->v = sd->v;
	an->v.year -= years;
	if (an->v.prec == DATE_PREC_DAY && !date_valid(an->v.year, an->v.month, an->v.day)) {
		an->v.day = 0;
		an->v.prec = DATE_PREC_MONTH;
	}
	for (k = an->e; k < end && d->text[k] != ',' && d->text[k] != ';'; k++)
		;
	an->only_to = k;
	return 1;
}

/* The date expressions of sentence si, in order, without datelines and
 * citations; at most XDATE_MAX.  An anniversary's date ("the 24th
 * anniversary of") follows the date it counts from, for the acts of its
 * phrase alone (only_to). */
static size_t
read_sentence_dates(const struct xdoc *d, size_t si, struct sdate *dates)
{
	size_t nd = 0, pos = d->sents[si].s;
	struct date narr = { d->sents[si].narr_year, 12, 31, DATE_PREC_DAY, 0, 0 };
	/* the year of the report a page with no date tells (extract-report.c) */
	struct date rep = { d->report_year, 12, 31, DATE_PREC_DAY, 0, 0 };
	const struct date *ref = d->pub.prec != DATE_PREC_NONE ? &d->pub : d->report_year ? &rep : &narr;

	while (nd < XDATE_MAX && pos < d->sents[si].e) {
		size_t st, span = date_find(d->text + pos, d->sents[si].e - pos, ref,
		    &dates[nd].v, &st);
		struct date abs;
		int absolute;

		if (!span)
			break;
		absolute = date_scan(d->text + pos + st, span, NULL, &abs) == span;
		/* by the report's year: what counts from it; a month
		 * without its year by the narrative's, as below */
		if (ref == &rep && !absolute && !narrative_month(d->text + pos + st, span) &&
		    !extract_report_relative(d, d->text + pos + st, span, &dates[nd].v)) {
			pos += st + span;
			continue;
		}
		if (ref == &rep && !absolute && narrative_month(d->text + pos + st, span) && !narr.year) {
			pos += st + span;
			continue;
		}
		/* by the narrative's year, only a month without its own */
		if (ref == &narr && !absolute && (!narr.year || !narrative_month(d->text + pos + st, span))) {
			pos += st + span;
			continue;
		}
		/* a story set long before the publication: its year */
		if (ref != &narr && !absolute && narr.year && narrative_month(d->text + pos + st, span))
			date_scan(d->text + pos + st, span, &narr, &dates[nd].v);
		/* "fled in 2009 and was caught in May": the year named
		 * earlier in the sentence too (with a publication date,
		 * only a year long before it) */
		if (absolute && dates[nd].v.prec >= DATE_PREC_YEAR && !dates[nd].v.end_year && !dates[nd].v.approx)
			narr.year = ref != &d->pub || dates[nd].v.year < d->pub.year - 1 ? dates[nd].v.year : 0;
		dates[nd].s = pos + st;
		dates[nd].e = pos + st + span;
		if (dates[nd].v.end_year)
			span_end_or_start(d, &dates[nd]);
		dates[nd].only_to = 0;
		if (!is_citation(d, dates[nd].s) && !is_dateline(d, dates[nd].e) && !is_birth(d, dates[nd].s)) {
			nd++;
			if (nd < XDATE_MAX && anniversary_after(d, &dates[nd - 1], d->sents[si].e, &dates[nd]))
				nd++;
		}
		pos += st + span;
	}
	return nd;
}

size_t
extract_sentence_dates(const struct xdoc *d, size_t si, struct sdate *dates)
{
	struct xsdates *c = d->sdates ? &d->sdates[si] : NULL;

	if (!c)
		return read_sentence_dates(d, si, dates);
	if (!c->done || c->narr_year != d->sents[si].narr_year || c->report_year != d->report_year) {
		c->nd = read_sentence_dates(d, si, c->dates);
		c->narr_year = d->sents[si].narr_year;
		c->report_year = d->report_year;
		c->done = 1;
	}
	memcpy(dates, c->dates, c->nd * sizeof(*dates));
	return c->nd;
}

/* "In 2023, ...": a date at the sentence's opening (after a dateline),
 * set off by a comma, or "in"/"on"/"during" it with the subject
 * straight after ("In 1992 he defected"). */
static int
opening_date(const struct xdoc *d, const struct sdate *sd, size_t s0, size_t s1)
{
	size_t open = d->toks[extract_after_dateline(d, s0, s1)].s, e = sd->e;

	while (e < d->len && d->text[e] == ' ')
		e++;
	if ((sd->s != d->toks[s0].s && sd->s != open) || e >= d->len)
		return 0;
	/* "In 1992 he and his friend defected": "in", "on" or "during"
	 * and the subject straight after frame the clause as a comma does */
	return d->text[e] == ',' || ((!strncasecmp(d->text + sd->s, "in ", 3) ||
	    !strncasecmp(d->text + sd->s, "on ", 3) || !strncasecmp(d->text + sd->s, "during ", 7)) &&
	    ((d->text[e] >= 'A' && d->text[e] <= 'Z') || (d->text[e] >= 'a' && d->text[e] <= 'z')));
}

/*
 * How far the date sd is from the trigger at byte tb, for choosing the
 * date of an act: bytes (twice as many back), and 40 more for each comma
 * or semicolon between.  A date that opens the sentence before a comma
 * ("On August 12, 1977, two students ... were abducted", "In October,
 * X was ...") frames the whole main clause: it is near every act in it.
 */
static size_t
date_distance(const struct xdoc *d, const struct sdate *sd, size_t tb, size_t s0, size_t s1)
{
	if (sd->s < tb && opening_date(d, sd, s0, s1))
		return 20;
	if (sd->s > tb)
		return sd->s - tb + 40 * clause_gap(d, tb, sd->s);
	return 2 * (tb - sd->e) + 40 * clause_gap(d, sd->e, tb);
}

/* "had freed", "had been detained": told as before another time. */
int
extract_past_perfect(const struct xdoc *d, size_t t, size_t s0)
{
	return (t > s0 && extract_tok_is(d, t - 1, "had")) ||
	    (t > s0 + 1 && extract_tok_is(d, t - 2, "had") && extract_tok_is(d, t - 1, "been"));
}

/* A day within the week before the publication: "on Friday" in a report
 * of Saturday.  What was said then is news, not history. */
static int
news_of_the_week(const struct xdoc *d, const struct date *v)
{
	long a, p;

	if (v->prec != DATE_PREC_DAY || v->approx || d->pub.prec != DATE_PREC_DAY)
		return 0;
	a = date_to_days(v->year, v->month, v->day);
	p = date_to_days(d->pub.year, d->pub.month, d->pub.day);
	return a <= p && p - a <= 7;
}

/* e, undated, "also" happened: when and where the latest dated act of
 * its type among the few told just before it did. */
static void
same_time_as_before(struct xdoc *d, struct xevent *e)
{
	long i, at = (long)(e - d->events);

	for (i = at - 1; i >= 0 && i >= at - 32; i--)
		if (!strcmp(d->events[i].type, e->type) && d->events[i].date[0]) {
			snprintf(e->date, sizeof(e->date), "%s", d->events[i].date);
			if (!e->country[0])
				memcpy(e->country, d->events[i].country, 3);
			return;
		}
}

/* A span of time at token t: "six months", "43 days", "24 years" (and
 * "months'", "17-month"); its end token in *end.  "a year", "a month"
 * count one only when a_one is set (as "a year later" does; "a year in
 * a cell" is vaguer). */
static int
span_at1(const struct xdoc *d, size_t t, size_t s1, long *n, int *unit, size_t *end, int a_one)
{
	static const char *units[] = { "day", "week", "month", "year" };
	size_t k, used, u;

	if (a_one && (extract_tok_is(d, t, "a") || extract_tok_is(d, t, "an"))) {
		*n = 1;
		used = 1;
	} else if ((*n = extract_count_at(d, t, &used)) <= 0)
		return 0;
	if (t + used >= s1)
		return 0;
	k = t + used;
	if (extract_tok_is(d, k, "-") && k + 1 < s1)
		k++;
	for (u = 0; u < 4; u++) {
		const struct xtok *w = &d->toks[k];
		size_t l = strlen(units[u]), wl = w->e - w->s;

		if ((wl == l || (wl == l + 1 && d->text[w->e - 1] == 's')) &&
		    !strncasecmp(d->text + w->s, units[u], l)) {
			*unit = (int)u;
			*end = k + 1;
			if (*end < s1 && (extract_tok_is(d, *end, "'") || extract_tok_is(d, *end, "\xe2\x80\x99")))
				(*end)++;
			return 1;
		}
	}
	return 0;
}

static int
span_at(const struct xdoc *d, size_t t, size_t s1, long *n, int *unit, size_t *end)
{
	return span_at1(d, t, s1, n, unit, end, 0);
}

/* iso moved by sign * n units, at the precision the unit supports;
 * 0, or -1 when iso is too coarse for the unit. */
static int
date_shift(const char *iso, long n, int unit, int sign, char *out, size_t outsz)
{
	struct date v;

	if (date_parse_iso(iso, &v) != 0 || v.end_year || v.approx)
		return -1;
	if (unit == SPAN_YEAR) {
		v.year += sign * (int)n;
		v.month = v.day = 0;
		v.prec = DATE_PREC_YEAR;
	} else if (unit == SPAN_MONTH && v.prec >= DATE_PREC_MONTH) {
		long idx = (long)v.year * 12 + v.month - 1 + sign * n;

		v.year = (int)(idx / 12);
		v.month = (int)(idx % 12) + 1;
		v.day = 0;
		v.prec = DATE_PREC_MONTH;
	} else if (v.prec == DATE_PREC_DAY && (unit == SPAN_DAY || unit == SPAN_WEEK)) {
		date_from_days(date_to_days(v.year, v.month, v.day) + sign * n * (unit == SPAN_WEEK ? 7 : 1),
		    &v.year, &v.month, &v.day);
		if (unit == SPAN_WEEK) {
			v.day = 0;
			v.prec = DATE_PREC_MONTH;
		}
	} else
		return -1;
	date_format(&v, out, outsz);
	return 0;
}

/* span_at1 and date_shift for extract-lengths.c (extract-events.h) */
int
extract_span_length(const struct xdoc *d, size_t t, size_t s1, long *n, int *unit, size_t *end)
{
	return span_at1(d, t, s1, n, unit, end, 0);
}

int
extract_date_shift(const char *iso, long n, int unit, int sign, char *out, size_t outsz)
{
	return date_shift(iso, n, unit, sign, out, outsz);
}

/*
 * "released after six months' detention", "freed after 30 days of
 * detention": the release and the arrest of the same people lie that
 * span apart, so either dates the other.
 */
static void
date_by_custody(struct xdoc *d, struct xevent *r)
{
	size_t s0 = d->sents[r->sent].t0, s1 = d->sents[r->sent].t1, t, end, k, i;
	long n = 0, best = -1;
	int unit = 0, a, found = 0;

	for (t = s0; t < s1 && !found; t++)
		if (span_at(d, t, s1, &n, &unit, &end))
			for (k = end; k < s1 && k < end + 3 && !found; k++)
				found = extract_evword(d, k, "custody");
	if (!found)
		return;
	for (a = 0; a < r->nvictims; a++) {
		const struct xevlist *l = extract_events_of(d, r->victims[a]);

		for (i = 0; l && i < l->n; i++) {
			const struct xevent *f = &d->events[l->ev[i]];

			if (f != r && extract_type(d->lx, f->type)->custody == XCUSTODY_START &&
			    (best < 0 || l->ev[i] < best))
				best = l->ev[i];
		}
	}
	if (best >= 0) {
		struct xevent *f = &d->events[best];

		if (r->date[0] && !f->date[0])
			date_shift(r->date, n, unit, -1, f->date, sizeof(f->date));
		else if (f->date[0] && !r->date[0])
			date_shift(f->date, n, unit, 1, r->date, sizeof(r->date));
	}
}

/*
 * "returned last week after being kept in a camp for 40 years", "has
 * been held for three years": the custody that act t starts, told as a state
 * with its length, ended at a known time (the date of the verb the
 * "after" clause hangs on, or the publication for a present perfect),
 * so began that long before: at the precision of the unit (years give
 * a year).  Decades and vaguer lengths give none.  The date in date, its
 * words at bytes [*ws, *we); returns 1, or 0.
 */
int
extract_span_back(const struct xdoc *d, const struct xacts *sc, size_t t, char *date, size_t datesz,
    size_t *ws, size_t *we)
{
	size_t k, end = 0, seq = sequenced_after(d, t, sc->s0), j;
	long n = 0;
	int unit = 0, found = 0;
	char anchor[DATE_FORMAT_MAX] = "";

	/* "kept (in a camp) for 40 years" */
	for (k = t + 1; k < sc->s1 && k < t + 8 && !found; k++) {
		if (extract_tok_is(d, k, ",") || extract_tok_is(d, k, ";"))
			break;
		if (extract_tok_is(d, k, "for") && k + 1 < sc->s1)
			found = span_at(d, k + 1, sc->s1, &n, &unit, &end);
	}
	if (!found || (unit != SPAN_YEAR && unit != SPAN_MONTH))
		return 0;
	if (seq != (size_t)-1 && extract_tok_is(d, seq, "after")) {
		/* the latest date before the "after", in the same stretch */
		for (j = sc->nd; j-- > 0;)
			if (sc->dates[j].e <= d->toks[seq].s && clause_gap(d, sc->dates[j].e, d->toks[seq].s) == 0) {
				date_format(&sc->dates[j].v, anchor, sizeof(anchor));
				break;
			}
	} else if (present_perfect(d, t, sc->s0) && d->pub.prec >= DATE_PREC_MONTH)
		snprintf(anchor, sizeof(anchor), "%04d-%02d", d->pub.year, d->pub.month);
	if (!anchor[0] || strchr(anchor, '/') || strchr(anchor, '~'))
		return 0;
	if (date_shift(anchor, n, unit, -1, date, datesz) != 0)
		return 0;
	*ws = d->toks[k].s;
	*we = d->toks[end - 1].e;
	return 1;
}

/*
 * A time told from the one before it (the reference time): "convicted
 * some seven weeks later", "the following year", "later that year",
 * "that night", "that May", "on the 2nd of the next month", "on the
 * 9th".  Each such expression of e's sentence, the one nearest e's
 * trigger, resolved against anchor (ISO, the act or date before).
 */
enum later_kind { LATER_SHIFT, LATER_KEEP, LATER_MONTH, LATER_DAY };

struct later {
	size_t tok, end;	/* where it is written: tokens [tok, end) */
	enum later_kind kind;
	long n;			/* SHIFT: n units on; KEEP: the anchor's first n chars */
	int unit;		/* SHIFT: SPAN_* */
	int month, day;		/* MONTH: that month of the anchor's year; DAY: that day */
};

/* "9th", "4th", "1st", "22nd": the day an ordinal names, or 0. */
static int
ordinal_day(const struct xdoc *d, size_t t)
{
	const struct xtok *w = &d->toks[t];
	const char *p = d->text + w->s;
	size_t n = w->e - w->s;
	int v = 0;

	if (!(w->flags & TOK_NUM) || n < 3 || n > 4)
		return 0;
	while (n > 2 && *p >= '0' && *p <= '9') {
		v = v * 10 + (*p++ - '0');
		n--;
	}
	if (n != 2 || (strncmp(p, "th", 2) && strncmp(p, "st", 2) && strncmp(p, "nd", 2) &&
	    strncmp(p, "rd", 2)))
		return 0;
	return v >= 1 && v <= 31 ? v : 0;
}

/* The expression of the reference time at t, if any, in *l. */
static int
later_at(const struct xdoc *d, size_t t, size_t s1, struct later *l)
{
	size_t end;
	int m;

	memset(l, 0, sizeof(*l));
	l->tok = t;
	if (span_at1(d, t, s1, &l->n, &l->unit, &end, 1) && end < s1 && extract_tok_is(d, end, "later")) {
		l->end = end + 1;
		return 1;
	}
	/* "later that year", "that same month", "that night", "that May" */
	if (t + 1 < s1 && extract_tok_is(d, t, "that")) {
		size_t u = t + 1 + (extract_tok_is(d, t + 1, "same") && t + 2 < s1);
		const struct xtok *w = &d->toks[u];

		l->kind = LATER_KEEP;
		l->end = u + 1;
		l->n = extract_tok_is(d, u, "year") ? 4 : extract_tok_is(d, u, "month") ? 7 :
		    extract_evword(d, u, "day-part") ? 10 : 0;
		if (l->n)
			return 1;
		if ((w->flags & TOK_CAP) && (m = date_month_from_name(d->text + w->s, w->e - w->s)) > 0) {
			l->kind = LATER_MONTH;
			l->month = m;
			return 1;
		}
		return 0;
	}
	/* "the following year", "the next day", "the 2nd of the following
	 * month" */
	if (t + 2 < s1 && extract_tok_is(d, t, "the") && extract_evword(d, t + 1, "next")) {
		l->kind = LATER_SHIFT;
		l->n = 1;
		l->end = t + 3;
		l->unit = extract_tok_is(d, t + 2, "day") ? SPAN_DAY : extract_tok_is(d, t + 2, "week") ?
		    SPAN_WEEK : extract_tok_is(d, t + 2, "month") ? SPAN_MONTH :
		    extract_tok_is(d, t + 2, "year") ? SPAN_YEAR : -1;
		if (l->unit == SPAN_MONTH && t >= 3 && extract_tok_is(d, t - 1, "of") &&
		    extract_tok_is(d, t - 3, "the"))
			l->day = ordinal_day(d, t - 2);
		return l->unit >= 0;
	}
	/* "on the 9th": a day of the month before, if no month follows */
	if (t + 2 < s1 && extract_tok_is(d, t, "on") && extract_tok_is(d, t + 1, "the") &&
	    (l->day = ordinal_day(d, t + 2)) > 0 &&
	    !(t + 3 < s1 && (extract_tok_is(d, t + 3, "of") ||
	    date_month_from_name(d->text + d->toks[t + 3].s, d->toks[t + 3].e - d->toks[t + 3].s) > 0))) {
		l->kind = LATER_DAY;
		l->end = t + 3;
		return 1;
	}
	return 0;
}

/* l resolved against the ISO date anchor into out; 0 when it cannot be. */
static int
later_resolve(const struct later *l, const char *anchor, char *out, size_t outsz)
{
	struct date v;
	size_t al = strlen(anchor);

	if (!anchor[0] || strchr(anchor, '/') || strchr(anchor, '~'))
		return 0;
	switch (l->kind) {
	case LATER_KEEP:
		if (al < (size_t)l->n)
			return 0;
		snprintf(out, outsz, "%.*s", (int)l->n, anchor);
		return 1;
	case LATER_MONTH:
		snprintf(out, outsz, "%.4s-%02d", anchor, l->month);
		return 1;
	case LATER_DAY:
		if (al < 7 || date_parse_iso(anchor, &v) != 0 || !date_valid(v.year, v.month, l->day))
			return 0;
		snprintf(out, outsz, "%.7s-%02d", anchor, l->day);
		return 1;
	case LATER_SHIFT:
		if (date_shift(anchor, l->n, l->unit, 1, out, outsz) != 0)
			return 0;
		if (l->day && strlen(out) == 7) {
			if (date_parse_iso(out, &v) != 0 || !date_valid(v.year, v.month, l->day))
				return 1;
			snprintf(out + 7, outsz - 7, "-%02d", l->day);
		}
		return 1;
	}
	return 0;
}

/* The reference time before e: the latest dated act before it, else the
 * latest date of up to five sentences back ("On July 18 he went out to
 * fish.  Agents seized him that night."). */
static const char *
anchor_before(const struct xdoc *d, const struct xevent *e, long last_dated, char *buf, size_t bufsz)
{
	size_t sj = e->sent, k, nd;
	struct sdate dates[XDATE_MAX];

	if (last_dated >= 0)
		return d->events[last_dated].date;
	for (k = 0; k < 5 && sj > 0; k++) {
		sj--;
		if ((nd = extract_sentence_dates(d, sj, dates)) > 0) {
			date_format(&dates[nd - 1].v, buf, bufsz);
			return buf;
		}
	}
	return "";
}

/* Another verb between tokens a and b ("escaping to China, and arrived
 * 20 days later"): what stands by it is that verb's. */
static int
verb_apart(const struct xdoc *d, size_t a, size_t b)
{
	size_t k, lo = a < b ? a : b, hi = a < b ? b : a;

	for (k = lo + 1; k < hi; k++)
		if (extract_past_verb(d, k) || extract_is_trigger(d, k))
			return 1;
	return 0;
}

/*
 * "reached the camp in July 2000 and died there two months later": a
 * time told from a date before it in the act's own sentence ("two months
 * later", "the next day", "later that year"), nearer the trigger t than
 * the date the act chose (dbest, or none), is the act's, resolved
 * against the latest date of the sentence before it.  The date in date,
 * the words in *ws, *we (bytes), the anchor's index in *from (-1: none
 * in the sentence, the reference time before it); returns 1, or 0 when
 * there is no such time.
 */
int
extract_later_in_sentence(const struct xdoc *d, const struct xacts *sc, size_t t, int dbest, char *date,
    size_t datesz, size_t *ws, size_t *we, int *from)
{
	size_t k, tb = d->toks[t].s, bdist = 120, best = (size_t)-1, j;
	struct later l, bl;
	char anchor[DATE_FORMAT_MAX];

	memset(&bl, 0, sizeof(bl));
	if (dbest >= 0)
		bdist = sc->dates[dbest].s > tb ? sc->dates[dbest].s - tb : tb - sc->dates[dbest].s;
	for (k = sc->s0; k < sc->s1; k++) {
		size_t dist;

		if (!later_at(d, k, sc->s1, &l) || k == t)
			continue;
		dist = d->toks[k].s > tb ? d->toks[k].s - tb : tb - d->toks[k].s;
		if (dist < bdist && !verb_apart(d, t, k)) {
			bdist = dist;
			best = k;
			bl = l;
		}
	}
	/* "on the 9th" nearest: a day of the month before, date_by_later's */
	if (best == (size_t)-1 || bl.kind == LATER_DAY)
		return 0;
	for (j = sc->nd; j-- > 0;)
		if (sc->dates[j].e <= d->toks[best].s)
			break;
	if (j != (size_t)-1)
		date_format(&sc->dates[j].v, anchor, sizeof(anchor));
	else if (dbest < 0 && !sc->nd) {
		/* none in the sentence: the reference time before it, as
		 * date_by_later takes it, now, before a later telling of
		 * the act with another time claims it */
		struct xevent here;
		long last = (long)d->nevent;

		while (--last >= 0 && (!d->events[last].date[0] || d->events[last].undated))
			;
		memset(&here, 0, sizeof(here));
		here.sent = sc->si;
		snprintf(anchor, sizeof(anchor), "%s", anchor_before(d, &here, last, date, datesz));
	} else
		return 0;
	if (!later_resolve(&bl, anchor, date, datesz))
		return 0;
	*ws = d->toks[best].s;
	*we = d->toks[bl.end - 1].e;
	*from = j == (size_t)-1 ? -1 : (int)j;
	return 1;
}

/* "X was detained in February.  The detention happened on the 9th": e,
 * dated to the month, told again in the sentence of tokens [s0, s1)
 * with the day of the month. */
void
extract_refine_day(struct xdoc *d, struct xevent *e, size_t s0, size_t s1)
{
	struct later l;
	struct date v;
	size_t t;

	if (strlen(e->date) != 7 || date_parse_iso(e->date, &v) || v.prec != DATE_PREC_MONTH)
		return;
	for (t = s0; t < s1; t++)
		if (later_at(d, t, s1, &l) && l.kind == LATER_DAY && date_valid(v.year, v.month, l.day)) {
			v.day = l.day;
			v.prec = DATE_PREC_DAY;
			date_format(&v, e->date, sizeof(e->date));
			e->why_date = "the act told again with its day (the detention happened on the 9th)";
			return;
		}
}

static const char later_why[] = "a time told from the one before (two months later, that night)";

static void
date_by_later(struct xdoc *d, struct xevent *e, long last_dated)
{
	size_t s0 = d->sents[e->sent].t0, s1 = d->sents[e->sent].t1, t, bestd = (size_t)-1, best_t = 0;
	struct later l, best;
	struct sdate dates[XDATE_MAX];
	char buf[DATE_FORMAT_MAX];
	size_t nd;
	int found = 0;

	memset(&best, 0, sizeof(best));
	if (e->tok < s0 || e->tok >= s1)
		return;
	for (t = s0; t < s1; t++)
		if (later_at(d, t, s1, &l)) {
			size_t dist = t > e->tok ? t - e->tok : e->tok - t;

			if (dist < bestd) {
				bestd = dist;
				best = l;
				best_t = t;
				found = 1;
			}
		}
	/* "A day on, guards took him, then shot him dead": the acts of one
	 * sentence after the time that opens it are at that time, not each a
	 * step after the one before */
	if (found && last_dated >= 0 && d->events[last_dated].sent == e->sent &&
	    best_t < d->events[last_dated].tok) {
		memcpy(e->date, d->events[last_dated].date, sizeof(e->date));
		return;
	}
	if (!found)
		return;
	/* "detained in May 2017 ... and handed a sentence that September":
	 * the time the story has reached is the latest date told before
	 * the words in its own sentence (when no other verb stands between
	 * the act and the words: "allowed them to return that year" is
	 * not the time of an act before it), else the one before it */
	nd = verb_apart(d, e->tok, best_t) ? 0 : extract_sentence_dates(d, e->sent, dates);
	while (nd > 0 && (dates[nd - 1].e > d->toks[best_t].s || dates[nd - 1].v.end_year))
		nd--;
	if (nd > 0)
		date_format(&dates[nd - 1].v, buf, sizeof(buf));
	later_resolve(&best, nd > 0 ? buf : anchor_before(d, e, last_dated, buf, sizeof(buf)), e->date,
	    sizeof(e->date));
}

/*
 * The vessel an act at trigger t (of n tokens) is done to, as its object
 * or after "of" ("took a Danish trawler", "the release of
 * the trawler"): the vessel word's token, or (size_t)-1.  Only words of
 * the noun phrase stand between: determiners, numbers, adjectives and
 * names, no comma, verb or other preposition.
 */
static size_t
vessel_object(const struct xdoc *d, size_t t, size_t n, size_t s1)
{
	size_t k = t + n;

	if (k < s1 && extract_evword(d, k, "particle"))
		k++;
	if (k < s1 && extract_tok_is(d, k, "of"))
		k++;
	for (; k < s1 && k < t + n + 7; k++) {
		if (extract_evword(d, k, "vessel"))
			return k;
		if (!(d->toks[k].flags & TOK_WORD) || extract_is_prep(d, k) || extract_past_verb(d, k) ||
		    extract_is_trigger(d, k) || *extract_cue_kind(d, k))
			break;
	}
	return (size_t)-1;
}

void
extract_vessel_act(struct xdoc *d, const struct xacts *sc, size_t t, const struct xtrig *tr,
    const struct xevtype *how)
{
	struct xvessel_act *a;
	int fb, k;

	if (vessel_object(d, t, tr->n, sc->s1) == (size_t)-1 ||
	    (k = extract_act_date(d, sc, t, !strcmp(tr->form, "noun"), how, &fb)) < 0)
		return;
	if (d->nvessel_act == d->cvessel_act) {
		d->cvessel_act = d->cvessel_act ? 2 * d->cvessel_act : 4;
		d->vessel_acts = xrealloc(d->vessel_acts, d->cvessel_act * sizeof(*d->vessel_acts));
	}
	a = &d->vessel_acts[d->nvessel_act++];
	snprintf(a->type, sizeof(a->type), "%s", tr->type);
	a->sent = sc->si;
	date_format(&sc->dates[k].v, a->date, sizeof(a->date));
}

/*
 * "North Korea seized a fishing boat on Sunday.  The boat, with seven on
 * board, is being held": e, undated, told of "the boat" (a vessel word
 * after "the", up to two words between, in its sentence), is the latest
 * act of its type told before it of a vessel alone, and took place then.
 */
static void
date_by_vessel(struct xdoc *d, struct xevent *e)
{
	size_t s0 = d->sents[e->sent].t0, s1 = d->sents[e->sent].t1, k, j, i;

	for (k = s0; k < s1; k++) {
		if (!extract_tok_is(d, k, "the"))
			continue;
		for (j = k + 1; j < s1 && j < k + 4 && !extract_evword(d, j, "vessel") &&
		    (d->toks[j].flags & TOK_WORD); j++)
			;
		if (j < s1 && extract_evword(d, j, "vessel"))
			break;
	}
	if (k >= s1)
		return;
	for (i = d->nvessel_act; i-- > 0;)
		if (d->vessel_acts[i].sent < e->sent && !strcmp(d->vessel_acts[i].type, e->type)) {
			snprintf(e->date, sizeof(e->date), "%s", d->vessel_acts[i].date);
			return;
		}
}

/*
 * "He was freed two years after his arrest", "took a third man a year
 * after the pair's kidnapping": a span after which a noun
 * of an act (a trigger noun after "after", past a possessive or a
 * determiner) came: e, undated, is that span after the latest act of
 * the noun's type told before it with its own date.  At the precision
 * the unit supports (days from a month give none).
 */
static void
date_after_act(struct xdoc *d, struct xevent *e)
{
	size_t s0 = d->sents[e->sent].t0, s1 = d->sents[e->sent].t1, k, end, j;
	long n = 0, at = (long)(e - d->events), i;
	int unit = 0;
	struct xtrig tr;

	if (e->tok < s0 || e->tok >= s1)
		return;
	for (k = s0; k < s1; k++) {
		if (!span_at(d, k, s1, &n, &unit, &end) || end >= s1 || !extract_tok_is(d, end, "after"))
			continue;
		/* the act's own span, no other act between them */
		if (verb_apart(d, e->tok, k))
			continue;
		for (j = end + 1; j < s1 && j < end + 6; j++) {
			if (extract_trigger(d, j, &tr))
				break;
			if (extract_tok_is(d, j, ",") || extract_is_prep(d, j) || extract_past_verb(d, j))
				return;
		}
		/* e is the act after which the span runs, not the one after it */
		if (j >= s1 || j >= end + 6 || strcmp(tr.form, "noun") || j == e->tok)
			return;
		for (i = at - 1; i >= 0; i--) {
			const struct xevent *f = &d->events[i];

			if (f->sent >= e->sent || strcmp(f->type, tr.type) || !f->date[0] || f->undated)
				continue;
			date_shift(f->date, n, unit, 1, e->date, sizeof(e->date));
			return;
		}
		return;
	}
}

/*
 * "It was only in 2002 that Tokyo learned the truth.", "It was in May
 * 1978 that the boat went missing.": a cleft that stresses a time (the
 * words of cleft-time in event-words.tsv between "it was" and the date,
 * "that" right after it).  The index in dates of that time, or -1.
 */
static int
cleft_time(const struct xdoc *d, size_t si, struct sdate *dates)
{
	size_t s0 = d->sents[si].t0, s1 = d->sents[si].t1, k = extract_after_dateline(d, s0, s1), j, nd, i;

	if (k + 4 >= s1 || !extract_tok_is(d, k, "it") ||
	    !(extract_tok_is(d, k + 1, "was") || extract_tok_is(d, k + 1, "is")))
		return -1;
	if ((nd = extract_sentence_dates(d, si, dates)) == 0)
		return -1;
	for (i = 0; i < nd; i++) {
		if (dates[i].v.end_year)
			continue;
		for (j = k + 2; j < s1 && j < k + 6 && d->toks[j].s < dates[i].s; j++)
			if (!extract_evword(d, j, "cleft-time"))
				break;
		if (j >= s1 || d->toks[j].s != dates[i].s)
			continue;
		while (j < s1 && d->toks[j].s < dates[i].e)
			j++;
		if (j < s1 && extract_tok_is(d, j, "that"))
			return (int)i;
	}
	return -1;
}

/*
 * An act with no date in its sentence, dated by the ones before it: "She
 * did not come back from the market in 1981.  Her family feared she had been
 * kidnapped."  The latest date of up to three sentences back in the same
 * paragraph, unless an act of one of those sentences claims it first.
 */
static void
date_from_context(struct xdoc *d, struct xevent *e, const unsigned char *sent_has_event)
{
	size_t sj = e->sent, k, nd;
	struct sdate dates[XDATE_MAX];
	int at, scene;

	/* "Since 2011, 70 have been executed": acts over a span to now */
	if (extract_tok_is(d, extract_after_dateline(d, d->sents[sj].t0, d->sents[sj].t1), "since"))
		return;
	for (k = 0; k < 3 && sj > 0; k++) {
		if (d->toks[d->sents[sj].t0].flags & (TOK_PARA | TOK_NL)) {
			/* a paragraph that a time set just before it opens
			 * ("It was Aug. 8, 1950.", "The arrests happened in
			 * mid-June.") goes on at that time */
			if (k == 0 && (at = extract_time_sentence(d, sj - 1, dates, &scene)) >= 0) {
				date_format(&dates[at].v, e->date, sizeof(e->date));
				free(e->date_text);
				e->date_text = xstrndup(d->text + dates[at].s, dates[at].e - dates[at].s);
			}
			return;
		}
		sj--;
		/* "It was only in 2002 that Tokyo learned the truth.  Its
		 * envoy then won her release": the time a cleft stresses is
		 * the story's time after it, whatever the acts it tells */
		if ((at = cleft_time(d, sj, dates)) >= 0) {
			date_format(&dates[at].v, e->date, sizeof(e->date));
			free(e->date_text);
			e->date_text = xstrndup(d->text + dates[at].s, dates[at].e - dates[at].s);
			return;
		}
		if (sent_has_event[sj])
			return;
		/* a span ("in the 1970s and 1980s") frames no single act:
		 * the latest date of one time */
		if ((nd = extract_sentence_dates(d, sj, dates)) == 0)
			continue;
		while (nd > 0 && (dates[nd - 1].v.end_year || dates[nd - 1].only_to))
			nd--;
		if (nd > 0) {
			date_format(&dates[nd - 1].v, e->date, sizeof(e->date));
			free(e->date_text);
			e->date_text = xstrndup(d->text + dates[nd - 1].s, dates[nd - 1].e - dates[nd - 1].s);
		}
		return;
	}
}

/* "arrived on Sunday and said he had been held": date k, before
 * the speech verb j, follows a verb of its own, whose time it is. */
static int
said_after_own_verb(const struct xdoc *d, const struct xacts *sc, size_t k, size_t j)
{
	size_t tj;

	if (sc->dates[k].s > sc->trig[j])
		return 0;
	for (tj = sc->s0; tj < sc->s1 && d->toks[tj].s != sc->trig[j]; tj++)
		;
	return verb_in(d, sc->s0, sc->s1, sc->dates[k].s, tj, 0);
}

/* Does date sd open with the word w ("until July": the span of the
 * expression holds its preposition)? */
static int
date_opens_with(const struct xdoc *d, const struct sdate *sd, const char *w)
{
	size_t n = strlen(w);

	return sd->e - sd->s > n && !strncasecmp(d->text + sd->s, w, n) && d->text[sd->s + n] == ' ';
}

/* "held until July": a date after "until" (or "till") ends a state, no
 * act begins then. */
static int
after_until(const struct xdoc *d, const struct sdate *sd)
{
	return date_opens_with(d, sd, "until") || date_opens_with(d, sd, "till");
}

/* The first act (no saying) of the clause that "when" opens right after
 * date sd ("in July, when they were freed"), as its byte, or -1. */
static size_t
act_after_when(const struct xdoc *d, const struct xacts *sc, const struct sdate *sd)
{
	size_t k, j;

	for (k = sc->s0; k < sc->s1 && d->toks[k].s < sd->e; k++)
		;
	if (k < sc->s1 && extract_tok_is(d, k, ","))
		k++;
	/* "held since January, when boats seized him": the state's
	 * start is the act's time too, and stays with it */
	if (k >= sc->s1 || !extract_tok_is(d, k, "when") || date_opens_with(d, sd, "since") ||
	    date_opens_with(d, sd, "from"))
		return (size_t)-1;
	for (j = 0; j < sc->ntr; j++)
		if (!sc->trig_speech[j] && sc->trig[j] > d->toks[k].s)
			return sc->trig[j];
	return (size_t)-1;
}


/* Are date sd and the trigger at byte tb in one stretch of the sentence
 * between commas or semicolons? */
static int
same_stretch(const struct xdoc *d, const struct sdate *sd, size_t tb)
{
	size_t a = tb < sd->s ? tb : sd->e, b = tb < sd->s ? sd->s : tb;

	return clause_gap(d, a, b) == 0;
}

/* "caught in Laos in January and sent back last month": date sd ends
 * the first of two verbs joined by "and"; the act at byte tb after the
 * "and" right after the date is the second, not the date's.  Only with
 * an act before the date, whose phrase it closes. */
static int
closes_conjunct(const struct xdoc *d, const struct xacts *sc, const struct sdate *sd, size_t tb)
{
	size_t k, j;
	int before = 0;

	if (tb < sd->e)
		return 0;
	for (j = 0; j < sc->ntr; j++)
		before |= !sc->trig_speech[j] && sc->trig[j] < sd->s;
	for (k = sc->s0; k < sc->s1 && d->toks[k].s < sd->e; k++)
		;
	return before && k < sc->s1 && extract_tok_is(d, k, "and") && d->toks[k].s < tb;
}

/* The token of sc's sentence that starts at byte b (sc->s1 if none). */
static size_t
tok_at(const struct xdoc *d, const struct xacts *sc, size_t b)
{
	size_t k;

	for (k = sc->s0; k < sc->s1 && d->toks[k].s != b; k++)
		;
	return k;
}

/* Each date of sc's sentence belongs to the trigger (or speech verb)
 * nearest to it, or to every act when it opens the sentence ("In 2019,
 * he tried to flee but was caught"): sc->owner.  A speech verb owns no
 * date that follows a verb of its own ("handed over on Tuesday, the group
 * said"; "arrived on Saturday and said"). */
void
extract_date_owners(const struct xdoc *d, struct xacts *sc)
{
	size_t k, j;

	for (k = 0; k < sc->nd; k++) {
		size_t bdist = (size_t)-1;

		sc->owner[k] = (size_t)-1;
		/* an anniversary's: the first act of its phrase */
		if (sc->dates[k].only_to) {
			for (j = 0; j < sc->ntr; j++)
				if (!sc->trig_speech[j] && sc->trig[j] >= sc->dates[k].e &&
				    sc->trig[j] < sc->dates[k].only_to) {
					sc->owner[k] = sc->trig[j];
					break;
				}
			continue;
		}
		if (opening_date(d, &sc->dates[k], sc->s0, sc->s1)) {
			sc->owner[k] = OWNER_ALL;
			continue;
		}
		/* "until July, when they were freed": the act the "when"
		 * after the date tells */
		if ((sc->owner[k] = act_after_when(d, sc, &sc->dates[k])) != (size_t)-1)
			continue;
		for (j = 0; j < sc->ntr; j++) {
			size_t dist = date_distance(d, &sc->dates[k], sc->trig[j], sc->s0, sc->s1);

			if (sc->trig_speech[j] && said_after_own_verb(d, sc, k, j))
				continue;
			/* "fleeing in 2001 who were caught": not the date of an
			 * act in a clause begun after it */
			if (!sc->trig_speech[j] && sc->trig[j] > sc->dates[k].e &&
			    clause_opens_between(d, sc->s0, tok_at(d, sc, sc->trig[j]), sc->dates[k].e))
				continue;
			/* "a boy who crossed the river into China in May has
			 * been held": a date in a relative clause still open
			 * when a later trigger comes is the clause's */
			if (!sc->trig_speech[j] && sc->trig[j] > sc->dates[k].e &&
			    in_relative_before(d, sc->s0, tok_at(d, sc, sc->trig[j]), sc->dates[k].s))
				continue;
			/* "In an interview on Monday, a soldier captured by
			 * rebels said": the main clause's */
			if (!sc->trig_speech[j] && extract_framed_participle(d, sc->s0, sc->s1,
			    tok_at(d, sc, sc->trig[j]), sc->dates[k].s))
				continue;
			/* "Roe, captured after his plane went down on
			 * May 4, was set free": in the stretch between
			 * commas that holds the date, an act or a saying of
			 * its own comes before any outside it */
			if (same_stretch(d, &sc->dates[k], sc->trig[j]))
				dist = dist < 1000 ? dist : 999;
			else
				dist += 1000;
			if (closes_conjunct(d, sc, &sc->dates[k], sc->trig[j]))
				dist += 2000;
			if (dist < bdist) {
				bdist = dist;
				sc->owner[k] = sc->trig[j];
			}
		}
	}
}

/* "arrived on Sunday and said he had been held", "came home on
 * Saturday and told us he was beaten during his arrest": between the date
 * at byte pos and trigger t a speech verb reports the act, in the past
 * perfect or as a noun; the date is the saying's time or another verb's,
 * the act was before. */
static int
reported_before(const struct xdoc *d, size_t s0, size_t t, size_t pos)
{
	size_t k;

	for (k = t; k > s0 && d->toks[k - 1].s >= pos; k--)
		if (!strcmp(extract_cue_kind(d, k - 1), "speech"))
			break;
	if (k == s0 || d->toks[k - 1].s < pos)
		return 0;
	for (; k < t; k++)
		if (extract_tok_is(d, k, "had"))
			return 1;
	return 0;
}

/* The act at t told in a clause of sequence on another verb: "before
 * being deported", "after being held", "before deporting him": the token
 * of "before" or "after", or -1. */
static size_t
sequenced_after(const struct xdoc *d, size_t t, size_t s0)
{
	size_t k = t;

	if (k > s0 && (extract_tok_is(d, k - 1, "being") || extract_tok_is(d, k - 1, "been")))
		k--;
	if (k > s0 && extract_tok_is(d, k - 1, "having"))
		k--;
	/* "after forcibly sending them back" */
	if (k > s0 + 1 && inner_adverb(d, k - 1))
		k--;
	if (k > s0 + 1 && (extract_tok_is(d, k - 1, "before") || extract_tok_is(d, k - 1, "after")))
		return k - 1;
	return (size_t)-1;
}

/* "As the North came under fire after sending them back to China, it
 * paraded them on TV on June 3": the act at t in a clause of sequence
 * (seq: its "after" or "before") that a comma closes before the date at
 * byte pos; the date is the main clause's, not the act's. */
static int
sequence_closes_before(const struct xdoc *d, size_t seq, size_t t, size_t s1, size_t pos)
{
	size_t k;

	if (seq == (size_t)-1)
		return 0;
	for (k = t + 1; k < s1 && d->toks[k].s < pos; k++)
		if (extract_tok_is(d, k, ",") || extract_tok_is(d, k, ";"))
			return 1;
	return 0;
}

/* A relative pronoun ("who", "which") between byte pos and trigger t,
 * with no comma, nor an adverb of sequel ("who were later caught"): the
 * act is in a relative clause begun after pos, at its time. */
static int
relative_after(const struct xdoc *d, size_t s0, size_t t, size_t pos)
{
	size_t k;

	for (k = t; k > s0 && d->toks[k - 1].s >= pos; k--) {
		if (extract_tok_is(d, k - 1, ",") || extract_tok_is(d, k - 1, ";") ||
		    extract_evword(d, k - 1, "sequel"))
			return 0;
		if (extract_is_relative(d, k - 1))
			return 1;
	}
	return 0;
}

/*
 * "found evidence in May that he was captured", "heard last week that the
 * boat had been seized", "one of nine fleeing in 2001 who were caught in
 * Mongolia": a clause that "that" or a relative pronoun opens between the
 * date at byte pos and trigger t holds the act; the date is the verb's
 * before it.  Not "that" of a time ("later that year", "that night"),
 * nor a cleft ("It was in 2009 that he was caught": the date is the
 * act's).
 */
static int
clause_opens_between(const struct xdoc *d, size_t s0, size_t t, size_t pos)
{
	size_t k, a = s0;

	if (extract_tok_is(d, a, "it") && a + 1 < t && (extract_tok_is(d, a + 1, "was") ||
	    extract_tok_is(d, a + 1, "is")))
		return 0;
	for (k = t; k > s0 && d->toks[k - 1].s >= pos; k--) {
		if (k < t && extract_is_relative(d, k - 1))
			return 1;
		if (extract_tok_is(d, k - 1, "that") && k < t && !extract_evword(d, k, "time-unit") &&
		    !extract_evword(d, k, "day-part") &&
		    !date_month_from_name(d->text + d->toks[k].s, d->toks[k].e - d->toks[k].s))
			return 1;
	}
	return 0;
}

/*
 * "Since the war ended in 1953, 80 prisoners have fled", "Since 2011, some
 * 70 officials have been executed": a clause or phrase of "since" that
 * opens the sentence, holding the date sd, starts a span that the acts
 * after its comma (trigger t) fill: none of them is at its start.  But
 * a custody that begins one (how: an arrest) told after a bare date is
 * the state held since then ("Since 2012, she has been held in a camp");
 * how may be NULL (any act).
 */
static int
since_opening(const struct xdoc *d, const struct xacts *sc, const struct sdate *sd, size_t t,
    const struct xevtype *how)
{
	size_t k0 = extract_after_dateline(d, sc->s0, sc->s1), k, c;

	if (!extract_tok_is(d, k0, "since") || d->toks[t].s < sd->e)
		return 0;
	for (c = k0; c < t && !(extract_tok_is(d, c, ",") && d->toks[c].s >= sd->e); c++)
		;
	if (c >= t)
		return 0;
	for (k = k0 + 1; k < c; k++)
		if (extract_past_verb(d, k))
			return 1;
	return !how || how->custody != XCUSTODY_START;
}

/* "In 2009 he fled, and in 2010 he was arrested": another date of the
 * sentence between the opening date sd and trigger t, not inside a
 * relative clause ("In 2014, after talks which began in May, ..."), is
 * the nearer frame. */
static int
date_between(const struct xdoc *d, const struct xacts *sc, const struct sdate *sd, size_t t)
{
	size_t k;

	for (k = 0; k < sc->nd; k++)
		if (sc->dates[k].s > sd->e && sc->dates[k].e <= d->toks[t].s &&
		    !in_relative_before(d, sc->s0, t, sc->dates[k].s))
			return 1;
	return 0;
}

int
extract_act_date(const struct xdoc *d, const struct xacts *sc, size_t t, int noun, const struct xevtype *how,
    int *fb)
{
	size_t k, j, s0 = sc->s0, s1 = sc->s1, tb = d->toks[t].s, bd = (size_t)-1, seq;
	int dbest = -1;

	/* one owned by a speech verb ("announced Monday that he would be
	 * freed") only if the act gets no other date */
	*fb = -1;
	for (k = 0; k < sc->nd && sc->ntr > 1; k++)
		for (j = 0; j < sc->ntr; j++)
			if (sc->owner[k] == sc->trig[j] && sc->trig_speech[j] && *fb < 0 &&
			    !extract_framed_participle(d, s0, s1, t, sc->dates[k].s) &&
			    (sc->trig[j] > tb ? sc->trig[j] - tb : tb - sc->trig[j]) < 120)
				*fb = (int)k;
	/* "caught in January and sent back": the date of the verb before
	 * the "and", if the act gets no other */
	for (k = 0; k < sc->nd && *fb < 0; k++)
		if (closes_conjunct(d, sc, &sc->dates[k], tb))
			*fb = (int)k;
	/* "fleeing in 2001 who were caught in Mongolia": the year or month
	 * of the clause a relative clause hangs on, if the act gets no
	 * other (a day is that clause's alone) */
	for (k = sc->nd; k-- > 0 && *fb < 0;)
		if (sc->dates[k].e <= tb && sc->dates[k].v.prec < DATE_PREC_DAY &&
		    relative_after(d, s0, t, sc->dates[k].e))
			*fb = (int)k;
	/* the anniversary of an act ("the tenth anniversary of his arrest"),
	 * a verb's or a noun's: the years counted back */
	for (k = 0; k < sc->nd; k++)
		if (sc->dates[k].only_to && tb >= sc->dates[k].e && tb < sc->dates[k].only_to &&
		    (sc->owner[k] == tb || sc->owner[k] == (size_t)-1))
			return (int)k;
	/* a noun next to a verb takes no date of the verb's */
	if (!sc->nd || (sc->nverb && noun))
		return -1;
	seq = sequenced_after(d, t, s0);
	for (k = 0; k < sc->nd; k++) {
		const struct sdate *sd = &sc->dates[k];
		size_t dist = date_distance(d, sd, tb, s0, s1);

		/* "transferred on Monday night before being deported": the
		 * date is the verb's that the act came before or after */
		/* an anniversary's date is only the acts' of its phrase; the
		 * date it counts from none of theirs */
		if (sd->only_to && (tb < sd->e || tb >= sd->only_to))
			continue;
		if (k + 1 < sc->nd && sc->dates[k + 1].only_to && tb >= sc->dates[k + 1].e &&
		    tb < sc->dates[k + 1].only_to)
			continue;
		if ((seq != (size_t)-1 && sd->s < d->toks[seq].s) ||
		    (sd->s > tb && sequence_closes_before(d, seq, t, s1, sd->s)) || (sc->owner[k] != tb && sc->owner[k] != OWNER_ALL && sc->ntr > 1) ||
		    (sc->owner[k] == OWNER_ALL && date_between(d, sc, sd, t)) ||
		    (sd->s > tb && extract_relative_between(d, t, s1, sd->s)) ||
		    (sd->s > tb && subclause_between(d, t, s1, sd->s)) ||
		    (sd->s > tb && verb_between(d, t, s1, sd->s)) ||
		    (sd->s > tb && after_until(d, sd)) ||
		    (sd->s > tb && relative_closes_before(d, s0, t, s1, sd->s)) ||
		    (sd->s < tb && reported_before(d, s0, t, sd->s)) ||
		    (sd->s < tb && sc->owner[k] != OWNER_ALL && clause_opens_between(d, s0, t, sd->e)) ||
		    since_opening(d, sc, sd, t, how) ||
		    (sd->s < tb && in_relative_before(d, s0, t, sd->s)) ||
		    (sd->s < tb && reduced_relative_before(d, s0, t, sd->s)) ||
		    (sd->s < tb && extract_framed_participle(d, s0, s1, t, sd->s)))
			continue;
		if (dist < bd) {
			bd = dist;
			dbest = (int)k;
		}
	}
	return bd >= 200 ? -1 : dbest;
}

/*
 * "He was freed after he apologized, the agency said": the act at
 * trigger t, in the simple past, is reported by a closing clause of
 * "said" after a comma, with no date in the sentence: the report's news.
 */
static int
said_after(const struct xdoc *d, size_t t, size_t s1)
{
	size_t k;

	for (k = t + 1; k < s1; k++)
		if (extract_tok_is(d, k, ","))
			break;
	for (; k < s1; k++)
		if (extract_tok_is(d, k, "said"))
			return k + 2 >= s1 || (d->toks[k + 1].flags & TOK_WORD) == 0;
	return 0;
}

void
extract_date_act(struct xdoc *d, const struct xacts *sc, struct xevent *e, size_t t, int dbest, int fb,
    const char *date, const struct xevtype *how)
{
	size_t s0 = sc->s0, s1 = sc->s1;

	if (!e->date[0] && dbest < 0 && date[0]) {
		snprintf(e->date, sizeof(e->date), "%s", date);
		e->why_date = "the date of the act before, the same day";
	}
	/* "last week" then "on Nov 12": the more precise date wins */
	if (e->date[0] && dbest >= 0 && strlen(date) > strlen(e->date) &&
	    !strncmp(date, e->date, strlen(e->date)) && !strchr(e->date, '/'))
		e->date[0] = 0;
	if (!e->date[0] && dbest >= 0) {
		snprintf(e->date, sizeof(e->date), "%s", date);
		e->scene = sc->owner[dbest] == OWNER_ALL;
		e->why_date = "the nearest date of its sentence";
		free(e->date_text);
		e->date_text = xstrndup(d->text + sc->dates[dbest].s, sc->dates[dbest].e - sc->dates[dbest].s);
	}
	/* "admitted in 2002 that it had kidnapped": before the saying; but
	 * "said on Monday it had let him go" is news, the saying the week of the
	 * report, and dates the act; not an act inside a clause the saying
	 * tells in the past perfect ("told friends on Saturday he had
	 * eaten little during his arrest"), which was before it */
	if (dbest < 0 && fb >= 0 && !e->fb_date[0] &&
	    (!extract_past_perfect(d, t, s0) || news_of_the_week(d, &sc->dates[fb].v)) &&
	    !(!extract_past_perfect(d, t, s0) && sc->dates[fb].s < d->toks[t].s &&
	    reported_before(d, s0, t, sc->dates[fb].s)))
		date_format(&sc->dates[fb].v, e->fb_date, sizeof(e->fb_date));
	/* "He was released ..., the agency said", no date in the
	 * sentence: news, the publication's month */
	if (dbest < 0 && !e->fb_date[0] && d->pub.prec >= DATE_PREC_MONTH && !sc->nd &&
	    how->just_now == JUST_NOW_YES && !extract_past_perfect(d, t, s0) && said_after(d, t, s1))
		snprintf(e->fb_date, sizeof(e->fb_date), "%04d-%02d", d->pub.year, d->pub.month);
	/* released, sent back, arrested or dead just now ("has been freed",
	 * "has executed"; not a state, "has been held"), or greeted as news
	 * ("welcomed the release of"): the publication's month */
	if (dbest < 0 && !e->fb_date[0] && d->pub.prec >= DATE_PREC_MONTH && how->just_now &&
	    (present_perfect(d, t, s0) || active_perfect(d, t, s0) ||
	    (!sc->nd && greeted_news(d, t, s0) && !dated_before(d, e))) &&
	    !extract_evword(d, t, "perfect-state") && !since_after(d, t, s1) &&
	    !(sc->nd && since_opening(d, sc, &sc->dates[0], t, NULL)))
		snprintf(e->fb_date, sizeof(e->fb_date), "%04d-%02d", d->pub.year, d->pub.month);
}

void
extract_date_also(struct xdoc *d, const struct xacts *sc, struct xevent *e, size_t t, int dbest)
{
	/* "four others were also arrested": at the same time */
	if (!e->date[0] && dbest < 0 && t >= sc->s0 + 2 && (extract_evword(d, t - 1, "same-time") ||
	    extract_evword(d, t - 2, "same-time")))
		same_time_as_before(d, e);
	if (e->date[0] && !e->why_date)
		e->why_date = "also: the time of the act before";
}

/*
 * "In early November, two fishermen were escorted to the border,
 * blindfolded.  At the line they were handed over to the guards": an act with
 * no date of its own, told of the same people in the sentence right after
 * (the same paragraph) a sentence whose opening date sets the scene of an
 * act of theirs, goes on in that scene.  ("Caught in late May.  They were
 * deported": no scene, maybe later.)
 */
static void
date_from_story(struct xdoc *d, struct xevent *e)
{
	size_t i, at = (size_t)(e - d->events);
	int a, b;

	struct date any = { 2000, 6, 15, DATE_PREC_DAY, 0, 0 }, v;
	size_t st;

	if (!e->sent || (d->toks[d->sents[e->sent].t0].flags & (TOK_PARA | TOK_NL)))
		return;
	/* a time of its own that could not be resolved ("last year" on a
	 * page with no date) is not this one */
	if (date_find(d->text + d->sents[e->sent].s, d->sents[e->sent].e - d->sents[e->sent].s, &any,
	    &v, &st))
		return;
	for (i = at; i-- > 0;) {
		const struct xevent *f = &d->events[i];

		if (f->sent + 1 < e->sent)
			break;
		if (f->sent + 1 != e->sent || !f->date[0] || f->undated || f->dead > 0 || !f->scene)
			continue;
		for (a = 0; a < e->nvictims; a++)
			for (b = 0; b < f->nvictims; b++)
				if (e->victims[a] == f->victims[b]) {
					snprintf(e->date, sizeof(e->date), "%s", f->date);
					return;
				}
	}
}

/*
 * "X was convicted in May.  He is serving a 15-year term": e, undated,
 * takes the date of an act of its type's dated-by (event-types.tsv) on
 * one of its victims, dated by its own sentence: the latest one told
 * before it, else the first one after.
 */
static void
date_by_kin(struct xdoc *d, struct xevent *e)
{
	const struct xevtype *how = extract_type(d->lx, e->type);
	long at = (long)(e - d->events), best = -1;
	size_t i;
	int a;

	if (!how->dated_type[0])
		return;
	for (a = 0; a < e->nvictims; a++) {
		const struct xevlist *l = extract_events_of(d, e->victims[a]);

		for (i = 0; l && i < l->n; i++) {
			const struct xevent *f = &d->events[l->ev[i]];
			long k = l->ev[i];

			if (strcmp(f->type, how->dated_type) || !f->date[0] || f->undated)
				continue;
			if (best < 0 || (k < at && (best > at || k > best)) || (k > at && best > at && k < best))
				best = k;
		}
	}
	if (best >= 0) {
		snprintf(e->date, sizeof(e->date), "%s", d->events[best].date);
		free(e->date_text);
		e->date_text = d->events[best].date_text ? xstrdup(d->events[best].date_text) : NULL;
	}
}

/*
 * "Three years after defecting, she is slowly recovering": an act told
 * in an opening "N years after" (or months) whose main clause is in the
 * present (the now-verb list of event-words.tsv) was N years before the
 * report: its year (or month).  A count of decades, or a main clause in
 * the past ("Two years after fleeing, she was caught"), tells none.
 */
static void
date_since_now(struct xdoc *d, struct xevent *e)
{
	size_t s0 = d->sents[e->sent].t0, s1 = d->sents[e->sent].t1, k, j, n;
	long count = 0;
	struct date v;
	int months;

	if (d->pub.prec < DATE_PREC_MONTH || e->tok < s0 + 3 || e->tok >= s1)
		return;
	for (k = e->tok; k > s0 && k + 3 > e->tok && !extract_tok_is(d, k - 1, "after"); k--)
		;
	if (k <= s0 + 2 || !extract_tok_is(d, k - 1, "after"))
		return;
	k -= 2;		/* the unit */
	if (extract_tok_is(d, k, "years") || extract_tok_is(d, k, "year"))
		months = 0;
	else if (extract_tok_is(d, k, "months") || extract_tok_is(d, k, "month"))
		months = 1;
	else
		return;
	/* the count opens the sentence, past a dateline ("SEOUL (Agency) --") */
	s0 = extract_after_dateline(d, s0, s1);
	for (j = s0; j < k && !((count = extract_count_at(d, j, &n)) > 0 && j + n == k); j++)
		;
	if (j == k || j > s0 + 1)
		return;
	/* the main clause: past the comma, a verb of now */
	for (j = e->tok; j < s1 && !extract_tok_is(d, j, ","); j++)
		;
	for (k = j + 1; k < s1 && k < j + 8 && !extract_evword(d, k, "now-verb"); k++)
		;
	if (j >= s1 || k >= s1 || k >= j + 8)
		return;
	v = d->pub;
	v.day = 0;
	v.approx = 0;
	v.end_year = 0;
	if (months) {
		long m = (long)v.year * 12 + (v.month - 1) - count;

		v.year = (int)(m / 12);
		v.month = (int)(m % 12) + 1;
		v.prec = DATE_PREC_MONTH;
	} else {
		v.year -= (int)count;
		v.month = 0;
		v.prec = DATE_PREC_YEAR;
	}
	date_format(&v, e->date, sizeof(e->date));
}

void
extract_dates_from_elsewhere(struct xdoc *d)
{
	unsigned char *sent_has_event;
	struct xheadline hl;
	long last_dated = -1;
	size_t i;

	extract_headline_read(d, d->title, &hl);

	for (i = 0; i < d->nevent; i++)
		if (extract_type(d->lx, d->events[i].type)->custody == XCUSTODY_END)
			date_by_custody(d, &d->events[i]);
	sent_has_event = xcalloc(d->nsent + 1, 1);
	for (i = 0; i < d->nevent; i++)
		sent_has_event[d->events[i].sent] = 1;
	for (i = 0; i < d->nevent; i++) {
		struct xevent *e = &d->events[i];

		if (e->date[0] && !e->why_date)
			e->why_date = "a span from another act (after six months' detention)";
		if (!e->date[0]) {
			date_by_later(d, e, last_dated);
			if (e->date[0])
				e->why_date = later_why;
		}
		if (!e->date[0]) {
			date_after_act(d, e);
			if (e->date[0])
				e->why_date = "a span after an act told before (two years after his arrest)";
		}
		if (!e->date[0]) {
			date_since_now(d, e);
			if (e->date[0])
				e->why_date = "counted back from the report (three years after defecting, she is)";
		}
		if (!e->date[0]) {
			e->undated = 1;
			date_by_kin(d, e);
			if (e->date[0])
				e->why_date = "its victims' act of the type held with it (the trial of a sentence)";
		}
		if (!e->date[0]) {
			date_by_vessel(d, e);
			if (e->date[0])
				e->why_date = "the act of its type on the vessel told before (seized the boat)";
		}
		if (!e->date[0])
			extract_date_by_entry(d, e);
		if (!e->date[0]) {
			date_from_context(d, e, sent_has_event);
			if (e->date[0])
				e->why_date = "the latest date of the sentences before";
		}
		if (!e->date[0]) {
			date_from_story(d, e);
			if (e->date[0])
				e->why_date = "the time of the act on the same people told just before";
		}
		if (!e->date[0])
			extract_date_then(d, e);
		if (!e->date[0])
			extract_date_between(d, e);
		if (!e->date[0] && extract_headline_date(d, &hl, e))
			e->why_date = "the headline's act, told in the present: the report's news";
		if (!e->date[0] && e->fb_date[0]) {
			snprintf(e->date, sizeof(e->date), "%s", e->fb_date);
			e->why_date = "the date of the saying or of the report";
		}
		if (!e->date[0])
			e->why_date = "none found";
		if (e->date[0])
			last_dated = (long)i;
	}
	free(sent_has_event);
}

/* Do events e and f share a victim? */
static int
share_victim(const struct xevent *e, const struct xevent *f)
{
	int a, b;

	for (a = 0; a < e->nvictims; a++)
		for (b = 0; b < f->nvictims; b++)
			if (e->victims[a] == f->victims[b])
				return 1;
	return 0;
}

/* Does sentence si tell a time: a date, or a span ("two years later",
 * "for six months")? */
static int
sentence_tells_time(const struct xdoc *d, size_t si)
{
	struct sdate dates[XDATE_MAX];
	size_t k, end;
	long n;
	int unit;

	if (extract_sentence_dates(d, si, dates) > 0)
		return 1;
	for (k = d->sents[si].t0; k < d->sents[si].t1; k++)
		if (span_at1(d, k, d->sents[si].t1, &n, &unit, &end, 1))
			return 1;
	return 0;
}

/* Are the verbs at tokens a and b joined by "and" as acts of one
 * clause ("condemned to die and shortly afterwards shot"), no comma,
 * relative pronoun or other clause word between? */
static int
joined_acts(const struct xdoc *d, size_t a, size_t b)
{
	size_t lo = a < b ? a : b, hi = a < b ? b : a, k;
	int and = 0;

	for (k = lo + 1; k < hi; k++) {
		/* "and soon after executed": an adverb right before the verb */
		if (extract_tok_is(d, k, "and"))
			and = 1;
		else if (k + 1 == hi && and && extract_tok_is(d, k, "after"))
			continue;
		else if (extract_punct_break(d, k) || extract_is_relative(d, k) ||
		    !strcmp(extract_cue_kind(d, k), "clause") || !strcmp(extract_cue_kind(d, k), "speech"))
			return 0;
	}
	return and;
}

/*
 * "All three were condemned to die and shortly afterwards shot": two acts
 * of the same people told in one sentence that tells no time are told
 * as one stretch of the story; when the other one is dated by a telling
 * that says when (another sentence's, into which it was folded), e,
 * still undated, took place then too (its date is borrowed: undated
 * stays set).  The other act: a verb of another type joined to e's by
 * "and" in its clause, and the one event of that type on a victim of
 * e's.
 */
void
extract_dates_after_merge(struct xdoc *d)
{
	size_t i, j, k;
	struct xtrig tr;

	for (i = 0; i < d->nevent; i++) {
		struct xevent *e = &d->events[i];
		const struct xevent *f = NULL;
		int n = 0;

		if (e->date[0] || sentence_tells_time(d, e->sent))
			continue;
		for (k = d->sents[e->sent].t0; k < d->sents[e->sent].t1; k++) {
			if (k == e->tok || !extract_trigger(d, k, &tr) || !strcmp(tr.type, e->type) ||
			    !strcmp(tr.form, "noun") || !joined_acts(d, e->tok, k))
				continue;
			for (j = 0; j < d->nevent; j++)
				if (j != i && !strcmp(d->events[j].type, tr.type) &&
				    share_victim(e, &d->events[j]) && (!f || f != &d->events[j])) {
					f = &d->events[j];
					n++;
				}
		}
		if (n != 1 || !f->date[0] || f->undated)
			continue;
		snprintf(e->date, sizeof(e->date), "%s", f->date);
		e->undated = 1;
		e->why_date = "the act of the same people told with it, dated by another telling";
	}
	extract_refine_by_flashback(d);
}
