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

#endif
