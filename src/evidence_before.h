/* SPDX-License-Identifier: GPL-3.0-or-later */
/* evidence_before.h -- what stands before a candidate code, for
   decide.c.  Offsets are into a line S of N bytes; the text before LO
   belongs to an earlier finding.  */

#ifndef SMTPCODE_EVIDENCE_BEFORE_H
#define SMTPCODE_EVIDENCE_BEFORE_H

#include <stdbool.h>
#include <stddef.h>

#include "code.h"

/* The weight of the word S (N bytes) before a code: a reply's cue
   ("said", "setreply") above 0, what rules a code out VETO, else 0.  */
int cue_weight (const char *s, size_t n);

/* The evidence before the candidate at P (ENHANCED: an enhanced code
   alone), on the scale of evidence.h.  */
int before_score (const char *s, size_t n, size_t lo, size_t p, bool enhanced);

/* What is glued to the candidate at P: its weight, and in *GLUED
   whether anything is.  */
int glued_before (const char *s, size_t n, size_t lo, size_t p, bool *glued);

/* The length of the field of S (the line from LO) that ends at END when
   it is an enhanced code of CLASS alone, after a comma or at the line's
   start, as a row gives it before its reply: "failed,5.1.1,550 no
   user"; else 0.  */
size_t enhanced_field_before (const char *s, size_t lo, size_t end, char class);

/* Whether a word that points at a thing, as "this" does, ends at offset
   K of S (the line from LO) in Japanese or Chinese: "この550-5.7.26
   Gmailの未認証エラーは" (this 550-5.7.26 Gmail error) names a code.  */
bool demonstrative_before (const char *s, size_t lo, size_t k);

/* Whether the code at offset K of S (the line from LO) follows "such
   as", "e.g." or Chinese "如" (as, like), perhaps with a space between:
   it may be an example that shows a code's shape.  */
bool example_before (const char *s, size_t lo, size_t k);

/* The length of C's cast to a string, and the space after it, at I of
   S (N bytes): "(char *) ", "(char*)"; else 0.  */
size_t string_cast (const char *s, size_t n, size_t i);
/* The quote that opens the words of a code at P, or 0.  */
char opening_quote (const char *s, size_t lo, size_t p);
bool policy_action_before (const char *s, size_t lo, size_t p);
bool filter_decision_before (const char *s, size_t lo, size_t p);
bool article_before (const char *s, size_t lo, size_t k);
bool haraka_dsn_code (const char *s, size_t n, size_t lo, size_t p);
/* Whether the code at P of S (N bytes, the line from LO) opens a
   pattern of a whole reply: "reply /550 Access denied/", qr/552 .../.  */
bool reply_pattern_at (const char *s, size_t n, size_t lo, size_t p);
/* Whether the text before K in S (from LO) ends with "=>" after a key
   that introduces no reply: a table's value ('java' => 550, 'Unicode'
   => '4.0.0').  */
bool hash_value_of_other_key (const char *s, size_t lo, size_t k);

/* Whether an SMTP command is one of the two words that end at K: a
   session pasted with the client's commands and the server's replies
   run together ("QUIT 221 So long").  */
bool command_shortly_before (const char *s, size_t lo, size_t k);

/* Whether a report's diagnostic type ("smtp;") ends at K.  */
bool smtp_type_before (const char *s, size_t lo, size_t k);

/* Read an enhanced code into CODE and return where it ends, or 0: the
   one that may follow a three-digit code at Q (SAME: only of the code's
   class; *QUOTE set to a quote before it).  */
size_t enhanced_after (const char *s, size_t n, size_t q, struct smtp_code *code, bool same,
                       char *quote);

#endif
