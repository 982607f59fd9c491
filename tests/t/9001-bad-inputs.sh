#!/bin/sh
# The catalogue of bad inputs: each tests/bad/<case>.<ext> beside
# <case>.expect, whose lines say:
#   cmd     the program
#   status  its exit status
#   stderr  a line its stderr must hold (an extended regex), or "none":
#           stderr must be empty
#   out     how many records still come out
# and, when the case needs them:
#   args    options before the input
#   via     a program the input goes through first (captive-ingest: the
#           case is a file, cmd reads documents); its own stderr is kept
#           apart, and must hold nothing but what cmd's own would
#   absent  an extended regex that no line of the output may match
#   input   the input's name, when gen makes it
#   gen     a shell command, run in the case folder, that makes the input
#           (large inputs are made, not committed)
# Each program runs under timeout 300: a hang is a failure (exit 124).
# Ingest cases run with a good seed after the bad input, to show the rest
# of the stream flows on.  Under make sanitize the programs are the
# sanitizer build's (CAPTIVE_BIN), so every case runs under ASan and UBSan.
. "$(dirname "$0")/lib.sh"

cp -r "$ROOT/tests/bad" bad
cp "$ROOT/seeds/000_52edef2bf1466767.txt" good.txt
cd bad || exit 1

# key NAME EXPECT: the value of the line "NAME value" of EXPECT.
key() {
	sed -n "s/^$1 //p" "$2"
}

for expect in *.expect; do
	case=${expect%.expect}
	input=$(key input "$expect")
	gen=$(key gen "$expect")
	[ -z "$gen" ] || (eval "$gen") || echo "# $case: gen failed" >&2
	[ -n "$input" ] || input=$(ls "$case".* | grep -v '\.expect$' | head -n 1)
	cmd=$(key cmd "$expect")
	args=$(key args "$expect")
	via=$(key via "$expect")
	status=$(key status "$expect")
	stderr=$(key stderr "$expect")
	out=$(key out "$expect")
	absent=$(key absent "$expect")
	extra=
	[ "$cmd" = captive-ingest ] || [ "$via" = captive-ingest ] && extra=../good.txt
	# Under timeout: an input that makes a stage hang (or take minutes)
	# fails its case instead of holding the whole check.
	if [ -n "$via" ]; then
		run="timeout 300 $via -q $input $extra 2>via.$case | timeout 300 $cmd -q $args"
	else
		run="timeout 300 $cmd -q $args $input $extra"
	fi
	q() { printf '%s' "$1" | sed "s/'/'\\\\''/g"; }
	test_expect_success "bad input $case: $cmd exits $status, names it, the rest flows" "
		{ eval '$(q "$run")'; [ \$? -eq $status ] || { echo 'expected exit $status' >&2; false; }; } >out.$case 2>err.$case &&
		if [ '$(q "$stderr")' = none ]; then
			test ! -s err.$case || { cat err.$case; false; }
		else
			test_grep '$(q "$stderr")' err.$case
		fi &&
		{ [ -z '$via' ] || test ! -s via.$case || [ '$(q "$stderr")' != none ] || { cat via.$case; false; }; } &&
		{ [ -z '$(q "$absent")' ] || ! grep -E -q -- '$(q "$absent")' out.$case || { echo 'output matches /$(q "$absent")/' >&2; false; }; } &&
		test \$(wc -l <out.$case) -eq $out &&
		{ [ $out -eq 0 ] || jq -c . out.$case >/dev/null; }
	"
	[ -z "$gen" ] || rm -f "$input"
done
test_done
