/*
 * captive-release: turn captive-emit's folder into a versioned release.
 *
 * Reads the files of EMITDIR (<table>.csv.gz, captive.json.gz,
 * captive.xml.gz) and the schema folder (tables.json, captive.xsd,
 * captive.schema.json), and writes DIST/captive-V/ holding all of them
 * plus datapackage.json, the README.md codebook, LICENSE, CITATION.cff,
 * CHANGES.md and changes.csv.gz (against the highest earlier
 * DIST/captive-*) and SHA256SUMS; then DIST/index.json, the list of every
 * release in DIST, and DIST/index.html, the release page drawn from it.
 * No record kinds: the input is emit's files, not JSON Lines.
 *
 * Memory: the whole release is held in memory until it is written.
 * Reproducible: no timestamps, file lists sorted by name (C locale), so
 * the same inputs give byte-identical files.  The folder is built as
 * DIST/.captive-V.tmp and swapped into place at the end, so a failed run
 * leaves the previous release of V, or none, never half of one.
 */
#define _GNU_SOURCE	/* renameat2, nftw */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "jsonl.h"
#include "lex.h"
#include "msg.h"
#include "atomicfile.h"
#include "sig.h"
#include "stageopt.h"
#include "release.h"
#include "sha256.h"

static struct {
	const char *version;	/* --version V */
	const char *out;	/* --out DIST */
	const char *emitdir;
} opt;

static char *cleanup_dir;	/* the temporary folder, removed on a failed exit */

static void
usage(FILE *fp)
{
	fputs("usage: captive-release [-q] [--schema DIR] --version V --out DIST EMITDIR\n"
	      "       captive-release --version\n", fp);
	fputs("\n"
	      "Build DIST/captive-V/ from captive-emit's folder EMITDIR: its files, the\n"
	      "schemas, datapackage.json, README.md, LICENSE, CITATION.cff, CHANGES.md\n"
	      "and SHA256SUMS.  A previous DIST/captive-V/ is replaced atomically.\n"
	      "\n"
	      "  -q, --quiet       no summary line on stderr\n"
	      "      --schema DIR  the schema folder (tables.json, captive.xsd, ...)\n"
	      "      --version V   the release's version; alone: the program's version\n"
	      "      --out DIST    the folder of releases (created if missing)\n"
	      "      --help        this text\n", fp);
}

static int
release_rm_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

/* Remove the tree at path, if any; 0 or -1 with errno set. */
static int
release_rm_tree(const char *path)
{
	struct stat st;

	if (lstat(path, &st) != 0)
		return errno == ENOENT ? 0 : -1;
	return nftw(path, release_rm_one, 16, FTW_DEPTH | FTW_PHYS);
}

static void
release_cleanup(void)
{
	if (cleanup_dir != NULL)
		release_rm_tree(cleanup_dir);
}

/* Make the folder path and the folders above it, as mkdir -p does. */
static void
release_mkdirs(const char *path)
{
	char *p = xstrdup(path), *slash;

	for (slash = p + 1; (slash = strchr(slash, '/')) != NULL; slash++) {
		*slash = '\0';
		if (mkdir(p, 0777) != 0 && errno != EEXIST)
			die("%s: %s", p, strerror(errno));
		*slash = '/';
	}
	if (mkdir(p, 0777) != 0 && errno != EEXIST)
		die("%s: %s", p, strerror(errno));
	free(p);
}

/* Read the file at path into b.  0, or -1 with errno set. */
int
release_slurp(const char *path, struct buf *b)
{
	char chunk[65536];
	size_t n;
	FILE *fp = fopen(path, "rb");

	if (fp == NULL)
		return -1;
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		buf_add(b, chunk, n);
	if (ferror(fp)) {
		fclose(fp);
		errno = EIO;
		return -1;
	}
	return fclose(fp);
}

struct release_file *
release_add(struct release_files *fs, const char *name, struct buf *b)
{
	struct release_file *f = release_find(fs, name);

	if (f == NULL) {
		if (fs->n == fs->cap) {
			fs->cap = fs->cap ? 2 * fs->cap : 32;
			fs->v = xrealloc(fs->v, fs->cap * sizeof(*fs->v));
		}
		f = &fs->v[fs->n++];
		f->name = xstrdup(name);
	} else {
		buf_release(&f->data);
	}
	f->data = *b;
	buf_init(b);
	return f;
}

struct release_file *
release_find(const struct release_files *fs, const char *name)
{
	size_t i;

	for (i = 0; i < fs->n; i++)
		if (strcmp(fs->v[i].name, name) == 0)
			return &fs->v[i];
	return NULL;
}

static int
release_cmp_file(const void *a, const void *b)
{
	return strcmp(((const struct release_file *)a)->name,
		      ((const struct release_file *)b)->name);
}

static int
release_cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Add every regular file of dir whose name does not start with '.'. */
static void
release_add_dir(struct release_files *fs, const char *dir)
{
	struct buf path = BUF_INIT, b = BUF_INIT;
	struct dirent *e;
	struct stat st;
	char **names = NULL;
	size_t n = 0, i;
	DIR *d = opendir(dir);

	if (d == NULL)
		die("%s: %s", dir, strerror(errno));
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		names = xrealloc(names, (n + 1) * sizeof(*names));
		names[n++] = xstrdup(e->d_name);
	}
	closedir(d);
	if (n > 1)	/* an empty folder's names are NULL */
		qsort(names, n, sizeof(*names), release_cmp_str);
	for (i = 0; i < n; i++) {
		buf_reset(&path);
		buf_addf(&path, "%s/%s", dir, names[i]);
		if (stat(path.data, &st) == 0 && S_ISREG(st.st_mode)) {
			if (release_slurp(path.data, &b) != 0)
				die("%s: %s", path.data, strerror(errno));
			release_add(fs, names[i], &b);
		}
		free(names[i]);
	}
	free(names);
	buf_release(&path);
}

/* The JSON file at path; dies naming it when it cannot be read.  Caller decrefs. */
static json_t *
release_load_json(const char *path)
{
	json_error_t jerr;
	json_t *j = json_load_file(path, 0, &jerr);

	if (j == NULL)
		die("%s:%d: %s", path, jerr.line, jerr.text);
	return j;
}

int
release_vercmp(const char *a, const char *b)
{
	while (*a && *b) {
		if (*a >= '0' && *a <= '9' && *b >= '0' && *b <= '9') {
			char *ea, *eb;
			unsigned long na = strtoul(a, &ea, 10), nb = strtoul(b, &eb, 10);

			if (na != nb)
				return na < nb ? -1 : 1;
			a = ea;
			b = eb;
		} else if (*a != *b) {
			return (unsigned char)*a < (unsigned char)*b ? -1 : 1;
		} else {
			a++;
			b++;
		}
	}
	return *a ? 1 : *b ? -1 : 0;
}

/* The highest version of DIST/captive-* below opt.version; caller frees. */
static char *
release_previous(void)
{
	DIR *d = opendir(opt.out);
	struct dirent *e;
	char *best = NULL;

	if (d == NULL)
		return NULL;
	while ((e = readdir(d)) != NULL) {
		const char *v = e->d_name + strlen("captive-");

		if (strncmp(e->d_name, "captive-", 8) != 0 || *v == '\0' ||
		    release_vercmp(v, opt.version) >= 0 ||
		    (best != NULL && release_vercmp(v, best) <= 0))
			continue;
		free(best);
		best = xstrdup(v);
	}
	closedir(d);
	return best;
}

/* Read DIST/captive-V/NAME.csv.gz, or NULL when it cannot be read. */
static struct csvin *
release_read_previous(const char *version, const char *name)
{
	struct buf path = BUF_INIT, b = BUF_INIT;
	struct csvin *t = NULL;

	buf_addf(&path, "%s/captive-%s/%s.csv.gz", opt.out, version, name);
	if (release_slurp(path.data, &b) == 0) {
		t = xcalloc(1, sizeof(*t));
		if (csvin_read(t, path.data, b.data, b.len) < 0) {
			csvin_free(t);
			free(t);
			t = NULL;
		}
	}
	buf_release(&path);
	buf_release(&b);
	return t;
}

/* Write every file into dir; dies on the first failure. */
static void
release_write(const char *dir, struct release_files *fs)
{
	struct buf path = BUF_INIT;
	size_t i;

	for (i = 0; i < fs->n; i++) {
		struct release_file *f = &fs->v[i];
		FILE *fp;
		int bad;

		buf_reset(&path);
		buf_addf(&path, "%s/%s", dir, f->name);
		if ((fp = fopen(path.data, "wb")) == NULL)
			die("%s: %s", path.data, strerror(errno));
		bad = f->data.len > 0 && fwrite(f->data.data, 1, f->data.len, fp) != f->data.len;
		bad |= fflush(fp) != 0;
		bad |= fsync(fileno(fp)) != 0 && errno != EINVAL;
		bad |= fclose(fp) != 0;
		if (bad)
			die("%s: %s", path.data, strerror(errno));
	}
	buf_release(&path);
}

/* Put tmp in the place of final, replacing a previous final at once. */
static void
release_swap(const char *tmp, const char *final)
{
	struct buf old = BUF_INIT;
	struct stat st;

	if (lstat(final, &st) != 0) {
		if (rename(tmp, final) != 0)
			die("%s: %s", final, strerror(errno));
		return;
	}
	/* Linux swaps two folders in one step; elsewhere, two renames. */
	if (renameat2(AT_FDCWD, tmp, AT_FDCWD, final, RENAME_EXCHANGE) != 0) {
		buf_addf(&old, "%s.old", tmp);
		if (release_rm_tree(old.data) != 0 || rename(final, old.data) != 0 ||
		    rename(tmp, final) != 0)
			die("%s: %s", final, strerror(errno));
		if (release_rm_tree(old.data) != 0)
			msg_warn("%s: cannot remove: %s", old.data, strerror(errno));
		buf_release(&old);
		return;
	}
	if (release_rm_tree(tmp) != 0)	/* now the previous release */
		msg_warn("%s: cannot remove: %s", tmp, strerror(errno));
}

static void
release_sums(struct release_files *fs)
{
	struct buf b = BUF_INIT;
	char hex[SHA256_HEX_LEN + 1];
	size_t i;

	qsort(fs->v, fs->n, sizeof(*fs->v), release_cmp_file);
	for (i = 0; i < fs->n; i++) {
		if (strcmp(fs->v[i].name, "SHA256SUMS") == 0)
			continue;
		sha256_hex(fs->v[i].data.data, fs->v[i].data.len, hex);
		buf_addf(&b, "%s  %s\n", hex, fs->v[i].name);
	}
	release_add(fs, "SHA256SUMS", &b);
	qsort(fs->v, fs->n, sizeof(*fs->v), release_cmp_file);
}

static void
release_parse_options(int argc, char **argv)
{
	static const struct option longopts[] = {
		STAGE_LONGOPTS_BUT_VERSION,
		{ "version", required_argument, NULL, 'V' },
		{ "out", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 }
	};
	int c;

	/* --version alone is the program's; with a value, the release's. */
	if (argc == 2 && strcmp(argv[1], "--version") == 0) {
		puts("captive-release " CAPTIVE_VERSION);
		exit(0);
	}
	while ((c = getopt_long(argc, argv, STAGE_SHORTOPTS, longopts, NULL)) != -1) {
		if (stage_option(c, usage))
			continue;
		switch (c) {
		case 'V':
			opt.version = optarg;
			break;
		case 'o':
			opt.out = optarg;
			break;
		default:
			usage(stderr);
			exit(2);
		}
	}
	if (opt.version == NULL || opt.out == NULL || optind != argc - 1) {
		fprintf(stderr, "captive-release: needs --version V, --out DIST and one EMITDIR\n");
		usage(stderr);
		exit(2);
	}
	if (*opt.version == '\0' || strchr(opt.version, '/') != NULL ||
	    opt.version[0] == '.') {
		fprintf(stderr, "captive-release: bad version \"%s\"\n", opt.version);
		exit(2);
	}
	opt.emitdir = argv[optind];
}

int
main(int argc, char **argv)
{
	static const char *schema_files[] = { "tables.json", "captive.xsd", "captive.schema.json" };
	struct release_files fs = { NULL, 0, 0 };
	struct release_info ri;
	struct buf tmp = BUF_INIT, final = BUF_INIT, b = BUF_INIT, prevdir = BUF_INIT;
	struct release_compat compat;
	struct release_file *f;
	json_t *changes, *index;
	json_error_t jerr;
	char *prev;
	size_t i, ntables;

	msg_init("captive-release");
	release_parse_options(argc, argv);

	release_add_dir(&fs, opt.emitdir);
	for (i = 0; i < sizeof(schema_files) / sizeof(schema_files[0]); i++) {
		const char *path = schema_path(schema_files[i]);

		if (release_slurp(path, &b) != 0)
			die("%s: %s", path, strerror(errno));
		release_add(&fs, schema_files[i], &b);
	}

	memset(&ri, 0, sizeof(ri));
	ri.version = opt.version;
	ri.tables = json_loadb(release_find(&fs, "tables.json")->data.data,
			       release_find(&fs, "tables.json")->data.len, 0, &jerr);
	if (ri.tables == NULL)
		die("%s:%d: %s", schema_path("tables.json"), jerr.line, jerr.text);
	ri.schema_version = json_string_value(json_object_get(ri.tables, "schemaVersion"));
	if (ri.schema_version == NULL || *ri.schema_version < '0' || *ri.schema_version > '9')
		die("%s: no \"schemaVersion\" (like \"1.0.0\")", schema_path("tables.json"));
	ntables = json_array_size(json_object_get(ri.tables, "tables"));
	ri.csv = xcalloc(ntables + 2, sizeof(*ri.csv));	/* and changes */
	for (i = 0; i < ntables; i++) {
		json_t *t = json_array_get(json_object_get(ri.tables, "tables"), i);
		const char *name = json_string_value(json_object_get(t, "name"));

		buf_reset(&b);
		buf_addf(&b, "%s.csv.gz", name ? name : "");
		if ((f = release_find(&fs, b.data)) == NULL)
			die("%s: no %s: run captive-emit first", opt.emitdir, b.data);
		if (csvin_read(&ri.csv[i], b.data, f->data.data, f->data.len) < 0)
			die("%s: cannot release a damaged table", opt.emitdir);
	}
	buf_reset(&b);

	release_mkdirs(opt.out);
	prev = release_previous();
	ri.prev_version = prev;
	ri.prev_csv = xcalloc(ntables + 2, sizeof(*ri.prev_csv));
	for (i = 0; prev != NULL && i < ntables; i++)
		ri.prev_csv[i] = release_read_previous(prev, json_string_value(json_object_get(
				json_array_get(json_object_get(ri.tables, "tables"), i), "name")));

	/* changes.csv.gz: made from the tables, then one of them. */
	changes = release_load_json(schema_path("changes.json"));
	release_changes_csv(&b, &ri, changes);
	f = release_add(&fs, "changes.csv.gz", &b);
	json_array_append_new(json_object_get(ri.tables, "tables"), changes);
	if (csvin_read(&ri.csv[ntables], f->name, f->data.data, f->data.len) < 0)
		die("%s: cannot read back what was written", f->name);
	if (prev != NULL)
		ri.prev_csv[ntables] = release_read_previous(prev, "changes");
	ntables++;

	release_datapackage(&b, &ri, &fs);
	buf_addf(&prevdir, "%s/captive-%s", opt.out, prev ? prev : "");
	release_compat_check(&compat, prev ? prevdir.data : NULL, schema_path("tables.json"), &b);
	ri.compat = &compat;
	release_add(&fs, "datapackage.json", &b);
	release_readme(&b, &ri);
	release_add(&fs, "README.md", &b);
	release_license(&b, &ri);
	release_add(&fs, "LICENSE", &b);
	release_citation(&b, &ri);
	release_add(&fs, "CITATION.cff", &b);
	release_changes(&b, &ri);
	release_add(&fs, "CHANGES.md", &b);
	release_sums(&fs);

	buf_addf(&tmp, "%s/.captive-%s.tmp", opt.out, opt.version);
	buf_addf(&final, "%s/captive-%s", opt.out, opt.version);
	/* From here to the swap, an interrupt waits: a release whole, or none. */
	sig_hold();
	if (release_rm_tree(tmp.data) != 0)
		die("%s: %s", tmp.data, strerror(errno));
	if (mkdir(tmp.data, 0777) != 0)
		die("%s: %s", tmp.data, strerror(errno));
	cleanup_dir = tmp.data;
	atexit(release_cleanup);
	release_write(tmp.data, &fs);
	release_swap(tmp.data, final.data);
	cleanup_dir = NULL;
	sig_release();
	msg_note("%s: %zu files, %zu tables", final.data, fs.n, ntables);

	/* The list of every release in DIST, now with this one, and its page;
	 * each written to a temporary file and renamed, an interrupt held
	 * meanwhile so that no temporary file is left behind. */
	index = release_index(opt.out);
	buf_reset(&b);
	release_dump_json(&b, index);
	sig_hold();
	atomicfile_write(opt.out, "index.json", b.data, b.len);
	sig_release();
	buf_reset(&b);
	release_page(&b, index, opt.out);
	sig_hold();
	atomicfile_write(opt.out, "index.html", b.data, b.len);
	sig_release();
	json_decref(index);

	for (i = 0; i < ntables; i++) {
		csvin_free(&ri.csv[i]);
		if (ri.prev_csv[i] != NULL)
			csvin_free(ri.prev_csv[i]);
		free(ri.prev_csv[i]);
	}
	free(ri.csv);
	free(ri.prev_csv);
	free(prev);
	release_compat_free(&compat);
	buf_release(&prevdir);
	json_decref(ri.tables);
	for (i = 0; i < fs.n; i++) {
		free(fs.v[i].name);
		buf_release(&fs.v[i].data);
	}
	free(fs.v);
	buf_release(&tmp);
	buf_release(&final);
	buf_release(&b);
	return msg_errors() ? 1 : 0;
}
