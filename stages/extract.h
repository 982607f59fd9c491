/*
 * extract.h: the private interface between captive-extract's files.
 *
 * extract.c reads document records and runs, per document:
 *   extract-text.c    tokens, sentences, byte -> character offsets
 *   extract-names.c   persons (names, titles, appositions, aliases); its
 *                     helpers (extract-persons.c, extract-nameshape.c,
 *                     extract-singles.c) share extract-names.h
 *   extract-aliases.c other names the text states ("also known as")
 *   extract-orgs.c    acronyms and "the ministry" of organizations
 *   extract-refs.c    "the pastor", "the American": a person named before
 *   extract-groups.c  counted groups, places and organizations (the counts
 *                     themselves: extract-counts.c)
 *   extract-pronouns.c  pronouns and descriptions; the index of mentions
 *   extract-triggers.c  the words that start an event, by lemma
 *   extract-events.c  events with victims, dates and countries; its
 *                     helpers (extract-types.c, extract-clause.c, extract-acts.c,
 *                     extract-dates.c, extract-places.c,
 *                     extract-antecedents.c, extract-mentions.c,
 *                     extract-victims.c, extract-merge.c and more) share
 *                     extract-events.h, which only they include (its
 *                     header lists them all)
 *   extract-relevance.c  is the document about the field: an act and a
 *                     tie to North Korea, with the evidence of both
 *   extract-passes.c  the passes over one document, in their order
 *   extract-out.c     the records of RECORDS.md, with their evidence
 * All offsets inside are byte offsets into the document's text; only
 * extract-out.c turns them into the character offsets of the records.
 * Everything a document needs lives in struct xdoc and is freed with it:
 * nothing is kept from one document to the next but the lexicons.
 */
#ifndef CAPTIVE_EXTRACT_H
#define CAPTIVE_EXTRACT_H

#include <stddef.h>
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include "date.h"
#include "lex.h"

/* A sentence longer than this many tokens is cut: rules look at a few
 * tokens around a word, so nothing is lost but the one evidence string. */
#define XSENT_MAX_TOKENS 400
/* Names have at most this many tokens (Deborah Ann Smith Jones). */
#define XNAME_MAX 4
/* Tokens of the longest place name matched: "Komsomolsk-on-Amur" is five */
#define XPLACE_MAX 6

enum {
	TOK_WORD = 1,		/* letters or digits */
	TOK_CAP = 2,		/* first letter uppercase */
	TOK_UPPER = 4,		/* two or more letters, all uppercase */
	TOK_NUM = 8,		/* starts with a digit */
	TOK_NL = 16,		/* a line break precedes the token */
	TOK_INITIAL = 32,	/* one uppercase letter followed by "." */
	TOK_PARA = 64		/* a blank line precedes the token */
};

struct xtok {
	size_t s, e;		/* bytes text[s..e) */
	unsigned flags;
	unsigned sent;		/* index of the sentence */
	int ent;		/* index into xdoc.ents of a mention starting here, or -1 */
};

struct xsent {
	size_t t0, t1;		/* tokens [t0, t1) */
	size_t s, e;		/* bytes */
	int narr_year;		/* the year of a month told without one
				 * (extract_narrative_years), or 0 */
	int years_read;		/* year_last and year_max are known */
	int year_last, year_max;	/* of its absolute dates (extract-dates.c) */
};

struct hmap;
struct xevtype;

/* The lexicons, loaded once (extract_lex_load), read-only afterwards. */
struct xlex {
	struct lex *given, *family, *titles, *demonyms, *countries, *places,
	    *kinship, *triggers, *cues, *groupn, *orgw, *stop, *numbers,
	    *abbrevs, *starters, *evwords, *trigger_verbs, *verbs, *particles,
	    *alias_cues, *evtypes, *relevance;
	struct hmap *verb_forms;	/* irregular form -> base (borrowed from verbs) */
	struct hmap *verb_heads;	/* first words of trigger_verbs' entries */
	struct hmap *evword_lists;	/* a word of evwords' lists, lowercased ->
					 * the lists holding it: a bit set
					 * (uint64_t[]) by evwords' entry index */
	struct xevtype *types;		/* evtypes' rows, read (extract-types.c) */
	size_t ntypes;
	/* the entries of evwords' lists by the address of the name a rule
	 * asked for (extract-text.c's list_entry); XLIST_MEMO slots, filled
	 * as the rules ask: a memo of the lexicon, the same for every
	 * document, so written through the const xlex of a document */
	struct xlist_memo {
		const char *name;
		const struct lex_entry *entry;
	} *list_memo;
};
#define XLIST_MEMO 512

enum xent_kind { ENT_PERSON, ENT_GROUP, ENT_PRONOUN, ENT_PLACE, ENT_ORG };

/* One mention of something in the text, in token order. */
struct xent {
	enum xent_kind kind;
	size_t t0, t1;		/* tokens */
	int id;			/* index into persons / groups / places / orgs; pronouns: -1 */
	int plural;		/* pronouns and groups */
	int gender;		/* pronouns: 'm', 'f' or 0 */
	int cataphor;		/* "a North Korean woman": the person named after it;
				 * 2: "a Danish activist", else an unnamed one, not
				 * the article's main person; 3: an apposition on
				 * the name before it ("Bo Roe, a Danish fisherman,"),
				 * whose person ref holds already; 4: "a 41-year-old
				 * man": one named after whose sex the text tells
				 * alike, else an unnamed one, as 2 */
	int ref;		/* what it names: >= 0 person, < 0 group -(g + 1), NOREF */
};

#define NOREF (-1000000)

/* A statement of another name of a person (extract-aliases.c). */
struct xalias {
	char *alias;		/* the other name, owned */
	const char *cue;	/* what stated it: the phrase of alias-cues.tsv
				 * or the script's label (borrowed from the lexicon) */
	size_t s, e;		/* bytes of the alias in the text */
	size_t sent;		/* its sentence */
};

struct xperson {
	char *name;		/* fullest form, owned */
	char *aliases[8];	/* other multi-word forms, owned */
	int naliases;
	char *title;		/* owned or NULL */
	char nationality[3];
	int gender;		/* 'm', 'f' or 0 */
	unsigned roles;		/* bit set of ROLE_* */
	int korean_order;	/* family name first */
	int reporter;		/* named in a byline or credit line */
	int jp_name;		/* given name of Japanese origin */
	int dead, released, detained;
	int age;		/* years, as the text states it ("Jane Roe, 83,"), or 0 */
	int nmentions;
	long bl_s, bl_e;	/* bytes of the name in the byline, or -1 */
	struct xalias *said;	/* the statements of its aliases, owned */
	int nsaid;
	char id[16];
};

enum {
	ROLE_VICTIM = 1, ROLE_DEFECTOR = 2, ROLE_OFFICIAL = 4,
	ROLE_ACTIVIST = 8, ROLE_FAMILY = 16, ROLE_JOURNALIST = 32, ROLE_OTHER = 64
};

struct xgroup {
	size_t t0, t1;		/* the first mention */
	size_t d0;		/* its description starts here, after the count */
	long count;
	char nationality[3];
	unsigned roles;
	int part_of;		/* "nine of them": the group it is part of, or -1 */
	int definite;		/* its first mention refers back: "the two men", "both men" */
	size_t h0, hn;		/* "15 Thai and two Lao sailors": the head noun the
				 * group shares with the count after it (hn tokens
				 * from h0), which its description ends with; hn 0:
				 * its own head ends it */
	char id[16];
};

struct xplace {
	char *name;
	char kind[12];
	char country[3];
	char id[16];
};

struct xorg {
	char *name;
	char *aliases[4];	/* acronyms the text defines ("(MSS)"), owned */
	int naliases;
	char kind[16];
	char country[3];
	char id[16];
};

#define XEV_MAXV 8

struct xevent {
	char type[16];
	size_t sent;		/* evidence sentence */
	size_t tok;		/* its trigger's first token */
	int victims[XEV_MAXV];	/* index into ents' targets: >= 0 person, < 0 group -(g+1) */
	int nvictims;
	int perp;		/* same coding, or INT32_MIN */
	int perp_org;		/* org index or -1 */
	char date[DATE_FORMAT_MAX];
	char fb_date[DATE_FORMAT_MAX];	/* the date of its report, if no other */
	char *date_text;	/* owned */
	char *place;		/* owned */
	char country[3];
	char dest[3];		/* the country it sends its victims to, or "" */
	int cc_guess;		/* country is its type's default: any told later wins */
	int dead;		/* merged into another */
	int again;		/* told as a second act: "arrested again" */
	int undated;		/* its date (if any) is not told with it: from
				 * the sentences before, the report, or none */
	int scene;		/* its date opens its sentence and frames what
				 * follows ("In early November, ...") */
	int verdict;		/* a trial told only as a conviction with no
				 * penalty named ("was convicted in May"), no
				 * hearing told: a sentence's verdict, if one is
				 * told beside it */
	char id[16];
	/* for --trace: the lexicon line of the trigger, and which rules
	 * chose the victims and the date (static strings) */
	const char *trig_file;
	unsigned trig_line;
	const char *why_victims, *why_date, *why_country;
	const char *why_type;	/* the rule that gave it another type than its trigger's, or NULL */
};

struct xrel {
	int subj, obj;		/* persons */
	char *pred;		/* owned */
	size_t sent;
};

struct xdoc {
	const char *docid;
	const char *text;	/* borrowed from the record */
	size_t len;
	struct date pub;
	const char *title;	/* the headline, borrowed from the record, or NULL */
	const struct xlex *lx;
	uint32_t *cp;		/* cp[b]: characters before byte b (len + 1) */
	struct xtok *toks;
	size_t ntok;
	/* the text lowercased (ASCII, as lexicon keys are; owned), and per
	 * token the hash of its bytes there (hmap_hash): a lexicon lookup
	 * of tokens starts from them instead of lowercasing and hashing
	 * each word again for each lexicon and rule */
	char *lower;
	uint64_t *tok_hash;
	/* per token: its lists of event-words.tsv (xlex.evword_lists), or
	 * NULL for none, looked up once by extract_tokenize */
	const uint64_t **tok_lists;
	struct xsent *sents;
	size_t nsent;
	/* per token: 0 not looked at yet, 1 no trigger starts there, 2 one
	 * does (extract_trigger looks it up again: triggers are few) */
	unsigned char *trig_state;
	struct xent *ents;
	size_t nent, cent;
	struct xperson *persons;
	size_t nperson, cperson;
	struct xgroup *groups;
	size_t ngroup, cgroup;
	struct xplace *places;
	size_t nplace, cplace;
	struct xorg *orgs;
	size_t norg, corg;
	struct xevent *events;
	size_t nevent, cevent;
	struct xrel *rels;
	size_t nrel, crel;
	int report_year;	/* no publication date: the year the text tells
				 * it was written in (extract-report.c), or 0 */
	/* per sentence: its dates as extract_sentence_dates found them
	 * (extract-dates.c; many rules ask again), or NULL before the
	 * events' passes */
	struct xsdates *sdates;
	int mentions_kp;	/* the text names North Korea */
	int last_ev;		/* event the latest trigger made or merged into, or -1 */
	/* The events of each victim (person i at i, group g at nperson + g),
	 * so that finding another act of the same people is not a scan of
	 * every event. */
	struct xevlist {
		int *ev;
		size_t n, cap;
	} *evby;
	size_t nevby;
	/* Acts told of a vessel alone, no person in them ("seized a fishing
	 * boat on Sunday"), with the date told with each: a later act of
	 * the type on "the boat" and its people took place then. */
	struct xvessel_act {
		char type[16];
		size_t sent;
		char date[DATE_FORMAT_MAX];
	} *vessel_acts;
	size_t nvessel_act, cvessel_act;
	/* per event type (an index into lx->types): the country last named
	 * as whoever does or would do an act of it ("China refuses to stop
	 * sending them back"), or "" */
	char (*told)[3];
};

/* extract-text.c */
int extract_lex_load(struct xlex *lx);
void extract_lex_free(struct xlex *lx);
/* Tokens and sentences of d->text; fills toks, lower, tok_hash, sents,
 * cp. */
void extract_tokenize(struct xdoc *d);
void extract_split_sentences(struct xdoc *d);
/* Longest entry of l matching tokens from t (at most max tokens, only
 * within one sentence, tokens separated by single spaces or nothing before
 * punctuation).  Returns the entry and sets *n to the tokens it spans. */
const struct lex_entry *extract_match(const struct xdoc *d, const struct lex *l,
    size_t t, size_t max, size_t *n);
/* Token t's text compared with s, ASCII case-insensitive.  Inline: the
 * rules ask it of nearly every token, most often with a literal s, whose
 * length the compiler then knows. */
static inline int
extract_tok_is(const struct xdoc *d, size_t t, const char *s)
{
	size_t n = strlen(s), i;
	const char *w;

	if (t >= d->ntok || d->toks[t].e - d->toks[t].s != n)
		return 0;
	w = d->text + d->toks[t].s;
	for (i = 0; i < n; i++) {
		char a = w[i] >= 'A' && w[i] <= 'Z' ? w[i] - 'A' + 'a' : w[i];
		char b = s[i] >= 'A' && s[i] <= 'Z' ? s[i] - 'A' + 'a' : s[i];

		if (a != b)
			return 0;
	}
	return 1;
}
/* Entry of l for token t alone, or NULL. */
const struct lex_entry *extract_tok_lex(const struct xdoc *d, const struct lex *l, size_t t);
size_t extract_add_ent(struct xdoc *d, enum xent_kind k, size_t t0, size_t t1, int id);
void extract_doc_free(struct xdoc *d);

/* extract-names.c */
void extract_persons(struct xdoc *d, const char *byline);
/* The organization named at tokens [a, b), of org_kind kind: found, or
 * added; a mention of it added either way. */
void extract_add_org(struct xdoc *d, size_t a, size_t b, const char *kind);
unsigned extract_role_bit(const char *role);

/* extract-aliases.c: the aliases the text states after a person's
 * mentions; a person found under an alias is merged into the one it
 * names.  Runs right after extract_persons. */
void extract_aliases(struct xdoc *d);

/* extract-orgs.c: acronyms defined after an organization's name
 * ("(MSS)") become its aliases; the acronym alone and "the ministry"
 * (when one organization fits) become its mentions.  Runs after
 * extract_aliases. */
void extract_org_names(struct xdoc *d);

/* extract-refs.c: "the pastor", "the American": a mention of the one
 * person named before with that title or nationality.  Runs after
 * extract_org_names, before extract_pronouns. */
void extract_refs(struct xdoc *d);

/* extract-counts.c */
/* A quantifier before a count ("about", "more than", "all"). */
int extract_is_quant(const struct xdoc *d, size_t t);
/* A word that may stand between a count and its noun ("of", "the"). */
int extract_is_skip(const struct xdoc *d, size_t t);
/* A head noun within four words after token t: its entry, start, length;
 * nat: the nationality words passed. */
const struct lex_entry *extract_head_after(const struct xdoc *d, size_t t, size_t s1, size_t *at, size_t *n,
    char *nat);
/* A year or a label's number ("since 2009", "Camp 15"), not how many
 * people: the count at t (n tokens). */
int extract_not_a_count(const struct xdoc *d, size_t t, size_t s0, size_t s1, long count, size_t n);
/* "dozens of", "tens of thousands of": the tokens of the quantity before
 * "of", or 0. */
size_t extract_vague_count(const struct xdoc *d, size_t t, size_t s1);
/* "30,000 to 50,000", "between 200 and 300": the tokens through the
 * second count (*t0 moved back over "between"), or 0. */
size_t extract_count_range(const struct xdoc *d, size_t *t0, size_t t, size_t n, size_t s0, size_t s1);
/* A plural noun: defectors, fishermen, people, children. */
int extract_is_plural(const struct xdoc *d, size_t t);
/* "the crew of the USS Ardent": "of" at k before a vessel within five
 * words. */
int extract_of_vessel(const struct xdoc *d, size_t k);

/* extract-groups.c */
void extract_groups(struct xdoc *d);
/* The count at token t: digits (1,180) or number words (nine, twenty-one,
 * a dozen).  Returns the value and sets *n to the tokens used, or 0. */
long extract_count_at(const struct xdoc *d, size_t t, size_t *n);
/* A place of custody at token k of a sentence ending at s1: a word of the
 * custody-place list ("prison", "kwanliso"), or "camp" after a kind that
 * punishes, a name ("Yodok camp") or before a number ("Camp 15")
 * (extract-triggers.c). */
int extract_custody_place_at(const struct xdoc *d, size_t k, size_t s1);
/* A new group of count, first named at tokens [t0, t1), its description
 * from d0; returns its index. */
int extract_new_group(struct xdoc *d, size_t t0, size_t d0, size_t t1, long count, const char *nat,
    unsigned roles);
/* The one counted group of a crew that is no part of another, or -1. */
int extract_counted_crew(const struct xdoc *d);
void extract_places(struct xdoc *d);

/* extract-pronouns.c */
void extract_pronouns(struct xdoc *d);
/* Sort d->ents by position and set toks[].ent. */
void extract_index_ents(struct xdoc *d);

/* Is token t a word of the list in event-words.tsv? */
int extract_evword(const struct xdoc *d, size_t t, const char *list);
/* Is s[0..n) a word of that list? */
int extract_in_list(const struct xdoc *d, const char *s, size_t n, const char *list);

/* extract-triggers.c */
#define XLEMMA_MAX 48
enum xinfl { INFL_BASE, INFL_S, INFL_PAST, INFL_ING };
/* A trigger found in the text: what it starts and where it was listed. */
struct xtrig {
	const char *type;	/* event type */
	const char *form;	/* trans, intrans, allow, noun */
	size_t n;		/* tokens it spans */
	enum xinfl infl;	/* the form the verb was written in */
	int needs_kp;		/* an act only in a North Korean context (fled) */
	int needs_held;		/* an act only of those the story holds ("a free man") */
	int path;		/* a path out: 2 "into China", 1 "across the river" */
	int undated;		/* a state told, no act in the sentence's time ("a former prisoner") */
	int appos;		/* 1 + the mention an apposition names as the victim, or 0 */
	int moves;		/* a verb that only moves someone "to" a place (<to-place>) */
	const char *file;	/* the lexicon and line that listed it */
	unsigned line;
};
/* The base forms word w[0..n) may be of (itself first, or its irregular
 * base), at most max, lowercased, in out; the inflection it shows in
 * *infl.  Returns the count. */
int extract_lemmas(const struct xlex *lx, const char *w, size_t n, char out[][XLEMMA_MAX], int max,
    enum xinfl *infl);
/* Is the word at t a listed verb made again by "re-" ("re-arrested",
 * "recaptured")?  extract_lemmas gives the verb's own base. */
int extract_again_prefixed(const struct xdoc *d, size_t t);
/* The trigger starting at token t, in *tr; 1 if there is one, else 0.
 * Tokens where none starts are remembered in d->trig_state. */
int extract_trigger(const struct xdoc *d, size_t t, struct xtrig *tr);
/* Is v (a person, or -(g + 1) for group g) one of e's victims; do
 * events e and f share one (extract-acts.c)? */
int extract_is_victim(const struct xevent *e, int v);
int extract_share_victim(const struct xevent *e, const struct xevent *f);
/* Does a trigger start at t, whatever it is? */
int extract_is_trigger(const struct xdoc *d, size_t t);

/* extract-types.c: event-types.tsv read into lx->types and checked,
 * with the types the trigger lexicons name; 0, or -1 after reporting. */
int extract_types_load(struct xlex *lx);

/* extract-events.c */
void extract_events(struct xdoc *d);

/* extract-passes.c: every pass over a tokenized document, persons to
 * events, in order (byline: the document's, or NULL). */
void extract_passes(struct xdoc *d, const char *byline);

/* Why each event of d is there, one line an event on fp (--trace). */
void extract_trace(const struct xdoc *d, FILE *fp);

/* extract-relevance.c */
enum xtie {
	TIE_NONE,
	TIE_EVENT_COUNTRY,	/* the act's country is KP */
	TIE_VICTIM,		/* a victim of the act is of nationality KP */
	TIE_PLACE,		/* the text names a place of KP */
	TIE_PERSON,		/* a person of nationality KP */
	TIE_GROUP,		/* a group of nationality KP */
	TIE_DEMONYM,		/* a nationality word of KP ("North Korean") */
	TIE_FIELD_ACT		/* an act of relevance.tsv: its type and the
				 * victim's nationality (a Japanese abductee) */
};
struct xrelevance {
	int relevant;		/* an act and a tie */
	int event;		/* index into events of the act, or -1 */
	int act;		/* an act was found: an event, or else a trigger
				 * in a sentence naming a person or group */
	size_t as, ae;		/* bytes of the act's trigger words */
	enum xtie tie;
	size_t s, e;		/* bytes of the tie's words (TIE_EVENT_COUNTRY:
				 * the act's sentence) */
	unsigned tie_line;	/* TIE_FIELD_ACT: its line in relevance.tsv */
};
/* Judge d (after extract_events): fills *r. */
void extract_relevance(const struct xdoc *d, struct xrelevance *r);
/* The tie's name as the records write it ("place"); NULL for TIE_NONE. */
const char *extract_tie_name(enum xtie tie);
/* The judgement and its evidence, one line on fp (--trace). */
void extract_relevance_trace(const struct xdoc *d, const struct xrelevance *r, FILE *fp);

/* extract-out.c */
struct jsonl_writer;
struct json_t;
/* The ids of d's persons, groups, organizations, places and events
 * (they hash content); before extract_put_relevance and extract_write. */
void extract_make_ids(struct xdoc *d);
/* The relevance members of the document record doc (RECORDS.md). */
void extract_put_relevance(const struct xdoc *d, const struct xrelevance *r,
    struct json_t *doc);
int extract_write(struct xdoc *d, struct jsonl_writer *w, const char *byline);

#endif
