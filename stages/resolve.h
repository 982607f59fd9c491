/* resolve: what the resolve stage's helper files share. */
#ifndef CAPTIVE_RESOLVE_H
#define CAPTIVE_RESOLVE_H

#include <stdint.h>
#include <jansson.h>
#include "buf.h"
#include "hmap.h"
#include "lex.h"

struct resolve_ctx {
	struct hmap *entities;	/* global id -> merged record (owned) */
	struct hmap *local_ids;	/* this document's local id -> global id */
	struct hmap *published;	/* document id -> publication date */
	struct hmap *found_in;	/* "global id\tdocument id" -> (void *)1: document_ids
				 * without a scan of the list per record */
	struct hmap *redirect;	/* id of a form merged into another, or renamed
				 * to a published id -> the id it goes by (owned) */
	struct hmap *gone;	/* ids of forms merged into another -> (void *)1 */
	struct hmap *events_of;	/* person form id -> its dated events as victim,
				 * "arrest 2019-03 in CN" (json array, owned) */
	struct hmap *relatives_of; /* person form id -> ids of its stated relatives
				 * (json array, owned) */
};

/* The resolution key of a name; caller frees.  NULL if not UTF-8. */
char *resolve_key(const char *name);
/* A one-word name (but a Korean name in Hangul): too weak to join documents. */
int resolve_key_is_weak(const char *name);
/*
 * Merge the document-level record rec into the resolved record have:
 * names become aliases, lists are united, the first stated nationality,
 * gender and title are kept, status follows the latest publication date
 * (published, may be NULL).  Not document_ids: the caller appends rec's
 * document to them (resolve.c, through ctx->found_in), since a scan of
 * that list per record is quadratic in the documents an entity is in.
 */
void resolve_merge(json_t *have, const json_t *rec, const char *published);

/*
 * Evidence beyond the name (resolve-evidence.c).  resolve_evidence_add
 * files an event's dated acts under its victims' form ids and a family
 * relation under both persons' (rec's references already form ids);
 * resolve_evidence_note appends to note what forms a and b (records and
 * ids) share: ", ages agree (born 1982-1984)", ", role victim in both",
 * ", arrest 2019-03 in CN in both", ", relative Ann Roe in both" (two
 * relative ids count as one when same(arg, x, y) says so).
 */
void resolve_evidence_init(struct resolve_ctx *ctx);
void resolve_evidence_add(struct resolve_ctx *ctx, const json_t *rec, const char *kind);
void resolve_evidence_note(const struct resolve_ctx *ctx, struct buf *note, const json_t *a,
    const char *ida, const json_t *b, const char *idb,
    int (*same)(void *arg, const char *x, const char *y), void *arg);
void resolve_evidence_free(struct resolve_ctx *ctx);

/*
 * Join the person forms of ctx->entities that name one person
 * (resolve-cluster.c): the joined forms are merged into one record, their
 * ids mapped to its id in ctx->redirect, each join noted in its
 * "merges" list.
 */
struct rname_lex;
void resolve_cluster(struct resolve_ctx *ctx, const struct rname_lex *lx);

/*
 * Unordered pairs of indices with an answer from 1 to 255 each
 * (resolve-pairs.c).  Zero-initialise; pairs_get gives 0 for a pair not
 * filed; free with pairs_free.
 */
struct pairs {
	uint64_t *key;		/* (a + 1) << 32 | (b + 1), a < b; 0: empty */
	unsigned char *val;
	size_t cap, n;
};
int pairs_get(const struct pairs *s, size_t a, size_t b);
void pairs_put(struct pairs *s, size_t a, size_t b, int v);
void pairs_free(struct pairs *s);

/*
 * Join the organization forms of ctx->entities that name one
 * organization (resolve-orgs.c): by a name or alias in common (an
 * acronym the text defined), or an acronym that spells the initials of
 * one other name; stated countries must agree.  Merged like persons.
 */
void resolve_orgs(struct resolve_ctx *ctx);

/* An organization's name that is an acronym (KCNA, NIS): it joins documents. */
int resolve_is_acronym(const char *name);

/*
 * Keep the person ids of the previous release in folder dir
 * (resolve-previous.c): persons are renamed in ctx->entities and
 * ctx->redirect.  Returns the "redirect" records of ids that no longer
 * name a person of their own, sorted by old_id (caller decrefs).  Dies
 * when the previous release cannot be read.
 */
json_t *resolve_previous(struct resolve_ctx *ctx, const char *dir);

/*
 * Korean romanization (resolve-roman.c), from
 * schema/lexicons/romanization.tsv.  Spellings are roman_spelling's:
 * folded ASCII letters, '-' where the writer put a hyphen.
 */
struct roman;
/* Load the table; NULL after reporting.  Free with roman_free. */
struct roman *roman_load(void);
void roman_free(struct roman *r);
/* The compared spelling of a name part; caller frees.  NULL if not UTF-8. */
char *roman_spelling(const char *s);
/* Whether s can be cut into syllables of the table. */
int roman_syllabic(const struct roman *r, const char *s);
/* Whether a and b can be the same Hangul, syllable by syllable. */
int roman_match(const struct roman *r, const char *a, const char *b);
/* Append the sound-class key of s to b: names that roman_match have one key. */
void roman_key(const struct roman *r, const char *s, struct buf *b);
/* Append the Revised Romanization of the Hangul s to b; 0 if s is not Hangul. */
size_t roman_hangul(const struct roman *r, const char *s, struct buf *b);

/*
 * A person's name as resolve compares it (resolve-name.c).  Korean names
 * keep family and given name apart, in whichever order they were written;
 * other names keep the first and last word and the words between.
 */
enum rname_order { RNAME_FAMILY_FIRST, RNAME_FAMILY_LAST };
struct rname {
	int korean;
	int hangul;		/* written in Hangul, romanized by the table */
	int ideographs;		/* written in kanji or kana ("田辺愛子"): first is
				 * the whole name, matched as written */
	int doubled;		/* written twice over: "Kim Jong Uk Kim Jong Uk" */
	enum rname_order order;
	char *first;		/* Korean: the family name; else the first word */
	char *last;		/* Korean: the given name; else the family name */
	char *middle;		/* other names: the words between, ' '-separated */
	char *key;		/* the blocking key */
};
struct rname_lex {
	struct roman *roman;
	struct lex *family;	/* names-family.tsv: origin "ko" marks Korean */
	struct lex *given;	/* names-given.tsv */
	struct hmap *family_keys; /* key of a Korean family name -> its spellings,
				 * '\n'-separated (owned): Jong is Jeong */
};
/* Load the three tables; -1 after reporting. */
int rname_lex_load(struct rname_lex *lx);
void rname_lex_free(struct rname_lex *lx);
/*
 * Parse name into n; 0, or -1 when the name is too weak to join
 * documents (one word) or not UTF-8.  Free with rname_free.
 */
int rname_parse(const struct rname_lex *lx, const char *name, struct rname *n);
/*
 * The other reading of a Korean name of three words or more that reads
 * family name first: family name last ("Jong Un Kim": Jong is a family
 * name too).  0, or -1 when there is none.  Free with rname_free.
 */
int rname_parse_other(const struct rname_lex *lx, const char *name, struct rname *n);
void rname_free(struct rname *n);
/*
 * Whether a and b can name one person: NULL if not, else why, a static
 * string ("the same name", "Korean romanization", ...).
 */
const char *rname_match(const struct rname_lex *lx, const struct rname *a,
    const struct rname *b);
/*
 * Whether a and b are names of two people of one family: the same family
 * name and given names (or middle names) that cannot be one (Kim Yong-chol,
 * Kim Yong-sik; John A. Smith, John B. Smith).  An English name beside a
 * Korean one (Peter Kang, Kang Chol-su) does not compete: one person may
 * bear both.
 */
int rname_compete(const struct rname_lex *lx, const struct rname *a, const struct rname *b);

/*
 * resolve-relevance.c: the records of documents captive-extract judged
 * off-topic are left out before any join (unless keep), counted.
 */
struct resolve_relevance {
	int keep;			/* --keep-off-topic */
	struct hmap *off_ids;		/* ids of the off-topic documents seen */
	unsigned long relevant, off_topic;	/* documents */
	unsigned long left_out;		/* records of off-topic documents */
};
void resolve_relevance_init(struct resolve_relevance *r, int keep);
/* A document record: counted, and remembered when off-topic. */
void resolve_relevance_document(struct resolve_relevance *r, const json_t *doc);
/* 1 when rec (not a document) belongs to an off-topic document: leave it out. */
int resolve_relevance_left_out(struct resolve_relevance *r, const json_t *rec);
/* The count at the end of the run: a warning when records were left out. */
void resolve_relevance_free(struct resolve_relevance *r);

#endif
