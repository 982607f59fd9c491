/*
 * ingest-html: telling HTML from text, and bringing a page to UTF-8.
 * Only bytes are looked at here (the HTML standard's encoding prescan);
 * the markup itself is parsed by libxml2 in clean.
 *
 * The prescan follows the standard's algorithm (comments skipped, other
 * tags skipped attribute by attribute, so a ">" inside a quoted value does
 * not end them), with two changes.  It looks at tags that start in the
 * first 64 KiB, up to <body>, not 1024 bytes: pages put long scripts and
 * styles before their <meta charset>, and Chromium reads the whole head
 * too.  A tag that starts in the window is read to its end: cutting it
 * short once turned charset="utf-8" into "ut".
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
	    (len >= 7 && memcmp(data, "WARC/1.", 7) == 0))
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

/* The prescan's window: tags starting beyond it are not looked at. */
#define PRESCAN_WINDOW 65536

static int
is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

static int
is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* One attribute of a tag, pointers into the page. */
struct attr {
	const char *name, *value;
	size_t namelen, valuelen;
};

/*
 * The standard's "get an attribute": the next attribute at *pp, before
 * end.  1 and *pp past it, or 0 at the tag's end ("/" and ">" left to the
 * caller) or the page's end.
 */
static int
get_attr(const char **pp, const char *end, struct attr *a)
{
	const char *p = *pp;
	char quote;

	while (p < end && (is_space(*p) || *p == '/'))
		p++;
	if (p >= end || *p == '>')
		return (*pp = p), 0;
	a->name = p;
	/* A name may start with "=" (the standard says so); then it runs on. */
	p++;
	while (p < end && *p != '=' && *p != '/' && *p != '>' && !is_space(*p))
		p++;
	a->namelen = (size_t)(p - a->name);
	a->value = p;
	a->valuelen = 0;
	while (p < end && is_space(*p))
		p++;
	if (p >= end || *p != '=')
		return (*pp = p), 1;
	p++;
	while (p < end && is_space(*p))
		p++;
	if (p < end && (*p == '"' || *p == '\'')) {
		quote = *p++;
		a->value = p;
		while (p < end && *p != quote)
			p++;
		a->valuelen = (size_t)(p - a->value);
		if (p < end)
			p++;
	} else {
		a->value = p;
		while (p < end && !is_space(*p) && *p != '>')
			p++;
		a->valuelen = (size_t)(p - a->value);
	}
	*pp = p;
	return 1;
}

static int
attr_is(const struct attr *a, const char *name)
{
	return a->namelen == strlen(name) && strncasecmp(a->name, name, a->namelen) == 0;
}

/* Copy s[0..n) into out (size outn), cut to fit, spaces around trimmed. */
static void
copy_label(const char *s, size_t n, char *out, size_t outn)
{
	while (n > 0 && is_space(*s))
		s++, n--;
	while (n > 0 && is_space(s[n - 1]))
		n--;
	if (n >= outn)
		n = outn - 1;
	memcpy(out, s, n);
	out[n] = '\0';
}

/*
 * The standard's "extract a character encoding from a meta element":
 * the label after "charset=" in a Content-Type value (text/html;
 * charset=utf-8, quoted or not).  1 and the label in out, or 0.
 */
static int
content_charset(const char *v, size_t n, char *out, size_t outn)
{
	const char *end = v + n, *p = v, *q;

	while ((p = find_ci(p, (size_t)(end - p), "charset")) != NULL) {
		p += 7;
		while (p < end && is_space(*p))
			p++;
		if (p >= end || *p != '=')
			continue;
		p++;
		while (p < end && is_space(*p))
			p++;
		if (p < end && (*p == '"' || *p == '\'')) {
			if ((q = memchr(p + 1, *p, (size_t)(end - p - 1))) == NULL)
				return 0;
			copy_label(p + 1, (size_t)(q - p - 1), out, outn);
		} else {
			for (q = p; q < end && !is_space(*q) && *q != ';'; q++)
				;
			copy_label(p, (size_t)(q - p), out, outn);
		}
		return out[0] != '\0';
	}
	return 0;
}

/*
 * A <meta> tag's attributes, from p (after "<meta") to its end.  1 and
 * the label in out when the tag declares a charset: charset=, or
 * http-equiv=content-type with content= naming one.  *pp moves past it.
 */
static int
meta_charset(const char **pp, const char *end, char *out, size_t outn)
{
	struct attr a;
	int pragma = 0, need_pragma = -1;

	out[0] = '\0';
	while (get_attr(pp, end, &a)) {
		if (attr_is(&a, "http-equiv")) {
			pragma |= a.valuelen == 12 && strncasecmp(a.value, "content-type", 12) == 0;
		} else if (attr_is(&a, "charset")) {
			copy_label(a.value, a.valuelen, out, outn);
			need_pragma = 0;
		} else if (attr_is(&a, "content") && need_pragma < 0) {
			if (content_charset(a.value, a.valuelen, out, outn))
				need_pragma = 1;
		}
	}
	if (need_pragma < 0 || (need_pragma == 1 && !pragma) || out[0] == '\0') {
		out[0] = '\0';
		return 0;
	}
	return 1;
}

/*
 * The label a page declares (the standard's prescan, with the window
 * above), into out; "" when none.  The standard's two overrides apply: a
 * <meta> cannot claim UTF-16 (the bytes already read as ASCII), and
 * x-user-defined is Windows-1252.
 */
static void
prescan(const char *data, size_t len, char *out, size_t outn)
{
	const char *p = data, *end = data + len, *stop, *q;
	struct attr a;

	stop = data + (len < PRESCAN_WINDOW ? len : PRESCAN_WINDOW);
	out[0] = '\0';
	while (p < stop) {
		if (*p != '<') {
			p++;
		} else if (end - p >= 4 && memcmp(p, "<!--", 4) == 0) {
			q = find_ci(p + 2, (size_t)(end - p - 2), "-->");
			p = q ? q + 3 : end;
		} else if (end - p >= 6 && strncasecmp(p, "<meta", 5) == 0 &&
		    (is_space(p[5]) || p[5] == '/')) {
			p += 5;
			if (meta_charset(&p, end, out, outn))
				break;
		} else if (end - p >= 2 && (is_alpha(p[1]) ||
		    (p[1] == '/' && end - p >= 3 && is_alpha(p[2])))) {
			if (end - p >= 6 && strncasecmp(p, "<body", 5) == 0 &&
			    (is_space(p[5]) || p[5] == '>'))
				return;
			/* Any other tag: its name, then its attributes. */
			while (p < end && !is_space(*p) && *p != '>')
				p++;
			while (get_attr(&p, end, &a))
				;
		} else if (end - p >= 2 && (p[1] == '!' || p[1] == '/' || p[1] == '?')) {
			q = memchr(p, '>', (size_t)(end - p));
			p = q ? q + 1 : end;
		} else {
			p++;
		}
	}
	if (strncasecmp(out, "utf-16", 6) == 0)
		snprintf(out, outn, "utf-8");
	else if (strcasecmp(out, "x-user-defined") == 0)
		snprintf(out, outn, "windows-1252");
}

/*
 * WHATWG labels that name what browsers decode, where iconv would read
 * the name differently or not know it.  Others go to iconv as they are.
 */
static const struct {
	const char *label, *iconv;
} labels[] = {
	{ "ascii", "WINDOWS-1252" }, { "us-ascii", "WINDOWS-1252" },
	{ "iso-8859-1", "WINDOWS-1252" }, { "iso8859-1", "WINDOWS-1252" },
	{ "iso_8859-1", "WINDOWS-1252" }, { "latin1", "WINDOWS-1252" },
	{ "l1", "WINDOWS-1252" }, { "x-cp1252", "WINDOWS-1252" },
	{ "iso-8859-9", "WINDOWS-1254" }, { "latin5", "WINDOWS-1254" },
	{ "iso-8859-11", "WINDOWS-874" }, { "tis-620", "WINDOWS-874" },
	{ "euc-kr", "CP949" }, { "ks_c_5601-1987", "CP949" },
	{ "ks_c_5601-1989", "CP949" }, { "ksc5601", "CP949" },
	{ "ksc_5601", "CP949" }, { "korean", "CP949" }, { "windows-949", "CP949" },
	{ "shift_jis", "CP932" }, { "shift-jis", "CP932" }, { "sjis", "CP932" },
	{ "x-sjis", "CP932" }, { "ms_kanji", "CP932" }, { "windows-31j", "CP932" },
	{ "gb2312", "GB18030" }, { "gbk", "GB18030" }, { "x-gbk", "GB18030" },
	{ "chinese", "GB18030" }, { "gb_2312-80", "GB18030" },
	{ "big5", "BIG5-HKSCS" }, { "x-x-big5", "BIG5-HKSCS" }, { "cn-big5", "BIG5-HKSCS" },
	{ "unicode-1-1-utf-8", "UTF-8" }, { "utf8", "UTF-8" },
	{ "x-mac-roman", "MACINTOSH" }, { "x-mac-cyrillic", "MAC-CYRILLIC" },
};

int
ingest_charset(const char *label, char *out, size_t n)
{
	iconv_t cd;
	size_t i;

	for (i = 0; i < sizeof labels / sizeof labels[0]; i++)
		if (strcasecmp(label, labels[i].label) == 0) {
			snprintf(out, n, "%s", labels[i].iconv);
			return 0;
		}
	/* iconv takes names it would misread as options ("//"); refuse them. */
	if (label[0] == '\0' || strchr(label, '/') != NULL || strlen(label) >= n)
		return -1;
	if ((cd = iconv_open("UTF-8", label)) == (iconv_t)-1)
		return -1;
	iconv_close(cd);
	snprintf(out, n, "%s", label);
	return 0;
}

int
ingest_to_utf8(const char *where, const char *data, size_t len,
    const char *charset, struct buf *out)
{
	iconv_t cd;
	char *in, *o;
	size_t inleft, outleft, bad;

	if (strcasecmp(charset, "UTF-8") == 0) {
		if (utf8_check(data, len, &bad) < 0)
			return msg_error("%s: invalid UTF-8 (byte 0x%02X at offset %zu)",
			    where, (unsigned char)data[bad], bad);
		buf_add(out, data, len);
		return 0;
	}
	if ((cd = iconv_open("UTF-8", charset)) == (iconv_t)-1)
		return msg_error("%s: unknown charset \"%s\"", where, charset);
	in = (char *)data;
	inleft = len;
	while (inleft > 0) {
		buf_grow(out, inleft * 2 + 16);
		o = out->data + out->len;
		outleft = out->cap - out->len - 1;
		if (iconv(cd, &in, &inleft, &o, &outleft) == (size_t)-1 && errno != E2BIG) {
			iconv_close(cd);
			return msg_error("%s: bytes invalid in charset %s at offset %zu",
			    where, charset, (size_t)(in - data));
		}
		out->len = (size_t)(o - out->data);
		out->data[out->len] = '\0';
	}
	iconv_close(cd);
	return 0;
}

/* A byte order mark: its length, and the charset it names in out. */
static size_t
bom(const char *data, size_t len, char *out, size_t n)
{
	const char *cs = NULL;
	size_t skip = 0;

	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
		cs = "UTF-8", skip = 3;
	else if (len >= 2 && memcmp(data, "\xFF\xFE", 2) == 0)
		cs = "UTF-16LE", skip = 2;
	else if (len >= 2 && memcmp(data, "\xFE\xFF", 2) == 0)
		cs = "UTF-16BE", skip = 2;
	if (cs != NULL)
		snprintf(out, n, "%s", cs);
	return skip;
}

int
ingest_html_to_utf8(const char *where, const char *data, size_t len,
    const char *declared, struct buf *out)
{
	char label[64], charset[64];
	size_t skip;

	charset[0] = '\0';
	if ((skip = bom(data, len, charset, sizeof charset)) > 0) {
		data += skip;
		len -= skip;
	} else if (declared == NULL || ingest_charset(declared, charset, sizeof charset) < 0) {
		/*
		 * No label from the transport, or one iconv does not know
		 * (servers send "charset=none"): the page decides.  A label
		 * the page itself gives and nobody can read is an error, not
		 * a guess: a wrong guess puts wrong letters into names.
		 */
		charset[0] = '\0';
		prescan(data, len, label, sizeof label);
		if (label[0] != '\0' && ingest_charset(label, charset, sizeof charset) < 0)
			return msg_error("%s: unknown charset \"%s\"", where, label);
	}
	if (charset[0] == '\0') {
		/* Valid UTF-8 is UTF-8: checked here, so not again. */
		if (utf8_check(data, len, NULL) == 0) {
			buf_add(out, data, len);
			return 0;
		}
		snprintf(charset, sizeof charset, "WINDOWS-1252");
	}
	return ingest_to_utf8(where, data, len, charset, out);
}
