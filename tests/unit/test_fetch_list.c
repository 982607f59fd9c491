/*
 * Unit tests for fetch-list.c: which SHA256SUMS lines captive-fetch
 * accepts (sha256sum's two forms, plain names that stay inside DIR) and
 * which it reports; finding a release and a file in index.json.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "msg.h"
#include "fetch.h"

#define H "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"

static const struct {
	const char *line;
	const char *name;	/* the name accepted, or NULL: a bad line */
} cases[] = {
	{ H "  persons.csv.gz", "persons.csv.gz" },
	{ H " *captive.xml.gz", "captive.xml.gz" },	/* sha256sum --binary */
	{ H "  README.md\r", "README.md" },		/* CRLF */
	{ H "  a name with spaces.txt", "a name with spaces.txt" },
	{ H "  ../escape", NULL },			/* outside DIR */
	{ H "  sub/file", NULL },
	{ H "  .hidden", NULL },
	{ H "  ", NULL },				/* no name */
	{ H " persons.csv.gz", NULL },			/* one space */
	{ "0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef  x", NULL },
	{ "0123  x", NULL },				/* short */
	{ "not a checksum line", NULL },
	{ "\n", NULL },					/* an empty line */
};

static void
test_sums_lines(void **state)
{
	struct fetch_manifest m;
	size_t i, bad;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		bad = fetch_parse_sums(&m, "SHA256SUMS", cases[i].line, strlen(cases[i].line));
		if (cases[i].name != NULL) {
			assert_int_equal(bad, 0);
			assert_int_equal(m.n, 1);
			assert_string_equal(m.v[0].name, cases[i].name);
			assert_string_equal(m.v[0].sha256, H);
			assert_true(m.v[0].size == -1);
		} else {
			assert_int_equal(bad, 1);
			assert_int_equal(m.n, 0);
		}
		fetch_manifest_free(&m);
	}
}

static void
test_sums_file(void **state)
{
	const char *text = H "  a.csv.gz\n" "junk\n" H "  b.csv.gz\n" H "  a.csv.gz\n";
	struct fetch_manifest m;

	(void)state;
	/* A bad line and a name listed twice are reported; the rest is kept. */
	assert_int_equal(fetch_parse_sums(&m, "SHA256SUMS", text, strlen(text)), 2);
	assert_int_equal(m.n, 2);
	assert_string_equal(m.v[0].name, "a.csv.gz");
	assert_string_equal(m.v[1].name, "b.csv.gz");
	fetch_manifest_free(&m);
	/* No final newline: the last line counts. */
	assert_int_equal(fetch_parse_sums(&m, "SHA256SUMS", H "  c", strlen(H "  c")), 0);
	assert_int_equal(m.n, 1);
	fetch_manifest_free(&m);
}

static void
test_index(void **state)
{
	json_t *index = json_loads("{\"releases\": ["
		"{\"version\": \"1.10.0\", \"path\": \"captive-1.10.0/\", \"files\": [{\"name\": \"x\", \"bytes\": 3}]},"
		"{\"version\": \"1.1.0\", \"path\": \"captive-1.1.0/\", \"files\": []}]}", 0, NULL);
	json_t *rel;

	(void)state;
	assert_non_null(index);
	rel = fetch_index_release(index, "captive-1.10.0");
	assert_non_null(rel);
	assert_string_equal(json_string_value(json_object_get(rel, "version")), "1.10.0");
	assert_non_null(fetch_index_file(rel, "x"));
	assert_null(fetch_index_file(rel, "y"));
	/* A prefix of a path is not the release. */
	assert_string_equal(json_string_value(json_object_get(
		fetch_index_release(index, "captive-1.1.0"), "version")), "1.1.0");
	assert_null(fetch_index_release(index, "captive-1.1"));
	assert_null(fetch_index_release(index, "captive-2.0.0"));
	json_decref(index);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sums_lines),
		cmocka_unit_test(test_sums_file),
		cmocka_unit_test(test_index),
	};

	msg_init("test_fetch_list");
	msg_set_quiet(1);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
