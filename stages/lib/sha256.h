/* sha256: SHA-256 digests as lowercase hex (nettle). */
#ifndef CAPTIVE_SHA256_H
#define CAPTIVE_SHA256_H

#include <stddef.h>
#include <nettle/sha2.h>

#define SHA256_HEX_LEN 64

struct sha256 {
	struct sha256_ctx ctx;
};

void sha256_begin(struct sha256 *h);
void sha256_add(struct sha256 *h, const void *data, size_t len);
/* Write 64 hex digits and a NUL into out. */
void sha256_end(struct sha256 *h, char out[SHA256_HEX_LEN + 1]);
/* One-shot digest of data[0..len). */
void sha256_hex(const void *data, size_t len, char out[SHA256_HEX_LEN + 1]);

#endif
