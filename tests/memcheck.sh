#!/bin/sh
# tests/memcheck.sh (make memcheck): the end-to-end run on the seeds with
# every stage under Valgrind's memcheck: no invalid read or write, no use
# of an uninitialised value, no leak (definite, indirect or possible).
# Then the HTML fixtures and the bad-input catalogue's WARC archives
# through ingest and clean, the paths the seeds do not take.  Needs
# valgrind (Debian: valgrind).  Not part of make check: it takes about a
# minute.  PCRE2's JIT code is turned off (CAPTIVE_NO_JIT): memcheck cannot
# follow it and reports values in it as uninitialised.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${CAPTIVE_BIN:-$ROOT/bin}
case $BIN in /*) ;; *) BIN=$ROOT/$BIN ;; esac
CAPTIVE_SCHEMA=$ROOT/schema
CAPTIVE_NO_JIT=1
export CAPTIVE_SCHEMA CAPTIVE_NO_JIT
command -v valgrind >/dev/null || { echo "memcheck: valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }
W=$(mktemp -d "${TMPDIR:-/tmp}/captive-memcheck.XXXXXX")
trap 'rm -rf "$W"' EXIT
VERSION=$(cat "$ROOT/VERSION")
status=0

# vg NAME STAGE ARGS...: run the stage under memcheck; its stdout goes on,
# its messages go to $W/NAME.err (bad inputs are meant to be reported).
vg() {
	name=$1
	shift
	valgrind -q --leak-check=full --show-leak-kinds=definite,indirect,possible \
	    --errors-for-leak-kinds=definite,indirect,possible --error-exitcode=99 \
	    --log-file="$W/$name.vg" "$BIN/$@" 2>"$W/$name.err"
	st=$?
	if [ $st -eq 99 ] || [ -s "$W/$name.vg" ]; then
		echo "memcheck: $name: errors" >&2
		cat "$W/$name.vg" >&2
		status=1
	elif [ $st -gt 1 ]; then
		# 0 or 1 (bad input reported) are a run; anything else is not.
		echo "memcheck: $name: exit $st" >&2
		cat "$W/$name.err" >&2
		status=1
	else
		echo "memcheck: $name: clean (exit $st)" >&2
	fi
}

cd "$ROOT" || exit 2
vg ingest captive-ingest -q seeds >"$W/docs.jsonl"
vg clean captive-clean -q "$W/docs.jsonl" >"$W/clean.jsonl"
vg extract captive-extract -q "$W/clean.jsonl" >"$W/extract.jsonl"
vg resolve captive-resolve -q "$W/extract.jsonl" >"$W/resolve.jsonl"
vg validate captive-validate -q --rejects "$W/rejects.jsonl" "$W/resolve.jsonl" >"$W/valid.jsonl"
vg emit captive-emit -q --out "$W/emit" "$W/valid.jsonl"
vg release captive-release -q --version "$VERSION" --out "$W/dist" "$W/emit"
vg resolve-previous captive-resolve -q --previous "$W/dist/captive-$VERSION" "$W/extract.jsonl" >/dev/null
vg ingest-html-warc captive-ingest -q tests/fixtures/*.html tests/bad/warc-* tests/bad/*.gz \
    tests/bad/*.txt tests/bad/*.html >"$W/other.jsonl"
vg clean-html-warc captive-clean -q "$W/other.jsonl" >/dev/null
vg validate-bad captive-validate -q tests/bad/*.jsonl >/dev/null
[ $status -eq 0 ] && echo "memcheck: all clean" >&2
exit $status
