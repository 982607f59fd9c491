#!/bin/sh
# The whole chain, issue 13: a 50 MB article on a single line goes
# through every stage and its records come out, beside a small article;
# an article over ingest's size limit is reported with what was dropped,
# never lost in silence.
. "$(dirname "$0")/lib.sh"

mkdir in
python3 -c '
filler = "the-weather-was-mild-that-day-and-the-market-was-busy "
line = filler * (50 * 1024 * 1024 // len(filler))
with open("in/huge.txt", "w") as f:
    f.write("A long report\n\n" + line + "at last. Pak Yong-nam was arrested in Pyongyang in 2019.\n")
'
printf 'A short report\n\nIn 2018 border guards of the North detained Han Mi-ryong.\n' >in/small.txt

test_expect_success 'the 50 MB line is one line of more than 50 MB' '
	test $(wc -l <in/huge.txt) -eq 3 &&
	test $(wc -c <in/huge.txt) -gt 52000000
'

test_expect_success 'the chain takes it whole: nothing set aside, counts reconcile' '
	captive-ingest in 2>ingest.err | captive-clean 2>clean.err |
	    captive-extract 2>extract.err | captive-resolve 2>resolve.err |
	    captive-validate --rejects rejects.jsonl 2>validate.err |
	    captive-emit --out out 2>emit.err &&
	test_grep "^captive-ingest: 2 inputs, 2 documents out, 0 set aside$" ingest.err &&
	test_grep "^captive-clean: 2 in, 2 out, 0 set aside$" clean.err &&
	test_grep "^captive-extract: 2 in, 2 out, 0 set aside$" extract.err &&
	test ! -s rejects.jsonl
'

test_expect_success 'the records of the article at the end of the line come out' '
	gzip -dc out/documents.csv.gz | grep -c "^doc-" >n && echo 2 | test_cmp - n &&
	gzip -dc out/persons.csv.gz | grep -q ",Pak Yong-nam," &&
	gzip -dc out/persons.csv.gz | grep -q ",Han Mi-ryong," &&
	gzip -dc out/events.csv.gz | grep -q "^e-[0-9a-f]*,arrest,2019,"
'

test_expect_success 'an article over the size limit is reported with its size, the other goes through' '
	test_must_fail 1 captive-ingest -q --max-size 1M in >docs 2>err &&
	test_grep "^captive-ingest: in/huge\.txt: larger than 1048576 bytes \(--max-size\), skipped$" err &&
	test $(wc -l <docs) -eq 1 &&
	jq -e ".source == \"in/small.txt\"" docs
'

test_done
