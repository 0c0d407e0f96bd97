/* SPDX-License-Identifier: GPL-3.0-or-later */
/* check_utf16.c -- input in UTF-16 with a byte order mark arrives in
   UTF-8, whatever the pieces it is read in; other input arrives as it
   was.  */

#include <config.h>

#include <string.h>

#include "suites.h"
#include "utf16.h"

struct collected
{
  char buf[256];
  size_t len;
};

static void
collect (void *data, const char *s, size_t n)
{
  struct collected *c = data;
  ck_assert_uint_le (c->len + n, sizeof c->buf);
  memcpy (c->buf + c->len, s, n);
  c->len += n;
}

/* Reads the N bytes at IN in pieces of STEP bytes; returns the text,
   NUL-terminated, in C.  */
static const char *
read_in_steps (struct collected *c, const char *in, size_t n, size_t step)
{
  struct utf16_reader r;
  c->len = 0;
  utf16_start (&r, collect, c);
  for (size_t at = 0; at < n; at += step)
    utf16_feed (&r, in + at, n - at < step ? n - at : step);
  utf16_finish (&r);
  c->buf[c->len] = '\0';
  return c->buf;
}

/* "550 é€😀" after a byte order mark, in both byte orders.  */
static const char little[] = "\xFF\xFE" "5\0" "5\0" "0\0" " \0" "\xE9\0" "\xAC\x20"
  "\x3D\xD8\x00\xDE";
static const char big[] = "\xFE\xFF" "\0" "5" "\0" "5" "\0" "0" "\0" " " "\0\xE9" "\x20\xAC"
  "\xD8\x3D\xDE\x00";
static const char expected[] = "550 \xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80";

START_TEST (both_byte_orders_in_any_pieces)
{
  struct collected c;
  for (size_t step = 1; step <= sizeof little; step++)
    {
      ck_assert_str_eq (read_in_steps (&c, little, sizeof little - 1, step), expected);
      ck_assert_str_eq (read_in_steps (&c, big, sizeof big - 1, step), expected);
    }
}
END_TEST

START_TEST (other_input_untouched)
{
  struct collected c;
  ck_assert_str_eq (read_in_steps (&c, "550 5.1.1 x\n", 12, 1), "550 5.1.1 x\n");
  ck_assert_str_eq (read_in_steps (&c, "\xEF\xBB\xBF" "5", 4, 3), "\xEF\xBB\xBF" "5");
  ck_assert_str_eq (read_in_steps (&c, "\xFF", 1, 1), "\xFF");
  ck_assert_str_eq (read_in_steps (&c, "", 0, 1), "");
  ck_assert (!utf16_marked ("\xFF", 1));
  ck_assert (utf16_marked ("\xFE\xFF", 2));
}
END_TEST

/* A lone surrogate, either half, and a half code unit at the end each
   give U+FFFD; what follows is read on.  */
START_TEST (broken_units_replaced)
{
  struct collected c;
  const char lone_high[] = "\xFF\xFE" "\x3D\xD8" "A\0";
  ck_assert_str_eq (read_in_steps (&c, lone_high, sizeof lone_high - 1, 1), "\xEF\xBF\xBD" "A");
  const char lone_low[] = "\xFF\xFE" "\x00\xDE" "A\0";
  ck_assert_str_eq (read_in_steps (&c, lone_low, sizeof lone_low - 1, 2), "\xEF\xBF\xBD" "A");
  const char high_at_end[] = "\xFF\xFE" "A\0" "\x3D\xD8";
  ck_assert_str_eq (read_in_steps (&c, high_at_end, sizeof high_at_end - 1, 5), "A\xEF\xBF\xBD");
  const char odd_end[] = "\xFF\xFE" "A\0" "B";
  ck_assert_str_eq (read_in_steps (&c, odd_end, sizeof odd_end - 1, 3), "A\xEF\xBF\xBD");
}
END_TEST

Suite *
utf16_suite (void)
{
  Suite *s = suite_create ("utf16");
  TCase *tc = tcase_create ("reader");
  tcase_add_test (tc, both_byte_orders_in_any_pieces);
  tcase_add_test (tc, other_input_untouched);
  tcase_add_test (tc, broken_units_replaced);
  suite_add_tcase (s, tc);
  return s;
}
