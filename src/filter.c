/* SPDX-License-Identifier: GPL-3.0-or-later */
/* filter.c -- the filter language of the list command.  */

#include <config.h>

#include <string.h>

#include "filter.h"

/* Whether COMPONENT (a number, "x", "X" or "*") admits VALUE.  */
static bool
component_matches (const char *component, size_t len, int value)
{
  if (len == 0 || (len == 1 && (*component == 'x' || *component == 'X' || *component == '*')))
    return true;
  int n = 0;
  for (size_t i = 0; i < len; i++)
    {
      if (component[i] < '0' || component[i] > '9' || i >= 3)
        return false;
      n = n * 10 + component[i] - '0';
    }
  return n == value;
}

bool
filter_parse (const char *text, struct filter *f)
{
  *f = (struct filter) { FILTER_ALL, NULL, 0 };
  if (text == NULL || strcmp (text, "all") == 0)
    return true;
  if (strcmp (text, "basic") == 0)
    return f->kind = FILTER_BASIC, true;
  if (strcmp (text, "enhanced") == 0)
    return f->kind = FILTER_ENHANCED, true;
  size_t len = strlen (text);
  if (strchr (text, '.'))
    {
      f->kind = FILTER_ENHANCED;
      f->pattern = text;
      if (*text == '2' || *text == '4' || *text == '5')
        f->enhanced_class = *text - '0';
      else if (!(*text == 'x' || *text == 'X' || *text == '*'))
        return false;
      for (const char *p = text; *p; p++)
        if (!strchr ("0123456789xX*.", *p))
          return false;
      return text[1] == '.';
    }
  if (len < 1 || len > 3)
    return false;
  for (size_t i = 0; i < len; i++)
    if (!strchr ("0123456789xX*", text[i]))
      return false;
  f->kind = FILTER_BASIC;
  f->pattern = text;
  return true;
}

bool
filter_matches (const struct filter *f, const struct code_entry *e)
{
  bool enhanced = codekey_kind (e->key) == CODEKEY_ENHANCED;
  if ((f->kind == FILTER_BASIC && enhanced) || (f->kind == FILTER_ENHANCED && !enhanced))
    return false;
  if (f->pattern == NULL)
    return true;
  if (!enhanced)
    {
      for (size_t i = 0; f->pattern[i]; i++)
        if (!component_matches (&f->pattern[i], 1, e->code[i] - '0'))
          return false;
      return true;
    }
  int subject = codekey_subject (e->key);
  int detail = codekey_detail (e->key);
  if (f->enhanced_class && !(e->classes & (1u << f->enhanced_class)))
    return false;
  const char *p = strchr (f->pattern, '.') + 1;
  size_t len = strcspn (p, ".");
  if (!component_matches (p, len, subject))
    return false;
  if (p[len] == '\0')
    return true;
  p += len + 1;
  return component_matches (p, strlen (p), detail);
}
