/*
 * date.c: the proleptic Gregorian calendar, EDTF values, and the date
 * expressions of English news text.
 *
 * The calendar is Howard Hinnant's days_from_civil and civil_from_days
 * (public domain algorithms), written out here for long day counts.
 *
 * The scanner is a small recursive descent over ASCII words and numbers.
 * An expression is
 *
 *	[preposition] [around] [the] [early|mid|late|earlier|later] core
 *
 * where core is relative ("yesterday", "last week", "on Tuesday", "two
 * years ago", "last October") or absolute ("March 16, 2016", "16 March",
 * "2016-03-16", "2016", "2014-2016", "the 1970s").  Every parser looks
 * at a bounded number of tokens, so date_find, which tries date_scan only
 * at word starts (and only at words that may open one: may_start), is
 * linear in the text.  Nothing here allocates, and nothing is kept
 * between calls but the tables of opening words, built once from the
 * word lists.
 */
#include <stdio.h>
#include <string.h>

#include "date.h"

static const char *const month_names[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december", NULL
};

static const char *const weekday_names[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", NULL
};

/* Words that may lead an expression and are part of its span. */
static const char *const prepositions[] = {
	"on", "in", "since", "until", "till", "by", "from", "during", "of",
	"throughout", NULL
};

static const char *const approx_words[] = {
	"around", "about", "circa", "approximately", "roughly", NULL
};

/* early, mid, late qualify a part of the unit; index + 1 is the hedge. */
static const char *const hedge_words[] = { "early", "mid", "late", NULL };

static const char *const small_numbers[] = {
	"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
	"sixteen", "seventeen", "eighteen", "nineteen", NULL
};

static const char *const tens_numbers[] = {
	"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
	"ninety", NULL
};

/* Days named relative to pub; scan_relative has their offsets. */
static const char *const day_words[] = {
	"yesterday", "today", "tonight", "tomorrow", NULL
};

/* Other spellings of month_names (date_month_from_name has which). */
static const char *const month_aliases[] = { "sept", NULL };

/* Words scan_expr and scan_relative compare one by one. */
static const char *const lead_others[] = {
	"between", "the", "earlier", "later", "last", "this", "a", "an",
	"over", "at", "exactly", NULL
};

/*
 * Seasons (northern, as the field's stories are told): the months each
 * spans, first and last.  Winter runs over the turn of the year, so that
 * only a year named with it ("the winter of 1950") dates anything.
 */
static const char *const season_names[] = {
	"spring", "summer", "autumn", "fall", "winter", NULL
};
static const int season_first[] = { 3, 6, 9, 9, 12 };
static const int season_last[] = { 5, 8, 11, 11, 2 };

/* Units of "N units ago", singular; a trailing "s" is accepted. */
enum { UNIT_DAY, UNIT_WEEK, UNIT_MONTH, UNIT_YEAR, UNIT_DECADE };
static const char *const unit_names[] = {
	"day", "week", "month", "year", "decade", NULL
};

/* ---- calendar ---- */

static int
is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
date_days_in_month(int y, int m)
{
	static const int mdays[12] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	if (m < 1 || m > 12)
		return 0;
	return mdays[m - 1] + (m == 2 && is_leap(y));
}

int
date_valid(int y, int m, int d)
{
	return y >= 1 && y <= 9999 && d >= 1 && d <= date_days_in_month(y, m);
}

long
date_to_days(int y, int m, int d)
{
	long yy = (long)y - (m <= 2);
	long era = (yy >= 0 ? yy : yy - 399) / 400;
	long yoe = yy - era * 400;				/* [0, 399] */
	long doy = (153L * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;	/* [0, 146096] */

	return era * 146097 + doe - 719468;
}

void
date_from_days(long z, int *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

int
date_weekday(int y, int m, int d)
{
	long r = (date_to_days(y, m, d) + 3) % 7;	/* 1970-01-01: Thu */

	return (int)(r < 0 ? r + 7 : r);
}

/* ---- names ---- */

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int
is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int
is_alnum(int c)
{
	return is_alpha(c) || is_digit(c);
}

/* Does s[0..n) equal the lower-case word w, ignoring case? */
static int
word_eq(const char *s, size_t n, const char *w)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (w[i] == '\0' || lower((unsigned char)s[i]) != w[i])
			return 0;
	return w[n] == '\0';
}

/* Index of s[0..n) in the NULL-terminated list, or -1.  The first
 * letters are compared before the words: the scanner asks of most words
 * of a text whether they are in a list, and most are not. */
static int
word_index(const char *s, size_t n, const char *const *list)
{
	int i, c = n ? lower((unsigned char)s[0]) : '\0';

	for (i = 0; list[i] != NULL; i++)
		if (list[i][0] == c && word_eq(s, n, list[i]))
			return i;
	return -1;
}


/*
 * Look s[0..n) up in names (lower case): the full name, its first three
 * letters, or an alias; one trailing full stop is allowed after a short
 * form.  Returns the index or -1.
 */
static int
name_lookup(const char *s, size_t n, const char *const *names, int count,
	    const char *const *aliases, const int *alias_of)
{
	int i, dot = 0;

	if (n > 0 && s[n - 1] == '.') {
		n--;
		dot = 1;
	}
	if (n < 3)
		return -1;
	for (i = 0; i < count; i++) {
		if (!dot && word_eq(s, n, names[i]))
			return i;
		if (n == 3 && lower((unsigned char)s[0]) == names[i][0] &&
		    lower((unsigned char)s[1]) == names[i][1] &&
		    lower((unsigned char)s[2]) == names[i][2])
			return i;
	}
	i = word_index(s, n, aliases);
	return i < 0 ? -1 : alias_of[i];
}

int
date_month_from_name(const char *s, size_t len)
{
	static const int alias_of[] = { 8 };

	return name_lookup(s, len, month_names, 12, month_aliases, alias_of) + 1;
}

int
date_weekday_from_name(const char *s, size_t len)
{
	static const char *const aliases[] = {
		"tues", "weds", "thur", "thurs", NULL
	};
	static const int alias_of[] = { 1, 2, 3, 3 };

	return name_lookup(s, len, weekday_names, 7, aliases, alias_of);
}

/* ---- EDTF ---- */

size_t
date_format(const struct date *d, char *out, size_t n)
{
	const char *ap = d->approx ? "~" : "";
	int r;

	if (n == 0)
		return 0;
	switch (d->prec) {
	case DATE_PREC_YEAR:
		if (d->end_year > 0)
			r = snprintf(out, n, "%04d%s/%04d%s", d->year, ap,
			    d->end_year, ap);
		else
			r = snprintf(out, n, "%04d%s", d->year, ap);
		break;
	case DATE_PREC_MONTH:
		r = snprintf(out, n, "%04d-%02d%s", d->year, d->month, ap);
		break;
	case DATE_PREC_DAY:
		/* the common case by hand, as snprintf() would write it:
		 * a thousand instructions a date less (a stamp on every
		 * page is formatted) */
		if (n > 10 && !d->approx && d->year >= 0 && d->year <= 9999 &&
		    d->month >= 0 && d->month <= 99 && d->day >= 0 && d->day <= 99) {
			out[0] = (char)('0' + d->year / 1000);
			out[1] = (char)('0' + d->year / 100 % 10);
			out[2] = (char)('0' + d->year / 10 % 10);
			out[3] = (char)('0' + d->year % 10);
			out[4] = '-';
			out[5] = (char)('0' + d->month / 10);
			out[6] = (char)('0' + d->month % 10);
			out[7] = '-';
			out[8] = (char)('0' + d->day / 10);
			out[9] = (char)('0' + d->day % 10);
			out[10] = '\0';
			return 10;
		}
		r = snprintf(out, n, "%04d-%02d-%02d%s", d->year, d->month,
		    d->day, ap);
		break;
	default:
		out[0] = '\0';
		return 0;
	}
	if (r < 0) {
		out[0] = '\0';
		return 0;
	}
	return (size_t)r < n ? (size_t)r : n - 1;
}

/* Read exactly n digits at *p into *v and advance; 0 if not there. */
static int
read_digits(const char **p, int n, int *v)
{
	int i;

	*v = 0;
	for (i = 0; i < n; i++) {
		if (!is_digit((unsigned char)(*p)[i]))
			return 0;
		*v = *v * 10 + (*p)[i] - '0';
	}
	*p += n;
	return 1;
}

int
date_parse_iso(const char *s, struct date *d)
{
	struct date r;
	const char *p = s;

	memset(&r, 0, sizeof(r));
	memset(d, 0, sizeof(*d));
	if (*p == '\0')
		return 0;
	if (!read_digits(&p, 4, &r.year))
		return -1;
	r.prec = DATE_PREC_YEAR;
	if (*p == '-') {
		p++;
		if (!read_digits(&p, 2, &r.month))
			return -1;
		r.prec = DATE_PREC_MONTH;
		if (*p == '-') {
			p++;
			if (!read_digits(&p, 2, &r.day))
				return -1;
			r.prec = DATE_PREC_DAY;
		}
	}
	if (*p == '~') {
		r.approx = 1;
		p++;
	}
	if (*p == '/' && r.prec == DATE_PREC_YEAR) {
		p++;
		if (!read_digits(&p, 4, &r.end_year) || r.end_year <= r.year)
			return -1;
		if (*p == '~') {
			r.approx = 1;
			p++;
		}
	}
	if (*p != '\0')
		return -1;
	if (!date_valid(r.year, r.month ? r.month : 1, r.day ? r.day : 1))
		return -1;
	*d = r;
	return 0;
}

/* ---- scanner: tokens ---- */

struct scan {
	const char *s;
	size_t len;
	const struct date *pub;	/* NULL when unknown */
	size_t bad;		/* end of an impossible date seen, else 0 */
	int exact;		/* "exactly" before it: "exactly N years ago" */
	size_t or_last;		/* 1 + where the last "or" of s may be; 0: none; */
	int or_known;		/* or_last looked for */
};

static unsigned char
at(const struct scan *sc, size_t i)
{
	return i < sc->len ? (unsigned char)sc->s[i] : '\0';
}

/* U+2000..U+206F (dashes, quotes) or U+00A0: punctuation, not letters. */
static int
utf8_punct_at(const struct scan *sc, size_t i)
{
	return (at(sc, i) == 0xE2 && (at(sc, i + 1) == 0x80 ||
	    at(sc, i + 1) == 0x81)) || (at(sc, i) == 0xC2 &&
	    at(sc, i + 1) == 0xA0);
}

/*
 * Can a word or number end before position i?  Any other non-ASCII
 * byte is taken for a letter, so "Mayé" is not May.
 */
static int
at_boundary(const struct scan *sc, size_t i)
{
	unsigned char c = at(sc, i);

	if (i >= sc->len)
		return 1;
	if (c < 0x80)
		return !is_alnum(c);
	return utf8_punct_at(sc, i);
}

static size_t
skip_space(const struct scan *sc, size_t i)
{
	for (;;) {
		unsigned char c = at(sc, i);

		if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
			i++;
		else if (c == 0xC2 && at(sc, i + 1) == 0xA0)
			i += 2;
		else
			return i;
	}
}

/* Length of the whole ASCII word at i, or 0. */
static size_t
word_at(const struct scan *sc, size_t i)
{
	size_t j = i;

	while (j < sc->len && is_alpha((unsigned char)sc->s[j]))
		j++;
	return j > i && at_boundary(sc, j) ? j - i : 0;
}

/* Is the word at i (length n) the lower-case w?  Sets *end past it. */
static int
word_is(const struct scan *sc, size_t i, const char *w, size_t *end)
{
	size_t n = word_at(sc, i);

	if (n == 0 || !word_eq(sc->s + i, n, w))
		return 0;
	*end = i + n;
	return 1;
}

/* "March" or "MARCH", not "march" or "mArch": names must be capitalised. */
static int
name_case_ok(const char *s, size_t n)
{
	size_t i;
	int up = 0, low = 0;

	if (n == 0 || s[0] < 'A' || s[0] > 'Z')
		return 0;
	for (i = 1; i < n; i++) {
		if (s[i] >= 'A' && s[i] <= 'Z')
			up = 1;
		else if (s[i] >= 'a' && s[i] <= 'z')
			low = 1;
	}
	return !(up && low);
}

/*
 * A number of at most maxd digits at i, not part of "1,000" or "3.5".
 * Ordinal suffixes ("16th") are allowed when ordinal is not NULL.
 * Returns the end, or 0.
 */
static size_t
number_at(const struct scan *sc, size_t i, int maxd, int *v, int *ordinal)
{
	size_t j = i;

	*v = 0;
	while (is_digit(at(sc, j))) {
		if ((int)(j - i) == maxd)
			return 0;
		*v = *v * 10 + at(sc, j) - '0';
		j++;
	}
	if (j == i)
		return 0;
	if (ordinal != NULL) {
		static const char *const sfx[] = { "st", "nd", "rd", "th" };
		int k;

		*ordinal = 0;
		for (k = 0; k < 4; k++)
			if (lower(at(sc, j)) == sfx[k][0] &&
			    lower(at(sc, j + 1)) == sfx[k][1] &&
			    at_boundary(sc, j + 2)) {
				j += 2;
				*ordinal = 1;
				break;
			}
	}
	if (!at_boundary(sc, j))
		return 0;
	if ((at(sc, j) == ',' || at(sc, j) == '.') && is_digit(at(sc, j + 1)))
		return 0;
	return j;
}

static size_t
day_at(const struct scan *sc, size_t i, int *day, int *ordinal)
{
	size_t e = number_at(sc, i, 2, day, ordinal);

	return e && *day >= 1 && *day <= 31 ? e : 0;
}

/* A four-digit year in 1900..2100 at i; returns the end, or 0. */
static size_t
year_at(const struct scan *sc, size_t i, int *y)
{
	size_t e = number_at(sc, i, 4, y, NULL);

	return e == i + 4 && *y >= 1900 && *y <= 2100 ? e : 0;
}

/*
 * The end of "1950-53": two digits after the dash, later than y's and
 * not a month ("2016-03" is March; "2016-17" a span).  Returns the end
 * and sets *y2 to the full year, or 0.
 */
static size_t
short_end_year(const struct scan *sc, size_t k, int y, int *y2)
{
	int dd;
	size_t e = number_at(sc, k, 2, &dd, NULL);

	if (e != k + 2 || dd <= 12 || is_digit(at(sc, e)) || !at_boundary(sc, e))
		return 0;
	*y2 = y - y % 100 + dd;
	return *y2 > y ? e : 0;
}

/* A capitalised month name at i, past an abbreviation's full stop. */
static size_t
month_at(const struct scan *sc, size_t i, int *m, int *abbr)
{
	size_t n = word_at(sc, i);

	if (n < 3 || !name_case_ok(sc->s + i, n))
		return 0;
	if ((*m = date_month_from_name(sc->s + i, n)) == 0)
		return 0;
	*abbr = n < strlen(month_names[*m - 1]);
	if (*abbr && at(sc, i + n) == '.')
		n++;
	return i + n;
}

/* A capitalised full weekday name at i ("Sun" is a newspaper). */
static size_t
weekday_at(const struct scan *sc, size_t i, int *wd)
{
	size_t n = word_at(sc, i);

	if (n < 6 || !name_case_ok(sc->s + i, n))
		return 0;
	*wd = word_index(sc->s + i, n, weekday_names);
	return *wd >= 0 ? i + n : 0;
}

/* "one" .. "ninety-nine", "a", "an", or 1..999 in digits. */
static size_t
count_at(const struct scan *sc, size_t i, int *v)
{
	size_t n = word_at(sc, i), e;
	int k;

	if (n == 0)
		return number_at(sc, i, 3, v, NULL);
	if (word_eq(sc->s + i, n, "a") || word_eq(sc->s + i, n, "an")) {
		*v = 1;
		return i + n;
	}
	if ((k = word_index(sc->s + i, n, small_numbers)) > 0) {
		*v = k;
		return i + n;
	}
	if ((k = word_index(sc->s + i, n, tens_numbers)) < 0)
		return 0;
	*v = 20 + 10 * k;
	e = i + n;
	if (at(sc, e) == '-' || at(sc, e) == ' ') {
		n = word_at(sc, e + 1);
		k = n ? word_index(sc->s + e + 1, n, small_numbers) : -1;
		if (k > 0 && k < 10) {
			*v += k;
			e += 1 + n;
		}
	}
	return e;
}

/* ---- scanner: resolution against the publication date ---- */

static void
set_date(struct date *d, int y, int m, int day, enum date_prec prec)
{
	memset(d, 0, sizeof(*d));
	d->year = y;
	d->month = m;
	d->day = day;
	d->prec = prec;
}

/* The precision of pub that can be used: NONE for a broken one. */
static enum date_prec
pub_prec(const struct scan *sc)
{
	const struct date *p = sc->pub;

	if (p == NULL || p->prec == DATE_PREC_NONE ||
	    !date_valid(p->year, p->prec >= DATE_PREC_MONTH ? p->month : 1,
	    p->prec == DATE_PREC_DAY ? p->day : 1))
		return DATE_PREC_NONE;
	return p->prec;
}

static long
pub_days(const struct scan *sc)
{
	return date_to_days(sc->pub->year, sc->pub->month, sc->pub->day);
}

static void
set_days(struct date *d, long days, enum date_prec prec)
{
	int y, m, day;

	date_from_days(days, &y, &m, &day);
	set_date(d, y, m, prec == DATE_PREC_DAY ? day : 0, prec);
}

/* The month months_back before pub's, at month precision. */
static void
set_month_back(const struct scan *sc, struct date *d, long months_back)
{
	long idx = (long)sc->pub->year * 12 + sc->pub->month - 1 - months_back;

	set_date(d, (int)(idx / 12), (int)(idx % 12) + 1, 0, DATE_PREC_MONTH);
}

/*
 * The most recent month m at or before pub's month ("in October"), or
 * strictly before it ("last October").  A year-only pub counts as its
 * December.
 */
static int
resolve_month(const struct scan *sc, int m, int strict, struct date *d)
{
	enum date_prec pp = pub_prec(sc);
	int pm;

	if (pp < DATE_PREC_YEAR || (strict && pp < DATE_PREC_MONTH))
		return 0;
	pm = pp >= DATE_PREC_MONTH ? sc->pub->month : 12;
	set_date(d, sc->pub->year - (m > pm || (strict && m == pm)), m, 0,
	    DATE_PREC_MONTH);
	return 1;
}

/*
 * The most recent m/day not after pub (a day-precise pub allows one day
 * more, for text written the night before its dateline).  February 29
 * goes back to the last leap year.
 */
static int
resolve_month_day(const struct scan *sc, int m, int day, struct date *d)
{
	enum date_prec pp = pub_prec(sc);
	const struct date *p = sc->pub;
	long limit;
	int k, y;

	if (pp < DATE_PREC_YEAR)
		return 0;
	if (pp == DATE_PREC_DAY)
		limit = pub_days(sc) + 1;
	else if (pp == DATE_PREC_MONTH)
		limit = date_to_days(p->year, p->month,
		    date_days_in_month(p->year, p->month));
	else
		limit = date_to_days(p->year, 12, 31);
	for (k = 0; k <= 8; k++) {
		y = p->year - k;
		if (date_valid(y, m, day) && date_to_days(y, m, day) <= limit) {
			set_date(d, y, m, day, DATE_PREC_DAY);
			return 1;
		}
	}
	return 0;
}

/* The most recent weekday wd at or before pub (before it when strict). */
static int
resolve_weekday(const struct scan *sc, int wd, int strict, struct date *d)
{
	int back;

	if (pub_prec(sc) < DATE_PREC_DAY)
		return 0;
	back = (date_weekday(sc->pub->year, sc->pub->month, sc->pub->day) -
	    wd + 7) % 7;
	if (back == 0 && strict)
		back = 7;
	set_days(d, pub_days(sc) - back, DATE_PREC_DAY);
	return 1;
}

/* ---- scanner: grammar ---- */

/*
 * Month-first: "March 16, 2016", "Mar. 16", "March 16-18, 2016" (the
 * first day), "March 2016", "March of 2016", "March in 2016", "October".  A month alone
 * needs pub; "May" alone also needs context (ctx), for the verb and the
 * surname.  Abbreviations need a day or a year.
 */
/*
 * "last year", "this year", "of last year" after a month or a day
 * ("4 November last year", "in September of last year"): the year they
 * name relative to pub in *y, the bytes they end at returned (0: none).
 */
static size_t
year_word_at(const struct scan *sc, size_t k, int *y)
{
	size_t e;
	int last;

	/* not "in September, last year's talks" */
	k = skip_space(sc, k);
	if (word_is(sc, k, "of", &e))
		k = skip_space(sc, e);
	if (word_is(sc, k, "last", &e))
		last = 1;
	else if (word_is(sc, k, "this", &e))
		last = 0;
	else
		return 0;
	if (!word_is(sc, skip_space(sc, e), "year", &e) || pub_prec(sc) < DATE_PREC_YEAR ||
	    at(sc, e) == '\'' || at(sc, e) == 0xE2)
		return 0;
	*y = sc->pub->year - last;
	return e;
}

static size_t
scan_month_first(struct scan *sc, size_t i, int ctx, int strict,
		 struct date *d)
{
	size_t j, k, e, e2;
	int m, abbr, day, day2, ord, y;

	if ((j = month_at(sc, i, &m, &abbr)) == 0)
		return 0;
	k = skip_space(sc, j);
	if ((e = day_at(sc, k, &day, &ord)) != 0) {
		/* A day range: keep the first day, span the range. */
		if (at(sc, e) == '-' && (e2 = day_at(sc, e + 1, &day2, &ord)) &&
		    day2 > day)
			e = e2;
		else if (at(sc, e) == 0xE2 && at(sc, e + 1) == 0x80 &&
		    at(sc, e + 2) == 0x93 &&
		    (e2 = day_at(sc, e + 3, &day2, &ord)) && day2 > day)
			e = e2;
		k = e;
		if (at(sc, k) == ',')
			k++;
		if ((e2 = year_at(sc, skip_space(sc, k), &y)) != 0) {
			if (!date_valid(y, m, day)) {
				sc->bad = e2;
				return 0;
			}
			set_date(d, y, m, day, DATE_PREC_DAY);
			return e2;
		}
		if ((e2 = year_word_at(sc, k, &y)) != 0 && date_valid(y, m, day)) {
			set_date(d, y, m, day, DATE_PREC_DAY);
			return e2;
		}
		if (!date_valid(2000, m, day)) {
			sc->bad = e;
			return 0;
		}
		return resolve_month_day(sc, m, day, d) ? e : 0;
	}
	if ((e = year_word_at(sc, j, &y)) != 0) {
		set_date(d, y, m, 0, DATE_PREC_MONTH);
		return e;
	}
	k = j;
	if (at(sc, k) == ',')
		k++;
	k = skip_space(sc, k);
	/* "March of 2016", "early August in 1977" */
	if (word_is(sc, k, "of", &e) || (at(sc, j) != ',' && word_is(sc, k, "in", &e)))
		k = skip_space(sc, e);
	if ((e = year_at(sc, k, &y)) != 0) {
		set_date(d, y, m, 0, DATE_PREC_MONTH);
		return e;
	}
	if (abbr || (m == 5 && !ctx))
		return 0;
	return resolve_month(sc, m, strict, d) ? j : 0;
}

/* Day-first: "16 March 2016", "16th of March", "16 March". */
static size_t
scan_day_first(struct scan *sc, size_t i, struct date *d)
{
	size_t e, j, k, e2;
	int day, ord, m, abbr, y;

	if ((e = day_at(sc, i, &day, &ord)) == 0)
		return 0;
	k = skip_space(sc, e);
	if (ord && word_is(sc, k, "of", &e2))
		k = skip_space(sc, e2);
	if ((j = month_at(sc, k, &m, &abbr)) == 0)
		return 0;
	k = j;
	if (at(sc, k) == ',')
		k++;
	if ((e2 = year_at(sc, skip_space(sc, k), &y)) != 0) {
		if (!date_valid(y, m, day)) {
			sc->bad = e2;
			return 0;
		}
		set_date(d, y, m, day, DATE_PREC_DAY);
		return e2;
	}
	if ((e2 = year_word_at(sc, k, &y)) != 0 && date_valid(y, m, day)) {
		set_date(d, y, m, day, DATE_PREC_DAY);
		return e2;
	}
	if (!date_valid(2000, m, day)) {
		sc->bad = j;
		return 0;
	}
	return resolve_month_day(sc, m, day, d) ? j : 0;
}

/*
 * May a bare year end at e?  Only before the end of the text or
 * punctuation ("in 2016." is fine but "2016 people" is a count).
 */
static int
year_ends_here(const struct scan *sc, size_t e)
{
	unsigned char c = at(sc, e);

	if (e >= sc->len)
		return 1;
	return (c != '\0' && strchr(",.;:)]!?\"'\n\r", c) != NULL) ||
	    (c == 0xE2 && at(sc, e + 1) == 0x80);
}

/*
 * Numbers: "2016-03-16" (ISO, any time after it is left out), "the
 * 1970s" (*decade set), "2014-2016", "from 2014 to 2016", and "2016",
 * which needs context (ctx) or must end at punctuation.
 */
static size_t
scan_numeric(struct scan *sc, size_t i, int ctx, int from, int *decade,
	     struct date *d)
{
	const char *p = sc->s + i;
	size_t e, k, w;
	int y, m, day, y2;

	if (i + 10 <= sc->len && read_digits(&p, 4, &y) && *p++ == '-' &&
	    read_digits(&p, 2, &m) && *p++ == '-' && read_digits(&p, 2, &day) &&
	    (at_boundary(sc, i + 10) || (at(sc, i + 10) == 'T' &&
	    is_digit(at(sc, i + 11))))) {
		if (!date_valid(y, m, day)) {
			sc->bad = i + 10;
			return 0;
		}
		set_date(d, y, m, day, DATE_PREC_DAY);
		return i + 10;
	}
	/* 1970s, 1970's ("1995's" is a possessive year) */
	p = sc->s + i;
	if (i + 4 < sc->len && read_digits(&p, 4, &y)) {
		int apos = at(sc, i + 4) == '\'';

		e = i + 4 + apos;
		if (at(sc, e) == 's' && at_boundary(sc, e + 1)) {
			if (y % 10 == 0 && y >= 1900 && y <= 2090) {
				set_date(d, y, 0, 0, DATE_PREC_YEAR);
				d->end_year = y + 9;
				*decade = 1;
				return e + 1;
			}
			if (!apos)
				return 0;
		}
	}
	if ((e = year_at(sc, i, &y)) == 0)
		return 0;
	k = 0;
	if (at(sc, e) == '-')
		k = e + 1;
	else if (at(sc, e) == 0xE2 && at(sc, e + 1) == 0x80 &&
	    at(sc, e + 2) == 0x93)
		k = e + 3;			/* en dash */
	else if (from) {
		w = skip_space(sc, e);
		if (word_is(sc, w, "to", &k) || word_is(sc, w, "until", &k) ||
		    word_is(sc, w, "through", &k) || word_is(sc, w, "till", &k))
			k = skip_space(sc, k);
		else
			k = 0;
	}
	if (k && (w = year_at(sc, k, &y2)) == 0 && (w = short_end_year(sc, k, y, &y2)) != 0) {
		set_date(d, y, 0, 0, DATE_PREC_YEAR);
		d->end_year = y2;
		return w;
	}
	if (k && w != 0) {
		if (y2 <= y) {
			sc->bad = w;
			return 0;
		}
		set_date(d, y, 0, 0, DATE_PREC_YEAR);
		d->end_year = y2;
		return w;
	}
	if (at(sc, e) == '-' && is_digit(at(sc, e + 1)))
		return 0;			/* 2016-03, 2016-17 */
	if (!ctx && !year_ends_here(sc, e))
		return 0;
	set_date(d, y, 0, 0, DATE_PREC_YEAR);
	return e;
}

/* "between 2014 and 2016" */
static size_t
scan_between(struct scan *sc, size_t i, struct date *d)
{
	size_t e, k;
	int y, y2;

	if ((e = year_at(sc, i, &y)) == 0 ||
	    !word_is(sc, skip_space(sc, e), "and", &k) ||
	    (e = year_at(sc, skip_space(sc, k), &y2)) == 0)
		return 0;
	if (y2 <= y) {
		sc->bad = e;
		return 0;
	}
	set_date(d, y, 0, 0, DATE_PREC_YEAR);
	d->end_year = y2;
	return e;
}

/*
 * "forty years ago today", "ten years ago this month", "exactly 40
 * years ago", "30 years ago to the day": a count of years that the text
 * ties to the report's day (or month), an anniversary: d, the year
 * counted back, takes pub's month and day as far as the words and pub
 * allow (February 29 in a year without it: the month).  Returns the end
 * of the words read after "ago" (e itself when none).
 */
static size_t
ago_anniversary(const struct scan *sc, size_t e, struct date *d)
{
	enum date_prec want = sc->exact ? DATE_PREC_DAY : DATE_PREC_YEAR, pp = pub_prec(sc);
	size_t k = skip_space(sc, e), f, g, end = e;

	if (word_is(sc, k, "today", &f)) {
		want = DATE_PREC_DAY;
		end = f;
	} else if (word_is(sc, k, "to", &f) && word_is(sc, skip_space(sc, f), "the", &g) &&
	    word_is(sc, skip_space(sc, g), "day", &f)) {
		want = DATE_PREC_DAY;
		end = f;
	} else if (word_is(sc, k, "this", &f) && (word_is(sc, skip_space(sc, f), "month", &g) ||
	    word_is(sc, skip_space(sc, f), "week", &g))) {
		/* the week of the report: its month */
		want = DATE_PREC_MONTH;
		end = g;
	}
	if (want > pp)
		want = pp;
	if (want >= DATE_PREC_MONTH) {
		d->month = sc->pub->month;
		d->prec = DATE_PREC_MONTH;
	}
	if (want == DATE_PREC_DAY && date_valid(d->year, d->month, sc->pub->day)) {
		d->day = sc->pub->day;
		d->prec = DATE_PREC_DAY;
	}
	return end;
}

/* "two years ago", "a month ago", "3 days ago", "two decades ago" */
static size_t
scan_ago(struct scan *sc, size_t i, struct date *d)
{
	size_t e, n;
	int count, unit;
	enum date_prec pp = pub_prec(sc);

	if ((e = count_at(sc, i, &count)) == 0 || count < 1)
		return 0;
	e = skip_space(sc, e);
	if ((n = word_at(sc, e)) == 0)
		return 0;
	if ((unit = word_index(sc->s + e, n, unit_names)) < 0 &&
	    (lower((unsigned char)sc->s[e + n - 1]) != 's' ||
	    (unit = word_index(sc->s + e, n - 1, unit_names)) < 0))
		return 0;
	if (!word_is(sc, skip_space(sc, e + n), "ago", &e))
		return 0;
	switch (unit) {
	case UNIT_DAY:
	case UNIT_WEEK:
		if (pp < DATE_PREC_DAY)
			return 0;
		if (unit == UNIT_DAY)
			set_days(d, pub_days(sc) - count, DATE_PREC_DAY);
		else
			set_days(d, pub_days(sc) - 7L * count, DATE_PREC_MONTH);
		return e;
	case UNIT_MONTH:
		if (pp < DATE_PREC_MONTH)
			return 0;
		set_month_back(sc, d, count);
		return e;
	default:
		if (pp < DATE_PREC_YEAR)
			return 0;
		set_date(d, sc->pub->year - count * (unit == UNIT_DECADE ?
		    10 : 1), 0, 0, DATE_PREC_YEAR);
		d->approx = unit == UNIT_DECADE;
		if (unit == UNIT_YEAR)
			e = ago_anniversary(sc, e, d);
		return e;
	}
}

/* A season's name at i (any case: "spring", "Summer"); its index in
 * *v, the end returned, or 0. */
static size_t
season_at(const struct scan *sc, size_t i, int *v)
{
	size_t n = word_at(sc, i);

	if (n == 0 || (*v = word_index(sc->s + i, n, season_names)) < 0)
		return 0;
	return i + n;
}

/*
 * "last spring", "this summer": a season told from pub, at the precision
 * a season allows, its year.  "this" is pub's year; "last" the latest
 * such season over before pub's month.  Winter, over two years, gives
 * none.
 */
static size_t
season_from_pub(const struct scan *sc, size_t e, int v, int last, struct date *d)
{
	enum date_prec pp = pub_prec(sc);

	if (season_first[v] > season_last[v] || pp < DATE_PREC_YEAR ||
	    (last && pp < DATE_PREC_MONTH))
		return 0;
	set_date(d, sc->pub->year - (last && sc->pub->month <= season_last[v]), 0, 0,
	    DATE_PREC_YEAR);
	return e;
}

/*
 * A season as the core of an expression: "spring 2009", "the summer of
 * 2009" give the year named; "in the autumn", "during summer" alone (a
 * preposition before it: ctx) the latest such season begun by pub's
 * month, when a clause or punctuation follows ("in the summer, he fled";
 * not "in summer camps", "the fall of the city").  A season is a part of
 * a year, so it gives the year (EDTF has no month for it).
 */
static size_t
scan_season(const struct scan *sc, size_t i, int ctx, struct date *d)
{
	static const char *const clause_words[] = {
		"he", "she", "they", "we", "i", "it", "when", "as", "and", "but",
		"before", "after", "while", "the", "a", "an", "his", "her",
		"their", NULL
	};
	size_t e, k, w, n;
	int v, y;

	if ((e = season_at(sc, i, &v)) == 0)
		return 0;
	k = skip_space(sc, e);
	if (word_is(sc, k, "of", &w))
		k = skip_space(sc, w);
	if ((w = year_at(sc, k, &y)) != 0) {
		set_date(d, y, 0, 0, DATE_PREC_YEAR);
		return w;
	}
	if (!ctx || season_first[v] > season_last[v] || pub_prec(sc) < DATE_PREC_MONTH)
		return 0;
	k = skip_space(sc, e);
	n = word_at(sc, k);
	if (word_is(sc, k, "of", &w) || (n && word_index(sc->s + k, n, clause_words) < 0) ||
	    (!n && is_alnum(at(sc, k))))
		return 0;
	set_date(d, sc->pub->year - (sc->pub->month < season_first[v]), 0, 0, DATE_PREC_YEAR);
	return e;
}

/*
 * "(on) this day in 1971", "this date in 1971", "this day 40 years ago":
 * the report's month and day in the year named, an anniversary (as far
 * as pub is precise); e is past "day".  "This day" alone is no date.
 */
static size_t
this_day_in(struct scan *sc, size_t e, struct date *d)
{
	enum date_prec pp = pub_prec(sc);
	size_t k = skip_space(sc, e), f;
	int y;

	if (at(sc, k) == ',')
		k = skip_space(sc, k + 1);
	if (pp >= DATE_PREC_YEAR && !word_is(sc, k, "in", &f)) {
		sc->exact = 1;
		f = scan_ago(sc, k, d);
		sc->exact = 0;
		return f && d->prec > DATE_PREC_NONE ? f : 0;
	}
	if (pp < DATE_PREC_YEAR || !word_is(sc, k, "in", &f) || (f = year_at(sc, skip_space(sc, f), &y)) == 0 ||
	    y > sc->pub->year)
		return 0;
	set_date(d, y, 0, 0, DATE_PREC_YEAR);
	if (pp >= DATE_PREC_MONTH) {
		d->month = sc->pub->month;
		d->prec = DATE_PREC_MONTH;
	}
	if (pp == DATE_PREC_DAY && date_valid(y, d->month, sc->pub->day)) {
		d->day = sc->pub->day;
		d->prec = DATE_PREC_DAY;
	}
	return f;
}

/*
 * "over the weekend", "at the weekend", "last weekend", "this past
 * weekend": the latest Saturday and Sunday by pub (the one before it for
 * "last" when pub is itself on a weekend), at the precision they share:
 * their month, else their year.  A bare "the weekend" needs a
 * preposition (over, at, during, on); "at weekends" is a habit, no date.
 */
static size_t
scan_weekend(const struct scan *sc, size_t i, struct date *d)
{
	size_t j = i, e;
	int last = 0, prep = 0, wd, y1, m1, d1, y2, m2, d2;
	long sat;

	if (word_is(sc, j, "over", &e) || word_is(sc, j, "at", &e) || word_is(sc, j, "during", &e) ||
	    word_is(sc, j, "on", &e)) {
		prep = 1;
		j = skip_space(sc, e);
	}
	if (word_is(sc, j, "last", &e)) {
		last = 1;
	} else if (word_is(sc, j, "this", &e)) {
		if (word_is(sc, skip_space(sc, e), "past", &e))
			last = 0;
	} else if (!prep || !word_is(sc, j, "the", &e)) {
		return 0;
	}
	if (!word_is(sc, skip_space(sc, e), "weekend", &e) || pub_prec(sc) < DATE_PREC_DAY)
		return 0;
	wd = date_weekday(sc->pub->year, sc->pub->month, sc->pub->day);
	sat = pub_days(sc) - (wd == 5 ? 0 : wd == 6 ? 1 : wd + 2);
	if (last && wd >= 5)
		sat -= 7;
	date_from_days(sat, &y1, &m1, &d1);
	date_from_days(sat + 1, &y2, &m2, &d2);
	if (y1 != y2)
		return 0;
	set_date(d, y1, m1 == m2 ? m1 : 0, 0, m1 == m2 ? DATE_PREC_MONTH : DATE_PREC_YEAR);
	return e;
}

/* "last"/"this" + week, month, year, night, a weekday or a month. */
static size_t
scan_last_this(struct scan *sc, size_t i, int last, struct date *d)
{
	enum date_prec pp = pub_prec(sc);
	size_t e;
	int v, abbr;

	if (word_is(sc, i, "week", &e)) {
		if (pp < DATE_PREC_DAY)
			return 0;
		set_days(d, pub_days(sc) - (last ? 7 : 0), DATE_PREC_MONTH);
	} else if (word_is(sc, i, "month", &e)) {
		if (pp < DATE_PREC_MONTH)
			return 0;
		set_month_back(sc, d, last);
	} else if (word_is(sc, i, "year", &e)) {
		if (pp < DATE_PREC_YEAR)
			return 0;
		set_date(d, sc->pub->year - last, 0, 0, DATE_PREC_YEAR);
	} else if (!last && (word_is(sc, i, "day", &e) || word_is(sc, i, "date", &e))) {
		return this_day_in(sc, e, d);
	} else if (last && word_is(sc, i, "night", &e)) {
		if (pp < DATE_PREC_DAY)
			return 0;
		set_days(d, pub_days(sc) - 1, DATE_PREC_DAY);
	} else if ((e = weekday_at(sc, i, &v)) != 0) {
		return resolve_weekday(sc, v, last, d) ? e : 0;
	} else if ((e = season_at(sc, i, &v)) != 0) {
		return season_from_pub(sc, e, v, last, d);
	} else if ((e = month_at(sc, i, &v, &abbr)) != 0 && !abbr) {
		/* "last January" is the previous year's, even in March: a
		 * writer means this year's January by "in January" */
		if (last) {
			if (pp < DATE_PREC_MONTH)
				return 0;
			set_date(d, sc->pub->year - 1, v, 0, DATE_PREC_MONTH);
			return e;
		}
		return resolve_month(sc, v, 0, d) ? e : 0;
	} else {
		return 0;
	}
	return e;
}

/* Words relative to pub, and weekdays ("Tuesday, March 15, 2016"). */
static size_t
scan_relative(struct scan *sc, size_t i, struct date *d)
{
	static const int offset[] = { -1, 0, 0, 1 };
	size_t n = word_at(sc, i), e, k;
	int v;

	if (n == 0)
		return scan_ago(sc, i, d);
	if ((v = word_index(sc->s + i, n, day_words)) >= 0) {
		if (pub_prec(sc) < DATE_PREC_DAY)
			return 0;
		set_days(d, pub_days(sc) + offset[v], DATE_PREC_DAY);
		return i + n;
	}
	if (word_eq(sc->s + i, n, "last") || word_eq(sc->s + i, n, "this"))
		return scan_last_this(sc, skip_space(sc, i + n),
		    word_eq(sc->s + i, n, "last"), d);
	if ((e = weekday_at(sc, i, &v)) != 0) {
		k = e;
		if (at(sc, k) == ',')
			k++;
		k = skip_space(sc, k);
		if ((n = scan_month_first(sc, k, 1, 0, d)) != 0 ||
		    (n = scan_day_first(sc, k, d)) != 0)
			return n;
		if (sc->bad)
			return 0;
		return resolve_weekday(sc, v, 0, d) ? e : 0;
	}
	return scan_ago(sc, i, d);
}

/*
 * Which words may open an expression: for each first letter, a bit per
 * length (the last bit: 16 or more) of the words scan_expr may read first.
 * Those are the words of its lists (prepositions, approx_words,
 * hedge_words, lead_others, day_words, weekday_names, season_names, the
 * numbers of count_at) and the months' names, three-letter forms and aliases of
 * month_at.  date_find tries scan_expr at every word, and most words of a
 * text open no date: the bit spares the dozens of comparisons that would
 * say so.  A word with the bit set is scanned as before, so the bits need
 * only never miss a word.  Built on first use from the lists themselves,
 * so that a word added to a list is never filtered out.
 *
 * core_bits, the same for the words that may open the core of an
 * expression, after its preposition, "around", "the" and "early" (the
 * words scan_relative, scan_season and scan_month_first read first; the
 * other cores start with a digit): "in the" and "of a" open many
 * phrases and few dates, and the word after them is most often none of
 * these.
 */
#define LEAD_LENGTHS 16
static unsigned short lead_bits[26], core_bits[26];

static void
lead_add(unsigned short *bits, const char *w, size_t n)
{
	int c = lower((unsigned char)w[0]);

	if (n > 0 && c >= 'a' && c <= 'z')
		bits[c - 'a'] |= 1u << ((n < LEAD_LENGTHS ? n : LEAD_LENGTHS) - 1);
}

static void
lead_add_list(unsigned short *bits, const char *const *list)
{
	for (; *list != NULL; list++)
		lead_add(bits, *list, strlen(*list));
}

static void
lead_build(void)
{
	static const char *const *const leads[] = { prepositions, approx_words, hedge_words,
	    lead_others }, *const *const cores[] = { small_numbers, tens_numbers, day_words,
	    weekday_names, month_names, month_aliases, season_names };
	static const char *const core_others[] = { "last", "this", "a", "an", NULL };
	size_t k;

	for (k = 0; k < sizeof(cores) / sizeof(cores[0]); k++)
		lead_add_list(core_bits, cores[k]);
	lead_add_list(core_bits, core_others);
	for (k = 0; month_names[k] != NULL; k++)
		lead_add(core_bits, month_names[k], 3);	/* "Jan", "Sep" */
	/* what opens a core opens an expression */
	memcpy(lead_bits, core_bits, sizeof(lead_bits));
	for (k = 0; k < sizeof(leads) / sizeof(leads[0]); k++)
		lead_add_list(lead_bits, leads[k]);
}

/* May a word of bits start at i?  Any start that is not a whole ASCII
 * word (a number) may. */
static int
may_start(const struct scan *sc, size_t i, const unsigned short *bits)
{
	static int built;
	size_t n = word_at(sc, i);
	int c;

	if (!built) {
		lead_build();
		built = 1;
	}
	if (n == 0)
		return 1;
	c = lower((unsigned char)sc->s[i]);
	return c < 'a' || c > 'z' ||
	    (bits[c - 'a'] >> ((n < LEAD_LENGTHS ? n : LEAD_LENGTHS) - 1) & 1);
}

/*
 * [preposition] [around] [the] [early|mid|late|earlier|later] core.
 * Returns the end of the expression or 0; sc->bad is set past an
 * impossible date.
 */
static size_t
scan_expr(struct scan *sc, size_t i, struct date *d)
{
	size_t j = i, n, e = 0;
	int ctx = 0, from = 0, approx = 0, the = 0, hedge = 0, decade = 0;
	int rel_only = 0;

	sc->exact = 0;
	n = word_at(sc, j);
	if (n && word_eq(sc->s + j, n, "between"))
		return scan_between(sc, skip_space(sc, j + n), d);
	if ((e = scan_weekend(sc, j, d)) != 0)
		return e;
	if (n && word_index(sc->s + j, n, prepositions) >= 0) {
		from = word_eq(sc->s + j, n, "from");
		ctx = 1;
		j = skip_space(sc, j + n);
		n = word_at(sc, j);
	}
	/* "exactly forty years ago": to the day (ago_anniversary) */
	if (n && word_eq(sc->s + j, n, "exactly")) {
		sc->exact = 1;
		j = skip_space(sc, j + n);
		n = word_at(sc, j);
	}
	if (n && word_index(sc->s + j, n, approx_words) >= 0) {
		approx = ctx = 1;
		j = skip_space(sc, j + n);
		n = word_at(sc, j);
	}
	if (n && word_eq(sc->s + j, n, "the")) {
		the = 1;
		j = skip_space(sc, j + n);
		n = word_at(sc, j);
	}
	if (n && (hedge = word_index(sc->s + j, n, hedge_words) + 1) > 0) {
		ctx = 1;
		j += n;
		j = at(sc, j) == '-' ? j + 1 : skip_space(sc, j);
		n = word_at(sc, j);
	} else if (n && (word_eq(sc->s + j, n, "earlier") ||
	    word_eq(sc->s + j, n, "later"))) {
		rel_only = 1;
		j = skip_space(sc, j + n);
		n = word_at(sc, j);
		if (!n || !(word_eq(sc->s + j, n, "this") ||
		    word_eq(sc->s + j, n, "last")))
			return 0;
	}
	/* none of the scanners below reads such a word first (core_bits) */
	if (!may_start(sc, j, core_bits))
		return 0;
	if (!the)
		e = scan_relative(sc, j, d);
	/* a season is a year's part: no "~" for "late summer" */
	if (e == 0 && !rel_only && (e = scan_season(sc, j, ctx, d)) != 0)
		return e;
	if (e == 0 && !rel_only && !sc->bad)
		if ((e = scan_month_first(sc, j, ctx, 0, d)) == 0 && !sc->bad &&
		    (e = scan_day_first(sc, j, d)) == 0 && !sc->bad)
			e = scan_numeric(sc, j, ctx, from, &decade, d);
	/* "the 1970s", "the 1950-53 war"; not "the 2016" */
	if (e == 0 || (the && !decade && !d->end_year))
		return 0;
	if (decade && hedge) {
		/* the early 1970s: 1970-1973, mid: 1974-1976, late: 1977-1979 */
		static const int lo[] = { 0, 4, 7 }, hi[] = { 3, 6, 9 };

		d->end_year = d->year + hi[hedge - 1];
		d->year += lo[hedge - 1];
	} else if (hedge && d->prec != DATE_PREC_DAY) {
		d->approx = 1;
	}
	if (approx)
		d->approx = 1;
	return e;
}

/*
 * Two dates of one time the text is unsure of, a and b ("May or June
 * 2010"), into a: the part they share.  The same year: the month (or
 * day) they share, else the year; two years, or a span: the interval
 * from the first to the last ("2003 or 2004": 2003/2004).
 */
static void
either_common(struct date *a, const struct date *b)
{
	int lo = a->year < b->year ? a->year : b->year;
	int hi = (a->end_year ? a->end_year : a->year) > (b->end_year ? b->end_year : b->year) ?
	    (a->end_year ? a->end_year : a->year) : (b->end_year ? b->end_year : b->year);
	int approx = a->approx || b->approx;

	if (hi != lo || a->end_year || b->end_year) {
		set_date(a, lo, 0, 0, DATE_PREC_YEAR);
		a->end_year = hi > lo ? hi : 0;
		return;
	}
	if (a->prec >= DATE_PREC_MONTH && b->prec >= DATE_PREC_MONTH && a->month == b->month) {
		if (!(a->prec == DATE_PREC_DAY && b->prec == DATE_PREC_DAY && a->day == b->day))
			set_date(a, lo, a->month, 0, DATE_PREC_MONTH);
	} else {
		set_date(a, lo, 0, 0, DATE_PREC_YEAR);
	}
	a->approx = a->prec < DATE_PREC_DAY && approx;
}

/*
 * May a word "or" begin after i?  (Any "or" not followed by a letter
 * counts: word_is() asks more.)  The last one is looked for once a scan.
 */
static int
or_after(struct scan *sc, size_t i)
{
	size_t k;

	if (!sc->or_known) {
		sc->or_known = 1;
		for (k = sc->len; k >= 2 && sc->or_last == 0; k--)
			if (lower(at(sc, k - 2)) == 'o' && lower(at(sc, k - 1)) == 'r' &&
			    !is_alpha(at(sc, k)))
				sc->or_last = k - 1;
	}
	return sc->or_last > i + 1;
}

/*
 * An expression, or two joined by "or" that tell one time the text is
 * unsure of: "in May or June 2010" (2010), "in October or November this
 * year" (this year), "on Monday or Tuesday" (their month), "in 2003 or
 * 2004" (2003/2004): the part they share (either_common).  A first
 * month (or day of a month) without its year takes the second's
 * ("December or January 2010": the year before), also with no pub.
 */
static size_t
scan_either(struct scan *sc, size_t i, struct date *d)
{
	static const struct date far = { 2100, 12, 31, DATE_PREC_DAY, 0, 0 };
	struct scan bare = *sc;
	struct date b, a_bare;
	size_t e = scan_expr(sc, i, d), k, f, e2, bad;
	int yearless = 0;

	/* no pub: "in May" is a date only by the year after "or" (a text
	 * with no "or" after i is spared the second scan) */
	if (e == 0 && !sc->bad && pub_prec(sc) < DATE_PREC_MONTH && or_after(sc, i)) {
		bare.pub = &far;
		if ((e = scan_expr(&bare, i, d)) == 0 || d->prec < DATE_PREC_MONTH)
			return 0;
		yearless = 1;
	}
	if (e == 0 || d->prec == DATE_PREC_NONE || !word_is(sc, skip_space(sc, e), "or", &f))
		return yearless ? 0 : e;
	k = skip_space(sc, f);
	bad = sc->bad;
	e2 = scan_expr(sc, k, &b);
	sc->bad = bad;
	if (e2 == 0 || b.prec == DATE_PREC_NONE || (yearless && b.prec < DATE_PREC_MONTH))
		return yearless ? 0 : e;
	bare.pub = NULL;
	bare.bad = 0;
	if (d->prec >= DATE_PREC_MONTH && b.prec >= DATE_PREC_MONTH && !d->end_year &&
	    (yearless || scan_expr(&bare, i, &a_bare) != e))
		d->year = b.year - (d->month > b.month);
	either_common(d, &b);
	return e2;
}

size_t
date_scan(const char *s, size_t len, const struct date *pub,
	  struct date *out)
{
	struct scan sc = { .s = s, .len = len, .pub = pub };
	size_t e = scan_either(&sc, 0, out);

	if (e == 0)
		memset(out, 0, sizeof(*out));
	return e;
}

/*
 * Can a date start at i?  At a letter or digit that does not continue a
 * word, a number ("1.2016", "COVID-19"), an amount ("$2016", "£2016",
 * "₩2016") or a path.
 */
static int
word_start(const struct scan *sc, size_t i)
{
	unsigned char p, pp;

	if (!is_alnum(at(sc, i)))
		return 0;
	if (i == 0)
		return 1;
	p = at(sc, i - 1);
	pp = i >= 2 ? at(sc, i - 2) : ' ';
	if (p >= 0x80)
		return (i >= 3 && at(sc, i - 3) == 0xE2 && pp == 0x80) ||
		    (pp == 0xC2 && p == 0xA0);
	if (p == '\0')
		return 1;
	if (is_alnum(p) || strchr("$#@&_/\\", p) != NULL)
		return 0;
	if (strchr(".,-:", p) != NULL && is_alnum(pp))
		return 0;
	return 1;
}

size_t
date_find(const char *s, size_t len, const struct date *pub,
	  struct date *out, size_t *start)
{
	struct scan sc = { .s = s, .len = len, .pub = pub };
	size_t i = 0, e;

	while (i < len) {
		if (word_start(&sc, i) && may_start(&sc, i, lead_bits)) {
			sc.bad = 0;
			if ((e = scan_either(&sc, i, out)) != 0) {
				*start = i;
				return e - i;
			}
			if (sc.bad > i) {
				i = sc.bad;
				continue;
			}
		}
		/* On to the next word: every word is tried once. */
		if (is_alnum(at(&sc, i)))
			while (i < len && is_alnum(at(&sc, i)))
				i++;
		else
			i++;
	}
	memset(out, 0, sizeof(*out));
	*start = len;
	return 0;
}

/* Ordinal words 1..19 and the tens, for date_anniversary. */
static const char *const small_ordinals[] = {
	"zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
	"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
	"seventeenth", "eighteenth", "nineteenth", NULL
};
static const char *const tens_ordinals[] = {
	"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
	"ninetieth", NULL
};

size_t
date_anniversary(const char *s, size_t len, int *years)
{
	struct scan sc = { .s = s, .len = len };
	size_t i, n, e;
	int v = 0, ord = 0, k;

	if (!word_is(&sc, 0, "the", &e))
		return 0;
	i = skip_space(&sc, e);
	n = word_at(&sc, i);
	if (n == 0) {
		/* "24th" */
		if ((e = number_at(&sc, i, 3, &v, &ord)) == 0 || !ord)
			return 0;
	} else if ((k = word_index(s + i, n, small_ordinals)) > 0) {
		v = k;
		e = i + n;
	} else if ((k = word_index(s + i, n, tens_ordinals)) >= 0) {
		v = 20 + 10 * k;
		e = i + n;
	} else if ((k = word_index(s + i, n, tens_numbers)) >= 0 && at(&sc, i + n) == '-') {
		/* "twenty-fifth" */
		size_t u = i + n + 1, un = word_at(&sc, u);
		int w = un ? word_index(s + u, un, small_ordinals) : -1;

		if (w <= 0 || w > 9)
			return 0;
		v = 20 + 10 * k + w;
		e = u + un;
	} else {
		return 0;
	}
	if (v < 1 || !word_is(&sc, skip_space(&sc, e), "anniversary", &e) ||
	    !word_is(&sc, skip_space(&sc, e), "of", &e))
		return 0;
	*years = v;
	return e;
}

