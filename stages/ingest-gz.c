/*
 * ingest-gz: an input's bytes, gzip or not, without reading it whole.
 *
 * zlib's gzread would do for a sound file, but after one bad byte it gives
 * up on the rest.  A crawl's .warc.gz is a chain of gzip members, one per
 * record (CC-NEWS files hold tens of thousands), so here each member is
 * inflated on its own: a corrupt one is reported once, the reader looks for
 * the next gzip header and the records after it come through.  A file that
 * is one gzip stream, or several concatenated, reads the same way.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ingest.h"
#include "msg.h"

#define SRC_BUF 65536

enum {
	SRC_RAW,	/* not gzip: bytes pass through */
	SRC_BETWEEN,	/* at the start of a member, or at the end of the file */
	SRC_MEMBER,	/* inside a member */
	SRC_SEEK,	/* after damage: looking for the next member's header */
	SRC_END
};

static const unsigned char gz_magic[3] = { 0x1f, 0x8b, 0x08 };

/*
 * Move the unused bytes to the front of the buffer and read more behind
 * them.  1 when bytes were added (or the buffer is full), 0 at the end of
 * the file, -1 on a read error (s->why set; the file counts as ended).
 */
static int
src_refill(struct ingest_src *s)
{
	ssize_t n;

	if (s->eof)
		return 0;
	if (s->z.avail_in > 0 && s->z.next_in != s->in)
		memmove(s->in, s->z.next_in, s->z.avail_in);
	s->z.next_in = s->in;
	if (s->z.avail_in == SRC_BUF)
		return 1;
	do
		n = read(s->fd, s->in + s->z.avail_in, SRC_BUF - s->z.avail_in);
	while (n < 0 && errno == EINTR);
	if (n <= 0) {
		s->eof = 1;
		if (n < 0) {
			s->why = strerror(errno);
			return -1;
		}
		return 0;
	}
	s->z.avail_in += (unsigned)n;
	return 1;
}

static void
src_skip(struct ingest_src *s, size_t n)
{
	s->z.next_in += n;
	s->z.avail_in -= (unsigned)n;
}

/*
 * SRC_SEEK: drop bytes up to the next gzip header (its first three bytes;
 * a false match in compressed data fails again and is skipped the same
 * way, every round consuming bytes, so this ends).  0, or -1 on a read
 * error.
 */
static int
src_seek(struct ingest_src *s)
{
	size_t i, keep;
	int r;

	for (;;) {
		for (i = 0; i + 3 <= s->z.avail_in; i++)
			if (memcmp(s->z.next_in + i, gz_magic, 3) == 0) {
				src_skip(s, i);
				s->state = SRC_BETWEEN;
				return 0;
			}
		/* A header may straddle the end of the buffer. */
		keep = s->z.avail_in < 2 ? s->z.avail_in : 2;
		src_skip(s, s->z.avail_in - keep);
		if ((r = src_refill(s)) <= 0) {
			s->state = SRC_END;
			return r;
		}
	}
}

/* What kind of file st is, for the message that skips it. */
static const char *
src_kind(const struct stat *st)
{
	if (S_ISFIFO(st->st_mode))
		return "a FIFO";
	if (S_ISCHR(st->st_mode))
		return "a character device";
	if (S_ISBLK(st->st_mode))
		return "a block device";
	if (S_ISSOCK(st->st_mode))
		return "a socket";
	if (S_ISDIR(st->st_mode))
		return "a folder";
	return "not a regular file";
}

/*
 * Open path for reading.  A file found in a folder is opened without
 * blocking (a FIFO with no writer would hold the whole run) and must turn
 * out to be a regular file: what stat said before the open may have
 * changed since.  A FIFO or device named by the user is read as cat reads
 * it.  -1 after reporting.
 */
static int
src_open_fd(const char *path, const char *name, int special_ok)
{
	struct stat st;
	int fd, fl;

	if (strcmp(path, "-") == 0)
		return dup(0);
	if (special_ok)
		fd = open(path, O_RDONLY | O_NOCTTY);
	else
		fd = open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK);
	if (fd < 0)
		return msg_error("%s: cannot open: %s", name, strerror(errno));
	if (fstat(fd, &st) < 0) {
		msg_error("%s: cannot open: %s", name, strerror(errno));
		close(fd);
		return -1;
	}
	if (!S_ISREG(st.st_mode) && !(special_ok && (S_ISFIFO(st.st_mode) ||
	    S_ISCHR(st.st_mode)))) {
		msg_error("%s: %s, not a regular file: skipped", name, src_kind(&st));
		close(fd);
		return -1;
	}
	if (!special_ok && (fl = fcntl(fd, F_GETFL)) >= 0)
		fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
	return fd;
}

int
ingest_src_open(struct ingest_src *s, const char *path, const char *name,
    int special_ok)
{
	memset(s, 0, sizeof *s);
	s->name = name;
	if ((s->fd = src_open_fd(path, name, special_ok)) < 0)
		return -1;
	s->in = xmalloc(SRC_BUF);
	s->z.next_in = s->in;
	/* 15 + 16: a gzip wrapper, the largest window. */
	if (inflateInit2(&s->z, 15 + 16) != Z_OK)
		die("out of memory");
	while (s->z.avail_in < 2 && src_refill(s) > 0)
		;
	s->gzip = s->z.avail_in >= 2 && memcmp(s->z.next_in, gz_magic, 2) == 0;
	s->state = s->gzip ? SRC_BETWEEN : SRC_RAW;
	if (s->why != NULL)
		s->pending = s->why;	/* a read error: the first read says it */
	return 0;
}

/*
 * A gzip bomb: past the first INGEST_RATIO_FLOOR bytes, more than
 * --max-ratio bytes out for every byte in.  Then the input ends here (what
 * it gave of this document is dropped by the caller, who reports why).
 */
static int
src_bomb(struct ingest_src *s)
{
	unsigned long ratio = ingest_limits.max_ratio;

	if (ratio == 0 || s->zout <= INGEST_RATIO_FLOOR || s->zout / ratio <= s->zin)
		return 0;
	snprintf(s->whybuf, sizeof s->whybuf, "gzip data inflates more than %lu "
	    "times (--max-ratio) after %llu bytes: a gzip bomb? the rest is skipped",
	    ratio, s->zout);
	s->why = s->whybuf;
	s->state = SRC_END;
	return 1;
}

/* SRC_MEMBER: inflate into out.  The count (maybe 0: go on), or -1. */
static long
src_inflate(struct ingest_src *s, char *out, size_t n)
{
	size_t got;
	unsigned before;
	int r, rc;

	if (s->z.avail_in == 0) {
		if ((r = src_refill(s)) < 0)
			return -1;
		if (r == 0) {
			s->state = SRC_END;
			s->why = "truncated gzip data";
			return -1;
		}
	}
	s->z.next_out = (unsigned char *)out;
	s->z.avail_out = n > (1U << 30) ? 1U << 30 : (unsigned)n;
	before = s->z.avail_in;
	rc = inflate(&s->z, Z_NO_FLUSH);
	got = (size_t)((char *)s->z.next_out - out);
	s->zin += before - s->z.avail_in;
	s->zout += got;
	if (src_bomb(s))
		return -1;
	if (rc == Z_STREAM_END) {
		s->state = SRC_BETWEEN;
	} else if (rc != Z_OK && rc != Z_BUF_ERROR) {
		s->state = SRC_SEEK;
		if (got == 0) {
			s->why = "corrupt gzip data";
			return -1;
		}
		s->pending = "corrupt gzip data";	/* after what came out */
	}
	return (long)got;
}

long
ingest_src_read(struct ingest_src *s, char *out, size_t n)
{
	size_t k;
	long got;
	int r;

	if (s->pending != NULL) {
		s->why = s->pending;
		s->pending = NULL;
		return -1;
	}
	while (n > 0) {
		switch (s->state) {
		case SRC_RAW:
			if (s->z.avail_in == 0 && (r = src_refill(s)) <= 0)
				return r;
			k = n < s->z.avail_in ? n : s->z.avail_in;
			memcpy(out, s->z.next_in, k);
			src_skip(s, k);
			return (long)k;
		case SRC_BETWEEN:
			while (s->z.avail_in < 2 && !s->eof)
				if (src_refill(s) < 0)
					return -1;
			if (s->z.avail_in == 0) {
				s->state = SRC_END;
				break;
			}
			if (s->z.avail_in >= 2 && memcmp(s->z.next_in, gz_magic, 2) == 0) {
				inflateReset(&s->z);
				s->state = SRC_MEMBER;
				break;
			}
			s->state = SRC_SEEK;
			s->why = "data after a gzip member is not gzip";
			return -1;
		case SRC_MEMBER:
			if ((got = src_inflate(s, out, n)) != 0)
				return got;
			break;
		case SRC_SEEK:
			if (src_seek(s) < 0)
				return -1;
			break;
		case SRC_END:
			return 0;
		}
	}
	return 0;
}

void
ingest_src_close(struct ingest_src *s)
{
	if (s->in == NULL)
		return;
	inflateEnd(&s->z);
	close(s->fd);
	free(s->in);
	s->in = NULL;
}
