#!/bin/sh
# Off-topic text (issue 9): a crawl of invented news items, 20 off-topic
# (US politics, business, sports, a court case in the US, an arrest in
# Texas, missile tests with no act against a person) mixed with 4
# relevant ones (tests/fixtures/offtopic/, off*.txt and on*.txt).  The
# release holds no person, group, event or mention of the off-topic ones,
# the relevant ones are intact (as a release of them alone has them),
# every document keeps its relevance column, the counts are reported,
# and KEEP_OFF_TOPIC=1 keeps everything.
. "$(dirname "$0")/lib.sh"

VERSION=$(cat "$ROOT/VERSION")
FIX="$ROOT/tests/fixtures/offtopic"
rel() { gzip -dc "$1/captive-$VERSION/$2.csv.gz"; }

test_expect_success 'each document judged: 4 relevant, 20 off-topic, with evidence' '
	captive-ingest -q "$FIX" | captive-clean -q | captive-extract -q >x.jsonl &&
	jq -r "select(.kind == \"document\") | (.source | sub(\".*/\"; \"\")) + \" \" + .relevance" x.jsonl >judged &&
	test "$(grep -c "^on[^ ]* relevant$" judged)" = 4 &&
	test "$(grep -c "^off[^ ]* off-topic$" judged)" = 20 &&
	jq "select(.kind == \"document\" and .relevance == \"relevant\") |
	    .relevance_act != null and .relevance_tie != null and
	    .text[.relevance_tie_start:.relevance_tie_end] == .relevance_tie_text and
	    .text[.relevance_act_start:.relevance_act_end] == .relevance_act" x.jsonl >ok &&
	test "$(grep -c "^true$" ok)" = 4 && ! grep -q false ok
'

test_expect_success '--trace says why, with the lexicon line of a field act' '
	captive-ingest -q "$FIX/on03-abductee.txt" "$FIX/off08-arrest-texas.txt" "$FIX/off10-missile-test.txt" |
	    captive-clean -q | captive-extract -q --trace 2>trace >/dev/null &&
	test_grep ": relevant: act \"abducted\" \(e-[0-9a-f]{12}\); tie field_act \"Han Do-yun\" \(relevance.tsv:[0-9]+\)$" trace &&
	test_grep ": off-topic: act \"arrested\" \(e-[0-9a-f]{12}\), no tie to North Korea or a North Korean$" trace &&
	test_grep ": off-topic: no act against a person or group$" trace
'

test_expect_success 'the release holds nothing of the off-topic documents; counts reported' '
	make -s -C "$ROOT" ${CAPTIVE_MAKEFLAGS:-} release SEEDS="$FIX" DIST="$TMP/mixed" \
	    WORK="$TMP/w-mixed" PREVIOUS= >out 2>err &&
	test_grep "^captive-resolve: 4 documents relevant, 20 off-topic: their [0-9]* records left out" err &&
	rel mixed documents >docs.csv &&
	test "$(grep -c ",off-topic," docs.csv)" = 20 &&
	test "$(grep -c ",relevant," docs.csv)" = 4 &&
	grep ",off-topic," docs.csv | cut -d, -f1 >off.ids &&
	for t in groups events mentions relations aliases; do
		rel mixed $t >$t.csv &&
		! grep -F -f off.ids $t.csv || return 1
	done &&
	rel mixed persons >persons.csv &&
	! grep -F -f off.ids persons.csv &&
	for name in Bramley Oakhurst Winterbourne Redfield Ashcombe Kettleman Haldane Prentiss Lindqvist; do
		! grep -q "$name" persons.csv || return 1
	done &&
	! grep -q "state residents\|employees\|players" groups.csv &&
	grep -qx "4 documents relevant, 20 off-topic (no act against a person," \
	    "$TMP/mixed/captive-$VERSION/CHANGES.md"
'

test_expect_success 'the relevant documents are intact: as a release of them alone' '
	mkdir only && cp "$FIX"/on*.txt only/ &&
	make -s -C "$ROOT" ${CAPTIVE_MAKEFLAGS:-} release SEEDS="$TMP/only" DIST="$TMP/alone" \
	    WORK="$TMP/w-alone" PREVIOUS= >out 2>err &&
	for t in persons groups events event_participants relations aliases; do
		rel alone $t | sed "s/\.\.*\/only\//X\//g" | sort >a.$t &&
		rel mixed $t | sort >m.$t &&
		test_cmp a.$t m.$t || return 1
	done &&
	grep -q "Thistlewood" m.persons && grep -q "Han Do-yun" m.persons &&
	test "$(rel mixed events | wc -l)" -gt 4
'

test_expect_success 'KEEP_OFF_TOPIC=1 keeps them, and says so' '
	make -s -C "$ROOT" ${CAPTIVE_MAKEFLAGS:-} release SEEDS="$FIX" DIST="$TMP/kept" \
	    WORK="$TMP/w-kept" PREVIOUS= KEEP_OFF_TOPIC=1 >out 2>err &&
	! grep -q "left out" err &&
	rel kept persons >kp.csv &&
	grep -q Kettleman kp.csv && grep -q Thistlewood kp.csv &&
	test "$(rel kept persons | wc -l)" -gt "$(rel mixed persons | wc -l)"
'

test_expect_success 'resolve and emit each leave them out, and say so under -q only then' '
	captive-resolve -q x.jsonl >r1.jsonl 2>err1 &&
	test_grep "^captive-resolve: 4 documents relevant, 20 off-topic: their [0-9]* records left out" err1 &&
	test "$(jq -r "select(.kind == \"person\") | .name" r1.jsonl | grep -c "Kettleman\|Ashcombe")" = 0 &&
	captive-resolve -q --keep-off-topic x.jsonl >r2.jsonl 2>err2 && test ! -s err2 &&
	test "$(jq -r "select(.kind == \"person\") | .name" r2.jsonl | grep -c "Kettleman\|Ashcombe")" = 2 &&
	captive-validate -q x.jsonl | captive-emit -q --out e1 2>err3 &&
	test_grep "^captive-emit: 4 documents relevant, 20 off-topic: their [0-9]* records left out" err3 &&
	! gzip -dc e1/persons.csv.gz | grep -q Kettleman &&
	captive-validate -q r1.jsonl | captive-emit -q --out e2 2>err4 && test ! -s err4 &&
	captive-validate -q x.jsonl | captive-emit -q --keep-off-topic --out e3 2>err5 && test ! -s err5 &&
	gzip -dc e3/persons.csv.gz | grep -q Kettleman
'

test_expect_success 'an id published before (KEEP_OFF_TOPIC=1 above), now left out, is withdrawn' '
	make -s -C "$ROOT" ${CAPTIVE_MAKEFLAGS:-} release SEEDS="$FIX" DIST="$TMP/next" \
	    WORK="$TMP/w-next" PREVIOUS="$TMP/kept/captive-$VERSION" >out 2>err &&
	gzip -dc "$TMP/kept/captive-$VERSION/persons.csv.gz" | grep Kettleman | cut -d, -f1 >old.id &&
	test -s old.id &&
	gzip -dc "$TMP/next/captive-$VERSION/redirects.csv.gz" | tr -d "\r" >redirects &&
	grep -q "^$(cat old.id),,withdrawn$" redirects &&
	gzip -dc "$TMP/kept/captive-$VERSION/persons.csv.gz" | grep Thistlewood | cut -d, -f1 >kept.id &&
	gzip -dc "$TMP/next/captive-$VERSION/persons.csv.gz" | grep -q "^$(cat kept.id),"
'

test_done
