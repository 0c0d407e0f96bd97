/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bytesearch.h -- the explain scanner's searches through raw bytes: for
   a needle, and for the places where a reply code may stand.

   They are what makes a log of gigabytes fast to scan, so they test
   16 offsets at once (60 for codes) with the compiler's vector types
   where it has them, and the code search 32 bytes at a time on x86-64
   processors with AVX2; -DSMTPCODE_NO_VECTORS builds the plain loops
   instead (the unit tests build each and compare them).  A search may read up to
   SEARCH_PAD bytes past the end of its text: callers keep that many
   readable bytes after it.  */

#ifndef SMTPCODE_BYTESEARCH_H
#define SMTPCODE_BYTESEARCH_H

#include <stdbool.h>
#include <stddef.h>

#define SEARCH_PAD 64

/* The offset of NEEDLE (LEN bytes, at least 1) in S (N bytes), or N; with
   FOLD, ASCII case is ignored.  S must be followed by SEARCH_PAD bytes
   that may be read (the scanner's buffers are): the vector loop reads
   whole blocks past its end.  */
size_t search_text (const char *s, size_t n, const char *needle, size_t len, bool fold);

/* The offset of NEEDLE, a string literal, in S (N bytes), or N: ignoring
   case, or exactly (for the phrases that mail servers always write the
   same way, such as "in reply to").  */
#define find_ci(s, n, needle) search_text (s, n, "" needle, sizeof needle - 1, true)
#define find_exact(s, n, needle) search_text (s, n, "" needle, sizeof needle - 1, false)

/* The first offset from I on in S (N bytes) where a code may stand, or
   N: three digits 2xx to 5xx (the second 0 to 5) with no digit glued on
   either side, or the start of an enhanced code ("5.7").  An enhanced
   code after "dsn=" is none: *DSN is lowered to where the "dsn=" before
   it is, so that a caller that starts it at N learns where the first
   one that the searches passed is.  */
size_t search_code (const char *s, size_t n, size_t i, size_t *dsn);

/* Whether S starts with the LEN bytes of NEEDLE, ignoring ASCII case
   with FOLD.  */
bool same_bytes (const char *s, const char *needle, size_t len, bool fold);

/* How many of the N bytes at S are C.  Reads nothing past S + N.  */
size_t count_byte (const char *s, size_t n, char c);

/* The offset of the first '\n' in S (N bytes), or N; *BACKSLASH tells
   whether a '\\' stands before it.  One pass finds both: a line's
   escapes are looked at only where it has a backslash.  Reads nothing
   past S + N.  */
size_t search_line_end (const char *s, size_t n, bool *backslash);

/* The offset of the first two bytes C in a row in S (N bytes), or N.
   Reads nothing past S + N.  */
size_t search_pair (const char *s, size_t n, char c);

#endif
