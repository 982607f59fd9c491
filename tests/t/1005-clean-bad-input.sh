#!/bin/sh
# captive-clean on pages that are mostly or only furniture (issue 10): a
# page of 100,000 captions, a file of only boilerplate.  Each case says
# what it did (the article that was in it, or a warning that none was),
# loses no document without a word, and the documents after it come out
# intact; the counts of the summary reconcile.
. "$(dirname "$0")/lib.sh"

GOOD='Six sailors came home on Friday after a month in custody, the coast guard said.'
printf 'Trawler crew returns home\n\n%s\n' "$GOOD" >good.txt

# captions N [BODY]: N captions of a plain text, each its own paragraph and
# each different (a repeated line would go as a repeat, not as a caption),
# with BODY (two paragraphs) in the middle when given.
captions() {
	awk -v n="$1" -v body="${2:-}" 'BEGIN {
		print "Trawler crew returns home after a month\n"
		for (i = 1; i <= n; i++) {
			printf "Jane Roe waves from the deck in Harbor City, May %d, 2019. (Harbor Photo/Tom Doe %d)\n\n", i % 28 + 1, i
			if (body != "" && i == int(n / 2))
				printf "%s\n\nTheir families waited at the pier for hours before the boat finally docked.\n\n", body
		}
	}'
}

test_expect_success 'a text of 100,000 captions around its article: the article alone comes out' '
	captions 100000 "$GOOD" >caps.txt &&
	timeout 120 captive-ingest -q caps.txt good.txt >in.jsonl &&
	timeout 120 captive-clean in.jsonl >out 2>err &&
	test "$(wc -l <out)" -eq 2 &&
	printf "%s\n\n%s\n" "$GOOD" "Their families waited at the pier for hours before the boat finally docked." >expect &&
	head -n 1 out | jq -j .text >got && echo >>got &&
	test_cmp expect got &&
	test "$(tail -n 1 out | jq -r .text)" = "$GOOD" &&
	test_grep "captive-clean: 2 in, 2 out, 0 set aside" err
'

test_expect_success 'a text of 100,000 captions and nothing else: an empty text, a warning naming it, the next intact' '
	captions 100000 | sed 1,2d >only.txt &&
	cp good.txt z-good.txt &&
	timeout 120 captive-ingest -q only.txt z-good.txt | timeout 120 captive-clean >out 2>err &&
	test "$(wc -l <out)" -eq 2 &&
	test "$(head -n 1 out | jq -r .source)" = only.txt &&
	test "$(head -n 1 out | jq -r .text)" = "" &&
	test_grep "captive-clean: only.txt: no article text left: every line was judged page furniture" err &&
	test "$(tail -n 1 out | jq -r .text)" = "$GOOD" &&
	test_grep "captive-clean: 2 in, 2 out, 0 set aside" err
'

# captive-ingest reads its operands in byte order of their names: the
# names below say the order.
test_expect_success '--text keeps the place of an empty document: a form feed line for each' '
	captions 1000 | sed 1,2d >only.txt &&
	cp good.txt a-good.txt && cp good.txt z-good.txt &&
	captive-ingest -q a-good.txt only.txt z-good.txt | captive-clean -q --text >out 2>err &&
	printf "%s\n\f\n\n\f\n%s\n" "$GOOD" "$GOOD" >expect &&
	test_cmp expect out
'

test_expect_success 'an HTML page of 100,000 captions around its article: the article alone comes out' '
	awk -v body="$GOOD" "BEGIN {
		print \"<html><head><title>Trawler crew returns home</title></head><body><article>\"
		for (i = 1; i <= 100000; i++) {
			printf \"<figure><img src=\\\"p%d.jpg\\\"><figcaption>Jane Roe waves from the deck, May %d, 2019. (Harbor Photo/Tom Doe %d)</figcaption></figure>\\n\", i, i % 28 + 1, i
			if (i == 50000)
				printf \"<p>%s</p><p>Their families waited at the pier for hours before the boat finally docked.</p>\\n\", body
		}
		print \"</article></body></html>\"
	}" >caps.html &&
	timeout 120 captive-ingest -q caps.html good.txt | timeout 120 captive-clean >out 2>err &&
	test "$(wc -l <out)" -eq 2 &&
	printf "%s\n\n%s\n" "$GOOD" "Their families waited at the pier for hours before the boat finally docked." >expect &&
	head -n 1 out | jq -j .text >got && echo >>got &&
	test_cmp expect got &&
	test "$(tail -n 1 out | jq -r .text)" = "$GOOD"
'

test_expect_success 'an HTML page of 100,000 captions and nothing else: set aside with its name, the next intact' '
	awk "BEGIN {
		print \"<html><body>\"
		for (i = 1; i <= 100000; i++)
			printf \"<figure><img src=\\\"p%d.jpg\\\"><figcaption>Jane Roe waves from the deck, May %d, 2019. (Harbor Photo/Tom Doe %d)</figcaption></figure>\\n\", i, i % 28 + 1, i
		print \"</body></html>\"
	}" >only.html &&
	captive-ingest -q only.html good.txt >in.jsonl &&
	test_must_fail 1 timeout 120 captive-clean in.jsonl >out 2>err &&
	test_grep "captive-clean: only.html: no article text in the page" err &&
	test_grep "captive-clean: 2 in, 1 out, 1 set aside" err &&
	test "$(wc -l <out)" -eq 1 &&
	test "$(jq -r .text out)" = "$GOOD"
'

test_expect_success 'a file of only boilerplate: an empty text, a warning, --trace names every line'"'"'s reason' '
	cat >furniture.txt <<-\EOF &&
	Skip to main content
	Home > World > Asia
	Share on Facebook
	Advertisement
	Get the Harbor Daily app for iPhone and Android
	Sign up for the Harbor Daily briefing by email
	We use cookies to improve your experience
	Most read
	EOF
	captive-ingest -q furniture.txt good.txt | captive-clean --trace >out 2>err &&
	test "$(wc -l <out)" -eq 2 &&
	test "$(head -n 1 out | jq -r .text)" = "" &&
	test "$(tail -n 1 out | jq -r .text)" = "$GOOD" &&
	test_grep "captive-clean: furniture.txt: no article text left" err &&
	test "$(grep -c "^furniture.txt:[0-9]*: dropped (" err)" -eq 8 &&
	test_grep "captive-clean: 2 in, 2 out, 0 set aside" err
'

test_done
