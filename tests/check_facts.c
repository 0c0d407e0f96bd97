/* SPDX-License-Identifier: GPL-3.0-or-later */
/* check_facts.c -- what is decided about a code: its attributes in
   words, its titles, whether the two parts of a pair agree.  */

#include <config.h>

#include <string.h>

#include "code.h"
#include "codedb.h"
#include "facts.h"
#include "language.h"
#include "suites.h"

static void
setup (void)
{
  language_activate (LANGUAGE_EN, "/nonexistent");
}

static struct smtp_code
parse (const char *text)
{
  struct smtp_code c;
  ck_assert_int_eq (code_parse (text, &c), CODE_OK);
  return c;
}


START_TEST (titles)
{
  char buf[512];
  struct smtp_code c = parse ("550 5.1.1");
  ck_assert (facts_titles (&c, buf, sizeof buf));
  ck_assert_str_eq (buf, "Requested action not taken: mailbox unavailable / Bad destination "
                    "mailbox address");
  c = parse ("5.1.1");
  ck_assert (facts_titles (&c, buf, sizeof buf));
  ck_assert_str_eq (buf, "Bad destination mailbox address");
  c = parse ("299");
  ck_assert (!facts_titles (&c, buf, sizeof buf));
  ck_assert_str_eq (buf, "not registered");
  c = parse ("250 2.9.99");
  ck_assert (!facts_titles (&c, buf, sizeof buf));
  ck_assert_str_eq (buf, "Requested mail action okay, completed / not registered");
  /* Cut to the buffer, never over it.  */
  char small[10];
  c = parse ("550 5.1.1");
  facts_titles (&c, small, sizeof small);
  ck_assert_str_eq (small, "Requested");
}
END_TEST

START_TEST (pair_notes)
{
  struct smtp_code code;
  char note[1024];
  code = parse ("550 4.1.1");
  ck_assert (facts_pair_note (&code, note, sizeof note));
  ck_assert_str_eq (note, "Warning: 550 is a 5xx reply but 4.1.1 is of class 4.X.X, so the two "
                    "disagree. RFC 3463 requires the same class; the server is misconfigured. "
                    "Clients act on the basic code, 550.");
  code = parse ("550 5.1.1");
  ck_assert (!facts_pair_note (&code, note, sizeof note));
  ck_assert_str_eq (note, "");
  code = parse ("221 5.1.1");
  ck_assert (facts_pair_note (&code, note, sizeof note));
  code = parse ("553 5.1.1");
  ck_assert (!facts_pair_note (&code, note, sizeof note));
  ck_assert_str_eq (note, "Note: the registry does not pair X.1.1 with 553 (it names 451 550). "
                    "The pair is allowed but unusual; read both explanations.");
  /* One part alone, or a part not registered: nothing to say.  */
  code = parse ("550");
  ck_assert (!facts_pair_note (&code, note, sizeof note));
  ck_assert_str_eq (note, "");
  code = parse ("599 5.1.1");
  ck_assert (!facts_pair_note (&code, note, sizeof note));
  ck_assert_str_eq (note, "");
}
END_TEST

START_TEST (class_and_area)
{
  char buf[256];
  facts_class (entry ("550"), 0, buf, sizeof buf);
  ck_assert_str_eq (buf, "5xx Permanent Negative Completion");
  facts_class (entry ("X.1.1"), 0, buf, sizeof buf);
  ck_assert_str_eq (buf, "4.X.X Persistent Transient Failure or 5.X.X Permanent Failure");
  facts_class (entry ("X.1.1"), 5, buf, sizeof buf);
  ck_assert_str_eq (buf, "5.X.X Permanent Failure");
  facts_area (entry ("221"), buf, sizeof buf);
  ck_assert_str_eq (buf, "x2x Connections");
  facts_area (entry ("X.1.1"), buf, sizeof buf);
  ck_assert_str_eq (buf, "X.1.X Addressing Status");
  ck_assert_int_eq (facts_class_digit (entry ("451"), 0), 4);
  ck_assert_int_eq (facts_class_digit (entry ("X.1.1"), 5), 5);
  ck_assert_int_eq (facts_class_digit (entry ("X.1.1"), 0), 0);
}
END_TEST

START_TEST (digits_and_subjects)
{
  ck_assert_str_eq (facts_first_digit (550)->code, "5xx");
  ck_assert_str_eq (facts_second_digit (550)->code, "x5x");
  ck_assert_ptr_null (facts_second_digit (590));
  ck_assert_str_eq (facts_enhanced_class (4)->code, "4.X.X");
  ck_assert_ptr_null (facts_enhanced_class (3));
  ck_assert_str_eq (facts_subject (7)->code, "X.7.X");
  ck_assert_ptr_null (facts_subject (10));
}
END_TEST

START_TEST (retry)
{
  ck_assert_str_eq (facts_retry (2), "no need: the request succeeded");
  ck_assert_str_eq (facts_retry (3), "no: the server is waiting for the client to continue");
  ck_assert_str_eq (facts_retry (4), "yes, later: the failure is temporary and mail servers "
                    "retry by themselves");
  ck_assert_str_eq (facts_retry (5), "no: the failure is permanent; something must change "
                    "before sending again");
  ck_assert_str_eq (facts_retry (0), "depends on the class: 4.X.X is temporary and retried, "
                    "5.X.X is permanent");
}
END_TEST

START_TEST (lists_in_words)
{
  char buf[512];
  const struct code_entry *e = entry ("251");
  facts_stages (e->stages, buf, sizeof buf);
  ck_assert_str_eq (buf, "RCPT, ETRN");
  facts_actors (e->actors, buf, sizeof buf);
  ck_assert_str_eq (buf, "nobody: nothing to fix");
  ck_assert_str_eq (facts_standing (e->standing), "standard");
  e = entry ("X.1.1");
  facts_stages (e->stages, buf, sizeof buf);
  ck_assert_str_eq (buf, "RCPT, delivery status notifications");
  facts_actors (e->actors, buf, sizeof buf);
  ck_assert_str_eq (buf, "the sender, the receiving server's administrator, the recipient");
}
END_TEST

START_TEST (basic_and_related_codes)
{
  char buf[512];
  facts_basic_codes (entry ("X.1.1"), buf, sizeof buf);
  ck_assert_str_eq (buf, "451, 550");
  facts_basic_codes (entry ("X.0.0"), buf, sizeof buf);
  ck_assert_str_eq (buf, "any reply code");
  facts_basic_codes (entry ("X.1.2"), buf, sizeof buf);
  ck_assert_str_eq (buf, "none named by the registry");
  facts_related (entry ("X.1.1"), buf, sizeof buf);
  ck_assert_str_eq (buf, "550, 451, 450, X.1.10, X.1.6, X.2.1, X.1.2, X.1.3, X.4.1, X.7.1");
  /* Cut short of a small buffer, never past it.  */
  char small[12];
  facts_related (entry ("X.1.1"), small, sizeof small);
  ck_assert_str_eq (small, "550, ");
}
END_TEST

Suite *
facts_suite (void)
{
  Suite *s = suite_create ("facts");
  TCase *tc = tcase_create ("facts");
  tcase_add_checked_fixture (tc, setup, NULL);
  tcase_add_test (tc, titles);
  tcase_add_test (tc, pair_notes);
  tcase_add_test (tc, class_and_area);
  tcase_add_test (tc, digits_and_subjects);
  tcase_add_test (tc, retry);
  tcase_add_test (tc, lists_in_words);
  tcase_add_test (tc, basic_and_related_codes);
  suite_add_tcase (s, tc);
  return s;
}
