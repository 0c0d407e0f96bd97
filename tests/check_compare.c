/* SPDX-License-Identifier: GPL-3.0-or-later */
/* check_compare.c -- how codes differ: the comparison built, and its text.  */

#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "compare.h"
#include "language.h"
#include "render.h"
#include "suites.h"

static void
setup (void)
{
  language_activate (LANGUAGE_EN, "/nonexistent");
  render_setup (80, false);
}

/* Builds the comparison of the N codes of WORDS into C.  */
static void
build (const char *const *words, size_t n, struct comparison *c)
{
  struct smtp_code codes[8];
  ck_assert_uint_le (n, 8);
  for (size_t i = 0; i < n; i++)
    ck_assert_int_eq (code_parse (words[i], &codes[i]), CODE_OK);
  compare_build (codes, n, c);
}

/* A pair counts as its two parts, each with its line on when to use it.  */
START_TEST (pair_counts_as_two)
{
  const char *words[] = { "550 5.1.1", "450" };
  struct comparison c;
  build (words, 2, &c);
  ck_assert_uint_eq (c.n, 3);
  ck_assert (c.registered);
  ck_assert_str_eq (c.items[0].shown, "550");
  ck_assert_str_eq (c.items[1].shown, "5.1.1");
  ck_assert_str_eq (c.items[2].shown, "450");
  ck_assert_str_eq (c.summary, "550 belongs to the 5xx Permanent Negative Completion class. "
                    "5.1.1 belongs to the 5.X.X Permanent Failure class. 450 belongs to the "
                    "4xx Transient Negative Completion class.");
  ck_assert_uint_eq (c.uses.count, 3);
  ck_assert (strncmp (c.uses.text[1], "5.1.1: ", 7) == 0);
  /* What each code means comes first, then the attributes.  */
  ck_assert_uint_eq (c.differences.count, 9);
  ck_assert_str_eq (c.differences.text[0], "1. What 550 means: Refused for good, most often "
                    "because the mailbox does not exist, otherwise because access or policy "
                    "forbids it.");
  ck_assert (strncmp (c.differences.text[1], "2. What 5.1.1 means: The recipient's server", 43) == 0);
  ck_assert (strncmp (c.differences.text[2], "3. What 450 means: One command", 30) == 0);
  ck_assert (strncmp (c.differences.text[3], "4. Class: for 550, 5xx", 22) == 0);
  ck_assert (strncmp (c.differences.text[5], "6. About: ", 10) == 0);
  ck_assert_str_eq (c.differences.text[8], "9. Together: the registry pairs X.1.1 with 550, so "
                    "a server may send them on one line as \"550 5.1.1\": the basic code "
                    "decides what the client does, the enhanced code says why.");
  compare_free (&c);
  ck_assert_ptr_null (c.items);
}
END_TEST

START_TEST (same_class_and_no_difference)
{
  const char *three[] = { "5.1.1", "5.1.3", "5.1.6" };
  struct comparison c;
  build (three, 3, &c);
  ck_assert_str_eq (c.summary, "All of 5.1.1, 5.1.3, 5.1.6 belong to the 5.X.X Permanent "
                    "Failure class.");
  ck_assert_uint_eq (c.differences.count, 4);
  ck_assert (strncmp (c.differences.text[2], "3. What 5.1.6 means: The mailbox used to exist", 46) == 0);
  ck_assert (strncmp (c.differences.text[3], "4. Who acts: for 5.1.1, ", 24) == 0);
  compare_free (&c);

  /* An unregistered code has no attributes but its class to compare.  */
  const char *unregistered[] = { "299", "251" };
  build (unregistered, 2, &c);
  ck_assert (!c.registered);
  ck_assert_str_eq (c.summary, "Both 299 and 251 belong to the 2xx Positive Completion class.");
  ck_assert_uint_eq (c.differences.count, 3);
  ck_assert_str_eq (c.differences.text[0], "1. What 299 means: not registered; only its digits "
                    "say what it is, as shown above.");
  ck_assert (strncmp (c.differences.text[1], "2. What 251 means: The recipient is not local", 45) == 0);
  ck_assert_str_eq (c.differences.text[2], "They share class, area, stage, who acts and "
                    "standing: they differ only in meaning.");
  ck_assert_str_eq (c.uses.text[0], "299: not registered; a server should not send it, and a "
                    "client acts on its first digit.");
  compare_free (&c);

  /* Codes of one entry share their line of meaning.  */
  const char *one_entry[] = { "4.7.1", "5.7.1", "550" };
  build (one_entry, 3, &c);
  ck_assert (strncmp (c.differences.text[0], "1. What 4.7.1 and 5.7.1 mean: The receiver's "
                      "policy refuses", 59) == 0);
  ck_assert (strncmp (c.differences.text[1], "2. What 550 means: ", 19) == 0);
  ck_assert (strncmp (c.differences.text[2], "3. Class: ", 10) == 0);
  compare_free (&c);
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

START_TEST (compare_meanings_then_differences)
{
  const char *same_class[] = { "214", "251" };
  char *s = capture_output (do_compare, (void *) same_class);
  ck_assert_msg (strncmp (s, "Both 214 and 251 belong to the 2xx Positive Completion class.", 61) == 0, "%s", s);
  const char *parts[] = { "\n214  ", "\n251  ",
                          "\nKey differences\n  1. What 214 means: The server answers HELP",
                          "\n  2. What 251 means: The recipient is not local, and the server "
                          "takes the\n     message anyway",
                          "\n  3. About: for 214", "\n  4. Stage: for 214",
                          "\nWhen to use which\n  214: ", "\n  251: ", NULL };
  ck_assert_msg (text_in_order (s, parts), "%s", s);
  /* Same class: no difference of class is listed.  */
  ck_assert_ptr_null (strstr (strstr (s, "Key differences"), "Class:"));
  free (s);

  const char *other_class[] = { "450", "550" };
  s = capture_output (do_compare, (void *) other_class);
  ck_assert_ptr_nonnull (strstr (strstr (s, "Key differences"), "3. Class: for 450, 4xx"));
  free (s);
}
END_TEST

Suite *
compare_suite (void)
{
  Suite *s = suite_create ("compare");
  TCase *tc = tcase_create ("compare");
  tcase_add_checked_fixture (tc, setup, NULL);
  tcase_add_test (tc, pair_counts_as_two);
  tcase_add_test (tc, same_class_and_no_difference);
  tcase_add_test (tc, compare_meanings_then_differences);
  suite_add_tcase (s, tc);
  return s;
}
