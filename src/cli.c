/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli.c -- the commands of smtpcode: lookup, compare, list and search
   (the causes they cover are in cli_cause.c).

   Each reads its words (codes, a filter, search words), reports what is
   malformed, and has the work done and printed by the modules that own
   it: compare.c, filter.c, search.c, render.c, json.c.  */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "causepage.h"
#include "cli.h"
#include "code.h"
#include "codedb.h"
#include "compare.h"
#include "diag.h"
#include "filter.h"
#include "i18n.h"
#include "json.h"
#include "out.h"
#include "render.h"
#include "search.h"
#include "suggest.h"
#include "text.h"
#include "xalloc.h"

static void
report_bad_code (const char *text, enum code_parse_result why)
{
  char quoted[128], close[128];
  diag_quote (text, quoted, sizeof quoted);
  diag_error (_("%s is not an SMTP code."), quoted);
  if (why == CODE_WORD && strlen (text) < 64)
    diag_note (_("To find codes about it, try: %s search %s\n"), PACKAGE, quoted);
  else if (suggest_codes (text, close, sizeof close), close[0])
    diag_note (_("Did you mean %s?\n"), close);
  diag_note (_("A code looks like 251, 5.1.1, X.1.1, \"550 5.1.1\" or 550-5.1.1.\n"));
}

/* Reads the codes of ARGV; a basic code followed by an enhanced code in
   the next word makes one pair, as servers send them.  Returns the number
   read, or -1 after reporting every malformed word.  */
static int
parse_codes (int argc, char **argv, struct smtp_code *codes)
{
  int n = 0;
  bool bad = false, pairable = false;
  for (int i = 0; i < argc; i++)
    {
      struct smtp_code code;
      enum code_parse_result r = code_parse (argv[i], &code);
      if (r != CODE_OK)
        {
          report_bad_code (argv[i], r);
          bad = true;
          pairable = false;
          continue;
        }
      if (pairable && !code_has_basic (&code))
        {
          codes[n - 1].enhanced_class = code.enhanced_class;
          codes[n - 1].subject = code.subject;
          codes[n - 1].detail = code.detail;
          pairable = false;
          continue;
        }
      pairable = !code_has_enhanced (&code);
      codes[n++] = code;
    }
  return bad ? -1 : n;
}

static bool
registered (const struct smtp_code *code)
{
  return (!code_has_basic (code) || codedb_find (code_basic_key (code)))
    && (!code_has_enhanced (code) || codedb_find (code_enhanced_key (code)));
}

int
cli_lookup (int argc, char **argv, const struct cli_options *options)
{
  bool causes = argc > 0;
  for (int i = 0; i < argc; i++)
    causes &= cli_is_cause (argv[i]);
  if (causes)
    return cli_cause (argc, argv, options);
  struct smtp_code *codes = xcalloc ((size_t) argc + 1, sizeof *codes);
  int status = EXIT_FOUND;
  int n = parse_codes (argc, argv, codes);
  if (n < 0)
    {
      free (codes);
      return EXIT_USAGE;
    }
  for (int i = 0; i < n; i++)
    if (!registered (&codes[i]))
      status = EXIT_NOT_FOUND;
  if (options->json)
    json_lookup (codes, (size_t) n);
  else
    for (int i = 0; i < n; i++)
      {
        if (options->brief)
          render_brief (&codes[i]);
        else
          {
            if (i > 0)
              out_puts ("\n");
            render_lookup (&codes[i]);
          }
      }
  free (codes);
  return status;
}

int
cli_compare (int argc, char **argv, const struct cli_options *options)
{
  struct smtp_code *codes = xcalloc ((size_t) argc + 1, sizeof *codes);
  int n = parse_codes (argc, argv, codes);
  int parts = 0;
  for (int i = 0; i < n; i++)
    parts += code_has_basic (&codes[i]) + code_has_enhanced (&codes[i]);
  if (n >= 0 && parts < 2)
    {
      diag_error (_("compare needs at least two codes, as in: %s compare 214 251"), PACKAGE);
      n = -1;
    }
  if (n < 0)
    {
      free (codes);
      return EXIT_USAGE;
    }
  struct comparison comparison;
  compare_build (codes, (size_t) n, &comparison);
  free (codes);
  if (options->json)
    json_compare (&comparison);
  else
    compare_print (&comparison);
  bool all_registered = comparison.registered;
  compare_free (&comparison);
  return all_registered ? EXIT_FOUND : EXIT_NOT_FOUND;
}

static void
list_line (const struct code_entry *e, int cls)
{
  char shown[16];
  codedb_format (e, cls, shown, sizeof shown);
  out_printf ("%-8s", shown);
  text_wrap_from (_(codedb_text (e->title)), 8, 8, render_width ());
}

int
cli_list (int argc, char **argv, const struct cli_options *options)
{
  struct filter filter;
  if (argc > 1)
    {
      diag_error (_("list takes at most one filter"));
      return EXIT_USAGE;
    }
  if (argc == 1 && strcmp (argv[0], "causes") == 0)
    return cli_list_causes (options);
  if (!filter_parse (argc ? argv[0] : NULL, &filter))
    {
      char quoted[128];
      diag_quote (argv[0], quoted, sizeof quoted);
      diag_error (_("%s is not a filter."), quoted);
      diag_note (_("Filters: basic, enhanced, 2xx, 5, 55x, 5.7, x.7.*\n"));
      return EXIT_USAGE;
    }
  const struct code_entry **found = xcalloc (codedb_entry_count + 1, sizeof *found);
  size_t n = 0;
  for (size_t i = 0; i < codedb_entry_count; i++)
    if (filter_matches (&filter, &codedb_entries[i]))
      found[n++] = &codedb_entries[i];
  if (options->json)
    json_list (found, n, filter.enhanced_class);
  else
    for (size_t i = 0; i < n; i++)
      list_line (found[i], filter.enhanced_class);
  free (found);
  return n ? EXIT_FOUND : EXIT_NOT_FOUND;
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

int
cli_search (int argc, char **argv, const struct cli_options *options)
{
  if (argc == 0)
    {
      diag_error (_("search needs a word, as in: %s search relay"), PACKAGE);
      return EXIT_USAGE;
    }
  struct ranked *ranked = xcalloc (codedb_entry_count + 1, sizeof *ranked);
  const struct code_entry **found = xcalloc (codedb_entry_count + 1, sizeof *found);
  size_t n = 0;
  for (size_t i = 0; i < codedb_entry_count; i++)
    {
      long score = search_score (&codedb_entries[i], argv, argc);
      if (score >= 0)
        ranked[n].entry = &codedb_entries[i], ranked[n].score = score, ranked[n].order = n, n++;
    }
  qsort (ranked, n, sizeof *ranked, by_rank);
  for (size_t i = 0; i < n; i++)
    found[i] = ranked[i].entry;
  free (ranked);
  /* The causes whose texts hold the words come after the codes.  */
  const struct cause_entry **causes = xcalloc (codedb_cause_count + 1, sizeof *causes);
  size_t ncauses = 0;
  for (size_t i = 0; i < codedb_cause_count; i++)
    if (cli_cause_matches (&codedb_causes[i], argv, argc))
      causes[ncauses++] = &codedb_causes[i];
  if (options->json)
    json_search (found, n, causes, ncauses);
  else
    {
      for (size_t i = 0; i < n; i++)
        list_line (found[i], 0);
      for (size_t i = 0; i < ncauses; i++)
        causepage_brief (causes[i]);
    }
  free (causes);
  n += ncauses;
  if (n == 0 && !options->json)
    diag_error (_("no code mentions all of the words given"));
  free (found);
  return n ? EXIT_FOUND : EXIT_NOT_FOUND;
}
