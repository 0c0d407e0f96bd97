/* SPDX-License-Identifier: GPL-3.0-or-later */
/* vendor.c -- what providers' own codes say about a query.  */

#include <config.h>

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "vendor.h"

size_t
vendor_meaning (const struct smtp_code *code, const struct vendor_entry **out)
{
  if (!code_has_enhanced (code) || codedb_find (code_enhanced_key (code)))
    return 0;
  size_t n = codedb_vendor_by_code (code->enhanced_class, code->subject, code->detail,
                                    out, VENDOR_MAX);
  return n < VENDOR_MAX ? n : VENDOR_MAX;
}

size_t
vendor_token (const char *token, const struct vendor_entry **out)
{
  size_t n = codedb_vendor_by_token (token, out, VENDOR_MAX);
  return n < VENDOR_MAX ? n : VENDOR_MAX;
}

size_t
vendor_uses (const struct smtp_code *code, const struct vendor_entry **out)
{
  const struct vendor_entry *all[VENDOR_MAX];
  size_t n = 0;
  bool basic_alone = code_has_basic (code) && !code_has_enhanced (code)
    && !codedb_find (code_basic_key (code));
  if (!basic_alone && (!code_has_enhanced (code) || !codedb_find (code_enhanced_key (code))))
    return 0;
  size_t found = codedb_vendor_uses (basic_alone ? code_basic_key (code) : code_enhanced_key (code),
                                     all, VENDOR_MAX);
  for (size_t i = 0; i < found && i < VENDOR_MAX; i++)
    if (basic_alone ? all[i]->kind == VENDOR_BASIC
        : all[i]->kind == VENDOR_CODE
          && (code->enhanced_class == 0 || all[i]->cls == code->enhanced_class))
      out[n++] = all[i];
  return n;
}

const char *
vendor_provider (const struct vendor_entry *e)
{
  return _(codedb_provider_shown (e->provider));
}

int
vendor_class_digit (const struct vendor_entry *e)
{
  if (e->kind == VENDOR_CODE || e->kind == VENDOR_RANGE)
    return e->cls;
  if (e->kind == VENDOR_BASIC)
    return e->cls / 100;
  const char *basic = codedb_text (e->basic);
  int digit = 0;
  for (const char *p = basic; *p; p++)
    if (p == basic || p[-1] == ' ')
      {
        if (*p < '2' || *p > '5' || (digit && *p - '0' != digit))
          return 0;
        digit = *p - '0';
      }
  return digit;
}

/* Whether A and B differ by at most one edit, any case.  */
static bool
one_edit (const char *a, const char *b)
{
  size_t la = strlen (a), lb = strlen (b);
  if (la > lb)
    {
      const char *t = a;
      a = b, b = t;
      size_t tl = la;
      la = lb, lb = tl;
    }
  if (lb - la > 1)
    return false;
  size_t i = 0;
  while (i < la && strncasecmp (a + i, b + i, 1) == 0)
    i++;
  /* The rest after one substitution (same length) or one insertion.  */
  return la == lb ? strcasecmp (a + i + (i < la), b + i + (i < lb)) == 0
    : strcasecmp (a + i, b + i + 1) == 0;
}

/* Whether A and B share what comes before their ':' or '(', any case.  */
static bool
same_prefix (const char *a, const char *b)
{
  size_t pa = strcspn (a, ":("), pb = strcspn (b, ":(");
  return a[pa] && b[pb] && pa == pb && strncasecmp (a, b, pa) == 0;
}

void
vendor_suggest (const char *text, char *buf, size_t size)
{
  size_t used = 0, found = 0;
  buf[0] = '\0';
  for (size_t i = 0; i < codedb_vendor_entry_count && found < 5; i++)
    {
      const struct vendor_entry *e = &codedb_vendor_entries[i];
      const char *key = codedb_text (e->key);
      if (e->kind != VENDOR_TOKEN || !(one_edit (text, key) || same_prefix (text, key)))
        continue;
      bool seen = false;
      for (size_t j = 0; j < i && !seen; j++)
        seen = codedb_vendor_entries[j].kind == VENDOR_TOKEN
          && strcasecmp (codedb_text (codedb_vendor_entries[j].key), key) == 0;
      if (seen)
        continue;
      /* TRANSLATORS: separates alternatives in a list, as in "a or b".  */
      int n = snprintf (buf + used, size - used, "%s%s", found ? _(" or ") : "", key);
      if (n < 0 || (size_t) n >= size - used)
        break;
      used += (size_t) n;
      found++;
    }
}
