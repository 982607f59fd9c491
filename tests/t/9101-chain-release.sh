#!/bin/sh
# The whole chain on the seeds: the release rebuilt in a temporary folder is
# byte-identical to the committed dist/, and every file in it is readable
# by a second, independent tool.
. "$(dirname "$0")/lib.sh"

VERSION=$(cat "$ROOT/VERSION")
REL=dist/captive-$VERSION

# The earlier releases go beside it, as in dist/: CHANGES.md is written
# against the latest of them.
test_expect_success 'make release rebuilds the seeds release in a temporary folder' '
	mkdir -p "$TMP/dist" &&
	for prev in "$ROOT"/dist/captive-*; do
		[ "$prev" = "$ROOT/$REL" ] || [ ! -d "$prev" ] || cp -r "$prev" "$TMP/dist/" || return 1
	done &&
	make -s -C "$ROOT" ${CAPTIVE_MAKEFLAGS:-} release DIST="$TMP/dist" WORK="$TMP/work" >make.out 2>&1 ||
	{ cat make.out; false; }
'

test_expect_success 'the rebuilt release is byte-identical to the committed one' '
	diff -r "$ROOT/$REL" "$REL"
'

test_expect_success 'and so are dist/index.json and the release page dist/index.html' '
	cmp "$ROOT/dist/index.json" dist/index.json &&
	cmp "$ROOT/dist/index.html" dist/index.html &&
	jq -e "[.releases[].version] | index(\"$VERSION\") != null" dist/index.json
'

test_expect_success 'the committed release is what the committed code builds (git)' '
	if git -C "$ROOT" rev-parse --git-dir >/dev/null 2>&1; then
		for f in "$REL"/* dist/index.json dist/index.html; do
			git -C "$ROOT" show "HEAD:${f%/*}/$(basename "$f")" >committed || return 1
			cmp committed "$f" || return 1
		done
	fi
'

test_expect_success 'no record was set aside on the seeds' '
	test ! -s work/rejects.jsonl 2>/dev/null || test ! -s "$TMP/work/rejects.jsonl"
'

test_expect_success 'every .gz passes gzip -t' '
	for f in "$REL"/*.gz; do gzip -t "$f" || return 1; done
'

test_expect_success 'every CSV table parses with python csv and has the schema header' '
	python3 - "$REL" "$ROOT/schema/tables.json" <<-PY
	import csv, gzip, io, json, sys
	rel, tables = sys.argv[1], json.load(open(sys.argv[2]))["tables"]
	for t in tables:
	    want = [f["name"] for f in t["schema"]["fields"]]
	    raw = gzip.open(f"{rel}/{t['"'"'name'"'"']}.csv.gz").read().decode("utf-8")
	    rows = list(csv.reader(io.StringIO(raw, newline="")))
	    assert rows and rows[0] == want, (t["name"], rows[:1], want)
	    assert all(len(r) == len(want) for r in rows), t["name"]
	PY
'

test_expect_success 'captive.json.gz parses with jq' '
	gzip -dc "$REL/captive.json.gz" | jq -e "type == \"object\"" >/dev/null
'

test_expect_success 'captive.xml.gz validates against the XSD' '
	gzip -dc "$REL/captive.xml.gz" >captive.xml &&
	xmllint --noout --nonet --schema "$ROOT/schema/captive.xsd" captive.xml
'

test_expect_success 'SHA256SUMS checks' '
	(cd "$REL" && sha256sum -c --quiet SHA256SUMS)
'

test_expect_success 'each stage output is read by the next stage and by jq -c' '
	captive-ingest -q "$ROOT/seeds" >1.jsonl && jq -c . 1.jsonl >/dev/null &&
	captive-clean -q 1.jsonl >2.jsonl && jq -c . 2.jsonl >/dev/null &&
	captive-extract -q 2.jsonl >3.jsonl && jq -c . 3.jsonl >/dev/null &&
	captive-resolve -q 3.jsonl >4.jsonl && jq -c . 4.jsonl >/dev/null &&
	captive-validate -q 4.jsonl >5.jsonl && jq -c . 5.jsonl >/dev/null &&
	test_cmp 4.jsonl 5.jsonl &&
	captive-emit -q --out emit 5.jsonl && test -s emit/persons.csv.gz
'

test_expect_success 'every evidence offset is exact: text[start:end] == evidence (byline mentions: byline[start:end])' '
	python3 - 3.jsonl <<-PY
	import json, sys
	docs, bylines, bad = {}, {}, 0
	for line in open(sys.argv[1], encoding="utf-8"):
	    r = json.loads(line)
	    if r["kind"] == "document":
	        docs[r["id"]] = r["text"]
	        bylines[r["id"]] = r.get("byline") or ""
	    elif r["kind"] == "mention" and r.get("field") == "byline":
	        t = bylines[r["document_id"]]
	        bad += t[r["start"]:r["end"]] != r["text"]
	    elif "evidence" in r and "start" in r:
	        t = docs[r["document_id"]]
	        bad += t[r["start"]:r["end"]] != r["evidence"]
	    elif r["kind"] == "mention":
	        t = docs[r["document_id"]]
	        bad += t[r["start"]:r["end"]] != r["text"]
	assert bad == 0, f"{bad} records whose offsets do not quote their evidence"
	PY
'
test_done
