/*
 * clean-match.c: the matching of patterns and words that the passes of
 * captive-clean share: PCRE2 patterns compiled once (UTF, Unicode
 * properties, JIT) and matched without a second UTF-8 check, a test of
 * what a match must begin with before a pattern is called, and the
 * lexicons' phrases and needed words found in each line in one pass (an
 * Aho-Corasick automaton of them all, lib/acm.c, built once).  A line
 * meets some hundred patterns and phrases, nearly all of which fail:
 * failing them cheaply is most of the stage's speed on plain text.  One
 * substring search per phrase or word per line was a fifth of the
 * stage's time; the one pass costs a table lookup a byte.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include "acm.h"
#include "buf.h"
#include "msg.h"
#include "clean.h"

/* s[0..len) in ASCII lower case into low (len bytes), as tolower() in the C locale. */
void
clean_lower(const char *s, size_t len, char *low)
{
	size_t i = 0;
	uint64_t w;

#if defined(__SSE2__) && defined(__GNUC__)
	/* sixteen at a time where SSE2 is (every x86-64): a capital is a
	 * byte that less 'A' is at most 'Z' - 'A' (unsigned); it gains the
	 * case bit.  The whole text is lowered once a document. */
	{
		const __m128i a = _mm_set1_epi8('A'), z = _mm_set1_epi8('Z' - 'A'),
		    bit5 = _mm_set1_epi8(0x20);

		for (; i + 16 <= len; i += 16) {
			__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
			__m128i d = _mm_sub_epi8(x, a);
			__m128i up = _mm_cmpeq_epi8(_mm_min_epu8(d, z), d);

			_mm_storeu_si128((__m128i *)(void *)(low + i),
			    _mm_or_si128(x, _mm_and_si128(up, bit5)));
		}
	}
#endif
	for (; i + 8 <= len; i += 8) {	/* eight at a time (each byte alone) */
		memcpy(&w, s + i, 8);
		w = clean_fold8(w);
		memcpy(low + i, &w, 8);
	}
	for (; i < len; i++)
		low[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + ('a' - 'A') : s[i]);
}

int *
clean_needs_parse(const char *s, struct acm *words)
{
	size_t n = strlen(s), i, start, k = 0;
	int *ids;

	if (n == 0)
		return NULL;
	/* "told|interview": each word's id in words, -1 after the last
	 * (a word that is no word, "||", is passed over) */
	ids = xmalloc((n + 2) / 2 * sizeof *ids + sizeof *ids);
	for (i = 0; i <= n; i = start + 1) {
		start = i + strcspn(s + i, "|");
		if (start == i || start - i > 250)
			continue;
		ids[k++] = acm_add(words, s + i, start - i);
	}
	ids[k] = -1;
	return ids;
}

int
clean_caseeq(const char *s, const char *low, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if ((char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c) != low[i])
			return 0;
	}
	return 1;
}

void
clean_find_words(struct cdoc *d, const struct clean_rules *r)
{
	size_t i, n, w = acm_setwords(r->words);
	const char **s = xmalloc((d->n + 1) * sizeof *s);
	size_t *len = xmalloc((d->n + 1) * sizeof *len);

	d->setw = w;
	d->hits = xcalloc(d->n ? d->n * w : 1, sizeof *d->hits);
	/* all lines in one call, several scanned at once (a blank line has
	 * no words: its set stays empty) */
	for (i = 0; i < d->n; i++) {
		s[i] = d->lines[i].s;
		len[i] = d->lines[i].blank ? 0 : d->lines[i].len;
	}
	acm_scan_many(r->words, d->n, s, len, d->hits);
	free(s);
	free(len);
	/* the lines lie in order in d->buf, each NUL-terminated */
	n = d->n ? (size_t)(d->lines[d->n - 1].s - d->buf) + d->lines[d->n - 1].len + 1 : 0;
	d->low = xmalloc(n ? n : 1);
	clean_lower(d->buf, n, d->low);
}

/* Set the bit of byte c in a 256-bit set. */
static void
set_bit(uint8_t *set, unsigned c)
{
	set[c >> 3] |= (uint8_t)(1u << (c & 7));
}

/*
 * The bytes a match of re (unanchored) can begin with, as PCRE2 tells
 * them, into first (a bit per byte): 1, or 0 when it does not tell.
 */
static int
first_bytes(const pcre2_code *re, uint8_t *first)
{
	uint32_t type = 0, unit = 0;
	const uint8_t *bitmap = NULL;

	memset(first, 0, 32);
	pcre2_pattern_info(re, PCRE2_INFO_FIRSTCODETYPE, &type);
	if (type == 1) {
		pcre2_pattern_info(re, PCRE2_INFO_FIRSTCODEUNIT, &unit);
		/* its other case too: PCRE2 does not say whether it is
		 * caseless; a byte beyond ASCII may have another case that
		 * begins with another byte, so none is tested */
		if (unit >= 0x80)
			return 0;
		set_bit(first, unit);
		if (isalpha((int)unit)) {
			set_bit(first, (unsigned)tolower((int)unit));
			set_bit(first, (unsigned)toupper((int)unit));
		}
		return 1;
	}
	if (pcre2_pattern_info(re, PCRE2_INFO_FIRSTBITMAP, &bitmap) == 0 && bitmap != NULL) {
		memcpy(first, bitmap, 32);
		return 1;
	}
	return 0;
}

/*
 * pattern with the Unicode properties \p{Lu}, \p{L} and \p{N} outside a
 * class written as their ASCII characters or any other ("\p{Lu}":
 * "(?:[A-Z]|[^\x00-\x7F])"), into out: a pattern whose matches begin
 * with the bytes those of pattern begin with, and more (a character
 * beyond ASCII begins with a byte of 0xC2 or more, whichever it is), of
 * which PCRE2 tells the first bytes.  Inside a class a property stays as
 * it is.  0, or -1 for a pattern this reading does not follow: \Q...\E,
 * extended mode.
 */
static int
widen_properties(const char *p, unsigned options, struct buf *out)
{
	static const struct { const char *name, *ascii; } prop[] = {
		{ "\\p{Lu}", "A-Z" }, { "\\p{L}", "A-Za-z" }, { "\\p{N}", "0-9" },
	};
	int in_class = 0;
	size_t k, n;

	if (options & PCRE2_EXTENDED)
		return -1;
	while (*p != '\0') {
		if (p[0] == '(' && p[1] == '?' && p[2 + strspn(p + 2, "imnsJU-")] == 'x')
			return -1;	/* (?x) */
		if (p[0] == '\\') {
			for (k = 0; !in_class && k < sizeof prop / sizeof prop[0]; k++)
				if (strncmp(p, prop[k].name, n = strlen(prop[k].name)) == 0) {
					buf_addf(out, "(?:[%s]|[^\\x00-\\x7F])", prop[k].ascii);
					p += n;
					break;
				}
			if (!in_class && k < sizeof prop / sizeof prop[0])
				continue;
			if (p[1] == '\0' || p[1] == 'Q')
				return -1;
			buf_add(out, p, 2);	/* any other escape, as it is */
			p += 2;
			continue;
		}
		if (in_class && p[0] == '[' && p[1] == ':' && (n = strcspn(p, "]")) > 0 &&
		    p[n] == ']') {
			buf_add(out, p, n + 1);	/* [:alpha:] */
			p += n + 1;
			continue;
		}
		if (!in_class && p[0] == '[') {
			in_class = 1;
			n = 1 + (p[1] == '^');
			n += p[n] == ']';	/* a "]" first is one of the class */
			buf_add(out, p, n);
			p += n;
			continue;
		}
		if (in_class && p[0] == ']')
			in_class = 0;
		buf_add(out, p, 1);
		p++;
	}
	return 0;
}

/*
 * The bytes a match of pattern (compiled as re) can begin with, into
 * first: as PCRE2 tells them, or where it tells none (a pattern that opens
 * on a Unicode property: "\p{Lu}[\p{L}.'-]* reported"), as it tells them
 * of widen_properties() of pattern.  1, or 0 when neither tells.
 */
static int
first_bytes_of(const char *pattern, unsigned options, const pcre2_code *re, uint8_t *first)
{
	struct buf wide = BUF_INIT;
	pcre2_code *w;
	PCRE2_SIZE off;
	int err, ok = 0;

	if (first_bytes(re, first))
		return 1;
	if (widen_properties(pattern, options, &wide) == 0 &&
	    (w = pcre2_compile((PCRE2_SPTR)wide.data, wide.len, PCRE2_UTF | PCRE2_UCP | options,
	    &err, &off, NULL)) != NULL) {
		ok = first_bytes(w, first);
		pcre2_code_free(w);
	}
	buf_release(&wide);
	return ok;
}

void
clean_prefilter_init(struct clean_prefilter *pf, const char *pattern, unsigned options,
		     const pcre2_code *re)
{
	uint32_t all = 0, minlen = 0;
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
	if (loose != NULL)
		pf->firstset = first_bytes_of(rest.data, options, loose, pf->first);
	pcre2_code_free(loose);
	buf_release(&rest);
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
	/* JIT code is made at the pattern's first match (clean_exec), not
	 * here: most of the start's cost was JIT-compiling patterns that a
	 * run never tries (the HTML rules on plain text, cues whose needed
	 * words no line holds). */
	return re;
}

/*
 * May patterns be JIT-compiled?  An optional speed-up.  Memcheck cannot
 * follow JIT code (it reports uninitialised values in it that are not),
 * so make memcheck turns it off with CAPTIVE_NO_JIT.  Asked once.
 */
static int jit_state = -1;	/* -1: not asked yet; 0: no; 1: yes */

static int
jit_wanted(void)
{
	if (jit_state < 0)
		jit_state = getenv("CAPTIVE_NO_JIT") == NULL;
	return jit_state;
}

static void
jit_off(void)
{
	jit_state = 0;
}

int
clean_exec(const pcre2_code *re, const char *s, size_t len, size_t start,
	   pcre2_match_data *md)
{
	int rc;

	/* JIT code called straight, past pcre2_match's checks of its
	 * arguments (a tenth of a failing call's cost); a pattern without
	 * it (CAPTIVE_NO_JIT, no JIT on the machine) says so and goes the
	 * long way */
	rc = pcre2_jit_match(re, (PCRE2_SPTR)s, len, start, 0, md, NULL);
	if (rc != PCRE2_ERROR_JIT_BADOPTION)
		return rc;
	/* No JIT code yet: made now, at the pattern's first match, which
	 * keeps it from then on.  re came from clean_regex() writable; only
	 * its JIT code is added.  When JIT cannot be had (no JIT on the
	 * machine, no memory for it), no pattern asks again: the long way
	 * for every one not JIT-compiled yet. */
	if (jit_wanted()) {
		if (pcre2_jit_compile((pcre2_code *)re, PCRE2_JIT_COMPLETE) == 0)
			return pcre2_jit_match(re, (PCRE2_SPTR)s, len, start, 0, md, NULL);
		jit_off();
	}
	return pcre2_match(re, (PCRE2_SPTR)s, len, start, CLEAN_MATCH_OPTS, md, NULL);
}

int
clean_match(const pcre2_code *re, pcre2_match_data *md, const char *s,
	    size_t len, size_t *so, size_t *eo)
{
	PCRE2_SIZE *ov;

	if (clean_exec(re, s, len, 0, md) < 0)
		return 0;
	ov = pcre2_get_ovector_pointer(md);
	if (so)
		*so = ov[0];
	if (eo)
		*eo = ov[1];
	return 1;
}

int
clean_reach_init(struct clean_reach *rc, const char *pattern, unsigned options,
		 const char *needs, const int *ids, const char *reach, const char *where)
{
	char *end;
	long n;
	size_t i, k, w;

	memset(rc, 0, sizeof *rc);
	if (*reach == '\0')
		return 0;
	n = strtol(reach, &end, 10);
	if (*end != '\0' || n < 0 || n > 20)
		return msg_error("%s: reach must be a whole number from 0 to 20", where);
	if (ids == NULL)
		return msg_error("%s: a reach needs needed words to reach from", where);
	rc->on = 1;
	rc->reach = (int)n;
	/* whether it is anchored, and the bytes it can begin with, from the
	 * pattern as it is (PCRE2 keeps no first bytes of an anchored one) */
	{
		PCRE2_SIZE off;
		uint32_t all = 0;
		int err;
		pcre2_code *re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
		    PCRE2_UTF | PCRE2_UCP | options, &err, &off, NULL);

		if (re == NULL)
			return msg_error("%s: bad pattern at offset %zu", where, (size_t)off);
		pcre2_pattern_info(re, PCRE2_INFO_ALLOPTIONS, &all);
		rc->atstart = (all & PCRE2_ANCHORED) != 0;
		rc->firstset = first_bytes_of(pattern, options, re, rc->first);
		pcre2_code_free(re);
	}
	/* no start optimization: before each try PCRE2 would look for a
	 * byte every match holds (the ":" of "Photo: ...") from the place to
	 * the line's end, on a long line more than all the tries cost */
	if (!rc->atstart && (rc->anchored = clean_regex(pattern,
	    options | PCRE2_ANCHORED | PCRE2_NO_START_OPTIMIZE, where)) == NULL)
		return -1;
	/* the words as clean_needs_parse() read them, in its order */
	for (k = 0; ids[k] >= 0; k++)
		;
	rc->words = xcalloc(k ? k : 1, sizeof *rc->words);
	rc->wlen = xcalloc(k ? k : 1, sizeof *rc->wlen);
	rc->ids = ids;
	for (i = 0, k = 0; needs[i] != '\0'; i += w + (needs[i + w] == '|')) {
		w = strcspn(needs + i, "|");
		if (w == 0 || w > 250)
			continue;
		rc->words[k] = xmalloc(w + 1);
		clean_lower(needs + i, w, rc->words[k]);
		rc->words[k][w] = '\0';
		rc->wlen[k++] = w;
	}
	rc->nwords = k;
	return 0;
}

void
clean_reach_free(struct clean_reach *rc)
{
	size_t i;

	for (i = 0; i < rc->nwords; i++)
		free(rc->words[i]);
	free(rc->words);
	free(rc->wlen);
	pcre2_code_free(rc->anchored);
	memset(rc, 0, sizeof *rc);
}

/* The start of the word that lies n spaces before s[at] (the line's start
 * when there are fewer). */
static size_t
words_back(const char *s, size_t at, int n)
{
	while (at > 0) {
		if (s[at - 1] != ' ') {
			at--;
			continue;
		}
		if (n-- == 0)
			break;
		while (at > 0 && s[at - 1] == ' ')
			at--;
	}
	return at;
}

/* The places of the needed words in a line, and the places a match may
 * begin at, at most this many looked at: a line of more (a list of the
 * word) is searched whole. */
#define REACH_MAX_AT 32
#define REACH_MAX_TRY 64

static int
by_place(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	return x < y ? -1 : x > y;
}

int
clean_reach_exec(const struct clean_reach *rc, const pcre2_code *re,
		 const struct clean_rules *r, const struct cdoc *d, size_t i, size_t start)
{
	const struct cline *l = &d->lines[i];
	const uint64_t *hits = clean_line_hits(d, i);
	const char *low = d->low + (l->s - d->buf), *p;
	size_t at[REACH_MAX_AT], try[REACH_MAX_TRY], nat = 0, ntry, k, from, pos;
	int rc_;

	if (!rc->on || acm_hit(hits, r->foldw[0]) || acm_hit(hits, r->foldw[1]))
		return clean_exec(re, l->s, l->len, start, r->md);
	/* every place of a needed word the line holds, from start on (the
	 * needed word of a match from start lies past start) */
	for (k = 0; k < rc->nwords; k++) {
		if (!acm_hit(hits, rc->ids[k]))
			continue;
		for (pos = start; pos + rc->wlen[k] <= l->len &&
		    (p = strstr(low + pos, rc->words[k])) != NULL;	/* the copy ends in a NUL */
		    pos = (size_t)(p - low) + 1) {
			if (nat == REACH_MAX_AT)
				return clean_exec(re, l->s, l->len, start, r->md);
			at[nat++] = (size_t)(p - low);
		}
	}
	qsort(at, nat, sizeof *at, by_place);
	if (rc->atstart)	/* one try, when the first needed word is near enough */
		return nat > 0 && start == 0 && words_back(l->s, at[0], rc->reach) == 0 ?
		    clean_exec(re, l->s, l->len, start, r->md) : PCRE2_ERROR_NOMATCH;
	/* each place a match can begin, once, in order: the bytes it can
	 * begin with, from reach words before a needed word to it */
	for (k = 0, from = start, ntry = 0; k < nat; k++) {
		pos = words_back(l->s, at[k], rc->reach);
		if (pos < from)
			pos = from;
		for (; pos <= at[k]; pos++) {
			unsigned c = (unsigned char)l->s[pos];

			if ((c & 0xC0) == 0x80 ||	/* inside a character */
			    (rc->firstset && !((rc->first[c >> 3] >> (c & 7)) & 1)))
				continue;
			/* a try costs some bytes' worth of a search: where they
			 * crowd (a long line of pages' furniture, every word a
			 * needed one), the one search is cheaper */
			if (ntry == REACH_MAX_TRY || ntry * 16 > l->len - start)
				return clean_exec(re, l->s, l->len, start, r->md);
			try[ntry++] = pos;
		}
		from = pos;
	}
	for (k = 0; k < ntry; k++)
		if ((rc_ = clean_exec(rc->anchored, l->s, l->len, try[k], r->md)) !=
		    PCRE2_ERROR_NOMATCH)
			return rc_;
	return PCRE2_ERROR_NOMATCH;
}
