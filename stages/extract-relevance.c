/*
 * extract-relevance.c: is a document about the field at all?
 *
 * A general news crawl holds mostly text of no concern to the dataset:
 * US politics, business, sports, a court case in Ohio, a missile test.
 * Extract finds persons and groups in all of it ("state residents",
 * "employees"), and a release would publish them beside the detainees.
 * A document is relevant when both hold:
 *   - an act: an event extract made (a trigger of the eight types of
 *     BRIEF.md, the only ones the trigger lexicons list) with a person
 *     or group as its victim; else, so that an act extract missed does
 *     not cost an article of the field its persons, a trigger in a
 *     sentence that names a person or group (or has "he" or "she"),
 *     unless a thing follows it ("released a statement");
 *   - a tie to North Korea or to a North Korean: a victim of nationality
 *     KP, an event whose country is KP, the text naming a place of KP
 *     (North Korea, Pyongyang, the Yalu), a person or group of
 *     nationality KP, or a nationality word of KP ("North Korean"); or
 *     an act that relevance.tsv ties to the field by its type and its
 *     victim's nationality (a Japanese abductee's story may never name
 *     the state that took her).
 * So a report of a missile test (a tie, no act) and of an arrest in
 * Texas (an act, no tie) are both off-topic, and a South Korean taken
 * by North Korean agents is relevant (the act's country is KP).
 *
 * The judgement keeps its evidence: the act (the first event with a tie
 * of its own, else the first event) and the first tie found, the
 * strongest kind first, with its words' offsets.  The caller puts them
 * on the document record (extract-out.c); captive-emit leaves the
 * records of an off-topic document out of the release.
 */
#include <string.h>
#include "extract.h"

static const char *const tie_names[] = {
	[TIE_NONE] = NULL,
	[TIE_EVENT_COUNTRY] = "event_country",
	[TIE_VICTIM] = "victim_nationality",
	[TIE_PLACE] = "place",
	[TIE_PERSON] = "person_nationality",
	[TIE_GROUP] = "group_nationality",
	[TIE_DEMONYM] = "demonym",
	[TIE_FIELD_ACT] = "field_act",
};

const char *
extract_tie_name(enum xtie tie)
{
	return tie_names[tie];
}

static int
is_kp(const char *cc)
{
	return cc[0] == 'K' && cc[1] == 'P' && cc[2] == '\0';
}

/* Bytes of the first mention of victim v (>= 0 person, < 0 group) in
 * *s, *e; 0 when it has none (then nothing is set). */
static int
victim_span(const struct xdoc *d, int v, size_t *s, size_t *e)
{
	size_t i;

	if (v < 0) {
		const struct xgroup *g = &d->groups[-v - 1];

		*s = d->toks[g->t0].s;
		*e = d->toks[g->t1 - 1].e;
		return 1;
	}
	for (i = 0; i < d->nent; i++)
		if (d->ents[i].kind == ENT_PERSON && d->ents[i].id == v) {
			*s = d->toks[d->ents[i].t0].s;
			*e = d->toks[d->ents[i].t1 - 1].e;
			return 1;
		}
	return 0;
}

static int
victim_is_kp(const struct xdoc *d, int v)
{
	return is_kp(v >= 0 ? d->persons[v].nationality : d->groups[-v - 1].nationality);
}

/* A place of KP named in sentence sent: its words in r.  Looks at the
 * sentence's tokens only (toks[].ent), so that judging a document of
 * many events stays linear. */
static int
sentence_place(const struct xdoc *d, size_t sent, struct xrelevance *r)
{
	size_t t;

	for (t = d->sents[sent].t0; t < d->sents[sent].t1; t++) {
		const struct xent *en;

		if (d->toks[t].ent < 0)
			continue;
		en = &d->ents[d->toks[t].ent];
		if (en->kind != ENT_PLACE || !is_kp(d->places[en->id].country))
			continue;
		r->tie = TIE_PLACE;
		r->s = d->toks[en->t0].s;
		r->e = d->toks[en->t1 - 1].e;
		return 1;
	}
	return 0;
}

/* Is the act of type against a victim of nationality cc one that
 * relevance.tsv ties to the field?  Its line there (for --trace), or 0. */
static unsigned
field_act(const struct xdoc *d, const char *type, const char *cc)
{
	const struct lex *l = d->lx->relevance;
	size_t i;

	for (i = 0; cc[0] && i < l->n; i++)
		if (!strcmp(lex_get(l, &l->entries[i], "type"), type) &&
		    !strcmp(lex_get(l, &l->entries[i], "nationality"), cc))
			return l->entries[i].line;
	return 0;
}

/* A tie of event ev itself: a victim's nationality, a place of KP in
 * its sentence (the words are better evidence than the country), its
 * country, or the act and its victim's nationality (relevance.tsv). */
static int
event_tie(const struct xdoc *d, size_t ev, struct xrelevance *r)
{
	const struct xevent *x = &d->events[ev];
	int k;

	for (k = 0; k < x->nvictims; k++)
		if (victim_is_kp(d, x->victims[k]) && victim_span(d, x->victims[k], &r->s, &r->e)) {
			r->tie = TIE_VICTIM;
			return 1;
		}
	if (sentence_place(d, x->sent, r))
		return 1;
	if (is_kp(x->country)) {
		r->tie = TIE_EVENT_COUNTRY;
		r->s = d->sents[x->sent].s;
		r->e = d->sents[x->sent].e;
		return 1;
	}
	for (k = 0; k < x->nvictims; k++) {
		int v = x->victims[k];

		/* a Japanese given name makes a Japanese (as extract-out.c
		 * writes the person) unless the text says otherwise */
		const char *cc = v < 0 ? d->groups[-v - 1].nationality :
		    d->persons[v].nationality[0] ? d->persons[v].nationality :
		    d->persons[v].jp_name ? "JP" : "";

		if ((r->tie_line = field_act(d, x->type, cc)) && victim_span(d, v, &r->s, &r->e)) {
			r->tie = TIE_FIELD_ACT;
			return 1;
		}
	}
	return 0;
}

/* The act of event ev: its trigger's words. */
static void
set_act(const struct xdoc *d, size_t ev, struct xrelevance *r)
{
	struct xtrig tr;
	size_t t = d->events[ev].tok, n = 1;

	if (extract_trigger(d, t, &tr) && tr.n > 0 && t + tr.n <= d->ntok)
		n = tr.n;
	r->event = (int)ev;
	r->act = 1;
	r->as = d->toks[t].s;
	r->ae = d->toks[t + n - 1].e;
}

/* A mention of a person or group at token t, or of "he" or "she":
 * "it" and "they" may stand for a state or a thing ("it released a
 * statement"). */
static int
names_someone(const struct xdoc *d, size_t t)
{
	const struct xent *en;

	if (d->toks[t].ent < 0)
		return 0;
	en = &d->ents[d->toks[t].ent];
	return en->kind == ENT_PERSON || en->kind == ENT_GROUP ||
	    (en->kind == ENT_PRONOUN && en->gender && !en->plural);
}

/* Does a thing follow the trigger ending before t: a determiner that
 * starts no mention of someone ("released a statement", "held the
 * launch")? */
static int
thing_after(const struct xdoc *d, size_t t)
{
	return t < d->ntok && d->toks[t].sent == d->toks[t - 1].sent &&
	    extract_evword(d, t, "determiner") && !names_someone(d, t) &&
	    !(t + 1 < d->ntok && names_someone(d, t + 1));
}

/*
 * No event: the first trigger in a sentence that names someone, not
 * followed by a thing ("the two women were held for a year", "X died in
 * a camp, and he was buried there", where extract made no event); with
 * anywhere, in any sentence ("the 14 were sent back": a count extract
 * did not make a group).  Sets the act in r; 0 when there is none.
 */
static int
trigger_act(const struct xdoc *d, struct xrelevance *r, int anywhere)
{
	size_t i = 0, sent, t, n;

	for (sent = 0; sent < d->nsent; sent++) {
		int named = 0;

		/* ents are in token order (extract_index_ents) */
		while (i < d->nent && d->toks[d->ents[i].t0].sent < sent)
			i++;
		for (; i < d->nent && d->toks[d->ents[i].t0].sent == sent; i++)
			if (names_someone(d, d->ents[i].t0))
				named = 1;
		if (!named && !anywhere)
			continue;
		for (t = d->sents[sent].t0; t < d->sents[sent].t1; t++) {
			struct xtrig tr;

			if (!extract_trigger(d, t, &tr))
				continue;
			n = tr.n > 0 && t + tr.n <= d->sents[sent].t1 ? tr.n : 1;
			if (thing_after(d, t + n))
				continue;
			r->act = 1;
			r->as = d->toks[t].s;
			r->ae = d->toks[t + n - 1].e;
			return 1;
		}
	}
	return 0;
}

/* The first mention, in text order, of a place, person or group of KP;
 * else the first nationality word of KP ("North Korean"), which need not
 * have made a person or group ("North Korean state media said"). */
static int
document_tie(const struct xdoc *d, struct xrelevance *r)
{
	size_t i, t, n;

	for (i = 0; i < d->nent; i++) {
		const struct xent *en = &d->ents[i];
		enum xtie tie = TIE_NONE;

		if (en->kind == ENT_PLACE && is_kp(d->places[en->id].country))
			tie = TIE_PLACE;
		else if (en->kind == ENT_PERSON && is_kp(d->persons[en->id].nationality))
			tie = TIE_PERSON;
		else if (en->kind == ENT_GROUP && is_kp(d->groups[en->id].nationality))
			tie = TIE_GROUP;
		if (tie != TIE_NONE) {
			r->tie = tie;
			r->s = d->toks[en->t0].s;
			r->e = d->toks[en->t1 - 1].e;
			return 1;
		}
	}
	for (t = 0; t < d->ntok; t++) {
		const struct lex_entry *m;

		if (!(d->toks[t].flags & TOK_CAP))
			continue;
		m = extract_match(d, d->lx->demonyms, t, 3, &n);
		if (m && is_kp(lex_get(d->lx->demonyms, m, "country"))) {
			r->tie = TIE_DEMONYM;
			r->s = d->toks[t].s;
			r->e = d->toks[t + n - 1].e;
			return 1;
		}
	}
	return 0;
}

void
extract_relevance(const struct xdoc *d, struct xrelevance *r)
{
	size_t i;
	int first = -1;

	memset(r, 0, sizeof(*r));
	r->event = -1;
	r->tie = TIE_NONE;
	for (i = 0; i < d->nevent; i++) {
		if (d->events[i].dead == 1 || d->events[i].nvictims == 0)
			continue;
		if (first < 0)
			first = (int)i;
		if (event_tie(d, i, r)) {
			set_act(d, i, r);
			r->relevant = 1;
			return;
		}
	}
	/* No act has a tie of its own: one anywhere in the text will do,
	 * but only for a document with an act at all. */
	if (first >= 0)
		set_act(d, (size_t)first, r);
	else if (!trigger_act(d, r, 0))
		trigger_act(d, r, 1);
	if (r->act && document_tie(d, r))
		r->relevant = 1;
}

void
extract_relevance_trace(const struct xdoc *d, const struct xrelevance *r, FILE *fp)
{
	fprintf(fp, "captive-extract: trace: %s: %s: ", d->docid,
	    r->relevant ? "relevant" : "off-topic");
	if (!r->act) {
		fputs("no act against a person or group\n", fp);
		return;
	}
	fprintf(fp, "act \"%.*s\" (%s)", (int)(r->ae - r->as), d->text + r->as,
	    r->event >= 0 ? d->events[r->event].id : "a trigger, no event");
	if (r->tie == TIE_NONE) {
		fputs(", no tie to North Korea or a North Korean\n", fp);
		return;
	}
	fprintf(fp, "; tie %s \"%.*s\"", extract_tie_name(r->tie), (int)(r->e - r->s > 120 ? 120 :
	    r->e - r->s), d->text + r->s);
	if (r->tie == TIE_FIELD_ACT)
		fprintf(fp, " (relevance.tsv:%u)", r->tie_line);
	fputc('\n', fp);
}
