/*
 * emit-model.c: the tables of schema/tables.json as captive-emit uses them:
 * which record kind feeds which table, which member fills which column, the
 * type check of a record against its tables, and the CSV rows.
 *
 * CSV is RFC 4180: comma, CRLF line ends, a field quoted (by libcsv's
 * csv_write) only when it holds a comma, quote, CR or LF.  Null and absent
 * values are empty fields; a list is its items joined by the column's
 * delimiter; integers are decimal.
 */
#include <stdio.h>
#include <string.h>
#include "csvout.h"
#include "emit.h"
#include "jsonl.h"
#include "msg.h"

static enum emit_type model_type(const char *s)
{
	if (s == NULL || strcmp(s, "string") == 0)
		return EMIT_STRING;
	if (strcmp(s, "integer") == 0)
		return EMIT_INTEGER;
	if (strcmp(s, "number") == 0)
		return EMIT_NUMBER;
	if (strcmp(s, "boolean") == 0)
		return EMIT_BOOLEAN;
	if (strcmp(s, "list") == 0 || strcmp(s, "array") == 0)
		return EMIT_LIST;
	return EMIT_ANY;
}

int
emit_model_load(struct emit_model *m, const char *path)
{
	json_error_t err;
	json_t *tables;
	size_t i, j;

	memset(m, 0, sizeof(*m));
	m->root = json_load_file(path, 0, &err);
	if (m->root == NULL)
		return msg_error("%s:%d: %s", path, err.line, err.text);
	tables = json_object_get(m->root, "tables");
	if (!json_is_array(tables) || json_array_size(tables) == 0)
		return msg_error("%s: no \"tables\" array", path);
	m->ntables = json_array_size(tables);
	m->tables = xcalloc(m->ntables, sizeof(*m->tables));
	for (i = 0; i < m->ntables; i++) {
		json_t *t = json_array_get(tables, i);
		json_t *fields = json_object_get(json_object_get(t, "schema"), "fields");
		json_t *parent = json_object_get(t, "x-parent");
		struct emit_table *et = &m->tables[i];

		et->name = json_string_value(json_object_get(t, "name"));
		et->record = json_string_value(json_object_get(t, "x-record"));
		et->nested = json_string_value(json_object_get(t, "x-nested"));
		buf_init(&et->csv);
		if (et->name == NULL || et->record == NULL || !json_is_array(fields))
			return msg_error("%s: table %zu: needs name, x-record and schema.fields",
					 path, i + 1);
		et->ncols = json_array_size(fields);
		et->cols = xcalloc(et->ncols ? et->ncols : 1, sizeof(*et->cols));
		for (j = 0; j < et->ncols; j++) {
			json_t *f = json_array_get(fields, j);
			struct emit_column *c = &et->cols[j];
			const char *member;

			c->name = json_string_value(json_object_get(f, "name"));
			if (c->name == NULL)
				return msg_error("%s: table \"%s\": field %zu has no name",
						 path, et->name, j + 1);
			c->type = model_type(json_string_value(json_object_get(f, "type")));
			c->delimiter = json_string_value(json_object_get(f, "delimiter"));
			if (c->delimiter == NULL)
				c->delimiter = ";";
			member = json_string_value(json_object_get(f, "x-field"));
			c->member = member ? member : c->name;
			member = json_string_value(json_object_get(parent, c->name));
			if (member != NULL) {
				c->member = member;
				c->from_parent = 1;
			}
		}
	}
	return 0;
}

void
emit_model_free(struct emit_model *m)
{
	size_t i;

	for (i = 0; i < m->ntables; i++) {
		free(m->tables[i].cols);
		buf_release(&m->tables[i].csv);
	}
	free(m->tables);
	json_decref(m->root);
	memset(m, 0, sizeof(*m));
}

struct emit_table *
emit_model_find(const struct emit_model *m, const char *kind)
{
	size_t i;

	for (i = 0; i < m->ntables; i++)
		if (m->tables[i].nested == NULL && strcmp(m->tables[i].record, kind) == 0)
			return &m->tables[i];
	return NULL;
}

static const char *
model_type_name(enum emit_type t)
{
	static const char *names[] = {
		"a string", "an integer", "a number", "a boolean",
		"an array of strings", "anything"
	};
	return names[t];
}

/* Does v (not null) fit type t? */
static int
model_fits(enum emit_type t, json_t *v)
{
	size_t i;
	json_t *item;

	switch (t) {
	case EMIT_STRING:
		return json_is_string(v);
	case EMIT_INTEGER:
		return json_is_integer(v);
	case EMIT_NUMBER:
		return json_is_number(v);
	case EMIT_BOOLEAN:
		return json_is_boolean(v);
	case EMIT_LIST:
		if (!json_is_array(v))
			return 0;
		json_array_foreach(v, i, item)
			if (!json_is_string(item) && !json_is_integer(item))
				return 0;
		return 1;
	case EMIT_ANY:
		return 1;
	}
	return 0;
}

/* Check the columns of t that come from obj (a record or a nested item). */
static int
model_check_columns(const struct emit_table *t, json_t *obj, int nested,
			       const char *where, char *why, size_t n)
{
	size_t j;

	for (j = 0; j < t->ncols; j++) {
		const struct emit_column *c = &t->cols[j];
		json_t *v;

		if (c->from_parent)
			continue;
		v = json_object_get(obj, c->member);
		if (v == NULL || json_is_null(v))
			continue;
		if (!model_fits(c->type, v)) {
			snprintf(why, n, "%s\"%s\" is not %s", nested ? where : "",
				 c->member, model_type_name(c->type));
			return -1;
		}
	}
	return 0;
}

int
emit_check(const struct emit_model *m, json_t *rec, char *why, size_t n)
{
	const char *kind = jsonl_str(rec, "kind");
	size_t i, k;
	int known = 0;

	if (kind == NULL) {
		snprintf(why, n, "record has no \"kind\" field");
		return -1;
	}
	for (i = 0; i < m->ntables; i++) {
		const struct emit_table *t = &m->tables[i];
		size_t j;

		if (strcmp(t->record, kind) != 0)
			continue;
		known = 1;
		/* A resolved record lists its documents; an unresolved one has one. */
		for (j = 0; j < t->ncols; j++) {
			const struct emit_column *c = &t->cols[j];
			size_t len = strlen(c->member);
			char single[128];
			json_t *one;

			if (c->type != EMIT_LIST || c->from_parent || len < 2 ||
			    len >= sizeof(single) || c->member[len - 1] != 's' ||
			    json_object_get(rec, c->member) != NULL)
				continue;
			memcpy(single, c->member, len - 1);
			single[len - 1] = '\0';
			one = json_object_get(rec, single);
			if (json_is_string(one))
				json_object_set_new(rec, c->member, json_pack("[O]", one));
		}
		if (t->nested == NULL) {
			if (model_check_columns(t, rec, 0, "", why, n) < 0)
				return -1;
		} else {
			json_t *items = json_object_get(rec, t->nested), *item;
			char where[160];

			if (items == NULL || json_is_null(items))
				continue;
			if (!json_is_array(items)) {
				snprintf(why, n, "\"%s\" is not an array", t->nested);
				return -1;
			}
			json_array_foreach(items, k, item) {
				snprintf(where, sizeof(where), "\"%s\"[%zu]: ", t->nested, k);
				if (!json_is_object(item)) {
					snprintf(why, n, "%sis not an object", where);
					return -1;
				}
				if (model_check_columns(t, item, 1, where, why, n) < 0)
					return -1;
			}
		}
	}
	if (!known) {
		snprintf(why, n, "unknown kind \"%s\"", kind);
		return -1;
	}
	/* No table holds the text; keeping it would hold the corpus in memory. */
	if (strcmp(kind, "document") == 0)
		json_object_del(rec, "text");
	return 0;
}

json_t *
emit_value(const struct emit_column *c, json_t *rec, json_t *parent)
{
	json_t *v = json_object_get(c->from_parent ? parent : rec, c->member);

	return json_is_null(v) ? NULL : v;
}

/* Append scalar v's text to b (nothing for null). */
static void
model_scalar(struct buf *b, json_t *v)
{
	if (json_is_string(v))
		buf_add(b, json_string_value(v), json_string_length(v));
	else if (json_is_integer(v))
		buf_addf(b, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
	else if (json_is_real(v))
		buf_addf(b, "%.17g", json_real_value(v));
	else if (json_is_true(v))
		buf_adds(b, "true");
	else if (json_is_false(v))
		buf_adds(b, "false");
}

static void
model_row(struct emit_table *t, json_t *rec, json_t *parent)
{
	struct buf cell = BUF_INIT;
	size_t j, k;
	json_t *v, *item;

	for (j = 0; j < t->ncols; j++) {
		if (j > 0)
			buf_addc(&t->csv, ',');
		buf_reset(&cell);
		v = emit_value(&t->cols[j], rec, parent);
		if (json_is_array(v)) {
			json_array_foreach(v, k, item) {
				if (k > 0)
					buf_adds(&cell, t->cols[j].delimiter);
				model_scalar(&cell, item);
			}
		} else if (json_is_object(v)) {
			char *s = json_dumps(v, JSON_COMPACT | JSON_PRESERVE_ORDER);

			buf_adds(&cell, s);
			free(s);
		} else {
			model_scalar(&cell, v);
		}
		/* Numbers and booleans are no formula; text may start as one. */
		if (t->cols[j].type == EMIT_STRING || t->cols[j].type == EMIT_LIST ||
		    t->cols[j].type == EMIT_ANY)
			csvout_text_field(&t->csv, cell.data, cell.len);
		else
			csvout_field(&t->csv, cell.data, cell.len);
	}
	buf_add(&t->csv, "\r\n", 2);
	t->rows++;
	buf_release(&cell);
}

void
emit_csv_header(struct emit_table *t)
{
	size_t j;

	for (j = 0; j < t->ncols; j++) {
		if (j > 0)
			buf_addc(&t->csv, ',');
		csvout_field(&t->csv, t->cols[j].name, strlen(t->cols[j].name));
	}
	buf_add(&t->csv, "\r\n", 2);
}

void
emit_csv_record(const struct emit_model *m, json_t *rec)
{
	const char *kind = json_string_value(json_object_get(rec, "kind"));
	size_t i, k;
	json_t *item;

	for (i = 0; i < m->ntables; i++) {
		struct emit_table *t = &m->tables[i];

		if (strcmp(t->record, kind) != 0)
			continue;
		if (t->nested == NULL) {
			model_row(t, rec, NULL);
			continue;
		}
		json_array_foreach(json_object_get(rec, t->nested), k, item)
			model_row(t, item, rec);
	}
}
