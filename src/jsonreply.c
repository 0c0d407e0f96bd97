/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jsonreply.c -- the reply that a JSON record spreads over its fields
   (see jsonreply.h).  */

#include <config.h>

#include <string.h>
#include <strings.h>

#include "codedb.h"
#include "jsonreply.h"
#include "scanchar.h"

/* Where the value of the field KEY (quoted, any case) starts in S (N
   bytes), past the colon and spaces; N when there is none.  */
static size_t
field_value (const char *s, size_t n, const char *key)
{
  size_t len = strlen (key);
  for (size_t i = 0; i + len + 2 < n; i++)
    {
      if (s[i] != '"' || strncasecmp (s + i + 1, key, len) != 0 || s[i + 1 + len] != '"')
        continue;
      size_t k = i + len + 2;
      while (k < n && is_space (s[k]))
        k++;
      if (k < n && s[k] == ':')
        {
          for (k++; k < n && is_space (s[k]);)
            k++;
          return k;
        }
    }
  return n;
}

/* The number that starts S + I (N bytes), 0 to 999, or -1.  */
static int
number_at (const char *s, size_t n, size_t i)
{
  int value = 0;
  size_t k = i;
  for (; k < n && k - i < 3 && is_digit (s[k]); k++)
    value = value * 10 + (s[k] - '0');
  return k == i || (k < n && is_digit (s[k])) ? -1 : value;
}

/* The enhanced code of S (N bytes) into CODE: "C.S.D" after one of the
   keys that name it, or an object of "class", "subject" and "detail".  */
static bool
enhanced_field (const char *s, size_t n, struct smtp_code *code, size_t *at)
{
  static const char *const keys[] = { "enhanced_code", "enhanced-code", "enhancedCode" };
  for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++)
    {
      size_t v = field_value (s, n, keys[k]);
      if (v == n)
        continue;
      if (s[v] == '"' && v + 6 <= n && is_digit (s[v + 1]) && s[v + 2] == '.')
        {
          size_t dot = v + 3;
          *at = v + 1;
          code->enhanced_class = s[v + 1] - '0';
          code->subject = number_at (s, n, dot);
          while (dot < n && is_digit (s[dot]))
            dot++;
          code->detail = dot < n && s[dot] == '.' ? number_at (s, n, dot + 1) : -1;
        }
      else if (s[v] == '{')
        {
          size_t end = v;
          while (end < n && s[end] != '}')
            end++;
          size_t c = field_value (s + v, end - v, "class") + v;
          size_t sub = field_value (s + v, end - v, "subject") + v;
          size_t d = field_value (s + v, end - v, "detail") + v;
          code->enhanced_class = c < end ? number_at (s, n, c) : -1;
          code->subject = sub < end ? number_at (s, n, sub) : -1;
          code->detail = d < end ? number_at (s, n, d) : -1;
        }
      else
        continue;
      return code->enhanced_class >= 2 && code->enhanced_class <= 5 && code->subject >= 0
        && code->detail >= 0;
    }
  return false;
}

/* Where the name of the field whose value starts at offset P of S ends
   (past its closing quote): before the ':' and the spaces around it; 0
   when no ':' is there.  */
static size_t
name_end (const char *s, size_t p)
{
  size_t k = p;
  while (k > 0 && is_space (s[k - 1]))
    k--;
  if (k == 0 || s[k - 1] != ':')
    return 0;
  for (k--; k > 0 && is_space (s[k - 1]);)
    k--;
  return k;
}

bool
jsonreply_key_before (const char *s, size_t p)
{
  size_t k = name_end (s, p);
  return k >= 6 && memcmp (s + k - 6, "\"code\"", 6) == 0;
}

int
jsonreply_basic (const char *s, size_t n, size_t p)
{
  /* Codes SMTP does not define are HTTP's: "code": 404, "code": 429.  */
  struct smtp_code code = { .basic = number_at (s, n, p), .enhanced_class = -1 };
  return code.basic >= 200 && code.basic <= 599 && code.basic / 100 != 3
    && codedb_find (code_basic_key (&code)) ? code.basic : 0;
}

bool
jsonreply_enhanced_before (const char *s, size_t p)
{
  static const char *const keys[] = { "\"enhanced_code\"", "\"enhanced-code\"",
    "\"enhancedCode\"" };
  size_t k = p > 0 && s[p - 1] == '"' ? name_end (s, p - 1) : 0;
  for (size_t i = 0; k > 0 && i < sizeof keys / sizeof keys[0]; i++)
    if (k >= strlen (keys[i]) && memcmp (s + k - strlen (keys[i]), keys[i], strlen (keys[i])) == 0)
      return true;
  return false;
}

bool
jsonreply_find (const char *s, size_t n, struct smtp_code *code, size_t at[2])
{
  size_t v = field_value (s, n, "code");
  int basic = v < n ? jsonreply_basic (s, n, v) : 0;
  if (basic == 0)
    return false;
  struct smtp_code found = { .basic = basic };
  if (!enhanced_field (s, n, &found, &at[1]) || found.enhanced_class != basic / 100)
    return false;
  *code = found;
  at[0] = v;
  return true;
}
