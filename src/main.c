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
                "  or:  %s search WORD...\n"
                "  or:  %s explain [OPTION]... [FILE]...\n"),
              PACKAGE, PACKAGE, PACKAGE, PACKAGE, PACKAGE);
  out_puts (_("Explain SMTP reply codes (251) and enhanced status codes (5.1.1): what\n"
              "they mean, when they occur and how to fix the problem behind them.\n\n"));
  out_puts (_("A CODE is a reply code (550), an enhanced status code (5.1.1, X.1.1),\n"
              "or both as servers send them (\"550 5.1.1\", 550-5.1.1, or 550 5.1.1 as\n"
              "two words), or a mail provider's own code or token (5.7.708, DT:SPM).\n\n"));
  out_puts (_("Commands:\n"
              "  CODE...            explain each code\n"
              "  compare CODE...    how the codes differ and when to use which\n"
              "  list [FILTER]      list codes: basic, enhanced, 2xx, 5, 55x, 5.7, x.7.*;\n"
              "                     vendors, or one provider's codes: microsoft, netease;\n"
              "                     causes, the causes of failed delivery\n"
              "  search WORD...     codes and causes whose text contains every word\n"
              "  explain [FILE]...  find the SMTP replies in bounces, logs or pasted\n"
              "                     text (standard input without FILE) and explain them,\n"
              "                     with the provider's own meaning when it is known;\n"
              "                     mail is read per message and failed recipient\n"
              "  CAUSE...           explain a cause of failed delivery: userunknown, ...\n\n"));
  out_puts (_("Options:\n"
              "  -b, --brief          only each code and its title\n"
              "      --json           print JSON (field names in English)\n"
              "      --color[=WHEN]   bold headings: auto (on a terminal), always, never\n"
              "  -e, --expression=TEXT\n"
              "                       explain: look for replies in TEXT\n"
              "      --full           explain: the whole page of each code\n"
              "      --summary        explain: count the replies by code, or the failed\n"
              "                       recipients of bounces by cause\n"
              "      --by=code|cause  explain --summary: how to group the counts\n"
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
  if (codedb_vendor_checked[0])
    out_printf (_("Provider codes: %zu entries from %zu providers, checked %s.\n"),
                codedb_vendor_entry_count, codedb_provider_count, codedb_vendor_checked);
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

/* What the command line asks for, before it is checked.  */
struct request
{
  struct cli_options options;
  const char *lang_arg, *color_arg, *by_arg;
  bool help, version, bad_option;
  int first_word;               /* index in argv of the first non-option */
};

static void
parse_options (int argc, char **argv, struct request *r)
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
    { "by", required_argument, NULL, 'y' },
    { "help", no_argument, NULL, 'h' },
    { "version", no_argument, NULL, 'V' },
    { NULL, 0, NULL, 0 }
  };
  int c;
  *r = (struct request) { .options = { .brief = false } };
  opterr = 0;
  while ((c = getopt_long (argc, argv, "bL:hVe:", long_options, NULL)) != -1)
    switch (c)
      {
      case 'b':
        r->options.brief = true;
        break;
      case 'j':
        r->options.json = true;
        break;
      case 'c':
        r->color_arg = optarg ? optarg : "always";
        break;
      case 'L':
        r->lang_arg = optarg;
        break;
      case 'e':
        r->options.expression = optarg;
        break;
      case 'f':
        r->options.full = true;
        break;
      case 's':
        r->options.summary = true;
        break;
      case 'y':
        r->by_arg = optarg;
        r->options.by = strcmp (optarg, "cause") == 0 ? BY_CAUSE : BY_CODE;
        break;
      case 'h':
        r->help = true;
        break;
      case 'V':
        r->version = true;
        break;
      default:
        r->bad_option = true;
        break;
      }
  r->first_word = optind;
}

/* TEXT quoted for a message, in a buffer that the next call reuses.  */
static const char *
quoted (const char *text)
{
  static char buf[128];
  diag_quote (text, buf, sizeof buf);
  return buf;
}

/* Sets up the language and the output as R asks.  Returns 0, or
   EXIT_USAGE after reporting a bad option or option argument.  */
static int
set_up (char **argv, const struct request *r)
{
  int lang = r->lang_arg ? language_parse (r->lang_arg) : (int) language_from_environment (env);
  /* A bad --lang is reported in the language of the environment.  */
  language_activate (lang < 0 ? language_from_environment (env) : (enum language) lang,
                     getenv ("SMTPCODE_LOCALEDIR") ? getenv ("SMTPCODE_LOCALEDIR") : LOCALEDIR);

  enum color_mode color = COLOR_AUTO;
  if (r->bad_option)
    {
      diag_error (optopt && optopt != '?' && strchr ("Ley", optopt)
                  ? _("option %s needs an argument") : _("unknown option %s"),
                  quoted (argv[r->first_word - 1]));
      try_help ();
      return EXIT_USAGE;
    }
  if (lang < 0)
    {
      diag_error (_("unknown language %s: use en or zh"), quoted (r->lang_arg));
      return EXIT_USAGE;
    }
  if (r->color_arg == NULL || strcmp (r->color_arg, "auto") == 0)
    color = COLOR_AUTO;
  else if (strcmp (r->color_arg, "always") == 0)
    color = COLOR_ALWAYS;
  else if (strcmp (r->color_arg, "never") == 0)
    color = COLOR_NEVER;
  else
    {
      diag_error (_("--color takes auto, always or never, not %s"), quoted (r->color_arg));
      return EXIT_USAGE;
    }
  if (r->by_arg && strcmp (r->by_arg, "code") != 0 && strcmp (r->by_arg, "cause") != 0)
    {
      diag_error (_("--by takes code or cause, not %s"), quoted (r->by_arg));
      return EXIT_USAGE;
    }
  render_setup (terminal_width (), use_bold (color) && !r->options.json);
  return 0;
}

/* The commands named by their first word; any other word is a code.  */
static const struct command
{
  const char *name;
  int (*run) (int argc, char **argv, const struct cli_options *options);
} commands[] = {
  { "compare", cli_compare },
  { "list", cli_list },
  { "explain", cli_explain },
  { "search", cli_search },
};

static int
run_command (int nwords, char **words, const struct cli_options *options)
{
  if (nwords == 0 && options->expression)
    return cli_explain (0, words, options);
  if (nwords == 0)
    {
      diag_error (_("no code given"));
      try_help ();
      return EXIT_USAGE;
    }
  for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
    if (strcmp (words[0], commands[i].name) == 0)
      return commands[i].run (nwords - 1, words + 1, options);
  return cli_lookup (nwords, words, options);
}

int
main (int argc, char **argv)
{
  struct request r;
  int status;

  parse_options (argc, argv, &r);
  if ((status = set_up (argv, &r)) != 0)
    return status;
  if (r.help)
    usage ();
  else if (r.version)
    version ();
  else
    status = run_command (argc - r.first_word, argv + r.first_word, &r.options);

  int error = out_flush ();
  if (error)
    {
      diag_error (_("write error: %s"), strerror (error));
      return EXIT_USAGE;
    }
  return status;
}
