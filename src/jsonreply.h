/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jsonreply.h -- the reply that a JSON record spreads over its fields:
   "code": 451 beside an enhanced code written as "enhanced_code":
   {"class": 4, "subject": 4, "detail": 1} (KumoMTA's logs) or
   "enhanced-code": "4.7.652" (Mailgun's events).  A "code" field alone is
   an API's as often as SMTP's; the enhanced code beside it says which.  */

#ifndef SMTPCODE_JSONREPLY_H
#define SMTPCODE_JSONREPLY_H

#include <stddef.h>

#include "code.h"

/* Whether the value at offset P of S is that of a field "code": the
   JSON around it is then worth reading.  */
bool jsonreply_key_before (const char *s, size_t p);

/* The reply code of class 2, 4 or 5 that SMTP defines at offset P of S
   (N bytes), the value of a "code" field; 0 when there is none.  */
int jsonreply_basic (const char *s, size_t n, size_t p);

/* Whether the enhanced code at offset P of S is the value of a field
   that names one: "enhanced-code": "4.7.652".  */
bool jsonreply_enhanced_before (const char *s, size_t p);

/* Whether S (N bytes) holds a field "code" with a reply code (as
   jsonreply_basic reads it) and a field of the enhanced code of the same class; sets CODE
   to both, AT[0] to where the "code" field's value starts and AT[1], if
   the enhanced code is written "C.S.D", to where it starts (else it is
   left alone).  */
bool jsonreply_find (const char *s, size_t n, struct smtp_code *code, size_t at[2]);

#endif
