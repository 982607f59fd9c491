#!/bin/sh
# The whole chain on the seeds mixed with hostile inputs (issue 13): every
# file of the bad-input catalogue, a gzip bomb, a FIFO, a socket, a loop
# of links, names in Latin-1 and with a newline.  Each bad one is reported
# and set aside; the good documents all come out with every record they
# give alone.
. "$(dirname "$0")/lib.sh"

# Two runs, each in its own folder on a folder named seeds, so that the
# sources read the same: alone/seeds holds the seeds, mix/seeds the seeds
# and the hostile inputs.
mkdir -p alone/seeds mix/seeds
cp "$ROOT"/seeds/* alone/seeds/
cp "$ROOT"/seeds/* mix/seeds/
for f in "$ROOT"/tests/bad/*; do
	case $f in *.expect|*.jsonl) continue ;; esac
	cp "$f" mix/seeds/ || exit 1
done
cd mix/seeds || exit 1
python3 -c 'import gzip; open("bomb.txt.gz", "wb").write(gzip.compress(bytes(20 << 20), 9))'
mkfifo fifo
python3 -c 'import socket; socket.socket(socket.AF_UNIX).bind("sock")'
ln -s loop-b loop-a && ln -s loop-a loop-b
ln -s . up
printf 'A short invented note about nothing.\n' >"caf$(printf '\351').txt"
printf 'Another invented note about nothing.\n' >"two
lines.txt"
cd "$TMP" || exit 1

# chain DIR: the chain on DIR/seeds, run in DIR, into DIR/out/; stderr in
# DIR/err.
chain() {
	(cd "$1" && { timeout 300 captive-ingest -q seeds | captive-clean -q |
	    captive-extract -q | captive-resolve -q |
	    captive-validate -q --rejects rejects.jsonl | captive-emit -q --out out; } 2>err)
}

test_expect_success 'the seeds alone: nothing reported' '
	chain alone && test ! -s alone/err
'

test_expect_success 'the mix: runs to the end, never blocks, each bad input named' '
	chain mix; test -f mix/out/events.csv.gz &&
	for name in fifo sock loop-a loop-b up "caf\\\\xE9\.txt" "two\\\\nlines\.txt" bomb\.txt\.gz \
	    utf8-ff\.txt utf16-nobom\.txt whitespace\.txt empty\.txt truncated\.txt\.gz warc-truncated\.warc; do
		test_grep "^captive-ingest: seeds/$name[:,]" mix/err || return 1
	done &&
	test_grep "^captive-ingest: [0-9]+ inputs, [0-9]+ documents out, [0-9]+ set aside$" mix/err
'

test_expect_success 'every record the seeds give alone comes out of the mix' '
	for t in documents persons events event_participants groups mentions; do
		gzip -dc alone/out/$t.csv.gz | sort >a.$t && gzip -dc mix/out/$t.csv.gz | sort >m.$t &&
		comm -23 a.$t m.$t >lost.$t &&
		{ test ! -s lost.$t || { echo "$t: rows lost in the mix:"; head -5 lost.$t; false; }; } || return 1
	done
'

test_done
