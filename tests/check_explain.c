/* SPDX-License-Identifier: GPL-3.0-or-later */
/* check_explain.c -- the scanner that finds SMTP replies in free text.  */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "explain.h"
#include "reply.h"
#include "suites.h"

/* Findings written one a line as "LINE CODE [COMMAND] |TEXT|", the text
   with NUL shown as "\0", so one string comparison checks everything.  */
struct record
{
  char buf[4096];
  size_t len, longest;          /* the longest text, shown up to 200 bytes */
};

static void
record (const struct explain_finding *f, void *data)
{
  struct record *r = data;
  char code[32];
  code_format (&f->code, code, sizeof code);
  r->len += (size_t) snprintf (r->buf + r->len, sizeof r->buf - r->len, "%lu %s [%s] |",
                               f->line, code, f->command);
  if (f->text_len > r->longest)
    r->longest = f->text_len;
  for (size_t i = 0; i < f->text_len && i < 200 && r->len + 8 < sizeof r->buf; i++)
    {
      if (f->text[i] == '\0')
        r->buf[r->len++] = '\\', r->buf[r->len++] = '0';
      else
        r->buf[r->len++] = f->text[i];
    }
  r->len += (size_t) snprintf (r->buf + r->len, sizeof r->buf - r->len, "|\n");
}

/* Scans TEXT (N bytes) fed in chunks of CHUNK bytes.  */
static struct record last;

static const char *
scan_n (const char *text, size_t n, size_t chunk, unsigned long *count)
{
  last.len = last.longest = 0;
  last.buf[0] = '\0';
  struct explain_scanner *sc = explain_new (record, &last);
  ck_assert_ptr_nonnull (sc);
  for (size_t i = 0; i < n; i += chunk)
    explain_feed (sc, text + i, n - i < chunk ? n - i : chunk);
  unsigned long found = explain_finish (sc);
  explain_free (sc);
  if (count)
    *count = found;
  last.buf[last.len] = '\0';
  return last.buf;
}

static const char *
scan (const char *text)
{
  return scan_n (text, strlen (text), 4096, NULL);
}

/* The same for the text of mail messages (explain_mail_text).  */
static const char *
scan_mail (const char *text)
{
  last.len = last.longest = 0;
  struct explain_scanner *sc = explain_new (record, &last);
  explain_mail_text (sc);
  explain_feed (sc, text, strlen (text));
  explain_finish (sc);
  explain_free (sc);
  last.buf[last.len] = '\0';
  return last.buf;
}

START_TEST (reply_at_start_and_end_without_newline)
{
  ck_assert_str_eq (scan ("550 5.1.1 No such user"), "1 550 5.1.1 [] |No such user|\n");
  ck_assert_str_eq (scan ("hello\r\n250 OK\r\n"), "2 250 [] |OK|\n");
  ck_assert_str_eq (scan ("421"), "1 421 [] ||\n");
}
END_TEST

START_TEST (continuation_lines_merged)
{
  const char *in = "550-5.1.1 The email account that you tried to reach does not exist.\n"
    "550-5.1.1 Please try double-checking\n"
    "550 5.1.1 the address. x1si\n"
    "250-mx.example.com\n"
    "451 4.7.1 Try later\n";
  ck_assert_str_eq (scan (in),
                    "1 550 5.1.1 [] |The email account that you tried to reach does not exist."
                    " Please try double-checking the address. x1si|\n"
                    "4 250 [] |mx.example.com|\n"
                    "5 451 4.7.1 [] |Try later|\n");
  /* The same, one byte at a time.  */
  unsigned long n;
  ck_assert_str_eq (scan_n (in, strlen (in), 1, &n),
                    "1 550 5.1.1 [] |The email account that you tried to reach does not exist."
                    " Please try double-checking the address. x1si|\n"
                    "4 250 [] |mx.example.com|\n"
                    "5 451 4.7.1 [] |Try later|\n");
  ck_assert_uint_eq (n, 3);
}
END_TEST

START_TEST (folded_dsn_header)
{
  ck_assert_str_eq (scan ("Action: failed\nStatus: 5.1.1\n"
                          "Diagnostic-Code: smtp; 550-5.1.1 The account\n"
                          "    550-5.1.1 does not\n\t550 5.1.1 exist.\nX: y\n"),
                    "2 5.1.1 [] ||\n"
                    "3 550 5.1.1 [] |The account does not exist.|\n");
  ck_assert_str_eq (scan ("Diagnostic-Code: smtp; 550 5.7.1 Rejected (in reply to\n"
                          " end of DATA command)"),
                    "1 550 5.7.1 [end of DATA] |Rejected|\n");
  /* Postfix wraps the reply in the text part of a bounce.  */
  ck_assert_str_eq (scan ("<x@b>: host mx[192.0.2.1] said: 550 5.1.1 No\n"
                          "    such user (in reply to RCPT TO\n    command)\n\n"),
                    "1 550 5.1.1 [RCPT TO] |No such user|\n");
  ck_assert_str_eq (scan ("<x@b>: host mx said: 550 5.1.1 No such user (in reply to\n"
                          "    RCPT TO command)\n"),
                    "1 550 5.1.1 [RCPT TO] |No such user|\n");
  /* A paragraph wrapped right after a quoted code: the next line holds
     the reply's words; not a setting, nor a syslog line.  */
  ck_assert_str_eq (scan ("The host gives a \"450\n"
                          "Recipient address rejected: greylisted\" error\n"),
                    "1 450 [] |Recipient address rejected: greylisted|\n");
  ck_assert_str_eq (scan ("code = \"550\nowner_request_special = no\n"), "1 550 [] ||\n");
  ck_assert_str_eq (scan ("said \"550\nMar  6 12:22:13 mx postfix/smtp[1]: x\n"), "1 550 [] ||\n");
  ck_assert_str_eq (scan ("The host gives a 450\nRecipient address rejected\n"), "");
  ck_assert_str_eq (scan ("The host gives a \"450\n4.2.1 Mailbox busy\" error\n"),
                    "1 450 4.2.1 [] |Mailbox busy|\n");
  /* A multiline reply that Postfix wrapped as one, whose enhanced code
     stands only in qmail's tail: the "553-" of each line is no word
     (Mail::DeliveryStatus::BounceParser's not-a-relay.msg).  */
  ck_assert_str_eq (scan ("<a@b>: host mx said: 553-you are trying to use me [mx.example\n"
                          "    553-.com] as a relay, but I have not been configured to let 553-you\n"
                          "    do this. 553-Please visit www.example.com for more 553-details\n"
                          "    and instructions to 553 resolve this issue. (#5.7.1) (in reply to RCPT TO\n"
                          "    command)\n"),
                    "1 553 5.7.1 [RCPT TO] |you are trying to use me [mx.example .com] as a relay, "
                    "but I have not been configured to let you do this. Please visit www.example.com "
                    "for more details and instructions to resolve this issue. (#5.7.1)|\n");
  /* A transcript indented alike, MDaemon's: its commands are no wrapped
     words, with their colon or alone on their line.  */
  ck_assert_str_eq (scan ("--- Session Transcript ---\n RCPT To:<b@c>\n"
                          " 552 Message for <b@c> would exceed mailbox quota\n QUIT\n"),
                    "3 552 [RCPT TO] |Message for <b@c> would exceed mailbox quota|\n");
}
END_TEST

START_TEST (log_formats)
{
  ck_assert_str_eq (scan ("Nov 28 12:55:01 mx postfix/smtp[2550]: 4F2A550C1: to=<x@example.com>, "
                          "relay=mx.example.com[192.0.2.1]:25, delay=0.5, dsn=5.1.1, "
                          "status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 "
                          "<x@example.com>: Recipient address rejected (in reply to RCPT TO command))"),
                    "1 550 5.1.1 [RCPT TO] |<x@example.com>: Recipient address rejected|\n");
  ck_assert_str_eq (scan ("postfix/smtp[1]: ABC: to=<a@b>, dsn=4.4.1, status=deferred "
                          "(connect to mx[192.0.2.1]:25: Connection timed out)"),
                    "1 4.4.1 [] |connect to mx[192.0.2.1]:25: Connection timed out|\n");
  ck_assert_str_eq (scan ("** a@b R=dnslookup T=remote_smtp: SMTP error from remote mail server "
                          "after RCPT TO:<a@b>: 550 Unrouteable address"),
                    "1 550 [RCPT TO] |Unrouteable address|\n");
  /* Exim's words for a refusal in the greeting (lhost-exim-35).  */
  ck_assert_str_eq (scan ("    SMTP error from remote mail server after initial connection:\n"
                          "    550 Access denied...7d39d5299584f4be161127e61f5f5400...\n\n"),
                    "1 550 [CONNECT] |Access denied...7d39d5299584f4be161127e61f5f5400...|\n");
  /* Tencent's and NetEase's, DOT being the end of the data.  */
  ck_assert_str_eq (scan ("SMTP error, RCPT TO: Host b(192.0.2.1) RCPT TO said 550 No such user here"),
                    "1 550 [RCPT TO] |No such user here|\n");
  ck_assert_str_eq (scan ("SMTP error, DOT: Host b(192.0.2.1) DOT said 550 Mail content denied"),
                    "1 550 [end of DATA] |Mail content denied|\n");
  ck_assert_str_eq (scan ("sm-mta[1]: x: to=<a@b>, delay=00:00:01, mailer=esmtp, pri=120, "
                          "relay=mx. [192.0.2.1], dsn=5.1.1, stat=User unknown"),
                    "1 5.1.1 [] |User unknown|\n");
  ck_assert_str_eq (scan ("Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
                          "Recipient's address not found'"),
                    "1 550 5.1.10 [] |RESOLVER.ADR.RecipientNotFound; Recipient's address not found|\n");
  ck_assert_str_eq (scan ("SMTPRecipientsRefused: {'a@b': (550, b'5.1.1 <a@b>: Unknown'), "
                          "'c@d': (450, b'4.2.0 Greylisted')}"),
                    "1 550 5.1.1 [] |<a@b>: Unknown|\n1 450 4.2.0 [] |Greylisted|\n");
  ck_assert_str_eq (scan ("Error: 554 5.7.1 rejected"), "1 554 5.7.1 [] |rejected|\n");
  ck_assert_str_eq (scan ("SMTP error: 554 rejected"), "1 554 [] |rejected|\n");
}
END_TEST

START_TEST (decoys_ignored)
{
  unsigned long n;
  const char *in = "connect from host[10.0.0.250]:25\n"
    "at 12:55:01 on 2026-11-28\n"
    "message size=550 bytes 550 bytes\n"
    "Postfix version 4.2.1 and 5.1.1-beta and 550 5.1.1-beta\n"
    "queue ID 4F2A550C1 pid 550\n"
    "Received: from x (192.168.1.250) by y id 250 ; port 587\n"
    "1.2.550 5.1.1 v550 5.1.1 a550 4.2.1 550 4.2.1\n"
    "Status: RO\n"
    "600 6.1.1 no\n";
  ck_assert_str_eq (scan_n (in, strlen (in), 7, &n), "");
  ck_assert_uint_eq (n, 0);
}
END_TEST

START_TEST (long_line_bounded)
{
  size_t n = 1024 * 1024;
  char *big = malloc (n + 64);
  ck_assert_ptr_nonnull (big);
  memcpy (big, "Error: 550 5.1.1 ", 17);
  memset (big + 17, 'x', n - 17);
  strcpy (big + n, "\n250 done\n");
  unsigned long count;
  const char *r = scan_n (big, strlen (big), 65536 + 13, &count);
  ck_assert_uint_eq (count, 2);
  ck_assert (strncmp (r, "1 550 5.1.1 [] |xxx", 19) == 0);
  ck_assert_ptr_nonnull (strstr (r, "|\n2 250 [] |done|\n"));
  /* Only the first EXPLAIN_LINE_MAX bytes of the line were kept.  */
  ck_assert_uint_eq (last.longest, EXPLAIN_LINE_MAX - 17);
  free (big);
}
END_TEST

START_TEST (nul_and_invalid_utf8)
{
  static const char in[] = "550 5.1.1 bad \xFF\xC0 user\0 end\n\0\0\0\n451 4.3.0 \0x";
  ck_assert_str_eq (scan_n (in, sizeof in - 1, 3, NULL),
                    "1 550 5.1.1 [] |bad \xFF\xC0 user\\0 end|\n3 451 4.3.0 [] |\\0x|\n");
}
END_TEST

/* Each way a reply is introduced, with a code that has no enhanced code
   (so that nothing but the marker makes it count), at every offset
   within two 16-byte blocks: searches test sixteen offsets at once.  */
START_TEST (markers_at_every_offset)
{
  static const char *const cases[][2] = {
    { "mx said: 550 No such user", "1 550 [] |No such user|\n" },
    { "Error: 554 rejected", "1 554 [] |rejected|\n" },
    { "<<< 421 closing", "1 421 [] |closing|\n" },
    { "Server returned '550 Unknown'", "1 550 [] |Unknown|\n" },
    { "Server RETURNED \"452 Too many\"", "1 452 [] |Too many|\n" },
    { "SMTP error from remote mail server after RCPT TO:<a@b>: 451 Later",
      "1 451 [RCPT TO] |Later|\n" },
    { "refused: (550, b'No such user')", "1 550 [] |No such user|\n" },
    { "then 550 5.1.1 strong", "1 550 5.1.1 [] |strong|\n" },
    { "mx said: 550", "1 550 [] ||\n" },
  };
  char text[256];
  for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++)
    for (int pad = 0; pad < 40; pad++)
      {
        snprintf (text, sizeof text, "%.*s%s", pad,
                  "========================================", cases[c][0]);
        ck_assert_msg (strcmp (scan (text), cases[c][1]) == 0, "\"%s\" gave \"%s\"",
                       text, last.buf);
      }
}
END_TEST

/* A caller that only counts codes gets the same codes, without command
   or text.  */
START_TEST (codes_only_on_request)
{
  static const char in[] = "a said: 550 5.1.1 No (in reply to RCPT TO command)\n"
    "SMTP error from remote mail server after MAIL FROM:<a@b>: 451 Later\n";
  last.len = 0;
  struct explain_scanner *sc = explain_new (record, &last);
  ck_assert_ptr_nonnull (sc);
  explain_codes_only (sc);
  explain_feed (sc, in, sizeof in - 1);
  ck_assert_uint_eq (explain_finish (sc), 2);
  explain_free (sc);
  last.buf[last.len] = '\0';
  ck_assert_str_eq (last.buf, "1 550 5.1.1 [] ||\n2 451 [] ||\n");
  ck_assert_str_eq (scan (in), "1 550 5.1.1 [RCPT TO] |No|\n2 451 [MAIL FROM] |Later|\n");
}
END_TEST

/* In a session transcript the client's command on the line before names
   what a reply answers; the server's lines may carry a prompt.  */
START_TEST (transcripts)
{
  ck_assert_str_eq (scan (" -> EHLO client\n<-  250-mx\n<-  250 SIZE 100\n"
                          " -> RCPT TO:<x@example.com>\n<** 550 5.1.1 No such user\n"
                          "RCPT TO:<y@example.com>\n\n451 4.7.1 Later\n"),
                    "2 250 [EHLO] |mx SIZE 100|\n5 550 5.1.1 [RCPT TO] |No such user|\n"
                    "8 451 4.7.1 [] |Later|\n");
  ck_assert_str_eq (scan ("C: MAIL FROM:<a@b>\nS: 250 Ok\nSMTP>> DATA\nSMTP<< 354 Go\n"
                          ">>> QUIT\n<<< 221 Bye\n"),
                    "2 250 [MAIL FROM] |Ok|\n4 354 [DATA] |Go|\n6 221 [QUIT] |Bye|\n");
  /* Postfix folds "end of DATA command" onto an indented line: still a
     folded line, not a client's command.  */
  ck_assert_str_eq (scan ("<a@b>: host mx said: 554 5.7.1 Rejected (in reply to end of\n"
                          "    DATA command)\n"),
                    "1 554 5.7.1 [end of DATA] |Rejected|\n");
  /* Prompts without a colon, and the transcript that Postfix sends its
     postmaster, indented inside a bounce.  */
  ck_assert_str_eq (scan ("C RCPT TO:<c@d>\nS 554 5.7.1 Relay access denied\n"
                          "Transcript:\n In:  DATA\n Out: 354 Go ahead\n"
                          " Out: 451 4.3.0 Error: queue file write error\n"),
                    "2 554 5.7.1 [RCPT TO] |Relay access denied|\n5 354 [DATA] |Go ahead|\n"
                    "6 451 4.3.0 [] |Error: queue file write error|\n");
  /* A bounce's "send:" and "recv:" transcript.  */
  ck_assert_str_eq (scan ("<a@b>\n   send: RCPT TO:<a@b>\n   recv: 550 User unknown\n"),
                    "3 550 [RCPT TO] |User unknown|\n");
  /* Commands in lower case or as prose do not count.  */
  ck_assert_str_eq (scan ("Data was sent\n550 5.1.1 x\n"), "2 550 5.1.1 [] |x|\n");
}
END_TEST

/* Where an input may be cut for its parts to be scanned apart.  */
START_TEST (fresh_lines)
{
  static const char *const fresh[] = {
    "", "Nov 28 mx postfix", "2024-11-28 10:00:01 1t x", "5500.", "X: 550 5.1.1"
  };
  /* A number then a space may be a row of counts under the line before
     (column_row): "56 gammu" under "451 sudo"; a line of numbers lists
     a code alone on the line before ("452" over "660").  */
  static const char *const not_fresh[] = {
    " folded", "\tfolded", "550-5.1.1 more", "250 OK", "421", "<-  250-PIPELINING", "S: 250 Ok",
    "5.7.1 Address SELECTs", "5500 x", "600 no", "56 gammu", "5500", "660", "6EB\t6EC\t230"
  };
  for (size_t i = 0; i < sizeof fresh / sizeof fresh[0]; i++)
    ck_assert_msg (explain_fresh_line (fresh[i], strlen (fresh[i])), "\"%s\"", fresh[i]);
  for (size_t i = 0; i < sizeof not_fresh / sizeof not_fresh[0]; i++)
    ck_assert_msg (!explain_fresh_line (not_fresh[i], strlen (not_fresh[i])), "\"%s\"",
                   not_fresh[i]);
}
END_TEST

/* The decision weighs what stands on both sides of a code: each of
   these is found, with the words shown.  */
START_TEST (evidence_on_both_sides)
{
  static const char *const cases[][2] = {
    /* Introducer words, also at the end of a longer word.  */
    { "SMTP ERROR: Password command failed: 535 Authentication failed",
      "1 535 [] |Authentication failed|\n" },
    { "Error: Invalid login: 535 Login Fail", "1 535 [] |Login Fail|\n" },
    { "Negative SMTP reply:550 information", "1 550 [] |information|\n" },
    { "ERROR_CODE :550", "1 550 [] ||\n" },
    { "reply550 Mailbox unavailable", "1 550 [] |Mailbox unavailable|\n" },
    { "failed with: 550 No such user here", "1 550 [] |No such user here|\n" },
    { "{\"smtpResponseCode\": \"452\", \"x\": 1}", "1 452 [] ||\n" },
    /* Chinese introducers, glued or not.  */
    { "投递失败550 用户不存在", "1 550 [] |用户不存在|\n" },
    { "远程服务器回复：550 Mailbox not found", "1 550 [] |Mailbox not found|\n" },
    /* Punctuation and prompts.  */
    { "<= 550 5.2.2 Mailbox full", "1 550 5.2.2 [] |Mailbox full|\n" },
    { "\xe2\x94\x94\xe2\x94\x80\xe2\x94\x80" "235 Authentication succeeded",
      "1 235 [] |Authentication succeeded|\n" },
    { "12) 554 Message refused", "1 554 [] |Message refused|\n" },
    /* Barracuda's filter tag between the two codes; a word of another
       class's code is the server's.  */
    { "smtp;450 cuda_nsu 4.7.1 <bob@example.com>: Recipient address rejected",
      "1 450 4.7.1 [] |<bob@example.com>: Recipient address rejected|\n" },
    { "said: 550 foo_bar 4.7.1 x", "1 550 [] |foo_bar 4.7.1 x|\n" },
    /* A server's "I" is no Swedish "i".  */
    { "bounce 550 5.7.1 I am not accepting mail", "1 550 5.7.1 [] |I am not accepting mail|\n" },
    /* A server's words in Russian are no preposition ("в").  */
    { "\xd0\xbe\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0 550 5.7.1 \xd0\xb2\xd0\xb0\xd0\xbc \xd0\xbe\xd1\x82\xd0\xba\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xbd\xd0\xbe",
      "1 550 5.7.1 [] |\xd0\xb2\xd0\xb0\xd0\xbc \xd0\xbe\xd1\x82\xd0\xba\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xbd\xd0\xbe|\n" },
    /* An NDR's diagnostic line, closed with " ##" inside its quotes.  */
    { "`#550 4.4.7 QUEUE.Expired; message expired ##`",
      "1 550 4.4.7 [] |QUEUE.Expired; message expired|\n" },
    /* Exchange's status before the reply it quotes is that reply's,
       unless the reply has another code or none.  */
    { "#< #5.7.1 smtp;550 5.7.1 Denied> #SMTP#", "1 550 5.7.1 [] |Denied|\n" },
    { "#< #5.0.0 smtp;554 Denied> #SMTP#", "1 5.0.0 [] |smtp;554 Denied|\n1 554 [] |Denied|\n" },
    /* The same closing after an Exchange NDR's reply.  */
    { "#550 5.1.10 RESOLVER.ADR.RecipientNotFound; not found ##",
      "1 550 5.1.10 [] |RESOLVER.ADR.RecipientNotFound; not found|\n" },
    { "421, Unexpected failure, please try later",
      "1 421 [] |Unexpected failure, please try later|\n" },
    /* The odd spellings of a code and its enhanced code.  */
    { "550: 5.7.1 Relaying denied", "1 550 5.7.1 [] |Relaying denied|\n" },
    { "550.5.7.0 Local policy violation", "1 550 5.7.0 [] |Local policy violation|\n" },
    { "550 #5.1.0 Address rejected", "1 550 5.1.0 [] |Address rejected|\n" },
    { "x 550-'5.7.1 Message rejected'", "1 550 5.7.1 [] |Message rejected|\n" },
    /* An enhanced code alone after an introducer, at a line start, or as
       qmail ends a reply.  */
    { "The server response was: 5.7.1 Not allowed", "1 5.7.1 [] |Not allowed|\n" },
    { "5.7.8 Username and Password not accepted",
      "1 5.7.8 [] |Username and Password not accepted|\n" },
    { "rblsmtpd: 192.0.2.7 pid 12: 451 Blocked (#4.7.1)", "1 451 4.7.1 [] |Blocked (#4.7.1)|\n" },
    { "(535, b'authentication failed (#5.7.1)')",
      "1 535 5.7.1 [] |authentication failed (#5.7.1)|\n" },
    /* qmail's enhanced code alone ends its words: they come before it,
       not what follows its bracket (lhost-qmail-05, lhost-x2-05).  */
    { "Unable to contact LDAP server. (#4.4.3)I'm not going to try again; this",
      "1 4.4.3 [] |Unable to contact LDAP server.|\n" },
    { "Resources temporarily unavailable, please try again later [#4.1.9].",
      "1 4.1.9 [] |Resources temporarily unavailable, please try again later|\n" },
    /* Python's bytes, MDaemon's arrow, Microsoft's SMTP service's '+'.  */
    { "reply: b'250-smtp.example.com at your service'",
      "1 250 [] |smtp.example.com at your service|\n" },
    { "Mon 2024-01-01 12:00:00.000: <-- 250 mail.example.com Hello",
      "1 250 [] |mail.example.com Hello|\n" },
    { "2024-01-01 12:00:00 192.0.2.1 OutboundConnectionResponse SMTPSVC1 MX - 25 - - "
      "550+5.1.1+User+unknown 0 0 30", "1 550 5.1.1 [] |+User+unknown 0 0 30|\n" },
    /* qmail writes '_' for spaces; Sendmail ends an address with "...".  */
    { "failure: 192.0.2.1_does_not_like_recipient./Remote_host_said:_550_5.1.1_<a@b>/",
      "1 550 5.1.1 [] |_<a@b>/|\n" },
    { "sm-mta[1]: x: <a@b>... 5.2.2 Mailbox full", "1 5.2.2 [] |Mailbox full|\n" },
    /* A multiline reply folded into one line is one finding.  */
    { "response: '550-5.7.26 This mail is unauthenticated. 550-5.7.26 Please "
      "authenticate. 550 5.7.26 See the guide.'",
      "1 550 5.7.26 [] |This mail is unauthenticated. Please authenticate. See the guide.|\n" },
    { "Exception: 5.7.14 Please log in and 5.7.14 then try again.",
      "1 5.7.14 [] |Please log in and then try again.|\n" },
    /* A reply quoted in another gives both.  */
    { "was: 550-550 5.1.10 RESOLVER.ADR.RecipientNotFound",
      "1 550 [] |550 5.1.10 RESOLVER.ADR.RecipientNotFound|\n"
      "1 550 5.1.10 [] |RESOLVER.ADR.RecipientNotFound|\n" },
    { "553 5.1.1 <a@b>: host x said: 451 4.4.1 later",
      "1 553 5.1.1 [] |<a@b>: host x said: 451 4.4.1 later|\n1 451 4.4.1 [] |later|\n" },
    { "RCPT TO:<a@b>: 577 5.1.1 <a@b>: undeliverable: host x said: 550 sorry (#5.1.1)",
      "1 577 5.1.1 [] |<a@b>: undeliverable: host x said: 550 sorry (#5.1.1)|\n"
      "1 550 5.1.1 [] |sorry (#5.1.1)|\n" },
    { "x: 571 Delivery not authorized", "1 571 [] |Delivery not authorized|\n" },
    { "554-550 5.1.1 <a@b>: no such user",
      "1 554 [] |550 5.1.1 <a@b>: no such user|\n1 550 5.1.1 [] |<a@b>: no such user|\n" },
    { "Diagnostic-Code: smtp; 554 4.4.7 Message expired <421 4.4.2 Connection timed out>",
      "1 554 4.4.7 [] |Message expired <421 4.4.2 Connection timed out>|\n"
      "1 421 4.4.2 [] |Connection timed out>|\n" },
    /* A code that its enhanced code's class disagrees with, as servers
       send it.  */
    { "SMTPSendFailedException: 451 5.7.3 STARTTLS is required",
      "1 451 5.7.3 [] |STARTTLS is required|\n" },
    /* A weak word takes the weight of the cue before it; 'get' and
       'mail' introduce; a server's word after a dash, or a dash between
       a code and its words.  */
    { "The reply was 5.7.3 TLS first", "1 5.7.3 [] |TLS first|\n" },
    { "Sometimes I get 550 Command rejected by the host", "1 550 [] |Command rejected by the host|\n" },
    { "Mail 554-Reject by policy", "1 554 [] |Reject by policy|\n" },
    { "7) 5.2.0 - Unknown mailbox error", "1 5.2.0 [] |Unknown mailbox error|\n" },
    { "users see a '451 - Rate limited' warning", "1 451 [] |Rate limited|\n" },
    /* A recipient's address before the reply for it.  */
    { "3) x@example.org, 550 mailbox error: none here",
      "1 550 [] |mailbox error: none here|\n" },
    /* An enhanced code in brackets in the words of a reply.  */
    { "Exception: 421 4.3.2 busy, try later (5.0.0)",
      "1 421 4.3.2 [] |busy, try later (5.0.0)|\n1 5.0.0 [] ||\n" },
    /* A code that no RFC defines but the database knows: Exim's 435
       when an authenticator cannot check the password.  */
    { "login authenticator failed for (pc) [192.0.2.1]: 435 Unable to authenticate at present (set_id=a)",
      "1 435 [] |Unable to authenticate at present (set_id=a)|\n" },
    /* Postfix's dsn= beside a reply that has no enhanced code.  */
    { "postfix/smtp[1]: A1: to=<a@b>, dsn=4.0.0, status=deferred (host x refused to talk to me: 550 Go away)",
      "1 550 [] |Go away|\n1 4.0.0 [] |host x refused to talk to me: 550 Go away|\n" },
    /* Sendmail's dsn= that is not its reply's enhanced code is a status
       of its own; one that repeats it is not.  */
    { "sm-mta[1]: x: to=<a@b>, mailer=relay, dsn=4.0.0, stat=Deferred: 421 4.3.2 Too many",
      "1 421 4.3.2 [] |Too many|\n1 4.0.0 [] |Deferred: 421 4.3.2 Too many|\n" },
    { "postfix/smtp[1]: A1: to=<a@b>, dsn=5.1.1, status=bounced (host x said: 550 5.1.1 No user)",
      "1 550 5.1.1 [] |No user|\n" },
  };
  for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++)
    ck_assert_msg (strcmp (scan (cases[c][0]), cases[c][1]) == 0, "\"%s\" gave \"%s\"",
                   cases[c][0], last.buf);
}
END_TEST

/* What rules a number out, or leaves it without enough evidence.  */
START_TEST (evidence_against)
{
  static const char *const cases[] = {
    "what does a 550 mean?",
    "what does 550 5.7.1 mean in Gmail?",
    "Unlike 552 5.2.2 (permanent rejection), the 452 code is temporary",
    "Unlike \"450 Mailbox busy\", this one is final",
    "354 requires more than just \"354\"",
    "Code 550 means : the mailbox was unavailable",
    "the `550` should be treated as permanent",
    "Shouldn't it return 530 instead of 503?",
    "Expected response code 250 but the server hung up",
    "HTTP/1.1 503 Service Unavailable",
    "192.0.2.1 - - [28/Nov/2026:10:00:00 +0000] \"GET /mail HTTP/1.1\" 500 1234",
    "Error: 404 Not Found",
    "Error 500: Internal Server Error",
    "{\"statusCode\": 500, \"message\": \"Server error\"}",
    "status 503 Service Unavailable",
    "[Response] 550 No such file or directory (FTP session 12)",
    "200 PORT command successful",
    "230 Login successful",
    "220 ProFTPD Server ready",
    "src/smtp.rs:442: Transient error",
    "message size 552 bytes, took 250 ms",
    "Postfix version 4.2.1 and Berkeley DB 5.3.28 and nodemailer@4.7.0",
    "Server: Microsoft-IIS/5.0.2195.6713 at 5.39.216.167",
    "postfix/smtp[1469]: 421DDF840E6: to=<a@example.com>, relay=none",
    "counters: code=200 hits=250,300",
    "This account has been disabled [#430].",
    "td { color: #555; background: #222 }",
    "color: #555 !important;",
    "connect to mx.example.com:250: Connection refused",
    "5.3.28",
    "ruby-2.3.1/lib and user250@example.com and 2016-250",
    "5\xe3\x80\x81错误类型--552",
    /* Source code: a field set to a code, a code in a logged message.  */
    "\t\t\terr.Code = 452",
    "c.Log.Msg(\"SMTP code 552 rewritten to 452 per RFC 5321\")",
    /* pflogsumm's totals: counts padded into a column.  */
    "Grand Totals\n------------\nmessages\n\n     55   received\n    550   rejected (89%)\n      0   held",
    "    511   rejected (89%)",
    /* Changelogs: versions, issues, dependencies, places in files.  */
    "The Unicode tables were updated to Unicode 5.2.0.",
    "Add Conflicts: devscripts (<< 2.10.26), Depends: x (>> 4.2.1)",
    "LaTeX: 5.1.0 has made the option useless",
    "#2 0x4385bd in expand_tempdir ../common/test.c:334",
    "Fix #357: 2.2.4: Segfault in test suite",
    "* #459 via #736: On Windows",
    "## [2.3.3] - 2021-09-12",
    "5.0.0 final",
    "____ 251 while recovering journal",
    "Make the maximum literal string in the compiled code 250 for the non-UTF-8 library",
    /* Source code, markdown, an API's error object, a question.  */
    "if (responseCode == 550 && retry) {",
    "if (code != 421) return;",
    "    451: handle_later,",
    "![552][552]",
    "{ \"code\": 429, \"message\": \"SMTP Error: too many\" }",
    "What is SMTP error 552, what does it mean?",
    "the site says: 503 Service Temporarily Unavailable",
    /* A pair that a title or a sentence in another language names.  */
    "Korrigera problem med e-postleverans f\xc3\xb6r felkod 550 5.1.1 till 5.1.20 i Office 365",
    "Probl\xc3\xa9my s k\xc3\xb3" "dem chyby 550 5.7.1 v Office 365",
    "kod b\xc5\x82\xc4\x99" "du 550 5.7.23 w raporcie",
    "fejlkoderne 550 5.1.1 til 5.1.20, hvis du",
    "\xce\xba\xcf\x89\xce\xb4\xce\xb9\xce\xba\xcf\x8c \xcf\x83\xcf\x86\xce\xac\xce\xbb\xce\xbc\xce\xb1\xcf\x84\xce\xbf\xcf\x82 550 5.7.1 \xcf\x83\xcf\x84\xce\xbf Office 365",
    "az 550 5.1.10 hibak\xc3\xb3" "d eset\xc3\xa9" "ben",
    /* Quoted alone, with prose after the quote.  */
    "\xc3\x85tg\xc3\xa4rda NDR-felet \"550 5.1.0\" i Exchange Online",
    "Fix NDR error \"550 5.7.23\" in Exchange Online",
    /* A family of enhanced codes after the code.  */
    "if you see status code 550 5.7.7xx in a non-delivery report",
    "status code 550 5.7.x in a report",
    "status code 451 4.7.xxx, then",
  };
  for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++)
    ck_assert_msg (strcmp (scan (cases[c]), "") == 0, "\"%s\" gave \"%s\"", cases[c], last.buf);
}
END_TEST

/* A JSON record's code, a number or a string, with its enhanced code in
   a field beside it; one record's code does not wait for the fields of
   the next.  */
START_TEST (json_records)
{
  ck_assert_str_eq (scan ("{ \"basic\": \"450\",\n  \"enhanced\": \"4.2.1\" }\n"),
                    "1 450 4.2.1 [] ||\n");
  ck_assert_str_eq (scan ("{\"code\": 421, \"message\": \"later\"}\n"
                          "{\"code\": 550, \"enhanced_code\": \"5.1.1\"}\n"),
                    "2 550 5.1.1 [] ||\n");
  ck_assert_str_eq (scan ("{\"code\": 550, \"message\": \"no\"}\n"
                          "{\"code\": 554, \"enhanced_code\": \"5.7.1\"}\n"),
                    "1 550 [] |no|\n2 554 5.7.1 [] ||\n");
  /* Mailgun's event: the code's line ends with it; the enhanced code
     starts the message, whose words are the server's.  */
  ck_assert_str_eq (scan ("\"delivery-status\": {\n\"code\": 501,\n"
                          "\"message\": \"5.1.0 Invalid Sender. OFR004_405 [405]\",\n"
                          "\"description\": \"\"\n},\n"),
                    "2 501 5.1.0 [] |Invalid Sender. OFR004_405 [405]|\n");
  ck_assert_str_eq (scan ("{\"code\": 501, \"message\": \"5.1.0 Invalid \\\"Sender\\\"\"}\n"),
                    "1 501 5.1.0 [] |Invalid \\\"Sender\\\"|\n");
  /* No enhanced code comes: the code held is reported, before what
     follows.  */
  ck_assert_str_eq (scan ("\"code\": 550,\n\"message\": \"No such user\"\n}\nsaid: 421 later\n"),
                    "1 550 [] ||\n4 421 [] |later|\n");
  ck_assert_str_eq (scan ("\"code\": 550,\n1\n2\n3\n4\n5\n6\n7\n8\n9\n"
                          "\"enhanced-code\": \"5.1.1\"\n"),
                    "1 550 [] ||\n11 5.1.1 [] ||\n");
}
END_TEST

/* A multiline reply that free text opens goes on in lines that start
   with its code: one finding, not one a line.  */
START_TEST (multiline_opened_in_text)
{
  ck_assert_str_eq (scan ("  SMTP error from remote mailer after initial connection:\n"
                          "  host mx.aol.com [192.0.2.1]: 554- The IP address is dynamic\n"
                          "  554- IP address.  AOL will not accept it\n"
                          "  554  http://postmaster.info.aol.com.\n"),
                    "1 554 [CONNECT] |The IP address is dynamic IP address.  AOL will not accept it "
                    "http://postmaster.info.aol.com.|\n");
  ck_assert_str_eq (scan ("host mx.google.com [192.0.2.1]: 550-5.1.1 The email account does not exist.\n"
                          "550-5.1.1 Please try double-checking\n"
                          "550 5.1.1 https://support.google.com/mail/?p=NoSuchUser\n"
                          "next: 550 5.7.1 denied\n"),
                    "1 550 5.1.1 [] |The email account does not exist. Please try double-checking "
                    "https://support.google.com/mail/?p=NoSuchUser|\n"
                    "4 550 5.7.1 [] |denied|\n");
  /* The later lines give it their words, without the code they repeat,
     also glued to them.  */
  ck_assert_str_eq (scan ("said: 550-5.7.1 Our system has detected that this message is\n"
                          "550-5.7.1_likely unsolicited mail.\n550 5.7.1 gsmtp\n"),
                    "1 550 5.7.1 [] |Our system has detected that this message is "
                    "likely unsolicited mail. gsmtp|\n");
  /* A blank line, another enhanced code or another line ends it.  */
  ck_assert_str_eq (scan ("said: 550-5.1.1 The email account\n\n550 5.1.1 https://x.test/\n"),
                    "1 550 5.1.1 [] |The email account|\n3 550 5.1.1 [] |https://x.test/|\n");
  ck_assert_str_eq (scan ("said: 550-5.1.1 The email account\n550 5.7.1 https://x.test/\n"),
                    "1 550 5.1.1 [] |The email account|\n2 550 5.7.1 [] |https://x.test/|\n");
  ck_assert_str_eq (scan ("said: 550-5.1.1 The email account\nok\n550 5.1.1 https://x.test/\n"),
                    "1 550 5.1.1 [] |The email account|\n3 550 5.1.1 [] |https://x.test/|\n");
}
END_TEST

/* A reply folded into one line whose last line is wrapped onto the
   next without a code, as MailEnable quotes it.  */
START_TEST (last_line_wrapped)
{
  ck_assert_str_eq (scan ("The server returned:\n"
                          "554-mx.example.com 554 Your access to this mail system has been\n"
                          "rejected due to poor reputation.\nThanks.\n"),
                    "2 554 [] |mx.example.com 554 Your access to this mail system has been "
                    "rejected due to poor reputation.|\n");
  /* Not before its last line has come, nor after a sentence ends.  */
  ck_assert_str_eq (scan ("554-mx.example.com Your access has been\nrejected\n"),
                    "1 554 [] |mx.example.com Your access has been|\n");
  ck_assert_str_eq (scan ("554-mx.example.com 554 Access denied.\nThanks\n"),
                    "1 554 [] |mx.example.com 554 Access denied.|\n");
}
END_TEST

/* Cues and tags of older bounces: Hotmail's "OU-001" (not the French
   "ou" of prose), Gmail's "SMTP Error (state 8):", qmail's log that
   writes its spaces as '_'.  */
START_TEST (older_bounces)
{
  ck_assert_str_eq (scan ("host mx2.hotmail.com [192.0.2.1]: 550 OU-001 Mail rejected by Hotmail\n"),
                    "1 550 [] |OU-001 Mail rejected by Hotmail|\n");
  ck_assert_str_eq (scan ("le code 550 ou 554 est une erreur\n"), "");
  ck_assert_str_eq (scan ("PERM_FAILURE: SMTP Error (state 8): 550 Dynamic IPs blocked.\n"),
                    "1 550 [] |Dynamic IPs blocked.|\n");
  ck_assert_str_eq (scan ("delivery 2: failure: No_such_address.__#5.1.1_/\n"),
                    "1 5.1.1 [] |_/|\n");
  ck_assert_str_eq (scan ("See CHANGELOG_V4.md#4.1.0\n"), "");
  /* An enhanced code alone that starts the line, with a provider's
     token in the words; not a version before a token.  */
  ck_assert_str_eq (scan ("5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. "
                          "Part of their network is on our block list (S3150).\n"),
                    "1 5.7.1 [] |Unfortunately, messages from [192.0.2.1] weren't sent. "
                    "Part of their network is on our block list (S3150).|\n");
  ck_assert_str_eq (scan ("5.7.1 is the version of this package (S3150).\n"), "");
}
END_TEST

/* Shapes of the wild corpus's sets graduated in session 31.  */
START_TEST (graduated_shapes)
{
  /* Microsoft's pages: a no-break space inside the reply.  */
  ck_assert_str_eq (scan ("\xE5\x82\xB3\xE5\x9B\x9E `550\xC2\xA0" "5.1.1\xC2\xA0User unknown` SMTP\n"),
                    "1 550 5.1.1 [] |User unknown|\n");
  /* A whole reply quoted in prose; not a status line of HTTP's, nor a
     code that SMTP does not define.  */
  ck_assert_str_eq (scan ("then synthesize a `421 HOSTNAME disconnecting due to previous error`\n"),
                    "1 421 [] |HOSTNAME disconnecting due to previous error|\n");
  ck_assert_str_eq (scan ("returns `504 Gateway Time-out` on https://example.com\n"), "");
  ck_assert_str_eq (scan ("NNTP server said `240 Article received <a@b>`\n"), "");
  /* qmail's tail is the enhanced code of the reply, no reply of its own.  */
  ck_assert_str_eq (scan ("451 qq internal bug (#4.3.0)\n"), "1 451 4.3.0 [] |qq internal bug (#4.3.0)|\n");
  /* After a slash, or a diff's '+', with its enhanced code.  */
  ck_assert_str_eq (scan ("\t//550 5.2.1 Mailbox is inactive\n"), "1 550 5.2.1 [] |Mailbox is inactive|\n");
  ck_assert_str_eq (scan ("+535 5.7.3 Authentication unsuccessful\n"),
                    "1 535 5.7.3 [] |Authentication unsuccessful|\n");
  ck_assert_str_eq (scan ("+421 2 1234 5678\n"), "");
  /* What came after what was expected.  */
  ck_assert_str_eq (scan ("Unexpected return code - Expected: 354, Got: 503\n"), "1 503 [] ||\n");
  /* German quotes, and an empty field, between the two codes.  */
  ck_assert_str_eq (scan ("421, \xE2\x80\x9E" "4.3.0\xE2\x80\x9C \xE2\x80\x93 Systemproblem\n"),
                    "1 421 4.3.0 [] |Systemproblem|\n");
  ck_assert_str_eq (scan ("ResponseCode 421, , 4.7.0 [TS02] Messages deferred\n"),
                    "1 421 4.7.0 [] |[TS02] Messages deferred|\n");
  /* Gmail's mark tells an enhanced code alone after a word.  */
  ck_assert_str_eq (scan ("Result 5.7.8 Username and Password not accepted. x - gsmtp\n"),
                    "1 5.7.8 [] |Username and Password not accepted. x - gsmtp|\n");
  ck_assert_str_eq (scan ("We upgraded to 5.4.300 today\n"), "");
  /* A telephone number, a SIP status line.  */
  ck_assert_str_eq (scan ("(206)\n454-2030.\n"), "");
  ck_assert_str_eq (scan ("SIP/2.0 500 Server Internal Error\n"), "");
}
END_TEST

/* Shapes found in the sets that became tuning data in session 34.  */
START_TEST (graduated_shapes_34)
{
  /* A log's tag alone before the code starts the line.  */
  ck_assert_str_eq (scan ("\t [tx] 220 All set, fire away\n"), "1 220 [] |All set, fire away|\n");
  ck_assert_str_eq (scan ("[INFO] 500 requests processed\n"), "");
  /* Indented under a paragraph, such a line and a row of source code's
     table stand alone, not as the paragraph's words wrapped.  */
  ck_assert_str_eq (scan ("\t08:58:22 - Incoming SMTP connection detected\n\t  {Announcing who connects}\n"
                          "\t [tx] 220 All set, fire away\n"),
                    "3 220 [] |All set, fire away|\n");
  ck_assert_str_eq (scan ("tests := []scriptStep{\n\t{\"HELO\", 501},\n\t{\"EHLO\", 502},\n}\n"),
                    "2 501 [] ||\n3 502 [] ||\n");
  ck_assert_str_eq (scan ("[R] CDUP\n[R] 550 Could not change directory\n"), "");
  /* curl's test servers' directive, with an SMTP command, quoted or
     not, or what the client sends in base64; not with FTP's.  */
  ck_assert_str_eq (scan ("REPLY \"AUTH PLAIN\" 334 PLAIN supported\n"), "1 334 [] |PLAIN supported|\n");
  ck_assert_str_eq (scan ("REPLY %b64[user secret]b64% 235 Authenticated\n"), "1 235 [] |Authenticated|\n");
  ck_assert_str_eq (scan ("REPLY STARTTLS 454 currently unavailable\\r\\n235 Authenticated\n"),
                    "1 454 [] |currently unavailable|\n1 235 [] |Authenticated|\n");
  ck_assert_str_eq (scan ("REPLY CWD 550 I won't allow this on my server\n"), "");
  ck_assert_str_eq (scan ("REPLY AUTH 500 unknown command\\r\\n331 give password\n"), "");
  /* go-smtp's enhanced code as Go writes it, and a test table's rows
     that open with the command.  */
  ck_assert_str_eq (scan ("testutils.CheckSMTPErr(t, err, 556, exterrors.EnhancedCode{5, 1, 10}, \"Null MX\")\n"),
                    "1 556 5.1.10 [] |Null MX|\n");
  ck_assert_str_eq (scan ("Code: 550, EnhancedCode: smtp.EnhancedCode{4, 1, 2}\n"), "1 550 [] |EnhancedCode: smtp.EnhancedCode{4, 1, 2}|\n");
  ck_assert_str_eq (scan ("\t{\"AUTH PLAIN aW5idWNrZXQ=\", 235},\n"), "1 235 [] ||\n");
  /* A code written twice, its words after the second.  */
  ck_assert_str_eq (scan ("host mx[192.0.2.1] refused to talk to me: 550 550 This system is configured"
                          " to reject mail\n"),
                    "1 550 [] |This system is configured to reject mail|\n");
  ck_assert_str_eq (scan ("the 550 550 errors\n"), "");
  /* git send-email's result, and a bounce named in prose with the reply.  */
  ck_assert_str_eq (scan ("Result: 250\n"), "1 250 [] ||\n");
  ck_assert_str_eq (scan ("Emails to them bounce (550: Recipient address rejected: User unknown)\n"),
                    "1 550 [] |Recipient address rejected: User unknown|\n");
  /* A client's command and the server's reply pasted on one line.  */
  ck_assert_str_eq (scan ("RCPT TO: someone 501 someone: recipient address must contain a domain\n"),
                    "1 501 [] |someone: recipient address must contain a domain|\n");
  ck_assert_str_eq (scan ("AUTH VHV6aWtWb24= 235 Authenticated\n"), "1 235 [] |Authenticated|\n");
  ck_assert_str_eq (scan ("DATA 500 rows were imported\n"), "");
  ck_assert_str_eq (scan ("208 127.0.0.1 AUTH VHV6aWtWb24= 235 Authenticated 19 14\n"),
                    "1 235 [] |Authenticated 19 14|\n");
  ck_assert_str_eq (scan ("| HELO your_domain_name or whatever | 250 (followed by a message) |\n"), "");
  ck_assert_str_eq (scan ("a missing slot shifts every following reply, RCPT TO's 250 lands on DATA\n"), "");
  /* Silent: a telephone number, curl's HTTP error that git shows, a
     JavaScript arrow that returns a number.  */
  ck_assert_str_eq (scan ("503-203-1539 (voice)\n"), "");
  ck_assert_str_eq (scan ("fatal: unable to access 'https://x.example/git/': The requested URL returned error: 503\n"),
                    "");
  ck_assert_str_eq (scan ("process.getuid = () => 501\n"), "");
}
END_TEST

/* Shapes found in the tuned sets' misses and loud decoys in session 35.  */
START_TEST (ftp_context_35)
{
  /* FTP's own replies, indented as in a knowledge base's article, make
     the reply after them FTP's.  */
  ck_assert_str_eq (scan ("\t  200 Type set to I.\n\t  200 PORT command successful.\n"
                          "\t  550 WP.CAB:Access is denied.\n"), "");
  ck_assert_str_eq (scan ("\t  250 Mailbox ok.\n\t  550 WP.CAB:Access is denied.\n"),
                    "1 250 [] |Mailbox ok.|\n2 550 [] |WP.CAB:Access is denied.|\n");
  /* A paragraph that names FTP and ends a few lines on in a colon.  */
  ck_assert_str_eq (scan ("When an FTP client with permissions tries to\nGET a file, you may see"
                          "\nthe following error message:\n\n  550 a.txt: Access is denied\n"), "");
  ck_assert_str_eq (scan ("When a mail client with permissions tries to\nsend mail, you may see"
                          "\nthe following error message:\n\n  550 a.txt: Access is denied\n"),
                    "5 550 [] |a.txt: Access is denied|\n");
  ck_assert_str_eq (scan ("An FTP client with permissions tries to\nGET a file.\nOne more line.\n"
                          "Two more.\nThree more.\nThe mail server then says:\n\n  550 No such user\n"),
                    "8 550 [] |No such user|\n");
}
END_TEST

START_TEST (syscall_and_hash_35)
{
  /* strace's buffer of a system call, cut short.  */
  ck_assert_str_eq (scan ("recvfrom(4, \"550-Verification failed for <roo\"..., 8192, 0, NULL, NULL) = 261\n"),
                    "1 550 [] |Verification failed for <roo|\n");
  ck_assert_str_eq (scan ("foo(4, \"550\")\n"), "");
  ck_assert_str_eq (scan ("printf(1, \"550 is the code\")\n"), "");
  /* qmail's '#' before the enhanced code of the code before it.  */
  ck_assert_str_eq (scan ("erreur du serveur 451 #4.3.0\n"), "1 451 4.3.0 [] ||\n");
  ck_assert_str_eq (scan ("foo 451 #5.3.0\n"), "1 5.3.0 [] ||\n");
  ck_assert_str_eq (scan ("x451 #4.3.0\n"), "1 4.3.0 [] ||\n");
  /* qmail's tail of the same class makes the code before it a reply,
     even in prose.  */
  ck_assert_str_eq (scan ("Problem: Mail rejected due to 451 SPF lookup failure (#4.3.0).\n"),
                    "1 451 4.3.0 [] |SPF lookup failure (#4.3.0).|\n");
  ck_assert_str_eq (scan ("Problem: Mail rejected due to 451 SPF lookup failure.\n"), "");
}
END_TEST

/* Shapes found in the loud decoys of the sets graduated in session 38.  */
START_TEST (graduated_shapes_38)
{
  /* Counts of people, money and hardware: units as "bytes" is.  */
  ck_assert_str_eq (scan ("500 employees) who are unable to get financing\n"), "");
  ck_assert_str_eq (scan ("install\n450 rupees windows. I recently bought\n"), "");
  ck_assert_str_eq (scan ("HP 5700 Thin Client\n512 RAM\n"), "");
  ck_assert_str_eq (scan ("250 microsecs cycletime\n"), "");
  ck_assert_str_eq (scan ("Greek:\n521 translated messages, 2 fuzzy translations\n"), "");
  ck_assert_str_eq (scan ("550 Requested action not taken\n"), "1 550 [] |Requested action not taken|\n");
  /* A rate in any unit; but a server names its commands in capitals.  */
  ck_assert_str_eq (scan ("- Throughput: 100 req/s (target: 500 req/s)\n"), "");
  ck_assert_str_eq (scan ("SMTP: 503 EHLO/HELO first\n"), "1 503 [] |EHLO/HELO first|\n");
  /* Prose: "(451 being \"Blocked For Legal Reasons\" ...)".  */
  ck_assert_str_eq (scan ("(451 being \"Blocked\" since)\n"), "");
  /* A row of a process list; a street address.  */
  ck_assert_str_eq (scan ("foo\n553 root 20 0 15180 400 204 S 0.0 0.0 0:00.01 upstart-socket-br\n"), "");
  /* But a reply's first line may go on with numbers: Exim's test of a
     long reply, its lines joined with "\\n".  */
  ck_assert_str_eq (scan ("after RCPT TO:<f@u.org>: 550-no mate\\n550-123456789 100 123456789 200"
                          " 123456789 300 123456789 400 123456789 500\n"),
                    "1 550 [RCPT TO] |no mate|\n");
  ck_assert_str_eq (scan ("Michael Prichard\n421 Park St., Suite 1\n"), "");
  ck_assert_str_eq (scan ("Systems Analyst\n521 Wilson Hall\n"), "");
  ck_assert_str_eq (scan ("   Netscape Communications\n   501 East Middlefield Road\n"), "");
  ck_assert_str_eq (scan ("421 Service Temporarily Unavailable\n"), "1 421 [] |Service Temporarily Unavailable|\n");
  /* Prose names "a code" or "the code"; a colon or a capital after
     the code quotes one, though prose's word follows.  */
  ck_assert_str_eq (scan ("# handle a code 451 more \"normally\".\n"), "");
  ck_assert_str_eq (scan ("- Handle the code 451 (@dinosaure, #89)\n"), "");
  ck_assert_str_eq (scan ("and the truncated message is rejected (`552`) and not stored.\n"), "");
  ck_assert_str_eq (scan ("It said:550 is now disabled\n"), "1 550 [] |is now disabled|\n");
  ck_assert_str_eq (scan ("  <code>553 To send mail, first check your mail\n"),
                    "1 553 [] |To send mail, first check your mail|\n");
  ck_assert_str_eq (scan ("I am facing an error 550 Outgoing mail has been suspended\n"),
                    "1 550 [] |Outgoing mail has been suspended|\n");
  /* A call's last argument in a test; a client's error puts the code
     first.  */
  ck_assert_str_eq (scan ("        self.assertNotEqual(code, 250)\n        self.assertEqual(code, 503)\n"), "");
  ck_assert_str_eq (scan ("SMTPAuthenticationError(535, b'Bad credentials')\n"),
                    "1 535 [] |Bad credentials|\n");
  /* An API client's HTTP error, its body dumped after a spaced dash.  */
  ck_assert_str_eq (scan ("Error code: 503 - {'error': {'message': 'over capacity'}}\n"), "");
  ck_assert_str_eq (scan ("Error code: 503 - \n   {'error': 1}\n"), "");
  ck_assert_str_eq (scan ("Error code: 550 - Mailbox unavailable\n"), "1 550 [] |Mailbox unavailable|\n");
}
END_TEST

/* Shapes found in the misses of the sets graduated in session 39:
   sessions whose lines a web page ran together.  */
START_TEST (graduated_misses_39)
{
  /* The client's command before the reply: a capital after it is the
     server's word; "vrfy" and "expn" typed by hand; "data" before 354.  */
  ck_assert_str_eq (scan ("RSET 250 Reset state. QUIT 221 So long, and thanks for all the fish.\n"),
                    "1 250 [] |Reset state. QUIT 221 So long, and thanks for all the fish.|\n"
                    "1 221 [] |So long, and thanks for all the fish.|\n");
  ck_assert_str_eq (scan ("vrfy queiroz 252 Cannot VRFY user; try RCPT\n"),
                    "1 252 [] |Cannot VRFY user; try RCPT|\n");
  ck_assert_str_eq (scan ("expn suporte 502 Sorry, we do not allow this operation\n"),
                    "1 502 [] |Sorry, we do not allow this operation|\n");
  ck_assert_str_eq (scan ("4. rcpt to: 250 2.1.5 5. data 354 Start mail input; end with .\n"),
                    "1 250 2.1.5 [] |5. data 354 Start mail input; end with .|\n"
                    "1 354 [] |Start mail input; end with .|\n");
  ck_assert_str_eq (scan ("data 250 Start\n"), "");
  ck_assert_str_eq (scan ("so long 221 So long\n"), "");
  /* The port that telnet was asked for, then the greeting.  */
  ck_assert_str_eq (scan ("C:/>telnet 25 220 ESMTP MAIL Service ready\n"),
                    "1 220 [] |ESMTP MAIL Service ready|\n");
  ck_assert_str_eq (scan ("port 25 220 ESMTP MAIL Service ready\n"), "");
  /* What only a server says with 354, whatever comes before it.  */
  ck_assert_str_eq (scan ("DATA # (4) 354 End data with . From: a@example.com\n"),
                    "1 354 [] |End data with . From: a@example.com|\n");
  ck_assert_str_eq (scan ("x 354 Start mail input; end with <CRLF>.<CRLF>\n"),
                    "1 354 [] |Start mail input; end with <CRLF>.<CRLF>|\n");
  ck_assert_str_eq (scan ("x 354 Start here\n"), "");
  ck_assert_str_eq (scan ("x 250 End data with .\n"), "");
}
END_TEST

/* Shapes found in the misses of the tuned sets in session 39.  */
START_TEST (tuned_misses_39)
{
  /* A test compares an error with a whole reply; a code alone compared
     is none, and FTP's words stay FTP's.  */
  ck_assert_str_eq (scan ("if err.Error() != \"502 Please turn on TLS\" {\n"),
                    "1 502 [] |Please turn on TLS|\n");
  ck_assert_str_eq (scan ("if resp == \"250 OK\" {\n"), "1 250 [] |OK|\n");
  ck_assert_str_eq (scan ("if code != \"250\" {\n"), "");
  ck_assert_str_eq (scan ("if code != 250 {\n"), "");
  ck_assert_str_eq (scan ("assert resp == \"550 Globbing not supported.\"\n"), "");
}
END_TEST

/* Shapes found in the loud decoys of the sets graduated in session 39.  */
START_TEST (graduated_shapes_39)
{
  /* A column of numbers: right-aligned counts of other widths, a
     listing's line numbers; a count before a reply leaves the reply.  */
  ck_assert_str_eq (scan ("     510 targets\n       9 alive\n     501 unreachable\n"), "");
  ck_assert_str_eq (scan ("  9 alive\n501 unreachable\n"), "");
  ck_assert_str_eq (scan (" 333 static int\n 334 open_msglog_file(uschar *filename)\n"), "");
  ck_assert_str_eq (scan ("      9 alive\n     23 550 5.1.1 User unknown\n"),
                    "2 550 5.1.1 [] |User unknown|\n");
  ck_assert_str_eq (scan ("250 OK\n251 User not local\n"), "1 250 [] |OK|\n2 251 [] |User not local|\n");
  /* The line under a reply shows it a row too: counts with a few words,
     one count no code; right-aligned counts of another width.  */
  ck_assert_str_eq (scan ("451 sudo\n56 gammu\n49 cd\n"), "");
  ck_assert_str_eq (scan ("550 foo bar\n 23 bar baz\n"), "");
  ck_assert_str_eq (scan ("220 mx Microsoft ESMTP MAIL Service ready at Fri,\n6 Jan 2006 08:09:53 +0100\n"),
                    "1 220 [] |mx Microsoft ESMTP MAIL Service ready at Fri,|\n");
  ck_assert_str_eq (scan ("550 No such user\n"), "1 550 [] |No such user|\n");
  /* A setting's value under its name.  */
  ck_assert_str_eq (scan ("Default:\n554\n"), "");
  ck_assert_str_eq (scan ("unknown_local_recipient_reject_code =\n550\n"), "");
  /* Prose that calls the code something.  */
  ck_assert_str_eq (scan ("responses include: 250 indicating the recipient is accepted\n"), "");
  ck_assert_str_eq (scan ("returning a valid SMTP 220 banner, confirming it\n"), "");
  ck_assert_str_eq (scan ("\xE3\x80\x8C" "550 5.7.1" "\xE3\x80\x8D\xE3\x81\xA8\xE3\x81\xAF\n"), "");
  ck_assert_str_eq (scan ("SMTP 550 5.7.1\xE3\x81\xAB\xE8\xA9\xB2\xE5\xBD\x93\n"), "");
  /* Web requests: Guzzle's error, Python's http.server.  */
  ck_assert_str_eq (scan ("[500] Server error: `POST https://api.example.com/v3/smtp/email` resulted in a\n"), "");
  ck_assert_str_eq (scan ("[502] Server error: `DELETE https://api.example.com/v3/x` resulted in a\n"), "");
  ck_assert_str_eq (scan ("[12/Jul/2020 10:51:01] code 501, message Unsupported method ('POST')\n"), "");
  /* A greeting's version in brackets.  */
  ck_assert_str_eq (scan (" 220 mail.example.com ESMTP Postfix (2.3.2)\n"),
                    "1 220 [] |mail.example.com ESMTP Postfix (2.3.2)|\n");
  ck_assert_str_eq (scan (" 550 Rejected here (5.7.1)\n"),
                    "1 550 [] |Rejected here (5.7.1)|\n1 5.7.1 [] ||\n");
}
END_TEST

/* Shapes found in the sets graduated in session 40: mock servers and
   test fixtures.  */
START_TEST (graduated_shapes_40)
{
  /* An FTP mock server's quoted replies make the next ones FTP's.  */
  ck_assert_str_eq (scan ("mock.printfLine(\"331 Please send your password\")\n"
                          "} else {\n"
                          "mock.printfLine(\"250 Directory successfully changed.\")\n"), "");
  ck_assert_str_eq (scan ("mock.printfLine(\"200 Type set ok\")\n"
                          "mock.printfLine(\"250 Requested action okay\")\n"),
                    "2 250 [] |Requested action okay|\n");
  ck_assert_str_eq (scan ("conn.send(b'226 Transfer complete\\r\\n')\nconn.send(b'500 File not found\\r\\n')\n"), "");
  ck_assert_str_eq (scan ("conn.send(b'257 Directory created\\r\\n')\nconn.send(b'550 Directory not created\\r\\n')\n"), "");
  ck_assert_str_eq (scan ("we got 200 messages through\n454 Throttling failure: Maximum sending rate exceeded\n"),
                    "2 454 [] |Throttling failure: Maximum sending rate exceeded|\n");
  /* A block of source code is no wrapped line: its statements are read
     apart.  */
  ck_assert_str_eq (scan ("\tcase \"MAIL\":\n\t\treply(\"250 Ok\")\n\tcase \"RCPT\":\n"
                          "\t\treply(\"550 No such user\")\n"),
                    "2 250 [] |Ok|\n4 550 [] |No such user|\n");
  ck_assert_str_eq (scan ("@cmd = (\n\t'CONNECT' => '220 CONNECT OK',\n\t'QUIT' => '221 HELO ok',\n"),
                    "2 220 [] |CONNECT OK|\n3 221 [] |HELO ok|\n");
  ck_assert_str_eq (scan ("response: Response {\n    code: 550,\n    esc: [5, 1, 2],\n"
                          "    message: \"User does not exist\".into(),\n},\n"),
                    "1 550 [] |esc: [5, 1, 2], message: \"User does not exist\".into(),|\n");
  /* FTP's and HTTP's own words.  */
  ck_assert_str_eq (scan ("this.respond('550 Not a directory');\n"), "");
  ck_assert_str_eq (scan (".withStackTraceContaining(\"553 : No such file or directory\");\n"), "");
  ck_assert_str_eq (scan ("530 Sorry, the maximum number of clients (1) from your host are already connected.\n"), "");
  ck_assert_str_eq (scan ("Error: 400 Client Error: Bad Request for url: http://172.17.0.1:8001/x\n"), "");
  /* RFC 6587's octet count before a syslog message.  */
  ck_assert_str_eq (scan ("\"253 <14>1 2014-06-20T09:14:07+00:00 loggregator d06 DEA - \" +\n"), "");
  /* Shell history as a Markdown list: a run of line numbers, registered
     codes among them.  */
  ck_assert_str_eq (scan ("- 532  clear\n- 533  git commit --amend\n- 534  git rebase --continue\n"
                          "- 535  git push --force\n"), "");
  ck_assert_str_eq (scan ("- 550 5.1.1 User unknown\n- 551 5.1.6 User not local\n"),
                    "1 550 5.1.1 [] |User unknown|\n2 551 5.1.6 [] |User not local|\n");
  /* Python's smtpd sends whole replies as a status; a test compares
     bytes with one.  */
  ck_assert_str_eq (scan ("await self.push_status('503 Error: send HELO first')\n"),
                    "1 503 [] |Error: send HELO first|\n");
  ck_assert_str_eq (scan ("assert response[0] == b'500 syntax error - invalid character'\n"),
                    "1 500 [] |syntax error - invalid character|\n");
  ck_assert_str_eq (scan ("if code == b'250':\n"), "");
  ck_assert_str_eq (scan ("return HttpResponse(status_code('503'))\n"), "");
  /* A no-break space after the code; Mailgun's delivery-status.  */
  ck_assert_str_eq (scan ("    354\xC2\xA0" "End\xC2\xA0" "data with <CR><LF>.<CR><LF>\n"),
                    "1 354 [] |End\xC2\xA0" "data with <CR><LF>.<CR><LF>|\n");
  ck_assert_str_eq (scan ("\"delivery-status\": {\"code\": 451, \"message\": \"Local Error\"}\n"),
                    "1 451 [] |Local Error|\n");
  ck_assert_str_eq (scan ("{\"error\": {\"code\": 451, \"message\": \"Local Error\"}}\n"), "");
  /* A string's lines joined by escaped newlines are lines of their own.  */
  ck_assert_str_eq (scan ("    b\"220 test.example.org Service ready\\r\\n\\\n"
                          "      250 test.example.org\\r\\n\\\n"
                          "      550 User 'bad' banned\\r\\n\\\n"),
                    "1 220 [] |test.example.org Service ready|\n2 250 [] |test.example.org|\n"
                    "3 550 [] |User 'bad' banned|\n");
  /* A reply built from its code and words; the first line of a
     multiline reply compared whole; a question the server asks.  */
  ck_assert_str_eq (scan ("channel.write(\"221 \"+ hostname + \" closing connection\\r\\n\");\n"),
                    "1 221 [] ||\n");
  ck_assert_str_eq (scan ("await self.push_status('250 {}'.format(hostname))\n"), "1 250 [] |{}|\n");
  ck_assert_str_eq (scan ("ftp.send(\"550 \" + reason)\n"), "");
  ck_assert_str_eq (scan ("assert lines[0] == \"250-mx.example.com\"\n"), "1 250 [] |mx.example.com|\n");
  ck_assert_str_eq (scan ("if resp != \"250-\" {\n"), "");
  ck_assert_str_eq (scan ("$self->_put(\"503 You want me to read your mind?  Tell me who to send it to!\");\n"),
                    "1 503 [] |You want me to read your mind?  Tell me who to send it to!|\n");
  ck_assert_str_eq (scan ("What does '421 mean?'\n"), "");
}
END_TEST

/* Shapes of the sets graduated in the middle of session 40: changelogs,
   sources in less common languages, bounce handling in applications.  */
START_TEST (graduated_shapes_40b)
{
  ck_assert_str_eq (scan ("assert.True(t, isPermanentCode(500))\n\tassert.True(t, isPermanentCode(550))\n"), "");
  ck_assert_str_eq (scan ("puts $sock \"550 $path: No such file or directory.\"\n"), "");
  ck_assert_str_eq (scan ("::units::new furlong \"220 yards\"\n"), "");
  ck_assert_str_eq (scan ("The error code translates to an SMTP 500 series message refusal.\n"), "");
  ck_assert_str_eq (scan ("#### 5.1.1 SMTP Client\n"), "");
  ck_assert_str_eq (scan ("#5.7.1 Relaying denied\n"), "1 5.7.1 [] |Relaying denied|\n");
  ck_assert_str_eq (scan ("(rep 552 \"message exceeds fixed message maximum size\")\n"),
                    "1 552 [] |message exceeds fixed message maximum size|\n");
  ck_assert_str_eq (scan ("(respond 500 \"Internal Server Error\")\n"), "");
  ck_assert_str_eq (scan ("(setq x 250 \"ok\")\n"), "");
  /* uniq -c's first row, indented, under which the next rows line up.  */
  ck_assert_str_eq (scan ("    550 sshd\n     23 cron\n      9 kernel\n"), "");
  ck_assert_str_eq (scan ("    550 Mailbox unavailable\n      for this user\n"),
                    "1 550 [] |Mailbox unavailable for this user|\n");
  /* An enhanced code with the word glued on, at a line's start.  */
  ck_assert_str_eq (scan ("554 5.4.14Hop count exceeded - possible mail loop\n"),
                    "1 554 5.4.14 [] |Hop count exceeded - possible mail loop|\n");
  /* A struct's field holds the words.  */
  ck_assert_str_eq (scan ("return smtp.Reply{Code: 550, Message: \"No such user\"}\n"),
                    "1 550 [] |No such user|\n");
  ck_assert_str_eq (scan ("resp := &Response{Code: 451, Text: \"Try again later\"}\n"),
                    "1 451 [] |Try again later|\n");
}
END_TEST

/* Shapes of the sets graduated in session 41.  */
START_TEST (graduated_shapes_44)
{
  /* Dolibarr's log reports the code a server gave after a field: found;
     prose that names one so is not.  */
  ck_assert_str_eq (scan ("2023-09-06 14:02:11 WARNING 172.18.0.1      CMailFile::sendfile: mail SMTP error code 535\n"),
                    "1 535 [] ||\n");
  ck_assert_str_eq (scan ("he got SMTP error code 535\n"), "");
  /* A version bumped with an arrow; but an arrow before a reply.  */
  ck_assert_str_eq (scan ("    - Notable minor version bump: `dovecot 2.3.13 => 2.3.19` (_Previous release)\n"), "");
  ck_assert_str_eq (scan ("postfix 3.5.23 -> 3.7.9\n"), "");
  ck_assert_str_eq (scan ("mx1 => 550 5.1.1 <a@b>: Recipient address rejected\n"),
                    "1 550 5.1.1 [] |<a@b>: Recipient address rejected|\n");
  /* What came of a code, in prose: "suite à", "following".  */
  ck_assert_str_eq (scan ("le traitement tombe en erreur 502 suite à un souci réseau temporaire\n"), "");
  ck_assert_str_eq (scan ("When sending fails with error 502 following a network issue, it stops\n"), "");
  ck_assert_str_eq (scan ("as msmtp does, gets 535 against a relay configured exactly\n"), "");
  /* Round 9: servers' sources.  A callback returns its flag, then the
     reply (the words may open with a variable); but not a row.  */
  ck_assert_str_eq (scan ("    return(0, 552, \"$rcpt Recipient address rejected: bad user\");\n"),
                    "1 552 [] |$rcpt Recipient address rejected: bad user|\n");
  ck_assert_str_eq (scan ("  if ($good) { return 1 } else { return 0, 513, 'Bad recipient.' }\n"),
                    "1 513 [] |Bad recipient.|\n");
  ck_assert_str_eq (scan ("    (534, '$room')\n"), "");
  /* Erlang's list joined into one string; but a pattern, a comparison.  */
  ck_assert_str_eq (scan ("    {stop, normal, [\"421 \", Hostname, \" is too busy\"]}.\n"), "1 421 [] ||\n");
  ck_assert_str_eq (scan ("            {error, [\"554 Error when delivering to \", To]}\n"),
                    "1 554 [] |Error when delivering to|\n");
  ck_assert_str_eq (scan ("I get SMTP 550 Error when sending mail\n"), "");
  ck_assert_str_eq (scan ("-define(ok(S), ?assertReply(S, \"250 \" ++ _)).\n"), "");
  ck_assert_str_eq (scan ("        {ok, [Code|_], C1} when Code =:= \"502\"; Code =:= \"550\" ->\n"), "");
  /* A shell's pattern of a whole reply; calls that send one.  */
  ck_assert_str_eq (scan ("  elif [[ \"$error\" == *\"550 Invalid recipient\"* ]]; then\n"),
                    "1 550 [] |Invalid recipient|\n");
  ck_assert_str_eq (scan ("  $self->send_to_client( $id, '252 Cannot VRFY user, but will accept message' );\n"),
                    "1 252 [] |Cannot VRFY user, but will accept message|\n");
  ck_assert_str_eq (scan ("    $self->send('550', 'Command not recognized');\n"), "1 550 [] ||\n");
  ck_assert_str_eq (scan ("sendStatus('500', 'Internal error')\n"), "");
  ck_assert_str_eq (scan ("    Responding [250 OCaMail greets you]\n"), "1 250 [] |OCaMail greets you]|\n");
  /* Constants, a web framework's answer, HTTP's phrase before a bracket.  */
  ck_assert_str_eq (scan ("    REPLY_READY_TO_START => 220,\n"), "");
  ck_assert_str_eq (scan ("   conn |> send_resp(500, \"Error!!\") |> send_to_parent\n"), "");
  ck_assert_str_eq (scan ("saw \"Internal server error [500]\" and did not know\n"), "");
  /* Round 10: detection rules' patterns (but OSSEC's <match>, the log's
     text as it is), names that end with their code, Go's constants, a
     comparison's or a list's code; a template literal's words.  */
  ck_assert_str_eq (scan ("alert any any -> any any (msg:\"[SENDMAIL] x\"; content:\"reject=553 5.5.4 \"; sid: 5;)\n"), "");
  ck_assert_str_eq (scan ("#alert any any -> any any (msg:\"x\"; content:\"reject=451 4.1.8\"; sid: 6;)\n"), "");
  ck_assert_str_eq (scan ("alert: 550 5.1.1 User unknown\n"), "1 550 5.1.1 [] |User unknown|\n");
  ck_assert_str_eq (scan ("    <pcre2>reject=451 4\\.1\\.8 </pcre2>\n"), "");
  ck_assert_str_eq (scan ("    <match>reject=550 5.7.1 </match>\n"), "1 550 5.7.1 [] ||\n");
  ck_assert_str_eq (scan ("    status_code450 = b\": 450 \"\n"), "");
  ck_assert_str_eq (scan ("\t\t'err421a' => ': 421)',\n"), "");
  ck_assert_str_eq (scan ("ERR_451 = b'451 Requested action aborted'\n"), "1 451 [] |Requested action aborted|\n");
  ck_assert_str_eq (scan ("\tCodeSyntaxError                = 500\n"), "");
  ck_assert_str_eq (scan ("\tC452StorageFull = 452 // Also for \"too many recipients\"\n"),
                    "1 452 [] |// Also for \"too many recipients\"|\n");
  ck_assert_str_eq (scan ("\tif code == 500\n"), "");
  ck_assert_str_eq (scan ("\t\tif( strncmp( messageIn, \"220\", 3 ) != 0)\n"), "");
  ck_assert_str_eq (scan ("        $this->assertStringStartsWith('334 ', $lastResponse);\n"), "");
  ck_assert_str_eq (scan ("\t\t{\"HELO\", \"220\", \"HELO localhost\"},\n"), "");
  ck_assert_str_eq (scan ("            \"334 \",\n"), "1 334 [] ||\n");
  ck_assert_str_eq (scan ("client.emit('bad_code', '421', 'Service unavailable')\n"), "1 421 [] ||\n");
  ck_assert_str_eq (scan ("    this.respond(235, `Authenticated user ${localPart}.`);\n"),
                    "1 235 [] |Authenticated user ${localPart}.|\n");
  /* Japanese prose: "this 550-5.7.26 error", a particle after the code.  */
  ck_assert_str_eq (scan ("この550-5.7.26 Gmailの未認証エラーは、意味しています。\n"), "");
  ck_assert_str_eq (scan ("送信側にエラー450 4.7.1になって送信がブロックされる\n"), "");
}
END_TEST

/* Shapes of the sets graduated in session 45.  */
START_TEST (graduated_shapes_51)
{
  /* PHPMailer's error fields joined by commas, the code's field at a
     line's start after the detail's line break; but where its "SMTP
     code: 530" follows, that one counts (once).  */
  ck_assert_str_eq (scan (",530,SMTP server error: MAIL FROM command failed Detail: Client was "
                          "not authenticated\n"),
                    "1 530 [] |SMTP server error: MAIL FROM command failed Detail: Client was not "
                    "authenticated|\n");
  ck_assert_str_eq (scan ("failed,Denied ,550,SMTP server error: MAIL FROM command failed Detail: "
                          "Denied SMTP code: 550\n"), "1 550 [] ||\n");
  /* Round 31: a test server's own println, whose words read as prose;
     but not System.out.println's note.  A delivery log's row kept as a
     test's data, the code between a field and its words; but not an
     HTTP row.  */
  ck_assert_str_eq (scan ("\t    println(\"501 response not base64\");\n"),
                    "1 501 [] |response not base64|\n");
  ck_assert_str_eq (scan ("System.out.println(\"354 reply not received from server.\");\n"), "");
  ck_assert_str_eq (scan ("Entry(3, accepted, \"B\", \"550\", \"invalid recipient\", \"track-3\"),\n"),
                    "1 550 [] ||\n");
  ck_assert_str_eq (scan ("(\"7/20/2026 3:07PM\", \"ja\", \"D\", \"250\", \"ok\"),\n"), "1 250 [] ||\n");
  ck_assert_str_eq (scan ("(\"GET\", \"/x\", \"500\", \"Internal Server Error\")\n"), "");
  /* Round 32: a webhook's URL-encoded body; a host hidden with
     asterisks in fetchmail's session as a web archive escapes it, but
     not a banner's frame; Erlang's joined words; NNTP's, prose's and
     an ellipsis's codes stay silent, but a doctest's elided bytes.  */
  ck_assert_str_eq (scan ("%22diag%22%3A%22smtp%3B550+5.1.1+The+email+account+does+not+exist.%22%7D\n"),
                    "1 550 5.1.1 [] |The email account does not exist.|\n");
  /* Decoded in place after markdown's escapes; decoded once only: the
     copy's own "%3B551+" stays encoded.  */
  ck_assert_str_eq (scan ("smtp%3B550+5.1.1+Mailbox+5\\.1\\.1+full\n"), "1 550 5.1.1 [] |Mailbox full|\n");
  ck_assert_str_eq (scan ("%253B551%2B%3B550+5.1.1+Mailbox+full\n"), "1 550 5.1.1 [] |Mailbox full|\n");
  ck_assert_str_eq (scan ("fetchmail: SMTP&lt; 220 ********* Microsoft ESMTP MAIL Service ready\n"),
                    "1 220 [] |********* Microsoft ESMTP MAIL Service ready|\n");
  ck_assert_str_eq (scan ("fetchmail: SMTP&lt; 250-*********** Hello [*********]\n"),
                    "1 250 [] |*********** Hello [*********]|\n");
  ck_assert_str_eq (scan ("      571 *** MESSAGE FILE END test-queue-file3.tmp ***\n"), "");
  ck_assert_str_eq (scan ("    {noreply, reply(250, ServerDomain ++ \" You have reached an SMTP service\",\n"),
                    "1 250 [] |You have reached an SMTP service|\n");
  ck_assert_str_eq (scan ("421 no next article in this group\n"), "");
  ck_assert_str_eq (scan ("// \xE4\xBD\xBF\xE7\x94\xA8\xE6\xAD\xA4\xE6\x96\xB9\xE6\xB3\x95\xE4\xBC\x9A"
                          "\xE6\x9C\x89\xE6\x8A\xA5\xE9\x94\x99:553 \xE6\x83\x85\xE5\x86\xB5\n"), "");
  ck_assert_str_eq (scan ("if there was a hard bounce (a \"500\" error type, i.e. SMTP permanent error)\n"), "");
  ck_assert_str_eq (scan ("550 Error type unknown\n"), "1 550 [] |Error type unknown|\n");
  ck_assert_str_eq (scan ("(e.g. a two-line '535-...' / '535 ...' rejection)\n"), "");
  ck_assert_str_eq (scan ("    b'250 ...'\n"), "1 250 [] |...|\n");
  /* Round 33: a space escaped after the code, as expect scripts and
     shells write it; a host whose first part reads as a unit; a call's
     keyword argument that is an enhanced code alone, but not a bounce's
     record with its reply.  */
  ck_assert_str_eq (scan ("expect -- \"250\\ OK\"\n"), "1 250 [] |OK|\n");
  ck_assert_str_eq (scan ("regex='250\\ 2\\.0\\.0\\ ([0-9A-Za-z]*)\\ Message\\ accepted\\ for\\ delivery'\n"),
                    "1 250 2.0.0 [] |([0-9A-Za-z]*) Message accepted for delivery|\n");
  ck_assert_str_eq (scan ("# 220 sec-hardy-amd64.strandboge.com ESMTP Exim 4.69\n"),
                    "1 220 [] |sec-hardy-amd64.strandboge.com ESMTP Exim 4.69|\n");
  ck_assert_str_eq (scan ("timeout 500 sec-long\n"), "");
  ck_assert_str_eq (scan ("\t\t\t\t\tincoming.increment(dsn: \"2.0.0\", status: \"queued\")\n"), "");
  ck_assert_str_eq (scan (".package(url: \"https://example.com/a.git\", .upToNextMajor(from: \"4.0.1\")),\n"), "");
  ck_assert_str_eq (scan ("bounce(status=\"4.2.2\", diagnostic=\"smtp; 452 Mailbox full\")\n"),
                    "1 4.2.2 [] |, diagnostic=\"smtp; 452 Mailbox full\"|\n1 452 [] |Mailbox full|\n");
  /* Round 34: qmail's tail with a subject no registry has; a line that
     opens with a provider's code of three-digit detail, its words in
     another language, but not a release's version; an operand of a
     conditional.  */
  ck_assert_str_eq (scan ("vexiterr (EXIT_BOUNCE, \"Auto re-creation of maildir failed. (#5.9.9)\");\n"),
                    "1 5.9.9 [] |vexiterr (EXIT_BOUNCE, \"Auto re-creation of maildir failed.|\n");
  ck_assert_str_eq (scan ("4.7.500 Palvelin on varattu, yrit\xC3\xA4 my\xC3\xB6hemmin uudelleen\n"),
                    "1 4.7.500 [] |Palvelin on varattu, yrit\xC3\xA4 my\xC3\xB6hemmin uudelleen|\n");
  ck_assert_str_eq (scan ("2.6.100 release notes\n"), "");
  ck_assert_str_eq (scan ("4.5.3 \xD0\xA2\xD0\xB2\xD1\x8A\xD1\x80\xD0\xB4\xD0\xB5 (AS780090)\n"),
                    "1 4.5.3 [] |\xD0\xA2\xD0\xB2\xD1\x8A\xD1\x80\xD0\xB4\xD0\xB5 (AS780090)|\n");
  ck_assert_str_eq (scan ("5.1.1 Einf\xC3\xBChrung\n"), "");
  ck_assert_str_eq (scan ("str_printfa(str, \"Status: %s\\r\\n\", full ? \"5.2.2\" : \"5.2.0\");\n"), "");
}
END_TEST

START_TEST (graduated_shapes_52)
{
  /* Round 36: a Qt server's words in C++'s braces, after another
     argument or alone; a client's test that expects a code for each
     command it sends is no reply, but a server's words about a command
     are, and an EHLO reply's keywords.  */
  ck_assert_str_eq (scan ("    sendCommand(client, 503, {\"Bad sequence of commands\"});\n"),
                    "1 503 [] |Bad sequence of commands|\n");
  ck_assert_str_eq (scan ("sendCommand(client, 354, {\"End data with <CR><LF>.<CR><LF>\"});\n"),
                    "1 354 [] |End data with <CR><LF>.<CR><LF>|\n");
  ck_assert_str_eq (scan ("            expect(250, \"HELO alice\")\n"
                          "            expect(250, \"RCPT TO: <${message.toAddress}>\")\n"
                          "            expect(354, \"DATA\")\n"), "");
  ck_assert_str_eq (scan ("new SmtpResponse(501, \"EHLO Missing domain address.\");\n"),
                    "1 501 [] |EHLO Missing domain address.|\n");
  ck_assert_str_eq (scan ("  reply(250, \"AUTH LOGIN PLAIN\")\n"), "1 250 [] |AUTH LOGIN PLAIN|\n");
  ck_assert_str_eq (scan ("  reply(250, \"STARTTLS\")\n"), "1 250 [] |STARTTLS|\n");
  ck_assert_str_eq (scan ("  expect(250, \"MAIL FROM:<a@b>\")\n  expect(250, \"RSET\")\n"), "");
  /* Round 37: a milter's reply code with no enhanced code, or with C's
     casts; a greylisting server's DEFER action in a string, its words
     ending with the string.  */
  ck_assert_str_eq (scan ("    smfi_setreply(ctx, \"550\", NULL, \"Reject: Invalid One Time Address\");\n"),
                    "1 550 [] ||\n");
  ck_assert_str_eq (scan ("\t\tsmfi_setreply (ctx, (char *) \"550\", (char *) \"5.1.1\", (char *) \"No such "
                          "user\");\n"), "1 550 5.1.1 [] |No such user|\n");
  ck_assert_str_eq (scan ("smfi_setreply(ctx, (char*)\"451\", (char*)\"4.7.1\", (char*)\"Try later\");\n"),
                    "1 451 4.7.1 [] |Try later|\n");
  ck_assert_str_eq (scan ("String DEFER = \"DEFER 4.2.0 Greylisted, please come back later.\";\n"),
                    "1 4.2.0 [] |Greylisted, please come back later.|\n");
  ck_assert_str_eq (scan ("x = \"REJECT 5.7.1 Access denied\";\n"), "1 5.7.1 [] |Access denied|\n");
  /* A call of a type named for replies, its arguments on lines of their
     own; but not after a paragraph that the call's line folded into.  */
  ck_assert_str_eq (scan ("        mailin::response::Response::custom(\n"
                          "            250,\n"
                          "            format!(\"2.0.0 Ok: queued as {}\", message.id),\n"
                          "        ),\n"), "1 250 2.0.0 [] |Ok: queued as {}|\n");
  ck_assert_str_eq (scan ("Some prose about mail.\n"
                          "      |> TestServer.on(\n"
                          "        \"HELO x\\r\\n\",\n"
                          "        \"250 myserver.com\\r\\n\"\n"
                          "      )\n"), "4 250 [] |myserver.com|\n");
  /* Round 39: a provider's reply quoted whole in a table's cell, its
     words starting with "from"; but prose's "code 250 from the ...".  */
  ck_assert_str_eq (scan ("| `501 from domain not trusted` | \xD0\x94\xD0\xBE\xD0\xBC\xD0\xB5\xD0\xBD |\n"),
                    "1 501 [] |from domain not trusted|\n");
  ck_assert_str_eq (scan ("the code 250 from the Exchange server\n"), "");
  /* Round 40: a Postfix access table's replies after their keys; but
     not after a timestamp.  A Korean particle glued to a code makes a
     noun of it; a word after a space may be the server's.  */
  ck_assert_str_eq (scan ("localhost 554 You are not localhost\n"), "1 554 [] |You are not localhost|\n");
  ck_assert_str_eq (scan ("2016-12-12T04:14:09.782Z 501 TID-1u5770 INFO: fail: 30.026 sec\n"), "");
  ck_assert_str_eq (scan ("\xEC\x98\xA4\xEB\xA5\x98 450 4.4.312\xEB\xA5\xBC \xEC\x88\x98\xEC\xA0\x95?\n"), "");
  ck_assert_str_eq (scan ("550 5.1.1 \xEC\x9D\xB4\xEB\xA9\x94\xEC\x9D\xBC\n"),
                    "1 550 5.1.1 [] |\xEC\x9D\xB4\xEB\xA9\x94\xEC\x9D\xBC|\n");
}
END_TEST

START_TEST (graduated_shapes_53)
{
  /* Round 41: FTP's replies with RFC 959's texts, listed alone; SMTP's
     texts for the same codes are replies.  */
  ck_assert_str_eq (scan ("\t- 220 Service ready for new user.\n"), "");
  ck_assert_str_eq (scan ("452 Requested action not taken. Insufficient storage space in system.\n"), "");
  ck_assert_str_eq (scan ("452 Requested action not taken: insufficient system storage\n"),
                    "1 452 [] |Requested action not taken: insufficient system storage|\n");
  /* Error in French, Italian and Portuguese before a preposition and a
     word, in Dutch and in Turkish; but not a port in the same shape.  */
  ck_assert_str_eq (scan ("msgstr \"Erreur de communications  [334]  - Assurez-vous\"\n"),
                    "1 334 [] |Assurez-vous\"|\n");
  ck_assert_str_eq (scan ("Errore di invio 550 5.1.1 utente sconosciuto\n"),
                    "1 550 5.1.1 [] |utente sconosciuto|\n");
  ck_assert_str_eq (scan ("Erreur d'authentification 535 refus\xC3\xA9" "e\n"),
                    "1 535 [] |refus\xC3\xA9" "e|\n");
  ck_assert_str_eq (scan ("Erro de conex\xC3\xA3o 421 tente mais tarde\n"),
                    "1 421 [] |tente mais tarde|\n");
  ck_assert_str_eq (scan ("Communicatie Fout [334] - Wees er zeker\n"), "1 334 [] |Wees er zeker|\n");
  ck_assert_str_eq (scan ("Ba\xC4\x9Flant\xC4\xB1 Hatas\xC4\xB1 [334] - g\xC3\xB6nderen\n"),
                    "1 334 [] |g\xC3\xB6nderen|\n");
  ck_assert_str_eq (scan ("Erreur de port 587\n"), "");
  /* Round 42: a test's record that names the server's line; a server's
     words about HELO; a list of replies under a line of prose, each of
     its own, where a multiline reply's lines stay one; the value an
     assertion compares; a regular expression's group in an enhanced
     code.  */
  ck_assert_str_eq (scan ("{ 'from': 'remote', 'line': '220 testing-smtp' },\n"), "1 220 [] |testing-smtp|\n");
  ck_assert_str_eq (scan ("size: '552 bytes'\n"), "");
  ck_assert_str_eq (scan ("        return this.respond(501, \"HELO requires domain/address\");\n"),
                    "1 501 [] |HELO requires domain/address|\n");
  ck_assert_str_eq (scan ("   I'm getting these error messages:\n"
                          "        553 MX list for domain.net points back to relay.domain.net\n"
                          "        554 <user@domain.net>... Local configuration error\n"),
                    "1 553 [] |MX list for domain.net points back to relay.domain.net|\n"
                    "3 554 [] |<user@domain.net>... Local configuration error|\n");
  ck_assert_str_eq (scan ("The server said:\n"
                          "   550-5.7.26 This mail is unauthenticated.\n"
                          "   550 5.7.26 Please authenticate.\n"),
                    "1 550 5.7.26 [] |This mail is unauthenticated. Please authenticate.|\n");
  ck_assert_str_eq (scan ("    VASSERT_EQ(\"Code\", 354, resp->getCode());\n"), "");
  ck_assert_str_eq (scan ("#\tFREE.STEALTH.MAILER@\t550 Spam not accepted\n"), "1 550 [] |Spam not accepted|\n");
  ck_assert_str_eq (scan ("#\tFrom:1.2.3.4\t550 Die spammer\n"), "1 550 [] |Die spammer|\n");
  ck_assert_str_eq (scan ("# 25 550 bytes\n"), "");
  ck_assert_str_eq (scan ("postfix/smtpd: NOQUEUE: milter-reject: MAIL from x: 451 4\\.(7\\.1 Service unavailable|3\\.2"
                          " AV system overloaded)\n"), "");
  /* Round 43: a milter's reply whose words are in a variable; a Markdown
     anchor, a compiled enum, a record's next field, libwww-perl's 501
     and a unit of power are no replies.  */
  ck_assert_str_eq (scan ("    smfi_setreply(ctx, \"550\", \"5.7.1\", buf);\n"), "1 550 5.7.1 [] ||\n");
  ck_assert_str_eq (scan ("  - [4.5.1 Zona de resoluci\xC3\xB3n Directa](#451-zona-de-resoluci\xC3\xB3n-directa)\n"), "");
  ck_assert_str_eq (scan ("    E[E[\"NUMERIC_VALUE_OUT_OF_RANGE\"] = 220] = \"NUMERIC_VALUE_OUT_OF_RANGE\";\n"), "");
  ck_assert_str_eq (scan ("// 252, messageTime: 1386, messageSize: 678, response: '250 Ok'\n"), "1 250 [] |Ok|\n");
  ck_assert_str_eq (scan ("Server Response: 550, response: 5.7.1 Unable to relay\n"),
                    "1 550 [] |response: 5.7.1 Unable to relay|\n1 5.7.1 [] |Unable to relay|\n");
  ck_assert_str_eq (scan ("  501 Protocol scheme 'https' is not supported\n"), "");
  ck_assert_str_eq (scan ("    ( hp      \"550 ft lbf/s\"         \"Horsepower\")\n"), "");
  /* Round 44: arithmetic, but not a reply whose enhanced code follows a
     dash.  */
  ck_assert_str_eq (scan ("        $key = str_repeat('%', 250 - 7 - \\strlen($chars));\n"), "");
  ck_assert_str_eq (scan ("host said: 550 - 5.1.1 User unknown\n"), "1 550 5.1.1 [] |User unknown|\n");
  /* A Lua comment under its condition, a statement of its own.  */
  ck_assert_str_eq (scan ("  elseif string.match(response, \"^550\") then\n"
                          "    -- 550 User Unknown\n"
                          "    return STATUS_CODES.UNKNOWN\n"), "2 550 [] |User Unknown|\n");
  /* Round 45: a host named after an enhanced code, but qmail's
     underscores; OpenDKIM's set_reply under its condition; a prefix
     compared with strncmp.  */
  ck_assert_str_eq (scan ("proto=SMTP helo=<4.4.0_dsn>\n"), "");
  ck_assert_str_eq (scan ("qmail: delivery 2: failure: No_such_address.__#5.1.1_/\n"),
                    "1 5.1.1 [] |_/|\n");
  ck_assert_str_eq (scan ("\tif bodylen > canonlen + 120 then\n"
                          "\t\todkim.set_reply(ctx, \"554\", \"\",\n"
                          "\t\t                \"Too much data after DKIM-protected body\")\n"), "2 554 [] ||\n");
  ck_assert_str_eq (scan ("\t\t} while (strncmp(smtpreply, \"250-\", 4) == 0);\n"), "");
  /* Perl's array of a reply's lines, as Net::Cmd sets them.  */
  ck_assert_str_eq (scan ("  } or $self->set_status(500, [\"Need MIME::Base64 and Authen::SASL todo auth\"]),"
                          " return 0;\n"), "1 500 [] |Need MIME::Base64 and Authen::SASL todo auth|\n");
  /* HTTP's reason after a quote, in Python's tuple of a status.  */
  ck_assert_str_eq (scan ("    INTERNAL_SERVER_ERROR = (500, 'Internal Server Error',\n"), "");
}
END_TEST

START_TEST (graduated_shapes_54)
{
  /* Round 47: a code followed by its own RFC text is a reply quoted,
     wherever it stands; FTP's shared texts (500 to 503) only where the
     line names SMTP.  */
  ck_assert_str_eq (scan ("6003104 || [OSSEC] Level 6 - Attepmt to use mail server as relay"
                          " (550: Requested action not taken). (sendmail_rules.xml:syslog,sendmail)\n"),
                    "1 550 [] |Requested action not taken|\n");
  ck_assert_str_eq (scan ("\\item[250] Requested mail action okay. El comando pedido al servidor.\n"),
                    "1 250 [] |Requested mail action okay. El comando pedido al servidor.|\n");
  ck_assert_str_eq (scan ("\\item[500] Syntax error, command unrecognized. El servidor SMTP no"
                          " soporta este comando.\n"),
                    "1 500 [] |Syntax error, command unrecognized. El servidor SMTP no soporta este comando.|\n");
  ck_assert_str_eq (scan ("that represents a 421 Service not available, closing transmission channel"
                          " response.\n"),
                    "1 421 [] |Service not available, closing transmission channel response.|\n");
  ck_assert_str_eq (scan ("(000175) 1/5/2022 19:04:11 PM - (not logged in) (1.2.3.4)> 530 Login or"
                          " password incorrect!\n(007069) 19.06.2024 01:03:09 - (not logged in)"
                          " (1.2.3.4)> 500 Syntax error, command unrecognized.\n"), "");
  /* A code in brackets pairs with the enhanced code after them; a reply
     in parentheses ends with them, nested ones included.  */
  ck_assert_str_eq (scan ("[451] 4.3.0 Error: queue file write error\n"),
                    "1 451 4.3.0 [] |Error: queue file write error|\n");
  ck_assert_str_eq (scan ("the server answers (550 User unknown), the gateway immediately rejects\n"),
                    "1 550 [] |User unknown|\n");
  ck_assert_str_eq (scan ("status=sent (250 2.0.0 from MTA(smtp:[127.0.0.1]:10025): Ok: queued as 4JhJX)\n"),
                    "1 250 2.0.0 [] |from MTA(smtp:[127.0.0.1]:10025): Ok: queued as 4JhJX|\n");
  /* An OpenSMTPD filter's decision printed by its source; a milter's
     reply parts kept in variables and constants, but not a constant
     that names no part.  */
  ck_assert_str_eq (scan ("\t\tfmt.Printf(\"filter-result|%s|%s|disconnect|550 your IP reputation"
                          " is too low for this MX\\n\", token, sessionId)\n"),
                    "1 550 [] |your IP reputation is too low for this MX|\n");
  ck_assert_str_eq (scan ("    char *rcode = \"451\";\n    char *xcode = \"4.6.0\";\n"
                          "#define\tDMARC_REJECT_SMTP\t\"550\"\n#define\tDMARC_REJECT_ESC\t\"5.7.1\"\n"),
                    "1 451 [] ||\n2 4.6.0 [] ||\n3 550 [] ||\n4 5.7.1 [] ||\n");
  ck_assert_str_eq (scan ("static const char *DMARC_REJECT_SMTP = \"550\";\n"), "1 550 [] ||\n");
  ck_assert_str_eq (scan ("desc = \"5.7.1\";\n"), "");
  ck_assert_str_eq (scan ("const ERROR_TRANSACTION_FAILED = \"554\";\n"), "");
  /* Round 48: a standard text quoted after the code where the line
     names an MTA; FTP's security exchange, a street address, BASIC's
     comparisons and a designated initializer's index.  */
  ck_assert_str_eq (scan ("\xE3\x81\xA8\xE3\x81\x84\xE3\x81\x86 MTA \xE3\x81\xAF 501"
                          " \"Syntax error in parameters or arguments\" \xE3\x82\x92\n"),
                    "1 501 [] |Syntax error in parameters or arguments|\n");
  ck_assert_str_eq (scan ("        if resp[:9] in ('235 ADAT=', '335 ADAT='):\n"), "");
  ck_assert_str_eq (scan ("    $tx->content( %content, \"address\" => \"500 Any street\" );\n"), "");
  ck_assert_str_eq (scan ("  If $hSession.LastCode <> \"250\" Then Error.Raise(\"EHLO failed\")\n"
                          "    If $hSession.LastCode = \"334\" Then\n"), "");
  ck_assert_str_eq (scan ("\t[  421 ] = { \"ADDRESSEE\", \"rcp\" },\n"), "");
}
END_TEST

START_TEST (graduated_shapes_55)
{
  /* Round 49: a code alone in the last cell of a table's row is a
     value the row gives, whatever an earlier cell says; but not a row of
     one cell that splits a reply.  */
  ck_assert_str_eq (scan ("| `TWIKOO_THROTTLE` | IP \xE8\xBF\x94\xE5\x9B\x9E\xE9\x94\x99\xE8\xAF\xAF | `250` |\n"), "");
  ck_assert_str_eq (scan ("| X | returns error | 550 |\n"), "");
  ck_assert_str_eq (scan ("| 421 |\n4.4.0 Problem attempting to execute commands. Please try again later\n"),
                    "1 421 [] ||\n2 4.4.0 [] |Problem attempting to execute commands. Please try again later|\n");
  /* HTTP's "Internal Error" after a 500; an SMTP reply may say it with
     another code.  */
  ck_assert_str_eq (scan ("mensagem de erro \"Request Failed (code 500, Internal Error)\" O erro\n"), "");
  ck_assert_str_eq (scan ("451 Internal error\n"), "1 451 [] |Internal error|\n");
  /* Round 50: CDDB's answer to a query; the first alternative of a
     pattern whose next one is a class of codes.  */
  ck_assert_str_eq (scan (" *      211 Found inexact matches, list follows (until terminating `.')\n"), "");
  ck_assert_str_eq (scan ("\".*?(?:^|\\\\n)(?:451|50[023]|554)\\\\s\",\n"), "");
  ck_assert_str_eq (scan ("host said: 211 System status ok\n"), "1 211 [] |System status ok|\n");
}
END_TEST

START_TEST (graduated_shapes_56)
{
  /* Round 51: Python's block under "else:" holds statements, not the
     folded lines of a field: constants alone stay silent, each reply
     counts on its own line; Postfix's defer_if_permit before an
     enhanced code.  */
  ck_assert_str_eq (scan ("        else:\n"
                          "            rejectAction = '5.7.24'\n"
                          "            deferAction = '4.7.24'\n"), "");
  ck_assert_str_eq (scan ("            else:\n"
                          "                rejectAction = '550 5.7.23'\n"
                          "                deferAction = 'defer_if_permit 4.7.24'\n"),
                    "2 550 5.7.23 [] ||\n3 4.7.24 [] ||\n");
  /* A field's value still folds: "Diagnostic-Code:" is no keyword.  */
  ck_assert_str_eq (scan ("Diagnostic-Code:\n    smtp; 550 5.1.1 User unknown\n"),
                    "1 550 5.1.1 [] |User unknown|\n");
  /* EHLO's 8BITMIME, no count, on an indented line.  */
  ck_assert_str_eq (scan ("  250 8BITMIME\n"), "1 250 [] |8BITMIME|\n");
  ck_assert_str_eq (scan ("  250 8 messages\n"), "");
  /* A code and its enhanced code given as an example in prose, without
     a reply's words; with them, a reply.  */
  ck_assert_str_eq (scan ("MTA \xE9\x94\x99\xE8\xAF\xAF\xE4\xBB\xA3\xE7\xA0\x81\xE5\xA6\x82 550 5.1.1 ,"
                          "\xE7\x94\xB1\xE4\xB8\xA4\xE5\xA4\xA7\xE9\x83\xA8\xE4\xBB\xBD\xE7\xBB\x84\xE6\x88\x90\n"), "");
  ck_assert_str_eq (scan ("\xE4\xBB\xA5 550 5.1.1 \xE4\xB8\xBA\xE4\xBE\x8B,550 \xE4\xB8\xBA SMTP "
                          "\xE4\xBB\xA3\xE7\xA0\x81, 5.1.1\xE4\xB8\xBA DSN \xE4\xBB\xA3\xE7\xA0\x81\n"), "");
  ck_assert_str_eq (scan ("bounces such as 558 5.7.1 Message content rejected due to suspected spam.\n"),
                    "1 558 5.7.1 [] |Message content rejected due to suspected spam.|\n");
  /* A string that holds a whole multiline reply ends it there: the next
     line's reply is its own; a reply written a string per line goes on.  */
  ck_assert_str_eq (scan ("    return b\"250-PIPELINING\\r\\n250 OK\\r\\n\"\n"
                          "    return b\"250 2.1.0 OK\\r\\n\"\n"),
                    "1 250 [] |PIPELINING|\n2 250 2.1.0 [] |OK|\n");
  ck_assert_str_eq (scan ("\"250-mail.example.com\\r\\n\"\n\"250 SIZE 1000\\r\\n\"\n"),
                    "1 250 [] |mail.example.com SIZE 1000|\n");
  /* Round 52: a glossary's heading, a code after a word, over the code's
     RFC text; FTP's texts of 500 to 503 only under a heading that names
     SMTP or an MTA; not across a blank line, nor other words.  */
  ck_assert_str_eq (scan ("SMTP 421\nService not available, closing transmission channel. Esta respuesta\n"),
                    "1 421 [] |Service not available, closing transmission channel. Esta respuesta|\n");
  ck_assert_str_eq (scan ("SMTP 500\nSyntax error, command unrecognized.\n"),
                    "1 500 [] |Syntax error, command unrecognized.|\n");
  ck_assert_str_eq (scan ("MTA 500\nSyntax error, command unrecognized.\n"),
                    "1 500 [] |Syntax error, command unrecognized.|\n");
  ck_assert_str_eq (scan ("Error 500\nSyntax error, command unrecognized.\n"), "");
  ck_assert_str_eq (scan ("SMTP 421\n\nService not available, closing transmission channel.\n"), "");
  ck_assert_str_eq (scan ("Page 421\nService unknown\n"), "");
}
END_TEST

START_TEST (graduated_shapes_50)
{
  /* Round 28: a web application's status before the database's error;
     a version installed; the choices of a setting in brackets; but a
     reply after "ERROR:", and choices that are a code and its words.  */
  ck_assert_str_eq (scan ("[2018-04-12 01:52:43] production.ERROR: 500 - SQLSTATE[HY000] [2002] "
                          "php_network_getaddresses: getaddrinfo failed\n"), "");
  ck_assert_str_eq (scan ("ERROR: 500 - Syntax error, command unrecognized\n"),
                    "1 500 [] |Syntax error, command unrecognized|\n");
  ck_assert_str_eq (scan ("Upgraded from `^5.2` to `^5.6.1` (installed: `5.7.0`). Fixes 5 CVEs:\n"), "");
  ck_assert_str_eq (scan ("`verifyreceivers`: `<450 | 550>` ::\n"), "");
  ck_assert_str_eq (scan ("reject_code: (450 | 550)\n"), "");
  ck_assert_str_eq (scan ("(421 | Too many connections)\n"), "1 421 [] |Too many connections|\n");
  /* Momentum's Sieve action that sets the reply.  */
  ck_assert_str_eq (scan ("      ec_action 451 \"temporary issue while running avscan\"\n"),
                    "1 451 [] |temporary issue while running avscan|\n");
  /* Round 29: PHP's print_r of a stack frame; a test's array of an
     enhanced code alone; patterns of whole replies, in PowerMTA's
     configuration and Perl's rules, but not a path or a request.  */
  ck_assert_str_eq (scan ("    [line] => 450\n"), "");
  ck_assert_str_eq (scan ("assert.deepStrictEqual(entries.status, ['5.1.1']);\n"), "");
  ck_assert_str_eq (scan ("reply /450 Requested action aborted/ mode=backoff\n"),
                    "1 450 [] |Requested action aborted|\n");
  ck_assert_str_eq (scan ("[ (qr/552 recipient storage full/) ],\n"),
                    "1 552 [] |recipient storage full|\n");
  ck_assert_str_eq (scan ("see /500 Internal/foo\n"), "");
  ck_assert_str_eq (scan ("GET /550 HTTP/1.1\n"), "");
  /* Round 30: sqlmap's count of HTTP statuses, a PHP list of enhanced
     codes; a reply's words in brackets still count.  */
  ck_assert_str_eq (scan ("500 (Internal Server Error) - 2675 times\n"), "");
  ck_assert_str_eq (scan ("550 (Mailbox unavailable)\n"), "1 550 [] |(Mailbox unavailable)|\n");
  ck_assert_str_eq (scan ("    $list = [\n        '5.0.0',\n        '5.1.1', // bad destination mailbox\n"), "");
}
END_TEST

START_TEST (graduated_shapes_49)
{
  /* Round 25: a mailer's logged tuple, the reply's words Postfix's
     "Ok:"; a client's "Error:" message after the code it expected stays
     silent.  */
  ck_assert_str_eq (scan ("INFO - a@qq.com 邮件发送成功！延时5 (0, True, 250, 'Ok: queued as ')\n"),
                    "1 250 [] |Ok: queued as|\n");
  ck_assert_str_eq (scan ("(29, True, 250, 'Mail OK queued as mx10,PMCow 1574671155')\n"),
                    "1 250 [] |Mail OK queued as mx10,PMCow 1574671155|\n");
  ck_assert_str_eq (scan ("#0 smtp.php(147): Mail\\Smtp->handleReply(Resource id #9, 235, "
                          "'Error: Password...') #1\n"), "");
  /* Round 26: notebooks' outputs, requests' response and IPython's
     traceback arrow; a log's arrow before a reply still counts.  */
  ck_assert_str_eq (scan ("       \"<Response [503]>\"\n"), "");
  ck_assert_str_eq (scan ("--> 220                 self.connect()\n    221 \n"), "");
  ck_assert_str_eq (scan ("----> 252         data = list(self[:REPR_OUTPUT_SIZE + 1])\n"), "");
  ck_assert_str_eq (scan ("--> 220 mail.example.com ESMTP\n"), "1 220 [] |mail.example.com ESMTP|\n");
  /* Round 27: a code named in a condition, in Spanish prose, and an
     error in lower case that happened somewhere; a server's words.  */
  ck_assert_str_eq (scan ("Si vous voyez toujours l'erreur 535, le problème est le mot de passe.\n"), "");
  ck_assert_str_eq (scan ("If you still see error 535, the problem is the password.\n"), "");
  ck_assert_str_eq (scan ("  a. If the SES rate limit is exceeded, SES responds with code: 454, "
                          "response: \"Throttling failure\"\n"),
                    "1 454 [] |response: \"Throttling failure\"|\n");
  ck_assert_str_eq (scan ("El error 535 de Gmail indica que las credenciales no son aceptadas.\n"), "");
  ck_assert_str_eq (scan ("- Fix: 421 error on all web and mail domains after Apache 2.4.64 update\n"), "");
  ck_assert_str_eq (scan ("Dec 12 10:00:01 mx x] 552 Error in local delivery\n"),
                    "1 552 [] |Error in local delivery|\n");
}
END_TEST

START_TEST (graduated_shapes_48)
{
  /* Round 24: a call that sets a reply, its arguments on the lines
     below (pymilter's setreply), and the line of its own numbered with
     the call's even after a line that only closes brackets; a list
     opened with '(' keeps its items apart.  */
  ck_assert_str_eq (scan ("            self.setreply(\n                \"550\", xcode=\"5.7.1\","
                          " msg=\"Reply authentication failed.\"\n            )\n"),
                    "1 550 5.7.1 [] |Reply authentication failed.|\n");
  ck_assert_str_eq (scan ("    smtp.sendmail(\n        sender, rcpt, msg\n    )\n"
                          "    raise SMTPResponseException(\n        550, \"5.1.1 User unknown\"\n    )\n"),
                    "4 550 5.1.1 [] |User unknown|\n");
  ck_assert_str_eq (scan ("my @replies = (\n    \"550 User unknown\",\n    \"250 Ok\",\n);\n"),
                    "2 550 [] |User unknown|\n3 250 [] |Ok|\n");
  /* A pair called a failure code, and an alternative in parentheses;
     ScalaTest's prefix; the pin priorities in a Debian bug report.  */
  ck_assert_str_eq (scan ("should return a 550 5.1.1 failure code if the mailbox doesn't\n"), "");
  ck_assert_str_eq (scan ("exist, and a 450 4.7.1 (or possibly 550 5.7.1) failure code if the mailbox\n"), "");
  ck_assert_str_eq (scan ("    reply should startWith (\"250 \")\n"), "");
  ck_assert_str_eq (scan ("  APT policy: (500, 'unstable'), (1, 'experimental')\n"), "");
  ck_assert_str_eq (scan ("smtplib.SMTPRecipientsRefused: {'a@example.com': (550, b'5.1.1 User unknown')}\n"),
                    "1 550 5.1.1 [] |User unknown|\n");
}
END_TEST

START_TEST (system_text_shapes_50)
{
  /* Perl's library: its Unicode tables list numbers one a line, codes
     among others ("448", "452", "660"), in tab-separated rows ("731\t\t220")
     and as hashes' values and keys ('java' => 550, 'Unicode' => '4.0.0',
     "500 => "); but a field that names a code keeps its reply, and a
     code alone between lines of words is still one.  */
  ck_assert_str_eq (scan ("187\n443\n444\n448\n452\n660\n661\n1488\n"), "");
  ck_assert_str_eq (scan ("384\n452\n461\n497\n500\n688\n"), "");
  ck_assert_str_eq (scan ("730\t\t230\n731\t\t220\n"), "");
  ck_assert_str_eq (scan ("    'java' => 550,\n"), "");
  ck_assert_str_eq (scan ("'Unicode' => '4.0.0',\n"), "");
  ck_assert_str_eq (scan ("500 => \n"), "");
  ck_assert_str_eq (scan ("smtp_code => 250,\n"), "1 250 [] ||\n");
  ck_assert_str_eq (scan ("dsn => '5.7.1',\n"), "1 5.7.1 [] ||\n");
  ck_assert_str_eq (scan ("AUTH LOGIN\n334\n"), "2 334 [AUTH] ||\n");
  /* Net::FTP's comment quotes FTP's answer to FEAT, as curl -v shows it;
     hMailServer's 211 to HELP is SMTP's.  */
  ck_assert_str_eq (scan ("    # 211-Features:\n    #  MDTM\n    # 211 End\n"), "");
  ck_assert_str_eq (scan ("< 211-Features:\n<  EPSV\n< 211 End\n"), "");
  ck_assert_str_eq (scan ("211 DATA HELO EHLO MAIL NOOP QUIT RCPT RSET SAML TURN VRFY\n"),
                    "1 211 [] |DATA HELO EHLO MAIL NOOP QUIT RCPT RSET SAML TURN VRFY|\n");
}
END_TEST

START_TEST (system_text_shapes_48)
{
  /* Text of the kind a system's documentation and headers hold: a merge
     request's number in release notes, a compound's unit, a number alone
     in a table's cell, in angle brackets or as an array's index, a
     negative constant after tabs, a test run's counts, a table of
     versions, a standard's section.  */
  ck_assert_str_eq (scan (" - !250 Application replace\n"), "");
  ck_assert_str_eq (scan ("  521-bit curve defined by FIPS 186-4 and SEC1\n"), "");
  ck_assert_str_eq (scan ("<td style=\"text-align:right;\">251</td>\n"), "");
  ck_assert_str_eq (scan ("  [211] = \"<211>\", [212] = \"<212>\",\n"), "");
  ck_assert_str_eq (scan ("#define RXGEN_DECODE\t\t-454\n"), "");
  ck_assert_str_eq (scan ("== 3 failed, 250 passed in 2.31s ==\n"), "");
  ck_assert_str_eq (scan ("SINHALA: 271596 out of 271847 tests passed. 251 failed (0.09%)\n"), "");
  ck_assert_str_eq (scan ("    2.1.2           2.1.1       2002        PSF         yes\n"), "");
  ck_assert_str_eq (scan (" *\tPOSIX Standard: 5.1.2 Directory Operations\t<dirent.h>\n"), "");
  ck_assert_str_eq (scan ("Section: 5.1.2 Directory Operations\n"), "");
  ck_assert_str_eq (scan ("In chapter 5.2.2 Mailbox full is described\n"), "");
  /* Manual pages: a bound compared, a size in bytes in Korean or
     Chinese.  */
  ck_assert_str_eq (scan ("500 <= P < 990\n"), "");
  ck_assert_str_eq (scan ("  Data:    550 <= x <= 599\n"), "");
  ck_assert_str_eq (scan ("512 바이트 블록으로 파일 크기를 이루는 매체에\n"), "");
  ck_assert_str_eq (scan ("512 字节\n"), "");
  /* Python's sources: a string or a number multiplied.  */
  ck_assert_str_eq (scan ("        reads = [b'x' * 500, b'y' * 500, b'z' * 500]\n"), "");
  ck_assert_str_eq (scan ("        self.assertRaises(SyntaxError, eval, \"f'{\" + \"(\"*500 + \"}'\")\n"), "");
  /* Their neighbours stay replies: a multiline reply's dash, a reply
     after a count's sentence, an enhanced code alone before words, a
     reply after a tab, in Markdown's emphasis, after a prompt's star.  */
  ck_assert_str_eq (scan ("550-bad recipient\n550 5.1.1 User unknown\n"), "1 550 5.1.1 [] |bad recipient User unknown|\n");
  ck_assert_str_eq (scan ("2 messages sent, 550 5.1.1 User unknown\n"), "1 550 5.1.1 [] |User unknown|\n");
  ck_assert_str_eq (scan ("5.1.1 User unknown\n"), "1 5.1.1 [] |User unknown|\n");
  ck_assert_str_eq (scan ("status:\t550 5.7.1 Relaying denied\n"), "1 550 5.7.1 [] |Relaying denied|\n");
  ck_assert_str_eq (scan ("it says \"*550 No such mailbox found*\"\n"), "1 550 [] |No such mailbox found*\"|\n");
  ck_assert_str_eq (scan ("REPLY * 501 AUTH exchange cancelled by client\n"),
                    "1 501 [] |AUTH exchange cancelled by client|\n");
}
END_TEST

START_TEST (graduated_shapes_47)
{
  /* Round 20: a prefix that replies are matched against, Rust's and
     Ruby's; "reason:" before a code whose words open with an address;
     a log's empty brackets before a reply, which Markdown's links are
     not.  */
  ck_assert_str_eq (scan ("        assert!(out.starts_with(\"220 \"), \"no greeting\");\n"), "");
  ck_assert_str_eq (scan ("    if line.start_with?(\"250 \")\n"), "");
  ck_assert_str_eq (scan ("host: mx.example.de (192.0.2.50) reason: 550 192.0.2.10 is not allowed to send mail\n"),
                    "1 550 [] |192.0.2.10 is not allowed to send mail|\n");
  ck_assert_str_eq (scan ("a@example.it -> - [][] 550 Error: no such user\n"), "1 550 [] |Error: no such user|\n");
  ck_assert_str_eq (scan ("see ![554][554] for more\n"), "");
  /* German prose after a code; a clause after its comma.  */
  ck_assert_str_eq (scan ("Fehler 451 deutet in der Regel auf Greylisting hin\n"), "");
  ck_assert_str_eq (scan ("    /// Unknown verb gets 500, then QUIT still works\n"), "");
  /* Words aligned by spaces; a template's expression before the words.  */
  ck_assert_str_eq (scan ("    writeStatus(221,  \"Bye\", \"2.0.0\")\n"), "1 221 2.0.0 [] |Bye|\n");
  ck_assert_str_eq (scan ("    sendStatus(220, \"${InetAddress.getLocalHost()} Service ready\")\n"),
                    "1 220 [] |${InetAddress.getLocalHost()} Service ready|\n");
  ck_assert_str_eq (scan ("    sendStatus(220, \"${host}\")\n"), "");
  /* Round 21: a row's enhanced code before its reply, which a number's
     thousands are not; a web request's status that GoTrue logs beside
     the reply it got, as key=value pairs or as JSON; a pattern's
     wildcard, a comparison with a quoted pair, a default after a
     logical or (a wiki table's "||" is none).  */
  ck_assert_str_eq (scan ("b,2026-01-01T00:00:02Z,a@example.com,failed,5.1.1,550 no user,abc\n"),
                    "1 550 5.1.1 [] |no user,abc|\n");
  ck_assert_str_eq (scan ("total 1,550 messages\n"), "");
  ck_assert_str_eq (scan ("msg=\"500: Error sending magic link\" error=\"gomail: could not send email 1: 554"
                          " Message rejected\" method=POST path=/magiclink\n"),
                    "1 554 [] |Message rejected\" method=POST path=/magiclink|\n");
  ck_assert_str_eq (scan ("{\"error\":\"gomail: could not send email 1: 554 Message rejected\",\"method\":\"POST\","
                          "\"msg\":\"500: Error sending recovery email\",\"path\":\"/recover\"}\n"),
                    "1 554 [] |Message rejected\",\"method\":\"POST\",\"msg\":\"500: Error sending recovery"
                    " email\",\"path\":\"/recover\"}|\n");
  ck_assert_str_eq (scan ("reject: .*: 554.* blocked using\n"), "");
  ck_assert_str_eq (scan ("if line == \"550 5.1.1\":\n"), "");
  ck_assert_str_eq (scan ("latencyMs: parseInt(process.env.LATENCY_MS) || 500, multiplier: parseFloat(x) || 1.5,\n"),
                    "");
  ck_assert_str_eq (scan ("|| `452` | `5.5.3` | `Maximum limit of <N> recipients reached` ||\n"),
                    "1 452 [] ||\n1 5.5.3 [] || `Maximum limit of <N> recipients reached` |||\n");
  /* A web page's numeric entity for the address's bracket; Chinese "the
     failure message is" before a reply, and "error" after a code.  */
  ck_assert_str_eq (scan ("NOQUEUE: reject: RCPT from unknown[192.0.2.254]: 550 &#60;a@example.net&#62;: Recipient"
                          " address rejected\n"),
                    "1 550 [] |&#60;a@example.net&#62;: Recipient address rejected|\n");
  ck_assert_str_eq (scan ("失败信息为 550 Sender frequency limited。\n"), "1 550 [] |Sender frequency limited。|\n");
  ck_assert_str_eq (scan ("由於各種問題而傳回 SMTP 501 錯誤,主要與收件者的電子郵件地址語法有關。\n"), "");
  /* Round 22: a clause that says what a quoted pair is.  */
  ck_assert_str_eq (scan ("I have looked up `550 5.7.1`, it is indicating that your receipts were spam.\n"), "");
  ck_assert_str_eq (scan ("a sender gets `550 5.6.7`, and a recipient gets it too.\n"),
                    "1 550 5.6.7 [] ||\n");
}
END_TEST

START_TEST (graduated_shapes_46)
{
  /* Round 16: Go's unexported constants hold a code alone.  */
  ck_assert_str_eq (scan ("\tcodeRejected               = 550\n"), "");
  ck_assert_str_eq (scan ("\tCodeSyntaxError = 500\n"), "");
  /* FTP's words in a reply sent by a call: RFC 4217's AUTH TLS,
     vsftpd's refusal of a login, the ftp client's hang-up.  */
  ck_assert_str_eq (scan ("    session.inbound.sendall(\"500 AUTH TLS not understood\\r\\n\")\n"), "");
  ck_assert_str_eq (scan ("    session.inbound.sendall(\"501 Syntax error\\r\\n\")\n"),
                    "1 501 [] |Syntax error|\n");
  ck_assert_str_eq (scan ("        client_sock.sendall(b\"530 Login incorrect.\\r\\n\")\n"), "");
  ck_assert_str_eq (scan ("        client_sock.sendall(b\"530 Authentication required\\r\\n\")\n"),
                    "1 530 [] |Authentication required|\n");
  ck_assert_str_eq (scan ("421 Service not available, remote server has closed connection\n"), "");
  /* An enhanced code that opens a quoted string of a server's words.  */
  ck_assert_str_eq (scan ("  assert_output --partial '5.7.1 Gtube pattern'\n"), "1 5.7.1 [] |Gtube pattern|\n");
  ck_assert_str_eq (scan ("  assert_output --partial '5.7.1'\n"), "");
  /* A count of milliseconds is no FTP reply that names the line.  */
  ck_assert_str_eq (scan ("Delivery queue Transcript: 550 I cannot deliver mail [215 ms]\n"),
                    "1 550 [] |I cannot deliver mail [215 ms]|\n");
  ck_assert_str_eq (scan ("said: 550 Mailbox unavailable 215 UNIX Type: L8\n"), "");
  /* An expectation of the host that opens a reply to EHLO.  */
  ck_assert_str_eq (scan ("# Expected: 250-cucho1.phalkons.com\n"), "1 250 [] |cucho1.phalkons.com|\n");
  ck_assert_str_eq (scan ("# Expected: 250-299\n"), "");
  /* Round 17: a log that wraps a quoted reply before its string closes;
     a name of an enhanced code before the words; Swift's enumeration;
     French and Spanish "si" after a code.  */
  ck_assert_str_eq (scan ("level=debug msg=\"Read line\" line=\"220 mx2.example.com Welcome to our mail server - Improv\n"),
                    "1 220 [] |mx2.example.com Welcome to our mail server - Improv|\n");
  ck_assert_str_eq (scan ("level=debug msg=\"Read line\" line=\"220 mx2.example.com\n"), "");
  ck_assert_str_eq (scan ("new SmtpReply(251, SmtpReply.EnhancedStatusCode.classPermanentFailure, \"User not local.\")\n"),
                    "1 251 [] |User not local.|\n");
  ck_assert_str_eq (scan ("    case authenticationFailed = 535\n"), "");
  ck_assert_str_eq (scan ("// Retourne une erreur 503 si la base n'est pas disponible\n"), "");
  /* Round 18: a clause of prose after a code and its comma; an HTTP
     error in a Python bytes string.  */
  ck_assert_str_eq (scan ("500, although errors never seem to occur\n"), "");
  ck_assert_str_eq (scan ("550, mailbox unavailable\n"), "1 550 [] |mailbox unavailable|\n");
  ck_assert_str_eq (scan ("    raise Error(501, b\"not implemented\")\n"), "");
  ck_assert_str_eq (scan ("    raise SMTPError(501, b\"Syntax error in parameters\")\n"),
                    "1 501 [] |Syntax error in parameters|\n");
  /* Round 19: Perl's words joined to a variable with " . ".  */
  ck_assert_str_eq (scan ("    $self->_sendReply(220, $self->service_name . ' SMTP service ready');\n"),
                    "1 220 [] |SMTP service ready|\n");
  ck_assert_str_eq (scan ("    $self->_sendReply(220, $self->service_name);\n"), "");
  /* Session 46's review: RFC 4217's other mechanism, and the verbs of a
     comment that says what a code does.  */
  ck_assert_str_eq (scan ("    session.inbound.sendall(\"500 AUTH SSL not understood\\r\\n\")\n"), "");
  ck_assert_str_eq (scan ("    // code 421 closes SMTP session\n"), "");
  ck_assert_str_eq (scan ("    421 terminates Session\n"), "");
}
END_TEST

START_TEST (graduated_shapes_45)
{
  /* Round 11: a code quoted for Go's c.Write, its words in the next
     string; words built by a call that formats them.  */
  ck_assert_str_eq (scan ("\t\t\t\tc.Write(\"221\", \"Idle timeout, bye bye\")\n"), "1 221 [] ||\n");
  ck_assert_str_eq (scan ("\tc.WriteResponse(501, fmt.Sprintf(\"Invalid Command %q\", command))\n"),
                    "1 501 [] |Invalid Command %q|\n");
  ck_assert_str_eq (scan ("                Reply::new(250, format!(\"Hello {}\", domain))\n"),
                    "1 250 [] |Hello {}|\n");
  ck_assert_str_eq (scan ("\tc.WriteResponse(501, fmtSprintf(\"Invalid Command %q\", command))\n"), "");
  /* A key's closing quote is no quote around the code: a table's value.  */
  ck_assert_str_eq (scan ("\tEnhancedStatusCode{ClassSuccess, \".6.8\"}:      252,\n"), "");
  ck_assert_str_eq (scan ("\"foo\": 252,\n"), "");
  ck_assert_str_eq (scan ("\"responseCode\": 535,\n"), "1 535 [] ||\n");
  /* A constant holds a code alone; another a whole reply.  */
  ck_assert_str_eq (scan ("  public const string ERROR_TRANSACTION_FAILED = \"554\";       \n"), "");
  ck_assert_str_eq (scan ("  public const string GREETING_220 = \"220 localhost Smtp\";\n"),
                    "1 220 [] |localhost Smtp|\n");
  /* An FTP server's reply that names its command, CRLF or not.  */
  ck_assert_str_eq (scan ("      response='250 CWD command successful.\\r\\n';\n"), "");
  ck_assert_str_eq (scan ("      response='250 Message accepted.\\r\\n';\n"), "1 250 [] |Message accepted.|\n");
  /* What a comment says a code does.  */
  ck_assert_str_eq (scan ("      // code 421 disconnects SMTP session immediately\n"), "");
  /* Round 12: Chinese prose after a code span; an API's exception after
     a code SMTP has not; patterns' alternatives; an elided struct.  */
  ck_assert_str_eq (scan ("*   **\xE5\x93\x8D\xE5\xBA\x94\xE4\xBB\xA3\xE7\xA0\x81:**  `220` "
                          "\xE8\xA1\xA8\xE7\xA4\xBA\xE8\xBF\x9E\xE6\x8E\xA5\n"), "");
  ck_assert_str_eq (scan ("|| `400 BadRequestException: sender is not allowed` | x ||\n"), "");
  ck_assert_str_eq (scan ("        <or>550 |553 |501 </or>\n"), "");
  ck_assert_str_eq (scan ("  \"^(451|550) [45]\\\\.1\\\\.[1234] \",\n"), "");
  ck_assert_str_eq (scan ("\\fBpostfix-logwatch --reject_reply_pat '421 4.. 5.. Warn'\n"), "");
  ck_assert_str_eq (scan ("- `&smtp.SMTPError{Code: 550, ...}` is an error\n"), "");
  ck_assert_str_eq (scan ("    (250, ...)\n"), "1 250 [] |...|\n");
  /* Round 13: Haskell's respond applied to its arguments, Pascal's
     words added to a quoted code, KumoMTA's reject; silent: a test's
     expectation of a code alone, Scheme's lists of codes, a code span
     that prose names.  */
  ck_assert_str_eq (scan ("respond500 con        = respond con 500 \"Syntax error, command not recognized\"\n"),
                    "1 500 [] |Syntax error, command not recognized|\n");
  ck_assert_str_eq (scan ("respond220 con domain = respond con 220 $ domain ++ \" Service ready\"\n"),
                    "1 220 [] |$ domain ++ \" Service ready\"|\n");
  ck_assert_str_eq (scan ("    ASender.Thread.Connection.WriteLn('500'+ ' Address is refused');\n"), "1 500 [] ||\n");
  ck_assert_str_eq (scan ("      kumo.reject(550, 'We do not send spam')\n"), "1 550 [] |We do not send spam|\n");
  ck_assert_str_eq (scan ("      test.expect(response.code, \"220\");\n"), "");
  ck_assert_str_eq (scan ("           ((250 251)     ; OK; Will forward\n"), "");
  ck_assert_str_eq (scan ("           ((354)))                     ; Start data input\n"), "");
  ck_assert_str_eq (scan ("and will yield an SMTP `535` failed authentication response\n"), "");
  /* Round 14: a server's "Error," after its enhanced code; a name added
     before the words; silent: a test's Contains, an empty string for
     words, IMAP's EXISTS, constants and manifests' versions.  */
  ck_assert_str_eq (scan ("            /* 18 */ \"535 5.7.8 Error, authentication failed: {0}\",\n"),
                    "1 535 5.7.8 [] |Error, authentication failed: {0}|\n");
  ck_assert_str_eq (scan ("it returns 500 error, then\n"), "");
  ck_assert_str_eq (scan ("    this.reply(220, this.options.hostname + ' ESMTP microMTA');\n"),
                    "1 220 [] |ESMTP microMTA|\n");
  ck_assert_str_eq (scan ("\tassert.Contains(t, response, \"354\")\n"), "");
  ck_assert_str_eq (scan ("    assert Sendgrid.deliver(email, config) == {:error, {500, \"\"}}\n"), "");
  ck_assert_str_eq (scan ("* 250 EXISTS\n"), "");
  ck_assert_str_eq (scan ("    public const ERRONEOUS_RECIPIENT_ENHANCED_CODE = '5.1.1';\n"), "");
  ck_assert_str_eq (scan ("        \"libmime\": \"5.4.1\",\n"), "");
  ck_assert_str_eq (scan ("  \"enhanced-code\": \"5.1.1\",\n"), "1 5.1.1 [] ||\n");
  /* Round 15: a server's capital after a colon, though its first word
     names a unit; but a count's unit, a rate.  */
  ck_assert_str_eq (scan ("rejected because of: 550 Messages should have one or no Subject headers\n"),
                    "1 550 [] |Messages should have one or no Subject headers|\n");
  ck_assert_str_eq (scan ("Total: 550 Messages\n"), "");
  ck_assert_str_eq (scan ("   - Zoho Free: 250 E-Mails/Tag\n"), "");
}
END_TEST

START_TEST (graduated_shapes_43)
{
  /* A code that a call named for SMTP or a reply sends with its words;
     go-smtp's NoEnhancedCode between them; pyspf's result tuples.  */
  ck_assert_str_eq (scan ("\t\tsmtp_reply (str, 501, \"%s requires domain address\",\n"),
                    "1 501 [] |%s requires domain address|\n");
  ck_assert_str_eq (scan ("  smtp_io_send (smtp->iob, 221, \"Bye\");\n"), "1 221 [] |Bye|\n");
  ck_assert_str_eq (scan ("\tc.writeResponse(354, NoEnhancedCode, \"Go ahead. End your data\")\n"),
                    "1 354 [] |Go ahead. End your data|\n");
  ck_assert_str_eq (scan ("    ('fail', 550, 'SPF fail - not authorized')\n"),
                    "1 550 [] |SPF fail - not authorized|\n");
  ck_assert_str_eq (scan ("#1 smtp.php(147): Mail\\Smtp->handleReply(Resource id #9, 235, 'Error: Password...')\n"), "");
  ck_assert_str_eq (scan ("\tlpRequest.HrResponseHeader(501, \"Not Implemented\");\n"), "");
  /* A test that expects a whole reply; but not a code alone.  */
  ck_assert_str_eq (scan ("assertTrue(r.startsWith(\"535\"), \"Expected 535 Authentication credentials invalid, got: $r\")\n"),
                    "1 535 [] |Authentication credentials invalid, got: $r\"|\n");
  ck_assert_str_eq (scan ("Expected response code 250 but got code \"\", with message \"\"\n"), "");
  /* Source that names a code: a match arm, an enumeration, a Lisp
     comparison and pair, a range of cases, the code a client expects
     after its command, a Rust constant; NNTP's GROUP answer.  */
  ck_assert_str_eq (scan ("  | 250 -> go recipients\n"), "");
  ck_assert_str_eq (scan ("  $mock_smtp->{failaddr}{'permfail@example.com'} = [ 552 => 'Permanent FOAD' ];\n"),
                    "1 552 [] |=> 'Permanent FOAD' ];|\n");
  ck_assert_str_eq (scan ("\t'CantSaveSettings': 501,\n"), "");
  ck_assert_str_eq (scan ("\t'Time500ms': 500,\n"), "");
  ck_assert_str_eq (scan ("\t\t(= (nth 1 err) 535))\n"), "");
  ck_assert_str_eq (scan ("    (\"helo\"          (\"250\" . \"next\"))\n"), "");
  ck_assert_str_eq (scan ("        250 - 251 {\n"), "");
  ck_assert_str_eq (scan ("        if (!$this->sendCommand('DATA', 'DATA', 354)) {\n"), "");
  ck_assert_str_eq (scan ("\tresult = net_client_smtp_execute(client, \"DATA\", 354, NULL, error);\n"), "");
  ck_assert_str_eq (scan ("    if code != ReplyCode::_220 {\n"), "");
  ck_assert_str_eq (scan ("@4000 delivery 7: success: Remote_host_said:_250_2.0.0_OK/\n"),
                    "1 250 2.0.0 [] |_OK/|\n");
  ck_assert_str_eq (scan ("  // servers can send us stuff like \"211 0 41 40 nz.netstatus\"\n"), "");
  /* A DSN's status quoted in a program's object; the code after an
     smtplib error's name, as a test hands both to a mock.  */
  ck_assert_str_eq (scan ("status: '5.0.0',\n"), "1 5.0.0 [] ||\n");
  ck_assert_str_eq (scan ("status: '5.0.0\n"), "");   /* the quote never closes */
  ck_assert_str_eq (scan ("            smtplib.SMTPSenderRefused, 552,\n"), "1 552 [] ||\n");
  /* Postfix's status before a reply in words of the server's own; nmap's
     fingerprints, spaces written "\x20"; nmap's table head is no FTP
     command.  */
  ck_assert_str_eq (scan ("status=sent (250 Virus Detected; Discarded Email)\n"),
                    "1 250 [] |Virus Detected; Discarded Email|\n");
  ck_assert_str_eq (scan ("SF:r(NULL,18,\"220\\x20Mail\\x20Service\\x20ready\\r\\n\")\n"),
                    "1 220 [] |Mail Service ready|\n");
  ck_assert_str_eq (scan ("PORT   STATE SERVICE VERSION\n|     220 InFreight ESMTP v2.11\n"),
                    "2 220 [] |InFreight ESMTP v2.11|\n");
  /* Prose that names a code with the protocol's name as an adjective;
     a table of HTTP's statuses; Snort's limits of command lines.  */
  ck_assert_str_eq (scan ("rather than relying on an SMTP 454 error to halt the sending\n"), "");
  ck_assert_str_eq (scan ("Add a middleware to return a SMTP 421 \"Service unavailable\"\n"),
                    "1 421 [] |Service unavailable|\n");
  ck_assert_str_eq (scan ("500 | INTERNAL SERVER ERROR | |\n"), "");
  ck_assert_str_eq (scan ("   ETRN:246 EVFY:255 EXPN:255 HELO:500 HELP:500\n"), "");
  ck_assert_str_eq (scan ("error SMTP:550\n"), "1 550 [] ||\n");
  /* An address without angle brackets before the server's words.  */
  ck_assert_str_eq (scan ("remote mail server \xE2\x80\x93 541 me@mysite.com : Recipient address rejected\n"),
                    "1 541 [] |me@mysite.com : Recipient address rejected|\n");
  /* A provider's export of bounces as comma-separated values; SendGrid's
     quoted qmail-style status; a page's ellipsis before the words; the
     end of Python's slice.  */
  ck_assert_str_eq (scan ("2020-06-07 14:30:28,a@b.org,delivery temporarily suspended: No route to host,4.4.1\n"),
                    "1 4.4.1 [] ||\n");
  ck_assert_str_eq (scan ("numpy,1.2.3,pandas,2.0.0,scipy\n"), "");
  ck_assert_str_eq (scan ("5.3.0 - Other mail system problem 552-'#5.3.4 message header size exceeds limit'\n"),
                    "1 5.3.0 [] |Other mail system problem 552-'#5.3.4 message header size exceeds limit'|\n"
                    "1 552 5.3.4 [] |message header size exceeds limit|\n");
  ck_assert_str_eq (scan ("5.7.1 ... Postmaster Address Not Allowed from ...\n"),
                    "1 5.7.1 [] |... Postmaster Address Not Allowed from ...|\n");
  ck_assert_str_eq (scan ("change `body[:500]` to `body[:2000]`\n"), "");
  /* A table of contents; a build's dependency.  */
  ck_assert_str_eq (scan ("   5.1.1 Common Syntax .....................................   19\n"), "");
  ck_assert_str_eq (scan ("    implementation(\"org.eclipse.angus:angus-mail:2.0.3\")\n"), "");
}
END_TEST

START_TEST (graduated_shapes_42)
{
  /* Sendmail's status glued to "$@"; the milter API's reply set apart
     from its words; a policy server's action, in its source too.  */
  ck_assert_str_eq (scan ("R$* $| <$*> $=w\t\t$#error $@5.7.1 $:\"550 bogus HELO name used: \" $&s\n"),
                    "1 550 5.7.1 [] |bogus HELO name used:|\n");
  ck_assert_str_eq (scan ("R$* $@5.7.1\n"), "");
  ck_assert_str_eq (scan ("self.setreply('450','4.7.1', message)\n"), "1 450 4.7.1 [] |message|\n");
  ck_assert_str_eq (scan ("STDOUT->print(\"action=550 DNS Blacklisted. REJECTED\\n\\n\");\n"),
                    "1 550 [] |DNS Blacklisted. REJECTED|\n");
  ck_assert_str_eq (scan ("reaction=550 units\n"), "");
  /* Haraka's DSN module takes the code last, quoted or not.  */
  ck_assert_str_eq (scan ("next(DENYSOFT, DSN.sec_unauthorized(this.cfg.main.text || '', '451'))\n"),
                    "1 451 [] ||\n");
  ck_assert_str_eq (scan ("return next(DENY, DSN.proto_unspecified('Mail transaction in progress', 503))\n"),
                    "1 503 [] ||\n");
  ck_assert_str_eq (scan ("assertEqual(code, 503)\n"), "");
  /* A count of characters in German; an enumeration's number in a
     comment; a code as an identifier's argument.  */
  ck_assert_str_eq (scan ("$maxEmail = str_repeat('a', 240) . '@example.com'; // 252 Zeichen\n"), "");
  ck_assert_str_eq (scan ("XML_DTD_CONTENT_ERROR, /* 503 */\n"), "");
  ck_assert_str_eq (scan ("if (IsPEARError($this->_parseResponse(250))) {\n"), "");
  /* rspamd's quoted word in a reply's words; a code after an article,
     with a provider's words after it; a pair named in apposition.  */
  ck_assert_str_eq (scan ("die Fehlermeldung:\n4.7.1 Ratelimit \"user\" exceeded\n"),
                    "2 4.7.1 [] |Ratelimit \"user\" exceeded|\n");
  ck_assert_str_eq (scan ("If a request gets a 5.2.2 bounce message due to mailbox full, wait\n"), "");
  ck_assert_str_eq (scan ("Add \"550; 5.7.515\", the new error code of Microsoft #341\n"), "");
  ck_assert_str_eq (scan ("host said: \"550 5.1.1\", then quit\n"), "1 550 5.1.1 [] ||\n");
  /* PHP joins a reply's words with '.'; a bracket padded with a space,
     the enhanced code last; a log call whose name ends in "Error";
     vsftpd's and pyftpdlib's words.  */
  ck_assert_str_eq (scan ("\tswrite($socket,'221 '.$servername.' closing control connexion.');\n"),
                    "1 221 [] ||\n");
  ck_assert_str_eq (scan ("SEND( 550, \"Relay not allowed.\"); break;\n"), "1 550 [] |Relay not allowed.|\n");
  ck_assert_str_eq (scan ("respond( 503, \"Will not authenticate for LMTP\", \"5.5.0\" );\n"),
                    "1 503 5.5.0 [] |Will not authenticate for LMTP|\n");
  ck_assert_str_eq (scan ("writeError(ERR_DEBUG_MODULE, \"[%s] Login attempt failed (535).\", MODULE_NAME);\n"), "");
  ck_assert_str_eq (scan ("self.assertEqual(self.client.sendcmd(\"rmd tmp\"), \"250 Directory removed.\")\n"), "");
  ck_assert_str_eq (scan ("self.respond(\"550 Could not get file size.\")\n"), "");
  /* A string that starts with a code and a capitalized modal; but a
     question is none.  A quoted code, then its quoted enhanced code
     after a label.  */
  ck_assert_str_eq (scan ("self.push(\"451 Will not accept multiple recipients in one transaction\")\n"),
                    "1 451 [] |Will not accept multiple recipients in one transaction|\n");
  ck_assert_str_eq (scan ("return \"500 What do you think you're trying to pull here?\";\n"), "");
  ck_assert_str_eq (scan ("racl greylist default code \"451\" ecode \"4.7.1\"\n"), "1 451 4.7.1 [] ||\n");
}
END_TEST

START_TEST (graduated_shapes_41)
{
  /* A merged pull request's subject, a ticket's number, a street.  */
  ck_assert_str_eq (scan ("450 updates (#518)\n"), "");
  ck_assert_str_eq (scan ("  450 consume meal plan product (#514)\n"), "");
  ck_assert_str_eq (scan ("550 5.1.1 user unknown (#5.1.1)\n"), "1 550 5.1.1 [] |user unknown (#5.1.1)|\n");
  ck_assert_str_eq (scan ("[#7207] ticket:552 refactoring get_default_branch\n"), "");
  ck_assert_str_eq (scan ("mailed to=20\n421 105th st SW Everett WA 98204\n"), "");
  /* POP3's LIST after its status line; a test that says what a code
     does; an API's error object with a code SMTP has not.  */
  ck_assert_str_eq (scan ("LIST\n+OK 3 messages:\n1 501\n2 1035\n3 550\n.\n"), "");
  ck_assert_str_eq (scan ("+OK\n550 5.1.1 no such user\n"), "2 550 5.1.1 [] |no such user|\n");
  ck_assert_str_eq (scan ("- Add test: userResponse 503 throws with clear error message\n"), "");
  ck_assert_str_eq (scan ("{msg: 'busy', code: 405, message: 'try later'}\n"), "");
  /* A log parser's pattern with a space class after "said:"; sendmail's
     status between "$@" and "$:"; a reply after a Japanese sentence.  */
  ck_assert_str_eq (scan ("host (?P<client>${client}) said:\\s\n    421 Temporary failure, please try again later\n"),
                    "1 421 [] |Temporary failure, please try again later|\n");
  ck_assert_str_eq (scan ("\xE4\xB8\x8D\xE8\x83\xBD\xE3\x80\x82 451 Requested action aborted: local error\n"),
                    "1 451 [] |Requested action aborted: local error|\n");
  /* Python's bytes before the enhanced code; an issue's number, NNTP
     named, a table's rate, a count beside a code, Korean and Spanish
     prose after one.  */
  ck_assert_str_eq (scan ("RCPT TO error: 550 b\"5.1.1 The email account does not exist\"\n"),
                    "1 550 5.1.1 [] |The email account does not exist|\n");
  ck_assert_str_eq (scan ("#550: fixed SIMD status message for ARM CRC\n"), "");
  ck_assert_str_eq (scan ("Handle NNTP error code 451 (#2808)\n"), "");
  ck_assert_str_eq (scan ("    essentials: {\n      500: 0.05,\n"), "");
  ck_assert_str_eq (scan ("said: 550: 5.7.1 Relay denied\n"), "1 550 5.7.1 [] |Relay denied|\n");
  ck_assert_str_eq (scan ("404 89\n500 15\n"), "");
  ck_assert_str_eq (scan ("503 \xEC\x83\x81\xED\x83\x9C\xEB\x8A\x94\n"), "");
  ck_assert_str_eq (scan ("los logs indican ERROR 504 y desde la propiedad\n"), "");
  /* A lookup table's action: Postfix's access(5) rows.  */
  ck_assert_str_eq (scan ("/@[0-9]{3}\\.com$/         550 Stick this in your pipe\n"),
                    "1 550 [] |Stick this in your pipe|\n");
  ck_assert_str_eq (scan ("spammer.example\t550 Go away\n"), "1 550 [] |Go away|\n");
  /* A greeting that Cisco's SMTP fixup masked; MDaemon's alarm stays none.  */
  ck_assert_str_eq (scan ("220 *********0*****************************2*****\n"),
                    "1 220 [] |*********0*****************************2*****|\n");
  ck_assert_str_eq (scan ("2019-06-15T09:25:35.815Z,TLSBLOM,08D6,2,192.1.1.150:60029,<,220 ********************,\n"),
                    "1 220 [] |********************,|\n");
  ck_assert_str_eq (scan ("500 **** ALERT **** disk full\n"), "");
  /* CommuniGate's log of what it sends; not prose that counts.  */
  ck_assert_str_eq (scan ("21:30:43 4 SMTP-509(desk98) Sending 250 192.0.2.214 cannot verify desk98\\r\\n\n"),
                    "1 250 [] |192.0.2.214 cannot verify desk98|\n");
  ck_assert_str_eq (scan ("We are sending 250 newsletters\n"), "");
  /* Microsoft's "Status code: 550", a code HTTP has not; HTTP's 503.  */
  ck_assert_str_eq (scan ("Recipient server rejected email. Status code: 550\n"), "1 550 [] ||\n");
  ck_assert_str_eq (scan ("HTTP status code 503\n"), "");
  /* Postfix's milter-reject whose milter gave no words.  */
  ck_assert_str_eq (scan ("postfix/cleanup[2]: 8A49: milter-reject: END-OF-MESSAGE from mx.example[192.0.2.1]: 4.7.1  ; from=<a@b>\n"),
                    "1 4.7.1 [] |; from=<a@b>|\n");
  /* Python's f-string after a code; MailEnable's HELP; a call that gives
     the enhanced code as its last argument; sendmail's reply text after
     "$:", quoted or opening with a macro.  */
  ck_assert_str_eq (scan ("self.sendCode(250, f\"mx.example Hello {arg}\")\n"), "1 250 [] |mx.example Hello {arg}|\n");
  ck_assert_str_eq (scan ("raise_error(450, bar, baz)\n"), "");
  /* smtplib's bytes pasted with a word processor's quote.  */
  ck_assert_str_eq (scan ("smtplib.SMTPDataError: (550, b\xE2\x80\x99" "5.7.60 SMTP; Client does not have permissions\n"),
                    "1 550 5.7.60 [] |SMTP; Client does not have permissions|\n");
  ck_assert_str_eq (scan ("10:40:08\tSMTP-IN\tE3703C\t748\t192.0.2.200\tHELP\tHELP\t211 Help:->Supported Commands: HELO,EHLO\t77\n"),
                    "1 211 [] |Help:->Supported Commands: HELO,EHLO|\n");
  ck_assert_str_eq (scan ("$self->send_(421, \"Maximum number of connections exceeded.\", \"4.3.2\");\n"),
                    "1 421 4.3.2 [] |Maximum number of connections exceeded.|\n");
  ck_assert_str_eq (scan ("R<NG>\t\t$#error $@ 5.7.0 $: 550 $&{client_addr} Access Denied\n"),
                    "1 550 5.7.0 [] |$&{client_addr} Access Denied|\n");
  ck_assert_str_eq (scan ("R<MX> $*\t$#TEMP $@ 4.4.0 $: \"450 Can not check MX records\" $1\n"),
                    "1 450 4.4.0 [] |Can not check MX records|\n");
  /* An element that quotes output (Recog's fingerprints); go-smtp's log
     fields.  */
  ck_assert_str_eq (scan ("    <example>500 No way!</example>\n"), "1 500 [] |No way!|\n");
  ck_assert_str_eq (scan ("level=error err=\"Relay access denied\" code=454 enhancedCode=471\n"),
                    "1 454 [] |enhancedCode=471|\n");
  /* The closing tags around a reply are not its words; markup inside
     them stays.  */
  ck_assert_str_eq (scan ("<td><code>550 5.1.1 User unknown</code></td>\n"), "1 550 5.1.1 [] |User unknown|\n");
  ck_assert_str_eq (scan ("<p>550 5.1.1 <a@b.example>: Recipient address rejected</p>\n"),
                    "1 550 5.1.1 [] |<a@b.example>: Recipient address rejected|\n");
  ck_assert_str_eq (scan ("<td>550 see <b>here</b></td>\n"), "1 550 [] |see <b>here</b></td>|\n");
  /* A code called a greeting in prose.  */
  ck_assert_str_eq (scan ("# these on; postscreen speaks the\n# 220 greeting itself to run them\n"), "");
  /* Other protocols' reason phrases; a size in French.  */
  ck_assert_str_eq (scan (" * Returns: 204 No Content on success\n"), "");
  ck_assert_str_eq (scan ("It sends \"500 Server Internal Error\" for some errors\n"), "");
  ck_assert_str_eq (scan ("instance 1 will return error message \xE2\x80\x9C" "430 No Such Article Found\xE2\x80\x9D.\n"), "");
  ck_assert_str_eq (scan ("    reply = parse_reply(\"552 Unrecognized command\")\n"), "");
  ck_assert_str_eq (scan ("\t\t\"500 Ko\"  => \"512000\",\n"), "");
  /* A code called an error in Russian.  */
  ck_assert_str_eq (scan ("- **500 \xD0\xBE\xD1\x88\xD0\xB8\xD0\xB1\xD0\xBA\xD0\xB0**: http://localhost:8000/test/500/\n"), "");
}
END_TEST

/* Shapes found in the misses of the sets graduated in session 38.  */
START_TEST (graduated_misses_38)
{
  /* A web archive's escaped marks before a code: fetchmail's prompts.  */
  ck_assert_str_eq (scan ("fetchmail: SMTP&gt; RSET\nfetchmail: SMTP&lt; 250 flushed\n"),
                    "2 250 [] |flushed|\n");
  ck_assert_str_eq (scan ("fetchmail: SMTP&lt; 220 mizar.example.com.ua \n"),
                    "1 220 [] |mizar.example.com.ua|\n");
  ck_assert_str_eq (scan ("fetchmail: SMTP&amp;x 250 flushed\n"), "");
  /* A code that RFC 5321 leaves free, after a server's prompt that only
     transcripts write; but not alone, nor out of the grammar.  */
  ck_assert_str_eq (scan (">>> DATA\n<<< 400-aturner; %MAIL-E-OPENOUT, error opening\n<<< 400\n"),
                    "2 400 [DATA] |aturner; %MAIL-E-OPENOUT, error opening|\n");
  ck_assert_str_eq (scan ("<<< 400\n"), "");
  ck_assert_str_eq (scan ("<<< 470 aturner\n"), "");
  ck_assert_str_eq (scan ("400 aturner\n"), "");
}
END_TEST

/* Shapes found in the loud decoys of the sets graduated in session 37.  */
START_TEST (graduated_shapes_37)
{
  /* What a code is said to mean.  */
  ck_assert_str_eq (scan ("**Error 535 = Authentication Failure**\n"), "");
  ck_assert_str_eq (scan ("Error 535 Authentication Failure\n"), "1 535 [] |Authentication Failure|\n");
  /* A rate, its unit in the plural or spelt with a hyphen.  */
  ck_assert_str_eq (scan ("   - Zoho Free: 250 E-Mails/Tag\n"), "");
  ck_assert_str_eq (scan ("   - Pro: 250 e-mail/Tag\n"), "");
  /* The code called a response or an error in Korean or Japanese.  */
  ck_assert_str_eq (scan ("   - 220 \xEC\x9D\x91\xEB\x8B\xB5\xEC\x9D\xB4 \xEC\x98\xA4\xEB\x8A\x94\xEC\xA7\x80\n"), "");
  ck_assert_str_eq (scan ("\xE3\x81\x93\xE3\x81\xAE 554 5.7.1\xE3\x82\xA8\xE3\x83\xA9\xE3\x83\xBC\n"), "");
  /* Russian prose goes on after a code: "error 500 in the console".  */
  ck_assert_str_eq (scan ("\xD0\xBE\xD1\x88\xD0\xB8\xD0\xB1\xD0\xBA\xD0\xB0 500 \xD0\xB2 \xD0\xBA\xD0\xBE\xD0\xBD\xD1\x81\xD0\xBE\xD0\xBB\xD0\xB8\n"), "");
  /* FTP's DELE and RNFR: the reply on the next line is FTP's; but a
     line that starts with a word in capitals is no command.  */
  ck_assert_str_eq (scan ("DELE 89.wav\nTotalCommander says: 501 No file name\n"), "");
  ck_assert_str_eq (scan ("RNFR a.txt\n550 No such file\n"), "");
  ck_assert_str_eq (scan ("REST call failed\n550 User unknown\n"), "2 550 [] |User unknown|\n");
  ck_assert_str_eq (scan ("RCPT TO:<a@b>\n501 No file name\n"), "2 501 [RCPT TO] |No file name|\n");
}
END_TEST

/* A log prefix of 80 bytes, more than explain remembers of one.  */
#define LONG_PREFIX "mta.example.com[0123456789abcdef0123456789abcdef0123456789abcdef012345678]: <<< "

/* Shapes found in the misses of the sets graduated in session 36.  */
START_TEST (graduated_shapes_36)
{
  /* A capital after a server's arrow that ends other words is the
     server's: KumoMTA's trace of a session.  */
  ck_assert_str_eq (scan ("[192.0.2.1:40422->192.0.2.2:587]    1s <-  221 So long, and thanks for all the fish!\n"),
                    "1 221 [] |So long, and thanks for all the fish!|\n");
  ck_assert_str_eq (scan ("I sent 221 So long\n"), "");
  ck_assert_str_eq (scan ("x<-  221 So long\n"), "");
  /* Zeek's unset field before the field of the last reply.  */
  ck_assert_str_eq (scan ("1514390946.49\tCbeQN\t-\t354 Go ahead   \t172.16.165.134\tF\n"),
                    "1 354 [] |Go ahead|\n");
  /* Its words end with its field.  */
  ck_assert_str_eq (scan ("x\t550 5.1.1 No such user\t10.0.0.1\t421 4.3.2 Bye\n"),
                    "1 550 5.1.1 [] |No such user|\n1 421 4.3.2 [] |Bye|\n");
  ck_assert_str_eq (scan ("1514390946.49\tCbeQN\tx\t354 Go ahead   \t172.16.165.134\tF\n"), "");
  /* A multiline reply whose lines repeat a log's prefix, digits aside,
     is one reply; another prefix starts a reply of its own.  */
  ck_assert_str_eq (scan ("mta: 0xea6710: <<< 554-No SMTP service\nmta: 0xea6710: <<< 554-Bad DNS PTR"
                          " resource record.\nmta: 0xea6710: <<< 554 For explanation visit x\n"),
                    "1 554 [] |No SMTP service Bad DNS PTR resource record. For explanation visit x|\n");
  ck_assert_str_eq (scan ("10:00:09 S: 250-mx.example.com\n10:00:10 S: 250 SMTPUTF8\n"),
                    "1 250 [] |mx.example.com SMTPUTF8|\n");
  ck_assert_str_eq (scan ("a: <<< 554-No SMTP service\nb: <<< 554 For explanation visit x\n"),
                    "1 554 [] |No SMTP service|\n2 554 [] |For explanation visit x|\n");
  /* A prefix too long to remember joins nothing: each line stands alone.  */
  ck_assert_str_eq (scan (LONG_PREFIX "554-No SMTP service\n" LONG_PREFIX "554 For explanation visit x\n"),
                    "1 554 [] |No SMTP service|\n2 554 [] |For explanation visit x|\n");
  /* Replies that only FTP servers write.  */
  ck_assert_str_eq (scan ("530 Valid Hostname is expected.\n"), "");
  ck_assert_str_eq (scan ("WriteLine(\"530 UserName or Password is incorrect\");\n"), "");
  ck_assert_str_eq (scan ("550 No such file or directory\n"), "");
  ck_assert_str_eq (scan ("553 Requested action not taken. File name not allowed.\n"), "");
  ck_assert_str_eq (scan ("550 Requested action not taken: mailbox unavailable\n"),
                    "1 550 [] |Requested action not taken: mailbox unavailable|\n");
  ck_assert_str_eq (scan ("535 Username or password is incorrect\n"),
                    "1 535 [] |Username or password is incorrect|\n");
}
END_TEST

START_TEST (graduated_shapes_33)
{
  /* smtplib's tuple whose words open with the address they are about.  */
  ck_assert_str_eq (scan ("SMTPSenderRefused: (501, '<ElastAlert>: sender address must contain a domain', 'x')\n"),
                    "1 501 [] |<ElastAlert>: sender address must contain a domain|\n");
  ck_assert_str_eq (scan ("(534, '!room')\n"), "");
  /* A code no RFC defines counts with Postfix's tail after its words, and
     the tail is not the server's, also in quotes.  */
  ck_assert_str_eq (scan ("456 Address temporarily unavailable. (in reply to RCPT TO command)\n"),
                    "1 456 [RCPT TO] |Address temporarily unavailable.|\n");
  ck_assert_str_eq (scan ("\"452 4.2.2 Mailbox full. (in reply to RCPT TO command)\",\n"),
                    "1 452 4.2.2 [RCPT TO] |Mailbox full.|\n");
  ck_assert_str_eq (scan ("456 Address temporarily unavailable.\n"), "");
  ck_assert_str_eq (scan ("Dec 11 server505-collaboration postfix/smtp[1]: said: 554 5.7.1 Relay access denied"
                          " (in reply to RCPT TO command)\n"),
                    "1 554 5.7.1 [RCPT TO] |Relay access denied|\n");
}
END_TEST

START_TEST (graduated_shapes_32)
{
  /* A POP3 command tried on port 25: SMTP's reply has an enhanced code,
     which neither POP3 nor FTP writes.  */
  ck_assert_str_eq (scan ("250 ubuntu\nUSER boris\n502 5.5.2 Error: command not recognized\n"),
                    "1 250 [] |ubuntu|\n3 502 5.5.2 [] |Error: command not recognized|\n");
  ck_assert_str_eq (scan ("USER anonymous\n331 Please specify the password.\n"), "");
  /* A greeting from a server that has no name, after a list's mark.  */
  ck_assert_str_eq (scan ("- 220 192.0.2.7 ESMTP\n"), "1 220 [] |192.0.2.7 ESMTP|\n");
  ck_assert_str_eq (scan ("version 1.1 500 10.1.2.3 bytes\n"), "");
  /* An address in brackets between the cue and the code.  */
  ck_assert_str_eq (scan ("[smtpd] response (192.0.2.7) 220 Mailpit ESMTP Service ready\n"),
                    "1 220 [] |Mailpit ESMTP Service ready|\n");
  /* Ruby's classes of SMTP errors.  */
  ck_assert_str_eq (scan ("Net::SMTPServerBusy 450 Your account reached its quota\n"),
                    "1 450 [] |Your account reached its quota|\n");
  ck_assert_str_eq (scan ("SMTPServer 220 times\n"), "");
  /* Symfony's message that does not repeat the code, and one that does.  */
  ck_assert_str_eq (scan ("Expected response code 235 but got code \"534\", with message \"<https://x>\"\n"),
                    "1 534 [] ||\n");
  ck_assert_str_eq (scan ("Expected response code 250 but got code \"530\", with message \"530 5.7.1 No\"\n"),
                    "1 530 5.7.1 [] |No|\n");
  /* A label between the two codes.  */
  ck_assert_str_eq (scan ("SMTP Reply Code = 550, SMTP Status Code = 5.1.1\n"), "1 550 5.1.1 [] ||\n");
  ck_assert_str_eq (scan ("reply error 550 status code 5.0.0 no such user here\n"),
                    "1 550 5.0.0 [] |no such user here|\n");
  ck_assert_str_eq (scan ("port 465 status 4.6.5\n"), "");
  /* AUTH LOGIN's prompts, a transcript on one line.  */
  ck_assert_str_eq (scan ("AUTH LOGIN 334 VXNlcm5hbWU6 dXNlcg== 235 Authentication successful\n"),
                    "1 334 [] |VXNlcm5hbWU6 dXNlcg== 235 Authentication successful|\n"
                    "1 235 [] |Authentication successful|\n");
  ck_assert_str_eq (scan ("if (code == 250) ok\n"), "");
  /* A reply built by a call, its words quoted after the code.  */
  ck_assert_str_eq (scan ("super msg, 552, 'Requested mail action aborted: exceeded storage'\n"),
                    "1 552 [] |Requested mail action aborted: exceeded storage|\n");
  ck_assert_str_eq (scan ("values = [1, 550, \"Hello\"]\n"), "");
  ck_assert_str_eq (scan ("Plug.Conn.resp(conn, 503, \"Service Unavailable\")\n"), "");
  /* Codes named, not quoted: in brackets with "error", before the kind
     of error it is, in a title, a wiki's heading, a table's row, before
     a Portuguese "is".  */
  ck_assert_str_eq (scan ("fail when the name and the address are the same (501 error).\n"), "");
  ck_assert_str_eq (scan ("it freezes up (504 gateway error) and then\n"), "");
  ck_assert_str_eq (scan ("553 email error is normally related to authentication\n"), "");
  ck_assert_str_eq (scan ("when the server returns 503 without \"Retry-After\" header\n"), "");
  ck_assert_str_eq (scan ("SMTP \xE9\x94\x99\xE8\xAF\xAF\xE4\xBB\xA3\xE7\xA0\x81 550 "
                          "\xE8\xA7\xA3\xE8\xAF\xBB:\n"), "");
  ck_assert_str_eq (scan ("====== SMTP Error 530 ======\n"), "");
  ck_assert_str_eq (scan ("two rows like `(534, '!room')` and\n"), "");
  ck_assert_str_eq (scan ("SMTPDataError: (550, 'Message rejected')\n"), "1 550 [] |Message rejected|\n");
  ck_assert_str_eq (scan ("a transient (400-range reply code) or permanent (500-range reply code)\n"), "");
  ck_assert_str_eq (scan ("  mm7_version = \"5.3.0\"\n  mm7_mmsc_port = \"8080\"\n"), "");
  ck_assert_str_eq (scan ("O erro SMTP 550 5.7.1 \xC3\xA9 um c\xC3\xB3" "digo de resposta\n"), "");
}
END_TEST

/* Counting only gives the codes of a full scan, in the same order:
   --summary must count what explain shows.  */
START_TEST (codes_only_same_codes)
{
  static const char in[] =
    "Diagnostic-Code: smtp; 550-5.1.1 The account\n    550-5.1.1 does not\n\t550 5.1.1 exist.\n"
    "x said: 550-5.7.26 a 550-5.7.26 b 550 5.7.26 c\n"
    "was: 550-550 5.1.10 RESOLVER\n"
    "rblsmtpd: 451 Blocked (#4.7.1)\n"
    "(code: 550, response: 5.7.1 Unable to relay)\n"
    "550-5.1.1 one\n550-5.1.1 two 550-5.1.1\n550 5.1.1 three\n"
    "Status: 5.1.1\nto=<a@b>, dsn=4.4.1, status=deferred (connect to x: timed out)\n"
    /* An indented transcript: the reply after a client's command.  */
    "\n    AUTH PLAIN\n    334\n";
  char full[4096], codes[4096];
  scan_n (in, sizeof in - 1, 5, NULL);
  size_t j = 0;
  /* Each record without its text: "LINE CODE [COMMAND] |TEXT|".  */
  for (const char *r = last.buf; *r; r = strchr (r, '\n') + 1)
    j += (size_t) snprintf (full + j, sizeof full - j, "%.*s\n",
                            (int) (strchr (r, '[') - r), r);
  last.len = 0;
  struct explain_scanner *sc = explain_new (record, &last);
  ck_assert_ptr_nonnull (sc);
  explain_codes_only (sc);
  explain_feed (sc, in, sizeof in - 1);
  explain_finish (sc);
  explain_free (sc);
  last.buf[last.len] = '\0';
  j = 0;
  for (const char *r = last.buf; *r; r = strchr (r, '\n') + 1)
    j += (size_t) snprintf (codes + j, sizeof codes - j, "%.*s\n",
                            (int) (strchr (r, '[') - r), r);
  ck_assert_str_eq (codes, full);
  ck_assert_str_eq (full, "1 550 5.1.1 \n4 550 5.7.26 \n5 550 \n5 550 5.1.10 \n"
                    "6 451 4.7.1 \n7 550 \n7 5.7.1 \n8 550 5.1.1 \n"
                    "11 5.1.1 \n12 4.4.1 \n15 334 \n");
}
END_TEST

/* A code alone a few lines after one that named FTP, in the same
   paragraph, is FTP's; not after a blank line, nor in mail's text.
   vsftpd's own words are FTP's anywhere.  */
START_TEST (ftp_paragraph)
{
  const char *in = "Error in plugin 'gulp-ftp'\nMessage:\n553 Requested action not taken.\n";
  ck_assert_str_eq (scan (in), "");
  ck_assert_str_eq (scan ("Error in plugin 'gulp-ftp'\n\n553 Requested action not taken.\n"),
                    "3 553 [] |Requested action not taken.|\n");
  ck_assert_str_eq (scan ("gulp-ftp\n1\n2\n3\n4\n553 Requested action not taken.\n"),
                    "6 553 [] |Requested action not taken.|\n");
  ck_assert_str_eq (scan_mail (in), "3 553 [] |Requested action not taken.|\n");
  ck_assert_str_eq (scan ("553 Could not create file.\n"), "");
  ck_assert_str_eq (scan ("Response: 550 Permission denied\n"), "");
  ck_assert_str_eq (scan ("Response: 550 5.7.1 Permission denied\n"),
                    "1 550 5.7.1 [] |Permission denied|\n");
  /* lftp's errors.  */
  ck_assert_str_eq (scan ("mirror: Access failed: 550 /site/dir000: No such file or directory\n"), "");
  /* Only FTP has a control connection (RFC 959's reply, as a Microsoft
     KB article lists it).  */
  ck_assert_str_eq (scan ("\t- 421 Service not available, closing control connection.\n"), "");
  /* An enhanced code is no FTP's.  */
  ck_assert_str_eq (scan ("gulp-ftp\n553 5.1.3 Bad recipient\n"),
                    "2 553 5.1.3 [] |Bad recipient|\n");
}
END_TEST

/* A line that markdown escaped ("5\\.1\\.1", as issue trackers that
   imported old mail write it) is read without its escapes; a line with
   backslashes but no escaped dot between digits keeps them.  */
START_TEST (markdown_escapes)
{
  ck_assert_str_eq (scan ("  250 2\\.1\\.5 \\<ann@example\\.edu>\\.\\.\\. Recipient ok\n"),
                    "1 250 2.1.5 [] |<ann@example.edu>... Recipient ok|\n");
  ck_assert_str_eq (scan ("Sorry\\, no host named example\\.com\\. \\(\\#5\\.1\\.2\\)\n"),
                    "1 5.1.2 [] |Sorry, no host named example.com.|\n");
  ck_assert_str_eq (scan ("said: 550 no \\(such\\) user\n"), "1 550 [] |no \\(such\\) user|\n");
  ck_assert_str_eq (scan ("Status: 5\\.1\\.1\n"), "1 5.1.1 [] ||\n");
  /* A backslash that ends the line escapes nothing.  */
  ck_assert_str_eq (scan ("said: 550 5\\.7\\.1 denied\\\n"), "1 550 5.7.1 [] |denied\\|\n");
}
END_TEST

/* IIS's SMTP service logs its replies as a column of their own, in W3C
   extended format and in IIS format; a line that names no service, or a
   status that is no reply code, gives nothing from that column.  */
START_TEST (iis_logs)
{
  ck_assert_str_eq (scan ("#Fields: date time c-ip cs-username s-sitename s-computername s-ip "
                          "s-port cs-method cs-uri-stem cs-uri-query sc-status\n"
                          "2006-10-09 05:01:04 192.0.2.9 - SMTPSVC1 MX 192.0.2.2 0 RCPT - "
                          "TO:<bob@example.com> 550 0 40 30 0 SMTP - - - -\n"
                          "2006-10-09 05:01:04 192.0.2.9 - SMTPSVC1 MX 192.0.2.2 0 xxxx - +rr.com "
                          "500 0 32 11 0 SMTP - - - -\n"),
                    "2 550 [RCPT TO] ||\n3 500 [] ||\n");
  ck_assert_str_eq (scan ("192.0.2.1, example.com, 8/18/06, 13:17:37, SMTPSVC1, MAIL01, "
                          "192.0.2.2, 90, 42, 0, 250, 0, MAIL FROM, -, FROM:<a@example.com>,\n"),
                    "1 250 [MAIL FROM] ||\n");
  ck_assert_str_eq (scan ("2006-10-09 05:01:04 192.0.2.9 - SMTPSVC1 MX 192.0.2.2 0 QUIT - - "
                          "0 0 32 11 0 SMTP - - - -\n"), "");
  ck_assert_str_eq (scan ("2006-10-09 05:01:04 192.0.2.9 - SMTPSVC MX\n"), "");
  ck_assert_str_eq (scan ("1SMTPSVC1xxxxxxxxxxxxxxxxxxxxxxxxxxxx"), "");
  /* A comma in a W3C line's later field leaves its separator a space.  */
  ck_assert_str_eq (scan ("2006-10-09 05:01:04 192.0.2.9 - SMTPSVC1 MX 192.0.2.2 0 RCPT - "
                          "TO:<a@example.com>,<b@example.com> 550 0 40 30 0 SMTP - - - -\n"),
                    "1 550 [RCPT TO] ||\n");
  /* Indented, as a page quotes it.  */
  ck_assert_str_eq (scan ("  2006-10-09 05:01:04 192.0.2.9 - SMTPSVC1 MX 192.0.2.2 0 xxxx - +rr.com "
                          "500 0 32 11 0 SMTP - - - -\n"), "1 500 [] ||\n");
  ck_assert_str_eq (scan ("    \n"), "");
}
END_TEST

/* An enhanced code read where it stands: the length read and its parts,
   "" for none.  One digit in each part is read apart from the others.  */
static const char *
enhanced_read (const char *text)
{
  static char buf[32];
  struct smtp_code code = { .enhanced_class = -1 };
  size_t len = reply_enhanced (text, strlen (text), &code);
  if (len == 0)
    return "";
  snprintf (buf, sizeof buf, "%zu %d.%d.%d", len, code.enhanced_class, code.subject, code.detail);
  return buf;
}

/* The dash between a code and its words: a hyphen, an en or em dash,
   before a space only.  */
START_TEST (dash_edges)
{
  ck_assert_uint_eq (reply_dash ("- Mailbox", 9), 1);
  ck_assert_uint_eq (reply_dash ("\xE2\x80\x93 Connection", 14), 3);
  ck_assert_uint_eq (reply_dash ("\xE2\x80\x94 x", 5), 3);
  ck_assert_uint_eq (reply_dash ("-", 1), 0);
  ck_assert_uint_eq (reply_dash ("-beta", 5), 0);
  ck_assert_uint_eq (reply_dash ("\xE2\x80\x93", 3), 0);
  ck_assert_uint_eq (reply_dash ("\xE2\x80\x9C x", 5), 0);       /* a quote */
  ck_assert_uint_eq (reply_dash ("", 0), 0);
}
END_TEST

START_TEST (enhanced_code_edges)
{
  static const struct
  {
    const char *text, *read;
  } cases[] = {
    { "5.1.1", "5 5.1.1" }, { "5.1.1 User unknown", "5 5.1.1" }, { "5.1.1.", "5 5.1.1" },
    { "5.1.10 x", "6 5.1.10" }, { "4.7.652", "7 4.7.652" }, { "2.12.1;", "6 2.12.1" },
    { "5.1.1.3", "" }, { "5.1.1-beta", "" }, { "5.1.1a", "" }, { "5.1.1000", "" },
    { "3.1.1", "" }, { "5.1.", "" },
    /* Microsoft's ranges, read as their first code; not a version's
       revision, nor a range that goes down.  */
    { "5.7.606-649 Access denied", "11 5.7.606" }, { "4.7.500-699", "11 4.7.500" },
    { "5.7.649-606", "" }, { "5.7.606-64", "" }, { "5.1.1-2", "" },
    /* An escaped line end after it, as a program's string has it.  */
    { "5.1.1\\r\\n<a@b>", "5 5.1.1" }, { "5.1.1\\x", "" },
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    ck_assert_msg (strcmp (enhanced_read (cases[i].text), cases[i].read) == 0,
                   "\"%s\" read as \"%s\"", cases[i].text, enhanced_read (cases[i].text));
}
END_TEST

Suite *
explain_suite (void)
{
  Suite *s = suite_create ("explain");
  TCase *tc = tcase_create ("scanner");
  tcase_add_test (tc, enhanced_code_edges);
  tcase_add_test (tc, dash_edges);
  tcase_add_test (tc, json_records);
  tcase_add_test (tc, multiline_opened_in_text);
  tcase_add_test (tc, last_line_wrapped);
  tcase_add_test (tc, older_bounces);
  tcase_add_test (tc, graduated_shapes);
  tcase_add_test (tc, graduated_shapes_32);
  tcase_add_test (tc, graduated_shapes_33);
  tcase_add_test (tc, graduated_shapes_34);
  tcase_add_test (tc, ftp_context_35);
  tcase_add_test (tc, syscall_and_hash_35);
  tcase_add_test (tc, graduated_shapes_37);
  tcase_add_test (tc, graduated_misses_39);
  tcase_add_test (tc, tuned_misses_39);
  tcase_add_test (tc, graduated_shapes_39);
  tcase_add_test (tc, graduated_shapes_40);
  tcase_add_test (tc, graduated_shapes_40b);
  tcase_add_test (tc, graduated_shapes_41);
  tcase_add_test (tc, graduated_shapes_42);
  tcase_add_test (tc, graduated_shapes_44);
  tcase_add_test (tc, graduated_shapes_47);
  tcase_add_test (tc, system_text_shapes_48);
  tcase_add_test (tc, system_text_shapes_50);
  tcase_add_test (tc, graduated_shapes_48);
  tcase_add_test (tc, graduated_shapes_49);
  tcase_add_test (tc, graduated_shapes_51);
  tcase_add_test (tc, graduated_shapes_52);
  tcase_add_test (tc, graduated_shapes_53);
  tcase_add_test (tc, graduated_shapes_54);
  tcase_add_test (tc, graduated_shapes_55);
  tcase_add_test (tc, graduated_shapes_56);
  tcase_add_test (tc, graduated_shapes_50);
  tcase_add_test (tc, graduated_shapes_46);
  tcase_add_test (tc, graduated_shapes_45);
  tcase_add_test (tc, graduated_shapes_43);
  tcase_add_test (tc, graduated_shapes_38);
  tcase_add_test (tc, graduated_misses_38);
  tcase_add_test (tc, graduated_shapes_36);
  tcase_add_test (tc, reply_at_start_and_end_without_newline);
  tcase_add_test (tc, continuation_lines_merged);
  tcase_add_test (tc, folded_dsn_header);
  tcase_add_test (tc, log_formats);
  tcase_add_test (tc, decoys_ignored);
  tcase_add_test (tc, long_line_bounded);
  tcase_add_test (tc, nul_and_invalid_utf8);
  tcase_add_test (tc, markers_at_every_offset);
  tcase_add_test (tc, codes_only_on_request);
  tcase_add_test (tc, transcripts);
  tcase_add_test (tc, fresh_lines);
  tcase_add_test (tc, evidence_on_both_sides);
  tcase_add_test (tc, evidence_against);
  tcase_add_test (tc, ftp_paragraph);
  tcase_add_test (tc, codes_only_same_codes);
  tcase_add_test (tc, iis_logs);
  tcase_add_test (tc, markdown_escapes);
  suite_add_tcase (s, tc);
  return s;
}
