/*
 * fetch.h: what the parts of captive-fetch share (fetch.c, fetch-http.c,
 * fetch-list.c).  Not a library: only the fetch stage includes it.
 */
#ifndef CAPTIVE_FETCH_H
#define CAPTIVE_FETCH_H

#include <stddef.h>
#include <jansson.h>
#include "buf.h"
#include "sha256.h"

/* How patient the transfers are (fetch.c's options). */
struct fetch_limits {
	long timeout;		/* seconds to connect, and without a byte before giving up */
	int retries;		/* attempts after the first, resuming where it stopped */
	long long max_size;	/* bytes, for a file whose size no index gives */
	const char *cacert;	/* --cacert: the CA certificates for https, or NULL: the system's */
};

/* One file a release lists. */
struct fetch_entry {
	char *name;
	char sha256[SHA256_HEX_LEN + 1];
	long long size;		/* from index.json; -1 when not known */
};

struct fetch_manifest {
	struct fetch_entry *v;
	size_t n;
};

/* fetch-http.c: libcurl, for http://, https:// and file:// URLs. */
void fetch_http_init(const struct fetch_limits *lim);
void fetch_http_cleanup(void);
/* What a missing or failed list means: how fetch_get reports it. */
enum fetch_need {
	FETCH_REQUIRED,		/* missing or failed: an error */
	FETCH_QUIET_MISSING,	/* missing: the caller says why; failed: an error */
	FETCH_OPTIONAL		/* missing: nothing said; failed: a warning */
};

/*
 * GET url into b (at most limit bytes).  0; 1 when it is not there (HTTP
 * 404 or 410, no such file); -1 when it failed otherwise (too big, no
 * answer).  Reported as need says.
 */
int fetch_get(const char *url, struct buf *b, size_t limit, enum fetch_need need);
/*
 * Download url as dir/e->name: into dir/.NAME.part (resumed with a Range
 * request when a previous attempt left one), hashed as it arrives, and
 * renamed to NAME only when its SHA-256 (and size, if known) match e.  A
 * mismatch removes the part.  0, or -1 after reporting.
 */
int fetch_file(const char *url, const char *dir, const struct fetch_entry *e);

/* fetch-list.c: the lists a release comes with. */
/*
 * Parse a SHA256SUMS file (sha256sum's format: 64 hex digits, two spaces
 * or " *", a plain file name) named src into m (caller frees with
 * fetch_manifest_free).  Each bad line is reported with its number;
 * returns how many there were.
 */
size_t fetch_parse_sums(struct fetch_manifest *m, const char *src, const char *data, size_t len);
void fetch_manifest_free(struct fetch_manifest *m);
/* The release of index whose path or "captive-" version is name, or NULL.  Borrowed. */
json_t *fetch_index_release(json_t *index, const char *name);
/* The file entry called name of an index release, or NULL.  Borrowed. */
json_t *fetch_index_file(json_t *rel, const char *name);

#endif
