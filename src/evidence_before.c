/* SPDX-License-Identifier: GPL-3.0-or-later */
/* evidence_before.c -- what stands before a candidate code, weighed for
   decide.c: introducers ("said:", "error", "响应"), punctuation (':',
   "=>", '#', quotes, brackets), what is glued to it, and the words that
   rule it out (a port, a version, a count, "expected").  */

#include <config.h>

#include <string.h>

#include "bytesearch.h"
#include "evidence.h"
#include "evidence_after.h"
#include "evidence_before.h"
#include "foreign.h"
#include "reply.h"
#include "scanchar.h"

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
  /* Postfix's access and policy actions: "DEFER 4.2.0 Greylisted, ...",
     as "REJECT 5.7.1 ..." (reject).  */
  CUE ("defer", 3),
  /* And the one that defers only what would be accepted:
     "defer_if_permit 4.7.24" (a cue of four letters or more counts at
     a word's end).  */
  CUE ("if_permit", 3),
  CUE ("bounce", 2), CUE ("bounces", 2),
  /* git send-email's "Result: 250".  */
  CUE ("result", 2), CUE ("reason", 2),
  CUE ("err", 3), CUE ("resp", 3), CUE ("follows", 2), CUE ("mailkit", 2),
  /* A fake server in a shell script writes its replies: "echo 250 OK";
     CommuniGate's log says what it sends: "Sending 250 ...", a fake
     server in OCaml "Responding [250 OCaMail greets you, ...]".  */
  CUE ("echo", 2), CUE ("sending", 1), CUE ("responding", 1),
  /* The milter API sets the reply to the client: setreply("554",
     "5.7.0", reason), smfi_setreply(ctx, "550", "5.7.1", msg).  */
  CUE ("setreply", 3),
  /* Momentum's Sieve sets the reply so: ec_action 451 "temporary ...".  */
  CUE ("ec_action", 3),
  /* Error, response and message in German, French, Spanish, Portuguese
     and Italian bounces and forums.  */
  CUE ("fehler", 3), CUE ("antwort", 3), CUE ("meldung", 2), CUE ("erreur", 3),
  CUE ("respuesta", 3), CUE ("erro", 3), CUE ("resposta", 3), CUE ("errore", 3),
  CUE ("risposta", 3),
  /* Error in Dutch and Turkish: "Communicatie Fout [334]", "Hata 550"
     ("Hatası", its form after a noun, is in script_cues).  */
  CUE ("fout", 3), CUE ("hata", 3),
  /* Counts and ids, and a code that is not what came.  */
  CUE ("expect", VETO), CUE ("expected", VETO), CUE ("expecting", VETO), CUE ("instead", VETO), CUE ("than", VETO),
  CUE ("unlike", VETO),
  CUE ("port", VETO), CUE ("line", VETO), CUE ("size", VETO), CUE ("version", VETO), CUE ("vsn", VETO),
  CUE ("installed", VETO),
  CUE ("ver", VETO), CUE ("pid", VETO), CUE ("width", VETO), CUE ("height", VETO),
  CUE ("since", VETO), CUE ("case", VETO), CUE ("ticket", VETO),
  CUE ("id", VETO), CUE ("uid", VETO), CUE ("delay", VETO), CUE ("total", VETO), CUE ("count", VETO),
  CUE ("nrcpt", VETO), CUE ("length", VETO), CUE ("len", VETO), CUE ("http", VETO), CUE ("ftp", VETO),
  /* A standard's section: "POSIX Standard: 5.1.2 Directory Operations".  */
  CUE ("standard", VETO), CUE ("section", VETO), CUE ("chapter", VETO),
  /* Prose: "a 550", "the 550 error".  */
  CUE ("a", -2), CUE ("an", -2), CUE ("the", -2), CUE ("of", -1), CUE ("every", -2), CUE ("any", -2),
};

/* Introducers in other scripts: Chinese, simplified and traditional
   (response, reply, failed, returned, error, rejected, code, bounce,
   the message a program shows, feedback, the message or the reason is);
   Russian, Japanese (error, error example, response), Korean (error,
   response) and Turkish (error, after a noun: "Bağlantı Hatası").  */
static const char script_cues[][16] = {
  "响应", "響應", "响应为", "響應為", "回复", "回覆", "答复", "失败", "失敗", "返回", "错误", "錯誤",
  "拒绝", "拒絕", "代码", "代碼", "退信", "提示", "反馈", "反饋",
  /* "The failure message is", "the reason is": "失败信息为 550 Sender
     frequency limited".  */
  "信息为", "信息為", "信息是", "原因为", "原因為", "原因是",
  "ошибка", "Ошибка", "ошибки", "ответ", "Ответ", "сервера",
  "Hatası", "hatası",
  "エラー", "エラー例", "応答", "오류", "응답", ""
};

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
int
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
      /* A setting's name that ends in a version or a port: mm7_version
         = "5.3.0", smtp_port = 587; not a constant that names a reply's
         kind (MESSAGE_INVALID_ARGUMENT_COUNT = "501 Incorrect ..."), nor
         a call (send_line!("220 Hello")).  */
      if (cues_before[c].weight == VETO && s[n - len - 1] == '_'
          && (word_is (s + n - len, len, "version") || word_is (s + n - len, len, "port")))
        return VETO;
    }
  /* A client library's class of SMTP errors, whatever its last word:
     Ruby's Net::SMTPServerBusy, Net::SMTPUnsupportedCommand.  */
  if (n > 6 && memcmp (s, "SMTP", 4) == 0 && s[4] >= 'A' && s[4] <= 'Z'
      && s[5] >= 'a' && s[5] <= 'z')
    return 3;
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

bool
demonstrative_before (const char *s, size_t lo, size_t k)
{
  static const char words[][16] = { "この", "その", "あの", "这个", "這個", "" };
  /* Most codes follow an ASCII byte: the words are not looked for.  */
  return k > lo && (unsigned char) s[k - 1] >= 0x80 && ends_with_one (s, lo, k, words);
}

bool
example_before (const char *s, size_t lo, size_t k)
{
  static const char words[][16] = { "如", "such as", "e.g.", "" };
  if (k > lo && s[k - 1] == ' ')
    k--;
  /* Most codes of a log follow '=', '(' or a word: the last byte of
     the three rules them out before any word is compared.  */
  char last = k > lo ? s[k - 1] : ' ';
  return (last == '\x82' || last == 's' || last == '.') && ends_with_one (s, lo, k, words);
}

/* The weight of the text in another script that ends at offset K of S,
   or 0.  */
static int
script_weight (const char *s, size_t lo, size_t k)
{
  if (demonstrative_before (s, lo, k))
    return -2;
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

/* The weight of a cue two words before the word that starts at offset
   K of S (the line from LO), across a preposition of French, Italian,
   Spanish or Portuguese: "Erreur de communications [334]", "Errore di
   invio 550", "Erreur d'authentification 535"; else 0.  */
static int
cue_across_preposition (const char *s, size_t lo, size_t k)
{
  static const char prepositions[][WORD_MAX] = {
    "de", "di", "du", "da", "do", "des", "del", "della", ""
  };
  if (k - lo >= 3 && s[k - 1] == '\'' && lower (s[k - 2]) == 'd' && !word_char (s[k - 3]))
    k -= 2;
  else
    {
      size_t end = back_over_word (s, lo, &k);
      int c = 0;
      while (prepositions[c][0] && !word_is (s + k, end - k, prepositions[c]))
        c++;
      if (!prepositions[c][0])
        return 0;
    }
  size_t end = back_over_word (s, lo, &k);
  int weight = end > k ? cue_weight (s + k, end - k) : 0;
  return weight >= 3 ? weight : 0;
}

/* The start of the word that ends at offset K of S (the line from LO),
   its letters in any script.  */
static size_t
any_word_start (const char *s, size_t lo, size_t k)
{
  while (k > lo && (word_char (s[k - 1]) || (unsigned char) s[k - 1] >= 0x80))
    k--;
  return k;
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
    return *weight = u[2] == 0x91 || u[2] == 0x8D || u[2] == 0x8C || u[2] == 0x8E
      /* A reply after a sentence and its space, as after '.': "実行不能。
         451 Requested action aborted".  */
      || (u[2] == 0x82 && s[k] == ' '), 3;
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
   typed by hand in lower case in a telnet session ("ehlo", "rcpt to:",
   "vrfy root"); but "mail", "data" and "auth" are prose's words too.  */
static bool
command_word (const char *s, size_t n)
{
  static const struct
  {
    char word[9];
    bool typed;
  } commands[] = {
    { "EHLO", true }, { "HELO", true }, { "MAIL", false }, { "RCPT", true }, { "DATA", false },
    { "BDAT", false }, { "QUIT", true }, { "RSET", true }, { "AUTH", false }, { "VRFY", true },
    { "EXPN", true }, { "NOOP", true }, { "STARTTLS", true }, { "HELP", false }, { "", false }
  };
  for (int c = 0; commands[c].word[0]; c++)
    if (strlen (commands[c].word) == n
        && (memcmp (s, commands[c].word, n) == 0
            || (commands[c].typed && same_bytes (s, commands[c].word, n, true))))
      return true;
  return false;
}

/* Where the word set apart by spaces that ends at *END of S (the line
   from LO; spaces before *END are passed, and *END moved past them)
   starts.  */
static size_t
spaced_word_before (const char *s, size_t lo, size_t *end)
{
  while (*end > lo && is_space (s[*end - 1]))
    (*end)--;
  size_t start = *end;
  while (start > lo && !is_space (s[start - 1]))
    start--;
  return start;
}

/* Whether an SMTP command is one of the two words (set apart by
   spaces) that end at offset K of S, the line from LO, and none of them
   is prose's possessive ("RCPT TO's 250"): a session pasted
   with the client's command and the server's reply on one line ("RCPT
   TO: someone 501 someone: recipient address must contain a domain",
   MailEnable's "127.0.0.1 AUTH VHV6aWtWb24= 235 Authenticated"), also
   as a source table's row ({"AUTH PLAIN dXNlcg==", 235}).  */
bool
command_shortly_before (const char *s, size_t lo, size_t k)
{
  size_t end = k;
  for (int words = 0; words < 2; words++)
    {
      size_t start = spaced_word_before (s, lo, &end);
      if (start == end || memchr (s + start, '\'', end - start) != NULL)
        return false;
      size_t word = start;
      while (word < end && (s[word] == '{' || s[word] == '"' || s[word] == '('))
        word++;
      size_t word_end = word;
      while (word_end < end && is_alpha (s[word_end]))
        word_end++;
      if (word_end == end && command_word (s + word, word_end - word))
        return true;
      end = start;
    }
  return false;
}

/* Whether the number that starts at K of S (the line from LO) is the
   port that one of the two words before it asked telnet for: a session
   whose lines were run together, "C:/>telnet 25 220 ESMTP MAIL Service
   ready", "telnet mail.example.com 25 220 mail.example.com ESMTP".  */
static bool
telnet_port_before (const char *s, size_t lo, size_t k)
{
  size_t end = k;
  for (int words = 0; words < 2; words++)
    {
      size_t start = spaced_word_before (s, lo, &end);
      if (end - start >= 6 && same_bytes (s + end - 6, "telnet", 6, true)
          && (end - start == 6 || !is_alpha (s[end - 7])))
        return true;
      end = start;
    }
  return false;
}

/* Whether the code at P opens the buffer of a system call that strace
   shows, after the descriptor that runs from K to END: recvfrom(4,
   "550-Verification failed for <roo"..., 8192, ...).  */
static bool
syscall_buffer (const char *s, size_t lo, size_t k, size_t end, size_t p)
{
  return k - lo >= 2 && s[k - 1] == '(' && is_alpha (s[k - 2]) && p == end + 3
    && s[end] == ',' && s[end + 1] == ' ' && s[end + 2] == '"';
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
   of S: "<p>", "<td class=\"x\">", "<li>", "<pre>", "<br/>", an element
   that quotes output, or an empty anchor.  */
static bool
html_block_before (const char *s, size_t lo, size_t k)
{
  /* HTML's blocks, and the elements of HTML, DocBook and Recog's
     fingerprints that quote a program's output ("<samp>", "<screen>",
     "<example>500 No way!</example>").  */
  static const char tags[][WORD_MAX] = {
    "p", "td", "th", "li", "dd", "pre", "code", "div", "br", "tt", "blockquote", "samp",
    "screen", "computeroutput", "literallayout", "programlisting", "example", ""
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

/* The weight of a '<' at offset K - 1 of S (the line from LO), before
   a code at P: an arrow that marks what a client read.  */
static int
arrow_in_weight (const char *s, size_t lo, size_t k, size_t p)
{
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
}

static bool quoted_with_words (const char *s, size_t n, size_t lo, size_t p);

/* Whether a version ends before offset K of S (the line from LO), but
   for spaces: digits with one or two dots between them ("2.3.13"; an
   address has three), after no letter or digit.  */
static bool
version_before (const char *s, size_t lo, size_t k)
{
  while (k > lo && s[k - 1] == ' ')
    k--;
  size_t end = k, dots = 0;
  while (k > lo && (is_digit (s[k - 1]) || s[k - 1] == '.'))
    dots += s[--k] == '.';
  return end > k && is_digit (s[end - 1]) && is_digit (s[k]) && (dots == 1 || dots == 2)
    && (k == lo || !is_alnum (s[k - 1]));
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
      if (k - lo >= 4 && s[k - 2] == '=' && s[k - 3] == ' ' && s[k - 4] == ')')
        return VETO;            /* JavaScript's arrow: "getuid = () => 501" */
      if (k - lo >= 2 && (s[k - 2] == '=' || s[k - 2] == '-') && version_before (s, lo, k - 2))
        return VETO;            /* a version bumped: "dovecot 2.3.13 => 2.3.19" */
      return (k - lo >= 2 && (s[k - 2] == '-' || s[k - 2] == '='
                              || (k - lo >= 3 && s[k - 2] == '>' && s[k - 3] == '>')))
        || (k == p && html_block_before (s, lo, k)) ? 2 : 0;
    case '<':
      return arrow_in_weight (s, lo, k, p);
    case '.':
      /* Sendmail's "<a@b>... 5.2.2 Mailbox full"; a reply after a
         sentence ("... SMTP-Einstellungen. 501 Syntax: HELO hostname").  */
      return (k - lo >= 3 && s[k - 2] == '.' && s[k - 3] == '.' && s[k] != '.')
        || (k < p && s[k] == ' ' && k - lo >= 2 && is_alpha (s[k - 2]));
    case '[':
      /* Markdown's "![554][554]" names an image or a link, and so does
         "[4.2.3: Reply Codes](https://...)".  */
      return (k == p && k - lo >= 2 && (s[k - 2] == '!' || s[k - 2] == ']')) || link_text (s, n, k) ? VETO : 1;
    case '=':
      /* Source code compares a code: "responseCode == 550", "!= 250";
         but base64's padding ends a client's line in a transcript pasted
         on one line: "UGFzc3dvcmQ6 c2VjcmV0== 235 Authentication ...";
         and a test compares an error with a whole reply: "err.Error() !=
         \"502 Please turn on TLS\"", Python's "== b'500 syntax error'", a
         shell's pattern "== *\"550 Invalid recipient\"*".  */
      if ((k - lo >= 3 && k < p && s[k - 2] == '=' && is_alnum (s[k - 3]))
          || ((k + 2 == p || (k + 3 == p && (s[k + 1] == 'b' || s[k + 1] == '*'))) && s[k] == ' '
              && quoted_with_words (s, n, lo, p)))
        return 1;
      /* Erlang's exact comparisons too: "Code =:= \"502\"", "=/=".  */
      return k - lo >= 2 && (k == p || s[k] == ' ')
        && (s[k - 2] == '=' || s[k - 2] == '!' || s[k - 2] == '<' || s[k - 2] == '>'
            || (k - lo >= 3 && (s[k - 2] == ':' || s[k - 2] == '/') && s[k - 3] == '=')) ? VETO : 1;
    case '\'': case '"':
      {
        /* The quote that closes a key is no quote around the code: a
           table's "x": 252, a map's {Class, ".6.8"}: 252.  */
        size_t j = k;
        while (j < p && (s[j] == '}' || s[j] == ')' || s[j] == ']'))
          j++;
        return !(j < p && s[j] == ':' && k - lo >= 2 && (word_char (s[k - 2]) || s[k - 2] == '.'));
      }
    case '|':
      /* A default after a logical or: "parseInt(env.LATENCY_MS) || 500".  */
      return k - lo >= 2 && s[k - 2] == '|' && k + 1 == p && s[k] == ' ' ? VETO : 1;
    case '`': case '(': case ';': case '{':
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
      /* Set apart by spaces ("Invalid login - 454 Temporary ..."), or
         by tabs: Zeek's unset field before its last reply's.  */
      return k < p && k - lo >= 2 && (s[k] == ' ' || s[k] == '\t') && s[k - 2] == s[k];
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

/* The length of a filter's tag at I of S (N bytes) and the space after
   it: Barracuda puts one between the two codes, "450 cuda_nsu 4.7.1
   <bob@example.com>: Recipient address rejected".  A tag is short, in
   lower case, with '_' inside it, and a digit follows it; 0 if none.  */
static size_t
filter_tag (const char *s, size_t n, size_t i)
{
  size_t j = i;
  bool inner = false;
  while (j < n && j - i < 16 && ((s[j] >= 'a' && s[j] <= 'z') || is_digit (s[j]) || s[j] == '_'))
    inner |= s[j++] == '_' && j - 1 > i;
  return inner && s[j - 1] != '_' && j + 1 < n && s[j] == ' ' && is_digit (s[j + 1]) ? j + 1 - i : 0;
}

/* The length of a label that names the enhanced code after a code, at
   I of S (N bytes), up to the code: "SMTP Reply Code = 550, SMTP Status
   Code = 5.1.1", "Antwortcode 452 | Statuscode 4.2.2", "error 550 status
   code 5.0.0"; or 0.  At most three words, the last ending in "code" or
   "status", then '=' or ':' if any.  */
static size_t
status_label (const char *s, size_t n, size_t i)
{
  size_t k = i, words = 0, word = i;
  while (k < n && is_alpha (s[k]) && words < 3 && k - i < 32)
    {
      word = k;
      while (k < n && is_alpha (s[k]))
        k++;
      words++;
      if (k + 1 < n && s[k] == ' ' && is_alpha (s[k + 1]))
        k++;
    }
  size_t len = k - word;
  if (words == 0 || k == n
      || !((len >= 4 && same_bytes (s + k - 4, "code", 4, true))
           || (len >= 6 && same_bytes (s + k - 6, "status", 6, true))))
    return 0;
  while (k < n && is_space (s[k]))
    k++;
  if (k < n && (s[k] == '=' || s[k] == ':'))
    for (k++; k < n && is_space (s[k]);)
      k++;
  bool quoted = k + 1 < n && (s[k] == '"' || s[k] == '\'') && is_digit (s[k + 1]);
  return k < n && (is_digit (s[k]) || quoted) ? k - i : 0;
}

/* Where go-smtp's enhanced code ends that follows the basic code ending
   at Q of S (N bytes), as Go's source writes it: "550, EnhancedCode:
   smtp.EnhancedCode{5, 1, 2}", "556, exterrors.EnhancedCode{5, 1,
   10}"; 0 if none does.  Its numbers go to CODE.  */
static size_t
go_enhanced_after (const char *s, size_t n, size_t q, struct smtp_code *code)
{
  static const char type[] = "EnhancedCode{";
  if (q >= n || s[q] != ',')
    return 0;
  size_t i = q + 1;
  while (i < n && i < q + 40 && (is_alnum (s[i]) || s[i] == ' ' || s[i] == ':' || s[i] == '.'))
    {
      if (n - i > sizeof type && memcmp (s + i, type, sizeof type - 1) == 0)
        break;
      i++;
    }
  if (n - i <= sizeof type || memcmp (s + i, type, sizeof type - 1) != 0)
    return 0;
  int part[3];
  i += sizeof type - 1;
  for (int k = 0; k < 3; k++)
    {
      size_t start = i;
      for (part[k] = 0; i < n && is_digit (s[i]) && i - start < 3; i++)
        part[k] = part[k] * 10 + (s[i] - '0');
      if (i == start || i >= n || s[i] != (k < 2 ? ',' : '}'))
        return 0;
      for (i++; k < 2 && i < n && s[i] == ' ';)
        i++;
    }
  if (part[0] != code->basic / 100)
    return 0;
  code->enhanced_class = part[0], code->subject = part[1], code->detail = part[2];
  return i;
}

/* enhanced_after's common case, a space at Q of S (N bytes), then a
   digit: "550 5.1.1 ...".  */
static size_t
enhanced_after_space (const char *s, size_t n, size_t q, struct smtp_code *code, bool same)
{
  struct smtp_code e = { .enhanced_class = -1 };
  size_t len = enhanced_glued (s + q + 1, n - q - 1, &e);
  if (len == 0 || (same && e.enhanced_class != code->basic / 100))
    return 0;
  code->enhanced_class = e.enhanced_class, code->subject = e.subject, code->detail = e.detail;
  return q + 1 + len;
}

/* Whether what stands at Q of S (N bytes) joins a code to its enhanced
   code: Microsoft's pages keep them together with a no-break space
   (U+00A0): "`550\u00A05.1.1\u00A0User unknown`"; a quoted code, then a
   comma, or the label of a quoted enhanced code: milter-greylist's
   'code "451" ecode "4.7.1"'.  */
static bool
quote_or_space_joins (const char *s, size_t n, size_t q)
{
  bool quoted = s[q] == '\'' || s[q] == '"';
  return nbsp_at (s, n, q) || (quoted && q + 2 < n && s[q + 1] == ',')
    || (quoted && q + 2 < n && s[q + 1] == ' ' && is_alpha (s[q + 2]) && status_label (s, n, q + 2));
}

size_t
string_cast (const char *s, size_t n, size_t i)
{
  size_t len = n - i >= 8 && same_bytes (s + i, "(char *)", 8, false) ? 8
    : n - i >= 7 && same_bytes (s + i, "(char*)", 7, false) ? 7 : 0;
  return len + (len > 0 && i + len < n && s[i + len] == ' ');
}

/* Where the field after a comma at I of S (N bytes) starts, past an
   empty field between them, as Zoho's bounces have it ("ResponseCode
   421, , 4.7.0 [TS02] Messages from ..."), or past C's cast, as a
   milter's arguments have it (smfi_setreply (ctx, (char *) "550",
   (char *) "5.1.1", (char *) "No such user")).  */
static size_t
next_field (const char *s, size_t n, size_t i)
{
  if (i + 1 < n && s[i] == ',' && s[i + 1] == ' ')
    for (i++; i < n && is_space (s[i]);)
      i++;
  return i + string_cast (s, n, i);
}

/* Reads the enhanced code that may follow a three-digit code at Q: after
   ' ', '-', ':', ';' or '.', perhaps spaces, a filter's tag (then only
   one of the code's class), '#' or a quote (which then sets *QUOTE);
   with SAME, only one of the code's class.  Returns where it ends, or
   0.  */
size_t
enhanced_after (const char *s, size_t n, size_t q, struct smtp_code *code, bool same,
                char *quote)
{
  /* qmail's "550_5.1.1", Microsoft's "550+5.1.1+User+unknown", Google's
     421, "4.7.0", an escaped line break (550\n5.7.1), a milter's
     setreply('550','5.7.1','...').  */
  if (q >= n)
    return 0;
  /* The common case first: what the rest weighs cannot apply to it.  */
  if (s[q] == ' ' && q + 1 < n && is_digit (s[q + 1]))
    return enhanced_after_space (s, n, q, code, same);
  size_t go = go_enhanced_after (s, n, q, code);
  if (go)
    return go;
  if (!(s[q] == ' ' || s[q] == '-' || s[q] == ':' || s[q] == '.' || s[q] == '_'
        || s[q] == '+' || s[q] == ';' || s[q] == ','
        || (s[q] == '\\' && q + 1 < n && s[q + 1] == 'n')))
    {
      if (!quote_or_space_joins (s, n, q))
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
  if (s[q] == ',')
    i = next_field (s, n, i);
  size_t label = (s[q] == ' ' || s[q] == ',') && i < n && is_alpha (s[i]) ? status_label (s, n, i) : 0;
  i += label;
  size_t tag = s[q] == ' ' && !label ? filter_tag (s, n, i) : 0;
  i += tag;
  /* Other languages' quotes in such a table: 421, „4.3.0“ – ...;
     451, «4.3.0» – ...  */
  char closer = 0;
  size_t closer_len = 0;
  if (s[q] == ',' && i + 3 < n && (unsigned char) s[i] >= 0x80)
    {
      closer_len = (unsigned char) s[i] == 0xC2 ? 2 : 3;
      closer = is_digit (s[i + closer_len]) ? utf8_quote_closer (s, i, i + closer_len) : 0;
      if (closer != 0)
        i += closer_len;
    }
  /* Python's bytes: 'RCPT TO error: 550 b"5.1.1 The email ..."'.  */
  if (s[q] == ' ' && i + 2 < n && s[i] == 'b' && (s[i + 1] == '\'' || s[i + 1] == '"')
      && is_digit (s[i + 2]))
    i++;
  char open = i < n && (s[i] == '\'' || s[i] == '"') ? s[i] : 0;
  /* The dash of a folded line's prefix left before the enhanced code:
     "Error: 535: -5.7.8 Username and Password not accepted."  */
  bool dash = i > q + 1 && i + 1 < n && s[i] == '-' && is_digit (s[i + 1]);
  if (i < n && (s[i] == '#' || open || dash))
    i++;
  i += open && i + 1 < n && s[i] == '#' && is_digit (s[i + 1]);  /* SendGrid's 552-'#5.3.4 */
  struct smtp_code e = { .enhanced_class = -1 };
  size_t len = enhanced_glued (s + i, n - i, &e);
  if (len == 0 || ((same || dash || tag || label) && e.enhanced_class != code->basic / 100))
    return 0;
  /* A quote around the enhanced code alone: 421, "4.7.0", Our system ...  */
  if (open && i + len < n && s[i + len] == open)
    len++, open = 0;
  if (closer != 0 && n - i - len >= closer_len && s[i + len + closer_len - 1] == closer
      && (unsigned char) s[i + len] >= 0x80)
    len += closer_len;
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

/* The length of the field of S (the line from LO) that ends at END when
   it is an enhanced code of CLASS alone, after a comma or at the line's
   start; else 0.  */
size_t
enhanced_field_before (const char *s, size_t lo, size_t end, char class)
{
  size_t k = end, dots = 0;
  while (k > lo && end - k < 9 && (is_digit (s[k - 1]) || s[k - 1] == '.'))
    dots += s[--k] == '.';
  return dots == 2 && s[k] == class && s[k + 1] == '.' && (k == lo || s[k - 1] == ',') ? end - k : 0;
}

/* Whether the text before K in S (from LO) ends with Perl's or PHP's
   "=>" after a key none of whose parts introduces a reply as a word
   before a code does (cue_weight), nor names a DSN: a table's value
   ('java' => 550, in Perl's Unicode tables); but "smtp_code => 250,"
   over its message, "dsn => '5.7.1'".  */
bool
hash_value_of_other_key (const char *s, size_t lo, size_t k)
{
  if (k - lo < 3 || s[k - 1] != '>' || s[k - 2] != '=')
    return false;
  /* PHP's print_r writes the key in brackets: "[line] => 450".  */
  size_t end = k - 2;
  while (end > lo && (s[end - 1] == ' ' || s[end - 1] == '\'' || s[end - 1] == '"' || s[end - 1] == ']'))
    end--;
  size_t start = end;
  while (start > lo && (word_char (s[start - 1]) || s[start - 1] == '=' || s[start - 1] == '.'))
    start--;
  if (start == end)
    return false;
  /* Each part of the key: "smtp_code", "responseCode"; not the "code"
     of "Unicode".  */
  for (size_t i = start; i < end;)
    {
      size_t j = i + 1;
      while (j < end && is_alnum (s[j]) && !(s[j] >= 'A' && s[j] <= 'Z' && s[j - 1] >= 'a' && s[j - 1] <= 'z'))
        j++;
      if (cue_weight (s + i, j - i) >= 2 || word_is (s + i, j - i, "dsn"))
        return false;
      i = j;
      while (i < end && !is_alnum (s[i]))
        i++;
    }
  return true;
}

/* Whether the code at P of S (N bytes, the line from LO) opens a
   pattern that matches a whole reply, its words after it and the
   pattern's '/' closing them: PowerMTA's "reply /550 Access denied/",
   Perl's qr/552 recipient storage full/.  */
bool
reply_pattern_at (const char *s, size_t n, size_t lo, size_t p)
{
  if (p - lo < 2 || s[p - 1] != '/' || n - p < 7 || s[p + 3] != ' ' || !is_alpha (s[p + 4]))
    return false;
  char opener = s[p - 2];
  if (!(opener == ' ' || opener == '(' || opener == '[' || (opener == 'r' && p - lo >= 3 && s[p - 3] == 'q')))
    return false;
  size_t i = p + 4;
  int words = 1;
  for (; i < n && s[i] != '/'; i++)
    {
      if (s[i] == '\\' && i + 1 < n)
        i++;
      else
        words += s[i] == ' ';
    }
  return i < n && words >= 2 && (i + 1 == n || s[i + 1] == ' ' || s[i + 1] == ')' || s[i + 1] == ','
                                 || s[i + 1] == 'i');
}

/* What is glued to the candidate at P: a word that introduces it, or
   something that rules it out.  Returns the weight; *GLUED tells whether
   anything was glued at all.  */
int
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
  /* A diff's added line ("+535 5.7.3 Authentication unsuccessful"), a
     comment or a path glued on ("//550 5.2.1 ...", "rate(.../600/421
     4.7.1: ...)"): with its enhanced code it is a reply still; and so is
     a pattern's whole reply ("reply /550 Access denied/").  */
  bool pattern = reply_pattern_at (s, n, lo, p);
  if (pattern || ((c == '/' || (c == '+' && p - 1 == lo)) && enhanced_of_class_follows (s, n, p)))
    {
      *glued = false;
      return pattern ? 2 : 0;
    }
  /* '~' and '^' of a version range: "openid-client": "~5.7.1".  */
  if (c == '.' || c == '/' || c == '@' || c == '+' || c == '\\' || c == '$' || c == '%' || c == '~'
      || c == '^')
    return VETO;
  /* A merge request's number in GitLab's notes: " - !250 Application
     replace".  */
  if (c == '!' && (p - 1 == lo || is_space (s[p - 2]) || s[p - 2] == '('))
    return VETO;
  /* The end of Python's slice: body[:500].  */
  if (c == ':' && p - lo >= 2 && s[p - 2] == '[')
    return VETO;
  /* A constant's name: Rust's ReplyCode::_220; but qmail's said:_250.  */
  if (c == '_' && p - lo >= 3 && s[p - 2] == ':' && s[p - 3] == ':')
    return VETO;
  /* The milliseconds of Java's "21:39:45,334", a number's thousands;
     but a row's enhanced code before its reply is a reply's field, as
     PowerMTA's accounting files give them: "failed,5.1.1,550 no user".  */
  if (c == ',' && p - lo >= 2 && is_digit (s[p - 2]))
    return enhanced_field_before (s, lo, p - 1, s[p]) ? 2 : VETO;
  if (c == '-' && s[p + 1] == '.')
    return p - lo >= 2 && is_alnum (s[p - 2]) ? VETO : 0;  /* "550-5.1.1" whose 550 was none */
  /* A negative number: "Error Code: -401".  */
  if (c == '-' && p - lo >= 2 && (s[p - 2] == ' ' || s[p - 2] == '\t' || s[p - 2] == ':'
                                  || s[p - 2] == '=' || s[p - 2] == '(' || s[p - 2] == ','))
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

/* The length of the HTML entity for '<', '>', '"', '&' or '\'' that
   ends at offset K of S (the line from LO), or 0.  */
static size_t
html_entity_before (const char *s, size_t lo, size_t k)
{
  static const char entities[][8] = { "&lt;", "&gt;", "&quot;", "&amp;", "&#39;", "" };
  if (k == lo || s[k - 1] != ';')
    return 0;
  for (int e = 0; entities[e][0]; e++)
    {
      size_t len = strlen (entities[e]);
      if (k - lo >= len && memcmp (s + k - len, entities[e], len) == 0)
        return len;
    }
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
      /* A web page's escaped mark says what the mark would: fetchmail's
         "SMTP&lt; 250 flushed" in a list's archive.  */
      size_t entity = html_entity_before (s, lo, *k);
      if (entity > 0)
        {
          *k -= entity;
          continue;
        }
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
      /* A regular expression's space class stands for a space: a log
         parser's "host (?P<client>.+) said:\s" before the reply it matches.  */
      if (*k - lo >= 3 && s[*k - 1] == 's' && s[*k - 2] == '\\' && !word_char (s[*k - 3]))
        *k -= 2;
    }
  return score < 3 ? score : 3;
}

/* Where the word ends before a short bracket that closes at K of S
   (the line from LO) when the bracket stands between a cue and its code:
   Gmail's "SMTP Error (state 8): 550 ...", mailpit's "response
   (192.0.2.1) 220 ..."; else K.  */
static size_t
bracket_after_cue (const char *s, size_t lo, size_t k)
{
  if (s[k] != ')' || k - lo < 4 || !is_digit (s[k - 1]))
    return k;
  size_t open = k - 1, dots = 0;
  while (open > lo && k - open < 17 && s[open] != '(' && s[open] != ')' && s[open] != ':')
    dots += s[open--] == '.';
  if (s[open] != '(' || open - lo < 2 || s[open - 1] != ' '
      || !(is_alpha (s[open + 1]) || (dots == 3 && is_digit (s[open + 1]))))
    return k;
  size_t end = open - 1;
  while (end > lo && is_space (s[end - 1]))
    end--;
  return end > lo && is_alpha (s[end - 1]) ? end : k;
}

/* Whether a report's diagnostic type, "smtp;" in any case and not the
   end of a longer word, ends at offset K of S (the line from LO).  */
bool
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

/* Whether Postfix's delivery status and the bracket that holds the
   reply end at P of S (the line from LO): "status=sent (250 Virus
   Detected; Discarded Email)", whatever words the server chose.  */
static bool
postfix_status_before (const char *s, size_t lo, size_t p)
{
  if (p - lo < 12 || s[p - 1] != '(' || s[p - 2] != ' ')
    return false;
  size_t k = p - 2;
  while (k > lo && s[k - 1] >= 'a' && s[k - 1] <= 'z')
    k--;
  return k < p - 2 && k - lo >= 7 && s[k - 1] == '=' && same_bytes (s + k - 7, "status", 6, false);
}

/* Whether the "action=" with which a policy server answers Postfix
   ends at P of S (the line from LO): the reply it gives follows,
   "action=550 DNS Blacklisted", perhaps quoted in the server's source.  */
bool
policy_action_before (const char *s, size_t lo, size_t p)
{
  return p - lo >= 7 && same_bytes (s + p - 7, "action=", 7, true)
    && (p - lo == 7 || !word_char (s[p - 8]));
}

/* Whether an OpenSMTPD filter's decision that carries a reply ends at
   P of S (the line from LO): "filter-result|...|reject|550 ...",
   "...|disconnect|421 ...", perhaps printed by the filter's source.  */
bool
filter_decision_before (const char *s, size_t lo, size_t p)
{
  return (p - lo >= 8 && same_bytes (s + p - 8, "|reject|", 8, false))
    || (p - lo >= 12 && same_bytes (s + p - 12, "|disconnect|", 12, false));
}

/* Whether the code at P of S (N bytes, the line from LO) is the last
   argument of a call of Haraka's DSN module, whose reply it sets:
   DSN.sec_unauthorized(msg, 451), DSN.proto_unspecified('...', '503').  */
bool
haraka_dsn_code (const char *s, size_t n, size_t lo, size_t p)
{
  size_t k = p, q = p + 3;
  if (k > lo && (s[k - 1] == '\'' || s[k - 1] == '"'))
    {
      if (q >= n || s[q] != s[k - 1])
        return false;
      k--, q++;
    }
  while (k > lo && s[k - 1] == ' ')
    k--;
  if (k == lo || s[k - 1] != ',' || q >= n || s[q] != ')')
    return false;
  size_t dsn = search_text (s + lo, k - lo, "DSN.", 4, false);
  if (dsn == k - lo)
    return false;
  size_t i = lo + dsn + 4;
  while (i < k && (is_alnum (s[i]) || s[i] == '_'))
    i++;
  return i > lo + dsn + 4 && i < k && s[i] == '(' && memchr (s + i, ')', k - i) == NULL;
}

/* The length of a Postfix access action and its space that end at P of
   S (the line from LO), which an access table or a policy server gives
   before a code and words: "REJECT 5.7.1 ...", "DEFER 4.2.0
   Greylisted, ..."; else 0.  */
static size_t
access_action_before (const char *s, size_t lo, size_t p)
{
  /* Asked before most codes: the last letter first.  */
  size_t len = p - lo >= 7 && s[p - 2] == 'T' && memcmp (s + p - 7, "REJECT ", 7) == 0 ? 7
    : p - lo >= 6 && s[p - 2] == 'R' && memcmp (s + p - 6, "DEFER ", 6) == 0 ? 6 : 0;
  return len > 0 && (p - lo == len || !word_char (s[p - len - 1])) ? len : 0;
}

/* The quote that opens the words of a code at P, or 0: the ASCII quote
   itself, also before a diagnostic type ("smtp;550 ..."), or the last
   byte of the UTF-8 quote that closes it (utf8_quote_closer): German
   "„552 ...“", Swedish "”552 ...”", Danish "»552 ...«".  */
char
opening_quote (const char *s, size_t lo, size_t p)
{
  /* The string a policy server answers: "action=DEFER 4.2.0 ...".  */
  if (p > lo && s[p - 1] == ' ')
    p -= access_action_before (s, lo, p);
  if (policy_action_before (s, lo, p))
    p -= 7;
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

/* The weight of a word such as "was" or "with" that ends before offset
   K of S: that of the word before it when that one introduces a reply
   ("The server response was 5.7.3", "failed with 550"), else 1.  */
static int
linked_cue (const char *s, size_t lo, size_t k)
{
  size_t end = back_over_word (s, lo, &k);
  int w = end > k ? cue_weight (s + k, end - k) : 0;
  return w >= 3 ? w : 1;
}

/* Whether the word before offset K of S names SMTP: "SMTP StatusCode:
   451" is no HTTP status.  */
static bool
names_smtp_before (const char *s, size_t lo, size_t k)
{
  size_t end = back_over_word (s, lo, &k);
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

/* Whether an article ends, after a space, at offset K of S (the line
   from LO).  */
bool
article_before (const char *s, size_t lo, size_t k)
{
  if (k - lo < 2 || s[k - 1] != ' ')
    return false;
  size_t end = --k;
  back_over_word (s, lo, &k);
  return word_is (s + k, end - k, "a") || word_is (s + k, end - k, "an")
    || word_is (s + k, end - k, "the");
}

/* The weight of the word from K to END before the code at P of S (N
   bytes), whose weight as a cue is W.  */
static int
word_weight (const char *s, size_t n, size_t lo, size_t k, size_t end, size_t p, bool enhanced,
             int w)
{
  /* The server's prompt of a transcript in the middle of a log line:
     Haraka's "[outbound] S: 220".  */
  if (end - k == 1 && s[k] == 'S' && s[end] == ':')
    return 3;
  /* What came, after what was expected: "Expected smtp code 250, got 552".  */
  if (word_is (s + k, end - k, "got") && expected_before (s, lo, k))
    return CLEAR;
  /* Prose names a code with an article, "handle a code 451 more
     normally"; but "an error 550 Outgoing mail ... suspended" quotes
     one.  */
  if (w >= 2 && end == p - 1 && s[end] == ' ' && article_before (s, lo, k))
    {
      if (word_is (s + k, end - k, "code"))
        return 1;
      /* Or with the protocol's name as an adjective: "rather than
         relying on an SMTP 454 error to halt the sending"; but "return
         a SMTP 421 \"Service unavailable\"" quotes one.  */
      if (word_is (s + k, end - k, "smtp")
          && !(n - p > 4 && s[p + 3] == ' ' && (s[p + 4] == '"' || s[p + 4] == '\'')))
        return -2;
    }
  /* The command the reply answered: curl's "REPLY EHLO 500 Command
     unrecognized".  */
  if (w == 0 && (command_word (s + k, end - k) || command_shortly_before (s, lo, k)))
    return 2;
  /* "data" typed by hand is the command when 354, its reply, follows:
     "5. data 354 Start mail input".  */
  if (w == 0 && end == p - 1 && s[end] == ' ' && word_is (s + k, end - k, "data")
      && memcmp (s + p, "354", 3) == 0)
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

/* Whether the word S (N bytes) has a capital after a small letter:
   an identifier's, "parseResponse".  */
static bool
camel_case (const char *s, size_t n)
{
  for (size_t i = 1; i < n; i++)
    if (s[i] >= 'A' && s[i] <= 'Z' && s[i - 1] >= 'a' && s[i - 1] <= 'z')
      return true;
  return false;
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
  /* HTTP's "status code 504"; but "SMTP status code 503", and "Status
     code: 550", a code HTTP has not.  */
  if (!enhanced && word_is (s + k, end - k, "code") && !pair_follows (s, n, p)
      && foreign_http_status (three_digits (s + p)))
    {
      size_t before = k, status = back_over_word (s, lo, &before);
      if (word_is (s + before, status - before, "status") && !names_smtp_before (s, lo, before))
        return true;
    }
  /* A predicate asks about a code: isPermanentCode(550), is_transient(421).  */
  if (p == end + 1 && s[end] == '(' && end - k > 3 && s[k] == 'i' && s[k + 1] == 's'
      && (s[k + 2] == '_' || (s[k + 2] >= 'A' && s[k + 2] <= 'Z')))
    return true;
  /* A code alone is a function's argument: _parseResponse(250),
     expect_reply(354); not a word's brackets, "Error(550)".  */
  if (!enhanced && p == end + 1 && s[end] == '(' && p + 3 < n && s[p + 3] == ')' && end - k > 3
      && (memchr (s + k + 1, '_', end - k - 1) || camel_case (s + k, end - k)))
    return true;
  /* But what came is named after what was expected: "Expected: 354,
     Got: 503".  */
  if ((far_veto (s, lo, k) && !word_is (s + k, end - k, "got"))
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
     is one that HTTP has not, or stands in a webhook's "delivery-status"
     (Mailgun's "code": 451 there is SMTP's).  */
  if (w > 0 && word_is (s + k, end - k, "code") && k > lo && s[k - 1] == '"' && s[end] == '"'
      && !opening_quote (s, lo, p)
      && foreign_http_status (three_digits (s + p))
      && find_ci (s + lo, k - lo, "\"delivery-status\"") == k - lo)
    return true;
  /* A status is an enhanced code ("status": "5.1.1"); a three-digit one
     is HTTP's ("statusCode": 500), as is one named after HTTP
     ("http_code":500); but a function that sends a status may be given
     a whole reply: Python's smtpd "push_status('503 Error: send HELO
     first')".  */
  return !enhanced && (search_text (s + k, end - k, "status", 6, true) < end - k
                       || search_text (s + k, end - k, "http", 4, true) < end - k)
    && !names_smtp_before (s, lo, k) && !pair_follows (s, n, p)
    && !(p == end + 2 && s[end] == '(' && quoted_with_words (s, n, lo, p));
}

/* Whether the code at P of S (N bytes) follows the key of a field,
   whose name ends at END, and the opening quote of its value: logfmt's
   line="220 smtp.gmail.com ESMTP", a test's { 'line': '220 testing-smtp'
   }, which no line number is; but not size="552 bytes".  */
static bool
keyed_value (const char *s, size_t n, size_t end, size_t p)
{
  size_t i = end + (end < p && (s[end] == '"' || s[end] == '\''));
  if (i >= p || (s[i] != '=' && s[i] != ':'))
    return false;
  for (i++; i < p && s[i] == ' '; i++)
    ;
  return i + 1 == p && (n - p <= 4 || !unit_at (s + p + 4, n - p - 4));
}

/* Whether the code at P of S (N bytes, the line from LO) opens a quoted
   string that holds words after it, or after a multiline reply's '-'
   ("250-mx.example.com"), and closes.  */
static bool
quoted_with_words (const char *s, size_t n, size_t lo, size_t p)
{
  char quote = opening_quote (s, lo, p);
  if ((quote != '"' && quote != '\'') || p + 4 >= n || (s[p + 3] != ' ' && s[p + 3] != '-'))
    return false;
  bool words = false;
  int spaces = 0;
  size_t i = p + 4;
  for (; i < n && s[i] != quote; i++)
    {
      words |= is_alpha (s[i]);
      spaces += s[i] == ' ' && is_alpha (s[i - 1]);
    }
  /* A log may wrap the string before it closes: line="220
     mx.example.com Welcome to the mail server - ...".  */
  return words && (i < n || spaces >= 4);
}

/* Whether a host's name, with a dot between letters, stands alone at
   offset I of S (N bytes), up to a space or the line's end.  */
static bool
host_follows (const char *s, size_t n, size_t i)
{
  bool dot = false;
  if (i >= n || !is_alpha (s[i]))
    return false;
  for (; i < n && s[i] != ' '; i++)
    if (s[i] == '.')
      dot = dot || (i + 1 < n && is_alpha (s[i + 1]));
    else if (!is_alnum (s[i]) && s[i] != '-')
      return false;
  return dot;
}

/* Whether a server's words, a capitalized word that replies use and
   more, or the host that opens a reply to EHLO, follow the code at P of
   S (N bytes), one space after the word that ends at END, or after its
   colon.  */
static bool
reply_words_follow (const char *s, size_t n, size_t end, size_t p)
{
  if (end < p && s[end] == ':')
    end++;
  if (p != end + 1 || s[end] != ' ' || n - p < 8)
    return false;
  /* Or the host that opens a reply to EHLO: "Expected: 250-mx.example.com".  */
  if (s[p + 3] == '-')
    return host_follows (s, n, p + 4);
  if (s[p + 3] != ' ' || !capitalized_reply_word (s, n, p + 4))
    return false;
  size_t w = p + 4;
  while (w < n && is_alpha (s[w]))
    w++;
  return w + 1 < n && s[w] == ' ' && is_alpha (s[w + 1]);
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

/* Whether the code at P of S (the line from LO) is the action of a
   lookup table's row, as Postfix's access(5) tables give one: a key
   alone at the line's start (an address, a domain, a pattern between
   slashes), then a tab or two spaces or more ("spammer.example    550
   Go away").  */
static bool
table_action (const char *s, size_t lo, size_t p)
{
  size_t k = p;
  while (k > lo && (s[k - 1] == ' ' || s[k - 1] == '\t'))
    k--;
  if (k == lo || (p - k < 2 && s[k] != '\t'))
    return false;
  size_t key = k;
  bool marked = false;
  while (key > lo && !is_space (s[key - 1]))
    {
      key--;
      marked |= s[key] == '.' || s[key] == '@';
    }
  return key == lo && k - key >= 3 && (marked || (s[key] == '/' && s[k - 1] == '/'));
}

/* The evidence before the candidate at P; the text before LO is part of
   an earlier finding.  ENHANCED: the candidate is an enhanced code alone.  */
int
before_score (const char *s, size_t n, size_t lo, size_t p, bool enhanced)
{
  bool glued;
  int score = p > lo ? glued_before (s, n, lo, p, &glued) : 0;
  if (score <= VETO / 2 || (p > lo && glued && is_alpha (s[p - 1])))
    return score;
  if (!enhanced && table_action (s, lo, p))
    return 2;
  /* Sendmail's rules give an error's text after "$:": "$#error $@ 5.7.0
     $: 550 $&{client_addr} Access Denied".  */
  if (!enhanced && p - lo >= 3 && s[p - 1] == ' ' && s[p - 2] == ':' && s[p - 3] == '$')
    return ENOUGH;
  if (!enhanced && (policy_action_before (s, lo, p) || postfix_status_before (s, lo, p)))
    return ENOUGH;
  /* Quoted alone or not, the code of Haraka's DSN call is its reply's.  */
  if (!enhanced && haraka_dsn_code (s, n, lo, p))
    return CLEAR;
  size_t k = p;
  score += skip_marks (s, n, lo, &k, p, enhanced);
  if (score <= VETO / 2)
    return score;
  if (k == lo)
    /* A version starts a line too ("5.0.0 final"): less for an enhanced
       code alone.  */
    return score + (lo == 0 ? 2 - enhanced : 0);
  /* A log's tag alone before the code starts the line as well: "[tx]
     220 All set, fire away" (its ']' has counted 1).  */
  if (lo == 0 && s[k] == ']' && line_start (s, p))
    return score + 1 - enhanced;
  if ((unsigned char) s[k - 1] >= 0x80)
    {
      if (chinese_item_number (s, lo, k) || corner_quoted_with_words (s, n, lo, p))
        return score + 2 - enhanced;
      int script = script_weight (s, lo, k);
      return score + (script != 0 ? script : cue_across_preposition (s, lo, any_word_start (s, lo, k)));
    }
  size_t end = bracket_after_cue (s, lo, k);
  k = end;
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
      return score + (line_start (s, end) ? 2 - enhanced
                      : command_shortly_before (s, lo, k) || syscall_buffer (s, lo, k, end, p)
                      || telnet_port_before (s, lo, k) ? 2 : 0);
    }
  /* A closing tag's name is no word of prose: "</a>4.7.500 Server busy".  */
  if (end < p && s[end] == '>' && k >= lo + 2 && s[k - 1] == '/' && s[k - 2] == '<')
    return score;
  int cue = cue_weight (s + k, end - k);
  if (cue == 0)
    cue = cue_across_preposition (s, lo, any_word_start (s, lo, k));
  /* An article before a colon is a name: a sequence diagram's "b ->> a :
     354 End data with <CR><LF>.<CR><LF>".  */
  if (cue < 0 && cue > VETO / 2 && memchr (s + end, ':', p - end) != NULL)
    cue = 0;
  /* A string that holds a whole reply, whatever names it: a test's
     server's return "503 Bad sequence"; a test's expectation of it,
     this.expect("530 Must issue a STARTTLS command first"), but not of
     a code alone ("Expected response code \"250\"").  */
  bool expects = cue == VETO && (word_is (s + k, end - k, "expect")
                                 || word_is (s + k, end - k, "expected"));
  if ((cue == VETO ? expects || keyed_value (s, n, end, p) : cue < 2) && quoted_with_words (s, n, lo, p))
    cue = 2;
  /* Or the words of the reply it expects follow in the same string:
     "Expected 535 Authentication credentials invalid, got: $resp".  */
  if (expects && reply_words_follow (s, n, end, p))
    cue = 2;
  int w = word_weight (s, n, lo, k, end, p, enhanced, cue);
  return w <= VETO / 2 || word_rules_out (s, n, lo, k, end, p, enhanced, cue) ? VETO : score + w;
}
