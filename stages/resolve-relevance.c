/*
 * resolve-relevance.c: the records of off-topic documents leave the chain
 * before any join.
 *
 * captive-extract judges each document ("relevance": "relevant" or
 * "off-topic", extract-relevance.c) and writes it before its records.
 * Resolve leaves every record of an off-topic document out (unless
 * --keep-off-topic), and this is the place for it, not only emit: a
 * person of a sports report must not join a detainee of the same name,
 * and with --previous an id the last release published for someone now
 * found only in off-topic text must be withdrawn (a redirect), not kept
 * for a person that emit would then drop without a word.  The document
 * records pass, with their relevance, so nothing goes missing unsaid.
 *
 * Holds the ids of the off-topic documents seen (one short string each).
 */
#include <stdlib.h>
#include <string.h>
#include "hmap.h"
#include "jsonl.h"
#include "msg.h"
#include "resolve.h"

void
resolve_relevance_init(struct resolve_relevance *r, int keep)
{
	memset(r, 0, sizeof(*r));
	r->keep = keep;
	r->off_ids = hmap_new();
}

void
resolve_relevance_document(struct resolve_relevance *r, const json_t *doc)
{
	const char *rel = jsonl_str(doc, "relevance"), *id = jsonl_str(doc, "id");

	if (rel == NULL)
		return;
	if (strcmp(rel, "off-topic") != 0) {
		r->relevant++;
		return;
	}
	r->off_topic++;
	if (!r->keep && id && !hmap_get(r->off_ids, id))
		hmap_put(r->off_ids, id, r);	/* a set: the value is not used */
}

int
resolve_relevance_left_out(struct resolve_relevance *r, const json_t *rec)
{
	const char *doc = jsonl_str(rec, "document_id");

	if (r->keep || doc == NULL || hmap_get(r->off_ids, doc) == NULL)
		return 0;
	r->left_out++;
	return 1;
}

void
resolve_relevance_free(struct resolve_relevance *r)
{
	hmap_free(r->off_ids, NULL);
}
