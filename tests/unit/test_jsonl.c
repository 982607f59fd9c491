/* Unit tests for jsonl: parsing lines, reading inputs, writing records. */
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include "jsonl.h"
#include "msg.h"

static const struct {
	const char *line;
	int ok;
} parse_cases[] = {
	{ "{\"kind\":\"document\",\"id\":\"doc-1\"}", 1 },
	{ "{\"kind\":\"person\",\"name\":\"Kim \\u00e9\"}", 1 },
	{ "[1,2,3]", 0 },			/* not an object */
	{ "\"document\"", 0 },
	{ "{\"id\":\"x\"}", 0 },		/* no kind */
	{ "{\"kind\":\"\"}", 0 },		/* empty kind */
	{ "{\"kind\":7}", 0 },			/* kind not a string */
	{ "{\"kind\":\"a\"", 0 },		/* truncated */
	{ "{\"kind\":\"a\",\"kind\":\"b\"}", 0 },	/* duplicate key */
	{ "{\"kind\":\"a\"} trailing", 0 },
	{ "{\"kind\":\"a\\u0000b\"}", 0 },	/* NUL refused by jansson */
};

static void
test_parse(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof parse_cases / sizeof parse_cases[0]; i++) {
		json_t *rec = jsonl_parse(parse_cases[i].line, strlen(parse_cases[i].line), "t", i + 1);

		if (parse_cases[i].ok)
			assert_non_null(rec);
		else
			assert_null(rec);
		json_decref(rec);
	}
}

/*
 * jsonl_decode against jansson: json_loadb(text, len, JSON_REJECT_DUPLICATES)
 * on the same bytes must give the same tree (compared as values and as
 * their compact dump, which tells integers from reals and -0.0 from 0.0) or
 * both refuse.  Lengths are explicit, so a case may hold a NUL byte.
 */
#define CASE(s) { s, sizeof s - 1 }
static const struct {
	const char *s;
	size_t len;
} same_cases[] = {
	/* structure and whitespace */
	CASE("{}"), CASE("[]"), CASE(" { } "), CASE("\t[ ]\r"), CASE("\r\n{\n}\n"),
	CASE("{\"a\":1}"), CASE("{ \"a\" : 1 , \"b\" : [ 1 , 2 ] }"),
	CASE("{\"a\":[1,2,{\"b\":null}],\"c\":true,\"d\":false,\"e\":{}}"),
	CASE("[[],[[]],{},[{}],[[[[1]]]]]"), CASE("[true,false,null]"),
	CASE("{\"\":1}"), CASE("{\"\\n\":1,\"\\u00e9\":2}"),
	CASE(""), CASE("   "), CASE("1"), CASE("\"a\""), CASE("null"), CASE("true"),
	CASE("[1,]"), CASE("[,1]"), CASE("[,]"), CASE("{\"a\":1,}"), CASE("{,}"),
	CASE("{\"a\"}"), CASE("{\"a\":}"), CASE("{\"a\" 1}"), CASE("{a:1}"), CASE("{'a':1}"),
	CASE("{1:1}"), CASE("[1 2]"), CASE("[1]x"), CASE("[1] [2]"), CASE("{}{}"),
	CASE("[1]\0"), CASE("\0[1]"), CASE("[1\0]"), CASE("[[1]"), CASE("[1]]"),
	CASE("{\"a\":1"), CASE("{\"a\":1}}"), CASE("[\"a\":1]"), CASE("{\"a\",1}"),
	CASE("\xEF\xBB\xBF[]"), CASE("[\xC3\xA9]"), CASE("[\f]"), CASE("[\v1]"),
	/* literals */
	CASE("[tru]"), CASE("[truex]"), CASE("[nul]"), CASE("[True]"), CASE("[NULL]"),
	CASE("[falsey]"), CASE("[true1]"), CASE("[t]"), CASE("[nulll]"),
	/* duplicate keys, also after unescaping */
	CASE("{\"kind\":\"a\",\"kind\":\"b\"}"), CASE("{\"a\":{\"b\":1,\"b\":2}}"),
	CASE("{\"a\":1,\"b\":{\"a\":2}}"), CASE("{\"a\":1,\"\\u0061\":2}"),
	CASE("{\"\\u00e9\":1,\"\xC3\xA9\":2}"), CASE("[{\"a\":1},{\"a\":1}]"),
	/* escapes */
	CASE("[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"]"), CASE("[\"\\u00e9\\u00E9\\u20AC\"]"),
	CASE("[\"\\ud83d\\ude00\"]"), CASE("[\"\\uD83D\\uDE00x\"]"), CASE("[\"\\uDBFF\\uDFFF\"]"),
	CASE("[\"\\uFFFF\\uFEFF\\uD7FF\\uE000\"]"), CASE("[\"a\\u0001b\\u001f\\u007f\"]"),
	CASE("[\"\\u0000\"]"), CASE("{\"\\u0000\":1}"), CASE("[\"a\\u0000\"]"),
	CASE("[\"\\x\"]"), CASE("[\"\\a\"]"), CASE("[\"\\U00e9\"]"), CASE("[\"\\'\"]"),
	CASE("[\"\\u12\"]"), CASE("[\"\\u12G4\"]"), CASE("[\"\\u\"]"), CASE("[\"\\u123"),
	CASE("[\"\\"), CASE("[\"\\\"]"), CASE("[\"\\\xC3\xA9\"]"), CASE("[\"\\\0\"]"),
	CASE("[\"\\uD800\"]"), CASE("[\"\\uD800x\"]"), CASE("[\"\\uD800\\u0041\"]"),
	CASE("[\"\\uDC00\"]"), CASE("[\"\\uDFFF\\uD800\"]"), CASE("[\"\\uDBFF\\uDBFF\"]"),
	CASE("[\"\\uD800\\n\"]"), CASE("[\"\\uD800\\\"]"), CASE("[\"\\uD800\\u\"]"),
	CASE("[\"\\uD800\\uDC0\"]"), CASE("[\"\\uD800\\uDC0G\"]"), CASE("[\"\\uD800\\uDC00\"]"),
	CASE("[\"\\uD800\\uE000\"]"),
	/* control characters and NUL in strings */
	CASE("[\"a\0b\"]"), CASE("[\"\x01\"]"), CASE("[\"\x1f\"]"), CASE("[\"\t\"]"),
	CASE("[\"\n\"]"), CASE("[\"\r\"]"), CASE("[\"\x7f\"]"), CASE("{\"a\tb\":1}"),
	CASE("[\"a"), CASE("[\"abcdefghijklmnopqrstuvwxyz"), CASE("\"]"),
	/* UTF-8 */
	CASE("[\"\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\"]"), CASE("[\"\xC2\x80\xDF\xBF\"]"),
	CASE("[\"\xE0\xA0\x80\xEF\xBF\xBF\xED\x9F\xBF\xEE\x80\x80\"]"),
	CASE("[\"\xF0\x90\x80\x80\xF4\x8F\xBF\xBF\"]"),
	CASE("[\"\x80\"]"), CASE("[\"\xBF\"]"), CASE("[\"\xC0\x80\"]"), CASE("[\"\xC1\xBF\"]"),
	CASE("[\"\xE0\x80\xAF\"]"), CASE("[\"\xE0\x9F\xBF\"]"), CASE("[\"\xED\xA0\x80\"]"),
	CASE("[\"\xED\xBF\xBF\"]"), CASE("[\"\xF0\x80\x80\x80\"]"), CASE("[\"\xF0\x8F\xBF\xBF\"]"),
	CASE("[\"\xF4\x90\x80\x80\"]"), CASE("[\"\xF5\x80\x80\x80\"]"), CASE("[\"\xF8\x88\x80\x80\x80\"]"),
	CASE("[\"\xFE\"]"), CASE("[\"\xFF\"]"), CASE("[\"\xC3\"]"), CASE("[\"\xE2\x82\"]"),
	CASE("[\"\xF0\x9F\x98\"]"), CASE("[\"\xC3\x28\"]"), CASE("[\"\xE2\x28\xA1\"]"),
	CASE("[\"\xC3"), CASE("[\"\xE2\x82"), CASE("[\"\xF0\x9F\x98"),
	CASE("{\"\xC3\xA9\":\"\xC3\xA9\"}"), CASE("{\"\xFF\":1}"),
	CASE("[\"0123456\xC3\xA9\"]"), CASE("[\"01234567\xC3\"]"),
	CASE("[\"0123456789abcdef\\n0123456789abcdef\\\"0123456789\\u00e9abcdef\"]"),
	/* numbers */
	CASE("[0]"), CASE("[-0]"), CASE("[-0.0]"), CASE("[0.0]"), CASE("[1.5]"), CASE("[-1.5e3]"),
	CASE("[1E+2]"), CASE("[1e-2]"), CASE("[1E2]"), CASE("[0e0]"), CASE("[-0E-0]"),
	CASE("[9223372036854775807]"), CASE("[-9223372036854775808]"),
	CASE("[9223372036854775808]"), CASE("[-9223372036854775809]"),
	CASE("[12345678901234567890]"), CASE("[123456789012345678901234567890.0]"),
	CASE("[1e400]"), CASE("[-1e400]"), CASE("[1e-400]"), CASE("[-1e-400]"), CASE("[1e308]"),
	CASE("[1.7976931348623157e308]"), CASE("[1.7976931348623159e308]"),
	CASE("[2.2250738585072014e-308]"), CASE("[4.9e-324]"), CASE("[0.1]"),
	CASE("[0.30000000000000004]"), CASE("[100000000000000000000000]"),
	CASE("[01]"), CASE("[-01]"), CASE("[00]"), CASE("[-]"), CASE("[+1]"), CASE("[.5]"),
	CASE("[1.]"), CASE("[1.e1]"), CASE("[1e]"), CASE("[1e+]"), CASE("[1e-]"), CASE("[1ee1]"),
	CASE("[0x10]"), CASE("[NaN]"), CASE("[Infinity]"), CASE("[-Infinity]"), CASE("[1_000]"),
	CASE("[--1]"), CASE("[-a]"), CASE("[1.5.2]"), CASE("[1e5.2]"), CASE("[1"), CASE("[-"),
	CASE("[0"), CASE("[1."), CASE("[1e"), CASE("{\"size\":2823,\"n\":-7}"),
	/* records as the stages write them */
	CASE("{\"kind\":\"document\",\"id\":\"doc-7b4832f3e6e6764f\",\"size\":2823,"
	    "\"text\":\"<p class=\\\"x\\\">Caf\xC3\xA9</p>\\n\\t\\u2028\",\"found\":{\"title\":\"meta og:title\"}}"),
};

static char *
dump_any(const json_t *v)
{
	return json_dumps(v, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_ENCODE_ANY);
}

/* Both refuse, or both give the same tree; 1 when they agree. */
static int
same_as_jansson(const char *in, size_t len, int verbose)
{
	json_error_t je;
	struct jsonl_error err;
	json_t *a = json_loadb(in, len, JSON_REJECT_DUPLICATES, &je), *b;
	char *copy = malloc(len + 1), *da, *db;
	int ok;

	assert_non_null(copy);
	memcpy(copy, in, len);
	copy[len] = '#';
	b = jsonl_decode(copy, len, &err);
	assert_int_equal(copy[len], '#');	/* the byte after the text is put back */
	if (a == NULL || b == NULL) {
		ok = a == NULL && b == NULL;
		/* jansson's quirk (see jsonl.c): it skips a NUL byte after a number or literal */
		if (a != NULL && b == NULL && err.offset > 0 && err.offset < len &&
		    in[err.offset] == '\0' && strchr("0123456789el", in[err.offset - 1]))
			ok = 1;
		if (b == NULL) {
			assert_true(err.text[0] != '\0');
			assert_true(err.offset <= len);
		}
		if (!ok && verbose)
			print_error("%.*s: jansson %s, jsonl_decode %s\n", (int)len, in,
			    a ? "accepts" : je.text, b ? "accepts" : err.text);
	} else {
		da = dump_any(a);
		db = dump_any(b);
		ok = json_equal(a, b) && da != NULL && db != NULL && strcmp(da, db) == 0;
		if (!ok && verbose)
			print_error("%.*s: jansson %s, jsonl_decode %s\n", (int)len, in, da, db);
		free(da);
		free(db);
	}
	json_decref(a);
	json_decref(b);
	free(copy);
	return ok;
}

static void
test_decode_same_as_jansson(void **state)
{
	size_t i;
	int bad = 0;

	(void)state;
	for (i = 0; i < sizeof same_cases / sizeof same_cases[0]; i++)
		bad += !same_as_jansson(same_cases[i].s, same_cases[i].len, 1);
	assert_int_equal(bad, 0);
}

/* n opening brackets, a middle, n closing ones (o and c: "[" and "]" or so). */
static char *
nest(size_t n, const char *o, const char *mid, const char *c, size_t *len)
{
	size_t lo = strlen(o), lm = strlen(mid), lc = strlen(c), i;
	char *s = malloc(n * (lo + lc) + lm + 1), *p = s;

	assert_non_null(s);
	for (i = 0; i < n; i++, p += lo)
		memcpy(p, o, lo);
	memcpy(p, mid, lm);
	p += lm;
	for (i = 0; i < n; i++, p += lc)
		memcpy(p, c, lc);
	*p = '\0';
	*len = (size_t)(p - s);
	return s;
}

/*
 * Depth: jansson counts every value, scalars too, and refuses past
 * JSON_PARSER_MAX_DEPTH; 100000 levels must be refused, not crash.
 */
static void
test_decode_depth(void **state)
{
	static const struct {
		size_t n;
		const char *o, *mid, *c;
	} cases[] = {
		{ JSON_PARSER_MAX_DEPTH - 1, "[", "", "]" },
		{ JSON_PARSER_MAX_DEPTH, "[", "", "]" },
		{ JSON_PARSER_MAX_DEPTH + 1, "[", "", "]" },
		{ JSON_PARSER_MAX_DEPTH - 1, "[", "1", "]" },
		{ JSON_PARSER_MAX_DEPTH, "[", "1", "]" },
		{ JSON_PARSER_MAX_DEPTH - 1, "{\"a\":", "{}", "}" },
		{ JSON_PARSER_MAX_DEPTH, "{\"a\":", "{}", "}" },
		{ JSON_PARSER_MAX_DEPTH - 1, "{\"a\":", "\"x\"", "}" },
		{ JSON_PARSER_MAX_DEPTH, "{\"a\":", "\"x\"", "}" },
		{ 100000, "[", "", "]" },
		{ 100000, "[", "", "" },
		{ 100000, "{\"a\":", "1", "}" },
		{ 100000, "[{\"a\":", "1", "}]" },
		{ 100000, "[1,", "", "]" },
	};
	size_t i, len;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *s = nest(cases[i].n, cases[i].o, cases[i].mid, cases[i].c, &len);

		assert_true(same_as_jansson(s, len, 0));
		free(s);
	}
}

/*
 * Mutations of the valid cases (a byte changed to one a parser cares about,
 * inserted or deleted), from a fixed seed: jansson and jsonl_decode agree.
 */
static void
test_decode_mutations(void **state)
{
	static const char alphabet[] = "\"\\/{}[],:0123456789eE.+-utfnlrbx \t\n"
	    "\x00\x01\x1f\x7f\x80\xA9\xBF\xC0\xC3\xDF\xE0\xED\xEF\xF0\xF4\xF5\xFF"
	    "Dd8ACc";
	unsigned long long rng = 0x2545F4914F6CDD1DULL;
	size_t valid[sizeof same_cases / sizeof same_cases[0]], nvalid = 0, i;
	char buf[512];
	int k, bad = 0;

	(void)state;
	for (i = 0; i < sizeof same_cases / sizeof same_cases[0]; i++) {
		json_t *v = json_loadb(same_cases[i].s, same_cases[i].len, JSON_REJECT_DUPLICATES, NULL);

		if (v != NULL && same_cases[i].len < sizeof buf - 8)
			valid[nvalid++] = i;
		json_decref(v);
	}
	assert_true(nvalid > 50);
	for (k = 0; k < 40000 && bad < 5; k++) {
		size_t c = valid[(rng >> 33) % nvalid], len = same_cases[c].len, pos;
		int ops;

		memcpy(buf, same_cases[c].s, len);
		for (ops = 1 + (int)(rng >> 62); ops > 0; ops--) {
			char ch;

			rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
			pos = len ? (size_t)((rng >> 20) % len) : 0;
			ch = alphabet[(rng >> 40) % (sizeof alphabet - 1)];
			switch ((rng >> 50) % 3) {
			case 0:
				if (len)
					buf[pos] = ch;
				break;
			case 1:
				if (len + 1 < sizeof buf) {
					memmove(buf + pos + 1, buf + pos, len - pos);
					buf[pos] = ch;
					len++;
				}
				break;
			default:
				if (len) {
					memmove(buf + pos, buf + pos + 1, len - pos - 1);
					len--;
				}
			}
		}
		bad += !same_as_jansson(buf, len, 1);
	}
	assert_int_equal(bad, 0);
}

/* A refused line names the input, the line, the reason and the byte. */
static void
test_parse_message(void **state)
{
	struct jsonl_error err;
	char text[] = "{\"kind\":\"a\",\"x\":\"\\q\"}";
	char dup[] = "{\"kind\":\"a\",\"kind\":\"b\"}";

	(void)state;
	assert_null(jsonl_decode(text, strlen(text), &err));
	assert_string_equal(err.text, "invalid escape '\\q'");
	assert_int_equal(err.offset, 17);
	assert_null(jsonl_decode(dup, strlen(dup), &err));
	assert_string_equal(err.text, "duplicate key \"kind\"");
	assert_int_equal(err.offset, 12);
	assert_null(jsonl_decode(NULL == NULL ? text : text, 0, NULL));	/* err may be NULL */
}

/*
 * jsonl_encode against json_dumpf(JSON_COMPACT | JSON_PRESERVE_ORDER): the
 * same bytes, and the same partial output and failure when jansson fails.
 */
static void
same_dump(const json_t *v)
{
	char *a = NULL, *b = NULL;
	size_t alen = 0, blen = 0;
	FILE *fa = open_memstream(&a, &alen), *fb = open_memstream(&b, &blen);
	int ra, rb;

	assert_non_null(fa);
	assert_non_null(fb);
	ra = json_dumpf(v, fa, JSON_COMPACT | JSON_PRESERVE_ORDER);
	rb = jsonl_encode(fb, v);
	fclose(fa);
	fclose(fb);
	if (ra != rb || alen != blen || memcmp(a, b, alen) != 0)
		print_error("json_dumpf %d '%.*s', jsonl_encode %d '%.*s'\n",
		    ra, (int)alen, a, rb, (int)blen, b);
	assert_int_equal(ra, rb);
	assert_int_equal(alen, blen);
	assert_memory_equal(a, b, alen);
	free(a);
	free(b);
}

static void
test_encode_same_as_jansson(void **state)
{
	static const double reals[] = { 0.0, -0.0, 1.0, -1.5, 0.1, 1e21, 1e22, 1e-7, 123.0,
	    1e308, 4.9e-324, 2.2250738585072014e-308, 123456789012345678.0, 0.30000000000000004 };
	char bytes[256], big[600];
	json_t *v, *a, *o;
	size_t i;

	(void)state;
	/* every tree the decoding cases make */
	for (i = 0; i < sizeof same_cases / sizeof same_cases[0]; i++) {
		v = json_loadb(same_cases[i].s, same_cases[i].len, JSON_REJECT_DUPLICATES, NULL);
		if (v != NULL)
			same_dump(v);
		json_decref(v);
	}
	/* every ASCII byte, NUL included, in a string and in a key */
	for (i = 0; i < 128; i++)
		bytes[i] = (char)i;
	a = json_array();
	json_array_append_new(a, json_stringn(bytes, 128));
	for (i = 0; i < 128; i++)
		json_array_append_new(a, json_stringn(bytes + i, 1));
	o = json_object();
	json_object_setn_new(o, bytes, 40, json_true());
	json_object_setn_new(o, "a\0b", 3, json_false());
	json_object_set_new(o, "/", json_null());
	json_array_append_new(a, o);
	for (i = 0; i < sizeof reals / sizeof reals[0]; i++) {
		json_array_append_new(a, json_real(reals[i]));
		json_array_append_new(a, json_real(-reals[i]));
	}
	json_array_append_new(a, json_integer(LLONG_MAX));
	json_array_append_new(a, json_integer(LLONG_MIN));
	json_array_append_new(a, json_stringn("\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\x7F", 10));
	same_dump(a);
	/* long strings: escapes and UTF-8 at every offset of the 8-byte scan */
	for (i = 0; i < 24; i++) {
		memset(big, 'x', sizeof big);
		memcpy(big + i, "\"\xC3\xA9\\\n\x01", 6);
		memcpy(big + 300 + i, "\xF0\x9F\x98\x80", 4);
		v = json_pack("{s:s%}", "text", big, sizeof big);
		same_dump(v);
		json_decref(v);
	}
	json_decref(a);
	/* invalid UTF-8 (nocheck): jansson fails mid-string after partial output */
	for (i = 0; i < 20; i++) {
		memset(big, 'y', 40);
		big[5] = '\n';
		big[i + 10] = (char)0xC3;	/* then 'y': not a continuation */
		a = json_pack("[i,{s:o}]", 1, "k", json_stringn_nocheck(big, 40));
		same_dump(a);
		json_decref(a);
	}
	o = json_object();
	json_object_set_new_nocheck(o, "\xFF", json_true());
	same_dump(o);
	json_decref(o);
	/* not a container at the top, and a container inside itself */
	v = json_integer(1);
	same_dump(v);
	json_decref(v);
	a = json_pack("[i,[i]]", 1, 2);
	json_array_append(json_array_get(a, 1), a);
	same_dump(a);
	json_array_remove(json_array_get(a, 1), 1);
	json_decref(a);
}

static char *
write_temp(const char *content)
{
	char *path = strdup("/tmp/test_jsonl.XXXXXX");
	int fd = mkstemp(path);

	assert_true(fd >= 0);
	assert_int_equal(write(fd, content, strlen(content)), (ssize_t)strlen(content));
	close(fd);
	return path;
}

static void
test_reader_skips_bad_lines(void **state)
{
	char *a = write_temp("{\"kind\":\"k\",\"n\":1}\n\nnot json\n{\"kind\":\"k\",\"n\":2}\r\n");
	char *b = write_temp("[]\n{\"kind\":\"k\",\"n\":3}");	/* no final newline */
	char *names[] = { a, (char *)"/nonexistent/file", b };
	struct jsonl_reader r;
	json_t *rec;
	int want = 1;

	(void)state;
	jsonl_reader_init(&r, names, 3);
	while ((rec = jsonl_next(&r)) != NULL) {
		assert_int_equal(json_integer_value(json_object_get(rec, "n")), want);
		if (want == 2)
			assert_int_equal(r.line, 4);	/* line numbers count blank lines */
		want++;
		json_decref(rec);
	}
	assert_int_equal(want, 4);
	assert_int_equal(r.in, 3);
	assert_int_equal(r.bad, 2);
	jsonl_reader_close(&r);
	unlink(a);
	unlink(b);
	free(a);
	free(b);
}

/*
 * Records longer than the read buffer, in two files one after the other
 * (the reader's buffer passes from one to the next): what jsonl_write
 * wrote comes back.
 */
static void
test_reader_long_records(void **state)
{
	char *path[2], *names[2], *text = malloc(300001);
	struct jsonl_writer w;
	struct jsonl_reader r;
	json_t *rec;
	FILE *fp;
	int f, i, n = 0;
	static const char unit[] = "ab\"c\\d\ne\xC3\xA9<p>";

	(void)state;
	assert_non_null(text);
	/* No length below cuts the unit after its 0xC3 (length % 13 == 9). */
	for (i = 0; i < 300000; i++)
		text[i] = unit[i % (sizeof unit - 1)];
	text[300000] = '\0';
	for (f = 0; f < 2; f++) {
		path[f] = write_temp("");
		names[f] = path[f];
		fp = fopen(path[f], "w");
		assert_non_null(fp);
		jsonl_writer_init(&w, fp, path[f]);
		for (i = 0; i < 3; i++) {
			rec = json_pack("{s:s, s:i, s:s%}", "kind", "document", "n", f * 3 + i,
			    "text", text, (size_t)(100000 * (i + 1) - f));
			assert_int_equal(jsonl_write(&w, rec), 0);
			json_decref(rec);
		}
		assert_int_equal(fclose(fp), 0);
	}
	jsonl_reader_init(&r, names, 2);
	while ((rec = jsonl_next(&r)) != NULL) {
		size_t len = (size_t)(100000 * (n % 3 + 1) - n / 3);

		assert_int_equal(json_integer_value(json_object_get(rec, "n")), n);
		assert_int_equal(json_string_length(json_object_get(rec, "text")), len);
		assert_memory_equal(json_string_value(json_object_get(rec, "text")), text, len);
		json_decref(rec);
		n++;
	}
	assert_int_equal(n, 6);
	assert_int_equal(r.bad, 0);
	jsonl_reader_close(&r);
	for (f = 0; f < 2; f++) {
		unlink(path[f]);
		free(path[f]);
	}
	free(text);
}

static void
test_writer_one_line(void **state)
{
	char buf[256];
	FILE *fp = fmemopen(buf, sizeof buf, "w");
	struct jsonl_writer w;
	json_t *rec = json_pack("{s:s, s:s, s:i}", "kind", "x", "text", "a\nb", "n", 3);

	(void)state;
	jsonl_writer_init(&w, fp, "mem");
	assert_int_equal(jsonl_write(&w, rec), 0);
	fclose(fp);
	assert_string_equal(buf, "{\"kind\":\"x\",\"text\":\"a\\nb\",\"n\":3}\n");
	assert_int_equal(w.out, 1);
	json_decref(rec);
}

static void
test_str(void **state)
{
	json_t *rec = json_pack("{s:s, s:i}", "a", "b", "n", 1);

	(void)state;
	assert_string_equal(jsonl_str(rec, "a"), "b");
	assert_null(jsonl_str(rec, "n"));
	assert_null(jsonl_str(rec, "missing"));
	json_decref(rec);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_decode_same_as_jansson),
		cmocka_unit_test(test_decode_depth),
		cmocka_unit_test(test_decode_mutations),
		cmocka_unit_test(test_parse_message),
		cmocka_unit_test(test_encode_same_as_jansson),
		cmocka_unit_test(test_reader_skips_bad_lines),
		cmocka_unit_test(test_reader_long_records),
		cmocka_unit_test(test_writer_one_line),
		cmocka_unit_test(test_str),
	};

	msg_init("test_jsonl");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
