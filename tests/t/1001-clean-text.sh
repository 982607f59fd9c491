#!/bin/sh
# captive-clean on plain text: normalization, boilerplate, body, metadata,
# --text, bad records.
. "$(dirname "$0")/lib.sh"

FIX=$ROOT/tests/fixtures

# clean FILE: the cleaned text of one fixture, as --text writes it.
clean_text() {
	captive-ingest -q "$FIX/$1" | captive-clean -q --text
}

test_expect_success 'CRLF, NBSP, tabs, zero-width and blank runs are normalized' '
	clean_text clean-crlf.txt >out &&
	test_cmp "$FIX/clean-crlf.expect" out
'

test_expect_success 'text is NFC' '
	clean_text clean-nfc.txt >out &&
	test_cmp "$FIX/clean-nfc.expect" out
'

test_expect_success 'NFC where a text needs it: after a Hangul syllable, a kelvin sign; left alone elsewhere' '
	# "하" and a trailing jamo are "한"; U+212A KELVIN SIGN is "K"; the
	# curly quotes, dashes, Latin-1 and Hangul of a plain line stay.
	printf "The sailors came from \\355\\225\\230\\341\\206\\253 port, 4 \\342\\204\\252 colder.\n" >in.txt &&
	captive-ingest -q in.txt | captive-clean -q --text >out &&
	printf "The sailors came from \\355\\225\\234 port, 4 K colder.\n" >expect &&
	test_cmp expect out &&
	printf "\\342\\200\\234Caf\\303\\251\\342\\200\\235 \\342\\200\\224 \\355\\225\\234\\352\\265\\255 sailors came home.\n" >in.txt &&
	captive-ingest -q in.txt | captive-clean -q --text >out &&
	test_cmp in.txt out
'

test_expect_success 'boilerplate lines go, every body line stays' '
	clean_text clean-article.txt >out &&
	test_cmp "$FIX/clean-article.expect" out
'

test_expect_success 'title, publisher, byline, published, dateline, language are found' '
	captive-ingest -q "$FIX/clean-article.txt" | captive-clean -q >rec &&
	jq -e ".title == \"Fishing crew held for a month returns to port\"" rec &&
	jq -e ".publisher == \"Yonhap\" and .byline == \"Jane Roe and Tom Doe\"" rec &&
	jq -e ".published == \"2021-03-05\" and .dateline == \"BUSAN\"" rec &&
	jq -e ".language == \"en\" and .found.title == \"line 7\"" rec &&
	jq -e ".found.published == \"line 10\" and .found.publisher == \"line 15\"" rec
'

test_expect_success 'a dateline without a year takes it from the page (month and day)' '
	printf "Crew freed after talks at sea\n\nMon, 09/14/2015 - 10:00\n\nBUSAN, Sept. 13 (Yonhap) -- Four sailors were freed on Sunday after talks, officials said.\n" >d.txt &&
	captive-ingest -q d.txt | captive-clean -q >rec &&
	jq -e ".published == \"2015-09-13\" and .publisher == \"Yonhap\"" rec
'

test_expect_success 'the record keeps its members; clean adds its own after them' '
	captive-ingest -q "$FIX/clean-article.txt" | captive-clean -q | jq -r "keys_unsorted | join(\",\")" >keys &&
	echo "kind,id,source,format,size,sha256,text,title,publisher,byline,published,dateline,language,found" >expect &&
	test_cmp expect keys
'

# ingest reads its operands in byte order of their names: crlf before nfc.
test_expect_success '--text separates documents with a form feed line' '
	captive-ingest -q "$FIX/clean-nfc.txt" "$FIX/clean-crlf.txt" | captive-clean -q --text >out &&
	{ cat "$FIX/clean-crlf.expect"; printf "\f\n"; cat "$FIX/clean-nfc.expect"; } >expect &&
	test_cmp expect out
'

test_expect_success 'records of other kinds pass through unchanged' '
	printf "{\"kind\":\"note\",\"x\":[1,2]}\n" >in &&
	captive-clean -q in >out &&
	test_cmp in out
'

test_expect_success 'invalid UTF-8 in a record is reported with its line; the rest flows' '
	printf "{\"kind\":\"document\",\"source\":\"a\",\"text\":\"bad \\303( byte\"}\n" >in &&
	printf "{\"kind\":\"document\",\"source\":\"b\",\"text\":\"The crew came home on Monday after a month at sea.\"}\n" >>in &&
	test_must_fail 1 captive-clean in >out 2>err &&
	test_grep "^captive-clean: in:1: " err &&
	test_grep "1 set aside" err &&
	jq -e -s "length == 1 and .[0].source == \"b\"" out
'

test_expect_success 'control characters are reported with source and line, not passed on' '
	printf "{\"kind\":\"document\",\"source\":\"c.txt\",\"text\":\"Title line of the page\\\\n\\\\nThe crew\\\\u0007 came home on Monday after a month at sea.\"}\n" >in &&
	captive-clean in >out 2>err &&
	test_grep "^captive-clean: c.txt:3: control character U\+0007" err &&
	jq -e ".text == \"The crew came home on Monday after a month at sea.\"" out
'

test_expect_success 'a document without text is set aside with a message' '
	printf "{\"kind\":\"document\",\"source\":\"n.txt\"}\n" >in &&
	test_must_fail 1 captive-clean in >out 2>err &&
	test_grep "n.txt: document has no \"text\" string" err &&
	test ! -s out
'

test_expect_success 'a boilerplate phrase is data: a new lexicon line removes a new line' '
	cp -R "$ROOT/schema" myschema &&
	printf "The crew came home on Monday after a month at sea. Subscribe for more.\n" >p.txt &&
	captive-ingest -q p.txt | captive-clean -q --text >before &&
	test_grep "Subscribe for more" before &&
	printf "contains\tSubscribe for more\tdrop\t20\n" >>myschema/lexicons/boilerplate.tsv &&
	captive-ingest -q p.txt | captive-clean -q --schema myschema --text >after &&
	! test_grep "Subscribe" after
'

test_expect_success '--help, --version, and a bad option' '
	captive-clean --help >out && test_grep "^usage: captive-clean" out &&
	captive-clean --version >out && test_grep "^captive-clean " out &&
	test_must_fail 2 captive-clean --no-such-option </dev/null 2>err
'

test_done
