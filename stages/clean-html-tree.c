/*
 * clean-html-tree.c: what each element of the page is, learnt in one walk.
 *
 * The walk goes over libxml2's tree once, in document order.  Furniture
 * elements (script, style, nav, form, footer, aside, svg, hidden blocks...)
 * are cut off without descending, and so, on the strict attempt, are blocks
 * whose class or id has a "drop" hint.  Every other element gets a struct
 * ninfo: its text length (code points, a run of white space counting one),
 * text inside links, commas, counts of paragraphs, images, list items, and
 * a weight from its class and id (schema/lexicons/html-hints.tsv).  Each
 * paragraph (p, pre, and any div-like block without block children; loose
 * text of a div counts as one more) of 25 characters or more gives its
 * ancestors a score: 1 + commas + one per 100 characters (at most 3), in
 * full to its parent, a half to the grandparent, then a third of the level
 * above.  The metadata (title, meta tags, JSON-LD, <time>, lang) is
 * gathered on the way (clean-html-meta.c).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <libxml/tree.h>
#include "buf.h"
#include "msg.h"
#include "clean-html-int.h"

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

/* Infos per chunk of the page's arena. */
#define CHUNK 1024

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

void
html_arena_free(struct arena *a)
{
	for (size_t i = 0; i < a->nchunks; i++)
		free(a->chunks[i]);
	free(a->chunks);
}

/* ---------------------------------------------------------------- helpers */

/* Is the element hidden by its attributes? */
static int
is_hidden(const xmlNode *n)
{
	const char *v;

	if (html_attr(n, "hidden") != NULL)
		return 1;
	if ((v = html_attr(n, "aria-hidden")) != NULL && strcmp(v, "true") == 0)
		return 1;
	if ((v = html_attr(n, "style")) != NULL) {
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

/* ---------------------------------------------------------------- the walk */

/*
 * Does the subtree of n hold a block quote (an embedded post, a pull
 * quote)?  Such blocks are content even under a "social" or "embed" class.
 * Looks at the first 500 nodes only: quotes sit near the top of an embed.
 */
struct quote_walk {
	const xmlNode *root;
	int budget;		/* nodes still to look at */
	int found;
};

static int
quote_enter(xmlNode *n, void *arg)
{
	struct quote_walk *w = arg;

	if (n == w->root)
		return WALK_DESCEND;
	if (w->budget-- <= 0)
		return WALK_STOP;
	if (n->type != XML_ELEMENT_NODE)
		return WALK_SKIP;
	if (strcmp((const char *)n->name, "blockquote") == 0) {
		w->found = 1;
		return WALK_STOP;
	}
	return WALK_DESCEND;
}

/*
 * Does the subtree of n hold a block quote (an embedded post, a pull
 * quote)?  Such blocks are content even under a "social" or "embed" class.
 * Looks at the first 500 nodes only: quotes sit near the top of an embed.
 */
static int
has_quote(xmlNode *root)
{
	struct quote_walk w = { root, 500, 0 };

	html_walk(root, quote_enter, NULL, &w);
	return w.found;
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
		html_meta_element(&pg->meta, n);
	if ((ni->tflags & T_DROP) || is_hidden(n)) {
		ni->flags |= N_DROP;
		return NULL;
	}
	if (strcmp((const char *)n->name, "body") == 0 && pg->body == NULL)
		pg->body = n;
	if ((v = html_attr(n, "class")) != NULL)
		ni->weight += html_hint_weight(pg->r, v, &drop);
	if ((v = html_attr(n, "id")) != NULL)
		ni->weight += html_hint_weight(pg->r, v, &drop);
	if ((v = html_attr(n, "itemprop")) != NULL && strcasecmp(v, "articleBody") == 0)
		ni->weight += 50;
	if ((v = html_attr(n, "role")) != NULL) {
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
walk_leave(xmlNode *n, void *arg)
{
	struct ninfo *ni = INFO(n), *pi;

	(void)arg;
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
 * An element: its info (walk_enter); a dropped one still counts as an
 * embed or an input of its parent.  A text: its length and commas, to its
 * parent.
 */
static int
measure_enter(xmlNode *n, void *arg)
{
	struct page *pg = arg;

	if (n->type == XML_ELEMENT_NODE) {
		if (walk_enter(pg, n) != NULL)
			return WALK_DESCEND;
		if (n->parent != NULL && n->parent->_private != NULL) {
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
	return WALK_SKIP;
}

/*
 * Dropped elements keep an info with N_DROP; their subtrees get none.  Kept
 * elements are left (walk_leave) after their children, so totals flow up.
 */
void
html_measure(struct page *pg, xmlNode *root)
{
	html_walk(root, measure_enter, walk_leave, pg);
}

static int
reset_enter(xmlNode *n, void *arg)
{
	(void)arg;
	n->_private = NULL;
	return n->type == XML_ELEMENT_NODE ? WALK_DESCEND : WALK_SKIP;
}

void
html_page_reset(struct page *pg, xmlNode *root)
{
	html_arena_free(&pg->arena);
	memset(&pg->arena, 0, sizeof(pg->arena));
	pg->body = NULL;
	/* Clear the back pointers: the next walk must not see stale infos. */
	html_walk(root, reset_enter, NULL, NULL);
}
