/*
 * extract-merge.c: the passes after the events are found.
 *
 * A group whose members are named as a list stands for them
 * (extract_link_groups): a list after its first mention, or, for a group
 * first told as people named before ("the two men"), a list before it.
 * An act of a group told again of its named members, or in a later
 * sentence, or undated, is folded into the first telling
 * (extract_merge_repeated_acts).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "buf.h"
#include "hmap.h"
#include "extract-events.h"

/*
 * "from Odense", "of Aarhus Prefecture" after a comma in a list of
 * persons: where the item before comes from.  Returns the token after
 * the phrase (before the comma that closes it, not past end), or m when
 * none starts at m.
 */
static size_t
home_phrase(const struct xdoc *d, size_t m, size_t end)
{
	size_t k;

	if (m == 0 || !extract_tok_is(d, m - 1, ",") ||
	    !(extract_tok_is(d, m, "from") || extract_tok_is(d, m, "of") || extract_tok_is(d, m, "in")))
		return m;
	for (k = m + 1; k < end && k < m + 5 && (d->toks[k].flags & TOK_CAP); k++)
		;
	if (k == m + 1 || k >= end || !extract_tok_is(d, k, ","))
		return m;
	return k;
}

/*
 * The list of persons that starts at mention i: persons joined by ",",
 * "and" and ages, in one sentence, each named at most five tokens after
 * the one before ("Laura Smith, 32, and Jane Doe, 36"; "Ann Roe (61) and
 * Bo Lund (70)").  Fills named
 * (at most XEV_MAXV) and returns how many; *next is the mention after it.
 * With *people set, counted groups may be in the list too ("Ann Roe and
 * the three others"): named holds them as -(g + 1), and *people becomes
 * how many people the list names (a group counts its count).
 */
static int
person_list(const struct xdoc *d, size_t i, int *named, size_t *next, long *people)
{
	size_t j, k;
	int nn = 0;
	long sum = 1;

	named[nn++] = d->ents[i].id;
	k = d->ents[i].t1;
	for (j = i + 1; j < d->nent && nn < XEV_MAXV; j++) {
		const struct xent *f = &d->ents[j];
		size_t m, extra = 0;
		int ok = 1;

		/* the place of a phrase on where the item before comes from */
		if (f->kind == ENT_PLACE && f->t0 >= k + 2 && home_phrase(d, f->t0 - 1, d->ntok) > f->t0 - 1)
			continue;
		if (k + 1 < f->t0 && (m = home_phrase(d, k + 1, f->t0)) > k + 1)
			extra = m - (k + 1);
		if (!(f->kind == ENT_PERSON || (people && f->kind == ENT_GROUP && f->ref < 0 &&
		    d->groups[-f->ref - 1].count > 0)) || f->t0 - k > 5 + extra ||
		    d->toks[f->t0].sent != d->toks[k - 1].sent)
			break;
		for (m = k; m < f->t0; m++) {
			/* "A and B Roe, from Odense, and C": where an item
			 * comes from, set off by commas */
			size_t pe = home_phrase(d, m, f->t0);

			if (pe > m) {
				m = pe - 1;
				continue;
			}
			ok &= extract_tok_is(d, m, ",") || extract_tok_is(d, m, "and") ||
			    (d->toks[m].flags & TOK_NUM) || extract_tok_is(d, m, "(") ||
			    extract_tok_is(d, m, ")") ||
			    (f->kind == ENT_GROUP && m + 1 == f->t0 && extract_tok_is(d, m, "the"));
		}
		if (!ok)
			break;
		named[nn++] = f->kind == ENT_PERSON ? f->id : f->ref;
		sum += f->kind == ENT_PERSON ? 1 : d->groups[-f->ref - 1].count;
		k = f->t1;
	}
	*next = j;
	if (people)
		*people = sum;
	return nn;
}

/* Is the list named[0..nn) of nn different persons, none an official
 * nor a reporter? */
static int
list_of_others(const struct xdoc *d, const int *named, int nn)
{
	int a, b;

	for (a = 0; a < nn; a++) {
		if (named[a] >= 0 && ((d->persons[named[a]].roles & ROLE_OFFICIAL) || d->persons[named[a]].reporter))
			return 0;
		for (b = 0; b < a; b++)
			if (named[a] == named[b])
				return 0;
	}
	return 1;
}

/*
 * The persons a group of count (2 to 5) stands for, in named: a list of
 * exactly count persons named together after its first mention ("two
 * detained U.S. journalists ... Laura Smith, 32, and Jane Doe, 36"); for
 * a group first told as people named before ("the two men", "both
 * women"), first the latest list before it, in its sentence or the
 * three before, of as many people ("Police held Ann Roe and Jo Doe.  The
 * two women ..."; "Ann Roe and the three others were held.  The four
 * ...": a group in the list is one of the members, and so it is in a
 * list after the group: "three sailors ...  Ann Roe and two others").
 * Returns how many members, or 0.
 */
static int
group_members(const struct xdoc *d, const struct xgroup *g, int *named)
{
	size_t i, j, next;
	long count = g->count, people;
	int nn, found = 0;

	if (g->definite) {
		unsigned sent = d->toks[g->t0].sent;

		for (i = 0; i < d->nent && d->ents[i].t0 < g->t0; i = next) {
			int list[XEV_MAXV], n;

			next = i + 1;
			if (d->ents[i].kind != ENT_PERSON || d->toks[d->ents[i].t0].sent + 3 < sent)
				continue;
			n = person_list(d, i, list, &next, &people);
			if (people == count && d->ents[next - 1].t0 < g->t0 && list_of_others(d, list, n)) {
				memcpy(named, list, (size_t)n * sizeof(*named));
				found = n;
			}
		}
		if (found)
			return found;
	}
	for (i = 0; i < d->nent; i = next) {
		next = i + 1;
		if (d->ents[i].kind != ENT_PERSON || d->ents[i].t0 < g->t0)
			continue;
		nn = person_list(d, i, named, &next, NULL);
		if (nn == count && !(nn == 2 && named[0] == named[1]))
			return nn;
		if (nn == count)
			next = i + 1;
		/* "three yachtsmen ...  The skipper, Ann Roe, and two
		 * crewmates": a counted group in the list counts its count */
		if (nn < count && (nn = person_list(d, i, named, &j, &people)) >= 2 && people == count &&
		    named[nn - 1] < 0 && list_of_others(d, named, nn))
			return nn;
	}
	return 0;
}

/* Is token k a dash or a comma that sets off an apposition? */
static int
appos_mark(const struct xdoc *d, size_t k)
{
	return extract_tok_is(d, k, ",") || extract_tok_is(d, k, "-") || extract_tok_is(d, k, "\xe2\x80\x93") ||
	    extract_tok_is(d, k, "\xe2\x80\x94");
}

/* The group that the mention ending right before token k stands for, as
 * -(g + 1), after "among" or "one of" before it ("among the seven",
 * "one of the five"); or NOREF. */
static int
group_after_among(const struct xdoc *d, size_t k, const long *ent_end)
{
	const struct xent *g;
	size_t b;

	if (k == 0 || ent_end[k - 1] < 0)
		return NOREF;
	g = &d->ents[ent_end[k - 1]];
	b = g->t0;
	if (b > 0 && extract_evword(d, b - 1, "determiner"))
		b--;
	if (g->ref >= 0 || g->ref == NOREF || b < 2 || g->kind == ENT_PERSON)
		return NOREF;
	if (extract_tok_is(d, b - 1, "among") ||
	    (extract_tok_is(d, b - 1, "of") && extract_tok_is(d, b - 2, "one")))
		return g->ref;
	return NOREF;
}

/* Add person p to every event of group w (an -(g + 1)) it is not in. */
static void
join_group_events(struct xdoc *d, int w, int p)
{
	size_t i;
	int a;

	for (i = 0; i < d->nevent; i++) {
		struct xevent *e = &d->events[i];
		int has = 0, have = 0;

		for (a = 0; a < e->nvictims; a++) {
			has |= e->victims[a] == w;
			have |= e->victims[a] == p;
		}
		if (!has || have || e->nvictims >= XEV_MAXV)
			continue;
		e->victims[e->nvictims++] = p;
		d->persons[p].roles |= extract_type(d->lx, e->type)->role;
	}
}

/*
 * "The sole female among the six - Ann Roe - ...", "Ann Roe, one of the
 * five, ...": a person named in an apposition with a description that
 * places them among a group told before is one of its members, and the
 * group's acts are theirs too.  ("X was among the seven who were
 * caught", with the act in its sentence, is among_group's, in
 * extract-events.c.)  Linear in the mentions.
 */
static void
link_named_members(struct xdoc *d)
{
	long *ent_end = xmalloc((d->ntok + 1) * sizeof(*ent_end));
	size_t i, k;

	for (k = 0; k <= d->ntok; k++)
		ent_end[k] = -1;
	for (i = 0; i < d->nent; i++)
		ent_end[d->ents[i].t1 - 1] = (long)i;
	for (i = 0; i < d->nent; i++) {
		const struct xent *p = &d->ents[i];
		int w = NOREF;

		if (p->kind != ENT_PERSON)
			continue;
		/* "among the six - Ann Roe": the description before it */
		if (p->t0 >= 3 && appos_mark(d, p->t0 - 1))
			w = group_after_among(d, p->t0 - 1, ent_end);
		/* "Ann Roe, one of the five,": after it, closed by a mark */
		for (k = p->t1 + 1; w == NOREF && p->t1 + 1 < d->ntok && appos_mark(d, p->t1) &&
		    k < d->ntok && k < p->t1 + 8 && d->toks[k].sent == d->toks[p->t0].sent; k++)
			if (ent_end[k - 1] >= 0 && appos_mark(d, k))
				w = group_after_among(d, k, ent_end);
		if (w != NOREF)
			join_group_events(d, w, p->id);
	}
	free(ent_end);
}

/*
 * A group of n (2 to 5) that stands for n persons named together
 * (group_members) passes its events to them: they become victims of the
 * group's events.
 */
void
extract_link_groups(struct xdoc *d)
{
	size_t g, i;

	link_named_members(d);

	for (g = 0; g < d->ngroup; g++) {
		long count = d->groups[g].count;
		int named[XEV_MAXV], nn, a;

		if (count < 2 || count > 5 || (nn = group_members(d, &d->groups[g], named)) == 0)
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
				if (have)
					continue;
				e->victims[e->nvictims++] = named[a];
				if (named[a] >= 0)
					d->persons[named[a]].roles |= extract_type(d->lx, e->type)->role;
				else
					d->groups[-named[a] - 1].roles |= extract_type(d->lx, e->type)->role;
			}
		}
	}
}

/*
 * "Laura Roe and Ann Doe were detained ...  When the two were seized":
 * once link_groups has put the named members into a group's events, an
 * act of the group told again in a later sentence is the same act as the
 * one told of its members.  An event of a later sentence that shares a
 * victim and a type with an earlier one, at compatible dates (or one of
 * them undated: its date, if any, came from elsewhere) and in the same
 * country, is folded into it, unless it is told as a second act ("was
 * arrested again").  The folded telling's own date and evidence replace
 * an undated first telling's.  One pass with a map from victim and
 * type to the first event: linear in the victims of all events.
 */
/* May events f and e of one sentence, f before e, be one act told
 * twice: one of them undated ("described their capture ..., who were
 * arrested on 17 March") and no act of another type told between them
 * ("captured ..., escaped ... but was arrested" are two arrests)? */
static int
between_same(const struct xevent *f, const struct xevent *e)
{
	const struct xevent *k;

	if (!f->undated && !e->undated)
		return 0;
	for (k = f + 1; k < e; k++)
		if (k->sent == e->sent && strcmp(k->type, e->type))
			return 0;
	return 1;
}

/* Is victim v a group that is part of group w, or of a part of it? */
static int
within(const struct xdoc *d, int v, int w)
{
	while (v < 0 && w < 0 && d->groups[-v - 1].part_of >= 0) {
		v = -d->groups[-v - 1].part_of - 1;
		if (v == w)
			return 1;
	}
	return 0;
}

/* e's victims that are parts of one group and together count all of
 * it ("the pair" and "the other four" of six): the group is a victim
 * too. */
static void
whole_of_parts(struct xdoc *d, struct xevent *e)
{
	int a, b, nv = e->nvictims;

	for (a = 0; a < nv; a++) {
		int w = e->victims[a] < 0 ? d->groups[-e->victims[a] - 1].part_of : -1, have = 0;
		long sum = 0;

		if (w < 0)
			continue;
		for (b = 0; b < e->nvictims; b++) {
			have |= e->victims[b] == -w - 1;
			if (e->victims[b] < 0 && d->groups[-e->victims[b] - 1].part_of == w)
				sum += d->groups[-e->victims[b] - 1].count;
		}
		if (!have && sum == d->groups[w].count && e->nvictims < XEV_MAXV)
			e->victims[e->nvictims++] = -w - 1;
	}
}

/* Merge event e into into, the same act told before: its victims, the
 * date told with the act, a country told (or e's type's default, when
 * same_type: the default of another type is no guess for this one), the
 * telling that says when. */
static void
merge_into(const struct xdoc *d, struct xevent *into, struct xevent *e, int same_type)
{
	int a;

	for (a = 0; a < e->nvictims && into->nvictims < XEV_MAXV; a++) {
		int b, have = 0;

		/* a part of a victim is in it already */
		for (b = 0; b < into->nvictims; b++)
			have |= into->victims[b] == e->victims[a] || within(d, e->victims[a], into->victims[b]);
		if (!have)
			into->victims[into->nvictims++] = e->victims[a];
	}
	/* the date told with the act, not one from elsewhere */
	if ((!into->date[0] || (into->undated && !e->undated)) && e->date[0]) {
		memcpy(into->date, e->date, sizeof(into->date));
		free(into->date_text);
		into->date_text = e->date_text;
		e->date_text = NULL;
	}
	/* a country told beats a default */
	if ((!into->country[0] && (same_type || !e->cc_guess)) || (into->cc_guess && !e->cc_guess)) {
		memcpy(into->country, e->country, sizeof(into->country));
		into->cc_guess = e->cc_guess;
		into->why_country = e->why_country;
	}
	/* a hearing told again makes the conviction a trial of its own */
	if (!strcmp(e->type, into->type) && !e->verdict)
		into->verdict = 0;
	/* and its evidence: the telling that says when */
	if (!e->undated && into->undated) {
		into->undated = 0;
		into->why_date = e->why_date;
		into->sent = e->sent;
		into->tok = e->tok;
	}
	e->dead = 1;
}

/* Are all of e's victims among f's, and one at least?  A group joined
 * to a person of f ("he was taken together with 11 other deckhands")
 * may be new: the taking tells who else was taken with him. */
static int
victims_within(const struct xevent *e, const struct xevent *f)
{
	int a, b, have, shared = 0;

	for (a = 0; a < e->nvictims; a++) {
		for (b = 0, have = 0; b < f->nvictims && !have; b++)
			have = f->victims[b] == e->victims[a];
		if (!have && (e->victims[a] >= 0 || a == 0))
			return 0;
		shared += have;
	}
	return shared > 0;
}

/*
 * "kidnapped by North Korea decades ago ... he was captured with 32 other
 * crew members off the South's coast in 1975": a taking (seized,
 * captured) of people an act of another type already befell, which
 * event-types.tsv's retells column names (an arrest retells an
 * abduction), dated alike or undated, and placed nowhere but by default
 * or outside North Korea, is that act told again.  Each victim's first
 * act of each type is indexed once: linear in the events' victims.
 */
static void
merge_retellings(struct xdoc *d)
{
	struct hmap *first = hmap_new();
	char key[48];
	size_t i;
	int a;

	for (i = 0; i < d->nevent; i++)
		for (a = 0; a < d->events[i].nvictims && !d->events[i].dead; a++) {
			snprintf(key, sizeof(key), "%d %s", d->events[i].victims[a], d->events[i].type);
			if (!hmap_get(first, key))
				hmap_put(first, key, &d->events[i]);
		}
	for (i = 0; i < d->nevent; i++) {
		struct xevent *e = &d->events[i], *f;
		const struct xevtype *how = extract_type(d->lx, e->type);

		if (e->dead || e->again || !how->retells[0] || e->nvictims == 0 || !extract_taking_verb(d, e->tok) ||
		    (!e->cc_guess && !strcmp(e->country, "KP")))
			continue;
		snprintf(key, sizeof(key), "%d %s", e->victims[0], how->retells);
		f = hmap_get(first, key);
		if (f && !f->dead && victims_within(e, f) &&
		    (extract_compatible_dates(f->date, e->date) || f->undated || e->undated)) {
			merge_into(d, f, e, 0);
			if (!f->why_type)
				f->why_type = "told again as a taking (event-types.tsv retells)";
		}
	}
	hmap_free(first, NULL);
}

/*
 * "X was convicted in May of spying.  He is serving a ten-year sentence":
 * a conviction with no penalty named in its sentence and no hearing told
 * (xevent.verdict) is the verdict of a sentence of the same persons told
 * in the sentence before it or the two after, at a compatible date (or
 * with none): one act, the sentence, which takes the conviction's date.
 * A conviction with no such sentence stays a trial.  Quadratic in the
 * document's trials and sentences, a handful.
 */
static void
fold_verdicts(struct xdoc *d)
{
	size_t i, j;

	for (i = 0; i < d->nevent; i++) {
		struct xevent *e = &d->events[i];

		if (e->dead == 1 || !e->verdict || strcmp(e->type, "trial"))
			continue;
		for (j = 0; j < d->nevent; j++) {
			struct xevent *f = &d->events[j];

			if (f->dead == 1 || strcmp(f->type, "sentence") || f->sent + 1 < e->sent ||
			    f->sent > e->sent + 2 || !victims_within(e, f) ||
			    !(extract_compatible_dates(f->date, e->date) || f->undated))
				continue;
			/* the sentence's date came from elsewhere: the
			 * conviction's is the one told */
			if (f->undated && !e->undated)
				f->date[0] = 0;
			merge_into(d, f, e, 0);
			if (!f->why_type)
				f->why_type = "its conviction told beside it is its verdict";
			break;
		}
	}
}

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
			int w = e->victims[a];

			snprintf(key, sizeof(key), "%d %s", w, e->type);
			f = hmap_get(first, key);
			/* "29 were arrested ...  20 were arrested in A": the
			 * act of a part is the act told of its whole */
			while (!f && w < 0 && d->groups[-w - 1].part_of >= 0) {
				w = -d->groups[-w - 1].part_of - 1;
				snprintf(key, sizeof(key), "%d %s", w, e->type);
				f = hmap_get(first, key);
			}
			if (f && (f->sent != e->sent || between_same(f, e)) && !e->again &&
			    (extract_compatible_dates(f->date, e->date) || f->undated || e->undated) &&
			    (!f->country[0] || !e->country[0] || f->cc_guess || e->cc_guess ||
			    !strcmp(f->country, e->country)))
				into = f;
		}
		if (into) {
			merge_into(d, into, e, 1);
			whole_of_parts(d, into);
			continue;
		}
		for (a = 0; a < e->nvictims; a++) {
			int w = e->victims[a];

			/* under its wholes too: "two were caught ...  the
			 * other four were detained" is one act of the six */
			for (;;) {
				snprintf(key, sizeof(key), "%d %s", w, e->type);
				if (!hmap_get(first, key))
					hmap_put(first, key, e);
				if (w >= 0 || d->groups[-w - 1].part_of < 0)
					break;
				w = -d->groups[-w - 1].part_of - 1;
			}
		}
	}
	hmap_free(first, NULL);
	merge_retellings(d);
	fold_verdicts(d);
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
	extract_dates_after_merge(d);
}
