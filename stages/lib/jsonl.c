/*
 * jsonl: JSON Lines reader and writer (see jsonl.h for the contract).
 * Lines are read with getline(), so a long document record costs one
 * allocation that is reused for the next line; lines over JSONL_MAX_LINE
 * are refused rather than parsed, to bound what one bad input can cost.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "jsonl.h"
#include "msg.h"

static char stdin_name[] = "<stdin>";
static char *stdin_only[] = { stdin_name };

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

/* Open the next input; 0, or -1 when there is none left. */
static int
open_next(struct jsonl_reader *r)
{
	while (r->next < r->nnames) {
		const char *name = r->names[r->next++];

		r->line = 0;
		if (strcmp(name, "-") == 0 || name == stdin_name) {
			r->name = stdin_name;
			r->fp = stdin;
			return 0;
		}
		r->name = name;
		r->fp = fopen(name, "r");
		if (r->fp != NULL)
			return 0;
		msg_error("%s: cannot open: %s", name, strerror(errno));
	}
	return -1;
}

static void
close_current(struct jsonl_reader *r)
{
	if (r->fp == NULL)
		return;
	if (ferror(r->fp))
		msg_error("%s: read error", r->name);
	if (r->fp != stdin)
		fclose(r->fp);
	r->fp = NULL;
}

json_t *
jsonl_parse(const char *text, size_t len, const char *name, unsigned long line)
{
	json_error_t err;
	json_t *rec, *kind;

	rec = json_loadb(text, len, JSON_REJECT_DUPLICATES, &err);
	if (rec == NULL) {
		msg_error("%s:%lu: invalid JSON: %s", name, line, err.text);
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
		if ((size_t)n > JSONL_MAX_LINE) {
			msg_error("%s:%lu: line of %zd bytes exceeds the limit of %lu",
			    r->name, r->line, n, JSONL_MAX_LINE);
			r->bad++;
			continue;
		}
		rec = jsonl_parse(r->line_buf, (size_t)n, r->name, r->line);
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
	free(r->line_buf);
	r->line_buf = NULL;
	r->line_cap = 0;
}

void
jsonl_writer_init(struct jsonl_writer *w, FILE *fp, const char *name)
{
	memset(w, 0, sizeof *w);
	w->fp = fp;
	w->name = name;
}

int
jsonl_write(struct jsonl_writer *w, json_t *rec)
{
	if (w->failed)
		return -1;
	if (json_dumpf(rec, w->fp, JSON_COMPACT | JSON_PRESERVE_ORDER) < 0 ||
	    putc('\n', w->fp) == EOF) {
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
	msg_note("%lu in, %lu out, %lu set aside",
	    in ? in->in + in->bad : 0, out ? out->out : 0,
	    set_aside + (in ? in->bad : 0));
	return msg_errors() ? 1 : 0;
}
