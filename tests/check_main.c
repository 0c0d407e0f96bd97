/* SPDX-License-Identifier: GPL-3.0-or-later */
/* check_main.c -- runs every Check suite of the library.  */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "out.h"
#include "suites.h"

char *
capture_output (void (*fn) (void *), void *arg)
{
  FILE *tmp = tmpfile ();
  ck_assert_ptr_nonnull (tmp);
  out_set_fd (fileno (tmp));
  fn (arg);
  ck_assert_int_eq (out_flush (), 0);
  out_set_fd (STDOUT_FILENO);
  long size = ftell (tmp) >= 0 ? (fseek (tmp, 0, SEEK_END), ftell (tmp)) : 0;
  char *text = malloc ((size_t) size + 1);
  ck_assert_ptr_nonnull (text);
  rewind (tmp);
  size_t got = fread (text, 1, (size_t) size, tmp);
  text[got] = '\0';
  fclose (tmp);
  return text;
}

int
main (void)
{
  SRunner *runner = srunner_create (code_suite ());
  srunner_add_suite (runner, codedb_suite ());
  srunner_add_suite (runner, text_suite ());
  srunner_add_suite (runner, language_suite ());
  srunner_add_suite (runner, render_suite ());
  srunner_add_suite (runner, mime_suite ());
  srunner_add_suite (runner, dsn_suite ());
  srunner_add_suite (runner, message_suite ());
  srunner_add_suite (runner, explain_suite ());
  srunner_add_suite (runner, bytesearch_suite ());
  srunner_add_suite (runner, tally_suite ());
  srunner_add_suite (runner, summary_suite ());
  srunner_add_suite (runner, xalloc_suite ());
  srunner_run_all (runner, CK_NORMAL);
  int failed = srunner_ntests_failed (runner);
  srunner_free (runner);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
