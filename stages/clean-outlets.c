/*
 * clean-outlets.c: the outlets of schema/lexicons/publishers.tsv, found
 * in a text.
 *
 * Every name and alias, as written and in capitals ("THE HARBOR DAILY"
 * in a masthead), is found where it stands as a word of its own, the
 * longest at the leftmost place.  Tried as one PCRE2 alternation of a
 * thousand names at every byte of every line of prose, this was the
 * costliest search of the stage: the names are kept by their first byte
 * instead, a byte pair that begins no name is passed over, and only the
 * names of the pair's first byte are compared.  clean-publisher.c weighs
 * what is found here.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "buf.h"
#include "hmap.h"
#include "lex.h"
#include "msg.h"
#include "utf8.h"
#include "clean.h"

/* A name or alias as matched (as written, or in capitals). */
struct pub_form {
	char *s;
	size_t len;
	size_t entry;		/* index in lex */
};

struct pubs {
	struct lex *lex;
	struct hmap *alias;	/* alias as matched -> entry index + 1 */
	struct pub_form *forms;	/* every name and alias, by first two bytes, longest first */
	size_t nforms;
	size_t by_byte[257];	/* forms[by_byte[c]..by_byte[c+1]) begin with byte c */
	uint8_t pair[65536 / 8];	/* the first two bytes of a name or alias */
	uint8_t alnum[256];	/* isalnum() of an ASCII byte; 0 for the others */
	uint8_t first[256];	/* 1: some name or alias begins with the byte */
	pcre2_code *outlet;	/* the shape of an outlet's name */
	struct lex *orgwords;	/* org-words.tsv: "Office", "Association" (not places) */
};

/*
 * Forms by their first two bytes (a form of one byte: its first and
 * '\0'), then longest first (the longest name wins at a place).
 */
static int
by_byte_length(const void *a, const void *b)
{
	const struct pub_form *x = a, *y = b;
	unsigned char cx = (unsigned char)x->s[0], cy = (unsigned char)y->s[0];

	if (cx != cy)
		return cx < cy ? -1 : 1;
	cx = (unsigned char)x->s[1];
	cy = (unsigned char)y->s[1];
	if (cx != cy)
		return cx < cy ? -1 : 1;
	if (x->len != y->len)
		return x->len > y->len ? -1 : 1;
	return strcmp(x->s, y->s);
}

/* Mark the first two bytes of the name f (its first and any byte, when one long). */
static void
pair_add(struct pubs *p, const char *f)
{
	unsigned a = (unsigned char)f[0], b;

	if (f[1] != '\0') {
		b = (unsigned char)f[1];
		p->pair[(a << 8 | b) >> 3] |= (uint8_t)(1u << (b & 7));
		return;
	}
	for (b = 0; b < 256; b++)
		p->pair[(a << 8 | b) >> 3] |= (uint8_t)(1u << (b & 7));
}

/* The forms of every name and alias, indexed for pub_find. */
static void
names_index(struct pubs *p)
{
	char *al, *tok, *save;
	size_t i, k, cap = 0;
	unsigned c;

	p->alias = hmap_new();
	for (i = 0; i < p->lex->n; i++) {
		const struct lex_entry *e = &p->lex->entries[i];

		al = xstrdup(lex_get(p->lex, e, "aliases"));
		for (tok = strtok_r(al, "|", &save), k = 0; k == 0 || tok; k++) {
			const char *form = k == 0 ? lex_get(p->lex, e, "name") : tok;
			char *up;

			if (k > 0)
				tok = strtok_r(NULL, "|", &save);
			if (*form == '\0' || hmap_get(p->alias, form))
				continue;
			/* The form as written, and in capitals for mastheads. */
			up = xstrdup(form);
			for (char *u = up; *u; u++)
				*u = (char)toupper((unsigned char)*u);
			for (int v = 0; v < 2; v++) {
				const char *f = v ? up : form;

				if (hmap_get(p->alias, f))
					continue;
				hmap_put(p->alias, f, (void *)(uintptr_t)(i + 1));
				pair_add(p, f);
				if (p->nforms == cap)
					p->forms = xrealloc(p->forms, (cap = cap ? 2 * cap : 256) *
					    sizeof *p->forms);
				p->forms[p->nforms].s = xstrdup(f);
				p->forms[p->nforms].len = strlen(f);
				p->forms[p->nforms++].entry = i;
			}
			free(up);
		}
		free(al);
	}
	if (p->nforms)
		qsort(p->forms, p->nforms, sizeof *p->forms, by_byte_length);
	for (c = 0, k = 0; c < 256; c++) {
		p->by_byte[c] = k;
		while (k < p->nforms && (unsigned char)p->forms[k].s[0] == c)
			k++;
	}
	p->by_byte[256] = p->nforms;
	for (c = 0; c < 256; c++)
		p->first[c] = p->by_byte[c + 1] > p->by_byte[c];
}

struct pubs *
pubs_load(const char *name)
{
	struct pubs *p = xcalloc(1, sizeof *p);

	if ((p->lex = lex_load(name)) == NULL || (p->orgwords = lex_load("org-words")) == NULL) {
		pubs_free(p);
		return NULL;
	}
	names_index(p);
	for (int c = 0; c < 0x80; c++)
		p->alnum[c] = isalnum(c) != 0;
	p->outlet = clean_regex("^(?:The\\s+)?(?:[\\p{Lu}\\d][\\p{L}\\d.&'’-]*\\s+){1,3}"
	    "(?:News|Newspaper|Times|Post|Herald|Daily|Journal|Tribune|Gazette|Review|Chronicle|"
	    "Telegraph|Observer|Monitor|Standard|Courier|Dispatch|Examiner|Bulletin|Globe|Inquirer|"
	    "News Service|News Agency|Press Agency|TV|Television|Radio|Broadcasting|Newswire|Wire)"
	    "(?:\\s+(?:Newspaper|Online|Edition))?$", PCRE2_CASELESS, "clean-outlets.c");
	if (p->outlet == NULL) {
		pubs_free(p);
		return NULL;
	}
	return p;
}

void
pubs_free(struct pubs *p)
{
	size_t i;

	if (p == NULL)
		return;
	if (p->alias)
		hmap_free(p->alias, NULL);
	for (i = 0; i < p->nforms; i++)
		free(p->forms[i].s);
	free(p->forms);
	pcre2_code_free(p->outlet);
	lex_free(p->lex);
	lex_free(p->orgwords);
	free(p);
}

const struct lex *
pub_orgwords(const struct clean_rules *r)
{
	return r->pubs->orgwords;
}

/* Is c a letter or a number (\p{L} or \p{N}), as the names' boundaries want? */
static int
letter_or_number(int32_t c)
{
	switch (utf8proc_category(c)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND:
	case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
		return 1;
	default:
		return 0;
	}
}

/* Is the character that ends just before s[k] (0 < k) a letter or a digit? */
static int
word_char_before(const char *s, size_t k)
{
	size_t j = k - 1;
	int32_t c;

	if ((unsigned char)s[j] < 0x80)
		return isalnum((unsigned char)s[j]);
	while (j > 0 && k - j < 4 && ((unsigned char)s[j] & 0xC0) == 0x80)
		j--;
	if (utf8_decode(s + j, k - j, &c) == 0)
		return 0;
	return letter_or_number(c);
}

/* Is the character at s[0..len) (0 < len) a letter or a digit? */
static int
word_char_at(const char *s, size_t len)
{
	int32_t c;

	if ((unsigned char)s[0] < 0x80)
		return isalnum((unsigned char)s[0]);
	return utf8_decode(s, len, &c) > 0 && letter_or_number(c);
}

/*
 * The first of the forms that begin with the bytes a and b (or where it
 * would be): a binary search among those of the first byte a (a hundred
 * begin with "T"; a line's "The" is one of these, a line's "Th" of most).
 */
static size_t
pair_first(const struct pubs *p, unsigned a, unsigned b)
{
	size_t lo = p->by_byte[a], hi = p->by_byte[a + 1], mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if ((unsigned char)p->forms[mid].s[1] < b)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

const struct lex_entry *
pub_find(const struct clean_rules *r, const char *s, size_t len, size_t *so, size_t *eo)
{
	const struct pubs *p = r->pubs;
	size_t k, f, pass, c;
	unsigned inword = 0;	/* alnum[] of the byte before k */

	/* the leftmost name, the longest there, as a word of its own */
	for (k = 0; k < len; k++) {
		unsigned a = (unsigned char)s[k], b, start = p->first[a] & (inword ^ 1);

		/* a byte no name begins with (most of them: lower case), or
		 * inside a word (ASCII, from a table): every byte of every
		 * line of prose comes here, so these are tested first, in
		 * one branch (one a test guessed wrong at many a capital) */
		inword = p->alnum[a];
		if (!start)
			continue;
		b = k + 1 < len ? (unsigned char)s[k + 1] : 0;
		if (!(p->pair[(a << 8 | b) >> 3] & (1u << (b & 7))) ||
		    (k > 0 && word_char_before(s, k)))
			continue;
		/* the forms of the pair, longest first, then those of the
		 * one byte a (shorter than any of the pair's) */
		for (pass = 0; pass < 2; pass++) {
			if (pass == 1 && b == 0)
				break;
			c = pass == 0 ? b : 0;
			for (f = pair_first(p, a, (unsigned)c); f < p->by_byte[a + 1] &&
			    (unsigned char)p->forms[f].s[1] == c; f++) {
				const struct pub_form *m = &p->forms[f];

				/* the last byte first: the pair's names share
				 * their first words ("The ...") */
				if (m->len > len - k || s[k + m->len - 1] != m->s[m->len - 1] ||
				    memcmp(s + k, m->s, m->len) != 0 ||
				    (k + m->len < len &&
				    word_char_at(s + k + m->len, len - k - m->len)))
					continue;
				*so = k;
				*eo = k + m->len;
				return &p->lex->entries[m->entry];
			}
		}
	}
	return NULL;
}

int
pub_is_state(const struct clean_rules *r, const struct lex_entry *e)
{
	return strcmp(lex_get(r->pubs->lex, e, "kind"), "state") == 0;
}

const struct lex_entry *
pub_entry_of_alias(const struct clean_rules *r, const char *alias)
{
	uintptr_t k = (uintptr_t)hmap_get(r->pubs->alias, alias);

	return k ? &r->pubs->lex->entries[k - 1] : NULL;
}

const char *
pub_usual_name(const struct clean_rules *r, const struct lex_entry *e)
{
	return lex_get(r->pubs->lex, e, "name");
}

json_t *
pub_value(const struct clean_rules *r, const struct lex_entry *e, const char *s, size_t len)
{
	const char *name = lex_get(r->pubs->lex, e, "name");
	size_t i;
	int lower = 0;

	for (i = 0; i < len; i++)
		lower |= islower((unsigned char)s[i]);
	if (!lower && memchr(s, ' ', len)) {	/* "THE CAMBODIA DAILY", not "AFP" */
		for (i = 0; name[i]; i++)
			if (islower((unsigned char)name[i]))
				return json_string(name);
	}
	return json_stringn(s, len);
}

int
pub_outlet_shape(const struct clean_rules *r, const char *s, size_t len)
{
	return clean_match(r->pubs->outlet, r->md, s, len, NULL, NULL);
}
