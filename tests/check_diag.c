/* SPDX-License-Identifier: GPL-3.0-or-later */
/* check_diag.c -- diagnostics: quoting the user's input, and messages
   that keep their place after the output before them.  */

#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "out.h"
#include "suites.h"

static void
expect_quote (const char *text, size_t size, const char *quoted)
{
  char buf[256];
  ck_assert_uint_le (size, sizeof buf);
  diag_quote (text, buf, size);
  ck_assert_str_eq (buf, quoted);
  ck_assert_uint_lt (strlen (buf), size);
}

START_TEST (quoting)
{
  expect_quote ("abc", 128, "'abc'");
  expect_quote ("", 128, "''");
  /* A terminal escape cannot reach the terminal.  */
  expect_quote ("\033[31mred", 128, "'\\x1B[31mred'");
  expect_quote ("a\nb\tc\177", 128, "'a\\x0Ab\\x09c\\x7F'");
  /* Invalid UTF-8 byte by byte; valid UTF-8 as it is.  */
  expect_quote ("\xff\xc3", 128, "'\\xFF\\xC3'");
  expect_quote ("中文", 128, "'中文'");
}
END_TEST

START_TEST (quoting_shortens)
{
  char longer[200];
  memset (longer, 'a', sizeof longer - 1);
  longer[sizeof longer - 1] = '\0';
  /* 32 bytes: 23 of the text at most, "...", the quotes and the NUL.  */
  expect_quote (longer, 32, "'aaaaaaaaaaaaaaaaaaaaaaa...'");
  /* An escape is not cut in the middle.  */
  memset (longer, '\001', 30);
  expect_quote (longer, 32, "'\\x01\\x01\\x01\\x01\\x01\\x01...'");
  /* Exactly as long as fits: no "...".  */
  expect_quote ("aaaaaaaaaaaaaaaaaaaaaaa", 32, "'aaaaaaaaaaaaaaaaaaaaaaa'");
}
END_TEST

static void
output_then_error (void *arg)
{
  (void) arg;
  out_puts ("250 findings\n");
  diag_error ("%s: %s", "file", "gone");
  out_puts ("more\n");
  diag_note ("Did you mean %s?\n", "251");
  diag_file_error ("dir/\033x.log", ENOENT);
}

/* Output written before a message comes before it in a shared file.  */
START_TEST (messages_follow_output)
{
  char *s = capture_output_and_errors (output_then_error, NULL);
  char want[256];
  snprintf (want, sizeof want,
            "250 findings\n" PACKAGE ": file: gone\nmore\nDid you mean 251?\n"
            PACKAGE ": dir/\\x1Bx.log: %s\n", strerror (ENOENT));
  ck_assert_str_eq (s, want);
  free (s);
}
END_TEST

Suite *
diag_suite (void)
{
  Suite *s = suite_create ("diag");
  TCase *tc = tcase_create ("diag");
  tcase_add_test (tc, quoting);
  tcase_add_test (tc, quoting_shortens);
  tcase_add_test (tc, messages_follow_output);
  suite_add_tcase (s, tc);
  return s;
}
