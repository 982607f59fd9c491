/*
 * resolve-merge: resolution keys and the merging of entity records.
 */
#include <stdlib.h>
#include <string.h>
#include "buf.h"
#include "jsonl.h"
#include "resolve.h"
#include "utf8.h"

char *
resolve_key(const char *name)
{
	char *folded = utf8_fold(name, strlen(name)), *p, *q;

	if (folded == NULL)
		return NULL;
	/* Keep letters and digits of any script; drop ASCII punctuation and space. */
	for (p = q = folded; *p; p++) {
		unsigned char ch = (unsigned char)*p;

		if (ch >= 0x80 || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
			*q++ = *p;
	}
	*q = '\0';
	return folded;
}

/*
 * A name of one word is weak, unless it is a Korean name in Hangul, two
 * to four syllables written together (family and given name).
 */
int
resolve_key_is_weak(const char *name)
{
	size_t len = strlen(name), k, n = 0;
	int32_t cp;

	if (strchr(name, ' ') != NULL)
		return 0;
	while (len > 0) {
		if ((k = utf8_decode(name, len, &cp)) == 0 || cp < 0xAC00 || cp > 0xD7A3)
			return 1;
		name += k;
		len -= k;
		n++;
	}
	return n < 2 || n > 4;
}

/* Append the string s to the array arr unless it is there already. */
static void
add_unique(json_t *arr, const char *s)
{
	size_t i;
	json_t *v;

	if (s == NULL || *s == '\0')
		return;
	json_array_foreach(arr, i, v)
		if (strcmp(json_string_value(v), s) == 0)
			return;
	json_array_append_new(arr, json_string(s));
}

static int
by_string(const void *a, const void *b)
{
	return strcmp(json_string_value(*(json_t *const *)a),
	    json_string_value(*(json_t *const *)b));
}

/* Sort an array of strings in place, so merged lists do not depend on order. */
static json_t *
array_member(json_t *rec, const char *key)
{
	json_t *a = json_object_get(rec, key);

	if (!json_is_array(a)) {
		a = json_array();
		json_object_set_new(rec, key, a);
	}
	return a;
}

static void
unite(json_t *have, const json_t *rec, const char *key)
{
	json_t *into = array_member(have, key), *v;
	size_t i;

	json_array_foreach(json_object_get(rec, key), i, v)
		if (json_is_string(v))
			add_unique(into, json_string_value(v));
	jsonl_array_sort(into, by_string);
}

static void
keep_first(json_t *have, const json_t *rec, const char *key)
{
	const char *v = jsonl_str(rec, key);

	if (jsonl_str(have, key) == NULL && v != NULL)
		json_object_set_new(have, key, json_string(v));
}

/*
 * The years of birth rec's age says, against the year of publication
 * (an age of 36 in 2020: born in 1983 or 1984), or rec's own range when
 * it is a merged record, widen have's "born_from" and "born_to"
 * (bookkeeping of the merge: resolve-cluster.c compares them, resolve.c
 * drops them).  A record's own "age" is of its document only, and goes.
 */
static void
merge_birth(json_t *have, const json_t *rec, const char *published)
{
	json_t *age = json_object_get(rec, "age");
	json_t *hf, *ht, *rf = json_object_get(rec, "born_from"), *rt = json_object_get(rec, "born_to");
	json_int_t from, to;

	json_object_del(have, "age");
	if (json_is_integer(rf) && json_is_integer(rt)) {
		from = json_integer_value(rf);
		to = json_integer_value(rt);
	} else if (json_is_integer(age) && published && strspn(published, "0123456789") >= 4) {
		to = strtol(published, NULL, 10) - json_integer_value(age);
		from = to - 1;
	} else
		return;
	hf = json_object_get(have, "born_from");
	ht = json_object_get(have, "born_to");
	if (json_is_integer(hf) && json_integer_value(hf) < from)
		from = json_integer_value(hf);
	if (json_is_integer(ht) && json_integer_value(ht) > to)
		to = json_integer_value(ht);
	json_object_set_new(have, "born_from", json_integer(from));
	json_object_set_new(have, "born_to", json_integer(to));
}

void
resolve_merge(json_t *have, const json_t *rec, const char *published)
{
	const char *name = jsonl_str(rec, "name"), *cur = jsonl_str(have, "name");
	const char *as_of = jsonl_str(have, "status_as_of");
	json_t *aliases;

	/* The fullest form of the name is the name; the others are aliases. */
	aliases = array_member(have, "aliases");
	if (name && cur && strlen(name) > strlen(cur)) {
		add_unique(aliases, cur);
		json_object_set_new(have, "name", json_string(name));
	} else if (name && cur && strcmp(name, cur) != 0) {
		add_unique(aliases, name);
	}
	unite(have, rec, "aliases");
	aliases = array_member(have, "aliases");
	for (size_t i = 0; i < json_array_size(aliases); i++) {
		if (strcmp(json_string_value(json_array_get(aliases, i)),
		    jsonl_str(have, "name")) == 0) {
			json_array_remove(aliases, i);
			break;
		}
	}
	unite(have, rec, "roles");
	keep_first(have, rec, "nationality");
	keep_first(have, rec, "gender");
	keep_first(have, rec, "title");
	keep_first(have, rec, "org_kind");
	keep_first(have, rec, "place_kind");
	keep_first(have, rec, "country");
	merge_birth(have, rec, published);
	/* Status is as of the latest document that says something of it. */
	if (jsonl_str(rec, "status") &&
	    (as_of == NULL || (published && strcmp(published, as_of) >= 0))) {
		json_object_set_new(have, "status", json_string(jsonl_str(rec, "status")));
		json_object_set_new(have, "status_as_of", json_string(published ? published : ""));
	}
}
