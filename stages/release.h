/*
 * release.h: what the parts of captive-release share (release.c,
 * release-csv.c,
 * release-docs.c).  Not a library: only the release stage includes it.
 */
#ifndef CAPTIVE_RELEASE_H
#define CAPTIVE_RELEASE_H

#include <stddef.h>
#include <jansson.h>
#include "buf.h"

/* A file of the release folder, held in memory until it is written. */
struct release_file {
	char *name;
	struct buf data;
};

struct release_files {
	struct release_file *v;
	size_t n, cap;
};

/* A CSV table read back from a .csv.gz: rows[0] is the header. */
struct release_row {
	char **f;
	size_t n;
};

struct release_csv {
	struct release_row *rows;
	size_t n, cap;
	struct release_row cur;	/* the row being parsed */
};

/* release.c */
/* Add a file; takes ownership of data (b is reset).  Returns the entry. */
struct release_file *release_add(struct release_files *fs, const char *name, struct buf *b);
struct release_file *release_find(const struct release_files *fs, const char *name);

/* release-csv.c */
/*
 * Read a gzip-compressed CSV held in memory into t (caller frees with
 * release_csv_free).  0, or -1 after reporting with name.
 */
int release_csv_read(struct release_csv *t, const char *name, const void *gz, size_t len);
void release_csv_free(struct release_csv *t);
/* Index of column name in t's header, or -1. */
int release_csv_column(const struct release_csv *t, const char *name);

/* release-docs.c: each appends a whole file to out. */
struct release_info {
	const char *version;
	json_t *tables;			/* tables.json, borrowed */
	struct release_csv *csv;	/* one per table, in tables.json order */
	const char *prev_version;	/* NULL: first release */
	struct release_csv **prev_csv;	/* one per table, NULL when absent */
};

void release_datapackage(struct buf *out, const struct release_info *ri,
			 const struct release_files *fs);
void release_readme(struct buf *out, const struct release_info *ri);
void release_license(struct buf *out, const struct release_info *ri);
void release_citation(struct buf *out, const struct release_info *ri);
void release_changes(struct buf *out, const struct release_info *ri);

#endif
