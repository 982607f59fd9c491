/*
 * captive-fetch: download a captive release and verify every byte of it.
 *
 *   captive-fetch URL [DIR]     the release folder at URL into DIR
 *   captive-fetch --list URL    the releases a dist folder's index.json offers
 *
 * A release is what captive-release writes: a folder with SHA256SUMS.
 * captive-fetch asks for SHA256SUMS first, then for every file it lists,
 * hashing each as it arrives (fetch-http.c); a file appears in DIR under
 * its name only once its SHA-256 matches, and SHA256SUMS itself is written
 * last, only when every file it lists is there and verified, so a DIR with
 * SHA256SUMS holds the release whole: the same bytes as the published one.
 * When the folder above the release has index.json (captive-release
 * writes it beside the releases), the sizes it gives bound each download
 * and its checksums must agree with SHA256SUMS.  No record kinds: the
 * output is files.  Holds: the two lists, one file open at a time.
 */
#include <curl/curl.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "fetch.h"
#include "msg.h"
#include "stageopt.h"

#define FETCH_LIST_MAX (1L << 20)	/* SHA256SUMS, index.json: a MiB is plenty */

static struct {
	int list;
	struct fetch_limits lim;
} opt = { 0, { 30, 3, 1LL << 34, NULL } };

enum { OPT_LIST = 0x200, OPT_TIMEOUT, OPT_RETRIES, OPT_MAX_SIZE, OPT_CACERT };

static void
usage(FILE *fp)
{
	fputs("usage: captive-fetch [-q] [--timeout S] [--retries N] [--max-size BYTES]\n"
	      "                     [--cacert FILE] URL [DIR]\n"
	      "       captive-fetch [-q] [--cacert FILE] --list URL\n", fp);
	fputs("\n"
	      "Download the captive release at URL (http://, https:// or file://: the\n"
	      "folder holding SHA256SUMS) into DIR (default: the folder's name), each\n"
	      "file verified against SHA256SUMS as it arrives; resume what a cut\n"
	      "transfer or an earlier run left.  With --list, list the releases the\n"
	      "index.json of the folder of releases at URL offers.\n"
	      "\n"
	      "  -q, --quiet         no summary line on stderr\n"
	      "      --list          list the releases of URL's index.json\n"
	      "      --timeout S     give up a try after S seconds without a byte (30)\n"
	      "      --retries N     resume a cut transfer up to N times (3)\n"
	      "      --max-size B    largest file accepted when index.json gives no size\n"
	      "      --cacert FILE   trust the CA certificates in FILE for https\n"
	      "      --help, --version\n", fp);
}

/* A number option's value, or a usage error naming it. */
static long long
fetch_number(const char *name, const char *s, long long min)
{
	char *end;
	long long v;

	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0' || v < min) {
		fprintf(stderr, "captive-fetch: %s: bad value \"%s\"\n", name, s);
		exit(2);
	}
	return v;
}

static int
fetch_parse_options(int argc, char **argv)
{
	static const struct option longopts[] = {
		STAGE_LONGOPTS,
		{ "list", no_argument, NULL, OPT_LIST },
		{ "timeout", required_argument, NULL, OPT_TIMEOUT },
		{ "retries", required_argument, NULL, OPT_RETRIES },
		{ "max-size", required_argument, NULL, OPT_MAX_SIZE },
		{ "cacert", required_argument, NULL, OPT_CACERT },
		{ NULL, 0, NULL, 0 }
	};
	int c;

	while ((c = getopt_long(argc, argv, STAGE_SHORTOPTS, longopts, NULL)) != -1) {
		if (stage_option(c, usage))
			continue;
		switch (c) {
		case OPT_LIST:
			opt.list = 1;
			break;
		case OPT_TIMEOUT:
			opt.lim.timeout = (long)fetch_number("--timeout", optarg, 1);
			break;
		case OPT_RETRIES:
			opt.lim.retries = (int)fetch_number("--retries", optarg, 0);
			break;
		case OPT_MAX_SIZE:
			opt.lim.max_size = fetch_number("--max-size", optarg, 0);
			break;
		case OPT_CACERT:
			opt.lim.cacert = optarg;
			break;
		default:
			usage(stderr);
			exit(2);
		}
	}
	if (optind >= argc || argc - optind > (opt.list ? 1 : 2)) {
		usage(stderr);
		exit(2);
	}
	if (strncmp(argv[optind], "http://", 7) != 0 && strncmp(argv[optind], "https://", 8) != 0 &&
	    strncmp(argv[optind], "file://", 7) != 0) {
		fprintf(stderr, "captive-fetch: %s: not an http://, https:// or file:// URL\n",
			argv[optind]);
		exit(2);
	}
	return optind;
}

/* base + "/" + name, the name %-escaped. */
static void
fetch_url(struct buf *out, const char *base, const char *name)
{
	char *esc = curl_easy_escape(NULL, name, 0);

	if (esc == NULL)
		die("libcurl: cannot escape \"%s\"", name);
	buf_reset(out);
	buf_addf(out, "%s/%s", base, esc);
	curl_free(esc);
}

/* --list: one line per release: version, schema, files, bytes, URL. */
static int
fetch_list(const char *url)
{
	struct buf base = BUF_INIT, u = BUF_INIT, b = BUF_INIT;
	json_error_t jerr;
	json_t *index, *r;
	size_t i, len = strlen(url);

	buf_adds(&base, url);
	while (base.len > 0 && base.data[base.len - 1] == '/')
		buf_setlen(&base, base.len - 1);
	if (len > 5 && strcmp(url + len - 5, ".json") == 0) {
		buf_adds(&u, url);
		buf_setlen(&base, strrchr(base.data, '/') - base.data);
	} else {
		fetch_url(&u, base.data, "index.json");
	}
	if (fetch_get(u.data, &b, FETCH_LIST_MAX, FETCH_REQUIRED) != 0)
		return 1;
	if ((index = json_loadb(b.data, b.len, 0, &jerr)) == NULL ||
	    !json_is_array(json_object_get(index, "releases"))) {
		msg_error("%s:%d: not a captive index (%s)", u.data, index ? 1 : jerr.line,
			  index ? "no \"releases\"" : jerr.text);
		json_decref(index);
		return 1;
	}
	json_array_foreach(json_object_get(index, "releases"), i, r) {
		const char *path = json_string_value(json_object_get(r, "path"));

		const char *v = json_string_value(json_object_get(r, "version"));
		const char *sv = json_string_value(json_object_get(r, "schemaVersion"));

		printf("%s\t%s\t%zu files\t%" JSON_INTEGER_FORMAT " bytes\t%s/%s\n",
		       v ? v : "?", sv ? sv : "-",
		       json_array_size(json_object_get(r, "files")),
		       json_integer_value(json_object_get(r, "bytes")), base.data,
		       path ? path : "");
	}
	json_decref(index);
	buf_release(&base);
	buf_release(&u);
	buf_release(&b);
	if (fflush(stdout) != 0 || ferror(stdout))
		return msg_error("<stdout>: %s", strerror(errno)), 1;
	return 0;
}

/* DIR exists (made if need be) and takes a new file; 0 or -1 after reporting. */
static int
fetch_check_dir(const char *dir)
{
	struct buf probe = BUF_INIT;
	int fd, ret = 0;

	if (mkdir(dir, 0777) != 0 && errno != EEXIST)
		return msg_error("%s: cannot make the folder: %s", dir, strerror(errno));
	buf_addf(&probe, "%s/.captive-fetch.XXXXXX", dir);
	if ((fd = mkstemp(probe.data)) < 0) {
		ret = msg_error("%s: cannot write in it: %s", dir, strerror(errno));
	} else {
		close(fd);
		unlink(probe.data);
	}
	buf_release(&probe);
	return ret;
}

/* The SHA-256 of the file at path, if it is there.  1 when it is, else 0. */
static int
fetch_hash_file(const char *path, char hex[SHA256_HEX_LEN + 1], long long *size)
{
	char chunk[65536];
	struct sha256 h;
	size_t n;
	FILE *fp = fopen(path, "rb");

	if (fp == NULL)
		return 0;
	sha256_begin(&h);
	*size = 0;
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0) {
		sha256_add(&h, chunk, n);
		*size += (long long)n;
	}
	n = ferror(fp);
	fclose(fp);
	sha256_end(&h, hex);
	return n == 0;
}

/*
 * The sizes and checksums index.json (in the folder above the release)
 * gives for the release called name, or NULL when there is no index or it
 * does not list the release.  Caller decrefs *index.
 */
static json_t *
fetch_index(const char *base, const char *name, json_t **index)
{
	struct buf u = BUF_INIT, b = BUF_INIT;
	const char *slash = strrchr(base, '/');
	json_error_t jerr;
	json_t *rel = NULL;

	*index = NULL;
	buf_add(&u, base, (size_t)(slash - base));
	buf_adds(&u, "/index.json");
	if (fetch_get(u.data, &b, FETCH_LIST_MAX, FETCH_OPTIONAL) == 0) {
		if ((*index = json_loadb(b.data, b.len, 0, &jerr)) == NULL)
			msg_warn("%s:%d: %s: sizes not checked", u.data, jerr.line, jerr.text);
		else
			rel = fetch_index_release(*index, name);
	}
	buf_release(&u);
	buf_release(&b);
	return rel;
}

/*
 * Fetch every file of m into dir, each against what the index says.
 * Returns the number verified.
 */
static size_t
fetch_files(const char *base, const char *dir, struct fetch_manifest *m, json_t *rel)
{
	struct buf u = BUF_INIT, path = BUF_INIT;
	char hex[SHA256_HEX_LEN + 1];
	size_t i, ok = 0;
	long long size;

	for (i = 0; i < m->n; i++) {
		struct fetch_entry *e = &m->v[i];
		json_t *f = fetch_index_file(rel, e->name);

		fetch_url(&u, base, e->name);
		if (f != NULL) {
			const char *sum = json_string_value(json_object_get(f, "sha256"));

			if (sum == NULL || strcmp(sum, e->sha256) != 0) {
				msg_error("%s: index.json and SHA256SUMS disagree on its checksum: refused",
					  u.data);
				continue;
			}
			e->size = json_integer_value(json_object_get(f, "bytes"));
		}
		buf_reset(&path);
		buf_addf(&path, "%s/%s", dir, e->name);
		/* Verified by an earlier run: kept, not asked again. */
		if (fetch_hash_file(path.data, hex, &size) && strcmp(hex, e->sha256) == 0 &&
		    (e->size < 0 || size == e->size)) {
			ok++;
			continue;
		}
		if (fetch_file(u.data, dir, e) == 0)
			ok++;
	}
	buf_release(&u);
	buf_release(&path);
	return ok;
}

/*
 * A DIR/SHA256SUMS of another release (hex is the new one's checksum) is
 * removed before any file is replaced: DIR no longer claims to be whole
 * until the new SHA256SUMS is written at the end.
 */
static void
fetch_drop_stale_sums(const char *dir, const char *hex)
{
	struct buf path = BUF_INIT;
	char have[SHA256_HEX_LEN + 1];
	long long size;

	buf_addf(&path, "%s/SHA256SUMS", dir);
	if (fetch_hash_file(path.data, have, &size) && strcmp(have, hex) != 0) {
		if (unlink(path.data) != 0)
			msg_error("%s: %s", path.data, strerror(errno));
		else
			msg_warn("%s: another release's: removed until this one is whole", path.data);
	}
	buf_release(&path);
}

/* DIR/SHA256SUMS through a temporary file and rename(). */
static void
fetch_write_sums(const char *dir, const struct buf *sums)
{
	struct buf tmp = BUF_INIT, path = BUF_INIT;
	FILE *fp;
	int bad;

	buf_addf(&tmp, "%s/.SHA256SUMS.part", dir);
	buf_addf(&path, "%s/SHA256SUMS", dir);
	if ((fp = fopen(tmp.data, "wb")) == NULL) {
		msg_error("%s: %s", tmp.data, strerror(errno));
	} else {
		bad = fwrite(sums->data, 1, sums->len, fp) != sums->len;
		bad |= fflush(fp) != 0;
		bad |= fsync(fileno(fp)) != 0;
		bad |= fclose(fp) != 0;
		if (bad || rename(tmp.data, path.data) != 0) {
			msg_error("%s: %s", bad ? tmp.data : path.data, strerror(errno));
			unlink(tmp.data);
		}
	}
	buf_release(&tmp);
	buf_release(&path);
}

/* The release at url into dir (NULL: its name); 0, or 1 after reporting. */
static int
fetch_release(const char *url, const char *dir)
{
	struct buf base = BUF_INIT, u = BUF_INIT, sums = BUF_INIT, d = BUF_INIT;
	struct fetch_manifest m = { NULL, 0 };
	json_t *index = NULL, *rel, *f;
	char hex[SHA256_HEX_LEN + 1];
	const char *name;
	size_t ok;

	buf_adds(&base, url);
	while (base.len > 0 && base.data[base.len - 1] == '/')
		buf_setlen(&base, base.len - 1);
	/* scheme://host/.../NAME: NAME is past the last slash after "://". */
	name = strrchr(base.data, '/');
	if (name == NULL || strstr(base.data, "://") == NULL ||
	    name <= strstr(base.data, "://") + 2) {
		msg_error("%s: names no release folder", url);
		goto out;
	}
	name++;
	buf_adds(&d, dir != NULL ? dir : name);

	rel = fetch_index(base.data, name, &index);
	fetch_url(&u, base.data, "SHA256SUMS");
	if (fetch_get(u.data, &sums, FETCH_LIST_MAX, FETCH_QUIET_MISSING) == 1)
		msg_error("%s: no SHA256SUMS there: not a captive release", url);
	if (msg_errors() > 0)
		goto out;
	sha256_hex(sums.data, sums.len, hex);
	if ((f = fetch_index_file(rel, "SHA256SUMS")) != NULL &&
	    (json_string_value(json_object_get(f, "sha256")) == NULL ||
	     strcmp(hex, json_string_value(json_object_get(f, "sha256"))) != 0)) {
		msg_error("%s: does not match the checksum index.json gives: refused", u.data);
		goto out;
	}
	fetch_parse_sums(&m, u.data, sums.data, sums.len);
	if (m.n == 0) {
		if (msg_errors() == 0)
			msg_error("%s: lists no file", u.data);
		goto out;
	}
	if (fetch_check_dir(d.data) != 0)
		goto out;
	fetch_drop_stale_sums(d.data, hex);
	ok = fetch_files(base.data, d.data, &m, rel);
	/* SHA256SUMS last: its presence says the release is whole. */
	if (msg_errors() == 0)
		fetch_write_sums(d.data, &sums);
	msg_note("%s: %zu of %zu files verified into %s", url, ok, m.n, d.data);
out:
	fetch_manifest_free(&m);
	json_decref(index);
	buf_release(&base);
	buf_release(&u);
	buf_release(&sums);
	buf_release(&d);
	return msg_errors() ? 1 : 0;
}

int
main(int argc, char **argv)
{
	int i, ret;

	msg_init("captive-fetch");
	i = fetch_parse_options(argc, argv);
	fetch_http_init(&opt.lim);
	if (opt.list)
		ret = fetch_list(argv[i]);
	else
		ret = fetch_release(argv[i], i + 1 < argc ? argv[i + 1] : NULL);
	fetch_http_cleanup();
	return ret;
}
