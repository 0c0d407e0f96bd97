/* SPDX-License-Identifier: GPL-3.0-or-later */
/* explain.c -- the explain scanner's line assembly: it cuts the input
   into lines and puts back together what a line alone does not hold.

   - A server's multiline reply ("550-..." lines, perhaps after a
     transcript prompt such as swaks's "<-") becomes one finding.
   - A DSN field (Diagnostic-Code:) and free text that goes on in folded
     (indented) lines are joined before they are scanned.
   - A transcript's client command ("-> RCPT TO:") names what the reply on
     the next line answered.
   What is left is free text: bytesearch.c finds the places where a code
   may stand, decide.c says whether it is a reply, reply.c reads it.

   Every function works on a pointer and a length, never on C strings, so
   NUL bytes in the input are just bytes.  */

#include <config.h>

#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bytesearch.h"
#include "codedb.h"
#include "codekey.h"
#include "decide.h"
#include "evidence.h"
#include "evidence_before.h"
#include "explain.h"
#include "foreign.h"
#include "iislog.h"
#include "jsonreply.h"
#include "xalloc.h"
#include "reply.h"
#include "scanchar.h"
#include "source_shapes.h"

/* The number that starts a line, after spaces: its value, its width,
   the column where it ends, and how many words follow it (up to 4).  */
struct line_lead
{
  int value;
  size_t width, end, words;
  bool row;                     /* judged a row of a column */
};

struct explain_scanner
{
  explain_callback callback;
  void *data;
  unsigned long count;
  bool codes_only;
  bool mail_text;               /* no FTP session pasted in it */

  /* The client's command on line client_line (0: none) of a transcript:
     the reply on the next line answers it.  Whether that line was
     indented, as a code block quotes a transcript.  */
  char client_command[16];
  unsigned long client_line;
  bool client_indented;
  /* The line of a client's command of another protocol (FTP's "PASS"):
     the reply on the next line is not SMTP's.  */
  unsigned long foreign_line;
  /* The last line without a reply that named FTP ("Error in plugin
     'gulp-ftp'") or was POP3's status, and the last blank line: a code
     alone in the next few lines of the same paragraph is FTP's (or
     POP3's).  */
  unsigned long ftp_line, blank_line;
  /* That line ended with ':', as one that introduces what follows does
     ("the FTP service sends a banner with this prefix:"): blank lines and
     a code fence may stand between.  */
  bool ftp_colon;
  /* A line that is a code alone, held until the next line says whether
     it stands in a list of numbers (see hold_number); the last line of
     such a list.  */
  bool held;
  struct smtp_code held_code;
  unsigned long held_line, list_line;
  /* The last line that held only numbers, a code or not ("448"): a
     code alone after it is one more of a list.  */
  unsigned long number_line;
  /* The line that ended with a code alone ("said: 421" wrapped before
     its "4.7.0 ..."), and the code's class.  */
  unsigned long dangling_line;
  int dangling_class;
  /* The line that was a heading of a glossary, a code alone after a
     word or two ("SMTP 421"), with no reply; its code, and whether it
     named SMTP: the code's RFC text on the next line makes it one.  */
  unsigned long heading_line;
  int heading_basic;
  bool heading_smtp;
  /* The line of a JSON record's "code" whose enhanced code was not on
     it (0: none), and the code: a field a few lines on may give it.  */
  unsigned long json_line;
  /* Its code, held from being reported while the line ended with it:
     the next lines may give its enhanced code (Mailgun's "code": 550,
     over "message": "5.1.1 ...").  */
  bool json_held;
  struct smtp_code json_held_code;
  /* The last line of a numbered outline ("5.7 Optimizing MySQL"; 0:
     none): its next lines' section numbers are no enhanced codes.  */
  unsigned long outline_line;
  /* The number that started the line before, and that line's number
     (lead_line 0: none): the next line's number may stand in a column
     with it (see column_pair).  */
  unsigned long lead_line;
  struct line_lead lead;
  /* A reply that started its line with its code, held (in reply_code,
     reply_line and reply_text) until the next line says whether that
     code stands in such a column ("451 sudo" over "56 gammu").  */
  bool column_held;
  /* The line before ended as a setting's name does ("reject_code =",
     "Default:"): a number alone under it is the setting's value.  */
  unsigned long setting_line;
  int json_basic;

  char *line;                   /* the line being collected */
  size_t line_len;
  bool line_backslash;          /* whether it holds a backslash */
  bool url_decoded;             /* whether scan_text reads a decoded copy */
  unsigned long line_no;        /* its number */

  /* A multiline reply whose last line ("550 ...", after "550-...") has not
     come yet.  */
  bool reply_open;
  struct smtp_code reply_code;
  unsigned long reply_line;
  char *reply_text;
  size_t reply_len;
  /* A reply found in free text whose code opens a multiline reply ("host
     mx [192.0.2.1]: 550-5.1.1 The email account ..."), already reported,
     and the last line of that text (0: none open): the lines after it
     that go on with its code ("550-5.1.1 ...", "550 5.1.1 ...") are part
     of it, not replies of their own.  */
  struct smtp_code opened_code;
  unsigned long opened_line;
  /* What stood before that code on its line, when a log's prefix did
     ("mta: 0xea6710: <<< 554-..."): a line that repeats it, digits
     aside, goes on the reply as an indented one does.  */
  char opened_prefix[80];
  size_t opened_prefix_len;
  /* That reply's finding, held while its later lines come, which give
     it their words (its cause may be in them: "550-5.7.1 Our system
     has detected that this message is" over "550-5.7.1 likely
     unsolicited mail"); DEFER makes emit hold the next finding so.  */
  bool pending, defer;
  struct explain_finding pending_finding;
  char *pending_text;
  /* The last line of the free text being scanned.  */
  unsigned long text_last_line;

  /* A line that may go on in folded (indented) lines: a Diagnostic-Code
     field, or free text such as Postfix's wrapped "said:" in a bounce.  */
  bool header_open, header_diagnostic;
  /* The indent of its first line: folded lines are deeper, or as deep
     after a line that ends with ':', as Exim's "SMTP error from remote
     mail server after RCPT TO:<a@b>:" does before the reply.  */
  size_t header_indent;
  unsigned long header_line;
  /* The last folded line that started with a reply, its code and
     whether it was the reply's last line: a list of replies under a
     line of prose ("I'm getting these errors:" over "    553 ..." and
     "    554 ...") folds only its first.  */
  unsigned long folded_reply_line;
  int folded_reply_basic;
  bool folded_reply_ended;
  char *header;                 /* SEARCH_PAD more bytes follow it */
  size_t header_len;

  /* Scratch space: the words of a reply without the prefixes of its
     folded lines; and a reply's words searched for a reply they quote
     (SEARCH_PAD more bytes follow it).  */
  char *words, *inner;
  /* A line written with markdown's escapes ("550 5\.1\.1"), read
     without them (SEARCH_PAD more bytes follow it).  */
  char *unescaped;
  /* The reply whose words are searched (basic -1: none).  */
  struct smtp_code outer;
};

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

/* The prompts that start the lines of a session transcript: the
   client's (swaks's "->" and "~>", Exim's "SMTP>>", ">>>", "C:" and "C",
   and "In:" in the transcript that Postfix sends its postmaster, ">"
   of telnet sessions pasted by hand), and the server's (swaks's "<-",
   "<~", and "<**" and "<~*" for errors, Exim's "SMTP<<", "<<<", "S:" and
   "S", Postfix's "Out:", "<" by hand, mailsend's "[C]" and "[S]"; and
   "send:" and "recv:", which some bounces' transcripts write ("send:
   RCPT TO:<a@b>" over "recv: 550 User unknown"));
   ">>>" and "<<<" also as a web page escapes them ("&lt;&lt;&lt;
   250-...").  */
#define PROMPT_MAX 16
static const char client_prompts[][PROMPT_MAX] = {
  "->", "~>", "=>", "SMTP>>", ">>>", "&gt;&gt;&gt;", "C:", "C", "In:", ">", "[C]", "send:", ""
};
static const char server_prompts[][PROMPT_MAX] = {
  "<-", "<~", "<=", "<**", "<~*", "SMTP<<", "<<<", "&lt;&lt;&lt;", "S:", "S", "Out:", "<", "[S]",
  "recv:", ""
};

/* Bit C: some prompt of the client's, or of the server's, starts with
   byte C.  Made once from the lists, by explain_new and
   explain_fresh_line, the ways in to prompt_len.  */
static unsigned char client_starts[256 / 8], server_starts[256 / 8];
static pthread_once_t prompt_once = PTHREAD_ONCE_INIT;

static void
index_list (const char (*prompts)[PROMPT_MAX], unsigned char *starts)
{
  for (; (*prompts)[0]; prompts++)
    {
      unsigned char c = (unsigned char) (*prompts)[0];
      starts[c >> 3] |= (unsigned char) (1u << (c & 7));
    }
}

static void
index_prompts (void)
{
  index_list (client_prompts, client_starts);
  index_list (server_prompts, server_starts);
}

/* The length of the prompt of PROMPTS that starts the line S (N bytes),
   spaces around it included, or 0.  */
static size_t
prompt_len (const char *s, size_t n, const char (*prompts)[PROMPT_MAX])
{
  size_t i = 0;
  while (i < n && is_space (s[i]))
    i++;
  /* chasquid's tests name the connection before an arrow: "c1 <~ 534".  */
  size_t tag = n - i < 5 ? 0 : s[i + 1] == ' ' ? 1 : s[i + 2] == ' ' && is_alnum (s[i + 1]) ? 2 : 0;
  if (tag > 0 && is_alnum (s[i]) && n - i - tag >= 4
      && (s[i + tag + 1] == '<' || s[i + tag + 1] == '-') && !is_space (s[i + tag + 2]))
    i += tag + 1;
  /* Most lines start with no prompt's first byte.  */
  const unsigned char *starts = prompts == client_prompts ? client_starts : server_starts;
  unsigned char c = i < n ? (unsigned char) s[i] : 0;
  if (!(starts[c >> 3] & (1u << (c & 7))))
    return 0;
  for (; i < n && (*prompts)[0]; prompts++)
    {
      const char *p = *prompts;
      if (p[0] != s[i])
        continue;
      size_t len = 1;
      while (p[len] && i + len < n && s[i + len] == p[len])
        len++;
      if (p[len] == '\0' && i + len < n && is_space (s[i + len]))
        {
          for (i += len; i < n && is_space (s[i]);)
            i++;
          return i;
        }
    }
  return 0;
}

/* The spaces that start the line S (N bytes).  */
static size_t
indent (const char *s, size_t n)
{
  size_t i = 0;
  while (i < n && is_space (s[i]))
    i++;
  return i;
}

/* A client's command in a session transcript, "RCPT TO:<a@b>", perhaps
   after a prompt or indented in a code block; copies the command to
   COMMAND (SIZE bytes).  */
static bool
client_command (const char *s, size_t n, char *command, size_t size)
{
  size_t prompt = prompt_len (s, n, client_prompts);
  if (prompt == 0)
    prompt = indent (s, n);
  return reply_command_word (s + prompt, n - prompt, command, size);
}

/* Whether the line S (N bytes) is a client's command of FTP, perhaps
   after a prompt ("> PASS ###", "---> STOR /tmp/a"): SMTP has none of
   these words.  */
static bool
foreign_command (const char *s, size_t n)
{
  /* A prompt after the tag and time of Android's log: "I/flutter (
     7546): [09.12.2021 13:02:47.283] > USER ..." (looked for only there:
     this runs on most lines of a log).  */
  const char *prompt = n > 4 && s[1] == '/' ? memchr (s, ']', n - 3) : NULL;
  if (prompt && prompt[1] == ' ' && prompt[2] == '>' && prompt[3] == ' ')
    n -= (size_t) (prompt + 4 - s), s = prompt + 4;
  /* Most lines of a log start otherwise: with a date, say.  */
  else if (n < 3 || (s[0] >= 'A' && s[0] <= 'Z' && s[0] != 'C' && !(s[1] >= 'A' && s[1] <= 'Z'))
           || is_digit (s[0]))
    return false;
  while (n > 0 && (*s == '-' || *s == '>' || *s == '=' || *s == '`' || is_space (*s)))
    s++, n--;
  /* FileZilla's log: "Command: USER Administrator", "命令: USER ...",
     and a tab after its label in any language ("Comando: <tab>PASV").  */
  size_t label = 0;
  while (label < n && is_alpha (s[label]))
    label++;
  if (label > 0 && label + 1 < n && s[label] == ':'
      && (memchr (s + label, '\t', n - label > 4 ? 4 : n - label)
          || (n > 9 && memcmp (s, "Command: ", 9) == 0)))
    {
      for (label++; label < n && is_space (s[label]);)
        label++;
      s += label, n -= label;
    }
  else if (n > 8 && memcmp (s, "命令: ", 8) == 0)
    s += 8, n -= 8;
  if (n < 3 || !(s[0] >= 'A' && s[0] <= 'Z') || !(s[1] >= 'A' && s[1] <= 'Z'))
    return false;
  size_t len = foreign_ftp_command (s, n, false);
  if (len == 4 && memcmp (s, "PORT", 4) == 0)
    {
      /* PORT's argument is an address in numbers; nmap's table heads
         its columns "PORT   STATE SERVICE".  */
      size_t arg = len;
      while (arg < n && s[arg] == ' ')
        arg++;
      if (arg < n && !is_digit (s[arg]))
        return false;
    }
  return len > 0 && (n == len || is_space (s[len]) || s[len] == '`');
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
    reply_find_command (cmd->s, cmd->n, cmd->name, sizeof cmd->name);
  cmd->searched = true;
}

/* Whether S (N bytes) holds nothing but spaces and a table's marks.  */
static bool
only_marks (const char *s, size_t n)
{
  for (size_t i = 0; i < n; i++)
    if (!is_space (s[i]) && s[i] != '|' && s[i] != '-' && s[i] != ':')
      return false;
  return true;
}

/* Whether S (N bytes) holds nothing but what closes a string or a call
   around a code: "'" after 'defer_if_permit 4.7.24', "\");".  */
static bool
only_closers (const char *s, size_t n)
{
  for (size_t i = 0; i < n; i++)
    if (s[i] == '\0' || !strchr ("'\"`)];,} ", s[i]))
      return false;
  return true;
}

/* Whether LINE comes right after a client's command: a reply there
   answers it.  */
static bool
after_client_command (const struct explain_scanner *sc, unsigned long line)
{
  return sc->client_line != 0 && line == sc->client_line + 1;
}

static void emit (struct explain_scanner *sc, const struct smtp_code *code,
                  struct command_source *cmd, const char *text, size_t text_len,
                  unsigned long line);

/* Reports the JSON record's code held, if any: no enhanced code came for
   it.  */
static void
flush_json_held (struct explain_scanner *sc)
{
  if (!sc->json_held)
    return;
  sc->json_held = false;
  emit (sc, &sc->json_held_code, NULL, "", 0, sc->json_line);
}

/* Reports the finding held for the later lines of its multiline
   reply, if any.  */
static void
flush_pending (struct explain_scanner *sc)
{
  if (!sc->pending)
    return;
  sc->pending = false;
  sc->count++;
  sc->callback (&sc->pending_finding, sc->data);
}

/* Holds finding F for the later lines of its multiline reply.  */
static void
hold_pending (struct explain_scanner *sc, const struct explain_finding *f)
{
  sc->defer = false;
  sc->pending = true;
  sc->pending_finding = *f;
  memcpy (sc->pending_text, f->text, f->text_len);
  sc->pending_finding.text = sc->pending_text;
}

/* Gives the finding held the words W (N bytes) of a later line of its
   reply, without the enhanced code that the line repeats, also where it
   is glued to them ("550-5.7.1_likely unsolicited mail").  */
static void
pending_goes_on (struct explain_scanner *sc, const char *w, size_t n)
{
  if (!sc->pending)
    return;
  const struct smtp_code *c = &sc->pending_finding.code;
  char prefix[16];
  int len = c->enhanced_class > 0
    ? snprintf (prefix, sizeof prefix, "%d.%d.%d", c->enhanced_class, c->subject, c->detail) : 0;
  if (len > 0 && (size_t) len < n && memcmp (w, prefix, (size_t) len) == 0
      && (w[len] == '_' || is_space (w[len])))
    w += len, n -= (size_t) len;
  if (n > 0 && w[0] == '_')
    w++, n--;
  trim (&w, &n);
  append (sc->pending_text, &sc->pending_finding.text_len, w, n);
}

/* Reports a finding; CMD is NULL where no command can be named.  */
static void
emit (struct explain_scanner *sc, const struct smtp_code *code, struct command_source *cmd,
      const char *text, size_t text_len, unsigned long line)
{
  flush_json_held (sc);
  flush_pending (sc);
  struct explain_finding f = { *code, "", text, sc->codes_only ? 0 : text_len, line };
  if (code->enhanced_class < 0 && code->basic > 0)
    reply_hash_tail (text, text_len, &f.code);
  if (code_same (&f.code, &sc->outer))
    return;
  if (cmd)
    {
      search_command (sc, cmd);
      memcpy (f.command, cmd->name, sizeof f.command);
    }
  if (f.command[0] == '\0' && after_client_command (sc, line))
    memcpy (f.command, sc->client_command, sizeof f.command);
  trim (&f.text, &f.text_len);
  if (only_marks (f.text, f.text_len) || only_closers (f.text, f.text_len))
    f.text_len = 0;             /* a table's "|" is no word */
  /* Nor is the dash that parts the code from the words.  (Counting
     only, there are none.)  */
  size_t dash = f.text_len > 0 ? reply_dash (f.text, f.text_len) : 0;
  if (dash > 0)
    {
      f.text += dash;
      f.text_len -= dash;
      trim (&f.text, &f.text_len);
    }
  if (sc->defer)
    {
      hold_pending (sc, &f);
      return;
    }
  sc->count++;
  sc->callback (&f, sc->data);
}

/* Whether CODE only repeats PREV, the code found before it in the same
   line: the prefix of a later line of a multiline reply folded into one
   ("550-5.7.26 ... 550-5.7.26 ..."), qmail's "#4.7.1" after "451 ... ".  */
static bool
repeats (const struct smtp_code *code, const struct smtp_code *prev)
{
  if (!code_same_enhanced (code, prev))
    return false;
  return code->basic == prev->basic || (code->basic == 0 && code->enhanced_class >= 0);
}

/* Whether the words W (N bytes) of an enhanced code alone, CODE, are
   the reply that it stands for: Exchange's "#< #5.7.1 smtp;550 5.7.1
   Denied> #SMTP#", whose reply is found in them.  */
static bool
status_of_quoted_reply (const char *w, size_t n, const struct smtp_code *code)
{
  if (code->basic > 0 || n < 14 || !same_bytes (w, "smtp;", 5, true))
    return false;
  size_t i = 5 + (w[5] == ' ');
  struct smtp_code inner = { .enhanced_class = -1 };
  return i + 4 < n && w[i] - '0' == code->enhanced_class && is_digit (w[i + 1])
    && is_digit (w[i + 2]) && w[i + 3] == ' '
    && reply_enhanced (w + i + 4, n - i - 4, &inner) > 0 && code_same_enhanced (&inner, code);
}

/* Reports the reply R found in the line S (N bytes), unless it repeats
   *PREV, which it then becomes.  Its words keep no prefix that a
   multiline reply folded into one line repeats.  */
static void
emit_reply (struct explain_scanner *sc, const struct quoted_reply *r,
            struct command_source *cmd, const char *s, size_t n, unsigned long line,
            struct smtp_code *prev)
{
  struct smtp_code code = r->code;
  const char *words = s + r->words;
  size_t len = 0;
  /* Counting only, the words matter only where qmail's "(#4.7.1)" ends
     them.  A reply that opened a parenthesis ends with the one that
     closes it.  */
  if (r->before_end > r->before)
    words = s + r->before, len = r->before_end - r->before;
  else if ((!sc->codes_only || code.enhanced_class < 0)
           && !(r->parenthesized && (len = reply_in_parentheses (words, n - r->words)) > 0))
    reply_text_end (words, n - r->words, r->quote, &len);
  if (code.enhanced_class < 0)
    reply_hash_tail (words, len, &code);
  /* In the words of a reply, an enhanced code alone that repeats the
     reply's own is no reply that they quote.  */
  if (repeats (&code, prev) || status_of_quoted_reply (s + r->words, n - r->words, &code)
      || (code.basic == 0 && sc->outer.basic > 0 && repeats (&code, &sc->outer)))
    return;
  *prev = code;
  if (!sc->codes_only)
    {
      memcpy (sc->words, words, len);
      for (size_t i = 0; r->plus && i < len; i++)
        if (sc->words[i] == '+')
          sc->words[i] = ' ';
      len = reply_drop_prefixes (sc->words, len, &code);
      words = sc->words;
      /* What ends a field ("code": 550,) is no word of the server's.  */
      if (len > 0 && len <= 2 && (words[0] == ',' || words[0] == ';')
          && only_marks (words + 1, len - 1))
        len = 0;
    }
  emit (sc, &code, cmd, words, len, line);
}

/* Whether enhanced code C is one of the N codes of SEEN.  */
static bool
repeats_enhanced (const struct smtp_code *seen, unsigned n, const struct smtp_code *c)
{
  for (unsigned i = 0; i < n; i++)
    if (code_same_enhanced (&seen[i], c))
      return true;
  return false;
}

/* "dsn=5.1.1" of Postfix and Sendmail from offset AT of S (N bytes) on,
   unless it repeats one of the N enhanced codes SEEN of the line's
   replies.  */
static bool
try_dsn_field (struct explain_scanner *sc, const char *s, size_t n, size_t at,
               const struct smtp_code *seen, unsigned nseen,
               struct command_source *cmd, unsigned long line)
{
  struct smtp_code code = { .enhanced_class = -1 };
  const char *words;
  size_t len;
  /* Most of a log's dsn= repeat its reply's code: told without looking
     for the reply's words.  */
  if (at >= n || (nseen > 0 && reply_enhanced (s + at + 4, n - at - 4, &code) > 0
                  && repeats_enhanced (seen, nseen, &code))
      || !reply_dsn_field (s, n, at, sc->codes_only, &code, &words, &len)
      || repeats_enhanced (seen, nseen, &code))
    return false;
  emit (sc, &code, cmd, words, len, line);
  return true;
}

/* Whether the line S starts, up to its code at P, as the line that
   opened the multiline reply did: the same bytes, but any digit for a
   digit (a log's time).  */
static bool
same_prefix (const struct explain_scanner *sc, const char *s, size_t p)
{
  if (p != sc->opened_prefix_len)
    return false;
  for (size_t i = 0; i < p; i++)
    if (s[i] != sc->opened_prefix[i] && !(is_digit (s[i]) && is_digit (sc->opened_prefix[i])))
      return false;
  return true;
}

/* Whether LINE, which starts with CODE, goes on the multiline reply
   that free text opened on the line before.  */
static bool
goes_on_opened (const struct explain_scanner *sc, const struct smtp_code *code,
                unsigned long line)
{
  return sc->opened_line != 0 && line == sc->opened_line + 1
    && code->basic == sc->opened_code.basic
    && (code->enhanced_class < 0 || sc->opened_code.enhanced_class < 0
        || code_same_enhanced (code, &sc->opened_code));
}

/* The enhanced code that starts line LINE, S (N bytes), when the line
   before ended with a code alone of its class: a reply wrapped by hand
   ("... said: 421" then "4.7.0 [TSS04] Messages from ...").  */
static inline bool
continued_reply (struct explain_scanner *sc, const char *s, size_t n, unsigned long line,
                 struct quoted_reply *r)
{
  if (sc->outer.basic >= 0 || sc->dangling_line == 0 || line != sc->dangling_line + 1)
    return false;
  size_t i = 0;
  while (i < n && is_space (s[i]))
    i++;
  struct smtp_code code = { .enhanced_class = -1 };
  size_t len = reply_enhanced (s + i, n - i, &code);
  /* "Server responded: 530" then "5.7.0. Issue a STARTTLS command first."  */
  size_t after = i + len + (i + len < n && (s[i + len] == '.' || s[i + len] == ','));
  if (len == 0 || code.enhanced_class != sc->dangling_class || (after < n && !is_space (s[after])))
    return false;
  for (i = after; i < n && is_space (s[i]);)
    i++;
  *r = (struct quoted_reply) { code, i, 0, 0, 0, false, false };
  return true;
}

/* Whether line LINE is a few lines after FTP was named or a line of
   FTP's, in the same paragraph, or, with WORDLESS (the line holds a
   code and no words), a few more lines across blank ones; if so, FTP's
   session goes on there.  */
static bool
ftp_goes_on (struct explain_scanner *sc, unsigned long line, bool wordless)
{
  if ((sc->ftp_line <= sc->blank_line && !wordless && !sc->ftp_colon) || sc->ftp_line == 0
      || line <= sc->ftp_line || line - sc->ftp_line > (wordless ? 8u : 4u))
    return false;
  sc->ftp_line = line;
  sc->ftp_colon = false;
  return true;
}

/* Notes line LINE, S (N bytes), which holds no reply, if it names FTP
   or quotes a reply that only FTP sends (a mock server's
   printfLine("331 Please send your password")), or ends in a colon the
   paragraph that named FTP a few lines before ("When a File Transfer
   Protocol (FTP) client ... you may receive the following error
   message:").  Only lines without a reply are searched: a log's are
   rarely FTP's.  */
static void
note_ftp_named (struct explain_scanner *sc, const char *s, size_t n, unsigned long line)
{
  bool colon = n > 0 && s[n - 1] == ':';
  if (sc->outer.basic < 0 && !sc->mail_text
      && (foreign_names_ftp (s, n, true) || foreign_ftp_reply_quoted (s, n)))
    sc->ftp_line = line, sc->ftp_colon = colon;
  else if (colon && sc->ftp_line > sc->blank_line && line > sc->ftp_line
           && line - sc->ftp_line <= 4)
    sc->ftp_line = line, sc->ftp_colon = true;
}

/* Notes the line S (N bytes), indented or not, if it is a reply that
   only FTP sends, also of class 1, which SMTP has not: "150 Opening
   data connection"; or POP3's status line.  The first byte first: this runs for most lines of
   a log.  */
static void
note_ftp_reply (struct explain_scanner *sc, const char *s, size_t n)
{
  size_t at = n > 0 && is_space (s[0]) ? indent (s, n) : 0;
  if ((at < n && is_digit (s[at]) && !sc->mail_text && foreign_ftp_reply (s + at, n - at))
      || foreign_pop3_status (s, n))
    sc->ftp_line = sc->line_no, sc->ftp_colon = false;
}

/* Whether CODE, found in line LINE and followed there by WORDS (N
   bytes), is an FTP reply by what came before: a code alone a few lines
   after FTP was named, in the same paragraph; a code without words
   ("220", "CODE -> 220") a few more lines on.  */
static bool
ftp_reply (struct explain_scanner *sc, const struct smtp_code *code, unsigned long line,
           const char *words, size_t n)
{
  /* FTP_LINE first: only_marks reads the rest of the line.  */
  return code->enhanced_class < 0 && sc->ftp_line != 0
    && ftp_goes_on (sc, line, only_marks (words, n));
}

/* Completes the reply of the JSON record whose "code" was on line
   sc->json_line with the enhanced code at P of S (N bytes), a field's
   value on a later line: "code": 451 there, "enhanced-code": "4.7.652"
   here.  Returns P when it does (the number is then no other reply),
   else N.  */
static size_t
json_pending (struct explain_scanner *sc, const char *s, size_t n, size_t p,
              struct command_source *cmd)
{
  struct smtp_code code = { .basic = sc->json_basic, .enhanced_class = -1 };
  if (reply_enhanced (s + p, n - p, &code) == 0 || code.enhanced_class != sc->json_basic / 100)
    return n;
  size_t len, words = jsonreply_words (s, n, p, &len);
  sc->json_held = false;
  emit (sc, &code, cmd, s + words, len, sc->json_line);
  sc->json_line = 0;
  return p;
}

/* Whether the multiline reply whose first line starts at P of S (N
   bytes) ends later in S, after an escaped line break: "\n" and its
   code then a space.  */
static bool
last_line_escaped (const char *s, size_t n, size_t p)
{
  for (size_t i = p + 4; i + 6 <= n; i++)
    if (s[i] == '\\' && s[i + 1] == 'n' && memcmp (s + i + 2, s + p, 3) == 0 && s[i + 5] == ' ')
      return true;
  return false;
}

/* Reports the reply R that decide_reply found at P of the line S (N
   bytes), as emit_reply does, but not the later lines of a multiline
   reply that free text opened; JSON tells that it is a JSON record's
   "code" whose enhanced code may come on a later line.  */
static void
report_reply (struct explain_scanner *sc, const struct quoted_reply *r, struct command_source *cmd,
              const char *s, size_t n, size_t p, bool json, unsigned long line,
              struct smtp_code *prev)
{
  bool leads = r->code.basic > 0 && sc->outer.basic < 0 && is_digit (s[p]);
  bool dash = p + 3 < n && s[p + 3] == '-';
  if (leads && (indent (s, p) == p || same_prefix (sc, s, p)) && goes_on_opened (sc, &r->code, line))
    {
      sc->opened_line = dash ? sc->text_last_line : 0;   /* "554- IP address ..." */
      size_t len = 0;
      reply_text_end (s + r->words, n - r->words, r->quote, &len);
      pending_goes_on (sc, s + r->words, len);
    }
  else if (json && r->code.enhanced_class < 0
           && (only_marks (s + r->words, n - r->words) || (r->words + 1 == n && s[r->words] == ',')))
    {
      flush_json_held (sc);
      sc->json_held = true;
      sc->json_held_code = r->code;
    }
  else
    {
      /* A string that holds the whole reply closes it on the same line:
         b"250-PIPELINING\r\n250 OK\r\n".  */
      bool opens = leads && dash && !last_line_escaped (s, n, p);
      /* Counting only, no words are held.  */
      sc->defer = opens && !sc->codes_only;
      emit_reply (sc, r, cmd, s, n, line, prev);
      sc->defer = false;
      if (opens)
        {
          sc->opened_code = *prev, sc->opened_line = sc->text_last_line;
          sc->opened_prefix_len = p < sizeof sc->opened_prefix ? p : 0;
          memcpy (sc->opened_prefix, s, sc->opened_prefix_len);
        }
    }
  /* A code alone that ends the line may go on in the next, also in a
     table's cell ("501 |" over "5.5.2 |").  */
  if (r->code.enhanced_class < 0 && only_marks (s + r->words, n - r->words)
      && sc->outer.basic < 0)
    sc->dangling_line = line, sc->dangling_class = r->code.basic / 100;
}

/* Whether the code at P of S (N bytes) stands as a URL's query encodes
   a reply, after an encoded semicolon, colon or comma and before a '+':
   a webhook's form body in a log ("%22diag%22%3A%22smtp%3B550+5.1.1+The
   +email+account").  (After an encoded quote, "%22550+", its digits
   run on from the escape's: the search does not see them.)  */
static bool
url_encoded_at (const char *s, size_t n, size_t p)
{
  return p >= 3 && s[p - 3] == '%' && (s[p - 2] == '2' || s[p - 2] == '3') && hex_value (s[p - 1]) >= 0
    && n - p > 4 && s[p + 3] == '+';
}

/* Copies the N bytes at S to OUT (which may be S) decoded as a URL's
   query: "%XX" is the byte it encodes if that is printable ASCII, '+' a
   space; returns the length of the copy.  */
static size_t
decode_url (const char *s, size_t n, char *out)
{
  size_t len = 0;
  for (size_t i = 0; i < n; i++)
    {
      int high = s[i] == '%' && n - i >= 3 ? hex_value (s[i + 1]) : -1;
      int low = high >= 0 ? hex_value (s[i + 2]) : -1;
      if (low >= 0 && high * 16 + low >= 0x20 && high * 16 + low < 0x7f)
        out[len++] = (char) (high * 16 + low), i += 2;
      else
        out[len++] = s[i] == '+' ? ' ' : s[i];
    }
  return len;
}

/* Notes the line LINE, S (N bytes), which holds no reply, if it is a
   heading of a glossary: a code the database knows at its end, after
   at most two words ("SMTP 421", "Error 550:").  */
static void
note_heading (struct explain_scanner *sc, const char *s, size_t n, unsigned long line)
{
  if (n > 0 && s[n - 1] == ':')
    n--;
  if (n < 3 || n > 24 || !code_digits (s + n - 3) || (n > 3 && s[n - 4] != ' '))
    return;
  size_t words = 0;
  for (size_t i = 0; i + 3 < n; i++)
    if (!is_alpha (s[i]) && s[i] != ' ')
      return;
    else if (is_alpha (s[i]) && (i == 0 || s[i - 1] == ' ') && ++words > 2)
      return;
  struct smtp_code code = { .basic = three_digits (s + n - 3), .enhanced_class = -1 };
  if (codedb_find (code_basic_key (&code)) == NULL)
    return;
  sc->heading_line = line;
  sc->heading_basic = code.basic;
  sc->heading_smtp = decide_names_smtp (s, n);
}

/* Notes what the line LINE, S (N bytes), which holds no reply, may
   tell the lines after it: that FTP was named, that it is a heading.  */
static void
note_no_reply (struct explain_scanner *sc, const char *s, size_t n, unsigned long line)
{
  note_ftp_named (sc, s, n, line);
  if (sc->outer.basic < 0)
    note_heading (sc, s, n, line);
}

/* Reports the heading of the line before LINE, S (N bytes), as a reply
   if S starts with its code's RFC text: "SMTP 421" over "Service not
   available, closing transmission channel. Esta respuesta ...".  */
static void
heading_text (struct explain_scanner *sc, const char *s, size_t n, unsigned long line)
{
  unsigned long heading = sc->heading_line;
  sc->heading_line = 0;
  if (line != heading + 1 || !decide_standard_text (s, n, sc->heading_basic, sc->heading_smtp))
    return;
  struct smtp_code code = { .basic = sc->heading_basic, .enhanced_class = -1 };
  emit (sc, &code, NULL, s, n, heading);
}

/* Scans a line of free text S (N bytes, SEARCH_PAD more readable).  */
static unsigned
scan_text (struct explain_scanner *sc, const char *s, size_t n, unsigned long line)
{
  struct command_source cmd = { s, n, false, "" };
  unsigned found = 0;
  /* The enhanced codes of the line's replies: a dsn= that repeats one
     is the same failure, one that differs is a status of its own
     (Sendmail's "dsn=4.0.0, stat=Deferred: 421 4.3.2 ...").  */
  struct smtp_code seen[4];
  unsigned nseen = 0;
  bool json_record = false;
  /* Where the search passed the first "dsn=" before an enhanced code.  */
  size_t dsn_at = n;
  /* FROM: where the text not yet part of a finding starts.  */
  struct smtp_code prev = { .basic = -1 };
  size_t from = 0;
  struct quoted_reply r;
  /* A reply wrapped from the line before goes through the loop's one
     call of emit_reply, which can then be inlined.  */
  bool continued = continued_reply (sc, s, n, line, &r);
  if (sc->heading_line != 0 && sc->outer.basic < 0)
    heading_text (sc, s, n, line);
  /* A JSON record's "code" with its enhanced code in a field beside it:
     one reply, whose two numbers are no others.  */
  size_t json_at[2] = { n, n };
  for (size_t p = continued ? 0 : search_code (s, n, from, &dsn_at); p < n;)
    {
      size_t next = p + 1;
      int basic = json_at[0] == n ? jsonreply_basic (s, n, p) : 0;
      struct smtp_code json;
      if (basic > 0 && jsonreply_find (s, n, basic, &json, &json_at[1]))
        {
          size_t len = 0, words = json_at[1] < n ? jsonreply_words (s, n, json_at[1], &len) : p;
          emit (sc, &json, &cmd, s + words, len, line);
          found++;
          json_record = true;      /* a JSON record has no dsn= */
          json_at[0] = p;
          sc->json_line = 0;       /* nor does an earlier one end here */
        }
      else if (basic > 0)
        sc->json_line = line, sc->json_basic = basic;
      else if (sc->json_line != 0 && line - sc->json_line <= 8 && jsonreply_enhanced_before (s, p))
        json_at[1] = json_pending (sc, s, n, p, &cmd);
      if (p != json_at[0] && p != json_at[1]
          && (continued || (decide_reply (s, n, from, p, &r)
                            && !ftp_reply (sc, &r.code, line, s + r.words, n - r.words))))
        {
          continued = false;
          found++;
          if (r.code.enhanced_class >= 0 && nseen < sizeof seen / sizeof *seen)
            seen[nseen++] = r.code;
          report_reply (sc, &r, &cmd, s, n, p, basic > 0 && sc->json_line == line, line, &prev);
          from = next = r.words;
        }
      else if (found == 0 && !sc->url_decoded && url_encoded_at (s, n, p))
        {
          /* Scanned again decoded, before anything of it is reported.  */
          sc->url_decoded = true;
          found = scan_text (sc, sc->unescaped, decode_url (s, n, sc->unescaped), line);
          sc->url_decoded = false;
          return found;
        }
      else if (sc->ftp_line != 0)  /* seldom: a log's numbers come here */
        /* FTP's multiline reply goes on in lines that are no reply of
           SMTP's ("220-#  Aruba.it").  */
        ftp_goes_on (sc, line, false);
      p = search_code (s, n, next, &dsn_at);
    }
  /* Postfix's dsn= is its own when the reply it quotes has no enhanced
     code ("dsn=4.0.0, ... refused to talk to me: 550 ...").  The words of
     a reply, which the search skipped, may hold it; a line without a
     reply was searched whole.  */
  if (found > 0 && nseen == 0)
    dsn_at = 0;
  if (!json_record && try_dsn_field (sc, s, n, dsn_at, seen, nseen, &cmd, line))
    found++;
  if (found == 0)
    note_no_reply (sc, s, n, line);
  return found;
}

/* Scans the words of a server's reply with code OUTER, copied to
   sc->inner (N bytes), for a reply that they quote: an Exim callout's
   "550-550 5.1.10 ...", a relay's "577 ... said: 550 ...".  The prefixes
   of OUTER's own folded lines, where they are still in the words, are
   not new replies, nor is the qmail tail that gives OUTER its enhanced
   code ("451 qq internal bug (#4.3.0)").  */
static void
scan_inner (struct explain_scanner *sc, const struct smtp_code *outer, size_t n,
            unsigned long line)
{
  sc->outer = *outer;
  if (outer->enhanced_class < 0)
    reply_hash_tail (sc->inner, n, &sc->outer);
  scan_text (sc, sc->inner, n, line);
  sc->outer.basic = -1;
}

/* The same for words WORDS (N bytes) anywhere.  */
static void
scan_quoted (struct explain_scanner *sc, const struct smtp_code *outer, const char *words,
             size_t n, unsigned long line)
{
  memcpy (sc->inner, words, n);
  scan_inner (sc, outer, n, line);
}

static void
close_reply (struct explain_scanner *sc)
{
  if (!sc->reply_open)
    return;
  sc->reply_open = false;
  emit (sc, &sc->reply_code, NULL, sc->reply_text, sc->reply_len, sc->reply_line);
  scan_quoted (sc, &sc->reply_code, sc->reply_text, sc->reply_len, sc->reply_line);
}

/* Whether a line of N bytes that starts with CODE, read in LEN bytes
   (after PROMPT bytes of a transcript's prompt), is a number alone that
   may stand in a list of numbers: nothing after the code, no prompt, no
   enhanced code, no multiline reply.  */
static bool
listable (const struct explain_scanner *sc, size_t prompt, size_t len, size_t n,
          const struct smtp_code *code)
{
  return prompt == 0 && len >= n && code->enhanced_class < 0 && !sc->reply_open;
}

/* Reports the line held: no list followed it.  */
static void
flush_held (struct explain_scanner *sc)
{
  if (!sc->held)
    return;
  sc->held = false;
  emit (sc, &sc->held_code, NULL, "", 0, sc->held_line);
  /* Its enhanced code may follow on the next line ("501", "5.7.0").  */
  sc->dangling_line = sc->held_line;
  sc->dangling_class = sc->held_code.basic / 100;
}

/* A line that is a number alone, CODE.  Numbers alone in a row are a
   list (a book's "Pages:" 550, 551 ...), not replies; the first is held
   until the next line says which it is.  (Rising codes with their
   meanings are documentation too, but they could not be told from a
   server's replies pasted without prompts.)  */
static void
hold_number (struct explain_scanner *sc, const struct smtp_code *code)
{
  /* The value of a setting named on the line before.  */
  if (sc->setting_line != 0 && sc->setting_line + 1 == sc->line_no)
    return;
  /* The line before, or this one, has been found to stand in a list, or
     the line before is a number alone.  */
  if ((sc->list_line != 0 && sc->line_no - sc->list_line <= 1)
      || (sc->number_line != 0 && sc->number_line + 1 == sc->line_no))
    {
      sc->list_line = sc->line_no;
      return;
    }
  sc->held = true;
  sc->held_code = *code;
  sc->held_line = sc->line_no;
}

/* Reports the number alone held unless the line S (N bytes) holds only
   numbers too, a code or not ("432" then "433", "452" then "660"): then
   both stand in a list.  */
static void
flush_unless_listed (struct explain_scanner *sc, const char *s, size_t n)
{
  if (!numbers_only (s, n))
    flush_held (sc);
  else
    {
      sc->held = false;
      sc->list_line = sc->line_no;
    }
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
  if (goes_on_opened (sc, code, sc->line_no))
    {
      sc->opened_line = sep == '-' ? sc->line_no : 0;
      pending_goes_on (sc, words, words_n);
      scan_quoted (sc, code, words, words_n, sc->line_no);
      return;
    }
  if (sep != '-')
    {
      if (code->enhanced_class < 0 && only_marks (words, words_n))
        sc->dangling_line = sc->line_no, sc->dangling_class = code->basic / 100;
      if (sc->lead_line == sc->line_no && sc->lead.value == code->basic)
        {
          sc->column_held = true;
          sc->reply_code = *code;
          sc->reply_line = sc->line_no;
          sc->reply_len = 0;
          append (sc->reply_text, &sc->reply_len, words, words_n);
          return;
        }
      emit (sc, code, NULL, words, words_n, sc->line_no);
      scan_quoted (sc, code, words, words_n, sc->line_no);
      return;
    }
  sc->reply_open = true;
  sc->reply_code = *code;
  sc->reply_line = sc->line_no;
  sc->reply_len = 0;
  append (sc->reply_text, &sc->reply_len, words, words_n);
}

/* Whether the open multiline reply's words hold its last line: its
   code, then a space, after a space ("554-mx.example.com 554 Your
   access ...").  */
static bool
holds_last_line (const struct explain_scanner *sc)
{
  char mark[8];
  snprintf (mark, sizeof mark, " %d ", sc->reply_code.basic);
  for (size_t i = 0; i + 5 <= sc->reply_len; i++)
    if (memcmp (sc->reply_text + i, mark, 5) == 0)
      return true;
  return false;
}

/* Whether the line S (N bytes), which is no reply, goes on the open
   multiline reply: its words hold its last line already and stop in
   the middle of a sentence, wrapped onto this line without a code, as
   MailEnable quotes a reply ("554-mx.example.com 554 Your access to
   this mail system has been" over "rejected due to the sending MTA's
   poor reputation.").  Its words are then appended; else the reply
   ends here, and so, at a blank line, does one that free text
   opened.  */
static bool
reply_goes_on (struct explain_scanner *sc, const char *s, size_t n)
{
  if (sc->reply_open && n > 0 && !is_space (s[0]) && sc->reply_len > 0
      && is_alnum (sc->reply_text[sc->reply_len - 1]) && holds_last_line (sc))
    {
      trim (&s, &n);
      append (sc->reply_text, &sc->reply_len, s, n);
      return true;
    }
  close_reply (sc);
  if (indent (s, n) == n)
    flush_pending (sc);
  return false;
}

/* A whole Diagnostic-Code field, "smtp; 550 5.1.1 text", or a line of
   free text with its folded lines.  */
static void
close_header (struct explain_scanner *sc)
{
  if (!sc->header_open)
    return;
  sc->header_open = false;
  sc->text_last_line = sc->line_no - 1;        /* this line told its end */
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
  size_t len = reply_parse (value, n, false, &code, &sep);
  if (len == 0)
    {
      /* "smtp; 5.3.0 - Other mail system problem 550-'Unknown user ...'"  */
      code = (struct smtp_code) { .enhanced_class = -1 };
      len = reply_enhanced (value, n, &code);
      if (len == 0)
        {
          scan_text (sc, value, n, sc->header_line);
          return;
        }
      while (len < n && is_space (value[len]))
        len++;
    }
  struct command_source cmd = { value, n, false, "" };
  /* Now, before the words are rewritten below.  */
  search_command (sc, &cmd);
  /* The words as they stand are searched for the replies they quote,
     with or without codes_only: keep them before they are rewritten.  */
  memcpy (sc->inner, value + len, n - len);
  /* Counting only, the words still matter where they end in qmail's
     "#5.1.1" (see emit).  */
  size_t words = sc->codes_only ? n - len : reply_drop_prefixes (value + len, n - len, &code);
  emit (sc, &code, &cmd, value + len, find_ci (value + len, words, POSTFIX_TAIL),
        sc->header_line);
  scan_inner (sc, &code, n - len, sc->header_line);
}

/* Appends the folded line S (N bytes) to the header.  A header that
   ends with '=' was cut by quoted-printable ("smtp; 550=" then " 5.3.5"):
   the '=' goes, and the line is joined as it stands.  A call's
   arguments are glued to its '(' (header_opens_block lets them fold).  */
static void
fold (struct explain_scanner *sc, const char *s, size_t n)
{
  char last = sc->header_len > 0 ? sc->header[sc->header_len - 1] : '\0';
  if (last == '=')
    {
      sc->header_len--;
      while (n > 0 && is_space (s[n - 1]))
        n--;
    }
  else
    trim (&s, &n);
  if (last != '=' && last != '(')
    {
      append (sc->header, &sc->header_len, s, n);
      return;
    }
  size_t room = EXPLAIN_LINE_MAX - sc->header_len;
  memcpy (sc->header + sc->header_len, s, n < room ? n : room);
  sc->header_len += n < room ? n : room;
}

static void
open_header (struct explain_scanner *sc, const char *s, size_t n, bool diagnostic)
{
  sc->header_open = true;
  sc->header_diagnostic = diagnostic;
  sc->header_line = sc->line_no;
  sc->header_indent = diagnostic ? 0 : indent (s, n);
  sc->header_len = 0;
  trim (&s, &n);
  append (sc->header, &sc->header_len, s, n);
}

/* A DSN's Status field whose value is S (N bytes).  */
static void
status_field (struct explain_scanner *sc, const char *s, size_t n)
{
  struct smtp_code code = { .enhanced_class = -1 };
  char sep;
  trim (&s, &n);
  /* A program's object gives the field quoted, as Haraka's tests of
     its bounces do: "status: '4.1.2',"; the words, if any, are in
     another field.  */
  if (n > 2 && (s[0] == '\'' || s[0] == '"'))
    {
      size_t quoted = reply_enhanced (s + 1, n - 1, &code);
      if (quoted != 0 && quoted + 1 < n && s[quoted + 1] == s[0])
        {
          emit (sc, &code, NULL, s + n, 0, sc->line_no);
          return;
        }
      code.enhanced_class = -1;
    }
  size_t len = reply_enhanced (s, n, &code);
  /* A damaged DSN's "Status: 553 Exceeded maximum inbound message size"
     gives a reply code instead.  */
  if (len == 0 && ((len = reply_parse (s, n, false, &code, &sep)) == 0
                   || !decide_line_reply (s, n, len, &code)))
    return;                     /* also HTTP's "Status: 500 Internal Server Error" */
  emit (sc, &code, NULL, s + len, n - len, sc->line_no);
  /* A report's fields pasted on one line: "Status: 5.5.0
     Diagnostic-Code: smtp;550 Access denied".  */
  scan_quoted (sc, &code, s + len, n - len, sc->line_no);
}

/* Whether the line S (N bytes) answers another protocol's command on
   the line before: it is that protocol's.  */
static bool
answers_foreign (struct explain_scanner *sc, const char *s, size_t n)
{
  if (sc->foreign_line == 0 || sc->line_no != sc->foreign_line + 1)
    return false;
  /* Neither FTP nor POP3 writes an enhanced code: "USER boris" (a POP3
     command tried on port 25) over "502 5.5.2 Error: command not
     recognized" is SMTP's answer.  */
  struct smtp_code code;
  char sep;
  if (reply_parse (s, n, false, &code, &sep) && code.enhanced_class > 0
      && code.enhanced_class == code.basic / 100)
    return false;
  close_reply (sc);
  /* FTP's session goes on: curl's "* ftp_perform ..." may come between
     its next command and reply; but after an SMTP command the FTP word
     was an EHLO keyword ("SIZE", then "QUIT").  */
  char command[sizeof sc->client_command];
  if (!sc->mail_text && !client_command (s, n, command, sizeof command))
    sc->ftp_line = sc->line_no, sc->ftp_colon = false;
  return true;
}

/* Whether the line S (N bytes) is one of IIS's SMTP log, which gives
   the reply as a column of its own; if so it is reported.  */
static bool
iis_line (struct explain_scanner *sc, const char *s, size_t n)
{
  struct smtp_code code;
  struct command_source iis = { s, n, true, "" };
  if (!iislog_reply (s, n, &code, iis.name, sizeof iis.name))
    return false;
  close_reply (sc);
  emit (sc, &code, &iis, "", 0, sc->line_no);
  return true;
}

/* The end of the command that curl's test servers' directive names
   before the reply they give to it, starting at I of S (N bytes): an
   SMTP command, alone or quoted ("REPLY AUTH 334 ...", "REPLY \"AUTH
   PLAIN\" 334 ..."), or what the client sends during AUTH, in base64
   ("REPLY %b64[secret]b64% 235 Authenticated") or '*'; 0 for anything
   else, as the other protocols' commands ("REPLY CWD 550 ...").  */
static size_t
curl_command_end (const char *s, size_t n, size_t i)
{
  char command[16];
  const char *end = NULL;
  if (s[i] == '"' && reply_command_word (s + i + 1, n - i - 1, command, sizeof command))
    end = memchr (s + i + 1, '"', n - i - 1);
  else if (n - i > 10 && memcmp (s + i, "%b64[", 5) == 0)
    {
      for (size_t j = i + 5; end == NULL && j + 5 <= n; j++)
        if (memcmp (s + j, "]b64%", 5) == 0)
          end = s + j + 4;
    }
  else if (s[i] == '*' || reply_command_word (s + i, n - i, command, sizeof command))
    for (end = s + i; end + 1 < s + n && !is_space (end[1]);)
      end++;
  return end == NULL ? 0 : (size_t) (end - s) + 1;
}

/* Whether the line S (N bytes) is a directive of curl's test servers
   that gives an SMTP command's reply; if so the reply is reported.  */
static bool
curl_reply_line (struct explain_scanner *sc, const char *s, size_t n)
{
  static const char directive[] = "REPLY ";
  size_t i = sizeof directive - 1;
  if (n < i + 6 || memcmp (s, directive, i) != 0 || (i = curl_command_end (s, n, i)) == 0
      || i + 4 > n || s[i] != ' ')
    return false;
  struct smtp_code code;
  char sep;
  s += i + 1, n -= i + 1;
  size_t len = reply_parse (s, n, false, &code, &sep), words;
  if (len == 0 || !decide_line_reply (s, n, len, &code) || foreign_ftp_reply_in (s, n))
    return false;
  close_reply (sc);
  /* Its words end at an escaped line break; the line is not padded for
     reply_text_end's search.  */
  for (words = 0; len + words + 1 < n; words++)
    if (s[len + words] == '\\' && s[len + words + 1] == 'n')
      break;
  if (len + words + 1 >= n)
    words = n - len;
  else if (words >= 2 && s[len + words - 2] == '\\' && s[len + words - 1] == 'r')
    words -= 2;
  emit (sc, &code, NULL, s + len, words, sc->line_no);
  /* Its replies that follow it, joined by "\r\n".  */
  scan_quoted (sc, &code, s + len, n - len, sc->line_no);
  return true;
}

/* Whether the line S (N bytes) is one of a format that gives its reply
   apart, IIS's log or curl's test servers' directive; if so it is
   reported.  The first byte first: this runs for every line.  */
static bool
format_line (struct explain_scanner *sc, const char *s, size_t n)
{
  /* IIS's lines also indented, as a page quotes them.  */
  size_t at = n > 0 && is_space (s[0]) ? indent (s, n) : 0;
  return (n - at >= 20 && is_digit (s[at]) && iis_line (sc, s + at, n - at))
    || (n > 0 && s[0] == 'R' && curl_reply_line (sc, s, n));
}

/* Whether the line S (N bytes) starts with a YAML mapping's key
   ("code: 403", "message:"), perhaps as a list's item ("- activity:
   2.2.1" under "Enabled:"), and the paragraph before it ends with one
   that has no value on its line: the line is a key of that mapping, not
   the paragraph's text wrapped.  */
static bool
yaml_key_under_key (const struct explain_scanner *sc, const char *s, size_t n)
{
  if (sc->header_len == 0 || sc->header[sc->header_len - 1] != ':')
    return false;
  size_t i = indent (s, n);
  if (n - i > 2 && s[i] == '-' && s[i + 1] == ' ')
    i += 2;
  size_t start = i;
  while (i < n && (is_alnum (s[i]) || s[i] == '_' || s[i] == '-'))
    i++;
  return i > start && is_alpha (s[start]) && i < n && s[i] == ':'
    && (i + 1 == n || s[i + 1] == ' ');
}

/* Whether the line S (N bytes) is an item of a list, indented: "  • 550
   Blocked", "  - 554 ...": it starts a line of its own, whatever the
   line before.  */
static bool
list_item (const char *s, size_t n)
{
  size_t i = indent (s, n);
  if (n - i >= 2 && (s[i] == '-' || s[i] == '*') && s[i + 1] == ' ')
    return true;
  return n - i >= 4 && same_bytes (s + i, "\xE2\x80\xA2 ", 4, false);   /* • */
}

/* Whether the indented line S (N bytes) is a client's command as a
   transcript gives it, not wrapped words: " RCPT To:<bob@example.com>"
   or " QUIT" under MDaemon's "--- Session Transcript ---", where
   Postfix's wrapped "(in reply to" goes on with "    RCPT TO command)".  */
static bool
transcript_command (const char *s, size_t n)
{
  char command[16];
  size_t i = indent (s, n);
  if (!reply_command_word (s + i, n - i, command, sizeof command))
    return false;
  size_t len = strlen (command);
  if (strchr (command, ' '))    /* "RCPT TO", "MAIL FROM" */
    return i + len < n && s[i + len] == ':';
  while (n > i + len && is_space (s[n - 1]))
    n--;
  return i + len == n;
}

/* Whether the free text S (N bytes) ends with a three-digit number that
   opens a quotation: a wrapped paragraph may have put the reply's words
   on the next line ("gives a \"450" over "Recipient address rejected
   ...\"").  Not any number: "reject_code = 550" over the next setting,
   or a heading such as "Error 421" over its paragraph.  */
static bool
ends_with_number (const char *s, size_t n)
{
  while (n > 0 && is_space (s[n - 1]))
    n--;
  return n >= 4 && is_digit (s[n - 1]) && is_digit (s[n - 2]) && is_digit (s[n - 3])
    && opening_quote (s, 0, n - 3) != 0;
}

/* Whether the free text S (N bytes) ends with what Postfix writes before
   a reply's words, "said:" and the reply's code, basic and perhaps
   enhanced, and no words: "host mx.example.com[192.0.2.1] said: 550
   5.7.1", its words wrapped onto the next line where a copy lost the
   indent of Postfix's folded lines.  */
static bool
ends_with_said_code (const char *s, size_t n)
{
  while (n > 0 && is_space (s[n - 1]))
    n--;
  size_t i = n;
  while (i > 0 && (is_digit (s[i - 1]) || s[i - 1] == '.'))
    i--;
  if (i < n && i > 0 && s[i - 1] == ' ' && n - i >= 5 && s[i + 1] == '.')
    {
      /* An enhanced code after the basic one.  */
      n = i - 1;
      i = n;
      while (i > 0 && is_digit (s[i - 1]))
        i--;
    }
  return n - i == 3 && i >= 6 && (s[i] == '4' || s[i] == '5') && s[i - 1] == ' '
    && same_bytes (s + i - 6, "said:", 5, true);
}

/* Whether the line S (N bytes), not indented, ends as Postfix ends the
   words of a reply it quotes: "(in reply to RCPT TO command)".  */
static bool
ends_in_reply_to (const char *s, size_t n)
{
  static const char end[] = " command)";
  while (n > 0 && is_space (s[n - 1]))
    n--;
  return n > sizeof end - 1 && same_bytes (s + n - (sizeof end - 1), end, sizeof end - 1, true);
}

/* Whether the line S (N bytes) goes on the words of a header that ends
   with a number: it starts with a word (not a syslog line's month, nor a
   field's name) or with an enhanced code; or, after Postfix's "said:"
   and a code, it ends with Postfix's "(in reply to ... command)".  */
static bool
words_after_number (const struct explain_scanner *sc, const char *s, size_t n)
{
  if (sc->header_open && !sc->header_diagnostic && ends_in_reply_to (s, n)
      && ends_with_said_code (sc->header, sc->header_len))
    return true;
  if (!sc->header_open || sc->header_diagnostic || !ends_with_number (sc->header, sc->header_len)
      || n < 2 || prompt_len (s, n, client_prompts) != 0 || prompt_len (s, n, server_prompts) != 0)
    return false;
  if (is_digit (s[0]))
    return s[1] == '.' && n > 2 && is_digit (s[2]);
  if (!is_alpha (s[0]))
    return false;
  size_t word = 0;
  while (word < n && (is_alnum (s[word]) || s[word] == '-' || s[word] == '_'))
    word++;
  /* "Status: 5.0.0", a setting "owner_request_special = no", or
     "Mar  6 12:22:13 host postfix/smtp[1]: ...".  */
  size_t after = word;
  while (after < n && s[after] == ' ')
    after++;
  if (word < n && (s[word] == ':' || (after < n && s[after] == '=')))
    return false;
  return !(word == 3 && word + 2 < n && s[word] == ' '
           && (is_digit (s[word + 1]) || (s[word + 1] == ' ' && is_digit (s[word + 2]))));
}

/* Whether the indented line S (N bytes) is a row of its own: a row of
   source code's table ("\t{\"HELO\", 501},"), or a log's line that
   opens with its tag and a code ("\t [tx] 220 All set, fire away").  */
static bool
row_of_its_own (const char *s, size_t n)
{
  size_t i = indent (s, n);
  while (n > i && is_space (s[n - 1]))
    n--;
  if (n - i >= 4 && s[i] == '{' && (s[n - 1] == '}' || (s[n - 1] == ',' && s[n - 2] == '}')))
    return true;
  if (n - i < 8 || s[i] != '[')
    return false;
  const char *close = memchr (s + i, ']', n - i < 12 ? n - i : 12);
  if (close == NULL || (size_t) (close - s) + 5 >= n || close[1] != ' ')
    return false;
  return is_digit (close[2]) && is_digit (close[3]) && is_digit (close[4]) && !is_digit (close[5]);
}

/* Whether the line S (N bytes), which ends with ':', opens a block of
   Python: "else:" or "if iserror:" over "    rejectAction = '5.7.24'",
   whose lines are statements of their own, not a field's folded value.
   Its keyword is in lower case, as no field's name is.  */
static bool
python_block (const char *s, size_t n)
{
  static const char keywords[][WORD_MAX] = {
    "if", "elif", "else", "for", "while", "try", "except", "finally", "with", ""
  };
  size_t first = indent (s, n);
  return first < n && s[first] >= 'a' && s[first] <= 'z'
    && starts_word (s + first, n - first, keywords) >= 0;
}

/* Whether the open paragraph's text ends as a line of source code that
   opens a block does: Go's 'case "CWD":', Python's "def smtp_MAIL(self,
   arg):" and "else:" (python_block), Perl's "@cmd = (", Lua's "if ...
   then"; or a string's line that ends with an escaped newline and goes
   on in the next, as Rust's
   b"220 ready\r\n\ does.  The deeper lines after it are statements,
   items or lines of their own, not its text wrapped.  (Not '{' nor '[': the
   fields of a record, "Response {" over "code: 550," and "esc: [5, 1,
   2],", are read as one line.)  */
static bool
header_opens_block (const struct explain_scanner *sc)
{
  size_t len = sc->header_len;
  if (len == 0)
    return false;
  char last = sc->header[len - 1], before = len >= 2 ? sc->header[len - 2] : ' ';
  if (last == '(')
    {
      /* But a call that sets or raises a reply goes on with its
         arguments: "self.setreply(" over "\"554\", xcode=\"5.5.0\",".  */
      size_t name = len - 1;
      back_over_word (sc->header, 0, &name);
      if (name == len - 1)
        return true;
      if (cue_weight (sc->header + name, len - 1 - name) >= 2)
        return false;
      /* Or a type named so, on a line of its own: Rust's
         Response::custom( over "250," and format!("Pleased to meet
         you! ...").  */
      if (sc->header_line + 1 != sc->line_no)
        return true;
      size_t type_end = name >= 2 && sc->header[name - 1] == ':' && sc->header[name - 2] == ':' ? name - 2
        : name >= 1 && sc->header[name - 1] == '.' ? name - 1 : 0;
      size_t type = type_end;
      back_over_word (sc->header, 0, &type);
      return type == type_end || cue_weight (sc->header + type, type_end - type) < 2;
    }
  /* Lua's and the shell's condition: 'elseif string.match(response,
     "^550") then' over "-- 550 User Unknown", "if [ $? -ne 0 ]; then",
     "if bodylen > canonlen + 120 then".  */
  if (last == 'n' && len >= 6 && memcmp (sc->header + len - 5, " then", 5) == 0)
    {
      size_t first = indent (sc->header, len);
      if (sc->header[len - 6] == ')' || sc->header[len - 6] == ';'
          || (len - first > 3 && memcmp (sc->header + first, "if ", 3) == 0))
        return true;
    }
  return (last == ':'
          && (before == ')' || before == '"' || before == '\'' || python_block (sc->header, len)))
    || (last == '\\' && before == 'n' && len >= 3 && sc->header[len - 3] == '\\');
}

/* Whether the line S (N bytes) is the open paragraph's text wrapped:
   indented more than it, and no transcript's line (swaks indents the
   client's lines), row of its own nor a YAML key under a key.  */
static bool
folds_into_header (const struct explain_scanner *sc, const char *s, size_t n)
{
  if (words_after_number (sc, s, n))
    return true;
  return sc->header_open && n > 0 && is_space (s[0]) && !header_opens_block (sc)
    && !list_item (s, n) && !row_of_its_own (s, n)
    && indent (s, n) + (sc->header_len > 0 && sc->header[sc->header_len - 1] == ':')
    > sc->header_indent
    && prompt_len (s, n, client_prompts) == 0
    && prompt_len (s, n, server_prompts) == 0 && !yaml_key_under_key (sc, s, n)
    && !transcript_command (s, n);
}

/* The command that qmail-remote's sentence at the end of the line S (N
   bytes) says the server refused, into COMMAND (SIZE bytes): "Connected
   to 192.0.2.1 but sender was rejected." above "Remote host said: 553
   ...".  Returns whether it is one.  */
static bool
qmail_command (const char *s, size_t n, char *command, size_t size)
{
  static const char *const said[][2] = {
    { " but greeting failed.", "CONNECT" },
    { " but my name was rejected.", "HELO" },
    { " but sender was rejected.", "MAIL FROM" },
    { " does not like recipient.", "RCPT TO" },
    { " failed on DATA command.", "DATA" },
    { " failed after I sent the message.", "end of DATA" },
  };
  while (n > 0 && is_space (s[n - 1]))
    n--;
  if (n == 0 || s[n - 1] != '.')     /* cheap: most lines of a log */
    return false;
  for (size_t i = 0; i < sizeof said / sizeof said[0]; i++)
    {
      size_t len = strlen (said[i][0]);
      if (n >= len && memcmp (s + n - len, said[i][0], len) == 0)
        {
          snprintf (command, size, "%s", said[i][1]);
          return true;
        }
    }
  return false;
}

/* Notes the line S (N bytes) that is a client's command, of SMTP or of
   another protocol, or qmail's sentence that names one: the reply on the
   next line answers it.  */
static void
note_command (struct explain_scanner *sc, const char *s, size_t n)
{
  /* Counting only, SMTP's command matters only where it is indented: an
     indented reply on the next line is then found by it.  (A line of
     FTP's commands is none of SMTP's: the order of the two tests does
     not matter.)  */
  bool indented = n > 0 && is_space (s[0]);
  if ((!sc->codes_only || indented)
      && (client_command (s, n, sc->client_command, sizeof sc->client_command)
          || qmail_command (s, n, sc->client_command, sizeof sc->client_command)))
    sc->client_line = sc->line_no, sc->client_indented = indented;
  else if (foreign_command (s, n))
    sc->foreign_line = sc->line_no;
}

/* Whether the line S (N bytes) is an entry of a numbered outline, such
   as a table of contents, whose section numbers of three parts are no
   enhanced codes: "   5.7 Optimizing MySQL for ezmlm." over "      5.7.1
   Address SELECTs, additions, removals.".  An entry of two parts opens
   the outline, a line or a blank line before one of three.  */
static bool
outline_entry (struct explain_scanner *sc, const char *s, size_t n)
{
  size_t i = indent (s, n), parts = 0;
  if (n - i < 5 || !is_digit (s[i]) || s[i + 1] != '.')
    return false;
  while (i < n && is_digit (s[i]))
    {
      parts++;
      while (i < n && is_digit (s[i]))
        i++;
      if (i < n && s[i] == '.')
        i++;
    }
  if (i == n || !is_space (s[i]) || parts < 2 || parts > 3)
    return false;
  while (i < n && is_space (s[i]))
    i++;
  if (i == n || !(s[i] >= 'A' && s[i] <= 'Z'))
    return false;
  bool within = sc->outline_line != 0 && sc->line_no - sc->outline_line <= 2;
  if (parts == 2 || within)
    sc->outline_line = sc->line_no;
  return parts == 3 && within;
}

/* Reports what was held for the lines after it, now that the line S (N
   bytes) has come: a number alone that S does not list with others; a
   JSON record's code whose enhanced code has not come in 8 lines; the
   finding of a multiline reply that S cannot go on.  */
static void
flush_stale (struct explain_scanner *sc, const char *s, size_t n)
{
  /* The line after the opening one may still be held as a header that
     could fold ("mta: 0xea6710: <<< 554-..."): it is read at its end.  */
  unsigned long next = sc->header_open ? sc->header_line : sc->line_no;
  if (sc->pending && !(sc->opened_line != 0 && next == sc->opened_line + 1))
    flush_pending (sc);
  if (sc->held)
    flush_unless_listed (sc, s, n);
  if (sc->json_held && sc->line_no - sc->json_line > 8)
    flush_json_held (sc);
}

/* Whether the line S (N bytes) only closes brackets, as source code's
   "    )" and "});" do: no text there that deeper lines go on.  */
static bool
only_closing_marks (const char *s, size_t n)
{
  size_t i = indent (s, n);
  if (i == n)
    return false;
  for (; i < n; i++)
    if (s[i] != ')' && s[i] != ']' && s[i] != '}' && s[i] != ';' && s[i] != ',' && !is_space (s[i]))
      return false;
  return true;
}

/* Whether the line S (N bytes), which could fold into the open
   paragraph, starts with a reply of another code than the folded line
   before it, which ended its reply: then it is a reply of its own (a
   multiline reply's lines, or a wrapped one's, repeat its code).  Notes
   the line if it starts with a reply.  */
static bool
reply_after_folded_reply (struct explain_scanner *sc, const char *s, size_t n)
{
  struct smtp_code code;
  char sep;
  size_t at = indent (s, n);
  if (reply_parse (s + at, n - at, false, &code, &sep) == 0)
    return false;
  if (sc->folded_reply_line != 0 && sc->folded_reply_line + 1 == sc->line_no
      && sc->folded_reply_ended && code.basic != sc->folded_reply_basic)
    return true;
  sc->folded_reply_line = sc->line_no;
  sc->folded_reply_basic = code.basic;
  sc->folded_reply_ended = sep != '-';
  return false;
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

  n -= n > 0 && s[n - 1] == '\r';
  flush_stale (sc, s, n);
  if (outline_entry (sc, s, n) || (n > 0 && may_be_detection_rule (s[0]) && detection_rule (s, n)))
    return;
  if (folds_into_header (sc, s, n) && !reply_after_folded_reply (sc, s, n))
    {
      fold (sc, s, n);
      return;
    }
  close_header (sc);
  /* What answers another protocol's command is that protocol's.  */
  if (answers_foreign (sc, s, n))
    return;
  if (format_line (sc, s, n))
    return;
  /* A server's reply, perhaps after a transcript's prompt; or indented,
     on the line after a client's command, as a code block quotes a
     transcript ("    AUTH PLAIN" over "    334").  */
  size_t prompt = prompt_len (s, n, server_prompts);
  if (prompt == 0 && sc->client_indented && after_client_command (sc, sc->line_no))
    prompt = indent (s, n);
  if ((len = reply_parse (s + prompt, n - prompt, false, &code, &sep)) != 0
      && decide_line_reply (s, n, prompt + len, &code))
    {
      if (ftp_reply (sc, &code, sc->line_no, s + prompt + len, n - prompt - len))
        {
          close_reply (sc);
          return;
        }
      if (listable (sc, prompt, prompt + len, n, &code))
        {
          close_reply (sc);
          hold_number (sc, &code);
          return;
        }
      reply_line (sc, s + prompt, n - prompt, len, &code, sep);
      return;
    }
  if (reply_goes_on (sc, s, n))
    return;
  note_ftp_reply (sc, s, n);
  note_command (sc, s, n);
  /* The first byte here: a call for each of a log's lines costs.  */
  char first = n > 0 ? (char) (s[0] | 0x20) : 0;
  if (first == 'd' && starts_ci (s, n, "Diagnostic-Code:"))
    {
      open_header (sc, s + 16, n - 16, true);
      return;
    }
  if (first == 's' && starts_ci (s, n, "Status:"))
    {
      status_field (sc, s + 7, n - 7);
      return;
    }
  /* A blank line ends a paragraph: nothing folds into it.  */
  if (indent (s, n) == n)
    {
      sc->blank_line = sc->line_no;
      return;
    }
  /* (Most lines end otherwise than with a digit or a space.)  */
  if (alone && !ends_with_number (s, n)
      && !(n > 0 && (is_digit (s[n - 1]) || is_space (s[n - 1])) && ends_with_said_code (s, n)))
    {
      trim (&s, &n);
      sc->text_last_line = sc->line_no;
      scan_text (sc, s, n, sc->line_no);
      return;
    }
  /* Nor into a line that only closes brackets: "    )", "});".  */
  if (!only_closing_marks (s, n))
    open_header (sc, s, n, false);
}

/* How the line S (N bytes) escapes what it holds, if it does: with
   markdown's escapes, a dot between digits escaped ("5\.1\.1"), as
   issue trackers that import old mail (Perl's, from RT) and generated
   docs write them, or the space after a code, as expect scripts and
   shells quote it ("250\ OK") (a backslash alone does not tell:
   Windows paths and regular expressions have them too); or with a
   space written "\x20",
   as nmap prints a service's answers in its fingerprints
   ("SF:r(NULL,18,\"220\x20Mail\x20Service\x20ready\r\n\")").  */
enum line_escapes { ESCAPES_NONE, ESCAPES_MARKDOWN, ESCAPES_HEX_SPACE };

static enum line_escapes
line_escapes (const char *s, size_t n)
{
  const char *end = s + n, *p = s;
  while ((p = memchr (p, '\\', (size_t) (end - p))) != NULL)
    {
      if (p > s && is_digit (p[-1]) && end - p > 2 && (p[1] == '.' || p[1] == ' ') && is_alnum (p[2]))
        return ESCAPES_MARKDOWN;
      if (p > s && is_digit (p[-1]) && end - p > 4 && p[1] == 'x' && p[2] == '2' && p[3] == '0')
        return ESCAPES_HEX_SPACE;
      p++;
    }
  return ESCAPES_NONE;
}

/* Copies the N bytes at S to OUT with each "\x20" a space; returns the
   length of the copy.  */
static size_t
drop_hex_spaces (const char *s, size_t n, char *out)
{
  size_t len = 0;
  for (size_t i = 0; i < n; i++)
    if (s[i] == '\\' && n - i >= 4 && s[i + 1] == 'x' && s[i + 2] == '2' && s[i + 3] == '0')
      out[len++] = ' ', i += 3;
    else
      out[len++] = s[i];
  return len;
}

/* Copies the N bytes at S to OUT without the backslash of each escaped
   ASCII space or punctuation character; returns the length of the
   copy.  */
static size_t
drop_markdown_escapes (const char *s, size_t n, char *out)
{
  size_t len = 0;
  for (size_t i = 0; i < n; i++)
    {
      if (s[i] == '\\' && i + 1 < n && s[i + 1] >= ' ' && s[i + 1] < 0x7f
          && !is_alnum (s[i + 1]))
        i++;
      out[len++] = s[i];
    }
  return len;
}

/* Drops the number, and the spaces after it, that the open header
   starts with, if it does.  */
static void
header_drop_number (struct explain_scanner *sc)
{
  size_t i = 0;
  while (i < sc->header_len && is_digit (sc->header[i]))
    i++;
  while (i < sc->header_len && is_space (sc->header[i]))
    i++;
  memmove (sc->header, sc->header + i, sc->header_len - i);
  sc->header_len -= i;
}

/* How many bytes of S (N bytes) a number after spaces takes, up to the
   space or tab after it, with its value and width; 0 if the line does not
   start so.  A list's "- " may come first: shell history pasted as a
   Markdown list ("- 530  git rebase -i").  */
static size_t
leading_number (const char *s, size_t n, int *value, size_t *width)
{
  size_t i = 0;
  while (i < n && s[i] == ' ')
    i++;
  if (n - i > 2 && s[i] == '-' && s[i + 1] == ' ')
    i += 2;
  size_t start = i;
  int v = 0;
  while (i < n && i - start < 7 && is_digit (s[i]))
    v = v * 10 + (s[i++] - '0');
  if (i == start || i - start == 7 || i == n || (s[i] != ' ' && s[i] != '\t'))
    return 0;
  *value = v;
  *width = i - start;
  return i;
}

/* Whether a number VALUE of WIDTH digits that starts a line could be a
   reply's code: three digits, 2 to 5 first.  */
static bool
code_like (int value, size_t width)
{
  return width == 3 && value >= 200 && value < 600;
}

/* How many words S (N bytes) has, counted up to four.  */
static size_t
few_words (const char *s, size_t n)
{
  size_t words = 0;
  for (size_t i = 0; i < n && words < 4; i++)
    words += !is_space (s[i]) && (i == 0 || is_space (s[i - 1]));
  return words;
}

/* Whether the numbers that start two lines in a row, UPPER over LOWER,
   stand in a column of numbers that shows the candidate code among them
   (UPPER, or else LOWER) to be no reply: right-aligned numbers of other
   widths ("     501 unreachable" under "       9 alive"), a listing's
   line numbers ("334 open_msglog_file(...)" under "333 static int"; a
   registered code too, once the listing has shown itself: "- 534  git
   rebase" under "- 533  git commit"), or counts with a few words each
   ("451 sudo" over "56 gammu"), the other number no code.  */
static bool
column_pair (const struct line_lead *upper, const struct line_lead *lower, bool upper_candidate)
{
  const struct line_lead *other = upper_candidate ? lower : upper;
  if (upper->end == lower->end
      && (upper->width != lower->width
          || (lower->value == upper->value + 1 && lower->width == 3
              && (other->row || codedb_find (codekey_basic (other->value)) == NULL))))
    return true;
  return upper->words < 4 && lower->words < 4 && !code_like (other->value, other->width);
}

/* How many bytes of the line S (N bytes) are a row's number in a column
   of numbers with the line before (column_pair); 0 if none.  Remembers
   this line's number for the next, and reports the reply held on the
   line before (column_held) unless this line shows it to be a row.  */
static size_t
column_row (struct explain_scanner *sc, const char *s, size_t n)
{
  /* Most lines start with no number (leading_number), and no line
     before waits for them: a log's lines cost no more.  */
  if (!sc->column_held && sc->lead_line == 0
      && (n == 0 || (s[0] != ' ' && s[0] != '-' && !is_digit (s[0]))))
    return 0;
  struct line_lead lead = { 0, 0, 0, 0, false };
  lead.end = leading_number (s, n, &lead.value, &lead.width);
  if (lead.end != 0 && lead.end < n)
    lead.words = few_words (s + lead.end, n - lead.end);
  bool above = lead.end != 0 && sc->lead_line != 0 && sc->lead_line + 1 == sc->line_no;
  /* Whether this line shows the number of the line above a row.  That
     line waits for it in one of two ways: as a reply held, or, indented,
     as free text that lines may fold into ("    550 foo" over "     23
     bar", uniq -c's count first); either way, its number goes.  */
  bool above_row = above && column_pair (&sc->lead, &lead, true);
  if (sc->column_held)
    {
      sc->column_held = false;
      if (!above_row)
        {
          emit (sc, &sc->reply_code, NULL, sc->reply_text, sc->reply_len, sc->reply_line);
          scan_quoted (sc, &sc->reply_code, sc->reply_text, sc->reply_len, sc->reply_line);
        }
    }
  if (above_row && !sc->lead.row && sc->header_open && !sc->header_diagnostic
      && sc->header_line == sc->lead_line)
    header_drop_number (sc);
  bool row = above && column_pair (&sc->lead, &lead, false);
  lead.row = row;
  sc->lead_line = lead.end != 0 ? sc->line_no : 0;
  sc->lead = lead;
  if (!row)
    return 0;
  size_t end = lead.end;
  while (end < n && is_space (s[end]))
    end++;
  return end;
}

/* Whether the line S (N bytes) ends as a setting's name does, its value
   to come on the next line: "unknown_local_recipient_reject_code =",
   a manual's "Default:".  */
static bool
names_setting (const char *s, size_t n)
{
  while (n > 0 && is_space (s[n - 1]))
    n--;
  size_t i = 0;
  while (i < n && is_space (s[i]))
    i++;
  return (n > i + 1 && s[n - 1] == '=' && s[n - 2] != '=')
    || (n - i == 8 && starts_ci (s + i, n - i, "Default:"));
}

/* Scans the line S (N bytes) as scan_line does, without its markdown
   escapes if it has them (only a line with a BACKSLASH may), and without
   the number that starts it when that is a row's in a column of
   numbers.  */
static void
scan_input_line (struct explain_scanner *sc, const char *s, size_t n, bool alone, bool backslash)
{
  enum line_escapes escapes = backslash ? line_escapes (s, n) : ESCAPES_NONE;
  if (escapes != ESCAPES_NONE)
    {
      n = escapes == ESCAPES_MARKDOWN ? drop_markdown_escapes (s, n, sc->unescaped)
        : drop_hex_spaces (s, n, sc->unescaped);
      s = sc->unescaped;
    }
  size_t row = column_row (sc, s, n);
  scan_line (sc, s + row, n - row, alone);
  if (names_setting (s, n))
    sc->setting_line = sc->line_no;
  if (n <= 24 && numbers_only (s, n))
    sc->number_line = sc->line_no;
}

struct explain_scanner *
explain_new (explain_callback callback, void *data)
{
  pthread_once (&prompt_once, index_prompts);
  struct explain_scanner *sc = xcalloc (1, sizeof *sc);
  sc->callback = callback;
  sc->data = data;
  sc->line_no = 1;
  sc->outer.basic = -1;
  sc->line = xmalloc (EXPLAIN_LINE_MAX);
  sc->reply_text = xmalloc (EXPLAIN_LINE_MAX);
  sc->pending_text = xmalloc (EXPLAIN_LINE_MAX);
  sc->header = xcalloc (1, EXPLAIN_LINE_MAX + SEARCH_PAD);
  sc->words = xmalloc (EXPLAIN_LINE_MAX);
  sc->inner = xcalloc (1, EXPLAIN_LINE_MAX + SEARCH_PAD);
  sc->unescaped = xcalloc (1, EXPLAIN_LINE_MAX + SEARCH_PAD);
  return sc;
}

void
explain_feed (struct explain_scanner *sc, const char *buf, size_t len)
{
  const char *limit = buf + len;
  while (len > 0)
    {
      bool backslash;
      size_t part = search_line_end (buf, len, &backslash);
      const char *nl = part < len ? buf + part : NULL;
      /* Past the cap the rest of the line is dropped, not stored.  */
      size_t room = EXPLAIN_LINE_MAX - sc->line_len, keep = part < room ? part : room;
      if (nl && sc->line_len == 0)
        /* The whole line is in BUF: no need to collect it first.  */
        scan_input_line (sc, buf, keep, limit - nl > SEARCH_PAD && !is_space (nl[1]), backslash);
      else
        {
          memcpy (sc->line + sc->line_len, buf, keep);
          sc->line_len += keep;
          sc->line_backslash = sc->line_backslash || backslash;
          if (!nl)
            return;
          scan_input_line (sc, sc->line, sc->line_len, false, sc->line_backslash);
          sc->line_backslash = false;
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
  pthread_once (&prompt_once, index_prompts);
  size_t prompt = prompt_len (line, n, server_prompts);
  /* Nor an outline's entry ("5.7.1 Address SELECTs"): outline_entry;
     nor a number then a space, which may show the reply held on the
     line before to be a row of counts (column_row); nor a line of
     numbers, which lists a code alone before it (hold_number).  */
  int value;
  size_t width;
  return !(n > 0 && is_space (line[0])) && !(n > 1 && is_digit (line[0]) && line[1] == '.')
    && leading_number (line, n, &value, &width) == 0 && !numbers_only (line, n)
    && reply_parse (line + prompt, n - prompt, false, &code, &sep) == 0;
}

void
explain_codes_only (struct explain_scanner *sc)
{
  sc->codes_only = true;
}

void
explain_mail_text (struct explain_scanner *sc)
{
  sc->mail_text = true;
}

unsigned long
explain_finish (struct explain_scanner *sc)
{
  if (sc->line_len > 0)
    scan_input_line (sc, sc->line, sc->line_len, false, sc->line_backslash);
  sc->line_backslash = false;
  sc->line_len = 0;
  column_row (sc, "", 0);
  flush_held (sc);
  close_header (sc);
  close_reply (sc);
  flush_json_held (sc);
  flush_pending (sc);
  return sc->count;
}

void
explain_free (struct explain_scanner *sc)
{
  if (sc == NULL)
    return;
  free (sc->line);
  free (sc->reply_text);
  free (sc->pending_text);
  free (sc->header);
  free (sc->words);
  free (sc->inner);
  free (sc->unescaped);
  free (sc);
}
