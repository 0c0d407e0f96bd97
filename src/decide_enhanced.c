/* SPDX-License-Identifier: GPL-3.0-or-later */
/* decide_enhanced.c -- whether an enhanced status code that stands in
   free text without a three-digit code before it is a quoted reply:
   .NET's "The server response was: 5.7.1 Client was not authenticated",
   qmail's "(#5.7.1)", Sendmail's rules ("$@ 5.7.1 $: ..."), a bounce
   export's CSV field, a line that starts with one.  An enhanced code
   looks like a version or an address's part far more often than a
   basic code looks like a count, so it needs the same evidence as a
   code alone (evidence_before.c, evidence_after.c) unless its own
   marks ('#', brackets, a DSN's diagnostic type) say what it is.
   decide.c hands it the candidates whose second byte is '.'.  */

#include <config.h>

#include <string.h>

#include "bytesearch.h"
#include "codedb.h"
#include "decide_enhanced.h"
#include "evidence.h"
#include "evidence_after.h"
#include "evidence_before.h"
#include "reply.h"
#include "reply_words.h"
#include "scanchar.h"
#include "source_shapes.h"
#include "vendormatch.h"
/* Where the words after offset Q of S (N bytes) start when a page
   shortened the reply with an ellipsis: "5.7.1 ... Postmaster Address
   Not Allowed from ..."; else Q.  */
static size_t
past_ellipsis (const char *s, size_t n, size_t q)
{
  if (n - q > 6 && s[q] == ' ' && s[q + 1] == '.' && s[q + 2] == '.' && s[q + 3] == '.'
      && s[q + 4] == ' ' && s[q + 5] >= 'A' && s[q + 5] <= 'Z')
    return q + 4;
  return q;
}

/* Whether the enhanced code at P of S (N bytes, the line from LO), LEN
   bytes long, is a field of a row of comma-separated values about
   delivery: a provider's export of bounces ("...,No route to
   host,4.4.1", "...,hard,5.0.0 (permanent failure),failed,...").  */
static bool
csv_status_field (const char *s, size_t n, size_t lo, size_t p, size_t len)
{
  size_t q = p + len;
  if (p == lo || s[p - 1] != ',' || !(q == n || s[q] == ',' || (n - q >= 2 && s[q] == ' ' && s[q + 1] == '(')))
    return false;
  int commas = 0;
  for (const char *c = memchr (s + lo, ',', n - lo); c != NULL && commas < 3;
       c = memchr (c + 1, ',', (size_t) (s + n - c - 1)))
    commas++;
  size_t line = n - lo;
  return commas >= 3
    && (find_ci (s + lo, line, "smtp") < line || find_ci (s + lo, line, "bounce") < line
        || find_ci (s + lo, line, "deliver") < line || find_ci (s + lo, line, "fail") < line
        || find_ci (s + lo, line, "defer") < line || find_ci (s + lo, line, "reject") < line);
}

/* Whether the enhanced code at P of S (the line from LO) numbers a
   heading or a comment's section, after the '#' marks and a space that
   start the line: Markdown's "#### 5.1.1 SMTP Client", "# 2.1.1 Remove
   telnet-server".  qmail glues its '#' to the code.  */
static bool
section_heading (const char *s, size_t lo, size_t p)
{
  size_t i = lo;
  while (i < p && s[i] == ' ')
    i++;
  size_t marks = i;
  while (i < p && s[i] == '#')
    i++;
  if (i == marks || i == p || s[i] != ' ')
    return false;
  while (i < p && s[i] == ' ')
    i++;
  return i == p;
}

/* Where the words start after the basic code that follows an enhanced
   one of class CLASS ending at Q of S (N bytes), the basic code in
   *BASIC; 0 if none does.  SendGrid's events write "Status: 5.7.0 535
   Authentication failed", Road Runner "ERROR:5.7.1:550 Mail Refused".  */
static size_t
basic_after_enhanced (const char *s, size_t n, size_t q, int class, int *basic)
{
  size_t i = q;
  if (i < n && s[i] == ':')
    i++;
  else
    while (i < n && is_space (s[i]))
      i++;
  /* Sendmail's rules give the reply's text after "$:", perhaps quoted,
     perhaps opening with a macro: "$@ 5.7.0 $: 550 $&{client_addr} ...".  */
  bool sendmail = n - i > 2 && s[i] == '$' && s[i + 1] == ':';
  if (sendmail)
    {
      for (i += 2; i < n && is_space (s[i]);)
        i++;
      i += i < n && s[i] == '"';
    }
  if (i + 4 >= n || s[i] - '0' != class || !is_digit (s[i + 1]) || s[i + 1] > '5'
      || !is_digit (s[i + 2]) || s[i + 3] != ' ' || !(is_alpha (s[i + 4]) || (sendmail && s[i + 4] == '$')))
    return 0;
  *basic = three_digits (s + i);
  return i + 4;
}

/* Whether a DSN's diagnostic type follows an enhanced code at Q of S (N
   bytes): "5.7.0 x-unix; maildrop: maildir over quota", as Exchange
   quotes a report.  */
static bool
diagnostic_type (const char *s, size_t n, size_t q)
{
  return n - q > 8 && s[q] == ' '
    && (same_bytes (s + q + 1, "x-unix;", 7, true) || same_bytes (s + q + 1, "smtp;", 5, true));
}

/* Whether the words after an enhanced code alone, at Q of S (N bytes),
   are those a provider's data gives for that code of its own: "4.7.28
   Gmail has detected an unusual rate of unsolicited mail ..."; or hold
   one of its tokens.  */
static bool
provider_words_follow (const char *s, size_t n, size_t q, const struct smtp_code *code)
{
  if (q >= n || s[q] != ' ')
    return false;
  const struct vendor_entry *found[8];
  size_t count = codedb_vendor_by_code (code->enhanced_class, code->subject, code->detail, found, 8);
  for (size_t i = 0; i < count && i < 8; i++)
    if (found[i]->kind == VENDOR_CODE && *codedb_text (found[i]->match) != '\0'
        && codedb_vendor_matches (found[i], s + q, n - q))
      return true;
  /* Or tell a provider whose data explains the reply: by a token of its
     own (Outlook.com's "5.7.1 Unfortunately, messages from [192.0.2.1]
     weren't sent. ... (S3150)"), by its mark (Gmail's "5.7.8 Username
     and Password not accepted. ... - gsmtp"); not by the code alone, as
     a version may look like one of Microsoft's ("5.4.300").  */
  struct vendor_match match;
  return vendormatch_reply (code, s + q, n - q, NULL, &match) && match.entry != NULL
    && (match.entry->kind == VENDOR_TOKEN || match.evidence != codedb_text (match.entry->key));
}

/* Whether " – " or " — " (an en or em dash between spaces) stands at
   offset I of S (N bytes): "4.4.316 – Connection refused".  */
static bool
spaced_long_dash (const char *s, size_t n, size_t i)
{
  return n - i > 4 && s[i] == ' ' && reply_dash (s + i + 1, n - i - 1) == 3;
}

/* Reads the enhanced code at P of S (N bytes) into CODE, also one that
   a table of codes glued to the server's words at a line start, having
   lost its column's space: "4.4.6Too many hops."; or one after qmail's
   '#' whose space a log wrote as '_'.  Returns its length, or 0.  */
static size_t
enhanced_at (const char *s, size_t n, size_t lo, size_t p, struct smtp_code *code)
{
  size_t len = reply_enhanced (s + p, n - p, code);
  /* qmail's logs write a space as '_': "No_such_address.__#5.1.1_/".  */
  if (len == 0 && p > lo && s[p - 1] == '#')
    {
      size_t end = p;
      while (end < n && (is_digit (s[end]) || s[end] == '.'))
        end++;
      if (end < n && s[end] == '_')
        return reply_enhanced (s + p, end - p, code);
    }
  if (len > 0 || !spaces_only (s + lo, p - lo))
    return len;
  len = enhanced_glued (s + p, n - p, code);
  return len > 0 && capitalized_reply_word (s, n, p + len) ? len : 0;
}

/* The code of class CLASS that stands before qmail's '#' at P - 1 of S
   (the line from LO), whose enhanced code it is: Cisco's "erreur du
   serveur 451 #4.3.0"; or 0.  */
static int
basic_before_hash (const char *s, size_t lo, size_t p, int class)
{
  if (p - lo < 5 || s[p - 1] != '#' || s[p - 2] != ' ' || (p - lo > 5 && !is_space (s[p - 6])))
    return 0;
  const char *c = s + p - 5;
  return is_digit (c[0]) && c[0] - '0' == class && is_digit (c[1]) && is_digit (c[2])
    ? three_digits (c) : 0;
}

/* Whether the enhanced code at P of S (N bytes, the line from LO), LEN
   bytes long, opens a quoted string that holds a server's words, a
   capital first, and closes: a test's expectation of a log's
   '5.7.1 Gtube pattern'.  */
static bool
quoted_enhanced_reply (const char *s, size_t n, size_t lo, size_t p, size_t len)
{
  char quote = p > lo ? s[p - 1] : 0;
  size_t i = p + len;
  if ((quote != '"' && quote != '\'') || n - i < 4 || s[i] != ' ' || s[i + 1] < 'A' || s[i + 1] > 'Z')
    return false;
  int spaces = 0;
  for (i++; i < n && s[i] != quote; i++)
    spaces += s[i] == ' ' && is_alpha (s[i - 1]);
  return i < n && spaces >= 1;
}

/* Whether the quote that opens at offset Q of S (N bytes, the line from
   LO) is the value of a call's keyword argument, after "(" or ", ", with
   no reply's code after it on the line: Ruby's increment(dsn: "2.0.0",
   status: "queued"), Python's f(dsn="5.1.1"); but a bounce's record
   (status="4.2.2", diagnostic="smtp; 452 Mailbox full") is one.  */
static bool
keyword_value (const char *s, size_t n, size_t lo, size_t q)
{
  size_t k = q;
  if (k > lo && s[k - 1] == ' ')
    k--;
  if (k == lo || (s[k - 1] != ':' && s[k - 1] != '='))
    return false;
  size_t end = --k;
  while (k > lo && word_char (s[k - 1]))
    k--;
  if (k == end || k == lo || !(s[k - 1] == '(' || (k - lo >= 2 && s[k - 1] == ' ' && s[k - 2] == ',')))
    return false;
  for (size_t i = q + 1; i + 3 < n; i++)
    if (!is_digit (s[i - 1]) && code_digits (s + i) && (s[i + 3] == ' ' || s[i + 3] == '-'))
      return false;
  return true;
}

/* Whether the quoted enhanced code at P of S (the line from LO) is an
   operand of a conditional expression: Dovecot's ctx->mailbox_full ?
   "5.2.2" : "5.2.0".  */
static bool
ternary_operand (const char *s, size_t lo, size_t p)
{
  if (p - lo < 3 || s[p - 2] != ' ')
    return false;
  return s[p - 3] == '?'
    || (s[p - 3] == ':' && p - lo >= 6 && s[p - 4] == ' ' && s[p - 5] == s[p - 1] && is_digit (s[p - 6]));
}

/* Whether the enhanced code at P of S (N bytes, the line from LO), LEN
   bytes long, is quoted alone as a call's argument ("stripos($e->
   getMessage(), '5.7.8')"), an array's element (a test's ['5.1.1'], a
   list's line "        '5.0.0',", one before another: '5.0.0',
   '5.1.1'), a table's value (Perl's 'Unicode' => '4.0.0') or a keyword
   argument's.  */
static bool
quoted_alone_as_value (const char *s, size_t n, size_t lo, size_t p, size_t len)
{
  if (p - lo < 3 || (s[p - 1] != '\'' && s[p - 1] != '"') || p + len >= n || s[p + len] != s[p - 1])
    return false;
  size_t after = p + len + 1;
  return s[p - 2] == '(' || (s[p - 2] == ' ' && s[p - 3] == ',')
    || (s[p - 2] == '[' && after < n && s[after] == ']')
    || (after < n && s[after] == ','
        && ((spaces_only (s + lo, p - 1 - lo) && no_words_after (s, n, after))
            || (n - after > 3 && s[after + 1] == ' ' && s[after + 2] == s[p - 1] && is_digit (s[after + 3]))))
    || (s[p - 2] == ' ' && hash_value_of_other_key (s, lo, p - 2))
    || (after < n && (s[after] == ',' || s[after] == ')') && keyword_value (s, n, lo, p - 1))
    || ternary_operand (s, lo, p);
}

/* Whether the line S (N bytes) starts with CODE, an enhanced code LEN
   bytes long, and its words in any language, where a provider's code
   has three digits of detail (Microsoft's "4.7.500 Palvelin on
   varattu", "5.7.750 Клиентът е блокиран": no section or version is
   numbered so) or the words end with Microsoft's rule ("4.5.3 Твърде
   много получатели (AS780090)").  */
static bool
vendor_code_line (const char *s, size_t n, size_t len, const struct smtp_code *code)
{
  if (n - len < 2 || (s[len] != ' ' && s[len] != '-')
      || !(is_alpha (s[len + 1]) || (unsigned char) s[len + 1] >= 0x80))
    return false;
  size_t rule = code->detail >= 100 ? n : find_exact (s, n, "(AS");
  size_t digits = rule + 3;
  while (digits < n && is_digit (s[digits]))
    digits++;
  return rule == n ? code->detail >= 100 : digits - rule >= 7 && digits < n && s[digits] == ')';
}

/* Whether the enhanced code CODE at P of S (N bytes, the line from LO;
   LEN bytes) is something else's.  The registry's subjects go from 0 to
   7: "Perl: 5.14.2" is a version; but qmail's tail holds what its
   program chose: vpopmail's "(#5.9.9)".  A name may start with one:
   Postfix's test host "helo=<4.4.0_dsn>"; not qmail's log, which writes
   spaces as '_' ("__#5.1.1_/"), nor Markdown's emphasis
   ("Serverantwort: 5.7.0_").  */
static bool
no_status (const char *s, size_t n, size_t lo, size_t p, size_t len, const struct smtp_code *code)
{
  if (code->subject > 7 && !(p - lo >= 2 && s[p - 1] == '#' && s[p - 2] == '(' && p + len < n
                             && s[p + len] == ')'))
    return true;
  return n - p - len >= 2 && s[p + len] == '_' && is_alnum (s[p + len + 1]);
}

/* An enhanced code alone at P: "The server response was: 5.7.1 ...",
   qmail's "(#5.7.1)", a line that starts with one.  */
bool
decide_enhanced (const char *s, size_t n, size_t lo, size_t p, struct quoted_reply *r)
{
  /* The search has left out what is glued to a word or follows "dsn="
     (code_fits).  */
  struct smtp_code code = { .enhanced_class = -1 };
  size_t len = enhanced_at (s, n, lo, p, &code);
  if (len == 0 || no_status (s, n, lo, p, len, &code))
    return false;
  /* qmail's "#5.7.1" needs no more, nor "(5.0.0)" in the words of a
     reply found before it on the line; but a greeting has no enhanced
     code (RFC 2034 gives them only after EHLO): "220 mail.example.com
     ESMTP Postfix (2.3.2)" names a version.  */
  bool bracketed = lo > 0 && s[p - 1] == '(' && p + len < n && s[p + len] == ')';
  if (bracketed && search_text (s, p, "ESMTP ", 6, false) < p)
    return false;
  /* Prose names a code at the end of a sentence: "... status code
     5.7.1."; a reply's words would follow it.  */
  if (p + len < n && (s[p + len] == '.' || s[p + len] == ',') && no_words_after (s, n, p + len)
      && p > lo
      && s[p - 1] == ' ' && p - lo >= 2 && is_alpha (s[p - 2]))
    return false;
  if (milter_reply_part (s, n, lo, p, len))  /* its words in a variable */
    return *r = (struct quoted_reply) { code, n, 0, 0, 0, false, false }, true;
  if (quoted_alone_as_value (s, n, lo, p, len))
    return false;
  /* A link's fragment names a version: "CHANGELOG_V4.md#4.1.0",
     "<a href=\"#5.0.0\">".  */
  if (p - lo >= 2 && s[p - 1] == '#' && (link_before (s, lo, p - 1)
      || (p - lo >= 3 && (s[p - 2] == '"' || s[p - 2] == '\'') && s[p - 3] == '=')))
    return false;
  if (section_heading (s, lo, p) || layout_names_enhanced (s, n, lo, p, len))
    return false;
  /* Coremail spaces it: "(# 5.7.1 )".  */
  bool hash = p > lo && (s[p - 1] == '#' || (p - lo >= 3 && s[p - 1] == ' ' && s[p - 2] == '#'
                                             && s[p - 3] == '('));
  /* Sendmail's rules give an error's status between "$@" and "$:":
     "$#error $@ 5.7.1 $: \"550 Access denied\"", or "$@5.7.1".  */
  size_t at = p - lo >= 1 && s[p - 1] == ' ' ? p - 1 : p;
  bool sendmail_status = at - lo >= 2 && s[at - 1] == '@' && s[at - 2] == '$'
    && n - p - len >= 3 && s[p + len] == ' ' && s[p + len + 1] == '$' && s[p + len + 2] == ':';
  /* Postfix's reject after the client's address, whatever words follow:
     "milter-reject: END-OF-MESSAGE from mx[192.0.2.1]: 4.7.1  ; from=...".  */
  bool postfix_reject = p - lo >= 3 && s[p - 1] == ' ' && s[p - 2] == ':' && s[p - 3] == ']'
    && find_exact (s + lo, p - lo, "reject: ") < p - lo;
  int before = hash || bracketed || sendmail_status || postfix_reject
    || (p == 0 && vendor_code_line (s, n, len, &code))
    || csv_status_field (s, n, lo, p, len) || quoted_enhanced_reply (s, n, lo, p, len)
    ? ENOUGH : before_score (s, n, lo, p, true);
  int basic = -1;
  size_t after_basic = basic_after_enhanced (s, n, p + len, code.enhanced_class, &basic);
  if (before <= VETO / 2)
    return false;
  int after = after_basic || diagnostic_type (s, n, p + len) ? ENOUGH
    : spaced_long_dash (s, n, p + len) ? spaced_dash_score (s, n, p + len + 4)
    : after_score (s, n, past_ellipsis (s, n, past_closing_quote (s, n, lo, p, p + len)), true);
  /* A provider's words after the code make it a reply's, but not after
     an article: "If a request gets a 5.2.2 bounce message due to
     mailbox full".  */
  if (before + after < ENOUGH
      && !(after >= 1 && !article_before (s, lo, p) && provider_words_follow (s, n, p + len, &code)))
    return false;
  /* A code quoted alone has its words after the closing quote.  */
  size_t end = past_closing_quote (s, n, lo, p, p + len);
  char quote = end > p + len ? 0 : opening_quote (s, lo, p);
  while (end < n && is_space (s[end]))
    end++;
  if (after_basic)
    {
      code.basic = basic, end = after_basic;
      /* A quote before the code closes the words: $: "450 Can not ...".  */
      if (s[end - 5] == '"')
        quote = '"';
    }
  else if (hash)
    code.basic = basic_before_hash (s, lo, p, code.enhanced_class);
  *r = (struct quoted_reply) { code, end, quote, 0, 0, false, false };
  words_before_bracket (s, n, lo, p, p + len, r);
  return true;
}
