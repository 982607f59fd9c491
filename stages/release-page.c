/*
 * release-page.c: DIST/index.html, the release page: one static file with
 * no external asset, built from index.json's model of the release folders
 * and the tables of the newest release.
 *
 * In order: a header with the newest release's counts; every release
 * (newest first, older ones folded) with its files, sizes, checksums, rows
 * per table and what changed since the one before it (its changes.csv.gz);
 * a timeline of events per year (inline SVG) and the searchable table of
 * persons (release-page-data.c).  The style and the search script are
 * data, schema/page/page.css and page.js, inlined.  Nothing comes from the
 * clock: the date in the footer is SOURCE_DATE_EPOCH's, and absent without
 * it, so a rebuild is byte-identical.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lex.h"
#include "msg.h"
#include "release.h"

void
release_html(struct buf *out, const char *s)
{
	for (; s != NULL && *s; s++) {
		switch (*s) {
		case '&': buf_adds(out, "&amp;"); break;
		case '<': buf_adds(out, "&lt;"); break;
		case '>': buf_adds(out, "&gt;"); break;
		case '"': buf_adds(out, "&quot;"); break;
		case '\'': buf_adds(out, "&#39;"); break;
		default: buf_addc(out, *s);
		}
	}
}

/* A size people read: "537 B", "10.5 KiB", "1.2 MiB". */
static void
page_size(struct buf *out, json_int_t n)
{
	if (n < 1024)
		buf_addf(out, "%" JSON_INTEGER_FORMAT " B", n);
	else if (n < 1024 * 1024)
		buf_addf(out, "%.1f KiB", (double)n / 1024);
	else
		buf_addf(out, "%.1f MiB", (double)n / (1024 * 1024));
}

/* A file of the schema folder inlined whole; dies naming it when unreadable. */
static void
page_inline(struct buf *out, const char *name)
{
	const char *path = schema_path(name);

	if (release_slurp(path, out) != 0)
		die("%s: cannot read the release page's %s", path, name);
}

/* The rows of the table of a release, from index.json; -1 when not known. */
static json_int_t
page_rows(json_t *rel, const char *table)
{
	struct buf name = BUF_INIT;
	json_t *f = NULL, *x;
	size_t i;

	buf_addf(&name, "%s.csv.gz", table);
	json_array_foreach(json_object_get(rel, "files"), i, x)
		if (json_is_string(json_object_get(x, "name")) &&
		    strcmp(json_string_value(json_object_get(x, "name")), name.data) == 0)
			f = x;
	buf_release(&name);
	return json_is_integer(json_object_get(f, "rows")) ?
	       json_integer_value(json_object_get(f, "rows")) : -1;
}

/* The header: what the data is, and the newest release's counts. */
static void
page_header(struct buf *out, json_t *latest)
{
	static const char *const shown[] = { "persons", "events", "documents", "groups",
		"organizations", "places" };
	size_t i;

	buf_adds(out, "<header>\n<h1>captive: people held by North Korea, and North Koreans detained abroad</h1>\n"
		 "<p>An open dataset extracted from news text: persons, groups, organizations, places and "
		 "dated events, each with the source document and the sentence it came from.</p>\n");
	if (latest == NULL) {
		buf_adds(out, "<p>No release yet.</p>\n</header>\n");
		return;
	}
	buf_adds(out, "<p class=\"muted\">Latest release <b id=\"latest\">");
	release_html(out, json_string_value(json_object_get(latest, "version")));
	buf_adds(out, "</b>, schema ");
	release_html(out, json_string_value(json_object_get(latest, "schemaVersion")));
	buf_adds(out, ". Download it with <code>captive-fetch</code> (see below) or file by file.</p>\n"
		 "<ul class=\"stats\">\n");
	for (i = 0; i < sizeof(shown) / sizeof(shown[0]); i++) {
		json_int_t n = page_rows(latest, shown[i]);

		if (n >= 0)
			buf_addf(out, "<li><b id=\"count-%s\">%" JSON_INTEGER_FORMAT "</b>%s</li>\n",
				 shown[i], n, shown[i]);
	}
	buf_adds(out, "</ul>\n</header>\n");
}

/* The rows per table of a release. */
static void
page_counts(struct buf *out, json_t *rel)
{
	json_t *f;
	size_t i;

	buf_adds(out, "<table class=\"counts\"><thead><tr><th>table</th><th class=\"num\">rows</th></tr></thead><tbody>\n");
	json_array_foreach(json_object_get(rel, "files"), i, f) {
		const char *name = json_string_value(json_object_get(f, "name"));

		if (!json_is_integer(json_object_get(f, "rows")))
			continue;
		buf_adds(out, "<tr><td>");
		buf_add(out, name, strlen(name) - strlen(".csv.gz"));
		buf_addf(out, "</td><td class=\"num\">%" JSON_INTEGER_FORMAT "</td></tr>\n",
			 json_integer_value(json_object_get(f, "rows")));
	}
	buf_adds(out, "</tbody></table>\n");
}

/* The files of a release: name (a link), size, SHA-256. */
static void
page_files(struct buf *out, json_t *rel)
{
	const char *path = json_string_value(json_object_get(rel, "path"));
	json_t *f;
	size_t i;

	buf_adds(out, "<div class=\"files\"><table><thead><tr><th>file</th><th class=\"num\">size</th>"
		 "<th>SHA-256</th></tr></thead><tbody>\n");
	json_array_foreach(json_object_get(rel, "files"), i, f) {
		const char *name = json_string_value(json_object_get(f, "name"));
		json_int_t bytes = json_integer_value(json_object_get(f, "bytes"));

		buf_adds(out, "<tr><td><a href=\"");
		release_html(out, path);
		release_html(out, name);
		buf_adds(out, "\">");
		release_html(out, name);
		buf_addf(out, "</a></td><td class=\"num\" title=\"%" JSON_INTEGER_FORMAT " bytes\">", bytes);
		page_size(out, bytes);
		buf_adds(out, "</td><td class=\"sum\">");
		release_html(out, json_string_value(json_object_get(f, "sha256")));
		buf_adds(out, "</td></tr>\n");
	}
	buf_adds(out, "</tbody></table></div>\n");
}

/* One release: a section, folded (details) unless it is the newest. */
static void
page_release(struct buf *out, const char *dist, json_t *rel, json_t *older, int newest)
{
	const char *v = json_string_value(json_object_get(rel, "version"));

	buf_adds(out, newest ? "<section class=\"release\" id=\"v-" : "<details class=\"release\" id=\"v-");
	release_html(out, v);
	buf_adds(out, newest ? "\">\n<h3>captive " : "\">\n<summary>captive ");
	release_html(out, v);
	buf_adds(out, newest ? "</h3>\n" : "</summary>\n");
	buf_adds(out, "<p class=\"muted\">Schema ");
	release_html(out, json_string_value(json_object_get(rel, "schemaVersion")) ?
		      json_string_value(json_object_get(rel, "schemaVersion")) : "(none)");
	buf_addf(out, ", %zu files, ", json_array_size(json_object_get(rel, "files")));
	page_size(out, json_integer_value(json_object_get(rel, "bytes")));
	buf_adds(out, ". <code>captive-fetch URL/");
	release_html(out, json_string_value(json_object_get(rel, "path")));
	buf_adds(out, "</code> downloads and verifies it.</p>\n<h4>What changed</h4>\n");
	release_page_changes(out, dist, rel, older);
	buf_adds(out, "<h4>Rows per table</h4>\n");
	page_counts(out, rel);
	buf_adds(out, "<h4>Files</h4>\n");
	page_files(out, rel);
	buf_adds(out, newest ? "</section>\n" : "</details>\n");
}

void
release_page(struct buf *out, json_t *index, const char *dist)
{
	json_t *rels = json_object_get(index, "releases");
	json_t *latest = json_array_get(rels, 0), *rel;
	char date[11];
	size_t i;

	buf_adds(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
		 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
		 "<title>captive releases</title>\n<style>\n");
	page_inline(out, "page/page.css");
	buf_adds(out, "</style>\n</head>\n<body>\n");
	page_header(out, latest);
	buf_adds(out, "<main>\n");
	if (latest != NULL) {
		release_page_timeline(out, dist, latest);
		release_page_persons(out, dist, latest);
	}
	buf_adds(out, "<h2 id=\"releases\">Releases</h2>\n"
		 "<p>Each release is a folder of gzip-compressed CSV tables, nested JSON and XML, "
		 "a Data Package description and a codebook; <code>SHA256SUMS</code> checks it "
		 "(<code>sha256sum -c SHA256SUMS</code>), <a href=\"index.json\">index.json</a> "
		 "lists it for programs.</p>\n");
	json_array_foreach(rels, i, rel)
		page_release(out, dist, rel, json_array_get(rels, i + 1), i == 0);
	buf_adds(out, "</main>\n<footer class=\"muted\"><p>Built by captive-release");
	if (release_build_date(date))
		buf_addf(out, " on %s", date);
	buf_adds(out, ". Data licensed CC BY 4.0; the quoted sentences remain their authors'.</p></footer>\n<script>\n");
	page_inline(out, "page/page.js");
	buf_adds(out, "</script>\n</body>\n</html>\n");
}
