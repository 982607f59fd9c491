/*
 * clean-outlets.c: the outlets of schema/lexicons/publishers.tsv, found
 * in a text.
 *
 * Every name and alias, as written and in capitals ("THE HARBOR DAILY"
 * in a masthead), is found where it stands as a word of its own, the
 * longest at the leftmost place.  Tried as one PCRE2 alternation of a
 * thousand names at every byte of every line of prose, this was the
 * costliest search of the stage: the names are kept by their first byte
 * instead, a byte pair that begins no name is passed over, and only the
 * names of the pair's first byte are compared.  clean-publisher.c weighs
 * what is found here.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <utf8proc.h>
#include "buf.h"
#include "hmap.h"
#include "lex.h"
#include "msg.h"
#include "utf8.h"
#include "clean.h"

/* A name or alias as matched (as written, or in capitals). */
struct pub_form {
	char *s;
	size_t len;
	size_t entry;		/* index in lex */
};

struct pubs {
	struct lex *lex;
	struct hmap *alias;	/* alias as matched -> entry index + 1 */
	/* every name and alias: first the short ones (one to three bytes)
	 * by their first two bytes, then those of four to seven bytes by
	 * their first four, then the longer ones by their first eight; each
	 * group longest first */
	struct pub_form *forms;
	size_t nforms, nshort;
	size_t by_byte[257];	/* short forms[by_byte[c]..by_byte[c+1]) begin with byte c */
	/* the forms of four bytes or more by their first four or eight
	 * (head_key()), open addressing: forms[at..at + n) begin so; n 0, a
	 * free slot.  At a place of a text that begins as a name ("The
	 * ...": a hundred names), only the few that share as many bytes
	 * with it are compared. */
	struct pub_head { uint64_t key; uint32_t keylen, at, n; } *head;
	size_t head_mask;
	uint8_t pair[65536 / 8];	/* the first two bytes of a name or alias */
	uint8_t pair_short[65536 / 8];	/* ... of one of one to three bytes */
	/* a bit per hash of a head_key() of pubs.head (head_bit()): most
	 * capitals that begin a word of prose begin no name of four bytes
	 * or more, and a bit in a table of 8 KB says so without a probe of
	 * pubs.head (some hundred KB, scattered: a miss of the cache) */
	uint8_t head_may[65536 / 8];
	uint8_t alnum[256];	/* isalnum() of an ASCII byte; 0 for the others */
	uint8_t first[256];	/* 1: some name or alias begins with the byte */
	/*
	 * The small letters some name begins with ("dpa"), when first[] holds
	 * besides them only capitals, digits and bytes of 0x80 or more (and
	 * nlowfirst is not -1): pub_find() then tells the bytes that may
	 * begin a name sixteen at a time, and asks first[] of those only,
	 * not of every word of a line of prose.
	 */
	char lowfirst[4];
	int nlowfirst;
	pcre2_code *outlet;	/* the shape of an outlet's name */
	struct lex *orgwords;	/* org-words.tsv: "Office", "Association" (not places) */
};

/* The bytes a form of len bytes is kept by in pubs.head: 0 (a short
 * one), 4 or 8. */
static size_t
head_len(size_t len)
{
	return len >= 8 ? 8 : len >= 4 ? 4 : 0;
}

/* The first n (4 or 8) bytes of s as a key of pubs.head. */
static uint64_t
head_key(const char *s, size_t n)
{
	uint64_t k = 0;

	memcpy(&k, s, n);
	return k;
}

/* The bit of the key k of n bytes in pubs.head_may. */
static inline size_t
head_bit(uint64_t k, size_t n)
{
	return (size_t)(((k ^ n) * 0x9E3779B97F4A7C15ULL) >> 48);
}

/* The slot of the key k of n bytes in p->head: its own, or the free one
 * it would take. */
static struct pub_head *
head_slot(const struct pubs *p, uint64_t k, size_t n)
{
	size_t i = (size_t)(((k ^ n) * 0x9E3779B97F4A7C15ULL) >> 40) & p->head_mask;

	while (p->head[i].n != 0 && (p->head[i].key != k || p->head[i].keylen != n))
		i = (i + 1) & p->head_mask;
	return &p->head[i];
}

/*
 * Forms of one to three bytes first, by their first two bytes (a form of
 * one byte: its first and '\0'); then those of four to seven by their
 * first four, and the longer ones by their first eight; then longest
 * first (the longest name wins at a place).
 */
static int
by_byte_length(const void *a, const void *b)
{
	const struct pub_form *x = a, *y = b;
	size_t hx = head_len(x->len), hy = head_len(y->len);
	int c;

	if (hx != hy)
		return hx < hy ? -1 : 1;
	if ((c = memcmp(x->s, y->s, hx ? hx : 2)) != 0)
		return c;
	if (x->len != y->len)
		return x->len > y->len ? -1 : 1;
	return strcmp(x->s, y->s);
}

/* Mark the first two bytes of the name f (its first and any byte, when one long). */
static void
pair_add(uint8_t *pair, const char *f)
{
	unsigned a = (unsigned char)f[0], b;

	if (f[1] != '\0') {
		b = (unsigned char)f[1];
		pair[(a << 8 | b) >> 3] |= (uint8_t)(1u << (b & 7));
		return;
	}
	for (b = 0; b < 256; b++)
		pair[(a << 8 | b) >> 3] |= (uint8_t)(1u << (b & 7));
}

/* The forms of every name and alias, indexed for pub_find. */
static void
names_index(struct pubs *p)
{
	char *al, *tok, *save;
	size_t i, k, cap = 0;
	unsigned c;

	p->alias = hmap_new();
	for (i = 0; i < p->lex->n; i++) {
		const struct lex_entry *e = &p->lex->entries[i];

		al = xstrdup(lex_get(p->lex, e, "aliases"));
		for (tok = strtok_r(al, "|", &save), k = 0; k == 0 || tok; k++) {
			const char *form = k == 0 ? lex_get(p->lex, e, "name") : tok;
			char *up;

			if (k > 0)
				tok = strtok_r(NULL, "|", &save);
			if (*form == '\0' || hmap_get(p->alias, form))
				continue;
			/* The form as written, and in capitals for mastheads. */
			up = xstrdup(form);
			for (char *u = up; *u; u++)
				*u = (char)toupper((unsigned char)*u);
			for (int v = 0; v < 2; v++) {
				const char *f = v ? up : form;

				if (hmap_get(p->alias, f))
					continue;
				hmap_put(p->alias, f, (void *)(uintptr_t)(i + 1));
				pair_add(p->pair, f);
				if (strlen(f) < 4)
					pair_add(p->pair_short, f);
				if (p->nforms == cap)
					p->forms = xrealloc(p->forms, (cap = cap ? 2 * cap : 256) *
					    sizeof *p->forms);
				p->forms[p->nforms].s = xstrdup(f);
				p->forms[p->nforms].len = strlen(f);
				p->forms[p->nforms++].entry = i;
			}
			free(up);
		}
		free(al);
	}
	if (p->nforms)
		qsort(p->forms, p->nforms, sizeof *p->forms, by_byte_length);
	for (k = 0; k < p->nforms; k++)
		p->first[(unsigned char)p->forms[k].s[0]] = 1;
	for (c = 0; c < 256 && p->nlowfirst >= 0; c++) {
		if (!p->first[c] || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80)
			continue;
		if (c >= 'a' && c <= 'z' && p->nlowfirst < (int)sizeof p->lowfirst)
			p->lowfirst[p->nlowfirst++] = (char)c;
		else
			p->nlowfirst = -1;
	}
	for (p->nshort = 0; p->nshort < p->nforms && p->forms[p->nshort].len < 4; p->nshort++)
		;
	for (c = 0, k = 0; c < 256; c++) {
		p->by_byte[c] = k;
		while (k < p->nshort && (unsigned char)p->forms[k].s[0] == c)
			k++;
	}
	p->by_byte[256] = p->nshort;
	for (cap = 16; cap < 2 * (p->nforms - p->nshort) + 2; cap *= 2)
		;
	p->head = xcalloc(cap, sizeof *p->head);
	p->head_mask = cap - 1;
	for (k = p->nshort; k < p->nforms; k++) {
		size_t n = head_len(p->forms[k].len);
		struct pub_head *q = head_slot(p, head_key(p->forms[k].s, n), n);
		size_t bit = head_bit(head_key(p->forms[k].s, n), n);

		p->head_may[bit >> 3] |= (uint8_t)(1u << (bit & 7));

		if (q->n == 0) {
			q->key = head_key(p->forms[k].s, n);
			q->keylen = (uint32_t)n;
			q->at = (uint32_t)k;
		}
		q->n++;		/* the forms of one key lie together */
	}
}

struct pubs *
pubs_load(const char *name)
{
	struct pubs *p = xcalloc(1, sizeof *p);

	if ((p->lex = lex_load(name)) == NULL || (p->orgwords = lex_load("org-words")) == NULL) {
		pubs_free(p);
		return NULL;
	}
	names_index(p);
	for (int c = 0; c < 0x80; c++)
		p->alnum[c] = isalnum(c) != 0;
	/* its last words: outlet_end_may() lists them too */
	p->outlet = clean_regex("^(?:The\\s+)?(?:[\\p{Lu}\\d][\\p{L}\\d.&'’-]*\\s+){1,3}"
	    "(?:News|Newspaper|Times|Post|Herald|Daily|Journal|Tribune|Gazette|Review|Chronicle|"
	    "Telegraph|Observer|Monitor|Standard|Courier|Dispatch|Examiner|Bulletin|Globe|Inquirer|"
	    "News Service|Wire Service|Press Service|News Agency|Press Agency|TV|Television|Radio|Broadcasting|Newswire|Wire)"
	    "(?:\\s+(?:Newspaper|Online|Edition))?$", PCRE2_CASELESS, "clean-outlets.c");
	if (p->outlet == NULL) {
		pubs_free(p);
		return NULL;
	}
	return p;
}

void
pubs_free(struct pubs *p)
{
	size_t i;

	if (p == NULL)
		return;
	if (p->alias)
		hmap_free(p->alias, NULL);
	for (i = 0; i < p->nforms; i++)
		free(p->forms[i].s);
	free(p->forms);
	free(p->head);
	pcre2_code_free(p->outlet);
	lex_free(p->lex);
	lex_free(p->orgwords);
	free(p);
}

const struct lex *
pub_orgwords(const struct clean_rules *r)
{
	return r->pubs->orgwords;
}

/* Is c a letter or a number (\p{L} or \p{N}), as the names' boundaries want? */
static int
letter_or_number(int32_t c)
{
	switch (utf8proc_category(c)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND:
	case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
		return 1;
	default:
		return 0;
	}
}

/* Is the character that ends just before s[k] (0 < k) a letter or a digit? */
static int
word_char_before(const char *s, size_t k)
{
	size_t j = k - 1;
	int32_t c;

	if ((unsigned char)s[j] < 0x80)
		return isalnum((unsigned char)s[j]);
	while (j > 0 && k - j < 4 && ((unsigned char)s[j] & 0xC0) == 0x80)
		j--;
	if (utf8_decode(s + j, k - j, &c) == 0)
		return 0;
	return letter_or_number(c);
}

/* Is the character at s[0..len) (0 < len) a letter or a digit? */
static int
word_char_at(const char *s, size_t len)
{
	int32_t c;

	if ((unsigned char)s[0] < 0x80)
		return isalnum((unsigned char)s[0]);
	return utf8_decode(s, len, &c) > 0 && letter_or_number(c);
}

/*
 * The first of the forms that begin with the bytes a and b (or where it
 * would be): a binary search among those of the first byte a (a hundred
 * begin with "T"; a line's "The" is one of these, a line's "Th" of most).
 */
static size_t
pair_first(const struct pubs *p, unsigned a, unsigned b)
{
	size_t lo = p->by_byte[a], hi = p->by_byte[a + 1], mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if ((unsigned char)p->forms[mid].s[1] < b)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Do a name's first two bytes begin s[k..len)? */
static inline int
pair_at(const struct pubs *p, const char *s, size_t len, size_t k)
{
	unsigned a = (unsigned char)s[k], b = k + 1 < len ? (unsigned char)s[k + 1] : 0;

	return (p->pair[(a << 8 | b) >> 3] >> (b & 7)) & 1;
}

/*
 * May a name begin s[k..len) (whose first two bytes begin one)?  Only
 * when a short one's do, or the first eight or four bytes are some
 * longer one's head by pubs.head_may: form_at() finds no other.
 */
static inline int
head_at(const struct pubs *p, const char *s, size_t len, size_t k)
{
	unsigned a = (unsigned char)s[k], b = k + 1 < len ? (unsigned char)s[k + 1] : 0;
	size_t bit;

	if ((p->pair_short[(a << 8 | b) >> 3] >> (b & 7)) & 1)
		return 1;
	if (len - k >= 8 && (bit = head_bit(head_key(s + k, 8), 8),
	    (p->head_may[bit >> 3] >> (bit & 7)) & 1))
		return 1;
	return len - k >= 4 && (bit = head_bit(head_key(s + k, 4), 4),
	    (p->head_may[bit >> 3] >> (bit & 7)) & 1);
}

/*
 * The name or alias that begins at s[k] (where the first two bytes of
 * one do, after no ASCII letter or digit), the longest, as a word of its
 * own, or NULL.
 */
static const struct pub_form *
form_at(const struct pubs *p, const char *s, size_t len, size_t k)
{
	unsigned a = (unsigned char)s[k], b = k + 1 < len ? (unsigned char)s[k + 1] : 0;
	size_t f, pass, c, n;
	const struct pub_head *q;

	if (k > 0 && word_char_before(s, k))
		return NULL;
	/* the forms of eight bytes or more, then of four to seven, that
	 * begin as s[k..] does, longest first */
	for (n = 8; n >= 4; n -= 4) {
		if (len - k < n || (q = head_slot(p, head_key(s + k, n), n))->n == 0)
			continue;
		for (f = q->at; f < q->at + q->n; f++) {
			const struct pub_form *m = &p->forms[f];

			if (m->len <= len - k && memcmp(s + k + n, m->s + n, m->len - n) == 0 &&
			    (k + m->len == len ||
			    !word_char_at(s + k + m->len, len - k - m->len)))
				return m;
		}
	}
	/* the short forms of the pair, longest first, then those of the
	 * one byte a (shorter than any of the pair's) */
	for (pass = 0; pass < 2; pass++) {
		if (pass == 1 && b == 0)
			break;
		c = pass == 0 ? b : 0;
		for (f = pair_first(p, a, (unsigned)c); f < p->by_byte[a + 1] &&
		    (unsigned char)p->forms[f].s[1] == c; f++) {
			const struct pub_form *m = &p->forms[f];

			if (m->len > len - k || memcmp(s + k, m->s, m->len) != 0 ||
			    (k + m->len < len &&
			    word_char_at(s + k + m->len, len - k - m->len)))
				continue;
			return m;
		}
	}
	return NULL;
}

const struct lex_entry *
pub_find(const struct clean_rules *r, const char *s, size_t len, size_t *so, size_t *eo)
{
	const struct pubs *p = r->pubs;
	const struct pub_form *m = NULL;
	size_t k = 0;
	uint64_t inword = 0;	/* the byte before k is an ASCII letter or digit: 0x80 */

	/*
	 * The leftmost name, the longest there, as a word of its own.  Every
	 * byte of every line of prose comes here: eight at a time, only
	 * those after no ASCII letter or digit (a word's start, most of
	 * them) are asked whether a name begins with them (most do not:
	 * lower case), and only those go on to the names.
	 */
#if defined(__SSE2__) && defined(__GNUC__)
	if (p->nlowfirst >= 0) {
		const __m128i zero = _mm_set1_epi8('0'), nine = _mm_set1_epi8(9),
		    a = _mm_set1_epi8('a'), cap = _mm_set1_epi8('A'), z = _mm_set1_epi8(25),
		    bit5 = _mm_set1_epi8(0x20);
		unsigned prev = 0;	/* the byte before k is an ASCII letter or digit */
		int j;

		for (; k + 16 <= len; k += 16) {
			__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + k));
			__m128i d = _mm_sub_epi8(x, zero), l = _mm_sub_epi8(_mm_or_si128(x, bit5), a),
			    u = _mm_sub_epi8(x, cap);
			__m128i digit = _mm_cmpeq_epi8(_mm_min_epu8(d, nine), d);
			__m128i may = _mm_or_si128(_mm_or_si128(digit, x),
			    _mm_cmpeq_epi8(_mm_min_epu8(u, z), u));
			unsigned an = (unsigned)_mm_movemask_epi8(_mm_or_si128(digit,
			    _mm_cmpeq_epi8(_mm_min_epu8(l, z), l))), starts;

			for (j = 0; j < p->nlowfirst; j++)
				may = _mm_or_si128(may, _mm_cmpeq_epi8(x, _mm_set1_epi8(p->lowfirst[j])));
			/* the bytes after no letter or digit that may begin a
			 * name (a capital, a digit, one of 0x80 or more, a
			 * small letter of lowfirst), leftmost first */
			starts = ~(an << 1 | prev) & (unsigned)_mm_movemask_epi8(may) & 0xFFFF;
			prev = an >> 15;
			for (; starts != 0; starts &= starts - 1) {
				size_t at = k + (size_t)__builtin_ctz(starts);

				if (p->first[(unsigned char)s[at]] && pair_at(p, s, len, at) &&
				    head_at(p, s, len, at) && (m = form_at(p, s, len, at)) != NULL) {
					k = at;
					goto found;
				}
			}
		}
		inword = (uint64_t)prev << 7;
	}
#endif
	for (; k + 8 <= len; k += 8) {
		uint64_t an = clean_alnum8(clean_load8(s + k));
		uint64_t starts = ~(an << 8 | inword) & 0x8080808080808080ULL;

		inword = an >> 56;
		for (; starts != 0; starts &= starts - 1) {
			size_t at = k + clean_first8(starts);

			if (p->first[(unsigned char)s[at]] && pair_at(p, s, len, at) &&
			    head_at(p, s, len, at) && (m = form_at(p, s, len, at)) != NULL) {
				k = at;
				goto found;
			}
		}
	}
	for (; k < len; k++) {
		unsigned a = (unsigned char)s[k], start = p->first[a] & ((unsigned)(inword >> 7) ^ 1);

		inword = (uint64_t)p->alnum[a] << 7;
		if (start && pair_at(p, s, len, k) && head_at(p, s, len, k) &&
		    (m = form_at(p, s, len, k)) != NULL)
			goto found;
	}
	return NULL;
found:
	*so = k;
	*eo = k + m->len;
	return &p->lex->entries[m->entry];
}

int
pub_is_state(const struct clean_rules *r, const struct lex_entry *e)
{
	return strcmp(lex_get(r->pubs->lex, e, "kind"), "state") == 0;
}

const struct lex_entry *
pub_entry_of_alias(const struct clean_rules *r, const char *alias)
{
	uintptr_t k = (uintptr_t)hmap_get(r->pubs->alias, alias);

	return k ? &r->pubs->lex->entries[k - 1] : NULL;
}

const char *
pub_usual_name(const struct clean_rules *r, const struct lex_entry *e)
{
	return lex_get(r->pubs->lex, e, "name");
}

json_t *
pub_value(const struct clean_rules *r, const struct lex_entry *e, const char *s, size_t len)
{
	const char *name = lex_get(r->pubs->lex, e, "name");
	size_t i;
	int lower = 0;

	for (i = 0; i < len; i++)
		lower |= islower((unsigned char)s[i]);
	if (!lower && memchr(s, ' ', len)) {	/* "THE CAMBODIA DAILY", not "AFP" */
		for (i = 0; name[i]; i++)
			if (islower((unsigned char)name[i]))
				return json_string(name);
	}
	return json_stringn(s, len);
}

/*
 * Could s[0..len) have an outlet's shape: does it end in one of the
 * words the pattern of pubs_load() ends with, in any case?  The pattern
 * is asked of every short line of a page's header, and most end
 * otherwise.  A line with a long s (ſ, which a caseless "s" matches)
 * may, whatever its end.
 */
static int
outlet_end_may(const char *s, size_t len)
{
	static const char *const ends[] = {
		"news", "newspaper", "times", "post", "herald", "daily", "journal", "tribune",
		"gazette", "review", "chronicle", "telegraph", "observer", "monitor", "standard",
		"courier", "dispatch", "examiner", "bulletin", "globe", "inquirer", "service",
		"agency", "tv", "television", "radio", "broadcasting", "newswire", "wire",
		"online", "edition", NULL
	};
	char w[16];
	size_t i = len, n, k;

	/* no match holds a NUL: a caller's length that runs past the end of
	 * its line's text ("Jane Roe, |": the field after the comma) meets
	 * none */
	if (strnlen(s, len) < len)
		return 0;
	for (k = 0; k + 1 < len; k++)
		if ((unsigned char)s[k] == 0xC5 && (unsigned char)s[k + 1] == 0xBF)
			return 1;
	while (i > 0 && s[i - 1] != ' ')
		i--;
	if ((n = len - i) == 0 || n >= sizeof w)
		return 0;
	clean_lower(s + i, n, w);
	w[n] = '\0';
	for (k = 0; ends[k]; k++)
		if (strcmp(w, ends[k]) == 0)
			return 1;
	return 0;
}

int
pub_outlet_shape(const struct clean_rules *r, const char *s, size_t len)
{
	return outlet_end_may(s, len) && clean_match(r->pubs->outlet, r->md, s, len, NULL, NULL);
}
