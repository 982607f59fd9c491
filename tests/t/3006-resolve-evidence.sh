#!/bin/sh
# captive-resolve (issue 11): a join of two names uses evidence beyond
# the name and says so: ages that give one year of birth, shared roles,
# the same dated event, a relative who is one person; ages that cannot
# be one person's, a reporter beside a detainee, or one spelling stated
# as of two nationalities, keep two people of one name apart.  Invented
# records.
. "$(dirname "$0")/lib.sh"

D1=doc-0000000000000001 D2=doc-0000000000000002
cat >in.jsonl <<JSON
{"kind":"document","id":"$D1","published":"2020-05-01"}
{"kind":"person","id":"p-a00000000001","document_id":"$D1","name":"Ri Song-ho","aliases":[],"roles":["victim"],"nationality":"KP","gender":"male","age":40}
{"kind":"person","id":"p-a00000000002","document_id":"$D1","name":"Ri Ok-hui","aliases":[],"roles":["family"]}
{"kind":"person","id":"p-a00000000003","document_id":"$D1","name":"Pak Chol-ho","aliases":[],"roles":["victim"],"age":25}
{"kind":"event","id":"e-a00000000001","document_id":"$D1","type":"arrest","date":"2019-03","country":"CN","participants":[{"participant_id":"p-a00000000001","role":"victim"}]}
{"kind":"relation","subject_id":"p-a00000000002","predicate":"family_of","object_id":"p-a00000000001","document_id":"$D1","evidence":"x"}
{"kind":"document","id":"$D2","published":"2021-02-01"}
{"kind":"person","id":"p-b00000000001","document_id":"$D2","name":"Lee Sung-ho","aliases":[],"roles":["victim","defector"],"nationality":"KP","age":41}
{"kind":"person","id":"p-b00000000002","document_id":"$D2","name":"Lee Ok-hee","aliases":[],"roles":["family"]}
{"kind":"person","id":"p-b00000000003","document_id":"$D2","name":"Park Chul-ho","aliases":[],"roles":["victim"],"age":62}
{"kind":"event","id":"e-b00000000001","document_id":"$D2","type":"arrest","date":"2019-03","country":"CN","participants":[{"participant_id":"p-b00000000001","role":"victim"}]}
{"kind":"relation","subject_id":"p-b00000000001","predicate":"family_of","object_id":"p-b00000000002","document_id":"$D2","evidence":"x"}
JSON

test_expect_success 'resolve runs' '
	captive-resolve -q in.jsonl >out
'

test_expect_success 'a join notes ages, roles, the same event and a shared relative' '
	jq -r "select(.kind == \"person\" and (.name == \"Ri Song-ho\" or .name == \"Lee Sung-ho\")) | .merges[]" out >merges &&
	cat >expect <<-\EOF &&
	Lee Sung-ho = Ri Song-ho (Korean romanization, nationality KP in both, ages agree (born 1979-1980), role victim in both, arrest 2019-03 in CN in both, relative Lee Ok-hee in both)
	EOF
	test_cmp expect merges
'

test_expect_success 'ages of two people of one name keep them apart' '
	test $(jq -s "map(select(.kind == \"person\" and (.name == \"Pak Chol-ho\" or .name == \"Park Chul-ho\"))) | length" out) -eq 2
'

test_expect_success 'the same names with ages that agree are joined' '
	sed "s/\"age\":62/\"age\":26/" in.jsonl >near.jsonl &&
	captive-resolve -q near.jsonl >out2 &&
	jq -s -e "map(select(.kind == \"person\" and .name == \"Park Chul-ho\"))[0].merges[0] |
		endswith(\"(Korean romanization, ages agree (born 1994-1995), role victim in both)\")" out2
'

test_expect_success 'a reporter and a detainee of one name are two people; a detained journalist is one' '
	cat >roles.jsonl <<-JSON &&
	{"kind":"document","id":"$D1","published":"2020-05-01"}
	{"kind":"person","id":"p-c00000000001","document_id":"$D1","name":"Han Min-jun","aliases":[],"roles":["journalist"]}
	{"kind":"person","id":"p-c00000000002","document_id":"$D1","name":"Carla Benton","aliases":[],"roles":["journalist"]}
	{"kind":"document","id":"$D2","published":"2021-02-01"}
	{"kind":"person","id":"p-d00000000001","document_id":"$D2","name":"Han Min-joon","aliases":[],"roles":["victim"]}
	{"kind":"person","id":"p-d00000000002","document_id":"$D2","name":"Carla J. Benton","aliases":[],"roles":["journalist","victim"]}
	JSON
	captive-resolve -q roles.jsonl >r &&
	test $(jq -s "map(select(.kind == \"person\" and (.name | startswith(\"Han Min\")))) | length" r) -eq 2 &&
	test $(jq -s "map(select(.kind == \"person\" and (.name | startswith(\"Carla\")))) | length" r) -eq 1
'

test_expect_success 'one spelling stated KR and JP is two people, in any order; unstated, it joins neither' '
	D3=doc-0000000000000003 &&
	cat >nat.jsonl <<-JSON &&
	{"kind":"document","id":"$D1"}
	{"kind":"person","id":"p-e00000000001","document_id":"$D1","name":"Yu Mi-ok","aliases":[],"roles":["victim"],"nationality":"KR"}
	{"kind":"document","id":"$D2"}
	{"kind":"person","id":"p-f00000000001","document_id":"$D2","name":"Yu Mi-ok","aliases":[],"roles":["victim"],"nationality":"JP"}
	{"kind":"document","id":"$D3"}
	{"kind":"person","id":"p-a10000000001","document_id":"$D3","name":"Yu Mi-ok","aliases":[],"roles":["victim"]}
	JSON
	captive-resolve -q nat.jsonl | jq -c "select(.kind == \"person\") | [.id, .nationality, .document_ids]" >n1 &&
	test $(wc -l <n1) -eq 3 &&
	{ sed -n 5,6p nat.jsonl; sed -n 3,4p nat.jsonl; sed -n 1,2p nat.jsonl; } >nat-rev.jsonl &&
	! cmp -s nat.jsonl nat-rev.jsonl &&
	captive-resolve -q nat-rev.jsonl | jq -c "select(.kind == \"person\") | [.id, .nationality, .document_ids]" >n2 &&
	test_cmp n1 n2 &&
	head -4 nat.jsonl >two.jsonl &&
	captive-resolve -q two.jsonl >t2 &&
	test $(jq -s "map(select(.kind == \"person\")) | length" t2) -eq 2
'

test_expect_success 'no bookkeeping member is published' '
	jq -s -e "map(select(.kind == \"person\") | has(\"born_from\") or has(\"born_to\") or has(\"age\")) | any | not" out
'
test_done
