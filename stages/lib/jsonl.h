/*
 * jsonl: JSON Lines in and out, one object per line, each with a "kind".
 *
 * A reader walks the inputs named on the command line ("-" or none: stdin)
 * one after the other.  A line that is not a JSON object, or is longer than
 * the limit, is reported as "<input>:<line>: ..." and skipped; the stream
 * flows on.  Records are returned as new references: the loop that read a
 * record owns it and decrefs it.
 */
#ifndef CAPTIVE_JSONL_H
#define CAPTIVE_JSONL_H

#include <stdio.h>
#include <jansson.h>

/* Longest line accepted by default (a document record carries the whole
 * text); --max-line changes it. */
#define JSONL_MAX_LINE (256UL << 20)
/* Deepest nesting accepted by default (jansson's own limit), and the most
 * --max-depth may ask: the decoder, the encoder and json_decref recurse
 * once per level. */
#define JSONL_MAX_DEPTH 2048
#define JSONL_DEPTH_CAP 10000

/* Set the reader's limits (0: leave that one as it is); for every reader
 * and decoder of the program. */
void jsonl_set_limits(size_t max_line, unsigned max_depth);

struct jsonl_reader {
	char **names;		/* inputs, borrowed from argv */
	int nnames;
	int next;		/* index of the next input to open */
	const char *name;	/* current input, for messages */
	char *shown;		/* its printable form (utf8_printable_name) */
	FILE *fp;
	unsigned long line;	/* line number in the current input */
	char *line_buf;
	size_t line_cap;
	char *read_buf;		/* stdio buffer of the open file (not stdin) */
	unsigned long in;	/* records read */
	unsigned long bad;	/* lines set aside as unreadable */
};

struct jsonl_writer {
	FILE *fp;
	const char *name;
	unsigned long out;	/* records written */
	int failed;		/* a write failed: reported once */
};

void jsonl_reader_init(struct jsonl_reader *r, char **names, int nnames);
/* The next record (new reference), or NULL at the end of all inputs. */
json_t *jsonl_next(struct jsonl_reader *r);
void jsonl_reader_close(struct jsonl_reader *r);

void jsonl_writer_init(struct jsonl_writer *w, FILE *fp, const char *name);
/* Write rec compactly on one line; does not take the reference.  0 or -1. */
int jsonl_write(struct jsonl_writer *w, json_t *rec);
/*
 * Write v (an object or array) to fp as json_dumpf(v, fp, JSON_COMPACT |
 * JSON_PRESERVE_ORDER) does, byte for byte, partial output on failure
 * included; no newline.  0, or -1 (write error, invalid UTF-8 in a string,
 * a container inside itself).
 */
int jsonl_encode(FILE *fp, const json_t *v);

/* Why jsonl_decode refused a text: what, and where (byte offset from 0). */
struct jsonl_error {
	size_t offset;
	char text[120];
};

/*
 * Decode one JSON text, an object or an array, into the tree
 * json_loadb(text, len, JSON_REJECT_DUPLICATES, ...) builds, refusing what
 * it refuses (see jsonl.c), in one pass.  Strings are unescaped in place:
 * text[0..len) is overwritten and text[len] must be writable (it is put
 * back).  Returns a new reference, or NULL with the reason in *err (err
 * may be NULL).
 */
json_t *jsonl_decode(char *text, size_t len, struct jsonl_error *err);

/*
 * Parse one line as a record; returns a new reference or NULL after
 * reporting "<name>:<line>: why".  Exposed for the unit tests.
 */
json_t *jsonl_parse(const char *text, size_t len, const char *name, unsigned long line);

/* The string member key of rec, or NULL when absent or not a string. */
const char *jsonl_str(const json_t *rec, const char *key);

/* Sort the items of array arr in place; cmp compares two json_t ** as
 * qsort does. */
void jsonl_array_sort(json_t *arr, int (*cmp)(const void *, const void *));

/*
 * End of a stage: close the reader, flush and close stdout checking for
 * errors, print "<prog>: N in, M out, K set aside" (under -q only when K is
 * not 0) and return
 * the exit status: 0 when nothing was reported, 1 otherwise.
 */
int stage_finish(struct jsonl_reader *in, struct jsonl_writer *out, unsigned long set_aside);

#endif
