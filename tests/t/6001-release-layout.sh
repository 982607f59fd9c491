#!/bin/sh
# captive-release: the release folder has every file, its checksums hold,
# a rebuild is byte-identical, datapackage.json lists every table, and
# CHANGES.md compares with the previous release.
. "$(dirname "$0")/lib.sh"

FIX=$ROOT/tests/fixtures

test_expect_success 'setup: emit the fixture' '
	captive-emit -q --out emit "$FIX/emit-small.jsonl"
'

test_expect_success 'release folder has every file' '
	captive-release -q --version 1.0.0 --out dist emit &&
	jq -r ".tables[].name + \".csv.gz\"" "$ROOT/schema/tables.json" >expect &&
	for f in captive.json.gz captive.xml.gz captive.xsd captive.schema.json \
		tables.json datapackage.json README.md LICENSE CITATION.cff \
		CHANGES.md changes.csv.gz SHA256SUMS; do echo $f; done >>expect &&
	sort expect >expect.sorted &&
	(cd dist/captive-1.0.0 && ls) | sort >actual &&
	test_cmp expect.sorted actual &&
	! ls -A dist | grep "^\."
'

test_expect_success 'sha256sum -c SHA256SUMS passes, every file but itself, sorted' '
	(cd dist/captive-1.0.0 && sha256sum --quiet -c SHA256SUMS) &&
	sed "s/^[0-9a-f]*  //" dist/captive-1.0.0/SHA256SUMS >listed &&
	(cd dist/captive-1.0.0 && ls | grep -v "^SHA256SUMS$" | LC_ALL=C sort) >want &&
	test_cmp want listed
'

test_expect_success 'rebuilt twice: byte-identical' '
	cp -r dist/captive-1.0.0 first &&
	captive-release -q --version 1.0.0 --out dist emit &&
	diff -r first dist/captive-1.0.0 &&
	captive-release -q --version 1.0.0 --out dist2 emit &&
	diff -r first dist2/captive-1.0.0
'

test_expect_success 'datapackage.json parses and lists every table' '
	dp=dist/captive-1.0.0/datapackage.json &&
	jq -e ".name == \"captive\" and .version == \"1.0.0\" and .licenses[0].name == \"CC-BY-4.0\"" $dp &&
	{ jq -r ".tables[].name" "$ROOT/schema/tables.json" && echo changes; } >tables &&
	jq -r ".resources[].name" $dp >resources &&
	test_cmp tables resources &&
	jq -e "[.resources[] | .format == \"csv\" and .compression == \"gz\" and (.hash | startswith(\"sha256:\")) and (.schema.fields | length) > 0] | all" $dp &&
	! grep -q "\"x-" $dp &&
	for r in $(jq -r ".resources[] | .path + \"=\" + .hash" $dp); do
		f=${r%%=*} h=${r#*=sha256:}
		test "$(sha256sum <dist/captive-1.0.0/$f | cut -d" " -f1)" = "$h" || exit 1
		test "$(jq ".resources[] | select(.path == \"$f\") | .bytes" $dp)" = "$(wc -c <dist/captive-1.0.0/$f)" || exit 1
	done
'

test_expect_success 'README codebook has every table and column, CHANGES says first' '
	for t in $(jq -r ".tables[].name" "$ROOT/schema/tables.json"); do
		test_grep "^### $t$" dist/captive-1.0.0/README.md || exit 1
	done &&
	for c in $(jq -r ".tables[].schema.fields[].name" "$ROOT/schema/tables.json"); do
		test_grep "^\| \`$c\` \|" dist/captive-1.0.0/README.md || exit 1
	done &&
	test_grep "^First release\.$" dist/captive-1.0.0/CHANGES.md &&
	test_grep "^cff-version: 1.2.0$" dist/captive-1.0.0/CITATION.cff &&
	! grep -q date dist/captive-1.0.0/CITATION.cff &&
	test_grep "creativecommons.org/licenses/by/4.0" dist/captive-1.0.0/LICENSE
'

test_expect_success 'CHANGES.md: persons and events added and removed since 1.0.0' '
	grep -v p-bbbbbbbbbbbb "$FIX/emit-small.jsonl" | sed s/e-222222222222/e-333333333333/ >v2.jsonl &&
	captive-emit -q --out emit2 v2.jsonl &&
	captive-release -q --version 1.2.0 --out dist emit2 &&
	captive-release -q --version 1.10.0 --out dist emit2 &&
	captive-release -q --version 1.2.0 --out dist emit2 &&
	c=dist/captive-1.10.0/CHANGES.md &&
	test_grep "^Since captive 1.2.0\.$" $c &&
	test_grep "^Since captive 1.0.0\.$" dist/captive-1.2.0/CHANGES.md &&
	test_grep "^## Persons removed \(1\)$" dist/captive-1.2.0/CHANGES.md &&
	test_grep "^- \`p-bbbbbbbbbbbb\` Ri Myong-hui$" dist/captive-1.2.0/CHANGES.md &&
	test_grep "^- \`e-333333333333\` repatriation" dist/captive-1.2.0/CHANGES.md &&
	test_grep "^## Events removed \(1\)$" dist/captive-1.2.0/CHANGES.md
'

test_expect_success 'DIST/index.json lists every release, newest first, with true sizes and checksums' '
	jq -r ".releases[].version" dist/index.json >versions &&
	printf "1.10.0\n1.2.0\n1.0.0\n" >expect && test_cmp expect versions &&
	jq -r ".releases[] | .path as \$p | .files[] | \"\(.sha256)  \(\$p)\(.name)\"" dist/index.json >sums &&
	(cd dist && sha256sum -c --quiet ../sums) &&
	jq -r ".releases[] | .path as \$p | .files[] | \"\(.bytes) \(\$p)\(.name)\"" dist/index.json |
	while read -r bytes f; do test "$(wc -c <"dist/$f")" = "$bytes" || exit 1; done &&
	test "$(jq ".releases[0].files[] | select(.name == \"persons.csv.gz\") | .rows" dist/index.json)" = 1 &&
	(cd dist/captive-1.10.0 && ls) >files && jq -r ".releases[0].files[].name" dist/index.json >listed &&
	test_cmp files listed
'

test_expect_success 'a missing table fails and leaves the release alone' '
	cp -r emit broken && rm broken/persons.csv.gz &&
	cp -r dist/captive-1.0.0 before &&
	test_must_fail 2 captive-release -q --version 1.0.0 --out dist broken 2>err &&
	test_grep "persons.csv.gz" err &&
	diff -r before dist/captive-1.0.0 &&
	! ls -A dist | grep "^\."
'

test_expect_success 'usage: --help, --version, misuse' '
	captive-release --help >help && test_grep "^usage: captive-release" help &&
	captive-release --version >v && test_grep "^captive-release [0-9]" v &&
	test_must_fail 2 captive-release --version 1 emit 2>/dev/null &&
	test_must_fail 2 captive-release --out d emit 2>/dev/null &&
	test_must_fail 2 captive-release --bogus 2>/dev/null
'

test_done
