/*
 * extract-events.c: events and their victims; extract_events, the list
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
 * by "and".  Pronouns (he, they, "the defectors") stand for the latest
 * person or group before them (extract-antecedents.c).  No victim, no
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

static int is_adverb(const struct xdoc *d, size_t t);
static int past_form(const struct xdoc *d, size_t t);
static int also_victims(const struct xdoc *d, size_t k, size_t s1, int *v, int nv);

/* An adverb that may stand inside a verb chain ("must also be", "be
 * quickly freed"), not "not" or "never", which the cues weigh. */
static int
is_adverb_tok(const struct xdoc *d, size_t t)
{
	return is_adverb(d, t) && !*extract_cue_kind(d, t);
}

/* A speech verb ("said", "announced") a few words before t, as in "said
 * it would", "announced Friday that he would". */
static int
reported(const struct xdoc *d, size_t t, size_t s0)
{
	size_t k;

	/* "has not said when she would": no decision is reported; "have
	 * been told police will expel them": a warning its hearer got, not
	 * a decision the teller reports */
	for (k = 1; k <= 4 && t >= s0 + k; k++)
		if (!strcmp(extract_cue_kind(d, t - k), "speech"))
			return !(t >= s0 + k + 1 && (!strcmp(extract_cue_kind(d, t - k - 1), "neg") ||
			    !strcmp(extract_cue_kind(d, t - k - 1), "aux")));
	return 0;
}

/*
 * "that X be tried", "demanded that they be freed", "must be released":
 * a bare "be" right before t (adverbs between) whose own word before is
 * no "to" and no modal the cues weigh ("could", "would", "will" after a
 * speech verb) states a demand or a need, not an act.  "to be" is
 * judged by the caller; a modal of cues.tsv (hypo) by the look-back.
 */
static int
bare_be(const struct xdoc *d, size_t t, size_t s0)
{
	size_t k = t;

	while (k > s0 && is_adverb_tok(d, k - 1))
		k--;
	if (k <= s0 + 1 || !extract_tok_is(d, k - 1, "be"))
		return 0;
	k--;
	while (k > s0 && is_adverb_tok(d, k - 1))
		k--;
	if (k == s0)
		return 1;	/* "Be freed", an order */
	return !extract_tok_is(d, k - 1, "to") && !*extract_cue_kind(d, k - 1);
}

/* A word in -ing at t: "kidnapping", "detaining". */
static int
gerund(const struct xdoc *d, size_t t)
{
	const struct xtok *w = &d->toks[t];

	return w->e - w->s > 4 && !strncmp(d->text + w->e - 3, "ing", 3);
}

/* Negated or hypothetical: a cue in the six words before t, same clause. */
static int
is_irrealis(const struct xdoc *d, size_t t, size_t s0)
{
	size_t k;

	/* "went on to seize", "would go on to kidnap": the act that came
	 * next in the story, real as the going on is */
	if (t > s0 + 2 && extract_tok_is(d, t - 1, "to") && extract_tok_is(d, t - 2, "on") &&
	    (extract_tok_is(d, t - 3, "go") || extract_tok_is(d, t - 3, "goes") ||
	    extract_tok_is(d, t - 3, "went") || extract_tok_is(d, t - 3, "going") ||
	    extract_tok_is(d, t - 3, "gone"))) {
		k = t - 3;
		if (k > s0 && extract_tok_is(d, k - 1, "would"))
			k--;
		return is_irrealis(d, k, s0);
	}
	/* "thought to remain in custody": a state asserted; "admitted to
	 * kidnapping them": a gerund after "to", the act owned up to (but
	 * "close to being freed", "objected to deporting" are none) */
	if (t > s0 && extract_tok_is(d, t - 1, "to"))
		return !(t > s0 + 1 && (extract_evword(d, t - 2, "belief") ||
		    (extract_evword(d, t - 2, "admission") && gerund(d, t))));
	/* "known to have been detained": said of a kind, not an act; but
	 * "believed to have been taken" is an act those who know it assert */
	if (t > s0 + 2 && extract_tok_is(d, t - 1, "been") && extract_tok_is(d, t - 2, "have") &&
	    extract_tok_is(d, t - 3, "to"))
		return !(t > s0 + 3 && extract_evword(d, t - 4, "belief") && !extract_tok_is(d, t - 4, "known"));
	/* "to be freed" is an aim; "allowed himself to be lured" happened;
	 * "believed to be held" is held, as those who know it say */
	if (t > s0 + 1 && extract_tok_is(d, t - 1, "be") && extract_tok_is(d, t - 2, "to")) {
		/* "allowed the seven to be sent back": what was let happen
		 * happened, as real as the letting */
		for (k = t - 2; k > s0 && k + 6 > t - 2; k--)
			if (extract_tok_is(d, k - 1, "allowed") || extract_tok_is(d, k - 1, "permitted"))
				return is_irrealis(d, k - 1, s0);
		return !(t > s0 + 2 && (extract_evword(d, t - 3, "reflexive") ||
		    extract_evword(d, t - 3, "belief")));
	}
	if (bare_be(d, t, s0))
		return 1;
	/* "If reports are right that they shot him, ...": a condition
	 * that opens the sentence holds every act before its comma */
	for (k = s0; k < t && !(d->toks[k].flags & TOK_WORD); k++)
		;
	if (k < t && (extract_tok_is(d, k, "if") || extract_tok_is(d, k, "unless"))) {
		while (k < t && !extract_tok_is(d, k, ","))
			k++;
		if (k == t)
			return 1;
	}
	for (k = 1; k <= 6 && t >= s0 + k; k++) {
		size_t at = t - k;
		const char *c;

		if (extract_punct_break(d, at))
			break;
		c = extract_cue_kind(d, at);
		/* "announced that he would be freed", "said it would expel":
		 * a decision reported, not a supposition */
		if ((extract_tok_is(d, at, "would") || extract_tok_is(d, at, "will")) &&
		    reported(d, at, s0))
			continue;
		if (!strcmp(c, "neg") || !strcmp(c, "hypo"))
			return 1;
		/* "is about to be freed" */
		if (extract_tok_is(d, at, "about") && at > s0 && !strcmp(extract_cue_kind(d, at - 1), "aux") &&
		    extract_tok_is(d, at + 1, "to"))
			return 1;
		if (!strcmp(c, "clause"))
			break;
	}
	return 0;
}

/*
 * "spoke of his years there, from his childhood up to his escape": "to" at
 * k, before the noun at t with only determiners between, closes a span
 * that "from" opened before it in its clause (at most ten words back, no
 * punctuation between): the noun ends a stretch of the story, no aim.
 */
static int
range_end(const struct xdoc *d, size_t k, size_t t, size_t s0)
{
	size_t j;

	for (j = k + 1; j < t; j++)
		if (!extract_evword(d, j, "determiner") && !extract_evword(d, j, "possessive"))
			return 0;
	for (j = k; j > s0 && j + 10 > k; j--) {
		if (extract_punct_break(d, j - 1))
			return 0;
		if (extract_tok_is(d, j - 1, "from"))
			return 1;
	}
	return 0;
}

/* "to win the swift freedom of", "called for her freeing": an aim,
 * not an act; but "led to the arrest of" is one. */
static int
purpose_before(const struct xdoc *d, size_t t, size_t s0, const char *type)
{
	size_t k;

	for (k = 1; k <= 4 && t >= s0 + k; k++) {
		size_t at = t - k;

		if (extract_punct_break(d, at))
			return 0;
		if (extract_tok_is(d, at, "to"))
			return !(at > s0 && extract_evword(d, at - 1, "cause")) && !range_end(d, at, t, s0);
		/* "pressed Pyongyang for her release": asked for, not done
		 * (but "punished for his escape" tells an act) */
		if (extract_tok_is(d, at, "for"))
			return extract_in_list(d, type, strlen(type), "aim-for");
	}
	return 0;
}

static int
is_adverb(const struct xdoc *d, size_t t)
{
	const struct xtok *k = &d->toks[t];
	size_t n = k->e - k->s;

	return (n > 3 && !strncmp(d->text + k->e - 2, "ly", 2)) || extract_evword(d, t, "adverb");
}

static int
is_passive(const struct xdoc *d, size_t t, size_t s0)
{
	size_t k;

	for (k = 1; k <= 4 && t >= s0 + k; k++) {
		size_t at = t - k;

		if (!strcmp(extract_cue_kind(d, at), "aux"))
			return 1;
		if (!is_adverb(d, at))
			break;
	}
	/* "defectors held in Vietnam", "X, who was..." is caught above */
	if (t > s0 && d->toks[t - 1].ent < 0) {
		size_t at = t - 1;
		/* the mention that ends right before t */
		(void)at;
	}
	return 0;
}

static int victim_ok(const struct xdoc *d, const struct xent *e);

/*
 * "32 of 35 sailors of a Thai trawler, seized in May": the group whose
 * mention ends right before "of" and a vessel that ends before the comma
 * at b - 1 (within six words), on which the participle after the comma
 * tells an act: a vessel is no one held, its crew is.  Returns that
 * mention's index into ents, or -1.
 */
static long
vessel_aside(const struct xdoc *d, size_t b, size_t s0, const size_t *ent_end)
{
	size_t j;

	if (b < s0 + 4 || !extract_tok_is(d, b - 1, ","))
		return -1;
	for (j = b - 2; j > s0 + 1 && j + 8 > b; j--) {
		if (!(d->toks[j].flags & TOK_WORD) && !extract_tok_is(d, j, "-"))
			return -1;
		if (extract_tok_is(d, j, "of")) {
			size_t ei = ent_end[j - 1];

			if (ei == (size_t)-1 || d->ents[ei].kind != ENT_GROUP || !(extract_evword(d, b - 2, "vessel") ||
			    extract_evword(d, j + 1, "vessel-prefix") || extract_evword(d, j + 2, "vessel-prefix")))
				return -1;
			return (long)ei;
		}
	}
	return -1;
}

/* A participle right after a mention and a comma: "Kim, captured by the
 * North in 1951, ...", "the defectors, held in Laos since May"; also
 * after the mention's apposition: "Kim of Dayton, Ohio, captured ...",
 * "Kim, 48, from Dandong, detained ...". */
static int
participle_after(const struct xdoc *d, size_t t, size_t b, size_t s0, const size_t *ent_end)
{
	const struct xtok *k = &d->toks[t];
	size_t j;

	/* b: where the words that state a condition start ("Kim, still
	 * held in ...") */
	if (b < s0 + 2 || !extract_tok_is(d, b - 1, ",") || k->e - k->s <= 3 ||
	    (strncmp(d->text + k->e - 2, "ed", 2) && !extract_evword(d, t, "participle")))
		return 0;
	if (vessel_aside(d, b, s0, ent_end) >= 0)
		return 1;
	for (j = b - 1; j > s0 && j + 8 > b; j--) {
		const struct xtok *w = &d->toks[j - 1];

		if (ent_end[j - 1] != (size_t)-1 && d->ents[ent_end[j - 1]].kind != ENT_PLACE)
			return victim_ok(d, &d->ents[ent_end[j - 1]]);
		/* what an apposition of origin or age holds: places, numbers,
		 * commas, "of", "from" */
		if (!(w->flags & (TOK_CAP | TOK_NUM)) && !extract_tok_is(d, j - 1, ",") &&
		    !extract_tok_is(d, j - 1, "of") && !extract_tok_is(d, j - 1, "from"))
			return 0;
	}
	return 0;
}

/* "Kim held a rally", "Kim executed the plan": a verb with an object
 * right after it is active, whoever stands before it. */
static int
object_follows(const struct xdoc *d, size_t after, size_t s1)
{
	/* "captured a week earlier", "held the next day": a time */
	return after < s1 && extract_evword(d, after, "determiner") &&
	    !(after + 1 < s1 && extract_evword(d, after + 1, "time-unit")) &&
	    !(after + 2 < s1 && extract_evword(d, after + 2, "time-unit"));
}

/* "a soldier captured by Chinese forces": a participle with its agent
 * is passive whatever stands before it. */
static int
agent_follows(const struct xdoc *d, size_t after, size_t s1)
{
	const struct xtok *k;

	if (after >= s1 || !extract_tok_is(d, after, "by"))
		return 0;
	k = &d->toks[after - 1];
	return (k->e - k->s > 3 && !strncmp(d->text + k->e - 2, "ed", 2)) ||
	    extract_evword(d, after - 1, "participle");
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

/* Why an act's victims are those of "the" act told before: such an act
 * is that one told again (act_at). */
static const char told_before_why[] = "noun: the act of its type told just before";

/* "the execution and imprisonment": a noun trigger at t joined by "and"
 * to one after "the". */
static int
definite_pair(const struct xdoc *d, size_t t, size_t s0)
{
	return t >= s0 + 3 && extract_tok_is(d, t - 1, "and") && extract_is_trigger(d, t - 2) &&
	    extract_tok_is(d, t - 3, "the");
}

/* The victims, in v, of the latest event of type told in the two
 * sentences before sentence si or in it; their count, or 0. */
static int
act_told_before(const struct xdoc *d, const char *type, size_t si, int *v)
{
	size_t i;
	int nv;

	for (i = d->nevent; i-- > 0;) {
		const struct xevent *e = &d->events[i];

		if (e->sent + 2 < si)
			break;
		if (e->dead > 0 || strcmp(e->type, type))
			continue;
		for (nv = 0; nv < e->nvictims; nv++)
			v[nv] = e->victims[nv];
		return nv;
	}
	return 0;
}

/* "to North Korea", "to the North" within the words after a flight
 * (ending at token after). */
static int
into_north(const struct xdoc *d, size_t after, size_t s1)
{
	size_t k;

	if (after >= s1 || !extract_tok_is(d, after, "to"))
		return 0;
	for (k = after + 1; k < s1 && k < after + 4; k++) {
		int ei = d->toks[k].ent;

		if (ei >= 0 && d->ents[ei].kind == ENT_PLACE)
			return !strcmp(d->places[d->ents[ei].id].country, "KP");
		if (!(d->toks[k].flags & TOK_WORD))
			return 0;
	}
	return 0;
}

/* Is every one of v[0..nv) a foreigner to North Korea: of a nationality
 * the text tells, not North Korea's, or, when t is a verb of switching
 * sides ("defected", "deserted": the switch-sides list of
 * event-words.tsv), of none told (who defects "to North Korea" is
 * seldom from there)? */
static int
foreigners(const struct xdoc *d, size_t t, const int *v, int nv)
{
	int a;

	for (a = 0; a < nv; a++) {
		const char *cc = v[a] >= 0 ? d->persons[v[a]].nationality : d->groups[-v[a] - 1].nationality;

		if (!strcmp(cc, "KP") || (!cc[0] && !extract_evword(d, t, "switch-sides")))
			return 0;
	}
	return nv > 0;
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

/* "He was charged with ... and convicted": a verb joined by "and" to an
 * earlier passive of the sentence shares its subject. */
static int
coordinated_passive(const struct xdoc *d, size_t t, size_t s0)
{
	size_t k;

	/* "was court-martialed, jailed and discharged": a comma of the
	 * series after a verb in the past */
	if (t < s0 + 2 || !(extract_tok_is(d, t - 1, "and") ||
	    (extract_tok_is(d, t - 1, ",") && past_form(d, t - 2))))
		return 0;
	for (k = s0; k + 1 < t; k++)
		if (!strcmp(extract_cue_kind(d, k), "aux"))
			return 1;
	return 0;
}

static int
victim_ok(const struct xdoc *d, const struct xent *e)
{
	if (e->ref == NOREF)
		return 0;
	if (e->ref >= 0 && ((d->persons[e->ref].roles & ROLE_OFFICIAL) || d->persons[e->ref].reporter))
		return 0;
	return e->kind == ENT_PERSON || e->kind == ENT_GROUP || e->kind == ENT_PRONOUN;
}

/*
 * "Shin, the ex-wife of Oh, died": the act is the head's, not Oh's.  When
 * mention ei follows "<kin or title> of" inside an apposition and no "who"
 * stands between it and the trigger t, the head before the apposition is
 * meant (-1 when the head is unnamed: "the wife of Oh ... died").
 */
static size_t
appositive_head(const struct xdoc *d, size_t ei, size_t t, size_t s0, const size_t *ent_end)
{
	size_t k = d->ents[ei].t0, j, n;

	/* the trigger inside a relative clause on the mention: "..., who
	 * has been detained" (a comma after "who" closes the clause) */
	for (j = d->ents[ei].t1; j < t; j++)
		if (extract_tok_is(d, j, "who") || extract_tok_is(d, j, "which") ||
		    extract_tok_is(d, j, "whose")) {
			size_t m;
			int closed = 0;

			for (m = j; m < t; m++)
				closed |= extract_tok_is(d, m, ",");
			if (!closed)
				return ei;
		}
	/* a participle right on the mention qualifies it: "the family of
	 * a missionary detained in ..." */
	if (d->ents[ei].t1 == t && !is_passive(d, t, s0))
		return ei;
	/* back over a title word: "of missionary X" */
	if (k > s0 && !(d->toks[k - 1].flags & TOK_CAP) && extract_match(d, d->lx->titles, k - 1, 1, &n))
		k--;
	if (k <= s0 || !extract_tok_is(d, k - 1, "of"))
		return ei;
	/* "two employees of Ann Roe remain in custody": the group's act */
	if (k >= s0 + 2 && ent_end[k - 2] != (size_t)-1 && d->ents[ent_end[k - 2]].kind == ENT_GROUP &&
	    victim_ok(d, &d->ents[ent_end[k - 2]]))
		return ent_end[k - 2];
	for (j = k - 1; j > s0 && j + 6 > k; j--) {
		if (extract_match(d, d->lx->kinship, j - 1, 2, &n)) {
			size_t h;

			for (h = j - 1; h > s0 && h + 4 > j; h--)
				if (extract_tok_is(d, h - 1, ",") && h >= s0 + 2 &&
				    ent_end[h - 2] != (size_t)-1 && victim_ok(d, &d->ents[ent_end[h - 2]]))
					return ent_end[h - 2];
			return (size_t)-1;
		}
	}
	return ei;
}

/* A trigger among tokens [a, b): "detained" in "X was detained with A
 * and B but was released", where the "with" phrase is that verb's. */
static int
trigger_among(const struct xdoc *d, size_t a, size_t b)
{
	size_t j;

	for (j = a; j < b; j++)
		if (extract_is_trigger(d, j))
			return 1;
	return 0;
}

/*
 * "her two uncles are thought to have been jailed": "her" before the
 * noun that is the subject (lowercase words, then only auxiliaries,
 * "to" and what states a condition up to the trigger t) is a
 * possessive: the act is the noun's, not hers.
 */
static int
possessive_subject(const struct xdoc *d, const struct xent *e, size_t t)
{
	size_t k = e->t1, nouns = 0;

	if (e->kind != ENT_PRONOUN || e->t1 != e->t0 + 1 || !extract_tok_is(d, e->t0, "her"))
		return 0;
	for (; k < t && (d->toks[k].flags & TOK_WORD) && !(d->toks[k].flags & (TOK_CAP | TOK_NUM)) &&
	    !*extract_cue_kind(d, k) && !extract_is_prep(d, k) && !extract_evword(d, k, "object-prep") &&
	    !extract_is_trigger(d, k) && !extract_evword(d, k, "time-unit") &&
	    !extract_evword(d, k, "belief") && !extract_evword(d, k, "state") && k < e->t1 + 3; k++)
		nouns++;
	if (!nouns)
		return 0;
	for (; k < t; k++)
		if (strcmp(extract_cue_kind(d, k), "aux") && strcmp(extract_cue_kind(d, k), "perf") &&
		    !extract_tok_is(d, k, "to") && !extract_evword(d, k, "state") &&
		    !extract_evword(d, k, "belief"))
			return 0;
	return 1;
}

/* A word of kinship at k after a possessive ("their son", "Kim's
 * wife") and not after "and": someone unnamed, not the owner a pronoun
 * mention of "his son" stands for. */
static int
unnamed_kin(const struct xdoc *d, size_t k, size_t s0)
{
	size_t n;

	if (k < s0 + 2 || !extract_match(d, d->lx->kinship, k, 1, &n))
		return 0;
	if (!(extract_tok_is(d, k - 1, "his") || extract_tok_is(d, k - 1, "her") ||
	    extract_tok_is(d, k - 1, "their") || extract_tok_is(d, k - 1, "whose") ||
	    extract_tok_is(d, k - 1, "my") || extract_tok_is(d, k - 1, "our") ||
	    extract_tok_is(d, k - 1, "'s") ||
	    extract_tok_is(d, k - 1, "\xe2\x80\x99s")))
		return 0;
	return !(extract_tok_is(d, k - 2, "and") || (k >= s0 + 3 && extract_tok_is(d, k - 3, "and")));
}

/*
 * The item of a list before the one starting at token k: the mention
 * before "and" or a comma ("A and B", "A, B"), also past the age that
 * an aside gives the item ("A, 52, and B", "A (52) and B") and the
 * kinship that names the item ("A and her brother B"); a mention that
 * may be a victim, or -1.
 */
static size_t
list_item_before(const struct xdoc *d, size_t k, size_t s0, const size_t *ent_end)
{
	size_t j, n;

	/* "A and her brother B": back over the kinship that names B */
	for (j = 1; j <= 2 && k >= s0 + j + 2; j++)
		if (extract_match(d, d->lx->kinship, k - j, 2, &n) && k - j + n == k &&
		    (extract_tok_is(d, k - j - 1, "his") || extract_tok_is(d, k - j - 1, "her") ||
		    extract_tok_is(d, k - j - 1, "their"))) {
			k -= j + 1;
			break;
		}
	/* "he and Mr. B", "A and pastor B": back over a title the name
	 * leaves out ("Mr." is two tokens) */
	for (j = 1; j <= 2 && k >= s0 + j + 2; j++)
		if (extract_match(d, d->lx->titles, k - j, 2, &n) && k - j + n == k) {
			k -= j;
			break;
		}
	if (k < s0 + 2 || !(extract_tok_is(d, k - 1, "and") || extract_tok_is(d, k - 1, ",")))
		return (size_t)-1;
	j = k - 2;
	/* "A, 52, and B": back over ", and" and the aside ", 52" */
	if (extract_tok_is(d, k - 1, "and") && extract_tok_is(d, j, ",") && j > s0)
		j--;
	if (j >= s0 + 2 && (d->toks[j].flags & TOK_NUM) && extract_tok_is(d, j - 1, ","))
		j -= 2;
	else if (j >= s0 + 3 && extract_tok_is(d, j, ")") && (d->toks[j - 1].flags & TOK_NUM) &&
	    extract_tok_is(d, j - 2, "("))
		j -= 3;
	else if (j != k - 2)
		return (size_t)-1;
	if (ent_end[j] == (size_t)-1 || !victim_ok(d, &d->ents[ent_end[j]]))
		return (size_t)-1;
	return ent_end[j];
}

/*
 * Does the speech verb at k open the clause that follows it ("X said the
 * boy was sent back": the subject is in that clause, never the speaker)?
 * Not a speaker in an aside (", officials said,"), a passive ("was told
 * he"), "according to", or a relative's inner clause ("who police said
 * was held": the gap is the relative's antecedent).
 */
static int
speech_opens_clause(const struct xdoc *d, size_t k, size_t s0, size_t t)
{
	size_t j;

	if (strcmp(extract_cue_kind(d, k), "speech") || extract_tok_is(d, k, "according") ||
	    k + 1 >= t || extract_tok_is(d, k + 1, ",") || (k > s0 && !strcmp(extract_cue_kind(d, k - 1), "aux")))
		return 0;
	for (j = k; j > s0 && j + 4 > k; j--) {
		if (extract_tok_is(d, j - 1, ","))
			break;
		if (extract_is_relative(d, j - 1))
			return 0;
	}
	/* "he said that ... and was freed": a verb joined to the saying,
	 * with the speaker its subject */
	for (j = k + 1; j + 1 <= t; j++)
		if ((extract_tok_is(d, j, "and") || extract_tok_is(d, j, "but")) &&
		    (j + 1 == t || !strcmp(extract_cue_kind(d, j + 1), "aux")))
			return 0;
	return 1;
}

/* Only auxiliaries and adverbs in tokens [a, b), at least one: "had
 * been", "was later". */
static int
verb_chain_between(const struct xdoc *d, size_t a, size_t b)
{
	size_t k;

	if (a >= b)
		return 0;
	for (k = a; k < b; k++)
		if (strcmp(extract_cue_kind(d, k), "aux") && strcmp(extract_cue_kind(d, k), "perf") &&
		    !is_adverb_tok(d, k))
			return 0;
	return 1;
}

/* Mentions ending at or before token t in the sentence, nearest first. */
static int
victims_before(const struct xdoc *d, size_t t, size_t s0, const size_t *ent_end, int *out)
{
	long k;
	int n = 0, single = 0;
	size_t near_end;

	for (k = (long)t - 1; k >= (long)s0 && n == 0; k--) {
		size_t ei = ent_end[k];

		/* "never learned that their daughter had been seized": an
		 * unnamed relative right before the verb is its subject, not
		 * the parents before ("A and his wife were held" goes on to
		 * A) */
		if ((ei == (size_t)-1 || d->ents[ei].kind == ENT_PRONOUN) && (size_t)k + 5 > t &&
		    unnamed_kin(d, (size_t)k, s0))
			return 0;
		if (ei == (size_t)-1 && speech_opens_clause(d, (size_t)k, s0, t))
			return 0;
		/* "..., but the one who stayed was sent back": a clause of its
		 * own whose subject names no one known ("but" joins clauses,
		 * seldom names: "A and the boy were held" goes on to A) */
		if (ei == (size_t)-1 && extract_tok_is(d, (size_t)k, "but") && (size_t)k + 1 < t &&
		    extract_evword(d, (size_t)k + 1, "determiner") && ent_end[k + 1] == (size_t)-1)
			return 0;
		/* "on their return they were told she had been jailed": a
		 * pronoun right before
		 * the verb (past auxiliaries and adverbs) is its subject,
		 * though whom it stands for is not known; no one before it;
		 * and past "he", "she" further back, no plural is */
		if (ei != (size_t)-1 && d->ents[ei].kind == ENT_PRONOUN && d->ents[ei].ref == NOREF &&
		    d->ents[ei].t1 - d->ents[ei].t0 == 1 && !d->ents[ei].plural) {
			if (verb_chain_between(d, d->ents[ei].t1, t))
				return 0;
			single = 1;
		}
		if (ei == (size_t)-1 || !victim_ok(d, &d->ents[ei]))
			continue;
		if (single && (d->ents[ei].plural || d->ents[ei].ref < 0))
			continue;
		if (d->ents[ei].t0 > s0 && extract_tok_is(d, d->ents[ei].t0 - 1, "by"))
			continue;
		if (possessive_subject(d, &d->ents[ei], t))
			return 0;
		/* "The defectors, including four minors, were caught": a part
		 * in an aside (event-words.tsv) on the subject before it; a
		 * part that is a group is in the whole, a person named there
		 * is a victim beside it */
		if (d->ents[ei].t0 >= s0 + 3 && extract_evword(d, d->ents[ei].t0 - 1, "aside") &&
		    extract_tok_is(d, d->ents[ei].t0 - 2, ",") && ent_end[d->ents[ei].t0 - 3] != (size_t)-1 &&
		    victim_ok(d, &d->ents[ent_end[d->ents[ei].t0 - 3]])) {
			if (d->ents[ei].kind == ENT_PERSON)
				out[n++] = d->ents[ei].ref;
			ei = ent_end[d->ents[ei].t0 - 3];
		}
		ei = appositive_head(d, ei, t, s0, ent_end);
		if (ei == (size_t)-1)
			return 0;
		near_end = d->ents[ei].t1;
		out[n++] = d->ents[ei].ref;
		/* "A and B", "A, B and C", "A, 52, and B, 47," */
		k = (long)d->ents[ei].t0;
		while (n < XEV_MAXV && (ei = list_item_before(d, (size_t)k, s0, ent_end)) != (size_t)-1) {
			out[n++] = d->ents[ei].ref;
			k = (long)d->ents[ei].t0;
		}
		/* "X was detained with A and B but was released": whoever
		 * comes after another verb's "with" is no subject; on to the
		 * one before ("A, with B, was freed" keeps B, and so does
		 * "with A and B, who was detained") */
		if (k - 1 > (long)s0 && extract_tok_is(d, (size_t)k - 1, "with") &&
		    trigger_among(d, s0, (size_t)k - 1) && !extract_relative_between(d, near_end - 1, t, d->toks[t].s)) {
			n = 0;
			continue;
		}
		break;
	}
	return n;
}

/* "five of them", "two of the defectors": a count before "of" at k. */
static int
partitive(const struct xdoc *d, size_t k)
{
	size_t n;

	return extract_tok_is(d, k, "of") && k > 0 && extract_count_at(d, k - 1, &n) > 0 && n == 1;
}

/*
 * "her" (mention e) before a lowercase word that goes on a noun phrase:
 * a possessive ("held her face"), not the object ("held her in May",
 * "sent her back", "freed her last week", "caught her and her son").
 * The words that may follow an object are prepositions, particles,
 * times, adverbs, conjunctions and cues.
 */
static int
possessive_her(const struct xdoc *d, const struct xent *e, size_t s1)
{
	size_t k = e->t1;
	const struct xtok *w;

	if (e->kind != ENT_PRONOUN || e->t1 != e->t0 + 1 || !extract_tok_is(d, e->t0, "her") || k >= s1)
		return 0;
	w = &d->toks[k];
	if (!(w->flags & TOK_WORD) || (w->flags & (TOK_CAP | TOK_NUM)) || extract_is_prep(d, k) ||
	    extract_evword(d, k, "object-prep") || extract_evword(d, k, "particle") ||
	    extract_evword(d, k, "time-unit") || extract_evword(d, k, "next") ||
	    extract_evword(d, k, "time-after") || extract_evword(d, k, "determiner") ||
	    extract_evword(d, k, "same-time-conj") || is_adverb(d, k) ||
	    (*extract_cue_kind(d, k) && strcmp(extract_cue_kind(d, k), "hypo")) ||
	    extract_tok_is(d, k, "and") || extract_tok_is(d, k, "or") || extract_tok_is(d, k, "but") ||
	    extract_tok_is(d, k, "last") || extract_tok_is(d, k, "yesterday") ||
	    extract_tok_is(d, k, "today") || extract_tok_is(d, k, "again") || extract_tok_is(d, k, "free") ||
	    extract_evword(d, k, "object-state"))
		return 0;
	return 1;
}

/* "as well as", "along with", "together with" at k: how many tokens,
 * or 0. */
static size_t
also_with(const struct xdoc *d, size_t k, size_t s1)
{
	if (k + 2 < s1 && extract_tok_is(d, k, "as") && extract_tok_is(d, k + 1, "well") &&
	    extract_tok_is(d, k + 2, "as"))
		return 3;
	if (k + 1 < s1 && (extract_tok_is(d, k, "along") || extract_tok_is(d, k, "together")) &&
	    extract_tok_is(d, k + 1, "with"))
		return 2;
	return 0;
}

/*
 * "seized the trawler, owned by a firm in Busan, as well as its nine
 * crew": an object that names no one (a thing, with its own phrase) may
 * be joined to people by "as well as", "along with": the token after
 * those words when they come within twelve tokens of k in its clause
 * (no clause word, saying or semicolon between), else 0.
 */
static size_t
object_also(const struct xdoc *d, size_t k, size_t s1)
{
	size_t j, m;

	for (j = k; j < s1 && j < k + 12; j++) {
		if (d->toks[j].ent >= 0 && d->ents[d->toks[j].ent].kind != ENT_PLACE &&
		    d->ents[d->toks[j].ent].kind != ENT_ORG)
			return 0;
		if ((m = also_with(d, j, s1)) > 0)
			return j + m;
		if (extract_tok_is(d, j, ";") || !strcmp(extract_cue_kind(d, j), "speech") ||
		    !strcmp(extract_cue_kind(d, j), "clause"))
			return 0;
	}
	return 0;
}

static int
victims_after(const struct xdoc *d, size_t t, size_t s1, int *out)
{
	size_t k, lim = t + 14, also;
	int n = 0;

	for (k = t; k < s1 && k < lim; k++) {
		int ei = d->toks[k].ent;

		/* a full stop inside the sentence is an abbreviation's ("Ms.") */
		if (extract_tok_is(d, k, ";") || !strcmp(extract_cue_kind(d, k), "speech") ||
		    (!strcmp(extract_cue_kind(d, k), "clause") && !extract_tok_is(d, k, "and")))
			break;
		/* "released footage of X", "held talks with X": the object
		 * is something else */
		if (k > t && ei < 0 && (extract_is_prep(d, k) || extract_evword(d, k, "object-prep")) &&
		    !extract_tok_is(d, k, "by") && !extract_evword(d, k - 1, "collective") &&
		    !partitive(d, k)) {
			if ((also = object_also(d, k, s1)) == 0)
				break;
			k = also - 1;	/* on to whom the thing is joined to */
			lim = also + 6;
			continue;
		}
		if (ei < 0 || !victim_ok(d, &d->ents[ei]))
			continue;
		if (k > t && extract_tok_is(d, k - 1, "by"))
			continue;
		/* "holding her face", "seized her passport": "her" before a
		 * noun is its possessive, and the object a thing */
		if (possessive_her(d, &d->ents[ei], s1))
			break;
		/* "released X's statement" */
		if (d->ents[ei].t1 < s1 && (extract_tok_is(d, d->ents[ei].t1, "'s") ||
		    extract_tok_is(d, d->ents[ei].t1, "\xe2\x80\x99s")))
			break;
		out[n++] = d->ents[ei].ref;
		k = d->ents[ei].t1;
		while (n < XEV_MAXV && k + 1 < s1 && extract_tok_is(d, k, "and") &&
		    d->toks[k + 1].ent >= 0 && victim_ok(d, &d->ents[d->toks[k + 1].ent])) {
			ei = d->toks[k + 1].ent;
			out[n++] = d->ents[ei].ref;
			k = d->ents[ei].t1;
		}
		n += also_victims(d, k, s1, out, n);
		break;
	}
	return n;
}

/* Who "the release of" names: a mention at most four words on ("of
 * Dutch agricultural engineer Jane Roe and Ann Doe"), with those joined
 * to it. */
static int
noun_object(const struct xdoc *d, size_t t, size_t s1, int *out)
{
	size_t k;

	for (k = t; k < s1 && k < t + 5; k++) {
		if (d->toks[k].ent >= 0)
			return victim_ok(d, &d->ents[d->toks[k].ent]) ? victims_after(d, k, s1, out) : 0;
		if (!(d->toks[k].flags & TOK_WORD) || extract_is_trigger(d, k))
			return 0;
	}
	return 0;
}

/* Add to v[0..nv) what w[0..nw) has that it lacks; returns how many. */
static int
add_new_victims(int *v, int nv, const int *w, int nw)
{
	int a, b, out = 0;

	for (a = 0; a < nw && nv + out < XEV_MAXV; a++) {
		int have = 0;

		for (b = 0; b < nv + out; b++)
			have |= v[b] == w[a];
		if (!have)
			v[nv + out++] = w[a];
	}
	return out;
}

/*
 * "X was arrested, along with three other activists,", "police held X
 * together with his wife": people joined to the act's victims by "along
 * with", "together with", "as well as" share its act.  The words start
 * at token k, past commas and adverbs (at most three tokens); the
 * mention must start within three tokens after them ("along with the
 * car" names no one).  Adds them to v[0..nv); returns how many.
 */
static int
also_victims(const struct xdoc *d, size_t k, size_t s1, int *v, int nv)
{
	size_t j, m;
	int w[XEV_MAXV], nw;

	/* "was seized and held, along with": past the verb joined */
	for (j = k; j < s1 && j < k + 4 && (extract_tok_is(d, j, ",") || is_adverb(d, j) ||
	    extract_tok_is(d, j, "and") || extract_is_trigger(d, j)); j++)
		;
	if (nv == 0 || (m = also_with(d, j, s1)) == 0)
		return 0;
	/* "along with his wife Ann": "his" is the wife's possessive */
	for (j += m; j < s1 && j < k + m + 8 && (d->toks[j].ent < 0 || extract_evword(d, j, "possessive")); j++)
		if (!(d->toks[j].flags & TOK_WORD) || extract_is_prep(d, j) || extract_is_trigger(d, j))
			return 0;
	if (j >= s1 || d->toks[j].ent < 0 || !victim_ok(d, &d->ents[d->toks[j].ent]))
		return 0;
	/* "held along with two others, who were taken in 2011 and 2012":
	 * a relative clause tells their own act */
	for (m = j; m < s1 && m < j + 14; m++)
		if (extract_is_relative(d, m) && trigger_among(d, m + 1, m + 5 < s1 ? m + 5 : s1))
			return 0;
	nw = victims_after(d, j, s1, w);
	return add_new_victims(v, nv, w, nw);
}

/*
 * "X, along with three other activists, was arrested": the subject found
 * before trigger t (v[0]) is the one joined by "along with" to a mention
 * before it and a comma; that one is the act's victim too.  Adds it (and
 * its list) to v[0..nv); returns how many.
 */
static int
also_subject(const struct xdoc *d, size_t t, size_t s0, const size_t *ent_end, int *v, int nv)
{
	size_t k, j, m;
	int w[XEV_MAXV], nw;

	if (nv == 0)
		return 0;
	for (k = t; k > s0 && !(ent_end[k - 1] != (size_t)-1 && d->ents[ent_end[k - 1]].ref == v[0]); k--)
		;
	if (k == s0)
		return 0;
	k = d->ents[ent_end[k - 1]].t0;
	for (j = k; j > s0 && k - j < 3 && !extract_tok_is(d, j - 1, ","); j--)
		;
	if (j <= s0 + 1 || !extract_tok_is(d, j - 1, ",") || (m = also_with(d, j, k)) == 0 || j + m > k ||
	    ent_end[j - 2] == (size_t)-1 || !victim_ok(d, &d->ents[ent_end[j - 2]]))
		return 0;
	w[0] = d->ents[ent_end[j - 2]].ref;
	nw = 1;
	return add_new_victims(v, nv, w, nw);
}

/* The mention (an index into ents) that ends right before token t, or -1. */
static long
mention_before(size_t t, size_t s0, const size_t *ent_end)
{
	return t > s0 && ent_end[t - 1] != (size_t)-1 ? (long)ent_end[t - 1] : -1;
}

/*
 * A light verb a few words before the noun trigger t: "is serving a
 * 15-year sentence", "was handed a death sentence", "handed X a
 * sentence".  Its token, or (size_t)-1.
 */
static size_t
light_verb_before(const struct xdoc *d, size_t t, size_t s0)
{
	size_t k;

	for (k = t; k > s0 && k + 6 > t; k--) {
		if (extract_evword(d, k - 1, "light-verb"))
			return k - 1;
		if (extract_punct_break(d, k - 1) || extract_is_trigger(d, k - 1))
			break;
	}
	return (size_t)-1;
}

/*
 * The victims of a noun trigger at t (n tokens): "the trial of X", "X's
 * trial", "his detention", and the one who serves, receives or is handed
 * it ("X is serving a sentence", "the court handed X a sentence").
 */
static int
noun_victims(const struct xdoc *d, size_t t, size_t n, size_t s0, size_t s1, const size_t *ent_end,
    int *v)
{
	long m;
	size_t lv, k;
	int nv = 0;

	if (t + n + 1 < s1 && (extract_tok_is(d, t + n, "of") || extract_tok_is(d, t + n, "to")))
		nv = noun_object(d, t + n + 1, s1, v);
	if (nv)
		return nv;
	/* "X's trial", "his detention", "their brief arrest" */
	for (k = t; k > s0 && k + 3 > t; k--) {
		if (extract_tok_is(d, k - 1, "'s") || extract_tok_is(d, k - 1, "\xe2\x80\x99s")) {
			m = mention_before(k - 1, s0, ent_end);
			if (m >= 0 && victim_ok(d, &d->ents[m]))
				v[nv++] = d->ents[m].ref;
			return nv;
		}
		m = d->toks[k - 1].ent;
		if (m >= 0 && d->ents[m].kind == ENT_PRONOUN && d->ents[m].t1 == k && victim_ok(d, &d->ents[m])) {
			v[nv++] = d->ents[m].ref;
			return nv;
		}
		if (!(d->toks[k - 1].flags & TOK_WORD) && !extract_tok_is(d, k - 1, "-"))
			break;
	}
	if ((lv = light_verb_before(d, t, s0)) == (size_t)-1)
		return 0;
	/* "was handed a sentence", "is serving one": the subject */
	if (is_passive(d, lv, s0) || !extract_evword(d, lv, "light-verb-to"))
		return victims_before(d, lv, s0, ent_end, v);
	/* "handed X a sentence", "handed a sentence to X" */
	if ((nv = victims_after(d, lv + 1, t, v)) > 0)
		return nv;
	return t + n + 1 < s1 && extract_tok_is(d, t + n, "to") ? victims_after(d, t + n + 1, s1, v) : 0;
}

/*
 * "Since defecting in 2011, X has ...", "Having been expelled on
 * Thursday, X told ...", "Captured in 1951, X spent ...": a verb in a
 * clause that opens the sentence, before a comma, with no subject of its
 * own, has the main clause's: the first person or group after the comma.
 */

/*
 * The opener ("after", "since": event-words.tsv) that opens the clause at
 * s0, past a time counted before it ("Three years after", "Days after",
 * "Shortly after": a count, a unit of time, an adverb in -ly), or
 * (size_t)-1.
 */
static size_t
opener_at(const struct xdoc *d, size_t s0, size_t s1)
{
	size_t k = s0, n;

	if (k < s1 && extract_count_at(d, k, &n) > 0)
		k += n;
	if (k < s1 && extract_evword(d, k, "time-unit"))
		k++;
	else if (k == s0 && k < s1 && d->toks[k].e - d->toks[k].s > 3 &&
	    !strncasecmp(d->text + d->toks[k].e - 2, "ly", 2))
		k++;
	return k < s1 && extract_evword(d, k, "opener") ? k : (size_t)-1;
}

/*
 * "Holding back tears, X spoke": an active verb in -ing that opens the
 * sentence (or follows an opener: "After arresting ...") has its object
 * before the comma that closes its clause; the subject after it is its
 * doer.  Where its objects end: that comma, or s1.
 */
static size_t
opening_clause_end(const struct xdoc *d, size_t t, size_t s0, size_t s1, const struct xtrig *tr)
{
	size_t c;

	s0 = extract_after_dateline(d, s0, s1);
	if (tr->infl != INFL_ING || (t != s0 && !(opener_at(d, s0, s1) + 1 == t)))
		return s1;
	for (c = t + tr->n; c < s1 && !extract_tok_is(d, c, ","); c++)
		;
	return c;
}

static int
opening_clause_subject(const struct xdoc *d, size_t t, size_t s0, size_t s1, int *v)
{
	size_t k, c;

	s0 = extract_after_dateline(d, s0, s1);
	if (t < s0 || (t != s0 && opener_at(d, s0, s1) == (size_t)-1))
		return 0;
	for (k = s0; k < t; k++)
		if (d->toks[k].ent >= 0 || extract_tok_is(d, k, ","))
			return 0;
	for (c = t + 1; c < s1 && !extract_tok_is(d, c, ","); c++)
		if (d->toks[c].ent >= 0 && d->ents[d->toks[c].ent].kind != ENT_PLACE)
			return 0;
	for (k = c + 1; k < s1 && k < c + 8; k++) {
		int ei = d->toks[k].ent;

		if (ei >= 0 && victim_ok(d, &d->ents[ei]) && possessive_her(d, &d->ents[ei], s1)) {
			/* "After being freed, her relatives told her": the
			 * opening clause dangles on the possessor */
			v[0] = d->ents[ei].ref;
			return 1;
		}
		if (ei >= 0)
			return victim_ok(d, &d->ents[ei]) ? victims_after(d, k, s1, v) : 0;
		if (extract_punct_break(d, k) || extract_is_trigger(d, k) || *extract_cue_kind(d, k))
			return 0;
	}
	return 0;
}

/* "fled the embassy", "fled its consulate in Rome": the flight leaves a
 * post of the state the story is about, the way a diplomat defects;
 * not "fled to the embassy" (a way in, told by "to"/"into"). */
static int
fled_post(const struct xdoc *d, size_t k, size_t s1)
{
	size_t j;

	if (!d->mentions_kp || k + 1 >= s1 || !extract_evword(d, k, "determiner"))
		return 0;
	/* "the embassy", "its Rome consulate", "the North Korean embassy" */
	for (j = k + 1; j < s1 && j < k + 4 && (d->toks[j].flags & TOK_WORD); j++)
		if (extract_evword(d, j, "post"))
			return 1;
	return 0;
}

static int
defection_context(const struct xdoc *d, size_t s0, size_t s1, int path)
{
	size_t t;

	/* "Then he crossed into China" in a story about North Korea */
	if (path == 2 && d->mentions_kp)
		return 1;
	for (t = s0; t < s1; t++) {
		int ei = d->toks[t].ent;
		const struct lex_entry *e;
		size_t n;

		if (ei >= 0 && d->ents[ei].kind == ENT_PLACE &&
		    !strcmp(d->places[d->ents[ei].id].country, "KP"))
			return 1;
		if (extract_evword(d, t, "homeland"))
			return 1;
		/* "the North Korean soldier walked across the line": a path
		 * out names a flight, a North Korean the country it leaves
		 * (not "North Korean loggers escaped from a camp") */
		if (path && (e = extract_match(d, d->lx->demonyms, t, 3, &n)) &&
		    !strcmp(lex_get(d->lx->demonyms, e, "country"), "KP"))
			return 1;
	}
	return 0;
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
	if (t + n < s1 && (extract_tok_is(d, t + n, "that") ||
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

/*
 * "X was among 40 sailors", "X was one of 40 sailors", "X is one of what
 * are thought to be at least 40 sailors": the words before a group's
 * mention at g0 that say someone belongs to it.  Returns the token of
 * the copula before them, or 0.
 */
static size_t
member_of(const struct xdoc *d, size_t g0, size_t s0)
{
	size_t k = g0, j;

	/* "at least 17", "more than 17": the quantifier's first word */
	if (k > s0 + 1 && (extract_tok_is(d, k - 1, "at") || extract_tok_is(d, k - 1, "more") ||
	    extract_tok_is(d, k - 1, "fewer") || extract_tok_is(d, k - 1, "less")))
		g0 = --k;
	/* "of what police think were": words alone, back
	 * to "what" right after "of" or "among" */
	for (j = g0; j > s0 + 3 && j + 10 > g0 && (d->toks[j - 1].flags & TOK_WORD); j--)
		if (extract_tok_is(d, j - 1, "what") && (extract_tok_is(d, j - 2, "of") ||
		    extract_tok_is(d, j - 2, "among"))) {
			k = j - 1;
			break;
		}
	if (k >= s0 + 2 && extract_tok_is(d, k - 1, "among"))
		k--;
	else if (k >= s0 + 3 && extract_tok_is(d, k - 1, "of") && extract_tok_is(d, k - 2, "one"))
		k -= 2;
	else
		return 0;
	return k > s0 && !strcmp(extract_cue_kind(d, k - 1), "aux") ? k - 1 : 0;
}

/*
 * "A and B were among a dozen citizens who were kidnapped", "she was among 400
 * escapees forcibly sent back": the act of a group befalls those said to
 * be among it.  v[0..nv) are the act's victims so far; when they are one
 * group whose mention follows "among" and a copula, the persons or groups
 * before that are added (after them in v).  Returns how many.
 */
static int
among_group(const struct xdoc *d, size_t t, size_t s0, const size_t *ent_end, int *v, int nv)
{
	size_t k;
	int add[XEV_MAXV], n, a, b, out = 0;

	if (nv != 1 || v[0] >= 0)
		return 0;
	for (k = t; k > s0; k--)
		if (ent_end[k - 1] != (size_t)-1 && d->ents[ent_end[k - 1]].ref == v[0])
			break;
	if (k == s0)
		return 0;
	if ((k = member_of(d, d->ents[ent_end[k - 1]].t0, s0)) == 0)
		return 0;
	n = victims_before(d, k, s0, ent_end, add);
	for (a = 0; a < n && nv + out < XEV_MAXV; a++) {
		int have = 0;

		for (b = 0; b < nv + out; b++)
			have |= v[b] == add[a];
		if (!have)
			v[nv + out++] = add[a];
	}
	return out;
}

/* "the 13 Japanese North Korea has admitted kidnapping.": a verb with no
 * object, its victim named before it. */
static int
object_gap(const struct xdoc *d, size_t after, size_t s1)
{
	return after >= s1 || extract_tok_is(d, after, ".") || extract_tok_is(d, after, ";") ||
	    extract_tok_is(d, after, ",");
}

/* Is the trigger at t (tr) unreal: negated, hypothetical, an aim ("to
 * win her release"), or joined by "or"/"and" to an unreal one ("if she
 * was ever tried or convicted")? */
static int
act_unreal(const struct xdoc *d, const struct xacts *sc, size_t t, const struct xtrig *tr)
{
	size_t s0 = sc->s0;

	return is_irrealis(d, t, s0) || (!strcmp(tr->form, "noun") && purpose_before(d, t, s0, tr->type)) ||
	    (sc->unreal_tok != (size_t)-1 && t >= s0 + 1 && sc->unreal_tok + 6 > t &&
	    /* "recommended for release and freed": a verb after "and"
	     * is joined to a verb, not to a noun asked for */
	    !(sc->unreal_noun && strcmp(tr->form, "noun")) &&
	    (extract_tok_is(d, t - 1, "or") || extract_tok_is(d, t - 1, "and")));
}

/* Is the trigger at t (tr) passive: after an auxiliary, right after a
 * mention with no object after it, a participle after a mention and a
 * comma, or one with its agent ("captured by")? */
static int
act_passive(const struct xdoc *d, const struct xacts *sc, size_t t, const struct xtrig *tr, int never)
{
	size_t s0 = sc->s0, s1 = sc->s1, n = tr->n;
	const size_t *ent_end = sc->ent_end;
	/* "detainees still held", "POWs never sent home", "sailors, mostly
	 * fishermen, thought taken": a participle past the words that state
	 * the condition of the mention before them */
	size_t b = extract_state_bridge(d, t, s0, never);
	int part = b < t && strcmp(tr->form, "noun") && (tr->infl == INFL_PAST || never);

	if (!part)
		b = t;
	return is_passive(d, t, s0) || (part && is_passive(d, b, s0)) ||
	    (b > s0 && ent_end[b - 1] != (size_t)-1 && strcmp(tr->form, "noun") &&
	    victim_ok(d, &d->ents[ent_end[b - 1]]) && !object_follows(d, t + n, s1) &&
	    !extract_evword(d, b - 1, "subject-pronoun")) ||
	    (!strcmp(tr->form, "trans") && participle_after(d, t, b, s0, ent_end) &&
	    !object_follows(d, t + n, s1)) ||
	    (!strcmp(tr->form, "trans") && agent_follows(d, t + n, s1));
}

/* A word in a past form ("confirmed", "held"), by verbs.tsv or "-ed". */
static int
past_form(const struct xdoc *d, size_t t)
{
	const struct xtok *w = &d->toks[t];
	char lem[6][XLEMMA_MAX];
	enum xinfl infl;

	if (!(w->flags & TOK_WORD) || (w->flags & TOK_CAP))
		return 0;
	extract_lemmas(d->lx, d->text + w->s, w->e - w->s, lem, 6, &infl);
	return infl == INFL_PAST;
}

/*
 * "a meeting held in Seoul", "the seats held by the party": a
 * participle with no auxiliary right after a noun that is no mention
 * qualifies that noun, a thing, not a person: the act has no victim.
 * The word before is a noun when it is lowercase, no cue, determiner,
 * pronoun, preposition, adverb or past verb ("the 13 the North admitted
 * kidnapping"), nor one who takes people into custody ("police"); and
 * the participle has no object: a preposition or a stop follows it
 * ("police detained two men" is active).
 */
static int
thing_participle(const struct xdoc *d, const struct xacts *sc, size_t t, const struct xtrig *tr)
{
	size_t s0 = sc->s0, p = t - 1, k;
	const struct xtok *w;
	char lem[6][XLEMMA_MAX];
	enum xinfl infl;

	if (tr->infl != INFL_PAST || strcmp(tr->form, "trans") || t <= s0 || is_passive(d, t, s0) ||
	    sc->ent_end[p] != (size_t)-1 || d->toks[p].ent >= 0 || extract_evword(d, p, "authority"))
		return 0;
	/* "taken by the North shows": a trigger that ends in its own
	 * complement has its object inside */
	for (k = t + 1; k < t + tr->n && !extract_is_prep(d, k); k++)
		;
	if (k == t + tr->n && t + tr->n < sc->s1 && (d->toks[t + tr->n].flags & TOK_WORD) &&
	    !extract_is_prep(d, t + tr->n) && !extract_evword(d, t + tr->n, "object-prep"))
		return 0;
	/* "was in fact captured": the auxiliary's, a few words back; but
	 * "was confirmed in photos released": that one is another verb's */
	for (k = p; k > s0 && k + 4 > p; k--) {
		if (!strcmp(extract_cue_kind(d, k - 1), "aux"))
			return 0;
		if (past_form(d, k - 1))
			break;
	}
	w = &d->toks[p];
	if (!(w->flags & TOK_WORD) || (w->flags & (TOK_CAP | TOK_NUM)) || *extract_cue_kind(d, p) ||
	    extract_evword(d, p, "determiner") || extract_evword(d, p, "subject-pronoun") ||
	    extract_is_relative(d, p) || extract_is_prep(d, p) || extract_evword(d, p, "object-prep") ||
	    is_adverb(d, p) || extract_evword(d, p, "state") || extract_evword(d, p, "belief") ||
	    extract_tok_is(d, p, "and") || extract_tok_is(d, p, "or") || extract_tok_is(d, p, "but") ||
	    extract_tok_is(d, p, "never") || extract_is_trigger(d, p))
		return 0;
	extract_lemmas(d->lx, d->text + w->s, w->e - w->s, lem, 6, &infl);
	return infl != INFL_PAST;
}

/*
 * "helps North Koreans who have fled": the subject of a verb right after
 * "who" is the noun before it; when that noun is no mention the act is
 * of people the text does not name, not of someone named further back.
 * An apposition keeps its mention ("Kim, a nurse who fled": Kim's), and
 * so does an age ("Kim, 45, who fled").  Returns 0 for no one named, 1
 * otherwise (not after "who", or a mention there).
 */
static int
relative_on_mention(const struct xdoc *d, size_t t, size_t s0, const size_t *ent_end)
{
	size_t k = t, a;

	while (k > s0 && (!strcmp(extract_cue_kind(d, k - 1), "aux") ||
	    !strcmp(extract_cue_kind(d, k - 1), "perf") || is_adverb_tok(d, k - 1)))
		k--;
	if (k <= s0 + 1 || !extract_tok_is(d, k - 1, "who"))
		return 1;
	for (a = k - 1; a > s0 && (extract_tok_is(d, a - 1, ",") || (d->toks[a - 1].flags & TOK_NUM)); a--)
		;
	if (a > s0 && ent_end[a - 1] != (size_t)-1)
		return 1;
	for (k = a; k > s0 && k + 10 > a; k--) {
		/* "Kim, a nurse who": the apposition's mention */
		if (extract_tok_is(d, k - 1, ","))
			return k - 1 > s0 && ent_end[k - 2] != (size_t)-1;
		/* "a party of seven fleeing their homeland who": the mention
		 * a participle's phrase qualifies */
		if ((extract_is_trigger(d, k - 1) || extract_past_verb(d, k - 1)) &&
		    k - 1 > s0 && ent_end[k - 2] != (size_t)-1)
			return 1;
		/* "Kim was one of seven who": a member of them */
		if (extract_tok_is(d, k - 1, "of") && k - 1 > s0 && extract_tok_is(d, k - 2, "one"))
			return 1;
		if (!(d->toks[k - 1].flags & TOK_WORD) || extract_is_relative(d, k - 1) ||
		    *extract_cue_kind(d, k - 1))
			return 0;
	}
	return 0;
}

/* The object of the active verb at t (n tokens) is "it": inside a
 * phrasal trigger ("hand it over") or right after it. */
static int
it_object(const struct xdoc *d, size_t t, size_t n, size_t s1)
{
	size_t k;

	for (k = t + 1; k <= t + n && k < s1; k++)
		if (extract_tok_is(d, k, "it"))
			return 1;
	return 0;
}

/*
 * "the boat was seized", "it was captured": a passive whose subject,
 * right before its verb chain, is "it" names a thing, no person.  When
 * a "when" or "as" clause opens with it after someone said to be aboard
 * ("X was a cook aboard the Y when it was seized"), those aboard are the
 * victims: their count in v.  Returns -1 for a thing with no one aboard,
 * 0 when the subject is not "it".
 */
static int
thing_subject(const struct xdoc *d, size_t t, size_t s0, const size_t *ent_end, int *v)
{
	size_t k = t, c;

	while (k > s0 && (!strcmp(extract_cue_kind(d, k - 1), "aux") ||
	    !strcmp(extract_cue_kind(d, k - 1), "perf") || is_adverb_tok(d, k - 1)))
		k--;
	if (k == t || k == s0 || !extract_tok_is(d, k - 1, "it"))
		return 0;
	c = k - 1;
	if (c == s0 || !extract_evword(d, c - 1, "same-time-conj"))
		return -1;
	for (k = s0; k + 1 < c; k++)
		if (extract_evword(d, k, "aboard") ||
		    (extract_tok_is(d, k, "on") && extract_tok_is(d, k + 1, "board")))
			return victims_before(d, k, s0, ent_end, v) ? victims_before(d, k, s0, ent_end, v) : -1;
	return -1;
}

/*
 * The victims of the act at trigger t (tr, of type how) in v: returns
 * their count (0: no act) and sets *why to the rule that chose them.  A
 * noun that takes the victims of its sentence's act before takes that
 * act's date into date (dsz bytes) when its type says it is the same day.
 */
static int
act_victims(const struct xdoc *d, const struct xacts *sc, size_t t, const struct xtrig *tr,
    const struct xevtype *how, int passive, int *v, const char **why, char *date, size_t dsz)
{
	size_t s0 = sc->s0, s1 = sc->s1, n = tr->n;
	const size_t *ent_end = sc->ent_end;
	const char *form = tr->form;
	int nv = 0;
	long va;

	*why = "";
	/* "A and B, also a former prisoner,": B alone */
	if (tr->appos && victim_ok(d, &d->ents[tr->appos - 1])) {
		*why = "an apposition that names its captivity";
		v[0] = d->ents[tr->appos - 1].ref;
		return 1;
	}
	if (thing_participle(d, sc, t, tr))
		return 0;
	/* "hand it over", "released it": an object "it" is a thing */
	if (!strcmp(form, "trans") && !passive && it_object(d, t, n, s1))
		return 0;
	/* "his abducted son", "the kidnapped students": a participle that
	 * qualifies the noun after it; its victim is that noun's mention */
	if (!strcmp(form, "trans") && tr->infl == INFL_PAST && t > s0 && t + n < s1 &&
	    extract_evword(d, t - 1, "determiner") && (d->toks[t + n].flags & TOK_WORD) &&
	    !extract_is_prep(d, t + n) && !extract_evword(d, t + n, "object-prep")) {
		int ei = d->toks[t + n].ent;

		*why = "attributive participle: the noun it qualifies";
		return ei >= 0 && victim_ok(d, &d->ents[ei]) ? victims_after(d, t + n, s1, v) : 0;
	}
	if (!strcmp(form, "noun")) {
		nv = noun_victims(d, t, n, s0, s1, ent_end, v);
		*why = "noun: of, possessive or light verb";
		/* "convicted and sentenced at a brief hearing" */
		if (!nv && sc->sent_ev >= 0) {
			const struct xevent *pe = &d->events[sc->sent_ev];

			*why = "noun: the victims of the sentence's act before";
			for (nv = 0; nv < pe->nvictims; nv++)
				v[nv] = pe->victims[nv];
			/* held the same day; a detention, though, began before */
			if (how->same_day)
				snprintf(date, dsz, "%s", pe->date);
		}
		/* "X was held in February.  The detention took place on
		 * the 9th": "the" act told before, of its victims */
		if (!nv && t > s0 && (extract_tok_is(d, t - 1, "the") || extract_tok_is(d, t - 1, "this") ||
		    extract_tok_is(d, t - 1, "that") || definite_pair(d, t, s0)) &&
		    (nv = act_told_before(d, tr->type, sc->si, v)) > 0)
			*why = told_before_why;
	} else if (!strcmp(form, "allow")) {
		/* "allowed X to return", "X was allowed to leave" */
		size_t at;

		if (passive)
			nv = 0;
		else if ((nv = victims_after(d, t + n, s1, v)) > 0) {
			*why = "allowed to return: the object";
			for (at = t + n; at < s1 && at < t + n + 12; at++)
				if (extract_tok_is(d, at, "to"))
					break;
			/* "let the couple fly on to Seoul": a journey is a
			 * release only of someone the story holds */
			if (!(at + 1 < s1 && (extract_evword(d, at + 1, "goal") ||
			    (extract_evword(d, at + 1, "goal-held") && extract_held_any(d, v, nv)))))
				nv = 0;
		}
	} else if (passive && !strcmp(form, "trans") && (va = vessel_aside(d, t, s0, ent_end)) >= 0) {
		/* "32 of 35 sailors of a trawler, seized in May": the aside
		 * is on the whole the mention counts out of */
		int g = -d->ents[va].ref - 1;

		if (d->ents[va].ref >= 0 || g < 0)
			return 0;
		while (d->groups[g].part_of >= 0)
			g = d->groups[g].part_of;
		*why = "participle on a vessel's crew: the crew";
		v[0] = -(g + 1);
		return 1;
	} else if (passive && (nv = thing_subject(d, t, s0, ent_end, v)) != 0) {
		/* "it was seized": a thing; those aboard it, when told */
		*why = "passive with \"it\": those aboard";
		return nv < 0 ? 0 : nv;
	} else if ((passive || !strcmp(form, "intrans")) && !relative_on_mention(d, t, s0, ent_end)) {
		*why = "relative clause on a noun that names no one";
		return 0;
	} else if (passive || !strcmp(form, "intrans")) {
		nv = victims_before(d, t, s0, ent_end, v);
		*why = passive ? "passive: the subject" : "intransitive: the subject";
		nv += among_group(d, t, s0, ent_end, v, nv);
		nv += also_subject(d, t, s0, ent_end, v, nv);
		nv += also_victims(d, t + n, s1, v, nv);
	} else if ((nv = victims_after(d, t + n, opening_clause_end(d, t, s0, s1, tr), v)) == 0 &&
	    (coordinated_passive(d, t, s0) ||
	    object_gap(d, t + n, s1))) {
		nv = victims_before(d, t, s0, ent_end, v);
		*why = "active with no object: the subject";
	} else
		*why = "active: the object";
	/* "Holding back tears, X spoke": an active verb of the opening
	 * clause has the main clause's subject as its doer, no victim */
	if (nv == 0 && strcmp(form, "noun") &&
	    !(!strcmp(form, "trans") && !passive && tr->infl == INFL_ING)) {
		nv = opening_clause_subject(d, t, s0, s1, v);
		*why = "opening clause: the main clause's subject";
	}
	/* "soldiers whom they kidnapped": the object is the relative
	 * pronoun's antecedent */
	if (nv == 0 && !strcmp(form, "trans") && t >= s0 + 3 &&
	    extract_evword(d, t - 1, "subject-pronoun") && extract_is_relative(d, t - 2)) {
		nv = victims_before(d, t - 2, s0, ent_end, v);
		*why = "object relative: the antecedent";
	}
	/* fled / escaped: leaving North Korea, not any flight; or the escape
	 * of someone already known to have fled (an act of the trigger's own
	 * type: only flights are listed with context kp) */
	if (nv && tr->needs_kp && !defection_context(d, s0, s1, tr->path) && !fled_post(d, t + n, s1) &&
	    !extract_has_event(d, tr->type, v, nv))
		nv = 0;
	/* "defected to North Korea", "deserted to the North": a flight into
	 * it leaves nothing it holds; foreigners it holds from then on (the
	 * into-kp column) */
	if (nv && (how->role & ROLE_DEFECTOR) && into_north(d, t + n, s1) && !(how->into_type[0] && foreigners(d, t, v, nv)))
		nv = 0;
	return nv;
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
 * The act at trigger t (tr) of sc's sentence, in turn: real or not, its
 * type, its victims, its date, its place; then the event it makes, or
 * the one told before that it adds to.  Returns the tokens it used.
 */
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
 * verdict's two penalties; "tried and jailed": the trial's).
 * "Was jailed for writing" told first, "arrested and jailed" in one
 * sentence, start a custody: an arrest.
 */
static int
penalty_confinement(const struct xdoc *d, const struct xacts *sc, size_t t, const int *v, int nv)
{
	size_t k;
	int a, and = 0;
	struct xtrig tr;

	if (!extract_evword(d, t, "confine"))
		return 0;
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

/* Why a conviction is a trial (compared by address). */
static const char np_why[] = "no penalty named (event-types.tsv without-penalty)";

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
		extract_note_actor(d, sc->s0, sc->s1, t, how, act_passive(d, sc, t, tr, 0));
	/* "were never sent home", "POWs never released": still held */
	if (how->never_type[0] && never_before(d, t, sc->s0)) {
		never = 1;
		type = how->never_type;
		how = extract_type(d->lx, type);
		why_type = "told as never done (event-types.tsv never)";
	} else if (act_unreal(d, sc, t, tr)) {
		sc->unreal_tok = t;
		/* unreal as an aim of its own ("for release"), not by its
		 * clause ("whether he was put on trial or sentenced") */
		sc->unreal_noun = !strcmp(tr->form, "noun") && !is_irrealis(d, t, sc->s0);
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
	passive = act_passive(d, sc, t, tr, never);
	/* a custody begun by the victim's own family is none */
	if (passive && how->custody == XCUSTODY_START && kin_agent(d, t + tr->n, sc->s1))
		return tr->n;
	if ((nv = act_victims(d, sc, t, tr, how, passive, v, &why, date, sizeof(date))) == 0) {
		if (!tr->undated)
			extract_vessel_act(d, sc, t, tr, how);
		return tr->n;
	}
	/* "a US soldier defected to North Korea": foreigners who went into
	 * the North (act_victims kept no one else) are held there from then
	 * on */
	if (how->into_type[0] && into_north(d, t + tr->n, sc->s1)) {
		type = how->into_type;
		how = extract_type(d->lx, type);
		why_type = "foreigners gone into North Korea (event-types.tsv into-kp)";
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
	cc = why == told_before_why ? NULL :
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
	if (why == told_before_why) {
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

	sc->ntr = sc->nverb = 0;
	for (t = sc->s0; t < sc->s1 && sc->ntr < XACTS_MAX; t++)
		if (trigger_at(d, t, sc->s0, sc->s1, &tr)) {
			/* "after six months' detention": a noun claims no date
			 * from a verb of its sentence */
			if (strcmp(tr.form, "noun")) {
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
 * victims' roles; groups named as lists; acts told again.
 */
void
extract_events(struct xdoc *d)
{
	size_t si, t, i, *ent_end;

	extract_resolve_pronouns(d);
	extract_report_year(d);
	extract_narrative_years(d);
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
