/*
 * extract-vanish.c: a disappearance of someone the story says was
 * abducted is the abduction, told from the family's side.
 *
 * "Ann Roe was one of 14 students kidnapped by agents.  Ann Roe
 * vanished in 1984 on her way to a lecture": the second sentence
 * tells when the abduction happened, in words no trigger list holds
 * ("disappeared", "vanished", "went missing": the vanish list of
 * event-words.tsv).  It is an abduction of its subject only when the
 * story tells an abduction of that person or group elsewhere (before or
 * after); a disappearance of anyone else ("her uncle vanished that
 * day", a plane that went missing) is no act.  Its date is the first
 * date after the verb in its clause; the same act told twice is one
 * event (extract_add_event).  One who went missing and whom a later
 * sentence tells captured was taken then: the disappearance dates the
 * capture (vanished_captive).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "buf.h"
#include "extract-events.h"

/* Does token k say "missing" after a verb of going or of being reported
 * ("went missing", "was reported missing"), or a word of the vanish
 * list?  Returns the first token of the verb, or (size_t)-1. */
static size_t
vanish_at(const struct xdoc *d, size_t k, size_t s0)
{
	if (extract_evword(d, k, "vanish"))
		return k;
	if (!extract_tok_is(d, k, "missing") || k < s0 + 1)
		return (size_t)-1;
	if (extract_tok_is(d, k - 1, "went") || extract_tok_is(d, k - 1, "gone") ||
	    extract_tok_is(d, k - 1, "go") || extract_tok_is(d, k - 1, "goes"))
		return k - 1;
	if (extract_tok_is(d, k - 1, "reported") && k >= s0 + 2 && (extract_tok_is(d, k - 2, "was") ||
	    extract_tok_is(d, k - 2, "were")))
		return k - 2;
	return (size_t)-1;
}

/* The person or group the mention ending right before token t (past an
 * adverb, "suddenly") names, or NOREF. */
static int
subject_before(const struct xdoc *d, size_t t, size_t s0)
{
	size_t i, k = t;

	if (k > s0 + 1 && !(d->toks[k - 1].flags & TOK_CAP) && d->toks[k - 1].e - d->toks[k - 1].s > 3 &&
	    !strncmp(d->text + d->toks[k - 1].e - 2, "ly", 2))
		k--;
	if (k == s0)
		return NOREF;
	/* "had disappeared", "has gone missing" */
	if (k > s0 + 1 && (extract_tok_is(d, k - 1, "had") || extract_tok_is(d, k - 1, "has") ||
	    extract_tok_is(d, k - 1, "have")))
		k--;
	for (i = 0; i < d->nent; i++) {
		const struct xent *e = &d->ents[i];

		if (e->t1 != k)
			continue;
		if (e->kind == ENT_PERSON)
			return e->id;
		if (e->kind == ENT_GROUP || e->kind == ENT_PRONOUN)
			return e->ref;
	}
	return NOREF;
}

/* Is a negation or a hypothetical cue among the three words before t? */
static int
unreal_before(const struct xdoc *d, size_t t, size_t s0)
{
	size_t k;

	for (k = t; k > s0 && k + 3 > t; k--) {
		const char *c = extract_cue_kind(d, k - 1);

		if (!strcmp(c, "neg") || !strcmp(c, "hypo"))
			return 1;
	}
	return 0;
}

/* The first date of sentence si after byte pos in its clause (before a
 * comma or semicolon), within 40 bytes, into *sd; 0 if none. */
static int
date_after(const struct xdoc *d, size_t si, size_t pos, struct sdate *sd)
{
	struct sdate dates[XDATE_MAX];
	size_t nd = extract_sentence_dates(d, si, dates), j, b;

	for (j = 0; j < nd; j++) {
		if (dates[j].s < pos)
			continue;
		if (dates[j].s > pos + 40)
			return 0;
		for (b = pos; b < dates[j].s; b++)
			if (d->text[b] == ',' || d->text[b] == ';')
				return 0;
		*sd = dates[j];
		return 1;
	}
	return 0;
}

/*
 * "Sgt. Bo Lund vanished in May 1952 while on patrol.  Files show that
 * he was in fact captured by enemy troops": one who went missing and
 * whom a later sentence tells taken (seized, captured), undated and not
 * told as later than the disappearance ("was later captured", a word of
 * the sequel list before it), with no act that frees them told, was
 * taken when they went missing: the capture, dated by the first date of
 * the disappearance's clause.  Returns 1 when it dated one.
 */
static int
vanished_captive(struct xdoc *d, int v, size_t si, const struct sdate *sd)
{
	const struct xevlist *l = extract_events_of(d, v);
	struct xevent *e = NULL;
	size_t i, k;

	for (i = 0; l && i < l->n; i++) {
		struct xevent *f = &d->events[l->ev[i]];

		if (extract_type(d->lx, f->type)->afterwards == XAFTER_FREE)
			return 0;
		if (strcmp(f->type, "arrest") || !extract_taking_verb(d, f->tok))
			continue;
		if (e)
			return 0;
		e = f;
	}
	if (!e || e->date[0] || e->again || e->sent <= si)
		return 0;
	for (k = d->sents[e->sent].t0; k < e->tok; k++)
		if (extract_evword(d, k, "sequel"))
			return 0;
	date_format(&sd->v, e->date, sizeof(e->date));
	free(e->date_text);
	e->date_text = xstrndup(d->text + sd->s, sd->e - sd->s);
	e->why_date = "went missing, then told taken: the time it went missing";
	return 1;
}

void
extract_vanished_abductees(struct xdoc *d)
{
	size_t si, t;

	for (si = 0; si < d->nsent; si++) {
		size_t s0 = d->sents[si].t0, s1 = d->sents[si].t1;

		for (t = s0; t < s1; t++) {
			size_t v0 = vanish_at(d, t, s0);
			int v;
			struct sdate sd;
			struct xevent *e;
			char date[DATE_FORMAT_MAX];

			if (v0 == (size_t)-1 || (v = subject_before(d, v0, s0)) == NOREF ||
			    unreal_before(d, v0, s0))
				continue;
			memset(&sd, 0, sizeof(sd));
			if (!extract_has_event(d, "abduction", &v, 1)) {
				if (date_after(d, si, d->toks[t].e, &sd))
					vanished_captive(d, v, si, &sd);
				continue;
			}
			if (date_after(d, si, d->toks[t].e, &sd))
				date_format(&sd.v, date, sizeof(date));
			else
				date[0] = 0;
			e = extract_add_event(d, "abduction", si, &v, 1, date, NULL, 0);
			e->dead = 0;
			if (!e->trig_file) {
				e->tok = v0;
				e->trig_file = "event-words.tsv";
				e->why_victims = "vanished: the subject, whom the story tells abducted";
			}
			if (date[0] && !e->date[0]) {
				snprintf(e->date, sizeof(e->date), "%s", date);
				free(e->date_text);
				e->date_text = xstrndup(d->text + sd.s, sd.e - sd.s);
				e->why_date = "the first date of its clause";
			}
		}
	}
}
