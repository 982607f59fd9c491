/*
 * extract-groups.c: counted groups, places, pronouns, and the index of all
 * mentions in text order.
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
 * "the refugees") is a reference to the latest group, like "they".
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

static const char *quantifiers[] = { "about", "around", "some", "nearly",
	"almost", "approximately", "roughly", "over", "only", "least", "than",
	"many", "another", "all", NULL };

static int
is_quant(const struct xdoc *d, size_t t)
{
	size_t i;

	for (i = 0; quantifiers[i]; i++)
		if (extract_tok_is(d, t, quantifiers[i]))
			return 1;
	return 0;
}

static long count_word_at(const struct xdoc *d, size_t t, size_t *n);
static int is_plural(const struct xdoc *d, size_t t);

/* The count at token t: digits (1,180) or number words (nine, twenty-one,
 * a dozen), times a multiplier after them ("two dozen", "20 million",
 * "three hundred").  Returns the value and sets *n to the tokens used, or
 * 0. */
long
extract_count_at(const struct xdoc *d, size_t t, size_t *n)
{
	static const struct { const char *w; long times; } mult[] = {
		{ "dozen", 12 }, { "hundred", 100 }, { "thousand", 1000 },
		{ "million", 1000000 }, { "billion", 1000000000 },
	};
	long v = count_word_at(d, t, n);
	size_t i;

	if (v <= 0 || t + *n >= d->ntok)
		return v;
	for (i = 0; i < sizeof(mult) / sizeof(mult[0]); i++)
		if (extract_tok_is(d, t + *n, mult[i].w) && v < 1000) {
			(*n)++;
			return v * mult[i].times;
		}
	return v;
}

static long
count_word_at(const struct xdoc *d, size_t t, size_t *n)
{
	const struct xtok *k = &d->toks[t];
	const struct lex_entry *e;
	long v = 0;

	*n = 0;
	if (!(k->flags & TOK_WORD))
		return 0;
	if (k->flags & TOK_NUM) {
		/* "an 83-man crew", "its 12-member crew": the size of what
		 * the noun after it names */
		static const char *const sized[] = { "-man", "-member", "-strong", "-person" };
		size_t i, j, end = k->e;

		for (j = 0; j < sizeof(sized) / sizeof(sized[0]); j++)
			if (k->e - k->s > strlen(sized[j]) && !strncasecmp(d->text + k->e - strlen(sized[j]),
			    sized[j], strlen(sized[j])))
				end = k->e - strlen(sized[j]);
		for (i = k->s; i < end; i++) {
			if (d->text[i] == ',')
				continue;
			if (d->text[i] < '0' || d->text[i] > '9' || v > 10000000)
				return 0;
			v = v * 10 + (d->text[i] - '0');
		}
		*n = 1;
		return v;
	}
	if (extract_tok_is(d, t, "a") || extract_tok_is(d, t, "an"))
		return 0;
	if ((e = extract_match(d, d->lx->numbers, t, 3, n)))
		return atol(lex_get(d->lx->numbers, e, "value"));
	/* twenty-one */
	{
		const char *dash = memchr(d->text + k->s, '-', k->e - k->s);

		if (dash) {
			const struct lex_entry *a = lex_lookupn(d->lx->numbers, d->text + k->s,
			    (size_t)(dash - d->text - k->s));
			const struct lex_entry *b = lex_lookupn(d->lx->numbers, dash + 1,
			    (size_t)(d->text + k->e - dash - 1));

			if (a && b) {
				*n = 1;
				return atol(lex_get(d->lx->numbers, a, "value")) +
				    atol(lex_get(d->lx->numbers, b, "value"));
			}
		}
	}
	return 0;
}

static const char *skipwords[] = { "of", "the", "to", "in", "and", "or",
	"were", "was", "who", "that", "which", "are", "is", "had", "have", "for",
	"from", "at", "on", "by", "with", "as", "into", "their", "his", "her",
	"years", "year", "days", "months", NULL };

static int
is_skip(const struct xdoc *d, size_t t)
{
	size_t i;

	for (i = 0; skipwords[i]; i++)
		if (extract_tok_is(d, t, skipwords[i]))
			return 1;
	return 0;
}

/* A head noun within four words after token t: its entry, start, length. */
static const struct lex_entry *
head_after(const struct xdoc *d, size_t t, size_t s1, size_t *at, size_t *n, char *nat)
{
	size_t k, m;
	const struct lex_entry *e;

	for (k = t; k < s1 && k < t + 5; k++) {
		if ((e = extract_match(d, d->lx->groupn, k, 3, n))) {
			/* "North Koreans" is a head; "North Korean defectors" is not yet */
			size_t n2;
			const struct lex_entry *e2 = NULL;

			if (k + *n < s1)
				e2 = extract_match(d, d->lx->groupn, k + *n, 3, &n2);
			if (e2 && extract_match(d, d->lx->demonyms, k, 3, &m) && m == *n) {
				k += m - 1;
				continue;
			}
			if (extract_match(d, d->lx->demonyms, k, 3, &m))
				snprintf(nat, 3, "%s", lex_get(d->lx->demonyms,
				    extract_match(d, d->lx->demonyms, k, 3, &m), "country"));
			*at = k;
			return e;
		}
		if ((e = extract_match(d, d->lx->demonyms, k, 3, &m))) {
			snprintf(nat, 3, "%s", lex_get(d->lx->demonyms, e, "country"));
			k += m - 1;
			continue;
		}
		/* "three North Korean loggers": after a demonym, a plural noun
		 * the lexicon lacks is still people */
		if (nat[0] && (d->toks[k].flags & TOK_WORD) && !(d->toks[k].flags & (TOK_NUM | TOK_CAP)) &&
		    d->toks[k].e - d->toks[k].s >= 4 && d->text[d->toks[k].e - 1] == 's' &&
		    d->text[d->toks[k].e - 2] != 's' && !is_skip(d, k) &&
		    !extract_is_trigger(d, k) && !extract_tok_lex(d, d->lx->cues, k) &&
		    (e = lex_lookup(d->lx->groupn, "people")) != NULL) {
			*at = k;
			*n = 1;
			return e;
		}
		/* "two detained journalists": a participle may qualify the head */
		if (extract_is_trigger(d, k) && d->text[d->toks[k].e - 1] == 'd' &&
		    k + 1 < s1 && !extract_tok_is(d, k + 1, "by") && !is_skip(d, k + 1))
			continue;
		if (!(d->toks[k].flags & TOK_WORD) || (d->toks[k].flags & (TOK_NUM | TOK_CAP)) ||
		    is_skip(d, k) || extract_is_trigger(d, k) ||
		    extract_tok_lex(d, d->lx->cues, k))
			return NULL;
	}
	return NULL;
}

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

/* "In 2015 nine defectors", "since 2009", "Camp No. 15": a year or a
 * number, not how many people; so is a number right after a noun that
 * takes one as its name ("Article 48", "labour camp 14", "Flight 17": the
 * label list of event-words.tsv), for a count comes before its noun. */
static int
not_a_count(const struct xdoc *d, size_t t, size_t s0, size_t s1, long count, size_t n)
{
	size_t m;

	if (t >= s0 + 2 && extract_tok_is(d, t - 1, ".") && (extract_tok_is(d, t - 2, "No") ||
	    extract_tok_is(d, t - 2, "Nos")))
		return 1;
	if (t > s0 && (d->toks[t].flags & TOK_NUM) && extract_evword(d, t - 1, "label"))
		return 1;
	if (count < 1900 || count > 2100 || d->toks[t].e - d->toks[t].s != 4)
		return 0;
	return (t > s0 && (extract_tok_is(d, t - 1, "in") || extract_tok_is(d, t - 1, "since") ||
	    extract_tok_is(d, t - 1, "by") || extract_tok_is(d, t - 1, "until") ||
	    extract_tok_is(d, t - 1, "from"))) ||
	    (t + n < s1 && extract_count_at(d, t + n, &m) > 0);
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
			return is_plural(d, k + n - 1) && !(k + n < s1 && extract_tok_is(d, k + n, "and"));
		if (extract_match(d, d->lx->demonyms, k, 2, &m)) {
			k += m - 1;
			continue;
		}
		if (!(d->toks[k].flags & TOK_WORD) || (d->toks[k].flags & TOK_NUM) || is_skip(d, k))
			return 0;
	}
	return 0;
}

/* "dozens", "hundreds", "thousands", "scores", "tens of thousands", "a
 * (large) number", each before "of": how many tokens the quantity spans (through "of" less one,
 * so that "of" follows as after a count), or 0. */
static size_t
vague_count(const struct xdoc *d, size_t t, size_t s1)
{
	static const char *const words[] = { "dozens", "hundreds", "thousands", "scores",
	    "millions" };
	size_t i, k = t;

	/* "a number of", "a large number of": as many, unsaid */
	if (k + 3 < s1 && extract_tok_is(d, k, "a") && extract_tok_is(d, k + 1, "number") &&
	    extract_tok_is(d, k + 2, "of"))
		return 2;
	if (k + 4 < s1 && extract_tok_is(d, k, "a") && extract_tok_is(d, k + 2, "number") &&
	    extract_tok_is(d, k + 3, "of") && (d->toks[k + 1].flags & TOK_WORD) &&
	    !(d->toks[k + 1].flags & (TOK_CAP | TOK_NUM)))
		return 3;

	if (k + 2 < s1 && (extract_tok_is(d, k, "tens") || extract_tok_is(d, k, "hundreds")) &&
	    extract_tok_is(d, k + 1, "of") && extract_tok_is(d, k + 2, "thousands"))
		k += 2;
	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (extract_tok_is(d, k, words[i]) && k + 1 < s1 && extract_tok_is(d, k + 1, "of"))
			return k + 1 - t;
	return 0;
}

/*
 * "30,000 to 50,000 believers", "between 200 and 300 prisoners": a range
 * of two counts, a size not known.  The count at t spans n tokens; returns
 * the tokens through the second count (and moves *t0 back over
 * "between"), or 0.  "From 300 to 500" tells a change, not a range.
 */
static size_t
count_range(const struct xdoc *d, size_t *t0, size_t t, size_t n, size_t s0, size_t s1)
{
	size_t m;
	int between = *t0 > s0 && extract_tok_is(d, *t0 - 1, "between");

	if (t + n + 1 >= s1 || !(extract_tok_is(d, t + n, between ? "and" : "to") ||
	    (!between && extract_tok_is(d, t + n, "-"))) ||
	    (*t0 > s0 && extract_tok_is(d, *t0 - 1, "from")) ||
	    extract_count_at(d, t + n + 1, &m) <= 0)
		return 0;
	if (between)
		(*t0)--;
	return n + 1 + m;
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
	if ((all = extract_count_at(d, k, &m)) <= count || not_a_count(d, k, s0, s1, all, m) ||
	    !(h = head_after(d, k + m, s1, &at, &hn, nat)))
		return 0;
	if ((*whole = group_of_count(d, all)) < 0) {
		unsigned roles = extract_role_bit(lex_get(d->lx->groupn, h, "role")) & ~ROLE_OTHER;

		if (!strcmp(nat, "KP"))
			roles |= ROLE_DEFECTOR;
		*whole = extract_new_group(d, k, k + m, at + hn, all, nat, roles);
	}
	return at + hn;
}

/*
 * "Out of nine defectors sent back, two were shot while seven were
 * jailed", "Of the 20 sailors, 15 were freed": a count with no noun,
 * the subject of a verb right after it (an auxiliary or an act), opening
 * its clause (after nothing, a comma, "and", "but", "while", "that" or a
 * verb of saying: "a witness said two were shot"), is a part of the latest
 * larger group named in its sentence or the one before.  The count at t
 * spans n tokens.  Returns the part's group (the group of that count
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
	if (whole < 0)
		return -1;
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
		    is_skip(d, k) || extract_is_trigger(d, k) || extract_tok_lex(d, d->lx->cues, k) ||
		    extract_tok_lex(d, d->lx->groupn, k))
			return 0;
	}
	if (k == t + n || k + 1 >= s1 || !extract_tok_is(d, k, "and"))
		return 0;
	and = k++;
	while (k < s1 && is_quant(d, k))
		k++;
	if (k >= s1 || extract_count_at(d, k, &m) <= 0 ||
	    !(*h = head_after(d, k + m, s1, h0, hn, nat2)))
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
 * without an act on it is most often people in general.
 */
static int
acted_upon(const struct xdoc *d, size_t t0, size_t t1, size_t s0, size_t s1)
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
 * nationality of its own ("Japanese fishermen", "Thai agents"), neither
 * after a determiner, a count or a capitalised word.  Returns the tokens
 * through the head (0: none) and sets *d0 where the description starts,
 * *h its head's entry and nat.
 */
static size_t
uncounted_at(const struct xdoc *d, size_t t, size_t s0, size_t s1, size_t *d0,
    const struct lex_entry **h, char *nat)
{
	size_t at, hn, m, k = t;

	nat[0] = 0;
	if (t > s0 && (extract_evword(d, t - 1, "determiner") || (d->toks[t - 1].flags & (TOK_NUM | TOK_CAP)) ||
	    extract_count_at(d, t - 1, &m) > 0 || extract_tok_is(d, t - 1, "of") || is_quant(d, t - 1)))
		return 0;
	if (extract_evword(d, t, "vague-size")) {
		k = t + 1;
		*d0 = t;
	} else if (extract_match(d, d->lx->demonyms, t, 3, &m) && (d->toks[t].flags & TOK_CAP)) {
		*d0 = t;
		if (t + m >= s1 || !extract_tok_lex(d, d->lx->groupn, t + m) ||
		    extract_match(d, d->lx->demonyms, t + m, 3, &m))
			return 0;
	} else
		return 0;
	if (!(*h = head_after(d, k, s1, &at, &hn, nat)) || !is_plural(d, at + hn - 1) ||
	    !acted_upon(d, t, at + hn, s0, s1))
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

static int of_vessel(const struct xdoc *d, size_t k);

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
		if (!of_vessel(d, e))
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
		if (!acted_upon(d, t, k, s0, s1) || kin_named(d, end - 1))
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
			} else if (count <= 0 && (n = vague_count(d, t, s1)) > 0)
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
			} else if (count <= 0 || not_a_count(d, t, s0, s1, count, n))
				continue;
			/* a year, a day of the month, an age: not a count */
			if (t > s0 && (extract_tok_is(d, t - 1, "$") || date_month_from_name(
			    d->text + d->toks[t - 1].s, d->toks[t - 1].e - d->toks[t - 1].s)))
				continue;
			while (t0 > s0 && is_quant(d, t0 - 1) && t0 > s0 + 0)
				t0--;
			if (count > 0 && (end = count_range(d, &t0, t, n, s0, s1)) > 0) {
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
				h = head_after(d, t + n + 2, s1, &at, &hn, nat);
			else if (count == 0 && !range)	/* "hundreds of North Koreans" */
				h = head_after(d, t + n + 1, s1, &at, &hn, nat);
			else
				h = head_after(d, t + n, s1, &at, &hn, nat);
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

				if (c2 > 0 && (h2 = head_after(d, end + 1 + n2, s1, &at2, &hn2, nat2)) &&
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

/* A plural noun: defectors, fishermen, people, children. */
static int
is_plural(const struct xdoc *d, size_t t)
{
	const struct xtok *k = &d->toks[t];
	size_t n = k->e - k->s;
	const struct lex_entry *e;

	return d->text[k->e - 1] == 's' || (n >= 3 && !strncmp(d->text + k->e - 3, "men", 3)) ||
	    extract_tok_is(d, t, "people") || extract_tok_is(d, t, "children") ||
	    extract_tok_is(d, t, "crew") || ((e = extract_tok_lex(d, d->lx->demonyms, t)) &&
	    !strcmp(lex_get(d->lx->demonyms, e, "number"), "pl"));
}

/*
 * After "the" at t: at most two modifiers (lowercase words, an age
 * "24-year-old", a nationality) and a singular noun of a person
 * (group-nouns.tsv: woman, fisherman; titles.tsv of no official's role:
 * engineer, missionary), or an age alone ("the 24-year-old").  Returns
 * the tokens through that noun (the noun is at t + n - 1), or 0.
 */
static size_t
definite_person(const struct xdoc *d, size_t t)
{
	size_t k, s1 = d->sents[d->toks[t].sent].t1, m;

	for (k = t; k < s1 && k < t + 6; k++) {
		const struct lex_entry *e;
		const struct xtok *w = &d->toks[k];

		/* "24-year-old": tokens 24 - year - old */
		if ((w->flags & TOK_NUM) && k + 4 < s1 && extract_tok_is(d, k + 1, "-") &&
		    extract_tok_is(d, k + 2, "year") && extract_tok_is(d, k + 4, "old")) {
			k += 4;
			if (k + 1 >= s1 || !(d->toks[k + 1].flags & TOK_WORD) ||
			    extract_is_trigger(d, k + 1) || extract_tok_lex(d, d->lx->cues, k + 1))
				return k - t + 1;	/* the age alone names the person */
			continue;
		}
		if ((e = extract_tok_lex(d, d->lx->groupn, k)) && !is_plural(d, k))
			return k - t + 1;
		if ((e = extract_match(d, d->lx->titles, k, 1, &m)) && !(w->flags & TOK_CAP) &&
		    strcmp(lex_get(d->lx->titles, e, "role"), "official") && w->e - w->s > 2 &&
		    d->text[w->e - 1] != 's')
			return k - t + 1;
		if (extract_match(d, d->lx->demonyms, k, 2, &m)) {
			k += m - 1;
			continue;
		}
		if (!(w->flags & TOK_WORD) || (w->flags & (TOK_CAP | TOK_NUM)) || k >= t + 2 ||
		    extract_is_trigger(d, k))
			return 0;
	}
	return 0;
}

/*
 * After "a" at t: an age ("41-year-old"), then at most two words that
 * describe (a nationality, a faith: "Thai", "Christian", "young") and a
 * singular noun of a person of group-nouns.tsv (man, woman, fisherman).
 * An age marks one person the text tells of, not a kind.  Returns the
 * tokens through the noun (the noun is at t + n - 1), or 0.
 */
static size_t
aged_person(const struct xdoc *d, size_t t)
{
	size_t k, s1, m, a;
	const struct xtok *w = &d->toks[t];

	/* "41-year-old", one token or five */
	if (t + 1 >= d->ntok || !(w->flags & TOK_NUM))
		return 0;
	if (w->e - w->s > 9 && !strncasecmp(d->text + w->e - 9, "-year-old", 9))
		a = 1;
	else if (t + 5 < d->ntok && extract_tok_is(d, t + 1, "-") && extract_tok_is(d, t + 2, "year") &&
	    extract_tok_is(d, t + 4, "old"))
		a = 5;
	else
		return 0;
	s1 = d->sents[d->toks[t].sent].t1;
	for (k = t + a; k < s1 && k < t + a + 3; k++) {
		if (extract_tok_lex(d, d->lx->groupn, k))
			return is_plural(d, k) ? 0 : k - t + 1;
		if (extract_match(d, d->lx->demonyms, k, 2, &m)) {
			k += m - 1;
			continue;
		}
		if (!(d->toks[k].flags & TOK_WORD) || (d->toks[k].flags & TOK_NUM) ||
		    extract_is_trigger(d, k) || extract_tok_lex(d, d->lx->cues, k) || is_skip(d, k))
			return 0;
	}
	return 0;
}

/* An auxiliary at k ("was", "has"): a cue of kind aux or perf. */
static int
is_aux(const struct xdoc *d, size_t k)
{
	const struct lex_entry *c = extract_tok_lex(d, d->lx->cues, k);

	return c && (!strcmp(lex_get(d->lx->cues, c, "kind"), "aux") ||
	    !strcmp(lex_get(d->lx->cues, c, "kind"), "perf"));
}

/* "Ann Roe, a Danish nurse,": a person's name ends right before the
 * comma before token t (name_end, a person's index + 1 at the token that
 * ends a name), so what t opens is an apposition on it: that person's
 * index, or -1. */
static int
name_before_comma(const struct xdoc *d, const int *name_end, size_t t)
{
	return t >= 2 && extract_tok_is(d, t - 1, ",") ? name_end[t - 2] - 1 : -1;
}

/* "the Chinese port", "the Thai police": a nationality word at
 * k that qualifies the lowercase noun after it, no people of its own.
 * A verb (a trigger, a cue, a past in -ed), a preposition or a
 * conjunction after it leaves it the people ("the Chinese arrested
 * him", "the Chinese said", "the Chinese refused"). */
static int
demonym_modifier(const struct xdoc *d, size_t k)
{
	const struct xtok *w;

	if (!(d->toks[k].flags & TOK_CAP) || !extract_tok_lex(d, d->lx->demonyms, k) || k + 1 >= d->ntok)
		return 0;
	w = &d->toks[k + 1];
	if (w->sent != d->toks[k].sent || !(w->flags & TOK_WORD) || (w->flags & (TOK_CAP | TOK_NUM)))
		return 0;
	return !extract_tok_lex(d, d->lx->cues, k + 1) && !extract_is_trigger(d, k + 1) &&
	    !(w->e - w->s > 3 && !strncmp(d->text + w->e - 2, "ed", 2)) && !extract_evword(d, k + 1, "prep") &&
	    !extract_evword(d, k + 1, "object-prep") && !extract_evword(d, k + 1, "relative") &&
	    !extract_evword(d, k + 1, "adverb") && !extract_tok_is(d, k + 1, "and") &&
	    !extract_tok_is(d, k + 1, "or") && !extract_tok_is(d, k + 1, "have") &&
	    !extract_tok_is(d, k + 1, "had") && !extract_tok_is(d, k + 1, "are") &&
	    !extract_tok_is(d, k + 1, "were");
}

/* "the crew of the USS Ardent", "the sailors of a Thai trawler": "of"
 * at k and, within five words in its sentence, a vessel (event-words.tsv,
 * vessel or vessel-prefix), the noun before being a crew's. */
static int
of_vessel(const struct xdoc *d, size_t k)
{
	size_t j;

	if (k >= d->ntok || !extract_tok_is(d, k, "of"))
		return 0;
	for (j = k + 1; j < d->ntok && j < k + 7 && d->toks[j].sent == d->toks[k].sent; j++) {
		if (extract_evword(d, j, "vessel") || extract_evword(d, j, "vessel-prefix"))
			return 1;
		if (!(d->toks[j].flags & TOK_WORD) && !extract_tok_is(d, j, "-"))
			return 0;
	}
	return 0;
}

/* A speech verb at token k or the one after ("the group said", "the
 * group has said"). */
static int
said_after(const struct xdoc *d, size_t k)
{
	size_t j;

	for (j = k; j < d->ntok && j < k + 2; j++) {
		const struct lex_entry *c = extract_tok_lex(d, d->lx->cues, j);

		if (c && !strcmp(lex_get(d->lx->cues, c, "kind"), "speech"))
			return 1;
	}
	return 0;
}

void
extract_pronouns(struct xdoc *d)
{
	static const struct { const char *w; int plural, gender; } pr[] = {
		{ "he", 0, 'm' }, { "him", 0, 'm' }, { "she", 0, 'f' }, { "her", 0, 'f' },
		{ "they", 1, 0 }, { "them", 1, 0 },
	};
	size_t t, i, n;
	/* the tokens that end a person's name (the tokens' index of
	 * mentions is made after this pass) */
	int *name_end = xcalloc(d->ntok + 1, sizeof(*name_end));

	for (i = 0; i < d->nent; i++)
		if (d->ents[i].kind == ENT_PERSON && d->ents[i].t1 > 0)
			name_end[d->ents[i].t1 - 1] = d->ents[i].id + 1;
	for (t = 0; t < d->ntok; t++) {
		for (i = 0; i < sizeof(pr) / sizeof(pr[0]); i++)
			if (extract_tok_is(d, t, pr[i].w)) {
				size_t e = extract_add_ent(d, ENT_PRONOUN, t, t + 1, -1);

				d->ents[e].plural = pr[i].plural;
				d->ents[e].gender = pr[i].gender;
				break;
			}
		/* "an American tourist": the person the article is about;
		 * in an apposition on a name ("Ann Roe, a Danish nurse,"),
		 * that name's bearer */
		/* "a 41-year-old Thai man", "a 33-year-old Christian
		 * woman": an unnamed person, or the one named after; not
		 * one of a group ("the nine, including a 13-year-old
		 * girl": event-words.tsv aside) */
		if ((extract_tok_is(d, t, "a") || extract_tok_is(d, t, "an")) && (n = aged_person(d, t + 1)) > 0 &&
		    !(t > 0 && extract_evword(d, t - 1, "aside"))) {
			const struct lex_entry *g = extract_tok_lex(d, d->lx->groupn, t + n);
			const char *gen = g ? lex_get(d->lx->groupn, g, "gender") : "";
			size_t e = extract_add_ent(d, ENT_PRONOUN, t, t + 1 + n, -3);

			d->ents[e].cataphor = 4;
			d->ents[e].gender = !strcmp(gen, "male") ? 'm' : !strcmp(gen, "female") ? 'f' : 0;
			t += n;
			continue;
		}
		if ((extract_tok_is(d, t, "a") || extract_tok_is(d, t, "an")) && t + 1 < d->ntok) {
			size_t k = t + 1, m;
			const struct lex_entry *dm = extract_match(d, d->lx->demonyms, k, 3, &m);

			if (dm) {
				const struct lex_entry *ti;
				const char *role;
				size_t skip;

				k += m;
				/* "a U.S. college student", "an American English
				 * teacher", "a South Korean Daesan Motors worker":
				 * up to three words, an employer's name among them,
				 * may stand before the title */
				for (skip = 0; skip < 3 && k + skip < d->ntok &&
				    !extract_match(d, d->lx->titles, k + skip, 1, &m) &&
				    (d->toks[k + skip].flags & TOK_WORD) &&
				    !(d->toks[k + skip].flags & TOK_NUM); skip++)
					;
				if (k + skip < d->ntok && extract_match(d, d->lx->titles, k + skip, 1, &m))
					k += skip;
				ti = extract_match(d, d->lx->titles, k, 1, &m);
				role = ti ? lex_get(d->lx->titles, ti, "role") : "";
				/* "a North Korean woman": a person by a noun of people,
				 * who is named after (the noun's sex must agree) */
				const struct lex_entry *gn = NULL;

				if (!ti && k < d->ntok && (gn = extract_tok_lex(d, d->lx->groupn, k)) &&
				    !is_plural(d, k) && (d->toks[k].flags & TOK_WORD) &&
				    !(d->toks[k].flags & TOK_CAP))
					role = "victim";
				else
					gn = NULL;
				/* "An American has been sentenced": the demonym as
				 * the noun, an auxiliary or a verb after it */
				if (!ti && !gn && k < d->ntok &&
				    (is_aux(d, k) || extract_is_trigger(d, k))) {
					role = "victim";
					k--;
				}

				/* "a South Korean activist", "a Danish pastor": who
				 * speaks for others as often as the one held, so
				 * not the article's main person but, like "a North
				 * Korean woman", the person named next */
				if (!strcmp(role, "activist"))
					gn = ti;
				/* not "a North Korean official": the article is
				 * about someone held, not whoever speaks */
				if (*role && strcmp(role, "official") && strcmp(role, "family")) {
					size_t pe = extract_add_ent(d, ENT_PRONOUN, t, k + 1, -3);
					int app = name_before_comma(d, name_end, t);

					if (app >= 0) {
						d->ents[pe].cataphor = 3;
						d->ents[pe].ref = app;
					} else if (gn == ti && ti) {
						const char *g = lex_get(d->lx->titles, ti, "gender");

						d->ents[pe].cataphor = 2;	/* else unnamed */
						d->ents[pe].gender = !strcmp(g, "male") ? 'm' :
						    !strcmp(g, "female") ? 'f' : 0;
					} else if (gn) {
						const char *g = lex_get(d->lx->groupn, gn, "gender");

						d->ents[pe].cataphor = 1;
						d->ents[pe].gender = !strcmp(g, "male") ? 'm' :
						    !strcmp(g, "female") ? 'f' : 0;
					}
					t = k;
					continue;
				}
			}
		}
		/* "his detention", "their brief arrest": the possessive names
		 * the victim of the act the noun states */
		if ((extract_tok_is(d, t, "his") || extract_tok_is(d, t, "their")) && t + 1 < d->ntok &&
		    (extract_is_trigger(d, t + 1) ||
		    (t + 2 < d->ntok && (d->toks[t + 1].flags & TOK_WORD) && extract_is_trigger(d, t + 2)))) {
			size_t e = extract_add_ent(d, ENT_PRONOUN, t, t + 1, -1);

			d->ents[e].plural = extract_tok_is(d, t, "their");
			d->ents[e].gender = d->ents[e].plural ? 0 : 'm';
			continue;
		}
		/* "his wife", "her husband": an unnamed person; not after a
		 * copula ("sold to a farmer to be his wife", "became her
		 * husband"): a predicate that says who the subject is */
		if ((extract_tok_is(d, t, "his") || extract_tok_is(d, t, "her")) && t + 1 < d->ntok &&
		    !(t > 0 && extract_evword(d, t - 1, "copula"))) {
			const struct lex_entry *k = extract_match(d, d->lx->kinship, t + 1, 2, &n);

			if (k && *lex_get(d->lx->kinship, k, "gender")) {
				size_t e = extract_add_ent(d, ENT_PRONOUN, t, t + 1 + n, -2);

				d->ents[e].gender = lex_get(d->lx->kinship, k, "gender")[0];
				t += n;
				continue;
			}
		}
		/* "the woman", "the young engineer", "the 24-year-old": a
		 * person named before or after */
		if (extract_tok_is(d, t, "the") && t + 1 < d->ntok && (n = definite_person(d, t + 1)) > 0) {
			const struct lex_entry *g = extract_tok_lex(d, d->lx->groupn, t + n);	/* the noun */
			const char *gen = g ? lex_get(d->lx->groupn, g, "gender") : "";
			size_t e = extract_add_ent(d, ENT_PRONOUN, t, t + 1 + n, -4);

			d->ents[e].gender = !strcmp(gen, "male") ? 'm' : !strcmp(gen, "female") ? 'f' : 0;
			t += n;
			continue;
		}
		/* "the group had fled": a collective noun for the latest
		 * group; not "the group of seven" (a count), nor "the group
		 * said" (an organization speaks) */
		if (extract_tok_is(d, t, "the") && t + 1 < d->ntok && extract_evword(d, t + 1, "collective-ref") &&
		    !(d->toks[t + 1].flags & TOK_CAP) && d->toks[t + 1].sent == d->toks[t].sent &&
		    !(t + 2 < d->ntok && (extract_tok_is(d, t + 2, "of") || extract_tok_is(d, t + 2, "'s") ||
		    extract_tok_is(d, t + 2, "\xe2\x80\x99s") || said_after(d, t + 2)))) {
			size_t e = extract_add_ent(d, ENT_PRONOUN, t, t + 2, -1);

			d->ents[e].plural = 1;
			t++;
			continue;
		}
		/* "the defectors", "the young North Koreans", "the men": the
		 * latest group.  Not "the two men": a count makes it the group
		 * of that count (extract_groups), never one of another count */
		if (extract_tok_is(d, t, "the") && t + 2 < d->ntok) {
			size_t a = t + 1;

			if (extract_count_at(d, a, &n) > 0)
				continue;
			if (!(d->toks[a].flags & (TOK_CAP | TOK_NUM)) && (d->toks[a].flags & TOK_WORD) &&
			    !extract_match(d, d->lx->groupn, a, 3, &n))
				a++;
			/* "the South Korean soldiers": a nationality before the noun */
			else if ((d->toks[a].flags & TOK_CAP) && !extract_match(d, d->lx->groupn, a, 3, &n) &&
			    extract_match(d, d->lx->demonyms, a, 3, &n) && a + n < d->ntok &&
			    !(d->toks[a + n].flags & TOK_CAP))
				a += n;
			if (extract_match(d, d->lx->groupn, a, 3, &n) &&
			    !(a + n < d->ntok && extract_tok_is(d, a + n, "of") &&
			    !(extract_evword(d, a + n - 1, "crew") && of_vessel(d, a + n))) &&
			    is_plural(d, a + n - 1) && d->toks[a].sent == d->toks[t].sent &&
			    !demonym_modifier(d, a + n - 1)) {
				size_t e = extract_add_ent(d, ENT_PRONOUN, t, a + n, -1);

				d->ents[e].plural = 1;
				t = a + n - 1;
			}
		}
	}
	free(name_end);
}

static int
ent_cmp(const void *a, const void *b)
{
	const struct xent *x = a, *y = b;

	if (x->t0 != y->t0)
		return x->t0 < y->t0 ? -1 : 1;
	if (x->t1 != y->t1)
		return x->t1 > y->t1 ? -1 : 1;
	return (int)x->kind - (int)y->kind;
}

void
extract_index_ents(struct xdoc *d)
{
	size_t i, w = 0;
	size_t cover = 0;

	if (d->nent > 1)	/* qsort must not be handed the NULL of no mentions */
		qsort(d->ents, d->nent, sizeof(*d->ents), ent_cmp);
	/* Drop a mention that starts inside an earlier one ("the 11" within a
	 * group phrase, a place inside a name). */
	for (i = 0; i < d->nent; i++) {
		if (w > 0 && d->ents[i].t0 < cover)
			continue;
		d->ents[w++] = d->ents[i];
		cover = d->ents[i].t1;
	}
	d->nent = w;
	for (i = 0; i < d->ntok; i++)
		d->toks[i].ent = -1;
	for (i = 0; i < d->nent; i++)
		d->toks[d->ents[i].t0].ent = (int)i;
	/* whether a word is a trigger may turn on the places now indexed
	 * ("walked out of North Korea to Laos"): what the passes before
	 * found no trigger is asked again */
	if (d->trig_state)
		memset(d->trig_state, 0, d->ntok + 1);
}
