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
 *   - or, shaped as a name (name_shape), an apposition headed by a title
 *     follows it ("Olof Lund, the union's special envoy,").
 * One word alone is a person only when the text licenses it
 * (single_licence: a kinship word, a surname cue, a capitalised title),
 * made after the runs so that a word of a full name stays a mention of
 * its bearer (make_singles).  Ships ("USS Harrow", "the freighter Sea
 * Star"), runs after a noun of a thing ("the broadcaster RTN Vale"),
 * runs ending in a title and lead-ins in capitals are no persons.
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

/*
 * A one-word name the text licenses (a kinship word, a surname cue, a
 * title: see single_licence), noted while the runs are read and made a
 * person after them, when no full name of the document has the word.
 */
enum { LIC_NONE, LIC_KIN, LIC_POSS, LIC_SURNAME, LIC_TITLE, LIC_SHARED };

struct single {
	size_t t, a;		/* the word; where its run starts */
	int lic;		/* LIC_* */
	int plural;		/* "two daughters, A and B": the licence goes on */
	const struct lex_entry *e;	/* the kinship word or the title */
};

struct pctx {
	struct hmap *bykey;	/* full key, "fl:" first+last -> person index + 1 */
	struct hmap *lower;	/* words written in lowercase somewhere in the text */
	struct hmap *capwords;	/* words written capitalised, not in capitals */
	int lastp;		/* the person named last, and the token after it */
	size_t lastp_end;
	struct single *sg;	/* licensed one-word names, in text order */
	size_t nsg, csg;
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

static int speech_at(const struct xdoc *d, size_t t);

/* Title ending right before token t (lowercase titles and demonyms in the
 * few words before a name: "U.S. envoy", "police captain", "missionary").
 * Also kinship words ("his brother").  A verb ends them: "North Korean
 * agents seized Kim", "Chinese police said Kim" tell the doers' nationality,
 * not Kim's. */
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
		if (!(d->toks[at].flags & TOK_CAP) && (extract_is_trigger(d, at) || speech_at(d, at)))
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
	/* "Jane Roe, 22, and her brother ...": a list goes on, no
	 * apposition of hers */
	if (t + 1 < s1 && (extract_tok_is(d, t + 1, "and") || extract_tok_is(d, t + 1, "or")))
		return;
	for (k = t + 1; k < s1 && k < t + 10; k++) {
		const struct lex_entry *e, *c;

		if (extract_tok_is(d, k, ",") || extract_tok_is(d, k, ".") ||
		    extract_tok_is(d, k, ")") || extract_tok_is(d, k, ";"))
			break;
		/* "Kang Su-mi, 22, and her brother", "..., 22, said her
		 * brother": the next of a list, or her saying, no apposition
		 * on her */
		if (k == t + 1 && (extract_tok_is(d, k, "and") || extract_tok_is(d, k, "or") ||
		    ((c = extract_tok_lex(d, lx->cues, k)) && !strcmp(lex_get(lx->cues, c, "kind"), "speech"))))
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

/* Is token t a word of list (event-words.tsv) written in capitals? */
static int
upper_evword(const struct xdoc *d, size_t t, const char *list)
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
static int
single_shape(const struct xdoc *d, const struct pctx *c, size_t t)
{
	const struct xlex *lx = d->lx;
	const struct xtok *k = &d->toks[t];
	const struct lex * const never[] = { lx->titles, lx->demonyms, lx->countries,
	    lx->places, lx->kinship, lx->orgw, lx->groupn, lx->numbers, lx->starters,
	    lx->triggers, lx->cues };
	size_t i;

	if ((k->flags & (TOK_WORD | TOK_CAP)) != (TOK_WORD | TOK_CAP) ||
	    (k->flags & (TOK_NUM | TOK_INITIAL | TOK_UPPER)) || k->e - k->s < 2 || is_stop(d, t))
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
static const struct lex_entry *
title_ending(const struct xdoc *d, size_t a, size_t s0)
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
static int
single_licence(const struct xdoc *d, const struct pctx *c, size_t t, const struct lex_entry *title,
    size_t s0, size_t s1, const struct lex_entry **e, int *plural)
{
	size_t k;

	*plural = 0;
	*e = NULL;
	if (!single_shape(d, c, t))
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
		if (i > 0 && i + 1 < nw && n <= 3 && !is_stop(d, t))
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
	b = past_script_brackets(d, b, s1);
	if (b < s1 && (speech_at(d, b) || extract_tok_is(d, b, "contributed")))
		return 1;
	if (a > s0 && speech_at(d, a - 1))
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

/* e when it is a title written with a capital ("Mr.", "President"), else
 * NULL: a lowercase role word ("heads", "citizen") licenses no name. */
static const struct lex_entry *
capital_title(const struct xdoc *d, const struct lex_entry *e)
{
	const char *tt = e ? lex_get(d->lx->titles, e, "title") : "";

	return tt[0] >= 'A' && tt[0] <= 'Z' ? e : NULL;
}

/* Are tokens [from, to) the rest of a list after one of its names, up to
 * the next: ", born in 1983, and", ", and", " and"?  At most eight
 * tokens, no capitalised word, no sentence mark; the last "and" or ",". */
static int
list_rest(const struct xdoc *d, size_t from, size_t to)
{
	size_t k;

	if (to <= from || to - from > 8 ||
	    !(extract_tok_is(d, to - 1, "and") || extract_tok_is(d, to - 1, ",")))
		return 0;
	for (k = from; k < to; k++)
		if ((d->toks[k].flags & TOK_CAP) || extract_tok_is(d, k, ".") ||
		    extract_tok_is(d, k, ";") || extract_tok_is(d, k, ":"))
			return 0;
	return 1;
}

/*
 * Note the one-word name at t (its run [a, b)) when the text licenses it
 * (single_licence); a word listed after one with a plural cue ("two
 * daughters, Ann and Mia", "their surnames Roe and Doe") shares it.  A
 * given name before "and" and a full name ("Ken and Mia Sato") is noted
 * too: it shares the family name (LIC_SHARED, made by make_singles).
 */
static void
note_single(struct xdoc *d, struct pctx *c, size_t a, size_t t, const struct lex_entry *title,
    size_t s0, size_t s1)
{
	const struct lex_entry *e;
	const struct single *prev = c->nsg ? &c->sg[c->nsg - 1] : NULL;
	int plural, lic = single_licence(d, c, t, title, s0, s1, &e, &plural);

	if (lic == LIC_NONE && prev && prev->plural && d->toks[prev->t].sent == d->toks[t].sent &&
	    list_rest(d, prev->t + 1, t) && single_shape(d, c, t)) {
		lic = prev->lic;
		e = prev->e;
		plural = 1;
	}
	if (lic == LIC_NONE && extract_tok_lex(d, d->lx->given, t) &&
	    !extract_tok_lex(d, d->lx->family, t) && t + 2 < s1 &&
	    extract_tok_is(d, t + 1, "and") && is_namish(d, t + 2))
		lic = LIC_SHARED;
	if (lic == LIC_NONE)
		return;
	if (c->nsg == c->csg) {
		c->csg = c->csg ? c->csg * 2 : 8;
		c->sg = xrealloc(c->sg, c->csg * sizeof(*c->sg));
	}
	c->sg[c->nsg].t = t;
	c->sg[c->nsg].a = a;
	c->sg[c->nsg].lic = lic;
	c->sg[c->nsg].plural = plural;
	c->sg[c->nsg].e = e;
	c->nsg++;
}

/* The words, lowercased, of the names and aliases of the persons named
 * by more than one word: a map the caller frees with hmap_free(m, NULL). */
static struct hmap *
full_name_words(const struct xdoc *d)
{
	struct hmap *m = hmap_new();
	size_t i;
	int k;

	for (i = 0; i < d->nperson; i++)
		for (k = -1; k < d->persons[i].naliases; k++) {
			const char *s = k < 0 ? d->persons[i].name : d->persons[i].aliases[k];

			if (!strchr(s, ' '))
				continue;
			while (*s) {
				size_t n = strcspn(s, " ");
				char *w = xstrndup(s, n);

				for (char *z = w; *z; z++)
					*z = (*z >= 'A' && *z <= 'Z') ? *z + 32 : *z;
				hmap_put(m, w, (void *)1);
				free(w);
				s += n;
				s += strspn(s, " ");
			}
		}
	return m;
}

/* A new person named name (taken), registered under key (borrowed). */
static int
add_named_person(struct xdoc *d, struct pctx *c, char *name, const char *key)
{
	struct xperson *p;

	if (d->nperson == d->cperson) {
		d->cperson = d->cperson ? d->cperson * 2 : 16;
		d->persons = xrealloc(d->persons, d->cperson * sizeof(*d->persons));
	}
	p = &d->persons[d->nperson];
	memset(p, 0, sizeof(*p));
	p->name = name;
	p->bl_s = p->bl_e = -1;
	hmap_put(c->bykey, key, (void *)(intptr_t)(d->nperson + 1));
	return (int)d->nperson++;
}

/*
 * "Ken and Mia Sato": the given name at t shares the family name of the
 * full name right after "and" (a given name and a family name), and is
 * a person "Ken Sato", written "Ken" (an alias).  -1 when no such name
 * follows.  The first ne ents of d are those of the runs, in text order.
 */
static int
shared_family(struct xdoc *d, struct pctx *c, size_t t, size_t ne)
{
	size_t i, lo = 0, hi = ne;

	/* the first ne ents are the runs', in text order */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (d->ents[mid].t0 < t + 2)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = lo; i < ne && d->ents[i].t0 == t + 2; i++) {
		const struct xent *en = &d->ents[i];
		const struct xperson *q;
		struct buf nm = BUF_INIT;
		char *key, *alias;
		size_t f = en->t1 - 1;
		intptr_t v;
		int pi;

		if (en->kind != ENT_PERSON || en->t0 != t + 2)
			continue;
		q = &d->persons[en->id];
		if (q->korean_order || en->t1 - en->t0 != 2 || !extract_tok_lex(d, d->lx->given, en->t0) ||
		    !(d->toks[f].flags & TOK_WORD) || (d->toks[f].flags & TOK_INITIAL))
			return -1;
		buf_add(&nm, d->text + d->toks[t].s, d->toks[t].e - d->toks[t].s);
		buf_addc(&nm, ' ');
		buf_add(&nm, d->text + d->toks[f].s, d->toks[f].e - d->toks[f].s);
		key = xstrdup(nm.data);
		for (char *z = key; *z; z++)
			*z = (*z >= 'A' && *z <= 'Z') ? *z + 32 : *z;
		if ((v = (intptr_t)hmap_get(c->bykey, key))) {
			free(key);
			buf_release(&nm);
			return (int)v - 1;
		}
		alias = name_text(d, t, t + 1);
		pi = add_named_person(d, c, buf_detach(&nm, NULL), key);
		free(key);
		d->persons[pi].aliases[d->persons[pi].naliases++] = alias;
		return pi;
	}
	return -1;
}

/*
 * The one-word names noted by note_single, made persons now that every
 * full name of the document is known: a word of a full name is a mention
 * of its bearer (link_single_words), not a person of its own, unless a
 * surname cue says it is one ("his father, identified only by his
 * surname Roe").
 */
static void
make_singles(struct xdoc *d, struct pctx *c, unsigned char *inname)
{
	const struct xlex *lx = d->lx;
	struct hmap *words;
	size_t i, ne = d->nent;

	if (c->nsg == 0)
		return;
	words = full_name_words(d);
	for (i = 0; i < c->nsg; i++) {
		const struct single *g = &c->sg[i];
		size_t t = g->t, s0 = d->sents[d->toks[t].sent].t0;
		char *key = name_key(d, t, t + 1, 0);
		struct xperson *p;
		int pi, full = hmap_get(words, key) != NULL;

		free(key);
		if (g->lic == LIC_SHARED)
			pi = shared_family(d, c, t, ne);
		else if (g->lic == LIC_SURNAME || !full)
			pi = find_or_add_person(d, c, t, t + 1, 0);
		else
			pi = -1;
		if (pi < 0)
			continue;
		p = &d->persons[pi];
		p->nmentions++;
		if (g->lic == LIC_KIN) {
			p->roles |= ROLE_FAMILY;
			if (!p->gender && *lex_get(lx->kinship, g->e, "gender"))
				p->gender = lex_get(lx->kinship, g->e, "gender")[0];
		} else if (g->lic == LIC_TITLE) {
			p->roles |= extract_role_bit(lex_get(lx->titles, g->e, "role"));
			if (!p->gender && *lex_get(lx->titles, g->e, "gender"))
				p->gender = lex_get(lx->titles, g->e, "gender")[0];
			if (!p->title)
				p->title = xstrdup(lex_get(lx->titles, g->e, "title"));
		}
		look_before(d, g->a, s0, p);
		inname[t] = 1;
		extract_add_ent(d, ENT_PERSON, t, t + 1, pi);
	}
	hmap_free(words, NULL);
}

/*
 * "JANE ROE SMILES as she speaks": a lead-in in capitals [a, b).  Its
 * first two words are a name (written "Jane Roe") when the first is a
 * given name and the text writes the second, capitalised, elsewhere (a
 * later "Roe, 74, says").
 */
static void
capital_name(struct xdoc *d, struct pctx *c, size_t a, size_t b, unsigned char *inname)
{
	char w[2][64];
	size_t i, k, t, n[2];
	struct buf nm = BUF_INIT;
	char *key;
	intptr_t v;
	int pi;

	for (i = 0, t = a; i < 2; i++, t++) {
		while (t < b && !(d->toks[t].flags & TOK_WORD))
			t++;
		if (t >= b || (n[i] = d->toks[t].e - d->toks[t].s) >= sizeof(w[i]))
			return;
		for (k = 0; k < n[i]; k++) {
			char ch = d->text[d->toks[t].s + k];

			w[i][k] = (k > 0 && ch >= 'A' && ch <= 'Z') ? ch + 32 : ch;
		}
		w[i][n[i]] = 0;
	}
	if (!lex_lookupn(d->lx->given, w[0], n[0]))
		return;
	if (!hmap_get(c->capwords, w[1]))
		return;
	buf_addf(&nm, "%s %s", w[0], w[1]);
	key = xstrdup(nm.data);
	for (char *z = key; *z; z++)
		*z = (*z >= 'A' && *z <= 'Z') ? *z + 32 : *z;
	if ((v = (intptr_t)hmap_get(c->bykey, key)))
		pi = (int)v - 1;
	else
		pi = add_named_person(d, c, buf_detach(&nm, NULL), key);
	buf_release(&nm);
	free(key);
	if (lex_lookupn(d->lx->given, w[0], n[0]) && !d->persons[pi].gender)
		d->persons[pi].gender = lex_get(d->lx->given, lex_lookupn(d->lx->given, w[0], n[0]),
		    "gender")[0];
	d->persons[pi].nmentions++;
	for (t = a, i = 0; t < b && i < 2; t++) {
		inname[t] = 1;
		i += (d->toks[t].flags & TOK_WORD) != 0;
		if (i == 2) {
			extract_add_ent(d, ENT_PERSON, a, t + 1, pi);
			break;
		}
	}
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
	size_t nw, nup;

	/* "USS Ardent", "the freighter Sea Star": a ship, no person */
	if (upper_evword(d, a, "vessel-prefix") ||
	    (a > s0 && !(d->toks[a - 1].flags & TOK_CAP) && extract_evword(d, a - 1, "vessel")))
		return;
	/* "the broadcaster RTN Vale": an organization, and so is the run
	 * when the text writes it again ("RTN Vale reported") */
	if (a > s0 && !(d->toks[a - 1].flags & TOK_CAP) && extract_evword(d, a - 1, "thing")) {
		extract_add_org(d, a, b, "other");
		return;
	}
	{
		char *nm = name_text(d, a, b);
		size_t i;

		for (i = 0; i < d->norg && strcmp(d->orgs[i].name, nm) != 0; i++)
			;
		free(nm);
		if (i < d->norg) {
			extract_add_org(d, a, b, d->orgs[i].kind);
			return;
		}
	}
	/* "Sgt. 1st Class Jane Roe": a title begun before the run ends in it */
	for (t = 1; t <= 2 && a >= s0 + t && !title; t++)
		if ((e = extract_match(d, lx->titles, a - t, 6, &n)) && a - t + n > a && a - t + n < b) {
			title = e;
			name0 = a - t + n;
		}
	/* The last title in the run: what follows it is the name. */
	for (t = name0; t < b; t++) {
		if ((e = extract_match(d, lx->titles, t, 6, &n)) && t + n < b) {
			title = e;
			tend = t;
			name0 = t + n;
			t += n - 1;
		} else if (extract_tok_lex(d, lx->orgw, t) && orgw == (size_t)-1)
			orgw = t;
	}
	/* "Secretary of the Navy John Roe": a full name after the
	 * organization's word, opened by a given name, is a person's */
	if (orgw != (size_t)-1 && (!title || orgw >= name0) && orgw + 3 <= b && orgw + 4 >= b &&
	    extract_tok_lex(d, lx->given, orgw + 1) &&
	    strcmp(lex_get(lx->orgw, extract_tok_lex(d, lx->orgw, orgw), "kind"), "place") != 0) {
		for (t = orgw + 1; t < b && !extract_tok_lex(d, lx->orgw, t); t++)
			;
		if (t == b) {
			while (a < orgw && (extract_tok_is(d, a, "the") || extract_tok_is(d, a, "a") ||
			    extract_tok_is(d, a, "an")))
				a++;
			extract_add_org(d, a, orgw + 1,
			    lex_get(lx->orgw, extract_tok_lex(d, lx->orgw, orgw), "kind"));
			a = name0 = orgw + 1;
			orgw = (size_t)-1;
		}
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
		    (extract_tok_lex(d, lx->stop, t) != NULL && !(d->toks[t].flags & TOK_INITIAL)) ||
		    (d->toks[t].e - d->toks[t].s > 3 &&	/* "Sun" of Han Ok Sun is a name */
		    date_weekday_from_name(d->text + d->toks[t].s, d->toks[t].e - d->toks[t].s) >= 0)))
			break;
	b = t;
	while (b > name0 && !(d->toks[b - 1].flags & TOK_WORD) && !extract_tok_is(d, b - 1, "."))
		b--;
	if (b <= name0)
		return;
	for (t = name0, nw = nup = 0; t < b; t++)
		if (d->toks[t].flags & TOK_WORD) {
			nw++;
			nup += (d->toks[t].flags & TOK_UPPER) != 0;
		}
	/* "JANE ROE SMILES as she ...": a lead-in in capitals is no name;
	 * its first two words are one when a given name opens it and the
	 * text writes the second as a name elsewhere (capital_name) */
	if (nw >= 3 && nup == nw) {
		capital_name(d, c, name0, b, inname);
		return;
	}
	if (nw == 1) {
		note_single(d, c, a, name0, title ? title : capital_title(d, title_ending(d, a, s0)),
		    s0, s1);
		return;
	}
	if (!accept_name(d, c, name0, b, title != NULL || capital_title(d, title_ending(d, a, s0)),
	    s0, s1, &korean, &jp))
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

static int
ent_by_start(const void *x, const void *y)
{
	const struct xent *a = x, *b = y;

	if (a->t0 != b->t0)
		return a->t0 < b->t0 ? -1 : 1;
	return a->t1 < b->t1 ? -1 : a->t1 > b->t1;
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
	/* a one-word person (make_singles) bears its word, when no full
	 * name has it */
	for (i = 0; i < d->nperson; i++) {
		char *key;

		if (strchr(d->persons[i].name, ' '))
			continue;
		key = xstrdup(d->persons[i].name);
		for (char *q = key; *q; q++)
			*q = (*q >= 'A' && *q <= 'Z') ? *q + 32 : *q;
		if (!hmap_get(bearers, key))
			bearer_saw(d, bearers, key, (int)i, 0, 0);
		free(key);
	}
	/* in text order: the runs were scanned in order, the one-word
	 * names made after them */
	if (ne > 1)
		qsort(d->ents, ne, sizeof(*d->ents), ent_by_start);
	for (t = 0; t < d->ntok; t++) {
		while (k < ne && d->ents[k].t1 <= t)
			k++;
		if (k < ne && d->ents[k].kind == ENT_PERSON && d->ents[k].t0 == t) {
			/* a full mention: the latest bearer of its words */
			const struct xent *en = &d->ents[k];
			size_t w;

			/* a one-word person's mention bears no word of a
			 * full name ("his father, surnamed Roe": Roe is
			 * still Ann Roe) */
			if (!strchr(d->persons[en->id].name, ' '))
				continue;

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
	c.capwords = hmap_new();
	for (t = 0; t < d->ntok; t++)
		if ((d->toks[t].flags & TOK_WORD) && d->text[d->toks[t].s] >= 'a' &&
		    d->text[d->toks[t].s] <= 'z') {
			char *w = name_key(d, t, t + 1, 1);

			hmap_put(c.lower, w, (void *)1);
			free(w);
		} else if ((d->toks[t].flags & (TOK_WORD | TOK_CAP | TOK_UPPER)) == (TOK_WORD | TOK_CAP)) {
			char *w = name_text(d, t, t + 1);

			hmap_put(c.capwords, w, (void *)1);
			free(w);
		}
	c.lastp = -1;
	c.lastp_end = 0;
	c.sg = NULL;
	c.nsg = c.csg = 0;
	for (si = 0; si < d->nsent; si++) {
		size_t s0 = d->sents[si].t0, s1 = d->sents[si].t1;

		for (t = s0; t < s1; t++) {
			size_t b = t;

			/* "(Kenneth) Roe": the given name an editor put in
			 * brackets before the family name is the name's; the
			 * family name alone is how the text itself writes it */
			if (extract_tok_is(d, t, "(") && t + 3 < s1 && extract_tok_is(d, t + 2, ")") &&
			    is_namish(d, t + 1) && is_namish(d, t + 3) &&
			    lex_lookupn(d->lx->given, d->text + d->toks[t + 1].s,
			    d->toks[t + 1].e - d->toks[t + 1].s) &&
			    !(t + 4 < s1 && is_namish(d, t + 4))) {
				size_t np = d->nperson;

				capital_name(d, &c, t + 1, t + 4, inname);
				if (d->nperson > np) {
					/* written "Roe" in the text's own words: an alias */
					struct xperson *p = &d->persons[d->nperson - 1];

					if (p->naliases < 8)
						p->aliases[p->naliases++] = name_text(d, t + 3, t + 4);
				}
				if (d->nperson > np || inname[t + 3]) {
					t += 3;
					continue;
				}
			}
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
	make_singles(d, &c, inname);
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
	hmap_free(c.capwords, NULL);
	free(c.sg);
	free(inname);
}
