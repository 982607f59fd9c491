/*
 * utf8: validation, decoding, NFC normalization (utf8proc) and the
 * translation between byte offsets and character (code point) offsets.
 * Offsets in records are code points, as Python's text[start:end] counts.
 */
#ifndef CAPTIVE_UTF8_H
#define CAPTIVE_UTF8_H

#include <stddef.h>
#include <stdint.h>

/*
 * Check that s[0..len) is well-formed UTF-8 (no overlongs, no surrogates, no
 * NUL).  Returns 0, or -1 and sets *bad to the byte offset of the first bad
 * byte (bad may be NULL).
 */
int utf8_check(const char *s, size_t len, size_t *bad);

/*
 * Decode one code point at s (len bytes available).  Returns the number of
 * bytes used (1..4), or 0 on a malformed sequence (then *cp is undefined).
 */
size_t utf8_decode(const char *s, size_t len, int32_t *cp);

/* Encode cp into out (at least 4 bytes); returns the bytes written. */
size_t utf8_encode(int32_t cp, char *out);

/*
 * NFC form of valid UTF-8 s[0..len).  Caller frees the result with free();
 * *outlen gets its length.  Returns NULL if s is not valid UTF-8.
 */
char *utf8_nfc(const char *s, size_t len, size_t *outlen);

/* Code points in the valid UTF-8 s[0..len). */
size_t utf8_count(const char *s, size_t len);

/*
 * Casefold and strip accents from s (NFKD, combining marks dropped,
 * lowercase).  Caller frees.  NULL if s is not valid UTF-8.
 */
char *utf8_fold(const char *s, size_t len);

/*
 * The printable form of the file name s: valid UTF-8 passes as it is,
 * except control characters (\n, \r and \t by name, the others and DEL
 * as \xNN, C1 controls as \uNNNN); a byte that is not part of valid UTF-8 becomes \xNN, so that
 * a Latin-1 "caf\xE9.txt" reads as that.  A name that needs none of this
 * is returned unchanged.  For messages and for a record's "source", which
 * must be UTF-8 and one line.  Caller frees with free().
 */
char *utf8_printable_name(const char *s);

#endif
