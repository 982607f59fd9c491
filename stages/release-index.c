/*
 * release-index.c: DIST/index.json, the machine-readable list of every
 * release in DIST (what captive-fetch --list reads, and the model the
 * release page is drawn from).
 *
 *   {"name": "captive", "releases": [          newest version first
 *     {"version": "0.2.0", "path": "captive-0.2.0/", "schemaVersion": "1.0.0",
 *      "bytes": 123456, "files": [              by name, byte order
 *        {"name": "persons.csv.gz", "bytes": 697, "sha256": "…", "rows": 19}, …]}]}
 *
 * Built from the release folders as they are on disk after the new one is
 * in place, so it also lists releases built before it existed.  Sizes and
 * checksums are of the bytes read (not copied from SHA256SUMS, which could
 * be stale); "rows" is given for the .csv.gz tables.  Each file is read
 * whole, one at a time.  Written through DIST/.index.json.tmp and
 * rename(), so a reader sees the old index or the new one.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "csvin.h"
#include "msg.h"
#include "release.h"
#include "sha256.h"

static int
index_cmp_version_desc(const void *a, const void *b)
{
	return -release_vercmp(*(char *const *)a + strlen("captive-"),
			       *(char *const *)b + strlen("captive-"));
}

static int
index_cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * The names in dir that pass keep (NULL: every name not starting with
 * '.'), sorted by cmp; *n is set.  Caller frees each and the array.
 */
static char **
index_names(const char *dir, int (*keep)(const char *dir, const char *name),
	    int (*cmp)(const void *, const void *), size_t *n)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **v = NULL;

	*n = 0;
	if (d == NULL)
		die("%s: %s", dir, strerror(errno));
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.' || (keep != NULL && !keep(dir, e->d_name)))
			continue;
		v = xrealloc(v, (*n + 1) * sizeof(*v));
		v[(*n)++] = xstrdup(e->d_name);
	}
	closedir(d);
	if (*n > 1)
		qsort(v, *n, sizeof(*v), cmp);
	return v;
}

static int
index_is_type(const char *dir, const char *name, mode_t type)
{
	struct buf path = BUF_INIT;
	struct stat st;
	int ok;

	buf_addf(&path, "%s/%s", dir, name);
	ok = stat(path.data, &st) == 0 && (st.st_mode & S_IFMT) == type;
	buf_release(&path);
	return ok;
}

/* A release folder: captive-<version>, holding SHA256SUMS. */
static int
index_is_release(const char *dir, const char *name)
{
	struct buf sums = BUF_INIT;
	int ok;

	buf_addf(&sums, "%s/SHA256SUMS", name);
	ok = strncmp(name, "captive-", 8) == 0 && name[8] != '\0' &&
	     index_is_type(dir, name, S_IFDIR) && index_is_type(dir, sums.data, S_IFREG);
	buf_release(&sums);
	return ok;
}

static int
index_is_file(const char *dir, const char *name)
{
	return index_is_type(dir, name, S_IFREG);
}

static int
index_ends_with(const char *s, const char *end)
{
	size_t n = strlen(s), m = strlen(end);

	return n >= m && strcmp(s + n - m, end) == 0;
}

/* One release folder as an object of "releases". */
static json_t *
index_release(const char *dist, const char *name)
{
	struct buf dir = BUF_INIT, path = BUF_INIT, data = BUF_INIT;
	json_t *rel = json_object(), *files = json_array(), *dp;
	char hex[SHA256_HEX_LEN + 1];
	json_int_t total = 0;
	char **names;
	size_t n, i;

	buf_addf(&dir, "%s/%s", dist, name);
	names = index_names(dir.data, index_is_file, index_cmp_name, &n);
	json_object_set_new(rel, "version", json_string(name + strlen("captive-")));
	buf_addf(&path, "%s/", name);
	json_object_set_new(rel, "path", json_string(path.data));
	for (i = 0; i < n; i++) {
		json_t *f = json_object();

		buf_reset(&path);
		buf_addf(&path, "%s/%s", dir.data, names[i]);
		buf_reset(&data);
		if (release_slurp(path.data, &data) != 0)
			die("%s: %s", path.data, strerror(errno));
		sha256_hex(data.data, data.len, hex);
		json_object_set_new(f, "name", json_string(names[i]));
		json_object_set_new(f, "bytes", json_integer((json_int_t)data.len));
		json_object_set_new(f, "sha256", json_string(hex));
		if (index_ends_with(names[i], ".csv.gz")) {
			struct csvin t;

			if (csvin_read(&t, path.data, data.data, data.len) == 0)
				json_object_set_new(f, "rows", json_integer(
					(json_int_t)(t.n > 0 ? t.n - 1 : 0)));
			csvin_free(&t);
		}
		if (strcmp(names[i], "datapackage.json") == 0 &&
		    (dp = json_loadb(data.data, data.len, 0, NULL)) != NULL) {
			if (json_is_string(json_object_get(dp, "schemaVersion")))
				json_object_set(rel, "schemaVersion", json_object_get(dp, "schemaVersion"));
			json_decref(dp);
		}
		total += (json_int_t)data.len;
		json_array_append_new(files, f);
		free(names[i]);
	}
	free(names);
	json_object_set_new(rel, "bytes", json_integer(total));
	json_object_set_new(rel, "files", files);
	buf_release(&dir);
	buf_release(&path);
	buf_release(&data);
	return rel;
}

json_t *
release_index(const char *dist)
{
	json_t *index = json_object(), *rels = json_array();
	char **names;
	size_t n, i;

	names = index_names(dist, index_is_release, index_cmp_version_desc, &n);
	for (i = 0; i < n; i++) {
		json_array_append_new(rels, index_release(dist, names[i]));
		free(names[i]);
	}
	free(names);
	json_object_set_new(index, "name", json_string("captive"));
	json_object_set_new(index, "releases", rels);
	return index;
}

