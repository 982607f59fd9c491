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
 * Convert an HTML page to UTF-8 into out.  The charset comes from a byte
 * order mark, else the page's <meta charset> or http-equiv Content-Type
 * (the HTML5 prescan looks at the first 1024 bytes), else UTF-8 if the
 * bytes are valid UTF-8, else Windows-1252 (the web's default).  0, or -1
 * after reporting (unknown charset, bytes invalid in it).
 */
int ingest_html_to_utf8(const char *name, const char *data, size_t len,
    const char *declared, struct buf *out);

#endif
