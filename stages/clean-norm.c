/*
 * clean-norm.c: the text of a document as valid NFC UTF-8 with plain white
 * space, before any line is judged.
 *
 * Line numbers are kept: every line of the input is a line of the output
 * (CRLF and CR count as one line end), so that messages and the "found"
 * member can name the line of the input.  Blank lines are collapsed later,
 * when the kept lines are joined (clean_join).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include "buf.h"
#include "msg.h"
#include "utf8.h"
#include "clean.h"

/* Windows-1252 for the C1 range 0x80..0x9F; 0 where it has no character. */
static const uint16_t cp1252[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178
};

/* Unicode space characters other than U+0020 (Zs, and the Mongolian one). */
static int
is_other_space(int32_t c)
{
	return c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
	    c == 0x202F || c == 0x205F || c == 0x3000;
}

/* Format characters that only steer rendering: dropped. */
static int
is_zero_width(int32_t c)
{
	return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 ||
	    c == 0xFEFF || c == 0x00AD || c == 0x180E;
}

/*
 * Is c, after map_chars, sure to be left as it is by NFC, whatever comes
 * before or after it: no decomposition, no combining class, no part of a
 * composition?  True of Latin-1 and the Latin letters up to U+02FF, the
 * general punctuation (its spaces U+2000 and U+2001, which NFC would
 * change, are plain spaces by then), currency signs, CJK ideographs and
 * Hangul syllables (a trailing jamo after one is not sure, so the text
 * then goes through NFC).  A text of such characters alone, nearly every
 * English article, skips NFC: it was a fifth of the stage's time.
 */
static int
nfc_stable(int32_t c)
{
	return c < 0x300 || (c >= 0x2002 && c <= 0x206F) || (c >= 0x20A0 && c <= 0x20CF) ||
	    (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7A3);
}

/* The line number (1-based) of byte offset off in s. */
static unsigned long
line_of(const char *s, size_t off)
{
	unsigned long line = 1;
	size_t i;

	for (i = 0; i < off; i++)
		if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= off || s[i + 1] != '\n')))
			line++;
	return line;
}

/*
 * Are the eight bytes of w all printable ASCII (0x20 to 0x7E)?  A byte
 * under 0x20, or over 0x7E, sets its high bit in one of the two terms
 * (the "hasless" and "hasmore" tests of Bit Twiddling Hacks, exact for
 * "any byte").
 */
static int
printable8(uint64_t w)
{
	const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;

	return (((w - 0x20 * ones) & ~w) | ((w + (0x7F - 0x7E) * ones) | w)) & high ? 0 : 1;
}

/*
 * Map the characters: line ends, spaces, zero-width and control characters.
 * Reports the first control character of each kind with its line and how
 * many there were.  Returns whether every character written is
 * nfc_stable(), or -1 with *bad the offset of the first byte of s that is
 * not valid UTF-8 (or a NUL), nothing reported: the check is this pass's
 * decoding, not a pass of its own.
 */
static int
map_chars(const char *s, size_t len, const char *source, struct buf *out, size_t *bad)
{
	unsigned long line = 1, c0_line = 0, c1_line = 0, nc0 = 0, nc1 = 0;
	int32_t c, c0_cp = 0, c1_cp = 0;
	size_t i = 0, n, run;
	char enc[4];
	int stable = 1;

	buf_grow(out, len);
	while (i < len) {
		/* printable ASCII, most of any text, is copied as it is
		 * (tested eight bytes at a time) */
		run = i;
#if defined(__SSE2__) && defined(__GNUC__)
		for (; run + 16 <= len; run += 16) {	/* sixteen where SSE2 is */
			__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + run));

			/* above 0x1F as a signed byte (0x80 and more are
			 * negative), and not 0x7F */
			if (_mm_movemask_epi8(_mm_andnot_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(0x7F)),
			    _mm_cmpgt_epi8(x, _mm_set1_epi8(0x1F)))) != 0xFFFF)
				break;
		}
#endif
		for (; run + 8 <= len; run += 8) {
			uint64_t w;

			memcpy(&w, s + run, 8);
			if (!printable8(w))
				break;
		}
		for (; run < len && (unsigned char)s[run] >= 0x20 &&
		    (unsigned char)s[run] < 0x7F; run++)
			;
		if (run > i) {
			buf_add(out, s + i, run - i);
			i = run;
			continue;
		}
		n = utf8_decode(s + i, len - i, &c);
		if (n == 0 || c == 0) {
			*bad = i;
			return -1;
		}
		i += n;
		if (c == '\r') {
			if (i < len && s[i] == '\n')
				i++;
			c = '\n';
		}
		if (c == '\n' || c == '\v' || c == '\f' || c == 0x2028 ||
		    c == 0x2029 || c == 0x85) {
			buf_addc(out, '\n');
			line++;
			continue;
		}
		if (c == '\t' || is_other_space(c)) {
			buf_addc(out, ' ');
			if (c == '\t')	/* a tab sets fields apart as a run of spaces does */
				buf_addc(out, ' ');
			continue;
		}
		if (is_zero_width(c))
			continue;
		if (c < 0x20 || c == 0x7F) {
			if (nc0++ == 0) {
				c0_line = line;
				c0_cp = c;
			}
			continue;
		}
		if (c >= 0x80 && c <= 0x9F) {
			if (nc1++ == 0) {
				c1_line = line;
				c1_cp = c;
			}
			if ((c = cp1252[c - 0x80]) == 0)
				continue;
		}
		stable &= nfc_stable(c);
		buf_add(out, enc, utf8_encode(c, enc));
	}
	if (nc0)
		msg_warn("%s:%lu: control character U+%04X dropped (%lu in the document)",
		    source, c0_line, (unsigned)c0_cp, nc0);
	if (nc1)
		msg_warn("%s:%lu: C1 control character U+%04X read as Windows-1252 "
		    "(%lu in the document)", source, c1_line, (unsigned)c1_cp, nc1);
	return stable;
}

/*
 * The first of two spaces in a row in [p, stop), or NULL.  Sixteen (where
 * SSE2 is) or eight bytes at a time: a space whose next byte is one too is a bit of the mask of
 * spaces and of that mask shifted a byte (memchr() at each space, one a
 * word, was most of the tidying).  The bytes are read up to stop only.
 */
static const char *
two_spaces(const char *p, const char *stop)
{
	uint64_t m;

#if defined(__SSE2__) && defined(__GNUC__)
	for (; stop - p >= 17; p += 16) {	/* sixteen where SSE2 is */
		unsigned sp = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
		    _mm_loadu_si128((const __m128i *)(const void *)p), _mm_set1_epi8(' ')));

		sp &= sp >> 1 | (unsigned)(p[16] == ' ') << 15;
		if (sp != 0)
			return p + __builtin_ctz(sp);
	}
#endif
	for (; stop - p >= 9; p += 8) {
		/* a space at byte k, another at k + 1 (the ninth byte: k = 7) */
		m = clean_eq8(clean_load8(p), ' ');
		m &= m >> 8 | (uint64_t)(p[8] == ' ') << 63;
		if (m != 0)
			return p + clean_first8(m);
	}
	for (; p + 1 < stop; p++)
		if (p[0] == ' ' && p[1] == ' ')
			return p;
	return NULL;
}

/*
 * Does a run of spaces at two (inside a line, after its first word) set
 * two fields apart, as the items of a menu copied from a page are ("Home
 * About  Reports")?  Not after the end of a sentence or a clause (two
 * spaces after a full stop are a typist's), nor beside a "|" (a bar
 * that is judged by its bars).
 */
static int
field_gap(const char *two)
{
	const char *after = two;

	while (*after == ' ')
		after++;
	return strchr(".!?:;,\"|", two[-1]) == NULL && *after != '|' &&
	    (unsigned char)two[-1] != 0x9D;	/* the end of a closing quote, U+201D */
}

/*
 * Append s[0..len) to out with each line trimmed and inner space runs as
 * one.  Lines and runs of two spaces are found with memchr() (which reads
 * many bytes at a time), the bytes between copied whole.  When gaps is
 * not NULL, one byte a line is appended to it: how many runs of spaces
 * the line held that field_gap() says set fields apart (at most 255).
 */
static void
tidy_lines(const char *s, size_t len, struct buf *out, struct buf *gaps)
{
	const char *p = s, *end = s + len, *eol, *start, *stop, *two;
	char *o;
	unsigned ng;

	buf_grow(out, len);
	o = out->data + out->len;	/* the output is never longer than s */
	for (;;) {
		eol = memchr(p, '\n', (size_t)(end - p));
		stop = eol ? eol : end;
		for (start = p; start < stop && *start == ' '; start++)
			;
		while (stop > start && stop[-1] == ' ')
			stop--;
		/* a run of spaces as its first: the line is trimmed, so a
		 * run ends before stop (and begins after the first word) */
		ng = 0;
		while (start < stop && (two = two_spaces(start, stop)) != NULL) {
			if (gaps != NULL && ng < 255 && field_gap(two))
				ng++;
			memcpy(o, start, (size_t)(two - start) + 1);
			o += two - start + 1;
			for (start = two + 1; *start == ' '; start++)
				;
		}
		memcpy(o, start, (size_t)(stop - start));
		o += stop - start;
		if (gaps != NULL)
			buf_addc(gaps, (char)ng);
		if (eol == NULL)
			break;
		*o++ = '\n';
		p = eol + 1;
	}
	*o = '\0';
	out->len = (size_t)(o - out->data);	/* written in place, above */
}

/* Is every character of s[0..len) (valid UTF-8) nfc_stable()? */
static int
stable_line(const char *s, size_t len)
{
	size_t i, n;
	int32_t c;

	for (i = 0; i < len; i += n) {
		n = 1;
		if ((unsigned char)s[i] < 0x80)
			continue;
		if ((n = utf8_decode(s + i, len - i, &c)) == 0 || !nfc_stable(c))
			return 0;
	}
	return 1;
}

/*
 * Append s[0..len) (valid UTF-8) to out in NFC, a line at a time, and
 * only the lines that hold a character not nfc_stable() through NFC:
 * a line end is a character of its own that nothing composes with or
 * reorders across, so NFC of the lines is NFC of the text (and a text
 * with a few words of another script, a name in Japanese, no longer
 * costs NFC of the whole).  -1 when a line cannot be normalized.
 */
static int
nfc_lines(const char *s, size_t len, struct buf *out)
{
	const char *p = s, *end = s + len, *eol;
	size_t n, nlen;
	char *nfc;

	for (;;) {
		eol = memchr(p, '\n', (size_t)(end - p));
		n = (size_t)((eol ? eol : end) - p);
		if (stable_line(p, n)) {
			buf_add(out, p, n);
		} else {
			if ((nfc = utf8_nfc(p, n, &nlen)) == NULL)
				return -1;
			buf_add(out, nfc, nlen);
			free(nfc);
		}
		if (eol == NULL)
			return 0;
		buf_addc(out, '\n');
		p = eol + 1;
	}
}

int
clean_normalize(const char *s, size_t len, const char *source, struct buf *out,
		struct buf *gaps)
{
	struct buf mapped = BUF_INIT, nfc = BUF_INIT;
	size_t bad;
	int stable;

	if ((stable = map_chars(s, len, source, &mapped, &bad)) < 0) {
		buf_release(&mapped);
		return msg_error("%s:%lu: invalid UTF-8 (byte 0x%02X)", source,
		    line_of(s, bad), (unsigned char)s[bad]);
	}
	if (stable) {
		tidy_lines(mapped.data, mapped.len, out, gaps);
		buf_release(&mapped);
		return 0;
	}
	if (nfc_lines(mapped.data, mapped.len, &nfc) < 0) {
		buf_release(&nfc);
		buf_release(&mapped);
		return msg_error("%s: text cannot be normalized to NFC", source);
	}
	tidy_lines(nfc.data, nfc.len, out, gaps);
	buf_release(&nfc);
	buf_release(&mapped);
	return 0;
}
