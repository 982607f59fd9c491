#!/bin/sh
# captive-release: schema stability.  datapackage.json carries the schema's
# version beside the data's; against the previous release's datapackage.json
# an added column at the end passes, a removed, renamed or moved column or a
# removed vocabulary term fails unless the major schema version went up.
. "$(dirname "$0")/lib.sh"

FIX=$ROOT/tests/fixtures

# schema_edit DIR JQ-FILTER [BASE]: a copy of the schema folder BASE (the
# project's) with tables.json rewritten by the filter.
schema_edit() {
	rm -rf "$1" && cp -r "$ROOT/schema" "$1" &&
	jq "$2" "${3:-$ROOT/schema}/tables.json" >"$1/tables.json"
}

# release_with DIR VERSION [EMIT-DIR]: emit the fixture (under schema
# EMIT-DIR, else DIR) and release it under schema DIR.
release_with() {
	rm -rf "emit-$2" &&
	captive-emit -q --schema "${3:-$1}" --out "emit-$2" "$FIX/emit-small.jsonl" &&
	captive-release -q --schema "$1" --version "$2" --out dist "emit-$2"
}

test_expect_success 'datapackage.json has the schema version, separate from the data version' '
	release_with "$ROOT/schema" 3.1.0 &&
	jq -e --arg s "$(jq -r .schemaVersion "$ROOT/schema/tables.json")" \
		".version == \"3.1.0\" and .schemaVersion == \$s" dist/captive-3.1.0/datapackage.json &&
	test_grep "^Schema version [0-9]+\.[0-9]+\.[0-9]+\.$" dist/captive-3.1.0/CHANGES.md &&
	test_grep "^Data version 3\.1\.0, schema version " dist/captive-3.1.0/README.md
'

test_expect_success 'a column added at the end passes, and CHANGES.md lists it' '
	schema_edit added "(.tables[] | select(.name == \"persons\") | .schema.fields) += [{name: \"birth_year\", type: \"integer\"}]" &&
	release_with added 3.2.0 &&
	gzip -dc dist/captive-3.2.0/persons.csv.gz | head -1 | grep -q ",birth_year.$" &&
	test_grep "^- persons: column \`birth_year\` added at the end$" dist/captive-3.2.0/CHANGES.md &&
	! grep -q "^Breaking" dist/captive-3.2.0/CHANGES.md
'

test_expect_success 'a new vocabulary term passes' '
	schema_edit term "(.tables[] | select(.name == \"events\") | .schema.fields[] | select(.name == \"type\") | .constraints.enum) += [\"escape\"]" added &&
	release_with term 3.2.1 &&
	test_grep "^- events: column \`type\`: term \`escape\` added$" dist/captive-3.2.1/CHANGES.md
'

# Each breaking edit of the current schema, as a jq filter, and the words
# its error must say.
cat >breaks <<-\BREAKS
	removed	del(.tables[] | select(.name == "persons") | .schema.fields[] | select(.name == "status"))	persons: column `status` (position 7) removed or renamed (`title` stands there now)
	renamed	(.tables[] | select(.name == "persons") | .schema.fields[] | select(.name == "gender") | .name) = "sex"	persons: column `gender` (position 6) removed or renamed (`sex` stands there now)
	retyped	(.tables[] | select(.name == "events") | .schema.fields[] | select(.name == "start") | .type) = "string"	events: column `start` changed type from integer to string
	vocab	(.tables[] | select(.name == "events") | .schema.fields[] | select(.name == "type") | .constraints.enum) -= ["arrest"]	events: column `type`: term `arrest` removed
	droptable	del(.tables[] | select(.name == "relations"))	relations: table removed
BREAKS

test_expect_success 'each breaking change without a major version fails, naming it; nothing is written' '
	cp -r dist before &&
	while IFS="	" read -r name filter says; do
		schema_edit "$name" "$filter" term || return 1
		test_must_fail 2 release_with "$name" 3.3.0 term 2>err || return 1
		grep -F -q "$says: a breaking change since dist/captive-3.2.1" err ||
			{ echo "$name: no \"$says\" in:"; cat err; return 1; }
		test_grep "schemaVersion \"1\.[0-9.]*\" keeps the major version" err || return 1
		test ! -e dist/captive-3.3.0 || return 1
	done <breaks &&
	diff -r before dist &&
	! ls -A dist | grep "^\."
'

test_expect_success 'the same breaking change with a new major version passes and is noted' '
	schema_edit major "del(.tables[] | select(.name == \"persons\") | .schema.fields[] | select(.name == \"status\")) | .schemaVersion = \"2.0.0\"" term &&
	release_with major 4.0.0 &&
	jq -e ".schemaVersion == \"2.0.0\"" dist/captive-4.0.0/datapackage.json &&
	test_grep "^Schema version 2\.0\.0 \(captive 3\.2\.1: 1\.0\.0\)\.$" dist/captive-4.0.0/CHANGES.md &&
	test_grep "^Breaking changes, announced by the new major version 2:$" dist/captive-4.0.0/CHANGES.md &&
	test_grep "^- persons: column \`status\` \(position 7\) removed or renamed" dist/captive-4.0.0/CHANGES.md
'

test_expect_success 'a schema version without a number is refused' '
	schema_edit noversion "del(.schemaVersion)" &&
	test_must_fail 2 release_with noversion 5.0.0 2>err &&
	test_grep "tables.json: no \"schemaVersion\"" err
'

# The guard for developers: schema/tables.json as it is now against the
# latest release committed in dist/.
test_expect_success 'the current schema is compatible with the latest committed release' '
	latest=$(ls -d "$ROOT"/dist/captive-* | sort -V | tail -1) &&
	mkdir committed && cp -r "$latest" committed/ &&
	captive-emit -q --out emit-now "$FIX/emit-small.jsonl" &&
	captive-release -q --version 9999.0.0 --out committed emit-now 2>err ||
	{ cat err; false; }
'

test_done
