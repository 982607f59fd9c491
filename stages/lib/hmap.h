/*
 * hmap: a string-keyed hash map (open addressing, linear probing).  Keys are
 * copied; values are borrowed pointers that the caller owns.  Iteration
 * order is the order of insertion, so output built from a map is
 * deterministic.
 */
#ifndef CAPTIVE_HMAP_H
#define CAPTIVE_HMAP_H

#include <stddef.h>
#include <stdint.h>

struct hmap;

/*
 * The hash of a key (FNV-1a), open so that a caller that has lowercased a
 * text once, or builds a key word by word, hashes each byte once and looks
 * the key up with hmap_get_hashed: the lexicon matcher grows a key by
 * words ("north", "north korea") and would otherwise hash each prefix
 * again.  HMAP_HASH_INIT, then hmap_hash_byte or hmap_hash for the bytes
 * of the key in order.
 */
#define HMAP_HASH_INIT 1469598103934665603ULL
static inline uint64_t
hmap_hash_byte(uint64_t h, unsigned char c)
{
	return (h ^ c) * 1099511628211ULL;
}
/* h extended by s[0..n). */
uint64_t hmap_hash(uint64_t h, const char *s, size_t n);

struct hmap *hmap_new(void);
/* Free the map and its keys; free_value (may be NULL) is called on each value. */
void hmap_free(struct hmap *m, void (*free_value)(void *));
/* The value under key, or NULL. */
void *hmap_get(const struct hmap *m, const char *key);
/* The value under key[0..len) (no NUL in it; the text need not end
 * there), whose hash the caller made (HMAP_HASH_INIT above), or NULL. */
void *hmap_get_hashed(const struct hmap *m, const char *key, size_t len, uint64_t hash);
/* Set key to value; returns the previous value or NULL. */
void *hmap_put(struct hmap *m, const char *key, void *value);
size_t hmap_size(const struct hmap *m);
/* The i-th key and value in insertion order, i < hmap_size(). */
const char *hmap_key_at(const struct hmap *m, size_t i);
void *hmap_value_at(const struct hmap *m, size_t i);

#endif
