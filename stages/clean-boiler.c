/*
 * clean-boiler.c: the boilerplate rules of schema/lexicons/boilerplate.tsv.
 *
 * Each rule is a phrase (exact line, prefix, contained) or a PCRE2 pattern,
 * an action (drop, caption, tail) and limits (at most N words, only a line
 * standing alone).  The first rule that matches a line decides.  The rules
 * are data: a new phrase is a line of the lexicon and a test, never a
 * recompile.  Each dropped line remembers the rule ("boilerplate.tsv:42"),
 * which --trace prints.
 */
#include <stdlib.h>
#include <ctype.h>
#include <string.h>
#include "acm.h"
#include "buf.h"
#include "lex.h"
#include "msg.h"
#include "clean.h"

enum { MATCH_EXACT, MATCH_PREFIX, MATCH_CONTAINS, MATCH_REGEX };
enum { ACT_DROP, ACT_CAPTION, ACT_TAIL };

struct brule {
	int match, action, words, alone;
	const char *pat;	/* borrowed from the lexicon */
	size_t patlen;
	char *low;		/* pat in ASCII lower case (not MATCH_REGEX) */
	size_t exlen;		/* MATCH_EXACT: exact_len() of pat */
	int word;		/* MATCH_CONTAINS: its id in the rules' words */
	pcre2_code *re;		/* MATCH_REGEX */
	struct clean_prefilter pf;	/* MATCH_REGEX */
	int *needs;		/* MATCH_REGEX: clean_needs_parse() of its needs, or NULL */
	char *why;		/* "boilerplate.tsv:42" */
};

struct boiler {
	struct lex *lex;
	struct brule *rules;
	size_t n;
	/*
	 * The rules but the exact ones, by the first words a line must
	 * have or the words it must hold (clean-index.c): a line is tried
	 * against the few it could meet, not three hundred.
	 */
	struct clean_index *index;
	/*
	 * by_len[n]: the exact rules whose line is n bytes long (exact_len()),
	 * their indexes in the file's order, -1 after the last, for n up to
	 * max_len.  Half the rules are exact lines: a short line is compared
	 * with those of its own length alone.
	 */
	int **by_len;
	size_t max_len;
};

/* The line without a final ':', '.', '!', '|', '>', '…' and spaces: its length. */
static size_t
exact_len(const char *s, size_t len)
{
	for (;;) {
		if (len > 0 && strchr(":.!|> ", s[len - 1]) != NULL)
			len--;
		else if (len >= 3 && memcmp(s + len - 3, "\xE2\x80\xA6", 3) == 0)
			len -= 3;	/* U+2026 … */
		else
			return len;
	}
}

/*
 * The bytes of an arrow or a bullet that opens a link's text, and the
 * space after it ("▶ Related news", "» More stories"): an exact rule
 * matches the words after them.  0 when the line opens on none.
 */
static size_t
exact_lead(const char *s, size_t len)
{
	static const char *const glyph[] = {
		"\xE2\x96\xB6", "\xE2\x96\xBA", "\xE2\x96\xB8", "\xE2\x96\xA0",
		"\xE2\x97\x8F", "\xE2\x80\xA2", "\xE2\x80\xBA", "\xC2\xBB", NULL
	};	/* ▶ ► ▸ ■ ● • › » */
	size_t k, n;

	if (len < 4 || (unsigned char)s[0] < 0xC2)
		return 0;
	for (k = 0; glyph[k]; k++) {
		n = strlen(glyph[k]);
		if (len > n + 1 && memcmp(s, glyph[k], n) == 0) {
			while (n < len && s[n] == ' ')
				n++;
			return n;
		}
	}
	return 0;
}

static int
field_index(const char *s, const char *const *names)
{
	int i;

	for (i = 0; names[i] != NULL; i++)
		if (strcmp(s, names[i]) == 0)
			return i;
	return -1;
}

struct boiler *
boiler_load(const char *name, struct acm *words)
{
	static const char *const matches[] = { "exact", "prefix", "contains", "regex", NULL };
	static const char *const actions[] = { "drop", "caption", "tail", NULL };
	struct boiler *b;
	struct lex *l;
	const char *base;
	size_t i;
	int bad = 0;
	struct buf where = BUF_INIT;

	if ((l = lex_load(name)) == NULL)
		return NULL;
	base = strrchr(l->path, '/') ? strrchr(l->path, '/') + 1 : l->path;
	b = xcalloc(1, sizeof *b);
	b->lex = l;
	b->rules = xcalloc(l->n ? l->n : 1, sizeof *b->rules);
	for (i = 0; i < l->n; i++) {
		const struct lex_entry *e = &l->entries[i];
		struct brule *r = &b->rules[b->n];

		buf_reset(&where);
		buf_addf(&where, "%s:%u", l->path, e->line);
		r->match = field_index(lex_get(l, e, "match"), matches);
		r->action = field_index(lex_get(l, e, "action"), actions);
		r->pat = lex_get(l, e, "pattern");
		r->patlen = strlen(r->pat);
		r->words = atoi(lex_get(l, e, "words"));
		r->alone = strcmp(lex_get(l, e, "alone"), "yes") == 0;
		if (r->match < 0 || r->action < 0 || r->patlen == 0) {
			msg_error("%s: bad rule (match, pattern or action)", where.data);
			bad = 1;
			continue;
		}
		if (r->match == MATCH_REGEX &&
		    (r->re = clean_regex(r->pat, 0, where.data)) == NULL) {
			bad = 1;
			continue;
		}
		if (r->match == MATCH_REGEX) {
			r->needs = clean_needs_parse(lex_get(l, e, "needs"), words);
			clean_prefilter_init(&r->pf, r->pat, 0, r->re);
		}
		if (r->match != MATCH_REGEX) {
			r->low = xmalloc(r->patlen + 1);
			clean_lower(r->pat, r->patlen + 1, r->low);
			r->exlen = exact_len(r->pat, r->patlen);
			if (r->match == MATCH_CONTAINS)
				r->word = acm_add(words, r->low, r->patlen);
		}
		buf_reset(&where);
		buf_addf(&where, "%s:%u", base, e->line);
		r->why = xstrdup(where.data);
		b->n++;
	}
	buf_release(&where);
	if (bad) {
		boiler_free(b);
		return NULL;
	}
	b->index = clean_index_new();
	for (i = 0; i < b->n; i++) {
		const struct brule *r = &b->rules[i];
		int word[2] = { r->word, -1 };

		if (r->match != MATCH_EXACT)
			clean_index_add(b->index, (int)i,
			    r->match == MATCH_REGEX ? r->pat : NULL,
			    r->match == MATCH_PREFIX ? r->pat : NULL,
			    r->match == MATCH_REGEX ? r->needs :
			    r->match == MATCH_CONTAINS ? word : NULL);
	}
	for (i = 0; i < b->n; i++)
		if (b->rules[i].match == MATCH_EXACT && b->rules[i].exlen > b->max_len)
			b->max_len = b->rules[i].exlen;
	b->by_len = xcalloc(b->max_len + 1, sizeof *b->by_len);
	for (size_t n = 0; n <= b->max_len; n++) {
		size_t k = 0;

		b->by_len[n] = xmalloc((b->n + 1) * sizeof *b->by_len[n]);
		for (i = 0; i < b->n; i++)
			if (b->rules[i].match == MATCH_EXACT && b->rules[i].exlen == n)
				b->by_len[n][k++] = (int)i;
		b->by_len[n][k] = -1;
	}
	return b;
}

void
boiler_free(struct boiler *b)
{
	size_t i;

	if (b == NULL)
		return;
	for (i = 0; i < b->n; i++) {
		pcre2_code_free(b->rules[i].re);
		free(b->rules[i].needs);
		free(b->rules[i].low);
		free(b->rules[i].why);
	}
	free(b->rules);
	clean_index_free(b->index);
	for (i = 0; b->by_len && i <= b->max_len; i++)
		free(b->by_len[i]);
	free(b->by_len);
	lex_free(b->lex);
	free(b);
}

/*
 * The phrases match without regard to ASCII case, as strncasecmp() in the
 * C locale does (other bytes as they are): the line (its exact_len()
 * exlen) against the lowered pattern.  A contained phrase is one of the
 * words found in every line in one pass (hits, clean_find_words): one
 * search for every phrase at once, instead of one per phrase.
 */
static int
rule_matches(const struct brule *r, pcre2_match_data *md, const struct cline *l,
	     const uint64_t *hits, size_t lead, size_t exlen)
{
	switch (r->match) {
	case MATCH_EXACT:
		return exlen == r->exlen && clean_caseeq(l->s + lead, r->low, exlen);
	case MATCH_PREFIX:
		return l->len >= r->patlen && clean_caseeq(l->s, r->low, r->patlen);
	case MATCH_CONTAINS:
		return acm_hit(hits, r->word);
	default:
		return clean_prefilter_may(&r->pf, l->s, l->len) &&
		    clean_needs_met(hits, r->needs) &&
		    clean_match(r->re, md, l->s, l->len, NULL, NULL);
	}
}

/* Is line i alone: blank or the document's edge before and after it? */
static int
alone(const struct cdoc *d, size_t i)
{
	return (i == 0 || d->lines[i - 1].blank) &&
	    (i + 1 >= d->n || d->lines[i + 1].blank);
}

/*
 * The first rule of the list ix (indexes, -1 after the last) before the
 * rule stop that line i of d meets, or stop.
 */
static size_t
first_rule(const struct boiler *b, const int *ix, size_t stop, const struct cdoc *d,
	   size_t i, pcre2_match_data *md, size_t lead, size_t exlen)
{
	const struct cline *l = &d->lines[i];
	/* an arrow before the words is none of them */
	int words = lead ? clean_words(l->s + lead, l->len - lead) : l->words;

	for (; *ix >= 0 && (size_t)*ix < stop; ix++) {
		const struct brule *r = &b->rules[*ix];

		if (r->words > 0 && words > r->words)
			continue;
		if (r->alone && !alone(d, i))
			continue;
		if (rule_matches(r, md, l, clean_line_hits(d, i), lead, exlen))
			return (size_t)*ix;
	}
	return stop;
}

void
clean_apply_rules(struct cdoc *d, const struct clean_rules *cr)
{
	const struct boiler *b = cr->boiler;
	size_t i, j, k, exlen, lead;
	int body_seen = 0;	/* lines of prose so far */
	int *cand = xmalloc(clean_index_room(b->index) * sizeof *cand);

	for (i = 0; i < d->n; i++) {
		struct cline *l = &d->lines[i];

		if (l->blank || l->drop)
			continue;
		/* the first rule that matches: the first exact one of the
		 * line's length, unless another comes before it */
		lead = exact_lead(l->s, l->len);
		exlen = exact_len(l->s + lead, l->len - lead);
		j = exlen <= b->max_len ?
		    first_rule(b, b->by_len[exlen], b->n, d, i, cr->md, lead, exlen) : b->n;
		clean_index_find(b->index, l->s, l->len, clean_line_hits(d, i), cand);
		j = first_rule(b, cand, j, d, i, cr->md, lead, exlen);
		if (j == b->n) {
			body_seen += l->para;
			continue;
		}
		clean_drop(l, b->rules[j].why);
		if (b->rules[j].action == ACT_CAPTION) {
			l->caption = 1;
		} else if (b->rules[j].action == ACT_TAIL && body_seen >= 2) {
			/* The article is over: the rest is the page's.  Two
			 * paragraphs first, so that a promotion over a menu
			 * cannot end an article that has not begun. */
			l->tail = 1;
			for (k = i + 1; k < d->n; k++)
				clean_drop(&d->lines[k], b->rules[j].why);
			break;
		}
	}
	free(cand);
}
