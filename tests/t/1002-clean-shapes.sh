#!/bin/sh
# captive-clean: lines judged by their shape and place (headline, body,
# captions, menus, pull quotes, reading lists), each shown on a small text.
. "$(dirname "$0")/lib.sh"

# body TEXT: the cleaned text of a document whose raw text is TEXT (printf).
body() {
	printf "$1" >in.txt &&
	captive-ingest -q in.txt | captive-clean -q --text
}

P1='The crew of the trawler came home on Monday after a month in custody, officials said.'
P2='Their families waited at the pier for hours before the boat finally docked in the port.'
P3='The coast guard said the men were in good health and would be questioned this week.'
P4='A spokesman said the government had asked for the return of the boat as well.'

test_expect_success 'everything above the headline goes; the standfirst under it stays' '
	body "Home\nWorld | Asia | Sport\n\nTrawler crew returns home after a month\n\nFamilies had feared the worst for the six sailors\n\n$P1\n\n$P2\n" >out &&
	printf "%s\n\n%s\n\n%s\n" "Families had feared the worst for the six sailors" "$P1" "$P2" >expect &&
	test_cmp expect out
'

test_expect_success 'a caption and the short line set against it go' '
	body "$P1\n\nThe trawler, left, and a patrol boat, right, at the port\nA patrol at sea\n\n$P2\n" >out &&
	printf "%s\n\n%s\n" "$P1" "$P2" >expect &&
	test_cmp expect out
'

test_expect_success 'a line repeated in the page goes; a subheading stays' '
	body "$P1\n\nThe sailors wave from the deck as they arrive (Coast Guard)\n\nBack on land\n\n$P2\n\nThe sailors wave from the deck as they arrive (Coast Guard)\n\n$P3\n" >out &&
	printf "%s\n\n%s\n\n%s\n\n%s\n" "$P1" "Back on land" "$P2" "$P3" >expect &&
	test_cmp expect out
'

test_expect_success 'a pull quote and the line naming its speaker go' '
	body "$P1\n\n$P2\n\nWe waited every day. Nobody told us anything about them\n\nWife of a sailor\n\n$P3\n\n$P4\n" >out &&
	printf "%s\n\n%s\n\n%s\n\n%s\n" "$P1" "$P2" "$P3" "$P4" >expect &&
	test_cmp expect out
'

test_expect_success 'a reading list ends the article; the lines after it go' '
	body "$P1\n\n$P2\n\nRelated stories\n\nTrawler seized in storm\nFamilies plead for news\n" >out &&
	printf "%s\n\n%s\n" "$P1" "$P2" >expect &&
	test_cmp expect out
'

test_expect_success 'text wrapped at a fixed width keeps every line' '
	body "BUSAN, March 4 (Yonhap) -- Six sailors came home\non Thursday after a month in custody, the coast\nguard said.\n" >out &&
	printf "BUSAN, March 4 (Yonhap) -- Six sailors came home\non Thursday after a month in custody, the coast\nguard said.\n" >expect &&
	test_cmp expect out
'

test_expect_success 'the last line of a text cut off mid-sentence stays' '
	body "$P1\n\n$P2\n\nIn Seo\n" >out &&
	printf "%s\n\n%s\n\nIn Seo\n" "$P1" "$P2" >expect &&
	test_cmp expect out
'

test_expect_success 'a caption printed twice (alt text and caption) goes' '
	body "$P1\n\nSailors wave from the deck of the boat at the port.Sailors wave from the deck of the boat at the port. AFP\n\n$P2\n" >out &&
	printf "%s\n\n%s\n" "$P1" "$P2" >expect &&
	test_cmp expect out
'

test_expect_success 'a long line that repeats itself is the article, not a caption printed twice' '
	line=$(i=0; while [ $i -lt 40 ]; do printf "%s " "$P1"; i=$((i + 1)); done) &&
	body "Trawler crew returns home\n\n$line\n" >out &&
	test $(wc -c <out) -gt 3000
'

test_expect_success 'publisher: initials give way to the name the page spells out' '
	printf "Trawler crew returns home after a month\n\nBy Jane Roe\nAssociated Press\n\nBUSAN, South Korea (AP) -- $P1\n" >ap.txt &&
	captive-ingest -q ap.txt | captive-clean -q >rec &&
	jq -e ".publisher == \"Associated Press\" and .byline == \"Jane Roe\"" rec
'

test_expect_success 'publisher: a credit line at the end, as written' '
	printf "$P1\n\n$P2\n\n- AFP\n" >afp.txt &&
	captive-ingest -q afp.txt | captive-clean -q >rec &&
	jq -e ".publisher == \"AFP\" and (.text | contains(\"AFP\") | not)" rec
'

test_expect_success 'published: the label wins over an update; a glued byline date is read' '
	printf "Crew returns home after a month\nLast Updated: 2 May 2019\nPublication Date 28 April 2019\n\n$P1\n" >a.txt &&
	captive-ingest -q a.txt | captive-clean -q >rec &&
	jq -e ".published == \"2019-04-28\"" rec &&
	printf "Crew returns home after a month\nBy JANE ROE and TOM DOEAPRIL 3, 2019\n$P1\n" >b.txt &&
	captive-ingest -q b.txt | captive-clean -q >rec &&
	jq -e ".published == \"2019-04-03\" and .byline == \"JANE ROE and TOM DOE\"" rec
'

test_expect_success 'a dateline with its own year gives the publication date; an "Updated" line years after the article'"'"'s does not' '
	printf "Trawler crew returns home\n\nSEOUL, Oct 10, 2023 (AFP) - %s\n\n%s\n" "$P1" "$P2" >dl.txt &&
	captive-ingest -q dl.txt | captive-clean -q | jq -r .published >out &&
	echo 2023-10-10 >expect && test_cmp expect out &&
	printf "Trawler crew returns home\n\nUpdated on 20.01.2016\n\n%s\n\nThe trawler was built in 2009.\n\n%s\n" "$P1" "$P2" >up.txt &&
	captive-ingest -q up.txt | captive-clean -q | jq -r .published >out &&
	echo null >expect && test_cmp expect out
'

test_done
