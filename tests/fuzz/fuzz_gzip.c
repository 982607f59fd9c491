/*
 * fuzz_gzip: ingest's reader of inputs that may be gzip (ingest-gz.c):
 * member after member, resynchronizing after a corrupt one.  Reads to the
 * end, going on after each loss as captive-ingest does.  Each read must
 * either make progress or end: a bounded number of losses in a row.
 */
#include "fuzz.h"
#include "ingest.h"
#include "msg.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ingest_src src;
	char path[64], out[4096];
	unsigned long losses = 0;
	long n;
	int fd;

	msg_init("fuzz_gzip");
	fd = fuzz_fd(data, size);
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	if (ingest_src_open(&src, path, "fuzz.gz", 1) == 0) {
		while ((n = ingest_src_read(&src, out, sizeof out)) != 0) {
			if (n > 0) {
				losses = 0;
				continue;
			}
			/* Every loss consumes input: more than the input's
			 * bytes in a row would be a loop. */
			if (++losses > size + 2)
				abort();
		}
		ingest_src_close(&src);
	}
	close(fd);
	return 0;
}
