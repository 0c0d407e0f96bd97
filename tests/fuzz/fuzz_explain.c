/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz_explain.c -- libFuzzer target: the explain scanner on any bytes,
   fed in pieces whose sizes come from the input itself.  */

#include <config.h>

#include <stddef.h>

#include "explain.h"

int LLVMFuzzerTestOneInput (const unsigned char *data, size_t size);

static void
touch (const struct explain_finding *finding, void *data)
{
  size_t *sum = data;
  for (size_t i = 0; i < finding->text_len; i++)
    *sum += (unsigned char) finding->text[i];
  *sum += finding->line + (size_t) finding->code.basic;
}

int
LLVMFuzzerTestOneInput (const unsigned char *data, size_t size)
{
  size_t sum = 0;
  struct explain_scanner *scanner = explain_new (touch, &sum);
  if (scanner == NULL || size == 0)
    {
      if (scanner)
        explain_free (scanner);
      return 0;
    }
  /* The first byte chooses: counting only, and pieces of 1 to 64 bytes
     or the whole input at once (lines then are scanned where they lie,
     and searches read up to the end of the input).  */
  if (data[0] & 0x40)
    explain_codes_only (scanner);
  size_t step = data[0] & 0x80 ? size : data[0] % 64 + 1;
  for (size_t at = 1; at < size; at += step)
    explain_feed (scanner, (const char *) data + at, at + step <= size ? step : size - at);
  explain_finish (scanner);
  explain_free (scanner);
  return 0;
}
