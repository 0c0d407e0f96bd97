/* SPDX-License-Identifier: GPL-3.0-or-later */
/* suggest.h -- the codes a mistyped code may have meant, for the "Did you
   mean" line after a malformed code.  */

#ifndef SMTPCODE_SUGGEST_H
#define SMTPCODE_SUGGEST_H

#include <stddef.h>

/* Writes into BUF the known codes TEXT may have meant, as "250, 251"
   (the separator in the current language), at most five: those one edit
   away, and for an incomplete enhanced code ("5.1") its details, in the
   class TEXT names.  "" when there is none.  */
void suggest_codes (const char *text, char *buf, size_t size);

#endif
