/*
 * clean-title.c: a plain text's headline, a scored choice among the
 * headline-shaped lines near the top (see clean-meta.c's header for the
 * evidence each side weighs): repeated, set over a byline or a stamp or
 * over the first paragraph, in title case, first; against it a logo
 * line, the site's name and motto, a line over the page's navigation, a
 * label bar, a player's title, a running head.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "buf.h"
#include "date.h"
#include "lex.h"
#include "msg.h"
#include "clean.h"
#include "clean-meta.h"

/*
 * A logo line: a short name, every word capitalised, of an outlet or an
 * organization ("Harbor Human Rights Network", "The Harbor Times"): the
 * site's name, not its headline.
 */
int
meta_name_line(const struct cline *l)
{
	size_t i;

	/* not a bar of links set apart by runs of spaces ("About  Services
	 * Newsroom") */
	if (l->words > 5 || l->para || l->gaps > 0)
		return 0;
	/* every word capitalised (a name), no bullet or ">" (a breadcrumb) */
	for (i = 0; i < l->len; i++)
		if ((i == 0 || l->s[i - 1] == ' ') && (unsigned char)l->s[i] < 0x80 &&
		    !isupper((unsigned char)l->s[i]) && !isdigit((unsigned char)l->s[i]) && strncmp(l->s + i, "& ", 2) != 0 &&
		    strncmp(l->s + i, "of ", 3) != 0 && strncmp(l->s + i, "for ", 4) != 0 &&
		    strncmp(l->s + i, "and ", 4) != 0 && strncmp(l->s + i, "the ", 4) != 0)
			return 0;
	/* no year: a report's cover ("ANNUAL REPORT 2017") */
	for (i = 0; i + 4 <= l->len; i++)
		if ((i == 0 || l->s[i - 1] == ' ') && ((l->s[i] == '1' && l->s[i + 1] == '9') ||
		    (l->s[i] == '2' && l->s[i + 1] == '0')) && isdigit((unsigned char)l->s[i + 2]) &&
		    isdigit((unsigned char)l->s[i + 3]) && !isalnum((unsigned char)l->s[i + 4]))
			return 0;
	return 1;
}

int
meta_logo_line(const struct clean_rules *r, const struct cline *l)
{
	return meta_name_line(l) && (meta_org_name(r, l->s, l->len) || pub_outlet_shape(r, l->s, l->len));
}

static int
title_case(const struct cline *l)
{
	int big = 0, cap = 0;
	size_t i = 0, t;

	while (i < l->len) {
		for (t = i; t < l->len && l->s[t] != ' '; t++)
			;
		if (t - i >= 4 && isalpha((unsigned char)l->s[i])) {
			big++;
			cap += isupper((unsigned char)l->s[i]) != 0;
		}
		i = t + 1;
	}
	return big > 0 && cap * 10 >= big * 6;
}

/* Mostly capitals ("BBCiNEWS SPORT WEATHER"): a menu more than a headline. */
static int
all_caps(const struct cline *l)
{
	size_t i, up = 0, low = 0;

	for (i = 0; i < l->len; i++) {
		up += isupper((unsigned char)l->s[i]) != 0;
		low += islower((unsigned char)l->s[i]) != 0;
	}
	return up > 0 && low * 5 < up;
}

/*
 * Is the text of line i repeated: equal to another line, or (unless
 * exact) inside one?  A logo's name is inside its own headlines and
 * copyright line: for it only an equal line counts.
 */
static int
repeated(const struct cdoc *d, size_t i, size_t lim, int exact)
{
	size_t j;

	for (j = 0; j < lim; j++) {
		const struct cline *o = &d->lines[j];

		if (j == i || o->blank)
			continue;
		if (strcasecmp(o->s, d->lines[i].s) == 0 || (!exact &&
		    !o->para && o->len > d->lines[i].len && strstr(o->s, d->lines[i].s)))
			return 1;
	}
	return 0;
}

/* A page's number, printed where the page breaks: "7", "- 7 -", "Page 7",
 * "7 of 12", "Page 7 of 12". */
static int
page_number(const struct cline *l)
{
	const char *s = l->s;
	size_t n = l->len;

	if (n > 20 || strpbrk(s, "0123456789") == NULL)
		return 0;
	if (strncasecmp(s, "page ", 5) == 0)
		s += 5;
	return strspn(s, "0123456789-\xE2\x80\x93 of") == strlen(s);
}

/*
 * Is the text of line i a running head or foot: printed on every page
 * of a document (three times or more), or again beside a page's number?
 * A headline is repeated once or twice, each time away from those.
 */
static int
running(const struct cdoc *d, size_t i)
{
	size_t j, n = 0;
	long k;

	for (j = 0; j < d->n; j++) {
		const struct cline *o = &d->lines[j];

		if (j == i || o->len != d->lines[i].len || strcasecmp(o->s, d->lines[i].s) != 0)
			continue;
		if (++n >= 2)
			return 1;
		if (((k = clean_next_nonblank(d, (long)j, -1)) >= 0 && page_number(&d->lines[k])) ||
		    ((k = clean_next_nonblank(d, (long)j, 1)) >= 0 && page_number(&d->lines[k])))
			return 1;
	}
	return 0;
}

/* The headline without a quotation mark that has lost its partner. */
static json_t *
title_value(const struct cline *l)
{
	const char *s = l->s;
	size_t len = l->len;

	s += l->skip;		/* a date stamp before the headline */
	len -= l->skip;
	if ((s[0] == '"' && memchr(s + 1, '"', len - 1) == NULL) ||
	    (strncmp(s, "\xE2\x80\x9C", 3) == 0 && strstr(s, "\xE2\x80\x9D") == NULL)) {
		size_t q = s[0] == '"' ? 1 : 3;

		s += q;
		len -= q;
	}
	return json_stringn(s, len);
}

void
meta_set_found(json_t *meta, const char *field, json_t *value, unsigned line)
{
	json_t *found = json_object_get(meta, "found");
	char where[64];

	if (found == NULL) {
		found = json_object();
		json_object_set_new(meta, "found", found);
	}
	json_object_set_new(meta, field, value);
	/* "line N" written by hand: snprintf() cost a thousand
	 * instructions a field */
	{
		char digits[16], *w = where;
		size_t nd = 0;

		do
			digits[nd++] = (char)('0' + line % 10);
		while ((line /= 10) > 0);
		memcpy(w, "line ", 5);
		w += 5;
		while (nd > 0)
			*w++ = digits[--nd];
		*w = '\0';
	}
	json_object_set_new(found, field, json_string(where));
}

/* The evidence for a headline, for --trace. */
enum {
	TITLE_FIRST = 1, TITLE_CASE = 2, TITLE_CAPS = 4, TITLE_BYLINE = 8,
	TITLE_STAMP = 16, TITLE_UNDER = 32, TITLE_REPEATED = 64, TITLE_LOGO = 128,
	TITLE_SITE = 256, TITLE_MAST = 512, TITLE_FIELDS = 1024, TITLE_MOTTO = 2048,
	TITLE_BODY = 4096, TITLE_PLAYER = 8192, TITLE_RUNNING = 16384
};

/*
 * How many breadcrumb or link-bar separators s[0..len) holds, each set
 * off by spaces: " > ", " / ", " | ", " › ", " » " and their mirrors.
 */
static int
crumbs(const char *s, size_t len)
{
	size_t i, w;
	int n = 0;

	/* each byte once: a separator's first byte after a space, then
	 * its length and the space after it */
	for (i = 1; i + 2 < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (s[i - 1] != ' ')
			continue;
		if (c == '>' || c == '/' || c == '|')
			w = 1;
		else if (c == 0xC2 && ((unsigned char)s[i + 1] == 0xBB || (unsigned char)s[i + 1] == 0xAB))
			w = 2;			/* » « */
		else if (c == 0xE2 && i + 3 < len && (unsigned char)s[i + 1] == 0x80 &&
		    ((unsigned char)s[i + 2] == 0xBA || (unsigned char)s[i + 2] == 0xB9))
			w = 3;			/* › ‹ */
		else
			continue;
		if (s[i + w] == ' ')
			n++;
	}
	return n;
}

/* Is l a link of a menu: a line of one to three words, no sentence? */
static int
menu_item(const struct cline *l)
{
	return !l->blank && !l->para && !l->byline && !l->dateish && l->words <= 3 &&
	    !strchr(".!?", l->s[l->len - 1]);
}

/* The page's navigation at line k: a bar of sections or a breadcrumb
 * ("Home > Cases > Detained"), a menu of "|" fields, or a menu of a
 * link a line (three or more in a row). */
static int
nav_line(const struct cdoc *d, size_t k)
{
	const struct cline *l = &d->lines[k];

	return !l->para && !l->blank && (clean_fields_bar(l) ||
	    (l->why && strcmp(l->why, "menu") == 0) || crumbs(l->s, l->len) >= 2 ||
	    (k + 2 < d->n && menu_item(l) && menu_item(l + 1) && menu_item(l + 2)));
}

/*
 * Is line l the site's own name, alone or before its motto ("Harbor
 * Watch — Notes from the coast", "Harbor Watch | Home")?  site holds the
 * names the page's copyright lines give.
 */
static int
site_title(const struct cline *l, json_t *const *site, int nsite)
{
	static const char *const sep[] = { "\xE2\x80\x94", "\xE2\x80\x93", "-", "|",
		"\xC2\xB7", NULL };	/* — – - | · */
	int k, m;

	for (k = 0; k < nsite; k++) {
		const char *n = json_string_value(site[k]), *rest;
		size_t nl = strlen(n);

		if (nl < 4 || l->len < nl || strncasecmp(l->s, n, nl) != 0)
			continue;
		rest = l->s + nl;
		if (*rest == '\0')
			return 1;
		if (*rest++ != ' ')
			continue;
		for (m = 0; sep[m]; m++)
			if (strncmp(rest, sep[m], strlen(sep[m])) == 0 && rest[strlen(sep[m])] == ' ')
				return 1;
	}
	return 0;
}

/*
 * Is l the title of a video or audio player, not the page's headline:
 * it opens on "Video:", "Watch:", "Now playing" or a play sign, or the
 * line under it (next) is the player's clock and controls ("0:00 /
 * 2:31", "Play video 2:31", "2:31").
 */
static int
player_title(const struct cline *l, const struct cline *next)
{
	static const char *const open[] = { "video:", "video |", "watch:", "now playing",
		"playing:", "\xE2\x96\xB6", "\xE2\x96\xBA", NULL };	/* ▶ ► */
	static const char *const ctl[] = { "play", "video", "watch", "duration", "views",
		"replay", "pause", NULL };
	const char *p, *c;
	int k, clocks = 0, words = 0;

	for (k = 0; open[k]; k++)
		if (strncasecmp(l->s, open[k], strlen(open[k])) == 0)
			return 1;
	if (next == NULL || next->para || next->dateish || next->words > 6 ||
	    (c = strchr(next->s, ':')) == NULL)
		return 0;
	/* a clock "m:ss" (not a time of day: no "a.m.", "GMT") */
	for (p = next->s; (c = strchr(p, ':')) != NULL; p = c + 1)
		if (c > next->s && isdigit((unsigned char)c[-1]) && isdigit((unsigned char)c[1]) &&
		    isdigit((unsigned char)c[2]) && !isdigit((unsigned char)c[3]))
			clocks++;
	if (clocks == 0)
		return 0;
	for (k = 0; ctl[k]; k++) {
		for (p = next->s; *p; p++)
			if ((p == next->s || !isalpha((unsigned char)p[-1])) &&
			    strncasecmp(p, ctl[k], strlen(ctl[k])) == 0) {
				words++;
				break;
			}
	}
	/* "0:00 / 2:31", "Play 2:31", or the clock alone */
	return clocks >= 2 || words > 0 || strspn(next->s, "0123456789:/ ") == next->len;
}

/*
 * Does line j sign and date what is above it, in a form the byline and
 * stamp rules leave ("Posted on 4 May 2021 by deskwriter", "by deskwriter
 * » Tuesday 4 May 2021 10:02")?  2 for a date with "by", 1 for a
 * relative stamp ("Harbor Daily · 5 hours ago"), else 0.
 */
static int
signed_stamp(struct cdoc *d, const struct clean_rules *r, size_t j)
{
	const struct cline *l = &d->lines[j];
	struct date dt;
	const char *p;
	size_t t;

	if (l->para || l->words > 16 || l->len < 6)
		return 0;
	for (p = strchr(l->s, ' '); p != NULL && !((p[1] | 0x20) == 'b' && (p[2] | 0x20) == 'y' &&
	    p[3] == ' '); p = strchr(p + 1, ' '))
		;
	if ((strncasecmp(l->s, "by ", 3) == 0 || p != NULL) && meta_line_date(d, r, j, &dt, NULL, NULL))
		return 2;
	/* "... 5 hours ago": a unit of time and a count before "ago" */
	if (l->words > 8 || l->len < 8 || strcmp(l->s + l->len - 4, " ago") != 0)
		return 0;
	for (t = l->len - 4; t > 0 && l->s[t - 1] != ' '; t--)
		;
	p = l->s + t;
	if (!(strncasecmp(p, "min", 3) == 0 || strncasecmp(p, "hour", 4) == 0 ||
	    strncasecmp(p, "hr", 2) == 0 || strncasecmp(p, "day", 3) == 0 ||
	    strncasecmp(p, "week", 4) == 0 || strncasecmp(p, "sec", 3) == 0))
		return 0;
	return t >= 2 && (isdigit((unsigned char)l->s[t - 2]) ||
	    (t >= 3 && strncasecmp(l->s + t - 3, "an ", 3) == 0) ||
	    (t == 2 && (l->s[0] == 'a' || l->s[0] == 'A')) || (t > 2 && strncmp(l->s + t - 3, " a ", 3) == 0));
}

static void
trace_title(const struct cdoc *d, long best, int score, unsigned why)
{
	static const char *const reason[] = {
		"first +2", "title case +2", "in capitals -10", "over a byline +4",
		"over a stamp +2", "under a headline -3", "repeated +10", "a logo -5",
		"the site's name -5", "over the navigation -3", "in fields -3",
		"under the site's name -5", "over the body +2", "a player's title -4",
		"a running head or foot -5", NULL
	};
	const struct cline *l = &d->lines[best];
	int k, any = 0;

	fprintf(stderr, "%s:%u: title %s (score %d:", d->source, l->no, l->s + l->skip, score);
	for (k = 0; reason[k]; k++)
		if (why & (1u << k)) {
			fprintf(stderr, "%s %s", any ? "," : "", reason[k]);
			any = 1;
		}
	fputs(")\n", stderr);
}

void
clean_find_title(struct cdoc *d, const struct clean_rules *r, json_t *meta)
{
	size_t i, lim, paras = 0, page_top;
	long best = -1, j, k;
	int score, top = -1000, first = 1, first_seen, prose_above = 0, logo, nsite = 0, st;
	unsigned best_why = 0;
	json_t *site[2];

	/* the page's first line that no rule of boilerplate.tsv took */
	for (page_top = 0; page_top < d->n && (d->lines[page_top].blank || (d->lines[page_top].why &&
	    strncmp(d->lines[page_top].why, "boilerplate", 11) == 0)); page_top++)
		;
	/* The site's name, as its copyright lines give it: a line that is
	 * only that name (and its motto) is its logo, not its headline. */
	for (i = 0; i < d->n && nsite < 2; i++)
		if (!d->lines[i].blank && !d->lines[i].para &&
		    (site[nsite] = meta_copyright_name(r, &d->lines[i])) != NULL)
			nsite++;

	/* Look above the second paragraph of prose (a forum post's first
	 * line may come before the article it quotes). */
	for (lim = 0; lim < d->n && lim < 120; lim++) {
		const struct cline *l = &d->lines[lim];

		if (l->para && !l->drop && !l->headline && ++paras == 2)
			break;
	}
	for (i = 0; i < lim; i++) {
		const struct cline *l = &d->lines[i];
		unsigned why = 0;

		if (l->para && !l->drop && !l->headline)
			prose_above = 1;
		if (!l->headline || l->drop)
			continue;
		first_seen = first;
		score = first ? 2 : 0;
		why |= first ? TITLE_FIRST : 0;
		first = 0;
		if (title_case(l)) {
			score += 2;
			why |= TITLE_CASE;
		}
		if (all_caps(l)) {
			score -= 10;	/* a menu of sections */
			why |= TITLE_CAPS;
		}
		if ((logo = meta_logo_line(r, l))) {
			score -= 5;	/* the site's name */
			why |= TITLE_LOGO;
		}
		if (!logo && site_title(l, site, nsite)) {
			score -= 5;
			why |= TITLE_SITE;
		}
		st = (j = clean_next_nonblank(d, (long)i, 1)) >= 0 && !d->lines[j].byline ?
		    signed_stamp(d, r, (size_t)j) : 0;
		if (j >= 0 && (d->lines[j].byline || st == 2)) {
			score += 4;
			why |= TITLE_BYLINE;
		} else if (j >= 0 && (d->lines[j].dateish || st == 1)) {
			score += 2;
			why |= TITLE_STAMP;
		} else {
			/* Over the page's navigation, with a headline under
			 * it: the masthead's motto, a section's name. */
			for (k = (long)i + 1; k < (long)lim && !nav_line(d, (size_t)k); k++)
				;
			for (j = k; j < (long)lim && !(d->lines[j].headline && !d->lines[j].drop); j++)
				;
			if (k < (long)lim && j < (long)lim) {
				score -= 3;
				why |= TITLE_MAST;
			}
		}
		if (player_title(l, (j = clean_next_nonblank(d, (long)i, 1)) >= 0 ? &d->lines[j] : NULL)) {
			score -= 4;
			why |= TITLE_PLAYER;
		}
		if (l->gaps > 0) {
			score -= 3;	/* "SECTION  Subsection": a label bar */
			why |= TITLE_FIELDS;
		}
		/* the site's motto under its name, a stamp, a menu or the
		 * like between it and a headline below */
		for (k = (long)i + 1; k < (long)lim && !(d->lines[k].headline && !d->lines[k].drop); k++)
			;
		if (k < (long)lim && k > clean_next_nonblank(d, (long)i, 1) &&
		    (j = clean_next_nonblank(d, (long)i, -1)) >= 0 && (site_title(&d->lines[j], site, nsite) ||
		    ((size_t)j == page_top && d->lines[j].words >= 2 &&
		    !d->lines[j].headline && meta_name_line(&d->lines[j])))) {
			score -= 5;
			why |= TITLE_MOTTO;
		}
		if ((j = clean_next_nonblank(d, (long)i, 1)) >= 0 && d->lines[j].para && !d->lines[j].drop &&
		    !d->lines[j].headline) {
			score += 2;	/* right over the article's first paragraph */
			why |= TITLE_BODY;
		}
		if ((j = clean_next_nonblank(d, (long)i, -1)) >= 0 && d->lines[j].headline &&
		    !d->lines[j].drop && d->lines[j].gaps == 0 && !crumbs(d->lines[j].s, d->lines[j].len) &&
		    !meta_logo_line(r, &d->lines[j]) && !site_title(&d->lines[j], site, nsite) &&
		    !player_title(&d->lines[j], l) && !running(d, (size_t)j)) {
			score -= 3;	/* a standfirst under its headline */
			why |= TITLE_UNDER;
		}
		if (running(d, i)) {
			score -= 5;
			why |= TITLE_RUNNING;
		} else if (repeated(d, i, lim + 20 < d->n ? lim + 20 : d->n, logo)) {
			score += 10;
			why |= TITLE_REPEATED;
		}
		/* Below prose, a headline must prove itself (a byline or a
		 * stamp under it, or the page repeating it): else it is a
		 * subheading.  (The prose above may be a paywall's notice.) */
		if (prose_above && !(why & (TITLE_BYLINE | TITLE_STAMP)) &&
		    score - (first_seen ? 2 : 0) - (why & TITLE_BODY ? 2 : 0) < 4)
			continue;
		if (score > top) {
			top = score;
			best = (long)i;
			best_why = why;
		}
	}
	while (nsite > 0)
		json_decref(site[--nsite]);
	if (best < 0)
		return;
	if (r->trace)
		trace_title(d, best, top, best_why);
	d->title = best;
	if (!json_object_get(meta, "title"))
		meta_set_found(meta, "title", title_value(&d->lines[best]), d->lines[best].no);
	for (i = 0; i < d->n; i++)
		if (!d->lines[i].blank && strcasecmp(d->lines[i].s, d->lines[best].s) == 0)
			clean_drop(&d->lines[i], "headline");
}
