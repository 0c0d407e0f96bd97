/* SPDX-License-Identifier: GPL-3.0-or-later */
/* utf8.h -- the one UTF-8 decoder, shared by the generator (src/mkcodes.c,
   which must not link the library) and text.c.  Static inline so that
   text.c's wrapping loop can inline it.  */

#ifndef SMTPCODE_UTF8_H
#define SMTPCODE_UTF8_H

#include <stddef.h>

/* Decodes the character at S (N > 0 bytes) into *CODEPOINT and returns its
   length, or returns 0 when S does not start with a valid sequence (bad
   lead or continuation byte, truncated, overlong, surrogate, past
   U+10FFFF).  */
static inline size_t
utf8_decode (const char *s, size_t n, unsigned *codepoint)
{
  const unsigned char *u = (const unsigned char *) s;
  unsigned c = u[0], min;
  size_t len;

  if (c < 0x80)
    {
      *codepoint = c;
      return 1;
    }
  if ((c & 0xE0) == 0xC0)
    len = 2, min = 0x80, c &= 0x1F;
  else if ((c & 0xF0) == 0xE0)
    len = 3, min = 0x800, c &= 0x0F;
  else if ((c & 0xF8) == 0xF0)
    len = 4, min = 0x10000, c &= 0x07;
  else
    return 0;
  if (n < len)
    return 0;
  for (size_t i = 1; i < len; i++)
    {
      if ((u[i] & 0xC0) != 0x80)
        return 0;
      c = (c << 6) | (u[i] & 0x3F);
    }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
    return 0;
  *codepoint = c;
  return len;
}

#endif
