/* SPDX-License-Identifier: GPL-3.0-or-later */
/* explain.c -- finding SMTP replies in pasted text, bounces and mail logs.

   The input is cut into lines, and each line is looked at in three ways:
   as a reply line of a server (code at the start), as a DSN header field
   (folded lines joined first), and as free text in which a reply is quoted.
   In free text a three-digit number counts only when an enhanced code of
   the same class follows it, or when a marker that introduces a reply
   ("said:", "returned '", "error:") precedes it: log lines are full of
   numbers, and a wrong explanation is worse than none.

   Speed matters on logs of gigabytes: free text is first searched, sixteen
   bytes at a time, for what may be a reply code, and only there is the
   text looked at closely, back for a marker and on for an enhanced code.

   Every function works on a pointer and a length, never on C strings, so
   NUL bytes in the input are just bytes.  */

#include <config.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "explain.h"

/* Vector searches need the vector types of GCC and Clang; with
   -DSMTPCODE_NO_VECTORS the plain loops are built instead, as they are
   for other compilers (CI tests them too).  */
#if defined __GNUC__ && !defined SMTPCODE_NO_VECTORS
# define USE_VECTORS 1
#endif

/* The bytes a search may read past the end of its text: a text searched
   lies in the header buffer, which has this many more, or in the input
   with at least this many more after it.  */
#define SEARCH_PAD 64

/* What Postfix writes after a server's words: "(in reply to RCPT TO
   command)".  */
#define POSTFIX_TAIL " (in reply to "

struct explain_scanner
{
  explain_callback callback;
  void *data;
  unsigned long count;
  bool codes_only;

  /* The client's command on line client_line (0: none) of a transcript:
     the reply on the next line answers it.  */
  char client_command[16];
  unsigned long client_line;

  char *line;                   /* the line being collected */
  size_t line_len;
  unsigned long line_no;        /* its number */

  /* A multiline reply whose last line ("550 ...", after "550-...") has not
     come yet.  */
  bool reply_open;
  struct smtp_code reply_code;
  unsigned long reply_line;
  char *reply_text;
  size_t reply_len;

  /* A line that may go on in folded (indented) lines: a Diagnostic-Code
     field, or free text such as Postfix's wrapped "said:" in a bounce.  */
  bool header_open, header_diagnostic;
  unsigned long header_line;
  char *header;                 /* SEARCH_PAD more bytes follow it */
  size_t header_len;
};

static bool
is_digit (char c)
{
  return c >= '0' && c <= '9';
}

static bool
is_alnum (char c)
{
  return is_digit (c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool
is_space (char c)
{
  return c == ' ' || c == '\t';
}

static char
lower (char c)
{
  return c >= 'A' && c <= 'Z' ? (char) (c - 'A' + 'a') : c;
}

#ifdef USE_VECTORS
/* Searches test sixteen offsets at once with the compiler's portable
   vector types (SSE2 on x86-64, NEON on ARM): a log line is mostly bytes
   that start nothing, and this is what makes a large log fast to scan.  */
typedef unsigned char byte_block __attribute__ ((vector_size (16)));

static byte_block
load_block (const char *p)
{
  byte_block b;
  memcpy (&b, p, sizeof b);
  return b;
}

static bool
block_empty (byte_block b)
{
  unsigned long long words[2];
  memcpy (words, &b, sizeof words);
  return (words[0] | words[1]) == 0;
}

/* The index of the first byte of B that is not zero, or 16.  */
static size_t
first_hit (byte_block b)
{
  unsigned long long words[2];
  memcpy (words, &b, sizeof words);
  for (size_t half = 0; half < 2; half++)
    if (words[half])
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
      return half * 8 + (size_t) __builtin_clzll (words[half]) / 8;
#else
      return half * 8 + (size_t) __builtin_ctzll (words[half]) / 8;
#endif
  return 16;
}
#endif

/* Whether S starts with the LEN bytes of NEEDLE, ignoring ASCII case
   with FOLD.  */
static bool
same (const char *s, const char *needle, size_t len, bool fold)
{
  if (!fold)
    return memcmp (s, needle, len) == 0;
  for (size_t i = 0; i < len; i++)
    if (lower (s[i]) != lower (needle[i]))
      return false;
  return true;
}

/* Whether S (N bytes) starts with NEEDLE, ignoring ASCII case.  */
static bool
starts_ci (const char *s, size_t n, const char *needle)
{
  /* Most calls fail at the first byte: test it before measuring NEEDLE.  */
  if (n == 0 || lower (s[0]) != lower (needle[0]))
    return false;
  size_t len = strlen (needle);
  return len <= n && same (s, needle, len, true);
}

/* The offset of NEEDLE (LEN bytes) in S (N bytes), or N; with FOLD,
   ASCII case is ignored.  Offsets are first tested on two bytes of the
   needle, its first and last but for spaces (spaces are everywhere),
   sixteen at a time where vectors allow, so that only likely places are
   compared whole.  */
static size_t
find (const char *s, size_t n, const char *needle, size_t len, bool fold)
{
  size_t i = 0, a = 0, b = len - 1;
  if (len > n)
    return n;
  while (a < b && needle[a] == ' ')
    a++;
  while (b > a && needle[b] == ' ')
    b--;
  /* | 0x20 folds ASCII capitals; what else it folds is a false "yes".  */
  unsigned char bits = fold ? 0x20 : 0, at_a = (unsigned char) needle[a] | bits,
    at_b = (unsigned char) needle[b] | bits;
#ifdef USE_VECTORS
  /* The last block reads into the padding after S.  */
  for (; i + len <= n; i += 16)
    {
      byte_block hit = (byte_block) (((load_block (s + i + a) | bits) == at_a)
                                     & ((load_block (s + i + b) | bits) == at_b));
      for (size_t k = first_hit (hit); k < 16 && i + k + len <= n; k = first_hit (hit))
        {
          if (same (s + i + k, needle, len, fold))
            return i + k;
          hit[k] = 0;
        }
    }
  return n;
#else
  for (; i + len <= n; i++)
    if (((unsigned char) s[i + a] | bits) == at_a && ((unsigned char) s[i + b] | bits) == at_b
        && same (s + i, needle, len, fold))
      return i;
  return n;
#endif
}

/* The offset of NEEDLE, a string literal, in S (N bytes), or N: ignoring
   case, or, for the phrases that mail servers always write the same way
   ("in reply to", "after"), exactly.  */
#define find_ci(s, n, needle) find (s, n, "" needle, sizeof needle - 1, true)
#define find_exact(s, n, needle) find (s, n, "" needle, sizeof needle - 1, false)

static void
trim (const char **s, size_t *n)
{
  while (*n > 0 && is_space (**s))
    (*s)++, (*n)--;
  while (*n > 0 && is_space ((*s)[*n - 1]))
    (*n)--;
}

static void
append (char *buf, size_t *len, const char *s, size_t n)
{
  if (*len > 0 && n > 0 && *len < EXPLAIN_LINE_MAX)
    buf[(*len)++] = ' ';
  if (n > EXPLAIN_LINE_MAX - *len)
    n = EXPLAIN_LINE_MAX - *len;
  memcpy (buf + *len, s, n);
  *len += n;
}

/* Reads an enhanced code at S ("5.1.1", "4.7.10") into CODE.  It must end
   the word: "5.1.1-beta" or "4.2.1.3" is a version, not a code.  Returns
   its length, or 0.  */
static size_t
parse_enhanced (const char *s, size_t n, struct smtp_code *code)
{
  size_t i = 0;
  int parts[2] = { 0, 0 };
  if (n < 5 || !(s[0] == '2' || s[0] == '4' || s[0] == '5') || s[1] != '.')
    return 0;
  i = 2;
  for (int k = 0; k < 2; k++)
    {
      size_t start = i;
      while (i < n && is_digit (s[i]) && i - start < 4)
        parts[k] = parts[k] * 10 + (s[i++] - '0');
      if (i == start || i - start > 3 || (k == 0 && (i >= n || s[i++] != '.')))
        return 0;
    }
  if (i < n && !(is_space (s[i]) || strchr (";,)'\"", s[i])) )
    return 0;
  code->enhanced_class = s[0] - '0';
  code->subject = parts[0];
  code->detail = parts[1];
  return i;
}

/* Whether S starts with the three digits of a reply code: 2xx to 5xx,
   the second digit 0 to 5, as RFC 5321 has it.  */
static bool
code_digits (const char *s)
{
  return s[0] >= '2' && s[0] <= '5' && s[1] >= '0' && s[1] <= '5' && is_digit (s[2]);
}

/* Reads a reply code at S: three digits 2xx-5xx (second digit 0-5, as RFC
   5321 has it) then a space, '-' or the end, and perhaps an enhanced code.
   With STRONG, the enhanced code must be there and of the same class.
   Sets *SEP to the character after the digits (' ' at the end).  Returns
   the length read, spaces after it included, or 0.  */
static size_t
parse_reply (const char *s, size_t n, bool strong, struct smtp_code *code, char *sep)
{
  *code = (struct smtp_code) { .enhanced_class = -1 };
  if (n < 3 || !code_digits (s))
    return 0;
  *sep = n > 3 ? s[3] : ' ';
  if (*sep != ' ' && *sep != '-')
    return 0;
  code->basic = (s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0');
  size_t i = n > 3 ? 4 : 3;
  size_t len = parse_enhanced (s + i, n - i, code);
  if (strong && (len == 0 || code->enhanced_class != code->basic / 100))
    return 0;
  i += len;
  while (i < n && is_space (s[i]))
    i++;
  return i;
}

/* Whether S (N bytes) starts with an SMTP command, which is then copied
   to COMMAND (SIZE bytes).  */
static bool
command_word (const char *s, size_t n, char *command, size_t size)
{
  static const char *const words[] = {
    "RCPT TO", "MAIL FROM", "DATA", "BDAT", "EHLO", "HELO", "AUTH", "STARTTLS",
    "QUIT", "RSET", "VRFY", "EXPN", "ETRN"
  };
  /* Every line of a log is tried: the first letter rules out most.  */
  if (n == 0)
    return false;
  for (size_t w = 0; w < sizeof words / sizeof words[0]; w++)
    {
      if (lower (s[0]) != lower (words[w][0]))
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

/* The command a reply answered, when the text names it: "(in reply to
   RCPT TO command)" (Postfix), "after RCPT TO:<a@b>" (Exim).  */
static void
find_command (const char *s, size_t n, char *command, size_t size)
{
  command[0] = '\0';
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
      if (command_word (p, rest, command, size))
        return;
    }
}

/* The prompts that start the lines of a session transcript: the
   client's (swaks's "->" and "~>", Exim's "SMTP>>", ">>>", "C:"), and the
   server's (swaks's "<-", "<~", and "<**" and "<~*" for errors, Exim's
   "SMTP<<", "<<<", "S:").  */
static const char *const client_prompts[] = { "->", "~>", "SMTP>>", ">>>", "C:", NULL };
static const char *const server_prompts[] = {
  "<-", "<~", "<**", "<~*", "SMTP<<", "<<<", "S:", NULL
};

/* The length of the prompt of PROMPTS that starts the line S (N bytes),
   spaces around it included, or 0.  */
static size_t
prompt_len (const char *s, size_t n, const char *const *prompts)
{
  size_t i = 0;
  while (i < n && is_space (s[i]))
    i++;
  for (; i < n && *prompts; prompts++)
    {
      if (s[i] != (*prompts)[0])
        continue;
      size_t len = strlen (*prompts);
      if (n - i > len && memcmp (s + i, *prompts, len) == 0 && is_space (s[i + len]))
        {
          for (i += len; i < n && is_space (s[i]);)
            i++;
          return i;
        }
    }
  return 0;
}

/* A client's command in a session transcript, "RCPT TO:<a@b>", perhaps
   after a prompt; copies the command to COMMAND (SIZE bytes).  */
static bool
client_command (const char *s, size_t n, char *command, size_t size)
{
  size_t prompt = prompt_len (s, n, client_prompts);
  return command_word (s + prompt, n - prompt, command, size);
}

/* Where the command a finding answered is looked for: the whole line,
   searched only when a finding needs it, and once.  */
struct command_source
{
  const char *s;
  size_t n;
  bool searched;
  char name[16];
};

static void
search_command (const struct explain_scanner *sc, struct command_source *cmd)
{
  if (!cmd->searched && !sc->codes_only)
    find_command (cmd->s, cmd->n, cmd->name, sizeof cmd->name);
  cmd->searched = true;
}

/* Reports a finding; CMD is NULL where no command can be named.  */
static void
emit (struct explain_scanner *sc, const struct smtp_code *code, struct command_source *cmd,
      const char *text, size_t text_len, unsigned long line)
{
  struct explain_finding f = { *code, "", text, sc->codes_only ? 0 : text_len, line };
  if (cmd)
    {
      search_command (sc, cmd);
      memcpy (f.command, cmd->name, sizeof f.command);
    }
  if (f.command[0] == '\0' && sc->client_line != 0 && line == sc->client_line + 1)
    memcpy (f.command, sc->client_command, sizeof f.command);
  trim (&f.text, &f.text_len);
  sc->count++;
  sc->callback (&f, sc->data);
}

/* Where the server's words that start at S end: at a closing QUOTE, at
   Postfix's " (in reply to ...)", or at the end of the line less the
   parentheses that close around the reply.  Sets *WORDS, unless it is
   NULL, to their length without the closing quote and without Postfix's
   tail.  */
static size_t
text_end (const char *s, size_t n, char quote, size_t *words)
{
  if (quote)
    {
      /* A quote inside a word ("recipient's") does not close.  */
      for (size_t i = 0; i < n; i++)
        if (s[i] == quote && (i + 1 == n || !is_alnum (s[i + 1])))
          {
            if (words)
              *words = i;
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

/* Reports a reply whose words start at S (N bytes to the end of the
   line), and returns where they end.  */
static size_t
emit_reply (struct explain_scanner *sc, const struct smtp_code *code,
            struct command_source *cmd, const char *s, size_t n, char quote,
            unsigned long line)
{
  size_t words = 0, end = text_end (s, n, quote, sc->codes_only ? NULL : &words);
  emit (sc, code, cmd, s, words, line);
  return end;
}

/* A Python smtplib error: "(550, b'5.1.1 <a@b>: Recipient rejected')".
   Returns the offset after it, or 0.  */
static size_t
try_tuple (struct explain_scanner *sc, const char *s, size_t n, size_t i,
           struct command_source *cmd, unsigned long line)
{
  struct smtp_code code, enhanced = { .enhanced_class = -1 };
  char sep, digits[4];
  size_t p = i + 1;
  /* parse_reply wants a space after the digits; here a comma follows.  */
  if (n - p < 7 || s[p + 3] != ',' || s[p + 4] != ' ')
    return 0;
  memcpy (digits, s + p, 3);
  digits[3] = ' ';
  if (!parse_reply (digits, 4, false, &code, &sep))
    return 0;
  p += 5;
  if (p < n && s[p] == 'b')
    p++;
  if (p >= n || (s[p] != '\'' && s[p] != '"'))
    return 0;
  char quote = s[p++];
  size_t len = parse_enhanced (s + p, n - p, &enhanced);
  if (len)
    {
      code.enhanced_class = enhanced.enhanced_class;
      code.subject = enhanced.subject;
      code.detail = enhanced.detail;
      p += len;
    }
  return p + emit_reply (sc, &code, cmd, s + p, n - p, quote, line);
}

/* Characters that make a number part of an address, a path, a version
   or a time rather than a reply code.  */
static bool
joins_word (char c)
{
  switch (c)
    {
    case '.': case '_': case '/': case '-': case ':': case '+': case '#': case '@':
      return true;
    default:
      return false;
    }
}

/* Whether the marker M ends at offset K of S, in full after offset I
   and not at the end of a longer word.  */
static bool
marker_ends (const char *s, size_t i, size_t k, const char *m)
{
  size_t len = strlen (m);
  return k - i >= len && same (s + k - len, m, len, true)
    && (k == len || !is_alnum (s[k - len - 1]));
}

/* Whether a marker that starts at or after offset I introduces the code
   at P: "said:", "error:" or "<<< " then spaces, perhaps a quote;
   "returned " then a quote; or Exim's "SMTP error from remote mail
   server after RCPT TO:<a@b>: ", the colon right before the code.  */
static bool
introduced (const char *s, size_t i, size_t p)
{
  size_t k = p;
  if (k > i && (s[k - 1] == '\'' || s[k - 1] == '"'))
    {
      if (marker_ends (s, i, --k, "returned "))
        return true;
    }
  size_t before_spaces = k;
  while (k > i && is_space (s[k - 1]))
    k--;
  if (marker_ends (s, i, k, "said:") || marker_ends (s, i, k, "error:")
      || (k < before_spaces && marker_ends (s, i, k, "<<<")))
    return true;
  if (p - i < 2 || s[p - 2] != ':' || s[p - 1] != ' ')
    return false;
  for (size_t m = i; m < p - 2; m++)
    {
      m += find_ci (s + m, p - 2 - m, "SMTP error from remote");
      if (m < p - 2 && (m == 0 || !is_alnum (s[m - 1])))
        return true;
    }
  return false;
}

/* Looks at the code at offset P of a line of free text scanned from
   offset I: it is a reply when a marker introduces it, when it opens a
   Python tuple, or when an enhanced code of its class follows it and it
   is not inside a word, an address or a version.  Reports it and returns
   the offset after its words, or 0.  */
static size_t
try_code (struct explain_scanner *sc, const char *s, size_t n, size_t i, size_t p,
          struct command_source *cmd, unsigned long line)
{
  struct smtp_code code;
  char sep, quote = p > 0 && (s[p - 1] == '\'' || s[p - 1] == '"') ? s[p - 1] : 0;
  size_t len = 0;
  if (p + 3 < n && s[p + 3] == ',')
    return p > i && s[p - 1] == '(' ? try_tuple (sc, s, n, p - 1, cmd, line) : 0;
  if (p == 0 || !(is_alnum (s[p - 1]) || joins_word (s[p - 1])))
    len = parse_reply (s + p, n - p, true, &code, &sep);
  if (len == 0 && introduced (s, i, p))
    len = parse_reply (s + p, n - p, false, &code, &sep);
  if (len == 0)
    return 0;
  return p + len + emit_reply (sc, &code, cmd, s + p + len, n - p - len, quote, line);
}

/* "dsn=5.1.1" of Postfix and Sendmail, for lines that quote no reply:
   the words are Sendmail's "stat=" or Postfix's "status=bounced (...)".  */
static bool
try_dsn_field (struct explain_scanner *sc, const char *s, size_t n,
               struct command_source *cmd, unsigned long line)
{
  struct smtp_code code = { .enhanced_class = -1 };
  size_t at = 0;
  for (;; at++)
    {
      at += find_ci (s + at, n - at, "dsn=");
      if (at >= n)
        return false;
      if ((at == 0 || is_space (s[at - 1]) || s[at - 1] == ',')
          && parse_enhanced (s + at + 4, n - at - 4, &code))
        break;
    }
  const char *words = s + n;
  size_t len = 0, stat, status;
  if (sc->codes_only)
    stat = status = n;
  else
    stat = find_ci (s, n, "stat="), status = find_ci (s, n, "status=");
  if (stat < n && (stat == 0 || !is_alnum (s[stat - 1])))
    words = s + stat + 5, len = n - stat - 5;
  else if (status < n)
    {
      size_t open = status + find_ci (s + status, n - status, " (");
      if (open < n)
        {
          words = s + open + 2;
          text_end (words, n - open - 2, 0, &len);
        }
    }
  emit (sc, &code, cmd, words, len, line);
  return true;
}

#ifdef USE_VECTORS
/* Which of the sixteen offsets from P may start a reply code.  */
static byte_block
code_starts (const char *p)
{
  byte_block c0 = load_block (p), c1 = load_block (p + 1), c2 = load_block (p + 2),
    c3 = load_block (p + 3);
  /* ',' and '-' differ only in the lowest bit.  */
  return (byte_block) (((byte_block) (c0 - '2') < 4) & ((byte_block) (c1 - '0') < 6)
                       & ((byte_block) (c2 - '0') < 10)
                       & ((c3 == ' ') | ((c3 | 1) == '-')));
}
#endif

/* The first offset from I on of what may be a reply code, or N: three
   digits 2xx to 5xx (the second 0 to 5) that end the text or are
   followed by a space, '-' or ',' (in a tuple).  Every reply quoted in
   free text has one, and a log line has few.  */
static size_t
next_code (const char *s, size_t n, size_t i)
{
  size_t from = i;
#ifdef USE_VECTORS
  /* Two blocks at a time, reading up to 3 + 31 bytes past I, into the
     padding after S.  */
  for (; i + 3 < n; i += 32)
    {
      byte_block low = code_starts (s + i), high = code_starts (s + i + 16);
      if (block_empty (low | high))
        continue;
      size_t k = first_hit (low);
      if (k == 16)
        k += first_hit (high);
      if (i + k + 3 < n)
        return i + k;
      break;
    }
#else
  for (; i + 3 < n; i++)
    if (code_digits (s + i) && (s[i + 3] == ' ' || s[i + 3] == '-' || s[i + 3] == ','))
      return i;
#endif
  return n >= 3 && n - 3 >= from && code_digits (s + n - 3) ? n - 3 : n;
}

static unsigned
scan_text (struct explain_scanner *sc, const char *s, size_t n, unsigned long line)
{
  struct command_source cmd = { s, n, false, "" };
  unsigned found = 0;
  /* FROM: where the text not yet part of a finding starts.  */
  for (size_t from = 0, p = next_code (s, n, 0); p < n;)
    {
      size_t end = try_code (sc, s, n, from, p, &cmd, line);
      if (end)
        found++, from = end;
      p = next_code (s, n, end ? end : p + 1);
    }
  if (found == 0 && try_dsn_field (sc, s, n, &cmd, line))
    found++;
  return found;
}

static void
close_reply (struct explain_scanner *sc)
{
  if (sc->reply_open)
    emit (sc, &sc->reply_code, NULL, sc->reply_text, sc->reply_len, sc->reply_line);
  sc->reply_open = false;
}

/* A line that starts with a reply code.  "550-" lines go on in the next
   line with the same code; the others end the reply.  */
static void
reply_line (struct explain_scanner *sc, const char *s, size_t n, size_t len,
            const struct smtp_code *code, char sep)
{
  const char *words = s + len;
  size_t words_n = n - len;
  trim (&words, &words_n);
  if (sc->reply_open && sc->reply_code.basic == code->basic)
    {
      if (sc->reply_code.enhanced_class < 0)
        sc->reply_code = *code;
      append (sc->reply_text, &sc->reply_len, words, words_n);
      if (sep != '-')
        close_reply (sc);
      return;
    }
  close_reply (sc);
  if (sep != '-')
    {
      emit (sc, code, NULL, words, words_n, sc->line_no);
      return;
    }
  sc->reply_open = true;
  sc->reply_code = *code;
  sc->reply_line = sc->line_no;
  sc->reply_len = 0;
  append (sc->reply_text, &sc->reply_len, words, words_n);
}

/* Removes from TEXT the codes that begin the later lines of a multiline
   reply folded into one header: "try 550-5.1.1 double-checking".  */
static size_t
drop_repeated_codes (char *text, size_t n, const char *prefix, size_t prefix_len)
{
  size_t out = 0;
  /* A bare "550" has no enhanced code to repeat.  */
  if (prefix_len < 4)
    return n;
  for (size_t i = 0; i < n;)
    {
      if (i > 0 && text[i - 1] == ' ' && n - i >= prefix_len + 1
          && memcmp (text + i, prefix, 3) == 0 && (text[i + 3] == '-' || text[i + 3] == ' ')
          && memcmp (text + i + 4, prefix + 4, prefix_len - 4) == 0
          && (i + prefix_len == n || text[i + prefix_len] == ' '))
        {
          i += prefix_len;
          while (i < n && text[i] == ' ')
            i++;
          continue;
        }
      text[out++] = text[i++];
    }
  return out;
}

/* A whole Diagnostic-Code field, "smtp; 550 5.1.1 text", or a line of
   free text with its folded lines.  */
static void
close_header (struct explain_scanner *sc)
{
  if (!sc->header_open)
    return;
  sc->header_open = false;
  char *value = sc->header;
  size_t n = sc->header_len;
  if (!sc->header_diagnostic)
    {
      scan_text (sc, value, n, sc->header_line);
      return;
    }
  size_t semicolon = 0;
  while (semicolon < n && semicolon < 32 && value[semicolon] != ';')
    semicolon++;
  if (semicolon < n && value[semicolon] == ';')
    value += semicolon + 1, n -= semicolon + 1;
  while (n > 0 && is_space (*value))
    value++, n--;
  struct smtp_code code;
  char sep;
  size_t len = parse_reply (value, n, false, &code, &sep);
  if (len == 0)
    {
      scan_text (sc, value, n, sc->header_line);
      return;
    }
  struct command_source cmd = { value, n, false, "" };
  /* Now, before the words are rewritten below.  */
  search_command (sc, &cmd);
  /* "550-5.1.1 " or "550 5.1.1 ": what to drop from later lines.  */
  size_t prefix_len = len;
  while (prefix_len > 0 && value[prefix_len - 1] == ' ')
    prefix_len--;
  char prefix[32];
  if (prefix_len >= sizeof prefix)
    prefix_len = 3;
  memcpy (prefix, value, prefix_len);
  size_t words = drop_repeated_codes (value + len, n - len, prefix, prefix_len);
  emit (sc, &code, &cmd, value + len, find_ci (value + len, words, POSTFIX_TAIL),
        sc->header_line);
}

static void
open_header (struct explain_scanner *sc, const char *s, size_t n, bool diagnostic)
{
  sc->header_open = true;
  sc->header_diagnostic = diagnostic;
  sc->header_line = sc->line_no;
  sc->header_len = 0;
  trim (&s, &n);
  append (sc->header, &sc->header_len, s, n);
}

/* Scans the line S (N bytes, without its newline).  ALONE tells that the
   next line does not continue it and that SEARCH_PAD bytes may be read
   past its end: then free text is scanned where it lies, not copied to
   wait for folded lines.  */
static void
scan_line (struct explain_scanner *sc, const char *s, size_t n, bool alone)
{
  struct smtp_code code;
  char sep;
  size_t len;

  if (n > 0 && s[n - 1] == '\r')
    n--;
  /* swaks indents the client's lines: they are not folded lines.  */
  if (sc->header_open && n > 0 && is_space (s[0]) && prompt_len (s, n, client_prompts) == 0)
    {
      const char *more = s;
      trim (&more, &n);
      append (sc->header, &sc->header_len, more, n);
      return;
    }
  close_header (sc);
  /* A server's reply, perhaps after a transcript's prompt.  */
  size_t prompt = prompt_len (s, n, server_prompts);
  if ((len = parse_reply (s + prompt, n - prompt, false, &code, &sep)) != 0)
    {
      reply_line (sc, s + prompt, n - prompt, len, &code, sep);
      return;
    }
  close_reply (sc);
  if (!sc->codes_only && client_command (s, n, sc->client_command, sizeof sc->client_command))
    sc->client_line = sc->line_no;
  if (starts_ci (s, n, "Diagnostic-Code:"))
    {
      open_header (sc, s + 16, n - 16, true);
      return;
    }
  if (starts_ci (s, n, "Status:"))
    {
      const char *value = s + 7;
      size_t value_n = n - 7;
      trim (&value, &value_n);
      code = (struct smtp_code) { .enhanced_class = -1 };
      len = parse_enhanced (value, value_n, &code);
      if (len)
        emit (sc, &code, NULL, value + len, value_n - len, sc->line_no);
      return;
    }
  if (alone)
    {
      trim (&s, &n);
      scan_text (sc, s, n, sc->line_no);
      return;
    }
  open_header (sc, s, n, false);
}

struct explain_scanner *
explain_new (explain_callback callback, void *data)
{
  struct explain_scanner *sc = calloc (1, sizeof *sc);
  if (sc == NULL)
    return NULL;
  sc->callback = callback;
  sc->data = data;
  sc->line_no = 1;
  sc->line = malloc (EXPLAIN_LINE_MAX);
  sc->reply_text = malloc (EXPLAIN_LINE_MAX);
  sc->header = calloc (1, EXPLAIN_LINE_MAX + SEARCH_PAD);
  if (!sc->line || !sc->reply_text || !sc->header)
    {
      explain_free (sc);
      return NULL;
    }
  return sc;
}

void
explain_feed (struct explain_scanner *sc, const char *buf, size_t len)
{
  const char *limit = buf + len;
  while (len > 0)
    {
      const char *nl = memchr (buf, '\n', len);
      size_t part = nl ? (size_t) (nl - buf) : len;
      /* Past the cap the rest of the line is dropped, not stored.  */
      size_t room = EXPLAIN_LINE_MAX - sc->line_len, keep = part < room ? part : room;
      if (nl && sc->line_len == 0)
        /* The whole line is in BUF: no need to collect it first.  */
        scan_line (sc, buf, keep, limit - nl > SEARCH_PAD && !is_space (nl[1]));
      else
        {
          memcpy (sc->line + sc->line_len, buf, keep);
          sc->line_len += keep;
          if (!nl)
            return;
          scan_line (sc, sc->line, sc->line_len, false);
          sc->line_len = 0;
        }
      sc->line_no++;
      buf += part + 1;
      len -= part + 1;
    }
}

bool
explain_fresh_line (const char *line, size_t n)
{
  struct smtp_code code;
  char sep;
  size_t prompt = prompt_len (line, n, server_prompts);
  return !(n > 0 && is_space (line[0]))
    && parse_reply (line + prompt, n - prompt, false, &code, &sep) == 0;
}

void
explain_codes_only (struct explain_scanner *sc)
{
  sc->codes_only = true;
}

unsigned long
explain_finish (struct explain_scanner *sc)
{
  if (sc->line_len > 0)
    scan_line (sc, sc->line, sc->line_len, false);
  sc->line_len = 0;
  close_header (sc);
  close_reply (sc);
  return sc->count;
}

void
explain_free (struct explain_scanner *sc)
{
  if (sc == NULL)
    return;
  free (sc->line);
  free (sc->reply_text);
  free (sc->header);
  free (sc);
}
