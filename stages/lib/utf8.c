/*
 * utf8: a strict decoder (RFC 3629: no overlongs, no surrogates, nothing
 * above U+10FFFF) and utf8proc for normalization and folding.
 */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "buf.h"
#include "utf8.h"

size_t
utf8_decode(const char *s, size_t len, int32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t n, i;
	int32_t c, min;

	if (len == 0)
		return 0;
	c = u[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if (c >= 0xC2 && c <= 0xDF) {
		n = 2; c &= 0x1F; min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		n = 3; c &= 0x0F; min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		n = 4; c &= 0x07; min = 0x10000;
	} else {
		return 0;
	}
	if (len < n)
		return 0;
	for (i = 1; i < n; i++) {
		if ((u[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (u[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return n;
}

size_t
utf8_encode(int32_t cp, char *out)
{
	unsigned char *o = (unsigned char *)out;

	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	} else if (cp < 0x800) {
		o[0] = (unsigned char)(0xC0 | (cp >> 6));
		o[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	} else if (cp < 0x10000) {
		o[0] = (unsigned char)(0xE0 | (cp >> 12));
		o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (unsigned char)(0xF0 | (cp >> 18));
	o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

int
utf8_check(const char *s, size_t len, size_t *bad)
{
	size_t i = 0, n;
	uint64_t w;
	int32_t cp;

	while (i < len) {
		/*
		 * ASCII runs are the common case: skip them eight bytes at a
		 * time while no byte has its top bit set and none is NUL (the
		 * word's "has a zero byte" test is exact once no top bit is
		 * set), then byte by byte up to the first that needs decoding.
		 */
		while (len - i >= 8) {
			memcpy(&w, s + i, 8);
			if ((w & UINT64_C(0x8080808080808080)) != 0 ||
			    ((w - UINT64_C(0x0101010101010101)) & UINT64_C(0x8080808080808080)) != 0)
				break;
			i += 8;
		}
		if (i >= len)
			break;
		if ((unsigned char)s[i] < 0x80 && s[i] != '\0') {
			i++;
			continue;
		}
		n = utf8_decode(s + i, len - i, &cp);
		if (n == 0 || cp == 0) {
			if (bad)
				*bad = i;
			return -1;
		}
		i += n;
	}
	return 0;
}

size_t
utf8_count(const char *s, size_t len)
{
	size_t i, n = 0;

	/* Every byte that is not a continuation byte starts a code point. */
	for (i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

static char *
utf8_map(const char *s, size_t len, size_t *outlen, int options)
{
	utf8proc_uint8_t *out = NULL;
	utf8proc_ssize_t n;

	if (utf8_check(s, len, NULL) < 0)
		return NULL;
	n = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len,
	    &out, (utf8proc_option_t)options);
	if (n < 0)
		return NULL;
	if (outlen)
		*outlen = (size_t)n;
	return (char *)out;
}

char *
utf8_nfc(const char *s, size_t len, size_t *outlen)
{
	return utf8_map(s, len, outlen, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
}

char *
utf8_fold(const char *s, size_t len)
{
	return utf8_map(s, len, NULL, UTF8PROC_STABLE | UTF8PROC_COMPAT |
	    UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD);
}

char *
utf8_printable_name(const char *s)
{
	struct buf b = BUF_INIT;
	size_t len = strlen(s), i = 0, n;
	int32_t cp;

	while (i < len) {
		n = utf8_decode(s + i, len - i, &cp);
		if (n == 0) {
			buf_addf(&b, "\\x%02X", (unsigned char)s[i]);
			i++;
			continue;
		}
		if (cp == '\n')
			buf_adds(&b, "\\n");
		else if (cp == '\r')
			buf_adds(&b, "\\r");
		else if (cp == '\t')
			buf_adds(&b, "\\t");
		else if (cp < 0x20 || cp == 0x7F)
			buf_addf(&b, "\\x%02X", (unsigned)cp);
		else if (cp >= 0x80 && cp < 0xA0)	/* C1 controls */
			buf_addf(&b, "\\u%04X", (unsigned)cp);
		else
			buf_add(&b, s + i, n);
		i += n;
	}
	return buf_detach(&b, NULL);
}
