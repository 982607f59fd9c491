/*
 * extract-text.c: the lexicons, tokens and sentences of a document.
 *
 * Tokens are words (letters and digits, with inner hyphens and apostrophes:
 * Jung-wook, O'Brien), numbers (33,000), dotted acronyms (U.S., U.N.) and
 * single punctuation characters.  A possessive "'s" is a token of its own,
 * so "Jung's" still names Jung.  Sentences end at . ! ? (and the closing
 * quotes after them) before a capital, and at every line break: cleaned
 * text has one paragraph a line.  A full stop after an abbreviation
 * (abbrevs.tsv: Mr., Jan., No.) or an initial does not end a sentence;
 * one after an abbreviation that may end a sentence (U.S., a.m.) does when
 * a word of starters.tsv follows.  One pass over the text: linear time.
 */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "buf.h"
#include "hmap.h"
#include "extract.h"
#include "msg.h"
#include "utf8.h"

/*
 * The indexes of the verb lexicons: each irregular past and participle of
 * verbs.tsv to its base ("held" -> "hold"), and the first word of each
 * line of trigger-verbs.tsv, so that a word whose lemma starts no trigger
 * costs one lookup.  The maps borrow the lexicons' strings.
 */
static int
index_verbs(struct xlex *lx)
{
	const struct lex *v = lx->verbs, *t = lx->trigger_verbs;
	int past = lex_column(v, "past"), part = lex_column(v, "participle");
	size_t i;

	if (past < 0 || part < 0 || lex_column(t, "type") < 0 || lex_column(t, "form") < 0) {
		msg_error("%s, %s: missing columns", v->path, t->path);
		return -1;
	}
	lx->verb_forms = hmap_new();
	lx->verb_heads = hmap_new();
	for (i = 0; i < v->n; i++) {
		char *base = v->entries[i].fields[0];

		/* "put" and "let" are their own past: read as a past, which
		 * a base form after "was" cannot be */
		hmap_put(lx->verb_forms, v->entries[i].fields[past], base);
		hmap_put(lx->verb_forms, v->entries[i].fields[part], base);
	}
	for (i = 0; i < t->n; i++) {
		char head[XLEMMA_MAX];
		const char *w = t->entries[i].fields[0];
		size_t n = strcspn(w, " ");

		if (n >= sizeof(head))
			continue;
		memcpy(head, w, n);
		head[n] = 0;
		hmap_put(lx->verb_heads, head, &t->entries[i]);
	}
	return 0;
}

/*
 * The words of the lists of event-words.tsv, each with the lists that
 * hold it, so that extract_tokenize finds a token's lists by one lookup
 * and extract_evword answers from them: the rules ask it of most tokens
 * several times, and a scan of a list's words each time cost a fifth of
 * the stage's time.  A list is known by the index of its entry; only the
 * first line of a list counts, as lex_lookup finds it.  Words compare in
 * ASCII case, as strncasecmp did.  The map owns its keys and sets.
 */
static void
index_evwords(struct xlex *lx)
{
	const struct lex *l = lx->evwords;
	size_t i, nset = (l->n + 63) / 64;

	lx->evword_lists = hmap_new();
	for (i = 0; i < l->n; i++) {
		const char *w = lex_get(l, &l->entries[i], "words");

		if (lex_lookup(l, l->entries[i].fields[0]) != &l->entries[i])
			continue;	/* a list told twice: its first line */
		while (*w) {
			size_t n = strcspn(w, " "), k;
			char *key = xmalloc(n + 1);
			uint64_t *set;

			for (k = 0; k < n; k++)
				key[k] = w[k] >= 'A' && w[k] <= 'Z' ? w[k] - 'A' + 'a' : w[k];
			key[n] = '\0';
			if ((set = hmap_get(lx->evword_lists, key)) == NULL) {
				set = xcalloc(nset, sizeof(*set));
				hmap_put(lx->evword_lists, key, set);
			}
			set[i / 64] |= (uint64_t)1 << (i % 64);
			free(key);
			w += n;
			w += strspn(w, " ");
		}
	}
}

/* The lists of event-words.tsv that hold the word s[0..n) (any case), or
 * NULL for none. */
static const uint64_t *
evword_lists(const struct xlex *lx, const char *s, size_t n)
{
	char small[64], *key = n < sizeof(small) ? small : xmalloc(n + 1);
	const uint64_t *set = NULL;
	size_t k;

	if (!memchr(s, '\0', n)) {	/* a word has none */
		for (k = 0; k < n; k++)
			key[k] = s[k] >= 'A' && s[k] <= 'Z' ? s[k] - 'A' + 'a' : s[k];
		key[n] = '\0';
		set = hmap_get(lx->evword_lists, key);
	}
	if (key != small)
		free(key);
	return set;
}

/*
 * The entry of event-words.tsv that is list, or NULL.  The rules name a
 * list by a string literal and ask it of nearly every token: a lookup each
 * time (lowercase, hash, compare) cost a twentieth of the stage.  So the
 * answer is kept by the name's address; a hit is checked against the
 * entry's text, which a caller's buffer reused for another name would
 * fail, and an entry equal to list is what lex_lookup would find again.
 */
static const struct lex_entry *
list_entry(const struct xlex *lx, const char *list)
{
	struct xlist_memo *m = &lx->list_memo[((uintptr_t)list >> 2) % XLIST_MEMO];
	const struct lex_entry *e;

	if (m->name == list && strcmp(m->entry->fields[0], list) == 0)
		return m->entry;
	if ((e = lex_lookup(lx->evwords, list)) != NULL) {
		m->name = list;
		m->entry = e;
	}
	return e;
}

/* Is list one of set's (evword_lists)? */
static int
in_lists(const struct xlex *lx, const uint64_t *set, const char *list)
{
	const struct lex_entry *e;
	size_t i;

	if (set == NULL || (e = list_entry(lx, list)) == NULL)
		return 0;
	i = (size_t)(e - lx->evwords->entries);
	return set[i / 64] >> (i % 64) & 1;
}

int
extract_lex_load(struct xlex *lx)
{
	static const struct { const char *name; size_t off; } files[] = {
		{ "names-given", offsetof(struct xlex, given) },
		{ "names-family", offsetof(struct xlex, family) },
		{ "titles", offsetof(struct xlex, titles) },
		{ "demonyms", offsetof(struct xlex, demonyms) },
		{ "countries", offsetof(struct xlex, countries) },
		{ "places", offsetof(struct xlex, places) },
		{ "kinship", offsetof(struct xlex, kinship) },
		{ "triggers", offsetof(struct xlex, triggers) },
		{ "cues", offsetof(struct xlex, cues) },
		{ "group-nouns", offsetof(struct xlex, groupn) },
		{ "org-words", offsetof(struct xlex, orgw) },
		{ "stopnames", offsetof(struct xlex, stop) },
		{ "numbers", offsetof(struct xlex, numbers) },
		{ "abbrevs", offsetof(struct xlex, abbrevs) },
		{ "starters", offsetof(struct xlex, starters) },
		{ "event-words", offsetof(struct xlex, evwords) },
		{ "trigger-verbs", offsetof(struct xlex, trigger_verbs) },
		{ "verbs", offsetof(struct xlex, verbs) },
		{ "name-particles", offsetof(struct xlex, particles) },
		{ "alias-cues", offsetof(struct xlex, alias_cues) },
		{ "event-types", offsetof(struct xlex, evtypes) },
		{ "relevance", offsetof(struct xlex, relevance) },
	};
	size_t i;

	memset(lx, 0, sizeof(*lx));
	for (i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		struct lex *l = lex_load(files[i].name);

		if (!l)
			return -1;
		*(struct lex **)((char *)lx + files[i].off) = l;
	}
	/* the gazetteer: places.tsv's everyday names first, then the towns
	 * and the subdivisions of iso-codes, then the world's cities of
	 * tzdata (a name listed twice keeps the first file's entry) */
	if (lex_append(lx->places, "towns") != 0 || lex_append(lx->places, "subdivisions") != 0 ||
	    lex_append(lx->places, "cities") != 0)
		return -1;
	if (index_verbs(lx) != 0)
		return -1;
	index_evwords(lx);
	lx->list_memo = xcalloc(XLIST_MEMO, sizeof(*lx->list_memo));
	return extract_types_load(lx);
}

void
extract_lex_free(struct xlex *lx)
{
	struct lex **p = (struct lex **)lx;
	size_t i;

	for (i = 0; i < offsetof(struct xlex, verb_forms) / sizeof(struct lex *); i++)
		if (p[i])
			lex_free(p[i]);
	hmap_free(lx->verb_forms, NULL);
	hmap_free(lx->verb_heads, NULL);
	hmap_free(lx->evword_lists, free);
	free(lx->list_memo);
	free(lx->types);
}

int
extract_in_list(const struct xdoc *d, const char *s, size_t n, const char *list)
{
	return in_lists(d->lx, evword_lists(d->lx, s, n), list);
}

int
extract_evword(const struct xdoc *d, size_t t, const char *list)
{
	if (t >= d->ntok)
		return 0;
	if (d->tok_lists == NULL)	/* not tokenized with a lexicon */
		return extract_in_list(d, d->text + d->toks[t].s, d->toks[t].e - d->toks[t].s, list);
	return in_lists(d->lx, d->tok_lists[t], list);
}

static int32_t
cp_at(const char *s, size_t len, size_t i, size_t *n)
{
	int32_t c;
	size_t k = utf8_decode(s + i, len - i, &c);

	if (k == 0) {
		*n = 1;
		return 0xFFFD;
	}
	*n = k;
	return c;
}

static int
is_letter(int32_t c)
{
	utf8proc_category_t k;

	if (c < 128)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	k = utf8proc_category(c);
	return k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_MC;
}

static int
is_digit(int32_t c)
{
	return c >= '0' && c <= '9';
}

static int
is_space(int32_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 ||
	    c == 0x2009 || c == 0x200B || c == 0x3000 || c == '\f' || c == '\v';
}

static int
is_upper(int32_t c)
{
	if (c < 128)
		return c >= 'A' && c <= 'Z';
	return utf8proc_category(c) == UTF8PROC_CATEGORY_LU;
}

static void
add_tok(struct xdoc *d, size_t *cap, size_t s, size_t e, unsigned flags)
{
	if (d->ntok == *cap) {
		*cap = *cap ? *cap * 2 : 256;
		d->toks = xrealloc(d->toks, *cap * sizeof(*d->toks));
	}
	d->toks[d->ntok].s = s;
	d->toks[d->ntok].e = e;
	d->toks[d->ntok].flags = flags;
	d->toks[d->ntok].sent = 0;
	d->toks[d->ntok].ent = -1;
	d->ntok++;
}

void
extract_tokenize(struct xdoc *d)
{
	const char *t = d->text;
	size_t len = d->len, i = 0, cap = 0, n, chars = 0;
	int nl = 1;

	d->cp = xmalloc((len + 1) * sizeof(*d->cp));
	/* The character map first: cp[b] for every byte, so a mid-character
	 * byte maps to its character (offsets only ever land on starts). */
	while (i < len) {
		size_t k;

		cp_at(t, len, i, &n);
		for (k = 0; k < n && i + k < len; k++)
			d->cp[i + k] = chars;
		i += n;
		chars++;
	}
	d->cp[len] = chars;

	i = 0;
	while (i < len) {
		int32_t c = cp_at(t, len, i, &n);
		size_t s = i;
		unsigned fl = 0;

		if (is_space(c)) {
			if (c == '\n')
				nl++;
			i += n;
			continue;
		}
		if (nl)
			fl |= TOK_NL;
		if (nl > 1)
			fl |= TOK_PARA;
		nl = 0;
		if (is_letter(c) || is_digit(c)) {
			int upper = 0, letters = 0, seg = 0;

			fl |= TOK_WORD;
			if (is_upper(c))
				fl |= TOK_CAP;
			if (is_digit(c))
				fl |= TOK_NUM;
			while (i < len) {
				size_t m, m2;
				int32_t d2 = cp_at(t, len, i, &m);

				if (is_letter(d2)) {
					letters++;
					seg++;
					upper += is_upper(d2);
					i += m;
					continue;
				}
				if (is_digit(d2)) {
					i += m;
					continue;
				}
				if (i + m >= len)
					break;
				/* Inner joiners: Jung-wook, O'Brien, 33,000, 1.5, U.S. */
				{
					int32_t nx = cp_at(t, len, i + m, &m2);

					if ((d2 == '-' || d2 == 0x2010 || d2 == 0x2011) && (is_letter(nx) || is_digit(nx))) {
						i += m;
						continue;
					}
					if ((d2 == '\'' || d2 == 0x2019) && is_letter(nx) &&
					    !((nx == 's' || nx == 'S') && (i + m + m2 >= len ||
					    !is_letter(cp_at(t, len, i + m + m2, &m2))))) {
						i += m;
						continue;
					}
					if ((d2 == ',' || d2 == '.') && (fl & TOK_NUM) && is_digit(nx)) {
						i += m;
						continue;
					}
					/* U.S., a.m., D.P.R.K.: single letters joined by dots. */
					if (d2 == '.' && seg == 1 && !(fl & TOK_NUM) &&
					    is_letter(nx) && (i + m + m2 < len) &&
					    t[i + m + m2] == '.') {
						i += m;
						seg = 0;
						continue;
					}
				}
				break;
			}
			/* An acronym keeps its last dot: "U.S." */
			if (i < len && t[i] == '.' && i - s >= 3 && t[i - 2] == '.') {
				i++;
				fl |= TOK_UPPER;
			}
			if (upper >= 2 && upper == letters)
				fl |= TOK_UPPER;
			if ((fl & TOK_CAP) && i - s == n && i < len && t[i] == '.')
				fl |= TOK_INITIAL;
			add_tok(d, &cap, s, i, fl);
			continue;
		}
		/* "'s" after a word: its own token. */
		if ((c == '\'' || c == 0x2019) && d->ntok && d->toks[d->ntok - 1].e == s &&
		    i + n < len && (t[i + n] == 's' || t[i + n] == 'S')) {
			add_tok(d, &cap, s, i + n + 1, fl);
			i += n + 1;
			continue;
		}
		add_tok(d, &cap, s, i + n, fl);
		i += n;
	}
	/* the text lowercased and each token hashed, once */
	d->lower = xmalloc(len + 1);
	for (i = 0; i < len; i++)
		d->lower[i] = t[i] >= 'A' && t[i] <= 'Z' ? t[i] - 'A' + 'a' : t[i];
	d->lower[len] = '\0';
	d->tok_hash = xmalloc((d->ntok + 1) * sizeof(*d->tok_hash));
	for (i = 0; i < d->ntok; i++)
		d->tok_hash[i] = hmap_hash(HMAP_HASH_INIT, d->lower + d->toks[i].s, d->toks[i].e - d->toks[i].s);
	/* each token's lists of event-words.tsv, looked up once */
	if (d->lx != NULL && d->lx->evword_lists != NULL) {
		d->tok_lists = xmalloc((d->ntok + 1) * sizeof(*d->tok_lists));
		for (i = 0; i < d->ntok; i++)
			d->tok_lists[i] = hmap_get_hashed(d->lx->evword_lists, d->lower + d->toks[i].s,
			    d->toks[i].e - d->toks[i].s, d->tok_hash[i]);
	}
}

static int
is_closer(const struct xdoc *d, size_t t)
{
	static const char *cl[] = { "\"", "\xe2\x80\x9d", "\xe2\x80\x99", "'", ")", "]" };
	size_t k;

	for (k = 0; k < sizeof(cl) / sizeof(cl[0]); k++)
		if (extract_tok_is(d, t, cl[k]))
			return 1;
	return 0;
}

static int
opens_sentence(const struct xdoc *d, size_t t)
{
	const struct xtok *k = &d->toks[t];
	unsigned char c = d->text[k->s];

	if (k->flags & (TOK_CAP | TOK_NUM | TOK_NL))
		return 1;
	return c == '"' || c == '(' || c == '\'' || (c == 0xE2 && k->e - k->s == 3);
}

/* Does the "." at token t end a sentence, given the word before it? */
static int
stop_ends(const struct xdoc *d, size_t t)
{
	const struct xtok *w;
	const struct lex_entry *e;
	size_t wl;

	if (t == 0 || d->toks[t - 1].e != d->toks[t].s || !(d->toks[t - 1].flags & TOK_WORD))
		return 1;
	w = &d->toks[t - 1];
	wl = w->e - w->s;
	if (w->flags & TOK_INITIAL)
		return 0;
	e = lex_lookupn(d->lx->abbrevs, d->text + w->s, wl);
	if (e && strcmp(lex_get(d->lx->abbrevs, e, "final"), "yes") != 0) {
		/* "No." only before a number; "Jan." before a day or year. */
		return 0;
	}
	/* "in the U.S. The ...": only a capitalised starter ("U.S. officials"
	 * goes on) */
	if (e)
		return t + 1 < d->ntok && (d->toks[t + 1].flags & TOK_CAP) &&
		    extract_tok_lex(d, d->lx->starters, t + 1) != NULL;
	return 1;
}

/*
 * Does the line break before token t end a sentence?  A blank line always
 * does; a single line break does not inside wrapped prose: when the next
 * line starts in lowercase, or the line before is long and did not end
 * with a stop, or a line of prose (30 bytes or more) ends in a word no
 * sentence ends in: a preposition, an article, a conjunction or a comma
 * ("agents kidnapped her in" / "1977.").
 */
static int
line_breaks(const struct xdoc *d, size_t t)
{
	const struct xtok *k = &d->toks[t], *p = &d->toks[t - 1];
	size_t ls = p->s;
	unsigned char c = d->text[k->s];

	if (k->flags & TOK_PARA)
		return 1;
	if (c >= 'a' && c <= 'z')
		return 0;
	while (ls > 0 && d->text[ls - 1] != '\n')
		ls--;
	if (p->e - ls >= 60 && !strchr(".!?:\"", d->text[p->e - 1]) &&
	    !(p->e >= 3 && !memcmp(d->text + p->e - 3, "\xe2\x80\x9d", 3)))
		return 0;
	if (p->e - ls >= 30 && (extract_tok_is(d, t - 1, ",") || extract_evword(d, t - 1, "prep") ||
	    extract_tok_is(d, t - 1, "in") || extract_tok_is(d, t - 1, "of") || extract_tok_is(d, t - 1, "at") ||
	    extract_evword(d, t - 1, "determiner") || extract_tok_is(d, t - 1, "and") ||
	    extract_tok_is(d, t - 1, "or") || extract_tok_is(d, t - 1, "but")))
		return 0;
	return 1;
}

void
extract_split_sentences(struct xdoc *d)
{
	size_t t, start = 0, cap = 0;

	for (t = 0; t <= d->ntok; t++) {
		int end = 0;
		size_t last = t;

		if (t == d->ntok) {
			end = start < t;
			last = t;
		} else if (t > start && (d->toks[t].flags & TOK_NL) && line_breaks(d, t)) {
			end = 1;
			last = t;
		} else if (t - start >= XSENT_MAX_TOKENS) {
			end = 1;
			last = t;
		} else if (extract_tok_is(d, t, ".") || extract_tok_is(d, t, "!") ||
		    extract_tok_is(d, t, "?") || extract_tok_is(d, t, "\xe2\x80\xa6") ||
		    ((d->toks[t].flags & TOK_UPPER) && d->text[d->toks[t].e - 1] == '.')) {
			size_t u = t + 1;
			int acro = !extract_tok_is(d, t, ".") && (d->toks[t].flags & TOK_WORD);

			/* closing quotes and brackets stay with the sentence; a
			 * straight quote only when glued to it (`said. "Help` opens
			 * the next one) */
			while (u < d->ntok && is_closer(d, u) && !(d->toks[u].flags & TOK_NL) &&
			    (d->toks[u].s == d->toks[u - 1].e || !(extract_tok_is(d, u, "\"") ||
			    extract_tok_is(d, u, "'"))))
				u++;
			if (u >= d->ntok || (d->toks[u].flags & TOK_NL))
				end = 1;
			else if (acro)
				end = (d->toks[u].flags & TOK_CAP) &&
				    extract_tok_lex(d, d->lx->starters, u) != NULL;
			else if (opens_sentence(d, u) &&
			    (!extract_tok_is(d, t, ".") || stop_ends(d, t)))
				end = 1;
			if (end) {
				last = u;
				t = u - 1;
			}
		}
		if (!end)
			continue;
		if (last > start) {
			if (d->nsent == cap) {
				cap = cap ? cap * 2 : 64;
				d->sents = xrealloc(d->sents, cap * sizeof(*d->sents));
			}
			memset(&d->sents[d->nsent], 0, sizeof(d->sents[0]));
			d->sents[d->nsent].t0 = start;
			d->sents[d->nsent].t1 = last;
			d->sents[d->nsent].s = d->toks[start].s;
			d->sents[d->nsent].e = d->toks[last - 1].e;
			{
				size_t k;

				for (k = start; k < last; k++)
					d->toks[k].sent = d->nsent;
			}
			d->nsent++;
		}
		start = last;
	}
	/* what extract_trigger found at each token, once known */
	d->trig_state = xcalloc(d->ntok + 1, 1);
}

/*
 * Lookups ignore case ("Arrested" finds "arrested"), but an entry written
 * in capitals (UN, OK, ROK) is an acronym: it matches only as written, so
 * that "Kim Jong Un" is no United Nations and "Han Ok Sun" no OK.
 */
static int
case_ok(const char *entry, const char *text)
{
	size_t i, letters = 0;

	for (i = 0; entry[i]; i++) {
		if (entry[i] >= 'a' && entry[i] <= 'z')
			return 1;
		letters += entry[i] >= 'A' && entry[i] <= 'Z';
	}
	if (letters < 2)
		return 1;
	for (i = 0; entry[i]; i++)
		if (entry[i] >= 'A' && entry[i] <= 'Z' && text[i] != entry[i])
			return 0;
	return 1;
}

const struct lex_entry *
extract_tok_lex(const struct xdoc *d, const struct lex *l, size_t t)
{
	const struct lex_entry *e;

	if (t >= d->ntok)
		return NULL;
	e = lex_lookup_hashed(l, d->lower + d->toks[t].s, d->toks[t].e - d->toks[t].s, d->tok_hash[t], NULL);
	return e && case_ok(e->fields[0], d->text + d->toks[t].s) ? e : NULL;
}

/* extract_match tries no text of XKEY_MAX bytes or more (no entry is a
 * third as long): the bound of the key buffer it once had */
#define XKEY_MAX 160

const struct lex_entry *
extract_match(const struct xdoc *d, const struct lex *l, size_t t, size_t max, size_t *n)
{
	size_t k, best_n = 0;
	const struct lex_entry *best = NULL;
	const char *key;
	uint64_t h;
	int goes_on;

	*n = 0;
	if (t >= d->ntok)
		return NULL;
	/* the key: the lowered text from token t to the last token taken,
	 * its hash grown by each token and the space before it, so that a
	 * byte is hashed once however many words the match tries */
	key = d->lower + d->toks[t].s;
	h = d->tok_hash[t];
	for (k = 0; k < max && t + k < d->ntok; k++) {
		const struct xtok *w = &d->toks[t + k];
		const struct lex_entry *e;

		if (k > 0) {
			const struct xtok *p = &d->toks[t + k - 1];

			if (w->sent != p->sent || w->s - p->e > 1)
				break;
			if (w->s - p->e == 1 && d->text[p->e] != ' ')
				break;
			h = hmap_hash(h, d->lower + p->e, w->e - p->e);
		}
		if (w->e - d->toks[t].s >= XKEY_MAX)
			break;
		e = lex_lookup_hashed(l, key, w->e - d->toks[t].s, h, &goes_on);
		if (e && case_ok(e->fields[0], d->text + d->toks[t].s)) {
			best = e;
			best_n = k + 1;
		}
		/* no entry goes on from here: no longer match */
		if (!goes_on)
			break;
	}
	*n = best_n;
	return best;
}

size_t
extract_add_ent(struct xdoc *d, enum xent_kind k, size_t t0, size_t t1, int id)
{
	struct xent *e;

	if (d->nent == d->cent) {
		d->cent = d->cent ? d->cent * 2 : 64;
		d->ents = xrealloc(d->ents, d->cent * sizeof(*d->ents));
	}
	e = &d->ents[d->nent];
	memset(e, 0, sizeof(*e));
	e->kind = k;
	e->t0 = t0;
	e->t1 = t1;
	e->id = id;
	e->ref = NOREF;
	if (k == ENT_PERSON)
		e->ref = id;
	else if (k == ENT_GROUP)
		e->ref = -(id + 1);
	return d->nent++;
}

void
extract_doc_free(struct xdoc *d)
{
	size_t i;
	int k;

	for (i = 0; i < d->nperson; i++) {
		free(d->persons[i].name);
		free(d->persons[i].title);
		for (k = 0; k < d->persons[i].naliases; k++)
			free(d->persons[i].aliases[k]);
		for (k = 0; k < d->persons[i].nsaid; k++)
			free(d->persons[i].said[k].alias);
		free(d->persons[i].said);
	}
	for (i = 0; i < d->nplace; i++)
		free(d->places[i].name);
	for (i = 0; i < d->norg; i++) {
		free(d->orgs[i].name);
		for (k = 0; k < d->orgs[i].naliases; k++)
			free(d->orgs[i].aliases[k]);
	}
	for (i = 0; i < d->nevent; i++) {
		free(d->events[i].date_text);
		free(d->events[i].place);
	}
	for (i = 0; i < d->nrel; i++)
		free(d->rels[i].pred);
	for (i = 0; i < d->nevby; i++)
		free(d->evby[i].ev);
	free(d->evby);
	free(d->vessel_acts);
	free(d->told);
	free(d->persons);
	free(d->places);
	free(d->orgs);
	free(d->groups);
	free(d->events);
	free(d->rels);
	free(d->ents);
	free(d->sents);
	free(d->sdates);
	free(d->trig_state);
	free(d->tok_lists);
	free(d->tok_hash);
	free(d->lower);
	free(d->toks);
	free(d->cp);
	memset(d, 0, sizeof(*d));
}
