/* SPDX-License-Identifier: GPL-3.0-or-later */
/* foreign.h -- what FTP, HTTP and NNTP write, so that their codes are not
   read as SMTP's (src/decide.c and src/explain.c ask).  */

#ifndef SMTPCODE_FOREIGN_H
#define SMTPCODE_FOREIGN_H

#include <stdbool.h>
#include <stddef.h>

/* Whether BASIC is a code that FTP sends and SMTP has not (200, 226,
   227, 230, 331...): a line that starts with one shows FTP's session.  */
bool foreign_ftp_only (int basic);

/* Whether the line S (N bytes) is POP3's status line, "+OK 3
   messages:" or "-ERR no such message": the numbers of the lines after
   it are POP3's (a LIST's message sizes), as an FTP session's are FTP's.  */
bool foreign_pop3_status (const char *s, size_t n);

/* Whether S (N bytes) starts with such a code and its words, after a
   space or '-': "150 Opening data connection", "226 Transfer complete";
   not a count with its unit ("[215 ms]" after a server's words).  */
bool foreign_ftp_reply (const char *s, size_t n);

/* Whether S (N bytes) holds such a reply at a word's start: a test's
   list of an FTP server's replies ("200 TYPE completed.", "502 Command
   not implemented: SIZE.", "\r\n331 give password").  */
bool foreign_ftp_reply_in (const char *s, size_t n);

/* Whether S (N bytes) quotes such a reply, but for 200 and 202, which
   HTTP's tests quote too, as a mock server's source does:
   printfLine("331 Please send your password"), b'226 Transfer
   complete'.  */
bool foreign_ftp_reply_quoted (const char *s, size_t n);

/* Whether S (N bytes) names FTP, in any case and inside any word
   ("ProFTPD", "lftp", "gulp-ftp"), or FileZilla, or holds ftp(1)'s
   "binary mode to transfer" files.  PADDED: SEARCH_PAD
   bytes may be read past S, for the block search; else it is read byte
   by byte.  */
bool foreign_names_ftp (const char *s, size_t n, bool padded);

/* The length of the FTP command that starts S (N bytes), written in
   capitals as a client sends it ("PASV", "RETR"), or 0; with ONLY_FTP,
   only of those that SMTP has no word for (not USER, PASS, ACCT, PORT,
   TYPE, SIZE).  */
size_t foreign_ftp_command (const char *s, size_t n, bool only_ftp);

/* Whether the words at offset I of S (N bytes) start with a command
   that only FTP has, as an FTP server names it in its reply ("501 PASV:
   Operation not permitted", "500 Illegal PORT command").  */
bool foreign_ftp_command_after (const char *s, size_t n, size_t i);

/* Whether the line S (N bytes, SEARCH_PAD more readable) names FTP, or
   HTTP or NNTP before the code at P, or quotes a web request, or holds a
   reply only FTP sends: then a code without its enhanced code is theirs.  */
bool foreign_protocol (const char *s, size_t n, size_t p);

/* Whether the code at P of S (N bytes, the line from LO), a colon after
   it, is the status of a web request that the line logs with its method
   and path: msg="500: Error sending magic link" method=POST path=/x.  */
bool web_status_logged (const char *s, size_t n, size_t lo, size_t p);

/* Whether HTTP's or FTP's words for CODE, or for any code that SMTP
   does not know (KNOWN false), stand in S (N bytes, the line starting
   at LO) at offset I (AFTER) or end there: "500 Internal Server Error",
   "internal server error 500".  */
bool foreign_words (const char *s, size_t n, size_t lo, size_t i, bool after, int code,
                    bool known);

/* Whether HTTP, too, has status CODE: an API's own error object holds
   one of these ({"code": 500}).  */
bool foreign_http_status (int code);

#endif
