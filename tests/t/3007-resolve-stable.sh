#!/bin/sh
# Stable ids end to end (issue 11): a release is built from invented
# articles, articles are added and removed, and the next release, built
# with --previous, keeps the id of every person present in both, and
# redirects or withdraws every id that vanished: a person whose only
# article went is withdrawn, two persons that a new article says are one
# (an alias statement) keep one id and redirect the other.  A previous
# release that is missing, damaged or cut short is an error (exit 2, and
# how to start afresh), never renumbered ids.
. "$(dirname "$0")/lib.sh"

mkdir a1 a2
cat >a1/r1.txt <<'EOF2'
Pastor Choe Myong Gil was arrested in Sinuiju in March 2019, his church said.
EOF2
cat >a1/r2.txt <<'EOF2'
Kang Chol-su was detained in Rason in 2017, his cousin said.
EOF2
cat >a1/r3.txt <<'EOF2'
Nothing has been heard of Peter Kang since 2017, a rights group said.
EOF2
cat >a1/r4.txt <<'EOF2'
American teacher Daniel R. Whitlock was detained at the airport in 2016.
EOF2
# The second release: r4 is gone (Whitlock with it), r5 says Kang Chol-su
# is Peter Kang and spells Choe otherwise, r6 names a new person.
cp a1/r1.txt a1/r2.txt a1/r3.txt a2/
cat >a2/r5.txt <<'EOF2'
Kang Chol-su, also known as Peter Kang, was sentenced with Choi Myung-gil last year, state media said.
EOF2
cat >a2/r6.txt <<'EOF2'
Defector Han Bo-ra was caught in Laos in 2015, her mother said.
EOF2

# release V FOLDER [resolve options...]: the chain, then the release in dist/.
# Off-topic documents are kept (--keep-off-topic): r3 tells no act and r4
# no tie to North Korea, and what is tested here is their persons' ids.
release() {
	v=$1 in=$2
	shift 2
	captive-ingest -q "$in" | captive-clean -q | captive-extract -q >"ext-$v" &&
	captive-resolve -q --keep-off-topic "$@" "ext-$v" >"res-$v" &&
	captive-validate -q "res-$v" | captive-emit -q --keep-off-topic --out "emit-$v" &&
	captive-release -q --version "$v" --out dist "emit-$v"
}
# The person id of each name a release's mentions give it: "name<TAB>id".
ids_by_name() {
	jq -r "select(.kind == \"mention\" and (.entity_id | startswith(\"p-\"))) | [.text, .entity_id] | @tsv" "res-$1" | sort -u
}
column1() {
	gzip -dc "dist/captive-$1/$2.csv.gz" | tr -d "\r" | sed 1d | cut -d, -f"${3:-1}" | sort
}

test_expect_success 'two releases, the second with --previous' '
	release 1.0.0 a1 &&
	release 1.1.0 a2 --previous dist/captive-1.0.0
'

test_expect_success 'every name present in both keeps its id, or is redirected to the one it joined' '
	ids_by_name 1.0.0 >n1 && ids_by_name 1.1.0 >n2 &&
	join -t "	" n1 n2 >both &&
	test $(wc -l <both) -ge 3 &&
	gzip -dc dist/captive-1.1.0/redirects.csv.gz | tr -d "\r" | sed 1d >redirects &&
	awk -F "\t" "\$2 == \$3 { kept++ } END { exit kept < 2 }" both &&
	awk -F "\t" "\$2 != \$3 { print \$2 \",\" \$3 \",merged\" }" both >moved &&
	while read -r line; do grep -x "$line" redirects || exit 1; done <moved
'

test_expect_success 'every vanished id is redirected or withdrawn' '
	column1 1.0.0 persons >old && column1 1.1.0 persons >new &&
	comm -23 old new >vanished && test -s vanished &&
	column1 1.1.0 redirects >redirected &&
	test_cmp vanished redirected
'

test_expect_success 'two persons an alias makes one: one id kept, the other merged into it' '
	kang=$(awk -F "\t" "\$1 == \"Kang Chol-su\" { print \$2 }" n2) &&
	peter=$(awk -F "\t" "\$1 == \"Peter Kang\" { print \$2 }" n1) &&
	old=$(awk -F "\t" "\$1 == \"Kang Chol-su\" { print \$2 }" n1) &&
	test "$kang" = "$old" && test "$peter" != "$old" &&
	gzip -dc dist/captive-1.1.0/redirects.csv.gz | tr -d "\r" | grep -x "$peter,$kang,merged"
'

test_expect_success 'a person whose article is gone is withdrawn' '
	id=$(awk -F "\t" "\$1 == \"Daniel R. Whitlock\" { print \$2 }" n1) && test -n "$id" &&
	gzip -dc dist/captive-1.1.0/redirects.csv.gz | tr -d "\r" | grep -x "$id,,withdrawn"
'

test_expect_success 'a new spelling keeps the id (Choi Myung-gil is Choe Myong Gil)' '
	a=$(awk -F "\t" "\$1 == \"Choe Myong Gil\" { print \$2 }" n1) &&
	b=$(awk -F "\t" "\$1 == \"Choi Myung-gil\" { print \$2 }" n2) &&
	test -n "$a" && test "$a" = "$b"
'

test_expect_success 'a missing or damaged previous release is an error, not new ids' '
	test_must_fail 2 captive-resolve -q --previous dist/none ext-1.1.0 >out 2>err &&
	grep "dist/none/persons.csv.gz: cannot read the previous release" err &&
	grep "without --previous" err && test ! -s out &&
	cp -r dist/captive-1.0.0 cut &&
	gzip -dc cut/persons.csv.gz | head -n 2 | gzip -n >cut/p && mv cut/p cut/persons.csv.gz &&
	test_must_fail 2 captive-resolve -q --previous cut ext-1.1.0 >/dev/null 2>err &&
	grep "cut/persons.csv.gz: the previous release is damaged: its SHA-256 is not the one SHA256SUMS lists" err &&
	cp -r dist/captive-1.0.0 gone && rm gone/redirects.csv.gz &&
	test_must_fail 2 captive-resolve -q --previous gone ext-1.1.0 >/dev/null 2>err &&
	grep "gone/redirects.csv.gz: cannot read the previous release" err &&
	cp -r dist/captive-1.0.0 unlisted && grep -v persons.csv.gz dist/captive-1.0.0/SHA256SUMS >unlisted/SHA256SUMS &&
	test_must_fail 2 captive-resolve -q --previous unlisted ext-1.1.0 >/dev/null 2>err &&
	grep "unlisted/SHA256SUMS: does not list persons.csv.gz" err
'

test_expect_success 'without --previous, a fresh id space: no redirects' '
	captive-resolve -q --keep-off-topic ext-1.1.0 >fresh &&
	test $(jq -s "map(select(.kind == \"redirect\")) | length" fresh) -eq 0 &&
	test $(jq -s "map(select(.kind == \"person\")) | length" fresh) -eq \
		$(jq -s "map(select(.kind == \"person\")) | length" res-1.1.0)
'
test_done
