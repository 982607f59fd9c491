/*
 * extract-passes.c: the passes over one tokenized document, in their
 * order: each reads what the ones before it found.  captive-extract runs
 * them on every document; the unit tests run them on their sentences.
 */
#include "extract.h"

void
extract_passes(struct xdoc *d, const char *byline)
{
	extract_persons(d, byline);
	extract_aliases(d);
	extract_org_names(d);
	extract_refs(d);	/* after the persons, before the pronouns */
	extract_groups(d);
	extract_places(d);
	extract_pronouns(d);
	extract_index_ents(d);
	extract_events(d);	/* which also sets what the pronouns stand for */
}
