/*
 * resolve-name: a person's name taken apart for matching across
 * documents.
 *
 * A Korean name is a family name from names-family.tsv (origin "ko") and
 * a given name the romanization table can cut into syllables, written in
 * either order: "Ri Myong Sik", "Lee Myeong-sik", "Myeong-sik Lee".  Written
 * family name last, the given name must look Korean: hyphenated, two
 * words, or no given name of names-given.tsv ("Danny Pak" is not a Korean
 * name in Western order but a Western name).  A name in Hangul is its
 * first syllable and the rest, romanized by the table.  Two Korean names
 * match when family and given names can be the same Hangul.
 *
 * Any other name of two words or more matches one with the same first and
 * last word whose middle names agree where both have them, an initial
 * standing for any name it begins ("Henry Dalworth", "Henry F. Dalworth");
 * a Japanese name may be written family name first (Nakamura Yui).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "buf.h"
#include "hmap.h"
#include "lex.h"
#include "msg.h"
#include "resolve.h"
#include "utf8.h"

/* A name has at most this many words; a longer one is no person's name. */
#define WORDS_MAX 8

static void
free_string(void *s)
{
	free(s);
}

/*
 * File the Korean family names of names-family.tsv under their keys, so
 * that another spelling of one (Jong, Kuk) is known by the table.
 */
static void
family_keys_build(struct rname_lex *lx)
{
	struct buf key = BUF_INIT, list = BUF_INIT;
	const struct lex_entry *e;
	char *sp, *had;
	size_t i;

	lx->family_keys = hmap_new();
	for (i = 0; i < lx->family->n; i++) {
		e = &lx->family->entries[i];
		if (strcmp(lex_get(lx->family, e, "origin"), "ko") != 0)
			continue;
		sp = roman_spelling(e->fields[0]);
		if (sp && roman_syllabic(lx->roman, sp)) {
			buf_reset(&key);
			roman_key(lx->roman, sp, &key);
			had = hmap_get(lx->family_keys, key.data);
			buf_reset(&list);
			buf_addf(&list, "%s%s%s", had ? had : "", had ? "\n" : "", sp);
			free(hmap_put(lx->family_keys, key.data, buf_detach(&list, NULL)));
		}
		free(sp);
	}
	buf_release(&key);
	buf_release(&list);
}

int
rname_lex_load(struct rname_lex *lx)
{
	memset(lx, 0, sizeof *lx);
	lx->roman = roman_load();
	lx->family = lex_load("names-family");
	lx->given = lex_load("names-given");
	if (lx->roman == NULL || lx->family == NULL || lx->given == NULL) {
		rname_lex_free(lx);
		return -1;
	}
	family_keys_build(lx);
	return 0;
}

void
rname_lex_free(struct rname_lex *lx)
{
	roman_free(lx->roman);
	lex_free(lx->family);
	lex_free(lx->given);
	if (lx->family_keys)
		hmap_free(lx->family_keys, free_string);
	memset(lx, 0, sizeof *lx);
}

void
rname_free(struct rname *n)
{
	free(n->first);
	free(n->last);
	free(n->middle);
	free(n->key);
	memset(n, 0, sizeof *n);
}

/*
 * Whether word is a Korean family name: one of names-family.tsv (origin
 * ko; folded first, so Ch'oe is Choe), or a syllable the romanization
 * table reads as one of them (Jong as Jeong, Kuk as Guk).
 */
static int
korean_family(const struct rname_lex *lx, const char *word)
{
	char *k = resolve_key(word), *sp = NULL;
	const struct lex_entry *e = k && *k ? lex_lookup(lx->family, k) : NULL;
	const char *list, *p;
	struct buf key = BUF_INIT;
	int hit = 0;
	size_t n;

	if (e) {
		hit = strcmp(lex_get(lx->family, e, "origin"), "ko") == 0;
		goto done;
	}
	if ((sp = roman_spelling(word)) == NULL || strchr(sp, '-') || !roman_syllabic(lx->roman, sp))
		goto done;
	roman_key(lx->roman, sp, &key);
	if ((list = hmap_get(lx->family_keys, key.data)) == NULL)
		goto done;
	for (p = list; !hit && *p; p += n + (p[n] == '\n')) {
		char one[32];

		n = strcspn(p, "\n");
		if (n < sizeof one) {
			memcpy(one, p, n);
			one[n] = '\0';
			hit = roman_match(lx->roman, sp, one);
		}
	}
done:
	buf_release(&key);
	free(sp);
	free(k);
	return hit;
}

/* Split s (modified) at spaces into words, trimming punctuation. */
static int
split_words(char *s, char **w)
{
	char *p, *end, *save = NULL;
	int n = 0;

	for (p = strtok_r(s, " \t,;", &save); p; p = strtok_r(NULL, " \t,;", &save)) {
		while (*p && strchr("\"'(", *p))
			p++;
		end = p + strlen(p);
		while (end > p && strchr("\"').", end[-1]))
			*--end = '\0';
		if (*p == '\0')
			continue;
		if (n == WORDS_MAX)
			return -1;
		w[n++] = p;
	}
	return n;
}

/* Words from..to-1 as one given name, '-' between them; NULL if not syllabic. */
static char *
given_name(const struct rname_lex *lx, char **w, int from, int to)
{
	struct buf b = BUF_INIT;
	char *s;
	int i;

	for (i = from; i < to; i++) {
		/* "Ri II Nam": a capital I read as a lowercase l. */
		s = roman_spelling(strcmp(w[i], "II") == 0 && i + 1 < to ? "Il" : w[i]);
		if (s == NULL || !roman_syllabic(lx->roman, s)) {
			free(s);
			buf_release(&b);
			return NULL;
		}
		buf_addf(&b, "%s%s", i > from ? "-" : "", s);
		free(s);
	}
	return buf_detach(&b, NULL);
}

/* Whether words from..to-1 can be a Korean given name. */
static int
given_name_ok(const struct rname_lex *lx, char **w, int from, int to)
{
	char *g = given_name(lx, w, from, to);

	free(g);
	return g != NULL;
}

/*
 * A Korean name, family name first if it can be, else last; western_only:
 * only family name last (the other reading of "Jong Un Kim").
 */
static int
korean_name(const struct rname_lex *lx, char **w, int n, int western_only,
    struct rname *out)
{
	struct buf key = BUF_INIT;
	int i, western = 0;

	if (n > 4)
		return -1;
	if (!western_only && korean_family(lx, w[0]) &&
	    (out->last = given_name(lx, w, 1, n)) != NULL) {
		out->order = RNAME_FAMILY_FIRST;
		out->first = roman_spelling(w[0]);
	} else if (korean_family(lx, w[n - 1])) {
		for (i = 0; i < n - 1; i++)
			western |= strchr(w[i], '-') != NULL;
		if (!western && n == 2 && lex_lookup(lx->given, w[0]) != NULL)
			return -1;
		if ((out->last = given_name(lx, w, 0, n - 1)) == NULL)
			return -1;
		out->order = RNAME_FAMILY_LAST;
		out->first = roman_spelling(w[n - 1]);
	} else {
		return -1;
	}
	out->korean = 1;
	buf_adds(&key, "k:");
	roman_key(lx->roman, out->first, &key);
	buf_addc(&key, '/');
	roman_key(lx->roman, out->last, &key);
	out->key = buf_detach(&key, NULL);
	return 0;
}

/*
 * A name in kanji or kana (the alias a text gives in brackets: "田辺愛子"):
 * two to six such characters, in one word or two (family and given).  No
 * table reads them; they match a name written the same.
 */
static int
ideograph_name(char **w, int n, struct rname *out)
{
	struct buf b = BUF_INIT;
	size_t len, k, chars = 0;
	const char *s;
	int32_t c;
	int i;

	if (n < 1 || n > 2)
		return -1;
	for (i = 0; i < n; i++)
		for (s = w[i], len = strlen(s); len > 0; s += k, len -= k, chars++)
			if ((k = utf8_decode(s, len, &c)) == 0 ||
			    !((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
			    (c >= 0x3040 && c <= 0x30FF)))
				return -1;
	if (chars < 2 || chars > 6)
		return -1;
	for (i = 0; i < n; i++)
		buf_adds(&b, w[i]);
	out->ideographs = 1;
	out->order = RNAME_FAMILY_FIRST;
	out->first = xstrdup(b.data);
	out->last = xstrdup("");
	out->middle = xstrdup("");
	buf_reset(&b);
	buf_addf(&b, "j:%s", out->first);
	out->key = buf_detach(&b, NULL);
	return 0;
}

/* A name in Hangul: one word of two to four syllables, or family and given. */
static int
hangul_name(const struct rname_lex *lx, char **w, int n, struct rname *out)
{
	struct buf b = BUF_INIT;
	char *words[2];
	size_t syl;

	if (n == 1) {
		if ((syl = roman_hangul(lx->roman, w[0], &b)) < 2 || syl > 4) {
			buf_release(&b);
			return -1;
		}
		/* The first syllable is the family name. */
		b.data[strcspn(b.data, "-")] = ' ';
	} else if (n == 2) {
		if (roman_hangul(lx->roman, w[0], &b) != 1) {
			buf_release(&b);
			return -1;
		}
		buf_addc(&b, ' ');
		if (roman_hangul(lx->roman, w[1], &b) == 0) {
			buf_release(&b);
			return -1;
		}
	} else {
		return -1;
	}
	words[0] = b.data;
	words[1] = strchr(b.data, ' ');
	*words[1]++ = '\0';
	/* The family name need not be in names-family.tsv: it is Hangul. */
	out->first = xstrdup(words[0]);
	out->last = xstrdup(words[1]);
	out->order = RNAME_FAMILY_FIRST;
	out->korean = out->hangul = 1;
	buf_reset(&b);
	buf_adds(&b, "k:");
	roman_key(lx->roman, out->first, &b);
	buf_addc(&b, '/');
	roman_key(lx->roman, out->last, &b);
	out->key = buf_detach(&b, NULL);
	return 0;
}

/*
 * A Japanese name in Japanese order: two words, a Japanese family name
 * (names-family.tsv, origin ja) and a Japanese given name (names-given.tsv,
 * origin japanese), as extract reads them.
 */
static int
japanese_order(const struct rname_lex *lx, char **w, int n)
{
	const struct lex_entry *f, *g;

	if (n != 2 || (f = lex_lookup(lx->family, w[0])) == NULL ||
	    (g = lex_lookup(lx->given, w[1])) == NULL)
		return 0;
	return strcmp(lex_get(lx->family, f, "origin"), "ja") == 0 &&
	    strcmp(lex_get(lx->given, g, "origin"), "japanese") == 0;
}

/*
 * A name written twice over ("Ri Myong Sik Ri Myong Sik": a tag line or a
 * caption run into the name) is the name once.
 */
static int
doubled(char **w, int n)
{
	int i;

	if (n < 4 || n % 2 != 0)
		return 0;
	for (i = 0; i < n / 2; i++)
		if (strcasecmp(w[i], w[i + n / 2]) != 0)
			return 0;
	return 1;
}

static const char *const suffixes[] = { "jr", "sr", "ii", "iii", "iv", NULL };

static int
is_suffix(const char *w)
{
	char *k = resolve_key(w);
	int i, hit = 0;

	for (i = 0; k && suffixes[i]; i++)
		hit |= strcmp(k, suffixes[i]) == 0;
	free(k);
	return hit;
}

int
rname_parse_other(const struct rname_lex *lx, const char *name, struct rname *out)
{
	char *copy = xstrdup(name), *w[WORDS_MAX];
	int n, rc = -1;

	memset(out, 0, sizeof *out);
	n = split_words(copy, w);
	if (n > 2 && is_suffix(w[n - 1]))
		n--;
	/* Two words are family name first when they can be: Kim Song, not Song Kim. */
	if (n >= 3 && korean_family(lx, w[0]) && given_name_ok(lx, w, 1, n))
		rc = korean_name(lx, w, n, 1, out);
	if (rc < 0)
		rname_free(out);
	free(copy);
	return rc;
}

int
rname_parse(const struct rname_lex *lx, const char *name, struct rname *out)
{
	char *copy = xstrdup(name), *w[WORDS_MAX];
	struct buf b = BUF_INIT;
	int n, i, rc = -1, doubled_name = 0;

	memset(out, 0, sizeof *out);
	n = split_words(copy, w);
	if (n > 2 && is_suffix(w[n - 1]))
		n--;
	if (doubled(w, n)) {
		n /= 2;
		doubled_name = 1;
	}
	if (n < 1)
		goto done;
	if (hangul_name(lx, w, n, out) == 0 || (n >= 2 && korean_name(lx, w, n, 0, out) == 0)) {
		rc = 0;
		goto done;
	}
	rname_free(out);
	if (ideograph_name(w, n, out) == 0) {
		rc = 0;
		goto done;
	}
	rname_free(out);
	if (n < 2)
		goto done;
	if (japanese_order(lx, w, n)) {
		/* Nakamura Yui is Yui Nakamura. */
		out->order = RNAME_FAMILY_FIRST;
		out->first = resolve_key(w[1]);
		out->last = resolve_key(w[0]);
	} else {
		out->order = RNAME_FAMILY_LAST;
		out->first = resolve_key(w[0]);
		out->last = resolve_key(w[n - 1]);
	}
	for (i = 1; i < n - 1; i++) {
		char *k = resolve_key(w[i]);

		if (k && *k)
			buf_addf(&b, "%s%s", b.len ? " " : "", k);
		free(k);
	}
	out->middle = buf_detach(&b, NULL);
	if (out->first == NULL || out->last == NULL || !*out->first || !*out->last) {
		rname_free(out);
		goto done;
	}
	buf_addf(&b, "w:%s/%s", out->first, out->last);
	out->key = buf_detach(&b, NULL);
	rc = 0;
done:
	if (rc == 0)
		out->doubled = doubled_name;
	buf_release(&b);
	free(copy);
	return rc;
}

/* Middle names agree where both have one: equal, or one an initial of the other. */
static int
middles_agree(const char *a, const char *b)
{
	size_t la, lb;

	while (*a && *b) {
		la = strcspn(a, " ");
		lb = strcspn(b, " ");
		if (a[0] != b[0] || (la > 1 && lb > 1 && (la != lb || memcmp(a, b, la) != 0)))
			return 0;
		a += la + (a[la] == ' ');
		b += lb + (b[lb] == ' ');
	}
	return 1;
}

/* a and b without their hyphens are one string. */
static int
same_letters(const char *a, const char *b)
{
	for (;; a++, b++) {
		while (*a == '-')
			a++;
		while (*b == '-')
			b++;
		if (*a != *b)
			return 0;
		if (*a == '\0')
			return 1;
	}
}

const char *
rname_match(const struct rname_lex *lx, const struct rname *a, const struct rname *b)
{
	int swapped = a->order != b->order;

	if (a->korean != b->korean || strcmp(a->key, b->key) != 0)
		return NULL;
	if (a->ideographs || b->ideographs)	/* the keys hold the names */
		return "the same name in kanji or kana";
	if (!a->korean) {
		if (strcmp(a->first, b->first) != 0 || strcmp(a->last, b->last) != 0 ||
		    !middles_agree(a->middle, b->middle))
			return NULL;
		if (strcmp(a->middle, b->middle) != 0)
			return swapped ? "a middle name or initial, family name first" :
			    "a middle name or initial";
		return swapped ? "the same name, family name first" : "the same name";
	}
	if (!(same_letters(a->first, b->first) && same_letters(a->last, b->last)) &&
	    (!(same_letters(a->first, b->first) || roman_match(lx->roman, a->first, b->first)) ||
	    !roman_match(lx->roman, a->last, b->last)))
		return NULL;
	if (a->hangul || b->hangul)
		return swapped ? "Hangul romanized, family name last" : "Hangul romanized";
	if (same_letters(a->first, b->first) && same_letters(a->last, b->last))
		return swapped ? "the same name, family name last" : "the same name";
	return swapped ? "Korean romanization, family name last" : "Korean romanization";
}

/*
 * One first name may stand for the other: equal, an initial of it, or
 * its start (Dan, Daniel; Tom, Thomas): short forms are not told from
 * other names without a table of nicknames, and only names that
 * certainly differ compete.
 */
static int
firsts_agree(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);

	if (la > lb)
		return firsts_agree(b, a);
	return la == 1 ? a[0] == b[0] : strncmp(a, b, la) == 0;
}

int
rname_compete(const struct rname_lex *lx, const struct rname *a, const struct rname *b)
{
	if (a->korean != b->korean || a->ideographs || b->ideographs)
		return 0;	/* Peter Kang and Kang Chol-su: an English name beside a Korean one */
	if (!a->korean)
		return strcmp(a->last, b->last) == 0 &&
		    (!firsts_agree(a->first, b->first) || !middles_agree(a->middle, b->middle));
	if (!same_letters(a->first, b->first) && !roman_match(lx->roman, a->first, b->first))
		return 0;
	return !same_letters(a->last, b->last) && !roman_match(lx->roman, a->last, b->last);
}
