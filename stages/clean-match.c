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
#include "acm.h"
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
	size_t i, w = acm_setwords(r->words);

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
clean_exec(const pcre2_code *re, const char *s, size_t len, size_t start,
	   pcre2_match_data *md)
{
	int rc;

	/* JIT code called straight, past pcre2_match's checks of its
	 * arguments (a tenth of a failing call's cost); a pattern without
	 * it (CAPTIVE_NO_JIT, no JIT on the machine) says so and goes the
	 * long way */
	rc = pcre2_jit_match(re, (PCRE2_SPTR)s, len, start, 0, md, NULL);
	if (rc == PCRE2_ERROR_JIT_BADOPTION)
		rc = pcre2_match(re, (PCRE2_SPTR)s, len, start, CLEAN_MATCH_OPTS, md, NULL);
	return rc;
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
