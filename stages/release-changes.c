/*
 * release-changes.c: what changed since the previous release, row by row.
 *
 * Every table keyed by id (primaryKey ["id"] in tables.json: documents,
 * persons, groups, organizations, places, events) is compared with the
 * previous release's by id: an id only in the old table was removed, an id
 * only in the new one added, an id in both whose cells differ changed, in
 * the columns that differ.  Columns that only one release has are not
 * compared, so an added column does not make every row "changed".
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
static size_t
changes_cells(const struct csvin *old, const struct csvin_row *ro,
	      const struct csvin *cur, const struct csvin_row *rc,
	      struct release_cell **v)
{
	size_t j, n = 0;

	*v = xcalloc(rc->n + 1, sizeof(**v));
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
	return n;
}

void
release_diff(const struct csvin *old, const struct csvin *cur, release_diff_fn *each, void *arg)
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
			size_t n = changes_cells(old, a[i], cur, b[j], &v);

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
		release_diff(ri->prev_csv[i], &ri->csv[i], changes_csv_row, &cc);
	}
	gzout_compress(out, csv.data, csv.len);
	free(head);
	buf_release(&csv);
}
