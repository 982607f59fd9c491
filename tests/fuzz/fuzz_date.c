/*
 * fuzz_date: the date reader of lib/date.c, which extract runs at every
 * word of every article: date_find over the text from every offset it
 * returns, resolved against a publication date, and date_parse_iso on the
 * whole input.  What date_format writes must parse again to the same
 * date, and every date found must lie inside the text.
 */
#include "fuzz.h"
#include "date.h"

static void
fuzz_roundtrip(const struct date *d)
{
	char iso[DATE_FORMAT_MAX];
	struct date back;

	if (d->prec == DATE_PREC_NONE)
		return;
	date_format(d, iso, sizeof iso);
	if (date_parse_iso(iso, &back) < 0)
		abort();
	if (back.year != d->year || back.month != d->month || back.day != d->day)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_string(data, size);
	struct date pub, d;
	size_t off = 0, start, span;

	date_parse_iso("2019-11-27", &pub);
	while (off < size) {
		span = date_find(s + off, size - off, &pub, &d, &start);
		if (span == 0)
			break;
		if (start + span > size - off)
			abort();
		fuzz_roundtrip(&d);
		off += start + span;
	}
	if (date_parse_iso(s, &d) == 0)
		fuzz_roundtrip(&d);
	free(s);
	return 0;
}
