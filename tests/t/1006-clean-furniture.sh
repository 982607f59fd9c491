#!/bin/sh
# captive-clean: page furniture a copy of a news page carries around its
# article, and the look-alikes of the article's own prose that stay:
# bars of sections set apart by runs of spaces (never a headline), the
# credits of who made the story and the author's bio, corrections and
# print-edition notes, subscription and donation appeals, links with an
# arrow before them, a byline without "By", a sentence that dates
# something.  A contributor's credit ("X contributed to this report")
# stays: the gold of the seeds keeps it as the article's, and the person
# it names is one of the story's.  Every sentence is invented.
. "$(dirname "$0")/lib.sh"

H='Ferry crew returns home after a month in custody'
P1='The crew of the ferry came home on Monday after a month in custody, officials said.'
P2='Their families waited at the quay for hours before the boat finally docked in the port.'
P3='The coast guard said the men were in good health and would be questioned this week.'

# article WHERE LINE: LINE set at WHERE in the article of lib.sh
article() {
	clean_article "$@"
}

# The table: what must happen (go, stay), where, the line.
cat >table <<'TABLE'
stay	end	Harbor Wire reporter Tom Doe in Northport contributed to this report.
go	end	Reporting by Jane Roe; Additional reporting by Tom Doe; Editing by Ann Poe
go	end	Reported by Jane Roe for Quayside Radio's Korean desk. Written in English by Tom Doe.
go	end	Translated from the original Korean by the desk.
go	end	(With inputs from agencies)
go	end	Jane Roe is a senior correspondent for the Quayside Ledger based in Northport.
go	end	Tom Doe covers maritime affairs for the Quayside Ledger. Write to him at tdoe@quayside.example.
go	end	Correction: An earlier version of this story gave the wrong name for the ferry.
go	mid	An earlier version of this article misstated the number of crew members.
go	end	This story appeared in the Coast section of the print edition under the headline "Home at last"
go	end	A version of this article appears in print on May 5, 2019, Section B, Page 3.
go	end	This article originally appeared on Quayside Ledger: Ferry crew returns home
go	end	Subscribe for $4 a month. Cancel anytime.
go	end	Want to read more? Subscribe to the Quayside Ledger for full access.
go	end	Read in Japanese
go	end	Buy reprint rights, opens new tab
go	end	If you value this reporting, please consider a monthly gift to support our newsroom.
go	end	Your tax-deductible donation keeps our reporters on the water.
go	end	For more Quayside Ledger coverage on the fishing fleet, please visit:
go	end	▶ Related news
go	end	» More stories
go	end	Link copied!
stay	mid	"We do not subscribe to the idea that the sea owes us anything," the captain said.
stay	mid	The captain says everyone in the village contributed to the search for the crew.
stay	mid	Jane Roe, who is a reporter for a local paper, was among those at the quay.
stay	mid	She was detained on March 11, 2019.
stay	mid	It was May 4, 2019.
stay	mid	Photos taken by a deckhand show the crew sleeping on the floor of a warehouse.
stay	mid	Filed in a court in Northport last year, the families' petition asks for compensation.
stay	mid	"Share their story with everyone you meet," his mother said.
stay	mid	The crew was translated from one holding cell to another, a lawyer said.
stay	mid	The men read in Japanese and Korean, their families said, and asked for books.
stay	mid	No one has heard from the cook since.
go	end	Closed captions are available for this clip
go	end	You have 2 free stories left this month.
go	mid	You've read 4 of your 6 free articles. Subscribe for more.
go	end	Load more comments (12)
go	end	12 Replies
go	mid	Page 3 of 7
stay	mid	Page 3 of the report lists the names of the crew.
stay	mid	(c) the right to see a lawyer within two days
go	end	(c) 2021 Quayside Media
TABLE

clean_table table

# meta FIELD: the field of the one document cleaned from in.txt.
meta() {
	captive-ingest -q in.txt | captive-clean -q | jq -r ".$1"
}

test_expect_success 'a bar of sections set apart by runs of spaces or tabs is no headline and goes' '
	printf "Quayside Ledger\nWorld  U.S.  Coast  Business  Weather  Sports\n%s\nBy Jane Roe\n\n%s\n\n%s\n" "$H" "$P1" "$P2" >in.txt &&
	test "$(meta title)" = "$H" &&
	captive-ingest -q in.txt | captive-clean -q --text >out && ! grep -F "Business" out &&
	printf "Quayside Ledger\nNews\tCoast\tBoats\tWeather\n%s\nPublished May 4, 2019\n\n%s\n\n%s\n" "$H" "$P1" "$P2" >in.txt &&
	test "$(meta title)" = "$H" &&
	captive-ingest -q in.txt | captive-clean -q --text >out && ! grep -F "Weather" out
'

test_expect_success 'two spaces after a full stop make no bar: the paragraph stays' '
	L="The ferry left at dawn.  It was towed into port.  Nobody was hurt in the end."
	article mid "$L" >in.txt &&
	captive-ingest -q in.txt | captive-clean -q --text >out &&
	grep -xF "The ferry left at dawn. It was towed into port. Nobody was hurt in the end." out
'

test_expect_success 'an author'"'"'s name and title without "By" is the byline and goes' '
	printf "%s\nJane Roe, Northport bureau chief\n\n%s\n\n%s\n" "$H" "$P1" "$P2" >in.txt &&
	test "$(meta byline)" = "Jane Roe" &&
	captive-ingest -q in.txt | captive-clean -q --text >out && ! grep -F "bureau chief" out &&
	printf "%s\nJane Roe\nCoast correspondent\n\n%s\n\n%s\n" "$H" "$P1" "$P2" >in.txt &&
	test "$(meta byline)" = "Jane Roe" &&
	captive-ingest -q in.txt | captive-clean -q --text >out && ! grep -F "Jane Roe" out && ! grep -F "correspondent" out
'

test_expect_success 'a sentence that dates something is no stamp: the published date stays the stamp'"'"'s' '
	printf "%s\nPublished June 2, 2020\n\n%s\n\nThe ferry was seized on March 11, 2020.\n\n%s\n" "$H" "$P1" "$P2" >in.txt &&
	test "$(meta published)" = 2020-06-02 &&
	captive-ingest -q in.txt | captive-clean -q --text >out && grep -xF "The ferry was seized on March 11, 2020." out
'

test_expect_success 'a copyright line names the publisher, without its year or legal form; "All rights reserved" names none' '
	printf "%s\n\n%s\n\n%s\n\nCopyright © 2019 The Quayside Ledger. All rights reserved.\n" "$H" "$P1" "$P2" >in.txt &&
	test "$(meta publisher)" = "The Quayside Ledger" &&
	printf "%s\n\n%s\n\n%s\n\n© Quayside Media Ltd 2019\n" "$H" "$P1" "$P2" >in.txt &&
	test "$(meta publisher)" = "Quayside Media" &&
	printf "%s\n\n%s\n\n%s\n\n© All rights reserved\n" "$H" "$P1" "$P2" >in.txt &&
	test "$(meta publisher)" = null &&
	printf "%s\n\n%s\n\nCopyright lawyers for the ferry company said the photographs belonged to The Quayside Ledger.\n" "$H" "$P1" >in.txt &&
	test "$(meta publisher)" = null
'

test_expect_success 'a name of two words that opens the page is its logo; a section word is not' '
	printf "Quay Desk\n\n%s\n\n%s\n\n%s\n" "$H" "$P1" "$P2" >in.txt &&
	test "$(meta publisher)" = "Quay Desk" &&
	printf "Opinion\n\n%s\n\n%s\n\n%s\n" "$H" "$P1" "$P2" >in.txt &&
	test "$(meta publisher)" = null
'

test_expect_success '"Download the X app" names the site; "More from" a one-word section does not' '
	printf "%s\n\n%s\n\n%s\n\nDownload the Quay 7 Online app\n" "$H" "$P1" "$P2" >in.txt &&
	test "$(meta publisher)" = "Quay 7 Online" &&
	printf "Quay Ledger Weekly\n\n%s\n\n%s\n\n%s\n\nMore from Coast\n" "$H" "$P1" "$P2" >in.txt &&
	test "$(meta publisher)" = "Quay Ledger Weekly"
'

test_expect_success 'an end mark ends a press release or a transcript: its notes go' '
	printf "%s\n\n%s\n\n%s\n\n- ENDS -\n\nThe Quayside Trust works for the families of detained sailors.\n\nCountry page: Northport\n" "$H" "$P1" "$P2" >in.txt &&
	captive-ingest -q in.txt | captive-clean -q --text >out &&
	printf "%s\n\n%s\n" "$P1" "$P2" >expect && test_cmp expect out &&
	printf "%s\n\n%s\n\n%s\n\n[END OF TRANSCRIPT]\n\nRecorded at the pier by the coast desk.\n" "$H" "$P1" "$P2" >in.txt &&
	captive-ingest -q in.txt | captive-clean -q --text >out &&
	test_cmp expect out
'

test_expect_success 'a closed comment section and a list of the site'"'"'s episodes end the article' '
	printf "%s\n\n%s\n\n%s\n\nComments are closed.\n\nA reader asks why the ferry was not insured at all.\n" "$H" "$P1" "$P2" >in.txt &&
	captive-ingest -q in.txt | captive-clean -q --text >out &&
	printf "%s\n\n%s\n" "$P1" "$P2" >expect && test_cmp expect out &&
	printf "%s\n\n%s\n\n%s\n\nMore episodes\n\nThe long wait at the quay, part two\n" "$H" "$P1" "$P2" >in.txt &&
	captive-ingest -q in.txt | captive-clean -q --text >out &&
	test_cmp expect out
'

test_expect_success 'running heads of a document'"'"'s pages go; rows of a table that differ in a year stay' '
	printf "%s\n\n%s\n\nQuayside Rights Review 2021 | 4\n\n%s\n\n5 Quayside Rights Review 2021\n\n%s\n" "$H" "$P1" "$P2" "$P3" >in.txt &&
	captive-ingest -q in.txt | captive-clean -q --text >out &&
	! grep -F "Rights Review" out &&
	printf "%s\n\n%s\n\nSailors held in Northport 2019\n\n%s\n\nSailors held in Northport 2020\n\n%s\n" "$H" "$P1" "$P2" "$P3" >in.txt &&
	captive-ingest -q in.txt | captive-clean -q --text >out &&
	grep -xF "Sailors held in Northport 2019" out && grep -xF "Sailors held in Northport 2020" out
'

test_expect_success 'initials count each part of a hyphenated name: the name spelled out wins' '
	printf "North-Coast News Agency\n\n%s\n\nNORTHPORT, May 4 (NCNA) - %s\n\n%s\n" "$H" "$P1" "$P2" >in.txt &&
	test "$(meta publisher)" = "North-Coast News Agency"
'

test_done
