/*
 * extract-respective.c: a list of victims and a list of dates that pair
 * up one to one.
 *
 * "Ann Roe and Bo Lund were jailed in 2013 and 2015, respectively",
 * "Ann Roe and Bo Lund were held in May 2013 and June 2015": one act
 * told of two people, each with a date of their own.  The act first
 * found is one event with every person of the list and the nearest date;
 * this pass splits it into one event a person, the n-th person named
 * with the n-th date.  Only when the dates after the trigger are joined
 * by "and" or commas alone (a coordination: "in May and in June" too),
 * as many as the persons; so "were held in May and freed in June" (a
 * verb between) and "arrested in May 2013 in Dandong" (one date) are
 * left alone, and so is a span ("between May 2013 and June 2015").  A group of the act must be the list itself ("two other
 * pastors, A and B, who were jailed in 2011 and 2012, respectively"):
 * as many as the persons; it is no victim of the split events, which
 * name its members.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "buf.h"
#include "extract-events.h"

/* The first token of a mention of person v in sentence si, or (size_t)-1. */
static size_t
first_mention(const struct xdoc *d, size_t si, int v)
{
	size_t i;

	for (i = 0; i < d->nent; i++) {
		const struct xent *e = &d->ents[i];

		if (d->toks[e->t0].sent != si)
			continue;
		if ((e->kind == ENT_PERSON && e->id == v) || (e->kind == ENT_PRONOUN && e->ref == v))
			return e->t0;
	}
	return (size_t)-1;
}

/* Do only "and", commas, "in", "on", "of" stand between bytes a and b
 * (the end of one date and the start of the next)? */
static int
coordinated(const struct xdoc *d, size_t a, size_t b)
{
	size_t t;

	for (t = 0; t < d->ntok; t++) {
		if (d->toks[t].e <= a)
			continue;
		if (d->toks[t].s >= b)
			break;
		if (!extract_tok_is(d, t, "and") && !extract_tok_is(d, t, ",") && !extract_tok_is(d, t, "in") &&
		    !extract_tok_is(d, t, "on") && !extract_tok_is(d, t, "of"))
			return 0;
	}
	return 1;
}

/* A copy of event src (its owned strings too) with no victims, its date
 * date; the new event's index.  May move d->events. */
static size_t
copy_event(struct xdoc *d, size_t src)
{
	struct xevent *e;

	if (d->nevent == d->cevent) {
		d->cevent = d->cevent ? d->cevent * 2 : 16;
		d->events = xrealloc(d->events, d->cevent * sizeof(*d->events));
	}
	e = &d->events[d->nevent];
	*e = d->events[src];
	e->date_text = e->date_text ? xstrdup(e->date_text) : NULL;
	e->place = e->place ? xstrdup(e->place) : NULL;
	e->nvictims = 0;
	return d->nevent++;
}

/* Event ev with k persons (in the order the sentence names them, at pv)
 * and k coordinated dates after its trigger: one event a person. */
static void
split_event(struct xdoc *d, size_t ev)
{
	struct sdate dates[XDATE_MAX];
	size_t si = d->events[ev].sent, trig = d->toks[d->events[ev].tok].s, nd, j, first = (size_t)-1;
	size_t at[XEV_MAXV];
	int pv[XEV_MAXV], np = 0, a, b;

	for (a = 0; a < d->events[ev].nvictims; a++) {
		int v = d->events[ev].victims[a];
		size_t t;

		/* a group other than the list itself ("among 20 sailors
		 * taken in the 1960s and 1970s"): the dates are its */
		if (v < 0 && d->groups[-v - 1].count != (long)(d->events[ev].nvictims - 1))
			return;
		if (v < 0)
			continue;
		if ((t = first_mention(d, si, v)) == (size_t)-1)
			return;
		/* in text order */
		for (b = np; b > 0 && at[b - 1] > t; b--) {
			at[b] = at[b - 1];
			pv[b] = pv[b - 1];
		}
		at[b] = t;
		pv[b] = v;
		np++;
	}
	if (np < 2)
		return;
	nd = extract_sentence_dates(d, si, dates);
	for (j = 0; j < nd; j++)
		if (dates[j].s > trig) {
			first = j;
			break;
		}
	if (first == (size_t)-1 || nd - first < (size_t)np)
		return;
	/* "between April 1960 and May 1963": the two ends of one span */
	if (extract_span_opened(d, &dates[first]))
		return;
	for (j = first; j < first + (size_t)np; j++)
		if ((j > first && !coordinated(d, dates[j - 1].e, dates[j].s)) || dates[j].v.end_year || dates[j].only_to)
			return;	/* not a list, or a span ("the 1970s") */
	/* one more date joined on: a list longer than the persons */
	if (first + (size_t)np < nd && coordinated(d, dates[first + np - 1].e, dates[first + np].s))
		return;
	for (a = 0; a < np; a++) {
		size_t k = a ? copy_event(d, ev) : ev;
		struct xevent *e = &d->events[k];
		const struct sdate *sd = &dates[first + (size_t)a];

		if (a)
			extract_add_victim(d, (int)k, pv[a]);
		else
			for (b = d->events[ev].nvictims; b-- > 0;)
				if (d->events[ev].victims[b] != pv[0])
					extract_drop_victim(d, (int)ev, d->events[ev].victims[b]);
		date_format(&sd->v, e->date, sizeof(e->date));
		free(e->date_text);
		e->date_text = xstrndup(d->text + sd->s, sd->e - sd->s);
		e->why_date = "its place in a list of dates that pairs with its victims";
	}
}

void
extract_split_respective(struct xdoc *d)
{
	size_t i, n = d->nevent;

	for (i = 0; i < n; i++)
		if (d->events[i].dead <= 0 && d->events[i].nvictims >= 2)
			split_event(d, i);
}
