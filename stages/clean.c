/*
 * captive-clean: the article and nothing else, with what it says about
 * itself.
 *
 * Reads JSON Lines; each record of kind "document" gets its "text"
 * replaced by the article's body: valid NFC UTF-8 with plain white space,
 * the page's furniture removed (navigation, tickers, share and comment
 * prompts, advertisements, disclaimers, captions, reading lists), and
 * gains the metadata found in it: title, publisher, byline, published (ISO
 * date), dateline, language, and "found" (field -> where, e.g. "line 5").
 * Records of other kinds pass through unchanged.  HTML documents (format
 * "html") go through clean-html.c first.  With --text, only the cleaned
 * texts are written, a form feed line between documents.
 *
 * Plain text is judged line by line (see clean.h for the passes):
 * rules kept as data in schema/lexicons/boilerplate.tsv, the evidence of
 * a line's role weighed as line-roles.tsv says (clean-roles.c), the shape
 * of a line, and its place relative to the headline and the body.
 *
 * Reads kind "document" (others pass through); writes kind "document".
 */
#include <getopt.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "acm.h"
#include "buf.h"
#include "jsonl.h"
#include "lex.h"
#include "msg.h"
#include "stageopt.h"
#include "clean.h"
#include "clean-html.h"

static struct {
	int text;	/* --text: write the cleaned texts only */
	int trace;	/* --trace: say on stderr why each line went */
} opt;

struct clean_ctx {
	struct clean_rules rules;
	struct jsonl_writer out;
	unsigned long set_aside;
};

static void
usage(FILE *fp)
{
	fputs("usage: captive-clean [-q] [--text] [--trace] [--schema DIR] [FILE...]\n"
	    "  -q, --quiet     no summary on stderr\n"
	    "      --text      write only the cleaned texts, a form feed line between\n"
	    "      --trace     tell on stderr why each dropped line was dropped\n"
	    "                  (the signals that weighed on a line, the metadata chosen)\n"
	    "      --schema DIR  read the lexicons from DIR/lexicons\n"
	    "  -h, --help      print this help\n"
	    STAGE_LIMITS_HELP
	    "      --version   print the version\n", fp);
}

/* The fields clean adds, in the order RECORDS.md gives. */
static const char *const meta_fields[] = {
	"title", "publisher", "byline", "published", "dateline", "language", "found", NULL
};

static void
trace_lines(const struct cdoc *d, const struct clean_rules *r)
{
	struct buf why = BUF_INIT;
	size_t i;

	for (i = 0; i < d->n; i++) {
		const struct cline *l = &d->lines[i];

		buf_reset(&why);
		if (!l->drop && roles_near(r, l)) {
			/* kept against some evidence: how close it came */
			roles_describe(r, l, &why);
			fprintf(stderr, "%s:%u: kept (%s): %.70s\n", d->source, l->no,
			    why.data, l->s);
			continue;
		}
		if (!l->drop)
			continue;
		if (l->why && strcmp(l->why, CLEAN_WHY_ROLES) == 0)
			roles_describe(r, l, &why);
		else
			buf_adds(&why, l->why ? l->why : "?");
		fprintf(stderr, "%s:%u: dropped (%s): %.70s\n", d->source, l->no,
		    why.data, l->s);
	}
	buf_release(&why);
}

/* Does d hold a line with a letter or digit? */
static int
has_text(const struct cdoc *d)
{
	size_t i;

	for (i = 0; i < d->n; i++)
		if (d->lines[i].words > 0)
			return 1;
	return 0;
}

/*
 * The lines of one text, judged.  text (normalized, taken over) is split;
 * html says the text came out of clean_html, which has removed the page's
 * furniture by its markup already (and better than shapes would: a list of
 * repeated items, a table of figures are article there), so only the
 * lexicon's rules apply.  The kept text goes to out,
 * metadata not yet in meta to meta.
 */
static void
clean_lines(char *text, size_t len, const struct buf *gaps, const char *source, int html,
	    const struct clean_rules *r, struct buf *out, json_t *meta)
{
	struct cdoc d;

	memset(&d, 0, sizeof d);
	d.source = source;
	d.html = html;
	clean_split(&d, text, len, (const unsigned char *)gaps->data, gaps->len);
	clean_find_words(&d, r);
	clean_apply_rules(&d, r);
	clean_mark_meta_lines(&d, r);
	if (!html) {
		clean_roles(&d, r);
		clean_find_title(&d, r, meta);
		clean_shape(&d);
		clean_roles_place(&d, r);
		clean_zones(&d);
	} else {
		clean_find_body(&d);
	}
	clean_find_meta(&d, r, meta);
	if (r->trace)
		trace_lines(&d, r);
	clean_join(&d, out);
	if (out->len == 0 && has_text(&d))
		msg_warn("%s: no article text left: every line was judged page furniture "
		    "(--trace tells why)", source);
	clean_doc_free(&d);
}

static int
clean_document(json_t *doc, struct clean_ctx *ctx)
{
	const char *source = jsonl_str(doc, "source"), *format = jsonl_str(doc, "format");
	json_t *jtext = json_object_get(doc, "text"), *meta = json_object();
	struct buf norm = BUF_INIT, out = BUF_INIT, page = BUF_INIT, gaps = BUF_INIT;
	const char *text, *lang;
	size_t len, i;
	char *owned;
	int html = format && strcmp(format, "html") == 0;

	if (source == NULL)
		source = jsonl_str(doc, "id") ? jsonl_str(doc, "id") : "<document>";
	if (!json_is_string(jtext)) {
		json_decref(meta);
		return msg_error("%s: document has no \"text\" string", source);
	}
	text = json_string_value(jtext);
	len = json_string_length(jtext);
	if (html) {
		/* HTML: the markup decides first (clean-html.c). */
		if (ctx->rules.html == NULL ||
		    clean_html(ctx->rules.html, text, len, source, &page, meta) < 0) {
			if (ctx->rules.html == NULL)
				msg_error("%s: html not supported: html-hints lexicon missing", source);
			buf_release(&page);
			json_decref(meta);
			return -1;
		}
		text = page.data;
		len = page.len;
	}
	if (clean_normalize(text, len, source, &norm, &gaps) < 0) {
		buf_release(&gaps);
		buf_release(&page);
		json_decref(meta);
		return -1;
	}
	owned = buf_detach(&norm, &len);
	clean_lines(owned, len, &gaps, source, html, &ctx->rules, &out, meta);
	buf_release(&gaps);
	buf_release(&page);
	if ((lang = clean_language(out.data, out.len)) != NULL && !json_object_get(meta, "language"))
		json_object_set_new(meta, "language", json_string(lang));
	/* out is whole lines of the normalized text, valid UTF-8 (clean_join):
	 * jansson need not check it again, a pass over every byte */
	json_object_set_new(doc, "text", json_stringn_nocheck(out.data, out.len));
	for (i = 0; meta_fields[i]; i++) {
		json_t *v = json_object_get(meta, meta_fields[i]);

		if (v)
			json_object_set(doc, meta_fields[i], v);
		else
			json_object_del(doc, meta_fields[i]);
	}
	buf_release(&out);
	json_decref(meta);
	return 0;
}

/* --text: the cleaned text alone, a form feed line before all but the first. */
static int
write_text(const json_t *doc, struct clean_ctx *ctx)
{
	const char *text = jsonl_str(doc, "text");

	if ((ctx->out.out > 0 && fputs("\f\n", stdout) == EOF) ||
	    fputs(text, stdout) == EOF || putchar('\n') == EOF) {
		if (!ctx->out.failed)
			msg_error("<stdout>: write error");
		ctx->out.failed = 1;
		return -1;
	}
	ctx->out.out++;
	return 0;
}

static void
load_rules(struct clean_rules *r, int trace)
{
	memset(r, 0, sizeof *r);
	r->trace = trace;
	r->words = acm_new();
	r->foldw[0] = acm_add(r->words, "\xE2\x84\xAA", 3);	/* the Kelvin sign */
	r->foldw[1] = acm_add(r->words, "\xC5\xBF", 2);		/* the long s */
	r->boiler = boiler_load("boilerplate", r->words);
	r->pubs = pubs_load("publishers");
	r->pubev = pubev_load("publisher-evidence", r->words);
	r->roles = roles_load("line-roles", "line-cues", r->words);
	if (r->boiler == NULL || r->pubs == NULL || r->pubev == NULL || r->roles == NULL ||
	    meta_init(r->words) < 0)
		die("cannot go on without the lexicons of %s", schema_dir());
	acm_build(r->words);
	r->md = pcre2_match_data_create(32, NULL);
	r->html = clean_html_rules_load();	/* NULL: HTML documents fail */
}

static void
free_rules(struct clean_rules *r)
{
	boiler_free(r->boiler);
	pubs_free(r->pubs);
	pubev_free(r->pubev);
	roles_free(r->roles);
	meta_free();
	if (r->html)
		clean_html_rules_free(r->html);
	pcre2_match_data_free(r->md);
	acm_free(r->words);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		STAGE_LONGOPTS,
		{ "text", no_argument, NULL, 't' },
		{ "trace", no_argument, NULL, 'T' },
		{ NULL, 0, NULL, 0 }
	};
	struct clean_ctx ctx;
	struct jsonl_reader in;
	json_t *rec;
	int c, status;

	msg_init("captive-clean");
	while ((c = getopt_long(argc, argv, STAGE_SHORTOPTS, longopts, NULL)) != -1) {
		if (stage_option(c, usage))
			continue;
		switch (c) {
		case 't':
			opt.text = 1;
			break;
		case 'T':
			opt.trace = 1;
			break;
		default:
			usage(stderr);
			return 2;
		}
	}
	/*
	 * One page's tree and buffers are freed before the next page's are
	 * made: keep the memory (up to the largest page's needs, so no
	 * growth with the number of documents) instead of giving it back to
	 * the kernel and taking page faults to get it again.  An advice:
	 * failure changes nothing but speed.
	 */
#if defined(M_MMAP_THRESHOLD) && defined(M_TRIM_THRESHOLD)	/* glibc */
	mallopt(M_MMAP_THRESHOLD, 256 << 20);
	mallopt(M_TRIM_THRESHOLD, 512 << 20);
#endif
	memset(&ctx, 0, sizeof ctx);
	load_rules(&ctx.rules, opt.trace);
	jsonl_writer_init(&ctx.out, stdout, "<stdout>");
	jsonl_reader_init(&in, argv + optind, argc - optind);
	while ((rec = jsonl_next(&in)) != NULL) {
		const char *kind = jsonl_str(rec, "kind");

		if (strcmp(kind, "document") != 0) {
			if (!opt.text)
				jsonl_write(&ctx.out, rec);
		} else if (clean_document(rec, &ctx) < 0) {
			ctx.set_aside++;
		} else if (opt.text) {
			write_text(rec, &ctx);
		} else {
			jsonl_write(&ctx.out, rec);
		}
		json_decref(rec);	/* the loop owns rec */
	}
	status = stage_finish(&in, &ctx.out, ctx.set_aside);
	free_rules(&ctx.rules);
	return status;
}
