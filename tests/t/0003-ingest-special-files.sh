#!/bin/sh
# captive-ingest, issue 13: inputs that are not plain files with plain
# names.  A FIFO, a socket or a symbolic link loop in a folder is skipped
# with a message and never blocks; any name is printed on one line, in
# UTF-8, whatever its bytes; the good documents beside them all come out.
. "$(dirname "$0")/lib.sh"

mkdir -p in/sub
printf 'A good article about nothing.\n' >in/good.txt
printf 'Another good one.\n' >in/sub/good2.txt

test_expect_success 'a FIFO in a folder is skipped with a message, never read' '
	mkfifo in/pipe &&
	test_must_fail 1 timeout 10 captive-ingest -q in >out 2>err &&
	test_grep "^captive-ingest: in/pipe: a FIFO, not a regular file: skipped$" err &&
	test $(wc -l <out) -eq 2 &&
	rm in/pipe
'

test_expect_success 'a FIFO named by the user is read, as cat reads it' '
	mkfifo named &&
	{ printf "Through a pipe.\n" >named & } &&
	timeout 10 captive-ingest -q named >out &&
	jq -e ".text == \"Through a pipe.\n\" and .source == \"named\"" out
'

test_expect_success 'a socket in a folder is skipped, the rest goes through' '
	python3 -c "import socket; socket.socket(socket.AF_UNIX).bind(\"in/sock\")" &&
	test_must_fail 1 timeout 10 captive-ingest -q in >out 2>err &&
	test_grep "^captive-ingest: in/sock: cannot open: No such device or address$|in/sock: a socket, not a regular file" err &&
	test $(wc -l <out) -eq 2 &&
	rm in/sock
'

test_expect_success 'a loop of symbolic links is named and skipped' '
	ln -s loop2 in/loop1 && ln -s loop1 in/loop2 &&
	test_must_fail 1 captive-ingest -q in >out 2>err &&
	test_grep "^captive-ingest: in/loop1: cannot open: a loop of symbolic links$" err &&
	test $(wc -l <out) -eq 2 &&
	rm in/loop1 in/loop2
'

test_expect_success 'a link to a folder above is walked once, not forever' '
	ln -s .. in/sub/up &&
	test_must_fail 1 timeout 10 captive-ingest in >out 2>err &&
	test_grep "^captive-ingest: in/sub/up: a folder inside itself \(a symbolic link loop\): skipped$" err &&
	test_grep "^captive-ingest: 3 inputs, 2 documents out, 1 set aside$" err &&
	test $(wc -l <out) -eq 2 &&
	rm in/sub/up
'

test_expect_success 'a name in Latin-1 is shown escaped in the message and in source' '
	cp in/good.txt "in/caf$(printf "\351").txt" &&
	captive-ingest -q in >out 2>err &&
	test_grep "^captive-ingest: in/caf\\\\xE9\.txt: the name holds control characters" err &&
	printf "%s\n" "in/caf\\xE9.txt" in/good.txt in/sub/good2.txt >expect &&
	jq -r .source out >sources && test_cmp expect sources &&
	rm in/caf*
'

test_expect_success 'a newline in a name keeps every message on one line' '
	cp in/good.txt "in/two
lines.txt" &&
	captive-ingest -q in >out 2>err &&
	test $(wc -l <err) -eq 1 &&
	test_grep "^captive-ingest: in/two\\\\nlines\.txt: the name holds" err &&
	printf "%s\n" in/good.txt in/sub/good2.txt "in/two\\nlines.txt" >expect &&
	jq -r .source out >sources && test_cmp expect sources &&
	printf "not json\n" >"bad
name.jsonl" &&
	test_must_fail 1 captive-clean -q "bad
name.jsonl" 2>err &&
	! grep -v "^captive-clean: " err &&
	test_grep "^captive-clean: bad\\\\nname\.jsonl:1: " err &&
	rm in/two*
'

test_expect_success 'a name with spaces, quotes and non-ASCII letters is kept as it is' '
	name="in/Ünïcödé it'\''s \"quoted\".txt" &&
	cp in/good.txt "$name" &&
	captive-ingest -q in >out 2>err &&
	test ! -s err &&
	printf "%s\n" in/good.txt in/sub/good2.txt "$name" >expect &&
	jq -r .source out >sources && test_cmp expect sources &&
	rm "$name"
'

test_expect_success 'a file that cannot be read is named, the others go through' '
	ln -s /proc/self/mem in/unreadable &&
	test_must_fail 1 captive-ingest -q in >out 2>err &&
	test_grep "^captive-ingest: in/unreadable: cannot read: Input/output error$" err &&
	test $(wc -l <out) -eq 2 &&
	rm in/unreadable
'

test_done
