/* SPDX-License-Identifier: GPL-3.0-or-later */
/* evidence.c -- the word lists and word tests that both sides of the
   reply decision use: what follows a code (evidence_after.c) and what
   precedes it (evidence_before.c) are read with the same notion of a
   word, so that a unit or prose is recognized alike wherever it
   stands.  The shape tests at the end (a link's name, a closing quote,
   no words after, a line of numbers) serve both decisions, decide.c's
   and decide_enhanced.c's, and the line assembly (explain.c).  */

#include <config.h>

#include <string.h>

#include "bytesearch.h"
#include "evidence.h"
#include "scanchar.h"

/* Words after a code that say it is not one: units and counts.  */
const char units[][WORD_MAX] = {
  /* French writes kilo- and megaoctets: "500 Ko".  */
  "b", "bytes", "byte", "kb", "kib", "mb", "mib", "gb", "k", "ko", "mo", "ms", "s", "sec", "secs",
  "second", "seconds", "min", "mins", "minute", "minutes", "h", "hours", "hour", "days", "day",
  "messages", "msgs", "mails", "emails", "recipients", "rcpts", "users", "connections",
  "times", "items", "lines", "requests", "percent", "px", "bits", "bit", "files", "directories",
  "folders", "entries", "rows", "records", "pages", "page", "words", "character", "characters", "chars", "packets",
  "bps", "kbps", "mbps", "baud", "events", "attempts", "retries", "subscribers", "contacts",
  "sends",
  /* Counts of people, money and hardware in prose and lists: "500
     employees", "450 rupees", "512 RAM", "450 MHz CPU", "250 microsecs
     cycletime", and gettext's "521 translated messages".  */
  "employees", "people", "persons", "members", "students", "visitors", "participants",
  "developers", "commits", "downloads", "votes", "stars", "views", "points", "concurrent",
  "dollars", "usd", "eur", "euros", "yen", "yuan", "rmb", "rupees", "pounds",
  "processor", "processors", "cpu", "cpus", "cores", "threads", "workers", "ram", "hz", "khz",
  "mhz", "ghz", "usecs", "usec", "microsecs", "microseconds", "nanoseconds", "milliseconds",
  "kbytes", "mbytes", "kilobytes", "megabytes", "gigabytes", "gib", "tb", "tib",
  "km", "miles", "meters", "yards", "feet", "ft", "inches", "translated", "untranslated",
  /* German counts characters: "// 252 Zeichen".  */
  "zeichen", ""
};

/* Prose goes on with these after a code; a server's words do not start
   so.  */
const char prose_words[][WORD_MAX] = {
  "of", "or", "and", "to", "for", "in", "on", "at", "by", "is", "was", "are", "were",
  "has", "have", "had", "will", "would", "should", "can", "may", "does", "did", "added", "adds",
  "fixes", "fixed", "release", "released", "version", "it", "with", "returned", "along",
  "through", "due", "followed", "while", "which", "but", "so", "since", "because", "unless", "when",
  "if", "here", "as", "without", "being",
  "или", "oder", "und", "ou", "et", "y", "auch",
  "during", "stands", "appears", "occurs", "happens", "usually", "typically", "often",
  "generally", "also", "etc", "seems", "seem",
  /* Prose in Portuguese, Spanish and French: "códigos de erro 550 dos
     servidores", "Erro 500 ao fazer cadastro", "El error 535 de Gmail
     indica".  */
  "de", "dos", "des", "del", "para", "pour", "ao",
  /* What came of it, in English and French: "tombe en erreur 502 suite
     à un souci réseau", "fails with error 502 following a ...".  */
  "following", "suite", "lors", "avec", "dans", "against",
  /* German puts the verb after the code: "immer wieder Fehler 550
     bekam".  */
  "bekam", "bekomme", "bekommen", "bekommt", "erhalte", "erhalten", "erhielt",
  /* A question about the code: "SMTP error 553, what does it mean?"  */
  "what", "why", "how", "which", ""
};

/* Words after a code that talk about it: "Code 550 means".  */
const char prose_after[][WORD_MAX] = {
  "means", "mean", "meaning", "indicates", "signals", "signifies", "represents", "denotes",
  "refers", "code", "codes", "errors", "reply", "replies", "bounces", "indicating",
  /* What a code is called in prose: "an SMTP 220 banner", "SMTP 250
     confirmations".  */
  "banner", "banners", "greeting", "greetings", "confirmation", "confirmations",
  /* A family of codes: "an SMTP 500 series message refusal".  */
  "series",
  "status", "instead", "rather", "response", "responses", "requires",
  /* What a test says a code does: "userResponse 503 throws with ...";
     what a comment says it does: "code 421 disconnects SMTP session".  */
  "throws", "triggers", "disconnects", "closes", "terminates",
  /* The same in French, German, Spanish and Italian: "L'erreur SMTP
     550 5.7.1 est un code ...", "Fehler 451 deutet darauf hin".  */
  "est", "signifie", "indique", "ist", "bedeutet", "deutet", "weist", "zeigt", "tritt", "es",
  "significa", "indica", "указывает",
  "означает",
  /* "If" in French and Spanish: "une erreur 503 si la base de données
     n'est pas disponible".  */
  "si",
  /* The code called an error in Russian: "500 ошибка", "ошибки 550".  */
  "ошибка", "ошибки", "ошибку", "ошибкой",
  /* Chinese: "返回 501 错误码" (returns error code 501).  */
  "错误码", "错误代码", "状态码", "返回码", "响应码", ""
};

bool
word_char (char c)
{
  return is_alnum (c) || c == '_';
}

/* Whether the word S (N bytes) is WORD, ignoring case.  */
bool
word_is (const char *s, size_t n, const char *word)
{
  /* Most words differ at their first letter: WORD is measured after.  */
  if (n == 0 || lower (s[0]) != lower (word[0]))
    return n == 0 && word[0] == '\0';
  return strlen (word) == n && same_bytes (s, word, n, true);
}

/* The index of the first of WORDS that S (N bytes) starts with as a
   whole word, or -1.  */
int
starts_word (const char *s, size_t n, const char (*words)[WORD_MAX])
{
  for (int w = 0; words[w][0]; w++)
    {
      if (lower (s[0]) != words[w][0])
        continue;
      /* Compared only as far as they agree: most words differ early.  */
      size_t len = 1;
      while (words[w][len] != '\0' && len < n && lower (s[len]) == lower (words[w][len]))
        len++;
      /* "can't" is no "can".  */
      if (words[w][len] == '\0' && len <= n
          && (len == n || (!word_char (s[len])
                           && !(s[len] == '\'' && len + 1 < n && is_alpha (s[len + 1])))))
        return w;
    }
  return -1;
}

/* Whether a word in lower case per a short one starts S (N bytes): a
   rate in any unit, "500 req/s", "100 msg/min"; but not the commands a
   server names, "503 EHLO/HELO first".  */
static bool
lower_rate_at (const char *s, size_t n)
{
  if (n == 0 || s[0] < 'a' || s[0] > 'z')
    return false;
  size_t slash = 0;
  while (slash < n && slash < 12 && is_alpha (s[slash]))
    slash++;
  if (slash == n || s[slash] != '/')
    return false;
  size_t end = slash + 1;
  while (end < n && end < slash + 6 && is_alpha (s[end]))
    end++;
  return end > slash + 1 && (end == n || !(is_alnum (s[end]) || s[end] == '/' || s[end] == '.'));
}

/* Whether a unit starts S (N bytes): "552 bytes", "421 k", but not the
   first label of a host name ("220 k.host.md ESMTP Postfix") or its
   first part ("220 sec-hardy-amd64.example.com ESMTP Exim").  */
bool
unit_at (const char *s, size_t n)
{
  /* A rate: "500 email/ngày", "100 message/hour", "250 E-Mails/Tag".  */
  static const char per[][WORD_MAX] = {
    "emails", "email", "mails", "mail", "messages", "message", "msgs", "msg", "recipients",
    "recipient", "connections", "connection", "requests", "request", ""
  };
  size_t e = n > 2 && (s[0] | 0x20) == 'e' && s[1] == '-' ? 2 : 0;
  int rate = starts_word (s + e, n - e, per);
  size_t word = rate >= 0 ? e + strlen (per[rate]) : 0;
  if (rate >= 0 && word < n && s[word] == '/')
    return true;
  if (lower_rate_at (s, n))
    return true;
  int unit = starts_word (s, n, units);
  if (unit < 0)
    return false;
  size_t len = strlen (units[unit]);
  return !(len + 1 < n && (s[len] == '.' || s[len] == '-') && is_alnum (s[len + 1]));
}

/* Moves *K back over the spaces and the word before it (perhaps none);
   returns where the word ends.  */
size_t
back_over_word (const char *s, size_t lo, size_t *k)
{
  while (*k > lo && is_space (s[*k - 1]))
    --*k;
  size_t end = *k;
  while (*k > lo && word_char (s[*k - 1]))
    --*k;
  return end;
}

/* Whether a file's or a link's name ends at offset K of S (the line
   from LO): a word after '.' or '/' ("CHANGELOG_V4.md").  */
bool
link_before (const char *s, size_t lo, size_t k)
{
  size_t i = k;
  bool alnum = false;           /* not qmail's "address.__#5.1.1" */
  while (i > lo && word_char (s[i - 1]))
    alnum |= is_alnum (s[--i]);
  return alnum && i > lo && (s[i - 1] == '.' || s[i - 1] == '/');
}

/* Whether S holds nothing but spaces before offset K.  */
bool
spaces_only (const char *s, size_t k)
{
  for (size_t i = 0; i < k; i++)
    if (!is_space (s[i]))
      return false;
  return true;
}

/* Whether nothing but spaces and the marks that end a sentence or a
   bracket stand in S (N bytes) from offset I: no words follow.  */
bool
no_words_after (const char *s, size_t n, size_t i)
{
  while (i < n && (s[i] == '.' || s[i] == ',' || s[i] == ';' || s[i] == ')' || is_space (s[i])))
    i++;
  return i == n;
}

size_t
code_between_marks (const char *s, size_t n, size_t lo, size_t p, char open, char close,
                    size_t *open_at)
{
  size_t k = p, q = p + 3;
  while (k > lo && (s[k - 1] == ' ' || s[k - 1] == '`'))
    k--;
  while (q < n && (s[q] == ' ' || s[q] == '`'))
    q++;
  if (k == lo || s[k - 1] != open || q == n || s[q] != close)
    return 0;
  *open_at = k - 1;
  return q + 1;
}

/* Where the words after a code that ends at Q start to count: past the
   quote that closes a code quoted alone ("`5.7.708` Access denied").  */
size_t
past_closing_quote (const char *s, size_t n, size_t lo, size_t p, size_t q)
{
  if (q < n && p > lo && s[p - 1] == s[q] && (s[q] == '`' || s[q] == '"' || s[q] == '\''))
    return q + 1;
  /* ‘550’ and “550”.  */
  if (q + 3 <= n && p - lo >= 3 && same_bytes (s + p - 3, "\xE2\x80", 2, false)
      && same_bytes (s + q, "\xE2\x80", 2, false)
      && (((unsigned char) s[p - 1] == 0x98 && (unsigned char) s[q + 2] == 0x99)
          || ((unsigned char) s[p - 1] == 0x9C && (unsigned char) s[q + 2] == 0x9D)))
    return q + 3;
  return q;
}

bool
numbers_only (const char *s, size_t n)
{
  bool digit = false;
  for (size_t i = 0; i < n; i++)
    if (is_digit (s[i]))
      digit = true;
    else if (!is_space (s[i]) && !(s[i] >= 'A' && s[i] <= 'F'))
      return false;
  return digit;
}
