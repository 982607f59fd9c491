/*
 * clean-html-score.c: which blocks of the page are the article.
 *
 * After readability: the best candidate is the element with the highest
 * (score + tag bonus + weight) * (1 - link density), its scores given by
 * the paragraphs below it (clean-html-tree.c).  Move up to a common
 * ancestor when the runners-up share it, or to a parent that scores as
 * well, or (better than readability) to an ancestor holding clearly more
 * prose; then take the siblings that score well or are plain paragraphs
 * of prose.  Inside the chosen blocks, html_is_debris() tells what is
 * furniture after all: blocks with a "drop" hint (share bars, related
 * lists, captions, bylines, comments), the headline (h1), figure captions,
 * and blocks that look like link lists or debris (readability's "clean
 * conditionally": few commas and many links, images, or little text).
 */
#include <ctype.h>
#include <string.h>
#include <libxml/tree.h>
#include "clean-html-int.h"

/* Candidates remembered, best first. */
#define NTOP 5

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

struct top_walk {
	xmlNode *top[NTOP];
	double best[NTOP];
};

/* A scored element enters the list of the best if it beats one there. */
static int
top_enter(xmlNode *n, void *arg)
{
	struct top_walk *w = arg;
	struct ninfo *ni = n->type == XML_ELEMENT_NODE ? INFO(n) : NULL;

	if (ni == NULL || (ni->flags & N_DROP))
		return WALK_SKIP;
	if (ni->flags & N_SCORED) {
		double s = final_score(ni);
		for (int i = 0; i < NTOP; i++) {
			if (w->top[i] == NULL || s > w->best[i]) {
				memmove(w->top + i + 1, w->top + i, (NTOP - 1 - i) * sizeof(*w->top));
				memmove(w->best + i + 1, w->best + i, (NTOP - 1 - i) * sizeof(*w->best));
				w->top[i] = n;
				w->best[i] = s;
				break;
			}
		}
	}
	return WALK_DESCEND;
}

/*
 * The best candidate, after readability: the top scorer, moved up to an
 * ancestor that 3 of the runners-up share, or to a parent scoring more.
 */
xmlNode *
html_pick_top(struct page *pg)
{
	struct top_walk w = { { NULL }, { 0 } };
	xmlNode **top = w.top;
	double *best = w.best;

	/* Infos do not point back at their nodes: walk the tree again. */
	html_walk(pg->body, top_enter, NULL, &w);
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
void
html_pick_siblings(struct page *pg, xmlNode *t)
{
	struct ninfo *ti = INFO(t);
	xmlNode *parent = t->parent;

	ti->flags |= N_ROOT;
	pg->article_text = ti->text;
	if (t == pg->body || parent == NULL || parent->type != XML_ELEMENT_NODE)
		return;
	double ts = final_score(ti);
	double threshold = ts * 0.2 > 10 ? ts * 0.2 : 10;
	const char *tclass = html_attr(t, "class");
	for (xmlNode *s = parent->children; s != NULL; s = s->next) {
		struct ninfo *si = s->type == XML_ELEMENT_NODE ? INFO(s) : NULL;
		if (s == t || si == NULL || (si->flags & N_DROP))
			continue;
		int take = 0;
		double bonus = 0;
		const char *sclass = html_attr(s, "class");
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

struct phrase_walk {
	const xmlNode *root;
	char pre[128];
	size_t k;		/* bytes in pre */
	int space;		/* pre ends in a space, or is empty */
	int budget;		/* nodes still to look at */
};

static int
phrase_enter(xmlNode *n, void *arg)
{
	struct phrase_walk *w = arg;

	if (n == w->root)
		return WALK_DESCEND;
	if (w->k >= 120 || w->budget-- <= 0)
		return WALK_STOP;
	if (n->type == XML_ELEMENT_NODE)
		return n->_private != NULL && !(INFO(n)->flags & N_DROP) ? WALK_DESCEND : WALK_SKIP;
	if (n->type == XML_TEXT_NODE && n->content != NULL) {
		for (const unsigned char *c = n->content; *c != '\0' && w->k < 120; c++) {
			if (isspace(*c) || (c[0] == 0xC2 && c[1] == 0xA0)) {
				if (!w->space)
					w->pre[w->k++] = ' ';
				w->space = 1;
				continue;
			}
			w->space = 0;
			if (c[0] == 0xE2 && c[1] == 0x80 && c[2] == 0x99) {
				w->pre[w->k++] = '\'';
				c += 2;
			} else {
				w->pre[w->k++] = (char)tolower(*c);
			}
		}
	}
	return WALK_SKIP;
}

/*
 * Does the text of block n start with one of the furniture phrases ("read
 * more", "advertisement")?  Compares the first 120 bytes of its kept text,
 * white space collapsed, ASCII lowercased, U+2019 taken as an apostrophe;
 * the phrase must end at a word boundary.  Looks at 64 nodes at most, so
 * that deep nesting stays linear.
 */
static int
starts_with_phrase(const struct clean_html_rules *r, xmlNode *root)
{
	struct phrase_walk w = { .root = root, .k = 0, .space = 1, .budget = 64 };

	html_walk(root, phrase_enter, NULL, &w);
	w.pre[w.k] = '\0';
	for (size_t i = 0; i < r->nphrase; i++) {
		size_t l = strlen(r->phrase[i]);
		if (strncmp(w.pre, r->phrase[i], l) == 0 && !isalnum((unsigned char)w.pre[l]))
			return 1;
	}
	return 0;
}

/*
 * Is the block n (not a root) furniture after all?  readability's "clean
 * conditionally", plus the drop hints and headlines.
 */
int
html_is_debris(const struct page *pg, xmlNode *n, const struct ninfo *ni)
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

