/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cli.h -- the commands of smtpcode: lookup, compare, list, search
   and explain.

   Each takes the words after the command and returns the exit status:
   0 all found, 1 some code not registered or nothing matched, 2 usage
   error.  main.c parses the options and picks the command.  */

#ifndef SMTPCODE_CLI_H
#define SMTPCODE_CLI_H

#include <stdbool.h>
#include <stddef.h>

enum exit_status { EXIT_FOUND = 0, EXIT_NOT_FOUND = 1, EXIT_USAGE = 2 };

struct cli_options
{
  bool brief;
  bool json;
  bool full;                    /* explain: whole pages, not one line */
  bool summary;                 /* explain: counts by code */
  const char *expression;       /* explain: -e TEXT, or NULL */
};

int cli_lookup (int argc, char **argv, const struct cli_options *options);
int cli_compare (int argc, char **argv, const struct cli_options *options);
int cli_list (int argc, char **argv, const struct cli_options *options);
int cli_search (int argc, char **argv, const struct cli_options *options);
/* In cli_explain.c: the replies found in files, standard input or -e TEXT.  */
int cli_explain (int argc, char **argv, const struct cli_options *options);

#endif
