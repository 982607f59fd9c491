/*
 * csvin: a gzip-compressed CSV table read into memory (a release's
 * <table>.csv.gz).  rows[0] is the header.
 */
#ifndef CAPTIVE_CSVIN_H
#define CAPTIVE_CSVIN_H

#include <stddef.h>

struct csvin_row {
	char **f;
	size_t n;
};

struct csvin {
	struct csvin_row *rows;
	size_t n, cap;
	struct csvin_row cur;	/* the row being parsed */
};

/*
 * Read a gzip-compressed CSV held in memory into t (caller frees with
 * csvin_free).  0, or -1 after reporting with name.
 */
int csvin_read(struct csvin *t, const char *name, const void *gz, size_t len);
void csvin_free(struct csvin *t);
/* Index of column name in t's header, or -1. */
int csvin_column(const struct csvin *t, const char *name);

#endif
