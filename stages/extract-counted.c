/*
 * extract-counted.c: times counted from another.
 *
 * A length of time ("two months later", "the following year", "that
 * night", "on the 9th") counted from the date before it in the sentence
 * or from the act told before; a custody's length back from its end
 * ("after being held for 40 years") or on from its start ("released after
 * six months' detention"); a span after an act told before ("two years
 * after his arrest").
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "buf.h"
#include "extract-events.h"

/* A span of time at token t: "six months", "43 days", "24 years" (and
 * "months'", "17-month"); its end token in *end.  "a year", "a month"
 * count one only when a_one is set (as "a year later" does; "a year in
 * a cell" is vaguer). */
int
extract_span_at1(const struct xdoc *d, size_t t, size_t s1, long *n, int *unit, size_t *end, int a_one)
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
	return extract_span_at1(d, t, s1, n, unit, end, 0);
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
	return extract_span_at1(d, t, s1, n, unit, end, 0);
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
void
extract_date_by_custody(struct xdoc *d, struct xevent *r)
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
	size_t k, end = 0, seq = extract_sequenced_after(d, t, sc->s0), j;
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
			if (sc->dates[j].e <= d->toks[seq].s && extract_clause_gap(d, sc->dates[j].e, d->toks[seq].s) == 0) {
				date_format(&sc->dates[j].v, anchor, sizeof(anchor));
				break;
			}
	} else if (extract_present_perfect(d, t, sc->s0) && d->pub.prec >= DATE_PREC_MONTH)
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
	long n;			/* SHIFT: n units on (back when earlier); KEEP: the
				 * anchor's first n chars */
	int earlier;		/* SHIFT: "two weeks earlier", counted back */
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
	if (extract_span_at1(d, t, s1, &l->n, &l->unit, &end, 1) && end < s1 &&
	    (extract_tok_is(d, end, "later") || extract_tok_is(d, end, "earlier"))) {
		l->earlier = extract_tok_is(d, end, "earlier");
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
		if (date_shift(anchor, l->n, l->unit, l->earlier ? -1 : 1, out, outsz) != 0)
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

		/* not an act of this sentence, which took its time from
		 * the same words ("handed over two months later and held") */
		while (--last >= 0 && (!d->events[last].date[0] || d->events[last].undated ||
		    d->events[last].sent == sc->si))
			;
		memset(&here, 0, sizeof(here));
		here.sent = sc->si;
		snprintf(anchor, sizeof(anchor), "%s", anchor_before(d, &here, last, date, datesz));
		/* "X, captured a week earlier, has been identified": with no
		 * time told before, counted back from the report's day */
		if (!anchor[0] && bl.earlier && d->pub.prec == DATE_PREC_DAY)
			date_format(&d->pub, anchor, sizeof(anchor));
	} else if (bl.earlier && d->pub.prec == DATE_PREC_DAY) {
		/* the sentence's dates all after it ("..., officials said
		 * today"): counted back from the report's day */
		date_format(&d->pub, anchor, sizeof(anchor));
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

void
extract_date_by_later(struct xdoc *d, struct xevent *e, long last_dated)
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
 * "He was freed two years after his arrest", "took a third man a year
 * after the pair's kidnapping": a span after which a noun
 * of an act (a trigger noun after "after", past a possessive or a
 * determiner) came: e, undated, is that span after the latest act of
 * the noun's type told before it with its own date.  At the precision
 * the unit supports (days from a month give none).
 */
void
extract_date_after_act(struct xdoc *d, struct xevent *e)
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
