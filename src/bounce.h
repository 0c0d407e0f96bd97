/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bounce.h -- one finding per failed recipient of a bounce.

   A bounce tells of one failure up to three times: in its human-readable
   part, in the Status field of its delivery status part and in the
   Diagnostic-Code beside it.  The collector takes in what the message
   reader hands on (text lines, DSN recipient groups), finds the replies in
   the text with the scanner, works out which recipient each is about (the
   address named last before it), and at the end of the message merges
   all that speaks of one recipient into one finding, whose reply is the
   most specific code among them.  A bounce without a delivery status part
   is grouped by the addresses its text names.  Each finding gets a cause
   (cause.h) from its code and words, helped by the first lines of the
   text; a bounce that gives no code at all but whose words name a cause
   gives findings without a code.

   Memory is bounded: BOUNCE_GROUP_MAX recipients are kept at a time
   (when a report names more, those kept are merged with what the text
   said so far and reported, in order, to make room), and BOUNCE_TEXT_MAX
   replies of a message's text are merged; those beyond are reported as
   they come, unmerged.  */

#ifndef SMTPCODE_BOUNCE_H
#define SMTPCODE_BOUNCE_H

#include <stdbool.h>
#include <stddef.h>

#include "code.h"
#include "codedb.h"
#include "dsn.h"
#include "explain.h"
#include "vendormatch.h"

#define BOUNCE_GROUP_MAX 64
#define BOUNCE_TEXT_MAX 64
#define BOUNCE_OTHERS_MAX 8

struct bounce_finding
{
  unsigned long message;        /* from 1 in the input */
  const char *recipient;        /* "" when no address was found */
  const char *action;           /* the DSN's Action, or "" */
  const char *remote;           /* the DSN's Remote-MTA, or "" */
  struct smtp_code status;      /* the DSN's Status (no class: none) */
  struct explain_finding reply; /* the most specific reply */
  struct smtp_code others[BOUNCE_OTHERS_MAX]; /* the other codes reported */
  size_t nothers;
  const char *words;            /* every reply's words */
  /* The provider recognized in the reply and the name of the server
     that refused (the Remote-MTA, else the Reporting-MTA), or NULL.  */
  const struct vendor_match *vendor;
  enum cause cause;
};

typedef void (*bounce_callback) (const struct bounce_finding *finding, void *data);

struct bounce;

/* A new collector (memory that runs short ends the program).  */
struct bounce *bounce_new (bounce_callback callback, void *data);
void bounce_free (struct bounce *bounce);

/* The events of message.h.  */
void bounce_start (struct bounce *bounce, unsigned long number);
void bounce_header (struct bounce *bounce, const char *name, size_t name_len,
                    const char *value, size_t value_len);
void bounce_text (struct bounce *bounce, const char *text, size_t n, unsigned long line);
void bounce_recipient (struct bounce *bounce, const struct dsn_recipient *recipient);
/* Reports the message's findings.  Returns how many.  */
unsigned long bounce_end (struct bounce *bounce);

/* An input on its way through the message reader (message.h): mail to
   the collector BOUNCE, other text to SCANNER; FOUND counts the
   collector's findings.  bounce_reading_handler's events take a struct
   bounce_reading as their data.  */
struct message_handler;
struct bounce_reading
{
  struct explain_scanner *scanner;
  struct bounce *bounce;
  unsigned long found;
};
extern const struct message_handler bounce_reading_handler;

/* Writes into OUT (SIZE bytes) the last address in S (N bytes); "" if
   none.  */
void bounce_find_address (const char *s, size_t n, char *out, size_t size);

#endif
