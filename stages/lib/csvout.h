/*
 * csvout: one CSV record (RFC 4180: fields quoted when they hold a comma,
 * quote, CR or LF, quotes doubled, CRLF line ends) appended to a buffer,
 * the quoting done by libcsv's csv_write.
 */
#ifndef CAPTIVE_CSVOUT_H
#define CAPTIVE_CSVOUT_H

#include <stddef.h>
#include "buf.h"

/* Append one field, quoted only when it needs to be. */
void csvout_field(struct buf *out, const char *s, size_t len);
/*
 * Append a field of text (a name, a sentence: what an article said), made
 * safe for spreadsheets as OWASP's "CSV injection" page recommends: one
 * that starts with =, +, -, @, a tab or a CR gets a single quote in front,
 * so that a spreadsheet shows it as text instead of running it as a
 * formula.  The JSON and XML keep the text as it is.
 */
void csvout_text_field(struct buf *out, const char *s, size_t len);
/* Whether a text field starting with s[0..len) gets that quote. */
int csvout_is_formula(const char *s, size_t len);
/* Append fields[0..n) as one record, with its CRLF, to out.  NULL fields are empty. */
void csvout_row(struct buf *out, const char *const *fields, size_t n);

#endif
