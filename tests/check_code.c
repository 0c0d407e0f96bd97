/* SPDX-License-Identifier: GPL-3.0-or-later */
/* check_code.c -- parsing codes as people type them.  */

#include <config.h>

#include "code.h"
#include "suites.h"

static struct smtp_code
parse_ok (const char *text)
{
  struct smtp_code code;
  ck_assert_int_eq (code_parse (text, &code), CODE_OK);
  return code;
}

START_TEST (basic_code)
{
  struct smtp_code c = parse_ok ("251");
  ck_assert_int_eq (c.basic, 251);
  ck_assert_int_eq (c.enhanced_class, -1);
  ck_assert (code_has_basic (&c) && !code_has_enhanced (&c));
  /* The class: the basic code's when both are given, else the half that is.  */
  ck_assert_int_eq (code_class (&c), 2);
  ck_assert_int_eq (code_class (&(struct smtp_code) { .basic = 451, .enhanced_class = 5 }), 4);
  ck_assert_int_eq (code_class (&(struct smtp_code) { .enhanced_class = 5 }), 5);
  ck_assert_int_eq (code_class (&(struct smtp_code) { .enhanced_class = -1 }), -1);
}
END_TEST

START_TEST (enhanced_forms)
{
  struct smtp_code c = parse_ok ("5.1.1");
  ck_assert_int_eq (c.enhanced_class, 5);
  ck_assert_int_eq (c.subject, 1);
  ck_assert_int_eq (c.detail, 1);
  ck_assert_int_eq (c.basic, 0);
  ck_assert_int_eq (parse_ok ("X.7.26").enhanced_class, 0);
  ck_assert_int_eq (parse_ok ("x.7.26").detail, 26);
  ck_assert_int_eq (parse_ok ("4.7.999").detail, 999);
}
END_TEST

START_TEST (pairs)
{
  const char *forms[] = { "550 5.1.1", "550-5.1.1", " 550  5.1.1 ", "550\t5.1.1" };
  for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++)
    {
      struct smtp_code c = parse_ok (forms[i]);
      ck_assert_int_eq (c.basic, 550);
      ck_assert_int_eq (c.enhanced_class, 5);
      ck_assert_int_eq (c.subject, 1);
    }
}
END_TEST

START_TEST (halves_paired)
{
  struct smtp_code basic, enhanced, both, other;
  char shown[32];
  ck_assert_int_eq (code_parse ("550", &basic), CODE_OK);
  ck_assert_int_eq (code_parse ("5.1.1", &enhanced), CODE_OK);
  ck_assert_int_eq (code_parse ("451 4.7.1", &both), CODE_OK);
  ck_assert_int_eq (code_parse ("251", &other), CODE_OK);
  /* Only a basic code alone then an enhanced code alone.  */
  struct smtp_code c = enhanced;
  ck_assert (!code_pair (&c, &basic));
  c = basic;
  ck_assert (!code_pair (&c, &other));
  ck_assert (!code_pair (&c, &both));
  code_format (&c, shown, sizeof shown);
  ck_assert_str_eq (shown, "550");
  ck_assert (code_pair (&c, &enhanced));
  code_format (&c, shown, sizeof shown);
  ck_assert_str_eq (shown, "550 5.1.1");
  /* Once paired, a code takes no second enhanced code.  */
  ck_assert (!code_pair (&c, &enhanced));
}
END_TEST

/* Codes compare by their enhanced parts alone, or by both parts.  */
START_TEST (same_codes)
{
  struct smtp_code reply = { 550, 5, 7, 1 }, status = { 0, 5, 7, 1 };
  struct smtp_code other = { 550, 5, 7, 10 }, bare = { 550, -1, 0, 0 };
  struct smtp_code bare_421 = { 421, -1, 0, 0 };
  ck_assert (code_same_enhanced (&reply, &status));
  ck_assert (!code_same (&reply, &status));
  ck_assert (!code_same_enhanced (&reply, &other));
  ck_assert (!code_same_enhanced (&reply, &bare));
  ck_assert (code_same_enhanced (&bare, &bare_421));
  ck_assert (!code_same (&bare, &bare_421));
  ck_assert (code_same (&reply, &reply));
  ck_assert (code_same (&bare, &bare));
}
END_TEST

START_TEST (malformed)
{
  const char *bad[] = { "", "6000", "25", "5.1", "600", "3.1.1", "5.1.1000",
                        "5..1", "550 5.1", "550-", "5.1.1.1", "055", "-5" };
  struct smtp_code c;
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    ck_assert_msg (code_parse (bad[i], &c) == CODE_MALFORMED, "%s", bad[i]);
}
END_TEST

START_TEST (words)
{
  struct smtp_code c;
  ck_assert_int_eq (code_parse ("abc", &c), CODE_WORD);
  ck_assert_int_eq (code_parse ("relay", &c), CODE_WORD);
  ck_assert_int_eq (code_parse ("灰名单", &c), CODE_WORD);
  ck_assert_int_eq (code_parse ("ab1", &c), CODE_MALFORMED);
}
END_TEST

START_TEST (provider_tokens)
{
  const char *tokens[] = { "DT:SPM", "dt:spm", "TSS04", "S3150", "AS(7555)", "CS01",
                           "RESOLVER.ADR.RecipNotFound", "XX:ABC", " HL:IFC " };
  struct smtp_code c;
  for (size_t i = 0; i < sizeof tokens / sizeof tokens[0]; i++)
    {
      ck_assert_msg (code_parse (tokens[i], &c) == CODE_TOKEN, "%s", tokens[i]);
      ck_assert (!code_has_basic (&c) && !code_has_enhanced (&c));
    }
  const char *not_tokens[] = { "X.1.Z", "x.1", "ab1", "5.7.1a", "DT SPM", "DT:SPM!" };
  for (size_t i = 0; i < sizeof not_tokens / sizeof not_tokens[0]; i++)
    ck_assert_msg (code_parse (not_tokens[i], &c) != CODE_TOKEN, "%s", not_tokens[i]);
}
END_TEST

START_TEST (formatting)
{
  char buf[32];
  struct smtp_code c = parse_ok ("550-x.1.1");
  code_format (&c, buf, sizeof buf);
  ck_assert_str_eq (buf, "550 X.1.1");
  c = parse_ok ("4.7.1");
  code_format (&c, buf, sizeof buf);
  ck_assert_str_eq (buf, "4.7.1");
  ck_assert_int_eq (code_enhanced_key (&c), 1007001);
  /* Formatted by hand: each part as printf's %d writes it, and cut to
     the buffer as snprintf cuts.  */
  c = (struct smtp_code) { .basic = 554, .enhanced_class = 5, .subject = 710, .detail = 999 };
  code_format (&c, buf, sizeof buf);
  ck_assert_str_eq (buf, "554 5.710.999");
  code_format (&c, buf, 6);
  ck_assert_str_eq (buf, "554 5");
  code_format_basic (&c, buf, sizeof buf);
  ck_assert_str_eq (buf, "554");
  code_format_enhanced (&c, buf, 2);
  ck_assert_str_eq (buf, "5");
  c = (struct smtp_code) { .basic = 0, .enhanced_class = -1, .subject = 0, .detail = 10 };
  code_format (&c, buf, sizeof buf);
  ck_assert_str_eq (buf, "-1.0.10");
}
END_TEST

Suite *
code_suite (void)
{
  Suite *s = suite_create ("code");
  TCase *tc = tcase_create ("parse");
  tcase_add_test (tc, basic_code);
  tcase_add_test (tc, enhanced_forms);
  tcase_add_test (tc, pairs);
  tcase_add_test (tc, halves_paired);
  tcase_add_test (tc, same_codes);
  tcase_add_test (tc, malformed);
  tcase_add_test (tc, words);
  tcase_add_test (tc, provider_tokens);
  tcase_add_test (tc, formatting);
  suite_add_tcase (s, tc);
  return s;
}
