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
#include "cause-temp.h"

#define WORDS_MAX 2048

bool
cause_leads (const struct smtp_code *code)
{
  return !code_has_enhanced (code) || (code->subject == 0 && code->detail == 0);
}

/* The cause a phrase of WORDS (lower case, NUL-ended) names, or -1.  */
static int
phrase_cause (const char *words)
{
  int best = -1;
  size_t best_len = 0;
  for (size_t i = 0; i < sizeof phrases / sizeof phrases[0]; i++)
    {
      size_t len = strlen (phrases[i].phrase);
      if (len > best_len && strstr (words, phrases[i].phrase))
        {
          best = (int) phrases[i].cause;
          best_len = len;
        }
    }
  return best;
}

/* The default cause of CODE's enhanced part, or -1.  */
static int
code_cause (const struct smtp_code *code)
{
  char key[16];
  if (!code_has_enhanced (code))
    return -1;
  snprintf (key, sizeof key, "X.%d.%d", code->subject, code->detail);
  for (size_t i = 0; i < sizeof code_causes / sizeof code_causes[0]; i++)
    if (strcmp (code_causes[i].code, key) == 0)
      return (int) code_causes[i].cause;
  return -1;
}

int
cause_in_words (const char *words, size_t n)
{
  char lower[WORDS_MAX + 1];
  if (n > WORDS_MAX)
    n = WORDS_MAX;
  for (size_t i = 0; i < n; i++)
    {
      char c = words[i];
      /* A NUL in the words must not end the search early.  */
      lower[i] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c ? c : ' ';
    }
  lower[n] = '\0';
  return phrase_cause (lower);
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
