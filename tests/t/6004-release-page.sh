#!/bin/sh
# captive-release writes DIST/index.html, the release page: one file with
# no external asset.  Rendered by headless Chromium (Debian's chromium):
# the DOM holds the expected counts, persons, timeline and changes; the
# search box filters the persons (the page applies ?q= from its address,
# so --dump-dom shows the filter applied); screenshots at desktop and
# phone width are taken.
. "$(dirname "$0")/lib.sh"

FIX=$ROOT/tests/fixtures

# Two releases of the fixture, the second edited as in 6003.
captive-emit -q --out emit1 "$FIX/emit-small.jsonl" &&
captive-release -q --version 1.0.0 --out dist emit1 &&
jq -c "if .id == \"p-aaaaaaaaaaaa\" then .status = \"released\"
       elif .id == \"e-111111111111\" then .date = \"2015-10-08\" else . end
       | select(.id != \"p-bbbbbbbbbbbb\" and .id != \"e-222222222222\")" \
	"$FIX/emit-small.jsonl" >v2.jsonl &&
cat >>v2.jsonl <<-\JSONL &&
{"kind":"person","id":"p-cccccccccccc","name":"Han Ju-won","aliases":[],"roles":["victim"],"nationality":"KR","document_ids":["doc-00112233445566bb"]}
{"kind":"event","id":"e-444444444444","document_id":"doc-00112233445566bb","type":"release","date":"2020","evidence":"Han Ju-won was freed in 2020.","start":0,"end":29,"participants":[{"participant_id":"p-cccccccccccc","role":"victim"}]}
JSONL
captive-emit -q --out emit2 v2.jsonl &&
captive-release -q --version 1.1.0 --out dist emit2 || exit 1
PAGE=$TMP/dist/index.html

test_expect_success 'index.html is one file with no external asset' '
	test -s "$PAGE" &&
	! grep -Ei "<(script|img|link|iframe|object|embed|source|video|audio)[^>]* (src|href)=" "$PAGE" &&
	! grep -Ei "url\(|@import" "$PAGE" &&
	test_grep "<style>" "$PAGE" && test_grep "<script>" "$PAGE" && test_grep "<svg class=\"timeline\"" "$PAGE" &&
	test_grep "<meta name=\"viewport\" content=\"width=device-width" "$PAGE"
'

test_expect_success 'every release with its files, sizes and checksums, as index.json says' '
	for v in 1.1.0 1.0.0; do test_grep "id=\"v-$v\"" "$PAGE" || return 1; done &&
	jq -r ".releases[] | .path as \$p | .files[] | \"\(\$p)\(.name) \(.bytes) \(.sha256)\"" dist/index.json |
	while read -r f bytes sum; do
		grep -F -q "<a href=\"$f\">" "$PAGE" && grep -F -q "title=\"$bytes bytes\"" "$PAGE" &&
		grep -F -q "<td class=\"sum\">$sum</td>" "$PAGE" || { echo "missing $f $bytes $sum"; exit 1; }
	done
'

test_expect_success 'the same inputs give the same page (rebuilt: cmp)' '
	cp "$PAGE" first.html && captive-release -q --version 1.1.0 --out dist emit2 &&
	cmp first.html "$PAGE"
'

if command -v chromium >/dev/null 2>&1; then
	# chrome URL [ARGS]: headless Chromium, bounded, with its own profile.
	chrome() {
		u=$1
		shift
		HOME=$TMP timeout 60 chromium --headless --no-sandbox --disable-gpu \
			--disable-dev-shm-usage --no-first-run --user-data-dir="$TMP/chrome" "$@" "$u" 2>>chrome.err
	}
	# rows_shown DOM: the ids of the persons rows the filter left visible.
	rows_shown() {
		grep -o "<tr data-id=\"[^\"]*\"[^>]*>" "$1" | grep -v hidden | sed "s/.*data-id=\"\([^\"]*\)\".*/\1/"
	}

	test_expect_success 'Chromium: the DOM holds the counts, the persons, the timeline and the changes' '
		chrome "file://$PAGE" --dump-dom >dom.html &&
		test_grep "<b id=\"count-persons\">2</b>" dom.html &&
		test_grep "<b id=\"count-events\">2</b>" dom.html &&
		test_grep "<b id=\"count-documents\">2</b>" dom.html &&
		test_grep "<span id=\"shown\">2</span> of <span id=\"total\">2</span>" dom.html &&
		printf "p-cccccccccccc\np-aaaaaaaaaaaa\n" >expect && rows_shown dom.html >actual &&
		test_cmp expect actual &&
		test_grep "<b class=\"name\">Han Ju-won</b>" dom.html &&
		test_grep "<b class=\"name\">Ri Myong-sik</b>" dom.html &&
		test_grep "Han Ju-won was freed in 2020\." dom.html &&
		test_grep "data-year=\"2015\" data-count=\"1\"" dom.html &&
		test_grep "data-year=\"2020\" data-count=\"1\"" dom.html &&
		test "$(grep -c "<rect class=\"bar\"" dom.html)" = 2 &&
		test_grep "<tr><td>persons</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">1</td></tr>" dom.html &&
		test_grep "<li>added <code>p-cccccccccccc</code> Han Ju-won</li>" dom.html &&
		test_grep "<li>removed <code>p-bbbbbbbbbbbb</code> Ri Myong-hui</li>" dom.html
	'

	test_expect_success 'Chromium: the search box filters (?q= applied by the page)' '
		chrome "file://$PAGE?q=han" --dump-dom >dom.html &&
		test_grep "<span id=\"shown\">1</span>" dom.html &&
		echo p-cccccccccccc >expect && rows_shown dom.html >actual && test_cmp expect actual &&
		test_grep "id=\"search\"[^>]*" dom.html &&
		chrome "file://$PAGE?q=ARREST%20pyongyang" --dump-dom >dom.html &&
		echo p-aaaaaaaaaaaa >expect && rows_shown dom.html >actual && test_cmp expect actual &&
		chrome "file://$PAGE?q=nobody-at-all" --dump-dom >dom.html &&
		test_grep "<span id=\"shown\">0</span>" dom.html && rows_shown dom.html >actual && test ! -s actual
	'

	# png_size FILE: "WIDTH HEIGHT" from the PNG header.
	png_size() {
		python3 -c "import struct,sys; d=open(sys.argv[1],\"rb\").read(24); assert d[:8]==b\"\\x89PNG\\r\\n\\x1a\\n\"; print(*struct.unpack(\">II\", d[16:24]))" "$1"
	}

	test_expect_success 'Chromium: screenshots at desktop (1280) and phone (390) width' '
		chrome "file://$PAGE" --window-size=1280,900 --screenshot="$TMP/desktop.png" >/dev/null &&
		chrome "file://$PAGE" --window-size=390,844 --screenshot="$TMP/phone.png" >/dev/null &&
		test "$(png_size desktop.png)" = "1280 900" &&
		test "$(png_size phone.png)" = "390 844" &&
		if [ -n "${CAPTIVE_SCREENSHOTS:-}" ]; then cp desktop.png phone.png "$CAPTIVE_SCREENSHOTS/"; fi
	'
else
	test_skip 'Chromium: the DOM, the search, the screenshots' 'no chromium (make deps installs it)'
fi

test_done
