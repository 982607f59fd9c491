/* Unit tests for jsonl: parsing lines, reading inputs, writing records. */
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
		cmocka_unit_test(test_reader_skips_bad_lines),
		cmocka_unit_test(test_writer_one_line),
		cmocka_unit_test(test_str),
	};

	msg_init("test_jsonl");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
