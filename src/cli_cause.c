/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli_cause.c -- the causes of data/causes.txt on the command line: the
   page of each cause named (smtpcode userunknown), the list of causes
   (smtpcode list causes), and the causes a search finds.  */

#include <config.h>

#include <string.h>

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
