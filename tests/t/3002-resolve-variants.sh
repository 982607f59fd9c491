#!/bin/sh
# captive-resolve (issue 11): invented people, each written several ways
# across invented documents, and people with near names or the same name
# and another nationality, who must stay apart.  The table gives for each
# record its document, the person it truly is, the name, nationality,
# gender and aliases; the test scores the pairs of records in different
# documents that resolve makes one person (precision and recall, printed)
# and wants both at 1.  A one-word name ("Kim") never joins documents; a
# name that matches two people who cannot be one (Yu Kyung Ae, with no
# nationality, beside a KR and a JP woman of that name; Thomas Whitfield
# beside Thomas J. and Thomas K.) joins neither.
. "$(dirname "$0")/lib.sh"

# doc	person	name	nationality	gender	aliases (|-separated)
cat >people.tsv <<'EOF'
1	seo-jae-hyeok	Seo Jae-hyeok	KR	male	
2	seo-jae-hyeok	Suh Jae-hyuk			
3	seo-jae-hyeok	Jae-hyuk Suh			
4	seo-jae-hyeok	서재혁			
2	seo-jae-hak	Seo Jae-hak	KR		
5	seo-jae-hak	Suh Jae-hak			
1	ryu-gyeong-ae	Ryu Gyeong-ae	KR	female	
3	ryu-gyeong-ae	Yoo Kyung-ae	KR		
5	ryu-gyeong-ae	Ryu Kyong Ae	KR	female	
6	yu-kyong-ae	Yu Kyong-ae	JP	female	
4	yu-kyung-ae-unknown	Yu Kyung Ae			
1	thomas-j-whitfield	Thomas J. Whitfield	US		
4	thomas-j-whitfield	Thomas James Whitfield			
6	thomas-k-whitfield	Thomas K. Whitfield			
3	thomas-whitfield	Thomas Whitfield			
2	kwon-ok-sun	Kwon Ok-sun		female	Gwon Ok Sun
6	kwon-ok-sun	Gwon Ok-soon			
4	han-bong-nam	Han Bong-nam		male	
5	han-bong-nam	Bong-nam Hahn			
6	han-bong-nam	Han Pong Nam			
5	han-bong-man	Han Bong-man			
1	aki-nakagawa	Aki Nakagawa	JP		
2	aki-nakagawa	Aki Nakagawa	JP		
3	kim-3	Kim			
4	kim-4	Kim			
EOF

# One document record a document, then its persons with a mention each;
# a mention's start is the row of its person in the table.
python3 - people.tsv >in.jsonl <<'PY'
import json, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")]
for d in sorted({r[0] for r in rows}, key=int):
    doc = "doc-%016x" % int(d)
    print(json.dumps({"kind": "document", "id": doc, "published": "2020-01-0" + d}))
    for i, (dd, person, name, nat, gender, aliases) in enumerate(rows):
        if dd != d:
            continue
        pid = "p-%012x" % (i + 1)
        print(json.dumps({"kind": "person", "id": pid, "document_id": doc, "name": name,
                          "aliases": [a for a in aliases.split("|") if a], "roles": ["victim"],
                          "nationality": nat or None, "gender": gender or None}, ensure_ascii=False))
        print(json.dumps({"kind": "mention", "document_id": doc, "entity_id": pid,
                          "start": i, "end": i + 1, "text": name}, ensure_ascii=False))
PY

# Pairs of records in different documents: the truth against resolve.
cat >score.py <<'PY'
import json, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")]
got = {}
for l in open(sys.argv[2], encoding="utf-8"):
    m = json.loads(l)
    if m["kind"] == "mention":
        got[m["start"]] = m["entity_id"]
tp = fp = fn = 0
for i in range(len(rows)):
    for j in range(i + 1, len(rows)):
        if rows[i][0] == rows[j][0]:
            continue
        same, pred = rows[i][1] == rows[j][1], got[i] == got[j]
        tp += same and pred
        fp += pred and not same
        fn += same and not pred
        if same != pred:
            print("%s: %s (%s) and %s (%s)" % ("missed" if same else "wrongly joined",
                  rows[i][2], rows[i][0], rows[j][2], rows[j][0]))
p = tp / (tp + fp) if tp + fp else 0
r = tp / (tp + fn) if tp + fn else 0
print("# resolve pairs: %d true, %d false, %d missed: precision %.3f, recall %.3f" % (tp, fp, fn, p, r))
sys.exit(0 if fp == 0 and fn == 0 else 1)
PY

test_expect_success 'every person is one record, and no two people are' '
	captive-resolve -q in.jsonl >out &&
	python3 score.py people.tsv out >score.out;
	st=$?; cat score.out; sed -n "/^#/p" score.out >&3; test $st -eq 0
' 3>&1

test_expect_success 'a join says which names, why and what agreed' '
	jq -s -e "map(select(.kind == \"person\" and .name == \"Seo Jae-hyeok\")) | length == 1" out &&
	jq -r "select(.kind == \"person\" and .name == \"Seo Jae-hyeok\") | .merges[]" out | LC_ALL=C sort >merges &&
	cat >expect <<-\EOF &&
	서재혁 = Jae-hyuk Suh (Hangul romanized, family name last, role victim in both)
	서재혁 = Seo Jae-hyeok (Hangul romanized, role victim in both)
	서재혁 = Suh Jae-hyuk (Hangul romanized, role victim in both)
	EOF
	test_cmp expect merges &&
	jq -r "select(.kind == \"person\" and .name == \"Ryu Gyeong-ae\") | .merges[]" out | LC_ALL=C sort >merges &&
	cat >expect <<-\EOF &&
	Ryu Gyeong-ae = Ryu Kyong Ae (Korean romanization, nationality KR in both, gender female in both, role victim in both)
	Ryu Gyeong-ae = Yoo Kyung-ae (Korean romanization, nationality KR in both, role victim in both)
	EOF
	test_cmp expect merges
'

test_expect_success 'the same name under another nationality stays apart' '
	test $(jq -s "map(select(.kind == \"person\" and (.name == \"Yu Kyong-ae\" or (.aliases | index(\"Yu Kyong-ae\"))))) | length" out) -eq 1 &&
	jq -s -e "map(select(.kind == \"person\" and .name == \"Yu Kyong-ae\"))[0].merges == null" out
'

test_expect_success 'ids and persons do not depend on the order of the documents' '
	awk "/\"kind\":\"document\"/ { n++ } { print n \"\t\" \$0 }" in.jsonl |
		sort -s -t "	" -k1,1nr | cut -f2- >reversed.jsonl &&
	captive-resolve -q reversed.jsonl | jq -c "select(.kind == \"person\") | [.id, .name, (.aliases | sort), (.merges | sort?)]" | sort >b &&
	jq -c "select(.kind == \"person\") | [.id, .name, (.aliases | sort), (.merges | sort?)]" out | sort >a &&
	test_cmp a b
'

test_expect_success 'a romanization table where one spelling has two keys is refused' '
	mkdir -p bad/lexicons &&
	cp "$ROOT"/schema/lexicons/*.tsv bad/lexicons/ &&
	sed "s/^\(initial	ㅋ	k	k.	kh	\)k\$/\1q/" "$ROOT/schema/lexicons/romanization.tsv" >bad/lexicons/romanization.tsv &&
	! cmp -s bad/lexicons/romanization.tsv "$ROOT/schema/lexicons/romanization.tsv" &&
	test_must_fail 2 captive-resolve -q --schema bad in.jsonl 2>err &&
	grep "romanization.tsv:[0-9]*: spelling \"k\" has key" err
'
test_done
