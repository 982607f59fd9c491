#!/bin/sh
# make release, issue 13: a SEEDS that does not exist, a SEEDS with no
# document, and a stage that stops half way write no release; a DIST whose
# parent folders do not exist is made as mkdir -p makes it.
. "$(dirname "$0")/lib.sh"

VERSION=$(cat "$ROOT/VERSION")

test_expect_success 'SEEDS that does not exist: a clear error, no release' '
	test_must_fail 2 make -s -C "$ROOT" ${CAPTIVE_MAKEFLAGS:-} release SEEDS="$TMP/no/such" DIST="$TMP/d1" \
	    WORK="$TMP/w1" PREVIOUS= >out 2>err &&
	test_grep "^release: SEEDS=$TMP/no/such: no such file or folder; no release written$" err &&
	test ! -e "$TMP/d1"
'

test_expect_success 'SEEDS with no document: a clear error, no release' '
	mkdir empty &&
	test_must_fail 2 make -s -C "$ROOT" ${CAPTIVE_MAKEFLAGS:-} release SEEDS="$TMP/empty" DIST="$TMP/d2" \
	    WORK="$TMP/w2" PREVIOUS= >out 2>err &&
	test_grep "^release: no document came through from SEEDS=$TMP/empty; no release written$" err &&
	test ! -e "$TMP/d2/captive-$VERSION"
'

test_expect_success 'DIST=a/b/c is made like mkdir -p' '
	mkdir seeds && cp "$ROOT/seeds/000_52edef2bf1466767.txt" seeds/ &&
	make -s -C "$ROOT" ${CAPTIVE_MAKEFLAGS:-} release SEEDS="$TMP/seeds" DIST="$TMP/a/b/c" WORK="$TMP/w3" \
	    PREVIOUS= >out 2>&1 &&
	test -f "$TMP/a/b/c/captive-$VERSION/SHA256SUMS" &&
	(cd "$TMP/a/b/c/captive-$VERSION" && sha256sum -c --quiet SHA256SUMS)
'

test_expect_success 'a stage killed half way: no release written' '
	mkdir fakebin &&
	for s in ingest clean resolve validate emit release; do
		ln -s "$BIN/captive-$s" fakebin/ || return 1
	done &&
	printf "#!/bin/sh\nkill -TERM \$\$\n" >fakebin/captive-extract &&
	chmod +x fakebin/captive-extract &&
	test_must_fail 2 make -s -C "$ROOT" ${CAPTIVE_MAKEFLAGS:-} release BIN="$TMP/fakebin" SEEDS="$TMP/seeds" \
	    DIST="$TMP/d4" WORK="$TMP/w4" PREVIOUS= >out 2>err &&
	test_grep "^release: a stage stopped \((.*, )?extract: status 143(, .*)?\); no release written$" err &&
	test ! -e "$TMP/d4"
'

test_done
