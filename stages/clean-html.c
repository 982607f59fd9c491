/*
 * clean-html: the article body of an HTML page, and its metadata.
 *
 * How (readability's and boilerpipe's ideas, in two walks over libxml2's
 * tree, neither recursive, so 100,000 nested elements cost no stack):
 *
 * 1. Parse with libxml2's HTML parser: recover from anything, never fetch
 *    anything (HTML_PARSE_NONET, and an entity loader that refuses all).
 * 2. Walk the tree once.  Furniture elements (script, style, nav, form,
 *    footer, aside, svg, hidden blocks...) are cut off without descending.
 *    Every other element gets a struct ninfo: its text length (code points,
 *    a run of white space counting one), text inside links, commas, counts
 *    of paragraphs, images, list items, and a weight from its class and id
 *    (schema/lexicons/html-hints.tsv).  Each paragraph (p, pre, and any
 *    div-like block without block children; loose text of a div counts as
 *    one more) of 25 characters or more gives its ancestors a score:
 *    1 + commas + one per 100 characters (at most 3), in full to its parent,
 *    a half to the grandparent, then a third of the level above.  The
 *    metadata (title, meta tags, JSON-LD, <time>, lang) is gathered on the
 *    way.
 * 3. The best candidate: (score + tag bonus + weight) * (1 - link density).
 *    Move up to a common ancestor when the runners-up share it, or to a
 *    parent that scores as well; then take the siblings that score well or
 *    are plain paragraphs of prose.
 * 4. Write out the chosen blocks, dropping inside them what is furniture
 *    after all: blocks with a "drop" hint (share bars, related lists,
 *    captions, bylines, comments), the headline (h1), figure captions,
 *    and blocks that look like link lists or debris (readability's
 *    "clean conditionally": few commas and many links, images, or little
 *    text).  Each paragraph, heading, list item, quote or table cell is one
 *    paragraph of the output, paragraphs separated by a blank line.
 *
 * Nothing here names one site's markup: the only site knowledge is the word
 * list in the lexicon.
 */
#include <ctype.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include "buf.h"
#include "hmap.h"
#include "lex.h"
#include "msg.h"
#include "clean-html.h"

struct hint {
	int weight;
	int drop;		/* action "drop": removed inside the article */
	unsigned line;		/* line in the lexicon, for traces */
};

struct clean_html_rules {
	struct hmap *tokens;	/* word -> struct hint, match "token" */
	char **sub;		/* patterns of match "substr" */
	struct hint *subhint;
	size_t nsub;
	struct hint *hints;	/* all hints, owned */
	char **phrase;		/* match "text": a block starting so is dropped */
	size_t nphrase;
};

/* What the tag of an element means here (a bit set). */
enum {
	T_DROP = 1 << 0,	/* furniture: cut off with its subtree */
	T_BLOCK = 1 << 1,	/* starts a paragraph of the output */
	T_PARA = 1 << 2,	/* scored as a paragraph (p, pre) */
	T_DIVLIKE = 1 << 3,	/* a container that may act as a paragraph */
	T_HEAD = 1 << 4,	/* h1-h6 */
	T_LIST = 1 << 5,	/* ul, ol, dl */
	T_LI = 1 << 6,
	T_LINK = 1 << 7,	/* a */
	T_IMG = 1 << 8,
	T_EMBED = 1 << 9,	/* iframe, embed, object, video, audio */
	T_BR = 1 << 10,
	T_PRE = 1 << 11,
	T_COND = 1 << 12,	/* cleaned conditionally inside the article */
	T_H1 = 1 << 13,
	T_CAPTION = 1 << 14,	/* figcaption, caption */
	T_INPUT = 1 << 15,
	T_QUOTE = 1 << 16,
	T_HEADER = 1 << 17	/* header: headline, byline, dates */
};

struct tag {
	const char *name;
	int flags;
	int bonus;		/* readability's initial score of a candidate */
};

/* Sorted by name for bsearch. */
static const struct tag tags[] = {
	{ "a", T_LINK, 0 },
	{ "address", T_BLOCK, -3 },
	{ "applet", T_DROP, 0 },
	{ "area", T_DROP, 0 },
	{ "article", T_BLOCK | T_DIVLIKE | T_COND, 5 },
	{ "aside", T_DROP, 0 },
	{ "audio", T_DROP | T_EMBED, 0 },
	{ "blockquote", T_BLOCK | T_DIVLIKE | T_QUOTE, 3 },
	{ "body", T_BLOCK | T_DIVLIKE, 0 },
	{ "br", T_BR, 0 },
	{ "button", T_DROP | T_INPUT, 0 },
	{ "canvas", T_DROP, 0 },
	{ "caption", T_BLOCK | T_CAPTION, 0 },
	{ "center", T_BLOCK | T_DIVLIKE | T_COND, 0 },
	{ "datalist", T_DROP, 0 },
	{ "dd", T_BLOCK | T_DIVLIKE, -3 },
	{ "details", T_BLOCK | T_DIVLIKE, 0 },
	{ "dialog", T_DROP, 0 },
	{ "div", T_BLOCK | T_DIVLIKE | T_COND, 5 },
	{ "dl", T_BLOCK | T_LIST | T_COND, -3 },
	{ "dt", T_BLOCK, -3 },
	{ "embed", T_DROP | T_EMBED, 0 },
	{ "fieldset", T_BLOCK | T_COND, -3 },
	{ "figcaption", T_BLOCK | T_CAPTION, 0 },
	{ "figure", T_BLOCK | T_DIVLIKE, 0 },
	{ "footer", T_DROP, 0 },
	{ "form", T_BLOCK | T_DIVLIKE | T_COND, -3 },
	{ "frame", T_DROP, 0 },
	{ "frameset", T_DROP, 0 },
	{ "h1", T_BLOCK | T_HEAD | T_H1, -5 },
	{ "h2", T_BLOCK | T_HEAD, -5 },
	{ "h3", T_BLOCK | T_HEAD, -5 },
	{ "h4", T_BLOCK | T_HEAD, -5 },
	{ "h5", T_BLOCK | T_HEAD, -5 },
	{ "h6", T_BLOCK | T_HEAD, -5 },
	{ "head", T_DROP, 0 },
	{ "header", T_BLOCK | T_DIVLIKE | T_COND | T_HEADER, 0 },
	{ "hr", T_BLOCK, 0 },
	{ "iframe", T_DROP | T_EMBED, 0 },
	{ "img", T_IMG, 0 },
	{ "input", T_DROP | T_INPUT, 0 },
	{ "label", T_DROP, 0 },
	{ "li", T_BLOCK | T_LI, -3 },
	{ "link", T_DROP, 0 },
	{ "main", T_BLOCK | T_DIVLIKE, 5 },
	{ "map", T_DROP, 0 },
	{ "math", T_DROP, 0 },
	{ "menu", T_DROP, 0 },
	{ "meta", T_DROP, 0 },
	{ "nav", T_DROP, 0 },
	{ "noembed", T_DROP, 0 },
	{ "noframes", T_DROP, 0 },
	{ "noscript", T_DROP, 0 },
	{ "object", T_DROP | T_EMBED, 0 },
	{ "ol", T_BLOCK | T_LIST | T_COND, -3 },
	{ "option", T_DROP, 0 },
	{ "p", T_BLOCK | T_PARA, 0 },
	{ "param", T_DROP, 0 },
	{ "picture", T_IMG, 0 },
	{ "pre", T_BLOCK | T_PARA | T_PRE, 3 },
	{ "script", T_DROP, 0 },
	{ "section", T_BLOCK | T_DIVLIKE | T_COND, 0 },
	{ "select", T_DROP | T_INPUT, 0 },
	{ "source", T_DROP, 0 },
	{ "style", T_DROP, 0 },
	{ "summary", T_BLOCK, 0 },
	{ "svg", T_DROP, 0 },
	{ "table", T_BLOCK | T_COND, 0 },
	{ "tbody", T_BLOCK, 0 },
	{ "td", T_BLOCK | T_DIVLIKE, 3 },
	{ "template", T_DROP, 0 },
	{ "textarea", T_DROP | T_INPUT, 0 },
	{ "tfoot", T_BLOCK, 0 },
	{ "th", T_BLOCK, -5 },
	{ "thead", T_BLOCK, 0 },
	{ "title", T_DROP, 0 },
	{ "tr", T_BLOCK, 0 },
	{ "track", T_DROP, 0 },
	{ "ul", T_BLOCK | T_LIST | T_COND, -3 },
	{ "video", T_DROP | T_EMBED, 0 },
};

static int
tag_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const struct tag *)elem)->name);
}

static const struct tag *
tag_find(const xmlChar *name)
{
	return bsearch(name, tags, sizeof(tags) / sizeof(tags[0]), sizeof(tags[0]), tag_cmp);
}

/* Flags of an element's info. */
enum {
	N_DROP = 1 << 0,	/* cut off in the first walk */
	N_HINTDROP = 1 << 1,	/* class/id matched a "drop" hint */
	N_HASBLOCK = 1 << 2,	/* has a block child */
	N_SCORED = 1 << 3,	/* received a paragraph score: a candidate */
	N_ROOT = 1 << 4,	/* one of the blocks chosen as the article */
	N_FIGURE = 1 << 5	/* inside a figure */
};

struct ninfo {
	double score;		/* from the paragraphs below */
	unsigned text;		/* characters of text in the subtree */
	unsigned link;		/* of which inside links */
	unsigned own;		/* not inside a block child */
	unsigned commas, own_commas;
	unsigned np, nimg, nli, nembed, ninput, nhead;
	unsigned nquote;	/* characters inside block quotes */
	unsigned ptext;		/* characters in paragraphs of prose */
	int weight;		/* class/id hints */
	int tflags;		/* the tag's T_ flags */
	int bonus;
	unsigned flags;		/* N_ flags */
};

/* Per-page scratch: infos in chunks so their addresses stay put. */
#define CHUNK 1024
struct arena {
	struct ninfo **chunks;
	size_t nchunks, used;	/* used: in the last chunk */
};

static struct ninfo *
arena_new(struct arena *a)
{
	if (a->nchunks == 0 || a->used == CHUNK) {
		a->chunks = xrealloc(a->chunks, (a->nchunks + 1) * sizeof(*a->chunks));
		a->chunks[a->nchunks++] = xmalloc(CHUNK * sizeof(struct ninfo));
		a->used = 0;
	}
	struct ninfo *ni = &a->chunks[a->nchunks - 1][a->used++];
	memset(ni, 0, sizeof(*ni));
	return ni;
}

static void
arena_free(struct arena *a)
{
	for (size_t i = 0; i < a->nchunks; i++)
		free(a->chunks[i]);
	free(a->chunks);
}

#define INFO(n) ((struct ninfo *)(n)->_private)

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

/* ---------------------------------------------------------------- helpers */

/* The value of attribute name of n, borrowed, or NULL. */
static const char *
attr(const xmlNode *n, const char *name)
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

/*
 * The weight of one class or id value: the strongest positive match plus
 * the strongest negative one (so "article-comments" is furniture and
 * "article-body" counts once), like readability's one regex test per side.
 */
static int
hint_weight(const struct clean_html_rules *r, const char *v, int *drop)
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

/* Is the element hidden by its attributes? */
static int
is_hidden(const xmlNode *n)
{
	const char *v;

	if (attr(n, "hidden") != NULL)
		return 1;
	if ((v = attr(n, "aria-hidden")) != NULL && strcmp(v, "true") == 0)
		return 1;
	if ((v = attr(n, "style")) != NULL) {
		char s[128];
		size_t k = 0;
		for (; *v != '\0' && k < sizeof(s) - 1; v++)
			if (!isspace((unsigned char)*v))
				s[k++] = (char)tolower((unsigned char)*v);
		s[k] = '\0';
		if (strstr(s, "display:none") || strstr(s, "visibility:hidden"))
			return 1;
	}
	return 0;
}

/* Characters (a run of white space counts one) and commas of text s. */
static void
text_measure(const unsigned char *s, unsigned *chars, unsigned *commas)
{
	unsigned n = 0, c = 0;
	int space = 0;

	for (; *s != '\0'; s++) {
		unsigned char b = *s;
		if (b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f') {
			if (!space)
				n++;
			space = 1;
			continue;
		}
		space = 0;
		if ((b & 0xC0) != 0x80)
			n++;
		if (b == ',')
			c++;
		else if (b == 0xEF && s[1] == 0xBC && s[2] == 0x8C)	/* U+FF0C */
			c++;
		else if (b == 0xE3 && s[1] == 0x80 && s[2] == 0x81)	/* U+3001 */
			c++;
		else if (b == 0xD8 && s[1] == 0x8C)			/* U+060C */
			c++;
	}
	*chars += n;
	*commas += c;
}

/* Give the ancestors of a paragraph whose parent is p its score. */
static void
score_paragraph(xmlNode *p, unsigned chars, unsigned commas)
{
	double s = 1.0 + commas + (chars / 100 > 3 ? 3 : chars / 100);

	for (int level = 0; p != NULL && p->type == XML_ELEMENT_NODE && level < 5;
	     level++, p = p->parent) {
		struct ninfo *ni = INFO(p);
		if (ni == NULL)
			break;
		ni->score += s / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
		ni->flags |= N_SCORED;
	}
}

/* ---------------------------------------------------------------- metadata */

enum { M_TITLE, M_PUBLISHER, M_BYLINE, M_PUBLISHED, M_LANGUAGE, M_N };
static const char *const meta_names[M_N] = {
	"title", "publisher", "byline", "published", "language"
};

struct meta_found {
	char *val[M_N];		/* owned */
	int rank[M_N];		/* the better source wins; ties keep the first */
	const char *where[M_N];	/* static strings */
};

/* Trim s and collapse its white space into a new string (caller frees). */
static char *
squeeze(const char *s)
{
	struct buf b = BUF_INIT;
	int space = 1;

	for (; *s != '\0'; s++) {
		if (isspace((unsigned char)*s)) {
			space = 1;
			continue;
		}
		if (space && b.len > 0)
			buf_addc(&b, ' ');
		space = 0;
		buf_addc(&b, *s);
	}
	return buf_detach(&b, NULL);
}

/* "2019-11-18T10:00:00Z" -> "2019-11-18" into out[11]; 0, or -1. */
static int
iso_date(const char *s, char out[11])
{
	while (isspace((unsigned char)*s))
		s++;
	for (int i = 0; i < 10; i++) {
		if (i == 4 || i == 7) {
			if (s[i] != '-' && s[i] != '/')
				return -1;
		} else if (!isdigit((unsigned char)s[i])) {
			return -1;
		}
	}
	int m = (s[5] - '0') * 10 + (s[6] - '0'), d = (s[8] - '0') * 10 + (s[9] - '0');
	if (m < 1 || m > 12 || d < 1 || d > 31 || isdigit((unsigned char)s[10]))
		return -1;
	memcpy(out, s, 10);
	out[4] = out[7] = '-';
	out[10] = '\0';
	return 0;
}

static void
meta_offer(struct meta_found *m, int field, const char *val, int rank, const char *where)
{
	char date[11];

	if (val == NULL || (m->val[field] != NULL && m->rank[field] >= rank))
		return;
	if (field == M_PUBLISHED) {
		if (iso_date(val, date) < 0)
			return;
		val = date;
	}
	if (field == M_BYLINE && (strncmp(val, "http", 4) == 0 || strchr(val, '/') != NULL))
		return;		/* article:author is often a profile URL */
	char *v = squeeze(val);
	if (*v == '\0' || strlen(v) > 1000) {
		free(v);
		return;
	}
	free(m->val[field]);
	m->val[field] = v;
	m->rank[field] = rank;
	m->where[field] = where;
}

/* A <meta>: property or name or itemprop, and content. */
static void
meta_tag(struct meta_found *m, const xmlNode *n)
{
	const char *k = attr(n, "property"), *c = attr(n, "content");

	if (k == NULL)
		k = attr(n, "name");
	if (k == NULL)
		k = attr(n, "itemprop");
	if (k == NULL) {
		if ((k = attr(n, "http-equiv")) != NULL && strcasecmp(k, "content-language") == 0)
			meta_offer(m, M_LANGUAGE, c, 2, "meta content-language");
		return;
	}
	if (c == NULL)
		return;
	if (strcasecmp(k, "og:title") == 0)
		meta_offer(m, M_TITLE, c, 3, "meta og:title");
	else if (strcasecmp(k, "twitter:title") == 0)
		meta_offer(m, M_TITLE, c, 2, "meta twitter:title");
	else if (strcasecmp(k, "og:site_name") == 0)
		meta_offer(m, M_PUBLISHER, c, 3, "meta og:site_name");
	else if (strcasecmp(k, "application-name") == 0)
		meta_offer(m, M_PUBLISHER, c, 1, "meta application-name");
	else if (strcasecmp(k, "author") == 0)
		meta_offer(m, M_BYLINE, c, 3, "meta author");
	else if (strcasecmp(k, "article:author") == 0 || strcasecmp(k, "dc.creator") == 0 ||
		 strcasecmp(k, "byl") == 0 || strcasecmp(k, "parsely-author") == 0)
		meta_offer(m, M_BYLINE, c, 2, "meta article:author");
	else if (strcasecmp(k, "article:published_time") == 0)
		meta_offer(m, M_PUBLISHED, c, 4, "meta article:published_time");
	else if (strcasecmp(k, "datePublished") == 0 || strcasecmp(k, "pubdate") == 0 ||
		 strcasecmp(k, "publishdate") == 0 || strcasecmp(k, "date") == 0 ||
		 strcasecmp(k, "dc.date") == 0 || strcasecmp(k, "dc.date.issued") == 0 ||
		 strcasecmp(k, "og:published_time") == 0 || strcasecmp(k, "parsely-pub-date") == 0)
		meta_offer(m, M_PUBLISHED, c, 3, "meta date");
	else if (strcasecmp(k, "og:locale") == 0)
		meta_offer(m, M_LANGUAGE, c, 1, "meta og:locale");
}

static const char *
json_name(const json_t *v)
{
	if (json_is_string(v))
		return json_string_value(v);
	if (json_is_object(v))
		return json_string_value(json_object_get(v, "name"));
	return NULL;
}

static int
ld_is_article(const json_t *type)
{
	if (json_is_array(type)) {
		size_t i;
		json_t *t;
		json_array_foreach(type, i, t)
			if (ld_is_article(t))
				return 1;
		return 0;
	}
	const char *s = json_string_value(type);
	if (s == NULL)
		return 0;
	size_t n = strlen(s);
	return (n >= 7 && strcmp(s + n - 7, "Article") == 0) || strcmp(s, "BlogPosting") == 0 ||
	       strcmp(s, "Report") == 0 || strcmp(s, "LiveBlogPosting") == 0;
}

/* One JSON-LD value; depth bounds hostile nesting. */
static void
ld_walk(struct meta_found *m, const json_t *v, int depth)
{
	if (depth > 8)
		return;
	if (json_is_array(v)) {
		size_t i;
		json_t *x;
		json_array_foreach(v, i, x)
			ld_walk(m, x, depth + 1);
		return;
	}
	if (!json_is_object(v))
		return;
	const json_t *g = json_object_get(v, "@graph");
	if (g != NULL)
		ld_walk(m, g, depth + 1);
	if (!ld_is_article(json_object_get(v, "@type")))
		return;
	meta_offer(m, M_TITLE, json_string_value(json_object_get(v, "headline")), 4, "json-ld headline");
	meta_offer(m, M_PUBLISHED, json_string_value(json_object_get(v, "datePublished")), 5,
		   "json-ld datePublished");
	meta_offer(m, M_PUBLISHER, json_name(json_object_get(v, "publisher")), 4, "json-ld publisher");
	meta_offer(m, M_LANGUAGE, json_string_value(json_object_get(v, "inLanguage")), 2,
		   "json-ld inLanguage");
	const json_t *a = json_object_get(v, "author");
	if (json_is_array(a)) {
		struct buf b = BUF_INIT;
		size_t i;
		json_t *x;
		json_array_foreach(a, i, x) {
			const char *name = json_name(x);
			if (name == NULL || *name == '\0')
				continue;
			if (b.len > 0)
				buf_adds(&b, ", ");
			buf_adds(&b, name);
		}
		if (b.len > 0)
			meta_offer(m, M_BYLINE, b.data, 4, "json-ld author");
		buf_release(&b);
	} else {
		meta_offer(m, M_BYLINE, json_name(a), 4, "json-ld author");
	}
}

static void
meta_ldjson(struct meta_found *m, const xmlNode *script)
{
	struct buf b = BUF_INIT;

	for (const xmlNode *c = script->children; c != NULL; c = c->next)
		if (c->content != NULL)
			buf_adds(&b, (const char *)c->content);
	/* Pages wrap JSON-LD in comments or follow it with a stray ';'. */
	const char *s = b.data;
	while (isspace((unsigned char)*s))
		s++;
	if (strncmp(s, "<!--", 4) == 0)
		s += 4;
	json_t *v = json_loads(s, JSON_DISABLE_EOF_CHECK | JSON_DECODE_ANY, NULL);
	if (v != NULL)
		ld_walk(m, v, 0);
	json_decref(v);
	buf_release(&b);
}

static void meta_element(struct meta_found *m, const xmlNode *n);

/* The head is dropped whole: look at its elements first (no recursion). */
static void
meta_head(struct meta_found *m, const xmlNode *head)
{
	const xmlNode *n = head->children;

	while (n != NULL && n != head) {
		if (n->type == XML_ELEMENT_NODE)
			meta_element(m, n);
		if (n->type == XML_ELEMENT_NODE && n->children != NULL &&
		    strcmp((const char *)n->name, "script") != 0) {
			n = n->children;
			continue;
		}
		while (n != head && n->next == NULL)
			n = n->parent;
		if (n == head)
			break;
		n = n->next;
	}
}

/* Elements that carry metadata, looked at before they are dropped. */
static void
meta_element(struct meta_found *m, const xmlNode *n)
{
	const char *name = (const char *)n->name, *v;

	if (strcmp(name, "head") == 0) {
		meta_head(m, n);
	} else if (strcmp(name, "meta") == 0) {
		meta_tag(m, n);
	} else if (strcmp(name, "title") == 0) {
		if (m->val[M_TITLE] == NULL && n->children != NULL && n->children->content != NULL)
			meta_offer(m, M_TITLE, (const char *)n->children->content, 1, "title");
	} else if (strcmp(name, "script") == 0) {
		if ((v = attr(n, "type")) != NULL && strcasecmp(v, "application/ld+json") == 0)
			meta_ldjson(m, n);
	} else if (strcmp(name, "time") == 0) {
		if ((v = attr(n, "datetime")) != NULL)
			meta_offer(m, M_PUBLISHED, v, 1, "time datetime");
	} else if (strcmp(name, "html") == 0) {
		if ((v = attr(n, "lang")) != NULL || (v = attr(n, "xml:lang")) != NULL)
			meta_offer(m, M_LANGUAGE, v, 3, "html lang");
	}
}

static void
meta_write(struct meta_found *m, json_t *meta)
{
	json_t *found = json_object(), *old = json_object_get(meta, "found");

	for (int i = 0; i < M_N; i++) {
		if (m->val[i] == NULL)
			continue;
		json_object_set_new(meta, meta_names[i], json_string(m->val[i]));
		json_object_set_new(found, meta_names[i], json_string(m->where[i]));
		free(m->val[i]);
		m->val[i] = NULL;
	}
	/* "found" after the fields, or merged into the caller's. */
	if (json_is_object(old)) {
		json_object_update(old, found);
		json_decref(found);
	} else {
		json_object_set_new(meta, "found", found);
	}
}

/* ---------------------------------------------------------------- scoring */

struct page {
	const struct clean_html_rules *r;
	struct arena arena;
	struct meta_found meta;
	xmlNode *body;
	int strip_unlikely;	/* drop hint-drop blocks before scoring */
	int clean;		/* clean conditionally in the output */
	int collect_meta;	/* first walk only */
	unsigned article_text;	/* characters in the chosen blocks */
};

/*
 * Does the subtree of n hold a block quote (an embedded post, a pull
 * quote)?  Such blocks are content even under a "social" or "embed" class.
 * Looks at the first 500 nodes only: quotes sit near the top of an embed.
 */
static int
has_quote(const xmlNode *root)
{
	const xmlNode *n = root->children;
	int budget = 500;

	while (n != NULL && n != root && budget-- > 0) {
		if (n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, "blockquote") == 0)
			return 1;
		if (n->type == XML_ELEMENT_NODE && n->children != NULL) {
			n = n->children;
			continue;
		}
		while (n != root && n->next == NULL)
			n = n->parent;
		if (n == root)
			break;
		n = n->next;
	}
	return 0;
}

/* First sight of an element: its info, or NULL when it is cut off. */
static struct ninfo *
walk_enter(struct page *pg, xmlNode *n)
{
	const struct tag *t = tag_find(n->name);
	struct ninfo *ni = arena_new(&pg->arena);
	const char *v;
	int drop = 0;

	n->_private = ni;
	if (t != NULL) {
		ni->tflags = t->flags;
		ni->bonus = t->bonus;
	}
	if (pg->collect_meta)
		meta_element(&pg->meta, n);
	if ((ni->tflags & T_DROP) || is_hidden(n)) {
		ni->flags |= N_DROP;
		return NULL;
	}
	if (strcmp((const char *)n->name, "body") == 0 && pg->body == NULL)
		pg->body = n;
	if ((v = attr(n, "class")) != NULL)
		ni->weight += hint_weight(pg->r, v, &drop);
	if ((v = attr(n, "id")) != NULL)
		ni->weight += hint_weight(pg->r, v, &drop);
	if ((v = attr(n, "itemprop")) != NULL && strcasecmp(v, "articleBody") == 0)
		ni->weight += 50;
	if ((v = attr(n, "role")) != NULL) {
		if (!strcmp(v, "navigation") || !strcmp(v, "complementary") || !strcmp(v, "menu") ||
		    !strcmp(v, "menubar") || !strcmp(v, "contentinfo") || !strcmp(v, "dialog") ||
		    !strcmp(v, "alertdialog") || !strcmp(v, "banner"))
			drop = 2;
		else if (!strcmp(v, "main") || !strcmp(v, "article"))
			ni->weight += 25;
	}
	if (drop)
		ni->flags |= N_HINTDROP;
	if (pg->strip_unlikely && n != pg->body && !(ni->tflags & T_LINK) &&
	    (drop == 2 || (drop && ni->weight < 0)) &&
	    strcmp((const char *)n->name, "article") != 0 && strcmp((const char *)n->name, "main") != 0 &&
	    !has_quote(n)) {
		ni->flags |= N_DROP;
		return NULL;
	}
	if (n->parent != NULL && n->parent->_private != NULL &&
	    ((INFO(n->parent)->flags & N_FIGURE) || strcmp((const char *)n->name, "figure") == 0))
		ni->flags |= N_FIGURE;
	return ni;
}

/* Last sight of a kept element: its paragraph score, its totals upward. */
static void
walk_leave(xmlNode *n)
{
	struct ninfo *ni = INFO(n), *pi;

	if (ni == NULL || (ni->flags & N_DROP))
		return;
	int tf = ni->tflags;
	if (tf & T_LINK)
		ni->link = ni->text;
	if (tf & T_IMG)
		ni->nimg++;
	if (tf & T_LI)
		ni->nli++;
	if (tf & T_HEAD)
		ni->nhead = ni->text;
	if (tf & T_QUOTE)
		ni->nquote = ni->text;
	if (tf & T_PARA) {
		ni->np++;
		if (ni->text >= 25) {
			score_paragraph(n->parent, ni->text, ni->commas);
			if (ni->link * 10 < ni->text * 3)
				ni->ptext = ni->text;
		}
	} else if (tf & T_DIVLIKE) {
		if (!(ni->flags & N_HASBLOCK)) {
			if (ni->text >= 25) {
				ni->np++;
				score_paragraph(n->parent, ni->text, ni->commas);
				if (ni->link * 10 < ni->text * 3)
					ni->ptext = ni->text;
			}
		} else if (ni->own >= 25) {
			score_paragraph(n, ni->own, ni->own_commas);
			ni->ptext += ni->own;
		}
	}
	xmlNode *p = n->parent;
	if (p == NULL || p->type != XML_ELEMENT_NODE || (pi = INFO(p)) == NULL)
		return;
	pi->text += ni->text;
	pi->link += ni->link;
	pi->commas += ni->commas;
	pi->np += ni->np;
	pi->nimg += ni->nimg;
	pi->nli += ni->nli;
	pi->nembed += ni->nembed;
	pi->ninput += ni->ninput;
	pi->nhead += ni->nhead;
	pi->nquote += ni->nquote;
	pi->ptext += ni->ptext;
	if (tf & (T_BLOCK | T_DIVLIKE)) {
		pi->flags |= N_HASBLOCK;
	} else {
		pi->own += ni->own;
		pi->own_commas += ni->own_commas;
	}
}

/*
 * The first walk, in document order without recursion.  Dropped elements
 * keep an info with N_DROP; their subtrees get none.
 */
static void
walk_page(struct page *pg, xmlNode *root)
{
	xmlNode *n = root;

	while (n != NULL) {
		int descend = 0;
		if (n->type == XML_ELEMENT_NODE) {
			struct ninfo *ni = walk_enter(pg, n);
			descend = ni != NULL;
			if (ni == NULL && n->parent != NULL && n->parent->_private != NULL) {
				int tf = INFO(n)->tflags;
				struct ninfo *pi = INFO(n->parent);
				if (tf & T_EMBED)
					pi->nembed++;
				if (tf & T_INPUT)
					pi->ninput++;
			}
		} else if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) &&
			   n->content != NULL && n->parent != NULL && n->parent->_private != NULL) {
			struct ninfo *pi = INFO(n->parent);
			unsigned chars = 0, commas = 0;
			text_measure(n->content, &chars, &commas);
			pi->text += chars;
			pi->own += chars;
			pi->commas += commas;
			pi->own_commas += commas;
		}
		if (descend && n->children != NULL) {
			n = n->children;
			continue;
		}
		while (n != NULL) {
			if (n->type == XML_ELEMENT_NODE)
				walk_leave(n);
			if (n == root) {
				n = NULL;
				break;
			}
			if (n->next != NULL) {
				n = n->next;
				break;
			}
			n = n->parent;
		}
	}
}

static double
link_density(const struct ninfo *ni)
{
	return ni->text ? (double)ni->link / ni->text : 0.0;
}

static double
final_score(const struct ninfo *ni)
{
	return (ni->score + ni->bonus + ni->weight) * (1.0 - link_density(ni));
}

static int
is_ancestor(const xmlNode *a, const xmlNode *n)
{
	for (; n != NULL; n = n->parent)
		if (n == a)
			return 1;
	return 0;
}

static int
element_children(const xmlNode *n)
{
	int k = 0;
	for (const xmlNode *c = n->children; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE && c->_private != NULL && !(INFO(c)->flags & N_DROP))
			k++;
	return k;
}

/*
 * The best candidate, after readability: the top scorer, moved up to an
 * ancestor that 3 of the runners-up share, or to a parent scoring more.
 */
static xmlNode *
pick_top(struct page *pg)
{
	enum { NTOP = 5 };
	xmlNode *top[NTOP] = { NULL };
	double best[NTOP] = { 0 };

	/* Infos do not point back at their nodes: walk the tree again. */
	xmlNode *n = pg->body;
	while (n != NULL) {
		struct ninfo *ni = n->type == XML_ELEMENT_NODE ? INFO(n) : NULL;
		int descend = ni != NULL && !(ni->flags & N_DROP);
		if (descend && (ni->flags & N_SCORED)) {
			double s = final_score(ni);
			for (int i = 0; i < NTOP; i++) {
				if (top[i] == NULL || s > best[i]) {
					memmove(top + i + 1, top + i, (NTOP - 1 - i) * sizeof(*top));
					memmove(best + i + 1, best + i, (NTOP - 1 - i) * sizeof(*best));
					top[i] = n;
					best[i] = s;
					break;
				}
			}
		}
		if (descend && n->children != NULL) {
			n = n->children;
			continue;
		}
		while (n != NULL) {
			if (n == pg->body) {
				n = NULL;
				break;
			}
			if (n->next != NULL) {
				n = n->next;
				break;
			}
			n = n->parent;
		}
	}
	if (top[0] == NULL || top[0] == pg->body)
		return pg->body;

	xmlNode *t = top[0];
	int alts = 0;
	for (int i = 1; i < NTOP; i++)
		if (top[i] != NULL && best[0] > 0 && best[i] / best[0] >= 0.75)
			alts++;
	if (alts >= 3) {
		for (xmlNode *p = t->parent; p != NULL && p != pg->body; p = p->parent) {
			int k = 0;
			for (int i = 1; i < NTOP; i++)
				if (top[i] != NULL && best[i] / best[0] >= 0.75 && is_ancestor(p, top[i]))
					k++;
			if (k >= 3) {
				t = p;
				break;
			}
		}
	}
	double last = final_score(INFO(t)), threshold = last / 3;
	for (xmlNode *p = t->parent; p != NULL && p != pg->body && p->type == XML_ELEMENT_NODE;
	     p = p->parent) {
		struct ninfo *pi = INFO(p);
		if (pi == NULL || !(pi->flags & N_SCORED))
			continue;
		double ps = final_score(pi);
		if (ps < threshold)
			break;
		if (ps > last) {
			t = p;
			break;
		}
		last = ps;
	}
	/*
	 * Better than readability: an article cut into several blocks (parts
	 * between figures, ads or section breaks) is taken whole.  Go up while
	 * an ancestor holds clearly more prose (paragraphs with few links) and
	 * is itself low in links; levels that add nothing are passed over.
	 */
	xmlNode *p = t->parent;
	for (int level = 0; level < 8 && p != NULL && p != pg->body && p->type == XML_ELEMENT_NODE;
	     level++, p = p->parent) {
		struct ninfo *pi = INFO(p), *ti = INFO(t);
		if (pi == NULL || pi->weight < 0 || link_density(pi) >= 0.25)
			break;
		if (pi->ptext >= ti->ptext + ti->ptext / 4 + 100) {
			t = p;
			level = 0;
		}
	}
	while (t->parent != NULL && t->parent != pg->body && t->parent->type == XML_ELEMENT_NODE &&
	       element_children(t->parent) == 1)
		t = t->parent;
	return t;
}

/* Does text end a sentence somewhere (". " or a final '.')? */
static int
has_sentence_end(const xmlNode *n)
{
	xmlChar *s = xmlNodeGetContent(n);
	int yes = 0;
	if (s != NULL) {
		const char *p = (const char *)s;
		size_t l = strlen(p);
		while (l > 0 && isspace((unsigned char)p[l - 1]))
			l--;
		yes = (l > 0 && p[l - 1] == '.') || strstr(p, ". ") != NULL;
		xmlFree(s);
	}
	return yes;
}

/* Mark the top candidate and the siblings that belong with it. */
static void
pick_siblings(struct page *pg, xmlNode *t)
{
	struct ninfo *ti = INFO(t);
	xmlNode *parent = t->parent;

	ti->flags |= N_ROOT;
	pg->article_text = ti->text;
	if (t == pg->body || parent == NULL || parent->type != XML_ELEMENT_NODE)
		return;
	double ts = final_score(ti);
	double threshold = ts * 0.2 > 10 ? ts * 0.2 : 10;
	const char *tclass = attr(t, "class");
	for (xmlNode *s = parent->children; s != NULL; s = s->next) {
		struct ninfo *si = s->type == XML_ELEMENT_NODE ? INFO(s) : NULL;
		if (s == t || si == NULL || (si->flags & N_DROP))
			continue;
		int take = 0;
		double bonus = 0;
		const char *sclass = attr(s, "class");
		if (tclass != NULL && *tclass != '\0' && sclass != NULL && strcmp(tclass, sclass) == 0)
			bonus = ts * 0.2;
		if ((si->flags & N_SCORED) && final_score(si) + bonus >= threshold) {
			take = 1;
		} else if ((si->tflags & T_PARA) ||
			   ((si->tflags & T_DIVLIKE) && !(si->flags & N_HASBLOCK))) {
			double ld = link_density(si);
			if (si->text > 80 && ld < 0.25)
				take = 1;
			else if (si->text > 0 && si->text <= 80 && ld == 0 && has_sentence_end(s))
				take = 1;
		}
		if (take && !(si->flags & N_HINTDROP)) {
			si->flags |= N_ROOT;
			pg->article_text += si->text;
		}
	}
}

/*
 * Does the text of block n start with one of the furniture phrases ("read
 * more", "advertisement")?  Compares the first 120 bytes of its kept text,
 * white space collapsed, ASCII lowercased, U+2019 taken as an apostrophe;
 * the phrase must end at a word boundary.  Looks at 64 nodes at most, so
 * that deep nesting stays linear.
 */
static int
starts_with_phrase(const struct clean_html_rules *r, const xmlNode *root)
{
	char pre[128];
	size_t k = 0;
	int space = 1;
	const xmlNode *n = root->children;
	int budget = 64;

	while (n != NULL && n != root && k < 120 && budget-- > 0) {
		int descend = 0;
		if (n->type == XML_ELEMENT_NODE) {
			descend = n->_private != NULL && !(INFO(n)->flags & N_DROP);
		} else if (n->type == XML_TEXT_NODE && n->content != NULL) {
			for (const unsigned char *c = n->content; *c != '\0' && k < 120; c++) {
				if (isspace(*c) || (c[0] == 0xC2 && c[1] == 0xA0)) {
					if (!space)
						pre[k++] = ' ';
					space = 1;
					continue;
				}
				space = 0;
				if (c[0] == 0xE2 && c[1] == 0x80 && c[2] == 0x99) {
					pre[k++] = '\'';
					c += 2;
				} else {
					pre[k++] = (char)tolower(*c);
				}
			}
		}
		if (descend && n->children != NULL) {
			n = n->children;
			continue;
		}
		while (n != root && n->next == NULL)
			n = n->parent;
		if (n == root)
			break;
		n = n->next;
	}
	pre[k] = '\0';
	for (size_t i = 0; i < r->nphrase; i++) {
		size_t l = strlen(r->phrase[i]);
		if (strncmp(pre, r->phrase[i], l) == 0 && !isalnum((unsigned char)pre[l]))
			return 1;
	}
	return 0;
}

/*
 * Is the block n (not a root) furniture after all?  readability's "clean
 * conditionally", plus the drop hints and headlines.
 */
static int
is_debris(const struct page *pg, const xmlNode *n, const struct ninfo *ni)
{
	int tf = ni->tflags;

	if (tf & (T_H1 | T_CAPTION))
		return 1;
	/* Embedded posts and pull quotes are content whatever their class. */
	int quoted = ni->text >= 80 && ni->nquote * 2 > ni->text;
	if ((ni->flags & N_HINTDROP) && ni->text * 2 < pg->article_text && !quoted)
		return 1;
	if ((tf & T_HEAD) && ni->weight < 0)
		return 1;
	if ((tf & T_HEADER) && ni->text * 2 < pg->article_text)
		return 1;
	/* A paragraph or heading that is one link: a teaser, "read more". */
	if ((tf & (T_PARA | T_HEAD)) && ni->text > 0 && ni->text < 300 && ni->link * 10 >= ni->text * 9)
		return 1;
	if ((tf & T_BLOCK) && ni->text > 0 && ni->text < 200 && pg->r->nphrase > 0 &&
	    starts_with_phrase(pg->r, n))
		return 1;
	if (!pg->clean || !(tf & T_COND))
		return 0;
	int w = ni->weight;
	if (w < 0 && !quoted)
		return 1;
	if (ni->commas >= 10)
		return 0;
	int list = (tf & T_LIST) != 0;
	double ld = link_density(ni);
	unsigned p = ni->np, img = ni->nimg;
	if (img > 1 && p * 2 < img && !(ni->flags & N_FIGURE))
		return 1;
	if (ni->ninput > p / 3)
		return 1;
	if (!list && ni->text < 25 && (img == 0 || img > 2) && !(ni->flags & N_FIGURE) &&
	    ni->nhead * 10 < ni->text * 9)
		return 1;
	/* Prose with a few links is judged paragraph by paragraph. */
	if (!list && w < 25 && ld > 0.2 && !(ni->ptext >= 200 && ld < 0.5))
		return 1;
	if (list && ld > 0.5)
		return 1;
	if (w >= 25 && ld > 0.5)
		return 1;
	if ((ni->nembed == 1 && ni->text < 75) || ni->nembed > 1)
		return 1;
	return 0;
}

/* ---------------------------------------------------------------- output */

struct emit {
	struct buf *out;
	size_t start;		/* where this page's text begins in out */
	struct buf para;
	int space;		/* para ends in white space (or is empty) */
};

static void
emit_break(struct emit *e)
{
	while (e->para.len > 0 && (e->para.data[e->para.len - 1] == ' ' ||
				   e->para.data[e->para.len - 1] == '\n'))
		e->para.len--;
	if (e->para.len > 0) {
		if (e->out->len > e->start)
			buf_add(e->out, "\n\n", 2);
		buf_add(e->out, e->para.data, e->para.len);
	}
	buf_reset(&e->para);
	e->space = 1;
}

static void
emit_text(struct emit *e, const unsigned char *s, int pre)
{
	for (; *s != '\0'; s++) {
		unsigned char b = *s;
		if (b == 0xC2 && s[1] == 0xA0) {	/* no-break space */
			s++;
			b = ' ';
		}
		if (b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f') {
			if (pre && b == '\n') {
				buf_addc(&e->para, '\n');
				e->space = 1;
			} else if (!e->space) {
				buf_addc(&e->para, ' ');
				e->space = 1;
			}
			continue;
		}
		buf_addc(&e->para, (char)b);
		e->space = 0;
	}
}

/* Write the kept text of the subtree root, a chosen block. */
static void
emit_root(const struct page *pg, struct emit *e, xmlNode *root)
{
	xmlNode *n = root;
	int pre = 0;

	while (n != NULL) {
		int descend = 0;
		if (n->type == XML_ELEMENT_NODE) {
			struct ninfo *ni = INFO(n);
			if (ni != NULL && !(ni->flags & N_DROP) && (n == root || !is_debris(pg, n, ni))) {
				descend = 1;
				if (ni->tflags & T_BLOCK)
					emit_break(e);
				if (ni->tflags & T_PRE)
					pre++;
				if (ni->tflags & T_BR) {
					buf_addc(&e->para, '\n');
					e->space = 1;
				}
			}
		} else if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			if (n->content != NULL)
				emit_text(e, n->content, pre > 0);
		}
		if (descend && n->children != NULL) {
			n = n->children;
			continue;
		}
		while (n != NULL) {
			if (n->type == XML_ELEMENT_NODE && descend) {
				struct ninfo *ni = INFO(n);
				if (ni->tflags & T_BLOCK)
					emit_break(e);
				if (ni->tflags & T_PRE)
					pre--;
			}
			if (n == root) {
				n = NULL;
				break;
			}
			if (n->next != NULL) {
				n = n->next;
				break;
			}
			n = n->parent;
			descend = 1;	/* a parent we go back up to was entered */
		}
	}
}

static void
emit_article(struct page *pg, struct emit *e, xmlNode *top)
{
	if (top->parent == NULL || top->parent->type != XML_ELEMENT_NODE || top == pg->body) {
		emit_root(pg, e, top);
		return;
	}
	for (xmlNode *s = top->parent->children; s != NULL; s = s->next)
		if (s->type == XML_ELEMENT_NODE && s->_private != NULL && (INFO(s)->flags & N_ROOT))
			emit_root(pg, e, s);
	emit_break(e);
}

static void
page_reset(struct page *pg, xmlNode *root)
{
	arena_free(&pg->arena);
	memset(&pg->arena, 0, sizeof(pg->arena));
	pg->body = NULL;
	/* Clear the back pointers: the next walk must not see stale infos. */
	xmlNode *n = root;
	while (n != NULL) {
		n->_private = NULL;
		if (n->children != NULL && n->type == XML_ELEMENT_NODE) {
			n = n->children;
			continue;
		}
		while (n != NULL && n != root && n->next == NULL)
			n = n->parent;
		if (n == NULL || n == root)
			break;
		n = n->next;
	}
}

/* Code points in UTF-8 s[0..len). */
static size_t
count_chars(const char *s, size_t len)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

/* Shortest article accepted before trying again with fewer cuts. */
#define MIN_ARTICLE 250

int
clean_html(const struct clean_html_rules *r, const char *html, size_t len,
	   const char *source, struct buf *text, json_t *meta)
{
	int opts = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
		   HTML_PARSE_RECOVER | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC |
		   XML_PARSE_HUGE;

	if (len > INT_MAX)
		return msg_error("%s: page too large (%zu bytes)", source, len);
	htmlDocPtr doc = htmlReadMemory(html, (int)len, NULL, "UTF-8", opts);
	xmlNode *root = doc != NULL ? xmlDocGetRootElement(doc) : NULL;
	if (root == NULL) {
		xmlFreeDoc(doc);
		return msg_error("%s: not an HTML page (nothing to parse)", source);
	}

	struct page pg = { .r = r };
	struct buf best = BUF_INIT, cur = BUF_INIT;
	size_t best_chars = 0;
	/* Strict first; when that leaves too little, readability's retries:
	 * keep the unlikely blocks, then stop cleaning conditionally.  The
	 * longest text wins. */
	for (int attempt = 0; attempt < 3; attempt++) {
		struct emit e = { .out = &cur, .start = 0, .para = BUF_INIT, .space = 1 };
		if (attempt > 0)
			page_reset(&pg, root);
		buf_reset(&cur);
		pg.strip_unlikely = attempt == 0;
		pg.clean = attempt < 2;
		pg.collect_meta = attempt == 0;
		walk_page(&pg, root);
		if (pg.body == NULL)
			pg.body = root;
		xmlNode *top = pick_top(&pg);
		pick_siblings(&pg, top);
		emit_article(&pg, &e, top);
		buf_release(&e.para);
		size_t chars = count_chars(cur.data, cur.len);
		if (attempt == 0 || chars > best_chars) {
			struct buf t = best;
			best = cur;
			cur = t;
			best_chars = chars;
		}
		if (best_chars >= MIN_ARTICLE)
			break;
	}
	meta_write(&pg.meta, meta);
	arena_free(&pg.arena);
	xmlFreeDoc(doc);
	int empty = best.len == 0;
	buf_add(text, best.data, best.len);
	buf_release(&best);
	buf_release(&cur);
	if (empty)
		return msg_error("%s: no article text in the page", source);
	return 0;
}
