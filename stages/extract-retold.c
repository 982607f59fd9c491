/*
 * extract-retold.c: an act told again in words that make no event of
 * their own, whose time that telling gives.  Runs after the acts told
 * twice are folded (extract-merge.c), on the events that remain.
 *
 * Three tellings of one act the triggers do not make an event of:
 *   - its victims' passage out of the country that held them: "Years
 *     ago the North freed the trawlermen ...  On March 3, they were sent
 *     across the bridge into China" (a month and day without a year in
 *     the year of the release);
 *   - an indefinite description in a story with one such victim: "In
 *     early May, officials asked about a man held in the North", where
 *     one man alone is told arrested;
 *   - the act's noun as the subject of a verb that says only when: "The
 *     executions took place in August", after one execution told.
 * Each dates the act told before when it is undated, or dated coarser
 * and compatibly ("1975", then "1975-04-09"); another time is another
 * act, and is left alone.  Linear in the tokens times the few events.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "buf.h"
#include "extract-events.h"

/* Is date a finer telling of old ("" or a prefix of it, not a span)? */
static int
finer(const char *old, const char *date)
{
	size_t lo = strlen(old);

	if (!date[0] || strchr(date, '/'))
		return 0;
	if (!lo)
		return 1;
	return !strchr(old, '/') && !strchr(old, '~') && strlen(date) > lo && !strncmp(old, date, lo);
}

/* Date e by v, told at bytes [s, en), for the reason why, when it is a
 * finer telling of e's date; 1 if it did. */
static int
date_by(struct xdoc *d, struct xevent *e, const struct date *v, size_t s, size_t en, const char *why)
{
	char iso[DATE_FORMAT_MAX];

	date_format(v, iso, sizeof(iso));
	if (!finer(e->date, iso))
		return 0;
	memcpy(e->date, iso, sizeof(e->date));
	free(e->date_text);
	e->date_text = xstrndup(d->text + s, en - s);
	e->undated = 0;
	e->why_date = why;
	return 1;
}

/* The word a group of no count is named by: a word of the crew list
 * of event-words.tsv in its description ("crew members": crew), else
 * its head noun; its token. */
static size_t
kind_word(const struct xdoc *d, const struct xgroup *g)
{
	size_t k;

	for (k = g->d0; k < g->t1; k++)
		if (extract_evword(d, k, "crew"))
			return k;
	return g->t1 - 1;
}

/* Is v a victim of e: one of them, or a group of no count named by the
 * same word as one of them ("the crew", told again as a new group)? */
static int
victim_of(const struct xdoc *d, const struct xevent *e, int v)
{
	int a;

	for (a = 0; a < e->nvictims; a++) {
		const struct xgroup *g, *h;
		size_t kg, kh;

		if (e->victims[a] == v)
			return 1;
		if (v >= 0 || e->victims[a] >= 0)
			continue;
		g = &d->groups[-v - 1];
		h = &d->groups[-e->victims[a] - 1];
		if (g->count > 0 || h->count > 0 || g->part_of >= 0 || h->part_of >= 0)
			continue;
		kg = kind_word(d, g);
		kh = kind_word(d, h);
		if (d->toks[kg].e - d->toks[kg].s == d->toks[kh].e - d->toks[kh].s &&
		    !strncmp(d->lower + d->toks[kg].s, d->lower + d->toks[kh].s, d->toks[kg].e - d->toks[kg].s))
			return 1;
	}
	return 0;
}

/* The mention ending at token k - 1 or the one before past a
 * determiner-less gap of auxiliaries, nearest before k within the clause
 * (no punctuation between): its referent, or NOREF. */
static int
subject_before(const struct xdoc *d, size_t k, size_t s0)
{
	size_t i;
	int best = NOREF;
	size_t best_t1 = 0;

	for (i = 0; i < d->nent; i++) {
		const struct xent *m = &d->ents[i];
		size_t j;
		int ok = 1;

		if (m->t1 > k || m->t0 < s0 || m->t1 <= best_t1 || m->t1 + 4 < k || m->ref == NOREF)
			continue;
		for (j = m->t1; j < k && ok; j++)
			ok = !extract_punct_break(d, j);
		if (ok) {
			best = m->ref;
			best_t1 = m->t1;
		}
	}
	return best;
}

/* The mention starting at token k or k + 1: its referent, or NOREF. */
static int
object_after(const struct xdoc *d, size_t k)
{
	size_t i;

	for (i = 0; i < d->nent; i++)
		if ((d->ents[i].t0 == k || d->ents[i].t0 == k + 1) && d->ents[i].ref != NOREF)
			return d->ents[i].ref;
	return NOREF;
}

/* A path out of country cc within the clause after token k: "across"
 * the border (or a bridge over it), "into" or "to" a place of another
 * country, "home".  1 if there is one. */
static int
path_out(const struct xdoc *d, size_t k, size_t s1, const char *cc)
{
	size_t j, i;

	for (j = k + 1; j < s1 && j < k + 10 && !extract_punct_break(d, j); j++) {
		if (extract_tok_is(d, j, "home"))
			return 1;
		if (extract_tok_is(d, j, "across")) {
			size_t w;

			for (w = j + 1; w < s1 && w < j + 4; w++)
				if (extract_evword(d, w, "border") || extract_evword(d, w, "passage-way"))
					return 1;
		}
		if (!extract_tok_is(d, j, "into") && !extract_tok_is(d, j, "to"))
			continue;
		for (i = 0; i < d->nent; i++) {
			const struct xent *p = &d->ents[i];

			if (p->kind == ENT_PLACE && (p->t0 == j + 1 || p->t0 == j + 2) &&
			    d->places[p->id].country[0] && cc[0] && strcmp(d->places[p->id].country, cc))
				return 1;
		}
	}
	return 0;
}

/* Does the date expression at bytes [s, e) name a month ("April 9",
 * "in May")? */
static int
names_month(const struct xdoc *d, size_t s, size_t e)
{
	size_t k;

	for (k = 0; k < d->ntok; k++)
		if (d->toks[k].s >= s && d->toks[k].e <= e &&
		    date_month_from_name(d->text + d->toks[k].s, d->toks[k].e - d->toks[k].s))
			return 1;
	return 0;
}

/* The date sd again in year y when it names no year of its own ("on
 * April 9" after an act of 1975), in *v; else sd's own.  0 when it
 * counts from the report ("on Tuesday", "last week"): no day of y. */
static int
in_year_of(const struct xdoc *d, const struct sdate *sd, int y, struct date *v)
{
	struct date a = { y, 12, 31, DATE_PREC_DAY, 0, 0 }, b = { y + 4, 12, 31, DATE_PREC_DAY, 0, 0 }, va, vb;

	if (!y || date_scan(d->text + sd->s, sd->e - sd->s, &a, &va) != sd->e - sd->s ||
	    date_scan(d->text + sd->s, sd->e - sd->s, &b, &vb) != sd->e - sd->s || va.year == vb.year) {
		*v = sd->v;
		return 1;
	}
	if (!names_month(d, sd->s, sd->e))
		return 0;
	*v = va;
	return 1;
}

/* Bytes between the date sd and token k. */
static size_t
gap(const struct xdoc *d, const struct sdate *sd, size_t k)
{
	return sd->s > d->toks[k].s ? sd->s - d->toks[k].s : d->toks[k].s - sd->e;
}

/*
 * "Decades ago the North freed the trawlermen ...  On April 9 they
 * were walked across a bridge into China": a verb of passage
 * (passage of event-words.tsv) whose mover (the subject of a passive or
 * of an intransitive use, else the object) is a victim of a release told
 * before, with a path out of the country the release was in, tells the
 * release again: its date, finer and compatible (a month and day
 * without a year in the release's year), is the release's.
 */
static void
passage_out(struct xdoc *d)
{
	size_t si, k, i;

	for (si = 0; si < d->nsent; si++) {
		size_t s0 = d->sents[si].t0, s1 = d->sents[si].t1;
		struct sdate dates[XDATE_MAX];
		size_t nd = 0;
		int got_dates = 0;

		for (k = s0; k < s1; k++) {
			int who;

			if (!extract_evword(d, k, "passage"))
				continue;
			if (extract_is_passive(d, k, s0) || (who = object_after(d, k + 1)) == NOREF)
				who = subject_before(d, k, s0);
			if (who == NOREF)
				continue;
			if (!got_dates) {
				nd = extract_sentence_dates(d, si, dates);
				got_dates = 1;
			}
			if (!nd)
				break;
			for (i = 0; i < d->nevent; i++) {
				struct xevent *e = &d->events[i];
				const struct xevtype *how = extract_type(d->lx, e->type);
				struct date v, old;
				size_t di, best = nd;

				if (e->dead > 0 || e->sent >= si || how->afterwards != XAFTER_FREE ||
				    !victim_of(d, e, who) || !path_out(d, k, s1, e->country))
					continue;
				/* the date nearest the verb */
				for (di = 0; di < nd; di++)
					if (!dates[di].v.end_year && (best == nd ||
					    gap(d, &dates[di], k) < gap(d, &dates[best], k)))
						best = di;
				old.year = 0;
				if (e->date[0] && date_parse_iso(e->date, &old) != 0)
					continue;
				if (best == nd || !in_year_of(d, &dates[best], old.year, &v))
					continue;
				date_by(d, e, &v, dates[best].s, dates[best].e,
				    "told again as its victims' passage out, with the day");
			}
		}
	}
}

/* The one live event of type, told in a sentence before si (none of
 * that type told in si itself), or NULL: none, or several. */
static struct xevent *
only_event_before(struct xdoc *d, const char *type, size_t si)
{
	struct xevent *found = NULL;
	size_t i;

	for (i = 0; i < d->nevent; i++) {
		struct xevent *e = &d->events[i];

		if (e->dead > 0 || strcmp(e->type, type))
			continue;
		if (e->sent >= si || found)
			return NULL;
		found = e;
	}
	return found;
}

/* The one date of sentence si (not a span) in *sd; 0 when it has none
 * or several. */
static int
one_date(const struct xdoc *d, size_t si, struct sdate *sd)
{
	struct sdate dates[XDATE_MAX];

	if (extract_sentence_dates(d, si, dates) != 1 || dates[0].v.end_year)
		return 0;
	*sd = dates[0];
	return 1;
}

/* The gender a noun of a person at token k tells: 'm' "man", 'f'
 * "woman" (a title of titles.tsv by its gender column), 0 none told;
 * -1 when k names no single person ("a person", "a tourist" are one). */
static int
person_noun(const struct xdoc *d, size_t k)
{
	const struct lex_entry *t;
	const char *g;

	if (extract_tok_is(d, k, "man"))
		return 'm';
	if (extract_tok_is(d, k, "woman"))
		return 'f';
	if (extract_tok_is(d, k, "person") || extract_tok_is(d, k, "citizen"))
		return 0;
	if ((d->toks[k].flags & TOK_CAP) || !(t = extract_tok_lex(d, d->lx->titles, k)))
		return -1;
	g = lex_get(d->lx->titles, t, "gender");
	return g && !strcmp(g, "male") ? 'm' : g && !strcmp(g, "female") ? 'f' : 0;
}

/* The trigger an indefinite description of a person that opens at
 * token k ("a", "an") is the victim of: "a man who was seized there",
 * "a Danish tourist held in"; its token (and *tr, *gender), or 0. */
static size_t
described_act(const struct xdoc *d, size_t k, size_t s1, struct xtrig *tr, int *gender)
{
	size_t j, t, i;

	if (!extract_tok_is(d, k, "a") && !extract_tok_is(d, k, "an"))
		return 0;
	for (j = k + 1; j < s1 && j < k + 5 && (d->toks[j].flags & TOK_WORD); j++)
		if ((*gender = person_noun(d, j)) >= 0)
			break;
	if (j >= s1 || j >= k + 5 || !(d->toks[j].flags & TOK_WORD))
		return 0;
	/* a mention of someone already: the rules of mentions tied it */
	for (i = 0; i < d->nent; i++)
		if (d->ents[i].t0 <= j && j < d->ents[i].t1)
			return 0;
	t = j + 1;
	if (t < s1 && extract_tok_is(d, t, "who"))
		t++;
	while (t < s1 && t < j + 5 && (!strcmp(extract_cue_kind(d, t), "aux") ||
	    !strcmp(extract_cue_kind(d, t), "perf") || extract_tok_is(d, t, "been") ||
	    extract_tok_is(d, t, "being")))
		t++;
	if (t >= s1 || !extract_trigger(d, t, tr) || !strcmp(tr->form, "noun"))
		return 0;
	return t;
}

/* The sex of person p: the name's, else the one the pronouns that stand
 * for p tell ("she"), else 0. */
static int
sex_of(const struct xdoc *d, int p)
{
	size_t i;

	if (d->persons[p].gender)
		return d->persons[p].gender;
	for (i = 0; i < d->nent; i++)
		if (d->ents[i].kind == ENT_PRONOUN && d->ents[i].ref == p && d->ents[i].gender)
			return d->ents[i].gender;
	return 0;
}

/* Does sentence si name person p ("Ann Roe, a nurse who was seized",
 * "she")?  Then the description is an apposition or an aside on p, and
 * the sentence's own rules dated p's act. */
static int
names_in(const struct xdoc *d, size_t si, int p)
{
	size_t i;

	for (i = 0; i < d->nent; i++)
		if (d->ents[i].ref == p && d->toks[d->ents[i].t0].sent == si)
			return 1;
	return 0;
}

/*
 * "In early May, officials said they sought news of a man who was
 * seized in the North", in a story where one man alone
 * is told arrested: that arrest, and its time.  Only when the act's type
 * has one event, of one person and no group, whose sex does not
 * disagree with the description's; two persons held, or one held twice,
 * leave it alone.
 */
static void
described_again(struct xdoc *d)
{
	size_t si, k;

	for (si = 0; si < d->nsent; si++) {
		size_t s0 = d->sents[si].t0, s1 = d->sents[si].t1;

		for (k = s0; k < s1; k++) {
			struct xtrig tr;
			struct xevent *e = NULL;
			struct sdate sd;
			size_t t, i;
			int gender, p;

			if (!(t = described_act(d, k, s1, &tr, &gender)) || extract_irrealis(d, t, s0))
				continue;
			for (i = 0; i < d->nevent; i++) {
				struct xevent *f = &d->events[i];

				if (f->dead > 0 || strcmp(f->type, tr.type))
					continue;
				if (e || f->again || f->nvictims != 1 || f->victims[0] < 0) {
					e = NULL;
					break;
				}
				e = f;
			}
			if (!e || !one_date(d, si, &sd))
				continue;
			p = e->victims[0];
			if ((gender && sex_of(d, p) && sex_of(d, p) != gender) || names_in(d, si, p))
				continue;
			date_by(d, e, &sd.v, sd.s, sd.e, "told again by a description of its one victim");
		}
	}
}

/* Is token k the verb of "took place", "happened", "was carried out"
 * (the occurrence list of event-words.tsv)?  The token after it, or 0. */
static size_t
occurs_at(const struct xdoc *d, size_t k, size_t s1)
{
	if (extract_evword(d, k, "occurrence"))
		return k + 1;
	if (k + 1 < s1 && extract_tok_is(d, k + 1, "place") && (extract_tok_is(d, k, "took") ||
	    extract_tok_is(d, k, "take") || extract_tok_is(d, k, "takes")))
		return k + 2;
	if (k + 1 < s1 && extract_tok_is(d, k, "carried") && extract_tok_is(d, k + 1, "out"))
		return k + 2;
	return 0;
}

/* The type of the act a noun at token k names, "execution" or its
 * plural "executions" (triggers.tsv), or NULL; *plural set for the
 * plural. */
static const char *
act_noun_type(const struct xdoc *d, size_t k, int *plural)
{
	const struct lex_entry *le;
	struct xtrig tr;
	size_t n = d->toks[k].e - d->toks[k].s;

	*plural = 0;
	if (extract_trigger(d, k, &tr))
		return tr.type;
	if (n < 4 || d->lower[d->toks[k].e - 1] != 's' ||
	    !(le = lex_lookupn(d->lx->triggers, d->lower + d->toks[k].s, n - 1)))
		return NULL;
	*plural = 1;
	return lex_get(d->lx->triggers, le, "type");
}

/*
 * "Two were executed ...  The executions took place in August": "the"
 * and the act's noun, then a verb that says only when it happened and a
 * date right after it, tells again the one act of that type told before
 * (a plural of several victims, a singular of one): its date.
 */
static void
noun_again(struct xdoc *d)
{
	size_t si, k;

	for (si = 0; si < d->nsent; si++) {
		size_t s0 = d->sents[si].t0, s1 = d->sents[si].t1;

		for (k = s0; k + 2 < s1; k++) {
			const char *type;
			struct xevent *e;
			struct sdate sd;
			size_t v, after = 0;
			int plural, many;

			if (!extract_tok_is(d, k, "the") || !(type = act_noun_type(d, k + 1, &plural)))
				continue;
			for (v = k + 2; v < s1 && v < k + 5 && !(after = occurs_at(d, v, s1)); v++)
				;
			if (!after || after >= s1 || !one_date(d, si, &sd) || sd.s != d->toks[after].s ||
			    !(e = only_event_before(d, type, si)))
				continue;
			many = e->nvictims > 1 || (e->nvictims == 1 && e->victims[0] < 0 &&
			    d->groups[-e->victims[0] - 1].count != 1);
			if (e->nvictims == 0 || plural != many)
				continue;
			date_by(d, e, &sd.v, sd.s, sd.e, "told again by its noun and a time");
		}
	}
}

void
extract_retold_dates(struct xdoc *d)
{
	passage_out(d);
	described_again(d);
	noun_again(d);
}
