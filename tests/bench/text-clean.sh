#!/bin/sh
# text-clean: captive-clean alone on a large plain-text input, in MB of
# text per second (issue 10: at least 30 MB/s).
#
#   sh tests/bench/text-clean.sh        (run by `make bench`)
#
# The input: the development articles ($ARTICLES, plain text) through
# captive-ingest once, their document records repeated until the texts
# add up to at least $MB MB (a corpus of many ordinary articles, as a
# crawl gives; each copy is a document of its own); and no input, the
# cost of a start alone.  Each run is timed in CPU
# seconds of captive-clean (user + system, from the shell's `times`:
# steadier than the clock on a machine shared with others), the median of
# $RUNS; `times` counts hundredths of a second, so the corpus is large
# enough (30 MB, about a second) for that step to be a percent of the
# figure.  Prints MB/s; exits 1 when the corpus is under $FLOOR MB/s.
set -eu
cd "$(dirname "$0")/../.."
BIN=${BIN:-bin}
ARTICLES=${ARTICLES:-../shared/corpus/dev/articles ../shared/corpus/dev2/articles}
OUT=${OUT:-build/bench/text-clean}
RUNS=${RUNS:-5}
MB=${MB:-30}
FLOOR=${FLOOR:-30}
CAPTIVE_SCHEMA=${CAPTIVE_SCHEMA:-schema}; export CAPTIVE_SCHEMA
for s in ingest clean; do
	[ -x "$BIN/captive-$s" ] || { echo "text-clean: $BIN/captive-$s: not built (make)" >&2; exit 1; }
done
set -- $ARTICLES
for a; do
	[ -d "$a" ] || { echo "text-clean: $a: no articles, skipped" >&2; exit 0; }
done
mkdir -p "$OUT"

"$BIN/captive-ingest" -q "$@" >"$OUT/once.jsonl"
bytes=$(jq -r 'select(.kind == "document") | .text' "$OUT/once.jsonl" | wc -c)
copies=$(( (MB * 1000000 + bytes - 1) / bytes ))
: >"$OUT/corpus.jsonl"
i=0
while [ "$i" -lt "$copies" ]; do
	cat "$OUT/once.jsonl" >>"$OUT/corpus.jsonl"
	i=$((i + 1))
done
# No input at all: the lexicons loaded and their patterns compiled, the
# cost of a start, which the corpus's figure includes once.
: >"$OUT/empty.jsonl"

# cpu FILE: CPU seconds of one captive-clean run over FILE (user + system
# of the children, as `times` reports them).
cpu() {
	sh -c '"$1" -q "$2" >/dev/null; times' sh "$BIN/captive-clean" "$1" |
	    awk 'END { split($1, u, "m"); split($2, s, "m");
	        printf "%.3f\n", u[1] * 60 + u[2] + s[1] * 60 + s[2] }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

for f in corpus empty; do
	i=0
	while [ "$i" -lt "$RUNS" ]; do
		cpu "$OUT/$f.jsonl"
		i=$((i + 1))
	done | median >"$OUT/$f.secs"
done
cb=$(jq -r 'select(.kind == "document") | .text' "$OUT/corpus.jsonl" | wc -c)
ndoc=$(wc -l <"$OUT/corpus.jsonl")
awk -v cb="$cb" -v cs="$(cat "$OUT/corpus.secs")" -v es="$(cat "$OUT/empty.secs")" \
    -v n="$ndoc" -v floor="$FLOOR" -v runs="$RUNS" 'BEGIN {
	cr = cs > 0 ? cb / 1e6 / cs : 0
	print "== text-clean: captive-clean alone, CPU seconds, median of " runs " runs"
	printf "%-42s %8.1f MB %8.3f s %8.1f MB/s\n", "corpus: " n " articles", cb / 1e6, cs, cr
	printf "%-42s %8s    %8.3f s\n", "a start (lexicons, patterns), no input", "", es
	print "target: >= " floor " MB/s of text on the corpus"
	if (cr < floor) { printf "text-clean: FAIL %.1f MB/s, under %d MB/s\n", cr, floor; exit 1 }
	print "text-clean: target met"
}'
