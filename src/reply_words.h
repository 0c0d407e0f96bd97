/* SPDX-License-Identifier: GPL-3.0-or-later */
/* reply_words.h -- the bounds of a found reply's words.  Internal to the
   reply decision (decide.c, decide_enhanced.c).  */

#ifndef SMTPCODE_REPLY_WORDS_H
#define SMTPCODE_REPLY_WORDS_H

#include <stddef.h>

#include "decide.h"

/* Where the words of *R, the reply of the basic code at P of S (N bytes,
   the line from LO), end, or start before the code.  */
void words_bounds (const char *s, size_t n, size_t lo, size_t p, struct quoted_reply *r);

/* When the code at P of S (N bytes, the line from LO), ending at END,
   closes a bracket that ends the server's words, sets R's words to those
   before the bracket.  */
void words_before_bracket (const char *s, size_t n, size_t lo, size_t p, size_t end,
                           struct quoted_reply *r);

#endif
