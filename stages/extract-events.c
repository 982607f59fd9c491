/*
 * extract-events.c: events, their victims, dates and countries.
 *
 * A trigger (triggers.tsv) in a sentence starts an event unless a negation
 * or a hypothetical cue (cues.tsv: not, denied, could, would, if, to
 * prevent) stands in the few words before it in the same clause, or an
 * infinitive "to" does.  The victims are, for a passive ("X was
 * arrested", "defectors held in Vietnam") or an intransitive trigger ("X
 * died"), the nearest person or group before the trigger; for an active
 * one ("police arrested X"), the nearest after it; with those joined to it
 * by "and".  Pronouns (he, they, "the defectors") stand for the latest
 * person or group before them.  No victim, no event.
 * The date is the date expression of the sentence nearest the trigger
 * (date.h resolves it against the publication date); the place the
 * nearest place after "in", "at" or "from"; failing that the country of
 * whoever acted ("Thai police", "North Korea sentenced"), the victims'
 * nationality for an abduction, the country of an earlier arrest of the
 * same victims, or North Korea when the article is about it.
 * The same act mentioned again (same type, a shared victim, compatible
 * dates) is one event.  Every scan is bounded by the sentence: linear.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "buf.h"
#include "hmap.h"
#include "extract-events.h"

/* A speech verb ("said", "announced") a few words before t, as in "said
 * it would", "announced Friday that he would". */
static int
reported(const struct xdoc *d, size_t t, size_t s0)
{
	size_t k;

	/* "has not said when she would": no decision is reported */
	for (k = 1; k <= 4 && t >= s0 + k; k++)
		if (!strcmp(extract_cue_kind(d, t - k), "speech"))
			return !(t >= s0 + k + 1 && !strcmp(extract_cue_kind(d, t - k - 1), "neg"));
	return 0;
}

/* Negated or hypothetical: a cue in the six words before t, same clause. */
static int
is_irrealis(const struct xdoc *d, size_t t, size_t s0)
{
	size_t k;

	if (t > s0 && extract_tok_is(d, t - 1, "to"))
		return 1;
	/* "known to have been detained": said of a kind, not an act */
	if (t > s0 + 2 && extract_tok_is(d, t - 1, "been") && extract_tok_is(d, t - 2, "have") &&
	    extract_tok_is(d, t - 3, "to"))
		return 1;
	/* "to be freed" is an aim; "allowed himself to be lured" happened;
	 * "believed to be held" is held, as those who know it say */
	if (t > s0 + 1 && extract_tok_is(d, t - 1, "be") && extract_tok_is(d, t - 2, "to"))
		return !(t > s0 + 2 && (extract_evword(d, t - 3, "reflexive") ||
		    extract_evword(d, t - 3, "belief")));
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
			return !(at > s0 && extract_evword(d, at - 1, "cause"));
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

/* A participle right after a mention and a comma: "Kim, captured by the
 * North in 1951, ...", "the defectors, held in Laos since May"; also
 * after the mention's apposition: "Kim of Dayton, Ohio, captured ...",
 * "Kim, 48, from Dandong, detained ...". */
static int
participle_after(const struct xdoc *d, size_t t, size_t s0, const size_t *ent_end)
{
	const struct xtok *k = &d->toks[t];
	size_t j;

	if (t < s0 + 2 || !extract_tok_is(d, t - 1, ",") || k->e - k->s <= 3 ||
	    (strncmp(d->text + k->e - 2, "ed", 2) && !extract_evword(d, t, "participle")))
		return 0;
	for (j = t - 1; j > s0 && j + 8 > t; j--) {
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

/* "He was charged with ... and convicted": a verb joined by "and" to an
 * earlier passive of the sentence shares its subject. */
static int
coordinated_passive(const struct xdoc *d, size_t t, size_t s0)
{
	size_t k;

	if (t < s0 + 2 || !extract_tok_is(d, t - 1, "and"))
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

/* Mentions ending at or before token t in the sentence, nearest first. */
static int
victims_before(const struct xdoc *d, size_t t, size_t s0, const size_t *ent_end, int *out)
{
	long k;
	int n = 0;
	size_t near_end;

	for (k = (long)t - 1; k >= (long)s0 && n == 0; k--) {
		size_t ei = ent_end[k];

		if (ei == (size_t)-1 || !victim_ok(d, &d->ents[ei]))
			continue;
		if (d->ents[ei].t0 > s0 && extract_tok_is(d, d->ents[ei].t0 - 1, "by"))
			continue;
		ei = appositive_head(d, ei, t, s0, ent_end);
		if (ei == (size_t)-1)
			return 0;
		near_end = d->ents[ei].t1;
		out[n++] = d->ents[ei].ref;
		/* "A and B", "A, B and C" */
		k = (long)d->ents[ei].t0;
		while (n < XEV_MAXV && k - 2 >= (long)s0 &&
		    (extract_tok_is(d, (size_t)k - 1, "and") || extract_tok_is(d, (size_t)k - 1, ",")) &&
		    ent_end[k - 2] != (size_t)-1 && victim_ok(d, &d->ents[ent_end[k - 2]])) {
			ei = ent_end[k - 2];
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

static int
victims_after(const struct xdoc *d, size_t t, size_t s1, int *out)
{
	size_t k;
	int n = 0;

	for (k = t; k < s1 && k < t + 14; k++) {
		int ei = d->toks[k].ent;

		/* a full stop inside the sentence is an abbreviation's ("Ms.") */
		if (extract_tok_is(d, k, ";") || !strcmp(extract_cue_kind(d, k), "speech") ||
		    (!strcmp(extract_cue_kind(d, k), "clause") && !extract_tok_is(d, k, "and")))
			break;
		/* "released footage of X", "held talks with X": the object
		 * is something else */
		if (k > t && ei < 0 && (extract_is_prep(d, k) || extract_evword(d, k, "object-prep")) &&
		    !extract_tok_is(d, k, "by") && !extract_evword(d, k - 1, "collective") &&
		    !partitive(d, k))
			break;
		if (ei < 0 || !victim_ok(d, &d->ents[ei]))
			continue;
		if (k > t && extract_tok_is(d, k - 1, "by"))
			continue;
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

static int
opening_clause_subject(const struct xdoc *d, size_t t, size_t s0, size_t s1, int *v)
{
	size_t k, c;

	s0 = extract_after_dateline(d, s0, s1);
	if (t < s0 || (t != s0 && !extract_evword(d, s0, "opener")))
		return 0;
	for (k = s0; k < t; k++)
		if (d->toks[k].ent >= 0 || extract_tok_is(d, k, ","))
			return 0;
	for (c = t + 1; c < s1 && !extract_tok_is(d, c, ","); c++)
		if (d->toks[c].ent >= 0 && d->ents[d->toks[c].ent].kind != ENT_PLACE)
			return 0;
	for (k = c + 1; k < s1 && k < c + 8; k++) {
		int ei = d->toks[k].ent;

		if (ei >= 0)
			return victim_ok(d, &d->ents[ei]) ? victims_after(d, k, s1, v) : 0;
		if (extract_punct_break(d, k) || extract_is_trigger(d, k) || *extract_cue_kind(d, k))
			return 0;
	}
	return 0;
}

static int
defection_context(const struct xdoc *d, size_t s0, size_t s1, int path)
{
	size_t t;

	/* "He crossed into China in 2008" in a story about North Korea */
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
	 * leave", "trying to flee": an attempt, not a trial */
	if (t + n < s1 && (extract_tok_is(d, t + n, "that") ||
	    (extract_type(d->lx, tr->type)->attempt_to && tr->infl != INFL_BASE &&
	    extract_tok_is(d, t + n, "to"))))
		return 0;
	/* "a death sentence", "the release date": a noun that qualifies
	 * the next one is not an act of its own */
	if (!strcmp(tr->form, "noun") && t + n < s1 && !(d->toks[t + n].flags & TOK_CAP) &&
	    extract_is_trigger(d, t + n))
		return 0;
	return 1;
}

/* "the 13 Japanese North Korea has admitted kidnapping.": a verb with no
 * object, its victim named before it. */
static int
object_gap(const struct xdoc *d, size_t after, size_t s1)
{
	return after >= s1 || extract_tok_is(d, after, ".") || extract_tok_is(d, after, ";") ||
	    extract_tok_is(d, after, ",");
}

void
extract_events(struct xdoc *d)
{
	size_t si, t, i, *ent_end;
	unsigned char *sent_has_event;
	long last_dated = -1;

	extract_resolve_pronouns(d);
	d->last_ev = -1;
	d->nevby = d->nperson + d->ngroup;
	d->evby = xcalloc(d->nevby + 1, sizeof(*d->evby));
	ent_end = xmalloc((d->ntok + 1) * sizeof(*ent_end));
	for (t = 0; t <= d->ntok; t++)
		ent_end[t] = (size_t)-1;
	for (i = 0; i < d->nent; i++)
		ent_end[d->ents[i].t1 - 1] = i;

	for (si = 0; si < d->nsent; si++) {
		size_t s0 = d->sents[si].t0, s1 = d->sents[si].t1, nd, n, k, nverb;
		struct xtrig tr;
		size_t trig[32], ntr, owner[XDATE_MAX];
		int trig_speech[32];
		int sent_ev;
		size_t unreal_tok = (size_t)-1;	/* the latest trigger found unreal */
		struct sdate dates[XDATE_MAX];

		nd = extract_sentence_dates(d, si, dates);

		sent_ev = -1;
		/* Each date belongs to the trigger nearest to it. */
		ntr = 0;
		nverb = 0;
		for (t = s0; t < s1 && ntr < 32; t++)
			if (trigger_at(d, t, s0, s1, &tr)) {
				n = tr.n;
				/* "after six months' detention": a noun claims no date
				 * from a verb of its sentence */
				if (strcmp(tr.form, "noun")) {
					trig_speech[ntr] = 0;
					trig[ntr++] = d->toks[t].s;
					nverb++;
				}
				t += n - 1;
			} else if (!strcmp(extract_cue_kind(d, t), "speech")) {
				/* "..., a group said on Saturday": the date of the saying */
				trig_speech[ntr] = 1;
				trig[ntr++] = d->toks[t].s;
			}
		for (k = 0; k < nd; k++) {
			size_t j, bdist = (size_t)-1;

			owner[k] = (size_t)-1;
			/* "In 2023, she tried to flee but was caught": a date
			 * that opens the sentence is every act's of it */
			if (extract_opening_date(d, &dates[k], s0, s1)) {
				owner[k] = OWNER_ALL;
				continue;
			}
			for (j = 0; j < ntr; j++) {
				size_t dist = extract_date_distance(d, &dates[k], trig[j], s0, s1);

				if (dist < bdist) {
					bdist = dist;
					owner[k] = trig[j];
				}
			}
		}

		for (t = s0; t < s1; t++) {
			const char *type, *form, *cc = NULL;
			const struct xevtype *how;
			int v[XEV_MAXV], nv = 0, passive, dbest, pidx, fb;
			char inherit_date[DATE_FORMAT_MAX] = "";
			const char *why;
			char dstr[DATE_FORMAT_MAX];
			struct xevent *e;

			if (!trigger_at(d, t, s0, s1, &tr))
				continue;
			n = tr.n;
			type = tr.type;
			form = tr.form;
			/* "if she was ever tried or convicted": a verb
			 * joined by "or"/"and" to an unreal one is unreal too */
			if (is_irrealis(d, t, s0) || (!strcmp(form, "noun") && purpose_before(d, t, s0, type)) ||
			    (unreal_tok != (size_t)-1 && t >= s0 + 1 && unreal_tok + 6 > t &&
			    (extract_tok_is(d, t - 1, "or") || extract_tok_is(d, t - 1, "and")))) {
				unreal_tok = t;
				continue;
			}
			/* "convicted" with no term named: a verdict (a trial) */
			how = extract_type(d->lx, type);
			if (how->np_word[0] && extract_tok_is(d, t, how->np_word) && !penalty_in(d, s0, s1))
				type = how->np_type;
			how = extract_type(d->lx, type);
			passive = is_passive(d, t, s0) ||
			    (t > s0 && ent_end[t - 1] != (size_t)-1 && strcmp(form, "noun") &&
			    victim_ok(d, &d->ents[ent_end[t - 1]]) && !object_follows(d, t + n, s1) &&
			    !extract_evword(d, t - 1, "subject-pronoun")) ||
			    (!strcmp(form, "trans") && participle_after(d, t, s0, ent_end) &&
			    !object_follows(d, t + n, s1)) ||
			    (!strcmp(form, "trans") && agent_follows(d, t + n, s1));
			why = "";
			if (!strcmp(form, "noun")) {
				nv = noun_victims(d, t, n, s0, s1, ent_end, v);
				why = "noun: of, possessive or light verb";
				/* "convicted and sentenced in a one-hour trial" */
				if (!nv && sent_ev >= 0) {
					why = "noun: the victims of the sentence's act before";
					const struct xevent *pe = &d->events[sent_ev];

					for (nv = 0; nv < pe->nvictims; nv++)
						v[nv] = pe->victims[nv];
					/* held the same day; a detention, though, began before */
					if (how->same_day)
						snprintf(inherit_date, sizeof(inherit_date), "%s", pe->date);
				}
			} else if (!strcmp(form, "allow")) {
				/* "allowed X to return", "X was allowed to leave" */
				size_t at;

				if (passive)
					nv = 0;
				else if ((nv = victims_after(d, t + n, s1, v)) > 0) {
					why = "allowed to return: the object";
					for (at = t + n; at < s1 && at < t + n + 12; at++)
						if (extract_tok_is(d, at, "to"))
							break;
					if (!(at + 1 < s1 && extract_evword(d, at + 1, "goal")))
						nv = 0;
				}
			} else if (passive || !strcmp(form, "intrans")) {
				nv = victims_before(d, t, s0, ent_end, v);
				why = passive ? "passive: the subject" : "intransitive: the subject";
			} else if ((nv = victims_after(d, t + n, s1, v)) == 0 && (coordinated_passive(d, t, s0) ||
			    object_gap(d, t + n, s1))) {
				nv = victims_before(d, t, s0, ent_end, v);
				why = "active with no object: the subject";
			} else
				why = "active: the object";
			if (nv == 0 && strcmp(form, "noun")) {
				nv = opening_clause_subject(d, t, s0, s1, v);
				why = "opening clause: the main clause's subject";
			}
			/* "soldiers whom they kidnapped": the object is the
			 * relative pronoun's antecedent */
			if (nv == 0 && !strcmp(form, "trans") && t >= s0 + 3 &&
			    extract_evword(d, t - 1, "subject-pronoun") && extract_is_relative(d, t - 2)) {
				nv = victims_before(d, t - 2, s0, ent_end, v);
				why = "object relative: the antecedent";
			}
			/* fled / escaped: leaving North Korea, not any flight; or
			 * the escape of someone already known to have fled */
			if (nv && tr.needs_kp && !defection_context(d, s0, s1, tr.path) &&
			    !extract_has_event(d, tr.type, v, nv))
				nv = 0;
			if (nv == 0) {
				t += n - 1;
				continue;
			}
			/* date: the nearest expression in the sentence; one owned
			 * by a speech verb ("announced Friday that he would be
			 * freed") only if the act gets no other date */
			dbest = -1;
			fb = -1;
			for (k = 0; k < nd && ntr > 1; k++) {
				size_t j;

				for (j = 0; j < ntr; j++)
					if (owner[k] == trig[j] && trig_speech[j] && fb < 0 &&
					    (trig[j] > d->toks[t].s ? trig[j] - d->toks[t].s : d->toks[t].s - trig[j]) < 120)
						fb = (int)k;
			}
			if (nd && !(nverb && !strcmp(form, "noun"))) {
				size_t bd = (size_t)-1, tb = d->toks[t].s;

				for (k = 0; k < nd; k++) {
					size_t dist = extract_date_distance(d, &dates[k], tb, s0, s1);

					if ((owner[k] != tb && owner[k] != OWNER_ALL && ntr > 1) ||
					    (dates[k].s > tb && extract_relative_between(d, t, s1, dates[k].s)) ||
					    (dates[k].s > tb && extract_subclause_between(d, t, s1, dates[k].s)) ||
					    (dates[k].s < tb && extract_in_relative_before(d, s0, t, dates[k].s)))
						continue;

					if (dist < bd) {
						bd = dist;
						dbest = (int)k;
					}
				}
				if (bd >= 200)
					dbest = -1;
			}
			snprintf(dstr, sizeof(dstr), "%s", inherit_date);
			if (dbest >= 0)
				date_format(&dates[dbest].v, dstr, sizeof(dstr));
			/* where: a place of the sentence, or who acted */
			{
				int pe = extract_event_place(d, t, s0, s1, how->from_place);

				pidx = -1;
				if (how->actor_first)
					cc = extract_actor_country(d, t, s0, s1, passive);
				if (!cc && pe >= 0) {
					cc = d->places[d->ents[pe].id].country;
					pidx = d->ents[pe].id;
				}
				/* the abductors' country is not where they struck */
				if (!cc && how->actor_after)
					cc = extract_actor_country(d, t, s0, s1, passive);
			}
			e = extract_add_event(d, type, si, v, nv, dstr, cc);
			sent_ev = (int)(e - d->events);
			if (!e->trig_file) {
				e->tok = t;
				e->trig_file = tr.file;
				e->trig_line = tr.line;
				e->why_victims = why;
			}
			if (!e->date[0] && dbest < 0 && dstr[0]) {
				snprintf(e->date, sizeof(e->date), "%s", dstr);
				e->why_date = "the date of the act before, the same day";
			}
			/* "last week" then "on Nov 12": the more precise date wins */
			if (e->date[0] && dbest >= 0 && strlen(dstr) > strlen(e->date) &&
			    !strncmp(dstr, e->date, strlen(e->date)) && !strchr(e->date, '/'))
				e->date[0] = 0;
			if (!e->date[0] && dbest >= 0) {
				snprintf(e->date, sizeof(e->date), "%s", dstr);
				e->why_date = "the nearest date of its sentence";
				free(e->date_text);
				e->date_text = xstrndup(d->text + dates[dbest].s,
				    dates[dbest].e - dates[dbest].s);
			}
			/* "admitted in 2002 that it had kidnapped": before the
			 * saying; but "said on Friday it had freed" is news, the
			 * saying the week of the report, and dates the act */
			if (dbest < 0 && fb >= 0 && !e->fb_date[0] &&
			    (!extract_past_perfect(d, t, s0) || extract_news_of_the_week(d, &dates[fb].v)))
				date_format(&dates[fb].v, e->fb_date, sizeof(e->fb_date));
			/* released, sent back or dead just now: the publication's
			 * month */
			if (dbest < 0 && !e->fb_date[0] && d->pub.prec >= DATE_PREC_MONTH &&
			    extract_present_perfect(d, t, s0) && !extract_since_after(d, t, s1) && how->just_now)
				snprintf(e->fb_date, sizeof(e->fb_date), "%04d-%02d", d->pub.year,
				    d->pub.month);
			e->dead = 0;
			if (!e->country[0] && how->held == XHELD_OVERRIDE)
				extract_inherit_country(d, e);
			if (!e->country[0] && cc) {
				snprintf(e->country, 3, "%s", cc);
				if (pidx >= 0 && !e->place)
					e->place = xstrdup(d->places[pidx].name);
			}
			/* "four others were also arrested": at the same time */
			if (!e->date[0] && dbest < 0 && t >= s0 + 2 && (extract_evword(d, t - 1, "same-time") ||
			    extract_evword(d, t - 2, "same-time")))
				extract_same_time_as_before(d, e);
			if (e->date[0] && !e->why_date)
				e->why_date = "also: the time of the act before";
			t += n - 1;
		}
	}
	free(ent_end);

	for (i = 0; i < d->nevent; i++)
		if (extract_type(d->lx, d->events[i].type)->custody == XCUSTODY_END)
			extract_date_by_custody(d, &d->events[i]);

	/* Dates from elsewhere, countries still unknown, and the victims'
	 * roles and status. */
	sent_has_event = xcalloc(d->nsent + 1, 1);
	for (i = 0; i < d->nevent; i++)
		sent_has_event[d->events[i].sent] = 1;
	for (i = 0; i < d->nevent; i++) {
		struct xevent *e = &d->events[i];
		const struct xevtype *how = extract_type(d->lx, e->type);
		int a;

		if (e->date[0] && !e->why_date)
			e->why_date = "a span from another act (after six months' detention)";
		if (!e->date[0]) {
			extract_date_by_later(d, e, last_dated);
			if (e->date[0])
				e->why_date = "a time told from the one before (two months later, that night)";
		}
		if (!e->date[0]) {
			extract_date_from_context(d, e, sent_has_event);
			if (e->date[0])
				e->why_date = "the latest date of the sentences before";
		}
		if (!e->date[0] && e->fb_date[0]) {
			snprintf(e->date, sizeof(e->date), "%s", e->fb_date);
			e->why_date = "the date of the saying or of the report";
		}
		if (!e->date[0])
			e->why_date = "none found";
		if (e->date[0])
			last_dated = (long)i;

		if (how->held == XHELD_OVERRIDE) {
			/* released from where they were held */
			char keep[3];

			memcpy(keep, e->country, 3);
			e->country[0] = 0;
			extract_inherit_country(d, e);
			if (!e->country[0])
				memcpy(e->country, keep, 3);
		}
		if (!e->country[0] && how->victims_country) {
			for (a = 0; a < e->nvictims && !e->country[0]; a++) {
				const struct xperson *vp = e->victims[a] >= 0 ? &d->persons[e->victims[a]] : NULL;
				const char *nat = vp ? (vp->nationality[0] ? vp->nationality : vp->jp_name ? "JP" : "") :
				    d->groups[-e->victims[a] - 1].nationality;

				snprintf(e->country, 3, "%s", nat);
			}
		}
		/* held where arrested; an abduction's country is where they
		 * were taken from */
		if (!e->country[0] && how->held != XHELD_NONE) {
			long f = extract_held_before(d, e, (long)i, 0);

			if (f >= 0)
				memcpy(e->country, d->events[f].country, 3);
		}
		if (!e->country[0] && how->default_cc[0])
			memcpy(e->country, how->default_cc, 3);
		if (!e->country[0] && d->mentions_kp && how->default_story)
			snprintf(e->country, 3, "KP");
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

	free(sent_has_event);
	extract_link_groups(d);
	extract_merge_repeated_acts(d);
}

void
extract_trace(const struct xdoc *d, FILE *fp)
{
	size_t i;

	for (i = 0; i < d->nevent; i++) {
		const struct xevent *e = &d->events[i];

		fprintf(fp, "captive-extract: trace: %s: %s %s (%s): trigger %s:%u; victims: %s; "
		    "date: %s; country %s\n", d->docid, e->id[0] ? e->id : "event", e->type,
		    e->date[0] ? e->date : "no date", e->trig_file ? e->trig_file : "-", e->trig_line,
		    e->why_victims ? e->why_victims : "-", e->why_date ? e->why_date : "-",
		    e->country[0] ? e->country : "unknown");
	}
}
