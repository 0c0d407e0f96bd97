/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bytesearch.c -- the explain scanner's byte searches, many offsets at
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
/* x86-64 processors since 2013 have AVX2, which classifies 32 bytes at
   once; the code and line-end searches use it where the processor has
   it (have_avx2), so that one build serves every x86-64.
   -DSMTPCODE_NO_AVX2 leaves it out.  */
#if defined USE_VECTORS && defined __x86_64__ && !defined SMTPCODE_NO_AVX2
# define USE_AVX2 1
# include <cpuid.h>
# include <stdatomic.h>
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

/* The lanes of B that are not zero as the bits of a mask, lane K at
   bit K, so that hits are taken one by one from a register.  Lanes are
   0 or 0xff: SSE2 has an instruction for this; elsewhere a multiply
   gathers the top bit of each byte of a word.  */
static unsigned
hit_mask (byte_block b)
{
# ifdef __SSE2__
  return (unsigned) __builtin_ia32_pmovmskb128 ((char __attribute__ ((vector_size (16)))) b);
# else
  unsigned long long words[2];
  unsigned mask = 0;
  memcpy (words, &b, sizeof words);
  for (size_t half = 0; half < 2; half++)
    {
      unsigned long long w = words[half] & 0x8080808080808080ULL;
#  if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
      w = __builtin_bswap64 (w);
#  endif
      mask |= (unsigned) ((w * 0x02040810204081ULL) >> 56) << (half * 8);
    }
  return mask;
# endif
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
      for (unsigned mask = hit_mask (hit); mask != 0; mask &= mask - 1)
        {
          size_t k = (size_t) __builtin_ctz (mask);
          if (i + k + len > n)
            break;
          if (same_bytes (s + i + k, needle, len, fold))
            return i + k;
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
static inline bool
code_shape (const char *s, size_t n, size_t i)
{
  if ((i > 0 && (is_digit (s[i - 1]) || s[i - 1] == '.')) || n - i < 3)
    return false;
  if (s[i] >= '2' && s[i] <= '5' && is_digit (s[i + 1]) && is_digit (s[i + 2]))
    return n - i == 3 || !is_digit (s[i + 3]);
  return s[i] >= '2' && s[i] <= '5' && s[i + 1] == '.' && is_digit (s[i + 2]);
}

/* Whether "dsn=" ends at offset I of S: Postfix's and Sendmail's
   "dsn=5.1.1" is read whole elsewhere (reply_dsn_field), from where the
   search saw it.  */
static bool
dsn_key (const char *s, size_t i)
{
  return i >= 4 && (s[i - 4] | 0x20) == 'd' && (s[i - 3] | 0x20) == 's' && (s[i - 2] | 0x20) == 'n';
}

/* Whether the digits at offset I of S end a word of capital hex digits
   of 6 bytes or more: Postfix's queue id before its ':' ("4F2A1C550:
   to=<...>"), in one log line of ten.  */
static bool
queue_id_end (const char *s, size_t i)
{
  size_t start = i;
  while (start > 0 && (is_digit (s[start - 1]) || (s[start - 1] >= 'A' && s[start - 1] <= 'F')))
    start--;
  return i + 3 - start >= 6 && (start == 0 || !is_alnum (s[start - 1]));
}

/* Whether a code of that shape at offset I may still be one, tested
   where the blocks found one so that the search goes on at once.  None
   is glued to a path, an address or a word ("user250@example.com",
   "A550C1"), and an enhanced code is "2.", "4." or "5.", a digit, then a
   digit or '.', not after "dsn=": *DSN is then set to where the first
   "dsn=" is.  The "\n" of an escaped line break is no word.  */
static bool
code_fits (const char *s, size_t n, size_t i, size_t *dsn)
{
  char c = i > 0 ? s[i - 1] : ' ';
  /* But a code with an enhanced code of its class may follow a path's
     or a comment's slash, or the '+' of a diff's added line ("+535
     5.7.3"): decide.c weighs it.  */
  if ((c == '/' || (c == '+' && i == 1)) && n - i >= 8 && s[i + 3] == ' ' && s[i + 4] == s[i]
      && s[i + 5] == '.')
    return true;
  /* Sendmail's rules glue an error's status to "$@": "$@5.7.1 $:...".  */
  if (c == '@' && i > 1 && s[i - 2] == '$' && n - i >= 5 && s[i + 1] == '.')
    return true;
  /* A pattern that matches a whole reply: "reply /550 Access denied/",
     qr/552 recipient storage full/ (decide.c checks that it closes).  */
  if (c == '/' && i > 1 && (s[i - 2] == ' ' || s[i - 2] == '(' || s[i - 2] == '[' || s[i - 2] == 'r')
      && n - i >= 5 && s[i + 3] == ' ' && is_alpha (s[i + 4]))
    return true;
  if (c == '/' || c == '@' || c == '+' || c == '\\' || c == '$' || c == '%')
    return false;
  if (c == 'n' && i > 1 && s[i - 2] == '\\')
    c = ' ';
  if (s[i + 1] == '.')
    {
      if (c == '=' && dsn_key (s, i))
        {
          *dsn = *dsn < i - 4 ? *dsn : i - 4;
          return false;
        }
      return n - i >= 4 && s[i] != '3' && !is_alpha (c) && (is_digit (s[i + 3]) || s[i + 3] == '.');
    }
  if (!is_alpha (c))
    return true;
  /* After a word, only a code with its enhanced code may count; or
     after an encoded ';', ':' or ',' in a URL's query, before its '+'
     ("smtp%3B550+5.1.1+...": explain.c decodes the line).  */
  char after = n - i > 3 ? s[i + 3] : '\0';
  if (after == '+' && i >= 3 && s[i - 3] == '%')
    return true;
  if (after == ':' && c >= 'A' && c <= 'F')
    return !queue_id_end (s, i);
  return after == ' ' || after == '-' || after == ':' || after == '.';
}

#ifdef USE_VECTORS
/* Ranges are tested with one signed comparison each: adding 0x80 - LOW
   moves the range's first byte LOW to -128, so that a byte is in
   [LOW, LOW + N) when the sum is below -128 + N.  */
# define IN_RANGE(signed_type, v, low, n) \
  ((signed_type) ((v) + (unsigned char) (0x80 - (low))) < (signed char) (-128 + (n)))

/* The classes of the 16 bytes at P that code_shapes needs, added to
   its words from bit SHIFT: digits, '2' to '5', and '.'.  */
static inline __attribute__ ((always_inline)) void
classify (const char *p, unsigned shift, unsigned long long *digit,
          unsigned long long *first, unsigned long long *dot)
{
  byte_block b = load_block (p);
  *digit |= (unsigned long long) hit_mask ((byte_block) IN_RANGE (signed_block, b, '0', 10)) << shift;
  *first |= (unsigned long long) hit_mask ((byte_block) IN_RANGE (signed_block, b, '2', 4)) << shift;
  *dot |= (unsigned long long) hit_mask ((byte_block) (b == '.')) << shift;
}

/* code_shape for the 60 offsets from P + 1, as bits (bit K for offset
   K + 1), from the classes of the 64 bytes at P: before an offset, no
   digit nor '.'; at it, '2' to '5'; then a digit or '.', and a digit;
   after three digits, no digit.  The last offsets would need bytes past
   the 64.  */
static inline __attribute__ ((always_inline)) unsigned long long
shapes_of_classes (unsigned long long digit, unsigned long long first, unsigned long long dot)
{
  unsigned long long dot1 = dot >> 2;
  return ~(digit | dot) & first >> 1 & (digit >> 2 | dot1) & digit >> 3
    & (~(digit >> 4) | dot1) & ((1ULL << 60) - 1);
}

/* The same from the 64 bytes at P, 16 at a time.  */
static inline __attribute__ ((always_inline)) unsigned long long
code_shapes (const char *p)
{
  unsigned long long digit = 0, first = 0, dot = 0;
  classify (p, 0, &digit, &first, &dot);
  classify (p + 16, 16, &digit, &first, &dot);
  classify (p + 32, 32, &digit, &first, &dot);
  classify (p + 48, 48, &digit, &first, &dot);
  return shapes_of_classes (digit, first, dot);
}

/* Tests the 60 offsets at a time from I (at least 1) below LIMIT with
   SHAPES (code_shapes or its AVX2 twin), reading from I - 1 up to 62
   bytes past it, into the padding after S: below LIMIT the fourth byte
   of an offset is in the text, and the bits are exact.  Returns the
   first offset that fits, or N.  */
static inline __attribute__ ((always_inline)) size_t
search_blocks (const char *s, size_t n, size_t i, size_t limit, size_t *dsn,
               unsigned long long (*shapes) (const char *))
{
  for (; i < limit; i += 60)
    for (unsigned long long found = shapes (s + i - 1); found != 0; found &= found - 1)
      {
        size_t at = i + (size_t) __builtin_ctzll (found);
        if (at >= limit)
          return n;
        if (code_fits (s, n, at, dsn))
          return at;
      }
  return n;
}

static size_t
search_blocks_narrow (const char *s, size_t n, size_t i, size_t limit, size_t *dsn)
{
  return search_blocks (s, n, i, limit, dsn, code_shapes);
}

# ifdef USE_AVX2
typedef unsigned char wide_block __attribute__ ((vector_size (32)));
typedef signed char signed_wide __attribute__ ((vector_size (32)));

/* classify for the 32 bytes at P.  */
static inline __attribute__ ((always_inline, target ("avx2"))) void
classify_wide (const char *p, unsigned shift, unsigned long long *digit,
               unsigned long long *first, unsigned long long *dot)
{
  typedef char char_wide __attribute__ ((vector_size (32)));
  wide_block b;
  memcpy (&b, p, sizeof b);
  *digit |= (unsigned long long) (unsigned)
    __builtin_ia32_pmovmskb256 ((char_wide) IN_RANGE (signed_wide, b, '0', 10)) << shift;
  *first |= (unsigned long long) (unsigned)
    __builtin_ia32_pmovmskb256 ((char_wide) IN_RANGE (signed_wide, b, '2', 4)) << shift;
  *dot |= (unsigned long long) (unsigned) __builtin_ia32_pmovmskb256 ((char_wide) (b == '.')) << shift;
}

/* code_shapes, 32 bytes at a time.  Not inlined: it clears the upper
   halves of the AVX registers as it returns, so that the SSE code
   around it pays no penalty for mixing the two.  */
static __attribute__ ((noinline, target ("avx2"))) unsigned long long
code_shapes_wide (const char *p)
{
  unsigned long long digit = 0, first = 0, dot = 0;
  classify_wide (p, 0, &digit, &first, &dot);
  classify_wide (p + 32, 32, &digit, &first, &dot);
  return shapes_of_classes (digit, first, dot);
}

static size_t
search_blocks_avx2 (const char *s, size_t n, size_t i, size_t limit, size_t *dsn)
{
  return search_blocks (s, n, i, limit, dsn, code_shapes_wide);
}

/* Whether the processor has AVX2 and the system keeps its registers.
   Asked when a search first needs it, not by a constructor at every
   start (as __builtin_cpu_supports is): a lookup pays nothing.  */
static atomic_int avx2_known = -1;      /* not asked yet */

static __attribute__ ((noinline)) bool
ask_avx2 (void)
{
  unsigned a, b, c, d, xcr0, high;
  bool have = false;
  if (__get_cpuid (1, &a, &b, &c, &d) && (c & bit_OSXSAVE) && (c & bit_AVX))
    {
      __asm__ ("xgetbv" : "=a" (xcr0), "=d" (high) : "c" (0));
      /* The system saves the SSE and AVX registers' state.  */
      have = (xcr0 & 6) == 6 && __get_cpuid_count (7, 0, &a, &b, &c, &d) && (b & bit_AVX2);
    }
  atomic_store_explicit (&avx2_known, have, memory_order_relaxed);
  return have;
}

static inline bool
have_avx2 (void)
{
  int known = atomic_load_explicit (&avx2_known, memory_order_relaxed);
  return known >= 0 ? known : ask_avx2 ();
}
# endif
# undef IN_RANGE
#endif

/* Every reply quoted in free text has a code, and a log line has few
   places where one may stand.  */
size_t
search_code (const char *s, size_t n, size_t i, size_t *dsn)
{
#ifdef USE_VECTORS
  if (i == 0 && n > 0)
    {
      if (code_shape (s, n, 0) && code_fits (s, n, 0, dsn))
        return 0;
      i = 1;
    }
  size_t from = i, limit = n > 3 ? n - 3 : 0;
  if (i < limit)
    {
      size_t at;
# ifdef USE_AVX2
      if (have_avx2 ())
        at = search_blocks_avx2 (s, n, i, limit, dsn);
      else
# endif
        at = search_blocks_narrow (s, n, i, limit, dsn);
      if (at < n)
        return at;
    }
  i = limit > from ? limit : from;
#endif
  for (; i < n; i++)
    if (code_shape (s, n, i) && code_fits (s, n, i, dsn))
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

#ifdef USE_AVX2
/* search_line_end's blocks, 32 bytes in one: the offset of the first
   '\n' in the whole blocks of S (N bytes), or N with *TAIL set to where
   the bytes after them start and *SEEN to whether a '\\' came before.  */
static __attribute__ ((noinline, target ("avx2"))) size_t
line_end_blocks_avx2 (const char *s, size_t n, size_t *tail, bool *seen)
{
  typedef char char_wide __attribute__ ((vector_size (32)));
  size_t i = 0;
  bool slash_seen = false;
  for (; n - i >= 32; i += 32)
    {
      char_wide b;
      memcpy (&b, s + i, sizeof b);
      unsigned lines = (unsigned) __builtin_ia32_pmovmskb256 ((char_wide) (b == '\n'));
      unsigned slashes = (unsigned) __builtin_ia32_pmovmskb256 ((char_wide) (b == '\\'));
      if (lines != 0)
        {
          *seen = slash_seen || (slashes & ((lines & -lines) - 1)) != 0;
          return i + (size_t) __builtin_ctz (lines);
        }
      slash_seen = slash_seen || slashes != 0;
    }
  *tail = i;
  *seen = slash_seen;
  return n;
}
#endif

size_t
search_line_end (const char *s, size_t n, bool *backslash)
{
  size_t i = 0;
  bool seen = false;
#ifdef USE_AVX2
  if (have_avx2 ())
    {
      size_t at = line_end_blocks_avx2 (s, n, &i, &seen);
      if (at < n)
        {
          *backslash = seen;
          return at;
        }
    }
#endif
#ifdef USE_VECTORS
  for (; n - i >= 32; i += 32)
    {
      byte_block low = load_block (s + i), high = load_block (s + i + 16);
      unsigned lines = hit_mask ((byte_block) (low == '\n')) | hit_mask ((byte_block) (high == '\n')) << 16;
      unsigned slashes = hit_mask ((byte_block) (low == '\\')) | hit_mask ((byte_block) (high == '\\')) << 16;
      if (lines != 0)
        {
          /* Only the backslashes before the line's end.  */
          *backslash = seen || (slashes & ((lines & -lines) - 1)) != 0;
          return i + (size_t) __builtin_ctz (lines);
        }
      seen = seen || slashes != 0;
    }
#endif
  for (; i < n && s[i] != '\n'; i++)
    seen = seen || s[i] == '\\';
  *backslash = seen;
  return i;
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
      return i + (size_t) __builtin_ctz (hit_mask (low) | hit_mask (high) << 16);
    }
#endif
  for (; i + 1 < n; i++)
    if (s[i] == c && s[i + 1] == c)
      return i;
  return n;
}
