/* SPDX-License-Identifier: GPL-3.0-or-later */
/* scanchar.h -- the byte classes the explain scanner tests everywhere.

   ASCII only, on purpose: the input is any bytes (UTF-8 or not, NUL
   included), and a locale's notion of a letter must not change what is
   found.  */

#ifndef SMTPCODE_SCANCHAR_H
#define SMTPCODE_SCANCHAR_H

#include <stdbool.h>
#include <stddef.h>

static inline bool
is_digit (char c)
{
  return c >= '0' && c <= '9';
}

static inline bool
is_alpha (char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline bool
is_alnum (char c)
{
  return is_digit (c) || is_alpha (c);
}

static inline bool
is_space (char c)
{
  return c == ' ' || c == '\t';
}

/* Whether a no-break space (U+00A0 in UTF-8) starts at I of S (N
   bytes): Microsoft's pages write one inside a reply they quote.  */
static inline bool
nbsp_at (const char *s, size_t n, size_t i)
{
  return i + 1 < n && (unsigned char) s[i] == 0xC2 && (unsigned char) s[i + 1] == 0xA0;
}

/* The value of the hexadecimal digit C, or -1.  */
static inline int
hex_value (char c)
{
  return is_digit (c) ? c - '0' : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
}

static inline char
lower (char c)
{
  return c >= 'A' && c <= 'Z' ? (char) (c - 'A' + 'a') : c;
}

/* Whether S starts with the three digits of a reply code: 2xx to 5xx,
   the second digit 0 to 5, as RFC 5321 has it.  */
static inline bool
code_digits (const char *s)
{
  return s[0] >= '2' && s[0] <= '5' && s[1] >= '0' && s[1] <= '5' && is_digit (s[2]);
}

/* The number that the three digits at S write.  */
static inline int
three_digits (const char *s)
{
  return (s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0');
}

#endif
