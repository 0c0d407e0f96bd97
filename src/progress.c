/* SPDX-License-Identifier: GPL-3.0-or-later */
/* progress.c -- a progress line for a long read, on standard error.  */

#include <config.h>

#include <stdio.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "i18n.h"
#include "progress.h"

static double
now (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

void
progress_start (struct progress *p, int fd)
{
  struct stat st;
  *p = (struct progress) { false, 0, 0, 0, 0 };
  if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode) && st.st_size >= PROGRESS_MIN_BYTES
      && isatty (STDERR_FILENO))
    {
      p->total = st.st_size;
      p->start = p->last = now ();
    }
}

void
progress_show (off_t done, void *data)
{
  struct progress *p = data;
  if (p->total == 0)
    return;
  p->done = done;
  double t = now ();
  if (t - p->last < 0.2)
    return;
  p->last = t;
  p->shown = true;
  double mib = 1024.0 * 1024.0;
  fputc ('\r', stderr);
  fprintf (stderr, _("%s: read %.0f of %.0f MiB (%.0f%%), %.0f MiB/s"), PACKAGE,
           (double) p->done / mib, (double) p->total / mib,
           100.0 * (double) p->done / (double) p->total,
           (double) p->done / mib / (t - p->start > 0 ? t - p->start : 1));
  fflush (stderr);
}

void
progress_end (struct progress *p)
{
  if (p->shown)
    fputs ("\r\033[K", stderr);
}
