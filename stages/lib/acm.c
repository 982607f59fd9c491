/*
 * acm.c: Aho-Corasick, many words found in one pass over a text.
 *
 * The automaton is a full table of transitions (a state and a byte give
 * the next state, no failure links followed while scanning), so a scan
 * costs a table lookup a byte.  To keep the table small, bytes are read
 * through classes: one class per byte that occurs in some word (an ASCII
 * capital shares its small letter's), and class 0 for every other byte,
 * which leads back to the start.  A state's words are its own and those
 * of the longest proper suffix that ends a word (the "dictionary link"),
 * followed only where a word ends.
 */
#include <stdlib.h>
#include <string.h>
#include "buf.h"
#include "hmap.h"
#include "msg.h"
#include "acm.h"

struct acm {
	struct hmap *ids;	/* word, lowered -> id + 1 (before acm_build) */
	char **words;		/* the words, lowered, by id; freed by acm_build */
	size_t nwords;
	unsigned char cls[256];	/* byte -> class; 0: in no word */
	size_t ncls;		/* classes, class 0 included */
	uint32_t *next;		/* next[state * ncls + class]; after acm_build,
				 * the row of the next state (state * ncls), with
				 * ACM_OUT set when that state ends a word */
	int32_t *word;		/* the word a state ends, or -1 */
	uint32_t *out;		/* the first state at or after this one (by
				 * dictionary links) that ends a word, or 0 */
	uint32_t *dict;		/* the dictionary link of a state, or 0 */
	size_t nstates;
	size_t longest;		/* the longest word, in bytes */
	int built;
};

/*
 * The flag of a built transition to a state that ends a word (out[] not
 * 0): a scan follows rows, not states, so that a byte costs a load and an
 * add, and only at the end of a word divides to find the state.
 */
#define ACM_OUT 0x80000000u

static unsigned char
lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + ('a' - 'A')) : c;
}

struct acm *
acm_new(void)
{
	struct acm *a = xcalloc(1, sizeof *a);

	a->ids = hmap_new();
	return a;
}

void
acm_free(struct acm *a)
{
	size_t i;

	if (a == NULL)
		return;
	if (a->ids)
		hmap_free(a->ids, NULL);
	for (i = 0; a->words && i < a->nwords; i++)
		free(a->words[i]);
	free(a->words);
	free(a->next);
	free(a->word);
	free(a->out);
	free(a->dict);
	free(a);
}

int
acm_add(struct acm *a, const char *w, size_t n)
{
	char *low = xmalloc(n + 1);
	uintptr_t id;
	size_t i;

	if (a->built)
		die("acm_add after acm_build");
	for (i = 0; i < n; i++)
		low[i] = (char)lower((unsigned char)w[i]);
	low[n] = '\0';
	if ((id = (uintptr_t)hmap_get(a->ids, low)) != 0) {
		free(low);
		return (int)id - 1;
	}
	hmap_put(a->ids, low, (void *)(uintptr_t)(a->nwords + 1));
	a->words = xrealloc(a->words, (a->nwords + 1) * sizeof *a->words);
	a->words[a->nwords] = low;
	return (int)a->nwords++;
}

size_t
acm_nwords(const struct acm *a)
{
	return a->nwords;
}

size_t
acm_setwords(const struct acm *a)
{
	return a->nwords ? (a->nwords + 63) / 64 : 1;
}

/* A new state without transitions (all to 0, filled in by acm_build). */
static uint32_t
new_state(struct acm *a, size_t *cap)
{
	if (a->nstates == *cap) {
		*cap = *cap ? 2 * *cap : 64;
		a->next = xrealloc(a->next, *cap * a->ncls * sizeof *a->next);
		a->word = xrealloc(a->word, *cap * sizeof *a->word);
	}
	memset(a->next + a->nstates * a->ncls, 0, a->ncls * sizeof *a->next);
	a->word[a->nstates] = -1;
	return (uint32_t)a->nstates++;
}

void
acm_build(struct acm *a)
{
	size_t cap = 0, i, k, head, tail;
	uint32_t *queue, *fail, s, t, c;
	unsigned b;

	/* the classes: one per byte of some word, capitals as small letters */
	a->ncls = 1;
	for (i = 0; i < a->nwords; i++)
		for (k = 0; a->words[i][k]; k++) {
			b = (unsigned char)a->words[i][k];
			if (a->cls[b] == 0)
				a->cls[b] = (unsigned char)a->ncls++;
		}
	for (b = 'A'; b <= 'Z'; b++)
		a->cls[b] = a->cls[lower((unsigned char)b)];
	/* the trie; state 0 is the start */
	new_state(a, &cap);
	for (i = 0; i < a->nwords; i++) {
		if (strlen(a->words[i]) > a->longest)
			a->longest = strlen(a->words[i]);
		for (s = 0, k = 0; a->words[i][k]; k++) {
			c = a->cls[(unsigned char)a->words[i][k]];
			if (a->next[s * a->ncls + c] == 0) {
				t = new_state(a, &cap);
				a->next[s * a->ncls + c] = t;
			}
			s = a->next[s * a->ncls + c];
		}
		a->word[s] = (int32_t)i;
	}
	/*
	 * Breadth first, so a state's failure (the longest proper suffix
	 * that is a state) is done before it: a missing transition is its
	 * failure's, a state's dictionary link the failure if it ends a
	 * word, else the failure's link.
	 */
	queue = xmalloc(a->nstates * sizeof *queue);
	fail = xcalloc(a->nstates, sizeof *fail);
	a->dict = xcalloc(a->nstates, sizeof *a->dict);
	a->out = xcalloc(a->nstates, sizeof *a->out);
	head = tail = 0;
	for (c = 1; c < a->ncls; c++)
		if ((t = a->next[c]) != 0)
			queue[tail++] = t;	/* fail[t] = 0 */
	while (head < tail) {
		s = queue[head++];
		a->dict[s] = a->word[fail[s]] >= 0 ? fail[s] : a->dict[fail[s]];
		for (c = 1; c < a->ncls; c++) {
			uint32_t *to = &a->next[s * a->ncls + c];

			if (*to == 0) {
				*to = a->next[fail[s] * a->ncls + c];
			} else {
				fail[*to] = a->next[fail[s] * a->ncls + c];
				queue[tail++] = *to;
			}
		}
	}
	for (s = 0; s < a->nstates; s++)
		a->out[s] = a->word[s] >= 0 ? s : a->dict[s];
	if (a->nstates * a->ncls >= ACM_OUT)
		die("acm: %zu states of %zu classes, too many", a->nstates, a->ncls);
	for (i = 0; i < a->nstates * a->ncls; i++)
		a->next[i] = a->next[i] * (uint32_t)a->ncls | (a->out[a->next[i]] ? ACM_OUT : 0);
	free(queue);
	free(fail);
	for (i = 0; i < a->nwords; i++)
		free(a->words[i]);
	free(a->words);
	a->words = NULL;
	hmap_free(a->ids, NULL);
	a->ids = NULL;
	a->built = 1;
}

/* Set in hits the bits of the words that end in the state of row (ACM_OUT set). */
static void
add_words(const struct acm *a, uint32_t row, uint64_t *hits)
{
	uint32_t o;

	/* the start state ends no word: out[] == 0 means none */
	for (o = a->out[(row & ~ACM_OUT) / a->ncls]; o != 0; o = a->dict[o])
		hits[a->word[o] >> 6] |= (uint64_t)1 << (a->word[o] & 63);
}

/*
 * A long text is read as two halves at once, two walks through the
 * table in one loop: each byte's lookup waits for the one before it
 * (the row it gives), so one walk leaves the processor idle between
 * loads, most of all when the row is not in the cache; two walks that
 * do not depend on each other overlap their loads.  The second half
 * starts a word's length early (longest - 1 bytes before the middle):
 * a word that ends in it is found whole by its walk, as it would be by
 * one walk over all (a walk from the start state finds exactly the
 * words inside what it reads); words found in the overlap twice are
 * one bit.
 */
void
acm_scan(const struct acm *a, const char *s, size_t len, uint64_t *hits)
{
	const uint32_t *next = a->next;
	const unsigned char *cls = a->cls;
	const unsigned char *p = (const unsigned char *)s, *end = p + len, *q, *mid;
	uint32_t row = 0, row2 = 0;

	if (!a->built || a->nwords == 0)
		return;
	if (len >= 4 * a->longest + 32) {
		mid = p + len / 2;
		for (q = mid - (a->longest - 1); p < mid; p++, q++) {
			row = next[(row & ~ACM_OUT) + cls[*p]];
			row2 = next[(row2 & ~ACM_OUT) + cls[*q]];
			if ((row | row2) & ACM_OUT) {
				if (row & ACM_OUT)
					add_words(a, row, hits);
				if (row2 & ACM_OUT)
					add_words(a, row2, hits);
			}
		}
		p = q;
		row = row2;
	}
	for (; p < end; p++) {
		row = next[(row & ~ACM_OUT) + cls[*p]];
		if (row & ACM_OUT)
			add_words(a, row, hits);
	}
}

/*
 * Many texts, four walks at once.  A walk waits on each byte for the row
 * the byte before gave; four walks that do not depend on each other
 * overlap their loads (the table is larger than the first cache).  Each
 * walk takes the next text when its own ends, so that the four stay busy
 * to the last few texts (a news text's lines are of every length).
 */
#define ACM_LANES 4

void
acm_scan_many(const struct acm *a, size_t n, const char *const *s, const size_t *len,
	      uint64_t *hits)
{
	const uint32_t *next = a->next;
	const unsigned char *cls = a->cls;
	const unsigned char *p[ACM_LANES], *e[ACM_LANES];
	uint64_t *h[ACM_LANES];
	uint32_t row[ACM_LANES];
	size_t w = acm_setwords(a), k = 0, j, m;

	if (!a->built || a->nwords == 0)
		return;
	for (j = 0; j < ACM_LANES; j++)
		p[j] = e[j] = NULL;
	for (;;) {
		/* a walk at its text's end takes the next text not empty */
		for (j = 0; j < ACM_LANES; j++) {
			if (p[j] != e[j])
				continue;
			while (k < n && len[k] == 0)
				k++;
			if (k == n)
				break;
			p[j] = (const unsigned char *)s[k];
			e[j] = p[j] + len[k];
			h[j] = hits + k++ * w;
			row[j] = 0;
		}
		if (j < ACM_LANES)
			break;		/* no text left for walk j */
		/* the four as far as the shortest text goes */
		m = (size_t)(e[0] - p[0]);
		for (j = 1; j < ACM_LANES; j++)
			if ((size_t)(e[j] - p[j]) < m)
				m = (size_t)(e[j] - p[j]);
		{
			const unsigned char *p0 = p[0], *p1 = p[1], *p2 = p[2], *p3 = p[3];
			uint32_t r0 = row[0], r1 = row[1], r2 = row[2], r3 = row[3];
			size_t i;

			for (i = 0; i < m; i++) {
				r0 = next[(r0 & ~ACM_OUT) + cls[p0[i]]];
				r1 = next[(r1 & ~ACM_OUT) + cls[p1[i]]];
				r2 = next[(r2 & ~ACM_OUT) + cls[p2[i]]];
				r3 = next[(r3 & ~ACM_OUT) + cls[p3[i]]];
				if ((r0 | r1 | r2 | r3) & ACM_OUT) {
					if (r0 & ACM_OUT)
						add_words(a, r0, h[0]);
					if (r1 & ACM_OUT)
						add_words(a, r1, h[1]);
					if (r2 & ACM_OUT)
						add_words(a, r2, h[2]);
					if (r3 & ACM_OUT)
						add_words(a, r3, h[3]);
				}
			}
			row[0] = r0, row[1] = r1, row[2] = r2, row[3] = r3;
		}
		for (j = 0; j < ACM_LANES; j++)
			p[j] += m;
	}
	/* the last texts, each walk alone */
	for (j = 0; j < ACM_LANES; j++) {
		uint32_t r = row[j];

		for (; p[j] != e[j]; p[j]++) {
			r = next[(r & ~ACM_OUT) + cls[*p[j]]];
			if (r & ACM_OUT)
				add_words(a, r, h[j]);
		}
	}
}
