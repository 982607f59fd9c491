/*
 * fuzz_names: names, as extract finds them and as resolve compares them.
 * The input's first line and the rest are two names: each is parsed
 * (resolve-name.c: word order, Korean family names, romanization by
 * resolve-roman.c, Hangul) and the two are matched, both ways round.  The whole
 * input is also an article: tokenized, split into sentences and searched
 * for persons and groups by extract's rules (extract-text.c,
 * extract-names.c, extract-groups.c).
 */
#include "fuzz.h"
#include "extract.h"
#include "msg.h"
#include "resolve.h"
#include "utf8.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct rname_lex rlx;
	static struct xlex xlx;
	static int loaded;
	char *s = fuzz_string(data, size), *nl;
	struct rname a, b;
	struct xdoc d;
	int ra, rb;

	if (!loaded) {
		fuzz_schema();
		msg_init("fuzz_names");
		if (rname_lex_load(&rlx) < 0 || extract_lex_load(&xlx) < 0)
			abort();
		loaded = 1;
	}
	/* The stages read only valid UTF-8 without NUL (jsonl checks it). */
	if (utf8_check(s, size, NULL) < 0) {
		free(s);
		return 0;
	}
	memset(&d, 0, sizeof d);
	d.docid = "doc-fuzz";
	d.text = s;
	d.len = size;
	d.lx = &xlx;
	date_parse_iso("2019-11-27", &d.pub);
	extract_tokenize(&d);
	extract_split_sentences(&d);
	extract_persons(&d, NULL);
	extract_groups(&d);
	extract_doc_free(&d);

	nl = strchr(s, '\n');
	if (nl != NULL) {
		*nl = '\0';
		memset(&a, 0, sizeof a);
		memset(&b, 0, sizeof b);
		ra = rname_parse(&rlx, s, &a);
		rb = rname_parse(&rlx, nl + 1, &b);
		if (ra == 0 && rb == 0) {
			rname_match(&rlx, &a, &b);
			rname_match(&rlx, &b, &a);
		}
		rname_free(&a);
		rname_free(&b);
	}
	free(s);
	return 0;
}
