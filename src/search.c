/* SPDX-License-Identifier: GPL-3.0-or-later */
/* search.c -- the codes whose text holds a word, for the search command.  */

#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "search.h"
#include "xalloc.h"

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
  /* Words in the title count first, then whether a standard defines the
     code (X.2.2 before the non-standard 522 for "mailbox full"), then how
     many fields hold the words, which adds at most FIELD_COUNT * n.  */
  long registered = e->standing != STANDING_NON_STANDARD;
  return (titles * 2 + registered) * (FIELD_COUNT * n + 1) + fields;
}

/* A search result: best first, then in code order.  */
struct ranked
{
  const struct code_entry *entry;
  long score;
  size_t order;
};

static int
by_rank (const void *a, const void *b)
{
  const struct ranked *x = a, *y = b;
  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

size_t
search_codes (char *const *words, int n, const struct code_entry **found)
{
  struct ranked *ranked = xcalloc (codedb_entry_count + 1, sizeof *ranked);
  size_t count = 0;
  for (size_t i = 0; i < codedb_entry_count; i++)
    {
      long score = search_score (&codedb_entries[i], words, n);
      if (score >= 0)
        ranked[count] = (struct ranked) { &codedb_entries[i], score, count }, count++;
    }
  qsort (ranked, count, sizeof *ranked, by_rank);
  for (size_t i = 0; i < count; i++)
    found[i] = ranked[i].entry;
  free (ranked);
  return count;
}

/* Whether provider entry E holds WORD: its key, its provider's id or
   name, its texts in English or the current language.  */
static bool
vendor_has (const struct vendor_entry *e, const char *word)
{
  const char *plain[] = { codedb_text (e->key), codedb_provider_name (e->provider),
                          codedb_provider_shown (e->provider) };
  const char *texts[] = { codedb_text (e->title), codedb_text (e->description),
                          codedb_text (e->when), codedb_text (e->fix),
                          codedb_provider_shown (e->provider) };
  for (size_t i = 0; i < sizeof plain / sizeof plain[0]; i++)
    if (contains (plain[i], word))
      return true;
  for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
    if (contains (texts[i], word) || contains (_(texts[i]), word))
      return true;
  return false;
}

size_t
search_vendors (char *const *words, int n, const struct vendor_entry **found)
{
  size_t count = 0;
  for (size_t i = 0; i < codedb_vendor_entry_count; i++)
    {
      int w = 0;
      while (w < n && vendor_has (&codedb_vendor_entries[i], words[w]))
        w++;
      if (w == n)
        found[count++] = &codedb_vendor_entries[i];
    }
  return count;
}

bool
search_cause (const struct cause_entry *e, char *const *words, int n)
{
  const char *fields[] = {
    codedb_cause_name (e->cause), codedb_text (e->title), codedb_text (e->description),
    codedb_text (e->when), codedb_text (e->fix),
  };
  for (int w = 0; w < n; w++)
    {
      bool found = false;
      for (size_t i = 0; i < sizeof fields / sizeof fields[0] && !found; i++)
        /* The texts, not the name, are translated.  */
        found = contains (fields[i], words[w]) || (i > 0 && contains (_(fields[i]), words[w]));
      if (!found)
        return false;
    }
  return true;
}
