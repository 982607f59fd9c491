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
 */
size_t date_scan(const char *s, size_t len, const struct date *pub, struct date *out);

/*
 * Find the first date expression in s[0..len): its byte offset in *start
 * and its span as the return value (0 when none).
 */
size_t date_find(const char *s, size_t len, const struct date *pub,
		 struct date *out, size_t *start);

#endif
