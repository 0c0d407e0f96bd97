/* SPDX-License-Identifier: GPL-3.0-or-later */
/* codedb.h -- the database of SMTP reply codes and enhanced status codes.

   The entries are generated from data/ into src/codetable.c, sorted by
   codekey: one block of strings (codedb_strings) and entries that hold
   offsets into it, read with codedb_text().  Texts are English and marked N_(); callers translate them with
   _() when they print, so the table itself never depends on the locale.  */

#ifndef SMTPCODE_CODEDB_H
#define SMTPCODE_CODEDB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "codekey.h"

/* The data this build follows, named by --version.  */
#define CODEDB_SNAPSHOT \
  "IANA SMTP Enhanced Status Codes registry X.0.0-X.7.30 (RFC 3463 to RFC 8689), checked 2026-11-28"

/* The vocabulary's enums, from vocabulary.def.  Stages and actors are bits
   (a code has several), the others indexes.  */
enum standing
{
#define STANDING(id, name, label) STANDING_##id,
#include "vocabulary.def"
  STANDING_COUNT
};

enum stage_index
{
#define STAGE(id, name, label) STAGE_INDEX_##id,
#include "vocabulary.def"
  STAGE_COUNT
};
enum stage
{
#define STAGE(id, name, label) STAGE_##id = 1u << STAGE_INDEX_##id,
#include "vocabulary.def"
};

enum actor_index
{
#define ACTOR(id, name, label) ACTOR_INDEX_##id,
#include "vocabulary.def"
  ACTOR_COUNT
};
enum actor
{
#define ACTOR(id, name, label) ACTOR_##id = 1u << ACTOR_INDEX_##id,
#include "vocabulary.def"
};

enum cause
{
#define CAUSE(id, name) CAUSE_##id,
#include "vocabulary.def"
  CAUSE_COUNT
};

enum retry
{
#define RETRY(id, name) RETRY_##id,
#include "vocabulary.def"
  RETRY_COUNT
};

enum confidence
{
#define CONFIDENCE(id, name, label) CONFIDENCE_##id,
#include "vocabulary.def"
  CONFIDENCE_COUNT
};

enum provider
{
#define PROVIDER(id, name, shown) PROVIDER_##id,
#include "vocabulary.def"
  PROVIDER_COUNT
};

/* The fields named "offset" are offsets into codedb_strings: read them with
   codedb_text().  The table holds no pointers, so nothing in it needs
   relocating when the program starts.  */
typedef uint32_t codedb_offset;

struct code_entry
{
  char code[8];                 /* "251" or "X.1.1" */
  long key;
  enum standing standing;
  unsigned stages;              /* enum stage bits */
  unsigned actors;              /* enum actor bits */
  unsigned classes;             /* bit N set: usable in class N */
  codedb_offset basic;          /* enhanced: associated basic codes, "any", "none" */
  codedb_offset refs;
  codedb_offset related;        /* space-separated codes */
  codedb_offset title;
  codedb_offset gist;           /* one sentence: what it means, when it comes */
  codedb_offset description;
  codedb_offset when;
  codedb_offset fix;
  codedb_offset send;
  codedb_offset client;
};

/* Class-level knowledge: "2xx", "x5x", "4.X.X", "X.7.X".  */
struct class_entry
{
  char code[8];
  long key;
  codedb_offset title;
  codedb_offset description;
};

extern const char codedb_strings[];
extern const struct code_entry codedb_entries[];
extern const size_t codedb_entry_count;
extern const struct class_entry codedb_classes[];
extern const size_t codedb_class_count;

/* The string at OFFSET of the table: English, marked N_() where it is
   text for people, so translate it with _() when printing.  */
static inline const char *
codedb_text (codedb_offset offset)
{
  return codedb_strings + offset;
}

/* What data/causes.txt says about a cause (issue 12).  */
struct cause_entry
{
  enum cause cause;
  unsigned actors;              /* enum actor bits */
  enum retry retry;
  codedb_offset codes;          /* codes whose cause it is by default, as in data/ */
  codedb_offset title;
  codedb_offset description;
  codedb_offset when;
  codedb_offset fix;
};

/* A lower-case fragment of server words that identifies a cause.  */
struct cause_phrase
{
  codedb_offset phrase;
  enum cause cause;
};

/* The cause a code has when the server's words say nothing more.  */
struct cause_code
{
  long key;
  enum cause cause;
};

/* A code whose cause this is only when neither the server's words nor a
   default code name one (data/causes.txt's fallback fields, which follow
   Sisimai's table of status codes): class 4 or 5 with subject and detail
   (-1: every detail), or class 0 and a basic code.  */
struct cause_fallback
{
  short cls, subject, detail, basic;
  enum cause cause;
};

/* The causes that have a record, in the vocabulary's order; the phrases,
   by cause in that order; the codes' default causes, sorted by key.  */
extern const struct cause_entry codedb_causes[];
extern const size_t codedb_cause_count;
extern const struct cause_phrase codedb_cause_phrases[];
extern const size_t codedb_cause_phrase_count;
/* The phrases that name a cause only where a policy refused the message
   (in reply to its data, or with an X.7.y code): data/causes.txt's
   policy-phrases fields.  */
extern const struct cause_phrase codedb_cause_policy_phrases[];
extern const size_t codedb_cause_policy_phrase_count;
extern const struct cause_code codedb_cause_codes[];
extern const size_t codedb_cause_code_count;
extern const struct cause_fallback codedb_cause_fallbacks[];
extern const size_t codedb_cause_fallback_count;

/* The record of CAUSE, or of the cause named NAME ("userunknown"), or
   NULL when there is none.  */
const struct cause_entry *codedb_cause (enum cause cause);
const struct cause_entry *codedb_find_cause (const char *name);

/* The default cause of the code with KEY (a basic or enhanced key, the
   enhanced key standing for every class), or -1.  */
int codedb_default_cause (long key);

/* The cause whose phrase occurs in TEXT (N bytes), compared without
   regard to ASCII case; when several do, the one with the longest phrase,
   which says most.  -1 when none does.  */
int codedb_cause_of_text (const char *text, size_t n);
/* The same over the COUNT phrases of PHRASES.  */
int codedb_phrase_cause (const struct cause_phrase *phrases, size_t count, const char *text,
                         size_t n);

/* Providers' own codes (issue 14), from data/vendor-*.txt.  */
enum vendor_key
{
  VENDOR_CODE,                  /* an enhanced code of one class: 5.7.708 */
  VENDOR_RANGE,                 /* details of one class and subject: 5.7.606-649 */
  VENDOR_BASIC,                 /* a basic code told apart by its match fragments */
  VENDOR_TOKEN                  /* a word of the reply: DT:SPM, TSS04, AS(7555) */
};

struct vendor_entry
{
  enum provider provider;
  enum vendor_key kind;
  enum confidence confidence;
  int cls;                      /* code, range: class digit; basic: the code; token: 0 */
  long first, last;             /* code, range: enhanced keys; basic: its key */
  codedb_offset key;            /* as written in data/: "DT:SPM", "5.7.606-649" */
  codedb_offset basic;          /* basic codes sent with it, or "none" */
  codedb_offset match;          /* fragments separated by " | ", or "" */
  codedb_offset title;
  codedb_offset description;
  codedb_offset when;
  codedb_offset fix;
  codedb_offset refs;           /* URLs separated by "; " */
  int cause;                    /* the enum cause of the failure it names, or -1 */
};

/* A provider with data: its entries are codedb_vendor_entries[first] and
   the COUNT after it, in the order of its file.  */
struct provider_entry
{
  enum provider provider;
  codedb_offset signatures;     /* fragments separated by " | " */
  codedb_offset checked;        /* "2026-11-30" */
  codedb_offset refs;
  size_t first;
  size_t count;
};

/* The providers with data, in the vocabulary's order, and their entries
   grouped by provider in that order.  */
extern const struct provider_entry codedb_providers[];
extern const size_t codedb_provider_count;
extern const struct vendor_entry codedb_vendor_entries[];
extern const size_t codedb_vendor_entry_count;

/* The oldest date the providers' data was checked ("2026-11-30"), or ""
   when there is none.  */
extern const char codedb_vendor_checked[];

/* The data of PROVIDER, or NULL when it has none.  */
const struct provider_entry *codedb_provider (enum provider provider);

/* The lookups below write up to MAX entries to OUT, in table order, and
   return how many they found (which may be more than MAX).

   By the enhanced code CLS.SUBJECT.DETAIL: of each provider, its entries
   for exactly that code, or when it has none, its ranges holding it.  */
size_t codedb_vendor_by_code (int cls, int subject, int detail,
                              const struct vendor_entry **out, size_t max);

/* By token ("dt:spm" finds DT:SPM): any ASCII case.  */
size_t codedb_vendor_by_token (const char *token, const struct vendor_entry **out,
                               size_t max);

/* Whether some provider has an entry keyed by the basic code BASIC:
   most codes have none, and codedb_vendor_by_reply need not read.  */
bool codedb_vendor_has_basic (int basic);

/* By basic code and reply text: the basic-code entries of BASIC whose
   match fragments occur in TEXT (N bytes).  */
size_t codedb_vendor_by_reply (int basic, const char *text, size_t n,
                               const struct vendor_entry **out, size_t max);

/* Providers' uses of the registered code with KEY (codekey of "550" or
   "X.7.1"): their entries for that code in any class, and ranges holding
   it.  */
size_t codedb_vendor_uses (long key, const struct vendor_entry **out, size_t max);

/* Whether one of ENTRY's match fragments occurs in TEXT (N bytes), any
   ASCII case; true when ENTRY has none.  Chooses between entries that
   share a key.  */
bool codedb_vendor_matches (const struct vendor_entry *entry, const char *text, size_t n);

/* Whether NEEDLE (LEN bytes) occurs in TEXT (N bytes), any ASCII case.  */
bool codedb_contains (const char *text, size_t n, const char *needle, size_t len);

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

/* The vocabulary's names as in data/ and JSON ("RCPT", "sender-admin",
   "non-standard", "userunknown", "netease"); "" for a value out of range.  */
const char *codedb_standing_name (enum standing standing);
const char *codedb_stage_name (unsigned stage_bit);
const char *codedb_actor_name (unsigned actor_bit);
const char *codedb_cause_name (enum cause cause);
const char *codedb_retry_name (enum retry retry);
const char *codedb_confidence_name (enum confidence confidence);
const char *codedb_provider_name (enum provider provider);

/* The cause or provider named NAME (exactly; cause and provider names are
   lower case), or -1.  */
int codedb_cause_by_name (const char *name);
int codedb_provider_by_name (const char *name);

/* The provider's name for people, English, marked N_(): translate with _().  */
const char *codedb_provider_shown (enum provider provider);

#endif
