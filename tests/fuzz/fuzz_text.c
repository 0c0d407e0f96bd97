/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz_text.c -- libFuzzer target: wrapping and escaping any bytes.
   The first byte picks the width, the second the indentation.  */

#include <config.h>

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "out.h"
#include "text.h"

int LLVMFuzzerTestOneInput (const unsigned char *data, size_t size);

int
LLVMFuzzerTestOneInput (const unsigned char *data, size_t size)
{
  static int null_fd = -1;
  if (null_fd < 0)
    {
      null_fd = open ("/dev/null", O_WRONLY);
      out_set_fd (null_fd);
    }
  if (size < 2)
    return 0;
  size_t width = data[0], indent = data[1] % 16;
  char *text = malloc (size - 1);
  if (text == NULL)
    return 0;
  memcpy (text, data + 2, size - 2);
  text[size - 2] = '\0';
  text_wrap (text, indent, width);
  text_write_escaped ((const char *) data + 2, size - 2);
  (void) text_width ((const char *) data + 2, size - 2);
  (void) text_valid_utf8 ((const char *) data + 2, size - 2);
  free (text);
  out_flush ();
  return 0;
}
