/*
 * clean-quotes.c: pull quotes, the sentences of a page that stand twice.
 *
 * A page sets a quote of its article apart in large type ("My son was
 * taken at the border. We never heard from him again."), between two
 * paragraphs: a line of its own whose every sentence the article says
 * again, inside a longer paragraph ("“My son was taken at the border,”
 * she said. ...").  Read as text, the copy is a paragraph of prose like
 * the others; what gives it away is that its sentences are all found
 * again, in a longer line.  The sentences of every line are hashed once
 * (quotation marks and the final stop aside) into a table of their own
 * that points into the lines, so the search is linear in the text and
 * copies nothing; only sentences of six words or more count, so that a
 * short "He was released." said twice makes no pull quote.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include "buf.h"
#include "clean.h"

/* A sentence, and the lines it stands in: how many, and the longest. */
struct sent {
	uint64_t hash;		/* 0: a free slot */
	const char *s;		/* borrowed from its first line */
	size_t len;
	long first;		/* the first line holding it */
	long longest;		/* the line of the most words holding it */
	int lines;		/* lines holding it (counted once a line) */
};

/* Open addressing, linear probing, at most half full. */
struct sents {
	struct sent *slot;
	size_t cap, n;		/* cap a power of two */
};

/*
 * A hash of s[0..len), never 0 (0 marks a free slot).  Eight bytes at a
 * time, each word mixed in by a multiply: a multiply a byte (FNV-1a) was
 * a third of the search.
 */
static uint64_t
hash_of(const char *s, size_t len)
{
	uint64_t h = 14695981039346656037ULL ^ len, w;
	size_t i;

	for (i = 0; i + 8 <= len; i += 8) {
		memcpy(&w, s + i, 8);
		h = (h ^ w) * 0x9E3779B97F4A7C15ULL;
		h ^= h >> 32;
	}
	for (; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
	return h ? h : 1;
}

/* The slot of s[0..len) (hash h): its entry, or the free slot it would take. */
static struct sent *
slot_of(const struct sents *t, uint64_t h, const char *s, size_t len)
{
	size_t i;

	for (i = h & (t->cap - 1);; i = (i + 1) & (t->cap - 1)) {
		struct sent *e = &t->slot[i];

		if (e->hash == 0 || (e->hash == h && e->len == len && memcmp(e->s, s, len) == 0))
			return e;
	}
}

/* Make room for one more entry (the table stays at most half full). */
static void
sents_grow(struct sents *t)
{
	struct sents bigger;
	size_t i;

	if (2 * (t->n + 1) <= t->cap)
		return;
	bigger.cap = t->cap ? 2 * t->cap : 32;	/* a short text has a few dozen */
	bigger.n = t->n;
	bigger.slot = xcalloc(bigger.cap, sizeof *bigger.slot);
	for (i = 0; i < t->cap; i++)
		if (t->slot[i].hash != 0)
			*slot_of(&bigger, t->slot[i].hash, t->slot[i].s, t->slot[i].len) = t->slot[i];
	free(t->slot);
	*t = bigger;
}

/* Sentences of fewer words say too little to be a quote's. */
#define QUOTE_MIN_WORDS 6

/* Is s[i] (a byte) a quotation mark or bracket that opens or closes a quote? */
static size_t
quote_mark(const char *s, size_t len, size_t i)
{
	static const char *const marks[] = { "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98",
		"\xE2\x80\x99", "\xC2\xAB", "\xC2\xBB", NULL };	/* “ ” ‘ ’ « » */
	size_t k;

	if (s[i] == '"' || s[i] == '\'' || s[i] == '(' || s[i] == ')')
		return 1;
	if (s[i] != '\xE2' && s[i] != '\xC2')	/* the first byte of each mark */
		return 0;
	for (k = 0; marks[k]; k++)
		if (i + strlen(marks[k]) <= len && memcmp(s + i, marks[k], strlen(marks[k])) == 0)
			return strlen(marks[k]);
	return 0;
}

/*
 * The next sentence of s[*at..len): its key (quotation marks, spaces and
 * the final stop or comma trimmed) at s[*ks..*ke), its words in *words.
 * 0 at the end of s.  A sentence ends at '.', '!' or '?' before a space (after
 * any closing marks), at a comma that closes a quote, or at the line's end.
 */
/* The bytes next_sentence() stops at: '.', '!', '?' and ','. */
static const unsigned char stop[256] = {
	['.'] = 1, ['!'] = 1, ['?'] = 1, [','] = 1
};

/*
 * The high bit of each byte of w that may be a stop (stop[]): the ASCII
 * bytes below '@' but the space (digits and punctuation, a byte in
 * twenty of prose); the loop below tells the stops among them.
 */
static inline uint64_t
stops8(uint64_t w)
{
	const uint64_t high = 0x8080808080808080ULL;

	return ~((w & 0x7F7F7F7F7F7F7F7FULL) + 0x4040404040404040ULL) & ~w & high &
	    ~clean_eq8(w, ' ');
}

/* How many bits of the 16-bit m are set (no popcount instruction is
 * assumed: the bits added in pairs, fours, eights). */
static inline size_t
count16(unsigned m)
{
	m -= m >> 1 & 0x5555;
	m = (m & 0x3333) + (m >> 2 & 0x3333);
	m = (m + (m >> 4)) & 0x0F0F;
	return (m + (m >> 8)) & 0x1F;
}

static int
next_sentence(const char *s, size_t len, size_t *at, size_t *ks, size_t *ke, int *words)
{
	size_t i = *at, start, end, m, spaces = 0;

	while (i < len && (s[i] == ' ' || (m = quote_mark(s, len, i)) > 0))
		i += s[i] == ' ' ? 1 : m;
	if (i >= len)
		return 0;
	start = i;
	for (; i < len; i++) {
		/* the spaces counted on the way (the words below); every
		 * byte of every line of prose comes here, sixteen (where SSE2
		 * is) or eight at a time to the next byte that is (or, by
		 * eight, may be) a stop, its spaces counted as a mask's bits */
#if defined(__SSE2__) && defined(__GNUC__)
		while (i + 16 <= len) {
			__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
			unsigned st = (unsigned)_mm_movemask_epi8(_mm_or_si128(
			    _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('.')),
			    _mm_cmpeq_epi8(x, _mm_set1_epi8('!'))),
			    _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('?')),
			    _mm_cmpeq_epi8(x, _mm_set1_epi8(',')))));
			unsigned sp = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x,
			    _mm_set1_epi8(' ')));

			if (st == 0) {
				spaces += count16(sp);
				i += 16;
				continue;
			}
			spaces += count16(sp & ((st & (~st + 1)) - 1));
			i += (size_t)__builtin_ctz(st);
			break;
		}
#endif
		while (i + 8 <= len) {
			uint64_t w = clean_load8(s + i), st = stops8(w);

			if (st == 0) {
				spaces += clean_count8(clean_eq8(w, ' '));
				i += 8;
				continue;
			}
			st &= ~st + 1;		/* the first one's high bit */
			spaces += clean_count8(clean_eq8(w, ' ') & (st - 1));
			i += clean_first8(st);
			break;
		}
		if (i >= len)
			break;
		spaces += s[i] == ' ';
		if (!stop[(unsigned char)s[i]])
			continue;
		/* a stop, or a comma that closes a quote: '"..., month," she said' */
		if (s[i] != '.' && s[i] != '!' && s[i] != '?' &&
		    !(s[i] == ',' && i + 1 < len && quote_mark(s, len, i + 1) > 0))
			continue;
		for (end = i + 1; end < len && (m = quote_mark(s, len, end)) > 0; end += m)
			;
		if (end >= len || s[end] == ' ')
			break;
	}
	end = i < len ? i : len;
	*at = i < len ? i + 1 : len;
	/* trim closing marks, commas and spaces before the stop: 'there,”' */
	for (;;) {
		if (end > start && (s[end - 1] == ',' || s[end - 1] == ' ' || s[end - 1] == '"' ||
		    s[end - 1] == '\'' || s[end - 1] == ';'))
			end--;
		else if (end >= start + 3 && quote_mark(s, len, end - 3) == 3)
			end -= 3;
		else
			break;
	}
	*ks = start;
	*ke = end;
	/* words as the spaces part them: cheaper than clean_words(), and
	 * only the count's order matters here; not the spaces trimmed */
	for (m = end; m < i && m < len; m++)
		spaces -= s[m] == ' ';
	*words = (end > start) + (int)spaces;
	return 1;
}

/* A sentence of a line that counts (QUOTE_MIN_WORDS or more), as the
 * first pass found it, so the second needs neither cut nor hash it again. */
struct found {
	uint64_t hash;
	size_t ks, ke;
	int words;
};

void
clean_find_pullquotes(const struct cdoc *d, unsigned char *quote)
{
	struct sents t = { NULL, 0, 0 };
	struct found *f = NULL;
	size_t i, at, ks, ke, nf = 0, capf = 0, k;
	size_t *from = xmalloc((d->n + 1) * sizeof *from);	/* line i: f[from[i]..from[i+1]) */
	int words;

	memset(quote, 0, d->n);
	/* Every sentence of every line kept: the lines holding it. */
	for (i = 0; i < d->n; i++) {
		const struct cline *l = &d->lines[i];

		from[i] = nf;
		if (l->blank || l->drop)
			continue;
		for (at = 0; next_sentence(l->s, l->len, &at, &ks, &ke, &words); ) {
			uint64_t h;
			struct sent *e;

			if (words < QUOTE_MIN_WORDS)
				continue;
			sents_grow(&t);
			h = hash_of(l->s + ks, ke - ks);
			if (nf == capf)
				f = xrealloc(f, (capf = capf ? 2 * capf : 64) * sizeof *f);
			f[nf++] = (struct found){ h, ks, ke, words };
			if ((e = slot_of(&t, h, l->s + ks, ke - ks))->hash == 0) {
				*e = (struct sent){ h, l->s + ks, ke - ks, (long)i, (long)i, 1 };
				t.n++;
				continue;
			}
			if (e->first != (long)i && e->lines < 2)
				e->lines = 2;
			if (l->words > d->lines[e->longest].words)
				e->longest = (long)i;
		}
	}
	from[d->n] = nf;
	/* A line is a pull quote when each of its sentences that counts
	 * stands in a longer line too, and they make most of it. */
	for (i = 0; i < d->n; i++) {
		const struct cline *l = &d->lines[i];
		int covered = 0, all = 1;

		if (l->blank || l->drop)
			continue;
		for (k = from[i]; all && k < from[i + 1]; k++) {
			const struct sent *e = slot_of(&t, f[k].hash, l->s + f[k].ks,
			    f[k].ke - f[k].ks);

			if (e->lines < 2 || d->lines[e->longest].words <= l->words)
				all = 0;
			covered += f[k].words;
		}
		quote[i] = all && covered > 0 && covered * 10 >= l->words * 7;
	}
	free(t.slot);
	free(f);
	free(from);
}
