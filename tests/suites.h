/* SPDX-License-Identifier: GPL-3.0-or-later */
/* suites.h -- the Check suites, one per module of the library.  */

#ifndef SMTPCODE_SUITES_H
#define SMTPCODE_SUITES_H

#include <check.h>
#include <stdbool.h>

#include "codedb.h"

Suite *code_suite (void);
Suite *codedb_suite (void);
Suite *text_suite (void);
Suite *language_suite (void);
Suite *render_suite (void);
Suite *explain_suite (void);
Suite *evidence_suite (void);
Suite *bytesearch_suite (void);
Suite *tally_suite (void);
Suite *cause_suite (void);
Suite *summary_suite (void);
Suite *mime_suite (void);
Suite *dsn_suite (void);
Suite *message_suite (void);
Suite *xalloc_suite (void);
Suite *filter_suite (void);
Suite *suggest_suite (void);
Suite *diag_suite (void);
Suite *json_suite (void);
Suite *compare_suite (void);
Suite *facts_suite (void);
Suite *out_suite (void);
Suite *search_suite (void);
Suite *progress_suite (void);
Suite *utf16_suite (void);

/* Runs FN with standard output captured; returns the output (malloc'd).  */
char *capture_output (void (*fn) (void *), void *arg);
/* The same with standard error going to the same place, so that the
   order of output and messages shows.  */
char *capture_output_and_errors (void (*fn) (void *), void *arg);

/* Whether the NULL-terminated NEEDLES appear in HAYSTACK in this order.  */
bool text_in_order (const char *haystack, const char *const *needles);

/* The database entry of CODE, written as in data/ ("550", "X.1.1"); the
   test fails when there is none.  */
const struct code_entry *entry (const char *code);

#endif
