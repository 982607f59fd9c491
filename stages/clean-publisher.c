/*
 * clean-publisher.c: who published a plain text, as a scored choice.
 *
 * Every piece of evidence that a name is the publisher (a label, the
 * dateline's agency, a masthead, the page naming itself, a caption's
 * credit, an outlet someone in the article spoke to) adds to that name
 * the weight that schema/lexicons/publisher-evidence.tsv gives it; the
 * names of one publisher add up, and the highest sum wins.  A first-match
 * rule let a photo credit or an outlet the article cites beat the site's
 * own name only by coming first; a sum lets the site's voice, heard
 * several times, outweigh them.  clean-meta.c finds the evidence of the
 * page's shape; the patterns of publisher-evidence.tsv find the evidence
 * in the prose; clean-outlets.c knows the outlets.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "buf.h"
#include "lex.h"
#include "msg.h"
#include "clean.h"

/* The evidence found by the code: each needs a row of publisher-evidence.tsv. */
static const char *const builtin_names[PUB_BUILTIN] = {
	[PUB_LABEL] = "label",
	[PUB_DATELINE_AGENCY] = "dateline-agency",
	[PUB_BYLINE_AGENCY] = "byline-agency",
	[PUB_REPORTING_CREDIT] = "reporting-credit",
	[PUB_DATELINE_BRACKET] = "dateline-bracket",
	[PUB_MASTHEAD] = "masthead",
	[PUB_BAR_FIELD] = "bar-field",
	[PUB_AUTHOR_AGENCY] = "author-agency",
	[PUB_BYLINE_OUTLET] = "byline-outlet",
	[PUB_SELF] = "self",
	[PUB_LOGO] = "logo",
	[PUB_MASTHEAD_SHAPE] = "masthead-shape",
	[PUB_BAR_OUTLET] = "bar-outlet",
	[PUB_AFFILIATION] = "affiliation",
	[PUB_CAPTION_CREDIT] = "caption-credit",
	[PUB_ISSUER] = "issuer",
	[PUB_NAMED] = "named",
	[PUB_COPYRIGHT] = "copyright",
	[PUB_COPYRIGHT_PERSON] = "copyright-person",
	[PUB_OFFICE] = "office",
};


/* A pattern of publisher-evidence.tsv: group 1 names a candidate. */
struct pub_cue {
	pcre2_code *re;
	int ev;			/* its evidence */
	int *needs;		/* owned: clean_needs_parse() of its words, or NULL */
	struct clean_reach reach;	/* where a match can begin */
};

/* publisher-evidence.tsv, as the tally wants it. */
struct pubev {
	struct lex *lex;
	const char *name[PUB_MAX_EVIDENCE];	/* borrowed from lex */
	int weight[PUB_MAX_EVIDENCE], max[PUB_MAX_EVIDENCE];
	int nev;
	int builtin[PUB_BUILTIN];	/* evidence index of each found by the code */
	struct pub_cue *cues;
	size_t ncue;
};

static int
evidence_index(const struct pubev *p, const char *name)
{
	int i;

	for (i = 0; i < p->nev; i++)
		if (strcmp(p->name[i], name) == 0)
			return i;
	return -1;
}

/*
 * The weights and patterns of publisher-evidence.tsv.  Rows of one
 * evidence share its weight and maximum (a second row adds a pattern).
 * Every bad row is reported.
 */
struct pubev *
pubev_load(const char *name, struct acm *words)
{
	struct pubev *p = xcalloc(1, sizeof *p);
	struct buf where = BUF_INIT;
	size_t i;
	int k, bad = 0;

	if ((p->lex = lex_load(name)) == NULL) {
		free(p);
		return NULL;
	}
	p->cues = xcalloc(p->lex->n ? p->lex->n : 1, sizeof *p->cues);
	for (i = 0; i < p->lex->n; i++) {
		const struct lex_entry *e = &p->lex->entries[i];
		const char *ev = lex_get(p->lex, e, "evidence");
		const char *ws = lex_get(p->lex, e, "weight"), *ms = lex_get(p->lex, e, "max");
		const char *pat = lex_get(p->lex, e, "pattern");
		char *end1, *end2;
		long w = strtol(ws, &end1, 10), m = strtol(ms, &end2, 10);
		int x;

		buf_reset(&where);
		buf_addf(&where, "%s:%u", p->lex->path, e->line);
		if (*end1 != '\0' || end1 == ws || *end2 != '\0' || end2 == ms || m < 1 || m > 100) {
			msg_error("%s: weight and max must be whole numbers (max 1 to 100)", where.data);
			bad = 1;
			continue;
		}
		if ((x = evidence_index(p, ev)) < 0) {
			if (p->nev == PUB_MAX_EVIDENCE) {
				msg_error("%s: more than %d kinds of evidence", where.data,
				    PUB_MAX_EVIDENCE);
				bad = 1;
				continue;
			}
			x = p->nev++;
			p->name[x] = ev;
			p->weight[x] = (int)w;
			p->max[x] = (int)m;
		} else if (p->weight[x] != w || p->max[x] != m) {
			msg_error("%s: \"%s\" has another weight or max above", where.data, ev);
			bad = 1;
			continue;
		}
		if (*pat == '\0')
			continue;
		if ((p->cues[p->ncue].re = clean_regex(pat, 0, where.data)) == NULL) {
			bad = 1;
			continue;
		}
		p->cues[p->ncue].needs = clean_needs_parse(lex_get(p->lex, e, "needs"), words);
		p->cues[p->ncue].ev = x;
		if (clean_reach_init(&p->cues[p->ncue].reach, pat, 0, lex_get(p->lex, e, "needs"),
		    p->cues[p->ncue].needs, lex_get(p->lex, e, "reach"), where.data) < 0) {
			pcre2_code_free(p->cues[p->ncue].re);
			free(p->cues[p->ncue].needs);
			bad = 1;
			continue;
		}
		p->ncue++;
	}
	for (k = 0; k < PUB_BUILTIN; k++)
		if ((p->builtin[k] = evidence_index(p, builtin_names[k])) < 0) {
			msg_error("%s: no row for the evidence \"%s\"", p->lex->path,
			    builtin_names[k]);
			bad = 1;
		}
	buf_release(&where);
	if (bad) {
		pubev_free(p);
		return NULL;
	}
	return p;
}

void
pubev_free(struct pubev *p)
{
	size_t i;

	if (p == NULL)
		return;
	for (i = 0; i < p->ncue; i++) {
		pcre2_code_free(p->cues[i].re);
		free(p->cues[i].needs);
		clean_reach_free(&p->cues[i].reach);
	}
	free(p->cues);
	lex_free(p->lex);
	free(p);
}

/* ---- the tally ---- */

/* The letters and digits of s, in lower case, without a leading "the":
 * the key under which two spellings of one name meet.  Caller frees. */
static char *
fold_key(const char *s)
{
	char *k = xmalloc(strlen(s) + 1), *o = k;

	if (strncasecmp(s, "the ", 4) == 0)
		s += 4;
	for (; *s; s++)
		if (isalnum((unsigned char)*s) || (unsigned char)*s >= 0x80)
			*o++ = (char)tolower((unsigned char)*s);
	*o = '\0';
	return k;
}

/* The entry of publishers.tsv that v spells whole ("The" aside), or NULL. */
static const struct lex_entry *
whole_entry(const struct clean_rules *r, const char *v)
{
	size_t so, eo, len = strlen(v);
	const struct lex_entry *e;

	if ((e = pub_find(r, v, len, &so, &eo)) != NULL && so == 0 && eo == len)
		return e;
	if (strncasecmp(v, "the ", 4) == 0 &&
	    (e = pub_find(r, v + 4, len - 4, &so, &eo)) != NULL && so == 0 && eo == len - 4)
		return e;
	return NULL;
}

/*
 * Is a ("APD") the initials of the words of b ("Asia Pacific Dispatch",
 * "ASIA PACIFIC DISPATCH"; "of", "the", "and", "for" left out)?  A page
 * gives the short form in one place and the long one in another.
 */
static int
initials_of(const char *a, const char *b)
{
	size_t n = strlen(a), k = 0;
	const char *w;

	if (n < 2 || n > 6)
		return 0;
	for (w = a; *w; w++)
		if (!isupper((unsigned char)*w))
			return 0;
	for (w = b; *w; ) {
		size_t t = strcspn(w, " "), h;

		if (!((t == 2 && strncasecmp(w, "of", 2) == 0) ||
		    (t == 3 && (strncasecmp(w, "the", 3) == 0 || strncasecmp(w, "and", 3) == 0 ||
		    strncasecmp(w, "for", 3) == 0)))) {
			if (k == n || toupper((unsigned char)*w) != a[k])
				return 0;
			k++;
			/* each capitalised part of a hyphenated word has its
			 * letter: "Trans-Pacific News Agency" is TPNA */
			for (h = 1; h + 1 < t; h++)
				if (w[h] == '-' && isupper((unsigned char)w[h + 1])) {
					if (k == n || w[h + 1] != a[k])
						return 0;
					k++;
				}
		}
		w += t;
		while (*w == ' ')
			w++;
	}
	return k == n;
}

/*
 * Is a ("OHRMO") nearly the initials of b ("UN Harbor Rights Monitoring
 * Office"): as long, four letters or more, and one letter off?  An
 * organization's acronym often comes of its formal name ("Office of
 * ..."), its masthead of the name it goes by.
 */
static int
initials_near(const char *a, const char *b)
{
	char ini[8];
	size_t n = strlen(a), k = 0, i, off = 0;
	const char *w;

	if (n < 4 || n > 6 || strspn(a, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != n)
		return 0;
	for (w = b; *w; ) {
		size_t t = strcspn(w, " ");

		if (!((t == 2 && strncasecmp(w, "of", 2) == 0) ||
		    (t == 3 && (strncasecmp(w, "the", 3) == 0 || strncasecmp(w, "and", 3) == 0 ||
		    strncasecmp(w, "for", 3) == 0)))) {
			if (k == n || !isupper((unsigned char)*w))
				return 0;
			ini[k++] = *w;
		}
		w += t;
		while (*w == ' ')
			w++;
	}
	if (k != n)
		return 0;
	for (i = 0; i < n; i++)
		off += ini[i] != a[i];
	return off <= 1;
}

/* Is a the initials of b, exactly or nearly (initials_of, initials_near)? */
static int
abbreviates(const char *a, const char *b)
{
	return initials_of(a, b) || initials_near(a, b);
}

static void
tally_add(struct pub_tally *t, const struct clean_rules *r, int ev, long line, json_t *v)
{
	const struct pubev *p = r->pubev;
	const struct lex_entry *e;
	struct pub_cand *c = NULL;
	char *key;
	int i, w = p->weight[ev];

	if (v == NULL)
		return;
	e = whole_entry(r, json_string_value(v));
	key = fold_key(json_string_value(v));
	if (*key == '\0') {
		free(key);
		json_decref(v);
		return;
	}
	for (i = 0; i < t->n; i++) {
		const char *was = json_string_value(t->c[i].value);
		int spelled = abbreviates(was, json_string_value(v));	/* v spells was out */

		if ((e && t->c[i].entry == e) || strcmp(t->c[i].key, key) == 0 || spelled) {
			c = &t->c[i];
			/* the name spelled out, not its initials */
			if (spelled) {
				json_decref(c->value);
				c->value = json_incref(v);
			}
			break;
		}
		if (abbreviates(json_string_value(v), was)) {
			c = &t->c[i];
			json_decref(v);
			v = json_incref(c->value);
			break;
		}
	}
	if (c == NULL) {
		/* A page names few publishers; past the cap, a name seen
		 * only now is too late to matter (memory stays bounded). */
		if (t->n == PUB_MAX_CANDS) {
			free(key);
			json_decref(v);
			return;
		}
		c = &t->c[t->n++];
		memset(c, 0, sizeof *c);
		c->entry = e;
		c->key = key;
		c->value = v;
		c->line = line;
		c->best = w;
	} else {
		free(key);
		if (c->entry == NULL)
			c->entry = e;
		/* spelled as its strongest evidence spells it */
		if (w > c->best) {
			json_decref(c->value);
			c->value = v;
			c->best = w;
			c->line = line;
		} else {
			json_decref(v);
		}
	}
	if (c->count[ev] < p->max[ev]) {
		c->count[ev]++;
		c->score += w;
	}
}

void
pub_offer(struct pub_tally *t, const struct clean_rules *r, enum pub_evidence ev,
	  long line, json_t *v)
{
	tally_add(t, r, r->pubev->builtin[ev], line, v);
}

/*
 * The candidate a cue's group 1 names: a listed outlet (not state media)
 * at its start, or its longest prefix of words with an outlet's shape.
 * NULL when neither.
 */
static json_t *
cue_name(const struct clean_rules *r, const char *s, size_t len)
{
	const struct lex_entry *e;
	size_t so, eo;

	/* the sentence's end is no part of it: "told Harbor Radio." */
	for (;;) {
		if (len > 0 && (s[len - 1] == '.' || s[len - 1] == '\'' || s[len - 1] == '-'))
			len--;
		else if (len >= 3 && memcmp(s + len - 3, "\xE2\x80\x99", 3) == 0)	/* ’ */
			len -= 3;
		else
			break;
	}
	if ((e = pub_find(r, s, len, &so, &eo)) != NULL && so == 0)
		return pub_is_state(r, e) ? NULL : pub_value(r, e, s, eo);
	while (len > 0) {
		if (pub_outlet_shape(r, s, len))
			return json_stringn(s, len);
		while (len > 0 && s[len - 1] != ' ')
			len--;
		while (len > 0 && s[len - 1] == ' ')
			len--;
	}
	return NULL;
}

void
pub_cues(struct pub_tally *t, const struct clean_rules *r, const struct cdoc *d, long line)
{
	const struct pubev *p = r->pubev;
	const char *s = d->lines[line].s;
	size_t len = d->lines[line].len, i;
	const uint64_t *hits = clean_line_hits(d, (size_t)line);

	/* A pattern is tried only on a line holding one of its words: the
	 * patterns tried on every line of prose cost more than all the
	 * rest of the metadata. */
	for (i = 0; i < p->ncue; i++) {
		PCRE2_SIZE at = 0, *ov;

		if (!clean_needs_met(hits, p->cues[i].needs))
			continue;
		/* every match on the line: "told X ... told Y" */
		while (at < len && clean_reach_exec(&p->cues[i].reach, p->cues[i].re, r, d,
		    (size_t)line, at) > 0) {
			size_t gs, ge, end;

			ov = pcre2_get_ovector_pointer(r->md);
			gs = ov[2], ge = ov[3], end = ov[1] > at ? ov[1] : at + 1;
			while (end < len && ((unsigned char)s[end] & 0xC0) == 0x80)
				end++;	/* the next character's start, as PCRE2 wants */
			if (gs != PCRE2_UNSET)
				tally_add(t, r, p->cues[i].ev, line, cue_name(r, s + gs, ge - gs));
			at = end;
		}
	}
}

struct pub_cand *
pub_choose(struct pub_tally *t)
{
	struct pub_cand *best = NULL;
	int i;

	for (i = 0; i < t->n; i++) {
		struct pub_cand *c = &t->c[i];

		if (c->score <= 0)
			continue;
		if (best == NULL || c->score > best->score ||
		    (c->score == best->score && (c->best > best->best ||
		    (c->best == best->best && c->line < best->line))))
			best = c;
	}
	return best;
}

/* "masthead +6, named +2 (2 times)": the evidence of c, for --trace. */
static void
describe(const struct pubev *p, const struct pub_cand *c, struct buf *out)
{
	int k, any = 0;

	for (k = 0; k < p->nev; k++) {
		if (c->count[k] == 0)
			continue;
		buf_addf(out, "%s%s %+d", any++ ? ", " : "", p->name[k],
		    p->weight[k] * c->count[k]);
		if (c->count[k] > 1)
			buf_addf(out, " (%d times)", c->count[k]);
	}
}

void
pub_trace(const struct pub_tally *t, const struct clean_rules *r, const struct cdoc *d,
	  const struct pub_cand *chosen, int taken)
{
	struct buf why = BUF_INIT;
	int i, pass;

	/* the one chosen first, then the others in the order found */
	for (pass = 0; pass < 2; pass++)
		for (i = 0; i < t->n; i++) {
			const struct pub_cand *c = &t->c[i];

			if ((pass == 0) != (c == chosen))
				continue;
			buf_reset(&why);
			describe(r->pubev, c, &why);
			fprintf(stderr, "%s:%u: publisher %s (score %d: %s)%s\n", d->source,
			    d->lines[c->line].no, json_string_value(c->value), c->score, why.data,
			    c == chosen && taken ? "" : ": not taken");
		}
	buf_release(&why);
}

void
pub_tally_free(struct pub_tally *t)
{
	int i;

	for (i = 0; i < t->n; i++) {
		json_decref(t->c[i].value);
		free(t->c[i].key);
	}
	t->n = 0;
}
