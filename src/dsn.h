/* SPDX-License-Identifier: GPL-3.0-or-later */
/* dsn.h -- the fields of a message/delivery-status part (RFC 3464).

   The part is fed line by line; folded lines are joined, and each
   per-recipient group (Final-Recipient, Action, Status, Remote-MTA,
   Diagnostic-Code...) is handed to a callback when it ends, so a report
   on ten thousand recipients takes the memory of one.  Values are kept
   up to a fixed length and cut there.  */

#ifndef SMTPCODE_DSN_H
#define SMTPCODE_DSN_H

#include <stddef.h>

struct dsn_recipient
{
  char recipient[256];          /* the address, without "rfc822;" */
  char action[32];              /* "failed", "delayed", ... lower case */
  char status[32];              /* "5.1.1" */
  char remote[256];             /* the remote MTA, without "dns;" */
  char reporter[256];           /* the report's Reporting-MTA, likewise */
  char diagnostic[2048];        /* the Diagnostic-Code, with its type */
  unsigned long line;           /* where in the input the group starts */
};

typedef void (*dsn_callback) (const struct dsn_recipient *recipient, void *data);

struct dsn_parser
{
  dsn_callback callback;
  void *data;
  struct dsn_recipient current;
  char reporter[256];           /* the Reporting-MTA of the part */
  char field[2048];             /* the field being unfolded */
  size_t field_len;
  unsigned long field_line;     /* where it starts */
  int has_recipient;            /* the group has a Final- or Original-Recipient */
  int has_final;
};

void dsn_start (struct dsn_parser *parser, dsn_callback callback, void *data);
/* Feeds one line LINE (N bytes, without its line end), line LINE_NO of
   the input.  */
void dsn_line (struct dsn_parser *parser, const char *line, size_t n, unsigned long line_no);
/* Ends the part: the last group is handed on.  */
void dsn_finish (struct dsn_parser *parser);

#endif
