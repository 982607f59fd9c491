#!/bin/sh
# extract-speed: captive-extract and captive-resolve on the seeds repeated
# 1, 100 and 200 times, and on one long document; the time must grow
# linearly (issue 5: no quadratic scans per candidate).
#
#   sh tests/bench/extract-speed.sh        (run by `make bench`)
#
# The corpus: the seeds through ingest and clean once, then their document
# records repeated N times, each copy with its own document id (resolve
# merges entities across documents by id; copies sharing an id would hide
# a scan of an entity's documents).  Each run is timed in CPU seconds of
# the stage (user + system, from the shell's `times`: steadier than the
# clock on a busy machine), the best of $RUNS.
# Prints documents/s and bytes/s (of the JSON Lines read); exits 1 when
# the 200x time is more than $RATIO times the 100x time, for either stage,
# or when one document of all the seeds' texts 100 times takes more than
# $RATIO times as long as one of them 50 times (quadratic scans over one
# document), or one of 8000 and 16000 invented events (every search for
# another act of the same people goes through the victims' events).
set -eu
cd "$(dirname "$0")/../.."
BIN=${BIN:-bin}
SEEDS=${SEEDS:-seeds}
OUT=${OUT:-build/bench/extract-speed}
RUNS=${RUNS:-5}
RATIO=${RATIO:-2.4}
CAPTIVE_SCHEMA=${CAPTIVE_SCHEMA:-schema}; export CAPTIVE_SCHEMA
for s in ingest clean extract resolve; do
	[ -x "$BIN/captive-$s" ] || { echo "extract-speed: $BIN/captive-$s: not built (make)" >&2; exit 1; }
done
mkdir -p "$OUT"

# The corpus.  hex4: a copy's number as 4 hex digits, so an id keeps the
# shape doc-<16 hex digits>.
"$BIN/captive-ingest" -q "$SEEDS" | "$BIN/captive-clean" -q >"$OUT/x1.jsonl"
ndoc=$(grep -c '"kind":"document"' "$OUT/x1.jsonl" || true)
[ "$ndoc" -gt 0 ] || { echo "extract-speed: no documents in $SEEDS" >&2; exit 1; }
for n in 100 200; do
	jq -c -s --argjson n "$n" '
	    def hex4: [(. / 4096 | floor) % 16, (. / 256 | floor) % 16, (. / 16 | floor) % 16, . % 16]
	        | map("0123456789abcdef"[.:. + 1]) | join("");
	    . as $docs | range(0; $n) as $i | $docs[]
	    | if .kind == "document" then .id = (.id[0:16] + ($i | hex4)) else . end' \
	    "$OUT/x1.jsonl" >"$OUT/x$n.jsonl"
done
# One long document: every seed's text, one after the other, k times.
for k in 50 100; do
	jq -c -s --argjson k "$k" '
	    ([.[] | select(.kind == "document") | .text] | join("\n\n")) as $t
	    | (map(select(.kind == "document")) | first)
	    | .id = ("doc-long" + ($k | tostring | ("00000000" + .)[-8:]))
	    | .text = ([range(0; $k) | $t] | join("\n\n"))' \
	    "$OUT/x1.jsonl" >"$OUT/long$k.jsonl"
done

# Many events in one document: N sentences, each an act with its own
# invented person and date ("Kang Soo-jin was arrested in March 1953 in
# Sinuiju, the Trade Ministry said.").  Extract compares each new event
# with those before it; this shows whether that scan is quadratic.
for n in 8000 16000; do
	awk -v n="$n" 'BEGIN {
		nf = split("Kim Pak Ri Choe Han Kang Yoo Nam Jo Kwon Yun Song", fam, " ")
		ns = split("min jun soo hye dong chol eun hyun ok yong sang woo jin hee bin kyu nam pil tae gil", syl, " ")
		nm = split("January February March April May June July August September October November December", mon, " ")
		split("arrested detained sentenced released", verb, " ")
		printf "{\"kind\":\"document\",\"id\":\"doc-events%08d\",\"published\":\"2020-01-01\",\"text\":\"", n
		for (i = 0; i < n; i++) {
			a = i % ns; b = int(i / ns) % ns; if (a == b) b = (b + 1) % ns
			f = int(i / (ns * ns)) % nf
			printf "%s%s %s-%s was %s in %s %d in Sinuiju, the Trade Ministry said.", (i ? " " : ""),
			    fam[f + 1], toupper(substr(syl[a + 1], 1, 1)) substr(syl[a + 1], 2), syl[b + 1],
			    verb[i % 4 + 1], mon[i % nm + 1], 1950 + i % 70
		}
		printf "\"}\n"
	}' >"$OUT/events$n.jsonl"
done

# CPU seconds of the shell's children: `times` writes them, and must run
# in the shell that ran the stage, not in a subshell of its own (command
# substitution, a pipeline), whose counts start at 0.  used A B: the
# seconds between two such files.
used() {
	awk 'FNR == 2 { split($1, u, /[ms]/); split($2, s, /[ms]/);
	    c[++n] = u[1] * 60 + u[2] + s[1] * 60 + s[2] }
	    END { printf "%.3f\n", c[2] - c[1] }' "$1" "$2"
}

# once STAGE IN OUTFILE REPS: CPU seconds of one run of the stage on IN
# (the mean of REPS runs in a row: the clock ticks in hundredths, so a
# small input is run many times).
once() {
	j=0
	times >"$OUT/times0.txt"
	while [ "$j" -lt "$4" ]; do
		"$BIN/captive-$1" -q "$2" >"$3" || { echo "extract-speed: captive-$1 failed on $2" >&2; exit 1; }
		j=$((j + 1))
	done
	times >"$OUT/times1.txt"
	used "$OUT/times0.txt" "$OUT/times1.txt" | awk -v r="$4" '{ printf "%.4f\n", $1 / r }'
}

# pair STAGE SMALL BIG [REPS]: the stage on $OUT/SMALL.jsonl and
# $OUT/BIG.jsonl, written to $OUT/<name>.<stage>.jsonl; prints the best
# CPU time of each over $RUNS rounds.  The two alternate within a round,
# so a burst of load elsewhere on the machine falls on both alike.
pair() {
	ba=; bb=; i=0
	while [ "$i" -lt "$RUNS" ]; do
		ta=$(once "$1" "$OUT/$2.jsonl" "$OUT/$2.$1.jsonl" "${4:-1}")
		tb=$(once "$1" "$OUT/$3.jsonl" "$OUT/$3.$1.jsonl" "${4:-1}")
		if [ -z "$ba" ] || awk -v t="$ta" -v b="$ba" 'BEGIN { exit !(t < b) }'; then ba=$ta; fi
		if [ -z "$bb" ] || awk -v t="$tb" -v b="$bb" 'BEGIN { exit !(t < b) }'; then bb=$tb; fi
		i=$((i + 1))
	done
	echo "$ba $bb"
}
# A failed run ends pair's subshell early: "set -- $(pair ...)" then holds
# fewer than two times, and the caller stops.

# report STAGE NAME IN SECONDS: one line of figures.
report() {
	docs=$(grep -c '"kind":"document"' "$3" || true)
	bytes=$(wc -c <"$3")
	awk -v st="$1" -v nm="$2" -v t="$4" -v d="$docs" -v b="$bytes" 'BEGIN {
		tt = (t > 0.001 ? t : 0.001)
		printf "extract-speed: %-8s %-9s %6d docs %10d bytes %8.4f s  %9.1f docs/s  %8.2f MB/s\n",
		    st, nm, d, b, t, d / tt, b / tt / 1e6 }'
}

bad=0
# check WHAT T_SMALL T_BIG: T_BIG within $RATIO times T_SMALL?
check() {
	if awk -v a="$2" -v b="$3" -v r="$RATIO" 'BEGIN { exit !(b <= r * (a > 0.01 ? a : 0.01)) }'; then
		awk -v w="$1" -v a="$2" -v b="$3" 'BEGIN { printf "extract-speed: %s: %.2fx the time for 2x the input (ok)\n", w, b / (a > 0 ? a : 0.001) }'
	else
		awk -v w="$1" -v a="$2" -v b="$3" -v r="$RATIO" 'BEGIN { printf "extract-speed: %s: %.2fx the time for 2x the input, more than %s: not linear\n", w, b / (a > 0 ? a : 0.001), r }'
		bad=1
	fi
}

echo "extract-speed: $ndoc seed documents of $SEEDS, CPU seconds, best of $RUNS"
# 1x: mostly the start (lexicons); 50 runs a measure.
set -- $(pair extract x1 x1 50); [ $# = 2 ] || exit 1; ex1=$1
report extract 1x "$OUT/x1.jsonl" "$ex1"
set -- $(pair extract x100 x200); [ $# = 2 ] || exit 1; ex100=$1; ex200=$2
report extract 100x "$OUT/x100.jsonl" "$ex100"
report extract 200x "$OUT/x200.jsonl" "$ex200"
# resolve reads what extract wrote (x100.extract.jsonl -> x100.extract.resolve.jsonl);
# it is fast: 5 runs a measure, so the clock's hundredths do not decide.
set -- $(pair resolve x100.extract x200.extract 5); [ $# = 2 ] || exit 1; rs100=$1; rs200=$2
report resolve 100x "$OUT/x100.extract.jsonl" "$rs100"
report resolve 200x "$OUT/x200.extract.jsonl" "$rs200"
set -- $(pair extract long50 long100); [ $# = 2 ] || exit 1; lg50=$1; lg100=$2
report extract long50x "$OUT/long50.jsonl" "$lg50"
report extract long100x "$OUT/long100.jsonl" "$lg100"
set -- $(pair extract events8000 events16000); [ $# = 2 ] || exit 1; ev8000=$1; ev16000=$2
report extract 8000ev "$OUT/events8000.jsonl" "$ev8000"
report extract 16000ev "$OUT/events16000.jsonl" "$ev16000"
check "extract 100x -> 200x" "$ex100" "$ex200"
check "resolve 100x -> 200x" "$rs100" "$rs200"
check "extract one document 50x -> 100x" "$lg50" "$lg100"
check "extract 8000 -> 16000 events in one document" "$ev8000" "$ev16000"
exit $bad
