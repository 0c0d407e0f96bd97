/* SPDX-License-Identifier: GPL-3.0-or-later */
/* progress.h -- a progress line for a long read, on standard error.

   A scan of a large file should not look like a hang: when standard error
   is a terminal and the input a regular file of PROGRESS_MIN_BYTES or
   more, the bytes read so far, the share of the whole and the speed are
   shown on one line, rewritten at most five times a second and erased at
   the end.  Otherwise nothing is shown.  */

#ifndef SMTPCODE_PROGRESS_H
#define SMTPCODE_PROGRESS_H

#include <stdbool.h>
#include <sys/types.h>

enum { PROGRESS_MIN_BYTES = 16 << 20 };

struct progress
{
  bool shown;
  off_t total, done;            /* total 0: nothing to show */
  double start, last;
};

/* Starts a progress line for the input open as FD.  */
void progress_start (struct progress *p, int fd);
/* DONE bytes have been read (a summary_progress; DATA is the progress).  */
void progress_show (off_t done, void *data);
/* Erases the line, if one was shown.  */
void progress_end (struct progress *p);

#endif
