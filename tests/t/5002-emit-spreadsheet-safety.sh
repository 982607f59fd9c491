#!/bin/sh
# captive-emit, issue 13: a CSV cell of text that a spreadsheet would run
# as a formula (it starts with =, +, -, @, a tab or a CR) starts with a
# single quote, as OWASP recommends; the JSON and XML keep the exact text,
# and numbers are never touched.
. "$(dirname "$0")/lib.sh"

jq -c 'if .kind == "group" then .description = "=1+1 persons"
	elif .kind == "event" and .id == "e-111111111111" then .evidence = "+SUM(A1) was written on a wall."
	elif .kind == "event" then .evidence = "\tA tab first." | .date_text = "\rA return first."
	elif .kind == "person" and .id == "p-aaaaaaaaaaaa" then .aliases = ["@Jane Roe", "Ri Myong Sik"]
	elif .kind == "mention" and .text == "Choi" then .text = "-Choi"
	else . end' "$ROOT/tests/fixtures/emit-small.jsonl" >in.jsonl

test_expect_success 'the records go through' '
	captive-emit -q --out out in.jsonl
'

test_expect_success 'each formula-like text cell starts with a single quote' '
	gzip -dc out/groups.csv.gz | grep -q "^g-aaaaaaaaaaaa,doc-00112233445566bb,'"'"'=1+1 persons,11," &&
	gzip -dc out/events.csv.gz | grep -q ",'"'"'+SUM(A1) was written on a wall\.," &&
	gzip -dc out/events.csv.gz | grep -q "\"'"'"'$(printf "\r")A return first\.\"" &&
	gzip -dc out/events.csv.gz | grep -q ",'"'"'$(printf "\t")A tab first\.," &&
	gzip -dc out/persons.csv.gz | grep -q ",'"'"'@Jane Roe;Ri Myong Sik," &&
	gzip -dc out/mentions.csv.gz | grep -q ",20,25,'"'"'-Choi"
'

test_expect_success 'no cell of any table starts with a formula character' '
	for t in out/*.csv.gz; do
		gzip -dc "$t" | python3 -c "
import csv, sys
for row in csv.reader(sys.stdin):
    for cell in row:
        if cell[:1] in (\"=\", \"+\", \"@\", \"\\t\", \"\\r\") or (cell[:1] == \"-\" and not cell.lstrip(\"-\").isdigit()):
            sys.exit(\"formula cell: %r\" % cell)
" || exit 1
	done
'

test_expect_success 'the JSON and the XML keep the exact text' '
	gzip -dc out/captive.json.gz | jq -e "[.. | strings] | index(\"=1+1 persons\") and index(\"+SUM(A1) was written on a wall.\") and index(\"@Jane Roe\")" &&
	gzip -dc out/captive.xml.gz | grep -q ">=1+1 persons<" &&
	! gzip -dc out/captive.xml.gz | grep -q "'"'"'=1+1"
'

test_done
