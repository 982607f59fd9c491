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
#include "extract-names.h"
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

static const char *
lexf(const struct lex *l, const struct lex_entry *e, const char *col)
{
	return e ? lex_get(l, e, col) : "";
}

static int in_byline_line(const struct xdoc *d, size_t a);

void
extract_add_org(struct xdoc *d, size_t a, size_t b, const char *kind)
{
	char *name = extract_name_text(d, a, b);
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
		pi = extract_add_named_person(d, c, buf_detach(&nm, NULL), key);
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

/* One run of capitalised tokens [a, b) in sentence [s0, s1). */
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
	if (extract_upper_evword(d, a, "vessel-prefix") ||
	    (a > s0 && !(d->toks[a - 1].flags & TOK_CAP) && extract_evword(d, a - 1, "vessel")))
		return;
	/* "the broadcaster RTN Vale": an organization, and so is the run
	 * when the text writes it again ("RTN Vale reported") */
	if (a > s0 && !(d->toks[a - 1].flags & TOK_CAP) && extract_evword(d, a - 1, "thing")) {
		extract_add_org(d, a, b, "other");
		return;
	}
	{
		char *nm = extract_name_text(d, a, b);
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
			extract_set_nat(nat, lex_get(lx->demonyms, e, "country"));
			name0 += n;
		} else if ((e = extract_match(d, lx->titles, name0, 6, &n)) && name0 + n < b) {
			title = e;
			name0 += n;
		} else if (extract_is_stop(d, name0) || !(d->toks[name0].flags & TOK_WORD))
			name0++;
		else
			break;
	}
	/* The name ends at the next common word or weekday ("arrested Ri
	 * Su-yon Friday"; but a month name inside a name is a name: Eddie
	 * Jun ...). */
	for (t = name0; t < b; t++)
		if ((d->toks[t].flags & TOK_WORD) && (t == name0 ? extract_is_stop(d, t) :
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
		extract_note_single(d, c, a, name0, title ? title : capital_title(d, extract_title_ending(d, a, s0)),
		    s0, s1);
		return;
	}
	if (!extract_accept_name(d, c, name0, b, title != NULL || capital_title(d, extract_title_ending(d, a, s0)),
	    s0, s1, &korean, &jp))
		return;
	pi = extract_find_or_add_person(d, c, name0, b, korean);
	{
		struct xperson *p = &d->persons[pi];

		p->nmentions++;
		extract_set_nat(p->nationality, nat);
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
		extract_look_before(d, a, s0, p);
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
		extract_look_after(d, extract_past_script_brackets(d, b, s1), s1, pi, &fam_of);
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
		if (extract_is_namish(d, k))
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
		if (!extract_is_namish(d, k) || (d->toks[k].flags & TOK_NL))
			break;
		while (k < s1 && extract_is_namish(d, k) && !(d->toks[k].flags & TOK_NL))
			k++;
		b = k;
	}
	return b;
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
			char *w = extract_name_key(d, t, t + 1, 1);

			hmap_put(c.lower, w, (void *)1);
			free(w);
		} else if ((d->toks[t].flags & (TOK_WORD | TOK_CAP | TOK_UPPER)) == (TOK_WORD | TOK_CAP)) {
			char *w = extract_name_text(d, t, t + 1);

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
			    extract_is_namish(d, t + 1) && extract_is_namish(d, t + 3) &&
			    lex_lookupn(d->lx->given, d->text + d->toks[t + 1].s,
			    d->toks[t + 1].e - d->toks[t + 1].s) &&
			    !(t + 4 < s1 && extract_is_namish(d, t + 4))) {
				size_t np = d->nperson;

				capital_name(d, &c, t + 1, t + 4, inname);
				if (d->nperson > np) {
					/* written "Roe" in the text's own words: an alias */
					struct xperson *p = &d->persons[d->nperson - 1];

					if (p->naliases < 8)
						p->aliases[p->naliases++] = extract_name_text(d, t + 3, t + 4);
				}
				if (d->nperson > np || inname[t + 3]) {
					t += 3;
					continue;
				}
			}
			if (!extract_is_namish(d, t))
				continue;
			while (b < s1 && (extract_is_namish(d, b) ||
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
	extract_make_singles(d, &c, inname);
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
							extract_add_rel(d, d->ents[j].id, d->ents[k].id, "family_of",
							    d->toks[t].sent);
							break;
						}
					break;
				}
		}
	}

	extract_link_single_words(d, inname);
	hmap_free(c.bykey, NULL);
	hmap_free(c.lower, NULL);
	hmap_free(c.capwords, NULL);
	free(c.sg);
	free(inname);
}
