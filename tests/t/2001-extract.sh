#!/bin/sh
# captive-extract: persons, groups, events with dates and countries, exact
# evidence offsets, bad input.
. "$(dirname "$0")/lib.sh"

FIX=$ROOT/tests/fixtures
OFFSETS="python3 $FIX/extract-offsets.py"

test_expect_success '--help on stdout exits 0; --version; a bad option exits 2' '
	captive-extract --help >out && test_grep "^usage: captive-extract" out &&
	captive-extract --version | test_grep "^captive-extract " - &&
	test_must_fail 2 captive-extract --no-such-option 2>err
'

test_expect_success 'fixture: names, titles, nationality, victim roles' '
	captive-extract -q $FIX/extract-small.jsonl >out &&
	jq -s -e "[.[] | select(.kind==\"person\" and .name==\"John Smith\")][0] |
	    .roles == [\"victim\",\"activist\"] and .nationality == \"US\" and .title == \"Pastor\"" out &&
	jq -s -e "[.[] | select(.kind==\"person\" and .name==\"Jane Doe\")][0] | .roles == [\"official\"] and .gender == \"female\"" out
'

test_expect_success 'fixture: "eight women and three men" is the group of 11' '
	jq -s -e "[.[] | select(.kind==\"group\")] | length == 1 and .[0].count == 11 and .[0].nationality == \"KP\"" out
'

test_expect_success 'fixture: dates resolved against published, countries from places' '
	jq -s -e "[.[] | select(.kind==\"event\") | [.type, .date, .country]] ==
	    [[\"arrest\",\"2018-10\",\"KP\"],[\"sentence\",\"2019-01\",\"KP\"],[\"arrest\",\"2019-05~\",\"LA\"],[\"repatriation\",null,\"LA\"]]" out
'

test_expect_success 'fixture: negated ("not released") and hypothetical ("could face") acts are not events' '
	jq -s -e "any(.[]; .kind==\"event\" and (.type==\"release\" or .type==\"death\")) | not" out >/dev/null
'

test_expect_success 'fixture: every evidence and mention offset is exact' '
	$OFFSETS <out >n && test "$(cat n)" -gt 10
'

test_expect_success 'other records pass through; an empty text and "February 30" invent nothing' '
	jq -s -e "any(.[]; .kind==\"other\")" out >/dev/null &&
	jq -s -e "any(.[]; .document_id==\"doc-0000000000000002\") | not" out >/dev/null &&
	jq -s -e "any(.[]; .document_id==\"doc-0000000000000003\" and .kind==\"event\") | not" out >/dev/null
'

test_expect_success 'a record without text is reported and set aside, exit 1' '
	printf "{\"kind\":\"document\",\"id\":\"doc-1\"}\n{\"kind\":\"document\",\"id\":\"doc-2\",\"text\":\"Hi.\"}\n" >bad.jsonl &&
	test_must_fail 1 captive-extract bad.jsonl >out 2>err &&
	test_grep "bad.jsonl:1: record has no \"text\" field" err &&
	jq -s -e "any(.[]; .id==\"doc-2\")" out >/dev/null
'

test_expect_success 'one 10 MB sentence with names and control characters: no crash' '
	python3 -c "
import json
t = (\"Kim Jung-wook \\u0001 said \\\"x\\\" , \" * 350000)[:10000000]
print(json.dumps({\"kind\":\"document\",\"id\":\"doc-big\",\"text\":t}))" >big.jsonl &&
	captive-extract -q big.jsonl >out &&
	$OFFSETS <out >/dev/null
'

test_expect_success 'seeds: every evidence and mention offset is exact' '
	captive-ingest -q "$ROOT/seeds" | captive-clean -q | captive-extract -q >seeds.jsonl &&
	$OFFSETS <seeds.jsonl >n && test "$(cat n)" -gt 50
'

test_expect_success '--trace names the trigger line and the rules of each event' '
	echo "{\"kind\":\"document\",\"id\":\"doc-t\",\"published\":\"2019-06-20\",\"text\":\"Pastor John Smith was detained in May. He is serving a 15-year sentence.\"}" |
	captive-extract -q --trace >out 2>trace &&
	test "$(grep -c "^captive-extract: trace: doc-t: e-" trace)" = 2 &&
	grep -q "arrest (2019-05): trigger trigger-verbs.tsv:[0-9]*; victims: passive: the subject; date: the nearest date of its sentence" trace &&
	grep -q "sentence (no date): trigger trigger-verbs.tsv:[0-9]*; victims: noun: of, possessive or light verb" trace &&
	test "$(grep -c "\"kind\":\"event\"" out)" = 2
'

test_expect_success '--trace names the rule that gave an event another type' '
	echo "{\"kind\":\"document\",\"id\":\"doc-u\",\"text\":\"North Korean agents forced Ann Roe into a van outside her house in Seoul.\"}" |
	captive-extract -q --trace >out 2>trace &&
	grep -q "abduction (no date): trigger trigger-verbs.tsv:[0-9]*; victims: active: the object" trace &&
	grep -q "type abduction: done abroad by North Korea.s agents (event-types.tsv abroad-by-kp)" trace
'

test_expect_success 'two handings-on of the same people are written in the order they were travelled' '
	echo "{\"kind\":\"document\",\"id\":\"doc-o\",\"text\":\"Chinese police deported seven individuals to North Korea, the agency said on Friday. Earlier, Mongolia had deported the seven to China.\"}" |
	captive-extract -q >out &&
	grep "\"kind\":\"event\"" out | sed -n "s/.*\"country\":\"\([A-Z]*\)\".*/\1/p" | tr "\n" " " >got &&
	test "$(cat got)" = "MN CN "
'

test_done
