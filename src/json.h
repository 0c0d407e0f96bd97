/* SPDX-License-Identifier: GPL-3.0-or-later */
/* json.h -- the --json output of every command.

   The shape is documented in README.md and is stable: English field names,
   text in the current language, UTF-8.  */

#ifndef SMTPCODE_JSON_H
#define SMTPCODE_JSON_H

#include <stdbool.h>
#include <stddef.h>

#include "code.h"
#include "codedb.h"
#include "bounce.h"
#include "compare.h"
#include "explain.h"
#include "tally.h"
#include "vendormatch.h"

/* Writes S as a JSON string (quotes included).  Invalid UTF-8 becomes
   U+FFFD, so the output is always valid.  */
void json_string (const char *s, size_t n);

/* The lookup of CODES: an array of one object per code given; where
   TOKENS (NULL, or one per code) has a provider's token, that instead.
   Providers' entries go under "vendor".  */
void json_lookup (const struct smtp_code *codes, const char *const *tokens, size_t n);
/* list and search: an array of codes and titles.  CLS: the class the
   enhanced codes are shown in (0: as "X").  */
void json_list (const struct code_entry *const *entries, size_t n, int cls);
/* search: the codes found, then providers' entries, each with "vendor",
   then causes, each with "cause" and "title".  */
void json_search (const struct code_entry *const *entries, size_t n, int cls,
                  const struct vendor_entry *const *vendors, size_t nvendors,
                  const struct cause_entry *const *causes, size_t ncauses);
/* list PROVIDER: its entries; list vendors: the providers with data.  */
void json_vendor_list (const struct vendor_entry *const *entries, size_t n);
void json_providers (void);
/* A cause's page: FIRST and LAST of the causes asked for (an array).  */
void json_cause (const struct cause_entry *entry, bool first, bool last);
/* list causes: one element of the array, "cause" and "title".  */
void json_cause_line (const struct cause_entry *entry, bool first);
/* compare: the comparison C as one object.  */
void json_compare (const struct comparison *c);
/* explain: one line per finding, in which VENDOR (or NULL) was
   recognized and whose cause is CAUSE; FILE names the input, or is
   NULL.  */
void json_finding (const char *file, const struct explain_finding *f,
                   const struct vendor_match *vendor, enum cause cause);
/* explain: one line per failed recipient of a bounce.  */
void json_bounce (const char *file, const struct bounce_finding *b);
/* explain --summary: one line per code counted; TITLE is its title.  */
void json_tally (const struct tally *t, const char *title);
/* explain --summary --by=cause: one line per cause counted.  */
void json_cause_tally (const char *cause, unsigned long count, const char *title);

#endif
