/*
 * extract-nameshape.c: does a run of capitalised words name a person?
 *
 * The lexicons (names-given.tsv, names-family.tsv, titles.tsv) and the
 * shape of the words decide, as extract-names.c's header lists: a given
 * name first, an East Asian family name before a given name, a family
 * name written last, a title before it, or a speech verb or an
 * apposition beside a run shaped as a name.  One word alone is a name
 * only under a licence: a kinship word, a surname cue, a capitalised
 * title.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "buf.h"
#include "extract-names.h"
#include "utf8.h"

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
	if (extract_is_stop(d, t))
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
	key = extract_name_key(d, t, t + 1, 1);
	seen = hmap_get(c->lower, key) != NULL;
	free(key);
	return !seen;
}

/* Is token t a word of list (event-words.tsv) written in capitals? */
int
extract_upper_evword(const struct xdoc *d, size_t t, const char *list)
{
	return (d->toks[t].flags & TOK_UPPER) && extract_evword(d, t, list);
}

/*
 * The kinship word (kinship.tsv) that ends at token t: "mother", "older
 * brother", or a plural ("daughters": *plural set), or NULL.
 */
static const struct lex_entry *
kin_ending(const struct xdoc *d, size_t t, size_t s0, int *plural)
{
	const struct lex *kin = d->lx->kinship;
	const struct lex_entry *e;
	const struct xtok *k = &d->toks[t];
	size_t n;

	*plural = 0;
	if (!(k->flags & TOK_WORD) || (k->flags & TOK_CAP))
		return NULL;
	if (t > s0 && (e = extract_match(d, kin, t - 1, 2, &n)) && n == 2)
		return e;
	if ((e = extract_match(d, kin, t, 1, &n)))
		return e;
	if (k->e - k->s > 3 && d->text[k->e - 1] == 's' &&
	    (e = lex_lookupn(kin, d->text + k->s, k->e - k->s - 1))) {
		*plural = 1;
		return e;
	}
	return NULL;
}

/*
 * May the capitalised word at t be a name on its own, when the text
 * licenses it?  A known given or family name, a hyphenated one
 * (Min-seo), or a word unknown_given_ok allows; never a word another
 * lexicon knows (a title, place, kinship or common word).
 */
int
extract_single_shape(const struct xdoc *d, const struct pctx *c, size_t t)
{
	const struct xlex *lx = d->lx;
	const struct xtok *k = &d->toks[t];
	const struct lex * const never[] = { lx->titles, lx->demonyms, lx->countries,
	    lx->places, lx->kinship, lx->orgw, lx->groupn, lx->numbers, lx->starters,
	    lx->triggers, lx->cues };
	size_t i;

	if ((k->flags & (TOK_WORD | TOK_CAP)) != (TOK_WORD | TOK_CAP) ||
	    (k->flags & (TOK_NUM | TOK_INITIAL | TOK_UPPER)) || k->e - k->s < 2 || extract_is_stop(d, t))
		return 0;
	for (i = 0; i < sizeof(never) / sizeof(never[0]); i++)
		if (extract_tok_lex(d, never[i], t))
			return 0;
	/* "Lt. Col.": an abbreviation with its full stop, no name */
	if (t + 1 < d->ntok && extract_tok_is(d, t + 1, ".") && d->toks[t + 1].s == k->e &&
	    (extract_match(d, lx->titles, t, 2, &i) || extract_match(d, lx->abbrevs, t, 2, &i)))
		return 0;
	if (extract_tok_lex(d, lx->given, t) || extract_tok_lex(d, lx->family, t))
		return 1;
	for (i = k->s + 1; i + 1 < k->e; i++)
		if (d->text[i] == '-' && d->text[i + 1] >= 'a' && d->text[i + 1] <= 'z')
			return 1;
	return unknown_given_ok(d, c, t);
}

/*
 * The title (titles.tsv) that ends right before token a, past the full
 * stop of an abbreviation ("Mr. Roe", "Sgt. Doe"), or NULL.
 */
const struct lex_entry *
extract_title_ending(const struct xdoc *d, size_t a, size_t s0)
{
	const struct lex_entry *e;
	size_t k, n;

	for (k = 1; k <= 3 && a >= s0 + k; k++)
		if ((e = extract_match(d, d->lx->titles, a - k, 6, &n)) && a - k + n == a)
			return e;
	return NULL;
}

/*
 * What licenses the one capitalised word at t (its run starts at a) as a
 * person's name, LIC_NONE when nothing does:
 *   LIC_KIN      a kinship word before it ("her mother Ann", "his
 *                brother, Min-ho,", "two daughters, Ann") or heading its
 *                apposition ("Ann, the daughter of ...");
 *   LIC_POSS     a kinship word after its possessive ("Ann's mother");
 *   LIC_SURNAME  a surname cue before it ("a man surnamed Roe", "by his
 *                family name Roe": event-words.tsv, surname, name-kind);
 *   LIC_TITLE    a capitalised title right before it ("President Roe",
 *                "Mr. Roe").
 * *e is set to the kinship word or the title, *plural when the cue is
 * plural ("daughters", "surnames": the words listed after it share it).
 */
int
extract_single_licence(const struct xdoc *d, const struct pctx *c, size_t t, const struct lex_entry *title,
    size_t s0, size_t s1, const struct lex_entry **e, int *plural)
{
	size_t k;

	*plural = 0;
	*e = NULL;
	if (!extract_single_shape(d, c, t))
		return LIC_NONE;
	if (t > s0 && extract_evword(d, t - 1, "surname")) {
		*plural = d->text[d->toks[t - 1].e - 1] == 's';
		return LIC_SURNAME;
	}
	if (t > s0 + 1 && (extract_tok_is(d, t - 1, "name") || extract_tok_is(d, t - 1, "names")) &&
	    extract_evword(d, t - 2, "name-kind")) {
		*plural = extract_tok_is(d, t - 1, "names");
		return LIC_SURNAME;
	}
	if (t > s0 && (*e = kin_ending(d, t - 1, s0, plural)))
		return LIC_KIN;
	if (t > s0 + 1 && extract_tok_is(d, t - 1, ",") && (*e = kin_ending(d, t - 2, s0, plural)))
		return LIC_KIN;
	/* "Ann, the daughter of ...", "Ann, his youngest sister," */
	if (t + 2 < s1 && extract_tok_is(d, t + 1, ","))
		for (k = t + 2; k < s1 && k < t + 5; k++) {
			const struct xtok *w = &d->toks[k];

			if (!(w->flags & TOK_WORD) || (w->flags & TOK_CAP))
				break;
			if ((*e = kin_ending(d, k, s0, plural)) && !*plural)
				return LIC_KIN;
		}
	*plural = 0;
	/* "Ann's mother" */
	if (t + 2 < s1 && (extract_tok_is(d, t + 1, "'s") || extract_tok_is(d, t + 1, "\xe2\x80\x99s"))) {
		int pl;

		for (k = t + 2; k < s1 && k < t + 4; k++)
			if ((*e = kin_ending(d, k, s0, &pl)))
				return LIC_POSS;
	}
	*e = NULL;
	if (title) {
		const char *tt = lex_get(d->lx->titles, title, "title");

		if (tt[0] >= 'A' && tt[0] <= 'Z') {
			*e = title;
			return LIC_TITLE;
		}
	}
	return LIC_NONE;
}

/*
 * Does the apposition after a name at b (", the group's director", ", a
 * charity") hold a title as its head, or a word of a thing (event-words
 * thing, vessel)?  Returns 'p' (a person's), 't' (a thing's) or 0.  The
 * head is the title followed by the apposition's end, "of", "for", "at",
 * "in" or "and" ("the president's house" has none).
 */
static int
apposition_head(const struct xdoc *d, size_t b, size_t s1)
{
	const struct lex_entry *e;
	size_t k, n;
	int thing = 0;

	/* ", and an associate professor": a list goes on, no apposition */
	if (b + 1 >= s1 || !extract_tok_is(d, b, ",") || extract_tok_is(d, b + 1, "and") ||
	    extract_tok_is(d, b + 1, "or") || extract_tok_is(d, b + 1, "but"))
		return 0;
	for (k = b + 1; k < s1 && k < b + 10; k++) {
		if (extract_tok_is(d, k, ",") || extract_tok_is(d, k, ".") || extract_tok_is(d, k, ";") ||
		    extract_tok_is(d, k, ")") || extract_tok_is(d, k, "who") ||
		    extract_tok_is(d, k, "which") || extract_tok_is(d, k, "whose") ||
		    extract_tok_is(d, k, "that"))
			break;
		/* "a charity", but "a group leader": a title after it wins */
		if (!(d->toks[k].flags & TOK_CAP) &&
		    (extract_evword(d, k, "thing") || extract_evword(d, k, "vessel")))
			thing = 1;
		if ((e = extract_match(d, d->lx->titles, k, 6, &n))) {
			size_t z = k + n;

			if (z >= s1 || extract_tok_is(d, z, ",") || extract_tok_is(d, z, ".") ||
			    extract_tok_is(d, z, ";") || extract_tok_is(d, z, "of") ||
			    extract_tok_is(d, z, "for") || extract_tok_is(d, z, "at") ||
			    extract_tok_is(d, z, "in") || extract_tok_is(d, z, "and"))
				return 'p';
			k = z - 1;
		}
	}
	return thing ? 't' : 0;
}

/*
 * Are the words at words[0..nw) a name's by their shape, when no lexicon
 * knows the given name ("Olof Lund", "Ada di Pietro")?  Each a given or
 * family name or a word unknown_given_ok allows; inside, a particle of
 * two or three letters ("Di", "Van").
 */
static int
name_shape(const struct xdoc *d, const struct pctx *c, const size_t *words, size_t nw)
{
	size_t i;

	/* "the Pueblo Incident": a name takes no article */
	if (words[0] > 0 && (extract_tok_is(d, words[0] - 1, "the") || extract_tok_is(d, words[0] - 1, "The") ||
	    extract_tok_is(d, words[0] - 1, "a") || extract_tok_is(d, words[0] - 1, "an")))
		return 0;
	for (i = 0; i < nw; i++) {
		size_t t = words[i], n = d->toks[t].e - d->toks[t].s;

		if (extract_tok_lex(d, d->lx->given, t) || extract_tok_lex(d, d->lx->family, t))
			continue;
		if (i > 0 && i + 1 < nw && n <= 3 && !extract_is_stop(d, t))
			continue;
		if (!unknown_given_ok(d, c, t))
			return 0;
	}
	return 1;
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
size_t
extract_past_script_brackets(const struct xdoc *d, size_t t, size_t s1)
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
int
extract_accept_name(struct xdoc *d, const struct pctx *c, size_t a, size_t b, int titled, size_t s0,
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
	/* "the group's Advocacy Director said": a title in capitals, no name */
	if ((e = extract_match(d, lx->titles, words[nw - 1], 6, &n)) && words[nw - 1] + n >= b)
		return 0;
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
	b = extract_past_script_brackets(d, b, s1);
	if (b < s1 && (extract_speech_at(d, b) || extract_tok_is(d, b, "contributed")))
		return 1;
	if (a > s0 && extract_speech_at(d, a - 1))
		return 1;
	if (b + 1 < s1 && extract_tok_is(d, b, ",") &&
	    (extract_tok_is(d, b + 1, "who") || extract_tok_is(d, b + 1, "a") ||
	    extract_tok_is(d, b + 1, "an") || (d->toks[b + 1].flags & TOK_NUM)))
		return apposition_head(d, b, s1) != 't';
	/* "Olof Lund, the union's special envoy, said": an apposition
	 * headed by a title, after words shaped as a name */
	if (apposition_head(d, b, s1) == 'p' && name_shape(d, c, words, nw))
		return 1;
	return 0;
}
