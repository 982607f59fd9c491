/*
 * ingest-doc: write one document record.
 *
 * The bottom of the ingest stage: ingest.c (files and folders) and
 * ingest-warc.c (records of an archive) both end here, and this file
 * calls neither, so the stage reads top to bottom.
 */
#include <stdio.h>
#include <string.h>
#include "ingest.h"
#include "msg.h"
#include "sha256.h"
#include "utf8.h"

struct ingest_limits ingest_limits = {
	INGEST_DEFAULT_MAX_BYTES, INGEST_DEFAULT_MAX_RATIO
};

/* Line number (from 1) of byte offset off in s. */
static unsigned long
doc_line_of(const char *s, size_t off)
{
	unsigned long line = 1;
	size_t i;

	for (i = 0; i < off; i++)
		line += s[i] == '\n';
	return line;
}

/*
 * The id is the digest of the raw bytes; with a salt (a WARC record's id),
 * of the salt, a NUL and the bytes, so that two captures of the same page
 * stay two documents.
 */
int
ingest_emit(struct ingest_ctx *ctx, const struct ingest_doc *doc)
{
	char hex[SHA256_HEX_LEN + 1], idhex[SHA256_HEX_LEN + 1], id[4 + 16 + 1];
	struct sha256 h;
	json_t *rec;
	size_t bad;
	int rc;

	if (utf8_check(doc->text, doc->textlen, &bad) < 0)
		return msg_error("%s:%lu: invalid UTF-8 (byte 0x%02X)", doc->where,
		    doc_line_of(doc->text, bad), (unsigned char)doc->text[bad]);
	sha256_hex(doc->raw, doc->rawlen, hex);
	if (doc->salt != NULL) {
		sha256_begin(&h);
		sha256_add(&h, doc->salt, strlen(doc->salt) + 1);
		sha256_add(&h, doc->raw, doc->rawlen);
		sha256_end(&h, idhex);
	}
	snprintf(id, sizeof id, "doc-%.16s", doc->salt ? idhex : hex);
	rec = json_object();
	json_object_set_new(rec, "kind", json_string("document"));
	json_object_set_new(rec, "id", json_string(id));
	/* A file's name comes through utf8_printable_name, a URI is checked
	 * by the WARC reader: UTF-8 either way.  A null here would be a
	 * record that validate refuses for want of a source. */
	json_object_set_new(rec, "source", json_string(doc->source));
	json_object_set_new(rec, "format", json_string(doc->format));
	json_object_set_new(rec, "size", json_integer((json_int_t)doc->rawlen));
	json_object_set_new(rec, "sha256", json_string(hex));
	/* Checked above: UTF-8 without NUL, all jansson asks of a string. */
	json_object_set_new(rec, "text", json_stringn_nocheck(doc->text, doc->textlen));
	rc = jsonl_write(&ctx->out, rec);
	json_decref(rec);
	return rc;
}
