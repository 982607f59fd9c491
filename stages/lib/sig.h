/*
 * sig: the signals every program handles alike.
 *
 * A closed pipe ends a program quietly, as it ends cat: "captive-extract
 * ... | head" prints nothing more than head does.  A parent may have left
 * SIGPIPE ignored (then every write would fail with EPIPE and a message),
 * so sig_init puts back the default.
 *
 * A set of files that must appear whole or not at all (a release folder,
 * emit's tables) is written with SIGINT, SIGTERM and SIGHUP held: one that
 * arrives meanwhile ends the program when the files are in place, so an
 * interrupted run leaves the old files or the new ones, never half.
 */
#ifndef CAPTIVE_SIG_H
#define CAPTIVE_SIG_H

/* SIGPIPE to its default (msg_init calls it: the first call of a program). */
void sig_init(void);
/* Hold SIGINT, SIGTERM and SIGHUP until sig_release. */
void sig_hold(void);
/* Let held signals through: one that came meanwhile ends the program here. */
void sig_release(void);

#endif
