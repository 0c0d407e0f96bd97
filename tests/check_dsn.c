/* SPDX-License-Identifier: GPL-3.0-or-later */
/* check_dsn.c -- the fields of a delivery status part, group by group.  */

#include <config.h>

#include <stdio.h>
#include <string.h>

#include "dsn.h"
#include "suites.h"

struct groups
{
  char buf[4096];
  size_t len;
  unsigned long count;
};

static void
record (const struct dsn_recipient *r, void *data)
{
  struct groups *g = data;
  g->count++;
  if (g->len < sizeof g->buf)
    g->len += (size_t) snprintf (g->buf + g->len, sizeof g->buf - g->len,
                                 "%lu <%s> %s %s [%s] |%s|\n", r->line, r->recipient,
                                 r->action, r->status, r->remote, r->diagnostic);
}

/* Feeds TEXT line by line (lines end with \n) and returns the groups.  */
static const char *
parse (const char *text, struct groups *g)
{
  struct dsn_parser p;
  unsigned long line = 0;
  memset (g, 0, sizeof *g);
  dsn_start (&p, record, g);
  for (const char *s = text; *s;)
    {
      const char *nl = strchr (s, '\n');
      size_t n = nl ? (size_t) (nl - s) : strlen (s);
      dsn_line (&p, s, n, ++line);
      s += n + (nl != NULL);
    }
  dsn_finish (&p);
  return g->buf;
}

START_TEST (groups_read)
{
  struct groups g;
  const char *report =
    "Reporting-MTA: dns; mx.example.org\n"
    "Arrival-Date: Sat, 28 Nov 2026 12:55:01 +0000\n"
    "\n"
    "Final-Recipient: rfc822; <bob@example.com>\n"
    "Original-Recipient: rfc822;robert@example.com\n"
    /* An action's comment is no part of it (flufl.bounce's dsn_12).  */
    "ACTION: Failed (Bad destination mailbox address)\n"
    "Status: 5.1.1 (bad address)\n"
    "Remote-MTA: dns; mx.example.com\n"
    "Diagnostic-Code: smtp; 550-5.1.1 The account\n"
    "    does not\n"
    "\t exist\n"
    "\r\n"
    "Original-Recipient: rfc822; carol@example.net\n"
    "Action: delayed\n"
    "Status: 4.4.1\n";
  ck_assert_str_eq (parse (report, &g),
                    "4 <bob@example.com> failed 5.1.1 (bad address) [mx.example.com] "
                    "|smtp; 550-5.1.1 The account does not exist|\n"
                    "13 <carol@example.net> delayed 4.4.1 [] ||\n");
  /* A source route is no part of the address (lhost-messagingserver-02
     of Sisimai's corpus); an address without a local part is kept.  */
  ck_assert_str_eq (parse ("Final-recipient: rfc822;@smtp.example.net:bob@server\n\n"
                           "Final-Recipient: RFC822; <@mx.example.org:carol@example.org>\n\n"
                           "Final-Recipient: RFC822; @mx.example.org\n", &g),
                    "1 <bob@server>   [] ||\n3 <carol@example.org>   [] ||\n"
                    "5 <@mx.example.org>   [] ||\n");
  /* Groups without the blank line between them, and a group of the
     message (no recipient) that is not handed on.  */
  ck_assert_str_eq (parse ("Final-Recipient: rfc822; a@x.org\nStatus: 5.0.0\n"
                           "Final-Recipient: rfc822; b@x.org\nStatus: 4.0.0", &g),
                    "1 <a@x.org>  5.0.0 [] ||\n3 <b@x.org>  4.0.0 [] ||\n");
  /* An empty Final-Recipient (CommuniGate's "system;<>") leaves the
     Original-Recipient's address, before it or after it.  */
  ck_assert_str_eq (parse ("Original-Recipient: rfc822;<c@x.org>\nFinal-Recipient: system;<>\n\n"
                           "Final-Recipient: system; <>\nOriginal-Recipient: rfc822;d@x.org\n", &g),
                    "1 <c@x.org>   [] ||\n4 <d@x.org>   [] ||\n");
  /* A Diagnostic-Code whose reply goes on in lines without indent,
     up to the next field.  */
  ck_assert_str_eq (parse ("Final-Recipient: rfc822; e@x.org\n"
                           "Diagnostic-Code: smtp; 550-Verification failed for\n"
                           "<f@x.org> 550-No such user\n"
                           "550 Sender verify failed\nStatus: 5.0.0\n", &g),
                    "1 <e@x.org>  5.0.0 [] |smtp; 550-Verification failed for <f@x.org> "
                    "550-No such user 550 Sender verify failed|\n");
  ck_assert_str_eq (parse ("Reporting-MTA: dns; x\n\n  folded with nothing\nnot a field\n", &g), "");
  ck_assert_uint_eq (g.count, 0);
}
END_TEST

START_TEST (long_values_cut)
{
  static char text[200000];
  struct groups g;
  size_t n = (size_t) snprintf (text, sizeof text, "Final-Recipient: rfc822; ");
  memset (text + n, 'a', 5000);
  n += 5000;
  n += (size_t) snprintf (text + n, sizeof text - n, "@example.com\nDiagnostic-Code: smtp; 550");
  for (int i = 0; i < 20000; i++)
    n += (size_t) snprintf (text + n, sizeof text - n, "\n x");
  text[n] = '\0';
  parse (text, &g);
  ck_assert_uint_eq (g.count, 1);
  ck_assert_uint_eq (strlen (strchr (g.buf, '<')), 255 + 1 + strlen (strchr (g.buf, '>')));
}
END_TEST

START_TEST (many_recipients)
{
  struct groups g;
  struct dsn_parser p;
  char line[64];
  memset (&g, 0, sizeof g);
  dsn_start (&p, record, &g);
  for (int i = 0; i < 10000; i++)
    {
      int n = snprintf (line, sizeof line, "Final-Recipient: rfc822; r%d@example.com", i);
      dsn_line (&p, line, (size_t) n, 1);
      dsn_line (&p, "Status: 5.1.1", 13, 2);
      dsn_line (&p, "", 0, 3);
    }
  dsn_finish (&p);
  ck_assert_uint_eq (g.count, 10000);
}
END_TEST

Suite *
dsn_suite (void)
{
  Suite *s = suite_create ("dsn");
  TCase *tc = tcase_create ("fields");
  tcase_add_test (tc, groups_read);
  tcase_add_test (tc, long_values_cut);
  tcase_add_test (tc, many_recipients);
  suite_add_tcase (s, tc);
  return s;
}
