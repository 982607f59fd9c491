#!/bin/sh
# memory: peak RSS must not grow with the number of documents (issue 4:
# "one document at a time").
#
#   sh tests/bench/memory.sh        (run by `make bench`)
#
# The same documents are run N times and 10N times (copies under other
# names in a temp folder): the benchmark's HTML pages and the seeds, or the
# seeds and the dev articles when ../shared/bench is absent.  Each process's
# peak RSS is taken by /usr/bin/time -f %M (Debian package `time`):
#   captive-ingest DIR | captive-clean > clean.jsonl
#   captive-extract clean.jsonl
# Passes when, for each stage, the 10N peak <= 1.2 x the N peak + 2 MB.
# Exits 1 on a failure.
set -eu
cd "$(dirname "$0")/../.."
BENCH=${BENCH:-../shared/bench/article-extraction}
OUT=${OUT:-build/bench}
COPIES=${COPIES:-10}
BIN=${BIN:-bin}
CAPTIVE_SCHEMA=${CAPTIVE_SCHEMA:-schema}; export CAPTIVE_SCHEMA
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "memory: $TIME missing (apt-get install time), skipped" >&2; exit 0; }

work=$OUT/memory
rm -rf "$work" && mkdir -p "$work/src"
if [ -d "$BENCH/html" ]; then
	cp "$BENCH"/html/*.html.gz "$work/src/"
else
	cp ../shared/corpus/dev/articles/* "$work/src/" 2>/dev/null || true
fi
cp seeds/* "$work/src/"
n=$(ls "$work/src" | wc -l)

# DIR/cK/FILE for K = 1..copies: copies under other names.
make_set() {
	rm -rf "$work/$1" && mkdir -p "$work/$1"
	k=1
	while [ "$k" -le "$2" ]; do
		mkdir "$work/$1/c$k"
		cp "$work"/src/* "$work/$1/c$k/"
		k=$((k + 1))
	done
}

# run SET: peak RSS in KB of ingest, clean and extract, into $work/SET.rss
run() {
	{ $TIME -f %M -o "$work/$1.ingest" "$BIN/captive-ingest" -q "$work/$1" 2>/dev/null || true; } \
	  | { $TIME -f %M -o "$work/$1.clean" "$BIN/captive-clean" -q >"$work/$1.jsonl" 2>/dev/null || true; }
	$TIME -f %M -o "$work/$1.extract" "$BIN/captive-extract" -q "$work/$1.jsonl" >/dev/null 2>&1 || true
	docs=$(grep -c '"kind":"document"' "$work/$1.jsonl" || true)
	echo "$docs $(tail -1 "$work/$1.ingest") $(tail -1 "$work/$1.clean") $(tail -1 "$work/$1.extract")" >"$work/$1.rss"
}

make_set one 1
make_set many "$COPIES"
run one
run many
rm -rf "$work/one" "$work/many" "$work/src"

echo "memory: peak RSS over $n files (N) and $COPIES x $n files (${COPIES}N)"
awk -v copies="$COPIES" '
	FNR == 1 && NR == 1 { split($0, a) }
	FNR == 1 && NR == 2 { split($0, b) }
	END {
		printf "%-10s %10s %10s %8s %14s  %s\n", "stage", "N (KB)", copies "N (KB)", "ratio", "limit (KB)", ""
		printf "%-10s %10d %10d\n", "documents", a[1], b[1]
		split("ingest clean extract", name, " ")
		bad = 0
		for (i = 1; i <= 3; i++) {
			x = a[i + 1]; y = b[i + 1]; lim = 1.2 * x + 2048
			ok = (x > 0 && y > 0 && y <= lim)
			printf "%-10s %10d %10d %8.2f %14d  %s\n", name[i], x, y, (x > 0 ? y / x : 0), lim, ok ? "pass" : "FAIL"
			if (!ok) bad = 1
		}
		if (a[1] == 0 || b[1] < copies * a[1]) {
			print "memory: FAIL not every document came through (" a[1] ", " b[1] ")"; bad = 1
		}
		print (bad ? "memory: FAIL peak RSS grows with the number of documents" : "memory: peak RSS does not grow with the number of documents")
		exit bad
	}' "$work/one.rss" "$work/many.rss"
