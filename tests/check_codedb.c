/* SPDX-License-Identifier: GPL-3.0-or-later */
/* check_codedb.c -- the generated table: sorted, complete, consistent.  */

#include <config.h>

#include <string.h>

#include "codedb.h"
#include "suites.h"

START_TEST (sorted_and_unique)
{
  for (size_t i = 1; i < codedb_entry_count; i++)
    ck_assert_msg (codedb_entries[i - 1].key < codedb_entries[i].key, "%s before %s",
                   codedb_entries[i - 1].code, codedb_entries[i].code);
}
END_TEST

START_TEST (every_entry_found_by_its_code)
{
  for (size_t i = 0; i < codedb_entry_count; i++)
    ck_assert_ptr_eq (codedb_find_code (codedb_entries[i].code), &codedb_entries[i]);
  ck_assert_ptr_null (codedb_find_code ("299"));
  ck_assert_ptr_null (codedb_find_code ("X.9.9"));
}
END_TEST

/* Calls FN with each space-separated word of LIST.  */
static void
each_word (const char *list, void (*fn) (const char *word, const char *owner),
           const char *owner)
{
  char copy[1024];
  ck_assert_uint_lt (strlen (list), sizeof copy);
  strcpy (copy, list);
  for (char *w = strtok (copy, " "); w; w = strtok (NULL, " "))
    fn (w, owner);
}

static void
must_exist (const char *code, const char *owner)
{
  ck_assert_msg (codedb_find_code (code) != NULL, "%s names missing %s", owner, code);
}

/* A basic code, or a whole class of them ("5xx") as the registry gives
   for X.7.17 to X.7.19.  */
static void
must_be_basic (const char *code, const char *owner)
{
  long key = codekey_of_code (code);
  ck_assert_msg (codekey_kind (key) == CODEKEY_BASIC ? codedb_find (key) != NULL
                 : codekey_is_reply_class (key) && codedb_find_class (key) != NULL,
                 "%s names missing %s", owner, code);
}

START_TEST (related_codes_resolve)
{
  for (size_t i = 0; i < codedb_entry_count; i++)
    each_word (codedb_text (codedb_entries[i].related), must_exist,
               codedb_entries[i].code);
}
END_TEST

START_TEST (basic_codes_resolve)
{
  for (size_t i = 0; i < codedb_entry_count; i++)
    {
      const struct code_entry *e = &codedb_entries[i];
      if (codekey_kind (e->key) == CODEKEY_ENHANCED
          && strcmp (codedb_text (e->basic), "any") != 0
          && strcmp (codedb_text (e->basic), "none") != 0)
        each_word (codedb_text (e->basic), must_be_basic, e->code);
    }
}
END_TEST

/* "5xx" pairs X.7.17 with every 5xx code and with nothing else.  */
START_TEST (a_class_of_basic_codes_pairs)
{
  const struct code_entry *e = codedb_find_code ("X.7.17");
  ck_assert_ptr_nonnull (e);
  ck_assert (codedb_pairs (e, "550"));
  ck_assert (codedb_pairs (e, "554"));
  ck_assert (!codedb_pairs (e, "450"));
}
END_TEST

START_TEST (every_field_has_text)
{
  for (size_t i = 0; i < codedb_entry_count; i++)
    {
      const struct code_entry *e = &codedb_entries[i];
      const codedb_offset texts[] = { e->title, e->description, e->when, e->fix,
                                      e->send, e->client, e->refs };
      for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++)
        ck_assert_msg (codedb_text (texts[t])[0] != '\0', "%s has an empty field", e->code);
      ck_assert_uint_ne (e->stages, 0);
      ck_assert_uint_ne (e->actors, 0);
    }
}
END_TEST

START_TEST (class_knowledge_is_complete)
{
  const char *classes[] = { "1xx", "2xx", "3xx", "4xx", "5xx", "x0x", "x1x", "x2x",
                            "x3x", "x4x", "x5x", "2.X.X", "4.X.X", "5.X.X", "X.0.X",
                            "X.1.X", "X.2.X", "X.3.X", "X.4.X", "X.5.X", "X.6.X",
                            "X.7.X" };
  for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++)
    ck_assert_msg (codedb_find_class (codekey_of_code (classes[i])) != NULL, "%s",
                   classes[i]);
}
END_TEST

START_TEST (registry_is_complete)
{
  /* Highest detail of each subject in the IANA registry.  */
  const int last_detail[] = { 0, 10, 4, 6, 7, 6, 10, 30 };
  for (int subject = 0; subject < 8; subject++)
    for (int detail = 0; detail <= last_detail[subject]; detail++)
      ck_assert_msg (codedb_find (codekey_enhanced (subject, detail)) != NULL,
                     "X.%d.%d missing", subject, detail);
}
END_TEST

START_TEST (standard_basic_codes_present)
{
  const char *codes[] = { "211", "214", "220", "221", "235", "250", "251", "252", "253",
                          "334", "354", "421", "432", "450", "451", "452", "453", "454",
                          "455", "458", "459", "500", "501", "502", "503", "504", "521",
                          "530", "534", "535", "538", "550", "551", "552", "553", "554",
                          "555", "556" };
  for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++)
    must_exist (codes[i], "standard list");
}
END_TEST

static void
at_string_start (codedb_offset offset, const char *code)
{
  ck_assert_msg (offset == 0 || codedb_strings[offset - 1] == '\0',
                 "%s: offset %u inside a string", code, (unsigned) offset);
}

START_TEST (offsets_start_strings)
{
  for (size_t i = 0; i < codedb_entry_count; i++)
    {
      const struct code_entry *e = &codedb_entries[i];
      const codedb_offset all[] = { e->basic, e->refs, e->related, e->title,
                                    e->description, e->when, e->fix, e->send,
                                    e->client };
      for (size_t f = 0; f < sizeof all / sizeof all[0]; f++)
        at_string_start (all[f], e->code);
    }
  for (size_t i = 0; i < codedb_class_count; i++)
    {
      at_string_start (codedb_classes[i].title, codedb_classes[i].code);
      at_string_start (codedb_classes[i].description, codedb_classes[i].code);
    }
  ck_assert_str_eq (codedb_text (codedb_find_code ("250")->title),
                    "Requested mail action okay, completed");
  ck_assert_str_eq (codedb_text (codedb_find_code ("X.1.1")->basic), "451 550");
  ck_assert_str_eq (codedb_text (codedb_find_class (codekey_of_code ("X.7.X"))->title),
                    "Security or Policy Status");
}
END_TEST

START_TEST (causes_by_name_in_order)
{
  const struct cause_entry *c = codedb_find_cause ("userunknown");
  ck_assert_ptr_nonnull (c);
  ck_assert_int_eq (c->cause, CAUSE_USERUNKNOWN);
  ck_assert_ptr_eq (codedb_cause (CAUSE_USERUNKNOWN), c);
  ck_assert_str_eq (codedb_text (c->title), "The recipient address does not exist");
  ck_assert_int_eq (c->retry, RETRY_NO);
  ck_assert_uint_ne (c->actors & ACTOR_SENDER, 0);
  ck_assert_ptr_null (codedb_find_cause ("UserUnknown"));
  ck_assert_ptr_null (codedb_find_cause ("feedback"));
  ck_assert_ptr_null (codedb_cause (CAUSE_COUNT));
  ck_assert_uint_gt (codedb_cause_count, 1);
  for (size_t i = 0; i < codedb_cause_count; i++)
    {
      c = &codedb_causes[i];
      ck_assert_msg (i == 0 || codedb_causes[i - 1].cause < c->cause, "order");
      ck_assert_ptr_eq (codedb_find_cause (codedb_cause_name (c->cause)), c);
      ck_assert_msg (codedb_text (c->title)[0] && codedb_text (c->fix)[0], "texts");
      ck_assert_str_ne (codedb_retry_name (c->retry), "");
    }
  ck_assert_str_eq (codedb_retry_name (RETRY_LATER), "later");
}
END_TEST

/* Each cause's codes name existing codes whose default cause it is.  */
static void
is_default_of (const char *code, const char *cause)
{
  ck_assert_msg (codedb_find_code (code) != NULL, "%s: %s missing", cause, code);
  ck_assert_str_eq (codedb_cause_name (codedb_default_cause (codekey_of_code (code))),
                    cause);
}

START_TEST (cause_of_a_code)
{
  for (size_t i = 0; i < codedb_cause_count; i++)
    each_word (codedb_text (codedb_causes[i].codes), is_default_of,
               codedb_cause_name (codedb_causes[i].cause));
  for (size_t i = 1; i < codedb_cause_code_count; i++)
    ck_assert_int_lt (codedb_cause_codes[i - 1].key, codedb_cause_codes[i].key);
  ck_assert_int_eq (codedb_default_cause (codekey_of_code ("X.1.1")), CAUSE_USERUNKNOWN);
  ck_assert_int_eq (codedb_default_cause (codekey_of_code ("X.2.2")), CAUSE_MAILBOXFULL);
  ck_assert_int_eq (codedb_default_cause (codekey_basic (299)), -1);
  ck_assert_int_eq (codedb_default_cause (-1), -1);
}
END_TEST

START_TEST (cause_of_server_words)
{
  const char *bounce = "550 5.1.1 <bob@example.com>... User unknown";
  ck_assert_int_eq (codedb_cause_of_text (bounce, strlen (bounce)), CAUSE_USERUNKNOWN);
  /* Only the N bytes given are read.  */
  ck_assert_int_eq (codedb_cause_of_text (bounce, strlen (bounce) - 1), -1);
  const char *full = "452 4.2.2 MAILBOX FULL";
  ck_assert_int_eq (codedb_cause_of_text (full, strlen (full)), CAUSE_MAILBOXFULL);
  ck_assert_int_eq (codedb_cause_of_text ("", 0), -1);
  /* A phrase is found as its own cause's: a longer phrase containing a
     shorter one of another cause wins, and no two phrases are equal.  */
  for (size_t i = 0; i < codedb_cause_phrase_count; i++)
    {
      char upper[256];
      const char *p = codedb_text (codedb_cause_phrases[i].phrase);
      size_t n = strlen (p);
      ck_assert_uint_lt (n, sizeof upper);
      for (size_t k = 0; k <= n; k++)
        upper[k] = (char) (p[k] >= 'a' && p[k] <= 'z' ? p[k] - 'a' + 'A' : p[k]);
      ck_assert_int_eq (codedb_cause_of_text (upper, n), codedb_cause_phrases[i].cause);
    }
  /* The policy phrases form a table of their own, searched alike.  */
  ck_assert_uint_gt (codedb_cause_policy_phrase_count, 0);
  const char *late = "550 5.7.1 Message Content Rejected";
  ck_assert_int_eq (codedb_phrase_cause (codedb_cause_policy_phrases,
                                         codedb_cause_policy_phrase_count, late, strlen (late)),
                    CAUSE_SPAMDETECTED);
  ck_assert_int_eq (codedb_phrase_cause (codedb_cause_policy_phrases, 0, late, strlen (late)), -1);
}
END_TEST

START_TEST (vocabulary_names)
{
  ck_assert_str_eq (codedb_stage_name (STAGE_CONNECT), "CONNECT");
  ck_assert_str_eq (codedb_stage_name (STAGE_DSN), "DSN");
  ck_assert_str_eq (codedb_stage_name (STAGE_RCPT | STAGE_DATA), "");
  ck_assert_str_eq (codedb_stage_name (0), "");
  ck_assert_str_eq (codedb_actor_name (ACTOR_SENDER_ADMIN), "sender-admin");
  ck_assert_str_eq (codedb_actor_name (ACTOR_RECIPIENT), "recipient");
  ck_assert_str_eq (codedb_actor_name (1u << ACTOR_COUNT), "");
  ck_assert_str_eq (codedb_standing_name (STANDING_STANDARD), "standard");
  ck_assert_str_eq (codedb_standing_name (STANDING_NON_STANDARD), "non-standard");
  ck_assert_str_eq (codedb_standing_name (STANDING_COUNT), "");
  ck_assert_int_eq (CAUSE_COUNT, 32);
  ck_assert_str_eq (codedb_cause_name (CAUSE_USERUNKNOWN), "userunknown");
  ck_assert_str_eq (codedb_cause_name (CAUSE_UNDEFINED), "undefined");
  ck_assert_str_eq (codedb_cause_name (CAUSE_COUNT), "");
  ck_assert_int_eq (codedb_cause_by_name ("mailboxfull"), CAUSE_MAILBOXFULL);
  ck_assert_int_eq (codedb_cause_by_name ("MailboxFull"), -1);
  ck_assert_int_eq (codedb_cause_by_name ("feedback"), -1);
  ck_assert_int_eq (PROVIDER_COUNT, 27);
  ck_assert_str_eq (codedb_provider_name (PROVIDER_NETEASE), "netease");
  ck_assert_str_eq (codedb_provider_name (PROVIDER_COUNT), "");
  ck_assert_str_eq (codedb_provider_shown (PROVIDER_MAILRU), "Mail.ru");
  ck_assert_str_eq (codedb_provider_shown (PROVIDER_TENCENT), "Tencent (QQ Mail, Exmail)");
  ck_assert_int_eq (codedb_provider_by_name ("mailru"), PROVIDER_MAILRU);
  ck_assert_int_eq (codedb_provider_by_name ("cox"), PROVIDER_COX);
  ck_assert_int_eq (codedb_provider_by_name ("comcast"), PROVIDER_COMCAST);
  ck_assert_int_eq (codedb_provider_by_name ("orange"), PROVIDER_ORANGE);
  ck_assert_int_eq (codedb_provider_by_name ("spectrum"), PROVIDER_SPECTRUM);
  ck_assert_int_eq (codedb_provider_by_name ("gmx"), PROVIDER_GMX);
  ck_assert_int_eq (codedb_provider_by_name ("tonline"), PROVIDER_TONLINE);
  ck_assert_int_eq (codedb_provider_by_name ("godaddy"), PROVIDER_GODADDY);
  ck_assert_int_eq (codedb_provider_by_name ("ses"), PROVIDER_SES);
  ck_assert_int_eq (codedb_provider_by_name ("docomo"), PROVIDER_DOCOMO);
  ck_assert_int_eq (codedb_provider_by_name ("kddi"), PROVIDER_KDDI);
  ck_assert_int_eq (codedb_provider_by_name ("aliyundm"), PROVIDER_ALIYUNDM);
  ck_assert_int_eq (codedb_provider_by_name ("microsoft"), PROVIDER_MICROSOFT);
  ck_assert_int_eq (codedb_provider_by_name ("gmail"), -1);
}
END_TEST

START_TEST (key_helpers)
{
  long key = codekey_of_code ("X.7.26");
  ck_assert_int_eq (codekey_kind (key), CODEKEY_ENHANCED);
  ck_assert_int_eq (codekey_subject (key), 7);
  ck_assert_int_eq (codekey_detail (key), 26);
  ck_assert_int_eq (codekey_of_code ("550"), codekey_basic (550));
  ck_assert_int_eq (codekey_basic_code (codekey_basic (421)), 421);
  ck_assert_int_eq (codekey_first_digit (550), codekey_of_code ("5xx"));
  ck_assert_int_eq (codekey_second_digit (550), codekey_of_code ("x5x"));
  ck_assert_int_eq (codekey_enhanced_class (4), codekey_of_code ("4.X.X"));
  ck_assert_int_eq (codekey_subject_class (7), codekey_of_code ("X.7.X"));
  ck_assert_int_eq (codekey_subject_class (10), -1);
  ck_assert_int_eq (codekey_kind (codekey_first_digit (250)), CODEKEY_CLASS);
  ck_assert_ptr_null (codedb_find_class (codekey_subject_class (12)));
}
END_TEST

Suite *
codedb_suite (void)
{
  Suite *s = suite_create ("codedb");
  TCase *tc = tcase_create ("table");
  tcase_add_test (tc, sorted_and_unique);
  tcase_add_test (tc, every_entry_found_by_its_code);
  tcase_add_test (tc, related_codes_resolve);
  tcase_add_test (tc, basic_codes_resolve);
  tcase_add_test (tc, a_class_of_basic_codes_pairs);
  tcase_add_test (tc, every_field_has_text);
  tcase_add_test (tc, class_knowledge_is_complete);
  tcase_add_test (tc, registry_is_complete);
  tcase_add_test (tc, standard_basic_codes_present);
  tcase_add_test (tc, offsets_start_strings);
  tcase_add_test (tc, vocabulary_names);
  tcase_add_test (tc, causes_by_name_in_order);
  tcase_add_test (tc, cause_of_a_code);
  tcase_add_test (tc, cause_of_server_words);
  tcase_add_test (tc, key_helpers);
  suite_add_tcase (s, tc);
  return s;
}
