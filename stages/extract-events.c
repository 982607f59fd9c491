/*
 * extract-events.c: the act each trigger makes; extract_events, the list
 * of passes that makes them.
 *
 * A trigger (triggers.tsv) in a sentence starts an event unless a negation
 * or a hypothetical cue (cues.tsv: not, denied, could, would, if, to
 * prevent, risked, refused) stands in the few words before it in the
 * same clause, or an infinitive "to" or a bare "be" (a subjunctive: "that
 * they be freed") does.  The victims are, for a passive ("X was
 * arrested", "defectors held in Vietnam") or an intransitive trigger ("X
 * died"), the nearest person or group before the trigger; for an active
 * one ("police arrested X"), the nearest after it; with those joined to it
 * by "and" (extract-victims.c, extract-mentions.c).  Pronouns (he, they,
 * "the defectors") stand for the latest person or group before them
 * (extract-antecedents.c).  No victim, no
 * event.  The date (extract-dates.c) is the date expression of the
 * sentence nearest the trigger, the place (extract-places.c) the nearest
 * place after "in", "at" or "from"; what each type does beyond that is its
 * row of event-types.tsv (extract-types.c).  The same act mentioned again
 * (same type, a shared victim, compatible dates) is one event
 * (extract-acts.c, extract-merge.c).  Every scan is bounded by the
 * sentence: linear.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "buf.h"
#include "extract-events.h"

/*
 * "to North Korea" after the trigger ending at token after, past its
 * object named right after it and "home" or "back": "sent home to North
 * Korea", "sent Jon home to the North", "were freed and sent back to
 * North Korea" (extract_into_north).
 */
static int
sent_to_north(const struct xdoc *d, size_t after, size_t s1)
{
	if (after < s1 && d->toks[after].ent >= 0 && d->ents[d->toks[after].ent].t0 == after)
		after = d->ents[d->toks[after].ent].t1;
	if (after < s1 && (extract_tok_is(d, after, "home") || extract_tok_is(d, after, "back")))
		after++;
	return extract_into_north(d, after, s1);
}

/*
 * "handed them over to Russian diplomats", "was handed over to her company's
 * officials": the one the victims are handed "to" (after the trigger,
 * ending at token after) is their own side: a word of the own-side list
 * of event-words.tsv (diplomats, embassy, family, employer) or of
 * kinship, alone or after a possessive and a word or two ("his firm's
 * officials"); "to their North Korean captors", "to the North Korean
 * embassy" are not.
 */
static int
to_own_side(const struct xdoc *d, size_t after, size_t s1)
{
	size_t k, j, n;
	int poss;

	for (k = after; k < s1 && k < after + 6 && !extract_tok_is(d, k, "to"); k++)
		if (extract_tok_is(d, k, ",") || extract_tok_is(d, k, "."))
			return 0;
	if (k >= s1 || !extract_tok_is(d, k, "to"))
		return 0;
	k++;
	poss = k < s1 && (extract_tok_is(d, k, "his") || extract_tok_is(d, k, "her") ||
	    extract_tok_is(d, k, "their"));
	for (j = k; j < s1 && j < k + 4; j++) {
		const struct lex_entry *dm;

		if (extract_tok_is(d, j, ",") || extract_tok_is(d, j, "."))
			break;
		/* "to the North Korean embassy": the side they are taken
		 * back to, never a release */
		if ((dm = extract_match(d, d->lx->demonyms, j, 3, &n)) &&
		    !strcmp(lex_get(d->lx->demonyms, dm, "country"), "KP"))
			return 0;
		if (extract_evword(d, j, "own-side") || (poss && extract_match(d, d->lx->kinship, j, 2, &n)))
			return 1;
	}
	return 0;
}

/*
 * "They were turned over to immigration authorities": the one the victims
 * are handed "to" (after the trigger, ending at token after) is an
 * authority (the authority list of event-words.tsv) of no country named:
 * the state that holds them, passing them on.  "To North Korean
 * guards", "to the Chinese police", "to their embassy" name a receiver.
 */
static int
to_bare_authority(const struct xdoc *d, size_t after, size_t s1)
{
	size_t k, j, n;

	for (k = after; k < s1 && k < after + 6 && !extract_tok_is(d, k, "to"); k++)
		if (extract_punct_break(d, k))
			return 0;
	if (k >= s1 || !extract_tok_is(d, k, "to"))
		return 0;
	for (j = k + 1; j < s1 && j < k + 5; j++) {
		int ei = d->toks[j].ent;

		if (extract_punct_break(d, j) || extract_is_prep(d, j) || extract_tok_is(d, j, "of") ||
		    (ei >= 0 && d->ents[ei].kind != ENT_PRONOUN) || extract_match(d, d->lx->demonyms, j, 3, &n) ||
		    extract_evword(d, j, "own-side") || extract_evword(d, j, "possessive"))
			return 0;
		if (extract_evword(d, j, "authority"))
			return 1;
	}
	return 0;
}

/*
 * "North Korea returned Ann and Bo Roe to Denmark", of two Danes: a verb
 * that only moves someone (<to-place>, after token after) to the
 * victims' own country, that is not North Korea, sends them home; their
 * own side receives them (event-types.tsv to-own-side), as their
 * embassy would.  Every person among v[0..nv) whose nationality is
 * known (or told by a Japanese given name) has that one, and one at
 * least is known.  "Handed back to the
 * South" of people whose country the text does not tell, and a return
 * to North Korea (of those who fled it), stay forced returns.
 */
static int
sent_home(const struct xdoc *d, size_t after, size_t s1, const int *v, int nv)
{
	const char *dest = extract_act_dest(d, after - 1, s1, v, 0);
	int a, known = 0;

	if (!dest || !strcmp(dest, "KP"))
		return 0;
	for (a = 0; a < nv; a++) {
		const struct xperson *p = v[a] >= 0 ? &d->persons[v[a]] : NULL;
		/* a Japanese given name tells the nationality, as the
		 * records write it */
		const char *cc = !p ? "" : p->nationality[0] ? p->nationality : p->jp_name ? "JP" : "";

		if (cc[0] && strcmp(cc, dest))
			return 0;
		known += cc[0] != 0;
	}
	return known > 0;
}

/* "picked up by her family at the station": the agent after the trigger
 * (ending at token after) is the victim's kin, who take no one into
 * custody; a possessive may stand before the kin word. */
static int
kin_agent(const struct xdoc *d, size_t after, size_t s1)
{
	size_t k = after, n;

	if (k < s1 && extract_evword(d, k, "particle"))
		k++;
	if (k >= s1 || !extract_tok_is(d, k, "by"))
		return 0;
	k++;
	if (k < s1 && extract_evword(d, k, "determiner"))
		k++;
	return k < s1 && extract_match(d, d->lx->kinship, k, 2, &n) != NULL;
}

static int
penalty_in(const struct xdoc *d, size_t s0, size_t s1)
{
	size_t t;

	for (t = s0; t < s1; t++)
		/* "two months later", "a year ago": a time, not a term */
		if (extract_evword(d, t, "penalty") && !(t + 1 < s1 && extract_evword(d, t + 1, "time-after")))
			return 1;
	return 0;
}

/* "freed that May", "shot that night": "that" of a time (a month's
 * name, a unit of time, a part of the day, "same"), no clause. */
static int
time_that(const struct xdoc *d, size_t t, size_t s1)
{
	const struct xtok *w;

	if (t + 1 >= s1)
		return 0;
	w = &d->toks[t + 1];
	return extract_tok_is(d, t + 1, "same") || extract_evword(d, t + 1, "time-unit") ||
	    ((w->flags & TOK_CAP) && date_month_from_name(d->text + w->s, w->e - w->s) > 0);
}

/* The trigger at token t, if it is one here: 1 and *tr, or 0. */
static int
trigger_at(const struct xdoc *d, size_t t, size_t s0, size_t s1, struct xtrig *tr)
{
	size_t n;

	if (!extract_trigger(d, t, tr))
		return 0;
	n = tr->n;
	/* capitalised inside a sentence: part of a name or title */
	if ((d->toks[t].flags & TOK_CAP) && t != s0)
		return 0;
	/* "the court held that ...": a ruling, not custody; "he tried to
	 * leave", "trying to flee": an attempt, not a trial (but "pleaded
	 * guilty to desertion" is one) */
	if (t + n < s1 && ((extract_tok_is(d, t + n, "that") && !time_that(d, t + n, s1)) ||
	    (extract_type(d->lx, tr->type)->attempt_to && tr->infl != INFL_BASE && n == 1 &&
	    extract_tok_is(d, t + n, "to"))))
		return 0;
	/* "a death sentence", "the release date": a noun that qualifies
	 * the next one is not an act of its own */
	if (!strcmp(tr->form, "noun") && t + n < s1 && !(d->toks[t + n].flags & TOK_CAP) &&
	    extract_is_trigger(d, t + n))
		return 0;
	/* "an escape route", "an arrest warrant", "the repatriation
	 * policy": a compound that names a thing made for the act (the
	 * compound-head list of event-words.tsv), not the act */
	if (!strcmp(tr->form, "noun") && t + n < s1 && extract_evword(d, t + n, "compound-head"))
		return 0;
	return 1;
}

/* "never" right before t, or before "been" or "be" there ("has never
 * been freed"), and no hypothesis before it ("could never be freed"). */
static int
never_before(const struct xdoc *d, size_t t, size_t s0)
{
	size_t k = t;

	if (k > s0 && (extract_tok_is(d, k - 1, "been") || extract_tok_is(d, k - 1, "be")))
		k--;
	if (k <= s0 || !extract_tok_is(d, k - 1, "never"))
		return 0;
	for (k--; k > s0 && k + 4 > t; k--)
		if (!strcmp(extract_cue_kind(d, k - 1), "hypo"))
			return 0;
	return 1;
}

/* "was arrested again", "detained for a second time", "arrested him
 * again": a word of the again list of event-words.tsv within three
 * tokens before the trigger (n tokens) or six after it, in its clause. */
static int
told_again(const struct xdoc *d, const struct xacts *sc, size_t t, size_t n)
{
	size_t k;

	if (extract_again_prefixed(d, t))
		return 1;	/* "was re-arrested" */
	for (k = t; k > sc->s0 && k + 3 > t && !extract_punct_break(d, k - 1); k--)
		if (extract_evword(d, k - 1, "again"))
			return 1;
	for (k = t + n; k < sc->s1 && k < t + n + 6 && !extract_punct_break(d, k); k++)
		if (extract_evword(d, k, "again"))
			return 1;
	return 0;
}

/* e took the time told from a date before it (later, the date's index):
 * its words are those of the time, bytes [ws, we), not the date's. */
static void
later_words(struct xdoc *d, struct xevent *e, int later, const char *date, size_t ws, size_t we)
{
	if (later < 0 || strcmp(e->date, date))
		return;
	free(e->date_text);
	e->date_text = xstrndup(d->text + ws, we - ws);
	e->why_date = later == 2 ? "its length back from its end (kept for 40 years)" :
	    "a time told from a date before it in its sentence (died two months later)";
}

/*
 * May an act on v[0..nv) at place pidx of sc's sentence be one done
 * abroad by North Korea's agents?  Not when its victims are North
 * Koreans (whom "the North Koreans held in Bangkok" names, not their
 * captors); and only when the place is told after the trigger t or opens
 * the sentence ("In Seoul, agents seized ..."), not in an aside on the
 * victim before it ("Zhao, from Dandong, was seized by North Korean
 * guards": where he is from, not where).
 */
static int
taken_abroad(const struct xdoc *d, const struct xacts *sc, size_t t, const int *v, int nv, int pidx)
{
	size_t k;
	int a;

	for (a = 0; a < nv; a++)
		if (!strcmp(v[a] >= 0 ? d->persons[v[a]].nationality : d->groups[-v[a] - 1].nationality, "KP"))
			return 0;
	for (k = sc->s0; k < sc->s1; k++) {
		int ei = d->toks[k].ent;

		if (ei >= 0 && d->ents[ei].kind == ENT_PLACE && d->ents[ei].id == pidx && d->ents[ei].t0 == k &&
		    (k > t || k < sc->s0 + 3))
			return 1;
	}
	return 0;
}

/*
 * "The other six were jailed in a labour camp", "executed three
 * leaders and jailed 20 others": a confinement (the confine list of
 * event-words.tsv) is a penalty, a sentence, when its victims v[0..nv)
 * are held already by an act of an earlier sentence (taken into custody
 * before, now put away), or when "and" (or the comma of a series) joins
 * it to a killing, a sentence or a trial told right before it in its
 * sentence, with no other act between ("executed X and jailed Y": the
 * verdict's two penalties; "tried and jailed": the trial's), or when a
 * term follows it ("jailed for 15 years", "imprisoned for life").
 * "Was jailed for writing" told first, "arrested and jailed" in one
 * sentence, start a custody: an arrest.
 */
static int
penalty_confinement(const struct xdoc *d, const struct xacts *sc, size_t t, const int *v, int nv)
{
	size_t k, end;
	int a, and = 0, unit;
	long n;
	struct xtrig tr;

	if (!extract_evword(d, t, "confine"))
		return 0;
	/* "jailed for 15 years", "imprisoned for life": a term */
	if (t + 2 < sc->s1 && extract_tok_is(d, t + 1, "for") && (extract_tok_is(d, t + 2, "life") ||
	    extract_span_length(d, t + 2, sc->s1, &n, &unit, &end)))
		return 1;
	for (a = 0; a < nv; a++) {
		int w = v[a];
		enum xafter state = XAFTER_NONE;

		/* a part of a group held is held: its whole's acts count */
		for (; ; w = -d->groups[-w - 1].part_of - 1) {
			const struct xevlist *l = extract_events_of(d, w);
			size_t i;

			for (i = 0; l && i < l->n; i++) {
				const struct xevent *e = &d->events[l->ev[i]];
				enum xafter after = extract_type(d->lx, e->type)->afterwards;

				if (e->sent < sc->si && after != XAFTER_NONE)
					state = after;
			}
			if (state != XAFTER_NONE || w >= 0 || d->groups[-w - 1].part_of < 0)
				break;
		}
		if (state == XAFTER_HELD)
			return 1;
	}
	for (k = t; k > sc->s0; k--) {
		/* "court-martialed, jailed and discharged": a comma of a
		 * series joins as "and" does */
		if (extract_tok_is(d, k - 1, "and") || (extract_tok_is(d, k - 1, ",") && k == t))
			and = 1;
		else if (extract_tok_is(d, k - 1, ";") || extract_tok_is(d, k - 1, "."))
			return 0;
		else if (and && extract_trigger(d, k - 1, &tr) && strcmp(tr.form, "noun"))
			return extract_type(d->lx, tr.type)->custody_only || !strcmp(tr.type, "sentence") ||
			    !strcmp(tr.type, "trial");
		else if (extract_trigger(d, k - 1, &tr))
			return 0;
	}
	return 0;
}

/*
 * "are expected to be freed", "has not been released", "urged them to
 * free her": an end of custody told as unreal is no act, but whom it
 * would free is held: a victim, with no event.  An unreal start ("was
 * not arrested", "could face arrest") says nothing of the kind.
 */
static void
held_still(struct xdoc *d, const struct xacts *sc, size_t t, const struct xtrig *tr, const struct xevtype *how)
{
	int v[XEV_MAXV], nv, a;
	const char *why;
	char date[DATE_FORMAT_MAX] = "";

	nv = extract_act_victims(d, sc, t, tr, how, extract_act_passive(d, sc, t, tr, 0), v, &why, date,
	    sizeof(date));
	for (a = 0; a < nv; a++)
		if (v[a] >= 0)
			d->persons[v[a]].roles |= ROLE_VICTIM;
}

/* Why a conviction is a trial (compared by address). */
static const char np_why[] = "no penalty named (event-types.tsv without-penalty)";

/*
 * The act at trigger t (tr) of sc's sentence, in turn: real or not, its
 * type, its victims, its date, its place; then the event it makes, or
 * the one told before that it adds to.  Returns the tokens it used.
 */
static size_t
act_at(struct xdoc *d, struct xacts *sc, size_t t, const struct xtrig *tr)
{
	const char *type = tr->type, *why, *cc, *why_cc = NULL, *actor, *why_type = NULL;
	const struct xevtype *how = extract_type(d->lx, type);
	int v[XEV_MAXV], nv, passive, dbest, fb, pidx, never = 0, later = -1;
	char date[DATE_FORMAT_MAX] = "", later_date[DATE_FORMAT_MAX];
	size_t lws = 0, lwe = 0;
	struct xevent *e;

	/* whoever does or would do it, for its acts told later */
	if (d->told)
		extract_note_actor(d, sc->s0, sc->s1, t, how, extract_act_passive(d, sc, t, tr, 0));
	/* "were never sent home", "POWs never released": still held */
	if (how->never_type[0] && never_before(d, t, sc->s0)) {
		never = 1;
		type = how->never_type;
		how = extract_type(d->lx, type);
		why_type = "told as never done (event-types.tsv never)";
	} else if (extract_act_unreal(d, sc, t, tr)) {
		sc->unreal_tok = t;
		/* unreal as an aim of its own ("for release"), not by its
		 * clause ("whether he was put on trial or sentenced") */
		sc->unreal_noun = !strcmp(tr->form, "noun") && !extract_irrealis(d, t, sc->s0);
		if (how->custody == XCUSTODY_END)
			held_still(d, sc, t, tr, how);
		return 1;
	}
	/* "convicted" with no term named: a verdict (a trial) */
	if (how->np_word[0] && extract_tok_is(d, t, how->np_word) && !penalty_in(d, sc->s0, sc->s1)) {
		type = how->np_type;
		how = extract_type(d->lx, type);
		why_type = np_why;
	}
	/* handed to their own side: given back, not sent back */
	if (how->own_type[0] && to_own_side(d, t + tr->n, sc->s1)) {
		type = how->own_type;
		how = extract_type(d->lx, type);
		why_type = "handed to their own side (event-types.tsv to-own-side)";
	}
	/* "turned over to immigration authorities": passed on within the
	 * state that holds them */
	if (how->own_type[0] && extract_evword(d, t, "handing") && to_bare_authority(d, t + tr->n, sc->s1))
		return tr->n;
	passive = extract_act_passive(d, sc, t, tr, never);
	/* a custody begun by the victim's own family is none */
	if (passive && how->custody == XCUSTODY_START && kin_agent(d, t + tr->n, sc->s1))
		return tr->n;
	if ((nv = extract_act_victims(d, sc, t, tr, how, passive, v, &why, date, sizeof(date))) == 0) {
		if (!tr->undated)
			extract_vessel_act(d, sc, t, tr, how);
		return tr->n;
	}
	/* "a US soldier defected to North Korea": foreigners who went into
	 * the North (act_victims kept no one else) are held there from then
	 * on */
	if (how->into_type[0] && extract_into_north(d, t + tr->n, sc->s1)) {
		type = how->into_type;
		how = extract_type(d->lx, type);
		why_type = "foreigners gone into North Korea (event-types.tsv into-kp)";
	}
	/* "sent her home to North Korea", "freed them and sent them to
	 * the North": a forced return */
	if (how->tokp_type[0] && sent_to_north(d, t + tr->n, sc->s1)) {
		type = how->tokp_type;
		how = extract_type(d->lx, type);
		why_type = "sent to North Korea (event-types.tsv to-kp)";
	}
	/* "walked out a free man": a release only of someone held */
	if (tr->needs_held && !extract_held_any(d, v, nv))
		return tr->n;
	/* "returned the two to Japan", of Japanese: sent home */
	if (how->own_type[0] && tr->moves && sent_home(d, t + tr->n, sc->s1, v, nv)) {
		type = how->own_type;
		how = extract_type(d->lx, type);
	}
	/* "died aged 88": a death is an act only in custody */
	if (how->custody_only && !extract_in_custody(d, sc->s0, sc->s1, t, tr, v, nv))
		return tr->n;
	/* "the other six were jailed in a camp": their penalty */
	if (penalty_confinement(d, sc, t, v, nv)) {
		type = "sentence";
		how = extract_type(d->lx, type);
	}
	dbest = -1;
	fb = 0;
	if (!tr->undated && (dbest = extract_act_date(d, sc, t, !strcmp(tr->form, "noun"), how, &fb)) >= 0)
		date_format(&sc->dates[dbest].v, date, sizeof(date));
	/* "died there two months later": counted from a date before it */
	if (!tr->undated && (strcmp(tr->form, "noun") || !sc->nverb) &&
	    extract_later_in_sentence(d, sc, t, dbest, later_date, sizeof(later_date), &lws, &lwe, &dbest)) {
		later = 1;
		snprintf(date, sizeof(date), "%s", later_date);
	}
	/* "after being kept for 40 years": its length back from its end */
	if (!tr->undated && dbest < 0 && !date[0] && how->custody == XCUSTODY_START &&
	    extract_span_back(d, sc, t, later_date, sizeof(later_date), &lws, &lwe)) {
		later = 2;
		snprintf(date, sizeof(date), "%s", later_date);
	}
	/* "the detention happened on the 9th, in a guest house": the act told
	 * before, whatever place this sentence names */
	cc = why == extract_told_before_why ? NULL :
	    extract_act_country(d, sc->s0, sc->s1, t, how, passive, v, nv, &pidx, &why_cc);
	/* "North Korean soldiers forced him into a car outside his house in
	 * Seoul": taken where North Korea has no law, by its own agents */
	if (how->abroad_type[0] && cc && pidx >= 0 && strcmp(cc, "KP") && taken_abroad(d, sc, t, v, nv, pidx) &&
	    (actor = extract_act_actor(d, sc->s0, sc->s1, t, passive)) && !strcmp(actor, "KP")) {
		type = how->abroad_type;
		how = extract_type(d->lx, type);
		why_type = "done abroad by North Korea's agents (event-types.tsv abroad-by-kp)";
	}

	e = extract_add_event(d, type, sc->si, v, nv, date, cc, told_again(d, sc, t, tr->n));
	/* "was convicted in May" alone may be a sentence's verdict; a
	 * hearing told ("was tried", "the trial") makes it a trial */
	if (!strcmp(type, "trial"))
		e->verdict = (e->dead != -1 || e->verdict) && why_type == np_why;
	if (why == extract_told_before_why) {
		/* its date, or the day of its month, for the act told before */
		extract_date_act(d, sc, e, t, dbest, fb, date, how);
		later_words(d, e, later, later_date, lws, lwe);
		extract_refine_day(d, e, sc->s0, sc->s1);
		e->dead = 0;
		return tr->n;
	}
	/* a state told in an aside ("a former prisoner") is no act of the
	 * clause for a bare noun after it to take the victims of */
	if (!tr->undated)
		sc->sent_ev = (int)(e - d->events);
	if (!e->trig_file) {
		e->tok = t;
		e->trig_file = tr->file;
		e->trig_line = tr->line;
		e->why_victims = why;
		e->why_type = why_type;
	}
	if (!tr->undated) {
		extract_date_act(d, sc, e, t, dbest, fb, date, how);
		later_words(d, e, later, later_date, lws, lwe);
	}
	e->dead = 0;
	extract_country_act(d, e, cc, pidx, how, how->not_to ? extract_act_dest(d, t, sc->s1, v, nv) : NULL, why_cc);
	if (!tr->undated)
		extract_date_also(d, sc, e, t, dbest);
	return tr->n;
}

/*
 * The triggers of sc's sentence, and the speech verbs whose dates are
 * the saying's ("..., a group said on Saturday"), as the bytes where
 * they start, for each date of the sentence to go to the nearest.
 */
static void
sentence_triggers(const struct xdoc *d, struct xacts *sc)
{
	size_t t;
	struct xtrig tr;

	sc->ntr = sc->nverb = sc->nnoun = 0;
	for (t = sc->s0; t < sc->s1 && sc->ntr < XACTS_MAX; t++)
		if (trigger_at(d, t, sc->s0, sc->s1, &tr)) {
			if (!strcmp(tr.form, "noun") && !tr.undated && sc->nnoun < XACTS_MAX) {
				sc->noun[sc->nnoun] = t;
				sc->noun_n[sc->nnoun++] = tr.n;
			}
			/* "after six months' detention": a noun claims no date
			 * from a verb of its sentence */
			/* "has been in a camp since March": a state claims no
			 * date from the act told beside it either */
			if (strcmp(tr.form, "noun") && !tr.undated) {
				sc->trig_speech[sc->ntr] = 0;
				sc->trig[sc->ntr++] = d->toks[t].s;
				sc->nverb++;
			}
			t += tr.n - 1;
		} else if (!strcmp(extract_cue_kind(d, t), "speech")) {
			sc->trig_speech[sc->ntr] = 1;
			sc->trig[sc->ntr++] = d->toks[t].s;
		}
}

/*
 * "about 500 POWs still alive in the North": a group of captives (its
 * noun's role in group-nouns.tsv is victim) in a state of the
 * captive-state list of event-words.tsv at t, "in" North Korea, is held
 * there.  Fills *tr as the trigger of an arrest (told by that list's
 * line) and returns 1, or 0.
 */
static int
captive_state_at(const struct xdoc *d, const struct xacts *sc, size_t t, struct xtrig *tr)
{
	size_t b, k;
	const struct lex_entry *l;
	const struct xent *g;
	int ei;

	if (!extract_evword(d, t, "captive-state") || t + 2 >= sc->s1 || !extract_tok_is(d, t + 1, "in"))
		return 0;
	ei = d->toks[t + 2].ent;
	if (ei < 0 || d->ents[ei].kind != ENT_PLACE || strcmp(d->places[d->ents[ei].id].country, "KP"))
		return 0;
	/* back over "are", "remain" and what states the condition */
	for (b = t, k = 0; k < 2; k++) {
		b = extract_state_bridge(d, b, sc->s0, 0);
		while (b > sc->s0 && (!strcmp(extract_cue_kind(d, b - 1), "aux") ||
		    extract_tok_is(d, b - 1, "remain") || extract_tok_is(d, b - 1, "remains")))
			b--;
	}
	if (b <= sc->s0 || sc->ent_end[b - 1] == (size_t)-1)
		return 0;
	g = &d->ents[sc->ent_end[b - 1]];
	if (g->kind != ENT_GROUP || g->id < 0 || !(d->groups[g->id].roles & ROLE_VICTIM))
		return 0;
	l = lex_lookup(d->lx->evwords, "captive-state");
	memset(tr, 0, sizeof(*tr));
	tr->type = "arrest";
	tr->form = "intrans";
	tr->n = 1;
	tr->infl = INFL_BASE;
	tr->file = "event-words.tsv";
	tr->line = l ? l->line : 0;
	return 1;
}

/*
 * "Ryu, a former prisoner at Camp 15,", "B, also an abductee,": an
 * apposition on a person that names them by their captivity (the
 * held-as and taken-as lists of event-words.tsv) tells an act done to
 * them, undated: an arrest, an abduction.  The noun must end its phrase
 * ("a hostage negotiator" is no hostage) and follow the person's comma
 * with at most an article and three modifiers.  Fills *tr as the
 * trigger of that act and returns 1, or 0.
 */
static int
captive_title_at(const struct xdoc *d, const struct xacts *sc, size_t t, struct xtrig *tr)
{
	const char *list = extract_evword(d, t, "held-as") ? "held-as" :
	    extract_evword(d, t, "taken-as") ? "taken-as" : NULL;
	const struct lex_entry *l;
	size_t b;
	const struct xent *m;

	if (!list || (t + 1 < sc->s1 && (d->toks[t + 1].flags & TOK_WORD) && !extract_is_prep(d, t + 1) &&
	    !extract_is_relative(d, t + 1) && !extract_tok_is(d, t + 1, "in") && !extract_tok_is(d, t + 1, "at") &&
	    !extract_tok_is(d, t + 1, "of") && !extract_tok_is(d, t + 1, "and")))
		return 0;
	/* back to the comma over lowercase modifiers and a nationality
	 * ("a Japanese abductee") */
	for (b = t; b > sc->s0 && b + 5 > t && !extract_tok_is(d, b - 1, ","); b--)
		if (!(d->toks[b - 1].flags & TOK_WORD) ||
		    ((d->toks[b - 1].flags & TOK_CAP) && !extract_tok_lex(d, d->lx->demonyms, b - 1)))
			return 0;
	if (b <= sc->s0 + 1 || !extract_tok_is(d, b - 1, ",") || sc->ent_end[b - 2] == (size_t)-1)
		return 0;
	m = &d->ents[sc->ent_end[b - 2]];
	if (m->kind != ENT_PERSON || (b < t && !extract_evword(d, b, "determiner") && !extract_tok_is(d, b, "also")))
		return 0;
	l = lex_lookup(d->lx->evwords, list);
	memset(tr, 0, sizeof(*tr));
	tr->type = !strcmp(list, "held-as") ? "arrest" : "abduction";
	tr->form = "intrans";
	tr->undated = 1;
	tr->appos = (int)sc->ent_end[b - 2] + 1;
	tr->n = 1;
	tr->infl = INFL_BASE;
	tr->file = "event-words.tsv";
	tr->line = l ? l->line : 0;
	return 1;
}

/* The acts of sentence si: its triggers and dates, each date's owner,
 * then each trigger's act in turn. */
static void
sentence_acts(struct xdoc *d, size_t si, const size_t *ent_end)
{
	struct xacts sc;
	struct xtrig tr;
	size_t t;

	memset(&sc, 0, sizeof(sc));
	sc.si = si;
	sc.s0 = d->sents[si].t0;
	sc.s1 = d->sents[si].t1;
	sc.ent_end = ent_end;
	sc.sent_ev = -1;
	sc.unreal_tok = (size_t)-1;
	sc.unreal_noun = 0;
	sc.nd = extract_sentence_dates(d, si, sc.dates);
	sentence_triggers(d, &sc);
	extract_date_owners(d, &sc);
	for (t = sc.s0; t < sc.s1; t++)
		if (trigger_at(d, t, sc.s0, sc.s1, &tr) || captive_state_at(d, &sc, t, &tr) ||
		    captive_title_at(d, &sc, t, &tr))
			t += act_at(d, &sc, t, &tr) - 1;
}

/* The victims' roles and status, as their events' types say. */
static void
victims_roles(struct xdoc *d)
{
	size_t i;
	int a;

	for (i = 0; i < d->nevent; i++) {
		const struct xevent *e = &d->events[i];
		const struct xevtype *how = extract_type(d->lx, e->type);

		for (a = 0; a < e->nvictims; a++) {
			if (e->victims[a] >= 0) {
				struct xperson *p = &d->persons[e->victims[a]];

				p->roles |= how->role;
				if (how->status == XSTATUS_DEAD)
					p->dead = 1;
				else if (how->status == XSTATUS_RELEASED)
					p->released = 1;
				else if (how->status == XSTATUS_DETAINED)
					p->detained = 1;
			} else
				d->groups[-e->victims[a] - 1].roles |= how->role;
		}
	}
}

/*
 * The events of d, as a list of passes: what pronouns stand for; the
 * acts of each sentence (triggers, victims, dates, places, the same act
 * told before); dates from elsewhere; countries still unknown; the
 * victims' roles; groups named as lists; acts told again; the dates of
 * tellings that made no event.
 */
void
extract_events(struct xdoc *d)
{
	size_t si, t, i, *ent_end;

	extract_resolve_pronouns(d);
	extract_report_year(d);
	extract_narrative_years(d);
	d->sdates = xcalloc(d->nsent + 1, sizeof(*d->sdates));
	d->last_ev = -1;
	d->nevby = d->nperson + d->ngroup;
	d->evby = xcalloc(d->nevby + 1, sizeof(*d->evby));
	d->told = xcalloc(d->lx->ntypes + 1, sizeof(*d->told));
	/* ent_end[t]: the mention ending at token t, or (size_t)-1 */
	ent_end = xmalloc((d->ntok + 1) * sizeof(*ent_end));
	for (t = 0; t <= d->ntok; t++)
		ent_end[t] = (size_t)-1;
	for (i = 0; i < d->nent; i++)
		ent_end[d->ents[i].t1 - 1] = i;
	for (si = 0; si < d->nsent; si++)
		sentence_acts(d, si, ent_end);
	free(ent_end);
	extract_vanished_abductees(d);

	extract_dates_by_length(d);
	extract_dates_from_elsewhere(d);
	extract_split_respective(d);
	extract_countries_unknown(d);
	victims_roles(d);
	extract_link_groups(d);
	extract_merge_repeated_acts(d);
	extract_retold_dates(d);
}

void
extract_trace(const struct xdoc *d, FILE *fp)
{
	size_t i;

	if (d->report_year)
		fprintf(fp, "captive-extract: trace: %s: no publication date; the text dates its report in %d "
		    "(\"last year\" or \"this year\" and the latest year it names)\n", d->docid, d->report_year);
	for (i = 0; i < d->nevent; i++) {
		const struct xevent *e = &d->events[i];

		fprintf(fp, "captive-extract: trace: %s: %s %s (%s): trigger %s:%u; victims: %s; "
		    "date: %s; country %s%s%s%s\n", d->docid, e->id[0] ? e->id : "event", e->type,
		    e->date[0] ? e->date : "no date", e->trig_file ? e->trig_file : "-", e->trig_line,
		    e->why_victims ? e->why_victims : "-", e->why_date ? e->why_date : "-",
		    e->country[0] ? e->country : "unknown", e->country[0] && e->why_country ? " (" : "",
		    e->country[0] && e->why_country ? e->why_country : "",
		    e->country[0] && e->why_country ? ")" : "");
		if (e->why_type)
			fprintf(fp, "captive-extract: trace: %s: %s type %s: %s\n", d->docid,
			    e->id[0] ? e->id : "event", e->type, e->why_type);
	}
}
