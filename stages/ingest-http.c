/*
 * ingest-http: the HTTP response inside a WARC response record.
 *
 * A crawler stores the response as it came off the wire, so the payload
 * may still be chunked (Transfer-Encoding) and compressed
 * (Content-Encoding); wget does that.  Others (Common Crawl among them)
 * store it decoded but keep the headers that say otherwise.  So each
 * encoding is undone only when the bytes show it: chunked when the body
 * opens with a chunk-size line, gzip when it opens with the gzip magic.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>
#include "ingest.h"

static int
is_hex(int c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static int
is_lws(int c)
{
	return c == ' ' || c == '\t';
}

/* Copy s[0..n) into out (size on), spaces and quotes around dropped, lowercased. */
static void
copy_token(const char *s, size_t n, char *out, size_t on, int lower)
{
	size_t k = 0;

	while (n > 0 && (is_lws(*s) || *s == '"'))
		s++, n--;
	while (n > 0 && (is_lws(s[n - 1]) || s[n - 1] == '"' || s[n - 1] == '\r'))
		n--;
	for (; k < n && k + 1 < on; k++)
		out[k] = lower && s[k] >= 'A' && s[k] <= 'Z' ? (char)(s[k] + 32) : s[k];
	out[k] = '\0';
}

void
ingest_media_type(const char *v, size_t n, char *type, size_t tn,
    char *charset, size_t cn)
{
	const char *end = v + n, *semi, *p, *q;

	semi = memchr(v, ';', n);
	copy_token(v, (size_t)((semi ? semi : end) - v), type, tn, 1);
	charset[0] = '\0';
	for (p = semi; p != NULL && p < end; p = q) {
		p++;
		q = memchr(p, ';', (size_t)(end - p));
		while (p < end && is_lws(*p))
			p++;
		if ((size_t)(end - p) > 8 && strncasecmp(p, "charset=", 8) == 0)
			copy_token(p + 8, (size_t)((q ? q : end) - p - 8), charset, cn, 0);
	}
}

/* The next line of s[*pos..len): its start, and *n its length without the EOL. */
static const char *
next_line(const char *s, size_t len, size_t *pos, size_t *n)
{
	const char *line = s + *pos, *nl;

	nl = memchr(line, '\n', len - *pos);
	if (nl == NULL)
		return NULL;
	*n = (size_t)(nl - line);
	if (*n > 0 && line[*n - 1] == '\r')
		(*n)--;
	*pos = (size_t)(nl - s) + 1;
	return line;
}

/* Does the body open with a chunk-size line ("1a2f" or "1a2f;ext", CRLF)? */
static int
looks_chunked(const char *s, size_t len)
{
	size_t i = 0;

	while (i < len && i < 16 && is_hex(s[i]))
		i++;
	return i > 0 && i < len && (s[i] == '\r' || s[i] == '\n' || s[i] == ';');
}

/* Undo chunked transfer coding of s[0..len) into out.  0, or -1 and *why. */
static int
dechunk(const char *s, size_t len, struct buf *out, const char **why)
{
	size_t pos = 0, n, size;
	const char *line;
	char *end;

	for (;;) {
		if ((line = next_line(s, len, &pos, &n)) == NULL)
			return (*why = "chunked payload cut short"), -1;
		if (n == 0 || !is_hex(line[0]))
			return (*why = "bad chunk size line in chunked payload"), -1;
		size = strtoul(line, &end, 16);
		if (end - line > 15)
			return (*why = "chunk size too large in chunked payload"), -1;
		if (size == 0)
			return 0;	/* trailers, if any, say nothing we need */
		if (size > len - pos)
			return (*why = "chunked payload cut short"), -1;
		buf_add(out, s + pos, size);
		pos += size;
		/* The CRLF after the chunk's data. */
		if (pos < len && s[pos] == '\r')
			pos++;
		if (pos < len && s[pos] == '\n')
			pos++;
	}
}

/*
 * Inflate gzip or zlib data s[0..len) into out, at most
 * ingest_limits.max_bytes, and at most max_ratio times len (a page that
 * inflates beyond that is a bomb, not an article).  Raw
 * deflate, which some servers send as "deflate", is tried when zlib's
 * header is not there.  0, or -1 and *why.
 */
static int
inflate_body(const char *s, size_t len, struct buf *out, const char **why)
{
	const unsigned char *u = (const unsigned char *)s;
	z_stream z;
	int rc, wbits = 15 + 32;

	if (len >= 2 && u[0] != 0x1f && ((u[0] & 0x0f) != 8 || (u[0] * 256 + u[1]) % 31 != 0))
		wbits = -15;
	memset(&z, 0, sizeof z);
	if (inflateInit2(&z, wbits) != Z_OK)
		return (*why = "out of memory"), -1;
	z.next_in = (unsigned char *)s;
	z.avail_in = (unsigned)len;
	do {
		buf_grow(out, 65536);
		z.next_out = (unsigned char *)out->data + out->len;
		z.avail_out = (unsigned)(out->cap - out->len - 1);
		rc = inflate(&z, Z_NO_FLUSH);
		out->len = (size_t)((char *)z.next_out - out->data);
		out->data[out->len] = '\0';
		if (out->len > ingest_limits.max_bytes) {
			rc = Z_MEM_ERROR;
			*why = "compressed payload inflates beyond the size limit (--max-size)";
			break;
		}
		if (ingest_limits.max_ratio && out->len > INGEST_RATIO_FLOOR &&
		    out->len / ingest_limits.max_ratio > z.total_in) {
			rc = Z_MEM_ERROR;
			*why = "compressed payload inflates beyond the ratio limit (--max-ratio): a bomb";
			break;
		}
		if (rc == Z_BUF_ERROR && z.avail_in == 0)
			*why = "compressed payload cut short";
		else if (rc != Z_OK && rc != Z_STREAM_END)
			*why = "corrupt compressed payload";
	} while (rc == Z_OK);
	inflateEnd(&z);
	return rc == Z_STREAM_END ? 0 : -1;
}

/* Does the payload read as markup already (first byte past spaces a "<")? */
static int
looks_decoded(const char *s, size_t len)
{
	size_t i = 0;

	while (i < len && (is_lws(s[i]) || s[i] == '\r' || s[i] == '\n'))
		i++;
	return i == len || s[i] == '<';
}

/* Decode the payload s[0..len) per the two codings.  0, or -1 and *why. */
static int
http_decode(struct ingest_http *h, const char *s, size_t len, const char **why)
{
	struct buf tmp = BUF_INIT;
	const char *c = h->coding;
	int rc = 0;

	if (h->chunked && looks_chunked(s, len)) {
		if (dechunk(s, len, &tmp, why) < 0) {
			buf_release(&tmp);
			return -1;
		}
		s = tmp.data;
		len = tmp.len;
	}
	if (c[0] == '\0' || strcmp(c, "identity") == 0)
		buf_add(&h->body, s, len);
	else if (len >= 2 && (unsigned char)s[0] == 0x1f && (unsigned char)s[1] == 0x8b)
		rc = inflate_body(s, len, &h->body, why);
	else if (looks_decoded(s, len))
		buf_add(&h->body, s, len);	/* stored decoded */
	else if (strcmp(c, "deflate") == 0)
		rc = inflate_body(s, len, &h->body, why);
	else {
		*why = "payload in an unsupported Content-Encoding";
		rc = -1;
	}
	buf_release(&tmp);
	return rc;
}

/* Is the word w (lowercase) among the comma-separated tokens of v[0..n)? */
static int
has_token(const char *v, size_t n, const char *w)
{
	size_t m = strlen(w), i;

	for (i = 0; i + m <= n; i++)
		if (strncasecmp(v + i, w, m) == 0)
			return 1;
	return 0;
}

/* One header line: keep what the payload's reading needs. */
static void
http_header(struct ingest_http *h, const char *line, size_t n)
{
	const char *colon = memchr(line, ':', n), *v;
	size_t k, vn;

	if (colon == NULL)
		return;
	k = (size_t)(colon - line);
	v = colon + 1;
	vn = n - k - 1;
	if (k == 12 && strncasecmp(line, "content-type", 12) == 0)
		ingest_media_type(v, vn, h->type, sizeof h->type, h->charset, sizeof h->charset);
	else if (k == 17 && strncasecmp(line, "transfer-encoding", 17) == 0)
		h->chunked = has_token(v, vn, "chunked");
	else if (k == 16 && strncasecmp(line, "content-encoding", 16) == 0)
		copy_token(v, vn, h->coding, sizeof h->coding, 1);
}

int
ingest_http_parse(const char *s, size_t len, struct ingest_http *h, const char **why)
{
	size_t pos = 0, n;
	const char *line;
	char *end;

	h->status = 0;
	h->chunked = 0;
	h->type[0] = h->charset[0] = h->coding[0] = '\0';
	buf_reset(&h->body);
	if ((line = next_line(s, len, &pos, &n)) == NULL || n < 12 ||
	    strncmp(line, "HTTP/", 5) != 0)
		return (*why = "no HTTP status line in the response record"), -1;
	line = memchr(line, ' ', n);
	h->status = line ? (int)strtol(line + 1, &end, 10) : 0;
	if (h->status < 100 || h->status > 999)
		return (*why = "bad HTTP status line in the response record"), -1;
	for (;;) {
		if ((line = next_line(s, len, &pos, &n)) == NULL)
			return (*why = "HTTP headers do not end in the response record"), -1;
		if (n == 0)
			break;
		http_header(h, line, n);
	}
	if (h->status < 200 || h->status > 299)
		return 0;	/* the payload is not read: it is skipped */
	return http_decode(h, s + pos, len - pos, why);
}
