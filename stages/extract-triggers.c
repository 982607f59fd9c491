/*
 * extract-triggers.c: the words that start an event, found by lemma.
 *
 * Two lexicons name them.  triggers.tsv holds nouns and fixed phrases as
 * written ("the arrest of", "detention").  trigger-verbs.tsv holds verbs
 * by their base form ("detain", "take into custody", "hand back"): one
 * line covers every form of the verb, because a word of the text is
 * brought back to its base forms first (extract_lemmas: the irregular
 * verbs of verbs.tsv, then the regular endings -s, -es, -ies, -ed, -ied,
 * -ing, with a doubled consonant undone and a dropped "e" restored), and
 * each candidate is looked up with the words that follow it.
 *
 * A base, -s or -ing form right after a determiner or a possessive ("the
 * escape", "his kidnapping", "a 15-year sentence") is a noun: it starts an
 * event only when its verb line says the noun names the act (column
 * noun), and then it is handled as a noun trigger.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include "extract-events.h"
#include "hmap.h"

/* A key of trigger-verbs.tsv: a head of several words and its slot. */
#define XSLOT_KEY 200

static int
is_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* Add s[0..n) + tail to the candidates unless full or too long. */
static void
add_cand(char out[][XLEMMA_MAX], int *nc, int max, const char *s, size_t n, const char *tail)
{
	size_t tl = strlen(tail), i;

	if (*nc >= max || n == 0 || n + tl >= XLEMMA_MAX)
		return;
	for (i = 0; i < n; i++)
		out[*nc][i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] - 'A' + 'a' : s[i]);
	memcpy(out[*nc] + n, tail, tl + 1);
	(*nc)++;
}

static int lemmas_of(const struct xlex *lx, const char *w, size_t n, char out[][XLEMMA_MAX], int max,
    enum xinfl *infl);

/* Is one of out[0..nc) the head of a line of trigger-verbs.tsv? */
static int
any_head(const struct xlex *lx, char out[][XLEMMA_MAX], int nc)
{
	int i;

	for (i = 0; i < nc; i++)
		if (hmap_get(lx->verb_heads, out[i]))
			return 1;
	return 0;
}

/*
 * The length of a prefix "re-" or "re" of w[0..n) that makes a listed
 * verb again ("re-arrested", "recaptured", "retried"), or 0: the word
 * itself is none ("released", "returned"), and what follows an unhyphened
 * "re" is five letters or more ("resent" is not "re" and "sent").
 */
static size_t
again_prefix(const struct xlex *lx, const char *w, size_t n)
{
	char out[6][XLEMMA_MAX];
	enum xinfl infl;
	size_t p;

	if (n < 5 || strncasecmp(w, "re", 2))
		return 0;
	p = w[2] == '-' ? 3 : 2;
	if (n - p < (p == 3 ? 3 : 5) || !lx->verb_heads)
		return 0;
	if (any_head(lx, out, lemmas_of(lx, w, n, out, 6, &infl)))
		return 0;
	return any_head(lx, out, lemmas_of(lx, w + p, n - p, out, 6, &infl)) ? p : 0;
}

int
extract_again_prefixed(const struct xdoc *d, size_t t)
{
	const struct xtok *w = &d->toks[t];

	return (w->flags & TOK_WORD) && again_prefix(d->lx, d->text + w->s, w->e - w->s) > 0;
}

int
extract_lemmas(const struct xlex *lx, const char *w, size_t n, char out[][XLEMMA_MAX], int max,
    enum xinfl *infl)
{
	size_t p = again_prefix(lx, w, n);

	return lemmas_of(lx, w + p, n - p, out, max, infl);
}

/* extract_lemmas of the word as it stands. */
static int
lemmas_of(const struct xlex *lx, const char *w, size_t n, char out[][XLEMMA_MAX], int max,
    enum xinfl *infl)
{
	char low[XLEMMA_MAX];
	const char *base;
	int nc = 0;
	size_t i;

	*infl = INFL_BASE;
	if (n == 0 || n >= XLEMMA_MAX)
		return 0;
	for (i = 0; i < n; i++)
		low[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] - 'A' + 'a' : w[i]);
	low[n] = 0;
	/* the irregular verbs of verbs.tsv: "held", "fled", "caught" */
	if ((base = hmap_get(lx->verb_forms, low)) != NULL) {
		*infl = INFL_PAST;
		add_cand(out, &nc, max, base, strlen(base), "");
		return nc;
	}
	add_cand(out, &nc, max, low, n, "");	/* the base itself */
	if (n > 4 && !strcmp(low + n - 3, "ing")) {
		size_t b = n - 3;

		*infl = INFL_ING;
		add_cand(out, &nc, max, low, b, "");			/* detaining */
		add_cand(out, &nc, max, low, b, "e");			/* seizing */
		if (low[b - 1] == low[b - 2] && !is_vowel(low[b - 1]))
			add_cand(out, &nc, max, low, b - 1, "");	/* kidnapping */
		if (low[b - 1] == 'y')
			add_cand(out, &nc, max, low, b - 1, "ie");	/* dying */
	} else if (n > 4 && !strcmp(low + n - 3, "ied")) {
		*infl = INFL_PAST;
		add_cand(out, &nc, max, low, n - 3, "y");		/* tried */
	} else if (n > 3 && !strcmp(low + n - 2, "ed")) {
		size_t b = n - 2;

		*infl = INFL_PAST;
		add_cand(out, &nc, max, low, b, "");			/* detained */
		add_cand(out, &nc, max, low, b + 1, "");		/* seized */
		if (low[b - 1] == low[b - 2] && !is_vowel(low[b - 1]))
			add_cand(out, &nc, max, low, b - 1, "");	/* kidnapped */
	} else if (n > 4 && !strcmp(low + n - 3, "ies")) {
		*infl = INFL_S;
		add_cand(out, &nc, max, low, n - 3, "y");		/* tries */
	} else if (n > 2 && low[n - 1] == 's' && low[n - 2] != 's') {
		*infl = INFL_S;
		add_cand(out, &nc, max, low, n - 1, "");		/* detains, seizes */
		/* "reaches", "fixes": -es only after a sibilant, so that
		 * "escapees" is no form of "escape" */
		if (n > 3 && low[n - 2] == 'e' && (strchr("sxz", low[n - 3]) ||
		    (n > 4 && low[n - 3] == 'h' && (low[n - 4] == 'c' || low[n - 4] == 's'))))
			add_cand(out, &nc, max, low, n - 2, "");
	}
	return nc;
}

/* Determiners and possessives before a noun: "the", "his", "Kim's", and
 * before them one modifier: "a 15-year sentence", "his brief detention". */
static int
noun_before(const struct xdoc *d, size_t t, size_t s0)
{
	size_t k;

	if (t <= s0)
		return 0;
	k = t - 1;
	/* back over a hyphenated modifier: "15-year", "week-long" */
	while (k >= s0 + 2 && extract_tok_is(d, k - 1, "-"))
		k -= 2;
	if (extract_evword(d, k, "determiner") || extract_tok_is(d, k, "'s") ||
	    extract_tok_is(d, k, "\xe2\x80\x99s") || (d->toks[k].flags & TOK_NUM))
		return 1;
	/* one lowercase modifier after a determiner: "a brief detention";
	 * not a noun of people, the subject ("20 nuns remain in custody") */
	return k > s0 && (d->toks[k].flags & TOK_WORD) && !(d->toks[k].flags & TOK_CAP) &&
	    !extract_tok_lex(d, d->lx->groupn, k) &&
	    (extract_evword(d, k - 1, "determiner") || (d->toks[k - 1].flags & TOK_NUM) ||
	    extract_tok_is(d, k - 1, "'s") || extract_tok_is(d, k - 1, "\xe2\x80\x99s"));
}

/* "paid fines", "faced charges": an -s form right after a verb in the
 * past is its object, a plural noun, not a second verb. */
static int
plural_object(const struct xdoc *d, size_t t, size_t s0, enum xinfl infl)
{
	char lem[6][XLEMMA_MAX];
	const struct xtok *w;
	enum xinfl before;

	if (infl != INFL_S || t <= s0)
		return 0;
	w = &d->toks[t - 1];
	if (!(w->flags & TOK_WORD) || (w->flags & (TOK_CAP | TOK_NUM)) || extract_tok_lex(d, d->lx->cues, t - 1))
		return 0;
	extract_lemmas(d->lx, d->text + w->s, w->e - w->s, lem, 6, &before);
	return before == INFL_PAST;
}

/* A copula ("is", "were": cues.tsv aux) or an adverb in -ly at t. */
static int
adverb_or_copula(const struct xdoc *d, size_t t)
{
	const struct lex_entry *c = extract_tok_lex(d, d->lx->cues, t);
	const struct xtok *w = &d->toks[t];

	return (c && !strcmp(lex_get(d->lx->cues, c, "kind"), "aux")) ||
	    (w->e - w->s > 3 && !strncmp(d->text + w->e - 2, "ly", 2));
}

/* "in jail", "on trial", "from prison": a base form after a preposition
 * (not "to", which makes an infinitive) is a noun. */
static int
prep_before(const struct xdoc *d, size_t t, size_t s0)
{
	return t > s0 && !extract_tok_is(d, t - 1, "to") &&
	    (extract_evword(d, t - 1, "prep") || extract_evword(d, t - 1, "object-prep"));
}

/* Does the phrase of a place end before token k: the sentence's end,
 * punctuation, a preposition, a conjunction or a relative ("in prison
 * camps because of", "in jail until", "in the camp where")? */
static int
place_ends_phrase(const struct xdoc *d, size_t k, size_t s1)
{
	if (k >= s1)
		return 1;
	if (!(d->toks[k].flags & TOK_WORD))
		return !extract_tok_is(d, k, "'s") && !extract_tok_is(d, k, "\xe2\x80\x99s");
	if (d->toks[k].flags & TOK_NUM)
		return 0;
	return extract_is_prep(d, k) || extract_is_relative(d, k) || extract_tok_is(d, k, "and") ||
	    extract_tok_is(d, k, "or") || extract_tok_is(d, k, "but") || extract_tok_is(d, k, "because") ||
	    extract_tok_is(d, k, "in") || extract_tok_is(d, k, "at") || extract_tok_is(d, k, "of") ||
	    extract_tok_is(d, k, "as") || extract_tok_is(d, k, "without") || extract_tok_is(d, k, "while") ||
	    extract_tok_is(d, k, "when") || extract_tok_is(d, k, "since") || extract_tok_is(d, k, "until");
}

/* The place of custody at k ends its phrase, or a place of custody
 * that closes it follows within two lowercase words ("in prison labour
 * camps because"); not "in the prison yard". */
static int
place_phrase_end(const struct xdoc *d, size_t k, size_t s1)
{
	size_t j, last = k;

	for (j = k + 1; j < s1 && j < k + 4; j++) {
		if (place_ends_phrase(d, j, s1))
			break;
		if (!(d->toks[j].flags & TOK_WORD) || (d->toks[j].flags & TOK_CAP))
			return 0;
		if (extract_custody_place_at(d, j, s1))
			last = j;
	}
	return place_ends_phrase(d, j, s1) && last + 1 == j;
}

/*
 * "sent to a remote labour camp", "taken to Camp 9": a verb, "to" and
 * within five words a word of the custody-place list (event-words.tsv),
 * or a camp of a kind that punishes (camp-kind, or a camp's number):
 * the entry "lem to camp" of trigger-verbs.tsv, its tokens in *n; so
 * "lem in camp" and "lem up in camp" with "in" ("ended up in a prison").
 */
static const struct lex_entry *
to_custody(const struct xdoc *d, size_t t, const char *lem, size_t *n)
{
	char key[XLEMMA_MAX + 16];
	size_t k, s1 = d->sents[d->toks[t].sent].t1, p = t + 1;
	/* "ended up in a prison camp", "landed in jail": where one comes
	 * to be held ("lem up in camp", "lem in camp") */
	int up = p < s1 && extract_tok_is(d, p, "up");

	/* "are in a labour camp", "were still in prison": a copula of any
	 * form is "be" (the entry "be in camp"), a state the story tells */
	if (extract_evword(d, t, "copula"))
		lem = "be";
	if (up)
		p++;
	/* "remain currently in", "are still in": what states the
	 * condition may stand before "in", not before "to" */
	while (!up && p < s1 && extract_evword(d, p, "state") && !extract_tok_is(d, p, "being"))
		p++;
	if (p + 1 >= s1 || !(extract_tok_is(d, p, "to") || extract_tok_is(d, p, "in")) ||
	    (p > t + 1 && !up && !extract_tok_is(d, p, "in")))
		return NULL;
	for (k = p + 1; k < s1 && k < p + 6; k++) {
		/* "to the North's Camp No. 15" */
		if (!(d->toks[k].flags & TOK_WORD) && !extract_tok_is(d, k, "'s") &&
		    !extract_tok_is(d, k, "\xe2\x80\x99s"))
			return NULL;
		/* a camp of punishment: "labour camp", "prison camp", "Camp 15" */
		if (extract_custody_place_at(d, k, s1)) {
			const struct lex_entry *e;

			snprintf(key, sizeof(key), "%s%s %s camp", lem, up ? " up" : "",
			    extract_tok_is(d, p, "to") ? "to" : "in");
			*n = p + 1 - t;
			e = lex_lookup(d->lx->trigger_verbs, key);
			/* a state ("were in the prison"): the place ends its
			 * phrase, so "in the prison yard", "in the jail's
			 * visiting room" hold no one */
			if (e && !strcmp(lex_get(d->lx->trigger_verbs, e, "context"), "state") &&
			    !place_phrase_end(d, k, s1))
				return NULL;
			return e;
		}
	}
	return NULL;
}

/* The entry "lem <slot>" of trigger-verbs.tsv ("force <into-vehicle>"),
 * or NULL: the verb takes that slot. */
static const struct lex_entry *
slot_entry(const struct xdoc *d, const char *lem, const char *slot)
{
	char key[XSLOT_KEY];

	snprintf(key, sizeof(key), "%s <%s>", lem, slot);
	return lex_lookup(d->lx->trigger_verbs, key);
}

/*
 * "waded over the river at night", "crossed from the North into China",
 * "slipped out of the North": a verb of motion (the entries "lem
 * <across-border>" of trigger-verbs.tsv) with a path out of North Korea
 * in the same clause.  The path crosses a border word (event-words.tsv,
 * border: a border, a river, the demarcation line), or leaves from North
 * Korea, or goes into a place that is not North Korea; a path into North
 * Korea, or from anywhere else, is the way in ("crossed the border from
 * China into North Korea"), no flight.  With to_ok (a verb that says
 * flight: "escaped", "fled"), "to" a country that is not North Korea is
 * a way out too ("escaped to China").  Returns 2 for a path that names
 * where it leaves or goes ("into China"), 1 for a border crossed alone, 0
 * for none.
 */
static int
path_out(const struct xdoc *d, size_t t, size_t s1, int to_ok)
{
	size_t k;
	int border = 0, out = 0;

	for (k = t + 1; k < s1 && k < t + 12; k++) {
		const struct xtok *w = &d->toks[k];
		const struct lex_entry *c = extract_tok_lex(d, d->lx->cues, k);
		int ei = w->ent;

		if (c && !strcmp(lex_get(d->lx->cues, c, "kind"), "clause"))
			break;
		if (!(w->flags & TOK_WORD) && !extract_tok_is(d, k, "-"))
			break;
		if (extract_evword(d, k, "border")) {
			border = 1;
			continue;
		}
		/* "walked back across the bridge": a way home */
		if (extract_tok_is(d, k, "back"))
			return 0;
		if (ei >= 0 && d->ents[ei].kind == ENT_PLACE) {
			const char *cc = d->places[d->ents[ei].id].country;
			int kp = !strcmp(cc, "KP");
			size_t p = k > t + 1 ? k - 1 : k;

			if (extract_tok_is(d, p, "the") && p > t + 1)
				p--;
			/* "into China", not "went to Shenyang": a trip is no flight */
			if (extract_tok_is(d, p, "into")) {
				if (kp)
					return 0;
				out = 1;
			} else if (extract_tok_is(d, p, "from") || extract_tok_is(d, p, "of")) {
				if (!kp)
					return 0;
				out = 1;
			} else if (to_ok && extract_tok_is(d, p, "to")) {
				/* "escaped to China": the way out a verb of flight
				 * takes; to a town or a province ("fled to Busan
				 * in the war") it may be a flight within a country */
				if (kp)
					return 0;
				if (!strcmp(d->places[d->ents[ei].id].kind, "country"))
					out = 1;
			} else if (kp && !strcmp(d->places[d->ents[ei].id].kind, "region"))
				border = 1;	/* "the Tumen River" */
			while (k + 1 < s1 && d->toks[k + 1].ent == ei)
				k++;
		}
	}
	return out ? 2 : border;
}

static const struct lex_entry *
across_border(const struct xdoc *d, size_t t, const char *lem)
{
	size_t s1 = d->sents[d->toks[t].sent].t1;
	const struct lex_entry *e = slot_entry(d, lem, "across-border");

	return e && path_out(d, t, s1, 0) ? e : NULL;
}

/* An auxiliary among the two words before the verb at t (not before s0):
 * "was handed", "were quickly led away": the verb is passive. */
static int
aux_before(const struct xdoc *d, size_t t, size_t s0)
{
	size_t k;

	for (k = t; k > s0 && k + 3 > t; k--) {
		const struct lex_entry *c = extract_tok_lex(d, d->lx->cues, k - 1);

		if (c && !strcmp(lex_get(d->lx->cues, c, "kind"), "aux"))
			return 1;
	}
	return 0;
}

/*
 * "returned the crew to South Korea", "were handed by Vietnamese police
 * to Chinese border officers": a verb (the entries "lem <to-place>" of
 * trigger-verbs.tsv) with someone moved, an object after it or a passive
 * before it, and "to" a place or an authority (event-words.tsv,
 * authority) in its clause.  "She returned to Seoul" moved nobody.
 */
static const struct lex_entry *
to_place(const struct xdoc *d, size_t t, size_t te, const char *lem)
{
	size_t s0 = d->sents[d->toks[t].sent].t0, s1 = d->sents[d->toks[t].sent].t1, k, j;
	const struct lex_entry *e;
	int passive = 0;

	if ((e = slot_entry(d, lem, "to-place")) == NULL)
		return NULL;
	passive = aux_before(d, t, s0);
	if (!passive && (te + 1 >= s1 || extract_tok_is(d, te + 1, "to") ||
	    extract_tok_is(d, te + 1, "home") || !(d->toks[te + 1].flags & TOK_WORD)))
		return NULL;
	for (k = te + 1; k < s1 && k < te + 12; k++) {
		const struct lex_entry *c = extract_tok_lex(d, d->lx->cues, k);

		/* "returned Ann and Bo Roe to Japan": an "and" before
		 * another person of the object's list ends no clause */
		if (c && !strcmp(lex_get(d->lx->cues, c, "kind"), "clause") &&
		    !(extract_tok_is(d, k, "and") && k + 1 < s1 && d->toks[k + 1].ent >= 0 &&
		    d->ents[d->toks[k + 1].ent].kind == ENT_PERSON))
			return NULL;
		if (!extract_tok_is(d, k, "to"))
			continue;
		for (j = k + 1; j < s1 && j < k + 5; j++) {
			int ei = d->toks[j].ent;

			/* "handed to their embassy": their own side
			 * receives them (a release, event-types.tsv) */
			if ((ei >= 0 && d->ents[ei].kind == ENT_PLACE) || extract_evword(d, j, "authority") ||
			    extract_evword(d, j, "own-side"))
				return e;
			if (!(d->toks[j].flags & TOK_WORD))
				break;
		}
		return NULL;
	}
	return NULL;
}

/*
 * "was taken from a flat by Chinese police", "were led away by guards": a
 * verb of taking (the entries "lem <by-authority>" of trigger-verbs.tsv)
 * in the passive, with "by" and within three words a word of the
 * authority list in its clause.  "taken by his wife to the station",
 * "taken to hospital" name no authority.
 */
static const struct lex_entry *
by_authority(const struct xdoc *d, size_t t, size_t te, const char *lem)
{
	size_t s0 = d->sents[d->toks[t].sent].t0, s1 = d->sents[d->toks[t].sent].t1, k, j;
	const struct lex_entry *e;
	int passive = 0;

	if ((e = slot_entry(d, lem, "by-authority")) == NULL)
		return NULL;
	passive = aux_before(d, t, s0);
	if (!passive)
		return NULL;
	for (k = te + 1; k < s1 && k < te + 12; k++) {
		const struct lex_entry *c = extract_tok_lex(d, d->lx->cues, k);

		if ((c && !strcmp(lex_get(d->lx->cues, c, "kind"), "clause")) || extract_tok_is(d, k, ","))
			return NULL;
		if (!extract_tok_is(d, k, "by"))
			continue;
		for (j = k + 1; j < s1 && j < k + 5; j++) {
			if (extract_evword(d, j, "authority"))
				return e;
			if (!(d->toks[j].flags & TOK_WORD))
				break;
		}
		return NULL;
	}
	return NULL;
}

/* An authority (event-words.tsv) or a country's people or name (a
 * demonym, a place) as the doer of the verb at t..te: within five words
 * before an active verb, its clause not broken; after "by" past a
 * passive one. */
static int
taker_named(const struct xdoc *d, size_t t, size_t te, int passive)
{
	size_t s0 = d->sents[d->toks[t].sent].t0, s1 = d->sents[d->toks[t].sent].t1, k, j, n;

	if (!passive) {
		for (k = t; k > s0 && k + 6 > t; k--) {
			if (extract_punct_break(d, k - 1))
				return 0;
			if (extract_evword(d, k - 1, "authority") ||
			    extract_match(d, d->lx->demonyms, k - 1, 3, &n) ||
			    (d->toks[k - 1].ent >= 0 && d->ents[d->toks[k - 1].ent].kind == ENT_PLACE))
				return 1;
		}
		return 0;
	}
	for (k = te + 1; k < s1 && k < te + 16; k++) {
		if (!extract_tok_is(d, k, "by"))
			continue;
		for (j = k + 1; j < s1 && j < k + 5; j++)
			if (extract_evword(d, j, "authority") || extract_match(d, d->lx->demonyms, j, 3, &n) ||
			    (d->toks[j].ent >= 0 && d->ents[d->toks[j].ent].kind == ENT_PLACE))
				return 1;
		return 0;
	}
	return 0;
}

/*
 * Someone moved by the verb at tokens [t, te] (a passive before it, or an
 * object after it: a word that is no way of the list ways) along a way
 * of ways ("into", "on to"; "off", "out of") within reach tokens in its
 * clause, to or from a vehicle of event-words.tsv (or, carrier set, a
 * carrier too) within four words after the way.
 */
static int
moved_by_vehicle(const struct xdoc *d, size_t t, size_t te, const char *ways, size_t reach, int carrier)
{
	size_t s0 = d->sents[d->toks[t].sent].t0, s1 = d->sents[d->toks[t].sent].t1, k, j;

	if (!aux_before(d, t, s0) && (te + 1 >= s1 || extract_evword(d, te + 1, ways) ||
	    !(d->toks[te + 1].flags & TOK_WORD)))
		return 0;
	for (k = te + 1; k < s1 && k < te + reach; k++) {
		const struct lex_entry *c = extract_tok_lex(d, d->lx->cues, k);

		if (c && !strcmp(lex_get(d->lx->cues, c, "kind"), "clause"))
			return 0;
		if (!extract_evword(d, k, ways))
			continue;
		if (k + 1 < s1 && extract_tok_is(d, k, "on") && extract_tok_is(d, k + 1, "to"))
			k++;
		else if (extract_tok_is(d, k, "out")) {
			if (k + 1 >= s1 || !extract_tok_is(d, k + 1, "of"))
				continue;
			k++;
		}
		for (j = k + 1; j < s1 && j < k + 5; j++) {
			if (extract_evword(d, j, "vehicle") || (carrier && extract_evword(d, j, "carrier")))
				return 1;
			if (!(d->toks[j].flags & TOK_WORD))
				break;
		}
		return 0;
	}
	return 0;
}

/*
 * "was pulled off a flight to Beijing", "dragged him from the bus",
 * "hauled out of the train by guards": a verb of removing by force (the
 * entries "lem <off-vehicle>" of trigger-verbs.tsv) with someone moved
 * "off", "from" or "out of" a carrier or vehicle (event-words.tsv) in
 * its clause: someone taken from among the passengers.  "got off the
 * plane" is no such verb; "pulled the bags off the bus" moves a thing,
 * and the event rules find no victim in it.
 */
static const struct lex_entry *
off_vehicle(const struct xdoc *d, size_t t, size_t te, const char *lem)
{
	const struct lex_entry *e = slot_entry(d, lem, "off-vehicle");

	return e && moved_by_vehicle(d, t, te, "off-prep", 12, 1) ? e : NULL;
}

/*
 * "undertook the long journey to Seoul", "set off with her son on the
 * same hard journey": a verb of starting or making (the entries "lem
 * <journey>" of trigger-verbs.tsv) with a noun of the journey list of
 * event-words.tsv within eight words after it in its clause, whose path
 * leads out (path_out from the noun, "to" a country allowed), or told as
 * "the same" journey as one before with such a path.  Context kp (in
 * trigger-verbs.tsv) leaves it a flight only of a North Korean or in a
 * story about North Korea.  "made the journey to Pyongyang" goes in;
 * "began the journey home" has no path out.
 */
static int
journey_path_before(const struct xdoc *d, size_t t)
{
	size_t k;

	for (k = 0; k < t; k++)
		if (extract_evword(d, k, "journey") &&
		    path_out(d, k, d->sents[d->toks[k].sent].t1, 1) == 2)
			return 1;
	return 0;
}

static const struct lex_entry *
journey_out(const struct xdoc *d, size_t te, const char *lem)
{
	size_t s1 = d->sents[d->toks[te].sent].t1, k;
	const struct lex_entry *e;
	int same = 0;

	if ((e = slot_entry(d, lem, "journey")) == NULL)
		return NULL;
	for (k = te + 1; k < s1 && k < te + 9; k++) {
		const struct lex_entry *c = extract_tok_lex(d, d->lx->cues, k);

		if (!(d->toks[k].flags & TOK_WORD) ||
		    (c && !strcmp(lex_get(d->lx->cues, c, "kind"), "clause")))
			return NULL;
		same |= extract_tok_is(d, k, "same");
		if (!extract_evword(d, k, "journey"))
			continue;
		if (path_out(d, k, s1, 1) == 2 || (same && journey_path_before(d, k)))
			return e;
		return NULL;
	}
	return NULL;
}

/*
 * "bundled Ri into a van", "were forced into a car by two men": a verb
 * of forcing (the entries "lem <into-vehicle>" of trigger-verbs.tsv) with
 * someone moved "into", "onto" or "aboard" a vehicle (event-words.tsv,
 * vehicle) in its clause, by a taker the text names: someone taken.
 * "threw his bag into the car" moves a thing, and the event rules find
 * no victim in it.
 */
static const struct lex_entry *
into_vehicle(const struct xdoc *d, size_t t, size_t te, const char *lem)
{
	const struct lex_entry *e = slot_entry(d, lem, "into-vehicle");

	/* who took them must be told: "police bundled", "forced by North
	 * Korean soldiers"; "the pair were bundled on to a boat" alone
	 * does not say by whom, nor so whether it was an arrest.  Far
	 * enough for a name with its aside: "forced his father Ri, then
	 * head of the district office in Kaesong, into a car" */
	return e && taker_named(d, t, te, aux_before(d, t, d->sents[d->toks[t].sent].t0)) &&
	    moved_by_vehicle(d, t, te, "into-prep", 20, 0) ? e : NULL;
}

/*
 * "walked out of the court a free man", "left the camp free women": a
 * verb (the entries "lem <as-free>" of trigger-verbs.tsv) whose clause
 * after it, within twelve words, says its subject is now free: "free"
 * and a noun of the free-person list of event-words.tsv.  Whether the
 * story held them before is the event rules' concern (context held).
 */
static const struct lex_entry *
as_free(const struct xdoc *d, size_t t, const char *lem)
{
	const struct lex_entry *e;
	size_t s1 = d->sents[d->toks[t].sent].t1, k;

	if ((e = slot_entry(d, lem, "as-free")) == NULL)
		return NULL;
	for (k = t + 1; k + 1 < s1 && k < t + 12; k++) {
		const struct lex_entry *c = extract_tok_lex(d, d->lx->cues, k);

		if ((c && !strcmp(lex_get(d->lx->cues, c, "kind"), "clause")) ||
		    extract_tok_is(d, k, ";") || extract_tok_is(d, k, "."))
			return NULL;
		if (extract_tok_is(d, k, "free") && extract_evword(d, k + 1, "free-person"))
			return e;
	}
	return NULL;
}

/* A place of custody at k: a word of the custody-place list ("prison",
 * "kwanliso"), or "camp" after a kind that punishes, a name ("Yodok
 * camp") or before a number ("Camp 15", "Camp No. 15"), or "the camp"
 * after such a camp named before it. */
int
extract_custody_place_at(const struct xdoc *d, size_t k, size_t s1)
{
	size_t j;

	if (extract_evword(d, k, "custody-place"))
		return 1;
	/* "labour camps": the plural of many, held in several */
	if (!extract_tok_is(d, k, "camp") && !extract_tok_is(d, k, "camps"))
		return 0;
	if (extract_evword(d, k - 1, "camp-kind") || (d->toks[k - 1].flags & TOK_CAP) ||
	    (k + 1 < s1 && (d->toks[k + 1].flags & TOK_NUM)))
		return 1;
	/* "Camp Number 15", "Camp No. 15" */
	if (k + 2 < s1 && (extract_tok_is(d, k + 1, "number") || extract_tok_is(d, k + 1, "no")) &&
	    ((d->toks[k + 2].flags & TOK_NUM) ||
	    (extract_tok_is(d, k + 2, ".") && k + 3 < s1 && (d->toks[k + 3].flags & TOK_NUM))))
		return 1;
	/* "the camp" after a camp of custody named before it */
	if (k > 0 && extract_tok_is(d, k - 1, "the"))
		for (j = 1; j + 1 < k; j++)
			if (extract_tok_is(d, j, "camp") && !extract_tok_is(d, j - 1, "the") &&
			    extract_custody_place_at(d, j, d->sents[d->toks[j].sent].t1))
				return 1;
	return 0;
}

/*
 * "spent six years in Kwanliso 18", "spent three years in a prison
 * camp": a verb (the entries "lem <in-custody>" of trigger-verbs.tsv), a
 * span of time, "in" or "at", and within five words a place of custody.
 */
static const struct lex_entry *
in_custody(const struct xdoc *d, size_t t, const char *lem)
{
	const struct lex_entry *e;
	size_t s1 = d->sents[d->toks[t].sent].t1, k = t + 1, used, end;

	if ((e = slot_entry(d, lem, "in-custody")) == NULL)
		return NULL;
	if (k < s1 && (extract_tok_is(d, k, "a") || extract_tok_is(d, k, "an")))
		used = 1;	/* "a decade", "a year" */
	else if (extract_count_at(d, k, &used) <= 0)
		return NULL;
	k += used;
	if (k < s1 && (extract_tok_is(d, k, "more") || extract_tok_is(d, k, "long")))
		k++;
	if (k >= s1 || !extract_evword(d, k, "time-unit"))
		return NULL;
	k++;
	if (k >= s1 || !(extract_tok_is(d, k, "in") || extract_tok_is(d, k, "at")))
		return NULL;
	for (end = k + 6; ++k < s1 && k < end;) {
		if (!(d->toks[k].flags & TOK_WORD))
			return NULL;
		if (extract_custody_place_at(d, k, s1))
			return e;
	}
	return NULL;
}

/*
 * "gave him 15 years in prison", "handed the two men ten years of hard
 * labour", "got life": a verb (the entries "lem <term>" of
 * trigger-verbs.tsv), past its object when one is named right after it,
 * and a term: "life", or a count of years or months that "in" or "at" and
 * a place of custody, "of" and labour, "for" or the clause's end follow
 * ("gave them 15 years to repay" is none).
 */
static const struct lex_entry *
term_after(const struct xdoc *d, size_t te, const char *lem)
{
	const struct lex_entry *e;
	size_t s1 = d->sents[d->toks[te].sent].t1, k = te + 1, used, end;

	if ((e = slot_entry(d, lem, "term")) == NULL)
		return NULL;
	if (k < s1 && d->toks[k].ent >= 0 && d->ents[d->toks[k].ent].t0 == k)
		k = d->ents[d->toks[k].ent].t1;
	if (k < s1 && extract_tok_is(d, k, "life"))
		return e;
	if (k < s1 && (extract_tok_is(d, k, "a") || extract_tok_is(d, k, "an")))
		used = 1;
	else if (extract_count_at(d, k, &used) <= 0)
		return NULL;
	k += used;
	if (k >= s1 || !(extract_tok_is(d, k, "years") || extract_tok_is(d, k, "year") ||
	    extract_tok_is(d, k, "months") || extract_tok_is(d, k, "month")))
		return NULL;
	if (++k >= s1 || extract_tok_is(d, k, ",") || extract_tok_is(d, k, ";") || extract_tok_is(d, k, ".") ||
	    extract_tok_is(d, k, "for"))
		return e;
	if (extract_tok_is(d, k, "in") || extract_tok_is(d, k, "at")) {
		for (end = k + 6; ++k < s1 && k < end && (d->toks[k].flags & TOK_WORD);)
			if (extract_custody_place_at(d, k, s1))
				return e;
		return NULL;
	}
	if (extract_tok_is(d, k, "of"))
		for (end = k + 4; ++k < s1 && k < end && (d->toks[k].flags & TOK_WORD);)
			if (extract_tok_is(d, k, "labor") || extract_tok_is(d, k, "labour"))
				return e;
	return NULL;
}

/*
 * A phrasal verb with its object between verb and particle: "sent them
 * back", "handed the two men over".  The particle (event-words.tsv,
 * particle) a few words on (past a group that is its object), in the same
 * clause, after lemma lem at t: the entry "lem particle", or NULL.  The
 * trigger is the verb alone.  A resultative word (event-words.tsv, result)
 * stands there as a particle does: "shot the guard dead".
 */
static const struct lex_entry *
split_particle(const struct xdoc *d, size_t t, const char *lem)
{
	char key[XLEMMA_MAX + 16];
	size_t k, s1 = d->sents[d->toks[t].sent].t1, from = t;

	/* "sent five of those aboard the junk back": the words of a
	 * group object right after the verb count from its end */
	if (t + 1 < s1 && d->toks[t + 1].ent >= 0 && d->ents[d->toks[t + 1].ent].kind == ENT_GROUP)
		from = d->ents[d->toks[t + 1].ent].t1 - 1;
	for (k = t + 2; k < s1 && k < from + 7; k++) {
		const struct xtok *w = &d->toks[k];

		const struct lex_entry *c = extract_tok_lex(d, d->lx->cues, k);

		if (!(w->flags & TOK_WORD) || (c && !strcmp(lex_get(d->lx->cues, c, "kind"), "clause")))
			return NULL;
		if ((extract_evword(d, k, "particle") || extract_evword(d, k, "result")) && w->e - w->s < 12) {
			snprintf(key, sizeof(key), "%s %.*s", lem, (int)(w->e - w->s), d->text + w->s);
			return lex_lookup(d->lx->trigger_verbs, key);
		}
	}
	return NULL;
}

/*
 * A verb whose words go on after its object: "took her into custody",
 * "took the two men prisoner", "took him in for questioning".  The
 * object is a mention of someone (a person, group or pronoun) right
 * after lemma lem at t; the words after it, at most four, with lem make
 * the entry ("take into custody"), the longest that is one, or NULL.
 * The trigger is the verb alone, its victim the object.  "took the car
 * into custody" names no one: no mention, no match.
 */
static const struct lex_entry *
split_complement(const struct xdoc *d, size_t t, const char *lem)
{
	const struct lex_entry *e, *best = NULL;
	char key[XLEMMA_MAX + 64];
	size_t s1 = d->sents[d->toks[t].sent].t1, k, kl;
	const struct xent *o;

	/* "took the four engineers hostage": the group's count after "the" */
	k = t + 1 + (t + 2 < s1 && extract_evword(d, t + 1, "determiner"));
	if (k + 1 >= s1 || d->toks[k].ent < 0)
		return NULL;
	o = &d->ents[d->toks[k].ent];
	if (o->t0 != k || (o->kind != ENT_PERSON && o->kind != ENT_GROUP && o->kind != ENT_PRONOUN))
		return NULL;
	kl = (size_t)snprintf(key, sizeof(key), "%s", lem);
	for (k = o->t1; k < s1 && k < o->t1 + 4; k++) {
		const struct xtok *w = &d->toks[k];

		if (!(w->flags & TOK_WORD) || kl + 1 + (w->e - w->s) >= sizeof(key))
			break;
		key[kl++] = ' ';
		memcpy(key + kl, d->text + w->s, w->e - w->s);
		kl += w->e - w->s;
		key[kl] = 0;
		if ((e = lex_lookupn(d->lx->trigger_verbs, key, kl)) != NULL)
			best = e;
	}
	return best;
}

/*
 * How word k reads in a key of trigger-verbs.tsv: a possessive pronoun
 * as "one's" ("took her own life": "take one's own life"), a reflexive
 * as "oneself" ("killed himself": "kill oneself"); NULL when as written.
 */
static const char *
phrase_word(const struct xdoc *d, size_t k)
{
	if (extract_evword(d, k, "possessive"))
		return "one's";
	if (extract_evword(d, k, "reflexive"))
		return "oneself";
	return NULL;
}

/* The entry "head <slot>" of trigger-verbs.tsv whose slot the words
 * after token te (the head's last; t its verb) fill, or NULL. */
static const struct lex_entry *
slot_at(const struct xdoc *d, size_t t, size_t te, const char *head)
{
	const struct lex_entry *e;
	char key[XSLOT_KEY];
	int n = snprintf(key, sizeof(key), "%s <", head);

	/* most heads have no slot: one lookup of the prefix "head <"
	 * spares the six of the slots */
	if (n < 0 || (size_t)n >= sizeof(key) || !lex_is_prefixn(d->lx->trigger_verbs, key, (size_t)n))
		return NULL;
	if ((e = across_border(d, te, head)) != NULL || (e = in_custody(d, te, head)) != NULL ||
	    (e = to_place(d, t, te, head)) != NULL || (e = by_authority(d, t, te, head)) != NULL ||
	    (e = as_free(d, te, head)) != NULL || (e = into_vehicle(d, t, te, head)) != NULL ||
	    (e = off_vehicle(d, t, te, head)) != NULL ||
	    (e = journey_out(d, te, head)) != NULL || (e = term_after(d, te, head)) != NULL)
		return e;
	return NULL;
}

/* The verb of trigger-verbs.tsv at token t, by lemma; its tokens in *n. */
static const struct lex_entry *
verb_at(const struct xdoc *d, size_t t, size_t max, size_t *n, enum xinfl *infl)
{
	char lem[6][XLEMMA_MAX], key[160];
	const struct xtok *w = &d->toks[t];
	const struct lex_entry *best = NULL;
	int nl, i;

	*n = 0;
	if (!(w->flags & TOK_WORD) || (w->flags & TOK_NUM))
		return NULL;
	nl = extract_lemmas(d->lx, d->text + w->s, w->e - w->s, lem, 6, infl);
	/* "is", "are": forms of "be" the table of irregular verbs has no
	 * line for (it gives "was", "were", "been") */
	if (nl < 6 && extract_evword(d, t, "copula"))
		snprintf(lem[nl++], XLEMMA_MAX, "be");
	for (i = 0; i < nl; i++) {
		size_t kl = strlen(lem[i]), k;

		if (!hmap_get(d->lx->verb_heads, lem[i]))
			continue;
		memcpy(key, lem[i], kl);
		for (k = 0; k < max && t + k < d->ntok; k++) {
			const struct lex_entry *e;

			if (k > 0) {
				const struct xtok *p = &d->toks[t + k - 1], *q = &d->toks[t + k];
				size_t ql = q->e - q->s;

				const char *as = phrase_word(d, t + k);

				if (q->sent != p->sent || q->s - p->e != 1 || d->text[p->e] != ' ' ||
				    kl + 1 + ql + 8 >= sizeof(key))
					break;
				key[kl++] = ' ';
				if (as) {
					memcpy(key + kl, as, strlen(as));
					kl += strlen(as);
				} else {
					memcpy(key + kl, d->text + q->s, ql);
					kl += ql;
				}
			}
			key[kl] = 0;
			if ((e = lex_lookupn(d->lx->trigger_verbs, key, kl)) && (!best || k + 1 > *n)) {
				best = e;
				*n = k + 1;
			}
			/* "made their way out of the North": a head of several
			 * words before a slot; the slot's path after its last */
			if (!best && k > 0 && (e = slot_at(d, t, t + k, key)) != NULL) {
				*n = k + 1;
				return e;
			}
		}
		if (best)
			return best;
		if ((best = to_custody(d, t, lem[i], n)) != NULL)
			return best;
		if ((best = slot_at(d, t, t, lem[i])) != NULL) {
			*n = 1;
			return best;
		}
		if ((best = split_particle(d, t, lem[i])) != NULL ||
		    (best = split_complement(d, t, lem[i])) != NULL) {
			*n = 1;
			return best;
		}
	}
	return NULL;
}

static int trigger_here(const struct xdoc *d, size_t t, size_t s0, struct xtrig *tr);
static int trigger_from(const struct xdoc *d, const struct lex_entry *e, size_t n,
    struct xtrig *tr);

int
extract_trigger(const struct xdoc *d, size_t t, struct xtrig *tr)
{
	int found;

	memset(tr, 0, sizeof(*tr));
	if (t >= d->ntok || (d->trig_state && d->trig_state[t] == 1))
		return 0;
	found = trigger_here(d, t, d->sents ? d->sents[d->toks[t].sent].t0 : 0, tr);
	if (d->trig_state)
		d->trig_state[t] = found ? 2 : 1;
	return found;
}

/* extract_trigger's lookup, s0 the first token of t's sentence. */
static int
trigger_here(const struct xdoc *d, size_t t, size_t s0, struct xtrig *tr)
{
	const struct lex_entry *e, *v;
	size_t n = 0, vn = 0;
	enum xinfl infl;
	int as_noun;

	e = extract_match(d, d->lx->triggers, t, 4, &n);
	v = verb_at(d, t, 5, &vn, &infl);
	if (!v || vn < n)
		return e ? trigger_from(d, e, n, tr) : 0;
	/* "the release of", "his kidnapping": the noun, not the verb;
	 * "kidnapping 13 Japanese", "police arrest five": the verb */
	as_noun = infl != INFL_PAST && (noun_before(d, t, s0) || plural_object(d, t, s0, infl) ||
	    (t + vn < d->ntok && extract_tok_is(d, t + vn, "of")) ||
	    (infl == INFL_BASE && prep_before(d, t, s0)));
	/* "was fine", "completely free": a base form after a copula or an
	 * adverb is an adjective */
	if (infl == INFL_BASE && t > s0 && (adverb_or_copula(d, t - 1)))
		return e && n == vn ? trigger_from(d, e, n, tr) : 0;
	if (as_noun && e && n == vn)
		return trigger_from(d, e, n, tr);
	if (as_noun && strcmp(lex_get(d->lx->trigger_verbs, v, "noun"), "yes"))
		return 0;
	tr->type = lex_get(d->lx->trigger_verbs, v, "type");
	tr->form = as_noun ? "noun" : lex_get(d->lx->trigger_verbs, v, "form");
	tr->n = vn;
	tr->infl = infl;
	tr->needs_kp = !strcmp(lex_get(d->lx->trigger_verbs, v, "context"), "kp");
	tr->needs_held = !strcmp(lex_get(d->lx->trigger_verbs, v, "context"), "held");
	/* "are still in a prison camp": a state, no act in the
	 * sentence's time; it adds to the act that began it, when told */
	tr->undated = !strcmp(lex_get(d->lx->trigger_verbs, v, "context"), "state");
	/* "escaped across the Yalu": a flight by its path as well */
	if (tr->needs_kp)
		tr->path = path_out(d, t + vn - 1, d->sents[d->toks[t].sent].t1, 1);
	if (!tr->path && strstr(v->fields[0], " <across-border>"))
		return 0;
	tr->moves = strstr(v->fields[0], " <to-place>") != NULL;
	/* the journey's slot found its way out */
	if (strstr(v->fields[0], " <journey>"))
		tr->path = 2;
	tr->line = v->line;
	tr->file = "trigger-verbs.tsv";
	return 1;
}

static int
trigger_from(const struct xdoc *d, const struct lex_entry *e, size_t n, struct xtrig *tr)
{
	tr->type = lex_get(d->lx->triggers, e, "type");
	tr->form = lex_get(d->lx->triggers, e, "form");
	tr->n = n;
	tr->line = e->line;
	tr->file = "triggers.tsv";
	tr->infl = INFL_BASE;
	return 1;
}

int
extract_is_trigger(const struct xdoc *d, size_t t)
{
	struct xtrig tr;

	return extract_trigger(d, t, &tr);
}
