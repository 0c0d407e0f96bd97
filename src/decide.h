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
  /* Where they start and end instead, when they come before the code
     (qmail's "... server. (#4.4.3)"); both 0 else.  WORDS is then where
     the line goes on.  */
  size_t before, before_end;
  bool plus;                    /* the words write a space as '+' */
  bool parenthesized;           /* the code opens a parenthesis: "(550 ...)" */
};

/* Whether the candidate at offset P (three digits or an enhanced code;
   see search_code) of the line S (N bytes) is a reply.  The text before
   offset FROM belongs to an earlier finding (the words after it are still
   searched: they may quote a reply too).  SEARCH_PAD bytes must be
   readable after S.  */
bool decide_reply (const char *s, size_t n, size_t from, size_t p, struct quoted_reply *r);

/* Whether the line S (N bytes), which starts with CODE as a server's
   reply does (its words from offset WORDS), is one: a code alone must be
   one that the code database knows ("230 Login successful" is FTP's), on
   a line that does not name FTP, and not followed by a unit, prose or
   HTTP's words for it ("512 bits", "503 Service Unavailable").  No
   padding is needed after S.  */
bool decide_line_reply (const char *s, size_t n, size_t words, const struct smtp_code *code);

/* Whether the text S (N bytes) names SMTP or an MTA ("SMTP 500", "the
   MTA answers"): where FTP's texts of 500 to 503, which are RFC 5321's
   too, are SMTP's.  */
bool decide_names_smtp (const char *s, size_t n);

/* Whether the line S (N bytes) starts, after spaces, with the text that
   RFC 5321 gives the reply code BASIC (see standard_text_after): the
   line under a glossary's heading "SMTP 421", "Service not available,
   closing transmission channel".  FTP has the texts of 500 to 503 too:
   those count only where SMTP_NAMED says the heading named SMTP
   (decide_names_smtp).  */
bool decide_standard_text (const char *s, size_t n, int basic, bool smtp_named);

#endif
