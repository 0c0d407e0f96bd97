/* SPDX-License-Identifier: GPL-3.0-or-later */
/* check_filter.c -- the filter language of the list command.  */

#include <config.h>

#include <stddef.h>

#include "code.h"
#include "codedb.h"
#include "filter.h"
#include "suites.h"


static bool
passes (const char *filter, const char *code)
{
  struct filter f;
  ck_assert_msg (filter_parse (filter, &f), "%s is no filter", filter);
  return filter_matches (&f, entry (code));
}

START_TEST (parses_kinds)
{
  struct filter f;
  ck_assert (filter_parse (NULL, &f));
  ck_assert_int_eq (f.kind, FILTER_ALL);
  ck_assert (filter_parse ("all", &f));
  ck_assert_int_eq (f.kind, FILTER_ALL);
  ck_assert (filter_parse ("basic", &f));
  ck_assert_int_eq (f.kind, FILTER_BASIC);
  ck_assert_ptr_null (f.pattern);
  ck_assert (filter_parse ("enhanced", &f));
  ck_assert_int_eq (f.kind, FILTER_ENHANCED);
  ck_assert (filter_parse ("55x", &f));
  ck_assert_int_eq (f.kind, FILTER_BASIC);
  ck_assert_str_eq (f.pattern, "55x");
  ck_assert (filter_parse ("5.7", &f));
  ck_assert_int_eq (f.kind, FILTER_ENHANCED);
  ck_assert_int_eq (f.enhanced_class, 5);
  ck_assert (filter_parse ("x.7.*", &f));
  ck_assert_int_eq (f.enhanced_class, 0);
  ck_assert (filter_parse ("*.1.1", &f));
}
END_TEST

START_TEST (rejects_what_is_no_filter)
{
  const char *bad[] = { "", "5555", "5a", "6.1", "3.1", "5.7a", "57.", "a.1",
                        "Basic", "-1" };
  struct filter f;
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    ck_assert_msg (!filter_parse (bad[i], &f), "'%s' was taken as a filter", bad[i]);
}
END_TEST

START_TEST (basic_patterns)
{
  ck_assert (passes ("5", "550"));
  ck_assert (!passes ("5", "250"));
  ck_assert (passes ("55x", "554"));
  ck_assert (!passes ("55x", "530"));
  ck_assert (passes ("2xx", "251"));
  ck_assert (passes ("*5*", "251"));
  ck_assert (passes ("550", "550"));
  ck_assert (!passes ("550", "551"));
  /* A basic pattern never admits an enhanced code, nor the reverse.  */
  ck_assert (!passes ("5", "X.1.1"));
  ck_assert (!passes ("5.1", "550"));
  ck_assert (passes ("basic", "550"));
  ck_assert (!passes ("basic", "X.1.1"));
  ck_assert (passes ("enhanced", "X.1.1"));
  ck_assert (passes ("all", "550"));
  ck_assert (passes ("all", "X.1.1"));
}
END_TEST

START_TEST (enhanced_patterns)
{
  ck_assert (passes ("5.1", "X.1.1"));
  ck_assert (passes ("x.1.1", "X.1.1"));
  ck_assert (passes ("X.1.*", "X.1.1"));
  ck_assert (!passes ("x.1.2", "X.1.1"));
  ck_assert (!passes ("x.7", "X.1.1"));
  ck_assert (passes ("x.7.1", "X.7.1"));
  /* The detail is compared as a number, up to three digits.  */
  ck_assert (passes ("x.7.01", "X.7.1"));
  ck_assert (!passes ("x.7.1000", "X.7.1"));
  /* A class admits only the codes used in it: X.1.1 is never a success.  */
  ck_assert (!passes ("2.1.1", "X.1.1"));
  /* An empty subject or detail admits any.  */
  ck_assert (passes ("5..", "X.1.1"));
  ck_assert (passes ("x.7.", "X.7.1"));
}
END_TEST

START_TEST (basic_and_enhanced_split_everything)
{
  struct filter all, basic, enhanced;
  size_t n_all = 0, n_basic = 0, n_enhanced = 0;
  ck_assert (filter_parse ("all", &all));
  ck_assert (filter_parse ("basic", &basic));
  ck_assert (filter_parse ("enhanced", &enhanced));
  for (size_t i = 0; i < codedb_entry_count; i++)
    {
      n_all += filter_matches (&all, &codedb_entries[i]);
      n_basic += filter_matches (&basic, &codedb_entries[i]);
      n_enhanced += filter_matches (&enhanced, &codedb_entries[i]);
    }
  ck_assert_uint_eq (n_all, codedb_entry_count);
  ck_assert_uint_eq (n_basic + n_enhanced, n_all);
  ck_assert_uint_gt (n_basic, 0);
  ck_assert_uint_gt (n_enhanced, 0);
}
END_TEST

Suite *
filter_suite (void)
{
  Suite *s = suite_create ("filter");
  TCase *tc = tcase_create ("filter");
  tcase_add_test (tc, parses_kinds);
  tcase_add_test (tc, rejects_what_is_no_filter);
  tcase_add_test (tc, basic_patterns);
  tcase_add_test (tc, enhanced_patterns);
  tcase_add_test (tc, basic_and_enhanced_split_everything);
  suite_add_tcase (s, tc);
  return s;
}
