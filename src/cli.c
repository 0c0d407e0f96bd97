/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli.c -- the commands of smtpcode: lookup, compare, list and search.  */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "code.h"
#include "codedb.h"
#include "compare.h"
#include "diag.h"
#include "i18n.h"
#include "json.h"
#include "out.h"
#include "render.h"
#include "text.h"
#include "xalloc.h"

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
static void
suggest (const char *text, char *buf, size_t size)
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

static void
report_bad_code (const char *text, enum code_parse_result why)
{
  char quoted[128], close[128];
  diag_quote (text, quoted, sizeof quoted);
  diag_error (_("%s is not an SMTP code."), quoted);
  if (why == CODE_WORD && strlen (text) < 64)
    diag_note (_("To find codes about it, try: %s search %s\n"), PACKAGE, quoted);
  else if (suggest (text, close, sizeof close), close[0])
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
  bool all_registered = compare_codes (codes, (size_t) n, options->json);
  free (codes);
  return all_registered ? EXIT_FOUND : EXIT_NOT_FOUND;
}

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

enum filter_kind { FILTER_ALL, FILTER_BASIC, FILTER_ENHANCED };

struct filter
{
  enum filter_kind kind;
  const char *pattern;          /* basic "5xx", "55", or enhanced "5.7.*" */
  int enhanced_class;           /* class a listed enhanced code is shown in */
};

static bool
parse_filter (const char *text, struct filter *f)
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

static bool
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
  if (!parse_filter (argc ? argv[0] : NULL, &filter))
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

static bool
entry_contains (const struct code_entry *e, const char *word)
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

int
cli_search (int argc, char **argv, const struct cli_options *options)
{
  if (argc == 0)
    {
      diag_error (_("search needs a word, as in: %s search relay"), PACKAGE);
      return EXIT_USAGE;
    }
  const struct code_entry **found = xcalloc (codedb_entry_count + 1, sizeof *found);
  size_t n = 0;
  for (size_t i = 0; i < codedb_entry_count; i++)
    {
      bool all = true;
      for (int w = 0; w < argc && all; w++)
        all = entry_contains (&codedb_entries[i], argv[w]);
      if (all)
        found[n++] = &codedb_entries[i];
    }
  if (options->json)
    json_list (found, n, 0);
  else
    for (size_t i = 0; i < n; i++)
      list_line (found[i], 0);
  if (n == 0 && !options->json)
    diag_error (_("no code mentions all of the words given"));
  free (found);
  return n ? EXIT_FOUND : EXIT_NOT_FOUND;
}
