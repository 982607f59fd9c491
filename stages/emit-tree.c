/*
 * emit-tree.c: the nested tree of captive.json (and captive.xml), built so
 * that a researcher can read one person and see their events, sources and
 * evidence without joining tables:
 *
 *   {"version": V,
 *    "documents":     [document, ...],
 *    "persons":       [entity, ...],
 *    "groups":        [entity, ...],
 *    "organizations": [entity, ...],
 *    "places":        [entity, ...],
 *    "events":        [event, ...],
 *    "relations":     [relation, ...],
 *    "mentions":      [mention, ...]}	(only mentions of unknown entities)
 *
 * Every object holds its table's columns in schema order, named as the
 * columns are, null and absent values left out, lists as arrays (but an
 * entity's "document_ids" become its "documents").  Then:
 *   entity += "documents": [{id, source, title, publisher, published}],
 *             "events":    [{event_id, role, type, date, date_text, place,
 *                            country, document_id, source, evidence, start,
 *                            end}],
 *             "mentions":  [{document_id, start, end, text, field}],
 *             "relations": [relation, ...]	(as subject or object)
 *   event  += "source", "participants": [{participant_id, role, name}]
 * Arrays are in input order, which is deterministic.  Values are shared
 * with the records (reference counts), so the records must outlive nothing:
 * the tree holds its own references.
 */
#include <string.h>
#include "emit.h"
#include "hmap.h"

/* Record kinds of the tree, in the order of its top-level arrays. */
static const struct {
	const char *kind, *key;
	int entity;
} tree_kinds[] = {
	{ "document", "documents", 0 },
	{ "person", "persons", 1 },
	{ "group", "groups", 1 },
	{ "organization", "organizations", 1 },
	{ "place", "places", 1 },
	{ "event", "events", 0 },
	{ "relation", "relations", 0 },
};
#define TREE_NKINDS (sizeof(tree_kinds) / sizeof(tree_kinds[0]))

struct tree_ctx {
	const struct emit_model *m;
	struct hmap *docs;	/* document id -> its object in the tree */
	struct hmap *entities;	/* entity id -> its object in the tree */
};

/* rec's columns as a new object (caller owns it). */
static json_t *
tree_object(const struct emit_table *t, json_t *rec)
{
	json_t *o = json_object();
	size_t j;

	for (j = 0; j < t->ncols; j++) {
		json_t *v = emit_value(&t->cols[j], rec, NULL);

		if (v != NULL)
			json_object_set(o, t->cols[j].name, v);
	}
	return o;
}

/* Copy member key of from into to, when present. */
static void
tree_copy(json_t *to, const char *as, json_t *from, const char *key)
{
	json_t *v = json_object_get(from, key);

	if (v != NULL && !json_is_null(v))
		json_object_set(to, as, v);
}

static json_t *
tree_doc_summary(struct tree_ctx *c, json_t *id)
{
	json_t *s = json_object(), *doc;

	json_object_set(s, "id", id);
	doc = json_is_string(id) ? hmap_get(c->docs, json_string_value(id)) : NULL;
	if (doc != NULL) {
		tree_copy(s, "source", doc, "source");
		tree_copy(s, "title", doc, "title");
		tree_copy(s, "publisher", doc, "publisher");
		tree_copy(s, "published", doc, "published");
	}
	return s;
}

static void
tree_entity(struct tree_ctx *c, json_t *o, json_t *rec)
{
	json_t *docs = json_array(), *ids, *id;
	size_t i;

	ids = json_object_get(rec, "document_ids");
	if (json_is_array(ids))
		json_array_foreach(ids, i, id)
			json_array_append_new(docs, tree_doc_summary(c, id));
	else if (json_is_string(json_object_get(rec, "document_id")))
		json_array_append_new(docs, tree_doc_summary(c,
				      json_object_get(rec, "document_id")));
	/* "documents" says more than the bare ids of the column. */
	json_object_del(o, "document_ids");
	json_object_set_new(o, "documents", docs);
	json_object_set_new(o, "events", json_array());
	json_object_set_new(o, "mentions", json_array());
	json_object_set_new(o, "relations", json_array());
	id = json_object_get(o, "id");
	if (json_is_string(id) && hmap_get(c->entities, json_string_value(id)) == NULL)
		hmap_put(c->entities, json_string_value(id), o);
}

/* The entity's name for a participant list: its name or description. */
static json_t *
tree_name(json_t *entity)
{
	json_t *v = json_object_get(entity, "name");

	return v ? v : json_object_get(entity, "description");
}

static void
tree_event(struct tree_ctx *c, json_t *o, json_t *rec)
{
	static const char *keys[] = {
		"type", "date", "date_text", "place", "country", "document_id",
		"source", "evidence", "start", "end"
	};
	json_t *parts = json_array(), *items, *item, *doc;
	size_t i, k;

	doc = hmap_get(c->docs, json_string_value(json_object_get(o, "document_id")) ?
		       json_string_value(json_object_get(o, "document_id")) : "");
	if (doc != NULL)
		tree_copy(o, "source", doc, "source");
	items = json_object_get(rec, "participants");
	json_array_foreach(items, i, item) {
		json_t *p = json_object(), *who, *ent = NULL, *ev;

		who = json_object_get(item, "participant_id");
		if (json_is_string(who))
			ent = hmap_get(c->entities, json_string_value(who));
		tree_copy(p, "participant_id", item, "participant_id");
		tree_copy(p, "role", item, "role");
		if (ent != NULL && tree_name(ent) != NULL)
			json_object_set(p, "name", tree_name(ent));
		json_array_append_new(parts, p);
		if (ent == NULL)
			continue;
		ev = json_object();
		tree_copy(ev, "event_id", o, "id");
		tree_copy(ev, "role", item, "role");
		for (k = 0; k < sizeof(keys) / sizeof(keys[0]); k++)
			tree_copy(ev, keys[k], o, keys[k]);
		json_array_append_new(json_object_get(ent, "events"), ev);
	}
	json_object_set_new(o, "participants", parts);
}

static void
tree_relation(struct tree_ctx *c, json_t *o)
{
	const char *s = json_string_value(json_object_get(o, "subject_id"));
	const char *ob = json_string_value(json_object_get(o, "object_id"));
	json_t *ent;

	if (s != NULL && (ent = hmap_get(c->entities, s)) != NULL)
		json_array_append(json_object_get(ent, "relations"), o);
	if (ob != NULL && (s == NULL || strcmp(s, ob) != 0) &&
	    (ent = hmap_get(c->entities, ob)) != NULL)
		json_array_append(json_object_get(ent, "relations"), o);
}

static void
tree_mention(struct tree_ctx *c, json_t *orphans, json_t *rec)
{
	const char *id = json_string_value(json_object_get(rec, "entity_id"));
	json_t *ent = id ? hmap_get(c->entities, id) : NULL;
	json_t *m = json_object();

	if (ent == NULL)
		tree_copy(m, "entity_id", rec, "entity_id");
	tree_copy(m, "document_id", rec, "document_id");
	tree_copy(m, "start", rec, "start");
	tree_copy(m, "end", rec, "end");
	tree_copy(m, "text", rec, "text");
	tree_copy(m, "field", rec, "field");
	json_array_append_new(ent ? json_object_get(ent, "mentions") : orphans, m);
}

/* Add the records of kind to arr, in input order. */
static void
tree_add_kind(struct tree_ctx *c, json_t *arr, json_t *records,
			  const char *kind, int entity)
{
	const struct emit_table *t = emit_model_find(c->m, kind);
	json_t *rec;
	size_t i;

	if (t == NULL)
		return;
	json_array_foreach(records, i, rec) {
		json_t *o;
		const char *id;

		if (strcmp(json_string_value(json_object_get(rec, "kind")), kind) != 0)
			continue;
		o = tree_object(t, rec);
		json_array_append_new(arr, o);
		if (strcmp(kind, "document") == 0) {
			id = json_string_value(json_object_get(o, "id"));
			if (id != NULL && hmap_get(c->docs, id) == NULL)
				hmap_put(c->docs, id, o);
		} else if (entity) {
			tree_entity(c, o, rec);
		} else if (strcmp(kind, "event") == 0) {
			tree_event(c, o, rec);
		} else if (strcmp(kind, "relation") == 0) {
			tree_relation(c, o);
		}
	}
}

json_t *
emit_tree(const struct emit_model *m, json_t *records, const char *version)
{
	struct tree_ctx c = { m, hmap_new(), hmap_new() };
	json_t *tree = json_object(), *orphans = json_array(), *rec;
	size_t i, k;

	json_object_set_new(tree, "version", json_string(version));
	/* Documents and entities first: events, relations, mentions refer to them. */
	for (k = 0; k < TREE_NKINDS; k++) {
		json_t *arr = json_array();

		json_object_set_new(tree, tree_kinds[k].key, arr);
		tree_add_kind(&c, arr, records, tree_kinds[k].kind, tree_kinds[k].entity);
	}
	json_array_foreach(records, i, rec)
		if (strcmp(json_string_value(json_object_get(rec, "kind")), "mention") == 0)
			tree_mention(&c, orphans, rec);
	/* Tables the tree does not know yet go flat under their table name. */
	for (k = 0; k < m->ntables; k++) {
		const struct emit_table *t = &m->tables[k];
		size_t j;
		int known = strcmp(t->record, "mention") == 0 || t->nested != NULL;

		for (j = 0; j < TREE_NKINDS; j++)
			if (strcmp(t->record, tree_kinds[j].kind) == 0)
				known = 1;
		if (known)
			continue;
		json_object_set_new(tree, t->name, json_array());
		json_array_foreach(records, i, rec)
			if (strcmp(json_string_value(json_object_get(rec, "kind")), t->record) == 0)
				json_array_append_new(json_object_get(tree, t->name),
						      tree_object(t, rec));
	}
	json_object_set_new(tree, "mentions", orphans);
	hmap_free(c.docs, NULL);
	hmap_free(c.entities, NULL);
	return tree;
}
