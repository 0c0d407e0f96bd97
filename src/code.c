/* SPDX-License-Identifier: GPL-3.0-or-later */
/* code.c -- reading SMTP codes as people type them.  */

#include <config.h>

#include <stdio.h>
#include <string.h>

#include "code.h"
#include "codekey.h"

/* Reads 1 to MAX digits at *S into *N; false if there are none or more.  */
static bool
read_digits (const char **s, int max, int *n)
{
  const char *p = *s;
  int value = 0, count = 0;
  while (*p >= '0' && *p <= '9')
    {
      if (++count > max)
        return false;
      value = value * 10 + (*p++ - '0');
    }
  if (count == 0)
    return false;
  *s = p;
  *n = value;
  return true;
}

static bool
has_letters (const char *s)
{
  bool letter = false;
  for (; *s; s++)
    {
      unsigned char c = (unsigned char) *s;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80)
        letter = true;
      else if (c >= '0' && c <= '9')
        return false;
    }
  return letter;
}

/* Whether S is shaped like a provider's token: a letter first, then
   letters, digits and : ( ) _ . -, with punctuation or two digits that
   set it apart from a word; "X.1.Z" is a malformed code instead.  */
static bool
token_shaped (const char *s)
{
  unsigned digits = 0;
  bool punctuation = false;
  if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z'))
      || ((*s == 'X' || *s == 'x') && s[1] == '.'))
    return false;
  for (; *s; s++)
    if (*s >= '0' && *s <= '9')
      digits++;
    else if (strchr (":()_.-", *s))
      punctuation = true;
    else if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')))
      return false;
  return punctuation || digits >= 2;
}

static enum code_parse_result
not_a_code (const char *text)
{
  return token_shaped (text) ? CODE_TOKEN : has_letters (text) ? CODE_WORD : CODE_MALFORMED;
}

enum code_parse_result
code_parse_part (const char *text, struct smtp_code *code)
{
  const char *p = text;
  *code = (struct smtp_code) { .enhanced_class = -1 };

  if (p[0] >= '1' && p[0] <= '5' && p[1] >= '0' && p[1] <= '9'
      && p[2] >= '0' && p[2] <= '9' && p[3] == '\0')
    {
      code->basic = (p[0] - '0') * 100 + (p[1] - '0') * 10 + (p[2] - '0');
      return CODE_OK;
    }
  int cls;
  if (*p == 'X' || *p == 'x')
    cls = 0, p++;
  else if (*p == '2' || *p == '4' || *p == '5')
    cls = *p++ - '0';
  else
    return not_a_code (text);
  if (*p++ != '.' || !read_digits (&p, 3, &code->subject)
      || *p++ != '.' || !read_digits (&p, 3, &code->detail) || *p != '\0')
    return not_a_code (text);
  code->enhanced_class = cls;
  return CODE_OK;
}

enum code_parse_result
code_parse (const char *text, struct smtp_code *code)
{
  char buf[32];
  size_t len = strlen (text);

  while (len > 0 && (*text == ' ' || *text == '\t'))
    text++, len--;
  while (len > 0 && (text[len - 1] == ' ' || text[len - 1] == '\t'))
    len--;
  if (len == 0 || len >= sizeof buf)
    return len > 0 && has_letters (text) ? CODE_WORD : CODE_MALFORMED;
  memcpy (buf, text, len);
  buf[len] = '\0';

  /* "550 5.1.1" or "550-5.1.1": a basic code, one separator, an enhanced one.  */
  if (len > 4 && (buf[3] == ' ' || buf[3] == '-' || buf[3] == '\t'))
    {
      struct smtp_code basic, enhanced;
      const char *rest = buf + 4;
      while (*rest == ' ' || *rest == '\t')
        rest++;
      buf[3] = '\0';
      if (code_parse_part (buf, &basic) == CODE_OK && basic.basic
          && code_parse_part (rest, &enhanced) == CODE_OK
          && enhanced.enhanced_class >= 0)
        {
          *code = enhanced;
          code->basic = basic.basic;
          return CODE_OK;
        }
      buf[3] = text[3];
      return has_letters (buf) ? CODE_WORD : CODE_MALFORMED;
    }
  return code_parse_part (buf, code);
}

bool
code_has_basic (const struct smtp_code *code)
{
  return code->basic != 0;
}

bool
code_has_enhanced (const struct smtp_code *code)
{
  return code->enhanced_class >= 0;
}

int
code_class (const struct smtp_code *code)
{
  return code_has_basic (code) ? code->basic / 100 : code->enhanced_class;
}

bool
code_pair (struct smtp_code *code, const struct smtp_code *next)
{
  if (!code_has_basic (code) || code_has_enhanced (code)
      || code_has_basic (next) || !code_has_enhanced (next))
    return false;
  code->enhanced_class = next->enhanced_class;
  code->subject = next->subject;
  code->detail = next->detail;
  return true;
}

long
code_basic_key (const struct smtp_code *code)
{
  return codekey_basic (code->basic);
}

long
code_enhanced_key (const struct smtp_code *code)
{
  return codekey_enhanced (code->subject, code->detail);
}

/* Writes V in decimal at P; returns the end.  Formatting by hand: a
   mailbox's findings format thousands of codes, and snprintf costs
   about a thousand instructions for each.  */
static char *
put_number (char *p, int v)
{
  char digits[12];
  size_t k = 0;
  unsigned u = v < 0 ? 0u - (unsigned) v : (unsigned) v;
  if (v < 0)
    *p++ = '-';
  do
    digits[k++] = (char) ('0' + u % 10);
  while ((u /= 10) > 0);
  while (k > 0)
    *p++ = digits[--k];
  return p;
}

/* Copies the LEN bytes of S into BUF (SIZE bytes) as snprintf would.  */
static void
put_cut (char *buf, size_t size, const char *s, size_t len)
{
  if (size == 0)
    return;
  if (len >= size)
    len = size - 1;
  memcpy (buf, s, len);
  buf[len] = '\0';
}

/* The enhanced part of CODE at P; returns the end.  */
static char *
put_enhanced (char *p, const struct smtp_code *code)
{
  if (code->enhanced_class == 0)
    *p++ = 'X';
  else
    p = put_number (p, code->enhanced_class);
  *p++ = '.';
  p = put_number (p, code->subject);
  *p++ = '.';
  return put_number (p, code->detail);
}

void
code_format_basic (const struct smtp_code *code, char *buf, size_t size)
{
  char s[16];
  put_cut (buf, size, s, (size_t) (put_number (s, code->basic) - s));
}

void
code_format_enhanced (const struct smtp_code *code, char *buf, size_t size)
{
  char s[40];
  put_cut (buf, size, s, (size_t) (put_enhanced (s, code) - s));
}

void
code_format (const struct smtp_code *code, char *buf, size_t size)
{
  if (code_has_basic (code) && code_has_enhanced (code))
    {
      /* The enhanced part was cut to 15 bytes, as it always was.  */
      char s[64], *p = put_number (s, code->basic);
      *p++ = ' ';
      char *e = p;
      p = put_enhanced (p, code);
      if (p - e > 15)
        p = e + 15;
      put_cut (buf, size, s, (size_t) (p - s));
    }
  else if (code_has_basic (code))
    code_format_basic (code, buf, size);
  else
    code_format_enhanced (code, buf, size);
}
