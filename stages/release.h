/*
 * release.h: what the parts of captive-release share (release.c,
 * release-docs.c).  Not a library: only the release stage includes it.
 * Tables are read back with lib/csvin.
 */
#ifndef CAPTIVE_RELEASE_H
#define CAPTIVE_RELEASE_H

#include <stddef.h>
#include <jansson.h>
#include "buf.h"
#include "csvin.h"

/* A file of the release folder, held in memory until it is written. */
struct release_file {
	char *name;
	struct buf data;
};

struct release_files {
	struct release_file *v;
	size_t n, cap;
};

/* release.c */
/* Add a file; takes ownership of data (b is reset).  Returns the entry. */
struct release_file *release_add(struct release_files *fs, const char *name, struct buf *b);
struct release_file *release_find(const struct release_files *fs, const char *name);
/* Append the file at path to b.  0, or -1 with errno set. */
int release_slurp(const char *path, struct buf *b);
/* Compare versions part by part, digit runs as numbers: 0.9 < 0.10. */
int release_vercmp(const char *a, const char *b);

/* release-index.c */
/* DIST/index.json's tree: every release folder in dist.  Caller decrefs. */
json_t *release_index(const char *dist);

/* release-compat.c: the schema against the previous release's. */
struct release_compat {
	char *prev_schema;	/* its schemaVersion, "" if none; NULL: no previous release */
	char *schema;		/* this release's schemaVersion */
	struct buf breaking;	/* one change a line, "table: what" */
	struct buf additive;
};

/*
 * Compare dp (the datapackage.json being built) with prev_dir's (NULL: no
 * previous release); dies, naming schema_file, on a breaking change that
 * the major schema version does not announce.  Free rc with
 * release_compat_free.
 */
void release_compat_check(struct release_compat *rc, const char *prev_dir,
			  const char *schema_file, const struct buf *dp);
/* CHANGES.md's "Schema" section. */
void release_compat_changes(struct buf *out, const struct release_compat *rc,
			    const char *schema, const char *prev_version);
void release_compat_free(struct release_compat *rc);

/* release-changes.c: the rows of a table keyed by id, old against new. */
enum release_change { RELEASE_ADDED, RELEASE_REMOVED, RELEASE_CHANGED };

struct release_cell {
	const char *col, *old, *cur;	/* borrowed from the tables */
};

/*
 * Called for each added or removed row (cells NULL, ncells 0) and each
 * changed row (its differing cells) in id order; t is the table r is of.
 */
typedef void release_diff_fn(void *arg, enum release_change what, const struct csvin *t,
			     const struct csvin_row *r, const struct release_cell *cells,
			     size_t ncells);
struct release_info;
/*
 * Compare table i of ri (keyed by "id") with the previous release's (none:
 * every row added); the tables nested in it count as columns of it.
 */
void release_diff_table(const struct release_info *ri, size_t i, release_diff_fn *each,
			void *arg);
/* The cell of r under column name of t, or "" when t has no such column. */
const char *release_cell_of(const struct csvin *t, const struct csvin_row *r, const char *name);
/*
 * changes.csv.gz into out: the changes of every table keyed by id since
 * ri's previous release (only the header when there is none), with the
 * columns of changes_table (schema/changes.json).
 */
void release_changes_csv(struct buf *out, const struct release_info *ri, json_t *changes_table);

/* release-page.c: DIST/index.html from index (release_index's tree). */
void release_page(struct buf *out, json_t *index, const char *dist);
/* s with & < > " ' escaped for HTML text and attributes. */
void release_html(struct buf *out, const char *s);
/* release-page-changes.c: a release's changes since the older one (NULL: first). */
void release_page_changes(struct buf *out, const char *dist, json_t *rel, json_t *older);
/* release-page-data.c: the page's parts drawn from a release's tables. */
struct hmap;
/* DIST/PATH/TABLE.csv.gz of rel into t; 0, or -1 (t empty) when it is not there. */
int release_page_load(struct csvin *t, const char *dist, json_t *rel, const char *table);
/* The rows of t by their column col: a map to struct csvin_row (borrowed from t). */
struct hmap *release_page_by(const struct csvin *t, const char *col);
void release_page_timeline(struct buf *out, const char *dist, json_t *rel);
void release_page_persons(struct buf *out, const char *dist, json_t *rel);

/* release-docs.c: each appends a whole file to out. */
/* v as indented JSON (members in their order) and a newline. */
void release_dump_json(struct buf *out, json_t *v);
struct release_info {
	const char *version;
	json_t *tables;			/* tables.json, borrowed */
	struct csvin *csv;	/* one per table, in tables.json order */
	const char *prev_version;	/* NULL: first release */
	struct csvin **prev_csv;	/* one per table, NULL when absent */
	const char *schema_version;	/* tables.json's schemaVersion */
	const struct release_compat *compat;
};

void release_datapackage(struct buf *out, const struct release_info *ri,
			 const struct release_files *fs);
void release_readme(struct buf *out, const struct release_info *ri);
void release_license(struct buf *out, const struct release_info *ri);
void release_citation(struct buf *out, const struct release_info *ri);
/*
 * The build date, YYYY-MM-DD in UTC, from SOURCE_DATE_EPOCH into out: 1,
 * or 0 when it is not set (then no date is written: the clock would make
 * every rebuild differ).  Dies on a malformed value.
 */
int release_build_date(char out[11]);
void release_changes(struct buf *out, const struct release_info *ri);

#endif
