/*
 * extract-groups.c: counted groups and places.  The counts themselves
 * are read by extract-counts.c; pronouns and the index of all mentions
 * are extract-pronouns.c's.
 *
 * A group is a count and a head noun (group-nouns.tsv), with at most four
 * words between them (nationality words, adjectives): "11 North Korean
 * defectors", "nine young defectors", "about 500 refugees", "more than 400
 * North Koreans", "four of the activists".  "eight women and three men"
 * adds up to one group of 11.  Within a document, groups with the same
 * count are one group (the same people mentioned again), and "the 11",
 * "the four" refer back to the group of that count; so do "the two men"
 * and "both men" (a group whose first mention is one of these is marked
 * definite: it may stand for persons named before it, extract-merge.c).
 * A definite plural of a group noun without a count ("the defectors",
 * "the refugees") is a reference to the latest group, like "they"
 * (extract-pronouns.c).
 * Places are the longest match of countries.tsv (from iso-codes) or the
 * gazetteer (places.tsv, towns.tsv and subdivisions.tsv, loaded as one
 * lexicon) at a token.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "buf.h"
#include "extract.h"

static int
group_of_count(const struct xdoc *d, long count)
{
	size_t i;

	for (i = 0; i < d->ngroup; i++)
		if (count > 0 && d->groups[i].count == count)
			return (int)i;
	return -1;
}

int
extract_new_group(struct xdoc *d, size_t t0, size_t d0, size_t t1, long count, const char *nat,
    unsigned roles)
{
	struct xgroup *g;

	if (d->ngroup == d->cgroup) {
		d->cgroup = d->cgroup ? d->cgroup * 2 : 8;
		d->groups = xrealloc(d->groups, d->cgroup * sizeof(*d->groups));
	}
	g = &d->groups[d->ngroup];
	memset(g, 0, sizeof(*g));
	g->t0 = t0;
	g->t1 = t1;
	g->d0 = d0 < t1 ? d0 : t0;
	g->count = count;
	snprintf(g->nationality, sizeof(g->nationality), "%s", nat);
	g->roles = roles;
	g->part_of = -1;
	return (int)d->ngroup++;
}

/*
 * A part of a group named before, by its count alone: "nine of them",
 * "two of those", "five others", "two more", "the other three", "the
 * remaining two".  The part's tokens run from *t0 to the return value (0:
 * no part here); *ante is the group it is part of: the latest one named
 * before it that is larger, or of no known size.  "About 500 others",
 * more than the latest group named ("some 80 POWs came home; about 500
 * others ..."), are more of its kind, no part of it: *ante is -1 and
 * *kind that group.  So are "nine others" after a group that is no part
 * of another ("20 were held in A and nine others in B"), unless a group
 * named before counts the two together ("29 were held"): then *kind is
 * the group beside them and *ante the sum, of which both are parts.
 */
static size_t
partitive(const struct xdoc *d, size_t *t0, size_t t, size_t n, size_t s0, size_t s1, long count,
    int *ante, int *kind)
{
	size_t end = 0, i, best_t1 = 0, kind_t1 = 0;
	int others = 0;

	if (t + n + 1 < s1 && extract_tok_is(d, t + n, "of") && (extract_tok_is(d, t + n + 1, "them") ||
	    extract_tok_is(d, t + n + 1, "those") || extract_tok_is(d, t + n + 1, "these")))
		end = t + n + 2;
	else if (t + n < s1 && (extract_tok_is(d, t + n, "others") || extract_tok_is(d, t + n, "more"))) {
		end = t + n + 1;
		others = 1;
	}
	else if (t >= s0 + 2 && extract_tok_is(d, t - 2, "the") && (extract_tok_is(d, t - 1, "other") ||
	    extract_tok_is(d, t - 1, "remaining"))) {
		*t0 = t - 2;
		end = t + n;
	}
	if (!end)
		return 0;
	*ante = *kind = -1;
	for (i = 0; i < d->ngroup; i++) {
		const struct xgroup *g = &d->groups[i];

		if (g->t1 <= *t0 && g->t1 > best_t1 && (g->count <= 0 || g->count > count)) {
			best_t1 = g->t1;
			*ante = (int)i;
		}
		if (others && g->t1 <= *t0 && g->t1 > kind_t1 && g->count > 0) {
			kind_t1 = g->t1;
			*kind = (int)i;
		}
	}
	/* the latest group is smaller: more of its kind */
	if (*kind >= 0 && kind_t1 > best_t1 && d->groups[*kind].count < count) {
		*ante = -1;
		return end;
	}
	/* "20 were held in A and nine others in B": others than the latest
	 * group, itself no part, are beside it: with it, a part of the
	 * group their sum counts (told before: "29 were held"), else more
	 * of its kind */
	if (*kind >= 0 && kind_t1 == best_t1 && d->groups[*kind].part_of < 0) {
		*ante = group_of_count(d, d->groups[*kind].count + count);
		if (*ante == *kind)
			*ante = -1;
		return end;
	}
	*kind = -1;
	/* "nine of them ... five others": a part of the same whole */
	while (*ante >= 0 && d->groups[*ante].part_of >= 0)
		*ante = d->groups[*ante].part_of;
	return *ante >= 0 ? end : 0;
}

/*
 * "all nine of them", "all 12 of those": no part but the whole the
 * pronoun stands for, told with its count.  The count at t spans n
 * tokens, "all" right before it.  The whole is the latest group named
 * before t when its count is that one or unknown; else the text counts
 * those people anew ("a group of eight ... all nine of them, the infant
 * too"): the group of that count, made of the latest group's kind when
 * none has it.  Returns the tokens through the pronoun (0: no such
 * phrase, or no group before) and sets *gi.
 */
static size_t
all_of_them(struct xdoc *d, size_t t, size_t n, size_t s0, size_t s1, long count, int *gi)
{
	size_t i, best_t1 = 0;
	int latest = -1;

	if (t <= s0 || !extract_tok_is(d, t - 1, "all") || t + n + 1 >= s1 ||
	    !extract_tok_is(d, t + n, "of") || !(extract_tok_is(d, t + n + 1, "them") ||
	    extract_tok_is(d, t + n + 1, "those") || extract_tok_is(d, t + n + 1, "these")))
		return 0;
	for (i = 0; i < d->nent; i++)
		if (d->ents[i].kind == ENT_GROUP && d->ents[i].t1 < t && d->ents[i].t1 > best_t1) {
			best_t1 = d->ents[i].t1;
			latest = d->ents[i].id;
		}
	if (latest < 0)
		return 0;
	if (d->groups[latest].count <= 0 || d->groups[latest].count == count)
		*gi = latest;
	else if ((*gi = group_of_count(d, count)) < 0)
		*gi = extract_new_group(d, t - 1, t - 1, t + n + 2, count, d->groups[latest].nationality,
		    d->groups[latest].roles);
	return t + n + 2;
}

/*
 * "six of those on board", "two of the people aboard the junk": a part,
 * by its count at t (n tokens), of whoever a vessel carried, which need
 * not be counted before.  Returns the tokens through "those" or
 * "people" (0: no such phrase).
 */
static size_t
aboard_part(const struct xdoc *d, size_t t, size_t n, size_t s1)
{
	size_t k = t + n;

	if (k + 2 >= s1 || !extract_tok_is(d, k, "of"))
		return 0;
	k++;
	if (extract_tok_is(d, k, "the") && k + 2 < s1 && (extract_tok_is(d, k + 1, "people") ||
	    extract_tok_is(d, k + 1, "men")))
		k++;
	else if (!extract_tok_is(d, k, "those"))
		return 0;
	k++;
	if (extract_evword(d, k, "aboard") || (k + 1 < s1 && extract_tok_is(d, k, "on") &&
	    extract_tok_is(d, k + 1, "board")))
		return k;
	return 0;
}

/* Does a verb follow at token t, its subject before it: an auxiliary
 * ("were", "have"), or one after an adverb ("later were")? */
static int
subject_of_verb(const struct xdoc *d, size_t t, size_t s1)
{
	const struct lex_entry *c;

	if (t + 1 < s1 && (extract_evword(d, t, "adverb") || (d->toks[t].e - d->toks[t].s > 3 &&
	    !strncmp(d->text + d->toks[t].e - 2, "ly", 2))))
		t++;
	if (t >= s1)
		return 0;
	if ((c = extract_tok_lex(d, d->lx->cues, t)) && (!strcmp(lex_get(d->lx->cues, c, "kind"), "aux") ||
	    !strcmp(lex_get(d->lx->cues, c, "kind"), "perf")))
		return 1;
	return extract_is_trigger(d, t);
}

/* "both men", "both American soldiers": "both" before a plural head noun
 * of group-nouns.tsv (at most two words between), which no "and" follows
 * ("both men and women" counts no one). */
static int
both_at(const struct xdoc *d, size_t t, size_t s1)
{
	size_t k, n, m;

	if (!extract_tok_is(d, t, "both"))
		return 0;
	for (k = t + 1; k < s1 && k < t + 4; k++) {
		if (extract_match(d, d->lx->groupn, k, 3, &n))
			return extract_is_plural(d, k + n - 1) && !(k + n < s1 && extract_tok_is(d, k + n, "and"));
		if (extract_match(d, d->lx->demonyms, k, 2, &m)) {
			k += m - 1;
			continue;
		}
		if (!(d->toks[k].flags & TOK_WORD) || (d->toks[k].flags & TOK_NUM) || extract_is_skip(d, k))
			return 0;
	}
	return 0;
}

/*
 * "32 of 35 sailors", "two of the nine defectors", "four out of ten
 * prisoners": a part counted out of a whole counted right after it.  The
 * count at t (n tokens, value count) is the part's.  Returns the tokens
 * through the head noun (0: no such phrase) and sets *whole to the group
 * of the larger count, made here (with no mention of its own) when no
 * group has that count yet.
 */
static size_t
count_of_count(struct xdoc *d, size_t t, size_t n, size_t s0, size_t s1, long count, int *whole)
{
	size_t k = t + n, m, at, hn;
	long all;
	const struct lex_entry *h;
	char nat[3] = "";

	if (k < s1 && extract_tok_is(d, k, "out"))
		k++;
	if (k + 1 >= s1 || !extract_tok_is(d, k, "of"))
		return 0;
	/* "X was one of 14 students": X is one of them, no part of its own */
	if (count == 1 && t > s0 && (extract_tok_is(d, t - 1, "was") || extract_tok_is(d, t - 1, "is") ||
	    extract_tok_is(d, t - 1, "been") || extract_tok_is(d, t - 1, "be")))
		return 0;
	k++;
	if (k + 1 < s1 && extract_tok_is(d, k, "the"))
		k++;
	if ((all = extract_count_at(d, k, &m)) <= count || extract_not_a_count(d, k, s0, s1, all, m) ||
	    !(h = extract_head_after(d, k + m, s1, &at, &hn, nat)))
		return 0;
	if ((*whole = group_of_count(d, all)) < 0) {
		unsigned roles = extract_role_bit(lex_get(d->lx->groupn, h, "role")) & ~ROLE_OTHER;

		if (!strcmp(nat, "KP"))
			roles |= ROLE_DEFECTOR;
		*whole = extract_new_group(d, k, k + m, at + hn, all, nat, roles);
	}
	return at + hn;
}

/* The one group of count named before token t, or -1: none, or two
 * of that count (which one is counted is unknown). */
static int
only_group_of_count(const struct xdoc *d, long count, size_t t)
{
	size_t i;
	int found = -1;

	for (i = 0; i < d->ngroup; i++) {
		if (d->groups[i].count != count || d->groups[i].t0 >= t)
			continue;
		if (found >= 0)
			return -1;
		found = (int)i;
	}
	return found;
}

/*
 * "Out of nine defectors sent back, two were shot while seven were
 * jailed", "Of the 20 sailors, 15 were freed": a count with no noun,
 * the subject of a verb right after it (an auxiliary or an act), opening
 * its clause (after nothing, a comma, "and", "but", "while", "that" or a
 * verb of saying: "a witness said two were shot"), is a part of the latest
 * larger group named in its sentence or the one before; with none, the
 * one group of that count told before (the same people counted again).
 * The count at t spans n tokens.  Returns the part's group (the group of that count
 * already part of that whole, else a new one), or -1: no such whole.
 * "In May, three were arrested" with no larger group named counts no
 * one: whom it counts is unknown.
 */
static int
bare_part(struct xdoc *d, size_t t, size_t n, size_t si, size_t s1, long count)
{
	size_t i, best_t1 = 0, s0 = d->sents[si].t0;
	int whole = -1, gi;
	const struct lex_entry *c;

	if (!subject_of_verb(d, t + n, s1) || (t > s0 && !extract_tok_is(d, t - 1, ",") &&
	    !extract_tok_is(d, t - 1, "and") && !extract_tok_is(d, t - 1, "that") &&
	    !extract_tok_is(d, t - 1, "while") && !extract_tok_is(d, t - 1, "but") &&
	    !((c = extract_tok_lex(d, d->lx->cues, t - 1)) && !strcmp(lex_get(d->lx->cues, c, "kind"), "speech"))))
		return -1;
	for (i = 0; i < d->nent; i++) {
		const struct xent *m = &d->ents[i];

		if (m->kind == ENT_GROUP && m->t1 <= t && m->t1 > best_t1 &&
		    d->toks[m->t0].sent + 1 >= si && d->groups[m->id].count > count) {
			best_t1 = m->t1;
			whole = m->id;
		}
	}
	/* "Guards caught two soldiers ...  [far on] a captain said two were
	 * caught in March": no larger group near, the one group of that
	 * count told before is the one counted again */
	if (whole < 0)
		return only_group_of_count(d, count, t);
	while (d->groups[whole].part_of >= 0)
		whole = d->groups[whole].part_of;
	if ((gi = group_of_count(d, count)) >= 0 && d->groups[gi].part_of == whole)
		return gi;
	gi = extract_new_group(d, t, t, t + n, count, d->groups[whole].nationality, d->groups[whole].roles);
	d->groups[gi].part_of = whole;
	return gi;
}

/*
 * "15 Thai and two Lao sailors", "nearly 800 Thai and some 300 Lao
 * workers": a count whose words (nationality words, lowercase
 * adjectives, at most three) stop at "and" before another count with
 * its head noun; the two are groups of their own that share that noun.
 * The count at t spans n tokens.  Returns the token of "and" (0: no such
 * phrase) and sets *h (the shared head's entry), *h0 and *hn (its
 * tokens) and nat (a nationality word among the first count's words).
 */
static size_t
shared_head(const struct xdoc *d, size_t t, size_t n, size_t s1, const struct lex_entry **h,
    size_t *h0, size_t *hn, char *nat)
{
	size_t k, m, and;
	char nat2[3] = "";
	const struct lex_entry *dm;

	nat[0] = 0;
	for (k = t + n; k < s1 && k < t + n + 4; k++) {
		if (extract_tok_is(d, k, "and"))
			break;
		if ((dm = extract_match(d, d->lx->demonyms, k, 3, &m))) {
			snprintf(nat, 3, "%s", lex_get(d->lx->demonyms, dm, "country"));
			k += m - 1;
			continue;
		}
		if (!(d->toks[k].flags & TOK_WORD) || (d->toks[k].flags & (TOK_NUM | TOK_CAP)) ||
		    extract_is_skip(d, k) || extract_is_trigger(d, k) || extract_tok_lex(d, d->lx->cues, k) ||
		    extract_tok_lex(d, d->lx->groupn, k))
			return 0;
	}
	if (k == t + n || k + 1 >= s1 || !extract_tok_is(d, k, "and"))
		return 0;
	and = k++;
	while (k < s1 && extract_is_quant(d, k))
		k++;
	if (k >= s1 || extract_count_at(d, k, &m) <= 0 ||
	    !(*h = extract_head_after(d, k + m, s1, h0, hn, nat2)))
		return 0;
	return and;
}

/*
 * Is the noun phrase [t0, t1) acted upon in its clause: the object of a
 * verb of an act right before it ("had captured several Thai soldiers",
 * "kidnapped Japanese citizens"), or the subject of one after it, past a
 * relative word, auxiliaries and adverbs ("Japanese fishermen were also
 * seized", "several agents who had been caught", "soldiers who later
 * died")?  A group of no count is made only then: such a plural named
 * without an act on it is most often people in general.  With befall
 * set (the noun after "of": "the kin of Japanese who had been kidnapped"), only a
 * passive after it counts: "for the sake of Thais who fled" tells what a
 * kind of people did, no act on some.  ("befall" says which.)
 */
static int
acted_upon(const struct xdoc *d, size_t t0, size_t t1, size_t s0, size_t s1, int befall)
{
	size_t k = t1, j;
	int aux = 0;
	struct xtrig tr;

	/* not a participle that qualifies it ("sending back captured
	 * soldiers", "spoke of detained refugees"): a particle, a
	 * preposition or a determiner before it, or nothing */
	if (t0 > s0 + 1 && extract_trigger(d, t0 - 1, &tr) && tr.n == 1 && strcmp(tr.form, "noun") &&
	    !(tr.infl == INFL_PAST && (extract_evword(d, t0 - 2, "particle") || extract_evword(d, t0 - 2, "prep") ||
	    extract_tok_is(d, t0 - 2, "of") || extract_tok_is(d, t0 - 2, "about") ||
	    extract_evword(d, t0 - 2, "determiner") || extract_tok_is(d, t0 - 2, ","))))
		return 1;
	if (k < s1 && (extract_tok_is(d, k, "who") || extract_tok_is(d, k, "that")))
		k++;
	for (j = 0; k < s1 && j < 4; j++, k++) {
		const struct lex_entry *c = extract_tok_lex(d, d->lx->cues, k);

		/* a passive ("were seized", "captured by"), or a verb
		 * without object ("who later died"); not an active verb
		 * ("several officers held placards") */
		/* "was holding her hand": an active verb in -ing */
		if (extract_trigger(d, k, &tr) && strcmp(tr.form, "noun") && befall)
			return strcmp(tr.form, "intrans") && (aux || (k + 1 < s1 && extract_tok_is(d, k + 1, "by"))) &&
			    tr.infl != INFL_ING;
		if (extract_trigger(d, k, &tr) && strcmp(tr.form, "noun"))
			return (aux && !(tr.infl == INFL_ING && !strcmp(tr.form, "trans"))) ||
			    !strcmp(tr.form, "intrans") || (k + 1 < s1 && extract_tok_is(d, k + 1, "by"));
		if (!(c && (!strcmp(lex_get(d->lx->cues, c, "kind"), "aux") ||
		    !strcmp(lex_get(d->lx->cues, c, "kind"), "perf"))) && !extract_evword(d, k, "adverb"))
			return 0;
		aux |= c != NULL;
	}
	return 0;
}

/* "Japanese fishermen ... the Japanese fishermen": a group of no count
 * named before with the same head noun (the word at h) and nationality,
 * or -1.  People of one kind and no count told again are the same. */
static int
uncounted_like(const struct xdoc *d, size_t h, const char *nat)
{
	size_t i, n;

	for (i = 0; i < d->ngroup; i++) {
		const struct xgroup *g = &d->groups[i];

		n = d->toks[h].e - d->toks[h].s;
		if (g->count == 0 && g->hn == 0 && !strcmp(g->nationality, nat) &&
		    d->toks[g->t1 - 1].e - d->toks[g->t1 - 1].s == n &&
		    !strncasecmp(d->text + d->toks[g->t1 - 1].s, d->text + d->toks[h].s, n))
			return (int)i;
	}
	return -1;
}

/*
 * A group of no count, acted upon (acted_upon): "several wounded Thai
 * soldiers", "other foreigners" (a word of size of the vague-size list of
 * event-words.tsv before at most four words and a plural head noun), or
 * a nationality word right before a plural head noun that is no
 * nationality of its own ("Japanese fishermen", "Thai agents"), or a
 * plural nationality noun that is a head of its own before a relative
 * word or "by", with a passive ("Japanese kidnapped by agents"; "North
 * Koreans who have fled" are a kind of people), neither after a
 * determiner, a count or a capitalised word.  Returns the tokens
 * through the head (0: none) and sets *d0 where the description starts,
 * *h its head's entry and nat.
 */
static size_t
uncounted_at(const struct xdoc *d, size_t t, size_t s0, size_t s1, size_t *d0,
    const struct lex_entry **h, char *nat)
{
	size_t at, hn, m, k = t;
	const struct lex_entry *e;
	int alone = 0;

	nat[0] = 0;
	/* after "of" too ("the kin of Japanese who had been kidnapped"): the
	 * act must then come after the noun (acted_upon's relative clause or
	 * passive), for no verb stands right before it */
	if (t > s0 && (extract_evword(d, t - 1, "determiner") || (d->toks[t - 1].flags & (TOK_NUM | TOK_CAP)) ||
	    extract_count_at(d, t - 1, &m) > 0 || extract_is_quant(d, t - 1)))
		return 0;
	if (extract_evword(d, t, "vague-size")) {
		k = t + 1;
		*d0 = t;
	} else if ((e = extract_match(d, d->lx->demonyms, t, 3, &m)) && (d->toks[t].flags & TOK_CAP)) {
		*d0 = t;
		/* "Japanese kidnapped by agents": a plural nationality noun
		 * that is a head noun of its own, before a relative word or
		 * a participle with "by" */
		if (!strcmp(lex_get(d->lx->demonyms, e, "number"), "pl") && t + m + 1 < s1 &&
		    extract_match(d, d->lx->groupn, t, 3, &hn) && hn == m &&
		    (extract_evword(d, t + m, "relative") || extract_tok_is(d, t + m + 1, "by")))
			alone = 1;
		else if (t + m >= s1 || !extract_tok_lex(d, d->lx->groupn, t + m) ||
		    extract_match(d, d->lx->demonyms, t + m, 3, &m))
			return 0;
	} else
		return 0;
	if (!(*h = extract_head_after(d, k, s1, &at, &hn, nat)) || !extract_is_plural(d, at + hn - 1) ||
	    !acted_upon(d, t, at + hn, s0, s1, alone || (t > s0 && extract_tok_is(d, t - 1, "of"))))
		return 0;
	return at + hn;
}

/*
 * "The pair were among the six seized", "three are among
 * the 40 sailors": the smaller group the subject names, right before
 * the verb, is a part of group gi, first named at t0 (the sentence
 * starts at s0), unless it is a part of another already.
 */
static void
among_whole(struct xdoc *d, int gi, size_t t0, size_t s0)
{
	size_t k = t0, i;
	const struct lex_entry *c;

	if (k > s0 && extract_tok_is(d, k - 1, "of") && k - 1 > s0 && extract_evword(d, k - 2, "collective"))
		k -= 2;
	if (k > s0 && extract_evword(d, k - 1, "determiner"))
		k--;
	if (k < s0 + 3 || !extract_tok_is(d, k - 1, "among"))
		return;
	k--;
	if (extract_evword(d, k - 1, "adverb") || extract_tok_is(d, k - 1, "also"))
		k--;
	if (!(c = extract_tok_lex(d, d->lx->cues, k - 1)) || strcmp(lex_get(d->lx->cues, c, "kind"), "aux"))
		return;
	k--;
	for (i = d->nent; i > 0; i--) {
		const struct xent *m = &d->ents[i - 1];
		struct xgroup *g;

		if (m->kind != ENT_GROUP || m->t1 != k)
			continue;
		g = &d->groups[m->id];
		if (m->id != gi && g->part_of < 0 && g->count > 0 && g->count < d->groups[gi].count)
			g->part_of = gi;
		return;
	}
}

/*
 * The crew the document counts: the one group that is no part of
 * another, of a known size, whose words hold a word of the crew list of
 * event-words.tsv ("its 22-man crew", "14 crew members", "40 sailors");
 * -1 when there is none or more than one.  A vessel's crew named with no
 * count ("the crew of the trawler") is that group, told before or after.
 */
int
extract_counted_crew(const struct xdoc *d)
{
	size_t i, k;
	int found = -1;

	for (i = 0; i < d->ngroup; i++) {
		const struct xgroup *g = &d->groups[i];
		int crew = 0;

		if (g->count <= 0 || g->part_of >= 0)
			continue;
		for (k = g->t0; k < g->t1 && !crew; k++)
			crew = extract_evword(d, k, "crew");
		if (!crew)
			continue;
		if (found >= 0 && d->groups[found].count != g->count)
			return -1;
		found = (int)i;
	}
	return found;
}

/*
 * "the skipper and crew of a trawler", "officers and crew of a Thai
 * ship": a crew word joined by "and" to who else was aboard, before
 * "of" and a vessel, names the vessel's crew with no count: the crew the
 * document counts (extract_counted_crew), else a group of no count.  ("The crew of the trawler"
 * alone is a description, extract-antecedents.c.)  Runs after the
 * counted groups are all found, so that a crew counted later is the
 * one.
 */
static void
crew_of_vessel(struct xdoc *d)
{
	size_t t, i;
	int gi = -1;

	for (t = 1; t + 1 < d->ntok; t++) {
		size_t e = t + 1;
		int taken = 0;

		if (!extract_evword(d, t, "crew") || (d->toks[t].flags & TOK_CAP) ||
		    !extract_tok_is(d, t - 1, "and"))
			continue;
		if (extract_tok_is(d, e, "members"))
			e++;
		if (!extract_of_vessel(d, e))
			continue;
		for (i = 0; i < d->nent && !taken; i++)
			taken = d->ents[i].t0 <= t && d->ents[i].t1 > t;
		if (taken)
			continue;
		/* none counted: a group of no count, as "the crew of" */
		if (gi < 0 && (gi = extract_counted_crew(d)) < 0)
			gi = extract_new_group(d, t, t, e, 0, "", 0);
		i = extract_add_ent(d, ENT_GROUP, t, e, gi);
		d->ents[i].plural = 1;
	}
}

/* Is token j the kinship word at k, as written? */
static int
same_word(const struct xdoc *d, size_t j, size_t k)
{
	size_t n = d->toks[k].e - d->toks[k].s;

	return d->toks[j].e - d->toks[j].s == n && !strncasecmp(d->text + d->toks[j].s, d->text + d->toks[k].s, n);
}

/*
 * Does the document name someone by the kinship word at k anywhere: a
 * person named within three tokens after the same word ("his wife, Ann
 * Roe", "daughter Ye-jin"; not "daughter of Ann Roe") or one whose name a comma and, within four
 * tokens, the word follow ("Ann Roe, his wife,", "Ann Roe, the wife
 * of")?  Then "his wife" may be her, and is no one unnamed.
 */
static int
kin_named(const struct xdoc *d, size_t k)
{
	size_t i, j;

	for (i = 0; i < d->nent; i++) {
		const struct xent *e = &d->ents[i];

		if (e->kind != ENT_PERSON)
			continue;
		/* not "the daughter of Ann Roe": the owner */
		for (j = e->t0 >= 3 ? e->t0 - 3 : 0; j < e->t0; j++)
			if (same_word(d, j, k) && !extract_tok_is(d, j + 1, "of"))
				return 1;
		if (e->t1 < d->ntok && extract_tok_is(d, e->t1, ","))
			for (j = e->t1 + 1; j < d->ntok && j < e->t1 + 5; j++)
				if (same_word(d, j, k))
					return 1;
	}
	return 0;
}

/*
 * "his wife was also detained", "the couple's daughter - a student in
 * Rome - was sent back", "after her grandfather defected": one relative
 * (a word of kinship.tsv that tells a sex, after a possessive) acted upon
 * in its clause (acted_upon, past an aside set off by dashes or commas),
 * whom the document never names (kin_named), is a group of one.  Named
 * anywhere, the relative is that person, or may be: no group; nor in a
 * story that names a relative of someone (a person of role family).
 */
static void
unnamed_relatives(struct xdoc *d)
{
	size_t t, n, k, i;

	/* a relative of the one held named and speaking ("his father, Bo
	 * Roe, said"): the story tells the one held from the family's side,
	 * and "his son" is most often that one, named */
	for (i = 0; i < d->nperson; i++)
		if (d->persons[i].roles & ROLE_FAMILY)
			return;

	for (t = 1; t < d->ntok; t++) {
		const struct lex_entry *e;
		size_t si = d->toks[t].sent, s0 = d->sents[si].t0, s1 = d->sents[si].t1, end;
		int taken = 0, gi;

		if (!(extract_tok_is(d, t - 1, "his") || extract_tok_is(d, t - 1, "her") ||
		    extract_tok_is(d, t - 1, "their") || extract_tok_is(d, t - 1, "'s") ||
		    extract_tok_is(d, t - 1, "\xe2\x80\x99s")) || t <= s0 ||
		    !(e = extract_match(d, d->lx->kinship, t, 2, &n)) || !*lex_get(d->lx->kinship, e, "gender"))
			continue;
		end = t + n;
		/* past an aside: "- believed to be 16 -", ", a student," */
		k = end;
		if (k < s1 && (extract_tok_is(d, k, "-") || extract_tok_is(d, k, "\xe2\x80\x93") ||
		    extract_tok_is(d, k, "\xe2\x80\x94") || extract_tok_is(d, k, ","))) {
			for (k++; k < s1 && k < end + 16 && !same_word(d, k, end); k++)
				;
			k = k < s1 && k < end + 16 ? k + 1 : end;
		}
		if (!acted_upon(d, t, k, s0, s1, 0) || kin_named(d, end - 1))
			continue;
		for (i = 0; i < d->nent && !taken; i++)
			taken = d->ents[i].kind != ENT_PRONOUN && d->ents[i].t0 < end && d->ents[i].t1 > t;
		if (taken)
			continue;
		/* described from the owner: "Ann Roe's son", "the couple's son" */
		k = t - 1;
		if (!(d->toks[k].flags & TOK_WORD) || extract_tok_is(d, k, "'s") ||
		    extract_tok_is(d, k, "\xe2\x80\x99s")) {
			for (i = 0; i < d->nent; i++)
				if (d->ents[i].t1 == k && d->ents[i].kind == ENT_PERSON)
					break;
			k = i < d->nent ? d->ents[i].t0 : k > s0 ? k - 1 : k;
		}
		gi = extract_new_group(d, k, k, end, 1, "", 0);
		i = extract_add_ent(d, ENT_GROUP, t - 1, end, gi);
		t = end - 1;
	}
}

void
extract_groups(struct xdoc *d)
{
	size_t si, t;

	for (si = 0; si < d->nsent; si++) {
		size_t s0 = d->sents[si].t0, s1 = d->sents[si].t1;

		for (t = s0; t < s1; t++) {
			size_t n, at, hn, t0 = t, end;
			long count = extract_count_at(d, t, &n);
			const struct lex_entry *h;
			char nat[3] = "";
			int gi, ei, range = 0;
			unsigned roles;

			if (count <= 0 && t > s0 && extract_tok_is(d, t - 1, "the") && extract_evword(d, t, "pair") &&
			    !(t + 1 < s1 && extract_tok_is(d, t + 1, "of"))) {
				count = 2;	/* "the pair", "the couple": "the two" */
				n = 1;
			} else if (count <= 0 && (n = extract_vague_count(d, t, s1)) > 0)
				count = 0;	/* "hundreds of North Koreans": a size unknown */
			else if (count <= 0 && both_at(d, t, s1)) {
				count = 2;	/* "both men": the two named before */
				n = 1;
			} else if (count <= 0 && (end = uncounted_at(d, t, s0, s1, &at, &h, nat)) > 0) {
				/* "Japanese fishermen were also seized" */
				roles = extract_role_bit(lex_get(d->lx->groupn, h, "role")) & ~ROLE_OTHER;
				if (!strcmp(nat, "KP"))
					roles |= ROLE_DEFECTOR;
				if ((gi = uncounted_like(d, end - 1, nat)) < 0)
					gi = extract_new_group(d, t, at, end, 0, nat, roles);
				ei = (int)extract_add_ent(d, ENT_GROUP, t, end, gi);
				d->ents[ei].plural = 1;
				t = end - 1;
				continue;
			} else if (count <= 0 || extract_not_a_count(d, t, s0, s1, count, n))
				continue;
			/* a year, a day of the month, an age: not a count */
			if (t > s0 && (extract_tok_is(d, t - 1, "$") || date_month_from_name(
			    d->text + d->toks[t - 1].s, d->toks[t - 1].e - d->toks[t - 1].s)))
				continue;
			while (t0 > s0 && extract_is_quant(d, t0 - 1) && t0 > s0 + 0)
				t0--;
			if (count > 0 && (end = extract_count_range(d, &t0, t, n, s0, s1)) > 0) {
				n = end;
				count = 0;
				range = 1;
			}
			/* "32 of 35 sailors": the part, a group of its own */
			if (count > 0 && !range && (end = count_of_count(d, t, n, s0, s1, count, &ei)) > 0) {
				if ((gi = group_of_count(d, count)) < 0 || gi == ei) {
					/* described as "14 (of 20 sailors)" */
					gi = extract_new_group(d, t0, t0, t + n, count, d->groups[ei].nationality,
					    d->groups[ei].roles);
					d->groups[gi].part_of = ei;
				}
				ei = (int)extract_add_ent(d, ENT_GROUP, t0, end, gi);
				d->ents[ei].plural = 1;
				t = end - 1;
				continue;
			}
			if (t + n < s1 && extract_tok_is(d, t + n, "of") && t + n + 1 < s1 &&
			    extract_tok_is(d, t + n + 1, "the"))
				h = extract_head_after(d, t + n + 2, s1, &at, &hn, nat);
			else if (count == 0 && !range)	/* "hundreds of North Koreans" */
				h = extract_head_after(d, t + n + 1, s1, &at, &hn, nat);
			else
				h = extract_head_after(d, t + n, s1, &at, &hn, nat);
			/* "15 Thai and two Lao sailors": the first count takes
			 * the head of the second; the second is found next */
			if (!h && count > 0 && !range && (end = shared_head(d, t, n, s1, &h, &at, &hn, nat)) > 0) {
				roles = extract_role_bit(lex_get(d->lx->groupn, h, "role")) & ~ROLE_OTHER;
				if (!strcmp(nat, "KP"))
					roles |= ROLE_DEFECTOR;
				if ((gi = group_of_count(d, count)) < 0) {
					gi = extract_new_group(d, t0, t + n, end, count, nat, roles);
					d->groups[gi].h0 = at;
					d->groups[gi].hn = hn;
				}
				ei = (int)extract_add_ent(d, ENT_GROUP, t0, end, gi);
				d->ents[ei].plural = 1;
				t = end - 1;
				continue;
			}
			if (!h) {
				int ante, kind;
				size_t pend, p0 = t0;

				if ((pend = all_of_them(d, t, n, s0, s1, count, &gi)) > 0) {
					/* "detained all nine of them" */
					ei = (int)extract_add_ent(d, ENT_GROUP, t - 1, pend, gi);
					d->ents[ei].plural = 1;
					t = pend - 1;
					continue;
				}
				if ((pend = aboard_part(d, t, n, s1)) > 0) {
					/* "shipped five of those aboard home" */
					if ((gi = group_of_count(d, count)) < 0)
						gi = extract_new_group(d, t0, t0, pend, count, "", 0);
					ei = (int)extract_add_ent(d, ENT_GROUP, t0, pend, gi);
					d->ents[ei].plural = 1;
					t = pend - 1;
					continue;
				}
				if ((pend = partitive(d, &p0, t, n, s0, s1, count, &ante, &kind)) > 0 &&
				    kind >= 0 && ante >= 0)
					d->groups[kind].part_of = ante;	/* "20 ... and nine others" */
				else if (pend > 0 && ante < 0) {
					const struct xgroup *k = &d->groups[kind];

					gi = extract_new_group(d, p0, p0, pend, count, k->nationality, k->roles);
					ei = (int)extract_add_ent(d, ENT_GROUP, p0, pend, gi);
					d->ents[ei].plural = 1;
					t = pend - 1;
					continue;
				}
				if (pend > 0) {
					const struct xgroup *a = &d->groups[ante];

					/* "seven were jailed ... the other seven":
					 * the part named before by its count */
					if ((gi = group_of_count(d, count)) < 0 || gi == ante ||
					    (d->groups[gi].part_of >= 0 && d->groups[gi].part_of != ante)) {
						gi = extract_new_group(d, p0, p0, pend, count, a->nationality,
						    a->roles);
						d->groups[gi].part_of = ante;
					}
					ei = (int)extract_add_ent(d, ENT_GROUP, p0, pend, gi);
					d->ents[ei].plural = 1;
					t = pend - 1;
					continue;
				}
				/* "a group of seven fleeing", "a party of five":
				 * a collective noun counts the people */
				if (t >= s0 + 2 && extract_tok_is(d, t - 1, "of") &&
				    extract_evword(d, t - 2, "collective") && !(d->toks[t - 2].flags & TOK_CAP) &&
				    !extract_evword(d, t - 2, "pair") && d->text[d->toks[t - 2].e - 1] != 's') {
					size_t g0 = t - 2;

					if (g0 > s0 && (extract_tok_is(d, g0 - 1, "a") || extract_tok_is(d, g0 - 1, "the")))
						g0--;
					if ((gi = group_of_count(d, count)) < 0)
						gi = extract_new_group(d, g0, t - 2, t + n, count, "", 0);
					ei = (int)extract_add_ent(d, ENT_GROUP, g0, t + n, gi);
					d->ents[ei].plural = 1;
					t += n - 1;
					continue;
				}
				/* "out of nine defectors ..., two were executed" */
				if ((gi = bare_part(d, t, n, si, s1, count)) >= 0) {
					ei = (int)extract_add_ent(d, ENT_GROUP, t, t + n, gi);
					d->ents[ei].plural = 1;
					t += n - 1;
					continue;
				}
				/* "the 11", "the four": the group of that count; "the
				 * two were", "the pair have": with none, a new one,
				 * that may stand for as many persons named before */
				if (t > s0 && (extract_tok_is(d, t - 1, "the") || extract_tok_is(d, t - 1, "all")) &&
				    ((gi = group_of_count(d, count)) >= 0 ||
				    (count <= 5 && extract_tok_is(d, t - 1, "the") && subject_of_verb(d, t + n, s1)))) {
					if (gi < 0) {
						gi = extract_new_group(d, t, t, t + n, count, "", 0);
						d->groups[gi].definite = 1;
					}
					ei = (int)extract_add_ent(d, ENT_GROUP, t, t + n, gi);
					d->ents[ei].plural = 1;
				}
				t += n - 1;
				continue;
			}
			end = at + hn;
			roles = extract_role_bit(lex_get(d->lx->groupn, h, "role"));
			/* "two couples": four people */
			if (count > 0 && extract_evword(d, end - 1, "two-each"))
				count *= 2;
			/* "eight women and three men", "three women and two
			 * children": one group of its members, told by sex or age */
			if (end + 1 < s1 && extract_tok_is(d, end, "and")) {
				size_t n2, at2, hn2;
				long c2 = extract_count_at(d, end + 1, &n2);
				const struct lex_entry *h2;
				char nat2[3] = "";

				if (c2 > 0 && (h2 = extract_head_after(d, end + 1 + n2, s1, &at2, &hn2, nat2)) &&
				    (*lex_get(d->lx->groupn, h2, "gender") ||
				    *lex_get(d->lx->groupn, h, "gender"))) {
					count += c2;
					end = at2 + hn2;
				}
			}
			/* North Koreans counted outside North Korea have left it */
			if (!strcmp(nat, "KP"))
				roles |= ROLE_DEFECTOR;
			gi = group_of_count(d, count);
			if (gi < 0) {
				gi = extract_new_group(d, t0, count ? t + n : t0, end, count, nat,
				    roles & ~ROLE_OTHER);
				/* "the two men", "both men": people told of before */
				d->groups[gi].definite = extract_tok_is(d, t, "both") ||
				    (t0 > s0 && extract_tok_is(d, t0 - 1, "the"));
			} else {
				if (!d->groups[gi].nationality[0])
					snprintf(d->groups[gi].nationality, 3, "%s", nat);
				d->groups[gi].roles |= roles & ~ROLE_OTHER;
			}
			among_whole(d, gi, t0, s0);
			ei = (int)extract_add_ent(d, ENT_GROUP, t0, end, gi);
			d->ents[ei].plural = 1;
			t = end - 1;
		}
	}
	crew_of_vessel(d);
	unnamed_relatives(d);
}

static int
add_place(struct xdoc *d, size_t t0, size_t t1, const char *kind, const char *cc)
{
	struct buf b = BUF_INIT;
	size_t i;
	char *name;

	buf_add(&b, d->text + d->toks[t0].s, d->toks[t1 - 1].e - d->toks[t0].s);
	name = buf_detach(&b, NULL);
	for (i = 0; i < d->nplace; i++)
		if (strcmp(d->places[i].name, name) == 0) {
			free(name);
			return (int)i;
		}
	if (d->nplace == d->cplace) {
		d->cplace = d->cplace ? d->cplace * 2 : 8;
		d->places = xrealloc(d->places, d->cplace * sizeof(*d->places));
	}
	memset(&d->places[d->nplace], 0, sizeof(d->places[0]));
	d->places[d->nplace].name = name;
	snprintf(d->places[d->nplace].kind, sizeof(d->places[0].kind), "%s", kind);
	snprintf(d->places[d->nplace].country, 3, "%s", cc);
	return (int)d->nplace++;
}

void
extract_places(struct xdoc *d)
{
	size_t t, n1, n2, nd;

	for (t = 0; t < d->ntok; t++) {
		const struct lex_entry *c, *p, *dm;
		int pi;

		if (!(d->toks[t].flags & TOK_CAP) && !extract_tok_is(d, t, "the"))
			continue;
		c = extract_match(d, d->lx->countries, t, 8, &n1);
		p = extract_match(d, d->lx->places, t, XPLACE_MAX, &n2);
		if (!c && !p)
			continue;
		/* "North Korean" is a nationality, not the place "North Korea" */
		dm = extract_match(d, d->lx->demonyms, t + extract_tok_is(d, t, "the"), 3, &nd);
		if (dm && nd + extract_tok_is(d, t, "the") > (c && n1 >= n2 ? n1 : n2))
			continue;
		if (c && n1 >= n2)
			pi = add_place(d, t, t + n1, "country", lex_get(d->lx->countries, c, "country"));
		else {
			pi = add_place(d, t, t + n2, lex_get(d->lx->places, p, "place_kind"),
			    lex_get(d->lx->places, p, "country"));
			n1 = n2;
		}
		if (!strcmp(d->places[pi].country, "KP"))
			d->mentions_kp = 1;
		extract_add_ent(d, ENT_PLACE, t, t + n1, pi);
		t += n1 - 1;
	}
}
