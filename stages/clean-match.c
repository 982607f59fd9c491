/*
 * clean-match.c: the matching of patterns and words that the passes of
 * captive-clean share: PCRE2 patterns compiled once (UTF, Unicode
 * properties, JIT) and matched without a second UTF-8 check, a test of
 * what a match must begin with before a pattern is called, and words
 * found by their rarest byte.  A line meets some hundred patterns and
 * phrases, nearly all of which fail: failing them cheaply is most of the
 * stage's speed on plain text.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "buf.h"
#include "msg.h"
#include "clean.h"

/* s[0..len) in ASCII lower case into low (len bytes), as tolower() in the C locale. */
void
clean_lower(const char *s, size_t len, char *low)
{
	size_t i;

	for (i = 0; i < len; i++)
		low[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + ('a' - 'A') : s[i]);
}

/*
 * How common byte c is in English text in lower case, roughly (0 rare ..
 * 27 common): the rarest byte of a word is the one to look for first.
 * Bytes that are no letter (digits, punctuation, bytes of other scripts)
 * count as rare.
 */
static int
byte_rank(unsigned char c)
{
	static const char common[] = "zqjxkvbpygfwmucldrhsnioate ";	/* rare .. common */
	const char *p = c ? strchr(common, c) : NULL;

	return p ? (int)(p - common) + 1 : 0;
}

/* The index of the rarest byte of w[0..n), to look for first (see clean_holds). */
size_t
clean_rarest(const char *w, size_t n)
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
int
clean_holds(const char *low, size_t len, const char *w, size_t n, size_t k)
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
		w[o] = (char)(clean_rarest(w + o + 1, start - i) + 1);
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
		if (clean_holds(low, len, needs + 1, n, (size_t)(unsigned char)needs[0] - 1))
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
	/* An optional speed-up.  Memcheck cannot follow JIT code (it reports
	 * uninitialised values in it that are not), so make memcheck turns
	 * it off with CAPTIVE_NO_JIT. */
	if (getenv("CAPTIVE_NO_JIT") == NULL)
		pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
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
