/*
 * clean-html-int.h: the private interface between the files of the HTML
 * extractor (clean-html.h is the public one, used by clean.c).
 *
 *   clean-html.c        the parse, the retries
 *   clean-html-tree.c   tags, the walk that measures every element
 *   clean-html-text.c   the chosen blocks written out as paragraphs
 *   clean-html-score.c  the article's blocks: candidates, siblings, debris
 *   clean-html-meta.c   metadata from the markup (meta, JSON-LD, <time>)
 *   clean-html-base.c   the rules (html-hints.tsv): what a class or id
 *                       weighs; an element's attributes
 *
 * Each file calls only files below it in this list, so the HTML path
 * reads top to bottom.
 *
 * The page is libxml2's tree; each element's _private points at its struct
 * ninfo (the page's arena owns them), NULL for nodes not looked at.  Every
 * walk goes through html_walk(), which never recurses.
 */
#ifndef CAPTIVE_CLEAN_HTML_INT_H
#define CAPTIVE_CLEAN_HTML_INT_H

#include <stddef.h>
#include <jansson.h>
#include <libxml/tree.h>
#include "buf.h"
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

/* Flags of an element's info. */
enum {
	N_DROP = 1 << 0,	/* cut off in the first walk */
	N_HINTDROP = 1 << 1,	/* class/id matched a "drop" hint */
	N_HASBLOCK = 1 << 2,	/* has a block child */
	N_SCORED = 1 << 3,	/* received a paragraph score: a candidate */
	N_ROOT = 1 << 4,	/* one of the blocks chosen as the article */
	N_FIGURE = 1 << 5	/* inside a figure */
};

/* What the measuring walk learns of one element. */
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

#define INFO(n) ((struct ninfo *)(n)->_private)

/* Per-page scratch: infos in chunks so their addresses stay put. */
struct arena {
	struct ninfo **chunks;
	size_t nchunks, used;	/* used: in the last chunk */
};

/* The metadata found in the markup so far. */
enum { M_TITLE, M_PUBLISHER, M_BYLINE, M_PUBLISHED, M_LANGUAGE, M_N };

struct meta_found {
	char *val[M_N];		/* owned */
	int rank[M_N];		/* the better source wins; ties keep the first */
	const char *where[M_N];	/* static strings */
};

/* One page being read: lives for one clean_html call. */
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

/* ---------------------------------------------------------------- the walk */

/* What a walk's enter function answers for a node. */
enum { WALK_SKIP, WALK_DESCEND, WALK_STOP };

/*
 * Visit root and its subtree in document order, without recursion (pages
 * nest 100,000 deep).  enter(n, arg) is called on each node reached and
 * answers WALK_DESCEND (go into its children; leave() is called on it after
 * them, or at once when it has none), WALK_SKIP (not into its children, no
 * leave()) or WALK_STOP (end the walk now, no more calls).  leave may be
 * NULL.  Neither may change the tree.  Inline so that each walk compiles
 * into one loop with its own enter and leave.
 */
static inline void
html_walk(xmlNode *root, int (*enter)(xmlNode *, void *),
	  void (*leave)(xmlNode *, void *), void *arg)
{
	xmlNode *n = root;

	while (n != NULL) {
		int r = enter(n, arg);
		if (r == WALK_STOP)
			return;
		if (r == WALK_DESCEND && n->children != NULL) {
			n = n->children;
			continue;
		}
		/* n is done: climb to the next node, leaving what was entered */
		for (int entered = r == WALK_DESCEND;; entered = 1) {
			if (entered && leave != NULL)
				leave(n, arg);
			if (n == root)
				return;
			if (n->next != NULL) {
				n = n->next;
				break;
			}
			n = n->parent;
		}
	}
}

/* ---------------------------------------------------------------- clean-html-base.c */

/* The weight of one class or id value; sets *drop on a "drop" hint. */
int html_hint_weight(const struct clean_html_rules *r, const char *v, int *drop);
/* The value of attribute name of n, borrowed from the tree, or NULL. */
const char *html_attr(const xmlNode *n, const char *name);

/* ---------------------------------------------------------------- clean-html-tree.c */

/*
 * The measuring walk over root: every element gets its info from
 * pg->arena (N_DROP on furniture, whose subtrees get none), pg->body is
 * set, paragraph scores are given, and with pg->collect_meta the metadata
 * gathered into pg->meta.
 */
void html_measure(struct page *pg, xmlNode *root);
/* Free the page's infos and clear every _private, for another walk. */
void html_page_reset(struct page *pg, xmlNode *root);
/* Free the page's infos (the tree may be gone). */
void html_arena_free(struct arena *a);

/* ---------------------------------------------------------------- clean-html-score.c */

/* The block that holds the article (pg->body when nothing better). */
xmlNode *html_pick_top(struct page *pg);
/* Mark top and the siblings that belong with it N_ROOT. */
void html_pick_siblings(struct page *pg, xmlNode *top);
/* Is the block n, inside a chosen one, furniture after all? */
int html_is_debris(const struct page *pg, xmlNode *n, const struct ninfo *ni);

/* ---------------------------------------------------------------- clean-html-meta.c */

/* Offer what element n says about the page (head, meta, title, JSON-LD...). */
void html_meta_element(struct meta_found *m, xmlNode *n);
/* Set the fields found, and "found", in meta; frees and clears m's values. */
void html_meta_write(struct meta_found *m, json_t *meta);

/* ---------------------------------------------------------------- clean-html-text.c */

/* Append the text of the blocks chosen around top to out (see clean-html.h). */
void html_write_article(const struct page *pg, xmlNode *top, struct buf *out);

#endif
