/*
 * resolve-orgs: organizations of different names that are one.
 *
 * resolve.c merges the organization records of one folded name into a
 * form.  Here forms are joined when
 *   - a name or alias of one is a name or alias of the other: the
 *     acronym a text defined ("Ministry of State Security (MSS)": alias
 *     MSS) joins the form named MSS in another document;
 *   - or one is named by an acronym alone (KCNA) that spells the
 *     initials of the capitalised words of the other's name (Korean
 *     Central News Agency), and of no other group's name: an acronym
 *     that two organizations share joins neither;
 * and their stated countries agree.  The form with the fullest name
 * names the group and keeps its id; the others are merged into it and
 * their ids redirected.  Work: one hash lookup a name, so linear in the
 * forms.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "buf.h"
#include "hmap.h"
#include "jsonl.h"
#include "resolve.h"

struct oform {
	json_t *rec;		/* borrowed from ctx->entities */
	const char *id;		/* borrowed from ctx->entities' keys */
	size_t parent;
	const char *country;	/* at a group's root: the country its forms state */
	size_t best;		/* at a group's root: the form that names it */
	size_t next;		/* the next form of its group, or (size_t)-1 */
};

static size_t
ofind(struct oform *f, size_t i)
{
	while (f[i].parent != i)
		i = f[i].parent = f[f[i].parent].parent;
	return i;
}

/* Join the groups of forms a and b unless their stated countries differ. */
static void
join(struct oform *f, size_t a, size_t b)
{
	size_t ra = ofind(f, a), rb = ofind(f, b), x;

	if (ra == rb || (f[ra].country && f[rb].country && strcmp(f[ra].country, f[rb].country) != 0))
		return;
	/* the smaller id is the root: the outcome does not depend on order */
	if (strcmp(f[ra].id, f[rb].id) > 0) {
		x = ra;
		ra = rb;
		rb = x;
	}
	f[rb].parent = ra;
	if (f[ra].country == NULL)
		f[ra].country = f[rb].country;
}

/* An acronym: two to eight capitals (and digits), nothing else. */
int
resolve_is_acronym(const char *s)
{
	size_t n = strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

	return n >= 2 && n <= 8 && s[n] == '\0' && s[0] >= 'A' && s[0] <= 'Z';
}

/* The initials of the capitalised words of name (three or more): "KCNA". */
static char *
initials(const char *name)
{
	struct buf b = BUF_INIT;
	const char *w = name;

	while (*w) {
		while (*w == ' ')
			w++;
		if (*w >= 'A' && *w <= 'Z')
			buf_addc(&b, *w);
		w += strcspn(w, " ");
	}
	if (b.len < 3) {
		buf_release(&b);
		return NULL;
	}
	return buf_detach(&b, NULL);
}

/* Each name and alias of form i, folded, filed in names: the first form wins. */
static void
file_names(struct oform *f, size_t i, struct hmap *names)
{
	json_t *a;
	size_t k;
	intptr_t v;
	char *key;

	for (k = 0; k <= json_array_size(json_object_get(f[i].rec, "aliases")); k++) {
		a = k == 0 ? json_object_get(f[i].rec, "name") :
		    json_array_get(json_object_get(f[i].rec, "aliases"), k - 1);
		if (!json_is_string(a) || (key = resolve_key(json_string_value(a))) == NULL)
			continue;
		if (*key && (v = (intptr_t)hmap_get(names, key)) != 0)
			join(f, (size_t)v - 1, i);
		else if (*key)
			hmap_put(names, key, (void *)(intptr_t)(i + 1));
		free(key);
	}
}

/*
 * Merge form x into form best: names, lists, attributes, documents (in_best:
 * the documents of best, updated: no scan of the list per document).
 */
static void
merge_into(struct resolve_ctx *ctx, struct oform *f, size_t best, size_t x, struct hmap *in_best)
{
	json_t *docs = json_object_get(f[best].rec, "document_ids"), *d;
	size_t i;

	resolve_merge(f[best].rec, f[x].rec, NULL);
	json_array_foreach(json_object_get(f[x].rec, "document_ids"), i, d) {
		if (!json_is_string(d) || hmap_get(in_best, json_string_value(d)))
			continue;
		hmap_put(in_best, json_string_value(d), (void *)1);
		json_array_append(docs, d);
	}
	hmap_put(ctx->redirect, f[x].id, xstrdup(f[best].id));
	hmap_put(ctx->gone, f[x].id, (void *)1);
}

/* Whether form a names a group better than form b: the fullest name, then the smaller id. */
static int
better(const struct oform *a, const struct oform *b)
{
	size_t la = strlen(jsonl_str(a->rec, "name")), lb = strlen(jsonl_str(b->rec, "name"));

	return la != lb ? la > lb : strcmp(a->id, b->id) < 0;
}

void
resolve_orgs(struct resolve_ctx *ctx)
{
	struct hmap *names = hmap_new(), *by_initials = hmap_new(), *in_best;
	struct oform *f = NULL;
	size_t n = 0, cap = 0, i, k, r, best, x;
	intptr_t v;
	json_t *d;
	char *ini;

	for (i = 0; i < hmap_size(ctx->entities); i++) {
		if (strncmp(hmap_key_at(ctx->entities, i), "o-", 2) != 0)
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 64;
			f = xrealloc(f, cap * sizeof *f);
		}
		f[n].rec = hmap_value_at(ctx->entities, i);
		f[n].id = hmap_key_at(ctx->entities, i);
		f[n].parent = n;
		f[n].country = jsonl_str(f[n].rec, "country");
		n++;
	}
	for (i = 0; i < n; i++)
		file_names(f, i, names);
	/* Initials of full names: (void *)-1 where two groups share them. */
	for (i = 0; i < n; i++) {
		if ((ini = initials(jsonl_str(f[i].rec, "name"))) == NULL)
			continue;
		v = (intptr_t)hmap_get(by_initials, ini);
		if (v == 0)
			hmap_put(by_initials, ini, (void *)(intptr_t)(i + 1));
		else if (v > 0 && ofind(f, (size_t)v - 1) != ofind(f, i))
			hmap_put(by_initials, ini, (void *)(intptr_t)-1);
		free(ini);
	}
	for (i = 0; i < n; i++)
		if (resolve_is_acronym(jsonl_str(f[i].rec, "name")) &&
		    (v = (intptr_t)hmap_get(by_initials, jsonl_str(f[i].rec, "name"))) > 0)
			join(f, (size_t)v - 1, i);

	/* Each group: its forms in a list from the root, merged into the best. */
	for (i = 0; i < n; i++) {
		f[i].next = (size_t)-1;
		f[i].best = i;
	}
	for (i = 0; i < n; i++) {
		if ((r = ofind(f, i)) == i)
			continue;
		f[i].next = f[r].next;
		f[r].next = i;
		if (better(&f[i], &f[f[r].best]))
			f[r].best = i;
	}
	for (i = 0; i < n; i++) {
		if (ofind(f, i) != i || f[i].next == (size_t)-1)
			continue;
		best = f[i].best;
		in_best = hmap_new();
		json_array_foreach(json_object_get(f[best].rec, "document_ids"), k, d)
			if (json_is_string(d))
				hmap_put(in_best, json_string_value(d), (void *)1);
		for (x = i; x != (size_t)-1; x = f[x].next)
			if (x != best)
				merge_into(ctx, f, best, x, in_best);
		hmap_free(in_best, NULL);
	}
	hmap_free(names, NULL);
	hmap_free(by_initials, NULL);
	free(f);
}
