#!/bin/sh
# captive-resolve --previous (issue 11): a release is built, articles are
# added and removed, and the next release, built with --previous, keeps
# the id of every person present in both, redirects the ids of persons
# joined since, and lists the ids of persons gone as withdrawn.
. "$(dirname "$0")/lib.sh"

# doc	name	aliases (|-separated): invented people.
cat >v1.tsv <<'EOF'
1	Seo Jae-hyeok	
1	Ahn Mi-rae	
2	Aki Nakagawa	
2	Emiko Hoshino	
3	Emiko Tanabe	
3	Suh Jae-hyuk	
4	Thomas Whitfield	
EOF
# Document 1 is gone (Ahn Mi-rae with it; Seo Jae-hyeok stays, written
# Suh Jae-hyuk in document 3); document 5 says Emiko Tanabe is Emiko
# Hoshino and gives Aki Nakagawa a middle initial.
cat >v2.tsv <<'EOF'
2	Aki Nakagawa	
2	Emiko Hoshino	
3	Emiko Tanabe	
3	Suh Jae-hyuk	
4	Thomas Whitfield	
5	Emiko Tanabe	Emiko Hoshino
5	Aki R. Nakagawa	
EOF

cat >gen.py <<'PY'
import json, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")]
docs = sorted({r[0] for r in rows}, key=int)
if len(sys.argv) > 2:
    docs.reverse()
for d in docs:
    doc = "doc-%016x" % int(d)
    print(json.dumps({"kind": "document", "id": doc, "source": "a%s.txt" % d, "format": "text",
                      "size": 1, "sha256": "0" * 64, "published": "2020-01-0" + d}))
    for i, (dd, name, aliases) in enumerate(rows):
        if dd == d:
            pid = "p-%012x" % (i + 1)
            print(json.dumps({"kind": "person", "id": pid, "document_id": doc, "name": name,
                              "aliases": [a for a in aliases.split("|") if a], "roles": ["victim"]}))
            print(json.dumps({"kind": "mention", "document_id": doc, "entity_id": pid,
                              "start": 0, "end": 1, "text": name}))
PY

# release V TSV [resolve options...]: the chain from resolve to a release in dist/.
release() {
	v=$1 tsv=$2
	shift 2
	python3 gen.py "$tsv" >"in-$v.jsonl" &&
	captive-resolve -q "$@" "in-$v.jsonl" >"res-$v.jsonl" &&
	captive-validate -q "res-$v.jsonl" >"ok-$v.jsonl" &&
	rm -rf "emit-$v" && captive-emit -q --out "emit-$v" "ok-$v.jsonl" &&
	captive-release -q --version "$v" --out dist "emit-$v"
}
ids() {
	gzip -dc "dist/captive-$1/$2.csv.gz" | tr -d "\r" | sed 1d | cut -d, -f1 | sort
}

test_expect_success 'a first release, then the next with --previous' '
	release 1.0.0 v1.tsv &&
	release 1.1.0 v2.tsv --previous dist/captive-1.0.0 &&
	test -s dist/captive-1.1.0/redirects.csv.gz
'

test_expect_success 'every person present in both keeps the id' '
	jq -r "select(.kind == \"person\") | .id + \" \" + .name" res-1.0.0.jsonl | sort >v1.names &&
	id_of() { grep " $1\$" v1.names | cut -d" " -f1; } &&
	for n in "Seo Jae-hyeok" "Aki Nakagawa" "Thomas Whitfield"; do
		id=$(id_of "$n") && test -n "$id" &&
		jq -s -e --arg id "$id" "any(.kind == \"person\" and .id == \$id)" res-1.1.0.jsonl >/dev/null ||
		{ echo "lost: $n $id"; return 1; }
	done
'

test_expect_success 'a person of a new name keeps the id (Aki R. Nakagawa)' '
	jq -s -e "any(.kind == \"person\" and .name == \"Aki R. Nakagawa\")" res-1.1.0.jsonl >/dev/null &&
	test $(jq -r "select(.kind == \"person\" and .name == \"Aki R. Nakagawa\") | .id" res-1.1.0.jsonl) = \
	     $(grep " Aki Nakagawa\$" v1.names | cut -d" " -f1)
'

test_expect_success 'every vanished id is redirected or withdrawn' '
	ids 1.0.0 persons >old && ids 1.1.0 persons >new && ids 1.1.0 redirects >redirected &&
	comm -23 old new >vanished && test -s vanished &&
	test_cmp vanished redirected
'

test_expect_success 'two earlier persons joined: one id kept, the other redirected to it' '
	gzip -dc dist/captive-1.1.0/redirects.csv.gz | tr -d "\r" | grep ",merged\$" >merged &&
	test $(wc -l <merged) -eq 1 &&
	to=$(cut -d, -f2 merged) &&
	jq -s -e --arg id "$to" "any(.kind == \"person\" and .id == \$id and .name == \"Emiko Hoshino\")" res-1.1.0.jsonl >/dev/null
'

test_expect_success 'a person gone from the sources is withdrawn' '
	id=$(grep " Ahn Mi-rae\$" v1.names | cut -d" " -f1) &&
	gzip -dc dist/captive-1.1.0/redirects.csv.gz | tr -d "\r" | grep -x "$id,,withdrawn"
'

test_expect_success 'references go to the kept ids' '
	jq -s -e "(map(select(.kind == \"person\") | .id)) as \$p |
		map(select(.kind == \"mention\")) | all(.entity_id as \$e | \$p | index(\$e))" res-1.1.0.jsonl
'

test_expect_success 'the ids do not depend on the order of the input' '
	python3 gen.py v2.tsv reverse >rev.jsonl &&
	captive-resolve -q --previous dist/captive-1.0.0 rev.jsonl | jq -c "select(.kind == \"person\" or .kind == \"redirect\") | [.kind, .id // .old_id, .new_id]" | sort >b &&
	jq -c "select(.kind == \"person\" or .kind == \"redirect\") | [.kind, .id // .old_id, .new_id]" res-1.1.0.jsonl | sort >a &&
	test_cmp a b
'

test_expect_success 'redirects are carried on to the release after' '
	release 1.2.0 v2.tsv --previous dist/captive-1.1.0 &&
	ids 1.1.0 redirects >r1 && ids 1.2.0 redirects >r2 && test_cmp r1 r2 &&
	ids 1.1.0 persons >p1 && ids 1.2.0 persons >p2 && test_cmp p1 p2
'

test_expect_success 'a previous release that is missing, truncated or of another schema is an error' '
	test_must_fail 2 captive-resolve -q --previous nowhere in-1.0.0.jsonl >/dev/null 2>err &&
	grep "nowhere/persons.csv.gz: cannot read the previous release" err &&
	mkdir cut && head -c 40 dist/captive-1.0.0/persons.csv.gz >cut/persons.csv.gz &&
	test_must_fail 2 captive-resolve -q --previous cut in-1.0.0.jsonl >/dev/null 2>err &&
	grep "cut/persons.csv.gz: the previous release is damaged" err &&
	mkdir other && printf "id,name\r\np-000000000001,X Y\r\n" | gzip >other/persons.csv.gz &&
	test_must_fail 2 captive-resolve -q --previous other in-1.0.0.jsonl >/dev/null 2>err &&
	grep "other/persons.csv.gz: no \"aliases\" column: not a release of this schema" err
'
test_done
