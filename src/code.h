/* SPDX-License-Identifier: GPL-3.0-or-later */
/* code.h -- reading SMTP codes as people type them.

   Accepts a basic reply code ("251"), an enhanced status code ("5.1.1",
   "X.1.1", "x.1.1"), or both as a server sends them ("550 5.1.1",
   "550-5.1.1"); tells a word shaped like a provider's token (issue 14)
   from other words.  Checks only the form: whether the code is registered is
   the database's business.  */

#ifndef SMTPCODE_CODE_H
#define SMTPCODE_CODE_H

#include <stdbool.h>
#include <stddef.h>

struct smtp_code
{
  int basic;                    /* 100..599, or 0 when absent */
  int enhanced_class;           /* 2, 4, 5, 0 for "X", or -1 when absent */
  int subject, detail;          /* enhanced subject and detail, 0..999 */
};

enum code_parse_result
{
  CODE_OK,
  CODE_MALFORMED,               /* looks like a code but is not one */
  CODE_WORD,                    /* a word: perhaps meant for search */
  CODE_TOKEN                    /* shaped like a provider's token: DT:SPM,
                                   TSS04, AS(7555); *code is left empty */
};

enum code_parse_result code_parse (const char *text, struct smtp_code *code);

/* Parses one word that holds only a basic or only an enhanced code.  */
enum code_parse_result code_parse_part (const char *text, struct smtp_code *code);

bool code_has_basic (const struct smtp_code *code);
bool code_has_enhanced (const struct smtp_code *code);
/* The class of CODE (2 to 5): its basic code's first digit, else its
   enhanced code's; -1 when it has neither.  */
int code_class (const struct smtp_code *code);
/* Whether A and B have the same enhanced code (both none counts as the
   same); their basic codes are not looked at.  Inline: explain compares
   every reply it finds.  */
static inline bool
code_same_enhanced (const struct smtp_code *a, const struct smtp_code *b)
{
  return a->enhanced_class == b->enhanced_class
    && (a->enhanced_class < 0 || (a->subject == b->subject && a->detail == b->detail));
}

/* Whether A and B are the same code, basic and enhanced parts.  */
static inline bool
code_same (const struct smtp_code *a, const struct smtp_code *b)
{
  return a->basic == b->basic && code_same_enhanced (a, b);
}

/* Makes CODE, a basic code alone, and NEXT, an enhanced code alone, one
   reply, as when "550" and "5.1.1" are given as two words.  Returns false,
   CODE unchanged, when the two are not such halves.  */
bool code_pair (struct smtp_code *code, const struct smtp_code *next);

/* The database key of the basic part, and of the enhanced part (any class).  */
long code_basic_key (const struct smtp_code *code);
long code_enhanced_key (const struct smtp_code *code);

/* Writes "550", "5.1.1", "X.1.1" or "550 5.1.1" into BUF.  */
void code_format (const struct smtp_code *code, char *buf, size_t size);
void code_format_basic (const struct smtp_code *code, char *buf, size_t size);
void code_format_enhanced (const struct smtp_code *code, char *buf, size_t size);

#endif
