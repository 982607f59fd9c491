/*
 * clean-index.c: which of a lexicon's patterns a line can meet, found
 * without trying them.
 *
 * Most rules of boilerplate.tsv and cues of line-cues.tsv are anchored
 * and open with a fixed word or a few ("^(?:share|post|send) (?:on|to)
 * ..."), and a line begins with one word: of three hundred rules, a line
 * can meet a handful.  Testing each rule's limits and first byte on every
 * line cost more than the patterns that do run.  So, once, when the
 * lexicon loads, each pattern is read for the words a match can begin
 * with (its "first words"); one that has none (not anchored, or opening
 * on a class) is kept by its needed words (the lexicons' "needs" column,
 * or a phrase that must be contained), found by clean_find_words before;
 * one with neither is tried on every line.  A line then looks up its own
 * first word, and the words it holds, and gets the few patterns that
 * could match it, in the lexicon's order.  The index only passes
 * patterns over: whether one matches is still the pattern's to say.
 *
 * The reading of a pattern is deliberately small: a "^" (after leading
 * option settings), then letters, or a non-capturing group of
 * alternatives that each begin so in turn (letters, or a group: "^(?:(?:
 * home|news)\s*\|?){3,}$"), and past a group that may be absent, what
 * follows it too ("^(?:an? |the )?screen grab": "a", "the", "screen").
 * Anything else (a class, a lookahead, a top-level "|", an
 * extended-mode pattern) leaves the pattern without first words: tried
 * on more lines, never missed.
 */
#include <stdlib.h>
#include <string.h>
#include "msg.h"
#include "clean.h"

/* A growable list of item ids, ascending as added. */
struct ilist {
	int *v;
	size_t n, cap;
};

/* A first word of an item: the line's first word is w, or begins with it
 * when open ("comments?": "comment", open). */
struct first_key {
	char *w;		/* ASCII lower case */
	size_t n;
	int open;
	int id;
};

struct clean_index {
	/* the first words by their first letter, a-z: a line compares its
	 * own with a few (a hash of it cost more than the comparisons) */
	struct first_key *first[26];
	size_t nfirst[26];
	struct ilist *byword;	/* acm word id -> items needing it */
	size_t nbyword;
	uint64_t *mask;		/* the words of byword that have items */
	size_t maskw;
	struct ilist always;	/* items with neither: tried on every line */
	size_t entries;		/* ids in all lists: the room find needs */
};

/* The longest first word kept (longer ones are not read). */
#define FIRST_WORD_MAX 31

static void
ilist_add(struct ilist *l, int id)
{
	if (l->n > 0 && l->v[l->n - 1] == id)
		return;		/* two alternatives of one item, one key */
	if (l->n == l->cap)
		l->v = xrealloc(l->v, (l->cap = l->cap ? 2 * l->cap : 4) * sizeof *l->v);
	l->v[l->n++] = id;
}

static int
is_letter(unsigned char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* ---- reading a pattern ---- */

/* The end of the group or class opened at p (p[0] is '(' or '['): the
 * byte after its closing bracket, or NULL when there is none. */
static const char *
skip_bracket(const char *p)
{
	int depth = 0;

	if (*p == '[') {
		p++;
		if (*p == '^')
			p++;
		if (*p == ']')
			p++;	/* a ']' first is a member */
		for (; *p && *p != ']'; p++)
			if (*p == '\\' && p[1])
				p++;
		return *p ? p + 1 : NULL;
	}
	for (; *p; p++) {
		if (*p == '\\' && p[1])
			p++;
		else if (*p == '[') {
			if ((p = skip_bracket(p)) == NULL)
				return NULL;
			p--;
		} else if (*p == '(')
			depth++;
		else if (*p == ')' && --depth == 0)
			return p + 1;
	}
	return NULL;
}

/* Does the pattern from p hold a "|" outside every group? */
static int
top_level_or(const char *p)
{
	for (; *p; p++) {
		if (*p == '\\' && p[1])
			p++;
		else if (*p == '(' || *p == '[') {
			if ((p = skip_bracket(p)) == NULL)
				return 1;	/* unbalanced: say the worst */
			p--;
		} else if (*p == '|')
			return 1;
	}
	return 0;
}

/* May the element at p be absent ("x?", "x*", "x{0,3}")?  q is its end. */
static int
may_be_absent(const char *q)
{
	return *q == '?' || *q == '*' || (q[0] == '{' && q[1] == '0');
}

/*
 * After a run of letters, can the pattern at p go on with another letter
 * (or with nothing that stops the word)?  0 only when the element at p
 * must match, and matches no ASCII letter: a space, \s, \d, \W, \b, $,
 * punctuation.  after: where to look when p ends an alternative (the
 * rest after its group), or NULL.
 */
static int
may_go_on(const char *p, const char *after)
{
	const char *q;

	if (*p == '|' || *p == ')' || *p == '\0')
		return after ? may_go_on(after, NULL) : 1;
	if (*p == '$')
		return 0;
	if (*p == '\\') {
		if (p[1] == 'b')
			return 0;	/* a letter ended: no word character follows */
		if (p[1] == '\0' || (strchr("sdW", p[1]) == NULL &&
		    ((unsigned char)p[1] >= 0x80 || is_letter((unsigned char)p[1]) ||
		    (p[1] >= '0' && p[1] <= '9'))))
			return 1;	/* \S, \w, \p{..}, a back reference */
		q = p + 2;
	} else if (*p == ' ' || strchr(":,-/'\"#@%&;!=<>~", *p) != NULL) {
		q = p + 1;
	} else {
		return 1;	/* '.', a class, a group, a letter, non-ASCII */
	}
	return may_be_absent(q);
}

/* Keep in keys the word w[0..n) in lower case, open or closed: 'o' or
 * 'c', the word, a NUL. */
static void
keep_word(struct buf *keys, int open, const char *w, size_t n)
{
	buf_addc(keys, open ? 'o' : 'c');
	for (size_t k = 0; k < n; k++)
		buf_addc(keys, w[k] | 0x20);
	buf_addc(keys, '\0');
}

/*
 * Keep in keys the first word of the alternative a (up to end); after is
 * the rest of the pattern after its group (NULL: none).  Returns 0, or -1
 * when the alternative opens on no letter.
 */
static int
add_alternative(const char *a, const char *end, const char *after, struct buf *keys)
{
	size_t n = 0;
	int open;

	while (a + n < end && is_letter((unsigned char)a[n]))
		n++;
	if (n == 0)
		return -1;
	if (a + n < end && strchr("?*{+", a[n]) != NULL) {
		/* the last letter repeated or optional: the word is at
		 * least the letters before it, perhaps longer */
		if (a[n] != '+')
			n--;
		open = 1;
	} else {
		open = may_go_on(a + n < end ? a + n : end, after);
	}
	if (n == 0 || n > FIRST_WORD_MAX)
		return -1;
	keep_word(keys, open, a, n);
	return 0;
}

/*
 * The first words of the sequence p..end of a pattern (an alternative,
 * or what follows a "^"), after which the pattern goes on at after (NULL:
 * nowhere), into keys: letters, or a non-capturing group of
 * alternatives, each read so in turn, with what follows it too when the
 * group may be absent ("(?:an? |the )?screen").  -1 when a match can
 * begin in a way not read here.  depth bounds the nesting read.
 */
static int
seq_first_words(const char *p, const char *end, const char *after, struct buf *keys, int depth)
{
	const char *g, *a, *b, *rest;

	if (p < end && is_letter((unsigned char)*p))
		return add_alternative(p, end, after, keys);
	if (depth > 4 || end - p < 3 || strncmp(p, "(?:", 3) != 0 ||
	    (g = skip_bracket(p)) == NULL || g > end)
		return -1;
	/* each alternative of the group, up to its "|" or the group's ")";
	 * a word that ends one goes on with what follows the group (its
	 * repetition included: read as a word that may go on) */
	for (a = p + 3; a < g; a = b + 1) {
		for (b = a; b < g - 1 && *b != '|'; b++) {
			if (*b == '\\' && b[1])
				b++;
			else if (*b == '(' || *b == '[') {
				if ((b = skip_bracket(b)) == NULL)
					return -1;
				b--;
			}
		}
		if (seq_first_words(a, b, g, keys, depth + 1) < 0)
			return -1;
	}
	if (!may_be_absent(g))
		return 0;
	/* an optional group: what follows it may begin the match too */
	rest = g + 1;
	if (*g == '{' && (rest = strchr(g, '}')) != NULL)
		rest++;
	if (rest == NULL || rest > end)
		return -1;
	if (*rest == '?' || *rest == '+')	/* lazy, possessive */
		rest++;
	return seq_first_words(rest, end, after, keys, depth + 1);
}

/*
 * The first words of a PCRE2 pattern, as keep_word keeps them, into
 * keys; -1 when it has none that this reading can tell.
 */
static int
pattern_first_words(const char *p, struct buf *keys)
{
	size_t k;

	/* leading option settings: "(?i)"; extended mode reads spaces
	 * otherwise, and is not read here */
	while (p[0] == '(' && p[1] == '?' && (k = strspn(p + 2, "imnsJU-")) > 0 &&
	    p[2 + k] == ')')
		p += 3 + k;
	if (*p != '^' || top_level_or(p))
		return -1;
	p++;
	return seq_first_words(p, p + strlen(p), NULL, keys, 0);
}

/* The first word of a prefix phrase ("Read more:"): as a pattern's. */
static int
phrase_first_word(const char *p, struct buf *keys)
{
	size_t n = strspn(p, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

	if (n == 0 || n > FIRST_WORD_MAX)
		return -1;
	/* a phrase all letters, or going on beyond ASCII, may be the start
	 * of a longer word */
	keep_word(keys, p[n] == '\0' || (unsigned char)p[n] >= 0x80, p, n);
	return 0;
}

/* ---- the index ---- */

struct clean_index *
clean_index_new(void)
{
	struct clean_index *x = xcalloc(1, sizeof *x);

	return x;
}

void
clean_index_free(struct clean_index *x)
{
	size_t i;

	if (x == NULL)
		return;
	for (i = 0; i < 26; i++) {
		for (size_t k = 0; k < x->nfirst[i]; k++)
			free(x->first[i][k].w);
		free(x->first[i]);
	}
	for (i = 0; i < x->nbyword; i++)
		free(x->byword[i].v);
	free(x->byword);
	free(x->mask);
	free(x->always.v);
	free(x);
}

void
clean_index_add(struct clean_index *x, int id, const char *regex, const char *prefix,
		const int *needs)
{
	struct buf keys = BUF_INIT;
	int r = regex ? pattern_first_words(regex, &keys) :
	    prefix ? phrase_first_word(prefix, &keys) : -1;

	if (r == 0) {
		const char *k;

		for (k = keys.data; k < keys.data + keys.len; k += strlen(k) + 1) {
			size_t c = (size_t)(k[1] - 'a');
			struct first_key *f;

			x->first[c] = xrealloc(x->first[c], (x->nfirst[c] + 1) * sizeof *x->first[c]);
			f = &x->first[c][x->nfirst[c]++];
			f->w = xstrdup(k + 1);
			f->n = strlen(k + 1);
			f->open = k[0] == 'o';
			f->id = id;
			x->entries++;
		}
	} else if (needs != NULL) {
		for (; *needs >= 0; needs++) {
			size_t w = (size_t)*needs;

			if (w >= x->nbyword) {
				x->byword = xrealloc(x->byword, (w + 1) * sizeof *x->byword);
				memset(x->byword + x->nbyword, 0,
				    (w + 1 - x->nbyword) * sizeof *x->byword);
				x->nbyword = w + 1;
			}
			if (w / 64 >= x->maskw) {
				x->mask = xrealloc(x->mask, (w / 64 + 1) * sizeof *x->mask);
				memset(x->mask + x->maskw, 0, (w / 64 + 1 - x->maskw) * sizeof *x->mask);
				x->maskw = w / 64 + 1;
			}
			x->mask[w / 64] |= (uint64_t)1 << (w % 64);
			ilist_add(&x->byword[w], id);
			x->entries++;
		}
	} else {
		ilist_add(&x->always, id);
		x->entries++;
	}
	buf_release(&keys);
}

size_t
clean_index_room(const struct clean_index *x)
{
	return x->entries + 1;
}

/* Append the ids of l to out at *n. */
static void
take(const struct ilist *l, int *out, size_t *n)
{
	memcpy(out + *n, l->v, l->n * sizeof *out);
	*n += l->n;
}

size_t
clean_index_find(const struct clean_index *x, const char *s, size_t len,
		 const uint64_t *hits, int *out)
{
	size_t n = 0, wl = 0, i, j, k;
	const struct first_key *f;

	/* the line's first word: its ASCII letters */
	while (wl < len && is_letter((unsigned char)s[wl]))
		wl++;
	/*
	 * A caseless pattern's "k" and "s" also match the Kelvin sign and
	 * the long s (U+212A, U+017F), the only characters beyond ASCII
	 * that do: a line whose first word goes on with one could begin
	 * as any pattern does.
	 */
	if ((len - wl >= 3 && memcmp(s + wl, "\xE2\x84\xAA", 3) == 0) ||
	    (len - wl >= 2 && memcmp(s + wl, "\xC5\xBF", 2) == 0)) {
		for (i = 0; i < 26; i++)
			for (k = 0; k < x->nfirst[i]; k++)
				out[n++] = x->first[i][k].id;
	} else if (wl > 0) {
		i = (size_t)((s[0] | 0x20) - 'a');
		for (f = x->first[i]; f < x->first[i] + x->nfirst[i]; f++)
			if ((f->n == wl || (f->open && f->n < wl)) && clean_caseeq(s, f->w, f->n))
				out[n++] = f->id;
	}
	/* the words the line holds that items need */
	for (k = 0; k < x->maskw; k++) {
		uint64_t m = hits[k] & x->mask[k];

		while (m) {
			j = k * 64 + (size_t)__builtin_ctzll(m);
			take(&x->byword[j], out, &n);
			m &= m - 1;
		}
	}
	take(&x->always, out, &n);
	/* in the lexicon's order, once each (a few dozen at most) */
	for (i = 1; i < n; i++) {
		int v = out[i];

		for (j = i; j > 0 && out[j - 1] > v; j--)
			out[j] = out[j - 1];
		out[j] = v;
	}
	for (i = 0, j = 0; i < n; i++)
		if (j == 0 || out[j - 1] != out[i])
			out[j++] = out[i];
	out[j] = -1;
	return j;
}
