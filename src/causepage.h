/* SPDX-License-Identifier: GPL-3.0-or-later */
/* causepage.h -- printing a cause of data/causes.txt for people: its
   page (smtpcode userunknown), its line (list causes), and the lines that
   lead a finding's explanation when its code says too little.  */

#ifndef SMTPCODE_CAUSEPAGE_H
#define SMTPCODE_CAUSEPAGE_H

#include "codedb.h"

/* The whole page: title, who acts, retry, default codes, Description,
   When it occurs, How to fix.  */
void causepage_render (const struct cause_entry *entry);

/* One line: "userunknown  The recipient address does not exist".  */
void causepage_brief (const struct cause_entry *entry);

/* "Cause: TITLE" and how to fix, indented by two, for a finding.  */
void causepage_lead (const struct cause_entry *entry);

/* Whether retrying helps, for people.  */
const char *causepage_retry (enum retry retry);

#endif
