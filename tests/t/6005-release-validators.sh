#!/bin/sh
# The release read by tools that share no code with captive: datapackage.json
# and every table through the Frictionless Data JavaScript libraries (npm
# "datapackage", installed by make deps into tests/npm), and every CSV table
# loaded into SQLite with sqlite3 .import, with the same row counts.
. "$(dirname "$0")/lib.sh"

VERSION=$(cat "$ROOT/VERSION")
SEEDS_REL=$ROOT/dist/captive-$VERSION
VALIDATE=$ROOT/tests/npm/validate-datapackage.js
FIX=$ROOT/tests/fixtures

captive-emit -q --out emit "$FIX/emit-small.jsonl" &&
captive-release -q --version 1.0.0 --out dist emit &&
grep -v p-bbbbbbbbbbbb "$FIX/emit-small.jsonl" >v2.jsonl &&
captive-emit -q --out emit2 v2.jsonl &&
captive-release -q --version 1.1.0 --out dist emit2 || exit 1

if command -v node >/dev/null 2>&1 && [ -d "$ROOT/tests/npm/node_modules/datapackage" ]; then
	test_expect_success 'the seeds release: a valid Data Package, every row valid against its schema' '
		node "$VALIDATE" "$SEEDS_REL" >out &&
		test_grep "datapackage.json: valid Data Package, [0-9]+ resources$" out &&
		for t in $(jq -r ".resources[].path" "$SEEDS_REL/datapackage.json"); do
			test_grep "^$t: [0-9]+ rows valid$" out || return 1
		done
	'

	test_expect_success 'the fixture releases too (with rows in changes.csv.gz)' '
		node "$VALIDATE" dist/captive-1.0.0 >out &&
		node "$VALIDATE" dist/captive-1.1.0 >out &&
		test_grep "^changes.csv.gz: 1 rows valid$" out
	'

	test_expect_success 'the validator refuses a term outside a vocabulary, naming the table and value' '
		cp -r dist/captive-1.1.0 bad &&
		gzip -dc bad/persons.csv.gz | sed "2s/,victim,/,victim;hostage,/" | gzip -n >p.gz &&
		mv p.gz bad/persons.csv.gz &&
		test_must_fail 1 node "$VALIDATE" bad 2>err >/dev/null &&
		test_grep "persons.csv.gz: a row does not fit the schema" err &&
		test_grep "victim;hostage" err
	'

	test_expect_success 'the validator refuses a malformed id, a duplicate key and a bad descriptor' '
		rm -rf bad && cp -r dist/captive-1.1.0 bad &&
		gzip -dc bad/events.csv.gz | sed "2s/^e-111111111111,/e-11111111111x,/" | gzip -n >e.gz &&
		mv e.gz bad/events.csv.gz &&
		test_must_fail 1 node "$VALIDATE" bad 2>err >/dev/null &&
		test_grep "events.csv.gz: a row does not fit the schema" err &&
		cp dist/captive-1.1.0/events.csv.gz bad/ &&
		gzip -dc bad/places.csv.gz | awk "NR == 2 { print } { print }" | gzip -n >l.gz &&
		mv l.gz bad/places.csv.gz &&
		test_must_fail 1 node "$VALIDATE" bad 2>err >/dev/null &&
		test_grep "places.csv.gz: a row does not fit the schema" err &&
		cp dist/captive-1.1.0/places.csv.gz bad/ &&
		jq "del(.resources[0].name)" dist/captive-1.1.0/datapackage.json >bad/datapackage.json &&
		test_must_fail 1 node "$VALIDATE" bad 2>err >/dev/null &&
		test_grep "not a valid Data Package" err
	'
else
	test_skip 'datapackage.json and the tables through the Frictionless JS libraries' \
		'no node or tests/npm/node_modules: run make deps'
fi

# import REL: every CSV table of the release into one SQLite database,
# then "table sqlite-rows index-rows python-rows" per table.
import() {
	rm -f db.sqlite &&
	for f in "$1"/*.csv.gz; do
		t=$(basename "$f" .csv.gz)
		gzip -dc "$f" >"$t.csv" &&
		sqlite3 -bail db.sqlite ".mode csv" ".import $t.csv $t" || return 1
		n=$(sqlite3 db.sqlite "select count(*) from \"$t\"") &&
		i=$(jq ".releases[] | select(.path == \"$(basename "$1")/\") | .files[] | select(.name == \"$t.csv.gz\") | .rows" "$2") &&
		p=$(python3 -c "import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline=\"\", encoding=\"utf-8\"))) - 1)" "$t.csv") &&
		echo "$t $n $i $p" || return 1
	done
}

if command -v sqlite3 >/dev/null 2>&1; then
	test_expect_success 'sqlite3 .import loads every table of the seeds release with the same row counts' '
		import "$SEEDS_REL" "$ROOT/dist/index.json" >counts &&
		test "$(wc -l <counts)" = "$(ls "$SEEDS_REL"/*.csv.gz | wc -l)" &&
		awk "\$2 != \$3 || \$3 != \$4 { print \"row counts differ: \" \$0; bad = 1 } END { exit bad }" counts &&
		awk "\$1 == \"mentions\" && \$2 > 0 { ok = 1 } END { exit !ok }" counts
	'

	test_expect_success 'and of a fixture release (quotes, commas and a newline inside cells)' '
		import dist/captive-1.0.0 dist/index.json >counts &&
		awk "\$2 != \$3 || \$3 != \$4 { print \"row counts differ: \" \$0; bad = 1 } END { exit bad }" counts &&
		sqlite3 db.sqlite "select evidence from events where id = '"'"'e-111111111111'"'"'" >ev &&
		printf "He was arrested in October 2015,\nin Pyongyang.\n" >expect && test_cmp expect ev
	'
else
	test_skip 'sqlite3 .import of every table' 'no sqlite3 (make deps installs it)'
fi

test_done
