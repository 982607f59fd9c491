/*
 * gzout: reproducible gzip (see gzout.h).  The header is set by hand:
 * zlib's default one is fine, but stating mtime 0 and OS 3 keeps the bytes
 * independent of the zlib build.
 */
#include <string.h>
#include <zlib.h>
#include "gzout.h"
#include "msg.h"

void
gzout_compress(struct buf *out, const void *data, size_t len)
{
	z_stream z;
	gz_header h;
	int rc;

	memset(&z, 0, sizeof(z));
	memset(&h, 0, sizeof(h));
	h.os = 3;	/* Unix, as gzip(1) writes it, whatever the build host */
	if (deflateInit2(&z, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK ||
	    deflateSetHeader(&z, &h) != Z_OK)
		die("zlib: cannot start deflate");
	z.next_in = (Bytef *)data;
	z.avail_in = 0;
	do {
		/* Feed at most 1 GiB at a time: avail_in is a uInt. */
		if (z.avail_in == 0 && len > 0) {
			z.avail_in = len > (1U << 30) ? (1U << 30) : (uInt)len;
			len -= z.avail_in;
		}
		buf_grow(out, 65536);
		z.next_out = (Bytef *)out->data + out->len;
		z.avail_out = 65536;
		rc = deflate(&z, len == 0 ? Z_FINISH : Z_NO_FLUSH);
		if (rc == Z_STREAM_ERROR)
			die("zlib: deflate failed");
		out->len += 65536 - z.avail_out;	/* buf_grow made the room */
		out->data[out->len] = '\0';
	} while (rc != Z_STREAM_END);
	deflateEnd(&z);
}
