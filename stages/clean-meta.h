/*
 * clean-meta.h: what the files of a plain text's metadata share
 * (clean-meta.c: dates, bylines, publisher; clean-title.c: the headline).
 * Not the stage's interface: that is clean.h.
 */
#ifndef CAPTIVE_CLEAN_META_H
#define CAPTIVE_CLEAN_META_H

#include <stddef.h>
#include <jansson.h>
#include "date.h"
#include "clean.h"

/* The first full date of line i of d (no month alone), looked for once;
 * 1 with *out and its span [*so, *eo) (either may be NULL), or 0. */
int meta_line_date(struct cdoc *d, const struct clean_rules *r, size_t i, struct date *out,
		   size_t *so, size_t *eo);
/* Is s[0..len) an organization's or an outlet's name? */
int meta_org_name(const struct clean_rules *r, const char *s, size_t len);
/* The owner a copyright line names, or NULL when the line is none. */
json_t *meta_copyright_name(const struct clean_rules *r, const struct cline *l);

/* A short name, every word capitalised (a masthead's or a logo's shape). */
int meta_name_line(const struct cline *l);
/* A logo line: such a name of an outlet or an organization. */
int meta_logo_line(const struct clean_rules *r, const struct cline *l);
/* Set field of meta to value (taken over) and note where it was found:
 * "found": { field: "line N" }. */
void meta_set_found(json_t *meta, const char *field, json_t *value, unsigned line);

#endif
