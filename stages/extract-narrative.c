/*
 * extract-narrative.c: the time the story has reached, for an act told
 * without a date in its sentence (narrative reference time).
 *
 * A story sets a time and tells what happened then: a sentence that
 * only says when ("It was a cold morning in late May 1951.", "The raid
 * and the arrests happened in mid-June"), two times of one month around
 * an act told in the simple past ("reached the border on May 2 ...
 * soldiers arrested all seven.  By May 6 they were in China"), a
 * crossing dated in one sentence that another tells as what led to an
 * arrest ("who entered the country on May 4" ... "walked in and got
 * arrested"), and a flashback that such a time sentence opens, which
 * tells again an act dated to its year before it ("arrested in 1979 ...
 * It was early March 1979 ... 'You are under arrest'"), an act told
 * as following the one before ("They then sent her back").  A time is
 * taken only within the same people's story: not from a sentence that
 * tells another person's act, not across more than one paragraph, and
 * not for an act told in a past perfect ("had been arrested": before
 * the time, not at it) or in the present.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "extract-events.h"

/* Is token k the word "place" of "took place" (or "take", "takes")? */
static int
took_place(const struct xdoc *d, size_t k)
{
	return k > 0 && extract_tok_is(d, k, "place") && (extract_tok_is(d, k - 1, "took") ||
	    extract_tok_is(d, k - 1, "take") || extract_tok_is(d, k - 1, "takes") ||
	    extract_tok_is(d, k - 1, "taken"));
}

/* Is token k a noun of an act, as triggers.tsv lists it or its plural
 * ("the arrests")? */
static int
act_noun(const struct xdoc *d, size_t k)
{
	const struct lex_entry *le;
	struct xtrig tr;
	size_t n = d->toks[k].e - d->toks[k].s;

	if (extract_trigger(d, k, &tr))
		return !strcmp(tr.form, "noun");
	if (n < 4 || d->lower[d->toks[k].e - 1] != 's')
		return 0;
	le = lex_lookupn(d->lx->triggers, d->lower + d->toks[k].s, n - 1);
	return le && !strcmp(lex_get(d->lx->triggers, le, "form"), "noun");
}

/* Only punctuation from byte b to the end of sentence si? */
static int
ends_sentence(const struct xdoc *d, size_t si, size_t b)
{
	size_t k;

	for (k = d->sents[si].t0; k < d->sents[si].t1; k++)
		if (d->toks[k].s >= b && (d->toks[k].flags & TOK_WORD))
			return 0;
	return 1;
}

/* The index in dates (nd of them) of the date that starts at token k,
 * past a preposition before it ("in mid-June"), or -1. */
static int
date_at(const struct xdoc *d, const struct sdate *dates, size_t nd, size_t k)
{
	size_t i;

	for (i = 0; i < nd; i++)
		if (dates[i].s == d->toks[k].s || (k + 1 < d->ntok && extract_is_prep(d, k) &&
		    dates[i].s == d->toks[k + 1].s) || (extract_tok_is(d, k, "in") && k + 1 < d->ntok &&
		    dates[i].s == d->toks[k + 1].s))
			return (int)i;
	return -1;
}

int
extract_time_sentence(const struct xdoc *d, size_t si, struct sdate *dates, int *opens_scene)
{
	size_t s0 = d->sents[si].t0, s1 = d->sents[si].t1, k = extract_after_dateline(d, s0, s1), j, nd;
	int i;

	*opens_scene = 0;
	if (k + 2 >= s1 || !(nd = extract_sentence_dates(d, si, dates)))
		return -1;
	if (extract_tok_is(d, k, "it") && extract_tok_is(d, k + 1, "was")) {
		/* "It was Aug. 8, 1950, two months into the war." */
		if (dates[0].s == d->toks[k + 2].s && !dates[0].v.end_year) {
			*opens_scene = 1;
			return 0;
		}
		/* "It was a cold morning in late May 1951.": a time of day
		 * or a season and the date, nothing after it */
		if (!extract_evword(d, k + 2, "determiner"))
			return -1;
		for (j = k + 3; j < s1 && j < k + 8 && (d->toks[j].flags & TOK_WORD) &&
		    !extract_evword(d, j, "scene-time"); j++)
			;
		if (j >= s1 || !extract_evword(d, j, "scene-time") || j + 1 >= s1 ||
		    (i = date_at(d, dates, nd, j + 1)) < 0 || dates[i].v.end_year ||
		    !ends_sentence(d, si, dates[i].e))
			return -1;
		*opens_scene = 1;
		return i;
	}
	/* "Although the raid and the arrests happened in mid-June, ...":
	 * acts told as nouns, then a verb that says only when */
	for (k = s0; k + 1 < s1; k++) {
		size_t b;
		int noun = 0;

		if (!extract_evword(d, k, "occurrence") && !took_place(d, k))
			continue;
		if ((i = date_at(d, dates, nd, k + 1)) < 0 || dates[i].v.end_year)
			continue;
		for (b = k; b-- > s0 && b + 7 > k && !extract_punct_break(d, b);)
			noun |= act_noun(d, b);
		if (noun)
			return i;
	}
	return -1;
}

/* Does a word of the entry-way list follow token k within four words
 * (no punctuation between)? */
static int
way_after(const struct xdoc *d, size_t k, size_t s1)
{
	size_t j;

	for (j = k + 1; j < s1 && j < k + 5 && !extract_punct_break(d, j); j++)
		if (extract_evword(d, j, "entry-way"))
			return 1;
	return 0;
}

/* Is token k a verb of going into a place: "entered", or a move with a
 * way after it ("walked into", "ran across the border")? */
static int
entry_at(const struct xdoc *d, size_t k, size_t s1)
{
	return extract_evword(d, k, "entry") || (extract_evword(d, k, "entry-move") && way_after(d, k, s1));
}

/* The person or group that the mention nearest before token k of its
 * sentence (within twelve tokens, no verb nor trigger between: a
 * relative clause or an apposition on it) stands for, or NOREF. */
static int
subject_before(const struct xdoc *d, size_t k, size_t s0)
{
	size_t j;

	for (j = k; j-- > s0 && j + 12 > k;) {
		if (d->toks[j].ent >= 0 && d->ents[d->toks[j].ent].ref != NOREF &&
		    d->ents[d->toks[j].ent].kind != ENT_PLACE && d->ents[d->toks[j].ent].kind != ENT_ORG)
			return d->ents[d->toks[j].ent].ref;
		if (extract_past_verb(d, j) || extract_is_trigger(d, j) || entry_at(d, j, d->sents[d->toks[k].sent].t1))
			return NOREF;
	}
	return NOREF;
}

/*
 * e, of a by-entry type (event-types.tsv), undated, told with the
 * crossing that led to it in its own sentence (before its trigger): the
 * date another sentence gives a crossing of one of its victims (the
 * crossing's subject, a date in its clause right after it).  Two such
 * dates that disagree give none.
 */
void
extract_date_by_entry(struct xdoc *d, struct xevent *e)
{
	size_t s0 = d->sents[e->sent].t0, k, si, nd, j;
	struct sdate dates[XDATE_MAX];
	char found[DATE_FORMAT_MAX] = "", buf[DATE_FORMAT_MAX];

	if (!extract_type(d->lx, e->type)->by_entry || e->tok < s0 || e->tok >= d->sents[e->sent].t1)
		return;
	for (k = s0; k < e->tok && !entry_at(d, k, e->tok); k++)
		;
	if (k >= e->tok)
		return;
	for (si = 0; si < d->nsent; si++) {
		size_t t0 = d->sents[si].t0, t1 = d->sents[si].t1;

		if (si == e->sent || !(nd = extract_sentence_dates(d, si, dates)))
			continue;
		for (k = t0; k < t1; k++) {
			if (!entry_at(d, k, t1) || !extract_is_victim(e, subject_before(d, k, t0)))
				continue;
			/* the date of its clause, before a comma or another verb */
			for (j = k + 1; j < t1 && j < k + 10 && !extract_tok_is(d, j, ",") &&
			    !extract_past_verb(d, j) && !extract_is_trigger(d, j); j++) {
				size_t i;

				for (i = 0; i < nd && dates[i].s != d->toks[j].s; i++)
					;
				if (i < nd && !dates[i].v.end_year) {
					date_format(&dates[i].v, buf, sizeof(buf));
					if (found[0] && strcmp(found, buf))
						return;
					snprintf(found, sizeof(found), "%s", buf);
					break;
				}
			}
		}
	}
	if (found[0]) {
		snprintf(e->date, sizeof(e->date), "%s", found);
		e->why_date = "the crossing that led to it, dated elsewhere (who entered the country on May 4)";
	}
}

/* Is the trigger at t a verb in the simple past ("arrested", "was
 * detained"), not a perfect, a present, a modal or an infinitive? */
static int
simple_past(const struct xdoc *d, size_t t, size_t s0)
{
	static const char *const not_past[] = { "had", "has", "have", "is", "are", "am", "will", "would",
	    "could", "can", "may", "might", "must", "shall", "should", "to", "be", "being", "been", NULL };
	struct xtrig tr;
	size_t k = t, i;

	if (!extract_trigger(d, t, &tr) || !strcmp(tr.form, "noun") || tr.infl == INFL_BASE)
		return 0;
	while (k > s0) {
		k--;
		if (extract_evword(d, k, "adverb") || (d->toks[k].e - d->toks[k].s > 3 &&
		    !strncmp(d->text + d->toks[k].e - 2, "ly", 2)))
			continue;
		for (i = 0; not_past[i]; i++)
			if (extract_tok_is(d, k, not_past[i]))
				return 0;
		return 1;
	}
	return 1;
}

/*
 * "Police caught her on March 3.  They then sent her back": e, undated,
 * told in the simple past with an adverb of the immediacy list before
 * its trigger in its sentence, took place in the month of the act told
 * right before it (the latest one of the sentence before, across no
 * more than the paragraph break that e's sentence may open) when that
 * act, dated by its own telling, shares a victim with e.
 */
void
extract_date_then(struct xdoc *d, struct xevent *e)
{
	size_t si = e->sent, k, i;
	const struct xevent *f = NULL;
	struct date v;

	if (!si || e->tok < d->sents[si].t0 || e->tok >= d->sents[si].t1 ||
	    !simple_past(d, e->tok, d->sents[si].t0))
		return;
	for (k = d->sents[si].t0; k < e->tok && !extract_evword(d, k, "immediacy"); k++)
		;
	if (k >= e->tok)
		return;
	for (i = 0; i < d->nevent; i++)
		if (d->events[i].sent + 1 == si && d->events[i].dead <= 0)
			f = &d->events[i];
	if (!f || !f->date[0] || f->undated || strchr(f->date, '/') || date_parse_iso(f->date, &v) != 0)
		return;
	for (i = 0; i < (size_t)f->nvictims && !extract_is_victim(e, f->victims[i]); i++)
		;
	if (i == (size_t)f->nvictims)
		return;
	v.day = 0;
	if (v.prec > DATE_PREC_MONTH)
		v.prec = DATE_PREC_MONTH;
	date_format(&v, e->date, sizeof(e->date));
	e->why_date = "the month of the act told just before (then, soon after)";
}

/* Is the date sd of sentence si a saying's ("said on Monday", "on
 * Monday said")? */
static int
said_date(const struct xdoc *d, size_t si, const struct sdate *sd)
{
	size_t k;

	for (k = d->sents[si].t0; k < d->sents[si].t1; k++) {
		size_t b = d->toks[k].s;

		if ((b + 16 >= sd->s && b < sd->s) || (b >= sd->e && b < sd->e + 16))
			if (!strcmp(extract_cue_kind(d, k), "speech") || extract_evword(d, k, "reporting"))
				return 1;
	}
	return 0;
}

/* Does sentence si tell an act none of whose victims is e's? */
static int
others_act(const struct xdoc *d, size_t si, const struct xevent *e)
{
	size_t i;
	int a;

	for (i = 0; i < d->nevent; i++) {
		const struct xevent *f = &d->events[i];
		int shared = 0;

		if (f->sent != si || f == e || f->dead > 0)
			continue;
		for (a = 0; a < f->nvictims; a++)
			shared |= extract_is_victim(e, f->victims[a]);
		if (!shared)
			return 1;
	}
	return 0;
}

/* The latest (last) or the first date of sentence si that is no
 * saying's and no span, in *v; 0 when none. */
static int
story_date(const struct xdoc *d, size_t si, int last, struct date *v)
{
	struct sdate dates[XDATE_MAX];
	size_t nd = extract_sentence_dates(d, si, dates), i;
	int found = 0;

	for (i = 0; i < nd; i++) {
		if (dates[i].v.end_year || dates[i].v.prec < DATE_PREC_MONTH || said_date(d, si, &dates[i]))
			continue;
		*v = dates[i].v;
		found = 1;
		if (!last)
			break;
	}
	return found;
}

/*
 * e, undated, told in the simple past in a sentence with no time of its
 * own: between the latest time told before it (up to five sentences
 * back, across at most one paragraph break) and the first one told
 * right after it (the next two sentences, the same paragraph or the
 * first sentence of the next), both of one month and in that order, it
 * took place in that month; of one year, in that year.  Neither
 * sentence may tell another person's act.
 */
void
extract_date_between(struct xdoc *d, struct xevent *e)
{
	size_t si = e->sent, k, sj;
	struct sdate own[XDATE_MAX];
	struct date a, b, v;
	int paras = 0, found = 0;

	if (!si || e->tok < d->sents[si].t0 || e->tok >= d->sents[si].t1 ||
	    !simple_past(d, e->tok, d->sents[si].t0) || extract_sentence_dates(d, si, own))
		return;
	for (k = 0, sj = si; k < 5 && sj > 0 && !found; k++) {
		if (d->toks[d->sents[sj].t0].flags & (TOK_PARA | TOK_NL))
			if (++paras > 1)
				return;
		sj--;
		found = story_date(d, sj, 1, &a);
	}
	if (!found || others_act(d, sj, e))
		return;
	for (found = 0, sj = si + 1; sj < d->nsent && sj < si + 3 && !found; sj++) {
		if ((d->toks[d->sents[sj].t0].flags & (TOK_PARA | TOK_NL)) && sj > si + 1)
			break;
		found = story_date(d, sj, 0, &b);
	}
	if (!found || others_act(d, sj - 1, e) || a.year != b.year ||
	    date_to_days(a.year, a.month, a.day ? a.day : 1) > date_to_days(b.year, b.month, b.day ? b.day : 28))
		return;
	memset(&v, 0, sizeof(v));
	v.year = a.year;
	v.prec = DATE_PREC_YEAR;
	if (a.month == b.month) {
		v.month = a.month;
		v.prec = DATE_PREC_MONTH;
	}
	date_format(&v, e->date, sizeof(e->date));
	e->why_date = "between the times told before and after it (reached on May 2 ... by May 6)";
}

/*
 * "Arrested with her mother in 1979 ...  It was early March 1979.  Men
 * pushed into our flat.  'You are all under arrest'": a sentence that
 * only says when and opens a scene (extract_time_sentence), whose story
 * up to the next time told (at most forty sentences) tells an act of a
 * type, refines the one act of that type dated by its own telling to
 * that year alone, told before it, to the scene's month.
 */
void
extract_refine_by_flashback(struct xdoc *d)
{
	struct sdate dates[XDATE_MAX], later[XDATE_MAX];
	size_t si, sj, k, i;
	struct xtrig tr;
	int idx, scene;

	for (si = 1; si < d->nsent; si++) {
		if ((idx = extract_time_sentence(d, si, dates, &scene)) < 0 || !scene ||
		    dates[idx].v.prec < DATE_PREC_MONTH)
			continue;
		for (sj = si + 1; sj < d->nsent && sj < si + 40; sj++) {
			if (extract_sentence_dates(d, sj, later))
				break;
			for (k = d->sents[sj].t0; k < d->sents[sj].t1; k++) {
				struct xevent *only = NULL;
				int n = 0;

				if (!extract_trigger(d, k, &tr))
					continue;
				for (i = 0; i < d->nevent; i++) {
					struct xevent *e = &d->events[i];

					if (e->dead <= 0 && e->sent < si && !e->undated && !strcmp(e->type, tr.type) &&
					    strlen(e->date) == 4 && atoi(e->date) == dates[idx].v.year) {
						only = e;
						n++;
					}
				}
				if (n == 1) {
					snprintf(only->date, sizeof(only->date), "%04d-%02d", dates[idx].v.year,
					    dates[idx].v.month);
					only->why_date = "its year's month, as the flashback told after it sets it "
					    "(It was early March 1979)";
				}
			}
		}
	}
}
