/*
 * captive-validate: every record checked against the schema.
 *
 * Reads records of any kind; a record whose kind schema/tables.json builds
 * a table from is checked against that table's fields (type, required,
 * enum, pattern, minimum), and so are the rows nested in it (an event's
 * participants).  Valid records go to stdout unchanged; invalid ones are
 * reported on stderr with the input, line, record id and reason, and set
 * aside in the rejects file (--rejects FILE) as {"kind":"reject", ...}
 * records holding the reason and the record itself.  Records of kinds no
 * table describes pass through unchecked, and are counted.
 *
 * in = out + set aside, always.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "buf.h"
#include "jsonl.h"
#include "lex.h"
#include "msg.h"
#include "stageopt.h"
#include "validate.h"

static struct {
	const char *rejects;
} opt;

static void
usage(FILE *fp)
{
	fputs("usage: captive-validate [-q] [--schema DIR] [--rejects FILE] [FILE...]\n"
	    "Check every record against schema/tables.json; pass the valid ones,\n"
	    "report the others and set them aside in the rejects file.\n"
	    "  -r, --rejects FILE  where invalid records go (JSON Lines)\n"
	    "  -q, --quiet         no summary line on stderr\n"
	    "      --schema DIR    the schema folder\n"
	    "  -h, --help          this text\n"
	    STAGE_LIMITS_HELP
	    "      --version       print the version\n", fp);
}

/* Set rec aside: report it, and keep it with its reason in the rejects file. */
static void
validate_reject(json_t *rec, const char *input, unsigned long line,
    const char *reason, FILE *rejects)
{
	const char *id = jsonl_str(rec, "id");
	json_t *r;

	msg_error("%s:%lu: %s%s%s%s: %s", input, line, jsonl_str(rec, "kind"),
	    id ? " \"" : "", id ? id : "", id ? "\"" : "", reason);
	if (rejects == NULL)
		return;
	r = json_object();
	json_object_set_new(r, "kind", json_string("reject"));
	json_object_set_new(r, "input", json_string(input));
	json_object_set_new(r, "line", json_integer((json_int_t)line));
	json_object_set_new(r, "reason", json_string(reason));
	json_object_set(r, "record", rec);
	if (jsonl_encode(rejects, r) < 0 ||
	    putc('\n', rejects) == EOF)
		msg_error("%s: write error: %s", opt.rejects, strerror(errno));
	json_decref(r);
}

/*
 * Open the rejects file.  A regular file is written as PATH.tmp (its name
 * in tmp) and renamed by rejects_close, so that a run cut short leaves no
 * rejects file that looks complete; a device or FIFO (/dev/stderr) is
 * written as it is (tmp left empty).  Dies when it cannot be created.
 */
static FILE *
rejects_open(const char *path, struct buf *tmp)
{
	struct stat st;
	FILE *fp;

	if (stat(path, &st) != 0 || S_ISREG(st.st_mode))
		buf_addf(tmp, "%s.tmp", path);
	if ((fp = fopen(tmp->len ? tmp->data : path, "w")) == NULL)
		die("%s: cannot create: %s", path, strerror(errno));
	return fp;
}

/* Close the rejects file, checking every write; rename it into place. */
static void
rejects_close(FILE *fp, const char *path, const struct buf *tmp)
{
	int bad = ferror(fp) != 0;

	bad |= fflush(fp) != 0;
	bad |= fclose(fp) != 0;
	if (!bad && tmp->len && rename(tmp->data, path) != 0)
		bad = 1;
	if (bad) {
		msg_error("%s: write error: %s", path, strerror(errno));
		if (tmp->len)
			unlink(tmp->data);
	}
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "rejects", required_argument, NULL, 'r' },
		STAGE_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct jsonl_reader in;
	struct jsonl_writer out;
	struct validate_schema *schema;
	struct buf reason = BUF_INIT, rejects_tmp = BUF_INIT;
	unsigned long set_aside = 0, unchecked = 0;
	FILE *rejects = NULL;
	json_t *rec;
	int c, rc, checked;

	msg_init("captive-validate");
	while ((c = getopt_long(argc, argv, "r:" STAGE_SHORTOPTS, longopts, NULL)) != -1) {
		if (stage_option(c, usage))
			continue;
		switch (c) {
		case 'r':
			opt.rejects = optarg;
			break;
		default:
			usage(stderr);
			return 2;
		}
	}
	if ((schema = validate_schema_load(schema_path("tables.json"))) == NULL)
		die("cannot go on without the schema");
	if (opt.rejects)
		rejects = rejects_open(opt.rejects, &rejects_tmp);
	jsonl_reader_init(&in, argv + optind, argc - optind);
	jsonl_writer_init(&out, stdout, "<stdout>");
	while ((rec = jsonl_next(&in)) != NULL) {
		buf_reset(&reason);
		checked = validate_record(schema, rec, &reason);
		if (checked < 0) {
			validate_reject(rec, in.name, in.line, reason.data, rejects);
			set_aside++;
		} else {
			unchecked += checked == 0;
			jsonl_write(&out, rec);
		}
		json_decref(rec);
	}
	if (rejects)
		rejects_close(rejects, opt.rejects, &rejects_tmp);
	if (unchecked)
		msg_note("%lu records of kinds no table describes passed unchecked", unchecked);
	rc = stage_finish(&in, &out, set_aside);
	validate_schema_free(schema);
	buf_release(&reason);
	buf_release(&rejects_tmp);
	return rc;
}
