/*
 * fuzz.h: what the libFuzzer targets of tests/fuzz/ share.  Each target
 * is one file, fuzz_<parser>.c, defining LLVMFuzzerTestOneInput; run.sh
 * builds and runs them (make fuzz).
 *
 * fuzz_fd: the input as a file descriptor (a memfd), for the readers that
 * take one (ingest's gzip and WARC readers).  fuzz_schema: point the
 * lexicon loaders at the tree's schema/ unless CAPTIVE_SCHEMA says else.
 */
#ifndef CAPTIVE_FUZZ_H
#define CAPTIVE_FUZZ_H

#define _GNU_SOURCE	/* memfd_create */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "lex.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A memfd holding data[0..size), at offset 0; the caller closes it. */
static inline int
fuzz_fd(const uint8_t *data, size_t size)
{
	int fd = memfd_create("fuzz", 0);
	size_t off = 0;
	ssize_t n;

	if (fd < 0) {
		perror("memfd_create");
		abort();
	}
	while (off < size) {
		n = write(fd, data + off, size - off);
		if (n <= 0) {
			perror("write");
			abort();
		}
		off += (size_t)n;
	}
	lseek(fd, 0, SEEK_SET);
	return fd;
}

static inline void
fuzz_schema(void)
{
	if (getenv("CAPTIVE_SCHEMA") == NULL)
		schema_set_dir("schema");
}

/* A NUL-terminated copy of the input (caller frees). */
static inline char *
fuzz_string(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);

	if (s == NULL)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

#endif
