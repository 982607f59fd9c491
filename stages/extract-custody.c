/*
 * extract-custody.c: whether an act that counts only in custody (a death:
 * "died or executed in custody") is one.
 *
 * A killing (a transitive trigger or a noun: "executed", "shot dead",
 * "the execution") always is.  A death (an intransitive trigger: "died",
 * "passed away") is an act when nothing in its clause tells the natural
 * death of someone free ("at the age of 88", "at 79", "two years after
 * her release"), and either its sentence places the victims in custody
 * ("died in a prison camp", "in captivity", "while detained"; "died
 * there", "in the camp" after a camp told before) or the story holds
 * them: their latest earlier act is one after which they are held (an
 * arrest, an abduction, a sentence, a forced return), not one after
 * which they are free (a release, a flight), as the afterwards column of
 * event-types.tsv says.  A person the story never held ("her father
 * passed away without knowing") is no victim of a death.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "extract-events.h"

/* The type of the trigger at k, when it starts one (borrowed), or NULL. */
static const struct xevtype *
trigger_type(const struct xdoc *d, size_t k, struct xtrig *tr)
{
	return extract_trigger(d, k, tr) ? extract_type(d->lx, tr->type) : NULL;
}

/*
 * "at the age of 88", "at age 81", "aged 80", "at 79.": the age at death
 * of someone free, in the clause after the trigger ending at a.
 */
static int
age_at_death(const struct xdoc *d, size_t a, size_t s1)
{
	size_t k, j, n;

	for (k = a; k < s1 && k < a + 12; k++) {
		if (extract_tok_is(d, k, ";") || extract_is_relative(d, k))
			return 0;
		if (extract_tok_is(d, k, "aged"))
			return k + 1 < s1 && extract_count_at(d, k + 1, &n) > 0;
		if (!extract_tok_is(d, k, "at"))
			continue;
		j = k + 1;
		if (j < s1 && extract_tok_is(d, j, "the"))
			j++;
		if (j < s1 && extract_tok_is(d, j, "age"))
			return 1;
		/* "at 79." but not "at 5 pm", "at 10 Downing Street" */
		if (j + 1 < s1 && (d->toks[j].flags & TOK_NUM) && d->toks[j].e - d->toks[j].s <= 3 &&
		    !(d->toks[j + 1].flags & TOK_WORD) && atoi(d->text + d->toks[j].s) >= 15)
			return 1;
	}
	return 0;
}

/* "two years after her release", "after escaping to the South": "after"
 * and within four words a trigger of a type after which its victims are
 * free, in the clause after the trigger ending at a. */
static int
after_freedom(const struct xdoc *d, size_t a, size_t s1)
{
	size_t k, j;
	struct xtrig tr;
	const struct xevtype *how;

	for (k = a; k < s1 && k < a + 12; k++) {
		if (extract_tok_is(d, k, ";") || extract_is_relative(d, k))
			return 0;
		if (!extract_tok_is(d, k, "after"))
			continue;
		for (j = k + 1; j < s1 && j < k + 5; j++)
			if ((how = trigger_type(d, j, &tr)))
				return how->afterwards == XAFTER_FREE;
	}
	return 0;
}

/* "died in a prison camp", "in captivity", "in custody", "while being
 * held": a word of custody (event-words.tsv custody, custody-place, a
 * camp of punishment) anywhere in the sentence [s0, s1), or "while" and
 * a trigger after which its victims are held. */
static int
custody_in_sentence(const struct xdoc *d, size_t s0, size_t s1)
{
	size_t k, j;
	struct xtrig tr;
	const struct xevtype *how;

	for (k = s0; k < s1; k++) {
		if (extract_evword(d, k, "custody") || extract_custody_place_at(d, k, s1))
			return 1;
		if (!extract_tok_is(d, k, "while"))
			continue;
		for (j = k + 1; j < s1 && j < k + 4; j++)
			if ((how = trigger_type(d, j, &tr)) && how->afterwards == XAFTER_HELD &&
			    strcmp(tr.form, "noun"))
				return 1;
	}
	return 0;
}

/* "died there", "died in the camp": the clause after the trigger ending
 * at a points back at a place told before. */
static int
place_told_before(const struct xdoc *d, size_t a, size_t s1)
{
	size_t k;

	for (k = a; k < s1 && k < a + 8; k++) {
		if (extract_punct_break(d, k))
			return 0;
		if (extract_tok_is(d, k, "there"))
			return 1;
		if ((extract_tok_is(d, k, "the") || extract_tok_is(d, k, "that")) && k + 1 < s1 &&
		    (extract_tok_is(d, k + 1, "camp") || extract_evword(d, k + 1, "custody-place")))
			return 1;
	}
	return 0;
}

/* A place of custody in the text before token s0, at most XCUSTODY_BACK
 * tokens back (the scan of each death is bounded). */
#define XCUSTODY_BACK 2000
static int
custody_before(const struct xdoc *d, size_t s0)
{
	size_t k = s0 > XCUSTODY_BACK ? s0 - XCUSTODY_BACK : 0;

	for (; k < s0; k++)
		if (extract_custody_place_at(d, k, d->sents[d->toks[k].sent].t1))
			return 1;
	return 0;
}

/* Does the story hold victim v now: is its latest event so far one after
 * which its victims are held?  A group the story has not told of yet is
 * held when its noun says so ("prisoners"), not when it says they fled
 * ("defectors"). */
static int
held_now(const struct xdoc *d, int v)
{
	const struct xevlist *l = extract_events_of(d, v);
	enum xafter state = XAFTER_NONE;
	size_t i;

	for (i = 0; l && i < l->n; i++) {
		enum xafter a = extract_type(d->lx, d->events[l->ev[i]].type)->afterwards;

		if (a != XAFTER_NONE)
			state = a;
	}
	if (state == XAFTER_NONE && v < 0)
		return (d->groups[-v - 1].roles & ROLE_VICTIM) != 0;
	return state == XAFTER_HELD;
}

int
extract_held_any(const struct xdoc *d, const int *v, int nv)
{
	int a;

	for (a = 0; a < nv; a++)
		if (held_now(d, v[a]))
			return 1;
	return 0;
}

int
extract_in_custody(const struct xdoc *d, size_t s0, size_t s1, size_t t, const struct xtrig *tr,
    const int *v, int nv)
{
	int a;

	/* a killing: someone did it */
	if (strcmp(tr->form, "intrans"))
		return 1;
	if (age_at_death(d, t + tr->n, s1) || after_freedom(d, t + tr->n, s1))
		return 0;
	if (custody_in_sentence(d, s0, s1))
		return 1;
	/* "ended up in a prison camp.  He died there in 2008." */
	if (place_told_before(d, t + tr->n, s1) && custody_before(d, s0))
		return 1;
	for (a = 0; a < nv; a++)
		if (held_now(d, v[a]))
			return 1;
	return 0;
}
