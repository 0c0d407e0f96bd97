/* SPDX-License-Identifier: GPL-3.0-or-later */
/* check_summary.c -- counting a large file in parts.  */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "suites.h"
#include "summary.h"

static void
progress (off_t done, void *data)
{
  off_t *last = data;
  ck_assert (done >= *last);
  *last = done;
}

/* A file of 20 MiB of multiline replies and folded DSN fields, where a
   cut anywhere but at a fresh line would count a reply twice.  */
START_TEST (parts_count_as_one)
{
  static const char block[] =
    "250-mx.example.com\n250-PIPELINING\n250-SIZE 10240000\n250 8BITMIME\n"
    "Diagnostic-Code: smtp; 550-5.1.1 The account\n    550-5.1.1 does not\n"
    "\t550 5.1.1 exist.\n"
    "postfix/smtp[1]: A: status=deferred (host x said: 451 4.7.1 Later)\n";
  FILE *f = tmpfile ();
  ck_assert_ptr_nonnull (f);
  size_t blocks = (20u << 20) / (sizeof block - 1) + 1;
  for (size_t i = 0; i < blocks; i++)
    ck_assert_uint_eq (fwrite (block, 1, sizeof block - 1, f), sizeof block - 1);
  ck_assert_int_eq (fflush (f), 0);
  off_t size = (off_t) (blocks * (sizeof block - 1));

  struct tally_table parts = { 0 };
  unsigned long found = 0;
  off_t last = 0;
  ck_assert_int_eq (summary_count_file (fileno (f), size, &parts, &found, progress, &last), 0);
  ck_assert_uint_eq (found, 3 * blocks);
  ck_assert (last == size);
  tally_sort (&parts);
  ck_assert_uint_eq (parts.ntallies, 3);
  for (size_t i = 0; i < 3; i++)
    ck_assert_uint_eq (parts.tallies[i].count, blocks);
  ck_assert_str_eq (parts.tallies[0].code, "250");
  ck_assert_str_eq (parts.tallies[1].code, "451 4.7.1");
  ck_assert_str_eq (parts.tallies[2].code, "550 5.1.1");
  tally_free (&parts);
  fclose (f);
}
END_TEST

START_TEST (small_files_whole)
{
  ck_assert (!summary_in_parts (0));
  ck_assert (!summary_in_parts (1 << 20));
}
END_TEST

Suite *
summary_suite (void)
{
  Suite *s = suite_create ("summary");
  TCase *tc = tcase_create ("summary");
  /* 20 MiB under the sanitizers, on a loaded machine, can take longer
     than Check's default of 4 seconds; its time is not what is tested.  */
  tcase_set_timeout (tc, 60);
  tcase_add_test (tc, parts_count_as_one);
  tcase_add_test (tc, small_files_whole);
  suite_add_tcase (s, tc);
  return s;
}
