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

bool
search_entry_has (const struct code_entry *e, const char *word)
{
  const char *fields[] = {
    e->code, codedb_text (e->title), codedb_text (e->description),
    codedb_text (e->when), codedb_text (e->fix), codedb_text (e->send),
    codedb_text (e->client), codedb_text (e->refs)
  };
  for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
    if (contains (fields[i], word) || (i > 0 && i < 7 && contains (_(fields[i]), word)))
      return true;
  return false;
}
