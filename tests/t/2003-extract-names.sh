#!/bin/sh
# captive-extract: the table of sentences in tests/fixtures/names.tsv, each
# through ingest, clean and extract; its persons' names, in order of first
# mention, must come out as the row says (none for the negative rows).
. "$(dirname "$0")/lib.sh"

n=0
while IFS='	' read -r text want; do
	case $text in '#'*|'') continue ;; esac
	n=$((n + 1))
	printf 'A headline\n\nPublished 2020-01-01\n\n%s\n' "$text" >in$n.txt
	printf '%s\n' "$want" >want$n
	test_expect_success "row $n: $(printf '%s' "$text" | cut -c1-60)..." "
		captive-ingest -q in$n.txt | captive-clean -q | captive-extract -q >out$n &&
		jq -r 'select(.kind==\"person\") | .name' out$n | paste -sd ';' - >got$n &&
		test_cmp want$n got$n
	"
done <"$ROOT/tests/fixtures/names.tsv"
test_done
