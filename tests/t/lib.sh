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

# clean_article WHERE LINE: a small article (headline $H, paragraphs $P1,
# $P2, $P3, blank lines around each) with LINE at WHERE: top (under the
# headline), mid (between the paragraphs) or end (after them).
clean_article() {
	case $1 in
	top) printf '%s\n\n%s\n\n%s\n\n%s\n\n%s\n' "$H" "$2" "$P1" "$P2" "$P3" ;;
	mid) printf '%s\n\n%s\n\n%s\n\n%s\n\n%s\n' "$H" "$P1" "$2" "$P2" "$P3" ;;
	end) printf '%s\n\n%s\n\n%s\n\n%s\n\n%s\n' "$H" "$P1" "$P2" "$P3" "$2" ;;
	esac
}

# clean_table FILE: a test a row of FILE (WANT, WHERE, LINE a tab apart):
# LINE set at WHERE in clean_article must go from the cleaned text (WANT
# go) or stay in it (stay).
clean_table() {
	while IFS='	' read -r want where line; do
		test_expect_success "$want ($where): $line" '
			clean_article "$where" "$line" >in.txt &&
			captive-ingest -q in.txt | captive-clean -q --text >out &&
			if grep -qxF -- "$line" out; then test "$want" = stay; else test "$want" = go; fi
		'
	done <"$1"
}

test_done() {
	echo "1..$test_count"
	[ "$test_failed" -eq 0 ]
}
