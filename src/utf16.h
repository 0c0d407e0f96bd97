/* SPDX-License-Identifier: GPL-3.0-or-later */
/* utf16.h -- input written in UTF-16, turned to UTF-8 before explain
   reads it.

   Windows writes text files in UTF-16 with a byte order mark where a
   mail administrator saves what Exchange or PowerShell printed
   (Windows PowerShell's '>' and Out-File, Notepad's "Unicode"): every
   other byte of such a file is NUL, and no reply code in it is found
   as it stands.  Input that starts with no byte order mark of UTF-16
   passes through untouched and uncopied.  The conversion is the
   arithmetic of RFC 2781, so it needs no iconv(3) and no table.  */

#ifndef SMTPCODE_UTF16_H
#define SMTPCODE_UTF16_H

#include <stdbool.h>
#include <stddef.h>

/* Receives the text, in UTF-8, N bytes at S.  */
typedef void utf16_emit (void *data, const char *s, size_t n);

struct utf16_reader
{
  enum { UTF16_UNDECIDED, UTF16_NONE, UTF16_LITTLE, UTF16_BIG } order;
  unsigned char held[2];        /* the input's first byte, or a half code unit */
  size_t nheld;
  unsigned high;                /* a high surrogate waiting for its pair, or 0 */
  utf16_emit *emit;
  void *data;
};

/* Whether the N bytes at S start with a byte order mark of UTF-16.  */
bool utf16_marked (const char *s, size_t n);

/* Starts R, which gives what it reads to EMIT with DATA.  */
void utf16_start (struct utf16_reader *r, utf16_emit *emit, void *data);

/* Reads the next N bytes at S of the input.  */
void utf16_feed (struct utf16_reader *r, const char *s, size_t n);

/* Ends the input: what is left of it is given out (a half code unit or
   a lone surrogate as U+FFFD).  */
void utf16_finish (struct utf16_reader *r);

#endif
