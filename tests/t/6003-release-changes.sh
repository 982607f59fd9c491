#!/bin/sh
# captive-release: changes.csv.gz lists, by stable id, the rows added,
# removed and changed since the previous release, with the changed columns
# and their old and new values; CHANGES.md says the same for people.
. "$(dirname "$0")/lib.sh"

FIX=$ROOT/tests/fixtures

# Version 2 of the fixture: one person removed (p-bbb), one added (p-ccc),
# one changed (p-aaa: an alias more, released), an event's date made
# precise and a participant added to it, an event removed and one added,
# a document's title corrected.
test_expect_success 'setup: two releases of the fixture, the second edited' '
	captive-emit -q --out emit1 "$FIX/emit-small.jsonl" &&
	captive-release -q --version 1.0.0 --out dist emit1 &&
	jq -c "
	  if .id == \"p-aaaaaaaaaaaa\" then .aliases += [\"Ri Myongsik\"] | .status = \"released\"
	  elif .id == \"e-111111111111\" then .date = \"2015-10-08\" | .date_text = \"on 8 October 2015\"
	    | .participants += [{participant_id: \"p-cccccccccccc\", role: \"intervening\"}]
	  elif .id == \"doc-00112233445566aa\" then .title = \"Pastor freed\"
	  else . end
	  | select(.id != \"p-bbbbbbbbbbbb\" and .id != \"e-222222222222\")" \
	  "$FIX/emit-small.jsonl" >v2.jsonl &&
	cat >>v2.jsonl <<-\JSONL &&
	{"kind":"person","id":"p-cccccccccccc","name":"Han Ju-won","aliases":[],"roles":["victim"],"nationality":"KR","document_ids":["doc-00112233445566bb"]}
	{"kind":"event","id":"e-444444444444","document_id":"doc-00112233445566bb","type":"release","date":"2020","evidence":"Han Ju-won was freed in 2020.","start":0,"end":29,"participants":[{"participant_id":"p-cccccccccccc","role":"victim"}]}
	JSONL
	captive-emit -q --out emit2 v2.jsonl &&
	captive-release -q --version 1.1.0 --out dist emit2
'

test_expect_success 'a first release has changes.csv.gz with the header only' '
	printf "table,id,change,field,previous,current\r\n" >expect &&
	gzip -dc dist/captive-1.0.0/changes.csv.gz >actual &&
	cmp expect actual
'

test_expect_success 'changes.csv.gz holds exactly the expected changes, in order' '
	cat >expect.txt <<-\CSV &&
	table,id,change,field,previous,current
	documents,doc-00112233445566aa,changed,title,"Pastor held, ""sentenced""",Pastor freed
	persons,p-aaaaaaaaaaaa,changed,aliases,Lee Myeong-sik;Ri Myong Sik,Lee Myeong-sik;Ri Myong Sik;Ri Myongsik
	persons,p-aaaaaaaaaaaa,changed,status,detained,released
	persons,p-bbbbbbbbbbbb,removed,,,
	persons,p-cccccccccccc,added,,,
	events,e-111111111111,changed,date,2015-10,2015-10-08
	events,e-111111111111,changed,date_text,in October 2015,on 8 October 2015
	events,e-111111111111,changed,participants,o-cccccccccccc:perpetrator;p-aaaaaaaaaaaa:victim,o-cccccccccccc:perpetrator;p-aaaaaaaaaaaa:victim;p-cccccccccccc:intervening
	events,e-222222222222,removed,,,
	events,e-444444444444,added,,,
	CSV
	sed "s/\$/\r/" expect.txt >expect &&
	gzip -dc dist/captive-1.1.0/changes.csv.gz >actual &&
	test_cmp expect actual
'

test_expect_success 'CHANGES.md lists the same persons and events' '
	c=dist/captive-1.1.0/CHANGES.md &&
	sed -n "/^## Persons added/,\$p" $c >md &&
	cat >expect <<-\MD &&
	## Persons added (1)

	- `p-cccccccccccc` Han Ju-won

	## Persons removed (1)

	- `p-bbbbbbbbbbbb` Ri Myong-hui

	## Persons changed (1)

	- `p-aaaaaaaaaaaa` Ri Myong-sik: `aliases`, `status`

	## Events added (1)

	- `e-444444444444` release, 2020, doc-00112233445566bb

	## Events removed (1)

	- `e-222222222222` repatriation, doc-00112233445566bb

	## Events changed (1)

	- `e-111111111111` arrest, 2015-10-08, doc-00112233445566aa: `date`, `date_text`, `participants`
	MD
	test_cmp expect md
'

test_expect_success 'changes is a resource of datapackage.json and a table of the codebook' '
	dp=dist/captive-1.1.0/datapackage.json &&
	jq -e ".resources[] | select(.name == \"changes\") | .path == \"changes.csv.gz\" and
		([.schema.fields[].name] == [\"table\",\"id\",\"change\",\"field\",\"previous\",\"current\"])" $dp &&
	test "$(jq ".resources[] | select(.name == \"changes\") | .bytes" $dp)" = \
	     "$(wc -c <dist/captive-1.1.0/changes.csv.gz)" &&
	test_grep "^### changes$" dist/captive-1.1.0/README.md &&
	test_grep "^File \`changes.csv.gz\`, 10 rows\.$" dist/captive-1.1.0/README.md &&
	(cd dist/captive-1.1.0 && sha256sum -c --quiet SHA256SUMS)
'

test_expect_success 'rebuilding the second release gives the same changes' '
	cp dist/captive-1.1.0/changes.csv.gz first.gz &&
	captive-release -q --version 1.1.0 --out dist emit2 &&
	cmp first.gz dist/captive-1.1.0/changes.csv.gz
'

test_expect_success 'a release with no change says so' '
	captive-release -q --version 1.2.0 --out dist emit2 &&
	gzip -dc dist/captive-1.2.0/changes.csv.gz | wc -l >n && test "$(cat n)" = 1 &&
	test_grep "^## Persons changed \(0\)$" dist/captive-1.2.0/CHANGES.md
'

test_done
