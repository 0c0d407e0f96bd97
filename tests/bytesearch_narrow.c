/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bytesearch_narrow.c -- the byte searches as a build without AVX2 has
   them (-DSMTPCODE_NO_AVX2), under other names, so that check_bytesearch
   tests the 16-byte blocks too on a processor that has AVX2.  */

#include <config.h>

#define SMTPCODE_NO_AVX2 1
#define search_text narrow_search_text
#define search_code narrow_search_code
#define same_bytes narrow_same_bytes
#define count_byte narrow_count_byte
#define search_pair narrow_search_pair
#define search_line_end narrow_search_line_end
#include "bytesearch.c"
