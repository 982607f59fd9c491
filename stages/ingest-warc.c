/*
 * ingest-warc: WARC archives (ISO 28500, WARC/1.0 and 1.1), record by
 * record.
 *
 * A record is a "WARC/1.x" line, header lines, a blank line, Content-Length
 * bytes of block, then CRLF CRLF.  Only one record is held in memory at a
 * time (blocks beyond --max-size are not held at all), so an archive
 * of any size streams through.  Each response record whose HTTP payload is
 * HTML or text becomes a document (its WARC-Target-URI the source); other
 * records are skipped and counted, and the counts are noted at the end.
 *
 * A bad record (cut short, a Content-Length that is wrong or missing, a
 * corrupt gzip member, a charset nobody knows) is reported with its number
 * and URI and set aside; then the reader looks for the next line that
 * starts with "WARC/1." and goes on from there.  A document is written only
 * after its whole record, CRLF CRLF included, has been read, so a wrong
 * length never emits half a page.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "ingest.h"
#include "msg.h"
#include "utf8.h"

#define WARC_WIN 65536			/* bytes read at a time */
#define WARC_MAX_HEADER 65536		/* a record's header lines, all told */
#define WARC_KINDS 16			/* skip reasons counted by name */

/* Why records were skipped, by name, in order of first appearance. */
struct warc_skips {
	char name[WARC_KINDS][32];
	unsigned long n[WARC_KINDS];
	int len;
};

struct warc {
	struct ingest_src *src;
	const char *name;		/* the input, for messages */
	struct buf win;			/* decompressed bytes; win.data[pos..) unread */
	size_t pos;
	int eof;
	int resync;			/* lost: looking for a "WARC/1." line */
	struct buf line, block, where, text;
	struct ingest_http http;
	/* The current record's header. */
	unsigned long recno;
	struct buf type, id, uri, ctype;
	long long clen;			/* -1: none, or not a number */
	/* Counts. */
	unsigned long docs, bad;
	struct warc_skips skips;
};

/*
 * Make unread bytes available.  1, 0 at the end of the input, or -1 when
 * bytes were lost (a corrupt gzip member; w->src->why says so).
 */
static int
warc_fill(struct warc *w)
{
	long n;

	if (w->pos < w->win.len)
		return 1;
	if (w->eof)
		return 0;
	buf_reset(&w->win);
	w->pos = 0;
	buf_grow(&w->win, WARC_WIN);
	n = ingest_src_read(w->src, w->win.data, WARC_WIN);
	if (n <= 0) {
		w->eof = n == 0;
		return n < 0 ? -1 : 0;
	}
	w->win.len = (size_t)n;
	w->win.data[n] = '\0';
	return 1;
}

/*
 * The next line, its end of line included, into w->line: at most max bytes
 * of it are kept, the rest is read and dropped.  1, 0 at the end of the
 * input (nothing read), or -1 when bytes were lost (what came before is
 * dropped; the next byte counts as the start of a line).
 */
static int
warc_line(struct warc *w, size_t max)
{
	const char *p, *nl;
	size_t avail, k;
	int r, any = 0;

	buf_reset(&w->line);
	while ((r = warc_fill(w)) > 0) {
		p = w->win.data + w->pos;
		avail = w->win.len - w->pos;
		nl = memchr(p, '\n', avail);
		k = nl ? (size_t)(nl - p) + 1 : avail;
		if (w->line.len < max)
			buf_add(&w->line, p, k < max - w->line.len ? k : max - w->line.len);
		w->pos += k;
		any = 1;
		if (nl)
			return 1;
	}
	return r < 0 ? -1 : any;
}

/*
 * Read n bytes of block into out (NULL: drop them).  1, 0 when the input
 * ends first, -1 when bytes were lost.
 */
static int
warc_take(struct warc *w, struct buf *out, unsigned long long n)
{
	size_t k;
	int r;

	while (n > 0) {
		if ((r = warc_fill(w)) <= 0)
			return r;
		k = w->win.len - w->pos;
		if (k > n)
			k = (size_t)n;
		if (out)
			buf_add(out, w->win.data + w->pos, k);
		w->pos += k;
		n -= k;
	}
	return 1;
}

/* Put bytes back before the unread ones (a resync inside a block). */
static void
warc_unread(struct warc *w, const char *s, size_t n)
{
	struct buf b = BUF_INIT;

	buf_add(&b, s, n);
	buf_add(&b, w->win.data + w->pos, w->win.len - w->pos);
	buf_release(&w->win);
	w->win = b;
	w->pos = 0;
}

/* "NAME: record N (URI)": the record, for messages; in w->where. */
static const char *
warc_where(struct warc *w)
{
	buf_reset(&w->where);
	buf_addf(&w->where, "%s: record %lu", w->name, w->recno);
	if (w->uri.len)
		buf_addf(&w->where, " (%s)", w->uri.data);
	else if (w->id.len)
		buf_addf(&w->where, " (%s)", w->id.data);
	return w->where.data;
}

/* A new record: its number, its header fields emptied. */
static void
warc_begin(struct warc *w)
{
	w->recno++;
	buf_reset(&w->type);
	buf_reset(&w->id);
	buf_reset(&w->uri);
	buf_reset(&w->ctype);
	w->clen = -1;
}

/* Report the current record as bad; from here on, look for the next one. */
static void
warc_bad(struct warc *w, const char *why, int resync)
{
	msg_error("%s: %s%s", warc_where(w), why,
	    resync && !w->eof ? "; looking for the next record" : "");
	w->bad++;
	w->resync = resync;
}

static void
warc_skip(struct warc *w, const char *why)
{
	int i;

	for (i = 0; i < w->skips.len; i++)
		if (strcmp(w->skips.name[i], why) == 0)
			break;
	if (i == w->skips.len) {
		if (i == WARC_KINDS)
			why = "other", i--;	/* odd types: one bucket */
		else
			w->skips.len++;
		snprintf(w->skips.name[i], sizeof w->skips.name[i], "%s", why);
	}
	w->skips.n[i]++;
}

/* Keep a header's value (spaces and the <> of WARC/1.0 URIs dropped). */
static void
warc_value(struct buf *b, const char *v, size_t n)
{
	while (n > 0 && (*v == ' ' || *v == '\t'))
		v++, n--;
	while (n > 0 && strchr(" \t\r\n", v[n - 1]))
		n--;
	if (n >= 2 && v[0] == '<' && v[n - 1] == '>')
		v++, n -= 2;
	buf_reset(b);
	buf_add(b, v, n);
}

/*
 * A URI or record id goes into messages and into a record's "source":
 * bytes that are not UTF-8, or control characters, are shown as \xNN.
 */
static void
warc_printable(struct buf *b)
{
	char *p = utf8_printable_name(b->data);

	buf_reset(b);
	buf_adds(b, p);
	free(p);
}

static void
warc_field(struct warc *w, const char *line, size_t n)
{
	const char *colon = memchr(line, ':', n), *v;
	size_t k;
	char *end;

	if (colon == NULL)
		return;
	k = (size_t)(colon - line);
	v = colon + 1;
	if (k == 9 && strncasecmp(line, "WARC-Type", k) == 0)
		warc_value(&w->type, v, n - k - 1);
	else if (k == 14 && strncasecmp(line, "WARC-Record-ID", k) == 0) {
		warc_value(&w->id, v, n - k - 1);
		warc_printable(&w->id);
	} else if (k == 15 && strncasecmp(line, "WARC-Target-URI", k) == 0) {
		warc_value(&w->uri, v, n - k - 1);
		warc_printable(&w->uri);
	}
	else if (k == 12 && strncasecmp(line, "Content-Type", k) == 0)
		warc_value(&w->ctype, v, n - k - 1);
	else if (k == 14 && strncasecmp(line, "Content-Length", k) == 0) {
		while (v < line + n && (*v == ' ' || *v == '\t'))
			v++;
		w->clen = *v >= '0' && *v <= '9' ? strtoll(v, &end, 10) : -1;
		if (w->clen >= 0 && *end != '\r' && *end != '\n' && *end != ' ')
			w->clen = -1;
	}
}

/*
 * Find the next record's "WARC/1." line.  1, or 0 at the end of the input.
 * Outside a resync, anything else there (blank lines aside) is reported.
 */
static int
warc_start(struct warc *w)
{
	int r;

	for (;;) {
		if ((r = warc_line(w, 64)) == 0)
			return 0;
		if (r < 0) {
			if (!w->resync) {
				warc_begin(w);
				warc_bad(w, w->src->why, 1);
			}
			continue;
		}
		if (w->line.len >= 7 && memcmp(w->line.data, "WARC/1.", 7) == 0) {
			w->resync = 0;
			return 1;
		}
		if (w->resync || strspn(w->line.data, "\r\n") == w->line.len)
			continue;
		warc_begin(w);
		warc_bad(w, "no WARC record starts here", 1);
	}
}

/* The header lines, after the version line.  0, or -1 after reporting. */
static int
warc_header(struct warc *w)
{
	size_t total = 0;
	int r;

	warc_begin(w);
	for (;;) {
		r = warc_line(w, WARC_MAX_HEADER);
		if (r <= 0) {
			warc_bad(w, r < 0 ? w->src->why : "the input ends inside the record's header", 1);
			return -1;
		}
		total += w->line.len;
		if (total > WARC_MAX_HEADER) {
			warc_bad(w, "header longer than 65536 bytes", 1);
			return -1;
		}
		if (strspn(w->line.data, "\r\n") == w->line.len)
			return 0;
		warc_field(w, w->line.data, w->line.len);
	}
}

/*
 * After the block: CRLF CRLF (bare LFs are let pass).  The end of the
 * input there is let pass too: the block itself was whole.  1, or 0 when
 * something else is there.
 */
static int
warc_trailer(struct warc *w)
{
	int i, c;

	for (i = 0; i < 2; i++) {
		if (warc_fill(w) <= 0)
			return 1;
		c = w->win.data[w->pos];
		if (c == '\r') {
			w->pos++;
			if (warc_fill(w) <= 0)
				return 1;
			c = w->win.data[w->pos];
		}
		if (c != '\n')
			return 0;
		w->pos++;
	}
	return 1;
}

/* A wrong length: look for the next record inside the block read, if any. */
static void
warc_resync_block(struct warc *w)
{
	const char *s = w->block.data, *end = s + w->block.len, *p;

	for (p = s; p + 8 <= end; p++)
		if (*p == '\n' && memcmp(p + 1, "WARC/1.", 7) == 0) {
			warc_unread(w, p + 1, (size_t)(end - p - 1));
			return;
		}
}

/*
 * What the payload is: "html", "text", or NULL (not a document).  A
 * missing media type is sniffed from the bytes.
 */
static const char *
warc_format(const char *type, const char *s, size_t len)
{
	if (strcmp(type, "text/html") == 0 || strcmp(type, "application/xhtml+xml") == 0)
		return "html";
	if (strcmp(type, "text/plain") == 0)
		return "text";
	if (type[0] != '\0')
		return NULL;
	if (ingest_sniff("", s, len) == INGEST_HTML)
		return "html";
	return utf8_check(s, len, NULL) == 0 ? "text" : NULL;
}

/*
 * The payload of a whole record, in s[0..len) with its media type and
 * charset: convert and emit.  0, or -1 after reporting.
 */
static int
warc_payload(struct warc *w, const char *type, const char *charset,
    const char *s, size_t len, struct ingest_ctx *ctx)
{
	struct ingest_doc doc;
	const char *format = warc_format(type, s, len);
	char cs[64];
	int rc;

	if (format == NULL) {
		warc_skip(w, "response not HTML or text");
		return 0;
	}
	if (len == 0) {
		warc_skip(w, "response empty");
		return 0;
	}
	buf_reset(&w->text);
	warc_where(w);
	if (strcmp(format, "html") == 0)
		rc = ingest_html_to_utf8(w->where.data, s, len, charset[0] ? charset : NULL, &w->text);
	else if (charset[0] && ingest_charset(charset, cs, sizeof cs) == 0)
		rc = ingest_to_utf8(w->where.data, s, len, cs, &w->text);
	else
		rc = ingest_to_utf8(w->where.data, s, len, "UTF-8", &w->text);
	if (rc < 0) {
		w->bad++;	/* reported by the conversion */
		return -1;
	}
	doc.where = w->where.data;
	doc.source = w->uri.len ? w->uri.data : w->where.data;
	doc.format = format;
	doc.raw = s;
	doc.rawlen = len;
	doc.text = w->text.data;
	doc.textlen = w->text.len;
	/* A BOM is not text (UTF-8 only: iconv drops the others). */
	if (doc.textlen >= 3 && memcmp(doc.text, "\xEF\xBB\xBF", 3) == 0)
		doc.text += 3, doc.textlen -= 3;
	doc.salt = w->id.len ? w->id.data : w->uri.len ? w->uri.data : NULL;
	if (ingest_emit(ctx, &doc) < 0) {
		w->bad++;
		return -1;
	}
	w->docs++;
	return 0;
}

/* A whole response record's block: HTTP, then the payload.  0 or -1. */
static int
warc_response(struct warc *w, struct ingest_ctx *ctx)
{
	const char *why;
	char type[128], charset[64];

	if (strncmp(w->ctype.data, "application/http", 16) != 0 &&
	    !(w->ctype.len == 0 && strncmp(w->block.data, "HTTP/", 5) == 0)) {
		/* Not HTTP (dns:, ftp:): the block is the payload. */
		ingest_media_type(w->ctype.data, w->ctype.len, type, sizeof type,
		    charset, sizeof charset);
		return warc_payload(w, type, charset, w->block.data, w->block.len, ctx);
	}
	if (ingest_http_parse(w->block.data, w->block.len, &w->http, &why) < 0) {
		warc_bad(w, why, 0);
		return -1;
	}
	if (w->http.status < 200 || w->http.status > 299) {
		warc_skip(w, "response not 2xx");
		return 0;
	}
	return warc_payload(w, w->http.type, w->http.charset, w->http.body.data,
	    w->http.body.len, ctx);
}

/* Could the record be a document: a response, or an HTML resource? */
static int
warc_candidate(struct warc *w)
{
	char type[128], charset[64];

	if (strcmp(w->type.data, "response") == 0)
		return 1;
	if (strcmp(w->type.data, "resource") != 0)
		return 0;
	/* A resource is the page itself; text/plain ones are crawl logs. */
	ingest_media_type(w->ctype.data, w->ctype.len, type, sizeof type,
	    charset, sizeof charset);
	return strcmp(type, "text/html") == 0;
}

/*
 * One record, after its header: the block, the trailer, the document.
 * Blocks up to ingest_limits.max_bytes are held (one at a time), also those
 * skipped, so that a wrong length can be resynchronised inside them.
 */
static void
warc_record(struct warc *w, struct ingest_ctx *ctx)
{
	int candidate = warc_candidate(w), hold, r;
	char msg[128];

	if (w->clen < 0) {
		warc_bad(w, "no Content-Length, or not a number", 1);
		return;
	}
	hold = (unsigned long long)w->clen <= ingest_limits.max_bytes;
	if (candidate && !hold) {
		/* Said before the block is dropped: it may be all that is left. */
		snprintf(msg, sizeof msg, "block of %lld bytes, larger than %lu "
		    "(--max-size), skipped", w->clen, ingest_limits.max_bytes);
		warc_bad(w, msg, 0);
	}
	buf_reset(&w->block);
	r = warc_take(w, hold ? &w->block : NULL, (unsigned long long)w->clen);
	if (r <= 0) {
		if (hold || !candidate)
			warc_bad(w, r < 0 ? w->src->why :
			    "the input ends inside the record (shorter than its Content-Length)", 1);
		w->resync = 1;
		if (r == 0)
			warc_resync_block(w);
		return;
	}
	if (!warc_trailer(w)) {
		warc_bad(w, "wrong Content-Length: no CRLF CRLF after the block", 1);
		warc_resync_block(w);
		return;
	}
	if (!candidate)
		warc_skip(w, w->type.len ? w->type.data : "no WARC-Type");
	else if (!hold)
		;	/* reported above */
	else if (strcmp(w->type.data, "resource") == 0)
		warc_payload(w, "text/html", "", w->block.data, w->block.len, ctx);
	else
		warc_response(w, ctx);
}

/* The note at the end: records, documents, what was skipped and why. */
static void
warc_note(struct warc *w)
{
	struct buf b = BUF_INIT;
	unsigned long skipped = 0;
	int i, j, best;

	for (i = 0; i < w->skips.len; i++)
		skipped += w->skips.n[i];
	buf_addf(&b, "%s: %lu records, %lu documents, %lu skipped", w->name,
	    w->recno, w->docs, skipped);
	/* Largest counts first, then by name, so the note reads the same each run. */
	for (i = 0; i < w->skips.len; i++) {
		for (best = i, j = i + 1; j < w->skips.len; j++)
			if (w->skips.n[j] > w->skips.n[best] || (w->skips.n[j] == w->skips.n[best] &&
			    strcmp(w->skips.name[j], w->skips.name[best]) < 0))
				best = j;
		if (best != i) {
			char t[32];
			unsigned long n = w->skips.n[i];

			memcpy(t, w->skips.name[i], sizeof t);
			memcpy(w->skips.name[i], w->skips.name[best], sizeof t);
			memcpy(w->skips.name[best], t, sizeof t);
			w->skips.n[i] = w->skips.n[best];
			w->skips.n[best] = n;
		}
		buf_addf(&b, "%s%lu %s", i ? ", " : " (", w->skips.n[i], w->skips.name[i]);
	}
	if (w->skips.len)
		buf_addc(&b, ')');
	if (w->bad)
		buf_addf(&b, ", %lu set aside", w->bad);
	msg_note("%s", b.data);
	buf_release(&b);
}

unsigned long
ingest_warc(struct ingest_src *s, const char *head, size_t headlen,
    struct ingest_ctx *ctx)
{
	struct warc w;
	unsigned long bad;

	memset(&w, 0, sizeof w);
	w.src = s;
	w.name = s->name;
	buf_init(&w.win);
	buf_init(&w.line);
	buf_init(&w.block);
	buf_init(&w.where);
	buf_init(&w.text);
	buf_init(&w.http.body);
	buf_init(&w.type);
	buf_init(&w.id);
	buf_init(&w.uri);
	buf_init(&w.ctype);
	buf_add(&w.win, head, headlen);
	while (warc_start(&w)) {
		if (warc_header(&w) == 0)
			warc_record(&w, ctx);
		/* One record at a time: a big block's memory goes now. */
		if (w.block.cap > (1UL << 20))
			buf_release(&w.block);
	}
	warc_note(&w);
	bad = w.bad;
	buf_release(&w.win);
	buf_release(&w.line);
	buf_release(&w.block);
	buf_release(&w.where);
	buf_release(&w.text);
	buf_release(&w.http.body);
	buf_release(&w.type);
	buf_release(&w.id);
	buf_release(&w.uri);
	buf_release(&w.ctype);
	return bad;
}
