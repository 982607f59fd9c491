/*
 * clean-boiler.c: the boilerplate rules of schema/lexicons/boilerplate.tsv.
 *
 * Each rule is a phrase (exact line, prefix, contained) or a PCRE2 pattern,
 * an action (drop, caption, tail) and limits (at most N words, only a line
 * standing alone).  The first rule that matches a line decides.  The rules
 * are data: a new phrase is a line of the lexicon and a test, never a
 * recompile.  Each dropped line remembers the rule ("boilerplate.tsv:42"),
 * which --trace prints.
 */
#define _GNU_SOURCE	/* memmem */
#include <stdlib.h>
#include <ctype.h>
#include <string.h>
#include "buf.h"
#include "lex.h"
#include "msg.h"
#include "clean.h"

enum { MATCH_EXACT, MATCH_PREFIX, MATCH_CONTAINS, MATCH_REGEX };
enum { ACT_DROP, ACT_CAPTION, ACT_TAIL };

struct brule {
	int match, action, words, alone;
	const char *pat;	/* borrowed from the lexicon */
	size_t patlen;
	char *low;		/* pat in ASCII lower case (not MATCH_REGEX) */
	size_t exlen;		/* MATCH_EXACT: exact_len() of pat */
	size_t rare;		/* MATCH_CONTAINS: rarest() of low */
	pcre2_code *re;		/* MATCH_REGEX */
	struct clean_prefilter pf;	/* MATCH_REGEX */
	char *needs;		/* MATCH_REGEX: clean_needs_parse() of its needs, or NULL */
	char *why;		/* "boilerplate.tsv:42" */
};

/* Lines of more words than this share one list of rules (see by_words). */
#define BOILER_WORDS_MAX 64

struct boiler {
	struct lex *lex;
	struct brule *rules;
	size_t n;
	/*
	 * by_words[w]: the rules (their indexes, in the file's order, -1
	 * after the last) that apply to a line of w words, or of more than
	 * BOILER_WORDS_MAX for the last list.  Most rules are for short
	 * lines: a paragraph is tried against a few dozen, not all.
	 */
	int *by_words[BOILER_WORDS_MAX + 2];
};

/* The line without a final ':', '.', '|', '>', '…' and spaces: its length. */
static size_t
exact_len(const char *s, size_t len)
{
	for (;;) {
		if (len > 0 && strchr(":.|> ", s[len - 1]) != NULL)
			len--;
		else if (len >= 3 && memcmp(s + len - 3, "\xE2\x80\xA6", 3) == 0)
			len -= 3;	/* U+2026 … */
		else
			return len;
	}
}

/* s[0..len) in ASCII lower case into low (len bytes), as tolower() in the C locale. */
static void
lower_ascii(const char *s, size_t len, char *low)
{
	size_t i;

	for (i = 0; i < len; i++)
		low[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + ('a' - 'A') : s[i]);
}

void
clean_lower(const char *s, size_t len, char *low)
{
	lower_ascii(s, len, low);
}

/*
 * How common byte c is in English text, roughly (0 rare .. 9 common):
 * the rarest byte of a word is the one to look for first.
 */
static int
byte_rank(unsigned char c)
{
	static const char common[] = " etaoinshrdlu";
	const char *p = c ? strchr(common, c) : NULL;

	return p ? 9 - (int)((p - common) * 9 / (int)(sizeof common - 1)) : 0;
}

/* The index of the rarest byte of w[0..n), to look for first (see holds). */
static size_t
rarest(const char *w, size_t n)
{
	size_t k = 0, i;

	for (i = 1; i < n; i++)
		if (byte_rank((unsigned char)w[i]) < byte_rank((unsigned char)w[k]))
			k = i;
	return k;
}

/*
 * Does low[0..len) hold w[0..n)?  Found by its rarest byte, w[k], with
 * memchr() (which reads many bytes at a time), each hit checked whole:
 * faster than memmem() on lines of text, where a word's first byte is a
 * common letter.
 */
static int
holds(const char *low, size_t len, const char *w, size_t n, size_t k)
{
	const char *p, *end = low + len;

	if (n > len)
		return 0;
	for (p = low + k; p < end && (p = memchr(p, w[k], (size_t)(end - p))) != NULL; p++)
		if ((size_t)(p - low) >= k && (size_t)(end - (p - k)) >= n &&
		    memcmp(p - k, w, n) == 0)
			return 1;
	return 0;
}

char *
clean_needs_parse(const char *s)
{
	size_t n = strlen(s), i, o = 0, start;
	char *w;

	if (n == 0)
		return NULL;
	/* "told|interview" as "\1told\0\7interview\0\0": each word
	 * after the index + 1 of its rarest byte (words are short) */
	w = xmalloc(2 * n + 3);
	for (i = 0; i <= n; i = start + 1) {
		start = i + strcspn(s + i, "|");
		if (start == i || start - i > 250)
			continue;
		for (size_t j = i; j < start; j++)
			w[o + 1 + j - i] = (char)(s[j] >= 'A' && s[j] <= 'Z' ? s[j] + ('a' - 'A') : s[j]);
		w[o + 1 + start - i] = '\0';
		w[o] = (char)(rarest(w + o + 1, start - i) + 1);
		o += start - i + 2;
	}
	w[o] = '\0';
	return w;
}

int
clean_needs_met(const char *low, size_t len, const char *needs)
{
	size_t n;

	if (needs == NULL)
		return 1;
	for (; needs[0] != '\0'; needs += n + 2) {
		n = strlen(needs + 1);
		if (holds(low, len, needs + 1, n, (size_t)(unsigned char)needs[0] - 1))
			return 1;
	}
	return 0;
}

/* Set the bit of byte c in a 256-bit set. */
static void
set_bit(uint8_t *set, unsigned c)
{
	set[c >> 3] |= (uint8_t)(1u << (c & 7));
}

void
clean_prefilter_init(struct clean_prefilter *pf, const char *pattern, unsigned options,
		     const pcre2_code *re)
{
	uint32_t all = 0, type = 0, unit = 0, minlen = 0;
	const uint8_t *bitmap = NULL;
	pcre2_code *loose = NULL;
	const char *p = pattern;
	struct buf rest = BUF_INIT;
	PCRE2_SIZE off;
	int err;

	memset(pf, 0, sizeof *pf);
	pcre2_pattern_info(re, PCRE2_INFO_MINLENGTH, &minlen);
	pf->minlen = minlen;
	pcre2_pattern_info(re, PCRE2_INFO_ALLOPTIONS, &all);
	pf->anchored = (all & PCRE2_ANCHORED) != 0;
	if (!pf->anchored)
		return;		/* PCRE2 skips to a possible start itself */
	/*
	 * PCRE2 keeps no first bytes for an anchored pattern: compile it once
	 * more without its "^" (after any leading "(?i)"), only to ask which
	 * bytes a match can begin with.  Without a leading "^" (anchored
	 * some other way) there is no first-byte test.
	 */
	while (p[0] == '(' && p[1] == '?' && strspn(p + 2, "imnsxJU-") > 0 &&
	    p[2 + strspn(p + 2, "imnsxJU-")] == ')')
		p += 3 + strspn(p + 2, "imnsxJU-");
	if (*p != '^')
		return;
	buf_add(&rest, pattern, (size_t)(p - pattern));
	buf_adds(&rest, p + 1);
	loose = pcre2_compile((PCRE2_SPTR)rest.data, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_UCP | options, &err, &off, NULL);
	buf_release(&rest);
	if (loose == NULL)
		return;
	pcre2_pattern_info(loose, PCRE2_INFO_FIRSTCODETYPE, &type);
	if (type == 1) {
		pcre2_pattern_info(loose, PCRE2_INFO_FIRSTCODEUNIT, &unit);
		/* its other case too: PCRE2 does not say whether it is
		 * caseless; a byte beyond ASCII may have another case that
		 * begins with another byte, so none is tested */
		if (unit < 0x80) {
			set_bit(pf->first, unit);
			if (isalpha((int)unit)) {
				set_bit(pf->first, (unsigned)tolower((int)unit));
				set_bit(pf->first, (unsigned)toupper((int)unit));
			}
			pf->firstset = 1;
		}
	} else if (pcre2_pattern_info(loose, PCRE2_INFO_FIRSTBITMAP, &bitmap) == 0 &&
	    bitmap != NULL) {
		memcpy(pf->first, bitmap, sizeof pf->first);
		pf->firstset = 1;
	}
	pcre2_code_free(loose);
}

int
clean_prefilter_may(const struct clean_prefilter *pf, const char *s, size_t len)
{
	unsigned c;

	if (len < pf->minlen)	/* bytes, never fewer than characters */
		return 0;
	if (pf->firstset) {
		if (len == 0)
			return 0;
		c = (unsigned char)s[0];
		return (pf->first[c >> 3] >> (c & 7)) & 1;
	}
	return 1;
}

pcre2_code *
clean_regex(const char *pattern, unsigned options, const char *where)
{
	pcre2_code *re;
	PCRE2_SIZE off;
	int err;
	PCRE2_UCHAR msg[256];

	re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_UCP | options, &err, &off, NULL);
	if (re == NULL) {
		pcre2_get_error_message(err, msg, sizeof msg);
		msg_error("%s: bad pattern at offset %zu: %s", where, (size_t)off, (char *)msg);
		return NULL;
	}
	pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);	/* optional speed-up */
	return re;
}

int
clean_match(const pcre2_code *re, pcre2_match_data *md, const char *s,
	    size_t len, size_t *so, size_t *eo)
{
	PCRE2_SIZE *ov;

	if (pcre2_match(re, (PCRE2_SPTR)s, len, 0, CLEAN_MATCH_OPTS, md, NULL) < 0)
		return 0;
	ov = pcre2_get_ovector_pointer(md);
	if (so)
		*so = ov[0];
	if (eo)
		*eo = ov[1];
	return 1;
}

static int
field_index(const char *s, const char *const *names)
{
	int i;

	for (i = 0; names[i] != NULL; i++)
		if (strcmp(s, names[i]) == 0)
			return i;
	return -1;
}

struct boiler *
boiler_load(const char *name)
{
	static const char *const matches[] = { "exact", "prefix", "contains", "regex", NULL };
	static const char *const actions[] = { "drop", "caption", "tail", NULL };
	struct boiler *b;
	struct lex *l;
	const char *base;
	size_t i;
	int bad = 0;
	struct buf where = BUF_INIT;

	if ((l = lex_load(name)) == NULL)
		return NULL;
	base = strrchr(l->path, '/') ? strrchr(l->path, '/') + 1 : l->path;
	b = xcalloc(1, sizeof *b);
	b->lex = l;
	b->rules = xcalloc(l->n ? l->n : 1, sizeof *b->rules);
	for (i = 0; i < l->n; i++) {
		const struct lex_entry *e = &l->entries[i];
		struct brule *r = &b->rules[b->n];

		buf_reset(&where);
		buf_addf(&where, "%s:%u", l->path, e->line);
		r->match = field_index(lex_get(l, e, "match"), matches);
		r->action = field_index(lex_get(l, e, "action"), actions);
		r->pat = lex_get(l, e, "pattern");
		r->patlen = strlen(r->pat);
		r->words = atoi(lex_get(l, e, "words"));
		r->alone = strcmp(lex_get(l, e, "alone"), "yes") == 0;
		if (r->match < 0 || r->action < 0 || r->patlen == 0) {
			msg_error("%s: bad rule (match, pattern or action)", where.data);
			bad = 1;
			continue;
		}
		if (r->match == MATCH_REGEX &&
		    (r->re = clean_regex(r->pat, 0, where.data)) == NULL) {
			bad = 1;
			continue;
		}
		if (r->match == MATCH_REGEX) {
			r->needs = clean_needs_parse(lex_get(l, e, "needs"));
			clean_prefilter_init(&r->pf, r->pat, 0, r->re);
		}
		if (r->match != MATCH_REGEX) {
			r->low = xmalloc(r->patlen + 1);
			lower_ascii(r->pat, r->patlen + 1, r->low);
			r->exlen = exact_len(r->pat, r->patlen);
			r->rare = rarest(r->low, r->patlen);
		}
		buf_reset(&where);
		buf_addf(&where, "%s:%u", base, e->line);
		r->why = xstrdup(where.data);
		b->n++;
	}
	buf_release(&where);
	if (bad) {
		boiler_free(b);
		return NULL;
	}
	for (int w = 0; w <= BOILER_WORDS_MAX + 1; w++) {
		size_t k = 0;

		b->by_words[w] = xmalloc((b->n + 1) * sizeof *b->by_words[w]);
		for (i = 0; i < b->n; i++)
			if (b->rules[i].words == 0 || b->rules[i].words >= w)
				b->by_words[w][k++] = (int)i;
		b->by_words[w][k] = -1;
	}
	return b;
}

void
boiler_free(struct boiler *b)
{
	size_t i;

	if (b == NULL)
		return;
	for (i = 0; i < b->n; i++) {
		pcre2_code_free(b->rules[i].re);
		free(b->rules[i].needs);
		free(b->rules[i].low);
		free(b->rules[i].why);
	}
	free(b->rules);
	for (i = 0; i <= BOILER_WORDS_MAX + 1; i++)
		free(b->by_words[i]);
	lex_free(b->lex);
	free(b);
}

/*
 * The phrases match without regard to ASCII case, as strncasecmp() in the
 * C locale does (other bytes as they are): the line, lowered once
 * (low[0..l->len), its exact_len() exlen), against the lowered pattern.
 * A search with memmem() for each phrase, instead of a strncasecmp() at
 * every offset, is most of the speed of the text rules.
 */
static int
rule_matches(const struct brule *r, pcre2_match_data *md, const struct cline *l,
	     const char *low, size_t exlen)
{
	switch (r->match) {
	case MATCH_EXACT:
		return exlen == r->exlen && memcmp(low, r->low, exlen) == 0;
	case MATCH_PREFIX:
		return l->len >= r->patlen && memcmp(low, r->low, r->patlen) == 0;
	case MATCH_CONTAINS:
		return holds(low, l->len, r->low, r->patlen, r->rare);
	default:
		return clean_prefilter_may(&r->pf, l->s, l->len) &&
		    clean_needs_met(low, l->len, r->needs) &&
		    clean_match(r->re, md, l->s, l->len, NULL, NULL);
	}
}

/* Is line i alone: blank or the document's edge before and after it? */
static int
alone(const struct cdoc *d, size_t i)
{
	return (i == 0 || d->lines[i - 1].blank) &&
	    (i + 1 >= d->n || d->lines[i + 1].blank);
}

void
clean_apply_rules(struct cdoc *d, const struct clean_rules *cr)
{
	const struct boiler *b = cr->boiler;
	struct buf low = BUF_INIT;	/* the line in lower case */
	size_t i, j, k, exlen;
	const int *ix;
	int body_seen = 0;	/* lines of prose so far */

	for (i = 0; i < d->n; i++) {
		struct cline *l = &d->lines[i];

		if (l->blank || l->drop)
			continue;
		buf_reset(&low);
		buf_grow(&low, l->len);
		lower_ascii(l->s, l->len, low.data);
		exlen = exact_len(l->s, l->len);
		j = b->n;
		for (ix = b->by_words[l->words > BOILER_WORDS_MAX ? BOILER_WORDS_MAX + 1 :
		    l->words]; *ix >= 0; ix++) {
			const struct brule *r = &b->rules[*ix];

			if (r->words > 0 && l->words > r->words)
				continue;
			if (r->alone && !alone(d, i))
				continue;
			if (rule_matches(r, cr->md, l, low.data, exlen)) {
				j = (size_t)*ix;
				break;
			}
		}
		if (j == b->n) {
			body_seen += l->para;
			continue;
		}
		clean_drop(l, b->rules[j].why);
		if (b->rules[j].action == ACT_CAPTION) {
			l->caption = 1;
		} else if (b->rules[j].action == ACT_TAIL && body_seen >= 2) {
			/* The article is over: the rest is the page's.  Two
			 * paragraphs first, so that a promotion over a menu
			 * cannot end an article that has not begun. */
			l->tail = 1;
			for (k = i + 1; k < d->n; k++)
				clean_drop(&d->lines[k], b->rules[j].why);
			break;
		}
	}
	buf_release(&low);
}
