#!/bin/sh
# captive-extract: the table of short articles in tests/fixtures/event-dates.tsv,
# each through ingest, clean and extract; its events' types, dates and
# countries must come out as the row says.
. "$(dirname "$0")/lib.sh"

n=0
while IFS='	' read -r pub text want; do
	case $pub in '#'*|'') continue ;; esac
	n=$((n + 1))
	printf 'A headline\n\nPublished %s\n\n%s\n' "$pub" "$text" >in$n.txt
	test_expect_success "row $n: $(printf '%s' "$text" | cut -c1-60)..." "
		captive-ingest -q in$n.txt | captive-clean -q | captive-extract -q >out$n &&
		jq -r 'select(.kind==\"event\") | \"\\(.type):\\(.date // \"\"):\\(.country // \"\")\"' out$n |
		    tr '\\n' ' ' | sed 's/ \$//' >got$n &&
		printf '%s' '$want' >want$n && test_cmp want$n got$n
	"
done <"$ROOT/tests/fixtures/event-dates.tsv"
test_done
