/*
 * acm: many words found in a text in one pass (Aho-Corasick), ASCII case
 * ignored.
 *
 * Words are added, then the automaton is built once; a scan of a text
 * then sets, in a bit set of acm_nwords() bits, the bit of every word
 * that occurs in it anywhere (as a substring, not only as a word of its
 * own).  One scan replaces one substring search per word: the cost of a
 * scan does not grow with the number of words.  Bytes are compared as
 * they are but for ASCII letters, whose case is ignored (as tolower() in
 * the C locale would compare them).
 */
#ifndef CAPTIVE_ACM_H
#define CAPTIVE_ACM_H

#include <stddef.h>
#include <stdint.h>

struct acm;

/* A new, empty automaton; free with acm_free. */
struct acm *acm_new(void);
void acm_free(struct acm *a);
/*
 * Add w[0..n) (n > 0) before acm_build; returns its id (0, 1, ...).  A
 * word added again (in any ASCII case) keeps its first id.
 */
int acm_add(struct acm *a, const char *w, size_t n);
/* Build the automaton: after it, acm_scan; no more acm_add. */
void acm_build(struct acm *a);
/* The number of distinct words, the bits a scan's set needs. */
size_t acm_nwords(const struct acm *a);
/* The uint64_t a scan's set needs: (acm_nwords() + 63) / 64, at least 1. */
size_t acm_setwords(const struct acm *a);
/*
 * Set in hits (acm_setwords() uint64_t, cleared by the caller) the bit of
 * every word found in s[0..len).
 */
void acm_scan(const struct acm *a, const char *s, size_t len, uint64_t *hits);
/*
 * The words of n texts at once: text k is s[k][0..len[k]), and its
 * words' bits go to hits + k * acm_setwords() (cleared by the caller),
 * as acm_scan() of it alone sets them.
 */
void acm_scan_many(const struct acm *a, size_t n, const char *const *s, const size_t *len,
		   uint64_t *hits);
/* Is the bit of word id set in hits? */
static inline int
acm_hit(const uint64_t *hits, int id)
{
	return (int)((hits[id >> 6] >> (id & 63)) & 1);
}

#endif
