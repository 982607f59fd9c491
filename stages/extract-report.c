/*
 * extract-report.c: the year of a report whose page gives no
 * publication date, when its text tells it, for the acts' relative dates.
 *
 * A page without a date leaves "last year" and "on Friday" unresolved.
 * Its text may still settle the year it was written in: "last year" said
 * of a story whose latest year named is Y was written in Y + 1 ("caught
 * on 9 March last year ... had left home in May 2019": 2020);
 * "this year" with Y, in Y.  Only that one clue, used as a time ("earlier
 * this year", "Last year, she fled"), not as a subject ("This year marks
 * the 40th anniversary"): both clues at once, or neither, or no year
 * named, and no year is inferred.  The year serves only the dates of the
 * acts (extract_sentence_dates); the document keeps no publication date.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include "extract-events.h"

/* Does s[0..n) hold the word w (ASCII, any case)? */
static int
has_word(const char *s, size_t n, const char *w)
{
	size_t l = strlen(w), i;

	for (i = 0; i + l <= n; i++)
		if (!strncasecmp(s + i, w, l) && (i == 0 || !isalpha((unsigned char)s[i - 1])) &&
		    (i + l == n || !isalpha((unsigned char)s[i + l])))
			return 1;
	return 0;
}

/* Is "last year" or "this year" at tokens [t, t + 2) a time told, not a
 * subject ("This year marks ...": a verb of year-subject after it, and
 * no preposition, day or month before it: "a call on 4 November last
 * year was cut off" tells a time)? */
static int
year_as_time(const struct xdoc *d, size_t t)
{
	size_t k = t + 2, s0 = d->sents[d->toks[t].sent].t0;

	if (k >= d->ntok || d->toks[k].sent != d->toks[t].sent ||
	    !(extract_evword(d, k, "year-subject") || extract_evword(d, k, "copula")))
		return 1;
	return t > s0 && ((d->toks[t - 1].flags & TOK_NUM) || extract_is_prep(d, t - 1) ||
	    extract_evword(d, t - 1, "time-after") ||
	    date_month_from_name(d->text + d->toks[t - 1].s, d->toks[t - 1].e - d->toks[t - 1].s) > 0);
}

void
extract_report_year(struct xdoc *d)
{
	size_t t;
	int last = 0, this = 0, y;

	d->report_year = 0;
	if (d->pub.prec != DATE_PREC_NONE)
		return;
	for (t = 0; t + 1 < d->ntok; t++)
		if (extract_tok_is(d, t + 1, "year") && d->toks[t + 1].sent == d->toks[t].sent && year_as_time(d, t)) {
			last |= extract_tok_is(d, t, "last");
			this |= extract_tok_is(d, t, "this");
		}
	if (last == this || (y = extract_latest_year(d)) == 0)
		return;
	d->report_year = last ? y + 1 : y;
}

int
extract_report_relative(const struct xdoc *d, const char *s, size_t n, struct date *v)
{
	static const char *const months[] = { "January", "February", "March", "April", "May", "June", "July",
	    "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
	    "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "spring", "summer", "autumn", "fall", "winter", NULL };
	size_t i;

	/* "last year", "on 4 November last year", "two years ago": the
	 * year counts from the report's, whatever its day */
	if (has_word(s, n, "year") || has_word(s, n, "years"))
		return 1;
	/* "last October": before or after the report's month, not known */
	for (i = 0; months[i]; i++)
		if (has_word(s, n, months[i]))
			return 0;
	if (has_word(s, n, "months"))
		return 0;
	/* "on Friday", "yesterday", "last week", "last month": close
	 * before the report, in its year */
	v->year = d->report_year;
	v->month = v->day = 0;
	v->prec = DATE_PREC_YEAR;
	v->end_year = 0;
	return 1;
}
