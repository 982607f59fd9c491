/*
 * extract-acts.c: the events of a document, and the same act told again.
 *
 * An act found in a sentence is either a new event or one told before:
 * same type, a shared victim, compatible dates and countries.  Each
 * victim keeps the list of its events (xdoc.evby), so that finding the
 * act told before is a look at the victim's few events, not a scan of
 * every event: linear in the events of the document.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "buf.h"
#include "extract-events.h"

int
extract_compatible_dates(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);

	if (!la || !lb)
		return 1;
	return strncmp(a, b, la < lb ? la : lb) == 0;
}

/* The events of victim v (a person, or -(g + 1) for group g). */
struct xevlist *
extract_events_of(const struct xdoc *d, int v)
{
	size_t k = v >= 0 ? (size_t)v : d->nperson + (size_t)(-v - 1);

	return k < d->nevby ? &d->evby[k] : NULL;
}

static void
index_victim(struct xdoc *d, int ev, int v)
{
	struct xevlist *l = extract_events_of(d, v);

	if (!l)
		return;
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 4;
		l->ev = xrealloc(l->ev, l->cap * sizeof(*l->ev));
	}
	l->ev[l->n++] = ev;
}

/* Add victim v to event ev unless it is there. */
void
extract_add_victim(struct xdoc *d, int ev, int v)
{
	struct xevent *e = &d->events[ev];

	if (extract_is_victim(e, v))
		return;
	if (e->nvictims < XEV_MAXV) {
		e->victims[e->nvictims++] = v;
		index_victim(d, ev, v);
	}
}

/* Take victim v from event ev, and ev from v's events. */
void
extract_drop_victim(struct xdoc *d, int ev, int v)
{
	struct xevent *e = &d->events[ev];
	struct xevlist *l = extract_events_of(d, v);
	int a, b;
	size_t i, j;

	for (a = b = 0; a < e->nvictims; a++)
		if (e->victims[a] != v)
			e->victims[b++] = e->victims[a];
	e->nvictims = b;
	for (i = j = 0; l && i < l->n; i++)
		if (l->ev[i] != ev)
			l->ev[j++] = l->ev[i];
	if (l)
		l->n = j;
}

/* Can an act of type, date and country in sentence sent be the same as
 * event i? */
static int
same_act(const struct xdoc *d, size_t i, const char *type, size_t sent, const char *date,
    const char *cc, int again)
{
	const struct xevent *e = &d->events[i];

	/* "was arrested again": a second act, in a later sentence */
	if (again && e->sent != sent)
		return 0;
	if (strcmp(e->type, type) != 0 || !extract_compatible_dates(e->date, date))
		return 0;
	/* in two countries: two acts */
	if (cc && e->country[0] && strcmp(cc, e->country))
		return 0;
	/* "captured ..., escaped ... but was arrested": another act in
	 * between makes a second arrest */
	if (e->sent == sent && d->last_ev >= 0 && d->last_ev != (int)i &&
	    d->events[d->last_ev].sent == sent && strcmp(d->events[d->last_ev].type, type))
		return 0;
	return 1;
}

/* A new event, or the earliest one of the same act (same type, a shared
 * victim, compatible date and country, not told as a second act), found
 * through the victims' events. */
struct xevent *
extract_add_event(struct xdoc *d, const char *type, size_t sent, const int *v, int nv, const char *date,
    const char *cc, int again)
{
	long best = -1;
	size_t i;
	int b;
	struct xevent *e;

	for (b = 0; b < nv; b++) {
		const struct xevlist *l = extract_events_of(d, v[b]);

		for (i = 0; l && i < l->n; i++)
			if ((best < 0 || l->ev[i] < best) && same_act(d, (size_t)l->ev[i], type, sent, date, cc, again))
				best = l->ev[i];
	}
	if (best >= 0) {
		for (b = 0; b < nv; b++)
			extract_add_victim(d, (int)best, v[b]);
		e = &d->events[best];
		e->dead = -1;	/* marks "merged": the caller fills only what is missing */
		d->last_ev = (int)best;
		return e;
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
	e->again = again;
	d->last_ev = (int)d->nevent - 1;
	for (b = 0; b < nv; b++)
		extract_add_victim(d, d->last_ev, v[b]);
	return e;
}

/* An earlier event of this type with a victim of v. */
int
extract_has_event(const struct xdoc *d, const char *type, const int *v, int nv)
{
	size_t i;
	int b;

	for (b = 0; b < nv; b++) {
		const struct xevlist *l = extract_events_of(d, v[b]);

		for (i = 0; l && i < l->n; i++)
			if (!strcmp(d->events[l->ev[i]].type, type))
				return 1;
	}
	return 0;
}

int
extract_is_victim(const struct xevent *e, int v)
{
	int a;

	for (a = 0; a < e->nvictims; a++)
		if (e->victims[a] == v)
			return 1;
	return 0;
}

int
extract_share_victim(const struct xevent *e, const struct xevent *f)
{
	int a;

	for (a = 0; a < e->nvictims; a++)
		if (extract_is_victim(f, e->victims[a]))
			return 1;
	return 0;
}
