/*
 * clean-html-meta.c: what the markup says about the page.
 *
 * Title, publisher (site name), byline, publication date and language, from
 * <title>, Open Graph and article <meta> tags, JSON-LD (a NewsArticle or any
 * other *Article, parsed with jansson), <time datetime> and <html lang>.
 * Each source has a rank; the best ranked value of a field wins, ties keep
 * the first seen, and "found" says where the winner came from.  The
 * elements are offered by the measuring walk (clean-html-tree.c) as it
 * meets them, the head before it is dropped.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <jansson.h>
#include <libxml/tree.h>
#include "buf.h"
#include "clean-html-int.h"

static const char *const meta_names[M_N] = {
	"title", "publisher", "byline", "published", "language"
};

/* Trim s and collapse its white space into a new string (caller frees). */
static char *
squeeze(const char *s)
{
	struct buf b = BUF_INIT;
	int space = 1;

	for (; *s != '\0'; s++) {
		if (isspace((unsigned char)*s)) {
			space = 1;
			continue;
		}
		if (space && b.len > 0)
			buf_addc(&b, ' ');
		space = 0;
		buf_addc(&b, *s);
	}
	return buf_detach(&b, NULL);
}

/* "2019-11-18T10:00:00Z" -> "2019-11-18" into out[11]; 0, or -1. */
static int
iso_date(const char *s, char out[11])
{
	while (isspace((unsigned char)*s))
		s++;
	for (int i = 0; i < 10; i++) {
		if (i == 4 || i == 7) {
			if (s[i] != '-' && s[i] != '/')
				return -1;
		} else if (!isdigit((unsigned char)s[i])) {
			return -1;
		}
	}
	int m = (s[5] - '0') * 10 + (s[6] - '0'), d = (s[8] - '0') * 10 + (s[9] - '0');
	if (m < 1 || m > 12 || d < 1 || d > 31 || isdigit((unsigned char)s[10]))
		return -1;
	memcpy(out, s, 10);
	out[4] = out[7] = '-';
	out[10] = '\0';
	return 0;
}

static void
meta_offer(struct meta_found *m, int field, const char *val, int rank, const char *where)
{
	char date[11];

	if (val == NULL || (m->val[field] != NULL && m->rank[field] >= rank))
		return;
	if (field == M_PUBLISHED) {
		if (iso_date(val, date) < 0)
			return;
		val = date;
	}
	if (field == M_BYLINE && (strncmp(val, "http", 4) == 0 || strchr(val, '/') != NULL))
		return;		/* article:author is often a profile URL */
	char *v = squeeze(val);
	if (*v == '\0' || strlen(v) > 1000) {
		free(v);
		return;
	}
	free(m->val[field]);
	m->val[field] = v;
	m->rank[field] = rank;
	m->where[field] = where;
}

/* A <meta>: property or name or itemprop, and content. */
static void
meta_tag(struct meta_found *m, const xmlNode *n)
{
	const char *k = html_attr(n, "property"), *c = html_attr(n, "content");

	if (k == NULL)
		k = html_attr(n, "name");
	if (k == NULL)
		k = html_attr(n, "itemprop");
	if (k == NULL) {
		if ((k = html_attr(n, "http-equiv")) != NULL && strcasecmp(k, "content-language") == 0)
			meta_offer(m, M_LANGUAGE, c, 2, "meta content-language");
		return;
	}
	if (c == NULL)
		return;
	if (strcasecmp(k, "og:title") == 0)
		meta_offer(m, M_TITLE, c, 3, "meta og:title");
	else if (strcasecmp(k, "twitter:title") == 0)
		meta_offer(m, M_TITLE, c, 2, "meta twitter:title");
	else if (strcasecmp(k, "og:site_name") == 0)
		meta_offer(m, M_PUBLISHER, c, 3, "meta og:site_name");
	else if (strcasecmp(k, "application-name") == 0)
		meta_offer(m, M_PUBLISHER, c, 1, "meta application-name");
	else if (strcasecmp(k, "author") == 0)
		meta_offer(m, M_BYLINE, c, 3, "meta author");
	else if (strcasecmp(k, "article:author") == 0 || strcasecmp(k, "dc.creator") == 0 ||
		 strcasecmp(k, "byl") == 0 || strcasecmp(k, "parsely-author") == 0)
		meta_offer(m, M_BYLINE, c, 2, "meta article:author");
	else if (strcasecmp(k, "article:published_time") == 0)
		meta_offer(m, M_PUBLISHED, c, 4, "meta article:published_time");
	else if (strcasecmp(k, "datePublished") == 0 || strcasecmp(k, "pubdate") == 0 ||
		 strcasecmp(k, "publishdate") == 0 || strcasecmp(k, "date") == 0 ||
		 strcasecmp(k, "dc.date") == 0 || strcasecmp(k, "dc.date.issued") == 0 ||
		 strcasecmp(k, "og:published_time") == 0 || strcasecmp(k, "parsely-pub-date") == 0)
		meta_offer(m, M_PUBLISHED, c, 3, "meta date");
	else if (strcasecmp(k, "og:locale") == 0)
		meta_offer(m, M_LANGUAGE, c, 1, "meta og:locale");
}

static const char *
json_name(const json_t *v)
{
	if (json_is_string(v))
		return json_string_value(v);
	if (json_is_object(v))
		return json_string_value(json_object_get(v, "name"));
	return NULL;
}

static int
ld_is_article(const json_t *type)
{
	if (json_is_array(type)) {
		size_t i;
		json_t *t;
		json_array_foreach(type, i, t)
			if (ld_is_article(t))
				return 1;
		return 0;
	}
	const char *s = json_string_value(type);
	if (s == NULL)
		return 0;
	size_t n = strlen(s);
	return (n >= 7 && strcmp(s + n - 7, "Article") == 0) || strcmp(s, "BlogPosting") == 0 ||
	       strcmp(s, "Report") == 0 || strcmp(s, "LiveBlogPosting") == 0;
}

/* One JSON-LD value; depth bounds hostile nesting. */
static void
ld_walk(struct meta_found *m, const json_t *v, int depth)
{
	if (depth > 8)
		return;
	if (json_is_array(v)) {
		size_t i;
		json_t *x;
		json_array_foreach(v, i, x)
			ld_walk(m, x, depth + 1);
		return;
	}
	if (!json_is_object(v))
		return;
	const json_t *g = json_object_get(v, "@graph");
	if (g != NULL)
		ld_walk(m, g, depth + 1);
	if (!ld_is_article(json_object_get(v, "@type")))
		return;
	meta_offer(m, M_TITLE, json_string_value(json_object_get(v, "headline")), 4, "json-ld headline");
	meta_offer(m, M_PUBLISHED, json_string_value(json_object_get(v, "datePublished")), 5,
		   "json-ld datePublished");
	meta_offer(m, M_PUBLISHER, json_name(json_object_get(v, "publisher")), 4, "json-ld publisher");
	meta_offer(m, M_LANGUAGE, json_string_value(json_object_get(v, "inLanguage")), 2,
		   "json-ld inLanguage");
	const json_t *a = json_object_get(v, "author");
	if (json_is_array(a)) {
		struct buf b = BUF_INIT;
		size_t i;
		json_t *x;
		json_array_foreach(a, i, x) {
			const char *name = json_name(x);
			if (name == NULL || *name == '\0')
				continue;
			if (b.len > 0)
				buf_adds(&b, ", ");
			buf_adds(&b, name);
		}
		if (b.len > 0)
			meta_offer(m, M_BYLINE, b.data, 4, "json-ld author");
		buf_release(&b);
	} else {
		meta_offer(m, M_BYLINE, json_name(a), 4, "json-ld author");
	}
}

static void
meta_ldjson(struct meta_found *m, const xmlNode *script)
{
	struct buf b = BUF_INIT;

	for (const xmlNode *c = script->children; c != NULL; c = c->next)
		if (c->content != NULL)
			buf_adds(&b, (const char *)c->content);
	/* Pages wrap JSON-LD in comments or follow it with a stray ';'. */
	const char *s = b.data;
	while (isspace((unsigned char)*s))
		s++;
	if (strncmp(s, "<!--", 4) == 0)
		s += 4;
	json_t *v = json_loads(s, JSON_DISABLE_EOF_CHECK | JSON_DECODE_ANY, NULL);
	if (v != NULL)
		ld_walk(m, v, 0);
	json_decref(v);
	buf_release(&b);
}

struct head_walk {
	const xmlNode *head;
	struct meta_found *m;
};

static int
head_enter(xmlNode *n, void *arg)
{
	struct head_walk *w = arg;

	if (n == w->head)
		return WALK_DESCEND;
	if (n->type != XML_ELEMENT_NODE)
		return WALK_SKIP;
	html_meta_element(w->m, n);
	return strcmp((const char *)n->name, "script") != 0 ? WALK_DESCEND : WALK_SKIP;
}

/* The head is dropped whole: look at its elements first. */
static void
meta_head(struct meta_found *m, xmlNode *head)
{
	struct head_walk w = { head, m };

	html_walk(head, head_enter, NULL, &w);
}

/* Elements that carry metadata, looked at before they are dropped. */
void
html_meta_element(struct meta_found *m, xmlNode *n)
{
	const char *name = (const char *)n->name, *v;

	if (strcmp(name, "head") == 0) {
		meta_head(m, n);
	} else if (strcmp(name, "meta") == 0) {
		meta_tag(m, n);
	} else if (strcmp(name, "title") == 0) {
		if (m->val[M_TITLE] == NULL && n->children != NULL && n->children->content != NULL)
			meta_offer(m, M_TITLE, (const char *)n->children->content, 1, "title");
	} else if (strcmp(name, "script") == 0) {
		if ((v = html_attr(n, "type")) != NULL && strcasecmp(v, "application/ld+json") == 0)
			meta_ldjson(m, n);
	} else if (strcmp(name, "time") == 0) {
		if ((v = html_attr(n, "datetime")) != NULL)
			meta_offer(m, M_PUBLISHED, v, 1, "time datetime");
	} else if (strcmp(name, "html") == 0) {
		if ((v = html_attr(n, "lang")) != NULL || (v = html_attr(n, "xml:lang")) != NULL)
			meta_offer(m, M_LANGUAGE, v, 3, "html lang");
	}
}

void
html_meta_write(struct meta_found *m, json_t *meta)
{
	json_t *found = json_object(), *old = json_object_get(meta, "found");

	for (int i = 0; i < M_N; i++) {
		if (m->val[i] == NULL)
			continue;
		json_object_set_new(meta, meta_names[i], json_string(m->val[i]));
		json_object_set_new(found, meta_names[i], json_string(m->where[i]));
		free(m->val[i]);
		m->val[i] = NULL;
	}
	/* "found" after the fields, or merged into the caller's. */
	if (json_is_object(old)) {
		json_object_update(old, found);
		json_decref(found);
	} else {
		json_object_set_new(meta, "found", found);
	}
}

