/* SPDX-License-Identifier: GPL-3.0-or-later */
/* check_text.c -- display width, wrapping and escaping.  */

#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "out.h"
#include "suites.h"
#include "text.h"

struct wrap_args
{
  const char *text;
  size_t indent, width;
};

static void
do_wrap (void *arg)
{
  struct wrap_args *a = arg;
  text_wrap (a->text, a->indent, a->width);
}

static char *
wrap (const char *text, size_t indent, size_t width)
{
  struct wrap_args a = { text, indent, width };
  return capture_output (do_wrap, &a);
}

START_TEST (widths)
{
  ck_assert_uint_eq (text_width ("abc", 3), 3);
  ck_assert_uint_eq (text_width ("邮箱", strlen ("邮箱")), 4);
  ck_assert_uint_eq (text_width ("，", strlen ("，")), 2);
  ck_assert_uint_eq (text_width ("e\xCC\x81", 3), 1);
  ck_assert_uint_eq (text_width ("\xFF", 1), 1);
}
END_TEST

START_TEST (decoding_rejects_bad_sequences)
{
  unsigned c;
  ck_assert_uint_eq (text_decode ("\xC0\xAF", 2, &c), 1);
  ck_assert_uint_eq (c, 0xFFFD);
  ck_assert_uint_eq (text_decode ("\xED\xA0\x80", 3, &c), 1);
  ck_assert_uint_eq (text_decode ("\xE9\x82", 2, &c), 1);
  ck_assert_uint_eq (text_decode ("\xE9\x82\xAE", 3, &c), 3);
  ck_assert_uint_eq (c, 0x90AE);
  ck_assert (text_valid_utf8 ("邮箱 ok", strlen ("邮箱 ok")));
  ck_assert (!text_valid_utf8 ("a\x80", 2));
}
END_TEST

START_TEST (english_wraps_at_spaces)
{
  char *s = wrap ("the quick brown fox jumps over the lazy dog", 2, 16);
  ck_assert_str_eq (s, "  the quick\n  brown fox\n  jumps over the\n  lazy dog\n");
  free (s);
}
END_TEST

START_TEST (chinese_wraps_between_characters)
{
  /* Width 12, indent 2: five Chinese characters per line, and the comma
     stays with the character before it.  */
  char *s = wrap ("收件人邮箱不存在，请检查地址。", 2, 12);
  ck_assert_str_eq (s, "  收件人邮箱\n  不存在，请\n  检查地址。\n");
  free (s);
  s = wrap ("一二三四，五", 0, 8);
  ck_assert_str_eq (s, "一二三\n四，五\n");
  free (s);
}
END_TEST

START_TEST (mixed_text_breaks_next_to_chinese)
{
  char *s = wrap ("请使用RFC 5321中的规则", 0, 10);
  ck_assert_str_eq (s, "请使用RFC\n5321中的规\n则\n");
  free (s);
}
END_TEST

START_TEST (narrow_width_never_splits_a_character)
{
  char *s = wrap ("邮箱ab", 2, 1);
  ck_assert_str_eq (s, "邮\n箱\nab\n");
  ck_assert (text_valid_utf8 (s, strlen (s)));
  free (s);
  s = wrap ("abcdefghij", 0, 4);
  ck_assert_str_eq (s, "abcd\nefgh\nij\n");
  free (s);
}
END_TEST

struct wrap_case
{
  const char *text;
  size_t indent, width;
  const char *want;
};

static void
expect_wraps (const struct wrap_case *cases, size_t n)
{
  for (size_t i = 0; i < n; i++)
    {
      char *s = wrap (cases[i].text, cases[i].indent, cases[i].width);
      ck_assert_str_eq (s, cases[i].want);
      free (s);
    }
}

/* 、 separates the items of a Chinese list: a line may break after it,
   so a list of codes breaks between codes, never inside one.  */
START_TEST (list_separator_is_a_break)
{
  static const struct wrap_case cases[] = {
    { "相关代码：450、551、X.7.25、X.7.27、X.7.28", 2, 24,
      "  相关代码：450、551、\n  X.7.25、X.7.27、X.7.28\n" },
    { "X.7.25、X.7.27、X.7.28", 0, 10, "X.7.25、\nX.7.27、\nX.7.28\n" },
    { "阶段：MAIL、RCPT、邮件数据结束后、ETRN", 0, 14,
      "阶段：MAIL、\nRCPT、邮件数据\n结束后、ETRN\n" },
    { "see RFC 5321、X.7.1", 0, 12, "see RFC\n5321、X.7.1\n" },
  };
  expect_wraps (cases, sizeof cases / sizeof cases[0]);
}
END_TEST

/* 、，。；：） go with the character before them: the line breaks one
   character earlier instead, even for two in a row or a bracketed code.
   Wider than a line, text is cut between characters, but closing
   punctuation hangs past the edge rather than start a line.  */
START_TEST (closing_punctuation_never_starts_a_line)
{
  static const struct wrap_case cases[] = {
    { "一二三四五、六", 0, 10, "一二三四\n五、六\n" },
    { "一二三四、、五", 0, 8, "一二三\n四、、五\n" },
    { "记录本身有误（5.7.24）。下一句", 0, 18, "记录本身有误\n（5.7.24）。下一句\n" },
    { "abcdefghij、k", 0, 10, "abcdefghij、\nk\n" },
  };
  expect_wraps (cases, sizeof cases / sizeof cases[0]);
}
END_TEST

static void
do_styled (void *arg)
{
  text_wrap_styled (arg, 7, 7, 30, "<", ">");
}

/* A title continues under its first character, each line in the style.  */
START_TEST (styled_lines_hang_under_the_first_character)
{
  char *s = capture_output (do_styled, "UTF-8 header message cannot be transferred");
  ck_assert_str_eq (s, "UTF-8 header message>\n       <cannot be transferred>\n");
  free (s);
  s = capture_output (do_styled, "邮件含有 UTF-8 头字段，某个收件人的系统无法接收");
  ck_assert_str_eq (s, "邮件含有 UTF-8 头字段，>\n       <某个收件人的系统无法接>\n"
                    "       <收>\n");
  free (s);
}
END_TEST

START_TEST (invalid_input_becomes_replacement)
{
  char *s = wrap ("a\xFF" "b", 0, 80);
  ck_assert_str_eq (s, "a\xEF\xBF\xBD" "b\n");
  free (s);
}
END_TEST

static void
do_escape (void *arg)
{
  const char *text = arg;
  text_write_escaped (text, strlen (text));
}

START_TEST (escaping_controls)
{
  char *s = capture_output (do_escape, "a\033[31m\\b\t\xFF" "邮");
  ck_assert_str_eq (s, "a\\x1B[31m\\\\b\\x09\xEF\xBF\xBD" "邮");
  free (s);
}
END_TEST

Suite *
text_suite (void)
{
  Suite *s = suite_create ("text");
  TCase *tc = tcase_create ("text");
  tcase_add_test (tc, widths);
  tcase_add_test (tc, decoding_rejects_bad_sequences);
  tcase_add_test (tc, english_wraps_at_spaces);
  tcase_add_test (tc, chinese_wraps_between_characters);
  tcase_add_test (tc, mixed_text_breaks_next_to_chinese);
  tcase_add_test (tc, narrow_width_never_splits_a_character);
  tcase_add_test (tc, list_separator_is_a_break);
  tcase_add_test (tc, closing_punctuation_never_starts_a_line);
  tcase_add_test (tc, styled_lines_hang_under_the_first_character);
  tcase_add_test (tc, invalid_input_becomes_replacement);
  tcase_add_test (tc, escaping_controls);
  suite_add_tcase (s, tc);
  return s;
}
