/*
 * clean-lang.c: the language of a text, told by its script and, for texts
 * in the Latin script, by its commonest short words.  Good enough to tell
 * the languages news about North Korea is written in; NULL when unsure.
 *
 * The word lists are the dozen most frequent function words of each
 * language, a fixed table like jq's Unicode tables: they never need
 * extending for a new outlet.
 */
#include <stdint.h>
#include <string.h>
#include "utf8.h"
#include "clean.h"

static const struct {
	const char *code;
	const char *words;	/* space-separated, with a space at each end */
} latin[] = {
	{ "en", " the of and to in is was that for on with said he it as by his at from " },
	{ "fr", " le la les de des et est une un du en que qui dans pour sur pas au " },
	{ "de", " der die das und ist nicht den von zu mit sich des auf für ein eine " },
	{ "es", " el la los las de que y en del se por con una para es al su " },
	{ "pt", " o os de que e do da em um uma para com não no na dos " },
	{ "it", " il di che la e le per un una del della non sono con si " },
	{ "nl", " de het een van en is dat op te zijn niet met voor " },
	{ "id", " yang dan di ini itu dengan untuk tidak dari dalam akan " },
	{ "vi", " của và là có không được trong một những các cho " },
};

const char *
clean_language(const char *text, size_t len)
{
	size_t i = 0, n, hangul = 0, kana = 0, han = 0, cyr = 0, letters = 0, k;
	int32_t c;
	size_t score[sizeof latin / sizeof latin[0]] = { 0 }, best = 0, total = 0;
	char word[32];
	size_t wl = 0;

	while (i < len) {
		if ((n = utf8_decode(text + i, len - i, &c)) == 0)
			n = 1, c = ' ';
		i += n;
		if (c >= 0xAC00 && c <= 0xD7A3)
			hangul++;
		else if (c >= 0x3040 && c <= 0x30FF)
			kana++;
		else if (c >= 0x4E00 && c <= 0x9FFF)
			han++;
		else if (c >= 0x0400 && c <= 0x04FF)
			cyr++;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0xC0) {
			letters++;
			if (wl + n < sizeof word - 2) {
				if (c < 0x80)
					word[1 + wl++] = (char)(c | 0x20);
				else {
					memcpy(word + 1 + wl, text + i - n, n);
					wl += n;
				}
			}
			continue;
		}
		if (wl > 0 && wl < 12) {
			word[0] = ' ';
			word[wl + 1] = ' ';
			word[wl + 2] = '\0';
			for (k = 0; k < sizeof latin / sizeof latin[0]; k++)
				if (strstr(latin[k].words, word))
					score[k]++;
			total++;
		}
		wl = 0;
	}
	if (letters == 0)
		return NULL;
	if (hangul * 4 > letters)
		return "ko";
	if (kana * 10 > letters)
		return "ja";
	if (han * 4 > letters)
		return "zh";
	if (cyr * 4 > letters)
		return "ru";
	for (k = 1; k < sizeof latin / sizeof latin[0]; k++)
		if (score[k] > score[best])
			best = k;
	/* at least one word in twenty a function word of the language */
	return score[best] >= 3 && score[best] * 20 >= total ? latin[best].code : NULL;
}
