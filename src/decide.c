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
   and a wrong explanation is worse than none.  */

#include <config.h>

#include <string.h>

#include "bytesearch.h"
#include "codedb.h"
#include "decide.h"
#include "foreign.h"
#include "reply.h"
#include "scanchar.h"
#include "vendormatch.h"

/* A score this low rules the candidate out whatever else is seen.  */
#define VETO (-100)
/* Prose after a code: a veto, unless the words before say clearly that a
   reply is quoted (Chinese bounces' "said:550 is now disabled").  */
#define PROSE (-60)
#define CLEAR 5
/* What a code without an enhanced code of its class needs.  */
#define ENOUGH 3

/* The word lists are arrays of characters, not of pointers: a pointer in
   static data is relocated at every start of the program.  */
#define WORD_MAX 24

struct cue
{
  char word[12];
  size_t len;
  int weight;
};
#define CUE(word, weight) { word, sizeof word - 1, weight }

/* Words before a code.  A cue of four letters or more also counts at the
   end of a longer word: "responseCode", "SMTPFatalError", "ERROR_CODE".  */
static const struct cue cues_before[] = {
  CUE ("said", 3), CUE ("reply", 3), CUE ("replied", 3), CUE ("response", 3), CUE ("responded", 3),
  CUE ("returned", 3), CUE ("returns", 2), CUE ("received", 3), CUE ("answer", 3),
  CUE ("answered", 3), CUE ("error", 3), CUE ("failed", 3),
  CUE ("failure", 2), CUE ("code", 3), CUE ("retcode", 3), CUE ("status", 2), CUE ("reject", 3),
  CUE ("rejected", 3), CUE ("refused", 2), CUE ("smtp", 2), CUE ("lmtp", 2), CUE ("esmtp", 2),
  CUE ("server", 2), CUE ("recv", 3), CUE ("got", 2), CUE ("get", 2), CUE ("gets", 2),
  CUE ("mail", 1), CUE ("exception", 2), CUE ("message", 2),
  CUE ("msg", 2), CUE ("was", 1), CUE ("with", 1), CUE ("is", 1), CUE ("client", 1),
  CUE ("raised", 2), CUE ("like", 1), CUE ("deferred", 3), CUE ("bounced", 3), CUE ("info", 2),
  CUE ("err", 3), CUE ("resp", 3), CUE ("follows", 2), CUE ("mailkit", 2),
  /* A fake server in a shell script writes its replies: "echo 250 OK".  */
  CUE ("echo", 2),
  /* Error, response and message in German, French, Spanish, Portuguese
     and Italian bounces and forums.  */
  CUE ("fehler", 3), CUE ("antwort", 3), CUE ("meldung", 2), CUE ("erreur", 3),
  CUE ("respuesta", 3), CUE ("erro", 3), CUE ("resposta", 3), CUE ("errore", 3),
  CUE ("risposta", 3),
  /* Counts and ids, and a code that is not what came.  */
  CUE ("expect", VETO), CUE ("expected", VETO), CUE ("expecting", VETO), CUE ("instead", VETO), CUE ("than", VETO),
  CUE ("port", VETO), CUE ("line", VETO), CUE ("size", VETO), CUE ("version", VETO), CUE ("vsn", VETO),
  CUE ("ver", VETO), CUE ("pid", VETO), CUE ("width", VETO), CUE ("height", VETO),
  CUE ("since", VETO), CUE ("case", VETO),
  CUE ("id", VETO), CUE ("uid", VETO), CUE ("delay", VETO), CUE ("total", VETO), CUE ("count", VETO),
  CUE ("nrcpt", VETO), CUE ("length", VETO), CUE ("len", VETO), CUE ("http", VETO), CUE ("ftp", VETO),
  /* Prose: "a 550", "the 550 error".  */
  CUE ("a", -2), CUE ("an", -2), CUE ("the", -2), CUE ("of", -1), CUE ("every", -2), CUE ("any", -2),
};

/* Introducers in other scripts: Chinese, simplified and traditional
   (response, reply, failed, returned, error, rejected, code, bounce,
   the message a program shows, feedback);
   Russian, Japanese (error, error example, response) and Korean (error,
   response).  */
static const char script_cues[][16] = {
  "响应", "響應", "响应为", "響應為", "回复", "回覆", "答复", "失败", "失敗", "返回", "错误", "錯誤",
  "拒绝", "拒絕", "代码", "代碼", "退信", "提示", "反馈", "反饋", "ошибка", "Ошибка", "ошибки", "ответ", "Ответ", "сервера",
  "エラー", "エラー例", "応答", "오류", "응답", ""
};

/* Words after a code that say it is not one: units and counts.  */
static const char units[][WORD_MAX] = {
  "b", "bytes", "byte", "kb", "kib", "mb", "mib", "gb", "k", "ms", "s", "sec", "secs",
  "second", "seconds", "min", "mins", "minute", "minutes", "h", "hours", "hour", "days", "day",
  "messages", "msgs", "mails", "emails", "recipients", "rcpts", "users", "connections",
  "times", "items", "lines", "requests", "percent", "px", "bits", "bit", "files", "directories",
  "folders", "entries", "rows", "records", "pages", "page", "words", "character", "characters", "chars", "packets",
  "bps", "kbps", "mbps", "baud", "events", "attempts", "retries", "subscribers", "contacts",
  "sends", ""
};

/* Prose goes on with these after a code; a server's words do not start
   so.  */
static const char prose_words[][WORD_MAX] = {
  "of", "or", "and", "to", "for", "in", "on", "at", "by", "is", "was", "are", "were",
  "has", "have", "had", "will", "would", "should", "can", "may", "does", "did", "added", "adds",
  "fixes", "fixed", "release", "released", "version", "it", "with", "returned", "along",
  "through", "due", "followed", "while", "which", "but", "so", "since", "because", "unless", "when",
  "if", "here", "as",
  "или", "oder", "und", "ou", "et", "auch",
  "during", "stands", "appears", "occurs", "happens", "usually", "typically", "often",
  "generally", "also", "etc", "seems", "seem",
  /* Prose in Portuguese, Spanish and French: "códigos de erro 550 dos
     servidores", "Erro 500 ao fazer cadastro".  */
  "dos", "des", "del", "para", "pour", "ao",
  /* German puts the verb after the code: "immer wieder Fehler 550
     bekam".  */
  "bekam", "bekomme", "bekommen", "bekommt", "erhalte", "erhalten", "erhielt",
  /* A question about the code: "SMTP error 553, what does it mean?"  */
  "what", "why", "how", "which", ""
};

/* Words that servers write in replies.  */
static const char reply_words[][WORD_MAX] = {
  "ok", "requested", "mailbox", "user", "unknown", "rejected", "denied", "access",
  "authentication", "service", "relay", "relaying", "recipient", "sender", "address",
  "closing", "try", "too", "message", "blocked", "spam", "greylisted", "esmtp", "smtp", "bye",
  "please", "accepted", "queued", "no", "not", "invalid", "unavailable", "temporarily",
  "error", "failed", "failure", "syntax", "command", "sorry", "policy", "quota", "mail",
  "incorrect", "username", "password", "exceeded", "must", "ready", "enter", "hello",
  "login", "rcpt", "data", "auth", "dt", "ip", "your", "this", "the", "we", "sending",
  "reject", "delivery", "client", "unable", "connection", "permanent", "temporary", "can't",
  "cannot", "unauthenticated", "unroutable", "unrouteable", "undeliverable", "dmarc", "spf",
  "dkim", "starttls", "encryption",
  /* What servers say with 354: "Start mail input", "End data with
     <CR><LF>.<CR><LF>", "Go ahead".  */
  "start", "end", "go",
  /* Exchange's components that name a failure: "5.2.0
     STOREDRV.Submission.Exception:...", "RESOLVER.ADR.RecipNotFound".  */
  "resolver", "storedrv", "smtpsend", ""
};

/* Words after "error" that make prose of it: "500 error occured".  */
static const char prose_after_error[][WORD_MAX] = {
  "occured", "occurred", "occurs", "occur", "happens", "happened", "happen", "when", "while",
  "because", "thrown", "raised", "page", "code", "codes", "message", "means", "mean",
  "indicates", "is", "from", "if", "has", "was", "now", "again", "still", "wrapped", "should",
  "would", "could", "will", ""
};

/* Words after a code that talk about it: "Code 550 means".  */
static const char prose_after[][WORD_MAX] = {
  "means", "mean", "meaning", "indicates", "signals", "signifies", "represents", "denotes",
  "refers", "code", "codes", "errors", "reply", "replies", "bounces",
  "status", "instead", "rather", "response", "responses",
  /* The same in French, German, Spanish and Italian: "L'erreur SMTP
     550 5.7.1 est un code ...".  */
  "est", "signifie", "indique", "ist", "bedeutet", "es", "significa", "indica", "указывает",
  "означает",
  /* Chinese: "返回 501 错误码" (returns error code 501).  */
  "错误码", "错误代码", "状态码", "返回码", "响应码", ""
};

static bool
word_char (char c)
{
  return is_alnum (c) || c == '_';
}

/* Whether the word S (N bytes) is WORD, ignoring case.  */
static bool
word_is (const char *s, size_t n, const char *word)
{
  return strlen (word) == n && same_bytes (s, word, n, true);
}

/* The index of the first of WORDS that S (N bytes) starts with as a
   whole word, or -1.  */
static int
starts_word (const char *s, size_t n, const char (*words)[WORD_MAX])
{
  for (int w = 0; words[w][0]; w++)
    {
      if (lower (s[0]) != words[w][0])
        continue;
      size_t len = strlen (words[w]);
      /* "can't" is no "can".  */
      if (len <= n && same_bytes (s, words[w], len, true)
          && (len == n || (!word_char (s[len])
                           && !(s[len] == '\'' && len + 1 < n && is_alpha (s[len + 1])))))
        return w;
    }
  return -1;
}

/* Whether a unit starts S (N bytes): "552 bytes", "421 k", but not the
   first label of a host name ("220 k.host.md ESMTP Postfix").  */
static bool
unit_at (const char *s, size_t n)
{
  /* A rate: "500 email/ngày", "100 message/hour".  */
  static const char per[][WORD_MAX] = {
    "email", "mail", "message", "msg", "recipient", "connection", "request", ""
  };
  int rate = starts_word (s, n, per);
  size_t word = rate >= 0 ? strlen (per[rate]) : 0;
  if (rate >= 0 && word < n && s[word] == '/')
    return true;
  int unit = starts_word (s, n, units);
  if (unit < 0)
    return false;
  size_t len = strlen (units[unit]);
  return !(len + 1 < n && s[len] == '.' && is_alnum (s[len + 1]));
}

/* Whether the word S (N bytes) is made of two, the second starting at
   offset K: at a capital or after '_' or '-' ("responseCode",
   "SMTPFatalError", "ERROR_CODE"), or after a word that names a reply
   ("replycode", "smtpstatus"), but not "Unicode" or "account".  */
static bool
compound_at (const char *s, size_t k)
{
  static const char heads[][WORD_MAX] = {
    "reply", "response", "error", "smtp", "status", "delivery", "diagnostic", "ret", "return",
    "server", ""
  };
  if ((s[k] >= 'A' && s[k] <= 'Z') || s[k - 1] == '_' || s[k - 1] == '-')
    return true;
  for (int h = 0; heads[h][0]; h++)
    if (word_is (s, k, heads[h]))
      return true;
  return false;
}

/* Whether the word S (N bytes), a field's name, ends in a unit, a count
   or an id: "resp_bytes": 451, "file_size", "rcptCount".  */
static bool
counting_name (const char *s, size_t n)
{
  size_t k = n;
  while (k > 1 && s[k - 1] != '_' && s[k - 1] != '-'
         && !(s[k - 1] >= 'A' && s[k - 1] <= 'Z' && s[k - 2] >= 'a' && s[k - 2] <= 'z'))
    k--;
  if (k <= 1)
    return false;
  if (s[k - 1] >= 'A' && s[k - 1] <= 'Z')
    k--;                        /* camelCase: the tail starts at the capital */
  if (n - k < 2)
    return false;
  int unit = starts_word (s + k, n - k, units);
  if (unit >= 0 && strlen (units[unit]) >= 2)
    return true;
  for (size_t c = 0; c < sizeof cues_before / sizeof cues_before[0]; c++)
    if (cues_before[c].weight == VETO && word_is (s + k, n - k, cues_before[c].word))
      return true;
  return false;
}

/* The weight of the word S (N bytes) before a code, or 0.  */
static int
cue_weight (const char *s, size_t n)
{
  for (size_t c = 0; c < sizeof cues_before / sizeof cues_before[0]; c++)
    {
      size_t len = cues_before[c].len;
      if (len > n || lower (s[n - 1]) != cues_before[c].word[len - 1]
          || !same_bytes (s + n - len, cues_before[c].word, len, true))
        continue;
      /* Only a word that introduces a reply counts at the end of
         another.  */
      if (len == n || (len >= 4 && cues_before[c].weight > 0 && compound_at (s, n - len)))
        return cues_before[c].weight;
    }
  return 0;
}

/* Whether one of WORDS (the last one empty) ends at offset K of S, the
   text starting at LO.  */
static bool
ends_with_one (const char *s, size_t lo, size_t k, const char (*words)[16])
{
  for (int c = 0; words[c][0]; c++)
    {
      size_t len = strlen (words[c]);
      if (k - lo >= len && memcmp (s + k - len, words[c], len) == 0)
        return true;
    }
  return false;
}

/* The weight of the text in another script that ends at offset K of S,
   or 0.  */
static int
script_weight (const char *s, size_t lo, size_t k)
{
  /* Mail, as "mail" counts in English: "报警邮件554 Sender address not
     allowed", but not "邮件 550 封" (550 mails); an error reported,
     which prose says too ("报554垃圾邮件错误", reported a 554 spam
     error): "报了个501 Mail from address must be same as authorization
     user".  */
  static const char mail[][16] = {
    "邮件", "郵件", "报错", "報錯", "报", "報", "报了个", "報了個", ""
  };
  return ends_with_one (s, lo, k, script_cues) ? 3 : ends_with_one (s, lo, k, mail) ? 1 : 0;
}

/* The last byte of the UTF-8 quote that closes the one that ends at
   offset K of S (the line from LO), or 0 when none opens there: ‘ “ « of
   English and French, ‚ „ of German, ” of Swedish, » of Danish
   (reply_text_end knows the closing ones).  */
static char
utf8_quote_closer (const char *s, size_t lo, size_t k)
{
  const unsigned char *u = (const unsigned char *) s + k;
  if (k - lo >= 2 && u[-2] == 0xC2 && (u[-1] == 0xAB || u[-1] == 0xBB))
    return (char) (u[-1] ^ (0xAB ^ 0xBB));              /* « » */
  if (k - lo < 3 || u[-3] != 0xE2 || u[-2] != 0x80)
    return 0;
  switch (u[-1])
    {
    case 0x98: case 0x9C: return (char) (u[-1] + 1);    /* ‘ “ */
    case 0x9A: case 0x9E: return (char) (u[-1] - 2);    /* ‚ „ */
    case 0x9D: return (char) u[-1];                     /* ” */
    default: return 0;
    }
}

/* The length of the UTF-8 symbol that ends at offset K of S, or 0:
   U+2000 to U+2FFF (punctuation, arrows, box drawing: "└──550"),
   full-width punctuation, guillemets ("«550 ...»", "»550 ...«") and the
   no-break space.  Sets *WEIGHT to what it says of a code after it: 2
   for a full-width colon, 1 for an opening quote (utf8_quote_closer),
   else 0.  */
static size_t
symbol_before (const char *s, size_t lo, size_t k, int *weight)
{
  const unsigned char *u = (const unsigned char *) s + k - 3;
  *weight = 0;
  if (k - lo >= 2 && u[1] == 0xC2 && (u[2] == 0xAB || u[2] == 0xBB || u[2] == 0xA0))
    return *weight = utf8_quote_closer (s, lo, k) != 0, 2;
  if (k - lo < 3 || (u[1] & 0xC0) != 0x80 || (u[2] & 0xC0) != 0x80)
    return 0;
  if (u[0] == 0xE2)
    return *weight = utf8_quote_closer (s, lo, k) != 0, 3;
  /* A label's closing bracket: 【内容】451 ..., 「Status:5.2.0」; or a
     Japanese opening quote: ・「553 sorry, ...」.  */
  if (u[0] == 0xE3 && u[1] == 0x80)
    return *weight = u[2] == 0x91 || u[2] == 0x8D || u[2] == 0x8C || u[2] == 0x8E, 3;
  if (u[0] == 0xEF && u[1] == 0xBC && (u[2] == 0x9A || u[2] == 0x8C || u[2] == 0x88))
    return *weight = u[2] == 0x9A ? 2 : 0, 3;
  return 0;
}

/* Whether nothing but punctuation, symbols, spaces, numbers and a log's
   bracketed tags stands in S before offset K: the code starts the line,
   for a reader ("[MTA ] 2004/12/22 08:15:15 220 docomo.ne.jp ...").  */
static bool
line_start (const char *s, size_t k)
{
  for (size_t i = 0; i < k; i++)
    {
      unsigned char c = (unsigned char) s[i];
      if (c == '[')
        {
          const char *close = memchr (s + i, ']', k - i);
          if (close == NULL)
            return false;
          i = (size_t) (close - s);
        }
      else if (is_alpha (s[i]) || (c >= 0xC3 && c != 0xE2))
        return false;
    }
  return true;
}

/* Whether a Chinese numeral that starts the line ends at offset K of S
   (the line from LO): an item's number, as "一、550 Sender verify
   failed" numbers a list in Chinese where "1. 550" would in English.  */
static bool
chinese_item_number (const char *s, size_t lo, size_t k)
{
  static const char numerals[][16] = {
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", ""
  };
  return k - lo >= 3 && ends_with_one (s, lo, k, numerals) && line_start (s, k - 3);
}

/* Whether WORD (or, with OR, that word) is one of the COUNT words before
   offset K of S, Markdown's emphasis left out ("**_Expected").  */
static bool
word_among_before (const char *s, size_t lo, size_t k, int count, const char *word,
                   const char *or)
{
  for (int words = 0; words < count && k > lo; words++)
    {
      while (k > lo && !word_char (s[k - 1]))
        k--;
      size_t end = k;
      while (k > lo && word_char (s[k - 1]))
        k--;
      size_t start = k;
      while (start < end && s[start] == '_')
        start++;
      if (word_is (s + start, end - start, word) || (or && word_is (s + start, end - start, or)))
        return true;
    }
  return false;
}

/* Whether the word S (N bytes) is an SMTP command, in capitals, or
   typed by hand in lower case in a telnet session ("ehlo", "rcpt to:");
   but "mail", "data" and "auth" are prose's words too.  */
static bool
command_word (const char *s, size_t n)
{
  static const struct
  {
    char word[9];
    bool typed;
  } commands[] = {
    { "EHLO", true }, { "HELO", true }, { "MAIL", false }, { "RCPT", true }, { "DATA", false },
    { "BDAT", false }, { "QUIT", true }, { "RSET", true }, { "AUTH", false }, { "VRFY", false },
    { "EXPN", false }, { "NOOP", true }, { "STARTTLS", true }, { "", false }
  };
  for (int c = 0; commands[c].word[0]; c++)
    if (strlen (commands[c].word) == n
        && (memcmp (s, commands[c].word, n) == 0
            || (commands[c].typed && same_bytes (s, commands[c].word, n, true))))
      return true;
  return false;
}

/* Whether "expected" is one of the eight words before offset K of S.  */
static bool
expected_before (const char *s, size_t lo, size_t k)
{
  return word_among_before (s, lo, k, 8, "expected", NULL);
}

/* Whether a word two or three words before offset K says that the code
   is not the reply that came: "Expected response code 250".  */
static bool
far_veto (const char *s, size_t lo, size_t k)
{
  return word_among_before (s, lo, k, 3, "expected", "instead");
}

/* Whether the '[' before offset K of S (N bytes) opens a Markdown
   link's text: its ']' is followed by '(' within the next 64 bytes.  */
static bool
link_text (const char *s, size_t n, size_t k)
{
  for (size_t i = k; i + 1 < n && i < k + 64; i++)
    if (s[i] == ']')
      return s[i + 1] == '(';
  return false;
}

/* Whether an HTML tag that starts a block of text ends at offset K - 1
   of S: "<p>", "<td class=\"x\">", "<li>", "<pre>", "<br/>", or an empty
   anchor.  */
static bool
html_block_before (const char *s, size_t lo, size_t k)
{
  static const char tags[][WORD_MAX] = {
    "p", "td", "th", "li", "dd", "pre", "code", "div", "br", "tt", "blockquote", ""
  };
  size_t open = k - 1;
  while (open > lo && s[open - 1] != '<' && s[open - 1] != '>' && k - open < 64)
    open--;
  if (open == lo || s[open - 1] != '<')
    return false;
  /* An empty anchor before a heading's text, as Microsoft's pages write
     them: "# <a name=\"47500-...\"></a>4.7.500 Server busy".  */
  if (k - open == 3 && s[open] == '/' && (s[open + 1] | 0x20) == 'a' && open >= lo + 2
      && s[open - 2] == '>')
    return true;
  size_t end = open;
  while (end < k - 1 && is_alpha (s[end]))
    end++;
  for (int t = 0; tags[t][0]; t++)
    if (word_is (s + open, end - open, tags[t]))
      return true;
  return false;
}

/* Whether the line S (N bytes) ends as the diagnostic lines of
   Exchange's NDRs do, with " ##".  */
static bool
ndr_closed (const char *s, size_t n)
{
  while (n > 0 && is_space (s[n - 1]))
    n--;
  return n >= 3 && s[n - 1] == '#' && s[n - 2] == '#' && s[n - 3] == ' ';
}

/* The weight of the punctuation at offset K - 1 of S, before a code
   at P.  */
static int
punct_weight (const char *s, size_t n, size_t lo, size_t k, size_t p, bool enhanced)
{
  /* Source code compares a code: "code < 500", "status > 399".  */
  if ((s[k - 1] == '<' || s[k - 1] == '>') && k < p && s[k] == ' ' && k - lo >= 3
      && s[k - 2] == ' ' && (word_char (s[k - 3]) || s[k - 3] == ')'))
    return VETO;
  switch (s[k - 1])
    {
    case ':':
      return 2;
    case '#':
      /* qmail's "#5.7.1"; Exchange's "#550 5.1.10" has its enhanced code.  */
      return k != p ? 0 : enhanced ? 3 : 1;
    case '>':
      /* "->", "=>", ">>>"; but Debian's "(>> 4.2.1)" is a version.  An
         HTML paragraph or cell starts as a line does: "<p>550 Ip
         frequency limited."  */
      return (k - lo >= 2 && (s[k - 2] == '-' || s[k - 2] == '='
                              || (k - lo >= 3 && s[k - 2] == '>' && s[k - 3] == '>')))
        || (k == p && html_block_before (s, lo, k)) ? 2 : 0;
    case '<':
      /* "<<< 554", MDaemon's "<-- 554", "...<421 4.4.2 ...>"; but Debian's
         "(<< 2.7.18)".  */
      if ((k - lo >= 3 && s[k - 2] == '<' && s[k - 3] == '<') || (k < p && s[k] == '-'))
        return 2;
      /* Exchange's protocol log marks what it received: "...:25,<,220 ...".  */
      if (k < p && s[k] == ',' && k - lo >= 2 && s[k - 2] == ',')
        return 2;
      /* Swift Mailer's log: "<< 220 mx ESMTP", also in the middle of a
         line.  */
      if (k < p && s[k] == ' ' && k - lo >= 2 && s[k - 2] == '<'
          && (k - lo == 2 || s[k - 3] == ' '))
        return 2;
      /* Other arrows that mark what the client read: chasquid's tests
         write "c <~ 552 5.3.4" and "c <... 250 HELP".  */
      if (k < p && (s[k] == '~' || (s[k] == '.' && k + 1 < p && s[k + 1] == '.')))
        return 2;
      /* What a client received, marked in the middle of a log line:
         "smtp_client - 192.0.2.1:25 - < 250-mx.example.com".  */
      if (k < p && s[k] == ' ' && k - lo >= 3 && s[k - 2] == ' '
          && (s[k - 3] == '-' || s[k - 3] == ':' || s[k - 3] == ']'))
        return 2;
      return k == p;
    case '.':
      /* Sendmail's "<a@b>... 5.2.2 Mailbox full"; a reply after a
         sentence ("... SMTP-Einstellungen. 501 Syntax: HELO hostname").  */
      return (k - lo >= 3 && s[k - 2] == '.' && s[k - 3] == '.' && s[k] != '.')
        || (k < p && s[k] == ' ' && k - lo >= 2 && is_alpha (s[k - 2]));
    case '[':
      /* Markdown's "![554][554]" names an image or a link, and so does
         "[4.2.3: Reply Codes](https://...)".  */
      return (k - lo >= 2 && (s[k - 2] == '!' || s[k - 2] == ']')) || link_text (s, n, k) ? VETO : 1;
    case '=':
      /* Source code compares a code: "responseCode == 550", "!= 250".  */
      return k - lo >= 2 && (k == p || s[k] == ' ')
        && (s[k - 2] == '=' || s[k - 2] == '!' || s[k - 2] == '<' || s[k - 2] == '>') ? VETO : 1;
    case '\'': case '"': case '`': case '(': case ';': case '{': case '|':
      return 1;
    case ']':
      /* A log's tag: "INFO [STDOUT] 220 mail1 ESMTP Postfix".  */
      return k < p && s[k] == ' ';
    case '_': case '*':
      /* Markdown's emphasis opens what is quoted, as a quote does ("search
         for _501 Connection rejected by policy [7.7]_"), and so does
         qmail's '_' for a space ("said:_500_No_such_user").  */
      return k == p && (k - lo < 2 || !word_char (s[k - 2]));
    case '-':
      /* Set apart by spaces: "Invalid login - 454 Temporary ...".  */
      return k < p && s[k] == ' ' && k - lo >= 2 && s[k - 2] == ' ';
    default:
      return 0;
    }
}

/* Whether the candidate at P follows an escaped line break: "\n".  */
static bool
escaped_newline (const char *s, size_t lo, size_t p)
{
  return p - lo >= 2 && s[p - 1] == 'n' && s[p - 2] == '\\';
}

/* Reads an enhanced code at S (N bytes) into CODE, also when a word
   in capitals is glued to it, as some programs print a three-digit
   code's enhanced code ("550\n5.7.1Unauthorized", "5.7.0SMTP server
   error").  Returns its length, or 0.  */
static size_t
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

/* Reads the enhanced code that may follow a three-digit code at Q: after
   ' ', '-', ':', ';' or '.', perhaps spaces, '#' or a quote (which then sets
   *QUOTE); with SAME, only one of the code's class.  Returns where it
   ends, or 0.  */
static size_t
enhanced_after (const char *s, size_t n, size_t q, struct smtp_code *code, bool same,
                char *quote)
{
  /* '_' for spaces in qmail's logs, '+' in those of Microsoft's SMTP
     service ("550+5.1.1+User+unknown").  */
  /* Google's tables: 421, "4.7.0", ...; an escaped line break:
     550\n5.7.1; a milter's arguments: setreply('550','5.7.1','...').  */
  if (q >= n)
    return 0;
  if (!(s[q] == ' ' || s[q] == '-' || s[q] == ':' || s[q] == '.' || s[q] == '_'
        || s[q] == '+' || s[q] == ';' || s[q] == ','
        || (s[q] == '\\' && q + 1 < n && s[q + 1] == 'n')))
    {
      if (!((s[q] == '\'' || s[q] == '"') && q + 2 < n && s[q + 1] == ','))
        return 0;
      q++;
    }
  size_t i = q + 1 + (s[q] == '\\');
  while (i < n && is_space (s[i]) && s[q] != '.')
    i++;
  /* Zoho's "ERROR CODE :550 - 5.2.1"; a table's next cell, as Google's
     pages give a reply ("| 452 | 4.2.2 | ..."); a call's next argument,
     spaced: "self.setReply(555 , '5.7.0' , '...')".  */
  if (s[q] == ' ' && i + 1 < n && (s[i] == '-' || s[i] == '|' || s[i] == ',') && s[i + 1] == ' ')
    for (i++; i < n && is_space (s[i]);)
      i++;
  char open = i < n && (s[i] == '\'' || s[i] == '"') ? s[i] : 0;
  /* The dash of a folded line's prefix left before the enhanced code:
     "Error: 535: -5.7.8 Username and Password not accepted."  */
  bool dash = i > q + 1 && i + 1 < n && s[i] == '-' && is_digit (s[i + 1]);
  if (i < n && (s[i] == '#' || open || dash))
    i++;
  struct smtp_code e = { .enhanced_class = -1 };
  size_t len = enhanced_glued (s + i, n - i, &e);
  if (len == 0 || ((same || dash) && e.enhanced_class != code->basic / 100))
    return 0;
  /* A quote around the enhanced code alone: 421, "4.7.0", Our system ...  */
  if (open && i + len < n && s[i + len] == open)
    len++, open = 0;
  if (open)
    *quote = open;
  code->enhanced_class = e.enhanced_class;
  code->subject = e.subject;
  code->detail = e.detail;
  return i + len;
}

/* Whether an enhanced code of its class follows the code at P of S (N
   bytes): "454 4.7.1".  */
static bool
enhanced_of_class_follows (const char *s, size_t n, size_t p)
{
  struct smtp_code code = { .basic = (s[p] - '0') * 100, .enhanced_class = -1 };
  char quote = 0;
  return enhanced_after (s, n, p + 3, &code, true, &quote) > 0;
}

/* What is glued to the candidate at P: a word that introduces it, or
   something that rules it out.  Returns the weight; *GLUED tells whether
   anything was glued at all.  */
static int
glued_before (const char *s, size_t n, size_t lo, size_t p, bool *glued)
{
  char c = s[p - 1];
  *glued = true;
  /* qmail writes '_' for spaces: "said:_550_5.1.1_<a@b>".  */
  if (is_alpha (c) || (c == '_' && p - lo >= 2 && word_char (s[p - 2])))
    {
      /* An escaped line break, as in a JSON string or a program's repr
         of a reply (Ok\r\n250 2.1.5 Ok): what follows starts a line.  */
      if (escaped_newline (s, lo, p))
        return 2;
      size_t k = p;
      while (k > lo && word_char (s[k - 1]))
        k--;
      int w = cue_weight (s + k, p - k);
      return w >= 2 ? w : VETO;
    }
  /* '~' and '^' of a version range: "openid-client": "~5.7.1".  */
  if (c == '.' || c == '/' || c == '@' || c == '+' || c == '\\' || c == '$' || c == '%' || c == '~'
      || c == '^')
    return VETO;
  /* The milliseconds of Java's "21:39:45,334", a number's thousands.  */
  if (c == ',' && p - lo >= 2 && is_digit (s[p - 2]))
    return VETO;
  if (c == '-' && s[p + 1] == '.')
    return p - lo >= 2 && is_alnum (s[p - 2]) ? VETO : 0;  /* "550-5.1.1" whose 550 was none */
  /* A negative number: "Error Code: -401".  */
  if (c == '-' && p - lo >= 2 && (s[p - 2] == ' ' || s[p - 2] == ':' || s[p - 2] == '='
                                  || s[p - 2] == '(' || s[p - 2] == ','))
    return VETO;
  if (c == '-')
    /* "550-550 5.1.10": a reply quoted in another; "mx-550", "2016-250": no.  */
    return p - lo >= 4 && code_digits (s + p - 4) && (p - lo == 4 || !is_alnum (s[p - 5]))
      ? 3 : p - lo >= 2 && is_alnum (s[p - 2]) ? VETO : 0;
  /* A port, a time; but a port has no enhanced code after it: a paste
     that lost Postfix's space ("RCPT from mx[192.0.2.1]:454 4.7.1").  */
  if (c == ':' && p - lo >= 2
      && (is_digit (s[p - 2]) || (s[p - 2] == ']' && !enhanced_of_class_follows (s, n, p))))
    return VETO;
  if (c == ':' && p - lo >= 2 && word_char (s[p - 2]) && p + 3 < n && s[p + 3] == ':')
    return VETO;                /* a place in a file: "smtp.rs:442:" */
  if (c == ':')
    /* A file's line or a host's port: "../common/test.c:334",
       "mx.example.com:250"; but "RCPT TO:550".  */
    for (size_t k = p - 1; k > lo && k + 64 > p; k--)
      {
        char b = s[k - 1];
        if (b == '.' || b == '/')
          return VETO;
        if (!word_char (b) && b != '-')
          break;
      }
  /* A process id in a log's "postfix/smtp[450]:".  */
  if (c == '[' && p - lo >= 2 && word_char (s[p - 2]) && p + 3 < n && s[p + 3] == ']')
    return VETO;
  *glued = false;
  return 0;
}

/* Moves *K back over the spaces, punctuation and symbols before it;
   returns their weight (at most 3).  */
static int
skip_marks (const char *s, size_t n, size_t lo, size_t *k, size_t p, bool enhanced)
{
  int score = 0;
  int symbol = 0;
  while (*k > lo && (!word_char (s[*k - 1])
                     || (s[*k - 1] == '_' && (*k - lo == 1 || !word_char (s[*k - 2])))))
    {
      size_t len = (unsigned char) s[*k - 1] >= 0x80 ? symbol_before (s, lo, *k, &symbol) : 1;
      if (len == 0)
        break;
      /* Python's bytes: "reply: b'250 ...'".  */
      if ((s[*k - 1] == '\'' || s[*k - 1] == '"') && *k - lo >= 2
          && (s[*k - 2] == 'b' || s[*k - 2] == 'u') && (*k - lo == 2 || !word_char (s[*k - 3])))
        {
          score += 1;
          *k -= 2;
          continue;
        }
      score += len == 1 ? punct_weight (s, n, lo, *k, p, enhanced) : symbol;
      *k -= len;
    }
  return score < 3 ? score : 3;
}

/* Whether a report's diagnostic type, "smtp;" in any case and not the
   end of a longer word, ends at offset K of S (the line from LO).  */
static bool
smtp_type_before (const char *s, size_t lo, size_t k)
{
  return k - lo >= 5 && same_bytes (s + k - 5, "smtp;", 5, true)
    && (k - lo == 5 || !word_char (s[k - 6]));
}

/* The quote before a report's diagnostic type that ends at K of S (the
   line from LO), or 0: "response": "smtp;550 ...".  */
static char
quote_before_type (const char *s, size_t lo, size_t k)
{
  if (k - lo >= 6 && s[k - 1] == ';' && (s[k - 6] == '"' || s[k - 6] == '\'')
      && smtp_type_before (s, lo, k))
    return s[k - 6];
  return 0;
}

/* The quote that opens the words of a code at P, or 0: the ASCII quote
   itself, also before a diagnostic type ("smtp;550 ..."), or the last
   byte of the UTF-8 quote that closes it (utf8_quote_closer): German
   "„552 ...“", Swedish "”552 ...”", Danish "»552 ...«".  */
static char
opening_quote (const char *s, size_t lo, size_t p)
{
  char c = p > lo ? s[p - 1] : 0;
  if (c == '\'' || c == '"' || c == '`')
    return c;
  /* Markdown's emphasis: "_501 Connection rejected_"; but qmail writes
     '_' for a space ("said:_550_5.1.1").  */
  if ((c == '_' || c == '*') && (p - lo < 2 || is_space (s[p - 2])))
    return c;
  if ((unsigned char) c < 0x80)
    return c == ';' || c == ' ' ? quote_before_type (s, lo, c == ' ' ? p - 1 : p) : 0;
  return utf8_quote_closer (s, lo, p);
}

/* Moves *K back over the spaces and the word before it (perhaps none);
   returns where the word ends.  */
static size_t
word_before (const char *s, size_t lo, size_t *k)
{
  while (*k > lo && is_space (s[*k - 1]))
    --*k;
  size_t end = *k;
  while (*k > lo && word_char (s[*k - 1]))
    --*k;
  return end;
}

/* The weight of a word such as "was" or "with" that ends before offset
   K of S: that of the word before it when that one introduces a reply
   ("The server response was 5.7.3", "failed with 550"), else 1.  */
static int
linked_cue (const char *s, size_t lo, size_t k)
{
  size_t end = word_before (s, lo, &k);
  int w = end > k ? cue_weight (s + k, end - k) : 0;
  return w >= 3 ? w : 1;
}

/* Whether the word before offset K of S names SMTP: "SMTP StatusCode:
   451" is no HTTP status.  */
static bool
names_smtp_before (const char *s, size_t lo, size_t k)
{
  size_t end = word_before (s, lo, &k);
  return word_is (s + k, end - k, "smtp") || word_is (s + k, end - k, "esmtp")
    || word_is (s + k, end - k, "lmtp");
}

/* Whether the word that starts at offset K of S, after a '.', ends a
   mail address ("***@yahoo.com, 554 delivery error"): a bounce names the
   recipient before the reply for it.  */
static bool
address_before (const char *s, size_t lo, size_t k)
{
  for (size_t i = k; i > lo && k - i < 256; i--)
    {
      char c = s[i - 1];
      if (c == '@')
        return true;
      if (!word_char (c) && c != '.' && c != '-')
        return false;
    }
  return false;
}

/* The weight of the word from K to END before the code at P, whose
   weight as a cue is W.  */
static int
word_weight (const char *s, size_t lo, size_t k, size_t end, size_t p, bool enhanced, int w)
{
  /* The server's prompt of a transcript in the middle of a log line:
     Haraka's "[outbound] S: 220".  */
  if (end - k == 1 && s[k] == 'S' && s[end] == ':')
    return 3;
  /* What came, after what was expected: "Expected smtp code 250, got 552".  */
  if (word_is (s + k, end - k, "got") && expected_before (s, lo, k))
    return CLEAR;
  /* The command the reply answered: curl's "REPLY EHLO 500 Command
     unrecognized".  */
  if (w == 0 && command_word (s + k, end - k))
    return 2;
  /* A letter that marks a log's stream or level starts the line as well
     (WebSphere's "O 220 CAESAR ESMTP").  */
  if (w == 0 && k == 0 && end == 1 && s[0] >= 'B' && s[0] <= 'Z' && s[1] == ' ')
    return 2 - enhanced;
  /* A quote opens what is quoted after "a" or "the": "will see a '550 -
     Connection frequency limited' warning".  */
  int symbol;
  if (w < 0 && w > VETO / 2
      && (opening_quote (s, lo, p)
          || ((unsigned char) s[p - 1] >= 0x80 && symbol_before (s, lo, p, &symbol)
              && symbol == 1)))
    return 0;
  if (w == 1)
    return linked_cue (s, lo, k);
  if (w == 0 && k > lo && s[k - 1] == '.' && address_before (s, lo, k))
    return 2;
  return w;
}

/* Whether an enhanced code follows the three-digit code at P of S (N
   bytes): HTTP has none, so "Status code: 550 5.1.10" is SMTP's.  */
static bool
pair_follows (const char *s, size_t n, size_t p)
{
  return p + 6 < n && (s[p + 3] == ' ' || s[p + 3] == '-') && is_digit (s[p + 4])
    && s[p + 5] == '.' && is_digit (s[p + 6]);
}

/* Whether the word from K to END before the code at P, whose weight as
   a cue is W, says that the code is none, or not the reply that came.  */
static bool
word_rules_out (const char *s, size_t n, size_t lo, size_t k, size_t end, size_t p,
                bool enhanced, int w)
{
  /* An HTML attribute: width="550"; but Exim's C="250 OK".  */
  if (w <= 0 && !enhanced && p - lo >= 2 && (s[p - 1] == '"' || s[p - 1] == '\'')
      && s[p - 2] == '=' && p + 3 < n && s[p + 3] == s[p - 1])
    return true;
  /* HTTP's "status code 504"; but "SMTP status code 550".  */
  if (!enhanced && word_is (s + k, end - k, "code") && !pair_follows (s, n, p))
    {
      size_t before = k, status = word_before (s, lo, &before);
      if (word_is (s + before, status - before, "status") && !names_smtp_before (s, lo, before))
        return true;
    }
  if (far_veto (s, lo, k)
      || ((s[end] == ':' || s[end] == '=' || s[end] == '"' || s[end] == '\'')
          && counting_name (s + k, end - k)))
    return true;
  /* FileZilla's log writes a tab after its labels, in any language:
     "Response:<tab>550 Permission denied", "Risposta:  <tab>550".  */
  static const char filezilla_labels[][WORD_MAX] = {
    "response", "risposta", "antwort", "respuesta", "resposta", "odpowiedź", ""
  };
  size_t label = k + (s[k] == '_');  /* Markdown's emphasis: "_Response:" */
  if (end < p && s[end] == ':' && memchr (s + end, '\t', p - end)
      && starts_word (s + label, end - label, filezilla_labels) >= 0)
    return true;
  /* An API's own error object: {"code": 422, ...}; a reply's code is
     named so ("responseCode": 535) or quoted ("code": "550 5.1.1"), or
     is one that HTTP has not (a webhook's "delivery-status" holds
     "code": 550).  */
  if (w > 0 && word_is (s + k, end - k, "code") && k > lo && s[k - 1] == '"' && s[end] == '"'
      && !opening_quote (s, lo, p)
      && foreign_http_status (three_digits (s + p)))
    return true;
  /* A status is an enhanced code ("status": "5.1.1"); a three-digit one
     is HTTP's ("statusCode": 500), as is one named after HTTP
     ("http_code":500).  */
  return !enhanced && (search_text (s + k, end - k, "status", 6, true) < end - k
                       || search_text (s + k, end - k, "http", 4, true) < end - k)
    && !names_smtp_before (s, lo, k) && !pair_follows (s, n, p);
}

/* Whether the code at P of S follows the key of a field, whose name
   ends at END, and the opening quote of its value: logfmt's
   line="220 smtp.gmail.com ESMTP", which no line number is.  */
static bool
keyed_value (const char *s, size_t end, size_t p)
{
  return p == end + 2 && s[end] == '=';
}

/* Whether the code at P of S (N bytes, the line from LO) stands alone
   in braces, a block's value in source code: "let(:response_code){ 500
   }".  */
static bool
braced_alone (const char *s, size_t n, size_t lo, size_t p)
{
  size_t k = p, q = p + 3;
  while (k > lo && s[k - 1] == ' ')
    k--;
  while (q < n && s[q] == ' ')
    q++;
  return k > lo && s[k - 1] == '{' && q < n && s[q] == '}';
}

/* Whether the code at P of S (N bytes, the line from LO) opens a quoted
   string that holds words after it and closes.  */
static bool
quoted_with_words (const char *s, size_t n, size_t lo, size_t p)
{
  char quote = opening_quote (s, lo, p);
  if ((quote != '"' && quote != '\'') || p + 4 >= n || s[p + 3] != ' ')
    return false;
  bool words = false;
  size_t i = p + 4;
  for (; i < n && s[i] != quote; i++)
    words |= is_alpha (s[i]);
  return words && i < n;
}

/* Whether the code at P of S (N bytes, the line from LO) opens a
   Japanese or Chinese corner quote that holds a whole reply and closes,
   whatever prose comes before it: "...すると、「501 無効な MAIL FROM
   アドレスが指定されています」というエラー応答".  */
static bool
corner_quoted_with_words (const char *s, size_t n, size_t lo, size_t p)
{
  if (p - lo < 3 || !same_bytes (s + p - 3, "\xE3\x80\x8C", 3, false) || p + 4 >= n
      || s[p + 3] != ' ' || is_space (s[p + 4]))
    return false;
  for (size_t i = p + 4; i + 3 <= n; i++)
    if (same_bytes (s + i, "\xE3\x80\x8D", 3, false))
      return true;
  return false;
}

/* The evidence before the candidate at P; the text before LO is part of
   an earlier finding.  ENHANCED: the candidate is an enhanced code alone.  */
static int
before_score (const char *s, size_t n, size_t lo, size_t p, bool enhanced)
{
  bool glued;
  int score = p > lo ? glued_before (s, n, lo, p, &glued) : 0;
  if (score <= VETO / 2 || (p > lo && glued && is_alpha (s[p - 1])))
    return score;
  size_t k = p;
  score += skip_marks (s, n, lo, &k, p, enhanced);
  if (score <= VETO / 2)
    return score;
  if (k == lo)
    /* A version starts a line too ("5.0.0 final"): less for an enhanced
       code alone.  */
    return score + (lo == 0 ? 2 - enhanced : 0);
  if ((unsigned char) s[k - 1] >= 0x80)
    return score + (chinese_item_number (s, lo, k) || corner_quoted_with_words (s, n, lo, p)
                    ? 2 - enhanced : script_weight (s, lo, k));
  size_t end = k;
  while (k > lo && word_char (s[k - 1]))
    k--;
  if (is_digit (s[end - 1]))
    {
      /* "550 4.2.1" whose 550 was no reply; but "15) 550 ...", "10 354 ...".  */
      bool spaces = true;
      for (size_t i = end; i < p; i++)
        spaces &= is_space (s[i]);
      if (enhanced && spaces)
        return VETO;
      return score + (line_start (s, end) ? 2 - enhanced : 0);
    }
  /* A closing tag's name is no word of prose: "</a>4.7.500 Server busy".  */
  if (end < p && s[end] == '>' && k >= lo + 2 && s[k - 1] == '/' && s[k - 2] == '<')
    return score;
  int cue = cue_weight (s + k, end - k);
  /* An article before a colon is a name: a sequence diagram's "b ->> a :
     354 End data with <CR><LF>.<CR><LF>".  */
  if (cue < 0 && cue > VETO / 2 && memchr (s + end, ':', p - end) != NULL)
    cue = 0;
  /* A string that holds a whole reply, whatever names it: a test's
     server's return "503 Bad sequence"; a test's expectation of it,
     this.expect("530 Must issue a STARTTLS command first"), but not of
     a code alone ("Expected response code \"250\"").  */
  if ((cue == VETO ? word_is (s + k, end - k, "expect") || word_is (s + k, end - k, "expected")
       || keyed_value (s, end, p) : cue < 2) && quoted_with_words (s, n, lo, p))
    cue = 2;
  int w = word_weight (s, lo, k, end, p, enhanced, cue);
  return w <= VETO / 2 || word_rules_out (s, n, lo, k, end, p, enhanced, cue) ? VETO : score + w;
}

/* Whether the word at offset I of S names something in a program: an
   identifier with a '_' followed by ',', ';' or '(' ("handle_550,").  */
static bool
names_code (const char *s, size_t n, size_t i)
{
  bool underscore = false;
  for (; i < n && word_char (s[i]); i++)
    underscore |= s[i] == '_';
  return underscore && i < n && (s[i] == ',' || s[i] == ';' || s[i] == '(');
}

/* Whether a provider's tag of two or three capitals, a colon and
   capitals starts at offset I of S: NetEase's "HL:REP", "DT:SPM".  */
static bool
provider_tag (const char *s, size_t n, size_t i)
{
  size_t k = i;
  while (k < n && k - i < 4 && s[k] >= 'A' && s[k] <= 'Z')
    k++;
  return k - i >= 2 && k - i <= 3 && k + 1 < n && s[k] == ':' && s[k + 1] >= 'A' && s[k + 1] <= 'Z';
}

/* Whether the word at offset I of S is PHP's "in" before the file where
   an error was raised: "... 5.7.0 in /var/www/html/PHPMailer.php:2034".  */
static bool
path_after_in (const char *s, size_t n, size_t i)
{
  return n - i > 4 && (s[i] | 0x20) == 'i' && (s[i + 1] | 0x20) == 'n' && s[i + 2] == ' '
    && (s[i + 3] == '/' || s[i + 3] == '\\');
}

/* Whether the words at offset I of S name what the code is: "a 554 SMTP
   response", "550 SMTP error".  */
static bool
smtp_noun (const char *s, size_t n, size_t i)
{
  static const char nouns[][WORD_MAX] = {
    "response", "responses", "reply", "replies", "error", "errors", "code", "codes", "status", ""
  };
  if (n - i < 6 || !same_bytes (s + i, "smtp ", 5, true))
    return false;
  for (i += 5; i < n && is_space (s[i]);)
    i++;
  int noun = i < n ? starts_word (s + i, n - i, nouns) : -1;
  /* But a label names what follows: "550 SMTP Error: Perhaps ...".  */
  size_t after = noun >= 0 ? i + strlen (nouns[noun]) : i;
  return noun >= 0 && !(after < n && s[after] == ':');
}

/* Whether "error" at offset I of S goes on as prose: "500 error occured
   because ...", not a server's "500 Error: bad syntax".  */
static bool
error_in_prose (const char *s, size_t n, size_t i)
{
  if (n - i >= 5 && same_bytes (s + i, "error", 5, true)
      && (n - i == 5 || s[i + 5] == '.' || s[i + 5] == ','))
    return true;                /* "it returns 500 error." */
  if (n - i < 7 || !same_bytes (s + i, "error ", 6, true))
    return false;
  for (i += 6; i < n && is_space (s[i]);)
    i++;
  return i < n && starts_word (s + i, n - i, prose_after_error) >= 0;
}

/* Whether a server's word is the second, third or fourth word from
   offset I of S: "5.7.1 END-OF-MESSAGE: End-of-data rejected".  */
static bool
reply_word_soon (const char *s, size_t n, size_t i)
{
  for (int word = 1; word < 4; word++)
    {
      while (i < n && (word_char (s[i]) || s[i] == '-' || s[i] == '\''))
        i++;
      while (i < n && (is_space (s[i]) || s[i] == ':' || s[i] == ','))
        i++;
      if (i >= n || !is_alpha (s[i]))
        return false;
      /* Short words ("the", "this", "your") say little this far in.  */
      int w = starts_word (s + i, n - i, reply_words);
      if (w >= 0 && strlen (reply_words[w]) >= 5)
        return true;
    }
  return false;
}

/* Whether a host name or a session id starts at offset *I of S, as a
   server writes between its code and its words ("421 mx.example.com
   Service not available", "421 3a031b949411: SMTP command timeout"): a
   word of letters with digits or dots, or a tag before ';' (Seznam's
   "5.1.1 szn; User hasn't got the service mapped").  Moves *I past it and what
   separates it from the words.  */
static bool
names_server (const char *s, size_t n, size_t *i)
{
  size_t k = *i;
  bool letter = false, other = false;
  /* '*' for a host name hidden before it was pasted: "220 ****.***.com".  */
  for (; k < n && (is_alnum (s[k]) || s[k] == '.' || s[k] == '-' || s[k] == '*'); k++)
    {
      letter |= is_alpha (s[k]);
      other |= !is_alpha (s[k]);
    }
  bool tag = k < n && s[k] == ';';
  if (!letter || (!other && !tag) || (k < n && s[k] != ':' && !tag && !is_space (s[k])))
    return false;
  for (k += k < n && (s[k] == ':' || tag); k < n && is_space (s[k]);)
    k++;
  *i = k;
  return true;
}

/* Whether an angle bracket opens at I of S (N bytes), also as a web
   page escapes it ("&lt;").  */
static bool
angle_opens (const char *s, size_t n, size_t i)
{
  return i < n && (s[i] == '<' || (n - i > 4 && same_bytes (s + i, "&lt;", 4, false)));
}

/* Whether S (N bytes) starts with WORD, in its case, as a whole word.  */
static bool
word_is_exactly (const char *s, size_t n, const char *word)
{
  size_t len = strlen (word);
  return n >= len && memcmp (s, word, len) == 0 && (n == len || !word_char (s[len]));
}

/* Whether the words at I of S (N bytes), after a host's name, say that
   they greet: "220 mx.example.com ESMTP", even run into the text before
   ("isSSL false 220 ... ESMTP"), or with the product's name first (IIS's
   "220 mail.example.org Microsoft ESMTP MAIL Service").  */
static bool
greeting_words (const char *s, size_t n, size_t i)
{
  for (int word = 0; word < 2 && i < n; word++)
    {
      if ((s[i] == 'E' || s[i] == 'S') && (word_is_exactly (s + i, n - i, "ESMTP")
                                           || word_is_exactly (s + i, n - i, "SMTP")))
        return true;
      while (i < n && is_alpha (s[i]))
        i++;
      if (i >= n || s[i] != ' ')
        return false;
      i++;
    }
  return false;
}

/* Whether the words at offset I of S (N bytes) are a reply's in
   brackets after "SMTP" and its code, as hosts' help pages show a
   bounce: "SMTP 550 (recipient rejected - ERR016)", "SMTP 550
   (\"toemail\" recipient rejected GL/BL)".  Elsewhere brackets after a
   code gloss it in prose: "returns 550 (no permanently) instead of 450
   (no temporarily)".  */
static bool
bracketed_words (const char *s, size_t n, size_t i)
{
  if (s[i] != '(' || i < 9 || n - i < 3 || !same_bytes (s + i - 9, "SMTP ", 5, false)
      || s[i - 1] != ' ')
    return false;
  size_t k = i + 1;
  if (s[k] == '"')              /* past the address quoted first */
    {
      for (k++; k < n && s[k] != '"' && s[k] != '\n'; k++)
        ;
      for (k++; k < n && s[k] == ' ';)
        k++;
    }
  return k < n && is_alpha (s[k])
    && (starts_word (s + k, n - k, reply_words) >= 0 || reply_word_soon (s, n, k));
}

/* How much the words at offset I of S, after a code, look like a
   server's.  */
static int
server_words (const char *s, size_t n, size_t i)
{
  if (error_in_prose (s, n, i) || smtp_noun (s, n, i))
    return VETO;
  size_t words = i;
  bool server = names_server (s, n, &words);
  if (server && greeting_words (s, n, words))
    return ENOUGH;
  if (starts_word (s + i, n - i, reply_words) >= 0)
    return 2;
  /* An address: "550 <a@b>: Recipient address rejected", also as a web
     page escapes it ("550 &lt;bill@lager.vbrew.com&gt;... User
     unknown").  */
  if (angle_opens (s, n, i))
    return 2;
  /* An enhanced code, even of another class: "552 4.3.1 Message size
     exceeds fixed maximum message size" (shown with a warning).  */
  struct smtp_code enhanced = { .enhanced_class = -1 };
  if (is_digit (s[i]) && reply_enhanced (s + i, n - i, &enhanced))
    return 2;
  /* A table's next cell: "| 451 | Temporary failure |".  */
  if (s[i] == '|')
    {
      size_t cell = i + 1;
      while (cell < n && is_space (s[cell]))
        cell++;
      if (cell < n && starts_word (s + cell, n - cell, reply_words) >= 0)
        return 2;
    }
  /* The server's words quoted: 550 "Requested action not taken".  */
  if ((s[i] == '"' || s[i] == '\'') && i + 1 < n
      && starts_word (s + i + 1, n - i - 1, reply_words) >= 0)
    return 2;
  if (bracketed_words (s, n, i))
    return 2;
  if (server && starts_word (s + words, n - words, reply_words) >= 0)
    return 2;
  if (is_alpha (s[i]) && reply_word_soon (s, n, i))
    return 2;
  return is_alpha (s[i]) || s[i] == '[' || s[i] == '#' || (unsigned char) s[i] >= 0x80;
}

/* Whether a quote that closes on a code stands at offset Q of S (N
   bytes), then prose: "“SMTP Error 550” is a commonly encountered
   error", or a word that says what the quote names.  */
static bool
closes_before_prose (const char *s, size_t n, size_t q)
{
  size_t closing = s[q] == '"' || s[q] == '\'' ? 1
    : n - q >= 3 && same_bytes (s + q, "\xE2\x80", 2, false)
      && ((unsigned char) s[q + 2] == 0x9D || (unsigned char) s[q + 2] == 0x99) ? 3 : 0;
  if (!closing || q + closing + 1 >= n || s[q + closing] != ' ')
    return false;
  if (starts_word (s + q + closing + 1, n - q - closing - 1, prose_words) >= 0)
    return true;
  /* Or, after a quote of a word and a code, the kind of thing it names:
     'an "Error 550" message', 'the "error 552" error message'.  */
  static const char kinds[][WORD_MAX] = { "message", "error", "bounce", "code", "" };
  size_t k = q;
  while (k > 0 && (is_digit (s[k - 1]) || s[k - 1] == '.'))
    k--;
  size_t code = k;
  return closing == 1 && word_before (s, 0, &k) < code && k > 0 && s[k - 1] == s[q]
    && starts_word (s + q + 2, n - q - 2, kinds) >= 0;
}

/* Whether Chinese or Japanese prose goes on at offset Q of S (N bytes),
   after a code perhaps closed by a quote: a list ("550 5.7.1、554
   5.7.1、554 5.4.0 等等", "「550」や「554」などの"), or a code called so
   ("「550 5.1.1」というエラー": the error called 550 5.1.1).  */
static bool
cjk_prose_after (const char *s, size_t n, size_t q)
{
  static const char closing[][4] = { "\xE3\x80\x8D", "\xE3\x80\x8F", "\xE2\x80\x9D" };
  static const char prose[][10] = {
    "\xE3\x81\xA8\xE3\x81\x84\xE3\x81\x86",    /* という */
    "\xE3\x82\x84",                      /* や */
    "\xE3\x81\xAA\xE3\x81\xA9",              /* など */
    "\xE7\xAD\x89",                      /* 等 */
  };
  for (size_t k = 0; k < sizeof closing / sizeof *closing; k++)
    if (n - q >= 3 && same_bytes (s + q, closing[k], 3, false))
      {
        q += 3;
        break;
      }
  while (q < n && s[q] == ' ')
    q++;
  for (size_t k = 0; k < sizeof prose / sizeof *prose; k++)
    if (n - q >= strlen (prose[k]) && same_bytes (s + q, prose[k], strlen (prose[k]), false))
      /* But not 等待 or 等候, to wait, which a reply may say.  */
      return !(k == 3 && n - q >= 6
               && (same_bytes (s + q + 3, "\xE5\xBE\x85", 3, false)
                   || same_bytes (s + q + 3, "\xE5\x80\x99", 3, false)));
  /* The ideographic comma of a list, then the next code or its quote;
     or "or", "and" between two codes ("返回 250 或 251 状态码", "エラー
     5.4.6 または 5.4.14", "5.4.6 또는 5.4.14").  */
  static const char joins[][10] = {
    "\xE3\x80\x81",                  /* 、 */
    "\xE6\x88\x96",                  /* 或 */
    "\xE5\x92\x8C",                  /* 和 */
    "\xE4\xB8\x8E",                  /* 与 */
    "\xE3\x81\xBE\xE3\x81\x9F\xE3\x81\xAF",  /* または */
    "\xEB\x98\x90\xEB\x8A\x94",      /* 또는 */
  };
  for (size_t k = 0; k < sizeof joins / sizeof *joins; k++)
    if (n - q > strlen (joins[k]) && same_bytes (s + q, joins[k], strlen (joins[k]), false))
      {
        size_t next = q + strlen (joins[k]);
        while (next < n && s[next] == ' ')
          next++;
        return next < n && (is_digit (s[next])
                            || (k == 0 && n - next >= 3
                                && same_bytes (s + next, "\xE3\x80\x8C", 3, false)));
      }
  return false;
}

/* What the word at offset I of S (N bytes), after the code that ends at
   Q, says: prose, as "from" in lower case ("code 250 from the Exchange
   server"; servers write "From:domain") or a hedge in lower case ("550
   i believe"); a provider's tag right after a
   space, a reply (NetEase's "554 DT:SPM"); else nothing (0).  */
static int
word_after (const char *s, size_t n, size_t q, size_t i)
{
  static const char hedges[][16] = { "i believe", "i think", "i guess", "" };
  if (n - i > 5 && memcmp (s + i, "from ", 5) == 0)
    return PROSE;
  /* A writer's hedge: "\"user not found\" (550 i believe)".  */
  for (int h = 0; s[i] == 'i' && hedges[h][0]; h++)
    if (n - i >= strlen (hedges[h]) && memcmp (s + i, hedges[h], strlen (hedges[h])) == 0)
      return PROSE;
  return i == q + 1 && provider_tag (s, n, i) ? CLEAR : 0;
}

/* Whether "gsmtp" stands at offset I of S (N bytes), after a code and
   " - ": the end of Gmail's session id wrapped onto a line of its own
   ("h16si851737uar." then "253 - gsmtp"), no reply.  */
static bool
gmail_id_tail (const char *s, size_t n, size_t i)
{
  return n - i >= 5 && memcmp (s + i, "gsmtp", 5) == 0;
}

/* Whether the code that ends at Q of S (N bytes), with a dash and a
   lower-case word after it, is a word of a slug: inside one
   ("error-code-550-541-relay-access-denied"), or starting an anchor's
   name or a link's fragment ("<a name=\"453-too-many-recipients\">",
   "#550-mailbox-unavailable"), where lower-case words and hyphens run
   to the closing quote; a reply quoted so ("250-smtp-relay.gmail.com at
   your service") has a dot or a space.  */
static bool
slug_word (const char *s, size_t n, size_t q)
{
  if (q < 5 || q + 1 >= n || !(s[q + 1] >= 'a' && s[q + 1] <= 'z'))
    return false;
  char before = s[q - 4];
  if (before == '-' && is_alnum (s[q - 5]))
    return true;
  if (before != '"' && before != '\'')
    return false;
  size_t i = q + 1, hyphens = 0;
  for (; i < n && ((s[i] >= 'a' && s[i] <= 'z') || is_digit (s[i]) || s[i] == '-'); i++)
    hyphens += s[i] == '-';
  return hyphens > 0 && (i == n || s[i] == before || s[i] == '"' || s[i] == ')' || s[i] == ' ');
}

/* Whether a capitalized word that servers write in replies, a capital
   then small letters, starts at offset I of S (N bytes): "Message".  */
static bool
capitalized_reply_word (const char *s, size_t n, size_t i)
{
  return s[i] >= 'A' && s[i] <= 'Z' && i + 1 < n && s[i + 1] >= 'a' && s[i + 1] <= 'z'
    && starts_word (s + i, n - i, reply_words) >= 0;
}

/* Whether the code that ends at Q of S (N bytes) stands again later on
   the line, after a space and before a space or a dash.  */
static bool
code_again (const char *s, size_t n, size_t q)
{
  for (size_t i = q + 1; i + 4 < n; i++)
    if (s[i] == ' ' && memcmp (s + i + 1, s + q - 3, 3) == 0
        && (s[i + 4] == ' ' || s[i + 4] == '-'))
      return true;
  return false;
}

/* The evidence of what follows a code's dash at offset Q of S (N
   bytes).  */
static int
dash_after_score (const char *s, size_t n, size_t q)
{
  if (slug_word (s, n, q))
    return VETO;
  /* A multiline reply folded into one line, its code again after a
     space further on: "554-No SMTP service 554-Bad DNS PTR resource
     record. 554 For explanation visit ...".  */
  if (q + 1 < n && is_alpha (s[q + 1]) && code_again (s, n, q))
    return ENOUGH;
  /* "554-Reject due to policy": a server's word after the dash counts
     as after a space.  */
  if (q + 1 < n && is_alpha (s[q + 1]) && starts_word (s + q + 1, n - q - 1, reply_words) >= 0)
    return 2;
  /* "550-'5.7.1 ...'", Amazon SES's "550-'Unknown user ...'": a
     reply's words quoted after its code's dash.  */
  if (q + 2 < n && (s[q + 1] == '\'' || s[q + 1] == '"') && is_alnum (s[q + 2]))
    return ENOUGH;
  /* A range: "'501-1000'"; but an enhanced code ("550-5.1.1") or a
     reply quoted in the reply ("550-550 5.1.10") may follow.  */
  size_t d = q + 1;
  while (d < n && is_digit (s[d]))
    d++;
  if (d > q + 1 && !(d < n && s[d] == '.') && !(d == q + 4 && d < n && s[d] == ' '))
    return VETO;
  return q + 1 < n && is_alnum (s[q + 1]) ? 1 : 0;
}

/* The evidence of what follows a code's closing bracket at offset Q of
   S (N bytes).  */
static int
bracket_after_score (const char *s, size_t n, size_t q)
{
  /* A telephone number's area code: "(503) 416 - 2098".  */
  if (q > 3 && s[q - 4] == '(' && q + 4 < n && s[q + 1] == ' ' && is_digit (s[q + 2])
      && is_digit (s[q + 3]) && is_digit (s[q + 4]))
    return VETO;
  /* Prose goes on after a code named in brackets: "(... return code
     '550'), unless ...".  */
  size_t i = q + 1;
  while (i < n && (is_space (s[i]) || s[i] == ','))
    i++;
  return i < n && starts_word (s + i, n - i, prose_words) >= 0 ? PROSE : 0;
}

/* Whether the tab at Q of S (N bytes), after a code, starts a table's
   next column: words that no server writes first follow it, as in
   qpsmtpd's registry of plugins ("500\tbadmailfrom\t\tbmf").  */
static bool
table_columns_after (const char *s, size_t n, size_t q)
{
  while (q < n && is_space (s[q]))
    q++;
  return q < n && is_alpha (s[q]) && starts_word (s + q, n - q, reply_words) < 0;
}

/* The evidence of the words after a dash set apart by spaces, from
   offset I of S (N bytes): "5.1.0 - Unknown address", "'550 - Connection
   frequency limited'"; but not Gmail's id.  */
static int
spaced_dash_score (const char *s, size_t n, size_t i)
{
  while (i < n && is_space (s[i]))
    i++;
  if (gmail_id_tail (s, n, i))
    return VETO;
  return i < n && is_alpha (s[i]) && !unit_at (s + i, n - i)
    && starts_word (s + i, n - i, prose_words) < 0 ? 2 : 0;
}

/* Whether the words at I of S (N bytes), after a code, set another code
   against it: "Reject DMARC with 550 not 541".  */
static bool
code_instead (const char *s, size_t n, size_t i)
{
  if (n - i < 7 || !word_is (s + i, 3, "not") || s[i + 3] != ' ')
    return false;
  i += 4;
  return code_digits (s + i) && (i + 3 == n || !is_alnum (s[i + 3]));
}

/* The weight of the words at I of S (N bytes) after a code and a comma:
   PEAR's "(code: 550, response: 5.7.1 ...)", whose label names the
   server's words; but a web request's "code: 500, body: ..." is
   HTTP's.  */
static int
comma_label_score (const char *s, size_t n, size_t i)
{
  size_t label = i;
  while (label < n && is_alpha (s[label]))
    label++;
  if (label > i && label < n && s[label] == ':')
    return word_is (s + i, label - i, "body") ? VETO : 2;
  return is_alpha (s[i]);
}

/* Whether numbers go on after a code that ends at Q of S (N bytes): a
   version, a time, a list of numbers or of codes ("552, 554, 451").  */
static bool
numbers_follow (const char *s, size_t n, size_t q)
{
  char c = s[q];
  return ((c == '.' || c == ':' || c == ',') && q + 1 < n && is_digit (s[q + 1]))
    || (c == ',' && q + 2 < n && s[q + 1] == ' ' && is_digit (s[q + 2]));
}

/* The evidence after a code that ends at Q, whose words would start
   there: a unit or HTTP's words rule it out, a server's words count.
   AFTER_COLON: the code follows a ':', as a label's value does, or is an
   enhanced code alone ("Fix #357: 2.2.4: Segfault"): a ':' after it then
   says nothing.  */
static int
after_score (const char *s, size_t n, size_t q, bool after_colon)
{
  if (q >= n)
    return 0;
  char c = s[q];
  if (numbers_follow (s, n, q))
    return VETO;
  /* Markdown's bold closing after the code ("452** Insufficient"); a
     log that writes spaces as '+' (W3C logs: "535+Invalid+Username").  */
  if (c == '*' && q + 2 < n && s[q + 1] == '*' && s[q + 2] == ' ')
    return after_score (s, n, q + 2, after_colon);
  if (c == '+' && q + 1 < n && is_alpha (s[q + 1]) && q > 3 && s[q - 4] == ' ')
    return ENOUGH;
  if (c == '/' || c == '%' || c == '*' || c == '+' || c == '?')
    return VETO;
  if (c == '\t' && table_columns_after (s, n, q))
    return VETO;
  if (closes_before_prose (s, n, q)
      || (((unsigned char) c >= 0x80 || (c == ' ' && q + 1 < n && (unsigned char) s[q + 1] >= 0x80))
          && cjk_prose_after (s, n, q)))
    return PROSE;
  if (c == ')')
    return bracket_after_score (s, n, q);
  if (c == '-')
    return dash_after_score (s, n, q);
  if (is_alpha (c))
    /* "421DDF840E6", a queue id; but "said:454Transient", NetEase's
       tags "421HL:REP", "451DT:SPM", and a server's capitalized word
       that lost its space ("552Message size exceeds fixed limit").  */
    return provider_tag (s, n, q) || capitalized_reply_word (s, n, q) ? 2 : -2;
  size_t i = q + (c == ',' || c == ':');
  while (i < n && is_space (s[i]))
    i++;
  /* "550: User unknown"; not "[1469]: 211: to=<a@b>", nor a table in
     source code: "551: handle_551,".  */
  if (c == ':')
    return names_code (s, n, i) ? VETO : !after_colon;
  /* A comma glued to a reply's word: "550,Mailbox not found".  */
  if (c == ',' && i == q + 1)
    return i < n && capitalized_reply_word (s, n, i) ? 2 : 0;
  if (i == n || i == q)
    return 0;
  /* Markdown's bold opening the words: "550 **Rejected because ...".  */
  if (n - i > 2 && s[i] == '*' && s[i + 1] == '*' && is_alpha (s[i + 2]))
    i += 2;
  if (s[i] == '-' && i + 1 < n && is_space (s[i + 1]))
    return spaced_dash_score (s, n, i + 1);
  if (s[i] == ':')
    return 1;                   /* "[192.0.2.1]: 550 : User unknown" */
  if (unit_at (s + i, n - i) || code_instead (s, n, i))
    return VETO;
  /* A transcript's prompt follows: the number is the log's, as the
     process id that Exim's debug output starts its lines with ("  510
     SMTP<< 220 ...").  */
  if (n - i >= 6 && same_bytes (s + i, "SMTP", 4, false) && (s[i + 4] == '<' || s[i + 4] == '>')
      && s[i + 5] == s[i + 4])
    return VETO;
  if (starts_word (s + i, n - i, prose_words) >= 0)
    return path_after_in (s, n, i) ? 0 : PROSE;
  int word = word_after (s, n, q, i);
  if (word != 0)
    return word;
  if (c == ',')
    return comma_label_score (s, n, i);
  if (starts_word (s + i, n - i, prose_after) >= 0)
    return VETO;
  /* An enhanced code of class 3, which RFC 3463 has not, after a 3xx
     code (three digits, not an enhanced code's end): Strato's "354
     3.0.0 Enter data for mail".  */
  if (s[i] == '3' && n - i > 3 && s[i + 1] == '.' && is_digit (s[i + 2]) && q >= 3
      && s[q - 3] == '3' && is_digit (s[q - 2]) && is_digit (s[q - 1]))
    return 2;
  return server_words (s, n, i);
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

/* A Python smtplib error: "(550, b'5.1.1 <a@b>: Recipient rejected')",
   or a gateway's pair of a code and lines (code_and_lines), its code at
   offset P of S (N bytes, the line from LO).  */
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
    : n - p >= 5 && s[p + 3] == ',' ? 1 + (s[p + 4] == ' ') : 0;
  if (comma == 0 || n - p < 7)
    return false;
  memcpy (digits, s + p, 3);
  digits[3] = ' ';
  if (!reply_parse (digits, 4, false, &code, &sep))
    return false;
  p += 3 + comma;
  if (p < n && (s[p] == 'b' || s[p] == 'u'))
    p++;
  char quote = p < n ? s[p] : 0;
  /* A word processor's quote, pasted: "(550, b’5.7.60 SMTP; ...".  */
  if (n - p >= 3 && same_bytes (s + p, "\xE2\x80", 2, false)
      && ((unsigned char) s[p + 2] == 0x98 || (unsigned char) s[p + 2] == 0x99))
    quote = 0, p += 2;
  else if (quote != '\'' && quote != '"')
    return false;
  p++;
  size_t len = reply_enhanced (s + p, n - p, &enhanced);
  if (len)
    {
      code.enhanced_class = enhanced.enhanced_class;
      code.subject = enhanced.subject;
      code.detail = enhanced.detail;
      p += len;
    }
  *r = (struct quoted_reply) { code, p, quote, 0, 0, false };
  return true;
}

/* Whether a file's or a link's name ends at offset K of S (the line
   from LO): a word after '.' or '/' ("CHANGELOG_V4.md").  */
static bool
link_before (const char *s, size_t lo, size_t k)
{
  size_t i = k;
  while (i > lo && word_char (s[i - 1]))
    i--;
  return i < k && i > lo && (s[i - 1] == '.' || s[i - 1] == '/');
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

/* Whether S holds nothing but spaces before offset K.  */
static bool
spaces_only (const char *s, size_t k)
{
  for (size_t i = 0; i < k; i++)
    if (!is_space (s[i]))
      return false;
  return true;
}

/* Where the words after a code that ends at Q start to count: past the
   quote that closes a code quoted alone ("`5.7.708` Access denied").  */
static size_t
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

/* Whether nothing but spaces and the marks that end a sentence or a
   bracket stand in S (N bytes) from offset I: no words follow.  */
static bool
no_words_after (const char *s, size_t n, size_t i)
{
  while (i < n && (s[i] == '.' || s[i] == ',' || s[i] == ';' || s[i] == ')' || is_space (s[i])))
    i++;
  return i == n;
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

/* Whether a setting's name and '=' end at offset K of S: a name with
   '_' in it, as configuration files write them
   ("unknown_local_recipient_reject_code = 550").  */
static bool
setting_before (const char *s, size_t lo, size_t k)
{
  if (k == lo || s[k - 1] != '=')
    return false;
  for (k--; k > lo && s[k - 1] == ' ';)
    k--;
  bool underscore = false;
  size_t end = k;
  for (; k > lo && word_char (s[k - 1]); k--)
    underscore |= s[k - 1] == '_';
  return underscore && end - k >= 3 && s[end - 1] != '_';
}

/* Whether the code at P stands inside a message that a program prints,
   in its source: print("Error 550: ..."), console.log('Got 550 ...').
   What the program printed would be pasted without the call; but a
   test's server that writes a reply starts the string with the code
   (printf("220 mx ESMTP\r\n")).  */
static bool
printed_in_source (const char *s, size_t lo, size_t p)
{
  static const char calls[][WORD_MAX] = {
    "print", "println", "printf", "log", "die", "alert", ""
  };
  size_t quote = p;
  while (quote > lo && s[quote - 1] != '"' && s[quote - 1] != '\'' && p - quote < 80)
    quote--;
  if (quote == p || quote <= lo + 2 || (s[quote - 1] != '"' && s[quote - 1] != '\''))
    return false;
  size_t k = quote - 1;
  if (s[k - 1] != '(')
    return false;
  size_t end = --k;
  while (k > lo && word_char (s[k - 1]))
    k--;
  for (int c = 0; calls[c][0]; c++)
    if (word_is (s + k, end - k, calls[c]))
      return true;
  return false;
}

/* Whether a log's next field, "name = " or "name: ", starts after the
   spaces at offset I of S (N bytes).  */
static bool
field_follows (const char *s, size_t n, size_t i)
{
  while (i < n && s[i] == ' ')
    i++;
  size_t name = i;
  while (i < n && (word_char (s[i]) || s[i] == '-' || s[i] == '.'))
    i++;
  while (i > name && i < n && s[i] == ' ')
    i++;
  return i > name && i < n && (s[i] == '=' || s[i] == ':');
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
      && (is_alnum (s[q + 2]) || s[q + 2] == '$') && s[q + 2] != 'b' && s[q + 2] != 'u')
    return true;
  if (array_code_key (s, lo, p))
    return true;
  /* A comparison in source code, spaced as code is: "ErrorCode = 550,
     (E as ...", "(code == 550)"; but Stalwart logs its fields so:
     "code = 550, details = \"...\"".  */
  if (q < n && (s[q] == ',' || s[q] == ')') && k < p && k > lo + 1 && s[k - 1] == '='
      && (s[k - 2] == ' ' || s[k - 2] == '=') && !(s[q] == ',' && field_follows (s, n, q + 1)))
    return true;
  return p >= lo + 4 && s[p - 1] == '-' && is_digit (s[p - 2]) && is_digit (s[p - 3])
    && is_digit (s[p - 4]) && (p == lo + 4 || !is_alnum (s[p - 5]))
    && memcmp (s + p - 4, s + p, 3) < 0;
}

/* Whether a log's or an object's next field starts at offset I of S (N
   bytes), and is not one that holds the server's words.  */
static bool
other_field_at (const char *s, size_t n, size_t i)
{
  static const char words_fields[][WORD_MAX] = {
    "msg", "message", "smtpmsg", "response", "reply", "error", "err", "text", "reason",
    "description", "detail", "details", ""
  };
  return field_follows (s, n, i) && starts_word (s + i, n - i, words_fields) < 0;
}

/* Whether the code at P of S (N bytes), whose digits end at Q, is the
   value of a log's field followed by another field that does not hold
   the server's words: "sendPasswordReset code=500 rid=to4nni1 uid=";
   but "code=535 message=\"5.7.8 Error: ...\"" and "smtpstatus=552
   smtpmsg='552 ...'" quote a reply.  */
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
   or more.  */
static bool
numeric_columns (const char *s, size_t n, size_t i)
{
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

/* Whether the '#' before the code at P of S (N bytes, the line from LO)
   rules it out.  "#550-..." may be a reply, but not a colour ("color:
   #555;") or an issue ("#459 via"); a shell session's comment marker
   may start the line ("#220 mx ESMTP"), but not a changelog's list of
   issues ("#458 #459  CMake: ..."); an Exchange NDR's line ends with
   "##" ("mx.example.com #550 message submission is for authorised users
   only! ##").  */
static bool
hash_rules_out (const char *s, size_t n, size_t lo, size_t p)
{
  return p > lo && s[p - 1] == '#' && !(p + 3 < n && s[p + 3] == '-') && !ndr_closed (s, n)
    && (!spaces_only (s, p - 1) || issue_follows (s, n, p + 3));
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
  bool known = entry != NULL || provider_knows (s, n, p, code) || qmail_tail_follows (s, n, p, code);
  /* A code that no RFC defines (510, 512) is rarer than a number that
     starts a line: it needs a server's words, as an unknown one does.  */
  bool weak = entry == NULL ? !known : entry->standing == STANDING_NON_STANDARD;
  /* A code SMTP does not define, after HTTP is named, is HTTP's: "the
     API (HTTPS) ... the error is \"400 Message rejected.\"".  */
  if (!known && (s[p + 1] > '5' || find_ci (s, p, "http") < p || foreign_ftp_only (code->basic)))
    return false;
  if (crlf_literal (s, n, lo, p))
    return known && !foreign_protocol (s, n, p);
  if (braced_alone (s, n, lo, p))
    return false;
  if (hash_rules_out (s, n, lo, p))
    return false;
  size_t k = p;
  while (k > lo && is_space (s[k - 1]))
    k--;
  size_t q = past_closing_quote (s, n, lo, p, p + 3), words = q;
  int after = after_score (s, n, q, k > lo && s[k - 1] == ':');
  /* A capital at a line's start, or after a transcript's arrows, is a
     server's word: "221 So long", "<<< 550 By policy"; prose goes on in
     lower case.  */
  if (after == PROSE && prompt_only (s, lo, k) && capitalized_after (s, n, q))
    after = 1;
  after = with_provider_words (s, n, p, q, code, known, after);
  if (after == 1 && colon_reply_quoted (s, n, p, opening_quote (s, lo, p)))
    after = 2;
  bool labelled = weak && client_code_label (s, lo, p);
  if ((after <= VETO / 2 && after != PROSE) || (weak && after < 2 && after != PROSE && !labelled))
    return false;
  /* Also past a quote: Elixir's {500, "Internal Server Error"}.  */
  while (words < n && (is_space (s[words]) || s[words] == ':' || s[words] == '-' || s[words] == '|'
                       || s[words] == ')' || s[words] == '(' || s[words] == ',' || s[words] == '"'))
    words++;
  if (foreign_words (s, n, lo, words, true, code->basic, known)
      || foreign_words (s, n, lo, k, false, code->basic, known) || foreign_ftp_command_after (s, n, words)
      || postfix_event_after (s, n, words))
    return false;
  /* Unless what came was a web server's: "got code \"400\", with
     message \"HTTP/1.1 400 Bad Request\"".  */
  if (labelled)
    return !foreign_protocol (s, n, p) && find_ci (s + lo, n - lo, "http/") == n - lo;
  if (in_question (s, n, q))
    after = PROSE;
  int before = before_score (s, n, lo, p, false);
  /* A code that ends a sentence, with nothing but a word before it,
     perhaps in brackets, is named: "Mail error 554", "... temporary
     error with code 450.", "... a final SMTP error code (554).".  */
  size_t word_end = k;
  if (word_end == p && word_end > lo && s[word_end - 1] == '(')
    for (word_end--; word_end > lo && is_space (s[word_end - 1]);)
      word_end--;
  if (sentence_ends (s, n, q) && word_end > lo && is_alpha (s[word_end - 1]) && before < CLEAR)
    return false;
  /* A setting names the code that a server will use; a field named
     "code" alone on its line is an API's own error object, as in JSON
     ({"code": 550}).  */
  if (no_words_after (s, n, q) && (setting_before (s, lo, k) || code_field_before (s, lo, k)))
    return false;
  if (printed_in_source (s, lo, p) || code_set_or_range (s, n, lo, p, p + 3)
      || field_among_fields (s, n, lo, p, p + 3)
      || (weak && colon_field_among_fields (s, n, lo, p, p + 3)))
    return false;
  if (after == PROSE)
    {
      if (before < CLEAR)
        return false;
      after = 0;
    }
  /* A code quoted alone and followed by no words is named, not quoted,
     unless clear words come before: "(corresponding to the SMTP return
     code '550'), unless"; but "got code \"530\"", "responseCode": "452".  */
  if (before <= VETO / 2 || (weak && after < 2) || (q > p + 3 && after <= 1 && before <= ENOUGH)
      || (q > p + 3 && quoted_term_follows (s, n, q)))
    return false;
  return after + before >= (known ? ENOUGH : 2 * ENOUGH) && !foreign_protocol (s, n, p);
}

/* What prose calls a code it names: "a `550 5.1.1` code".  */
static const char code_names[][WORD_MAX] = { "code", "codes", "" };

/* Whether the words at W of S (N bytes) say what kind of code the one
   before them is: "a 550 5.7.1 bounce code with a bracketed tag".  */
static bool
kind_of_code (const char *s, size_t n, size_t w)
{
  static const char kinds[][WORD_MAX] = { "bounce", "error", "rejection", "smtp", "" };
  int kind = starts_word (s + w, n - w, kinds);
  if (kind < 0)
    return false;
  size_t v = w + strlen (kinds[kind]);
  while (v < n && s[v] == ' ')
    v++;
  return starts_word (s + v, n - v, code_names) >= 0;
}

/* Whether a code and its enhanced code at P, which end at END, are
   named in prose rather than quoted: prose after them ("what does 550
   5.7.1 mean?", "550 5.1.1 is no longer considered temporary"), or
   nothing after them and nothing before that introduces a reply
   ("handle 554 5.1.1.").  */
static bool
pair_named (const char *s, size_t n, size_t lo, size_t p, size_t end)
{
  size_t w = end;
  while (w < n && is_space (s[w]))
    w++;
  /* A pair quoted alone and called a code: "receives a `550 5.1.1`
     code as a reply"; but "closed with a `421 4.3.2` response" names
     the reply that a server sends.  */
  if (w < n && p > lo && s[p - 1] == s[w] && (s[w] == '`' || s[w] == '"' || s[w] == '\''))
    {
      size_t v = w + 1;
      while (v < n && is_space (s[v]))
        v++;
      if (starts_word (s + v, n - v, code_names) >= 0)
        return true;
    }
  /* Servers' words mostly start with a capital: most lines of a log
     stop at this test.  */
  if (w < n && s[w] >= 'a' && s[w] <= 'z')
    {
      if (starts_word (s + w, n - w, prose_after) >= 0 || kind_of_code (s, n, w))
        return true;
      if (starts_word (s + w, n - w, prose_words) >= 0 && before_score (s, n, lo, p, false) < CLEAR)
        return true;
    }
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

/* Whether the code at P of S (N bytes, the line from LO), CODE, opens
   a Python tuple that can be smtplib's: "(550, b'5.1.1 ...'", its '('
   perhaps cut off ("554, b'5.0.0 ..."), or typed with full-width
   punctuation ("（553，b'5.1.3 ..."); a code the database knows, on a
   line that names no other protocol (not "raise HTTPError(404, 'no such
   log')").  */
static bool
tuple_is_smtp (const char *s, size_t n, size_t lo, size_t p, const struct smtp_code *code)
{
  bool ascii = p + 3 < n && s[p + 3] == ',', lines = !ascii && code_and_lines (s, n, lo, p);
  if (!lines && !ascii && !full_width_comma (s, n, p + 3))
    return false;
  bool opened = lines || (p > lo && s[p - 1] == '(') || full_width_bracket_before (s, lo, p)
    || (ascii && p + 5 < n && s[p + 5] == 'b');
  return opened && codedb_find (code_basic_key (code)) != NULL && !foreign_protocol (s, n, p);
}

/* When the code at P of S (N bytes, the line from LO), ending at END,
   closes a bracket that ends the server's words, sets R's words to those
   before the bracket: qmail's "Unable to contact LDAP server. (#4.4.3)",
   "Requested action not taken: mailbox unavailable. [SMTP Error Code
   550]"; what follows the closing bracket is not the server's.  */
static void
words_before_bracket (const char *s, size_t n, size_t lo, size_t p, size_t end,
                      struct quoted_reply *r)
{
  while (end < n && is_space (s[end]))
    end++;
  if (end == n || (s[end] != ')' && s[end] != ']'))
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

/* Whether the code at P of S (N bytes) starts a range of codes, "a 5yz
   code {500-599}": a continuation's dash is followed by the same code,
   or by its words ("550-550 5.1.10", Exim quoting a callout's reply).  */
static bool
code_range (const char *s, size_t n, size_t p)
{
  return n - p >= 7 && s[p + 3] == '-' && is_digit (s[p + 4])
    && is_digit (s[p + 5]) && is_digit (s[p + 6])
    && (n - p == 7 || !is_digit (s[p + 7])) && three_digits (s + p + 4) > three_digits (s + p);
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

/* A three-digit code at P (its digits checked by the search).  */
static bool
decide_basic (const char *s, size_t n, size_t lo, size_t p, struct quoted_reply *r)
{
  struct smtp_code code = { .enhanced_class = -1 };
  code.basic = three_digits (s + p);
  if (code_range (s, n, p))
    return false;
  if (tuple_is_smtp (s, n, lo, p, &code) && try_tuple (s, n, lo, p, r))
    return true;
  char quote = opening_quote (s, lo, p);
  size_t end = enhanced_after (s, n, p + 3, &code, true, &quote);
  bool glued;
  if (end)
    {
      /* With its enhanced code, only what is glued on rules it out, or
         prose after it ("what does 550 5.7.1 mean?"); the words before are
         not weighed: this is the common case in logs.  */
      if (p > lo && glued_before (s, n, lo, p, &glued) <= VETO / 2)
        return false;
      if (pair_named (s, n, lo, p, end))
        return false;
    }
  else if (!code_alone (s, n, lo, p, &code))
    return false;
  else
    {
      /* Servers do pair codes of two classes: "451 5.7.3" (shown with a
         warning).  */
      end = enhanced_after (s, n, p + 3, &code, false, &quote);
      if (end == 0)
        end = p + 3;
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
      *r = (struct quoted_reply) { code, field_end, 0, end + 1, field_end, true };
      return true;
    }
  /* Nor is the ':' or ',' glued to the code ("550: User unknown",
     "550,Mailbox not found").  */
  while (end < n && (is_space (s[end])
                     || ((s[end] == '-' || s[end] == ':' || s[end] == ',') && end == p + 3)))
    end++;
  /* Words quoted after the code: 550 "Requested action not taken"; or in
     a table's next cell.  A code and its enhanced code quoted apart have
     closed their quotes: the words have their own
     (setreply('550','5.7.1','Sheesh ...')).  */
  if (quote && s[p + 3] == quote && end > p + 4)
    quote = 0;
  if (!quote && end < n && (s[end] == '"' || s[end] == '\'') && !sentence_after_quote (s, n, end))
    quote = s[end++];
  else if (end < n && s[end] == '|')
    for (end++; end < n && is_space (s[end]);)
      end++;
  *r = (struct quoted_reply) { code, end, quote, 0, 0, false };
  if (!code_has_enhanced (&code))
    words_before_bracket (s, n, lo, p, p + 3, r);
  return true;
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
  if (i + 4 >= n || s[i] - '0' != class || !is_digit (s[i + 1]) || s[i + 1] > '5'
      || !is_digit (s[i + 2]) || s[i + 3] != ' ' || !is_alpha (s[i + 4]))
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
   Gmail has detected an unusual rate of unsolicited mail ...".  */
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
  return false;
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
   lost its column's space: "4.4.6Too many hops."  Returns its length,
   or 0.  */
static size_t
enhanced_at (const char *s, size_t n, size_t lo, size_t p, struct smtp_code *code)
{
  size_t len = reply_enhanced (s + p, n - p, code);
  if (len > 0 || !spaces_only (s + lo, p - lo))
    return len;
  len = enhanced_glued (s + p, n - p, code);
  return len > 0 && capitalized_reply_word (s, n, p + len) ? len : 0;
}

/* An enhanced code alone at P: "The server response was: 5.7.1 ...",
   qmail's "(#5.7.1)", a line that starts with one.  */
static bool
decide_enhanced (const char *s, size_t n, size_t lo, size_t p, struct quoted_reply *r)
{
  /* The search has left out what is glued to a word or follows "dsn="
     (code_fits).  */
  struct smtp_code code = { .enhanced_class = -1 };
  size_t len = enhanced_at (s, n, lo, p, &code);
  /* The registry's subjects go from 0 to 7: "Perl: 5.14.2" is a version.  */
  if (len == 0 || code.subject > 7)
    return false;
  /* qmail's "#5.7.1" needs no more, nor "(5.0.0)" in the words of a
     reply found before it on the line.  */
  bool bracketed = lo > 0 && s[p - 1] == '(' && p + len < n && s[p + len] == ')';
  /* Prose names a code at the end of a sentence: "... status code
     5.7.1."; a reply's words would follow it.  */
  if (p + len < n && (s[p + len] == '.' || s[p + len] == ',') && no_words_after (s, n, p + len)
      && p > lo
      && s[p - 1] == ' ' && p - lo >= 2 && is_alpha (s[p - 2]))
    return false;
  /* A code quoted alone as a call's argument: "stripos($e->getMessage(),
     '5.7.8')".  */
  if (p - lo >= 3 && (s[p - 1] == '\'' || s[p - 1] == '"') && p + len < n && s[p + len] == s[p - 1]
      && (s[p - 2] == '(' || (s[p - 2] == ' ' && s[p - 3] == ',')))
    return false;
  /* A link's fragment names a version: "CHANGELOG_V4.md#4.1.0",
     "<a href=\"#5.0.0\">".  */
  if (p - lo >= 2 && s[p - 1] == '#' && (link_before (s, lo, p - 1)
      || (p - lo >= 3 && (s[p - 2] == '"' || s[p - 2] == '\'') && s[p - 3] == '=')))
    return false;
  /* Coremail spaces it: "(# 5.7.1 )".  */
  bool hash = p > lo && (s[p - 1] == '#' || (p - lo >= 3 && s[p - 1] == ' ' && s[p - 2] == '#'
                                             && s[p - 3] == '('));
  int before = hash || bracketed ? ENOUGH
    : before_score (s, n, lo, p, true);
  int basic = -1;
  size_t after_basic = basic_after_enhanced (s, n, p + len, code.enhanced_class, &basic);
  if (before <= VETO / 2)
    return false;
  int after = after_basic || diagnostic_type (s, n, p + len) ? ENOUGH
    : spaced_long_dash (s, n, p + len) ? spaced_dash_score (s, n, p + len + 4)
    : after_score (s, n, past_closing_quote (s, n, lo, p, p + len), true);
  if (before + after < ENOUGH && !(after >= 1 && provider_words_follow (s, n, p + len, &code)))
    return false;
  /* A code quoted alone has its words after the closing quote.  */
  size_t end = past_closing_quote (s, n, lo, p, p + len);
  char quote = end > p + len ? 0 : opening_quote (s, lo, p);
  while (end < n && is_space (s[end]))
    end++;
  if (after_basic)
    code.basic = basic, end = after_basic;
  *r = (struct quoted_reply) { code, end, quote, 0, 0, false };
  words_before_bracket (s, n, lo, p, p + len, r);
  return true;
}

bool
decide_reply (const char *s, size_t n, size_t from, size_t p, struct quoted_reply *r)
{
  if (s[p + 1] == '.')
    return decide_enhanced (s, n, from, p, r);
  return decide_basic (s, n, from, p, r);
}

bool
decide_line_reply (const char *s, size_t n, size_t words, const struct smtp_code *code)
{
  if (code->enhanced_class >= 0)
    return true;
  const struct code_entry *entry = codedb_find (code_basic_key (code));
  if (!entry || foreign_names_ftp (s, n, false))
    return false;
  /* A code no RFC defines, alone on its line, is more likely an API's
     status than a reply: Postmark's "422" above its message.  */
  if (entry->standing == STANDING_NON_STANDARD && words >= n)
    return false;
  if (words + 1 < n && (s[words] == '-' || s[words] == ':') && s[words + 1] == ' ')
    words += 2;                 /* "502 - Bad Gateway", "530 : Not logged in" */
  if (gmail_id_tail (s, n, words))
    return false;
  if (postfix_event_after (s, n, words))
    return false;
  /* A log's alarm: MDaemon's event codes "500 **** ALERT **** ...".  */
  if (words + 1 < n && s[words] == '*' && s[words + 1] == '*')
    return false;
  /* Prose wrapped before its code: "(the line starting with the" over
     "220 code), check that ..."; a process list's row: "  220 root   9
     0     0    0     0 SW   0.0  0.0  0:00 kjournald"; NNTP's article
     number and message id: "221 2 <7g5bhm$8f$2@news.vbrew.com> head".  */
  if ((words < n && s[words] >= 'a' && s[words] <= 'z' && starts_word (s + words, n - words, prose_after) >= 0)
      || numeric_columns (s, n, words) || article_follows (s, n, words))
    return false;
  return words >= n || !is_alpha (s[words])
    || (!unit_at (s + words, n - words)
        && starts_word (s + words, n - words, prose_words) < 0 && !error_in_prose (s, n, words)
        && !foreign_words (s, n, 0, words, true, code->basic, true));
}
