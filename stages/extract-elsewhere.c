/*
 * extract-elsewhere.c: the dates an act takes from elsewhere when its
 * sentence gives none, in the passes after the sentences.
 *
 * A span from another act of the same people, a time told from the one
 * before, the custody of a vessel, the story's time around it (the
 * sentences before, a cleft, extract-narrative.c), the act of the same
 * people told just before, its trial, a time counted back from the
 * report, the report's month for an act just done (a headline's act,
 * extract-news.c); and after acts told again are folded, the dates of
 * acts joined to a dated one.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "buf.h"
#include "extract-events.h"

static const char later_why[] = "a time told from the one before (two months later, that night)";

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
			extract_date_by_custody(d, &d->events[i]);
	sent_has_event = xcalloc(d->nsent + 1, 1);
	for (i = 0; i < d->nevent; i++)
		sent_has_event[d->events[i].sent] = 1;
	for (i = 0; i < d->nevent; i++) {
		struct xevent *e = &d->events[i];

		if (e->date[0] && !e->why_date)
			e->why_date = "a span from another act (after six months' detention)";
		if (!e->date[0]) {
			extract_date_by_later(d, e, last_dated);
			if (e->date[0])
				e->why_date = later_why;
		}
		if (!e->date[0]) {
			extract_date_after_act(d, e);
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
			/* the time of a saying is no time of the story
			 * that "the next day" counts from */
			continue;
		}
		if (!e->date[0])
			e->why_date = "none found";
		if (e->date[0])
			last_dated = (long)i;
	}
	free(sent_has_event);
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
		if (extract_span_at1(d, k, d->sents[si].t1, &n, &unit, &end, 1))
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
				    extract_share_victim(e, &d->events[j]) && (!f || f != &d->events[j])) {
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
