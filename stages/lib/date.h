/*
 * date: calendar arithmetic, ISO 8601 / EDTF values, and the date
 * expressions of news text ("March 16, 2016", "last October", "on Tuesday",
 * "two years ago") resolved against a publication date.
 *
 * Values are written in EDTF (ISO 8601-2): 2014, 2014-10, 2014-10-08,
 * 2014-10~ ("around October 2014"), 2014/2016 (an interval of years).
 */
#ifndef CAPTIVE_DATE_H
#define CAPTIVE_DATE_H

#include <stddef.h>

enum date_prec {
	DATE_PREC_NONE = 0,
	DATE_PREC_YEAR,
	DATE_PREC_MONTH,
	DATE_PREC_DAY
};

struct date {
	int year, month, day;	/* month and day 0 when not known */
	enum date_prec prec;
	int approx;		/* EDTF "~": around, late, early, mid */
	int end_year;		/* > 0: an interval year/end_year */
};

#define DATE_FORMAT_MAX 32

int date_valid(int y, int m, int d);
int date_days_in_month(int y, int m);
/* Days since 1970-01-01 of a valid date (proleptic Gregorian). */
long date_to_days(int y, int m, int d);
void date_from_days(long days, int *y, int *m, int *d);
/* 0 = Monday ... 6 = Sunday. */
int date_weekday(int y, int m, int d);

/* "Jan", "Jan.", "January", "Sept" (any case) -> 1..12, else 0. */
int date_month_from_name(const char *s, size_t len);
/* "Monday", "Mon", "Tues." -> 0..6, else -1. */
int date_weekday_from_name(const char *s, size_t len);

/* Parse an EDTF value as date_format writes it.  0, or -1 if malformed. */
int date_parse_iso(const char *s, struct date *d);
/* Write d as EDTF into out (DATE_FORMAT_MAX bytes); "" for DATE_PREC_NONE.
 * Returns the length written. */
size_t date_format(const struct date *d, char *out, size_t n);

/*
 * Recognise a date expression that starts exactly at s[0] (len bytes
 * available) and resolve it against pub (NULL or DATE_PREC_NONE when the
 * publication date is unknown: expressions that need it yield nothing).
 * Returns the bytes the expression spans (0: no date here) and fills *out.
 * Absolute: "March 16, 2016", "16 March 2016", "Mar. 16", "2016-03-16",
 * "March 2016", "2016", "the 1970s".  Relative: "last October", "in May",
 * "on Tuesday", "yesterday", "last month", "last year", "earlier this
 * month", "two years ago", "late November".  Impossible dates ("February
 * 30") are not dates.
 *
 * The span: a leading preposition (on, in, since, until, till, by, from,
 * during, of, throughout, between), "around"/"about", "the", and
 * "early"/"mid"/"late"/"earlier"/"later" belong to it; words after the
 * date do not ("on Tuesday afternoon" spans "on Tuesday"; "2020-01-04,
 * 01:59" spans "2020-01-04"; "Mar. 16" keeps the abbreviation's stop).
 * Names must be capitalised ("March", "MARCH"; "march", "may" are not),
 * weekdays written in full; "May" alone needs a preposition or modifier.
 * A bare year (1900..2100) needs a word before it ("in 2016") or
 * punctuation or the end after it ("2016."); "2016 people" is not one.
 * Relative rules: a month and day without a year is the latest one not
 * after pub (pub + 1 day when pub has a day); "in October", "October"
 * the latest October at or before pub's month, "last October" strictly
 * before it; a weekday the latest at or before pub ("last Tuesday":
 * before); "last week", "N weeks ago" the month of the day 7N before pub;
 * "last/this month", "N months ago" a month; "last/this year", "N years
 * ago" a year; "early/mid/late" and "around" add "~" to a year or month;
 * "the early/mid/late 1970s" are 1970/1973, 1974/1976, 1977/1979;
 * "4 November last year", "September of this year" take the year named.
 * A season gives a year: "the summer of 2009", "spring 2009" the year
 * named; "this spring" pub's year, "last autumn" the latest one over
 * before pub's month, "in the summer" (a clause or punctuation after
 * it) the latest one begun by then; winter, over two years, only with
 * its year.
 */
size_t date_scan(const char *s, size_t len, const struct date *pub, struct date *out);

/*
 * Find the first date expression in s[0..len): its byte offset in *start
 * and its span as the return value (0 when none).
 * Only word starts are tried (not inside "COVID-19", "$2016", "1.2016"),
 * and an impossible date is skipped whole: "February 30, 2016" is not 2016.
 */
size_t date_find(const char *s, size_t len, const struct date *pub,
		 struct date *out, size_t *start);

/*
 * "the 24th anniversary of", "the fortieth anniversary of", "the
 * twenty-fifth anniversary of" at s[0] (len bytes): the years counted
 * in *years, the bytes the words span returned (0: none).  What follows
 * "of" happened that many years before the anniversary's date.
 */
size_t date_anniversary(const char *s, size_t len, int *years);

#endif
