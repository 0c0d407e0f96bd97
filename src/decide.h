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
  /* Whether its words are its own to the end of the line (or the quote):
     a code with its enhanced code.  A code alone may be part of another
     reply's words ("code: 550, response: 5.7.1 ..."), which are then
     searched on.  */
  bool whole;
};

/* Whether the candidate at offset P (three digits or an enhanced code;
   see search_code) of the line S (N bytes; the text
   from offset FROM on is not part of an earlier finding) is a reply.
   SEARCH_PAD bytes must be readable after S.  */
bool decide_reply (const char *s, size_t n, size_t from, size_t p, struct quoted_reply *r);

/* Whether the line S (N bytes), which starts with CODE as a server's
   reply does, is one: a code alone must be one that the code database
   knows ("230 Login successful" is FTP's), on a line that does not name
   FTP.  No padding is needed after S.  */
bool decide_line_reply (const char *s, size_t n, const struct smtp_code *code);

#endif
