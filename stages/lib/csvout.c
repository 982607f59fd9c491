/*
 * csvout: libcsv quotes every field it writes; RFC 4180 lets plain fields
 * go bare, and spreadsheets read either, so fields that need no quotes are
 * written bare to keep the tables small and easy on the eye.
 */
#include <csv.h>
#include <string.h>
#include "csvout.h"

void
csvout_field(struct buf *out, const char *s, size_t len)
{
	size_t need, i;

	for (i = 0; i < len; i++)
		if (s[i] == ',' || s[i] == '"' || s[i] == '\r' || s[i] == '\n')
			break;
	if (i == len) {
		buf_add(out, s, len);
		return;
	}
	need = 2 * len + 2;	/* the worst case: every byte a quote */
	buf_grow(out, need);
	out->len += csv_write(out->data + out->len, need, s, len);
	out->data[out->len] = '\0';
}

int
csvout_is_formula(const char *s, size_t len)
{
	return len > 0 && strchr("=+-@\t\r", s[0]) != NULL && s[0] != '\0';
}

void
csvout_text_field(struct buf *out, const char *s, size_t len)
{
	struct buf b = BUF_INIT;

	if (!csvout_is_formula(s, len)) {
		csvout_field(out, s, len);
		return;
	}
	buf_addc(&b, '\'');
	buf_add(&b, s, len);
	csvout_field(out, b.data, b.len);
	buf_release(&b);
}

void
csvout_row(struct buf *out, const char *const *fields, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (i)
			buf_addc(out, ',');
		csvout_field(out, fields[i] ? fields[i] : "", fields[i] ? strlen(fields[i]) : 0);
	}
	buf_add(out, "\r\n", 2);
}
