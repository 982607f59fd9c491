/*
 * clean-html-text.c: the chosen blocks written out as text.
 *
 * Each paragraph, heading, list item, quote or table cell (any T_BLOCK
 * element) is one paragraph of the output; paragraphs are separated by a
 * blank line.  White space runs become one space, no-break spaces plain
 * ones; inside <pre> line ends stay, and <br> breaks a line.  Blocks inside
 * the chosen ones that are furniture after all (html_is_debris) are left
 * out with their subtree.
 */
#include <string.h>
#include <libxml/tree.h>
#include "buf.h"
#include "clean-html-int.h"

struct emit {
	const struct page *pg;
	struct buf *out;
	size_t start;		/* where this page's text begins in out */
	struct buf para;	/* the paragraph being written */
	int space;		/* para ends in white space (or is empty) */
	const xmlNode *root;	/* the chosen block being written */
	int pre;		/* depth of <pre> elements */
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

static int
emit_enter(xmlNode *n, void *arg)
{
	struct emit *e = arg;

	if (n->type == XML_ELEMENT_NODE) {
		struct ninfo *ni = INFO(n);
		if (ni == NULL || (ni->flags & N_DROP) ||
		    (n != e->root && html_is_debris(e->pg, n, ni)))
			return WALK_SKIP;
		if (ni->tflags & T_BLOCK)
			emit_break(e);
		if (ni->tflags & T_PRE)
			e->pre++;
		if (ni->tflags & T_BR) {
			buf_addc(&e->para, '\n');
			e->space = 1;
		}
		return WALK_DESCEND;
	}
	if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content != NULL)
		emit_text(e, n->content, e->pre > 0);
	return WALK_SKIP;
}

static void
emit_leave(xmlNode *n, void *arg)
{
	struct emit *e = arg;
	struct ninfo *ni = INFO(n);

	if (ni->tflags & T_BLOCK)
		emit_break(e);
	if (ni->tflags & T_PRE)
		e->pre--;
}

/* Write the kept text of the subtree root, a chosen block. */
static void
emit_root(struct emit *e, xmlNode *root)
{
	e->root = root;
	e->pre = 0;
	html_walk(root, emit_enter, emit_leave, e);
}

void
html_write_article(const struct page *pg, xmlNode *top, struct buf *out)
{
	struct emit e = { .pg = pg, .out = out, .start = out->len, .para = BUF_INIT, .space = 1 };

	if (top->parent == NULL || top->parent->type != XML_ELEMENT_NODE || top == pg->body) {
		emit_root(&e, top);
	} else {
		for (xmlNode *s = top->parent->children; s != NULL; s = s->next)
			if (s->type == XML_ELEMENT_NODE && s->_private != NULL &&
			    (INFO(s)->flags & N_ROOT))
				emit_root(&e, s);
		emit_break(&e);
	}
	buf_release(&e.para);
}

