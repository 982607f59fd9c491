/*
 * gzout: data gzip-compressed into a buffer the same way every time (level
 * 9, mtime 0, no file name, OS Unix), so that a rebuild gives the same
 * bytes on any host.  The same format as captive-emit's files.
 */
#ifndef CAPTIVE_GZOUT_H
#define CAPTIVE_GZOUT_H

#include <stddef.h>
#include "buf.h"

/* Append the gzip member of data[0..len) to out; dies if zlib fails. */
void gzout_compress(struct buf *out, const void *data, size_t len);

#endif
