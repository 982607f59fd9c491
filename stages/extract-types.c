/*
 * extract-types.c: what each event type does, read from event-types.tsv.
 *
 * The event rules never name a type: which role its victims get, what it
 * tells of their status, where its country and date come from are the
 * columns of its row (the file's header comment says what each means).
 * The table is read once with the other lexicons and checked then: a
 * cell that is not one of its column's values, or a type named by a
 * trigger and missing from the table, stops the stage with the file and
 * line, before any document is read.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "buf.h"
#include "extract-events.h"
#include "msg.h"

/* The index of s in the NULL-terminated words, or -1. */
static int
word_index(const char *s, const char *const *words)
{
	int i;

	for (i = 0; words[i]; i++)
		if (!strcmp(s, words[i]))
			return i;
	return -1;
}

/* Cell column of row e as the index of one of words; -1 after reporting
 * the file, line and the values it may take. */
static int
cell(const struct lex *l, const struct lex_entry *e, const char *column, const char *const *words)
{
	const char *v = lex_get(l, e, column);
	int i = word_index(v, words);

	if (i < 0)
		msg_error("%s:%u: %s \"%s\" is not one of its values (see the file's header)", l->path,
		    e->line, column, v);
	return i;
}

/* The columns' values, in the order of the enums of extract-events.h. */
static const char *const yes_no[] = { "no", "yes", NULL };
static const char *const statuses[] = { "-", "detained", "released", "dead", NULL };
static const char *const helds[] = { "-", "fill", "override", NULL };
static const char *const holds[] = { "-", "always", "release", NULL };
static const char *const custodies[] = { "-", "start", "end", NULL };
static const char *const afters[] = { "-", "held", "free", NULL };
static const char *const just_nows[] = { "no", "yes", "perfect", NULL };
static const char *const csrcs[] = { "place", "actor", "from", "told", "held", NULL };

/* The country column of row e into t: its sources in order, and not-to;
 * 0, or -1 after reporting. */
static int
read_country(const struct lex *l, const struct lex_entry *e, struct xevtype *t)
{
	const char *v = lex_get(l, e, "country");
	char w[16];
	size_t n;
	int i;

	while (*v) {
		n = strcspn(v, " ");
		if (n && n < sizeof(w)) {
			memcpy(w, v, n);
			w[n] = 0;
			if (!strcmp(w, "not-to")) {
				t->not_to = 1;
				goto next;
			}
			if ((i = word_index(w, csrcs)) >= 0 && t->ncsrc < XCSRC_MAX) {
				t->csrc[t->ncsrc++] = (enum xcsrc)i;
				goto next;
			}
		}
		return msg_error("%s:%u: country \"%s\" is not a list of place, actor, from, told, held "
		    "and not-to (see the file's header)", l->path, e->line, lex_get(l, e, "country"));
next:
		v += n;
		v += strspn(v, " ");
	}
	if (!t->ncsrc)
		return msg_error("%s:%u: country names no source", l->path, e->line);
	return 0;
}

/* The columns whose cell names another type (or -), and where each is
 * kept in struct xevtype. */
static const struct {
	const char *column;
	size_t off;
} type_columns[] = {
	{ "never", offsetof(struct xevtype, never_type) },
	{ "to-own-side", offsetof(struct xevtype, own_type) },
	{ "abroad-by-kp", offsetof(struct xevtype, abroad_type) },
	{ "retells", offsetof(struct xevtype, retells) },
	{ "into-kp", offsetof(struct xevtype, into_type) },
	{ "to-kp", offsetof(struct xevtype, tokp_type) },
	{ "dated-by", offsetof(struct xevtype, dated_type) },
};

#define TYPE_CELL(t, i) ((char *)(t) + type_columns[i].off)

/* Row e of l into t; 0, or -1 after reporting. */
static int
read_row(const struct lex *l, const struct lex_entry *e, struct xevtype *t)
{
	const char *role = lex_get(l, e, "role"), *dc = lex_get(l, e, "default-country");
	const char *np = lex_get(l, e, "without-penalty");
	int c[9], i, bad = 0;

	memset(t, 0, sizeof(*t));
	t->name = e->fields[0];
	t->line = e->line;
	if (strlen(t->name) >= sizeof(((struct xevent *)0)->type) || !t->name[0])
		return msg_error("%s:%u: type \"%s\" is empty or longer than 15 bytes", l->path, e->line,
		    t->name);
	if ((t->role = extract_role_bit(role)) == 0)
		return msg_error("%s:%u: role \"%s\" is not a role of persons (victim, defector, ...)",
		    l->path, e->line, role);
	c[0] = cell(l, e, "status", statuses);
	c[1] = cell(l, e, "from-place", yes_no);
	c[2] = read_country(l, e, t);
	c[3] = cell(l, e, "held-country", helds);
	c[4] = cell(l, e, "holds", holds);
	c[5] = cell(l, e, "victims-country", yes_no);
	c[6] = cell(l, e, "custody", custodies);
	c[7] = cell(l, e, "just-now", just_nows);
	c[8] = cell(l, e, "same-day", yes_no);
	for (i = 0; i < 9; i++)
		bad |= c[i] < 0;
	if ((i = cell(l, e, "afterwards", afters)) < 0)
		bad = 1;
	t->afterwards = (enum xafter)(i < 0 ? 0 : i);
	if ((i = cell(l, e, "custody-only", yes_no)) < 0)
		bad = 1;
	t->custody_only = i > 0;
	/* a row that ends before the column (written before it was added)
	 * reads as no */
	if (!*lex_get(l, e, "by-entry"))
		t->by_entry = 0;
	else if ((i = cell(l, e, "by-entry", yes_no)) < 0)
		bad = 1;
	else
		t->by_entry = i > 0;
	if ((i = cell(l, e, "attempt-to", yes_no)) < 0 || bad)
		return -1;
	t->attempt_to = i;
	t->status = (enum xstatus)c[0];
	t->from_place = c[1];
	t->held = (enum xheld)c[3];
	t->holds = (enum xholds)c[4];
	t->victims_country = c[5];
	t->custody = (enum xcustody)c[6];
	t->just_now = c[7];
	t->same_day = c[8];
	if (!strcmp(dc, "story"))
		t->default_story = 1;
	else if (strlen(dc) == 2 && dc[0] >= 'A' && dc[0] <= 'Z' && dc[1] >= 'A' && dc[1] <= 'Z')
		memcpy(t->default_cc, dc, 3);
	else if (strcmp(dc, "-"))
		return msg_error("%s:%u: default-country \"%s\" is not a country code, story or -",
		    l->path, e->line, dc);
	if (strcmp(np, "-")) {
		size_t w = strcspn(np, " ");

		if (!np[w] || w >= sizeof(t->np_word) || strlen(np + w + 1) >= sizeof(t->np_type) ||
		    strchr(np + w + 1, ' '))
			return msg_error("%s:%u: without-penalty \"%s\" is not a word and a type, or -",
			    l->path, e->line, np);
		memcpy(t->np_word, np, w);
		snprintf(t->np_type, sizeof(t->np_type), "%s", np + w + 1);
	}
	for (i = 0; i < (int)(sizeof(type_columns) / sizeof(type_columns[0])); i++) {
		const char *v = lex_get(l, e, type_columns[i].column);

		/* every such cell is as long as never_type */
		if (strlen(v) >= sizeof(t->never_type) || strchr(v, ' '))
			return msg_error("%s:%u: %s \"%s\" is not a type, or -", l->path, e->line,
			    type_columns[i].column, v);
		if (strcmp(v, "-"))
			snprintf(TYPE_CELL(t, i), sizeof(t->never_type), "%s", v);
	}
	return 0;
}

/* The row of type name in lx's table, or NULL. */
static const struct xevtype *
find_type(const struct xlex *lx, const char *name)
{
	size_t i;

	for (i = 0; i < lx->ntypes; i++)
		if (!strcmp(lx->types[i].name, name))
			return &lx->types[i];
	return NULL;
}

/* Every type that trigger lexicon l names has a row; 0, or -1 after
 * reporting the first line of each that has none. */
static int
check_triggers(const struct xlex *lx, const struct lex *l)
{
	size_t i;
	int bad = 0;

	for (i = 0; i < l->n; i++) {
		const char *type = lex_get(l, &l->entries[i], "type");

		if (!find_type(lx, type))
			bad = msg_error("%s:%u: event type \"%s\" has no row in %s", l->path,
			    l->entries[i].line, type, lx->evtypes->path);
	}
	return bad;
}

int
extract_types_load(struct xlex *lx)
{
	const struct lex *l = lx->evtypes;
	size_t i, c;
	int bad = 0;

	lx->types = xcalloc(l->n + 1, sizeof(*lx->types));
	for (i = 0; i < l->n; i++) {
		if (read_row(l, &l->entries[i], &lx->types[lx->ntypes]) != 0) {
			bad = -1;
			continue;
		}
		if (find_type(lx, lx->types[lx->ntypes].name)) {
			bad = msg_error("%s:%u: type \"%s\" has a row already", l->path, l->entries[i].line,
			    lx->types[lx->ntypes].name);
			continue;
		}
		lx->ntypes++;
	}
	if (bad)
		return -1;
	for (i = 0; i < lx->ntypes; i++)
		if (lx->types[i].np_word[0] && !find_type(lx, lx->types[i].np_type))
			bad = msg_error("%s:%u: without-penalty type \"%s\" has no row", l->path,
			    lx->types[i].line, lx->types[i].np_type);
	for (i = 0; i < lx->ntypes; i++)
		for (c = 0; c < sizeof(type_columns) / sizeof(type_columns[0]); c++) {
			const char *v = TYPE_CELL(&lx->types[i], c);

			if (v[0] && !find_type(lx, v))
				bad = msg_error("%s:%u: %s type \"%s\" has no row", l->path, lx->types[i].line,
				    type_columns[c].column, v);
		}
	/* both files, so that every missing row is told at once */
	if (check_triggers(lx, lx->triggers) | check_triggers(lx, lx->trigger_verbs))
		bad = -1;
	return bad;
}

const struct xevtype *
extract_type(const struct xlex *lx, const char *name)
{
	const struct xevtype *t = find_type(lx, name);

	/* every type of a trigger was checked at load: none is missing */
	if (!t)
		die("event type \"%s\" has no row in event-types.tsv", name);
	return t;
}
