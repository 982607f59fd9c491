/* sha256: thin wrapper over nettle's SHA-256 that yields lowercase hex. */
#include "sha256.h"

static const char hexdigits[] = "0123456789abcdef";

void
sha256_begin(struct sha256 *h)
{
	sha256_init(&h->ctx);
}

void
sha256_add(struct sha256 *h, const void *data, size_t len)
{
	sha256_update(&h->ctx, len, data);
}

void
sha256_end(struct sha256 *h, char out[SHA256_HEX_LEN + 1])
{
	uint8_t digest[SHA256_DIGEST_SIZE];
	int i;

	sha256_digest(&h->ctx, sizeof digest, digest);
	for (i = 0; i < SHA256_DIGEST_SIZE; i++) {
		out[2 * i] = hexdigits[digest[i] >> 4];
		out[2 * i + 1] = hexdigits[digest[i] & 15];
	}
	out[SHA256_HEX_LEN] = '\0';
}

void
sha256_hex(const void *data, size_t len, char out[SHA256_HEX_LEN + 1])
{
	struct sha256 h;

	sha256_begin(&h);
	sha256_add(&h, data, len);
	sha256_end(&h, out);
}
