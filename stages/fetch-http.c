/*
 * fetch-http.c: captive-fetch's transfers, through libcurl (http://,
 * https://, file://; a redirect may lead only to http or https).
 *
 * A file is written to DIR/.NAME.part and hashed as its bytes arrive; it
 * is renamed to NAME only when the whole of it has the SHA-256 SHA256SUMS
 * gives (and the size index.json gives), so a file appears under its name
 * only once verified.  A transfer cut short (connection dropped, timeout)
 * is resumed from where it stopped with a Range request, up to --retries
 * times; a .part a previous run left is resumed the same way after its
 * bytes are hashed again.  A server that ignores Range gets the file asked
 * again from its start.  A mismatch, an oversized file or a write error
 * removes the part.  Holds: one file open at a time, small lists in memory.
 */
#include <curl/curl.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "fetch.h"
#include "msg.h"

static struct fetch_limits limits;

void
fetch_http_init(const struct fetch_limits *lim)
{
	limits = *lim;
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
		die("libcurl: cannot start");
}

void
fetch_http_cleanup(void)
{
	curl_global_cleanup();
}

/* Where the bytes of a transfer go: memory or a file, both bounded. */
struct http_sink {
	struct buf *mem;	/* fetch_get */
	FILE *fp;		/* fetch_file */
	struct sha256 hash;
	long long got, limit;
	int too_big, write_errno;
};

static size_t
http_write(char *p, size_t size, size_t n, void *arg)
{
	struct http_sink *s = arg;
	size_t len = size * n;

	if (s->got + (long long)len > s->limit) {
		s->too_big = 1;
		return 0;	/* libcurl stops with CURLE_WRITE_ERROR */
	}
	if (s->mem != NULL) {
		buf_add(s->mem, p, len);
	} else {
		if (fwrite(p, 1, len, s->fp) != len) {
			s->write_errno = errno ? errno : EIO;
			return 0;
		}
		sha256_add(&s->hash, p, len);
	}
	s->got += (long long)len;
	return len;
}

/* An easy handle for url with the limits set; err holds libcurl's words. */
static CURL *
http_handle(const char *url, struct http_sink *s, char err[CURL_ERROR_SIZE])
{
	CURL *c = curl_easy_init();

	if (c == NULL)
		die("libcurl: cannot make a handle");
	err[0] = '\0';
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, err);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_FAILONERROR, 1L);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https,file");
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(c, CURLOPT_MAXREDIRS, 5L);
	curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_USERAGENT, "captive-fetch/" CAPTIVE_VERSION);
	if (limits.cacert != NULL)
		curl_easy_setopt(c, CURLOPT_CAINFO, limits.cacert);
	/* A server that hangs: no byte for `timeout` seconds ends the try. */
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, limits.timeout);
	curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
	curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, limits.timeout);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, http_write);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, s);
	return c;
}

/* Not there: HTTP 404 or 410, or no such file. */
static int
http_missing(CURL *c, CURLcode rc)
{
	long code = 0;

	if (rc == CURLE_FILE_COULDNT_READ_FILE || rc == CURLE_REMOTE_FILE_NOT_FOUND)
		return 1;
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
	return rc == CURLE_HTTP_RETURNED_ERROR && (code == 404 || code == 410);
}

/* What went wrong, in words: the status line's code or libcurl's message. */
static void
http_why(struct buf *b, CURL *c, CURLcode rc, const char *err)
{
	long code = 0;

	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
	buf_reset(b);
	if (rc == CURLE_HTTP_RETURNED_ERROR)
		buf_addf(b, "HTTP %ld", code);
	else if (rc == CURLE_FILE_COULDNT_READ_FILE)
		buf_adds(b, "no such file");
	else if (rc == CURLE_OPERATION_TIMEDOUT)
		buf_addf(b, "nothing received for %ld s (--timeout)", limits.timeout);
	else
		buf_adds(b, *err ? err : curl_easy_strerror(rc));
}

int
fetch_get(const char *url, struct buf *b, size_t limit, enum fetch_need need)
{
	struct http_sink s;
	char err[CURL_ERROR_SIZE];
	struct buf why = BUF_INIT;
	CURLcode rc;
	CURL *c;
	int ret = 0;

	memset(&s, 0, sizeof(s));
	s.mem = b;
	s.limit = (long long)limit;
	c = http_handle(url, &s, err);
	rc = curl_easy_perform(c);
	if (rc != CURLE_OK) {
		http_why(&why, c, rc, err);
		if (s.too_big)
			buf_addf(&why, ": larger than %zu bytes: refused", limit);
		if (http_missing(c, rc)) {
			if (need == FETCH_REQUIRED)
				msg_error("%s: not found (%s)", url, why.data);
			ret = 1;
		} else if (need == FETCH_OPTIONAL) {
			msg_warn("%s: %s: going on without it", url, why.data);
			ret = -1;
		} else {
			ret = msg_error("%s: %s", url, why.data);
		}
	}
	curl_easy_cleanup(c);
	buf_release(&why);
	return ret;
}

/* The transient failures worth another try from where the bytes stopped. */
static int
http_transient(CURLcode rc)
{
	return rc == CURLE_PARTIAL_FILE || rc == CURLE_RECV_ERROR || rc == CURLE_SEND_ERROR ||
	       rc == CURLE_GOT_NOTHING || rc == CURLE_OPERATION_TIMEDOUT ||
	       rc == CURLE_COULDNT_CONNECT;
}

/*
 * Open dir/.NAME.part, hashing what a previous run left in it (kept only
 * when it is not already longer than the file can be).  NULL after
 * reporting.
 */
static FILE *
http_open_part(const char *part, struct http_sink *s)
{
	char chunk[65536];
	size_t n;
	FILE *fp = fopen(part, "a+b");

	if (fp == NULL) {
		msg_error("%s: %s", part, strerror(errno));
		return NULL;
	}
	sha256_begin(&s->hash);
	s->got = 0;
	rewind(fp);
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0) {
		sha256_add(&s->hash, chunk, n);
		s->got += (long long)n;
	}
	/* From reading to writing a stream takes a seek (C11 7.21.5.3). */
	if (ferror(fp) || fseek(fp, 0, SEEK_END) != 0) {
		msg_error("%s: %s", part, strerror(errno));
		fclose(fp);
		return NULL;
	}
	if (s->got > s->limit) {
		if (ftruncate(fileno(fp), 0) != 0) {
			msg_error("%s: %s", part, strerror(errno));
			fclose(fp);
			return NULL;
		}
		sha256_begin(&s->hash);
		s->got = 0;
	}
	return fp;
}

/* Start the part over: a server that cannot resume sends the whole file. */
static int
http_restart(FILE *fp, struct http_sink *s, const char *part)
{
	if (fflush(fp) != 0 || ftruncate(fileno(fp), 0) != 0)
		return msg_error("%s: %s", part, strerror(errno));
	sha256_begin(&s->hash);
	s->got = 0;
	return 0;
}

/*
 * Transfer url into the part until it is whole or the tries run out.  0
 * when the transfer ended well, -1 after reporting.
 */
static int
http_transfer(const char *url, FILE *fp, struct http_sink *s, const char *part,
	      const struct fetch_entry *e)
{
	char err[CURL_ERROR_SIZE];
	struct buf why = BUF_INIT;
	int tries = 0, ret = -1;

	for (;;) {
		CURL *c;
		CURLcode rc;
		long long from = s->got;

		/* The size is known and all there: nothing left to ask for. */
		if (e->size >= 0 && s->got == e->size) {
			ret = 0;
			break;
		}
		c = http_handle(url, s, err);
		curl_easy_setopt(c, CURLOPT_RESUME_FROM_LARGE, (curl_off_t)s->got);
		rc = curl_easy_perform(c);
		http_why(&why, c, rc, err);
		curl_easy_cleanup(c);
		if (rc == CURLE_OK) {
			ret = 0;
			break;
		}
		if (s->too_big) {
			msg_error("%s: more than the %lld bytes %s: refused", url, s->limit,
				  e->size >= 0 ? "index.json gives it" : "--max-size allows");
			break;
		}
		if (s->write_errno) {
			msg_error("%s: %s", part, strerror(s->write_errno));
			break;
		}
		if (rc == CURLE_RANGE_ERROR || (rc == CURLE_HTTP_RETURNED_ERROR && from > 0 &&
		    strcmp(why.data, "HTTP 416") == 0)) {
			if (http_restart(fp, s, part) != 0)
				break;
			if (tries++ < limits.retries)
				continue;
		}
		if (!http_transient(rc) || tries++ >= limits.retries) {
			msg_error("%s: %s%s", url, why.data,
				  http_transient(rc) ? " (tries exhausted; run again to resume)" : "");
			break;
		}
		msg_warn("%s: %s at byte %lld: resuming", url, why.data, s->got);
	}
	buf_release(&why);
	return ret;
}

int
fetch_file(const char *url, const char *dir, const struct fetch_entry *e)
{
	struct buf part = BUF_INIT, final = BUF_INIT;
	char hex[SHA256_HEX_LEN + 1];
	struct http_sink s;
	int ok = 0, closed = 0;
	FILE *fp;

	memset(&s, 0, sizeof(s));
	s.limit = e->size >= 0 ? e->size : limits.max_size;
	buf_addf(&part, "%s/.%s.part", dir, e->name);
	buf_addf(&final, "%s/%s", dir, e->name);
	if ((fp = http_open_part(part.data, &s)) == NULL)
		goto out;
	s.fp = fp;
	if (http_transfer(url, fp, &s, part.data, e) != 0) {
		/* A transfer that ran out of tries keeps its part, to resume. */
		if (s.too_big || s.write_errno || s.got == 0)
			unlink(part.data);
		goto out;
	}
	closed = 1;
	if (fflush(fp) != 0 || fsync(fileno(fp)) != 0 || fclose(fp) != 0) {
		msg_error("%s: %s", part.data, strerror(errno));
		unlink(part.data);
		goto out;
	}
	sha256_end(&s.hash, hex);
	if (e->size >= 0 && s.got != e->size) {
		msg_error("%s: %lld bytes, index.json gives %lld: refused", url, s.got, e->size);
		unlink(part.data);
	} else if (strcmp(hex, e->sha256) != 0) {
		msg_error("%s: SHA-256 %s does not match SHA256SUMS (%s): refused", url, hex,
			  e->sha256);
		unlink(part.data);
	} else if (rename(part.data, final.data) != 0) {
		msg_error("%s: %s", final.data, strerror(errno));
		unlink(part.data);
	} else {
		ok = 1;
	}
out:
	if (fp != NULL && !closed)
		fclose(fp);
	buf_release(&part);
	buf_release(&final);
	return ok ? 0 : -1;
}
