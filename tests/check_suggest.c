/* SPDX-License-Identifier: GPL-3.0-or-later */
/* check_suggest.c -- the codes a mistyped code may have meant.  */

#include <config.h>

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "language.h"
#include "suggest.h"
#include "suites.h"

static void
setup (void)
{
  language_activate (LANGUAGE_EN, "/nonexistent");
}

static void
expect (const char *typed, const char *suggested)
{
  char buf[256];
  suggest_codes (typed, buf, sizeof buf);
  ck_assert_msg (strcmp (buf, suggested) == 0, "%s: got \"%s\", expected \"%s\"", typed, buf,
                 suggested);
}

START_TEST (one_edit_away)
{
  /* At most five, in the order of the database.  */
  expect ("25", "235, 250, 251, 252, 253");
  expect ("5500", "500, 550");
  expect ("5.1.11", "5.1.1, 5.1.10, 5.7.11");
  /* An enhanced code keeps the class it was typed with.  */
  expect ("4.7.111", "4.7.11");
}
END_TEST

START_TEST (details_of_an_incomplete_code)
{
  expect ("5.1", "5.1.0, 5.1.1, 5.1.2, 5.1.3, 5.1.4");
  expect ("x.7", "x.7.0, x.7.1, x.7.2, x.7.3, x.7.4");
}
END_TEST

START_TEST (nothing_near)
{
  expect ("hello", "");
  expect ("9999999", "");
  /* Too long to compare: no suggestion, and no overflow.  */
  expect ("5555555555555555555555555555555555555555", "");
}
END_TEST

/* The list is joined as the language joins lists.  */
START_TEST (separator_is_translated)
{
#if ENABLE_NLS
  const char *dir = getenv ("SMTPCODE_LOCALEDIR");
  ck_assert_msg (dir != NULL, "run through make check");
  language_activate (LANGUAGE_ZH, dir);
  expect ("25", "235、250、251、252、253");
  /* Back to English for the tests after, when they run in this process
     (CK_FORK=no): English is the C locale without LANGUAGE.  */
  setlocale (LC_ALL, "C");
  unsetenv ("LANGUAGE");
  language_activate (LANGUAGE_EN, dir);
#endif
}
END_TEST

START_TEST (small_buffer)
{
  char buf[8];
  suggest_codes ("25", buf, sizeof buf);
  ck_assert_uint_lt (strlen (buf), sizeof buf);
}
END_TEST

Suite *
suggest_suite (void)
{
  Suite *s = suite_create ("suggest");
  TCase *tc = tcase_create ("suggest");
  tcase_add_checked_fixture (tc, setup, NULL);
  tcase_add_test (tc, one_edit_away);
  tcase_add_test (tc, details_of_an_incomplete_code);
  tcase_add_test (tc, nothing_near);
  tcase_add_test (tc, separator_is_translated);
  tcase_add_test (tc, small_buffer);
  suite_add_tcase (s, tc);
  return s;
}
