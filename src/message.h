/* SPDX-License-Identifier: GPL-3.0-or-later */
/* message.h -- reading mail as a mail client does: an RFC 5322 message or
   an mbox of them, its MIME structure, its transfer encodings and
   charsets, and its delivery status parts.

   The reader is fed the input in chunks of any size.  It looks at the
   first line to tell mail (an mbox "From " line or a header field that
   messages start with) from other text, which it hands back untouched.
   In mail it calls back with each line of each text part, decoded and in
   UTF-8, and with each recipient group of each delivery status part; the
   returned original message (message/rfc822, text/rfc822-headers) and
   parts that are not text are passed over.

   Memory is bounded whatever the input: lines are cut at
   MESSAGE_LINE_MAX bytes, multiparts nested more than MESSAGE_DEPTH_MAX
   deep are passed over, and nothing is kept from one line to the next
   but the state of the decoders.  LF, CRLF and CR alone all end lines.  */

#ifndef SMTPCODE_MESSAGE_H
#define SMTPCODE_MESSAGE_H

#include <stdbool.h>
#include <stddef.h>

#include "dsn.h"

#define MESSAGE_LINE_MAX 65536
#define MESSAGE_DEPTH_MAX 32

struct message_handler
{
  /* Input that is not mail, as it was read.  */
  void (*raw) (const char *buf, size_t n, void *data);
  /* A message starts: NUMBER counts from 1 in the input.  */
  void (*start) (unsigned long number, void *data);
  /* A header field of the message itself (not of a part), unfolded and
     with its encoded words decoded.  */
  void (*header) (const char *name, size_t name_len, const char *value, size_t value_len,
                  void *data);
  /* A line of a text part; LINE is where in the input it ends.  */
  void (*text) (const char *text, size_t n, unsigned long line, void *data);
  void (*recipient) (const struct dsn_recipient *recipient, void *data);
  void (*end) (void *data);
  /* A header field of a returned message (a message/rfc822 part), as
     it stands: who it was sent to, where the bounce names nobody.  */
  void (*returned) (const char *name, size_t name_len, const char *value, size_t value_len,
                    void *data);
};

struct message_reader;

/* A new reader (memory that runs short ends the program, see xalloc.h).  */
struct message_reader *message_new (const struct message_handler *handler, void *data);
/* Whether an input starting with START (N bytes) is read as mail.  */
bool message_looks_like (const char *start, size_t n);
void message_feed (struct message_reader *reader, const char *buf, size_t n);
void message_finish (struct message_reader *reader);
void message_free (struct message_reader *reader);

/* The messages and lines of the start of an mbox, counted as the reader
   counts them but without reading them: so that a reader started at a
   message further on (message_start_after) numbers as one reader from the
   start would.  Start with all zero.  */
struct message_count
{
  unsigned long messages, lines;
  size_t len;                   /* of the line so far, up to 6 */
  char head[6];                 /* its first bytes */
  bool after_cr, prev_blank, in_message;
};

void message_count_feed (struct message_count *count, const char *buf, size_t n);
/* Has READER, fed nothing yet, number its messages and lines after those
   of COUNT: the input it is fed starts where COUNT's ended, at the
   "From " line of a message of an mbox.  */
void message_start_after (struct message_reader *reader, const struct message_count *count);

#endif
