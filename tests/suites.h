/* SPDX-License-Identifier: GPL-3.0-or-later */
/* suites.h -- the Check suites, one per module of the library.  */

#ifndef SMTPCODE_SUITES_H
#define SMTPCODE_SUITES_H

#include <check.h>

Suite *code_suite (void);
Suite *codedb_suite (void);
Suite *text_suite (void);
Suite *language_suite (void);
Suite *render_suite (void);
Suite *explain_suite (void);
Suite *bytesearch_suite (void);
Suite *tally_suite (void);
Suite *summary_suite (void);
Suite *mime_suite (void);
Suite *dsn_suite (void);
Suite *message_suite (void);
Suite *xalloc_suite (void);

/* Runs FN with standard output captured; returns the output (malloc'd).  */
char *capture_output (void (*fn) (void *), void *arg);

#endif
