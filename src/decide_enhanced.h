/* SPDX-License-Identifier: GPL-3.0-or-later */
/* decide_enhanced.h -- the decision for an enhanced code alone.
   Internal to the reply decision (decide.c).  */

#ifndef SMTPCODE_DECIDE_ENHANCED_H
#define SMTPCODE_DECIDE_ENHANCED_H

#include <stdbool.h>
#include <stddef.h>

#include "decide.h"

/* Whether the enhanced code at offset P of the line S (N bytes; the
   text before LO belongs to an earlier finding) is a reply's; if so
   fills *R.  SEARCH_PAD bytes must be readable after S.  */
bool decide_enhanced (const char *s, size_t n, size_t lo, size_t p, struct quoted_reply *r);

#endif
