/*
 * extract-persons.c: the persons of a document, and what the words
 * around a name say of them.
 *
 * A person is found by the key of its name (lowercased, initials left
 * out) or by its first and last words ("fl:"), so that "Otto Smith" and
 * "Otto J. Smith" are one.  Before a name, titles and nationality words
 * ("U.S. envoy", "North Korean defector") and, after it, an apposition
 * (", 34, a missionary from Ohio,") give the title, nationality, gender,
 * age and family relations.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "buf.h"
#include "extract-names.h"
#include "utf8.h"

int
extract_is_stop(const struct xdoc *d, size_t t)
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

int
extract_is_namish(const struct xdoc *d, size_t t)
{
	const struct xtok *k = &d->toks[t];

	if (!(k->flags & TOK_WORD) || (k->flags & TOK_NUM))
		return 0;
	return (k->flags & TOK_CAP) != 0;
}

/* Lowercased key of tokens [t0, t1), initials left out. */
char *
extract_name_key(const struct xdoc *d, size_t t0, size_t t1, int keep_initials)
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
char *
extract_name_text(const struct xdoc *d, size_t t0, size_t t1)
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

void
extract_set_nat(char *dst, const char *cc)
{
	if (!dst[0] && cc && strlen(cc) == 2) {
		dst[0] = cc[0];
		dst[1] = cc[1];
		dst[2] = 0;
	}
}

void
extract_add_rel(struct xdoc *d, int subj, int obj, const char *pred, size_t sent)
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
	char *a = extract_name_key(d, first, first + 1, 0), *b = extract_name_key(d, last, last + 1, 0);
	struct buf k = BUF_INIT;

	buf_addf(&k, "fl:%s %s", a, b);
	free(a);
	free(b);
	return buf_detach(&k, NULL);
}

int
extract_find_or_add_person(struct xdoc *d, struct pctx *c, size_t t0, size_t t1, int korean)
{
	char *key = extract_name_key(d, t0, t1, 0), *fl = NULL;
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
		char *txt = extract_name_text(d, t0, t1);

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
	p->name = extract_name_text(d, t0, t1);
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
 * Also kinship words ("his brother").  A verb ends them: "North Korean
 * agents seized Kim", "Chinese police said Kim" tell the doers' nationality,
 * not Kim's. */
void
extract_look_before(struct xdoc *d, size_t t, size_t s0, struct xperson *p)
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
		if (!(d->toks[at].flags & TOK_CAP) && (extract_is_trigger(d, at) || extract_speech_at(d, at)))
			break;
		if ((e = extract_match(d, lx->titles, at, 5, &n)) && at + n == t - (k - n > 0 ? 0 : 0)) {
			if (at + n <= t) {
				p->roles |= extract_role_bit(lex_get(lx->titles, e, "role"));
				if (!p->gender && *lex_get(lx->titles, e, "gender"))
					p->gender = lex_get(lx->titles, e, "gender")[0];
				if (!p->title) {
					char *s = extract_name_text(d, at, at + n);

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
			extract_set_nat(p->nationality, lex_get(lx->demonyms, e, "country"));
	}
}

/* The apposition after a name: ", a South Korean missionary,", ", the
 * older brother of Y", ", who heads ...", ", 36,". */
void
extract_look_after(struct xdoc *d, size_t t, size_t s1, int pi, int *want_family_of)
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
				p->title = extract_name_text(d, k, k + n);
			k += n - 1;
			continue;
		}
		if ((e = extract_match(d, lx->demonyms, k, 2, &n))) {
			if (own)
				extract_set_nat(p->nationality, lex_get(lx->demonyms, e, "country"));
			k += n - 1;
		}
	}
}

int
extract_speech_at(const struct xdoc *d, size_t t)
{
	const struct lex_entry *e = extract_tok_lex(d, d->lx->cues, t);

	return e && strcmp(lex_get(d->lx->cues, e, "kind"), "speech") == 0;
}
