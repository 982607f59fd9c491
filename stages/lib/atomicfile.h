/*
 * atomicfile: a file that appears whole or not at all.
 */
#ifndef CAPTIVE_ATOMICFILE_H
#define CAPTIVE_ATOMICFILE_H

#include <stddef.h>

/*
 * Write data[0..len) to dir/name through dir/.name.tmp, flushed and
 * synced, then rename(): a failed run leaves the previous file or none,
 * never half of one.  On any failure the temporary file is removed and
 * the program dies naming the file.
 */
void atomicfile_write(const char *dir, const char *name, const void *data, size_t len);

#endif
