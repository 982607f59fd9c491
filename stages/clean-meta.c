/*
 * clean-meta.c: what a plain text says about itself: its headline, its
 * publisher, its authors, its date and the place it was filed from.
 *
 * Title, date and place have candidates of different strength, and the
 * strongest wins (the earliest line among equals); the publisher's
 * candidates add up their evidence:
 *
 *   published  1 a label ("Published 2020-01-04", "Posted Mar 16, 2016",
 *                "date 2023-09-27"); 2 the dateline ("SEOUL, May 29
 *                (Yonhap) --", "TOKYO, 18 September 2004 —", "Paris,
 *                Tuesday 4 April 2023.", "8/20/10 Seoul -"), its year from the other
 *                dates of the page or, on a page without any, the latest
 *                year the article names; 3 any full date above the body
 *                (a time stamp, the headline's "- 2004-07-09", a byline's
 *                date), a stamp beside an e-mail address below it;
 *                4 "Updated" (an upload, an archive date) before the
 *                date: the publication date only when the article names
 *                that year or the one before, and no later one, or no
 *                year at all.  A page with no day anywhere takes the
 *                month of a stamp above the body ("December 2017").
 *   publisher  a scored choice (stages/clean-publisher.c): this file
 *              finds the evidence of the page's shape (a label, the
 *              dateline's agency, bylines, mastheads, "|" lines, credits,
 *              captions' credits, the site naming itself, a logo line,
 *              a statement's issuer, the outlets the prose names) and
 *              offers each name with its kind of evidence;
 *              publisher-evidence.tsv weighs the kinds.
 *   title      a scored choice among the headline-shaped lines near the
 *              top: repeated, set over a byline or a stamp (also "Posted
 *              on <date> by handle", "Site · 5 hours ago") or over the
 *              first paragraph, in title case, first; against it a logo
 *              line (a short capitalised name of an outlet or
 *              organization, which names the publisher), the site's name
 *              and motto, a line over the page's navigation, a label bar,
 *              a player's title, a running head; a date stamp
 *              before it on its line ("2016-08-19 | ...") is not part of
 *              it.
 *
 * The headline is chosen in clean-title.c, with what this file shares
 * with it in clean-meta.h.  Publishers are found by clean-publisher.c
 * (schema/lexicons/publishers.tsv);
 * dates with date_find() and a few
 * patterns for what it leaves to others (08/30/2009, 2013.05.16, 13-Sep-2019,
 * "November. 20, 2006", a month glued to a name: "SALAMJUNE 19, 2017", a
 * time glued to the year: "January 9, 20248:15 AM").
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "acm.h"
#include "buf.h"
#include "date.h"
#include "hmap.h"
#include "lex.h"
#include "msg.h"
#include "clean.h"
#include "clean-meta.h"

/*
 * A pattern of this file and what its match must begin with
 * (clean_prefilter_init): most are anchored and open with a word or two
 * ("^(?:date|dated|published|...)"), and asked of nearly every line; a
 * line that cannot begin so is passed over without the call, which costs
 * more than the pattern's own failure.
 */
struct meta_re {
	pcre2_code *code;
	struct clean_prefilter pf;
};

/* Patterns of this file, compiled once by meta_init. */
static struct {
	struct meta_re numeric, dmy, dotted, glued, anydate, ymd, yeartime;
	struct meta_re dateline, label, updated, role, by, publabel, clock;
	struct meta_re subscribe, maildomain, issuer, reported, numdateline, copyright;
} re;

/* The verbs of the issuer pattern, each of which its every match holds
 * (as written: the pattern is case-sensitive), and their ids among the
 * needed words (clean_find_words), set by meta_init. */
static const char *const issuer_verbs[] = {
	"announce", "urges", "calls on", "welcomes", "condemns", "deplores", "concerned", NULL
};
static int issuer_ids[sizeof issuer_verbs / sizeof issuer_verbs[0]];

/* Given names and family names (names-given.tsv, names-family.tsv, the
 * extract stage's), loaded once by meta_init: a field of a "|" line that
 * opens on one is a person's name, not a place ("Jane Roe, Yonhap" but
 * not "New Harbor, Yonhap"). */
static struct {
	struct lex *given, *family, *titles;
} names;

/* clean_exec() of m, or PCRE2_ERROR_NOMATCH when its prefilter says it cannot match. */
static int
meta_exec(const struct meta_re *m, const char *s, size_t len, size_t start,
	  pcre2_match_data *md)
{
	if (start == 0 && !clean_prefilter_may(&m->pf, s, len))
		return PCRE2_ERROR_NOMATCH;
	return clean_exec(m->code, s, len, start, md);
}

/* clean_match() of m, passed over when its prefilter says it cannot match. */
static int
meta_match(const struct meta_re *m, pcre2_match_data *md, const char *s, size_t len,
	   size_t *so, size_t *eo)
{
	return clean_prefilter_may(&m->pf, s, len) && clean_match(m->code, md, s, len, so, eo);
}

#define MONTHS "January|February|March|April|May|June|July|August|September|October|November|December"
#define MON3 "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"

int
meta_init(struct acm *words)
{
	static const struct { struct meta_re *re; const char *pat; unsigned opt; } p[] = {
		{ &re.numeric, "(?<![\\d.])(\\d{1,2})([/.-])(\\d{1,2})\\2((?:19|20)\\d\\d)(?!\\d)", 0 },
		{ &re.ymd, "(?<![\\d.])((?:19|20)\\d\\d)([./])(\\d{1,2})\\2(\\d{1,2})(?![\\d.]*\\d)", 0 },
		{ &re.dmy, "(?<!\\d)(\\d{1,2})[- ](" MON3 ")[a-z]*\\.?[- ]((?:19|20)\\d\\d)\\b", PCRE2_CASELESS },
		{ &re.dotted, "\\b(" MONTHS ")\\.\\s+(\\d{1,2}),?\\s+((?:19|20)\\d\\d)\\b", PCRE2_CASELESS },
		{ &re.glued, "(?<=\\p{Lu})(JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\\s+(\\d{1,2}),?\\s+((?:19|20)\\d\\d)\\b", 0 },
		/* a year with the time glued on, its space lost: "January 9,
		 * 20248:15 AM" */
		{ &re.yeartime, "\\b(" MONTHS "|" MON3 ")\\.?\\s+(\\d{1,2}),?\\s+((?:19|20)\\d\\d)(?=\\d{1,2}:\\d\\d(?!\\d))", PCRE2_CASELESS },
		{ &re.anydate, "\\b(?:" MON3 ")[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4}\\b|\\b\\d{1,2}\\s+(?:" MON3 ")[a-z]*\\.?,?\\s+\\d{4}\\b", PCRE2_CASELESS },
		/* place, region, date, agency, then a dash */
		{ &re.dateline, "^(?:date\\s+\\S+\\s+)?(?:(\\p{Lu}[\\p{L}.'’-]*(?:[ /-]\\p{Lu}[\\p{L}.'’-]*){0,3})"
		    "(?:,\\s*(\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*){0,2}))??"
		    "(?:,\\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?"
		    "(\\p{Lu}[a-z]{2,8}\\.?\\s+\\d{1,2}(?:,?\\s+(?:19|20)\\d\\d)?"
		    "|\\d{1,2}\\s+\\p{Lu}[a-z]{2,8}\\.?,?\\s+(?:19|20)\\d\\d|(?:19|20)\\d\\d-\\d\\d-\\d\\d))?\\s*)?"
		    "(?:\\(([^()]{2,40})\\)\\s*)?(?:--|-|–|—|(?<=\\d)\\.)\\s", 0 },
		/* a dateline opening on a date in figures: "8/20/10 Seoul (X) -" */
		{ &re.numdateline, "^(\\d{1,2})/(\\d{1,2})/(\\d\\d|(?:19|20)\\d\\d)\\s+(?=\\p{Lu})", 0 },
		{ &re.label, "^(?:date|dated|published|publication date|posted|first published|created|issued|release date|released)\\b", PCRE2_CASELESS },
		/* a stamp of a later copy, not of the writing: "Updated",
		 * "Original upload date", "Archive date" */
		{ &re.updated, "\\b(?:updated|modified|est\\.|established|founded|since|accessed|copyright|upload(?:ed)?|archived?)(?!\\w)|©", PCRE2_CASELESS },
		{ &re.role, "\\b(?:correspondent|reporter|writer|editor|researcher|journalist|columnist|contributor|analyst|staff|bureau chief|fellow|intern|producer|photographer)s?\\s*$", PCRE2_CASELESS },
		/* "[May 9, 2013]  By Jane Roe": a stamp in brackets may open it */
		{ &re.by, "^(?:\\[[^\\]]{4,40}\\]\\s*)?(?:(?:posted|written|reported|words|story) )?by\\s+", PCRE2_CASELESS },
		{ &re.clock, "\\b\\d{1,2}:\\d\\d\\b", 0 },
		/* the site naming itself: "Subscribe to X", "Featured on X",
		 * "Download the X app" */
		{ &re.subscribe, "^(?:(?:subscribe|sign up) (?:to|for)|featured on|more from|thanks? (?:you )?for reading|"
		    "(?:download|get|install)(?= (?:the |our )?[\\p{Lu}\\d][^.]{0,60}? app\\b)) (?:the |our )?"
		    "((?:[\\p{Lu}\\d][\\p{L}\\d&.'’-]*)(?: [\\p{Lu}\\d][\\p{L}\\d&.'’-]*){0,4})"
		    "(?:['’]s\\b|\\s*$|[!.](?:\\s|$)|\\s+(?:newsletter|app|for|to|and|today|now)\\b)", PCRE2_CASELESS },
		/* a copyright line names who owns the page: "© 2019 The
		 * Harbor Times. All rights reserved", "[ⓒ Harbor Daily, ...]" */
		{ &re.copyright, "^[\\[<(]?\\s*(?:(?:copyright|\\(c\\)|©|ⓒ)\\s*)+"
		    "(?:(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:19|20)?\\d\\d)?\\s*,?\\s*)?(?:by\\s+)?"
		    "((?-i:(?:The\\s+)?[\\p{Lu}\\d][\\p{L}\\d&'’-]*(?:\\s+(?:of|for|and|&|[\\p{Lu}\\d][\\p{L}\\d&'’-]*)){0,6}))",
		    PCRE2_CASELESS },
		/* the domain's name, free mail providers aside */
		{ &re.maildomain, "[\\w.+-]+@(?:www\\.|mail\\.|news\\.)?"
		    "(?!(?:gmail|googlemail|yahoo|hotmail|outlook|live|aol|icloud|me|mail|gmx|proton|"
		    "protonmail|naver|daum|hanmail|qq|163|126)\\.)([a-z0-9-]+)\\.[a-z.]{2,}", PCRE2_CASELESS },
		{ &re.publabel, "^(?:publisher|published by|source|provided by|uploader|uploaded by|distributed by)\\s*:?\\s+", PCRE2_CASELESS },
		/* a wire credit: "Reported by X for ", "Written in English by X for the " */
		{ &re.reported, "^(?:reported|written|translated|produced|filed)(?: in English)? by\\b[^.]*?\\bfor (?:the )?", PCRE2_CASELESS },
		/* a statement's issuer: "The X League (XL) urges ...", "X announced today" */
		{ &re.issuer, "^(?:The\\s+)?(\\p{Lu}[\\p{L}/&'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}/&'’.-]*|of|for|on|and|the|against|to))*?)"
		    "(?:\\s+\\([\\p{Lu}\\d/-]{2,12}\\))?\\s+(?:today announced|announced today|announces|urges|calls on|welcomes|condemns|strongly condemns|deplores|is (?:deeply )?concerned)\\b", 0 },
	};
	size_t i;

	for (i = 0; issuer_verbs[i]; i++)
		issuer_ids[i] = acm_add(words, issuer_verbs[i], strlen(issuer_verbs[i]));
	for (i = 0; i < sizeof p / sizeof p[0]; i++) {
		if ((p[i].re->code = clean_regex(p[i].pat, p[i].opt, "clean-meta.c")) == NULL)
			return -1;
		clean_prefilter_init(&p[i].re->pf, p[i].pat, p[i].opt, p[i].re->code);
	}
	if ((names.given = lex_load("names-given")) == NULL || (names.family = lex_load("names-family")) == NULL ||
	    (names.titles = lex_load("titles")) == NULL)
		return -1;
	return 0;
}

void
meta_free(void)
{
	struct meta_re *all = (struct meta_re *)&re;
	size_t i;

	for (i = 0; i < sizeof re / sizeof *all; i++)
		pcre2_code_free(all[i].code);
	memset(&re, 0, sizeof re);
	lex_free(names.given);
	lex_free(names.family);
	lex_free(names.titles);
	memset(&names, 0, sizeof names);
}

/* Does s[0..len) open on a known given or family name? */
static int
known_name_first(const char *s, size_t len)
{
	size_t t;

	for (t = 0; t < len && s[t] != ' ' && s[t] != '-'; t++)
		;
	return t > 0 && (lex_lookupn(names.given, s, t) || lex_lookupn(names.family, s, t));
}

/* ---- publishers ---- */

/* ---- dates ---- */

static int
month_number(const char *s, size_t len)
{
	return date_month_from_name(s, len > 3 && s[3] == 't' && len == 4 ? 3 : len);
}

/* "8/20/10 " opening s: the date in *out, the year of two figures
 * taken as 19xx past 50, else 20xx. */
static int
numeric_dateline(const char *s, size_t len, pcre2_match_data *md, struct date *out)
{
	PCRE2_SIZE *ov;
	int a, b, y;

	/* it opens with a digit: an ASCII one, or one beyond ASCII (\d) */
	if (len == 0 || !(isdigit((unsigned char)s[0]) || (unsigned char)s[0] >= 0xC0) ||
	    meta_exec(&re.numdateline, s, len, 0, md) < 0)
		return 0;
	ov = pcre2_get_ovector_pointer(md);
	a = atoi(s + ov[2]);
	b = atoi(s + ov[4]);
	y = atoi(s + ov[6]);
	if (ov[7] - ov[6] == 2)
		y += y > 50 ? 1900 : 2000;
	memset(out, 0, sizeof *out);
	out->year = y;
	out->month = a > 12 ? b : a;
	out->day = a > 12 ? a : b;
	out->prec = DATE_PREC_DAY;
	return date_valid(out->year, out->month, out->day);
}

/* Try one pattern; keep it in *best when it starts earlier. */
static void
try_pattern(const struct meta_re *p, pcre2_match_data *md, const char *s, size_t len,
	    int kind, struct date *best, size_t *bs, size_t *be)
{
	PCRE2_SIZE *ov;
	int y, m, d, a, b;

	if (meta_exec(p, s, len, 0, md) < 0)
		return;
	ov = pcre2_get_ovector_pointer(md);
	if (best->prec == DATE_PREC_DAY && ov[0] >= *bs)
		return;
	if (kind == 0) {			/* numeric: 08/30/2009, 20.01.2016 */
		a = atoi(s + ov[2]);
		b = atoi(s + ov[6]);
		y = atoi(s + ov[8]);
		if (s[ov[4]] == '.' || a > 12) {
			d = a;
			m = b;
		} else {
			m = a;
			d = b;
		}
	} else if (kind == 3) {			/* 2013.05.16, 2013/05/16 */
		y = atoi(s + ov[2]);
		m = atoi(s + ov[6]);
		d = atoi(s + ov[8]);
	} else if (kind == 1) {			/* 13-Sep-2019 */
		d = atoi(s + ov[2]);
		m = date_month_from_name(s + ov[4], ov[5] - ov[4]);
		y = atoi(s + ov[6]);
	} else {				/* November. 20, 2006; JUNE 19, 2017 */
		m = month_number(s + ov[2], ov[3] - ov[2]);
		d = atoi(s + ov[4]);
		/* the year's four digits: a time may be glued on */
		for (y = 0, a = (int)ov[6]; a < (int)ov[7]; a++)
			y = y * 10 + (s[a] - '0');
	}
	if (!date_valid(y, m, d))
		return;
	memset(best, 0, sizeof *best);
	best->year = y;
	best->month = m;
	best->day = d;
	best->prec = DATE_PREC_DAY;
	*bs = ov[0];
	*be = ov[1];
}

/*
 * What the date patterns need, asked of a line before they are: a call
 * costs more than a look at the line's bytes.  MONTH_ANY: the first three
 * letters of a month's name in any case ("may", "SEP"), or a long s (ſ,
 * which a caseless "s" matches); MONTH_CAPS: in capitals ("MAY"); YEAR_SEP:
 * "19" or "20" after a "/", "." or "-" ("08/30/2009"); SEP_AFTER_YEAR: a
 * "." or "/" after a "19" or "20" ("2013.05.16").  Each is a thing every
 * match of its patterns holds.
 */
enum { MONTH_ANY = 1, MONTH_CAPS = 2, YEAR_SEP = 4, SEP_AFTER_YEAR = 8 };

static unsigned
date_marks(const char *s, size_t len)
{
#define MONTH_KEY(a, b, c) ((unsigned)(a) | (unsigned)(b) << 8 | (unsigned)(c) << 16)
	unsigned m = 0;
	size_t i, year = len;	/* the first "19" or "20" */

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == 0xC5 && i + 1 < len && (unsigned char)s[i + 1] == 0xBF)
			m |= MONTH_ANY;		/* ſ */
		if (i + 1 < len && ((c == '1' && s[i + 1] == '9') || (c == '2' && s[i + 1] == '0'))) {
			if (i > 0 && (s[i - 1] == '/' || s[i - 1] == '.' || s[i - 1] == '-'))
				m |= YEAR_SEP;
			if (year == len)
				year = i;
		}
		if ((c == '.' || c == '/') && year < i)
			m |= SEP_AFTER_YEAR;
		if (i + 3 > len || !((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
			continue;
		/* the three letters, lowered, as one key: one switch, not
		 * twelve compares a letter (every letter of a line with a
		 * digit comes here) */
		switch ((c | 0x20) | ((unsigned)((unsigned char)s[i + 1] | 0x20) << 8) |
		    ((unsigned)((unsigned char)s[i + 2] | 0x20) << 16)) {
		case MONTH_KEY('j', 'a', 'n'): case MONTH_KEY('f', 'e', 'b'):
		case MONTH_KEY('m', 'a', 'r'): case MONTH_KEY('a', 'p', 'r'):
		case MONTH_KEY('m', 'a', 'y'): case MONTH_KEY('j', 'u', 'n'):
		case MONTH_KEY('j', 'u', 'l'): case MONTH_KEY('a', 'u', 'g'):
		case MONTH_KEY('s', 'e', 'p'): case MONTH_KEY('o', 'c', 't'):
		case MONTH_KEY('n', 'o', 'v'): case MONTH_KEY('d', 'e', 'c'):
			m |= MONTH_ANY;
			if (c < 'a' && (unsigned char)s[i + 1] < 'a' && (unsigned char)s[i + 2] < 'a')
				m |= MONTH_CAPS;
			break;
		default:
			break;
		}
	}
	return m;
}

/* Does s[0..len) hold a year date_find() reads, 1900 to 2100 ("19" or
 * "20" and two more digits, or "2100")? */
static int
has_year(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i + 4 <= len; i++)
		if ((s[i] == '1' && s[i + 1] == '9') || (s[i] == '2' && s[i + 1] == '0')) {
			if (isdigit((unsigned char)s[i + 2]) && isdigit((unsigned char)s[i + 3]))
				return 1;
		} else if (s[i] == '2' && s[i + 1] == '1' && s[i + 2] == '0' && s[i + 3] == '0') {
			return 1;
		}
	return 0;
}

/* Does s[0..len) hold a year with a time glued on ("20248:15")? */
static int
year_glued(const char *s, size_t len)
{
	const char *p, *end = s + len;

	for (p = memchr(s, ':', len); p != NULL; p = memchr(p + 1, ':', (size_t)(end - p - 1)))
		if (p - s >= 5 && isdigit((unsigned char)p[-1]) && isdigit((unsigned char)p[-2]) &&
		    isdigit((unsigned char)p[-3]) && isdigit((unsigned char)p[-4]) &&
		    ((p[-5] == '1' || p[-5] == '2') ||
		    (p - s >= 6 && isdigit((unsigned char)p[-5]) && (p[-6] == '1' || p[-6] == '2'))))
			return 1;	/* "2024" and "8:" or "18:" */
	return 0;
}

/*
 * The first full date (to the day) in s[0..len), or with month_ok the first
 * date to the month or better.  Returns 1 and sets *out (and the span), or 0.
 */
static int
find_date(const struct clean_rules *r, const char *s, size_t len, int month_ok,
	  struct date *out, size_t *so, size_t *eo)
{
	struct date d, best;
	size_t off = 0, start, n, bs = len, be = len;

	/* A day's date or a month's has its year in four digits (no date
	 * of the page is known here to resolve "yesterday", "October" or
	 * "last year"): a line without one is passed over, before the
	 * costlier scans. */
	if (!has_year(s, len))
		return 0;
	memset(&best, 0, sizeof best);
	while (off < len && (n = date_find(s + off, len - off, NULL, &d, &start)) > 0) {
		if (d.prec == DATE_PREC_DAY || (month_ok && d.prec == DATE_PREC_MONTH &&
		    d.end_year == 0 && best.prec == DATE_PREC_NONE)) {
			best = d;
			bs = off + start;
			be = bs + n;
			if (d.prec == DATE_PREC_DAY)
				break;
		}
		off += start + n;
	}
	/* Each pattern below holds a year of four digits, 19xx or 20xx */
	{
		unsigned m = date_marks(s, len);

		if (m & YEAR_SEP)
			try_pattern(&re.numeric, r->md, s, len, 0, &best, &bs, &be);
		if (m & MONTH_ANY) {
			try_pattern(&re.dmy, r->md, s, len, 1, &best, &bs, &be);
			try_pattern(&re.dotted, r->md, s, len, 2, &best, &bs, &be);
			if (year_glued(s, len))
				try_pattern(&re.yeartime, r->md, s, len, 2, &best, &bs, &be);
		}
		if (m & MONTH_CAPS)
			try_pattern(&re.glued, r->md, s, len, 2, &best, &bs, &be);
		if (m & SEP_AFTER_YEAR)
			try_pattern(&re.ymd, r->md, s, len, 3, &best, &bs, &be);
	}
	if (best.prec == DATE_PREC_NONE)
		return 0;
	*out = best;
	if (so)
		*so = bs;
	if (eo)
		*eo = be;
	return 1;
}

/* The first full date of a line, as find_date() gives it, once found. */
struct line_date {
	int state;		/* 0: not looked for yet; 1: none; 2: found */
	struct date date;
	size_t so, eo;
};

/*
 * find_date() of the whole of line i of d (no month alone), looked for
 * once: clean_mark_meta_lines asks it of a short line with digits, and
 * clean_find_meta of the lines of the page's header again.
 */
int
meta_line_date(struct cdoc *d, const struct clean_rules *r, size_t i, struct date *out,
	  size_t *so, size_t *eo)
{
	struct line_date *ld;

	if (d->dates == NULL)
		d->dates = xcalloc(d->n ? d->n : 1, sizeof *d->dates);
	ld = &d->dates[i];
	if (ld->state == 0)
		ld->state = find_date(r, d->lines[i].s, d->lines[i].len, 0, &ld->date,
		    &ld->so, &ld->eo) ? 2 : 1;
	if (ld->state == 1)
		return 0;
	*out = ld->date;
	if (so)
		*so = ld->so;
	if (eo)
		*eo = ld->eo;
	return 1;
}

/* ---- lines about the article: dates and bylines ---- */

static int
name_token(const char *t, size_t n)
{
	static const char *const particles[] = {
		"and", "&", "de", "da", "van", "von", "der", "bin", "al", "el", "la", "le", NULL
	};
	size_t i;

	/* a particle has three bytes or fewer: most tokens, longer, are
	 * not compared with each (every token of a byline's line is asked) */
	for (i = 0; n <= 3 && particles[i]; i++)
		if (strlen(particles[i]) == n && strncmp(t, particles[i], n) == 0)
			return 1;
	if (!(isupper((unsigned char)t[0]) || (unsigned char)t[0] >= 0x80))
		return 0;
	/* a separator, not a letter: "·", "»" (U+00A0-U+00BF), "—", "•"
	 * (General Punctuation) */
	if ((unsigned char)t[0] == 0xC2 || ((unsigned char)t[0] == 0xE2 && n > 1 &&
	    (unsigned char)t[1] == 0x80))
		return 0;
	for (i = 1; i < n; i++)
		if (!(isalpha((unsigned char)t[i]) || t[i] == '-' || t[i] == '.' || t[i] == '\'' ||
		    (unsigned char)t[i] >= 0x80))
			return 0;
	return 1;
}

/* A widget's word after an author's name: "Jane Roe Contact the Author". */
static int
widget_word(const char *t, size_t n)
{
	static const char *const w[] = { "Contact", "Follow", "Email", "E-mail", "More", NULL };
	size_t i;

	if (n < 4 || n > 7)	/* as long as one of w */
		return 0;
	for (i = 0; w[i]; i++)
		if (strlen(w[i]) == n && strncmp(t, w[i], n) == 0)
			return 1;
	return 0;
}

/*
 * The longest run of name tokens at the start of s: people's names ("Jane
 * Doe and John Roe").  A month glued to the last name is cut off
 * ("SALAMJUNE 19" -> "SALAM").  Returns the length, 0 when fewer than two
 * tokens.
 */
static size_t
names_at(const char *s, size_t len, int maxtok)
{
	size_t i = 0, end = 0, t;
	int ntok = 0;

	while (i < len && ntok < maxtok) {
		for (t = i; t < len && s[t] != ' ' && s[t] != ',' && s[t] != '|'; t++)
			;
		if (t == i || !name_token(s + i, t - i) || widget_word(s + i, t - i))
			break;
		end = t;
		ntok++;
		/* an upper-case month glued on, a day after it: keep the name
		 * before it (asked only of a token in capitals before a
		 * number, not of every token) */
		if (isupper((unsigned char)s[t - 1]) && t + 1 < len && isdigit((unsigned char)s[t + 1]))
			for (size_t k = 3; k <= 9 && k < t - i; k++)
				if (isupper((unsigned char)s[t - k]) && month_number(s + t - k, k)) {
					end = t - k;
					return ntok >= 2 ? end : 0;
				}
		if (t >= len || s[t] != ' ')
			break;
		i = t + 1;
	}
	while (end > 0 && s[end - 1] == '.')
		end--;
	if (ntok < 2)
		return 0;
	/* "... and" at the end is not a name */
	if (end >= 4 && strncmp(s + end - 4, " and", 4) == 0)
		end -= 4;
	return end;
}

/* Words of s[0..len) that are words of text: not times, zones, weekdays. */
static int text_words(const char *s, size_t len);

static int text_word(const char *s, size_t len);

/*
 * Has s[0..len) more than limit words of text_words()?  Stops counting
 * there: on a line of prose, after its first few words.
 */
static int
text_words_over(const char *s, size_t len, int limit)
{
	size_t i = 0, t;
	int n = 0;

	while (i < len) {
		for (t = i; t < len && s[t] != ' '; t++)
			;
		if ((n += text_word(s + i, t - i)) > limit)
			return 1;
		i = t + 1;
	}
	return 0;
}

/*
 * Could s (three letters or more) be a weekday's name: do its first three
 * letters begin one ("mon" .. "sun", as every name and short form of
 * date_weekday_from_name does)?  Most words that start as a weekday
 * might ("the", "said", "with") are passed over without the lookup.
 */
static int
weekday_start(const char *s)
{
	/* the three bytes with the case bit set, as one number: only 'A'
	 * to 'Z' and 'a' to 'z' become the small letters so (a byte of
	 * 0x80 or more stays one, '@' and the like become no letter) */
	uint32_t k = (uint32_t)((unsigned char)s[0] | 0x20) |
	    (uint32_t)((unsigned char)s[1] | 0x20) << 8 |
	    (uint32_t)((unsigned char)s[2] | 0x20) << 16;

#define THREE(a, b, c) ((uint32_t)(a) | (uint32_t)(b) << 8 | (uint32_t)(c) << 16)
	switch (k) {
	case THREE('m', 'o', 'n'): case THREE('t', 'u', 'e'): case THREE('w', 'e', 'd'):
	case THREE('t', 'h', 'u'): case THREE('f', 'r', 'i'): case THREE('s', 'a', 't'):
	case THREE('s', 'u', 'n'):
		return 1;
	}
#undef THREE
	return 0;
}

/*
 * Is the token s[0..len) (no space in it) a word of text: a small
 * letter in it, and not a time ("a.m.", "p/m") or a weekday ("Wed":
 * three to ten letters that begin as one; the others are not looked up).
 * ASCII tests of the C locale, inline: every token of a line with a
 * digit comes here.
 */
static int
text_word(const char *s, size_t len)
{
	size_t k, n;

	/* a small letter in it: most tokens begin with one */
	for (k = 0; k < len && (unsigned char)(s[k] - 'a') > 'z' - 'a'; k++)
		;
	if (k == len)
		return 0;
	for (n = len; n > 0 && (unsigned char)((s[n - 1] | 0x20) - 'a') > 'z' - 'a'; n--)
		;
	if (n >= 3 && n <= 10 && weekday_start(s) && date_weekday_from_name(s, n) >= 0)
		return 0;
	if (n <= 3)
		for (k = 0; k < n; k++)
			if (s[k] == '.' || s[k] == '/')
				return 0;
	return 1;
}

static int
text_words(const char *s, size_t len)
{
	size_t i = 0, t;
	int n = 0;

	while (i < len) {
		for (t = i; t < len && s[t] != ' '; t++)
			;
		n += text_word(s + i, t - i);
		i = t + 1;
	}
	return n;
}

/*
 * A headline after a date stamp on its line: "2016-08-19 | Headline",
 * "date 2025-07-10 Headline".  Returns the offset of the headline's
 * words, or 0 when the line is not one.
 */
static size_t
stamped_headline(const struct clean_rules *r, const struct cline *l)
{
	struct date dt;
	size_t so, eo, k, at = 0;

	if (strncasecmp(l->s, "date ", 5) == 0)
		at = 5;
	/* cheap first: the line opens with a number, a month or a weekday */
	for (k = at; k < l->len && isalpha((unsigned char)l->s[k]); k++)
		;
	if (l->words > 30 || !(isdigit((unsigned char)l->s[at]) ||
	    (k > at && (date_month_from_name(l->s + at, k - at) > 0 ||
	    date_weekday_from_name(l->s + at, k - at) >= 0))))
		return 0;
	if (!find_date(r, l->s + at, l->len - at, 0, &dt, &so, &eo) || so != 0)
		return 0;
	at += eo;
	while (at < l->len && strchr(" |-:", l->s[at]))
		at++;
	if (at + 3 <= l->len && (memcmp(l->s + at, "\xE2\x80\x93", 3) == 0 ||
	    memcmp(l->s + at, "\xE2\x80\x94", 3) == 0))	/* – — */
		for (at += 3; at < l->len && l->s[at] == ' '; at++)
			;
	if (at >= l->len || !clean_headline_shape(l->s + at, l->len - at,
	    clean_words(l->s + at, l->len - at)))
		return 0;
	/* not the stamp's own words: "- Page updated at 08:00 AM" */
	if (meta_match(&re.updated, r->md, l->s + at, l->len - at, NULL, NULL) ||
	    find_date(r, l->s + at, l->len - at, 1, &dt, NULL, NULL) ||
	    meta_match(&re.clock, r->md, l->s + at, l->len - at, NULL, NULL))
		return 0;
	return at;
}

/*
 * Does s[0..len) hold a finite verb of the few that make a clause of a
 * date's line ("She was arrested on March 11, 2023.")?  A stamp has
 * participles ("Posted", "Updated on"), not these.
 */
static int
finite_aux(const char *s, size_t len)
{
	static const char *const aux[] = { "was", "were", "is", "are", "has", "had",
		"have", "will", "did", NULL };
	size_t i = 0, t, k;

	while (i < len) {
		for (t = i; t < len && s[t] != ' '; t++)
			;
		if (t - i >= 2 && t - i <= 4)
			for (k = 0; aux[k]; k++)
				if (strlen(aux[k]) == t - i && strncasecmp(s + i, aux[k], t - i) == 0)
					return 1;
		i = t + 1;
	}
	return 0;
}

void
clean_mark_meta_lines(struct cdoc *d, const struct clean_rules *r)
{
	size_t i, so, eo;
	struct date dt;

	for (i = 0; i < d->n; i++) {
		struct cline *l = &d->lines[i];

		if (l->blank)
			continue;
		/* A stamp has at most three words of its own, and a date a few
		 * (a month, "4th", "of"): a line of more words in lower case
		 * is prose, and the search for a date in it, the costliest of
		 * this pass, is skipped. */
		if (strpbrk(l->s, "0123456789") != NULL &&	/* dates have digits */
		    (l->words <= 3 || !text_words_over(l->s, l->len, 3 + 6))) {
			if ((date_marks(l->s, l->len) & MONTH_ANY) &&
			    meta_match(&re.anydate, r->md, l->s, l->len, &so, &eo))
				l->dateish = text_words(l->s, so) +
				    text_words(l->s + eo, l->len - eo) <= 3;
			if (!l->dateish && meta_line_date(d, r, i, &dt, &so, &eo))
				l->dateish = text_words(l->s, so) +
				    text_words(l->s + eo, l->len - eo) <= 3;
			/* a sentence that dates something is prose */
			if (l->dateish && strchr(".!?", l->s[l->len - 1]) && finite_aux(l->s, l->len))
				l->dateish = 0;
		}
		if (l->words <= 16 && meta_match(&re.by, r->md, l->s, l->len, &so, &eo) &&
		    names_at(l->s + eo, l->len - eo, 12) > 0)
			l->byline = 1;
		if (!l->byline && !l->para && (eo = stamped_headline(r, l)) > 0) {
			l->skip = eo;
			l->dateish = 0;
			l->headline = 1;
			continue;
		}
		if (l->dateish || l->byline)
			l->headline = 0;
	}
}

/* ---- publisher, byline, published, dateline ---- */

/*
 * A domain often spells the start of a name ("Harbor Rights" of
 * harborrights.example): the length of s[0..len) and up to three more
 * capitalised words after it when they make an organization's or an
 * outlet's name ("Harbor Rights Network"), else len.
 */
static size_t
name_run(const struct clean_rules *r, const char *s, size_t len)
{
	size_t end = len, best = len;
	int n;

	for (n = 0; n < 3 && s[end] == ' ' && isupper((unsigned char)s[end + 1]); n++) {
		for (end++; isalnum((unsigned char)s[end]); end++)
			;
		if (meta_org_name(r, s, end) || pub_outlet_shape(r, s, end))
			best = end;
	}
	return best;
}

/*
 * The owner a copyright line names ("Copyright © 2019 The Harbor Times.
 * All rights reserved", "© Harbor Daily 2019", "(c) 2019 Harbor Media
 * Ltd"), without a year or a company's legal form after it; NULL when
 * the line is none.
 */
/* Does s open, past a bracket and spaces, on a copyright word or sign,
 * as re.copyright's matches do?  (Asked of every line of furniture
 * first: most open on none, and the pattern costs more.) */
static int
copyright_opens(const char *s, size_t len)
{
	size_t p = len > 0 && strchr("[<(", s[0]) != NULL ? 1 : 0;

	while (p < len && isspace((unsigned char)s[p]))
		p++;
	/* the first byte first: nearly every line fails it */
	if (p >= len || !(s[0] == '(' || s[p] == '(' || (s[p] | 0x20) == 'c' ||
	    (unsigned char)s[p] == 0xC2 || (unsigned char)s[p] == 0xE2))
		return 0;
	return (len >= 3 && strncasecmp(s, "(c)", 3) == 0) ||
	    (len - p >= 3 && strncasecmp(s + p, "(c)", 3) == 0) ||
	    (len - p >= 9 && strncasecmp(s + p, "copyright", 9) == 0) ||
	    (len - p >= 2 && memcmp(s + p, "\xC2\xA9", 2) == 0) ||	/* © */
	    (len - p >= 3 && (memcmp(s + p, "\xE2\x93\x92", 3) == 0 ||	/* ⓒ */
	    memcmp(s + p, "\xE2\x92\xB8", 3) == 0));		/* Ⓒ, its capital */
}

json_t *
meta_copyright_name(const struct clean_rules *r, const struct cline *l)
{
	static const char *const form[] = { "Ltd", "Ltd.", "Limited", "Inc", "Inc.", "LLC",
		"plc", "PLC", "Co.", "Corp", "Corp.", "Corporation", "GmbH", NULL };
	PCRE2_SIZE *ov;
	const char *s;
	size_t len, t, k;

	if (l->words > 30 || !copyright_opens(l->s, l->len) ||
	    meta_exec(&re.copyright, l->s, l->len, 0, r->md) <= 0)
		return NULL;
	ov = pcre2_get_ovector_pointer(r->md);
	s = l->s + ov[2];
	len = ov[3] - ov[2];
	for (;;) {	/* the last word: a year or a legal form goes */
		for (t = len; t > 0 && s[t - 1] != ' '; t--)
			;
		if (t == 0)
			break;
		for (k = 0; form[k] && !(strlen(form[k]) == len - t && strncmp(s + t, form[k], len - t) == 0); k++)
			;
		/* "Harbor Times All rights reserved", its stop lost */
		if (len - t == 3 && strncmp(s + t, "All", 3) == 0 &&
		    strncasecmp(s + len, " rights", 7) == 0)
			k = 0;
		else if (form[k] == NULL && strspn(s + t, "0123456789") != len - t &&
		    !(len - t == 3 && strncmp(s + t, "and", 3) == 0) && !(len - t == 2 && strncmp(s + t, "of", 2) == 0))
			break;
		for (len = t; len > 0 && s[len - 1] == ' '; len--)
			;
	}
	if (len == 0 || strspn(s, "0123456789") == len || strncasecmp(s, "all ", 4) == 0 ||
	    strncasecmp(s, "all", len) == 0)
		return NULL;
	return json_stringn(s, len);
}

/*
 * The site's own name in its furniture: "Subscribe to The Harbor Tribune"
 * (the capitalised words after it), or an e-mail address at its domain,
 * as the page spells the name ("Harbor Tribune" for harbortribune.com)
 * or else the domain.  Free mail providers name no publisher.  NULL when
 * the line has neither.  *tries counts the addresses looked up.
 */
static json_t *
own_name(const struct cdoc *d, const struct clean_rules *r, const struct cline *l,
	 int *tries)
{
	PCRE2_SIZE *ov;
	char *fold;
	size_t i, k, dl;
	const char *dom;

	if (meta_exec(&re.subscribe, l->s, l->len, 0, r->md) > 0) {
		size_t so, eo;

		ov = pcre2_get_ovector_pointer(r->md);
		/* "More from Asia": a section of the site, unless an outlet */
		if (strncasecmp(l->s, "more from", 9) == 0 && !memchr(l->s + ov[2], ' ', ov[3] - ov[2]) &&
		    pub_find(r, l->s + ov[2], ov[3] - ov[2], &so, &eo) == NULL)
			return NULL;
		return json_stringn(l->s + ov[2], ov[3] - ov[2]);
	}
	/* Each address costs a look over the page: the first few only (a
	 * page of a thousand addresses stays linear). */
	if (!memchr(l->s, '@', l->len) || *tries >= 3 ||
	    meta_exec(&re.maildomain, l->s, l->len, 0, r->md) <= 0)
		return NULL;
	++*tries;
	ov = pcre2_get_ovector_pointer(r->md);
	dom = l->s + ov[2];
	dl = ov[3] - ov[2];		/* "harbortribune" of harbortribune.com */
	/* a run of capitalised words of the page that spells the domain */
	fold = xmalloc(dl + 1);
	for (i = 0; i < d->n; i++) {
		const char *s = d->lines[i].s;

		for (k = 0; s[k]; k++) {
			size_t j, m = 0, end = 0;

			if (!isupper((unsigned char)s[k]) || (k > 0 && s[k - 1] != ' '))
				continue;
			for (j = k; s[j] && m < dl; j++) {
				if (isalnum((unsigned char)s[j]))
					fold[m++] = (char)tolower((unsigned char)s[j]);
				else if (s[j] != ' ')
					break;
				else if (!isupper((unsigned char)s[j + 1]))
					break;
			}
			end = j;
			if (m == dl && strncasecmp(fold, dom, dl) == 0 &&
			    !isalnum((unsigned char)s[end])) {
				free(fold);
				return json_stringn(s + k, name_run(r, s + k, end - k));
			}
		}
	}
	free(fold);
	return json_stringn(dom, (size_t)(l->s + ov[1] - dom));
}

/*
 * Is s[0..len) the name of an organization: does one of its words stand
 * in org-words.tsv, as other than a place's word ("Association", "Office")?
 */
int
meta_org_name(const struct clean_rules *r, const char *s, size_t len)
{
	const struct lex *ow = pub_orgwords(r);
	const struct lex_entry *e;
	size_t i = 0, t;

	while (i < len) {
		for (t = i; t < len && s[t] != ' '; t++)
			;
		if ((e = lex_lookupn(ow, s + i, t - i)) != NULL &&
		    strcmp(lex_get(ow, e, "kind"), "place") != 0)
			return 1;
		i = t + 1;
	}
	return 0;
}

/* Is s[0..len) one to three capitalised words: a place ("Seoul", "Hong Kong")? */
static int
place_words(const char *s, size_t len)
{
	size_t i = 0, t;
	int n = 0;

	while (i < len) {
		for (t = i; t < len && s[t] != ' '; t++)
			;
		if (t == i || !name_token(s + i, t - i) || ++n > 3)
			return 0;
		i = t + 1;
	}
	return n > 0;
}

/* The first field of s[0..len) after a comma that names an outlet, or NULL. */
static json_t *
byline_outlet(const struct clean_rules *r, const char *s, size_t len)
{
	const char *f, *end = s + len, *c;

	for (f = memchr(s, ',', len); f != NULL; f = c) {
		for (f++; f < end && *f == ' '; f++)
			;
		c = memchr(f, ',', (size_t)(end - f));
		if (pub_outlet_shape(r, f, (size_t)((c ? c : end) - f)))
			return json_stringn(f, (size_t)((c ? c : end) - f));
	}
	return NULL;
}

/*
 * Does the page use the initials of the name s[0..len) as a word of their
 * own ("HLFS" for the Harbor League For
 * Sailors): then it is an organization's name.  Three to eight
 * capitalised words make the initials.
 */
static int
acronym_used(const struct cdoc *d, const char *s, size_t len)
{
	char ac[9];
	size_t i, k, n = 0;
	const char *p;

	for (i = 0; i < len; i++)
		if ((i == 0 || s[i - 1] == ' ') && isupper((unsigned char)s[i])) {
			if (n == sizeof ac - 1)
				return 0;
			ac[n++] = s[i];
		}
	ac[n] = '\0';
	if (n < 3)
		return 0;
	for (k = 0; k < d->n; k++)
		for (p = d->lines[k].s; (p = strstr(p, ac)) != NULL; p += n)
			if ((p == d->lines[k].s || !isalnum((unsigned char)p[-1])) &&
			    !isalnum((unsigned char)p[n]))
				return 1;
	return 0;
}

/* Is line i next to a caption, no blank line between? */
static int
next_to_caption(const struct cdoc *d, long i)
{
	return (i > 0 && d->lines[i - 1].caption) ||
	    (i + 1 < (long)d->n && d->lines[i + 1].caption);
}

/* A line that only gave metadata leaves the text (not an HTML page's:
 * there the markup has kept it as part of the article). */
static void
meta_drop(const struct cdoc *d, struct cline *l, const char *why)
{
	if (!d->html)
		clean_drop(l, why);
}

/* The strongest candidate for one field so far, and why it is one. */
struct cand {
	int rank;
	long line;
	const char *why;	/* a static string, for --trace */
	json_t *value;
};

/*
 * Offer v (taken over) for the field as the kind of evidence why (a static
 * string); the lower rank, then the earlier line, wins.
 */
static void
offer(struct cand *c, int rank, long line, const char *why, json_t *v)
{
	if (v == NULL)
		return;
	if (c->value && (c->rank < rank || (c->rank == rank && c->line <= line))) {
		json_decref(v);
		return;
	}
	json_decref(c->value);
	c->rank = rank;
	c->line = line;
	c->why = why;
	c->value = v;
}

/* --trace: the candidate chosen for field, its line, evidence and rank. */
static void
trace_choice(const struct cdoc *d, const char *field, const struct cand *c, int taken)
{
	if (c->value == NULL)
		return;
	fprintf(stderr, "%s:%u: %s %s (%s, rank %d)%s\n", d->source, d->lines[c->line].no,
	    field, json_string_value(c->value), c->why, c->rank,
	    taken ? "" : ": not taken");
}

static json_t *
iso_value(const struct date *d)
{
	char out[DATE_FORMAT_MAX];

	date_format(d, out, sizeof out);
	return json_string(out);
}

/*
 * Does s[0..len) end in an author's role ("staff writer", "Seoul
 * correspondent")?  The pattern is anchored at the end; tried from every
 * byte of a long line it cost more than all the rest of its pass, so it
 * starts near the end (its longest match is "bureau chiefs" and spaces;
 * the start offset lets \b see the byte before).
 */
static int
ends_in_role(const struct clean_rules *r, const char *s, size_t len)
{
	size_t from = len > 48 ? len - 48 : 0;

	while (from > 0 && ((unsigned char)s[from] & 0xC0) == 0x80)
		from--;		/* a character's first byte, as PCRE2 wants */
	return meta_exec(&re.role, s, len, from, r->md) > 0;
}

/*
 * A line that is only a publisher's name (a masthead, a credit): its
 * value, and in *ev whether publishers.tsv lists it or it only has an
 * outlet's shape.
 */
static json_t *
masthead(const struct clean_rules *r, const struct cline *l, enum pub_evidence *ev)
{
	const struct lex_entry *e;
	const char *s = l->s;
	size_t so, eo, skip = 0, with = 0;

	if (l->para || l->words > 6)
		return NULL;
	if (strncmp(s, "- ", 2) == 0 || strncmp(s, "-- ", 3) == 0)
		skip = s[1] == '-' ? 3 : 2;
	else if (strncmp(s, "\xE2\x80\x94 ", 4) == 0 || strncmp(s, "\xE2\x80\x93 ", 4) == 0)
		skip = 4;			/* — – */
	else if (strncasecmp(s, "by ", 3) == 0)
		skip = 3;
	/* "- with Harbor Wire": a wire's share in the story */
	if (skip > 0 && strncasecmp(s, "by ", 3) != 0 && strncasecmp(s + skip, "with ", 5) == 0)
		with = skip += 5;
	else if (strncmp(s, "\xE2\x80\xA2 ", 4) == 0)
		skip = 4;			/* • */
	/* the name alone, or with the page's date ("Agency May 4, 2019") */
	if ((e = pub_find(r, s + skip, l->len - skip, &so, &eo)) != NULL && so == 0 &&
	    ((clean_words(s + skip + eo, l->len - skip - eo) <= 3 &&
	    strpbrk(s + skip + eo, "0123456789") == NULL) || l->dateish)) {
		*ev = PUB_MASTHEAD;
		return pub_value(r, e, s + skip, eo);
	}
	*ev = PUB_MASTHEAD_SHAPE;
	if ((skip == 0 || with) && pub_outlet_shape(r, s + skip, l->len - skip))
		return json_stringn(s + skip, l->len - skip);
	return NULL;
}

static int office_name(const char *s, size_t len);

/* Publisher and byline in a "|"-separated line of the page's header. */
static void
pipe_fields(const struct clean_rules *r, const struct cline *l, long i, int head,
	    struct pub_tally *pub, struct cand *by)
{
	const char *s = l->s, *f = s, *bar;
	size_t flen, n, so, eo;
	int role = ends_in_role(r, s, l->len) || l->dateish ||
	    strpbrk(s, "0123456789") != NULL;

	for (; f < s + l->len; f = bar + 1) {
		const struct lex_entry *e;
		const char *sub;

		bar = memchr(f, '|', (size_t)(s + l->len - f));
		if (bar == NULL)
			bar = s + l->len;
		while (f < bar && *f == ' ')
			f++;
		flen = (size_t)(bar - f);
		while (flen > 0 && f[flen - 1] == ' ')
			flen--;
		if (flen == 0)
			continue;
		/* an outlet, perhaps after the author's title and a comma */
		sub = f;
		for (const char *c = f; c < f + flen; c++)
			if (*c == ',')
				sub = c + 1;
		while (*sub == ' ')
			sub++;
		/* "Jane Roe, The Harbor Tribune, Seoul": an author before
		 * the outlet and a comma */
		if (role && (n = names_at(f, flen, 4)) > 0 && n < flen && f[n] == ',' && known_name_first(f, n) &&
		    !pub_find(r, f, n, &so, &eo) && pub_find(r, f + n, flen - n, &so, &eo) != NULL)
			offer(by, 3, i, "an author before an outlet in a | line", json_stringn(f, n));
		if (head && office_name(f, flen))
			pub_offer(pub, r, PUB_OFFICE, i, json_stringn(f, flen));
		else if ((e = pub_find(r, f, flen, &so, &eo)) != NULL)
			pub_offer(pub, r, PUB_BAR_FIELD, i, pub_value(r, e, f + so, eo - so));
		else if (pub_outlet_shape(r, sub, flen - (size_t)(sub - f)))
			pub_offer(pub, r, PUB_BAR_OUTLET, i,
			    json_stringn(sub, flen - (size_t)(sub - f)));
		else if (role && (n = names_at(f, flen, 4)) == flen && !pub_find(r, f, flen, &so, &eo))
			offer(by, 3, i, "an author in a | line", json_stringn(f, n));
	}
}

/*
 * Is s[0..len) an office holder's name: an official's title of
 * titles.tsv (perhaps after a country's initials, "U.S.") and a
 * person's name of two words or more ("U.S. Senator Jane Roe")?  Such a
 * line at the top of a page names the office that publishes it.
 */
static int
office_name(const char *s, size_t len)
{
	const struct lex_entry *e;
	size_t t, k = 0;
	const char *role;

	/* "U.S. ", "UK ": initials before the title */
	for (t = 0; t < len && s[t] != ' '; t++)
		;
	if (t < len && t >= 2 && t <= 5 && strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ.") == t)
		k = t + 1;
	for (t = k; t < len && s[t] != ' '; t++)
		;
	if (t >= len || (e = lex_lookupn(names.titles, s + k, t - k)) == NULL ||
	    (role = lex_get(names.titles, e, "role")) == NULL || strcmp(role, "official") != 0 ||
	    !isupper((unsigned char)s[k]))
		return 0;
	t++;
	return names_at(s + t, len - t, 4) == len - t;
}

/*
 * Is the owner a copyright line names (v) a person: the page's author,
 * or a name a known given or family name opens?  Not an outlet's or an
 * organization's name.
 */
static int
person_owner(const struct clean_rules *r, json_t *v, const struct cand *by)
{
	const char *s = json_string_value(v);
	size_t len = strlen(s), so, eo;

	if (pub_find(r, s, len, &so, &eo) || meta_org_name(r, s, len) || pub_outlet_shape(r, s, len))
		return 0;
	if (by->value && strcasecmp(json_string_value(by->value), s) == 0)
		return 1;
	return names_at(s, len, 3) == len && known_name_first(s, len);
}

/*
 * The agency a staff credit shares its byline with: "Staff Writers and
 * Harbor Wire", "Staff with Harbor Wire" (the name after "and" or
 * "with", when it has an outlet's or an organization's shape).  NULL
 * when none.
 */
static int staff_words(const char *s, size_t len);

static json_t *
staff_agency(const struct clean_rules *r, const char *s, size_t len)
{
	size_t k;

	for (k = 0; k + 5 < len; k++)
		if (s[k] == ' ' && (strncmp(s + k, " and ", 5) == 0 || strncmp(s + k, " with ", 6) == 0)) {
			const char *a = s + k + (s[k + 1] == 'a' ? 5 : 6);
			size_t al = len - (size_t)(a - s);

			size_t t = strcspn(a, " ");

			/* "Staff and Wire Services": more staff */
			if (!staff_words(a, t < al ? t : al) &&
			    (pub_outlet_shape(r, a, al) || meta_org_name(r, a, al)))
				return json_stringn(a, al);
		}
	return NULL;
}

/* Staff credits are not people: "Newser Editors and Wire Services". */
static int
staff_words(const char *s, size_t len)
{
	static const char *const w[] = { "Staff", "Editors", "Wire", "Services",
		"Reports", "Agencies", "Desk", "Team", "Newsroom", NULL };
	size_t i;

	for (i = 0; w[i]; i++) {
		const char *p = strstr(s, w[i]);

		if (p && p < s + len)
			return 1;
	}
	return 0;
}

/*
 * An agency's initials ("(AP)" in the dateline) give way to its name when
 * the page spells that out too ("Associated Press" under the byline).
 * Takes over v; returns the value to keep.
 */
static json_t *
full_name(const struct cdoc *d, const struct clean_rules *r, json_t *v)
{
	const char *s = json_string_value(v), *name;
	const struct lex_entry *e;
	size_t i;

	for (i = 0; s[i]; i++)
		if (!isupper((unsigned char)s[i]))
			return v;
	if (i > 5 || (e = pub_entry_of_alias(r, s)) == NULL)
		return v;
	name = pub_usual_name(r, e);
	for (i = 0; i < d->n; i++)
		if (strstr(d->lines[i].s, name)) {
			json_decref(v);
			return json_string(name);
		}
	return v;
}

/*
 * Could s[0..len), in a dateline's brackets after its place, be an
 * agency that publishers.tsv does not list ("HARBOR CITY, May 3 (Harbor
 * News Service) --"; not "(Seoul) --", where the place is bracketed)?  A
 * name: one to five words, each capitalised (or "of", "the", "and",
 * "&"), no digits, no colon (a credit: "(Reuters: Jane Roe)").
 */
static int
agency_shape(const char *s, size_t len)
{
	size_t i = 0, t;
	int n = 0;

	if (memchr(s, ':', len) || memchr(s, '/', len))
		return 0;
	while (i < len) {
		for (t = i; t < len && s[t] != ' '; t++)
			if (isdigit((unsigned char)s[t]))
				return 0;
		if (!(isupper((unsigned char)s[i]) || (t - i == 2 && strncmp(s + i, "of", 2) == 0) ||
		    (t - i == 3 && (strncmp(s + i, "the", 3) == 0 || strncmp(s + i, "and", 3) == 0)) ||
		    (t - i == 1 && s[i] == '&')))
			return 0;
		n++;
		i = t + 1;
	}
	return n >= 1 && n <= 5;
}

/*
 * The latest year (1900..2100) the prose of d names outside line skip,
 * or 0: what an undated page's dateline and stamps are weighed against.
 */
static int
latest_year(const struct cdoc *d, long skip)
{
	size_t i, k;
	int best = 0, y;

	for (i = 0; i < d->n; i++) {
		const struct cline *l = &d->lines[i];

		if ((long)i == skip || l->drop || !l->para)
			continue;
		for (k = 0; k + 4 <= l->len; k++) {
			if ((k > 0 && isalnum((unsigned char)l->s[k - 1])) ||
			    (k + 4 < l->len && isalnum((unsigned char)l->s[k + 4])) ||
			    !isdigit((unsigned char)l->s[k]) || !isdigit((unsigned char)l->s[k + 1]) ||
			    !isdigit((unsigned char)l->s[k + 2]) || !isdigit((unsigned char)l->s[k + 3]))
				continue;
			y = atoi(l->s + k);
			if (y >= 1900 && y <= 2100 && y > best)
				best = y;
		}
	}
	return best;
}

/*
 * Can the dateline pattern match the line s[0..len)?  Its place, region
 * and date are capitalised words, figures and commas: a space in them
 * goes on with a capital or a figure; the agency in brackets and the
 * "date ..." opening aside.  So before the first "(", a space and a small
 * letter end what a match can hold, and the dash that ends it ("--",
 * "-", "–", "—", or a stop after a figure) must come before them.  0: it
 * cannot; 1: it may.
 */
static int
dateline_may(const char *s, size_t len)
{
	size_t i;

	if (len >= 4 && memcmp(s, "date", 4) == 0)
		return 1;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '(' || c == '-' || c == '.' || (c == 0xE2 && i + 2 < len &&
		    (unsigned char)s[i + 1] == 0x80 &&
		    ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94)))
			return 1;
		if (c == ' ' && i + 1 < len && s[i + 1] >= 'a' && s[i + 1] <= 'z')
			return 0;
	}
	return 1;
}

/* Does the line s (whose needed words are hits) hold one of
 * issuer_verbs?  Asked of the needed words first, in any case: a line
 * that holds none is passed over without a search for each. */
static int
issuer_may(const char *s, const uint64_t *hits)
{
	int k, any = 0;

	for (k = 0; issuer_verbs[k] && !any; k++)
		any = acm_hit(hits, issuer_ids[k]);
	for (k = 0; any && issuer_verbs[k]; k++)
		if (strstr(s, issuer_verbs[k]))
			return 1;
	return 0;
}

void
clean_find_meta(struct cdoc *d, const struct clean_rules *r, json_t *meta)
{
	struct pub_tally pub = { .n = 0 };
	struct pub_cand *won;
	struct cand by = { 0, 0, NULL, NULL };
	enum pub_evidence ev;
	struct cand when = { 0, 0, NULL, NULL }, place = { 0, 0, NULL, NULL };
	struct cand month = { 0, 0, NULL, NULL };
	struct date dt, ref, dl_date;
	long i, j, head_end, dl_line = -1, paras = 0, top_line;
	size_t so, eo, n;
	PCRE2_SIZE *ov;
	const struct lex_entry *e;
	char dl_text[32] = "";
	int year, issuer_seen = 0, mail_tries = 0;
	size_t cs, ce;

	/* The page's header runs to the second paragraph of prose: a
	 * standfirst may come before the date and the byline. */
	head_end = (long)d->n - 1;
	for (i = 0, j = 0; i < (long)d->n; i++)
		if (d->lines[i].para && !d->lines[i].drop && ++j == 2) {
			head_end = i - 1;
			break;
		}
	/* the page's first line that no rule of boilerplate.tsv took */
	for (top_line = 0; top_line < (long)d->n && (d->lines[top_line].blank ||
	    (d->lines[top_line].why && strncmp(d->lines[top_line].why, "boilerplate", 11) == 0)); top_line++)
		;
	for (i = 0; i < (long)d->n; i++) {
		struct cline *l = &d->lines[i];
		int head = i <= head_end, prose = l->para && !l->drop;
		int ruled = l->drop && l->why && strncmp(l->why, "boilerplate", 11) == 0;
		json_t *v;

		if (l->blank)
			continue;
		/* published */
		if (meta_match(&re.label, r->md, l->s, l->len, NULL, NULL) &&
		    find_date(r, l->s, l->len, 1, &dt, NULL, NULL))
			offer(&when, 1, i, "a date label", iso_value(&dt));
		else if (head && (!prose || i == d->title) && !l->caption &&
		    meta_line_date(d, r, (size_t)i, &dt, &so, NULL)) {
			/* "Updated" before the date makes it the update's;
			 * after it ("June 4, 2018 / Updated ...") it is not */
			if (meta_match(&re.updated, r->md, l->s, so, NULL, NULL))
				offer(&when, 4, i, "an \"Updated\" stamp", iso_value(&dt));
			else
				offer(&when, 3, i, "a date above the body", iso_value(&dt));
		} else if (head && !prose && !l->caption && l->words <= 8 && !month.value &&
		    (memchr(l->s, '1', l->len) || memchr(l->s, '2', l->len)) &&
		    has_year(l->s, l->len) && (date_marks(l->s, l->len) & MONTH_ANY) &&
		    find_date(r, l->s, l->len, 1, &dt, &so, &eo) && dt.prec == DATE_PREC_MONTH &&
		    text_words(l->s, so) + text_words(l->s + eo, l->len - eo) <= 3 &&
		    !meta_match(&re.updated, r->md, l->s, l->len, NULL, NULL)) {
			/* "October 2018" under a report's title: a month is
			 * the page's date when no day is given */
			offer(&month, 3, i, "a month above the body", iso_value(&dt));
		} else if (!head && !prose && l->dateish && (memchr(l->s, '@', l->len) ||
		    ((j = clean_next_nonblank(d, i, -1)) >= 0 && strchr(d->lines[j].s, '@'))) &&
		    meta_line_date(d, r, (size_t)i, &dt, NULL, NULL)) {
			/* "jroe@x.example 2019-05-04 10:12" under the article,
			 * or the stamp on the line under the address */
			offer(&when, 3, i, "a stamp beside an e-mail address", iso_value(&dt));
		}
		/* the publisher's label: "Publisher Radio Free Asia" */
		if (!prose && l->words <= 10 &&
		    meta_match(&re.publabel, r->md, l->s, l->len, &so, &eo) && eo < l->len) {
			size_t end = l->len;
			const char *comma = memchr(l->s + eo, ',', l->len - eo);

			/* "Source: Harbor Wire, 4 May 2019": the name before its date */
			if (comma != NULL && find_date(r, comma, l->len - (size_t)(comma - l->s), 1, &dt,
			    NULL, NULL))
				end = (size_t)(comma - l->s);
			if ((e = pub_find(r, l->s + eo, end - eo, &so, &n)))
				pub_offer(&pub, r, PUB_LABEL, i,
				    pub_value(r, e, l->s + eo + so, n - so));
			else if (clean_words(l->s + eo, end - eo) <= 5 && l->words <= 8 + (l->len - end > 0 ? 2 : 0))
				pub_offer(&pub, r, PUB_LABEL, i,
				    json_stringn(l->s + eo, end - eo));
		}
		/* the site naming itself in its furniture: "Subscribe to X",
		 * an address at its domain (desk@x.example) */
		if (!prose && l->words <= 20 && (v = own_name(d, r, l, &mail_tries)) != NULL)
			pub_offer(&pub, r, PUB_SELF, i, v);
		else if (!prose && (v = meta_copyright_name(r, l)) != NULL)
			pub_offer(&pub, r, person_owner(r, v, &by) ? PUB_COPYRIGHT_PERSON : PUB_COPYRIGHT,
			    i, v);
		/* a dateline in figures, month first as in the United
		 * States unless the first number cannot be a month ("8/20/10
		 * North Korea (X) -", "20/8/10 ...") */
		if (prose && paras < 3 && dl_line < 0 && numeric_dateline(l->s, l->len, r->md, &dt)) {
			offer(&when, 2, i, "the dateline's own date, in figures", iso_value(&dt));
			dl_line = i;
		}
		/* the dateline opens one of the first paragraphs */
		if (prose && paras++ < 3 && dl_line < 0 &&
		    dateline_may(l->s, l->len) &&
		    meta_exec(&re.dateline, l->s, l->len, 0, r->md) > 0) {
			ov = pcre2_get_ovector_pointer(r->md);
			size_t ps = ov[2], pe = ov[3], re_ = ov[5];
			size_t ds = ov[6], de = ov[7], as = ov[8], ae = ov[9];
			int caps = ps != PCRE2_UNSET && pe > ps + 1 && isupper((unsigned char)l->s[ps]) &&
			    isupper((unsigned char)l->s[ps + 1]);

			if (ps != PCRE2_UNSET && (as != PCRE2_UNSET || caps || (paras == 1 &&
			    clean_words(l->s + ps, (re_ != PCRE2_UNSET ? re_ : pe) - ps) <= 3))) {
				offer(&place, 1, i, "the dateline", json_stringn(l->s + ps,
				    (re_ != PCRE2_UNSET ? re_ : pe) - ps));
				dl_line = i;
			}
			if (as != PCRE2_UNSET && (e = pub_find(r, l->s + as, ae - as, &so, &eo)))
				pub_offer(&pub, r, PUB_DATELINE_AGENCY, i,
				    pub_value(r, e, l->s + as + so, eo - so));
			else if (as != PCRE2_UNSET && ps != PCRE2_UNSET &&
			    agency_shape(l->s + as, ae - as))
				pub_offer(&pub, r, PUB_DATELINE_BRACKET, i,
				    json_stringn(l->s + as, ae - as));
			if (ds != PCRE2_UNSET && de - ds < sizeof dl_text) {
				memcpy(dl_text, l->s + ds, de - ds);
				dl_text[de - ds] = '\0';
				dl_line = i;
			}
		}
		/* a wire credit: "Reported by Jane Roe for RFA's Korean
		 * Service.": the service it names is the publisher */
		if (l->words <= 40 && meta_match(&re.reported, r->md, l->s, l->len, &so, &eo) &&
		    (e = pub_find(r, l->s + eo, l->len - eo, &cs, &ce)) && cs == 0) {
			pub_offer(&pub, r, PUB_REPORTING_CREDIT, i,
			    pub_value(r, e, l->s + eo + cs, ce - cs));
			meta_drop(d, l, "reporting credit");
		}
		if (prose && !issuer_seen++ &&
		    issuer_may(l->s, clean_line_hits(d, (size_t)i)) && meta_exec(&re.issuer, l->s, l->len, 0, r->md) > 0) {
			/* a statement's first sentence names who issues it */
			ov = pcre2_get_ovector_pointer(r->md);
			if (meta_org_name(r, l->s + ov[2], ov[3] - ov[2]) ||
			    acronym_used(d, l->s + ov[2], ov[3] - ov[2]))
				pub_offer(&pub, r, PUB_ISSUER, i,
				    json_stringn(l->s + ov[2], ov[3] - ov[2]));
		}
		if (prose) {
			/* the outlets the article names: the last resort;
			 * those someone spoke to, or that asked for comment */
			if ((e = pub_find(r, l->s, l->len, &so, &eo)) && !pub_is_state(r, e))
				pub_offer(&pub, r, PUB_NAMED, i, pub_value(r, e, l->s + so, eo - so));
			pub_cues(&pub, r, d, (long)i);
			continue;
		}
		if (l->caption) {
			if ((e = pub_find(r, l->s, l->len, &so, &eo)) && so > 0 && l->s[so - 1] == '(')
				pub_offer(&pub, r, PUB_CAPTION_CREDIT, i,
				    pub_value(r, e, l->s + so, eo - so));
			continue;
		}
		if (ruled && !memchr(l->s, '|', l->len))
			continue;
		if (!head) {
			/* the end: a byline ("By Jane Roe (jroe@x.example)"),
			 * credits and mastheads ("- AFP") */
			size_t ps, pe;

			if (l->byline && meta_match(&re.by, r->md, l->s, l->len, &so, &eo) &&
			    (n = names_at(l->s + eo, l->len - eo, 12)) > 0 &&
			    !pub_find(r, l->s + eo, n, &ps, &pe) && !staff_words(l->s + eo, n)) {
				offer(&by, 3, i, "a byline at the end", json_stringn(l->s + eo, n));
				meta_drop(d, l, "byline");
			} else if ((v = masthead(r, l, &ev)) != NULL) {
				pub_offer(&pub, r, ev, i, v);
				meta_drop(d, l, "publisher line");
			}
			continue;
		}
		/* the header: bylines, mastheads, fields of "|" lines */
		if (l->byline && meta_match(&re.by, r->md, l->s, l->len, &so, &eo)) {
			size_t ps, pe;

			n = names_at(l->s + eo, l->len - eo, 12);
			if ((e = pub_find(r, l->s + eo, l->len - eo, &ps, &pe)) && ps <= n)
				pub_offer(&pub, r, PUB_BYLINE_AGENCY, i,
				    pub_value(r, e, l->s + eo + ps, pe - ps));
			else if (!staff_words(l->s + eo, n))
				offer(&by, 1, i, "a byline", json_stringn(l->s + eo, n));
			else if ((v = staff_agency(r, l->s + eo, l->len - eo)) != NULL)
				/* "By Staff Writers and Harbor Wire": the wire */
				pub_offer(&pub, r, PUB_BYLINE_AGENCY, i, v);
			/* the authors' affiliation, a field after a comma: "By
			 * Jane Roe, The Harbor Tribune", "By Jane Roe, Staff,
			 * The Harbor Tribune" */
			if (n > 0 && (v = byline_outlet(r, l->s + eo + n, l->len - eo - n)) != NULL)
				pub_offer(&pub, r, PUB_BYLINE_OUTLET, i, v);
			meta_drop(d, l, "byline");
		} else if (memchr(l->s, '|', l->len)) {
			pipe_fields(r, l, i, d->title >= 0 && i < d->title, &pub, &by);
		} else if ((v = masthead(r, l, &ev)) != NULL) {
			/* set against a caption, it is the photo's credit */
			pub_offer(&pub, r, next_to_caption(d, i) ? PUB_CAPTION_CREDIT : ev, i, v);
			meta_drop(d, l, "publisher line");
		} else if (d->title >= 0 && i < d->title && !l->para && l->words <= 8 &&
		    office_name(l->s, l->len)) {
			/* "Senator Jane Roe" over the headline: the office's page */
			pub_offer(&pub, r, PUB_OFFICE, i, json_stringn(l->s, l->len));
		} else if (d->title >= 0 && i < d->title && (meta_logo_line(r, l) ||
		    (i == top_line && l->words >= 2 && !l->dateish && !l->byline && meta_name_line(l)))) {
			/* an organization's name over the headline, or any
			 * name of two words or more that opens the page
			 * ("Harbor Desk": the site's, not a section's) */
			pub_offer(&pub, r, PUB_LOGO, i, json_stringn(l->s, l->len));
		} else if (!l->para && l->words <= 8 && (e = pub_find(r, l->s, l->len, &so, &eo)) &&
		    eo == l->len && so > 0 && names_at(l->s, so, 4) + 1 == so) {
			/* "Jane Doe Associated Press" */
			offer(&by, 2, i, "an author before an agency", json_stringn(l->s, so - 1));
			pub_offer(&pub, r, PUB_AUTHOR_AGENCY, i,
			    pub_value(r, e, l->s + so, eo - so));
			l->byline = 1;
			meta_drop(d, l, "byline");
		} else if (!l->para && i != d->title && (n = names_at(l->s, l->len, 4)) == l->len &&
		    (j = clean_next_nonblank(d, i, 1)) >= 0 && d->lines[j].dateish) {
			/* an author's name over the date, or the site's
			 * ("Northport Harbor TV") */
			if ((e = pub_find(r, l->s, l->len, &so, &eo)) && eo == l->len)
				pub_offer(&pub, r, PUB_MASTHEAD, i,
				    pub_value(r, e, l->s + so, eo - so));
			else if (pub_outlet_shape(r, l->s, l->len))
				pub_offer(&pub, r, PUB_MASTHEAD_SHAPE, i, json_stringn(l->s, l->len));
			else
				offer(&by, 2, i, "an author's name over the date", json_stringn(l->s, n));
		} else if (!l->para && i != d->title && (n = names_at(l->s, l->len, 4)) > 0 &&
		    n + 4 < l->len && strncmp(l->s + n, " in ", 4) == 0 &&
		    place_words(l->s + n + 4, l->len - n - 4) &&
		    (j = clean_next_nonblank(d, i, 1)) >= 0 && d->lines[j].dateish) {
			/* "Jane Roe in Seoul" over the date */
			offer(&by, 2, i, "an author's name and place over the date",
			    json_stringn(l->s, n));
			l->byline = 1;
			meta_drop(d, l, "byline");
		} else if (!l->para && i != d->title && l->words <= 10 &&
		    (n = names_at(l->s, l->len, 4)) > 0 && n + 2 < l->len &&
		    (l->s[n] == ',' || strncmp(l->s + n, " /", 2) == 0) &&
		    clean_words(l->s + n, l->len - n) <= 5 && ends_in_role(r, l->s + n, l->len - n)) {
			/* "Jane Roe, Senior Reporter", "Jane Roe / Staff
			 * Writer": an author's name and title */
			offer(&by, 2, i, "an author's name and title", json_stringn(l->s, n));
			l->byline = 1;
			meta_drop(d, l, "byline");
		} else if (!l->para && (n = names_at(l->s, l->len, 4)) == l->len &&
		    (j = clean_next_nonblank(d, i, 1)) >= 0 && d->lines[j].words <= 8 &&
		    ends_in_role(r, d->lines[j].s, d->lines[j].len)) {
			/* an author's name, title and affiliation, a line each;
			 * the name and the title leave the text */
			offer(&by, 2, i, "an author's name over a title", json_stringn(l->s, n));
			l->byline = 1;
			meta_drop(d, l, "byline");
			meta_drop(d, &d->lines[j], "byline");
			if ((j = clean_next_nonblank(d, j, 1)) >= 0 && !d->lines[j].para &&
			    d->lines[j].words <= 6 && !d->lines[j].dateish &&
			    strpbrk(d->lines[j].s, "0123456789") == NULL)
				pub_offer(&pub, r, PUB_AFFILIATION, j, json_stringn(d->lines[j].s, d->lines[j].len));
		}
	}
	/* The dateline's month and day take their year from the page's
	 * dates, unless it has its own ("Seoul, Oct 10, 2023 (AFP) -"). */
	if (dl_text[0] && date_scan(dl_text, strlen(dl_text), NULL, &dl_date) > 0 &&
	    dl_date.prec == DATE_PREC_DAY)
		offer(&when, 2, dl_line, "the dateline's own date", iso_value(&dl_date));
	else if (dl_text[0] && when.value && date_parse_iso(json_string_value(when.value), &ref) == 0 &&
	    ref.prec == DATE_PREC_DAY && date_scan(dl_text, strlen(dl_text), &ref, &dl_date) > 0 &&
	    dl_date.prec == DATE_PREC_DAY)
		offer(&when, 2, dl_line, "the dateline, its year from the page's stamp", iso_value(&dl_date));
	else if (dl_text[0] && !when.value && (year = latest_year(d, -1)) > 0) {
		/* No stamp on the page: the latest year the article names is
		 * the dateline's ("SEOUL, Oct. 5 -- ... the only one in
		 * 2021"), its month and day the latest in that year. */
		memset(&ref, 0, sizeof ref);
		ref.year = year;
		ref.month = 12;
		ref.day = 31;
		ref.prec = DATE_PREC_DAY;
		if (date_scan(dl_text, strlen(dl_text), &ref, &dl_date) > 0 &&
		    dl_date.prec == DATE_PREC_DAY)
			offer(&when, 2, dl_line, "the dateline, its year the latest the article names",
			    iso_value(&dl_date));
	}
	/* An "Updated" stamp alone may be years after the article was
	 * written (a page moved, an archive rebuilt): it is the publication
	 * date only when the article names its year or the year before,
	 * and no later one, or names no year at all (nothing to weigh it
	 * against: "detained last July", "on Tuesday" need a date). */
	if (when.value && when.rank == 4 && date_parse_iso(json_string_value(when.value), &ref) == 0 &&
	    ((year = latest_year(d, when.line)) == 0 || (ref.year >= year && ref.year <= year + 1))) {
		when.rank = 3;
		when.why = year ? "an \"Updated\" stamp of a year the article names" :
		    "an \"Updated\" stamp, on a page that names no year";
	}
	/* No day anywhere: the month a stamp gives */
	if (when.value == NULL && month.value != NULL) {
		when = month;
		month.value = NULL;
	}
	if ((won = pub_choose(&pub)) != NULL)
		won->value = full_name(d, r, won->value);
	if (r->trace) {
		pub_trace(&pub, r, d, won, !json_object_get(meta, "publisher"));
		trace_choice(d, "byline", &by, !json_object_get(meta, "byline"));
		trace_choice(d, "published", &when, when.rank < 4 && !json_object_get(meta, "published"));
		trace_choice(d, "dateline", &place, !json_object_get(meta, "dateline"));
	}
	if (won && !json_object_get(meta, "publisher"))
		meta_set_found(meta, "publisher", json_incref(won->value), d->lines[won->line].no);
	if (by.value && !json_object_get(meta, "byline"))
		meta_set_found(meta, "byline", json_incref(by.value), d->lines[by.line].no);
	/* An implausible "Updated" date: no publication date is better than
	 * a wrong one, which would also misplace every relative date ("last
	 * week") in time. */
	if (when.value && when.rank < 4 && !json_object_get(meta, "published"))
		meta_set_found(meta, "published", json_incref(when.value), d->lines[when.line].no);
	if (place.value && !json_object_get(meta, "dateline"))
		meta_set_found(meta, "dateline", json_incref(place.value), d->lines[place.line].no);
	pub_tally_free(&pub);
	json_decref(by.value);
	json_decref(when.value);
	json_decref(month.value);
	json_decref(place.value);
}
