#!/bin/sh
# captive-ingest: files, folders, stdin, gzip; the record's members.
. "$(dirname "$0")/lib.sh"

mkdir -p corpus/b corpus/a/.hidden
printf 'Second article.\n' >corpus/b/two.txt
printf 'First article.\n' >corpus/a/one.txt
printf 'Hidden.\n' >corpus/a/.hidden/x.txt
printf 'Zipped article.\n' | gzip >corpus/a/three.txt.gz

test_expect_success 'folders are walked recursively in byte order, hidden entries skipped' '
	captive-ingest -q corpus | jq -r .source >sources &&
	printf "corpus/a/one.txt\ncorpus/a/three.txt.gz\ncorpus/b/two.txt\n" >expect &&
	test_cmp expect sources
'

test_expect_success 'gzip input is decompressed; size and sha256 are of the raw bytes' '
	captive-ingest -q corpus/a/three.txt.gz >rec &&
	jq -e ".text == \"Zipped article.\n\" and .format == \"text\"" rec &&
	gzip -dc corpus/a/three.txt.gz | sha256sum | cut -c1-64 >want &&
	jq -r .sha256 rec >got && test_cmp want got &&
	jq -e ".size == 16 and (.id == \"doc-\" + (.sha256[0:16]))" rec
'

test_expect_success 'stdin is read as "-"' '
	printf "From stdin.\n" | captive-ingest -q - >rec &&
	jq -e ".source == \"-\" and .text == \"From stdin.\n\"" rec
'

test_expect_success 'a missing file is reported, the others go through, exit 1' '
	test_must_fail 1 captive-ingest -q corpus/a/one.txt nope.txt corpus/b/two.txt >out 2>err &&
	test_grep "^captive-ingest: nope.txt: cannot open: No such file" err &&
	test $(wc -l <out) -eq 2
'

test_expect_success 'a byte order mark is not part of the text' '
	printf "\357\273\277Title\n" >bom.txt &&
	captive-ingest -q bom.txt | jq -e ".text == \"Title\n\""
'

test_expect_success 'an HTML page is recognised by its content' '
	printf "<!DOCTYPE html>\n<html><body><p>x</p></body></html>\n" >page &&
	captive-ingest -q page | jq -e ".format == \"html\""
'

test_expect_success 'an HTML page in a declared charset is converted to UTF-8' '
	printf "<html><head><meta charset=\"iso-8859-1\"></head><body>caf\351</body></html>" >latin.html &&
	captive-ingest -q latin.html | jq -e ".text | contains(\"caf\u00e9\")"
'

test_expect_success 'an unknown charset is reported' '
	printf "<html><head><meta charset=\"x-klingon\"></head><body>x</body></html>" >k.html &&
	test_must_fail 1 captive-ingest -q k.html 2>err &&
	test_grep "k.html: unknown charset \"x-klingon\"" err
'

test_expect_success 'no arguments is a usage error' '
	test_must_fail 2 captive-ingest 2>err && test_grep "^usage: captive-ingest" err
'
test_done
