/*
 * clean-lang.c: the language of a text, told by its script and, for texts
 * in the Latin script, by its commonest short words.  Good enough to tell
 * the languages news about North Korea is written in; NULL when unsure.
 *
 * The word lists are the dozen most frequent function words of each
 * language, schema/lexicons/stopwords.tsv (word, language), loaded on the
 * first call and kept for the run: they never need extending for a new
 * outlet, but a new language is a few lines there.
 */
#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <stdlib.h>
#include <string.h>
#include "hmap.h"
#include "lex.h"
#include "msg.h"
#include "utf8.h"
#include "clean.h"

/* At most this many languages: a word's languages are a bit set. */
#define MAX_LANG 32
/* The slots of sw.packed: a power of two, more than twice the words. */
#define PACKED_SLOTS 1024

/* The lexicon, as the lookup wants it.  Loaded once, never freed. */
static struct {
	int loaded;
	char *code[MAX_LANG];	/* ISO 639-1, in the order of the file */
	size_t nlang;
	struct hmap *words;	/* word -> uint32_t bit set of languages */
	/* bit n of first[b] (last[b]): a word of n bytes begins (ends) with
	 * byte b, in either case for a letter.  Most words of a text are no
	 * function word: these tell most of them so without a lookup
	 * (hashing each word was a third of the language's cost). */
	uint32_t first[256], last[256];
	uint32_t *sets;		/* the values of words, owned */
	/*
	 * The words of eight bytes or fewer again, packed in a uint64_t
	 * (short[k]: key, set), open addressing: a text's word is looked up
	 * with a multiply and a compare or two, no string hashed or
	 * compared (hmap_get() was most of the cost of a lookup, and nearly
	 * every function word is that short).  Longer words stay in words.
	 */
	struct { uint64_t key; uint32_t set; } packed[PACKED_SLOTS];
} sw;

/* The index of language code, added when new; -1 when there are too many. */
static int
lang_index(const char *code)
{
	for (size_t k = 0; k < sw.nlang; k++)
		if (strcmp(sw.code[k], code) == 0)
			return (int)k;
	if (sw.nlang == MAX_LANG)
		return -1;
	sw.code[sw.nlang] = xstrdup(code);
	return (int)sw.nlang++;
}

/* The word w[0..n) (0 < n <= 8) as a key of sw.packed, never 0: its
 * bytes, the first lowest (as clean_load8() reads them). */
static uint64_t
pack(const char *w, size_t n)
{
	uint64_t k = 0;

	while (n-- > 0)
		k = k << 8 | (unsigned char)w[n];
	return k;
}

/* The slot of key k in sw.packed: its own, or the empty one it would take. */
static size_t
packed_slot(uint64_t k)
{
	size_t i = (size_t)((k * 0x9E3779B97F4A7C15ULL) >> 54) & (PACKED_SLOTS - 1);

	while (sw.packed[i].key != 0 && sw.packed[i].key != k)
		i = (i + 1) & (PACKED_SLOTS - 1);
	return i;
}

/* The languages of the word w[0..n) (lower case, 0 < n), a bit set; 0: none. */
static uint32_t
word_langs(const char *w, size_t n)
{
	const uint32_t *set;
	char z[32];

	if (n <= 8)
		return sw.packed[packed_slot(pack(w, n))].set;
	if (n >= sizeof z)
		return 0;
	memcpy(z, w, n);
	z[n] = '\0';
	return (set = hmap_get(sw.words, z)) != NULL ? *set : 0;
}

/*
 * Load schema/lexicons/stopwords.tsv into sw.  Words are looked up as the
 * text spells them with ASCII letters lowercased, so entries are taken
 * with ASCII lowercased too.  Dies when the lexicon cannot be read (like
 * the stage's other lexicons, it is needed for every document).
 */
static void
stopwords_load(void)
{
	struct lex *l = lex_load("stopwords");
	int cl;

	if (l == NULL)
		die("cannot go on without the lexicons of %s", schema_dir());
	if ((cl = lex_column(l, "language")) < 0)
		die("%s: needs columns word, language", l->path);
	sw.words = hmap_new();
	sw.sets = xcalloc(l->n ? l->n : 1, sizeof(*sw.sets));
	for (size_t i = 0; i < l->n; i++) {
		const struct lex_entry *e = &l->entries[i];
		const char *code = e->fields[cl];
		char *w = xstrdup(e->fields[0]);
		int k;

		for (char *c = w; *c != '\0'; c++)
			if (*c >= 'A' && *c <= 'Z')
				*c |= 0x20;
		if (*w == '\0' || *code == '\0')
			die("%s:%u: needs a word and a language", l->path, e->line);
		if ((k = lang_index(code)) < 0)
			die("%s:%u: more than %d languages", l->path, e->line, MAX_LANG);
		uint32_t *set = hmap_get(sw.words, w);
		if (set == NULL) {
			set = &sw.sets[i];
			hmap_put(sw.words, w, set);
		}
		*set |= (uint32_t)1 << k;
		if (strlen(w) < 32) {
			unsigned char f = (unsigned char)w[0], z = (unsigned char)w[strlen(w) - 1];

			sw.first[f] |= (uint32_t)1 << strlen(w);
			sw.last[z] |= (uint32_t)1 << strlen(w);
			/* the capital of a letter too (w is lowered) */
			if (f >= 'a' && f <= 'z')
				sw.first[f - 0x20] |= (uint32_t)1 << strlen(w);
			if (z >= 'a' && z <= 'z')
				sw.last[z - 0x20] |= (uint32_t)1 << strlen(w);
		}
		free(w);
	}
	lex_free(l);
	for (size_t i = 0; i < hmap_size(sw.words); i++) {
		const char *w = hmap_key_at(sw.words, i);
		size_t n = strlen(w), k;

		if (n > 8)
			continue;
		if (hmap_size(sw.words) * 2 >= PACKED_SLOTS)
			die("stopwords: more than %d words", PACKED_SLOTS / 2);
		k = packed_slot(pack(w, n));
		sw.packed[k].key = pack(w, n);
		sw.packed[k].set = *(const uint32_t *)hmap_value_at(sw.words, i);
	}
	sw.loaded = 1;
}

/* Is c an ASCII letter? */
static inline int
ascii_letter(unsigned char c)
{
	return (unsigned char)((c | 0x20) - 'a') <= 'z' - 'a';
}

/* c in lower case when it is an ASCII letter; any other byte as it is. */
static inline unsigned char
lower_letter(unsigned char c)
{
	return ascii_letter(c) ? (unsigned char)(c | 0x20) : c;
}

/*
 * The languages of the word text[ws..ws + wl) (0 < wl < 32) of a text of
 * len bytes, read in lower case.  A short word with eight bytes of the
 * text from its start is lowered and packed at once, not byte by byte.
 */
static uint32_t
text_word_langs(const char *text, size_t len, size_t ws, size_t wl)
{
	char word[32];
	size_t k;

	if (wl <= 8 && len - ws >= 8)
		return sw.packed[packed_slot(clean_fold8(clean_load8(text + ws)) &
		    (~(uint64_t)0 >> (64 - 8 * wl)))].set;
	for (k = 0; k < wl; k++)
		word[k] = (char)lower_letter((unsigned char)text[ws + k]);
	return word_langs(word, wl);
}

/* What a text's words and letters add up to, as clean_language() counts them. */
struct lang_count {
	size_t score[MAX_LANG];	/* function words of each language */
	size_t total;		/* words of fewer than 12 bytes */
	size_t letters;		/* ASCII letters and characters from U+00C0 on */
	size_t hangul, kana, han, cyr;
};

/*
 * The word text[ws..ws + wl) has ended (wl > 0): count it, and when it
 * may be a function word (by its length, first and last byte, in lower
 * case: most words are none, told without a lookup), its languages.
 */
static inline void
word_end(struct lang_count *lc, const char *text, size_t len, size_t ws, size_t wl)
{
	uint32_t set;

	if (wl >= 12)
		return;
	/* (a bit is set only for the length of some word of the lexicon) */
	if (((sw.first[(unsigned char)text[ws]] & sw.last[(unsigned char)text[ws + wl - 1]]) >>
	    wl & 1) != 0)
		for (set = text_word_langs(text, len, ws, wl); set != 0; set &= set - 1)
			lc->score[__builtin_ctz(set)]++;
	lc->total++;
}

/* The character at text[i] (from its first byte, 0xC3 or more: a
 * letter) in the script counts. */
static void
count_script(struct lang_count *lc, const char *text, size_t len, size_t i)
{
	int32_t c;

	if (utf8_decode(text + i, len - i, &c) == 0)
		return;
	if (c >= 0xAC00 && c <= 0xD7A3)
		lc->hangul++;
	else if (c >= 0x3040 && c <= 0x30FF)
		lc->kana++;
	else if (c >= 0x4E00 && c <= 0x9FFF)
		lc->han++;
	else if (c >= 0x0400 && c <= 0x04FF)
		lc->cyr++;
}

/* The bytes of a block of 64, a bit each (bit k: byte k). */
struct block {
	uint64_t letter;	/* ASCII letters */
	uint64_t high;		/* 0x80 or more */
	uint64_t cont;		/* 0x80 to 0xBF: a character's later bytes */
	uint64_t c2;		/* 0xC2: the first of U+0080 to U+00BF, no letters */
	uint64_t d0;		/* 0xD0 or more: the first of Cyrillic, CJK, Hangul */
};

/* The bytes of p[0..64) as struct block says. */
static void
block_read(const unsigned char *p, struct block *b)
{
#if defined(__SSE2__) && defined(__GNUC__)
	const __m128i bit5 = _mm_set1_epi8(0x20), a = _mm_set1_epi8('a'), z = _mm_set1_epi8(25),
	    top2 = _mm_set1_epi8((char)0xC0), x80 = _mm_set1_epi8((char)0x80),
	    xc2 = _mm_set1_epi8((char)0xC2), xd0 = _mm_set1_epi8((char)0xD0);
	int k;

	memset(b, 0, sizeof *b);
	for (k = 0; k < 4; k++) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * k));
		__m128i l = _mm_sub_epi8(_mm_or_si128(x, bit5), a);
		int sh = 16 * k;

		b->letter |= (uint64_t)(unsigned)_mm_movemask_epi8(
		    _mm_cmpeq_epi8(_mm_min_epu8(l, z), l)) << sh;
		b->high |= (uint64_t)(unsigned)_mm_movemask_epi8(x) << sh;
		b->cont |= (uint64_t)(unsigned)_mm_movemask_epi8(
		    _mm_cmpeq_epi8(_mm_and_si128(x, top2), x80)) << sh;
		b->c2 |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, xc2)) << sh;
		b->d0 |= (uint64_t)(unsigned)_mm_movemask_epi8(
		    _mm_cmpeq_epi8(_mm_max_epu8(x, xd0), x)) << sh;
	}
#else
	int k;

	memset(b, 0, sizeof *b);
	for (k = 0; k < 64; k++) {
		uint64_t bit = (uint64_t)1 << k;

		b->letter |= ascii_letter(p[k]) ? bit : 0;
		b->high |= p[k] >= 0x80 ? bit : 0;
		b->cont |= (p[k] & 0xC0) == 0x80 ? bit : 0;
		b->c2 |= p[k] == 0xC2 ? bit : 0;
		b->d0 |= p[k] >= 0xD0 ? bit : 0;
	}
#endif
}

/* How many bits of m are set (no popcount instruction is assumed). */
static size_t
count64(uint64_t m)
{
	m -= m >> 1 & 0x5555555555555555ULL;
	m = (m & 0x3333333333333333ULL) + (m >> 2 & 0x3333333333333333ULL);
	m = (m + (m >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
	return (size_t)((m * 0x0101010101010101ULL) >> 56);
}

const char *
clean_language(const char *text, size_t len)
{
	struct lang_count lc;
	size_t i, k, best = 0, ws = 0, wl = 0;
	uint64_t after_c2 = 0;	/* the block before ended on 0xC2 */

	if (!sw.loaded)
		stopwords_load();
	memset(&lc, 0, sizeof lc);
	/*
	 * Sixty-four bytes at a time, as masks (this pass reads every byte
	 * of every text kept; a branch a byte was a tenth of the stage): a
	 * word is a run of letters, ASCII ones and the bytes of characters
	 * from U+00C0 on (the first byte 0xC3 or more, and the later ones
	 * of such a character), and ends at any other byte.  A word
	 * running to the end of the text is not counted, nor its
	 * language.  The last block is read from a copy padded with NULs
	 * (no letters), the bits past the text set as letters: no word ends
	 * there.
	 */
	for (i = 0; i < len; i += 64) {
		unsigned char pad[64];
		const unsigned char *p = (const unsigned char *)text + i;
		uint64_t word, lead, valid = ~(uint64_t)0, m;
		size_t at;
		struct block b;

		if (len - i < 64) {
			memset(pad, 0, sizeof pad);
			memcpy(pad, p, len - i);
			p = pad;
			valid = ((uint64_t)1 << (len - i)) - 1;
		}
		block_read(p, &b);
		/* the characters of two bytes below U+00C0 are no letters,
		 * both their bytes; every other byte of 0x80 or more is a
		 * letter's */
		lead = b.high & ~b.cont & ~b.c2;
		word = b.letter | (b.high & ~(b.c2 | b.c2 << 1 | after_c2));
		after_c2 = b.c2 >> 63;
		lc.letters += count64(b.letter) + count64(lead);
		for (m = lead & b.d0; m != 0; m &= m - 1)
			count_script(&lc, text, len, i + (size_t)__builtin_ctzll(m));
		word |= ~valid;
		/* a word carried over from the block before goes on */
		if (wl > 0) {
			if (~word == 0) {
				wl += 64;
				continue;
			}
			at = (size_t)__builtin_ctzll(~word);
			word_end(&lc, text, len, ws, wl + at);
			wl = 0;
			word &= ~(uint64_t)0 << at;
		}
		/* the words of the block: each a run of set bits */
		while (word != 0) {
			size_t s = (size_t)__builtin_ctzll(word);
			uint64_t rest = ~word & (~(uint64_t)0 << s);

			if (rest == 0) {	/* on into the next block */
				ws = i + s;
				wl = 64 - s;
				break;
			}
			at = (size_t)__builtin_ctzll(rest);
			word_end(&lc, text, len, i + s, at - s);
			word &= ~(uint64_t)0 << at;
		}
	}
	if (lc.letters == 0)
		return NULL;
	if (lc.hangul * 4 > lc.letters)
		return "ko";
	if (lc.kana * 10 > lc.letters)
		return "ja";
	if (lc.han * 4 > lc.letters)
		return "zh";
	if (lc.cyr * 4 > lc.letters)
		return "ru";
	for (k = 1; k < sw.nlang; k++)
		if (lc.score[k] > lc.score[best])
			best = k;
	/* at least one word in twenty a function word of the language */
	return sw.nlang > 0 && lc.score[best] >= 3 && lc.score[best] * 20 >= lc.total ?
	    sw.code[best] : NULL;
}
