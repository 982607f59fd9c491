/*
 * release-page-data.c: the parts of the release page drawn from the
 * newest release's tables: the timeline of events per year (inline SVG),
 * and the table of persons with their events, dates, countries and the
 * sentence each came from, linked to its source.  Reads its persons,
 * events, event_participants and documents whole (csvin).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "hmap.h"
#include "msg.h"
#include "release.h"

int
release_page_load(struct csvin *t, const char *dist, json_t *rel, const char *table)
{
	struct buf path = BUF_INIT, b = BUF_INIT;
	int ret = -1;

	memset(t, 0, sizeof(*t));
	if (rel == NULL)
		return -1;
	buf_addf(&path, "%s/%s%s.csv.gz", dist, json_string_value(json_object_get(rel, "path")),
		 table);
	if (release_slurp(path.data, &b) == 0)
		ret = csvin_read(t, path.data, b.data, b.len);
	if (ret != 0)
		csvin_free(t);
	buf_release(&path);
	buf_release(&b);
	return ret;
}

struct hmap *
release_page_by(const struct csvin *t, const char *col)
{
	struct hmap *m = hmap_new();
	size_t i;

	for (i = 1; i < t->n; i++)
		hmap_put(m, release_cell_of(t, &t->rows[i], col), &t->rows[i]);
	return m;
}

/* The year an event's date starts with (ISO 8601 / EDTF), or -1. */
static int
data_year(const char *date)
{
	int i;

	for (i = 0; i < 4; i++)
		if (date[i] < '0' || date[i] > '9')
			return -1;
	return (date[0] - '0') * 1000 + (date[1] - '0') * 100 + (date[2] - '0') * 10 + (date[3] - '0');
}

/* The SVG's frame (viewBox units): bars on a plot SVG_PLOT high. */
enum { SVG_W = 800, SVG_H = 200, SVG_LEFT = 10, SVG_TOP = 24, SVG_PLOT = 140, SVG_YEAR_W = 70,
	SVG_YEARS_MAX = 200 };

void
release_page_timeline(struct buf *out, const char *dist, json_t *rel)
{
	struct csvin ev;
	int lo = 9999, hi = -1, y, step, max = 0, *per;
	size_t i, undated = 0, n;
	double w, x0;

	buf_adds(out, "<h2 id=\"timeline\">Events per year</h2>\n");
	if (release_page_load(&ev, dist, rel, "events") != 0) {
		buf_adds(out, "<p>No events table.</p>\n");
		return;
	}
	for (i = 1; i < ev.n; i++) {
		y = data_year(release_cell_of(&ev, &ev.rows[i], "date"));
		if (y < 0) {
			undated++;
			continue;
		}
		lo = y < lo ? y : lo;
		hi = y > hi ? y : hi;
	}
	if (hi < 0) {
		buf_addf(out, "<p>No dated event (%zu undated).</p>\n", undated);
		csvin_free(&ev);
		return;
	}
	if (hi - lo + 1 > SVG_YEARS_MAX)
		lo = hi - SVG_YEARS_MAX + 1;	/* the latest two centuries */
	n = (size_t)(hi - lo + 1);
	per = xcalloc(n, sizeof(*per));
	for (i = 1; i < ev.n; i++)
		if ((y = data_year(release_cell_of(&ev, &ev.rows[i], "date"))) >= lo)
			max = ++per[y - lo] > max ? per[y - lo] : max;
	step = (int)(n + 11) / 12;	/* about a dozen year labels */
	buf_addf(out, "<svg class=\"timeline\" viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"tl-title\">"
		 "<title id=\"tl-title\">Dated events per year, %d to %d</title>\n", SVG_W, SVG_H, lo, hi);
	buf_addf(out, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>\n", SVG_LEFT,
		 SVG_TOP + SVG_PLOT, SVG_W - SVG_LEFT, SVG_TOP + SVG_PLOT);
	/* A year is at most SVG_YEAR_W wide: a few years stand in the middle. */
	w = (double)(SVG_W - 2 * SVG_LEFT) / (double)n;
	w = w > SVG_YEAR_W ? SVG_YEAR_W : w;
	x0 = (SVG_W - w * (double)n) / 2;
	for (i = 0; i < n; i++) {
		double x = x0 + w * (double)i, h = (double)SVG_PLOT * per[i] / max;

		if (per[i] > 0) {
			buf_addf(out, "<rect class=\"bar\" data-year=\"%d\" data-count=\"%d\" x=\"%.1f\" y=\"%.1f\" "
				 "width=\"%.1f\" height=\"%.1f\"><title>%d: %d event%s</title></rect>\n",
				 lo + (int)i, per[i], x + w * 0.1, SVG_TOP + SVG_PLOT - h, w * 0.8, h,
				 lo + (int)i, per[i], per[i] == 1 ? "" : "s");
			buf_addf(out, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%d</text>\n",
				 x + w / 2, SVG_TOP + SVG_PLOT - h - 6, per[i]);
		}
		if (i % (size_t)step == 0 || i == n - 1)
			buf_addf(out, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>\n",
				 x + w / 2, SVG_TOP + SVG_PLOT + 22, lo + (int)i);
	}
	buf_adds(out, "</svg>\n");
	buf_addf(out, "<p class=\"muted\">Events by the year their date starts in; "
		 "<span id=\"undated\">%zu</span> event%s without a known year.</p>\n",
		 undated, undated == 1 ? "" : "s");
	free(per);
	csvin_free(&ev);
}

/* http(s) only: a source that is a file name, or anything else, is no link. */
static int
data_is_web(const char *s)
{
	return strncmp(s, "https://", 8) == 0 || strncmp(s, "http://", 7) == 0;
}

/* One event of a person: what, when, where, the sentence and its source. */
static void
data_event(struct buf *out, const struct csvin *ev, const struct csvin_row *e,
	   const struct csvin *docs, struct hmap *doc_by_id, const char *role)
{
	const struct csvin_row *d = hmap_get(doc_by_id, release_cell_of(ev, e, "document_id"));
	const char *v;

	buf_adds(out, "<div class=\"event\"><span class=\"what\">");
	release_html(out, release_cell_of(ev, e, "type"));
	buf_adds(out, "</span>");
	if (*(v = release_cell_of(ev, e, "date"))) {
		buf_adds(out, " <time>");
		release_html(out, v);
		buf_adds(out, "</time>");
	}
	if (*(v = release_cell_of(ev, e, "place")) || *release_cell_of(ev, e, "country")) {
		buf_adds(out, " · ");
		release_html(out, v);
		if (*v && *release_cell_of(ev, e, "country"))
			buf_adds(out, ", ");
		release_html(out, release_cell_of(ev, e, "country"));
	}
	if (*role && strcmp(role, "victim") != 0) {
		buf_adds(out, " <span class=\"tag\">");
		release_html(out, role);
		buf_adds(out, "</span>");
	}
	buf_adds(out, "<blockquote>");
	release_html(out, release_cell_of(ev, e, "evidence"));
	buf_adds(out, "<br>— ");
	v = d != NULL ? release_cell_of(docs, d, "source") : "";
	if (data_is_web(v)) {
		buf_adds(out, "<a href=\"");
		release_html(out, v);
		buf_adds(out, "\">");
	}
	release_html(out, d != NULL && *release_cell_of(docs, d, "title") ?
		      release_cell_of(docs, d, "title") : v);
	buf_adds(out, data_is_web(v) ? "</a>" : "");
	if (d != NULL && !data_is_web(v)) {
		buf_adds(out, " <span class=\"muted\">(");
		release_html(out, v);
		buf_adds(out, ")</span>");
	}
	buf_adds(out, "</blockquote></div>\n");
}

/* A ;-separated list cell as tags. */
static void
data_tags(struct buf *out, const char *list)
{
	size_t n;

	while (*list) {
		n = strcspn(list, ";");
		char *one = xstrndup(list, n);

		buf_adds(out, "<span class=\"tag\">");
		release_html(out, one);
		buf_adds(out, "</span>");
		free(one);
		list += n + (list[n] == ';');
	}
}

/* The rows of a table that share a key: indexes into its rows. */
struct data_rows {
	size_t *v;
	size_t n;
};

static void
data_rows_free(void *p)
{
	struct data_rows *r = p;

	free(r->v);
	free(r);
}

/* The rows of t grouped by column col: a map to struct data_rows (owned). */
static struct hmap *
data_group(const struct csvin *t, const char *col)
{
	struct hmap *m = hmap_new();
	struct data_rows *r;
	size_t i;

	for (i = 1; i < t->n; i++) {
		const char *key = release_cell_of(t, &t->rows[i], col);

		if ((r = hmap_get(m, key)) == NULL) {
			r = xcalloc(1, sizeof(*r));
			hmap_put(m, key, r);
		}
		r->v = xrealloc(r->v, (r->n + 1) * sizeof(*r->v));
		r->v[r->n++] = i;
	}
	return m;
}

static const struct csvin *data_sort_table;

static int
data_cmp_name(const void *a, const void *b)
{
	const struct csvin_row *ra = *(const struct csvin_row *const *)a;
	const struct csvin_row *rb = *(const struct csvin_row *const *)b;
	int c = strcmp(release_cell_of(data_sort_table, ra, "name"),
		       release_cell_of(data_sort_table, rb, "name"));

	return c ? c : strcmp(ra->f[0], rb->f[0]);
}

void
release_page_persons(struct buf *out, const char *dist, json_t *rel)
{
	struct csvin pe, ev, pa, docs;
	struct hmap *ev_by_id, *doc_by_id, *parts_of;
	const struct csvin_row **rows;
	size_t i, j, n = 0;

	buf_adds(out, "<h2 id=\"persons-title\">Persons and their events</h2>\n");
	if (release_page_load(&pe, dist, rel, "persons") != 0) {
		buf_adds(out, "<p>No persons table.</p>\n");
		return;
	}
	release_page_load(&ev, dist, rel, "events");
	release_page_load(&pa, dist, rel, "event_participants");
	release_page_load(&docs, dist, rel, "documents");
	ev_by_id = release_page_by(&ev, "id");
	doc_by_id = release_page_by(&docs, "id");
	parts_of = data_group(&pa, "participant_id");
	rows = xcalloc(pe.n + 1, sizeof(*rows));
	for (i = 1; i < pe.n; i++)
		rows[n++] = &pe.rows[i];
	data_sort_table = &pe;
	qsort(rows, n, sizeof(*rows), data_cmp_name);

	buf_addf(out, "<label for=\"search\">Search the persons (name, role, country, event, words of "
		 "the sentence):</label>\n<input id=\"search\" type=\"search\" autocomplete=\"off\" "
		 "placeholder=\"e.g. missionary, arrest, 2019\">\n<p class=\"muted\"><span id=\"shown\">%zu"
		 "</span> of <span id=\"total\">%zu</span> persons shown.</p>\n", n, n);
	buf_adds(out, "<table id=\"persons\"><thead><tr><th>person</th><th>roles, nationality, status</th>"
		 "<th>events, with the sentence each came from and its source</th></tr></thead><tbody>\n");
	for (i = 0; i < n; i++) {
		const struct csvin_row *p = rows[i];
		const char *id = release_cell_of(&pe, p, "id");
		struct data_rows *mine = hmap_get(parts_of, id);
		size_t shown = 0;

		buf_adds(out, "<tr data-id=\"");
		release_html(out, id);
		buf_adds(out, "\"><td data-label=\"person\"><b class=\"name\">");
		release_html(out, release_cell_of(&pe, p, "name"));
		buf_adds(out, "</b>");
		if (*release_cell_of(&pe, p, "aliases")) {
			buf_adds(out, "<br><span class=\"muted\">also ");
			release_html(out, release_cell_of(&pe, p, "aliases"));
			buf_adds(out, "</span>");
		}
		buf_adds(out, "<br><code>");
		release_html(out, id);
		buf_adds(out, "</code></td><td data-label=\"roles\">");
		data_tags(out, release_cell_of(&pe, p, "roles"));
		data_tags(out, release_cell_of(&pe, p, "nationality"));
		data_tags(out, release_cell_of(&pe, p, "status"));
		buf_adds(out, "</td><td data-label=\"events\">");
		for (j = 0; mine != NULL && j < mine->n; j++) {
			const struct csvin_row *a = &pa.rows[mine->v[j]];
			const struct csvin_row *e = hmap_get(ev_by_id, release_cell_of(&pa, a, "event_id"));

			if (e == NULL)
				continue;
			data_event(out, &ev, e, &docs, doc_by_id, release_cell_of(&pa, a, "role"));
			shown++;
		}
		if (shown == 0)
			buf_adds(out, "<span class=\"muted\">No event recorded.</span>");
		buf_adds(out, "</td></tr>\n");
	}
	buf_adds(out, "</tbody></table>\n");
	free(rows);
	hmap_free(ev_by_id, NULL);
	hmap_free(doc_by_id, NULL);
	hmap_free(parts_of, data_rows_free);
	csvin_free(&pe);
	csvin_free(&ev);
	csvin_free(&pa);
	csvin_free(&docs);
}
