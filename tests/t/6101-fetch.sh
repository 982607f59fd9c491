#!/bin/sh
# captive-fetch against releases served on 127.0.0.1 inside the test, by
# python3 -m http.server and by tests/fixtures/fetch-server.py (which can
# drop a connection halfway, hang, or ignore Range): a good download
# verifies and equals the original; a tampered or oversized file is refused
# and not left behind; a dropped transfer resumes; a missing file, a 404
# and a hanging server fail clearly, non-zero, within a set time.  Every
# server stops by itself after 60 s and is killed when the script ends.
. "$(dirname "$0")/lib.sh"

FIX=$ROOT/tests/fixtures
SERVERS=
trap 'for p in $SERVERS; do kill "$p" 2>/dev/null; done; rm -rf "$TMP"' EXIT

# wait_file FILE: until FILE is not empty, at most 10 s.
wait_file() {
	i=0
	while [ ! -s "$1" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
	[ -s "$1" ]
}

# serve NAME ROOT [fetch-server options]: a fetch-server.py, its port in
# $TMP/NAME.port, its requests in $TMP/NAME.log.
serve() {
	n=$1 r=$2
	shift 2
	python3 "$FIX/fetch-server.py" --root "$r" --port-file "$TMP/$n.port" \
		--log "$TMP/$n.log" --lifetime 60 "$@" 2>>"$TMP/$n.err" &
	SERVERS="$SERVERS $!"
	wait_file "$TMP/$n.port"
}

# same A B: the same file names, each the same bytes.
same() {
	(cd "$1" && ls) >"$TMP/same.a" && (cd "$2" && ls) >"$TMP/same.b" &&
	test_cmp "$TMP/same.a" "$TMP/same.b" &&
	for f in $(cat "$TMP/same.a"); do cmp "$1/$f" "$2/$f" || return 1; done
}

# The published release: the fixture's, with index.json beside it.
captive-emit -q --out emit "$FIX/emit-small.jsonl" &&
captive-release -q --version 1.0.0 --out pub emit || exit 1
REL=$TMP/pub/captive-1.0.0

# python3 -m http.server, as the issue asks, bounded by timeout(1).
(cd pub && exec timeout 60 python3 -u -m http.server --bind 127.0.0.1 0 >"$TMP/std.out" 2>&1) &
SERVERS="$SERVERS $!"
wait_file "$TMP/std.out"
STD=http://127.0.0.1:$(sed -n 's/.* port \([0-9]*\) .*/\1/p' "$TMP/std.out")

test_expect_success 'setup: a release served by python3 -m http.server' '
	curl_ok=$(captive-fetch --help | head -1) && test -n "$curl_ok" &&
	case $STD in http://127.0.0.1:[0-9]*) ;; *) false ;; esac
'

test_expect_success 'a good download verifies and equals the original (cmp)' '
	captive-fetch -q "$STD/captive-1.0.0/" got 2>err &&
	test ! -s err &&
	same "$REL" got &&
	(cd got && sha256sum -c --quiet SHA256SUMS) &&
	! ls -A got | grep "^\."
'

test_expect_success 'the default DIR is the release folder'"'"'s name; a second run keeps what is verified' '
	mkdir here && (cd here && captive-fetch -q "$STD/captive-1.0.0") &&
	same "$REL" here/captive-1.0.0 &&
	cp here/captive-1.0.0/persons.csv.gz before.gz &&
	(cd here && captive-fetch -q "$STD/captive-1.0.0") && cmp before.gz here/captive-1.0.0/persons.csv.gz
'

test_expect_success 'file:// URLs too' '
	captive-fetch -q "file://$REL" got-file && same "$REL" got-file
'

test_expect_success '--list reads index.json: every release, its files, bytes and URL' '
	captive-release -q --version 1.1.0 --out pub emit &&
	captive-fetch --list "$STD/" >list &&
	printf "1.1.0\n1.0.0\n" >expect && cut -f1 list >versions && test_cmp expect versions &&
	n=$(ls "$REL" | wc -l) && b=$(cat "$REL"/* | wc -c) &&
	test_grep "^1\.0\.0	1\.0\.0	$n files	$b bytes	$STD/captive-1\.0\.0/$" list &&
	captive-fetch --list "file://$TMP/pub/index.json" >list2 && cut -f1 list2 >versions2 &&
	test_cmp expect versions2
'

# A copy of the release whose persons.csv.gz has one byte changed (the
# same size): SHA256SUMS and index.json unchanged.
mkdir -p bad && cp -r "$REL" bad/ && cp pub/index.json bad/ &&
printf "\\377" | dd of=bad/captive-1.0.0/persons.csv.gz bs=1 seek=40 conv=notrunc 2>/dev/null
serve bad "$TMP/bad"
BAD=http://127.0.0.1:$(cat "$TMP/bad.port")

test_expect_success 'a tampered file is refused and not left behind; the rest arrives' '
	test_must_fail 1 captive-fetch -q "$BAD/captive-1.0.0" got-bad 2>err &&
	test_grep "persons\.csv\.gz: SHA-256 [0-9a-f]{64} does not match SHA256SUMS \([0-9a-f]{64}\): refused$" err &&
	test ! -e got-bad/persons.csv.gz && test ! -e got-bad/.persons.csv.gz.part &&
	test ! -e got-bad/SHA256SUMS &&
	cmp "$REL/events.csv.gz" got-bad/events.csv.gz
'

# The tampered server refuses persons.csv.gz, so a DIR holding a whole
# copy of another release must not keep a SHA256SUMS that claims it whole.
test_expect_success 'a DIR holding another release: its SHA256SUMS goes first, verified files stay' '
	cp -r got other && printf "%064d  gone.txt\n" 0 >>other/SHA256SUMS &&
	rm other/persons.csv.gz other/events.csv.gz &&
	test_must_fail 1 captive-fetch -q "$BAD/captive-1.0.0" other 2>err &&
	test_grep "other/SHA256SUMS: another release.s: removed until this one is whole$" err &&
	test ! -e other/SHA256SUMS && test ! -e other/persons.csv.gz &&
	cmp "$REL/events.csv.gz" other/events.csv.gz &&
	cmp "$REL/mentions.csv.gz" other/mentions.csv.gz
'

test_expect_success 'a file larger than index.json says is refused, not left behind' '
	jq "(.releases[] | select(.version == \"1.0.0\") | .files[] | select(.name == \"events.csv.gz\") | .bytes) -= 10" \
		pub/index.json >bad/index.json &&
	test_must_fail 1 captive-fetch -q "$BAD/captive-1.0.0" got-big 2>err &&
	test_grep "events\.csv\.gz: more than the [0-9]+ bytes index\.json gives it: refused$" err &&
	test ! -e got-big/events.csv.gz && ! ls -A got-big | grep "^\.events"
'

test_expect_success 'without an index, --max-size bounds a file' '
	rm bad/index.json &&
	test_must_fail 1 captive-fetch -q --max-size 600 "$BAD/captive-1.0.0" got-max 2>err &&
	test_grep "mentions\.csv\.gz|README\.md|captive\.json\.gz" err &&
	test_grep "more than the 600 bytes --max-size allows: refused$" err &&
	test ! -e got-max/README.md && ! ls -A got-max | grep "\.part$"
'

test_expect_success 'a damaged index.json is a warning: the release still verified by SHA256SUMS' '
	mkdir idx && cp -r "$REL" idx/ && echo "{broken" >idx/index.json &&
	captive-fetch -q "file://$TMP/idx/captive-1.0.0" got-idx 2>err &&
	test_grep "idx/index.json:1: .*: sizes not checked$" err &&
	same "$REL" got-idx
'

test_expect_success 'a URL that is not a release: no SHA256SUMS, exit 1, nothing made' '
	test_must_fail 1 captive-fetch -q "$STD/nothing-here" got-none 2>err &&
	test_grep "nothing-here: no SHA256SUMS there: not a captive release$" err &&
	test ! -e got-none &&
	test_must_fail 1 captive-fetch -q "$STD" got-none 2>err &&
	test_grep "names no release folder" err &&
	test_must_fail 2 captive-fetch -q "ftp://127.0.0.1/x" 2>err &&
	test_grep "not an http://, https:// or file:// URL" err
'

# SHA256SUMS with bad lines (not hex, a path outside DIR), and one file
# listed that the server does not have (404).
mkdir -p odd && cp -r "$REL" odd/ &&
{ cat "$REL/SHA256SUMS"; echo "not a checksum line"; echo "$(sha256sum <"$REL/LICENSE" | cut -c1-64)  ../escape"; } \
	>odd/captive-1.0.0/SHA256SUMS
mkdir -p gone && cp -r "$REL" gone/ && rm gone/captive-1.0.0/relations.csv.gz
serve odd "$TMP/odd"
serve gone "$TMP/gone"

test_expect_success 'SHA256SUMS with bad lines: each named by its line, the good files still fetched' '
	test_must_fail 1 captive-fetch -q "http://127.0.0.1:$(cat odd.port)/captive-1.0.0" got-odd 2>err &&
	n=$(wc -l <"$REL/SHA256SUMS") &&
	test_grep "SHA256SUMS:$((n + 1)): not \"<64 hex digits>  <file name>\": \"not a checksum line\"$" err &&
	test_grep "SHA256SUMS:$((n + 2)): not .*\.\./escape\"$" err &&
	test ! -e escape && test ! -e got-odd/SHA256SUMS &&
	cmp "$REL/persons.csv.gz" got-odd/persons.csv.gz
'

test_expect_success 'a missing file (404): a clear error, exit 1, within 20 s' '
	start=$(date +%s) &&
	test_must_fail 1 timeout 20 captive-fetch -q "http://127.0.0.1:$(cat gone.port)/captive-1.0.0" got-gone 2>err &&
	test $(($(date +%s) - start)) -lt 20 &&
	test_grep "/captive-1\.0\.0/relations\.csv\.gz: HTTP 404$" err &&
	test ! -e got-gone/relations.csv.gz && test ! -e got-gone/SHA256SUMS
'

test_expect_success 'a missing file over file://: a clear error' '
	test_must_fail 1 captive-fetch -q "file://$TMP/gone/captive-1.0.0" got-gone2 2>err &&
	test_grep "/captive-1\.0\.0/relations\.csv\.gz: no such file$" err
'

serve drop "$TMP/pub" --drop-once captive.json.gz
serve norange "$TMP/pub" --drop-once captive.json.gz --no-range
serve hang "$TMP/pub" --hang SHA256SUMS
serve hang2 "$TMP/pub" --hang events.csv.gz

test_expect_success 'a connection dropped halfway resumes with a Range request' '
	captive-fetch "http://127.0.0.1:$(cat drop.port)/captive-1.0.0" got-drop 2>err &&
	test_grep "captive\.json\.gz: .* at byte [0-9]+: resuming$" err &&
	half=$(( $(wc -c <"$REL/captive.json.gz") / 2 )) &&
	test_grep "^GET /captive-1\.0\.0/captive\.json\.gz bytes=$half-$" drop.log &&
	same "$REL" got-drop
'

test_expect_success 'a server that ignores Range: the file is asked again whole' '
	captive-fetch -q "http://127.0.0.1:$(cat norange.port)/captive-1.0.0" got-norange 2>err &&
	same "$REL" got-norange
'

test_expect_success 'a part left by an interrupted run is resumed, not fetched again' '
	mkdir got-part && size=$(wc -c <"$REL/captive.xml.gz") &&
	head -c $((size / 3)) "$REL/captive.xml.gz" >got-part/.captive.xml.gz.part &&
	: >drop.log &&
	captive-fetch -q "http://127.0.0.1:$(cat drop.port)/captive-1.0.0" got-part &&
	test_grep "^GET /captive-1\.0\.0/captive\.xml\.gz bytes=$((size / 3))-$" drop.log &&
	same "$REL" got-part
'

test_expect_success 'a hanging server: a clear error and exit 1 after --timeout, within 20 s' '
	start=$(date +%s) &&
	test_must_fail 1 timeout 20 captive-fetch -q --timeout 2 --retries 0 \
		"http://127.0.0.1:$(cat hang.port)/captive-1.0.0" got-hang 2>err &&
	test $(($(date +%s) - start)) -lt 20 &&
	test_grep "/SHA256SUMS: nothing received for 2 s \(--timeout\)$" err &&
	test ! -e got-hang
'

test_expect_success 'a file that hangs: tried again, then an error; the rest verified' '
	start=$(date +%s) &&
	test_must_fail 1 timeout 30 captive-fetch -q --timeout 2 --retries 1 \
		"http://127.0.0.1:$(cat hang2.port)/captive-1.0.0/" got-hang2 2>err &&
	test $(($(date +%s) - start)) -lt 30 &&
	test_grep "/events\.csv\.gz: nothing received for 2 s \(--timeout\) at byte 0: resuming$" err &&
	test_grep "/events\.csv\.gz: nothing received for 2 s \(--timeout\) \(tries exhausted; run again to resume\)$" err &&
	test "$(grep -c "GET /captive-1.0.0/events.csv.gz" hang2.log)" = 2 &&
	test ! -e got-hang2/events.csv.gz && test ! -e got-hang2/SHA256SUMS &&
	! ls -A got-hang2 | grep "\.part$" &&
	cmp "$REL/persons.csv.gz" got-hang2/persons.csv.gz
'

# https: a certificate for 127.0.0.1 made here, trusted only with --cacert.
if openssl req -x509 -newkey rsa:2048 -nodes -keyout key.pem -out cert.pem -days 1 \
	-subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 >/dev/null 2>&1; then
	serve tls "$TMP/pub" --tls cert.pem key.pem
	test_expect_success 'https: refused with an unknown CA, verified with --cacert' '
		test_must_fail 1 captive-fetch -q "https://127.0.0.1:$(cat tls.port)/captive-1.0.0" got-tls 2>err &&
		test_grep "SHA256SUMS: .*(certificate|SSL)" err &&
		test ! -e got-tls &&
		captive-fetch -q --cacert cert.pem "https://127.0.0.1:$(cat tls.port)/captive-1.0.0" got-tls &&
		same "$REL" got-tls
	'
else
	test_skip 'https with a certificate made here' 'openssl cannot make a certificate'
fi

test_expect_success 'a folder that cannot be made or written: exit 1, named' '
	: >afile &&
	test_must_fail 1 captive-fetch -q "$STD/captive-1.0.0" afile/sub 2>err &&
	test_grep "afile/sub: cannot make the folder: Not a directory$" err &&
	test_must_fail 1 captive-fetch -q "$STD/captive-1.0.0" /dev/full 2>err &&
	test_grep "/dev/full: cannot write in it: " err
'

if mkdir small && mount -t tmpfs -o size=12k tmpfs small 2>/dev/null; then
	SERVERS="$SERVERS" && trap 'umount "$TMP/small" 2>/dev/null; for p in $SERVERS; do kill "$p" 2>/dev/null; done; rm -rf "$TMP"' EXIT
	test_expect_success 'a full disk (a 12 KiB tmpfs): the file is named, nothing half-written, what was there intact' '
		echo keep >small/keep.txt &&
		test_must_fail 1 captive-fetch -q "$STD/captive-1.0.0" small/rel 2>err &&
		test_grep "small/rel/\.[a-zA-Z_.]+\.part: No space left on device$" err &&
		! ls -A small/rel | grep "\.part$" &&
		test ! -e small/rel/SHA256SUMS &&
		for f in small/rel/*; do cmp "$f" "$REL/${f##*/}" || return 1; done &&
		test "$(cat small/keep.txt)" = keep
	'
	umount small
else
	test_skip 'a full disk (a 12 KiB tmpfs)' 'cannot mount a tmpfs here (not root?)'
fi

test_expect_success 'usage: --help, --version, misuse' '
	captive-fetch --help >help && test_grep "^usage: captive-fetch" help &&
	captive-fetch --version >v && test_grep "^captive-fetch [0-9]" v &&
	test_must_fail 2 captive-fetch 2>/dev/null &&
	test_must_fail 2 captive-fetch --timeout 0 "$STD/x" 2>/dev/null &&
	test_must_fail 2 captive-fetch --list a b 2>/dev/null
'

test_done
