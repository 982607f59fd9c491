/*
 * captive-emit: write the records as the dataset's files.
 *
 * Reads records of every kind (JSON Lines from the files named, or stdin)
 * and writes into the output folder:
 *   <table>.csv.gz    one per table of schema/tables.json, columns in schema
 *                     order, header row, RFC 4180 (CRLF), UTF-8
 *   captive.json.gz   the nested tree (emit-tree.c): each person with their
 *                     documents, events, evidence, mentions and relations
 *   captive.xml.gz    the same tree as XML, valid against schema/captive.xsd
 * Gzip output is byte-reproducible (mtime 0, level 9).  Nothing goes to
 * stdout.
 *
 * Memory: emit holds every record of the run until the end, because the
 * nested tree joins events, mentions and relations to entities that may
 * come later in the stream (resolve writes its entities last).  Documents
 * are held without their text, which no output holds.
 *
 * The records of documents captive-extract judged off-topic are left out
 * (emit-relevance.c) unless --keep-off-topic; the documents stay.
 *
 * A record of an unknown kind, or with a member of the wrong type, is
 * reported with its input and line and set aside; the rest is written and
 * the exit status is 1.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <libxml/parser.h>
#include "emit.h"
#include "gzout.h"
#include "jsonl.h"
#include "lex.h"
#include "atomicfile.h"
#include "msg.h"
#include "relevance.h"
#include "sig.h"
#include "stageopt.h"

static struct {
	const char *out;		/* --out DIR */
	const char *data_version;	/* --data-version V, else CAPTIVE_VERSION */
	int keep_off_topic;		/* --keep-off-topic */
} opt;

static void
usage(FILE *fp)
{
	fputs("usage: captive-emit [-q] [--schema DIR] [--data-version V] [--keep-off-topic]\n"
	      "                   --out DIR [FILE...]\n", fp);
	fputs("\n"
	      "Write the records (JSON Lines, from FILEs or stdin) into DIR as one\n"
	      "<table>.csv.gz per table of tables.json, captive.json.gz and\n"
	      "captive.xml.gz.\n"
	      "\n"
	      "  -q, --quiet           no summary line on stderr\n"
	      "      --schema DIR      the schema folder (tables.json)\n"
	      "      --data-version V  the version written into the JSON and XML\n"
	      "      --keep-off-topic  keep the records of documents captive-extract\n"
	      "                        judged off-topic (left out by default)\n"
	      "      --out DIR         the output folder (created if missing)\n"
	      "      --help            this text\n"
	      STAGE_LIMITS_HELP
	      "      --version         the program's version\n", fp);
}

/*
 * Write every output file of the run.  Dies on a write error, after
 * removing the temporary file.
 */
static void
emit_files(struct emit_model *m, json_t *records)
{
	struct buf gz = BUF_INIT, name = BUF_INIT, xml = BUF_INIT;
	json_t *tree;
	char *text;
	size_t i;

	for (i = 0; i < m->ntables; i++) {
		struct emit_table *t = &m->tables[i];

		buf_reset(&gz);
		buf_reset(&name);
		gzout_compress(&gz, t->csv.data, t->csv.len);
		buf_addf(&name, "%s.csv.gz", t->name);
		atomicfile_write(opt.out, name.data, gz.data, gz.len);
	}

	tree = emit_tree(m, records, opt.data_version);
	/* Compact would be smaller, but one member a line reads and diffs. */
	text = json_dumps(tree, JSON_INDENT(1) | JSON_PRESERVE_ORDER);
	if (text == NULL)
		die("cannot write the JSON tree");
	buf_reset(&xml);
	buf_adds(&xml, text);
	buf_addc(&xml, '\n');
	free(text);
	buf_reset(&gz);
	gzout_compress(&gz, xml.data, xml.len);
	atomicfile_write(opt.out, "captive.json.gz", gz.data, gz.len);

	buf_reset(&gz);
	buf_reset(&xml);
	emit_xml(&xml, tree);
	gzout_compress(&gz, xml.data, xml.len);
	atomicfile_write(opt.out, "captive.xml.gz", gz.data, gz.len);

	json_decref(tree);
	buf_release(&gz);
	buf_release(&name);
	buf_release(&xml);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		STAGE_LONGOPTS,
		{ "data-version", required_argument, NULL, 'D' },
		{ "out", required_argument, NULL, 'o' },
		{ "keep-off-topic", no_argument, NULL, 'K' },
		{ NULL, 0, NULL, 0 }
	};
	struct jsonl_reader in;
	struct jsonl_writer out;
	struct emit_model model;
	struct emit_relevance rel;
	unsigned long set_aside = 0;
	json_t *records, *kept, *rec;
	char why[256];
	size_t i;
	int c;

	msg_init("captive-emit");
	opt.data_version = CAPTIVE_VERSION;
	while ((c = getopt_long(argc, argv, STAGE_SHORTOPTS, longopts, NULL)) != -1) {
		if (stage_option(c, usage))
			continue;
		switch (c) {
		case 'D':
			opt.data_version = optarg;
			break;
		case 'o':
			opt.out = optarg;
			break;
		case 'K':
			opt.keep_off_topic = 1;
			break;
		default:
			usage(stderr);
			return 2;
		}
	}
	if (opt.out == NULL || *opt.out == '\0') {
		fprintf(stderr, "captive-emit: --out DIR is required\n");
		usage(stderr);
		return 2;
	}
	if (emit_model_load(&model, schema_path("tables.json")) < 0)
		die("cannot go on without the tables");
	if (mkdir(opt.out, 0777) != 0 && errno != EEXIST)
		die("%s: %s", opt.out, strerror(errno));
	LIBXML_TEST_VERSION

	jsonl_reader_init(&in, argv + optind, argc - optind);
	jsonl_writer_init(&out, stdout, "<stdout>");
	records = json_array();
	while ((rec = jsonl_next(&in)) != NULL) {
		if (emit_check(&model, rec, why, sizeof(why)) == 0) {
			json_array_append(records, rec);
			out.out++;
		} else {
			msg_error("%s:%lu: %s", in.name, in.line, why);
			set_aside++;
		}
		json_decref(rec);	/* records holds its own reference */
	}
	kept = emit_relevance_filter(records, opt.keep_off_topic, &rel);
	json_decref(records);
	records = kept;
	relevance_report(rel.relevant, rel.off_topic, rel.left_out);
	/* counts reconcile: the records left out are set aside, said above */
	out.out -= rel.left_out;
	set_aside += rel.left_out;

	for (i = 0; i < model.ntables; i++)
		emit_csv_header(&model.tables[i]);
	json_array_foreach(records, i, rec)
		emit_csv_record(&model, rec);
	sig_hold();	/* the tables appear together, or not at all */
	emit_files(&model, records);
	sig_release();

	json_decref(records);
	emit_model_free(&model);
	xmlCleanupParser();
	return stage_finish(&in, &out, set_aside);
}
