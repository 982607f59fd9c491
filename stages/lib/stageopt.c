/*
 * stageopt.c: the options every stage shares (see stageopt.h), so that
 * -q, --schema, --help and --version mean one thing everywhere.
 */
#include <errno.h>
#include <stdlib.h>
#include "jsonl.h"
#include "lex.h"
#include "msg.h"
#include "stageopt.h"


int
stage_parse_size(const char *s, unsigned long *out)
{
	unsigned long long v;
	unsigned shift = 0;
	char *end;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno != 0)
		return -1;
	switch (*end) {
	case 'K': case 'k': shift = 10; end++; break;
	case 'M': case 'm': shift = 20; end++; break;
	case 'G': case 'g': shift = 30; end++; break;
	}
	if (*end != '\0' || v > (~0UL >> shift))
		return -1;
	*out = (unsigned long)(v << shift);
	return 0;
}

unsigned long
stage_size_arg(const char *opt, const char *s, void (*usage)(FILE *))
{
	unsigned long v;

	if (stage_parse_size(s, &v) < 0 || v == 0) {
		msg_warn("%s: \"%s\" is not a size (a number, then K, M or G)", opt, s);
		usage(stderr);
		exit(2);
	}
	return v;
}

int
stage_option(int c, void (*usage)(FILE *))
{
	unsigned long v;

	switch (c) {
	case STAGE_OPT_MAX_LINE:
		jsonl_set_limits(stage_size_arg("--max-line", optarg, usage), 0);
		return 1;
	case STAGE_OPT_MAX_DEPTH:
		v = stage_size_arg("--max-depth", optarg, usage);
		if (v > JSONL_DEPTH_CAP) {
			msg_warn("--max-depth: %lu is over %d, the most the decoder "
			    "and jansson's recursion are sure to bear", v, JSONL_DEPTH_CAP);
			usage(stderr);
			exit(2);
		}
		jsonl_set_limits(0, (unsigned)v);
		return 1;
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
