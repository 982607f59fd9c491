/*
 * clean-lines.c: a document as lines, and the passes that judge lines by
 * their shape and their place rather than by their words.
 *
 * The shape of a page's furniture is much the same on every site: menus of
 * "|"-separated items, separator rules, a caption printed twice (the image's
 * alt text and its caption run together), the same line repeated (a caption
 * over and under the image, a headline in the page title and the article),
 * short lines before the headline and between it and the first paragraph.
 * The article itself is running text: lines of prose ending in sentence
 * punctuation.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include "buf.h"
#include "clean.h"

/* Letters are ASCII letters and every non-ASCII byte (UTF-8 of letters). */
static int
is_wordch(unsigned char c)
{
	return isalnum(c) || c >= 0x80;
}

/* Does the token at s[i..len) (up to a space) hold a letter or digit? */
static int
token_has_word(const char *s, size_t len, size_t i)
{
	for (; i < len && s[i] != ' '; i++)
		if (is_wordch((unsigned char)s[i]))
			return 1;
	return 0;
}

/*
 * Tokens (parted by spaces) holding a letter or digit (is_wordch).  Every
 * line of every text is counted: eight bytes at a time, a token that
 * begins with a letter or digit (nearly all) counts by a mask of the
 * bytes after a space; one that begins otherwise ('"', '(', '-': a few a
 * paragraph) is read on to its end.
 */
int
clean_words(const char *s, size_t len)
{
	const uint64_t high = 0x8080808080808080ULL;
	uint64_t after = 0x80;	/* the byte before is a space or the line's start */
	size_t i = 0, n = 0;

#if defined(__SSE2__) && defined(__GNUC__)
	/*
	 * Sixteen bytes at a time where SSE2 is (every x86-64), the same
	 * count: a byte's bit in a 16-bit mask for each test, a letter or
	 * digit told by two range compares (a byte minus the range's start,
	 * unsigned, no more than its size), a byte of 0x80 or more by its
	 * sign bit.
	 */
	{
		const __m128i sp8 = _mm_set1_epi8(' '), zero = _mm_set1_epi8('0'),
		    nine = _mm_set1_epi8(9), a = _mm_set1_epi8('a'), z = _mm_set1_epi8(25),
		    bit5 = _mm_set1_epi8(0x20);
		unsigned prev = 1;	/* as after: the byte before is a space or none */

		for (; i + 16 <= len; i += 16) {
			__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
			__m128i d = _mm_sub_epi8(x, zero), l = _mm_sub_epi8(_mm_or_si128(x, bit5), a);
			unsigned sp = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, sp8));
			unsigned word = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(
			    _mm_cmpeq_epi8(_mm_min_epu8(d, nine), d),
			    _mm_cmpeq_epi8(_mm_min_epu8(l, z), l)), x));
			unsigned starts = (sp << 1 | prev) & ~sp & 0xFFFF, other = starts & ~word;

			/* the starts of words, counted as bits in pairs, fours,
			 * eights (no popcount instruction is assumed) */
			starts &= word;
			starts -= starts >> 1 & 0x5555;
			starts = (starts & 0x3333) + (starts >> 2 & 0x3333);
			starts = (starts + (starts >> 4)) & 0x0F0F;
			n += (starts + (starts >> 8)) & 0x1F;
			for (; other != 0; other &= other - 1)
				n += (size_t)token_has_word(s, len, i + (size_t)__builtin_ctz(other));
			prev = sp >> 15 & 1;
		}
		after = (uint64_t)prev << 7;
	}
#endif
	for (; i + 8 <= len; i += 8) {
		uint64_t w = clean_load8(s + i), sp = clean_eq8(w, ' ');
		uint64_t word = (clean_alnum8(w) | w) & high;
		uint64_t starts = (sp << 8 | after) & ~sp & high;
		uint64_t other = starts & ~word;

		n += clean_count8(starts & word);
		for (; other != 0; other &= other - 1)
			n += (size_t)token_has_word(s, len, i + clean_first8(other));
		after = sp >> 56;
	}
	for (; i < len; i++) {
		int sp = s[i] == ' ';

		if (after && !sp)
			n += (size_t)token_has_word(s, len, i);
		after = (uint64_t)sp;
	}
	return (int)n;
}

/* Length of s without closing quotes, brackets and spaces at its end. */
static size_t
strip_closers(const char *s, size_t len)
{
	for (;;) {
		if (len > 0 && strchr("\"')] ", s[len - 1]))
			len--;
		else if (len >= 3 && (memcmp(s + len - 3, "\xE2\x80\x9D", 3) == 0 ||
		    memcmp(s + len - 3, "\xE2\x80\x99", 3) == 0))
			len -= 3;	/* ” ’ */
		else if (len >= 2 && memcmp(s + len - 2, "\xC2\xBB", 2) == 0)
			len -= 2;	/* » */
		else
			return len;
	}
}

/* Does s end a sentence: . ! ? : or … before any closing quotes? */
static int
ends_sentence(const char *s, size_t len)
{
	len = strip_closers(s, len);
	if (len == 0)
		return 0;
	if (strchr(".!?:", s[len - 1]))
		return 1;
	return len >= 3 && memcmp(s + len - 3, "\xE2\x80\xA6", 3) == 0;
}

int
clean_is_para(const char *s, size_t len, int words)
{
	return words >= 15 || (words >= 6 && ends_sentence(s, len));
}

/* ASCII tests, as the C locale's isupper(), islower() and isalpha(). */
static inline int
upper_at(const char *s, size_t i)
{
	return (unsigned char)(s[i] - 'A') <= 'Z' - 'A';
}

static inline int
lower_at(const char *s, size_t i)
{
	return (unsigned char)(s[i] - 'a') <= 'z' - 'a';
}

static inline int
alpha_at(const char *s, size_t i)
{
	return (unsigned char)((s[i] | 0x20) - 'a') <= 'z' - 'a';
}

/*
 * The places in s[from..from + 16) of the bytes of the set that kind
 * names, a bit each (bit k: byte from + k): KIND_UPPER, 'A' to 'Z';
 * KIND_STOP, '.', '!' and '?'.  The tests below look only at such a
 * byte, a few in a line, not at every byte (a headline's shape is asked
 * of most lines).
 */
enum { KIND_UPPER, KIND_STOP };

static unsigned
marks16(const char *s, size_t from, int kind)
{
	unsigned m = 0;
	size_t k;

#if defined(__SSE2__) && defined(__GNUC__)
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + from));

	if (kind == KIND_UPPER) {
		__m128i d = _mm_sub_epi8(x, _mm_set1_epi8('A'));

		return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(d,
		    _mm_set1_epi8('Z' - 'A')), d));
	}
	return (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(
	    _mm_cmpeq_epi8(x, _mm_set1_epi8('.')), _mm_cmpeq_epi8(x, _mm_set1_epi8('!'))),
	    _mm_cmpeq_epi8(x, _mm_set1_epi8('?'))));
#endif
	for (k = 0; k < 16; k++)
		if (kind == KIND_UPPER ? upper_at(s, from + k) :
		    (s[from + k] == '.' || s[from + k] == '!' || s[from + k] == '?'))
			m |= 1u << k;
	return m;
}

/* Glue at s[i] (a capital): three small letters before it, one after. */
static int
glue_at(const char *s, size_t len, size_t i)
{
	return i >= 3 && i + 1 < len && lower_at(s, i + 1) && lower_at(s, i - 1) &&
	    lower_at(s, i - 2) && lower_at(s, i - 3);
}

int
clean_has_glue(const char *s, size_t len)
{
	size_t i = 0;
	unsigned m;

	for (; i + 16 <= len; i += 16)
		for (m = marks16(s, i, KIND_UPPER); m != 0; m &= m - 1)
			if (glue_at(s, len, i + (size_t)__builtin_ctz(m)))
				return 1;
	for (; i < len; i++)
		if (upper_at(s, i) && glue_at(s, len, i))
			return 1;
	return 0;
}

/* How many times c is in s[0..len) (memchr reads many bytes at a time). */
static size_t
count_char(const char *s, size_t len, char c)
{
	const char *p = s, *end = s + len;
	size_t n = 0;

	while (p < end && (p = memchr(p, c, (size_t)(end - p))) != NULL) {
		n++;
		p++;
	}
	return n;
}

/* A sentence ends at s[i] (a stop): a word of three letters before it,
 * a space and a capital after it. */
static int
ends_at(const char *s, size_t len, size_t i)
{
	return i >= 3 && i + 2 < len && s[i + 1] == ' ' && upper_at(s, i + 2) &&
	    alpha_at(s, i - 1) && alpha_at(s, i - 2) && alpha_at(s, i - 3);
}

/* Two or more sentences: a word of three letters, a stop, a capital. */
static int
many_sentences(const char *s, size_t len)
{
	size_t i = 0;
	unsigned m;

	for (; i + 16 <= len; i += 16)
		for (m = marks16(s, i, KIND_STOP); m != 0; m &= m - 1)
			if (ends_at(s, len, i + (size_t)__builtin_ctz(m)))
				return 1;
	for (; i < len; i++)
		if ((s[i] == '.' || s[i] == '!' || s[i] == '?') && ends_at(s, len, i))
			return 1;
	return 0;
}

/* Is there at s[i] "://", "www.", "|", " > " or "»"? */
static int
link_or_bar_at(const char *s, size_t len, size_t i)
{
	switch (s[i]) {
	case ':':
		return i + 3 <= len && s[i + 1] == '/' && s[i + 2] == '/';
	case 'w':
		return i + 4 <= len && memcmp(s + i, "www.", 4) == 0;
	case '|':
		return 1;
	case '>':
		return i > 0 && i + 1 < len && s[i - 1] == ' ' && s[i + 1] == ' ';
	case '\xC2':
		return i + 1 < len && s[i + 1] == '\xBB';
	default:
		return 0;
	}
}

/*
 * Does s[0..len) hold an address ("://", "www."), a bar ("|"), a
 * breadcrumb's " > " or a "»"?  One pass, sixteen bytes at a time where
 * SSE2 is, to the bytes that may begin one (four searches of the line
 * were a tenth of the splitting).
 */
static int
links_or_bars(const char *s, size_t len)
{
	size_t i = 0;

#if defined(__SSE2__) && defined(__GNUC__)
	for (; i + 16 <= len; i += 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(':')),
		    _mm_cmpeq_epi8(x, _mm_set1_epi8('w'))),
		    _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('|')),
		    _mm_cmpeq_epi8(x, _mm_set1_epi8('>')))),
		    _mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xC2))));

		for (; m != 0; m &= m - 1)
			if (link_or_bar_at(s, len, i + (size_t)__builtin_ctz(m)))
				return 1;
	}
#endif
	for (; i < len; i++)
		if (link_or_bar_at(s, len, i))
			return 1;
	return 0;
}

int
clean_headline_shape(const char *s, size_t len, int words)
{
	unsigned char c0 = (unsigned char)s[0], cl;

	if (words < 4 || words > 25 || len > 250)
		return 0;
	if (!(isupper(c0) || isdigit(c0) || c0 == '"' || c0 == '(' || c0 == '[' || c0 == '\'' ||
	    c0 >= 0x80))
		return 0;
	cl = (unsigned char)s[len - 1];
	if (cl == '.' || cl == ',' || cl == ';')
		return 0;
	if (links_or_bars(s, len))
		return 0;
	if (strncmp(s, "\xE2\x80\xA2", 3) == 0)	/* • */
		return 0;
	return !clean_has_glue(s, len) && !many_sentences(s, len);
}

/*
 * Three or more fields set apart by runs of spaces, not ending a
 * sentence, none longer than a few words: a bar of a page's sections or
 * controls copied as it stood ("World  U.S.  Politics  Business").
 */
int
clean_fields_bar(const struct cline *l)
{
	return l->gaps >= 2 && l->words <= 4 * (l->gaps + 1) && !ends_sentence(l->s, l->len);
}

static int
headline_shape(const struct cline *l)
{
	return !clean_fields_bar(l) && clean_headline_shape(l->s, l->len, l->words);
}

/*
 * Text wrapped at a fixed width: a line that does not end a sentence,
 * followed by one that starts in lower case, goes on in it (but for a
 * line of "|"-separated fields: a byline and its date, over a widget).
 * A paragraph so joined is prose when the whole of it is.
 */
static void
join_wrapped(struct cdoc *d)
{
	size_t a, b, k;
	int words;

	for (a = 0; a < d->n; a = b + 1) {
		words = d->lines[a].words;
		for (b = a; b + 1 < d->n && !d->lines[b].blank &&
		    islower((unsigned char)d->lines[b + 1].s[0]) &&
		    !ends_sentence(d->lines[b].s, d->lines[b].len) &&
		    !strstr(d->lines[b].s, " | "); b++)
			words += d->lines[b + 1].words;
		if (b == a || !clean_is_para(d->lines[b].s, d->lines[b].len, words))
			continue;
		for (k = a; k <= b; k++) {
			d->lines[k].para = 1;
			d->lines[k].headline = 0;
		}
	}
}

void
clean_split(struct cdoc *d, char *text, size_t len, const unsigned char *gaps,
	    size_t ngaps)
{
	size_t i, start, cap = 16;

	d->buf = text;
	d->n = 0;
	d->lines = xmalloc(cap * sizeof *d->lines);
	d->title = d->first = d->last = -1;
	for (start = 0; start <= len; start = i + 1) {
		const char *eol = memchr(text + start, '\n', len - start);
		struct cline *l;

		i = eol ? (size_t)(eol - text) : len;
		if (d->n == cap)
			d->lines = xrealloc(d->lines, (cap *= 2) * sizeof *d->lines);
		l = &d->lines[d->n];
		memset(l, 0, sizeof *l);
		text[i] = '\0';		/* text has room: len + 1 bytes */
		l->s = text + start;
		l->len = i - start;
		l->no = (unsigned)++d->n;
		l->blank = l->len == 0;
		l->gaps = gaps != NULL && d->n <= ngaps ? gaps[d->n - 1] : 0;
		l->words = clean_words(l->s, l->len);
		l->para = clean_is_para(l->s, l->len, l->words) &&
		    count_char(l->s, l->len, '|') < 2;
		l->headline = !l->blank && headline_shape(l);
	}
	join_wrapped(d);
}

void
clean_doc_free(struct cdoc *d)
{
	free(d->lines);
	free(d->hits);
	free(d->low);
	free(d->dates);
	free(d->buf);
	memset(d, 0, sizeof *d);
}

void
clean_drop(struct cline *l, const char *why)
{
	if (l->drop || l->blank)
		return;
	l->drop = 1;
	l->why = why;
}

long
clean_next_nonblank(const struct cdoc *d, long i, int dir)
{
	for (i += dir; i >= 0 && i < (long)d->n; i += dir)
		if (!d->lines[i].blank)
			return i;
	return -1;
}

/*
 * A caption printed twice: "Text.Text. AFP": the start comes back whole.
 * A caption is short: a long line that repeats itself (a text pasted
 * twice, a page of one long line) is the article's.
 */
static int
doubled(const struct cline *l)
{
	const size_t probe = 24;
	size_t off, m;

	if (l->len < 2 * probe + 2 || l->words > 150)
		return 0;
	for (off = probe; off + probe <= l->len; off++) {
		/* only where the line's first byte comes again (memchr reads
		 * many bytes at a time) */
		const char *at = memchr(l->s + off, l->s[0], l->len - probe + 1 - off);

		if (at == NULL)
			break;
		off = (size_t)(at - l->s);
		if (memcmp(l->s, l->s + off, probe) != 0)
			continue;
		m = l->len - off < off ? l->len - off : off;
		if (m * 10 >= off * 9 && memcmp(l->s, l->s + off, m) == 0)
			return 1;
	}
	return 0;
}

/* c in ASCII lower case, as tolower() in the C locale. */
static char
fold(char c)
{
	return (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
}

/* A hash of the line l folded (fold()), eight bytes at a time. */
static uint32_t
hash_folded(const struct cline *l)
{
	uint64_t h = 14695981039346656037ULL ^ l->len, w;
	size_t k;

	for (k = 0; k + 8 <= l->len; k += 8) {
		memcpy(&w, l->s + k, 8);
		h = (h ^ clean_fold8(w)) * 0x9E3779B97F4A7C15ULL;
		h ^= h >> 32;
	}
	for (; k < l->len; k++)
		h = (h ^ (unsigned char)fold(l->s[k])) * 1099511628211ULL;
	return (uint32_t)(h ^ h >> 32);
}

/* Are lines a and b (of hashes ha and hb) the same but for ASCII case? */
static int
same_folded(const struct cline *a, uint32_t ha, const struct cline *b, uint32_t hb)
{
	size_t k;

	if (ha != hb || a->len != b->len)
		return 0;
	for (k = 0; k < a->len; k++)
		if (fold(a->s[k]) != fold(b->s[k]))
			return 0;
	return 1;
}

static int
only_punct(const struct cline *l)
{
	size_t i;

	for (i = 0; i < l->len; i++)
		if (is_wordch((unsigned char)l->s[i]))
			return 0;
	return 1;
}

static int
only_number(const struct cline *l)
{
	size_t i;

	for (i = 0; i < l->len; i++)
		if (!isdigit((unsigned char)l->s[i]) && !strchr(" .,:#-", l->s[i]))
			return 0;
	return 1;
}

/*
 * The lines of d counted case folded (ASCII, as tolower() in the C
 * locale), in a table of their own that points at the lines: no key
 * copied, no allocation a line (a map of copied, lowered keys was a
 * tenth of the stage's time on plain text).  count[i] is how many
 * counted lines equal line i; a line not counted (blank, or dropped
 * as the headline) still finds the lines it equals.  Caller frees.
 */
static unsigned *
count_lines(const struct cdoc *d)
{
	size_t cap = 16, mask, i, k;
	uint32_t *hash = xmalloc((d->n ? d->n : 1) * sizeof *hash);
	unsigned *count = xcalloc(d->n ? d->n : 1, sizeof *count);
	unsigned *equal = xmalloc((d->n ? d->n : 1) * sizeof *equal);
	long *slot;

	while (cap < 2 * d->n)
		cap *= 2;
	mask = cap - 1;
	slot = xmalloc(cap * sizeof *slot);
	for (k = 0; k < cap; k++)
		slot[k] = -1;
	for (i = 0; i < d->n; i++)
		hash[i] = hash_folded(&d->lines[i]);
	/* each counted line: its first equal line's slot holds the count */
	for (i = 0; i < d->n; i++) {
		const struct cline *l = &d->lines[i];

		if (l->blank || (l->drop && l->why && strcmp(l->why, "headline") == 0))
			continue;
		for (k = hash[i] & mask; slot[k] >= 0 &&
		    !same_folded(&d->lines[slot[k]], hash[slot[k]], l, hash[i]); k = (k + 1) & mask)
			;
		if (slot[k] < 0)
			slot[k] = (long)i;
		count[slot[k]]++;
	}
	for (i = 0; i < d->n; i++) {
		const struct cline *l = &d->lines[i];

		for (k = hash[i] & mask; slot[k] >= 0 && slot[k] != (long)i &&
		    !same_folded(&d->lines[slot[k]], hash[slot[k]], l, hash[i]); k = (k + 1) & mask)
			;
		equal[i] = slot[k] >= 0 ? count[slot[k]] : 0;
	}
	free(hash);
	free(slot);
	free(count);
	return equal;
}

/*
 * The words of a line that may be a running head of a document's pages,
 * without the page number at its end (trail 1: "Annual Report 2019 |
 * page 15") or its start (trail 0: "14  Annual Report 2019"), in *from
 * and *to; 0 when there is no such number, or too little is left (two
 * words at least), or the line is a sentence.
 */
static int
running_head(const struct cline *l, int trail, size_t *from, size_t *to)
{
	size_t a = 0, b = l->len, k;

	if (l->words < 3 || l->words > 14 || ends_sentence(l->s, l->len))
		return 0;
	if (trail) {
		if (!isdigit((unsigned char)l->s[b - 1]))
			return 0;
		while (b > 0 && isdigit((unsigned char)l->s[b - 1]))
			b--;
		if (l->len - b > 3)	/* a year, not a page */
			return 0;
		k = b;
		while (k > 0 && strchr(" |-.:", l->s[k - 1]))
			k--;
		if (k >= 4 && strncasecmp(l->s + k - 4, "page", 4) == 0)
			k -= 4;
		else if (k >= 1 && (l->s[k - 1] == 'p' || l->s[k - 1] == 'P') && k < b &&
		    (k == 1 || l->s[k - 2] == ' '))
			k -= 1;
		b = k;
	} else {
		if (!isdigit((unsigned char)l->s[0]))
			return 0;
		while (a < l->len && isdigit((unsigned char)l->s[a]))
			a++;
		if (a > 3 || (a < l->len && l->s[a] != ' ' && l->s[a] != '|'))
			return 0;
	}
	while (a < b && strchr(" |-.:", l->s[a]))
		a++;
	while (b > a && strchr(" |-.:", l->s[b - 1]))
		b--;
	if (clean_words(l->s + a, b - a) < 2)
		return 0;
	*from = a;
	*to = b;
	return 1;
}

/*
 * Running heads and feet of a document's pages (a report copied from a
 * PDF): two lines or more the same but for their page numbers.  Only
 * the first 256 lines with a number at an edge are compared, each with
 * the others: a document has a few.  Lines dropped already (a "|" line
 * is a menu) are compared too, and so find the others.
 */
static void
running_heads(struct cdoc *d)
{
	enum { MAXHEADS = 256 };
	size_t cand[MAXHEADS], from[MAXHEADS][2], to[MAXHEADS][2], n = 0, i, j;
	unsigned char has[MAXHEADS][2], same[MAXHEADS] = { 0 };
	int x, y;

	for (i = 0; i < d->n && n < MAXHEADS; i++) {
		const struct cline *l = &d->lines[i];

		/* a number at an edge first: most lines end in a full stop */
		if (l->blank || l->words < 3 || l->words > 14 ||
		    (!isdigit((unsigned char)l->s[0]) && !isdigit((unsigned char)l->s[l->len - 1])))
			continue;
		has[n][0] = (unsigned char)running_head(l, 0, &from[n][0], &to[n][0]);
		has[n][1] = (unsigned char)running_head(l, 1, &from[n][1], &to[n][1]);
		if (has[n][0] || has[n][1])
			cand[n++] = i;
	}
	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++) {
			const struct cline *a = &d->lines[cand[i]], *b = &d->lines[cand[j]];

			if (a->len == b->len && memcmp(a->s, b->s, a->len) == 0)
				continue;	/* a repeated line, not a page's */
			for (x = 0; x < 2; x++)
				for (y = 0; y < 2; y++)
					if (has[i][x] && has[j][y] &&
					    to[i][x] - from[i][x] == to[j][y] - from[j][y] &&
					    strncasecmp(a->s + from[i][x], b->s + from[j][y],
					    to[i][x] - from[i][x]) == 0)
						same[i] = same[j] = 1;
		}
	for (i = 0; i < n; i++)
		if (same[i])
			clean_drop(&d->lines[cand[i]], "running head");
}

void
clean_shape(struct cdoc *d)
{
	unsigned *count = count_lines(d);
	size_t i, pipes;

	for (i = 0; i < d->n; i++) {
		struct cline *l = &d->lines[i];

		if (l->blank || l->drop)
			continue;
		/* a repeated line is furniture */
		if (count[i] > 1)
			clean_drop(l, "repeated line");
		pipes = count_char(l->s, l->len, '|');
		if (only_punct(l))
			clean_drop(l, "separator");
		else if (only_number(l))
			clean_drop(l, "number");
		else if ((strncmp(l->s, "http", 4) == 0 || strncmp(l->s, "www.", 4) == 0) &&
		    strchr(l->s, ' ') == NULL)
			clean_drop(l, "address");
		else if ((pipes >= 2 || l->s[0] == '|' || l->s[l->len - 1] == '|' ||
		    (pipes == 1 && l->words <= 6)) && !many_sentences(l->s, l->len))
			clean_drop(l, "menu");
		else if (doubled(l))
			clean_drop(l, "caption printed twice");
	}
	free(count);
	running_heads(d);
}

void
clean_find_body(struct cdoc *d)
{
	size_t i;

	d->first = d->last = -1;
	for (i = 0; i < d->n; i++) {
		const struct cline *l = &d->lines[i];

		if (l->drop || !l->para || l->byline || l->dateish)
			continue;
		if (d->first < 0)
			d->first = (long)i;
		d->last = (long)i;
	}
}

/*
 * Pull quotes: in a text of blank-separated paragraphs that end their
 * sentences, a line standing alone that holds two sentences but does not
 * end the second one is a quote lifted out of the article (or a caption),
 * and a short line under it names whom it quotes.  Neither the first
 * paragraph (a standfirst may run on) nor the last line (texts cut off at
 * a length end in the middle of a sentence) is one.
 */
static void
pull_quotes(struct cdoc *d)
{
	size_t i, paras = 0, ended = 0, last = d->n;
	long j;

	for (i = 0; i < d->n; i++) {
		const struct cline *l = &d->lines[i];

		if (l->blank)
			continue;
		last = i;
		if (l->para && !l->drop) {
			paras++;
			ended += ends_sentence(l->s, l->len);
		}
	}
	if (paras < 4 || ended * 10 < paras * 8)
		return;
	for (i = d->first + 1; d->first >= 0 && i + 1 < last; i++) {
		struct cline *l = &d->lines[i];

		if (l->drop || l->words < 8 || ends_sentence(l->s, l->len) ||
		    !many_sentences(l->s, l->len) || !d->lines[i - 1].blank ||
		    !d->lines[i + 1].blank)
			continue;
		clean_drop(l, "pull quote");
		j = clean_next_nonblank(d, (long)i, 1);
		if (j > 0 && (size_t)j < last && d->lines[j].words <= 6 &&
		    !ends_sentence(d->lines[j].s, d->lines[j].len) && d->lines[j + 1].blank)
			clean_drop(&d->lines[j], "pull quote's source");
	}
}

void
clean_zones(struct cdoc *d)
{
	long i, j, deck = -1, from = 0;

	if (d->title >= 0) {
		for (i = 0; i < d->title; i++)
			clean_drop(&d->lines[i], "before the headline");
		/* The line under the headline may be its standfirst (past lines
		 * dropped, but for a caption, a stamp or a byline: the standfirst
		 * stands above those). */
		j = clean_next_nonblank(d, d->title, 1);
		while (j >= 0 && d->lines[j].drop && !d->lines[j].caption &&
		    !d->lines[j].dateish && !d->lines[j].byline)
			j = clean_next_nonblank(d, j, 1);
		if (j >= 0 && !d->lines[j].drop && d->lines[j].headline &&
		    !d->lines[j].byline && !d->lines[j].dateish) {
			d->lines[j].deck = 1;
			deck = j;
		}
		from = d->title + 1;
	}
	clean_find_body(d);
	/* The standfirst may be prose too (a sentence under the headline):
	 * when the page's date stamp stands under it, before the next
	 * paragraph, the header runs on to that paragraph (a byline, the
	 * stamp and the widgets beside them go), and the standfirst stays. */
	if (d->title >= 0 && d->first >= 0 && (d->first == deck ||
	    (deck < 0 && d->first == clean_next_nonblank(d, d->title, 1) &&
	    !many_sentences(d->lines[d->first].s, d->lines[d->first].len)))) {
		long k, stamp = 0;

		for (k = d->first + 1; k < (long)d->n; k++) {
			const struct cline *l = &d->lines[k];

			if (!l->drop && l->para && !l->byline && !l->dateish)
				break;
			stamp |= l->dateish;
		}
		if (k < (long)d->n && stamp) {
			deck = d->first;
			d->lines[deck].deck = 1;
			d->first = k;
		}
	}
	/* Between the headline and the prose: the page's header, but for the
	 * standfirst and a short opening sentence ("He is free.") */
	for (i = from; d->first >= 0 && i < d->first; i++) {
		const struct cline *l = &d->lines[i];

		if (i == deck || l->para || (l->words >= 3 && !l->byline && !l->dateish &&
		    isupper((unsigned char)l->s[0]) && ends_sentence(l->s, l->len) &&
		    !many_sentences(l->s, l->len) && l->s[l->len - 1] != ':'))
			continue;
		clean_drop(&d->lines[i], "before the body");
	}
	pull_quotes(d);
	/* A short line set against a caption belongs to it. */
	for (i = 0; i < (long)d->n; i++) {
		if (!d->lines[i].caption)
			continue;
		for (j = i - 1; j <= i + 1; j += 2) {
			struct cline *n;

			if (j < 0 || j >= (long)d->n)
				continue;
			n = &d->lines[j];
			if (!n->blank && !n->drop && !n->para && !n->deck && n->words <= 12) {
				clean_drop(n, "caption");
				n->caption = !n->dateish;	/* a stamp stays one */
			}
		}
	}
	clean_find_body(d);
}

void
clean_join(const struct cdoc *d, struct buf *out)
{
	size_t i;
	int gap = 0, any = 0;

	for (i = 0; i < d->n; i++) {
		const struct cline *l = &d->lines[i];

		if (l->blank) {
			gap = 1;
			continue;
		}
		if (l->drop)
			continue;
		if (any)
			buf_adds(out, gap ? "\n\n" : "\n");
		buf_add(out, l->s, l->len);
		any = 1;
		gap = 0;
	}
}
