/* SPDX-License-Identifier: GPL-3.0-or-later */
/* check_json.c -- the --json output of every command.  */

#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "codedb.h"
#include "compare.h"
#include "explain.h"
#include "json.h"
#include "language.h"
#include "suites.h"
#include "tally.h"

static void
setup (void)
{
  language_activate (LANGUAGE_EN, "/nonexistent");
}

struct bytes
{
  const char *s;
  size_t n;
};

static void
do_string (void *arg)
{
  const struct bytes *b = arg;
  json_string (b->s, b->n);
}

static void
expect_string (const char *s, size_t n, const char *json)
{
  struct bytes b = { s, n };
  char *got = capture_output (do_string, &b);
  ck_assert_str_eq (got, json);
  free (got);
}

START_TEST (strings_escaped)
{
  expect_string ("plain", 5, "\"plain\"");
  expect_string ("", 0, "\"\"");
  expect_string ("a\"b\\c", 5, "\"a\\\"b\\\\c\"");
  expect_string ("line\nnext", 9, "\"line\\nnext\"");
  expect_string ("\001\t\037\177", 4, "\"\\u0001\\u0009\\u001F\\u007F\"");
  /* NUL bytes are text like any other.  */
  expect_string ("a\0b", 3, "\"a\\u0000b\"");
  /* Invalid UTF-8 becomes U+FFFD, byte by byte; valid UTF-8 stays.  */
  expect_string ("\xff\xc3(", 3, "\"\\uFFFD\\uFFFD(\"");
  expect_string ("中文 ok", 9, "\"中文 ok\"");
}
END_TEST


static void
do_list (void *arg)
{
  (void) arg;
  const struct code_entry *entries[] = { entry ("X.7.1"), entry ("251") };
  json_list (entries, 2, 5);
}

START_TEST (list)
{
  char *s = capture_output (do_list, NULL);
  ck_assert_str_eq (s, "[{\"code\":\"5.7.1\",\"title\":\"Delivery not authorized, message refused\"},\n"
                    "{\"code\":\"251\",\"title\":\"User not local; will forward\"}]\n");
  free (s);
}
END_TEST

static void
do_lookup (void *arg)
{
  struct smtp_code code;
  ck_assert_int_eq (code_parse (arg, &code), CODE_OK);
  json_lookup (&code, NULL, 1);
}

static bool
starts_with (const char *s, const char *start)
{
  return strncmp (s, start, strlen (start)) == 0;
}

static bool
ends_with (const char *s, const char *end)
{
  size_t n = strlen (s), m = strlen (end);
  return n >= m && strcmp (s + n - m, end) == 0;
}

START_TEST (lookup)
{
  char *s = capture_output (do_lookup, "251");
  ck_assert_msg (starts_with (s, "[{\"query\":\"251\",\"codes\":[{\"code\":\"251\",\"registered\":true,"
                              "\"title\":\"User not local; will forward\",\"gist\":\"The recipient is not "
                              "local, and the server takes the message anyway to forward it to "
                              "the right place.\",\"class\":\"2xx Positive "
                              "Completion\",\"about\":\"x5x Mail system\",\"retry\":\"no need: the "
                              "request succeeded\",\"stages\":[\"RCPT\",\"ETRN\"],\"actors\":[\"none\"],"
                              "\"standing\":\"standard\",\"description\":\""), "%s", s);
  ck_assert_msg (ends_with (s, "}],\"registered\":true,\"warning\":null,\"note\":null}]\n"), "%s", s);
  free (s);
}
END_TEST

START_TEST (lookup_unregistered_and_disagreeing)
{
  char *s = capture_output (do_lookup, "299 5.9.9");
  ck_assert_msg (starts_with (s, "[{\"query\":\"299 5.9.9\",\"codes\":[{\"code\":\"299\","
                              "\"registered\":false,\"class\":{\"code\":\"2xx\",\"title\":"
                              "\"Positive Completion\",\"description\":\""), "%s", s);
  ck_assert_ptr_nonnull (strstr (s, "\"about\":null},{\"code\":\"5.9.9\",\"registered\":false,"
                                 "\"class\":{\"code\":\"5.X.X\",\"title\":\"Permanent Failure\""));
  ck_assert_msg (ends_with (s, "\"about\":null}],\"registered\":false,\"warning\":\"Warning: 299 is "
                            "a 2xx reply but 5.9.9 is of class 5.X.X, so the two disagree. RFC "
                            "3463 requires the same class; the server is misconfigured. Clients "
                            "act on the basic code, 299.\",\"note\":null}]\n"), "%s", s);
  free (s);
  s = capture_output (do_lookup, "553 5.1.1");
  /* Providers' own uses of 5.1.1 follow, under "vendor".  */
  ck_assert_ptr_nonnull (strstr (s, "\"registered\":true,\"warning\":null,\"note\":\"Note: the "
                                 "registry does not pair X.1.1 with 553 (it names 451 550). The "
                                 "pair is allowed but unusual; read both explanations.\","
                                 "\"vendor\":[{\"provider\":"));
  free (s);
}
END_TEST

static void
do_finding (void *arg)
{
  struct explain_finding f = { .text = "no such \"user\"", .text_len = 14, .line = 7 };
  ck_assert_int_eq (code_parse ("550 5.1.1", &f.code), CODE_OK);
  strcpy (f.command, "RCPT TO");
  json_finding (arg, &f, NULL, CAUSE_USERUNKNOWN);
  f.command[0] = '\0';
  ck_assert_int_eq (code_parse ("4.7.1", &f.code), CODE_OK);
  json_finding (NULL, &f, NULL, CAUSE_UNDEFINED);
}

START_TEST (findings)
{
  char *s = capture_output (do_finding, "mail.log");
  ck_assert_str_eq (s, "{\"file\":\"mail.log\",\"line\":7,\"code\":\"550 5.1.1\",\"basic\":\"550\","
                    "\"enhanced\":\"5.1.1\",\"command\":\"RCPT TO\",\"text\":\"no such \\\"user\\\"\","
                    "\"title\":\"Requested action not taken: mailbox unavailable / Bad destination "
                    "mailbox address\",\"warning\":null,\"cause\":\"userunknown\"}\n"
                    "{\"line\":7,\"code\":\"4.7.1\",\"basic\":null,\"enhanced\":\"4.7.1\","
                    "\"command\":null,\"text\":\"no such \\\"user\\\"\",\"title\":\"Delivery not "
                    "authorized, message refused\",\"warning\":null,\"cause\":\"undefined\"}\n");
  free (s);
}
END_TEST

static void
do_tally (void *arg)
{
  (void) arg;
  struct tally t = { .code = "451 4.7.1", .count = 12 };
  json_tally (&t, "Local error / Not authorized");
}

START_TEST (summary_line)
{
  char *s = capture_output (do_tally, NULL);
  ck_assert_str_eq (s, "{\"code\":\"451 4.7.1\",\"count\":12,\"title\":\"Local error / Not "
                    "authorized\"}\n");
  free (s);
}
END_TEST

static void
do_compare (void *arg)
{
  (void) arg;
  struct smtp_code codes[2];
  struct comparison c;
  ck_assert_int_eq (code_parse ("214", &codes[0]), CODE_OK);
  ck_assert_int_eq (code_parse ("251", &codes[1]), CODE_OK);
  compare_build (codes, 2, &c);
  json_compare (&c);
  compare_free (&c);
}

START_TEST (comparison)
{
  char *s = capture_output (do_compare, NULL);
  ck_assert_msg (starts_with (s, "{\"summary\":\"Both 214 and 251 belong to the 2xx Positive "
                              "Completion class.\",\"codes\":[{\"code\":\"214\",\"registered\":true,"
                              "\"title\":\"Help message\",\"gist\":\"The server answers HELP with help "
                              "text meant for a person to read.\","), "%s", s);
  ck_assert_ptr_nonnull (strstr (s, "},{\"code\":\"251\",\"registered\":true,"));
  ck_assert_ptr_nonnull (strstr (s, "}],\"differences\":[\"1. What 214 means: The server answers HELP"));
  ck_assert_ptr_nonnull (strstr (s, "\"],\"when_to_use\":[{\"code\":\"214\",\"text\":\"214: "));
  ck_assert_ptr_nonnull (strstr (s, "\"},{\"code\":\"251\",\"text\":\"251: "));
  ck_assert_msg (ends_with (s, "\"}]}\n"), "%s", s);
  /* One line: the newline ends the object.  */
  ck_assert_ptr_eq (strchr (s, '\n'), s + strlen (s) - 1);
  free (s);
}
END_TEST

Suite *
json_suite (void)
{
  Suite *s = suite_create ("json");
  TCase *tc = tcase_create ("json");
  tcase_add_checked_fixture (tc, setup, NULL);
  tcase_add_test (tc, strings_escaped);
  tcase_add_test (tc, list);
  tcase_add_test (tc, lookup);
  tcase_add_test (tc, lookup_unregistered_and_disagreeing);
  tcase_add_test (tc, findings);
  tcase_add_test (tc, summary_line);
  tcase_add_test (tc, comparison);
  suite_add_tcase (s, tc);
  return s;
}
