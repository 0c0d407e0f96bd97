/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mkcodes.h -- what the parts of the generator share: records as read
   from data/, FILE:LINE: errors, and the string blob they are written into.

   mkcodes.c reads the files, checks and writes the code records and runs
   the rest; mkcauses.c does the cause records (issue 12), mkvendors.c the
   providers' codes (issue 14).  */

#ifndef SMTPCODE_MKCODES_H
#define SMTPCODE_MKCODES_H

#include <stdbool.h>
#include <stddef.h>

enum { MAX_FIELDS = 16 };

struct field
{
  const char *name;
  char *value;
  unsigned line;
  unsigned long offset;         /* of the value in the string blob */
};

struct record
{
  const char *file;
  unsigned line;
  char *code;
  long key;                     /* codekey_of_code() */
  size_t seq;                   /* order read, so duplicates report in order */
  struct field fields[MAX_FIELDS];
  size_t nfields;
};

/* A name of the vocabulary as in data/, and the enum constant the table
   is written with.  Lists end with a null name.  */
struct word
{
  const char *name;
  const char *constant;
};
extern const struct word actors[];
/* The cause names of src/vocabulary.def, for cause and provider records.  */
extern const struct word cause_names[];

/* The field names of cause, provider and provider code records.  */
extern const char *const cause_fields[];
extern const char *const cause_optional_fields[];
extern const char *const provider_fields[];
extern const char *const vendor_fields[];
extern const char *const vendor_optional_fields[];

void error_at (const char *file, unsigned line, const char *fmt, ...)
  __attribute__ ((format (printf, 3, 4)));
void *xrealloc (void *p, size_t n);
char *xstrdup (const char *s);

struct field *find_field (struct record *r, const char *name);
const struct word *find_word (const char *name, const struct word *list);
void check_words (struct record *r, const char *name, const struct word *list);

/* Reports each field of REQUIRED that R lacks or leaves empty, and each
   field of R in neither REQUIRED nor OPTIONAL; WHAT names R in messages.  */
void check_shape (struct record *r, const char *what, const char *const *required,
                  const char *const *optional);

/* The code record with KEY, or NULL (after the code records are sorted).  */
struct record *lookup_code (long key);

/* Splits VALUE at " | " into trimmed parts; calls EACH with each part
   (which may be empty, or hold a "|" not written as " | ") and returns
   how many there were.  */
size_t split_alternatives (const char *value, void (*each) (const char *part, void *data),
                           void *data);

/* Whether PART, from split_alternatives(), is a usable alternative: not
   empty, no stray "|"; reported at R's FIELD otherwise.  */
bool check_alternative (struct record *r, struct field *f, const char *part);

void emit_string (const char *s);

/* Writes the enum constants of the words of R's field NAME, joined by "|".  */
void emit_flags (struct record *r, const char *name, const struct word *list);

/* Append a field's value to the string blob and set its offset: as a
   translatable text with its TRANSLATORS comment "OWNER, FIELD", or as
   plain text shared with an equal plain text appended before.  */
void blob_text (const char *owner, struct field *f);
void blob_plain (struct field *f);

/* Cause records: checked once the code records are sorted, then written
   into the blob and as tables.  RECORDS (owned by mkcodes.c) are the
   records with a "cause" field.  */
void causes_check (struct record *records, size_t n);
void causes_blob (void);
void causes_emit (void);
void causes_free (void);

/* Provider records and their codes (data/vendor-*.txt): RECORDS are the
   records with a "provider" field.  Every entry of a provider has a
   provider record whose entries it follows in the table.  */
void vendors_check (struct record *records, size_t n);
void vendors_blob (void);
void vendors_emit (void);
void vendors_free (void);

#endif
