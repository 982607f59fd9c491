/* ingest: what the ingest stage's helper files share. */
#ifndef CAPTIVE_INGEST_H
#define CAPTIVE_INGEST_H

#include <stddef.h>
#include <zlib.h>
#include "buf.h"
#include "jsonl.h"

/*
 * The limits of what one input may cost, set from the options (ingest.c)
 * and defined with the document writer (ingest-doc.c), below every file
 * that reads them.  max_bytes: a document (a file, decompressed, or a
 * WARC record's block, or its payload after content coding) larger than
 * this is reported and skipped (--max-size).  max_ratio: gzip data that
 * inflates to more than this many times its compressed size, past the
 * first INGEST_RATIO_FLOOR bytes, is a bomb: reported, the rest of the
 * input skipped (--max-ratio; 0: no limit).
 */
struct ingest_limits {
	unsigned long max_bytes;
	unsigned long max_ratio;
};
extern struct ingest_limits ingest_limits;
#define INGEST_DEFAULT_MAX_BYTES (64UL << 20)
#define INGEST_DEFAULT_MAX_RATIO 100UL
/* Small inputs may inflate far (a page of one repeated line): not judged. */
#define INGEST_RATIO_FLOOR (1UL << 20)

enum ingest_format {
	INGEST_TEXT,
	INGEST_HTML,
	INGEST_WARC
};

/* The stage's state: the output and its counters. */
struct ingest_ctx {
	struct jsonl_writer out;
	unsigned long in, set_aside;
};

/* One document ready to be written (all members borrowed). */
struct ingest_doc {
	const char *where;	/* for messages: "a.txt", "x.warc: record 3 (URI)" */
	const char *source;	/* the record's source: the name, or the URI */
	const char *format;	/* "text" or "html" */
	const char *raw;	/* the bytes as they came, for size and sha256 */
	size_t rawlen;
	const char *text;	/* UTF-8 */
	size_t textlen;
	const char *salt;	/* NULL, or mixed into the id (a WARC-Record-ID) */
};

/* Write doc's record; checks that its text is UTF-8.  0, or -1 after reporting. */
int ingest_emit(struct ingest_ctx *ctx, const struct ingest_doc *doc);

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

/*
 * An input's bytes, decompressed when it is gzip: member after member, so
 * that a corrupt member (a WARC record, in a crawl's .warc.gz) costs that
 * member only.  Raw bytes pass through.
 */
struct ingest_src {
	const char *name;	/* borrowed */
	int fd;
	int gzip;		/* the input starts with the gzip magic */
	int state;		/* see ingest-gz.c */
	const char *pending;	/* an error to return from the next read */
	const char *why;	/* the last error: "corrupt gzip data", ... */
	z_stream z;		/* next_in, avail_in: raw bytes not yet used */
	unsigned char *in;	/* the buffer they are in */
	int eof;		/* the file has no more bytes */
	unsigned long long zin, zout;	/* gzip bytes used, bytes they gave */
	char whybuf[160];	/* why, when it needs numbers */
};

/*
 * Open path ("-": stdin); name is how messages show it (borrowed, kept in
 * s->name).  Only a regular file is read, or, when special_ok (a name the
 * user gave), also a FIFO or character device; anything else is reported
 * "name: a FIFO, not a regular file: skipped".  0, or -1 after reporting.
 */
int ingest_src_open(struct ingest_src *s, const char *path, const char *name,
    int special_ok);
/*
 * Read up to n bytes into out: the count, 0 at the end, or -1 when the
 * bytes here are lost (s->why says why: corrupt or truncated gzip data, a
 * read error; not reported).  Reading may go on after -1: it resumes at
 * the next gzip member, if there is one.
 */
long ingest_src_read(struct ingest_src *s, char *out, size_t n);
void ingest_src_close(struct ingest_src *s);

/* The HTTP response in a WARC record (ingest-http.c). */
struct ingest_http {
	int status;
	char type[128];		/* media type, lowercase: "text/html"; "" if none */
	char charset[64];	/* its charset parameter, as given; "" if none */
	char coding[32];	/* Content-Encoding, lowercase */
	int chunked;		/* Transfer-Encoding: chunked */
	struct buf body;	/* the payload, decoded (2xx responses only) */
};

/*
 * Parse the HTTP response s[0..len) into h (h->body reused; the caller
 * releases it).  The payload is decoded only for 2xx responses.  0, or -1
 * and *why (not reported).
 */
int ingest_http_parse(const char *s, size_t len, struct ingest_http *h, const char **why);

/* Split a Content-Type value v[0..n) into its media type (lowercase) and charset. */
void ingest_media_type(const char *v, size_t n, char *type, size_t tn,
    char *charset, size_t cn);

/*
 * Read a WARC archive from s, whose first bytes, already read, are
 * head[0..headlen), and emit one document per HTML or text response.
 * Reports bad records and goes on.  Returns the number of records set
 * aside.
 */
unsigned long ingest_warc(struct ingest_src *s, const char *head, size_t headlen,
    struct ingest_ctx *ctx);

#endif
