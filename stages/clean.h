/*
 * clean.h: the private interface between captive-clean's files.
 *
 *   clean.c         the stage: options, the loop, one document at a time
 *   clean-norm.c    valid NFC UTF-8, white space, control characters
 *   clean-lines.c   a document as lines: features, structure, the result
 *   clean-boiler.c  the rules of schema/lexicons/boilerplate.tsv
 *   clean-match.c   patterns and words matched cheaply, for every pass
 *   clean-index.c   which patterns a line can meet, by its first word
 *   clean-roles.c   line roles by weighed evidence (line-roles.tsv, line-cues.tsv)
 *   clean-quotes.c  pull quotes: lines whose sentences stand again in longer ones
 *   clean-meta.c    title, publisher, byline, published, dateline
 *   clean-outlets.c    the outlets of publishers.tsv, found in a text
 *   clean-publisher.c  the publisher as a scored choice (publisher-evidence.tsv)
 *   clean-lang.c    the language of the text
 *   clean-html.c    HTML pages (its own header, clean-html.h)
 *
 * A document is cleaned as a sequence of lines (struct cline) that point
 * into one buffer the document owns.  Each pass sets flags on the lines;
 * nothing is removed until clean_join() writes the lines that are kept.
 * Nothing is kept between documents but the rules.
 */
#ifndef CAPTIVE_CLEAN_H
#define CAPTIVE_CLEAN_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <jansson.h>
#include "acm.h"
#include "buf.h"

struct boiler;
struct pubs;
struct pubev;
struct lex;
struct lex_entry;
struct roles;
struct clean_html_rules;
struct acm;
struct line_date;

/*
 * The options of every pattern match on a document's lines: they are
 * valid UTF-8 (clean_normalize checked them, and the passes cut them only
 * at characters' bounds), so PCRE2 need not check them again.  That check
 * ran over the whole line at each of the some hundred patterns tried on
 * it: the larger part of the stage's time on plain text.
 */
#define CLEAN_MATCH_OPTS PCRE2_NO_UTF_CHECK

/* Everything loaded once: lexicons and compiled patterns. */
struct clean_rules {
	struct boiler *boiler;		/* boilerplate.tsv */
	struct pubs *pubs;		/* publishers.tsv */
	struct pubev *pubev;		/* publisher-evidence.tsv */
	struct roles *roles;		/* line-roles.tsv, line-cues.tsv */
	struct clean_html_rules *html;	/* html-hints.tsv, for HTML pages */
	struct acm *words;		/* the phrases and needed words of every
					 * lexicon above, found in one pass */
	pcre2_match_data *md;		/* shared match data (one thread) */
	int trace;			/* --trace: say why each line went */
	/* ids in words of the two characters beyond ASCII that a caseless
	 * pattern's ASCII letter matches: the Kelvin sign (k) and the long
	 * s (s); a line holding one is not searched by its ASCII words
	 * alone (clean_reach_exec) */
	int foldw[2];
};

/* One line of a document.  s is NUL-terminated inside the document's buffer. */
struct cline {
	char *s;
	size_t len;
	unsigned no;		/* 1-based line number in the document */
	int words;		/* tokens holding a letter or digit */
	unsigned blank:1;	/* empty after normalization */
	unsigned para:1;	/* prose: a sentence or more of running text */
	unsigned drop:1;	/* removed from the text */
	unsigned caption:1;	/* a photo caption */
	unsigned tail:1;	/* starts the furniture after the article */
	unsigned byline:1;	/* "By ...", an author line */
	unsigned dateish:1;	/* mostly a date or time stamp */
	unsigned headline:1;	/* could be a headline */
	unsigned deck:1;	/* the standfirst under the headline: kept */
	unsigned char gaps;	/* runs of spaces that set fields apart in the
				 * input (clean_normalize) */
	size_t skip;		/* a headline's bytes before its words: a date
				 * stamp ("2016-08-19 | Headline") */
	const char *why;	/* why it was dropped (rule or heuristic) */
	uint64_t sig;		/* clean-roles.c: the signals it shows */
	int score;		/* clean-roles.c: their weights added up */
};

struct cdoc {
	const char *source;	/* for messages; borrowed */
	char *buf;		/* the normalized text, owned; lines point in */
	struct cline *lines;
	size_t n;
	long title;		/* index of the headline line, or -1 */
	long first, last;	/* first and last line of prose kept, or -1 */
	uint64_t *hits;		/* owned: clean_find_words(), setw a line */
	size_t setw;
	char *low;		/* owned: buf in ASCII lower case (clean_find_words);
				 * line i's copy at low + (its s - buf) */
	struct line_date *dates;	/* owned: clean-meta.c's dates of the lines */
	int html;		/* text from clean_html: its markup has judged the
				 * lines already; only the rules drop any */
};

/* clean-norm.c */
/*
 * Append to out the normalized form of s[0..len): NFC, LF line ends, other
 * Unicode spaces as U+0020, zero-width characters dropped, runs of spaces
 * as one, lines trimmed.  Every input line stays a line (blank runs are
 * collapsed by clean_join), so line numbers still name the input's lines.
 * C0 control characters are dropped and C1 ones read as
 * Windows-1252 (what they nearly always are), each reported once per
 * document as "source:line: ...".  Returns 0, or -1 after reporting when s
 * is not valid UTF-8 (out is then left as it was).  When gaps is not
 * NULL, one byte a line is appended to it: how many runs of spaces (or
 * tabs) inside the line set its words apart as fields of a menu
 * ("Home  About  Reports"), which the normalized text no longer shows.
 */
int clean_normalize(const char *s, size_t len, const char *source, struct buf *out,
		    struct buf *gaps);

/* clean-lines.c */
/* Split text (taken over: the document frees it) into lines with features;
 * gaps (borrowed, may be NULL) holds ngaps bytes of clean_normalize(). */
void clean_split(struct cdoc *d, char *text, size_t len, const unsigned char *gaps,
		 size_t ngaps);
void clean_doc_free(struct cdoc *d);
/* Drop lines by their shape: repeats, separators, menus, doubled captions. */
void clean_shape(struct cdoc *d);
/* Drop what lies around the article: before the headline, between it and
 * the first paragraph (but the standfirst), captions next to captions. */
void clean_zones(struct cdoc *d);
/* Recompute d->first and d->last from the lines still kept. */
void clean_find_body(struct cdoc *d);
/* Write the kept lines to out, blank lines collapsed, no blank at the ends. */
void clean_join(const struct cdoc *d, struct buf *out);
/* Mark line i dropped for why, unless it already is. */
void clean_drop(struct cline *l, const char *why);
/* The next (dir 1) or previous (dir -1) line after i that is not blank,
 * or -1. */
long clean_next_nonblank(const struct cdoc *d, long i, int dir);
/* Helpers on one line of text shared by the passes. */
int clean_words(const char *s, size_t len);
int clean_is_para(const char *s, size_t len, int words);
int clean_has_glue(const char *s, size_t len);
/* Could s[0..len) (of so many words) be a headline?  Shape only. */
int clean_headline_shape(const char *s, size_t len, int words);
/* Is l a bar of three or more fields set apart by runs of spaces ("World
 * U.S.  Politics"), not ending a sentence: a menu, never a headline? */
int clean_fields_bar(const struct cline *l);

/* clean-boiler.c */
/* Load schema/lexicons/<name>.tsv; NULL after reporting.  */
struct boiler *boiler_load(const char *name, struct acm *words);
void boiler_free(struct boiler *b);
/* Apply the rules to every line of d (drop, caption, tail). */
void clean_apply_rules(struct cdoc *d, const struct clean_rules *r);

/* clean-match.c */
/*
 * A pattern's needed words, as a lexicon's "needs" column gives them
 * ("told|interview"): every match holds one of them, in any case, so the
 * pattern is tried only on a line that does (a word's bit costs nothing
 * next to a pattern's call).  Adds each word to words (before acm_build)
 * and returns their ids, -1 after the last (caller frees), NULL for ""
 * (the pattern is tried on every line).
 */
int *clean_needs_parse(const char *s, struct acm *words);
/*
 * Does a line whose words are hits (clean_line_hits) hold one of needs
 * (NULL: yes)?  Inline, as clean_prefilter_may: each line asks it of
 * every pattern.
 */
static inline int
clean_needs_met(const uint64_t *hits, const int *needs)
{
	if (needs == NULL)
		return 1;
	for (; *needs >= 0; needs++)
		if (acm_hit(hits, *needs))
			return 1;
	return 0;
}
/* s[0..len) in ASCII lower case into low (len bytes), as tolower() in the C locale. */
void clean_lower(const char *s, size_t len, char *low);
/* Is s[0..n) low[0..n) (in ASCII lower case) but for ASCII case? */
int clean_caseeq(const char *s, const char *low, size_t n);
/* Find the words of r->words in every line of d (d->hits), once. */
void clean_find_words(struct cdoc *d, const struct clean_rules *r);
/*
 * Eight bytes of s as one word, the first byte lowest (a little-endian
 * load): a mask that flags bytes of it (each byte's high bit) has its
 * first flagged byte at clean_first8().  For the passes that read every
 * byte of a text eight at a time.
 */
static inline uint64_t
clean_load8(const char *s)
{
	uint64_t w;

	memcpy(&w, s, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	w = __builtin_bswap64(w);
#endif
	return w;
}

/* The index (0..7) of the first byte flagged in m (not 0). */
static inline size_t
clean_first8(uint64_t m)
{
	return (size_t)__builtin_ctzll(m) >> 3;
}

/*
 * The eight bytes of w with the ASCII capitals in lower case (as
 * tolower() in the C locale lowers each byte): a byte from 'A' to 'Z'
 * (high bit clear, at least 'A', at most 'Z') gains 0x20.  The sums of
 * the low seven bits carry into no other byte.
 */
static inline uint64_t
clean_fold8(uint64_t w)
{
	const uint64_t low7 = 0x7F7F7F7F7F7F7F7FULL, high = 0x8080808080808080ULL;
	uint64_t b = w & low7;
	uint64_t upper = (b + 0x3F3F3F3F3F3F3F3FULL) & ~(b + 0x2525252525252525ULL) & ~w & high;

	return w | upper >> 2;
}

/*
 * The high bit of each byte of w that is c (exactly: the low seven bits
 * plus 0x7F carry into the high bit of their own byte only, which stays
 * clear only for a byte of 0).
 */
static inline uint64_t
clean_eq8(uint64_t w, unsigned char c)
{
	const uint64_t low7 = 0x7F7F7F7F7F7F7F7FULL;
	uint64_t x = w ^ (0x0101010101010101ULL * c);

	return ~(((x & low7) + low7) | x | low7);
}

/*
 * The high bit of each byte of w that is an ASCII letter or digit
 * (isalnum() in the C locale): a byte with its high bit set is none; the
 * others, seven bits, are compared by sums that carry into no other byte.
 */
static inline uint64_t
clean_alnum8(uint64_t w)
{
	const uint64_t high = 0x8080808080808080ULL;
	uint64_t x = w & 0x7F7F7F7F7F7F7F7FULL, y = x | 0x2020202020202020ULL;
	uint64_t digit = (x + 0x5050505050505050ULL) & ~(x + 0x4646464646464646ULL);
	uint64_t letter = (y + 0x1F1F1F1F1F1F1F1FULL) & ~(y + 0x0505050505050505ULL);

	return (digit | letter) & ~w & high;
}

/* How many bytes a mask of their high bits flags (no popcount
 * instruction is assumed: a multiply adds the eight bits up). */
static inline size_t
clean_count8(uint64_t m)
{
	return (size_t)(((m >> 7) * 0x0101010101010101ULL) >> 56);
}

/* The words of r->words found in line i of d (acm_hit() tells each). */
static inline const uint64_t *
clean_line_hits(const struct cdoc *d, size_t i)
{
	return d->hits + i * d->setw;
}
/*
 * What a pattern's match must look like, read from PCRE2 once, to pass
 * over a line without calling it: a call costs more than the test, and
 * a line meets some hundred patterns, nearly all of which fail at once.
 */
struct clean_prefilter {
	int anchored;		/* a match starts at the line's start */
	int firstset;		/* first[] holds the bytes a match can begin with */
	uint8_t first[32];	/* a bit per byte */
	size_t minlen;		/* a match has at least this many characters */
};
/* Fill pf for re, compiled from pattern with options. */
void clean_prefilter_init(struct clean_prefilter *pf, const char *pattern, unsigned options,
			  const pcre2_code *re);
/* Can re (of pf) match s[0..len)?  0 when it cannot; 1 when it may. */
static inline int
clean_prefilter_may(const struct clean_prefilter *pf, const char *s, size_t len)
{
	unsigned c;

	if (len < pf->minlen)	/* bytes, never fewer than characters */
		return 0;
	if (pf->firstset) {
		if (len == 0)
			return 0;
		c = (unsigned char)s[0];
		return (pf->first[c >> 3] >> (c & 7)) & 1;
	}
	return 1;
}
/* Compile a PCRE2 pattern (UTF, UCP); NULL after reporting "where: ...". */
pcre2_code *clean_regex(const char *pattern, unsigned options, const char *where);
/*
 * pcre2_match() of re on s[0..len) from start, with CLEAN_MATCH_OPTS:
 * its result, the match in md.
 */
int clean_exec(const pcre2_code *re, const char *s, size_t len, size_t start,
	       pcre2_match_data *md);
/* Does re match s[0..len)?  Start and end of the match in *so and *eo. */
int clean_match(const pcre2_code *re, pcre2_match_data *md, const char *s,
		size_t len, size_t *so, size_t *eo);
/*
 * A pattern with needed words, tried where a match can begin instead of
 * at every byte.  An unanchored pattern meets a line of prose at each of
 * the bytes it can begin with ("t" of "told", a capital): some thousand
 * cycles a line, though its needed word is rare.  A lexicon's "reach"
 * says how many spaces a match can hold before its needed word (0: it
 * opens with it; "(\p{Lu}\S*(?: \p{Lu}\S*){0,4}) reported": 6); a
 * match then begins at most that many words before an occurrence of a
 * needed word, and only there, at the bytes the pattern can begin with,
 * is it tried, anchored.  The first match so found is the one a search
 * from the start finds.  A pattern anchored at the line's start ("^X Y
 * attends") is tried once, when a needed word lies within reach of it.  A line's only white space is single spaces
 * (clean_normalize), which part its words.
 */
struct clean_reach {
	int on;			/* a reach was given */
	int atstart;		/* the pattern is anchored at the line's start:
				 * a match's needed word lies within reach of
				 * it, else it is not tried at all */
	pcre2_code *anchored;	/* else the pattern compiled anchored */
	int reach;		/* the most spaces before a needed word */
	int firstset;		/* first[] holds the bytes a match can begin with */
	uint8_t first[32];
	char **words;		/* the needed words in ASCII lower case */
	size_t *wlen;
	const int *ids;		/* their ids in the rules' words (borrowed) */
	size_t nwords;
};
/*
 * Fill rc for pattern (with options, as compiled by clean_regex) of
 * needed words needs ("told|interview") and their ids (clean_needs_parse)
 * and the lexicon's reach ("": none, then rc only says so).  Returns 0, or
 * -1 after reporting "where: ..." (a reach not a number 0..20, or no
 * needed words to reach from).
 */
int clean_reach_init(struct clean_reach *rc, const char *pattern, unsigned options,
		     const char *needs, const int *ids, const char *reach, const char *where);
void clean_reach_free(struct clean_reach *rc);
/*
 * clean_exec() of re (of reach rc) on line i of d from start, as a
 * search from start would give it, but tried only where rc says a match
 * can begin (all of it when rc has no reach).
 */
int clean_reach_exec(const struct clean_reach *rc, const pcre2_code *re,
		     const struct clean_rules *r, const struct cdoc *d, size_t i, size_t start);

/* clean-index.c */
/*
 * The patterns of a lexicon, as items 0, 1, ... indexed by what a line
 * must hold for them to match: the words a match can begin with (read
 * from an anchored regex, or a prefix phrase), else one of its needed
 * words (acm ids, as clean_needs_parse gives them), else nothing (tried
 * on every line).  A line gets the few items it could meet, not all.
 */
struct clean_index;
/* A new, empty index; free with clean_index_free. */
struct clean_index *clean_index_new(void);
void clean_index_free(struct clean_index *x);
/*
 * Add item id (ascending, from 0) of the PCRE2 pattern regex, or of the
 * phrase prefix that a line must begin with (ASCII case aside), or of
 * neither (both NULL); needs (-1 after the last; NULL: none) keeps it
 * when it has no first words.
 */
void clean_index_add(struct clean_index *x, int id, const char *regex, const char *prefix,
		     const int *needs);
/* The room clean_index_find's out needs, in ints. */
size_t clean_index_room(const struct clean_index *x);
/*
 * The items that may match the line s[0..len), whose words are hits
 * (clean_line_hits): their ids in out, ascending, each once, -1 after
 * the last; returns their number.
 */
size_t clean_index_find(const struct clean_index *x, const char *s, size_t len,
			const uint64_t *hits, int *out);

/* clean-roles.c */
/* The why of a line dropped by its roles: roles_describe() tells more. */
#define CLEAN_WHY_ROLES "line roles"
/*
 * Load the signals' weights from schema/lexicons/<weights>.tsv and the
 * cues from <cues>.tsv; NULL after reporting.  Free with roles_free.
 */
struct roles *roles_load(const char *weights, const char *cues, struct acm *words);
void roles_free(struct roles *ro);
/* Weigh the evidence of every kept line of a plain text, on its own and
 * with its neighbours; drop a line whose signals reach the threshold. */
void clean_roles(struct cdoc *d, const struct clean_rules *r);
/* Then add the evidence of its place (runs of short lines, above, below
 * or between the prose); drop a line that now reaches the threshold. */
void clean_roles_place(struct cdoc *d, const struct clean_rules *r);
/* clean-quotes.c */
/*
 * Set quote[i] (d->n bytes) for each kept line i whose every sentence of
 * six words or more stands again in a longer line of d: a pull quote.
 */
void clean_find_pullquotes(const struct cdoc *d, unsigned char *quote);

/* Did the signals of l come halfway to the threshold or more? */
int roles_near(const struct clean_rules *r, const struct cline *l);
/* Append to out the signals of l and their weights, for --trace. */
void roles_describe(const struct clean_rules *r, const struct cline *l, struct buf *out);

/* clean-outlets.c */
/*
 * Load schema/lexicons/<name>.tsv (the outlets) and org-words.tsv; NULL
 * after reporting.  Free with pubs_free.
 */
struct pubs *pubs_load(const char *name);
void pubs_free(struct pubs *p);
/* The first publisher named in s[0..len): its entry (its match in *so,
 * *eo), or NULL. */
const struct lex_entry *pub_find(const struct clean_rules *r, const char *s, size_t len,
				 size_t *so, size_t *eo);
/* Is e state media (quoted far more often than publishing the text)? */
int pub_is_state(const struct clean_rules *r, const struct lex_entry *e);
/* The entry of an alias exactly as written, or NULL. */
const struct lex_entry *pub_entry_of_alias(const struct clean_rules *r, const char *alias);
/* The usual name of e (borrowed). */
const char *pub_usual_name(const struct clean_rules *r, const struct lex_entry *e);
/* The publisher e as s[0..len) spells it; its usual name when in
 * capitals.  A new reference. */
json_t *pub_value(const struct clean_rules *r, const struct lex_entry *e, const char *s,
		  size_t len);
/* Has s[0..len) the shape of an outlet's name ("The Harbor Daily News")? */
int pub_outlet_shape(const struct clean_rules *r, const char *s, size_t len);
/* org-words.tsv (borrowed). */
const struct lex *pub_orgwords(const struct clean_rules *r);

/* clean-publisher.c */
/* Load schema/lexicons/<name>.tsv, the evidence's weights and patterns;
 * NULL after reporting.  Free with pubev_free. */
struct pubev *pubev_load(const char *name, struct acm *words);
void pubev_free(struct pubev *p);

/* The evidence found by the code; publisher-evidence.tsv weighs each. */
enum pub_evidence {
	PUB_LABEL, PUB_DATELINE_AGENCY, PUB_BYLINE_AGENCY, PUB_REPORTING_CREDIT,
	PUB_DATELINE_BRACKET, PUB_MASTHEAD, PUB_BAR_FIELD, PUB_AUTHOR_AGENCY,
	PUB_BYLINE_OUTLET, PUB_SELF, PUB_LOGO, PUB_MASTHEAD_SHAPE, PUB_BAR_OUTLET,
	PUB_AFFILIATION, PUB_CAPTION_CREDIT, PUB_ISSUER, PUB_NAMED, PUB_COPYRIGHT,
	PUB_COPYRIGHT_PERSON, PUB_OFFICE, PUB_BUILTIN
};
#define PUB_MAX_EVIDENCE 32
#define PUB_MAX_CANDS 32

/* One name offered as the publisher, and its evidence. */
struct pub_cand {
	json_t *value;			/* owned: as its strongest evidence spells it */
	const struct lex_entry *entry;	/* its row of publishers.tsv, or NULL */
	char *key;			/* owned: its folded letters */
	long line;			/* the line of its strongest evidence */
	int best;			/* that evidence's weight */
	int score;			/* the weights of its evidence added up */
	unsigned char count[PUB_MAX_EVIDENCE];	/* times each evidence counted */
};

/* The candidates of one document; start zeroed, free with pub_tally_free. */
struct pub_tally {
	struct pub_cand c[PUB_MAX_CANDS];
	int n;
};
/* Add the evidence ev, on line, for the name v (taken over; NULL: none). */
void pub_offer(struct pub_tally *t, const struct clean_rules *r, enum pub_evidence ev,
	       long line, json_t *v);
/* Add the evidence the patterns of publisher-evidence.tsv find in a line of prose. */
void pub_cues(struct pub_tally *t, const struct clean_rules *r, const struct cdoc *d,
	      long line);
/* The candidate of the highest sum (then the strongest single evidence,
 * then the earliest line), or NULL when none sums above zero.  Borrowed
 * from t. */
struct pub_cand *pub_choose(struct pub_tally *t);
/* --trace: every candidate, its evidence and sum; "not taken" but for
 * chosen when taken. */
void pub_trace(const struct pub_tally *t, const struct clean_rules *r, const struct cdoc *d,
	       const struct pub_cand *chosen, int taken);
void pub_tally_free(struct pub_tally *t);

/* clean-meta.c */
/* Load the patterns of clean-meta.c, and add the words they need to
 * words (before acm_build); -1 after reporting. */
int meta_init(struct acm *words);
void meta_free(void);
/* Set byline and dateish on the lines of d. */
void clean_mark_meta_lines(struct cdoc *d, const struct clean_rules *r);
/* Choose the headline (d->title) and drop it and its repeats from the text. */
void clean_find_title(struct cdoc *d, const struct clean_rules *r, json_t *meta);
/*
 * Find publisher, byline, published and dateline in the lines of d and set
 * them in meta (with "found"), unless meta has them already (from markup).
 * Lines that only name the publisher are dropped.
 */
void clean_find_meta(struct cdoc *d, const struct clean_rules *r, json_t *meta);

/* clean-lang.c */
/* ISO 639-1 code of the language of text, or NULL when unsure. */
const char *clean_language(const char *text, size_t len);

#endif
