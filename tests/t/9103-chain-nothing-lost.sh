#!/bin/sh
# Nothing lost, nothing half-written (issue 13): every write is checked (a
# full disk is an error, not a short file that looks whole), a closed pipe
# ends a stage quietly, an interrupted release leaves the whole release or
# none, and the counts reconcile, said even under -q when something was
# set aside.
. "$(dirname "$0")/lib.sh"

VERSION=$(cat "$ROOT/VERSION")
cp "$ROOT"/seeds/* .
captive-ingest -q *.txt >docs.jsonl
captive-clean -q docs.jsonl >clean.jsonl
captive-extract -q clean.jsonl >extract.jsonl
captive-resolve -q extract.jsonl >resolve.jsonl
captive-validate -q resolve.jsonl >valid.jsonl

test_expect_success 'a full disk (/dev/full) is a write error in every stage, exit 1' '
	for run in "captive-ingest -q *.txt" "captive-clean -q docs.jsonl" \
	    "captive-clean -q --text docs.jsonl" "captive-extract -q clean.jsonl" \
	    "captive-resolve -q extract.jsonl" "captive-validate -q resolve.jsonl"; do
		eval "$run" >/dev/full 2>err; st=$?
		# 1, or 2 from a stage that cannot go on (resolve writes at the end)
		[ $st -eq 1 ] || [ $st -eq 2 ] || { echo "$run: exit $st" >&2; return 1; }
		test_grep "^captive-[a-z]+: <stdout>: write error" err || return 1
	done
'

test_expect_success 'rejects to a full disk are a write error; a rejects file appears whole' '
	test_must_fail 1 captive-validate -q --rejects /dev/full "$ROOT/tests/bad/wrong-types.jsonl" >/dev/null 2>err &&
	test_grep "^captive-validate: /dev/full: write error: No space left on device$" err &&
	test_must_fail 1 captive-validate -q --rejects rejects.jsonl "$ROOT/tests/bad/wrong-types.jsonl" >/dev/null &&
	test $(wc -l <rejects.jsonl) -eq 1 && test ! -e rejects.jsonl.tmp
'

test_expect_success 'a closed pipe ends a stage quietly, even when the parent ignores SIGPIPE' '
	{ captive-extract -q clean.jsonl 2>err1; } | head -n 1 >/dev/null &&
	test ! -s err1 &&
	(trap "" PIPE; { captive-extract -q clean.jsonl 2>err2; } | head -n 1 >/dev/null) &&
	test ! -s err2 &&
	(trap "" PIPE; { captive-ingest -q *.txt *.txt *.txt 2>err3; } | head -c 10 >/dev/null) &&
	test ! -s err3
'

test_expect_success 'SIGTERM at any moment leaves the whole release or none, no temporary folder' '
	captive-emit -q --out emitted valid.jsonl &&
	captive-release -q --version "$VERSION" --out whole emitted &&
	for delay in 0 0.01 0.02 0.03 0.05 0.07 0.1 0.12 0.15 0.2 0.3; do
		rm -rf dist &&
		{ captive-release -q --version "$VERSION" --out dist emitted & } &&
		pid=$! && sleep $delay && kill -TERM $pid 2>/dev/null; wait $pid;
		if [ -e "dist/captive-$VERSION" ]; then
			diff -r "whole/captive-$VERSION" "dist/captive-$VERSION" || return 1
		fi
		! ls -a dist 2>/dev/null | grep -q "\.tmp" || { echo "a temporary folder is left after $delay s" >&2; return 1; }
	done
'

test_expect_success 'counts reconcile; under -q they are said only when something was set aside' '
	captive-validate -q resolve.jsonl >/dev/null 2>err && test ! -s err &&
	test_must_fail 1 captive-validate -q "$ROOT/tests/bad/wrong-types.jsonl" >/dev/null 2>err &&
	test_grep "^captive-validate: 2 in, 1 out, 1 set aside$" err &&
	mkdir -p blank && printf " \n" >blank/blank.txt &&
	test_must_fail 1 captive-ingest -q blank/blank.txt 000_52edef2bf1466767.txt >/dev/null 2>err &&
	test_grep "^captive-ingest: 2 inputs, 1 documents out, 1 set aside$" err &&
	n=$(wc -l <docs.jsonl) && captive-ingest *.txt 2>err >/dev/null &&
	test_grep "^captive-ingest: $n inputs, $n documents out, 0 set aside$" err
'

test_expect_success 'a folder or an unreadable file given to a JSON Lines stage is named, the rest read' '
	mkdir -p afolder && ln -s /proc/self/mem unreadable &&
	test_must_fail 1 captive-validate -q afolder unreadable resolve.jsonl >out 2>err &&
	test_grep "^captive-validate: afolder: a folder, not a file of records$" err &&
	test_grep "^captive-validate: unreadable: read error: Input/output error$" err &&
	test_cmp valid.jsonl out
'

test_done
