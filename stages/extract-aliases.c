/*
 * extract-aliases.c: other names the text itself gives a person.
 *
 * Runs after extract_persons, before anything else refers to persons.
 * A statement of an alias follows a mention of the person in its sentence,
 * after a comma, an opening bracket or a linking verb ("is", "was"), by a
 * cue of alias-cues.tsv:
 *   Ann Roe, also known as Annie Roe        the name after the cue
 *   Ann Roe, known as Nancy                 a given name alone: Nancy Roe
 *   Ann Roe (now Doe), Ann Roe, née Doe     the family name: Ann Doe
 *   Han Ji-su (한지수), Ann Roe (Japanese: 安奈)  a name in Korean or
 *                                           Japanese script in brackets
 *   called Ri Ji Su in the North but Lee Ji-su in the South: both
 * "Ann Roe, who called Bob Doe a liar" is no statement (an active verb:
 * a cue needs a comma, a bracket or "is" before it), and "known as a
 * hardliner" none either (no name after the cue).
 *
 * An alias becomes one of the person's aliases, with its statement (the
 * cue, the alias's bytes and its sentence) in the person's "said" list,
 * and a mention of the person where it is written.  When the alias was
 * taken for a person of its own, that person is merged into the one it
 * names: its names, roles and mentions go to it.
 */
#include <stdlib.h>
#include <string.h>
#include "buf.h"
#include "extract.h"
#include "utf8.h"

/* The bytes [s, e) of the text as a string; caller frees. */
static char *
span_text(const struct xdoc *d, size_t s, size_t e)
{
	return xstrndup(d->text + s, e - s);
}

static const char *
cue_col(const struct xdoc *d, const struct lex_entry *e, const char *col)
{
	return lex_get(d->lx->alias_cues, e, col);
}

/* The cue of form form at token t (alone: one word), or NULL. */
static const struct lex_entry *
cue_at(const struct xdoc *d, size_t t, const char *form, size_t *n)
{
	const struct lex_entry *e = extract_match(d, d->lx->alias_cues, t, 5, n);

	if (e == NULL || strcmp(cue_col(d, e, "form"), form) != 0)
		return NULL;
	if (strcmp(cue_col(d, e, "where"), "bracket") == 0 &&
	    (t == 0 || !extract_tok_is(d, t - 1, "(")))
		return NULL;
	return e;
}

/*
 * Is the code point c of a Korean or Japanese script (Hangul syllables
 * and jamo, CJK ideographs, kana)?  Those names have no capitals: they
 * count as names only in brackets after a name.
 */
static int
cjk_letter(int32_t c)
{
	return (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) ||
	    (c >= 0x3130 && c <= 0x318F) || (c >= 0x4E00 && c <= 0x9FFF) ||
	    (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x3040 && c <= 0x30FF);
}

/* Is token t all letters of those scripts? */
static int
cjk_token(const struct xdoc *d, size_t t)
{
	const struct xtok *k = &d->toks[t];
	size_t i = k->s, n;
	int32_t c;

	if (!(k->flags & TOK_WORD))
		return 0;
	while (i < k->e) {
		if ((n = utf8_decode(d->text + i, k->e - i, &c)) == 0 || !cjk_letter(c))
			return 0;
		i += n;
	}
	return 1;
}

/* Words a name never holds: common words, nationality, countries,
 * places, organization words. */
static int
no_name_word(const struct xdoc *d, size_t t)
{
	const struct xlex *lx = d->lx;

	return extract_tok_lex(d, lx->stop, t) || extract_tok_lex(d, lx->demonyms, t) ||
	    extract_tok_lex(d, lx->countries, t) || extract_tok_lex(d, lx->places, t) ||
	    extract_tok_lex(d, lx->orgw, t) || extract_tok_lex(d, lx->alias_cues, t);
}

/*
 * The name written from token t: capitalised words (and initials with
 * their dot) in the sentence, a title before them skipped.  Sets *t0,
 * *t1 to its tokens and returns its words, or 0 when no name starts
 * there ("a hardliner", "North Korea", "the Ministry").
 */
static size_t
name_run(const struct xdoc *d, size_t t, size_t s1, size_t *t0, size_t *t1)
{
	size_t k, n, words = 0;

	/* opening quotes: “Danny Kim”, "Danny Kim", 'Danny Kim' */
	while (t < s1 && (extract_tok_is(d, t, "\"") || extract_tok_is(d, t, "'") ||
	    extract_tok_is(d, t, "\xE2\x80\x9C") || extract_tok_is(d, t, "\xE2\x80\x98")))
		t++;
	if (t < s1 && extract_match(d, d->lx->titles, t, 4, &n) && t + n < s1)
		t += n;
	while (t < s1 && extract_tok_is(d, t, "."))
		t++;
	*t0 = t;
	for (k = t; k < s1 && words <= XNAME_MAX; k++) {
		const struct xtok *w = &d->toks[k];

		if (extract_tok_is(d, k, ".") && k > t && (d->toks[k - 1].flags & TOK_INITIAL))
			continue;
		if (!(w->flags & TOK_WORD) || !(w->flags & TOK_CAP) || (w->flags & TOK_NUM) ||
		    (k > t && (w->flags & TOK_NL)))
			break;
		if (no_name_word(d, k))
			return 0;
		words++;
	}
	*t1 = k;
	return words <= XNAME_MAX ? words : 0;
}

/* The family name of person p: the first word of a name in Korean (or
 * Japanese) order, else the last.  Borrowed from p->name, *n bytes. */
static const char *
family_of(const struct xperson *p, size_t *n)
{
	const char *sp;

	if (p->korean_order) {
		*n = strcspn(p->name, " ");
		return p->name;
	}
	sp = strrchr(p->name, ' ');
	sp = sp ? sp + 1 : p->name;
	*n = strlen(sp);
	return sp;
}

/* p's name with its family name replaced by the word w[0..n); owned. */
static char *
with_family(const struct xperson *p, const char *w, size_t n)
{
	struct buf b = BUF_INIT;
	size_t fn;
	const char *f = family_of(p, &fn);

	if (!strchr(p->name, ' '))
		return NULL;
	buf_add(&b, p->name, (size_t)(f - p->name));
	buf_add(&b, w, n);
	buf_adds(&b, f + fn);
	return buf_detach(&b, NULL);
}

static void
add_alias_name(struct xperson *p, const char *alias)
{
	int i;

	if (strcmp(p->name, alias) == 0)
		return;
	for (i = 0; i < p->naliases; i++)
		if (strcmp(p->aliases[i], alias) == 0)
			return;
	if (p->naliases < (int)(sizeof p->aliases / sizeof p->aliases[0]))
		p->aliases[p->naliases++] = xstrdup(alias);
}

/* A statement of alias (takes ownership of it) by cue (borrowed from the
 * lexicon) at bytes [s, e) of sentence sent; the alias joins p's aliases
 * as a copy. */
static void
add_statement(struct xperson *p, char *alias, const char *cue, size_t s, size_t e, size_t sent)
{
	struct xalias *a;

	add_alias_name(p, alias);
	p->said = xrealloc(p->said, (size_t)(p->nsaid + 1) * sizeof *p->said);
	a = &p->said[p->nsaid++];
	a->alias = alias;
	a->cue = cue;
	a->s = s;
	a->e = e;
	a->sent = sent;
}

/* The mention of a person starting in tokens [t0, t1): its index in
 * d->ents, or -1. */
static int
mention_in(const struct xdoc *d, size_t t0, size_t t1)
{
	size_t i;

	for (i = 0; i < d->nent; i++)
		if (d->ents[i].kind == ENT_PERSON && d->ents[i].t0 >= t0 && d->ents[i].t0 < t1)
			return (int)i;
	return -1;
}

/* Follow into[] to the person i ends in. */
static int
target(const int *into, int i)
{
	while (into[i] != i)
		i = into[i];
	return i;
}

/*
 * Person b turns out to be another name of a: its names, roles and
 * attributes go to a, its statements too; into[b] = a.  The record of b
 * is dropped by drop_merged.
 */
static void
merge_person(struct xdoc *d, int *into, int a, int b)
{
	struct xperson *pa = &d->persons[a], *pb = &d->persons[b];
	int i;

	add_alias_name(pa, pb->name);
	for (i = 0; i < pb->naliases; i++)
		add_alias_name(pa, pb->aliases[i]);
	pa->roles |= pb->roles;
	if (!pa->nationality[0])
		memcpy(pa->nationality, pb->nationality, sizeof pa->nationality);
	if (!pa->gender)
		pa->gender = pb->gender;
	if (!pa->title && pb->title) {
		pa->title = pb->title;
		pb->title = NULL;
	}
	pa->nmentions += pb->nmentions;
	if (pb->nsaid > 0) {
		pa->said = xrealloc(pa->said, (size_t)(pa->nsaid + pb->nsaid) * sizeof *pa->said);
		memcpy(pa->said + pa->nsaid, pb->said, (size_t)pb->nsaid * sizeof *pb->said);
		pa->nsaid += pb->nsaid;
		pb->nsaid = 0;
	}
	into[b] = a;
}

/*
 * Drop the persons merged into others, and renumber what refers to
 * persons (mentions, relations: nothing else does yet).
 */
static void
drop_merged(struct xdoc *d, int *into)
{
	int *newi = xmalloc((d->nperson + 1) * sizeof *newi);
	size_t i, m = 0;
	int k;

	for (i = 0; i < d->nperson; i++)
		if (into[i] == (int)i)
			newi[i] = (int)m++;
	for (i = 0; i < d->nperson; i++)
		if (into[i] != (int)i)
			newi[i] = newi[target(into, (int)i)];
	for (i = 0; i < d->nent; i++)
		if (d->ents[i].kind == ENT_PERSON) {
			d->ents[i].id = newi[d->ents[i].id];
			d->ents[i].ref = d->ents[i].id;
		}
	for (i = 0; i < d->nrel; i++) {
		d->rels[i].subj = newi[d->rels[i].subj];
		d->rels[i].obj = newi[d->rels[i].obj];
	}
	m = 0;
	for (i = 0; i < d->nperson; i++) {
		struct xperson *p = &d->persons[i];

		if (into[i] != (int)i) {
			free(p->name);
			free(p->title);
			for (k = 0; k < p->naliases; k++)
				free(p->aliases[k]);
			free(p->said);
			continue;
		}
		d->persons[m++] = *p;
	}
	d->nperson = m;
	free(newi);
}

/*
 * The alias written at tokens [t0, t1) of person pi (cue: the lexicon's
 * phrase, or what the script was): taken as a statement, a mention
 * added or the person found there merged.  Takes ownership of alias.
 */
static void
take_alias(struct xdoc *d, int *into, int pi, char *alias, const char *cue, size_t t0, size_t t1)
{
	int m = mention_in(d, t0, t1), other;

	pi = target(into, pi);
	if (m < 0) {
		extract_add_ent(d, ENT_PERSON, t0, t1, pi);
		d->persons[pi].nmentions++;
	} else if ((other = target(into, d->ents[m].id)) != pi) {
		/* A full name there was taken for a person of its own: it is
		 * this one.  A single word there was given to whoever bore it
		 * last ("Chimura" in "Ann Chimura (now Doe)"): only that
		 * mention is this person's. */
		if (d->ents[m].t0 == t0 && d->ents[m].t1 == t1 && t1 - t0 >= 2) {
			merge_person(d, into, pi, other);
		} else {
			d->ents[m].id = d->ents[m].ref = pi;
			d->persons[other].nmentions--;
			d->persons[pi].nmentions++;
		}
	}
	add_statement(&d->persons[pi], alias, cue, d->toks[t0].s, d->toks[t1 - 1].e,
	    d->toks[t0].sent);
}

/*
 * A name alias at token t: a full name, or a known given name alone (a
 * nickname, with the family name of the person).  Returns the token
 * after it, or 0 when none is there.
 */
static size_t
name_alias(struct xdoc *d, int *into, int pi, size_t t, size_t s1, const char *cue)
{
	size_t t0, t1, words = name_run(d, t, s1, &t0, &t1);
	const struct xperson *p = &d->persons[target(into, pi)];
	char *alias;

	if (words >= 2) {
		alias = span_text(d, d->toks[t0].s, d->toks[t1 - 1].e);
	} else if (words == 1 && extract_tok_lex(d, d->lx->given, t0) &&
	    !extract_tok_lex(d, d->lx->family, t0)) {
		size_t fn;
		const char *f = family_of(p, &fn);
		struct buf b = BUF_INIT;

		if (!strchr(p->name, ' '))
			return 0;
		buf_add(&b, d->text + d->toks[t0].s, d->toks[t0].e - d->toks[t0].s);
		buf_addc(&b, ' ');
		buf_add(&b, f, fn);
		alias = buf_detach(&b, NULL);
	} else
		return 0;
	take_alias(d, into, pi, alias, cue, t0, t1);
	return t1;
}

/*
 * "called X in the North but Y in the South", "known as X by Pyongyang
 * and as Y by Seoul": after an alias at t, a phrase with in or by, then
 * but, and or or, perhaps as: the next name is another alias.  Returns
 * where that name starts, or 0.
 */
static size_t
second_alias_at(const struct xdoc *d, size_t t, size_t s1)
{
	size_t k;

	if (t >= s1 || !(extract_tok_is(d, t, "in") || extract_tok_is(d, t, "by")))
		return 0;
	for (k = t + 1; k < s1 && k < t + 8; k++)
		if (extract_tok_is(d, k, "but") || extract_tok_is(d, k, "and") ||
		    extract_tok_is(d, k, "or")) {
			k++;
			if (k < s1 && extract_tok_is(d, k, "as"))
				k++;
			return k;
		}
	return 0;
}

/* A name in Korean or Japanese script in brackets at t ("(김상덕)",
 * "(Korean: 김상덕)"); 1 if taken. */
static int
script_alias(struct xdoc *d, int *into, int pi, size_t t, size_t s1)
{
	size_t n, k;
	const struct lex_entry *label;

	if (t == 0 || !extract_tok_is(d, t - 1, "("))
		return 0;
	if ((label = cue_at(d, t, "label", &n)) != NULL) {
		t += n;
		if (t < s1 && extract_tok_is(d, t, ":"))
			t++;
	}
	for (k = t; k < s1 && k < t + 3 && cjk_token(d, k); k++)
		;
	if (k == t || k >= s1 || !extract_tok_is(d, k, ")"))
		return 0;
	take_alias(d, into, pi, span_text(d, d->toks[t].s, d->toks[k - 1].e),
	    label ? label->fields[0] : "written in brackets", t, k);
	return 1;
}

/*
 * The statements after the mention of person pi ending at token t in a
 * sentence ending at s1.  The gap before a cue is commas, brackets and
 * link words, and must end in a comma, a bracket or a verb (is, was,
 * been), not in "who" or nothing: "Ann Roe called Bob Doe" states no alias.
 * Returns the token where a cue would stand (d->ntok when there is none).
 */
static size_t
statements_after(struct xdoc *d, int *into, int pi, size_t t, size_t s1)
{
	const struct lex_entry *cue;
	size_t n, k, at, gap_ok = 0;

	for (k = t; k < s1 && k < t + 6; k++) {
		if (extract_tok_is(d, k, ",") || extract_tok_is(d, k, "(")) {
			gap_ok = 1;
			continue;
		}
		if (cue_at(d, k, "link", &n)) {
			gap_ok = !extract_tok_is(d, k, "who");
			k += n - 1;
			continue;
		}
		break;
	}
	if (k >= s1 || !gap_ok)
		return d->ntok;
	if (script_alias(d, into, pi, k, s1))
		return k;
	if ((cue = cue_at(d, k, "family", &n)) != NULL) {
		size_t t0, t1;
		char *alias;

		if (name_run(d, k + n, s1, &t0, &t1) != 1 ||
		    (alias = with_family(&d->persons[target(into, pi)], d->text + d->toks[t0].s,
		    d->toks[t0].e - d->toks[t0].s)) == NULL)
			return k;
		take_alias(d, into, pi, alias, cue->fields[0], t0, t1);
		return k;
	}
	if ((cue = cue_at(d, k, "name", &n)) == NULL)
		return k;
	at = k;
	k = name_alias(d, into, pi, k + n, s1, cue->fields[0]);
	while (k != 0 && (k = second_alias_at(d, k, s1)) != 0)
		k = name_alias(d, into, pi, k, s1, cue->fields[0]);
	return at;
}

/*
 * "He was called Ri Ji Su in the North but Lee Ji-su in the South": a
 * cue whose subject is no name, before a name and another after the
 * phrase: the second is an alias of the first.  The cue opens the
 * sentence or follows a verb of form link.  Cues that came right
 * after a name were statements_after's (pass 1).
 */
static void
statements_of_two(struct xdoc *d, int *into, const unsigned char *seen)
{
	size_t si, k, n, n1, t0, t1, next;
	const struct lex_entry *cue;
	int pi, m;

	for (si = 0; si < d->nsent; si++)
		for (k = d->sents[si].t0; k < d->sents[si].t1; k++) {
			size_t s1 = d->sents[si].t1;

			/* "was called", or opening the sentence: "Ann Roe
			 * called Bob Doe in May and Carl Poe in June" is
			 * an active verb, no statement */
			if (seen[k] || (cue = cue_at(d, k, "name", &n)) == NULL ||
			    !(k == d->sents[si].t0 || (cue_at(d, k - 1, "link", &n1) &&
			    !extract_tok_is(d, k - 1, "who"))))
				continue;
			if (name_run(d, k + n, s1, &t0, &t1) < 2 || (m = mention_in(d, t0, t1)) < 0 ||
			    (next = second_alias_at(d, t1, s1)) == 0)
				continue;
			pi = d->ents[m].id;
			name_alias(d, into, pi, next, s1, cue->fields[0]);
		}
}

void
extract_aliases(struct xdoc *d)
{
	unsigned char *seen;
	int *into;
	size_t i, nent = d->nent, cue;

	if (d->nperson == 0)
		return;
	into = xmalloc(d->nperson * sizeof *into);
	seen = xcalloc(d->ntok + 1, 1);
	for (i = 0; i < d->nperson; i++)
		into[i] = (int)i;
	/* nent fixed: mentions take_alias adds are of aliases, no statements */
	for (i = 0; i < nent; i++) {
		const struct xent *e = &d->ents[i];

		if (e->kind == ENT_PERSON && e->t1 > e->t0) {
			cue = statements_after(d, into, e->id, e->t1,
			    d->sents[d->toks[e->t0].sent].t1);
			seen[cue] = 1;
		}
	}
	statements_of_two(d, into, seen);
	drop_merged(d, into);
	free(seen);
	free(into);
}
