/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bytesearch.c -- the explain scanner's byte searches, sixteen offsets at
   a time (see bytesearch.h).  A log line is mostly bytes that start
   nothing: testing them in blocks is what keeps explain --summary close
   to the speed of reading.  */

#include <config.h>

#include <string.h>

#include "bytesearch.h"
#include "scanchar.h"

/* Vector searches need the vector types of GCC and Clang; with
   -DSMTPCODE_NO_VECTORS the plain loops are built instead, as they are
   for other compilers.  */
#if defined __GNUC__ && !defined SMTPCODE_NO_VECTORS
# define USE_VECTORS 1
#endif

bool
same_bytes (const char *s, const char *needle, size_t len, bool fold)
{
  if (!fold)
    return memcmp (s, needle, len) == 0;
  for (size_t i = 0; i < len; i++)
    if (lower (s[i]) != lower (needle[i]))
      return false;
  return true;
}

#ifdef USE_VECTORS
/* SSE2 on x86-64, NEON on ARM.  */
typedef unsigned char byte_block __attribute__ ((vector_size (16)));

static byte_block
load_block (const char *p)
{
  byte_block b;
  memcpy (&b, p, sizeof b);
  return b;
}

static bool
block_empty (byte_block b)
{
  unsigned long long words[2];
  memcpy (words, &b, sizeof words);
  return (words[0] | words[1]) == 0;
}

/* The index of the first byte of B that is not zero, or 16.  */
static size_t
first_hit (byte_block b)
{
  unsigned long long words[2];
  memcpy (words, &b, sizeof words);
  for (size_t half = 0; half < 2; half++)
    if (words[half])
# if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
      return half * 8 + (size_t) __builtin_clzll (words[half]) / 8;
# else
      return half * 8 + (size_t) __builtin_ctzll (words[half]) / 8;
# endif
  return 16;
}
#endif

/* Offsets are first tested on two bytes of the needle, its first and
   last but for spaces (spaces are everywhere), so that only likely
   places are compared whole.  */
size_t
search_text (const char *s, size_t n, const char *needle, size_t len, bool fold)
{
  size_t i = 0, a = 0, b = len - 1;
  if (len > n)
    return n;
  while (a < b && needle[a] == ' ')
    a++;
  while (b > a && needle[b] == ' ')
    b--;
  /* | 0x20 folds ASCII capitals; what else it folds is a false "yes".  */
  unsigned char bits = fold ? 0x20 : 0, at_a = (unsigned char) needle[a] | bits,
    at_b = (unsigned char) needle[b] | bits;
#ifdef USE_VECTORS
  /* The last block reads into the padding after S.  */
  for (; i + len <= n; i += 16)
    {
      byte_block hit = (byte_block) (((load_block (s + i + a) | bits) == at_a)
                                     & ((load_block (s + i + b) | bits) == at_b));
      for (size_t k = first_hit (hit); k < 16 && i + k + len <= n; k = first_hit (hit))
        {
          if (same_bytes (s + i + k, needle, len, fold))
            return i + k;
          hit[k] = 0;
        }
    }
  return n;
#else
  for (; i + len <= n; i++)
    if (((unsigned char) s[i + a] | bits) == at_a && ((unsigned char) s[i + b] | bits) == at_b
        && same_bytes (s + i, needle, len, fold))
      return i;
  return n;
#endif
}

#ifdef USE_VECTORS
/* Which of the sixteen offsets from P may start a reply code.  */
static byte_block
code_starts (const char *p)
{
  byte_block c0 = load_block (p), c1 = load_block (p + 1), c2 = load_block (p + 2),
    c3 = load_block (p + 3);
  /* ',' and '-' differ only in the lowest bit.  */
  return (byte_block) (((byte_block) (c0 - '2') < 4) & ((byte_block) (c1 - '0') < 6)
                       & ((byte_block) (c2 - '0') < 10)
                       & ((c3 == ' ') | ((c3 | 1) == '-')));
}
#endif

/* A place where a reply code may stand: three digits 2xx to 5xx (the
   second 0 to 5) that end the text or are followed by a space, '-' or
   ',' (in a tuple).  Every reply quoted in free text has one, and a log
   line has few.  */
size_t
search_code (const char *s, size_t n, size_t i)
{
  size_t from = i;
#ifdef USE_VECTORS
  /* Two blocks at a time, reading up to 3 + 31 bytes past I, into the
     padding after S.  */
  for (; i + 3 < n; i += 32)
    {
      byte_block low = code_starts (s + i), high = code_starts (s + i + 16);
      if (block_empty (low | high))
        continue;
      size_t k = first_hit (low);
      if (k == 16)
        k += first_hit (high);
      if (i + k + 3 < n)
        return i + k;
      break;
    }
#else
  for (; i + 3 < n; i++)
    if (code_digits (s + i) && (s[i + 3] == ' ' || s[i + 3] == '-' || s[i + 3] == ','))
      return i;
#endif
  return n >= 3 && n - 3 >= from && code_digits (s + n - 3) ? n - 3 : n;
}
