/*
 * extract-events.c: events, their victims, dates and countries.
 *
 * A trigger (triggers.tsv) in a sentence starts an event unless a negation
 * or a hypothetical cue (cues.tsv: not, denied, could, would, if, to
 * prevent) stands in the few words before it in the same clause, or an
 * infinitive "to" does.  The victims are, for a passive ("X was
 * arrested", "defectors held in Vietnam") or an intransitive trigger ("X
 * died"), the nearest person or group before the trigger; for an active
 * one ("police arrested X"), the nearest after it; with those joined to it
 * by "and".  Pronouns (he, they, "the defectors") stand for the latest
 * person or group before them.  No victim, no event.
 * The date is the date expression of the sentence nearest the trigger
 * (date.h resolves it against the publication date); the place the
 * nearest place after "in", "at" or "from"; failing that the country of
 * whoever acted ("Thai police", "North Korea sentenced"), the victims'
 * nationality for an abduction, the country of an earlier arrest of the
 * same victims, or North Korea when the article is about it.
 * The same act mentioned again (same type, a shared victim, compatible
 * dates) is one event.  Every scan is bounded by the sentence: linear.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "buf.h"
#include "extract.h"

#define XDATE_MAX 8

struct sdate {
	size_t s, e;		/* bytes */
	struct date v;
};

static const char *
cue_kind(const struct xdoc *d, size_t t)
{
	const struct lex_entry *e = extract_tok_lex(d, d->lx->cues, t);

	return e ? lex_get(d->lx->cues, e, "kind") : "";
}

static int
is_punct_break(const struct xdoc *d, size_t t)
{
	return !(d->toks[t].flags & TOK_WORD) && !extract_tok_is(d, t, "-") &&
	    !extract_tok_is(d, t, "'s") && !extract_tok_is(d, t, "\xe2\x80\x99s");
}

/* Negated or hypothetical: a cue in the six words before t, same clause. */
static int
is_irrealis(const struct xdoc *d, size_t t, size_t s0)
{
	size_t k;

	if (t > s0 && extract_tok_is(d, t - 1, "to"))
		return 1;
	if (t > s0 + 1 && extract_tok_is(d, t - 1, "be") && extract_tok_is(d, t - 2, "to"))
		return 1;
	for (k = 1; k <= 6 && t >= s0 + k; k++) {
		size_t at = t - k;
		const char *c;

		if (is_punct_break(d, at))
			break;
		c = cue_kind(d, at);
		if (!strcmp(c, "neg") || !strcmp(c, "hypo"))
			return 1;
		if (!strcmp(c, "clause"))
			break;
	}
	return 0;
}

static int
is_adverb(const struct xdoc *d, size_t t)
{
	const struct xtok *k = &d->toks[t];
	size_t n = k->e - k->s;

	return (n > 3 && !strncmp(d->text + k->e - 2, "ly", 2)) || extract_tok_is(d, t, "also") ||
	    extract_tok_is(d, t, "later") || extract_tok_is(d, t, "then") ||
	    extract_tok_is(d, t, "still") || extract_tok_is(d, t, "already") ||
	    extract_tok_is(d, t, "since");
}

static int
is_passive(const struct xdoc *d, size_t t, size_t s0)
{
	size_t k;

	for (k = 1; k <= 4 && t >= s0 + k; k++) {
		size_t at = t - k;

		if (!strcmp(cue_kind(d, at), "aux"))
			return 1;
		if (!is_adverb(d, at))
			break;
	}
	/* "defectors held in Vietnam", "X, who was..." is caught above */
	if (t > s0 && d->toks[t - 1].ent < 0) {
		size_t at = t - 1;
		/* the mention that ends right before t */
		(void)at;
	}
	return 0;
}

static int
victim_ok(const struct xdoc *d, const struct xent *e)
{
	if (e->ref == NOREF)
		return 0;
	if (e->ref >= 0 && (d->persons[e->ref].roles & ROLE_OFFICIAL))
		return 0;
	return e->kind == ENT_PERSON || e->kind == ENT_GROUP || e->kind == ENT_PRONOUN;
}

/* Mentions ending at or before token t in the sentence, nearest first. */
static int
victims_before(const struct xdoc *d, size_t t, size_t s0, const size_t *ent_end, int *out)
{
	long k;
	int n = 0;

	for (k = (long)t - 1; k >= (long)s0 && n == 0; k--) {
		size_t ei = ent_end[k];

		if (ei == (size_t)-1 || !victim_ok(d, &d->ents[ei]))
			continue;
		if (d->ents[ei].t0 > s0 && extract_tok_is(d, d->ents[ei].t0 - 1, "by"))
			continue;
		out[n++] = d->ents[ei].ref;
		/* "A and B", "A, B and C" */
		k = (long)d->ents[ei].t0;
		while (n < XEV_MAXV && k - 2 >= (long)s0 &&
		    (extract_tok_is(d, (size_t)k - 1, "and") || extract_tok_is(d, (size_t)k - 1, ",")) &&
		    ent_end[k - 2] != (size_t)-1 && victim_ok(d, &d->ents[ent_end[k - 2]])) {
			ei = ent_end[k - 2];
			out[n++] = d->ents[ei].ref;
			k = (long)d->ents[ei].t0;
		}
		break;
	}
	return n;
}

static int
victims_after(const struct xdoc *d, size_t t, size_t s1, int *out)
{
	size_t k;
	int n = 0;

	for (k = t; k < s1 && k < t + 14; k++) {
		int ei = d->toks[k].ent;

		if (extract_tok_is(d, k, ";") || extract_tok_is(d, k, ".") ||
		    !strcmp(cue_kind(d, k), "speech") ||
		    (!strcmp(cue_kind(d, k), "clause") && !extract_tok_is(d, k, "and")))
			break;
		if (ei < 0 || !victim_ok(d, &d->ents[ei]))
			continue;
		if (k > t && extract_tok_is(d, k - 1, "by"))
			continue;
		out[n++] = d->ents[ei].ref;
		k = d->ents[ei].t1;
		while (n < XEV_MAXV && k + 1 < s1 && extract_tok_is(d, k, "and") &&
		    d->toks[k + 1].ent >= 0 && victim_ok(d, &d->ents[d->toks[k + 1].ent])) {
			ei = d->toks[k + 1].ent;
			out[n++] = d->ents[ei].ref;
			k = d->ents[ei].t1;
		}
		break;
	}
	return n;
}

/* The country of whoever acts before t: "Thai police", "North Korea",
 * "the Lao authorities".  Also after "by" following t. */
static const char *
actor_country(const struct xdoc *d, size_t t, size_t s0, size_t s1, int passive)
{
	size_t k, n;
	const struct lex_entry *e;

	if (passive) {
		for (k = t; k < s1 && k < t + 6; k++)
			if (extract_tok_is(d, k, "by")) {
				size_t j;

				for (j = k + 1; j < s1 && j < k + 4; j++) {
					if ((e = extract_match(d, d->lx->demonyms, j, 3, &n)))
						return lex_get(d->lx->demonyms, e, "country");
					if (d->toks[j].ent >= 0 && d->ents[d->toks[j].ent].kind == ENT_PLACE)
						return d->places[d->ents[d->toks[j].ent].id].country;
				}
				break;
			}
		return NULL;
	}
	for (k = t; k > s0 && k + 8 > t; k--) {
		size_t at = k - 1;
		int ei = d->toks[at].ent;

		if (ei >= 0 && d->ents[ei].kind == ENT_PLACE &&
		    !(at > s0 && (extract_tok_is(d, at - 1, "in") || extract_tok_is(d, at - 1, "to"))))
			return d->places[d->ents[ei].id].country;
		if ((e = extract_match(d, d->lx->demonyms, at, 3, &n)))
			return lex_get(d->lx->demonyms, e, "country");
		if (is_punct_break(d, at))
			break;
	}
	return NULL;
}

/* The place of the event: nearest place after in/at/inside/near (or from,
 * when from_ok) within the sentence. */
static int
event_place(const struct xdoc *d, size_t t, size_t s0, size_t s1, int from_ok)
{
	size_t k;
	int best = -1;
	size_t bestd = (size_t)-1;

	for (k = s0; k < s1; k++) {
		int ei = d->toks[k].ent;
		size_t p, dist;
		int ok = 0;

		if (ei < 0 || d->ents[ei].kind != ENT_PLACE || !d->places[d->ents[ei].id].country[0])
			continue;
		for (p = k; p > s0 && p + 3 > k; p--) {
			size_t at = p - 1;

			if (extract_tok_is(d, at, "in") || extract_tok_is(d, at, "at") ||
			    extract_tok_is(d, at, "inside") || extract_tok_is(d, at, "near") ||
			    (from_ok && extract_tok_is(d, at, "from"))) {
				ok = 1;
				break;
			}
			if (d->toks[at].flags & TOK_CAP || !(d->toks[at].flags & TOK_WORD) ||
			    extract_tok_is(d, at, "to") || extract_tok_is(d, at, "into"))
				break;
		}
		if (!ok)
			continue;
		dist = k > t ? k - t : t - k;
		if (dist < bestd) {
			bestd = dist;
			best = ei;
		}
	}
	return best;
}

static int
compatible_dates(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);

	if (!la || !lb)
		return 1;
	return strncmp(a, b, la < lb ? la : lb) == 0;
}

static struct xevent *
add_event(struct xdoc *d, const char *type, size_t sent, const int *v, int nv, const char *date)
{
	size_t i;
	int a, b;
	struct xevent *e;

	for (i = 0; i < d->nevent; i++) {
		e = &d->events[i];
		if (strcmp(e->type, type) != 0 || !compatible_dates(e->date, date))
			continue;
		for (a = 0; a < e->nvictims; a++)
			for (b = 0; b < nv; b++)
				if (e->victims[a] == v[b])
					goto merge;
	}
	if (d->nevent == d->cevent) {
		d->cevent = d->cevent ? d->cevent * 2 : 16;
		d->events = xrealloc(d->events, d->cevent * sizeof(*d->events));
	}
	e = &d->events[d->nevent++];
	memset(e, 0, sizeof(*e));
	snprintf(e->type, sizeof(e->type), "%s", type);
	e->sent = sent;
	e->perp = NOREF;
	e->perp_org = -1;
	for (b = 0; b < nv && b < XEV_MAXV; b++)
		e->victims[e->nvictims++] = v[b];
	return e;
merge:
	for (b = 0; b < nv; b++) {
		int have = 0;

		for (a = 0; a < e->nvictims; a++)
			have |= e->victims[a] == v[b];
		if (!have && e->nvictims < XEV_MAXV)
			e->victims[e->nvictims++] = v[b];
	}
	e->dead = -1;	/* marks "merged": the caller fills only what is missing */
	return e;
}

static int
penalty_in(const struct xdoc *d, size_t s0, size_t s1)
{
	static const char *w[] = { "years", "year", "life", "death", "labor", "labour",
		"prison", "jail", "months", "camp", "sentence", "sentenced", NULL };
	size_t t, i;

	for (t = s0; t < s1; t++)
		for (i = 0; w[i]; i++)
			if (extract_tok_is(d, t, w[i]))
				return 1;
	return 0;
}

static int
is_citation(const struct xdoc *d, size_t s)
{
	/* "(Kim, 2023)": a reference, not a date of the text */
	size_t i = s;

	while (i > 0 && d->text[i - 1] == ' ')
		i--;
	return i > 0 && d->text[i - 1] == ',' && i >= 3 && memchr(d->text + (i > 40 ? i - 40 : 0), '(',
	    i - (i > 40 ? i - 40 : 0)) != NULL && (s + 5 <= d->len && d->text[s + 4] == ')');
}

static void
resolve_pronouns(struct xdoc *d)
{
	size_t i;
	int lastp = NOREF, lastm = NOREF, lastf = NOREF, lastg = NOREF;

	for (i = 0; i < d->nent; i++) {
		struct xent *e = &d->ents[i];

		switch (e->kind) {
		case ENT_PERSON:
			if (d->persons[e->id].roles & (ROLE_OFFICIAL | ROLE_JOURNALIST))
				break;
			lastp = e->id;
			if (d->persons[e->id].gender == 'm')
				lastm = e->id;
			else if (d->persons[e->id].gender == 'f')
				lastf = e->id;
			break;
		case ENT_GROUP:
			lastg = e->ref;
			break;
		case ENT_PRONOUN:
			if (e->plural)
				e->ref = lastg;
			else if (e->gender == 'm')
				e->ref = lastm != NOREF ? lastm : lastp;
			else
				e->ref = lastf != NOREF ? lastf : lastp;
			if (e->ref >= 0 && d->persons[e->ref].gender && d->persons[e->ref].gender != e->gender)
				e->ref = NOREF;
			break;
		default:
			break;
		}
	}
}

void
extract_events(struct xdoc *d)
{
	size_t si, t, i, *ent_end;

	resolve_pronouns(d);
	ent_end = xmalloc((d->ntok + 1) * sizeof(*ent_end));
	for (t = 0; t <= d->ntok; t++)
		ent_end[t] = (size_t)-1;
	for (i = 0; i < d->nent; i++)
		ent_end[d->ents[i].t1 - 1] = i;

	for (si = 0; si < d->nsent; si++) {
		size_t s0 = d->sents[si].t0, s1 = d->sents[si].t1, nd = 0, pos, n;
		struct sdate dates[XDATE_MAX];

		/* The date expressions of the sentence, once. */
		pos = d->sents[si].s;
		while (nd < XDATE_MAX && pos < d->sents[si].e) {
			size_t st, span = date_find(d->text + pos, d->sents[si].e - pos, &d->pub,
			    &dates[nd].v, &st);

			if (!span)
				break;
			dates[nd].s = pos + st;
			dates[nd].e = pos + st + span;
			if (!is_citation(d, dates[nd].s))
				nd++;
			pos += st + span;
		}

		for (t = s0; t < s1; t++) {
			const struct lex_entry *tr = extract_match(d, d->lx->triggers, t, 4, &n);
			const char *type, *form, *cc = NULL;
			int v[XEV_MAXV], nv = 0, passive, pl, dbest;
			char dstr[DATE_FORMAT_MAX];
			struct xevent *e;
			size_t k;

			if (!tr)
				continue;
			if ((d->toks[t].flags & TOK_CAP) && t != s0)
				continue;
			type = lex_get(d->lx->triggers, tr, "type");
			form = lex_get(d->lx->triggers, tr, "form");
			if (is_irrealis(d, t, s0))
				continue;
			if (!strcmp(type, "sentence") && extract_tok_is(d, t, "convicted") &&
			    !penalty_in(d, s0, s1))
				type = "trial";
			passive = is_passive(d, t, s0) ||
			    (t > s0 && ent_end[t - 1] != (size_t)-1 && strcmp(form, "noun") &&
			    victim_ok(d, &d->ents[ent_end[t - 1]]));
			if (!strcmp(form, "noun")) {
				/* "the trial of X", "X's trial" */
				if (t + n + 1 < s1 && extract_tok_is(d, t + n, "of") &&
				    d->toks[t + n + 1].ent >= 0 && victim_ok(d, &d->ents[d->toks[t + n + 1].ent]))
					v[nv++] = d->ents[d->toks[t + n + 1].ent].ref;
				else if (t >= s0 + 2 && (extract_tok_is(d, t - 1, "'s") ||
				    extract_tok_is(d, t - 1, "\xe2\x80\x99s")) && ent_end[t - 2] != (size_t)-1 &&
				    victim_ok(d, &d->ents[ent_end[t - 2]]))
					v[nv++] = d->ents[ent_end[t - 2]].ref;
			} else if (passive || !strcmp(form, "intrans"))
				nv = victims_before(d, t, s0, ent_end, v);
			else
				nv = victims_after(d, t + n, s1, v);
			if (nv == 0) {
				t += n - 1;
				continue;
			}
			/* date: the nearest expression in the sentence */
			dbest = -1;
			if (nd) {
				size_t bd = (size_t)-1, tb = d->toks[t].s;

				for (k = 0; k < nd; k++) {
					size_t dist = dates[k].s > tb ? dates[k].s - tb : tb - dates[k].e;

					if (dist < bd) {
						bd = dist;
						dbest = (int)k;
					}
				}
				if (bd >= 160)
					dbest = -1;
			}
			dstr[0] = 0;
			if (dbest >= 0)
				date_format(&dates[dbest].v, dstr, sizeof(dstr));
			e = add_event(d, type, si, v, nv, dstr);
			if (!e->date[0] && dbest >= 0) {
				snprintf(e->date, sizeof(e->date), "%s", dstr);
				free(e->date_text);
				e->date_text = xstrndup(d->text + dates[dbest].s,
				    dates[dbest].e - dates[dbest].s);
			}
			pl = e->dead == -1;
			e->dead = 0;
			if (!e->country[0]) {
				int pe = event_place(d, t, s0, s1, !strcmp(type, "defection") ||
				    !strcmp(type, "abduction") || !strcmp(type, "release"));

				if (!strcmp(type, "repatriation"))
					cc = actor_country(d, t, s0, s1, passive);
				if (!cc && pe >= 0) {
					cc = d->places[d->ents[pe].id].country;
					free(e->place);
					e->place = xstrdup(d->places[d->ents[pe].id].name);
				}
				if (!cc && strcmp(type, "defection"))
					cc = actor_country(d, t, s0, s1, passive);
				if (cc)
					snprintf(e->country, 3, "%s", cc);
			}
			(void)pl;
			t += n - 1;
		}
	}
	free(ent_end);

	/* Countries still unknown, and the victims' roles and status. */
	for (i = 0; i < d->nevent; i++) {
		struct xevent *e = &d->events[i];
		int a;

		if (!e->country[0] && !strcmp(e->type, "abduction")) {
			for (a = 0; a < e->nvictims && !e->country[0]; a++) {
				const char *nat = e->victims[a] >= 0 ? d->persons[e->victims[a]].nationality :
				    d->groups[-e->victims[a] - 1].nationality;

				snprintf(e->country, 3, "%s", nat);
			}
		}
		if (!e->country[0] && strcmp(e->type, "abduction") && strcmp(e->type, "arrest") &&
		    strcmp(e->type, "defection")) {
			size_t j;

			for (j = 0; j < i && !e->country[0]; j++) {
				const struct xevent *f = &d->events[j];
				int b;

				if (!f->country[0] || (strcmp(f->type, "arrest") && strcmp(f->type, "abduction")))
					continue;
				for (a = 0; a < e->nvictims; a++)
					for (b = 0; b < f->nvictims; b++)
						if (e->victims[a] == f->victims[b])
							snprintf(e->country, 3, "%s", f->country);
			}
		}
		if (!e->country[0] && !strcmp(e->type, "defection"))
			snprintf(e->country, 3, "KP");
		if (!e->country[0] && d->mentions_kp && strcmp(e->type, "abduction"))
			snprintf(e->country, 3, "KP");
		for (a = 0; a < e->nvictims; a++) {
			unsigned bit = !strcmp(e->type, "defection") ? ROLE_DEFECTOR : ROLE_VICTIM;

			if (e->victims[a] >= 0) {
				struct xperson *p = &d->persons[e->victims[a]];

				p->roles |= bit;
				if (!strcmp(e->type, "death"))
					p->dead = 1;
				else if (!strcmp(e->type, "release") || !strcmp(e->type, "repatriation"))
					p->released = 1;
				else if (bit == ROLE_VICTIM)
					p->detained = 1;
			} else
				d->groups[-e->victims[a] - 1].roles |= bit;
		}
	}

	/* "North Korea sentenced two men ... X and Y had been found guilty":
	 * a group of n whose n members are named in the next sentence. */
	for (i = 0; i < d->nevent; i++) {
		struct xevent *e = &d->events[i];
		size_t j;
		int a, named[XEV_MAXV], nn = 0;
		long count;

		if (e->nvictims != 1 || e->victims[0] >= 0)
			continue;
		count = d->groups[-e->victims[0] - 1].count;
		if (count < 2 || count > XEV_MAXV - 1)
			continue;
		for (j = 0; j < d->nevent; j++) {
			const struct xevent *f = &d->events[j];

			if (f->sent != e->sent + 1 && f->sent != e->sent)
				continue;
			for (a = 0; a < f->nvictims; a++) {
				int b, have = 0;

				if (f->victims[a] < 0)
					continue;
				for (b = 0; b < nn; b++)
					have |= named[b] == f->victims[a];
				if (!have && nn < XEV_MAXV)
					named[nn++] = f->victims[a];
			}
		}
		if (nn == count)
			for (a = 0; a < nn; a++)
				e->victims[e->nvictims++] = named[a];
	}
}
