#!/bin/sh
# captive-extract: what an event type does comes from
# schema/lexicons/event-types.tsv, not from C.  A new type is a row there
# and a trigger line; a changed cell changes what the type does; a bad
# cell or a type with no row stops the stage at load, naming the line.
. "$(dirname "$0")/lib.sh"

# A copy of the schema the tests edit, and a document of one sentence.
cp -R "$ROOT/schema" myschema
doc() {
	printf '{"kind":"document","id":"d1","published":"2021-03-04","text":"%s"}\n' "$1"
}
# The events as type:country, and the victim's roles and status.
events() {
	jq -r 'select(.kind=="event") | "\(.type):\(.country // "")"' "$1"
}
person() {
	jq -r 'select(.kind=="person") | "\(.roles | join(";")) \(.status // "")"' "$1"
}

test_expect_success 'a new type is a row and a trigger line, no C' '
	printf "hijack\thijacking\ttrans\tno\t\n" >>myschema/lexicons/trigger-verbs.tsv &&
	printf "hijacking\tvictim\tdetained\tno\tplace actor\t-\t-\tno\t-\t-\tno\tno\theld\tno\tno\t-\t-\n" \
	    >>myschema/lexicons/event-types.tsv &&
	doc "Gunmen hijacked Ann Example in Thailand on Monday." |
	    captive-extract -q --schema myschema >out &&
	echo "hijacking:TH" >want && events out >got && test_cmp want got &&
	echo "victim detained" >want && person out >got && test_cmp want got
'

test_expect_success 'its role and status are the row'"'"'s' '
	sed "s/^hijacking\tvictim\tdetained/hijacking\tdefector\t-/" myschema/lexicons/event-types.tsv >t &&
	mv t myschema/lexicons/event-types.tsv &&
	doc "Gunmen hijacked Ann Example in Thailand on Monday." |
	    captive-extract -q --schema myschema >out &&
	echo "defector " >want && person out >got && test_cmp want got
'

test_expect_success 'a default country is the row'"'"'s: a flight is from KP' '
	doc "Ann Example defected on Monday." | captive-extract -q >out &&
	echo "defection:KP" >want && events out >got && test_cmp want got &&
	sed "s/^\(defection\t.*\)\tKP\t/\1\t-\t/" myschema/lexicons/event-types.tsv >t &&
	mv t myschema/lexicons/event-types.tsv &&
	doc "Ann Example defected on Monday." | captive-extract -q --schema myschema >out &&
	echo "defection:" >want && events out >got && test_cmp want got
'

test_expect_success 'a bad cell stops the stage, naming the file and line' '
	cp -R "$ROOT/schema" bad &&
	sed "s/^death\tvictim\tdead/death\tvictim\tgone/" bad/lexicons/event-types.tsv >t &&
	mv t bad/lexicons/event-types.tsv &&
	line=$(grep -n "^death	" bad/lexicons/event-types.tsv | cut -d: -f1) &&
	doc "Ann Example died." >in &&
	test_must_fail 2 captive-extract -q --schema bad in >out 2>err &&
	grep "event-types.tsv:$line: status \"gone\" is not one of its values" err
'

test_expect_success 'a type a trigger names with no row stops the stage' '
	cp -R "$ROOT/schema" norow &&
	grep -v "^trial	" norow/lexicons/event-types.tsv >t &&
	mv t norow/lexicons/event-types.tsv &&
	doc "Ann Example died." >in &&
	test_must_fail 2 captive-extract -q --schema norow in >out 2>err &&
	grep "triggers.tsv:[0-9]*: event type \"trial\" has no row in .*event-types.tsv" err &&
	grep "trigger-verbs.tsv:[0-9]*: event type \"trial\" has no row" err
'
test_done
