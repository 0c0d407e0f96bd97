/* SPDX-License-Identifier: GPL-3.0-or-later */
/* explain.h -- finding SMTP replies in pasted text, bounces and mail logs.

   A scanner is fed the input in chunks of any size and calls back once per
   reply it finds: a server reply line ("550 5.1.1 ..." and its "550-"
   continuations, perhaps after a transcript's prompt such as swaks's
   "<-"), a DSN field (Status:, Diagnostic-Code:), or a reply quoted in
   any other text -- a log line, a client library's error, a paste.  There
   a number counts as a reply when the evidence on both sides of it says
   so (see decide.c): an enhanced code of its class, words that introduce
   a reply, a line start; a number that merely looks like a code (an
   address, a time, a size, a version, HTTP's or FTP's codes) is left
   alone.  A finding may be an enhanced code alone ("5.7.8 Username and
   Password not accepted"): then code.basic is 0.

   Memory is bounded: a line longer than EXPLAIN_LINE_MAX bytes is scanned
   in its first EXPLAIN_LINE_MAX bytes only.  Any bytes are accepted: NUL
   bytes and invalid UTF-8 are passed through in the text, for the printer
   to escape.  */

#ifndef SMTPCODE_EXPLAIN_H
#define SMTPCODE_EXPLAIN_H

#include <stdbool.h>
#include <stddef.h>

#include "code.h"

#define EXPLAIN_LINE_MAX 65536

struct explain_finding
{
  struct smtp_code code;
  char command[16];             /* "RCPT TO", "end of DATA", or "" */
  const char *text;             /* the server's own words, not NUL-ended */
  size_t text_len;
  unsigned long line;           /* where the reply starts, from 1 */
};

/* Called once per finding; FINDING and its text live until it returns.  */
typedef void (*explain_callback) (const struct explain_finding *finding, void *data);

struct explain_scanner;

/* A new scanner (out of memory ends the program, as xalloc.h says).  */
struct explain_scanner *explain_new (explain_callback callback, void *data);
/* Whether the scanner may start afresh at LINE (N bytes, without its
   newline): it neither continues a folded line nor goes on with a
   multiline reply or a numbered outline.  An input may be cut before
   such a line and its parts scanned apart: they find the codes of the
   whole (though a command that a transcript names on the line before
   the cut is lost).  */
bool explain_fresh_line (const char *line, size_t n);

/* Leaves every finding's command and text empty, for a caller that only
   counts codes: it saves searches of each line that holds a reply.  */
void explain_codes_only (struct explain_scanner *scanner);

/* Tells that the text is that of mail messages, where no session of
   another protocol is pasted: its lines are not searched for FTP.  */
void explain_mail_text (struct explain_scanner *scanner);
void explain_feed (struct explain_scanner *scanner, const char *buf, size_t len);
/* Scans what is left (a last line without newline, a pending reply) and
   returns the number of findings reported since explain_new.  */
unsigned long explain_finish (struct explain_scanner *scanner);
void explain_free (struct explain_scanner *scanner);

#endif
