/* SPDX-License-Identifier: GPL-3.0-or-later */
/* decide.c -- whether a number that the byte search found in free text
   is a quoted SMTP reply.  Log lines are full of numbers, and a wrong
   explanation is worse than none.  */

#include <config.h>

#include <string.h>

#include "bytesearch.h"
#include "decide.h"
#include "reply.h"
#include "scanchar.h"

/* A Python smtplib error: "(550, b'5.1.1 <a@b>: Recipient rejected')",
   the '(' at offset I.  */
static bool
try_tuple (const char *s, size_t n, size_t i, struct quoted_reply *r)
{
  struct smtp_code code, enhanced = { .enhanced_class = -1 };
  char sep, digits[4];
  size_t p = i + 1;
  /* parse_reply wants a space after the digits; here a comma follows.  */
  if (n - p < 7 || s[p + 3] != ',' || s[p + 4] != ' ')
    return false;
  memcpy (digits, s + p, 3);
  digits[3] = ' ';
  if (!reply_parse (digits, 4, false, &code, &sep))
    return false;
  p += 5;
  if (p < n && s[p] == 'b')
    p++;
  if (p >= n || (s[p] != '\'' && s[p] != '"'))
    return false;
  char quote = s[p++];
  size_t len = reply_enhanced (s + p, n - p, &enhanced);
  if (len)
    {
      code.enhanced_class = enhanced.enhanced_class;
      code.subject = enhanced.subject;
      code.detail = enhanced.detail;
      p += len;
    }
  *r = (struct quoted_reply) { code, p, quote };
  return true;
}

/* Characters that make a number part of an address, a path, a version
   or a time rather than a reply code.  */
static bool
joins_word (char c)
{
  switch (c)
    {
    case '.': case '_': case '/': case '-': case ':': case '+': case '#': case '@':
      return true;
    default:
      return false;
    }
}

/* Whether the marker M ends at offset K of S, in full after offset I
   and not at the end of a longer word.  */
static bool
marker_ends (const char *s, size_t i, size_t k, const char *m)
{
  size_t len = strlen (m);
  return k - i >= len && same_bytes (s + k - len, m, len, true)
    && (k == len || !is_alnum (s[k - len - 1]));
}

/* Whether a marker that starts at or after offset I introduces the code
   at P: "said:", "error:" or "<<< " then spaces, perhaps a quote;
   "returned " then a quote; or Exim's "SMTP error from remote mail
   server after RCPT TO:<a@b>: ", the colon right before the code.  */
static bool
introduced (const char *s, size_t i, size_t p)
{
  size_t k = p;
  if (k > i && (s[k - 1] == '\'' || s[k - 1] == '"'))
    {
      if (marker_ends (s, i, --k, "returned "))
        return true;
    }
  size_t before_spaces = k;
  while (k > i && is_space (s[k - 1]))
    k--;
  if (marker_ends (s, i, k, "said:") || marker_ends (s, i, k, "error:")
      || (k < before_spaces && marker_ends (s, i, k, "<<<")))
    return true;
  if (p - i < 2 || s[p - 2] != ':' || s[p - 1] != ' ')
    return false;
  for (size_t m = i; m < p - 2; m++)
    {
      m += find_ci (s + m, p - 2 - m, "SMTP error from remote");
      if (m < p - 2 && (m == 0 || !is_alnum (s[m - 1])))
        return true;
    }
  return false;
}
/* A reply when a marker introduces it, when it opens a Python tuple, or
   when an enhanced code of its class follows it and it is not inside a
   word, an address or a version.  */
bool
decide_reply (const char *s, size_t n, size_t from, size_t p, struct quoted_reply *r)
{
  struct smtp_code code;
  char sep, quote = p > 0 && (s[p - 1] == '\'' || s[p - 1] == '"') ? s[p - 1] : 0;
  size_t len = 0;
  if (p + 3 < n && s[p + 3] == ',')
    return p > from && s[p - 1] == '(' && try_tuple (s, n, p - 1, r);
  if (p == 0 || !(is_alnum (s[p - 1]) || joins_word (s[p - 1])))
    len = reply_parse (s + p, n - p, true, &code, &sep);
  if (len == 0 && introduced (s, from, p))
    len = reply_parse (s + p, n - p, false, &code, &sep);
  if (len == 0)
    return false;
  *r = (struct quoted_reply) { code, p + len, quote };
  return true;
}
