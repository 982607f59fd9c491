#!/bin/sh
# clean-html: the article body and metadata of HTML pages (stages/clean-html.c),
# through the benchmark's driver (one page per file), and through
# `captive-ingest page.html | captive-clean --text` once the stages carry HTML.
. "$(dirname "$0")/lib.sh"
FIX=$ROOT/tests/fixtures

# The driver: clean_html over files, text to stdout, -m adds the metadata line.
libobj=$(cd "$ROOT" && ls stages/lib/*.c | sed 's|^stages/\(.*\)\.c$|build/\1.o|')
htmlobj=$(cd "$ROOT" && ls stages/clean-html*.c | sed "s|^stages/\(.*\)\.c$|build/\1.o|")
PKGS="jansson libxml-2.0 zlib libutf8proc nettle libpcre2-8"
make -s -C "$ROOT" $htmlobj $libobj >/dev/null 2>&1
(cd "$ROOT" && cc -std=c11 -O2 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Istages -Istages/lib \
	$(pkg-config --cflags $PKGS) -o "$TMP/html-driver" tests/bench/html-driver.c \
	$htmlobj $libobj $(pkg-config --libs $PKGS) -lcsv -lm) 2>"$TMP/cc.err"
DRIVER=$TMP/html-driver

test_expect_success 'the driver builds' '
	test -x "$DRIVER" || { cat "$TMP/cc.err"; false; }
'

test_expect_success 'nested layout tables: the story cell, not the menus' '
	"$DRIVER" "$FIX/html-nested-tables.html" >out 2>err &&
	test_grep "^The harbour ferry went back into service" out &&
	test_grep "^The repairs, carried out at a yard" out &&
	! grep -q -e "Archive of every story" -e "Buy a boat" -e "Privacy" -e "^Harbour ferry returns" out
'

test_expect_success 'paragraphs are separated by one blank line' '
	"$DRIVER" "$FIX/html-nested-tables.html" >out &&
	test "$(grep -c "^$" out)" -eq 2 && test "$(grep -c . out)" -eq 3
'

test_expect_success 'comments outweigh the article: the article wins' '
	"$DRIVER" "$FIX/html-comments.html" >out 2>err &&
	test_grep "^The municipal library reopened on Saturday" out &&
	test_grep "^Librarians moved some 30,000 books" out &&
	test_grep "^\"We wanted the building to be used again" out &&
	! grep -q -e "grandmother" -e "Parking near" -e "42 comments" out
'

test_expect_success 'share bar, byline, caption, related list and headline are dropped' '
	"$DRIVER" "$FIX/html-comments.html" >out &&
	! grep -q -e "Share on Facebook" -e "By Jonas Ek" -e "Readers at the new entrance" \
		-e "Council approves" -e "^Related" -e "^Library reopens" -e "all rights reserved" out
'

test_expect_success 'metadata from meta tags, with where each was found' '
	"$DRIVER" -m "$FIX/html-comments.html" | tail -n 1 >meta &&
	test "$(jq -r .title meta)" = "Library reopens in old town hall" &&
	test "$(jq -r .publisher meta)" = "Valley Courier" &&
	test "$(jq -r .published meta)" = "2021-03-09" &&
	test "$(jq -r .language meta)" = "en" &&
	test "$(jq -r .found.published meta)" = "meta article:published_time" &&
	test "$(jq -r .found.language meta)" = "html lang"
'

test_expect_success 'metadata from JSON-LD only (NewsArticle in an @graph)' '
	"$DRIVER" -m "$FIX/html-jsonld.html" >out &&
	tail -n 1 out >meta &&
	test "$(jq -r .title meta)" = "Wind farm approved after five-year review" &&
	test "$(jq -r .byline meta)" = "Ines Carvalho, Tom Berg" &&
	test "$(jq -r .published meta)" = "2020-01-04" &&
	test "$(jq -r .publisher meta)" = "Northern Ledger" &&
	test "$(jq -r .language meta)" = "en-GB" &&
	test "$(jq -r .found.title meta)" = "json-ld headline" &&
	test_grep "^The regional planning board approved" out &&
	! grep -q "@context" out
'

test_expect_success 'a page with no text: a message naming the page, exit 1' '
	test_must_fail 1 "$DRIVER" "$FIX/html-empty.html" >out 2>err &&
	test_grep "html-empty.html: no article text in the page" err &&
	! grep -q -e "must never be taken" -e "enable JavaScript" out
'

test_expect_success 'the other pages flow on after a page with no text' '
	test_must_fail 1 "$DRIVER" "$FIX/html-empty.html" "$FIX/html-jsonld.html" >out 2>err &&
	test_grep "^The regional planning board approved" out
'

test_expect_success '100,000 nested elements: no crash, the text still found' '
	awk "BEGIN { printf \"<html><body>\"; for (i = 0; i < 100000; i++) printf \"<div>\";
		printf \"<p>Deep inside the nesting, this paragraph has words, commas, and a full stop, so it reads as prose.</p>\";
		for (i = 0; i < 100000; i++) printf \"</div>\"; print \"</body></html>\" }" >deep.html &&
	"$DRIVER" deep.html >out 2>err; st=$? &&
	test "$st" -le 1 && cat err &&
	test_grep "^Deep inside the nesting" out
'

test_expect_success 'unclosed tags and stray bytes are recovered from' '
	printf "<html><body><div><p>First paragraph of a broken page, with commas, and clauses, never closed.<p>Second one <b>bold <i>and italic, also never closed, but still read.\n" >broken.html &&
	"$DRIVER" broken.html >out &&
	test_grep "^First paragraph of a broken page" out &&
	test_grep "^Second one bold and italic" out
'

sed "s|@DIR@|$TMP|g" "$FIX/html-entity.html" >entity.html
echo "SECRET-FILE-CONTENT" >secret.txt
printf '<!ENTITY secret "SECRET-FROM-DTD">\n' >evil.dtd

test_expect_success 'external entities and DTDs are not loaded' '
	"$DRIVER" entity.html >out 2>err &&
	test_grep "^Before the entity" out &&
	test_grep "^After the entity" out &&
	! grep -q -e SECRET out
'

if strace -f -o /dev/null true 2>/dev/null; then
	test_expect_success 'no file named by the page is opened, no socket is connected' '
		strace -f -e trace=open,openat,connect,socket -o trace.log "$DRIVER" entity.html >out 2>err &&
		! grep -e secret.txt -e evil.dtd -e remote.dtd trace.log &&
		! grep -e "connect(" -e "socket(" trace.log
	'
else
	test_skip 'no file named by the page is opened, no socket is connected' 'strace cannot trace here'
fi

if [ -x "$BIN/captive-ingest" ] && [ -x "$BIN/captive-clean" ] &&
   "$BIN/captive-clean" --help 2>&1 | grep -q -e "--text"; then
	test_expect_success 'captive-ingest page.html | captive-clean --text' '
		cp "$FIX/html-comments.html" page.html &&
		captive-ingest page.html | captive-clean --text >out 2>err &&
		test_grep "^The municipal library reopened on Saturday" out &&
		! grep -q -e grandmother -e "Share on Facebook" out
	'
else
	test_skip 'captive-ingest page.html | captive-clean --text' 'captive-clean --text not built yet'
fi

test_done
