/*
 * extract-antecedents.c: whom each pronoun and description stands for.
 *
 * extract_pronouns (extract-groups.c) finds "he", "they", "the woman",
 * "an American tourist"; this pass, run before the events, walks the
 * mentions in text order and sets what each one refers to (xent.ref):
 * the latest person of its gender, the latest group for "they" (for "the
 * pastors", the latest group of pastors, else the latest group), the
 * subject of the sentence before for a "They" that opens one, the person
 * named after "a North Korean woman", the article's main person for an
 * unnamed "American tourist".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "buf.h"
#include "extract-events.h"

/* The country of the nationality word in "a South Korean fisherman". */
static const char *
unnamed_nationality(const struct xdoc *d, const struct xent *e)
{
	size_t n;
	const struct lex_entry *dm = extract_match(d, d->lx->demonyms, e->t0 + 1, 3, &n);

	return dm ? lex_get(d->lx->demonyms, dm, "country") : "";
}

/* Is mention e the speaker of a saying: a speech verb right after it
 * ("Bo Lund said", "Bo Lund, her son, told") or right before it ("said
 * Bo Lund")?  Whoever tells the story is not whom it befell. */
static int
speaker_at(const struct xdoc *d, const struct xent *e)
{
	size_t s1 = d->sents[d->toks[e->t0].sent].t1, k = e->t1;

	if (e->t0 > d->sents[d->toks[e->t0].sent].t0 && !strcmp(extract_cue_kind(d, e->t0 - 1), "speech"))
		return 1;
	if (k < s1 && extract_tok_is(d, k, ","))	/* past an apposition of up to four words */
		for (k++; k < s1 && k < e->t1 + 6 && !extract_tok_is(d, k, ","); k++)
			;
	if (k < s1 && extract_tok_is(d, k, ","))
		k++;
	return k < s1 && !strcmp(extract_cue_kind(d, k), "speech");
}

/* "A North Korean woman ... was arrested.  Ri Hae-won, 52, ...": the
 * first person named after entity i whose sex may be gender, who is no
 * official nor reporter, within the next three sentences; or NOREF.
 * known: one whose sex is told as gender comes first, else that first
 * one ("a 17-year-old boy ... Ri Su-mi said her son, Ri Ho, ..." is Ri
 * Ho). */
static int
person_after(const struct xdoc *d, size_t i, int gender, int known)
{
	size_t j, sent = d->toks[d->ents[i].t0].sent;
	int first = NOREF;

	for (j = i + 1; j < d->nent; j++) {
		const struct xent *e = &d->ents[j];
		const struct xperson *p;

		if (d->toks[e->t0].sent > sent + 3)
			break;
		if (e->kind != ENT_PERSON)
			continue;
		p = &d->persons[e->id];
		if ((p->roles & ROLE_OFFICIAL) || p->reporter || (gender && p->gender && p->gender != gender) ||
		    speaker_at(d, e))
			continue;
		if (!known || !gender || p->gender == gender)
			return e->id;
		if (first == NOREF)
			first = e->id;
	}
	return first;
}

/*
 * "After his arrest in March, Jon Min-su was sent to a camp": a
 * possessive "his" or "her" (entity i) in a phrase that opens its
 * sentence with a preposition of time or cause, before its first comma,
 * with no person named before it in the sentence, stands for the person
 * named right after that comma, the main clause's subject, when the sex
 * agrees.  That person, or NOREF.
 */
static int
opening_cataphor(const struct xdoc *d, size_t i)
{
	static const char *const opens[] = { "after", "following", "since", "before", "upon", "on",
	    "during", "despite", "until", NULL };
	const struct xent *e = &d->ents[i];
	size_t s0 = d->sents[d->toks[e->t0].sent].t0, k, j;
	const struct xperson *p;

	if (e->plural || !(extract_tok_is(d, e->t0, "his") || extract_tok_is(d, e->t0, "her")))
		return NOREF;
	for (k = 0; opens[k] && !extract_tok_is(d, s0, opens[k]); k++)
		;
	if (!opens[k])
		return NOREF;
	for (k = s0; k < e->t0; k++)
		if (extract_tok_is(d, k, ",") || (d->toks[k].ent >= 0 &&
		    d->ents[d->toks[k].ent].kind == ENT_PERSON))
			return NOREF;
	for (k = e->t1; k < d->sents[d->toks[e->t0].sent].t1 && !extract_tok_is(d, k, ","); k++)
		;
	for (j = i + 1; j < d->nent && d->ents[j].t0 < k + 1; j++)
		;
	if (j >= d->nent || d->ents[j].t0 != k + 1 || d->ents[j].kind != ENT_PERSON)
		return NOREF;
	p = &d->persons[d->ents[j].id];
	if ((p->roles & ROLE_OFFICIAL) || p->reporter || (p->gender && p->gender != e->gender))
		return NOREF;
	return d->ents[j].id;
}

/* "copied the ship's papers and then handed them back": a plural
 * noun of things (lowercase, after a determiner or a possessive, no noun
 * of people) before the pronoun at t in its sentence, which "them" may
 * stand for. */
static int
things_before(const struct xdoc *d, size_t t)
{
	size_t k, s0 = d->sents[d->toks[t].sent].t0;

	for (k = s0 + 1; k < t; k++) {
		const struct xtok *w = &d->toks[k];
		size_t n = w->e - w->s;

		if (!(w->flags & TOK_WORD) || (w->flags & (TOK_CAP | TOK_NUM)) || n < 4 ||
		    d->text[w->e - 1] != 's' || d->text[w->e - 2] == 's' || d->text[w->e - 2] == 'u' ||
		    d->text[w->e - 2] == 'i' || extract_tok_lex(d, d->lx->groupn, k) ||
		    extract_match(d, d->lx->titles, k, 1, &n))
			continue;
		if (extract_evword(d, k - 1, "determiner") || extract_tok_is(d, k - 1, "'s") ||
		    extract_tok_is(d, k - 1, "\xe2\x80\x99s"))
			return 1;
	}
	return 0;
}

/* Does the mention at token t0 open its sentence, as its subject would:
 * nothing before it but capitalised words, articles and titles ("Former
 * army pilot Roe was ..."), words of a time ("The next day he ...",
 * "Two years later he ..."), after an opening phrase set off by a comma
 * ("In May, Roe ...")?  "Officials met Roe" is not Roe's sentence. */
static int
opens_sentence(const struct xdoc *d, size_t t0)
{
	size_t t, n, s0 = d->sents[d->toks[t0].sent].t0;

	/* back from t0: the nearest comma or other word decides (a scan
	 * from the sentence's start would test every word before it) */
	for (t = t0; t > s0; t--) {
		const struct xtok *k = &d->toks[t - 1];

		if (extract_tok_is(d, t - 1, ","))
			return 1;
		if ((k->flags & TOK_WORD) && !(k->flags & TOK_CAP) && !extract_tok_is(d, t - 1, "the") &&
		    !extract_tok_is(d, t - 1, "a") && !extract_tok_is(d, t - 1, "an") &&
		    !extract_match(d, d->lx->titles, t - 1, 1, &n) && !extract_evword(d, t - 1, "next") &&
		    !extract_evword(d, t - 1, "time-unit") && !extract_evword(d, t - 1, "time-after"))
			return 0;
	}
	return 1;
}

/* Do tokens a and b hold the same word (any case)? */
static int
same_word(const struct xdoc *d, size_t a, size_t b)
{
	size_t n = d->toks[a].e - d->toks[a].s;

	return n == d->toks[b].e - d->toks[b].s && !strncasecmp(d->text + d->toks[a].s, d->text + d->toks[b].s, n);
}

/* "Police held three pastors and then 40 farmers.  The pastors were
 * freed": the latest group before mention i (looking back over at most
 * 64 mentions) whose head noun is the head of the description i, or
 * NOREF. */
static int
group_of_head(const struct xdoc *d, size_t i)
{
	size_t j, head = d->ents[i].t1 - 1;

	for (j = i; j > 0 && j + 64 > i; j--) {
		const struct xent *g = &d->ents[j - 1];

		if (g->kind == ENT_GROUP && g->ref != NOREF && same_word(d, g->t1 - 1, head))
			return g->ref;
	}
	return NOREF;
}

/*
 * "Patrol boats captured a trawler.  The crew members, too, were
 * seized": a description of a vessel's crew (a word of the crew list of
 * event-words.tsv among its words) with no group of its head noun named
 * before, after a vessel (the vessel or vessel-prefix lists) in its
 * sentence or the three before, stands for that vessel's crew, a group
 * of its own of no count, not the latest group, unless a group was
 * named since the vessel's sentence began (those are its crew); so does
 * "the crew of" a vessel, which extract_pronouns takes as a description
 * only before a vessel.  i is
 * the description's index in ents.  Returns the group's ref, made here,
 * or NOREF.
 */
static int
vessel_crew(struct xdoc *d, size_t i)
{
	const struct xent *e = &d->ents[i];
	size_t j, k, s0, si = d->toks[e->t0].sent;
	int crew = 0;

	for (k = e->t0; k < e->t1; k++)
		crew |= extract_evword(d, k, "crew");
	if (!crew)
		return NOREF;
	s0 = d->sents[si >= 3 ? si - 3 : 0].t0;
	for (k = e->t0; k > s0; k--)
		if (extract_evword(d, k - 1, "vessel") || extract_evword(d, k - 1, "vessel-prefix"))
			break;
	/* "the crew of the USS Ardent": the vessel after "of" */
	if (e->t1 < d->ntok && extract_tok_is(d, e->t1, "of")) {
		int g = extract_counted_crew(d);

		/* counted before or after ("its 22-man crew") */
		return g >= 0 ? -g - 1 : -extract_new_group(d, e->t0, e->t0 + 1, e->t1, 0, "", 0) - 1;
	}
	if (k == s0)
		return NOREF;
	/* "seized 11 men and their trawler.  The crew ...": people named
	 * with the vessel are its crew */
	for (j = i; j > 0; j--)
		if (d->ents[j - 1].kind == ENT_GROUP)
			break;
	if (j > 0 && d->toks[d->ents[j - 1].t0].sent >= d->toks[k - 1].sent)
		return NOREF;
	return -extract_new_group(d, e->t0, e->t0 + 1, e->t1, 0, "", 0) - 1;
}

/* Does sentence si hold a trigger of an act? */
static int
act_in(const struct xdoc *d, size_t si)
{
	size_t t;

	for (t = d->sents[si].t0; t < d->sents[si].t1; t++)
		if (extract_is_trigger(d, t))
			return 1;
	return 0;
}

/*
 * "Police held Ann Roe and Jo Doe in May.  The women were sentenced":
 * a plural description with no count (mention i) after a list of n
 * persons named together (joined by commas and "and"), in its sentence
 * or the three before, with no group nor plural pronoun mentioned since,
 * stands for them: the group of that count, made here as "the two
 * women" would be (definite, so that it stands for the list), or the
 * one of that count named before.  The persons must not be speaking
 * ("Ann Roe and Jo Doe said the prisoners ..."), nor officials, and
 * named in a sentence before that tells an act, or that a group told
 * as them before ("the two men") stands for ("Ann Roe and Jo Doe spoke.
 * The sailors were freed" is of others).  Returns the group's ref, or NOREF.
 */
static int
listed_before(struct xdoc *d, size_t i)
{
	const struct xent *e = &d->ents[i];
	size_t j, k, si = d->toks[e->t0].sent;
	long n = 0;
	int g;
	const struct lex_entry *h = extract_tok_lex(d, d->lx->groupn, e->t1 - 1);

	/* people by what they are ("the women", "the soldiers"), not by a
	 * role the story gives a whole class ("the abductees"); the subject
	 * of its sentence, or of what someone says ("states the women were") */
	if (!h || strcmp(lex_get(d->lx->groupn, h, "role"), "other") ||
	    !(opens_sentence(d, e->t0) || (e->t0 > d->sents[si].t0 &&
	    (extract_evword(d, e->t0 - 1, "reporting") || extract_tok_is(d, e->t0 - 1, "that")))))
		return NOREF;

	for (j = i; j > 0; j--) {
		const struct xent *f = &d->ents[j - 1];

		if (d->toks[f->t0].sent + 3 < si)
			return NOREF;
		if (f->kind == ENT_GROUP || (f->kind == ENT_PRONOUN && f->plural))
			return NOREF;
		if (f->kind == ENT_PERSON)
			break;
	}
	if (j == 0 || d->toks[d->ents[j - 1].t0].sent == si)
		return NOREF;
	/* the list ending at ents[j - 1], back to its first name */
	for (k = j; k > 0; k--) {
		const struct xent *f = &d->ents[k - 1];
		const struct xperson *p = &d->persons[f->id];
		size_t m;

		if (f->kind != ENT_PERSON || (p->roles & ROLE_OFFICIAL) || p->reporter || speaker_at(d, f))
			return NOREF;
		n++;
		if (k == 1)
			break;
		if (d->ents[k - 2].kind != ENT_PERSON || d->toks[d->ents[k - 2].t1].sent != d->toks[f->t0].sent)
			break;
		for (m = d->ents[k - 2].t1; m < f->t0; m++)
			if (!extract_tok_is(d, m, ",") && !extract_tok_is(d, m, "and"))
				break;
		if (m < f->t0 || f->t0 - d->ents[k - 2].t1 > 2)
			break;
	}
	if (n < 2 || n > 5)
		return NOREF;
	/* "the two men" told before stands for them */
	for (g = 0; g < (int)d->ngroup; g++)
		if (d->groups[g].count == n && d->groups[g].definite)
			return -g - 1;
	if (!act_in(d, d->toks[d->ents[j - 1].t0].sent))
		return NOREF;
	g = extract_new_group(d, e->t0, e->t0 + 1, e->t1, n, "", 0);
	d->groups[g].definite = 1;
	return -g - 1;
}

/* Does the nationality word of description e ("the Thai sailors"), if
 * any, agree with group g's nationality, if known? */
static int
nationality_agrees(const struct xdoc *d, const struct xent *e, const struct xgroup *g)
{
	size_t k, m;
	const struct lex_entry *dm;

	if (!g->nationality[0])
		return 1;
	for (k = e->t0; k < e->t1; k++)
		if ((dm = extract_match(d, d->lx->demonyms, k, 3, &m)) && (d->toks[k].flags & TOK_CAP))
			return !strcmp(lex_get(d->lx->demonyms, dm, "country"), g->nationality);
	return 1;
}

/* Is token t a past participle of an act ("seized") or of harm
 * ("killed": the harm list of event-words.tsv), not a noun? */
static int
act_participle(const struct xdoc *d, size_t t)
{
	struct xtrig tr;

	return (extract_trigger(d, t, &tr) && tr.infl == INFL_PAST && strcmp(tr.form, "noun")) ||
	    extract_evword(d, t, "harm");
}

/* Is token t the past tense of a flight of one's own ("defected",
 * "fled": an intransitive defection trigger)?  An official who defects
 * is the defector the story is about, not a voice of the state. */
static int
own_flight(const struct xdoc *d, size_t t)
{
	struct xtrig tr;

	return extract_trigger(d, t, &tr) && tr.infl == INFL_PAST && !strcmp(tr.form, "intrans") &&
	    !strcmp(tr.type, "defection");
}

/*
 * Is the official the person mention e names acted upon there: the
 * object of an act ("soldiers seized Pak, a fisheries official"), the
 * subject of one in the passive ("Pak, a fisheries official, was seized",
 * past an apposition), or an apposition that tells the act ("Pak, a
 * fisheries official killed at sea", ", who was detained")?  An official
 * who only speaks or acts is none.
 */
static int
official_acted_upon(const struct xdoc *d, const struct xent *e)
{
	size_t s0 = d->sents[d->toks[e->t0].sent].t0, s1 = d->sents[d->toks[e->t0].sent].t1;
	size_t j, k = e->t1;
	struct xtrig tr;

	for (j = e->t0; j > s0 && j + 3 > e->t0; j--)
		if (extract_trigger(d, j - 1, &tr) && j - 1 + tr.n == e->t0 && !strcmp(tr.form, "trans") &&
		    tr.infl != INFL_ING)
			return 1;
	if (k < s1 && extract_tok_is(d, k, ",")) {
		for (j = k + 1; j < s1 && j < k + 12 && !extract_tok_is(d, j, ","); j++) {
			if (act_participle(d, j) && j > k + 1 && (extract_tok_lex(d, d->lx->titles, j - 1) ||
			    extract_tok_is(d, j - 1, "was") || extract_tok_is(d, j - 1, "were") ||
			    extract_tok_is(d, j - 1, "been")))
				return 1;
			/* ", a former diplomat who defected in 2016," */
			if (own_flight(d, j) && extract_tok_is(d, j - 1, "who"))
				return 1;
		}
		if (j >= s1 || !extract_tok_is(d, j, ","))
			return 0;
		k = j + 1;
	}
	/* ", a senior envoy, fled the embassy" */
	if (k < s1 && own_flight(d, k))
		return 1;
	/* "was seized", "has since been detained" */
	if (k < s1 && (extract_tok_is(d, k, "was") || extract_tok_is(d, k, "were") ||
	    extract_tok_is(d, k, "has") || extract_tok_is(d, k, "had"))) {
		for (j = k + 1; j < s1 && j < k + 4; j++) {
			if (act_participle(d, j))
				return 1;
			if (!extract_tok_is(d, j, "been") && !extract_evword(d, j, "adverb") &&
			    !extract_evword(d, j, "state"))
				break;
		}
	}
	return 0;
}

void
extract_resolve_pronouns(struct xdoc *d)
{
	size_t i;
	int lastp = NOREF, lastm = NOREF, lastf = NOREF, lastg = NOREF, main = NOREF, most = 0, most_told = 0;
	int *told;	/* a person's mentions outside a saying */
	int subjg = NOREF, lastu = NOREF, unnamed = NOREF;
	unsigned lastu_sent = 0;
	long main_sent = -10;	/* the latest sentence naming the main person */
	long lastp_sent = -10;	/* the latest sentence naming lastnamed */
	int lastnamed = NOREF;	/* the latest person named, whoever came after */
	long subj_sent = -1;
	long lastg_sent = -1;	/* the sentence of the latest group mention */
	/* the person who opens a sentence, its subject as a rule ("Kim, a
	 * trader, was convicted in May.  He is serving ..."), and whether
	 * ents[i] is the first mention of a person or group in its sentence */
	int subjp = NOREF;
	long subjp_sent = -10, sent_seen = -1;
	int subj_sex = 0;	/* subjp's, or what "his wife", "her sister" after it tell */
	size_t kn;
	long *named_in = xcalloc(d->nperson + 1, sizeof(*named_in));	/* a person's latest sentence, + 1 */

	/* an official acted upon is its victim, not a voice of authority */
	for (i = 0; i < d->nent; i++)
		if (d->ents[i].kind == ENT_PERSON && (d->persons[d->ents[i].id].roles & ROLE_OFFICIAL) &&
		    official_acted_upon(d, &d->ents[i]))
			d->persons[d->ents[i].id].roles &= ~(unsigned)ROLE_OFFICIAL;
	/* the main person: the one named most outside a saying ("..., Bo
	 * Lund said" tells the story, it does not befall her), then the
	 * one named most */
	told = xcalloc(d->nperson + 1, sizeof(*told));
	for (i = 0; i < d->nent; i++)
		if (d->ents[i].kind == ENT_PERSON && !speaker_at(d, &d->ents[i]))
			told[d->ents[i].id]++;
	for (i = 0; i < d->nperson; i++)
		if (!(d->persons[i].roles & ROLE_OFFICIAL) && !d->persons[i].reporter &&
		    (told[i] > most_told || (told[i] == most_told && d->persons[i].nmentions > most))) {
			most = d->persons[i].nmentions;
			most_told = told[i];
			main = (int)i;
		}
	free(told);

	for (i = 0; i < d->nent; i++) {
		struct xent *e = &d->ents[i];
		long sent = (long)d->toks[e->t0].sent;
		int first = 0;

		if (e->kind == ENT_PERSON || e->kind == ENT_GROUP || e->kind == ENT_PRONOUN) {
			first = sent != sent_seen;
			sent_seen = sent;
		}
		switch (e->kind) {
		case ENT_PERSON:
			if ((d->persons[e->id].roles & ROLE_OFFICIAL) || d->persons[e->id].reporter)
				break;
			named_in[e->id] = sent + 1;
			if (first && opens_sentence(d, e->t0)) {
				subjp = e->id;
				subjp_sent = sent;
				subj_sex = d->persons[e->id].gender;
			}
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
			/* "two were shot while seven were jailed.  ... sent
			 * them back": after two parts of one whole named in
			 * one sentence, "they" is the whole, not the last part */
			if (e->ref < 0 && lastg < 0 && lastg != NOREF && lastg != e->ref && lastg_sent == sent &&
			    d->groups[-e->ref - 1].part_of >= 0 &&
			    d->groups[-e->ref - 1].part_of == d->groups[-lastg - 1].part_of)
				lastg = -d->groups[-e->ref - 1].part_of - 1;
			else
				lastg = e->ref;
			lastg_sent = sent;
			/* the sentence's subject: "The five are ... of the 13 ..." */
			if (e->t0 <= d->sents[d->toks[e->t0].sent].t0 + 2 &&
			    d->toks[e->t0].sent != (unsigned)subj_sent) {
				subjg = e->ref;
				subj_sent = (long)d->toks[e->t0].sent;
			}
			break;
		case ENT_PRONOUN:
			if (e->id == -3 && e->cataphor == 3)
				break;	/* an apposition: the name's, set when found */
			if (e->id == -3 && e->cataphor &&
			    (e->ref = person_after(d, i, e->gender, e->cataphor == 4)) != NOREF) {
				/* "A North Korean woman ... Choe Su-ja, 56,": the
				 * description tells the sex the name leaves open,
				 * for the pronouns after it */
				if (e->gender && !d->persons[e->ref].gender)
					d->persons[e->ref].gender = e->gender;
				break;
			}
			if (e->id == -3) {
				/* "an American tourist": the article's main person;
				 * with no one named, an unnamed one, a group of one */
				if ((main == NOREF || e->cataphor == 2 || e->cataphor == 4) && unnamed == NOREF)
					unnamed = -extract_new_group(d, e->t0, e->t0 + 1, e->t1, 1,
					    unnamed_nationality(d, e), 0) - 1;
				e->ref = main != NOREF && e->cataphor != 2 && e->cataphor != 4 ? main : unnamed;
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
				/* "Kang Su-mi, 22, said her brother": a possessive
				 * after a person just named in its sentence, whose
				 * sex the name leaves open, is that person's and
				 * tells it */
				if (lastp >= 0 && lastp == lastu && named_in[lastp] == sent + 1 &&
				    !d->persons[lastp].gender) {
					int sex = extract_tok_is(d, e->t0, "his") ? 'm' : 'f';

					d->persons[lastp].gender = sex;
					if (sex == 'm')
						lastm = lastp;
					else
						lastf = lastp;
				}
				/* "his wife": someone unnamed, whom "she" may mean */
				if (!subj_sex && sent == subjp_sent)
					subj_sex = extract_tok_is(d, e->t0, "his") ? 'm' : 'f';
				if (e->gender == 'f')
					lastf = lastp = NOREF;
				else if (e->gender == 'm')
					lastm = lastp = NOREF;
				break;
			}
			/* "After his arrest, Jon was ...": the name after the comma */
			if ((e->ref = opening_cataphor(d, i)) != NOREF)
				break;
			/* "They" opening a sentence: the subject of the one before,
			 * not the latest group named ("The five are survivors of
			 * the 13 ...  They have been allowed home") */
			if (e->plural && e->t1 - e->t0 > 1 && (e->ref = group_of_head(d, i)) != NOREF)
				;	/* "the pastors": the latest group of pastors */
			else if (e->plural && e->t1 - e->t0 > 1 && (e->ref = vessel_crew(d, i)) != NOREF)
				lastg = e->ref;	/* "the crew members" of a vessel */
			else if (e->plural && e->t1 - e->t0 > 1 && (e->ref = listed_before(d, i)) != NOREF)
				lastg = e->ref;	/* "Ann Roe and Jo Doe ...  The women" */
			else if (e->plural && subjg != NOREF && e->t0 == d->sents[d->toks[e->t0].sent].t0 &&
			    subj_sent + 1 == (long)d->toks[e->t0].sent)
				e->ref = subjg;
			else if (e->plural)
				/* "X was held with his father and a sister.  They
				 * were released": with no group named, X and those
				 * with X; at least X (not for "the family members",
				 * a description, only for "they" or "them" in the
				 * sentence after, not for "their", nor past things
				 * "them" may be) */
				e->ref = lastg != NOREF ? lastg :
				    lastnamed != NOREF && e->t1 - e->t0 == 1 && !extract_tok_is(d, e->t0, "their") &&
				    !things_before(d, e->t0) &&
				    (long)d->toks[e->t0].sent - lastp_sent == 1 ? lastnamed : NOREF;
			else if (e->gender == 'm')
				e->ref = lastm != NOREF ? lastm : lastp;
			else
				e->ref = lastf != NOREF ? lastf : lastp;
			/* "the young North Koreans" are not 40 Thai workers */
			if (e->plural && e->t1 - e->t0 > 1 && e->ref != NOREF && e->ref < 0 &&
			    !nationality_agrees(d, e, &d->groups[-e->ref - 1]))
				e->ref = NOREF;
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
			/* "Mrs Roe told us Ri was why he ...": past a woman to
			 * the latest person whose gender the text leaves open */
			if (e->ref >= 0 && e->gender && d->persons[e->ref].gender &&
			    d->persons[e->ref].gender != e->gender)
				e->ref = !e->plural ? lastu : NOREF;
			/* "He" opening a sentence: who opened the one before, if
			 * the sex agrees, rather than a man named further back
			 * ("Roe's wife ... .  Kim, a trader, was convicted in
			 * May.  He is serving ..."); not past someone of that
			 * sex named in either sentence; the sex of the one
			 * before also by "his wife", "her sister" after it */
			if (first && opens_sentence(d, e->t0) && !e->plural && e->gender && subjp >= 0 && subjp_sent == sent - 1 &&
			    e->ref != subjp && (!subj_sex || subj_sex == e->gender) &&
			    (e->ref < 0 || subj_sex == e->gender || named_in[e->ref] < sent))
				e->ref = subjp;
			/* "He was nine when his grandfather vanished and he was
			 * held": a "he" that "his grandfather" left open, in a
			 * sentence opened by a man, is that man */
			if (e->ref == NOREF && !first && !e->plural && e->gender && e->id == -1 && subjp >= 0 &&
			    subjp_sent == sent && subj_sex == e->gender)
				e->ref = subjp;
			if (first && opens_sentence(d, e->t0) && e->ref >= 0 && !e->plural) {
				subjp = e->ref;
				subjp_sent = sent;
				subj_sex = d->persons[e->ref].gender ? d->persons[e->ref].gender : e->gender;
			}
			/* "Kang Su-mi, 22, and her brother": a possessive
			 * before a word of kinship that stands for a person
			 * just named in its sentence, whose sex the name
			 * leaves open, tells it */
			if (e->id == -1 && !e->plural && e->gender && e->ref >= 0 && e->ref == lastu &&
			    named_in[e->ref] == sent + 1 && !d->persons[e->ref].gender &&
			    (extract_tok_is(d, e->t0, "his") || extract_tok_is(d, e->t0, "her")) &&
			    extract_match(d, d->lx->kinship, e->t0 + 1, 2, &kn)) {
				d->persons[e->ref].gender = e->gender;
				if (e->gender == 'm')
					lastm = e->ref;
				else
					lastf = e->ref;
			}
			/* "he" keeps the person he stands for in mind for a
			 * "They" after ("X was born in 1968.  He was arrested
			 * with his family.  They were released in 1987.") */
			if (e->id == -1 && e->ref >= 0 && !e->plural) {
				lastnamed = e->ref;
				lastp_sent = sent;
				/* and is the latest of that sex for the pronouns
				 * after it: "he was seized by soldiers, who shot him" */
				if (e->gender == 'm' && d->persons[e->ref].gender != 'f')
					lastm = e->ref;
				else if (e->gender == 'f' && d->persons[e->ref].gender != 'm')
					lastf = e->ref;
			}
			break;
		default:
			break;
		}
	}
	free(named_in);
}
