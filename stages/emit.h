/*
 * emit.h: what the parts of captive-emit share (emit.c, emit-model.c,
 * emit-tree.c, emit-relevance.c, emit-out.c).  Not a library: only the emit stage includes it.
 */
#ifndef CAPTIVE_EMIT_H
#define CAPTIVE_EMIT_H

#include <stddef.h>
#include <jansson.h>
#include "buf.h"

enum emit_type {
	EMIT_STRING,
	EMIT_INTEGER,
	EMIT_NUMBER,
	EMIT_BOOLEAN,
	EMIT_LIST,
	EMIT_ANY
};

/* One column of a table, as schema/tables.json declares it. */
struct emit_column {
	const char *name;	/* the CSV column */
	const char *member;	/* the record member (x-field, else name) */
	enum emit_type type;
	const char *delimiter;	/* of a list; ";" when not given */
	int from_parent;	/* x-parent: taken from the enclosing record */
};

/* One table.  Strings are borrowed from the model's parsed tables.json. */
struct emit_table {
	const char *name;
	const char *record;	/* x-record: the record kind */
	const char *nested;	/* x-nested: array member giving the rows, or NULL */
	struct emit_column *cols;
	size_t ncols;
	struct buf csv;		/* the table's CSV text, built row by row */
	unsigned long rows;
};

struct emit_model {
	json_t *root;		/* tables.json; owns every string above */
	struct emit_table *tables;
	size_t ntables;
};

/* emit-model.c */
/* Load and check tables.json at path; 0, or -1 after reporting. */
int emit_model_load(struct emit_model *m, const char *path);
void emit_model_free(struct emit_model *m);
/* The table built from records of kind (not a nested one), or NULL. */
struct emit_table *emit_model_find(const struct emit_model *m, const char *kind);
/*
 * Check that rec's members have the types its tables want, normalizing on
 * the way (a missing list "x_ids" is filled from a string "x_id"; the
 * document text, which no table holds, is dropped).  0, or -1 with a
 * message for the caller in why[0..n).
 */
int emit_check(const struct emit_model *m, json_t *rec, char *why, size_t n);
/* The value of column c for rec (item of a nested table: parent is the
 * enclosing record), borrowed; NULL when null or absent. */
json_t *emit_value(const struct emit_column *c, json_t *rec, json_t *parent);
/* Append the header row / rec's row(s) to each table built from rec. */
void emit_csv_header(struct emit_table *t);
void emit_csv_record(const struct emit_model *m, json_t *rec);

/* emit-tree.c */
/*
 * The nested tree of captive.json from the checked records (array, input
 * order; borrowed).  Returns a new reference.
 */
json_t *emit_tree(const struct emit_model *m, json_t *records, const char *version);

/* emit-relevance.c */
struct emit_relevance {
	unsigned long relevant, off_topic, unjudged;	/* documents */
	unsigned long left_out;		/* records of off-topic documents left out */
};
/*
 * The records to write: those of records (checked, borrowed) less the
 * ones of off-topic documents, unless keep.  Counts in *c.  Returns a new
 * reference (records itself when nothing is left out).
 */
json_t *emit_relevance_filter(json_t *records, int keep, struct emit_relevance *c);

/* emit-out.c */
/* The tree as an XML document, appended to out. */
void emit_xml(struct buf *out, json_t *tree);

#endif
