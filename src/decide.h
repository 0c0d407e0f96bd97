/* SPDX-License-Identifier: GPL-3.0-or-later */
/* decide.h -- whether a number in free text is a quoted SMTP reply.  */

#ifndef SMTPCODE_DECIDE_H
#define SMTPCODE_DECIDE_H

#include <stdbool.h>
#include <stddef.h>

#include "code.h"

/* A reply found in a line of free text.  */
struct quoted_reply
{
  struct smtp_code code;
  size_t words;                 /* where the server's words start */
  char quote;                   /* the quote that ends them, or 0 */
};

/* Whether the candidate at offset P of the line S (N bytes; the text
   from offset FROM on is not part of an earlier finding) is a reply.
   SEARCH_PAD bytes must be readable after S.  */
bool decide_reply (const char *s, size_t n, size_t from, size_t p, struct quoted_reply *r);

#endif
