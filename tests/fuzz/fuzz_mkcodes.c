/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz_mkcodes.c -- libFuzzer target: the data generator's parser and
   checks, on any bytes as a data file.  */

#define main mkcodes_main
#include "../../src/mkcodes.c"
#undef main

int LLVMFuzzerTestOneInput (const unsigned char *data, size_t size);

int
LLVMFuzzerTestOneInput (const unsigned char *data, size_t size)
{
  char *buf = malloc (size + 1);
  if (buf == NULL)
    return 0;
  memcpy (buf, data, size);
  buf[size] = '\0';
  FILE *saved = stderr;
  stderr = fopen ("/dev/null", "w");
  parse_buffer ("fuzz", buf, size);
  check_records ();
  fclose (stderr);
  stderr = saved;
  free_records ();
  free (buf);
  return 0;
}
