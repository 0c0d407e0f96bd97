/* SPDX-License-Identifier: GPL-3.0-or-later */
/* foreign.c -- what FTP and HTTP write, so that their codes are not read
   as SMTP's: FTP's own codes and commands, a line that names FTP, and
   the words both protocols write beside their codes ("404 Not Found",
   "(550) File unavailable"), and NNTP's words for its replies to POST.
   Pasted text mixes them with mail: a curl session, an IIS log, an FTP
   plugin's error, a Usenet poster's log.  */

#include <config.h>

#include <string.h>

#include "bytesearch.h"
#include "evidence.h"
#include "foreign.h"
#include "scanchar.h"

/* HTTP's and FTP's words for their own codes, with the code they go
   with (0: any): "Error 500: Internal Server Error", "503 Service
   Unavailable" (an SMTP 503 is a bad sequence of commands), .NET's FTP
   error "(550) File unavailable" (in German "(550) Datei nicht
   verfügbar"), "530: Closing control connection",
   vsftpd's "500 OOPS: ...", "550 Permission denied", "502 NGINX
   error"; but Ruby's "451 Internal server error" is an SMTP reply.  */
static const struct
{
  char words[64];
  short code;
} foreign_phrases[] = {
  { "not found", 404 }, { "internal server error", 500 }, { "internal error", 500 },
  { "bad gateway", 502 },
  { "gateway timeout", 504 }, { "gateway time-out", 504 }, /* nginx */
  { "forbidden", 403 }, { "bad request", 400 },
  { "unauthorized", 401 }, { "method not allowed", 405 }, { "too many requests", 429 },
  { "service unavailable", 503 }, { "service temporarily unavailable", 503 },
  /* The rest of RFC 9110's and its registry's reason phrases, for a list
     of HTTP's codes ("510 Not Extended").  */
  { "payment required", 402 }, { "not acceptable", 406 },
  { "proxy authentication required", 407 }, { "request timeout", 408 }, { "conflict", 409 },
  { "gone", 410 }, { "length required", 411 }, { "precondition failed", 412 },
  { "payload too large", 413 }, { "content too large", 413 },
  { "request entity too large", 413 }, { "uri too long", 414 }, { "request-uri too long", 414 },
  { "unsupported media type", 415 }, { "range not satisfiable", 416 },
  { "requested range not satisfiable", 416 }, { "expectation failed", 417 },
  { "misdirected request", 421 }, { "unprocessable entity", 422 },
  { "unprocessable content", 422 }, { "locked", 423 }, { "failed dependency", 424 },
  { "too early", 425 }, { "upgrade required", 426 }, { "precondition required", 428 },
  { "request header fields too large", 431 }, { "unavailable for legal reasons", 451 },
  { "http version not supported", 505 }, { "variant also negotiates", 506 },
  { "insufficient storage", 507 }, { "loop detected", 508 }, { "not extended", 510 },
  { "network authentication required", 511 },
  /* nginx's own 400 for plain HTTP sent to its TLS port.  */
  { "the plain http request", 400 },
  /* SMTP's 501 is a syntax error, HTTP's "Not Implemented".  */
  { "not implemented", 501 },
  /* Google's "Error 503 (Server Error)", Grafana's "500 Server Error";
     but "Mail server error 550 ..." is SMTP's.  */
  { "server error", 500 }, { "server error", 502 }, { "server error", 503 },
  { "server error", 504 },
  /* Python requests' "400 Client Error: Bad Request for url: ...".  */
  { "client error", 400 },
  { "file unavailable", 550 }, { "datei nicht verf\xC3\xBCgbar", 550 }, { "not logged in", 530 },
  { "login authentication failed", 530 },
  /* CDDB's answers to a query (freedb): "211 Found inexact matches,
     list follows".  */
  { "found exact matches", 210 }, { "found inexact matches", 211 },
  /* IMAP's count of a mailbox's messages: "* 250 EXISTS".  */
  { "exists", 0 },
  { "closing control connection", 0 }, { "oops:", 500 }, { "please login with user and pass", 530 }, { "login with user first", 503 },
  { "the system cannot find the file specified", 0 }, { "nginx", 0 },
  /* FTP's answer to FEAT (RFC 2389), as curl -v and FTP clients show it:
     "211-Features:" ... "211 End"; Pure-FTPd's and IIS's words too.  */
  { "features:", 211 }, { "features supported:", 211 }, { "extensions supported:", 211 },
  { "extended features supported:", 211 }, { "end", 211 },
  /* A web application's error page names its status, then the database's
     error: "production.ERROR: 500 - SQLSTATE[HY000] [2002] ...".  */
  { "sqlstate", 0 },
  /* vsftpd's refusals of RMD, MKD, DELE, CWD, STOR and PASS.  */
  { "remove directory operation failed", 550 }, { "create directory operation failed", 550 },
  { "delete operation failed", 550 }, { "failed to change directory", 550 },
  { "could not change directory", 550 },
  { "could not create file", 553 }, { "login incorrect", 530 },
  /* The ftp client's word when the server hung up.  */
  { "service not available, remote server has closed connection", 421 },
  /* pyftpdlib's refusal of a wildcard in STAT; FTP servers' answers
     to CWD, RMD and SIZE.  */
  { "globbing not supported", 550 }, { "directory successfully changed", 250 },
  { "directory removed", 250 }, { "could not get file size", 550 },
  { "not allowed in ascii mode", 550 },
  /* IIS's, FileZilla Server's and ProFTPD's refusals of a login or a
     file, and FTP's own texts for REST and a file's name.  */
  { "valid hostname is expected", 530 }, { "user cannot log in", 530 },
  { "username or password is incorrect", 530 }, { "login or password incorrect", 530 },
  { "sorry, the maximum number of clients", 530 },
  { "no such file or directory", 550 }, { "no such file or directory", 553 },
  { "not a directory", 550 }, { "directory not found", 550 }, { "failed to open file", 550 },
  { "invalid rest parameter", 554 }, { "file name not allowed", 553 },
  /* libwww-perl's own error for a URL it cannot fetch.  */
  { "protocol scheme", 501 },
  /* FTP's security exchange (RFC 2228): "235 ADAT=...".  */
  { "adat=", 235 },
  /* RFC 959's own texts where SMTP's differ, as lists of FTP's codes
     give them: "220 Service ready for new user."  */
  { "service ready for new user", 220 }, { "requested file action okay", 250 },
  { "requested file action not taken", 450 }, { "insufficient storage space", 452 },
  /* FTP servers' refusal of a file or a command; an SMTP server that
     refuses says why, or gives its enhanced code first.  */
  { "permission denied", 550 },
  /* NNTP's replies to POST: "340 Start posting.", "441 Posting failed.";
     its missing article, "430 No Such Article Found".  */
  { "send article", 340 }, { "start posting", 340 }, { "article posted", 240 },
  { "posting not allowed", 440 }, { "posting failed", 441 }, { "no such article", 430 },
  /* Its replies that share SMTP's codes: "220 3000234 <...> article
     retrieved - head and body follow", "211 1234 3000234 3002322
     misc.test group selected", "421 no next article in this group",
     "235 article transferred OK".  */
  { "article retrieved", 220 }, { "article retrieved", 221 }, { "group selected", 211 },
  { "no next article", 421 }, { "article transferred", 235 },
  /* HTTP's "204 No Content"; SIP's reason phrases ("500 Server Internal
     Error", "503 Service Not Available"); Tor's control port's "552
     Unrecognized command".  */
  { "no content", 204 }, { "server internal error", 500 }, { "service not available", 503 },
  { "unrecognized command", 552 },
  { "", 0 }
};

/* Whether HTTP, too, has status CODE.  */
bool
foreign_http_status (int code)
{
  return (code >= 200 && code <= 208) || code == 226 || (code >= 300 && code <= 308)
    || (code >= 400 && code <= 431) || code == 451 || (code >= 500 && code <= 511);
}

/* Where WORD (LEN bytes, in lower case) first stands in S (N bytes), in
   any case, or N; PADDED as for foreign_names_ftp.  */
static size_t
position_ci (const char *s, size_t n, const char *word, size_t len, bool padded)
{
  if (padded)
    return search_text (s, n, word, len, true);
  for (size_t i = 0; i + len <= n; i++)
    if ((s[i] | 0x20) == word[0] && same_bytes (s + i, word, len, true))
      return i;
  return n;
}

static bool
contains_ci (const char *s, size_t n, const char *word, size_t len, bool padded)
{
  return position_ci (s, n, word, len, padded) < n;
}

/* Whether "ftp" stands in S (N bytes) as FTP's name: a word ("FTP",
   "ftp.example.com") or its start or end ("sftp", "vsftpd", "ftps");
   not in the middle of an id ("gzssdfdsftp5" in NetEase's reply).  */
static bool
names_ftp (const char *s, size_t n, bool padded)
{
  for (size_t i = 0, at; (at = i + position_ci (s + i, n - i, "ftp", 3, padded)) < n; i = at + 1)
    {
      char next = at + 3 < n ? lower (s[at + 3]) : ' ';
      if (at == 0 || !is_alnum (s[at - 1]) || !is_alnum (next) || next == 'd' || next == 's')
        return true;
    }
  return false;
}

bool
foreign_ftp_only (int basic)
{
  static const short codes[] = {
    110, 120, 125, 150, 200, 202, 212, 213, 215, 225, 226, 227, 228, 229, 230, 232, 257, 331, 332,
    350, 425, 426, 430, 532
  };
  for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++)
    if (codes[i] == basic)
      return true;
  return false;
}

bool
foreign_names_ftp (const char *s, size_t n, bool padded)
{
  /* ftp(1) says "Using binary mode to transfer files." before it sends;
     only FTP has a control connection ("421 Service not available,
     closing control connection", where SMTP closes its transmission
     channel); lftp reports a refusal as "mirror: Access failed: 550
     ...".  */
  return names_ftp (s, n, padded) || contains_ci (s, n, "filezilla", 9, padded)
    || contains_ci (s, n, "access failed: ", 15, padded)
    || contains_ci (s, n, "binary mode to transfer", 23, padded)
    || contains_ci (s, n, "control connection", 18, padded);
}

bool
foreign_pop3_status (const char *s, size_t n)
{
  return (n >= 3 && memcmp (s, "+OK", 3) == 0 && (n == 3 || s[3] == ' '))
    || (n >= 4 && memcmp (s, "-ERR", 4) == 0 && (n == 4 || s[4] == ' '));
}

bool
foreign_ftp_reply (const char *s, size_t n)
{
  return n >= 5 && is_digit (s[0]) && is_digit (s[1]) && is_digit (s[2])
    && (s[3] == ' ' || s[3] == '-') && is_alpha (s[4])
    && foreign_ftp_only (three_digits (s)) && !unit_at (s + 4, n - 4);
}

bool
foreign_ftp_reply_in (const char *s, size_t n)
{
  for (size_t i = 0; i + 5 <= n; i++)
    if ((i == 0 || is_space (s[i - 1]) || s[i - 1] == '"' || s[i - 1] == '\'' || s[i - 1] == '['
         || (i >= 2 && s[i - 2] == '\\' && s[i - 1] == 'n'))    /* "\r\n331 give password" */
        && foreign_ftp_reply (s + i, n - i))
      return true;
  return false;
}

bool
foreign_ftp_reply_quoted (const char *s, size_t n)
{
  /* memchr, not a loop over every byte: most lines of a log come here.  */
  static const char quotes[] = { '"', '\'' };
  for (size_t q = 0; q < sizeof quotes; q++)
    for (const char *at = memchr (s, quotes[q], n); at != NULL;
         at = memchr (at + 1, quotes[q], (size_t) (s + n - at - 1)))
      {
        size_t i = (size_t) (at - s) + 1;
        if (foreign_ftp_reply (s + i, n - i) && three_digits (s + i) / 10 != 20)
          return true;
      }
  return false;
}

/* Whether S (N bytes) holds a web request, a method in capitals and its
   URL, quoted as Guzzle's errors quote it: "[500] Server error: `POST
   https://api.example.com/v3/smtp/email` resulted in a `500 Internal
   Server Error` response".  */
static bool
web_request_quoted (const char *s, size_t n)
{
  static const char methods[][10] = { "`GET ", "`POST ", "`PUT ", "`PATCH ", "`DELETE " };
  for (size_t m = 0; m < sizeof methods / sizeof *methods; m++)
    {
      size_t len = strlen (methods[m]), at = search_text (s, n, methods[m], len, false);
      if (at < n && n - at - len >= 4 && memcmp (s + at + len, "http", 4) == 0)
        return true;
    }
  return false;
}

/* Whether the line names FTP, or HTTP before the code at P (also as
   Python's "HTTPError(404", or curl's "The requested URL returned error:
   503" that git shows), or quotes a web request, or holds a reply only
   FTP sends: then a code without its enhanced code is theirs.  (A link
   after a reply is no sign.)  */
bool
foreign_protocol (const char *s, size_t n, size_t p)
{
  return foreign_names_ftp (s, n, true) || find_ci (s, p, "http/") < p || find_ci (s, p, "http ") < p
    || find_ci (s, p, "httperror") < p || find_ci (s, p, "http_") < p || find_ci (s, p, "nntp") < p
    || find_ci (s, p, "url returned error") < p || foreign_ftp_reply_in (s, n)
    || web_request_quoted (s, n);
}

/* Whether the code at P of S (N bytes, the line from LO), with a colon
   after it, is the status of a web request that the line logs with its
   method and path, as GoTrue logs its errors: msg="500: Error sending
   magic link" ... method=POST path=/magiclink.  */
bool
web_status_logged (const char *s, size_t n, size_t lo, size_t p)
{
  if (n - p < 6 || s[p + 3] != ':' || s[p + 4] != ' ' || !is_alpha (s[p + 5]))
    return false;
  const char *line = s + lo;
  size_t len = n - lo;
  return (find_exact (line, len, "method=") < len || find_exact (line, len, "\"method\":\"") < len)
    && (find_exact (line, len, "path=/") < len || find_exact (line, len, "\"path\":\"/") < len);
}

/* Whether HTTP's or FTP's words for CODE, or for any code that SMTP
   does not know, stand in S (N bytes) at offset I (AFTER) or end there:
   "500 Internal Server Error", "internal server error 500".  */
bool
foreign_words (const char *s, size_t n, size_t lo, size_t i, bool after, int code, bool known)
{
  /* Most codes have no letter on that side.  */
  if (after ? i >= n || !is_alpha (s[i]) : i == lo || !is_alpha (s[i - 1]))
    return false;
  /* RFC 959's texts start as SMTP's do, and go on with FTP's words:
     "Requested action not taken. File name not allowed."  */
  static const char taken[] = "requested action not taken";
  size_t len = sizeof taken - 1;
  if (after && n - i > len + 2 && same_bytes (s + i, taken, len, true)
      && (s[i + len] == '.' || s[i + len] == ':') && s[i + len + 1] == ' ')
    i += len + 2;
  for (int h = 0; foreign_phrases[h].words[0]; h++)
    {
      if (known && foreign_phrases[h].code != code && foreign_phrases[h].code != 0)
        continue;
      len = strlen (foreign_phrases[h].words);
      if (after ? n - i < len || (n - i > len && is_alnum (s[i + len])) : i - lo < len)
        continue;
      if (same_bytes (after ? s + i : s + i - len, foreign_phrases[h].words, len, true))
        return true;
    }
  return false;
}

size_t
foreign_ftp_command (const char *s, size_t n, bool only_ftp)
{
  /* The first ones may start a mail server's words too.  Not LIST,
     REST, SITE or STAT: capitals that start other lines too ("REST call
     failed").  */
  enum { SHARED = 6 };
  static const char commands[][5] = {
    "USER", "PASS", "ACCT", "PORT", "TYPE", "SIZE",
    "PASV", "EPSV", "EPRT", "RETR", "STOR", "STOU", "APPE", "NLST", "MLSD", "MLST", "CWD",
    "CDUP", "PWD", "MKD", "RMD", "MDTM", "FEAT", "SYST", "PBSZ", "PROT", "DELE", "RNFR",
    "RNTO", "ABOR", "ALLO", "XCWD", "XPWD", "XMKD", "XRMD", "SMNT", "REIN",
  };
  for (size_t c = only_ftp ? SHARED : 0; c < sizeof commands / sizeof commands[0]; c++)
    {
      size_t len = strlen (commands[c]);
      if (n >= len && memcmp (s, commands[c], len) == 0)
        return len;
    }
  return 0;
}

/* Whether the words at offset I of S (N bytes) start with a command
   that only FTP has, as an FTP server names it in its reply: "501 PASV:
   Operation not permitted".  */
bool
foreign_ftp_command_after (const char *s, size_t n, size_t i)
{
  size_t len = foreign_ftp_command (s + i, n - i, true);
  if (len > 0 && (n - i == len || s[i + len] == ':' || s[i + len] == ' '))
    return true;
  /* RFC 4217's "AUTH TLS", which SMTP's AUTH has no mechanism for: "500
     AUTH TLS not understood".  */
  if (n - i >= 9 && memcmp (s + i, "AUTH ", 5) == 0
      && (memcmp (s + i + 5, "TLS ", 4) == 0 || memcmp (s + i + 5, "SSL ", 4) == 0))
    return true;
  /* vsftpd's and curl's "500 Illegal PORT command", "Illegal EPRT
     command": any of FTP's commands, so named.  */
  static const char illegal[] = "Illegal ";
  size_t at = i + sizeof illegal - 1;
  if (n - i < sizeof illegal - 1 || memcmp (s + i, illegal, sizeof illegal - 1) != 0)
    return false;
  len = foreign_ftp_command (s + at, n - at, false);
  return len > 0 && n - at - len >= 8 && memcmp (s + at + len, " command", 8) == 0;
}
