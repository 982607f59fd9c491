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
 * (quotation marks and the final stop aside), so the search is linear in
 * the text; only sentences of six words or more count, so that a short
 * "He was released." said twice makes no pull quote.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "buf.h"
#include "hmap.h"
#include "clean.h"

/* The lines a sentence stands in: how many, and the longest of them. */
struct sent {
	long first;		/* the first line holding it */
	long longest;		/* the line of the most words holding it */
	int lines;		/* lines holding it (counted once a line) */
};

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
 * the final stop or comma trimmed) into key, its words in *words.  0 at
 * the end of s.  A sentence ends at '.', '!' or '?' before a space (after
 * any closing marks), at a comma that closes a quote, or at the line's end.
 */
static int
next_sentence(const char *s, size_t len, size_t *at, struct buf *key, int *words)
{
	size_t i = *at, start, end, m;

	while (i < len && (s[i] == ' ' || (m = quote_mark(s, len, i)) > 0))
		i += s[i] == ' ' ? 1 : m;
	if (i >= len)
		return 0;
	start = i;
	for (; i < len; i++) {
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
	buf_reset(key);
	buf_add(key, s + start, end - start);
	/* words as the spaces part them: cheaper than clean_words(), and
	 * only the count's order matters here */
	*words = end > start;
	for (m = start; m < end; m++)
		*words += s[m] == ' ';
	return 1;
}

void
clean_find_pullquotes(const struct cdoc *d, unsigned char *quote)
{
	struct hmap *seen = hmap_new();
	struct sent *sents = NULL;
	struct buf key = BUF_INIT;
	size_t nsent = 0, cap = 0, i, at;
	int words;

	memset(quote, 0, d->n);
	/* Every sentence of every line kept: the lines holding it. */
	for (i = 0; i < d->n; i++) {
		const struct cline *l = &d->lines[i];

		if (l->blank || l->drop)
			continue;
		for (at = 0; next_sentence(l->s, l->len, &at, &key, &words); ) {
			uintptr_t k;
			struct sent *e;

			if (words < QUOTE_MIN_WORDS)
				continue;
			if ((k = (uintptr_t)hmap_get(seen, key.data)) == 0) {
				if (nsent == cap)
					sents = xrealloc(sents, (cap = cap ? 2 * cap : 64) * sizeof *sents);
				sents[nsent] = (struct sent){ (long)i, (long)i, 1 };
				hmap_put(seen, key.data, (void *)(uintptr_t)++nsent);
				continue;
			}
			e = &sents[k - 1];
			if (e->first != (long)i && e->lines < 2)
				e->lines = 2;
			if (l->words > d->lines[e->longest].words)
				e->longest = (long)i;
		}
	}
	/* A line is a pull quote when each of its sentences that counts
	 * stands in a longer line too, and they make most of it. */
	for (i = 0; i < d->n; i++) {
		const struct cline *l = &d->lines[i];
		int covered = 0, all = 1;

		if (l->blank || l->drop)
			continue;
		for (at = 0; all && next_sentence(l->s, l->len, &at, &key, &words); ) {
			const struct sent *e;

			if (words < QUOTE_MIN_WORDS)
				continue;
			e = &sents[(uintptr_t)hmap_get(seen, key.data) - 1];
			if (e->lines < 2 || d->lines[e->longest].words <= l->words)
				all = 0;
			covered += words;
		}
		quote[i] = all && covered > 0 && covered * 10 >= l->words * 7;
	}
	buf_release(&key);
	free(sents);
	hmap_free(seen, NULL);
}
