#!/bin/sh
# Reproducible anywhere: the seeds' release built twice from the same
# inputs, under two time zones, locales, umasks and working directories,
# with the files created and named in two orders, gives byte-identical
# files (cmp).  SOURCE_DATE_EPOCH is the only date a release carries.
. "$(dirname "$0")/lib.sh"

VERSION=$(cat "$ROOT/VERSION")

# seeds_in ORDER: (re)create $TMP/in/seeds, copying the seed files in
# ORDER (sort or sort -r), so that the folder's directory order differs
# between builds while its path (the documents' source) stays the same.
seeds_in() {
	rm -rf "$TMP/in" && mkdir -p "$TMP/in/seeds" &&
	for f in $(ls "$ROOT/seeds" | $1); do
		cp "$ROOT/seeds/$f" "$TMP/in/seeds/$f" || return 1
	done
}

# build NAME TZ LC_ALL UMASK ORDER: the whole chain from the working
# directory $TMP/NAME/cwd/deeper, the seeds named one by one in ORDER,
# with the previous committed release beside it (ids kept, changes made
# against it), into $TMP/NAME/dist.
build() {
	mkdir -p "$TMP/$1/cwd/deeper" "$TMP/$1/dist" &&
	cp -r "$ROOT/dist/captive-0.1.0" "$TMP/$1/dist/" &&
	seeds_in "$5" &&
	(
		cd "$TMP/$1/cwd/deeper" && umask "$4" &&
		export TZ="$2" LC_ALL="$3" &&
		captive-ingest -q $(ls -d "$TMP"/in/seeds/* | $5) | captive-clean -q |
		captive-extract -q | captive-resolve -q --previous "$TMP/$1/dist/captive-0.1.0" |
		captive-validate -q | captive-emit -q --out "$TMP/$1/emit" &&
		captive-release -q --version "$VERSION" --out "$TMP/$1/dist" "$TMP/$1/emit"
	)
}

# same A B: every file of the two releases is the same bytes (cmp), and
# neither has a file the other lacks; so are the two index.json and index.html.
same() {
	cmp "$TMP/$1/dist/index.json" "$TMP/$2/dist/index.json" &&
	cmp "$TMP/$1/dist/index.html" "$TMP/$2/dist/index.html" &&
	(cd "$TMP/$1/dist/captive-$VERSION" && ls) >"$TMP/$1.files" &&
	(cd "$TMP/$2/dist/captive-$VERSION" && ls) >"$TMP/$2.files" &&
	test_cmp "$TMP/$1.files" "$TMP/$2.files" &&
	for f in $(cat "$TMP/$1.files"); do
		cmp "$TMP/$1/dist/captive-$VERSION/$f" "$TMP/$2/dist/captive-$VERSION/$f" || return 1
	done
}

test_expect_success 'build A: UTC, C locale, umask 022, files in order' '
	build a UTC C 022 sort
'

test_expect_success 'build B: UTC+9 and UTC-11, C.UTF-8, umask 077, another folder, files in reverse order' '
	build b "XST-9" C.UTF-8 077 "sort -r" &&
	build c "YST+11" POSIX 027 "sort -r"
'

test_expect_success 'the builds are byte-identical (cmp, every file)' '
	same a b && same a c
'

# The documents name their source by its path, which differs here; the
# persons (ids kept from 0.1.0) are the committed release's.
test_expect_success 'the persons are the committed release'"'"'s' '
	gzip -dc "$TMP/a/dist/captive-$VERSION/persons.csv.gz" >a.persons &&
	gzip -dc "$ROOT/dist/captive-$VERSION/persons.csv.gz" >committed.persons &&
	test_cmp committed.persons a.persons
'

test_expect_success 'make release: a folder filled in two orders, two umasks, the same bytes' '
	seeds_in sort &&
	(umask 022 && TZ=UTC LC_ALL=C make -s -C "$ROOT" ${CAPTIVE_MAKEFLAGS:-} release SEEDS="$TMP/in/seeds" \
		DIST="$TMP/m1" WORK="$TMP/w1" PREVIOUS= >/dev/null) &&
	seeds_in "sort -r" &&
	(umask 077 && TZ=XST-9 LC_ALL=C.UTF-8 make -s -C "$ROOT" ${CAPTIVE_MAKEFLAGS:-} release SEEDS="$TMP/in/seeds" \
		DIST="$TMP/m2" WORK="$TMP/w2" PREVIOUS= >/dev/null) &&
	for f in $(cd "$TMP/m1/captive-$VERSION" && ls); do
		cmp "$TMP/m1/captive-$VERSION/$f" "$TMP/m2/captive-$VERSION/$f" || return 1
	done
'

test_expect_success 'no SOURCE_DATE_EPOCH: no date in the release nor on its page' '
	! grep -q "date-released" "$TMP/a/dist/captive-$VERSION/CITATION.cff" &&
	test_grep "Built by captive-release\. " "$TMP/a/dist/index.html"
'

# 1700000000 is 2023-11-14 22:13:20 UTC, already 2023-11-15 at UTC+9.
test_expect_success 'SOURCE_DATE_EPOCH gives CITATION.cff and the page their date, in UTC whatever TZ' '
	captive-emit -q --out emit "$ROOT/tests/fixtures/emit-small.jsonl" &&
	SOURCE_DATE_EPOCH=1700000000 TZ=XST-9 captive-release -q --version 1.0.0 --out d1 emit &&
	SOURCE_DATE_EPOCH=1700000000 TZ=YST+11 captive-release -q --version 1.0.0 --out d2 emit &&
	test_grep "^date-released: \"2023-11-14\"$" d1/captive-1.0.0/CITATION.cff &&
	cmp d1/captive-1.0.0/CITATION.cff d2/captive-1.0.0/CITATION.cff &&
	test_grep "Built by captive-release on 2023-11-14\." d1/index.html &&
	cmp d1/index.html d2/index.html &&
	cmp d1/captive-1.0.0/SHA256SUMS d2/captive-1.0.0/SHA256SUMS
'

test_expect_success 'a malformed SOURCE_DATE_EPOCH is refused, nothing written' '
	SOURCE_DATE_EPOCH=yesterday test_must_fail 2 captive-release -q --version 1.0.0 --out d3 emit 2>err &&
	test_grep "SOURCE_DATE_EPOCH: \"yesterday\" is not a number of seconds" err &&
	test ! -e d3/captive-1.0.0
'

test_done
