/*
 * msg: program name, error counting and the message forms of msg.h.
 * The only state is the program name, the quiet flag and the error count:
 * one program, one stderr.
 */
#include <stdio.h>
#include <stdlib.h>
#include "msg.h"
#include "sig.h"

static const char *prog = "captive";
static unsigned long errors;
static int quiet;

void
msg_init(const char *name)
{
	prog = name;
	sig_init();	/* the first call of every program */
}

const char *
msg_prog(void)
{
	return prog;
}

static void
vreport(const char *fmt, va_list ap)
{
	fprintf(stderr, "%s: ", prog);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

int
msg_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(fmt, ap);
	va_end(ap);
	errors++;
	return -1;
}

void
msg_warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(fmt, ap);
	va_end(ap);
}

void
die(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(fmt, ap);
	va_end(ap);
	exit(2);
}

unsigned long
msg_errors(void)
{
	return errors;
}

void
msg_set_quiet(int q)
{
	quiet = q;
}

void
msg_note(const char *fmt, ...)
{
	va_list ap;

	if (quiet)
		return;
	va_start(ap, fmt);
	vreport(fmt, ap);
	va_end(ap);
}
