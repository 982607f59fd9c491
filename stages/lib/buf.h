/*
 * buf: a growable byte buffer (git's strbuf).  data is never NULL and always
 * NUL-terminated, so it can be handed to string functions at any time.
 * Allocation failure dies: captive cannot do anything useful without memory.
 */
#ifndef CAPTIVE_BUF_H
#define CAPTIVE_BUF_H

#include <stddef.h>
#include "msg.h"

struct buf {
	char *data;
	size_t len;
	size_t cap;	/* 0 while data points at the shared empty string */
};

extern char buf_empty[];
#define BUF_INIT { buf_empty, 0, 0 }

void buf_init(struct buf *b);
void buf_grow(struct buf *b, size_t extra);
void buf_add(struct buf *b, const void *data, size_t len);
void buf_adds(struct buf *b, const char *s);
void buf_addc(struct buf *b, int c);
void buf_addf(struct buf *b, const char *fmt, ...) MSG_PRINTF(2, 3);
void buf_setlen(struct buf *b, size_t len);
void buf_reset(struct buf *b);		/* len 0, keeps the memory */
void buf_release(struct buf *b);	/* frees, back to BUF_INIT */
/* Hand the data to the caller, who frees it with free(); b is reset. */
char *buf_detach(struct buf *b, size_t *len);

/* xmalloc and friends: die on failure. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

#endif
