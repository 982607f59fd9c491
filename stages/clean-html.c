/*
 * clean-html: the article body of an HTML page, and its metadata.
 *
 * How (readability's and boilerpipe's ideas, in walks over libxml2's tree,
 * none recursive, so 100,000 nested elements cost no stack):
 *
 * 1. Parse with libxml2's HTML parser: recover from anything, never fetch
 *    anything (HTML_PARSE_NONET, and an entity loader that refuses all).
 *    This file: the parse and the retries; the rules of
 *    schema/lexicons/html-hints.tsv are clean-html-base.c's, below every
 *    other part.
 * 2. Walk the tree once (clean-html-tree.c): furniture cut off, every other
 *    element measured (text, links, commas, paragraphs, class/id weight),
 *    paragraphs scoring their ancestors; the metadata (title, meta tags,
 *    JSON-LD, <time>, lang) gathered on the way (clean-html-meta.c).
 * 3. The best candidate and the siblings that go with it
 *    (clean-html-score.c).
 * 4. Write out the chosen blocks, dropping inside them what is furniture
 *    after all (clean-html-score.c tells, clean-html-text.c writes): one
 *    paragraph per block, paragraphs separated by a blank line.
 *
 * Strict first; when that leaves too little text, readability's retries.
 * Nothing here names one site's markup: the only site knowledge is the word
 * list in the lexicon.
 */
#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <libxml/HTMLparser.h>
#include <libxml/SAX2.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include "buf.h"
#include "hmap.h"
#include "lex.h"
#include "msg.h"
#include "clean-html-int.h"

/* ---------------------------------------------------------------- the page */

/*
 * Script and style content, as libxml2 hands it over (cdataBlock, in
 * pieces of up to 1,000 bytes).  Of it only JSON-LD is ever read
 * (clean-html-meta.c); scripts and style sheets are cut off with their
 * subtrees.  So the rest is not stored: copying megabytes of script into
 * the tree and freeing it again was a tenth of the parse.  The node itself
 * stays, empty, so that walks that count nodes (has_quote()'s budget)
 * count what they counted: libxml2 joins the pieces into one node.
 */
static void
html_cdata(void *ctx, const xmlChar *value, int len)
{
	xmlParserCtxtPtr ctxt = ctx;
	xmlNode *n = ctxt->node;
	const char *type;

	if (n == NULL)
		return;
	if (strcmp((const char *)n->name, "script") == 0 &&
	    (type = html_attr(n, "type")) != NULL && strcasecmp(type, "application/ld+json") == 0)
		xmlSAX2CDataBlock(ctx, value, len);
	else if (n->children == NULL)
		xmlSAX2CDataBlock(ctx, value, 0);
}

/*
 * Parse html[0..len) as htmlReadMemory(html, len, NULL, NULL, opts) does
 * (its steps, with libxml2's public calls), with html_cdata() as the
 * handler of script content.  No encoding is named: the text is UTF-8
 * already (jansson's and our reader's strings are valid UTF-8 without
 * NUL), the parser reads UTF-8 when told nothing, and naming it cost a
 * copy of the page through libxml2's UTF-8 "converter".
 * HTML_PARSE_IGNORE_ENC keeps a <meta charset> from switching.  The
 * caller frees the tree with xmlFreeDoc(); NULL when libxml2 fails.
 */
static htmlDocPtr
html_read(const char *html, int len, int opts)
{
	xmlParserCtxtPtr ctxt;
	htmlDocPtr doc;

	xmlInitParser();
	if ((ctxt = xmlCreateMemoryParserCtxt(html, len)) == NULL)
		return NULL;
	htmlDefaultSAXHandlerInit();
	if (ctxt->sax != NULL) {
		memcpy(ctxt->sax, &htmlDefaultSAXHandler, sizeof(xmlSAXHandlerV1));
		ctxt->sax->cdataBlock = html_cdata;
	}
	htmlCtxtUseOptions(ctxt, opts);
	ctxt->html = 1;
	htmlParseDocument(ctxt);
	doc = ctxt->myDoc;
	ctxt->myDoc = NULL;
	if (ctxt->dictNames && doc != NULL && doc->dict == ctxt->dict)
		ctxt->dict = NULL;	/* the document holds it now */
	xmlFreeParserCtxt(ctxt);
	return doc;
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
	htmlDocPtr doc = html_read(html, (int)len, opts);
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
		if (attempt > 0)
			html_page_reset(&pg, root);
		buf_reset(&cur);
		pg.strip_unlikely = attempt == 0;
		pg.clean = attempt < 2;
		pg.collect_meta = attempt == 0;
		html_measure(&pg, root);
		if (pg.body == NULL)
			pg.body = root;
		xmlNode *top = html_pick_top(&pg);
		html_pick_siblings(&pg, top);
		html_write_article(&pg, top, &cur);
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
	html_meta_write(&pg.meta, meta);
	html_arena_free(&pg.arena);
	xmlFreeDoc(doc);
	int empty = best.len == 0;
	buf_add(text, best.data, best.len);
	buf_release(&best);
	buf_release(&cur);
	if (empty)
		return msg_error("%s: no article text in the page", source);
	return 0;
}
