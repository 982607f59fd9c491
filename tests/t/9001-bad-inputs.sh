#!/bin/sh
# The catalogue of bad inputs: each tests/bad/<case>.<ext> beside
# <case>.expect, whose lines say the program ("cmd"), its exit status
# ("status"), a line its stderr must hold ("stderr", an extended regex) and
# how many records still come out ("out").  Ingest cases run with a good
# seed after the bad input, to show the rest of the stream flows on.
. "$(dirname "$0")/lib.sh"

cp -r "$ROOT/tests/bad" bad
cp "$ROOT/seeds/000_52edef2bf1466767.txt" good.txt
cd bad || exit 1
for expect in *.expect; do
	case=${expect%.expect}
	input=$(ls "$case".* | grep -v '\.expect$' | head -n 1)
	cmd=$(sed -n 's/^cmd //p' "$expect")
	status=$(sed -n 's/^status //p' "$expect")
	stderr=$(sed -n 's/^stderr //p' "$expect")
	out=$(sed -n 's/^out //p' "$expect")
	extra=
	[ "$cmd" = captive-ingest ] && extra=../good.txt
	test_expect_success "bad input $case: $cmd exits $status, names it, the rest flows" "
		test_must_fail $status $cmd -q $input $extra >out.$case 2>err.$case &&
		test_grep '$(printf '%s' "$stderr" | sed "s/'/'\\\\''/g")' err.$case &&
		test \$(wc -l <out.$case) -eq $out &&
		{ [ $out -eq 0 ] || jq -c . out.$case >/dev/null; }
	"
done
test_done
