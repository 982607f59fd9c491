#!/bin/sh
# captive-resolve: one person across documents, references rewritten.
. "$(dirname "$0")/lib.sh"

cat >in.jsonl <<'JSON'
{"kind":"document","id":"doc-0000000000000001","published":"2020-01-01"}
{"kind":"person","id":"p-aaaaaaaaaaaa","document_id":"doc-0000000000000001","name":"Ri Song-chol","aliases":["Ri"],"roles":["victim"],"nationality":"KR","status":"detained"}
{"kind":"person","id":"p-cccccccccccc","document_id":"doc-0000000000000001","name":"Keiko","roles":["victim"]}
{"kind":"mention","document_id":"doc-0000000000000001","entity_id":"p-aaaaaaaaaaaa","start":0,"end":2,"text":"Ri"}
{"kind":"document","id":"doc-0000000000000002","published":"2021-01-01"}
{"kind":"person","id":"p-bbbbbbbbbbbb","document_id":"doc-0000000000000002","name":"RI SONG CHOL","roles":["defector"],"status":"released"}
{"kind":"person","id":"p-dddddddddddd","document_id":"doc-0000000000000002","name":"Keiko","roles":["family"]}
{"kind":"event","id":"e-bbbbbbbbbbbb","document_id":"doc-0000000000000002","type":"release","participants":[{"participant_id":"p-bbbbbbbbbbbb","role":"victim"}]}
JSON

test_expect_success 'spelling variants of one name become one person' '
	captive-resolve -q in.jsonl >out &&
	jq -s "[.[] | select(.kind == \"person\" and .name == \"Ri Song-chol\")] | length == 1" out | grep -q true &&
	jq -s -e ".[] | select(.kind == \"person\" and .name == \"Ri Song-chol\") |
		.aliases == [\"RI SONG CHOL\", \"Ri\"] and .roles == [\"defector\", \"victim\"] and
		.status == \"released\" and (.document_ids | length) == 2" out
'

test_expect_success 'references are rewritten to the resolved id' '
	id=$(jq -r "select(.kind == \"person\" and .name == \"Ri Song-chol\") | .id" out) &&
	jq -s -e "map(select(.kind == \"mention\")) | all(.entity_id == \"$id\")" out &&
	jq -s -e "map(select(.kind == \"event\")) | all(.participants[0].participant_id == \"$id\")" out
'

test_expect_success 'a one-word name does not join documents' '
	test $(jq -s "[.[] | select(.name == \"Keiko\")] | length" out) -eq 2
'

test_expect_success 'ids do not depend on the order of the input' '
	{ sed -n 5,8p in.jsonl; sed -n 1,4p in.jsonl; } >swapped.jsonl &&
	! cmp -s in.jsonl swapped.jsonl &&
	captive-resolve -q swapped.jsonl | jq -r "select(.kind == \"person\") | .id" | sort >b &&
	jq -r "select(.kind == \"person\") | .id" out | sort >a &&
	test_cmp a b
'
test_done
