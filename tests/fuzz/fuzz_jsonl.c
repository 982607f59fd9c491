/*
 * fuzz_jsonl: the JSON Lines decoder (lib/jsonl.c), which every stage
 * after ingest runs on every line it reads.  A decoded record is written
 * back with jsonl_encode and must decode again to an equal tree: what a
 * stage writes, the next one must read.
 */
#include "fuzz.h"
#include "jsonl.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_string(data, size), *again = NULL;
	struct jsonl_error err;
	json_t *v, *w;
	size_t len = 0;
	FILE *fp;

	if ((v = jsonl_decode(text, size, &err)) != NULL) {
		if ((fp = open_memstream(&again, &len)) == NULL)
			abort();
		if (jsonl_encode(fp, v) != 0)
			abort();	/* a decoded tree is always writable */
		fclose(fp);
		w = jsonl_decode(again, len, NULL);
		if (w == NULL || !json_equal(v, w))
			abort();
		json_decref(w);
		free(again);
		json_decref(v);
	}
	free(text);
	return 0;
}
