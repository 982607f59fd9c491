/*
 * extract-names.h: what the name files of captive-extract share.
 *
 * Included only by these, after extract.h:
 *   extract-persons.c    the persons' table: keys, names, and what the
 *                        words before and after a name say of its bearer
 *   extract-nameshape.c  whether a run of capitalised words names a person
 *   extract-singles.c    one word alone: a word of a full name, or a
 *                        person of its own when the text licenses it
 *   extract-names.c      the runs of a document, read in turn
 * Each file calls only the ones above it in this list.
 */
#ifndef CAPTIVE_EXTRACT_NAMES_H
#define CAPTIVE_EXTRACT_NAMES_H

#include "extract.h"
#include "hmap.h"

/*
 * A one-word name the text licenses (a kinship word, a surname cue, a
 * title: see single_licence), noted while the runs are read and made a
 * person after them, when no full name of the document has the word.
 */
enum { LIC_NONE, LIC_KIN, LIC_POSS, LIC_SURNAME, LIC_TITLE, LIC_SHARED };

struct single {
	size_t t, a;		/* the word; where its run starts */
	int lic;		/* LIC_* */
	int plural;		/* "two daughters, A and B": the licence goes on */
	const struct lex_entry *e;	/* the kinship word or the title */
};

struct pctx {
	struct hmap *bykey;	/* full key, "fl:" first+last -> person index + 1 */
	struct hmap *lower;	/* words written in lowercase somewhere in the text */
	struct hmap *capwords;	/* words written capitalised, not in capitals */
	int lastp;		/* the person named last, and the token after it */
	size_t lastp_end;
	struct single *sg;	/* licensed one-word names, in text order */
	size_t nsg, csg;
};

/* extract-persons.c */

/* A stop word (stop.tsv), a weekday, or a month that is no given name
 * ("Jun" of a name is no "Jun. 4"): never a word of a name. */
int extract_is_stop(const struct xdoc *d, size_t t);
/* A capitalised word that is no number. */
int extract_is_namish(const struct xdoc *d, size_t t);
/* Lowercased key of tokens [t0, t1), initials left out unless
 * keep_initials (malloc'ed). */
char *extract_name_key(const struct xdoc *d, size_t t0, size_t t1, int keep_initials);
/* Surface form of tokens [t0, t1): words joined by one space, initials
 * with their dot (malloc'ed). */
char *extract_name_text(const struct xdoc *d, size_t t0, size_t t1);
/* A nationality (ISO code cc) into dst, unless dst has one. */
void extract_set_nat(char *dst, const char *cc);
/* A relation pred (father-of, ...) between persons subj and obj, told in
 * sentence sent. */
void extract_add_rel(struct xdoc *d, int subj, int obj, const char *pred, size_t sent);
/* The person named by tokens [t0, t1), by its key or its first and last
 * words, added when new (korean: written family name first). */
int extract_find_or_add_person(struct xdoc *d, struct pctx *c, size_t t0, size_t t1, int korean);
/* A speech verb (said, told) at token t. */
int extract_speech_at(const struct xdoc *d, size_t t);
/* Titles, demonyms and kinship words ending right before token t give
 * person p its title, nationality and gender ("U.S. envoy", "police
 * captain", "his brother"); a verb ends them ("North Korean agents
 * seized Kim" tells the doers' nationality, not Kim's). */
void extract_look_before(struct xdoc *d, size_t t, size_t s0, struct xperson *p);
/* The apposition after a name at t: ", a South Korean missionary,", ",
 * the older brother of Y" (*want_family_of), ", who heads ...", ", 36,". */
void extract_look_after(struct xdoc *d, size_t t, size_t s1, int pi, int *want_family_of);

/* extract-nameshape.c */

/* Is token t a word of list (event-words.tsv) written in capitals? */
int extract_upper_evword(const struct xdoc *d, size_t t, const char *list);
/* The title (titles.tsv) that ends right before token a, past the full
 * stop of an abbreviation ("Mr. Roe"), or NULL. */
const struct lex_entry *extract_title_ending(const struct xdoc *d, size_t a, size_t s0);
/* May the capitalised word at t be a name on its own when the text
 * licenses it: a known given or family name, a hyphenated one, or an
 * unknown word shaped as one; never a word another lexicon knows. */
int extract_single_shape(const struct xdoc *d, const struct pctx *c, size_t t);
/* What licenses the one capitalised word at t (its run starts at a) as
 * a person's name: LIC_KIN, LIC_POSS, LIC_SURNAME, LIC_TITLE or
 * LIC_NONE; *e: the kinship word or title; *plural: a plural cue, which
 * the words listed after it share. */
int extract_single_licence(const struct xdoc *d, const struct pctx *c, size_t t,
    const struct lex_entry *title, size_t s0, size_t s1, const struct lex_entry **e, int *plural);
/* The token after a bracket at t holding only Korean or Japanese
 * script ("(한지수)"), or t. */
size_t extract_past_script_brackets(const struct xdoc *d, size_t t, size_t s1);
/* Is tokens [a, b) a person's name by the rules of extract-names.c's
 * header?  *korean: written family name first; *jp: a Japanese family
 * name. */
int extract_accept_name(struct xdoc *d, const struct pctx *c, size_t a, size_t b, int titled, size_t s0,
    size_t s1, int *korean, int *jp);

/* extract-singles.c */

/* Note the one-word name at t (its run [a, b)) when the text licenses
 * it; words listed after a plural cue share the licence. */
void extract_note_single(struct xdoc *d, struct pctx *c, size_t a, size_t t, const struct lex_entry *title,
    size_t s0, size_t s1);
/* A new person named name (taken), registered under key (borrowed). */
int extract_add_named_person(struct xdoc *d, struct pctx *c, char *name, const char *key);
/* The noted one-word names, made persons now that every full name is
 * known, unless they are a word of one (then a mention of its bearer). */
void extract_make_singles(struct xdoc *d, struct pctx *c, unsigned char *inname);
/* Single words that are a word of a full name found in the document:
 * mentions of the person who bears it. */
void extract_link_single_words(struct xdoc *d, const unsigned char *inname);

#endif
