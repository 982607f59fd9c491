/*
 * release-docs.c: the files captive-release writes about the data:
 * datapackage.json, the README.md codebook, LICENSE, CITATION.cff and
 * CHANGES.md.  Everything comes from tables.json, the tables' rows and the
 * previous release; nothing from the clock, so a rebuild is byte-identical.
 * The one date, CITATION.cff's date-released, is written only when
 * SOURCE_DATE_EPOCH gives it.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "msg.h"
#include "release.h"
#include "sha256.h"

#define RELEASE_TITLE "captive: people held by North Korea, and North Koreans detained abroad"
#define RELEASE_LICENSE_URL "https://creativecommons.org/licenses/by/4.0/"

/* Rows of a table read back, without its header. */
static size_t
docs_rows(const struct csvin *t)
{
	return t && t->n > 0 ? t->n - 1 : 0;
}

/* A deep copy of v without the members whose names start with "x-". */
static json_t *
docs_strip_x(json_t *v)
{
	const char *key;
	json_t *x, *copy;
	size_t i;

	if (json_is_object(v)) {
		copy = json_object();
		json_object_foreach(v, key, x)
			if (strncmp(key, "x-", 2) != 0)
				json_object_set_new(copy, key, docs_strip_x(x));
		return copy;
	}
	if (json_is_array(v)) {
		copy = json_array();
		json_array_foreach(v, i, x)
			json_array_append_new(copy, docs_strip_x(x));
		return copy;
	}
	return json_deep_copy(v);
}

void
release_dump_json(struct buf *out, json_t *v)
{
	char *s = json_dumps(v, JSON_INDENT(2) | JSON_PRESERVE_ORDER);

	if (s == NULL)
		die("cannot write JSON");
	buf_adds(out, s);
	buf_addc(out, '\n');
	free(s);
}

void
release_datapackage(struct buf *out, const struct release_info *ri,
		    const struct release_files *fs)
{
	json_t *dp = json_object(), *res = json_array(), *t;
	size_t i;

	json_object_set_new(dp, "$schema", json_string("https://datapackage.org/profiles/2.0/datapackage.json"));
	json_object_set_new(dp, "name", json_string("captive"));
	json_object_set_new(dp, "title", json_string(RELEASE_TITLE));
	json_object_set_new(dp, "description", json_string(
		"People held by North Korea (detainees, abductees, prisoners of war) and "
		"North Koreans detained abroad, extracted from news text: persons, groups, "
		"organizations, places, dated events with their participants, each with the "
		"source document and the quoted sentence behind it. See README.md."));
	json_object_set_new(dp, "version", json_string(ri->version));
	/* Custom property (allowed by the spec): the data model's version. */
	json_object_set_new(dp, "schemaVersion", json_string(ri->schema_version));
	json_object_set_new(dp, "licenses", json_pack("[{s:s, s:s, s:s}]",
		"name", "CC-BY-4.0", "path", RELEASE_LICENSE_URL,
		"title", "Creative Commons Attribution 4.0 International"));
	json_object_set_new(dp, "keywords", json_pack("[s,s,s,s]", "North Korea",
		"detention", "abduction", "human rights"));
	json_array_foreach(json_object_get(ri->tables, "tables"), i, t) {
		const char *name = json_string_value(json_object_get(t, "name"));
		struct buf path = BUF_INIT;
		const struct release_file *f;
		char hex[SHA256_HEX_LEN + 1];
		json_t *r = json_object();

		buf_addf(&path, "%s.csv.gz", name);
		f = release_find(fs, path.data);
		sha256_hex(f->data.data, f->data.len, hex);
		json_object_set_new(r, "name", json_string(name));
		json_object_set_new(r, "type", json_string("table"));
		json_object_set_new(r, "path", json_string(path.data));
		if (json_is_string(json_object_get(t, "title")))
			json_object_set(r, "title", json_object_get(t, "title"));
		if (json_is_string(json_object_get(t, "description")))
			json_object_set(r, "description", json_object_get(t, "description"));
		json_object_set_new(r, "format", json_string("csv"));
		json_object_set_new(r, "compression", json_string("gz"));
		json_object_set_new(r, "mediatype", json_string("text/csv"));
		json_object_set_new(r, "encoding", json_string("utf-8"));
		json_object_set_new(r, "bytes", json_integer((json_int_t)f->data.len));
		buf_reset(&path);
		buf_addf(&path, "sha256:%s", hex);
		json_object_set_new(r, "hash", json_string(path.data));
		json_object_set_new(r, "dialect", json_pack("{s:b, s:s, s:s, s:s, s:b}",
			"header", 1, "delimiter", ",", "lineTerminator", "\r\n",
			"quoteChar", "\"", "doubleQuote", 1));
		json_object_set_new(r, "schema", docs_strip_x(json_object_get(t, "schema")));
		json_array_append_new(res, r);
		buf_release(&path);
	}
	json_object_set_new(dp, "resources", res);
	release_dump_json(out, dp);
	json_decref(dp);
}

/* Append s with the characters that break a Markdown table cell escaped. */
static void
docs_cell(struct buf *out, const char *s)
{
	for (; s && *s; s++) {
		if (*s == '|')
			buf_adds(out, "\\|");
		else if (*s == '\n' || *s == '\r')
			buf_addc(out, ' ');
		else
			buf_addc(out, *s);
	}
}

/* The "allowed values" cell of a field. */
static void
docs_values(struct buf *out, json_t *field)
{
	json_t *c = json_object_get(field, "constraints"), *v;
	const char *sep = "";
	size_t i;

	if (json_is_array(json_object_get(c, "enum"))) {
		json_array_foreach(json_object_get(c, "enum"), i, v) {
			buf_addf(out, "%s`", sep);
			docs_cell(out, json_string_value(v));
			buf_addc(out, '`');
			sep = ", ";
		}
	}
	if (json_is_string(json_object_get(c, "pattern"))) {
		buf_addf(out, "%spattern `", sep);
		docs_cell(out, json_string_value(json_object_get(c, "pattern")));
		buf_addc(out, '`');
		sep = "; ";
	}
	if (json_is_integer(json_object_get(c, "minimum"))) {
		buf_addf(out, "%s>= %" JSON_INTEGER_FORMAT, sep,
			 json_integer_value(json_object_get(c, "minimum")));
	}
}

void
release_readme(struct buf *out, const struct release_info *ri)
{
	json_t *t, *f;
	size_t i, j;

	buf_addf(out, "# captive %s\n\n", ri->version);
	buf_addf(out, "Data version %s, schema version %s (the tables' columns and\n"
		 "vocabularies: within a major schema version they change only by\n"
		 "addition; see CHANGES.md).\n\n", ri->version, ri->schema_version);
	buf_adds(out,
		"People held by North Korea (detainees, abductees, prisoners of war) and\n"
		"North Koreans detained abroad, extracted from news text by the captive\n"
		"pipeline.  Every person, group and event comes with its source document\n"
		"and the quoted sentence (evidence) behind it, with character offsets into\n"
		"the document's cleaned text.\n\n"
		"## Files\n\n"
		"| file | what |\n|---|---|\n");
	json_array_foreach(json_object_get(ri->tables, "tables"), i, t) {
		buf_addf(out, "| `%s.csv.gz` | ", json_string_value(json_object_get(t, "name")));
		docs_cell(out, json_string_value(json_object_get(t, "title")));
		buf_addf(out, " (%zu row%s) |\n", docs_rows(&ri->csv[i]),
			 docs_rows(&ri->csv[i]) == 1 ? "" : "s");
	}
	buf_adds(out,
		"| `captive.json.gz` | The same data nested: each person with their documents, events (role, date, evidence), mentions and relations; schema `captive.schema.json` |\n"
		"| `captive.xml.gz` | The JSON tree as XML, valid against `captive.xsd` |\n"
		"| `datapackage.json` | Frictionless Data Package describing the CSV tables |\n"
		"| `tables.json` | The Table Schemas the tables follow (the project's data model) |\n"
		"| `CHANGES.md` | Changes since the previous release |\n"
		"| `LICENSE`, `CITATION.cff` | Licence (CC BY 4.0) and how to cite |\n"
		"| `SHA256SUMS` | Checksums: `sha256sum -c SHA256SUMS` |\n\n"
		"## Conventions\n\n"
		"- CSV: UTF-8, comma-separated, header row, CRLF line ends, quotes only where\n"
		"  needed (RFC 4180); gzip-compressed.  An empty cell means not known.\n"
		"- Spreadsheet safety: a text cell (a name, a sentence) that would start\n"
		"  with `=`, `+`, `-`, `@`, a tab or a carriage return starts with a single\n"
		"  quote `'` in the CSV, as OWASP recommends against CSV injection, so that a\n"
		"  spreadsheet shows it as text instead of running it as a formula.  Drop\n"
		"  that quote to get the text; `captive.json.gz` and `captive.xml.gz` keep\n"
		"  the exact text.\n"
		"- Lists (aliases, roles, merges, document_ids) are `;`-separated in one cell.\n"
		"- Dates are ISO 8601 at the precision the text supports (2019, 2019-11,\n"
		"  2019-11-27); event dates may use EDTF: `2014-10~` is around October 2014,\n"
		"  `2014/2016` an interval.  Relative dates are resolved against the\n"
		"  publication date.\n"
		"- Countries and nationalities are ISO 3166-1 alpha-2 codes (KP, KR, CN).\n"
		"- Offsets (`start`, `end`) count Unicode code points, end exclusive.\n"
		"- Identifiers are derived from content and stay stable between releases.\n\n"
		"## Codebook\n");
	json_array_foreach(json_object_get(ri->tables, "tables"), i, t) {
		json_t *schema = json_object_get(t, "schema");
		json_t *pk = json_object_get(schema, "primaryKey"), *k;
		size_t n;

		buf_addf(out, "\n### %s\n\n", json_string_value(json_object_get(t, "name")));
		docs_cell(out, json_string_value(json_object_get(t, "description")));
		buf_addf(out, "\n\nFile `%s.csv.gz`, %zu row%s",
			 json_string_value(json_object_get(t, "name")), docs_rows(&ri->csv[i]),
			 docs_rows(&ri->csv[i]) == 1 ? "" : "s");
		if (json_array_size(pk) > 0) {
			buf_adds(out, "; primary key ");
			json_array_foreach(pk, n, k)
				buf_addf(out, "%s`%s`", n ? ", " : "", json_string_value(k));
		}
		buf_adds(out, ".\n\n| column | type | required | description | allowed values |\n"
			 "|---|---|---|---|---|\n");
		json_array_foreach(json_object_get(schema, "fields"), j, f) {
			const char *type = json_string_value(json_object_get(f, "type"));
			json_t *req = json_object_get(json_object_get(f, "constraints"), "required");

			buf_addf(out, "| `%s` | ", json_string_value(json_object_get(f, "name")));
			if (type && strcmp(type, "list") == 0)
				buf_addf(out, "list of %s, `%s`-separated",
					 json_string_value(json_object_get(f, "itemType")) ?
					 json_string_value(json_object_get(f, "itemType")) : "string",
					 json_string_value(json_object_get(f, "delimiter")) ?
					 json_string_value(json_object_get(f, "delimiter")) : ";");
			else
				buf_adds(out, type ? type : "string");
			buf_addf(out, " | %s | ", json_is_true(req) ? "yes" : "");
			docs_cell(out, json_string_value(json_object_get(f, "description")));
			buf_adds(out, " | ");
			docs_values(out, f);
			buf_adds(out, " |\n");
		}
	}
	buf_adds(out, "\n## Licence and citation\n\n"
		 "The data is licensed under CC BY 4.0 (see `LICENSE`); cite it as\n"
		 "`CITATION.cff` says.\n");
}

void
release_license(struct buf *out, const struct release_info *ri)
{
	buf_addf(out,
		"The captive dataset, release %s (the data files of this folder), is\n"
		"licensed under the Creative Commons Attribution 4.0 International\n"
		"licence (CC BY 4.0):\n\n"
		"    " RELEASE_LICENSE_URL "\n\n"
		"You may share and adapt it for any purpose, provided you give\n"
		"appropriate credit, link to the licence and indicate if changes were\n"
		"made.  The sentences quoted as evidence come from the news articles\n"
		"named in the documents table; they are quoted to support the facts\n"
		"recorded and remain the work of their authors and publishers.\n",
		ri->version);
}

int
release_build_date(char out[11])
{
	const char *s = getenv("SOURCE_DATE_EPOCH");
	char *end;
	long long v;
	time_t t;
	struct tm tm;

	if (s == NULL || *s == '\0')
		return 0;
	errno = 0;
	v = strtoll(s, &end, 10);
	t = (time_t)v;
	/* The reproducible-builds spec: a malformed value is an error. */
	if (*s < '0' || *s > '9' || *end != '\0' || errno != 0 || (long long)t != v ||
	    gmtime_r(&t, &tm) == NULL)
		die("SOURCE_DATE_EPOCH: \"%s\" is not a number of seconds since 1970", s);
	strftime(out, 11, "%Y-%m-%d", &tm);
	return 1;
}

void
release_citation(struct buf *out, const struct release_info *ri)
{
	char date[11];

	buf_addf(out,
		"cff-version: 1.2.0\n"
		"message: \"If you use this dataset, please cite it as below.\"\n"
		"type: dataset\n"
		"title: \"" RELEASE_TITLE "\"\n"
		"version: \"%s\"\n"
		"license: CC-BY-4.0\n"
		"authors:\n"
		"  - name: \"The captive project\"\n"
		"keywords:\n"
		"  - North Korea\n"
		"  - detention\n"
		"  - abduction\n"
		"  - human rights\n",
		ri->version);
	if (release_build_date(date))
		buf_addf(out, "date-released: \"%s\"\n", date);
}

/* The Markdown lists of one table's changes, filled by release_diff. */
struct docs_diff {
	const char *const *cols;	/* what an added or removed line shows */
	struct buf list[3];		/* by enum release_change */
	size_t n[3];
};

/* One line: `id` and what the row says, or for a changed row its columns. */
static void
docs_diff_line(void *arg, enum release_change what, const struct csvin *t,
	       const struct csvin_row *r, const struct release_cell *cells, size_t ncells)
{
	struct docs_diff *d = arg;
	struct buf *out = &d->list[what];
	const char *const *col;
	const char *sep = " ";
	size_t k;

	buf_addf(out, "- `%s`", release_cell_of(t, r, "id"));
	for (col = d->cols; *col; col++) {
		const char *v = release_cell_of(t, r, *col);

		if (*v) {
			buf_adds(out, sep);
			docs_cell(out, v);
			sep = ", ";
		}
	}
	for (k = 0; k < ncells; k++)
		buf_addf(out, "%s`%s`", k ? ", " : ": ", cells[k].col);
	buf_addc(out, '\n');
	d->n[what]++;
}

/* The added, removed and changed rows of a table by id, in id order. */
static void
docs_diff(struct buf *out, const char *what, const struct release_info *ri, size_t table,
	  const char *const *cols)
{
	static const char *const heads[] = { "added", "removed", "changed" };
	struct docs_diff d;
	int k;

	memset(&d, 0, sizeof(d));
	d.cols = cols;
	for (k = 0; k < 3; k++)
		buf_init(&d.list[k]);
	release_diff_table(ri, table, docs_diff_line, &d);
	for (k = 0; k < 3; k++) {
		buf_addf(out, "\n## %s %s (%zu)\n\n%s", what, heads[k], d.n[k],
			 d.n[k] ? d.list[k].data : "None.\n");
		buf_release(&d.list[k]);
	}
}

/*
 * How many documents were judged relevant and how many off-topic (the
 * documents table's relevance column, captive-extract's judgement), and
 * what became of the off-topic ones; nothing when no document was
 * judged (a release of records that did not come through extract).
 */
static void
docs_relevance(struct buf *out, const struct release_info *ri)
{
	json_t *t;
	size_t i, r, relevant = 0, off = 0;
	int col;

	json_array_foreach(json_object_get(ri->tables, "tables"), i, t) {
		const struct csvin *c = &ri->csv[i];

		if (strcmp(json_string_value(json_object_get(t, "name")), "documents") != 0 ||
		    (col = csvin_column(c, "relevance")) < 0)
			continue;
		for (r = 1; r < c->n; r++) {
			const char *v = (size_t)col < c->rows[r].n ? c->rows[r].f[col] : "";

			relevant += strcmp(v, "relevant") == 0;
			off += strcmp(v, "off-topic") == 0;
		}
	}
	if (relevant + off == 0)
		return;
	buf_addf(out, "\n## Documents\n\n%zu document%s relevant, %zu off-topic (no act against a person,\n"
		 "or no tie to North Korea", relevant, relevant == 1 ? "" : "s", off);
	if (off)
		buf_adds(out, "): the persons, groups, events, mentions, relations and\n"
			 "aliases of off-topic documents are set aside, not in the tables, unless\n"
			 "the release was built with KEEP_OFF_TOPIC=1 (captive-emit --keep-off-topic);\n"
			 "`documents.csv.gz` keeps every document, with its `relevance` columns.\n");
	else
		buf_adds(out, ").\n");
}

void
release_changes(struct buf *out, const struct release_info *ri)
{
	static const char *const person_cols[] = { "name", NULL };
	static const char *const event_cols[] = { "type", "date", "document_id", NULL };
	json_t *t;
	size_t i, persons = 0, events = 0;

	buf_addf(out, "# Changes in captive %s\n\n", ri->version);
	if (ri->prev_version == NULL)
		buf_adds(out, "First release.\n\n| table | rows |\n|---|---|\n");
	else
		buf_addf(out, "Since captive %s.\n\n| table | %s | %s |\n|---|---|---|\n",
			 ri->prev_version, ri->prev_version, ri->version);
	json_array_foreach(json_object_get(ri->tables, "tables"), i, t) {
		const char *name = json_string_value(json_object_get(t, "name"));

		if (strcmp(name, "persons") == 0)
			persons = i + 1;
		if (strcmp(name, "events") == 0)
			events = i + 1;
		buf_addf(out, "| %s | ", name);
		if (ri->prev_version != NULL) {
			const struct csvin *old = ri->prev_csv[i];

			if (old != NULL)
				buf_addf(out, "%zu | ", docs_rows(old));
			else
				buf_adds(out, " | ");
		}
		buf_addf(out, "%zu |\n", docs_rows(&ri->csv[i]));
	}
	docs_relevance(out, ri);
	release_compat_changes(out, ri->compat, ri->schema_version, ri->prev_version);
	if (ri->prev_version == NULL)
		return;
	if (persons)
		docs_diff(out, "Persons", ri, persons - 1, person_cols);
	if (events)
		docs_diff(out, "Events", ri, events - 1, event_cols);
}
