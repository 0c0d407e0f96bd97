/* SPDX-License-Identifier: GPL-3.0-or-later */
/* check_tally.c -- counting reply codes.  */

#include <config.h>

#include <stdio.h>
#include <string.h>

#include "suites.h"
#include "tally.h"

static struct smtp_code
code (int basic, int klass, int subject, int detail)
{
  return (struct smtp_code) { .basic = basic, .enhanced_class = klass,
                              .subject = subject, .detail = detail };
}

START_TEST (counts_sorted)
{
  struct tally_table t = { 0 };
  struct smtp_code a = code (550, 5, 1, 1), b = code (451, 4, 7, 1), c = code (250, -1, 0, 0);
  tally_add (&t, &b, 1);
  tally_add (&t, &a, 2);
  tally_add (&t, &c, 3);
  tally_add (&t, &a, 1);
  /* The bare 550 is a code of its own, not 550 5.1.1.  */
  struct smtp_code bare = code (550, -1, 0, 0);
  tally_add (&t, &bare, 3);
  tally_sort (&t);
  ck_assert_uint_eq (t.ntallies, 4);
  /* Largest first; equal counts by code.  */
  ck_assert_str_eq (t.tallies[0].code, "250");
  ck_assert_uint_eq (t.tallies[0].count, 3);
  ck_assert_str_eq (t.tallies[1].code, "550");
  ck_assert_str_eq (t.tallies[2].code, "550 5.1.1");
  ck_assert_uint_eq (t.tallies[2].count, 3);
  ck_assert_str_eq (t.tallies[3].code, "451 4.7.1");
  tally_free (&t);
  ck_assert_uint_eq (t.ntallies, 0);
}
END_TEST

/* Many distinct codes: the hash table grows and loses none.  */
START_TEST (many_codes_merged)
{
  struct tally_table one = { 0 }, two = { 0 };
  for (int s = 0; s < 100; s++)
    for (int d = 0; d < 10; d++)
      {
        struct smtp_code c = code (550, 5, s, d);
        tally_add (&one, &c, 1);
        tally_add (&two, &c, (unsigned long) (s * 10 + d));
      }
  ck_assert_uint_eq (one.ntallies, 1000);
  tally_merge (&one, &two);
  ck_assert_uint_eq (one.ntallies, 1000);
  tally_sort (&one);
  ck_assert_str_eq (one.tallies[0].code, "550 5.99.9");
  ck_assert_uint_eq (one.tallies[0].count, 1000);
  ck_assert_str_eq (one.tallies[999].code, "550 5.0.0");
  ck_assert_uint_eq (one.tallies[999].count, 1);
  tally_free (&one);
  tally_free (&two);
}
END_TEST

Suite *
tally_suite (void)
{
  Suite *s = suite_create ("tally");
  TCase *tc = tcase_create ("tally");
  tcase_add_test (tc, counts_sorted);
  tcase_add_test (tc, many_codes_merged);
  suite_add_tcase (s, tc);
  return s;
}
