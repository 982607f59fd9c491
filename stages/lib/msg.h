/*
 * msg: the one way captive's programs talk on stderr.
 *
 * Every message has the form "captive-<stage>: <input>:<line>: what is wrong"
 * (git's error(), OpenBSD's err(3)), so an editor can jump to it.  The module
 * keeps the program's name and the count of errors reported; stage_finish()
 * turns that count into the exit status (0 all good, 1 some input was bad).
 */
#ifndef CAPTIVE_MSG_H
#define CAPTIVE_MSG_H

#include <stdarg.h>

#define MSG_PRINTF(a, b) __attribute__((format(printf, a, b)))

/* Set the program name used as the prefix of every message; also puts
 * SIGPIPE back to its default (sig_init), as every program wants. */
void msg_init(const char *prog);
const char *msg_prog(void);

/* Report an error about the input; counts it; always returns -1. */
int msg_error(const char *fmt, ...) MSG_PRINTF(1, 2);
/* Report something worth knowing that is not an error of the input. */
void msg_warn(const char *fmt, ...) MSG_PRINTF(1, 2);
/* Report and exit with status 2: the program cannot go on at all. */
_Noreturn void die(const char *fmt, ...) MSG_PRINTF(1, 2);
/* Errors reported so far. */
unsigned long msg_errors(void);

/* Silence msg_note() (the end-of-run summary); errors are never silenced. */
void msg_set_quiet(int quiet);
void msg_note(const char *fmt, ...) MSG_PRINTF(1, 2);

#endif
