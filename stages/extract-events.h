/*
 * extract-events.h: what the event files of captive-extract share.
 *
 * Included only by stages/extract-*.c, after extract.h's public part:
 *   extract-types.c        what each event type does (event-types.tsv)
 *   extract-clause.c       the clause structure the rules read: voice,
 *                          mood, adverbs, past forms
 *   extract-report.c       the year of a report a page does not date
 *   extract-acts.c         the events of a document, the same act again
 *   extract-datexpr.c      the date expressions of a sentence
 *   extract-counted.c      times counted from another
 *   extract-dates.c        when an act happened: the date its clause gives
 *   extract-lengths.c      when, from a custody's length or span
 *   extract-narrative.c    when, from the story's time around the act
 *   extract-news.c         the acts a headline tells as news
 *   extract-places.c       where it happened
 *   extract-custody.c      whether an act only in custody is one
 *   extract-antecedents.c  whom pronouns and descriptions stand for
 *   extract-mentions.c     the mentions a trigger reaches, before and after
 *   extract-victims.c      who an act's victims are
 *   extract-vanish.c       a disappearance of one told abducted
 *   extract-respective.c   victims and dates that pair up one to one
 *   extract-merge.c        groups named as lists, acts told twice
 *   extract-elsewhere.c    the dates an act takes from other sentences
 *   extract-retold.c       an act told again in words that make no
 *                          event: its date
 *   extract-events.c       triggers, the act they make, and the list
 *                          of passes
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
	/* an anniversary's "the 24th anniversary of ...": the date only of
	 * an act told in the phrase after it, bytes [e, only_to); 0: any */
	size_t only_to;
};

/* A sentence's dates kept (xdoc.sdates), with the reference years they
 * were read against: another year, and they are read again. */
struct xsdates {
	int done;
	int narr_year, report_year;
	size_t nd;
	struct sdate dates[XDATE_MAX];
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
/* What its victims are after an act of a type (the afterwards column). */
enum xafter { XAFTER_NONE, XAFTER_HELD, XAFTER_FREE };
/* The sources of an act's country, as the country column names them. */
enum xcsrc { XCSRC_PLACE, XCSRC_ACTOR, XCSRC_FROM, XCSRC_TOLD, XCSRC_HELD };
#define XCSRC_MAX 6

/* just-now of event-types.tsv: when an act with no date is news */
enum { JUST_NOW_NO, JUST_NOW_YES, JUST_NOW_PERFECT };

struct xevtype {
	const char *name;	/* borrowed from the lexicon */
	unsigned line;		/* its row's line */
	unsigned role;		/* ROLE_* its victims get */
	enum xstatus status;	/* what it tells of a victim */
	int from_place;		/* "from" introduces its place */
	enum xcsrc csrc[XCSRC_MAX];	/* country: its sources, in order */
	int ncsrc;
	int not_to;		/* never the country it sends its victims to */
	enum xheld held;	/* the country of an earlier arrest */
	enum xholds holds;	/* shows where its victims were held */
	int victims_country;	/* else the victims' nationality */
	char default_cc[3];	/* else this country, or "" */
	int default_story;	/* else KP when the article names North Korea */
	enum xcustody custody;	/* starts or ends a custody (dates by a span) */
	int just_now;		/* JUST_NOW_*: "has been released", the publication's month */
	int same_day;		/* a noun with the victims of the act before: its date */
	int attempt_to;		/* an inflected trigger before "to" is an attempt */
	char np_word[32];	/* without-penalty: this trigger word ("" none) */
	char np_type[16];	/* ... with no penalty named is of this type */
	char never_type[16];	/* told as never done: its victims' state ("" none) */
	char own_type[16];	/* handed to their own side instead ("" none) */
	char abroad_type[16];	/* done by North Korea's agents outside it instead ("" none) */
	char into_type[16];	/* foreigners going into North Korea instead ("" none) */
	char tokp_type[16];	/* its victims sent to North Korea instead ("" none) */
	char retells[16];	/* a taking of this type may tell again an act of this type ("" none) */
	char dated_type[16];	/* dated-by: undated, the date of its victims' act of this type ("" none) */
	enum xafter afterwards;	/* its victims are held or free after it */
	int custody_only;	/* an act only in custody (a death) */
	int by_entry;		/* undated, told with a crossing: the crossing's date */
};

/* The row of type name (a type a trigger named, or np_type); borrowed
 * from lx.  The load checked them all: a missing one is a bug, and dies. */
const struct xevtype *extract_type(const struct xlex *lx, const char *name);

/* extract-clause.c */

struct xacts;

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

/* The first of the words between a mention and the participle at t that
 * state the mention's condition, or t: "still", "now", "currently",
 * "being" (the state list of event-words.tsv), "believed", "estimated"
 * (belief), an aside set off by commas or dashes (", mostly fishermen,")
 * and, when never is set, "never" ("POWs never sent home"). */
size_t extract_state_bridge(const struct xdoc *d, size_t t, size_t s0, int never);
/* An adverb that may stand inside a verb chain ("must also be"), not
 * "not" or "never"; extract_is_adverb: any adverb (-ly or the adverb
 * list of event-words.tsv). */
int extract_adverb_tok(const struct xdoc *d, size_t t);
int extract_is_adverb(const struct xdoc *d, size_t t);
/* Negated or hypothetical: a cue in the six words before t, same clause,
 * a speech verb's reported "not", a bare "be" or an aim ("to"). */
int extract_irrealis(const struct xdoc *d, size_t t, size_t s0);
/* Is the word at t after an auxiliary, past adverbs ("was quickly")? */
int extract_is_passive(const struct xdoc *d, size_t t, size_t s0);
/* A word in a past form ("confirmed", "held"), by verbs.tsv or "-ed". */
int extract_past_form(const struct xdoc *d, size_t t);
/* Is the trigger at t (tr) of sc's sentence unreal: negated,
 * hypothetical, an aim, or joined by "or"/"and" to an unreal one? */
int extract_act_unreal(const struct xdoc *d, const struct xacts *sc, size_t t, const struct xtrig *tr);
/* Clause boundaries between bytes a and b: a date across one is less
 * likely the date of the act. */
size_t extract_clause_gap(const struct xdoc *d, size_t a, size_t b);
/* An adverb that may stand inside a verb group ("has reportedly been",
 * "have now been"), no negation or other cue. */
int extract_inner_adverb(const struct xdoc *d, size_t t);
/* "has been released", "have reportedly been executed": just done, as of
 * the publication; not after "to" or a modal. */
int extract_present_perfect(const struct xdoc *d, size_t t, size_t s0);
/* The act at t told in a clause of sequence on another verb ("before
 * being deported", "after being held"): the token of "before" or
 * "after", or -1. */
size_t extract_sequenced_after(const struct xdoc *d, size_t t, size_t s0);
/* Is the trigger at token t a verb of taking (the taking list of
 * event-words.tsv, by its base: "seized", "captured")? */
int extract_taking_verb(const struct xdoc *d, size_t t);

/* extract-report.c */

/* d->report_year: with no publication date, the year the text says it
 * was written in ("last year" in a story whose latest year is 2017:
 * 2018), or 0. */
void extract_report_year(struct xdoc *d);
/* The expression s[0..n), resolved in *v against the last day of the
 * report's year: kept when it counts years ("last year", "on 4 November
 * last year"), the report's year alone when it counts days, weeks or a
 * month ("on Friday", "last week"); 0 when it names a month or a season
 * ("last October"), which the report's day would place. */
int extract_report_relative(const struct xdoc *d, const char *s, size_t n, struct date *v);

/* extract-acts.c */

/* May dates a and b (ISO, either may be "") be one time? */
int extract_compatible_dates(const char *a, const char *b);
/* The events of victim v (a person, or -(g + 1) for group g), or NULL;
 * borrowed from d. */
struct xevlist *extract_events_of(const struct xdoc *d, int v);
/* A new event of type in sentence sent with victims v[0..nv), or the
 * earliest one of the same act (then marked dead = -1: the caller fills
 * only what it lacks); again: the text tells it as a second act ("was
 * arrested again"), never the same as one of an earlier sentence.
 * Returns a pointer into d->events, valid until the next event is added. */
struct xevent *extract_add_event(struct xdoc *d, const char *type, size_t sent, const int *v, int nv,
    const char *date, const char *cc, int again);
/* Has one of the victims v[0..nv) an event of type already? */
/* Add victim v to event ev unless it is there; take it away. */
void extract_add_victim(struct xdoc *d, int ev, int v);
void extract_drop_victim(struct xdoc *d, int ev, int v);
int extract_has_event(const struct xdoc *d, const char *type, const int *v, int nv);

/* extract-dates.c */

/* The size of struct xacts' lists: a sentence's triggers and speech verbs
 * looked at for its dates. */
#define XACTS_MAX 32

/*
 * One sentence being read for its acts (extract-events.c fills it, the
 * date rules read it): its tokens, its dates and, for each date, the
 * trigger or speech verb it belongs to.
 */
struct xacts {
	size_t si, s0, s1;		/* the sentence, its tokens [s0, s1) */
	const size_t *ent_end;		/* per token: the mention ending there, or -1 */
	struct sdate dates[XDATE_MAX];
	size_t nd;
	size_t trig[XACTS_MAX];		/* bytes where triggers and speech verbs start */
	int trig_speech[XACTS_MAX];	/* that one is a speech verb */
	size_t ntr, nverb;		/* how many; how many of them verbs of acts */
	size_t owner[XDATE_MAX];	/* per date: a byte of trig, OWNER_ALL or -1 */
	size_t noun[XACTS_MAX], noun_n[XACTS_MAX];	/* noun triggers: token, tokens */
	size_t nnoun;
	size_t noun_of[XDATE_MAX];	/* per date: the token of the noun trigger whose
					 * phrase it ends ("his arrest in March"), or -1 */
	int sent_ev;			/* the event the sentence's latest act made, or -1 */
	size_t unreal_tok;		/* the latest trigger found unreal, or -1 */
	int unreal_noun;		/* that trigger is a noun */
};

/* The units of a length of time ("six months": SPAN_MONTH). */
enum { SPAN_DAY, SPAN_WEEK, SPAN_MONTH, SPAN_YEAR };
/* A length of time at token t ("six months", "43 days", "17-month"; not
 * "a year"): its count in *n, its unit in *unit, the token after it in
 * *end; 1, or 0. */
int extract_span_length(const struct xdoc *d, size_t t, size_t s1, long *n, int *unit, size_t *end);
/* iso moved by sign * n units, at the precision the unit supports, in
 * out; 0, or -1 when iso is too coarse for the unit (or an interval). */
int extract_date_shift(const char *iso, long n, int unit, int sign, char *out, size_t outsz);
/* The latest year the text names as a date of its own (no span: "the
 * 1970s"; "mid-October 2017" is in 2017), or 0. */
int extract_latest_year(const struct xdoc *d);
/* e, dated to the month, told again in the sentence [s0, s1) with the
 * day ("The detention happened on the 9th"): that day. */
void extract_refine_day(struct xdoc *d, struct xevent *e, size_t s0, size_t s1);
/* Each sentence's reference year for a month without its year
 * (xsent.narr_year): with no publication date the latest year named
 * before it; with one, the year of the sentence before in a story set
 * two years or more before the publication, else 0. */
void extract_narrative_years(struct xdoc *d);
/* The date expressions of sentence si in order, without datelines and
 * citations, in dates (at most XDATE_MAX); returns their count. */
size_t extract_sentence_dates(const struct xdoc *d, size_t si, struct sdate *dates);
/* Sets sc->owner: each date of the sentence to the trigger or speech verb
 * nearest it (its distance weighs commas), or OWNER_ALL. */
void extract_date_owners(const struct xdoc *d, struct xacts *sc);
/* The date (an index into sc->dates) of the act at trigger t, or -1; in
 * *fb the date of a speech verb near it or of the verb before "and" ("in
 * January and sent back"), its date if it gets no other, or -1.  noun: the trigger is a noun (no date of a verb of the sentence). */
int extract_act_date(const struct xdoc *d, const struct xacts *sc, size_t t, int noun, const struct xevtype *how,
    int *fb);
/* e, the event the act at t made or was merged into, takes date (the
 * date chosen: sc->dates[dbest], or one taken from the act before) unless
 * it has a better one; fb and its type's just-now give its fallback. */
void extract_date_act(struct xdoc *d, const struct xacts *sc, struct xevent *e, size_t t, int dbest, int fb,
    const char *date, const struct xevtype *how);
/* "arrived in July 2000 and died two months later": a time told from a
 * date of the act's sentence before it, nearer trigger t than the date
 * chosen (dbest, or -1), in date with its words at bytes [*ws, *we) and
 * in *from the index of the date it counts from (-1: a time before the
 * sentence); returns 1, or 0 when there is none. */
int extract_later_in_sentence(const struct xdoc *d, const struct xacts *sc, size_t t, int dbest, char *date,
    size_t datesz, size_t *ws, size_t *we, int *from);
/* "returned after being kept for 40 years", "has been held for three
 * years": the start of the custody that trigger t tells as a state, by
 * its length back from its known end, in date, its words at bytes
 * [*ws, *we); returns 1, or 0. */
int extract_span_back(const struct xdoc *d, const struct xacts *sc, size_t t, char *date, size_t datesz,
    size_t *ws, size_t *we);
/* "In an interview on Monday, a soldier captured by rebels said":
 * trigger t of the sentence [s0, s1) is a participle on the subject, and
 * the date at byte pos in the phrase that opens the sentence frames the
 * main clause, not t's act. */
int extract_framed_participle(const struct xdoc *d, size_t s0, size_t s1, size_t t, size_t pos);
/* "seized a fishing boat on Sunday": the act at trigger t (tr), which
 * has no person in it, on a vessel, and the date told with it, kept for
 * a later act of its type on "the boat" (d->vessel_acts). */
void extract_vessel_act(struct xdoc *d, const struct xacts *sc, size_t t, const struct xtrig *tr,
    const struct xevtype *how);
/* e still undated, "also" happened: at the time of the act before. */
void extract_date_also(struct xdoc *d, const struct xacts *sc, struct xevent *e, size_t t, int dbest);
/* After acts told again are folded: "The two were sentenced to death and
 * soon after executed", the execution dated by another telling: the
 * sentence, undated, at that time too. */
void extract_dates_after_merge(struct xdoc *d);
/* extract-retold.c: after the merge, the date another telling that
 * made no event gives an act told before (a passage out, a
 * description, the act's noun and a time). */
void extract_retold_dates(struct xdoc *d);

/* extract-narrative.c: the time the story has reached */

/* Does sentence si only say when: "It was" and a date, "It was a cold
 * morning in May 1951" (*opens_scene set: it opens a scene), or acts
 * told as nouns and a verb of occurrence before a date ("the arrests
 * happened in mid-June")?  The index of that date in dates (filled with
 * the sentence's dates), or -1. */
int extract_time_sentence(const struct xdoc *d, size_t si, struct sdate *dates, int *opens_scene);
/* e, undated, told with the crossing that led to it: the date another
 * sentence gives that crossing of one of its victims. */
void extract_date_by_entry(struct xdoc *d, struct xevent *e);
/* e, undated, in the simple past after "then", "soon": the month of the
 * act on the same people told in the sentence before. */
void extract_date_then(struct xdoc *d, struct xevent *e);
/* e, undated, in the simple past: the month (or year) that the times
 * told right before and right after it share. */
void extract_date_between(struct xdoc *d, struct xevent *e);
/* An act dated to a year alone, told again in a flashback that a time
 * sentence of that year opens: that sentence's month. */
void extract_refine_by_flashback(struct xdoc *d);

/* The pass after the sentences: each undated event takes a date from a
 * custody span, a time told from the one before, the sentences before
 * it, or its fallback; and says which (why_date). */
void extract_dates_from_elsewhere(struct xdoc *d);
/* "had freed", "had been detained": the trigger at t told in the past
 * perfect (s0: its sentence's first token). */
int extract_past_perfect(const struct xdoc *d, size_t t, size_t s0);

/* extract-news.c: the acts a headline tells in the present ("Pyongyang
 * frees two fishermen"): their types, the count after the verb (0:
 * none), and a person of the story it names (-1: none). */
#define XHEADLINE_MAX 4
struct xheadline {
	struct {
		char type[16];
		long count;
	} act[XHEADLINE_MAX];
	int n;
	int person;
};
/* Read title (NULL: none) into *hl; no act when d has no publication
 * month. */
void extract_headline_read(struct xdoc *d, const char *title, struct xheadline *hl);
/* Date e, undated, by the report's month when it is the first telling
 * of a headline act's type and fits it; 1 when it did. */
int extract_headline_date(struct xdoc *d, const struct xheadline *hl, struct xevent *e);

/* extract-lengths.c: the dates of the start and the end of a custody
 * from its length or its span as the story tells them ("six years in a
 * camp until his release in 1988", "between April 1960 and May 1963");
 * runs right before extract_dates_from_elsewhere. */
void extract_dates_by_length(struct xdoc *d);

/* extract-counted.c (with extract_span_length, extract_date_shift,
 * extract_later_in_sentence, extract_refine_day, extract_span_back
 * above) */

/* A span of time at token t ("six months", "24 years", "17-month"); its
 * end token in *end; "a year" counts one only when a_one is set. */
int extract_span_at1(const struct xdoc *d, size_t t, size_t s1, long *n, int *unit, size_t *end, int a_one);
/* "released after six months' detention": the release and the arrest of
 * the same people lie that span apart, so either dates the other. */
void extract_date_by_custody(struct xdoc *d, struct xevent *r);
/* e, undated: a time told from the one before ("two months later", "that
 * night") against the latest dated act before it (last_dated) or a date
 * of the sentences before. */
void extract_date_by_later(struct xdoc *d, struct xevent *e, long last_dated);
/* e, undated: that span after the latest dated act of the noun's type
 * told before it ("freed two years after his arrest"). */
void extract_date_after_act(struct xdoc *d, struct xevent *e);
/* Does the date expression sd open a span, or come right after a word
 * that does ("between April 1960 and ...", "from 1971 to ...")? */
int extract_span_opened(const struct xdoc *d, const struct sdate *sd);

/* extract-places.c */

/* The country of the act at trigger t (of type how, with victims
 * v[0..nv)) in its sentence [s0, s1), from the sources its type's
 * country column lists in order: its place (index into d->places in
 * *pidx, else -1), whoever acted, the place it sent them from, whoever
 * the story said would do it (extract_note_actor), where the victims
 * were last held; none the country it sends them to when the type says
 * not-to.  NULL if none; else *why says which source (a static string).
 * Borrowed from d or a lexicon. */
const char *extract_act_country(const struct xdoc *d, size_t s0, size_t s1, size_t t,
    const struct xevtype *how, int passive, const int *v, int nv, int *pidx, const char **why);
/* The country the act at trigger t, with victims v[0..nv), sends them to:
 * the place or the authority after "to" ("deported to Laos", "handed
 * over to North Korean guards"), else their own country (home); or NULL.
 * Borrowed. */
const char *extract_act_dest(const struct xdoc *d, size_t t, size_t s1, const int *v, int nv);
/* The trigger at t of type how, real or not ("urged Thailand not to
 * deport them"): its actor's country, if named, is noted in d->told as
 * whoever does acts of that type in the story. */
void extract_note_actor(struct xdoc *d, size_t s0, size_t s1, size_t t, const struct xevtype *how,
    int passive);
/* The country of whoever did the act at trigger t: "Thai police", "North
 * Korean soldiers", "taken ... by Chinese police"; or NULL.  Borrowed. */
const char *extract_act_actor(const struct xdoc *d, size_t s0, size_t s1, size_t t, int passive);
/* e, the event the act made or was merged into, takes country cc (and
 * place pidx; why: its source), unless it has one, or its type takes the
 * country where its victims were held first; and dest, the country it
 * sends its victims to (or NULL). */
void extract_country_act(struct xdoc *d, struct xevent *e, const char *cc, int pidx,
    const struct xevtype *how, const char *dest, const char *why);
/* The pass after the sentences: a release from where its victims were
 * held; then, for events with no country, the victims' nationality, an
 * earlier arrest, the type's default, as event-types.tsv says. */
void extract_countries_unknown(struct xdoc *d);

/* extract-custody.c */

/* Is the act at trigger t (tr) with victims v[0..nv), of a type that is
 * an act only in custody, one: a killing, or a death in custody (the
 * file's header says how)?  At the time of the act: the events made so
 * far are those told before it. */
int extract_in_custody(const struct xdoc *d, size_t s0, size_t s1, size_t t, const struct xtrig *tr,
    const int *v, int nv);
/* Does the story hold one of v[0..nv) now: is the latest event so far of
 * one of them one after which its victims are held?  ("walked out a free
 * man" is a release only of someone held.) */
int extract_held_any(const struct xdoc *d, const int *v, int nv);

/* extract-antecedents.c */

/* Sets ref of every pronoun and description mention of d. */
void extract_resolve_pronouns(struct xdoc *d);

/* extract-mentions.c */

/* May mention e be a victim: a person, group or pronoun, not an
 * official or a reporter? */
int extract_victim_ok(const struct xdoc *d, const struct xent *e);
/* Mentions ending at or before token t in the sentence, nearest first
 * (into out, at most XEV_MAXV); returns how many. */
int extract_victims_before(const struct xdoc *d, size_t t, size_t s0, const size_t *ent_end, int *out);
/* The object mentions after token t, to the clause's end, with those
 * joined by "and" or "along with"; returns how many. */
int extract_victims_after(const struct xdoc *d, size_t t, size_t s1, int *out);
/* "X was arrested, along with three others": those joined to v[0..nv)
 * by "along with" from token k; adds them, returns how many. */
int extract_also_victims(const struct xdoc *d, size_t k, size_t s1, int *v, int nv);
/* "X, along with three others, was arrested": the one joined to the
 * subject before t; adds it, returns how many. */
int extract_also_subject(const struct xdoc *d, size_t t, size_t s0, const size_t *ent_end, int *v, int nv);
/* The victims of a noun trigger at t (n tokens): "the trial of X", "X's
 * trial", the one serving it. */
int extract_noun_victims(const struct xdoc *d, size_t t, size_t n, size_t s0, size_t s1, const size_t *ent_end,
    int *v);
/* Is "her" (mention e) a possessive ("held her face"), not an object? */
int extract_possessive_her(const struct xdoc *d, const struct xent *e, size_t s1);

/* extract-victims.c */

/* Why an act's victims are those of "the" act told before (compared by
 * address: act_at then takes that act for this one). */
extern const char extract_told_before_why[];
/* "to North Korea", "to the North" within the words after a flight. */
int extract_into_north(const struct xdoc *d, size_t after, size_t s1);
/* Is the trigger at t (tr) passive: after an auxiliary, a participle
 * after a mention, or with its agent ("captured by")? */
int extract_act_passive(const struct xdoc *d, const struct xacts *sc, size_t t, const struct xtrig *tr, int never);
/* The victims of the act at trigger t (tr, of type how) into v: their
 * count (0: no act); *why: the rule; date: a date taken with them. */
int extract_act_victims(const struct xdoc *d, const struct xacts *sc, size_t t, const struct xtrig *tr,
    const struct xevtype *how, int passive, int *v, const char **why, char *date, size_t dsz);

/* extract-vanish.c */

/* "X vanished in 1984" of a person or group the story tells abducted
 * elsewhere: an abduction of X, dated by its clause. */
void extract_vanished_abductees(struct xdoc *d);

/* extract-respective.c */

/* An act of k persons with k dates joined after its trigger ("A and B
 * were held in 2013 and 2015, respectively") becomes one event a person,
 * each with its date. */
void extract_split_respective(struct xdoc *d);

/* extract-merge.c */

/* A group of two to five named later as a list of as many persons:
 * they become victims of the group's events. */
void extract_link_groups(struct xdoc *d);
/* An act told again in a later sentence (same type, a shared victim,
 * compatible dates or either one undated, the same country, and not
 * told as a second act) is folded into the first; the folded events are
 * freed and removed, the others keep their order. */
void extract_merge_repeated_acts(struct xdoc *d);

#endif
