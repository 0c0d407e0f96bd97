/* SPDX-License-Identifier: GPL-3.0-or-later */
/* check_render.c -- the page of a code, pair notes, compare.  */

#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "compare.h"
#include "facts.h"
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

/* Whether the NULL-terminated NEEDLES appear in HAYSTACK in this order.  */
static bool
in_order (const char *haystack, const char *const *needles)
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

START_TEST (page_has_every_section)
{
  char *s = capture_output (do_lookup, "251");
  const char *parts[] = { "251  ", "Class:", "2xx", "Retry:", "Stage:", "RCPT",
                          "\nDescription\n  ", "\nWhen it occurs\n  ",
                          "\nHow to fix\n  ", "\nLearn more\n  RFC 5321", NULL };
  ck_assert_msg (in_order (s, parts), "%s", s);
  ck_assert_ptr_null (strstr (s, "\033["));
  free (s);
}
END_TEST

START_TEST (enhanced_page_names_basic_codes)
{
  char *s = capture_output (do_lookup, "5.1.1");
  const char *parts[] = { "5.1.1  ", "5.X.X", "Basic codes:", "550", "\nDescription\n",
                          NULL };
  ck_assert_msg (in_order (s, parts), "%s", s);
  free (s);
}
END_TEST

START_TEST (unregistered_codes_explained_by_class)
{
  char *s = capture_output (do_lookup, "299");
  const char *basic[] = { "299  Not a registered reply code", "2xx", "x9x: RFC 5321 gives no meaning", NULL };
  ck_assert_msg (in_order (s, basic), "%s", s);
  free (s);
  s = capture_output (do_lookup, "4.7.999");
  const char *enhanced[] = { "4.7.999  Not a registered enhanced status code", "4.X.X",
                             "X.7.X", NULL };
  ck_assert_msg (in_order (s, enhanced), "%s", s);
  free (s);
}
END_TEST

START_TEST (pair_notes)
{
  struct smtp_code code;
  char note[1024];
  ck_assert_int_eq (code_parse ("550 4.1.1", &code), CODE_OK);
  ck_assert (facts_pair_note (&code, note, sizeof note));
  ck_assert_ptr_nonnull (strstr (note, "Warning: 550 is a 5xx reply but 4.1.1 is of class 4.X.X"));
  ck_assert_int_eq (code_parse ("550 5.1.1", &code), CODE_OK);
  ck_assert (!facts_pair_note (&code, note, sizeof note));
  ck_assert_str_eq (note, "");
  ck_assert_int_eq (code_parse ("221 5.1.1", &code), CODE_OK);
  ck_assert (facts_pair_note (&code, note, sizeof note));
  ck_assert_int_eq (code_parse ("553 5.1.1", &code), CODE_OK);
  ck_assert (!facts_pair_note (&code, note, sizeof note));
  ck_assert_ptr_nonnull (strstr (note, "Note: the registry does not pair X.1.1 with 553"));
}
END_TEST

static void
do_compare (void *arg)
{
  struct smtp_code codes[2];
  const char *const *words = arg;
  ck_assert_int_eq (code_parse (words[0], &codes[0]), CODE_OK);
  ck_assert_int_eq (code_parse (words[1], &codes[1]), CODE_OK);
  struct comparison c;
  compare_build (codes, 2, &c);
  compare_print (&c);
  compare_free (&c);
}

START_TEST (compare_lists_only_differences)
{
  const char *same_class[] = { "214", "251" };
  char *s = capture_output (do_compare, (void *) same_class);
  ck_assert_msg (strncmp (s, "Both 214 and 251 belong to the 2xx Positive Completion class.", 61) == 0, "%s", s);
  const char *parts[] = { "\n214  ", "\n251  ", "\nKey differences\n  1. ",
                          "\nWhen to use which\n  214: ", "\n  251: ", NULL };
  ck_assert_msg (in_order (s, parts), "%s", s);
  /* Same class: no difference of class is listed.  */
  ck_assert_ptr_null (strstr (strstr (s, "Key differences"), "Class:"));
  free (s);

  const char *other_class[] = { "450", "550" };
  s = capture_output (do_compare, (void *) other_class);
  ck_assert_ptr_nonnull (strstr (strstr (s, "Key differences"), "1. Class: for 450, 4xx"));
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
  tcase_add_test (tc, pair_notes);
  tcase_add_test (tc, compare_lists_only_differences);
  suite_add_tcase (s, tc);
  return s;
}
