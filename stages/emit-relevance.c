/*
 * emit-relevance.c: the records of off-topic documents stay out of the
 * release.
 *
 * captive-extract judges each document (extract-relevance.c) and writes
 * "relevance": "relevant" or "off-topic" on its record.  A release is of
 * people held by North Korea: the persons, groups, events, mentions,
 * relations and aliases of a document about something else (a sports
 * report, an arrest in Texas) would be published beside the detainees.
 * captive-resolve has left them out already in the chain
 * (resolve-relevance.c, where it matters for joins and stable ids); emit
 * does it again for records that did not go through resolve.
 * So, unless --keep-off-topic, emit leaves out every record whose
 * document is off-topic, and trims an off-topic document from the
 * document_ids of a resolved entity found elsewhere too (an entity found
 * only in off-topic documents is left out).  The document records stay,
 * each with its relevance columns, so nothing goes missing unsaid.
 * A document with no "relevance" member (records that did not come
 * through captive-extract) is kept with everything that hangs on it.
 */
#include <string.h>
#include "emit.h"
#include "jsonl.h"

/* The ids of off-topic documents, as the keys of a new object; counts
 * the documents on the way. */
static json_t *
off_topic_ids(json_t *records, struct emit_relevance *c)
{
	json_t *ids = json_object(), *rec;
	size_t i;

	json_array_foreach(records, i, rec) {
		const char *kind = jsonl_str(rec, "kind"), *rel, *id;

		if (kind == NULL || strcmp(kind, "document") != 0)
			continue;
		rel = jsonl_str(rec, "relevance");
		id = jsonl_str(rec, "id");
		if (rel == NULL)
			c->unjudged++;
		else if (strcmp(rel, "off-topic") == 0) {
			c->off_topic++;
			if (id)
				json_object_set_new(ids, id, json_true());
		} else
			c->relevant++;
	}
	return ids;
}

/* 1 when rec belongs to off-topic documents only; trims its
 * document_ids to the others when it has some of both. */
static int
is_off_topic(json_t *rec, json_t *ids)
{
	json_t *docs = json_object_get(rec, "document_ids"), *kept, *d;
	const char *one;
	size_t i;

	if (json_is_array(docs) && json_array_size(docs) > 0) {
		kept = json_array();
		json_array_foreach(docs, i, d)
			if (!json_is_string(d) || !json_object_get(ids, json_string_value(d)))
				json_array_append(kept, d);
		if (json_array_size(kept) == 0) {
			json_decref(kept);
			return 1;
		}
		if (json_array_size(kept) < json_array_size(docs))
			json_object_set(rec, "document_ids", kept);
		json_decref(kept);
		return 0;
	}
	one = jsonl_str(rec, "document_id");
	return one && json_object_get(ids, one);
}

json_t *
emit_relevance_filter(json_t *records, int keep, struct emit_relevance *c)
{
	json_t *ids, *kept, *rec;
	size_t i;

	memset(c, 0, sizeof(*c));
	ids = off_topic_ids(records, c);
	if (keep || json_object_size(ids) == 0) {
		json_decref(ids);
		return json_incref(records);
	}
	kept = json_array();
	json_array_foreach(records, i, rec) {
		const char *kind = jsonl_str(rec, "kind");

		if ((kind == NULL || strcmp(kind, "document") != 0) && is_off_topic(rec, ids))
			c->left_out++;
		else
			json_array_append(kept, rec);
	}
	json_decref(ids);
	return kept;
}
