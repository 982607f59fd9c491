/*
 * release-changes.c: what changed since the previous release, row by row.
 *
 * Every table keyed by id (primaryKey ["id"] in tables.json: documents,
 * persons, groups, organizations, places, events) is compared with the
 * previous release's by id: an id only in the old table was removed, an id
 * only in the new one added, an id in both whose cells differ changed, in
 * the columns that differ.  Columns that only one release has are not
 * compared, so an added column does not make every row "changed".  A table
 * nested in another (tables.json's x-nested and x-parent: the participants
 * of an event) counts as one more column of its parent, named after the
 * nesting ("participants"): its rows' other cells, "p-…:victim", sorted and
 * ;-separated, so that a victim added to an event changes the event.
 *
 * Two outputs: changes.csv.gz (schema/changes.json: table, id, change,
 * field, previous, current) for scripts, and the Markdown lists of
 * CHANGES.md for people.  Both in id order (strcmp), so they are the same
 * on every rebuild.
 */
#include <stdlib.h>
#include <string.h>
#include "csvout.h"
#include "gzout.h"
#include "hmap.h"
#include "msg.h"
#include "release.h"

static int changes_sort_col;

static int
changes_cmp_row(const void *a, const void *b)
{
	const struct csvin_row *ra = *(const struct csvin_row *const *)a;
	const struct csvin_row *rb = *(const struct csvin_row *const *)b;

	return strcmp(ra->f[changes_sort_col], rb->f[changes_sort_col]);
}

/*
 * The data rows of t (NULL: none) that have column col, sorted by it.
 * The rows are borrowed from t; caller frees the array.
 */
static const struct csvin_row **
changes_sorted(const struct csvin *t, int col, size_t *n)
{
	const struct csvin_row **v;
	size_t i;

	*n = 0;
	v = xcalloc(t != NULL && t->n > 0 ? t->n : 1, sizeof(*v));
	for (i = 1; t != NULL && col >= 0 && i < t->n; i++)
		if ((size_t)col < t->rows[i].n)
			v[(*n)++] = &t->rows[i];
	changes_sort_col = col;
	if (*n > 1)
		qsort(v, *n, sizeof(*v), changes_cmp_row);
	return v;
}

const char *
release_cell_of(const struct csvin *t, const struct csvin_row *r, const char *name)
{
	int c = csvin_column(t, name);

	return c >= 0 && (size_t)c < r->n ? r->f[c] : "";
}

/*
 * The cells of two rows of one id that differ, in cur's column order;
 * returns how many, *v (caller frees) borrows from the tables.
 */
/* A nested table as a column of its parent: parent id -> its rows (owned). */
struct changes_nested {
	const char *field;
	struct hmap *old, *cur;
};

static size_t
changes_cells(const struct csvin *old, const struct csvin_row *ro,
	      const struct csvin *cur, const struct csvin_row *rc,
	      const struct changes_nested *nest, size_t nn, struct release_cell **v)
{
	const char *id = release_cell_of(cur, rc, "id");
	size_t j, n = 0;

	*v = xcalloc(rc->n + nn + 1, sizeof(**v));
	for (j = 0; j < cur->rows[0].n && j < rc->n; j++) {
		const char *col = cur->rows[0].f[j];
		int k = csvin_column(old, col);

		if (k < 0 || (size_t)k >= ro->n || strcmp(ro->f[k], rc->f[j]) == 0)
			continue;
		(*v)[n].col = col;
		(*v)[n].old = ro->f[k];
		(*v)[n].cur = rc->f[j];
		n++;
	}
	for (j = 0; j < nn; j++) {
		const char *o = hmap_get(nest[j].old, id), *c = hmap_get(nest[j].cur, id);

		if (strcmp(o ? o : "", c ? c : "") == 0)
			continue;
		(*v)[n].col = nest[j].field;
		(*v)[n].old = o ? o : "";
		(*v)[n].cur = c ? c : "";
		n++;
	}
	return n;
}

static void
changes_diff(const struct csvin *old, const struct csvin *cur, const struct changes_nested *nest,
	     size_t nn, release_diff_fn *each, void *arg)
{
	int io = old != NULL ? csvin_column(old, "id") : -1;
	int ic = csvin_column(cur, "id");
	const struct csvin_row **a, **b;
	size_t na, nb, i = 0, j = 0;

	a = changes_sorted(old, io, &na);
	b = changes_sorted(cur, ic, &nb);
	while (i < na || j < nb) {
		int c = i == na ? 1 : j == nb ? -1 : strcmp(a[i]->f[io], b[j]->f[ic]);

		if (c < 0) {
			each(arg, RELEASE_REMOVED, old, a[i++], NULL, 0);
		} else if (c > 0) {
			each(arg, RELEASE_ADDED, cur, b[j++], NULL, 0);
		} else {
			struct release_cell *v;
			size_t n = changes_cells(old, a[i], cur, b[j], nest, nn, &v);

			if (n > 0)
				each(arg, RELEASE_CHANGED, cur, b[j], v, n);
			free(v);
			i++;
			j++;
		}
	}
	free(a);
	free(b);
}

static int
changes_cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * The rows of t (NULL: none) by their column parent: parent id -> the
 * row's other cells joined by ':', the rows sorted and joined by ';'.
 * Caller frees with hmap_free(m, free).
 */
static struct hmap *
changes_nested_map(const struct csvin *t, const char *parent)
{
	struct hmap *lists = hmap_new(), *m = hmap_new();
	struct buf item = BUF_INIT;
	int pc = t != NULL ? csvin_column(t, parent) : -1;
	size_t i, j;

	for (i = 1; pc >= 0 && i < t->n; i++) {
		const struct csvin_row *r = &t->rows[i];
		struct buf *list;

		if ((size_t)pc >= r->n)
			continue;
		buf_reset(&item);
		for (j = 0; j < r->n; j++)
			if (j != (size_t)pc)
				buf_addf(&item, "%s%s", item.len ? ":" : "", r->f[j]);
		if ((list = hmap_get(lists, r->f[pc])) == NULL) {
			list = xcalloc(1, sizeof(*list));
			buf_init(list);
			hmap_put(lists, r->f[pc], list);
		}
		/* NUL-separated while collecting, sorted below. */
		buf_add(list, item.data, item.len + 1);
	}
	for (i = 0; i < hmap_size(lists); i++) {
		struct buf *list = hmap_value_at(lists, i), joined = BUF_INIT;
		char **v = NULL, *p;
		size_t n = 0;

		for (p = list->data; p < list->data + list->len; p += strlen(p) + 1) {
			v = xrealloc(v, (n + 1) * sizeof(*v));
			v[n++] = p;
		}
		qsort(v, n, sizeof(*v), changes_cmp_str);
		for (j = 0; j < n; j++)
			buf_addf(&joined, "%s%s", j ? ";" : "", v[j]);
		hmap_put(m, hmap_key_at(lists, i), buf_detach(&joined, NULL));
		free(v);
		buf_release(list);
		free(list);
	}
	hmap_free(lists, NULL);
	buf_release(&item);
	return m;
}

/*
 * The tables nested in table i (same x-record, an x-parent column naming
 * its "id"), both releases' rows mapped; returns how many, *out to free
 * with changes_nested_free.
 */
static size_t
changes_nested_of(const struct release_info *ri, size_t i, struct changes_nested **out)
{
	json_t *tables = json_object_get(ri->tables, "tables");
	json_t *parent = json_array_get(tables, i), *t, *v;
	const char *rec = json_string_value(json_object_get(parent, "x-record")), *col;
	size_t j, n = 0;

	*out = NULL;
	json_array_foreach(tables, j, t) {
		const char *field = json_string_value(json_object_get(t, "x-nested"));

		if (j == i || rec == NULL || field == NULL || ri->prev_csv[j] == NULL ||
		    !json_is_string(json_object_get(t, "x-record")) ||
		    strcmp(json_string_value(json_object_get(t, "x-record")), rec) != 0)
			continue;
		json_object_foreach(json_object_get(t, "x-parent"), col, v) {
			if (!json_is_string(v) || strcmp(json_string_value(v), "id") != 0)
				continue;
			*out = xrealloc(*out, (n + 1) * sizeof(**out));
			(*out)[n].field = field;
			(*out)[n].old = changes_nested_map(ri->prev_csv[j], col);
			(*out)[n].cur = changes_nested_map(&ri->csv[j], col);
			n++;
		}
	}
	return n;
}

static void
changes_nested_free(struct changes_nested *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		hmap_free(v[i].old, free);
		hmap_free(v[i].cur, free);
	}
	free(v);
}

void
release_diff_table(const struct release_info *ri, size_t i, release_diff_fn *each, void *arg)
{
	struct changes_nested *nest;
	size_t nn = changes_nested_of(ri, i, &nest);

	changes_diff(ri->prev_csv[i], &ri->csv[i], nest, nn, each, arg);
	changes_nested_free(nest, nn);
}

/* The CSV rows of one table's changes. */
struct changes_csv {
	struct buf *out;
	const char *table;
};

static const char *const changes_what[] = { "added", "removed", "changed" };

static void
changes_csv_row(void *arg, enum release_change what, const struct csvin *t,
		const struct csvin_row *r, const struct release_cell *cells, size_t ncells)
{
	struct changes_csv *cc = arg;
	const char *f[6];
	size_t k;

	f[0] = cc->table;
	f[1] = release_cell_of(t, r, "id");
	f[2] = changes_what[what];
	f[3] = f[4] = f[5] = "";
	if (ncells == 0)
		csvout_row(cc->out, f, 6);
	for (k = 0; k < ncells; k++) {
		f[3] = cells[k].col;
		f[4] = cells[k].old;
		f[5] = cells[k].cur;
		csvout_row(cc->out, f, 6);
	}
}

/* A table whose primary key is the one column "id". */
static int
changes_keyed_by_id(json_t *table)
{
	json_t *pk = json_object_get(json_object_get(table, "schema"), "primaryKey");

	return json_array_size(pk) == 1 &&
	       json_is_string(json_array_get(pk, 0)) &&
	       strcmp(json_string_value(json_array_get(pk, 0)), "id") == 0;
}

void
release_changes_csv(struct buf *out, const struct release_info *ri, json_t *changes_table)
{
	json_t *fields = json_object_get(json_object_get(changes_table, "schema"), "fields");
	struct buf csv = BUF_INIT;
	const char **head;
	json_t *t, *f;
	size_t i;

	head = xcalloc(json_array_size(fields) + 1, sizeof(*head));
	json_array_foreach(fields, i, f)
		head[i] = json_string_value(json_object_get(f, "name"));
	if (json_array_size(fields) != 6)
		die("changes.json: the changes table has 6 columns, not %zu",
		    json_array_size(fields));
	csvout_row(&csv, head, 6);
	json_array_foreach(json_object_get(ri->tables, "tables"), i, t) {
		struct changes_csv cc;

		if (ri->prev_version == NULL || !changes_keyed_by_id(t))
			continue;
		cc.out = &csv;
		cc.table = json_string_value(json_object_get(t, "name"));
		/* A table new in this release: every row of it is added. */
		release_diff_table(ri, i, changes_csv_row, &cc);
	}
	gzout_compress(out, csv.data, csv.len);
	free(head);
	buf_release(&csv);
}
