/* atomicfile.c: see atomicfile.h. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "atomicfile.h"
#include "buf.h"
#include "msg.h"

void
atomicfile_write(const char *dir, const char *name, const void *data, size_t len)
{
	struct buf tmp = BUF_INIT, path = BUF_INIT;
	FILE *fp;
	int bad;

	buf_addf(&tmp, "%s/.%s.tmp", dir, name);
	buf_addf(&path, "%s/%s", dir, name);
	if ((fp = fopen(tmp.data, "wb")) == NULL)
		die("%s: %s", tmp.data, strerror(errno));
	bad = len > 0 && fwrite(data, 1, len, fp) != len;
	bad |= fflush(fp) != 0;
	bad |= fsync(fileno(fp)) != 0 && errno != EINVAL;	/* EINVAL: a pipe or /dev/full */
	bad |= fclose(fp) != 0;
	if (bad || rename(tmp.data, path.data) != 0) {
		int e = errno;

		unlink(tmp.data);
		die("%s: %s", bad ? tmp.data : path.data, strerror(e));
	}
	buf_release(&tmp);
	buf_release(&path);
}
