/*
 * stageopt: the options every stage takes, handled alike by all of them:
 * -q/--quiet, --schema DIR, the limits of the JSON Lines reader
 * (--max-line SIZE, --max-depth N), -h/--help (usage on stdout, exit 0),
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
enum { STAGE_OPT_SCHEMA = 0x100, STAGE_OPT_VERSION, STAGE_OPT_MAX_LINE,
	STAGE_OPT_MAX_DEPTH };

#define STAGE_SHORTOPTS "qh"
/* All but --version, for a stage whose --version takes a value. */
#define STAGE_LONGOPTS_BUT_VERSION \
	{ "quiet", no_argument, NULL, 'q' }, \
	{ "schema", required_argument, NULL, STAGE_OPT_SCHEMA }, \
	{ "help", no_argument, NULL, 'h' }, \
	{ "max-line", required_argument, NULL, STAGE_OPT_MAX_LINE }, \
	{ "max-depth", required_argument, NULL, STAGE_OPT_MAX_DEPTH }
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

/* The lines of usage text for the options above, for a stage's usage(). */
#define STAGE_LIMITS_HELP \
	"      --max-line SIZE  longest JSON Lines record read (default 256M; K, M, G)\n" \
	"      --max-depth N    deepest nesting of a record (default 2048, at most 10000)\n"

/*
 * Parse a size: digits, then an optional K, M or G (KiB, MiB, GiB).  0,
 * or -1 when s is not one (or overflows), with nothing reported.
 */
int stage_parse_size(const char *s, unsigned long *out);
/* An option's size value, or exit 2 naming the option. */
unsigned long stage_size_arg(const char *opt, const char *s, void (*usage)(FILE *));

#endif
