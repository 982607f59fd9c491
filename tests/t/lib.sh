# tests/t/lib.sh: a small TAP test library in the manner of git's t/.
#
#   . "$(dirname "$0")/lib.sh"
#   test_expect_success 'what it shows' 'commands'
#   test_done
#
# Each script runs in its own temporary folder ($TMP, removed at the end);
# $ROOT is the project's root, $BIN its bin/ (override with CAPTIVE_BIN),
# $SHARED the ../shared folder beside the project when it exists.

set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BIN=${CAPTIVE_BIN:-$ROOT/bin}
case $BIN in /*) ;; *) BIN=$ROOT/$BIN ;; esac
SHARED=$ROOT/../shared
PATH=$BIN:$PATH
export ROOT BIN SHARED PATH
export CAPTIVE_SCHEMA=$ROOT/schema
# The committed releases carry no build date: a test that wants one sets it.
unset SOURCE_DATE_EPOCH
TMP=$(mktemp -d "${TMPDIR:-/tmp}/captive-test.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
cd "$TMP" || exit 1

test_count=0
test_failed=0

test_expect_success() {
	test_count=$((test_count + 1))
	if (eval "$2") >"$TMP/.out" 2>&1; then
		echo "ok $test_count - $1"
	else
		test_failed=$((test_failed + 1))
		echo "not ok $test_count - $1"
		sed 's/^/#   /' "$TMP/.out" | head -40
	fi
}

# test_skip 'what' 'why': a test that cannot run here, said so in TAP.
test_skip() {
	test_count=$((test_count + 1))
	echo "ok $test_count - $1 # SKIP $2"
}

# test_must_fail STATUS cmd...: cmd exits with exactly STATUS (not a crash).
test_must_fail() {
	want=$1
	shift
	"$@"
	got=$?
	if [ "$got" -ne "$want" ]; then
		echo "expected exit $want, got $got: $*" >&2
		return 1
	fi
	return 0
}

# test_cmp expected actual: files equal, else show the diff.
test_cmp() {
	diff -u "$1" "$2"
}

# test_grep pattern file: the file has a line matching the extended regex.
test_grep() {
	grep -E -q -- "$1" "$2" || { echo "no line matching /$1/ in $2:" >&2; head -20 "$2" >&2; return 1; }
}

test_have_shared() {
	[ -d "$SHARED/corpus" ] && [ -f "$SHARED/tools/score.py" ]
}

test_done() {
	echo "1..$test_count"
	[ "$test_failed" -eq 0 ]
}
