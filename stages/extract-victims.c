/*
 * extract-victims.c: who an act's victims are.
 *
 * extract_act_victims reads the act's voice (extract_act_passive: an
 * auxiliary, a participle after a mention, an agent with "by") and the
 * clause around the trigger: a clause that opens the sentence ("Captured
 * in 1951, X spent ...") lends its main clause's subject; a vessel in an
 * aside lends its crew; a noun told before ("the arrest") is that act
 * again; "one of the group" is the group's member; a participle on a
 * thing ("a meeting held in Seoul") or an "it" object has no victim.
 * The mentions themselves come from extract-mentions.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "extract-events.h"

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
			return extract_victim_ok(d, &d->ents[ent_end[j - 1]]);
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

/* Why an act's victims are those of "the" act told before: such an act
 * is that one told again (act_at). */
const char extract_told_before_why[] = "noun: the act of its type told just before";

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
int
extract_into_north(const struct xdoc *d, size_t after, size_t s1)
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

/* "He was charged with ... and convicted": a verb joined by "and" to an
 * earlier passive of the sentence shares its subject. */
static int
coordinated_passive(const struct xdoc *d, size_t t, size_t s0)
{
	size_t k;

	/* "was court-martialed, jailed and discharged": a comma of the
	 * series after a verb in the past */
	if (t < s0 + 2 || !(extract_tok_is(d, t - 1, "and") ||
	    (extract_tok_is(d, t - 1, ",") && extract_past_form(d, t - 2))))
		return 0;
	for (k = s0; k + 1 < t; k++)
		if (!strcmp(extract_cue_kind(d, k), "aux"))
			return 1;
	return 0;
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

		if (ei >= 0 && extract_victim_ok(d, &d->ents[ei]) && extract_possessive_her(d, &d->ents[ei], s1)) {
			/* "After being freed, her relatives told her": the
			 * opening clause dangles on the possessor */
			v[0] = d->ents[ei].ref;
			return 1;
		}
		if (ei >= 0)
			return extract_victim_ok(d, &d->ents[ei]) ? extract_victims_after(d, k, s1, v) : 0;
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
	n = extract_victims_before(d, k, s0, ent_end, add);
	for (a = 0; a < n && nv + out < XEV_MAXV; a++) {
		int have = 0;

		for (b = 0; b < nv + out; b++)
			have |= v[b] == add[a];
		if (!have)
			v[nv + out++] = add[a];
	}
	return out;
}

/* "the 13 Danes the North has owned up to seizing.": a verb with no
 * object, its victim named before it. */
static int
object_gap(const struct xdoc *d, size_t after, size_t s1)
{
	return after >= s1 || extract_tok_is(d, after, ".") || extract_tok_is(d, after, ";") ||
	    extract_tok_is(d, after, ",");
}

/* Is the trigger at t (tr) passive: after an auxiliary, right after a
 * mention with no object after it, a participle after a mention and a
 * comma, or one with its agent ("captured by")? */
int
extract_act_passive(const struct xdoc *d, const struct xacts *sc, size_t t, const struct xtrig *tr, int never)
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
	return extract_is_passive(d, t, s0) || (part && extract_is_passive(d, b, s0)) ||
	    (b > s0 && ent_end[b - 1] != (size_t)-1 && strcmp(tr->form, "noun") &&
	    extract_victim_ok(d, &d->ents[ent_end[b - 1]]) && !object_follows(d, t + n, s1) &&
	    !extract_evword(d, b - 1, "subject-pronoun")) ||
	    (!strcmp(tr->form, "trans") && participle_after(d, t, b, s0, ent_end) &&
	    !object_follows(d, t + n, s1)) ||
	    (!strcmp(tr->form, "trans") && agent_follows(d, t + n, s1));
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

	if (tr->infl != INFL_PAST || strcmp(tr->form, "trans") || t <= s0 || extract_is_passive(d, t, s0) ||
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
		if (extract_past_form(d, k - 1))
			break;
	}
	w = &d->toks[p];
	if (!(w->flags & TOK_WORD) || (w->flags & (TOK_CAP | TOK_NUM)) || *extract_cue_kind(d, p) ||
	    extract_evword(d, p, "determiner") || extract_evword(d, p, "subject-pronoun") ||
	    extract_is_relative(d, p) || extract_is_prep(d, p) || extract_evword(d, p, "object-prep") ||
	    extract_is_adverb(d, p) || extract_evword(d, p, "state") || extract_evword(d, p, "belief") ||
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
	    !strcmp(extract_cue_kind(d, k - 1), "perf") || extract_adverb_tok(d, k - 1)))
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
	    !strcmp(extract_cue_kind(d, k - 1), "perf") || extract_adverb_tok(d, k - 1)))
		k--;
	if (k == t || k == s0 || !extract_tok_is(d, k - 1, "it"))
		return 0;
	c = k - 1;
	if (c == s0 || !extract_evword(d, c - 1, "same-time-conj"))
		return -1;
	for (k = s0; k + 1 < c; k++)
		if (extract_evword(d, k, "aboard") ||
		    (extract_tok_is(d, k, "on") && extract_tok_is(d, k + 1, "board")))
			return extract_victims_before(d, k, s0, ent_end, v) ? extract_victims_before(d, k, s0, ent_end, v) : -1;
	return -1;
}

/*
 * Is the noun at t the term of sentence e, its penalty's words after its
 * trigger ("sentenced to 15 years' detention", "to life imprisonment",
 * "to ten years of hard labour in prison"): "to", then only numbers,
 * penalty words (event-words.tsv), "of", "'s" and hyphens up to t?
 */
static int
term_of(const struct xdoc *d, const struct xevent *e, size_t t)
{
	size_t k;

	if (strcmp(e->type, "sentence") || e->tok >= t || d->toks[e->tok].sent != d->toks[t].sent)
		return 0;
	for (k = e->tok + 1; k < t && !extract_tok_is(d, k, "to"); k++)
		if (!(d->toks[k].flags & TOK_WORD) || k > e->tok + 3)
			return 0;
	if (k >= t)
		return 0;
	for (k++; k < t; k++)
		if (!(d->toks[k].flags & TOK_NUM) && !extract_evword(d, k, "penalty") &&
		    extract_count_at(d, k, &(size_t){ 0 }) <= 0 && !extract_tok_is(d, k, "of") &&
		    !extract_tok_is(d, k, "'") && !extract_tok_is(d, k, "\xe2\x80\x99") &&
		    !extract_tok_is(d, k, "-") && !extract_tok_is(d, k, "hard"))
			return 0;
	return 1;
}

/*
 * The victims of the act at trigger t (tr, of type how) in v: returns
 * their count (0: no act) and sets *why to the rule that chose them.  A
 * noun that takes the victims of its sentence's act before takes that
 * act's date into date (dsz bytes) when its type says it is the same day.
 */
int
extract_act_victims(const struct xdoc *d, const struct xacts *sc, size_t t, const struct xtrig *tr,
    const struct xevtype *how, int passive, int *v, const char **why, char *date, size_t dsz)
{
	size_t s0 = sc->s0, s1 = sc->s1, n = tr->n;
	const size_t *ent_end = sc->ent_end;
	const char *form = tr->form;
	int nv = 0;
	long va;

	*why = "";
	/* "A and B, also a former prisoner,": B alone */
	if (tr->appos && extract_victim_ok(d, &d->ents[tr->appos - 1])) {
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
		return ei >= 0 && extract_victim_ok(d, &d->ents[ei]) ? extract_victims_after(d, t + n, s1, v) : 0;
	}
	if (!strcmp(form, "noun")) {
		nv = extract_noun_victims(d, t, n, s0, s1, ent_end, v);
		*why = "noun: of, possessive or light verb";
		/* "convicted and sentenced at a brief hearing"; not the
		 * term of a sentence told before it ("sentenced to 15
		 * years' detention": the sentence's own words) */
		if (!nv && sc->sent_ev >= 0 && !term_of(d, &d->events[sc->sent_ev], t)) {
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
			*why = extract_told_before_why;
	} else if (!strcmp(form, "allow")) {
		/* "allowed X to return", "X was allowed to leave" */
		size_t at;

		if (passive)
			nv = 0;
		else if ((nv = extract_victims_after(d, t + n, s1, v)) > 0) {
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
		nv = extract_victims_before(d, t, s0, ent_end, v);
		*why = passive ? "passive: the subject" : "intransitive: the subject";
		nv += among_group(d, t, s0, ent_end, v, nv);
		nv += extract_also_subject(d, t, s0, ent_end, v, nv);
		nv += extract_also_victims(d, t + n, s1, v, nv);
	} else if ((nv = extract_victims_after(d, t + n, opening_clause_end(d, t, s0, s1, tr), v)) == 0 &&
	    (coordinated_passive(d, t, s0) ||
	    object_gap(d, t + n, s1))) {
		nv = extract_victims_before(d, t, s0, ent_end, v);
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
		nv = extract_victims_before(d, t - 2, s0, ent_end, v);
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
	if (nv && (how->role & ROLE_DEFECTOR) && extract_into_north(d, t + n, s1) &&
	    !(how->into_type[0] && foreigners(d, t, v, nv)))
		nv = 0;
	return nv;
}
