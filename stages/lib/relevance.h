/*
 * relevance: what resolve and emit say of the documents captive-extract
 * judged relevant or off-topic (extract-relevance.c), so that both say it
 * in the same words.
 */
#ifndef CAPTIVE_RELEVANCE_H
#define CAPTIVE_RELEVANCE_H

/*
 * The counts at the end of a run: a warning (said under -q too) when
 * left_out records of off-topic documents were left out, else a note.
 * Nothing when no document was judged.
 */
void relevance_report(unsigned long relevant, unsigned long off_topic, unsigned long left_out);

#endif
