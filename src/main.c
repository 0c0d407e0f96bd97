/* SPDX-License-Identifier: GPL-3.0-or-later */
/* main.c -- smtpcode: explain SMTP reply codes and enhanced status codes.

   Parses the options, sets up language and terminal output, and hands the
   remaining words to a command of cli.c.  */

#include <config.h>

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cli.h"
#include "codedb.h"
#include "diag.h"
#include "i18n.h"
#include "language.h"
#include "out.h"
#include "render.h"

enum color_mode { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };

static void
usage (void)
{
  out_printf (_("Usage: %s [OPTION]... CODE...\n"
                "  or:  %s compare CODE CODE...\n"
                "  or:  %s list [FILTER]\n"
                "  or:  %s search WORD...\n"), PACKAGE, PACKAGE, PACKAGE, PACKAGE);
  out_puts (_("Explain SMTP reply codes (251) and enhanced status codes (5.1.1): what\n"
              "they mean, when they occur and how to fix the problem behind them.\n\n"));
  out_puts (_("A CODE is a reply code (550), an enhanced status code (5.1.1, X.1.1),\n"
              "or both as servers send them (\"550 5.1.1\", 550-5.1.1, or 550 5.1.1 as\n"
              "two words).\n\n"));
  out_puts (_("Commands:\n"
              "  CODE...            explain each code\n"
              "  compare CODE...    how the codes differ and when to use which\n"
              "  list [FILTER]      list codes: basic, enhanced, 2xx, 5, 55x, 5.7, x.7.*\n"
              "  search WORD...     codes whose text contains every word\n"
              "  explain [FILE]...  find the SMTP replies in bounces, logs or pasted\n"
              "                     text (standard input without FILE) and explain them\n\n"));
  out_puts (_("Options:\n"
              "  -b, --brief          one line per code\n"
              "      --json           print JSON (field names in English)\n"
              "      --color[=WHEN]   bold headings: auto (on a terminal), always, never\n"
              "  -e, --expression=TEXT\n"
              "                       explain: look for replies in TEXT\n"
              "      --full           explain: the whole page of each code\n"
              "      --summary        explain: count the replies by code\n"
              "  -L, --lang=LANG      print in LANG: en or zh (default: from the locale)\n"
              "  -h, --help           display this help and exit\n"
              "  -V, --version        output version information and exit\n\n"));
  out_puts (_("Exit status: 0 if every code was found, 1 if some code is not registered\n"
              "or nothing matched, 2 on a usage error or when output fails.\n\n"));
  out_puts (_("Environment: LANGUAGE, LC_ALL, LC_MESSAGES and LANG choose the language;\n"
              "COLUMNS the width; NO_COLOR turns bold off.\n"));
}

static void
version (void)
{
  out_printf ("%s %s\n", PACKAGE, VERSION);
  out_printf (_("Code data: %s.\n"), CODEDB_SNAPSHOT);
  out_puts ("Copyright (C) 2026 the smtpcode authors.\n");
  out_puts (_("License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\n"
              "This is free software: you are free to change and redistribute it.\n"
              "There is NO WARRANTY, to the extent permitted by law.\n"));
}

static void
try_help (void)
{
  diag_note (_("Try '%s --help' for more information.\n"), PACKAGE);
}

static size_t
terminal_width (void)
{
  const char *columns = getenv ("COLUMNS");
  if (columns && *columns)
    {
      char *end;
      errno = 0;
      unsigned long n = strtoul (columns, &end, 10);
      if (*end == '\0' && errno == 0 && n > 0 && columns[0] != '-')
        return n > 100000 ? 100000 : n;
    }
  struct winsize ws;
  if (ioctl (STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
    return ws.ws_col;
  return 80;
}

static bool
use_bold (enum color_mode mode)
{
  const char *no_color = getenv ("NO_COLOR");
  if (mode != COLOR_AUTO)
    return mode == COLOR_ALWAYS;
  if (no_color && *no_color)
    return false;
  return isatty (STDOUT_FILENO);
}

static const char *
env (const char *name)
{
  return getenv (name);
}

int
main (int argc, char **argv)
{
  static const struct option long_options[] = {
    { "brief", no_argument, NULL, 'b' },
    { "json", no_argument, NULL, 'j' },
    { "color", optional_argument, NULL, 'c' },
    { "colour", optional_argument, NULL, 'c' },
    { "lang", required_argument, NULL, 'L' },
    { "expression", required_argument, NULL, 'e' },
    { "full", no_argument, NULL, 'f' },
    { "summary", no_argument, NULL, 's' },
    { "help", no_argument, NULL, 'h' },
    { "version", no_argument, NULL, 'V' },
    { NULL, 0, NULL, 0 }
  };
  struct cli_options options = { .brief = false };
  enum color_mode color = COLOR_AUTO;
  const char *lang_arg = NULL, *color_arg = NULL;
  bool help = false, show_version = false, bad_option = false;
  int c;

  opterr = 0;
  while ((c = getopt_long (argc, argv, "bL:hVe:", long_options, NULL)) != -1)
    switch (c)
      {
      case 'b':
        options.brief = true;
        break;
      case 'j':
        options.json = true;
        break;
      case 'c':
        color_arg = optarg ? optarg : "always";
        break;
      case 'L':
        lang_arg = optarg;
        break;
      case 'e':
        options.expression = optarg;
        break;
      case 'f':
        options.full = true;
        break;
      case 's':
        options.summary = true;
        break;
      case 'h':
        help = true;
        break;
      case 'V':
        show_version = true;
        break;
      default:
        bad_option = true;
        break;
      }

  int lang = lang_arg ? language_parse (lang_arg) : (int) language_from_environment (env);
  /* A bad --lang is reported in the language of the environment.  */
  language_activate (lang < 0 ? language_from_environment (env) : (enum language) lang,
                     getenv ("SMTPCODE_LOCALEDIR") ? getenv ("SMTPCODE_LOCALEDIR") : LOCALEDIR);

  char quoted[128];
  if (bad_option)
    {
      diag_quote (argv[optind - 1], quoted, sizeof quoted);
      diag_error (optopt && optopt != '?' && strchr ("Le", optopt)
                 ? _("option %s needs an argument") : _("unknown option %s"), quoted);
      try_help ();
      return EXIT_USAGE;
    }
  if (lang < 0)
    {
      diag_quote (lang_arg, quoted, sizeof quoted);
      diag_error (_("unknown language %s: use en or zh"), quoted);
      return EXIT_USAGE;
    }
  if (color_arg)
    {
      if (strcmp (color_arg, "auto") == 0)
        color = COLOR_AUTO;
      else if (strcmp (color_arg, "always") == 0)
        color = COLOR_ALWAYS;
      else if (strcmp (color_arg, "never") == 0)
        color = COLOR_NEVER;
      else
        {
          diag_quote (color_arg, quoted, sizeof quoted);
          diag_error (_("--color takes auto, always or never, not %s"), quoted);
          return EXIT_USAGE;
        }
    }
  render_setup (terminal_width (), use_bold (color) && !options.json);

  int status;
  char **words = argv + optind;
  int nwords = argc - optind;
  if (help)
    usage (), status = EXIT_FOUND;
  else if (show_version)
    version (), status = EXIT_FOUND;
  else if (nwords == 0 && options.expression)
    status = cli_explain (0, words, &options);
  else if (nwords == 0)
    {
      diag_error (_("no code given"));
      try_help ();
      return EXIT_USAGE;
    }
  else if (strcmp (words[0], "compare") == 0)
    status = cli_compare (nwords - 1, words + 1, &options);
  else if (strcmp (words[0], "list") == 0)
    status = cli_list (nwords - 1, words + 1, &options);
  else if (strcmp (words[0], "explain") == 0)
    status = cli_explain (nwords - 1, words + 1, &options);
  else if (strcmp (words[0], "search") == 0)
    status = cli_search (nwords - 1, words + 1, &options);
  else
    status = cli_lookup (nwords, words, &options);

  int error = out_flush ();
  if (error)
    {
      diag_error (_("write error: %s"), strerror (error));
      return EXIT_USAGE;
    }
  return status;
}
