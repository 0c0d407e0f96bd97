/* SPDX-License-Identifier: GPL-3.0-or-later */
/* check_bytesearch.c -- the byte searches of the explain scanner: the
   vector build, as the program uses it, against the plain loops, built
   here a second time from the same source under other names, and
   against the 16-byte blocks that processors without AVX2 get
   (bytesearch_narrow.c).  */

#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "bytesearch.h"
#include "suites.h"

size_t narrow_search_code (const char *s, size_t n, size_t i, size_t *dsn);
size_t narrow_search_line_end (const char *s, size_t n, bool *backslash);

/* The plain loops, as -DSMTPCODE_NO_VECTORS builds them.  */
size_t plain_search_text (const char *s, size_t n, const char *needle, size_t len, bool fold);
size_t plain_search_code (const char *s, size_t n, size_t i, size_t *dsn);
bool plain_same_bytes (const char *s, const char *needle, size_t len, bool fold);
size_t plain_count_byte (const char *s, size_t n, char c);
size_t plain_search_pair (const char *s, size_t n, char c);
size_t plain_search_line_end (const char *s, size_t n, bool *backslash);
#define SMTPCODE_NO_VECTORS 1
#define search_text plain_search_text
#define search_code plain_search_code
#define same_bytes plain_same_bytes
#define count_byte plain_count_byte
#define search_pair plain_search_pair
#define search_line_end plain_search_line_end
#include "bytesearch.c"
#undef search_text
#undef search_code
#undef same_bytes
#undef count_byte
#undef search_pair
#undef search_line_end

/* A text of bytes that make many near misses: digits, separators, the
   letters of the needles, padded as the scanner pads its lines.  */
static size_t
random_text (char *buf, size_t max, unsigned *seed)
{
  static const char alphabet[] = "0123456789012345 -,.:;'\"#(Ss)aidn=ACF\t\n\xe5\x93\x8d";
  size_t n = (size_t) rand_r (seed) % max;
  for (size_t i = 0; i < n + SEARCH_PAD; i++)
    buf[i] = alphabet[rand_r (seed) % (sizeof alphabet - 1)];
  return n;
}

/* In memory of the text's size and its padding, so that the sanitizers
   see any byte read past them.  */
START_TEST (codes_found_alike)
{
  char buf[300 + SEARCH_PAD];
  unsigned seed = 11;
  for (int round = 0; round < 20000; round++)
    {
      size_t n = random_text (buf, 300, &seed);
      char *text = malloc (n + SEARCH_PAD);
      ck_assert_ptr_nonnull (text);
      memcpy (text, buf, n + SEARCH_PAD);
      /* ck_assert costs a message to the runner each time: test first.
         Each search notes the first "dsn=" it passed.  */
      for (size_t i = 0; i <= n; i++)
        {
          size_t dsn[3] = { n, n, n };
          size_t at[3] = { search_code (text, n, i, &dsn[0]),
                           narrow_search_code (text, n, i, &dsn[1]),
                           plain_search_code (text, n, i, &dsn[2]) };
          if (at[0] != at[2] || at[1] != at[2] || dsn[0] != dsn[2] || dsn[1] != dsn[2])
            ck_abort_msg ("round %d, n %zu, from %zu: %zu and %zu against %zu, "
                          "dsn= %zu and %zu against %zu", round, n, i,
                          at[0], at[1], at[2], dsn[0], dsn[1], dsn[2]);
        }
      free (text);
    }
}
END_TEST

START_TEST (needles_found_alike)
{
  static const char *const needles[] = { "said:", "S", " (in reply to ", "5.", "a s", "\xe5\x93\x8d" };
  char buf[200 + SEARCH_PAD];
  unsigned seed = 7;
  for (int round = 0; round < 20000; round++)
    {
      size_t n = random_text (buf, 200, &seed);
      for (size_t k = 0; k < sizeof needles / sizeof needles[0]; k++)
        for (int fold = 0; fold < 2; fold++)
          {
            size_t len = strlen (needles[k]);
            if (search_text (buf, n, needles[k], len, fold)
                != plain_search_text (buf, n, needles[k], len, fold))
              ck_abort_msg ("round %d, needle \"%s\", fold %d", round, needles[k], fold);
          }
    }
}
END_TEST

/* Whether search_line_end finds the line end of S (N bytes) and the
   backslashes before it as the plain loop and memchr do.  */
static bool
line_end_alike (const char *s, size_t n)
{
  bool backslash = false, narrow_backslash = true, plain_backslash = false;
  size_t end = search_line_end (s, n, &backslash);
  const char *nl = memchr (s, '\n', n);
  size_t want = nl ? (size_t) (nl - s) : n;
  return end == want && narrow_search_line_end (s, n, &narrow_backslash) == want
    && plain_search_line_end (s, n, &plain_backslash) == want
    && backslash == plain_backslash && narrow_backslash == plain_backslash
    && backslash == (memchr (s, '\\', want) != NULL);
}

/* Counts and pairs of line ends, in texts copied to memory of their own
   size, so that the sanitizers see any byte read past them.  */
START_TEST (line_ends_alike)
{
  static const char alphabet[] = "\n\n\nab \r\\";
  unsigned seed = 5;
  for (int round = 0; round < 3000; round++)
    {
      size_t n = (size_t) rand_r (&seed) % 600;
      char *text = malloc (n + 1);
      ck_assert_ptr_nonnull (text);
      for (size_t i = 0; i < n; i++)
        text[i] = alphabet[rand_r (&seed) % (sizeof alphabet - 1)];
      for (size_t i = 0; i <= n; i++)
        if (count_byte (text + i, n - i, '\n') != plain_count_byte (text + i, n - i, '\n')
            || search_pair (text + i, n - i, '\n') != plain_search_pair (text + i, n - i, '\n')
            || !line_end_alike (text + i, n - i))
          ck_abort_msg ("round %d, n %zu, from %zu", round, n, i);
      free (text);
    }
  /* More line ends than a byte counts, in one run; the pair at the end.  */
  char *ends = malloc (10000);
  ck_assert_ptr_nonnull (ends);
  memset (ends, '\n', 10000);
  ck_assert_uint_eq (count_byte (ends, 10000, '\n'), 10000);
  ck_assert_uint_eq (plain_count_byte (ends, 10000, '\n'), 10000);
  memset (ends, 'x', 9998);
  ck_assert_uint_eq (search_pair (ends, 10000, '\n'), 9998);
  ck_assert_uint_eq (search_pair (ends, 9999, '\n'), 9999);
  ck_assert_uint_eq (plain_search_pair (ends, 10000, '\n'), 9998);
  /* One line end after many blocks, a backslash before it or after.  */
  memset (ends, 'x', 10000);
  ends[9000] = '\n';
  bool backslash = true;
  ck_assert_uint_eq (search_line_end (ends, 10000, &backslash), 9000);
  ck_assert (!backslash);
  ends[9001] = '\\';
  ck_assert_uint_eq (search_line_end (ends, 10000, &backslash), 9000);
  ck_assert (!backslash);
  ends[8999] = '\\';
  ck_assert_uint_eq (search_line_end (ends, 10000, &backslash), 9000);
  ck_assert (backslash);
  ends[100] = '\\', ends[8999] = 'x', ends[9000] = 'x';
  ck_assert_uint_eq (search_line_end (ends, 10000, &backslash), 10000);
  ck_assert (backslash);
  free (ends);
}
END_TEST

/* The plain loops on their own: what a code is, and where the text ends.  */
START_TEST (plain_shapes)
{
  char buf[64 + SEARCH_PAD] = "x 550 y";
  size_t dsn = 99;
  ck_assert_uint_eq (plain_search_code (buf, 7, 0, &dsn), 2);
  ck_assert_uint_eq (search_code (buf, 7, 0, &dsn), 2);
  ck_assert_uint_eq (plain_search_code (buf, 7, 3, &dsn), 7);
  strcpy (buf, "at 650 and 5601 end 421");
  ck_assert_uint_eq (plain_search_code (buf, strlen (buf), 0, &dsn), 20);
  ck_assert_uint_eq (search_code (buf, strlen (buf), 0, &dsn), 20);
  ck_assert_uint_eq (dsn, 99);
  ck_assert_uint_eq (plain_search_text (buf, strlen (buf), "END", 3, true), 16);
  ck_assert_uint_eq (plain_search_text (buf, strlen (buf), "END", 3, false), strlen (buf));
  /* An enhanced code after "dsn=" is none; the first "dsn=" is noted.  */
  strcpy (buf, "x, dsn=4.7.1, DSN=5.1.1, status=deferred (said: 554 5.7.1 no)");
  ck_assert_uint_eq (plain_search_code (buf, strlen (buf), 0, &dsn), 48);
  ck_assert_uint_eq (dsn, 3);
  dsn = 99;
  ck_assert_uint_eq (search_code (buf, strlen (buf), 0, &dsn), 48);
  ck_assert_uint_eq (dsn, 3);
  /* A Postfix queue id that ends with three digits is no code; a
     shorter word of capitals, or one glued to another word, may be.  */
  strcpy (buf, "smtp[1]: 4F2A1C550: to=<a@b>");
  ck_assert_uint_eq (plain_search_code (buf, strlen (buf), 0, &dsn), strlen (buf));
  ck_assert_uint_eq (search_code (buf, strlen (buf), 0, &dsn), strlen (buf));
  strcpy (buf, "smtp[1]: A550: to=<a@b>");
  ck_assert_uint_eq (search_code (buf, strlen (buf), 0, &dsn), 10);
  strcpy (buf, "smtp[1]: x4F2A1C550: to=<a@b>");
  ck_assert_uint_eq (search_code (buf, strlen (buf), 0, &dsn), 16);
}
END_TEST

Suite *
bytesearch_suite (void)
{
  Suite *s = suite_create ("bytesearch");
  TCase *tc = tcase_create ("vector-plain");
  tcase_set_timeout (tc, 60);
  tcase_add_test (tc, codes_found_alike);
  tcase_add_test (tc, needles_found_alike);
  tcase_add_test (tc, plain_shapes);
  tcase_add_test (tc, line_ends_alike);
  suite_add_tcase (s, tc);
  return s;
}
