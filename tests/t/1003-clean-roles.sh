#!/bin/sh
# captive-clean: line roles by weighed evidence (stages/clean-roles.c,
# schema/lexicons/line-roles.tsv and line-cues.tsv).  A table of lines,
# each set in a small article of invented sentences at one place (top:
# between the headline and the first paragraph; mid: between two
# paragraphs; end: after the last), and whether it must go or stay.  Each
# signal has its look-alike that stays.
. "$(dirname "$0")/lib.sh"

H='Trawler crew returns home after a month at sea'
P1='The crew of the trawler came home on Monday after a month in custody, officials said.'
P2='Their families waited at the pier for hours before the boat finally docked in the port.'
P3='The coast guard said the men were in good health and would be questioned this week.'

# article WHERE LINE: LINE set at WHERE in the article of lib.sh
article() {
	clean_article "$@"
}

# The table: what must happen (go, stay), where, the line.
cat >table <<'TABLE'
go	top	Get the Harbor Daily app for iPhone and Android
go	end	Tap to install our app
go	end	Get the news faster
go	end	Escape your echo chamber
go	end	Sign up for the weekday digest: our best reads each evening
go	end	Subscribe for $2.99 a month
go	top	This article is more than 2 years old
go	top	Toggle caption Jane Roe/AP
go	mid	RELATED Coast guard seizes second trawler in a week
go	end	READ MORE: Families plead for news of missing sailors
go	top	The sailors wave from the deck as the trawler docks. (©Harbor Daily)
go	top	The trawler is escorted into the port by a patrol boat, May 4, 2019.
go	mid	A fisherman, 58, holds a photo of his son at the pier. (Reuters: Jane Roe)
go	mid	The trawler at the pier after its return [EPA]
go	top	Jane Roe Jane Roe
go	top	jroe@harbordaily.example 2019-05-04 10:12
go	mid	trawler-pier-2019.jpg The trawler at the pier in the rain
go	end	Read the full report of the coast guard on its website
go	end	For more information on the crew's return, visit the ministry's site or call 555-0100.
go	top	HOME Fisheries News Trawlers
go	top	Region: Northern Coast
stay	mid	For more information on the seizure, the families wrote to the ministry twice.
stay	mid	Home Secretary Jane Roe said the men were safe.
go	mid	A screen grab from a video released by the coast guard shows the trawler at sea.
go	top	Image source, Harbor Daily
stay	mid	A video released by the coast guard shows the trawler was at sea for a month.
go	mid	Jane Roe/AP
go	mid	Jane Roe/Harbor Daily via Getty Images
go	top	Download the full report in English
go	top	Available In English Français
stay	mid	Northport/Southport
stay	top	The crew was held for a month.
stay	mid	Back on land
stay	mid	A fisherman holds that the boat never left its waters, his lawyer said on Tuesday.
stay	mid	"We wave to every boat that comes home," a neighbour said.
stay	mid	The men return to sea next week, the company said in a statement.
stay	top	Families say they were told nothing for a month
stay	mid	The coast guard said it would release photos of the boat on May 4, 2019.
stay	mid	He sent news of his release to his family by e-mail.
go	top	A fisherman holds up a photo of his son at the pier in Northport on Friday.
stay	mid	The captain speaks to his wife by phone every Friday.
stay	mid	The families will hold a vigil at the pier on Sunday.
stay	mid	Crew members gather in the yard each morning, one of them said.
go	end	Transcripts of this programme are typed in haste and may contain errors.
go	top	This transcript was produced by a machine; check it against the recording.
stay	mid	The court transcript, which may contain errors, was never shown to the families.
go	end	Download the episode (MP3, 41.7 MB)
go	end	5-Minute Watch
go	mid	Podcast › Season 2
go	end	kimchi_fan22 wrote:
stay	mid	The minister wrote:
go	end	Posts: 1,377 Joined: Feb 2016
go	end	Lee K. · 3h
go	end	Type your email…
go	end	Follow the campaign for the crew on Twitter @quaysidefree
go	end	Stand with the crew today. #BringThemHome
go	end	¹ Interview with a former crew member, Northport, 2019.
go	end	Episode credits: Produced by Ann Poe. Music by Tom Doe.
go	end	The Quayside Trust is a registered charity (No. 55120). 9 Wharf Lane, Northport
go	end	Tel: +44 20 7946 0321
stay	mid	Letters can be sent to the crew through PO Box 14 in Northport, the group said.
stay	mid	The charity has been registered in Northport since 2009, its director said.
TABLE

clean_table table

test_expect_success 'a caption printed twice, the second time with its credit: both go' '
	printf "%s\n\n%s\n%s\n\n%s\n\n%s\n" "$H" "The trawler came home on a grey morning." \
	    "The trawler came home on a grey morning. Photograph: Jane Roe/AP" "$P1" "$P2" >in.txt &&
	captive-ingest -q in.txt | captive-clean -q --text >out &&
	printf "%s\n\n%s\n" "$P1" "$P2" >expect &&
	test_cmp expect out
'

test_expect_success 'a run of short lines below the body goes; a short line between paragraphs stays' '
	printf "%s\n\n%s\n\n%s\n\n%s\n\n%s\n\n%s\n%s\n%s\n" "$H" "$P1" "Back on land" "$P2" "$P3" \
	    "Coast guard seizes second trawler" "Families plead for news of sailors" "Port reopens after the storm" >in.txt &&
	captive-ingest -q in.txt | captive-clean -q --text >out &&
	printf "%s\n\n%s\n\n%s\n\n%s\n" "$P1" "Back on land" "$P2" "$P3" >expect &&
	test_cmp expect out
'

test_expect_success 'links set apart by blank lines below the body are a run and go; short lines between paragraphs stay' '
	printf "%s\n\n%s\n\n%s\n\n%s\n\n%s\n\n%s\n\n%s\n" "$H" "$P1" "$P2" "$P3" \
	    "Harbor pilots vote to strike over new shift rules" "Fish prices climb for a third straight week" \
	    "Storm closes the northern ferry route until Friday" >in.txt &&
	captive-ingest -q in.txt | captive-clean -q --text >out &&
	printf "%s\n\n%s\n\n%s\n" "$P1" "$P2" "$P3" >expect &&
	test_cmp expect out &&
	printf "%s\n\n%s\n\n%s\n\n%s\n\n%s\n\n%s\n\n%s\n" "$H" "$P1" "Seized: March 2019, off the coast" \
	    "Held: a port city in the north" "Heard from since: no one" "$P2" "$P3" >in.txt &&
	captive-ingest -q in.txt | captive-clean -q --text >out &&
	grep -xF "Seized: March 2019, off the coast" out && grep -xF "Heard from since: no one" out
'

test_expect_success 'the headline, its standfirst and the byline set apart by blank lines make no run' '
	printf "%s\n\n%s\n\n%s\n\n%s\n\n%s\n" "$H" "Families say the men were treated well" "Jane Roe Harbor Daily" "$P1" "$P2" >in.txt &&
	captive-ingest -q in.txt | captive-clean -q --text >out &&
	grep -xF "Families say the men were treated well" out
'

test_expect_success 'a list of facts keeps its last item beside a separator line' '
	printf "%s\n\n%s\n\nWhat the families know:\n• Seized: March 2019, off the east coast\n• Held: a port city in the north\n• Heard from since: no one\n* * *\n\n%s\n\n%s\n" "$H" "$P1" "$P2" "$P3" >in.txt &&
	captive-ingest -q in.txt | captive-clean -q --text >out &&
	grep -xF "• Seized: March 2019, off the east coast" out && grep -xF "• Heard from since: no one" out
'

test_expect_success 'a byline and a stamp under a standfirst of prose go; the standfirst stays' '
	printf "%s\n%s\nJane Roe\nMay 4, 2019\n%s\n%s\n" "$H" "A month at sea ends for six sailors and their families." "$P1" "$P2" >in.txt &&
	captive-ingest -q in.txt | captive-clean -q --text >out &&
	printf "%s\n%s\n%s\n" "A month at sea ends for six sailors and their families." "$P1" "$P2" >expect &&
	test_cmp expect out
'

test_expect_success 'a caption beside a block of widgets goes, above a standfirst'"'"'s paragraph too' '
	printf "%s\n\n%s\n\nPrint Article\nShare article\nPrint Article\nShare article\nThe trawler was found to be carrying nets of a banned kind and a catch of protected fish [EPA]\n\n%s\n\n%s\n" \
	    "$H" "The crew was held for a month after the trawler strayed into the zone, the ministry says." "$P1" "$P2" >in.txt &&
	captive-ingest -q in.txt | captive-clean -q --text >out &&
	! grep -F "[EPA]" out && grep -F "$P1" out
'

test_expect_success 'highlights that repeat the body go; bullets with facts of their own stay' '
	printf "%s\n\n• Trawler crew came home after a month in custody.\n• Families waited at the pier for hours.\n\n%s\n\n%s\n" "$H" "$P1" "$P2" >in.txt &&
	captive-ingest -q in.txt | captive-clean -q --text >out &&
	printf "%s\n\n%s\n" "$P1" "$P2" >expect &&
	test_cmp expect out &&
	printf "%s\n\n• Six sailors held for a month came home.\n\n%s\n\nThe crew members were:\n• Jane Roe, captain, of Northport.\n• Tom Doe, engineer, of Southport.\n\n%s\n" "$H" "$P1" "$P2" >in.txt &&
	captive-ingest -q in.txt | captive-clean -q --text >out &&
	grep -F "• Six sailors held" out && grep -F "• Jane Roe, captain" out && grep -F "• Tom Doe" out
'

test_expect_success 'index terms under a report go, one word a line; a list of names in the body stays' '
	printf "%s\n\n%s\n\n%s\n\nRegion\nAsia\nNorthport\nFisheries\n" "$H" "$P1" "$P2" >in.txt &&
	captive-ingest -q in.txt | captive-clean -q --text >out &&
	printf "%s\n\n%s\n" "$P1" "$P2" >expect &&
	test_cmp expect out &&
	printf "%s\n\n%s\n\nThe crew:\nRoe\nDoe\nPark\n\n%s\n" "$H" "$P1" "$P2" >in.txt &&
	captive-ingest -q in.txt | captive-clean -q --text >out &&
	grep -x Roe out && grep -x Park out
'

test_expect_success 'a pull quote goes with its attribution; the paragraph it repeats stays' '
	Q="We waited on the pier every night for a month. Nobody told us where the boat had gone."
	L="\"We waited on the pier every night for a month,\" said one of the wives, who asked not to be named. \"Nobody told us where the boat had gone.\""
	printf "Trawler crew returns home\n\n%s\n\n%s\n%s\n\n%s\n\n%s\n" \
	    "Six sailors came home on Friday after a month in custody, the coast guard said." \
	    "$Q" "Jane Roe, a sailor'"'"'s wife" "$L" \
	    "Their families waited at the pier for hours before the boat finally docked in the port." >in.txt &&
	captive-ingest -q in.txt | captive-clean -q --text >out &&
	! grep -xF "$Q" out && ! grep -F "a sailor'"'"'s wife" out &&
	grep -xF "$L" out &&
	captive-ingest -q in.txt | captive-clean -q --trace >/dev/null 2>err &&
	grep "in.txt:5: dropped (line roles: .*pullquote +[0-9]*" err
'

test_expect_success 'a sentence said twice in lines of one length, or a short one, makes no pull quote' '
	printf "Trawler crew returns home\n\n%s\n\n%s\n\n%s\n\n%s\n" \
	    "Six sailors came home on Friday after a month in custody, the coast guard said." \
	    "They were freed. The boat was towed into the harbor by a coast guard cutter." \
	    "They were freed. The boat was towed into the harbor by a coast guard cutter!" \
	    "Their families waited at the pier for hours before the boat finally docked in the port." >in.txt &&
	captive-ingest -q in.txt | captive-clean -q --text >out &&
	test "$(grep -c "The boat was towed" out)" -eq 2
'

test_expect_success 'a newsletter'"'"'s pitch under its prompt goes; the same words in the body stay' '
	printf "Trawler crew returns home\nSign up for our weekly Harbor Brief newsletter\nA free digest bringing you the week'"'"'s most important stories from the coast.\n\n%s\n\n%s\n\n%s\n" \
	    "Six sailors came home on Friday after a month in custody, the coast guard said." \
	    "It was the week'"'"'s biggest story in the port town, the mayor said." \
	    "Their families waited at the pier for hours before the boat finally docked in the port." >in.txt &&
	captive-ingest -q in.txt | captive-clean -q --text >out &&
	! grep -F "A free digest" out &&
	grep -F "It was the week'"'"'s biggest story" out
'

test_expect_success '--trace names the signals that dropped a line, and their weights' '
	article top "The sailors wave from the deck as the trawler docks. (©Harbor Daily)" >in.txt &&
	captive-ingest -q in.txt | captive-clean -q --trace >/dev/null 2>err &&
	grep "in.txt:3: dropped (line roles: .*photo +[0-9]*.*= [0-9]*)" err
'

test_expect_success 'a weight is data: with photo at 0 the credited caption stays' '
	mkdir -p s && cp -r "$ROOT/schema/." s/ &&
	sed "s/^photo	10	/photo	0	/" "$ROOT/schema/lexicons/line-roles.tsv" >s/lexicons/line-roles.tsv &&
	article mid "The trawler at the pier. (©Harbor Daily)" >in.txt &&
	captive-ingest -q in.txt | captive-clean -q --text >out &&
	! grep -F "(©Harbor Daily)" out &&
	captive-ingest -q in.txt | captive-clean -q --text --schema s >out &&
	grep -F "(©Harbor Daily)" out
'

test_expect_success 'a cue naming a signal without a weight is a clear error' '
	mkdir -p b && cp -r "$ROOT/schema/." b/ &&
	printf "nosuch\t\t\tfoo\tnote\n" >>b/lexicons/line-cues.tsv &&
	printf "x\n" >in.txt &&
	captive-ingest -q in.txt | test_must_fail 2 captive-clean -q --schema b 2>err &&
	grep "line-cues.tsv:[0-9]*: signal \"nosuch\" has no row in" err
'

test_done
