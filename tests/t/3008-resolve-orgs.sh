#!/bin/sh
# Organizations under several names (issue 11): an acronym a text defines
# ("Ministry of State Security (MSS)") is an alias, the acronym alone and
# "the ministry" are mentions; across documents, the acronym alone ("the
# MSS") or an acronym that spells a name's initials (KCNA) joins the full
# name; stated countries that differ keep two apart.  Invented articles.
. "$(dirname "$0")/lib.sh"

mkdir in
printf 'Agents of the Ministry of State Security (MSS) arrested Ann Roe in Hyesan. The ministry denied it.\n' >in/o1.txt
printf 'The MSS questioned Bob Doe for a week, his wife said.\n' >in/o2.txt
printf 'The Korean Central News Agency said Bob Doe confessed.\n' >in/o3.txt
printf 'KCNA said Bob Doe would be tried. The National Intelligence Service (NIS) declined to comment.\n' >in/o4.txt
printf 'An NIS spokesman said Ann Roe was alive.\n' >in/o5.txt

# (--keep-off-topic: the short texts tie no act to North Korea)
test_expect_success 'the chain runs' '
	captive-ingest -q in | captive-clean -q | captive-extract -q | captive-resolve -q --keep-off-topic >out
'

test_expect_success 'each organization is one record under its full name' '
	jq -c "select(.kind == \"organization\") | [.name, .aliases, (.document_ids | length)]" out | sort >got &&
	cat >want <<-\EOF &&
	["Korean Central News Agency",["KCNA"],2]
	["Ministry of State Security",["MSS"],2]
	["National Intelligence Service",["NIS"],2]
	EOF
	test_cmp want got
'

test_expect_success 'the acronym and "the ministry" are mentions of it' '
	id=$(jq -r "select(.kind == \"organization\" and .name == \"Ministry of State Security\") | .id" out) &&
	jq -r "select(.kind == \"mention\" and .entity_id == \"$id\") | .text" out >got &&
	printf "%s\n" "Ministry of State Security" MSS "The ministry" MSS >want &&
	test_cmp want got
'

D1=doc-0000000000000001 D2=doc-0000000000000002
cat >countries.jsonl <<JSON
{"kind":"document","id":"$D1"}
{"kind":"organization","id":"o-a00000000001","document_id":"$D1","name":"Ministry of State Security","aliases":["MSS"],"org_kind":"government","country":"KP"}
{"kind":"document","id":"$D2"}
{"kind":"organization","id":"o-b00000000001","document_id":"$D2","name":"MSS","aliases":[],"org_kind":"other","country":"CN"}
JSON

test_expect_success 'stated countries that differ keep two organizations apart' '
	captive-resolve -q countries.jsonl >c1 &&
	test $(jq -s "map(select(.kind == \"organization\")) | length" c1) -eq 2 &&
	sed "s/\"country\":\"CN\"/\"country\":null/" countries.jsonl >nocountry.jsonl &&
	captive-resolve -q nocountry.jsonl >c2 &&
	test $(jq -s "map(select(.kind == \"organization\")) | length" c2) -eq 1
'
test_done
