/* SPDX-License-Identifier: GPL-3.0-or-later */
/* check_mime.c -- the decoders of mail: base64, quoted-printable,
   charsets and RFC 2047 encoded words.  */

#include <config.h>

#include <string.h>

#include "mime.h"
#include "suites.h"

/* Decodes IN in pieces of STEP bytes; returns the NUL-ended result.  */
static const char *
base64 (const char *in, size_t step)
{
  static char out[1024];
  struct mime_base64 state;
  size_t len = 0, n = strlen (in);
  mime_base64_start (&state);
  for (size_t i = 0; i < n; i += step)
    len += mime_base64_decode (&state, in + i, n - i < step ? n - i : step, out + len);
  out[len] = '\0';
  return out;
}

START_TEST (base64_decoded)
{
  /* "550 5.1.1 User unknown" in any cut of the input.  */
  const char *code = "NTUwIDUuMS4xIFVzZXIgdW5rbm93bg==";
  for (size_t step = 1; step <= strlen (code); step++)
    ck_assert_str_eq (base64 (code, step), "550 5.1.1 User unknown");
  /* Line ends and junk are skipped; what follows the padding is not read.  */
  ck_assert_str_eq (base64 ("NTUw\r\nIDUu*MS4x\n", 4), "550 5.1.1");
  ck_assert_str_eq (base64 ("NTU=NTUw", 8), "55");
  ck_assert_str_eq (base64 ("!!!!", 4), "");
  ck_assert_str_eq (base64 ("N", 1), "");
}
END_TEST

static const char *
qp (const char *in, bool *soft)
{
  static char out[256];
  out[mime_qp_decode (in, strlen (in), out, soft)] = '\0';
  return out;
}

START_TEST (quoted_printable_decoded)
{
  bool soft;
  ck_assert_str_eq (qp ("550 5.1.=31 caf=C3=A9", &soft), "550 5.1.1 caf\xc3\xa9");
  ck_assert (!soft);
  /* A soft line break: the code goes on in the next line.  */
  ck_assert_str_eq (qp ("said: 550 5.=", &soft), "said: 550 5.");
  ck_assert (soft);
  ck_assert_str_eq (qp ("trailing space   ", &soft), "trailing space");
  ck_assert (!soft);
  ck_assert_str_eq (qp ("soft after space =  ", &soft), "soft after space ");
  ck_assert (soft);
  /* Malformed escapes are kept as they are.  */
  ck_assert_str_eq (qp ("=ZZ =4 =", &soft), "=ZZ =4 ");
  ck_assert (soft);
  ck_assert_str_eq (qp ("=4", &soft), "=4");
  ck_assert_str_eq (qp ("", &soft), "");
  ck_assert (!soft);
}
END_TEST

static const char *
convert (const char *label, const char *in)
{
  static char out[MIME_CONVERT_SIZE (256)];
  struct mime_charset *c = mime_charset_open (label, strlen (label));
  size_t n = strlen (in);
  ck_assert_uint_le (n, 256);
  out[mime_charset_convert (c, in, n, out)] = '\0';
  mime_charset_close (c);
  return out;
}

START_TEST (charsets_converted)
{
  /* 邮箱已满 ("mailbox full") in each charset a Chinese or Japanese
     server writes.  */
  ck_assert_str_eq (convert ("GB2312", "\xd3\xca\xcf\xe4\xd2\xd1\xc2\xfa"), "邮箱已满");
  ck_assert_str_eq (convert ("gbk", "\xd3\xca\xcf\xe4\xd2\xd1\xc2\xfa"), "邮箱已满");
  ck_assert_str_eq (convert ("GB18030", "\xd3\xca\xcf\xe4\xd2\xd1\xc2\xfa"), "邮箱已满");
  ck_assert_str_eq (convert ("Big5", "\xb6\x6c\xbd\x63"), "郵箱");
  ck_assert_str_eq (convert ("ISO-2022-JP", "\x1b$B%a!<%k\x1b(B 550"), "メール 550");
  ck_assert_str_eq (convert ("Shift_JIS", "\x83\x81\x81\x5b\x83\x8b"), "メール");
  ck_assert_str_eq (convert ("iso-8859-1", "caf\xe9"), "caf\xc3\xa9");
  ck_assert_str_eq (convert ("UTF-8", "caf\xc3\xa9"), "caf\xc3\xa9");
  ck_assert_str_eq (convert ("us-ascii", "550 5.1.1"), "550 5.1.1");
  /* Unknown or absent labels pass the bytes on; a label that lies about
     UTF-8 text is not believed; invalid bytes become U+FFFD.  */
  ck_assert_str_eq (convert ("x-unknown-charset", "a\xffz"), "a\xffz");
  ck_assert_str_eq (convert ("", "550"), "550");
  ck_assert_str_eq (convert ("bad label\"", "550"), "550");
  ck_assert_str_eq (convert ("ISO-2022-JP", "caf\xc3\xa9"), "caf\xc3\xa9");
  ck_assert_str_eq (convert ("GB2312", "550 \xff!"), "550 \xef\xbf\xbd!");
}
END_TEST

/* Converts LINES (each one converted alone, as the reader does) with one
   conversion for LABEL; returns them joined by '|'.  */
static const char *
convert_lines (const char *label, const char *const *lines, size_t count)
{
  static char joined[MIME_CONVERT_SIZE (256) * 4];
  char out[MIME_CONVERT_SIZE (256)];
  size_t len = 0;
  struct mime_charset *c = mime_charset_open (label, strlen (label));
  for (size_t i = 0; i < count; i++)
    {
      size_t n = mime_charset_convert (c, lines[i], strlen (lines[i]), out);
      ck_assert_uint_lt (len + n + 1, sizeof joined);
      if (i > 0)
        joined[len++] = '|';
      memcpy (joined + len, out, n);
      len += n;
    }
  joined[len] = '\0';
  mime_charset_close (c);
  return joined;
}

START_TEST (ascii_lines_kept)
{
  /* An ASCII line is kept as it is in a charset that keeps ASCII, and
     the conversion still serves the lines that are not ASCII after it.  */
  const char *latin[] = { "550 5.1.1 unknown", "caf\xe9", "ok" };
  ck_assert_str_eq (convert_lines ("iso-8859-1", latin, 3), "550 5.1.1 unknown|caf\xc3\xa9|ok");
  /* A byte above 127, or a tab, far into a line: each is found.  */
  const char *far[] = { "550 5.1.1 user caf\xe9 unknown", "550 5.1.1 the\tuser caf\xe9" };
  ck_assert_str_eq (convert_lines ("iso-8859-1", far, 2),
                    "550 5.1.1 user caf\xc3\xa9 unknown|550 5.1.1 the\tuser caf\xc3\xa9");
  const char *gb[] = { "550 full", "\xd3\xca\xcf\xe4\xd2\xd1\xc2\xfa" };
  ck_assert_str_eq (convert_lines ("GB2312", gb, 2), "550 full|邮箱已满");
  /* Charsets in which ASCII bytes say something else: each ASCII line
     is converted all the same.  */
  const char *jis[] = { "550 ok", "\x1b$B%a!<%k\x1b(B 550" };
  ck_assert_str_eq (convert_lines ("ISO-2022-JP", jis, 2), "550 ok|メール 550");
  const char *utf7[] = { "+AGE-", "550" };
  ck_assert_str_eq (convert_lines ("UTF-7", utf7, 2), "a|550");
  const char *ebcdic[] = { "\xf5\xf5\xf0", "ab" };
  ck_assert_str_eq (convert_lines ("IBM037", ebcdic, 2), "550|/Â");
}
END_TEST

static const char *
words (const char *in)
{
  static char out[MIME_CONVERT_SIZE (256)];
  out[mime_decode_words (in, strlen (in), out)] = '\0';
  return out;
}

START_TEST (encoded_words_decoded)
{
  ck_assert_str_eq (words ("=?UTF-8?B?6YCA5L+h?="), "退信");
  ck_assert_str_eq (words ("=?utf-8?q?Mail_delivery=20failed?="), "Mail delivery failed");
  /* The space between two encoded words goes; others stay.  */
  ck_assert_str_eq (words ("=?UTF-8?B?6YCA?= =?UTF-8?B?5L+h?= x =?GB2312?B?08q8/g==?="),
                    "退信 x 邮件");
  ck_assert_str_eq (words ("=?UTF-8*en?Q?a?= b"), "a b");
  /* What is not an encoded word is kept.  */
  ck_assert_str_eq (words ("=?UTF-8?X?abc?="), "=?UTF-8?X?abc?=");
  ck_assert_str_eq (words ("=?UTF-8?B?abc"), "=?UTF-8?B?abc");
  ck_assert_str_eq (words ("=? a ?="), "=? a ?=");
  ck_assert_str_eq (words ("plain"), "plain");
}
END_TEST

Suite *
mime_suite (void)
{
  Suite *s = suite_create ("mime");
  TCase *tc = tcase_create ("decoders");
  tcase_add_test (tc, base64_decoded);
  tcase_add_test (tc, quoted_printable_decoded);
  tcase_add_test (tc, charsets_converted);
  tcase_add_test (tc, ascii_lines_kept);
  tcase_add_test (tc, encoded_words_decoded);
  suite_add_tcase (s, tc);
  return s;
}
