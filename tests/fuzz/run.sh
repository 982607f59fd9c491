#!/bin/sh
# tests/fuzz/run.sh: run each libFuzzer target of tests/fuzz/ (built by
# make fuzz-build into $FUZZ_BUILD) for FUZZ_SECONDS (default 600), one
# after the other with -jobs=1, seeded from the tests' fixtures and bad
# inputs.  The corpus grows in $FUZZ_BUILD/corpus/<target>/ from run to
# run; a crash is written to $FUZZ_BUILD/crashes/<target>/ and fails the
# run (turn it into a case of tests/bad/ or a unit test).
#   FUZZ_TARGETS="fuzz_date fuzz_names"  only these
#   FUZZ_ARGS="-max_len=4096"            more libFuzzer flags
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT" || exit 1
FUZZ_BUILD=${FUZZ_BUILD:-build-fuzz}
FUZZ_SECONDS=${FUZZ_SECONDS:-600}
FUZZ_TARGETS=${FUZZ_TARGETS:-$(ls tests/fuzz/fuzz_*.c | sed 's|.*/||; s|\.c$||')}
FUZZ_ARGS=${FUZZ_ARGS:-}
CAPTIVE_SCHEMA=$ROOT/schema
export CAPTIVE_SCHEMA

# seed_lines DIR FILE...: every line of the files, one seed file each.
seed_lines() {
	dir=$1
	shift
	cat "$@" 2>/dev/null | awk -v d="$dir" '{ f = sprintf("%s/line-%05d", d, NR); print > f; close(f) }'
}

# seed TARGET DIR: the fixtures that fit the target.
seed() {
	rm -rf "$2" && mkdir -p "$2"
	case $1 in
	fuzz_jsonl)
		seed_lines "$2" tests/fixtures/*.jsonl tests/bad/*.jsonl ;;
	fuzz_html)
		cp tests/fixtures/*.html "$2"/ ;;
	fuzz_warc)
		cp tests/bad/warc-* "$2"/ && rm -f "$2"/*.expect ;;
	fuzz_gzip)
		cp tests/bad/*.gz "$2"/ &&
		for f in seeds/*; do gzip -9c "$f" >"$2/$(basename "$f").gz"; done ;;
	fuzz_date)
		seed_lines "$2" tests/fixtures/event-dates.tsv ;;
	fuzz_names)
		seed_lines "$2" tests/fixtures/names.tsv && cp seeds/* "$2"/ ;;
	esac
}

status=0
for t in $FUZZ_TARGETS; do
	bin=$ROOT/$FUZZ_BUILD/$t
	[ -x "$bin" ] || { echo "fuzz: $bin: not built (make fuzz-build)" >&2; exit 2; }
	corpus=$ROOT/$FUZZ_BUILD/corpus/$t
	seeds=$ROOT/$FUZZ_BUILD/seeds/$t
	crashes=$ROOT/$FUZZ_BUILD/crashes/$t
	logs=$ROOT/$FUZZ_BUILD/logs/$t
	mkdir -p "$corpus" "$crashes" "$logs"
	seed "$t" "$seeds"
	echo "== $t: $FUZZ_SECONDS s, corpus $corpus, seeds $(ls "$seeds" | wc -l)"
	# -jobs=1: one worker (the machine is shared); its log is fuzz-0.log.
	(cd "$logs" && "$bin" -jobs=1 -max_total_time="$FUZZ_SECONDS" \
	    -artifact_prefix="$crashes/" -print_final_stats=1 $FUZZ_ARGS \
	    "$corpus" "$seeds" >/dev/null 2>&1)
	log=$logs/fuzz-0.log
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
	found=$(ls "$crashes" | grep -c . )
	echo "$t: ${runs:-?} executions, corpus $(ls "$corpus" | wc -l) inputs, $found crash files in $crashes"
	grep -E "^==[0-9]+==ERROR|runtime error|deadly signal|SUMMARY" "$log" | head -n 5
	[ "$found" -eq 0 ] || status=1
done
exit $status
