/* SPDX-License-Identifier: GPL-3.0-or-later */
/* check_render.c -- the page of a code.  */

#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "language.h"
#include "render.h"
#include "suites.h"

static void
setup (void)
{
  language_activate (LANGUAGE_EN, "/nonexistent");
  render_setup (80, false);
}

static void
do_lookup (void *arg)
{
  struct smtp_code code;
  ck_assert_int_eq (code_parse (arg, &code), CODE_OK);
  render_lookup (&code);
}

START_TEST (page_has_every_section)
{
  char *s = capture_output (do_lookup, "251");
  const char *parts[] = { "251  ", "Class:", "2xx", "Retry:", "Stage:", "RCPT",
                          "\nDescription\n  ", "\nWhen it occurs\n  ",
                          "\nHow to fix\n  ", "\nLearn more\n  RFC 5321", NULL };
  ck_assert_msg (text_in_order (s, parts), "%s", s);
  ck_assert_ptr_null (strstr (s, "\033["));
  free (s);
}
END_TEST

START_TEST (enhanced_page_names_basic_codes)
{
  char *s = capture_output (do_lookup, "5.1.1");
  const char *parts[] = { "5.1.1  ", "5.X.X", "Basic codes:", "550", "\nDescription\n",
                          NULL };
  ck_assert_msg (text_in_order (s, parts), "%s", s);
  free (s);
}
END_TEST

START_TEST (unregistered_codes_explained_by_class)
{
  char *s = capture_output (do_lookup, "299");
  const char *basic[] = { "299  Not a registered reply code", "2xx", "x9x: RFC 5321 gives no meaning", NULL };
  ck_assert_msg (text_in_order (s, basic), "%s", s);
  free (s);
  s = capture_output (do_lookup, "4.7.999");
  const char *enhanced[] = { "4.7.999  Not a registered enhanced status code", "4.X.X",
                             "X.7.X", NULL };
  ck_assert_msg (text_in_order (s, enhanced), "%s", s);
  free (s);
}
END_TEST

Suite *
render_suite (void)
{
  Suite *s = suite_create ("render");
  TCase *tc = tcase_create ("pages");
  tcase_add_checked_fixture (tc, setup, NULL);
  tcase_add_test (tc, page_has_every_section);
  tcase_add_test (tc, enhanced_page_names_basic_codes);
  tcase_add_test (tc, unregistered_codes_explained_by_class);
  suite_add_tcase (s, tc);
  return s;
}
