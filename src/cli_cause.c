/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli_cause.c -- the causes of data/causes.txt on the command line: the
   page of each cause named (smtpcode userunknown), the list of causes
   (smtpcode list causes), and the causes a search finds.  */

#include <config.h>

#include <string.h>
#include <strings.h>

#include "causepage.h"
#include "cli.h"
#include "codedb.h"
#include "i18n.h"
#include "json.h"
#include "out.h"

bool
cli_is_cause (const char *word)
{
  return codedb_find_cause (word) != NULL;
}

int
cli_cause (int argc, char **argv, const struct cli_options *options)
{
  for (int i = 0; i < argc; i++)
    {
      const struct cause_entry *entry = codedb_find_cause (argv[i]);
      if (options->json)
        json_cause (entry, i == 0, i == argc - 1);
      else if (options->brief)
        causepage_brief (entry);
      else
        {
          if (i > 0)
            out_putc ('\n');
          causepage_render (entry);
        }
    }
  return EXIT_FOUND;
}

int
cli_list_causes (const struct cli_options *options)
{
  if (options->json)
    out_putc ('[');
  for (size_t i = 0; i < codedb_cause_count; i++)
    if (options->json)
      json_cause_line (&codedb_causes[i], i == 0);
    else
      causepage_brief (&codedb_causes[i]);
  if (options->json)
    out_puts ("]\n");
  return codedb_cause_count ? EXIT_FOUND : EXIT_NOT_FOUND;
}

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
cli_cause_matches (const struct cause_entry *e, char *const *words, int n)
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
