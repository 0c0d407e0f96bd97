/* SPDX-License-Identifier: GPL-3.0-or-later */
/* search.h -- the codes, providers' entries and causes whose text holds a
   word, for the search command.

   A word matches, ignoring ASCII case, a code's number, its title, its
   texts (description, when it occurs, how to fix, what a server and a
   client do) in English or in the current language, or its references.  */

#ifndef SMTPCODE_SEARCH_H
#define SMTPCODE_SEARCH_H

#include <stdbool.h>
#include <stddef.h>

#include "codedb.h"

/* Whether entry E's text holds WORD.  */
bool search_entry_has (const struct code_entry *e, const char *word);

/* How well E matches all N WORDS, for ranking: -1 when a word is missing;
   otherwise more for each word its title holds, then for a code that a
   standard defines, then for each text that holds a word.  */
long search_score (const struct code_entry *e, char *const *words, int n);

/* Writes into FOUND (room for every entry) the entries that hold all N
   WORDS, best first (search_score), then in the order of the database;
   returns how many.  */
size_t search_codes (char *const *words, int n, const struct code_entry **found);

/* Writes into FOUND (room for every provider entry) the providers'
   entries that hold all N WORDS, in table order; returns how many.  */
size_t search_vendors (char *const *words, int n, const struct vendor_entry **found);

/* Whether cause E's name or texts hold all N WORDS.  */
bool search_cause (const struct cause_entry *e, char *const *words, int n);

#endif
