/* relevance.c: see relevance.h. */
#include "msg.h"
#include "relevance.h"

void
relevance_report(unsigned long relevant, unsigned long off_topic, unsigned long left_out)
{
	if (relevant + off_topic == 0)
		return;
	if (left_out)
		msg_warn("%lu documents relevant, %lu off-topic: their %lu records left out "
		    "(--keep-off-topic keeps them)", relevant, off_topic, left_out);
	else
		msg_note("%lu documents relevant, %lu off-topic%s", relevant, off_topic,
		    off_topic ? ": their records kept" : "");
}
