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
typedef signed char signed_block __attribute__ ((vector_size (16)));

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

/* The shape of a code at offset I of S (N bytes), as the blocks below
   test it: no digit or '.' before it (as in 192.0.2.250), '2' to '5',
   and either two more digits not followed by a digit, or '.' and a digit
   (an enhanced code).  The second digit of a reply code is 0 to 5 in RFC
   5321, but servers send 571 and 577 too: decide.c weighs those.  */
static bool
code_shape (const char *s, size_t n, size_t i)
{
  if ((i > 0 && (is_digit (s[i - 1]) || s[i - 1] == '.')) || n - i < 3)
    return false;
  if (s[i] >= '2' && s[i] <= '5' && is_digit (s[i + 1]) && is_digit (s[i + 2]))
    return n - i == 3 || !is_digit (s[i + 3]);
  return s[i] >= '2' && s[i] <= '5' && s[i + 1] == '.' && is_digit (s[i + 2]);
}

/* Whether "dsn=" ends at offset I of S: Postfix's and Sendmail's
   "dsn=5.1.1" is read whole elsewhere (reply_dsn_field).  */
static bool
dsn_key (const char *s, size_t i)
{
  return i >= 4 && (s[i - 4] | 0x20) == 'd' && (s[i - 3] | 0x20) == 's' && (s[i - 2] | 0x20) == 'n';
}

/* Whether a code of that shape at offset I may still be one, tested
   where the blocks found one so that the search goes on at once.  None
   is glued to a path, an address or a word ("user250@example.com",
   "A550C1"), and an enhanced code is "2.", "4." or "5.", a digit, then a
   digit or '.', not after "dsn=".  The "\n" of an escaped line break is
   no word.  */
static bool
code_fits (const char *s, size_t n, size_t i)
{
  char c = i > 0 ? s[i - 1] : ' ';
  if (c == '/' || c == '@' || c == '+' || c == '\\' || c == '$' || c == '%')
    return false;
  if (c == 'n' && i > 1 && s[i - 2] == '\\')
    c = ' ';
  if (s[i + 1] == '.')
    return n - i >= 4 && s[i] != '3' && !is_alpha (c) && !(c == '=' && dsn_key (s, i))
      && (is_digit (s[i + 3]) || s[i + 3] == '.');
  if (!is_alpha (c))
    return true;
  /* After a word, only a code with its enhanced code may count.  */
  char after = n - i > 3 ? s[i + 3] : '\0';
  return after == ' ' || after == '-' || after == ':' || after == '.';
}

#ifdef USE_VECTORS
/* Ranges are tested with one signed comparison each: adding 0x80 - LOW
   moves the range's first byte LOW to -128, so that a byte is in
   [LOW, LOW + N) when the sum is below -128 + N.  */
# define IN_RANGE(v, low, n) \
  ((signed_block) ((v) + (unsigned char) (0x80 - (low))) < (signed char) (-128 + (n)))

/* code_shape for the sixteen offsets from P, in two steps (inlined, so
   that a loop's calls share their constants).  The first tests the
   three bytes of a code: '2' to '5', a digit or '.', a digit.  Most
   blocks of a log have none, and the second step is then not needed.  */
static inline __attribute__ ((always_inline)) byte_block
code_digits_at (const char *p)
{
  byte_block c0 = load_block (p), c1 = load_block (p + 1), c2 = load_block (p + 2);
  return (byte_block) (IN_RANGE (c0, '2', 4) & IN_RANGE (c2, '0', 10)
                       & (IN_RANGE (c1, '0', 10) | (signed_block) (c1 == '.')));
}

/* The second step, for the offsets of DIGITS: what stands around them.
   No digit or '.' before; after three digits, no digit.  P - 1 is read,
   and P + 3, which must be in the text for the answer to hold.  */
static inline __attribute__ ((always_inline)) byte_block
code_edges (const char *p, byte_block digits)
{
  byte_block before = load_block (p - 1), c1 = load_block (p + 1), c3 = load_block (p + 3);
  return digits & (byte_block) (~IN_RANGE (before, '0', 10) & (signed_block) (before != '.')
                                & (~IN_RANGE (c3, '0', 10) | (signed_block) (c1 == '.')));
}
# undef IN_RANGE

/* The first offset from BASE of a hit in B (offsets BASE to BASE + 15)
   that code_fits, or LIMIT when none below LIMIT does.  */
static size_t
first_fit (const char *s, size_t n, size_t base, byte_block b, size_t limit)
{
  for (size_t k = first_hit (b); k < 16 && base + k < limit; k = first_hit (b))
    {
      if (code_fits (s, n, base + k))
        return base + k;
      b[k] = 0;
    }
  return limit;
}
#endif

/* Every reply quoted in free text has a code, and a log line has few
   places where one may stand.  */
size_t
search_code (const char *s, size_t n, size_t i)
{
#ifdef USE_VECTORS
  if (i == 0 && n > 0)
    {
      if (code_shape (s, n, 0) && code_fits (s, n, 0))
        return 0;
      i = 1;
    }
  /* Two blocks at a time, reading from I - 1 up to 3 + 31 bytes past I,
     into the padding after S.  Below LIMIT, the fourth byte of an offset
     is in the text, and the blocks' answer is exact; the offsets from
     LIMIT on are tested one by one.  */
  size_t from = i, limit = n > 3 ? n - 3 : 0;
  for (; i < limit; i += 32)
    {
      byte_block low = code_digits_at (s + i), high = code_digits_at (s + i + 16);
      if (block_empty (low | high))
        continue;
      low = code_edges (s + i, low);
      high = code_edges (s + i + 16, high);
      if (block_empty (low | high))
        continue;
      size_t at = first_fit (s, n, i, low, limit);
      if (at == limit && i + 16 < limit)
        at = first_fit (s, n, i + 16, high, limit);
      if (at < limit)
        return at;
    }
  i = limit > from ? limit : from;
#endif
  for (; i < n; i++)
    if (code_shape (s, n, i) && code_fits (s, n, i))
      return i;
  return n;
}

/* Counted sixteen bytes at a time, in byte lanes that cannot overflow
   before 255 blocks, without reading past S + N (a read buffer has no
   padding).  */
size_t
count_byte (const char *s, size_t n, char c)
{
  size_t count = 0, i = 0;
#ifdef USE_VECTORS
  while (n - i >= 16)
    {
      byte_block lanes = { 0 };
      size_t blocks = (n - i) / 16 < 255 ? (n - i) / 16 : 255;
      for (size_t k = 0; k < blocks; k++, i += 16)
        lanes -= (byte_block) (load_block (s + i) == (unsigned char) c);
      for (size_t k = 0; k < 16; k++)
        count += lanes[k];
    }
#endif
  for (; i < n; i++)
    count += s[i] == c;
  return count;
}

size_t
search_pair (const char *s, size_t n, char c)
{
  size_t i = 0;
#ifdef USE_VECTORS
  /* Two blocks at a time: most have no pair.  */
  for (; n - i >= 33; i += 32)
    {
      byte_block low = (byte_block) ((load_block (s + i) == (unsigned char) c)
                                     & (load_block (s + i + 1) == (unsigned char) c));
      byte_block high = (byte_block) ((load_block (s + i + 16) == (unsigned char) c)
                                      & (load_block (s + i + 17) == (unsigned char) c));
      if (block_empty (low | high))
        continue;
      return block_empty (low) ? i + 16 + first_hit (high) : i + first_hit (low);
    }
#endif
  for (; i + 1 < n; i++)
    if (s[i] == c && s[i + 1] == c)
      return i;
  return n;
}
