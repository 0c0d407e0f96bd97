/* SPDX-License-Identifier: GPL-3.0-or-later */
/* check_main.c -- runs every Check suite of the library.  */

#include <config.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "out.h"
#include "suites.h"

/* Runs FN with the output (out.c) going to a temporary file, and with
   standard error too when BOTH; returns what the file holds (malloc'd).  */
static char *
capture (void (*fn) (void *), void *arg, bool both)
{
  FILE *tmp = tmpfile ();
  ck_assert_ptr_nonnull (tmp);
  int saved_stderr = -1;
  if (both)
    {
      fflush (stderr);
      saved_stderr = dup (STDERR_FILENO);
      ck_assert_int_ge (saved_stderr, 0);
      ck_assert_int_ge (dup2 (fileno (tmp), STDERR_FILENO), 0);
    }
  out_set_fd (fileno (tmp));
  fn (arg);
  ck_assert_int_eq (out_flush (), 0);
  out_set_fd (STDOUT_FILENO);
  if (both)
    {
      fflush (stderr);
      dup2 (saved_stderr, STDERR_FILENO);
      close (saved_stderr);
    }
  long size = (fseek (tmp, 0, SEEK_END), ftell (tmp));
  ck_assert_int_ge (size, 0);
  char *text = malloc ((size_t) size + 1);
  ck_assert_ptr_nonnull (text);
  rewind (tmp);
  size_t got = fread (text, 1, (size_t) size, tmp);
  text[got] = '\0';
  fclose (tmp);
  return text;
}

char *
capture_output (void (*fn) (void *), void *arg)
{
  return capture (fn, arg, false);
}

char *
capture_output_and_errors (void (*fn) (void *), void *arg)
{
  return capture (fn, arg, true);
}

/* Whether the NULL-terminated NEEDLES appear in HAYSTACK in this order.  */
bool
text_in_order (const char *haystack, const char *const *needles)
{
  for (; *needles; needles++)
    {
      const char *p = strstr (haystack, *needles);
      if (p == NULL)
        return false;
      haystack = p + strlen (*needles);
    }
  return true;
}

const struct code_entry *
entry (const char *code)
{
  const struct code_entry *e = codedb_find_code (code);
  ck_assert_msg (e != NULL, "%s is not in the database", code);
  return e;
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
  srunner_add_suite (runner, evidence_suite ());
  srunner_add_suite (runner, bytesearch_suite ());
  srunner_add_suite (runner, tally_suite ());
  srunner_add_suite (runner, cause_suite ());
  srunner_add_suite (runner, summary_suite ());
  srunner_add_suite (runner, xalloc_suite ());
  srunner_add_suite (runner, filter_suite ());
  srunner_add_suite (runner, suggest_suite ());
  srunner_add_suite (runner, diag_suite ());
  srunner_add_suite (runner, json_suite ());
  srunner_add_suite (runner, compare_suite ());
  srunner_add_suite (runner, facts_suite ());
  srunner_add_suite (runner, out_suite ());
  srunner_add_suite (runner, search_suite ());
  srunner_add_suite (runner, progress_suite ());
  srunner_add_suite (runner, utf16_suite ());
  srunner_run_all (runner, CK_NORMAL);
  int failed = srunner_ntests_failed (runner);
  srunner_free (runner);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
