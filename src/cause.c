/* SPDX-License-Identifier: GPL-3.0-or-later */
/* cause.c -- the cause of a failure from the server's words and its code.

   The words decide first: the same code serves many causes (550 5.7.1 is
   used for a blocklisted address, a virus and a policy), while phrases
   such as "mailbox is full" are specific.  Of the phrases found, the
   longest wins, so that the order of data/causes.txt does not matter.
   Without a phrase, the code's default cause from data/causes.txt
   decides, then the class: a temporary failure with nothing else known
   is "undefined" as much as a permanent one.  */

#include <config.h>

#include <stdio.h>
#include <string.h>

#include "cause.h"

bool
cause_leads (const struct smtp_code *code)
{
  return !code_has_enhanced (code) || (code->subject == 0 && code->detail == 0);
}

int
cause_in_words (const char *words, size_t n)
{
  return codedb_cause_of_text (words, n);
}

/* The default cause of CODE: its enhanced part's, else its basic
   part's; -1 when neither has one.  */
static int
code_cause (const struct smtp_code *code)
{
  int cause = -1;
  if (code_has_enhanced (code))
    cause = codedb_default_cause (code_enhanced_key (code));
  if (cause < 0 && code_has_basic (code))
    cause = codedb_default_cause (code_basic_key (code));
  return cause;
}

enum cause
cause_of (const struct smtp_code *code, const char *command, const char *words, size_t n)
{
  /* A code listed in data/causes.txt names its cause whatever the
     words; the codes used for many causes (X.7.1) are listed nowhere.  */
  int cause = code_cause (code);
  if (cause < 0)
    cause = cause_in_words (words, n);
  bool after_data = strstr (command, "DATA") != NULL;
  bool mail_from = strcmp (command, "MAIL FROM") == 0;
  /* A recipient refused only once the message was sent: a filter
     refused it, whatever it said.  */
  if (cause == CAUSE_USERUNKNOWN && after_data && !(code->subject == 1 && code->detail == 1))
    cause = CAUSE_FILTERED;
  /* Refused at MAIL FROM, where no recipient was named yet: the sender
     was refused, unless the words say why.  */
  if (mail_from && (cause < 0 || cause == CAUSE_USERUNKNOWN || cause == CAUSE_HOSTUNKNOWN
                    || cause == CAUSE_NETWORKERROR || cause == CAUSE_SYSTEMERROR))
    cause = CAUSE_REJECTED;
  return cause < 0 ? CAUSE_UNDEFINED : (enum cause) cause;
}
