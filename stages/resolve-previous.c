/*
 * resolve-previous: person ids kept from the previous release.
 *
 * An id, once published, names the same person in every later release.
 * With --previous DIR, resolve reads DIR/persons.csv.gz (id, name,
 * aliases) and DIR/redirects.csv.gz when there is one, and after the
 * persons are joined:
 *   1. a person whose id was published keeps it;
 *   2. a person who shares a name (a resolution key of its name or of an
 *      alias, of two words or more) with published persons takes the id
 *      of the one it shares most names with (then the smallest id), if no
 *      other person took it first: pairs are taken most names first, then
 *      by id, so the outcome does not depend on the order of the input;
 *   3. a published id left over is redirected to the person that shares
 *      most names with it (two earlier persons now one), or withdrawn;
 *   4. the previous release's redirects are carried on, to where their
 *      targets went.
 * The redirects are written as "redirect" records (old_id, new_id,
 * reason: merged or withdrawn), sorted by old_id.
 *
 * A previous release that cannot be read, is truncated (a file that does
 * not decompress, or whose SHA-256 is not the one its SHA256SUMS lists,
 * or a file SHA256SUMS lists that is missing) or has no id, name and
 * aliases columns is an error: ids are never silently renumbered.  The
 * user starts a fresh id space explicitly, by leaving --previous out.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "buf.h"
#include "csvin.h"
#include "hmap.h"
#include "jsonl.h"
#include "msg.h"
#include "resolve.h"
#include "sha256.h"

struct claim {
	size_t prev, cur;	/* indices: a published person, a person now */
	size_t shared;		/* names they share */
};

struct prev_set {
	char **id;		/* published ids */
	size_t n;
	size_t *taken;		/* the person now that keeps it, or NONE */
};

#define NONE ((size_t)-1)

/* What a user can do when the previous release cannot be used. */
#define FRESH_HINT "; its ids cannot be kept (without --previous, or with PREVIOUS= " \
	"for make release, ids start afresh)"

/*
 * The SHA-256 that DIR/SHA256SUMS lists for file, in hex (64 digits and
 * a NUL): 1 when listed, 0 when SHA256SUMS does not list it, -1 when
 * there is no SHA256SUMS (a persons table made by hand).  Dies when
 * SHA256SUMS cannot be read.
 */
static int
listed_sum(const char *dir, const char *file, char hex[SHA256_HEX_LEN + 1])
{
	struct buf path = BUF_INIT;
	char *line = NULL;
	size_t cap = 0, fl = strlen(file);
	ssize_t n;
	FILE *fp;
	int found = 0;

	buf_addf(&path, "%s/SHA256SUMS", dir);
	if ((fp = fopen(path.data, "r")) == NULL) {
		if (errno != ENOENT)
			die("%s: cannot read the previous release: %s", path.data, strerror(errno));
		buf_release(&path);
		return -1;
	}
	while (!found && (n = getline(&line, &cap, fp)) > 0) {
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		/* "HEX  NAME" (sha256sum's text mode) or "HEX *NAME" (binary) */
		if ((size_t)n == SHA256_HEX_LEN + 2 + fl && line[SHA256_HEX_LEN] == ' ' &&
		    strcmp(line + SHA256_HEX_LEN + 2, file) == 0) {
			memcpy(hex, line, SHA256_HEX_LEN);
			hex[SHA256_HEX_LEN] = '\0';
			found = 1;
		}
	}
	if (ferror(fp))
		die("%s: cannot read the previous release: %s", path.data, strerror(errno));
	fclose(fp);
	free(line);
	buf_release(&path);
	return found;
}

/*
 * Read DIR/NAME.csv.gz into t; 0, 1 when absent and optional (and not
 * listed in SHA256SUMS), else dies; so does a file there that a
 * SHA256SUMS there does not list.  A file whose SHA-256 is not the one
 * SHA256SUMS lists is damaged, even when it still reads (a table cut at
 * a row's end and compressed again).
 */
static int
read_table(const char *dir, const char *name, int optional, struct csvin *t)
{
	struct buf path = BUF_INIT, data = BUF_INIT, file = BUF_INIT;
	char chunk[65536], want[SHA256_HEX_LEN + 1], got[SHA256_HEX_LEN + 1];
	size_t n;
	FILE *fp;
	int listed;

	buf_addf(&file, "%s.csv.gz", name);
	buf_addf(&path, "%s/%s", dir, file.data);
	listed = listed_sum(dir, file.data, want);
	if ((fp = fopen(path.data, "rb")) == NULL) {
		if (errno == ENOENT && optional && listed != 1)
			goto absent;	/* a release from before the table was made */
		die("%s: cannot read the previous release: %s" FRESH_HINT, path.data, strerror(errno));
	}
	if (listed == 0)
		die("%s/SHA256SUMS: does not list %s: the previous release is incomplete" FRESH_HINT,
		    dir, file.data);
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
		buf_add(&data, chunk, n);
	if (ferror(fp))
		die("%s: cannot read the previous release: %s", path.data, strerror(errno));
	fclose(fp);
	sha256_hex(data.data, data.len, got);
	if (listed == 1 && strcmp(want, got) != 0)
		die("%s: the previous release is damaged: its SHA-256 is not the one SHA256SUMS "
		    "lists" FRESH_HINT, path.data);
	if (csvin_read(t, path.data, data.data, data.len) < 0)
		die("%s: the previous release is damaged" FRESH_HINT, path.data);
	buf_release(&data);
	buf_release(&path);
	buf_release(&file);
	return 0;
absent:
	buf_release(&path);
	buf_release(&file);
	return 1;
}

static int
column(const struct csvin *t, const char *dir, const char *table, const char *name)
{
	int c = csvin_column(t, name);

	if (c < 0)
		die("%s/%s.csv.gz: no \"%s\" column: not a release of this schema" FRESH_HINT,
		    dir, table, name);
	return c;
}

static int
is_person_id(const char *s)
{
	size_t i;

	if (strncmp(s, "p-", 2) != 0 || strlen(s) != 14)
		return 0;
	for (i = 2; i < 14; i++)
		if (!strchr("0123456789abcdef", s[i]))
			return 0;
	return 1;
}

/* File the resolution key of name under owner in keys (name -> vec of owners). */
static void
add_key(struct hmap *keys, const char *name, size_t owner)
{
	char *k;
	struct buf *v;

	if (name == NULL || *name == '\0' || resolve_key_is_weak(name))
		return;
	if ((k = resolve_key(name)) == NULL || *k == '\0') {
		free(k);
		return;
	}
	if ((v = hmap_get(keys, k)) == NULL) {
		v = xcalloc(1, sizeof *v);
		buf_init(v);
		hmap_put(keys, k, v);
	}
	/* A list of size_t in a buf; an owner once. */
	if (v->len < sizeof owner || memcmp(v->data + v->len - sizeof owner, &owner, sizeof owner) != 0)
		buf_add(v, &owner, sizeof owner);
	free(k);
}

static void
free_buf(void *v)
{
	buf_release(v);
	free(v);
}

static int
by_claim(const void *pa, const void *pb)
{
	const struct claim *a = pa, *b = pb;

	if (a->shared != b->shared)
		return a->shared > b->shared ? -1 : 1;
	if (a->prev != b->prev)
		return a->prev < b->prev ? -1 : 1;
	return a->cur < b->cur ? -1 : a->cur > b->cur;
}

static void
add_redirect(json_t *out, const char *old_id, const char *new_id)
{
	json_t *r = json_object();

	json_object_set_new(r, "kind", json_string("redirect"));
	json_object_set_new(r, "old_id", json_string(old_id));
	json_object_set_new(r, "new_id", new_id ? json_string(new_id) : json_null());
	json_object_set_new(r, "reason", json_string(new_id ? "merged" : "withdrawn"));
	json_array_append_new(out, r);
}

static int
by_old_id(const void *a, const void *b)
{
	return strcmp(jsonl_str(*(json_t *const *)a, "old_id"),
	    jsonl_str(*(json_t *const *)b, "old_id"));
}

json_t *
resolve_previous(struct resolve_ctx *ctx, const char *dir)
{
	struct csvin persons, redirects;
	struct hmap *keys = hmap_new(), *prev_index = hmap_new(), *final = hmap_new();
	struct hmap *renamed = hmap_new(), *present = hmap_new();
	struct claim *claims = NULL;
	size_t nclaims = 0, capclaims = 0, ncur = 0, i, j, k;
	json_t **cur = NULL, *out = json_array();
	struct prev_set prev = { NULL, 0, NULL };
	int cid, cname, caliases;
	size_t *best_cur;
	char *holds;

	/* The published persons, with their names. */
	read_table(dir, "persons", 0, &persons);
	cid = column(&persons, dir, "persons", "id");
	cname = column(&persons, dir, "persons", "name");
	caliases = column(&persons, dir, "persons", "aliases");
	prev.id = xcalloc(persons.n ? persons.n : 1, sizeof *prev.id);
	for (i = 1; i < persons.n; i++) {
		const struct csvin_row *r = &persons.rows[i];
		char *al, *a, *save = NULL;

		if ((size_t)cid >= r->n || !is_person_id(r->f[cid]))
			die("%s/persons.csv.gz: row %zu: no person id", dir, i + 1);
		if (hmap_get(prev_index, r->f[cid]) != NULL)
			continue;
		prev.id[prev.n] = xstrdup(r->f[cid]);
		hmap_put(prev_index, prev.id[prev.n], (void *)(prev.n + 1));
		if ((size_t)cname < r->n)
			add_key(keys, r->f[cname], prev.n);
		al = xstrdup((size_t)caliases < r->n ? r->f[caliases] : "");
		for (a = strtok_r(al, ";", &save); a; a = strtok_r(NULL, ";", &save))
			add_key(keys, a, prev.n);
		free(al);
		prev.n++;
	}
	prev.taken = xmalloc((prev.n ? prev.n : 1) * sizeof *prev.taken);
	for (i = 0; i < prev.n; i++)
		prev.taken[i] = NONE;

	/* The persons now; one who has a published id keeps it. */
	for (i = 0; i < hmap_size(ctx->entities); i++) {
		const char *id = hmap_key_at(ctx->entities, i);
		size_t p;

		if (strncmp(id, "p-", 2) != 0 || hmap_get(ctx->gone, id) != NULL)
			continue;
		cur = xrealloc(cur, (ncur + 1) * sizeof *cur);
		cur[ncur] = hmap_value_at(ctx->entities, i);
		if ((p = (size_t)hmap_get(prev_index, id)) != 0)
			prev.taken[p - 1] = ncur;
		ncur++;
	}
	holds = xcalloc(ncur ? ncur : 1, 1);
	for (k = 0; k < prev.n; k++)
		if (prev.taken[k] != NONE)
			holds[prev.taken[k]] = 1;

	/* Who shares names with whom. */
	best_cur = xmalloc((prev.n ? prev.n : 1) * sizeof *best_cur);
	for (i = 0; i < prev.n; i++)
		best_cur[i] = NONE;
	for (i = 0; i < ncur; i++) {
		struct hmap *shared = hmap_new();
		const char *names[2] = { jsonl_str(cur[i], "name"), NULL };
		char *kk;

		for (j = 0; j <= json_array_size(json_object_get(cur[i], "aliases")); j++) {
			const struct buf *v;
			const char *nm = j == 0 ? names[0] :
			    json_string_value(json_array_get(json_object_get(cur[i], "aliases"), j - 1));

			if (nm == NULL || resolve_key_is_weak(nm) || (kk = resolve_key(nm)) == NULL)
				continue;
			if ((v = hmap_get(keys, kk)) != NULL && hmap_get(shared, kk) == NULL) {
				hmap_put(shared, kk, (void *)1);
				for (k = 0; k < v->len / sizeof(size_t); k++) {
					size_t p;

					memcpy(&p, v->data + k * sizeof p, sizeof p);
					if (nclaims == capclaims) {
						capclaims = capclaims ? 2 * capclaims : 64;
						claims = xrealloc(claims, capclaims * sizeof *claims);
					}
					claims[nclaims].prev = p;
					claims[nclaims].cur = i;
					claims[nclaims++].shared = 1;
				}
			}
			free(kk);
		}
		hmap_free(shared, NULL);
	}
	/* One claim per pair, counting the names they share. */
	if (nclaims > 1)
		qsort(claims, nclaims, sizeof *claims, by_claim);
	for (i = j = 0; i < nclaims; i++) {
		if (j > 0 && claims[j - 1].prev == claims[i].prev && claims[j - 1].cur == claims[i].cur)
			claims[j - 1].shared++;
		else
			claims[j++] = claims[i];
	}
	nclaims = j;
	if (nclaims > 1)
		qsort(claims, nclaims, sizeof *claims, by_claim);

	/* Published ids to the persons that share most names with them. */
	for (i = 0; i < nclaims; i++) {
		struct claim *c = &claims[i];

		if (best_cur[c->prev] == NONE)
			best_cur[c->prev] = c->cur;	/* the first is the best */
		if (prev.taken[c->prev] != NONE || holds[c->cur])
			continue;
		prev.taken[c->prev] = c->cur;
		holds[c->cur] = 1;
	}
	for (k = 0; k < prev.n; k++) {
		const char *was;

		if (prev.taken[k] == NONE)
			continue;
		was = jsonl_str(cur[prev.taken[k]], "id");
		if (strcmp(was, prev.id[k]) != 0)
			hmap_put(renamed, was, prev.id[k]);
	}
	/* References to a renamed person go to the published id. */
	for (i = 0; i < hmap_size(ctx->redirect); i++) {
		const char *to = hmap_get(renamed, hmap_value_at(ctx->redirect, i));

		if (to != NULL)
			free(hmap_put(ctx->redirect, hmap_key_at(ctx->redirect, i), xstrdup(to)));
	}
	for (k = 0; k < prev.n; k++) {
		const char *was;

		if (prev.taken[k] == NONE)
			continue;
		was = jsonl_str(cur[prev.taken[k]], "id");
		if (hmap_get(renamed, was) != NULL) {
			free(hmap_put(ctx->redirect, was, xstrdup(prev.id[k])));
			json_object_set_new(cur[prev.taken[k]], "id", json_string(prev.id[k]));
		}
	}

	for (i = 0; i < ncur; i++)
		hmap_put(present, jsonl_str(cur[i], "id"), (void *)1);

	/* The ids left over: merged into another person, or withdrawn. */
	for (k = 0; k < prev.n; k++) {
		const char *to = NULL;

		if (prev.taken[k] != NONE)
			to = prev.id[k];
		else if (best_cur[k] != NONE)
			to = jsonl_str(cur[best_cur[k]], "id");
		hmap_put(final, prev.id[k], (void *)(to ? to : ""));
		if (prev.taken[k] == NONE)
			add_redirect(out, prev.id[k], to);
	}
	/* The redirects published before, carried on. */
	if (read_table(dir, "redirects", 1, &redirects) == 0) {
		int co = column(&redirects, dir, "redirects", "old_id");
		int cn = column(&redirects, dir, "redirects", "new_id");

		for (i = 1; i < redirects.n; i++) {
			const struct csvin_row *r = &redirects.rows[i];
			const char *old = (size_t)co < r->n ? r->f[co] : "";
			const char *to = (size_t)cn < r->n ? r->f[cn] : "";

			/* An id that names a person again (the same name is back) is no redirect. */
			if (!is_person_id(old) || hmap_get(prev_index, old) != NULL ||
			    hmap_get(present, old) != NULL)
				continue;
			to = *to ? hmap_get(final, to) : NULL;
			add_redirect(out, old, to && *to ? to : NULL);
		}
		csvin_free(&redirects);
	}
	jsonl_array_sort(out, by_old_id);

	for (i = 0; i < prev.n; i++)
		free(prev.id[i]);
	free(prev.id);
	free(prev.taken);
	free(best_cur);
	free(holds);
	free(claims);
	free(cur);
	hmap_free(keys, free_buf);
	hmap_free(prev_index, NULL);
	hmap_free(final, NULL);
	hmap_free(renamed, NULL);
	hmap_free(present, NULL);
	csvin_free(&persons);
	return out;
}
