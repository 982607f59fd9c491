/*
 * extract-dates.c: when an act happened, as its own sentence tells.
 *
 * Each date expression of the sentence (extract-datexpr.c) belongs to
 * the trigger or speech verb nearest it within its stretch of the
 * clause, or to every act when it opens the sentence; an act takes the
 * nearest date it owns, unless another verb, a relative or subordinate
 * clause, a reported saying or a sequence ("before being deported")
 * stands between and claims it.  The report's month dates an act just
 * done ("has been released", "welcomed the release of").  Times counted
 * from another are extract-counted.c's; dates from other sentences,
 * extract-elsewhere.c's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "buf.h"
#include "extract-events.h"

static int clause_opens_between(const struct xdoc *d, size_t s0, size_t t, size_t pos);

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
	if (h > s0 && extract_inner_adverb(d, h))
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

	for (i = 0; i < at; i++)
		if (d->events[i].date[0] && !strcmp(d->events[i].type, e->type) &&
		    extract_share_victim(e, &d->events[i]))
			return 1;
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
	    !strcmp(extract_cue_kind(d, a - 1), "perf") || extract_inner_adverb(d, a - 1)))
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
		return sd->s - tb + 40 * extract_clause_gap(d, tb, sd->s);
	return 2 * (tb - sd->e) + 40 * extract_clause_gap(d, sd->e, tb);
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

	return extract_clause_gap(d, a, b) == 0;
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
/*
 * "freed after his arrest in March", "the detention of Jon in May": the
 * noun trigger of sc whose phrase date k ends, its preposition ("in",
 * "on") right after the noun or after "of" and a name of up to four
 * words, no comma or verb between, after a verb of an act: its token,
 * or (size_t)-1.  A sentence's term is no such noun.
 */
static size_t
noun_phrase_date(const struct xdoc *d, const struct xacts *sc, size_t k)
{
	size_t j, e, m;
	const char *w = d->text + sc->dates[k].s;

	if (strncmp(w, "in ", 3) && strncmp(w, "on ", 3))
		return (size_t)-1;
	for (j = 0; j < sc->nnoun; j++) {
		size_t b = sc->noun[j];

		/* a sentence's term ("to 12 years' detention on Tuesday",
		 * "life imprisonment"): the date is the sentencing's */
		if (b > sc->s0 && (extract_evword(d, b - 1, "penalty") || (b - 1 > sc->s0 &&
		    (extract_tok_is(d, b - 1, "'") || extract_tok_is(d, b - 1, "\xe2\x80\x99") ||
		    extract_tok_is(d, b - 1, "of")) && extract_evword(d, b - 2, "penalty"))))
			continue;
		/* only a noun after an act's verb: "freed after his arrest
		 * in March"; "Since his arrest in May, he has been held"
		 * dates what follows by it */
		for (m = 0; m < sc->ntr && (sc->trig_speech[m] || sc->trig[m] >= d->toks[b].s); m++)
			;
		if (m == sc->ntr)
			continue;
		e = sc->noun[j] + sc->noun_n[j];
		if (e < sc->s1 && extract_tok_is(d, e, "of"))
			for (m = e + 1; m < sc->s1 && m < e + 6 && (d->toks[m].flags & TOK_CAP) &&
			    d->toks[m].s < sc->dates[k].s; m++)
				e = m + 1;
		if (e < sc->s1 && d->toks[e].s == sc->dates[k].s)
			return sc->noun[j];
	}
	return (size_t)-1;
}

void
extract_date_owners(const struct xdoc *d, struct xacts *sc)
{
	size_t k, j;

	for (k = 0; k < sc->nd; k++) {
		size_t bdist = (size_t)-1;

		sc->owner[k] = (size_t)-1;
		/* a date that ends a noun's phrase is the noun's act's alone */
		if ((sc->noun_of[k] = noun_phrase_date(d, sc, k)) != (size_t)-1)
			continue;
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
			/* "Guards seized her, who had crossed in 2015, at a
			 * market on March 4": a date after the comma that
			 * closes a relative clause is none of the clause's acts' */
			if (!sc->trig_speech[j] && sc->trig[j] < sc->dates[k].s &&
			    relative_closes_before(d, sc->s0, tok_at(d, sc, sc->trig[j]), sc->s1,
			    sc->dates[k].s))
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

/*
 * "arrested him when he crossed the river in 2012", "shot him dead as he
 * tried to flee in May": the trigger at byte owner, which owns a date,
 * is in a clause of the same time ("when", "as", "while", "once":
 * same-time-conj of event-words.tsv) that hangs on the act at token t,
 * after it with no comma or other act between: the date is t's too.
 */
static int
same_time_clause(const struct xdoc *d, const struct xacts *sc, size_t t, size_t owner)
{
	size_t k;
	int conj = 0;

	if (owner == (size_t)-1 || owner == OWNER_ALL || owner <= d->toks[t].s)
		return 0;
	for (k = t + 1; k < sc->s1 && d->toks[k].s < owner; k++) {
		if (extract_tok_is(d, k, ",") || extract_tok_is(d, k, ";") ||
		    (!conj && extract_is_trigger(d, k)))
			return 0;
		if (extract_evword(d, k, "same-time-conj"))
			conj = 1;
	}
	return conj;
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
	/* "after his arrest in March": the date of the noun's own phrase */
	for (k = 0; k < sc->nd; k++)
		if (sc->noun_of[k] == t)
			return (int)k;
	/* a noun next to a verb takes no date of the verb's */
	if (!sc->nd || (sc->nverb && noun))
		return -1;
	seq = extract_sequenced_after(d, t, s0);
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
		if (sc->noun_of[k] != (size_t)-1 ||
		    (seq != (size_t)-1 && sd->s < d->toks[seq].s) ||
		    (sd->s > tb && sequence_closes_before(d, seq, t, s1, sd->s)) ||
		    (sc->owner[k] != tb && sc->owner[k] != OWNER_ALL && sc->ntr > 1 &&
		    !same_time_clause(d, sc, t, sc->owner[k])) ||
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
	    (extract_present_perfect(d, t, s0) || active_perfect(d, t, s0) ||
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
