/*
 * stageopt: the options every stage takes, handled alike by all of them:
 * -q/--quiet, --schema DIR, -h/--help (usage on stdout, exit 0),
 * --version (the program's version, exit 0) and a bad option (usage on
 * stderr, exit 2).  A stage lists STAGE_LONGOPTS in its own table, beside
 * its own options, and passes what getopt_long returns to stage_option
 * before its own switch.
 */
#ifndef CAPTIVE_STAGEOPT_H
#define CAPTIVE_STAGEOPT_H

#include <getopt.h>
#include <stdio.h>

/* Codes of the long-only options; a stage's own codes stay below. */
enum { STAGE_OPT_SCHEMA = 0x100, STAGE_OPT_VERSION };

#define STAGE_SHORTOPTS "qh"
/* All but --version, for a stage whose --version takes a value. */
#define STAGE_LONGOPTS_BUT_VERSION \
	{ "quiet", no_argument, NULL, 'q' }, \
	{ "schema", required_argument, NULL, STAGE_OPT_SCHEMA }, \
	{ "help", no_argument, NULL, 'h' }
#define STAGE_LONGOPTS \
	STAGE_LONGOPTS_BUT_VERSION, \
	{ "version", no_argument, NULL, STAGE_OPT_VERSION }

/*
 * Handle option c (from getopt_long) if it is a common one: returns 1 when
 * it was (go on with the next), 0 when it is the stage's own.  Exits on
 * --help, --version and on a bad option ('?'), printing usage(stdout or
 * stderr).  The version line names msg_prog().
 */
int stage_option(int c, void (*usage)(FILE *));

#endif
