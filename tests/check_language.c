/* SPDX-License-Identifier: GPL-3.0-or-later */
/* check_language.c -- choosing the language from the environment.  */

#include <config.h>

#include <string.h>

#include "language.h"
#include "suites.h"

static const char *const *fake_env;

static const char *
fake_getenv (const char *name)
{
  for (const char *const *p = fake_env; *p; p += 2)
    if (strcmp (p[0], name) == 0)
      return p[1];
  return NULL;
}

static enum language
choose (const char *const *env)
{
  fake_env = env;
  return language_from_environment (fake_getenv);
}

START_TEST (names)
{
  ck_assert_int_eq (language_parse ("zh"), LANGUAGE_ZH);
  ck_assert_int_eq (language_parse ("zh_CN.UTF-8"), LANGUAGE_ZH);
  ck_assert_int_eq (language_parse ("zh_SG.GB2312"), LANGUAGE_ZH);
  ck_assert_int_eq (language_parse ("zh_TW.UTF-8"), -1);
  ck_assert_int_eq (language_parse ("zh_HK"), -1);
  ck_assert_int_eq (language_parse ("en"), LANGUAGE_EN);
  ck_assert_int_eq (language_parse ("en_GB.UTF-8"), LANGUAGE_EN);
  ck_assert_int_eq (language_parse ("C"), LANGUAGE_EN);
  ck_assert_int_eq (language_parse ("fr_FR"), -1);
  ck_assert_int_eq (language_parse ("zhx"), -1);
  ck_assert_int_eq (language_parse (""), -1);
}
END_TEST

START_TEST (gettext_order)
{
  const char *lang_only[] = { "LANG", "zh_CN.UTF-8", NULL };
  ck_assert_int_eq (choose (lang_only), LANGUAGE_ZH);
  const char *lc_all_wins[] = { "LANG", "zh_CN.UTF-8", "LC_ALL", "en_US.UTF-8", NULL };
  ck_assert_int_eq (choose (lc_all_wins), LANGUAGE_EN);
  const char *messages[] = { "LANG", "en_US.UTF-8", "LC_MESSAGES", "zh_SG.UTF-8", NULL };
  ck_assert_int_eq (choose (messages), LANGUAGE_ZH);
  const char *language_list[] = { "LANG", "en_US.UTF-8", "LANGUAGE", "fr:zh_CN:en", NULL };
  ck_assert_int_eq (choose (language_list), LANGUAGE_ZH);
  const char *c_ignores_language[] = { "LANG", "C", "LANGUAGE", "zh_CN", NULL };
  ck_assert_int_eq (choose (c_ignores_language), LANGUAGE_EN);
  const char *c_utf8[] = { "LANG", "C.UTF-8", "LANGUAGE", "zh_CN", NULL };
  ck_assert_int_eq (choose (c_utf8), LANGUAGE_ZH);
  const char *nothing[] = { NULL };
  ck_assert_int_eq (choose (nothing), LANGUAGE_EN);
  const char *traditional[] = { "LANG", "zh_TW.UTF-8", NULL };
  ck_assert_int_eq (choose (traditional), LANGUAGE_EN);
  const char *broken[] = { "LANG", "zh_CN.UTF-8", "LANGUAGE", "::::", NULL };
  ck_assert_int_eq (choose (broken), LANGUAGE_ZH);
  const char *empty_lc_all[] = { "LANG", "zh_CN.UTF-8", "LC_ALL", "", NULL };
  ck_assert_int_eq (choose (empty_lc_all), LANGUAGE_ZH);
}
END_TEST

Suite *
language_suite (void)
{
  Suite *s = suite_create ("language");
  TCase *tc = tcase_create ("choice");
  tcase_add_test (tc, names);
  tcase_add_test (tc, gettext_order);
  suite_add_tcase (s, tc);
  return s;
}
