/* SPDX-License-Identifier: GPL-3.0-or-later */
/* decide.c -- whether a number that the byte search found in free text
   is a quoted SMTP reply.

   No list of the formats people paste could be complete, so the decision
   weighs what stands on both sides of the candidate:
   - before it: words that introduce a reply (said, reply, response,
     error, failed, code..., in English and Chinese, also at the end of a
     longer word such as responseCode or SMTPFatalError), punctuation that
     does (':', "=>", '#', a quote, a bracket), or nothing at all but
     punctuation and numbers since the line began;
   - after it: an enhanced code of the same class ("550 5.1.1", and the
     odd "550: 5.7.1", "550.5.7.0", "550 #5.1.0"), a '-' continuation, or
     words that servers write in replies;
   - and what rules it out: digits or letters glued on, a dotted quad or
     a version, a port or a file's line after a colon, a unit or prose
     after the number ("550 bytes", "Code 550 means", "550 5.1.1 is no
     longer"), a question ("Why do I get error 421?"), a code that ends
     a sentence with nothing that introduces it, a count or an id named
     before it, HTTP or FTP on the line or in the words ("(550) File
     unavailable"), and a code only "expected" or named "instead".
   A three-digit code with its enhanced code of the same class counts
   unless something rules it out; a code alone needs enough evidence, and
   must be one the code database knows.  Log lines are full of numbers,
   and a wrong explanation is worse than none.

   The evidence on each side is read in evidence_before.c and
   evidence_after.c; this file weighs it for a three-digit code and holds
   what rules out a code whatever the evidence (a field of a data
   structure, a range of codes, a question, an FTP or NNTP line).  An
   enhanced code alone is weighed in decide_enhanced.c; where a found
   reply's words start and end is reply_words.c's.  */

#include <config.h>

#include <string.h>

#include "bytesearch.h"
#include "codedb.h"
#include "decide.h"
#include "decide_enhanced.h"
#include "evidence.h"
#include "evidence_after.h"
#include "evidence_before.h"
#include "foreign.h"
#include "reply.h"
#include "reply_words.h"
#include "scanchar.h"
#include "source_shapes.h"
#include "vendormatch.h"

/* Whether the line S (N bytes) ends as the diagnostic lines of
   Exchange's NDRs do, with " ##", perhaps quoted: "`#550 4.4.7
   QUEUE.Expired; message expired ##`".  */
static bool
ndr_closed (const char *s, size_t n)
{
  while (n > 0 && is_space (s[n - 1]))
    n--;
  while (n > 0 && (s[n - 1] == '`' || s[n - 1] == '"' || s[n - 1] == '\''))
    n--;
  return n >= 3 && s[n - 1] == '#' && s[n - 2] == '#' && s[n - 3] == ' ';
}

/* Whether the code at P of S (N bytes, the line from LO) is a count in
   a report's column, as in pflogsumm's totals "    511   rejected
   (89%)": first on its line but for spaces, then three spaces or more
   (pflogsumm's suffix column and two) and a word in lower case.  No
   server pads its code so.  */
static bool
count_column (const char *s, size_t n, size_t lo, size_t p)
{
  for (size_t i = lo; i < p; i++)
    if (s[i] != ' ')
      return false;
  size_t i = p + 3;
  while (i < n && s[i] == ' ')
    i++;
  return i >= p + 6 && i < n && s[i] >= 'a' && s[i] <= 'z';
}

/* Whether the code at P of S (N bytes, the line from LO) stands alone
   in braces, a block's value in source code: "let(:response_code){ 500
   }"; or in a C comment, which numbers what stands before it, as
   libxml's error enumeration does (XML_DTD_CONTENT_ERROR is 503).  */
static bool
braced_alone (const char *s, size_t n, size_t lo, size_t p)
{
  size_t k = p, q = p + 3;
  while (k > lo && s[k - 1] == ' ')
    k--;
  while (q < n && s[q] == ' ')
    q++;
  if (k > lo && s[k - 1] == '{' && q < n && s[q] == '}')
    return true;
  return k - lo >= 2 && s[k - 1] == '*' && s[k - 2] == '/' && n - q >= 2 && s[q] == '*'
    && s[q + 1] == '/';
}

/* Whether the code at P of S (N bytes, the line from LO) is the last
   argument of a call in source code, "assertEqual(code, 503)": a
   client library's error puts the code first, "(550, b'...')"; but
   Haraka's DSN module takes it last.  */
static bool
last_argument (const char *s, size_t n, size_t lo, size_t p)
{
  return p - lo >= 3 && s[p - 1] == ' ' && s[p - 2] == ',' && word_char (s[p - 3])
    && p + 3 < n && s[p + 3] == ')' && !haraka_dsn_code (s, n, lo, p);
}

/* Whether the code at P of S (N bytes, the line from LO) is a bare
   argument of an assertion, the value it compares: vmime's
   VASSERT_EQ("Code", 354, resp->getCode()), whose label names it.  */
static bool
asserted_alone (const char *s, size_t n, size_t lo, size_t p)
{
  if (p - lo < 2 || n - p < 4 || (s[p + 3] != ',' && s[p + 3] != ')')
      || (s[p - 1] != '(' && (s[p - 1] != ' ' || s[p - 2] != ',')))
    return false;
  size_t name, len = enclosing_call (s, lo, p, &name);
  return len >= 6 && find_ci (s + name, len, "assert") < len;
}

/* Whether a full-width comma (U+FF0C) stands at offset I of S (N
   bytes).  */
static bool
full_width_comma (const char *s, size_t n, size_t i)
{
  /* The first byte first: this runs for every code found.  */
  return n - i >= 3 && (unsigned char) s[i] == 0xEF && same_bytes (s + i, "\xEF\xBC\x8C", 3, false);
}

/* Whether a full-width opening bracket (U+FF08) ends at offset P of S,
   LO being where the text may start.  */
static bool
full_width_bracket_before (const char *s, size_t lo, size_t p)
{
  return p - lo >= 3 && same_bytes (s + p - 3, "\xEF\xBC\x88", 3, false);
}

/* Whether the code at P of S (N bytes, the line from LO) is quoted as
   the first of a pair of a code and a list of lines, as Cisco's mail
   gateways log a reply: "('451', ['4.7.500 Server busy.'])".  */
static bool
code_and_lines (const char *s, size_t n, size_t lo, size_t p)
{
  return p - lo >= 2 && s[p - 2] == '(' && s[p - 1] == '\''
    && n - p >= 8 && same_bytes (s + p + 3, "', [", 4, false);
}

/* Whether the code at P of S (the line from LO) is the first argument
   of a Lisp call: Racket's (rep 552 "message exceeds ...").  */
static bool
lisp_call (const char *s, size_t lo, size_t p)
{
  if (p - lo < 3 || s[p - 1] != ' ')
    return false;
  size_t i = p - 1;
  while (i > lo && (is_alnum (s[i - 1]) || s[i - 1] == '-' || s[i - 1] == '_' || s[i - 1] == '!'))
    i--;
  return i < p - 1 && i > lo && s[i - 1] == '(';
}

/* Reads into CODE the enhanced code that a call gives as its last
   argument, after the server's words that open at WORDS of S (N bytes)
   and close with QUOTE: INetSim's send_(421, "Maximum number of ...",
   "4.3.2").  */
static void
enhanced_argument_after (const char *s, size_t n, size_t words, char quote, struct smtp_code *code)
{
  const char *close = memchr (s + words, quote, n - words);
  if (close == NULL)
    return;
  size_t i = (size_t) (close - s) + 1;
  if (n - i < 9 || s[i] != ',' || s[i + 1] != ' ' || (s[i + 2] != '"' && s[i + 2] != '\''))
    return;
  struct smtp_code e = { .enhanced_class = -1 };
  size_t len = enhanced_glued (s + i + 3, n - i - 3, &e);
  size_t after = i + 4 + len;
  if (after < n && s[after] == ' ')
    after++;                    /* aox's respond( 503, "...", "5.5.0" ) */
  if (len != 0 && after < n && s[i + 3 + len] == s[i + 2] && s[after] == ')'
      && e.enhanced_class == code->basic / 100)
    code->enhanced_class = e.enhanced_class, code->subject = e.subject, code->detail = e.detail;
}

/* Whether a word processor's single quote, ‘ or ’, starts at I of S (N
   bytes), as a pasted b'...' has it.  */
static bool
curly_single_quote_at (const char *s, size_t n, size_t i)
{
  return n - i >= 3 && same_bytes (s + i, "\xE2\x80", 2, false)
    && ((unsigned char) s[i + 2] == 0x98 || (unsigned char) s[i + 2] == 0x99);
}

/* Whether a Python string's prefix, then its quote, starts at P of S (N
   bytes): b'...' (bytes), u'...', f"..." (formatted), or b’...’ as a
   word processor pastes it.  */
static bool
string_prefix (const char *s, size_t n, size_t p)
{
  return p + 1 < n && (s[p] == 'b' || s[p] == 'u' || s[p] == 'f')
    && (s[p + 1] == '\'' || s[p + 1] == '"' || curly_single_quote_at (s, n, p + 1));
}

/* The length of a name of an enhanced code, then ", ", at I of S (N
   bytes), between a code and its words: go-smtp's NoEnhancedCode,
   fsmtp's new SmtpReply(251,
   SmtpReply.EnhancedStatusCode.classPermanentFailure, "User not
   local."); else 0.  */
static size_t
enhanced_code_name (const char *s, size_t n, size_t i)
{
  size_t k = i;
  while (k < n && k - i < 80 && (is_alnum (s[k]) || s[k] == '.' || s[k] == '_'))
    k++;
  return n - k > 2 && s[k] == ',' && s[k + 1] == ' ' && find_ci (s + i, k - i, "enhanced") < k - i
    ? k + 2 - i : 0;
}

/* Whether a variable of Perl's, PHP's or a shell's starts at I of S
   (N bytes), with words after it: "$rcpt Recipient address rejected";
   or a template's expression, Kotlin's or JavaScript's:
   "${InetAddress.getLocalHost()} Service ready".  */
static bool
variable_then_words (const char *s, size_t n, size_t i)
{
  if (i >= n || s[i] != '$')
    return false;
  size_t k = i + 1;
  if (k < n && s[k] == '{')
    {
      while (k < n && k - i < 64 && s[k] != '}')
        k++;
      if (k == n || s[k] != '}')
        return false;
      k++;
    }
  else
    while (k < n && (is_alnum (s[k]) || s[k] == '_'))
      k++;
  return k > i + 1 && k + 1 < n && s[k] == ' ' && is_alpha (s[k + 1]);
}

/* The length of a call that formats a string, up to its '(', at I of
   S (N bytes): Go's fmt.Sprintf(, Rust's format!(, Java's
   String.format(, C#'s string.Format(, C's and PHP's sprintf(, which
   stand between a code and its words: WriteResponse(501,
   fmt.Sprintf("Invalid Command %q", ...)); else 0.  */
static size_t
format_call (const char *s, size_t n, size_t i)
{
  size_t j = i, segment = i;
  for (; j < n && j - i < 24 && (is_alnum (s[j]) || s[j] == '_' || s[j] == '.' || s[j] == ':'); j++)
    if (s[j] == '.' || s[j] == ':')
      segment = j + 1;
  size_t len = j - segment;
  if (j < n && s[j] == '!')
    j++;
  if (j >= n || s[j] != '(')
    return 0;
  return (len == 7 && same_bytes (s + segment, "sprintf", 7, true))
    || (len == 6 && same_bytes (s + segment, "format", 6, true)) ? j + 1 - i : 0;
}

/* The length of a name and " + " at I of S (N bytes) when a string
   added to the name follows, its words after a space: microMTA's
   this.reply(220, this.options.hostname + ' ESMTP microMTA'); Perl's
   and PHP's variables joined with " . " too: _sendReply(220,
   $self->service_name . ' SMTP service ready'), Erlang's reply(250,
   ServerDomain ++ " You have reached an SMTP service"); else 0.  */
static size_t
added_name (const char *s, size_t n, size_t i)
{
  size_t end = i + (i < n && s[i] == '$');
  while (end < n)
    if (s[end] == '-' && end + 1 < n && s[end + 1] == '>')
      end += 2;
    else if (is_alnum (s[end]) || s[end] == '_' || s[end] == '.')
      end++;
    else
      break;
  /* The operator: " + ", " . ", Erlang's and Haskell's " ++ ", Lua's
     " .. ", OCaml's " ^ ", Visual Basic's " & ".  */
  size_t op = n - end > 3 && s[end] == ' ' && s[end + 2] == ' ' && s[end + 1] != '\0'
    && strchr ("+.^&", s[end + 1]) ? 3
    : n - end > 4 && s[end] == ' ' && s[end + 3] == ' ' && s[end + 1] == s[end + 2]
    && (s[end + 1] == '+' || s[end + 1] == '.') ? 4 : 0;
  end += op;
  return op > 0 && end > i + op && n - end > 2 && (s[end] == '\'' || s[end] == '"') && s[end + 1] == ' '
    && is_alpha (s[end + 2]) ? end - i : 0;
}

/* Whether the string that opens at I of S (N bytes) and closes with
   QUOTE is a command that a client sends, not a server's words: a
   client's test expects a code for each command, expect(250, "HELO
   alice"), expect(354, "DATA").  Not the server's words about a
   command (501, "EHLO Missing domain address.", 501, "HELO requires
   domain/address"), nor the keywords that
   an EHLO reply lists (reply(250, "AUTH LOGIN PLAIN")).  */
static bool
client_command_string (const char *s, size_t n, size_t i, char quote)
{
  char command[16];
  if (!reply_command_word (s + i, n - i, command, sizeof command) || strcmp (command, "AUTH") == 0
      || strcmp (command, "STARTTLS") == 0 || strcmp (command, "ETRN") == 0)
    return false;
  size_t end = i + strlen (command);
  if (end < n && (s[end] == quote || (s[end] == ':' && strchr (command, ' ') != NULL)))
    return true;
  if ((strcmp (command, "HELO") != 0 && strcmp (command, "EHLO") != 0) || end + 1 >= n || s[end] != ' '
      || (s[end + 1] >= 'A' && s[end + 1] <= 'Z'))
    return false;
  /* One name after it, as the client sends: "HELO alice", not
     "HELO requires domain/address".  */
  size_t name_end = end + 1;
  while (name_end < n && s[name_end] != ' ' && s[name_end] != quote)
    name_end++;
  return name_end < n && s[name_end] == quote;
}

/* Whether C++'s braces open a string at I of S, before a server's
   words: sendCommand(client, 501, {"Syntax error in command or
   arguments"}); or Perl's array of a reply's lines, as Net::Cmd sets
   them: set_status(500, ["Need MIME::Base64 and Authen::SASL todo
   auth"]).  SEARCH_PAD bytes are readable after S.  */
static bool
braced_string (const char *s, size_t i)
{
  return (s[i] == '{' || s[i] == '[') && (s[i + 1] == '"' || s[i + 1] == '\'');
}

/* A Python smtplib error: "(550, b'5.1.1 <a@b>: Recipient rejected')",
   a gateway's pair of a code and lines (code_and_lines), or a Lisp
   call's code and words (lisp_call), its code at offset P of S (N
   bytes, the line from LO).  */
static bool
try_tuple (const char *s, size_t n, size_t lo, size_t p, struct quoted_reply *r)
{
  struct smtp_code code, enhanced = { .enhanced_class = -1 };
  char sep, digits[4];
  /* reply_parse wants a space after the digits; here a comma follows,
     perhaps with no space ("(554,'HL:ITC ..."), or a full-width one, in text typed with a Chinese or Japanese input
     method: "（553，b'5.1.3 ...".  */
  size_t comma = full_width_comma (s, n, p + 3) ? 3
    : code_and_lines (s, n, lo, p) ? 4
    : n - p >= 5 && s[p + 3] == ',' ? 1 + (s[p + 4] == ' ')
    : n - p >= 5 && s[p + 3] == ' ' && s[p + 4] == '"' && lisp_call (s, lo, p) ? 1 : 0;
  if (comma == 0 || n - p < 7)
    return false;
  memcpy (digits, s + p, 3);
  digits[3] = ' ';
  if (!reply_parse (digits, 4, false, &code, &sep))
    return false;
  p += 3 + comma;
  /* Spaces that align the words: writeStatus(221,  "Bye", "2.0.0").  */
  for (size_t extra = 0; extra < 3 && p < n && s[p] == ' ' && s[p - 1] == ' '; extra++)
    p++;
  p += enhanced_code_name (s, n, p);
  p += format_call (s, n, p);
  p += p < n && braced_string (s, p);
  size_t added = added_name (s, n, p);
  p += added;
  bool prefixed = string_prefix (s, n, p);
  p += prefixed;
  char quote = p < n ? s[p] : 0;
  /* Without Python's b'', a tuple of a number and a string is only a
     reply when the string reads like one: not a table's row, (534,
     '!room'); but Postfix's words open with the address they are about
     ("(501, '<ElastAlert>: sender address must contain a domain')"), or
     with a variable's or a printf's mark.  */
  if (!prefixed && !added && p + 1 < n && !is_alnum (s[p + 1]) && s[p + 1] != '%'
      && !variable_then_words (s, n, p + 1)
      && !(s[p + 1] == '<' && p + 2 < n && is_alnum (s[p + 2])))
    return false;
  /* A word processor's quote, pasted: "(550, b’5.7.60 SMTP; ...".  */
  if (curly_single_quote_at (s, n, p))
    quote = 0, p += 2;
  else if (quote != '\'' && quote != '"' && quote != '`')
    return false;
  p++;
  if (client_command_string (s, n, p, quote))
    return false;
  size_t len = reply_enhanced (s + p, n - p, &enhanced);
  if (len)
    {
      code.enhanced_class = enhanced.enhanced_class;
      code.subject = enhanced.subject;
      code.detail = enhanced.detail;
      p += len;
    }
  else if (quote)
    enhanced_argument_after (s, n, p, quote, &code);
  *r = (struct quoted_reply) { code, p, quote, 0, 0, false, false };
  return true;
}

/* Whether another issue's number follows offset I of S (N bytes), past
   spaces: "#458 #459"; not an enhanced code ("#550 #5.1.0").  */
static bool
issue_follows (const char *s, size_t n, size_t i)
{
  while (i < n && is_space (s[i]))
    i++;
  return n - i >= 3 && s[i] == '#' && is_digit (s[i + 1]) && s[i + 2] != '.';
}

/* Whether the words at offset I of S (N bytes) are Postfix's for what
   smtpd rejected, after a count in a summary of a log: "523 RCPT from
   unknown: 554 5.7.1 ...".  */
static bool
postfix_event_after (const char *s, size_t n, size_t i)
{
  return n - i > 10 && (same_bytes (s + i, "RCPT from ", 10, false)
                        || same_bytes (s + i, "HELO from ", 10, false)
                        || same_bytes (s + i, "MAIL from ", 10, false));
}

/* Whether the words before the code that ends the text before K in S
   (from LO) are a label for the code that names SMTP: PHPMailer's "SMTP
   code: 436", Symfony's "Expected response code 250 but got code
   \"400\"", a report's diagnostic type ("response": "smtp;422 License
   Expired").  A code that no RFC defines, or that servers seldom send,
   counts there without words after it.  */
static bool
client_code_label (const char *s, size_t lo, size_t k)
{
  static const char smtp_code[] = "smtp code:", got_code[] = "but got code";
  while (k > lo && (s[k - 1] == '"' || s[k - 1] == '\\' || is_space (s[k - 1])))
    k--;
  if (k - lo >= sizeof smtp_code - 1
      && same_bytes (s + k - (sizeof smtp_code - 1), smtp_code, sizeof smtp_code - 1, true))
    return true;
  if (smtp_type_before (s, lo, k))
    return true;
  return k - lo >= sizeof got_code - 1
    && same_bytes (s + k - (sizeof got_code - 1), got_code, sizeof got_code - 1, true)
    && find_ci (s + lo, k - lo, "expected response code") < k - lo;
}

/* Whether the sentence ends at offset Q of S (N bytes): nothing but the
   marks that end it follow, or a full stop and the next sentence's
   capital ("... (SMTP server return code 554). The command ...").  */
static bool
sentence_ends (const char *s, size_t n, size_t q)
{
  if (no_words_after (s, n, q))
    return true;
  while (q < n && s[q] == ')')
    q++;
  if (q >= n || s[q] != '.')
    return false;
  /* The quote that closes a sentence quoted: is "Error 550." Knowing ...  */
  for (q++; q < n && (s[q] == '"' || s[q] == '\''); q++)
    ;
  if (no_words_after (s, n, q))
    return true;
  if (q + 1 >= n || s[q] != ' ')
    return false;
  for (q++; q < n && s[q] == ' ';)
    q++;
  return q < n && s[q] >= 'A' && s[q] <= 'Z';
}

/* Whether the code at P of S (the line from LO) ends a log's message
   that reports it: Dolibarr's "CMailFile::sendfile: mail SMTP error code
   535", the words "SMTP error code" after a field's name and colon.
   Prose names a code so too, but not after a field.  */
static bool
reported_at_end (const char *s, size_t lo, size_t p)
{
  static const char words[] = "smtp error code ";
  size_t len = sizeof words - 1;
  if (p - lo < len + 2 || !same_bytes (s + p - len, words, len, true))
    return false;
  for (size_t i = p - len; i > lo + 1; i--)
    if (s[i - 1] == ' ' && s[i - 2] == ':')
      return true;
  return false;
}

/* Whether a setting's name and '=' end at offset K of S: a name with
   '_' in it, as configuration files write them
   ("unknown_local_recipient_reject_code = 550"), or an object's field,
   as source code sets it ("err.Code = 452").  */
static bool
setting_before (const char *s, size_t lo, size_t k)
{
  if (k == lo || s[k - 1] != '=')
    return false;
  for (k--; k > lo && s[k - 1] == ' ';)
    k--;
  bool joined = false;
  size_t end = k;
  for (; k > lo && (word_char (s[k - 1]) || (s[k - 1] == '.' && k - 1 > lo && word_char (s[k - 2])));
       k--)
    joined |= s[k - 1] == '_' || s[k - 1] == '.';
  return joined && end - k >= 3 && s[end - 1] != '_' && s[end - 1] != '.';
}

/* Whether the code at P stands inside a message that a program prints
   or logs, in its source: print("Error 550: ..."), console.log('Got 550
   ...'), c.Log.Msg("SMTP code 552 rewritten to 452"), medusa's
   writeError(ERR_DEBUG_MODULE, "[%s] Login attempt failed (535).").
   What the program printed would be pasted without the call; but a
   test's server that writes a reply starts the string with the code
   (printf("220 mx ESMTP\r\n")).  */
static bool
printed_in_source (const char *s, size_t lo, size_t p)
{
  static const char calls[][WORD_MAX] = {
    "print", "println", "printf", "log", "die", "alert",
    "msg", "debug", "info", "warn", "warning", "error", "fatal",
    "debugf", "infof", "warnf", "errorf", "fatalf", ""
  };
  size_t quote = p;
  while (quote > lo && s[quote - 1] != '"' && s[quote - 1] != '\'' && p - quote < 80)
    quote--;
  if (quote == p || quote <= lo + 2 || (s[quote - 1] != '"' && s[quote - 1] != '\'')
      || (quote + 7 == p && policy_action_before (s, lo, p)) || filter_decision_before (s, lo, p))
    return false;
  size_t k = quote - 1;
  /* The message may follow a first argument, a level: log(ERR, "...").  */
  if (k - lo >= 3 && s[k - 1] == ' ' && s[k - 2] == ',')
    for (k -= 2; k > lo && s[k - 1] != '(' && (word_char (s[k - 1]) || s[k - 1] == ' ')
                 && quote - k < 40;)
      k--;
  if (k == lo || s[k - 1] != '(')
    return false;
  size_t end = --k;
  while (k > lo && word_char (s[k - 1]))
    k--;
  /* Or the call's name ends in one: writeError, log_error.  */
  size_t tail = end;
  while (tail > k && s[tail - 1] >= 'a' && s[tail - 1] <= 'z')
    tail--;
  if (tail > k && s[tail - 1] >= 'A' && s[tail - 1] <= 'Z')
    tail--;
  if (tail == k || (s[tail - 1] != '_' && !(s[tail] >= 'A' && s[tail] <= 'Z')))
    tail = k;
  for (int c = 0; calls[c][0]; c++)
    if (word_is (s + k, end - k, calls[c]) || word_is (s + tail, end - tail, calls[c]))
      return true;
  return false;
}

/* Where the value of a log's next field, "name = " or "name: ", starts
   when the field starts after the spaces at offset I of S (N bytes):
   past its '=' or ':'; 0 when none starts there.  */
static size_t
field_value_at (const char *s, size_t n, size_t i)
{
  while (i < n && s[i] == ' ')
    i++;
  size_t name = i;
  while (i < n && (word_char (s[i]) || s[i] == '-' || s[i] == '.'))
    i++;
  while (i > name && i < n && s[i] == ' ')
    i++;
  return i > name && i < n && (s[i] == '=' || s[i] == ':') ? i + 1 : 0;
}

/* Whether the key of an array in source code, a quoted "code" and
   "=>", stands before the code at P of S (the line from LO): PHP's
   "['code' => 450, ...]", an application's own error object.  */
static bool
array_code_key (const char *s, size_t lo, size_t p)
{
  size_t k = p;
  while (k > lo && s[k - 1] == ' ')
    k--;
  if (k < lo + 2 || s[k - 1] != '>' || s[k - 2] != '=')
    return false;
  for (k -= 2; k > lo && s[k - 1] == ' ';)
    k--;
  if (k < lo + 6 || (s[k - 1] != '\'' && s[k - 1] != '"') || !same_bytes (s + k - 5, "code", 4, true))
    return false;
  return true;
}

/* The width of the dash of a range that starts at I of S (N bytes):
   1 for "500-599", 3 for Tcl's spaced "250 - 251 {"; else 0.  */
static size_t
range_dash (const char *s, size_t n, size_t i)
{
  if (i < n && s[i] == '-')
    return 1;
  return n - i >= 3 && s[i] == ' ' && s[i + 1] == '-' && s[i + 2] == ' ' ? 3 : 0;
}

/* Whether another code follows offset Q of S (N bytes) as the last of
   choices: " | 550>", "|450)".  */
static bool
code_choice_follows (const char *s, size_t n, size_t q)
{
  size_t i = q;
  while (i < n && s[i] == ' ')
    i++;
  if (i == n || s[i] != '|')
    return false;
  for (i++; i < n && s[i] == ' ';)
    i++;
  if (n - i < 4 || !code_digits (s + i))
    return false;
  for (i += 3; i < n && s[i] == ' ';)
    i++;
  return i < n && (s[i] == '>' || s[i] == ')');
}

/* Whether the code at P, which ends at Q, is set or bounded in source
   or prose rather than quoted: an assignment ("err.responseCode =
   550;"), the end of a range ("not 500-504").  */
static bool
code_set_or_range (const char *s, size_t n, size_t lo, size_t p, size_t q)
{
  size_t k = p;
  while (k > lo && s[k - 1] == ' ')
    k--;
  if (q < n && s[q] == ';' && k > lo && s[k - 1] == '='
      && (k - 1 == lo || (s[k - 2] != '=' && s[k - 2] != '!' && s[k - 2] != '<' && s[k - 2] != '>')))
    return true;
  /* BDAT's chunk size: "---> BDAT 221 LAST".  */
  if (p >= lo + 5 && memcmp (s + p - 5, "BDAT ", 5) == 0)
    return true;
  /* A call's first argument, more arguments after it: "raise_error(450,
     false, true)"; a tuple's words are quoted (smtplib's "(550, b'...").  */
  if (p > lo && s[p - 1] == '(' && q + 2 < n && s[q] == ',' && s[q + 1] == ' '
      && (is_alnum (s[q + 2]) || s[q + 2] == '$') && !string_prefix (s, n, q + 2))
    return true;
  if (array_code_key (s, lo, p))
    return true;
  /* The first of a setting's choices in brackets: Proxmox's
     "`<450 | 550>`", "(421|450)".  */
  if (k > lo && (s[k - 1] == '<' || s[k - 1] == '(') && code_choice_follows (s, n, q))
    return true;
  /* A comparison in source code, spaced as code is: "ErrorCode = 550,
     (E as ...", "(code == 550)"; but Stalwart logs its fields so:
     "code = 550, details = \"...\"".  */
  if (q < n && (s[q] == ',' || s[q] == ')') && k < p && k > lo + 1 && s[k - 1] == '='
      && (s[k - 2] == ' ' || s[k - 2] == '=') && !(s[q] == ',' && field_value_at (s, n, q + 1) != 0))
    return true;
  /* The end of a range, its dash spaced or not: "not 500-504", "250 -
     251 {".  */
  size_t d = p - lo >= 3 && range_dash (s, p, p - 3) == 3 ? 3 : p > lo && s[p - 1] == '-' ? 1 : 0;
  size_t first = p - d - 3;
  return d != 0 && p - lo >= d + 3 && code_digits (s + first)
    && (first == lo || !is_alnum (s[first - 1])) && memcmp (s + first, s + p, 3) < 0;
}

/* Whether a log's or an object's next field starts at offset I of S (N
   bytes), and is not one that holds the server's words or its enhanced
   code.  */
static bool
other_field_at (const char *s, size_t n, size_t i)
{
  static const char words_fields[][WORD_MAX] = {
    "msg", "message", "smtpmsg", "response", "reply", "error", "err", "text", "reason",
    "description", "detail", "details", "enhancedcode", "enhanced_code", ""
  };
  return field_value_at (s, n, i) != 0 && starts_word (s + i, n - i, words_fields) < 0;
}

/* Whether the code at P of S (N bytes), whose digits end at Q, is the
   value of a log's field followed by another field that does not hold
   the server's words: "sendPasswordReset code=500 rid=to4nni1 uid=";
   but "code=535 message=\"5.7.8 Error: ...\"", "smtpstatus=552
   smtpmsg='552 ...'" and go-smtp's "code=454 enhancedCode=471" quote a
   reply.  */
static bool
field_among_fields (const char *s, size_t n, size_t lo, size_t p, size_t q)
{
  if (p < lo + 2 || s[p - 1] != '=' || !word_char (s[p - 2]) || q + 2 >= n || s[q] != ' ')
    return false;
  return other_field_at (s, n, q + 1);
}

/* Whether another term in Markdown's code quotes follows a code so
   quoted, which closed before offset Q of S (N bytes): a list of words
   to look for, "`550`, `553`, `User unknown`", not a reply.  (A JSON
   string is followed so by the next key.)  */
static bool
quoted_term_follows (const char *s, size_t n, size_t q)
{
  if (q + 2 >= n || s[q] != ',' || s[q - 1] != '`')
    return false;
  size_t i = q + 1;
  while (i < n && s[i] == ' ')
    i++;
  return i < n && s[i] == '`';
}

/* Whether the code at P of S (N bytes, the line from LO), whose digits
   end at Q, is the value of a "name: " field of an object printed in
   source or a log, with another field after it that does not hold the
   server's words: "errorCode: 406, status: 422".  */
static bool
colon_field_among_fields (const char *s, size_t n, size_t lo, size_t p, size_t q)
{
  if (p < lo + 3 || s[p - 1] != ' ' || s[p - 2] != ':' || !word_char (s[p - 3])
      || q + 2 >= n || s[q] != ',' || s[q + 1] != ' ')
    return false;
  return other_field_at (s, n, q + 2);
}

/* Whether a field named "code" and its ':' are all that stands on the
   line before offset K of S: "code: 530" in a program's dump of an
   error.  */
static bool
code_field_before (const char *s, size_t lo, size_t k)
{
  if (k == lo || s[k - 1] != ':' || k - lo < 5 || !same_bytes (s + k - 5, "code", 4, true))
    return false;
  return spaces_only (s, k - 5);
}

/* Whether the code at P of S (N bytes, the line from LO) stands alone
   in the last cell of a Markdown table's row, perhaps in backquotes: a
   value the row gives (a setting's default, "| `250` |"), whatever the
   cells before it say.  */
static bool
last_table_cell (const char *s, size_t n, size_t lo, size_t p)
{
  size_t open, end = code_between_marks (s, n, lo, p, '|', '|', &open);
  /* Not the row's only cell: "| 421 |" over "4.4.0 Problem ..." is a
     reply that a table's cells split.  */
  return end != 0 && memchr (s + lo, '|', open - lo) != NULL && spaces_only (s + end, n - end);
}

/* Whether the code BASIC, which SMTP does not know and HTTP has, is
   the value of a field "code" in a record, at offset P of S (the line
   from LO): an API's own error object, {msg: '...', code: 405, message:
   '...'}.  */
static bool
api_error_code (const char *s, size_t lo, size_t p, int basic)
{
  size_t k = p;
  while (k > lo && is_space (s[k - 1]))
    k--;
  if (k - lo < 6 || s[k - 1] != ':' || !foreign_http_status (basic))
    return false;
  size_t end = k - 1 - (s[k - 2] == '"' || s[k - 2] == '\'');
  return end - lo >= 5 && same_bytes (s + end - 4, "code", 4, true) && !word_char (s[end - 5])
    && memchr (s + lo, '{', end - lo) != NULL;
}

/* Whether the code BASIC at P of S (the line from LO), which SMTP does
   not know, is another protocol's: after HTTP is named ("the API (HTTPS)
   ... the error is \"400 Message rejected.\""), one only FTP sends, or
   an API's error code.  */
static bool
foreign_unknown (const char *s, size_t lo, size_t p, int basic)
{
  return s[p + 1] > '5' || find_ci (s, p, "http") < p || foreign_ftp_only (basic)
    || api_error_code (s, lo, p, basic);
}

/* Whether an API's exception, a name in capitals that ends with
   "Exception", follows the code at P of S (N bytes): Yandex's "400
   BadRequestException: sender is not allowed".  */
static bool
exception_after (const char *s, size_t n, size_t p)
{
  size_t i = p + 4, end = i;
  if (n - p < 14 || s[p + 3] != ' ' || !(s[i] >= 'A' && s[i] <= 'Z'))
    return false;
  while (end < n && is_alnum (s[end]))
    end++;
  return end - i > 9 && same_bytes (s + end - 9, "Exception", 9, false);
}

/* Whether the sentence that goes on at offset Q of S (N bytes) is a
   question: "Why do I get error 421 from Gmail?"; a server's words, set
   apart by a colon or a quote, end otherwise.  */
static bool
in_question (const char *s, size_t n, size_t q)
{
  for (size_t i = q; i < n && i < q + 80; i++)
    switch (s[i])
      {
      case '?':
        return true;
      case '.': case '!': case ':': case '"': case '\'': case '`': case ';': case '<': case '[':
        return false;
      default:
        if ((unsigned char) s[i] >= 0x80)
          return false;         /* a curly quote, or text this test cannot read */
        break;
      }
  return false;
}

/* Whether the code at P starts a string literal of S (N bytes) that
   ends with an escaped CRLF, as a test's server writes its replies:
   send(Socket, "554 get lost\\r\\n").  */
static bool
crlf_literal (const char *s, size_t n, size_t lo, size_t p)
{
  if (p == lo || (s[p - 1] != '"' && s[p - 1] != '\''))
    return false;
  const char *close = memchr (s + p, s[p - 1], n - p);
  return close && close - (s + p) >= 7 && memcmp (close - 4, "\\r\\n", 4) == 0;
}

/* Whether the code at P starts a string literal of S (N bytes) that
   holds only the code, a space and perhaps a placeholder, and that the
   source joins with the reply's words: "221 "+ hostname + " closing",
   '250 {}'.format(hostname), "250 %s" % host, '550 ' . $why,
   '221 '.$servername, or the first of a list that Erlang writes as one
   string: ["421 ", Hostname, " is too busy ..."].  */
static bool
reply_built (const char *s, size_t n, size_t lo, size_t p)
{
  if (p == lo || (s[p - 1] != '"' && s[p - 1] != '\'') || n - p < 7 || s[p + 3] != ' ')
    return false;
  size_t i = p + 4;
  if (s[i] == '{' && s[i + 1] == '}')
    i += 2;
  else if (s[i] == '%' && s[i + 1] == 's')
    i += 2;
  if (i >= n || s[i] != s[p - 1])
    return false;
  for (i++; i < n && s[i] == ' ';)
    i++;
  if (i + 1 >= n)
    return false;
  /* Not a pattern that matches any words: Erlang's "250 " ++ _.  */
  if (s[i] == '+' && n - i >= 4 && s[i + 1] == '+' && s[i + 2] == ' ' && s[i + 3] == '_'
      && (n - i == 4 || !word_char (s[i + 4])))
    return false;
  return s[i] == '+' || (s[i] == '%' && s[i + 1] == ' ')
    || (s[i] == ',' && p - lo >= 2 && s[p - 2] == '[' && s[i + 1] == ' ' && i + 2 < n
        && is_alpha (s[i + 2]))
    || (s[i] == '.' && (s[i + 1] == ' ' || s[i + 1] == '$'
                        || (n - i > 7 && memcmp (s + i + 1, "format(", 7) == 0)));
}

/* Whether S from LO to K holds nothing but a transcript's arrows and
   spaces ("<<< ", "<~  ").  */
static bool
prompt_only (const char *s, size_t lo, size_t k)
{
  for (size_t i = lo; i < k; i++)
    if (s[i] != '<' && s[i] != '>' && s[i] != '~' && !is_space (s[i]))
      return false;
  return true;
}

/* Whether a server's arrow ("<-", "<<<", "<~") ends the words of S
   from LO to K, after a space or at LO: the time and the connection
   that KumoMTA's trace writes before it ("[...:587]    1s <-  221
   ...") are not words of prose.  */
static bool
server_arrow_ends (const char *s, size_t lo, size_t k)
{
  while (k > lo && is_space (s[k - 1]))
    k--;
  size_t j = k;
  while (j > lo && (s[j - 1] == '<' || s[j - 1] == '~' || s[j - 1] == '-'))
    j--;
  return j < k && s[j] == '<' && (j == lo || is_space (s[j - 1]));
}

/* Whether a capitalized word follows the space at offset Q of S (N
   bytes): "So long", not "SMTP" or "so".  */
static bool
capitalized_after (const char *s, size_t n, size_t q)
{
  return q + 2 < n && s[q] == ' ' && s[q + 1] >= 'A' && s[q + 1] <= 'Z' && s[q + 2] >= 'a'
    && s[q + 2] <= 'z';
}

/* Whether a provider's data knows CODE, at P of S (N bytes), by the
   words it comes with: Alibaba Mail's "526 Authentication failure".  */
static bool
provider_knows (const char *s, size_t n, size_t p, const struct smtp_code *code)
{
  const struct vendor_entry *vendor;
  return codedb_vendor_has_basic (code->basic)
    && codedb_vendor_by_reply (code->basic, s + p + 3, n - p - 3, &vendor, 1) > 0;
}

/* AFTER, the evidence after the code CODE at P of S (N bytes), raised to
   a reply's when the words that follow the code unquoted (at Q, after a
   space) are those of a provider's own reply or start with its token:
   GoDaddy's "- 530 , 530 Error: authentication Required", Outlook.com's
   "(421 RP-001 (SNT004-MC1F11) Unfortunately, ...".  KNOWN: the code is known.  (Not
   after a ':': a log's queue ID "1F250:" is no code, and looking its
   words up costs.)  */
static int
with_provider_words (const char *s, size_t n, size_t p, size_t q, const struct smtp_code *code,
                     bool known, int after)
{
  if (after > VETO / 2 && after < 2 && after != PROSE && q == p + 3 && q < n && s[q] == ' '
      && known && (provider_knows (s, n, p, code) || vendormatch_token_word (s + q + 1, n - q - 1)))
    return 2;
  return after;
}

/* Whether the words at I of S (N bytes) are mostly a table's numbers:
   six or more fields of digits, dots, colons or '%', half the fields
   or more; or a count alone, a column beside the code's ("500 15" in
   awk's tally of a web log's statuses).  */
static bool
numeric_columns (const char *s, size_t n, size_t i)
{
  size_t digits = i;
  while (digits < n && is_space (s[digits]))
    digits++;
  size_t first = digits;
  while (digits < n && is_digit (s[digits]))
    digits++;
  if (digits > first && digits == n)
    return true;
  size_t fields = 0, numbers = 0;
  while (i < n)
    {
      while (i < n && is_space (s[i]))
        i++;
      if (i >= n)
        break;
      bool number = true;
      for (; i < n && !is_space (s[i]); i++)
        number &= is_digit (s[i]) || s[i] == '.' || s[i] == ':' || s[i] == '%';
      fields++;
      numbers += number;
    }
  return numbers >= 6 && numbers * 2 >= fields;
}

/* Whether NNTP's article number and message id start at I of S (N
   bytes): "2 <7g5bhm$8f$2@news.vbrew.com>".  */
static bool
article_follows (const char *s, size_t n, size_t i)
{
  size_t k = i;
  while (k < n && is_digit (s[k]))
    k++;
  if (k == i || k + 1 >= n || s[k] != ' ')
    return false;
  k++;
  if (!angle_opens (s, n, k))
    return false;
  for (; k < n && !is_space (s[k]); k++)
    if (s[k] == '@')
      return true;
  return false;
}

/* Whether an ordinal number starts S (N bytes): "105th", "22nd", the
   street of an address after its house number ("421 105th st SW").  */
static bool
ordinal_at (const char *s, size_t n)
{
  size_t k = 0;
  while (k < n && k < 6 && is_digit (s[k]))
    k++;
  if (k == 0 || n - k < 2 || (k + 2 < n && is_alnum (s[k + 2])))
    return false;
  char a = lower (s[k]), b = lower (s[k + 1]);
  return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd')
    || (a == 't' && b == 'h');
}

/* Whether a street address goes on at I of S (N bytes), the number
   being the house's: a name in capitals, then a word for a street or a
   building ("421 Park St., Suite 1", "521 Wilson Hall", "534 Anderson
   Street", "500 Any street"), or a numbered street ("421 105th st SW").
   No server starts its words so.  */
static bool
street_follows (const char *s, size_t n, size_t i)
{
  static const char streets[][WORD_MAX] = {
    "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive",
    "hall", "suite", "building", "bldg", "plaza", "square", "parkway", "highway", ""
  };
  if (ordinal_at (s + i, n - i))
    return true;
  for (int word = 0; word < 3 && i < n; word++)
    {
      if (word > 0 && starts_word (s + i, n - i, streets) >= 0)
        return true;
      if (s[i] < 'A' || s[i] > 'Z')
        return false;
      while (i < n && is_alpha (s[i]))
        i++;
      while (i < n && (s[i] == '.' || s[i] == ',' || s[i] == ' '))
        i++;
    }
  return false;
}

/* Whether the '#' before the code at P of S (N bytes, the line from LO)
   rules it out.  "#550-..." may be a reply, but not a colour ("color:
   #555;") or an issue ("#459 via"); a shell session's comment marker
   may start the line ("#220 mx ESMTP"), but not a changelog's list of
   issues ("#458 #459  CMake: ...") or its issue ("#550: fixed ..."); an
   Exchange NDR's line ends with "##" ("mx.example.com #550 message
   submission is for authorised users only! ##").  */
static bool
hash_rules_out (const char *s, size_t n, size_t lo, size_t p)
{
  return p > lo && s[p - 1] == '#' && !(p + 3 < n && s[p + 3] == '-') && !ndr_closed (s, n)
    && (!spaces_only (s, p - 1) || issue_follows (s, n, p + 3) || (p + 3 < n && s[p + 3] == ':'));
}

/* Whether qmail's enhanced code of the same class ends the words of
   the code CODE at P of S (N bytes), as emit will read it: its chkuser
   patch answers "511 sorry, no mailbox here by that name (#5.1.1 -
   chkuser)".  */
static bool
qmail_tail_follows (const char *s, size_t n, size_t p, const struct smtp_code *code)
{
  struct smtp_code tailed = *code;
  return p + 3 < n && s[p + 3] == ' ' && reply_hash_tail (s + p + 3, n - p - 3, &tailed);
}

/* Whether the code at P of S (N bytes), after an opening quote whose
   closer is QUOTE (its last byte for a UTF-8 quote), is followed by ':'
   and a capitalized word, and the quote closes further on: it holds a
   whole reply, 'a “521: Relaying Denied” error message'.  */
static bool
colon_reply_quoted (const char *s, size_t n, size_t p, char quote)
{
  if (quote == 0 || n - p < 7 || s[p + 3] != ':' || s[p + 4] != ' ' || s[p + 5] < 'A'
      || s[p + 5] > 'Z')
    return false;
  for (size_t i = p + 6; i < n; i++)
    if (s[i] == quote && ((unsigned char) quote < 0x80 || same_bytes (s + i - 2, "\xE2\x80", 2, false)))
      return true;
  return false;
}

/* Whether the code at P of S (N bytes, the line from LO), right after
   an opening backtick or double quote, is followed by two words or more
   and the quote closes on the line: the quote holds a whole reply, in
   prose of any language ("synthesize a `421 HOSTNAME disconnecting due
   to previous error` disconnection", "会收到 `553 template_validate not
   match, ...` 的错误提示"); unless the line names HTTP, whose status
   lines are quoted so too.  */
static bool
words_reply_quoted (const char *s, size_t n, size_t lo, size_t p)
{
  char quote = p > lo ? s[p - 1] : 0;
  if ((quote != '`' && quote != '"') || n - p < 8 || s[p + 3] != ' '
      || find_ci (s + lo, n - lo, "http") < n - lo)
    return false;
  int words = 0;
  for (size_t i = p + 4; i < n; i++)
    if (s[i] == quote)
      return words >= 2;
    else if (is_alpha (s[i]) && !is_alnum (s[i - 1]) && s[i - 1] != '_')
      words++;
  return false;
}

/* Whether a quote opened before the code at P of S (N bytes, the line
   from LO) holds a whole reply, as one of the two above tells; a code
   that is WEAK (code_alone) needs a colon after it.  */
static bool
quote_holds_reply (const char *s, size_t n, size_t lo, size_t p, bool weak)
{
  return colon_reply_quoted (s, n, p, opening_quote (s, lo, p))
    || (!weak && words_reply_quoted (s, n, lo, p));
}

/* The weight of what follows the code at P of S (N bytes, the line from
   LO), ending at Q, that reads as prose: 1 where it is a server's words
   after all, else PROSE.  K: where the words before the code end.  */
static int
prose_or_words (const char *s, size_t n, size_t lo, size_t p, size_t k, size_t q)
{
  /* Symfony's and Swift Mailer's error gives the server's words after
     the code it quotes, and they need not repeat it: got code "534",
     with message "<https://accounts.google.com/...>" (when they do,
     their reply is the finding).  */
  if (q > p + 3 && n - q >= 17 && memcmp (s + q, ", with message \"", 16) == 0
      && (n - q < 19 || memcmp (s + q + 16, s + p, 3) != 0))
    return 1;
  /* A capital at a line's start, after a transcript's arrows or after
     the client's command, is a server's word: "221 So long", "<<< 550
     By policy", "QUIT 221 So long"; prose goes on in lower case.  */
  return (prompt_only (s, lo, k) || server_arrow_ends (s, lo, k) || command_shortly_before (s, lo, k))
    && capitalized_after (s, n, q)
    ? 1 : PROSE;
}

/* Whether the code at P of S (N bytes) is written twice, then words:
   "refused to talk to me: 550 550 This system is configured to reject
   mail from ...".  The words are the second's.  */
static bool
code_repeated (const char *s, size_t n, size_t p)
{
  return n - p > 9 && s[p + 3] == ' ' && memcmp (s + p, s + p + 4, 3) == 0
    && s[p + 7] == ' ' && is_alpha (s[p + 8]);
}

/* Where what follows the code at P of S (N bytes, the line from LO)
   starts: past its closing quote, or past the code written again.  */
static size_t
after_code (const char *s, size_t n, size_t lo, size_t p)
{
  return code_repeated (s, n, p) ? p + 7 : past_closing_quote (s, n, lo, p, p + 3);
}

/* AFTER, the evidence after the code at P of S (N bytes, the line from
   LO; its words from Q), raised by what marks the words as a reply's;
   WEAK and TAILED as in code_alone.  */
static int
with_reply_marks (const char *s, size_t n, size_t lo, size_t p, size_t q, bool weak, bool tailed,
                  int after)
{
  /* qmail's enhanced code of the same class ends the words as surely
     as one that follows the code: "... due to 451 SPF lookup failure
     (#4.3.0).".  */
  if (tailed && after > PROSE && after < CLEAR)
    after = CLEAR;
  if (after == 1 && quote_holds_reply (s, n, lo, p, weak))
    after = 2;
  /* Postfix quotes only replies so: "456 Address temporarily
     unavailable. (in reply to RCPT TO command)".  */
  if (weak && after >= 1 && after < CLEAR && (p == lo || !is_alnum (s[p - 1])) && q < n
      && s[q] == ' ' && find_ci (s + q, n - q, POSTFIX_TAIL) < n - q)
    after = CLEAR;
  return after;
}

/* Whether a colon, ASCII or full-width, ends at offset K of S (the line
   from LO).  */
static bool
colon_before (const char *s, size_t lo, size_t k)
{
  return (k > lo && s[k - 1] == ':')
    || (k - lo >= 3 && same_bytes (s + k - 3, "\xEF\xBC\x9A", 3, false));
}

/* Whether the words of the code CODE from WORDS of S (N bytes, the line
   from LO) name a file and give FTP's or HTTP's words for it after a
   colon, as FTP servers do: "550 $path: No such file or directory.";
   KNOWN as in code_alone.  */
static bool
file_error_after (const char *s, size_t n, size_t lo, size_t words, const struct smtp_code *code,
                  bool known)
{
  size_t i = words;
  while (i < n && !is_space (s[i]) && s[i] != ':')
    i++;
  if (i == words || i + 2 >= n || s[i] != ':' || s[i + 1] != ' ')
    return false;
  return foreign_words (s, n, lo, i + 2, true, code->basic, known);
}

/* Whether the line S (N bytes) ends as the subject of a merged pull
   request does: "450 updates (#518)".  qmail's tail has dots: "(#5.7.1)".  */
static bool
pull_request_subject (const char *s, size_t n)
{
  while (n > 0 && is_space (s[n - 1]))
    n--;
  if (n < 4 || s[n - 1] != ')')
    return false;
  size_t k = n - 1;
  while (k > 0 && is_digit (s[k - 1]))
    k--;
  return k < n - 1 && k >= 3 && s[k - 1] == '#' && s[k - 2] == '(' && s[k - 3] == ' ';
}

/* Whether the words of the code CODE at P of S (N bytes, the line from
   LO), from WORDS, or those before it up to K, are what no reply is:
   another protocol's, a Postfix event, a table of numbers, an address, a
   merged pull request's subject;
   KNOWN as in code_alone.  */
static bool
not_reply_words (const char *s, size_t n, size_t lo, size_t p, size_t k, size_t words,
                 const struct smtp_code *code, bool known)
{
  /* Also the words before a bracket around the code: "Internal server
     error [500]".  */
  size_t bracket = k;
  if (bracket == p && bracket > lo && (s[bracket - 1] == '[' || s[bracket - 1] == '('))
    for (bracket--; bracket > lo && s[bracket - 1] == ' ';)
      bracket--;
  return foreign_words (s, n, lo, words, true, code->basic, known)
    || file_error_after (s, n, lo, words, code, known)
    || foreign_words (s, n, lo, k, false, code->basic, known)
    || (bracket < k && foreign_words (s, n, lo, bracket, false, code->basic, known))
    || foreign_ftp_command_after (s, n, words)
    || postfix_event_after (s, n, words) || (s[p + 3] == ' ' && numeric_columns (s, n, words))
    || street_follows (s, n, words) || (spaces_only (s + lo, p - lo) && pull_request_subject (s + lo, n - lo));
}

/* Whether the code alone at P of S (N bytes, the line from LO), a comma
   and a clause in lower case after it, ends the condition of a sentence
   that opens with "If" (or French or Spanish "Si"): "If you still see
   error 535, the problem is the password".  A colon before the code
   quotes it: "If the rate is exceeded, SES responds with code: 454,
   response: ...".  */
static bool
conditional_mention (const char *s, size_t n, size_t lo, size_t p)
{
  if (n - p < 6 || s[p + 3] != ',' || s[p + 4] != ' ' || !(s[p + 5] >= 'a' && s[p + 5] <= 'z'))
    return false;
  size_t k = p;
  while (k > lo && s[k - 1] == ' ')
    k--;
  if (k > lo && (s[k - 1] == ':' || s[k - 1] == '='))
    return false;
  size_t start = k;
  while (start > lo && !(start - lo >= 2 && s[start - 1] == ' '
                         && (s[start - 2] == '.' || s[start - 2] == '?' || s[start - 2] == '!')))
    start--;
  while (start < k && (is_space (s[start]) || s[start] == '-' || s[start] == '*' || s[start] == '>'))
    start++;
  static const char conditions[][WORD_MAX] = { "if", "si", "" };
  return start < k && starts_word (s + start, k - start, conditions) >= 0;
}

static bool script_prose_after (const char *s, size_t n, size_t q);

/* Whether the words of the code at P of S (N bytes, the line from LO),
   from Q, weighing AFTER, ask a question about it; not one inside the
   quote that the code opens, which is the server's own: _put("503 You
   want me to read your mind?  Tell me who ...").  */
static bool
asks (const char *s, size_t n, size_t lo, size_t p, size_t q, int after)
{
  char quote = opening_quote (s, lo, p);
  return in_question (s, n, q) && !((quote == '"' || quote == '\'') && after >= 1);
}

/* Whether the prose after the code at P of S (N bytes, the line from
   LO), which starts at Q, is a server's words: when a colon quotes it,
   "said:550 is now disabled", or when it starts with a capital, "553 To
   send mail, first check your mail", after clear words (BEFORE) or
   opening a string that asks nothing: salmon's push("451 Will not
   accept multiple recipients ..."); not "error code 450 is most
   commonly used".  K is where the spaces before the code start.  */
static bool
prose_is_words (const char *s, size_t n, size_t lo, size_t p, size_t k, size_t q, int before)
{
  const char *close = p > lo && (s[p - 1] == '"' || s[p - 1] == '\'')
    ? memchr (s + q, s[p - 1], n - q) : NULL;
  bool opens_string = close != NULL && close[-1] != '?';
  return (before >= CLEAR || (opens_string && capitalized_after (s, n, q)))
    && (colon_before (s, lo, k) || capitalized_after (s, n, q));
}

/* Where the words start when the code at P of S (N bytes), quoted
   alone by QUOTE, is followed by a string argument that opens with a
   letter: ("550", "invalid recipient"), ('550', 'Command not
   recognized'); else 0.  */
static size_t
next_string_words (const char *s, size_t n, size_t p, char quote)
{
  if (n - p < 8 || s[p + 3] != quote || s[p + 4] != ',')
    return 0;
  size_t open = p + 5 + (s[p + 5] == ' ');
  return open + 1 < n && (s[open] == '\'' || s[open] == '"') && is_alpha (s[open + 1]) ? open + 1 : 0;
}

/* Whether the code at P of S (N bytes, the line from LO) opens a
   string that a call named for sending (or for SMTP) takes, with the
   server's words in it or in the next string: POE's send_to_client(
   $id, '252 Cannot VRFY user, ...' ), AnyEvent's send('550', 'Command
   not recognized').  */
static bool
sent_by_call (const char *s, size_t n, size_t lo, size_t p)
{
  if (p - lo < 3 || (s[p - 1] != '\'' && s[p - 1] != '"') || n - p < 8)
    return false;
  char quote = s[p - 1];
  /* The words in the same string, in the next argument, or added to
     the code: Pascal's WriteLn('500'+ ' Address is refused').  */
  size_t next = p + 4 + (s[p + 4] == ' ');
  bool joined = s[p + 3] == quote && (s[p + 4] == '+' || s[p + 5] == '+');
  if (joined)
    next += 1 + (s[next + 1] == ' ');
  bool words = (s[p + 3] == ' ' && is_alpha (s[p + 4]))
    || next_string_words (s, n, p, quote) != 0
    || (joined && next + 2 < n && s[next] == quote && s[next + 1] == ' ' && is_alpha (s[next + 2]));
  size_t name, len = words ? enclosing_call (s, lo, p - 1, &name) : 0;
  /* Not a web framework's sendStatus('500', 'Internal error'), nor an
     FTP server's respond('550 Not a directory'); but Go's c.Write("221",
     "Idle timeout, bye bye").  */
  return (len == 4 && same_bytes (s + name, "send", 4, false))
    || (len > 5 && same_bytes (s + name, "send_", 5, false))
    || ((len == 5 || len == 7) && same_bytes (s + name, len == 5 ? "write" : "writeln", len, true))
    || (len >= 4 && find_ci (s + name, len, "smtp") < len);
}

/* Whether the code at P of S (N bytes, the line from LO) is quoted
   alone as the reply code that a milter sets, whatever the arguments
   after it: smfi_setreply(ctx, "550", NULL, "Reject: ..."), its
   enhanced code NULL.  */
static bool
milter_reply_code (const char *s, size_t n, size_t lo, size_t p)
{
  if (p - lo < 10 || (s[p - 1] != '"' && s[p - 1] != '\'') || n - p < 4 || s[p + 3] != s[p - 1])
    return false;
  size_t name, len = enclosing_call (s, lo, p - 1, &name);
  /* OpenDKIM's Lua hook spells it odkim.set_reply(ctx, "554", "", ...).  */
  return (len >= 8 && same_bytes (s + name + len - 8, "setreply", 8, true))
    || (len >= 9 && same_bytes (s + name + len - 9, "set_reply", 9, true));
}

/* Where the words start if the code at P of S (N bytes, the line from
   LO) is a quoted field of a record between another quoted field and
   its words, else 0: a
   delivery log's row kept as a test's data, ("D", "250", "ok"),
   Entry(3, accepted, "B", "550", "invalid recipient", ...).  */
static size_t
record_code_with_words (const char *s, size_t n, size_t lo, size_t p)
{
  char quote = p > lo ? s[p - 1] : 0;
  if ((quote != '"' && quote != '\'') || p - lo < 4)
    return 0;
  size_t before = p - 2 - (s[p - 2] == ' ');
  return before > lo && s[before] == ',' && s[before - 1] == quote ? next_string_words (s, n, p, quote) : 0;
}

/* Whether the code at P of S (N bytes, the line from LO) opens the
   string of an unqualified println with words after it: a test
   server's own method, which writes its reply to the client
   (println("501 response not base64")); System.out.println prints a
   program's notes.  */
static bool
own_println (const char *s, size_t n, size_t lo, size_t p)
{
  if (p - lo < 2 || s[p - 1] != '"' || n - p < 6 || s[p + 3] != ' ' || !is_alpha (s[p + 4]))
    return false;
  size_t name, len = enclosing_call (s, lo, p - 1, &name);
  return len == 7 && same_bytes (s + name, "println", 7, false) && (name == lo || s[name - 1] != '.');
}

/* Whether the code at P of S (N bytes, the line from LO) stands alone
   in Markdown's code span with prose after it: "an SMTP `535` failed
   authentication response".  */
static bool
span_named (const char *s, size_t n, size_t lo, size_t p)
{
  return p > lo && s[p - 1] == '`' && n - p > 5 && s[p + 3] == '`' && s[p + 4] == ' '
    && s[p + 5] >= 'a' && s[p + 5] <= 'z';
}

/* Whether the code at P of S (N bytes, the line from LO) is an argument
   of a function applied as Haskell and ML apply one, named for
   answering, its words after it: "respond con 500 \"Syntax error\"",
   "respond' con 220 $ \"service ready\"".  */
static bool
applied_reply (const char *s, size_t n, size_t lo, size_t p)
{
  if (p - lo < 8 || s[p - 1] != ' ' || n - p < 7 || s[p + 3] != ' ')
    return false;
  size_t w = p + 4 + (s[p + 4] == '$' && s[p + 5] == ' ' ? 2 : 0);
  /* A variable may open the words: "$ domain ++ \" Service ready\"".  */
  size_t v = w;
  while (v < n && (is_alnum (s[v]) || s[v] == '_'))
    v++;
  if (v > w && n - v > 4 && memcmp (s + v, " ++ ", 4) == 0)
    w = v + 4;
  if (n - w < 3 || s[w] != '"' || !(is_alpha (s[w + 1]) || (s[w + 1] == ' ' && is_alpha (s[w + 2])))
      || foreign_words (s, n, lo, w + 1, true, three_digits (s + p), true))   /* Racket's HTTP respond */
    return false;
  size_t end = p - 1;
  for (int words = 0; words < 4 && end > lo && s[end] == ' '; words++)
    {
      size_t start = end;
      while (start > lo && (is_alnum (s[start - 1]) || s[start - 1] == '_' || s[start - 1] == '\''))
        start--;
      size_t len = end - start;
      if ((len >= 7 && same_bytes (s + start, "respond", 7, true))
          || (len >= 5 && same_bytes (s + start, "reply", 5, true)))
        return true;
      if (start == end || start == lo || s[start - 1] != ' ')
        return false;
      end = start - 1;
    }
  return false;
}

/* Whether the code at P of S (the line from LO) is the argument after
   the name of an SMTP client library's error, as a test hands both to a
   mock: erring_smtp_connection(smtplib.SMTPSenderRefused, 552, ...).  */
static bool
smtp_error_argument (const char *s, size_t lo, size_t p)
{
  if (p - lo < 12 || s[p - 1] != ' ' || s[p - 2] != ',')
    return false;
  size_t end = p - 2, start = end;
  while (start > lo && (is_alnum (s[start - 1]) || s[start - 1] == '_'))
    start--;
  size_t len = end - start;
  if (len < 9 || !same_bytes (s + start, "SMTP", 4, false))
    return false;
  return (len >= 11 && same_bytes (s + end - 7, "Refused", 7, false))
    || same_bytes (s + end - 5, "Error", 5, false)
    || (len >= 13 && same_bytes (s + end - 9, "Exception", 9, false));
}

/* Whether the words of the known code CODE at P of S (N bytes, the line
   from LO), which a program sends or builds, are SMTP's: not an FTP
   server's response='250 CWD command successful.\r\n', nor its
   sendall(b"530 Login incorrect.\r\n").  */
static bool
sent_words_smtp (const char *s, size_t n, size_t lo, size_t p, const struct smtp_code *code)
{
  return !foreign_protocol (s, n, p)
    && !(n - p > 4 && s[p + 3] == ' '
         && (foreign_ftp_command_after (s, n, p + 4)
             || foreign_words (s, n, lo, p + 4, true, code->basic, true)));
}

/* Whether the shape of source code or test data around the code at P
   of S (N bytes, the line from LO) decides it, as *REPLY says: a reply
   that a program builds, sends or keeps as a record's field, or a
   number that it stores or compares.  KNOWN: whether the database or
   a provider knows the code.  */
static bool
source_shape_decides (const char *s, size_t n, size_t lo, size_t p, const struct smtp_code *code,
                      bool known, bool *reply)
{
  if (crlf_literal (s, n, lo, p) || reply_built (s, n, lo, p) || smtp_error_argument (s, lo, p)
      || sent_by_call (s, n, lo, p) || applied_reply (s, n, lo, p) || (known && own_println (s, n, lo, p))
      || milter_reply_code (s, n, lo, p))
    {
      *reply = known && sent_words_smtp (s, n, lo, p, code);
      return true;
    }
  if (milter_reply_part (s, n, lo, p, 3))
    {
      *reply = known;
      return true;
    }
  size_t words = known ? record_code_with_words (s, n, lo, p) : 0;
  if (words)
    {
      *reply = !foreign_protocol (s, n, p) && !foreign_words (s, n, lo, words, true, code->basic, true);
      return true;
    }
  *reply = false;
  return braced_alone (s, n, lo, p) || count_column (s, n, lo, p) || hash_rules_out (s, n, lo, p)
    || last_argument (s, n, lo, p) || asserted_alone (s, n, lo, p) || source_names_basic (s, n, lo, p);
}

/* Whether the code at P of S (the line from LO) follows, alone on its
   line, the key of a Postfix access table: a host, a domain or an
   address ("localhost 554 You are not localhost", "example.com 554 Go
   away"), the table's reply to it.  */
static bool
access_key_before (const char *s, size_t lo, size_t p)
{
  size_t end = p;
  while (end > lo && is_space (s[end - 1]))
    end--;
  size_t start = end;
  bool letter = false, mark = false;
  for (; start > lo && !is_space (s[start - 1]); start--)
    {
      letter = letter || is_alpha (s[start - 1]);
      mark = mark || s[start - 1] == '.' || s[start - 1] == '@';
    }
  /* Or in a comment, as a table's examples: "#\tFREE.STEALTH.MAILER@\t550
     Spam not accepted" (Sendmail's key for a user at any domain).  */
  size_t at = lo;
  while (at < start && (is_space (s[at]) || s[at] == '#'))
    at++;
  return end < p && at == start && start < end && letter && is_alpha (s[start])
    && (is_alnum (s[end - 1]) || s[end - 1] == ']' || s[end - 1] == '@')
    && (mark || (end - start == 9 && same_bytes (s + start, "localhost", 9, false)));
}

/* Where the words start from I of S (N bytes), past the marks that join
   them to a code, a quote or a hash's arrow: Elixir's {500, "Internal
   Server Error"}, Perl's 421 => 'Misdirected Request'.  */
static size_t
past_joiners (const char *s, size_t n, size_t i)
{
  while (i < n && s[i] != '\0' && (is_space (s[i]) || strchr (":-|)(,\"'=>", s[i]) != NULL))
    i++;
  return i;
}

/* Whether FTP gives the code BASIC the same text as RFC 5321 does (500
   to 503, "Syntax error, command unrecognized"): that text is SMTP's
   only where SMTP or an MTA is named (decide_names_smtp).  */
static inline bool
ftp_shares_text (int basic)
{
  return basic >= 500 && basic <= 503;
}

/* Whether the text at I of S (N bytes, the line from LO) is the title
   that RFC 5321 gives ENTRY, the code BASIC, as far as its first ',', ';'
   or ':' and 12 bytes at least, quoted or not ("Requested action not
   taken", "Syntax error in parameters or arguments"), in words of no
   other protocol.  */
static bool
standard_title_at (const char *s, size_t n, size_t lo, size_t i, const struct code_entry *entry,
                   int basic)
{
  if (entry == NULL || entry->standing == STANDING_NON_STANDARD
      || entry->standing == STANDING_VENDOR_SPECIFIC)
    return false;
  /* Quoted: 501 "Syntax error in parameters or arguments".  */
  if (i < n && (s[i] == '"' || s[i] == '\''))
    i++;
  const char *title = codedb_text (entry->title);
  size_t len = strcspn (title, ",;:");
  return len >= 12 && n - i >= len && same_bytes (s + i, title, len, true)
    && (n - i == len || !is_alnum (s[i + len]))
    && !foreign_words (s, n, lo, i, true, basic, true);
}

/* Whether the words after the code at P of S (N bytes, the line from
   LO) start with the text that the RFC gives the code, ENTRY's title up
   to its first ',', ';' or ':', as only a reply quoted holds it:
   "(550: Requested action not taken)", "\item[500] Syntax error,
   command unrecognized"; not FTP's texts that go on from it.  FTP has
   the same texts for 500 to 503: there the line must name SMTP or an
   MTA.  */
static bool
standard_text_after (const char *s, size_t n, size_t lo, size_t p, const struct code_entry *entry)
{
  int basic = three_digits (s + p);
  if (ftp_shares_text (basic) && !decide_names_smtp (s + lo, n - lo))
    return false;
  size_t i = p + 3;
  if (i < n && (s[i] == ':' || s[i] == ']' || s[i] == ')'))
    i++;
  while (i < n && s[i] == ' ')
    i++;
  return standard_title_at (s, n, lo, i, entry, basic);
}

bool
decide_names_smtp (const char *s, size_t n)
{
  return find_ci (s, n, "smtp") < n || find_exact (s, n, "MTA") < n;
}

bool
decide_standard_text (const char *s, size_t n, int basic, bool smtp_named)
{
  if (ftp_shares_text (basic) && !smtp_named)
    return false;
  size_t i = 0;
  while (i < n && is_space (s[i]))
    i++;
  struct smtp_code code = { .basic = basic, .enhanced_class = -1 };
  return standard_title_at (s, n, 0, i, codedb_find (code_basic_key (&code)), basic);
}

/* Whether the three-digit code CODE at P, with no enhanced code after
   it, is a reply.  Glued to a word it is none ("user250", "4F2A550C1")
   unless the word introduces it ("reply550"): before_score knows.  A
   code the database does not know (571 is one, 505 is not) needs the
   evidence of both sides: "Server Response: '505 Authentication
   required'".  */
static bool
code_alone (const char *s, size_t n, size_t lo, size_t p, const struct smtp_code *code)
{
  const struct code_entry *entry = codedb_find (code_basic_key (code));
  bool tailed = qmail_tail_follows (s, n, p, code);
  bool known = entry != NULL || provider_knows (s, n, p, code) || tailed;
  /* A code that no RFC defines (510, 512) is rarer than a number that
     starts a line: it needs a server's words, as an unknown one does.  */
  bool weak = entry == NULL ? !known : entry->standing == STANDING_NON_STANDARD;
  if (!known && (foreign_unknown (s, lo, p, code->basic) || exception_after (s, n, p)))
    return false;
  bool reply;
  if (source_shape_decides (s, n, lo, p, code, known, &reply))
    return reply;
  if (standard_text_after (s, n, lo, p, entry))
    return !foreign_protocol (s, n, p) && !web_status_logged (s, n, lo, p);
  size_t k = p;
  while (k > lo && is_space (s[k - 1]))
    k--;
  size_t q = after_code (s, n, lo, p), words = q;
  int after = after_score (s, n, q, k > lo && s[k - 1] == ':');
  if (after == PROSE)
    after = prose_or_words (s, n, lo, p, k, q);
  after = with_provider_words (s, n, p, q, code, known, after);
  after = with_reply_marks (s, n, lo, p, q, weak, tailed, after);
  bool labelled = weak && client_code_label (s, lo, p);
  if ((after <= VETO / 2 && after != PROSE) || (weak && after < 2 && after != PROSE && !labelled))
    return false;
  words = past_joiners (s, n, words);
  if (not_reply_words (s, n, lo, p, k, words, code, known) || conditional_mention (s, n, lo, p))
    return false;
  /* Unless what came was a web server's: "got code \"400\", with
     message \"HTTP/1.1 400 Bad Request\"".  */
  if (labelled)
    return !foreign_protocol (s, n, p) && find_ci (s + lo, n - lo, "http/") == n - lo;
  if (asks (s, n, lo, p, q, after))
    after = PROSE;
  int before = before_score (s, n, lo, p, false);
  if (before < ENOUGH && n - p > 5 && s[p + 3] == ' ' && is_alpha (s[p + 4]) && access_key_before (s, lo, p))
    before = ENOUGH;
  /* A code that ends a sentence, with nothing but a word before it,
     perhaps in brackets, is named: "Mail error 554", "... temporary
     error with code 450.", "... a final SMTP error code (554).".  */
  size_t word_end = k;
  if (word_end == p && word_end > lo && s[word_end - 1] == '(')
    for (word_end--; word_end > lo && is_space (s[word_end - 1]);)
      word_end--;
  /* Or prose of another script goes on after it.  */
  if (((sentence_ends (s, n, q) && word_end > lo && is_alpha (s[word_end - 1])
        && !reported_at_end (s, lo, p))
       || script_prose_after (s, n, q)) && before < CLEAR)
    return false;
  /* A setting names the code that a server will use; a field named
     "code" alone on its line is an API's own error object, as in JSON
     ({"code": 550}); a table's value, 'java' => 550; its last cell,
     after numbers and a tab ("731\t\t220").  */
  if (no_words_after (s, n, q) && (setting_before (s, lo, k) || code_field_before (s, lo, k)
                                   || hash_value_of_other_key (s, lo, k)
                                   || (numbers_only (s + lo, p - lo) && memchr (s + lo, '\t', p - lo))))
    return false;
  if (last_table_cell (s, n, lo, p))
    return false;
  if (printed_in_source (s, lo, p) || span_named (s, n, lo, p) || code_set_or_range (s, n, lo, p, p + 3)
      || field_among_fields (s, n, lo, p, p + 3)
      || (weak && colon_field_among_fields (s, n, lo, p, p + 3)))
    return false;
  if (after == PROSE)
    {
      if (!prose_is_words (s, n, lo, p, k, q, before))
        return false;
      after = 0;
    }
  /* A code quoted alone and followed by no words is named, not quoted,
     unless clear words come before: "(corresponding to the SMTP return
     code '550'), unless"; but "got code \"530\"", "responseCode": "452".  */
  if (before <= VETO / 2 || (weak && after < 2) || (q > p + 3 && after <= 1 && before <= ENOUGH)
      || (q > p + 3 && quoted_term_follows (s, n, q)))
    return false;
  return after + before >= (known ? ENOUGH : 2 * ENOUGH) && !foreign_protocol (s, n, p)
    && !web_status_logged (s, n, lo, p);
}

/* What prose calls a code it names: "a `550 5.1.1` code".  */
static const char code_names[][WORD_MAX] = { "code", "codes", "" };

/* Small words of other languages that go on after a code pair that a
   title or a sentence names: "felkod 550 5.1.1 till 5.1.20 i Office
   365", "kódem chyby 550 5.7.1 v Office 365", "kodami błędów 550 od
   5.1.1 do 5.1.20 w raportach", "codice errore 550 5.1.0 o 5.1.0 in un
   report", "κωδικό σφάλματος 550 5.7.1 στο Office 365", "mã trạng thái
   550 5.7.12 hoặc 5.7.12 trong", "550 5.1.10 hibakód esetében".  No
   server writes these after its codes.  */
static const char foreign_prose_after_pair[][WORD_MAX] = {
  "i", "v", "w", "o", "u", "til", "till", "do", "od", "ja", "och", "og", "putem",
  "ho\xE1\xBA\xB7" "c",                      /* hoặc, Vietnamese: or */
  "\xCF\x83\xCF\x84\xCE\xBF",                 /* στο, Greek: in the */
  "\xCE\xAD\xCF\x89\xCF\x82",                 /* έως, Greek: up to */
  "\xCE\xAE",                             /* ή, Greek: or */
  "\xD0\xB2",                             /* в, Russian, Bulgarian: in */
  "\xD0\xB4\xD0\xBE",                         /* до, up to */
  "\xE0\xB9\x83\xE0\xB8\x99",                 /* ใน, Thai: in */
  "\xD7\x91-",                            /* ב-, Hebrew: in */
  "hibak\xC3\xB3" "d",                    /* hibakód, Hungarian: error code */
  "\xC3\xA9",                             /* é, Portuguese: is */
  ""
};

/* Whether one of foreign_prose_after_pair stands at W of S (N bytes) as
   a word of its own, in lower case as prose writes it: not the first
   letters of a longer one ("в" of "вам"), nor a server's "I" ("550
   5.7.1 I am not accepting mail").  */
static bool
foreign_prose_at (const char *s, size_t n, size_t w)
{
  /* Each starts with a small letter or a byte of another script; most
     replies' words start with a capital.  */
  if ((unsigned char) s[w] < 0x80 && !(s[w] >= 'a' && s[w] <= 'z'))
    return false;
  for (int k = 0; foreign_prose_after_pair[k][0]; k++)
    {
      /* The first byte first: this runs for most replies of a log.  */
      if (s[w] != foreign_prose_after_pair[k][0])
        continue;
      size_t len = strlen (foreign_prose_after_pair[k]);
      if (len <= n - w && same_bytes (s + w, foreign_prose_after_pair[k], len, false)
          && (len == n - w || (!word_char (s[w + len]) && (unsigned char) s[w + len] < 0x80)))
        return true;
    }
  return false;
}

/* Whether prose in a script other than Latin goes on after the code
   that ends at Q of S (N bytes): "ошибка 500 в консоли" (error 500 in
   the console).  */
static bool
script_prose_after (const char *s, size_t n, size_t q)
{
  size_t w = q;
  while (w < n && s[w] == ' ')
    w++;
  return w > q && w < n && (unsigned char) s[w] >= 0x80 && foreign_prose_at (s, n, w);
}

/* Whether prose goes on at W of S (N bytes), in English or in another
   language, after a code pair: a word that prose uses there, in lower
   case as prose writes it.  */
static bool
prose_goes_on_at (const char *s, size_t n, size_t w)
{
  return w < n && (foreign_prose_at (s, n, w)
                   || (s[w] >= 'a' && s[w] <= 'z' && starts_word (s + w, n - w, prose_words) >= 0));
}

/* Whether "code" is one of the four words from W of S (N bytes), in
   lower case.  */
static bool
code_named_soon (const char *s, size_t n, size_t w)
{
  for (int word = 0; word < 4; word++)
    {
      while (w < n && s[w] == ' ')
        w++;
      if (w == n || s[w] < 'a' || s[w] > 'z')
        return false;
      if (starts_word (s + w, n - w, code_names) >= 0)
        return true;
      while (w < n && is_alpha (s[w]))
        w++;
    }
  return false;
}

/* Whether the words at W of S (N bytes) say what kind of code the one
   before them is: "a 550 5.7.1 bounce code with a bracketed tag".  */
static bool
kind_of_code (const char *s, size_t n, size_t w)
{
  static const char kinds[][WORD_MAX] = { "bounce", "error", "rejection", "smtp", "failure", "" };
  int kind = starts_word (s + w, n - w, kinds);
  if (kind < 0)
    return false;
  size_t v = w + strlen (kinds[kind]);
  while (v < n && s[v] == ' ')
    v++;
  return starts_word (s + v, n - v, code_names) >= 0;
}

/* Whether the parenthesis at W of S (N bytes), after a code and its
   enhanced code, gives or closes an alternative in prose: "a 450 4.7.1
   (or possibly 550 5.7.1) failure code".  Not inlined: most lines do
   not come here, and pair_named, on every pair's path, stays small.  */
static __attribute__ ((noinline)) bool
alternative_named (const char *s, size_t n, size_t w)
{
  if (s[w] == '(')
    return n - w > 4 && s[w + 1] == 'o' && s[w + 2] == 'r' && s[w + 3] == ' ';
  return n - w > 2 && s[w + 1] == ' ' && kind_of_code (s, n, w + 2);
}

/* Whether a comparison's operator stands before offset Q of S (the
   line from LO), spaces between: "== ", "!= ".  */
static bool
compared_before (const char *s, size_t lo, size_t q)
{
  while (q > lo && s[q - 1] == ' ')
    q--;
  return q - lo >= 2 && s[q - 1] == '=' && (s[q - 2] == '=' || s[q - 2] == '!');
}

/* Whether a code and its enhanced code at P, which end at END, are
   named in prose rather than quoted: prose after them ("what does 550
   5.7.1 mean?", "550 5.1.1 is no longer considered temporary"), or
   nothing after them and nothing before that introduces a reply
   ("handle 554 5.1.1.").  Inlined: every pair of a log comes here, and
   GCC no longer inlines it by itself (about 2% of explain --summary's
   processor time on tests/bench.sh's log).  */
static inline __attribute__ ((always_inline)) bool
pair_named (const char *s, size_t n, size_t lo, size_t p, size_t end)
{
  /* A comparison names them: "Unlike 552 5.2.2 (permanent rejection),
     the 452 code ...".  */
  size_t k = p;
  while (k > lo && s[k - 1] == ' ')
    k--;
  size_t word_end = k;
  while (k > lo && word_char (s[k - 1]))
    k--;
  if (word_is (s + k, word_end - k, "unlike") || demonstrative_before (s, lo, p))
    return true;
  size_t w = end;
  while (w < n && is_space (s[w]))
    w++;
  /* A pair quoted alone and called a code: "receives a `550 5.1.1`
     code as a reply"; but "closed with a `421 4.3.2` response" names
     the reply that a server sends.  */
  if (w < n && p > lo && s[p - 1] == s[w] && (s[w] == '`' || s[w] == '"' || s[w] == '\''))
    {
      /* Or compared with what came: recv[:9] == "503 5.5.1".  */
      if (compared_before (s, lo, p - 1))
        return true;
      size_t v = w + 1;
      while (v < n && is_space (s[v]))
        v++;
      if (starts_word (s + v, n - v, code_names) >= 0)
        return true;
      /* Or in apposition: 'Add "550; 5.7.515", the new error code'; or a
         clause says what it is: "I have looked up `550 5.7.1`, it is
         indicating that ...".  */
      static const char pronouns[][WORD_MAX] = { "it", "this", "which", "" };
      if (v < n && s[v] == ',' && (code_named_soon (s, n, v + 1)
                                   || (n - v > 2 && s[v + 1] == ' '
                                       && starts_word (s + v + 2, n - v - 2, pronouns) >= 0)))
        return true;
      /* Or prose goes on after the quote: 'Åtgärda NDR-felet "550
         5.1.0" i Exchange Online'.  */
      if (prose_goes_on_at (s, n, v) && before_score (s, n, lo, p, false) < CLEAR)
        return true;
    }
  /* Servers' words mostly start with a capital: most lines of a log
     stop at this test.  */
  if (w < n && s[w] >= 'a' && s[w] <= 'z'
      && (starts_word (s + w, n - w, prose_after) >= 0 || kind_of_code (s, n, w)))
    return true;
  if (w < n && (s[w] == '(' || s[w] == ')') && alternative_named (s, n, w))
    return true;
  if (prose_goes_on_at (s, n, w) && before_score (s, n, lo, p, false) < CLEAR)
    return true;
  if (w >= n)
    return before_score (s, n, lo, p, false) <= 0;
  if ((unsigned char) s[w] >= 0x80 && cjk_prose_after (s, n, w))
    return true;
  /* A comma, then prose goes on: "error code 550 5.7.1, typically
     indicate ...".  */
  if (s[w] == ',' && w == end && w + 2 < n && s[w + 1] == ' ' && s[w + 2] >= 'a' && s[w + 2] <= 'z'
      && before_score (s, n, lo, p, false) < CLEAR)
    return true;
  char c = (char) (s[w] | 0x20);
  if (s[w] == '?' || (c == 'e' && error_in_prose (s, n, w)) || (c == 's' && smtp_noun (s, n, w)))
    return true;
  return no_words_after (s, n, w) && before_score (s, n, lo, p, false) <= 0;
}

/* Whether the code at P of S (the line from LO) follows the flag of a
   callback's return, as Net::Server::Mail's and AnyEvent::SMTP's hooks
   return their answer: "return(0, 552, ...", "return 0, 513, ...".  */
static bool
returned_after_flag (const char *s, size_t lo, size_t p)
{
  if (p - lo < 10 || s[p - 1] != ' ' || s[p - 2] != ',' || (s[p - 3] != '0' && s[p - 3] != '1'))
    return false;
  size_t k = p - 4;
  if (s[k] != '(' && s[k] != ' ')
    return false;
  if (s[k] == '(' && s[k - 1] == ' ')
    k--;                        /* "return (0, 552, ..." */
  return k - lo >= 6 && same_bytes (s + k - 6, "return", 6, false)
    && (k - 6 == lo || !word_char (s[k - 7]));
}

/* Whether the code at P of S (N bytes, the line from LO), a call's
   argument before the server's words, is one a server sends: the call
   names SMTP or a reply (mailutils' smtp_reply (str, 501, "%s requires
   ..."), smtp_io_send (iob, 221, "Bye")), or a string names the result
   before it, as pyspf's tuples do: ('fail', 550, 'SPF fail - not
   authorized'), or a callback returns it after its flag, as
   Net::Server::Mail's do: return(0, 552, "$rcpt Recipient address
   rejected").  A name of an enhanced code (go-smtp's NoEnhancedCode)
   may stand between code and words; the words may start with a
   printf's or a variable's mark.  */
static bool
reply_call_argument (const char *s, size_t n, size_t lo, size_t p)
{
  if (n - p < 8 || s[p + 3] != ',' || s[p + 4] != ' ' || p - lo < 2)
    return false;
  size_t words = p + 5;
  if (enhanced_code_name (s, n, words))
    return true;
  words += added_name (s, n, words);
  words += braced_string (s, words);
  /* A template literal too: respond(235, `Successfully authenticated ...`).  */
  if ((s[words] != '"' && s[words] != '\'' && s[words] != '`')
      || !(is_alpha (s[words + 1]) || s[words + 1] == '%' || variable_then_words (s, n, words + 1)
           || (words > p + 5 && s[words + 1] == ' ')))
    return false;
  if (returned_after_flag (s, lo, p))
    return true;
  if (s[p - 1] == '(' || (s[p - 1] == ' ' && s[p - 2] == ','))
    {
      size_t name, len = enclosing_call (s, lo, p, &name);
      /* Not a stack trace's handleReply(Resource id #9, 235, 'Error: ...'),
         whose code is the one it expected.  */
      /* KumoMTA's kumo.reject(550, 'We do not send spam') too.  */
      if (len >= 4 && (find_ci (s + name, len, "smtp") < len || same_bytes (s + name, "reply", 5, true)
                       || same_bytes (s + name, "respond", 7, true) || same_bytes (s + name, "send", 4, true)
                       || (len == 6 && same_bytes (s + name, "reject", 6, false))))
        return true;
    }
  /* A tuple of strings around the code: the result's name first.  */
  return p - lo >= 4 && s[p - 2] == ',' && s[p - 1] == ' ' && (s[p - 3] == '\'' || s[p - 3] == '"')
    && s[p - 4] >= 'a' && s[p - 4] <= 'z' && s[words + 1] >= 'A' && s[words + 1] <= 'Z';
}

/* Whether the code at P of S (the line from LO) is the first argument
   of a web framework's call that answers a request: Elixir's Plug
   send_resp(500, "Error!!").  */
static bool
web_response_call (const char *s, size_t lo, size_t p)
{
  return p - lo >= 10 && s[p - 1] == '(' && s[p - 2] == 'p' && same_bytes (s + p - 10, "send_resp", 9, false)
    && (p - lo == 10 || !word_char (s[p - 11]));
}

/* Whether the code at P of S (N bytes, the line from LO), CODE, opens
   a Python tuple that can be smtplib's: "(550, b'5.1.1 ...'", its '('
   perhaps cut off ("554, b'5.0.0 ..."), or typed with full-width
   punctuation ("（553，b'5.1.3 ..."), or a Lisp call's first argument
   (lisp_call); a code the database knows, on a
   line that names no other protocol (not "raise HTTPError(404, 'no such
   log')").  */
static bool
tuple_is_smtp (const char *s, size_t n, size_t lo, size_t p, const struct smtp_code *code)
{
  bool ascii = p + 3 < n && s[p + 3] == ',', lines = !ascii && code_and_lines (s, n, lo, p);
  bool lisp = !ascii && n - p >= 6 && s[p + 3] == ' ' && s[p + 4] == '"' && lisp_call (s, lo, p)
    && !foreign_words (s, n, lo, p + 5, true, code->basic, true);
  if (!lines && !ascii && !lisp && !full_width_comma (s, n, p + 3))
    return false;
  /* Or a call's later argument, the server's words quoted after it:
     Ruby's super msg, 552, 'Requested mail action aborted: ...', or a
     logged tuple's (0, True, 250, 'Ok: queued as ').  */
  size_t open = p + 5 + (n - p > 7 && braced_string (s, p + 5)), word = open + 1;
  while (word < n && is_alpha (s[word]))
    word++;
  /* Postfix's "Ok:"; a word like "Error:" may be a client's message.  */
  size_t next = word + (word == open + 3 && s[open + 1] == 'O' && s[open + 2] == 'k' && word + 2 < n
                        && s[word] == ':' && s[word + 1] == ' ');
  bool argument = (ascii && reply_call_argument (s, n, lo, p))
    || (ascii && p - lo >= 2 && s[p - 2] == ',' && s[p - 1] == ' ' && next + 1 < n
    && s[p + 4] == ' ' && (s[open] == '\'' || s[open] == '"') && capitalized_reply_word (s, n, open + 1)
    && s[next] == ' ' && is_alpha (s[next + 1]));
  /* A space may pad the bracket: AmiSMTPd's SEND( 550, "Relay not allowed.").  */
  bool opened = lines || lisp || argument || (p > lo && s[p - 1] == '(')
    || (p - lo >= 2 && s[p - 1] == ' ' && s[p - 2] == '(') || full_width_bracket_before (s, lo, p)
    || (ascii && string_prefix (s, n, p + 5));
  /* Nor a web server's words: HrResponseHeader(501, "Not Implemented"),
     Twisted's Error(501, b"not implemented").  */
  size_t quote_at = p + 5 + (ascii && n - p > 8 && string_prefix (s, n, p + 5));
  bool foreign_quoted = ascii && n - quote_at > 2 && s[p + 4] == ' '
    && (s[quote_at] == '"' || s[quote_at] == '\'')
    && foreign_words (s, n, lo, quote_at + 1, true, code->basic, true);
  return opened && !foreign_quoted && codedb_find (code_basic_key (code)) != NULL
    && !foreign_protocol (s, n, p);
}

/* Whether the code at P of S (N bytes) starts a range of codes, "a 5yz
   code {500-599}", "250 - 251 {": a continuation's dash is followed by
   the same code, or by its words ("550-550 5.1.10", Exim quoting a
   callout's reply).  */
static bool
code_range (const char *s, size_t n, size_t p)
{
  size_t d = range_dash (s, n, p + 3), q = p + 3 + d;
  return d != 0 && n - q >= 3 && is_digit (s[q]) && is_digit (s[q + 1]) && is_digit (s[q + 2])
    && (n - q == 3 || !is_digit (s[q + 3])) && three_digits (s + q) > three_digits (s + p);
}

/* Whether a dash and four digits or more follow the code at P of S (N
   bytes), or three, a dash and four: a telephone number ("(206)
   454-2030", "503-203-1539 (voice)"), not a continuation.  */
static bool
number_after_dash (const char *s, size_t n, size_t p)
{
  if (n - p < 8 || s[p + 3] != '-')
    return false;
  size_t i = p + 4;
  while (i < n && is_digit (s[i]))
    i++;
  if (i - (p + 4) == 3 && i < n && s[i] == '-')
    return number_after_dash (s, n, i - 3);
  return i - (p + 4) >= 4;
}

/* Whether a byte beside the code at P of S (N bytes, the line from LO)
   may start one of the shapes that code_pattern, elided_after,
   codes_listed and empty_words_after look for: most replies of a log
   have none.  */
static inline bool
rare_neighbour (const char *s, size_t n, size_t lo, size_t p)
{
  char before = p > lo ? s[p - 1] : ' ';
  return before == '|' || before == '('
    || (n - p >= 7 && (s[p + 3] == '|' || s[p + 3] == ',' || s[p + 6] == '.'));
}

/* Whether an empty string follows the code at P of S (N bytes) as its
   words: Elixir's {500, ""}, a test's stub of an HTTP answer.  */
static bool
empty_words_after (const char *s, size_t n, size_t p)
{
  return n - p >= 7 && s[p + 3] == ',' && s[p + 4] == ' ' && (s[p + 5] == '"' || s[p + 5] == '\'')
    && s[p + 6] == s[p + 5];
}

/* Whether the code at P of S (N bytes, the line from LO) is in a list
   of codes, as Scheme's case of a reply has them: "((250 251) ; OK",
   "((354)))".  */
static bool
codes_listed (const char *s, size_t n, size_t lo, size_t p)
{
  if (p == lo || s[p - 1] != '(' || n - p < 4)
    return false;
  if (s[p + 3] == ')' && p - lo >= 2 && s[p - 2] == '(')
    return true;
  /* A reply's words seldom close a bracket at the eighth byte.  */
  return n - p >= 8 && s[p + 7] == ')' && s[p + 3] == ' ' && code_digits (s + p + 4);
}

/* Whether the fields after the code at P of S (N bytes) are elided,
   as an example of a struct shows them: Go's &smtp.SMTPError{Code:
   550, ...}.  */
static bool
elided_after (const char *s, size_t n, size_t p)
{
  size_t i = p + 3;
  if (i >= n || s[i] != ',')
    return false;
  for (i++; i < n && s[i] == ' ';)
    i++;
  if (n - i >= 3 && (memcmp (s + i, "...", 3) == 0 || memcmp (s + i, "\xE2\x80\xA6", 3) == 0))
    for (i += 3; i < n && s[i] == ' ';)
      i++;
  else
    return false;
  /* (A doctest elides a reply's words so: "(250, ...)".)  */
  return i < n && s[i] == '}';
}

/* Whether the code at P of S (N bytes, the line from LO) is quoted
   with an ellipsis for its words, the shape of a reply that prose
   names: "a two-line '535-...' / '535 ...' rejection"; but Python's
   doctest elides the bytes it received so, b'250 ...'.  */
static bool
placeholder_quoted (const char *s, size_t n, size_t lo, size_t p)
{
  char quote = p > lo ? s[p - 1] : 0;
  if ((quote != '\'' && quote != '"' && quote != '`') || n - p < 8 || (s[p + 3] != ' ' && s[p + 3] != '-')
      || (p - lo >= 2 && is_alnum (s[p - 2])))
    return false;
  return (memcmp (s + p + 4, "...", 3) == 0 || memcmp (s + p + 4, "\xE2\x80\xA6", 3) == 0)
    && s[p + 7] == quote;
}

/* Whether the code at P of S (the line from LO) is one of a pattern's
   alternatives, or stands before a pattern of enhanced codes: a
   bounce classifier's "550 |553 |501 ", KumoMTA's "^(451|550) ",
   postfix-logwatch's "421 4.. 5.. Warn".  */
static bool
code_pattern (const char *s, size_t n, size_t lo, size_t p)
{
  size_t k = p;
  if (k > lo && s[k - 1] == '|')
    {
      k--;
      if (k > lo && s[k - 1] == ' ')
        k--;
      if (k - lo >= 3 && code_digits (s + k - 3) && (k - lo == 3 || !is_alnum (s[k - 4])))
        return true;
    }
  /* Or the first: "^(451|550) [45]\\.1\\.[1234] ", "(?:451|50[023]|554)".
     The rarest byte is tested first: this runs for most replies of a
     log.  */
  return n - p >= 7 && ((s[p + 3] == '|' && (code_digits (s + p + 4)
                                             || (is_digit (s[p + 4]) && is_digit (s[p + 5]) && s[p + 6] == '[')))
                        || (s[p + 6] == '.' && s[p + 5] == '.' && s[p + 3] == ' ' && is_digit (s[p + 4])));
}

/* Whether the code at P of S (N bytes) is followed by a family of
   enhanced codes rather than one: "status code 550 5.7.7xx in a
   non-delivery report".  Prose names families; a server gives the one
   code it means.  (Not a range: Microsoft's servers do write "550
   5.7.606-649 Access denied, banned sending IP".)  */
static bool
enhanced_family_after (const char *s, size_t n, size_t p)
{
  size_t i = p + 3;
  if (n - i < 6 || s[i] != ' ' || !is_digit (s[i + 1]) || s[i + 2] != '.')
    return false;
  i += 3;
  /* A family has an 'x' in its parts (at most nine bytes), before any
     byte but a digit or '.'; most enhanced codes have none.  */
  size_t x = i;
  while (x < n && x - i < 9 && (is_digit (s[x]) || s[x] == '.'))
    x++;
  if (x == n || x - i == 9 || (s[x] | 0x20) != 'x')
    return false;
  bool placeholder = false;
  for (int part = 0; part < 2; part++)
    {
      size_t start = i;
      while (i < n && i - start < 4 && (is_digit (s[i]) || s[i] == 'x' || s[i] == 'X'))
        placeholder |= !is_digit (s[i++]);
      if (i == start || (part == 0 && (i >= n || s[i++] != '.')))
        return false;
    }
  return placeholder && (i >= n || !word_char (s[i]));
}

/* Whether the quote that opens at OPEN of S (N bytes), after a code,
   closes before more of the server's sentence: the quote is then the
   server's own (DirectMail's "436 \"MAIL FROM\" doesn't conform with
   authentication"), not one around its words.  */
static bool
sentence_after_quote (const char *s, size_t n, size_t open)
{
  size_t i = open + 1;
  while (i < n && s[i] != s[open])
    i++;
  int words = 0;
  for (i++; i < n; words++)
    {
      while (i < n && s[i] == ' ')
        i++;
      if (i >= n || !is_alpha (s[i]))
        break;
      while (i < n && (word_char (s[i]) || s[i] == '\''))
        i++;
    }
  return words >= 3;
}

/* Whether a comparison's "<=" or ">=" opens at I of S (N bytes): after
   a code, the code is a bound ("500 <= P < 990").  */
static bool
bound_compared_at (const char *s, size_t n, size_t i)
{
  return i + 1 < n && (s[i] == '<' || s[i] == '>') && s[i + 1] == '=';
}

/* Whether the code at P of S (the line from LO) counts things after
   another count, as a test run's summary writes them: "3 failed, 250
   passed in 2.31s", "271847 tests passed. 251 failed (0.09%)".  */
static bool
count_after_count (const char *s, size_t n, size_t lo, size_t p)
{
  if (p - lo < 6 || s[p - 1] != ' ' || (s[p - 2] != ',' && s[p - 2] != '.')
      || n - p < 5 || s[p + 3] != ' ' || s[p + 4] < 'a' || s[p + 4] > 'z')
    return false;
  size_t k = p - 2;
  for (int words = 0; words < 2; words++)
    {
      size_t end = k;
      while (k > lo && s[k - 1] >= 'a' && s[k - 1] <= 'z')
        k--;
      if (k == end || k - lo < 2 || s[k - 1] != ' ')
        return false;
      if (is_digit (s[k - 2]))
        return k - lo == 2 || !is_alpha (s[k - 3]);
      k--;
    }
  return false;
}

/* Whether the code at P of S (the line from LO) multiplies what stands
   before it, a string or a number: b'x' * 500, "("*500, (90 * 256); not
   a prompt's star ("REPLY * 501 AUTH exchange cancelled").  */
static bool
multiplied (const char *s, size_t lo, size_t p)
{
  size_t k = p;
  if (k - lo >= 4 && s[k - 1] == ' ' && s[k - 2] == '*' && s[k - 3] == ' ')
    k -= 3;
  else if (k - lo >= 2 && s[k - 1] == '*')
    k -= 1;
  else
    return false;
  /* A quote that closes a string, not one that opens Markdown's
     emphasis: says "*550 No such mailbox found*".  */
  char c = s[k - 1];
  if (c == '\'' || c == '"')
    return k - lo >= 2 && !is_space (s[k - 2]);
  return is_digit (c) || c == ')' || c == ']';
}

/* Whether the number at P of S (N bytes) is the line of an IPython
   traceback's arrow, "--> 220                 self.connect()": the
   arrow opens the line, and spaces align the source after the number,
   where a reply has one space before its words.  */
static bool
traceback_line (const char *s, size_t n, size_t lo, size_t p)
{
  if (p - lo < 4 || n - p < 6 || s[p - 1] != ' ' || s[p - 2] != '>' || s[p - 3] != '-'
      || s[p - 4] != '-' || s[p + 3] != ' ' || s[p + 4] != ' ')
    return false;
  size_t i = p - 4;
  while (i > lo && s[i - 1] == '-')
    i--;
  while (i > lo && s[i - 1] == ' ')
    i--;
  return i == lo;
}

/* Whether a whole number stands at I of S (N bytes), not a version's or
   an enhanced code's first part.  */
static bool
whole_number_at (const char *s, size_t n, size_t i)
{
  size_t start = i;
  while (i < n && is_digit (s[i]))
    i++;
  return i > start && (i == n || (s[i] != '.' && !is_alnum (s[i])));
}

/* Whether a field with a count stands at I of S (N bytes): an
   identifier, ':' and a whole number ("messageTime: 1386,", "limit:
   1000)"), not a reply nor a code ("response: 5.7.1 ...", "Fehlernummer:
   0x800CCC79").  */
static bool
number_field_at (const char *s, size_t n, size_t i)
{
  size_t v = is_alpha (s[i]) ? field_value_at (s, n, i) : 0;
  if (v == 0 || s[v - 1] != ':' || n - v < 2 || s[v] != ' ' || !is_digit (s[v + 1]))
    return false;
  for (v++; v < n && is_digit (s[v]);)
    v++;
  return v == n || s[v] == ',' || s[v] == ')' || s[v] == '}';
}

/* Whether what follows the code at P of S (N bytes, the line from LO;
   N - P > 6) makes it no reply: its enhanced code's dots escaped or a
   group in it, as a regular expression has (logcheck's "451
   4\\.(7\\.1 Service unavailable|3\\.2 AV system ...)", read without
   markdown's escapes as "451 4.(7.1 ..."); arithmetic ("str_repeat('%',
   250 - 7 - strlen($chars))", but not "550 - 5.1.1 User unknown"); an
   enum's value indexed by itself in compiled TypeScript ('X[X["NAME"] =
   220] = "NAME"'); a record's value before its next field that holds a
   count ("envelopeTime:" over "252, messageTime: 1386, ..."); a Markdown
   anchor ("(#451-zona-de-resolución-directa)").  Tested by the byte
   after the code: each costs a comparison or two in a log.  */
static bool
shaped_after (const char *s, size_t n, size_t lo, size_t p)
{
  switch (s[p + 3])
    {
    case ' ':
      if (s[p + 6] == '(' || s[p + 6] == '.')
        return is_digit (s[p + 4]) && (s[p + 6] == '(' ? s[p + 5] == '.' : s[p + 5] == '\\');
      return s[p + 5] == ' ' && (s[p + 4] == '-' || s[p + 4] == '+' || s[p + 4] == '*' || s[p + 4] == '/')
        && whole_number_at (s, n, p + 6);
    case ']':
      return s[p + 4] == ' ' && s[p + 5] == '=';
    case ',':
      return s[p + 4] == ' ' && number_field_at (s, n, p + 5);
    case '-':
      return p - lo >= 2 && s[p - 1] == '#' && s[p - 2] == '(';
    default:
      return false;
    }
}

/* Whether the three-digit code at P of S (N bytes, the line from LO)
   is none by its shape alone: a class of codes, a web framework's
   answer, a quoted code that source names, a range, a family, a
   pattern, a list, a traceback's line.  */
static bool
basic_ruled_out (const char *s, size_t n, size_t lo, size_t p)
{
  bool dash = p + 3 < n && s[p + 3] == '-';
  /* "(500-range reply code)" names a class of codes.  */
  bool quoted = p > lo && (s[p - 1] == '"' || s[p - 1] == '\'');
  /* A pattern's wildcard glued on: "reject: .*: 554.* blocked using".  */
  bool wildcard = n - p > 4 && s[p + 3] == '.' && (s[p + 4] == '*' || s[p + 4] == '+');
  /* A number alone in a markup element, <td>251</td>, or in angle
     brackets, "<211>"; the status in Python requests' <Response [503]>,
     which is HTTP's.  (An array's index, [211] = "<211>": shaped_after,
     and array_index with spaces in the brackets.)  */
  bool element = p > lo && ((s[p - 1] == '>' && n - p >= 5 && s[p + 3] == '<' && s[p + 4] == '/')
                            || (s[p - 1] == '<' && n - p >= 4 && s[p + 3] == '>')
                            || (s[p - 1] == '[' && n - p >= 5 && s[p + 3] == ']' && s[p + 4] == '>'));
  /* Debian's reportbug lists the pin priorities of the archives in
     every report: "APT policy: (500, 'unstable')".  */
  bool apt = p - lo >= 13 && s[p - 1] == '(' && s[p - 13] == 'A' && s[p - 3] == ':'
    && memcmp (s + p - 13, "APT policy:", 11) == 0;
  bool bound = n - p > 4 && s[p + 3] == ' ' && bound_compared_at (s, n, p + 4);
  /* A compound's unit: "521-bit curve", "450-char chunks".  */
  bool unit = dash && n - p > 4 && s[p + 4] >= 'a' && s[p + 4] <= 'z' && unit_at (s + p + 4, n - p - 4);
  return wildcard || element || apt || (n - p > 6 && shaped_after (s, n, lo, p)) || bound || unit
    || traceback_line (s, n, lo, p)
    || (quoted && placeholder_quoted (s, n, lo, p))
    || code_range (s, n, p) || web_response_call (s, lo, p)
    || count_after_count (s, n, lo, p) || multiplied (s, lo, p)
    || (quoted && source_names_quoted (s, n, lo, p))
    || (dash && (number_after_dash (s, n, p) || (n - p >= 9 && same_bytes (s + p + 4, "range", 5, true))))
    || enhanced_family_after (s, n, p)
    || (rare_neighbour (s, n, lo, p)
        && (code_pattern (s, n, lo, p) || elided_after (s, n, p) || codes_listed (s, n, lo, p)
            || empty_words_after (s, n, p)));
}

/* Gives CODE, the code at P of S (the line from LO), the enhanced code
   of the row's field before it, if any: PowerMTA's accounting files
   write "failed,5.1.1,550 no user".  */
static void
enhanced_field_of_row (const char *s, size_t lo, size_t p, struct smtp_code *code)
{
  size_t len = p - lo >= 2 && s[p - 1] == ',' ? enhanced_field_before (s, lo, p - 1, s[p]) : 0;
  if (len != 0)
    reply_enhanced (s + p - 1 - len, len, code);
}

/* Sets *R to the reply CODE at P of S (N bytes, the line from LO),
   whose codes end at END: where its words start, past what joins them
   to the codes, and the quote that closes them, if any (QUOTE: the
   one that opened the code).  */
static void
reply_words_after (const char *s, size_t n, size_t lo, size_t p, size_t end, char quote,
                   const struct smtp_code *code, struct quoted_reply *r)
{
  /* Nor is the ':' or ',' glued to the code ("550: User unknown",
     "550,Mailbox not found"), nor the bracket that closes around it
     ("[500] Syntax error").  */
  while (end < n && (is_space (s[end])
                     || ((s[end] == '-' || s[end] == ':' || s[end] == ',') && end == p + 3)
                     || (s[end] == ']' && end == p + 3 && p > lo && s[p - 1] == '[')))
    end++;
  if (nbsp_at (s, n, end))
    end += 2;
  if (end == p + 4 && code_repeated (s, n, p))
    end += 4;
  /* Words quoted after the code: 550 "Requested action not taken"; or in
     a table's next cell.  A code and its enhanced code quoted apart have
     closed their quotes: the words have their own
     (setreply('550','5.7.1','Sheesh ...')).  */
  if (quote && s[p + 3] == quote && end > p + 4)
    quote = 0;
  /* Or in the next argument after C's cast: smfi_setreply (ctx, (char *)
     "550", (char *) "5.1.1", (char *) "No such user").  */
  if (!quote && end > p + 4 && s[end - 1] == ' ' && s[end - 2] == ',')
    end += string_cast (s, n, end);
  if (!quote && end < n && (s[end] == '"' || s[end] == '\'') && !sentence_after_quote (s, n, end))
    quote = s[end++];
  else if (end < n && s[end] == '|')
    for (end++; end < n && is_space (s[end]);)
      end++;
  *r = (struct quoted_reply) { *code, end, quote, 0, 0, false, false };
  words_bounds (s, n, lo, p, r);
  /* A reply in parentheses ends with them (emit_reply finds where).  */
  r->parenthesized = !quote && r->before_end == 0 && p > lo && s[p - 1] == '(';
}

/* Whether the code at P of S (N bytes, the line from LO), whose
   enhanced code ends at END, is an example in prose without a reply's
   words: "错误代码如 550 5.1.1 ,由两大部份组成", "codes such as 550 5.1.1,
   ..."; not "such as 558 5.7.1 Message content rejected ...".  */
static bool
example_without_words (const char *s, size_t n, size_t lo, size_t p, size_t end)
{
  if (!example_before (s, lo, p))
    return false;
  while (end < n && s[end] == ' ')
    end++;
  return end == n || s[end] == ',' || s[end] == '.' || (unsigned char) s[end] >= 0x80
    || (s[end] >= 'a' && s[end] <= 'z');
}

/* A three-digit code at P (its digits checked by the search).  */
static bool
decide_basic (const char *s, size_t n, size_t lo, size_t p, struct quoted_reply *r)
{
  struct smtp_code code = { .enhanced_class = -1 };
  code.basic = three_digits (s + p);
  if (basic_ruled_out (s, n, lo, p))
    return false;
  if (tuple_is_smtp (s, n, lo, p, &code))
    {
      if (try_tuple (s, n, lo, p, r))
        return true;
      /* A number and a string that reads like no reply: a row, (534,
         '!room').  */
      if (n - p > 5 && (s[p + 5] == '\'' || s[p + 5] == '"'))
        return false;
    }
  char quote = opening_quote (s, lo, p);
  if (!quote && reply_pattern_at (s, n, lo, p))
    quote = '/';
  /* A code in brackets pairs with the enhanced code after them too:
     "[451] 4.3.0 Error: queue file write error".  */
  size_t codes_end = p + 3 + (p > lo && n - p > 4 && s[p - 1] == '[' && s[p + 3] == ']');
  size_t end = enhanced_after (s, n, codes_end, &code, true, &quote);
  bool glued, words_in_variable = false;
  if (end)
    {
      /* With its enhanced code, only what is glued on rules it out, or
         prose after it ("what does 550 5.7.1 mean?"); the words before are
         not weighed: this is the common case in logs.  */
      if (p > lo && (glued_before (s, n, lo, p, &glued) <= VETO / 2
                     || example_without_words (s, n, lo, p, end)))
        return false;
      /* But a milter sets the reply whose words it keeps in a variable:
         smfi_setreply(ctx, "550", "5.7.1", buf).  */
      if (pair_named (s, n, lo, p, end))
        {
          if (!milter_reply_code (s, n, lo, p))
            return false;
          words_in_variable = true;
        }
    }
  else if (!code_alone (s, n, lo, p, &code))
    return false;
  else
    {
      /* Servers do pair codes of two classes: "451 5.7.3" (shown with a
         warning).  */
      end = enhanced_after (s, n, codes_end, &code, false, &quote);
      if (end == 0)
        {
          end = p + 3;
          enhanced_field_of_row (s, lo, p, &code);
        }
    }
  if (end > p + 3 && end < n && s[end] == ',')
    end++;                      /* 421, "4.7.0", Our system ... */
  if (end == p + 3 && n - end >= 2 && s[end] == '*' && s[end + 1] == '*')
    end += 2;                   /* Markdown's bold: "452** Insufficient" */
  if (end == p + 3 && end < n && s[end] == '+')
    {
      /* A log's field, its spaces written as '+' (after_score).  */
      size_t field_end = end + 1;
      while (field_end < n && !is_space (s[field_end]))
        field_end++;
      *r = (struct quoted_reply) { code, field_end, 0, end + 1, field_end, true, false };
      return true;
    }
  reply_words_after (s, n, lo, p, end, quote, &code, r);
  if (words_in_variable && r->quote == 0)
    r->words = n;               /* no words to show: a name stands there */
  return true;
}

bool
decide_reply (const char *s, size_t n, size_t from, size_t p, struct quoted_reply *r)
{
  if (s[p + 1] == '.')
    return decide_enhanced (s, n, from, p, r);
  return decide_basic (s, n, from, p, r);
}

/* Whether the line S, whose reply's words start at WORDS, has a code
   that RFC 5321's grammar allows (2 to 5, then 0 to 5) after a prompt
   that only a server's lines have: Sendmail's transcript quotes any
   code so ("<<< 400-aturner; %MAIL-E-OPENOUT ...").  */
static bool
reply_prompted (const char *s, size_t words, const struct smtp_code *code)
{
  size_t i = 0;
  while (i < words && is_space (s[i]))
    i++;
  return code->basic % 100 / 10 <= 5 && words - i >= 7
    && (memcmp (s + i, "<<< ", 4) == 0 || memcmp (s + i, "SMTP<< ", 7) == 0);
}

bool
decide_line_reply (const char *s, size_t n, size_t words, const struct smtp_code *code)
{
  if (code->enhanced_class >= 0)
    return true;
  const struct code_entry *entry = codedb_find (code_basic_key (code));
  if ((!entry && !reply_prompted (s, words, code)) || foreign_names_ftp (s, n, false))
    return false;
  size_t start = 0;
  while (start < words && s[start] == ' ')
    start++;
  if (start < n && is_digit (s[start])
      && (count_column (s, n, 0, start) || number_after_dash (s, n, start)))
    return false;
  /* A code no RFC defines, alone on its line, is more likely an API's
     status than a reply: Postmark's "422" above its message.  */
  if ((entry == NULL || entry->standing == STANDING_NON_STANDARD) && words >= n)
    return false;
  if (words + 1 < n && (s[words] == '-' || s[words] == ':' || s[words] == '|') && s[words + 1] == ' ')
    words += 2;                 /* "502 - Bad Gateway", "530 : Not logged in", "500 | INTERNAL ..." */
  /* A hash's key: Perl's "500 => ", PHP's; HTTP's words in brackets, as
     sqlmap counts statuses: "500 (Internal Server Error) - 2675 times".  */
  if (gmail_id_tail (s, n, words) || bound_compared_at (s, n, words)
      || (n - words >= 2 && s[words] == '=' && s[words + 1] == '>')
      || (n - words >= 2 && s[words] == '(' && foreign_words (s, n, 0, words + 1, true, code->basic, true)))
    return false;
  if (postfix_event_after (s, n, words) || pull_request_subject (s, n))
    return false;
  /* A log's alarm: MDaemon's event codes "500 **** ALERT **** ..."; but
     a greeting masked by a firewall is one.  */
  if (words + 1 < n && s[words] == '*' && s[words + 1] == '*')
    return code->basic == 220 && masked_greeting (s, n, words);
  /* Prose wrapped before its code: "(the line starting with the" over
     "220 code), check that ..."; a process list's row: "  220 root   9
     0     0    0     0 SW   0.0  0.0  0:00 kjournald"; NNTP's article
     number and message id: "221 2 <7g5bhm$8f$2@news.vbrew.com> head".  */
  if ((words < n && s[words] >= 'a' && s[words] <= 'z' && starts_word (s + words, n - words, prose_after) >= 0)
      || numeric_columns (s, n, words) || article_follows (s, n, words) || street_follows (s, n, words)
      || (words < n && (unsigned char) s[words] >= 0x80 && cjk_prose_after (s, n, words)))
    return false;
  return words >= n || !is_alpha (s[words])
    || (!unit_at (s + words, n - words)
        && starts_word (s + words, n - words, prose_words) < 0 && !error_in_prose (s, n, words)
        && !foreign_words (s, n, 0, words, true, code->basic, true));
}
