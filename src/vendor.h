/* SPDX-License-Identifier: GPL-3.0-or-later */
/* vendor.h -- what providers' own codes say about a query (issue 14):
   which entries give a code or token its meaning, which providers use a
   registered code their own way, and the words for them in the current
   language.  Laid out by render.c and json.c.  */

#ifndef SMTPCODE_VENDOR_H
#define SMTPCODE_VENDOR_H

#include <stddef.h>

#include "code.h"
#include "codedb.h"

/* Most entries one query shows: 5.7.1 has some twenty.  */
enum { VENDOR_MAX = 64 };

/* The entries that give CODE's enhanced part its meaning because the
   registry does not have it: of each provider, the exact code, or the
   range holding it.  None for a registered code.  */
size_t vendor_meaning (const struct smtp_code *code, const struct vendor_entry **out);

/* The entries of the token TOKEN, any case.  */
size_t vendor_token (const char *token, const struct vendor_entry **out);

/* Providers' own uses of CODE's registered enhanced part: their entries
   for exactly that code, in its class when it has one.  Of a registered
   basic code, none: its entries tell apart replies by their words
   (explain's business, not a lookup's), and 550 has dozens.  Of a basic
   code that no RFC defines (Alibaba's 526), every entry, as they are
   all that is known of it.  */
size_t vendor_uses (const struct smtp_code *code, const struct vendor_entry **out);

/* The provider's name, translated.  */
const char *vendor_provider (const struct vendor_entry *e);

/* The class digit of E's codes: its class, or the first digit of its
   basic codes when they share one; 0 when not known.  */
int vendor_class_digit (const struct vendor_entry *e);

/* Known tokens close to TEXT (same letters before ':' or '(', or one
   edit away), as "DT:SPM or MI:IMF", into BUF; "" when none.  */
void vendor_suggest (const char *text, char *buf, size_t size);

#endif
