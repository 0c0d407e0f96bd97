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
#include "vendor.h"
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

/* A word shaped like a provider's token that no provider has.  */
static void
report_unknown_token (const char *text)
{
  char quoted[128], close[256];
  diag_quote (text, quoted, sizeof quoted);
  diag_error (_("%s is not a known code."), quoted);
  vendor_suggest (text, close, sizeof close);
  if (close[0])
    diag_note (_("Did you mean %s?\n"), close);
  diag_note (_("Providers' codes: %s list vendors\n"), PACKAGE);
}

/* Reads the codes of ARGV; a basic code followed by an enhanced code in
   the next word makes one pair, as servers send them.  With TOKENS, a
   word shaped like a provider's token is kept there at its place (its
   code left empty); without, it is malformed.  Returns the number read,
   or -1 after reporting every malformed word.  */
static int
parse_codes (int argc, char **argv, struct smtp_code *codes, const char **tokens)
{
  int n = 0;
  bool bad = false, after_code = false;
  for (int i = 0; i < argc; i++)
    {
      struct smtp_code code;
      enum code_parse_result r = code_parse (argv[i], &code);
      if (r == CODE_TOKEN && tokens)
        {
          tokens[n] = argv[i];
          codes[n++] = code;
          after_code = false;
          continue;
        }
      if (r != CODE_OK)
        {
          report_bad_code (argv[i], r);
          bad = true;
          after_code = false;
          continue;
        }
      /* A code pairs only with the word right before it, once.  */
      if (after_code && code_pair (&codes[n - 1], &code))
        {
          after_code = false;
          continue;
        }
      after_code = true;
      codes[n++] = code;
    }
  return bad ? -1 : n;
}

/* Whether CODE is registered, or known from a provider.  */
static bool
registered (const struct smtp_code *code)
{
  const struct vendor_entry *vendor[VENDOR_MAX];
  return vendor_meaning (code, vendor) > 0
    || ((!code_has_basic (code) || codedb_find (code_basic_key (code)))
        && (!code_has_enhanced (code) || codedb_find (code_enhanced_key (code))));
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
  const char **tokens = xcalloc ((size_t) argc + 1, sizeof *tokens);
  int status = EXIT_FOUND;
  int n = parse_codes (argc, argv, codes, tokens);
  if (n < 0)
    {
      free (codes);
      free (tokens);
      return EXIT_USAGE;
    }
  bool printed = false;
  for (int i = 0; i < n; i++)
    {
      bool known = tokens[i] ? codedb_vendor_by_token (tokens[i], NULL, 0) > 0
        : registered (&codes[i]);
      if (!known)
        status = EXIT_NOT_FOUND;
      if (tokens[i] && !known)
        report_unknown_token (tokens[i]);
      else if (options->json)
        continue;
      else if (options->brief)
        render_brief (&codes[i], tokens[i], 0);
      else
        {
          if (printed)
            out_puts ("\n");
          if (tokens[i])
            render_token (tokens[i]);
          else
            render_lookup (&codes[i]);
          printed = true;
        }
    }
  if (options->json)
    json_lookup (codes, tokens, (size_t) n);
  free (codes);
  free (tokens);
  return status;
}

int
cli_compare (int argc, char **argv, const struct cli_options *options)
{
  struct smtp_code *codes = xcalloc ((size_t) argc + 1, sizeof *codes);
  int n = parse_codes (argc, argv, codes, NULL);
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

/* A provider's entry on one line: its key, its title, and with
   PROVIDER who it belongs to.  */
static void
vendor_line (const struct vendor_entry *e, bool provider)
{
  char title[512];
  const char *key = codedb_text (e->key);
  size_t width = strlen (key) < 12 ? 12 : strlen (key) + 2;
  if (provider)
    /* TRANSLATORS: a provider's title for a code, and the provider.  */
    snprintf (title, sizeof title, _("%s (%s)"), _(codedb_text (e->title)),
              vendor_provider (e));
  else
    snprintf (title, sizeof title, "%s", _(codedb_text (e->title)));
  out_printf ("%-*s", (int) width, key);
  text_wrap_from (title, width, 12, render_width ());
}

/* list vendors: each provider with data, its name and how many entries.  */
static int
list_vendors (const struct cli_options *options)
{
  if (options->json)
    json_providers ();
  for (size_t i = 0; i < codedb_provider_count && !options->json; i++)
    {
      const struct provider_entry *p = &codedb_providers[i];
      char line[512];
      /* TRANSLATORS: a provider's name, how many of its codes are known and
         the date they were checked.  */
      snprintf (line, sizeof line, _("%s: %zu codes, checked %s"),
                _(codedb_provider_shown (p->provider)), p->count, codedb_text (p->checked));
      out_printf ("%-12s", codedb_provider_name (p->provider));
      text_wrap_from (line, 12, 12, render_width ());
    }
  return codedb_provider_count ? EXIT_FOUND : EXIT_NOT_FOUND;
}

/* list PROVIDER: its codes and tokens, in the order of its data.  */
static int
list_provider (enum provider provider, const struct cli_options *options)
{
  const struct provider_entry *p = codedb_provider (provider);
  size_t n = p ? p->count : 0;
  const struct vendor_entry **found = xcalloc (n + 1, sizeof *found);
  for (size_t i = 0; i < n; i++)
    found[i] = &codedb_vendor_entries[p->first + i];
  if (options->json)
    json_vendor_list (found, n);
  for (size_t i = 0; i < n && !options->json; i++)
    vendor_line (found[i], false);
  if (n == 0)
    diag_error (_("no codes of %s are known"), _(codedb_provider_shown (provider)));
  free (found);
  return n ? EXIT_FOUND : EXIT_NOT_FOUND;
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
  if (argc && strcmp (argv[0], "vendors") == 0)
    return list_vendors (options);
  if (argc && codedb_provider_by_name (argv[0]) >= 0)
    return list_provider ((enum provider) codedb_provider_by_name (argv[0]), options);
  if (!filter_parse (argc ? argv[0] : NULL, &filter))
    {
      char quoted[128];
      diag_quote (argv[0], quoted, sizeof quoted);
      diag_error (_("%s is not a filter."), quoted);
      diag_note (_("Filters: basic, enhanced, 2xx, 5, 55x, 5.7, x.7.*, vendors, "
                   "or a provider: microsoft, netease ...\n"));
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

int
cli_search (int argc, char **argv, const struct cli_options *options)
{
  if (argc == 0)
    {
      diag_error (_("search needs a word, as in: %s search relay"), PACKAGE);
      return EXIT_USAGE;
    }
  const struct code_entry **found = xcalloc (codedb_entry_count + 1, sizeof *found);
  const struct vendor_entry **vendors = xcalloc (codedb_vendor_entry_count + 1,
                                                 sizeof *vendors);
  size_t n = search_codes (argv, argc, found);
  size_t nvendors = search_vendors (argv, argc, vendors);
  /* The causes whose texts hold the words come last.  */
  const struct cause_entry **causes = xcalloc (codedb_cause_count + 1, sizeof *causes);
  size_t ncauses = 0;
  for (size_t i = 0; i < codedb_cause_count; i++)
    if (search_cause (&codedb_causes[i], argv, argc))
      causes[ncauses++] = &codedb_causes[i];
  if (options->json)
    json_search (found, n, 0, vendors, nvendors, causes, ncauses);
  for (size_t i = 0; i < n && !options->json; i++)
    list_line (found[i], 0);
  for (size_t i = 0; i < nvendors && !options->json; i++)
    vendor_line (vendors[i], true);
  for (size_t i = 0; i < ncauses && !options->json; i++)
    causepage_brief (causes[i]);
  if (n + nvendors + ncauses == 0 && !options->json)
    diag_error (_("no code mentions all of the words given"));
  free (found);
  free (vendors);
  free (causes);
  return n + nvendors + ncauses ? EXIT_FOUND : EXIT_NOT_FOUND;
}
