#!/bin/sh
# captive-emit: the tables, the JSON and the XML of a small hand-written
# stream; the files are valid gzip, CSV, JSON and XML (against captive.xsd);
# bad records are reported with input and line and the rest is written.
. "$(dirname "$0")/lib.sh"

FIX=$ROOT/tests/fixtures

test_expect_success 'emit writes every table of tables.json and the trees' '
	captive-emit -q --out out "$FIX/emit-small.jsonl" &&
	jq -r ".tables[].name" "$ROOT/schema/tables.json" >tables &&
	test -s tables &&
	while read t; do test -f "out/$t.csv.gz" || exit 1; done <tables &&
	test -f out/captive.json.gz && test -f out/captive.xml.gz &&
	! ls -A out | grep "^\."
'

test_expect_success 'every output passes gzip -t' '
	for f in out/*.gz; do gzip -t "$f" || exit 1; done
'

test_expect_success 'each CSV has the header of tables.json and parses' '
	python3 - "$ROOT/schema/tables.json" out <<-\PY
	import csv, gzip, io, json, sys
	tables = json.load(open(sys.argv[1]))["tables"]
	for t in tables:
	    raw = gzip.open(sys.argv[2] + "/" + t["name"] + ".csv.gz").read()
	    assert b"\r\n" in raw, t["name"]
	    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
	    want = [f["name"] for f in t["schema"]["fields"]]
	    assert rows[0] == want, (t["name"], rows[0], want)
	    for r in rows[1:]:
	        assert len(r) == len(want), (t["name"], r)
	PY
'

test_expect_success 'CSV rows follow the input, lists joined with ;' '
	gzip -dc out/persons.csv.gz | tr -d "\r" >persons &&
	cat >expect <<-\EOF &&
	id,name,aliases,roles,nationality,gender,status,title,merges,document_ids
	p-aaaaaaaaaaaa,Ri Myong-sik,Lee Myeong-sik;Ri Myong Sik,victim,KR,male,detained,Pastor,Ri Myong-sik = Lee Myeong-sik (Korean romanization);Ri Myong Sik = Ri Myong-sik (the same name),doc-00112233445566aa;doc-00112233445566bb
	p-bbbbbbbbbbbb,Ri Myong-hui,,family,,,,,,doc-00112233445566aa
	EOF
	test_cmp expect persons &&
	gzip -dc out/event_participants.csv.gz | tr -d "\r" >parts &&
	cat >expect <<-\EOF &&
	event_id,participant_id,role
	e-111111111111,p-aaaaaaaaaaaa,victim
	e-111111111111,o-cccccccccccc,perpetrator
	e-222222222222,g-aaaaaaaaaaaa,victim
	EOF
	test_cmp expect parts
'

test_expect_success 'fields with commas, quotes and newlines are quoted' '
	python3 -c "
import csv, gzip, io
r = list(csv.DictReader(io.StringIO(gzip.open(\"out/events.csv.gz\").read().decode(), newline=\"\")))
assert r[0][\"evidence\"] == \"He was arrested in October 2015,\nin Pyongyang.\", r[0]
d = list(csv.DictReader(io.StringIO(gzip.open(\"out/documents.csv.gz\").read().decode(), newline=\"\")))
assert d[0][\"title\"] == \"Pastor held, \\\"sentenced\\\"\", d[0]
assert d[1][\"publisher\"] == \"\"
"
'

test_expect_success 'captive.json: each person with events, sources, evidence' '
	gzip -dc out/captive.json.gz >captive.json &&
	jq -e ".version and (.persons | length) == 2" captive.json &&
	jq -e ".persons[0].events[0] | .event_id == \"e-111111111111\" and .role == \"victim\" and .source == \"seeds/a.txt\" and (.evidence | test(\"arrested\"))" captive.json &&
	jq -e ".persons[0].documents | map(.id) == [\"doc-00112233445566aa\", \"doc-00112233445566bb\"]" captive.json &&
	jq -e ".persons[0].relations[0].predicate == \"older brother of\"" captive.json &&
	jq -e ".groups[0].events[0].type == \"repatriation\"" captive.json &&
	jq -e ".mentions == [{\"entity_id\": \"p-ffffffffffff\", \"document_id\": \"doc-00112233445566aa\", \"start\": 20, \"end\": 25, \"text\": \"Choi\"}]" captive.json &&
	jq -e "[.documents[] | has(\"text\")] | any | not" captive.json
'

test_expect_success 'captive.json is valid against captive.schema.json' '
	if python3 -c "import jsonschema" 2>/dev/null; then
		python3 -c "
import json, jsonschema, sys
s = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(s)
jsonschema.Draft202012Validator(s).validate(json.load(open(\"captive.json\")))
" "$ROOT/schema/captive.schema.json"
	else
		jq -e ".\"\$schema\"" "$ROOT/schema/captive.schema.json"
	fi
'

test_expect_success 'captive.xml validates against captive.xsd' '
	gzip -dc out/captive.xml.gz >captive.xml &&
	xmllint --noout --schema "$ROOT/schema/captive.xsd" captive.xml &&
	test "$(xmllint --xpath "string(/captive/persons/person[1]/events/event[1]/evidence)" captive.xml | head -1)" = "He was arrested in October 2015,"
'

test_expect_success 'the same input gives the same bytes' '
	captive-emit -q --out again "$FIX/emit-small.jsonl" &&
	diff -r out again
'

test_expect_success 'bad records: input:line, exit 1, the rest written' '
	test_must_fail 1 captive-emit -q --out bad "$FIX/emit-small.jsonl" "$FIX/emit-bad.jsonl" 2>err &&
	test_grep "^captive-emit: .*emit-bad.jsonl:1: \"aliases\" is not an array of strings$" err &&
	test_grep "^captive-emit: .*emit-bad.jsonl:2: unknown kind \"spaceship\"$" err &&
	test_grep "^captive-emit: 14 in, 12 out, 2 set aside$" err &&
	test "$(wc -l <err)" -eq 3 &&
	diff -r out bad
'

test_expect_success 'the summary reconciles the counts' '
	captive-emit --out sum <"$FIX/emit-bad.jsonl" 2>err;
	test_grep "^captive-emit: 2 in, 0 out, 2 set aside$" err &&
	test "$(gzip -dc sum/persons.csv.gz | wc -l)" -eq 1
'

test_expect_success 'usage: --help, --version, misuse' '
	captive-emit --help >help && test_grep "^usage: captive-emit" help &&
	captive-emit --version >v && test_grep "^captive-emit [0-9]" v &&
	test_must_fail 2 captive-emit 2>/dev/null &&
	test_must_fail 2 captive-emit --out x --bogus 2>/dev/null
'

test_done
