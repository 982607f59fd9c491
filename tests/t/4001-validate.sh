#!/bin/sh
# captive-validate: valid records pass, invalid ones are reported and set aside.
. "$(dirname "$0")/lib.sh"

cat >in.jsonl <<'JSON'
{"kind":"person","id":"p-0123456789ab","name":"A B","roles":["victim"],"nationality":"KR"}
{"kind":"person","id":"p-0123456789ac","name":"C D","roles":["hostage"]}
{"kind":"event","id":"e-0123456789ab","type":"arrest","document_id":"doc-0123456789abcdef","evidence":"x","start":5,"end":3}
{"kind":"event","id":"e-0123456789ac","type":"arrest","document_id":"doc-0123456789abcdef","evidence":"x","start":0,"end":1,"participants":[{"participant_id":"p-0123456789ab","role":"bystander"}]}
{"kind":"group","id":"g-0123456789ab","document_id":"doc-0123456789abcdef","description":"nine","count":"9","evidence":"x","start":0,"end":1}
{"kind":"note","text":"no table describes notes"}
JSON

test_expect_success 'each invalid record is named with its reason; exit 1' '
	test_must_fail 1 captive-validate --rejects rej.jsonl in.jsonl >out 2>err &&
	test_grep "in.jsonl:2: person \"p-0123456789ac\": \"roles\": \"hostage\" is not an allowed value" err &&
	test_grep "in.jsonl:3: event \"e-0123456789ab\": \"end\" is before \"start\"" err &&
	test_grep "in.jsonl:4: .*\"role\": \"bystander\" is not an allowed value \(in participants\[0\]\)" err &&
	test_grep "in.jsonl:5: group .*\"count\" is not an integer" err
'

test_expect_success 'counts reconcile: in = out + set aside' '
	test $(wc -l <out) -eq 2 && test $(wc -l <rej.jsonl) -eq 4 &&
	test_grep "6 in, 2 out, 4 set aside" err
'

test_expect_success 'the rejects file keeps each record whole with its reason' '
	jq -s -e "map(select(.record.id == \"p-0123456789ac\")) | length == 1 and all(.kind == \"reject\" and .line == 2 and (.reason | test(\"hostage\")))" rej.jsonl
'

test_expect_success 'valid input passes unchanged with exit 0' '
	head -n 1 in.jsonl >good.jsonl &&
	captive-validate -q good.jsonl >out2 && test_cmp good.jsonl out2
'
test_done
