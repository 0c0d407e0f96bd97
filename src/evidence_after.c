/* SPDX-License-Identifier: GPL-3.0-or-later */
/* evidence_after.c -- what follows a candidate code, weighed for
   decide.c: the words a server writes in replies count for it; a unit,
   prose, HTTP's words or a list of codes count against it.  */

#include <config.h>

#include <string.h>

#include "bytesearch.h"
#include "evidence.h"
#include "evidence_after.h"
#include "reply.h"
#include "scanchar.h"

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
  "would", "could", "will",
  /* A kind of failure, in lower case: a "500" error type, i.e. SMTP
     permanent error (a server may write "550 Error type unknown").  */
  "type", "types", ""
};

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

/* Whether a provider's tag of two or three capitals starts at offset I
   of S: NetEase's "HL:REP", "DT:SPM" (a colon and capitals), Hotmail's
   "OU-001", "SC-002" (a dash and three digits).  */
static bool
provider_tag (const char *s, size_t n, size_t i)
{
  size_t k = i;
  while (k < n && k - i < 4 && s[k] >= 'A' && s[k] <= 'Z')
    k++;
  if (k - i < 2 || k - i > 3 || k + 1 >= n)
    return false;
  if (s[k] == ':')
    return s[k + 1] >= 'A' && s[k + 1] <= 'Z';
  return s[k] == '-' && n - k > 3 && is_digit (s[k + 1]) && is_digit (s[k + 2]) && is_digit (s[k + 3])
    && (n - k == 4 || !is_alnum (s[k + 4]));
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
bool
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
bool
error_in_prose (const char *s, size_t n, size_t i)
{
  /* A word that says which error: "553 email error is normally ...",
     "(504 gateway error)".  */
  static const char kinds[][WORD_MAX] = { "email", "mail", "smtp", "gateway", "" };
  int kind = starts_word (s + i, n - i, kinds);
  if (kind >= 0 && n - i > strlen (kinds[kind]) + 1 && s[i + strlen (kinds[kind])] == ' ')
    i += strlen (kinds[kind]) + 1;
  /* But a server's capital after its enhanced code: "535 5.7.8 Error,
     authentication failed".  */
  bool after_enhanced = s[i] == 'E' && i >= 4 && s[i - 1] == ' ' && is_digit (s[i - 2])
    && (s[i - 3] == '.' || (is_digit (s[i - 3]) && s[i - 4] == '.'));
  if (n - i >= 5 && same_bytes (s + i, "error", 5, true)
      && (n - i == 5 || s[i + 5] == '.' || (s[i + 5] == ',' && !after_enhanced) || s[i + 5] == ')'))
    return true;                /* "it returns 500 error.", "(501 error)" */
  if (n - i < 7 || !same_bytes (s + i, "error ", 6, true))
    return false;
  /* But a string that a program sends opens with the code and the
     server's capital: "554 Error when delivering to ".  */
  bool quoted = s[i] == 'E' && i >= 5 && s[i - 1] == ' ' && is_digit (s[i - 2])
    && is_digit (s[i - 3]) && is_digit (s[i - 4]) && (s[i - 5] == '"' || s[i - 5] == '\'');
  /* Where an "error" in lower case happened: "Fix: 421 error on all web
     and mail domains"; a server writes "552 Error in local delivery".  */
  static const char where[][WORD_MAX] = { "on", "in", "after", "for", "" };
  bool lower_case = s[i] == 'e';
  for (i += 6; i < n && is_space (s[i]);)
    i++;
  if (lower_case && i < n && starts_word (s + i, n - i, where) >= 0)
    return true;
  int word = i < n ? starts_word (s + i, n - i, prose_after_error) : -1;
  return word >= 0
    && !(quoted && (strcmp (prose_after_error[word], "when") == 0
                    || strcmp (prose_after_error[word], "while") == 0))
    && !(!lower_case && strncmp (prose_after_error[word], "type", 4) == 0);
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
      /* A word may be quoted: rspamd's 'Ratelimit "user" exceeded'.  */
      while (i < n && (is_space (s[i]) || s[i] == ':' || s[i] == ',' || s[i] == '"'))
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
  int dots = 0, stars = 0;
  /* '*' for a host name hidden before it was pasted: "220 ****.***.com",
     "220 ********* Microsoft ESMTP MAIL Service ready"; not the frame of
     a banner, "*** MESSAGE FILE END ***".  */
  for (; k < n && (is_alnum (s[k]) || s[k] == '.' || s[k] == '-' || s[k] == '*'); k++)
    {
      letter |= is_alpha (s[k]);
      other |= !is_alpha (s[k]);
      dots += s[k] == '.';
      stars += s[k] == '*';
    }
  letter |= stars >= 3 && find_exact (s + k, n - k, "***") == n - k;
  /* A server without a name greets with its address: "220 192.0.2.1
     ESMTP".  */
  bool address = !letter && dots == 3 && s[k - 1] != '.';
  bool tag = k < n && s[k] == ';';
  if ((!letter && !address) || (!other && !tag)
      || (k < n && s[k] != ':' && !tag && !is_space (s[k])))
    return false;
  for (k += k < n && (s[k] == ':' || tag); k < n && is_space (s[k]);)
    k++;
  *i = k;
  return true;
}

/* Whether an angle bracket opens at I of S (N bytes), also as a web
   page escapes it ("&lt;", "&#60;").  */
bool
angle_opens (const char *s, size_t n, size_t i)
{
  return i < n && (s[i] == '<' || (n - i > 4 && same_bytes (s + i, "&lt;", 4, false))
                   || (n - i > 5 && same_bytes (s + i, "&#60;", 5, false)));
}

/* Whether an address without angle brackets starts at I of S (N bytes)
   and the server's words about it follow a colon, as some servers and
   pages write Postfix's refusals: "553 test@example.com : Sender
   address rejected", "550 a@b: Recipient address rejected".  */
static bool
bare_address_colon (const char *s, size_t n, size_t i)
{
  size_t k = i;
  while (k < n && k - i < 64 && (is_alnum (s[k]) || s[k] == '.' || s[k] == '_' || s[k] == '-'
                                 || s[k] == '+'))
    k++;
  if (k == i || k >= n || s[k] != '@')
    return false;
  size_t domain = ++k;
  while (k < n && k - domain < 255 && (is_alnum (s[k]) || s[k] == '.' || s[k] == '-'))
    k++;
  if (k == domain || memchr (s + domain, '.', k - domain) == NULL)
    return false;
  if (k < n && s[k] == ' ')
    k++;
  return n - k >= 3 && s[k] == ':' && s[k + 1] == ' ' && is_alpha (s[k + 2]);
}

/* Whether a syslog message's priority stands at I of S (N bytes):
   "<14>1 2014-06-20T09:14:07+00:00 host app" after the length that
   RFC 6587's octet counting puts before each message ("253 <14>1 ...").
   No server's words start with a number in angle brackets.  */
static bool
syslog_priority_at (const char *s, size_t n, size_t i)
{
  if (i >= n || s[i] != '<')
    return false;
  size_t k = i + 1;
  while (k < n && k - i <= 3 && is_digit (s[k]))
    k++;
  return k > i + 1 && k + 1 < n && s[k] == '>' && is_alnum (s[k + 1]);
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
  /* AUTH LOGIN's prompts, "Username:" and "Password:" in base64: only a
     server's 334 writes them.  */
  if (n - i >= 12 && (same_bytes (s + i + 1, "XNlcm5hbWU6", 11, false)
                      || same_bytes (s + i + 1, "GFzc3dvcmQ6", 11, false))
      && (s[i] == 'V' || s[i] == 'd' || s[i] == 'U' || s[i] == 'c'))
    return ENOUGH;
  /* An address: "550 <a@b>: Recipient address rejected", also as a web
     page escapes it ("550 &lt;bill@lager.vbrew.com&gt;... User
     unknown").  */
  if (angle_opens (s, n, i) || bare_address_colon (s, n, i))
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
  return closing == 1 && back_over_word (s, 0, &k) < code && k > 0 && s[k - 1] == s[q]
    && starts_word (s + q + 2, n - q - 2, kinds) >= 0;
}

/* Words of Chinese, Japanese and Korean prose after a code (see
   cjk_prose_after).  */
static const char cjk_prose_words[][10] = {
  "\xE3\x81\xA8\xE3\x81\x84\xE3\x81\x86",    /* という */
  "\xE3\x82\x84",                      /* や */
  "\xE3\x81\xAA\xE3\x81\xA9",              /* など */
  "\xE7\xAD\x89",                      /* 等 */
  "\xE8\xA7\xA3\xE8\xAF\xBB",              /* 解读, a title's: "550 解读" */
  "\xE8\xA7\xA3\xE8\xAE\x80",              /* 解讀 */
  /* The code called an error, a response, a code: "550エラー", "220
     응답이 오는지 확인" (check that the 220 response comes).  */
  "\xE3\x82\xA8\xE3\x83\xA9\xE3\x83\xBC",    /* エラー */
  "\xE9\x8C\xAF\xE8\xAA\xA4",              /* 錯誤: "傳回 SMTP 501 錯誤" */
  "\xE9\x94\x99\xE8\xAF\xAF",              /* 错误 */
  "\xEC\x97\x90\xEB\x9F\xAC",              /* 에러 */
  "\xEC\x98\xA4\xEB\xA5\x98",              /* 오류 */
  "\xEC\x9D\x91\xEB\x8B\xB5",              /* 응답 */
  "\xEC\xBD\x94\xEB\x93\x9C",              /* 코드 */
  "\xEC\x83\x81\xED\x83\x9C",              /* 상태, status: "503 상태는" */
  /* What the code is or stands for: "「550 5.7.1」とは", "SMTP 550
     5.7.1に該当する".  */
  "\xE3\x81\xA8\xE3\x81\xAF",              /* とは */
  "\xE3\x81\xAB\xE8\xA9\xB2\xE5\xBD\x93",    /* に該当 */
  /* A particle after the code: "エラー450 4.7.1になって" (turned into
     error 450 4.7.1); a server's words do not start with one.  */
  "\xE3\x81\xAB",                      /* に */
  "\xE3\x81\xAF",                      /* は */
  "\xE3\x81\x8C",                      /* が */
  "\xE3\x82\x92",                      /* を */
  "\xE3\x81\xA7",                      /* で */
  /* What a code means, in Chinese: "`220` 表示连接成功" (220 means
     the connection succeeded).  */
  "\xE8\xA1\xA8\xE7\xA4\xBA",              /* 表示 */
  /* The case or problem of a code: "会有报错:553 情况".  */
  "\xE6\x83\x85\xE5\x86\xB5",              /* 情况 */
  "\xE9\x97\xAE\xE9\xA2\x98",              /* 问题 */
  "\xE4\xBB\xA3\xE8\xA1\xA8",              /* 代表 */
  "\xE6\x84\x8F\xE5\x91\xB3",              /* 意味 */
  /* The code taken as an example: "以 550 5.1.1 为例".  */
  "\xE4\xB8\xBA\xE4\xBE\x8B",              /* 为例 */
  "\xE7\x82\xBA\xE4\xBE\x8B",              /* 為例 */
  /* What the code is, a space before the noun: "5.1.1为 DSN 代码" (is
     the DSN code); a server's words would run on ("为了").  */
  "\xE4\xB8\xBA ", "\xE7\x82\xBA ",      /* 为, 為 */
  /* A size, in bytes: "512 바이트 블록", "512バイト", "512 字节".  */
  "\xEB\xB0\x94\xEC\x9D\xB4\xED\x8A\xB8",    /* 바이트 */
  "\xE3\x83\x90\xE3\x82\xA4\xE3\x83\x88",    /* バイト */
  "\xE5\xAD\x97\xE8\x8A\x82", "\xE4\xBD\x8D\xE5\x85\x83\xE7\xB5\x84",   /* 字节, 位元組 */
};

/* Whether a Korean particle glued to a code starts at Q of S (N bytes)
   and ends a word: the code is a noun of prose ("오류 코드 450
   4.4.312를 수정하려면", to fix error code 450 4.4.312); a server's words
   are set apart by a space.  */
static bool
korean_particle_at (const char *s, size_t n, size_t q)
{
  /* 를 을 는 은 가 이 의 로 에 와 과 도 */
  static const char particles[][4] = {
    "\xEB\xA5\xBC", "\xEC\x9D\x84", "\xEB\x8A\x94", "\xEC\x9D\x80", "\xEA\xB0\x80",
    "\xEC\x9D\xB4", "\xEC\x9D\x98", "\xEB\xA1\x9C", "\xEC\x97\x90", "\xEC\x99\x80",
    "\xEA\xB3\xBC", "\xEB\x8F\x84"
  };
  if (n - q < 3 || (unsigned char) s[q] < 0xEA || (unsigned char) s[q] > 0xED)
    return false;
  /* The particle ends the word: no Hangul syllable after it ("이메일").  */
  if (n - q > 3 && (unsigned char) s[q + 3] >= 0xEA && (unsigned char) s[q + 3] <= 0xED)
    return false;
  for (size_t k = 0; k < sizeof particles / sizeof *particles; k++)
    if (memcmp (s + q, particles[k], 3) == 0)
      return true;
  return false;
}

/* Whether Chinese, Japanese or Korean prose goes on at offset Q of S (N
   bytes), after a code perhaps closed by a quote (korean_particle_at
   too): a list ("550 5.7.1、554
   5.7.1、554 5.4.0 等等", "「550」や「554」などの"), or a code called so
   ("「550 5.1.1」というエラー": the error called 550 5.1.1).  */
bool
cjk_prose_after (const char *s, size_t n, size_t q)
{
  static const char closing[][4] = { "\xE3\x80\x8D", "\xE3\x80\x8F", "\xE2\x80\x9D" };
  if (korean_particle_at (s, n, q))
    return true;
  for (size_t k = 0; k < sizeof closing / sizeof *closing; k++)
    if (n - q >= 3 && same_bytes (s + q, closing[k], 3, false))
      {
        q += 3;
        break;
      }
  if (q < n && s[q] == '`')
    q++;
  while (q < n && s[q] == ' ')
    q++;
  for (size_t k = 0; k < sizeof cjk_prose_words / sizeof *cjk_prose_words; k++)
    if (n - q >= strlen (cjk_prose_words[k])
        && same_bytes (s + q, cjk_prose_words[k], strlen (cjk_prose_words[k]), false))
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

/* Whether the words at I of S (N bytes) are what servers say with 354
   and nothing else says: Postfix's "End data with <CR><LF>.<CR><LF>",
   RFC 5321's and Exchange's "Start mail input", Sendmail's "Enter mail,
   end with \".\" on a line by itself".  */
static bool
data_prompt_at (const char *s, size_t n, size_t i)
{
  static const char prompts[][24] = { "End data with ", "Start mail input", "Enter mail, end with" };
  for (size_t k = 0; k < sizeof prompts / sizeof *prompts; k++)
    if (n - i >= strlen (prompts[k]) && same_bytes (s + i, prompts[k], strlen (prompts[k]), true))
      return true;
  return false;
}

/* Whether the code that ends at Q of S (N bytes) opens a quote that
   closes after its words: a table's `501 from domain not trusted` is a
   reply quoted whole, whatever its words.  */
static bool
reply_quoted_whole (const char *s, size_t n, size_t q)
{
  char quote = q >= 4 ? s[q - 4] : '\0';
  return (quote == '`' || quote == '"' || quote == '\'') && (q == 4 || !is_alnum (s[q - 5]))
    && q < n && memchr (s + q, quote, n - q) != NULL;
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
    return reply_quoted_whole (s, n, q) ? 0 : PROSE;
  if (q >= 3 && memcmp (s + q - 3, "354", 3) == 0 && data_prompt_at (s, n, i))
    return ENOUGH;
  /* A writer's hedge: "\"user not found\" (550 i believe)".  */
  for (int h = 0; s[i] == 'i' && hedges[h][0]; h++)
    if (n - i >= strlen (hedges[h]) && memcmp (s + i, hedges[h], strlen (hedges[h])) == 0)
      return PROSE;
  return i == q + 1 && provider_tag (s, n, i) ? CLEAR : 0;
}

/* Whether "gsmtp" stands at offset I of S (N bytes), after a code and
   " - ": the end of Gmail's session id wrapped onto a line of its own
   ("h16si851737uar." then "253 - gsmtp"), no reply.  */
bool
gmail_id_tail (const char *s, size_t n, size_t i)
{
  return n - i >= 5 && memcmp (s + i, "gsmtp", 5) == 0;
}

/* Whether a greeting that a firewall masked starts at offset I of S (N
   bytes): Cisco's SMTP fixup turns a 220's words into asterisks but
   for its '2's and '0's ("220 *********0*******...").  */
bool
masked_greeting (const char *s, size_t n, size_t i)
{
  size_t stars = 0;
  for (; i < n && (s[i] == '*' || s[i] == '0' || s[i] == '2' || s[i] == ' '); i++)
    stars += s[i] == '*';
  return stars >= 16;
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
bool
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
     as after a space; so does one after a dash and a space, as AOL wrote
     its lines ("554- The IP address you are using ...").  */
  if (q + 2 < n && s[q + 1] == ' ' && is_alpha (s[q + 2]))
    return code_again (s, n, q) ? ENOUGH
      : starts_word (s + q + 2, n - q - 2, prose_words) < 0 && !unit_at (s + q + 2, n - q - 2);
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
  /* The host of a reply to EHLO, hidden before it was pasted: "250-***
     Hello [***]".  */
  return q + 1 < n && (is_alnum (s[q + 1]) || (n - q > 4 && memcmp (s + q + 1, "***", 3) == 0)) ? 1 : 0;
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
int
spaced_dash_score (const char *s, size_t n, size_t i)
{
  while (i < n && is_space (s[i]))
    i++;
  /* Nor a data structure's dump, as API clients write an HTTP error:
     "Error code: 503 - {'error': ...}", the dump perhaps on the next
     line.  */
  if (gmail_id_tail (s, n, i) || i == n || s[i] == '{' || s[i] == '[')
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

/* The weight of the words at I of S (N bytes) after a code that ends at
   Q and a comma: PEAR's "(code: 550, response: 5.7.1 ...)", whose label
   names the server's words; but a web request's "code: 500, body: ..."
   is HTTP's, and so is what Python's http.server logs of the error it
   sends: "code 501, message Unsupported method ('POST')".  */
static int
comma_label_score (const char *s, size_t n, size_t q, size_t i)
{
  if (q >= 8 && same_bytes (s + q - 8, "code ", 5, false) && n - i > 8
      && same_bytes (s + i, "message ", 8, false))
    return VETO;
  size_t label = i;
  while (label < n && is_alpha (s[label]))
    label++;
  if (label > i && label < n && s[label] == ':')
    return word_is (s + i, label - i, "body") ? VETO : 2;
  /* A clause of prose goes on: "error codes >= 500, although errors
     never seem to occur", "Unknown verb gets 500, then QUIT still
     works".  */
  static const char clause[][WORD_MAX] = {
    "although", "though", "because", "unless", "whereas", "which", "whose", "then", ""
  };
  if (starts_word (s + i, n - i, clause) >= 0)
    return VETO;
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

static int words_after_score (const char *s, size_t n, size_t q, size_t i, bool after_colon);

/* Whether the word at I of S (N bytes), after a code that follows a
   colon (AFTER_COLON), opens a server's sentence with a capital though
   it names a unit: "rejected because of: 550 Messages should have one
   or no Subject headers" (but "Total: 550 Messages", "Free: 250
   E-Mails/Tag").  */
static bool
capital_sentence (const char *s, size_t n, size_t i, bool after_colon)
{
  if (!after_colon || !(s[i] >= 'A' && s[i] <= 'Z'))
    return false;
  size_t end = i;
  while (end < n && is_alpha (s[end]))
    end++;
  return n - end >= 2 && s[end] == ' ' && s[end + 1] >= 'a' && s[end + 1] <= 'z';
}

/* The evidence after a code that ends at Q, whose words would start
   there: a unit or HTTP's words rule it out, a server's words count.
   AFTER_COLON: the code follows a ':', as a label's value does, or is an
   enhanced code alone ("Fix #357: 2.2.4: Segfault"): a ':' after it then
   says nothing.  */
int
after_score (const char *s, size_t n, size_t q, bool after_colon)
{
  if (q >= n)
    return 0;
  /* A web page's no-break space between the code and its words:
     "354\xC2\xA0End data with".  */
  if (nbsp_at (s, n, q))
    return q + 2 < n && !is_space (s[q + 2]) ? words_after_score (s, n, q, q + 2, after_colon) : 0;
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
     source code: "551: handle_551,", nor a number after the colon, a
     value as in a table of rates ("500: 0.05,"), unless it is the
     enhanced code of the code's class ("550: 5.7.1").  */
  if (c == ':')
    return names_code (s, n, i)
      || (i + 1 < n && is_digit (s[i]) && !(s[i] == s[q - 3] && s[i + 1] == '.')) ? VETO : !after_colon;
  return words_after_score (s, n, q, i, after_colon);
}

/* The evidence of the words that start at I of S (N bytes), after a
   code that ends at Q and the spaces or the ',' after it.  */
static int
words_after_score (const char *s, size_t n, size_t q, size_t i, bool after_colon)
{
  char c = s[q];
  /* A comma glued to a reply's word: "550,Mailbox not found"; or to
     the message that PHPMailer joins to the code of its error's fields
     ("... command failed,<detail>\n,530,SMTP server error: ..."),
     unless its "SMTP code: 530" comes later and counts.  */
  if (c == ',' && i == q + 1)
    return i < n && capitalized_reply_word (s, n, i) ? 2
      : q >= 4 && s[q - 4] == ',' && n - i >= 17 && memcmp (s + i, "SMTP server error", 17) == 0
      && find_ci (s + i, n - i, "SMTP code:") == n - i ? ENOUGH : 0;
  if (i == n || i == q)
    return 0;
  if (q >= 3 && memcmp (s + q - 3, "220", 3) == 0 && s[i] == '*' && masked_greeting (s, n, i))
    return ENOUGH;
  /* Markdown's bold opening the words: "550 **Rejected because ...".  */
  if (n - i > 2 && s[i] == '*' && s[i + 1] == '*' && is_alpha (s[i + 2]))
    i += 2;
  if (s[i] == '-' && (i + 1 == n || is_space (s[i + 1])))
    return spaced_dash_score (s, n, i + 1);
  if (s[i] == ':')
    return 1;                   /* "[192.0.2.1]: 550 : User unknown" */
  /* A wiki's heading: "====== SMTP Error 530 ======"; or what the code
     is said to mean: "Error 535 = Authentication Failure".  */
  if (s[i] == '=' && (n - i == 1 || s[i + 1] == '=' || s[i + 1] == ' '))
    return VETO;
  if ((unit_at (s + i, n - i) && !capital_sentence (s, n, i, after_colon)) || code_instead (s, n, i))
    return VETO;
  if (syslog_priority_at (s, n, i))
    return VETO;
  /* A transcript's prompt follows: the number is the log's, as the
     process id that Exim's debug output starts its lines with ("  510
     SMTP<< 220 ...").  */
  if (n - i >= 6 && same_bytes (s + i, "SMTP", 4, false) && (s[i + 4] == '<' || s[i + 4] == '>')
      && s[i + 5] == s[i + 4])
    return VETO;
  if (provider_tag (s, n, i) && s[i + 2] != ':' && s[i + 3] != ':')
    return 2;                   /* Hotmail's "OU-001", no prose's "ou" */
  if (starts_word (s + i, n - i, prose_words) >= 0)
    return path_after_in (s, n, i) ? 0 : PROSE;
  int word = word_after (s, n, q, i);
  if (word != 0)
    return word;
  /* The one keyword of EHLO that starts with a digit, no count:
     "  250 8BITMIME".  */
  if (n - i >= 8 && memcmp (s + i, "8BITMIME", 8) == 0 && (n - i == 8 || !word_char (s[i + 8])))
    return 2;
  if (c == ',')
    return comma_label_score (s, n, q, i);
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
