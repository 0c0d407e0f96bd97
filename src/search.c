/* SPDX-License-Identifier: GPL-3.0-or-later */
/* search.c -- the codes whose text holds a word, for the search command.  */

#include <config.h>

#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "search.h"

/* Case-insensitive (ASCII) substring search.  */
static bool
contains (const char *haystack, const char *needle)
{
  size_t n = strlen (needle);
  for (; *haystack; haystack++)
    if (strncasecmp (haystack, needle, n) == 0)
      return true;
  return n == 0;
}

/* The fields a word is looked for in, title first.  */
enum { FIELD_TITLE = 1, FIELD_COUNT = 8 };

static int
fields_holding (const struct code_entry *e, const char *word, bool *in_title)
{
  const char *fields[FIELD_COUNT] = {
    e->code, codedb_text (e->title), codedb_text (e->description),
    codedb_text (e->when), codedb_text (e->fix), codedb_text (e->send),
    codedb_text (e->client), codedb_text (e->refs)
  };
  int count = 0;
  *in_title = false;
  for (int i = 0; i < FIELD_COUNT; i++)
    /* The texts, not the code or references, are translated.  */
    if (contains (fields[i], word)
        || (i > 0 && i < FIELD_COUNT - 1 && contains (_(fields[i]), word)))
      {
        count++;
        if (i == FIELD_TITLE)
          *in_title = true;
      }
  return count;
}

bool
search_entry_has (const struct code_entry *e, const char *word)
{
  bool in_title;
  return fields_holding (e, word, &in_title) > 0;
}

long
search_score (const struct code_entry *e, char *const *words, int n)
{
  long titles = 0, fields = 0;
  for (int w = 0; w < n; w++)
    {
      bool in_title;
      int count = fields_holding (e, words[w], &in_title);
      if (count == 0)
        return -1;
      titles += in_title;
      fields += count;
    }
  return titles * FIELD_COUNT * n + fields;
}
