/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jsonreply.h -- the reply that a JSON record spreads over its fields:
   "code": 451 beside an enhanced code written as "enhanced_code":
   {"class": 4, "subject": 4, "detail": 1} (KumoMTA's logs) or
   "enhanced-code": "4.7.652" or a "message" that starts with one
   (Mailgun's events).  A "code" field alone is
   an API's as often as SMTP's; the enhanced code beside it says which.  */

#ifndef SMTPCODE_JSONREPLY_H
#define SMTPCODE_JSONREPLY_H

#include <stddef.h>

#include "code.h"

/* The reply code of class 2, 4 or 5 that SMTP defines at offset P of S
   (N bytes) when it is the value of a field "code" or "basic", a number
   or a string; 0 when it is not.  */
int jsonreply_basic (const char *s, size_t n, size_t p);

/* Whether the enhanced code at offset P of S is the value of a field
   that names one, or starts it: "enhanced-code": "4.7.652", "enhanced":
   "4.2.1", "message": "5.1.0 Invalid Sender".  */
bool jsonreply_enhanced_before (const char *s, size_t p);

/* Whether S (N bytes), whose offset P holds BASIC (as jsonreply_basic
   read it), also holds a field of an enhanced code of BASIC's class; sets
   CODE to both, and *ENHANCED_AT, when the enhanced code is written
   "C.S.D", to where it starts (else leaves it).  */
bool jsonreply_find (const char *s, size_t n, int basic, struct smtp_code *code,
                     size_t *enhanced_at);

/* Where the server's words start that follow, in the same JSON string,
   the enhanced code at ENHANCED_AT of S (N bytes), Mailgun's "message":
   "5.1.0 Invalid Sender"; *LEN is their length up to the string's end,
   0 when none follow.  */
size_t jsonreply_words (const char *s, size_t n, size_t enhanced_at, size_t *len);

#endif
