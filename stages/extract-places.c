/*
 * extract-places.c: where an act happened, as a place and a country.
 *
 * The place of an act is the nearest place after "in", "at", "inside",
 * "near" (or "from", for the types whose row in event-types.tsv says so)
 * in the trigger's clause: not across a relative clause, a speaker or
 * another verb.  Failing that, the country of whoever acted ("Thai
 * police", "sent back by China"), or of an earlier arrest or sentence of
 * the same victims: where they were held.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "buf.h"
#include "extract-events.h"

/* Is token k inside the mention of a person or a group? */
static int
inside_victim(const struct xdoc *d, size_t k, size_t s0)
{
	size_t j;

	for (j = k + 1; j > s0 && j + XNAME_MAX + 4 > k + 1; j--) {
		int ei = d->toks[j - 1].ent;

		if (ei >= 0 && d->ents[ei].t1 > k && (d->ents[ei].kind == ENT_PERSON ||
		    d->ents[ei].kind == ENT_GROUP))
			return 1;
	}
	return 0;
}

/* A noun of people that acts befall (group-nouns.tsv of role victim or
 * defector: "defector", "prisoners") at k, before t. */
static int
acted_upon(const struct xdoc *d, size_t k, size_t t)
{
	const struct lex_entry *e;
	const char *role;
	size_t n;

	if (k >= t || !(e = extract_match(d, d->lx->groupn, k, 3, &n)))
		return 0;
	role = lex_get(d->lx->groupn, e, "role");
	return !strcmp(role, "victim") || !strcmp(role, "defector");
}

/*
 * "Vietnamese police searched a bus ... and, according to a group,
 * detained all nine": the doer of a verb joined by "and" to the
 * sentence's first verb is that verb's subject, named right before it.
 */
static const char *
coordinated_actor(const struct xdoc *d, size_t t, size_t s0)
{
	size_t f, k, n;
	const struct lex_entry *e;
	int joined = 0;

	/* the first verb of the main clause: not one of a relative clause
	 * ("pastors who ran a shop were convicted and sentenced") */
	for (f = s0; f < t; f++) {
		size_t r;
		int inner = 0;

		if (!extract_past_verb(d, f) && !extract_is_trigger(d, f))
			continue;
		for (r = f; r > s0 && r + 4 > f && !inner; r--)
			inner = extract_is_relative(d, r - 1);
		if (!inner)
			break;
	}
	for (k = f + 1; k < t; k++)
		joined |= extract_tok_is(d, k, "and");
	/* "An American has been sentenced ... and fined": a passive
	 * subject is acted upon, no doer */
	if (f >= t || !joined || *extract_cue_kind(d, f) ||
	    (f > s0 && (!strcmp(extract_cue_kind(d, f - 1), "aux") || !strcmp(extract_cue_kind(d, f - 1), "perf"))))
		return NULL;
	for (k = f; k > s0 && k + 4 > f; k--)
		if ((e = extract_match(d, d->lx->demonyms, k - 1, 3, &n)) && k - 1 + n <= f)
			return lex_get(d->lx->demonyms, e, "country");
	return NULL;
}

/* The country of whoever acts before t: "Thai police", "North Korea",
 * "the Lao authorities".  Also after "by" following t. */
static const char *
actor_country(const struct xdoc *d, size_t t, size_t s0, size_t s1, int passive)
{
	size_t k, n;
	const struct lex_entry *e;

	if (passive) {
		/* "taken from a flat near the river by Chinese police": the
		 * agent may come after a phrase or two, not past a comma */
		for (k = t; k < s1 && k < t + 12 && !extract_tok_is(d, k, ","); k++)
			if (extract_tok_is(d, k, "by")) {
				size_t j;

				for (j = k + 1; j < s1 && j < k + 4; j++) {
					if ((e = extract_match(d, d->lx->demonyms, j, 3, &n)))
						return lex_get(d->lx->demonyms, e, "country");
					if (d->toks[j].ent >= 0 && d->ents[d->toks[j].ent].kind == ENT_PLACE)
						return d->places[d->ents[d->toks[j].ent].id].country;
				}
				break;
			}
		return NULL;
	}
	for (k = t; k > s0 && k + 8 > t; k--) {
		size_t at = k - 1;
		int ei = d->toks[at].ent;

		/* "kidnapped 13 Japanese and allowed five to return": the
		 * victims' demonym, not the actor's */
		if (inside_victim(d, at, s0))
			break;

		if (ei >= 0 && d->ents[ei].kind == ENT_PLACE &&
		    !(at > s0 && (extract_tok_is(d, at - 1, "in") || extract_tok_is(d, at - 1, "to"))))
			return d->places[d->ents[ei].id].country;
		if ((e = extract_match(d, d->lx->demonyms, at, 3, &n))) {
			/* "a North Korean refugee once sent back home":
			 * the people it befell, not who acted */
			if (acted_upon(d, at + n, t))
				break;
			return lex_get(d->lx->demonyms, e, "country");
		}
		if (extract_punct_break(d, at))
			break;
	}
	return coordinated_actor(d, t, s0);
}

/* Between tokens a and b a relative clause or a speaker begins: "arrived
 * in Los Angeles, where ... since they were arrested", "died ..., said
 * the envoy at the UN in Geneva".  A place across it is another act's. */
static int
other_clause(const struct xdoc *d, size_t a, size_t b)
{
	size_t k;

	for (k = a + 1; k < b; k++)
		if (!strcmp(extract_cue_kind(d, k), "speech"))
			return 1;
	return extract_relative_between(d, a, b, d->toks[b].s);
}

/* Token k, a place past trigger t, in the phrase of a speaker that
 * follows the act: "was sentenced in May, her son in Seoul said", ",
 * an official at the embassy in Hanoi told reporters".  A comma stands
 * between t and k, and a speech verb comes after k before the clause
 * ends.  The place is the speaker's, not the act's. */
static int
speaker_place(const struct xdoc *d, size_t t, size_t k, size_t s1)
{
	size_t j;
	int comma = 0;

	for (j = t + 1; j < k; j++)
		if (extract_tok_is(d, j, ","))
			comma = 1;
	if (!comma)
		return 0;
	for (j = k + 1; j < s1 && j < k + 4; j++) {
		if (!strcmp(extract_cue_kind(d, j), "speech"))
			return 1;
		if (extract_punct_break(d, j))
			return 0;
	}
	return 0;
}

/* The comma that closes the relative clause opened at token r ("X, who
 * fled in 2019, at ..."), before token k; (size_t)-1 if none does. */
static size_t
relative_end(const struct xdoc *d, size_t r, size_t k)
{
	size_t j;

	for (j = r + 1; j < k; j++)
		if (extract_tok_is(d, j, ","))
			return j;
	return (size_t)-1;
}

/* Tokens from a to b, less those of relative clauses set off by commas
 * between them: how far a place is from its act. */
static size_t
clause_distance(const struct xdoc *d, size_t a, size_t b)
{
	size_t j, n = 0, c;

	for (j = a + 1; j < b; j++) {
		if (extract_is_relative(d, j) && extract_tok_is(d, j - 1, ",") &&
		    (c = relative_end(d, j, b)) != (size_t)-1) {
			j = c;
			continue;
		}
		n++;
	}
	return n + 1;
}

/* "fled the North in 2014 and now runs a shop in Busan": a verb in the
 * present (-s) at j, after an adverb or a word of the state list ("now",
 * "still") after "and" (from token a on); that word tells it is a verb,
 * not a plural noun ("and sons in Busan"). */
static int
present_after_adverb(const struct xdoc *d, size_t a, size_t j)
{
	char lem[6][XLEMMA_MAX];
	const struct xtok *w = &d->toks[j];
	enum xinfl infl;

	if (j < a + 2 || !extract_tok_is(d, j - 2, "and") ||
	    !(extract_is_adverb(d, j - 1) || extract_evword(d, j - 1, "state")) ||
	    !(w->flags & TOK_WORD) || (w->flags & (TOK_CAP | TOK_NUM)))
		return 0;
	extract_lemmas(d->lx, d->text + w->s, w->e - w->s, lem, 6, &infl);
	return infl == INFL_S;
}

/* Between trigger t and token k, a verb of another act: a past tense
 * or an -ing form that starts no event ("and spent months hiding in"). */
static int
verb_between(const struct xdoc *d, size_t t, size_t k)
{
	size_t j;
	struct xtrig tr, tj;

	if (!extract_trigger(d, t, &tr))
		return 0;
	for (j = t + tr.n; j < k; j++) {
		const struct xtok *w = &d->toks[j];
		size_t c;

		/* "caught X, who fled the North in 2019, at an inn in
		 * Y": the verbs of a relative clause a comma closed before
		 * the place are the clause's */
		if (extract_is_relative(d, j) && j > t + tr.n && extract_tok_is(d, j - 1, ",") &&
		    (c = relative_end(d, j, k)) != (size_t)-1) {
			j = c;
			continue;
		}
		if (extract_past_verb(d, j) || present_after_adverb(d, t + tr.n, j))
			return 1;
		/* "Four men seized at the time X was, are still alive in the
		 * North": a copula after a comma opens the main clause's
		 * predicate, whose place is not the act's */
		if (j > t + tr.n && extract_tok_is(d, j - 1, ",") &&
		    (extract_tok_is(d, j, "is") || extract_tok_is(d, j, "are") || extract_tok_is(d, j, "was") ||
		    extract_tok_is(d, j, "were")))
			return 1;
		/* "repatriated and detained in Onsong": the place of the
		 * second act */
		if (j > t + tr.n && extract_tok_is(d, j - 1, "and") && extract_trigger(d, j, &tj) &&
		    strcmp(tj.form, "noun"))
			return 1;
		/* not "abducted while helping refugees in Yanji": an act
		 * told as happening during another takes that one's place */
		if ((w->flags & TOK_WORD) && !(w->flags & TOK_CAP) && w->e - w->s > 5 &&
		    !strncmp(d->text + w->e - 3, "ing", 3) && !extract_is_trigger(d, j) &&
		    !extract_evword(d, j - 1, "determiner") && !extract_evword(d, j - 1, "prep") &&
		    !(extract_tok_is(d, j - 1, "while") || extract_tok_is(d, j - 1, "when")))
			return 1;
	}
	return 0;
}

/* Token k, before trigger t, inside a relative clause that a comma closed
 * before t, or that has a verb of its own before k: "X, who grew up in
 * Osaka, was detained". */
static int
closed_relative(const struct xdoc *d, size_t s0, size_t k, size_t t)
{
	size_t j;
	int open = 0, verb = 0;

	for (j = s0; j < k; j++)
		if (extract_is_relative(d, j))
			open = 1, verb = 0;
		else if (extract_tok_is(d, j, ","))
			open = 0;
		else if (open && extract_past_verb(d, j))
			verb = 1;
	if (!open)
		return 0;
	/* "a man who grew up in Osaka was arrested in Dandong":
	 * the clause has its own verb before the place */
	if (verb)
		return 1;
	for (j = k + 1; j < t; j++)
		if (extract_tok_is(d, j, ","))
			return 1;
	return 0;
}

/* The place of the event: nearest place after in/at/inside/near (or from,
 * when from_ok, after the trigger: "released from a camp in X", but not
 * "under pressure from Tokyo, X was released") within the sentence. */
static int
event_place(const struct xdoc *d, size_t t, size_t s0, size_t s1, int from_ok)
{
	size_t k;
	int best = -1;
	size_t bestd = (size_t)-1, close = (size_t)-1, j;

	/* "caught X, who fled the North in 2019, at an inn in Y": a
	 * trigger inside a relative clause set off by commas has no place
	 * past the comma that closes it */
	for (j = t; j > s0 + 1; j--) {
		if (extract_tok_is(d, j - 1, ","))
			break;
		if (extract_is_relative(d, j - 1) && extract_tok_is(d, j - 2, ",")) {
			close = relative_end(d, j - 1, s1);
			break;
		}
	}
	for (k = s0; k < s1; k++) {
		int ei = d->toks[k].ent;
		size_t p, dist;
		size_t reach = 6;	/* tokens back to "in", past "the border city of" */
		size_t pp = k;		/* the preposition: where the place's phrase starts */
		int ok = 0;

		if (ei < 0 || d->ents[ei].kind != ENT_PLACE || !d->places[d->ents[ei].id].country[0] ||
		    (close != (size_t)-1 && k > close))
			continue;
		for (p = k; p > s0 && p + reach > k; p--) {
			size_t at = p - 1;

			if (extract_tok_is(d, at, "in") || extract_tok_is(d, at, "at") ||
			    extract_tok_is(d, at, "inside") || extract_tok_is(d, at, "near") ||
			    (from_ok && k > t && extract_tok_is(d, at, "from"))) {
				ok = 1;
				pp = at;
				break;
			}
			/* "in the border town of X", "at her home town of X":
			 * the noun of a settlement names the place after "of" */
			if (extract_tok_is(d, at, "of") && at > s0 && extract_evword(d, at - 1, "settlement") &&
			    !(d->toks[at - 1].flags & TOK_CAP)) {
				reach = 9;
				continue;
			}
			/* "in the war against Russia": the foe, no place */
			if (!(d->toks[at].flags & TOK_WORD) || (d->toks[at].flags & TOK_NUM) ||
			    extract_is_prep(d, at) || extract_is_trigger(d, at) || extract_tok_is(d, at, "against"))
				break;
		}
		/* "released ... ahead of the summit in Singapore": too far
		 * from the act to be its place; "left the North and hid in
		 * China", "X, who runs a firm in Osaka, was detained": another
		 * verb's */
		/* "a flat near the Yalu River": near a border river or
		 * region, on either side of it; whoever acted tells which */
		if (ok && extract_tok_is(d, pp, "near") && !strcmp(d->places[d->ents[ei].id].kind, "region"))
			continue;
		if (!ok || other_clause(d, k < t ? k : t, k < t ? t : k) || (k > t && speaker_place(d, t, k, s1)) ||
		    (k > t && verb_between(d, t, k)) || (k < t && closed_relative(d, s0, k, t)) ||
		    (k > t && clause_distance(d, t, pp) > 12) || (k < t && t - k > 10))
			continue;
		dist = k > t ? clause_distance(d, t, pp) : t - k;
		if (dist < bestd) {
			bestd = dist;
			best = ei;
		}
	}
	return best;
}

/* "caught in South Korean waters", "died in Chinese custody": "in" or
 * "inside", a demonym and a word of the territory list (event-words.tsv)
 * past trigger t in its clause; the demonym's country, or NULL. */
static const char *
territory_country(const struct xdoc *d, size_t t, size_t s1)
{
	const struct lex_entry *e;
	size_t k, j, n;

	for (k = t + 1; k + 2 < s1 && k < t + 10; k++) {
		if (extract_punct_break(d, k) || extract_is_relative(d, k))
			return NULL;
		if (!extract_tok_is(d, k, "in") && !extract_tok_is(d, k, "inside"))
			continue;
		j = k + 1;
		if (extract_tok_is(d, j, "the"))
			j++;
		if (j < s1 && (e = extract_match(d, d->lx->demonyms, j, 3, &n)) && j + n < s1 &&
		    extract_evword(d, j + n, "territory") && !verb_between(d, t, k))
			return lex_get(d->lx->demonyms, e, "country");
	}
	return NULL;
}

/* The place after "from" past trigger t in its clause ("deported from
 * Laos to", "sent back from a camp in China"): an index into ents, or -1.
 * Not across another verb ("deported after fleeing from") nor past
 * another phrase ("from China to North Korea" stops at "to"). */
static int
from_place(const struct xdoc *d, size_t t, size_t s1)
{
	size_t k, j;

	for (k = t + 1; k + 1 < s1 && k < t + 12; k++) {
		if (extract_punct_break(d, k) || extract_is_relative(d, k))
			return -1;
		if (!extract_tok_is(d, k, "from"))
			continue;
		if (verb_between(d, t, k))
			return -1;
		for (j = k + 1; j < s1 && j < k + 7; j++) {
			int ei = d->toks[j].ent;

			if (ei >= 0 && d->ents[ei].kind == ENT_PLACE && d->places[d->ents[ei].id].country[0])
				return ei;
			if (!(d->toks[j].flags & TOK_WORD) || extract_is_prep(d, j))
				return -1;
		}
		return -1;
	}
	return -1;
}

/* The earliest event before limit (an index; -1: any) of one of e's
 * victims that held them: an arrest (or a sentence, when sentences) with
 * a country.  -1 if none. */
/* Does f show where its victims were held: always (an arrest), or for a
 * release only (a sentence: released from prison)? */
static int
holds_victims(const struct xdoc *d, const struct xevent *f, int for_release)
{
	enum xholds h = extract_type(d->lx, f->type)->holds;

	return h == XHOLDS_ALWAYS || (for_release && h == XHOLDS_RELEASE);
}

static long
held_before(const struct xdoc *d, const struct xevent *e, long limit, int for_release)
{
	long best = -1;
	int a;
	size_t i;

	for (a = 0; a < e->nvictims; a++) {
		const struct xevlist *l = extract_events_of(d, e->victims[a]);

		for (i = 0; l && i < l->n; i++) {
			const struct xevent *f = &d->events[l->ev[i]];

			if (f == e || !f->country[0] || (limit >= 0 && l->ev[i] >= limit) ||
			    !holds_victims(d, f, for_release))
				continue;
			if (best < 0 || l->ev[i] < best)
				best = l->ev[i];
		}
	}
	return best;
}

/* The country the latest event of one of e's victims between events
 * from and limit (indexes) sent them to ("handed back to North Korea"),
 * or NULL; borrowed from d. */
static const char *
moved_since(const struct xdoc *d, const struct xevent *e, long from, long limit)
{
	long best = -1;
	const char *cc = NULL;
	int a;
	size_t i;

	for (a = 0; a < e->nvictims; a++) {
		const struct xevlist *l = extract_events_of(d, e->victims[a]);

		for (i = 0; l && i < l->n; i++)
			if (l->ev[i] > from && l->ev[i] < limit && l->ev[i] > best && d->events[l->ev[i]].dest[0]) {
				best = l->ev[i];
				cc = d->events[l->ev[i]].dest;
			}
	}
	return cc;
}

static void
inherit_country(struct xdoc *d, struct xevent *e)
{
	long f = held_before(d, e, -1, 1);

	if (f >= 0) {
		memcpy(e->country, d->events[f].country, 3);
		e->why_country = "where its victims were held";
	}
}

/* Where the victims v[0..nv) were last held, from the events made so
 * far (at the time of an act, every one comes before it in the text):
 * the country the latest act that moved them sent them to ("forced to
 * return to China"), or that of the latest act that shows where they
 * were held (an arrest).  NULL if none; borrowed from d. */
static const char *
held_latest(const struct xdoc *d, const int *v, int nv)
{
	long best = -1;
	const char *cc = NULL;
	int a;
	size_t i;

	for (a = 0; a < nv; a++) {
		const struct xevlist *l = extract_events_of(d, v[a]);

		for (i = 0; l && i < l->n; i++) {
			const struct xevent *f = &d->events[l->ev[i]];

			if (l->ev[i] <= best)
				continue;
			if (f->dest[0])
				best = l->ev[i], cc = f->dest;
			else if (f->country[0] && holds_victims(d, f, 0))
				best = l->ev[i], cc = f->country;
		}
	}
	return cc;
}

/* The country of the place or the people at token j: "North Korea", "the
 * North", or a demonym before a word of the authority list ("North
 * Korean border guards"); NULL if neither. */
static const char *
receiver_at(const struct xdoc *d, size_t j, size_t s1)
{
	const struct lex_entry *e;
	size_t n, k;
	int ei = d->toks[j].ent;

	if (ei >= 0 && d->ents[ei].kind == ENT_PLACE && d->places[d->ents[ei].id].country[0])
		return d->places[d->ents[ei].id].country;
	if (!(e = extract_match(d, d->lx->demonyms, j, 3, &n)))
		return NULL;
	for (k = j + n; k < s1 && k < j + n + 3; k++)
		if (extract_evword(d, k, "authority"))
			return lex_get(d->lx->demonyms, e, "country");
	return NULL;
}

const char *
extract_act_dest(const struct xdoc *d, size_t t, size_t s1, const int *v, int nv)
{
	size_t k, j;
	const char *cc;
	int a;

	for (k = t + 1; k + 1 < s1 && k < t + 12; k++) {
		if (extract_tok_is(d, k, ";") || extract_is_relative(d, k) ||
		    !strcmp(extract_cue_kind(d, k), "speech"))
			break;
		if (!extract_tok_is(d, k, "to") && !extract_tok_is(d, k, "into"))
			continue;
		/* "to the North", "to the Chinese police" */
		for (j = k + 1; j < s1 && j < k + 3; j++) {
			if ((cc = receiver_at(d, j, s1)))
				return cc;
			if (!extract_evword(d, j, "determiner"))
				break;
		}
	}
	/* none named: home, the victims' own country */
	for (a = 0; a < nv; a++) {
		cc = v[a] >= 0 ? d->persons[v[a]].nationality : d->groups[-v[a] - 1].nationality;
		if (cc[0])
			return cc;
	}
	return NULL;
}

const char *
extract_act_actor(const struct xdoc *d, size_t s0, size_t s1, size_t t, int passive)
{
	return actor_country(d, t, s0, s1, passive);
}

void
extract_note_actor(struct xdoc *d, size_t s0, size_t s1, size_t t, const struct xevtype *how, int passive)
{
	const char *cc = actor_country(d, t, s0, s1, passive);
	size_t i = (size_t)(how - d->lx->types);

	if (cc && d->told && i < d->lx->ntypes)
		snprintf(d->told[i], 3, "%s", cc);
}

/* May an act of type how that sends its victims to dest (or NULL) have
 * happened in country cc? Not where it sends them, when how says not-to. */
static int
country_ok(const struct xevtype *how, const char *dest, const char *cc)
{
	return cc && cc[0] && !(how->not_to && dest && dest[0] && !strcmp(cc, dest));
}

const char *
extract_act_country(const struct xdoc *d, size_t s0, size_t s1, size_t t, const struct xevtype *how,
    int passive, const int *v, int nv, int *pidx, const char **why)
{
	static const char *const whys[] = { "the place of the act", "whoever acted",
	    "the place it sent them from", "whoever the story said would do it",
	    "where its victims were last held" };

	const char *dest = how->not_to ? extract_act_dest(d, t, s1, v, nv) : NULL, *cc = NULL;
	int pe = -1, i;

	*pidx = -1;
	for (i = 0; i < how->ncsrc; i++) {
		switch (how->csrc[i]) {
		case XCSRC_PLACE:
			/* "at the border" of the country it sends them to is
			 * not where it happened */
			pe = event_place(d, t, s0, s1, how->from_place);
			cc = pe >= 0 ? d->places[d->ents[pe].id].country : NULL;
			if (country_ok(how, dest, cc)) {
				*pidx = d->ents[pe].id;
				*why = whys[XCSRC_PLACE];
				return cc;
			}
			cc = territory_country(d, t, s1);
			break;
		case XCSRC_ACTOR:
			cc = actor_country(d, t, s0, s1, passive);
			break;
		case XCSRC_FROM:
			/* "deported from Laos to North Korea": from where it
			 * sent them */
			pe = from_place(d, t, s1);
			cc = pe >= 0 ? d->places[d->ents[pe].id].country : NULL;
			if (country_ok(how, dest, cc)) {
				*pidx = d->ents[pe].id;
				*why = whys[XCSRC_FROM];
				return cc;
			}
			break;
		case XCSRC_TOLD:
			/* "Seoul said it would send them back. ... were sent
			 * back on Friday": whoever the story said would do it */
			cc = d->told ? d->told[how - d->lx->types] : NULL;
			break;
		case XCSRC_HELD:
			cc = held_latest(d, v, nv);
			break;
		}
		if (country_ok(how, dest, cc)) {
			*why = whys[how->csrc[i]];
			return cc;
		}
	}
	return NULL;
}

void
extract_country_act(struct xdoc *d, struct xevent *e, const char *cc, int pidx, const struct xevtype *how,
    const char *dest, const char *why)
{
	if (!e->dest[0] && dest)
		snprintf(e->dest, 3, "%s", dest);
	if (!e->country[0] && how->held == XHELD_OVERRIDE)
		inherit_country(d, e);
	if (!e->country[0] && cc) {
		snprintf(e->country, 3, "%s", cc);
		e->why_country = why;
		if (pidx >= 0 && !e->place)
			e->place = xstrdup(d->places[pidx].name);
	}
}

/* The country the text names most often as a place, other than not
 * (a country code or ""): where the story is set; NULL if none is named
 * twice.  Borrowed from d. */
static const char *
story_setting(const struct xdoc *d, const char *not)
{
	const char *best = NULL;
	size_t i, j, n, bestn = 1;

	/* few places a document: quadratic in them, not in the text */
	for (i = 0; i < d->nplace && i < 64; i++) {
		const char *cc = d->places[i].country;

		if (!cc[0] || !strcmp(cc, not))
			continue;
		for (j = n = 0; j < d->nent; j++)
			if (d->ents[j].kind == ENT_PLACE && !strcmp(d->places[d->ents[j].id].country, cc))
				n++;
		if (n > bestn)
			bestn = n, best = cc;
	}
	return best;
}

void
extract_countries_unknown(struct xdoc *d)
{
	size_t i;
	int a;
	const char *cc;

	for (i = 0; i < d->nevent; i++) {
		struct xevent *e = &d->events[i];
		const struct xevtype *how = extract_type(d->lx, e->type);

		if (how->held == XHELD_OVERRIDE) {
			/* released from where they were held */
			char keep[3];

			memcpy(keep, e->country, 3);
			e->country[0] = 0;
			inherit_country(d, e);
			if (!e->country[0])
				memcpy(e->country, keep, 3);
		}
		if (!e->country[0] && how->victims_country) {
			for (a = 0; a < e->nvictims && !e->country[0]; a++) {
				const struct xperson *vp = e->victims[a] >= 0 ? &d->persons[e->victims[a]] : NULL;
				const char *nat = vp ? (vp->nationality[0] ? vp->nationality : vp->jp_name ? "JP" : "") :
				    d->groups[-e->victims[a] - 1].nationality;

				if (country_ok(how, e->dest, nat)) {
					snprintf(e->country, 3, "%s", nat);
					e->why_country = "the victims' nationality";
				}
			}
		}
		/* held where arrested; an abduction's country is where they
		 * were taken from */
		if (!e->country[0] && how->held != XHELD_NONE) {
			long f = held_before(d, e, (long)i, 0);
			const char *held = f >= 0 ? d->events[f].country : NULL;

			/* "caught in Russia, sent back to China, handed
			 * back to the North": held where the latest forced
			 * move after the arrest took them */
			if (f >= 0 && (cc = moved_since(d, e, f, (long)i)) != NULL)
				held = cc;
			if (held && country_ok(how, e->dest, held)) {
				snprintf(e->country, 3, "%s", held);
				e->why_country = "where its victims were held";
			}
		}
		if (!e->country[0] && how->default_cc[0] && country_ok(how, e->dest, how->default_cc))
			memcpy(e->country, how->default_cc, 3), e->cc_guess = 1, e->why_country = "its type's default";
		/* "sent back to North Korea" with no word of who sent them:
		 * not North Korea; nor "the forced return of 12 citizens", told
		 * with no destination, which in a story of North Korea is
		 * there */
		if (!e->country[0] && d->mentions_kp && how->default_story && country_ok(how, e->dest, "KP") &&
		    !(how->not_to && !e->dest[0]))
			snprintf(e->country, 3, "KP"), e->cc_guess = 1, e->why_country = "the story names North Korea";
		/* ... but the country the story is set in */
		if (!e->country[0] && how->default_story &&
		    (cc = story_setting(d, how->not_to && !e->dest[0] && d->mentions_kp ? "KP" : e->dest)))
			snprintf(e->country, 3, "%s", cc), e->cc_guess = 1,
			    e->why_country = "the country the story names most";
	}
}
