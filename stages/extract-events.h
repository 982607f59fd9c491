/*
 * extract-events.h: what the event files of captive-extract share.
 *
 * Included only by stages/extract-*.c, after extract.h's public part:
 *   extract-types.c        what each event type does (event-types.tsv)
 *   extract-clause.c       the clause structure the rules read
 *   extract-acts.c         the events of a document, the same act again
 *   extract-dates.c        when an act happened
 *   extract-places.c       where it happened
 *   extract-antecedents.c  whom pronouns and descriptions stand for
 *   extract-merge.c        groups named as lists, acts told twice
 *   extract-events.c       triggers, victims, and the list of passes
 * Each file calls only the ones above it in this list and the rest of
 * the stage; none of them keeps state outside struct xdoc.
 */
#ifndef CAPTIVE_EXTRACT_EVENTS_H
#define CAPTIVE_EXTRACT_EVENTS_H

#include "extract.h"

/* At most this many date expressions of a sentence are looked at. */
#define XDATE_MAX 8

/* A date expression of the text: bytes text[s..e) and its value. */
struct sdate {
	size_t s, e;		/* bytes */
	struct date v;
};

/* The owner of a date that every act of its sentence may take ("In
 * 2023, she tried to flee but was caught"): not a trigger's byte. */
#define OWNER_ALL ((size_t)-2)

/* extract-types.c: one row of event-types.tsv, read (its header says
 * what each column means).  The enums follow the columns' values. */
enum xstatus { XSTATUS_NONE, XSTATUS_DETAINED, XSTATUS_RELEASED, XSTATUS_DEAD };
enum xheld { XHELD_NONE, XHELD_FILL, XHELD_OVERRIDE };
enum xholds { XHOLDS_NONE, XHOLDS_ALWAYS, XHOLDS_RELEASE };
enum xcustody { XCUSTODY_NONE, XCUSTODY_START, XCUSTODY_END };

struct xevtype {
	const char *name;	/* borrowed from the lexicon */
	unsigned line;		/* its row's line */
	unsigned role;		/* ROLE_* its victims get */
	enum xstatus status;	/* what it tells of a victim */
	int from_place;		/* "from" introduces its place */
	int actor_first;	/* country: whoever acted, then the place */
	int actor_after;	/* country: the place, then whoever acted */
	enum xheld held;	/* the country of an earlier arrest */
	enum xholds holds;	/* shows where its victims were held */
	int victims_country;	/* else the victims' nationality */
	char default_cc[3];	/* else this country, or "" */
	int default_story;	/* else KP when the article names North Korea */
	enum xcustody custody;	/* starts or ends a custody (dates by a span) */
	int just_now;		/* "has been released": the publication's month */
	int same_day;		/* a noun with the victims of the act before: its date */
	int attempt_to;		/* an inflected trigger before "to" is an attempt */
	char np_word[32];	/* without-penalty: this trigger word ("" none) */
	char np_type[16];	/* ... with no penalty named is of this type */
};

/* The row of type name (a type a trigger named, or np_type); borrowed
 * from lx.  The load checked them all: a missing one is a bug, and dies. */
const struct xevtype *extract_type(const struct xlex *lx, const char *name);

/* extract-clause.c */

/* The kind of cues.tsv of token t (neg, hypo, aux, perf, speech,
 * clause), or "" (a string of the lexicon, borrowed). */
const char *extract_cue_kind(const struct xdoc *d, size_t t);
/* Is token t punctuation that breaks a clause (not "-" nor "'s")? */
int extract_punct_break(const struct xdoc *d, size_t t);
/* Where the sentence [s0, s1) proper starts, after a dateline that
 * opens it ("SEOUL, April 2, 2019 (Agency) -- "); s0 when none. */
size_t extract_after_dateline(const struct xdoc *d, size_t s0, size_t s1);
/* Is token t a preposition that starts another phrase (the "prep" list
 * of event-words.tsv)? */
int extract_is_prep(const struct xdoc *d, size_t t);
/* Is token k a relative pronoun (the "relative" list)? */
int extract_is_relative(const struct xdoc *d, size_t k);
/* Is token k a verb in the past that starts no event ("came")? */
int extract_past_verb(const struct xdoc *d, size_t k);
/* Does a relative clause open after token t and still run at byte pos
 * (s1: the sentence's end)?  A comma closes it. */
int extract_relative_between(const struct xdoc *d, size_t t, size_t s1, size_t pos);

/* extract-acts.c */

/* May dates a and b (ISO, either may be "") be one time? */
int extract_compatible_dates(const char *a, const char *b);
/* The events of victim v (a person, or -(g + 1) for group g), or NULL;
 * borrowed from d. */
struct xevlist *extract_events_of(const struct xdoc *d, int v);
/* A new event of type in sentence sent with victims v[0..nv), or the
 * earliest one of the same act (then marked dead = -1: the caller fills
 * only what it lacks).  Returns a pointer into d->events, valid until the
 * next event is added. */
struct xevent *extract_add_event(struct xdoc *d, const char *type, size_t sent, const int *v, int nv,
    const char *date, const char *cc);
/* Has one of the victims v[0..nv) an event of type already? */
int extract_has_event(const struct xdoc *d, const char *type, const int *v, int nv);

/* extract-dates.c */

/* The date expressions of sentence si in order, without datelines and
 * citations, in dates (at most XDATE_MAX); returns their count. */
size_t extract_sentence_dates(const struct xdoc *d, size_t si, struct sdate *dates);
/* Does sd open the sentence [s0, s1) before a comma ("In 2023, ...")? */
int extract_opening_date(const struct xdoc *d, const struct sdate *sd, size_t s0, size_t s1);
/* How far sd is from the trigger at byte tb, to choose the date of an
 * act: bytes (twice as many back), 40 more for each comma between. */
size_t extract_date_distance(const struct xdoc *d, const struct sdate *sd, size_t tb, size_t s0,
    size_t s1);
/* Between trigger t and the date at byte pos, a "since" or "until"
 * clause with a verb of its own: the date is that clause's. */
int extract_subclause_between(const struct xdoc *d, size_t t, size_t s1, size_t pos);
/* The date at byte pos, before trigger t, inside a relative clause still
 * open at t: the date is that clause's. */
int extract_in_relative_before(const struct xdoc *d, size_t s0, size_t t, size_t pos);
/* "had freed", "had been detained": trigger t told as before another time. */
int extract_past_perfect(const struct xdoc *d, size_t t, size_t s0);
/* Is v a day of the week before the publication (news, not history)? */
int extract_news_of_the_week(const struct xdoc *d, const struct date *v);
/* "has been released": trigger t just done, as of the publication. */
int extract_present_perfect(const struct xdoc *d, size_t t, size_t s0);
/* "executed since 2011": a "since" in the words after trigger t. */
int extract_since_after(const struct xdoc *d, size_t t, size_t s1);
/* e, undated, "also" happened: the date (and country, if e has none) of
 * the latest dated act of its type just before it. */
void extract_same_time_as_before(struct xdoc *d, struct xevent *e);
/* "released after six months' detention": release r and the act that
 * began the custody of its victims date each other. */
void extract_date_by_custody(struct xdoc *d, struct xevent *r);
/* "two months later", "that night": e's date told from the act dated
 * last before it (last_dated, an index or -1) or the dates before. */
void extract_date_by_later(struct xdoc *d, struct xevent *e, long last_dated);
/* e undated: the latest date of up to three sentences back in its
 * paragraph, unless a sentence with an act (sent_has_event) comes first. */
void extract_date_from_context(struct xdoc *d, struct xevent *e, const unsigned char *sent_has_event);

/* extract-places.c */

/* The country of whoever acts on trigger t ("Thai police"; after "by"
 * when passive), or NULL; a string of a lexicon or of d, borrowed. */
const char *extract_actor_country(const struct xdoc *d, size_t t, size_t s0, size_t s1, int passive);
/* The mention (index into d->ents) of the place of trigger t in its
 * sentence [s0, s1), or -1; from_ok: "from" introduces one too. */
int extract_event_place(const struct xdoc *d, size_t t, size_t s0, size_t s1, int from_ok);
/* The earliest event (index) before limit (-1: any) of one of e's victims
 * that held them, with a country (holds always; holds release too, when
 * for_release); -1 if none. */
long extract_held_before(const struct xdoc *d, const struct xevent *e, long limit, int for_release);
/* e takes the country of an earlier arrest or sentence of its victims,
 * if there is one. */
void extract_inherit_country(struct xdoc *d, struct xevent *e);

/* extract-antecedents.c */

/* Sets ref of every pronoun and description mention of d. */
void extract_resolve_pronouns(struct xdoc *d);

/* extract-merge.c */

/* A group of two to five named later as a list of as many persons:
 * they become victims of the group's events. */
void extract_link_groups(struct xdoc *d);
/* An act told again in a later sentence (same type, a shared victim,
 * compatible date and country) is folded into the first; the folded
 * events are freed and removed, the others keep their order. */
void extract_merge_repeated_acts(struct xdoc *d);

#endif
