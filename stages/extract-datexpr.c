/*
 * extract-datexpr.c: the date expressions of a sentence.
 *
 * date.h finds and resolves them against the publication date, or with
 * none against the year the report tells (extract-report.c) or the
 * story's year (the narrative year of each sentence, set here); less
 * datelines, citations and dates of birth.  A sentence's dates are read
 * once and kept (xdoc.sdates): many rules ask for them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "buf.h"
#include "extract-events.h"

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

	for (i = 0; i < n; i++) {
		run = s[i] >= '0' && s[i] <= '9' ? run + 1 : 0;
		if (run == 4)
			return 1;
	}
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

/* Is byte a of sentence si inside a relative clause set off by a comma
 * (", who fled in 2015,") that a comma closes before byte b?  Such a
 * clause tells what came before the news; its year is not the time of
 * the main clause ("Police caught her, who fled in 2015, on March 4"). */
static int
relative_closes_between(const struct xdoc *d, size_t si, size_t a, size_t b)
{
	size_t k, t0 = d->sents[si].t0, open = (size_t)-1;

	for (k = t0; k < d->sents[si].t1 && d->toks[k].s < b; k++) {
		if (!extract_tok_is(d, k, ","))
			continue;
		if (open != (size_t)-1 && d->toks[open].s <= a && d->toks[k].s >= a)
			return 1;
		open = k + 1 < d->sents[si].t1 && extract_is_relative(d, k + 1) ? k + 1 : (size_t)-1;
	}
	return 0;
}

/* A time counted from a date rather than the date ("two years after
 * 2011", "decades after the 1950-53 war"). */
enum { COUNTED_NONE, COUNTED_BY, COUNTED_VAGUE };

/*
 * Is the date at byte s of sentence si the point a span after or before
 * it counts from: "after" or "before" right before the date, a span of
 * time before that?  COUNTED_BY for a counted span ("three days after
 * the March 4 rally", "the day after"), *n units of *unit (SPAN_DAY ...),
 * *sign +1 after and -1 before;
 * COUNTED_VAGUE for an uncounted one ("years after", "decades before",
 * "a few months after"): the act's time is then no date told.
 */
static int
counted_from(const struct xdoc *d, size_t si, size_t s, long *n, int *unit, int *sign)
{
	static const char *const units[] = { "day", "days", "week", "weeks", "month", "months",
	    "year", "years", "decade", "decades", NULL };
	size_t k, t0 = d->sents[si].t0, u, end;

	for (k = t0; k < d->sents[si].t1 && d->toks[k].s < s; k++)
		;
	if (k >= d->sents[si].t1 || d->toks[k].s != s)
		return COUNTED_NONE;
	if (k > t0 && extract_tok_is(d, k - 1, "the"))	/* "after the March 4 rally" */
		k--;
	if (k < t0 + 2)
		return COUNTED_NONE;
	if (extract_tok_is(d, k - 1, "after"))
		*sign = 1;
	else if (extract_tok_is(d, k - 1, "before"))
		*sign = -1;
	else
		return COUNTED_NONE;
	for (u = 0; units[u] && !extract_tok_is(d, k - 2, units[u]); u++)
		;
	if (!units[u])
		return COUNTED_NONE;
	/* "the day after", "the year before": one */
	if (u < 8 && u % 2 == 0 && k >= t0 + 3 && extract_tok_is(d, k - 3, "the")) {
		*n = 1;
		*unit = (int)u / 2;
		return COUNTED_BY;
	}
	/* "two years", "a week", "17 days": counted (decades never are) */
	if (u < 8 && k >= t0 + 3 && extract_span_at1(d, k - 3, d->sents[si].t1, n, unit, &end, 1) &&
	    end == k - 1)
		return COUNTED_BY;
	if (u < 8 && k >= t0 + 4 && extract_tok_is(d, k - 3, "-") &&
	    extract_span_at1(d, k - 4, d->sents[si].t1, n, unit, &end, 1) && end == k - 1)
		return COUNTED_BY;
	return COUNTED_VAGUE;
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
	size_t narr_at = (size_t)-1;	/* where a year of the sentence set narr */
	char iso[DATE_FORMAT_MAX];
	long count;
	int unit, sign, counted;

	while (nd < XDATE_MAX && pos < d->sents[si].e) {
		size_t st, span = date_find(d->text + pos, d->sents[si].e - pos, ref,
		    &dates[nd].v, &st);
		struct date abs;
		int absolute;

		if (!span)
			break;
		absolute = date_scan(d->text + pos + st, span, NULL, &abs) == span;
		/* a year told in a relative clause closed since: the
		 * sentence's own reference again */
		if (narr_at != (size_t)-1 && relative_closes_between(d, si, narr_at, pos + st)) {
			narr.year = d->sents[si].narr_year;
			narr_at = (size_t)-1;
			if (ref == &narr && !absolute && narr.year)
				date_scan(d->text + pos + st, span, &narr, &dates[nd].v);
		}
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
		if (absolute && dates[nd].v.prec >= DATE_PREC_YEAR && !dates[nd].v.end_year && !dates[nd].v.approx) {
			narr.year = ref != &d->pub || dates[nd].v.year < d->pub.year - 1 ? dates[nd].v.year : 0;
			narr_at = pos + st;
		}
		dates[nd].s = pos + st;
		dates[nd].e = pos + st + span;
		/* "two years after 2011": 2013; "decades after the 1950-53
		 * war": no time of an act */
		counted = counted_from(d, si, dates[nd].s, &count, &unit, &sign);
		if (counted == COUNTED_BY) {
			date_format(&dates[nd].v, iso, sizeof iso);
			/* too coarse a date for the unit: none */
			if (extract_date_shift(iso, count, unit, sign, iso, sizeof iso) != 0 ||
			    date_parse_iso(iso, &dates[nd].v) != 0)
				counted = COUNTED_VAGUE;
		}
		if (counted == COUNTED_VAGUE) {
			pos += st + span;
			continue;
		}
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
