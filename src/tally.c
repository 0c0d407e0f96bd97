/* SPDX-License-Identifier: GPL-3.0-or-later */
/* tally.c -- how many times each reply code was found.  */

#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "tally.h"
#include "xalloc.h"

static size_t
code_hash (const struct smtp_code *c)
{
  return ((size_t) c->basic * 1000003u) ^ ((size_t) (c->enhanced_class + 1) * 7919u)
    ^ ((size_t) c->subject * 1009u) ^ (size_t) c->detail * 31u;
}

/* Doubles the hash table and places the tallies again.  */
static void
grow_slots (struct tally_table *table)
{
  size_t nslots = table->nslots ? table->nslots * 2 : 64;
  size_t *slots = xcalloc (nslots, sizeof *slots);
  for (size_t i = 0; i < table->ntallies; i++)
    {
      size_t at = code_hash (&table->tallies[i].parts) & (nslots - 1);
      while (slots[at])
        at = (at + 1) & (nslots - 1);
      slots[at] = i + 1;
    }
  free (table->slots);
  table->slots = slots;
  table->nslots = nslots;
}

void
tally_add (struct tally_table *table, const struct smtp_code *code, unsigned long count)
{
  /* A log may hold many distinct codes: find the tally by hash, not by
     a walk through all of them.  */
  if (2 * (table->ntallies + 1) > table->nslots)
    grow_slots (table);
  size_t mask = table->nslots - 1, at = code_hash (code) & mask;
  for (; table->slots[at]; at = (at + 1) & mask)
    {
      struct tally *t = &table->tallies[table->slots[at] - 1];
      if (code_same (&t->parts, code))
        {
          t->count += count;
          return;
        }
    }
  if (table->ntallies == table->capacity)
    {
      size_t capacity = table->capacity ? table->capacity * 2 : 16;
      table->tallies = xreallocarray (table->tallies, capacity, sizeof *table->tallies);
      table->capacity = capacity;
    }
  struct tally *t = &table->tallies[table->ntallies++];
  code_format (code, t->code, sizeof t->code);
  t->parts = *code;
  t->count = count;
  table->slots[at] = table->ntallies;
}

void
tally_merge (struct tally_table *into, const struct tally_table *from)
{
  for (size_t i = 0; i < from->ntallies; i++)
    tally_add (into, &from->tallies[i].parts, from->tallies[i].count);
}

static int
by_count (const void *a, const void *b)
{
  const struct tally *x = a, *y = b;
  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return strcmp (x->code, y->code);
}

void
tally_sort (struct tally_table *table)
{
  if (table->ntallies > 0)
    qsort (table->tallies, table->ntallies, sizeof *table->tallies, by_count);
}

void
tally_free (struct tally_table *table)
{
  free (table->tallies);
  free (table->slots);
  *table = (struct tally_table) { 0 };
}
