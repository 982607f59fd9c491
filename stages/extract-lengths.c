/*
 * extract-lengths.c: dates an act takes from how long a custody lasted,
 * as the story tells it, counted from the other end of that custody.
 *
 * A length: "He toiled six years in a labour camp until his release in
 * June 1988", "he spent 21 years inside the North until they let him
 * go", "was held for 14 months".  Whoever it is told of (the victims of a
 * custody's start or end told in its sentence, else the sentence's
 * subject) was held that long between the start of their custody (an
 * arrest, an abduction: event-types.tsv custody start) and its end (a
 * release): the one of the two that is dated dates the other, at the
 * unit's precision (years give a year; months a month, or a year when
 * they make whole years).  Only when which start and which end is
 * plain: the one told in the length's sentence, else the person's only
 * one.
 *
 * A span: "were sentenced to penal camps, where they mined coal between
 * April 1960 and May 1963", "was jailed in a camp from 1971 to 1975": a
 * confinement from one date to another.  The act of its sentence that
 * put them away (a custody's start, a sentence) began it, at the span's
 * start; a release of the same people told, undated, in the next
 * sentences ended it, at the span's end.
 *
 * An age: "Kenji Mori was born in 1950 ...  He was nine years old when he
 * was taken", "abducted at the age of 13": an undated act befell its one
 * victim in the year of birth plus that age (a year; a birth's date is
 * no act's, extract_sentence_dates leaves it out).
 *
 * All run before the dates taken from the sentences around an act
 * (extract_dates_from_elsewhere), on dates told with their acts.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "buf.h"
#include "extract-events.h"

/* How far after a length its place is looked for: "in a North Korean
 * labor camp" is six tokens. */
#define PLACE_REACH 7
/* How far before a span the words of a confinement are looked for:
 * "sent to penal camps, where, the group says, they had to dig coal
 * between ..." */
#define CONFINE_REACH 16
/* How many sentences after a span a release it ends may be told in. */
#define SPAN_NEXT 3

static const char length_why[] = "the other end of a custody told with its length (six years in a camp)";
static const char span_start_why[] = "the start of the span of its confinement (between 1960 and 1963)";
static const char age_why[] = "its victim's year of birth and age then (born in 1950, nine when taken)";
static const char span_end_why[] = "the end of the span of a confinement told before (between 1960 and 1963)";

/* "camp" or "camps" after a kind that punishes ("labor camps"), or a
 * place of custody of event-words.tsv (custody-place). */
static int
custody_place(const struct xdoc *d, size_t k, size_t s0, size_t s1)
{
	if (extract_evword(d, k, "custody-place"))
		return 1;
	if (extract_tok_is(d, k, "camps") && k > s0 && extract_evword(d, k - 1, "camp-kind"))
		return 1;
	return extract_tok_is(d, k, "camp") && extract_custody_place_at(d, k, s1);
}

/* "the North", "North Korea" at token k (not "the north of China"). */
static int
the_north(const struct xdoc *d, size_t k, size_t s1)
{
	if (!extract_tok_is(d, k, "north"))
		return 0;
	if (k + 1 < s1 && extract_tok_is(d, k + 1, "korea"))
		return 1;
	return k > 0 && extract_tok_is(d, k - 1, "the") && !(k + 1 < s1 && extract_tok_is(d, k + 1, "of"));
}

/* After a length ending before token k: where it was spent holds people
 * ("in a labor camp", "in captivity", "of imprisonment"; with north,
 * "inside the North" too), before any break of the clause. */
static int
held_place_after(const struct xdoc *d, size_t k, size_t s0, size_t s1, int north)
{
	size_t j;

	if (k >= s1 || !(extract_tok_is(d, k, "in") || extract_tok_is(d, k, "inside") || extract_tok_is(d, k, "of") ||
	    extract_tok_is(d, k, "behind")))
		return extract_evword(d, k, "custody");	/* "six months' detention" */
	for (j = k + 1; j < s1 && j < k + PLACE_REACH; j++) {
		if (extract_punct_break(d, j))
			return 0;
		if (extract_evword(d, j, "custody") || custody_place(d, j, s0, s1) || (north && the_north(d, j, s1)))
			return 1;
	}
	return 0;
}

/*
 * A custody's length at token t of the sentence [s0, s1): "held (in a
 * camp) for 14 months", "spent 21 years inside the North", "toiled six years
 * in a labor camp", "after 11 months of imprisonment".  Not a penalty's
 * term ("sentenced to 15 years in prison": after "to"), nor a stay
 * somewhere else ("spent 21 years in Osaka").  Its count and unit in *n
 * and *unit, the token after it in *end; 1, or 0.
 */
static int
custody_length_at(const struct xdoc *d, size_t t, size_t s0, size_t s1, long *n, int *unit, size_t *end)
{
	size_t k, b = t - 1;

	/* "for nearly two years" */
	if (t > s0 + 1 && extract_evword(d, b, "about-count"))
		b--;
	if (t == s0 || !(extract_tok_is(d, b, "for") || extract_tok_is(d, b, "after") ||
	    extract_evword(d, b, "spent-in")) || !extract_span_length(d, t, s1, n, unit, end) || *n <= 0)
		return 0;
	if (extract_evword(d, b, "spent-in"))
		return held_place_after(d, *end, s0, s1, 1);
	if (extract_tok_is(d, b, "after"))
		return held_place_after(d, *end, s0, s1, 1);
	/* "was held (captive, in a camp) for 14 months" */
	for (k = b; k-- > s0 && k + 8 > b;) {
		if (extract_punct_break(d, k))
			return 0;
		if (extract_evword(d, k, "held-for"))
			return 1;
	}
	return 0;
}

/* Is the mention at ents[i] a possessive pronoun ("his wife spent ...":
 * the wife, not him)? */
static int
possessive(const struct xdoc *d, const struct xent *m)
{
	return m->kind == ENT_PRONOUN && m->t1 == m->t0 + 1 &&
	    (extract_tok_is(d, m->t0, "his") || extract_tok_is(d, m->t0, "her") ||
	    extract_tok_is(d, m->t0, "their") || extract_tok_is(d, m->t0, "its"));
}

/* Is the noun phrase that opens at s0, up to its verb before token t,
 * of one ("A Danish poet toiled", not "The prisoners toiled", "the
 * crew were held")? */
static int
singular_subject(const struct xdoc *d, size_t s0, size_t t)
{
	size_t k;

	for (k = s0 + 1; k < t; k++) {
		const struct xtok *w = &d->toks[k];
		size_t n = w->e - w->s;

		if (extract_evword(d, k, "spent-in") || extract_evword(d, k, "held-for") || extract_tok_is(d, k, "was"))
			return 1;
		if (extract_tok_is(d, k, "were") || extract_punct_break(d, k) || extract_tok_is(d, k, "and"))
			return 0;
		/* a plural noun: "prisoners", not "class" */
		if (!(w->flags & TOK_CAP) && n > 3 && d->text[w->e - 1] == 's' && d->text[w->e - 2] != 's')
			return 0;
	}
	return 0;
}

/* The custody type of e (XCUSTODY_*) when e is a live event. */
static enum xcustody
custody_of(const struct xdoc *d, const struct xevent *e)
{
	return e->dead > 0 ? XCUSTODY_NONE : extract_type(d->lx, e->type)->custody;
}

/*
 * The people the length at token t of sentence si is told of, in v (at
 * most XEV_MAXV); their count.  The victims of a custody's start or end
 * told in the sentence; else the last mention before the length that is
 * no possessive (the subject: "He toiled", "Roe was held"); else, a
 * sentence opened by an article ("A Danish poet spent ...") in a story
 * whose one person is held and freed, that person.
 */
static int
length_victims(const struct xdoc *d, size_t si, size_t t, int *v)
{
	size_t s0 = d->sents[si].t0, k, i;
	int nv = 0, who = NOREF, a;

	for (i = 0; i < d->nevent && !nv; i++)
		if (d->events[i].sent == si && custody_of(d, &d->events[i]) != XCUSTODY_NONE)
			for (a = 0; a < d->events[i].nvictims && nv < XEV_MAXV; a++)
				v[nv++] = d->events[i].victims[a];
	if (nv)
		return nv;
	for (k = s0; k < t; k++) {
		const struct xent *m = d->toks[k].ent >= 0 ? &d->ents[d->toks[k].ent] : NULL;

		if (m && (m->kind == ENT_PERSON || m->kind == ENT_GROUP || m->kind == ENT_PRONOUN) &&
		    m->ref != NOREF && !possessive(d, m))
			who = m->ref;
		else if (m && (m->kind == ENT_PERSON || m->kind == ENT_GROUP))
			return 0;	/* someone the story does not follow */
	}
	if (who != NOREF) {
		v[0] = who;
		return 1;
	}
	s0 = extract_after_dateline(d, s0, d->sents[si].t1);
	if (!(extract_tok_is(d, s0, "a") || extract_tok_is(d, s0, "an") || extract_tok_is(d, s0, "the")) ||
	    !singular_subject(d, s0, t))
		return 0;
	for (k = 0; k < d->nperson; k++) {
		const struct xevlist *l = extract_events_of(d, (int)k);
		int start = 0, endc = 0;

		for (i = 0; l && i < l->n; i++) {
			enum xcustody c = custody_of(d, &d->events[l->ev[i]]);

			start |= c == XCUSTODY_START;
			endc |= c == XCUSTODY_END;
		}
		if (start && endc) {
			if (who != NOREF)
				return 0;	/* two such people */
			who = (int)k;
		}
	}
	if (who == NOREF)
		return 0;
	v[0] = who;
	return 1;
}

/* The event of victim v whose custody is c: the first one told in
 * sentence si, else its only one; -1 when none or not plain. */
static long
custody_event(const struct xdoc *d, int v, enum xcustody c, size_t si)
{
	const struct xevlist *l = extract_events_of(d, v);
	long only = -1;
	size_t i;
	int n = 0;

	for (i = 0; l && i < l->n; i++) {
		const struct xevent *e = &d->events[l->ev[i]];

		if (custody_of(d, e) != c)
			continue;
		if (e->sent == si)
			return l->ev[i];
		n++;
		only = l->ev[i];
	}
	return n == 1 ? only : -1;
}

/* e takes date, at the words [ws, we) of the text, for the reason why. */
static void
take_date(struct xdoc *d, struct xevent *e, const char *date, size_t ws, size_t we, const char *why)
{
	snprintf(e->date, sizeof(e->date), "%s", date);
	free(e->date_text);
	e->date_text = xstrndup(d->text + ws, we - ws);
	e->why_date = why;
}

/* A count of months that makes whole years counts years: from a year
 * alone, "24 months" is two years on. */
static int
shift(const char *iso, long n, int unit, int sign, char *out, size_t outsz)
{
	if (extract_date_shift(iso, n, unit, sign, out, outsz) == 0)
		return 0;
	if (unit == SPAN_MONTH && n % 12 == 0)
		return extract_date_shift(iso, n / 12, SPAN_YEAR, sign, out, outsz);
	return -1;
}

/* Is the word w among tokens [a, b)? */
static int
word_between(const struct xdoc *d, size_t a, size_t b, const char *w)
{
	for (; a < b; a++)
		if (extract_tok_is(d, a, w))
			return 1;
	return 0;
}

/* The length at token t of sentence si, n units, dates the start or the
 * end of the custody of each of its people from the other; after: it
 * came after "after" ("freed after two years in a camp"), so ends at an
 * act of its sentence. */
static void
date_by_length(struct xdoc *d, size_t si, size_t t, size_t end, long n, int unit, int after)
{
	int v[XEV_MAXV], nv = length_victims(d, si, t, v), a;
	char date[DATE_FORMAT_MAX];

	for (a = 0; a < nv; a++) {
		long s = custody_event(d, v[a], XCUSTODY_START, si), e = custody_event(d, v[a], XCUSTODY_END, si);
		struct xevent *se, *ee;

		if (s < 0 || e < 0)
			continue;
		se = &d->events[s];
		ee = &d->events[e];
		/* "was arrested after ten years in the North", "spent ten
		 * years inside the North until his arrest": a stretch that
		 * ends at the start, not the custody */
		if ((after && ee->sent != si) || (se->sent == si && ee->sent != si && se->tok > end &&
		    (word_between(d, end, se->tok, "before") || word_between(d, end, se->tok, "until"))))
			continue;
		if (ee->date[0] && !se->date[0] && shift(ee->date, n, unit, -1, date, sizeof(date)) == 0)
			take_date(d, se, date, d->toks[t].s, d->toks[end - 1].e, length_why);
		else if (se->date[0] && !ee->date[0] && shift(se->date, n, unit, 1, date, sizeof(date)) == 0)
			take_date(d, ee, date, d->toks[t].s, d->toks[end - 1].e, length_why);
	}
}

/* Do the bytes [a, b) hold only spaces and one word of the list? */
static int
only_word_of(const struct xdoc *d, size_t a, size_t b, const char *list)
{
	size_t ws;

	while (a < b && d->text[a] == ' ')
		a++;
	while (b > a && d->text[b - 1] == ' ')
		b--;
	for (ws = a; ws < b; ws++)
		if (d->text[ws] == ' ')
			return 0;
	return b > a && extract_in_list(d, d->text + a, b - a, list);
}

/* Does the date expression sd open with a word of the list, or come
 * right after one ("between April 1960", "until 1975")? */
static int
opens_with(const struct xdoc *d, const struct sdate *sd, const char *list)
{
	size_t k = sd->s, ws;

	while (k < sd->e && d->text[k] != ' ')
		k++;
	if (extract_in_list(d, d->text + sd->s, k - sd->s, list))
		return 1;
	if (sd->s < 2 || d->text[sd->s - 1] != ' ')
		return 0;
	for (ws = sd->s - 1; ws > 0 && d->text[ws - 1] != ' ' && d->text[ws - 1] != '\n'; ws--)
		;
	return extract_in_list(d, d->text + ws, sd->s - 1 - ws, list);
}

int
extract_span_opened(const struct xdoc *d, const struct sdate *sd)
{
	return opens_with(d, sd, "span-open");
}

/* The token that starts at byte b, or the first after it. */
static size_t
tok_from(const struct xdoc *d, size_t si, size_t b)
{
	size_t k;

	for (k = d->sents[si].t0; k < d->sents[si].t1 && d->toks[k].s < b; k++)
		;
	return k;
}

/* Do the words before token k (CONFINE_REACH of them, in its sentence)
 * tell a confinement: a place of custody, a verb of putting away or
 * of holding ("labor camps, where they ...", "jailed", "held")? */
static int
confined_before(const struct xdoc *d, size_t si, size_t k)
{
	size_t s0 = d->sents[si].t0, s1 = d->sents[si].t1, j;

	for (j = k; j-- > s0 && j + CONFINE_REACH > k;)
		if (extract_evword(d, j, "custody") || custody_place(d, j, s0, s1) || extract_evword(d, j, "confine") ||
		    extract_evword(d, j, "held-for"))
			return 1;
	return 0;
}

/* How many people the victims of e are: a person one, a group its
 * count (0 when it has none). */
static long
people_of(const struct xdoc *d, const struct xevent *e)
{
	long n = 0;
	int a;

	for (a = 0; a < e->nvictims; a++)
		n += e->victims[a] >= 0 ? 1 : d->groups[-e->victims[a] - 1].count;
	return n;
}

/* Are events e and f of the same people: a victim shared, or as many
 * ("A and B were sentenced ...  The two men were released")? */
static int
same_people(const struct xdoc *d, const struct xevent *e, const struct xevent *f)
{
	return extract_share_victim(e, f) || (people_of(d, e) > 1 && people_of(d, e) == people_of(d, f));
}

/* The confinement from start to end (ISO) told at bytes [ws, we) of
 * sentence si: its acts that put people away begin it, a release of
 * theirs told soon after with no date ends it. */
static void
date_by_span(struct xdoc *d, size_t si, const char *start, const char *end, size_t ws, size_t we)
{
	size_t i, j;

	for (i = 0; i < d->nevent; i++) {
		struct xevent *e = &d->events[i];
		const struct xevtype *how = extract_type(d->lx, e->type);

		if (e->sent != si || e->dead > 0 || (how->custody != XCUSTODY_START && how->holds == XHOLDS_NONE))
			continue;
		/* undated, or dated by the span as a whole or by its end */
		if (e->date[0] && strchr(e->date, '/') == NULL && strcmp(e->date, end))
			continue;
		take_date(d, e, start, ws, we, span_start_why);
		for (j = 0; j < d->nevent; j++) {
			struct xevent *r = &d->events[j];

			if (r->sent > si && r->sent <= si + SPAN_NEXT && custody_of(d, r) == XCUSTODY_END &&
			    !r->date[0] && same_people(d, e, r))
				take_date(d, r, end, ws, we, span_end_why);
		}
	}
}

/* The spans of confinement of sentence si: "between 1971 and 1975" (one
 * date, an interval), "between April 1960 and May 1963", "from 1971
 * until 1975" (two dates).  Only a sentence with an act that puts people
 * away (confines[si], marked once for all sentences: a scan of the
 * events for each would be quadratic). */
static void
spans_of(struct xdoc *d, size_t si, const unsigned char *confines)
{
	struct sdate dates[XDATE_MAX];
	size_t nd, i;
	char start[DATE_FORMAT_MAX], end[DATE_FORMAT_MAX];

	if (!confines[si] || !(nd = extract_sentence_dates(d, si, dates)))
		return;

	for (i = 0; i < nd; i++) {
		struct date a = dates[i].v, b;

		if (!extract_span_opened(d, &dates[i]) || a.approx || !confined_before(d, si, tok_from(d, si, dates[i].s)))
			continue;
		if (a.end_year) {
			b = a;
			b.year = a.end_year;
			a.end_year = b.end_year = 0;
			date_format(&a, start, sizeof(start));
			date_format(&b, end, sizeof(end));
			date_by_span(d, si, start, end, dates[i].s, dates[i].e);
		} else if (i + 1 < nd && !dates[i + 1].v.end_year && !dates[i + 1].v.approx &&
		    (only_word_of(d, dates[i].e, dates[i + 1].s, "span-join") ||
		    (dates[i + 1].s == dates[i].e + 1 && opens_with(d, &dates[i + 1], "span-join")))) {
			date_format(&a, start, sizeof(start));
			date_format(&dates[i + 1].v, end, sizeof(end));
			date_by_span(d, si, start, end, dates[i].s, dates[i + 1].e);
			i++;
		}
	}
}

/*
 * The year each person was born in, as the text tells it ("Kenji Mori was
 * born in 1950", "Mori, born in Hamhung in 1950,"): in births[] (0 when
 * not told).  Whose birth: the last mention before "born" in its
 * sentence that is no possessive.
 */
static void
birth_years(const struct xdoc *d, int *births)
{
	size_t t, k, st, span;
	struct date v;

	for (t = 0; t < d->ntok; t++) {
		size_t si = d->toks[t].sent, e = d->sents[si].e;
		int who = NOREF;

		if (!extract_tok_is(d, t, "born"))
			continue;
		for (k = d->sents[si].t0; k < t; k++) {
			const struct xent *m = d->toks[k].ent >= 0 ? &d->ents[d->toks[k].ent] : NULL;

			if (m && (m->kind == ENT_PERSON || m->kind == ENT_PRONOUN) && !possessive(d, m))
				who = m->ref;
		}
		if (who < 0 || (size_t)who >= d->nperson)
			continue;
		/* the first date after it, a place's name and "in" between */
		span = date_find(d->text + d->toks[t].e, e - d->toks[t].e, NULL, &v, &st);
		if (span && st < 40 && v.prec >= DATE_PREC_YEAR && !v.end_year && !v.approx &&
		    !memchr(d->text + d->toks[t].e, ',', st))
			births[who] = v.year;
	}
}

/* The count at tokens ending at token k ("nine", "13", "twenty-one"):
 * its value, its first token in *k0; 0 when none. */
static long
count_ending_at(const struct xdoc *d, size_t k, size_t s0, size_t *k0)
{
	size_t j, used;
	long n;

	for (j = k + 1; j-- > s0 && j + 3 > k;)
		if ((n = extract_count_at(d, j, &used)) > 0 && j + used == k + 1) {
			*k0 = j;
			return n;
		}
	return 0;
}

/*
 * The age the act at trigger t (of sentence [s0, s1)) befell its victim
 * at: "at the age of 13", "aged 13" after it; "was nine (years old) when
 * he was taken", whose subject in *who (NOREF when the age follows the
 * act, which is its victim's).  The words in [*ws, *we); 0 when none.
 */
static long
age_at_act(const struct xdoc *d, size_t t, size_t s0, size_t s1, int *who, size_t *ws, size_t *we)
{
	size_t k, k0, j;
	long n;

	*who = NOREF;
	/* "abducted at the age of 13", "taken aged 13" */
	for (k = t + 1; k < s1 && k < t + 8 && !extract_punct_break(d, k); k++) {
		if (extract_tok_is(d, k, "aged") && k + 1 < s1 && (n = extract_count_at(d, k + 1, &j)) > 0) {
			*ws = d->toks[k].s;
			*we = d->toks[k + j].e;
			return n;
		}
		if (extract_tok_is(d, k, "age") && k + 2 < s1 && extract_tok_is(d, k + 1, "of") &&
		    (n = extract_count_at(d, k + 2, &j)) > 0 && k >= 2 && extract_tok_is(d, k - 2, "at")) {
			*ws = d->toks[k - 2].s;
			*we = d->toks[k + 1 + j].e;
			return n;
		}
	}
	/* "She was just 11 years old when agents seized her" */
	for (k = t; k-- > s0 && k + 10 > t;) {
		if (extract_punct_break(d, k))
			return 0;
		if (extract_tok_is(d, k, "when"))
			break;
	}
	if (k == (size_t)-1 || k < s0 + 2 || !extract_tok_is(d, k, "when"))
		return 0;
	*we = d->toks[k - 1].e;
	k--;
	if (extract_tok_is(d, k, "old") && k > s0 + 2 && (extract_tok_is(d, k - 1, "years") ||
	    extract_tok_is(d, k - 1, "year")))
		k -= 2;
	if ((n = count_ending_at(d, k, s0, &k0)) <= 0 || n > 110)
		return 0;
	/* "was (only, just) nine" */
	for (k = k0; k-- > s0 && k + 3 > k0;) {
		if (extract_tok_is(d, k, "was") || extract_tok_is(d, k, "were")) {
			for (j = k; j-- > s0;) {
				const struct xent *m = d->toks[j].ent >= 0 ? &d->ents[d->toks[j].ent] : NULL;

				if (m && (m->kind == ENT_PERSON || m->kind == ENT_PRONOUN) && m->t1 == k) {
					*who = m->ref;
					*ws = d->toks[k0].s;
					return n;
				}
				if (extract_punct_break(d, j))
					break;
			}
			return 0;
		}
		if ((d->toks[k].flags & TOK_CAP) || extract_punct_break(d, k))
			return 0;
	}
	return 0;
}

/* Each undated act whose victim's age then and year of birth the text
 * tells: the year of birth and the age.  "Born in 1950, ... nine years
 * old when he was taken": 1959. */
static void
date_by_age(struct xdoc *d)
{
	int *births = xcalloc(d->nperson + 1, sizeof(*births)), who;
	size_t i, ws = 0, we = 0;
	char date[DATE_FORMAT_MAX];
	long n;

	birth_years(d, births);
	for (i = 0; i < d->nevent; i++) {
		struct xevent *e = &d->events[i];
		size_t si = e->sent;

		if (e->dead > 0 || e->date[0] || e->nvictims != 1 || e->victims[0] < 0 || !births[e->victims[0]])
			continue;
		n = age_at_act(d, e->tok, d->sents[si].t0, d->sents[si].t1, &who, &ws, &we);
		if (n <= 0 || (who != NOREF && who != e->victims[0]))
			continue;
		snprintf(date, sizeof(date), "%04d", births[e->victims[0]] + (int)n);
		take_date(d, e, date, ws, we, age_why);
	}
	free(births);
}

void
extract_dates_by_length(struct xdoc *d)
{
	size_t si, t, end, i;
	long n;
	int unit;
	unsigned char *confines = xcalloc(d->nsent + 1, 1);

	for (i = 0; i < d->nevent; i++) {
		const struct xevtype *how = extract_type(d->lx, d->events[i].type);

		if (d->events[i].dead <= 0 && (how->custody == XCUSTODY_START || how->holds != XHOLDS_NONE))
			confines[d->events[i].sent] = 1;
	}
	for (si = 0; si < d->nsent; si++)
		spans_of(d, si, confines);
	free(confines);
	if (d->nperson)
		date_by_age(d);
	for (si = 0; si < d->nsent; si++)
		for (t = d->sents[si].t0; t < d->sents[si].t1; t++)
			if (custody_length_at(d, t, d->sents[si].t0, d->sents[si].t1, &n, &unit, &end))
				date_by_length(d, si, t, end, n, unit, extract_tok_is(d, t - 1, "after") ||
				    (t > 1 && extract_tok_is(d, t - 2, "after")));
}
