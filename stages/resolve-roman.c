/*
 * resolve-roman: Korean romanization, from the table
 * schema/lexicons/romanization.tsv.
 *
 * A romanized syllable is read as initial + vowel + final, each part a
 * spelling of the table; one spelling may stand for several jamo ("u" is
 * the vowel of Jung, Kuk or Seung), so a syllable's reading is a set of
 * jamo per part, kept as three bit masks, one set per way of cutting the
 * syllable into its parts.  Two syllables can be one Hangul syllable when
 * some cut of each gives masks that meet in all three parts.
 *
 * A name part written without hyphens ("Jungwook") is cut into syllables
 * every way the table allows; written in pieces ("Myeong-sik", "Myong Sik"),
 * each piece is a syllable.  Two parts match when some cutting of each
 * gives the same number of syllables, pairwise compatible.
 *
 * The key, for finding candidates without comparing all pairs: each run
 * of consonant letters and each run of vowel letters (a e i o u w y) is
 * read greedily, longest spelling first, and replaced by its class (the
 * table's key column); a repeated consonant class is written once.  The
 * table guarantees that a spelling of two jamo gives them one class.
 *
 * Holds, besides the table, the answers roman_match gave (at most
 * MEMO_MAX pairs of spellings): as a person's forms join, the same
 * spellings are compared again and again.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "buf.h"
#include "hmap.h"
#include "lex.h"
#include "msg.h"
#include "resolve.h"
#include "utf8.h"

enum { PART_INITIAL, PART_VOWEL, PART_FINAL, NPARTS };

static const char *const part_names[NPARTS] = { "initial", "vowel", "final" };
/* Rows of each part in Unicode's syllable arithmetic. */
static const int part_rows[NPARTS] = { 19, 21, 28 };

/*
 * The spellings of a part as a trie over a-z: a syllable is cut many ways
 * and each cut looks up its pieces, so a lookup walks a few nodes instead
 * of hashing a string.
 */
struct trie_node {
	int next[26];		/* child index, 0: none (the root is no child) */
	uint32_t mask;		/* the jamo the path spells, 0: none */
};

struct trie {
	struct trie_node *node;
	size_t n, cap;
};

struct roman {
	struct trie spell[NPARTS];	/* spelling -> mask of jamo rows */
	struct hmap *ckey;		/* consonant spelling -> class (owned) */
	struct hmap *vkey;		/* vowel spelling -> class (owned) */
	char *rr[NPARTS][28];		/* Revised Romanization of each row */
	size_t maxlen[NPARTS];
	struct hmap *memo;		/* "a\tb" -> roman_match's answer + 1: the same
					 * spellings are compared again and again */
};

/* At most this many answers are kept: memory stays bounded. */
#define MEMO_MAX 100000

/* Masks of the jamo the initial sound law merges: r, n and the silent initial. */
#define INITIAL_LAW_MASK ((1u << 2) | (1u << 5) | (1u << 11))

static int
is_vowel_letter(int c)
{
	return c && strchr("aeiouwy", c) != NULL;
}

/* A spelling as compared: folded (no breve, lowercase), ASCII letters only. */
static char *
spelling_fold(const char *s)
{
	char *f = utf8_fold(s, strlen(s)), *p, *q;

	if (f == NULL)
		return NULL;
	for (p = q = f; *p; p++)
		if (*p >= 'a' && *p <= 'z')
			*q++ = *p;
	*q = '\0';
	return f;
}

/* Add mask to the spelling s (a-z only) in t; s NULL: only make the root. */
static void
trie_add(struct trie *t, const char *s, uint32_t mask)
{
	size_t at = 0;
	int c;

	if (t->n == 0) {
		t->cap = 64;
		t->node = xcalloc(t->cap, sizeof *t->node);
		t->n = 1;
	}
	if (s == NULL)
		return;
	for (; *s; s++) {
		c = *s - 'a';
		if (t->node[at].next[c] == 0) {
			if (t->n == t->cap) {
				t->node = xrealloc(t->node, 2 * t->cap * sizeof *t->node);
				memset(t->node + t->cap, 0, t->cap * sizeof *t->node);
				t->cap *= 2;
			}
			t->node[at].next[c] = (int)t->n++;
		}
		at = (size_t)t->node[at].next[c];
	}
	t->node[at].mask |= mask;
}

/*
 * Note spelling s of row `row` of part `part`, with class key.  -1 after
 * reporting when s already gives another class (the table would then
 * not keep two spellings of one name under one key).
 */
static int
roman_add(struct roman *r, int part, int row, const char *s, const char *key,
    const char *where)
{
	struct hmap *keys = part == PART_VOWEL ? r->vkey : r->ckey;
	const char *had = hmap_get(keys, s);

	trie_add(&r->spell[part], s, (uint32_t)1 << row);
	if (strlen(s) > r->maxlen[part])
		r->maxlen[part] = strlen(s);
	if (*s == '\0')
		return 0;
	if (had && strcmp(had, key) != 0)
		return msg_error("%s: spelling \"%s\" has key \"%s\" here and \"%s\" above",
		    where, s, key, had);
	if (had == NULL)
		hmap_put(keys, s, xstrdup(key));
	return 0;
}

struct roman *
roman_load(void)
{
	struct lex *l = lex_load("romanization");
	struct roman *r;
	int rows[NPARTS] = { 0 }, bad = 0, p;
	char where[600];
	size_t i;

	if (l == NULL)
		return NULL;
	r = xcalloc(1, sizeof *r);
	for (p = 0; p < NPARTS; p++)
		trie_add(&r->spell[p], NULL, 0);	/* the root */
	r->ckey = hmap_new();
	r->vkey = hmap_new();
	r->memo = hmap_new();
	for (i = 0; i < l->n; i++) {
		const struct lex_entry *e = &l->entries[i];
		const char *part = lex_get(l, e, "part"), *key = lex_get(l, e, "key");
		const char *cols[] = { lex_get(l, e, "rr"), lex_get(l, e, "mr") };
		char *also = xstrdup(lex_get(l, e, "also")), *tok, *save = NULL, *f;
		size_t c;

		snprintf(where, sizeof where, "%s:%u", l->path, e->line);
		for (p = 0; p < NPARTS && strcmp(part, part_names[p]) != 0; p++)
			;
		if (p == NPARTS || rows[p] == part_rows[p]) {
			bad = msg_error("%s: unknown part \"%s\" or too many rows", where, part);
			free(also);
			continue;
		}
		for (c = 0; c < 2; c++) {
			if ((f = spelling_fold(cols[c])) == NULL) {
				bad = msg_error("%s: \"%s\" is not UTF-8", where, cols[c]);
				continue;
			}
			if (c == 0)
				r->rr[p][rows[p]] = xstrdup(f);
			if (roman_add(r, p, rows[p], f, key, where) < 0)
				bad = -1;
			free(f);
		}
		for (tok = strtok_r(also, " ", &save); tok; tok = strtok_r(NULL, " ", &save)) {
			if ((f = spelling_fold(tok)) != NULL && roman_add(r, p, rows[p], f, key, where) < 0)
				bad = -1;
			free(f);
		}
		free(also);
		if (r->rr[p][rows[p]] == NULL)	/* an rr cell that is not UTF-8 */
			r->rr[p][rows[p]] = xstrdup("");
		rows[p]++;
	}
	for (p = 0; p < NPARTS; p++)
		if (rows[p] != part_rows[p])
			bad = msg_error("%s: %d %s rows, Hangul has %d", l->path, rows[p],
			    part_names[p], part_rows[p]);
	lex_free(l);
	if (bad) {
		roman_free(r);
		return NULL;
	}
	return r;
}

static void
free_string(void *s)
{
	free(s);
}

void
roman_free(struct roman *r)
{
	int p, i;

	if (r == NULL)
		return;
	for (p = 0; p < NPARTS; p++) {
		free(r->spell[p].node);
		for (i = 0; i < part_rows[p]; i++)
			free(r->rr[p][i]);
	}
	hmap_free(r->ckey, free_string);
	hmap_free(r->vkey, free_string);
	hmap_free(r->memo, NULL);
	free(r);
}

/* The mask of s[0..len) as a spelling of part, 0 when it is none. */
static uint32_t
spell_mask(const struct roman *r, int part, const char *s, size_t len)
{
	const struct trie *t = &r->spell[part];
	size_t i, at = 0;

	if (len > r->maxlen[part])
		return 0;
	for (i = 0; i < len; i++) {
		if (s[i] < 'a' || s[i] > 'z' || (at = (size_t)t->node[at].next[s[i] - 'a']) == 0)
			return 0;
	}
	return t->node[at].mask;
}

/*
 * The readings of syllable s[0..len): up to max cuts into out, each three
 * masks.  Returns the number of cuts; 0 when s is no syllable.
 */
static size_t
syllable_readings(const struct roman *r, const char *s, size_t len,
    uint32_t out[][NPARTS], size_t max)
{
	size_t i, j, n = 0;
	uint32_t mi, mv, mf;

	for (i = 0; i <= len && i <= r->maxlen[PART_INITIAL]; i++) {
		if ((mi = spell_mask(r, PART_INITIAL, s, i)) == 0)
			continue;
		for (j = i + 1; j <= len && j - i <= r->maxlen[PART_VOWEL]; j++) {
			if ((mv = spell_mask(r, PART_VOWEL, s + i, j - i)) == 0)
				continue;
			if ((mf = spell_mask(r, PART_FINAL, s + j, len - j)) == 0)
				continue;
			if (n < max) {
				out[n][PART_INITIAL] = mi;
				out[n][PART_VOWEL] = mv;
				out[n][PART_FINAL] = mf;
				n++;
			}
		}
	}
	return n;
}

/* Longest syllable the table can spell, in letters. */
#define SYLLABLE_MAX 10
#define CUTS_MAX 16

static int
syllables_meet(const struct roman *r, const char *a, size_t alen, const char *b,
    size_t blen, int first)
{
	uint32_t ra[CUTS_MAX][NPARTS], rb[CUTS_MAX][NPARTS], ia, ib;
	size_t na = syllable_readings(r, a, alen, ra, CUTS_MAX);
	size_t nb = syllable_readings(r, b, blen, rb, CUTS_MAX), i, j;

	for (i = 0; i < na; i++) {
		for (j = 0; j < nb; j++) {
			ia = ra[i][PART_INITIAL];
			ib = rb[j][PART_INITIAL];
			/* The initial sound law: Ri, Yi and Li; Ro and No. */
			if (first && (ia & INITIAL_LAW_MASK) && (ib & INITIAL_LAW_MASK))
				ia = ib = INITIAL_LAW_MASK;
			if ((ia & ib) && (ra[i][PART_VOWEL] & rb[j][PART_VOWEL]) &&
			    (ra[i][PART_FINAL] & rb[j][PART_FINAL]))
				return 1;
		}
	}
	return 0;
}

/*
 * The lengths a syllable starting at s may have: any, up to the next '-',
 * when the part is written in one piece (joined: "Jungwook"); else the
 * whole piece, since a writer who separates syllables separates all of
 * them ("Myeong-sik", "Myong Sik": "Seung" is not "Se-ung").
 */
static size_t
first_length(const char *s, int joined)
{
	return joined ? 1 : strcspn(s, "-");
}

static size_t
last_length(const char *s)
{
	size_t n = strcspn(s, "-");

	return n < SYLLABLE_MAX ? n : SYLLABLE_MAX;
}

/*
 * Two spellings being compared: a0 and b0, joined or not, and what is
 * known of the rests a0 + i and b0 + j (seen[i * (blen + 1) + j]: 0 not
 * yet tried, 1 they meet, -1 they do not).  Without it the search tries
 * every way of cutting both, again and again: a 90-letter name that
 * cannot be cut took minutes (found by tests/fuzz/fuzz_names).
 */
struct meet {
	const struct roman *r;
	const char *a0, *b0;
	size_t blen;
	int ja, jb;
	signed char *seen;
};

/*
 * Whether the rest of a and of b (from offsets ia, ib) can be cut into the
 * same number of pairwise compatible syllables.  first: the next syllables
 * start a name, where the initial sound law applies (only at 0, 0, so the
 * rests seen later never have it).
 */
static int
parts_meet(struct meet *m, size_t ia, size_t ib, int first)
{
	const char *a = m->a0 + ia, *b = m->b0 + ib;
	signed char *seen = NULL;
	size_t i, j;
	int meet = 0;

	while (*a == '-')
		a++;
	while (*b == '-')
		b++;
	if (*a == '\0' || *b == '\0')
		return *a == *b;
	ia = (size_t)(a - m->a0);
	ib = (size_t)(b - m->b0);
	if (!first) {
		seen = &m->seen[ia * (m->blen + 1) + ib];
		if (*seen != 0)
			return *seen > 0;
	}
	for (i = first_length(a, m->ja); !meet && i <= last_length(a); i++)
		for (j = first_length(b, m->jb); !meet && j <= last_length(b); j++)
			meet = syllables_meet(m->r, a, i, b, j, first) &&
			    parts_meet(m, ia + i, ib + j, 0);
	if (seen != NULL)
		*seen = meet ? 1 : -1;
	return meet;
}

int
roman_match(const struct roman *r, const char *a, const char *b)
{
	struct meet m = { r, a, b, strlen(b), strchr(a, '-') == NULL,
	    strchr(b, '-') == NULL, NULL };
	struct buf key = BUF_INIT;
	intptr_t v;
	int meet;

	/* the same spellings are compared again and again as forms join */
	buf_adds(&key, a);
	buf_addc(&key, '\t');
	buf_adds(&key, b);
	if ((v = (intptr_t)hmap_get(r->memo, key.data)) != 0) {
		buf_release(&key);
		return (int)v - 1;
	}
	m.seen = xcalloc((strlen(a) + 1) * (m.blen + 1), 1);
	meet = parts_meet(&m, 0, 0, 1) != 0;
	free(m.seen);
	if (hmap_size(r->memo) < MEMO_MAX)
		hmap_put(r->memo, key.data, (void *)(intptr_t)(meet + 1));
	buf_release(&key);
	return meet;
}

/*
 * Whether s can be cut into syllables (joined: as above), from its end
 * back: ok[p] says whether s + p can, so each rest is tried once (a search
 * that tried every cut again took minutes on a long name that cannot be
 * cut).
 */
static int
cuts_into_syllables(const struct roman *r, const char *s, int joined)
{
	uint32_t tmp[1][NPARTS];
	size_t n = strlen(s), p, i;
	unsigned char *ok = xcalloc(n + 1, 1);
	int can;

	for (p = n + 1; p-- > 0;) {
		const char *t = s + p;

		if (*t == '\0') {
			ok[p] = 1;
		} else if (*t == '-') {
			ok[p] = ok[p + 1];	/* hyphens between pieces are skipped */
		} else {
			for (i = first_length(t, joined); !ok[p] && i <= last_length(t); i++)
				ok[p] = syllable_readings(r, t, i, tmp, 1) > 0 && ok[p + i];
		}
	}
	can = ok[0];
	free(ok);
	return can;
}

int
roman_syllabic(const struct roman *r, const char *s)
{
	return *s != '\0' && cuts_into_syllables(r, s, strchr(s, '-') == NULL);
}

/*
 * The spelling of a name part as compared: folded, ASCII letters, '-'
 * between the pieces the writer separated by hyphens.  An h after a vowel
 * and before a consonant or the end (Roh, Ahn, Sohn) and an r after a
 * vowel and before a consonant (Park) are English spelling, no sound of
 * Korean: they are dropped.  Caller frees; NULL if s is not UTF-8.
 */
char *
roman_spelling(const char *s)
{
	char *f = utf8_fold(s, strlen(s)), *p, *q;
	size_t i, n;

	if (f == NULL)
		return NULL;
	for (p = q = f; *p; p++)
		if ((*p >= 'a' && *p <= 'z') || (*p == '-' && q > f && q[-1] != '-'))
			*q++ = *p;
	while (q > f && q[-1] == '-')
		q--;
	*q = '\0';
	n = (size_t)(q - f);
	for (i = 0, q = f; i < n; i++) {
		int prev = i > 0 ? f[i - 1] : 0, next = f[i + 1];

		if (f[i] == 'h' && is_vowel_letter(prev) && !is_vowel_letter(next))
			continue;
		if (f[i] == 'r' && is_vowel_letter(prev) && next && next != '-' &&
		    !is_vowel_letter(next))
			continue;
		*q++ = f[i];
	}
	*q = '\0';
	return f;
}

/*
 * Append the key of the name part s (a roman_spelling) to b.  Classes are
 * separated by '.'; a letter no spelling covers stands for itself.
 */
void
roman_key(const struct roman *r, const char *s, struct buf *b)
{
	size_t start = b->len, len, n;
	const char *cls, *prev = NULL;
	char tmp[16];
	int vowel;

	while (*s) {
		if (*s == '-') {
			s++;
			continue;
		}
		vowel = is_vowel_letter(*s);
		cls = NULL;
		for (n = 1; s[n - 1] && s[n - 1] != '-' && is_vowel_letter(s[n - 1]) == vowel &&
		    n < sizeof tmp; n++)
			;
		len = n - 1;	/* the run's length */
		for (n = len; n > 0; n--) {
			memcpy(tmp, s, n);
			tmp[n] = '\0';
			if ((cls = hmap_get(vowel ? r->vkey : r->ckey, tmp)) != NULL)
				break;
		}
		if (cls == NULL) {
			n = 1;
			tmp[0] = *s;
			tmp[1] = '\0';
			cls = tmp;
		}
		s += n;
		/* A doubled consonant class is one: Kuk-gi and Kook-kie. */
		if (!vowel && prev && strcmp(prev, cls) == 0)
			continue;
		prev = vowel ? NULL : cls;
		buf_addf(b, "%s.", cls);
	}
	/*
	 * The initial sound law: a leading r is n, and r or n before i or y
	 * is not written (Rhee, Lee, Yi; Ryu, Yoo; Roh, No).
	 */
	len = strcspn(b->data + start, ".");
	if (len == 1 && (b->data[start] == 'l' || b->data[start] == 'n')) {
		const char *v = b->data + start + 2;

		if (v[0] == 'i' || v[0] == 'y') {
			memmove(b->data + start, v, strlen(v) + 1);
			b->len -= 2;
		} else {
			b->data[start] = 'n';
		}
	}
}

/*
 * The Revised Romanization of the Hangul syllables of s, '-' between
 * syllables, appended to b.  Returns the syllables written; 0 (and b
 * unchanged) when s holds anything but Hangul syllables.
 */
size_t
roman_hangul(const struct roman *r, const char *s, struct buf *b)
{
	size_t start = b->len, n = 0, len = strlen(s), k;
	int32_t cp;

	while (len > 0) {
		if ((k = utf8_decode(s, len, &cp)) == 0 || cp < 0xAC00 || cp > 0xD7A3) {
			buf_setlen(b, start);
			return 0;
		}
		cp -= 0xAC00;
		buf_addf(b, "%s%s%s%s", n ? "-" : "", r->rr[PART_INITIAL][cp / 588],
		    r->rr[PART_VOWEL][cp % 588 / 28], r->rr[PART_FINAL][cp % 28]);
		n++;
		s += k;
		len -= k;
	}
	return n;
}
