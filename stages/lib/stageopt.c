/*
 * stageopt.c: the options every stage shares (see stageopt.h), so that
 * -q, --schema, --help and --version mean one thing everywhere.
 */
#include <stdlib.h>
#include "lex.h"
#include "msg.h"
#include "stageopt.h"


int
stage_option(int c, void (*usage)(FILE *))
{
	switch (c) {
	case 'q':
		msg_set_quiet(1);
		return 1;
	case STAGE_OPT_SCHEMA:
		schema_set_dir(optarg);
		return 1;
	case 'h':
		usage(stdout);
		exit(0);
	case STAGE_OPT_VERSION:
		printf("%s %s\n", msg_prog(), CAPTIVE_VERSION);
		exit(0);
	case '?':
	case ':':
		usage(stderr);
		exit(2);
	default:
		return 0;
	}
}
