/*
 * validate-schema: the Table Schemas of tables.json turned into checks.
 * Patterns are compiled once with PCRE2, anchored at both ends as Table
 * Schema (after XML Schema) means them.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>
#include "jsonl.h"
#include "msg.h"
#include "validate.h"

enum field_type { TYPE_STRING, TYPE_INTEGER, TYPE_NUMBER, TYPE_LIST };

struct field {
	const char *name;	/* column */
	const char *member;	/* record member (x-field, else the column) */
	enum field_type type;
	int required;
	json_t *enums;		/* borrowed from the schema document, or NULL */
	pcre2_code *pattern;
	const char *pattern_text;
	int has_minimum;
	json_int_t minimum;
};

struct table {
	const char *name, *record, *nested;
	json_t *parent;		/* column -> member of the enclosing record */
	struct field *fields;
	size_t nfields;
};

struct validate_schema {
	json_t *doc;		/* owns every string the tables borrow */
	struct table *tables;
	size_t ntables;
	pcre2_match_data *match;
};

static int
load_field(struct field *f, json_t *spec, const char *path)
{
	const char *type = jsonl_str(spec, "type"), *pat;
	json_t *cons = json_object_get(spec, "constraints"), *min;
	int errcode;
	PCRE2_SIZE erroff;

	f->name = jsonl_str(spec, "name");
	if (f->name == NULL || type == NULL)
		return msg_error("%s: a field lacks \"name\" or \"type\"", path);
	f->member = jsonl_str(spec, "x-field") ? jsonl_str(spec, "x-field") : f->name;
	if (strcmp(type, "string") == 0)
		f->type = TYPE_STRING;
	else if (strcmp(type, "integer") == 0)
		f->type = TYPE_INTEGER;
	else if (strcmp(type, "number") == 0)
		f->type = TYPE_NUMBER;
	else if (strcmp(type, "list") == 0)
		f->type = TYPE_LIST;
	else
		return msg_error("%s: field \"%s\": unknown type \"%s\"", path, f->name, type);
	f->required = json_is_true(json_object_get(cons, "required"));
	f->enums = json_is_array(json_object_get(cons, "enum")) ? json_object_get(cons, "enum") : NULL;
	if ((min = json_object_get(cons, "minimum")) != NULL && json_is_integer(min)) {
		f->has_minimum = 1;
		f->minimum = json_integer_value(min);
	}
	if ((pat = jsonl_str(cons, "pattern")) != NULL) {
		f->pattern_text = pat;
		f->pattern = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
		    PCRE2_ANCHORED | PCRE2_ENDANCHORED | PCRE2_UTF, &errcode, &erroff, NULL);
		if (f->pattern == NULL)
			return msg_error("%s: field \"%s\": bad pattern at offset %zu",
			    path, f->name, (size_t)erroff);
	}
	return 0;
}

struct validate_schema *
validate_schema_load(const char *path)
{
	struct validate_schema *s;
	json_error_t err;
	json_t *tables, *t, *fields, *f;
	size_t i, j;

	s = xcalloc(1, sizeof *s);
	if ((s->doc = json_load_file(path, 0, &err)) == NULL) {
		msg_error("%s:%d: %s", path, err.line, err.text);
		goto fail;
	}
	tables = json_object_get(s->doc, "tables");
	if (!json_is_array(tables)) {
		msg_error("%s: no \"tables\" array", path);
		goto fail;
	}
	s->ntables = json_array_size(tables);
	s->tables = xcalloc(s->ntables, sizeof *s->tables);
	json_array_foreach(tables, i, t) {
		struct table *tb = &s->tables[i];

		tb->name = jsonl_str(t, "name");
		tb->record = jsonl_str(t, "x-record");
		tb->nested = jsonl_str(t, "x-nested");
		tb->parent = json_object_get(t, "x-parent");
		fields = json_object_get(json_object_get(t, "schema"), "fields");
		if (tb->name == NULL || tb->record == NULL || !json_is_array(fields)) {
			msg_error("%s: table %zu lacks name, x-record or schema.fields", path, i);
			goto fail;
		}
		tb->nfields = json_array_size(fields);
		tb->fields = xcalloc(tb->nfields, sizeof *tb->fields);
		json_array_foreach(fields, j, f)
			if (load_field(&tb->fields[j], f, path) < 0)
				goto fail;
	}
	s->match = pcre2_match_data_create(4, NULL);
	return s;
fail:
	validate_schema_free(s);
	return NULL;
}

void
validate_schema_free(struct validate_schema *s)
{
	size_t i, j;

	if (s == NULL)
		return;
	for (i = 0; i < s->ntables; i++) {
		for (j = 0; j < s->tables[i].nfields; j++)
			pcre2_code_free(s->tables[i].fields[j].pattern);
		free(s->tables[i].fields);
	}
	free(s->tables);
	pcre2_match_data_free(s->match);
	json_decref(s->doc);
	free(s);
}

/* Check one scalar value against the field's constraints.  0 or -1. */
static int
check_value(const struct validate_schema *s, const struct field *f,
    const json_t *v, struct buf *reason)
{
	size_t i;
	json_t *e;
	const char *str;

	if (f->type == TYPE_INTEGER) {
		if (!json_is_integer(v))
			return buf_addf(reason, "\"%s\" is not an integer", f->name), -1;
		if (f->has_minimum && json_integer_value(v) < f->minimum)
			return buf_addf(reason, "\"%s\" is below %lld", f->name,
			    (long long)f->minimum), -1;
		return 0;
	}
	if (f->type == TYPE_NUMBER)
		return json_is_number(v) ? 0 :
		    (buf_addf(reason, "\"%s\" is not a number", f->name), -1);
	if (!json_is_string(v))
		return buf_addf(reason, "\"%s\" is not a string", f->name), -1;
	str = json_string_value(v);
	if (f->required && *str == '\0')
		return buf_addf(reason, "\"%s\" is empty", f->name), -1;
	if (f->enums) {
		json_array_foreach(f->enums, i, e)
			if (json_is_string(e) && strcmp(json_string_value(e), str) == 0)
				break;
		if (i == json_array_size(f->enums))
			return buf_addf(reason, "\"%s\": \"%s\" is not an allowed value",
			    f->name, str), -1;
	}
	if (f->pattern && pcre2_match(f->pattern, (PCRE2_SPTR)str,
	    json_string_length(v), 0, 0, s->match, NULL) < 0)
		return buf_addf(reason, "\"%s\": \"%s\" does not match %s",
		    f->name, str, f->pattern_text), -1;
	return 0;
}

/* Check one row: values from row, or from parent via the table's x-parent. */
static int
check_row(const struct validate_schema *s, const struct table *t,
    const json_t *row, const json_t *parent, struct buf *reason)
{
	const json_t *v, *item;
	const char *from;
	size_t i, k;

	for (i = 0; i < t->nfields; i++) {
		const struct field *f = &t->fields[i];

		from = t->parent ? jsonl_str(t->parent, f->name) : NULL;
		v = from ? json_object_get(parent, from) : json_object_get(row, f->member);
		if (v == NULL || json_is_null(v)) {
			if (f->required)
				return buf_addf(reason, "required \"%s\" is missing", f->name), -1;
			continue;
		}
		if (f->type != TYPE_LIST) {
			if (check_value(s, f, v, reason) < 0)
				return -1;
			continue;
		}
		if (!json_is_array(v))
			return buf_addf(reason, "\"%s\" is not a list", f->name), -1;
		json_array_foreach(v, k, item)
			if (check_value(s, f, item, reason) < 0)
				return -1;
	}
	/* An offset pair must not run backwards. */
	v = json_object_get(row, "start");
	item = json_object_get(row, "end");
	if (json_is_integer(v) && json_is_integer(item) &&
	    json_integer_value(item) < json_integer_value(v))
		return buf_addf(reason, "\"end\" is before \"start\""), -1;
	return 0;
}

int
validate_record(const struct validate_schema *s, const json_t *rec, struct buf *reason)
{
	const char *kind = jsonl_str(rec, "kind");
	const json_t *rows, *row;
	size_t i, k;
	int checked = 0;

	for (i = 0; i < s->ntables; i++) {
		const struct table *t = &s->tables[i];

		if (strcmp(t->record, kind) != 0)
			continue;
		checked = 1;
		if (t->nested == NULL) {
			if (check_row(s, t, rec, NULL, reason) < 0)
				return -1;
			continue;
		}
		rows = json_object_get(rec, t->nested);
		if (rows == NULL || json_is_null(rows))
			continue;
		if (!json_is_array(rows))
			return buf_addf(reason, "\"%s\" is not an array", t->nested), -1;
		json_array_foreach(rows, k, row) {
			if (!json_is_object(row))
				return buf_addf(reason, "%s[%zu] is not an object", t->nested, k), -1;
			if (check_row(s, t, row, rec, reason) < 0) {
				buf_addf(reason, " (in %s[%zu])", t->nested, k);
				return -1;
			}
		}
	}
	return checked;
}
