/* SPDX-License-Identifier: GPL-3.0-or-later */
/* check_progress.c -- the progress line shows only for a large regular
   file read with a terminal on standard error.  */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "progress.h"
#include "suites.h"

static void
show_all (void *arg)
{
  struct progress *p = arg;
  for (off_t done = 0; done <= p->total; done += 1 << 20)
    progress_show (done, p);
  progress_end (p);
}

/* A file below the size, or standard error not a terminal: no line.  */
START_TEST (silent_when_not_worth_it)
{
  FILE *small = tmpfile ();
  ck_assert_ptr_nonnull (small);
  fputs ("550 5.1.1 no such user\n", small);
  fflush (small);
  struct progress p;
  progress_start (&p, fileno (small));
  ck_assert_int_eq (p.total, 0);
  char *s = capture_output_and_errors (show_all, &p);
  ck_assert_str_eq (s, "");
  ck_assert (!p.shown);
  free (s);
  fclose (small);

  /* Large enough, but standard error is a file here.  */
  FILE *large = tmpfile ();
  ck_assert_ptr_nonnull (large);
  ck_assert_int_eq (ftruncate (fileno (large), PROGRESS_MIN_BYTES), 0);
  progress_start (&p, fileno (large));
  ck_assert_int_eq (p.total, isatty (STDERR_FILENO) ? PROGRESS_MIN_BYTES : 0);
  if (p.total == 0)
    {
      s = capture_output_and_errors (show_all, &p);
      ck_assert_str_eq (s, "");
      free (s);
    }
  fclose (large);
}
END_TEST

Suite *
progress_suite (void)
{
  Suite *s = suite_create ("progress");
  TCase *tc = tcase_create ("progress");
  tcase_add_test (tc, silent_when_not_worth_it);
  suite_add_tcase (s, tc);
  return s;
}
