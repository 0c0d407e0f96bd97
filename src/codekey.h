/* SPDX-License-Identifier: GPL-3.0-or-later */
/* codekey.h -- one integer key per code of the database.

   Shared by the generator (src/mkcodes.c) and the library so that the table
   is sorted by exactly the key the lookup searches with.  Keys:
     class-level   "1xx".."5xx" 11..15, "x0x".."x9x" 20..29,
                   "2.X.X".."5.X.X" 32..35, "X.0.X".."X.9.X" 40..49
     basic         "211" 211 (100..599)
     enhanced      "X.1.1" CODEKEY_ENHANCED_BASE + subject * 1000 + detail  */

#ifndef SMTPCODE_CODEKEY_H
#define SMTPCODE_CODEKEY_H

#include <string.h>

#define CODEKEY_ENHANCED_BASE 1000000L

enum codekey_kind { CODEKEY_CLASS, CODEKEY_BASIC, CODEKEY_ENHANCED };

static inline enum codekey_kind
codekey_kind (long key)
{
  return key >= CODEKEY_ENHANCED_BASE ? CODEKEY_ENHANCED
    : key >= 100 ? CODEKEY_BASIC : CODEKEY_CLASS;
}

/* Every key is made and taken apart here, so that no other file depends
   on how the numbers are laid out.  */

static inline long
codekey_basic (int basic)
{
  return basic;
}

static inline long
codekey_enhanced (int subject, int detail)
{
  return CODEKEY_ENHANCED_BASE + subject * 1000L + detail;
}

/* The basic code of a basic key (211), the subject and detail of an
   enhanced key (X.7.26: 7 and 26).  */
static inline int
codekey_basic_code (long key)
{
  return (int) key;
}

static inline int
codekey_subject (long key)
{
  return (int) ((key - CODEKEY_ENHANCED_BASE) / 1000);
}

static inline int
codekey_detail (long key)
{
  return (int) ((key - CODEKEY_ENHANCED_BASE) % 1000);
}

/* The keys of class-level knowledge: a basic code's first digit ("5xx")
   and second digit ("x5x"), an enhanced class ("5.X.X"), a subject
   ("X.7.X"; -1 past 9).  */
static inline long
codekey_first_digit (int basic)
{
  return 10 + basic / 100;
}

/* Whether KEY is that of a whole class of reply codes, "2xx" to "5xx".  */
static inline int
codekey_is_reply_class (long key)
{
  return key >= codekey_first_digit (200) && key <= codekey_first_digit (500);
}

static inline long
codekey_second_digit (int basic)
{
  return 20 + basic / 10 % 10;
}

static inline long
codekey_enhanced_class (int cls)
{
  return 30 + cls;
}

static inline long
codekey_subject_class (int subject)
{
  return subject >= 0 && subject <= 9 ? 40 + subject : -1;
}

/* Reads 1 to 3 digits without a leading zero at *S; -1 if there are none.  */
static inline long
codekey_number (const char **s)
{
  const char *p = *s;
  long n = 0;
  int digits = 0;
  while (*p >= '0' && *p <= '9' && digits < 4)
    n = n * 10 + (*p++ - '0'), digits++;
  if (digits == 0 || digits > 3 || (digits > 1 && **s == '0'))
    return -1;
  *s = p;
  return n;
}

/* The key of a code written as in data/ ("251", "X.1.1", "2xx", "x0x",
   "4.X.X", "X.7.X"), or -1 when it is not one of these forms.  */
static inline long
codekey_of_code (const char *c)
{
  if (c[0] >= '1' && c[0] <= '5' && c[1] >= '0' && c[1] <= '9'
      && c[2] >= '0' && c[2] <= '9' && c[3] == '\0')
    return codekey_basic ((c[0] - '0') * 100 + (c[1] - '0') * 10 + (c[2] - '0'));
  if (c[0] >= '1' && c[0] <= '5' && c[1] == 'x' && c[2] == 'x' && c[3] == '\0')
    return codekey_first_digit ((c[0] - '0') * 100);
  if (c[0] == 'x' && c[1] >= '0' && c[1] <= '9' && c[2] == 'x' && c[3] == '\0')
    return codekey_second_digit ((c[1] - '0') * 10);
  if ((c[0] == '2' || c[0] == '4' || c[0] == '5') && strcmp (c + 1, ".X.X") == 0)
    return codekey_enhanced_class (c[0] - '0');
  if (c[0] == 'X' && c[1] == '.' && c[2] >= '0' && c[2] <= '9'
      && strcmp (c + 3, ".X") == 0)
    return codekey_subject_class (c[2] - '0');
  if (c[0] == 'X' && c[1] == '.')
    {
      const char *p = c + 2;
      long subject = codekey_number (&p);
      if (subject < 0 || *p++ != '.')
        return -1;
      long detail = codekey_number (&p);
      if (detail < 0 || *p != '\0')
        return -1;
      return codekey_enhanced ((int) subject, (int) detail);
    }
  return -1;
}

#endif
