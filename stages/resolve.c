/*
 * captive-resolve: one record per real person, organization and place.
 *
 * Reads the records of extract.  Persons, organizations and places arrive
 * once per document with ids local to that document.  Resolve merges the
 * records of one resolution key (below) into a form, with an id derived
 * from the key, and then joins the forms of persons that name one person
 * under different names (resolve-cluster.c: Korean romanization, family
 * name first or last, middle names, aliases), keeping the id of the
 * fullest name.  Since a later document can join two earlier forms, the
 * other records (documents, groups, events, mentions, relations) are
 * spooled to a temporary file, their references rewritten to form ids on
 * the way in and to the joined ids on the way out.  The resolved entities
 * come last, sorted by id, with document_ids listing where they were
 * found.  With --previous DIR, persons keep the ids the release in DIR
 * published, and the ids that name no person of their own now are
 * written last as redirects (resolve-previous.c).
 *
 * Holds: the forms of the whole corpus (small: names and lists), the set
 * of (form, document) pairs seen, the local-to-form id map of the current
 * document only, and the lexicons.  Every lookup is through a hash map,
 * and forms are compared only within a blocking key: the time grows
 * linearly with the records.
 *
 * The key: the name folded (accents stripped, lowercase) with everything
 * but letters and digits removed, so "Ri Song-chol", "Ri Song Chol" and
 * "RI SONG CHOL" are one key.  A one-word name ("Keiko") says too little to
 * join documents, so its key is scoped to its document.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "buf.h"
#include "hmap.h"
#include "jsonl.h"
#include "lex.h"
#include "msg.h"
#include "relevance.h"
#include "stageopt.h"
#include "resolve.h"
#include "sha256.h"

static struct {
	const char *previous;	/* --previous: the release whose ids are kept */
	int keep_off_topic;	/* --keep-off-topic */
} opt;

enum { OPT_PREVIOUS = 'P', OPT_KEEP_OFF_TOPIC = 'K' };

static void
usage(FILE *fp)
{
	fputs("usage: captive-resolve [-q] [--schema DIR] [--previous DIR] [--keep-off-topic]\n"
	    "                       [FILE...]\n"
	    "Merge persons, organizations and places across documents and give\n"
	    "them stable identifiers.\n"
	    "  -q, --quiet         no summary line on stderr\n"
	    "      --schema DIR    the schema folder\n"
	    "      --previous DIR  keep the person ids of the release in DIR\n"
	    "                      (its persons.csv.gz); write redirects\n"
	    "      --keep-off-topic  keep the records of documents captive-extract\n"
	    "                      judged off-topic (left out by default)\n"
	    "  -h, --help          this text\n"
	    STAGE_LIMITS_HELP
	    "      --version       print the version\n", fp);
}

/* The entity kinds resolve merges, with their id prefixes. */
static const struct {
	const char *kind;
	char prefix;
} entity_kinds[] = {
	{ "person", 'p' }, { "organization", 'o' }, { "place", 'l' },
};

static int
entity_prefix(const char *kind)
{
	size_t i;

	for (i = 0; i < sizeof entity_kinds / sizeof entity_kinds[0]; i++)
		if (strcmp(kind, entity_kinds[i].kind) == 0)
			return entity_kinds[i].prefix;
	return 0;
}

/* Replace the string member key of rec through the id map, if mapped. */
static void
rewrite_id(json_t *rec, const char *key, const struct hmap *ids)
{
	const char *local = jsonl_str(rec, key), *global;

	if (local && (global = hmap_get(ids, local)) != NULL)
		json_object_set_new(rec, key, json_string(global));
}

static void
rewrite_references(json_t *rec, const char *kind, const struct hmap *ids)
{
	json_t *parts, *p;
	size_t i;

	if (strcmp(kind, "event") == 0) {
		parts = json_object_get(rec, "participants");
		json_array_foreach(parts, i, p)
			rewrite_id(p, "participant_id", ids);
	} else if (strcmp(kind, "mention") == 0) {
		rewrite_id(rec, "entity_id", ids);
	} else if (strcmp(kind, "relation") == 0) {
		rewrite_id(rec, "subject_id", ids);
		rewrite_id(rec, "object_id", ids);
	} else if (strcmp(kind, "alias") == 0) {
		rewrite_id(rec, "person_id", ids);
	}
}

/* Append doc to have's document_ids, once: in the order first found. */
static void
add_document(json_t *have, const char *id, const char *doc, struct resolve_ctx *ctx)
{
	struct buf key = BUF_INIT;
	json_t *ids = json_object_get(have, "document_ids");

	if (*doc == '\0')
		return;
	if (!json_is_array(ids)) {
		ids = json_array();
		json_object_set_new(have, "document_ids", ids);
	}
	buf_addf(&key, "%s\t%s", id, doc);
	if (hmap_get(ctx->found_in, key.data) == NULL) {
		hmap_put(ctx->found_in, key.data, (void *)1);
		json_array_append_new(ids, json_string(doc));
	}
	buf_release(&key);
}

/*
 * Resolve one entity record: compute its global id, merge it into the
 * table, remember local -> global for the rest of its document.  0, or -1
 * after reporting (the record is then set aside).
 */
static int
resolve_entity(json_t *rec, int prefix, const char *where, struct resolve_ctx *ctx)
{
	const char *local = jsonl_str(rec, "id"), *name = jsonl_str(rec, "name");
	const char *doc = jsonl_str(rec, "document_id"), *nat;
	char *key, hex[SHA256_HEX_LEN + 1], id[16];
	struct buf scoped = BUF_INIT;
	json_t *have;

	if (local == NULL || name == NULL || doc == NULL)
		return msg_error("%s: %s record lacks \"id\", \"name\" or \"document_id\"",
		    where, jsonl_str(rec, "kind"));
	key = resolve_key(name);
	if (key == NULL || *key == '\0') {
		free(key);
		return msg_error("%s: cannot resolve name \"%s\"", where, name);
	}
	buf_addf(&scoped, "%c\n%s", prefix, key);
	/* An organization's acronym (KCNA) says enough to join documents. */
	if (resolve_key_is_weak(name) && !(prefix == 'o' && resolve_is_acronym(name)))
		buf_addf(&scoped, "\n%s", doc);
	/* A person's stated nationality is part of the form: one name of a
	 * South Korean and of a Japanese is two forms, which resolve-cluster.c
	 * keeps apart (and a form of that name with no nationality joins
	 * neither), whatever the order of the input. */
	else if (prefix == 'p' && (nat = jsonl_str(rec, "nationality")) != NULL)
		buf_addf(&scoped, "\n%s", nat);
	sha256_hex(scoped.data, scoped.len, hex);
	snprintf(id, sizeof id, "%c-%.12s", prefix, hex);
	free(key);
	buf_release(&scoped);

	hmap_put(ctx->local_ids, local, xstrdup(id));
	if ((have = hmap_get(ctx->entities, id)) == NULL) {
		have = json_deep_copy(rec);
		json_object_set_new(have, "id", json_string(id));
		json_object_del(have, "document_id");
		json_object_set_new(have, "document_ids", json_array());
		hmap_put(ctx->entities, id, have);
	}
	resolve_merge(have, rec, hmap_get(ctx->published, doc));
	add_document(have, id, doc, ctx);
	return 0;
}

static int
by_id(const void *a, const void *b)
{
	return strcmp(jsonl_str(*(json_t *const *)a, "id"),
	    jsonl_str(*(json_t *const *)b, "id"));
}

/*
 * The spool: each record a line, after a tag byte: 'c' for a record
 * copied as it is (a document: no references), 'r' for one whose
 * references may need the joined ids.
 */
static void
spool_write(FILE *spool, json_t *rec, int tag)
{
	if (putc(tag, spool) == EOF || jsonl_encode(spool, rec) < 0 || putc('\n', spool) == EOF)
		die("cannot write the temporary file: %s", strerror(errno));
}

/* Write the spooled records to out, references rewritten through redirect. */
static void
spool_replay(FILE *spool, const struct hmap *redirect, struct jsonl_writer *out)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	json_t *rec;

	if (fflush(spool) == EOF || fseek(spool, 0, SEEK_SET) != 0)
		die("cannot read the temporary file back: %s", strerror(errno));
	while ((len = getline(&line, &cap, spool)) > 0) {
		if (line[0] == 'c' || hmap_size(redirect) == 0) {
			if (fwrite(line + 1, 1, (size_t)len - 1, out->fp) != (size_t)len - 1)
				die("%s: write error: %s", out->name, strerror(errno));
			out->out++;
			continue;
		}
		rec = jsonl_parse(line + 1, (size_t)len - 2, "<spool>", 0);
		if (rec == NULL)
			die("the temporary file is damaged");
		rewrite_references(rec, jsonl_str(rec, "kind"), redirect);
		jsonl_write(out, rec);
		json_decref(rec);
	}
	if (ferror(spool))
		die("cannot read the temporary file back: %s", strerror(errno));
	free(line);
}

/* Write the resolved entities, sorted by id; those merged into another are gone. */
static void
resolve_flush(struct resolve_ctx *ctx, struct jsonl_writer *out)
{
	size_t n = hmap_size(ctx->entities), i, m = 0;
	json_t **all = xmalloc((n ? n : 1) * sizeof *all);

	for (i = 0; i < n; i++)
		if (hmap_get(ctx->gone, hmap_key_at(ctx->entities, i)) == NULL)
			all[m++] = hmap_value_at(ctx->entities, i);
	n = m;
	qsort(all, n, sizeof *all, by_id);
	for (i = 0; i < n; i++) {
		/* merge bookkeeping */
		json_object_del(all[i], "status_as_of");
		json_object_del(all[i], "born_from");
		json_object_del(all[i], "born_to");
		jsonl_write(out, all[i]);
	}
	free(all);
}

static void
decref_value(void *v)
{
	json_decref(v);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		STAGE_LONGOPTS,
		{ "previous", required_argument, NULL, OPT_PREVIOUS },
		{ "keep-off-topic", no_argument, NULL, OPT_KEEP_OFF_TOPIC },
		{ NULL, 0, NULL, 0 }
	};
	struct jsonl_reader in;
	struct jsonl_writer out;
	struct resolve_ctx ctx;
	struct rname_lex lx;
	unsigned long set_aside = 0;
	struct resolve_relevance rel;
	FILE *spool;
	char where[512];
	const char *kind, *doc;
	json_t *rec, *redirects = NULL, *r;
	int c, prefix, rc;
	size_t i;

	msg_init("captive-resolve");
	while ((c = getopt_long(argc, argv, STAGE_SHORTOPTS, longopts, NULL)) != -1) {
		if (stage_option(c, usage))
			continue;
		if (c == OPT_PREVIOUS) {
			opt.previous = optarg;
		} else if (c == OPT_KEEP_OFF_TOPIC) {
			opt.keep_off_topic = 1;
		} else {
			usage(stderr);
			return 2;
		}
	}
	resolve_relevance_init(&rel, opt.keep_off_topic);
	ctx.entities = hmap_new();
	ctx.local_ids = hmap_new();
	ctx.published = hmap_new();
	ctx.found_in = hmap_new();
	ctx.redirect = hmap_new();
	ctx.gone = hmap_new();
	resolve_evidence_init(&ctx);
	if (rname_lex_load(&lx) != 0)
		die("cannot load the lexicons from %s/lexicons", schema_dir());
	if ((spool = tmpfile()) == NULL)
		die("cannot make a temporary file: %s", strerror(errno));
	jsonl_reader_init(&in, argv + optind, argc - optind);
	jsonl_writer_init(&out, stdout, "<stdout>");
	while ((rec = jsonl_next(&in)) != NULL) {
		snprintf(where, sizeof where, "%s:%lu", in.name, in.line);
		kind = jsonl_str(rec, "kind");
		if (strcmp(kind, "document") == 0) {
			/* A new document: the previous one's local ids are done. */
			hmap_free(ctx.local_ids, free);
			ctx.local_ids = hmap_new();
			doc = jsonl_str(rec, "id");
			if (doc && jsonl_str(rec, "published"))
				hmap_put(ctx.published, doc, xstrdup(jsonl_str(rec, "published")));
			resolve_relevance_document(&rel, rec);
			spool_write(spool, rec, 'c');
		} else if (resolve_relevance_left_out(&rel, rec)) {
			/* of an off-topic document: out before any join */
		} else if ((prefix = entity_prefix(kind)) != 0) {
			if (resolve_entity(rec, prefix, where, &ctx) < 0)
				set_aside++;
		} else {
			rewrite_references(rec, kind, ctx.local_ids);
			resolve_evidence_add(&ctx, rec, kind);
			spool_write(spool, rec, 'r');
		}
		json_decref(rec);
	}
	resolve_cluster(&ctx, &lx);
	resolve_orgs(&ctx);
	if (opt.previous)
		redirects = resolve_previous(&ctx, opt.previous);
	spool_replay(spool, ctx.redirect, &out);
	fclose(spool);
	resolve_flush(&ctx, &out);
	json_array_foreach(redirects, i, r)
		jsonl_write(&out, r);
	json_decref(redirects);
	relevance_report(rel.relevant, rel.off_topic, rel.left_out);
	rc = stage_finish(&in, &out, set_aside + rel.left_out);
	resolve_relevance_free(&rel);
	hmap_free(ctx.entities, decref_value);
	hmap_free(ctx.local_ids, free);
	hmap_free(ctx.published, free);
	hmap_free(ctx.found_in, NULL);
	hmap_free(ctx.redirect, free);
	hmap_free(ctx.gone, NULL);
	resolve_evidence_free(&ctx);
	rname_lex_free(&lx);
	return rc;
}
