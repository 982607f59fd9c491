/*
 * sig: SIGPIPE's default and the holding of interrupts (see sig.h).  The
 * only state is the signal mask of the process.
 */
#include <signal.h>
#include <stddef.h>
#include "sig.h"

void
sig_init(void)
{
	signal(SIGPIPE, SIG_DFL);
}

static void
sig_mask(int how)
{
	sigset_t set;

	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGHUP);
	sigprocmask(how, &set, NULL);
}

void
sig_hold(void)
{
	sig_mask(SIG_BLOCK);
}

void
sig_release(void)
{
	sig_mask(SIG_UNBLOCK);
}
