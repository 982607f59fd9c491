/*
 * extract-merge.c: the passes after the events are found.
 *
 * A group whose members are named as a list stands for them
 * (extract_link_groups); an act of a group told again of its named
 * members, or in a later sentence, is folded into the first telling
 * (extract_merge_repeated_acts).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "hmap.h"
#include "extract-events.h"

/*
 * "two detained U.S. journalists ... Laura Smith, 32, and Jane Doe, 36":
 * a group of n (2 to 5) whose n members are named together later, as a
 * list of exactly n persons in one sentence, stands for them: they become
 * victims of the group's events.
 */
void
extract_link_groups(struct xdoc *d)
{
	size_t g, i;

	for (g = 0; g < d->ngroup; g++) {
		long count = d->groups[g].count;
		int named[XEV_MAXV], nn = 0, a;

		if (count < 2 || count > 5)
			continue;
		for (i = 0; i < d->nent && nn != count; i++) {
			size_t j, k;

			if (d->ents[i].kind != ENT_PERSON || d->ents[i].t0 < d->groups[g].t0)
				continue;
			/* a list: persons joined by ",", "and", ages */
			nn = 0;
			named[nn++] = d->ents[i].id;
			k = d->ents[i].t1;
			for (j = i + 1; j < d->nent && nn < XEV_MAXV; j++) {
				size_t m;
				int ok = 1;

				if (d->ents[j].kind != ENT_PERSON || d->ents[j].t0 - k > 5 ||
				    d->toks[d->ents[j].t0].sent != d->toks[k - 1].sent)
					break;
				for (m = k; m < d->ents[j].t0; m++)
					ok &= extract_tok_is(d, m, ",") || extract_tok_is(d, m, "and") ||
					    (d->toks[m].flags & TOK_NUM);
				if (!ok)
					break;
				named[nn++] = d->ents[j].id;
				k = d->ents[j].t1;
			}
			if (nn != count)
				i = j - 1;
			if (nn != count || (nn == 2 && named[0] == named[1]))
				nn = 0;
		}
		if (nn != count)
			continue;
		for (i = 0; i < d->nevent; i++) {
			struct xevent *e = &d->events[i];
			int has = 0;

			for (a = 0; a < e->nvictims; a++)
				has |= e->victims[a] == -(int)g - 1;
			if (!has)
				continue;
			for (a = 0; a < nn && e->nvictims < XEV_MAXV; a++) {
				int b2, have = 0;

				for (b2 = 0; b2 < e->nvictims; b2++)
					have |= e->victims[b2] == named[a];
				if (!have) {
					e->victims[e->nvictims++] = named[a];
					d->persons[named[a]].roles |= extract_type(d->lx, e->type)->role;
				}
			}
		}
	}
}

/*
 * "Laura Roe and Ann Doe were detained ...  When the two were seized":
 * once link_groups has put the named members into a group's events, an
 * act of the group told again in a later sentence is the same act as the
 * one told of its members.  An event of a later sentence that shares a
 * victim and a type with an earlier one, at compatible dates and in the
 * same country, is folded into it.  One pass with a map from victim and
 * type to the first event: linear in the victims of all events.
 */
void
extract_merge_repeated_acts(struct xdoc *d)
{
	struct hmap *first = hmap_new();
	size_t i, kept = 0;
	char key[48];

	for (i = 0; i < d->nevent; i++) {
		struct xevent *e = &d->events[i];
		struct xevent *into = NULL;
		int a;

		for (a = 0; a < e->nvictims && !into; a++) {
			struct xevent *f;

			snprintf(key, sizeof(key), "%d %s", e->victims[a], e->type);
			f = hmap_get(first, key);
			if (f && f->sent != e->sent && extract_compatible_dates(f->date, e->date) &&
			    (!f->country[0] || !e->country[0] || f->cc_guess || e->cc_guess ||
			    !strcmp(f->country, e->country)))
				into = f;
		}
		if (into) {
			for (a = 0; a < e->nvictims && into->nvictims < XEV_MAXV; a++) {
				int b, have = 0;

				for (b = 0; b < into->nvictims; b++)
					have |= into->victims[b] == e->victims[a];
				if (!have)
					into->victims[into->nvictims++] = e->victims[a];
			}
			if (!into->date[0] && e->date[0]) {
				memcpy(into->date, e->date, sizeof(into->date));
				free(into->date_text);
				into->date_text = e->date_text;
				e->date_text = NULL;
			}
			/* a country told beats a default */
			if (!into->country[0] || (into->cc_guess && !e->cc_guess)) {
				memcpy(into->country, e->country, sizeof(into->country));
				into->cc_guess = e->cc_guess;
				into->why_country = e->why_country;
			}
			e->dead = 1;
			continue;
		}
		for (a = 0; a < e->nvictims; a++) {
			snprintf(key, sizeof(key), "%d %s", e->victims[a], e->type);
			if (!hmap_get(first, key))
				hmap_put(first, key, e);
		}
	}
	hmap_free(first, NULL);
	/* drop the folded events, keeping the order of the others */
	for (i = 0; i < d->nevent; i++) {
		if (d->events[i].dead == 1) {
			free(d->events[i].date_text);
			free(d->events[i].place);
			continue;
		}
		if (kept != i)
			d->events[kept] = d->events[i];
		kept++;
	}
	d->nevent = kept;
}
