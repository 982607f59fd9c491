/*
 * extract-out.c: the records of one document, as RECORDS.md describes.
 *
 * Order: persons, groups, organizations, places, events, mentions,
 * relations, aliases (the statements of other names of persons).
 * Offsets are characters (code points) of the document's text:
 * text[start:end] is exactly the evidence, or the mention's text, or
 * the alias.
 * Identifiers derive from content: "p-" + 12 hex of SHA-256 of the
 * document id, a newline and the name; the others hash the document id,
 * their kind and what makes them distinct (name, offsets, type).
 * A person named only in the byline has a mention with "field": "byline",
 * whose offsets count characters of the document's byline.
 * The document record itself gets the relevance judgement's members
 * (extract_put_relevance); extract.c writes it before the rest.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include "buf.h"
#include "extract.h"
#include "jsonl.h"
#include "sha256.h"
#include "utf8.h"

/*
 * The order events are written in, into order[0..d->nevent): the order
 * of the text, except that of two handings-on of the same people the one
 * that delivers them to the country the other sends them on from comes
 * first ("China deported the seven ... Russia had deported them to
 * China": Russia's first), so a reader of the records sees the path in
 * the order it was travelled.  An event looks back over at most
 * XORDER_BACK events (so 10,000 events of one document stay linear) and
 * moves at most once, when its turn comes.
 */
#define XORDER_BACK 32
static void
event_order(const struct xdoc *d, size_t *order)
{
	size_t i, j, k;

	for (i = 0; i < d->nevent; i++)
		order[i] = i;
	for (j = 1; j < d->nevent; j++)
		for (i = j > XORDER_BACK ? j - XORDER_BACK : 0; i < j && d->events[order[j]].dest[0]; i++) {
			const struct xevent *a = &d->events[order[i]], *b = &d->events[order[j]];
			size_t m;

			if (strcmp(a->type, b->type) || !b->dest[0] || !a->country[0] ||
			    strcmp(b->dest, a->country) || !strcmp(b->country, a->country) || !extract_share_victim(a, b))
				continue;
			/* b moves right before a */
			m = order[j];
			for (k = j; k > i; k--)
				order[k] = order[k - 1];
			order[i] = m;
			break;
		}
}

static void
make_id(char *out, char prefix, const char *docid, const char *what)
{
	struct buf b = BUF_INIT;
	char hex[SHA256_HEX_LEN + 1];

	buf_addf(&b, "%s\n%s", docid, what);
	sha256_hex(b.data, b.len, hex);
	snprintf(out, 16, "%c-%.12s", prefix, hex);
	buf_release(&b);
}

static json_t *
str_or_null(const char *s)
{
	return s && *s ? json_string(s) : json_null();
}

static json_t *
roles_json(unsigned roles)
{
	static const char *names[] = { "victim", "defector", "official",
	    "activist", "family", "journalist", "other" };
	json_t *a = json_array();
	size_t i;

	if (roles & ~ROLE_OTHER)
		roles &= ~ROLE_OTHER;
	if (!roles)
		roles = ROLE_OTHER;
	for (i = 0; i < 7; i++)
		if (roles & (1u << i))
			json_array_append_new(a, json_string(names[i]));
	return a;
}

static json_t *
text_span(const struct xdoc *d, size_t s, size_t e)
{
	return json_stringn(d->text + s, e - s);
}

static const char *
victim_id(const struct xdoc *d, int v)
{
	return v >= 0 ? d->persons[v].id : d->groups[-v - 1].id;
}

static int
put(struct jsonl_writer *w, json_t *rec)
{
	int r = jsonl_write(w, rec);

	json_decref(rec);
	return r;
}

/*
 * The statements of p's aliases (extract-aliases.c): one "alias" record
 * each, text[start:end] the alias as written, evidence its sentence.
 */
static int
write_statements(const struct xdoc *d, const struct xperson *p, struct jsonl_writer *w)
{
	int k, rc = 0;

	for (k = 0; k < p->nsaid; k++) {
		const struct xalias *a = &p->said[k];
		const struct xsent *s = &d->sents[a->sent];
		json_t *r = json_object();

		json_object_set_new(r, "kind", json_string("alias"));
		json_object_set_new(r, "person_id", json_string(p->id));
		json_object_set_new(r, "alias", json_string(a->alias));
		json_object_set_new(r, "cue", json_string(a->cue));
		json_object_set_new(r, "document_id", json_string(d->docid));
		json_object_set_new(r, "evidence", text_span(d, s->s, s->e));
		json_object_set_new(r, "start", json_integer(d->cp[a->s]));
		json_object_set_new(r, "end", json_integer(d->cp[a->e]));
		rc |= put(w, r);
	}
	return rc;
}

void
extract_make_ids(struct xdoc *d)
{
	size_t i;
	char what[256];

	for (i = 0; i < d->nperson; i++)
		make_id(d->persons[i].id, 'p', d->docid, d->persons[i].name);
	for (i = 0; i < d->ngroup; i++) {
		snprintf(what, sizeof(what), "group\n%zu\n%zu", d->toks[d->groups[i].t0].s,
		    d->toks[d->groups[i].t1 - 1].e);
		make_id(d->groups[i].id, 'g', d->docid, what);
	}
	for (i = 0; i < d->norg; i++) {
		snprintf(what, sizeof(what), "organization\n%.200s", d->orgs[i].name);
		make_id(d->orgs[i].id, 'o', d->docid, what);
	}
	for (i = 0; i < d->nplace; i++) {
		snprintf(what, sizeof(what), "place\n%.200s", d->places[i].name);
		make_id(d->places[i].id, 'l', d->docid, what);
	}
	/* an event's id hashes its first victim's, made above */
	for (i = 0; i < d->nevent; i++) {
		struct xevent *e = &d->events[i];
		const struct xsent *s = &d->sents[e->sent];

		snprintf(what, sizeof(what), "event\n%s\n%zu\n%zu\n%s", e->type, s->s, s->e,
		    victim_id(d, e->victims[0]));
		make_id(e->id, 'e', d->docid, what);
	}
}

/*
 * The judgement of extract-relevance.c on the document record (RECORDS.md):
 * relevance ("relevant" or "off-topic"); relevance_event (the act's
 * event id, null when the act is a trigger extract made no event of, or
 * there is none); relevance_act, relevance_act_start, relevance_act_end
 * (the act's trigger words and their characters); relevance_tie (its
 * kind, null when none), relevance_tie_text, relevance_tie_start,
 * relevance_tie_end (the tie's words, or the act's sentence for a tie of
 * its country).
 */
void
extract_put_relevance(const struct xdoc *d, const struct xrelevance *r, json_t *doc)
{
	int tied = r->tie != TIE_NONE;

	json_object_set_new(doc, "relevance", json_string(r->relevant ? "relevant" : "off-topic"));
	json_object_set_new(doc, "relevance_event", r->event >= 0 ?
	    json_string(d->events[r->event].id) : json_null());
	json_object_set_new(doc, "relevance_act", r->act ? text_span(d, r->as, r->ae) : json_null());
	json_object_set_new(doc, "relevance_act_start", r->act ? json_integer(d->cp[r->as]) :
	    json_null());
	json_object_set_new(doc, "relevance_act_end", r->act ? json_integer(d->cp[r->ae]) :
	    json_null());
	json_object_set_new(doc, "relevance_tie", str_or_null(extract_tie_name(r->tie)));
	json_object_set_new(doc, "relevance_tie_text", tied ? text_span(d, r->s, r->e) : json_null());
	json_object_set_new(doc, "relevance_tie_start", tied ? json_integer(d->cp[r->s]) :
	    json_null());
	json_object_set_new(doc, "relevance_tie_end", tied ? json_integer(d->cp[r->e]) : json_null());
}

int
extract_write(struct xdoc *d, struct jsonl_writer *w, const char *byline)
{
	size_t i, *order;
	int a, rc = 0;

	for (i = 0; i < d->nperson; i++) {
		const struct xperson *p = &d->persons[i];
		json_t *r = json_object(), *al = json_array();
		const char *status = NULL;

		for (a = 0; a < p->naliases; a++)
			json_array_append_new(al, json_string(p->aliases[a]));
		if (p->dead)
			status = "dead";
		else if (p->released)
			status = "released";
		else if (p->detained)
			status = "detained";
		else if (p->roles & ROLE_VICTIM)
			status = "unknown";
		json_object_set_new(r, "kind", json_string("person"));
		json_object_set_new(r, "id", json_string(p->id));
		json_object_set_new(r, "document_id", json_string(d->docid));
		json_object_set_new(r, "name", json_string(p->name));
		json_object_set_new(r, "aliases", al);
		json_object_set_new(r, "roles", roles_json(p->roles));
		json_object_set_new(r, "nationality", str_or_null(p->nationality[0] ? p->nationality :
		    p->jp_name ? "JP" : NULL));
		json_object_set_new(r, "gender", p->gender == 'm' ? json_string("male") :
		    p->gender == 'f' ? json_string("female") : json_null());
		json_object_set_new(r, "status", str_or_null(status));
		json_object_set_new(r, "title", str_or_null(p->title));
		json_object_set_new(r, "age", p->age ? json_integer(p->age) : json_null());
		rc |= put(w, r);
	}
	for (i = 0; i < d->ngroup; i++) {
		const struct xgroup *g = &d->groups[i];
		const struct xsent *s = &d->sents[d->toks[g->t0].sent];
		json_t *r = json_object();
		size_t ds = g->d0;

		json_object_set_new(r, "kind", json_string("group"));
		json_object_set_new(r, "id", json_string(g->id));
		json_object_set_new(r, "document_id", json_string(d->docid));
		if (g->part_of >= 0) {
			/* "nine of them (of 16 people)": the part says of what */
			const struct xgroup *whole = &d->groups[g->part_of];
			struct buf b = BUF_INIT;

			buf_addf(&b, "%.*s (of %.*s)", (int)(d->toks[g->t1 - 1].e - d->toks[ds].s),
			    d->text + d->toks[ds].s, (int)(d->toks[whole->t1 - 1].e - d->toks[whole->t0].s),
			    d->text + d->toks[whole->t0].s);
			json_object_set_new(r, "description", json_stringn(b.data, b.len));
			buf_release(&b);
		} else if (g->hn > 0) {
			/* "15 Thai and two Lao sailors": "Thai sailors" */
			struct buf b = BUF_INIT;

			buf_addf(&b, "%.*s %.*s", (int)(d->toks[g->t1 - 1].e - d->toks[ds].s),
			    d->text + d->toks[ds].s, (int)(d->toks[g->h0 + g->hn - 1].e - d->toks[g->h0].s),
			    d->text + d->toks[g->h0].s);
			json_object_set_new(r, "description", json_stringn(b.data, b.len));
			buf_release(&b);
		} else
			json_object_set_new(r, "description", text_span(d, d->toks[ds].s,
			    d->toks[g->t1 - 1].e));
		json_object_set_new(r, "count", g->count > 0 ? json_integer(g->count) : json_null());
		json_object_set_new(r, "roles", roles_json(g->roles));
		json_object_set_new(r, "nationality", str_or_null(g->nationality));
		json_object_set_new(r, "evidence", text_span(d, s->s, s->e));
		json_object_set_new(r, "start", json_integer(d->cp[s->s]));
		json_object_set_new(r, "end", json_integer(d->cp[s->e]));
		rc |= put(w, r);
	}
	for (i = 0; i < d->norg; i++) {
		json_t *r = json_object(), *al = json_array();

		for (a = 0; a < d->orgs[i].naliases; a++)
			json_array_append_new(al, json_string(d->orgs[i].aliases[a]));

		json_object_set_new(r, "kind", json_string("organization"));
		json_object_set_new(r, "id", json_string(d->orgs[i].id));
		json_object_set_new(r, "document_id", json_string(d->docid));
		json_object_set_new(r, "name", json_string(d->orgs[i].name));
		json_object_set_new(r, "aliases", al);
		json_object_set_new(r, "org_kind", str_or_null(d->orgs[i].kind));
		json_object_set_new(r, "country", str_or_null(d->orgs[i].country));
		rc |= put(w, r);
	}
	for (i = 0; i < d->nplace; i++) {
		json_t *r = json_object();

		json_object_set_new(r, "kind", json_string("place"));
		json_object_set_new(r, "id", json_string(d->places[i].id));
		json_object_set_new(r, "document_id", json_string(d->docid));
		json_object_set_new(r, "name", json_string(d->places[i].name));
		json_object_set_new(r, "place_kind", str_or_null(d->places[i].kind));
		json_object_set_new(r, "country", str_or_null(d->places[i].country));
		rc |= put(w, r);
	}
	order = xcalloc(d->nevent + 1, sizeof(*order));
	event_order(d, order);
	for (i = 0; i < d->nevent; i++) {
		struct xevent *e = &d->events[order[i]];
		const struct xsent *s = &d->sents[e->sent];
		json_t *r = json_object(), *parts = json_array();

		for (a = 0; a < e->nvictims; a++) {
			json_t *pp = json_object();

			json_object_set_new(pp, "participant_id", json_string(victim_id(d, e->victims[a])));
			json_object_set_new(pp, "role", json_string("victim"));
			json_array_append_new(parts, pp);
		}
		json_object_set_new(r, "kind", json_string("event"));
		json_object_set_new(r, "id", json_string(e->id));
		json_object_set_new(r, "document_id", json_string(d->docid));
		json_object_set_new(r, "type", json_string(e->type));
		json_object_set_new(r, "date", str_or_null(e->date));
		json_object_set_new(r, "date_text", str_or_null(e->date_text));
		json_object_set_new(r, "place", str_or_null(e->place));
		json_object_set_new(r, "country", str_or_null(e->country));
		json_object_set_new(r, "evidence", text_span(d, s->s, s->e));
		json_object_set_new(r, "start", json_integer(d->cp[s->s]));
		json_object_set_new(r, "end", json_integer(d->cp[s->e]));
		json_object_set_new(r, "participants", parts);
		rc |= put(w, r);
	}
	free(order);
	for (i = 0; i < d->nent; i++) {
		const struct xent *en = &d->ents[i];
		const char *id;
		json_t *r;
		size_t s = d->toks[en->t0].s, e = d->toks[en->t1 - 1].e;

		switch (en->kind) {
		case ENT_PERSON: id = d->persons[en->id].id; break;
		case ENT_GROUP: id = d->groups[en->id].id; break;
		case ENT_PLACE: id = d->places[en->id].id; break;
		case ENT_ORG: id = d->orgs[en->id].id; break;
		case ENT_PRONOUN:
			/* "he", "she", "his": the person it stands for
			 * (extract_pronouns, extract_events); not the nouns
			 * ("the woman": id -4) they resolve by the latest
			 * person, which extract-refs.c links only when one fits */
			if (en->id != -1 || en->ref < 0 || (size_t)en->ref >= d->nperson)
				continue;
			id = d->persons[en->ref].id;
			break;
		default: continue;
		}
		r = json_object();
		json_object_set_new(r, "kind", json_string("mention"));
		json_object_set_new(r, "document_id", json_string(d->docid));
		json_object_set_new(r, "entity_id", json_string(id));
		json_object_set_new(r, "start", json_integer(d->cp[s]));
		json_object_set_new(r, "end", json_integer(d->cp[e]));
		json_object_set_new(r, "text", text_span(d, s, e));
		json_object_set_new(r, "field", json_string("text"));
		rc |= put(w, r);
	}
	for (i = 0; i < d->nperson && byline; i++) {
		const struct xperson *p = &d->persons[i];
		json_t *r;

		if (p->bl_s < 0)
			continue;
		r = json_object();
		json_object_set_new(r, "kind", json_string("mention"));
		json_object_set_new(r, "document_id", json_string(d->docid));
		json_object_set_new(r, "entity_id", json_string(p->id));
		json_object_set_new(r, "start", json_integer((json_int_t)utf8_count(byline, (size_t)p->bl_s)));
		json_object_set_new(r, "end", json_integer((json_int_t)utf8_count(byline, (size_t)p->bl_e)));
		json_object_set_new(r, "text", json_stringn(byline + p->bl_s, (size_t)(p->bl_e - p->bl_s)));
		json_object_set_new(r, "field", json_string("byline"));
		rc |= put(w, r);
	}
	for (i = 0; i < d->nrel; i++) {
		const struct xsent *s = &d->sents[d->rels[i].sent];
		json_t *r = json_object();

		json_object_set_new(r, "kind", json_string("relation"));
		json_object_set_new(r, "subject_id", json_string(d->persons[d->rels[i].subj].id));
		json_object_set_new(r, "predicate", json_string(d->rels[i].pred));
		json_object_set_new(r, "object_id", json_string(d->persons[d->rels[i].obj].id));
		json_object_set_new(r, "document_id", json_string(d->docid));
		json_object_set_new(r, "evidence", text_span(d, s->s, s->e));
		rc |= put(w, r);
	}
	for (i = 0; i < d->nperson; i++)
		rc |= write_statements(d, &d->persons[i], w);
	return rc;
}
