/*
 * clean-html-base: what every part of the HTML extractor uses: the rules
 * of schema/lexicons/html-hints.tsv (the words of a class or id that tell
 * article from furniture, and what a class or id value weighs by them)
 * and an element's attributes.
 *
 * The lowest part: the page (clean-html.c) loads the rules, the walk
 * (clean-html-tree.c) weighs each element with html_hint_weight(), the
 * walk, the scoring and the metadata read attributes with html_attr();
 * this file calls none of them.  Loading the rules also sets libxml2's
 * entity loader to one that refuses all, once for the process.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/parserInternals.h>
#include "buf.h"
#include "hmap.h"
#include "lex.h"
#include "msg.h"
#include "clean-html-int.h"

/* ---------------------------------------------------------------- rules */

static xmlParserInputPtr
refuse_loader(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
	(void)url;
	(void)id;
	(void)ctxt;
	return NULL;
}

struct clean_html_rules *
clean_html_rules_load(void)
{
	struct lex *l = lex_load("html-hints");
	if (l == NULL)
		return NULL;
	int cw = lex_column(l, "weight"), cm = lex_column(l, "match"), ca = lex_column(l, "action");
	if (cw < 0 || cm < 0 || ca < 0) {
		msg_error("%s: needs columns pattern, weight, match, action", l->path);
		lex_free(l);
		return NULL;
	}
	struct clean_html_rules *r = xcalloc(1, sizeof(*r));
	r->tokens = hmap_new();
	r->hints = xcalloc(l->n ? l->n : 1, sizeof(*r->hints));
	r->sub = xcalloc(l->n ? l->n : 1, sizeof(*r->sub));
	r->subhint = xcalloc(l->n ? l->n : 1, sizeof(*r->subhint));
	r->phrase = xcalloc(l->n ? l->n : 1, sizeof(*r->phrase));
	for (size_t i = 0; i < l->n; i++) {
		const struct lex_entry *e = &l->entries[i];
		const char *pat = e->fields[0], *m = e->fields[cm], *act = e->fields[ca];
		char *end;
		long w = strtol(e->fields[cw], &end, 10);
		struct hint *h = &r->hints[i];
		if (*pat == '\0' || *end != '\0' || end == e->fields[cw] ||
		    (strcmp(m, "token") && strcmp(m, "substr") && strcmp(m, "text")) ||
		    (strcmp(act, "score") && strcmp(act, "drop"))) {
			msg_error("%s:%u: bad hint (pattern, integer weight, token|substr|text, score|drop)",
				  l->path, e->line);
			lex_free(l);
			clean_html_rules_free(r);
			return NULL;
		}
		h->weight = (int)w;
		h->drop = strcmp(act, "drop") == 0;
		h->line = e->line;
		if (strcmp(m, "token") == 0) {
			hmap_put(r->tokens, pat, h);
		} else if (strcmp(m, "text") == 0) {
			r->phrase[r->nphrase++] = xstrdup(pat);
		} else {
			r->sub[r->nsub] = xstrdup(pat);
			r->subhint[r->nsub++] = *h;
		}
	}
	lex_free(l);
	/* The parser is only given memory, but a DOCTYPE or entity must never
	 * make libxml2 open a file or a socket either. */
	xmlSetExternalEntityLoader(refuse_loader);
	return r;
}

void
clean_html_rules_free(struct clean_html_rules *r)
{
	if (r == NULL)
		return;
	hmap_free(r->tokens, NULL);
	for (size_t i = 0; i < r->nsub; i++)
		free(r->sub[i]);
	free(r->sub);
	for (size_t i = 0; i < r->nphrase; i++)
		free(r->phrase[i]);
	free(r->phrase);
	free(r->subhint);
	free(r->hints);
	free(r);
}

/*
 * The weight of one class or id value: the strongest positive match plus
 * the strongest negative one (so "article-comments" is furniture and
 * "article-body" counts once), like readability's one regex test per side.
 */
int
html_hint_weight(const struct clean_html_rules *r, const char *v, int *drop)
{
	char low[256], tok[64];
	size_t n = 0;
	int pos = 0, neg = 0;

	for (; v[n] != '\0' && n < sizeof(low) - 1; n++)
		low[n] = (char)tolower((unsigned char)v[n]);
	low[n] = '\0';
	if (n == 0)
		return 0;
	for (size_t i = 0; i < r->nsub; i++) {
		if (strstr(low, r->sub[i]) != NULL) {
			const struct hint *h = &r->subhint[i];
			if (h->weight > pos)
				pos = h->weight;
			if (h->weight < neg)
				neg = h->weight;
			if (h->drop)
				*drop = 1;
		}
	}
	for (size_t i = 0; i < n;) {
		while (i < n && !isalnum((unsigned char)low[i]))
			i++;
		size_t s = i;
		while (i < n && isalnum((unsigned char)low[i]))
			i++;
		size_t tl = i - s;
		if (tl == 0 || tl >= sizeof(tok))
			continue;
		memcpy(tok, low + s, tl);
		tok[tl] = '\0';
		const struct hint *h = hmap_get(r->tokens, tok);
		if (h == NULL && tl > 2 && tok[tl - 1] == 's') {
			tok[tl - 1] = '\0';
			h = hmap_get(r->tokens, tok);
		}
		if (h != NULL) {
			if (h->weight > pos)
				pos = h->weight;
			if (h->weight < neg)
				neg = h->weight;
			if (h->drop)
				*drop = 1;
		}
	}
	return pos + neg;
}

/* ---------------------------------------------------------------- attributes */

const char *
html_attr(const xmlNode *n, const char *name)
{
	for (const xmlAttr *a = n->properties; a != NULL; a = a->next) {
		if (strcmp((const char *)a->name, name) == 0) {
			if (a->children != NULL && a->children->content != NULL)
				return (const char *)a->children->content;
			return "";
		}
	}
	return NULL;
}
