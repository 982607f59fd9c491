/*
 * jsonl: JSON Lines reader and writer (see jsonl.h for the contract).
 * Lines are read with getline(), so a long document record costs one
 * allocation that is reused for the next line; lines over JSONL_MAX_LINE
 * are refused rather than parsed, to bound what one bad input can cost.
 * Records are decoded and encoded here rather than by json_loadb and
 * json_dumpf, in one pass over the bytes, to the same trees and the same
 * bytes: a document record carries a whole page, and jansson's byte-at-a-
 * time callbacks cost more than everything else the clean stage does to a
 * page but the HTML parse (issue 4).
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include "buf.h"
#include "jsonl.h"
#include "msg.h"
#include "utf8.h"

static char stdin_name[] = "<stdin>";
static char *stdin_only[] = { stdin_name };

/* The limits: one program, one set (see jsonl_set_limits). */
static size_t jsonl_max_line = JSONL_MAX_LINE;
static unsigned jsonl_max_depth = JSONL_MAX_DEPTH;

void
jsonl_set_limits(size_t max_line, unsigned max_depth)
{
	if (max_line)
		jsonl_max_line = max_line;
	if (max_depth)
		jsonl_max_depth = max_depth;
}

void
jsonl_reader_init(struct jsonl_reader *r, char **names, int nnames)
{
	memset(r, 0, sizeof *r);
	if (nnames == 0) {
		names = stdin_only;
		nnames = 1;
	}
	r->names = names;
	r->nnames = nnames;
}

/*
 * Read in blocks of 64 KiB (a pipe's capacity) rather than stdio's 4 KiB:
 * a document record of 200 KB is then a few read(2)s, not fifty.  glibc
 * sizes a buffer it allocates itself by the file, so the buffer is ours:
 * stdin's is static (stdin outlives every reader), a file's lives in the
 * reader until its fclose.  Called before the stream's first read only.
 */
#define JSONL_READ_BUF (1 << 16)
static char stdin_buf[JSONL_READ_BUF];

static void
set_buffer(struct jsonl_reader *r)
{
	static int stdin_done;

	if (r->fp == stdin) {
		if (!stdin_done)
			(void)setvbuf(stdin, stdin_buf, _IOFBF, sizeof stdin_buf);
		stdin_done = 1;
		return;
	}
	if (r->read_buf == NULL)
		r->read_buf = malloc(JSONL_READ_BUF);
	if (r->read_buf != NULL)
		(void)setvbuf(r->fp, r->read_buf, _IOFBF, JSONL_READ_BUF);
}

/* Open the next input; 0, or -1 when there is none left. */
static int
open_next(struct jsonl_reader *r)
{
	struct stat st;

	while (r->next < r->nnames) {
		const char *name = r->names[r->next++];

		r->line = 0;
		if (strcmp(name, "-") == 0 || name == stdin_name) {
			r->name = stdin_name;
			r->fp = stdin;
			set_buffer(r);
			return 0;
		}
		/* Messages name the input: in a form that cannot break the line. */
		free(r->shown);
		r->shown = utf8_printable_name(name);
		r->name = r->shown;
		r->fp = fopen(name, "r");
		if (r->fp != NULL && fstat(fileno(r->fp), &st) == 0 && S_ISDIR(st.st_mode)) {
			/* Linux opens a folder for reading; only reading fails. */
			msg_error("%s: a folder, not a file of records", r->name);
			fclose(r->fp);
			r->fp = NULL;
			continue;
		}
		if (r->fp != NULL) {
			set_buffer(r);
			return 0;
		}
		msg_error("%s: cannot open: %s", r->name, strerror(errno));
	}
	return -1;
}

static void
close_current(struct jsonl_reader *r)
{
	if (r->fp == NULL)
		return;
	if (ferror(r->fp))
		msg_error("%s: read error: %s", r->name, strerror(errno));
	if (r->fp != stdin)
		fclose(r->fp);
	r->fp = NULL;
}

/*
 * The decoder.  One pass over the line: strings are checked (UTF-8, control
 * characters, escapes) and unescaped in place, since an unescaped string is
 * never longer than its source text; jansson then copies each string once
 * (json_stringn_nocheck: checked here already).  It builds the tree
 * json_loadb(text, len, JSON_REJECT_DUPLICATES) builds and refuses what it
 * refuses: only an object or array at the top, nothing but whitespace
 * after it, strict UTF-8 (no overlongs, surrogates or bytes past U+10FFFF),
 * no raw control characters and no \u0000 in strings, a lone surrogate
 * escape refused, integers that do not fit a json_int_t and reals that
 * overflow a double refused, duplicate keys refused, and values nested
 * deeper than jsonl_max_depth (scalars count as a level, as in
 * jansson) refused.  The recursion is bounded by that depth.  One
 * difference, on purpose: jansson 2.14 skips a NUL byte right after a
 * number or true/false/null ("[1\0]" is [1]; its lexer's unget loses it);
 * here a raw NUL byte is refused wherever it is.
 * tests/unit/test_jsonl.c compares the two on a table of inputs.
 */
struct jp {
	char *s;		/* start of the text */
	char *p;		/* next byte */
	char *end;		/* one past the last byte; *end is writable */
	struct jsonl_error *err;
};

#define JP_ONES  0x0101010101010101ULL
#define JP_HIGHS 0x8080808080808080ULL

#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
/* Bytes before the first flagged one (exact for the lowest flag). */
#define JP_SKIP(mask) ((size_t)__builtin_ctzll(mask) / 8)
#else
#define JP_SKIP(mask) ((void)(mask), (size_t)0)
#endif

/*
 * Nonzero when one of the 8 bytes in w is '"', '\\', below 0x20 or above
 * 0x7F: the bytes a string scan must stop at.  Each term is exact about
 * whether a byte matches and its lowest flag is the first match.
 */
static inline uint64_t
jp_special(uint64_t w)
{
	uint64_t q = w ^ (JP_ONES * '"'), b = w ^ (JP_ONES * '\\');

	return (((q - JP_ONES) & ~q) | ((b - JP_ONES) & ~b) |
	    ((w - JP_ONES * 0x20) & ~w) | w) & JP_HIGHS;
}

/*
 * How many bytes at the start of p[0..n) a string scan passes over: it
 * stops at the first of jp_special()'s bytes, or where fewer than eight
 * are left (the caller reads those one by one).  Sixteen at a time where
 * SSE2 is (every x86-64): three compares, where jp_special() costs a
 * score of operations for eight; every byte of every text read and
 * written goes through here.  A byte of 0x80 or more is below 0x20 as
 * a signed byte, so one compare finds both kinds.
 */
static inline size_t
jp_plain(const char *p, size_t n)
{
	size_t i = 0;
	uint64_t w, m;

#if defined(__SSE2__) && defined(__GNUC__)
	const __m128i q = _mm_set1_epi8('"'), bs = _mm_set1_epi8('\\'),
	    ctl = _mm_set1_epi8(0x20);

	for (; i + 16 <= n; i += 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
		unsigned f = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(
		    _mm_cmpeq_epi8(x, q), _mm_cmpeq_epi8(x, bs)), _mm_cmplt_epi8(x, ctl)));

		if (f != 0)
			return i + (size_t)__builtin_ctz(f);
	}
#endif
	for (; i + 8 <= n; i += 8) {
		memcpy(&w, p + i, 8);
		if ((m = jp_special(w)) != 0)
			return i + JP_SKIP(m);
	}
	return i;
}

/*
 * The length (2..4) of the well-formed UTF-8 sequence of a non-ASCII first
 * byte at p, or 0 (overlong, surrogate, past U+10FFFF, truncated, stray).
 */
static inline size_t
jp_utf8_len(const unsigned char *p, const unsigned char *end)
{
	unsigned c = p[0], c1;
	size_t n = (size_t)(end - p);

	if (c < 0xC2)
		return 0;
	if (c < 0xE0)
		return n >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
	if (n < 3)
		return 0;
	c1 = p[1];
	if ((c1 & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
		return 0;
	if (c < 0xF0) {
		if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F))
			return 0;
		return 3;
	}
	if (c > 0xF4 || n < 4 || (p[3] & 0xC0) != 0x80)
		return 0;
	if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 > 0x8F))
		return 0;
	return 4;
}

static void jp_fail(struct jp *jp, const char *at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Record the first error: what, and the byte offset where. */
static void
jp_fail(struct jp *jp, const char *at, const char *fmt, ...)
{
	va_list ap;

	if (jp->err == NULL || jp->err->text[0] != '\0')
		return;
	jp->err->offset = (size_t)(at - jp->s);
	va_start(ap, fmt);
	vsnprintf(jp->err->text, sizeof jp->err->text, fmt, ap);
	va_end(ap);
}

/* "unexpected character 'x'", or the byte in hex when not printable. */
static void
jp_unexpected(struct jp *jp, const char *at, const char *expected)
{
	unsigned c;

	if (at >= jp->end) {
		jp_fail(jp, at, "%s, found the end of the line", expected);
		return;
	}
	c = (unsigned char)*at;
	if (c > 0x20 && c < 0x7F)
		jp_fail(jp, at, "%s, found '%c'", expected, (int)c);
	else
		jp_fail(jp, at, "%s, found byte 0x%02X", expected, c);
}

static inline char *
jp_ws(char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
		p++;
	return p;
}

/* Four hex digits at p (end bounds them) as a number, or -1. */
static long
jp_hex4(const char *p, const char *end)
{
	long v = 0;
	int i;

	if (end - p < 4)
		return -1;
	for (i = 0; i < 4; i++) {
		int c = (unsigned char)p[i];

		v <<= 4;
		if (c >= '0' && c <= '9')
			v += c - '0';
		else if (c >= 'a' && c <= 'f')
			v += c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			v += c - 'A' + 10;
		else
			return -1;
	}
	return v;
}

/*
 * The string whose opening quote is just before jp->p, checked and
 * unescaped in place: *out is its first byte, *len its length, and jp->p
 * moves past the closing quote.  0, or -1 after jp_fail.  Bytes are copied
 * down only after the first escape; a run of plain bytes moves at once.
 */
static int
jp_string(struct jp *jp, char **out, size_t *len)
{
	char *p = jp->p, *end = jp->end, *o = p, *run = p;
	long u, u2;
	size_t n;
	unsigned c;

	for (;;) {
		p += jp_plain(p, (size_t)(end - p));
		if (p >= end) {
			jp_fail(jp, jp->p - 1, "unterminated string");
			return -1;
		}
		c = (unsigned char)*p;
		if (c == '"')
			break;
		if (c >= 0x80) {
			if ((n = jp_utf8_len((unsigned char *)p, (unsigned char *)end)) == 0) {
				jp_fail(jp, p, "invalid UTF-8 (byte 0x%02X)", c);
				return -1;
			}
			p += n;
			continue;
		}
		if (c != '\\') {
			if (c < 0x20) {
				jp_fail(jp, p, "control character 0x%02X in a string", c);
				return -1;
			}
			p++;
			continue;
		}
		/* An escape: move the run before it down, then decode it. */
		if (o != run)
			memmove(o, run, (size_t)(p - run));
		o += p - run;
		if (++p >= end) {
			jp_fail(jp, jp->p - 1, "unterminated string");
			return -1;
		}
		switch (*p) {
		case '"': case '\\': case '/':
			*o++ = *p++;
			break;
		case 'b': *o++ = '\b'; p++; break;
		case 'f': *o++ = '\f'; p++; break;
		case 'n': *o++ = '\n'; p++; break;
		case 'r': *o++ = '\r'; p++; break;
		case 't': *o++ = '\t'; p++; break;
		case 'u':
			if ((u = jp_hex4(p + 1, end)) < 0) {
				jp_fail(jp, p - 1, "invalid escape '\\u%.*s'",
				    end - p - 1 < 4 ? (int)(end - p - 1) : 4, p + 1);
				return -1;
			}
			if (u >= 0xD800 && u <= 0xDBFF) {
				/* A high surrogate takes a low one right after it. */
				if (end - p < 11 || p[5] != '\\' || p[6] != 'u' ||
				    (u2 = jp_hex4(p + 7, end)) < 0xDC00 || u2 > 0xDFFF) {
					jp_fail(jp, p - 1, "lone surrogate '\\u%04lX'", u);
					return -1;
				}
				u = 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00);
				p += 6;
			} else if (u >= 0xDC00 && u <= 0xDFFF) {
				jp_fail(jp, p - 1, "lone surrogate '\\u%04lX'", u);
				return -1;
			} else if (u == 0) {
				jp_fail(jp, p - 1, "'\\u0000' in a string");
				return -1;
			}
			/* At most 4 bytes where 6 or 12 were read: o stays behind p. */
			o += utf8_encode((int32_t)u, o);
			p += 5;
			break;
		default:
			if ((unsigned char)*p > 0x20 && (unsigned char)*p < 0x7F)
				jp_fail(jp, p - 1, "invalid escape '\\%c'", *p);
			else
				jp_fail(jp, p - 1, "invalid escape (byte 0x%02X after '\\')",
				    (unsigned char)*p);
			return -1;
		}
		run = p;
	}
	if (o != run)
		memmove(o, run, (size_t)(p - run));
	o += p - run;
	*out = jp->p;
	*len = (size_t)(o - jp->p);
	jp->p = p + 1;
	return 0;
}

/*
 * A number, jansson's way: the JSON grammar, then an integer (no fraction,
 * no exponent) through strtoll, refused when out of range, else a real
 * through strtod, refused when it overflows (underflow gives 0 or a
 * denormal, accepted).  The byte after the number is made a NUL for the
 * conversion and put back.
 */
static json_t *
jp_number(struct jp *jp)
{
	char *p = jp->p, *start = p, *end = jp->end, save, *stop;
	int real = 0;
	json_t *v = NULL;

	if (*p == '-')
		p++;
	if (p < end && *p == '0') {
		p++;
		if (p < end && *p >= '0' && *p <= '9') {
			jp_fail(jp, start, "invalid number (leading zero)");
			return NULL;
		}
	} else if (p < end && *p >= '0' && *p <= '9') {
		while (p < end && *p >= '0' && *p <= '9')
			p++;
	} else {
		jp_fail(jp, start, "invalid number");
		return NULL;
	}
	if (p < end && *p == '.') {
		p++;
		if (p >= end || *p < '0' || *p > '9') {
			jp_fail(jp, start, "invalid number (no digit after '.')");
			return NULL;
		}
		while (p < end && *p >= '0' && *p <= '9')
			p++;
		real = 1;
	}
	if (p < end && (*p == 'e' || *p == 'E')) {
		p++;
		if (p < end && (*p == '+' || *p == '-'))
			p++;
		if (p >= end || *p < '0' || *p > '9') {
			jp_fail(jp, start, "invalid number (no digit in the exponent)");
			return NULL;
		}
		while (p < end && *p >= '0' && *p <= '9')
			p++;
		real = 1;
	}
	save = *p;
	*p = '\0';
	errno = 0;
	if (!real) {
		json_int_t i = strtoll(start, &stop, 10);

		if (errno == ERANGE)
			jp_fail(jp, start, "integer out of range '%.40s'", start);
		else
			v = json_integer(i);
	} else {
		double d = strtod(start, &stop);

		if ((d == HUGE_VAL || d == -HUGE_VAL) && errno == ERANGE)
			jp_fail(jp, start, "number out of range '%.40s'", start);
		else
			v = json_real(d);
	}
	*p = save;
	if (v == NULL && jp->err != NULL && jp->err->text[0] == '\0')
		jp_fail(jp, start, "out of memory");
	jp->p = p;
	return v;
}

static json_t *jp_value(struct jp *jp, unsigned depth);

/* After an array's item or an object's member: 1 after a ',' (another
 * follows), 0 after the closing character, -1 (reported) otherwise. */
static int
jp_after_item(struct jp *jp, char close)
{
	jp->p = jp_ws(jp->p, jp->end);
	if (jp->p < jp->end && *jp->p == ',') {
		jp->p = jp_ws(jp->p + 1, jp->end);
		return 1;
	}
	if (jp->p < jp->end && *jp->p == close) {
		jp->p++;
		return 0;
	}
	jp_unexpected(jp, jp->p, close == ']' ? "expected ',' or ']'" : "expected ',' or '}'");
	return -1;
}

/* An array, jp->p on its '['; its values one level deeper. */
static json_t *
jp_array(struct jp *jp, unsigned depth)
{
	json_t *a = json_array(), *v;
	int more = -1;

	if (a == NULL) {
		jp_fail(jp, jp->p, "out of memory");
		return NULL;
	}
	jp->p = jp_ws(jp->p + 1, jp->end);
	if (jp->p < jp->end && *jp->p == ']') {
		jp->p++;
		return a;
	}
	for (;;) {
		if ((v = jp_value(jp, depth + 1)) == NULL)
			break;
		if (json_array_append_new(a, v) < 0) {
			jp_fail(jp, jp->p, "out of memory");
			break;
		}
		if ((more = jp_after_item(jp, ']')) <= 0)
			break;
	}
	if (more == 0)
		return a;
	json_decref(a);
	return NULL;
}

/* An object, jp->p on its '{'; its values one level deeper. */
static json_t *
jp_object(struct jp *jp, unsigned depth)
{
	json_t *obj = json_object(), *v;
	char *key, *at;
	size_t klen;
	int more = -1;

	if (obj == NULL) {
		jp_fail(jp, jp->p, "out of memory");
		return NULL;
	}
	jp->p = jp_ws(jp->p + 1, jp->end);
	if (jp->p < jp->end && *jp->p == '}') {
		jp->p++;
		return obj;
	}
	for (;;) {
		if (jp->p >= jp->end || *jp->p != '"') {
			jp_unexpected(jp, jp->p, "expected a string key");
			break;
		}
		at = jp->p++;
		if (jp_string(jp, &key, &klen) < 0)
			break;
		if (json_object_getn(obj, key, klen) != NULL) {
			/* The key stays in the line until the line is done. */
			jp_fail(jp, at, "duplicate key \"%.*s\"", klen > 40 ? 40 : (int)klen, key);
			break;
		}
		jp->p = jp_ws(jp->p, jp->end);
		if (jp->p >= jp->end || *jp->p != ':') {
			jp_unexpected(jp, jp->p, "expected ':'");
			break;
		}
		jp->p = jp_ws(jp->p + 1, jp->end);
		if ((v = jp_value(jp, depth + 1)) == NULL)
			break;
		if (json_object_setn_new_nocheck(obj, key, klen, v) < 0) {
			jp_fail(jp, at, "out of memory");
			break;
		}
		if ((more = jp_after_item(jp, '}')) <= 0)
			break;
	}
	if (more == 0)
		return obj;
	json_decref(obj);
	return NULL;
}

/* The value at jp->p (whitespace skipped), depth levels down (top: 1). */
static json_t *
jp_value(struct jp *jp, unsigned depth)
{
	char *p = jp->p, *s;
	size_t len;
	json_t *v;

	if (depth > jsonl_max_depth) {
		jp_fail(jp, p, "nested deeper than %u levels (--max-depth)", jsonl_max_depth);
		return NULL;
	}
	if (p >= jp->end) {
		jp_unexpected(jp, p, "expected a value");
		return NULL;
	}
	switch (*p) {
	case '{':
		return jp_object(jp, depth);
	case '[':
		return jp_array(jp, depth);
	case '"':
		jp->p++;
		if (jp_string(jp, &s, &len) < 0)
			return NULL;
		if ((v = json_stringn_nocheck(s, len)) == NULL)
			jp_fail(jp, p, "out of memory");
		return v;
	case '-': case '0': case '1': case '2': case '3': case '4':
	case '5': case '6': case '7': case '8': case '9':
		return jp_number(jp);
	case 't':
		if (jp->end - p >= 4 && memcmp(p, "true", 4) == 0) {
			jp->p += 4;
			return json_true();
		}
		break;
	case 'f':
		if (jp->end - p >= 5 && memcmp(p, "false", 5) == 0) {
			jp->p += 5;
			return json_false();
		}
		break;
	case 'n':
		if (jp->end - p >= 4 && memcmp(p, "null", 4) == 0) {
			jp->p += 4;
			return json_null();
		}
		break;
	}
	jp_unexpected(jp, p, "expected a value");
	return NULL;
}

json_t *
jsonl_decode(char *text, size_t len, struct jsonl_error *err)
{
	struct jp jp;
	json_t *v;

	jp.s = jp.p = text;
	jp.end = text + len;
	jp.err = err;
	if (err != NULL) {
		err->offset = 0;
		err->text[0] = '\0';
	}
	jp.p = jp_ws(jp.p, jp.end);
	if (jp.p >= jp.end || (*jp.p != '{' && *jp.p != '[')) {
		jp_unexpected(&jp, jp.p, "expected '{' or '['");
		return NULL;
	}
	if ((v = jp_value(&jp, 1)) == NULL)
		return NULL;
	jp.p = jp_ws(jp.p, jp.end);
	if (jp.p < jp.end) {
		jp_unexpected(&jp, jp.p, "expected the end of the line");
		json_decref(v);
		return NULL;
	}
	return v;
}

/* jsonl_parse on a line the caller lets us overwrite (line[len] too). */
static json_t *
parse_line(char *text, size_t len, const char *name, unsigned long line)
{
	struct jsonl_error err;
	json_t *rec, *kind;

	rec = jsonl_decode(text, len, &err);
	if (rec == NULL) {
		msg_error("%s:%lu: invalid JSON: %s (byte %zu)", name, line,
		    err.text, err.offset + 1);
		return NULL;
	}
	if (!json_is_object(rec)) {
		msg_error("%s:%lu: record is not a JSON object", name, line);
		json_decref(rec);
		return NULL;
	}
	kind = json_object_get(rec, "kind");
	if (!json_is_string(kind) || json_string_length(kind) == 0) {
		msg_error("%s:%lu: record has no \"kind\" string", name, line);
		json_decref(rec);
		return NULL;
	}
	return rec;
}

json_t *
jsonl_parse(const char *text, size_t len, const char *name, unsigned long line)
{
	char *copy = malloc(len + 1);
	json_t *rec;

	if (copy == NULL) {
		msg_error("%s:%lu: out of memory for a line of %zu bytes", name, line, len);
		return NULL;
	}
	memcpy(copy, text, len);
	copy[len] = '\0';
	rec = parse_line(copy, len, name, line);
	free(copy);
	return rec;
}

json_t *
jsonl_next(struct jsonl_reader *r)
{
	ssize_t n;
	json_t *rec;

	for (;;) {
		if (r->fp == NULL && open_next(r) < 0)
			return NULL;
		n = getline(&r->line_buf, &r->line_cap, r->fp);
		if (n < 0) {
			close_current(r);
			continue;
		}
		r->line++;
		while (n > 0 && (r->line_buf[n - 1] == '\n' || r->line_buf[n - 1] == '\r'))
			n--;
		if (n == 0)
			continue;	/* a blank line holds no record */
		if ((size_t)n > jsonl_max_line) {
			msg_error("%s:%lu: line of %zd bytes exceeds the limit of %zu "
			    "(--max-line), set aside", r->name, r->line, n, jsonl_max_line);
			r->bad++;
			continue;
		}
		/* getline left a byte at line_buf[n] ('\n' or NUL): writable. */
		rec = parse_line(r->line_buf, (size_t)n, r->name, r->line);
		if (rec == NULL) {
			r->bad++;
			continue;
		}
		r->in++;
		return rec;
	}
}

void
jsonl_reader_close(struct jsonl_reader *r)
{
	close_current(r);
	free(r->read_buf);
	r->read_buf = NULL;
	free(r->line_buf);
	r->line_buf = NULL;
	r->line_cap = 0;
	free(r->shown);
	r->shown = NULL;
}

void
jsonl_writer_init(struct jsonl_writer *w, FILE *fp, const char *name)
{
	memset(w, 0, sizeof *w);
	w->fp = fp;
	w->name = name;
}

/*
 * The encoder: the bytes json_dumpf(v, fp, JSON_COMPACT |
 * JSON_PRESERVE_ORDER) writes.  Strings: '"' and '\\' escaped, \b \f \n \r
 * \t by name, other bytes below 0x20 as \u00XX (upper-case hex), everything
 * else, '/' and non-ASCII included, as it is; a string that is not valid
 * UTF-8 fails where jansson fails, after the same partial output (and a key
 * that is not is written as jansson writes it, a lone '"').  Reals are left
 * to jansson (json_dumpb), whose %.17g rules they follow.  A container
 * inside itself fails as in jansson, before its bracket.  Output is staged
 * in a buffer of the call's own and handed to stdio in blocks: jansson's
 * callback a piece costs more than the escaping.
 */
struct jw {
	FILE *fp;
	size_t n;		/* bytes staged in buf */
	int failed;		/* a write to fp failed */
	char buf[1 << 16];	/* 64 KiB: a pipe's capacity, a write(2) each */
};

struct jw_frame {
	const json_t *v;
	const struct jw_frame *up;
};

static int jw_value(struct jw *jw, const json_t *v, const struct jw_frame *up);

static void
jw_flush(struct jw *jw)
{
	if (jw->n > 0 && !jw->failed && fwrite(jw->buf, jw->n, 1, jw->fp) != 1)
		jw->failed = 1;
	jw->n = 0;
}

static void
jw_bytes(struct jw *jw, const char *s, size_t n)
{
	if (n > sizeof jw->buf - jw->n) {
		jw_flush(jw);
		if (n > sizeof jw->buf / 2) {
			if (!jw->failed && fwrite(s, n, 1, jw->fp) != 1)
				jw->failed = 1;
			return;
		}
	}
	memcpy(jw->buf + jw->n, s, n);
	jw->n += n;
}

static inline void
jw_byte(struct jw *jw, char c)
{
	if (jw->n == sizeof jw->buf)
		jw_flush(jw);
	jw->buf[jw->n++] = c;
}

/* 0, or -1 (invalid UTF-8) with what jansson would have written staged. */
static int
jw_string(struct jw *jw, const char *str, size_t len)
{
	static const char hex[] = "0123456789ABCDEF";
	const char *p = str, *end = str + len, *run = str;
	char esc[6] = { '\\', 'u', '0', '0', 0, 0 };
	unsigned c;
	size_t n;

	jw_byte(jw, '"');
	for (;;) {
		p += jp_plain(p, (size_t)(end - p));
		if (p >= end)
			break;
		c = (unsigned char)*p;
		if (c >= 0x80) {
			/* jansson stops here without writing the pending run. */
			if ((n = jp_utf8_len((const unsigned char *)p,
			    (const unsigned char *)end)) == 0)
				return -1;
			p += n;
			continue;
		}
		if (c >= 0x20 && c != '"' && c != '\\') {
			p++;
			continue;
		}
		jw_bytes(jw, run, (size_t)(p - run));
		switch (c) {
		case '"': jw_byte(jw, '\\'); jw_byte(jw, '"'); break;
		case '\\': jw_byte(jw, '\\'); jw_byte(jw, '\\'); break;
		case '\b': jw_byte(jw, '\\'); jw_byte(jw, 'b'); break;
		case '\f': jw_byte(jw, '\\'); jw_byte(jw, 'f'); break;
		case '\n': jw_byte(jw, '\\'); jw_byte(jw, 'n'); break;
		case '\r': jw_byte(jw, '\\'); jw_byte(jw, 'r'); break;
		case '\t': jw_byte(jw, '\\'); jw_byte(jw, 't'); break;
		default:
			esc[4] = hex[c >> 4];
			esc[5] = hex[c & 15];
			jw_bytes(jw, esc, sizeof esc);
		}
		run = ++p;
	}
	jw_bytes(jw, run, (size_t)(p - run));
	jw_byte(jw, '"');
	return 0;
}

static int
jw_container(struct jw *jw, const json_t *v, const struct jw_frame *up)
{
	struct jw_frame me = { v, up };
	const struct jw_frame *f;
	size_t i, n;
	void *it;

	for (f = up; f != NULL; f = f->up)
		if (f->v == v)
			return -1;	/* a loop: jansson refuses it here */
	if (json_is_array(v)) {
		n = json_array_size(v);
		jw_byte(jw, '[');
		for (i = 0; i < n; i++) {
			if (i > 0)
				jw_byte(jw, ',');
			if (jw_value(jw, json_array_get(v, i), &me) < 0)
				return -1;
		}
		jw_byte(jw, ']');
		return 0;
	}
	jw_byte(jw, '{');
	for (it = json_object_iter((json_t *)v), i = 0; it != NULL;
	    it = json_object_iter_next((json_t *)v, it), i++) {
		if (i > 0)
			jw_byte(jw, ',');
		/* jansson ignores a key's failure (invalid UTF-8): so do we. */
		(void)jw_string(jw, json_object_iter_key(it), json_object_iter_key_len(it));
		jw_byte(jw, ':');
		if (jw_value(jw, json_object_iter_value(it), &me) < 0)
			return -1;
	}
	jw_byte(jw, '}');
	return 0;
}

static int
jw_value(struct jw *jw, const json_t *v, const struct jw_frame *up)
{
	char num[100];
	size_t n;
	int k;

	if (v == NULL)
		return -1;
	switch (json_typeof(v)) {
	case JSON_OBJECT:
	case JSON_ARRAY:
		return jw_container(jw, v, up);
	case JSON_STRING:
		return jw_string(jw, json_string_value(v), json_string_length(v));
	case JSON_INTEGER:
		k = snprintf(num, sizeof num, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
		if (k < 0 || (size_t)k >= sizeof num)
			return -1;
		jw_bytes(jw, num, (size_t)k);
		return 0;
	case JSON_REAL:
		n = json_dumpb(v, num, sizeof num, JSON_ENCODE_ANY | JSON_COMPACT);
		if (n == 0 || n > sizeof num)
			return -1;
		jw_bytes(jw, num, n);
		return 0;
	case JSON_TRUE:
		jw_bytes(jw, "true", 4);
		return 0;
	case JSON_FALSE:
		jw_bytes(jw, "false", 5);
		return 0;
	case JSON_NULL:
		jw_bytes(jw, "null", 4);
		return 0;
	}
	return -1;
}

int
jsonl_encode(FILE *fp, const json_t *v)
{
	struct jw jw;
	int rc;

	if (!json_is_object(v) && !json_is_array(v))
		return -1;	/* as json_dumpf without JSON_ENCODE_ANY */
	jw.fp = fp;
	jw.n = 0;
	jw.failed = 0;
	rc = jw_value(&jw, v, NULL);
	jw_flush(&jw);		/* on failure too: what jansson would have written */
	return rc < 0 || jw.failed ? -1 : 0;
}

int
jsonl_write(struct jsonl_writer *w, json_t *rec)
{
	if (w->failed)
		return -1;
	if (jsonl_encode(w->fp, rec) < 0 || putc('\n', w->fp) == EOF) {
		w->failed = 1;
		return msg_error("%s: write error: %s", w->name, strerror(errno));
	}
	w->out++;
	return 0;
}

const char *
jsonl_str(const json_t *rec, const char *key)
{
	json_t *v = json_object_get(rec, key);

	return json_is_string(v) ? json_string_value(v) : NULL;
}

void
jsonl_array_sort(json_t *arr, int (*cmp)(const void *, const void *))
{
	size_t n = json_array_size(arr), i;
	json_t **v;

	if (n < 2)
		return;
	v = xmalloc(n * sizeof *v);
	for (i = 0; i < n; i++)
		v[i] = json_incref(json_array_get(arr, i));
	qsort(v, n, sizeof *v, cmp);
	json_array_clear(arr);
	for (i = 0; i < n; i++)
		json_array_append_new(arr, v[i]);
	free(v);
}

int
stage_finish(struct jsonl_reader *in, struct jsonl_writer *out, unsigned long set_aside)
{
	if (in)
		jsonl_reader_close(in);
	if (out && !out->failed) {
		if (fflush(out->fp) != 0 || ferror(out->fp))
			msg_error("%s: write error: %s", out->name, strerror(errno));
		else if (out->fp == stdout && fclose(stdout) != 0)
			msg_error("%s: write error: %s", out->name, strerror(errno));
	}
	set_aside += in ? in->bad : 0;
	/* Counts reconcile (in = out + set aside); said even under -q when
	 * something was set aside, so that a quiet run never loses in
	 * silence. */
	(set_aside ? msg_warn : msg_note)("%lu in, %lu out, %lu set aside",
	    in ? in->in + in->bad : 0, out ? out->out : 0, set_aside);
	return msg_errors() ? 1 : 0;
}
