/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jsonreply.c -- the reply that a JSON record spreads over its fields
   (see jsonreply.h).  */

#include <config.h>

#include <string.h>
#include <strings.h>

#include "codedb.h"
#include "jsonreply.h"
#include "reply.h"
#include "scanchar.h"

/* The names of the field of an enhanced code; the last, Mailgun's
   "message", holds the server's words after it ("5.1.0 Invalid
   Sender").  */
static const char *const enhanced_names[] = { "enhanced_code", "enhanced-code", "enhancedCode",
                                              "enhanced", "message" };

/* Whether the quoted field name that ends at offset K of S (past its
   closing quote) is NAME, in any case.  */
static bool
name_is (const char *s, size_t k, const char *name)
{
  size_t len = strlen (name);
  return k >= len + 2 && s[k - 1] == '"' && s[k - len - 2] == '"'
    && strncasecmp (s + k - len - 1, name, len) == 0;
}

/* Where the name of the field whose value starts at offset P of S ends,
   before the ':' and the spaces around it; 0 when no ':' is there.  */
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

/* Where the value of the field NAME starts in S (N bytes), past the colon
   and spaces; N when there is none.  */
static size_t
field_value (const char *s, size_t n, const char *name)
{
  size_t len = strlen (name);
  for (size_t i = 0; i + len + 2 < n; i++)
    if (s[i] == '"' && name_is (s, i + len + 2, name))
      {
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

/* The number of up to three digits at offset I of S (N bytes), or -1.  */
static int
number_at (const char *s, size_t n, size_t i)
{
  int value = 0;
  size_t k = i;
  for (; k < n && k - i < 3 && is_digit (s[k]); k++)
    value = value * 10 + (s[k] - '0');
  return k == i || (k < n && is_digit (s[k])) ? -1 : value;
}

/* Reads into CODE the enhanced code that the object of "class",
   "subject" and "detail" at offset V of S (N bytes) gives.  */
static bool
enhanced_object (const char *s, size_t n, size_t v, struct smtp_code *code)
{
  size_t end = v;
  while (end < n && s[end] != '}')
    end++;
  int parts[3];
  static const char *const names[] = { "class", "subject", "detail" };
  for (size_t i = 0; i < 3; i++)
    {
      size_t at = field_value (s + v, end - v, names[i]) + v;
      if ((parts[i] = at < end ? number_at (s, n, at) : -1) < 0)
        return false;
    }
  *code = (struct smtp_code) { code->basic, parts[0], parts[1], parts[2] };
  return true;
}

int
jsonreply_basic (const char *s, size_t n, size_t p)
{
  /* Most codes have no ':' before them: that is tested first.  A string's
     digits count as the number ("basic": "450").  */
  size_t k = 0;
  if (p > 0 && (s[p - 1] == ':' || s[p - 1] == ' '))
    k = name_end (s, p);
  else if (p > 1 && s[p - 1] == '"' && p + 3 < n && s[p + 3] == '"')
    k = name_end (s, p - 1);
  if (k == 0 || s[k - 1] != '"' || !(name_is (s, k, "code") || name_is (s, k, "basic")))
    return 0;
  /* Codes SMTP does not define are HTTP's: "code": 404, "code": 429.  */
  struct smtp_code code = { .basic = number_at (s, n, p), .enhanced_class = -1 };
  return code.basic >= 200 && code.basic <= 599 && code.basic / 100 != 3
    && codedb_find (code_basic_key (&code)) ? code.basic : 0;
}

bool
jsonreply_enhanced_before (const char *s, size_t p)
{
  size_t k = p > 0 && s[p - 1] == '"' ? name_end (s, p - 1) : 0;
  for (size_t i = 0; k > 0 && i < sizeof enhanced_names / sizeof enhanced_names[0]; i++)
    if (name_is (s, k, enhanced_names[i]))
      return true;
  return false;
}

bool
jsonreply_find (const char *s, size_t n, int basic, struct smtp_code *code,
                size_t *enhanced_at)
{
  struct smtp_code found = { .basic = basic, .enhanced_class = -1 };
  for (size_t i = 0; i < sizeof enhanced_names / sizeof enhanced_names[0]; i++)
    {
      size_t v = field_value (s, n, enhanced_names[i]);
      if (v + 1 < n && s[v] == '"' && reply_enhanced (s + v + 1, n - v - 1, &found) > 0)
        *enhanced_at = v + 1;
      else if (!(v < n && s[v] == '{' && enhanced_object (s, n, v, &found)))
        continue;
      if (found.enhanced_class != basic / 100)
        return false;
      *code = found;
      return true;
    }
  return false;
}

size_t
jsonreply_words (const char *s, size_t n, size_t enhanced_at, size_t *len)
{
  size_t i = enhanced_at;
  while (i < n && (is_digit (s[i]) || s[i] == '.'))
    i++;
  size_t start = i;
  while (start < n && s[start] == ' ')
    start++;
  size_t end = start;
  while (end < n && s[end] != '"')
    end += s[end] == '\\' && end + 1 < n ? 2 : 1;
  *len = end < n && start > i ? end - start : 0;
  return start;
}
