/* SPDX-License-Identifier: GPL-3.0-or-later */
/* reply.c -- the grammar of an SMTP reply as it stands in text: the
   three-digit code, the enhanced code, the command it answered, and where
   the server's own words end.  Nothing here decides whether a number in
   prose is a reply: that is decide.c's job.  */

#include <config.h>

#include <stdio.h>
#include <string.h>

#include "bytesearch.h"
#include "reply.h"
#include "scanchar.h"

/* Whether S (N bytes) starts with NEEDLE, ignoring ASCII case.  */
bool
starts_ci (const char *s, size_t n, const char *needle)
{
  /* Most calls fail at the first byte: test it before measuring NEEDLE.  */
  if (n == 0 || lower (s[0]) != lower (needle[0]))
    return false;
  size_t len = strlen (needle);
  return len <= n && same_bytes (s, needle, len, true);
}

void
trim (const char **s, size_t *n)
{
  while (*n > 0 && is_space (**s))
    (*s)++, (*n)--;
  while (*n > 0 && is_space ((*s)[*n - 1]))
    (*n)--;
}

/* Whether C, then NEXT, may follow an enhanced code: "2.0.0: Ok", "5.1.1.",
   Markdown's "**550 5.1.1**", but not "5.1.1.4"; '_' and '+' stand for
   spaces in some logs.  */
static bool
ends_enhanced (char c, char next)
{
  switch (c)
    {
    case ' ': case '\t': case ';': case ',': case ')': case ']': case '>': case ':': case '_':
    case '+': case '\'': case '"': case '`': case '|': case '}': case '*':
      return true;
    case '\\':
      /* JSON inside a string: \"5.1.1\"; an escaped line end after
         it: "550 5.1.1\r\n<a@b>: Recipient address rejected".  */
      return next == '"' || next == 'r' || next == 'n';
    case '.':
      return !is_digit (next);
    default:
      /* Chinese or Japanese text or punctuation: "Status:5.2.0」".  */
      return (unsigned char) c >= 0x80;
    }
}

/* Reads an enhanced code at S ("5.1.1", "4.7.10") into CODE (see
   reply.h).  */
size_t
reply_enhanced (const char *s, size_t n, struct smtp_code *code)
{
  size_t i = 0;
  int parts[2] = { 0, 0 };
  if (n < 5 || !(s[0] == '2' || s[0] == '4' || s[0] == '5') || s[1] != '.')
    return 0;
  i = 2;
  /* Most codes have one digit in each part: "5.1.1".  */
  if (is_digit (s[2]) && s[3] == '.' && is_digit (s[4]) && (n == 5 || !is_digit (s[5])))
    {
      parts[0] = s[2] - '0';
      parts[1] = s[4] - '0';
      i = 5;
    }
  else
    for (int k = 0; k < 2; k++)
      {
        size_t start = i;
        while (i < n && is_digit (s[i]) && i - start < 4)
          parts[k] = parts[k] * 10 + (s[i++] - '0');
        if (i == start || i - start > 3 || (k == 0 && (i >= n || s[i++] != '.')))
          return 0;
      }
  /* Microsoft names a range of its codes by the first and the last
     detail: "550 5.7.606-649 Access denied, banned sending IP".  The
     first stands for them.  */
  if (parts[1] >= 100 && n - i >= 4 && s[i] == '-' && is_digit (s[i + 1]) && is_digit (s[i + 2])
      && is_digit (s[i + 3]) && three_digits (s + i + 1) > parts[1]
      && (n - i == 4 || ends_enhanced (s[i + 4], n - i > 5 ? s[i + 5] : ' ')))
    i += 4;
  if (i < n && !ends_enhanced (s[i], i + 1 < n ? s[i + 1] : ' '))
    return 0;
  code->enhanced_class = s[0] - '0';
  code->subject = parts[0];
  code->detail = parts[1];
  return i;
}

/* Reads an enhanced code at S (N bytes) into CODE, also when a word
   in capitals is glued to it, as some programs print a three-digit
   code's enhanced code ("550\n5.7.1Unauthorized", "5.7.0SMTP server
   error").  Returns its length, or 0.  */
size_t
enhanced_glued (const char *s, size_t n, struct smtp_code *code)
{
  size_t len = reply_enhanced (s, n, code);
  if (len > 0)
    return len;
  char copy[12];
  size_t k = 0;
  while (k < n && k < sizeof copy - 1 && (is_digit (s[k]) || s[k] == '.'))
    k++;
  if (k < 5 || k >= n || k >= sizeof copy - 1 || !(s[k] >= 'A' && s[k] <= 'Z'))
    return 0;
  memcpy (copy, s, k);
  copy[k] = ' ';
  return reply_enhanced (copy, k + 1, code) == k ? k : 0;
}

/* Reads a reply code at S: three digits 2xx-5xx (second digit 0-5, as RFC
   5321 has it) then a space, '-' or the end, and perhaps an enhanced code.
   With STRONG, the enhanced code must be there and of the same class.
   Sets *SEP to the character after the digits (' ' at the end).  Returns
   the length read, spaces after it included, or 0.  */
size_t
reply_parse (const char *s, size_t n, bool strong, struct smtp_code *code, char *sep)
{
  *code = (struct smtp_code) { .enhanced_class = -1 };
  if (n < 3 || !code_digits (s))
    return 0;
  *sep = n > 3 ? s[3] : ' ';
  if (*sep != ' ' && *sep != '-')
    return 0;
  code->basic = three_digits (s);
  size_t i = n > 3 ? 4 : 3;
  /* "550 #5.1.0": the enhanced code as qmail writes it.  */
  size_t hash = i < n && s[i] == '#';
  size_t len = reply_enhanced (s + i + hash, n - i - hash, code);
  /* Microsoft's "554 5.4.14Hop count exceeded", the word glued on.  */
  if (len == 0 && !hash && (len = enhanced_glued (s + i, n - i, code)) > 0
      && code->enhanced_class != code->basic / 100)
    len = 0, code->enhanced_class = -1;
  if (len)
    len += hash;
  if (strong && (len == 0 || code->enhanced_class != code->basic / 100))
    return 0;
  i += len;
  while (i < n && is_space (s[i]))
    i++;
  return i;
}

/* Whether S (N bytes) starts with an SMTP command, which is then copied
   to COMMAND (SIZE bytes).  */
bool
reply_command_word (const char *s, size_t n, char *command, size_t size)
{
  static const char words[][10] = {
    "RCPT TO", "MAIL FROM", "DATA", "BDAT", "EHLO", "HELO", "AUTH", "STARTTLS",
    "QUIT", "RSET", "VRFY", "EXPN", "ETRN"
  };
  /* Every line of a log is tried: the first letter rules out most,
     before any word is looked at.  */
#define LETTER(c) (1u << ((c) - 'A'))
  const unsigned firsts = LETTER ('R') | LETTER ('M') | LETTER ('D') | LETTER ('B')
    | LETTER ('E') | LETTER ('H') | LETTER ('A') | LETTER ('S') | LETTER ('Q') | LETTER ('V');
  char first = n > 0 ? (char) (s[0] & ~0x20) : '\0';
  if (first < 'A' || first > 'Z' || !(firsts & LETTER (first)))
    return false;
#undef LETTER
  for (size_t w = 0; w < sizeof words / sizeof words[0]; w++)
    {
      if (first != words[w][0])
        continue;
      size_t len = strlen (words[w]);
      /* Single words only in capitals: "after data was sent" is prose.  */
      bool ok = strchr (words[w], ' ') == NULL
        ? n >= len && memcmp (s, words[w], len) == 0
        : starts_ci (s, n, words[w]);
      if (ok && (n == len || !is_alnum (s[len])))
        {
          snprintf (command, size, "%s", words[w]);
          return true;
        }
    }
  return false;
}

/* Whether S (N bytes) names the command of the reply as Tencent's and
   NetEase's bounces do, "SMTP error, RCPT TO: Host example.com(192.0.2.1)
   RCPT TO said 550 ...", their DOT being the end of the data; copies it
   to COMMAND (SIZE bytes).  */
static bool
smtp_error_command (const char *s, size_t n, char *command, size_t size)
{
  static const char label[] = "SMTP error, ";
  size_t at = search_text (s, n, label, sizeof label - 1, false);
  if (at >= n)
    return false;
  const char *p = s + at + sizeof label - 1;
  size_t rest = n - at - (sizeof label - 1);
  if (rest >= 4 && memcmp (p, "DOT:", 4) == 0)
    {
      snprintf (command, size, "end of DATA");
      return true;
    }
  return reply_command_word (p, rest, command, size);
}

/* The command a reply answered, when the text names it: "(in reply to
   RCPT TO command)" (Postfix), "after RCPT TO:<a@b>" (Exim), "SMTP
   error, RCPT TO:" (Tencent, NetEase); CONNECT for the greeting.  */
void
reply_find_command (const char *s, size_t n, char *command, size_t size)
{
  command[0] = '\0';
  if (smtp_error_command (s, n, command, size))
    return;
  size_t at = find_exact (s, n, "in reply to ");
  if (at < n)
    {
      const char *p = s + at + 12;
      size_t rest = n - at - 12, end = find_ci (p, rest, " command");
      if (end < rest && end < size)
        {
          memcpy (command, p, end);
          command[end] = '\0';
          return;
        }
    }
  for (size_t i = find_exact (s, n, "after "); i < n;
       i += 1 + find_exact (s + i + 1, n - i - 1, "after "))
    {
      if (i > 0 && !is_space (s[i - 1]))
        continue;
      const char *p = s + i + 6;
      size_t rest = n - i - 6;
      if (starts_ci (p, rest, "pipelined "))
        p += 10, rest -= 10;
      if (starts_ci (p, rest, "end of data"))
        {
          snprintf (command, size, "end of DATA");
          return;
        }
      /* Exim's "after initial connection": the server's greeting, the
         stage data/README calls CONNECT.  */
      if (starts_ci (p, rest, "initial connection"))
        {
          snprintf (command, size, "CONNECT");
          return;
        }
      if (reply_command_word (p, rest, command, size))
        return;
    }
}

/* Where in S (N bytes) the QUOTE that closes a reply stands, or N.  A
   quote inside a word ("recipient's") does not close, nor does the one
   that closes a quotation inside the words ("554 <"addr">: Relay access
   denied").  */
static size_t
closing_quote (const char *s, size_t n, char quote)
{
  size_t inner = 0;
  for (size_t i = 0; i < n; i++)
    if (s[i] == quote)
      {
        if (i + 1 < n && is_alnum (s[i + 1]))
          inner += i > 0 && (s[i - 1] == ' ' || s[i - 1] == '<');
        else if (inner > 0)
          inner--;
        else
          return i;
      }
  return n;
}

/* Whether S (N bytes) holds an HTML or XML tag, "<a href=...>" or
   "</b>"; an address in angle brackets is none.  */
static bool
has_markup (const char *s, size_t n)
{
  for (const char *lt = memchr (s, '<', n); lt != NULL;
       lt = memchr (lt + 1, '<', n - (size_t) (lt + 1 - s)))
    {
      size_t i = (size_t) (lt - s) + 1;
      if (i < n && s[i] == '/')
        return true;
      while (i < n && is_alpha (s[i]))
        i++;
      if (i > (size_t) (lt - s) + 1 && i < n && (s[i] == ' ' || s[i] == '>'))
        return true;
    }
  return false;
}

/* The length of the words S (N bytes, no space at their end) without the
   marks that close them: the brackets of source code, the closing tags
   of elements around them; Exchange's NDRs close the diagnostic with
   " ##", and with "> #SMTP#" the one that quotes a reply ("#< #5.1.1
   smtp;550 5.1.1 ...> #SMTP#"); a C comment's end; a guillemet closes a
   reply quoted in Russian or French.  */
static size_t
without_closing_marks (const char *s, size_t n)
{
  /* Nothing but what closes the source code around a code alone:
     "DSN.sec_unauthorized(msg, 451),".  */
  size_t closers = 0;
  while (closers < n && memchr ("),;]}", s[closers], 5))
    closers++;
  if (closers == n)
    return 0;
  /* The closing tags of the HTML or XML elements around the reply:
     "<p>550 Ip frequency limited.</p>", "<example>500 No way!</example>";
     but words that hold markup of their own keep it whole.  */
  size_t untagged = n;
  while (untagged >= 4 && s[untagged - 1] == '>')
    {
      size_t name = untagged - 1;
      while (name > 0 && is_alpha (s[name - 1]))
        name--;
      if (name == untagged - 1 || name < 2 || s[name - 1] != '/' || s[name - 2] != '<')
        break;
      for (untagged = name - 2; untagged > 0 && is_space (s[untagged - 1]);)
        untagged--;
    }
  if (untagged < n && !has_markup (s, untagged))
    return untagged;
  size_t unquoted = n - (n > 0 && (s[n - 1] == '`' || s[n - 1] == '\'' || s[n - 1] == '"'));
  if (unquoted >= 3 && memcmp (s + unquoted - 3, " ##", 3) == 0)
    return unquoted - 3;
  if (n >= 8 && memcmp (s + n - 8, "> #SMTP#", 8) == 0)
    return n - 8;
  /* The end of the C comment that quotes the reply, whose start came
     before the code.  */
  if (n >= 3 && memcmp (s + n - 3, " */", 3) == 0 && find_exact (s, n, "/*") == n)
    return n - 3;
  if (n >= 2 && (unsigned char) s[n - 2] == 0xC2 && (unsigned char) s[n - 1] == 0xBB)
    return n - 2;
  return n;
}

size_t
reply_in_parentheses (const char *s, size_t n)
{
  const char *first = memchr (s, ')', n);
  size_t close = first ? (size_t) (first - s) : n;
  /* Most replies hold no parenthesis of their own: memchr tells.  */
  if (close < n && memchr (s, '(', close))
    {
      int depth = 1;
      for (close = 0; close < n && (s[close] != ')' || --depth > 0); close++)
        depth += s[close] == '(';
    }
  size_t letter = 0;
  while (letter < close && !is_alpha (s[letter]))
    letter++;
  /* Not an argument list: Elixir's "def reply(503, _, _), do: ...".  */
  return close < n && letter < close ? close : 0;
}

/* Where the server's words that start at S end: at a closing QUOTE, at
   Postfix's " (in reply to ...)", or at the end of the line less the
   parentheses that close around the reply, or at an escaped line break
   ("Ok\r\n250 2.1.5 Ok": the next reply).  Sets *WORDS, unless it is
   NULL, to their length without the closing quote and without Postfix's
   tail.  */
size_t
reply_text_end (const char *s, size_t n, char quote, size_t *words)
{
  size_t line_break = find_exact (s, n, "\\n");
  if (line_break < n)
    n = line_break >= 2 && s[line_break - 2] == '\\' && s[line_break - 1] == 'r'
      ? line_break - 2 : line_break;
  if (quote && (unsigned char) quote >= 0x80)
    {
      /* ’ ‘ ” “ » or «, whose last byte QUOTE is.  */
      char closing[3] = { (char) 0xE2, (char) 0x80, quote };
      size_t len = 3;
      if (quote == (char) 0xBB || quote == (char) 0xAB)
        closing[0] = (char) 0xC2, closing[1] = quote, len = 2;
      for (size_t i = 0; i + len <= n; i++)
        if (memcmp (s + i, closing, len) == 0)
          {
            if (words)
              *words = i;
            return i + len;
          }
      quote = 0;
    }
  if (quote)
    {
      size_t i = closing_quote (s, n, quote);
      if (i < n)
        {
          /* An escaped quote closes what an escaped one opened (JSON in
             a string).  */
          if (words)
            {
              *words = i > 0 && s[i - 1] == '\\' ? i - 1 : i;
              /* "\"456 Address ... (in reply to RCPT TO command)\","  */
              size_t tail = find_ci (s, *words, POSTFIX_TAIL);
              if (tail < *words)
                *words = tail;
            }
          return i + 1;
        }
      /* An open quote runs to the end of the line.  */
      if (words)
        *words = find_ci (s, n, POSTFIX_TAIL);
      return n;
    }
  size_t tail = find_ci (s, n, POSTFIX_TAIL);
  if (tail < n)
    {
      if (words)
        *words = tail;
      const char *close = memchr (s + tail, ')', n - tail);
      return close ? (size_t) (close - s) + 1 : n;
    }
  /* What follows is only what the words leave out.  */
  if (words == NULL)
    return n;
  while (n > 0 && is_space (s[n - 1]))
    n--;
  n = without_closing_marks (s, n);
  /* A Japanese closing bracket: 「reason:550 Unknown user」ヘッダーに ...  */
  size_t bracket = find_exact (s, n, "\xE3\x80\x8D");
  if (bracket < n)
    n = bracket;
  /* PHP's place of the error: "... 5.7.0 in /var/www/html/x.php:2034".  */
  if (n >= 4 && memcmp (s, "in /", 4) == 0)
    n = 0;
  else
    n = find_exact (s, n, " in /");
  if (n > 0 && s[n - 1] == ')')
    {
      int depth = 0;
      for (size_t i = 0; i < n; i++)
        depth += s[i] == '(' ? 1 : s[i] == ')' ? -1 : 0;
      while (n > 0 && (is_space (s[n - 1]) || (s[n - 1] == ')' && depth < 0)))
        depth += s[--n] == ')';
    }
  *words = n;
  return n;
}

/* Whether ENHANCED (ELEN bytes) stands at S (N bytes) as a word.  */
static bool
enhanced_word_at (const char *s, size_t n, const char *enhanced, size_t elen)
{
  return elen > 0 && n >= elen && memcmp (s, enhanced, elen) == 0
    && (n == elen || is_space (s[elen]));
}

/* The length of a repeated prefix of CODE ("550-5.7.26", "550 5.7.26",
   "5.7.26", or "550-"; ENHANCED is its enhanced part, ELEN bytes) at S
   (N bytes), or 0.  A "550-" without the enhanced code is a prefix too:
   the server wrote the enhanced code only once, or at the end as qmail's
   "(#5.7.1)".  AFTER_DASH: a "550-" came before, so that a last "550 "
   is a prefix too.  */
static size_t
prefix_at (const char *s, size_t n, const struct smtp_code *code, const char *enhanced,
           size_t elen, bool after_dash)
{
  if (n >= 4 && is_digit (s[0]) && three_digits (s) == code->basic
      && is_digit (s[1]) && is_digit (s[2]) && (s[3] == '-' || s[3] == ' '))
    {
      if (enhanced_word_at (s + 4, n - 4, enhanced, elen))
        return 4 + elen;
      return s[3] == '-' || after_dash ? 4 : 0;
    }
  return enhanced_word_at (s, n, enhanced, elen) ? elen : 0;
}

size_t
reply_drop_prefixes (char *text, size_t n, const struct smtp_code *code)
{
  char enhanced[16] = "";
  size_t elen = 0, out = 0;
  bool dash = false;
  /* As "%d.%d.%d" writes it, without a call of snprintf for each reply:
     a scanned code's class is a digit, never the 'X' of class 0.  */
  if (code->enhanced_class >= 0)
    {
      code_format_enhanced (code, enhanced, sizeof enhanced);
      elen = strlen (enhanced);
    }
  for (size_t i = 0; i < n;)
    {
      size_t len = i == 0 || is_space (text[i - 1])
        ? prefix_at (text + i, n - i, code, enhanced, elen, dash) : 0;
      if (len == 0)
        {
          text[out++] = text[i++];
          continue;
        }
      dash |= text[i + 3] == '-';
      for (i += len; i < n && is_space (text[i]);)
        i++;
      while (out > 0 && is_space (text[out - 1]) && i == n)
        out--;
    }
  return out;
}

bool
reply_hash_tail (const char *s, size_t n, struct smtp_code *code)
{
  for (const char *h = memchr (s, '#', n); h; h = memchr (h + 1, '#', (size_t) (s + n - h - 1)))
    {
      struct smtp_code e = { .enhanced_class = -1 };
      size_t at = (size_t) (h - s) + 1;
      if (reply_enhanced (s + at, n - at, &e) && e.enhanced_class == code->basic / 100)
        {
          code->enhanced_class = e.enhanced_class;
          code->subject = e.subject;
          code->detail = e.detail;
          return true;
        }
      if (at >= n)
        break;
    }
  return false;
}

size_t
reply_dash (const char *s, size_t n)
{
  size_t len = n >= 1 && s[0] == '-' ? 1
    : n >= 3 && same_bytes (s, "\xE2\x80", 2, false)
      && ((unsigned char) s[2] == 0x93 || (unsigned char) s[2] == 0x94) ? 3 : 0;
  return len > 0 && len < n && s[len] == ' ' ? len : 0;
}

bool
reply_dsn_field (const char *s, size_t n, size_t at, bool codes_only, struct smtp_code *code,
                 const char **words, size_t *len)
{
  *code = (struct smtp_code) { .enhanced_class = -1 };
  for (;; at++)
    {
      at += find_ci (s + at, n - at, "dsn=");
      if (at >= n)
        return false;
      if ((at == 0 || is_space (s[at - 1]) || s[at - 1] == ',')
          && reply_enhanced (s + at + 4, n - at - 4, code))
        break;
    }
  size_t stat = n, status = n;
  *words = s + n;
  *len = 0;
  if (!codes_only)
    stat = find_ci (s, n, "stat="), status = find_ci (s, n, "status=");
  if (stat < n && (stat == 0 || !is_alnum (s[stat - 1])))
    *words = s + stat + 5, *len = n - stat - 5;
  else if (status < n)
    {
      size_t open = status + find_ci (s + status, n - status, " (");
      if (open < n)
        {
          *words = s + open + 2;
          reply_text_end (*words, n - open - 2, 0, len);
        }
    }
  return true;
}
