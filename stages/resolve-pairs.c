/*
 * resolve-pairs: a table of unordered pairs of indices (below 2^32), each
 * with a small answer: open addressing, linear probing, kept at most half
 * full.  resolve-cluster.c asks whether two forms conflict for every form
 * they both match and for every join of their groups; the table answers
 * each pair once, and keeps the candidate pairs already seen.  Memory:
 * nine bytes a slot, two slots a pair at most.
 */
#include <stdint.h>
#include <stdlib.h>
#include "buf.h"
#include "resolve.h"

static uint64_t
pair_key(size_t a, size_t b)
{
	return a < b ? ((uint64_t)(a + 1) << 32) | (uint64_t)(b + 1) :
	    ((uint64_t)(b + 1) << 32) | (uint64_t)(a + 1);
}

static size_t
pair_slot(const struct pairs *s, uint64_t k)
{
	size_t i = (size_t)((k * 0x9E3779B97F4A7C15u) >> 17) & (s->cap - 1);

	while (s->key[i] != 0 && s->key[i] != k)
		i = (i + 1) & (s->cap - 1);
	return i;
}

/* The answer filed for forms a and b, or 0. */
int
pairs_get(const struct pairs *s, size_t a, size_t b)
{
	size_t i;

	if (s->cap == 0)
		return 0;
	i = pair_slot(s, pair_key(a, b));
	return s->key[i] ? s->val[i] : 0;
}

/* File answer v (1 to 255) for forms a and b; the table stays half empty. */
void
pairs_put(struct pairs *s, size_t a, size_t b, int v)
{
	uint64_t k = pair_key(a, b), *okey = s->key;
	unsigned char *oval = s->val;
	size_t i, ocap = s->cap;

	if (2 * (s->n + 1) > s->cap) {
		s->cap = s->cap ? 2 * s->cap : 1024;
		s->key = xcalloc(s->cap, sizeof *s->key);
		s->val = xmalloc(s->cap);
		for (i = 0; i < ocap; i++)
			if (okey[i]) {
				size_t j = pair_slot(s, okey[i]);

				s->key[j] = okey[i];
				s->val[j] = oval[i];
			}
		free(okey);
		free(oval);
	}
	i = pair_slot(s, k);
	if (s->key[i] == 0)
		s->n++;
	s->key[i] = k;
	s->val[i] = (unsigned char)v;
}

void
pairs_free(struct pairs *s)
{
	free(s->key);
	free(s->val);
}
