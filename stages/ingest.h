/* ingest: what the ingest stage's helper files share. */
#ifndef CAPTIVE_INGEST_H
#define CAPTIVE_INGEST_H

#include <stddef.h>
#include "buf.h"

enum ingest_format {
	INGEST_TEXT,
	INGEST_HTML,
	INGEST_WARC
};

/* Decide the format from the name's extension, then from the content. */
enum ingest_format ingest_sniff(const char *name, const char *data, size_t len);

/*
 * The iconv name of an encoding label (WHATWG labels first: "latin1" and
 * "us-ascii" are Windows-1252, "euc-kr" is CP949, "shift_jis" CP932, as
 * browsers read them), into out.  0, or -1 when iconv knows no such
 * encoding.  Nothing is reported.
 */
int ingest_charset(const char *label, char *out, size_t n);

/*
 * Convert data[0..len) from the iconv encoding charset to UTF-8, appending
 * to out.  0, or -1 after reporting "where: bytes invalid in charset ...".
 */
int ingest_to_utf8(const char *where, const char *data, size_t len,
    const char *charset, struct buf *out);

/*
 * Convert an HTML page to UTF-8 into out.  The charset comes from a byte
 * order mark, else the label declared by the transport (declared: an HTTP
 * Content-Type charset, or NULL; ignored when unknown, as browsers do),
 * else the page's <meta charset> or http-equiv Content-Type (the HTML
 * standard's prescan), else UTF-8 if the bytes are valid UTF-8, else
 * Windows-1252 (the web's default).  0, or -1 after reporting (a <meta>
 * charset that is unknown, bytes invalid in the charset).
 */
int ingest_html_to_utf8(const char *where, const char *data, size_t len,
    const char *declared, struct buf *out);

#endif
