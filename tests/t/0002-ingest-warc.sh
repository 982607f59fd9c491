#!/bin/sh
# captive-ingest on WARC archives: one written by wget from a local
# python3 -m http.server (127.0.0.1, a free port, killed on exit; every
# step has a timeout, so the test stops by itself), one written here by
# hand for the payload codings, and the bad archives of tests/bad.
. "$(dirname "$0")/lib.sh"

# text_of NAME FILE: the text of the document whose source ends with NAME.
# (Not jq -e with select: jq 1.6 then exits 4 when the last input
# matched nothing.)
text_of() {
	jq -j --arg n "$1" 'select(.source | endswith($n)) | .text' "$2"
}

server=
stop_server() {
	[ -n "$server" ] && kill "$server" 2>/dev/null
	server=
}
trap 'stop_server; rm -rf "$TMP"' EXIT
trap 'exit 1' INT TERM HUP

# The site: a page in UTF-8, a page in EUC-KR declared in a meta tag, a
# page in Windows-1252 declared by http-equiv, a text file.
mkdir site
python3 - <<'EOF'
open("site/utf8.html", "w", encoding="utf-8").write(
    '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Café</title></head>\n'
    '<body><p>The café opened in Pyongyang.</p></body></html>\n')
open("site/korean.html", "wb").write(
    ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr">'
     '<title>평양</title></head><body><p>평양에서 억류된 선교사</p></body></html>\n').encode("euc-kr"))
open("site/latin.html", "wb").write(
    ('<html><head><meta http-equiv="content-type" content="text/html;charset=windows-1252">'
     '</head><body><p>A naïve “quote”.</p></body></html>\n').encode("windows-1252"))
open("site/notes.txt", "w", encoding="utf-8").write("Plain notes, ünïcode.\n")
EOF

have_tools=yes
for tool in wget python3 timeout; do
	command -v $tool >/dev/null 2>&1 || have_tools="no ($tool missing; make deps installs it)"
done

start_server() {
	(cd site && exec timeout 120 python3 -u -m http.server 0 --bind 127.0.0.1) >server.log 2>&1 &
	server=$!
	i=0
	while [ $i -lt 50 ]; do
		port=$(sed -n 's/.* port \([0-9][0-9]*\) .*/\1/p' server.log | head -n 1)
		[ -n "$port" ] && return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}

# fetch NAME [wget options]: NAME.warc or NAME.warc.gz of the site's pages.
fetch() {
	name=$1
	shift
	base=http://127.0.0.1:$port
	timeout 60 wget -q --no-proxy --no-http-keep-alive --timeout=5 --tries=1 -O /dev/null \
		--warc-file="$name" "$@" \
		$base/utf8.html $base/korean.html $base/latin.html $base/notes.txt \
		$base/missing.html
	# wget exits 8 for the 404 on purpose; the archive must be there.
	[ -s "$name.warc" ] || [ -s "$name.warc.gz" ]
}

if [ "$have_tools" = yes ] && start_server && fetch plain --no-warc-compression && fetch zipped; then
	stop_server
	base=http://127.0.0.1:$port

	test_expect_success 'one document per HTML or text response, the URI as source' '
		captive-ingest plain.warc >docs 2>err &&
		jq -r "[.source, .format] | @tsv" docs >got &&
		printf "%s\thtml\n%s\thtml\n%s\thtml\n%s\ttext\n" $base/utf8.html \
			$base/korean.html $base/latin.html $base/notes.txt >want &&
		test_cmp want got
	'

	test_expect_success 'skipped records are counted in the note' '
		test_grep "^captive-ingest: plain\.warc: 14 records, 4 documents, 10 skipped \(5 request, 2 resource, 1 metadata, 1 response not 2xx, 1 warcinfo\)$" err
	'

	test_expect_success 'EUC-KR (meta http-equiv) and Windows-1252 pages come out as UTF-8' '
		text_of korean.html docs | grep -F "<p>평양에서 억류된 선교사</p>" &&
		text_of latin.html docs | grep -F "<p>A naïve “quote”.</p>" &&
		text_of utf8.html docs | grep -F "<p>The café opened in Pyongyang.</p>" &&
		text_of notes.txt docs >got && printf "Plain notes, ünïcode.\n" >want &&
		test_cmp want got
	'

	test_expect_success 'size and sha256 are of the payload; ids are distinct and the same each run' '
		jq -r "select(.format == \"text\") | \"\(.size) \(.sha256)\"" docs >got &&
		printf "%s %s\n" $(wc -c <site/notes.txt) $(sha256sum site/notes.txt | cut -c1-64) >want &&
		test_cmp want got &&
		test $(jq -r .id docs | sort -u | wc -l) -eq 4 &&
		captive-ingest -q plain.warc >again && test_cmp docs again
	'

	test_expect_success '.warc.gz (a gzip member per record) gives the same documents' '
		test -s zipped.warc.gz &&
		test $(gzip -dc zipped.warc.gz | grep -c "^WARC/1") -eq 14 &&
		captive-ingest -q zipped.warc.gz | jq -c "[.source, .sha256, .text]" >got &&
		jq -c "[.source, .sha256, .text]" docs >want && test_cmp want got
	'

	test_expect_success 'one gzip stream, stdin, and a WARC without its extension' '
		gzip -c plain.warc >whole.warc.gz &&
		captive-ingest -q whole.warc.gz | jq -c "[.source, .sha256]" >a &&
		captive-ingest -q - <zipped.warc.gz | jq -c "[.source, .sha256]" >b &&
		cp plain.warc crawl.dat && captive-ingest -q crawl.dat | jq -c "[.source, .sha256]" >c &&
		jq -c "[.source, .sha256]" docs >want &&
		test_cmp want a && test_cmp want b && test_cmp want c
	'

	test_expect_success 'the documents go through clean' '
		captive-ingest -q plain.warc | captive-clean -q --text >text &&
		test_grep "The café opened in Pyongyang" text
	'
else
	stop_server
	test_skip 'WARC archives written by wget' "wget and python3 -m http.server: $have_tools"
fi

# A response written by hand: chunked, then gzip, as on the wire; and one
# that says gzip but was stored decoded (Common Crawl does that).
python3 - <<'EOF'
import gzip
page = b"<html><body><p>Chunked and gzipped news.</p></body></html>\n"
z = gzip.compress(page, mtime=0)
chunked = b"".join(b"%x\r\n" % len(z[i:i + 20]) + z[i:i + 20] + b"\r\n" for i in range(0, len(z), 20)) + b"0\r\n\r\n"
def rec(n, http):
    return (b"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:%d>\r\n"
            b"WARC-Target-URI: http://example.org/%d\r\nContent-Type: application/http;msgtype=response\r\n"
            b"Content-Length: %d\r\n\r\n" % (n, n, len(http))) + http + b"\r\n\r\n"
wire = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n"
        b"Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n" + chunked)
stored = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
          b"Content-Length: %d\r\n\r\n" % len(page)) + page
open("codings.warc", "wb").write(rec(1, wire) + rec(2, stored))
EOF

test_expect_success 'chunked and gzip payloads are decoded; stored-decoded ones read as they are' '
	captive-ingest -q codings.warc >docs &&
	test $(jq -r .text docs | grep -c "^<html><body><p>Chunked and gzipped news.</p></body></html>$") -eq 2 &&
	test "$(jq -r .size docs | tr "\n" " ")" = "59 59 "
'

test_expect_success 'a wrong Content-Length: both records reported, the reader finds the next ones' '
	test_must_fail 1 captive-ingest "$ROOT/tests/bad/warc-wrong-length.warc" >docs 2>err &&
	test_grep "record 1 \(http://example.org/a\): wrong Content-Length" err &&
	test_grep "record 3 \(http://example.org/c\): wrong Content-Length" err &&
	test_grep "4 records, 2 documents, 0 skipped, 2 set aside" err &&
	jq -r .source docs >got && printf "http://example.org/b\nhttp://example.org/d\n" >want &&
	test_cmp want got && jq -e ".text | endswith(\"</html>\n\")" docs
'

test_expect_success 'a corrupt gzip member costs its record only' '
	test_must_fail 1 captive-ingest -q "$ROOT/tests/bad/warc-corrupt-gzip.warc.gz" >docs 2>err &&
	jq -r .source docs >got && printf "http://example.org/a\nhttp://example.org/c\n" >want &&
	test_cmp want got
'

test_expect_success 'a truncated archive: what was whole is written, nothing half' '
	test_must_fail 1 captive-ingest -q "$ROOT/tests/bad/warc-truncated.warc" >docs 2>err &&
	test $(wc -l <docs) -eq 2 && ! grep -q example.org/c docs
'

test_expect_success 'a page whose meta charset straddles byte 1024 (was: unknown charset "ut")' '
	{ printf "<html><head>"; i=0; while [ $i -lt 100 ]; do printf "<link rel=x>"; i=$((i + 1)); done
	  printf "<meta charset=\"utf-8\"><title>x</title></head><body>caf\303\251</body></html>"; } >late.html &&
	test $(wc -c <late.html) -gt 1224 &&
	captive-ingest -q late.html | jq -e ".text | endswith(\"café</body></html>\")"
'

# Labels as pages write them: quoted inside http-equiv content, behind a
# ">" in a quoted attribute of another tag, and a content= without
# http-equiv (which the standard ignores: the page is UTF-8).
python3 - <<'EOF'
open("q.html", "wb").write(b'<html><head><meta http-equiv="Content-Type" '
    b'content="text/html; charset=\'windows-1252\'"></head><body>caf\xe9</body></html>')
open("k.html", "wb").write('<html><head><link title="a>b" href=x><meta charset=euc-kr>'
    '</head><body>평양</body></html>'.encode("euc-kr"))
open("np.html", "wb").write('<html><head><meta content="charset=euc-kr"></head>'
    '<body>café</body></html>'.encode("utf-8"))
EOF

test_expect_success 'charset labels: quoted, behind a ">" in a quoted attribute, content= alone' '
	captive-ingest -q q.html | jq -r .text | grep -F "<body>café</body>" &&
	captive-ingest -q k.html | jq -r .text | grep -F "<body>평양</body>" &&
	captive-ingest -q np.html | jq -r .text | grep -F "<body>café</body>"
'
test_done
