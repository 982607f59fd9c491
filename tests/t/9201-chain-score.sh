#!/bin/sh
# The scorer on the seeds (floors asserted) and on the development set
# (figures printed).  Needs ../shared beside the project; a user's clone
# has none, and then these tests are skipped with a notice.
. "$(dirname "$0")/lib.sh"

if ! test_have_shared; then
	echo "# ../shared (corpus and scorer) not found beside the project: scorer tests skipped"
	test_skip 'scorer on the seeds' 'no ../shared'
	test_skip 'scorer on the development set' 'no ../shared'
	test_done
	exit 0
fi

SCORE="python3 $SHARED/tools/score.py"
VERSION=$(cat "$ROOT/VERSION")

# The floors of issue 5: persons F1 0.95, victims F1 0.92, events F1 0.85,
# event dates and countries 0.90, title and publication date 0.95.
FLOORS='.persons.f1 >= 0.95 and .victims.f1 >= 0.92 and .events.f1 >= 0.85 and
	.event_dates.accuracy >= 0.90 and .event_countries.accuracy >= 0.90 and
	.metadata.title.correct >= 0.95 * .metadata.title.of and
	.metadata.published.correct >= 0.95 * .metadata.published.of'

test_expect_success 'seeds: every floor of issue 5' '
	$SCORE --release "$ROOT/dist/captive-$VERSION" --gold "$SHARED/corpus/seeds-gold" --json >seeds.json &&
	$SCORE --release "$ROOT/dist/captive-$VERSION" --gold "$SHARED/corpus/seeds-gold" >seeds.txt &&
	jq -e "$FLOORS" seeds.json
'

test_expect_success 'development set: a release is built and scored' '
	make -s -C "$ROOT" release SEEDS="$SHARED/corpus/dev/articles" DIST="$TMP/dev" WORK="$TMP/devwork" ALLOW_BAD=1 >make.out 2>&1 ||
	{ cat make.out; false; } &&
	$SCORE --release "$TMP/dev" --gold "$SHARED/corpus/dev/gold" >dev.txt &&
	$SCORE --release "$TMP/dev" --gold "$SHARED/corpus/dev/gold" --json >dev.json
'

test_expect_success 'development set: every floor of issue 5' '
	jq -e "$FLOORS" dev.json
'
# Issue 11: one record per person across articles, dev/ and dev2/ built
# into one release (their articles side by side): pairwise F1 0.95.
test_expect_success 'dev and dev2 together: cross-document F1 0.95' '
	mkdir both &&
	for f in "$SHARED"/corpus/dev/articles/* "$SHARED"/corpus/dev2/articles/*; do
		ln -s "$f" both/ || return 1
	done &&
	make -s -C "$ROOT" release SEEDS="$TMP/both" DIST="$TMP/both-rel" WORK="$TMP/bothwork" ALLOW_BAD=1 \
	    >make-both.out 2>&1 || { cat make-both.out; false; } &&
	$SCORE --release "$TMP/both-rel" --gold "$SHARED/corpus/dev/gold" --gold "$SHARED/corpus/dev2/gold" \
	    >both.txt &&
	$SCORE --release "$TMP/both-rel" --gold "$SHARED/corpus/dev/gold" --gold "$SHARED/corpus/dev2/gold" \
	    --json >both.json &&
	jq -e ".cross_document.f1 >= 0.95" both.json
'
# Issue 9: its floors on d01-d86 together: persons F1 0.95, victims F1
# 0.92, events F1 0.85, event dates and event countries 0.90.
test_expect_success 'dev and dev2 together: the floors of issue 9' '
	jq -e ".persons.f1 >= 0.95 and .victims.f1 >= 0.92 and .events.f1 >= 0.85 and
	    .event_dates.accuracy >= 0.90 and .event_countries.accuracy >= 0.90" both.json
'

# Issue 9 asks its floors of d25-d86 on their own too (they were
# collected apart from d01-d24): persons F1 0.95, victims F1 0.92,
# events F1 0.85, event dates and event countries 0.90.
test_expect_success 'dev2 alone: the floors of issue 9' '
	make -s -C "$ROOT" release SEEDS="$SHARED/corpus/dev2/articles" DIST="$TMP/dev2" WORK="$TMP/dev2work" \
	    ALLOW_BAD=1 >make-dev2.out 2>&1 || { cat make-dev2.out; false; } &&
	$SCORE --release "$TMP/dev2" --gold "$SHARED/corpus/dev2/gold" >dev2.txt &&
	$SCORE --release "$TMP/dev2" --gold "$SHARED/corpus/dev2/gold" --json >dev2.json &&
	jq -e ".persons.f1 >= 0.95 and .victims.f1 >= 0.92 and .events.f1 >= 0.85 and
	    .event_dates.accuracy >= 0.90 and .event_countries.accuracy >= 0.90" dev2.json
'

# Issue 10: clean on dev/ and dev2/ together: boilerplate removed 0.95,
# body kept 0.98; title, publication date and publisher each right in 95%
# of the articles whose gold has one.
test_expect_success 'dev and dev2 together: clean and metadata floors of issue 10' '
	captive-ingest -q both | captive-clean -q >both.clean &&
	$SCORE --release "$TMP/both-rel" --gold "$SHARED/corpus/dev/gold" --gold "$SHARED/corpus/dev2/gold" \
	    --clean both.clean --json >both-clean.json &&
	jq -e ".clean.boilerplate_removed >= 0.95 and .clean.body_kept >= 0.98 and
	    .metadata.title.correct >= 0.95 * .metadata.title.of and
	    .metadata.published.correct >= 0.95 * .metadata.published.of and
	    .metadata.publisher.correct >= 0.95 * .metadata.publisher.of" both-clean.json
'

# The figures, as TAP comments, for whoever reads the log.
sed -n 's/^headline/# seeds headline/p' seeds.txt 2>/dev/null
sed -n 's/^headline/# dev headline/p' dev.txt 2>/dev/null
sed -n 's/^headline/# dev2 headline/p' dev2.txt 2>/dev/null
sed -n 's/^headline/# dev and dev2 headline/p' both.txt 2>/dev/null
test_done
