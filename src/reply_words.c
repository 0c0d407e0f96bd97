/* SPDX-License-Identifier: GPL-3.0-or-later */
/* reply_words.c -- where the server's words of a reply that the
   decision found in free text start and end, when they do not simply
   follow the code to the end of the line: inside a record's message
   field, up to a log's next tab, or before a bracket that holds the
   code (qmail's "... server. (#4.4.3)").  */

#include <config.h>

#include <string.h>

#include "evidence.h"
#include "evidence_before.h"
#include "reply.h"
#include "reply_words.h"
#include "scanchar.h"

/* When the code at P of S (N bytes, the line from LO), ending at END,
   closes a bracket that ends the server's words, sets R's words to those
   before the bracket: qmail's "Unable to contact LDAP server. (#4.4.3)",
   "Requested action not taken: mailbox unavailable. [SMTP Error Code
   550]"; what follows the closing bracket is not the server's.  */
void
words_before_bracket (const char *s, size_t n, size_t lo, size_t p, size_t end,
                      struct quoted_reply *r)
{
  while (end < n && is_space (s[end]))
    end++;
  if (end == n || (s[end] != ')' && s[end] != ']') || haraka_dsn_code (s, n, lo, p))
    return;
  size_t open = p;
  while (open > lo && s[open - 1] != '(' && s[open - 1] != '[' && s[open - 1] != ')'
         && s[open - 1] != ']')
    open--;
  if (open == lo || open == p || s[open - 1] != (s[end] == ')' ? '(' : '['))
    return;
  const char *words = s + lo;
  size_t len = open - 1 - lo;
  trim (&words, &len);
  if (len > 0)
    r->before = (size_t) (words - s), r->before_end = r->before + len;
}

/* Ends the words of *R, which start at WORDS of S (N bytes), at the
   next tab: a reply that starts a log's tab-separated field ends with
   the field, as in Zeek's smtp.log ("-<tab>354 Go ahead<tab>172.16.165.134
   <tab>F").  */
static void
words_end_at_tab (const char *s, size_t n, size_t words, struct quoted_reply *r)
{
  const char *tab = memchr (s + words, '\t', n - words);
  if (tab == NULL)
    return;
  size_t end = (size_t) (tab - s);
  while (end > words && s[end - 1] == ' ')
    end--;
  if (end > words)
    r->before = words, r->before_end = end, r->words = (size_t) (tab - s);
}

/* Moves the words of R, in S (N bytes), to the value of the field that
   they start with: a JSON record's key inside the quote that opens them
   ("code": 451, "message": "Local Error"), or a struct's field named as
   a reply's words are (Code: 550, Message: "No such user"); not to a
   number ("smtp_enchcode":"5.1.10").  */
static void
words_in_field (const char *s, size_t n, struct quoted_reply *r)
{
  static const char names[][WORD_MAX] = {
    "message", "msg", "text", "reason", "description", "detail", "info", ""
  };
  size_t i = r->words;
  /* Unquoted, only a name of NAMES moves them: a log's words mostly
     start with no name's first letter.  */
  if (!r->quote)
    {
      char first = i < n ? lower (s[i]) : '\0';
      size_t k = 0;
      while (names[k][0] && names[k][0] != first)
        k++;
      if (!names[k][0])
        return;
    }
  while (i < n && (is_alnum (s[i]) || s[i] == '_' || s[i] == '-'))
    i++;
  if (i == r->words || i >= n
      || (r->quote ? s[i] != r->quote : starts_word (s + r->words, i - r->words, names) < 0))
    return;
  for (i += r->quote != 0; i < n && s[i] == ' ';)
    i++;
  if (i >= n || (s[i] != ':' && (r->quote || s[i] != '=')))
    return;
  for (i++; i < n && s[i] == ' ';)
    i++;
  if (i + 1 < n && (r->quote ? s[i] == r->quote : s[i] == '"' || s[i] == '\'') && !is_digit (s[i + 1]))
    r->quote = s[i], r->words = i + 1;
}

/* Where the words of *R, the reply of the basic code at P of S (N
   bytes, the line from LO), end, or start before the code.  */
void
words_bounds (const char *s, size_t n, size_t lo, size_t p, struct quoted_reply *r)
{
  words_in_field (s, n, r);
  if (!r->quote && p > lo && s[p - 1] == '\t')
    words_end_at_tab (s, n, r->words, r);
  if (!code_has_enhanced (&r->code))
    words_before_bracket (s, n, lo, p, p + 3, r);
}
