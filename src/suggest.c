/* SPDX-License-Identifier: GPL-3.0-or-later */
/* suggest.c -- the codes a mistyped code may have meant.  */

#include <config.h>

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "codedb.h"
#include "i18n.h"
#include "suggest.h"

/* Edit distance of two short strings, capped at 2 (all we need to know).  */
static int
distance (const char *a, const char *b)
{
  size_t la = strlen (a), lb = strlen (b);
  int row[32], prev[32];
  if (la > 30 || lb > 30)
    return 2;
  for (size_t j = 0; j <= lb; j++)
    prev[j] = (int) j;
  for (size_t i = 1; i <= la; i++)
    {
      row[0] = (int) i;
      for (size_t j = 1; j <= lb; j++)
        {
          int best = prev[j - 1] + (a[i - 1] != b[j - 1]);
          if (prev[j] + 1 < best)
            best = prev[j] + 1;
          if (row[j - 1] + 1 < best)
            best = row[j - 1] + 1;
          row[j] = best;
        }
      memcpy (prev, row, sizeof row);
    }
  return prev[lb] < 2 ? prev[lb] : 2;
}

/* Known codes TEXT may have meant, as "250, 251", into BUF: those one
   edit away, and for an incomplete enhanced code ("5.1") its details.  */
void
suggest_codes (const char *text, char *buf, size_t size)
{
  bool dotted = strchr (text, '.') != NULL;
  size_t len = strlen (text);
  unsigned found = 0;
  buf[0] = '\0';
  for (size_t i = 0; i < codedb_entry_count && found < 5; i++)
    {
      char candidate[16];
      snprintf (candidate, sizeof candidate, "%s", codedb_entries[i].code);
      if ((candidate[0] == 'X') != dotted)
        continue;
      if (dotted && strchr ("245xX", text[0]))
        candidate[0] = text[0];
      if (distance (text, candidate) == 1
          || (dotted && strncmp (candidate, text, len) == 0 && candidate[len] == '.'))
        {
          size_t used = strlen (buf);
          snprintf (buf + used, size - used, "%s%s", found ? _(", ") : "", candidate);
          found++;
        }
    }
}
