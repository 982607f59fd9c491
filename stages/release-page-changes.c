/*
 * release-page-changes.c: what changed in a release, for its section of
 * the release page: rows added, removed and changed per table (from its
 * changes.csv.gz; a changed row counted once however many columns
 * changed), and the persons among them by name, from either release's
 * persons table.
 */
#include <stdlib.h>
#include <string.h>
#include "hmap.h"
#include "msg.h"
#include "release.h"

/* The most changed rows a release's section names one by one. */
#define PAGE_CHANGES_LISTED 50

/* A person's name from either release's persons (by their id), or NULL. */
static const char *
data_name(struct hmap *cur, struct hmap *old, const struct csvin *tc,
	  const struct csvin *to, const char *id)
{
	struct csvin_row *r = hmap_get(cur, id);

	if (r != NULL)
		return release_cell_of(tc, r, "name");
	r = hmap_get(old, id);
	return r != NULL ? release_cell_of(to, r, "name") : NULL;
}

void
release_page_changes(struct buf *out, const char *dist, json_t *rel, json_t *older)
{
	static const char *const kinds[] = { "added", "removed", "changed" };
	struct csvin ch, pc, po;
	struct hmap *cur, *old;
	struct { const char *table; size_t n[3]; } *counts = NULL;
	size_t i, j, k, nc = 0, listed = 0;

	if (older == NULL) {
		buf_adds(out, "<p>First release.</p>\n");
		return;
	}
	if (release_page_load(&ch, dist, rel, "changes") != 0) {
		buf_adds(out, "<p>This release has no changes.csv.gz; its CHANGES.md says what changed.</p>\n");
		return;
	}
	/* Counts per table (in order of first appearance) and change. */
	for (i = 1; i < ch.n; i++) {
		const char *t = release_cell_of(&ch, &ch.rows[i], "table");
		const char *c = release_cell_of(&ch, &ch.rows[i], "change");

		/* A changed row has a line per column: count it once. */
		if (strcmp(c, "changed") == 0 && i > 1 &&
		    strcmp(release_cell_of(&ch, &ch.rows[i - 1], "id"),
			   release_cell_of(&ch, &ch.rows[i], "id")) == 0)
			continue;
		for (k = 0; k < nc && strcmp(counts[k].table, t) != 0; k++)
			;
		if (k == nc) {
			counts = xrealloc(counts, (nc + 1) * sizeof(*counts));
			memset(&counts[nc], 0, sizeof(*counts));
			counts[nc++].table = t;
		}
		for (j = 0; j < 3; j++)
			if (strcmp(c, kinds[j]) == 0)
				counts[k].n[j]++;
	}
	buf_adds(out, "<p>Since ");
	release_html(out, json_string_value(json_object_get(older, "version")));
	buf_adds(out, ":</p>\n<table class=\"changes\"><thead><tr><th>table</th><th class=\"num\">added</th>"
		 "<th class=\"num\">removed</th><th class=\"num\">changed</th></tr></thead><tbody>\n");
	for (k = 0; k < nc; k++) {
		buf_adds(out, "<tr><td>");
		release_html(out, counts[k].table);
		buf_addf(out, "</td><td class=\"num\">%zu</td><td class=\"num\">%zu</td>"
			 "<td class=\"num\">%zu</td></tr>\n", counts[k].n[0], counts[k].n[1],
			 counts[k].n[2]);
	}
	if (nc == 0)
		buf_adds(out, "<tr><td colspan=\"4\">No row added, removed or changed.</td></tr>\n");
	buf_adds(out, "</tbody></table>\n");

	/* The persons, by name where a release has it. */
	release_page_load(&pc, dist, rel, "persons");
	release_page_load(&po, dist, older, "persons");
	cur = release_page_by(&pc, "id");
	old = release_page_by(&po, "id");
	for (i = 1; i < ch.n; i++) {
		const char *id = release_cell_of(&ch, &ch.rows[i], "id");
		const char *name = data_name(cur, old, &pc, &po, id);

		if (strcmp(release_cell_of(&ch, &ch.rows[i], "table"), "persons") != 0)
			continue;
		if (listed == 0)
			buf_adds(out, "<ul class=\"person-changes\">\n");
		if (listed++ == PAGE_CHANGES_LISTED)
			break;
		buf_adds(out, "<li>");
		release_html(out, release_cell_of(&ch, &ch.rows[i], "change"));
		buf_adds(out, " <code>");
		release_html(out, id);
		buf_adds(out, "</code> ");
		release_html(out, name);
		if (*release_cell_of(&ch, &ch.rows[i], "field")) {
			buf_adds(out, ": ");
			release_html(out, release_cell_of(&ch, &ch.rows[i], "field"));
		}
		buf_adds(out, "</li>\n");
	}
	if (listed > PAGE_CHANGES_LISTED)
		buf_adds(out, "<li>… and more: see changes.csv.gz</li>\n");
	if (listed > 0)
		buf_adds(out, "</ul>\n");
	free(counts);
	hmap_free(cur, NULL);
	hmap_free(old, NULL);
	csvin_free(&ch);
	csvin_free(&pc);
	csvin_free(&po);
}
