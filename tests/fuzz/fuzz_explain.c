/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz_explain.c -- libFuzzer target: the explain scanner on any bytes,
   fed in pieces whose sizes come from the input itself, once in full and
   once counting codes only: both must find the same codes on the same
   lines (explain --summary counts what explain shows).  */

#include <config.h>

#include <stddef.h>
#include <stdlib.h>

#include "explain.h"

int LLVMFuzzerTestOneInput (const unsigned char *data, size_t size);

/* The first findings of a scan, and a sum over all of them.  */
struct seen
{
  size_t count, sum;
  struct smtp_code codes[256];
  unsigned long lines[256];
};

static void
touch (const struct explain_finding *finding, void *data)
{
  struct seen *seen = data;
  for (size_t i = 0; i < finding->text_len; i++)
    seen->sum += (unsigned char) finding->text[i];
  if (seen->count < 256)
    {
      seen->codes[seen->count] = finding->code;
      seen->lines[seen->count] = finding->line;
    }
  seen->count++;
}

static void
scan (const unsigned char *data, size_t size, bool codes_only, struct seen *seen)
{
  struct explain_scanner *scanner = explain_new (touch, seen);
  if (scanner == NULL)
    return;
  if (codes_only)
    explain_codes_only (scanner);
  /* The first byte chooses pieces of 1 to 64 bytes or the whole input at
     once (lines then are scanned where they lie, and searches read up to
     the end of the input).  */
  size_t step = data[0] & 0x80 ? size : data[0] % 64 + 1;
  for (size_t at = 1; at < size; at += step)
    explain_feed (scanner, (const char *) data + at, at + step <= size ? step : size - at);
  explain_finish (scanner);
  explain_free (scanner);
}

int
LLVMFuzzerTestOneInput (const unsigned char *data, size_t size)
{
  static struct seen full, codes;
  if (size == 0)
    return 0;
  full.count = codes.count = 0;
  scan (data, size, false, &full);
  scan (data, size, true, &codes);
  if (full.count != codes.count)
    abort ();
  for (size_t i = 0; i < full.count && i < 256; i++)
    if (full.lines[i] != codes.lines[i] || full.codes[i].basic != codes.codes[i].basic
        || full.codes[i].enhanced_class != codes.codes[i].enhanced_class
        || full.codes[i].subject != codes.codes[i].subject
        || full.codes[i].detail != codes.codes[i].detail)
      abort ();
  return 0;
}
