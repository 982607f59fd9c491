#!/bin/sh
# captive-extract's gazetteer: places.tsv (everyday names, hand-written),
# towns.tsv (towns, counties, islands, crossings and camps, hand-written)
# subdivisions.tsv (generated from Debian's iso-codes by
# tools/gen-subdivisions.py) and cities.tsv (from tzdata, tools/gen-cities.py).  The generated file is what the generator
# writes today; no gazetteer name takes a person's name or a common word
# for a place; a name two files list has one country; and extract finds
# the places of all three files.
. "$(dirname "$0")/lib.sh"

LEX=$ROOT/schema/lexicons
if [ -r /usr/share/iso-codes/json/iso_3166-2.json ] && [ -r /usr/share/dict/words ]; then
	test_expect_success 'subdivisions.tsv is what tools/gen-subdivisions.py writes' '
		python3 "$ROOT/tools/gen-subdivisions.py" >sub.tsv &&
		test_cmp "$LEX/subdivisions.tsv" sub.tsv
	'
else
	test_skip 'subdivisions.tsv is what tools/gen-subdivisions.py writes' \
	    'needs iso-codes and wamerican (make deps)'
fi

if [ -r /usr/share/zoneinfo/zone.tab ] && [ -r /usr/share/dict/words ]; then
	test_expect_success 'cities.tsv is what tools/gen-cities.py writes' '
		python3 "$ROOT/tools/gen-cities.py" >cities.tsv &&
		test_cmp "$LEX/cities.tsv" cities.tsv
	'
else
	test_skip 'cities.tsv is what tools/gen-cities.py writes' \
	    'needs tzdata and wamerican (make deps)'
fi

# Names of one word in towns.tsv and subdivisions.tsv that a names file
# lists, and names whose country differs from another file's.
test_expect_success 'no gazetteer name is a given or family name, and each has one country' '
	python3 - "$LEX" >bad <<-PY &&
	import sys
	d = sys.argv[1] + "/"
	def lex(f):
	    out, hdr = {}, True
	    for line in open(d + f, encoding="utf-8"):
	        line = line.rstrip("\n")
	        if not line or line[0] == "#":
	            continue
	        if hdr:
	            hdr = False
	            continue
	        x = line.split("\t")
	        out.setdefault(x[0].lower(), x)
	    return out
	names = set(lex("names-given.tsv")) | set(lex("names-family.tsv"))
	places, towns, sub = lex("places.tsv"), lex("towns.tsv"), lex("subdivisions.tsv")
	for f, t in (("towns", towns), ("subdivisions", sub), ("cities", lex("cities.tsv"))):
	    for k, v in t.items():
	        if " " not in k and "-" not in k and k in names:
	            print(f, v[0], "is a name")
	        for g, u in (("places", places), ("towns", towns)):
	            if u is not t and k in u and u[k][2] != v[2]:
	                print(f, v[0], v[2], "but", g, u[k][2])
	PY
	test_cmp /dev/null bad
'

test_expect_success 'extract finds a town, a province in English and a camp' '
	printf "{\"kind\":\"document\",\"id\":\"d1\",\"text\":\"%s\"}\n" \
	    "She was held in Hunchun, then in Lang Son province, then in Camp No. 15, then in Lisbon." |
	    captive-extract -q >out &&
	jq -r "select(.kind==\"place\") | \"\(.name):\(.place_kind):\(.country)\"" out >got &&
	printf "Hunchun:city:CN\nLang Son province:province:VN\nCamp No. 15:other:KP\nLisbon:city:PT\n" >want &&
	test_cmp want got
'
test_done
