/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tally.h -- how many times each reply code was found, for explain
   --summary: a hash table that grows with the number of distinct codes,
   that parts of one input counted apart can be added into, and that is
   sorted by count at the end.  */

#ifndef SMTPCODE_TALLY_H
#define SMTPCODE_TALLY_H

#include <stdbool.h>
#include <stddef.h>

#include "code.h"

struct tally
{
  char code[32];                /* as code_format writes it */
  struct smtp_code parts;
  unsigned long count;
};

struct tally_table
{
  struct tally *tallies;
  size_t ntallies, capacity;
  size_t *slots;                /* hash of the tallies: index + 1, 0 free */
  size_t nslots;
};

/* Adds COUNT to CODE's tally.  */
void tally_add (struct tally_table *table, const struct smtp_code *code, unsigned long count);
/* Adds every tally of FROM into INTO.  */
void tally_merge (struct tally_table *into, const struct tally_table *from);
/* Sorts the tallies, largest count first, then by code.  Nothing can be
   added after.  */
void tally_sort (struct tally_table *table);
void tally_free (struct tally_table *table);

#endif
