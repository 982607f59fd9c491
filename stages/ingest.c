/*
 * captive-ingest: turn files into document records.
 *
 * Reads the files and folders named (folders recursively, entries in byte
 * order of their names, hidden entries skipped), or "-" for stdin; plain
 * text and HTML, each possibly gzip-compressed.  Writes one "document"
 * record per input: id, source (the name as given), format, size and
 * SHA-256 of the raw bytes, and text (UTF-8; HTML pages in another declared
 * charset are converted with iconv).  Plain text must be UTF-8: anything
 * else is reported and set aside, since guessing an encoding would put
 * wrong letters into names.
 *
 * Reads no records; writes kind "document".
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>
#include "buf.h"
#include "ingest.h"
#include "jsonl.h"
#include "msg.h"
#include "sha256.h"
#include "utf8.h"

/* Inputs larger than this are refused: no news article comes near it. */
#define INGEST_MAX_BYTES (64UL << 20)

static struct {
	int quiet;
} opt;

struct ingest_ctx {
	struct jsonl_writer out;
	unsigned long in, set_aside;
};

static void
usage(FILE *fp)
{
	fputs("usage: captive-ingest [-q] [FILE | DIR | -]...\n"
	    "Write one JSON Lines \"document\" record per input document.\n"
	    "  -q, --quiet     no summary line on stderr\n"
	    "  -h, --help      this text\n"
	    "      --version   print the version\n", fp);
}

/*
 * Read the whole of name ("-": stdin) into raw, through zlib so that gzip
 * files are decompressed and others pass through.  0, or -1 after
 * reporting.
 */
static int
ingest_read(const char *name, struct buf *raw)
{
	gzFile gz;
	int fd, n, errnum;
	const char *why;

	fd = strcmp(name, "-") == 0 ? dup(0) : open(name, O_RDONLY);
	if (fd < 0)
		return msg_error("%s: cannot open: %s", name, strerror(errno));
	if ((gz = gzdopen(fd, "rb")) == NULL) {
		close(fd);
		return msg_error("%s: cannot read: %s", name, strerror(errno));
	}
	for (;;) {
		buf_grow(raw, 65536);
		n = gzread(gz, raw->data + raw->len, 65536);
		if (n <= 0)
			break;
		raw->len += (size_t)n;
		raw->data[raw->len] = '\0';
		if (raw->len > INGEST_MAX_BYTES) {
			gzclose(gz);
			return msg_error("%s: larger than %lu bytes, skipped",
			    name, INGEST_MAX_BYTES);
		}
	}
	if (n < 0) {
		why = gzerror(gz, &errnum);
		msg_error("%s: cannot read: %s", name,
		    errnum == Z_ERRNO ? strerror(errno) : why);
		gzclose(gz);
		return -1;
	}
	if (gzclose(gz) != Z_OK)
		return msg_error("%s: truncated or corrupt gzip data", name);
	return 0;
}

/* Line number (from 1) of byte offset off in s. */
static unsigned long
line_of(const char *s, size_t off)
{
	unsigned long line = 1;
	size_t i;

	for (i = 0; i < off; i++)
		line += s[i] == '\n';
	return line;
}

/* Emit the document record for one input.  0, or -1 after reporting. */
static int
ingest_document(const char *name, const struct buf *raw, const char *text,
    size_t textlen, const char *format, struct ingest_ctx *ctx)
{
	char hex[SHA256_HEX_LEN + 1], id[4 + 16 + 1];
	json_t *rec;
	size_t bad;
	int rc;

	if (utf8_check(text, textlen, &bad) < 0)
		return msg_error("%s:%lu: invalid UTF-8 (byte 0x%02X)", name,
		    line_of(text, bad), (unsigned char)text[bad]);
	sha256_hex(raw->data, raw->len, hex);
	snprintf(id, sizeof id, "doc-%.16s", hex);
	rec = json_object();
	json_object_set_new(rec, "kind", json_string("document"));
	json_object_set_new(rec, "id", json_string(id));
	json_object_set_new(rec, "source", json_string(name));
	json_object_set_new(rec, "format", json_string(format));
	json_object_set_new(rec, "size", json_integer((json_int_t)raw->len));
	json_object_set_new(rec, "sha256", json_string(hex));
	json_object_set_new(rec, "text", json_stringn(text, textlen));
	rc = jsonl_write(&ctx->out, rec);
	json_decref(rec);
	return rc;
}

/* One file (or stdin): read, decide its format, emit.  0 or -1. */
static int
ingest_file(const char *name, struct ingest_ctx *ctx)
{
	struct buf raw = BUF_INIT, text = BUF_INIT;
	const char *p;
	size_t len;
	int rc = -1;

	ctx->in++;
	if (ingest_read(name, &raw) < 0)
		goto out;
	if (raw.len == 0) {
		msg_error("%s: empty file", name);
		goto out;
	}
	switch (ingest_sniff(name, raw.data, raw.len)) {
	case INGEST_WARC:
		msg_error("%s: WARC archives are not supported yet", name);
		goto out;
	case INGEST_HTML:
		if (ingest_html_to_utf8(name, raw.data, raw.len, NULL, &text) < 0)
			goto out;
		rc = ingest_document(name, &raw, text.data, text.len, "html", ctx);
		goto out;
	case INGEST_TEXT:
		p = raw.data;
		len = raw.len;
		/* A byte order mark is not text; the digest still covers it. */
		if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
			p += 3, len -= 3;
		rc = ingest_document(name, &raw, p, len, "text", ctx);
		goto out;
	}
out:
	if (rc < 0)
		ctx->set_aside++;
	buf_release(&raw);
	buf_release(&text);
	return rc;
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A folder: its entries in byte order of their names, recursively. */
static void
ingest_dir(const char *dir, struct ingest_ctx *ctx);

static void
ingest_path(const char *path, struct ingest_ctx *ctx)
{
	struct stat st;

	if (strcmp(path, "-") == 0) {
		ingest_file(path, ctx);
		return;
	}
	if (stat(path, &st) < 0) {
		msg_error("%s: cannot open: %s", path, strerror(errno));
		ctx->in++;
		ctx->set_aside++;
		return;
	}
	if (S_ISDIR(st.st_mode))
		ingest_dir(path, ctx);
	else
		ingest_file(path, ctx);
}

static void
ingest_dir(const char *dir, struct ingest_ctx *ctx)
{
	DIR *d;
	struct dirent *de;
	char **names = NULL;
	size_t n = 0, i;
	struct buf path = BUF_INIT;

	if ((d = opendir(dir)) == NULL) {
		msg_error("%s: cannot open folder: %s", dir, strerror(errno));
		return;
	}
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;	/* hidden files, ".", ".." */
		if (n % 64 == 0)
			names = xrealloc(names, (n + 64) * sizeof *names);
		names[n++] = xstrdup(de->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof *names, by_name);
	for (i = 0; i < n; i++) {
		buf_reset(&path);
		buf_adds(&path, dir);
		if (path.len && path.data[path.len - 1] != '/')
			buf_addc(&path, '/');
		buf_adds(&path, names[i]);
		ingest_path(path.data, ctx);
		free(names[i]);
	}
	free(names);
	buf_release(&path);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct ingest_ctx ctx;
	int c, i;

	msg_init("captive-ingest");
	while ((c = getopt_long(argc, argv, "qh", longopts, NULL)) != -1) {
		switch (c) {
		case 'q':
			opt.quiet = 1;
			break;
		case 'h':
			usage(stdout);
			return 0;
		case 'V':
			printf("captive-ingest %s\n", CAPTIVE_VERSION);
			return 0;
		default:
			usage(stderr);
			return 2;
		}
	}
	if (optind == argc) {
		usage(stderr);
		return 2;
	}
	msg_set_quiet(opt.quiet);
	memset(&ctx, 0, sizeof ctx);
	jsonl_writer_init(&ctx.out, stdout, "<stdout>");
	for (i = optind; i < argc; i++)
		ingest_path(argv[i], &ctx);
	msg_note("%lu inputs, %lu documents out, %lu set aside",
	    ctx.in, ctx.out.out, ctx.set_aside);
	msg_set_quiet(1);	/* the summary is said; stage_finish adds none */
	return stage_finish(NULL, &ctx.out, ctx.set_aside);
}
