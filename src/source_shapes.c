/* SPDX-License-Identifier: GPL-3.0-or-later */
/* source_shapes.c -- where a code-like number in source code or a
   document's layout names a value rather than quoting a reply.

   Each shape here was seen in real text that a reply scanner meets:
   pattern matching on a reply's code in OCaml or Rust, a client's table
   of error numbers, Lisp comparing a code, an RFC's table of contents, a Gradle dependency's version.  A reply
   is never written in these shapes, so they rule a code out whatever
   stands around it.  */

#include <config.h>

#include <string.h>

#include "bytesearch.h"
#include "evidence.h"
#include "scanchar.h"
#include "source_shapes.h"

/* Whether an arm of a match follows the code that ends at Q of S (N
   bytes): OCaml's "| 250 -> go recipients", Rust's "250 => ...".  Perl
   pairs a code with a reply's words so: [ 552 => 'Permanent FOAD' ].  */
static bool
match_arm_follows (const char *s, size_t n, size_t q)
{
  while (q < n && s[q] == ' ')
    q++;
  return n - q >= 4 && (s[q] == '-' || s[q] == '=') && s[q + 1] == '>' && s[q + 2] == ' '
    && s[q + 3] != '\'' && s[q + 3] != '"';
}

/* Whether the code at P of S (the line from LO) is the value of a quoted
   key that is an identifier of its own, as an enumeration of a client's
   errors writes it: "'CantSaveSettings': 501,", "'Time500ms': 500,"; not a key that holds a
   reply's code ("code", "status", "response").  */
static bool
enumerated_value (const char *s, size_t n, size_t lo, size_t p)
{
  if (p - lo < 6 || s[p - 1] != ' ' || s[p - 2] != ':' || (s[p - 3] != '\'' && s[p - 3] != '"')
      || p + 3 >= n || (s[p + 3] != ',' && s[p + 3] != '}'))
    return false;
  size_t key = p - 3;
  bool inner_capital = false;
  while (key > lo && (is_alnum (s[key - 1]) || s[key - 1] == '_'))
    {
      key--;
      inner_capital |= s[key] >= 'A' && s[key] <= 'Z' && key + 1 < p - 3 && key > lo
        && s[key - 1] >= 'a' && s[key - 1] <= 'z';
    }
  size_t len = p - 3 - key;
  bool pascal_case = s[key] >= 'A' && s[key] <= 'Z';
  if (key == lo || s[key - 1] != s[p - 3] || len < 6 || !(inner_capital || pascal_case))
    return false;
  return find_ci (s + key, len, "code") == len && find_ci (s + key, len, "status") == len
    && find_ci (s + key, len, "respon") == len && find_ci (s + key, len, "reply") == len;
}

/* Whether the code at P of S (N bytes, the line from LO) closes a Lisp
   comparison: "(= (nth 1 err) 535)", "(eq code 550)".  */
static bool
lisp_comparison (const char *s, size_t n, size_t lo, size_t p)
{
  if (p + 3 >= n || s[p + 3] != ')' || p == lo || s[p - 1] != ' ')
    return false;
  int depth = 0;
  for (size_t i = p; i > lo && p - i < 120; i--)
    if (s[i - 1] == ')')
      depth++;
    else if (s[i - 1] == '(' && depth-- == 0)
      {
        static const char tests[][8] = { "= ", "/= ", "eq ", "eql ", "equal ", "" };
        for (int t = 0; tests[t][0] != '\0'; t++)
          if (p - i >= strlen (tests[t]) && same_bytes (s + i, tests[t], strlen (tests[t]), false))
            return true;
        return false;
      }
  return false;
}

/* Whether three numbers follow the code that ends at Q of S (N bytes),
   as NNTP's answer to GROUP has them: "211 0 41 40 nz.netstatus".  */
static bool
numbers_follow (const char *s, size_t n, size_t q)
{
  for (int count = 0; count < 3; count++)
    {
      if (q >= n || s[q] != ' ' || q + 1 >= n || !is_digit (s[q + 1]))
        return false;
      for (q++; q < n && is_digit (s[q]);)
        q++;
    }
  return q == n || s[q] == ' ';
}

/* Whether the code at P of S (N bytes, the line from LO) is the one a
   client expects after the command it sends, both arguments of a call,
   no server's words after it: PHPMailer's sendCommand('DATA', 'DATA',
   354), Balsa's net_client_smtp_execute(client, "DATA", 354, NULL,
   error).  */
static bool
expected_after_command (const char *s, size_t n, size_t lo, size_t p)
{
  if (p - lo < 8 || s[p - 1] != ' ' || s[p - 2] != ',' || (s[p - 3] != '"' && s[p - 3] != '\'')
      || p + 4 >= n || !(s[p + 3] == ')' || (s[p + 3] == ',' && s[p + 4] == ' ' && p + 5 < n
                                             && s[p + 5] != '"' && s[p + 5] != '\'')))
    return false;
  size_t i = p - 3;
  while (i > lo && ((s[i - 1] >= 'A' && s[i - 1] <= 'Z') || s[i - 1] == ' '))
    i--;
  return i > lo && s[i - 1] == s[p - 3] && p - 3 - i >= 4 && s[i] != ' ';
}

/* Whether the code at P of S (N bytes, the line from LO) is quoted as
   the first of a Lisp pair: Mew's ("250" . "next").  */
static bool
lisp_pair (const char *s, size_t n, size_t lo, size_t p)
{
  return p > lo && s[p - 1] == '"' && n - p >= 7 && same_bytes (s + p + 3, "\" . ", 4, false);
}

/* The length of the word of 3 to 8 capitals that ends at END of S
   (the line from LO), or 0.  */
static size_t
capitals_before (const char *s, size_t lo, size_t end)
{
  size_t i = end;
  while (i > lo && end - i < 9 && s[i - 1] >= 'A' && s[i - 1] <= 'Z')
    i--;
  return end - i >= 3 && end - i <= 8 && (i == lo || s[i - 1] == ' ') ? end - i : 0;
}

/* Whether the code at P of S (N bytes, the line from LO) is a limit set
   for the command glued before it, in a list of such settings: Snort's
   "EHLO:500 EMAL:255 STARTTLS:246" (lengths of command lines).  */
static bool
command_limit (const char *s, size_t n, size_t lo, size_t p)
{
  size_t name = p - lo >= 4 && s[p - 1] == ':' ? capitals_before (s, lo, p - 1) : 0;
  if (name == 0)
    return false;
  /* Another setting of the list before it, or after it.  */
  size_t k = p - 1 - name;
  while (k > lo && s[k - 1] == ' ')
    k--;
  size_t digits = k;
  while (digits > lo && is_digit (s[digits - 1]))
    digits--;
  if (digits < k && digits > lo && s[digits - 1] == ':' && capitals_before (s, lo, digits - 1) != 0)
    return true;
  size_t q = p + 3;
  while (q < n && s[q] == ' ')
    q++;
  size_t word = q;
  while (q < n && q - word < 9 && s[q] >= 'A' && s[q] <= 'Z')
    q++;
  return q - word >= 3 && q + 1 < n && s[q] == ':' && is_digit (s[q + 1]);
}

/* Whether the identifier that ends at offset END of S (the line from
   LO) names a constant: in capitals with a '_' ("REPLY_READY_TO_START"),
   or in CamelCase ("CodeSyntaxError").  Returns where it starts, or END.  */
static size_t
constant_name (const char *s, size_t lo, size_t end)
{
  size_t k = end;
  int capitals = 0, lower = 0, underscores = 0;
  while (k > lo && (is_alnum (s[k - 1]) || s[k - 1] == '_'))
    {
      k--;
      capitals += s[k] >= 'A' && s[k] <= 'Z';
      lower += s[k] >= 'a' && s[k] <= 'z';
      underscores += s[k] == '_';
    }
  bool caps = lower == 0 && underscores > 0, camel = capitals >= 2 && underscores == 0;
  return end - k >= 4 && s[k] >= 'A' && s[k] <= 'Z' && (caps || camel) ? k : end;
}

/* Go's unexported constant in lowerCamelCase ("codeRejected"), which
   ends at END of S (the line from LO).  Returns where it starts, or END.  */
static size_t
unexported_name (const char *s, size_t lo, size_t end)
{
  size_t k = end;
  int capitals = 0;
  while (k > lo && is_alnum (s[k - 1]))
    {
      k--;
      capitals += s[k] >= 'A' && s[k] <= 'Z';
    }
  return end - k >= 6 && s[k] >= 'a' && s[k] <= 'z' && capitals > 0 ? k : end;
}

/* Whether an assignment ends at *K of S (the line from LO), but for
   spaces: "NAME = " or Perl's fat comma "NAME => " (*ARROW), not a
   comparison ("==", "!=", "<=", ">=", ":=").  Moves *K to where the name
   ends.  */
static bool
assignment_before (const char *s, size_t lo, size_t *k, bool *arrow)
{
  size_t i = *k;
  while (i > lo && s[i - 1] == ' ')
    i--;
  *arrow = i - lo >= 2 && s[i - 1] == '>' && s[i - 2] == '=';
  if (*arrow)
    i -= 2;
  else if (i - lo >= 2 && s[i - 1] == '=' && s[i - 2] != '\0' && !strchr ("=!<>:", s[i - 2]))
    i--;
  else
    return false;
  while (i > lo && s[i - 1] == ' ')
    i--;
  *k = i;
  return true;
}

/* Whether the code at P of S (N bytes, the line from LO), LEN bytes
   long, is quoted alone as the value of a constant, nothing but ';' or
   ',' after it: C#'s ERROR_TRANSACTION_FAILED = "554";, PHP's
   ERRONEOUS_RECIPIENT_ENHANCED_CODE = '5.1.1'; (but GREETING_220 = "220
   localhost ready" is a reply; and a variable or a field may be set so
   beside the reply's words and enhanced code: a milter's char *code =
   "451", a Delphi form's ReplyUnknownCommand.Code = '500'; nor is a
   milter's reply part a constant, DMARC_REJECT_SMTP = "550").  */
static bool
quoted_constant (const char *s, size_t n, size_t lo, size_t p, size_t len)
{
  if (p == lo || (s[p - 1] != '"' && s[p - 1] != '\'') || n - p <= len || s[p + len] != s[p - 1])
    return false;
  size_t end = p + len + 1, k = p - 1;
  bool arrow;
  while (end < n && (s[end] == ' ' || s[end] == ';' || s[end] == ','))
    end++;
  return end == n && assignment_before (s, lo, &k, &arrow) && constant_name (s, lo, k) < k
    && !milter_reply_part (s, n, lo, p, len);
}

/* Whether the code at P of S (N bytes, the line from LO) is the value
   of a constant: with Perl's fat comma ("REPLY_READY_TO_START => 220,"),
   or alone on its line in Go's const block ("CodeSyntaxError = 500") or
   Swift's enumeration ("case authenticationFailed = 535";
   not with a comment that says what it is for).  */
static bool
constant_value (const char *s, size_t n, size_t lo, size_t p)
{
  size_t q = p + 3;
  while (q < n && s[q] == ' ')
    q++;
  bool alone = q == n, arrow;
  if (p + 3 < n && s[p + 3] != ',' && s[p + 3] != ';' && !alone)
    return false;
  size_t k = p;
  if (!assignment_before (s, lo, &k, &arrow) || !(arrow || alone))
    return false;
  size_t start = constant_name (s, lo, k);
  if (start == k && !arrow)
    start = unexported_name (s, lo, k);
  if (start == k || (start > lo && s[start - 1] != ' ' && s[start - 1] != '\t'))
    return false;
  /* Go's names stand first on their line; Swift's after "case ".  */
  size_t first = lo;
  while (first < start && (s[first] == ' ' || s[first] == '\t'))
    first++;
  return arrow || first == start || (start - first == 5 && memcmp (s + first, "case ", 5) == 0);
}

/* Whether the code at P of S (the line from LO), in a string perhaps
   after ": ", is the value of a name that ends with its digits, as a
   table of patterns has it: 'err450' => ': 450 ', status_code421 =
   b": 421".  */
static bool
named_after_itself (const char *s, size_t n, size_t lo, size_t p)
{
  /* The string holds no words: it closes at most two marks after the
     code ("ERR_451 = b'451 Requested action aborted'" is a reply).  */
  size_t q = p + 3;
  while (q < n && q < p + 5 && !is_alnum (s[q]) && s[q] != '"' && s[q] != '\'')
    q++;
  if (q >= n || (s[q] != '"' && s[q] != '\''))
    return false;
  size_t k = p;
  while (k > lo && (s[k - 1] == ' ' || s[k - 1] == ':'))
    k--;
  if (k == lo || (s[k - 1] != '"' && s[k - 1] != '\''))
    return false;
  k--;
  if (k > lo && s[k - 1] == 'b')
    k--;                        /* Python's bytes */
  bool arrow;
  if (!assignment_before (s, lo, &k, &arrow))
    return false;
  if (k > lo && (s[k - 1] == '\'' || s[k - 1] == '"'))
    k--;
  /* A letter may tell two such names apart: 'err421a'.  */
  if (k - lo >= 5 && is_alpha (s[k - 1]) && is_digit (s[k - 2]))
    k--;
  return k - lo >= 4 && memcmp (s + k - 3, s + p, 3) == 0
    && (is_alpha (s[k - 4]) || s[k - 4] == '_');
}

/* Whether the code at P of S (N bytes, the line from LO), LEN bytes
   long, is quoted alone as the value of a name that holds a part of a
   milter's reply, as smfi_setreply takes them: amavisd-milter's char
   *rcode = "451" and *xcode = "4.6.0", milter-greylist's *ecode,
   OpenDMARC's #define DMARC_REJECT_SMTP "550" and DMARC_REJECT_ESC
   "5.7.1".  */
bool
milter_reply_part (const char *s, size_t n, size_t lo, size_t p, size_t len)
{
  /* A constant's name ends so in capitals: REPDENYSMTP, not "desc".  */
  static const char parts[][6] = { "rcode", "xcode", "ecode", "SMTP", "ESC", "" };
  if (p == lo || (s[p - 1] != '"' && s[p - 1] != '\'') || n - p <= len || s[p + len] != s[p - 1])
    return false;
  size_t end = p + len + 1, k = p - 1;
  while (end < n && (s[end] == ' ' || s[end] == ';'))
    end++;
  bool arrow;
  if (end < n || (!assignment_before (s, lo, &k, &arrow) && find_exact (s + lo, p - lo, "define") == p - lo))
    return false;
  while (k > lo && is_space (s[k - 1]))
    k--;
  for (int i = 0; parts[i][0]; i++)
    {
      size_t part = strlen (parts[i]);
      if (k - lo >= part && same_bytes (s + k - part, parts[i], part, parts[i][0] >= 'a'))
        return !arrow;
    }
  return false;
}

/* Whether the code at P of S (N bytes, the line from LO), quoted alone,
   ends a condition: BASIC's "If $hSession.LastCode <> \"250\" Then",
   Lua's "if code == '250' then".  */
static bool
condition_value (const char *s, size_t n, size_t lo, size_t p)
{
  if (p == lo || (s[p - 1] != '"' && s[p - 1] != '\'') || n - p < 9 || s[p + 3] != s[p - 1])
    return false;
  size_t q = p + 4;
  while (q < n && s[q] == ' ')
    q++;
  return q > p + 4 && n - q >= 4 && same_bytes (s + q, "then", 4, true)
    && (n - q == 4 || !is_alnum (s[q + 4]));
}

/* Whether the code at P of S (N bytes, the line from LO) is an array's
   index that is assigned, spaces allowed inside the brackets: [211] =
   "<211>", C's designated initializer "[  421 ] = { \"ADDRESSEE\", ...".  */
static bool
array_index (const char *s, size_t n, size_t lo, size_t p)
{
  size_t open, q = code_between_marks (s, n, lo, p, '[', ']', &open);
  if (q == 0)
    return false;
  while (q < n && s[q] == ' ')
    q++;
  return q < n && s[q] == '=' && (q + 1 == n || s[q + 1] != '=');
}

bool
source_names_basic (const char *s, size_t n, size_t lo, size_t p)
{
  return match_arm_follows (s, n, p + 3) || condition_value (s, n, lo, p)
    || array_index (s, n, lo, p) || enumerated_value (s, n, lo, p) || constant_value (s, n, lo, p)
    || named_after_itself (s, n, lo, p)
    || lisp_comparison (s, n, lo, p) || numbers_follow (s, n, p + 3)
    || expected_after_command (s, n, lo, p) || lisp_pair (s, n, lo, p)
    || command_limit (s, n, lo, p);
}

/* Whether the quote that opens at Q of S (the line from LO) opens the
   value of a key that names no status: a manifest's dependency,
   "libmime": "5.4.1" (but "status": "5.1.1", "enhanced-code": ...).  */
static bool
value_of_other_key (const char *s, size_t lo, size_t q)
{
  static const char status_words[][12] = {
    "status", "code", "dsn", "enhanc", "smtp", "reply", "respon", "error", "reason", "diag",
    "result", "bounce", ""
  };
  size_t i = q;
  while (i > lo && s[i - 1] == ' ')
    i--;
  if (i - lo < 4 || s[i - 1] != ':' || s[i - 2] != '"')
    return false;
  size_t end = i - 2, start = end;
  while (start > lo && s[start - 1] != '"' && end - start < 64)
    start--;
  if (start == lo || start == end)
    return false;
  for (int w = 0; status_words[w][0]; w++)
    if (search_text (s + start, end - start, status_words[w], strlen (status_words[w]), true) < end - start)
      return false;
  return true;
}

bool
layout_names_enhanced (const char *s, size_t n, size_t lo, size_t p, size_t len)
{
  /* A quoted value alone: a constant's or a dependency's version.  */
  if (quoted_constant (s, n, lo, p, len)
      || (p > lo && (s[p - 1] == '"' || s[p - 1] == '\'') && p + len < n && s[p + len] == s[p - 1]
          && value_of_other_key (s, lo, p - 1)))
    return true;
  /* A table of contents leads its titles to page numbers with dots.  */
  const char *eol = memchr (s + p, '\n', n - p);
  size_t end = eol ? (size_t) (eol - s) : n;
  if (end - p > len + 5 && find_exact (s + p + len, end - p - len, " .....") < end - p - len)
    return true;
  /* A table of versions: "2.1.2           2.1.1       2002 ...".  */
  size_t k = p + len;
  while (k < n && (s[k] == ' ' || s[k] == '\t'))
    k++;
  size_t digits = k;
  while (k < n && is_digit (s[k]))
    k++;
  if (digits > p + len && k > digits && k + 1 < n && s[k] == '.' && is_digit (s[k + 1]))
    return true;
  /* Gradle's and Maven's coordinates: "org.eclipse.angus:angus-mail:2.0.3".  */
  if (p - lo < 4 || s[p - 1] != ':' || !(is_alnum (s[p - 2]) || s[p - 2] == '-'))
    return false;
  size_t i = p - 1;
  while (i > lo && (is_alnum (s[i - 1]) || s[i - 1] == '-' || s[i - 1] == '_' || s[i - 1] == '.'))
    i--;
  return i > lo && s[i - 1] == ':';
}

bool
detection_rule (const char *s, size_t n)
{
  /* may_be_detection_rule knows their first bytes.  */
  static const char actions[][8] = { "alert ", "drop ", "pass ", "log ", "" };
  /* (Not OSSEC's <match>, which holds the log's text as it is.)  */
  static const char tags[][8] = { "<pcre2>", "<regex>", "" };
  size_t i = 0;
  while (i < n && (s[i] == ' ' || s[i] == '\t'))
    i++;
  if (i < n && s[i] == '<')
    for (int t = 0; tags[t][0]; t++)
      if (n - i >= 7 && memcmp (s + i, tags[t], 7) == 0)
        return true;
  if (i < n && s[i] == '#')
    i++;
  if (i >= n || (s[i] != 'a' && s[i] != 'd' && s[i] != 'p' && s[i] != 'l'))
    return false;
  for (int a = 0; actions[a][0]; a++)
    {
      size_t len = strlen (actions[a]);
      if (n - i > len && memcmp (s + i, actions[a], len) == 0)
        {
          /* Lines are not padded here: a plain search.  */
          for (size_t k = i + len; k + 5 <= n; k++)
            if (s[k] == '(' && memcmp (s + k, "(msg:", 5) == 0)
              return true;
          return false;
        }
    }
  return false;
}

size_t
enclosing_call (const char *s, size_t lo, size_t p, size_t *name)
{
  int depth = 0;
  size_t i = p;
  for (; i > lo && p - i < 200; i--)
    if (s[i - 1] == ')')
      depth++;
    else if (s[i - 1] == '(' && depth-- == 0)
      break;
  if (i == lo || s[i - 1] != '(' || p - i >= 200)
    return 0;
  size_t end = i - 1;
  if (end > lo && s[end - 1] == ' ')
    end--;                      /* GNU's style: smtp_reply (str, ...) */
  if (end > lo && s[end - 1] == '?')
    end--;                      /* Ruby's start_with?(...) */
  size_t start = end;
  while (start > lo && (is_alnum (s[start - 1]) || s[start - 1] == '_'))
    start--;
  *name = start;
  return end - start;
}

bool
source_names_quoted (const char *s, size_t n, size_t lo, size_t p)
{
  if (p == lo || (s[p - 1] != '"' && s[p - 1] != '\'') || n - p < 4)
    return false;
  char quote = s[p - 1];
  /* A prefix may end with a multiline reply's dash: strncmp(reply,
     "250-", 4).  */
  size_t close = s[p + 3] == quote ? p + 3
    : n - p >= 5 && (s[p + 3] == ' ' || s[p + 3] == '-') && s[p + 4] == quote ? p + 4 : n;
  if (close == n)
    return false;
  if (close == p + 3 && close + 1 < n && s[close + 1] == ',')
    {
      size_t first = lo;
      while (first < p && is_space (s[first]))
        first++;
      /* Alone on its line, or in a row that opens the line with a
         brace or a bracket (not a call's arguments: Haraka's
         emit('bad_code', '421', 'Service unavailable')).  */
      if (first == p - 1 || ((s[first] == '{' || s[first] == '[') && p - lo >= 4 && s[p - 2] == ' '
                             && s[p - 3] == ',' && s[p - 4] == quote))
        return true;
      /* The first of a list of codes: [ "500", "501", ...].  */
      size_t next = close + 2;
      while (next < n && s[next] == ' ')
        next++;
      size_t open = p - 1;
      while (open > lo && s[open - 1] == ' ')
        open--;
      if (open > lo && (s[open - 1] == '[' || s[open - 1] == '{')
          && (next >= n || (n - next > 4 && s[next] == quote && is_digit (s[next + 1])
                            && is_digit (s[next + 2]) && is_digit (s[next + 3]) && s[next + 4] == quote)))
        return true;
    }
  if (quoted_constant (s, n, lo, p, 3))
    return true;
  /* A test's expectation of the code alone: test.expect(response.code,
     "220"), assert.Contains(t, response, "354"); a prefix that replies
     are matched against: out.starts_with("220 "), line.start_with?("250"),
     ScalaTest's should startWith ("250 ").  */
  size_t name, len = enclosing_call (s, lo, p - 1, &name);
  bool last_argument = close == p + 3 && close + 1 < n && s[close + 1] == ')';
  return len >= 6 && (find_ci (s + name, len, "cmp") < len || find_ci (s + name, len, "startswith") < len
                      || find_ci (s + name, len, "starts_with") < len
                      || find_ci (s + name, len, "start_with") < len
                      || find_ci (s + name, len, "startwith") < len
                      || find_ci (s + name, len, "hasprefix") < len
                      || (last_argument && (find_ci (s + name, len, "expect") < len
                                            || find_ci (s + name, len, "assert") < len
                                            || find_ci (s + name, len, "contain") < len)));
}
