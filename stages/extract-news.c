/*
 * extract-news.c: the act a headline tells as news.
 *
 * A headline in the present tense tells the report's act: "Pyongyang
 * frees two fishermen", "Border guards seize defector".  The story's
 * first telling of an act of that type is that act; when its own
 * sentence and the sentences around it give it no date, it is the news
 * of the report: the publication's month (as an act told in the present
 * perfect is, extract-dates.c).  A headline that tells no act done
 * ("to free", "may free", "will not free", "says it frees") or one in
 * the past ("freed", which may be an attribute: "Freed sailor speaks")
 * tells none.  The first telling must fit the headline: told in the
 * past perfect ("had been freed") it is background, no news; when the
 * headline counts the victims ("frees two fishermen") a group of
 * another count is another act; when it names a person of the story,
 * the act must be theirs.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "extract-events.h"

/* Is the headline's verb at t told as an act done: no "to", modal,
 * negation or saying before it in the headline? */
static int
headline_act_done(const struct xdoc *h, size_t t)
{
	size_t k;

	for (k = 0; k < t; k++) {
		const char *cue = extract_cue_kind(h, k);

		if (extract_tok_is(h, k, "to") || !strcmp(cue, "hypo") || !strcmp(cue, "neg") ||
		    !strcmp(cue, "speech"))
			return 0;
	}
	return 1;
}

/* The count right after the headline's verb ("frees two fishermen",
 * "deports 9 defectors"), or 0. */
static long
headline_count(const struct xdoc *h, size_t t, size_t s1)
{
	size_t n;
	long c;

	if (t >= s1)
		return 0;
	c = extract_count_at(h, t, &n);
	return c > 1 ? c : 0;
}

void
extract_headline_read(struct xdoc *d, const char *title, struct xheadline *hl)
{
	struct xdoc h;
	struct xtrig tr;
	size_t t, s1;
	int i;

	memset(hl, 0, sizeof(*hl));
	if (!title || !*title || d->pub.prec < DATE_PREC_MONTH)
		return;
	memset(&h, 0, sizeof(h));
	h.docid = d->docid;
	h.text = title;
	h.len = strlen(title);
	h.lx = d->lx;
	h.pub = d->pub;
	extract_tokenize(&h);
	extract_split_sentences(&h);
	/* the headline's first line of words: its first sentence */
	s1 = h.nsent ? h.sents[0].t1 : 0;
	for (t = 0; t < s1 && hl->n < XHEADLINE_MAX; t++) {
		if (!extract_trigger(&h, t, &tr))
			continue;
		if (strcmp(tr.form, "noun") && tr.infl == INFL_S && headline_act_done(&h, t)) {
			snprintf(hl->act[hl->n].type, sizeof(hl->act[hl->n].type), "%s", tr.type);
			hl->act[hl->n].count = headline_count(&h, t + tr.n, s1);
			hl->n++;
		}
		t += tr.n - 1;
	}
	/* a person of the story the headline names */
	hl->person = -1;
	for (i = 0; hl->n && i < (int)d->nperson; i++)
		if (d->persons[i].name && strstr(title, d->persons[i].name)) {
			hl->person = i;
			break;
		}
	extract_doc_free(&h);
}

/* Does e, the first telling of an act of the headline's act a, fit it:
 * the person it names among e's victims, the count it tells that of
 * e's group? */
static int
fits_headline(const struct xdoc *d, const struct xheadline *hl, const struct xevent *e, int a)
{
	int k, person = hl->person < 0;

	for (k = 0; k < e->nvictims; k++) {
		int v = e->victims[k];

		if (v >= 0 && v == hl->person)
			person = 1;
		if (v < 0 && hl->act[a].count && d->groups[-v - 1].count &&
		    d->groups[-v - 1].count != hl->act[a].count)
			return 0;
	}
	return person;
}

int
extract_headline_date(struct xdoc *d, const struct xheadline *hl, struct xevent *e)
{
	size_t i, at = (size_t)(e - d->events);
	int a;

	if (e->date[0] || e->fb_date[0] || e->dead > 0)
		return 0;
	for (a = 0; a < hl->n; a++) {
		if (strcmp(hl->act[a].type, e->type))
			continue;
		/* the first telling of its type */
		for (i = 0; i < at; i++)
			if (d->events[i].dead <= 0 && !strcmp(d->events[i].type, e->type))
				break;
		if (i < at || extract_past_perfect(d, e->tok, d->sents[e->sent].t0) ||
		    !fits_headline(d, hl, e, a))
			return 0;
		snprintf(e->date, sizeof(e->date), "%04d-%02d", d->pub.year, d->pub.month);
		return 1;
	}
	return 0;
}
