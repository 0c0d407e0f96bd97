/* SPDX-License-Identifier: GPL-3.0-or-later */
/* codedb.h -- the database of SMTP reply codes and enhanced status codes.

   The entries are generated from data/ into src/codetable.c, sorted by
   codekey.  Texts are English and marked N_(); callers translate them with
   _() when they print, so the table itself never depends on the locale.  */

#ifndef SMTPCODE_CODEDB_H
#define SMTPCODE_CODEDB_H

#include <stdbool.h>
#include <stddef.h>

#include "codekey.h"

/* The data this build follows, named by --version.  */
#define CODEDB_SNAPSHOT \
  "IANA SMTP Enhanced Status Codes registry X.0.0-X.7.30 (RFC 3463 to RFC 8689), checked 2026-11-28"

enum standing
{
  STANDING_STANDARD,
  STANDING_EXTENSION,
  STANDING_EXPERIMENTAL,
  STANDING_HISTORIC,
  STANDING_DEPRECATED,
  STANDING_NON_STANDARD
};

enum stage
{
  STAGE_CONNECT = 1 << 0, STAGE_EHLO = 1 << 1, STAGE_HELO = 1 << 2,
  STAGE_MAIL = 1 << 3, STAGE_RCPT = 1 << 4, STAGE_DATA = 1 << 5,
  STAGE_EOD = 1 << 6, STAGE_BDAT = 1 << 7, STAGE_AUTH = 1 << 8,
  STAGE_STARTTLS = 1 << 9, STAGE_VRFY = 1 << 10, STAGE_EXPN = 1 << 11,
  STAGE_HELP = 1 << 12, STAGE_NOOP = 1 << 13, STAGE_RSET = 1 << 14,
  STAGE_QUIT = 1 << 15, STAGE_ETRN = 1 << 16, STAGE_ATRN = 1 << 17,
  STAGE_ANY = 1 << 18, STAGE_DSN = 1 << 19
};
#define STAGE_COUNT 20

enum actor
{
  ACTOR_NONE = 1 << 0, ACTOR_CLIENT = 1 << 1, ACTOR_SENDER = 1 << 2,
  ACTOR_SENDER_ADMIN = 1 << 3, ACTOR_RECEIVER_ADMIN = 1 << 4,
  ACTOR_RECIPIENT = 1 << 5
};
#define ACTOR_COUNT 6

struct code_entry
{
  const char *code;             /* "251" or "X.1.1" */
  long key;
  enum standing standing;
  unsigned stages;              /* enum stage bits */
  unsigned actors;              /* enum actor bits */
  unsigned classes;             /* bit N set: usable in class N */
  const char *basic;            /* enhanced: associated basic codes, "any", "none" */
  const char *refs;
  const char *related;          /* space-separated codes */
  const char *title;
  const char *description;
  const char *when;
  const char *fix;
  const char *send;
  const char *client;
};

/* Class-level knowledge: "2xx", "x5x", "4.X.X", "X.7.X".  */
struct class_entry
{
  const char *code;
  long key;
  const char *title;
  const char *description;
};

extern const struct code_entry codedb_entries[];
extern const size_t codedb_entry_count;
extern const struct class_entry codedb_classes[];
extern const size_t codedb_class_count;

/* The entry with KEY, or NULL.  */
const struct code_entry *codedb_find (long key);

/* The class-level entry with KEY (codekey of "2xx" and the like), or NULL.  */
const struct class_entry *codedb_find_class (long key);

/* The entry of a code written as in data/ ("251", "X.1.1"), or NULL.  */
const struct code_entry *codedb_find_code (const char *code);

/* Whether the registry associates the enhanced ENTRY with BASIC ("550").  */
bool codedb_pairs (const struct code_entry *entry, const char *basic);

/* ENTRY's code as shown in class CLS (2, 4, 5): "X.1.1" becomes "5.1.1";
   CLS 0 and basic codes are shown as they are.  */
void codedb_format (const struct code_entry *entry, int cls, char *buf, size_t size);

/* English names, for JSON and for the stage/actor/standing labels.  */
const char *codedb_standing_name (enum standing standing);
const char *codedb_stage_name (unsigned stage_bit);
const char *codedb_actor_name (unsigned actor_bit);

#endif
