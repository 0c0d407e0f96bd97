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
  enum { BY_DEFAULT, BY_CODE, BY_CAUSE } by; /* explain --summary --by */
  const char *expression;       /* explain: -e TEXT, or NULL */
};

int cli_lookup (int argc, char **argv, const struct cli_options *options);
int cli_compare (int argc, char **argv, const struct cli_options *options);
int cli_list (int argc, char **argv, const struct cli_options *options);
int cli_search (int argc, char **argv, const struct cli_options *options);
/* In cli_cause.c: whether WORD names a cause; the pages of the causes
   ARGV names (every word a cause name); the list of causes; whether a
   cause's text holds all N WORDS.  */
bool cli_is_cause (const char *word);
int cli_cause (int argc, char **argv, const struct cli_options *options);
int cli_list_causes (const struct cli_options *options);
/* In cli_explain.c: the replies found in files, standard input or -e TEXT.  */
int cli_explain (int argc, char **argv, const struct cli_options *options);

#endif
