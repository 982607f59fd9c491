/*
 * lex: lexicon files (see lex.h) and where the schema folder is.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "buf.h"
#include "hmap.h"
#include "lex.h"

#ifndef CAPTIVE_SCHEMA_DIR
#define CAPTIVE_SCHEMA_DIR "/usr/local/share/captive/schema"
#endif

static char *schema_override;

void
schema_set_dir(const char *dir)
{
	free(schema_override);
	schema_override = dir ? xstrdup(dir) : NULL;
}

static int
is_dir_with_tables(const char *dir)
{
	char path[PATH_MAX + 16];

	snprintf(path, sizeof path, "%s/tables.json", dir);
	return access(path, R_OK) == 0;
}

const char *
schema_dir(void)
{
	static char found[PATH_MAX];
	char exe[PATH_MAX - 64], *slash;
	const char *env;
	ssize_t n;

	if (schema_override)
		return schema_override;
	if ((env = getenv("CAPTIVE_SCHEMA")) != NULL && *env)
		return env;
	if (found[0])
		return found;
	/* bin/captive-x -> bin/../schema (source tree) or ../share/captive/schema. */
	n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = '\0';
		if ((slash = strrchr(exe, '/')) != NULL) {
			*slash = '\0';
			snprintf(found, sizeof found, "%s/../schema", exe);
			if (is_dir_with_tables(found))
				return found;
			snprintf(found, sizeof found, "%s/../share/captive/schema", exe);
			if (is_dir_with_tables(found))
				return found;
		}
	}
	snprintf(found, sizeof found, "%s", CAPTIVE_SCHEMA_DIR);
	return found;
}

const char *
schema_path(const char *rel)
{
	static char path[2 * PATH_MAX];

	snprintf(path, sizeof path, "%s/%s", schema_dir(), rel);
	return path;
}

static void
lower_ascii(char *s)
{
	for (; *s; s++)
		if (*s >= 'A' && *s <= 'Z')
			*s += 'a' - 'A';
}

/* Split line at tabs into fields; returns the count.  Modifies line. */
static int
split_tabs(char *line, char ***out)
{
	int n = 1, i;
	char *p;

	for (p = line; *p; p++)
		n += *p == '\t';
	*out = xmalloc((size_t)n * sizeof **out);
	for (i = 0, p = line; i < n; i++) {
		char *tab = strchr(p, '\t');

		if (tab)
			*tab = '\0';
		(*out)[i] = p;
		p = tab ? tab + 1 : p + strlen(p);
	}
	return n;
}

static int
word_byte(unsigned char c)
{
	return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The proper prefixes of key that end where a word of text may end (before
 * a space, or where letters meet punctuation: "take into", "u.s"): a
 * search of several words stops at a prefix no entry has. */
static void
add_prefixes(struct lex *l, char *key)
{
	size_t i, n = strlen(key);
	uintptr_t v;

	for (i = 1; i < n; i++) {
		char c;

		if (key[i] != ' ' && word_byte((unsigned char)key[i]) == word_byte((unsigned char)key[i - 1]))
			continue;
		c = key[i];
		key[i] = '\0';
		v = (uintptr_t)hmap_get(l->keys, key);
		if (!(v & LEX_GOES_ON))
			hmap_put(l->keys, key, (void *)(v | LEX_GOES_ON));
		key[i] = c;
	}
}

static void
add_entry(struct lex *l, char **fields, int n, unsigned line)
{
	struct lex_entry *e;
	char small[256], *key, *p;
	size_t size = (size_t)l->ncols * sizeof *e->fields, len;
	uintptr_t v;
	int i;

	if (l->n % 64 == 0)
		l->entries = xrealloc(l->entries, (l->n + 64) * sizeof *l->entries);
	e = &l->entries[l->n++];
	e->line = line;
	/* the pointers and the strings in one block (lex_free frees it):
	 * the gazetteer alone has thousands of entries to load */
	for (i = 0; i < l->ncols; i++)
		size += strlen(i < n ? fields[i] : "") + 1;
	e->fields = xmalloc(size);
	p = (char *)(e->fields + l->ncols);
	for (i = 0; i < l->ncols; i++) {
		len = strlen(i < n ? fields[i] : "") + 1;
		e->fields[i] = memcpy(p, i < n ? fields[i] : "", len);
		p += len;
	}
	if (l->keys == NULL)	/* read_file for lex_append: no lookups */
		return;
	len = strlen(e->fields[0]);
	key = len < sizeof small ? small : xmalloc(len + 1);
	memcpy(key, e->fields[0], len + 1);
	lower_ascii(key);
	v = (uintptr_t)hmap_get(l->keys, key);
	if (v >> 1 == 0)	/* the first entry of a key wins */
		hmap_put(l->keys, key, (void *)((uintptr_t)l->n << 1 | v));	/* index + 1 */
	add_prefixes(l, key);
	if (key != small)
		free(key);
}

/* The lexicon at path; its keys indexed (l->keys) unless indexed is 0:
 * lex_append only copies the entries of the file it reads. */
static struct lex *
read_file(const char *path, int indexed)
{
	struct lex *l;
	FILE *fp;
	char *line = NULL, **fields;
	size_t cap = 0;
	ssize_t len;
	unsigned lineno = 0;
	int n;

	if ((fp = fopen(path, "r")) == NULL) {
		msg_error("%s: cannot open lexicon: %s", path, strerror(errno));
		return NULL;
	}
	l = xcalloc(1, sizeof *l);
	l->path = xstrdup(path);
	l->keys = indexed ? hmap_new() : NULL;
	while ((len = getline(&line, &cap, fp)) >= 0) {
		lineno++;
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if (len == 0 || line[0] == '#')
			continue;
		n = split_tabs(line, &fields);
		if (l->columns == NULL) {
			int i;

			l->ncols = n;
			l->columns = xmalloc((size_t)n * sizeof *l->columns);
			for (i = 0; i < n; i++)
				l->columns[i] = xstrdup(fields[i]);
		} else {
			if (n > l->ncols)
				msg_warn("%s:%u: %d fields, header has %d; extra ignored",
				    path, lineno, n, l->ncols);
			add_entry(l, fields, n, lineno);
		}
		free(fields);
	}
	free(line);
	fclose(fp);
	if (l->columns == NULL) {
		msg_error("%s: lexicon has no header line", path);
		lex_free(l);
		return NULL;
	}
	return l;
}

struct lex *
lex_load_file(const char *path)
{
	return read_file(path, 1);
}

int
lex_append(struct lex *l, const char *name)
{
	char rel[256];
	struct lex *m;
	int *col, i;
	size_t k;

	snprintf(rel, sizeof rel, "lexicons/%s.tsv", name);
	if ((m = read_file(schema_path(rel), 0)) == NULL)
		return -1;
	if (strcmp(m->columns[0], l->columns[0]) != 0) {
		msg_error("%s: first column \"%s\", %s has \"%s\"", m->path, m->columns[0],
		    l->path, l->columns[0]);
		lex_free(m);
		return -1;
	}
	/* m's column of each of l's columns, by name */
	col = xmalloc((size_t)l->ncols * sizeof *col);
	for (i = 0; i < l->ncols; i++)
		col[i] = lex_column(m, l->columns[i]);
	for (k = 0; k < m->n; k++) {
		char **f = xmalloc((size_t)l->ncols * sizeof *f);

		for (i = 0; i < l->ncols; i++)
			f[i] = col[i] < 0 ? "" : m->entries[k].fields[col[i]];
		add_entry(l, f, l->ncols, m->entries[k].line);
		free(f);
	}
	free(col);
	lex_free(m);
	return 0;
}

struct lex *
lex_load(const char *name)
{
	char rel[256];

	snprintf(rel, sizeof rel, "lexicons/%s.tsv", name);
	return lex_load_file(schema_path(rel));
}

void
lex_free(struct lex *l)
{
	size_t i;
	int j;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++)
		free(l->entries[i].fields);	/* with its strings: add_entry */
	for (j = 0; j < l->ncols; j++)
		free(l->columns[j]);
	free(l->columns);
	free(l->entries);
	hmap_free(l->keys, NULL);
	free(l->path);
	free(l);
}

int
lex_column(const struct lex *l, const char *name)
{
	int i;

	for (i = 0; i < l->ncols; i++)
		if (strcmp(l->columns[i], name) == 0)
			return i;
	return -1;
}

static char
lower_byte(char c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* The value of key[0..len), lowercased as the keys were, in l->keys; a
 * NUL byte ends the key, as it would a string. */
static uintptr_t
get_lower(const struct lex *l, const char *key, size_t len)
{
	char small[256], *k = len < sizeof small ? small : xmalloc(len + 1);
	uint64_t h = HMAP_HASH_INIT;
	uintptr_t v;
	size_t i;

	/* copied, lowercased and hashed in one pass */
	for (i = 0; i < len && key[i]; i++)
		h = hmap_hash_byte(h, (unsigned char)(k[i] = lower_byte(key[i])));
	k[i] = '\0';
	v = (uintptr_t)hmap_get_hashed(l->keys, k, i, h);
	if (k != small)
		free(k);
	return v;
}

const struct lex_entry *
lex_lookupn(const struct lex *l, const char *key, size_t len)
{
	size_t idx = get_lower(l, key, len) >> 1;

	return idx ? &l->entries[idx - 1] : NULL;
}

int
lex_is_prefixn(const struct lex *l, const char *key, size_t len)
{
	return (get_lower(l, key, len) & LEX_GOES_ON) != 0;
}

const struct lex_entry *
lex_lookup_hashed(const struct lex *l, const char *key, size_t len, uint64_t hash, int *goes_on)
{
	uintptr_t v = (uintptr_t)hmap_get_hashed(l->keys, key, len, hash);

	if (goes_on)
		*goes_on = (v & LEX_GOES_ON) != 0;
	return v >> 1 ? &l->entries[(v >> 1) - 1] : NULL;
}

const struct lex_entry *
lex_lookup(const struct lex *l, const char *key)
{
	return lex_lookupn(l, key, strlen(key));
}

const char *
lex_get(const struct lex *l, const struct lex_entry *e, const char *column)
{
	int i = lex_column(l, column);

	return i < 0 ? "" : e->fields[i];
}
