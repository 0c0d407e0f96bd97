/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cause.h -- why a message failed, in the vocabulary of causes
   (Sisimai's reason names, src/vocabulary.def): read from the server's
   words first, where a phrase of data/causes.txt names the cause, and
   from the code when none does.  */

#ifndef SMTPCODE_CAUSE_H
#define SMTPCODE_CAUSE_H

#include <stdbool.h>
#include <stddef.h>

#include "code.h"
#include "codedb.h"

/* The cause of a failure with CODE, in reply to COMMAND ("RCPT TO",
   "end of DATA", or ""), with the server's words TEXT (N bytes) in that
   reply and ALL (ALL_N bytes) in every report of the failure, from a
   provider whose own entry for the reply names PROVIDER_CAUSE
   (vendormatch_cause; -1 for none).  */
enum cause cause_of (int provider_cause, const struct smtp_code *code, const char *command,
                     const char *text, size_t n, const char *all, size_t all_n);

/* The cause that a phrase in WORDS (N bytes) names, or -1.  */
int cause_in_words (const char *words, size_t n);

/* Whether CODE says too little for its explanation to come first: a
   generic enhanced code (X.0.0) or a basic code alone.  Then the cause
   leads.  */
bool cause_leads (const struct smtp_code *code);

#endif
