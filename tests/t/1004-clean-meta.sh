#!/bin/sh
# captive-clean: the metadata of a plain text as a choice among candidates
# (stages/clean-meta.c), each case on a small invented article: datelines
# in their many forms, with agencies publishers.tsv does not list, a
# dateline without a year, "Updated" stamps weighed against the body.
. "$(dirname "$0")/lib.sh"

P2='Their families waited at the pier for hours before the boat finally docked in the port.'

# meta FIELD: the field of the one document cleaned from in.txt.
meta() {
	captive-ingest -q in.txt | captive-clean -q | jq -r ".$1"
}

# The table: the dateline's paragraph, then the published date and the
# publisher it must give (null: none).
cat >table <<'TABLE'
HARBOR CITY, 7 March 2016 (Harbor News Service) — Six sailors came home on Monday.	2016-03-07	Harbor News Service
PORT ELLEN, Scotland, Sept. 21, 2011 (Islay Wire) -- Six sailors came home on Wednesday.	2011-09-21	Islay Wire
NORTHPORT/SOUTHPORT, February 11, 2017 (Coast Newswire) – Six sailors came home on Saturday.	2017-02-11	Coast Newswire
HARBOR CITY, 2013-06-17 — Six sailors came home on Monday, the coast guard said.	2013-06-17	null
Harbor City, Tuesday 4 April 2023. Six sailors came home on Monday, the coast guard said.	2023-04-04	null
HARBOR CITY, Fri 8 Nov 2024 — Six sailors came home on Thursday, the coast guard said.	2024-11-08	null
HARBOR CITY, May 3 (Staff: Jane Roe) -- Six sailors came home on Thursday.	null	null
HARBOR CITY, May 3 (the 1st) -- Six sailors came home on Thursday.	null	null
(Harbor City) – The authorities should free the six sailors, the Harbor Rights Group said today.	null	null
TABLE

while IFS='	' read -r para date pub; do
	test_expect_success "dateline: $para" '
		printf "Trawler crew returns home\n\n%s\n\n%s\n" "$para" "$P2" >in.txt &&
		test "$(meta published)" = "$date" &&
		test "$(meta publisher)" = "$pub"
	'
done <table

test_expect_success 'a dateline without a year takes the latest year the article names' '
	printf "Trawler crew returns home\n\nHARBOR CITY, Oct. 5 (Reuters) -- Six sailors came home on Monday.\n\nThey were the only crew held in 2021, after two in 2019.\n" >in.txt &&
	test "$(meta published)" = 2021-10-05
'

test_expect_success 'an "Updated" stamp is the date when the article names its year' '
	printf "Trawler crew returns home\n\nLast updated: 12 Feb 2014 08:15\n\nThe crew was seized last July, in 2013, off the coast.\n\n%s\n" "$P2" >in.txt &&
	test "$(meta published)" = 2014-02-12
'

test_expect_success 'an "Updated" stamp years after the article is not the date' '
	printf "Trawler crew returns home\n\nUpdated March 03, 2021 07:00\n\nThe crew was seized in 2013 off the coast.\n\n%s\n" "$P2" >in.txt &&
	test "$(meta published)" = null
'

test_expect_success 'an "Updated" stamp on a page naming no year is the date: nothing weighs against it' '
	printf "Trawler crew returns home\n\nUpdated on 20.01.2016\n\nThe crew was seized last July off the coast.\n\n%s\n" "$P2" >in.txt &&
	test "$(meta published)" = 2016-01-20
'

test_expect_success 'an upload or archive stamp is a later copy'"'"'s; a date in figures opens a dateline' '
	printf "Trawler crew returns home\nOriginal upload date: 2015-07-22\nArchive date: 2021-12-02\n(30 Dec 1994) English/Nat\nThe crew was seized off the coast on Friday.\n\n%s\n" "$P2" >in.txt &&
	test "$(meta published)" = 1994-12-30 &&
	printf "Trawler crew returns home\n\n8/20/10 Harbor City (Coast Wire) - The crew was seized off the coast in May.\n\n%s\n" "$P2" >in.txt &&
	test "$(meta published)" = 2010-08-20 &&
	printf "Trawler crew returns home\n\n20/8/10 Harbor City (Coast Wire) - The crew was seized off the coast in May.\n\n%s\n" "$P2" >in.txt &&
	test "$(meta published)" = 2010-08-20
'

test_expect_success 'a date before "Updated" on its line is the publication date' '
	printf "Trawler crew returns home\n\n4 June, 2018 10:12 / Updated 6 years ago\n\nThe crew was seized last month off the coast.\n\n%s\n" "$P2" >in.txt &&
	test "$(meta published)" = 2018-06-04
'

test_expect_success 'a headline after a date stamp on its line; a bar of sections is no headline' '
	printf "Harbor Rights Bulletin\nHome  About  Campaigns  Donate\n2016-08-19 | Trawler crew returns home after a month\nHARBOR CITY -- Six sailors came home on Wednesday, the coast guard said.\n%s\n" "$P2" >in.txt &&
	test "$(meta title)" = "Trawler crew returns home after a month" &&
	test "$(meta published)" = 2016-08-19 &&
	test "$(meta publisher)" = "Harbor Rights Bulletin"
'

test_expect_success 'a stamp that goes on in words of its own is no headline' '
	printf "Monday, March 3, 1997 - Page updated at 08:00 AM\n\nTrawler crew returns home after a month\n\nHARBOR CITY -- Six sailors came home on Wednesday, the coast guard said.\n" >in.txt &&
	test "$(meta title)" = "Trawler crew returns home after a month" &&
	test "$(meta published)" = 1997-03-03
'

test_expect_success 'a date written year first with dots; a masthead with a digit' '
	printf "Harbor 9 News\nTrawler crew returns home after a month\nPublished 2013.05.16 09:05\nSix sailors came home on Friday after a month in custody, the coast guard said.\n" >in.txt &&
	test "$(meta published)" = 2013-05-16 &&
	test "$(meta publisher)" = "Harbor 9 News"
'

test_expect_success 'the site names itself: an address at its domain, a "Subscribe to" line, a byline affiliation' '
	printf "Trawler crew returns home after a month\n\nSix sailors came home on Friday after a month in custody, the coast guard said.\n\nSend your news tips to desk@harborbeacon.example\n" >in.txt &&
	test "$(meta publisher)" = harborbeacon.example &&
	printf "Trawler crew returns home after a month\n\nSix sailors came home on Friday after a month in custody, the Harbor Beacon learned.\n\nSend your news tips to desk@harborbeacon.example\n" >in.txt &&
	test "$(meta publisher)" = "Harbor Beacon" &&
	printf "Trawler crew returns home after a month\n\nSix sailors came home on Friday after a month in custody, the coast guard said.\n\nSubscribe to Harbor Beacon for the day'"'"'s news\n" >in.txt &&
	test "$(meta publisher)" = "Harbor Beacon" &&
	printf "Trawler crew returns home after a month\nBy Jane Roe, The Harbor Tribune\n\nSix sailors came home on Friday after a month in custody, the coast guard said.\n" >in.txt &&
	test "$(meta publisher)" = "The Harbor Tribune" &&
	test "$(meta byline)" = "Jane Roe"
'

test_expect_success 'a stamp under the e-mail address in a footer is the date' '
	printf "Trawler crew returns home after a month\n\nSix sailors came home on Friday after a month in custody, the coast guard said.\n\n%s\n\nSend your news tips to desk@harborbeacon.example\n2013-05-16 09:05\n" "$P2" >in.txt &&
	test "$(meta published)" = 2013-05-16
'

test_expect_success 'an author and place over the date; a byline'"'"'s outlet after a title' '
	printf "Trawler crew returns home after a month\nJane Roe in Harbor City\nFri 14 Jun 2019 09.12 BST\nSix sailors came home on Friday after a month in custody, the coast guard said.\n" >in.txt &&
	test "$(meta byline)" = "Jane Roe" &&
	captive-ingest -q in.txt | captive-clean -q --text >out && ! grep -F "Harbor City" out &&
	printf "Trawler crew returns home after a month\nBy Tom Doe, Staff, The Harbor Times\n\nSix sailors came home on Friday after a month in custody, the coast guard said.\n" >in.txt &&
	test "$(meta publisher)" = "The Harbor Times" && test "$(meta byline)" = "Tom Doe"
'

test_expect_success 'a logo line is no headline, even inside the headline; it names the publisher' '
	printf "Harbor Rights Network\nPress release\n7 October 2020\nHarbor Rights Network calls for release of detained fishermen\nThe Harbor Rights Network urges the authorities to release the six fishermen held since August.\n%s\nFor more information, contact press@harborrights.example\n" "$P2" >in.txt &&
	test "$(meta title)" = "Harbor Rights Network calls for release of detained fishermen" &&
	test "$(meta publisher)" = "Harbor Rights Network" &&
	test "$(meta published)" = 2020-10-07
'

test_expect_success 'a blog: "Posted by" is a byline, its labels and comments are furniture' '
	printf "Posted by Jane Roe on March 3, 2016\nWhy I keep writing about the detained sailors\nLabels: sailors, detention\nTwo years ago this week, six sailors were detained at sea, and I have written about them every month since.\n%s\nShare this post\n3 comments:\nAnonymous said...\nThank you for writing this.\n" "$P2" >in.txt &&
	test "$(meta title)" = "Why I keep writing about the detained sailors" &&
	test "$(meta byline)" = "Jane Roe" && test "$(meta published)" = 2016-03-03 &&
	captive-ingest -q in.txt | captive-clean -q --text >out &&
	printf "%s\n%s\n" "Two years ago this week, six sailors were detained at sea, and I have written about them every month since." "$P2" >expect &&
	test_cmp expect out
'

test_expect_success 'a byline after a stamp in brackets; an author before the outlet in a | line, not a place' '
	printf "Trawler crew returns home after a month\n\n[June 09, 2016]  By Jane Roe\n\nSix sailors came home on Friday after a month in custody, the coast guard said.\n" >in.txt &&
	test "$(meta byline)" = "Jane Roe" && test "$(meta published)" = 2016-06-09 &&
	printf "Trawler crew returns home after a month\n\n10:05 a.m. KST, June 9, 2016|Lee Min-ho, Yonhap, Seoul\n\nSix sailors came home on Friday after a month in custody, the coast guard said.\n" >in.txt &&
	test "$(meta byline)" = "Lee Min-ho" && test "$(meta publisher)" = Yonhap &&
	printf "Trawler crew returns home after a month\n\n10:05 a.m. KST, June 9, 2016|New Harbor, Yonhap\n\nSix sailors came home on Friday after a month in custody, the coast guard said.\n" >in.txt &&
	test "$(meta byline)" = null
'

test_expect_success 'a byline at the end, with the address at the site'"'"'s domain' '
	printf "Trawler crew returns home after a month\n\nSix sailors came home on Friday after a month in custody, the coast guard said.\n\n%s\n\nBy Tom Doe (tomdoe@harborherald.example)\n" "$P2" >in.txt &&
	test "$(meta byline)" = "Tom Doe" && test "$(meta publisher)" = harborherald.example &&
	captive-ingest -q in.txt | captive-clean -q --text >out && ! grep -F "Tom Doe" out
'

test_expect_success 'a reporting credit names the service that publishes; it leaves the text' '
	printf "Crew freed after a month at sea\n\nSEOUL -- Six sailors came home on Friday after a month in custody, the coast guard said, citing Yonhap.\n\n%s\n\nReported by Jane Roe for RFA'"'"'s Korean Service. Translated by Tom Doe.\n" "$P2" >in.txt &&
	test "$(meta publisher)" = RFA &&
	captive-ingest -q in.txt | captive-clean -q --text >out && ! grep -F "Reported by" out
'

test_expect_success 'a free mail address names no publisher; a credit under a caption loses to the site' '
	printf "Trawler crew returns home after a month\n\nSix sailors came home on Friday after a month in custody, the coast guard said.\n\nContact: jane.roe@gmail.com\n" >in.txt &&
	test "$(meta publisher)" = null &&
	printf "Harbor Daily\nTrawler crew returns home after a month\nThe sailors wave from the deck as the trawler docks. Photograph: Jane Roe\nAFP\n\nSix sailors came home on Friday after a month in custody, the coast guard said.\n" >in.txt &&
	test "$(meta publisher)" = "Harbor Daily"
'

test_expect_success 'a statement names its issuer; a news sentence in the past does not' '
	printf "Crew must be freed\n\nThe Harbor Fishermen'"'"'s Association urges the authorities to free the six sailors held since May.\n\n%s\n" "$P2" >in.txt &&
	test "$(meta publisher)" = "Harbor Fishermen'"'"'s Association" &&
	printf "Crew freed\n\nThe Harbor Fishermen'"'"'s Association said the six sailors held since May were freed.\n\n%s\n" "$P2" >in.txt &&
	test "$(meta publisher)" = null &&
	printf "Crew must be freed\n\nJane Roe urges the authorities to free the six sailors held since May.\n\n%s\n" "$P2" >in.txt &&
	test "$(meta publisher)" = null &&
	printf "Crew must be freed\n- HLFS\n\nThe Harbor League For Sailors urges the authorities to free the six sailors held since May.\n\n%s\n" "$P2" >in.txt &&
	test "$(meta publisher)" = "Harbor League For Sailors"
'

test_expect_success 'an uploader label, a station over the date, "Featured on X"' '
	printf "Crew freed\nUploader: Harbor Archive\n\nSix sailors came home on Friday after a month in custody, the coast guard said.\n" >in.txt &&
	test "$(meta publisher)" = "Harbor Archive" &&
	printf "Crew freed after a month at sea\n\nNorthport Harbor TV\n\nSat Sep 14, 2019 06:40PM\n\nSix sailors came home on Friday after a month in custody, the coast guard said.\n" >in.txt &&
	test "$(meta publisher)" = "Northport Harbor TV" && test "$(meta byline)" = null &&
	printf "Crew freed after a month at sea\n\nSix sailors came home on Friday after a month in custody, the coast guard said.\n\n%s\n\nFeatured on Harbor Beacon\nA tour of the port at night.\n" "$P2" >in.txt &&
	test "$(meta publisher)" = "Harbor Beacon"
'

test_expect_success 'a byline with its date over a lower-case widget is no wrapped paragraph' '
	printf "Trawler crew returns home after a month\n\nThe crew was held for a month.\nBy Jane Roe Contact the Author | June 9, 2016 at 4:05 PM\nshare with friends\n\nSix sailors came home on Friday after a month in custody, the coast guard said.\n" >in.txt &&
	test "$(meta published)" = 2016-06-09 &&
	test "$(meta byline)" = "Jane Roe"
'

test_expect_success 'the publisher is a sum: the site'"'"'s voice beats a photo credit and an outlet someone told' '
	printf "Trawler crew returns home after a month\n\nThe sailors wave from the deck as the trawler docks. Photograph: Jane Roe\nAFP\n\nSix sailors came home on Friday after a month in custody, a relative told Harbor Radio.\n\n%s\n" "$P2" >in.txt &&
	test "$(meta publisher)" = "Harbor Radio" &&
	printf "Trawler crew returns home after a month\n\nSix sailors came home on Friday, the coast guard told Reuters and AFP.\n\nThe ministry did not answer written questions about the case from Harbor Daily News.\n" >in.txt &&
	test "$(meta publisher)" = "Harbor Daily News" &&
	captive-ingest -q in.txt | captive-clean -q --trace >/dev/null 2>err &&
	grep "^in.txt:5: publisher Harbor Daily News (score 6: comment +6)$" err &&
	grep "^in.txt:3: publisher Reuters (score 4: named +1, interview +3): not taken$" err
'

test_expect_success 'an outlet the article cites counts against it; one it only names has no say over a masthead' '
	printf "Trawler crew returns home after a month\n\nSix sailors came home on Friday, Harbor Radio reported, after a month in custody.\n\n%s\n" "$P2" >in.txt &&
	test "$(meta publisher)" = null &&
	printf "Harbor 9 News\nTrawler crew returns home after a month\n\nSix sailors came home on Friday, according to Reuters, after a month in custody.\n\n%s\n" "$P2" >in.txt &&
	test "$(meta publisher)" = "Harbor 9 News"
'

test_expect_success 'initials and the name they shorten are one publisher, spelled out' '
	printf "ASIA HARBOR DISPATCH\n\nTrawler crew returns home after a month\n\nHARBOR CITY, May 4 (AHD) -- Six sailors came home on Friday after a month in custody.\n\n%s\n" "$P2" >in.txt &&
	test "$(meta publisher)" = "ASIA HARBOR DISPATCH" &&
	captive-ingest -q in.txt | captive-clean -q --trace >/dev/null 2>err &&
	grep "publisher ASIA HARBOR DISPATCH (score 9: dateline-bracket +6, masthead-shape +3)$" err
'

test_expect_success 'a breadcrumb is no logo line; an address names the whole name it begins' '
	printf "Harbor City News\n\n  Home > News > World\n\nTrawler crew returns home after a month\n\nSix sailors came home on Friday after a month in custody, the coast guard said.\n" >in.txt &&
	test "$(meta publisher)" = "Harbor City News" &&
	printf "Harbor Rights Network\nTrawler crew returns home after a month\n\nSix sailors came home on Friday after a month in custody, the coast guard said.\n\nWrite to press@harborrights.example\n" >in.txt &&
	test "$(meta publisher)" = "Harbor Rights Network"
'

# The title and the publisher among the page's furniture: each row a page
# (printf's escapes), the title and the publisher it must give.  A site's
# name and motto, a bar of links, a label bar, a player's title over its
# clock do not beat a headline set over a stamp or a byline the byline
# rules leave ("Posted on ... by handle", "By handle » date"); look-alikes
# keep their headline: a headline opening on the site's name, a section's
# name over a headline and its standfirst, a time of day under a headline,
# a headline the page repeats once, a subheading under prose.  A running
# head (beside a page's number) is not the repeated headline, and a
# paywall's notice above the headline does not make it a subheading.
B1='Six sailors came home on Friday after a month in custody, a coast guard officer told reporters.'
B2='Their families waited at the pier for hours before the boat finally docked in the port.'
cat >titles <<'TABLE'
Harbor Lantern — Notes from the quay\nHome  About  Archive  Contact\nFerry captain questioned for a week in the port city\nPosted on 2 May 2019 by quaywatcher\n\nB1\n\nB2\n\n© 2019 Harbor Lantern. All rights reserved.\n	Ferry captain questioned for a week in the port city	Harbor Lantern
Harbor Lantern marks ten years of patrol reports\n\nB1\n\nB2\n\n© 2019 Harbor Lantern. All rights reserved.\n	Harbor Lantern marks ten years of patrol reports	Harbor Lantern
Quay Desk\nA notebook about the northern ports, one entry at a time\nMonday, May 6, 2019\nStill no news of the two deckhands held offshore\n\nB1\n\nB2\n	Still no news of the two deckhands held offshore	Quay Desk
World News\nTrawler crew returns home after a month\nSix sailors tell of their weeks in a cell on the island\n\nB1\n\nB2\n	Trawler crew returns home after a month	World News
Welcome to the Harbor Council\nHome / News / Statements\nCoast guard searches for the missing trawler crew\nHarbor Daily · 5 hours ago\n\nB1\n\nB2\n	Coast guard searches for the missing trawler crew	null
Harbor Boards - Coast and Sea Forum\nBoard index ‹ News ‹ Detentions\nFerry captain questioned for a week in the port city\nBy quaywatcher » Tue Jun 04, 2019 10:02 am\n\nB1\n\nB2\n	Ferry captain questioned for a week in the port city	null
FEATURES  Long reads\nFerry captain questioned for a week in the port\n12 June 2019\n\nB1\n\nB2\n	Ferry captain questioned for a week in the port	null
Families Gather at the Pier as the Crew Returns\n0:00 / 2:31\nFerry captain questioned for a week in the port city\n12 June 2019\n\nB1\n\nB2\n	Ferry captain questioned for a week in the port city	null
Video: Families Gather at the Pier as the Crew Returns\nFerry captain questioned for a week in the port city\n12 June 2019\n\nB1\n\nB2\n	Ferry captain questioned for a week in the port city	null
Ferry Captain Questioned for a Week in the Port City\n10:05 KST\n\nB1\n\nB2\n	Ferry Captain Questioned for a Week in the Port City	null
About  Services  Newsroom  Contact\nFerry captain questioned for a week in the port city\n\nB1\n\nB2\n	Ferry captain questioned for a week in the port city	null
U.S. Senator Jane Roe | Serving the Coast\nRoe Presses for Release of Ferry Captain Held Abroad\nMay 2, 2019\n\nB1\n\nB2\n\nPress contact: press@roecoast.example\n	Roe Presses for Release of Ferry Captain Held Abroad	U.S. Senator Jane Roe
Ferry captain questioned for a week in the port city\n\nB1\n\nB2\n\nSenator Jane Roe said she would raise the case.\n	Ferry captain questioned for a week in the port city	null
The Quay Letter\nSubscribe\nThe envelope that came back unopened\nJane Roe\nOct 9, 2023\n\nB1\n\nB2\n\nThanks for reading The Quay Letter! Subscribe for free to get new posts.\n\n© 2023 Jane Roe\n	The envelope that came back unopened	Quay Letter
Ferry captain questioned for a week in the port city\n\nB1\n\nB2\n\n© 2019 Harbor Times All rights reserved\n	Ferry captain questioned for a week in the port city	Harbor Times
ANNUAL REPORT 2017\nDetention on the coast: a year of cases\n\nB1\n\nB2\n	Detention on the coast: a year of cases	null
Ferry captain questioned for a week in the port city\nBy Staff Writers and Harbor Wire Service\n\nB1\n\nB2\n	Ferry captain questioned for a week in the port city	Harbor Wire Service
Ferry captain questioned for a week in the port city\nBy Staff and Wire Services\n\nB1\n\nB2\n	Ferry captain questioned for a week in the port city	null
Ferry captain questioned for a week in the port city\n\nB1\n\nB2\n\n- with Harbor Wire Service\n	Ferry captain questioned for a week in the port city	Harbor Wire Service
Ferry captain questioned for a week in the port city\nSource: Harbor Wire Service, 4 May 2019\n\nB1\n\nB2\n	Ferry captain questioned for a week in the port city	Harbor Wire Service
UN Harbor Rights Monitoring Office\nSearch OHRMO\nHome / News / Press releases\nExperts ask for word of the detained ferry crew\n12 June 2019\n\nB1\n\nB2\n\nFor more information, write to press@ohrmo.example\n	Experts ask for word of the detained ferry crew	UN Harbor Rights Monitoring Office
Harbor Network Quarterly Briefing on the Coast\nFerry captain questioned for a week in the port city\n12 June 2019\n\nB1\n\nB2\n\nHarbor Network Quarterly Briefing on the Coast\n2\n\nB2 Later.\n	Ferry captain questioned for a week in the port city	null
Ferry Captain Questioned for a Week in the Port City\nSix sailors tell of their weeks in a cell\n\nB1\n\nB2\n\nFerry Captain Questioned for a Week in the Port City\n\nMore from the coast\n	Ferry Captain Questioned for a Week in the Port City	null
You have 2 free stories left this month. Subscribe for full access.\nFerry captain questioned for a week in the port city\n12 June 2019\n\nB1\n\nB2\n	Ferry captain questioned for a week in the port city	null
Trawler crew returns home after a month\n\nB1\n\nWhat the families said when the boat docked\n\nB2\n	Trawler crew returns home after a month	null
TABLE

while IFS='	' read -r page title pub; do
	test_expect_success "title and publisher: $title ($pub)" '
		printf "$(printf "%s" "$page" | sed "s/B1/$B1/; s/B2/$B2/")" >in.txt &&
		test "$(meta title)" = "$title" &&
		test "$(meta publisher)" = "$pub"
	'
done <titles

test_expect_success 'a byline of credits ends at its separator' '
	printf "Ferry captain questioned for a week in the port city\nWords by Jane Roe · Photographs by Tom Doe\n\n%s\n\n%s\n" "$B1" "$B2" >in.txt &&
	test "$(meta byline)" = "Jane Roe"
'

test_expect_success 'a year with a time glued on is still the stamp'"'"'s year' '
	printf "Ferry captain questioned for a week in the port city\nBy Jane Roe\nMay 4, 20199:15 AM GMT+9\n\n%s\n\n%s\n" "$B1" "$B2" >in.txt &&
	test "$(meta published)" = 2019-05-04 &&
	printf "Ferry captain questioned for a week in the port city\nBy Jane Roe\nMay 4, 20191 readers\n\n%s\n\n%s\n" "$B1" "$B2" >in.txt &&
	test "$(meta published)" = null
'

test_expect_success 'a month alone is the date when the page gives no day' '
	printf "Detention on the coast: a year of cases\nDecember 2017\n\n%s\n\n%s\n" "$B1" "$B2" >in.txt &&
	test "$(meta published)" = 2017-12 &&
	printf "Detention on the coast: a year of cases\nDecember 2017\nPosted 4 January 2018\n\n%s\n\n%s\n" "$B1" "$B2" >in.txt &&
	test "$(meta published)" = 2018-01-04 &&
	printf "Detention on the coast: a year of cases\n\nThe crew was seized in December 2017.\n\n%s\n" "$B2" >in.txt &&
	test "$(meta published)" = null
'

test_expect_success '--trace names the furniture a title candidate is' '
	printf "Harbor Lantern — Notes from the quay\nHome  About  Archive  Contact\nFerry captain questioned for a week in the port city\nPosted on 2 May 2019 by quaywatcher\n\n%s\n\n%s\n\n© 2019 Harbor Lantern\n" "$B1" "$B2" >in.txt &&
	captive-ingest -q in.txt | captive-clean -q --trace >/dev/null 2>err &&
	grep "^in.txt:3: title Ferry captain questioned for a week in the port city (score 4: over a byline +4)$" err
'

test_expect_success 'a bad weight in publisher-evidence.tsv is named with its line' '
	mkdir -p s && cp -r "$ROOT/schema/lexicons" s/ &&
	sed "s/^label	20	/label	lots	/" s/lexicons/publisher-evidence.tsv >x && mv x s/lexicons/publisher-evidence.tsv &&
	test_must_fail 2 captive-clean -q --schema s </dev/null 2>err &&
	grep "publisher-evidence.tsv:[0-9]*: weight and max must be whole numbers" err
'

test_expect_success '--trace tells which candidate each field took, and why' '
	printf "Trawler crew returns home\n\nHARBOR CITY, 7 March 2016 (Harbor News Service) — Six sailors came home on Monday.\n" >in.txt &&
	captive-ingest -q in.txt | captive-clean -q --trace >/dev/null 2>err &&
	grep "^in.txt:1: title Trawler crew returns home (score [0-9]*: first +2" err &&
	grep "^in.txt:3: publisher Harbor News Service (score 6: dateline-bracket +6)$" err &&
	grep "^in.txt:3: published 2016-03-07 (the dateline.s own date, rank 2)$" err
'

test_done
