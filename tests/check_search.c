/* SPDX-License-Identifier: GPL-3.0-or-later */
/* check_search.c -- the codes whose texts hold the words of search.  */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codedb.h"
#include "language.h"
#include "search.h"
#include "suites.h"

static void
setup (void)
{
  language_activate (LANGUAGE_EN, "/nonexistent");
}

/* The codes found for WORDS, best first, as "X.2.2 X.1.4 ...", the first
   MAX of them.  */
static void
found (char *const *words, int n, size_t max, char *buf, size_t size)
{
  const struct code_entry **entries = calloc (codedb_entry_count + 1, sizeof *entries);
  ck_assert_ptr_nonnull (entries);
  size_t count = search_codes (words, n, entries);
  buf[0] = '\0';
  for (size_t i = 0; i < count && i < max; i++)
    {
      size_t used = strlen (buf);
      snprintf (buf + used, size - used, "%s%s", i ? " " : "", entries[i]->code);
    }
  free (entries);
}

START_TEST (title_matches_first)
{
  char buf[256];
  char *mailbox_full[] = { "mailbox", "full" };
  found (mailbox_full, 2, 3, buf, sizeof buf);
  ck_assert_str_eq (buf, "X.2.2 522 X.1.4");
  char *relay[] = { "relay" };
  found (relay, 1, 2, buf, sizeof buf);
  ck_assert_str_eq (buf, "X.1.9 550");
  /* ASCII case does not matter.  */
  char *upper[] = { "RELAY" };
  found (upper, 1, 2, buf, sizeof buf);
  ck_assert_str_eq (buf, "X.1.9 550");
}
END_TEST

/* A cause matches by its name or its texts, and only with every word.  */
START_TEST (causes_by_name_and_text)
{
  const struct cause_entry *e = codedb_cause (CAUSE_MAILBOXFULL);
  char *name[] = { "MAILBOXFULL" }, *text[] = { "quota" }, *both[] = { "quota", "zzzz" };
  ck_assert (search_cause (e, name, 1));
  ck_assert (search_cause (e, text, 1));
  ck_assert (!search_cause (e, both, 2));
}
END_TEST

START_TEST (every_word_needed)
{
  char buf[256];
  char *none[] = { "relay", "zzzz" };
  found (none, 2, 5, buf, sizeof buf);
  ck_assert_str_eq (buf, "");
  const struct code_entry *e = codedb_find (codekey_basic (550));
  ck_assert_ptr_nonnull (e);
  ck_assert (search_entry_has (e, "mailbox"));
  ck_assert (search_entry_has (e, "550"));
  ck_assert (!search_entry_has (e, "zzzz"));
  char *words[] = { "mailbox", "zzzz" };
  ck_assert_int_eq (search_score (e, words, 2), -1);
  ck_assert_int_gt (search_score (e, words, 1), 0);
}
END_TEST

Suite *
search_suite (void)
{
  Suite *s = suite_create ("search");
  TCase *tc = tcase_create ("search");
  tcase_add_checked_fixture (tc, setup, NULL);
  tcase_add_test (tc, title_matches_first);
  tcase_add_test (tc, every_word_needed);
  tcase_add_test (tc, causes_by_name_and_text);
  suite_add_tcase (s, tc);
  return s;
}
