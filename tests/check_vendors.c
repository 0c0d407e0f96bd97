/* SPDX-License-Identifier: GPL-3.0-or-later */
/* check_vendors.c -- the lookups of providers' codes, on a table that
   src/mkcodes makes of test fixtures (tests/fixtures/vendor-*.txt) so
   that the expected answers do not move with data/.  Linked before the
   library, that table stands in for the real one.  */

#include <config.h>

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "codedb.h"

enum { MAX = 8 };

static const char *
key_of (const struct vendor_entry *e)
{
  return codedb_text (e->key);
}

START_TEST (providers_in_vocabulary_order)
{
  ck_assert_uint_eq (codedb_provider_count, 2);
  const struct provider_entry *ms = codedb_provider (PROVIDER_MICROSOFT);
  const struct provider_entry *ne = codedb_provider (PROVIDER_NETEASE);
  ck_assert_ptr_eq (ms, &codedb_providers[0]);
  ck_assert_ptr_eq (ne, &codedb_providers[1]);
  ck_assert_ptr_null (codedb_provider (PROVIDER_YAHOO));
  ck_assert_uint_eq (ms->first, 0);
  ck_assert_uint_eq (ms->count, 7);
  ck_assert_uint_eq (ne->first, 7);
  ck_assert_uint_eq (ne->count, 3);
  ck_assert_uint_eq (codedb_vendor_entry_count, 10);
  for (size_t i = 0; i < codedb_vendor_entry_count; i++)
    ck_assert_int_eq (codedb_vendor_entries[i].provider,
                      i < 7 ? PROVIDER_MICROSOFT : PROVIDER_NETEASE);
  /* Each provider's entries in the order of its file.  */
  ck_assert_str_eq (key_of (&codedb_vendor_entries[ne->first]), "DT:SPM");
  ck_assert_str_eq (key_of (&codedb_vendor_entries[ne->first + 1]), "dt:spm");
  ck_assert_str_eq (codedb_text (ne->signatures), "163.com | 126.com");
  ck_assert_str_eq (codedb_text (ne->checked), "2026-11-30");
  ck_assert_str_eq (codedb_vendor_checked, "2026-11-29");
  ck_assert_str_eq (codedb_confidence_name (codedb_vendor_entries[2].confidence), "observed");
}
END_TEST

START_TEST (by_code_exact_wins_over_range)
{
  const struct vendor_entry *out[MAX];
  ck_assert_uint_eq (codedb_vendor_by_code (5, 7, 708, out, MAX), 1);
  ck_assert_str_eq (codedb_text (out[0]->title), "Traffic from this IP is not accepted");
  ck_assert_uint_eq (codedb_vendor_by_code (5, 7, 606, out, MAX), 1);
  ck_assert_str_eq (key_of (out[0]), "5.7.606-649");
  ck_assert_uint_eq (codedb_vendor_by_code (5, 7, 649, out, MAX), 1);
  ck_assert_uint_eq (codedb_vendor_by_code (5, 7, 650, out, MAX), 0);
  ck_assert_uint_eq (codedb_vendor_by_code (5, 7, 620, out, MAX), 1);
  ck_assert_str_eq (key_of (out[0]), "5.7.620");
  /* The class counts: 4.7.606 is not in 5.7.606-649, but in 4.7.500-699.  */
  ck_assert_uint_eq (codedb_vendor_by_code (4, 7, 606, out, MAX), 1);
  ck_assert_str_eq (key_of (out[0]), "4.7.500-699");
  ck_assert_uint_eq (codedb_vendor_by_code (4, 7, 708, out, MAX), 0);
  /* Both providers use 5.7.1; the count is right even past MAX.  */
  ck_assert_uint_eq (codedb_vendor_by_code (5, 7, 1, out, MAX), 2);
  ck_assert_int_eq (out[0]->provider, PROVIDER_MICROSOFT);
  ck_assert_int_eq (out[1]->provider, PROVIDER_NETEASE);
  ck_assert_uint_eq (codedb_vendor_by_code (5, 7, 1, out, 1), 2);
  ck_assert_uint_eq (codedb_vendor_by_code (5, 1, 1, out, MAX), 0);
}
END_TEST

START_TEST (by_token_any_case)
{
  const struct vendor_entry *out[MAX];
  ck_assert_uint_eq (codedb_vendor_by_token ("as(7555)", out, MAX), 1);
  ck_assert_int_eq (out[0]->kind, VENDOR_TOKEN);
  ck_assert_uint_eq (codedb_vendor_by_token ("Dt:Spm", out, MAX), 2);
  ck_assert_str_eq (codedb_text (out[0]->title), "Content looks like spam");
  ck_assert_str_eq (codedb_text (out[1]->title), "Envelope looks like spam");
  ck_assert_uint_eq (codedb_vendor_by_token ("DT:SP", out, MAX), 0);
  ck_assert_uint_eq (codedb_vendor_by_token ("DT:SPMX", out, MAX), 0);
  ck_assert_uint_eq (codedb_vendor_by_token ("XX:ABC", out, MAX), 0);
  ck_assert_uint_eq (codedb_vendor_by_token ("5.7.1", out, MAX), 0);
}
END_TEST

START_TEST (match_fragments_choose)
{
  const struct vendor_entry *out[MAX];
  const char *content = "554 DT:SPM 163 smtp9, the content was refused";
  const char *envelope = "554 dt:spm 126 smtp2, ENVELOPE refused";
  size_t n = codedb_vendor_by_token ("DT:SPM", out, MAX);
  ck_assert_uint_eq (n, 2);
  ck_assert (codedb_vendor_matches (out[0], content, strlen (content)));
  ck_assert (!codedb_vendor_matches (out[1], content, strlen (content)));
  ck_assert (codedb_vendor_matches (out[1], envelope, strlen (envelope)));
  ck_assert (!codedb_vendor_matches (out[0], envelope, strlen (envelope)));
  /* An entry without fragments matches anything.  */
  ck_assert_uint_eq (codedb_vendor_by_code (5, 7, 708, out, MAX), 1);
  ck_assert (codedb_vendor_matches (out[0], "", 0));
}
END_TEST

START_TEST (by_basic_code_and_reply)
{
  const struct vendor_entry *out[MAX];
  const char *reply = "550 5.1.10 RESOLVER.ADR.RecipNotFound; not found";
  ck_assert_uint_eq (codedb_vendor_by_reply (550, reply, strlen (reply), out, MAX), 1);
  ck_assert_str_eq (codedb_text (out[0]->title), "Recipient not found");
  const char *second = "550 Not Found By SMTP Address Lookup";
  ck_assert_uint_eq (codedb_vendor_by_reply (550, second, strlen (second), out, MAX), 1);
  ck_assert_uint_eq (codedb_vendor_by_reply (551, reply, strlen (reply), out, MAX), 0);
  ck_assert_uint_eq (codedb_vendor_by_reply (550, "550 user unknown", 16, out, MAX), 0);
  /* Only the N bytes given are read.  */
  ck_assert_uint_eq (codedb_vendor_by_reply (550, reply, 20, out, MAX), 0);
  /* Which basic codes some provider keys: the fixtures key 550 alone.  */
  ck_assert (codedb_vendor_has_basic (550));
  ck_assert (!codedb_vendor_has_basic (551));
  ck_assert (!codedb_vendor_has_basic (251));
  ck_assert (!codedb_vendor_has_basic (-1));
  ck_assert (!codedb_vendor_has_basic (1000));
}
END_TEST

START_TEST (uses_of_a_registered_code)
{
  const struct vendor_entry *out[MAX];
  ck_assert_uint_eq (codedb_vendor_uses (codekey_of_code ("X.7.1"), out, MAX), 2);
  ck_assert_str_eq (codedb_text (out[0]->title), "Delivery not authorized");
  ck_assert_str_eq (codedb_text (out[1]->title), "NetEase's 5.7.1");
  ck_assert_uint_eq (codedb_vendor_uses (codekey_of_code ("550"), out, MAX), 1);
  ck_assert_int_eq (out[0]->kind, VENDOR_BASIC);
  /* Ranges of both classes hold X.7.620; the code itself is one more.  */
  ck_assert_uint_eq (codedb_vendor_uses (codekey_enhanced (7, 620), out, MAX), 3);
  ck_assert_uint_eq (codedb_vendor_uses (codekey_of_code ("X.1.1"), out, MAX), 0);
}
END_TEST

int
main (void)
{
  Suite *s = suite_create ("vendors");
  TCase *tc = tcase_create ("fixtures");
  tcase_add_test (tc, providers_in_vocabulary_order);
  tcase_add_test (tc, by_code_exact_wins_over_range);
  tcase_add_test (tc, by_token_any_case);
  tcase_add_test (tc, match_fragments_choose);
  tcase_add_test (tc, by_basic_code_and_reply);
  tcase_add_test (tc, uses_of_a_registered_code);
  suite_add_tcase (s, tc);
  SRunner *runner = srunner_create (s);
  srunner_run_all (runner, CK_NORMAL);
  int failed = srunner_ntests_failed (runner);
  srunner_free (runner);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
