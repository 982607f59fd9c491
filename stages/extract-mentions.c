/*
 * extract-mentions.c: the mentions a trigger reaches.
 *
 * Before a passive or intransitive trigger ("X was arrested", "X died"),
 * the nearest person or group, past a verb chain, an apposition's head
 * ("Roe, the ex-wife of Lim, died" is Roe's), a list item or a
 * possessive ("their son"); after an active one ("police arrested X"),
 * the nearest after it, with a partitive ("two of the crew") and those
 * added by "along with" or "and"; after a noun ("the release of X",
 * "X's arrest"), its object or owner.  act_victims (extract-victims.c)
 * chooses among these by the act's voice and the clause around it.
 * Every scan is bounded by the sentence.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "extract-events.h"

/* May mention e be a victim: a person, group or pronoun that stands for
 * someone, and no official or reporter (who tell of acts, not suffer
 * them)? */
int
extract_victim_ok(const struct xdoc *d, const struct xent *e)
{
	if (e->ref == NOREF)
		return 0;
	if (e->ref >= 0 && ((d->persons[e->ref].roles & ROLE_OFFICIAL) || d->persons[e->ref].reporter))
		return 0;
	return e->kind == ENT_PERSON || e->kind == ENT_GROUP || e->kind == ENT_PRONOUN;
}

/*
 * "Roe, the ex-wife of Lim, died": the act is the head's, not Lim's.  When
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
	if (d->ents[ei].t1 == t && !extract_is_passive(d, t, s0))
		return ei;
	/* back over the rest of the name: "of Van der Roe", written as a
	 * mention of its bearer and particles (name-particles.tsv) */
	while (k > s0 + 1 && (extract_tok_lex(d, d->lx->particles, k - 1) ||
	    (d->ents[ei].kind == ENT_PERSON && d->toks[k - 1].ent >= 0 &&
	    d->ents[d->toks[k - 1].ent].kind == ENT_PERSON &&
	    d->ents[d->toks[k - 1].ent].ref == d->ents[ei].ref)))
		k--;
	/* back over a title word: "of missionary X" */
	if (k > s0 && !(d->toks[k - 1].flags & TOK_CAP) && extract_match(d, d->lx->titles, k - 1, 1, &n))
		k--;
	if (k <= s0 || !extract_tok_is(d, k - 1, "of"))
		return ei;
	/* "two employees of Ann Roe remain in custody": the group's act */
	if (k >= s0 + 2 && ent_end[k - 2] != (size_t)-1 && d->ents[ent_end[k - 2]].kind == ENT_GROUP &&
	    extract_victim_ok(d, &d->ents[ent_end[k - 2]]))
		return ent_end[k - 2];
	for (j = k - 1; j > s0 && j + 6 > k; j--) {
		if (extract_match(d, d->lx->kinship, j - 1, 2, &n)) {
			size_t h;

			for (h = j - 1; h > s0 && h + 4 > j; h--)
				if (extract_tok_is(d, h - 1, ",") && h >= s0 + 2 &&
				    ent_end[h - 2] != (size_t)-1 && extract_victim_ok(d, &d->ents[ent_end[h - 2]]))
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
	size_t j, n, kin;

	/* "A and her brother B": back over the kinship that names B; also
	 * with commas around the name, "A, 40, and his wife, B, 38," (the
	 * comma after the kinship, then only the list's "and" or comma
	 * before the possessive) */
	kin = k > s0 + 3 && extract_tok_is(d, k - 1, ",") ? k - 1 : k;
	for (j = 1; j <= 2 && kin >= s0 + j + 2; j++)
		if (extract_match(d, d->lx->kinship, kin - j, 2, &n) && kin - j + n == kin &&
		    (extract_tok_is(d, kin - j - 1, "his") || extract_tok_is(d, kin - j - 1, "her") ||
		    extract_tok_is(d, kin - j - 1, "their")) &&
		    (kin == k || (kin - j - 1 > s0 && (extract_tok_is(d, kin - j - 2, "and") ||
		    extract_tok_is(d, kin - j - 2, ","))))) {
			k = kin - j - 1;
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
	if (ent_end[j] == (size_t)-1 || !extract_victim_ok(d, &d->ents[ent_end[j]]))
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
		    !extract_adverb_tok(d, k))
			return 0;
	return 1;
}

/* Mentions ending at or before token t in the sentence, nearest first. */
int
extract_victims_before(const struct xdoc *d, size_t t, size_t s0, const size_t *ent_end, int *out)
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
		if (ei == (size_t)-1 || !extract_victim_ok(d, &d->ents[ei]))
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
		    extract_victim_ok(d, &d->ents[ent_end[d->ents[ei].t0 - 3]])) {
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
int
extract_possessive_her(const struct xdoc *d, const struct xent *e, size_t s1)
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
	    extract_evword(d, k, "same-time-conj") || extract_is_adverb(d, k) ||
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

int
extract_victims_after(const struct xdoc *d, size_t t, size_t s1, int *out)
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
		if (ei < 0 || !extract_victim_ok(d, &d->ents[ei]))
			continue;
		if (k > t && extract_tok_is(d, k - 1, "by"))
			continue;
		/* "holding her face", "seized her passport": "her" before a
		 * noun is its possessive, and the object a thing */
		if (extract_possessive_her(d, &d->ents[ei], s1))
			break;
		/* "released X's statement" */
		if (d->ents[ei].t1 < s1 && (extract_tok_is(d, d->ents[ei].t1, "'s") ||
		    extract_tok_is(d, d->ents[ei].t1, "\xe2\x80\x99s")))
			break;
		out[n++] = d->ents[ei].ref;
		k = d->ents[ei].t1;
		while (n < XEV_MAXV && k + 1 < s1 && extract_tok_is(d, k, "and") &&
		    d->toks[k + 1].ent >= 0 && extract_victim_ok(d, &d->ents[d->toks[k + 1].ent])) {
			ei = d->toks[k + 1].ent;
			out[n++] = d->ents[ei].ref;
			k = d->ents[ei].t1;
		}
		n += extract_also_victims(d, k, s1, out, n);
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
			return extract_victim_ok(d, &d->ents[d->toks[k].ent]) ? extract_victims_after(d, k, s1, out) : 0;
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
int
extract_also_victims(const struct xdoc *d, size_t k, size_t s1, int *v, int nv)
{
	size_t j, m;
	int w[XEV_MAXV], nw;

	/* "was seized and held, along with": past the verb joined */
	for (j = k; j < s1 && j < k + 4 && (extract_tok_is(d, j, ",") || extract_is_adverb(d, j) ||
	    extract_tok_is(d, j, "and") || extract_is_trigger(d, j)); j++)
		;
	if (nv == 0 || (m = also_with(d, j, s1)) == 0)
		return 0;
	/* "along with his wife Ann": "his" is the wife's possessive */
	for (j += m; j < s1 && j < k + m + 8 && (d->toks[j].ent < 0 || extract_evword(d, j, "possessive")); j++)
		if (!(d->toks[j].flags & TOK_WORD) || extract_is_prep(d, j) || extract_is_trigger(d, j))
			return 0;
	if (j >= s1 || d->toks[j].ent < 0 || !extract_victim_ok(d, &d->ents[d->toks[j].ent]))
		return 0;
	/* "held along with two others, who were taken in 2011 and 2012":
	 * a relative clause tells their own act */
	for (m = j; m < s1 && m < j + 14; m++)
		if (extract_is_relative(d, m) && trigger_among(d, m + 1, m + 5 < s1 ? m + 5 : s1))
			return 0;
	nw = extract_victims_after(d, j, s1, w);
	return add_new_victims(v, nv, w, nw);
}

/*
 * "X, along with three other activists, was arrested": the subject found
 * before trigger t (v[0]) is the one joined by "along with" to a mention
 * before it and a comma; that one is the act's victim too.  Adds it (and
 * its list) to v[0..nv); returns how many.
 */
int
extract_also_subject(const struct xdoc *d, size_t t, size_t s0, const size_t *ent_end, int *v, int nv)
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
	    ent_end[j - 2] == (size_t)-1 || !extract_victim_ok(d, &d->ents[ent_end[j - 2]]))
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
int
extract_noun_victims(const struct xdoc *d, size_t t, size_t n, size_t s0, size_t s1, const size_t *ent_end,
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
			if (m >= 0 && extract_victim_ok(d, &d->ents[m]))
				v[nv++] = d->ents[m].ref;
			return nv;
		}
		m = d->toks[k - 1].ent;
		if (m >= 0 && d->ents[m].kind == ENT_PRONOUN && d->ents[m].t1 == k && extract_victim_ok(d, &d->ents[m])) {
			v[nv++] = d->ents[m].ref;
			return nv;
		}
		if (!(d->toks[k - 1].flags & TOK_WORD) && !extract_tok_is(d, k - 1, "-"))
			break;
	}
	if ((lv = light_verb_before(d, t, s0)) == (size_t)-1)
		return 0;
	/* "was handed a sentence", "is serving one": the subject */
	if (extract_is_passive(d, lv, s0) || !extract_evword(d, lv, "light-verb-to"))
		return extract_victims_before(d, lv, s0, ent_end, v);
	/* "handed X a sentence", "handed a sentence to X" */
	if ((nv = extract_victims_after(d, lv + 1, t, v)) > 0)
		return nv;
	return t + n + 1 < s1 && extract_tok_is(d, t + n, "to") ? extract_victims_after(d, t + n + 1, s1, v) : 0;
}
