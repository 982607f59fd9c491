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
 * NUL bytes at every other place of the first bytes: UTF-16 without its
 * byte order mark, which is said, since "invalid UTF-8 (byte 0x00)" alone
 * leaves the user guessing.
 */
static int
doc_looks_utf16(const char *s, size_t len)
{
	size_t i, n = len < 64 ? len : 64, zeros[2] = { 0, 0 };

	for (i = 0; i < n; i++)
		zeros[i % 2] += s[i] == '\0';
	return n >= 4 && (zeros[0] * 4 >= n * 3 / 2 || zeros[1] * 4 >= n * 3 / 2);
}

/* Nothing but white space (ASCII's: what a text file pads with). */
static int
doc_blank(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (strchr(" \t\r\n\f\v", s[i]) == NULL)
			return 0;
	return 1;
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
		return msg_error("%s:%lu: invalid UTF-8 (byte 0x%02X)%s", doc->where,
		    doc_line_of(doc->text, bad), (unsigned char)doc->text[bad],
		    doc_looks_utf16(doc->text, doc->textlen) ? ": UTF-16 without a byte "
		    "order mark? only UTF-8, or UTF-16 with its mark, is read" : "");
	if (doc_blank(doc->text, doc->textlen))
		return msg_error("%s: only white space, no text", doc->where);
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
