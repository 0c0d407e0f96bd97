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

/* Whether BASIC is a code that FTP sends and SMTP has not (200, 226,
   227, 230, 331...): a line that starts with one shows FTP's session.  */
bool decide_ftp_only (int basic);

/* Whether S (N bytes) starts with such a code and its words, after a
   space or '-': "150 Opening data connection", "226 Transfer complete".  */
bool decide_ftp_reply (const char *s, size_t n);

/* Whether S (N bytes) names FTP, in any case and inside any word
   ("ProFTPD", "lftp", "gulp-ftp"), or FileZilla, or holds ftp(1)'s
   "binary mode to transfer" files.  PADDED: SEARCH_PAD
   bytes may be read past S, for the block search; else it is read byte
   by byte.  */
bool decide_names_ftp (const char *s, size_t n, bool padded);

/* The length of the FTP command that starts S (N bytes), written in
   capitals as a client sends it ("PASV", "RETR"), or 0; with ONLY_FTP,
   only of those that SMTP has no word for (not USER, PASS, ACCT, PORT,
   TYPE, SIZE).  */
size_t decide_ftp_command (const char *s, size_t n, bool only_ftp);

#endif
