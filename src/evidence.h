/* SPDX-License-Identifier: GPL-3.0-or-later */
/* evidence.h -- the scale on which decide.c weighs the evidence around a
   candidate code, and the word tests that both sides share.  Internal to
   the reply decision: decide.c, decide_enhanced.c, reply_words.c,
   evidence_before.c, evidence_after.c.  */

#ifndef SMTPCODE_EVIDENCE_H
#define SMTPCODE_EVIDENCE_H

#include <stdbool.h>
#include <stddef.h>

/* A score this low rules the candidate out whatever else is seen.  */
#define VETO (-100)
/* Prose after a code: a veto, unless the words before say clearly that a
   reply is quoted (Chinese bounces' "said:550 is now disabled").  */
#define PROSE (-60)
#define CLEAR 5
/* What a code without an enhanced code of its class needs.  */
#define ENOUGH 3

/* The word lists are arrays of characters, not of pointers: a pointer in
   static data is relocated at every start of the program.  Each ends
   with "".  */
#define WORD_MAX 24

/* Units and counts ("552 bytes"), prose that goes on after a code ("550
   or 554"), and words that talk about a code ("550 means").  */
extern const char units[][WORD_MAX];
extern const char prose_words[][WORD_MAX];
extern const char prose_after[][WORD_MAX];

/* A letter, a digit or '_'.  */
bool word_char (char c);
/* Whether S (N bytes) is WORD, ignoring ASCII case.  */
bool word_is (const char *s, size_t n, const char *word);
/* The index of the first of WORDS that S starts with as a whole word,
   or -1.  */
int starts_word (const char *s, size_t n, const char (*words)[WORD_MAX]);
/* Whether a unit starts S: "552 bytes", not "220 k.host.md".  */
bool unit_at (const char *s, size_t n);
/* Moves *K back over spaces and the word before them; returns where
   that word ends.  */
size_t back_over_word (const char *s, size_t lo, size_t *k);

/* Whether a file's or a link's name ends at offset K of S (the line
   from LO): a word after '.' or '/' ("CHANGELOG_V4.md").  */
bool link_before (const char *s, size_t lo, size_t k);
/* Whether S holds nothing but spaces before offset K.  */
bool spaces_only (const char *s, size_t k);
/* Whether nothing but spaces and the marks that end a sentence or a
   bracket stand in S (N bytes) from offset I: no words follow.  */
bool no_words_after (const char *s, size_t n, size_t i);
/* Where the code at P of S (N bytes, the line from LO) stands alone
   between the marks OPEN and CLOSE, spaces and backquotes allowed
   inside them ("[  421 ]", "| `250` |"): returns the offset after
   CLOSE and sets *OPEN_AT to OPEN's; 0 if it stands in no such
   marks.  */
size_t code_between_marks (const char *s, size_t n, size_t lo, size_t p, char open, char close,
                           size_t *open_at);
/* Where the words after a code at P that ends at Q of S (N bytes, the
   line from LO) start to count: past the quote that closes a code
   quoted alone ("`5.7.708` Access denied", ‘550’).  */
size_t past_closing_quote (const char *s, size_t n, size_t lo, size_t p, size_t q);
/* Whether S (N bytes) holds only numbers, decimal or hexadecimal, and
   the spaces between them, a digit among them: a list's item or a
   table's row, as Perl's Unicode tables write them ("443", "1488",
   "732\t733\t230", "6EB\t6EC\t230").  */
bool numbers_only (const char *s, size_t n);

#endif
