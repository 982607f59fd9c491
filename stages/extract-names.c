/*
 * extract-names.c: persons named in a document.
 *
 * A name is a run of capitalised words inside a sentence.  Titles
 * (titles.tsv: "Deputy Assistant Secretary", "Pastor", lowercase
 * "police captain") and nationality words before it are peeled off and
 * kept; what remains (at most XNAME_MAX words) is a person when:
 *   - its first word is a common given name (names-given.tsv): Otto Smith;
 *   - its first word is an East Asian family name (names-family.tsv) and a
 *     given name follows (Ri Song-chol, Han Myong Sik);
 *   - its first word is a hyphenated given name and its last a family name
 *     (Mi-Rae Song);
 *   - its last word is a family name written last (names-family.tsv, order
 *     "last": Yui Nakamura, Otto Whitmore) and the words before it are
 *     given names or capitalised words no lexicon knows, that the text
 *     never writes in lowercase, not after "the" (the Nakamura Trust);
 *     a Japanese family name before a Japanese given name (Nakamura Yui);
 *   - a title stands before it;
 *   - or it has two or three words none of which is a place, organization
 *     or common word, the first no place (Tokyo Electric said), and the
 *     context says person: a speech verb (said, told) right after or
 *     before it, or an apposition (", a ...", ", who").
 * Runs with an organization word (Ministry, Agency) are organizations;
 * with a place word (Airport, River) or a known place, places.
 * Appositions and the words before a name give the title, nationality,
 * gender, and family relations ("X, the older brother of Y").
 * Then single words (Jung, Mr. Kim) that are the first or last word of a
 * full name found in the document are mentions of that person; when two
 * persons share the word, the one mentioned last before it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "buf.h"
#include "extract.h"
#include "hmap.h"
#include "utf8.h"

unsigned
extract_role_bit(const char *role)
{
	static const char *names[] = { "victim", "defector", "official",
	    "activist", "family", "journalist", "other" };
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(role, names[i]) == 0)
			return 1u << i;
	return 0;
}

static int
is_stop(const struct xdoc *d, size_t t)
{
	const struct xtok *k = &d->toks[t];
	size_t n = k->e - k->s;

	if (extract_tok_lex(d, d->lx->stop, t))
		return 1;
	if (date_weekday_from_name(d->text + k->s, n) >= 0)
		return 1;
	/* a month, but "Jun" of Jun Chol-su is no "Jun. 4" */
	if (date_month_from_name(d->text + k->s, n))
		return n > 3 || (k->e < d->len && d->text[k->e] == '.') ||
		    (t + 1 < d->ntok && (d->toks[t + 1].flags & TOK_NUM));
	return 0;
}

static int
is_namish(const struct xdoc *d, size_t t)
{
	const struct xtok *k = &d->toks[t];

	if (!(k->flags & TOK_WORD) || (k->flags & TOK_NUM))
		return 0;
	return (k->flags & TOK_CAP) != 0;
}

static const char *
lexf(const struct lex *l, const struct lex_entry *e, const char *col)
{
	return e ? lex_get(l, e, col) : "";
}

/* Lowercased key of tokens [t0, t1), initials left out. */
static char *
name_key(const struct xdoc *d, size_t t0, size_t t1, int keep_initials)
{
	struct buf b = BUF_INIT;
	size_t t;

	for (t = t0; t < t1; t++) {
		const struct xtok *k = &d->toks[t];
		size_t i;

		if (!(k->flags & TOK_WORD))
			continue;
		if ((k->flags & TOK_INITIAL) && !keep_initials)
			continue;
		if (b.len)
			buf_addc(&b, ' ');
		for (i = k->s; i < k->e; i++)
			buf_addc(&b, (d->text[i] >= 'A' && d->text[i] <= 'Z') ? d->text[i] + 32 : d->text[i]);
	}
	return buf_detach(&b, NULL);
}

/* Surface form of tokens [t0, t1): words joined by one space, initials
 * with their dot. */
static char *
name_text(const struct xdoc *d, size_t t0, size_t t1)
{
	struct buf b = BUF_INIT;
	size_t t;

	for (t = t0; t < t1; t++) {
		const struct xtok *k = &d->toks[t];

		if (!(k->flags & TOK_WORD)) {
			buf_add(&b, d->text + k->s, k->e - k->s);
			continue;
		}
		if (b.len)
			buf_addc(&b, ' ');
		buf_add(&b, d->text + k->s, k->e - k->s);
	}
	return buf_detach(&b, NULL);
}

static void
set_nat(char *dst, const char *cc)
{
	if (!dst[0] && cc && strlen(cc) == 2) {
		dst[0] = cc[0];
		dst[1] = cc[1];
		dst[2] = 0;
	}
}

static void
add_rel(struct xdoc *d, int subj, int obj, const char *pred, size_t sent)
{
	if (d->nrel == d->crel) {
		d->crel = d->crel ? d->crel * 2 : 8;
		d->rels = xrealloc(d->rels, d->crel * sizeof(*d->rels));
	}
	d->rels[d->nrel].subj = subj;
	d->rels[d->nrel].obj = obj;
	d->rels[d->nrel].pred = xstrdup(pred);
	d->rels[d->nrel].sent = sent;
	d->nrel++;
}

/* The key of a name by its first and last words ("fl:kim minjun"):
 * the same person written with or without a middle name.  Owned. */
static char *
first_last_key(const struct xdoc *d, size_t first, size_t last)
{
	char *a = name_key(d, first, first + 1, 0), *b = name_key(d, last, last + 1, 0);
	struct buf k = BUF_INIT;

	buf_addf(&k, "fl:%s %s", a, b);
	free(a);
	free(b);
	return buf_detach(&k, NULL);
}

struct pctx {
	struct hmap *bykey;	/* full key, "fl:" first+last -> person index + 1 */
	struct hmap *lower;	/* words written in lowercase somewhere in the text */
	int lastp;		/* the person named last, and the token after it */
	size_t lastp_end;
};

static int
find_or_add_person(struct xdoc *d, struct pctx *c, size_t t0, size_t t1, int korean)
{
	char *key = name_key(d, t0, t1, 0), *fl = NULL;
	size_t nw = 0, t, first = t1, last = t0;
	intptr_t v;
	struct xperson *p;

	for (t = t0; t < t1; t++)
		if ((d->toks[t].flags & TOK_WORD) && !(d->toks[t].flags & TOK_INITIAL)) {
			nw++;
			if (first == t1)
				first = t;
			last = t;
		}
	v = (intptr_t)hmap_get(c->bykey, key);
	if (!v && nw >= 2) {
		fl = first_last_key(d, first, last);
		v = (intptr_t)hmap_get(c->bykey, fl);
	}
	if (v) {
		char *txt = name_text(d, t0, t1);

		p = &d->persons[v - 1];
		if (strcmp(txt, p->name) != 0) {
			int i, have = 0;

			for (i = 0; i < p->naliases; i++)
				have |= strcmp(p->aliases[i], txt) == 0;
			if (!have && p->naliases < 8) {
				/* The fullest form is the name. */
				if (strlen(txt) > strlen(p->name)) {
					p->aliases[p->naliases++] = p->name;
					p->name = txt;
					txt = NULL;
				} else {
					p->aliases[p->naliases++] = txt;
					txt = NULL;
				}
			}
		}
		free(txt);
		free(key);
		free(fl);
		return (int)v - 1;
	}
	if (d->nperson == d->cperson) {
		d->cperson = d->cperson ? d->cperson * 2 : 16;
		d->persons = xrealloc(d->persons, d->cperson * sizeof(*d->persons));
	}
	p = &d->persons[d->nperson];
	memset(p, 0, sizeof(*p));
	p->name = name_text(d, t0, t1);
	p->korean_order = korean;
	p->bl_s = p->bl_e = -1;
	hmap_put(c->bykey, key, (void *)(intptr_t)(d->nperson + 1));
	if (nw >= 2) {
		if (!fl)
			fl = first_last_key(d, first, last);
		hmap_put(c->bykey, fl, (void *)(intptr_t)(d->nperson + 1));
	}
	free(key);
	free(fl);
	return (int)d->nperson++;
}

/*
 * The age a number at token t gives person p, when it is a whole number
 * of years a living person may have, written alone ("Jane Roe, 83,") or
 * as "83-year-old"; a year (1983) or a count is none.
 */
static void
set_age(const struct xdoc *d, size_t t, struct xperson *p)
{
	const struct xtok *k = &d->toks[t];
	size_t i = k->s, n = k->e - k->s;
	int age = 0;

	while (i < k->e && d->text[i] >= '0' && d->text[i] <= '9' && age < 1000)
		age = age * 10 + (d->text[i++] - '0');
	if (i != k->e && !(k->e - i == 9 && strncasecmp(d->text + i, "-year-old", 9) == 0))
		return;
	if (n > 0 && age >= 1 && age <= 110 && p->age == 0)
		p->age = age;
}

/* Title ending right before token t (lowercase titles and demonyms in the
 * few words before a name: "U.S. envoy", "police captain", "missionary").
 * Also kinship words ("his brother"). */
static void
look_before(struct xdoc *d, size_t t, size_t s0, struct xperson *p)
{
	const struct xlex *lx = d->lx;
	size_t k, n;

	/* "his two deputy chiefs, A and B" */
	if (t > s0 + 1 && extract_tok_is(d, t - 1, ","))
		t--;
	for (k = 1; k <= 4 && t >= s0 + k; k++) {
		size_t at = t - k;
		const struct lex_entry *e;

		/* "the 36-year-old pastor Jane Roe" */
		if (d->toks[at].flags & TOK_NUM)
			set_age(d, at, p);

		/* "Mr. Kim": past the full stop of an abbreviated title */
		if (extract_tok_is(d, at, ".") && at > s0 && d->toks[at - 1].e == d->toks[at].s &&
		    (d->toks[at - 1].flags & TOK_WORD))
			continue;
		if (!(d->toks[at].flags & TOK_WORD))
			break;
		if ((e = extract_match(d, lx->titles, at, 5, &n)) && at + n == t - (k - n > 0 ? 0 : 0)) {
			if (at + n <= t) {
				p->roles |= extract_role_bit(lex_get(lx->titles, e, "role"));
				if (!p->gender && *lex_get(lx->titles, e, "gender"))
					p->gender = lex_get(lx->titles, e, "gender")[0];
				if (!p->title) {
					char *s = name_text(d, at, at + n);

					p->title = s;
				}
			}
		}
		if ((e = extract_match(d, lx->kinship, at, 2, &n)) && at + n == t) {
			p->roles |= ROLE_FAMILY;
			if (!p->gender && *lex_get(lx->kinship, e, "gender"))
				p->gender = lex_get(lx->kinship, e, "gender")[0];
		}
		if ((e = extract_match(d, lx->demonyms, at, 2, &n)))
			set_nat(p->nationality, lex_get(lx->demonyms, e, "country"));
	}
}

/* The apposition after a name: ", a South Korean missionary,", ", the
 * older brother of Y", ", who heads ...", ", 36,". */
static void
look_after(struct xdoc *d, size_t t, size_t s1, int pi, int *want_family_of)
{
	const struct xlex *lx = d->lx;
	struct xperson *p = &d->persons[pi];
	size_t k, n;
	int own = 1;

	*want_family_of = 0;
	if (t < s1 && extract_tok_is(d, t, "contributed")) {
		p->roles |= ROLE_JOURNALIST;
		p->reporter = 1;
	}
	if (t >= s1 || !extract_tok_is(d, t, ","))
		return;
	/* past an age: "Jane Roe, 83, whose daughter was taken" */
	if (t + 2 < s1 && (d->toks[t + 1].flags & TOK_NUM) && (extract_tok_is(d, t + 2, ",") ||
	    extract_tok_is(d, t + 2, ".") || extract_tok_is(d, t + 2, ")")))
		set_age(d, t + 1, p);
	if (t + 3 < s1 && (d->toks[t + 1].flags & TOK_NUM) && extract_tok_is(d, t + 2, ","))
		t += 2;
	for (k = t + 1; k < s1 && k < t + 10; k++) {
		const struct lex_entry *e;

		if (extract_tok_is(d, k, ",") || extract_tok_is(d, k, ".") ||
		    extract_tok_is(d, k, ")") || extract_tok_is(d, k, ";"))
			break;
		/* ", a pastor who ran a shelter for North Korean defectors":
		 * the nationality words of a clause or phrase of its own are
		 * someone else's ("who heads the group" still gives a role) */
		if (extract_tok_is(d, k, "who") || extract_tok_is(d, k, "which") ||
		    extract_tok_is(d, k, "that") || extract_tok_is(d, k, "for") ||
		    extract_tok_is(d, k, "with") || extract_tok_is(d, k, "against"))
			own = 0;
		if ((e = extract_match(d, lx->kinship, k, 2, &n))) {
			p->roles |= ROLE_FAMILY;
			if (!p->gender && *lex_get(lx->kinship, e, "gender"))
				p->gender = lex_get(lx->kinship, e, "gender")[0];
			if (k + n < s1 && extract_tok_is(d, k + n, "of"))
				*want_family_of = (int)(k + n + 1);
			k += n - 1;
			continue;
		}
		if ((e = extract_match(d, lx->titles, k, 6, &n))) {
			p->roles |= extract_role_bit(lex_get(lx->titles, e, "role"));
			if (!p->gender && *lex_get(lx->titles, e, "gender"))
				p->gender = lex_get(lx->titles, e, "gender")[0];
			if (!p->title)
				p->title = name_text(d, k, k + n);
			k += n - 1;
			continue;
		}
		if ((e = extract_match(d, lx->demonyms, k, 2, &n))) {
			if (own)
				set_nat(p->nationality, lex_get(lx->demonyms, e, "country"));
			k += n - 1;
		}
	}
}

static int
speech_at(const struct xdoc *d, size_t t)
{
	const struct lex_entry *e = extract_tok_lex(d, d->lx->cues, t);

	return e && strcmp(lex_get(d->lx->cues, e, "kind"), "speech") == 0;
}

/*
 * The order column of names-family.tsv: 'f' for a family name written
 * before the given name (Ri Song-chol; "first", the default when the
 * column is empty), 'l' for one written after it (Yui Nakamura; "last"),
 * 'n' for a word that stands before a family name in the names of places
 * and firms (Santa Cruz, Fort Worth; "none"), 0 when t is no family name.
 */
static int
family_order(const struct xdoc *d, size_t t)
{
	const struct lex_entry *e = extract_tok_lex(d, d->lx->family, t);
	const char *o;

	if (!e)
		return 0;
	o = lex_get(d->lx->family, e, "order");
	return o[0] ? o[0] : 'f';
}

/*
 * May token t be the given name of a name found by its family name alone
 * ("Yui Nakamura")?  A capitalised word of three or more letters, not all
 * capitals, that no lexicon knows as anything else (title, place,
 * organization, month, common word of a headline, family name), and that
 * the text never writes in lowercase: a common word capitalised because it
 * opens a sentence is written lowercase elsewhere.
 */
static int
unknown_given_ok(const struct xdoc *d, const struct pctx *c, size_t t)
{
	const struct xlex *lx = d->lx;
	const struct xtok *k = &d->toks[t];
	const struct lex * const never[] = { lx->titles, lx->demonyms, lx->countries,
	    lx->places, lx->kinship, lx->triggers, lx->cues, lx->groupn, lx->orgw,
	    lx->numbers, lx->abbrevs, lx->starters, lx->evwords, lx->family };
	size_t i;
	char *key;
	int seen;

	if ((k->flags & (TOK_WORD | TOK_CAP)) != (TOK_WORD | TOK_CAP) ||
	    (k->flags & (TOK_NUM | TOK_UPPER | TOK_INITIAL)) || k->e - k->s < 3)
		return 0;
	for (i = k->s; i < k->e; i++)
		if (d->text[i] == '.' || (d->text[i] >= '0' && d->text[i] <= '9'))
			return 0;
	if (is_stop(d, t))
		return 0;
	/* a plural or a participle opening a sentence: "Doctors Tanaka
	 * trusted", "Abducted Nakamura"; given names so spelt (Lukas,
	 * Mohammed) are in names-given.tsv */
	i = k->e - k->s;
	if (d->text[k->e - 1] == 's' ||
	    (i >= 6 && !memcmp(d->text + k->e - 2, "ed", 2) && d->text[k->e - 3] != 'e') ||
	    (i >= 6 && !memcmp(d->text + k->e - 3, "ing", 3)))
		return 0;
	for (i = 0; i < sizeof(never) / sizeof(never[0]); i++)
		if (extract_tok_lex(d, never[i], t))
			return 0;
	key = name_key(d, t, t + 1, 1);
	seen = hmap_get(c->lower, key) != NULL;
	free(key);
	return !seen;
}

/*
 * A name found by its family name written last: two or three words, the
 * last a family name of order "last", the others given names or words
 * unknown_given_ok allows; not after an article ("the Nakamura Trust").
 * *jp is set when the family name is Japanese and no known given name of
 * another origin stands before it.
 */
static int
family_last_name(const struct xdoc *d, const struct pctx *c, const size_t *words, size_t nw,
    size_t s0, int *jp)
{
	const struct xlex *lx = d->lx;
	const struct lex_entry *e;
	size_t i;

	if (nw < 2 || nw > 3 || family_order(d, words[nw - 1]) != 'l')
		return 0;
	if (words[0] > s0 && (extract_tok_is(d, words[0] - 1, "the") || extract_tok_is(d, words[0] - 1, "The") ||
	    extract_tok_is(d, words[0] - 1, "a") || extract_tok_is(d, words[0] - 1, "an")))
		return 0;
	for (i = 0; i + 1 < nw; i++) {
		if (i > 0 && (d->toks[words[i]].flags & TOK_INITIAL))
			continue;
		if (!extract_tok_lex(d, lx->given, words[i]) && !unknown_given_ok(d, c, words[i]))
			return 0;
	}
	e = extract_tok_lex(d, lx->family, words[nw - 1]);
	*jp = !strcmp(lex_get(lx->family, e, "origin"), "ja") &&
	    (!(e = extract_tok_lex(d, lx->given, words[0])) ||
	    !strcmp(lex_get(lx->given, e, "origin"), "japanese"));
	return 1;
}

/* A short capitalised word that is no given name: a syllable of a Korean
 * given name written apart ("Kim Kwang Chol", "Lee Jae Won"). */
static int
syllable(const struct xdoc *d, size_t t)
{
	size_t n = d->toks[t].e - d->toks[t].s;

	return n >= 2 && n <= 5 && (d->toks[t].flags & TOK_CAP) && !(d->toks[t].flags & TOK_UPPER) &&
	    !extract_tok_lex(d, d->lx->given, t);
}

/*
 * The token after a bracket at t that holds only words in Korean or
 * Japanese script (their UTF-8 lead bytes are 0xE3 to 0xED: kana, kanji,
 * Hangul), at most three: "(大野優子)", "(한지수)"; else t.
 */
static size_t
past_script_brackets(const struct xdoc *d, size_t t, size_t s1)
{
	size_t k;

	if (t >= s1 || !extract_tok_is(d, t, "("))
		return t;
	for (k = t + 1; k < s1 && k < t + 4 && (d->toks[k].flags & TOK_WORD); k++) {
		unsigned char c = (unsigned char)d->text[d->toks[k].s];

		if (c < 0xE3 || c > 0xED)
			return t;
	}
	return k > t + 1 && k < s1 && extract_tok_is(d, k, ")") ? k + 1 : t;
}

/* Is tokens [a, b) a person's name by the rules of the file header?
 * *korean: written family name first; *jp: a Japanese family name. */
static int
accept_name(struct xdoc *d, const struct pctx *c, size_t a, size_t b, int titled, size_t s0,
    size_t s1, int *korean, int *jp)
{
	const struct xlex *lx = d->lx;
	size_t nw = 0, t, n, words[XNAME_MAX + 2];
	const struct lex_entry *e;

	*korean = 0;
	*jp = 0;
	for (t = a; t < b; t++) {
		if (!(d->toks[t].flags & TOK_WORD))
			continue;
		if (nw == XNAME_MAX)
			return 0;
		words[nw++] = t;
		if (extract_tok_lex(d, lx->demonyms, t) ||
		    (t == a && extract_tok_lex(d, lx->countries, t)))
			return 0;
	}
	if (nw == 0)
		return 0;
	if ((e = extract_match(d, lx->places, a, XPLACE_MAX, &n)) && a + n >= b)
		return 0;
	if ((e = extract_match(d, lx->countries, a, 6, &n)) && a + n >= b)
		return 0;
	if (nw == 1)
		return 0;	/* single words are aliases only */
	if (family_order(d, words[0]) == 'f') {
		/* Family name first, then a given name: hyphenated (Jung-wook),
		 * or one or two short capitalised syllables (Kuk Gi). */
		const struct xtok *g = &d->toks[words[1]];

		if (memchr(d->text + g->s, '-', g->e - g->s) || nw >= 3 ||
		    !extract_tok_lex(d, lx->given, words[0]) || extract_tok_lex(d, lx->family, words[1]) == NULL) {
			*korean = !extract_tok_lex(d, lx->given, words[0]) ||
			    memchr(d->text + g->s, '-', g->e - g->s) != NULL ||
			    (nw == 3 && syllable(d, words[1]) && syllable(d, words[2]));
			return 1;
		}
	}
	/* A Japanese name in Japanese order: Nakamura Yui */
	if (nw == 2 && family_order(d, words[0]) == 'l' &&
	    !strcmp(lex_get(lx->family, extract_tok_lex(d, lx->family, words[0]), "origin"), "ja") &&
	    (e = extract_tok_lex(d, lx->given, words[1])) &&
	    !strcmp(lex_get(lx->given, e, "origin"), "japanese")) {
		*korean = 1;
		*jp = 1;
		return 1;
	}
	if (extract_tok_lex(d, lx->given, words[0]))
		return 1;
	if (family_order(d, words[nw - 1]) == 'f' &&
	    memchr(d->text + d->toks[words[0]].s, '-', d->toks[words[0]].e - d->toks[words[0]].s))
		return 1;
	if (family_last_name(d, c, words, nw, s0, jp))
		return 1;
	if (titled)
		return 1;
	/* "his father, Chol Park", "mother Jane Doe" */
	if (a > s0 && (extract_tok_lex(d, lx->kinship, a - 1) ||
	    (a > s0 + 1 && extract_tok_is(d, a - 1, ",") && extract_tok_lex(d, lx->kinship, a - 2))))
		return 1;
	if (nw > 3)
		return 0;
	/* "Tokyo Electric said", "Santa Cruz, a city": a run opened by a
	 * place, or by a word that opens names of places and firms, is none
	 * of a person's */
	if (extract_match(d, lx->places, words[0], XPLACE_MAX, &n) || family_order(d, words[0]) == 'n')
		return 0;
	/* Context: "X said", "said X", "X, who", "X, a ...", "X, 36,",
	 * "X contributed to this report"; past the name in Korean or
	 * Japanese script a text may give in brackets ("X (大野優子) said"). */
	b = past_script_brackets(d, b, s1);
	if (b < s1 && (speech_at(d, b) || extract_tok_is(d, b, "contributed")))
		return 1;
	if (a > s0 && speech_at(d, a - 1))
		return 1;
	if (b + 1 < s1 && extract_tok_is(d, b, ",") &&
	    (extract_tok_is(d, b + 1, "who") || extract_tok_is(d, b + 1, "a") ||
	    extract_tok_is(d, b + 1, "an") || (d->toks[b + 1].flags & TOK_NUM)))
		return 1;
	return 0;
}

void
extract_add_org(struct xdoc *d, size_t a, size_t b, const char *kind)
{
	char *name = name_text(d, a, b);
	size_t i;

	for (i = 0; i < d->norg; i++)
		if (strcmp(d->orgs[i].name, name) == 0) {
			free(name);
			extract_add_ent(d, ENT_ORG, a, b, (int)i);
			return;
		}
	if (d->norg == d->corg) {
		d->corg = d->corg ? d->corg * 2 : 8;
		d->orgs = xrealloc(d->orgs, d->corg * sizeof(*d->orgs));
	}
	memset(&d->orgs[d->norg], 0, sizeof(d->orgs[0]));
	d->orgs[d->norg].name = name;
	snprintf(d->orgs[d->norg].kind, sizeof(d->orgs[0].kind), "%s", kind);
	extract_add_ent(d, ENT_ORG, a, b, (int)d->norg);
	d->norg++;
}

static int in_byline_line(const struct xdoc *d, size_t a);

/* One run of capitalised tokens [a, b) in sentence [s0, s1). */
/* A noun of a settlement or a region, lowercase: "town", "city",
 * "province" (event-words.tsv, settlement). */
static int
place_noun(const struct xdoc *d, size_t t)
{
	return !(d->toks[t].flags & TOK_CAP) && extract_evword(d, t, "settlement");
}

static void
scan_run(struct xdoc *d, struct pctx *c, size_t a, size_t b, size_t s0, size_t s1,
    unsigned char *inname)
{
	const struct xlex *lx = d->lx;
	size_t t, n, name0 = a, tend = a, orgw = (size_t)-1;
	const struct lex_entry *title = NULL, *e;
	char nat[3] = "";
	int korean, jp, pi, fam_of;

	/* The last title in the run: what follows it is the name. */
	for (t = a; t < b; t++) {
		if ((e = extract_match(d, lx->titles, t, 6, &n)) && t + n < b) {
			title = e;
			tend = t;
			name0 = t + n;
			t += n - 1;
		} else if (extract_tok_lex(d, lx->orgw, t) && orgw == (size_t)-1)
			orgw = t;
	}
	if (orgw != (size_t)-1 && (!title || orgw >= name0)) {
		e = extract_tok_lex(d, lx->orgw, orgw);
		/* "The National Intelligence Service": the article is no part of it */
		while (a < orgw && (extract_tok_is(d, a, "the") || extract_tok_is(d, a, "a") ||
		    extract_tok_is(d, a, "an")))
			a++;
		if (strcmp(lex_get(lx->orgw, e, "kind"), "place") != 0)
			extract_add_org(d, a, b, lex_get(lx->orgw, e, "kind"));
		return;
	}
	if (title && tend > a && orgw != (size_t)-1 && orgw < tend) {
		e = extract_tok_lex(d, lx->orgw, orgw);
		if (strcmp(lex_get(lx->orgw, e, "kind"), "place") != 0)
			extract_add_org(d, a, tend, lex_get(lx->orgw, e, "kind"));
	}
	/* "the town of Phong Lan", "the city of Tumen": a place */
	if (a >= s0 + 2 && extract_tok_is(d, a - 1, "of") && place_noun(d, a - 2))
		return;
	/* Peel common words, nationality words and places off the front. */
	while (name0 < b) {
		if ((e = extract_match(d, lx->demonyms, name0, 3, &n))) {
			set_nat(nat, lex_get(lx->demonyms, e, "country"));
			name0 += n;
		} else if ((e = extract_match(d, lx->titles, name0, 6, &n)) && name0 + n < b) {
			title = e;
			name0 += n;
		} else if (is_stop(d, name0) || !(d->toks[name0].flags & TOK_WORD))
			name0++;
		else
			break;
	}
	/* The name ends at the next common word or weekday ("arrested Ri
	 * Su-yon Friday"; but a month name inside a name is a name: Eddie
	 * Jun ...). */
	for (t = name0; t < b; t++)
		if ((d->toks[t].flags & TOK_WORD) && (t == name0 ? is_stop(d, t) :
		    extract_tok_lex(d, lx->stop, t) != NULL ||
		    (d->toks[t].e - d->toks[t].s > 3 &&	/* "Sun" of Han Ok Sun is a name */
		    date_weekday_from_name(d->text + d->toks[t].s, d->toks[t].e - d->toks[t].s) >= 0)))
			break;
	b = t;
	while (b > name0 && !(d->toks[b - 1].flags & TOK_WORD) && !extract_tok_is(d, b - 1, "."))
		b--;
	if (b <= name0)
		return;
	if (!accept_name(d, c, name0, b, title != NULL, s0, s1, &korean, &jp))
		return;
	pi = find_or_add_person(d, c, name0, b, korean);
	{
		struct xperson *p = &d->persons[pi];

		p->nmentions++;
		set_nat(p->nationality, nat);
		if (title) {
			p->roles |= extract_role_bit(lexf(lx->titles, title, "role"));
			if (!p->gender && *lexf(lx->titles, title, "gender"))
				p->gender = lexf(lx->titles, title, "gender")[0];
			if (!p->title)
				p->title = xstrdup(lex_get(lx->titles, title, "title"));
		}
		if (jp)
			p->jp_name = 1;
		e = extract_tok_lex(d, lx->given, name0);
		if (jp && korean) {
			/* Nakamura Yui: the given name is the second word */
			for (t = name0 + 1; t < b && !(d->toks[t].flags & TOK_WORD); t++)
				;
			if ((e = extract_tok_lex(d, lx->given, t)) && !p->gender)
				p->gender = lex_get(lx->given, e, "gender")[0];
			e = NULL;
		}
		if (e && !p->korean_order) {
			if (!p->gender)
				p->gender = lex_get(lx->given, e, "gender")[0];
			/* a Japanese given name: a Japanese national, unless
			 * the text says otherwise (set_nat keeps the first) */
			if (!strcmp(lex_get(lx->given, e, "origin"), "japanese"))
				p->jp_name = 1;
		}
		look_before(d, a, s0, p);
		/* "his two deputy chiefs, A and B": B shares A's title */
		if (a >= s0 + 2 && (extract_tok_is(d, a - 1, "and") || extract_tok_is(d, a - 1, ",")) &&
		    c->lastp >= 0 && c->lastp_end == a - 1 && d->persons[c->lastp].title && !p->title) {
			p->roles |= d->persons[c->lastp].roles & (ROLE_OFFICIAL | ROLE_ACTIVIST | ROLE_JOURNALIST);
			p->title = xstrdup(d->persons[c->lastp].title);
		}
		if (in_byline_line(d, a)) {
			p->roles |= ROLE_JOURNALIST;
			p->reporter = 1;
		}
		look_after(d, past_script_brackets(d, b, s1), s1, pi, &fam_of);
		if (fam_of > 0)
			d->toks[b].ent = -2 - fam_of;	/* resolved after the run pass */
	}
	for (t = name0; t < b; t++)
		inname[t] = 1;
	c->lastp = pi;
	c->lastp_end = b;
	extract_add_ent(d, ENT_PERSON, name0, b, pi);
}

/* A byline line in the text: "By A and B" at the start of a line. */
static int
in_byline_line(const struct xdoc *d, size_t a)
{
	size_t k;

	for (k = a; k + 12 > a; k--) {
		if (extract_tok_is(d, k, "By") && (d->toks[k].flags & TOK_NL))
			return 1;
		if ((d->toks[k].flags & TOK_NL) || k == 0)
			return 0;
	}
	return 0;
}

static int
word_ok(const struct xdoc *d, const char *w, size_t n)
{
	if (n == 0 || !((w[0] >= 'A' && w[0] <= 'Z') || (unsigned char)w[0] >= 0x80))
		return 0;
	return !lex_lookupn(d->lx->orgw, w, n) && !lex_lookupn(d->lx->stop, w, n) &&
	    !lex_lookupn(d->lx->countries, w, n) && !lex_lookupn(d->lx->demonyms, w, n);
}

/* Byline: "By A and B", "A, B", "JOHN DOE": journalists.  A name found
 * in the text is that person; one only in the byline gets a person whose
 * mention points into the byline. */
static void
byline_persons(struct xdoc *d, struct pctx *c, const char *byline)
{
	const char *s = byline, *end;
	size_t i;

	(void)c;
	if (!s)
		return;
	end = s + strlen(s);
	while (s < end) {
		const char *q = s, *pe, *w;
		int words = 0, ok = 1;
		char *name;

		while (q < end && *q != ',' && *q != ';' && *q != '&' && *q != '|' &&
		    !(q + 5 <= end && !strncasecmp(q, " and ", 5)))
			q++;
		pe = q;
		while (s < pe && (*s == ' ' || *s == '\t'))
			s++;
		if (pe - s > 3 && !strncasecmp(s, "by ", 3))
			s += 3;
		while (pe > s && (pe[-1] == ' ' || pe[-1] == '.'))
			pe--;
		for (w = s; w < pe;) {
			const char *we = w;

			while (we < pe && *we != ' ')
				we++;
			words++;
			/* a family name that is a country's (Paul Jordan)
			 * after a known given name */
			ok &= word_ok(d, w, (size_t)(we - w)) ||
			    (words > 1 && lex_lookupn(d->lx->countries, w, (size_t)(we - w)) &&
			    !lex_lookupn(d->lx->orgw, w, (size_t)(we - w)) &&
			    lex_lookupn(d->lx->given, s, strcspn(s, " ")));
			w = we;
			while (w < pe && *w == ' ')
				w++;
		}
		if (ok && words >= 2 && words <= 4) {
			size_t k;

			name = xstrndup(s, (size_t)(pe - s));
			for (k = 0; k < d->nperson; k++)
				if (!strcasecmp(d->persons[k].name, name))
					break;
			if (k == d->nperson) {
				struct xperson *p;

				if (d->nperson == d->cperson) {
					d->cperson = d->cperson ? d->cperson * 2 : 16;
					d->persons = xrealloc(d->persons, d->cperson * sizeof(*d->persons));
				}
				p = &d->persons[d->nperson++];
				memset(p, 0, sizeof(*p));
				p->name = name;
				p->bl_s = s - byline;
				p->bl_e = pe - byline;
				name = NULL;
			}
			d->persons[k].roles |= ROLE_JOURNALIST;
			d->persons[k].reporter = 1;
			free(name);
		}
		s = q;
		if (s < end && !strncasecmp(s, " and ", 5))
			s += 5;
		else if (s < end)
			s++;
	}
	for (i = 0; i < d->nperson; i++)
		(void)i;
}

/*
 * "Anna van der Berg": a lowercase particle (name-particles.tsv) inside a
 * run at b, after a capitalised word and before one (particles may
 * follow each other: "van der").
 */
static int
particle_at(const struct xdoc *d, size_t a, size_t b, size_t s1)
{
	size_t k;

	if (b <= a || (d->toks[b].flags & TOK_CAP))
		return 0;
	for (k = b; k < s1 && k < b + 3; k++) {
		if (d->toks[k].flags & TOK_NL)
			return 0;
		if (is_namish(d, k))
			return k > b;
		if (!extract_tok_lex(d, d->lx->particles, k))
			return 0;
	}
	return 0;
}

static int
is_quote(const struct xdoc *d, size_t k)
{
	return extract_tok_is(d, k, "\"") || extract_tok_is(d, k, "\xe2\x80\x9c") ||
	    extract_tok_is(d, k, "\xe2\x80\x9d");
}

/*
 * Is token t inside a quoted title ("The Road That Even the Marshal
 * Fears to Walk", a book's or a film's name)?  Inside quotation marks
 * whose words are capitalised, but for short ones (of, to, that): words
 * of a title, not a person of the story.
 */
static int
in_quoted_title(const struct xdoc *d, size_t t, size_t s0, size_t s1)
{
	size_t k, open = (size_t)-1, close = (size_t)-1, caps = 0;
	int inside = 0;

	for (k = s0; k < t; k++)
		if (is_quote(d, k)) {
			inside = !inside || extract_tok_is(d, k, "\xe2\x80\x9c");
			open = k;
		}
	if (!inside)
		return 0;
	for (k = t; k < s1 && close == (size_t)-1; k++)
		if (is_quote(d, k))
			close = k;
	if (close == (size_t)-1)
		return 0;
	for (k = open + 1; k < close; k++) {
		const struct xtok *w = &d->toks[k];

		if (!(w->flags & TOK_WORD))
			continue;
		if (w->flags & TOK_CAP)
			caps++;
		else if (w->e - w->s > 4)
			return 0;
	}
	return caps >= 4;
}

/*
 * The end of a run [a, b) that holds an organization word (not a place
 * word), carried over "of", "for" and "on" (and a "the" after them) to
 * the capitalised words after: "Ministry of State Security", "Committee
 * for the Peaceful Return".  Other runs end at b.
 */
static size_t
org_tail(const struct xdoc *d, size_t a, size_t b, size_t s1)
{
	const struct lex_entry *e;
	size_t t, k;
	int org = 0;

	for (t = a; t < b && !org; t++)
		org = (e = extract_tok_lex(d, d->lx->orgw, t)) != NULL &&
		    strcmp(lex_get(d->lx->orgw, e, "kind"), "place") != 0;
	while (org && b + 1 < s1 && (extract_tok_is(d, b, "of") || extract_tok_is(d, b, "for") ||
	    extract_tok_is(d, b, "on")) && !(d->toks[b].flags & TOK_CAP)) {
		k = b + 1;
		if (k + 1 < s1 && extract_tok_is(d, k, "the") && !(d->toks[k].flags & TOK_CAP))
			k++;
		if (!is_namish(d, k) || (d->toks[k].flags & TOK_NL))
			break;
		while (k < s1 && is_namish(d, k) && !(d->toks[k].flags & TOK_NL))
			k++;
		b = k;
	}
	return b;
}

/*
 * Who bears a word of full names, as the text goes: the person whose full
 * name was written last with it (at tokens [t0, t1)), and the one before
 * (a rival), when the two were named side by side ("Kim Min-jun and Kim
 * Eun-ji": coordinated).  Before any full mention, the first person whose
 * name has the word (a headline's "Kim").
 */
struct bearer {
	int p, rival;		/* persons, or -1 */
	size_t t0, t1;		/* the latest full mention */
	int coordinated;	/* p named in a list right after rival */
};

/* Are tokens [a, b) only the commas and "and", "or" of a list? */
static int
list_glue(const struct xdoc *d, size_t a, size_t b)
{
	size_t t;

	if (b < a || b - a > 2 || b == a)
		return 0;
	for (t = a; t < b; t++)
		if (!extract_tok_is(d, t, ",") && !extract_tok_is(d, t, "and") &&
		    !extract_tok_is(d, t, "or"))
			return 0;
	return 1;
}

static void
bearer_saw(const struct xdoc *d, struct hmap *bearers, const char *w, int p, size_t t0, size_t t1)
{
	struct bearer *b = hmap_get(bearers, w);

	if (b == NULL) {
		b = xmalloc(sizeof *b);
		b->p = b->rival = -1;
		b->t0 = b->t1 = 0;
		b->coordinated = 0;
		hmap_put(bearers, w, b);
	}
	if (b->p >= 0 && b->p != p) {
		b->rival = b->p;
		b->coordinated = b->t1 > 0 && list_glue(d, b->t1, t0);
	} else
		b->coordinated = 0;
	b->p = p;
	b->t0 = t0;
	b->t1 = t1;
}

/* The gender a title right before token t gives ("Mr. Kim"), or 0. */
static int
title_gender(const struct xdoc *d, size_t t)
{
	const struct lex_entry *e;
	size_t k = t, n;

	if (k > 0 && extract_tok_is(d, k - 1, "."))
		k--;
	if (k == 0 || d->toks[k - 1].sent != d->toks[t].sent)
		return 0;
	e = extract_match(d, d->lx->titles, k - 1, 1, &n);
	return e ? lex_get(d->lx->titles, e, "gender")[0] : 0;
}

/*
 * The person a single word at token t names, or -1: the latest bearer,
 * unless it was named in a list with a rival ("Kim Min-jun and Kim
 * Eun-ji were held. Kim said": nobody), when a title's gender ("Mr.
 * Kim") may still tell which.
 */
static int
bearer_of(const struct xdoc *d, const struct bearer *b, size_t t)
{
	int g = title_gender(d, t), pg, rg;

	if (b->p < 0)
		return -1;
	if (!b->coordinated)
		return g && d->persons[b->p].gender && d->persons[b->p].gender != g ? -1 : b->p;
	pg = d->persons[b->p].gender;
	rg = d->persons[b->rival].gender;
	if (g && pg == g && rg && rg != g)
		return b->p;
	if (g && rg == g && pg && pg != g)
		return b->rival;
	return -1;
}

/*
 * Single words (Jung, Mr. Kim) that are a word of a full name found in
 * the document: mentions of the person who bears it (bearer_of), every
 * word of a full name ("Ho" of "Daniel Ho Min-jae" too), not a word
 * followed by another capitalised one (a name of its own).
 */
static void
link_single_words(struct xdoc *d, const unsigned char *inname)
{
	struct hmap *bearers = hmap_new();
	size_t i, t, k = 0, ne = d->nent;
	struct bearer *b;
	int p;

	for (i = 0; i < d->nperson; i++) {
		const char *nm = d->persons[i].name, *w = nm;

		if (!strchr(nm, ' '))
			continue;
		while (*w) {
			size_t wl = strcspn(w, " ");
			char *key = xstrndup(w, wl);

			for (char *q = key; *q; q++)
				*q = (*q >= 'A' && *q <= 'Z') ? *q + 32 : *q;
			if (wl > 2 && !hmap_get(bearers, key))
				bearer_saw(d, bearers, key, (int)i, 0, 0);
			free(key);
			w += wl;
			while (*w == ' ')
				w++;
		}
	}
	/* ents so far are in text order (runs were scanned in order) */
	for (t = 0; t < d->ntok; t++) {
		while (k < ne && d->ents[k].t1 <= t)
			k++;
		if (k < ne && d->ents[k].kind == ENT_PERSON && d->ents[k].t0 == t) {
			/* a full mention: the latest bearer of its words */
			const struct xent *en = &d->ents[k];
			size_t w;

			for (w = en->t0; w < en->t1; w++) {
				char *key;

				if (!(d->toks[w].flags & TOK_WORD) || (d->toks[w].flags & TOK_INITIAL))
					continue;
				key = name_key(d, w, w + 1, 0);
				bearer_saw(d, bearers, key, en->id, en->t0, en->t1);
				free(key);
			}
			continue;
		}
		if (inname[t] || !is_namish(d, t) || is_stop(d, t))
			continue;
		if (t + 1 < d->ntok && is_namish(d, t + 1) && d->toks[t + 1].sent == d->toks[t].sent &&
		    !(d->toks[t + 1].flags & TOK_NL) && !is_stop(d, t + 1))
			continue;
		{
			char *w = name_key(d, t, t + 1, 0);

			b = hmap_get(bearers, w);
			free(w);
		}
		if (b && (p = bearer_of(d, b, t)) >= 0) {
			extract_add_ent(d, ENT_PERSON, t, t + 1, p);
			d->persons[p].nmentions++;
		}
	}
	hmap_free(bearers, free);
}

void
extract_persons(struct xdoc *d, const char *byline)
{
	struct pctx c;
	unsigned char *inname = xcalloc(d->ntok + 1, 1);
	size_t si, t;

	c.bykey = hmap_new();
	c.lower = hmap_new();
	for (t = 0; t < d->ntok; t++)
		if ((d->toks[t].flags & TOK_WORD) && d->text[d->toks[t].s] >= 'a' &&
		    d->text[d->toks[t].s] <= 'z') {
			char *w = name_key(d, t, t + 1, 1);

			hmap_put(c.lower, w, (void *)1);
			free(w);
		}
	c.lastp = -1;
	c.lastp_end = 0;
	for (si = 0; si < d->nsent; si++) {
		size_t s0 = d->sents[si].t0, s1 = d->sents[si].t1;

		for (t = s0; t < s1; t++) {
			size_t b = t;

			if (!is_namish(d, t))
				continue;
			while (b < s1 && (is_namish(d, b) ||
			    (extract_tok_is(d, b, ".") && b > t && (d->toks[b - 1].flags & TOK_INITIAL)) ||
			    particle_at(d, t, b, s1)) &&
			    (b == t || !(d->toks[b].flags & TOK_NL)))
				b++;
			b = org_tail(d, t, b, s1);
			if (!in_quoted_title(d, t, s0, s1))
				scan_run(d, &c, t, b, s0, s1, inname);
			t = b;
		}
	}
	byline_persons(d, &c, byline);

	/* Family relations noted by look_after: the person named after "of". */
	for (t = 0; t < d->ntok; t++) {
		if (d->toks[t].ent <= -3) {
			size_t at = (size_t)(-2 - d->toks[t].ent), k;

			d->toks[t].ent = -1;
			for (k = 0; k < d->nent; k++)
				if (d->ents[k].kind == ENT_PERSON && d->ents[k].t0 >= at &&
				    d->ents[k].t0 <= at + 3) {
					size_t j;

					for (j = 0; j < d->nent; j++)
						if (d->ents[j].kind == ENT_PERSON && d->ents[j].t1 == t) {
							add_rel(d, d->ents[j].id, d->ents[k].id, "family_of",
							    d->toks[t].sent);
							break;
						}
					break;
				}
		}
	}

	link_single_words(d, inname);
	hmap_free(c.bykey, NULL);
	hmap_free(c.lower, NULL);
	free(inname);
}
