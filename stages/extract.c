/*
 * captive-extract: persons, groups, organizations, places and events of
 * each document, every one with its evidence.
 *
 * Reads the document records of captive-clean (any other record passes
 * through unchanged) and writes, for each document, the document itself,
 * then its person, group, organization, place, event, mention and
 * relation records (RECORDS.md).  Offsets are characters of the
 * document's cleaned text.  Dates are resolved against the document's
 * "published" member when it has one.  The document record gets a
 * relevance judgement (extract-relevance.c): an act against a person and
 * a tie to North Korea, or "off-topic", with the evidence.
 *
 * The rules live in the helpers (extract.h lists them) and the words they
 * use in the TSV files of schema/lexicons/ (see
 * extract.md), read once at start.
 * Nothing is kept between documents but the lexicons.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include "extract.h"
#include "jsonl.h"
#include "lex.h"
#include "msg.h"
#include "stageopt.h"
#include "utf8.h"

struct extract_ctx {
	struct xlex lx;
	struct jsonl_reader in;
	struct jsonl_writer out;
	unsigned long set_aside;
	unsigned long records;	/* records written besides documents */
	int trace;		/* --trace: why each event is there, on stderr */
	unsigned long relevant, off_topic;	/* documents, by extract_relevance */
};

static void
usage(FILE *fp)
{
	fputs("usage: captive-extract [-q] [--trace] [--schema DIR] [FILE...]\n"
	    "Extract persons, groups, organizations, places and events from the\n"
	    "document records of captive-clean (JSON Lines on stdin or in FILEs).\n"
	    "  -q, --quiet     no summary on stderr\n"
	    "      --trace     tell on stderr, for each event, the lexicon line of its\n"
	    "                  trigger and the rules that chose its victims and date,\n"
	    "                  and for each document its relevance and why\n"
	    "      --schema DIR  read lexicons from DIR/lexicons\n"
	    "  -h, --help      print this help\n"
	    STAGE_LIMITS_HELP
	    "      --version   print the version\n", fp);
}

/*
 * The one job: doc is a document record; write it and what it names.
 * Returns 0, or -1 after reporting (the record is then set aside).
 */
static int
extract_document(json_t *doc, struct extract_ctx *ctx)
{
	struct xdoc d;
	struct xrelevance rel;
	json_t *tv = json_object_get(doc, "text");
	const char *pub = jsonl_str(doc, "published"), *byline = jsonl_str(doc, "byline");
	const char *id = jsonl_str(doc, "id");
	size_t bad;
	unsigned long before;

	if (!json_is_string(tv))
		return msg_error("%s:%lu: record has no \"text\" field", ctx->in.name, ctx->in.line);
	if (!id)
		return msg_error("%s:%lu: record has no \"id\" field", ctx->in.name, ctx->in.line);
	memset(&d, 0, sizeof(d));
	d.docid = id;
	d.text = json_string_value(tv);
	d.len = json_string_length(tv);
	d.title = jsonl_str(doc, "title");
	d.lx = &ctx->lx;
	if (utf8_check(d.text, d.len, &bad) != 0)
		return msg_error("%s:%lu: text is not valid UTF-8 (byte %zu)", ctx->in.name,
		    ctx->in.line, bad);
	if (byline && utf8_check(byline, strlen(byline), NULL) != 0)
		byline = NULL;
	if (pub && date_parse_iso(pub, &d.pub) != 0) {
		msg_warn("%s:%lu: published \"%.40s\" is not an ISO date; relative dates left "
		    "unresolved", ctx->in.name, ctx->in.line, pub);
		memset(&d.pub, 0, sizeof(d.pub));
	}

	extract_tokenize(&d);
	extract_split_sentences(&d);
	extract_passes(&d, byline);
	extract_make_ids(&d);
	extract_relevance(&d, &rel);
	extract_put_relevance(&d, &rel, doc);
	if (rel.relevant)
		ctx->relevant++;
	else
		ctx->off_topic++;

	if (jsonl_write(&ctx->out, doc) != 0) {
		extract_doc_free(&d);
		return -1;
	}
	before = ctx->out.out;
	extract_write(&d, &ctx->out, byline);
	ctx->records += ctx->out.out - before;
	if (ctx->trace) {
		extract_trace(&d, stderr);
		extract_relevance_trace(&d, &rel, stderr);
	}
	extract_doc_free(&d);
	return 0;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		STAGE_LONGOPTS,
		{ "trace", no_argument, NULL, 'T' },
		{ NULL, 0, NULL, 0 }
	};
	struct extract_ctx ctx;
	json_t *rec;
	int c;

	msg_init("captive-extract");
	memset(&ctx, 0, sizeof(ctx));
	while ((c = getopt_long(argc, argv, STAGE_SHORTOPTS, longopts, NULL)) != -1) {
		if (stage_option(c, usage))
			continue;
		if (c == 'T') {
			ctx.trace = 1;
			continue;
		}
		usage(stderr);
		return 2;
	}
	if (extract_lex_load(&ctx.lx) != 0)
		die("cannot load the lexicons from %s/lexicons", schema_dir());
	jsonl_reader_init(&ctx.in, argv + optind, argc - optind);
	jsonl_writer_init(&ctx.out, stdout, "<stdout>");
	while ((rec = jsonl_next(&ctx.in)) != NULL) {
		const char *kind = jsonl_str(rec, "kind");

		if (kind && strcmp(kind, "document") == 0) {
			if (extract_document(rec, &ctx) != 0)
				ctx.set_aside++;
		} else
			jsonl_write(&ctx.out, rec);	/* not ours: passed on */
		json_decref(rec);	/* the loop owns rec */
	}
	msg_note("%lu records extracted", ctx.records);
	/* extract sets no off-topic document aside (captive-emit does): a
	 * note, not a warning */
	msg_note("%lu documents relevant, %lu off-topic", ctx.relevant, ctx.off_topic);
	ctx.out.out -= ctx.records;	/* counts reconcile: records in = out + set aside */
	extract_lex_free(&ctx.lx);
	return stage_finish(&ctx.in, &ctx.out, ctx.set_aside);
}
