/*
 * release-compat.c: schema stability between releases.
 *
 * Users' scripts read the tables for years, by column name and often by
 * position.  So within a major schema version the tables change only by
 * addition: new tables, new columns at the end of a table, new terms in
 * a vocabulary.  A removed, renamed, moved or retyped column, or a removed
 * term, breaks those scripts and needs a new major version.  The schema's
 * version is tables.json's "schemaVersion", copied into datapackage.json
 * beside (and separate from) the data's "version".
 *
 * This file compares the datapackage.json being built with the previous
 * release's and lists the changes, breaking and additive; captive-release
 * refuses a breaking change that the major version does not announce, and
 * CHANGES.md lists them all.  A previous release without "schemaVersion"
 * predates the versioned schema and counts as major version 0.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "msg.h"
#include "release.h"

/* The major version: the leading digits of "1.2.0"; 0 when there are none. */
static long
compat_major(const char *v)
{
	return v != NULL && *v >= '0' && *v <= '9' ? strtol(v, NULL, 10) : 0;
}

/* The resource (or field) named name in the array a, or NULL. */
static json_t *
compat_named(json_t *a, const char *name, size_t *at)
{
	json_t *x;
	size_t i;

	json_array_foreach(a, i, x) {
		const char *n = json_string_value(json_object_get(x, "name"));

		if (n != NULL && strcmp(n, name) == 0) {
			if (at != NULL)
				*at = i;
			return x;
		}
	}
	return NULL;
}

static const char *
compat_str(json_t *o, const char *key, const char *dflt)
{
	const char *s = json_string_value(json_object_get(o, key));

	return s != NULL ? s : dflt;
}

static int
compat_has_term(json_t *terms, const char *term)
{
	json_t *x;
	size_t i;

	json_array_foreach(terms, i, x)
		if (json_is_string(x) && strcmp(json_string_value(x), term) == 0)
			return 1;
	return 0;
}

/*
 * One column of the previous release (pf, at position i of table t)
 * against the column now at that position (cf, NULL past the end).
 */
static void
compat_field(struct release_compat *rc, const char *t, size_t i, json_t *pf,
	     json_t *cf, json_t *cur_fields)
{
	const char *name = compat_str(pf, "name", "");
	json_t *pe, *ce, *x;
	size_t j, at;

	if (cf == NULL || strcmp(compat_str(cf, "name", ""), name) != 0) {
		if (compat_named(cur_fields, name, &at) != NULL)
			buf_addf(&rc->breaking, "%s: column `%s` moved from position %zu to %zu\n",
				 t, name, i + 1, at + 1);
		else if (cf != NULL)
			buf_addf(&rc->breaking, "%s: column `%s` (position %zu) removed or renamed (`%s` stands there now)\n",
				 t, name, i + 1, compat_str(cf, "name", ""));
		else
			buf_addf(&rc->breaking, "%s: column `%s` (position %zu) removed\n", t, name, i + 1);
		return;
	}
	if (strcmp(compat_str(pf, "type", "string"), compat_str(cf, "type", "string")) != 0 ||
	    strcmp(compat_str(pf, "itemType", ""), compat_str(cf, "itemType", "")) != 0)
		buf_addf(&rc->breaking, "%s: column `%s` changed type from %s to %s\n", t, name,
			 compat_str(pf, "type", "string"), compat_str(cf, "type", "string"));
	pe = json_object_get(json_object_get(pf, "constraints"), "enum");
	ce = json_object_get(json_object_get(cf, "constraints"), "enum");
	/* A vocabulary that is lifted allows every old term: not a break. */
	if (!json_is_array(ce))
		return;
	json_array_foreach(pe, j, x)
		if (json_is_string(x) && !compat_has_term(ce, json_string_value(x)))
			buf_addf(&rc->breaking, "%s: column `%s`: term `%s` removed\n", t, name,
				 json_string_value(x));
	json_array_foreach(ce, j, x)
		if (json_is_string(x) && json_is_array(pe) && !compat_has_term(pe, json_string_value(x)))
			buf_addf(&rc->additive, "%s: column `%s`: term `%s` added\n", t, name,
				 json_string_value(x));
}

/* The previous and current resource of table t. */
static void
compat_table(struct release_compat *rc, const char *t, json_t *prev, json_t *cur)
{
	json_t *pf = json_object_get(json_object_get(prev, "schema"), "fields");
	json_t *cf = json_object_get(json_object_get(cur, "schema"), "fields");
	json_t *x;
	size_t i;

	json_array_foreach(pf, i, x)
		compat_field(rc, t, i, x, json_array_get(cf, i), cf);
	json_array_foreach(cf, i, x)
		if (compat_named(pf, compat_str(x, "name", ""), NULL) == NULL)
			buf_addf(&rc->additive, "%s: column `%s` added%s\n", t,
				 compat_str(x, "name", ""),
				 i >= json_array_size(pf) ? " at the end" : "");
}

/* Compare the resources of two data packages. */
static void
compat_compare(struct release_compat *rc, json_t *prev, json_t *cur)
{
	json_t *pr = json_object_get(prev, "resources");
	json_t *cr = json_object_get(cur, "resources");
	json_t *x, *c;
	size_t i;

	json_array_foreach(pr, i, x) {
		const char *t = compat_str(x, "name", "");

		if ((c = compat_named(cr, t, NULL)) == NULL)
			buf_addf(&rc->breaking, "%s: table removed\n", t);
		else
			compat_table(rc, t, x, c);
	}
	json_array_foreach(cr, i, x)
		if (compat_named(pr, compat_str(x, "name", ""), NULL) == NULL)
			buf_addf(&rc->additive, "%s: table added\n", compat_str(x, "name", ""));
}

void
release_compat_check(struct release_compat *rc, const char *prev_dir,
		     const char *schema_file, const struct buf *dp)
{
	struct buf path = BUF_INIT;
	json_error_t jerr;
	json_t *prev, *cur;
	const char *line, *nl;

	buf_init(&rc->breaking);
	buf_init(&rc->additive);
	rc->prev_schema = NULL;
	rc->schema = NULL;
	if (prev_dir == NULL)
		return;
	buf_addf(&path, "%s/datapackage.json", prev_dir);
	/* Without the old description nothing can be compared: refuse. */
	if (access(path.data, F_OK) != 0)
		die("%s: %s: cannot check the schema against the previous release",
		    path.data, strerror(errno));
	if ((prev = json_load_file(path.data, 0, &jerr)) == NULL)
		die("%s:%d: %s", path.data, jerr.line, jerr.text);
	cur = json_loadb(dp->data, dp->len, 0, &jerr);
	if (cur == NULL)
		die("datapackage.json:%d: %s", jerr.line, jerr.text);
	rc->prev_schema = xstrdup(compat_str(prev, "schemaVersion", ""));
	rc->schema = xstrdup(compat_str(cur, "schemaVersion", ""));
	compat_compare(rc, prev, cur);

	if (rc->breaking.len > 0 && compat_major(rc->schema) <= compat_major(rc->prev_schema)) {
		for (line = rc->breaking.data; *line; line = nl + 1) {
			nl = strchr(line, '\n');
			msg_error("%s: %.*s: a breaking change since %s", schema_file,
				  (int)(nl - line), line, prev_dir);
		}
		die("%s: schemaVersion \"%s\" keeps the major version of %s (\"%s\"): "
		    "a breaking change needs a new major version", schema_file, rc->schema,
		    path.data, rc->prev_schema);
	}
	json_decref(prev);
	json_decref(cur);
	buf_release(&path);
}

/* Each "\n"-ended line of lines as a Markdown list item. */
static void
compat_list(struct buf *out, const char *lines)
{
	const char *nl;

	for (; *lines; lines = nl + 1) {
		nl = strchr(lines, '\n');
		buf_addf(out, "- %.*s\n", (int)(nl - lines), lines);
	}
}

void
release_compat_changes(struct buf *out, const struct release_compat *rc,
		       const char *schema, const char *prev_version)
{
	buf_addf(out, "\n## Schema\n\nSchema version %s", schema);
	if (rc->prev_schema == NULL) {
		buf_adds(out, ".\n");
		return;
	}
	if (*rc->prev_schema == '\0')
		buf_addf(out, " (captive %s had no schema version).\n", prev_version);
	else
		buf_addf(out, " (captive %s: %s).\n", prev_version, rc->prev_schema);
	if (rc->breaking.len > 0) {
		buf_addf(out, "\nBreaking changes, announced by the new major version %ld:\n\n",
			 compat_major(schema));
		compat_list(out, rc->breaking.data);
	}
	if (rc->additive.len > 0) {
		buf_adds(out, "\nAdditions:\n\n");
		compat_list(out, rc->additive.data);
	}
	if (rc->breaking.len == 0 && rc->additive.len == 0)
		buf_adds(out, "\nNo change to the tables' columns or vocabularies.\n");
}

void
release_compat_free(struct release_compat *rc)
{
	buf_release(&rc->breaking);
	buf_release(&rc->additive);
	free(rc->prev_schema);
	free(rc->schema);
}
