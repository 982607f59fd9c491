/* resolve: what the resolve stage's helper files share. */
#ifndef CAPTIVE_RESOLVE_H
#define CAPTIVE_RESOLVE_H

#include <jansson.h>
#include "hmap.h"

struct resolve_ctx {
	struct hmap *entities;	/* global id -> merged record (owned) */
	struct hmap *local_ids;	/* this document's local id -> global id */
	struct hmap *published;	/* document id -> publication date */
};

/* The resolution key of a name; caller frees.  NULL if not UTF-8. */
char *resolve_key(const char *name);
/* A one-word name: too weak to join documents. */
int resolve_key_is_weak(const char *name);
/*
 * Merge the document-level record rec into the resolved record have:
 * names become aliases, lists are united, the first stated nationality,
 * gender and title are kept, status follows the latest publication date
 * (published, may be NULL).
 */
void resolve_merge(json_t *have, const json_t *rec, const char *published);

#endif
