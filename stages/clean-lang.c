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
	size_t maxlen;		/* the longest word, in bytes: no longer one is looked up */
	/* bit n of first[b] (last[b]): a word of n bytes begins (ends) with
	 * byte b.  Most words of a text are no function word: these tell
	 * most of them so without a lookup (hashing each word was a third
	 * of the language's cost). */
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
		if (strlen(w) > sw.maxlen)
			sw.maxlen = strlen(w);
		if (strlen(w) < 32) {
			sw.first[(unsigned char)w[0]] |= (uint32_t)1 << strlen(w);
			sw.last[(unsigned char)w[strlen(w) - 1]] |= (uint32_t)1 << strlen(w);
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

/*
 * The high bit of each byte of w that is not an ASCII letter: with the
 * case bit set and the high bit cleared, a letter is from 'a' to 'z' (the
 * sums of seven-bit bytes carry into no other byte), and a byte with its
 * high bit set is none.
 */
static inline uint64_t
not_letters8(uint64_t w)
{
	const uint64_t high = 0x8080808080808080ULL;
	uint64_t x = (w | 0x2020202020202020ULL) & 0x7F7F7F7F7F7F7F7FULL;
	uint64_t letter = (x + 0x1F1F1F1F1F1F1F1FULL) & ~(x + 0x0505050505050505ULL) & ~w & high;

	return ~letter & high;
}

/*
 * The end of the run of ASCII letters in text[i..len): eight bytes at a
 * time (a word is read in a step or two, not a branch a letter).
 */
static size_t
letters_end(const char *text, size_t i, size_t len)
{
	uint64_t m;

	for (; i + 8 <= len; i += 8) {
		if ((m = not_letters8(clean_load8(text + i))) != 0)
			return i + clean_first8(m);
	}
	while (i < len && ascii_letter((unsigned char)text[i]))
		i++;
	return i;
}

const char *
clean_language(const char *text, size_t len)
{
	size_t i = 0, n, hangul = 0, kana = 0, han = 0, cyr = 0, letters = 0, k;
	int32_t c;
	size_t score[MAX_LANG] = { 0 }, best = 0, total = 0;
	size_t wl = 0, ws = 0;

	if (!sw.loaded)
		stopwords_load();

	while (i < len) {
		/*
		 * A run of ASCII letters, most of a text, joins the word at
		 * once, as the general case below would add it letter by
		 * letter: this pass reads every byte of every text kept.  A
		 * word is one stretch of the text (ws, wl bytes), copied
		 * only when it is looked up.
		 */
		if (ascii_letter((unsigned char)text[i])) {
			size_t start = i;

			i = letters_end(text, i + 1, len);
			letters += i - start;
			if (wl == 0)
				ws = start;
			wl += i - start;
			continue;
		}
		if ((unsigned char)text[i] < 0x80) {
			i++;	/* no letter, no script: the word ends */
		} else {
			if ((n = utf8_decode(text + i, len - i, &c)) == 0)
				n = 1, c = ' ';
			i += n;
			if (c >= 0xAC00 && c <= 0xD7A3)
				hangul++;
			else if (c >= 0x3040 && c <= 0x30FF)
				kana++;
			else if (c >= 0x4E00 && c <= 0x9FFF)
				han++;
			else if (c >= 0x0400 && c <= 0x04FF)
				cyr++;
			if (c >= 0xC0) {	/* a letter beyond ASCII, as it is */
				letters++;
				if (wl == 0)
					ws = i - n;
				wl += n;
				continue;
			}
		}
		/* no lookup for most words: by their length, first and
		 * last byte (in lower case), no function word */
		if (wl > 0 && wl < 12) {
			uint32_t set;

			if (wl <= sw.maxlen &&
			    (sw.first[lower_letter((unsigned char)text[ws])] >> wl & 1) &&
			    (sw.last[lower_letter((unsigned char)text[ws + wl - 1])] >> wl & 1)) {
				set = text_word_langs(text, len, ws, wl);
				for (k = 0; set != 0 && k < sw.nlang; k++)
					if (set & (uint32_t)1 << k) {
						score[k]++;
						set &= ~((uint32_t)1 << k);
					}
			}
			total++;
		}
		wl = 0;
	}
	if (letters == 0)
		return NULL;
	if (hangul * 4 > letters)
		return "ko";
	if (kana * 10 > letters)
		return "ja";
	if (han * 4 > letters)
		return "zh";
	if (cyr * 4 > letters)
		return "ru";
	for (k = 1; k < sw.nlang; k++)
		if (score[k] > score[best])
			best = k;
	/* at least one word in twenty a function word of the language */
	return sw.nlang > 0 && score[best] >= 3 && score[best] * 20 >= total ? sw.code[best] : NULL;
}
