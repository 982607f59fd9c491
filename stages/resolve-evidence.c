/*
 * resolve-evidence: what two forms of a person have in common beyond
 * the name, for the note of their join ("merges").
 *
 * While resolve reads, the dated events each form is a victim of
 * ("arrest 2019-03 in CN") and the relatives each is stated to have
 * (relations "family_of", either way) are filed under the form's id.
 * When resolve-cluster.c joins two forms, the note says which stated
 * attributes both share (nationality, gender, ages that give one year of
 * birth, roles), which events both are victims of, and which relatives
 * both have, so that a user can audit the join.
 *
 * Holds: per form id, a list of event strings and one of relative ids;
 * small beside the forms themselves (one entry an event or relation).
 */
#include <string.h>
#include "buf.h"
#include "hmap.h"
#include "jsonl.h"
#include "resolve.h"

/* Append s to the list of strings map[id] once; the list is made as needed. */
static void
file_under(struct hmap *map, const char *id, const char *s)
{
	json_t *list = hmap_get(map, id), *v;
	size_t i;

	if (list == NULL) {
		list = json_array();
		hmap_put(map, id, list);
	}
	json_array_foreach(list, i, v)
		if (strcmp(json_string_value(v), s) == 0)
			return;
	json_array_append_new(list, json_string(s));
}

void
resolve_evidence_add(struct resolve_ctx *ctx, const json_t *rec, const char *kind)
{
	const char *type, *date, *country, *pid, *subj, *obj;
	struct buf fact = BUF_INIT;
	json_t *p;
	size_t i;

	if (strcmp(kind, "event") == 0) {
		type = jsonl_str(rec, "type");
		date = jsonl_str(rec, "date");
		country = jsonl_str(rec, "country");
		if (type == NULL || date == NULL)
			return;		/* an undated act says little of who it was */
		buf_addf(&fact, "%s %s", type, date);
		if (country)
			buf_addf(&fact, " in %s", country);
		json_array_foreach(json_object_get(rec, "participants"), i, p)
			if ((pid = jsonl_str(p, "participant_id")) != NULL &&
			    strncmp(pid, "p-", 2) == 0 && jsonl_str(p, "role") &&
			    strcmp(jsonl_str(p, "role"), "victim") == 0)
				file_under(ctx->events_of, pid, fact.data);
		buf_release(&fact);
	} else if (strcmp(kind, "relation") == 0) {
		subj = jsonl_str(rec, "subject_id");
		obj = jsonl_str(rec, "object_id");
		if (subj && obj && jsonl_str(rec, "predicate") &&
		    strcmp(jsonl_str(rec, "predicate"), "family_of") == 0) {
			file_under(ctx->relatives_of, subj, obj);
			file_under(ctx->relatives_of, obj, subj);
		}
	}
}

/* The roles both records state, "other" aside, as ", roles a, b in both". */
static void
note_roles(struct buf *note, const json_t *a, const json_t *b)
{
	json_t *ra = json_object_get(a, "roles"), *rb = json_object_get(b, "roles"), *v, *w;
	size_t i, j, n = 0;

	json_array_foreach(ra, i, v) {
		if (!json_is_string(v) || strcmp(json_string_value(v), "other") == 0)
			continue;
		json_array_foreach(rb, j, w)
			if (json_is_string(w) && strcmp(json_string_value(v), json_string_value(w)) == 0) {
				buf_addf(note, "%s%s", n++ ? " and " : ", role ", json_string_value(v));
				break;
			}
	}
	if (n)
		buf_adds(note, " in both");
}

/* The years of birth both records' ages give: ", ages agree (born 1982-1984)". */
static void
note_births(struct buf *note, const json_t *a, const json_t *b)
{
	json_t *af = json_object_get(a, "born_from"), *at = json_object_get(a, "born_to");
	json_t *bf = json_object_get(b, "born_from"), *bt = json_object_get(b, "born_to");
	json_int_t from, to;

	if (!json_is_integer(af) || !json_is_integer(at) || !json_is_integer(bf) ||
	    !json_is_integer(bt))
		return;
	from = json_integer_value(af) < json_integer_value(bf) ? json_integer_value(af) :
	    json_integer_value(bf);
	to = json_integer_value(at) > json_integer_value(bt) ? json_integer_value(at) :
	    json_integer_value(bt);
	buf_addf(note, ", ages agree (born %lld-%lld)", (long long)from, (long long)to);
}

void
resolve_evidence_note(const struct resolve_ctx *ctx, struct buf *note, const json_t *a,
    const char *ida, const json_t *b, const char *idb,
    int (*same)(void *arg, const char *x, const char *y), void *arg)
{
	json_t *la, *lb, *v, *w, *rel;
	size_t i, j;
	const char *name;

	note_births(note, a, b);
	note_roles(note, a, b);
	la = hmap_get(ctx->events_of, ida);
	lb = hmap_get(ctx->events_of, idb);
	json_array_foreach(la, i, v)
		json_array_foreach(lb, j, w)
			if (strcmp(json_string_value(v), json_string_value(w)) == 0) {
				buf_addf(note, ", %s in both", json_string_value(v));
				break;
			}
	la = hmap_get(ctx->relatives_of, ida);
	lb = hmap_get(ctx->relatives_of, idb);
	json_array_foreach(la, i, v)
		json_array_foreach(lb, j, w)
			if (same(arg, json_string_value(v), json_string_value(w))) {
				rel = hmap_get(ctx->entities, json_string_value(v));
				name = rel ? jsonl_str(rel, "name") : NULL;
				buf_addf(note, ", relative %s in both", name ? name : json_string_value(v));
				break;
			}
}

static void
decref_list(void *v)
{
	json_decref(v);
}

void
resolve_evidence_init(struct resolve_ctx *ctx)
{
	ctx->events_of = hmap_new();
	ctx->relatives_of = hmap_new();
}

void
resolve_evidence_free(struct resolve_ctx *ctx)
{
	hmap_free(ctx->events_of, decref_list);
	hmap_free(ctx->relatives_of, decref_list);
}
