/*
 * clean-html: the article body and the metadata of one HTML page.
 *
 * The page is parsed with libxml2's HTML parser (recovering, never fetching
 * anything: no network, no DTD, no external entity), the page furniture is
 * dropped (scripts, styles, navigation, forms, hidden blocks...), the block
 * that holds the article is found by scoring blocks on their text, commas,
 * paragraphs, link density and class/id hints (schema/lexicons/html-hints.tsv),
 * its sibling paragraphs are added and its own furniture (share bars, related
 * lists, captions, link lists) removed, and what remains is written as text:
 * one paragraph per block (paragraph, heading, list item, block quote),
 * paragraphs separated by a blank line.
 */
#ifndef CAPTIVE_CLEAN_HTML_H
#define CAPTIVE_CLEAN_HTML_H

#include <stddef.h>
#include <jansson.h>
#include "buf.h"

struct clean_html_rules;

/*
 * Load the class/id hints from schema/lexicons/html-hints.tsv.  Returns the
 * rules (free with clean_html_rules_free), or NULL after reporting.  Also
 * makes sure libxml2 never loads anything from outside: it installs an
 * external entity loader that refuses every URL and path (the parser is only
 * ever given memory).
 */
struct clean_html_rules *clean_html_rules_load(void);
void clean_html_rules_free(struct clean_html_rules *r);

/*
 * Extract the article body of the HTML page html[0..len) into text (appended:
 * paragraphs separated by blank lines, no trailing newline) and its metadata
 * into meta (members set when known: title, publisher, byline, published
 * (ISO date YYYY-MM-DD), language, and "found": {field: where it was found,
 * e.g. "meta og:title", "json-ld headline"}).
 *
 * The page is taken as UTF-8: ingest converts other encodings before this
 * stage, so a <meta charset> in the page is ignored (HTML_PARSE_IGNORE_ENC).
 * Parsed with HTML_PARSE_NONET | NOERROR | NOWARNING | RECOVER | COMPACT and
 * XML_PARSE_HUGE (deeply nested pages, e.g. unclosed tags, are read whole;
 * every walk here is iterative).  source names the page in messages.
 * Returns 0, or -1 after reporting "source: why" when the page cannot be
 * parsed or has no article text (meta is filled all the same).  Keeps
 * nothing between calls.
 */
int clean_html(const struct clean_html_rules *r, const char *html, size_t len,
	       const char *source, struct buf *text, json_t *meta);

#endif
