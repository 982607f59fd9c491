/*
 * ingest-html: telling HTML from text, and bringing a page to UTF-8.
 * Only bytes are looked at here (the HTML5 encoding prescan, bounded to
 * the first 1024 bytes); the markup itself is parsed by libxml2 in clean.
 */
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include "ingest.h"
#include "msg.h"
#include "utf8.h"

static int
has_suffix(const char *name, const char *suffix)
{
	size_t n = strlen(name), m = strlen(suffix);

	return n >= m && strcasecmp(name + n - m, suffix) == 0;
}

/* Case-insensitive search for needle in the first len bytes of s. */
static const char *
find_ci(const char *s, size_t len, const char *needle)
{
	size_t m = strlen(needle), i;

	for (i = 0; i + m <= len; i++)
		if (strncasecmp(s + i, needle, m) == 0)
			return s + i;
	return NULL;
}

enum ingest_format
ingest_sniff(const char *name, const char *data, size_t len)
{
	size_t i = 0, head = len < 1024 ? len : 1024;

	if (has_suffix(name, ".warc") || has_suffix(name, ".warc.gz") ||
	    (len >= 5 && memcmp(data, "WARC/", 5) == 0))
		return INGEST_WARC;
	if (has_suffix(name, ".html") || has_suffix(name, ".htm") ||
	    has_suffix(name, ".html.gz") || has_suffix(name, ".htm.gz"))
		return INGEST_HTML;
	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < head && strchr(" \t\r\n", data[i]))
		i++;
	/* Text that opens with a doctype, <html> or a comment is a page. */
	if (i < head && data[i] == '<' &&
	    (find_ci(data + i, head - i, "<!doctype html") == data + i ||
	     find_ci(data + i, head - i, "<html") == data + i ||
	     find_ci(data + i, head - i, "<head") == data + i ||
	     (find_ci(data + i, head - i, "<!--") == data + i &&
	      find_ci(data, head, "<html") != NULL)))
		return INGEST_HTML;
	return INGEST_TEXT;
}

/* Copy the charset named at p (after "charset=") into out. */
static void
copy_charset(const char *p, const char *end, char *out, size_t n)
{
	size_t k = 0;

	while (p < end && (*p == '"' || *p == '\'' || *p == ' '))
		p++;
	while (p < end && k + 1 < n && (strchr("-_.:", *p) ||
	    (*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'z') ||
	    (*p >= 'A' && *p <= 'Z')))
		out[k++] = *p++;
	out[k] = '\0';
}

/* The charset a page declares in its first 1024 bytes, or "". */
static void
declared_charset(const char *data, size_t len, char *out, size_t n)
{
	size_t head = len < 1024 ? len : 1024;
	const char *meta = data, *end = data + head, *cs, *close;

	out[0] = '\0';
	while ((meta = find_ci(meta, (size_t)(end - meta), "<meta")) != NULL) {
		close = memchr(meta, '>', (size_t)(end - meta));
		if (close == NULL)
			close = end;
		cs = find_ci(meta, (size_t)(close - meta), "charset=");
		if (cs != NULL) {
			copy_charset(cs + 8, close, out, n);
			return;
		}
		meta = close;
	}
}

int
ingest_html_to_utf8(const char *name, const char *data, size_t len,
    const char *declared, struct buf *out)
{
	char charset[64];
	iconv_t cd;
	char *in, *o;
	size_t inleft, outleft, bad;

	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
		data += 3;
		len -= 3;
		strcpy(charset, "UTF-8");
	} else if (declared && *declared) {
		snprintf(charset, sizeof charset, "%s", declared);
	} else {
		declared_charset(data, len, charset, sizeof charset);
	}
	if (charset[0] == '\0')
		strcpy(charset, utf8_check(data, len, NULL) == 0 ? "UTF-8" : "WINDOWS-1252");
	/* Browsers read Latin-1 labels as Windows-1252; so do we. */
	if (strcasecmp(charset, "iso-8859-1") == 0 || strcasecmp(charset, "latin1") == 0 ||
	    strcasecmp(charset, "us-ascii") == 0)
		strcpy(charset, "WINDOWS-1252");
	if (strcasecmp(charset, "utf-8") == 0 || strcasecmp(charset, "utf8") == 0) {
		if (utf8_check(data, len, &bad) < 0)
			return msg_error("%s: invalid UTF-8 (byte 0x%02X at offset %zu)",
			    name, (unsigned char)data[bad], bad);
		buf_add(out, data, len);
		return 0;
	}
	if ((cd = iconv_open("UTF-8", charset)) == (iconv_t)-1)
		return msg_error("%s: unknown charset \"%s\"", name, charset);
	in = (char *)data;
	inleft = len;
	while (inleft > 0) {
		buf_grow(out, inleft * 2 + 16);
		o = out->data + out->len;
		outleft = out->cap - out->len - 1;
		if (iconv(cd, &in, &inleft, &o, &outleft) == (size_t)-1 && errno != E2BIG) {
			iconv_close(cd);
			return msg_error("%s: bytes invalid in charset %s at offset %zu",
			    name, charset, (size_t)(in - data));
		}
		out->len = (size_t)(o - out->data);
		out->data[out->len] = '\0';
	}
	iconv_close(cd);
	return 0;
}
