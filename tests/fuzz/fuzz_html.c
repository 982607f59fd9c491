/*
 * fuzz_html: an HTML page from its bytes to its article text: charset
 * detection and conversion (ingest-html.c: BOM, <meta> prescan, iconv),
 * then clean's HTML reader (clean-html*.c: libxml2's HTML parser, the
 * tree walk, the scoring of blocks, metadata from markup and JSON-LD).
 * What ingest converts must be UTF-8 but for NUL bytes (ingest_emit
 * reports those); the text clean makes of it must be UTF-8.
 */
#include "fuzz.h"
#include "clean-html.h"
#include "ingest.h"
#include "msg.h"
#include "utf8.h"

/* Valid UTF-8 but for NUL bytes: 1; with a NUL: 0 (ingest stops there);
 * anything else aborts. */
static int
fuzz_utf8_but_nul(const char *s, size_t len)
{
	size_t bad, off = 0;

	while (utf8_check(s + off, len - off, &bad) < 0) {
		if (s[off + bad] != '\0')
			abort();
		off += bad + 1;
	}
	return memchr(s, '\0', len) == NULL;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct clean_html_rules *rules;
	struct buf utf8 = BUF_INIT, text = BUF_INIT;
	json_t *meta;

	if (rules == NULL) {
		fuzz_schema();
		msg_init("fuzz_html");
		if ((rules = clean_html_rules_load()) == NULL)
			abort();
	}
	if (ingest_html_to_utf8("fuzz.html", (const char *)data, size, NULL, &utf8) == 0 &&
	    fuzz_utf8_but_nul(utf8.data, utf8.len)) {
		meta = json_object();
		if (clean_html(rules, utf8.data, utf8.len, "fuzz.html", &text, meta) == 0 &&
		    utf8_check(text.data, text.len, NULL) < 0)
			abort();
		json_decref(meta);
	}
	buf_release(&utf8);
	buf_release(&text);
	return 0;
}
