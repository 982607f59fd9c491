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
#include "extract.h"

#define XDATE_MAX 8

struct sdate {
	size_t s, e;		/* bytes */
	struct date v;
};

static const char *
cue_kind(const struct xdoc *d, size_t t)
{
	const struct lex_entry *e = extract_tok_lex(d, d->lx->cues, t);

	return e ? lex_get(d->lx->cues, e, "kind") : "";
}

static int
is_punct_break(const struct xdoc *d, size_t t)
{
	return !(d->toks[t].flags & TOK_WORD) && !extract_tok_is(d, t, "-") &&
	    !extract_tok_is(d, t, "'s") && !extract_tok_is(d, t, "\xe2\x80\x99s");
}

static const char *cue_kind(const struct xdoc *d, size_t t);

/* A speech verb ("said", "announced") a few words before t, as in "said
 * it would", "announced Friday that he would". */
static int
reported(const struct xdoc *d, size_t t, size_t s0)
{
	size_t k;

	/* "has not said when she would": no decision is reported */
	for (k = 1; k <= 4 && t >= s0 + k; k++)
		if (!strcmp(cue_kind(d, t - k), "speech"))
			return !(t >= s0 + k + 1 && !strcmp(cue_kind(d, t - k - 1), "neg"));
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

		if (is_punct_break(d, at))
			break;
		c = cue_kind(d, at);
		/* "announced that he would be freed", "said it would expel":
		 * a decision reported, not a supposition */
		if ((extract_tok_is(d, at, "would") || extract_tok_is(d, at, "will")) &&
		    reported(d, at, s0))
			continue;
		if (!strcmp(c, "neg") || !strcmp(c, "hypo"))
			return 1;
		/* "is about to be freed" */
		if (extract_tok_is(d, at, "about") && at > s0 && !strcmp(cue_kind(d, at - 1), "aux") &&
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

		if (is_punct_break(d, at))
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

		if (!strcmp(cue_kind(d, at), "aux"))
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
		if (!strcmp(cue_kind(d, k), "aux"))
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

/* Mentions ending at or before token t in the sentence, nearest first. */
static int relative_between(const struct xdoc *d, size_t t, size_t s1, size_t pos);

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
		    trigger_among(d, s0, (size_t)k - 1) && !relative_between(d, near_end - 1, t, d->toks[t].s)) {
			n = 0;
			continue;
		}
		break;
	}
	return n;
}

static int is_prep(const struct xdoc *d, size_t t);

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
		if (extract_tok_is(d, k, ";") || !strcmp(cue_kind(d, k), "speech") ||
		    (!strcmp(cue_kind(d, k), "clause") && !extract_tok_is(d, k, "and")))
			break;
		/* "released footage of X", "held talks with X": the object
		 * is something else */
		if (k > t && ei < 0 && (is_prep(d, k) || extract_evword(d, k, "object-prep")) &&
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
		if (is_punct_break(d, k - 1) || extract_is_trigger(d, k - 1))
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
 * Where the sentence proper starts: after a dateline that opens it
 * ("SEOUL, April 2, 2019 (Agency) -- Since ..."): a dash in its first
 * words after a closing bracket, a number or an all-capital first word.
 */
static size_t
after_dateline(const struct xdoc *d, size_t s0, size_t s1)
{
	size_t k;

	for (k = s0 + 1; k < s1 && k < s0 + 16; k++)
		if (extract_tok_is(d, k, "-") || extract_tok_is(d, k, "\xe2\x80\x94") ||
		    extract_tok_is(d, k, "\xe2\x80\x93")) {
			if (!extract_tok_is(d, k - 1, ")") && !(d->toks[k - 1].flags & TOK_NUM) &&
			    !(d->toks[s0].flags & TOK_UPPER) && !extract_tok_is(d, k - 1, "-"))
				return s0;
			while (k + 1 < s1 && (extract_tok_is(d, k + 1, "-") ||
			    extract_tok_is(d, k + 1, "\xe2\x80\x94")))
				k++;
			return k + 1 < s1 ? k + 1 : s0;
		}
	return s0;
}

static int
opening_clause_subject(const struct xdoc *d, size_t t, size_t s0, size_t s1, int *v)
{
	size_t k, c;

	s0 = after_dateline(d, s0, s1);
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
		if (is_punct_break(d, k) || extract_is_trigger(d, k) || *cue_kind(d, k))
			return 0;
	}
	return 0;
}

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

/* The country of whoever acts before t: "Thai police", "North Korea",
 * "the Lao authorities".  Also after "by" following t. */
static const char *
actor_country(const struct xdoc *d, size_t t, size_t s0, size_t s1, int passive)
{
	size_t k, n;
	const struct lex_entry *e;

	if (passive) {
		for (k = t; k < s1 && k < t + 6; k++)
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
		if ((e = extract_match(d, d->lx->demonyms, at, 3, &n)))
			return lex_get(d->lx->demonyms, e, "country");
		if (is_punct_break(d, at))
			break;
	}
	return NULL;
}

/* A preposition that starts another phrase ("from China" after "in late
 * November"): the look-back for "in" stops there. */
static int
is_prep(const struct xdoc *d, size_t t)
{
	return extract_evword(d, t, "prep");
}

/* "expel X, a soldier who crossed into the country in July": a date
 * after a relative pronoun that follows the trigger is the clause's. */
static int
is_relative(const struct xdoc *d, size_t k)
{
	return extract_evword(d, k, "relative");
}

/* A verb in the past at k that is no trigger: "came", "walked". */
static int
past_verb(const struct xdoc *d, size_t k)
{
	char lem[6][XLEMMA_MAX];
	const struct xtok *w = &d->toks[k];
	enum xinfl infl;

	if (!(w->flags & TOK_WORD) || (w->flags & (TOK_CAP | TOK_NUM)) || extract_is_trigger(d, k))
		return 0;
	extract_lemmas(d->lx, d->text + w->s, w->e - w->s, lem, 6, &infl);
	return infl == INFL_PAST && !extract_evword(d, k - 1, "determiner");
}

/* "have been executed since 2011": a count over a span, no news */
static int
since_after(const struct xdoc *d, size_t t, size_t s1)
{
	size_t k;

	for (k = t + 1; k < s1 && k < t + 8; k++)
		if (extract_tok_is(d, k, "since"))
			return 1;
	return 0;
}

/* "executed since Kim came to power in 2011": between trigger t and the
 * date at byte pos, a clause of a span's bound opens ("since", "until")
 * with a verb of its own; the date is that clause's, no time of the act
 * (a "when" clause's is: "arrested when he crossed in 2011"). */
static int
subclause_between(const struct xdoc *d, size_t t, size_t s1, size_t pos)
{
	size_t k, j;

	for (k = t + 1; k < s1 && d->toks[k].s < pos; k++)
		if (extract_tok_is(d, k, "since") || extract_tok_is(d, k, "until"))
			for (j = k + 1; j < s1 && d->toks[j].s < pos; j++)
				if (past_verb(d, j))
					return 1;
	return 0;
}

/* Does a relative clause open after token t and still run at byte pos?
 * A comma closes it: "lured from X, where he studied, to Y in 1985". */
static int
relative_between(const struct xdoc *d, size_t t, size_t s1, size_t pos)
{
	size_t k;
	int open = 0;

	for (k = t + 1; k < s1 && d->toks[k].s < pos; k++)
		if (is_relative(d, k))
			open = 1;
		else if (extract_tok_is(d, k, ","))
			open = 0;
	return open;
}

/* "A fisherman who drifted into the North in August was sent back": the
 * date at byte pos, before trigger t, sits in a relative clause still open
 * when the trigger comes, so it is that clause's. */
static int
in_relative_before(const struct xdoc *d, size_t s0, size_t t, size_t pos)
{
	size_t k;
	int open = 0;

	for (k = s0; k < t; k++) {
		if (d->toks[k].s >= pos)
			return open && !extract_tok_is(d, t - 1, ",");
		if (is_relative(d, k))
			open = 1;
		else if (extract_tok_is(d, k, ","))
			open = 0;
	}
	return 0;
}

/* Between tokens a and b a relative clause or a speaker begins: "arrived
 * in Los Angeles, where ... since they were arrested", "died ..., said
 * the envoy at the UN in Geneva".  A place across it is another act's. */
static int
other_clause(const struct xdoc *d, size_t a, size_t b)
{
	size_t k;

	for (k = a + 1; k < b; k++)
		if (!strcmp(cue_kind(d, k), "speech"))
			return 1;
	return relative_between(d, a, b, d->toks[b].s);
}

/* Between trigger t and token k, a verb of another act: a past tense
 * or an -ing form that starts no event ("and spent months hiding in"). */
static int
verb_between(const struct xdoc *d, size_t t, size_t k)
{
	size_t j;
	struct xtrig tr;

	if (!extract_trigger(d, t, &tr))
		return 0;
	for (j = t + tr.n; j < k; j++) {
		const struct xtok *w = &d->toks[j];

		if (past_verb(d, j))
			return 1;
		if ((w->flags & TOK_WORD) && !(w->flags & TOK_CAP) && w->e - w->s > 5 &&
		    !strncmp(d->text + w->e - 3, "ing", 3) && !extract_is_trigger(d, j) &&
		    !extract_evword(d, j - 1, "determiner") && !extract_evword(d, j - 1, "prep"))
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
		if (is_relative(d, j))
			open = 1, verb = 0;
		else if (extract_tok_is(d, j, ","))
			open = 0;
		else if (open && past_verb(d, j))
			verb = 1;
	if (!open)
		return 0;
	/* "a woman who spent her childhood in Osaka has been arrested":
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
	size_t bestd = (size_t)-1;

	for (k = s0; k < s1; k++) {
		int ei = d->toks[k].ent;
		size_t p, dist;
		int ok = 0;

		if (ei < 0 || d->ents[ei].kind != ENT_PLACE || !d->places[d->ents[ei].id].country[0])
			continue;
		for (p = k; p > s0 && p + 6 > k; p--) {
			size_t at = p - 1;

			if (extract_tok_is(d, at, "in") || extract_tok_is(d, at, "at") ||
			    extract_tok_is(d, at, "inside") || extract_tok_is(d, at, "near") ||
			    (from_ok && k > t && extract_tok_is(d, at, "from"))) {
				ok = 1;
				break;
			}
			if (!(d->toks[at].flags & TOK_WORD) || (d->toks[at].flags & TOK_NUM) ||
			    is_prep(d, at) || extract_is_trigger(d, at))
				break;
		}
		/* "released ... ahead of the summit in Singapore": too far
		 * from the act to be its place; "left the North and hid in
		 * China", "X, who runs a firm in Osaka, was detained": another
		 * verb's */
		if (!ok || other_clause(d, k < t ? k : t, k < t ? t : k) ||
		    (k > t && verb_between(d, t, k)) || (k < t && closed_relative(d, s0, k, t)) ||
		    (k > t && k - t > 12) || (k < t && t - k > 10))
			continue;
		dist = k > t ? k - t : t - k;
		if (dist < bestd) {
			bestd = dist;
			best = ei;
		}
	}
	return best;
}

static int
compatible_dates(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);

	if (!la || !lb)
		return 1;
	return strncmp(a, b, la < lb ? la : lb) == 0;
}

/* The events of victim v (a person, or -(g + 1) for group g). */
static struct xevlist *
events_of(const struct xdoc *d, int v)
{
	size_t k = v >= 0 ? (size_t)v : d->nperson + (size_t)(-v - 1);

	return k < d->nevby ? &d->evby[k] : NULL;
}

static void
index_victim(struct xdoc *d, int ev, int v)
{
	struct xevlist *l = events_of(d, v);

	if (!l)
		return;
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 4;
		l->ev = xrealloc(l->ev, l->cap * sizeof(*l->ev));
	}
	l->ev[l->n++] = ev;
}

/* Add victim v to event ev unless it is there. */
static void
add_victim(struct xdoc *d, int ev, int v)
{
	struct xevent *e = &d->events[ev];
	int a;

	for (a = 0; a < e->nvictims; a++)
		if (e->victims[a] == v)
			return;
	if (e->nvictims < XEV_MAXV) {
		e->victims[e->nvictims++] = v;
		index_victim(d, ev, v);
	}
}

/* Can an act of type, date and country in sentence sent be the same as
 * event i? */
static int
same_act(const struct xdoc *d, size_t i, const char *type, size_t sent, const char *date,
    const char *cc)
{
	const struct xevent *e = &d->events[i];

	if (strcmp(e->type, type) != 0 || !compatible_dates(e->date, date))
		return 0;
	/* in two countries: two acts */
	if (cc && e->country[0] && strcmp(cc, e->country))
		return 0;
	/* "captured ..., escaped ... but was arrested": another act in
	 * between makes a second arrest */
	if (e->sent == sent && d->last_ev >= 0 && d->last_ev != (int)i &&
	    d->events[d->last_ev].sent == sent && strcmp(d->events[d->last_ev].type, type))
		return 0;
	return 1;
}

/* A new event, or the earliest one of the same act (same type, a shared
 * victim, compatible date and country), found through the victims'
 * events. */
static struct xevent *
add_event(struct xdoc *d, const char *type, size_t sent, const int *v, int nv, const char *date,
    const char *cc)
{
	long best = -1;
	size_t i;
	int b;
	struct xevent *e;

	for (b = 0; b < nv; b++) {
		const struct xevlist *l = events_of(d, v[b]);

		for (i = 0; l && i < l->n; i++)
			if ((best < 0 || l->ev[i] < best) && same_act(d, (size_t)l->ev[i], type, sent, date, cc))
				best = l->ev[i];
	}
	if (best >= 0) {
		for (b = 0; b < nv; b++)
			add_victim(d, (int)best, v[b]);
		e = &d->events[best];
		e->dead = -1;	/* marks "merged": the caller fills only what is missing */
		d->last_ev = (int)best;
		return e;
	}
	if (d->nevent == d->cevent) {
		d->cevent = d->cevent ? d->cevent * 2 : 16;
		d->events = xrealloc(d->events, d->cevent * sizeof(*d->events));
	}
	e = &d->events[d->nevent++];
	memset(e, 0, sizeof(*e));
	snprintf(e->type, sizeof(e->type), "%s", type);
	e->sent = sent;
	e->perp = NOREF;
	e->perp_org = -1;
	d->last_ev = (int)d->nevent - 1;
	for (b = 0; b < nv; b++)
		add_victim(d, d->last_ev, v[b]);
	return e;
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

static int
is_citation(const struct xdoc *d, size_t s)
{
	/* "(Kim, 2023)": a reference, not a date of the text */
	size_t i = s;

	while (i > 0 && d->text[i - 1] == ' ')
		i--;
	return i > 0 && d->text[i - 1] == ',' && i >= 3 && memchr(d->text + (i > 40 ? i - 40 : 0), '(',
	    i - (i > 40 ? i - 40 : 0)) != NULL && (s + 5 <= d->len && d->text[s + 4] == ')');
}

/*
 * "two detained U.S. journalists ... Laura Smith, 32, and Jane Doe, 36":
 * a group of n (2 to 5) whose n members are named together later, as a
 * list of exactly n persons in one sentence, stands for them: they become
 * victims of the group's events.
 */
static void
link_groups(struct xdoc *d)
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
					d->persons[named[a]].roles |= !strcmp(e->type, "defection") ?
					    ROLE_DEFECTOR : ROLE_VICTIM;
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
static void
merge_repeated_acts(struct xdoc *d)
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
			if (f && f->sent != e->sent && compatible_dates(f->date, e->date) &&
			    (!f->country[0] || !e->country[0] || !strcmp(f->country, e->country)))
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
			if (!into->country[0])
				memcpy(into->country, e->country, sizeof(into->country));
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
	    (!strcmp(tr->type, "trial") && tr->infl != INFL_BASE && extract_tok_is(d, t + n, "to"))))
		return 0;
	/* "a death sentence", "the release date": a noun that qualifies
	 * the next one is not an act of its own */
	if (!strcmp(tr->form, "noun") && t + n < s1 && !(d->toks[t + n].flags & TOK_CAP) &&
	    extract_is_trigger(d, t + n))
		return 0;
	return 1;
}

/* The country of an earlier arrest or sentence of a victim: where they
 * were held.  Not an abduction's: that is where they were taken from. */
/* The earliest event before limit (an index; -1: any) of one of e's
 * victims that held them: an arrest (or a sentence, when sentences) with
 * a country.  -1 if none. */
static long
held_before(const struct xdoc *d, const struct xevent *e, long limit, int sentences)
{
	long best = -1;
	int a;
	size_t i;

	for (a = 0; a < e->nvictims; a++) {
		const struct xevlist *l = events_of(d, e->victims[a]);

		for (i = 0; l && i < l->n; i++) {
			const struct xevent *f = &d->events[l->ev[i]];

			if (f == e || !f->country[0] || (limit >= 0 && l->ev[i] >= limit) ||
			    (strcmp(f->type, "arrest") && !(sentences && !strcmp(f->type, "sentence"))))
				continue;
			if (best < 0 || l->ev[i] < best)
				best = l->ev[i];
		}
	}
	return best;
}

static void
inherit_country(struct xdoc *d, struct xevent *e)
{
	long f = held_before(d, e, -1, 1);

	if (f >= 0)
		memcpy(e->country, d->events[f].country, 3);
}

/* "SEOUL, May 29 (Yonhap) --": the date of the dispatch, not of an act. */
static int
is_dateline(const struct xdoc *d, size_t e)
{
	while (e < d->len && d->text[e] == ' ')
		e++;
	return e < d->len && (d->text[e] == '(' || (d->text[e] == '-' && e + 1 < d->len &&
	    d->text[e + 1] == '-') || !strncmp(d->text + e, "\xe2\x80\x94", 3) ||
	    !strncmp(d->text + e, "\xe2\x80\x93", 3));
}

/* Clause boundaries between bytes a and b: a date across one is less
 * likely the date of the act. */
static size_t
clause_gap(const struct xdoc *d, size_t a, size_t b)
{
	size_t i, n = 0;

	for (i = a; i < b && i < d->len; i++)
		if (d->text[i] == ',' || d->text[i] == ';')
			n++;
	return n;
}

/* "the 13 Japanese North Korea has admitted kidnapping.": a verb with no
 * object, its victim named before it. */
static int
object_gap(const struct xdoc *d, size_t after, size_t s1)
{
	return after >= s1 || extract_tok_is(d, after, ".") || extract_tok_is(d, after, ";") ||
	    extract_tok_is(d, after, ",");
}

/* "have been allowed home", "has been released": just done, as of the
 * publication. */
static int
present_perfect(const struct xdoc *d, size_t t, size_t s0)
{
	return t >= s0 + 2 && extract_tok_is(d, t - 1, "been") &&
	    (extract_tok_is(d, t - 2, "has") || extract_tok_is(d, t - 2, "have"));
}

/* The country of the nationality word in "a South Korean fisherman". */
static const char *
unnamed_nationality(const struct xdoc *d, const struct xent *e)
{
	size_t n;
	const struct lex_entry *dm = extract_match(d, d->lx->demonyms, e->t0 + 1, 3, &n);

	return dm ? lex_get(d->lx->demonyms, dm, "country") : "";
}

/* "A North Korean woman ... was arrested.  Kim Su-ryeon, 52, ...": the
 * first person named after entity i whose sex may be gender, who is no
 * official nor reporter, within the next three sentences; or NOREF. */
static int
person_after(const struct xdoc *d, size_t i, int gender)
{
	size_t j, sent = d->toks[d->ents[i].t0].sent;

	for (j = i + 1; j < d->nent; j++) {
		const struct xent *e = &d->ents[j];
		const struct xperson *p;

		if (d->toks[e->t0].sent > sent + 3)
			break;
		if (e->kind != ENT_PERSON)
			continue;
		p = &d->persons[e->id];
		if ((p->roles & ROLE_OFFICIAL) || p->reporter || (gender && p->gender && p->gender != gender))
			continue;
		return e->id;
	}
	return NOREF;
}

static void
resolve_pronouns(struct xdoc *d)
{
	size_t i;
	int lastp = NOREF, lastm = NOREF, lastf = NOREF, lastg = NOREF, main = NOREF, most = 0;
	int subjg = NOREF, lastu = NOREF, unnamed = NOREF;
	unsigned lastu_sent = 0;
	long main_sent = -10;	/* the latest sentence naming the main person */
	long lastp_sent = -10;	/* the latest sentence naming lastnamed */
	int lastnamed = NOREF;	/* the latest person named, whoever came after */
	long subj_sent = -1;

	for (i = 0; i < d->nperson; i++)
		if (!(d->persons[i].roles & ROLE_OFFICIAL) && !d->persons[i].reporter &&
		    d->persons[i].nmentions > most) {
			most = d->persons[i].nmentions;
			main = (int)i;
		}

	for (i = 0; i < d->nent; i++) {
		struct xent *e = &d->ents[i];

		switch (e->kind) {
		case ENT_PERSON:
			if ((d->persons[e->id].roles & ROLE_OFFICIAL) || d->persons[e->id].reporter)
				break;
			lastp = lastnamed = e->id;
			lastp_sent = (long)d->toks[e->t0].sent;
			if (e->id == main)
				main_sent = (long)d->toks[e->t0].sent;
			if (!d->persons[e->id].gender) {
				lastu = e->id;
				lastu_sent = d->toks[e->t0].sent;
			}
			if (d->persons[e->id].gender == 'm')
				lastm = e->id;
			else if (d->persons[e->id].gender == 'f')
				lastf = e->id;
			break;
		case ENT_GROUP:
			lastg = e->ref;
			/* the sentence's subject: "The five are ... of the 13 ..." */
			if (e->t0 <= d->sents[d->toks[e->t0].sent].t0 + 2 &&
			    d->toks[e->t0].sent != (unsigned)subj_sent) {
				subjg = e->ref;
				subj_sent = (long)d->toks[e->t0].sent;
			}
			break;
		case ENT_PRONOUN:
			if (e->id == -3 && e->cataphor && (e->ref = person_after(d, i, e->gender)) != NOREF)
				break;
			if (e->id == -3) {
				/* "an American tourist": the article's main person;
				 * with no one named, an unnamed one, a group of one */
				if (main == NOREF && unnamed == NOREF)
					unnamed = -extract_new_group(d, e->t0, e->t0 + 1, e->t1, 1,
					    unnamed_nationality(d, e), 0) - 1;
				e->ref = main != NOREF ? main : unnamed;
				break;
			}
			if (e->id == -4) {
				/* "the woman": the latest person of that gender, or
				 * whose gender the text leaves open; before anyone is
				 * named, nobody yet (who she is comes later, if at all) */
				e->ref = e->gender == 'm' ? lastm : e->gender == 'f' ? lastf : lastp;
				if (e->ref == NOREF)
					e->ref = lastu;
				break;
			}
			if (e->id == -2) {
				/* "his wife": someone unnamed, whom "she" may mean */
				if (e->gender == 'f')
					lastf = lastp = NOREF;
				else if (e->gender == 'm')
					lastm = lastp = NOREF;
				break;
			}
			/* "They" opening a sentence: the subject of the one before,
			 * not the latest group named ("The five are survivors of
			 * the 13 ...  They have been allowed home") */
			if (e->plural && subjg != NOREF && e->t0 == d->sents[d->toks[e->t0].sent].t0 &&
			    subj_sent + 1 == (long)d->toks[e->t0].sent)
				e->ref = subjg;
			else if (e->plural)
				/* "X was held with his father and a sister.  They
				 * were released": with no group named, X and those
				 * with X; at least X (not for "the family members",
				 * a description, only for the pronoun) */
				e->ref = lastg != NOREF ? lastg :
				    lastnamed != NOREF && e->t1 - e->t0 == 1 &&
				    (long)d->toks[e->t0].sent - lastp_sent <= 1 ? lastnamed : NOREF;
			else if (e->gender == 'm')
				e->ref = lastm != NOREF ? lastm : lastp;
			else
				e->ref = lastf != NOREF ? lastf : lastp;
			if (lastp == NOREF && !e->plural)
				e->ref = e->gender == 'm' ? lastm : lastf;
			/* with no one of that gender named, the one the article is
			 * about, named lately, before any other of open gender:
			 * "Lee ... in her book 'What Even Kim Must Know.'  She
			 * first escaped" */
			if (!e->plural && e->gender && lastp >= 0 && e->ref == lastp && lastp != main && main >= 0 &&
			    (e->gender == 'm' ? lastm : lastf) == NOREF && !d->persons[lastp].gender &&
			    (!d->persons[main].gender || d->persons[main].gender == e->gender) &&
			    (long)d->toks[e->t0].sent - main_sent <= 2)
				e->ref = main;
			/* "Guards drove Roe to the border and gave her up": a
			 * person of the same sentence whose gender the text leaves
			 * open, named after the one of that gender */
			if (!e->plural && e->gender && lastu == lastp && lastu != NOREF &&
			    lastu_sent == d->toks[e->t0].sent)
				e->ref = lastu;
			/* "Oh says Shin was the reason he ...": past a woman to
			 * the latest person whose gender the text leaves open */
			if (e->ref >= 0 && d->persons[e->ref].gender && d->persons[e->ref].gender != e->gender)
				e->ref = !e->plural && e->gender ? lastu : NOREF;
			break;
		default:
			break;
		}
	}
}

/* The word that ends before byte pos (spaces skipped): its start in *ws,
 * its length returned (0: none). */
static size_t
word_before(const struct xdoc *d, size_t pos, size_t *ws)
{
	size_t e = pos;

	while (e > 0 && d->text[e - 1] == ' ')
		e--;
	*ws = e;
	while (*ws > 0 && ((d->text[*ws - 1] >= 'a' && d->text[*ws - 1] <= 'z') ||
	    (d->text[*ws - 1] >= 'A' && d->text[*ws - 1] <= 'Z')))
		(*ws)--;
	return e - *ws;
}

/*
 * "in the closing months of the 1950-53 war": the end of the span; "at
 * the outbreak of the 1950-53 war": its start.  (The date's own span
 * already holds "of the".)
 */
static void
span_end_or_start(const struct xdoc *d, struct sdate *sd)
{
	size_t ws, n = word_before(d, sd->s, &ws);

	if (n && extract_in_list(d, d->text + ws, n, "span-unit"))
		n = word_before(d, ws, &ws);
	if (n && extract_in_list(d, d->text + ws, n, "span-end")) {
		sd->v.year = sd->v.end_year;
		sd->v.end_year = 0;
	} else if (n && extract_in_list(d, d->text + ws, n, "span-start"))
		sd->v.end_year = 0;
}

/* The date expressions of sentence si, in order, without datelines and
 * citations; at most XDATE_MAX. */
static size_t
sentence_dates(const struct xdoc *d, size_t si, struct sdate *dates)
{
	size_t nd = 0, pos = d->sents[si].s;

	while (nd < XDATE_MAX && pos < d->sents[si].e) {
		size_t st, span = date_find(d->text + pos, d->sents[si].e - pos, &d->pub,
		    &dates[nd].v, &st);

		if (!span)
			break;
		dates[nd].s = pos + st;
		dates[nd].e = pos + st + span;
		if (dates[nd].v.end_year)
			span_end_or_start(d, &dates[nd]);
		if (!is_citation(d, dates[nd].s) && !is_dateline(d, dates[nd].e))
			nd++;
		pos += st + span;
	}
	return nd;
}

/*
 * How far the date sd is from the trigger at byte tb, for choosing the
 * date of an act: bytes (twice as many back), and 40 more for each comma
 * or semicolon between.  A date that opens the sentence before a comma
 * ("On August 12, 1977, two students ... were abducted", "In October,
 * X was ...") frames the whole main clause: it is near every act in it.
 */
/* The owner of a date that every act of its sentence may take. */
#define OWNER_ALL ((size_t)-2)

/* "In 2023, ...": a date at the sentence's opening (after a dateline),
 * set off by a comma. */
static int
opening_date(const struct xdoc *d, const struct sdate *sd, size_t s0, size_t s1)
{
	size_t open = d->toks[after_dateline(d, s0, s1)].s, e = sd->e;

	while (e < d->len && d->text[e] == ' ')
		e++;
	return (sd->s == d->toks[s0].s || sd->s == open) && e < d->len && d->text[e] == ',';
}

static size_t
date_distance(const struct xdoc *d, const struct sdate *sd, size_t tb, size_t s0, size_t s1)
{
	if (sd->s < tb && opening_date(d, sd, s0, s1))
		return 20;
	if (sd->s > tb)
		return sd->s - tb + 40 * clause_gap(d, tb, sd->s);
	return 2 * (tb - sd->e) + 40 * clause_gap(d, sd->e, tb);
}

/* An earlier event of this type with a victim of v. */
/* "had freed", "had been detained": told as before another time. */
static int
past_perfect(const struct xdoc *d, size_t t, size_t s0)
{
	return (t > s0 && extract_tok_is(d, t - 1, "had")) ||
	    (t > s0 + 1 && extract_tok_is(d, t - 2, "had") && extract_tok_is(d, t - 1, "been"));
}

/* A day within the week before the publication: "on Friday" in a report
 * of Saturday.  What was said then is news, not history. */
static int
news_of_the_week(const struct xdoc *d, const struct date *v)
{
	long a, p;

	if (v->prec != DATE_PREC_DAY || v->approx || d->pub.prec != DATE_PREC_DAY)
		return 0;
	a = date_to_days(v->year, v->month, v->day);
	p = date_to_days(d->pub.year, d->pub.month, d->pub.day);
	return a <= p && p - a <= 7;
}

static int
has_event(const struct xdoc *d, const char *type, const int *v, int nv)
{
	size_t i;
	int b;

	for (b = 0; b < nv; b++) {
		const struct xevlist *l = events_of(d, v[b]);

		for (i = 0; l && i < l->n; i++)
			if (!strcmp(d->events[l->ev[i]].type, type))
				return 1;
	}
	return 0;
}

/* e, undated, "also" happened: when and where the latest dated act of
 * its type among the few told just before it did. */
static void
same_time_as_before(struct xdoc *d, struct xevent *e)
{
	long i, at = (long)(e - d->events);

	for (i = at - 1; i >= 0 && i >= at - 32; i--)
		if (!strcmp(d->events[i].type, e->type) && d->events[i].date[0]) {
			snprintf(e->date, sizeof(e->date), "%s", d->events[i].date);
			if (!e->country[0])
				memcpy(e->country, d->events[i].country, 3);
			return;
		}
}

enum { SPAN_DAY, SPAN_WEEK, SPAN_MONTH, SPAN_YEAR };

/* A span of time at token t: "six months", "43 days", "24 years" (and
 * "months'", "17-month"); its end token in *end. */
static int
span_at(const struct xdoc *d, size_t t, size_t s1, long *n, int *unit, size_t *end)
{
	static const char *units[] = { "day", "week", "month", "year" };
	size_t k, used, u;

	if ((*n = extract_count_at(d, t, &used)) <= 0 || t + used >= s1)
		return 0;
	k = t + used;
	if (extract_tok_is(d, k, "-") && k + 1 < s1)
		k++;
	for (u = 0; u < 4; u++) {
		const struct xtok *w = &d->toks[k];
		size_t l = strlen(units[u]), wl = w->e - w->s;

		if ((wl == l || (wl == l + 1 && d->text[w->e - 1] == 's')) &&
		    !strncasecmp(d->text + w->s, units[u], l)) {
			*unit = (int)u;
			*end = k + 1;
			if (*end < s1 && (extract_tok_is(d, *end, "'") || extract_tok_is(d, *end, "\xe2\x80\x99")))
				(*end)++;
			return 1;
		}
	}
	return 0;
}

/* iso moved by sign * n units, at the precision the unit supports;
 * 0, or -1 when iso is too coarse for the unit. */
static int
date_shift(const char *iso, long n, int unit, int sign, char *out, size_t outsz)
{
	struct date v;

	if (date_parse_iso(iso, &v) != 0 || v.end_year || v.approx)
		return -1;
	if (unit == SPAN_YEAR) {
		v.year += sign * (int)n;
		v.month = v.day = 0;
		v.prec = DATE_PREC_YEAR;
	} else if (unit == SPAN_MONTH && v.prec >= DATE_PREC_MONTH) {
		long idx = (long)v.year * 12 + v.month - 1 + sign * n;

		v.year = (int)(idx / 12);
		v.month = (int)(idx % 12) + 1;
		v.day = 0;
		v.prec = DATE_PREC_MONTH;
	} else if (v.prec == DATE_PREC_DAY && (unit == SPAN_DAY || unit == SPAN_WEEK)) {
		date_from_days(date_to_days(v.year, v.month, v.day) + sign * n * (unit == SPAN_WEEK ? 7 : 1),
		    &v.year, &v.month, &v.day);
		if (unit == SPAN_WEEK) {
			v.day = 0;
			v.prec = DATE_PREC_MONTH;
		}
	} else
		return -1;
	date_format(&v, out, outsz);
	return 0;
}

/*
 * "released after six months' detention", "freed after 30 days of
 * detention": the release and the arrest of the same people lie that
 * span apart, so either dates the other.
 */
static void
date_by_custody(struct xdoc *d, struct xevent *r)
{
	size_t s0 = d->sents[r->sent].t0, s1 = d->sents[r->sent].t1, t, end, k, i;
	long n = 0, best = -1;
	int unit = 0, a, found = 0;

	for (t = s0; t < s1 && !found; t++)
		if (span_at(d, t, s1, &n, &unit, &end))
			for (k = end; k < s1 && k < end + 3 && !found; k++)
				found = extract_evword(d, k, "custody");
	if (!found)
		return;
	for (a = 0; a < r->nvictims; a++) {
		const struct xevlist *l = events_of(d, r->victims[a]);

		for (i = 0; l && i < l->n; i++) {
			const struct xevent *f = &d->events[l->ev[i]];

			if (f != r && (!strcmp(f->type, "arrest") || !strcmp(f->type, "abduction")) &&
			    (best < 0 || l->ev[i] < best))
				best = l->ev[i];
		}
	}
	if (best >= 0) {
		struct xevent *f = &d->events[best];

		if (r->date[0] && !f->date[0])
			date_shift(r->date, n, unit, -1, f->date, sizeof(f->date));
		else if (f->date[0] && !r->date[0])
			date_shift(f->date, n, unit, 1, r->date, sizeof(r->date));
	}
}

/*
 * A time told from the one before it (the reference time): "convicted
 * some seven weeks later", "the following year", "later that year",
 * "that night", "that May", "on the 4th of the following month", "on the
 * 9th".  Each such expression of e's sentence, the one nearest e's
 * trigger, resolved against anchor (ISO, the act or date before).
 */
enum later_kind { LATER_SHIFT, LATER_KEEP, LATER_MONTH, LATER_DAY };

struct later {
	size_t tok;		/* where it is written */
	enum later_kind kind;
	long n;			/* SHIFT: n units on; KEEP: the anchor's first n chars */
	int unit;		/* SHIFT: SPAN_* */
	int month, day;		/* MONTH: that month of the anchor's year; DAY: that day */
};

/* "9th", "4th", "1st", "22nd": the day an ordinal names, or 0. */
static int
ordinal_day(const struct xdoc *d, size_t t)
{
	const struct xtok *w = &d->toks[t];
	const char *p = d->text + w->s;
	size_t n = w->e - w->s;
	int v = 0;

	if (!(w->flags & TOK_NUM) || n < 3 || n > 4)
		return 0;
	while (n > 2 && *p >= '0' && *p <= '9') {
		v = v * 10 + (*p++ - '0');
		n--;
	}
	if (n != 2 || (strncmp(p, "th", 2) && strncmp(p, "st", 2) && strncmp(p, "nd", 2) &&
	    strncmp(p, "rd", 2)))
		return 0;
	return v >= 1 && v <= 31 ? v : 0;
}

/* The expression of the reference time at t, if any, in *l. */
static int
later_at(const struct xdoc *d, size_t t, size_t s1, struct later *l)
{
	size_t end;
	int m;

	memset(l, 0, sizeof(*l));
	l->tok = t;
	if (span_at(d, t, s1, &l->n, &l->unit, &end) && end < s1 && extract_tok_is(d, end, "later"))
		return 1;
	/* "later that year", "that same month", "that night", "that May" */
	if (t + 1 < s1 && extract_tok_is(d, t, "that")) {
		size_t u = t + 1 + (extract_tok_is(d, t + 1, "same") && t + 2 < s1);
		const struct xtok *w = &d->toks[u];

		l->kind = LATER_KEEP;
		l->n = extract_tok_is(d, u, "year") ? 4 : extract_tok_is(d, u, "month") ? 7 :
		    extract_evword(d, u, "day-part") ? 10 : 0;
		if (l->n)
			return 1;
		if ((w->flags & TOK_CAP) && (m = date_month_from_name(d->text + w->s, w->e - w->s)) > 0) {
			l->kind = LATER_MONTH;
			l->month = m;
			return 1;
		}
		return 0;
	}
	/* "the following year", "the next day", "the 4th of the following
	 * month" */
	if (t + 2 < s1 && extract_tok_is(d, t, "the") && extract_evword(d, t + 1, "next")) {
		l->kind = LATER_SHIFT;
		l->n = 1;
		l->unit = extract_tok_is(d, t + 2, "day") ? SPAN_DAY : extract_tok_is(d, t + 2, "week") ?
		    SPAN_WEEK : extract_tok_is(d, t + 2, "month") ? SPAN_MONTH :
		    extract_tok_is(d, t + 2, "year") ? SPAN_YEAR : -1;
		if (l->unit == SPAN_MONTH && t >= 3 && extract_tok_is(d, t - 1, "of") &&
		    extract_tok_is(d, t - 3, "the"))
			l->day = ordinal_day(d, t - 2);
		return l->unit >= 0;
	}
	/* "on the 9th": a day of the month before, if no month follows */
	if (t + 2 < s1 && extract_tok_is(d, t, "on") && extract_tok_is(d, t + 1, "the") &&
	    (l->day = ordinal_day(d, t + 2)) > 0 &&
	    !(t + 3 < s1 && (extract_tok_is(d, t + 3, "of") ||
	    date_month_from_name(d->text + d->toks[t + 3].s, d->toks[t + 3].e - d->toks[t + 3].s) > 0))) {
		l->kind = LATER_DAY;
		return 1;
	}
	return 0;
}

/* l resolved against the ISO date anchor into out; 0 when it cannot be. */
static int
later_resolve(const struct later *l, const char *anchor, char *out, size_t outsz)
{
	struct date v;
	size_t al = strlen(anchor);

	if (!anchor[0] || strchr(anchor, '/') || strchr(anchor, '~'))
		return 0;
	switch (l->kind) {
	case LATER_KEEP:
		if (al < (size_t)l->n)
			return 0;
		snprintf(out, outsz, "%.*s", (int)l->n, anchor);
		return 1;
	case LATER_MONTH:
		snprintf(out, outsz, "%.4s-%02d", anchor, l->month);
		return 1;
	case LATER_DAY:
		if (al < 7 || date_parse_iso(anchor, &v) != 0 || !date_valid(v.year, v.month, l->day))
			return 0;
		snprintf(out, outsz, "%.7s-%02d", anchor, l->day);
		return 1;
	case LATER_SHIFT:
		if (date_shift(anchor, l->n, l->unit, 1, out, outsz) != 0)
			return 0;
		if (l->day && strlen(out) == 7) {
			if (date_parse_iso(out, &v) != 0 || !date_valid(v.year, v.month, l->day))
				return 1;
			snprintf(out + 7, outsz - 7, "-%02d", l->day);
		}
		return 1;
	}
	return 0;
}

/* The reference time before e: the latest dated act before it, else the
 * latest date of up to five sentences back ("On July 18 he went out to
 * fish.  Agents seized him that night."). */
static const char *
anchor_before(const struct xdoc *d, const struct xevent *e, long last_dated, char *buf, size_t bufsz)
{
	size_t sj = e->sent, k, nd;
	struct sdate dates[XDATE_MAX];

	if (last_dated >= 0)
		return d->events[last_dated].date;
	for (k = 0; k < 5 && sj > 0; k++) {
		sj--;
		if ((nd = sentence_dates(d, sj, dates)) > 0) {
			date_format(&dates[nd - 1].v, buf, bufsz);
			return buf;
		}
	}
	return "";
}

static void
date_by_later(struct xdoc *d, struct xevent *e, long last_dated)
{
	size_t s0 = d->sents[e->sent].t0, s1 = d->sents[e->sent].t1, t, bestd = (size_t)-1;
	struct later l, best;
	char buf[DATE_FORMAT_MAX];
	int found = 0;

	memset(&best, 0, sizeof(best));
	if (e->tok < s0 || e->tok >= s1)
		return;
	for (t = s0; t < s1; t++)
		if (later_at(d, t, s1, &l)) {
			size_t dist = t > e->tok ? t - e->tok : e->tok - t;

			if (dist < bestd) {
				bestd = dist;
				best = l;
				found = 1;
			}
		}
	if (found)
		later_resolve(&best, anchor_before(d, e, last_dated, buf, sizeof(buf)), e->date,
		    sizeof(e->date));
}

/*
 * An act with no date in its sentence, dated by the ones before it: "She
 * never came home from school in 1977.  Her family thought she had been
 * kidnapped."  The latest date of up to three sentences back in the same
 * paragraph, unless an act of one of those sentences claims it first.
 */
static void
date_from_context(struct xdoc *d, struct xevent *e, const unsigned char *sent_has_event)
{
	size_t sj = e->sent, k, nd;
	struct sdate dates[XDATE_MAX];

	for (k = 0; k < 3 && sj > 0; k++) {
		if (d->toks[d->sents[sj].t0].flags & (TOK_PARA | TOK_NL))
			return;
		sj--;
		if (sent_has_event[sj])
			return;
		if ((nd = sentence_dates(d, sj, dates)) > 0) {
			date_format(&dates[nd - 1].v, e->date, sizeof(e->date));
			free(e->date_text);
			e->date_text = xstrndup(d->text + dates[nd - 1].s, dates[nd - 1].e - dates[nd - 1].s);
			return;
		}
	}
}

void
extract_events(struct xdoc *d)
{
	size_t si, t, i, *ent_end;
	unsigned char *sent_has_event;
	long last_dated = -1;

	resolve_pronouns(d);
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

		nd = sentence_dates(d, si, dates);

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
			} else if (!strcmp(cue_kind(d, t), "speech")) {
				/* "..., a group said on Saturday": the date of the saying */
				trig_speech[ntr] = 1;
				trig[ntr++] = d->toks[t].s;
			}
		for (k = 0; k < nd; k++) {
			size_t j, bdist = (size_t)-1;

			owner[k] = (size_t)-1;
			/* "In 2023, she tried to flee but was caught": a date
			 * that opens the sentence is every act's of it */
			if (opening_date(d, &dates[k], s0, s1)) {
				owner[k] = OWNER_ALL;
				continue;
			}
			for (j = 0; j < ntr; j++) {
				size_t dist = date_distance(d, &dates[k], trig[j], s0, s1);

				if (dist < bdist) {
					bdist = dist;
					owner[k] = trig[j];
				}
			}
		}

		for (t = s0; t < s1; t++) {
			const char *type, *form, *cc = NULL;
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
			if (!strcmp(type, "sentence") && extract_tok_is(d, t, "convicted") &&
			    !penalty_in(d, s0, s1))
				type = "trial";
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
					if (!strcmp(type, "trial"))
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
			    extract_evword(d, t - 1, "subject-pronoun") && is_relative(d, t - 2)) {
				nv = victims_before(d, t - 2, s0, ent_end, v);
				why = "object relative: the antecedent";
			}
			/* fled / escaped: leaving North Korea, not any flight; or
			 * the escape of someone already known to have fled */
			if (nv && tr.needs_kp && !defection_context(d, s0, s1, tr.path) &&
			    !has_event(d, "defection", v, nv))
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
					size_t dist = date_distance(d, &dates[k], tb, s0, s1);

					if ((owner[k] != tb && owner[k] != OWNER_ALL && ntr > 1) ||
					    (dates[k].s > tb && relative_between(d, t, s1, dates[k].s)) ||
					    (dates[k].s > tb && subclause_between(d, t, s1, dates[k].s)) ||
					    (dates[k].s < tb && in_relative_before(d, s0, t, dates[k].s)))
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
				int pe = event_place(d, t, s0, s1, !strcmp(type, "defection") ||
				    !strcmp(type, "abduction") || !strcmp(type, "release"));

				pidx = -1;
				if (!strcmp(type, "repatriation"))
					cc = actor_country(d, t, s0, s1, passive);
				if (!cc && pe >= 0) {
					cc = d->places[d->ents[pe].id].country;
					pidx = d->ents[pe].id;
				}
				/* the abductors' country is not where they struck */
				if (!cc && strcmp(type, "defection") && strcmp(type, "abduction"))
					cc = actor_country(d, t, s0, s1, passive);
			}
			e = add_event(d, type, si, v, nv, dstr, cc);
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
			    (!past_perfect(d, t, s0) || news_of_the_week(d, &dates[fb].v)))
				date_format(&dates[fb].v, e->fb_date, sizeof(e->fb_date));
			/* released, sent back or dead just now: the publication's
			 * month */
			if (dbest < 0 && !e->fb_date[0] && d->pub.prec >= DATE_PREC_MONTH &&
			    present_perfect(d, t, s0) && !since_after(d, t, s1) && (!strcmp(type, "release") ||
			    !strcmp(type, "repatriation") || !strcmp(type, "death")))
				snprintf(e->fb_date, sizeof(e->fb_date), "%04d-%02d", d->pub.year,
				    d->pub.month);
			e->dead = 0;
			if (!e->country[0] && !strcmp(type, "release"))
				inherit_country(d, e);
			if (!e->country[0] && cc) {
				snprintf(e->country, 3, "%s", cc);
				if (pidx >= 0 && !e->place)
					e->place = xstrdup(d->places[pidx].name);
			}
			/* "four others were also arrested": at the same time */
			if (!e->date[0] && dbest < 0 && t >= s0 + 2 && (extract_evword(d, t - 1, "same-time") ||
			    extract_evword(d, t - 2, "same-time")))
				same_time_as_before(d, e);
			if (e->date[0] && !e->why_date)
				e->why_date = "also: the time of the act before";
			t += n - 1;
		}
	}
	free(ent_end);

	for (i = 0; i < d->nevent; i++)
		if (!strcmp(d->events[i].type, "release"))
			date_by_custody(d, &d->events[i]);

	/* Dates from elsewhere, countries still unknown, and the victims'
	 * roles and status. */
	sent_has_event = xcalloc(d->nsent + 1, 1);
	for (i = 0; i < d->nevent; i++)
		sent_has_event[d->events[i].sent] = 1;
	for (i = 0; i < d->nevent; i++) {
		struct xevent *e = &d->events[i];
		int a;

		if (e->date[0] && !e->why_date)
			e->why_date = "a span from another act (after six months' detention)";
		if (!e->date[0]) {
			date_by_later(d, e, last_dated);
			if (e->date[0])
				e->why_date = "a time told from the one before (two months later, that night)";
		}
		if (!e->date[0]) {
			date_from_context(d, e, sent_has_event);
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

		if (!strcmp(e->type, "release")) {
			/* released from where they were held */
			char keep[3];

			memcpy(keep, e->country, 3);
			e->country[0] = 0;
			inherit_country(d, e);
			if (!e->country[0])
				memcpy(e->country, keep, 3);
		}
		if (!e->country[0] && !strcmp(e->type, "abduction")) {
			for (a = 0; a < e->nvictims && !e->country[0]; a++) {
				const struct xperson *vp = e->victims[a] >= 0 ? &d->persons[e->victims[a]] : NULL;
				const char *nat = vp ? (vp->nationality[0] ? vp->nationality : vp->jp_name ? "JP" : "") :
				    d->groups[-e->victims[a] - 1].nationality;

				snprintf(e->country, 3, "%s", nat);
			}
		}
		/* held where arrested; an abduction's country is where they
		 * were taken from */
		if (!e->country[0] && strcmp(e->type, "abduction") && strcmp(e->type, "arrest") &&
		    strcmp(e->type, "defection")) {
			long f = held_before(d, e, (long)i, 0);

			if (f >= 0)
				memcpy(e->country, d->events[f].country, 3);
		}
		if (!e->country[0] && !strcmp(e->type, "defection"))
			snprintf(e->country, 3, "KP");
		if (!e->country[0] && d->mentions_kp && strcmp(e->type, "abduction"))
			snprintf(e->country, 3, "KP");
		for (a = 0; a < e->nvictims; a++) {
			unsigned bit = !strcmp(e->type, "defection") ? ROLE_DEFECTOR : ROLE_VICTIM;

			if (e->victims[a] >= 0) {
				struct xperson *p = &d->persons[e->victims[a]];

				p->roles |= bit;
				if (!strcmp(e->type, "death"))
					p->dead = 1;
				else if (!strcmp(e->type, "release") || !strcmp(e->type, "repatriation"))
					p->released = 1;
				else if (bit == ROLE_VICTIM)
					p->detained = 1;
			} else
				d->groups[-e->victims[a] - 1].roles |= bit;
		}
	}

	free(sent_has_event);
	link_groups(d);
	merge_repeated_acts(d);
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
