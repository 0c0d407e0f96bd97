/* SPDX-License-Identifier: GPL-3.0-or-later */
/* check_evidence.c -- the evidence that decide.c weighs around a
   candidate code: what stands before it, what follows it, and the word
   tests both sides share.  check_explain.c tests the decision they make
   together on whole lines.  */

#include <config.h>

#include <string.h>

#include "bytesearch.h"
#include "evidence.h"
#include "evidence_after.h"
#include "evidence_before.h"
#include "suites.h"

/* S in a buffer with the SEARCH_PAD bytes after it that the byte
   search may read, as the scanner's line buffer has them.  */
static const char *
padded (const char *s)
{
  static char buf[256 + SEARCH_PAD];
  size_t n = strlen (s);
  ck_assert_uint_lt (n, 256);
  memset (buf, 0, sizeof buf);
  memcpy (buf, s, n);
  return buf;
}

/* The evidence before CODE, the first place it stands in S.  */
static int
before (const char *s, const char *code, bool enhanced)
{
  s = padded (s);
  const char *at = strstr (s, code);
  ck_assert_ptr_nonnull (at);
  return before_score (s, strlen (s), 0, (size_t) (at - s), enhanced);
}

/* The evidence after CODE, the first place it stands in S.  */
static int
after (const char *s, const char *code)
{
  s = padded (s);
  const char *at = strstr (s, code);
  ck_assert_ptr_nonnull (at);
  return after_score (s, strlen (s), (size_t) (at - s) + strlen (code), false);
}

START_TEST (words_compared_as_words)
{
  ck_assert (word_is ("SAID", 4, "said"));
  ck_assert (!word_is ("saidx", 5, "said"));
  ck_assert (word_char ('_') && word_char ('7') && !word_char ('-'));
  /* A whole word only: "or" is prose after a code, "order" is not.  */
  ck_assert_int_ge (starts_word ("or 554", 6, prose_words), 0);
  ck_assert_int_eq (starts_word ("order", 5, prose_words), -1);
  ck_assert (unit_at ("bytes", 5));
  ck_assert (unit_at ("k ", 2));
  /* A host name's first label is no unit: "220 k.host.md ESMTP".  */
  ck_assert (!unit_at ("k.host.md ESMTP", 15));
}
END_TEST

START_TEST (word_before_found)
{
  size_t k = 6;
  ck_assert_uint_eq (back_over_word ("said  550", 0, &k), 4);
  ck_assert_uint_eq (k, 0);
  /* Punctuation ends the word: nothing stands between ':' and the
     spaces.  */
  k = 11;
  ck_assert_uint_eq (back_over_word ("host said: 550", 0, &k), 10);
  ck_assert_uint_eq (k, 10);
  /* Nothing before LO is read.  */
  k = 6;
  ck_assert_uint_eq (back_over_word ("said  550", 2, &k), 4);
  ck_assert_uint_eq (k, 2);
}
END_TEST

START_TEST (introducers_count)
{
  ck_assert_int_ge (before ("host mx.example.com said: 550 5.1.1 User unknown", "550", false),
                    CLEAR);
  ck_assert_int_ge (before ("The server response was: 5.7.1 Client does not have permissions",
                            "5.7.1", true), CLEAR);
  ck_assert_int_ge (before ("SMTP error 421", "421", false), ENOUGH);
  ck_assert_int_ge (before ("Fehler 550", "550", false), ENOUGH);
  ck_assert_int_ge (before ("服务器响应 550", "550", false), ENOUGH);
}
END_TEST

START_TEST (what_precedes_rules_out)
{
  ck_assert_int_le (before ("Connection refused on port 587", "587", false), VETO);
  ck_assert_int_le (before ("expected 250", "250", false), VETO);
  /* An article before the code is prose, not a veto.  */
  ck_assert_int_lt (before ("the 550 error", "550", false), 0);
  ck_assert_int_gt (before ("the 550 error", "550", false), VETO);
  ck_assert_int_lt (before ("Berkeley DB 5.3.28", "5.3.28", true), ENOUGH);
}
END_TEST

START_TEST (what_follows)
{
  ck_assert_int_gt (after ("550 User unknown", "550"), 0);
  ck_assert_int_gt (after ("421 Service not available", "421"), 0);
  ck_assert_int_le (after ("550 bytes", "550"), VETO);
  ck_assert_int_le (after ("550 means the mailbox is full", "550"), VETO);
  ck_assert_int_eq (after ("550 or 554", "550"), PROSE);
  /* Gmail's session id wrapped onto a line of its own.  */
  ck_assert (gmail_id_tail ("253 - gsmtp", 11, 6));
  ck_assert (!gmail_id_tail ("253 - gmail", 11, 6));
}
END_TEST

START_TEST (quotes_before_words)
{
  const char *s = "reply was \"550 no such user\"";
  ck_assert_int_eq (opening_quote (s, 0, (size_t) (strstr (s, "550") - s)), '"');
  s = "reply was 550 no such user";
  ck_assert_int_eq (opening_quote (s, 0, (size_t) (strstr (s, "550") - s)), 0);
}
END_TEST

/* code_between_marks on S, whose code is the first "NNN" at CODE.  */
static size_t
between (const char *s, const char *code, char open, char close, size_t *open_at)
{
  return code_between_marks (s, strlen (s), 0, (size_t) (strstr (s, code) - s), open, close, open_at);
}

START_TEST (code_in_marks)
{
  size_t open = 99;
  ck_assert_uint_eq (between ("| x | `250` |", "250", '|', '|', &open), 13);
  ck_assert_uint_eq (open, 4);
  ck_assert_uint_eq (between ("\t[  421 ] = {", "421", '[', ']', &open), 9);
  ck_assert_uint_eq (open, 1);
  open = 99;
  ck_assert_uint_eq (between ("| 250 OK |", "250", '|', '|', &open), 0);
  ck_assert_uint_eq (between ("421 ]", "421", '[', ']', &open), 0);
  ck_assert_uint_eq (between ("[421", "421", '[', ']', &open), 0);
  ck_assert_uint_eq (between ("(421)", "421", '[', ']', &open), 0);
  ck_assert_uint_eq (open, 99);
}
END_TEST

Suite *
evidence_suite (void)
{
  Suite *s = suite_create ("evidence");
  TCase *tc = tcase_create ("core");
  tcase_add_test (tc, words_compared_as_words);
  tcase_add_test (tc, word_before_found);
  tcase_add_test (tc, introducers_count);
  tcase_add_test (tc, what_precedes_rules_out);
  tcase_add_test (tc, what_follows);
  tcase_add_test (tc, quotes_before_words);
  tcase_add_test (tc, code_in_marks);
  suite_add_tcase (s, tc);
  return s;
}
