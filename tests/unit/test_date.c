/*
 * test_date: the calendar, EDTF values and the news date expressions of
 * stages/lib/date.c.  Table-driven like git's t/unit-tests: each row is
 * an input, a publication date and what should come out.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "date.h"

/* Publication dates of the tables: a Wednesday and a Saturday; and
 * one of a story on an anniversary. */
#define WED "2016-03-16"
#define SAT "2020-01-04"
#define ANNIV "2008-12-23"
#define LEAP "2016-02-29"

struct scan_case {
	const char *text;
	const char *pub;	/* EDTF, or NULL when unknown */
	const char *want;	/* EDTF, "" for no date */
	int span;		/* bytes of the expression; -1: whole text */
};

static const struct scan_case scan_cases[] = {
	/* absolute */
	{ "March 16, 2016", NULL, "2016-03-16", -1 },
	{ "Mar. 16, 2016", NULL, "2016-03-16", -1 },
	{ "MARCH 16, 2016", NULL, "2016-03-16", -1 },
	{ "March 16th, 2016", NULL, "2016-03-16", -1 },
	{ "March 16 2016", NULL, "2016-03-16", -1 },
	{ "Sept. 5, 2017", NULL, "2017-09-05", -1 },
	{ "16 March 2016", NULL, "2016-03-16", -1 },
	{ "16th of March 2016", NULL, "2016-03-16", -1 },
	{ "16 March, 2016", NULL, "2016-03-16", -1 },
	{ "2016-03-16", NULL, "2016-03-16", -1 },
	{ "2020-01-04, 01:59", NULL, "2020-01-04", 10 },
	{ "2020-01-04T01:59:00Z", NULL, "2020-01-04", 10 },
	{ "March 2016", NULL, "2016-03", -1 },
	{ "March of 2016", NULL, "2016-03", -1 },
	{ "December 1978 in", NULL, "1978-12", 13 },
	{ "Feb. 29, 2016", NULL, "2016-02-29", -1 },
	{ "in 2015", NULL, "2015", -1 },
	{ "In 2015 he", NULL, "2015", 7 },
	{ "since 1978, he", NULL, "1978", 10 },
	{ "2016", NULL, "2016", -1 },
	{ "2016.", NULL, "2016", 4 },
	{ "2016, when", NULL, "2016", 4 },
	{ "the 1970s", NULL, "1970/1979", -1 },
	{ "in the 1970s", NULL, "1970/1979", -1 },
	{ "the 1990's", NULL, "1990/1999", -1 },
	{ "the late 1970s", NULL, "1977/1979", -1 },
	{ "between 2014 and 2016", NULL, "2014/2016", -1 },
	{ "from 2014 to 2016", NULL, "2014/2016", -1 },
	{ "2014-2016", NULL, "2014/2016", -1 },
	{ "the 1950-53 war", NULL, "1950/1953", 11 },
	{ "in 2016-17", NULL, "2016/2017", -1 },
	{ "the 2016 vote", NULL, "", 0 },
	{ "1999-03 data", NULL, "", 0 },
	{ "on March 16, 2016 at", NULL, "2016-03-16", 17 },
	{ "Tuesday, March 15, 2016", NULL, "2016-03-15", -1 },
	{ "March 16-18, 2016", NULL, "2016-03-16", -1 },
	{ "around October 2014", NULL, "2014-10~", -1 },
	{ "early 2015", NULL, "2015~", -1 },
	{ "mid-2015", NULL, "2015~", -1 },
	{ "in late 2015", NULL, "2015~", -1 },
	{ "in late March 2015", NULL, "2015-03~", -1 },
	{ "early on March 16, 2016", NULL, "", 0 },
	{ "late March 16, 2016", NULL, "2016-03-16", -1 },

	/* month and day without a year: the latest one not after pub + 1 */
	{ "April 22", WED, "2015-04-22", -1 },
	{ "March 10", WED, "2016-03-10", -1 },
	{ "March 17", WED, "2016-03-17", -1 },
	{ "March 18", WED, "2015-03-18", -1 },
	{ "on May 29", SAT, "2019-05-29", -1 },
	{ "May 10", NULL, "", 0 },
	{ "16 March", SAT, "2019-03-16", -1 },
	{ "Feb. 29", "2017-03-01", "2016-02-29", -1 },
	{ "April 22", "2016", "2016-04-22", -1 },
	{ "April 22", "2016-03", "2015-04-22", -1 },
	{ "Tuesday, March 15", "2016-04", "2016-03-15", -1 },

	/* relative to pub */
	{ "yesterday", SAT, "2020-01-03", -1 },
	{ "Yesterday", WED, "2016-03-15", -1 },
	{ "today", SAT, "2020-01-04", -1 },
	{ "last night", SAT, "2020-01-03", -1 },
	{ "yesterday", NULL, "", 0 },
	{ "yesterday", "2020-01", "", 0 },
	{ "on Tuesday", SAT, "2019-12-31", -1 },
	{ "Tuesday afternoon", SAT, "2019-12-31", 7 },
	{ "Saturday", SAT, "2020-01-04", -1 },
	{ "last Saturday", SAT, "2019-12-28", -1 },
	{ "Wednesday", WED, "2016-03-16", -1 },
	{ "Monday", NULL, "", 0 },
	{ "last week", SAT, "2019-12", -1 },
	{ "last week", WED, "2016-03", -1 },
	{ "last week", "2016", "", 0 },
	{ "last month", SAT, "2019-12", -1 },
	{ "this month", SAT, "2020-01", -1 },
	{ "earlier this month", WED, "2016-03", -1 },
	{ "last year", SAT, "2019", -1 },
	{ "last year", "2020", "2019", -1 },
	{ "this year", WED, "2016", -1 },
	{ "earlier this year", WED, "2016", -1 },
	{ "late last year", SAT, "2019~", -1 },
	{ "on 4 November last year", SAT, "2019-11-04", -1 },
	{ "November 4 of last year", SAT, "2019-11-04", -1 },
	{ "in September of last year", SAT, "2019-09", -1 },
	{ "in September this year", WED, "2016-09", -1 },
	{ "in September, last year's talks", SAT, "2019-09", 12 },
	{ "two years ago", WED, "2014", -1 },
	{ "2 years ago", WED, "2014", -1 },
	{ "a year ago", WED, "2015", -1 },
	{ "twelve years ago", WED, "2004", -1 },
	{ "twenty years ago", WED, "1996", -1 },
	{ "twenty-five years ago", WED, "1991", -1 },
	{ "two decades ago", WED, "1996~", -1 },
	{ "three months ago", WED, "2015-12", -1 },
	{ "three days ago", WED, "2016-03-13", -1 },
	{ "two weeks ago", WED, "2016-03", -1 },
	{ "two years ago", NULL, "", 0 },
	{ "two years later", WED, "", 0 },
	{ "last October", SAT, "2019-10", -1 },
	{ "last October", "2019-10-20", "2018-10", -1 },
	{ "in October", "2019-10-20", "2019-10", -1 },
	{ "in October", "2019-09-20", "2018-10", -1 },
	{ "October", SAT, "2019-10", -1 },
	{ "in October", NULL, "", 0 },
	{ "late November", SAT, "2019-11~", -1 },
	{ "in late November", SAT, "2019-11~", -1 },
	{ "in May", SAT, "2019-05", -1 },
	{ "last May", SAT, "2019-05", -1 },
	{ "last January", "2004-03-18", "2003-01", -1 },
	{ "this January", "2004-03-18", "2004-01", -1 },
	{ "early August in 1977", SAT, "1977-08~", -1 },
	{ "in March in Seoul", SAT, "2019-03", 8 },

	/* seasons give their year (EDTF has no month for a season) */
	{ "this spring", "2011-10-05", "2011", -1 },
	{ "earlier this summer", "2011-10-05", "2011", -1 },
	{ "last summer", "2011-10-05", "2011", -1 },
	{ "last summer", "2011-07-05", "2010", -1 },
	{ "last autumn", "2011-03-05", "2010", -1 },
	{ "last fall", "2011-12-05", "2011", -1 },
	{ "in the summer of 1997", NULL, "1997", -1 },
	{ "the Autumn of 1963", NULL, "1963", -1 },
	{ "in spring 2006", NULL, "2006", -1 },
	{ "late summer 2006", NULL, "2006", -1 },
	{ "the winter of 1951", NULL, "1951", -1 },
	{ "in the spring, he", "2011-10-05", "2011", 13 },
	{ "in the autumn.", "2011-04-05", "2010", 13 },
	{ "during summer", "2011-10-05", "2011", -1 },
	{ "last winter", "2011-10-05", "", 0 },
	{ "this winter", "2011-10-05", "", 0 },
	{ "in the winter, she", "2011-10-05", "", 0 },
	{ "last summer", "2011", "", 0 },
	{ "in the summer", NULL, "", 0 },
	{ "in the fall of the capital", "2011-10-05", "", 0 },
	{ "in summer camps", "2011-10-05", "", 0 },
	{ "a hot spring", "2011-10-05", "", 0 },

	/* not dates */
	{ "February 30, 2016", NULL, "", 0 },
	{ "February 30", SAT, "", 0 },
	{ "April 31", SAT, "", 0 },
	{ "Feb. 29, 2015", NULL, "", 0 },
	{ "2016-13-01", NULL, "", 0 },
	{ "2016-02-30", NULL, "", 0 },
	{ "2016-03", NULL, "", 0 },
	{ "Mayor", SAT, "", 0 },
	{ "marched", SAT, "", 0 },
	{ "Marches", SAT, "", 0 },
	{ "may face", SAT, "", 0 },
	{ "march 16, 2016", NULL, "", 0 },
	/* a weekend: the latest one by pub, at the precision its two days
	 * share; "at weekends" is a habit, and "the weekend" wants a
	 * preposition */
	{ "over the weekend", WED, "2016-03", -1 },
	{ "at the weekend", SAT, "2020-01", -1 },
	{ "last weekend", SAT, "2019-12", -1 },
	{ "this past weekend", WED, "2016-03", -1 },
	{ "during the weekend", "2016-05-02", "2016", -1 },
	{ "at the weekend", "2016-05", "", 0 },
	{ "at weekends", WED, "", 0 },
	{ "the weekend", WED, "", 0 },
	/* two dates joined by "or": the part they share */
	{ "in May or June 2010", WED, "2010", -1 },
	{ "in May or June 2010", NULL, "2010", -1 },
	{ "in October or November this year", "2014-12-02", "2014", -1 },
	{ "in 2003 or 2004", NULL, "2003/2004", -1 },
	{ "in December or January 2010", NULL, "2009/2010", -1 },
	{ "on March 3 or March 4, 2011", NULL, "2011-03", -1 },
	{ "in May or he", WED, "2015-05", 6 },
	{ "in May or", NULL, "", 0 },
	/* an anniversary: the report's day (or month) as far as the words
	 * tie the years counted to it; else the year */
	{ "on this day in 1971", "2011-04-08", "1971-04-08", -1 },
	{ "on this date in 1971", "2011-04", "1971-04", -1 },
	{ "this day 40 years ago", ANNIV, "1968-12-23", -1 },
	{ "forty years ago today", ANNIV, "1968-12-23", -1 },
	{ "exactly forty years ago", ANNIV, "1968-12-23", -1 },
	{ "forty years ago to the day", ANNIV, "1968-12-23", -1 },
	{ "ten years ago this month", ANNIV, "1998-12", -1 },
	{ "forty years ago", ANNIV, "1968", -1 },
	{ "four years ago today", LEAP, "2012-02-29", -1 },
	{ "five years ago today", LEAP, "2011-02", -1 },
	{ "this day", ANNIV, "", 0 },
	/* no pub: no anniversary */
	{ "on this day in 1971", NULL, "", 0 },
	{ "May said", SAT, "", 0 },
	{ "Jan", SAT, "", 0 },
	{ "Sun", SAT, "", 0 },
	{ "tuesday", SAT, "", 0 },
	{ "2016 people", NULL, "", 0 },
	{ "1,000", NULL, "", 0 },
	{ "1850.", NULL, "", 0 },
	{ "20165", NULL, "", 0 },
	{ "2016s", NULL, "", 0 },
	{ "between 2016 and 2014", NULL, "", 0 },
	{ "the 2016 election", NULL, "", 0 },
	{ "the late president", SAT, "", 0 },
	{ "in 10 days", SAT, "", 0 },
	{ " March 2016", NULL, "", 0 },
};

static int
pub_of(const char *s, struct date *pub)
{
	if (s == NULL)
		return 0;
	assert_int_equal(date_parse_iso(s, pub), 0);
	return 1;
}

static void
test_scan_table(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(scan_cases) / sizeof(scan_cases[0]); i++) {
		const struct scan_case *c = &scan_cases[i];
		struct date pub, d;
		char got[DATE_FORMAT_MAX];
		size_t n, want_n;

		n = date_scan(c->text, strlen(c->text),
		    pub_of(c->pub, &pub) ? &pub : NULL, &d);
		date_format(&d, got, sizeof(got));
		want_n = c->span < 0 ? strlen(c->text) : (size_t)c->span;
		if (strcmp(got, c->want) != 0 || n != want_n)
			print_error("row %zu: \"%s\" pub %s: got \"%s\" span "
			    "%zu, want \"%s\" span %zu\n", i, c->text,
			    c->pub ? c->pub : "(none)", got, n, c->want,
			    want_n);
		assert_string_equal(got, c->want);
		assert_int_equal(n, want_n);
	}
}

struct find_case {
	const char *text;
	const char *pub;
	const char *want;	/* EDTF, "" for none */
	const char *match;	/* the bytes date_find should span */
};

static const struct find_case find_cases[] = {
	{ "He was arrested on March 16, 2016 in Pyongyang.", NULL,
	  "2016-03-16", "on March 16, 2016" },
	{ "The Mayor may face charges in May 2016.", NULL, "2016-05",
	  "in May 2016" },
	{ "He paid $2016 in 2015.", NULL, "2015", "in 2015" },
	{ "Some 1,000 people marched in 2016.", NULL, "2016", "in 2016" },
	{ "Dated February 30, 2016, and in 2017.", NULL, "2017", "in 2017" },
	{ "the 2016 election, then 2017.", NULL, "2017", "2017" },
	{ "COVID-19 and 3.2016 and v2016.", NULL, "", NULL },
	{ "\xe2\x80\x9c" "2016\xe2\x80\x9d was hard", NULL, "2016", "2016" },
	{ "She said on Tuesday afternoon that", SAT, "2019-12-31",
	  "on Tuesday" },
	{ "Kim was detained in late November.", SAT, "2019-11~",
	  "in late November" },
	{ "He was released two years ago.", WED, "2014", "two years ago" },
	{ "Theresa May said the talks may resume.", SAT, "", NULL },
	{ "No date here at all", SAT, "", NULL },
};

static void
test_find_table(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(find_cases) / sizeof(find_cases[0]); i++) {
		const struct find_case *c = &find_cases[i];
		struct date pub, d;
		char got[DATE_FORMAT_MAX];
		size_t n, start = 0;

		n = date_find(c->text, strlen(c->text),
		    pub_of(c->pub, &pub) ? &pub : NULL, &d, &start);
		date_format(&d, got, sizeof(got));
		if (strcmp(got, c->want) != 0)
			print_error("row %zu: \"%s\": got \"%s\" at %zu+%zu\n",
			    i, c->text, got, start, n);
		assert_string_equal(got, c->want);
		if (c->match == NULL) {
			assert_int_equal(n, 0);
			continue;
		}
		assert_int_equal(n, strlen(c->match));
		assert_memory_equal(c->text + start, c->match, n);
	}
}

/* "the Nth anniversary of": the years it counts, the bytes it spans */
static void
test_anniversary(void **state)
{
	static const struct {
		const char *text;
		int years;	/* 0: none */
		size_t span;
	} cases[] = {
		{ "the 24th anniversary of his abduction", 24, 23 },
		{ "the fortieth anniversary of the raid", 40, 27 },
		{ "the twenty-fifth anniversary of the raid", 25, 31 },
		{ "the 1st anniversary of", 1, 22 },
		{ "the anniversary of his abduction", 0, 0 },
		{ "the 24th birthday of", 0, 0 },
		{ "the 24 anniversary of", 0, 0 },
		{ "the twenty-ten anniversary of", 0, 0 },
		{ "a 24th anniversary of", 0, 0 },
	};
	size_t i, n;
	int y;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		y = 0;
		n = date_anniversary(cases[i].text, strlen(cases[i].text), &y);
		if (n != cases[i].span || (n && y != cases[i].years))
			print_error("row %zu: \"%s\": got %d years, span %zu\n", i, cases[i].text, y, n);
		assert_int_equal(n, cases[i].span);
		if (n)
			assert_int_equal(y, cases[i].years);
	}
}

static void
test_calendar(void **state)
{
	static const struct {
		int y, m, d;
		long days;
		int wd;
	} cases[] = {
		{ 1970, 1, 1, 0, 3 },
		{ 1969, 12, 31, -1, 2 },
		{ 2000, 3, 1, 11017, 2 },
		{ 2016, 3, 16, 16876, 2 },
		{ 2020, 1, 4, 18265, 5 },
		{ 1, 1, 1, -719162, 0 },
		{ 1900, 3, 1, -25508, 3 },
	};
	long z;
	size_t i;
	int y, m, d;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		assert_int_equal(date_to_days(cases[i].y, cases[i].m,
		    cases[i].d), cases[i].days);
		assert_int_equal(date_weekday(cases[i].y, cases[i].m,
		    cases[i].d), cases[i].wd);
		date_from_days(cases[i].days, &y, &m, &d);
		assert_int_equal(y, cases[i].y);
		assert_int_equal(m, cases[i].m);
		assert_int_equal(d, cases[i].d);
	}
	/* Every day from 1600 to 2400 goes there and back. */
	for (z = date_to_days(1600, 1, 1); z < date_to_days(2400, 1, 1); z++) {
		date_from_days(z, &y, &m, &d);
		assert_true(date_valid(y, m, d));
		assert_int_equal(date_to_days(y, m, d), z);
	}
	assert_int_equal(date_days_in_month(2016, 2), 29);
	assert_int_equal(date_days_in_month(1900, 2), 28);
	assert_int_equal(date_days_in_month(2000, 2), 29);
	assert_int_equal(date_days_in_month(2015, 4), 30);
	assert_int_equal(date_days_in_month(2015, 13), 0);
	assert_false(date_valid(2015, 2, 29));
	assert_false(date_valid(2016, 0, 1));
	assert_false(date_valid(2016, 4, 31));
	assert_true(date_valid(2016, 12, 31));
}

static void
test_names(void **state)
{
	static const struct {
		const char *s;
		int month, weekday;
	} cases[] = {
		{ "Jan", 1, -1 }, { "Jan.", 1, -1 }, { "January", 1, -1 },
		{ "SEPT", 9, -1 }, { "Sept.", 9, -1 }, { "sep", 9, -1 },
		{ "may", 5, -1 }, { "December", 12, -1 }, { "Janu", 0, -1 },
		{ "January.", 0, -1 }, { "Ja", 0, -1 }, { "", 0, -1 },
		{ "Monday", 0, 0 }, { "Mon", 0, 0 }, { "Tues.", 0, 1 },
		{ "Thurs", 0, 3 }, { "sunday", 0, 6 }, { "Sat.", 0, 5 },
		{ "Mond", 0, -1 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		size_t n = strlen(cases[i].s);

		assert_int_equal(date_month_from_name(cases[i].s, n),
		    cases[i].month);
		assert_int_equal(date_weekday_from_name(cases[i].s, n),
		    cases[i].weekday);
	}
}

static void
test_iso(void **state)
{
	static const char *const good[] = {
		"", "2014", "2014-10", "2014-10-08", "2014-10~", "2014~",
		"2016-02-29", "2014/2016", "2014~/2016~", "1970/1979",
	};
	static const char *const bad[] = {
		"201", "20141", "2014-1", "2014-13", "2015-02-29", "2014-10-8",
		"2014/2014", "2016/2014", "2014-10/2016", "2014-10-08x",
		"October", "2014 ", "0000",
	};
	struct date d;
	char out[DATE_FORMAT_MAX];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		assert_int_equal(date_parse_iso(good[i], &d), 0);
		assert_int_equal(date_format(&d, out, sizeof(out)),
		    strlen(good[i]));
		assert_string_equal(out, good[i]);
	}
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		assert_int_equal(date_parse_iso(bad[i], &d), -1);
		assert_int_equal(d.prec, DATE_PREC_NONE);
	}
	assert_int_equal(date_parse_iso("2014-10-08~", &d), 0);
	assert_int_equal(d.prec, DATE_PREC_DAY);
	assert_int_equal(d.day, 8);
	assert_true(d.approx);
	/* A short buffer truncates like snprintf. */
	assert_int_equal(date_format(&d, out, 5), 4);
	assert_string_equal(out, "2014");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_calendar),
		cmocka_unit_test(test_anniversary),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_iso),
		cmocka_unit_test(test_scan_table),
		cmocka_unit_test(test_find_table),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
