/*
 * resolve-cluster: persons of different names that are one person.
 *
 * resolve.c merges the records of one folded name into a form.  Here the
 * forms of persons are joined across names: each name and alias of a form
 * of two words or more (or in Hangul) is parsed (resolve-name.c) and filed under its
 * blocking key; only forms sharing a key are compared, so the work grows
 * with the number of forms, not with its square.  Two forms are a
 * candidate pair when a name of one matches a name of the other and their
 * attributes agree: a stated nationality or gender on both sides must be
 * the same.
 *
 * Candidates are joined in the order of their ids (which derive from the
 * names), so the outcome does not depend on the order of the input.  Two
 * groups are joined only when no form of one conflicts with a form of
 * the other (attributes that differ, or names of two members of one
 * family: John A. and John B. Smith, Kim Yong-chol and Kim Yong-sik): a
 * chain (John A. Smith ~ John Smith ~ John B. Smith) does not join two
 * people through a third, while a stated alias (Kang Chol-su, also known
 * as Peter Kang) joins the forms of both its names; and a form that
 * matches two forms which cannot be one person waits until the others
 * are joined, and joins only if all it matches is one group.
 *
 * A group's record is the form with the fullest name; the others are
 * merged into it, their ids redirected to its id, and every join is noted
 * in its "merges" list (which names, why, what agreed).
 */
#include <stdlib.h>
#include <string.h>
#include "buf.h"
#include "hmap.h"
#include "jsonl.h"
#include "msg.h"
#include "resolve.h"

struct vec {
	size_t *v, n, cap;
};

struct form {
	json_t *rec;		/* the form's record (borrowed from ctx->entities) */
	char *id;
	char **surface;		/* the names as written, parallel to names */
	struct rname *names;
	size_t nnames;
	size_t parent;		/* union-find */
	size_t next;		/* the next form of the group: a ring */
	size_t rep;		/* at a group's root: the form that names it */
	struct vec near;	/* the forms it matches */
	int torn;		/* it matches two forms that do not match */
};

struct edge {
	size_t a, b;		/* forms, ids in order */
	char *note;		/* once joined: why (owned) */
};

static void
vec_push(struct vec *s, size_t x)
{
	if (s->n == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 4;
		s->v = xrealloc(s->v, s->cap * sizeof *s->v);
	}
	s->v[s->n++] = x;
}

static void
form_add_name(struct form *f, const struct rname_lex *lx, const char *name)
{
	struct rname n;

	if (name == NULL || rname_parse(lx, name, &n) < 0)
		return;
	f->names = xrealloc(f->names, (f->nnames + 2) * sizeof *f->names);
	f->surface = xrealloc(f->surface, (f->nnames + 2) * sizeof *f->surface);
	f->names[f->nnames] = n;
	f->surface[f->nnames++] = xstrdup(name);
	/* "Jong Un Kim": Kim's given name in Western order, or Jong's? Both. */
	if (rname_parse_other(lx, name, &n) == 0) {
		f->names[f->nnames] = n;
		f->surface[f->nnames++] = xstrdup(name);
	}
}

/*
 * Slack between years of birth: an age is a year off when the birthday
 * is not passed, and Korean reckoning counts one or two more.
 */
#define BIRTH_SLACK 2

/* The years of birth of rec (resolve-merge.c's "born_from", "born_to"); 0 if none. */
static int
birth_years(const json_t *rec, json_int_t *from, json_int_t *to)
{
	json_t *f = json_object_get(rec, "born_from"), *t = json_object_get(rec, "born_to");

	if (!json_is_integer(f) || !json_is_integer(t))
		return 0;
	*from = json_integer_value(f);
	*to = json_integer_value(t);
	return 1;
}

/* Whether the ages stated of a and b can be of one person (or one is unknown). */
static int
births_agree(const json_t *a, const json_t *b)
{
	json_int_t af, at, bf, bt;

	if (!birth_years(a, &af, &at) || !birth_years(b, &bf, &bt))
		return 1;
	return af <= bt + BIRTH_SLACK && bf <= at + BIRTH_SLACK;
}

/* Whether rec's roles hold role. */
static int
has_role(const json_t *rec, const char *role)
{
	json_t *v;
	size_t i;

	json_array_foreach(json_object_get(rec, "roles"), i, v)
		if (json_is_string(v) && strcmp(json_string_value(v), role) == 0)
			return 1;
	return 0;
}

/*
 * Whether the roles of a and b cannot be one person's: one only a
 * journalist (who wrote or reported), the other a victim never called a
 * journalist.  A reporter and a detainee of one common name are two
 * people; a journalist who was detained is a journalist in the story of
 * the detention too.
 */
static int
roles_differ(const json_t *a, const json_t *b)
{
	size_t na = json_array_size(json_object_get(a, "roles"));
	size_t nb = json_array_size(json_object_get(b, "roles"));

	return (na == 1 && has_role(a, "journalist") && has_role(b, "victim") &&
	    !has_role(b, "journalist")) ||
	    (nb == 1 && has_role(b, "journalist") && has_role(a, "victim") &&
	    !has_role(a, "journalist"));
}

/* Whether the stated attributes of forms a and b disagree (nationality,
 * gender, the years of birth their ages give, roles). */
static int
attributes_differ(const struct form *a, const struct form *b)
{
	static const char *const agree[] = { "nationality", "gender" };
	const char *va, *vb;
	size_t i;

	for (i = 0; i < sizeof agree / sizeof agree[0]; i++) {
		va = jsonl_str(a->rec, agree[i]);
		vb = jsonl_str(b->rec, agree[i]);
		if (va && vb && strcmp(va, vb) != 0)
			return 1;
	}
	return !births_agree(a->rec, b->rec) || roles_differ(a->rec, b->rec);
}

/*
 * Whether forms a and b can be one person: NULL if not, else why, with
 * the names that matched in *na, *nb (borrowed from the forms).
 */
static const char *
forms_match(const struct rname_lex *lx, const struct form *a, const struct form *b,
    const char **na, const char **nb)
{
	const char *why;
	size_t i, j;

	if (attributes_differ(a, b))
		return NULL;
	for (i = 0; i < a->nnames; i++)
		for (j = 0; j < b->nnames; j++)
			if ((why = rname_match(lx, &a->names[i], &b->names[j])) != NULL) {
				*na = a->surface[i];
				*nb = b->surface[j];
				return why;
			}
	return NULL;
}

/*
 * Whether the name f->surface[i] matches some name of form g, in any of
 * its readings ("Jong Sik Kim" is read family name first and last).
 */
static int
name_in(const struct rname_lex *lx, const struct form *f, size_t i, const struct form *g)
{
	size_t k, j;

	for (k = 0; k < f->nnames; k++) {
		if (k != i && strcmp(f->surface[k], f->surface[i]) != 0)
			continue;
		for (j = 0; j < g->nnames; j++)
			if (rname_match(lx, &f->names[k], &g->names[j]) != NULL)
				return 1;
	}
	return 0;
}

/*
 * Whether forms a and b cannot be one person: stated attributes differ,
 * or a name of each names another member of one family (Kim Yong-chol,
 * Kim Yong-sik), neither of them a name of the other form.  Forms that
 * merely bear different names (Peter Kang, Kang Cheol-soo) do not
 * conflict: a third form that bears both (Kang Chol-su, also known as
 * Peter Kang) may join them.
 */
static int
forms_conflict(const struct rname_lex *lx, const struct form *a, const struct form *b)
{
	size_t i, j;

	if (attributes_differ(a, b))
		return 1;
	for (i = 0; i < a->nnames; i++)
		for (j = 0; j < b->nnames; j++)
			if (rname_compete(lx, &a->names[i], &b->names[j]) &&
			    !name_in(lx, a, i, b) && !name_in(lx, b, j, a))
				return 1;
	return 0;
}

static size_t
find(struct form *f, size_t i)
{
	while (f[i].parent != i)
		i = f[i].parent = f[f[i].parent].parent;
	return i;
}

/* forms_conflict of forms x and y, answered once (in known). */
static int
conflict(const struct rname_lex *lx, struct form *f, struct pairs *known, size_t x, size_t y)
{
	int v = pairs_get(known, x, y);

	if (v == 0) {
		v = forms_conflict(lx, &f[x], &f[y]) + 1;
		pairs_put(known, x, y, v);
	}
	return v - 1;
}

/* Whether no form of the group of a conflicts with a form of b's. */
static int
groups_agree(const struct rname_lex *lx, struct form *f, struct pairs *known, size_t a, size_t b)
{
	size_t x = a, y;

	do {
		y = b;
		do {
			if (conflict(lx, f, known, x, y))
				return 0;
			y = f[y].next;
		} while (y != b);
		x = f[x].next;
	} while (x != a);
	return 1;
}

/* Whether every form that form w matches is in one group (w's own aside). */
static int
one_group(struct form *f, size_t w)
{
	size_t i, r, own = find(f, w), seen = own;

	for (i = 0; i < f[w].near.n; i++) {
		r = find(f, f[w].near.v[i]);
		if (r == own)
			continue;
		if (seen != own && r != seen)
			return 0;
		seen = r;
	}
	return 1;
}

static struct form *sort_forms;	/* for the qsort comparators below */

static int
by_ids(const void *pa, const void *pb)
{
	const struct edge *a = pa, *b = pb;
	int c = strcmp(sort_forms[a->a].id, sort_forms[b->a].id);

	return c ? c : strcmp(sort_forms[a->b].id, sort_forms[b->b].id);
}

/* Whether name has letters and none of them in lowercase ("RI SONG CHOL"). */
static int
all_capitals(const char *name)
{
	int letters = 0;

	for (; *name; name++) {
		if (*name >= 'a' && *name <= 'z')
			return 0;
		letters += *name >= 'A' && *name <= 'Z';
	}
	return letters > 0;
}

/*
 * The form that names a group: not a name written twice over, not one in
 * capitals only, the fullest
 * name, then a Korean name family name first, then the most documents,
 * then the first in byte order.
 */
static int
better_form(const struct form *a, const struct form *b)
{
	const char *na = jsonl_str(a->rec, "name"), *nb = jsonl_str(b->rec, "name");
	size_t da = json_array_size(json_object_get(a->rec, "document_ids"));
	size_t db = json_array_size(json_object_get(b->rec, "document_ids"));
	int fa = a->nnames && a->names[0].korean && a->names[0].order == RNAME_FAMILY_FIRST;
	int fb = b->nnames && b->names[0].korean && b->names[0].order == RNAME_FAMILY_FIRST;

	int wa = a->nnames && a->names[0].doubled, wb = b->nnames && b->names[0].doubled;

	if (wa != wb)
		return wb;	/* a name written twice over is the worst */
	if (all_capitals(na) != all_capitals(nb))
		return all_capitals(nb);	/* "RI SONG CHOL": a headline's */
	if (strlen(na) != strlen(nb))
		return strlen(na) > strlen(nb);
	if (fa != fb)
		return fa;
	if (da != db)
		return da > db;
	return strcmp(na, nb) < 0 || (strcmp(na, nb) == 0 && strcmp(a->id, b->id) < 0);
}

/* What resolve_evidence_note asks: are form ids x and y one person now? */
struct same_arg {
	struct form *f;
	struct hmap *index;	/* form id -> its index + 1 */
};

static int
same_person(void *arg, const char *x, const char *y)
{
	struct same_arg *sa = arg;
	size_t ix = (size_t)hmap_get(sa->index, x), iy = (size_t)hmap_get(sa->index, y);

	if (strcmp(x, y) == 0)
		return 1;
	return ix && iy && find(sa->f, ix - 1) == find(sa->f, iy - 1);
}

/*
 * The name of form f that matched, n: "Ann Roe", or "Ann Roe, also Ann
 * Doe" when it is an alias; when both forms matched by one spelling
 * (same), the nationality that made them two forms: "Ann Roe (US)".
 */
static void
note_name(struct buf *b, const struct form *f, const char *n, int same)
{
	const char *name = jsonl_str(f->rec, "name"), *nat = jsonl_str(f->rec, "nationality");

	if (name && strcmp(name, n) != 0)
		buf_addf(b, "%s, also %s", name, n);
	else
		buf_adds(b, n);
	if (same)
		buf_addf(b, " (%s)", nat ? nat : "no nationality stated");
}

/*
 * Why forms a and b were joined: "Ri Myong Sik = Lee Myeong-sik (Korean
 * romanization, nationality KR in both, arrest 2019-03 in CN in both)":
 * the names, why they match, and what else both state
 * (resolve-evidence.c).  Caller frees.
 */
static char *
join_note(const struct resolve_ctx *ctx, const struct rname_lex *lx, const struct form *a,
    const struct form *b, struct same_arg *sa)
{
	static const char *const agree[] = { "nationality", "gender" };
	const char *va, *vb, *na = NULL, *nb = NULL, *why;
	struct buf b_ = BUF_INIT;
	size_t i;

	why = forms_match(lx, a, b, &na, &nb);
	note_name(&b_, a, na, strcmp(na, nb) == 0);
	buf_adds(&b_, " = ");
	note_name(&b_, b, nb, strcmp(na, nb) == 0);
	buf_addf(&b_, " (%s", why);
	for (i = 0; i < sizeof agree / sizeof agree[0]; i++) {
		va = jsonl_str(a->rec, agree[i]);
		vb = jsonl_str(b->rec, agree[i]);
		if (va && vb)
			buf_addf(&b_, ", %s %s in both", agree[i], va);
	}
	resolve_evidence_note(ctx, &b_, a->rec, a->id, b->rec, b->id, same_person, sa);
	buf_addc(&b_, ')');
	/* The list's delimiter in the CSV release is ';'. */
	for (i = 0; i < b_.len; i++)
		if (b_.data[i] == ';')
			b_.data[i] = ',';
	return buf_detach(&b_, NULL);
}

/* Append note to rec's "merges" list. */
static void
add_note(json_t *rec, const char *note)
{
	json_t *list = json_object_get(rec, "merges");

	if (!json_is_array(list)) {
		list = json_array();
		json_object_set_new(rec, "merges", list);
	}
	json_array_append_new(list, json_string(note));
}

/*
 * Merge form m into rep: names, lists, attributes, documents.  in_rep:
 * the documents of rep, updated (a set: no scan of the list per id).
 */
static void
merge_form(json_t *rep, const json_t *m, struct hmap *in_rep)
{
	json_t *docs = json_object_get(rep, "document_ids"), *d;
	size_t i;

	resolve_merge(rep, m, jsonl_str(m, "status_as_of"));
	json_array_foreach(json_object_get(m, "document_ids"), i, d) {
		if (!json_is_string(d) || hmap_get(in_rep, json_string_value(d)) != NULL)
			continue;
		hmap_put(in_rep, json_string_value(d), (void *)1);
		json_array_append(docs, d);
	}
}

void
resolve_cluster(struct resolve_ctx *ctx, const struct rname_lex *lx)
{
	struct hmap *blocks = hmap_new(), *in_rep;
	struct pairs seen = { NULL, NULL, 0, 0 }, known = { NULL, NULL, 0, 0 };
	struct form *f = NULL;
	struct edge *edges = NULL, *joined = NULL;
	size_t nf = 0, ne = 0, capf = 0, cape = 0, nj = 0, i, j, k, n, x;
	int pass;
	const char *na, *nb;
	struct same_arg sa;
	json_t *rec, *alias, *d;

	n = hmap_size(ctx->entities);
	for (i = 0; i < n; i++) {
		rec = hmap_value_at(ctx->entities, i);
		if (strncmp(hmap_key_at(ctx->entities, i), "p-", 2) != 0 ||
		    resolve_key_is_weak(jsonl_str(rec, "name")))
			continue;
		if (nf == capf) {
			capf = capf ? 2 * capf : 64;
			f = xrealloc(f, capf * sizeof *f);
		}
		memset(&f[nf], 0, sizeof f[nf]);
		f[nf].rec = rec;
		f[nf].id = xstrdup(hmap_key_at(ctx->entities, i));
		f[nf].parent = f[nf].next = f[nf].rep = nf;
		form_add_name(&f[nf], lx, jsonl_str(rec, "name"));
		json_array_foreach(json_object_get(rec, "aliases"), j, alias)
			form_add_name(&f[nf], lx, json_string_value(alias));
		for (j = 0; j < f[nf].nnames; j++) {
			struct vec *b = hmap_get(blocks, f[nf].names[j].key);

			if (b == NULL) {
				b = xcalloc(1, sizeof *b);
				hmap_put(blocks, f[nf].names[j].key, b);
			}
			if (b->n == 0 || b->v[b->n - 1] != nf)
				vec_push(b, nf);
		}
		nf++;
	}

	/* Candidate pairs: forms that share a key, once each. */
	for (k = 0; k < hmap_size(blocks); k++) {
		struct vec *b = hmap_value_at(blocks, k);

		for (i = 0; i < b->n; i++) {
			for (j = i + 1; j < b->n; j++) {
				size_t p = b->v[i], q = b->v[j];

				if (strcmp(f[p].id, f[q].id) > 0) {
					x = p;
					p = q;
					q = x;
				}
				if (pairs_get(&seen, p, q))
					continue;
				pairs_put(&seen, p, q, 1);
				if (forms_match(lx, &f[p], &f[q], &na, &nb) == NULL)
					continue;
				if (ne == cape) {
					cape = cape ? 2 * cape : 64;
					edges = xrealloc(edges, cape * sizeof *edges);
				}
				edges[ne].a = p;
				edges[ne++].b = q;
				vec_push(&f[p].near, q);
				vec_push(&f[q].near, p);
			}
		}
	}
	sort_forms = f;
	if (ne > 1)	/* qsort must not be handed the NULL of no edges */
		qsort(edges, ne, sizeof *edges, by_ids);

	/*
	 * A form torn between two forms that cannot be one person ("Thomas
	 * Whitfield" between "Thomas J." and "Thomas K. Whitfield"; a name
	 * without nationality between the same name as KR and as JP) waits:
	 * the others are joined first, in the order of the ids, and a torn
	 * form joins only when all it matches is one group by then.
	 */
	for (i = 0; i < nf; i++)
		for (j = 0; j < f[i].near.n && !f[i].torn; j++)
			for (k = j + 1; k < f[i].near.n && !f[i].torn; k++)
				f[i].torn = conflict(lx, f, &known, f[i].near.v[j], f[i].near.v[k]);
	joined = xmalloc((ne ? ne : 1) * sizeof *joined);
	for (pass = 0; pass < 2; pass++) {
		for (k = 0; k < ne; k++) {
			size_t a = edges[k].a, b = edges[k].b, ra, rb;

			if ((f[a].torn || f[b].torn) != pass ||
			    (f[a].torn && !one_group(f, a)) || (f[b].torn && !one_group(f, b)))
				continue;
			ra = find(f, a);
			rb = find(f, b);
			if (ra == rb || !groups_agree(lx, f, &known, ra, rb))
				continue;
			x = f[ra].next;		/* splice the rings */
			f[ra].next = f[rb].next;
			f[rb].next = x;
			f[rb].parent = ra;
			joined[nj++] = edges[k];
		}
	}
	/* The notes once every join is made: a relative may be joined late. */
	sa.f = f;
	sa.index = hmap_new();
	for (i = 0; i < nf; i++)
		hmap_put(sa.index, f[i].id, (void *)(i + 1));
	for (k = 0; k < nj; k++)
		joined[k].note = join_note(ctx, lx, &f[joined[k].a], &f[joined[k].b], &sa);
	hmap_free(sa.index, NULL);

	/* Each group of more than one form: merged into its best form. */
	for (i = 0; i < nf; i++) {
		size_t best = i;

		if (find(f, i) != i || f[i].next == i)
			continue;
		for (x = f[i].next; x != i; x = f[x].next)
			if (better_form(&f[x], &f[best]))
				best = x;
		in_rep = hmap_new();
		json_array_foreach(json_object_get(f[best].rec, "document_ids"), j, d)
			if (json_is_string(d))
				hmap_put(in_rep, json_string_value(d), (void *)1);
		x = best;
		do {
			if (x != best) {
				merge_form(f[best].rec, f[x].rec, in_rep);
				hmap_put(ctx->redirect, f[x].id, xstrdup(f[best].id));
				hmap_put(ctx->gone, f[x].id, (void *)1);
			}
			x = f[x].next;
		} while (x != best);
		hmap_free(in_rep, NULL);
		f[i].rep = best;
	}
	for (k = 0; k < nj; k++) {
		add_note(f[f[find(f, joined[k].a)].rep].rec, joined[k].note);
		free(joined[k].note);
	}

	for (i = 0; i < nf; i++) {
		for (j = 0; j < f[i].nnames; j++) {
			rname_free(&f[i].names[j]);
			free(f[i].surface[j]);
		}
		free(f[i].names);
		free(f[i].surface);
		free(f[i].near.v);
		free(f[i].id);
	}
	for (k = 0; k < hmap_size(blocks); k++) {
		struct vec *b = hmap_value_at(blocks, k);

		free(b->v);
		free(b);
	}
	hmap_free(blocks, NULL);
	pairs_free(&seen);
	pairs_free(&known);
	free(edges);
	free(joined);
	free(f);
}
