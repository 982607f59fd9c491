/* resolve: what the resolve stage's helper files share. */
#ifndef CAPTIVE_RESOLVE_H
#define CAPTIVE_RESOLVE_H

#include <jansson.h>
#include "hmap.h"

struct resolve_ctx {
	struct hmap *entities;	/* global id -> merged record (owned) */
	struct hmap *local_ids;	/* this document's local id -> global id */
	struct hmap *published;	/* document id -> publication date */
	struct hmap *found_in;	/* "global id\tdocument id" -> (void *)1: document_ids
				 * without a scan of the list per record */
};

/* The resolution key of a name; caller frees.  NULL if not UTF-8. */
char *resolve_key(const char *name);
/* A one-word name: too weak to join documents. */
int resolve_key_is_weak(const char *name);
/*
 * Merge the document-level record rec into the resolved record have:
 * names become aliases, lists are united, the first stated nationality,
 * gender and title are kept, status follows the latest publication date
 * (published, may be NULL).  Not document_ids: the caller appends rec's
 * document to them (resolve.c, through ctx->found_in), since a scan of
 * that list per record is quadratic in the documents an entity is in.
 */
void resolve_merge(json_t *have, const json_t *rec, const char *published);

#endif
