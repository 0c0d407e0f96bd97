/* SPDX-License-Identifier: GPL-3.0-or-later */
/* reply.h -- the grammar of an SMTP reply as it stands in text (codes,
   the command answered, the server's words).  Every function works on a
   pointer and a length, never on C strings, so NUL bytes are just
   bytes.  */

#ifndef SMTPCODE_REPLY_H
#define SMTPCODE_REPLY_H

#include <stdbool.h>
#include <stddef.h>

#include "code.h"

/* What Postfix writes after a server's words: "(in reply to RCPT TO
   command)".  */
#define POSTFIX_TAIL " (in reply to "

/* Whether S (N bytes) starts with NEEDLE, ignoring ASCII case.  */
bool starts_ci (const char *s, size_t n, const char *needle);
/* Moves *S and *N past the spaces and tabs at both ends.  */
void trim (const char **s, size_t *n);

/* Reads an enhanced code at S ("5.1.1", "4.7.10") into CODE's enhanced
   part.  It must end the word: "5.1.1-beta" or "4.2.1.3" is a version,
   not a code; but Microsoft's range "5.7.606-649" is read whole, as its
   first code.  Returns its length, or 0.  */
size_t reply_enhanced (const char *s, size_t n, struct smtp_code *code);

/* Reads an enhanced code at S (N bytes) into CODE as reply_enhanced
   does, also when a word in capitals is glued to it, as some programs
   print a three-digit code's enhanced code ("550\n5.7.1Unauthorized",
   "5.7.0SMTP server error").  Returns its length, or 0.  */
size_t enhanced_glued (const char *s, size_t n, struct smtp_code *code);

/* Reads a reply code at S: three digits 2xx-5xx then a space, '-' or the
   end, and perhaps an enhanced code.  With STRONG, the enhanced code must
   be there and of the same class.  Sets *SEP to the character after the
   digits (' ' at the end).  Returns the length read, spaces after it
   included, or 0.  */
size_t reply_parse (const char *s, size_t n, bool strong, struct smtp_code *code, char *sep);

/* Whether S (N bytes) starts with an SMTP command, which is then copied
   to COMMAND (SIZE bytes).  */
bool reply_command_word (const char *s, size_t n, char *command, size_t size);
/* The command a reply answered, when the text names it: "(in reply to
   RCPT TO command)" (Postfix), "after RCPT TO:<a@b>" (Exim); else "".  */
void reply_find_command (const char *s, size_t n, char *command, size_t size);

/* The length of the words at S (N bytes) of a reply that opened a
   parenthesis, up to the one that closes it, the ones opened after it
   counted: "(550: Requested action not taken). (sendmail_rules.xml ...)",
   "(250 2.0.0 from MTA(smtp:...): Ok)"; 0 if none closes it or no
   letter comes before.  */
size_t reply_in_parentheses (const char *s, size_t n);
/* Where the server's words that start at S end: at a closing QUOTE (0:
   none), at Postfix's " (in reply to ...)", or at the end of the line
   less the parentheses that close around the reply.  Sets *WORDS, unless
   it is NULL, to their length without the closing quote and without
   Postfix's tail.  Returns where the reply ends.  */
size_t reply_text_end (const char *s, size_t n, char quote, size_t *words);

/* Removes from TEXT (N bytes) the prefixes that began the later lines
   of CODE's multiline reply when it was folded into one line: "550-5.7.26
   ... 550-5.7.26 ... 550 5.7.26 ..." keeps only the words.  Returns the
   new length.  */
size_t reply_drop_prefixes (char *text, size_t n, const struct smtp_code *code);

/* The length of the dash that parts a code from its words at S (N
   bytes): a hyphen (1) or an en or em dash (3, in UTF-8) before a space
   ("550 - Mailbox unavailable", "4.4.316 – Connection refused"); or
   0.  */
size_t reply_dash (const char *s, size_t n);

/* Gives CODE, a three-digit code alone, the enhanced code of its class
   that its words S (N bytes) end with as qmail writes it: "(#5.7.1)",
   "#4.4.3".  Returns whether there was one.  */
bool reply_hash_tail (const char *s, size_t n, struct smtp_code *code);

/* "dsn=5.1.1" of Postfix and Sendmail, the first from offset AT of S
   (N bytes) on: sets CODE and the words (Sendmail's "stat=", or
   Postfix's "status=bounced (...)"; none with CODES_ONLY).  */
bool reply_dsn_field (const char *s, size_t n, size_t at, bool codes_only, struct smtp_code *code,
                      const char **words, size_t *len);

#endif
