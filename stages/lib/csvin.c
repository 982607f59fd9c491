/*
 * csvin: a table of a release read back from its .csv.gz (zlib inflate,
 * then libcsv): release counts the rows for the codebook and compares
 * with the previous release, resolve keeps the previous release's person
 * ids.  The whole table is held in memory: struct csvin owns its rows and
 * fields.
 */
#include <string.h>
#include <csv.h>
#include <zlib.h>
#include "buf.h"
#include "csvin.h"
#include "msg.h"

static void
csvin_field(void *s, size_t len, void *data)
{
	struct csvin *t = data;

	t->cur.f = xrealloc(t->cur.f, (t->cur.n + 1) * sizeof(char *));
	t->cur.f[t->cur.n++] = xstrndup(s ? s : "", len);
}

static void
csvin_row_end(int c, void *data)
{
	struct csvin *t = data;

	(void)c;
	if (t->n == t->cap) {
		t->cap = t->cap ? 2 * t->cap : 64;
		t->rows = xrealloc(t->rows, t->cap * sizeof(*t->rows));
	}
	t->rows[t->n++] = t->cur;
	t->cur.f = NULL;
	t->cur.n = 0;
}

int
csvin_read(struct csvin *t, const char *name, const void *gz, size_t len)
{
	struct csv_parser p;
	unsigned char chunk[65536];
	z_stream z;
	int rc, bad = 0;

	memset(t, 0, sizeof(*t));
	memset(&z, 0, sizeof(z));
	if (inflateInit2(&z, 15 + 16) != Z_OK || csv_init(&p, CSV_STRICT) != 0)
		die("cannot start zlib or libcsv");
	z.next_in = (Bytef *)gz;
	z.avail_in = (uInt)len;
	do {
		z.next_out = chunk;
		z.avail_out = sizeof(chunk);
		rc = inflate(&z, Z_NO_FLUSH);
		if (rc != Z_OK && rc != Z_STREAM_END) {
			bad = msg_error("%s: not gzip data (%s)", name, z.msg ? z.msg : "truncated");
			break;
		}
		if (csv_parse(&p, chunk, sizeof(chunk) - z.avail_out, csvin_field,
			      csvin_row_end, t) != sizeof(chunk) - z.avail_out) {
			bad = msg_error("%s: bad CSV: %s", name, csv_strerror(csv_error(&p)));
			break;
		}
	} while (rc != Z_STREAM_END);
	if (!bad)
		csv_fini(&p, csvin_field, csvin_row_end, t);
	csv_free(&p);
	inflateEnd(&z);
	return bad ? -1 : 0;
}

void
csvin_free(struct csvin *t)
{
	size_t i, j;

	for (i = 0; i < t->n; i++) {
		for (j = 0; j < t->rows[i].n; j++)
			free(t->rows[i].f[j]);
		free(t->rows[i].f);
	}
	for (j = 0; j < t->cur.n; j++)
		free(t->cur.f[j]);
	free(t->cur.f);
	free(t->rows);
	memset(t, 0, sizeof(*t));
}

int
csvin_column(const struct csvin *t, const char *name)
{
	size_t j;

	if (t->n == 0)
		return -1;
	for (j = 0; j < t->rows[0].n; j++)
		if (strcmp(t->rows[0].f[j], name) == 0)
			return (int)j;
	return -1;
}
