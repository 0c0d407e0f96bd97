/* SPDX-License-Identifier: GPL-3.0-or-later */
/* evidence_after.h -- what follows a candidate code, for decide.c.
   Offsets are into a line S of N bytes.  */

#ifndef SMTPCODE_EVIDENCE_AFTER_H
#define SMTPCODE_EVIDENCE_AFTER_H

#include <stdbool.h>
#include <stddef.h>

/* The evidence after a code that ends at Q, on the scale of evidence.h.
   AFTER_COLON: the code follows a ':' as a label's value does.  */
int after_score (const char *s, size_t n, size_t q, bool after_colon);

/* The evidence of the words after a dash set apart by spaces, from I.  */
int spaced_dash_score (const char *s, size_t n, size_t i);

/* Whether, at offset I: the words name what a code is ("SMTP error");
   "error" goes on as prose; an angle bracket opens (also "&lt;");
   Chinese, Japanese or Korean prose goes on (a Korean particle glued to
   the code among it); Gmail's session id ends ("gsmtp");
   a capitalized word that servers write in replies starts.  */
bool smtp_noun (const char *s, size_t n, size_t i);
bool error_in_prose (const char *s, size_t n, size_t i);
bool angle_opens (const char *s, size_t n, size_t i);
bool cjk_prose_after (const char *s, size_t n, size_t q);
bool gmail_id_tail (const char *s, size_t n, size_t i);
bool masked_greeting (const char *s, size_t n, size_t i);
bool capitalized_reply_word (const char *s, size_t n, size_t i);

#endif
