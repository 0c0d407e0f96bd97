/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz_code.c -- libFuzzer target: parsing codes typed by people.  */

#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "code.h"

int LLVMFuzzerTestOneInput (const unsigned char *data, size_t size);

int
LLVMFuzzerTestOneInput (const unsigned char *data, size_t size)
{
  char *text = malloc (size + 1);
  struct smtp_code code;
  char shown[32];
  if (text == NULL)
    return 0;
  memcpy (text, data, size);
  text[size] = '\0';
  if (code_parse (text, &code) == CODE_OK)
    code_format (&code, shown, sizeof shown);
  free (text);
  return 0;
}
