/*
 * hmap: open addressing with linear probing over an array of slot indexes;
 * entries live in a separate array in insertion order, which gives the
 * deterministic iteration order promised in hmap.h.  The table is kept at
 * most half full so probe sequences stay short.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "buf.h"
#include "hmap.h"

struct hmap_entry {
	char *key;
	void *value;
	uint64_t hash;
	size_t len;		/* of key: compared before its bytes */
};

struct hmap {
	struct hmap_entry *entries;	/* insertion order */
	size_t n, cap;
	size_t *slots;			/* index + 1 into entries; 0 = empty */
	size_t nslots;			/* power of two */
};

uint64_t
hmap_hash(uint64_t h, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		h = hmap_hash_byte(h, (unsigned char)s[i]);
	return h;
}

/* FNV-1a (hmap.h): short keys, no adversary that could choose them
 * against us.  Sets *len to the key's length, found on the way. */
static uint64_t
hash_key(const char *s, size_t *len)
{
	uint64_t h = HMAP_HASH_INIT;
	const char *p;

	for (p = s; *p; p++)
		h = hmap_hash_byte(h, (unsigned char)*p);
	*len = (size_t)(p - s);
	return h;
}

struct hmap *
hmap_new(void)
{
	struct hmap *m = xcalloc(1, sizeof *m);

	m->nslots = 16;
	m->slots = xcalloc(m->nslots, sizeof *m->slots);
	return m;
}

void
hmap_free(struct hmap *m, void (*free_value)(void *))
{
	size_t i;

	if (m == NULL)
		return;
	for (i = 0; i < m->n; i++) {
		if (free_value)
			free_value(m->entries[i].value);
		free(m->entries[i].key);
	}
	free(m->entries);
	free(m->slots);
	free(m);
}

/* The slot of key[0..len), or the empty one where it would go. */
static size_t *
find_slot(const struct hmap *m, const char *key, size_t len, uint64_t h)
{
	size_t mask = m->nslots - 1, i = (size_t)h & mask;

	for (;; i = (i + 1) & mask) {
		size_t s = m->slots[i];
		const struct hmap_entry *e;

		if (s == 0)
			return &m->slots[i];
		e = &m->entries[s - 1];
		if (e->hash == h && e->len == len && memcmp(e->key, key, len) == 0)
			return &m->slots[i];
	}
}

static void
rehash(struct hmap *m)
{
	size_t i;

	free(m->slots);
	m->nslots *= 2;
	m->slots = xcalloc(m->nslots, sizeof *m->slots);
	for (i = 0; i < m->n; i++)
		*find_slot(m, m->entries[i].key, m->entries[i].len, m->entries[i].hash) = i + 1;
}

void *
hmap_get(const struct hmap *m, const char *key)
{
	size_t len;
	uint64_t h = hash_key(key, &len);

	return hmap_get_hashed(m, key, len, h);
}

void *
hmap_get_hashed(const struct hmap *m, const char *key, size_t len, uint64_t hash)
{
	size_t s = *find_slot(m, key, len, hash);

	return s ? m->entries[s - 1].value : NULL;
}

void *
hmap_put(struct hmap *m, const char *key, void *value)
{
	size_t len;
	uint64_t h = hash_key(key, &len);
	size_t *slot = find_slot(m, key, len, h);
	void *old;

	if (*slot) {
		old = m->entries[*slot - 1].value;
		m->entries[*slot - 1].value = value;
		return old;
	}
	if (m->n == m->cap) {
		m->cap = m->cap ? m->cap * 2 : 16;
		m->entries = xrealloc(m->entries, m->cap * sizeof *m->entries);
	}
	m->entries[m->n].key = xmalloc(len + 1);
	memcpy(m->entries[m->n].key, key, len + 1);
	m->entries[m->n].value = value;
	m->entries[m->n].hash = h;
	m->entries[m->n].len = len;
	*slot = ++m->n;
	if (m->n * 2 > m->nslots)
		rehash(m);
	return NULL;
}

size_t
hmap_size(const struct hmap *m)
{
	return m->n;
}

const char *
hmap_key_at(const struct hmap *m, size_t i)
{
	return m->entries[i].key;
}

void *
hmap_value_at(const struct hmap *m, size_t i)
{
	return m->entries[i].value;
}
