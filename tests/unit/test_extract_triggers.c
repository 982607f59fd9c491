/*
 * test_extract_triggers.c: event triggers found by lemma
 * (stages/extract-triggers.c), and the events they start
 * (stages/extract-events.c), on sentences written for these tests.
 */
#include "extract_test.h"

#include <stdio.h>

/* word -> a base form it may be of, and the inflection it shows */
static const struct lemma_case {
	const char *word, *lemma;
	enum xinfl infl;
} lemma_cases[] = {
	{ "detained", "detain", INFL_PAST },
	{ "seized", "seize", INFL_PAST },
	{ "kidnapped", "kidnap", INFL_PAST },
	{ "kidnapping", "kidnap", INFL_ING },
	{ "seizing", "seize", INFL_ING },
	{ "dying", "die", INFL_ING },
	{ "tried", "try", INFL_PAST },
	{ "tries", "try", INFL_S },
	{ "detains", "detain", INFL_S },
	{ "flees", "flee", INFL_S },
	{ "held", "hold", INFL_PAST },
	{ "fled", "flee", INFL_PAST },
	{ "caught", "catch", INFL_PAST },
	{ "taken", "take", INFL_PAST },
	{ "Sent", "send", INFL_PAST },
	{ "arrest", "arrest", INFL_BASE },
	{ "reaches", "reach", INFL_S },
	{ "fixes", "fix", INFL_S },
};

/* word -> a base form it is not of: "-es" comes off after a sibilant
 * only, so "escapees" (people) is no form of the verb "escape" */
static const struct not_lemma_case {
	const char *word, *lemma;
} not_lemma_cases[] = {
	{ "escapees", "escape" },
	{ "abductees", "abducte" },
};

static void
test_not_lemmas(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < EXTRACT_TEST_NROWS(not_lemma_cases); i++) {
		char out[6][XLEMMA_MAX];
		enum xinfl infl;
		int n = extract_lemmas(&extract_test_lx, not_lemma_cases[i].word, strlen(not_lemma_cases[i].word),
		    out, 6, &infl), k;

		for (k = 0; k < n; k++) {
			if (!strcmp(out[k], not_lemma_cases[i].lemma))
				print_message("%s: %s is no base of it\n", not_lemma_cases[i].word,
				    not_lemma_cases[i].lemma);
			assert_string_not_equal(out[k], not_lemma_cases[i].lemma);
		}
	}
}

static void
test_lemmas(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < EXTRACT_TEST_NROWS(lemma_cases); i++) {
		char out[6][XLEMMA_MAX];
		enum xinfl infl;
		int n = extract_lemmas(&extract_test_lx, lemma_cases[i].word, strlen(lemma_cases[i].word),
		    out, 6, &infl), k, found = 0;

		for (k = 0; k < n; k++)
			found |= !strcmp(out[k], lemma_cases[i].lemma);
		if (!found || infl != lemma_cases[i].infl)
			print_message("%s: no %s (inflection %d)\n", lemma_cases[i].word,
			    lemma_cases[i].lemma, (int)infl);
		assert_true(found);
		assert_int_equal(infl, lemma_cases[i].infl);
	}
}

/*
 * A sentence, the word in it, and the trigger expected there: its type
 * and form, or NULL when the word starts no event.  (What the events
 * veto in context, "tried to", "held that", is in the event table.)
 */
static const struct trigger_case {
	const char *text, *word, *type, *form, *known_bug;
} trigger_cases[] = {
	{ "Border guards rounded up the traders.", "rounded", "arrest", "trans", NULL },
	{ "The traders were picked up at dawn.", "picked", "arrest", "trans", NULL },
	{ "He was taken for questioning.", "taken", "arrest", "trans", NULL },
	{ "The pair were handed back at the border.", "handed", "repatriation", "trans", NULL },
	{ "She escaped in 2009.", "escaped", "defection", "intrans", NULL },
	{ "Her escape took a year.", "escape", "defection", "noun", NULL },
	{ "His kidnapping was never solved.", "kidnapping", "abduction", "noun", NULL },
	{ "Agents admitted kidnapping two students.", "kidnapping", "abduction", "trans", NULL },
	{ "He is serving a 15-year sentence.", "sentence", "sentence", "noun", NULL },
	{ "He walked out a free man.", "free", NULL, NULL, NULL },
	{ "The release of the crew was secured.", "release", "release", "noun", NULL },
	{ "She sat in jail for a month.", "jail", NULL, NULL, NULL },
	{ "He was tried in a closed court.", "tried", "trial", "trans", NULL },
	{ "Two men had left North Korea in May.", "left", "defection", "intrans", NULL },
	/* a verb's words with a possessive or a reflexive read as "one's",
	 * "oneself"; a head of several words before a slot */
	{ "She committed suicide in 1994.", "committed", "death", "intrans", NULL },
	{ "He took his own life in the camp.", "took", "death", "intrans", NULL },
	{ "They killed themselves in jail.", "killed", "death", "intrans", NULL },
	{ "They made their way across the river at night.", "made", "defection", "intrans", NULL },
	{ "He made his way to the stage.", "made", NULL, NULL, NULL },
	{ "He took his own car.", "took", NULL, NULL, NULL },
	{ "She pleaded guilty to spying.", "pleaded", "trial", "intrans", NULL },
	{ "She walked out of the court a free woman.", "walked", "release", "intrans", NULL },
	{ "She walked out of the court in tears.", "walked", NULL, NULL, NULL },
	/* "re-" makes a listed verb again; a verb of its own is no "re-" */
	{ "He was re-arrested in July.", "re-arrested", "arrest", "trans", NULL },
	{ "He was recaptured in July.", "recaptured", "arrest", "trans", NULL },
	{ "He resented the guards.", "resented", NULL, NULL, NULL },
	{ "He was released in July.", "released", "release", "trans", NULL },
};

static int
trigger_ok(const struct trigger_case *c, int verbose)
{
	struct xdoc d;
	struct xtrig tr;
	size_t t, wl = strlen(c->word);
	int ok = 0, found = 0;

	extract_test_open(&d, c->text, NULL);
	for (t = 0; t < d.ntok; t++)
		if (d.toks[t].e - d.toks[t].s == wl && !strncmp(c->text + d.toks[t].s, c->word, wl)) {
			found = extract_trigger(&d, t, &tr);
			break;
		}
	if (!c->type)
		ok = !found;
	else
		ok = found && !strcmp(tr.type, c->type) && !strcmp(tr.form, c->form);
	if (!ok && verbose)
		print_message("%s: \"%s\" gave %s/%s\n", c->text, c->word, found ? tr.type : "-",
		    found ? tr.form : "-");
	extract_doc_free(&d);
	return ok;
}

EXTRACT_TEST_TABLE(test_trigger_table, test_trigger_known_bugs, trigger_cases, trigger_ok)

/*
 * Whole sentences and the events extract_events makes of them, as
 * "type:victim" joined by spaces in text order (a group's victim is
 * g<count>), or "" for none.
 */
static const struct event_case {
	const char *text, *events, *known_bug;
} event_cases[] = {
	{ "Pastor John Smith was picked up by police in Dandong.", "arrest:John Smith", NULL },
	{ "Police rounded up Mary Jones at dawn.", "arrest:Mary Jones", NULL },
	{ "Mary Jones was picked up by her family at the airport.", "", NULL },
	{ "Mary Jones was taken from her flat near the river by Chinese police.", "arrest:Mary Jones", NULL },
	{ "John Smith was led away by guards after the hearing.", "arrest:John Smith", NULL },
	{ "Mary Jones was taken to hospital by her brother.", "", NULL },
	{ "John Smith was taken aback by the ruling.", "", NULL },
	{ "Mary Jones was picked up by border guards at the airport.", "arrest:Mary Jones", NULL },
	{ "Mary Jones walked free on Friday.", "release:Mary Jones", NULL },
	{ "Mary Jones was handed back to China.", "repatriation:Mary Jones", NULL },
	{ "Mary Jones was handed over to British diplomats at the border.", "release:Mary Jones", NULL },
	{ "Guards handed John Smith over to his company's managers in Kaesong.", "release:John Smith", NULL },
	{ "Guards handed John Smith over to their North Korean captors.", "repatriation:John Smith", NULL },
	{ "Lao police turned Ri Su-yon over to the North Korean consulate in Vientiane.", "repatriation:Ri Su-yon", NULL },
	/* the verb's words go on after its object, when that is someone */
	{ "Soldiers took Ana Ruiz into custody at the checkpoint.", "arrest:Ana Ruiz", NULL },
	{ "Rebels took the four French engineers hostage in the hills.", "arrest:g4", NULL },
	{ "John Smith was at home when officers took him in for questioning.", "arrest:John Smith", NULL },
	{ "Customs officers took the crates into custody at the port.", "", NULL },
	{ "The judge took Ana Ruiz at her word.", "", NULL },
	{ "Ana Ruiz took her son into the garden.", "", NULL },
	/* what one managed to do was done; what one tried or never managed
	 * to do was not */
	{ "Ana Ruiz managed to flee North Korea in 2009.", "defection:Ana Ruiz", NULL },
	{ "Ana Ruiz is one of 40 Thai sailors who have managed to escape from North Korea.",
	  "defection:g40 defection:Ana Ruiz", NULL },
	{ "Ana Ruiz never managed to flee North Korea.", "", NULL },
	{ "Ana Ruiz tried to flee North Korea in 2009.", "", NULL },
	{ "Ana Ruiz hopes she will manage to flee North Korea.", "", NULL },
	/* an act kept "from" happening did not happen */
	{ "Activists tried to stop Vietnam from deporting Ana Ruiz.", "", NULL },
	{ "John Smith was saved from being sent back by a late appeal.", "", NULL },
	{ "Guards arrested Ana Ruiz to keep her from fleeing the camp.", "arrest:Ana Ruiz", NULL },
	{ "Ana Ruiz fled from North Korea in May.", "defection:Ana Ruiz", NULL },
	/* sending back by any means; a causative "had X sent back" */
	{ "Chinese police shipped Ri Su-yon back across the river in May.", "repatriation:Ri Su-yon", NULL },
	{ "Lao police had the five North Koreans shipped back across the river.", "repatriation:g5", NULL },
	{ "The firm shipped the engines back to the factory.", "", NULL },
	/* "May" the month is no "may" of a supposition */
	{ "In May 2010 police arrested Ana Ruiz in Hyesan.", "arrest:Ana Ruiz", NULL },
	{ "Since May guards have detained John Smith in a hotel.", "arrest:John Smith", NULL },
	{ "Police may arrest Ana Ruiz when she lands.", "", NULL },
	/* taken by force off a carrier or out of a vehicle */
	{ "Ana Ruiz was pulled off a flight to Beijing minutes before it left.", "arrest:Ana Ruiz", NULL },
	{ "Soldiers dragged John Smith out of the bus at the checkpoint.", "arrest:John Smith", NULL },
	{ "Ana Ruiz got off the plane in Seoul and hugged her son.", "", NULL },
	{ "Porters pulled the crates off the ferry before dawn.", "", NULL },
	{ "John Smith was removed from his post in the ministry.", "", NULL },
	/* handed "to" their own side, with no "over": given back, a release */
	{ "Guards handed the three Danish sailors to their embassy in Hanoi.", "release:g3", NULL },
	{ "The two Danish sailors were handed to the Danish consulate at the bridge.", "release:g2", NULL },
	{ "Border guards handed Ana Ruiz to her family at the crossing.", "release:Ana Ruiz", NULL },
	{ "Ana Ruiz handed the petition to her embassy in Hanoi.", "", NULL },
	{ "Ana Ruiz was handed a letter from her embassy in Hanoi.", "", NULL },
	/* "They" after a person held with others: that person at least */
	{ "Ri Su-yon was held at a labour camp with her uncle and two cousins from 1979. They were set free in 1988.",
	  "arrest:Ri Su-yon release:Ri Su-yon", NULL },
	{ "Ri Su-yon was held in a camp in 1977. Guards read her letters and handed them back to her.",
	  "arrest:Ri Su-yon", NULL },
	{ "Lawyers for John Smith tried to reach him.", "", NULL },
	{ "John Smith is serving a 15-year sentence.", "sentence:John Smith", NULL },
	{ "The court handed Mary Jones a ten-year sentence.", "sentence:Mary Jones", NULL },
	{ "Mary Jones was given a life sentence in May.", "sentence:Mary Jones", NULL },
	{ "The tribunal handed a life sentence to John Smith.", "sentence:John Smith", NULL },
	{ "John Smith lost weight during his detention in Wonsan.", "arrest:John Smith", NULL },
	{ "Mary Jones spoke of their arrest.", "", NULL },
	{ "The release of Dutch aid worker Anna van der Berg was secured.", "release:Anna van der Berg", NULL },
	{ "News of John Smith's imminent release spread.", "", NULL },
	{ "It is not known whether John Smith was sentenced.", "", NULL },
	{ "Since defecting in 2011, John Smith has opened three shops.", "defection:John Smith", NULL },
	{ "SEOUL, May 2, 2019 (Wire) -- Since defecting in 2011, John Smith has opened a shop.",
	  "defection:John Smith", NULL },
	{ "Having been expelled on Thursday, Mary Jones told reporters she was tired.",
	  "repatriation:Mary Jones", NULL },
	{ "Since opening in 2011, the shop of John Smith has grown.", "", NULL },
	{ "Sgt. John Smith of Tulsa, Oklahoma, captured a month ago, appeared in a film.",
	  "arrest:John Smith", NULL },
	{ "John Smith of Dayton, Ohio, said soldiers he captured were fed.", "", NULL },
	{ "The North still holds five soldiers whom they kidnapped in 1970.", "arrest:g5 abduction:g5", NULL },
	{ "Police detained two dozen defectors in a raid.", "arrest:g24", NULL },
	{ "Police caught John Smith in May and sent him back in June.",
	  "arrest:John Smith repatriation:John Smith", NULL },
	{ "John Smith was later sent to a labour camp.", "sentence:John Smith", NULL },
	{ "John Smith was sent to a refugee camp.", "", NULL },
	{ "Police caught Ri Su-yon in May. The woman was deported in June.",
	  "arrest:Ri Su-yon repatriation:Ri Su-yon", NULL },
	{ "The young woman was seized at sea. Her mother, Ri Su-yon, still waits.", "", NULL },
	{ "Guards drove Ri Su-yon to the river and handed her over, Mary Jones said.",
	  "repatriation:Ri Su-yon", NULL },
	{ "\"We call for his swift release,\" John Smith said.", "", NULL },
	{ "John Smith was completely fine, his wife said.", "", NULL },
	{ "John Smith was put on trial on Monday.", "trial:John Smith", NULL },
	{ "A guard, John Smith, picked up the phone at dawn.", "", NULL },
	{ "Officials did not say when John Smith would cross the border.", "", NULL },
	{ "Nobody knows whether John Smith was ever tried or sentenced.", "", NULL },
	{ "Mary Jones asked the ministry to lobby for her release.", "", NULL },
	{ "Mary Jones was punished for her escape from North Korea.", "defection:Mary Jones", NULL },
	{ "John Smith was sent home on Monday.", "release:John Smith", NULL },
	{ "The court held that John Smith was guilty.", "", NULL },
	{ "John Smith was trying to flee.", "", NULL },
	{ "He was handed a death sentence, John Smith said.", "", NULL },
	/* a flight told as motion along a path out of North Korea */
	{ "Ri Su-yon waded through the shallows of the Tumen River one night in 2009.", "defection:Ri Su-yon", NULL },
	{ "Ri Su-yon, a North Korean nurse, crossed into China in 2009.", "defection:Ri Su-yon", NULL },
	{ "John Smith swam across the river, the North Korean refugee said.", "defection:John Smith", NULL },
	{ "Ri Su-yon slipped out of North Korea in May.", "defection:Ri Su-yon", NULL },
	{ "John Smith crossed the border into North Korea from China.", "", NULL },
	{ "In 1965 John Smith, an army sergeant, defected to North Korea.", "arrest:John Smith", NULL },
	{ "In 1992 John Smith defected to South Korea.", "defection:John Smith", NULL },
	{ "John Smith walked across the border from China into North Korea.", "", NULL },
	{ "Ri Su-yon went to Dandong from Pyongyang last year.", "", NULL },
	{ "John Smith walked out of the court in Seoul a free man.", "", NULL },
	{ "Two pastors tried to help some North Koreans flee by boat, John Smith said.", "", NULL },
	{ "John Smith later walked back over the bridge to Dandong.", "", NULL },
	{ "Defectors often cross into Laos, John Smith said of North Korea.", "", NULL },
	{ "In the spring of 1998 Ri Su-yon escaped across the Yalu.", "defection:Ri Su-yon", NULL },
	/* a group's part, named by its count alone */
	{ "Police detained 16 people in May, and nine of them were sent to a labour camp.",
	  "arrest:g16 sentence:g9", NULL },
	{ "Police detained 16 people in May. Nine of them were sent to a labour camp. Five others were freed.",
	  "arrest:g16 sentence:g9 release:g5", NULL },
	{ "Police arrested hundreds of North Koreans in a raid.", "arrest:g0", NULL },
	{ "Ri Su-yon was held in a camp with her father from 1977. A decade on, they were released in 1987.",
	  "arrest:Ri Su-yon release:Ri Su-yon", NULL },
	/* someone moved to a place or an authority */
	{ "Ri Su-yon was handed by Vietnamese police to Chinese border officers.", "repatriation:Ri Su-yon", NULL },
	{ "North Korea returned John Smith to South Korea on Friday.", "repatriation:John Smith", NULL },
	{ "John Smith returned to South Korea on Friday.", "", NULL },
	{ "John Smith handed the letter to his lawyer.", "", NULL },
	/* a span of time spent in a place of custody */
	{ "Ri Su-yon, a survivor who spent six long years in Kwanliso 18, spoke on Monday.", "arrest:Ri Su-yon", NULL },
	{ "John Smith spent a decade in a labour camp.", "arrest:John Smith", NULL },
	{ "John Smith spent two years in Seoul.", "", NULL },
	{ "John Smith spent three years in a refugee camp.", "", NULL },
	{ "John Smith served ten years in prison.", "sentence:John Smith", NULL },
	/* a person by a noun of people, named after: the noun's sex agrees */
	{ "A North Korean woman was rounded up by police. The woman, Ri Su-yon, 41, was sent back.",
	  "arrest:Ri Su-yon repatriation:Ri Su-yon", NULL },
	{ "Ri Su-yon was detained with John Smith and Mary Jones but was released in May.",
	  "arrest:Ri Su-yon release:Ri Su-yon", NULL },
	{ "John Smith, with Mary Jones, was freed in May.", "release:Mary Jones release:John Smith",
	  "a with-phrase set off by commas: only its member is taken, not the subject before it" },
	{ "Police detained five North Koreans. The five, two women and three boys, were freed.",
	  "arrest:g5 release:g5", NULL },
	{ "None of the visitors was detained or held, a guard said.", "", NULL },
	{ "Their families paid fines, John Smith said.", "", NULL },
	{ "There are about 80,000 prisoners held in the camps.", "arrest:g80000", NULL },
	{ "Some 300 soldiers are believed to be held there even now, the North Korean defector said.", "arrest:g300", NULL },
	{ "John Smith is about to be freed.", "", NULL },
	{ "Police arrested all 23 believers at the house.", "arrest:g23", NULL },
	/* "a <nationality> ... <title>", an employer's name between: the
	 * person the article is about */
	{ "North Korea freed a South Korean Daesan Motors engineer on Thursday. Park Min-ho was flown home.",
	  "release:Park Min-ho", NULL },
	{ "A South Korean defence ministry official said North Korea had freed Park Min-ho.",
	  "release:Park Min-ho", NULL },
	{ "A Canadian has been sentenced to six years of hard labour. John Smith, 30, had taught English in Seoul.",
	  "sentence:John Smith", NULL },
	{ "An American official has been sent to Pyongyang. John Smith, 30, had taught English in Seoul.", "", NULL },
	/* "He" opening a sentence: who opened the one before, if the sex
	 * agrees, not a man named further back */
	{ "John Smith flew home with his wife. Pak Myong-su, a trader, was arrested in May. He is serving a ten-year sentence.",
	  "arrest:Pak Myong-su sentence:Pak Myong-su", NULL },
	{ "Pak Myong-su said Mary Jones was tired. She was freed in May.", "release:Mary Jones", NULL },
	{ "Fighting back tears, Ri Su-yon spoke of her brother at a forum. She fled North Korea in 1998.",
	  "defection:Ri Su-yon", NULL },
	{ "Pak Myong-su flew home with his wife. She was freed in June.", "", NULL },
	{ "Mary Jones, a nurse, was arrested in May. Pak Myong-su, her brother, flew home. She was freed in June.",
	  "arrest:Mary Jones release:Mary Jones", NULL },
	/* a counted group stated as held or taken, a state or an estimate
	 * with no act verb: a participle on the group, past "still",
	 * "believed", "thought", "estimated", an aside ("mostly boatmen"),
	 * "never" freed or sent home, "remain in custody", captives "still
	 * alive in the North"; a range or a vague size is a group of unknown
	 * count */
	{ "The letter named seven Canadian monks still held in the North.", "arrest:g7", NULL },
	{ "The report counted over 600 prisoners of war never sent home after the truce.", "arrest:g600", NULL },
	{ "Officials say well over 600 prisoners of war were never sent home.", "arrest:g600", NULL },
	{ "The ministry listed at least 200 other POWs still believed held by the North.", "arrest:g200", NULL },
	{ "Roughly 30,000 to 50,000 believers held in penal camps face abuse, the group said.", "arrest:g0", NULL },
	{ "The list has some 350 sailors, mostly boatmen, thought taken by the North.", "abduction:g350", NULL },
	{ "Some 350 sailors - mostly boatmen - are feared to have been taken to North Korea.", "abduction:g350", NULL },
	{ "Thousands of nuns are presumed to have been kidnapped by agents.", "abduction:g0", NULL },
	{ "More than 400 POWs thought still alive in North Korea are now in their nineties.", "arrest:g400", NULL },
	{ "Around 500 fishermen are estimated to remain in detention in the North.", "arrest:g500", NULL },
	{ "The group says about 20 nuns remain in custody.", "arrest:g20", NULL },
	{ "Some 30 POWs have come home since 1994. About 200 others remain alive in North Korea, the ministry says.",
	  "arrest:g200", NULL },
	{ "Four aid workers held hostage by the rebels were shown on video.", "arrest:g4", NULL },
	/* "became a prisoner of war": taken captive; another noun, no act */
	{ "Kim Tae-ho, a private, became a prisoner of war near the river.", "arrest:Kim Tae-ho", NULL },
	{ "Kim Tae-ho, a private, became a medic near the river.", "", NULL },
	{ "Two local employees of John Smith have vanished and are thought to remain in custody.",
	  "arrest:g2", NULL },
	/* and what only looks like it */
	{ "A meeting held in Seoul drew 2,000 people.", "", NULL },
	{ "The record held by 3 athletes still stands.", "", NULL },
	{ "About 60,000 people attended a rally in the capital.", "", NULL },
	{ "Some 400 drivers were held up in traffic on the bridge.", "", NULL },
	{ "The two sides held talks with 12 families.", "", NULL },
	{ "The party lost 150 seats held by its members.", "", NULL },
	{ "Roughly 2,000 tonnes of rice held in warehouses rotted.", "", NULL },
	{ "As many as 200 prisoners could be held in the new camp.", "", NULL },
	{ "About 300 tourists were alive in North Korea after the flood.", "", NULL },
	{ "Over 300 veterans of that war live on in Busan today.", "", NULL },
	{ "Some 350 sailors, mostly boatmen, took part in the strike.", "", NULL },
	{ "John Smith said a photo taken by the North shows 20 soldiers.", "", NULL },
	{ "About 500 fishermen were never heard from again.", "", NULL },
	{ "Ri Su-yon was freed in May; her elderly parents are believed to have been jailed.", "release:Ri Su-yon", NULL },
	/* a definite plural with a count refers back by count agreement:
	 * to as many persons named together before, to the group of that
	 * count, never to a group of another count; with none, it is a new
	 * group of that count */
	{ "Some 4,000 tourists came home in 1953. Police arrested Pak Myong-su and Ri Su-yon in May. The two men were freed in June.",
	  "arrest:Pak Myong-su arrest:Ri Su-yon release:g2 release:Pak Myong-su release:Ri Su-yon", NULL },
	{ "Police arrested Pak Myong-su and Kim Min-ho in May. Both men were freed in June.",
	  "arrest:Pak Myong-su arrest:Kim Min-ho release:g2 release:Pak Myong-su release:Kim Min-ho", NULL },
	{ "The two nurses were named as Ann Roe and Jo Doe. The two women were captured in 1951.",
	  "arrest:g2 arrest:Ann Roe arrest:Jo Doe", NULL },
	{ "Police arrested 40 fishermen in May. The two men were freed in June.", "arrest:g40 release:g2", NULL },
	{ "Police arrested two fishermen in May. Four sailors were also held. The two men were freed in June.",
	  "arrest:g2 arrest:g4 release:g2", NULL },
	{ "Police arrested Pak Myong-su and Kim Min-ho in May. The three men were freed in June.",
	  "arrest:Pak Myong-su arrest:Kim Min-ho release:g3", NULL },
	{ "Police arrested 23 believers at a house in May. The 23 believers were sent to a labour camp.",
	  "arrest:g23 sentence:g23", NULL },
	{ "Both men and women were arrested in the raid.", "", NULL },
	{ "Officials Pak Myong-su and Kim Min-ho met in May. The two men were freed in June.", "release:g2", NULL },
	{ "Police arrested Pak Myong-su and Kim Min-ho in May. The two were freed in June.",
	  "arrest:Pak Myong-su arrest:Kim Min-ho release:g2 release:Pak Myong-su release:Kim Min-ho", NULL },
	{ "Police arrested Pak Myong-su and Ann Roe in May. The couple were freed in June.",
	  "arrest:Pak Myong-su arrest:Ann Roe release:g2 release:Pak Myong-su release:Ann Roe", NULL },
	{ "Ann Roe and three pastors were held in Dandong. The four had escaped North Korea in March.",
	  "arrest:g3 arrest:Ann Roe defection:g4 defection:Ann Roe defection:g3", NULL },
	{ "The two sides held talks in May.", "", NULL },
	{ "The pair of shoes was seized.", "", NULL },
	/* a plural description without a count: the latest group whose
	 * head noun agrees, else the latest group */
	{ "Three pastors were detained in May. Forty farmers were held. The pastors were freed in June.",
	  "arrest:g3 arrest:g40 release:g3", NULL },
	{ "Three pastors were detained in May. Forty farmers were held. The men were freed in June.",
	  "arrest:g3 arrest:g40 release:g40", NULL },
	/* the same act told twice is one event; a second one told as such
	 * ("again", a second time, another date) is not */
	{ "Police captured Pak Myong-su and Kim Min-ho in May. The two men were captured at the border.",
	  "arrest:Pak Myong-su arrest:Kim Min-ho arrest:g2", NULL },
	{ "The two students described their capture in a letter. Ann Roe and Jo Doe were arrested on 17 March and freed in June.",
	  "arrest:g2 arrest:Ann Roe arrest:Jo Doe release:Jo Doe release:Ann Roe", NULL },
	{ "Six North Koreans were arrested in Laos in May. The six North Koreans were arrested by police who raided a house.",
	  "arrest:g6", NULL },
	{ "Police captured five soldiers at the border. Their capture angered Seoul.", "arrest:g5", NULL },
	{ "Police arrested Pak Myong-su in May. He was later arrested again.",
	  "arrest:Pak Myong-su arrest:Pak Myong-su", NULL },
	{ "Police arrested Pak Myong-su in May. He was arrested again in July.",
	  "arrest:Pak Myong-su arrest:Pak Myong-su", NULL },
	{ "Police arrested Pak Myong-su in May. He was arrested for a second time after he fled.",
	  "arrest:Pak Myong-su arrest:Pak Myong-su", NULL },
	{ "Police arrested Pak Myong-su in May. Officials said he was arrested for spying.", "arrest:Pak Myong-su", NULL },
	/* modality by clause structure: what is risked, refused, threatened,
	 * demanded with a subjunctive, or told as a warning to the hearer
	 * did not happen; the look-alikes did */
	{ "On the road the six North Korean nurses risked being caught by guards and sent back.", "", NULL },
	{ "Police caught six North Korean nurses in May. All along the road, they risked being arrested by Lao police and sent back to face jail.", "arrest:g6", NULL },
	{ "Police caught six North Korean nurses in May. They have been told the Lao police will expel them to China by 3 March.", "arrest:g6", NULL },
	{ "Ri Su-yon was arrested despite the risk.", "arrest:Ri Su-yon", NULL },
	{ "The regime refused to free two of the sailors.", "", NULL },
	{ "Pak Myong-su refused food after he was arrested.", "arrest:Pak Myong-su", NULL },
	{ "The panel recommended that Pak Myong-su, the pilot of the plane, be tried for desertion.", "", NULL },
	{ "The families demanded that the five North Korean nurses be freed.", "", NULL },
	{ "Aid groups insist that Ri Su-yon must be released.", "", NULL },
	{ "Pak Myong-su was recommended for release and freed in May.", "release:Pak Myong-su", NULL },
	{ "Nobody knows whether Pak Myong-su was put on trial or sentenced.", "", NULL },
	{ "The six North Korean nurses have been told that police will deport them by 3 March.", "", NULL },
	{ "Ri Su-yon was told on Monday that she had been freed.", "release:Ri Su-yon", NULL },
	{ "Ri Su-yon is set to be deported next week.", "", NULL },
	{ "Pak Myong-su could face deportation.", "", NULL },
	{ "Six North Korean nurses were caught in Kunming and face deportation.", "arrest:g6", NULL },
	{ "Guards are threatening to deport the six North Korean nurses.", "", NULL },
	{ "Guards threatened Ri Su-yon and then arrested her.", "arrest:Ri Su-yon", NULL },
	/* a participle on a noun of the sentence, not on its subject */
	{ "Ri Su-yon urged Beijing to stop deporting captured North Korean defectors.", "", NULL },
	{ "Ri Su-yon spoke of detained North Korean refugees.", "", NULL },
	/* a relative clause on a noun that names no one */
	{ "Pak Myong-su helps North Koreans who have fled the North.", "", NULL },
	{ "Pak Myong-su shelters North Koreans who have fled the North.", "", NULL },
	/* "a party of seven" is a group of seven, whose acts its member shares */
	{ "Ri Su-yon was one of a party of seven fleeing their homeland in 2009 who were caught in Laos.",
	  "defection:g7 defection:Ri Su-yon arrest:g7 arrest:Ri Su-yon", NULL },
	{ "Pak Myong-su, a pastor who helps refugees who fled North Korea, was arrested.", "arrest:Pak Myong-su", NULL },
	{ "Ri Su-yon, 45, who escaped from North Korea in 2009, was arrested in May.",
	  "defection:Ri Su-yon arrest:Ri Su-yon", NULL },
	{ "The pastor met Ri Su-yon, who had escaped from North Korea in 2009.", "defection:Ri Su-yon", NULL },
	{ "Ri Su-yon, a North Korean nurse who fled her country in 2009, spoke on Monday.", "defection:Ri Su-yon", NULL },
	/* an act done to a thing */
	{ "Holding back tears, Ri Su-yon told the forum of her sister.", "", NULL },
	{ "Police held Pak Myong-su, a trader, at the border.", "arrest:Pak Myong-su", NULL },
	{ "In 2013, the leader executed his uncle, Pak Myong-su, once a powerful man.", "death:Pak Myong-su", NULL },
	{ "After arresting Pak Myong-su, police searched his home.", "arrest:Pak Myong-su", NULL },
	{ "Police detained two sailors; this was confirmed in photos released by the North.", "arrest:g2", NULL },
	{ "North Korea released video footage of the two sailors.", "", NULL },
	{ "The two sailors made a film and handed it over to a newspaper.", "", NULL },
	{ "Guards caught the two sailors and handed them over to China.", "arrest:g2 repatriation:g2", NULL },
	{ "The boat was seized by the coast guard.", "", NULL },
	{ "Ann Roe was a cook aboard the USS Cormorant when it was seized in 1970.", "arrest:Ann Roe", NULL },
	{ "Ann Roe sold her fishing boat in May, and it was seized in June.", "", NULL },
	{ "Ann Roe owned the Cormorant when it was seized in 1970.", "", NULL },
	{ "The escape route of Ri Su-yon ran through Laos.", "", NULL },
	{ "Police issued an arrest warrant for Pak Myong-su.", "", NULL },
	{ "Police caught 12 North Korean nurses on an escape route through Laos.", "arrest:g12", NULL },
	{ "The detention of Pak Myong-su drew protests.", "arrest:Pak Myong-su", NULL },
	/* wording: a death told as a suicide, of someone held */
	{ "Police arrested Pak Myong-su in May. He committed suicide in a labour camp in 2019.",
	  "arrest:Pak Myong-su death:Pak Myong-su", NULL },
	{ "Ri Su-yon was abducted by agents in 1978. The North says she took her own life in 1994.",
	  "abduction:Ri Su-yon death:Ri Su-yon", NULL },
	{ "Pak Myong-su killed himself in prison in 2001.", "death:Pak Myong-su", NULL },
	{ "Pak Myong-su, a retired banker, committed suicide at his home in Seoul.", "", NULL },
	{ "Guards say Ri Su-yon threatened to take her own life in the camp.", "", NULL },
	{ "Pak Myong-su took his own car to the border in May.", "", NULL },
	/* a flight told as a journey along a path out of North Korea */
	{ "Ri Su-yon made her way out of North Korea in 2009.", "defection:Ri Su-yon", NULL },
	{ "Ri Su-yon made her way from Hyesan across the Yalu in 2009.", "defection:Ri Su-yon", NULL },
	{ "Pak Myong-su made his way to the podium.", "", NULL },
	{ "Pak Myong-su made his way from Seoul to Pyongyang in 2018.", "", NULL },
	/* a release told as a state: "a free man" of someone held */
	{ "Pak Myong-su was sentenced to three years in a camp in May. He walked out of the court a free man in June.",
	  "sentence:Pak Myong-su release:Pak Myong-su", NULL },
	{ "Ri Su-yon left the clinic a free woman, her doctor said.", "", NULL },
	{ "Police detained Pak Myong-su in Dalian in May. China later allowed Pak Myong-su to fly to Seoul.",
	  "arrest:Pak Myong-su release:Pak Myong-su", NULL },
	{ "China allowed Pak Myong-su to fly to Seoul for talks.", "", NULL },
	/* a trial told by the plea */
	{ "Pak Myong-su pleaded guilty to spying on Friday.", "trial:Pak Myong-su", NULL },
	{ "Pak Myong-su is expected to plead guilty to spying.", "", NULL },
	/* a gerund after "admitted to" is the act owned up to; after
	 * "denied" or "objected to", none */
	{ "The North admitted to kidnapping 13 Japanese nurses in the 1970s.", "abduction:g13", NULL },
	{ "The North denied kidnapping 13 Japanese nurses.", "", NULL },
	{ "The North objected to releasing 13 Japanese nurses.", "", NULL },
	/* a taking told as forcing someone into a vehicle, by a taker told */
	{ "Police bundled Pak Myong-su into a van in Dandong in May.", "arrest:Pak Myong-su", NULL },
	{ "Ri Su-yon was pushed into a car by Chinese police in 2010.", "arrest:Ri Su-yon", NULL },
	{ "Pak Myong-su threw his bag into the car.", "", NULL },
	{ "Guards pushed the cart into a van.", "", NULL },
	{ "Pak Myong-su and Ri Su-yon were bundled into a van after the party.", "", NULL },
	{ "Pak Myong-su climbed into a car outside the prison.", "", NULL },
	/* a trial told as a noun */
	{ "The court-martial of Pak Myong-su began in May.", "trial:Pak Myong-su", NULL },
	{ "Pak Myong-su was recommended for court-martial.", "", NULL },
	/* "re-" tells the act again */
	{ "Police arrested Pak Myong-su in May. He was re-arrested in July.",
	  "arrest:Pak Myong-su arrest:Pak Myong-su", NULL },
	{ "Pak Myong-su resented the new rules.", "", NULL },
	/* "the group": the latest group of people, unless it speaks or is
	 * counted ("the group said", "the group of seven") */
	{ "Police held seven North Korean nurses in Laos. The group had fled North Korea in May.",
	  "arrest:g7 defection:g7", NULL },
	{ "A rights group said police held Ann Roe. The group said it was worried.", "arrest:Ann Roe", NULL },
	/* a part in an aside on the subject: a group is in the whole, a
	 * person named there is a victim beside it */
	{ "Police held seven North Korean defectors in Laos. The defectors, including two teenagers, escaped "
	  "from North Korea in May.", "arrest:g7 defection:g7", NULL },
	{ "Four women, including Ann Roe, were arrested in Hanoi.", "arrest:Ann Roe arrest:g4", NULL },
	/* a path out that only the places make one ("from North Korea") */
	{ "Police held six North Korean nurses in Laos. The six had walked from North Korea to China in April.",
	  "arrest:g6 defection:g6", NULL },
	/* "a Danish activist": the person named next who is not the one
	 * telling it; with none, someone unnamed (a group of one) */
	{ "A Danish activist was held by Chinese police last May. Ann Roe, 41, was held in Dandong.",
	  "arrest:Ann Roe", NULL },
	{ "A Danish activist said police detained Ann Roe in May.", "arrest:Ann Roe", NULL },
	{ "A Danish activist was detained in May, his colleague Bo Lund said.", "arrest:g1", NULL },
	/* "her" before a noun is a possessive: the object is a thing */
	{ "Ann Roe, a nurse, spoke in May. Her uncle was holding her hand.", "", NULL },
	{ "Ann Roe, a nurse, spoke in May. A camera caught her face at the border.", "", NULL },
	{ "Ann Roe, a nurse, spoke in May. Police held her captive for a year.", "arrest:Ann Roe", NULL },
	{ "Ann Roe, a nurse, spoke in May. Police freed her last week.", "release:Ann Roe", NULL },
	/* "the Chinese border city": a nationality before a noun is no
	 * reference to the latest group */
	{ "Police held two Danish men who were caught in 2019. Ann Roe, a cook who had worked at the Chinese "
	  "port for years, was detained in Hoeryong in May.", "arrest:g2 arrest:Ann Roe", NULL },
	{ "Police held two Danish men in 2019. The Chinese arrested Ann Roe in May.", "arrest:g2 arrest:Ann Roe",
	  "\"the Chinese\" before an active verb is taken for the latest group, as the victim" },
	/* a list with ages in brackets: every name of it */
	{ "Ann Roe (61) and Tom Hale (70) were captured at sea in May.", "arrest:Tom Hale arrest:Ann Roe", NULL },
	{ "Ann Roe (61) said Tom Hale (70) was captured at sea in May.", "arrest:Tom Hale", NULL },
	/* a description in an apposition on a name is that name's */
	{ "Ann Roe, 41, spoke in Seoul. Her father, Bo Roe, a Danish fisherman, was abducted off the coast in 1977.",
	  "abduction:Bo Roe", NULL },
	/* who "he", "she", "the pair" and a repeated title stand for across
	 * a story; an official is a victim when acted upon, not when he
	 * speaks */
	{ "Pak Myong-su, a fisheries official, was seized by soldiers at sea in May.", "arrest:Pak Myong-su", NULL },
	{ "Pak Myong-su, a fisheries official, said soldiers seized the boat in May.", "", NULL },
	{ "Police detained Ri Su-yon in May, Pak Myong-su, a ministry official, said.", "arrest:Ri Su-yon", NULL },
	{ "Pak Myong-su, a fisheries official killed at sea in May, had a son. The late fisheries official drifted north. "
	  "The following day he was seized by soldiers.", "arrest:Pak Myong-su", NULL },
	{ "Pak Myong-su, a fisheries official, vanished at sea in May. The fisheries official drifted north for a day. "
	  "The following day he was seized by soldiers.", "arrest:Pak Myong-su",
	  "an official is a victim only when the text tells an act on him by name or apposition" },
	{ "Police detained John Smith in May, Pak Myong-su, a ministry spokesman, said. The next day he was freed.",
	  "arrest:John Smith release:John Smith", NULL },
	{ "Soldiers seized Pak Myong-su, a fisheries official, in May.", "arrest:Pak Myong-su", NULL },
	{ "Pak Myong-su, a fisheries official who was detained in May, is home.", "arrest:Pak Myong-su", NULL },
	{ "Pak Myong-su, a security official, arrested John Smith in May.", "arrest:John Smith", NULL },
	{ "Soldiers seized John Smith in May. The fisheries official said he was freed.",
	  "arrest:John Smith release:John Smith", NULL },
	{ "Police detained Ri Su-yon in May. Pak Myong-su, a ministry spokesman, spoke on Monday. "
	  "The spokesman said she was freed in June.", "arrest:Ri Su-yon release:Ri Su-yon", NULL },
	{ "Ri Su-yon reached Seoul in 2019. Her younger sister, Kim Mi-ok, stayed behind in China. "
	  "She lived with a farmer in Jilin. In 2021, she tried to escape but was caught by police, Ri Su-yon said.",
	  "arrest:Kim Mi-ok", NULL },
	{ "Ri Su-yon was caught by police in 2019, her sister, Kim Mi-ok, told reporters in Seoul. "
	  "She was sent back in May.", "arrest:Ri Su-yon repatriation:Ri Su-yon", NULL },
	{ "Guards held John Smith in May. (Peter) Roe, a missionary, was convicted in June. "
	  "He is now serving a nine-year prison sentence.", "arrest:John Smith sentence:Peter Roe", NULL },
	{ "John Smith and Ann Roe were arrested in May. The couple were freed in June.",
	  "arrest:Ann Roe arrest:John Smith release:g2 release:John Smith release:Ann Roe", NULL },
	{ "Pak Myong-su, 52, and Ri Su-yon, 47, were arrested in May. The pair were tried in June.",
	  "arrest:Ri Su-yon arrest:Pak Myong-su trial:g2 trial:Pak Myong-su trial:Ri Su-yon", NULL },
	{ "John Smith met Ann Roe in May. Police arrested the couple's son.", "", NULL },
	{ "Police caught John Smith in May, Ann Roe said. The pair had met in 2010.", "arrest:John Smith", NULL },
	{ "Pak Myong-su, 52, and Ri Su-yon, 47, were arrested in May.", "arrest:Ri Su-yon arrest:Pak Myong-su", NULL },
	{ "Pak Myong-su, 52, said Ri Su-yon, 47, was arrested in May.", "arrest:Ri Su-yon", NULL },
	{ "Pak Myong-su (52) and Ri Su-yon (47) were arrested in May.", "arrest:Ri Su-yon arrest:Pak Myong-su", NULL },
	{ "Pak Myong-su, 52, Kim Min-ho, 31, and Ri Su-yon, 47, were arrested in May.",
	  "arrest:Ri Su-yon arrest:Kim Min-ho arrest:Pak Myong-su", NULL },
	{ "Pak Myong-su, 52, met police in May, and Ri Su-yon, 47, was arrested.", "arrest:Ri Su-yon", NULL },
	/* "A, 22, and her brother B": a list, no apposition of A's (A is no
	 * man by "brother"); both its items are victims */
	{ "Ri Su-yon, 22, and her brother Kim Tae-ho were arrested in May. She was freed in June.",
	  "arrest:Kim Tae-ho arrest:Ri Su-yon release:Ri Su-yon", NULL },
	/* ... and a relative never named is a group of one beside A
	 * (test_extract_wholes.c) */
	{ "Ri Su-yon and her brother were arrested in May.", "arrest:g1 arrest:Ri Su-yon", NULL },
	{ "Kim Tae-ho, 22, and his wife were arrested in May. He was freed in June.",
	  "arrest:g1 arrest:Kim Tae-ho release:Kim Tae-ho", NULL },
	/* an official who flees is the defector, not a voice of the state */
	{ "North Korea was silent. Kim Tae-ho, a North Korean trade envoy who defected to Seoul in 2011, spoke on Monday.",
	  "defection:Kim Tae-ho", NULL },
	{ "North Korea was silent. Kim Tae-ho, a senior North Korean diplomat, defected in 2011.",
	  "defection:Kim Tae-ho", NULL },
	{ "North Korea was silent. Kim Tae-ho, a North Korean diplomat, said two sailors defected last year.",
	  "defection:g2", NULL },
	/* fleeing the state's post abroad; not fleeing to one */
	{ "North Korea was silent. Kim Tae-ho quietly fled the embassy in Lisbon last spring.",
	  "defection:Kim Tae-ho", NULL },
	{ "North Korea was silent. Kim Tae-ho quietly fled to the embassy in Lisbon last spring.", "", NULL },
	{ "Kim Tae-ho quietly fled the embassy in Lisbon after a fire broke out.", "", NULL },
	/* the subject of a reported clause is in it, never the speaker */
	{ "Kim Tae-ho, who defected in 2011, said a student was forcibly returned to Pyongyang in April.",
	  "defection:Kim Tae-ho", NULL },
	{ "Kim Tae-ho, who police said was arrested in May, is ill.", "arrest:Kim Tae-ho", NULL },
	{ "Kim Tae-ho, officials said, was arrested in May.", "arrest:Kim Tae-ho", NULL },
	{ "Kim Tae-ho said on Monday that he had been detained for a week.", "arrest:Kim Tae-ho", NULL },
	/* "but" and a new subject that names no one known */
	{ "Kim Tae-ho had two sons, but the elder one, left behind in Lisbon, has been sent home to Pyongyang.", "", NULL },
	{ "Kim Tae-ho fled to China, but was caught by police in May.", "arrest:Kim Tae-ho", NULL },
	/* a subject "he" whose man the text leaves unknown is still the
	 * subject; the group before it is another clause's */
	{ "Two guards met his uncle at the gate. Years on, they learned that he had been jailed in Kaesong.", "", NULL },
	{ "Kim Tae-ho met two guards at the gate. Years on, they learned that he had been jailed in Kaesong.",
	  "arrest:Kim Tae-ho", NULL },
	{ "Kim Tae-ho grew up in Hamhung. He was only nine when his grandfather vanished and he was jailed with his mother.",
	  "arrest:Kim Tae-ho", NULL },
	/* taken by North Korea's own agents outside it: an abduction */
	{ "North Korean agents forced Kim Tae-ho into a van outside his house in Seoul.", "abduction:Kim Tae-ho", NULL },
	{ "North Korean police forced Kim Tae-ho into a van outside his house in Hyesan.", "arrest:Kim Tae-ho", NULL },
	{ "Kim Tae-ho, from Dandong, was taken away by North Korean border guards in May.", "arrest:Kim Tae-ho", NULL },
	{ "The three North Koreans are being held by police in Bangkok.", "arrest:g3", NULL },
	{ "Chinese police forced Kim Tae-ho into a van outside his house in Dandong.", "arrest:Kim Tae-ho", NULL },
	/* a taking of people already abducted is the abduction told again;
	 * not a later arrest in North Korea, nor a detention */
	{ "Ri Su-won, who was kidnapped by North Korea decades ago, has now escaped. "
	  "He says he was captured with 30 other sailors while fishing off Japan in 1978.",
	  "abduction:Ri Su-won defection:Ri Su-won", NULL },
	{ "Agents of the North abducted Ri Su-won in Tokyo in 1978. In 1990 he was seized by guards in "
	  "Pyongyang.", "abduction:Ri Su-won arrest:Ri Su-won", NULL },
	{ "Agents of the North abducted Ri Su-won in Tokyo in 1978. He was detained in 1990.",
	  "abduction:Ri Su-won arrest:Ri Su-won", NULL },
	/* a list item with a title the name leaves out */
	{ "North Korea was silent. In 2004 he and Mr. Ryu Sang, a friend, defected together.",
	  "defection:Ryu Sang", NULL },
	{ "Kim Tae-ho lived in Hamhung. In 2004 he and Mr. Ryu Sang, a friend, defected together.",
	  "defection:Ryu Sang defection:Kim Tae-ho", NULL },
	/* an aside naming a person by their captivity: an act, undated, on
	 * that person alone */
	{ "In 2004 Kim Tae-ho and Ryu Sang, also a former inmate of that camp, defected together.",
	  "arrest:Ryu Sang defection:Ryu Sang defection:Kim Tae-ho", NULL },
	{ "Ryu Sang, a Japanese abductee, is believed to be alive.", "abduction:Ryu Sang", NULL },
	{ "Ryu Sang, a hostage negotiator, spoke on Monday.", "", NULL },
	{ "Ryu Sang, the first prisoner of war to flee, said a few words with the above sentence.", "arrest:Ryu Sang", NULL },
	/* a name with a long aside between the verb of forcing and the car */
	{ "North Korean agents forced his uncle Kim Tae-ho, then a clerk at the county office in Kaesong, into a jeep.",
	  "arrest:Kim Tae-ho", NULL },
};

/* d on text (published 2020-06-15) with every pass of extract.c run on
 * it, events last; the caller frees d with extract_doc_free. */
static void
open_extracted(struct xdoc *d, const char *text)
{
	extract_test_open(d, text, "2020-06-15");
	extract_passes(d, NULL);
}

static int
event_ok(const struct event_case *c, int verbose)
{
	return extract_test_events_are(c->text, c->events, verbose);
}

EXTRACT_TEST_TABLE(test_event_table, test_event_known_bugs, event_cases, event_ok)

/* Sentences and the date of their one event (published 2020-06-15). */
static const struct date_case {
	const char *text, *date, *known_bug;
} date_cases[] = {
	{ "On August 12, 1977, two students, John Smith, 18, and his friend, Mary Jones, were abducted by an agent.",
	  "1977-08-12", NULL },
	{ "In October, John Smith, a teacher from a small town near the border, was arrested.", "2019-10", NULL },
	{ "In 2014, a year after the talks, which began in May, John Smith was detained.", "2014", NULL },
	{ "John Smith, who fled in 2009, was arrested on Friday.", "2020-06-12", NULL },
	{ "John Smith was arrested in March 2014. He was freed after a trial later that year.",
	  "2014", NULL },
	{ "Police said on Friday they had detained John Smith.", "2020-06-12", NULL },
	{ "John Smith has been sentenced to ten years of hard labour.", "2020-06", NULL },
	{ "John Smith has been serving a ten-year sentence.", "", NULL },
	{ "In 2019, John Smith tried to flee but was caught by police.", "2019", NULL },
	{ "In 1992 John Smith and his friend, also a former prisoner of the camp, fled North Korea.", "1992", NULL },
	{ "In 2009 John Smith fled North Korea, and in 2010 he was caught by Chinese police.", "2010", NULL },
	{ "In 2002 the North admitted that it had kidnapped John Smith.", "", NULL },
	/* a date that ends the first of two verbs joined by "and" is its */
	{ "Police caught John Smith in Laos in January and sent him back last month.", "2020-05", NULL },
	{ "Police caught John Smith in Laos and in January sent him back.", "2020-01", NULL },
	{ "John Smith was caught by police in January and was sent back.", "2020-01", NULL },
	{ "Some 70 officials have been executed since John Smith came to power in 2011.", "", NULL },
	/* a time told from the one before: the reference time */
	{ "John Smith was arrested on July 3, 2014. His trial opened on the 2nd of the next month.",
	  "2014-08-02", NULL },
	{ "John Smith was arrested on July 3, 2014. Judges tried him on the 4th of the next month and sentenced him on the 9th.",
	  "2014-08-09", NULL },
	{ "On July 18, 1977, John Smith went out to fish. Agents abducted him that night.", "1977-07-18", NULL },
	{ "John Smith was seized in March 1971. He was handed back to China that May.", "1971-05", NULL },
	{ "John Smith was seized in March 1971. He was handed back to China two months later.", "1971-05", NULL },
	{ "John Smith was seized in March 1971. He said that May was cold and was freed in June 1972.",
	  "1972-06", NULL },
	/* a date that another verb of the sentence owns: a verb before it
	 * ("arrived ... on Sunday and said he had been held"), a
	 * gerund between ("accused him of spying in 2009") */
	{ "John Smith arrived in Seoul on Sunday and said he had been held in the North.", "", NULL },
	{ "North Korea detained John Smith for crimes he committed in the war six decades ago.", "", NULL },
	{ "John Smith was arrested on Saturday after he arrived in Seoul.", "2020-06-13", NULL },
	{ "John Smith was met by his family on Saturday and told them he had been beaten during his arrest.", "", NULL },
	/* the date in a stretch between commas with an act of its own:
	 * the capture's, not the release's (the last event, undated) */
	{ "Ri Su-yon, seized when her fishing skiff drifted across the maritime line on December 18th, was let go after long talks.",
	  "", NULL },
	{ "Ri Su-yon, a pilot from a small town, was set free on December 17th.", "2019-12-17", NULL },
	/* an undated act on the same people right after a sentence whose
	 * opening date sets their scene goes on at that time; not across a
	 * paragraph, nor for other people, nor after a date of the act alone */
	{ "On May 3, guards arrested two fishermen at sea. At the line they were handed over to the North's soldiers.",
	  "2020-05-03", NULL },
	{ "On May 3, guards arrested two fishermen at sea.\n\nThey were handed over to the North's soldiers.",
	  "", NULL },
	{ "On May 3, guards arrested two fishermen at sea. John Smith was handed over to the North's soldiers.",
	  "", NULL },
	{ "Guards arrested two fishermen at sea on May 3. They were handed over to the North's soldiers.",
	  "", NULL },
	/* "the" act told before, dated more closely */
	{ "Ri Su-yon was detained in February. The detention happened on the 9th, in a guest house.", "2020-02-09", NULL },
	{ "Police jailed five pastors. The arrest and imprisonment happened in March, a source said.", "2020-03", NULL },
	/* a release told first by the report's date, then with its own */
	{ "Three Danish sailors have been released, officials said Friday. They were handed to their embassy in Hanoi on Sunday.",
	  "2020-06-14", NULL },
	/* "until" a date: the end of a state; "when" after it: the act then */
	{ "Ri Su-yon was held in a camp until July.", "", NULL },
	{ "Ri Su-yon was held in a camp until July, when she was finally released.", "2019-07", NULL },
	{ "Ri Su-yon had been detained since January, when guards stopped her small boat off the coast.", "2020-01", NULL },
	{ "John Smith was detained and questioned in May.", "2020-05", NULL },
	{ "John Smith was detained at the port as he tried to leave in May.", "2020-05", NULL },
	{ "Police raided the house in May and arrested John Smith.", "2020-05", NULL },
};

/* Sentences and the country of their one event: the place of its own
 * clause, not of another verb's or of a relative clause (the rows are
 * date_case rows whose second column holds the country). */
static const struct date_case country_cases[] = {
	{ "John Smith left North Korea in 2007 and then lived for a year in China.", "KP", NULL },
	/* a verb in the present after "and now", "and still": its place is
	 * its own */
	{ "John Smith, who left North Korea in 2007 and now runs a bakery in Busan, met us.", "KP", NULL },
	{ "John Smith escaped North Korea in 2007 and still works in Hunchun.", "KP", NULL },
	/* the doer of a verb joined by "and" to the sentence's first verb is
	 * that verb's subject; not a passive subject */
	{ "Lao guards stopped a truck carrying John Smith and, witnesses said, held him overnight.", "LA", NULL },
	{ "An American, John Smith, has been convicted and jailed for twelve years.", "", NULL },
	{ "Two Danish sailors who ran a bar in Hunchun were tried and jailed for ten years on Monday.", "", NULL },
	/* a forced return told with no destination, in a story of North
	 * Korea set elsewhere: the story's setting, not North Korea */
	{ "John Smith ran a shelter in Dandong, near North Korea, and a school in Dandong. The forced "
	  "repatriation of twelve refugees he had sheltered followed.", "CN", NULL },
	{ "John Smith, who owns a small shop in Osaka, was detained at Pyongyang's airport.", "KP", NULL },
	{ "John Smith was arrested in Dandong while visiting a church.", "CN", NULL },
	{ "John Smith was taken from a house near the Yalu River by police from China.", "CN", NULL },
	{ "John Smith was caught on the Yalu River by border guards.", "KP", NULL },
	{ "A South Korean man who grew up in Osaka was arrested last week in Dandong. Kim Min-ho, 52, ran a shop.",
	  "CN", NULL },
	/* a place in the phrase of the speaker after the act is the speaker's */
	{ "North Korea has sentenced John Smith to ten years, his brother in Seoul said.", "KP", NULL },
	{ "Thai police detained John Smith last week, an official at the embassy in Hanoi told reporters.", "TH", NULL },
	{ "John Smith was sentenced in Seoul, his brother said.", "KR", NULL },
	{ "John Smith was arrested on Friday, at a hotel in Hanoi, police said.", "VN", NULL },
};

static int
country_ok(const struct date_case *c, int verbose)
{
	struct xdoc d;
	int ok;

	open_extracted(&d, c->text);
	ok = d.nevent >= 1 && !strcmp(d.events[d.nevent - 1].country, c->date);
	if (!ok && verbose)
		print_message("%s: want %s, got %s\n", c->text, c->date,
		    d.nevent ? d.events[d.nevent - 1].country : "no event");
	extract_doc_free(&d);
	return ok;
}

EXTRACT_TEST_TABLE(test_country_table, test_country_known_bugs, country_cases, country_ok)

/*
 * The gazetteer (places.tsv, towns.tsv, subdivisions.tsv): an act in a
 * town, county or province only a gazetteer knows gets its country, and
 * the name of a person that looks like a place stays a person's.  Each
 * row: the country and place (NULL: any) of the last event, or of the
 * first of the type the text starts with ("arrest: Police caught ..."),
 * and a person who must be found (NULL: none asked).
 */
static const struct place_case {
	const char *text, *country, *place, *person, *known_bug;
} place_cases[] = {
	{ "Park Ji-ho was arrested in Hunchun in March.", "CN", "Hunchun", "Park Ji-ho", NULL },
	/* an act during another ("while helping") shares its place; an act
	 * after another does not */
	{ "Pastor Ri Su-won was seized by agents of the North while helping refugees in Hunchun.", "CN", "Hunchun", NULL, NULL },
	{ "Ri Su-won was arrested in May after spending weeks hiding in Hunchun.", "", NULL, NULL, NULL },
	/* the place of the main clause's predicate, past a copula after a
	 * comma, is not the act's */
	{ "Ri Su-won, seized by agents in 2001, is still alive in Beijing.", "", NULL, NULL, NULL },
	{ "Ri Su-won, seized by agents in Beijing in 2001, is still alive.", "CN", "Beijing", NULL, NULL },
	/* a world city of the generated gazetteer */
	{ "Kim Tae-ho quietly fled the embassy of North Korea in Lisbon last spring.", "PT", "Lisbon", NULL, NULL },
	/* the province with its English word, and without it */
	{ "Min Yong-su was detained in Jilin Province last spring.", "CN", "Jilin Province", NULL, NULL },
	{ "Min Yong-su was detained in Jilin last spring.", "CN", "Jilin", NULL, NULL },
	{ "Min Yong-su was detained in Lang Son province last spring.", "VN", "Lang Son province", NULL, NULL },
	/* "Inner Mongolia" is China's, not Mongolia */
	{ "Chinese guards caught Seo Yu-na in Inner Mongolia in 2006.", "CN", "Inner Mongolia", NULL, NULL },
	{ "Seo Yu-na was arrested in Ulaanbaatar in 2006.", "MN", NULL, NULL, NULL },
	{ "Choi Eun-ji was detained in Ussuriysk last year.", "RU", "Ussuriysk", NULL, NULL },
	{ "Lee Hwa-jin was arrested in Onsong County in 2004.", "KP", "Onsong", NULL, NULL },
	{ "Thai police arrested Song Mi-ra in Mae Sai in June.", "TH", NULL, NULL, NULL },
	/* "the border town of X", past a relative clause on the victim */
	{ "arrest: Police caught Anna Berg, who had left North Korea during 2015, at a bus station in the border town "
	  "of Mong Cai on Friday.", "VN", "Mong Cai", "Anna Berg", NULL },
	/* and the act of the relative clause has not the place past it */
	{ "defection: Police caught Anna Berg, who had left North Korea during 2015, at a bus station in the border "
	  "town of Mong Cai on Friday.", "KP", NULL, NULL, NULL },
	{ "arrest: Officers seized Tom Hale, who had fled from Hyesan in 2015, at a market in Lao Cai.", "VN",
	  "Lao Cai", NULL, NULL },
	{ "defection: Officers seized Tom Hale, who had fled from Hyesan in 2015, at a market in Lao Cai.", "KP",
	  NULL, NULL, NULL },
	/* a place in a relative clause about someone else is not the act's */
	{ "Lim Tae-ho, who was born in Chongjin, was arrested in Yanji.", "CN", "Yanji", NULL, NULL },
	{ "Yoon Ha-eun, whose brother runs a shop in Dandong, was detained in Hoeryong.", "KP", "Hoeryong", NULL, NULL },
	/* names that look like places stay names: a Korean family name
	 * opening a Vietnamese province's name, a Japanese given name that
	 * is a Thai town's, a Japanese family name that is a prefecture's */
	{ "Ha Nam-sun was arrested in Ha Giang province in May.", "VN", NULL, "Ha Nam-sun", NULL },
	{ "Sadao Ito was arrested in Bangkok in 2009.", "TH", NULL, "Sadao Ito", NULL },
	{ "Kenji Chiba was detained in Sendai in 1980.", "JP", "Sendai", "Kenji Chiba", NULL },
	{ "Kenji Chiba was detained in Chiba Prefecture in 1980.", "JP", "Chiba Prefecture", "Kenji Chiba", NULL },
};

static int
place_ok(const struct place_case *c, int verbose)
{
	struct xdoc d;
	const struct xevent *e;
	size_t i;
	int ok, person = c->person == NULL;
	const char *colon = strstr(c->text, ": ");
	char type[16] = "";

	if (colon && (size_t)(colon - c->text) < sizeof(type) && !memchr(c->text, ' ', (size_t)(colon - c->text)))
		snprintf(type, sizeof(type), "%.*s", (int)(colon - c->text), c->text);
	open_extracted(&d, type[0] ? colon + 2 : c->text);
	e = NULL;
	for (i = 0; i < d.nevent; i++)
		if (type[0] ? !strcmp(d.events[i].type, type) && !e : 1)
			e = &d.events[i];
	for (i = 0; i < d.nperson && !person; i++)
		person = !strcmp(d.persons[i].name, c->person);
	ok = e && !strcmp(e->country, c->country) && (!c->place || (e->place && !strcmp(e->place, c->place))) &&
	    person;
	if (!ok && verbose)
		print_message("%s: want %s %s %s, got %s %s%s\n", c->text, c->country, c->place ? c->place : "-",
		    c->person ? c->person : "-", e ? e->country : "no event", e && e->place ? e->place : "-",
		    person ? "" : " (person not found)");
	extract_doc_free(&d);
	return ok;
}

EXTRACT_TEST_TABLE(test_place_table, test_place_known_bugs, place_cases, place_ok)

static int
date_ok(const struct date_case *c, int verbose)
{
	struct xdoc d;
	int ok;

	open_extracted(&d, c->text);
	ok = d.nevent >= 1 && !strcmp(d.events[d.nevent - 1].date, c->date);
	if (!ok && verbose)
		print_message("%s: want %s, got %s\n", c->text, c->date,
		    d.nevent ? d.events[d.nevent - 1].date : "no event");
	extract_doc_free(&d);
	return ok;
}

EXTRACT_TEST_TABLE(test_date_table, test_date_known_bugs, date_cases, date_ok)

/* On a page with no publication date, a month without its year takes
 * the latest year named before it; what counts from the publication
 * ("last year", "on Friday") has no date, unless the text says when it
 * was written: "last year" with 2009 the latest year named is 2009
 * (test_extract_lengths.c has more). */
static const struct date_case undated_page_cases[] = {
	{ "In 2021 Ri Su-yon tried to escape. In October she was sent back to the North.", "2021-10", NULL },
	{ "Ri Su-yon escaped from North Korea in 2009 and was caught in mid-May.", "2009-05~", NULL },
	{ "Ri Su-yon fled North Korea in 2009. She was caught last year.", "2009", NULL },
	{ "Ri Su-yon fled North Korea in 2009. She was caught on Friday.", "", NULL },
	{ "Ri Su-yon was caught in October.", "", NULL },
};

static int
undated_page_ok(const struct date_case *c, int verbose)
{
	struct xdoc d;
	int ok;

	extract_test_open(&d, c->text, NULL);
	extract_passes(&d, NULL);
	ok = d.nevent >= 1 && !strcmp(d.events[d.nevent - 1].date, c->date);
	if (!ok && verbose)
		print_message("%s: want %s, got %s\n", c->text, c->date,
		    d.nevent ? d.events[d.nevent - 1].date : "no event");
	extract_doc_free(&d);
	return ok;
}

EXTRACT_TEST_TABLE(test_undated_page_table, test_undated_page_known_bugs, undated_page_cases, undated_page_ok)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lemmas),
		cmocka_unit_test(test_not_lemmas),
		cmocka_unit_test(test_trigger_table),
		cmocka_unit_test(test_undated_page_table),
		cmocka_unit_test(test_undated_page_known_bugs),
		cmocka_unit_test(test_trigger_known_bugs),
		cmocka_unit_test(test_event_table),
		cmocka_unit_test(test_event_known_bugs),
		cmocka_unit_test(test_date_table),
		cmocka_unit_test(test_date_known_bugs),
		cmocka_unit_test(test_country_table),
		cmocka_unit_test(test_country_known_bugs),
		cmocka_unit_test(test_place_table),
		cmocka_unit_test(test_place_known_bugs),
	};

	return cmocka_run_group_tests(tests, extract_test_setup, extract_test_teardown);
}
