/*
 * hmap: a string-keyed hash map (open addressing, linear probing).  Keys are
 * copied; values are borrowed pointers that the caller owns.  Iteration
 * order is the order of insertion, so output built from a map is
 * deterministic.
 */
#ifndef CAPTIVE_HMAP_H
#define CAPTIVE_HMAP_H

#include <stddef.h>

struct hmap;

struct hmap *hmap_new(void);
/* Free the map and its keys; free_value (may be NULL) is called on each value. */
void hmap_free(struct hmap *m, void (*free_value)(void *));
/* The value under key, or NULL. */
void *hmap_get(const struct hmap *m, const char *key);
/* Set key to value; returns the previous value or NULL. */
void *hmap_put(struct hmap *m, const char *key, void *value);
size_t hmap_size(const struct hmap *m);
/* The i-th key and value in insertion order, i < hmap_size(). */
const char *hmap_key_at(const struct hmap *m, size_t i);
void *hmap_value_at(const struct hmap *m, size_t i);

#endif
