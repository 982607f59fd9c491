/*
 * fetch-list.c: the two lists captive-fetch trusts: a release's
 * SHA256SUMS (what files, which bytes) and DIST/index.json (also how big).
 */
#include <stdlib.h>
#include <string.h>
#include "fetch.h"
#include "msg.h"

/* A name sha256sum could have written and that stays inside DIR. */
static int
list_plain_name(const char *s, size_t n)
{
	size_t i;

	if (n == 0 || s[0] == '.')
		return 0;
	for (i = 0; i < n; i++)
		if (s[i] == '/' || s[i] == '\\' || (unsigned char)s[i] < 0x20)
			return 0;
	return 1;
}

static int
list_hex(const char *s)
{
	int i;

	for (i = 0; i < SHA256_HEX_LEN; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return 1;
}

size_t
fetch_parse_sums(struct fetch_manifest *m, const char *src, const char *data, size_t len)
{
	const char *p = data, *end = data + len, *nl;
	size_t bad = 0, lineno = 0, i;

	memset(m, 0, sizeof(*m));
	for (; p < end; p = nl + 1) {
		const char *name;
		size_t n;

		nl = memchr(p, '\n', (size_t)(end - p));
		if (nl == NULL)
			nl = end;
		lineno++;
		n = (size_t)(nl - p);
		if (n > 0 && p[n - 1] == '\r')
			n--;
		name = p + SHA256_HEX_LEN + 2;
		if (n < SHA256_HEX_LEN + 3 || !list_hex(p) || p[SHA256_HEX_LEN] != ' ' ||
		    (p[SHA256_HEX_LEN + 1] != ' ' && p[SHA256_HEX_LEN + 1] != '*') ||
		    !list_plain_name(name, n - SHA256_HEX_LEN - 2)) {
			msg_error("%s:%zu: not \"<64 hex digits>  <file name>\": \"%.*s\"", src,
				  lineno, (int)(n > 80 ? 80 : n), p);
			bad++;
			continue;
		}
		for (i = 0; i < m->n; i++)
			if (strlen(m->v[i].name) == n - SHA256_HEX_LEN - 2 &&
			    memcmp(m->v[i].name, name, n - SHA256_HEX_LEN - 2) == 0)
				break;
		if (i < m->n) {
			msg_error("%s:%zu: \"%s\" is listed twice", src, lineno, m->v[i].name);
			bad++;
			continue;
		}
		m->v = xrealloc(m->v, (m->n + 1) * sizeof(*m->v));
		m->v[m->n].name = xstrndup(name, n - SHA256_HEX_LEN - 2);
		memcpy(m->v[m->n].sha256, p, SHA256_HEX_LEN);
		m->v[m->n].sha256[SHA256_HEX_LEN] = '\0';
		m->v[m->n].size = -1;
		m->n++;
	}
	return bad;
}

void
fetch_manifest_free(struct fetch_manifest *m)
{
	size_t i;

	for (i = 0; i < m->n; i++)
		free(m->v[i].name);
	free(m->v);
	memset(m, 0, sizeof(*m));
}

json_t *
fetch_index_release(json_t *index, const char *name)
{
	json_t *r;
	size_t i;

	json_array_foreach(json_object_get(index, "releases"), i, r) {
		const char *path = json_string_value(json_object_get(r, "path"));
		const char *v = json_string_value(json_object_get(r, "version"));
		size_t n = strlen(name);

		if (path != NULL && strncmp(path, name, n) == 0 &&
		    (path[n] == '\0' || strcmp(path + n, "/") == 0))
			return r;
		if (v != NULL && strncmp(name, "captive-", 8) == 0 && strcmp(name + 8, v) == 0)
			return r;
	}
	return NULL;
}

json_t *
fetch_index_file(json_t *rel, const char *name)
{
	json_t *f;
	size_t i;

	json_array_foreach(json_object_get(rel, "files"), i, f) {
		const char *n = json_string_value(json_object_get(f, "name"));

		if (n != NULL && strcmp(n, name) == 0)
			return f;
	}
	return NULL;
}
