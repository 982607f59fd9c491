/*
 * html-driver: run clean_html over many pages in one process, for the
 * benchmark and the tests.
 *
 *   html-driver [-o DIR] [-m] FILE...
 *
 * Each FILE (HTML, or gzip-compressed HTML: zlib reads both) goes through
 * clean_html.  With -o, the text goes to DIR/<name>.txt, <name> being the
 * file's name without .gz and .html; without -o, to stdout (pages separated
 * by a form feed line).  -m writes the metadata object after the text.
 * Prints "N pages, S s, P pages/s" on stderr (time spent in clean_html,
 * parse included; reading the files excluded).  Exit 1 if a page failed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>
#include <jansson.h>
#include "buf.h"
#include "lex.h"
#include "msg.h"
#include "clean-html.h"

static int
read_file(const char *path, struct buf *b)
{
	gzFile f = gzopen(path, "rb");
	char chunk[65536];
	int n;

	if (f == NULL)
		return msg_error("%s: cannot open", path);
	buf_reset(b);
	while ((n = gzread(f, chunk, sizeof(chunk))) > 0)
		buf_add(b, chunk, (size_t)n);
	gzclose(f);
	return n < 0 ? msg_error("%s: read error", path) : 0;
}

static double
now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

int
main(int argc, char **argv)
{
	const char *dir = NULL;
	int c, want_meta = 0, status = 0;

	msg_init("html-driver");
	while ((c = getopt(argc, argv, "o:m")) != -1) {
		if (c == 'o')
			dir = optarg;
		else if (c == 'm')
			want_meta = 1;
		else
			return 2;
	}
	struct clean_html_rules *r = clean_html_rules_load();
	if (r == NULL)
		return 2;
	struct buf page = BUF_INIT, text = BUF_INIT;
	double spent = 0;
	int pages = 0;
	for (int i = optind; i < argc; i++) {
		if (read_file(argv[i], &page) < 0) {
			status = 1;
			continue;
		}
		json_t *meta = json_object();
		buf_reset(&text);
		double t0 = now();
		if (clean_html(r, page.data, page.len, argv[i], &text, meta) < 0)
			status = 1;
		spent += now() - t0;
		pages++;
		FILE *out = stdout;
		if (dir != NULL) {
			const char *base = strrchr(argv[i], '/');
			base = base ? base + 1 : argv[i];
			size_t bl = strcspn(base, ".");
			char path[4096];
			snprintf(path, sizeof(path), "%s/%.*s.txt", dir, (int)bl, base);
			if ((out = fopen(path, "w")) == NULL)
				die("%s: cannot write", path);
		} else if (i > optind) {
			fputs("\f\n", out);
		}
		fwrite(text.data, 1, text.len, out);
		if (text.len > 0)
			fputc('\n', out);
		if (want_meta) {
			char *s = json_dumps(meta, JSON_COMPACT | JSON_PRESERVE_ORDER);
			fprintf(out, "%s\n", s);
			free(s);
		}
		if (out != stdout && fclose(out) != 0)
			die("write error");
		json_decref(meta);
	}
	fprintf(stderr, "html-driver: %d pages, %.3f s, %.1f pages/s\n", pages, spent,
		spent > 0 ? pages / spent : 0.0);
	buf_release(&page);
	buf_release(&text);
	clean_html_rules_free(r);
	if (fflush(stdout) != 0)
		die("write error");
	return status;
}
