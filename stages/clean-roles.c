/*
 * clean-roles.c: a line's role in a plain text decided by evidence.
 *
 * The rules of boilerplate.tsv decide alone, so they must be phrases that
 * are furniture wherever they stand.  Most furniture of an unseen page is
 * not: a caption is a sentence like the article's, a related headline is
 * shaped like a subheading.  What gives them away is several signs at once
 * (a caption's present-tense verb, a credit in brackets, its place between
 * the headline and the first paragraph; a run of short lines without
 * sentence ends below the last paragraph).  So each line collects signals,
 * each signal weighs what schema/lexicons/line-roles.tsv says, and a line
 * whose signals add up to the threshold goes.  The signals of shape and
 * place are computed here; the signals of words come from the patterns of
 * schema/lexicons/line-cues.tsv.  --trace names a dropped line's signals.
 *
 * Two rounds: first each line on its own and with its neighbours (cues,
 * a caption printed twice), before the headline is chosen; then, with the
 * lines so dropped and the headline out of the way, where it stands
 * against the prose (in a run of short lines, above the first paragraph
 * and, as a story's highlights, repeating its facts; below the last,
 * between two, right beside a line of furniture).
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "buf.h"
#include "lex.h"
#include "msg.h"
#include "clean.h"

/* The signals computed here; each needs a row of line-roles.tsv. */
enum {
	SIG_SHORT, SIG_OPEN, SIG_PROSE, SIG_QUOTED, SIG_HEADLINE, SIG_ECHO,
	SIG_RUN, SIG_TOP, SIG_END, SIG_BETWEEN, SIG_LONE, SIG_STAMP, SIG_DOUBLE,
	SIG_BESIDE, SIG_RECAP, SIG_PULLQUOTE, SIG_FIELDS, SIG_FOOTNOTE, SIG_BUILTIN
};
static const char *const builtin_names[SIG_BUILTIN] = {
	"short", "open", "prose", "quoted", "headline", "echo",
	"run", "top", "end", "between", "lone", "stamp", "double", "beside",
	"recap", "pullquote", "fields", "footnote"
};

/* Signals are bits of a line's uint64_t: at most this many rows. */
#define ROLES_MAX_SIGNALS 64

struct cue {
	int sig;		/* index of its signal */
	int words;		/* at most this many words; 0: any */
	pcre2_code *re;
	int *needs;		/* clean_needs_parse() of its needs, or NULL */
	struct clean_prefilter pf;
	struct clean_reach reach;	/* where a match can begin */
};

struct roles {
	struct lex *weights;	/* line-roles.tsv */
	struct lex *cuelex;	/* line-cues.tsv */
	int threshold;
	int nsig;
	const char *name[ROLES_MAX_SIGNALS];	/* borrowed from weights */
	int weight[ROLES_MAX_SIGNALS];
	int builtin[SIG_BUILTIN];	/* signal index of each computed one */
	uint64_t caption;	/* signals that make a dropped line a caption */
	struct cue *cues;
	size_t ncue;
	/* the cues by the first words a line must have or the words it
	 * must hold (clean-index.c): a line meets a few of them, not all */
	struct clean_index *index;
};

static int
signal_index(const struct roles *ro, const char *name)
{
	int i;

	for (i = 0; i < ro->nsig; i++)
		if (strcmp(ro->name[i], name) == 0)
			return i;
	return -1;
}

struct roles *
roles_load(const char *weights, const char *cues, struct acm *words)
{
	struct roles *ro = xcalloc(1, sizeof *ro);
	struct buf where = BUF_INIT;
	size_t i;
	int k, bad = 0, have_threshold = 0;

	if ((ro->weights = lex_load(weights)) == NULL ||
	    (ro->cuelex = lex_load(cues)) == NULL) {
		roles_free(ro);
		return NULL;
	}
	for (i = 0; i < ro->weights->n; i++) {
		const struct lex_entry *e = &ro->weights->entries[i];
		const char *name = lex_get(ro->weights, e, "signal");
		char *end;
		long w = strtol(lex_get(ro->weights, e, "weight"), &end, 10);

		if (*end != '\0' || end == lex_get(ro->weights, e, "weight")) {
			msg_error("%s:%u: weight is not a whole number", ro->weights->path, e->line);
			bad = 1;
		} else if (strcmp(name, "threshold") == 0) {
			ro->threshold = (int)w;
			have_threshold = 1;
		} else if (ro->nsig == ROLES_MAX_SIGNALS) {
			msg_error("%s:%u: more than %d signals", ro->weights->path, e->line,
			    ROLES_MAX_SIGNALS);
			bad = 1;
		} else {
			if (strcmp(lex_get(ro->weights, e, "caption"), "yes") == 0)
				ro->caption |= (uint64_t)1 << ro->nsig;
			ro->name[ro->nsig] = name;
			ro->weight[ro->nsig++] = (int)w;
		}
	}
	if (!have_threshold) {
		msg_error("%s: no \"threshold\" row", ro->weights->path);
		bad = 1;
	}
	for (k = 0; k < SIG_BUILTIN; k++)
		if ((ro->builtin[k] = signal_index(ro, builtin_names[k])) < 0) {
			msg_error("%s: no weight for signal \"%s\"", ro->weights->path,
			    builtin_names[k]);
			bad = 1;
		}
	ro->cues = xcalloc(ro->cuelex->n ? ro->cuelex->n : 1, sizeof *ro->cues);
	ro->index = clean_index_new();
	for (i = 0; i < ro->cuelex->n; i++) {
		const struct lex_entry *e = &ro->cuelex->entries[i];
		struct cue *c = &ro->cues[ro->ncue];
		const char *sig = lex_get(ro->cuelex, e, "signal");

		buf_reset(&where);
		buf_addf(&where, "%s:%u", ro->cuelex->path, e->line);
		if ((c->sig = signal_index(ro, sig)) < 0) {
			msg_error("%s: signal \"%s\" has no row in %s", where.data, sig,
			    ro->weights->path);
			bad = 1;
			continue;
		}
		c->words = atoi(lex_get(ro->cuelex, e, "words"));
		if ((c->re = clean_regex(lex_get(ro->cuelex, e, "pattern"), PCRE2_CASELESS,
		    where.data)) == NULL) {
			bad = 1;
			continue;
		}
		c->needs = clean_needs_parse(lex_get(ro->cuelex, e, "needs"), words);
		clean_prefilter_init(&c->pf, lex_get(ro->cuelex, e, "pattern"), PCRE2_CASELESS, c->re);
		if (clean_reach_init(&c->reach, lex_get(ro->cuelex, e, "pattern"), PCRE2_CASELESS,
		    lex_get(ro->cuelex, e, "needs"), c->needs, lex_get(ro->cuelex, e, "reach"),
		    where.data) < 0) {
			pcre2_code_free(c->re);
			free(c->needs);
			bad = 1;
			continue;
		}
		clean_index_add(ro->index, (int)ro->ncue, lex_get(ro->cuelex, e, "pattern"), NULL,
		    c->needs);
		ro->ncue++;
	}

	buf_release(&where);
	if (bad) {
		roles_free(ro);
		return NULL;
	}
	return ro;
}

void
roles_free(struct roles *ro)
{
	size_t i;

	if (ro == NULL)
		return;
	for (i = 0; i < ro->ncue; i++) {
		pcre2_code_free(ro->cues[i].re);
		free(ro->cues[i].needs);
		clean_reach_free(&ro->cues[i].reach);
	}
	free(ro->cues);
	clean_index_free(ro->index);
	lex_free(ro->weights);
	lex_free(ro->cuelex);
	free(ro);
}

/* ---- signals of shape ---- */

static int
ends_sentence(const struct cline *l)
{
	size_t len = l->len;

	while (len > 0 && strchr("\"')] ", l->s[len - 1]))
		len--;
	while (len >= 3 && (memcmp(l->s + len - 3, "\xE2\x80\x9D", 3) == 0 ||
	    memcmp(l->s + len - 3, "\xE2\x80\x99", 3) == 0))
		len -= 3;	/* ” ’ */
	if (len == 0)
		return 0;
	return strchr(".!?:", l->s[len - 1]) != NULL ||
	    (len >= 3 && memcmp(l->s + len - 3, "\xE2\x80\xA6", 3) == 0);
}

static int
opens_quote(const struct cline *l)
{
	return l->s[0] == '"' || l->s[0] == '\'' ||
	    strncmp(l->s, "\xE2\x80\x9C", 3) == 0 ||	/* “ */
	    strncmp(l->s, "\xE2\x80\x98", 3) == 0 ||	/* ‘ */
	    strncmp(l->s, "\xC2\xAB", 2) == 0;		/* « */
}

/*
 * Does b begin with the whole of a (ASCII case aside) and add at most a
 * dozen words to it: a caption and then the same caption with its credit?
 */
static int
echoes(const struct cline *a, const struct cline *b)
{
	return a->len >= 20 && b->len > a->len && strncasecmp(a->s, b->s, a->len) == 0 &&
	    b->words - a->words <= 12;
}

/* The same words twice: "Jane Roe Jane Roe". */
static int
doubled_words(const struct cline *l)
{
	size_t half;

	if (l->words < 2 || l->words > 16 || l->words % 2 || l->len % 2 == 0)
		return 0;
	half = l->len / 2;
	return l->s[half] == ' ' && strncasecmp(l->s, l->s + half + 1, half) == 0;
}

/* Does l open with a footnote's mark, a superscript number ("¹ ", "²³")
 * or one in brackets ("[3] "), and go on in words? */
static int
footnote_mark(const struct cline *l)
{
	const unsigned char *s = (const unsigned char *)l->s;
	size_t i = 0;

	if (s[0] == '[') {
		for (i = 1; i < 4 && isdigit(s[i]); i++)
			;
		if (i == 1 || s[i] != ']')
			return 0;
		i++;
	} else {
		/* ¹ ² ³: C2 B9, B2, B3; ⁰ and ⁴ to ⁹: E2 81 B0, B4 to B9 */
		for (;;) {
			if (s[i] == 0xC2 && (s[i + 1] == 0xB9 || s[i + 1] == 0xB2 || s[i + 1] == 0xB3))
				i += 2;
			else if (s[i] == 0xE2 && s[i + 1] == 0x81 && (s[i + 2] == 0xB0 ||
			    (s[i + 2] >= 0xB4 && s[i + 2] <= 0xB9)))
				i += 3;
			else
				break;
		}
		if (i == 0)
			return 0;
	}
	while (s[i] == ' ')
		i++;
	return isalpha(s[i]) || s[i] >= 0x80;
}

/* Could the line be one item of a list of links: short, no sentence end,
 * opening with a capital, a digit or a list mark? */
static inline int
list_item(const struct cline *l)
{
	unsigned char c = (unsigned char)l->s[0];

	if (l->blank || l->para || l->words < 1 || l->words > 16 || ends_sentence(l))
		return 0;
	return isupper(c) || isdigit(c) || c >= 0x80 || c == '-' || c == '*';
}

/* Could line i be an item of a list set apart by blank lines? */
static inline int
gap_item(const struct cdoc *d, size_t i)
{
	const struct cline *l = &d->lines[i];

	return list_item(l) && !l->byline && !l->dateish && (long)i != d->title;
}

/* Does l open with a list mark: "• ", "- ", "* ", "· ", "▪ ", "► "? */
static int
bulleted(const struct cline *l)
{
	static const char *const marks[] = {
		"\xE2\x80\xA2 ", "- ", "* ", "\xC2\xB7 ", "\xE2\x96\xAA ", "\xE2\x96\xBA ", NULL
	};
	int k;

	for (k = 0; marks[k]; k++)
		if (strncmp(l->s, marks[k], strlen(marks[k])) == 0)
			return 1;
	return 0;
}

/*
 * The lines of d in ASCII lower case, made on the first call and kept in
 * *low (the caller frees it): line j's copy is at low + (its s - d->buf).
 * strstr() on them finds a word in any case as strcasestr() does in the
 * C locale, at a fraction of the cost: recaps() looks for every word of
 * a bulleted line in every line of prose below it.
 */
static const char *
lowered(const struct cdoc *d, char **low)
{
	size_t n;

	if (*low == NULL) {
		/* the lines lie in order in d->buf, each NUL-terminated */
		n = d->n ? (size_t)(d->lines[d->n - 1].s - d->buf) + d->lines[d->n - 1].len + 1 : 1;
		*low = xmalloc(n);
		clean_lower(d->buf, d->n ? n : 0, *low);
	}
	return *low;
}

/*
 * Does the bulleted line l repeat the article's facts: are four in five
 * of its words of four letters or more (at least three of them) found in
 * the prose of d below it?  A story's highlights do; an article's own
 * list goes on with facts of its own.  low: as lowered() keeps it.
 */
static int
recaps(const struct cdoc *d, const struct cline *l, long from, char **low)
{
	char word[64];
	size_t i = 0, t, k;
	long j;
	int n = 0, found = 0;

	while (i < l->len) {
		for (t = i; t < l->len && l->s[t] != ' '; t++)
			;
		for (k = i; k < t && isalnum((unsigned char)l->s[k]); k++)
			;
		if (k - i >= 4 && k - i < sizeof word) {
			clean_lower(l->s + i, k - i, word);
			word[k - i] = '\0';
			n++;
			for (j = from; j < (long)d->n; j++)
				if (!d->lines[j].drop && d->lines[j].para &&
				    strstr(lowered(d, low) + (d->lines[j].s - d->buf), word)) {
					found++;
					break;
				}
		}
		i = t + 1;
	}
	return n >= 3 && found * 5 >= n * 4;
}

/* ---- scoring ---- */

/* Drop l when its signals reach the threshold: a caption when one of them
 * says so. */
static void
judge(const struct roles *ro, struct cline *l)
{
	if (l->drop || l->score < ro->threshold)
		return;
	clean_drop(l, CLEAN_WHY_ROLES);
	if ((l->sig & ro->caption) && !l->dateish)	/* "10:12 GMT+9 (KST)" is a stamp */
		l->caption = 1;
}

static void
add(const struct roles *ro, struct cline *l, int sig)
{
	uint64_t bit = (uint64_t)1 << sig;

	if (l->sig & bit)
		return;
	l->sig |= bit;
	l->score += ro->weight[sig];
}

/* The signals of line i on its own and with its neighbours; cand has
 * the room of clean_index_room(). */
static void
own_signals(const struct roles *ro, const struct clean_rules *r,
	    const struct cdoc *d, size_t i, int *cand)
{
	struct cline *l = &d->lines[i];
	const int *b = ro->builtin;
	long p = clean_next_nonblank(d, (long)i, -1), n = clean_next_nonblank(d, (long)i, 1);
	const uint64_t *hits = clean_line_hits(d, i);
	const int *ix;

	if (l->words <= 12)
		add(ro, l, b[SIG_SHORT]);
	if (!ends_sentence(l))
		add(ro, l, b[SIG_OPEN]);
	else if (l->para)
		add(ro, l, b[SIG_PROSE]);
	if (opens_quote(l))
		add(ro, l, b[SIG_QUOTED]);
	if (l->headline)
		add(ro, l, b[SIG_HEADLINE]);
	if ((n >= 0 && n == (long)i + 1 && echoes(l, &d->lines[n])) ||
	    (p >= 0 && p + 1 == (long)i && echoes(&d->lines[p], l)))
		add(ro, l, b[SIG_ECHO]);
	if ((i == 0 || d->lines[i - 1].blank) && (i + 1 == d->n || d->lines[i + 1].blank))
		add(ro, l, b[SIG_LONE]);
	if (l->dateish)
		add(ro, l, b[SIG_STAMP]);
	if (doubled_words(l))
		add(ro, l, b[SIG_DOUBLE]);
	if (clean_fields_bar(l))
		add(ro, l, b[SIG_FIELDS]);
	if ((l->s[0] == '[' || (unsigned char)l->s[0] == 0xC2 || (unsigned char)l->s[0] == 0xE2) &&
	    footnote_mark(l))
		add(ro, l, b[SIG_FOOTNOTE]);
	clean_index_find(ro->index, l->s, l->len, hits, cand);
	for (ix = cand; *ix >= 0; ix++) {
		const struct cue *c = &ro->cues[*ix];

		if ((c->words == 0 || l->words <= c->words) && !(l->sig & ((uint64_t)1 << c->sig)) &&
		    clean_prefilter_may(&c->pf, l->s, l->len) &&
		    clean_needs_met(hits, c->needs) &&
		    clean_reach_exec(&c->reach, c->re, r, d, i, 0) >= 0)
			add(ro, l, c->sig);
	}
}

/* Was l dropped as the page's furniture (not as the headline or a byline,
 * which the article's text follows)? */
static int
dropped_furniture(const struct cline *l)
{
	/* a separator ("* * *", "----") parts the article's own sections */
	return l->drop && !l->byline && !l->dateish && l->why &&
	    strcmp(l->why, "headline") != 0 && strcmp(l->why, "before the headline") != 0 &&
	    strcmp(l->why, "separator") != 0;
}

/* Is line i kept prose, the article's running text? */
static int
kept_prose(const struct cline *l)
{
	return !l->blank && !l->drop && l->para && !l->byline && !l->dateish;
}

void
clean_roles(struct cdoc *d, const struct clean_rules *r)
{
	const struct roles *ro = r->roles;
	size_t i;
	int *cand = xmalloc(clean_index_room(ro->index) * sizeof *cand);

	for (i = 0; i < d->n; i++) {
		struct cline *l = &d->lines[i];

		if (l->blank || l->drop)
			continue;
		own_signals(ro, r, d, i, cand);
		judge(ro, l);
	}
	free(cand);
}

void
clean_roles_place(struct cdoc *d, const struct clean_rules *r)
{
	const struct roles *ro = r->roles;
	const int *b = ro->builtin;
	size_t i, j, k;
	long first = -1, last = -1, p, n;
	unsigned char *quote;
	char *low = NULL;	/* lowered(): the lines in lower case */

	/* Runs of short lines without sentence ends: lists of links. */
	for (i = 0; i < d->n; i = j) {
		for (j = i; j < d->n && list_item(&d->lines[j]); j++)
			;
		for (k = i; j - i >= 3 && k < j; k++)
			add(ro, &d->lines[k], b[SIG_RUN]);
		if (j == i)
			j = i + 1;
	}
	/* A page copied with a blank line after every line sets the items
	 * of its lists apart by them: three or more items, each one blank
	 * line from the next, are a run too.  The headline, a byline or a
	 * stamp is no item of such a run (the headline, its standfirst and
	 * the byline stand so). */
	for (i = 0; i < d->n; i = j + 1) {
		size_t items = 1;

		j = i;
		if (i + 2 >= d->n || !d->lines[i + 1].blank || !gap_item(d, i))
			continue;
		while (j + 2 < d->n && d->lines[j + 1].blank && gap_item(d, j + 2)) {
			j += 2;
			items++;
		}
		for (k = i; items >= 3 && k <= j; k += 2)
			add(ro, &d->lines[k], b[SIG_RUN]);
	}
	/* Round 2: the place of what is left against the prose.  The body
	 * runs from the first to the last line of prose that would stay even
	 * there (a caption is a sentence too: its verb and date above the
	 * body make it one). */
	for (i = 0; i < d->n; i++) {
		const struct cline *l = &d->lines[i];

		if (kept_prose(l) && l->score + ro->weight[b[SIG_TOP]] < ro->threshold &&
		    first < 0 && !(bulleted(l) && recaps(d, l, (long)i + 1, &low)))
			first = (long)i;
		if (kept_prose(l) && l->score + ro->weight[b[SIG_END]] < ro->threshold)
			last = (long)i;
	}
	if (first < 0 || last < 0) {
		free(low);
		return;
	}
	quote = xmalloc(d->n ? d->n : 1);
	clean_find_pullquotes(d, quote);
	for (i = 0; i < d->n; i++) {
		struct cline *l = &d->lines[i];

		if (l->blank || l->drop)
			continue;
		if (quote[i] && (long)i > first && (long)i < last)
			add(ro, l, b[SIG_PULLQUOTE]);
		if ((long)i < first) {
			add(ro, l, b[SIG_TOP]);
			if (bulleted(l) && recaps(d, l, first, &low))
				add(ro, l, b[SIG_RECAP]);
		} else if ((long)i > last)
			add(ro, l, b[SIG_END]);
		else if (!kept_prose(l) && (p = clean_next_nonblank(d, (long)i, -1)) >= 0 &&
		    kept_prose(&d->lines[p]) && (n = clean_next_nonblank(d, (long)i, 1)) >= 0 &&
		    kept_prose(&d->lines[n]))
			add(ro, l, b[SIG_BETWEEN]);
		if ((i > 0 && dropped_furniture(&d->lines[i - 1])) ||
		    (i + 1 < d->n && dropped_furniture(&d->lines[i + 1])))
			add(ro, l, b[SIG_BESIDE]);
		judge(ro, l);
	}
	free(quote);
	free(low);
}

int
roles_near(const struct clean_rules *r, const struct cline *l)
{
	return l->score > 0 && 2 * l->score >= r->roles->threshold;
}

void
roles_describe(const struct clean_rules *r, const struct cline *l, struct buf *out)
{
	const struct roles *ro = r->roles;
	int k, any = 0;

	buf_adds(out, "line roles:");
	for (k = 0; k < ro->nsig; k++) {
		if (!(l->sig & ((uint64_t)1 << k)))
			continue;
		buf_addf(out, "%s%s %+d", any ? ", " : " ", ro->name[k], ro->weight[k]);
		any = 1;
	}
	buf_addf(out, " = %d", l->score);
}
