/*
 * captive-ingest: turn files into document records.
 *
 * Reads the files and folders named (folders recursively, entries in byte
 * order of their names, hidden entries skipped), or "-" for stdin; plain
 * text, HTML and WARC archives, each possibly gzip-compressed.  Writes one
 * "document" record per input, or per HTML or text response of a WARC
 * archive (ingest-warc.c): id, source (the name as given, or the URI),
 * format, size and SHA-256 of the raw bytes, and text (UTF-8; HTML pages
 * in another charset are converted with iconv, ingest-html.c).  Plain text
 * must be UTF-8 (or UTF-16 with its byte order mark): anything else is
 * reported and set aside, since guessing an encoding would put wrong
 * letters into names.
 *
 * In a folder only regular files are read (a FIFO would block the run);
 * a loop of links is named once; every name is shown, in messages and in
 * source, in printable UTF-8 (utf8_printable_name).  The record itself is
 * written by ingest-doc.c, below this file and ingest-warc.c alike.
 *
 * Reads no records; writes kind "document".
 */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "buf.h"
#include "ingest.h"
#include "jsonl.h"
#include "msg.h"
#include "stageopt.h"
#include "utf8.h"

static void
usage(FILE *fp)
{
	fputs("usage: captive-ingest [-q] [--max-size SIZE] [--max-ratio N] [FILE | DIR | -]...\n"
	    "Write one JSON Lines \"document\" record per input document.\n"
	    "  -q, --quiet     no summary line on stderr\n"
	    "      --max-size SIZE  skip, and report, a document larger than SIZE\n"
	    "                  bytes, decompressed (default 64M; K, M, G)\n"
	    "      --max-ratio N  stop, and report, gzip data inflating more than N\n"
	    "                  times its size past the first 1M (default 100; 0: no limit)\n"
	    "      --schema DIR  the schema folder (accepted like every stage's; ingest reads none)\n"
	    "  -h, --help      this text\n"
	    "      --version   print the version\n", fp);
}

/* How much of an input is read before its format is decided. */
#define INGEST_HEAD 65536

/*
 * An input's bytes and its text, kept from one input to the next: a fresh
 * buffer of a page's size for every page costs a page fault for every 4
 * KiB of it.  Held up to the largest input (--max-size at most);
 * freed at the end of main.
 */
static struct buf ingest_raw = BUF_INIT, ingest_text = BUF_INIT;

/*
 * Read from s into raw until raw holds want bytes or the input ends.
 * 0, or -1 after reporting.
 */
static int
ingest_read(struct ingest_src *s, struct buf *raw, size_t want)
{
	long n;

	while (raw->len < want) {
		buf_grow(raw, 65536);
		n = ingest_src_read(s, raw->data + raw->len, 65536);
		if (n == 0)
			return 0;
		if (n < 0)
			return msg_error("%s: cannot read: %s", s->name, s->why);
		raw->len += (size_t)n;
		raw->data[raw->len] = '\0';
	}
	return 0;
}

/*
 * The first bytes of s into raw, enough to tell the format.  A loss (a
 * corrupt gzip member) after some bytes is left for the next read to
 * report, in the record it belongs to.  0, or -1 after reporting.
 */
static int
ingest_head(struct ingest_src *s, struct buf *raw)
{
	long n;

	while (raw->len < 16) {
		buf_grow(raw, INGEST_HEAD);
		n = ingest_src_read(s, raw->data + raw->len, INGEST_HEAD);
		if (n == 0)
			break;
		if (n < 0) {
			if (raw->len == 0)
				return msg_error("%s: cannot read: %s", s->name, s->why);
			s->pending = s->why;
			break;
		}
		raw->len += (size_t)n;
		raw->data[raw->len] = '\0';
	}
	return 0;
}

/* A whole text or HTML input in raw: convert, emit.  0 or -1. */
static int
ingest_page(const char *name, const struct buf *raw, struct ingest_ctx *ctx)
{
	struct buf *text = &ingest_text;
	struct ingest_doc doc = { name, name, "text", raw->data, raw->len,
	    raw->data, raw->len, NULL };

	buf_reset(text);
	if (ingest_sniff(name, raw->data, raw->len) == INGEST_HTML) {
		if (ingest_html_to_utf8(name, raw->data, raw->len, NULL, text) < 0)
			return -1;
		doc.format = "html";
		doc.text = text->data;
		doc.textlen = text->len;
	} else if (raw->len >= 2 && (memcmp(raw->data, "\xFF\xFE", 2) == 0 ||
	    memcmp(raw->data, "\xFE\xFF", 2) == 0)) {
		/* UTF-16 with its byte order mark says what it is: no guess
		 * (iconv's "UTF-16" reads the mark and drops it). */
		if (ingest_to_utf8(name, raw->data, raw->len, "UTF-16", text) < 0)
			return -1;
		doc.text = text->data;
		doc.textlen = text->len;
	} else if (raw->len >= 3 && memcmp(raw->data, "\xEF\xBB\xBF", 3) == 0) {
		/* A byte order mark is not text; the digest still covers it. */
		doc.text += 3;
		doc.textlen -= 3;
	}
	return ingest_emit(ctx, &doc);
}

/*
 * One file (or stdin) at path, shown as name: its first bytes decide the
 * format.  A WARC archive is read record by record; anything else is read
 * whole (up to --max-size) and is one document.  special_ok: a FIFO
 * or device named by the user may be read (see ingest_src_open).
 */
static void
ingest_file(const char *path, const char *name, int special_ok,
    struct ingest_ctx *ctx)
{
	struct ingest_src src;
	struct buf *raw = &ingest_raw;
	int rc = -1;

	ctx->in++;
	if (ingest_src_open(&src, path, name, special_ok) < 0) {
		ctx->set_aside++;
		return;
	}
	buf_reset(raw);
	if (ingest_head(&src, raw) < 0)
		goto out;
	if (raw->len == 0) {
		msg_error("%s: empty file", name);
		goto out;
	}
	if (ingest_sniff(name, raw->data, raw->len) == INGEST_WARC) {
		ctx->set_aside += ingest_warc(&src, raw->data, raw->len, ctx);
		rc = 0;
		goto out;
	}
	if (ingest_read(&src, raw, ingest_limits.max_bytes + 1) < 0)
		goto out;
	if (raw->len > ingest_limits.max_bytes)
		msg_error("%s: larger than %lu bytes (--max-size), skipped", name,
		    ingest_limits.max_bytes);
	else
		rc = ingest_page(name, raw, ctx);
out:
	if (rc < 0)
		ctx->set_aside++;
	ingest_src_close(&src);
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * The folders from the one named down to the one being read, so that a
 * symbolic link back up (a loop) is seen and not followed forever.
 */
struct ingest_visit {
	dev_t dev;
	ino_t ino;
	const struct ingest_visit *up;
};

static void
ingest_dir(const char *dir, const char *name, const struct stat *st,
    const struct ingest_visit *up, struct ingest_ctx *ctx);

/*
 * One input path: a folder is walked, anything else read as a file.  top:
 * the user named it (not found in a folder).  up: the folders above it.
 */
static void
ingest_path(const char *path, int top, const struct ingest_visit *up,
    struct ingest_ctx *ctx)
{
	struct stat st;
	char *name;

	if (strcmp(path, "-") == 0) {
		ingest_file(path, path, 1, ctx);
		return;
	}
	/* Bytes of a name that are not UTF-8, or a newline in it, would break
	 * the message line and the record's source: both show it escaped. */
	name = utf8_printable_name(path);
	if (strcmp(name, path) != 0)
		msg_warn("%s: the name holds control characters or bytes that are "
		    "not UTF-8, shown (and kept as source) as \\ escapes", name);
	if (stat(path, &st) < 0) {
		msg_error("%s: cannot open: %s", name, errno == ELOOP ?
		    "a loop of symbolic links" : strerror(errno));
		ctx->in++;
		ctx->set_aside++;
	} else if (S_ISDIR(st.st_mode)) {
		ingest_dir(path, name, &st, up, ctx);
	} else {
		ingest_file(path, name, top, ctx);
	}
	free(name);
}

/* A folder: its entries in byte order of their names, recursively. */
static void
ingest_dir(const char *dir, const char *name, const struct stat *st,
    const struct ingest_visit *up, struct ingest_ctx *ctx)
{
	struct ingest_visit here = { st->st_dev, st->st_ino, up };
	const struct ingest_visit *v;
	DIR *d;
	struct dirent *de;
	char **names = NULL;
	size_t n = 0, i;
	struct buf path = BUF_INIT;

	for (v = up; v != NULL; v = v->up)
		if (v->dev == st->st_dev && v->ino == st->st_ino) {
			msg_error("%s: a folder inside itself (a symbolic link loop): "
			    "skipped", name);
			ctx->in++;
			ctx->set_aside++;
			return;
		}
	if ((d = opendir(dir)) == NULL) {
		msg_error("%s: cannot open folder: %s", name, strerror(errno));
		ctx->in++;
		ctx->set_aside++;
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
	if (n > 1)	/* an empty folder's names are NULL, which qsort must not see */
		qsort(names, n, sizeof *names, by_name);
	for (i = 0; i < n; i++) {
		buf_reset(&path);
		buf_adds(&path, dir);
		if (path.len && path.data[path.len - 1] != '/')
			buf_addc(&path, '/');
		buf_adds(&path, names[i]);
		ingest_path(path.data, 0, &here, ctx);
		free(names[i]);
	}
	free(names);
	buf_release(&path);
}

int
main(int argc, char **argv)
{
	enum { OPT_MAX_SIZE = 1, OPT_MAX_RATIO };
	static const struct option longopts[] = {
		STAGE_LONGOPTS,
		{ "max-size", required_argument, NULL, OPT_MAX_SIZE },
		{ "max-ratio", required_argument, NULL, OPT_MAX_RATIO },
		{ NULL, 0, NULL, 0 }
	};
	struct ingest_ctx ctx;
	int c, i;

	msg_init("captive-ingest");
	while ((c = getopt_long(argc, argv, STAGE_SHORTOPTS, longopts, NULL)) != -1) {
		if (stage_option(c, usage))
			continue;
		switch (c) {
		case OPT_MAX_SIZE:
			ingest_limits.max_bytes = stage_size_arg("--max-size", optarg, usage);
			break;
		case OPT_MAX_RATIO:
			/* 0 turns the check off: "0" is no size, so parse here. */
			if (strcmp(optarg, "0") == 0)
				ingest_limits.max_ratio = 0;
			else
				ingest_limits.max_ratio = stage_size_arg("--max-ratio", optarg, usage);
			break;
		default:
			usage(stderr);
			return 2;
		}
	}
	if (optind == argc) {
		usage(stderr);
		return 2;
	}
	memset(&ctx, 0, sizeof ctx);
	jsonl_writer_init(&ctx.out, stdout, "<stdout>");
	/*
	 * The operands too in byte order of their names, like a folder's
	 * entries: a shell glob sorts by the locale's collation, so the same
	 * glob of the seeds comes in another order under another LC_ALL, and the
	 * release (document order, first-seen names) must not change with it.
	 */
	qsort(argv + optind, (size_t)(argc - optind), sizeof *argv, by_name);
	for (i = optind; i < argc; i++)
		ingest_path(argv[i], 1, NULL, &ctx);
	/* Under -q too when something was set aside (see stage_finish). */
	(ctx.set_aside ? msg_warn : msg_note)("%lu inputs, %lu documents out, "
	    "%lu set aside", ctx.in, ctx.out.out, ctx.set_aside);
	buf_release(&ingest_raw);
	buf_release(&ingest_text);
	/* The summary is said: stage_finish adds none (quiet, and nothing set
	 * aside as far as it knows); the exit status comes from the errors. */
	msg_set_quiet(1);
	return stage_finish(NULL, &ctx.out, 0);
}
