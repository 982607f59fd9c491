#!/bin/sh
# captive-extract and captive-resolve (issue 11): a name the text states
# as another name of a person ("also known as", "whose real name is",
# "(now Doe)", a name in Hangul in brackets) is an alias of the person,
# its statement an alias record with its sentence, and resolve joins
# documents on it; "known as a hardliner" states nothing.  Invented
# articles and names.
. "$(dirname "$0")/lib.sh"

mkdir in
cat >in/a.txt <<'EOF2'
Defector Kim Tae-hun, also known as Danny Kim, was arrested in Dandong in March.
Kim told friends he feared being sent back.
EOF2
cat >in/b.txt <<'EOF2'
Last week Danny Kim was sent home to the North, his church said.
EOF2
cat >in/c.txt <<'EOF2'
Ann Roe (now Doe) was taken from a beach in 1979, her brother said.
A second abductee, Han Ji-su (한지수), was taken in 1980.
EOF2
cat >in/d.txt <<'EOF2'
Ann Doe met reporters in Tokyo on Monday. She said Han Jisu was alive.
EOF2
cat >in/e.txt <<'EOF2'
Kim Tae-ho, who is known as a hardliner, spoke for the ministry.
EOF2
# One Japanese name romanized two ways, the same kanji in both.
cat >in/f.txt <<'EOF2'
Yuko Ohno (大野優子), 45, was taken from a beach in 1978, her sister said.
EOF2
cat >in/g.txt <<'EOF2'
Yuuko Oono (大野優子), 47, told reporters she had been held in Pyongyang.
EOF2

test_expect_success 'the chain runs' '
	captive-ingest -q in | captive-clean -q | captive-extract -q >ext &&
	captive-resolve -q --keep-off-topic ext >out	# short texts: some name no act or tie to North Korea
'

test_expect_success 'each statement is an alias record with its sentence and offsets' '
	jq -r "select(.kind == \"alias\") | [.alias, .cue] | @tsv" ext | sort >got &&
	printf "%s\t%s\n" "Ann Doe" now "Danny Kim" "also known as" "大野優子" "written in brackets" "大野優子" "written in brackets" "한지수" "written in brackets" >want &&
	test_cmp want got &&
	jq -s -e "(map(select(.kind == \"document\") | {(.id): .text}) | add) as \$t |
		map(select(.kind == \"alias\")) | all(.evidence as \$e | \$t[.document_id] | contains(\$e))" ext
'

test_expect_success 'the alias as written is text[start:end]' '
	python3 - ext <<-\PY
	import json, sys
	recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
	text = {r["id"]: r["text"] for r in recs if r["kind"] == "document"}
	for r in recs:
	    if r["kind"] == "alias":
	        written = text[r["document_id"]][r["start"]:r["end"]]
	        assert written in r["alias"] or r["alias"].endswith(written), (written, r)
	        assert written in r["evidence"], r
	PY
'

test_expect_success 'resolve joins documents on a stated alias' '
	jq -s -e "[.[] | select(.kind == \"person\" and (.name == \"Kim Tae-hun\"))] |
		length == 1 and (.[0].document_ids | length) == 2 and (.[0].aliases | index(\"Danny Kim\"))" out &&
	jq -s -e "[.[] | select(.kind == \"person\" and ([.name] + .aliases | index(\"Ann Roe\")))] |
		length == 1 and (.[0].document_ids | length) == 2" out &&
	jq -s -e "[.[] | select(.kind == \"person\" and (.name == \"Han Ji-su\" or .name == \"Han Jisu\"))] |
		length == 1 and (.[0].document_ids | length) == 2" out
'

test_expect_success 'alias records name the resolved person' '
	jq -s -e "(map(select(.kind == \"person\") | .id)) as \$ids |
		map(select(.kind == \"alias\")) | length == 5 and all(.person_id as \$p | \$ids | index(\$p))" out
'

test_expect_success 'a name in kanji given in two documents joins them' '
	jq -s -e "[.[] | select(.kind == \"person\" and (.aliases | index(\"大野優子\")))] |
		length == 1 and (.[0].document_ids | length) == 2 and
		(.[0].merges[0] | test(\"the same name in kanji or kana\"))" out
'

test_expect_success '"known as a hardliner" is no alias' '
	jq -s -e "[.[] | select(.kind == \"person\" and .name == \"Kim Tae-ho\")] |
		length == 1 and .[0].aliases == []" out &&
	test $(jq -s "[.[] | select(.kind == \"person\" and (.name | startswith(\"Kim Tae\")))] | length" out) -eq 2
'
test_done
