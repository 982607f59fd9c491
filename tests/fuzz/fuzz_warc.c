/*
 * fuzz_warc: ingest's WARC reader (ingest-warc.c, with ingest-http.c for
 * the HTTP response: chunked coding, gzip and deflate content coding, and
 * ingest-gz.c under it for .warc.gz), record by record, as captive-ingest
 * reads an archive.  Documents go to /dev/null.
 */
#include "fuzz.h"
#include "ingest.h"
#include "msg.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *null;
	struct ingest_ctx ctx;
	struct ingest_src src;
	char path[64], head[65536];
	long n;
	int fd;

	if (null == NULL) {
		msg_init("fuzz_warc");
		if ((null = fopen("/dev/null", "w")) == NULL)
			abort();
	}
	memset(&ctx, 0, sizeof ctx);
	jsonl_writer_init(&ctx.out, null, "/dev/null");
	fd = fuzz_fd(data, size);
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	if (ingest_src_open(&src, path, "fuzz.warc", 1) == 0) {
		/* As captive-ingest does: the first bytes, then the archive. */
		n = ingest_src_read(&src, head, sizeof head);
		if (n > 0)
			ingest_warc(&src, head, (size_t)n, &ctx);
		ingest_src_close(&src);
	}
	close(fd);
	return 0;
}
